# Generated from spec/perceptron.yaml by clientgen 0.1.0. Do not edit.
"""`VideoUrl` of the Perceptron API."""

from __future__ import annotations

from typing import Required, TypedDict

from pydantic import Field

from ._base import BaseModel


class VideoUrl(BaseModel):
    """A video by URL (MP4 or WebM; perceptron-mk1 and later)."""

    url: str = Field(..., examples=["https://example.com/clip.mp4"])
    """An http(s) URL, or a base64 data URL (`data:video/mp4;base64,...`)."""


class VideoUrlParam(TypedDict, total=False):
    """`VideoUrl` as a plain dict, for requests: its fields by wire name."""

    url: Required[str]


__all__ = [
    "VideoUrl",
    "VideoUrlParam",
]
