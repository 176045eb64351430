# Generated from golden/acme.yaml by clientgen 0.1.0. Do not edit.
"""The Acme API clients: `Acme` (blocking) and `AsyncAcme` (asyncio)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, overload

import httpx

from . import _runtime
from . import models as _models
from ._runtime import NOT_GIVEN, Headers, NotGiven, Query, RawResponse, ResponseType, Timeout

if TYPE_CHECKING:
    from .models import (
        Address,
        AnyThing,
        Big,
        Small,
        Tag,
        Thing,
    )

__all__ = ["Acme", "AsyncAcme"]

_CONFIG = _runtime.ProviderConfig(
    package="acme",
    version="0.1.0",
    base_url="https://api.acme.test",
    auth_scheme="header",
    auth_header="x-api-key",
    api_key_env="ACME_API_KEY",
    auth_optional=False,
    request_id_header=None,
    idempotency_header="Idempotency-Key",
    non_retryable_codes=frozenset([]),
    rate_limits={
        "things.retrieve": (5, 60.0),
    },
)

# GET /v1/things/{thing_id}
_THINGS_RETRIEVE = _runtime.Endpoint(
    "GET",
    "/v1/things/{thing_id}",
    rate_limit="things.retrieve",
    query_defaults={
        "size": "big",
    },
    allow_slash=frozenset(["thing_id"]),
)
_THINGS_RETRIEVE_RESPONSE: ResponseType[AnyThing] = ResponseType(
    lambda: _models.AnyThing, "AnyThing"
)


def _things_retrieve(
    thing_id: str,
    size: Literal["big", "small", "tiny"],
    trace: str | None,
    _options: _runtime.RequestOptions,
) -> _runtime.Call[AnyThing]:
    return _runtime.Call(
        _THINGS_RETRIEVE,
        _THINGS_RETRIEVE_RESPONSE,
        _options,
        path_params={
            "thing_id": thing_id,
        },
        query={
            "size": size,
        },
        headers={
            "trace": trace,
        },
    )


# POST /v1/things
_THINGS_CREATE = _runtime.Endpoint(
    "POST",
    "/v1/things",
)
_THINGS_CREATE_RESPONSE: ResponseType[Thing] = ResponseType(lambda: _models.Thing, "Thing")


def _things_create(
    name: str,
    owner: Literal["acme", "other"] | str | None,
    size: Literal["big", "small", "tiny"] | NotGiven,
    address: Address | NotGiven,
    labels: dict[str, str] | NotGiven,
    class_: str | NotGiven,
    _options: _runtime.RequestOptions,
) -> _runtime.Call[Thing]:
    return _runtime.Call(
        _THINGS_CREATE,
        _THINGS_CREATE_RESPONSE,
        _options,
        body={
            "name": name,
            "owner": owner,
            "size": size,
            "address": address,
            "labels": labels,
            "class": class_,
        },
    )


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
    sizes: list[Literal["big", "small", "tiny"]] | None,
    _options: _runtime.RequestOptions,
) -> _runtime.Call[list[Tag]]:
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


class ThingsResource:
    """`things` endpoints."""

    def __init__(self, client: _runtime.SyncAPIClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> ThingsResourceWithRawResponse:
        """The same methods, returning `RawResponse` with the status, headers and timing."""
        return ThingsResourceWithRawResponse(self._client)

    @overload
    def retrieve(
        self,
        thing_id: str,
        *,
        size: Literal["big"] = "big",
        trace: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> Big:
        """things.retrieve

        Args:
            thing_id:
            size:
                Default: `"big"`.
            trace:

        Returns:
            `Big`

        Rate limit: 5 requests per minute; the client waits for a free slot
        instead of drawing a 429 (turn off with `rate_limit=False`).
        """

    @overload
    def retrieve(
        self,
        thing_id: str,
        *,
        size: Literal["small"],
        trace: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> Small:
        """things.retrieve

        Args:
            thing_id:
            size:
                Default: `"big"`.
            trace:

        Returns:
            `Small`

        Rate limit: 5 requests per minute; the client waits for a free slot
        instead of drawing a 429 (turn off with `rate_limit=False`).
        """

    @overload
    def retrieve(
        self,
        thing_id: str,
        *,
        size: Literal["tiny"],
        trace: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> AnyThing:
        """things.retrieve

        Args:
            thing_id:
            size:
                Default: `"big"`.
            trace:

        Returns:
            `AnyThing`

        Rate limit: 5 requests per minute; the client waits for a free slot
        instead of drawing a 429 (turn off with `rate_limit=False`).
        """

    @overload
    def retrieve(
        self,
        thing_id: str,
        *,
        size: Literal["big", "small", "tiny"],
        trace: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> AnyThing:
        """things.retrieve

        Args:
            thing_id:
            size:
                Default: `"big"`.
            trace:

        Returns:
            `AnyThing`

        Rate limit: 5 requests per minute; the client waits for a free slot
        instead of drawing a 429 (turn off with `rate_limit=False`).
        """

    def retrieve(
        self,
        thing_id: str,
        *,
        size: Literal["big", "small", "tiny"] = "big",
        trace: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> AnyThing:
        """things.retrieve

        Args:
            thing_id:
            size:
                Default: `"big"`.
            trace:

        Returns:
            `AnyThing`

        Rate limit: 5 requests per minute; the client waits for a free slot
        instead of drawing a 429 (turn off with `rate_limit=False`).
        """
        return (
            self._client.call(
                _things_retrieve(
                    thing_id,
                    size,
                    trace,
                    _runtime.options(extra_headers, extra_query, timeout, max_retries),
                )
            )
        ).parsed

    def create(
        self,
        *,
        name: str,
        owner: Literal["acme", "other"] | str | None,
        size: Literal["big", "small", "tiny"] | NotGiven = NOT_GIVEN,
        address: Address | NotGiven = NOT_GIVEN,
        labels: dict[str, str] | NotGiven = NOT_GIVEN,
        class_: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> Thing:
        """Create a thing

        Args:
            name: The name.
                Constraints: min_length=1.
            owner:
            size:
                Default: `"big"`.
            address:
            labels:
            class_: A keyword as a field name.

        Returns:
            `Thing`
        """
        return (
            self._client.call(
                _things_create(
                    name,
                    owner,
                    size,
                    address,
                    labels,
                    class_,
                    _runtime.options(extra_headers, extra_query, timeout, max_retries),
                )
            )
        ).parsed


class ThingsResourceWithRawResponse:
    """`things` endpoints returning `RawResponse`."""

    def __init__(self, client: _runtime.SyncAPIClient) -> None:
        self._client = client

    def retrieve(
        self,
        thing_id: str,
        *,
        size: Literal["big", "small", "tiny"] = "big",
        trace: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> RawResponse[AnyThing]:
        """things.retrieve

        Args:
            thing_id:
            size:
                Default: `"big"`.
            trace:

        Returns:
            `RawResponse[AnyThing]`: the parsed body with the HTTP status, headers and timing.

        Rate limit: 5 requests per minute; the client waits for a free slot
        instead of drawing a 429 (turn off with `rate_limit=False`).
        """
        return self._client.call(
            _things_retrieve(
                thing_id,
                size,
                trace,
                _runtime.options(extra_headers, extra_query, timeout, max_retries),
            )
        )

    def create(
        self,
        *,
        name: str,
        owner: Literal["acme", "other"] | str | None,
        size: Literal["big", "small", "tiny"] | NotGiven = NOT_GIVEN,
        address: Address | NotGiven = NOT_GIVEN,
        labels: dict[str, str] | NotGiven = NOT_GIVEN,
        class_: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> RawResponse[Thing]:
        """Create a thing

        Args:
            name: The name.
                Constraints: min_length=1.
            owner:
            size:
                Default: `"big"`.
            address:
            labels:
            class_: A keyword as a field name.

        Returns:
            `RawResponse[Thing]`: the parsed body with the HTTP status, headers and timing.
        """
        return self._client.call(
            _things_create(
                name,
                owner,
                size,
                address,
                labels,
                class_,
                _runtime.options(extra_headers, extra_query, timeout, max_retries),
            )
        )


class TagsResource:
    """`tags` endpoints."""

    def __init__(self, client: _runtime.SyncAPIClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> TagsResourceWithRawResponse:
        """The same methods, returning `RawResponse` with the status, headers and timing."""
        return TagsResourceWithRawResponse(self._client)

    def list(
        self,
        *,
        limit: int = 20,
        prefix: str | None = None,
        sizes: list[Literal["big", "small", "tiny"]] | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> list[Tag]:
        """List tags

        Args:
            limit: Page size.
                Default: `20`.
                Constraints: ge=1.0, le=100.0.
            prefix:
            sizes:

        Returns:
            `list[Tag]`
        """
        return (
            self._client.call(
                _tags_list(
                    limit,
                    prefix,
                    sizes,
                    _runtime.options(extra_headers, extra_query, timeout, max_retries),
                )
            )
        ).parsed


class TagsResourceWithRawResponse:
    """`tags` endpoints returning `RawResponse`."""

    def __init__(self, client: _runtime.SyncAPIClient) -> None:
        self._client = client

    def list(
        self,
        *,
        limit: int = 20,
        prefix: str | None = None,
        sizes: list[Literal["big", "small", "tiny"]] | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> RawResponse[list[Tag]]:
        """List tags

        Args:
            limit: Page size.
                Default: `20`.
                Constraints: ge=1.0, le=100.0.
            prefix:
            sizes:

        Returns:
            `RawResponse[list[Tag]]`: the parsed body with the HTTP status, headers and timing.
        """
        return self._client.call(
            _tags_list(
                limit,
                prefix,
                sizes,
                _runtime.options(extra_headers, extra_query, timeout, max_retries),
            )
        )


class Acme(_runtime.SyncAPIClient):
    """Client for the Acme API.

    The API key comes from `api_key` or the `ACME_API_KEY` environment
    variable, and is sent in the `x-api-key` header.

    Use it as a context manager, or call `close()` when done.
    """

    things: ThingsResource

    tags: TagsResource

    def __init__(
        self,
        *,
        api_key: str | None = None,
        base_url: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int = _runtime.DEFAULT_MAX_RETRIES,
        rate_limit: bool = True,
        default_headers: Headers | None = None,
        max_response_bytes: int = _runtime.DEFAULT_MAX_RESPONSE_BYTES,
        http_client: httpx.Client | None = None,
    ) -> None:
        """Create a client.

        Args:
            api_key: The API key; defaults to the `ACME_API_KEY` environment variable.
            base_url: The API origin; defaults to `https://api.acme.test`.
            timeout: Seconds, or an `httpx.Timeout`, for each attempt: connect, headers and
                body must all arrive within the largest of its limits. `None` waits forever.
                Defaults to the `http_client`'s own timeout, or 60 s (5 s to connect).
            max_retries: How often to retry connection errors, timeouts, 408, 409, 429 and 5xx.
            rate_limit: Wait for the documented rate limits on the client side.
            default_headers: Headers sent with every request; they replace the client's own
                (case-insensitively), and `None` removes one.
            max_response_bytes: The largest response body accepted, after decompression;
                a larger one raises `ResponseTooLargeError`.
            http_client: Your own `httpx.Client` (proxies, mTLS, transports).
                Redirects are followed only if it has `follow_redirects=True`, and the API key
                never goes to another origin.
        """
        super().__init__(
            _CONFIG,
            http_client=http_client,
            api_key=api_key,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            rate_limit=rate_limit,
            default_headers=default_headers,
            max_response_bytes=max_response_bytes,
        )

    def _bind_resources(self) -> None:
        self.things = ThingsResource(self)
        self.tags = TagsResource(self)


class AsyncThingsResource:
    """`things` endpoints (asyncio)."""

    def __init__(self, client: _runtime.AsyncAPIClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AsyncThingsResourceWithRawResponse:
        """The same methods, returning `RawResponse` with the status, headers and timing."""
        return AsyncThingsResourceWithRawResponse(self._client)

    @overload
    async def retrieve(
        self,
        thing_id: str,
        *,
        size: Literal["big"] = "big",
        trace: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> Big:
        """things.retrieve

        Args:
            thing_id:
            size:
                Default: `"big"`.
            trace:

        Returns:
            `Big`

        Rate limit: 5 requests per minute; the client waits for a free slot
        instead of drawing a 429 (turn off with `rate_limit=False`).
        """

    @overload
    async def retrieve(
        self,
        thing_id: str,
        *,
        size: Literal["small"],
        trace: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> Small:
        """things.retrieve

        Args:
            thing_id:
            size:
                Default: `"big"`.
            trace:

        Returns:
            `Small`

        Rate limit: 5 requests per minute; the client waits for a free slot
        instead of drawing a 429 (turn off with `rate_limit=False`).
        """

    @overload
    async def retrieve(
        self,
        thing_id: str,
        *,
        size: Literal["tiny"],
        trace: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> AnyThing:
        """things.retrieve

        Args:
            thing_id:
            size:
                Default: `"big"`.
            trace:

        Returns:
            `AnyThing`

        Rate limit: 5 requests per minute; the client waits for a free slot
        instead of drawing a 429 (turn off with `rate_limit=False`).
        """

    @overload
    async def retrieve(
        self,
        thing_id: str,
        *,
        size: Literal["big", "small", "tiny"],
        trace: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> AnyThing:
        """things.retrieve

        Args:
            thing_id:
            size:
                Default: `"big"`.
            trace:

        Returns:
            `AnyThing`

        Rate limit: 5 requests per minute; the client waits for a free slot
        instead of drawing a 429 (turn off with `rate_limit=False`).
        """

    async def retrieve(
        self,
        thing_id: str,
        *,
        size: Literal["big", "small", "tiny"] = "big",
        trace: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> AnyThing:
        """things.retrieve

        Args:
            thing_id:
            size:
                Default: `"big"`.
            trace:

        Returns:
            `AnyThing`

        Rate limit: 5 requests per minute; the client waits for a free slot
        instead of drawing a 429 (turn off with `rate_limit=False`).
        """
        return (
            await self._client.call(
                _things_retrieve(
                    thing_id,
                    size,
                    trace,
                    _runtime.options(extra_headers, extra_query, timeout, max_retries),
                )
            )
        ).parsed

    async def create(
        self,
        *,
        name: str,
        owner: Literal["acme", "other"] | str | None,
        size: Literal["big", "small", "tiny"] | NotGiven = NOT_GIVEN,
        address: Address | NotGiven = NOT_GIVEN,
        labels: dict[str, str] | NotGiven = NOT_GIVEN,
        class_: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> Thing:
        """Create a thing

        Args:
            name: The name.
                Constraints: min_length=1.
            owner:
            size:
                Default: `"big"`.
            address:
            labels:
            class_: A keyword as a field name.

        Returns:
            `Thing`
        """
        return (
            await self._client.call(
                _things_create(
                    name,
                    owner,
                    size,
                    address,
                    labels,
                    class_,
                    _runtime.options(extra_headers, extra_query, timeout, max_retries),
                )
            )
        ).parsed


class AsyncThingsResourceWithRawResponse:
    """`things` endpoints returning `RawResponse` (asyncio)."""

    def __init__(self, client: _runtime.AsyncAPIClient) -> None:
        self._client = client

    async def retrieve(
        self,
        thing_id: str,
        *,
        size: Literal["big", "small", "tiny"] = "big",
        trace: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> RawResponse[AnyThing]:
        """things.retrieve

        Args:
            thing_id:
            size:
                Default: `"big"`.
            trace:

        Returns:
            `RawResponse[AnyThing]`: the parsed body with the HTTP status, headers and timing.

        Rate limit: 5 requests per minute; the client waits for a free slot
        instead of drawing a 429 (turn off with `rate_limit=False`).
        """
        return await self._client.call(
            _things_retrieve(
                thing_id,
                size,
                trace,
                _runtime.options(extra_headers, extra_query, timeout, max_retries),
            )
        )

    async def create(
        self,
        *,
        name: str,
        owner: Literal["acme", "other"] | str | None,
        size: Literal["big", "small", "tiny"] | NotGiven = NOT_GIVEN,
        address: Address | NotGiven = NOT_GIVEN,
        labels: dict[str, str] | NotGiven = NOT_GIVEN,
        class_: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> RawResponse[Thing]:
        """Create a thing

        Args:
            name: The name.
                Constraints: min_length=1.
            owner:
            size:
                Default: `"big"`.
            address:
            labels:
            class_: A keyword as a field name.

        Returns:
            `RawResponse[Thing]`: the parsed body with the HTTP status, headers and timing.
        """
        return await self._client.call(
            _things_create(
                name,
                owner,
                size,
                address,
                labels,
                class_,
                _runtime.options(extra_headers, extra_query, timeout, max_retries),
            )
        )


class AsyncTagsResource:
    """`tags` endpoints (asyncio)."""

    def __init__(self, client: _runtime.AsyncAPIClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AsyncTagsResourceWithRawResponse:
        """The same methods, returning `RawResponse` with the status, headers and timing."""
        return AsyncTagsResourceWithRawResponse(self._client)

    async def list(
        self,
        *,
        limit: int = 20,
        prefix: str | None = None,
        sizes: list[Literal["big", "small", "tiny"]] | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> list[Tag]:
        """List tags

        Args:
            limit: Page size.
                Default: `20`.
                Constraints: ge=1.0, le=100.0.
            prefix:
            sizes:

        Returns:
            `list[Tag]`
        """
        return (
            await self._client.call(
                _tags_list(
                    limit,
                    prefix,
                    sizes,
                    _runtime.options(extra_headers, extra_query, timeout, max_retries),
                )
            )
        ).parsed


class AsyncTagsResourceWithRawResponse:
    """`tags` endpoints returning `RawResponse` (asyncio)."""

    def __init__(self, client: _runtime.AsyncAPIClient) -> None:
        self._client = client

    async def list(
        self,
        *,
        limit: int = 20,
        prefix: str | None = None,
        sizes: list[Literal["big", "small", "tiny"]] | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> RawResponse[list[Tag]]:
        """List tags

        Args:
            limit: Page size.
                Default: `20`.
                Constraints: ge=1.0, le=100.0.
            prefix:
            sizes:

        Returns:
            `RawResponse[list[Tag]]`: the parsed body with the HTTP status, headers and timing.
        """
        return await self._client.call(
            _tags_list(
                limit,
                prefix,
                sizes,
                _runtime.options(extra_headers, extra_query, timeout, max_retries),
            )
        )


class AsyncAcme(_runtime.AsyncAPIClient):
    """Asyncio client for the Acme API.

    The API key comes from `api_key` or the `ACME_API_KEY` environment
    variable, and is sent in the `x-api-key` header.

    Use it as a context manager, or call `await close()` when done.
    """

    things: AsyncThingsResource

    tags: AsyncTagsResource

    def __init__(
        self,
        *,
        api_key: str | None = None,
        base_url: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int = _runtime.DEFAULT_MAX_RETRIES,
        rate_limit: bool = True,
        default_headers: Headers | None = None,
        max_response_bytes: int = _runtime.DEFAULT_MAX_RESPONSE_BYTES,
        http_client: httpx.AsyncClient | None = None,
    ) -> None:
        """Create a client.

        Args:
            api_key: The API key; defaults to the `ACME_API_KEY` environment variable.
            base_url: The API origin; defaults to `https://api.acme.test`.
            timeout: Seconds, or an `httpx.Timeout`, for each attempt: connect, headers and
                body must all arrive within the largest of its limits. `None` waits forever.
                Defaults to the `http_client`'s own timeout, or 60 s (5 s to connect).
            max_retries: How often to retry connection errors, timeouts, 408, 409, 429 and 5xx.
            rate_limit: Wait for the documented rate limits on the client side.
            default_headers: Headers sent with every request; they replace the client's own
                (case-insensitively), and `None` removes one.
            max_response_bytes: The largest response body accepted, after decompression;
                a larger one raises `ResponseTooLargeError`.
            http_client: Your own `httpx.AsyncClient` (proxies, mTLS, transports).
                Redirects are followed only if it has `follow_redirects=True`, and the API key
                never goes to another origin.
        """
        super().__init__(
            _CONFIG,
            http_client=http_client,
            api_key=api_key,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            rate_limit=rate_limit,
            default_headers=default_headers,
            max_response_bytes=max_response_bytes,
        )

    def _bind_resources(self) -> None:
        self.things = AsyncThingsResource(self)
        self.tags = AsyncTagsResource(self)
