# Generated from golden/acme.yaml (sha256 202f547bbbf7) by clientgen 0.1.0. Do not edit.
"""Typed client for the Acme API.

from acme import Acme

with Acme() as client:  # reads ACME_API_KEY
    ...
"""

from ._client import Acme, AsyncAcme
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
    Address,
    AnyThing,
    Big,
    NewThing,
    Owner,
    Size,
    Small,
    Tag,
    Thing,
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
    "Acme",
    "Address",
    "AnyThing",
    "AsyncAcme",
    "AuthenticationError",
    "BadRequestError",
    "Big",
    "ConflictError",
    "InternalServerError",
    "NewThing",
    "NotFoundError",
    "NotGiven",
    "Owner",
    "PermissionDeniedError",
    "RateLimitError",
    "RawResponse",
    "ResponseTooLargeError",
    "Size",
    "Small",
    "Tag",
    "Thing",
    "UnprocessableEntityError",
]
