# Generated from spec/compilelabs.yaml by clientgen 0.1.0. Do not edit.
"""`ResponseOutputItemEvent` of the CompileLabs API."""

from __future__ import annotations

from ._base import BaseModel
from .output_item import OutputItem


class ResponseOutputItemEvent(BaseModel):
    """An output item started or finished (`response.output_item.added`/`.done`).
    inferred: OpenAI-compatible.
    """

    type: str
    """The event's name."""
    output_index: int
    """The item's index in `output`."""
    item: OutputItem
    sequence_number: int | None = None
    """The event's position in the stream."""


__all__ = [
    "ResponseOutputItemEvent",
]
