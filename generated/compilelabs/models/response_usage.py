# Generated from spec/compilelabs.yaml by clientgen 0.1.0. Do not edit.
"""`ResponseUsage` of the CompileLabs API."""

from __future__ import annotations

from ._base import BaseModel
from .input_tokens_details import InputTokensDetails
from .output_tokens_details import OutputTokensDetails


class ResponseUsage(BaseModel):
    """Tokens used."""

    input_tokens: int | None = None
    """Tokens in the input."""
    output_tokens: int | None = None
    """Tokens in the output."""
    total_tokens: int | None = None
    """Both together."""
    input_tokens_details: InputTokensDetails | None = None
    output_tokens_details: OutputTokensDetails | None = None


__all__ = [
    "ResponseUsage",
]
