# Generated from golden/acme.yaml by clientgen 0.1.0. Do not edit.
"""Typed client for the Acme API.

from acme import Acme

with Acme() as client:  # reads ACME_API_KEY
    ...
"""

from typing import TYPE_CHECKING

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

if TYPE_CHECKING:
    from .models import (
        Address,
        AnyThing,
        Big,
        ImagePart,
        Level,
        Message,
        NewThing,
        Owner,
        Part,
        Priority,
        Settings,
        Size,
        Small,
        Stop,
        Tag,
        TextPart,
        Thing,
        ToolChoice,
        UnknownPart,
    )

__version__ = "0.1.0"
__spec_sha256__ = "5bfe730bf919b4dd3284a069e19d96adfc6cbfdc2912f6f3aa9788ba720b2184"
"""The sha256 of the spec file this package was generated from."""

_MODEL_NAMES = frozenset(
    {
        "Address",
        "AnyThing",
        "Big",
        "ImagePart",
        "Level",
        "Message",
        "NewThing",
        "Owner",
        "Part",
        "Priority",
        "Settings",
        "Size",
        "Small",
        "Stop",
        "Tag",
        "TextPart",
        "Thing",
        "ToolChoice",
        "UnknownPart",
    }
)


def __getattr__(name: str) -> object:
    """Models are imported on first use: `from acme import Model` loads one module."""
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
    "Acme",
    "Address",
    "AnyThing",
    "AsyncAcme",
    "AuthenticationError",
    "BadRequestError",
    "Big",
    "ConflictError",
    "ImagePart",
    "InternalServerError",
    "Level",
    "Message",
    "NewThing",
    "NotFoundError",
    "NotGiven",
    "Owner",
    "Part",
    "PermissionDeniedError",
    "Priority",
    "RateLimitError",
    "RawResponse",
    "ResponseTooLargeError",
    "Settings",
    "Size",
    "Small",
    "Stop",
    "Tag",
    "TextPart",
    "Thing",
    "ToolChoice",
    "UnknownPart",
    "UnprocessableEntityError",
]
