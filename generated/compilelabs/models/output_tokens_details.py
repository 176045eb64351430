# Generated from spec/compilelabs.yaml by clientgen 0.1.0. Do not edit.
"""`OutputTokensDetails` of the CompileLabs API."""

from __future__ import annotations

from ._base import BaseModel


class OutputTokensDetails(BaseModel):
    """A breakdown of the output tokens."""

    reasoning_tokens: int | None = None
    """Tokens spent reasoning."""


__all__ = [
    "OutputTokensDetails",
]
