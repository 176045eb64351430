# Generated from spec/perceptron.yaml by clientgen 0.1.0. Do not edit.
"""Typed client for the Perceptron API.

from perceptron import Perceptron

with Perceptron() as client:  # reads PERCEPTRON_API_KEY
    ...
"""

from typing import TYPE_CHECKING

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
"""The API version this package was generated for (the spec names none: the generator's)."""
__generator__ = "clientgen 0.1.0"
"""The generator that wrote this package."""
__spec_sha256__ = "a68a62c81037f3508223969aeae05587713476b3487c997a163a1d60646827f0"
"""The sha256 of the spec file this package was generated from."""

_MODEL_NAMES = frozenset(
    {
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
    }
)


def __getattr__(name: str) -> object:
    """Models are imported on first use: `from perceptron import Model` loads one module."""
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
    "AsyncPerceptron",
    "AsyncResponseContext",
    "AsyncStreamedResponse",
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
    "ResponseContext",
    "ResponseTooLargeError",
    "RetrieveModelResponse",
    "StreamedResponse",
    "UnprocessableEntityError",
]
