# Generated from spec/perceptron.yaml by clientgen 0.1.0. Do not edit.
"""`VideoUrlPart` of the Perceptron API."""

from __future__ import annotations

from typing import Literal, Required, TypedDict

from ._base import BaseModel
from .video_url import VideoUrl, VideoUrlParam


class VideoUrlPart(BaseModel):
    """A video, by URL or as a data URL (perceptron-mk1 and later)."""

    type: Literal["video_url"]
    video_url: VideoUrl


class VideoUrlPartParam(TypedDict, total=False):
    """`VideoUrlPart` as a plain dict, for requests: its fields by wire name."""

    type: Required[Literal["video_url"]]
    video_url: Required[VideoUrlParam | VideoUrl]


__all__ = [
    "VideoUrlPart",
    "VideoUrlPartParam",
]
