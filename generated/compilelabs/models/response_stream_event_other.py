# Generated from spec/compilelabs.yaml by clientgen 0.1.0. Do not edit.
"""`ResponseStreamEventOther` of the CompileLabs API."""

from __future__ import annotations

from ._base import BaseModel


class ResponseStreamEventOther(BaseModel):
    """A stream event this client does not name (reasoning, function-call
    arguments, content parts, and any the API adds); its fields are kept.
    """

    type: str | None = None
    """The event's name."""
    sequence_number: int | None = None
    """The event's position in the stream."""


__all__ = [
    "ResponseStreamEventOther",
]
