# Generated from spec/perceptron.yaml by clientgen 0.1.0. Do not edit.
"""`StreamOptions` of the Perceptron API."""

from __future__ import annotations

from typing import TypedDict

from ._base import BaseModel


class StreamOptions(BaseModel):
    """Options for a streamed answer."""

    include_usage: bool | None = None
    """Send the usage on a chunk at the end of the stream. The gateway always sets
    it to true.
    """


class StreamOptionsParam(TypedDict, total=False):
    """`StreamOptions` as a plain dict, for requests: its fields by wire name."""

    include_usage: bool


__all__ = [
    "StreamOptions",
    "StreamOptionsParam",
]
