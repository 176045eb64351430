# Generated from spec/perceptron.yaml by clientgen 0.1.0. Do not edit.
"""`VideoFrame` of the Perceptron API."""

from __future__ import annotations

from typing import Required, TypedDict

from pydantic import Field

from ._base import BaseModel
from .image_url import ImageUrl, ImageUrlParam


class VideoFrame(BaseModel):
    """One frame of a video sent as images."""

    image_url: ImageUrl
    """The frame."""
    timestamp_ms: int = Field(..., ge=0)
    """When the frame was taken, in milliseconds from the start."""


class VideoFrameParam(TypedDict, total=False):
    """`VideoFrame` as a plain dict, for requests: its fields by wire name."""

    image_url: Required[ImageUrlParam | ImageUrl]
    timestamp_ms: Required[int]


__all__ = [
    "VideoFrame",
    "VideoFrameParam",
]
