# Generated from spec/compilelabs.yaml by clientgen 0.1.0. Do not edit.
"""`ImagesResponse` of the CompileLabs API."""

from __future__ import annotations

from ._base import BaseModel
from .image import Image


class ImagesResponse(BaseModel):
    """Generated images. The docs show only `data[i].url` and `data[i].b64_json`;
    the rest follows OpenAI. Images are billed per megapixel.

    Docs: https://docs.compilelabs.com/modalities/image-generation
    """

    created: int | None = None
    """inferred: OpenAI-compatible. Unix timestamp of the generation."""
    data: list[Image]
    """The images."""


__all__ = [
    "ImagesResponse",
]
