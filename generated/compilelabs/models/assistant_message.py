# Generated from spec/compilelabs.yaml by clientgen 0.1.0. Do not edit.
"""`AssistantMessage` of the CompileLabs API."""

from __future__ import annotations

from typing import Literal, Required, TypedDict

from ._base import BaseModel
from .tool_call import ToolCall, ToolCallParam


class AssistantMessage(BaseModel):
    """An earlier answer of the model, sent back as context. inferred:
    OpenAI-compatible.
    """

    role: Literal["assistant"]
    content: str | None = None
    """The answer; null when it only called tools."""
    tool_calls: list[ToolCall] | None = None
    """The tools the model called."""
    name: str | None = None
    """A name for the participant."""


class AssistantMessageParam(TypedDict, total=False):
    """`AssistantMessage` as a plain dict, for requests: its fields by wire name."""

    role: Required[Literal["assistant"]]
    content: str | None
    tool_calls: list[ToolCallParam | ToolCall]
    name: str


__all__ = [
    "AssistantMessage",
    "AssistantMessageParam",
]
