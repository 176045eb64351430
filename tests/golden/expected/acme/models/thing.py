# Generated from golden/acme.yaml (API version 2026-11-01) by clientgen 0.1.0. Do not edit.
"""`Thing` of the Acme API."""

from __future__ import annotations

from pydantic import Field

from ._base import BaseModel
from .owner import Owner
from .tag import Tag


class Thing(BaseModel):
    """A thing."""

    id: str = Field(..., examples=["t-1"])
    owner: Owner
    json_: str | None = Field(default=None, alias="json")
    """Clashes with BaseModel.json."""
    count: int = Field(default=3, ge=0, le=10)
    note: str | None
    tags: list[Tag] | None = None
    """Docs: https://acme.test/docs/tags"""


__all__ = [
    "Thing",
]
