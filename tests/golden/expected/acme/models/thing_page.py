# Generated from golden/acme.yaml (API version 2026-11-01) by clientgen 0.1.0. Do not edit.
"""`ThingPage` of the Acme API."""

from __future__ import annotations

from ._base import BaseModel
from .thing import Thing


class ThingPage(BaseModel):
    data: list[Thing]
    last_id: str | None
    has_more: bool


__all__ = [
    "ThingPage",
]
