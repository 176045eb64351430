# Generated from spec/perceptron.yaml by clientgen 0.1.0. Do not edit.
"""`InputAudioFormat` of the Perceptron API."""

from __future__ import annotations

from enum import StrEnum


class InputAudioFormat(StrEnum):
    """The encoding of inline audio data."""

    WAV = "wav"
    MP3 = "mp3"
    FLAC = "flac"


__all__ = [
    "InputAudioFormat",
]
