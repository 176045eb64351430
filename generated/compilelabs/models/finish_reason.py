# Generated from spec/compilelabs.yaml by clientgen 0.1.0. Do not edit.
"""`FinishReason` of the CompileLabs API."""

from __future__ import annotations

from enum import StrEnum


class FinishReason(StrEnum):
    """inferred: OpenAI-compatible. Why the model stopped: `stop`, `length`,
    `tool_calls` or `content_filter`. The docs do not show it; other values are
    kept.

    Unknown values are kept as extra members rather than rejected.
    """

    STOP = "stop"
    LENGTH = "length"
    TOOL_CALLS = "tool_calls"
    CONTENT_FILTER = "content_filter"

    @classmethod
    def _missing_(cls, value: object) -> FinishReason | None:
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member


__all__ = [
    "FinishReason",
]
