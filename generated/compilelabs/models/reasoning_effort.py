# Generated from spec/compilelabs.yaml by clientgen 0.1.0. Do not edit.
"""`ReasoningEffort` of the CompileLabs API."""

from __future__ import annotations

from enum import StrEnum


class ReasoningEffort(StrEnum):
    """inferred: OpenAI-compatible. How much the model reasons; the docs show
    `medium`.
    """

    MINIMAL = "minimal"
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"


__all__ = [
    "ReasoningEffort",
]
