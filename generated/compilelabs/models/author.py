# Generated from spec/compilelabs.yaml by clientgen 0.1.0. Do not edit.
"""`Author` of the CompileLabs API."""

from __future__ import annotations

from enum import StrEnum


class Author(StrEnum):
    """Information about the author or creator of the model.

    Unknown values are kept as extra members rather than rejected.
    """

    OPENAI = "openai"
    GOOGLE = "google"
    ANTHROPIC = "anthropic"
    META = "meta"
    QWEN = "qwen"
    MOONSHOT = "moonshot"
    MISTRAL = "mistral"
    BLACK_FOREST_LABS = "black-forest-labs"
    X_AI = "x-ai"
    STABILITY_AI = "stability-ai"
    DEEPSEEK = "deepseek"
    Z_AI = "z-ai"

    @classmethod
    def _missing_(cls, value: object) -> Author | None:
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member


__all__ = [
    "Author",
]
