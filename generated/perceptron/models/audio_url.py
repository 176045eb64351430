# Generated from spec/perceptron.yaml by clientgen 0.1.0. Do not edit.
"""`AudioUrl` of the Perceptron API."""

from __future__ import annotations

from typing import Required, TypedDict

from ._base import BaseModel


class AudioUrl(BaseModel):
    """An audio recording by URL."""

    url: str
    """An http(s) URL, or a base64 data URL (`data:audio/wav;base64,...`)."""


class AudioUrlParam(TypedDict, total=False):
    """`AudioUrl` as a plain dict, for requests: its fields by wire name."""

    url: Required[str]


__all__ = [
    "AudioUrl",
    "AudioUrlParam",
]
