# Generated from spec/perceptron.yaml by clientgen 0.1.0. Do not edit.
"""`FilePurpose` of the Perceptron API."""

from __future__ import annotations

from enum import StrEnum


class FilePurpose(StrEnum):
    """What an uploaded file is for.

    Unknown values are kept as extra members rather than rejected.
    """

    VISION = "vision"
    USER_DATA = "user_data"

    @classmethod
    def _missing_(cls, value: object) -> FilePurpose | None:
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member


__all__ = [
    "FilePurpose",
]
