# Generated from spec/compilelabs.yaml by clientgen 0.1.0. Do not edit.
"""`ToolMessage` of the CompileLabs API."""

from __future__ import annotations

from typing import Literal, Required, TypedDict

from ._base import BaseModel
from .text_part import TextPart, TextPartParam


class ToolMessage(BaseModel):
    """The result of a tool call. inferred: OpenAI-compatible."""

    role: Literal["tool"]
    tool_call_id: str
    """The id of the tool call this answers."""
    content: str | list[TextPart]
    """The result."""


class ToolMessageParam(TypedDict, total=False):
    """`ToolMessage` as a plain dict, for requests: its fields by wire name."""

    role: Required[Literal["tool"]]
    tool_call_id: Required[str]
    content: Required[str | list[TextPartParam | TextPart]]


__all__ = [
    "ToolMessage",
    "ToolMessageParam",
]
