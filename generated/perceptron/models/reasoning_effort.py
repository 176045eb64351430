# Generated from spec/perceptron.yaml by clientgen 0.1.0. Do not edit.
"""`ReasoningEffort` of the Perceptron API."""

from __future__ import annotations

from enum import StrEnum


class ReasoningEffort(StrEnum):
    """How much the model reasons before it answers, sent as the top-level
    `reasoning_effort` field. From Perceptron's official SDK; the docs pages do
    not list it.
    """

    NONE = "none"
    MINIMAL = "minimal"
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"


__all__ = [
    "ReasoningEffort",
]
