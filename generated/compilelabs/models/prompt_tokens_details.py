# Generated from spec/compilelabs.yaml by clientgen 0.1.0. Do not edit.
"""`PromptTokensDetails` of the CompileLabs API."""

from __future__ import annotations

from ._base import BaseModel


class PromptTokensDetails(BaseModel):
    """inferred: OpenAI-compatible. A breakdown of the prompt's tokens."""

    cached_tokens: int | None = None
    """Prompt tokens read from the cache."""


__all__ = [
    "PromptTokensDetails",
]
