# Generated from golden/acme.yaml (API version 2026-11-01) by clientgen 0.1.0. Do not edit.
"""`Chunk` of the Acme API."""

from __future__ import annotations

from ._base import BaseModel
from .chunk_delta import ChunkDelta


class Chunk(BaseModel):
    """One piece of a streamed answer."""

    id: str
    delta: ChunkDelta


__all__ = [
    "Chunk",
]
