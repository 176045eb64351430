# Generated from spec/perceptron.yaml by clientgen 0.1.0. Do not edit.
"""`MultilookError` of the Perceptron API."""

from __future__ import annotations

from ._base import BaseModel
from .multilook_error_detail import MultilookErrorDetail


class MultilookError(BaseModel):
    """A prompt that failed; the others may still have answers."""

    prompt_index: int
    """The prompt's index in `prompts`."""
    error: MultilookErrorDetail


__all__ = [
    "MultilookError",
]
