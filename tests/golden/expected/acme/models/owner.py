# Generated from golden/acme.yaml (API version 2026-11-01) by clientgen 0.1.0. Do not edit.
"""`Owner` of the Acme API."""

from __future__ import annotations

from enum import StrEnum


class Owner(StrEnum):
    """Unknown values are kept as extra members rather than rejected."""

    ACME = "acme"
    OTHER = "other"

    @classmethod
    def _missing_(cls, value: object) -> Owner | None:
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member


__all__ = [
    "Owner",
]
