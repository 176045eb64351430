# Generated from spec/perceptron.yaml by clientgen 0.1.0. Do not edit.
"""`ChunkToolCall` of the Perceptron API."""

from __future__ import annotations

from ._base import BaseModel
from .chunk_tool_call_function import ChunkToolCallFunction


class ChunkToolCall(BaseModel):
    """A fragment of a tool call. Fragments with the same `index` belong to one
    call: the first carries `id`, `type` and the name, the rest pieces of the
    arguments. Older servers send whole calls on the finish chunk.
    """

    index: int | None = None
    """Which call of the answer this fragment belongs to (whole calls sent on the
    finish chunk may leave it out).
    """
    id: str | None = None
    """The call's id, on its first fragment."""
    type: str | None = None
    """The kind of tool, `function`, on the first fragment."""
    function: ChunkToolCallFunction | None = None


__all__ = [
    "ChunkToolCall",
]
