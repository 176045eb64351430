# Generated from spec/compilelabs.yaml by clientgen 0.1.0. Do not edit.
"""`CompletionTokensDetails` of the CompileLabs API."""

from __future__ import annotations

from ._base import BaseModel


class CompletionTokensDetails(BaseModel):
    """inferred: OpenAI-compatible. A breakdown of the answer's tokens."""

    reasoning_tokens: int | None = None
    """Tokens spent reasoning."""


__all__ = [
    "CompletionTokensDetails",
]
