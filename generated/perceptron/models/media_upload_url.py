# Generated from spec/perceptron.yaml by clientgen 0.1.0. Do not edit.
"""`MediaUploadUrl` of the Perceptron API."""

from __future__ import annotations

from pydantic import Field

from ._base import BaseModel


class MediaUploadUrl(BaseModel):
    """Where to upload one file: `PUT` its bytes to `upload_url` with its
    `Content-Type` and `Content-Length`.
    """

    upload_url: str
    """The presigned URL."""
    object_key: str = Field(..., examples=["12345678-1234-5678-1234-567812345678"])
    """The uploaded object's key (a UUID), for `download_urls`."""
    file_name: str | None = None
    """The file's name, as requested."""


__all__ = [
    "MediaUploadUrl",
]
