# Generated from golden/acme.yaml (API version 2026-11-01) by clientgen 0.1.0. Do not edit.
"""`client.responses`: the Acme API's `responses` endpoints, sync and async.

Imported when `client.responses` is first used.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, overload

from .. import _runtime
from .. import models as _models
from .._runtime import (
    NOT_GIVEN,
    AsyncResponseContext,
    Body,
    Headers,
    NotGiven,
    Query,
    RawResponse,
    ResponseContext,
    ResponseType,
    Timeout,
)
from .._streaming import AsyncStream, Stream, StreamSpec

if TYPE_CHECKING:
    from ..models import ResponseCreated, ResponseEvent

__all__ = [
    "AsyncResponsesResource",
    "AsyncResponsesResourceWithRawResponse",
    "AsyncResponsesResourceWithStreamingResponse",
    "ResponsesResource",
    "ResponsesResourceWithRawResponse",
    "ResponsesResourceWithStreamingResponse",
]

# POST /v1/responses
_RESPONSES_CREATE = _runtime.Endpoint(
    "POST",
    "/v1/responses",
)
_RESPONSES_CREATE_RESPONSE: ResponseType[ResponseCreated] = ResponseType(
    lambda: _models.ResponseCreated, "ResponseCreated"
)
_RESPONSES_CREATE_EVENT: ResponseType[ResponseEvent] = ResponseType(
    lambda: _models.ResponseEvent, "ResponseEvent"
)
_RESPONSES_CREATE_STREAM: StreamSpec[ResponseEvent] = StreamSpec(
    _RESPONSES_CREATE_EVENT.validate,
    "ResponseEvent",
    by_event={
        "response.created": ResponseType(
            lambda: _models.ResponseCreated, "ResponseCreated"
        ).validate,
        "response.output_text.delta": ResponseType(
            lambda: _models.ResponseDelta, "ResponseDelta"
        ).validate,
    },
    fallback=ResponseType(lambda: _models.ResponseOther, "ResponseOther").validate,
)


def _responses_create(
    stream: bool | None,
    _options: _runtime.RequestOptions,
) -> _runtime.Call[ResponseCreated]:
    return _runtime.Call(
        _RESPONSES_CREATE,
        _RESPONSES_CREATE_RESPONSE,
        _options,
        query={
            "stream": stream,
        },
    )


class ResponsesResource:
    """`responses` endpoints."""

    def __init__(self, client: _runtime.SyncAPIClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> ResponsesResourceWithRawResponse:
        """The same methods, returning `RawResponse` with the status, headers and timing."""
        return ResponsesResourceWithRawResponse(self._client)

    @property
    def with_streaming_response(self) -> ResponsesResourceWithStreamingResponse:
        """The same methods, sending the call on entering a `with` block and reading the body only when asked."""
        return ResponsesResourceWithStreamingResponse(self._client)

    @overload
    def create(
        self,
        *,
        stream: Literal[False] | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        idempotency_key: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> ResponseCreated:
        """responses.create

        Args:
            stream:

        Returns:
            `ResponseCreated`

        With `stream=True`, the events as they arrive (`ResponseEvent` each):
        iterate over the stream, or use it as a context manager.
        """

    @overload
    def create(
        self,
        *,
        stream: Literal[True],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        idempotency_key: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> Stream[ResponseEvent]:
        """responses.create

        Args:
            stream:

        Returns:
            `Stream[ResponseEvent]`

        With `stream=True`, the events as they arrive (`ResponseEvent` each):
        iterate over the stream, or use it as a context manager.
        """

    @overload
    def create(
        self,
        *,
        stream: bool,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        idempotency_key: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> ResponseCreated | Stream[ResponseEvent]:
        """responses.create

        Args:
            stream:

        Returns:
            `ResponseCreated | Stream[ResponseEvent]`

        With `stream=True`, the events as they arrive (`ResponseEvent` each):
        iterate over the stream, or use it as a context manager.
        """

    def create(
        self,
        *,
        stream: bool | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        idempotency_key: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> ResponseCreated | Stream[ResponseEvent]:
        """responses.create

        Args:
            stream:

        Returns:
            `ResponseCreated | Stream[ResponseEvent]`

        With `stream=True`, the events as they arrive (`ResponseEvent` each):
        iterate over the stream, or use it as a context manager.
        """

        call = _responses_create(
            stream,
            _runtime.options(
                extra_headers,
                extra_query,
                timeout,
                max_retries,
                extra_body=extra_body,
                idempotency_key=idempotency_key,
            ),
        )
        if stream is True:
            return self._client.request(
                call, self._client.streamer(_RESPONSES_CREATE_STREAM)
            ).parsed
        return self._client.request(call, self._client.parser(call)).parsed


class ResponsesResourceWithRawResponse:
    """`responses` endpoints returning `RawResponse`."""

    def __init__(self, client: _runtime.SyncAPIClient) -> None:
        self._client = client

    @overload
    def create(
        self,
        *,
        stream: Literal[False] | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        idempotency_key: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> RawResponse[ResponseCreated]:
        """responses.create

        The arguments are those of `ResponsesResource.create`.

        Returns:
            `RawResponse[ResponseCreated]`: the parsed body with the HTTP status, headers and timing.
        """

    @overload
    def create(
        self,
        *,
        stream: Literal[True],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        idempotency_key: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> RawResponse[Stream[ResponseEvent]]:
        """responses.create

        The arguments are those of `ResponsesResource.create`.

        Returns:
            `RawResponse[Stream[ResponseEvent]]`: the parsed body with the HTTP status, headers and timing.
        """

    @overload
    def create(
        self,
        *,
        stream: bool,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        idempotency_key: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> RawResponse[ResponseCreated | Stream[ResponseEvent]]:
        """responses.create

        The arguments are those of `ResponsesResource.create`.

        Returns:
            `RawResponse[ResponseCreated | Stream[ResponseEvent]]`: the parsed body with the HTTP status, headers and timing.
        """

    def create(
        self,
        *,
        stream: bool | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        idempotency_key: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> RawResponse[ResponseCreated | Stream[ResponseEvent]]:
        """responses.create

        The arguments are those of `ResponsesResource.create`.

        Returns:
            `RawResponse[ResponseCreated | Stream[ResponseEvent]]`: the parsed body with the HTTP status, headers and timing.
        """

        call = _responses_create(
            stream,
            _runtime.options(
                extra_headers,
                extra_query,
                timeout,
                max_retries,
                extra_body=extra_body,
                idempotency_key=idempotency_key,
            ),
        )
        if stream is True:
            return self._client.request(call, self._client.streamer(_RESPONSES_CREATE_STREAM))
        return self._client.request(call, self._client.parser(call))


class ResponsesResourceWithStreamingResponse:
    """`responses` endpoints returning the response unread, in a `with` block."""

    def __init__(self, client: _runtime.SyncAPIClient) -> None:
        self._client = client

    @overload
    def create(
        self,
        *,
        stream: Literal[False] | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        idempotency_key: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> ResponseContext[ResponseCreated]:
        """responses.create

        The arguments are those of `ResponsesResource.create`.

        Returns:
            `ResponseContext[ResponseCreated]`: the call is sent on entering its `with`
            block, and the body is read only when asked for; `parse()` gives the `ResponseCreated`.
        """

    @overload
    def create(
        self,
        *,
        stream: Literal[True],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        idempotency_key: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> ResponseContext[Stream[ResponseEvent]]:
        """responses.create

        The arguments are those of `ResponsesResource.create`.

        Returns:
            `ResponseContext[Stream[ResponseEvent]]`: the call is sent on entering its `with`
            block, and the body is read only when asked for; `parse()` gives the `Stream[ResponseEvent]`.
        """

    @overload
    def create(
        self,
        *,
        stream: bool,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        idempotency_key: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> ResponseContext[ResponseCreated | Stream[ResponseEvent]]:
        """responses.create

        The arguments are those of `ResponsesResource.create`.

        Returns:
            `ResponseContext[ResponseCreated | Stream[ResponseEvent]]`: the call is sent on entering its `with`
            block, and the body is read only when asked for; `parse()` gives the `ResponseCreated | Stream[ResponseEvent]`.
        """

    def create(
        self,
        *,
        stream: bool | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        idempotency_key: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> ResponseContext[ResponseCreated | Stream[ResponseEvent]]:
        """responses.create

        The arguments are those of `ResponsesResource.create`.

        Returns:
            `ResponseContext[ResponseCreated | Stream[ResponseEvent]]`: the call is sent on entering its `with`
            block, and the body is read only when asked for; `parse()` gives the `ResponseCreated | Stream[ResponseEvent]`.
        """

        call = _responses_create(
            stream,
            _runtime.options(
                extra_headers,
                extra_query,
                timeout,
                max_retries,
                extra_body=extra_body,
                idempotency_key=idempotency_key,
            ),
        )
        if stream is True:
            return self._client.streaming(call, self._client.streamer(_RESPONSES_CREATE_STREAM))
        return self._client.streaming(call, self._client.parser(call))


class AsyncResponsesResource:
    """`responses` endpoints (asyncio)."""

    def __init__(self, client: _runtime.AsyncAPIClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AsyncResponsesResourceWithRawResponse:
        """The same methods, returning `RawResponse` with the status, headers and timing."""
        return AsyncResponsesResourceWithRawResponse(self._client)

    @property
    def with_streaming_response(self) -> AsyncResponsesResourceWithStreamingResponse:
        """The same methods, sending the call on entering a `async with` block and reading the body only when asked."""
        return AsyncResponsesResourceWithStreamingResponse(self._client)

    @overload
    async def create(
        self,
        *,
        stream: Literal[False] | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        idempotency_key: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> ResponseCreated:
        """responses.create

        Args:
            stream:

        Returns:
            `ResponseCreated`

        With `stream=True`, the events as they arrive (`ResponseEvent` each):
        iterate over the stream, or use it as a context manager.
        """

    @overload
    async def create(
        self,
        *,
        stream: Literal[True],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        idempotency_key: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> AsyncStream[ResponseEvent]:
        """responses.create

        Args:
            stream:

        Returns:
            `AsyncStream[ResponseEvent]`

        With `stream=True`, the events as they arrive (`ResponseEvent` each):
        iterate over the stream, or use it as a context manager.
        """

    @overload
    async def create(
        self,
        *,
        stream: bool,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        idempotency_key: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> ResponseCreated | AsyncStream[ResponseEvent]:
        """responses.create

        Args:
            stream:

        Returns:
            `ResponseCreated | AsyncStream[ResponseEvent]`

        With `stream=True`, the events as they arrive (`ResponseEvent` each):
        iterate over the stream, or use it as a context manager.
        """

    async def create(
        self,
        *,
        stream: bool | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        idempotency_key: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> ResponseCreated | AsyncStream[ResponseEvent]:
        """responses.create

        Args:
            stream:

        Returns:
            `ResponseCreated | AsyncStream[ResponseEvent]`

        With `stream=True`, the events as they arrive (`ResponseEvent` each):
        iterate over the stream, or use it as a context manager.
        """

        call = _responses_create(
            stream,
            _runtime.options(
                extra_headers,
                extra_query,
                timeout,
                max_retries,
                extra_body=extra_body,
                idempotency_key=idempotency_key,
            ),
        )
        if stream is True:
            return (
                await self._client.request(call, self._client.streamer(_RESPONSES_CREATE_STREAM))
            ).parsed
        return (await self._client.request(call, self._client.parser(call))).parsed


class AsyncResponsesResourceWithRawResponse:
    """`responses` endpoints returning `RawResponse` (asyncio)."""

    def __init__(self, client: _runtime.AsyncAPIClient) -> None:
        self._client = client

    @overload
    async def create(
        self,
        *,
        stream: Literal[False] | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        idempotency_key: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> RawResponse[ResponseCreated]:
        """responses.create

        The arguments are those of `AsyncResponsesResource.create`.

        Returns:
            `RawResponse[ResponseCreated]`: the parsed body with the HTTP status, headers and timing.
        """

    @overload
    async def create(
        self,
        *,
        stream: Literal[True],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        idempotency_key: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> RawResponse[AsyncStream[ResponseEvent]]:
        """responses.create

        The arguments are those of `AsyncResponsesResource.create`.

        Returns:
            `RawResponse[AsyncStream[ResponseEvent]]`: the parsed body with the HTTP status, headers and timing.
        """

    @overload
    async def create(
        self,
        *,
        stream: bool,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        idempotency_key: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> RawResponse[ResponseCreated | AsyncStream[ResponseEvent]]:
        """responses.create

        The arguments are those of `AsyncResponsesResource.create`.

        Returns:
            `RawResponse[ResponseCreated | AsyncStream[ResponseEvent]]`: the parsed body with the HTTP status, headers and timing.
        """

    async def create(
        self,
        *,
        stream: bool | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        idempotency_key: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> RawResponse[ResponseCreated | AsyncStream[ResponseEvent]]:
        """responses.create

        The arguments are those of `AsyncResponsesResource.create`.

        Returns:
            `RawResponse[ResponseCreated | AsyncStream[ResponseEvent]]`: the parsed body with the HTTP status, headers and timing.
        """

        call = _responses_create(
            stream,
            _runtime.options(
                extra_headers,
                extra_query,
                timeout,
                max_retries,
                extra_body=extra_body,
                idempotency_key=idempotency_key,
            ),
        )
        if stream is True:
            return await self._client.request(call, self._client.streamer(_RESPONSES_CREATE_STREAM))
        return await self._client.request(call, self._client.parser(call))


class AsyncResponsesResourceWithStreamingResponse:
    """`responses` endpoints returning the response unread, in an `async with` block."""

    def __init__(self, client: _runtime.AsyncAPIClient) -> None:
        self._client = client

    @overload
    def create(
        self,
        *,
        stream: Literal[False] | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        idempotency_key: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> AsyncResponseContext[ResponseCreated]:
        """responses.create

        The arguments are those of `AsyncResponsesResource.create`.

        Returns:
            `AsyncResponseContext[ResponseCreated]`: the call is sent on entering its `async with`
            block, and the body is read only when asked for; `parse()` gives the `ResponseCreated`.
        """

    @overload
    def create(
        self,
        *,
        stream: Literal[True],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        idempotency_key: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> AsyncResponseContext[AsyncStream[ResponseEvent]]:
        """responses.create

        The arguments are those of `AsyncResponsesResource.create`.

        Returns:
            `AsyncResponseContext[AsyncStream[ResponseEvent]]`: the call is sent on entering its `async with`
            block, and the body is read only when asked for; `parse()` gives the `AsyncStream[ResponseEvent]`.
        """

    @overload
    def create(
        self,
        *,
        stream: bool,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        idempotency_key: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> AsyncResponseContext[ResponseCreated | AsyncStream[ResponseEvent]]:
        """responses.create

        The arguments are those of `AsyncResponsesResource.create`.

        Returns:
            `AsyncResponseContext[ResponseCreated | AsyncStream[ResponseEvent]]`: the call is sent on entering its `async with`
            block, and the body is read only when asked for; `parse()` gives the `ResponseCreated | AsyncStream[ResponseEvent]`.
        """

    def create(
        self,
        *,
        stream: bool | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        idempotency_key: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> AsyncResponseContext[ResponseCreated | AsyncStream[ResponseEvent]]:
        """responses.create

        The arguments are those of `AsyncResponsesResource.create`.

        Returns:
            `AsyncResponseContext[ResponseCreated | AsyncStream[ResponseEvent]]`: the call is sent on entering its `async with`
            block, and the body is read only when asked for; `parse()` gives the `ResponseCreated | AsyncStream[ResponseEvent]`.
        """

        call = _responses_create(
            stream,
            _runtime.options(
                extra_headers,
                extra_query,
                timeout,
                max_retries,
                extra_body=extra_body,
                idempotency_key=idempotency_key,
            ),
        )
        if stream is True:
            return self._client.streaming(call, self._client.streamer(_RESPONSES_CREATE_STREAM))
        return self._client.streaming(call, self._client.parser(call))
