# Generated from spec/perceptron.yaml by clientgen 0.1.0. Do not edit.
"""`GetModelsResponse` of the Perceptron API."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from .model import Model


class GetModelsResponse(BaseModel):
    """The list of models, as returned when `extended` is false (the default).

    Docs:
    https://docs.perceptron.inc/isaac-0.2/api-reference/endpoint/list-models
    """

    model_config = ConfigDict(
        extra="allow", populate_by_name=True, protected_namespaces=(), defer_build=True
    )
    object: str = Field(..., examples=["list"])
    """Object type, always "list"."""
    data: list[Model]
    """The available models."""


__all__ = [
    "GetModelsResponse",
]
