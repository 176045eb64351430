# Generated from spec/perceptron.yaml by clientgen 0.1.0. Do not edit.
"""`GetModelsExtendedResponse` of the Perceptron API."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from .model_extended import ModelExtended


class GetModelsExtendedResponse(BaseModel):
    """The list of models with extended metadata, as returned when `extended` is
    true.

    Docs:
    https://docs.perceptron.inc/isaac-0.2/api-reference/endpoint/list-models
    """

    model_config = ConfigDict(
        extra="allow", populate_by_name=True, protected_namespaces=(), defer_build=True
    )
    object: str = Field(..., examples=["list"])
    """Object type, always "list"."""
    data: list[ModelExtended]
    """The available models, with capabilities, modalities and limits."""


__all__ = [
    "GetModelsExtendedResponse",
]
