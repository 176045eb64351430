# Generated from spec/perceptron.yaml by clientgen 0.1.0. Do not edit.
"""`PromptTokensDetails` of the Perceptron API."""

from __future__ import annotations

from ._base import BaseModel


class PromptTokensDetails(BaseModel):
    """A breakdown of the prompt tokens."""

    cached_tokens: int | None = None
    """Prompt tokens read from the cache."""
    audio_tokens: int | None = None
    """Prompt tokens of audio."""


__all__ = [
    "PromptTokensDetails",
]
