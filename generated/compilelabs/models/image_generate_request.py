# Generated from spec/compilelabs.yaml by clientgen 0.1.0. Do not edit.
"""`ImageGenerateRequest` of the CompileLabs API."""

from __future__ import annotations

from pydantic import Field

from ._base import BaseModel
from .image_response_format import ImageResponseFormat


class ImageGenerateRequest(BaseModel):
    """The body of an image generation request (OpenAI-compatible).

    Docs: https://docs.compilelabs.com/modalities/image-generation
    """

    model: str = Field(..., examples=["black-forest-labs/flux-1-schnell"])
    """The image model."""
    prompt: str = Field(..., examples=["A lighthouse at dawn, watercolor"])
    """What to draw."""
    size: str | None = Field(
        default=None, examples=["1024x1024", "1024x1792", "1792x1024", "2048x2048"]
    )
    """The size, as `WxH`: commonly `1024x1024`, `1024x1792`, `1792x1024` or
    `2048x2048`; support varies by model.
    """
    n: int | None = Field(default=None, ge=1, le=4)
    """How many images to generate."""
    response_format: ImageResponseFormat | None = None
    """Return URLs (`url`) or base64 data (`b64_json`)."""


__all__ = [
    "ImageGenerateRequest",
]
