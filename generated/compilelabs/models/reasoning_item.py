# Generated from spec/compilelabs.yaml by clientgen 0.1.0. Do not edit.
"""`ReasoningItem` of the CompileLabs API."""

from __future__ import annotations

from typing import Literal, Required, TypedDict

from pydantic import Field

from ._base import BaseModel
from .reasoning_text import ReasoningText, ReasoningTextParam
from .response_status import ResponseStatus
from .summary_text import SummaryText, SummaryTextParam


class ReasoningItem(BaseModel):
    """The model's reasoning. Send it back as input on the next turn to keep the
    reasoning in context.
    """

    type: Literal["reasoning"]
    id: str
    """The item's id."""
    status: ResponseStatus | None = None
    """The item's state."""
    summary: list[SummaryText] = Field(default=[], validate_default=True)
    """A summary of the reasoning."""
    content: list[ReasoningText] | None = None
    """The reasoning itself."""
    encrypted_content: str | None = None
    """The reasoning, encrypted, for sending back."""


class ReasoningItemParam(TypedDict, total=False):
    """`ReasoningItem` as a plain dict, for requests: its fields by wire name."""

    type: Required[Literal["reasoning"]]
    id: Required[str]
    status: Literal["in_progress", "completed", "failed", "cancelled", "incomplete"] | str | None
    summary: list[SummaryTextParam | SummaryText]
    content: list[ReasoningTextParam | ReasoningText] | None
    encrypted_content: str | None


__all__ = [
    "ReasoningItem",
    "ReasoningItemParam",
]
