# Generated from spec/perceptron.yaml by clientgen 0.1.0. Do not edit.
"""`MediaDownloadUrlsRequest` of the Perceptron API."""

from __future__ import annotations

from pydantic import Field

from ._base import BaseModel


class MediaDownloadUrlsRequest(BaseModel):
    """The body of a download-URL request."""

    object_keys: list[str] = Field(
        ..., min_length=1, examples=[["12345678-1234-5678-1234-567812345678"]]
    )
    """The keys of uploaded objects (UUIDs)."""


__all__ = [
    "MediaDownloadUrlsRequest",
]
