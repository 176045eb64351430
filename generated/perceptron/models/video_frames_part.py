# Generated from spec/perceptron.yaml by clientgen 0.1.0. Do not edit.
"""`VideoFramesPart` of the Perceptron API."""

from __future__ import annotations

from typing import Literal, Required, TypedDict

from ._base import BaseModel
from .video_frames import VideoFrames, VideoFramesParam


class VideoFramesPart(BaseModel):
    """A video as a list of timestamped image frames. From Perceptron's official
    SDK.
    """

    type: Literal["video_frames"]
    video_frames: VideoFrames


class VideoFramesPartParam(TypedDict, total=False):
    """`VideoFramesPart` as a plain dict, for requests: its fields by wire name."""

    type: Required[Literal["video_frames"]]
    video_frames: Required[VideoFramesParam | VideoFrames]


__all__ = [
    "VideoFramesPart",
    "VideoFramesPartParam",
]
