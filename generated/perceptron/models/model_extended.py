# Generated from spec/perceptron.yaml by clientgen 0.1.0. Do not edit.
"""`ModelExtended` of the Perceptron API."""

from __future__ import annotations

from pydantic import Field

from ._base import BaseModel
from .model_owner import ModelOwner
from .model_reasoning import ModelReasoning


class ModelExtended(BaseModel):
    """A model with extended metadata (capabilities, supported input/output
    modalities, and token limits), as returned when `extended` is true. The docs
    page lists only these themes and its schema is cut off; the fields follow
    Perceptron's official SDKs, which disagree on which are required (the Rust
    SDK's entries carry no `object`, `created` or `owned_by`), so every field
    but `id` is optional.

    Docs: https://docs.perceptron.inc/api-reference/endpoint/retrieve-model
    """

    id: str = Field(..., examples=["perceptron-mk1.5"])
    """The model identifier."""
    object: str | None = Field(default=None, examples=["model"])
    """Object type, always "model"."""
    created: int | None = None
    """Unix timestamp when the model was created."""
    owned_by: ModelOwner | None = Field(default=None, examples=["perceptron"])
    """The organization that owns the model."""
    name: str | None = Field(default=None, examples=["Perceptron Mk1.5"])
    """The display name of the model."""
    description: str | None = None
    """A description of the model."""
    capabilities: list[str] | None = Field(
        default=None, examples=[["response_format_json_schema", "regex", "tool_calling"]]
    )
    """Features the model supports. An open list."""
    modalities: list[str] | None = Field(default=None, examples=[["image", "video", "audio"]])
    """Input modalities the model accepts."""
    output_formats: list[str] | None = Field(
        default=None, examples=[["text", "point", "box", "polygon", "clip"]]
    )
    """Output formats the model can produce."""
    sampling_parameters: list[str] | None = Field(
        default=None,
        examples=[["temperature", "top_p", "top_k", "frequency_penalty", "presence_penalty"]],
    )
    """Sampling parameters the model honours."""
    reasoning: ModelReasoning | None = None
    """Reasoning support; null or absent when unknown."""
    max_context_tokens: int | None = Field(default=None, examples=[36864])
    """The maximum number of tokens in the context window."""
    max_output_tokens: int | None = Field(default=None, examples=[8192])
    """The maximum number of tokens the model can generate."""
    credits_per_million_input_tokens: int | None = Field(default=None, examples=[150000])
    """Credits charged per million input tokens (credits / 1e6 = USD)."""
    credits_per_million_output_tokens: int | None = Field(default=None, examples=[1500000])
    """Credits charged per million output tokens (credits / 1e6 = USD)."""
    credits_per_million_cache_read_tokens: int | None = Field(default=None, examples=[37500])
    """Credits charged per million cached input tokens (credits / 1e6 = USD)."""
    early_access: bool | None = Field(default=None, examples=[False])
    """The model is available in early access only."""


__all__ = [
    "ModelExtended",
]
