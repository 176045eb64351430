# Generated from spec/perceptron.yaml by clientgen 0.1.0. Do not edit.
"""`ChatCompletionMessage` of the Perceptron API."""

from __future__ import annotations

from pydantic import Field

from ._base import BaseModel
from .chat_completion_message_tool_call import ChatCompletionMessageToolCall


class ChatCompletionMessage(BaseModel):
    """The model's answer."""

    role: str | None = Field(default=None, examples=["assistant"])
    """Always "assistant" (the docs' examples leave it out)."""
    content: str | None = None
    """The answer; null when the model only called tools. Grounded answers hold
    annotation tags such as `<point>`, `<point_box>`, `<collection>` and `<clip
    />`, on a 0-1000 grid.
    """
    reasoning_content: str | None = None
    """The model's reasoning, when it reasons."""
    tool_calls: list[ChatCompletionMessageToolCall] | None = None
    """The tools the model called."""


__all__ = [
    "ChatCompletionMessage",
]
