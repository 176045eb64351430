# Generated from spec/perceptron.yaml by clientgen 0.1.0. Do not edit.
"""`MediaUploadUrlsRequest` of the Perceptron API."""

from __future__ import annotations

from pydantic import Field

from ._base import BaseModel
from .media_upload_file import MediaUploadFile


class MediaUploadUrlsRequest(BaseModel):
    """The body of an upload-URL request."""

    files: list[MediaUploadFile] = Field(..., min_length=1)
    """The files to upload."""


__all__ = [
    "MediaUploadUrlsRequest",
]
