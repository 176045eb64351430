# Generated from spec/perceptron.yaml by clientgen 0.1.0. Do not edit.
"""`Model` of the Perceptron API."""

from __future__ import annotations

from pydantic import Field

from ._base import BaseModel
from .model_owner import ModelOwner


class Model(BaseModel):
    """A model, as returned when `extended` is false (the default). Compatible with
    OpenAI's model object.

    Docs: https://docs.perceptron.inc/api-reference/endpoint/retrieve-model
    """

    created: int = Field(..., examples=[123])
    """Unix timestamp when the model was created."""
    id: str = Field(..., examples=["perc-x1"])
    """The model identifier."""
    object: str = Field(..., examples=["model"])
    """Object type, always "model"."""
    owned_by: ModelOwner = Field(..., examples=["perceptron"])
    """The organization that owns the model."""


__all__ = [
    "Model",
]
