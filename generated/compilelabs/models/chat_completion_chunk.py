# Generated from spec/compilelabs.yaml by clientgen 0.1.0. Do not edit.
"""`ChatCompletionChunk` of the CompileLabs API."""

from __future__ import annotations

from ._base import BaseModel
from .chat_completion_chunk_choice import ChatCompletionChunkChoice
from .completion_usage import CompletionUsage


class ChatCompletionChunk(BaseModel):
    """One chunk of a streamed chat completion. The docs' streaming guide does not
    show the schema; it is inferred: OpenAI-compatible.

    Docs: https://docs.compilelabs.com/features/streaming
    """

    id: str
    """The completion's id, the same on every chunk."""
    object: str | None = None
    """Always "chat.completion.chunk"."""
    created: int
    """Unix timestamp of the completion."""
    model: str
    """The model that answers."""
    choices: list[ChatCompletionChunkChoice]
    """The answers' parts; may be empty on a trailing usage chunk."""
    usage: CompletionUsage | None = None
    """Tokens used, near the end of the stream."""


__all__ = [
    "ChatCompletionChunk",
]
