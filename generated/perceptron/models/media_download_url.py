# Generated from spec/perceptron.yaml by clientgen 0.1.0. Do not edit.
"""`MediaDownloadUrl` of the Perceptron API."""

from __future__ import annotations

from ._base import BaseModel


class MediaDownloadUrl(BaseModel):
    """Where to download one object."""

    download_url: str
    """The presigned URL."""
    object_key: str | None = None
    """The object's key."""


__all__ = [
    "MediaDownloadUrl",
]
