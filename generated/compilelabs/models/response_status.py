# Generated from spec/compilelabs.yaml by clientgen 0.1.0. Do not edit.
"""`ResponseStatus` of the CompileLabs API."""

from __future__ import annotations

from enum import StrEnum


class ResponseStatus(StrEnum):
    """The state of a response.

    Unknown values are kept as extra members rather than rejected.
    """

    IN_PROGRESS = "in_progress"
    COMPLETED = "completed"
    FAILED = "failed"
    CANCELLED = "cancelled"
    INCOMPLETE = "incomplete"

    @classmethod
    def _missing_(cls, value: object) -> ResponseStatus | None:
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member


__all__ = [
    "ResponseStatus",
]
