# Generated from golden/acme.yaml by clientgen 0.1.0. Do not edit.
"""`ChunkDelta` of the Acme API."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict


class ChunkDelta(BaseModel):
    model_config = ConfigDict(
        extra="allow", populate_by_name=True, protected_namespaces=(), defer_build=True
    )
    content: str | None = None


__all__ = [
    "ChunkDelta",
]
