# Generated from spec/perceptron.yaml by clientgen 0.1.0. Do not edit.
"""`MultilookCompletions` of the Perceptron API."""

from __future__ import annotations

from ._base import BaseModel
from .chat_completion_choice import ChatCompletionChoice
from .multilook_result_usage import MultilookResultUsage


class MultilookCompletions(BaseModel):
    """The answers to one prompt."""

    prompt_index: int
    """The prompt's index in `prompts`."""
    completions: list[ChatCompletionChoice]
    """The answers (`n` of them)."""
    usage: MultilookResultUsage | None = None
    """Tokens these answers used."""


__all__ = [
    "MultilookCompletions",
]
