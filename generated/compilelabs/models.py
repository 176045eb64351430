# Generated from spec/compilelabs.yaml (sha256 cf3f633fbac9) by clientgen 0.1.0. Do not edit.
"""Models of the CompileLabs API.

Every model keeps the fields it does not know (in `model_extra`), accepts
its fields by Python or by wire name, and builds its validator on first use, so
importing the package stays fast. Open enums keep unknown values as members.
"""

from __future__ import annotations

import typing
from enum import StrEnum
from typing import Literal

import pydantic
from pydantic import BaseModel, ConfigDict, Field


class ModelType(StrEnum):
    """The type of the model."""

    TEXT_GENERATION = "text_generation"
    IMAGE_GENERATION = "image_generation"
    SPEECH_TO_TEXT = "speech_to_text"
    TEXT_TO_SPEECH = "text_to_speech"
    MODERATION = "moderation"


class Author(StrEnum):
    """Information about the author or creator of the model.

    Unknown values are kept as extra members rather than rejected.
    """

    OPENAI = "openai"
    GOOGLE = "google"
    ANTHROPIC = "anthropic"
    META = "meta"
    QWEN = "qwen"
    MOONSHOT = "moonshot"
    MISTRAL = "mistral"
    BLACK_FOREST_LABS = "black-forest-labs"
    X_AI = "x-ai"
    STABILITY_AI = "stability-ai"
    DEEPSEEK = "deepseek"
    Z_AI = "z-ai"

    @classmethod
    def _missing_(cls, value: object) -> Author | None:
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member


class ModelStatus(StrEnum):
    """The current status of the model (active, inactive, pending, or deleted).

    Unknown values are kept as extra members rather than rejected.
    """

    PENDING = "pending"
    ACTIVE = "active"
    INACTIVE = "inactive"
    DELETED = "deleted"

    @classmethod
    def _missing_(cls, value: object) -> ModelStatus | None:
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member


class Visibility(StrEnum):
    """Whether the model is publicly visible or private.

    Unknown values are kept as extra members rather than rejected.
    """

    PRIVATE = "private"
    PUBLIC = "public"

    @classmethod
    def _missing_(cls, value: object) -> Visibility | None:
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member


class Capability(StrEnum):
    """Features a model supports.

    Unknown values are kept as extra members rather than rejected.
    """

    STREAMING = "streaming"
    VISION = "vision"
    FUNCTION_CALLING = "function_calling"
    STRUCTURED_OUTPUT = "structured_output"
    REASONING = "reasoning"
    IMAGE_EDITING = "image_editing"

    @classmethod
    def _missing_(cls, value: object) -> Capability | None:
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member


class PricingModel(BaseModel):
    """The price of one usage metric."""

    model_config = ConfigDict(
        extra="allow", populate_by_name=True, protected_namespaces=(), defer_build=True
    )
    metric: str = Field(..., examples=["input_tokens", "output_tokens"])
    """The usage metric this rate applies to."""
    rate: float = Field(..., examples=[0.005, 0.015])
    """The rate charged per unit of the metric."""


class ModelInfo(BaseModel):
    """The fields every model response shares. A response whose `model_type` this
    client does not know parses as this model, with the rest of its fields kept
    as extra attributes.

    Docs: https://docs.compilelabs.com/api-reference/models/get-model
    """

    model_config = ConfigDict(
        extra="allow", populate_by_name=True, protected_namespaces=(), defer_build=True
    )
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


class TextGenerationModel(ModelInfo):
    """Text generation model response (`TextGenerationModelResponseModel` in the
    docs).

    Docs: https://docs.compilelabs.com/api-reference/models/get-model
    """

    context_length: int = Field(..., ge=1, examples=[128000])
    """The maximum number of tokens that can be processed in a single request
    (input + output).
    """
    model_type: Literal["text_generation"] = "text_generation"
    """The type of the model, always "text_generation"."""
    capabilities: list[Capability] | None = Field(
        None, examples=[["streaming"], ["structured_output"], ["function_calling"]]
    )
    """The capabilities supported by the model."""


class ImageGenerationModel(ModelInfo):
    """Image generation model response (`ImageGenerationModelResponseModel` in the
    docs). The docs list no fields beyond the shared ones; any others the API
    returns are kept as extra attributes.

    Docs: https://docs.compilelabs.com/api-reference/models/get-model
    """

    model_type: Literal["image_generation"]
    """The type of the model, always "image_generation"."""


class ErrorDetail(BaseModel):
    """What went wrong."""

    model_config = ConfigDict(
        extra="allow", populate_by_name=True, protected_namespaces=(), defer_build=True
    )
    message: str = Field(..., examples=["Invalid model: unknown/model"])
    """A human-readable explanation."""
    type: str | None = Field(
        None,
        examples=[
            "authentication_error",
            "rate_limit_error",
            "invalid_request_error",
            "payment_error",
        ],
    )
    """The error category."""
    code: str | None = Field(
        None,
        examples=[
            "invalid_api_key",
            "missing_api_key",
            "rate_limit_exceeded",
            "invalid_model",
            "invalid_parameter",
        ],
    )
    """A machine-readable error code."""
    status: int | None = Field(None, examples=[400])
    """The HTTP status code."""


class ErrorResponse(BaseModel):
    """The body of an error response.

    Docs: https://docs.compilelabs.com/errors
    """

    model_config = ConfigDict(
        extra="allow", populate_by_name=True, protected_namespaces=(), defer_build=True
    )
    error: ErrorDetail


_GET_MODEL_RESPONSE_TAGS: dict[object, str] = {
    "text_generation": "TextGenerationModel",
    "image_generation": "ImageGenerationModel",
}


def _get_model_response_tag(value: typing.Any) -> str | None:
    tag = (
        value.get("model_type", "text_generation")
        if isinstance(value, dict)
        else getattr(value, "model_type", None)
    )
    if not isinstance(tag, str | int):
        return "ModelInfo"
    return _GET_MODEL_RESPONSE_TAGS.get(tag, "ModelInfo")


GetModelResponse: typing.TypeAlias = typing.Annotated[
    typing.Annotated[TextGenerationModel, pydantic.Tag("TextGenerationModel")]
    | typing.Annotated[ImageGenerationModel, pydantic.Tag("ImageGenerationModel")]
    | typing.Annotated[ModelInfo, pydantic.Tag("ModelInfo")],
    pydantic.Discriminator(_get_model_response_tag),
]
"""Successful Response: a text generation or an image generation model.

The `type` parameter picks the variant:
`text_generation` returns `TextGenerationModel`;
`image_generation` returns `ImageGenerationModel`.

Told apart by the `model_type` field; an unknown value parses as `ModelInfo`.
"""


__all__ = [
    "Author",
    "Capability",
    "ErrorDetail",
    "ErrorResponse",
    "GetModelResponse",
    "ImageGenerationModel",
    "ModelInfo",
    "ModelStatus",
    "ModelType",
    "PricingModel",
    "TextGenerationModel",
    "Visibility",
]
