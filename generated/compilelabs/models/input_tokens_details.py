# Generated from spec/compilelabs.yaml by clientgen 0.1.0. Do not edit.
"""`InputTokensDetails` of the CompileLabs API."""

from __future__ import annotations

from ._base import BaseModel


class InputTokensDetails(BaseModel):
    """A breakdown of the input tokens."""

    cached_tokens: int | None = None
    """Input tokens read from the cache."""


__all__ = [
    "InputTokensDetails",
]
