# Generated from spec/perceptron.yaml by clientgen 0.1.0. Do not edit.
"""`client.chat`: the Perceptron API's `chat` endpoints, sync and async.

Imported when `client.chat` is first used.
"""

from __future__ import annotations

from functools import cached_property as _cached_property
from typing import TYPE_CHECKING

from .. import _runtime

if TYPE_CHECKING:
    from .chat_completions import (
        AsyncChatCompletionsResource,
        AsyncChatCompletionsResourceWithRawResponse,
        AsyncChatCompletionsResourceWithStreamingResponse,
        ChatCompletionsResource,
        ChatCompletionsResourceWithRawResponse,
        ChatCompletionsResourceWithStreamingResponse,
    )

__all__ = [
    "AsyncChatResource",
    "AsyncChatResourceWithRawResponse",
    "AsyncChatResourceWithStreamingResponse",
    "ChatResource",
    "ChatResourceWithRawResponse",
    "ChatResourceWithStreamingResponse",
]


class ChatResource:
    """`chat` endpoints."""

    def __init__(self, client: _runtime.SyncAPIClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> ChatResourceWithRawResponse:
        """The same methods, returning `RawResponse` with the status, headers and timing."""
        return ChatResourceWithRawResponse(self._client)

    @property
    def with_streaming_response(self) -> ChatResourceWithStreamingResponse:
        """The same methods, sending the call on entering a `with` block and reading the body only when asked."""
        return ChatResourceWithStreamingResponse(self._client)

    @_cached_property
    def completions(self) -> ChatCompletionsResource:
        """`chat.completions` endpoints."""
        from .chat_completions import ChatCompletionsResource

        return ChatCompletionsResource(self._client)


class ChatResourceWithRawResponse:
    """`chat` endpoints returning `RawResponse`."""

    def __init__(self, client: _runtime.SyncAPIClient) -> None:
        self._client = client

    @_cached_property
    def completions(self) -> ChatCompletionsResourceWithRawResponse:
        """`chat.completions` endpoints."""
        from .chat_completions import ChatCompletionsResourceWithRawResponse

        return ChatCompletionsResourceWithRawResponse(self._client)


class ChatResourceWithStreamingResponse:
    """`chat` endpoints returning the response unread, in a `with` block."""

    def __init__(self, client: _runtime.SyncAPIClient) -> None:
        self._client = client

    @_cached_property
    def completions(self) -> ChatCompletionsResourceWithStreamingResponse:
        """`chat.completions` endpoints."""
        from .chat_completions import ChatCompletionsResourceWithStreamingResponse

        return ChatCompletionsResourceWithStreamingResponse(self._client)


class AsyncChatResource:
    """`chat` endpoints (asyncio)."""

    def __init__(self, client: _runtime.AsyncAPIClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AsyncChatResourceWithRawResponse:
        """The same methods, returning `RawResponse` with the status, headers and timing."""
        return AsyncChatResourceWithRawResponse(self._client)

    @property
    def with_streaming_response(self) -> AsyncChatResourceWithStreamingResponse:
        """The same methods, sending the call on entering a `async with` block and reading the body only when asked."""
        return AsyncChatResourceWithStreamingResponse(self._client)

    @_cached_property
    def completions(self) -> AsyncChatCompletionsResource:
        """`chat.completions` endpoints."""
        from .chat_completions import AsyncChatCompletionsResource

        return AsyncChatCompletionsResource(self._client)


class AsyncChatResourceWithRawResponse:
    """`chat` endpoints returning `RawResponse` (asyncio)."""

    def __init__(self, client: _runtime.AsyncAPIClient) -> None:
        self._client = client

    @_cached_property
    def completions(self) -> AsyncChatCompletionsResourceWithRawResponse:
        """`chat.completions` endpoints."""
        from .chat_completions import AsyncChatCompletionsResourceWithRawResponse

        return AsyncChatCompletionsResourceWithRawResponse(self._client)


class AsyncChatResourceWithStreamingResponse:
    """`chat` endpoints returning the response unread, in an `async with` block."""

    def __init__(self, client: _runtime.AsyncAPIClient) -> None:
        self._client = client

    @_cached_property
    def completions(self) -> AsyncChatCompletionsResourceWithStreamingResponse:
        """`chat.completions` endpoints."""
        from .chat_completions import AsyncChatCompletionsResourceWithStreamingResponse

        return AsyncChatCompletionsResourceWithStreamingResponse(self._client)
