# Generated from spec/perceptron.yaml by clientgen 0.1.0. Do not edit.
"""`ChatCompletionMessageToolCall` of the Perceptron API."""

from __future__ import annotations

from ._base import BaseModel
from .tool_call_function import ToolCallFunction


class ChatCompletionMessageToolCall(BaseModel):
    """A tool call the model made."""

    id: str
    """The call's id; the tool message answering it names it."""
    type: str = "function"
    """The kind of tool, `function`."""
    function: ToolCallFunction


__all__ = [
    "ChatCompletionMessageToolCall",
]
