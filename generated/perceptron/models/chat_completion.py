# Generated from spec/perceptron.yaml by clientgen 0.1.0. Do not edit.
"""`ChatCompletion` of the Perceptron API."""

from __future__ import annotations

from pydantic import Field

from ._base import BaseModel
from .chat_completion_choice import ChatCompletionChoice
from .completion_usage import CompletionUsage


class ChatCompletion(BaseModel):
    """A chat completion.

    Docs:
    https://docs.perceptron.inc/isaac-0.2/api-reference/endpoint/chat-completions
    """

    id: str = Field(..., examples=["chatcmpl-1"])
    """The completion's id."""
    object: str = Field(..., examples=["chat.completion"])
    """Always "chat.completion"."""
    created: int
    """Unix timestamp of the completion."""
    model: str
    """The model that answered."""
    choices: list[ChatCompletionChoice]
    """The answers."""
    usage: CompletionUsage | None = None
    """Tokens used."""


__all__ = [
    "ChatCompletion",
]
