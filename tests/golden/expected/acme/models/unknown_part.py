# Generated from golden/acme.yaml (API version 2026-11-01) by clientgen 0.1.0. Do not edit.
"""`UnknownPart` of the Acme API."""

from __future__ import annotations

from typing import Required, TypedDict

from ._base import BaseModel


class UnknownPart(BaseModel):
    """A part of a kind this client does not know yet."""

    type: str


class UnknownPartParam(TypedDict, total=False):
    """`UnknownPart` as a plain dict, for requests: its fields by wire name."""

    type: Required[str]


__all__ = [
    "UnknownPart",
    "UnknownPartParam",
]
