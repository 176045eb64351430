# Generated from spec/compilelabs.yaml by clientgen 0.1.0. Do not edit.
"""`ChunkToolCallFunction` of the CompileLabs API."""

from __future__ import annotations

from ._base import BaseModel


class ChunkToolCallFunction(BaseModel):
    """A fragment of a streamed tool call's function."""

    name: str | None = None
    """The function's name, on the call's first fragment."""
    arguments: str | None = None
    """A piece of the arguments; join the pieces in order."""


__all__ = [
    "ChunkToolCallFunction",
]
