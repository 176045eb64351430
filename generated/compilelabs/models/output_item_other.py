# Generated from spec/compilelabs.yaml by clientgen 0.1.0. Do not edit.
"""`OutputItemOther` of the CompileLabs API."""

from __future__ import annotations

from ._base import BaseModel


class OutputItemOther(BaseModel):
    """An output item of a type this client does not know; its fields are kept."""

    type: str
    """The item's type."""
    id: str | None = None
    """The item's id."""


__all__ = [
    "OutputItemOther",
]
