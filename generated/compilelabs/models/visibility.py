# Generated from spec/compilelabs.yaml by clientgen 0.1.0. Do not edit.
"""`Visibility` of the CompileLabs API."""

from __future__ import annotations

from enum import StrEnum


class Visibility(StrEnum):
    """Whether the model is publicly visible or private.

    Unknown values are kept as extra members rather than rejected.
    """

    PRIVATE = "private"
    PUBLIC = "public"

    @classmethod
    def _missing_(cls, value: object) -> Visibility | None:
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member


__all__ = [
    "Visibility",
]
