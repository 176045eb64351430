# Generated from spec/compilelabs.yaml by clientgen 0.1.0. Do not edit.
"""`InputMessage` of the CompileLabs API."""

from __future__ import annotations

from typing import Literal, Required, TypedDict

from pydantic import Field

from ._base import BaseModel
from .input_content import InputContent, InputContentParam


class InputMessage(BaseModel):
    """A message of the conversation. inferred: OpenAI-compatible."""

    type: Literal["message"] = "message"
    role: str = Field(..., examples=["user"])
    """The author's role, `user`, `assistant`, `system` or `developer`."""
    content: str | list[InputContent]
    """The message, as text or as text and image parts."""


class InputMessageParam(TypedDict, total=False):
    """`InputMessage` as a plain dict, for requests: its fields by wire name."""

    type: Literal["message"]
    role: Required[str]
    content: Required[str | list[InputContentParam]]


__all__ = [
    "InputMessage",
    "InputMessageParam",
]
