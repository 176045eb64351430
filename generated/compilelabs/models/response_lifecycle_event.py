# Generated from spec/compilelabs.yaml by clientgen 0.1.0. Do not edit.
"""`ResponseLifecycleEvent` of the CompileLabs API."""

from __future__ import annotations

from ._base import BaseModel
from .response import Response


class ResponseLifecycleEvent(BaseModel):
    """A stream event that carries the whole response: `response.created`,
    `response.in_progress`, `response.completed`, `response.failed` or
    `response.incomplete`. inferred: OpenAI-compatible.
    """

    type: str
    """The event's name."""
    response: Response
    sequence_number: int | None = None
    """The event's position in the stream."""


__all__ = [
    "ResponseLifecycleEvent",
]
