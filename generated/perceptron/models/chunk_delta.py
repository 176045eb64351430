# Generated from spec/perceptron.yaml by clientgen 0.1.0. Do not edit.
"""`ChunkDelta` of the Perceptron API."""

from __future__ import annotations

from ._base import BaseModel
from .chunk_tool_call import ChunkToolCall


class ChunkDelta(BaseModel):
    """What one chunk adds to the answer."""

    role: str | None = None
    """Always "assistant", on the first chunk."""
    content: str | None = None
    """A piece of the answer."""
    reasoning_content: str | None = None
    """A piece of the reasoning."""
    tool_calls: list[ChunkToolCall] | None = None
    """Fragments of tool calls."""


__all__ = [
    "ChunkDelta",
]
