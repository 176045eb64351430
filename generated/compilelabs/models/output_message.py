# Generated from spec/compilelabs.yaml by clientgen 0.1.0. Do not edit.
"""`OutputMessage` of the CompileLabs API."""

from __future__ import annotations

from typing import Literal

from ._base import BaseModel
from .output_content import OutputContent
from .response_status import ResponseStatus


class OutputMessage(BaseModel):
    """A message the model wrote. inferred: OpenAI-compatible."""

    type: Literal["message"]
    id: str
    """The item's id."""
    role: str | None = None
    """Always "assistant"."""
    status: ResponseStatus | None = None
    """The item's state."""
    content: list[OutputContent]
    """The message's parts."""


__all__ = [
    "OutputMessage",
]
