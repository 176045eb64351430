# Generated from spec/compilelabs.yaml by clientgen 0.1.0. Do not edit.
"""Typed client for the CompileLabs API.

from compilelabs import CompileLabs

with CompileLabs() as client:  # reads COMPILELABS_API_KEY
    ...
"""

from typing import TYPE_CHECKING

from ._client import AsyncCompileLabs, CompileLabs
from ._errors import (
    APIConnectionError,
    APIError,
    APIRequestError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ResponseTooLargeError,
    UnprocessableEntityError,
)
from ._runtime import (
    NOT_GIVEN,
    AsyncResponseContext,
    AsyncStreamedResponse,
    NotGiven,
    RawResponse,
    ResponseContext,
    StreamedResponse,
)

if TYPE_CHECKING:
    from .models import (
        Author,
        Capability,
        ErrorDetail,
        ErrorResponse,
        GetModelResponse,
        ImageGenerationModel,
        ModelInfo,
        ModelStatus,
        ModelType,
        PricingModel,
        TextGenerationModel,
        Visibility,
    )

__version__ = "0.1.0"
"""The API version this package was generated for (the spec names none: the generator's)."""
__generator__ = "clientgen 0.1.0"
"""The generator that wrote this package."""
__spec_sha256__ = "cf3f633fbac91a40f0290662fb6bbc7e95ecefe03b564f825368726a20c466c0"
"""The sha256 of the spec file this package was generated from."""

_MODEL_NAMES = frozenset(
    {
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
    }
)


def __getattr__(name: str) -> object:
    """Models are imported on first use: `from compilelabs import Model` loads one module."""
    if name in _MODEL_NAMES:
        from . import models

        value = getattr(models, name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "NOT_GIVEN",
    "APIConnectionError",
    "APIError",
    "APIRequestError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncCompileLabs",
    "AsyncResponseContext",
    "AsyncStreamedResponse",
    "AuthenticationError",
    "Author",
    "BadRequestError",
    "Capability",
    "CompileLabs",
    "ConflictError",
    "ErrorDetail",
    "ErrorResponse",
    "GetModelResponse",
    "ImageGenerationModel",
    "InternalServerError",
    "ModelInfo",
    "ModelStatus",
    "ModelType",
    "NotFoundError",
    "NotGiven",
    "PermissionDeniedError",
    "PricingModel",
    "RateLimitError",
    "RawResponse",
    "ResponseContext",
    "ResponseTooLargeError",
    "StreamedResponse",
    "TextGenerationModel",
    "UnprocessableEntityError",
    "Visibility",
]
