# Generated from golden/acme.yaml by clientgen 0.1.0. Do not edit.
"""`Upload` of the Acme API."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict


class Upload(BaseModel):
    """A file and what it is for."""

    model_config = ConfigDict(
        extra="allow", populate_by_name=True, protected_namespaces=(), defer_build=True
    )
    file: bytes
    """The file's content."""
    purpose: Literal["vision", "user_data"]
    extras: list[bytes] | None = None
    labels: list[str] | None = None
    meta: dict[str, str] | None = None


__all__ = [
    "Upload",
]
