# Generated from spec/perceptron.yaml by clientgen 0.1.0. Do not edit.
"""`MultilookCompletion` of the Perceptron API."""

from __future__ import annotations

from pydantic import Field

from ._base import BaseModel
from .completion_usage import CompletionUsage
from .multilook_result import MultilookResult


class MultilookCompletion(BaseModel):
    """The answers to a multilook request, one result per prompt. A partial failure
    still answers 200; only when every prompt fails is the request an HTTP
    error.
    """

    id: str = Field(..., examples=["mlcmpl-1"])
    """The completion's id."""
    object: str = Field(..., examples=["chat.completion.multilook"])
    """Always "chat.completion.multilook"."""
    model: str
    """The model that answered."""
    results: list[MultilookResult]
    """One result per prompt."""
    usage: CompletionUsage | None = None
    """Tokens used by all prompts; the shared context counts once, as
    `prompt_tokens_details.cached_tokens` after the first read.
    """


__all__ = [
    "MultilookCompletion",
]
