# Generated from spec/perceptron.yaml by clientgen 0.1.0. Do not edit.
"""`GetModelsResponse` of the Perceptron API."""

from __future__ import annotations

from pydantic import Field

from ._base import BaseModel
from .model import Model


class GetModelsResponse(BaseModel):
    """The list of models, as returned when `extended` is false (the default).

    Docs:
    https://docs.perceptron.inc/isaac-0.2/api-reference/endpoint/list-models
    """

    object: str | None = Field(default=None, examples=["list"])
    """Object type, always "list" (the Rust SDK's mocks leave it out)."""
    data: list[Model]
    """The available models."""


__all__ = [
    "GetModelsResponse",
]
