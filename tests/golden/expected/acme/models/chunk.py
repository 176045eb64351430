# Generated from golden/acme.yaml by clientgen 0.1.0. Do not edit.
"""`Chunk` of the Acme API."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict

from .chunk_delta import ChunkDelta


class Chunk(BaseModel):
    """One piece of a streamed answer."""

    model_config = ConfigDict(
        extra="allow", populate_by_name=True, protected_namespaces=(), defer_build=True
    )
    id: str
    delta: ChunkDelta


__all__ = [
    "Chunk",
]
