# Generated from spec/perceptron.yaml (sha256 a68a62c81037) by clientgen 0.1.0. Do not edit.
"""Models of the Perceptron API.

Every model keeps the fields it does not know (in `model_extra`), accepts
its fields by Python or by wire name, and builds its validator on first use, so
importing the package stays fast. Open enums keep unknown values as members.
"""

from __future__ import annotations

import typing
from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field


class ModelOwner(StrEnum):
    """The organization that owns the model.

    Unknown values are kept as extra members rather than rejected.
    """

    PERCEPTRON = "perceptron"
    ALIBABA = "alibaba"

    @classmethod
    def _missing_(cls, value: object) -> ModelOwner | None:
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member


class Model(BaseModel):
    """A model, as returned when `extended` is false (the default). Compatible with
    OpenAI's model object.

    Docs: https://docs.perceptron.inc/api-reference/endpoint/retrieve-model
    """

    model_config = ConfigDict(
        extra="allow", populate_by_name=True, protected_namespaces=(), defer_build=True
    )
    created: int = Field(..., examples=[123])
    """Unix timestamp when the model was created."""
    id: str = Field(..., examples=["perc-x1"])
    """The model identifier."""
    object: str = Field(..., examples=["model"])
    """Object type, always "model"."""
    owned_by: ModelOwner = Field(..., examples=["perceptron"])
    """The organization that owns the model."""


class ModelReasoning(BaseModel):
    """Whether and how the model reasons before it answers."""

    model_config = ConfigDict(
        extra="allow", populate_by_name=True, protected_namespaces=(), defer_build=True
    )
    supported: bool | None = None
    """The model can reason."""
    always_enabled: bool | None = None
    """Reasoning is always on and cannot be turned off."""


class ModelExtended(Model):
    """A model with extended metadata (capabilities, supported input/output
    modalities, and token limits), as returned when `extended` is true. The docs
    page lists only these themes; the fields follow Perceptron's official SDK,
    so every one is optional.

    Docs: https://docs.perceptron.inc/api-reference/endpoint/retrieve-model
    """

    name: str | None = Field(None, examples=["Perceptron Mk1.5"])
    """The display name of the model."""
    description: str | None = None
    """A description of the model."""
    capabilities: list[str] | None = Field(
        None, examples=[["response_format_json_schema", "regex", "tool_calling"]]
    )
    """Features the model supports. An open list."""
    modalities: list[str] | None = Field(None, examples=[["image", "video", "audio"]])
    """Input modalities the model accepts."""
    output_formats: list[str] | None = Field(
        None, examples=[["text", "point", "box", "polygon", "clip"]]
    )
    """Output formats the model can produce."""
    sampling_parameters: list[str] | None = Field(
        None, examples=[["temperature", "top_p", "top_k", "frequency_penalty", "presence_penalty"]]
    )
    """Sampling parameters the model honours."""
    reasoning: ModelReasoning | None = None
    """Reasoning support; null or absent when unknown."""
    max_context_tokens: int | None = Field(None, examples=[36864])
    """The maximum number of tokens in the context window."""
    max_output_tokens: int | None = Field(None, examples=[8192])
    """The maximum number of tokens the model can generate."""
    credits_per_million_input_tokens: int | None = Field(None, examples=[150000])
    """Credits charged per million input tokens (credits / 1e6 = USD)."""
    credits_per_million_output_tokens: int | None = Field(None, examples=[1500000])
    """Credits charged per million output tokens (credits / 1e6 = USD)."""
    credits_per_million_cache_read_tokens: int | None = Field(None, examples=[37500])
    """Credits charged per million cached input tokens (credits / 1e6 = USD)."""
    early_access: bool | None = Field(None, examples=[False])
    """The model is available in early access only."""


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


class ErrorDetail(BaseModel):
    """What went wrong."""

    model_config = ConfigDict(
        extra="allow", populate_by_name=True, protected_namespaces=(), defer_build=True
    )
    message: str = Field(..., examples=["The model 'nonexistent-model' does not exist"])
    """A human-readable explanation."""
    type: str | None = Field(None, examples=["invalid_request_error"])
    """The error category."""
    param: str | None = Field(None, examples=["model"])
    """The request parameter the error concerns."""
    code: str | None = Field(None, examples=["model_not_found"])
    """A machine-readable error code."""


class ErrorResponse(BaseModel):
    """The body of an error response."""

    model_config = ConfigDict(
        extra="allow", populate_by_name=True, protected_namespaces=(), defer_build=True
    )
    error: ErrorDetail


RetrieveModelResponse: typing.TypeAlias = Model | ModelExtended
"""Response union for GET /v1/models/{model_id} endpoint. Returns Model when
extended=false (default), or ModelExtended when extended=true.

The `extended` parameter picks the variant:
`false` returns `Model`;
`true` returns `ModelExtended`.
"""


ListModelsResponse: typing.TypeAlias = GetModelsResponse | GetModelsExtendedResponse
"""Response union for GET /v1/models. Returns GetModelsResponse when
extended=false (default), or GetModelsExtendedResponse when extended=true.

The `extended` parameter picks the variant:
`false` returns `GetModelsResponse`;
`true` returns `GetModelsExtendedResponse`.
"""


__all__ = [
    "ErrorDetail",
    "ErrorResponse",
    "GetModelsExtendedResponse",
    "GetModelsResponse",
    "ListModelsResponse",
    "Model",
    "ModelExtended",
    "ModelOwner",
    "ModelReasoning",
    "RetrieveModelResponse",
]
