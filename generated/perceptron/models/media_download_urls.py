# Generated from spec/perceptron.yaml by clientgen 0.1.0. Do not edit.
"""`MediaDownloadUrls` of the Perceptron API."""

from __future__ import annotations

from pydantic import Field

from ._base import BaseModel
from .media_download_url import MediaDownloadUrl


class MediaDownloadUrls(BaseModel):
    """Presigned download URLs, in the order of the request's keys."""

    urls: list[MediaDownloadUrl]
    """One URL per key."""
    expires_in_seconds: int = Field(..., examples=[3600])
    """How long the URLs stay valid."""


__all__ = [
    "MediaDownloadUrls",
]
