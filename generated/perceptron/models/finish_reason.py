# Generated from spec/perceptron.yaml by clientgen 0.1.0. Do not edit.
"""`FinishReason` of the Perceptron API."""

from __future__ import annotations

from enum import StrEnum


class FinishReason(StrEnum):
    """Why the model stopped: `stop` (a natural end or a stop sequence), `length`
    (the token limit), `tool_calls` (it called a tool), or `interrupted` (a
    force-closed thinking budget; the answer is still complete). Open: other
    values are kept.

    Unknown values are kept as extra members rather than rejected.
    """

    STOP = "stop"
    LENGTH = "length"
    TOOL_CALLS = "tool_calls"
    INTERRUPTED = "interrupted"

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
