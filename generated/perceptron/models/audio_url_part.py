# Generated from spec/perceptron.yaml by clientgen 0.1.0. Do not edit.
"""`AudioUrlPart` of the Perceptron API."""

from __future__ import annotations

from typing import Literal, Required, TypedDict

from ._base import BaseModel
from .audio_url import AudioUrl, AudioUrlParam


class AudioUrlPart(BaseModel):
    """An audio recording, by URL or as a data URL. From Perceptron's official SDK."""

    type: Literal["audio_url"]
    audio_url: AudioUrl


class AudioUrlPartParam(TypedDict, total=False):
    """`AudioUrlPart` as a plain dict, for requests: its fields by wire name."""

    type: Required[Literal["audio_url"]]
    audio_url: Required[AudioUrlParam | AudioUrl]


__all__ = [
    "AudioUrlPart",
    "AudioUrlPartParam",
]
