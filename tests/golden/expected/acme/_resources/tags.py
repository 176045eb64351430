# Generated from golden/acme.yaml (API version 2026-11-01) by clientgen 0.1.0. Do not edit.
"""`client.tags`: the Acme API's `tags` endpoints, sync and async.

Imported when `client.tags` is first used.
"""

from __future__ import annotations

import builtins
import warnings
from typing import TYPE_CHECKING, Literal

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
    from ..models import Size, Tag

__all__ = [
    "AsyncTagsResource",
    "AsyncTagsResourceWithRawResponse",
    "AsyncTagsResourceWithStreamingResponse",
    "TagsResource",
    "TagsResourceWithRawResponse",
    "TagsResourceWithStreamingResponse",
]

# GET /v1/tags
_TAGS_LIST = _runtime.Endpoint(
    "GET",
    "/v1/tags",
    query_defaults={
        "limit": 20,
    },
)
_TAGS_LIST_RESPONSE: ResponseType[list[Tag]] = ResponseType(lambda: list[_models.Tag], "list[Tag]")


def _tags_list(
    limit: int,
    prefix: str | None,
    sizes: builtins.list[Literal["big", "small", "tiny"] | Size] | None,
    _options: _runtime.RequestOptions,
) -> _runtime.Call[list[Tag]]:
    warnings.warn(
        "`tags.list()` is deprecated; it may be removed after 2031-01-01.",
        DeprecationWarning,
        stacklevel=3,
    )
    return _runtime.Call(
        _TAGS_LIST,
        _TAGS_LIST_RESPONSE,
        _options,
        query={
            "limit": limit,
            "prefix": prefix,
            "sizes": sizes,
        },
    )


class TagsResource:
    """`tags` endpoints."""

    def __init__(self, client: _runtime.SyncAPIClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> TagsResourceWithRawResponse:
        """The same methods, returning `RawResponse` with the status, headers and timing."""
        return TagsResourceWithRawResponse(self._client)

    @property
    def with_streaming_response(self) -> TagsResourceWithStreamingResponse:
        """The same methods, sending the call on entering a `with` block and reading the body only when asked."""
        return TagsResourceWithStreamingResponse(self._client)

    def list(
        self,
        *,
        limit: int = 20,
        prefix: str | None = None,
        sizes: builtins.list[Literal["big", "small", "tiny"] | Size] | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> builtins.list[Tag]:
        """List tags

        Deprecated; it may be removed after 2031-01-01.

        Args:
            limit: Page size.
                Default: `20`.
                Constraints: ge=1.0, le=100.0.
            prefix: Deprecated.
            sizes:

        Returns:
            `builtins.list[Tag]`
        """

        call = _tags_list(
            limit,
            prefix,
            sizes,
            _runtime.options(extra_headers, extra_query, timeout, max_retries),
        )
        return self._client.request(call, self._client.parser(call)).parsed


class TagsResourceWithRawResponse:
    """`tags` endpoints returning `RawResponse`."""

    def __init__(self, client: _runtime.SyncAPIClient) -> None:
        self._client = client

    def list(
        self,
        *,
        limit: int = 20,
        prefix: str | None = None,
        sizes: builtins.list[Literal["big", "small", "tiny"] | Size] | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> RawResponse[builtins.list[Tag]]:
        """List tags

        The arguments are those of `TagsResource.list`.

        Returns:
            `RawResponse[builtins.list[Tag]]`: the parsed body with the HTTP status, headers and timing.
        """

        call = _tags_list(
            limit,
            prefix,
            sizes,
            _runtime.options(extra_headers, extra_query, timeout, max_retries),
        )
        return self._client.request(call, self._client.parser(call))


class TagsResourceWithStreamingResponse:
    """`tags` endpoints returning the response unread, in a `with` block."""

    def __init__(self, client: _runtime.SyncAPIClient) -> None:
        self._client = client

    def list(
        self,
        *,
        limit: int = 20,
        prefix: str | None = None,
        sizes: builtins.list[Literal["big", "small", "tiny"] | Size] | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> ResponseContext[builtins.list[Tag]]:
        """List tags

        The arguments are those of `TagsResource.list`.

        Returns:
            `ResponseContext[builtins.list[Tag]]`: the call is sent on entering its `with`
            block, and the body is read only when asked for; `parse()` gives the `builtins.list[Tag]`.
        """

        call = _tags_list(
            limit,
            prefix,
            sizes,
            _runtime.options(extra_headers, extra_query, timeout, max_retries),
        )
        return self._client.streaming(call, self._client.parser(call))


class AsyncTagsResource:
    """`tags` endpoints (asyncio)."""

    def __init__(self, client: _runtime.AsyncAPIClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AsyncTagsResourceWithRawResponse:
        """The same methods, returning `RawResponse` with the status, headers and timing."""
        return AsyncTagsResourceWithRawResponse(self._client)

    @property
    def with_streaming_response(self) -> AsyncTagsResourceWithStreamingResponse:
        """The same methods, sending the call on entering a `async with` block and reading the body only when asked."""
        return AsyncTagsResourceWithStreamingResponse(self._client)

    async def list(
        self,
        *,
        limit: int = 20,
        prefix: str | None = None,
        sizes: builtins.list[Literal["big", "small", "tiny"] | Size] | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> builtins.list[Tag]:
        """List tags

        Deprecated; it may be removed after 2031-01-01.

        Args:
            limit: Page size.
                Default: `20`.
                Constraints: ge=1.0, le=100.0.
            prefix: Deprecated.
            sizes:

        Returns:
            `builtins.list[Tag]`
        """

        call = _tags_list(
            limit,
            prefix,
            sizes,
            _runtime.options(extra_headers, extra_query, timeout, max_retries),
        )
        return (await self._client.request(call, self._client.parser(call))).parsed


class AsyncTagsResourceWithRawResponse:
    """`tags` endpoints returning `RawResponse` (asyncio)."""

    def __init__(self, client: _runtime.AsyncAPIClient) -> None:
        self._client = client

    async def list(
        self,
        *,
        limit: int = 20,
        prefix: str | None = None,
        sizes: builtins.list[Literal["big", "small", "tiny"] | Size] | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> RawResponse[builtins.list[Tag]]:
        """List tags

        The arguments are those of `AsyncTagsResource.list`.

        Returns:
            `RawResponse[builtins.list[Tag]]`: the parsed body with the HTTP status, headers and timing.
        """

        call = _tags_list(
            limit,
            prefix,
            sizes,
            _runtime.options(extra_headers, extra_query, timeout, max_retries),
        )
        return await self._client.request(call, self._client.parser(call))


class AsyncTagsResourceWithStreamingResponse:
    """`tags` endpoints returning the response unread, in an `async with` block."""

    def __init__(self, client: _runtime.AsyncAPIClient) -> None:
        self._client = client

    def list(
        self,
        *,
        limit: int = 20,
        prefix: str | None = None,
        sizes: builtins.list[Literal["big", "small", "tiny"] | Size] | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> AsyncResponseContext[builtins.list[Tag]]:
        """List tags

        The arguments are those of `AsyncTagsResource.list`.

        Returns:
            `AsyncResponseContext[builtins.list[Tag]]`: the call is sent on entering its `async with`
            block, and the body is read only when asked for; `parse()` gives the `builtins.list[Tag]`.
        """

        call = _tags_list(
            limit,
            prefix,
            sizes,
            _runtime.options(extra_headers, extra_query, timeout, max_retries),
        )
        return self._client.streaming(call, self._client.parser(call))
