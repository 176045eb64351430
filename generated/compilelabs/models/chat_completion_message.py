# Generated from spec/compilelabs.yaml by clientgen 0.1.0. Do not edit.
"""`ChatCompletionMessage` of the CompileLabs API."""

from __future__ import annotations

from ._base import BaseModel
from .tool_call import ToolCall


class ChatCompletionMessage(BaseModel):
    """The model's answer."""

    role: str | None = None
    """The author's role, `assistant`."""
    content: str | None = None
    """The answer; null when the model only called tools."""
    tool_calls: list[ToolCall] | None = None
    """The tools the model called."""


__all__ = [
    "ChatCompletionMessage",
]
