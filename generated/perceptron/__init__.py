# Generated from spec/perceptron.yaml (sha256 a68a62c81037) by clientgen 0.1.0. Do not edit.
"""Typed client for the Perceptron API.

from perceptron import Perceptron

with Perceptron() as client:  # reads PERCEPTRON_API_KEY
    ...
"""

from ._client import AsyncPerceptron, Perceptron
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
    ErrorDetail,
    ErrorResponse,
    GetModelsExtendedResponse,
    GetModelsResponse,
    ListModelsResponse,
    Model,
    ModelExtended,
    ModelOwner,
    ModelReasoning,
    RetrieveModelResponse,
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
    "AsyncPerceptron",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "ErrorDetail",
    "ErrorResponse",
    "GetModelsExtendedResponse",
    "GetModelsResponse",
    "InternalServerError",
    "ListModelsResponse",
    "Model",
    "ModelExtended",
    "ModelOwner",
    "ModelReasoning",
    "NotFoundError",
    "NotGiven",
    "Perceptron",
    "PermissionDeniedError",
    "RateLimitError",
    "RawResponse",
    "ResponseTooLargeError",
    "RetrieveModelResponse",
    "UnprocessableEntityError",
]
