# Generated from golden/acme.yaml (API version 2026-11-01) by clientgen 0.1.0. Do not edit.
"""`Address` of the Acme API."""

from __future__ import annotations

from typing import Required, TypedDict

from pydantic import Field

from ._base import BaseModel


class Address(BaseModel):
    """Where a thing lives."""

    street: str
    zip: str | None = Field(default=None, pattern="^[0-9]{5}$")


class AddressParam(TypedDict, total=False):
    """`Address` as a plain dict, for requests: its fields by wire name."""

    street: Required[str]
    zip: str


__all__ = [
    "Address",
    "AddressParam",
]
