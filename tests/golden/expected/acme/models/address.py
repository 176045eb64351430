# Generated from golden/acme.yaml by clientgen 0.1.0. Do not edit.
"""`Address` of the Acme API."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field


class Address(BaseModel):
    """Where a thing lives."""

    model_config = ConfigDict(
        extra="allow", populate_by_name=True, protected_namespaces=(), defer_build=True
    )
    street: str
    zip: str | None = Field(None, pattern="^[0-9]{5}$")


__all__ = [
    "Address",
]
