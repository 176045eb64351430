# Generated from spec/perceptron.yaml by clientgen 0.1.0. Do not edit.
"""`ModelReasoning` of the Perceptron API."""

from __future__ import annotations

from ._base import BaseModel


class ModelReasoning(BaseModel):
    """Whether and how the model reasons before it answers."""

    supported: bool | None = None
    """The model can reason."""
    always_enabled: bool | None = None
    """Reasoning is always on and cannot be turned off."""


__all__ = [
    "ModelReasoning",
]
