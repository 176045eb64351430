# Generated from spec/compilelabs.yaml by clientgen 0.1.0. Do not edit.
"""`ChunkToolCall` of the CompileLabs API."""

from __future__ import annotations

from ._base import BaseModel
from .chunk_tool_call_function import ChunkToolCallFunction


class ChunkToolCall(BaseModel):
    """A fragment of a tool call; fragments with the same `index` belong to one
    call.
    """

    index: int
    """Which call of the answer this fragment belongs to."""
    id: str | None = None
    """The call's id, on its first fragment."""
    type: str | None = None
    """The kind of tool, on the first fragment."""
    function: ChunkToolCallFunction | None = None


__all__ = [
    "ChunkToolCall",
]
