# Generated from spec/compilelabs.yaml by clientgen 0.1.0. Do not edit.
"""`ImageUrl` of the CompileLabs API."""

from __future__ import annotations

from typing import Required, TypedDict

from ._base import BaseModel


class ImageUrl(BaseModel):
    """An image by URL."""

    url: str
    """An http(s) URL, or a base64 data URL."""
    detail: str | None = None
    """The image detail level (`auto`, `low` or `high`)."""


class ImageUrlParam(TypedDict, total=False):
    """`ImageUrl` as a plain dict, for requests: its fields by wire name."""

    url: Required[str]
    detail: str


__all__ = [
    "ImageUrl",
    "ImageUrlParam",
]
