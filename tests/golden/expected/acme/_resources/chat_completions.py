# Generated from golden/acme.yaml (API version 2026-11-01) by clientgen 0.1.0. Do not edit.
"""`client.chat.completions`: the Acme API's `chat.completions` endpoints, sync and async.

Imported when `client.chat.completions` is first used.
"""

from __future__ import annotations

from functools import cached_property as _cached_property
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
    from ..models import Chunk, Message, PartParam, Priority, StopParam, ToolChoice, ToolChoiceParam
    from .chat_completions_messages import (
        AsyncChatCompletionsMessagesResource,
        AsyncChatCompletionsMessagesResourceWithRawResponse,
        AsyncChatCompletionsMessagesResourceWithStreamingResponse,
        ChatCompletionsMessagesResource,
        ChatCompletionsMessagesResourceWithRawResponse,
        ChatCompletionsMessagesResourceWithStreamingResponse,
    )

__all__ = [
    "AsyncChatCompletionsResource",
    "AsyncChatCompletionsResourceWithRawResponse",
    "AsyncChatCompletionsResourceWithStreamingResponse",
    "ChatCompletionsResource",
    "ChatCompletionsResourceWithRawResponse",
    "ChatCompletionsResourceWithStreamingResponse",
]

# POST /v1/chat/completions
_CHAT_COMPLETIONS_CREATE = _runtime.Endpoint(
    "POST",
    "/v1/chat/completions",
)
_CHAT_COMPLETIONS_CREATE_RESPONSE: ResponseType[Message] = ResponseType(
    lambda: _models.Message, "Message"
)
_CHAT_COMPLETIONS_CREATE_EVENT: ResponseType[Chunk] = ResponseType(lambda: _models.Chunk, "Chunk")
_CHAT_COMPLETIONS_CREATE_STREAM: StreamSpec[Chunk] = StreamSpec(
    _CHAT_COMPLETIONS_CREATE_EVENT.validate,
    "Chunk",
    terminator="[DONE]",
    error_key="error",
)


def _chat_completions_create(
    content: str | list[PartParam],
    priority: Literal[1, 2, 3] | Priority | NotGiven,
    level: Literal[0, 10, -1] | int | NotGiven,
    tool_choice: Literal["auto", "none"] | ToolChoiceParam | ToolChoice | NotGiven,
    stop: StopParam | NotGiven,
    parts_by_name: dict[str, PartParam] | NotGiven,
    scores: list[int | float] | NotGiven,
    stream: bool | NotGiven,
    _options: _runtime.RequestOptions,
) -> _runtime.Call[Message]:
    return _runtime.Call(
        _CHAT_COMPLETIONS_CREATE,
        _CHAT_COMPLETIONS_CREATE_RESPONSE,
        _options,
        body={
            "content": content,
            "priority": priority,
            "level": level,
            "tool_choice": tool_choice,
            "stop": stop,
            "parts_by_name": parts_by_name,
            "scores": scores,
            "stream": stream,
        },
    )


class ChatCompletionsResource:
    """`chat.completions` endpoints."""

    def __init__(self, client: _runtime.SyncAPIClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> ChatCompletionsResourceWithRawResponse:
        """The same methods, returning `RawResponse` with the status, headers and timing."""
        return ChatCompletionsResourceWithRawResponse(self._client)

    @property
    def with_streaming_response(self) -> ChatCompletionsResourceWithStreamingResponse:
        """The same methods, sending the call on entering a `with` block and reading the body only when asked."""
        return ChatCompletionsResourceWithStreamingResponse(self._client)

    @_cached_property
    def messages(self) -> ChatCompletionsMessagesResource:
        """`chat.completions.messages` endpoints."""
        from .chat_completions_messages import ChatCompletionsMessagesResource

        return ChatCompletionsMessagesResource(self._client)

    @overload
    def create(
        self,
        *,
        content: str | list[PartParam],
        priority: Literal[1, 2, 3] | Priority | NotGiven = NOT_GIVEN,
        level: Literal[0, 10, -1] | int | NotGiven = NOT_GIVEN,
        tool_choice: Literal["auto", "none"] | ToolChoiceParam | ToolChoice | NotGiven = NOT_GIVEN,
        stop: StopParam | NotGiven = NOT_GIVEN,
        parts_by_name: dict[str, PartParam] | NotGiven = NOT_GIVEN,
        scores: list[int | float] | NotGiven = NOT_GIVEN,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        idempotency_key: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> Message:
        """Complete a chat

        Args:
            content:
                Example: `"hello"`.
            priority:
                Default: `2`.
            level:
            tool_choice:
                Default: `"auto"`.
            stop:
            parts_by_name:
            scores:
            stream: Stream the answer as events.

        Returns:
            `Message`

        With `stream=True`, the events as they arrive (`Chunk` each):
        iterate over the stream, or use it as a context manager.
        """

    @overload
    def create(
        self,
        *,
        content: str | list[PartParam],
        priority: Literal[1, 2, 3] | Priority | NotGiven = NOT_GIVEN,
        level: Literal[0, 10, -1] | int | NotGiven = NOT_GIVEN,
        tool_choice: Literal["auto", "none"] | ToolChoiceParam | ToolChoice | NotGiven = NOT_GIVEN,
        stop: StopParam | NotGiven = NOT_GIVEN,
        parts_by_name: dict[str, PartParam] | NotGiven = NOT_GIVEN,
        scores: list[int | float] | NotGiven = NOT_GIVEN,
        stream: Literal[True],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        idempotency_key: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> Stream[Chunk]:
        """Complete a chat

        Args:
            content:
                Example: `"hello"`.
            priority:
                Default: `2`.
            level:
            tool_choice:
                Default: `"auto"`.
            stop:
            parts_by_name:
            scores:
            stream: Stream the answer as events.

        Returns:
            `Stream[Chunk]`

        With `stream=True`, the events as they arrive (`Chunk` each):
        iterate over the stream, or use it as a context manager.
        """

    @overload
    def create(
        self,
        *,
        content: str | list[PartParam],
        priority: Literal[1, 2, 3] | Priority | NotGiven = NOT_GIVEN,
        level: Literal[0, 10, -1] | int | NotGiven = NOT_GIVEN,
        tool_choice: Literal["auto", "none"] | ToolChoiceParam | ToolChoice | NotGiven = NOT_GIVEN,
        stop: StopParam | NotGiven = NOT_GIVEN,
        parts_by_name: dict[str, PartParam] | NotGiven = NOT_GIVEN,
        scores: list[int | float] | NotGiven = NOT_GIVEN,
        stream: bool,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        idempotency_key: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> Message | Stream[Chunk]:
        """Complete a chat

        Args:
            content:
                Example: `"hello"`.
            priority:
                Default: `2`.
            level:
            tool_choice:
                Default: `"auto"`.
            stop:
            parts_by_name:
            scores:
            stream: Stream the answer as events.

        Returns:
            `Message | Stream[Chunk]`

        With `stream=True`, the events as they arrive (`Chunk` each):
        iterate over the stream, or use it as a context manager.
        """

    def create(
        self,
        *,
        content: str | list[PartParam],
        priority: Literal[1, 2, 3] | Priority | NotGiven = NOT_GIVEN,
        level: Literal[0, 10, -1] | int | NotGiven = NOT_GIVEN,
        tool_choice: Literal["auto", "none"] | ToolChoiceParam | ToolChoice | NotGiven = NOT_GIVEN,
        stop: StopParam | NotGiven = NOT_GIVEN,
        parts_by_name: dict[str, PartParam] | NotGiven = NOT_GIVEN,
        scores: list[int | float] | NotGiven = NOT_GIVEN,
        stream: bool | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        idempotency_key: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> Message | Stream[Chunk]:
        """Complete a chat

        Args:
            content:
                Example: `"hello"`.
            priority:
                Default: `2`.
            level:
            tool_choice:
                Default: `"auto"`.
            stop:
            parts_by_name:
            scores:
            stream: Stream the answer as events.

        Returns:
            `Message | Stream[Chunk]`

        With `stream=True`, the events as they arrive (`Chunk` each):
        iterate over the stream, or use it as a context manager.
        """

        call = _chat_completions_create(
            content,
            priority,
            level,
            tool_choice,
            stop,
            parts_by_name,
            scores,
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
                call, self._client.streamer(_CHAT_COMPLETIONS_CREATE_STREAM)
            ).parsed
        return self._client.request(call, self._client.parser(call)).parsed


class ChatCompletionsResourceWithRawResponse:
    """`chat.completions` endpoints returning `RawResponse`."""

    def __init__(self, client: _runtime.SyncAPIClient) -> None:
        self._client = client

    @_cached_property
    def messages(self) -> ChatCompletionsMessagesResourceWithRawResponse:
        """`chat.completions.messages` endpoints."""
        from .chat_completions_messages import ChatCompletionsMessagesResourceWithRawResponse

        return ChatCompletionsMessagesResourceWithRawResponse(self._client)

    @overload
    def create(
        self,
        *,
        content: str | list[PartParam],
        priority: Literal[1, 2, 3] | Priority | NotGiven = NOT_GIVEN,
        level: Literal[0, 10, -1] | int | NotGiven = NOT_GIVEN,
        tool_choice: Literal["auto", "none"] | ToolChoiceParam | ToolChoice | NotGiven = NOT_GIVEN,
        stop: StopParam | NotGiven = NOT_GIVEN,
        parts_by_name: dict[str, PartParam] | NotGiven = NOT_GIVEN,
        scores: list[int | float] | NotGiven = NOT_GIVEN,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        idempotency_key: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> RawResponse[Message]:
        """Complete a chat

        The arguments are those of `ChatCompletionsResource.create`.

        Returns:
            `RawResponse[Message]`: the parsed body with the HTTP status, headers and timing.
        """

    @overload
    def create(
        self,
        *,
        content: str | list[PartParam],
        priority: Literal[1, 2, 3] | Priority | NotGiven = NOT_GIVEN,
        level: Literal[0, 10, -1] | int | NotGiven = NOT_GIVEN,
        tool_choice: Literal["auto", "none"] | ToolChoiceParam | ToolChoice | NotGiven = NOT_GIVEN,
        stop: StopParam | NotGiven = NOT_GIVEN,
        parts_by_name: dict[str, PartParam] | NotGiven = NOT_GIVEN,
        scores: list[int | float] | NotGiven = NOT_GIVEN,
        stream: Literal[True],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        idempotency_key: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> RawResponse[Stream[Chunk]]:
        """Complete a chat

        The arguments are those of `ChatCompletionsResource.create`.

        Returns:
            `RawResponse[Stream[Chunk]]`: the parsed body with the HTTP status, headers and timing.
        """

    @overload
    def create(
        self,
        *,
        content: str | list[PartParam],
        priority: Literal[1, 2, 3] | Priority | NotGiven = NOT_GIVEN,
        level: Literal[0, 10, -1] | int | NotGiven = NOT_GIVEN,
        tool_choice: Literal["auto", "none"] | ToolChoiceParam | ToolChoice | NotGiven = NOT_GIVEN,
        stop: StopParam | NotGiven = NOT_GIVEN,
        parts_by_name: dict[str, PartParam] | NotGiven = NOT_GIVEN,
        scores: list[int | float] | NotGiven = NOT_GIVEN,
        stream: bool,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        idempotency_key: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> RawResponse[Message | Stream[Chunk]]:
        """Complete a chat

        The arguments are those of `ChatCompletionsResource.create`.

        Returns:
            `RawResponse[Message | Stream[Chunk]]`: the parsed body with the HTTP status, headers and timing.
        """

    def create(
        self,
        *,
        content: str | list[PartParam],
        priority: Literal[1, 2, 3] | Priority | NotGiven = NOT_GIVEN,
        level: Literal[0, 10, -1] | int | NotGiven = NOT_GIVEN,
        tool_choice: Literal["auto", "none"] | ToolChoiceParam | ToolChoice | NotGiven = NOT_GIVEN,
        stop: StopParam | NotGiven = NOT_GIVEN,
        parts_by_name: dict[str, PartParam] | NotGiven = NOT_GIVEN,
        scores: list[int | float] | NotGiven = NOT_GIVEN,
        stream: bool | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        idempotency_key: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> RawResponse[Message | Stream[Chunk]]:
        """Complete a chat

        The arguments are those of `ChatCompletionsResource.create`.

        Returns:
            `RawResponse[Message | Stream[Chunk]]`: the parsed body with the HTTP status, headers and timing.
        """

        call = _chat_completions_create(
            content,
            priority,
            level,
            tool_choice,
            stop,
            parts_by_name,
            scores,
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
                call, self._client.streamer(_CHAT_COMPLETIONS_CREATE_STREAM)
            )
        return self._client.request(call, self._client.parser(call))


class ChatCompletionsResourceWithStreamingResponse:
    """`chat.completions` endpoints returning the response unread, in a `with` block."""

    def __init__(self, client: _runtime.SyncAPIClient) -> None:
        self._client = client

    @_cached_property
    def messages(self) -> ChatCompletionsMessagesResourceWithStreamingResponse:
        """`chat.completions.messages` endpoints."""
        from .chat_completions_messages import ChatCompletionsMessagesResourceWithStreamingResponse

        return ChatCompletionsMessagesResourceWithStreamingResponse(self._client)

    @overload
    def create(
        self,
        *,
        content: str | list[PartParam],
        priority: Literal[1, 2, 3] | Priority | NotGiven = NOT_GIVEN,
        level: Literal[0, 10, -1] | int | NotGiven = NOT_GIVEN,
        tool_choice: Literal["auto", "none"] | ToolChoiceParam | ToolChoice | NotGiven = NOT_GIVEN,
        stop: StopParam | NotGiven = NOT_GIVEN,
        parts_by_name: dict[str, PartParam] | NotGiven = NOT_GIVEN,
        scores: list[int | float] | NotGiven = NOT_GIVEN,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        idempotency_key: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> ResponseContext[Message]:
        """Complete a chat

        The arguments are those of `ChatCompletionsResource.create`.

        Returns:
            `ResponseContext[Message]`: the call is sent on entering its `with`
            block, and the body is read only when asked for; `parse()` gives the `Message`.
        """

    @overload
    def create(
        self,
        *,
        content: str | list[PartParam],
        priority: Literal[1, 2, 3] | Priority | NotGiven = NOT_GIVEN,
        level: Literal[0, 10, -1] | int | NotGiven = NOT_GIVEN,
        tool_choice: Literal["auto", "none"] | ToolChoiceParam | ToolChoice | NotGiven = NOT_GIVEN,
        stop: StopParam | NotGiven = NOT_GIVEN,
        parts_by_name: dict[str, PartParam] | NotGiven = NOT_GIVEN,
        scores: list[int | float] | NotGiven = NOT_GIVEN,
        stream: Literal[True],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        idempotency_key: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> ResponseContext[Stream[Chunk]]:
        """Complete a chat

        The arguments are those of `ChatCompletionsResource.create`.

        Returns:
            `ResponseContext[Stream[Chunk]]`: the call is sent on entering its `with`
            block, and the body is read only when asked for; `parse()` gives the `Stream[Chunk]`.
        """

    @overload
    def create(
        self,
        *,
        content: str | list[PartParam],
        priority: Literal[1, 2, 3] | Priority | NotGiven = NOT_GIVEN,
        level: Literal[0, 10, -1] | int | NotGiven = NOT_GIVEN,
        tool_choice: Literal["auto", "none"] | ToolChoiceParam | ToolChoice | NotGiven = NOT_GIVEN,
        stop: StopParam | NotGiven = NOT_GIVEN,
        parts_by_name: dict[str, PartParam] | NotGiven = NOT_GIVEN,
        scores: list[int | float] | NotGiven = NOT_GIVEN,
        stream: bool,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        idempotency_key: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> ResponseContext[Message | Stream[Chunk]]:
        """Complete a chat

        The arguments are those of `ChatCompletionsResource.create`.

        Returns:
            `ResponseContext[Message | Stream[Chunk]]`: the call is sent on entering its `with`
            block, and the body is read only when asked for; `parse()` gives the `Message | Stream[Chunk]`.
        """

    def create(
        self,
        *,
        content: str | list[PartParam],
        priority: Literal[1, 2, 3] | Priority | NotGiven = NOT_GIVEN,
        level: Literal[0, 10, -1] | int | NotGiven = NOT_GIVEN,
        tool_choice: Literal["auto", "none"] | ToolChoiceParam | ToolChoice | NotGiven = NOT_GIVEN,
        stop: StopParam | NotGiven = NOT_GIVEN,
        parts_by_name: dict[str, PartParam] | NotGiven = NOT_GIVEN,
        scores: list[int | float] | NotGiven = NOT_GIVEN,
        stream: bool | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        idempotency_key: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> ResponseContext[Message | Stream[Chunk]]:
        """Complete a chat

        The arguments are those of `ChatCompletionsResource.create`.

        Returns:
            `ResponseContext[Message | Stream[Chunk]]`: the call is sent on entering its `with`
            block, and the body is read only when asked for; `parse()` gives the `Message | Stream[Chunk]`.
        """

        call = _chat_completions_create(
            content,
            priority,
            level,
            tool_choice,
            stop,
            parts_by_name,
            scores,
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
            return self._client.streaming(
                call, self._client.streamer(_CHAT_COMPLETIONS_CREATE_STREAM)
            )
        return self._client.streaming(call, self._client.parser(call))


class AsyncChatCompletionsResource:
    """`chat.completions` endpoints (asyncio)."""

    def __init__(self, client: _runtime.AsyncAPIClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AsyncChatCompletionsResourceWithRawResponse:
        """The same methods, returning `RawResponse` with the status, headers and timing."""
        return AsyncChatCompletionsResourceWithRawResponse(self._client)

    @property
    def with_streaming_response(self) -> AsyncChatCompletionsResourceWithStreamingResponse:
        """The same methods, sending the call on entering a `async with` block and reading the body only when asked."""
        return AsyncChatCompletionsResourceWithStreamingResponse(self._client)

    @_cached_property
    def messages(self) -> AsyncChatCompletionsMessagesResource:
        """`chat.completions.messages` endpoints."""
        from .chat_completions_messages import AsyncChatCompletionsMessagesResource

        return AsyncChatCompletionsMessagesResource(self._client)

    @overload
    async def create(
        self,
        *,
        content: str | list[PartParam],
        priority: Literal[1, 2, 3] | Priority | NotGiven = NOT_GIVEN,
        level: Literal[0, 10, -1] | int | NotGiven = NOT_GIVEN,
        tool_choice: Literal["auto", "none"] | ToolChoiceParam | ToolChoice | NotGiven = NOT_GIVEN,
        stop: StopParam | NotGiven = NOT_GIVEN,
        parts_by_name: dict[str, PartParam] | NotGiven = NOT_GIVEN,
        scores: list[int | float] | NotGiven = NOT_GIVEN,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        idempotency_key: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> Message:
        """Complete a chat

        Args:
            content:
                Example: `"hello"`.
            priority:
                Default: `2`.
            level:
            tool_choice:
                Default: `"auto"`.
            stop:
            parts_by_name:
            scores:
            stream: Stream the answer as events.

        Returns:
            `Message`

        With `stream=True`, the events as they arrive (`Chunk` each):
        iterate over the stream, or use it as a context manager.
        """

    @overload
    async def create(
        self,
        *,
        content: str | list[PartParam],
        priority: Literal[1, 2, 3] | Priority | NotGiven = NOT_GIVEN,
        level: Literal[0, 10, -1] | int | NotGiven = NOT_GIVEN,
        tool_choice: Literal["auto", "none"] | ToolChoiceParam | ToolChoice | NotGiven = NOT_GIVEN,
        stop: StopParam | NotGiven = NOT_GIVEN,
        parts_by_name: dict[str, PartParam] | NotGiven = NOT_GIVEN,
        scores: list[int | float] | NotGiven = NOT_GIVEN,
        stream: Literal[True],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        idempotency_key: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> AsyncStream[Chunk]:
        """Complete a chat

        Args:
            content:
                Example: `"hello"`.
            priority:
                Default: `2`.
            level:
            tool_choice:
                Default: `"auto"`.
            stop:
            parts_by_name:
            scores:
            stream: Stream the answer as events.

        Returns:
            `AsyncStream[Chunk]`

        With `stream=True`, the events as they arrive (`Chunk` each):
        iterate over the stream, or use it as a context manager.
        """

    @overload
    async def create(
        self,
        *,
        content: str | list[PartParam],
        priority: Literal[1, 2, 3] | Priority | NotGiven = NOT_GIVEN,
        level: Literal[0, 10, -1] | int | NotGiven = NOT_GIVEN,
        tool_choice: Literal["auto", "none"] | ToolChoiceParam | ToolChoice | NotGiven = NOT_GIVEN,
        stop: StopParam | NotGiven = NOT_GIVEN,
        parts_by_name: dict[str, PartParam] | NotGiven = NOT_GIVEN,
        scores: list[int | float] | NotGiven = NOT_GIVEN,
        stream: bool,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        idempotency_key: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> Message | AsyncStream[Chunk]:
        """Complete a chat

        Args:
            content:
                Example: `"hello"`.
            priority:
                Default: `2`.
            level:
            tool_choice:
                Default: `"auto"`.
            stop:
            parts_by_name:
            scores:
            stream: Stream the answer as events.

        Returns:
            `Message | AsyncStream[Chunk]`

        With `stream=True`, the events as they arrive (`Chunk` each):
        iterate over the stream, or use it as a context manager.
        """

    async def create(
        self,
        *,
        content: str | list[PartParam],
        priority: Literal[1, 2, 3] | Priority | NotGiven = NOT_GIVEN,
        level: Literal[0, 10, -1] | int | NotGiven = NOT_GIVEN,
        tool_choice: Literal["auto", "none"] | ToolChoiceParam | ToolChoice | NotGiven = NOT_GIVEN,
        stop: StopParam | NotGiven = NOT_GIVEN,
        parts_by_name: dict[str, PartParam] | NotGiven = NOT_GIVEN,
        scores: list[int | float] | NotGiven = NOT_GIVEN,
        stream: bool | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        idempotency_key: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> Message | AsyncStream[Chunk]:
        """Complete a chat

        Args:
            content:
                Example: `"hello"`.
            priority:
                Default: `2`.
            level:
            tool_choice:
                Default: `"auto"`.
            stop:
            parts_by_name:
            scores:
            stream: Stream the answer as events.

        Returns:
            `Message | AsyncStream[Chunk]`

        With `stream=True`, the events as they arrive (`Chunk` each):
        iterate over the stream, or use it as a context manager.
        """

        call = _chat_completions_create(
            content,
            priority,
            level,
            tool_choice,
            stop,
            parts_by_name,
            scores,
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
                await self._client.request(
                    call, self._client.streamer(_CHAT_COMPLETIONS_CREATE_STREAM)
                )
            ).parsed
        return (await self._client.request(call, self._client.parser(call))).parsed


class AsyncChatCompletionsResourceWithRawResponse:
    """`chat.completions` endpoints returning `RawResponse` (asyncio)."""

    def __init__(self, client: _runtime.AsyncAPIClient) -> None:
        self._client = client

    @_cached_property
    def messages(self) -> AsyncChatCompletionsMessagesResourceWithRawResponse:
        """`chat.completions.messages` endpoints."""
        from .chat_completions_messages import AsyncChatCompletionsMessagesResourceWithRawResponse

        return AsyncChatCompletionsMessagesResourceWithRawResponse(self._client)

    @overload
    async def create(
        self,
        *,
        content: str | list[PartParam],
        priority: Literal[1, 2, 3] | Priority | NotGiven = NOT_GIVEN,
        level: Literal[0, 10, -1] | int | NotGiven = NOT_GIVEN,
        tool_choice: Literal["auto", "none"] | ToolChoiceParam | ToolChoice | NotGiven = NOT_GIVEN,
        stop: StopParam | NotGiven = NOT_GIVEN,
        parts_by_name: dict[str, PartParam] | NotGiven = NOT_GIVEN,
        scores: list[int | float] | NotGiven = NOT_GIVEN,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        idempotency_key: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> RawResponse[Message]:
        """Complete a chat

        The arguments are those of `AsyncChatCompletionsResource.create`.

        Returns:
            `RawResponse[Message]`: the parsed body with the HTTP status, headers and timing.
        """

    @overload
    async def create(
        self,
        *,
        content: str | list[PartParam],
        priority: Literal[1, 2, 3] | Priority | NotGiven = NOT_GIVEN,
        level: Literal[0, 10, -1] | int | NotGiven = NOT_GIVEN,
        tool_choice: Literal["auto", "none"] | ToolChoiceParam | ToolChoice | NotGiven = NOT_GIVEN,
        stop: StopParam | NotGiven = NOT_GIVEN,
        parts_by_name: dict[str, PartParam] | NotGiven = NOT_GIVEN,
        scores: list[int | float] | NotGiven = NOT_GIVEN,
        stream: Literal[True],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        idempotency_key: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> RawResponse[AsyncStream[Chunk]]:
        """Complete a chat

        The arguments are those of `AsyncChatCompletionsResource.create`.

        Returns:
            `RawResponse[AsyncStream[Chunk]]`: the parsed body with the HTTP status, headers and timing.
        """

    @overload
    async def create(
        self,
        *,
        content: str | list[PartParam],
        priority: Literal[1, 2, 3] | Priority | NotGiven = NOT_GIVEN,
        level: Literal[0, 10, -1] | int | NotGiven = NOT_GIVEN,
        tool_choice: Literal["auto", "none"] | ToolChoiceParam | ToolChoice | NotGiven = NOT_GIVEN,
        stop: StopParam | NotGiven = NOT_GIVEN,
        parts_by_name: dict[str, PartParam] | NotGiven = NOT_GIVEN,
        scores: list[int | float] | NotGiven = NOT_GIVEN,
        stream: bool,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        idempotency_key: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> RawResponse[Message | AsyncStream[Chunk]]:
        """Complete a chat

        The arguments are those of `AsyncChatCompletionsResource.create`.

        Returns:
            `RawResponse[Message | AsyncStream[Chunk]]`: the parsed body with the HTTP status, headers and timing.
        """

    async def create(
        self,
        *,
        content: str | list[PartParam],
        priority: Literal[1, 2, 3] | Priority | NotGiven = NOT_GIVEN,
        level: Literal[0, 10, -1] | int | NotGiven = NOT_GIVEN,
        tool_choice: Literal["auto", "none"] | ToolChoiceParam | ToolChoice | NotGiven = NOT_GIVEN,
        stop: StopParam | NotGiven = NOT_GIVEN,
        parts_by_name: dict[str, PartParam] | NotGiven = NOT_GIVEN,
        scores: list[int | float] | NotGiven = NOT_GIVEN,
        stream: bool | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        idempotency_key: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> RawResponse[Message | AsyncStream[Chunk]]:
        """Complete a chat

        The arguments are those of `AsyncChatCompletionsResource.create`.

        Returns:
            `RawResponse[Message | AsyncStream[Chunk]]`: the parsed body with the HTTP status, headers and timing.
        """

        call = _chat_completions_create(
            content,
            priority,
            level,
            tool_choice,
            stop,
            parts_by_name,
            scores,
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
            return await self._client.request(
                call, self._client.streamer(_CHAT_COMPLETIONS_CREATE_STREAM)
            )
        return await self._client.request(call, self._client.parser(call))


class AsyncChatCompletionsResourceWithStreamingResponse:
    """`chat.completions` endpoints returning the response unread, in an `async with` block."""

    def __init__(self, client: _runtime.AsyncAPIClient) -> None:
        self._client = client

    @_cached_property
    def messages(self) -> AsyncChatCompletionsMessagesResourceWithStreamingResponse:
        """`chat.completions.messages` endpoints."""
        from .chat_completions_messages import (
            AsyncChatCompletionsMessagesResourceWithStreamingResponse,
        )

        return AsyncChatCompletionsMessagesResourceWithStreamingResponse(self._client)

    @overload
    def create(
        self,
        *,
        content: str | list[PartParam],
        priority: Literal[1, 2, 3] | Priority | NotGiven = NOT_GIVEN,
        level: Literal[0, 10, -1] | int | NotGiven = NOT_GIVEN,
        tool_choice: Literal["auto", "none"] | ToolChoiceParam | ToolChoice | NotGiven = NOT_GIVEN,
        stop: StopParam | NotGiven = NOT_GIVEN,
        parts_by_name: dict[str, PartParam] | NotGiven = NOT_GIVEN,
        scores: list[int | float] | NotGiven = NOT_GIVEN,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        idempotency_key: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> AsyncResponseContext[Message]:
        """Complete a chat

        The arguments are those of `AsyncChatCompletionsResource.create`.

        Returns:
            `AsyncResponseContext[Message]`: the call is sent on entering its `async with`
            block, and the body is read only when asked for; `parse()` gives the `Message`.
        """

    @overload
    def create(
        self,
        *,
        content: str | list[PartParam],
        priority: Literal[1, 2, 3] | Priority | NotGiven = NOT_GIVEN,
        level: Literal[0, 10, -1] | int | NotGiven = NOT_GIVEN,
        tool_choice: Literal["auto", "none"] | ToolChoiceParam | ToolChoice | NotGiven = NOT_GIVEN,
        stop: StopParam | NotGiven = NOT_GIVEN,
        parts_by_name: dict[str, PartParam] | NotGiven = NOT_GIVEN,
        scores: list[int | float] | NotGiven = NOT_GIVEN,
        stream: Literal[True],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        idempotency_key: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> AsyncResponseContext[AsyncStream[Chunk]]:
        """Complete a chat

        The arguments are those of `AsyncChatCompletionsResource.create`.

        Returns:
            `AsyncResponseContext[AsyncStream[Chunk]]`: the call is sent on entering its `async with`
            block, and the body is read only when asked for; `parse()` gives the `AsyncStream[Chunk]`.
        """

    @overload
    def create(
        self,
        *,
        content: str | list[PartParam],
        priority: Literal[1, 2, 3] | Priority | NotGiven = NOT_GIVEN,
        level: Literal[0, 10, -1] | int | NotGiven = NOT_GIVEN,
        tool_choice: Literal["auto", "none"] | ToolChoiceParam | ToolChoice | NotGiven = NOT_GIVEN,
        stop: StopParam | NotGiven = NOT_GIVEN,
        parts_by_name: dict[str, PartParam] | NotGiven = NOT_GIVEN,
        scores: list[int | float] | NotGiven = NOT_GIVEN,
        stream: bool,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        idempotency_key: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> AsyncResponseContext[Message | AsyncStream[Chunk]]:
        """Complete a chat

        The arguments are those of `AsyncChatCompletionsResource.create`.

        Returns:
            `AsyncResponseContext[Message | AsyncStream[Chunk]]`: the call is sent on entering its `async with`
            block, and the body is read only when asked for; `parse()` gives the `Message | AsyncStream[Chunk]`.
        """

    def create(
        self,
        *,
        content: str | list[PartParam],
        priority: Literal[1, 2, 3] | Priority | NotGiven = NOT_GIVEN,
        level: Literal[0, 10, -1] | int | NotGiven = NOT_GIVEN,
        tool_choice: Literal["auto", "none"] | ToolChoiceParam | ToolChoice | NotGiven = NOT_GIVEN,
        stop: StopParam | NotGiven = NOT_GIVEN,
        parts_by_name: dict[str, PartParam] | NotGiven = NOT_GIVEN,
        scores: list[int | float] | NotGiven = NOT_GIVEN,
        stream: bool | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        idempotency_key: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> AsyncResponseContext[Message | AsyncStream[Chunk]]:
        """Complete a chat

        The arguments are those of `AsyncChatCompletionsResource.create`.

        Returns:
            `AsyncResponseContext[Message | AsyncStream[Chunk]]`: the call is sent on entering its `async with`
            block, and the body is read only when asked for; `parse()` gives the `Message | AsyncStream[Chunk]`.
        """

        call = _chat_completions_create(
            content,
            priority,
            level,
            tool_choice,
            stop,
            parts_by_name,
            scores,
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
            return self._client.streaming(
                call, self._client.streamer(_CHAT_COMPLETIONS_CREATE_STREAM)
            )
        return self._client.streaming(call, self._client.parser(call))
