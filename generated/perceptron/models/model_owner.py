# Generated from spec/perceptron.yaml by clientgen 0.1.0. Do not edit.
"""`ModelOwner` of the Perceptron API."""

from __future__ import annotations

from enum import StrEnum


class ModelOwner(StrEnum):
    """The organization that owns the model.

    Unknown values are kept as extra members rather than rejected.
    """

    PERCEPTRON = "perceptron"
    ALIBABA = "alibaba"

    @classmethod
    def _missing_(cls, value: object) -> ModelOwner | None:
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member


__all__ = [
    "ModelOwner",
]
