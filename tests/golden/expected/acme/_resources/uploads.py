# Generated from golden/acme.yaml (API version 2026-11-01) by clientgen 0.1.0. Do not edit.
"""`client.uploads`: the Acme API's `uploads` endpoints, sync and async.

Imported when `client.uploads` is first used.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

from .. import _runtime
from .. import models as _models
from .._runtime import (
    NOT_GIVEN,
    AsyncResponseContext,
    Body,
    FileTypes,
    Headers,
    NotGiven,
    Query,
    RawResponse,
    ResponseContext,
    ResponseType,
    Timeout,
)

if TYPE_CHECKING:
    from ..models import Thing

__all__ = [
    "AsyncUploadsResource",
    "AsyncUploadsResourceWithRawResponse",
    "AsyncUploadsResourceWithStreamingResponse",
    "UploadsResource",
    "UploadsResourceWithRawResponse",
    "UploadsResourceWithStreamingResponse",
]

# POST /v1/uploads
_UPLOADS_CREATE = _runtime.Endpoint(
    "POST",
    "/v1/uploads",
)
_UPLOADS_CREATE_RESPONSE: ResponseType[Thing] = ResponseType(lambda: _models.Thing, "Thing")


def _uploads_create(
    file: FileTypes,
    purpose: Literal["vision", "user_data"],
    extras: list[FileTypes] | NotGiven,
    labels: list[str] | NotGiven,
    meta: dict[str, str] | NotGiven,
    _options: _runtime.RequestOptions,
) -> _runtime.Call[Thing]:
    return _runtime.Call(
        _UPLOADS_CREATE,
        _UPLOADS_CREATE_RESPONSE,
        _options,
        body={
            "purpose": purpose,
            "labels": labels,
            "meta": meta,
        },
        files={
            "file": file,
            "extras": extras,
        },
    )


class UploadsResource:
    """`uploads` endpoints."""

    def __init__(self, client: _runtime.SyncAPIClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> UploadsResourceWithRawResponse:
        """The same methods, returning `RawResponse` with the status, headers and timing."""
        return UploadsResourceWithRawResponse(self._client)

    @property
    def with_streaming_response(self) -> UploadsResourceWithStreamingResponse:
        """The same methods, sending the call on entering a `with` block and reading the body only when asked."""
        return UploadsResourceWithStreamingResponse(self._client)

    def create(
        self,
        *,
        file: FileTypes,
        purpose: Literal["vision", "user_data"],
        extras: list[FileTypes] | NotGiven = NOT_GIVEN,
        labels: list[str] | NotGiven = NOT_GIVEN,
        meta: dict[str, str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        idempotency_key: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> Thing:
        """Upload a file

        Args:
            file: The file's content.
            purpose:
            extras:
            labels:
            meta:

        Returns:
            `Thing`
        """

        call = _uploads_create(
            file,
            purpose,
            extras,
            labels,
            meta,
            _runtime.options(
                extra_headers,
                extra_query,
                timeout,
                max_retries,
                extra_body=extra_body,
                idempotency_key=idempotency_key,
            ),
        )
        return self._client.request(call, self._client.parser(call)).parsed


class UploadsResourceWithRawResponse:
    """`uploads` endpoints returning `RawResponse`."""

    def __init__(self, client: _runtime.SyncAPIClient) -> None:
        self._client = client

    def create(
        self,
        *,
        file: FileTypes,
        purpose: Literal["vision", "user_data"],
        extras: list[FileTypes] | NotGiven = NOT_GIVEN,
        labels: list[str] | NotGiven = NOT_GIVEN,
        meta: dict[str, str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        idempotency_key: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> RawResponse[Thing]:
        """Upload a file

        The arguments are those of `UploadsResource.create`.

        Returns:
            `RawResponse[Thing]`: the parsed body with the HTTP status, headers and timing.
        """

        call = _uploads_create(
            file,
            purpose,
            extras,
            labels,
            meta,
            _runtime.options(
                extra_headers,
                extra_query,
                timeout,
                max_retries,
                extra_body=extra_body,
                idempotency_key=idempotency_key,
            ),
        )
        return self._client.request(call, self._client.parser(call))


class UploadsResourceWithStreamingResponse:
    """`uploads` endpoints returning the response unread, in a `with` block."""

    def __init__(self, client: _runtime.SyncAPIClient) -> None:
        self._client = client

    def create(
        self,
        *,
        file: FileTypes,
        purpose: Literal["vision", "user_data"],
        extras: list[FileTypes] | NotGiven = NOT_GIVEN,
        labels: list[str] | NotGiven = NOT_GIVEN,
        meta: dict[str, str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        idempotency_key: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> ResponseContext[Thing]:
        """Upload a file

        The arguments are those of `UploadsResource.create`.

        Returns:
            `ResponseContext[Thing]`: the call is sent on entering its `with`
            block, and the body is read only when asked for; `parse()` gives the `Thing`.
        """

        call = _uploads_create(
            file,
            purpose,
            extras,
            labels,
            meta,
            _runtime.options(
                extra_headers,
                extra_query,
                timeout,
                max_retries,
                extra_body=extra_body,
                idempotency_key=idempotency_key,
            ),
        )
        return self._client.streaming(call, self._client.parser(call))


class AsyncUploadsResource:
    """`uploads` endpoints (asyncio)."""

    def __init__(self, client: _runtime.AsyncAPIClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AsyncUploadsResourceWithRawResponse:
        """The same methods, returning `RawResponse` with the status, headers and timing."""
        return AsyncUploadsResourceWithRawResponse(self._client)

    @property
    def with_streaming_response(self) -> AsyncUploadsResourceWithStreamingResponse:
        """The same methods, sending the call on entering a `async with` block and reading the body only when asked."""
        return AsyncUploadsResourceWithStreamingResponse(self._client)

    async def create(
        self,
        *,
        file: FileTypes,
        purpose: Literal["vision", "user_data"],
        extras: list[FileTypes] | NotGiven = NOT_GIVEN,
        labels: list[str] | NotGiven = NOT_GIVEN,
        meta: dict[str, str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        idempotency_key: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> Thing:
        """Upload a file

        Args:
            file: The file's content.
            purpose:
            extras:
            labels:
            meta:

        Returns:
            `Thing`
        """

        call = _uploads_create(
            file,
            purpose,
            extras,
            labels,
            meta,
            _runtime.options(
                extra_headers,
                extra_query,
                timeout,
                max_retries,
                extra_body=extra_body,
                idempotency_key=idempotency_key,
            ),
        )
        return (await self._client.request(call, self._client.parser(call))).parsed


class AsyncUploadsResourceWithRawResponse:
    """`uploads` endpoints returning `RawResponse` (asyncio)."""

    def __init__(self, client: _runtime.AsyncAPIClient) -> None:
        self._client = client

    async def create(
        self,
        *,
        file: FileTypes,
        purpose: Literal["vision", "user_data"],
        extras: list[FileTypes] | NotGiven = NOT_GIVEN,
        labels: list[str] | NotGiven = NOT_GIVEN,
        meta: dict[str, str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        idempotency_key: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> RawResponse[Thing]:
        """Upload a file

        The arguments are those of `AsyncUploadsResource.create`.

        Returns:
            `RawResponse[Thing]`: the parsed body with the HTTP status, headers and timing.
        """

        call = _uploads_create(
            file,
            purpose,
            extras,
            labels,
            meta,
            _runtime.options(
                extra_headers,
                extra_query,
                timeout,
                max_retries,
                extra_body=extra_body,
                idempotency_key=idempotency_key,
            ),
        )
        return await self._client.request(call, self._client.parser(call))


class AsyncUploadsResourceWithStreamingResponse:
    """`uploads` endpoints returning the response unread, in an `async with` block."""

    def __init__(self, client: _runtime.AsyncAPIClient) -> None:
        self._client = client

    def create(
        self,
        *,
        file: FileTypes,
        purpose: Literal["vision", "user_data"],
        extras: list[FileTypes] | NotGiven = NOT_GIVEN,
        labels: list[str] | NotGiven = NOT_GIVEN,
        meta: dict[str, str] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        idempotency_key: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> AsyncResponseContext[Thing]:
        """Upload a file

        The arguments are those of `AsyncUploadsResource.create`.

        Returns:
            `AsyncResponseContext[Thing]`: the call is sent on entering its `async with`
            block, and the body is read only when asked for; `parse()` gives the `Thing`.
        """

        call = _uploads_create(
            file,
            purpose,
            extras,
            labels,
            meta,
            _runtime.options(
                extra_headers,
                extra_query,
                timeout,
                max_retries,
                extra_body=extra_body,
                idempotency_key=idempotency_key,
            ),
        )
        return self._client.streaming(call, self._client.parser(call))
