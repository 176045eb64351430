# Generated from spec/perceptron.yaml by clientgen 0.1.0. Do not edit.
"""`InputAudioPart` of the Perceptron API."""

from __future__ import annotations

from typing import Literal, Required, TypedDict

from ._base import BaseModel
from .input_audio import InputAudio, InputAudioParam


class InputAudioPart(BaseModel):
    """Inline audio (WAV, MP3 or FLAC). From Perceptron's official SDK."""

    type: Literal["input_audio"]
    input_audio: InputAudio


class InputAudioPartParam(TypedDict, total=False):
    """`InputAudioPart` as a plain dict, for requests: its fields by wire name."""

    type: Required[Literal["input_audio"]]
    input_audio: Required[InputAudioParam | InputAudio]


__all__ = [
    "InputAudioPart",
    "InputAudioPartParam",
]
