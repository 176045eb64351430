# Generated from spec/compilelabs.yaml by clientgen 0.1.0. Do not edit.
"""Enums of the CompileLabs API."""

from __future__ import annotations

from enum import StrEnum


class ModelType(StrEnum):
    """The type of the model."""

    TEXT_GENERATION = "text_generation"
    IMAGE_GENERATION = "image_generation"
    SPEECH_TO_TEXT = "speech_to_text"
    TEXT_TO_SPEECH = "text_to_speech"
    MODERATION = "moderation"


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
    "Author",
    "Capability",
    "ModelStatus",
    "ModelType",
    "Visibility",
]
