# Generated from spec/compilelabs.yaml by clientgen 0.1.0. Do not edit.
"""`Capability` of the CompileLabs API."""

from __future__ import annotations

from enum import StrEnum


class Capability(StrEnum):
    """Features a model supports.

    Unknown values are kept as extra members rather than rejected.
    """

    STREAMING = "streaming"
    VISION = "vision"
    FUNCTION_CALLING = "function_calling"
    STRUCTURED_OUTPUT = "structured_output"
    REASONING = "reasoning"
    IMAGE_EDITING = "image_editing"

    @classmethod
    def _missing_(cls, value: object) -> Capability | None:
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member


__all__ = [
    "Capability",
]
