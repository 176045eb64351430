# Generated from spec/perceptron.yaml by clientgen 0.1.0. Do not edit.
"""`CompletionUsage` of the Perceptron API."""

from __future__ import annotations

from ._base import BaseModel
from .prompt_tokens_details import PromptTokensDetails


class CompletionUsage(BaseModel):
    """Tokens used. Any count may be null or absent."""

    prompt_tokens: int | None = None
    """Tokens in the prompt."""
    completion_tokens: int | None = None
    """Tokens in the answer, reasoning included."""
    total_tokens: int | None = None
    """Prompt and answer tokens together."""
    prompt_tokens_details: PromptTokensDetails | None = None
    """A breakdown of the prompt tokens."""


__all__ = [
    "CompletionUsage",
]
