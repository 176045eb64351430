# Generated from spec/perceptron.yaml by clientgen 0.1.0. Do not edit.
"""`AudioFileIdPart` of the Perceptron API."""

from __future__ import annotations

from typing import Literal, Required, TypedDict

from ._base import BaseModel
from .file_ref import FileRef, FileRefParam


class AudioFileIdPart(BaseModel):
    """An uploaded audio file. From Perceptron's official SDK."""

    type: Literal["audio_file_id"]
    audio_file_id: FileRef


class AudioFileIdPartParam(TypedDict, total=False):
    """`AudioFileIdPart` as a plain dict, for requests: its fields by wire name."""

    type: Required[Literal["audio_file_id"]]
    audio_file_id: Required[FileRefParam | FileRef]


__all__ = [
    "AudioFileIdPart",
    "AudioFileIdPartParam",
]
