# Generated from spec/compilelabs.yaml by clientgen 0.1.0. Do not edit.
"""`ModelInfo` of the CompileLabs API."""

from __future__ import annotations

from pydantic import Field

from ._base import BaseModel
from .author import Author
from .model_status import ModelStatus
from .pricing_model import PricingModel
from .visibility import Visibility


class ModelInfo(BaseModel):
    """The fields every model response shares. A response whose `model_type` this
    client does not know parses as this model, with the rest of its fields kept
    as extra attributes.

    Docs: https://docs.compilelabs.com/api-reference/models/get-model
    """

    id: str = Field(..., examples=["meta/llama-4-scout"])
    """The model identifier, which can be referenced in the API endpoints."""
    author: Author = Field(..., examples=["meta"])
    """Information about the author or creator of the model."""
    slug: str = Field(..., examples=["llama-4-scout"])
    """A URL-friendly identifier for the model."""
    name: str = Field(..., examples=["Llama 4 Scout"])
    """The display name of the model."""
    description: str = Field(
        ...,
        examples=["Meta's latest large language model optimized for reasoning and code generation"],
    )
    """A detailed description of the model's capabilities and use cases."""
    created: int = Field(..., examples=[1677652288])
    """The Unix timestamp (in seconds) when the model was created."""
    owned_by: str = Field(..., examples=["compilelabs"])
    """The organization that owns the model."""
    status: ModelStatus = Field(..., examples=["active"])
    """The current status of the model (active, inactive, pending, or deleted)."""
    visibility: Visibility = Field(..., examples=["public"])
    """Whether the model is publicly visible or private."""
    pricing: list[PricingModel] = Field(
        ...,
        examples=[
            [{"metric": "input_tokens", "rate": 0.005}, {"metric": "output_tokens", "rate": 0.015}]
        ],
    )
    """The pricing information for different usage metrics."""
    model_type: str | None = None
    """The type of the model."""


__all__ = [
    "ModelInfo",
]
