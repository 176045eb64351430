# Generated from spec/perceptron.yaml by clientgen 0.1.0. Do not edit.
"""`ToolMessage` of the Perceptron API."""

from __future__ import annotations

from typing import Literal, Required, TypedDict

from ._base import BaseModel
from .content_part import ContentPart, ContentPartParam


class ToolMessage(BaseModel):
    """The result of a tool call. From Perceptron's official SDK."""

    role: Literal["tool"]
    tool_call_id: str
    """The id of the tool call this answers."""
    content: str | list[ContentPart]
    """The result, as text or as text and image parts."""


class ToolMessageParam(TypedDict, total=False):
    """`ToolMessage` as a plain dict, for requests: its fields by wire name."""

    role: Required[Literal["tool"]]
    tool_call_id: Required[str]
    content: Required[str | list[ContentPartParam]]


__all__ = [
    "ToolMessage",
    "ToolMessageParam",
]
