# Generated from spec/compilelabs.yaml by clientgen 0.1.0. Do not edit.
"""`ModelStatus` of the CompileLabs API."""

from __future__ import annotations

from enum import StrEnum


class ModelStatus(StrEnum):
    """The current status of the model (active, inactive, pending, or deleted).

    Unknown values are kept as extra members rather than rejected.
    """

    PENDING = "pending"
    ACTIVE = "active"
    INACTIVE = "inactive"
    DELETED = "deleted"

    @classmethod
    def _missing_(cls, value: object) -> ModelStatus | None:
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member


__all__ = [
    "ModelStatus",
]
