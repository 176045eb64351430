# Generated from golden/acme.yaml (API version 2026-11-01) by clientgen 0.1.0. Do not edit.
"""`client.chat.completions.messages`: the Acme API's `chat.completions.messages` endpoints, sync and async.

Imported when `client.chat.completions.messages` is first used.
"""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING

from .. import _runtime
from .. import models as _models
from .._runtime import (
    NOT_GIVEN,
    AsyncResponseContext,
    Headers,
    NotGiven,
    Query,
    RawResponse,
    ResponseContext,
    ResponseType,
    Timeout,
)

if TYPE_CHECKING:
    from ..models import Message

__all__ = [
    "AsyncChatCompletionsMessagesResource",
    "AsyncChatCompletionsMessagesResourceWithRawResponse",
    "AsyncChatCompletionsMessagesResourceWithStreamingResponse",
    "ChatCompletionsMessagesResource",
    "ChatCompletionsMessagesResourceWithRawResponse",
    "ChatCompletionsMessagesResourceWithStreamingResponse",
]

# GET /v1/chat/completions/{completion_id}/messages
_CHAT_COMPLETIONS_MESSAGES_LIST = _runtime.Endpoint(
    "GET",
    "/v1/chat/completions/{completion_id}/messages",
)
_CHAT_COMPLETIONS_MESSAGES_LIST_RESPONSE: ResponseType[list[Message]] = ResponseType(
    lambda: list[_models.Message], "list[Message]"
)


def _chat_completions_messages_list(
    completion_id: str,
    _options: _runtime.RequestOptions,
) -> _runtime.Call[list[Message]]:
    return _runtime.Call(
        _CHAT_COMPLETIONS_MESSAGES_LIST,
        _CHAT_COMPLETIONS_MESSAGES_LIST_RESPONSE,
        _options,
        path_params={
            "completion_id": completion_id,
        },
    )


class ChatCompletionsMessagesResource:
    """`chat.completions.messages` endpoints."""

    def __init__(self, client: _runtime.SyncAPIClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> ChatCompletionsMessagesResourceWithRawResponse:
        """The same methods, returning `RawResponse` with the status, headers and timing."""
        return ChatCompletionsMessagesResourceWithRawResponse(self._client)

    @property
    def with_streaming_response(self) -> ChatCompletionsMessagesResourceWithStreamingResponse:
        """The same methods, sending the call on entering a `with` block and reading the body only when asked."""
        return ChatCompletionsMessagesResourceWithStreamingResponse(self._client)

    def list(
        self,
        completion_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> builtins.list[Message]:
        """chat.completions.messages.list

        Args:
            completion_id:

        Returns:
            `builtins.list[Message]`
        """

        call = _chat_completions_messages_list(
            completion_id,
            _runtime.options(extra_headers, extra_query, timeout, max_retries),
        )
        return self._client.request(call, self._client.parser(call)).parsed


class ChatCompletionsMessagesResourceWithRawResponse:
    """`chat.completions.messages` endpoints returning `RawResponse`."""

    def __init__(self, client: _runtime.SyncAPIClient) -> None:
        self._client = client

    def list(
        self,
        completion_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> RawResponse[builtins.list[Message]]:
        """chat.completions.messages.list

        The arguments are those of `ChatCompletionsMessagesResource.list`.

        Returns:
            `RawResponse[builtins.list[Message]]`: the parsed body with the HTTP status, headers and timing.
        """

        call = _chat_completions_messages_list(
            completion_id,
            _runtime.options(extra_headers, extra_query, timeout, max_retries),
        )
        return self._client.request(call, self._client.parser(call))


class ChatCompletionsMessagesResourceWithStreamingResponse:
    """`chat.completions.messages` endpoints returning the response unread, in a `with` block."""

    def __init__(self, client: _runtime.SyncAPIClient) -> None:
        self._client = client

    def list(
        self,
        completion_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> ResponseContext[builtins.list[Message]]:
        """chat.completions.messages.list

        The arguments are those of `ChatCompletionsMessagesResource.list`.

        Returns:
            `ResponseContext[builtins.list[Message]]`: the call is sent on entering its `with`
            block, and the body is read only when asked for; `parse()` gives the `builtins.list[Message]`.
        """

        call = _chat_completions_messages_list(
            completion_id,
            _runtime.options(extra_headers, extra_query, timeout, max_retries),
        )
        return self._client.streaming(call, self._client.parser(call))


class AsyncChatCompletionsMessagesResource:
    """`chat.completions.messages` endpoints (asyncio)."""

    def __init__(self, client: _runtime.AsyncAPIClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AsyncChatCompletionsMessagesResourceWithRawResponse:
        """The same methods, returning `RawResponse` with the status, headers and timing."""
        return AsyncChatCompletionsMessagesResourceWithRawResponse(self._client)

    @property
    def with_streaming_response(self) -> AsyncChatCompletionsMessagesResourceWithStreamingResponse:
        """The same methods, sending the call on entering a `async with` block and reading the body only when asked."""
        return AsyncChatCompletionsMessagesResourceWithStreamingResponse(self._client)

    async def list(
        self,
        completion_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> builtins.list[Message]:
        """chat.completions.messages.list

        Args:
            completion_id:

        Returns:
            `builtins.list[Message]`
        """

        call = _chat_completions_messages_list(
            completion_id,
            _runtime.options(extra_headers, extra_query, timeout, max_retries),
        )
        return (await self._client.request(call, self._client.parser(call))).parsed


class AsyncChatCompletionsMessagesResourceWithRawResponse:
    """`chat.completions.messages` endpoints returning `RawResponse` (asyncio)."""

    def __init__(self, client: _runtime.AsyncAPIClient) -> None:
        self._client = client

    async def list(
        self,
        completion_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> RawResponse[builtins.list[Message]]:
        """chat.completions.messages.list

        The arguments are those of `AsyncChatCompletionsMessagesResource.list`.

        Returns:
            `RawResponse[builtins.list[Message]]`: the parsed body with the HTTP status, headers and timing.
        """

        call = _chat_completions_messages_list(
            completion_id,
            _runtime.options(extra_headers, extra_query, timeout, max_retries),
        )
        return await self._client.request(call, self._client.parser(call))


class AsyncChatCompletionsMessagesResourceWithStreamingResponse:
    """`chat.completions.messages` endpoints returning the response unread, in an `async with` block."""

    def __init__(self, client: _runtime.AsyncAPIClient) -> None:
        self._client = client

    def list(
        self,
        completion_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> AsyncResponseContext[builtins.list[Message]]:
        """chat.completions.messages.list

        The arguments are those of `AsyncChatCompletionsMessagesResource.list`.

        Returns:
            `AsyncResponseContext[builtins.list[Message]]`: the call is sent on entering its `async with`
            block, and the body is read only when asked for; `parse()` gives the `builtins.list[Message]`.
        """

        call = _chat_completions_messages_list(
            completion_id,
            _runtime.options(extra_headers, extra_query, timeout, max_retries),
        )
        return self._client.streaming(call, self._client.parser(call))
