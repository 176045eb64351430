# Generated from spec/compilelabs.yaml by clientgen 0.1.0. Do not edit.
"""`Image` of the CompileLabs API."""

from __future__ import annotations

from ._base import BaseModel


class Image(BaseModel):
    """One generated image."""

    url: str | None = None
    """The image's URL, with `response_format="url"`."""
    b64_json: str | None = None
    """The image as base64, with `response_format="b64_json"`."""
    revised_prompt: str | None = None
    """inferred: OpenAI-compatible. The prompt the model used."""


__all__ = [
    "Image",
]
