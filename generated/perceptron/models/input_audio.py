# Generated from spec/perceptron.yaml by clientgen 0.1.0. Do not edit.
"""`InputAudio` of the Perceptron API."""

from __future__ import annotations

from typing import Literal, Required, TypedDict

from ._base import BaseModel
from .input_audio_format import InputAudioFormat


class InputAudio(BaseModel):
    """Audio sent inline."""

    data: str
    """The base64-encoded audio."""
    format: InputAudioFormat
    """The audio's encoding."""


class InputAudioParam(TypedDict, total=False):
    """`InputAudio` as a plain dict, for requests: its fields by wire name."""

    data: Required[str]
    format: Required[Literal["wav", "mp3", "flac"] | InputAudioFormat]


__all__ = [
    "InputAudio",
    "InputAudioParam",
]
