# Generated from spec/perceptron.yaml by clientgen 0.1.0. Do not edit.
"""`MultilookResultUsage` of the Perceptron API."""

from __future__ import annotations

from ._base import BaseModel


class MultilookResultUsage(BaseModel):
    """Tokens one prompt's answers used."""

    completion_tokens: int | None = None
    """Tokens in the answers."""


__all__ = [
    "MultilookResultUsage",
]
