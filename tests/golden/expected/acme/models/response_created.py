# Generated from golden/acme.yaml by clientgen 0.1.0. Do not edit.
"""`ResponseCreated` of the Acme API."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict


class ResponseCreated(BaseModel):
    model_config = ConfigDict(
        extra="allow", populate_by_name=True, protected_namespaces=(), defer_build=True
    )
    id: str


__all__ = [
    "ResponseCreated",
]
