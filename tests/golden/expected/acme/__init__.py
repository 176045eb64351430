# Generated from golden/acme.yaml (API version 2026-11-01) by clientgen 0.1.0. Do not edit.
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
    APIStreamError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    InternalServerError,
    NotFoundError,
    PaymentRequiredError,
    PermissionDeniedError,
    RateLimitError,
    ResponseTooLargeError,
    ServiceUnavailableError,
    StreamIncompleteError,
    UnprocessableEntityError,
)
from ._runtime import (
    NOT_GIVEN,
    AsyncBinaryResponse,
    AsyncCursorPage,
    AsyncResponseContext,
    AsyncStreamedResponse,
    BinaryResponse,
    FileTypes,
    NotGiven,
    RawResponse,
    ResponseContext,
    StreamedResponse,
    SyncCursorPage,
)
from ._streaming import AsyncStream, ServerSentEvent, Stream

if TYPE_CHECKING:
    from .models import (
        Address,
        AddressParam,
        AnyThing,
        Big,
        ChatRequest,
        Chunk,
        ChunkDelta,
        ImagePart,
        ImagePartParam,
        Level,
        Message,
        NewThing,
        Owner,
        Part,
        PartParam,
        Priority,
        Problem,
        ResponseCreated,
        ResponseDelta,
        ResponseEvent,
        ResponseOther,
        Settings,
        Size,
        Small,
        Stop,
        StopParam,
        Tag,
        TextPart,
        TextPartParam,
        Thing,
        ThingPage,
        ToolChoice,
        ToolChoiceParam,
        UnknownPart,
        UnknownPartParam,
        Upload,
    )

__version__ = "2026-11-01"
"""The API version this package was generated for."""
__generator__ = "clientgen 0.1.0"
"""The generator that wrote this package."""
__spec_sha256__ = "e8ec5460309d5b5556761b6be1e6ee2688a7435069e7396539b22f02ead2ee21"
"""The sha256 of the spec file this package was generated from."""

_MODEL_NAMES = frozenset(
    {
        "Address",
        "AddressParam",
        "AnyThing",
        "Big",
        "ChatRequest",
        "Chunk",
        "ChunkDelta",
        "ImagePart",
        "ImagePartParam",
        "Level",
        "Message",
        "NewThing",
        "Owner",
        "Part",
        "PartParam",
        "Priority",
        "Problem",
        "ResponseCreated",
        "ResponseDelta",
        "ResponseEvent",
        "ResponseOther",
        "Settings",
        "Size",
        "Small",
        "Stop",
        "StopParam",
        "Tag",
        "TextPart",
        "TextPartParam",
        "Thing",
        "ThingPage",
        "ToolChoice",
        "ToolChoiceParam",
        "UnknownPart",
        "UnknownPartParam",
        "Upload",
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
    "APIStreamError",
    "APITimeoutError",
    "Acme",
    "Address",
    "AddressParam",
    "AnyThing",
    "AsyncAcme",
    "AsyncBinaryResponse",
    "AsyncCursorPage",
    "AsyncResponseContext",
    "AsyncStream",
    "AsyncStreamedResponse",
    "AuthenticationError",
    "BadRequestError",
    "Big",
    "BinaryResponse",
    "ChatRequest",
    "Chunk",
    "ChunkDelta",
    "ConflictError",
    "FileTypes",
    "ImagePart",
    "ImagePartParam",
    "InternalServerError",
    "Level",
    "Message",
    "NewThing",
    "NotFoundError",
    "NotGiven",
    "Owner",
    "Part",
    "PartParam",
    "PaymentRequiredError",
    "PermissionDeniedError",
    "Priority",
    "Problem",
    "RateLimitError",
    "RawResponse",
    "ResponseContext",
    "ResponseCreated",
    "ResponseDelta",
    "ResponseEvent",
    "ResponseOther",
    "ResponseTooLargeError",
    "ServerSentEvent",
    "ServiceUnavailableError",
    "Settings",
    "Size",
    "Small",
    "Stop",
    "StopParam",
    "Stream",
    "StreamIncompleteError",
    "StreamedResponse",
    "SyncCursorPage",
    "Tag",
    "TextPart",
    "TextPartParam",
    "Thing",
    "ThingPage",
    "ToolChoice",
    "ToolChoiceParam",
    "UnknownPart",
    "UnknownPartParam",
    "UnprocessableEntityError",
    "Upload",
]
