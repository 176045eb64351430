# Generated from spec/perceptron.yaml by clientgen 0.1.0. Do not edit.
"""`MediaUploadUrls` of the Perceptron API."""

from __future__ import annotations

from pydantic import Field

from ._base import BaseModel
from .media_upload_url import MediaUploadUrl


class MediaUploadUrls(BaseModel):
    """Presigned upload URLs, in the order of the request's files."""

    urls: list[MediaUploadUrl]
    """One URL per file."""
    expires_in_seconds: int = Field(..., examples=[3600])
    """How long the URLs stay valid."""


__all__ = [
    "MediaUploadUrls",
]
