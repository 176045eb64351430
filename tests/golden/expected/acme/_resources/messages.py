# Generated from golden/acme.yaml (API version 2026-11-01) by clientgen 0.1.0. Do not edit.
"""`client.messages`: the Acme API's `messages` endpoints, sync and async.

Imported when `client.messages` is first used.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

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

if TYPE_CHECKING:
    from ..models import Message, PartParam, Priority, StopParam, Thing, ToolChoice, ToolChoiceParam

__all__ = [
    "AsyncMessagesResource",
    "AsyncMessagesResourceWithRawResponse",
    "AsyncMessagesResourceWithStreamingResponse",
    "MessagesResource",
    "MessagesResourceWithRawResponse",
    "MessagesResourceWithStreamingResponse",
]

# POST /v1/messages
_MESSAGES_SEND = _runtime.Endpoint(
    "POST",
    "/v1/messages",
)
_MESSAGES_SEND_RESPONSE: ResponseType[Message | Thing] = ResponseType(
    lambda: _models.Message | _models.Thing, "Message | Thing"
)


def _messages_send(
    content: str | list[PartParam],
    mode: Literal["fast", "slow"] | int | None,
    priority: Literal[1, 2, 3] | Priority | NotGiven,
    level: Literal[0, 10, -1] | int | NotGiven,
    tool_choice: Literal["auto", "none"] | ToolChoiceParam | ToolChoice | NotGiven,
    stop: StopParam | NotGiven,
    parts_by_name: dict[str, PartParam] | NotGiven,
    scores: list[int | float] | NotGiven,
    _options: _runtime.RequestOptions,
) -> _runtime.Call[Message | Thing]:
    return _runtime.Call(
        _MESSAGES_SEND,
        _MESSAGES_SEND_RESPONSE,
        _options,
        query={
            "mode": mode,
        },
        body={
            "content": content,
            "priority": priority,
            "level": level,
            "tool_choice": tool_choice,
            "stop": stop,
            "parts_by_name": parts_by_name,
            "scores": scores,
        },
    )


class MessagesResource:
    """`messages` endpoints."""

    def __init__(self, client: _runtime.SyncAPIClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> MessagesResourceWithRawResponse:
        """The same methods, returning `RawResponse` with the status, headers and timing."""
        return MessagesResourceWithRawResponse(self._client)

    @property
    def with_streaming_response(self) -> MessagesResourceWithStreamingResponse:
        """The same methods, sending the call on entering a `with` block and reading the body only when asked."""
        return MessagesResourceWithStreamingResponse(self._client)

    def send(
        self,
        *,
        content: str | list[PartParam],
        mode: Literal["fast", "slow"] | int | None = None,
        priority: Literal[1, 2, 3] | Priority | NotGiven = NOT_GIVEN,
        level: Literal[0, 10, -1] | int | NotGiven = NOT_GIVEN,
        tool_choice: Literal["auto", "none"] | ToolChoiceParam | ToolChoice | NotGiven = NOT_GIVEN,
        stop: StopParam | NotGiven = NOT_GIVEN,
        parts_by_name: dict[str, PartParam] | NotGiven = NOT_GIVEN,
        scores: list[int | float] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        idempotency_key: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> Message | Thing:
        """Send a message

        Args:
            content:
                Example: `"hello"`.
            mode:
            priority:
                Default: `2`.
            level:
            tool_choice:
                Default: `"auto"`.
            stop:
            parts_by_name:
            scores:

        Returns:
            `Message | Thing`
        """

        call = _messages_send(
            content,
            mode,
            priority,
            level,
            tool_choice,
            stop,
            parts_by_name,
            scores,
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


class MessagesResourceWithRawResponse:
    """`messages` endpoints returning `RawResponse`."""

    def __init__(self, client: _runtime.SyncAPIClient) -> None:
        self._client = client

    def send(
        self,
        *,
        content: str | list[PartParam],
        mode: Literal["fast", "slow"] | int | None = None,
        priority: Literal[1, 2, 3] | Priority | NotGiven = NOT_GIVEN,
        level: Literal[0, 10, -1] | int | NotGiven = NOT_GIVEN,
        tool_choice: Literal["auto", "none"] | ToolChoiceParam | ToolChoice | NotGiven = NOT_GIVEN,
        stop: StopParam | NotGiven = NOT_GIVEN,
        parts_by_name: dict[str, PartParam] | NotGiven = NOT_GIVEN,
        scores: list[int | float] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        idempotency_key: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> RawResponse[Message | Thing]:
        """Send a message

        The arguments are those of `MessagesResource.send`.

        Returns:
            `RawResponse[Message | Thing]`: the parsed body with the HTTP status, headers and timing.
        """

        call = _messages_send(
            content,
            mode,
            priority,
            level,
            tool_choice,
            stop,
            parts_by_name,
            scores,
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


class MessagesResourceWithStreamingResponse:
    """`messages` endpoints returning the response unread, in a `with` block."""

    def __init__(self, client: _runtime.SyncAPIClient) -> None:
        self._client = client

    def send(
        self,
        *,
        content: str | list[PartParam],
        mode: Literal["fast", "slow"] | int | None = None,
        priority: Literal[1, 2, 3] | Priority | NotGiven = NOT_GIVEN,
        level: Literal[0, 10, -1] | int | NotGiven = NOT_GIVEN,
        tool_choice: Literal["auto", "none"] | ToolChoiceParam | ToolChoice | NotGiven = NOT_GIVEN,
        stop: StopParam | NotGiven = NOT_GIVEN,
        parts_by_name: dict[str, PartParam] | NotGiven = NOT_GIVEN,
        scores: list[int | float] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        idempotency_key: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> ResponseContext[Message | Thing]:
        """Send a message

        The arguments are those of `MessagesResource.send`.

        Returns:
            `ResponseContext[Message | Thing]`: the call is sent on entering its `with`
            block, and the body is read only when asked for; `parse()` gives the `Message | Thing`.
        """

        call = _messages_send(
            content,
            mode,
            priority,
            level,
            tool_choice,
            stop,
            parts_by_name,
            scores,
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


class AsyncMessagesResource:
    """`messages` endpoints (asyncio)."""

    def __init__(self, client: _runtime.AsyncAPIClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AsyncMessagesResourceWithRawResponse:
        """The same methods, returning `RawResponse` with the status, headers and timing."""
        return AsyncMessagesResourceWithRawResponse(self._client)

    @property
    def with_streaming_response(self) -> AsyncMessagesResourceWithStreamingResponse:
        """The same methods, sending the call on entering a `async with` block and reading the body only when asked."""
        return AsyncMessagesResourceWithStreamingResponse(self._client)

    async def send(
        self,
        *,
        content: str | list[PartParam],
        mode: Literal["fast", "slow"] | int | None = None,
        priority: Literal[1, 2, 3] | Priority | NotGiven = NOT_GIVEN,
        level: Literal[0, 10, -1] | int | NotGiven = NOT_GIVEN,
        tool_choice: Literal["auto", "none"] | ToolChoiceParam | ToolChoice | NotGiven = NOT_GIVEN,
        stop: StopParam | NotGiven = NOT_GIVEN,
        parts_by_name: dict[str, PartParam] | NotGiven = NOT_GIVEN,
        scores: list[int | float] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        idempotency_key: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> Message | Thing:
        """Send a message

        Args:
            content:
                Example: `"hello"`.
            mode:
            priority:
                Default: `2`.
            level:
            tool_choice:
                Default: `"auto"`.
            stop:
            parts_by_name:
            scores:

        Returns:
            `Message | Thing`
        """

        call = _messages_send(
            content,
            mode,
            priority,
            level,
            tool_choice,
            stop,
            parts_by_name,
            scores,
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


class AsyncMessagesResourceWithRawResponse:
    """`messages` endpoints returning `RawResponse` (asyncio)."""

    def __init__(self, client: _runtime.AsyncAPIClient) -> None:
        self._client = client

    async def send(
        self,
        *,
        content: str | list[PartParam],
        mode: Literal["fast", "slow"] | int | None = None,
        priority: Literal[1, 2, 3] | Priority | NotGiven = NOT_GIVEN,
        level: Literal[0, 10, -1] | int | NotGiven = NOT_GIVEN,
        tool_choice: Literal["auto", "none"] | ToolChoiceParam | ToolChoice | NotGiven = NOT_GIVEN,
        stop: StopParam | NotGiven = NOT_GIVEN,
        parts_by_name: dict[str, PartParam] | NotGiven = NOT_GIVEN,
        scores: list[int | float] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        idempotency_key: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> RawResponse[Message | Thing]:
        """Send a message

        The arguments are those of `AsyncMessagesResource.send`.

        Returns:
            `RawResponse[Message | Thing]`: the parsed body with the HTTP status, headers and timing.
        """

        call = _messages_send(
            content,
            mode,
            priority,
            level,
            tool_choice,
            stop,
            parts_by_name,
            scores,
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


class AsyncMessagesResourceWithStreamingResponse:
    """`messages` endpoints returning the response unread, in an `async with` block."""

    def __init__(self, client: _runtime.AsyncAPIClient) -> None:
        self._client = client

    def send(
        self,
        *,
        content: str | list[PartParam],
        mode: Literal["fast", "slow"] | int | None = None,
        priority: Literal[1, 2, 3] | Priority | NotGiven = NOT_GIVEN,
        level: Literal[0, 10, -1] | int | NotGiven = NOT_GIVEN,
        tool_choice: Literal["auto", "none"] | ToolChoiceParam | ToolChoice | NotGiven = NOT_GIVEN,
        stop: StopParam | NotGiven = NOT_GIVEN,
        parts_by_name: dict[str, PartParam] | NotGiven = NOT_GIVEN,
        scores: list[int | float] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        idempotency_key: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> AsyncResponseContext[Message | Thing]:
        """Send a message

        The arguments are those of `AsyncMessagesResource.send`.

        Returns:
            `AsyncResponseContext[Message | Thing]`: the call is sent on entering its `async with`
            block, and the body is read only when asked for; `parse()` gives the `Message | Thing`.
        """

        call = _messages_send(
            content,
            mode,
            priority,
            level,
            tool_choice,
            stop,
            parts_by_name,
            scores,
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
