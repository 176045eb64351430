# Generated from spec/perceptron.yaml by clientgen 0.1.0. Do not edit.
"""`ChatCompletionChunk` of the Perceptron API."""

from __future__ import annotations

from pydantic import Field

from ._base import BaseModel
from .chat_completion_chunk_choice import ChatCompletionChunkChoice
from .completion_usage import CompletionUsage


class ChatCompletionChunk(BaseModel):
    """One chunk of a streamed chat completion. With usage requested, it rides on
    the finish chunk or on a trailing chunk whose `choices` is empty; the last
    non-null one holds the totals.
    """

    id: str
    """The completion's id, the same on every chunk."""
    object: str = Field(..., examples=["chat.completion.chunk"])
    """Always "chat.completion.chunk"."""
    created: int
    """Unix timestamp of the completion."""
    model: str
    """The model that answers."""
    choices: list[ChatCompletionChunkChoice]
    """The answers' parts; empty on a trailing usage chunk."""
    usage: CompletionUsage | None = None
    """Tokens used, near the end of the stream."""


__all__ = [
    "ChatCompletionChunk",
]
