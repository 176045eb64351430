# Generated from spec/perceptron.yaml by clientgen 0.1.0. Do not edit.
"""`ChatCompletionChoice` of the Perceptron API."""

from __future__ import annotations

from ._base import BaseModel
from .chat_completion_message import ChatCompletionMessage
from .finish_reason import FinishReason


class ChatCompletionChoice(BaseModel):
    """One answer."""

    index: int
    """The answer's index."""
    message: ChatCompletionMessage
    finish_reason: FinishReason | None = None
    """Why the model stopped."""


__all__ = [
    "ChatCompletionChoice",
]
