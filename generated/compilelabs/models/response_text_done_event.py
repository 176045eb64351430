# Generated from spec/compilelabs.yaml by clientgen 0.1.0. Do not edit.
"""`ResponseTextDoneEvent` of the CompileLabs API."""

from __future__ import annotations

from ._base import BaseModel


class ResponseTextDoneEvent(BaseModel):
    """A piece of output text is complete (`response.output_text.done`). inferred:
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
    text: str
    """The whole text."""
    sequence_number: int | None = None
    """The event's position in the stream."""


__all__ = [
    "ResponseTextDoneEvent",
]
