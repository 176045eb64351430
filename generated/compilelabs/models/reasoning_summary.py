# Generated from spec/compilelabs.yaml by clientgen 0.1.0. Do not edit.
"""`ReasoningSummary` of the CompileLabs API."""

from __future__ import annotations

from enum import StrEnum


class ReasoningSummary(StrEnum):
    """inferred: OpenAI-compatible. Whether and how reasoning is summarized; the
    docs show `auto`.
    """

    AUTO = "auto"
    CONCISE = "concise"
    DETAILED = "detailed"


__all__ = [
    "ReasoningSummary",
]
