# Generated from spec/perceptron.yaml by clientgen 0.1.0. Do not edit.
"""`VideoFrames` of the Perceptron API."""

from __future__ import annotations

from typing import Required, TypedDict

from pydantic import Field

from ._base import BaseModel
from .video_frame import VideoFrame, VideoFrameParam


class VideoFrames(BaseModel):
    """A video sent as timestamped frames."""

    frames: list[VideoFrame] = Field(..., min_length=1)
    """The frames, in order."""


class VideoFramesParam(TypedDict, total=False):
    """`VideoFrames` as a plain dict, for requests: its fields by wire name."""

    frames: Required[list[VideoFrameParam | VideoFrame]]


__all__ = [
    "VideoFrames",
    "VideoFramesParam",
]
