# Generated from spec/compilelabs.yaml by clientgen 0.1.0. Do not edit.
"""`CompletionUsage` of the CompileLabs API."""

from __future__ import annotations

from ._base import BaseModel
from .completion_tokens_details import CompletionTokensDetails
from .prompt_tokens_details import PromptTokensDetails


class CompletionUsage(BaseModel):
    """inferred: OpenAI-compatible. Tokens used; the docs do not show it."""

    prompt_tokens: int | None = None
    """Tokens in the prompt."""
    completion_tokens: int | None = None
    """Tokens in the answer."""
    total_tokens: int | None = None
    """Both together."""
    prompt_tokens_details: PromptTokensDetails | None = None
    completion_tokens_details: CompletionTokensDetails | None = None


__all__ = [
    "CompletionUsage",
]
