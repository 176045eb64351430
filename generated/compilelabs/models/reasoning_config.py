# Generated from spec/compilelabs.yaml by clientgen 0.1.0. Do not edit.
"""`ReasoningConfig` of the CompileLabs API."""

from __future__ import annotations

from typing import Literal, TypedDict

from ._base import BaseModel
from .reasoning_effort import ReasoningEffort
from .reasoning_summary import ReasoningSummary


class ReasoningConfig(BaseModel):
    """Reasoning options."""

    effort: ReasoningEffort | None = None
    """How much the model reasons."""
    summary: ReasoningSummary | None = None
    """Whether and how reasoning is summarized."""


class ReasoningConfigParam(TypedDict, total=False):
    """`ReasoningConfig` as a plain dict, for requests: its fields by wire name."""

    effort: Literal["minimal", "low", "medium", "high"] | ReasoningEffort
    summary: Literal["auto", "concise", "detailed"] | ReasoningSummary


__all__ = [
    "ReasoningConfig",
    "ReasoningConfigParam",
]
