# Generated from spec/compilelabs.yaml (sha256 cf3f633fbac9) by clientgen 0.1.0. Do not edit.
"""Typed client for the CompileLabs API.

from compilelabs import CompileLabs

with CompileLabs() as client:  # reads COMPILELABS_API_KEY
    ...
"""

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
from ._runtime import NOT_GIVEN, NotGiven, RawResponse
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

__all__ = [
    "NOT_GIVEN",
    "APIConnectionError",
    "APIError",
    "APIRequestError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncCompileLabs",
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
    "ResponseTooLargeError",
    "TextGenerationModel",
    "UnprocessableEntityError",
    "Visibility",
]
