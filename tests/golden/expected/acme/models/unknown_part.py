# Generated from golden/acme.yaml by clientgen 0.1.0. Do not edit.
"""`UnknownPart` of the Acme API."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict


class UnknownPart(BaseModel):
    """A part of a kind this client does not know yet."""

    model_config = ConfigDict(
        extra="allow", populate_by_name=True, protected_namespaces=(), defer_build=True
    )
    type: str


__all__ = [
    "UnknownPart",
]
