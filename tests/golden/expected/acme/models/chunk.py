# Generated from golden/acme.yaml (API version 2026-11-01) by clientgen 0.1.0. Do not edit.
"""`Chunk` of the Acme API."""

from __future__ import annotations

import pydantic
from pydantic import Field

from ._base import BaseModel
from .chunk_delta import ChunkDelta


class Chunk(BaseModel):
    """One piece of a streamed answer."""

    id: str
    delta: ChunkDelta = Field(default={}, validate_default=True)

    @pydantic.field_validator("delta", mode="before")
    @classmethod
    def _null_delta(cls, value: object) -> object:
        """A null `delta` reads as its default."""
        return {} if value is None else value


__all__ = [
    "Chunk",
]
