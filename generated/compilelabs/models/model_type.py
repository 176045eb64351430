# Generated from spec/compilelabs.yaml by clientgen 0.1.0. Do not edit.
"""`ModelType` of the CompileLabs API."""

from __future__ import annotations

from enum import StrEnum


class ModelType(StrEnum):
    """The type of the model."""

    TEXT_GENERATION = "text_generation"
    IMAGE_GENERATION = "image_generation"
    SPEECH_TO_TEXT = "speech_to_text"
    TEXT_TO_SPEECH = "text_to_speech"
    MODERATION = "moderation"


__all__ = [
    "ModelType",
]
