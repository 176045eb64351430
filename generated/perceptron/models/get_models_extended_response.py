# Generated from spec/perceptron.yaml by clientgen 0.1.0. Do not edit.
"""`GetModelsExtendedResponse` of the Perceptron API."""

from __future__ import annotations

from pydantic import Field

from ._base import BaseModel
from .model_extended import ModelExtended


class GetModelsExtendedResponse(BaseModel):
    """The list of models with extended metadata, as returned when `extended` is
    true.

    Docs:
    https://docs.perceptron.inc/isaac-0.2/api-reference/endpoint/list-models
    """

    object: str | None = Field(default=None, examples=["list"])
    """Object type, always "list" (the Rust SDK's mocks leave it out)."""
    data: list[ModelExtended]
    """The available models, with capabilities, modalities and limits."""


__all__ = [
    "GetModelsExtendedResponse",
]
