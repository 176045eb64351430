# Generated from spec/perceptron.yaml by clientgen 0.1.0. Do not edit.
"""Exceptions raised by the Perceptron client.

Every exception derives from `APIError`. A response with a non-2xx status raises
a subclass of `APIStatusError` named after the status; a failure to reach the
server raises `APIConnectionError` (or its subclass `APITimeoutError`).
Arguments that cannot be sent raise `APIRequestError`, and a body over the
client's `max_response_bytes` raises `ResponseTooLargeError`.
"""

from __future__ import annotations

from typing import Any

import httpx

from .models import ErrorResponse

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIRequestError",
    "APIResponseValidationError",
    "APIStatusError",
    "APIStreamError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "InternalServerError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "RequestTooLargeError",
    "ResponseTooLargeError",
    "StreamIncompleteError",
    "UnprocessableEntityError",
]


class APIError(Exception):
    """Base class of every error this client raises."""

    message: str
    request: httpx.Request | None

    def __init__(self, message: str, *, request: httpx.Request | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.request = request


class APIConnectionError(APIError):
    """The server could not be reached, or the connection broke before a full response."""

    def __init__(
        self, message: str = "Connection error.", *, request: httpx.Request | None = None
    ) -> None:
        super().__init__(message, request=request)


class APITimeoutError(APIConnectionError):
    """The request timed out (connect, read, write or pool)."""

    def __init__(self, *, request: httpx.Request | None = None) -> None:
        super().__init__("Request timed out.", request=request)


class APIRequestError(APIError, ValueError):
    """The call's arguments cannot be sent: a header value with a line break, a path value
    that would change the path, text UTF-8 cannot encode, a body JSON cannot hold."""


class ResponseTooLargeError(APIError):
    """The response body, once decompressed, is larger than the client's `max_response_bytes`."""


class APIResponseValidationError(APIError):
    """A 2xx response whose body is not valid JSON or does not match the documented model."""

    response: httpx.Response
    status_code: int
    body: str
    """The body, or the event's data for an event of a stream."""

    def __init__(self, message: str, *, response: httpx.Response, body: str | None = None) -> None:
        super().__init__(message, request=response.request)
        self.response = response
        self.status_code = response.status_code
        self.body = response.text if body is None else body


class APIStreamError(APIError):
    """The server sent an error event in the middle of a stream."""

    response: httpx.Response
    body: Any
    """The event's whole payload."""
    code: str | None
    type: str | None
    param: str | None

    def __init__(self, error: object, *, response: httpx.Response, body: Any) -> None:
        detail = error if isinstance(error, dict) else {}
        message = _text(detail.get("message")) or (error if isinstance(error, str) else None)
        super().__init__(message or "The stream reported an error.", request=response.request)
        self.response = response
        self.body = body
        self.code = _text(detail.get("code"))
        self.type = _text(detail.get("type"))
        self.param = _text(detail.get("param"))


class StreamIncompleteError(APIError):
    """The stream ended before its documented terminator: the answer may be cut short."""


class APIStatusError(APIError):
    """The server answered with a non-2xx status."""

    response: httpx.Response
    status_code: int
    body: Any
    """The decoded JSON body, or the raw text when the body is not JSON."""
    error: ErrorResponse | None
    """The body parsed as the documented error envelope, when it matches."""
    request_id: str | None
    code: str | None
    type: str | None
    param: str | None

    def __init__(
        self,
        message: str,
        *,
        response: httpx.Response,
        body: Any,
        request_id: str | None = None,
        code: str | None = None,
        type: str | None = None,
        param: str | None = None,
    ) -> None:
        super().__init__(message, request=response.request)
        self.response = response
        self.status_code = response.status_code
        self.body = body
        self.request_id = request_id
        self.code = code
        self.type = type
        self.param = param
        try:
            self.error = ErrorResponse.model_validate(body)
        except ValueError:
            self.error = None

    def __str__(self) -> str:
        text = f"Error code: {self.status_code} - {self.message}"
        return f"{text} (request id: {self.request_id})" if self.request_id else text


class BadRequestError(APIStatusError):
    """400: the request was malformed or had an invalid parameter."""


class AuthenticationError(APIStatusError):
    """401: the API key is missing or invalid."""


class PermissionDeniedError(APIStatusError):
    """403: the API key may not perform this request."""


class NotFoundError(APIStatusError):
    """404: the resource does not exist."""


class ConflictError(APIStatusError):
    """409: the request conflicts with the resource's current state."""


class UnprocessableEntityError(APIStatusError):
    """422: the request was well-formed but could not be processed."""


class RateLimitError(APIStatusError):
    """429: too many requests, or the account's quota is used up."""


class InternalServerError(APIStatusError):
    """5xx: the server failed."""


class RequestTooLargeError(APIStatusError):
    """413: The request is too large: a body over 20 MB, an upload over the file size
    limit, or (with type `insufficient_quota`) the organization's storage quota
    is used up."""


_BY_STATUS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
    413: RequestTooLargeError,
}


def status_error_class(status_code: int) -> type[APIStatusError]:
    """The exception class for a non-2xx status."""
    if status_code >= 500:
        return InternalServerError
    return _BY_STATUS.get(status_code, APIStatusError)


def _text(value: object) -> str | None:
    return None if value is None else str(value)
