# Generated from spec/compilelabs.yaml by clientgen 0.1.0. Do not edit.
"""`ChunkDelta` of the CompileLabs API."""

from __future__ import annotations

from ._base import BaseModel
from .chunk_tool_call import ChunkToolCall


class ChunkDelta(BaseModel):
    """What one chunk adds to the answer."""

    role: str | None = None
    """The author's role, on the first chunk."""
    content: str | None = None
    """A piece of the answer."""
    tool_calls: list[ChunkToolCall] | None = None
    """Fragments of tool calls."""


__all__ = [
    "ChunkDelta",
]
