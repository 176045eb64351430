# Generated from spec/perceptron.yaml by clientgen 0.1.0. Do not edit.
"""`MultilookResultOther` of the Perceptron API."""

from __future__ import annotations

from ._base import BaseModel


class MultilookResultOther(BaseModel):
    """A result that is neither answers nor an error, in a shape this client does
    not know; its fields are kept.
    """

    prompt_index: int | None = None
    """The prompt's index in `prompts`."""


__all__ = [
    "MultilookResultOther",
]
