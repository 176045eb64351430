# Generated from spec/compilelabs.yaml by clientgen 0.1.0. Do not edit.
"""`ResponseTextDeltaEvent` of the CompileLabs API."""

from __future__ import annotations

from ._base import BaseModel


class ResponseTextDeltaEvent(BaseModel):
    """A piece of output text (`response.output_text.delta`). inferred:
    OpenAI-compatible.
    """

    type: str
    """The event's name."""
    item_id: str | None = None
    """The output item the text belongs to."""
    output_index: int | None = None
    """The item's index in `output`."""
    content_index: int | None = None
    """The content part's index in the item."""
    delta: str
    """The text added."""
    sequence_number: int | None = None
    """The event's position in the stream."""


__all__ = [
    "ResponseTextDeltaEvent",
]
