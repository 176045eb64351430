# Generated from golden/acme.yaml (API version 2026-11-01) by clientgen 0.1.0. Do not edit.
"""`Level` of the Acme API."""

from __future__ import annotations

from enum import IntEnum


class Level(IntEnum):
    """A level the server may extend.

    Unknown values are kept as extra members rather than rejected.
    """

    VALUE_0 = 0
    VALUE_10 = 10
    VALUE_MINUS_1 = -1

    @classmethod
    def _missing_(cls, value: object) -> Level | None:
        if not isinstance(value, int) or isinstance(value, bool):
            return None
        member = int.__new__(cls, value)
        member._name_ = str(value)
        member._value_ = value
        return member


__all__ = [
    "Level",
]
