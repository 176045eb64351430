# Generated from golden/acme.yaml by clientgen 0.1.0. Do not edit.
"""`Thing` of the Acme API."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from .owner import Owner
from .tag import Tag


class Thing(BaseModel):
    """A thing."""

    model_config = ConfigDict(
        extra="allow", populate_by_name=True, protected_namespaces=(), defer_build=True
    )
    id: str = Field(..., examples=["t-1"])
    owner: Owner
    json_: str | None = Field(None, alias="json")
    """Clashes with BaseModel.json."""
    count: int = Field(3, ge=0, le=10)
    note: str | None
    tags: list[Tag] | None = None
    """Docs: https://acme.test/docs/tags"""


__all__ = [
    "Thing",
]
