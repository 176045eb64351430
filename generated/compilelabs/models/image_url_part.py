# Generated from spec/compilelabs.yaml by clientgen 0.1.0. Do not edit.
"""`ImageUrlPart` of the CompileLabs API."""

from __future__ import annotations

from typing import Literal, Required, TypedDict

from ._base import BaseModel
from .image_url import ImageUrl, ImageUrlParam


class ImageUrlPart(BaseModel):
    """An image, for models with the `vision` capability. inferred:
    OpenAI-compatible.
    """

    type: Literal["image_url"]
    image_url: ImageUrl


class ImageUrlPartParam(TypedDict, total=False):
    """`ImageUrlPart` as a plain dict, for requests: its fields by wire name."""

    type: Required[Literal["image_url"]]
    image_url: Required[ImageUrlParam | ImageUrl]


__all__ = [
    "ImageUrlPart",
    "ImageUrlPartParam",
]
