# Generated from golden/acme.yaml (API version 2026-11-01) by clientgen 0.1.0. Do not edit.
"""`client.chat.completions.messages`: the Acme API's `chat.completions.messages` endpoints, sync and async.

Imported when `client.chat.completions.messages` is first used.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .. import _runtime
from .. import models as _models
from .._runtime import NOT_GIVEN, Headers, NotGiven, Query, RawResponse, ResponseType, Timeout

if TYPE_CHECKING:
    from ..models import (
        Message,
    )

__all__ = [
    "AsyncChatCompletionsMessagesResource",
    "AsyncChatCompletionsMessagesResourceWithRawResponse",
    "ChatCompletionsMessagesResource",
    "ChatCompletionsMessagesResourceWithRawResponse",
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

    def list(
        self,
        completion_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> list[Message]:
        """chat.completions.messages.list

        Args:
            completion_id:

        Returns:
            `list[Message]`
        """
        return (
            self._client.call(
                _chat_completions_messages_list(
                    completion_id,
                    _runtime.options(extra_headers, extra_query, timeout, max_retries),
                )
            )
        ).parsed


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
    ) -> RawResponse[list[Message]]:
        """chat.completions.messages.list

        Args:
            completion_id:

        Returns:
            `RawResponse[list[Message]]`: the parsed body with the HTTP status, headers and timing.
        """
        return self._client.call(
            _chat_completions_messages_list(
                completion_id,
                _runtime.options(extra_headers, extra_query, timeout, max_retries),
            )
        )


class AsyncChatCompletionsMessagesResource:
    """`chat.completions.messages` endpoints (asyncio)."""

    def __init__(self, client: _runtime.AsyncAPIClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AsyncChatCompletionsMessagesResourceWithRawResponse:
        """The same methods, returning `RawResponse` with the status, headers and timing."""
        return AsyncChatCompletionsMessagesResourceWithRawResponse(self._client)

    async def list(
        self,
        completion_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> list[Message]:
        """chat.completions.messages.list

        Args:
            completion_id:

        Returns:
            `list[Message]`
        """
        return (
            await self._client.call(
                _chat_completions_messages_list(
                    completion_id,
                    _runtime.options(extra_headers, extra_query, timeout, max_retries),
                )
            )
        ).parsed


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
    ) -> RawResponse[list[Message]]:
        """chat.completions.messages.list

        Args:
            completion_id:

        Returns:
            `RawResponse[list[Message]]`: the parsed body with the HTTP status, headers and timing.
        """
        return await self._client.call(
            _chat_completions_messages_list(
                completion_id,
                _runtime.options(extra_headers, extra_query, timeout, max_retries),
            )
        )
