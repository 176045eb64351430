# Generated from golden/acme.yaml (API version 2026-11-01) by clientgen 0.1.0. Do not edit.
"""`Size` of the Acme API."""

from __future__ import annotations

from enum import StrEnum


class Size(StrEnum):
    BIG = "big"
    SMALL = "small"
    TINY = "tiny"


__all__ = [
    "Size",
]
