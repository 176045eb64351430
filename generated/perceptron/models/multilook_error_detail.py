# Generated from spec/perceptron.yaml by clientgen 0.1.0. Do not edit.
"""`MultilookErrorDetail` of the Perceptron API."""

from __future__ import annotations

from ._base import BaseModel


class MultilookErrorDetail(BaseModel):
    """Why one prompt failed."""

    message: str
    """A human-readable explanation."""
    type: str | None = None
    """The error category."""
    code: str | None = None
    """A machine-readable error code."""


__all__ = [
    "MultilookErrorDetail",
]
