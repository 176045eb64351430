# Generated from golden/acme.yaml by clientgen 0.1.0. Do not edit.
"""`ThingPage` of the Acme API."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict

from .thing import Thing


class ThingPage(BaseModel):
    model_config = ConfigDict(
        extra="allow", populate_by_name=True, protected_namespaces=(), defer_build=True
    )
    data: list[Thing]
    last_id: str | None
    has_more: bool


__all__ = [
    "ThingPage",
]
