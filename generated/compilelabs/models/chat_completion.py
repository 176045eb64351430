# Generated from spec/compilelabs.yaml by clientgen 0.1.0. Do not edit.
"""`ChatCompletion` of the CompileLabs API."""

from __future__ import annotations

from ._base import BaseModel
from .chat_completion_choice import ChatCompletionChoice
from .completion_usage import CompletionUsage


class ChatCompletion(BaseModel):
    """A chat completion.

    Docs:
    https://docs.compilelabs.com/api-reference/llm/openai-compatible-chat-completions-api
    """

    id: str
    """The completion's id."""
    object: str | None = None
    """Always "chat.completion". inferred: OpenAI-compatible."""
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
