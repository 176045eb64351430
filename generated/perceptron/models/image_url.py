# Generated from spec/perceptron.yaml by clientgen 0.1.0. Do not edit.
"""`ImageUrl` of the Perceptron API."""

from __future__ import annotations

from typing import Required, TypedDict

from pydantic import Field

from ._base import BaseModel


class ImageUrl(BaseModel):
    """An image by URL."""

    url: str = Field(..., examples=["https://example.com/cat.jpg"])
    """An http(s) URL, or a base64 data URL (`data:image/png;base64,...`; PNG, JPEG
    or WebP).
    """
    detail: str | None = None
    """inferred: OpenAI-compatible. The image detail level (`auto`, `low` or
    `high`).
    """


class ImageUrlParam(TypedDict, total=False):
    """`ImageUrl` as a plain dict, for requests: its fields by wire name."""

    url: Required[str]
    detail: str


__all__ = [
    "ImageUrl",
    "ImageUrlParam",
]
