# Generated from spec/perceptron.yaml by clientgen 0.1.0. Do not edit.
"""`VideoFileIdPart` of the Perceptron API."""

from __future__ import annotations

from typing import Literal, Required, TypedDict

from ._base import BaseModel
from .file_ref import FileRef, FileRefParam


class VideoFileIdPart(BaseModel):
    """An uploaded video file.

    Docs: https://docs.perceptron.inc/perceptron-mk1/guides/files
    """

    type: Literal["video_file_id"]
    video_file_id: FileRef


class VideoFileIdPartParam(TypedDict, total=False):
    """`VideoFileIdPart` as a plain dict, for requests: its fields by wire name."""

    type: Required[Literal["video_file_id"]]
    video_file_id: Required[FileRefParam | FileRef]


__all__ = [
    "VideoFileIdPart",
    "VideoFileIdPartParam",
]
