# Generated from golden/acme.yaml (API version 2026-11-01) by clientgen 0.1.0. Do not edit.
"""`ChunkDelta` of the Acme API."""

from __future__ import annotations

from ._base import BaseModel


class ChunkDelta(BaseModel):
    content: str | None = None


__all__ = [
    "ChunkDelta",
]
