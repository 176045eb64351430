# Generated from golden/acme.yaml (API version 2026-11-01) by clientgen 0.1.0. Do not edit.
"""`Problem` of the Acme API."""

from __future__ import annotations

from typing import Any

from ._base import BaseModel


class Problem(BaseModel):
    """The error envelope."""

    error: dict[str, Any] | None = None


__all__ = [
    "Problem",
]
