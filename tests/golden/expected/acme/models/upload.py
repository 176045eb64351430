# Generated from golden/acme.yaml (API version 2026-11-01) by clientgen 0.1.0. Do not edit.
"""`Upload` of the Acme API."""

from __future__ import annotations

from typing import Literal

from ._base import BaseModel


class Upload(BaseModel):
    """A file and what it is for."""

    file: bytes
    """The file's content."""
    purpose: Literal["vision", "user_data"]
    extras: list[bytes] | None = None
    labels: list[str] | None = None
    meta: dict[str, str] | None = None


__all__ = [
    "Upload",
]
