# Generated from golden/acme.yaml (API version 2026-11-01) by clientgen 0.1.0. Do not edit.
"""`NewThing` of the Acme API."""

from __future__ import annotations

from pydantic import Field

from ._base import BaseModel
from .address import Address
from .owner import Owner
from .size import Size


class NewThing(BaseModel):
    """What a new thing is made of."""

    name: str = Field(..., min_length=1)
    """The name."""
    size: Size = Size.BIG
    owner: Owner | None
    address: Address | None = None
    labels: dict[str, str] | None = None
    class_: str | None = Field(default=None, alias="class")
    """A keyword as a field name."""


__all__ = [
    "NewThing",
]
