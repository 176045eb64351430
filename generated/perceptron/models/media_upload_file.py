# Generated from spec/perceptron.yaml by clientgen 0.1.0. Do not edit.
"""`MediaUploadFile` of the Perceptron API."""

from __future__ import annotations

from typing import Required, TypedDict

from pydantic import Field

from ._base import BaseModel


class MediaUploadFile(BaseModel):
    """A file to upload through a presigned URL."""

    file_name: str = Field(..., examples=["test.mp4"])
    """The file's name."""
    content_type: str = Field(..., examples=["video/mp4"])
    """The file's MIME type: `image/jpeg`, `image/png`, `image/webp` or
    `video/mp4`.
    """
    content_length: int = Field(..., ge=0, examples=[1000])
    """The file's size in bytes."""


class MediaUploadFileParam(TypedDict, total=False):
    """`MediaUploadFile` as a plain dict, for requests: its fields by wire name."""

    file_name: Required[str]
    content_type: Required[str]
    content_length: Required[int]


__all__ = [
    "MediaUploadFile",
    "MediaUploadFileParam",
]
