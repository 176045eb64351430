# Generated from golden/acme.yaml (API version 2026-11-01) by clientgen 0.1.0. Do not edit.
"""`client.things`: the Acme API's `things` endpoints, sync and async.

Imported when `client.things` is first used.
"""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING, Literal, overload

from .. import _runtime
from .. import models as _models
from .._runtime import (
    NOT_GIVEN,
    AsyncBinaryResponse,
    AsyncCursorPage,
    AsyncResponseContext,
    BinaryResponse,
    Body,
    Headers,
    NotGiven,
    Query,
    RawResponse,
    ResponseContext,
    ResponseType,
    SyncCursorPage,
    Timeout,
)

if TYPE_CHECKING:
    from ..models import Address, AddressParam, AnyThing, Big, Size, Small, Thing, ThingPage

__all__ = [
    "AsyncThingsResource",
    "AsyncThingsResourceWithRawResponse",
    "AsyncThingsResourceWithStreamingResponse",
    "ThingsResource",
    "ThingsResourceWithRawResponse",
    "ThingsResourceWithStreamingResponse",
]

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
    size: Literal["big", "small", "tiny"] | Size,
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


# GET /v1/things
_THINGS_LIST = _runtime.Endpoint(
    "GET",
    "/v1/things",
)
_THINGS_LIST_RESPONSE: ResponseType[ThingPage] = ResponseType(
    lambda: _models.ThingPage, "ThingPage"
)
_THINGS_LIST_PAGE = _runtime.PageSpec(
    items="data",
    cursor_param="after",
    next_cursor="last_id",
    has_more="has_more",
)


def _things_list(
    after: str | None,
    limit: int | None,
    _options: _runtime.RequestOptions,
) -> _runtime.Call[ThingPage]:
    return _runtime.Call(
        _THINGS_LIST,
        _THINGS_LIST_RESPONSE,
        _options,
        query={
            "after": after,
            "limit": limit,
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
    size: Literal["big", "small", "tiny"] | Size | NotGiven,
    address: AddressParam | Address | NotGiven,
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


# POST /v1/things/{thing_id}/labels
_THINGS_LABEL = _runtime.Endpoint(
    "POST",
    "/v1/things/{thing_id}/labels",
    fixed_query=[["mode", "append"]],
    query_defaults={
        "sizes": ["big"],
    },
)


def _things_label(
    thing_id: str,
    labels: builtins.list[str],
    priority: int | None,
    sizes: builtins.list[Literal["big", "small", "tiny"] | Size] | None,
    _options: _runtime.RequestOptions,
) -> _runtime.Call[None]:
    return _runtime.Call(
        _THINGS_LABEL,
        _runtime.NO_BODY,
        _options,
        path_params={
            "thing_id": thing_id,
        },
        query={
            "labels": labels,
            "sizes": sizes,
        },
        headers={
            "priority": priority,
        },
    )


# DELETE /v1/things/{thing_id}
_THINGS_DELETE = _runtime.Endpoint(
    "DELETE",
    "/v1/things/{thing_id}",
)


def _things_delete(
    thing_id: str,
    _options: _runtime.RequestOptions,
) -> _runtime.Call[None]:
    return _runtime.Call(
        _THINGS_DELETE,
        _runtime.NO_BODY,
        _options,
        path_params={
            "thing_id": thing_id,
        },
    )


# GET /v1/things/{thing_id}/content
_THINGS_CONTENT = _runtime.Endpoint(
    "GET",
    "/v1/things/{thing_id}/content",
)


def _things_content(
    thing_id: str,
    _options: _runtime.RequestOptions,
) -> _runtime.Call[None]:
    return _runtime.Call(
        _THINGS_CONTENT,
        _runtime.NO_BODY,
        _options,
        path_params={
            "thing_id": thing_id,
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

    @property
    def with_streaming_response(self) -> ThingsResourceWithStreamingResponse:
        """The same methods, sending the call on entering a `with` block and reading the body only when asked."""
        return ThingsResourceWithStreamingResponse(self._client)

    @overload
    def retrieve(
        self,
        thing_id: str,
        *,
        size: Literal["big", Size.BIG] = "big",
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
        size: Literal["small", Size.SMALL],
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
        size: Literal["tiny", Size.TINY],
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
        size: Literal["big", "small", "tiny"] | Size,
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
        size: Literal["big", "small", "tiny"] | Size = "big",
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

        call = _things_retrieve(
            thing_id,
            size,
            trace,
            _runtime.options(extra_headers, extra_query, timeout, max_retries),
        )
        return self._client.request(call, self._client.parser(call)).parsed

    def list(
        self,
        *,
        after: str | None = None,
        limit: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> SyncCursorPage[Thing]:
        """List things, a page at a time

        Args:
            after: The last id of the previous page.
            limit:
                Constraints: ge=1.0, le=100.0.

        Returns:
            `SyncCursorPage[Thing]`
        """

        call = _things_list(
            after,
            limit,
            _runtime.options(extra_headers, extra_query, timeout, max_retries),
        )
        return self._client.request(call, self._client.pager(call, _THINGS_LIST_PAGE)).parsed

    def create(
        self,
        *,
        name: str,
        owner: Literal["acme", "other"] | str | None,
        size: Literal["big", "small", "tiny"] | Size | NotGiven = NOT_GIVEN,
        address: AddressParam | Address | NotGiven = NOT_GIVEN,
        labels: dict[str, str] | NotGiven = NOT_GIVEN,
        class_: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        idempotency_key: str | None = None,
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

        call = _things_create(
            name,
            owner,
            size,
            address,
            labels,
            class_,
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

    def label(
        self,
        thing_id: str,
        *,
        labels: builtins.list[str],
        priority: int | None = None,
        sizes: builtins.list[Literal["big", "small", "tiny"] | Size] | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        idempotency_key: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> None:
        """Add labels to a thing (a fixed query, and a list next to a `list` method)

        Args:
            thing_id:
            labels:
            priority:
            sizes:
                Default: `["big"]`.

        Returns:
            Nothing: the answer has no body.
        """

        call = _things_label(
            thing_id,
            labels,
            priority,
            sizes,
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

    def delete(
        self,
        thing_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        idempotency_key: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> None:
        """Delete a thing

        Args:
            thing_id:

        Returns:
            Nothing: the answer has no body.
        """

        call = _things_delete(
            thing_id,
            _runtime.options(
                extra_headers, extra_query, timeout, max_retries, idempotency_key=idempotency_key
            ),
        )
        return self._client.request(call, self._client.parser(call)).parsed

    def content(
        self,
        thing_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> BinaryResponse:
        """Download a thing's content

        Args:
            thing_id:

        Returns:
            `BinaryResponse`
        """

        call = _things_content(
            thing_id,
            _runtime.options(extra_headers, extra_query, timeout, max_retries),
        )
        return self._client.request(call, self._client.downloader()).parsed


class ThingsResourceWithRawResponse:
    """`things` endpoints returning `RawResponse`."""

    def __init__(self, client: _runtime.SyncAPIClient) -> None:
        self._client = client

    @overload
    def retrieve(
        self,
        thing_id: str,
        *,
        size: Literal["big", Size.BIG] = "big",
        trace: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> RawResponse[Big]:
        """things.retrieve

        The arguments are those of `ThingsResource.retrieve`.

        Returns:
            `RawResponse[Big]`: the parsed body with the HTTP status, headers and timing.
        """

    @overload
    def retrieve(
        self,
        thing_id: str,
        *,
        size: Literal["small", Size.SMALL],
        trace: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> RawResponse[Small]:
        """things.retrieve

        The arguments are those of `ThingsResource.retrieve`.

        Returns:
            `RawResponse[Small]`: the parsed body with the HTTP status, headers and timing.
        """

    @overload
    def retrieve(
        self,
        thing_id: str,
        *,
        size: Literal["tiny", Size.TINY],
        trace: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> RawResponse[AnyThing]:
        """things.retrieve

        The arguments are those of `ThingsResource.retrieve`.

        Returns:
            `RawResponse[AnyThing]`: the parsed body with the HTTP status, headers and timing.
        """

    @overload
    def retrieve(
        self,
        thing_id: str,
        *,
        size: Literal["big", "small", "tiny"] | Size,
        trace: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> RawResponse[AnyThing]:
        """things.retrieve

        The arguments are those of `ThingsResource.retrieve`.

        Returns:
            `RawResponse[AnyThing]`: the parsed body with the HTTP status, headers and timing.
        """

    def retrieve(
        self,
        thing_id: str,
        *,
        size: Literal["big", "small", "tiny"] | Size = "big",
        trace: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> RawResponse[AnyThing]:
        """things.retrieve

        The arguments are those of `ThingsResource.retrieve`.

        Returns:
            `RawResponse[AnyThing]`: the parsed body with the HTTP status, headers and timing.
        """

        call = _things_retrieve(
            thing_id,
            size,
            trace,
            _runtime.options(extra_headers, extra_query, timeout, max_retries),
        )
        return self._client.request(call, self._client.parser(call))

    def list(
        self,
        *,
        after: str | None = None,
        limit: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> RawResponse[SyncCursorPage[Thing]]:
        """List things, a page at a time

        The arguments are those of `ThingsResource.list`.

        Returns:
            `RawResponse[SyncCursorPage[Thing]]`: the parsed body with the HTTP status, headers and timing.
        """

        call = _things_list(
            after,
            limit,
            _runtime.options(extra_headers, extra_query, timeout, max_retries),
        )
        return self._client.request(call, self._client.pager(call, _THINGS_LIST_PAGE))

    def create(
        self,
        *,
        name: str,
        owner: Literal["acme", "other"] | str | None,
        size: Literal["big", "small", "tiny"] | Size | NotGiven = NOT_GIVEN,
        address: AddressParam | Address | NotGiven = NOT_GIVEN,
        labels: dict[str, str] | NotGiven = NOT_GIVEN,
        class_: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        idempotency_key: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> RawResponse[Thing]:
        """Create a thing

        The arguments are those of `ThingsResource.create`.

        Returns:
            `RawResponse[Thing]`: the parsed body with the HTTP status, headers and timing.
        """

        call = _things_create(
            name,
            owner,
            size,
            address,
            labels,
            class_,
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

    def label(
        self,
        thing_id: str,
        *,
        labels: builtins.list[str],
        priority: int | None = None,
        sizes: builtins.list[Literal["big", "small", "tiny"] | Size] | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        idempotency_key: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> RawResponse[None]:
        """Add labels to a thing (a fixed query, and a list next to a `list` method)

        The arguments are those of `ThingsResource.label`.

        Returns:
            `RawResponse[None]`: the parsed body with the HTTP status, headers and timing.
        """

        call = _things_label(
            thing_id,
            labels,
            priority,
            sizes,
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

    def delete(
        self,
        thing_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        idempotency_key: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> RawResponse[None]:
        """Delete a thing

        The arguments are those of `ThingsResource.delete`.

        Returns:
            `RawResponse[None]`: the parsed body with the HTTP status, headers and timing.
        """

        call = _things_delete(
            thing_id,
            _runtime.options(
                extra_headers, extra_query, timeout, max_retries, idempotency_key=idempotency_key
            ),
        )
        return self._client.request(call, self._client.parser(call))

    def content(
        self,
        thing_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> RawResponse[BinaryResponse]:
        """Download a thing's content

        The arguments are those of `ThingsResource.content`.

        Returns:
            `RawResponse[BinaryResponse]`: the parsed body with the HTTP status, headers and timing.
        """

        call = _things_content(
            thing_id,
            _runtime.options(extra_headers, extra_query, timeout, max_retries),
        )
        return self._client.request(call, self._client.downloader())


class ThingsResourceWithStreamingResponse:
    """`things` endpoints returning the response unread, in a `with` block."""

    def __init__(self, client: _runtime.SyncAPIClient) -> None:
        self._client = client

    @overload
    def retrieve(
        self,
        thing_id: str,
        *,
        size: Literal["big", Size.BIG] = "big",
        trace: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> ResponseContext[Big]:
        """things.retrieve

        The arguments are those of `ThingsResource.retrieve`.

        Returns:
            `ResponseContext[Big]`: the call is sent on entering its `with`
            block, and the body is read only when asked for; `parse()` gives the `Big`.
        """

    @overload
    def retrieve(
        self,
        thing_id: str,
        *,
        size: Literal["small", Size.SMALL],
        trace: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> ResponseContext[Small]:
        """things.retrieve

        The arguments are those of `ThingsResource.retrieve`.

        Returns:
            `ResponseContext[Small]`: the call is sent on entering its `with`
            block, and the body is read only when asked for; `parse()` gives the `Small`.
        """

    @overload
    def retrieve(
        self,
        thing_id: str,
        *,
        size: Literal["tiny", Size.TINY],
        trace: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> ResponseContext[AnyThing]:
        """things.retrieve

        The arguments are those of `ThingsResource.retrieve`.

        Returns:
            `ResponseContext[AnyThing]`: the call is sent on entering its `with`
            block, and the body is read only when asked for; `parse()` gives the `AnyThing`.
        """

    @overload
    def retrieve(
        self,
        thing_id: str,
        *,
        size: Literal["big", "small", "tiny"] | Size,
        trace: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> ResponseContext[AnyThing]:
        """things.retrieve

        The arguments are those of `ThingsResource.retrieve`.

        Returns:
            `ResponseContext[AnyThing]`: the call is sent on entering its `with`
            block, and the body is read only when asked for; `parse()` gives the `AnyThing`.
        """

    def retrieve(
        self,
        thing_id: str,
        *,
        size: Literal["big", "small", "tiny"] | Size = "big",
        trace: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> ResponseContext[AnyThing]:
        """things.retrieve

        The arguments are those of `ThingsResource.retrieve`.

        Returns:
            `ResponseContext[AnyThing]`: the call is sent on entering its `with`
            block, and the body is read only when asked for; `parse()` gives the `AnyThing`.
        """

        call = _things_retrieve(
            thing_id,
            size,
            trace,
            _runtime.options(extra_headers, extra_query, timeout, max_retries),
        )
        return self._client.streaming(call, self._client.parser(call))

    def list(
        self,
        *,
        after: str | None = None,
        limit: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> ResponseContext[SyncCursorPage[Thing]]:
        """List things, a page at a time

        The arguments are those of `ThingsResource.list`.

        Returns:
            `ResponseContext[SyncCursorPage[Thing]]`: the call is sent on entering its `with`
            block, and the body is read only when asked for; `parse()` gives the `SyncCursorPage[Thing]`.
        """

        call = _things_list(
            after,
            limit,
            _runtime.options(extra_headers, extra_query, timeout, max_retries),
        )
        return self._client.streaming(call, self._client.pager(call, _THINGS_LIST_PAGE))

    def create(
        self,
        *,
        name: str,
        owner: Literal["acme", "other"] | str | None,
        size: Literal["big", "small", "tiny"] | Size | NotGiven = NOT_GIVEN,
        address: AddressParam | Address | NotGiven = NOT_GIVEN,
        labels: dict[str, str] | NotGiven = NOT_GIVEN,
        class_: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        idempotency_key: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> ResponseContext[Thing]:
        """Create a thing

        The arguments are those of `ThingsResource.create`.

        Returns:
            `ResponseContext[Thing]`: the call is sent on entering its `with`
            block, and the body is read only when asked for; `parse()` gives the `Thing`.
        """

        call = _things_create(
            name,
            owner,
            size,
            address,
            labels,
            class_,
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

    def label(
        self,
        thing_id: str,
        *,
        labels: builtins.list[str],
        priority: int | None = None,
        sizes: builtins.list[Literal["big", "small", "tiny"] | Size] | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        idempotency_key: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> ResponseContext[None]:
        """Add labels to a thing (a fixed query, and a list next to a `list` method)

        The arguments are those of `ThingsResource.label`.

        Returns:
            `ResponseContext[None]`: the call is sent on entering its `with`
            block, and the body is read only when asked for; `parse()` gives the `None`.
        """

        call = _things_label(
            thing_id,
            labels,
            priority,
            sizes,
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

    def delete(
        self,
        thing_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        idempotency_key: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> ResponseContext[None]:
        """Delete a thing

        The arguments are those of `ThingsResource.delete`.

        Returns:
            `ResponseContext[None]`: the call is sent on entering its `with`
            block, and the body is read only when asked for; `parse()` gives the `None`.
        """

        call = _things_delete(
            thing_id,
            _runtime.options(
                extra_headers, extra_query, timeout, max_retries, idempotency_key=idempotency_key
            ),
        )
        return self._client.streaming(call, self._client.parser(call))

    def content(
        self,
        thing_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> ResponseContext[BinaryResponse]:
        """Download a thing's content

        The arguments are those of `ThingsResource.content`.

        Returns:
            `ResponseContext[BinaryResponse]`: the call is sent on entering its `with`
            block, and the body is read only when asked for; `parse()` gives the `BinaryResponse`.
        """

        call = _things_content(
            thing_id,
            _runtime.options(extra_headers, extra_query, timeout, max_retries),
        )
        return self._client.streaming(call, self._client.downloader())


class AsyncThingsResource:
    """`things` endpoints (asyncio)."""

    def __init__(self, client: _runtime.AsyncAPIClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AsyncThingsResourceWithRawResponse:
        """The same methods, returning `RawResponse` with the status, headers and timing."""
        return AsyncThingsResourceWithRawResponse(self._client)

    @property
    def with_streaming_response(self) -> AsyncThingsResourceWithStreamingResponse:
        """The same methods, sending the call on entering a `async with` block and reading the body only when asked."""
        return AsyncThingsResourceWithStreamingResponse(self._client)

    @overload
    async def retrieve(
        self,
        thing_id: str,
        *,
        size: Literal["big", Size.BIG] = "big",
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
        size: Literal["small", Size.SMALL],
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
        size: Literal["tiny", Size.TINY],
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
        size: Literal["big", "small", "tiny"] | Size,
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
        size: Literal["big", "small", "tiny"] | Size = "big",
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

        call = _things_retrieve(
            thing_id,
            size,
            trace,
            _runtime.options(extra_headers, extra_query, timeout, max_retries),
        )
        return (await self._client.request(call, self._client.parser(call))).parsed

    async def list(
        self,
        *,
        after: str | None = None,
        limit: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> AsyncCursorPage[Thing]:
        """List things, a page at a time

        Args:
            after: The last id of the previous page.
            limit:
                Constraints: ge=1.0, le=100.0.

        Returns:
            `AsyncCursorPage[Thing]`
        """

        call = _things_list(
            after,
            limit,
            _runtime.options(extra_headers, extra_query, timeout, max_retries),
        )
        return (
            await self._client.request(call, self._client.pager(call, _THINGS_LIST_PAGE))
        ).parsed

    async def create(
        self,
        *,
        name: str,
        owner: Literal["acme", "other"] | str | None,
        size: Literal["big", "small", "tiny"] | Size | NotGiven = NOT_GIVEN,
        address: AddressParam | Address | NotGiven = NOT_GIVEN,
        labels: dict[str, str] | NotGiven = NOT_GIVEN,
        class_: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        idempotency_key: str | None = None,
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

        call = _things_create(
            name,
            owner,
            size,
            address,
            labels,
            class_,
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

    async def label(
        self,
        thing_id: str,
        *,
        labels: builtins.list[str],
        priority: int | None = None,
        sizes: builtins.list[Literal["big", "small", "tiny"] | Size] | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        idempotency_key: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> None:
        """Add labels to a thing (a fixed query, and a list next to a `list` method)

        Args:
            thing_id:
            labels:
            priority:
            sizes:
                Default: `["big"]`.

        Returns:
            Nothing: the answer has no body.
        """

        call = _things_label(
            thing_id,
            labels,
            priority,
            sizes,
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

    async def delete(
        self,
        thing_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        idempotency_key: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> None:
        """Delete a thing

        Args:
            thing_id:

        Returns:
            Nothing: the answer has no body.
        """

        call = _things_delete(
            thing_id,
            _runtime.options(
                extra_headers, extra_query, timeout, max_retries, idempotency_key=idempotency_key
            ),
        )
        return (await self._client.request(call, self._client.parser(call))).parsed

    async def content(
        self,
        thing_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> AsyncBinaryResponse:
        """Download a thing's content

        Args:
            thing_id:

        Returns:
            `AsyncBinaryResponse`
        """

        call = _things_content(
            thing_id,
            _runtime.options(extra_headers, extra_query, timeout, max_retries),
        )
        return (await self._client.request(call, self._client.downloader())).parsed


class AsyncThingsResourceWithRawResponse:
    """`things` endpoints returning `RawResponse` (asyncio)."""

    def __init__(self, client: _runtime.AsyncAPIClient) -> None:
        self._client = client

    @overload
    async def retrieve(
        self,
        thing_id: str,
        *,
        size: Literal["big", Size.BIG] = "big",
        trace: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> RawResponse[Big]:
        """things.retrieve

        The arguments are those of `AsyncThingsResource.retrieve`.

        Returns:
            `RawResponse[Big]`: the parsed body with the HTTP status, headers and timing.
        """

    @overload
    async def retrieve(
        self,
        thing_id: str,
        *,
        size: Literal["small", Size.SMALL],
        trace: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> RawResponse[Small]:
        """things.retrieve

        The arguments are those of `AsyncThingsResource.retrieve`.

        Returns:
            `RawResponse[Small]`: the parsed body with the HTTP status, headers and timing.
        """

    @overload
    async def retrieve(
        self,
        thing_id: str,
        *,
        size: Literal["tiny", Size.TINY],
        trace: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> RawResponse[AnyThing]:
        """things.retrieve

        The arguments are those of `AsyncThingsResource.retrieve`.

        Returns:
            `RawResponse[AnyThing]`: the parsed body with the HTTP status, headers and timing.
        """

    @overload
    async def retrieve(
        self,
        thing_id: str,
        *,
        size: Literal["big", "small", "tiny"] | Size,
        trace: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> RawResponse[AnyThing]:
        """things.retrieve

        The arguments are those of `AsyncThingsResource.retrieve`.

        Returns:
            `RawResponse[AnyThing]`: the parsed body with the HTTP status, headers and timing.
        """

    async def retrieve(
        self,
        thing_id: str,
        *,
        size: Literal["big", "small", "tiny"] | Size = "big",
        trace: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> RawResponse[AnyThing]:
        """things.retrieve

        The arguments are those of `AsyncThingsResource.retrieve`.

        Returns:
            `RawResponse[AnyThing]`: the parsed body with the HTTP status, headers and timing.
        """

        call = _things_retrieve(
            thing_id,
            size,
            trace,
            _runtime.options(extra_headers, extra_query, timeout, max_retries),
        )
        return await self._client.request(call, self._client.parser(call))

    async def list(
        self,
        *,
        after: str | None = None,
        limit: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> RawResponse[AsyncCursorPage[Thing]]:
        """List things, a page at a time

        The arguments are those of `AsyncThingsResource.list`.

        Returns:
            `RawResponse[AsyncCursorPage[Thing]]`: the parsed body with the HTTP status, headers and timing.
        """

        call = _things_list(
            after,
            limit,
            _runtime.options(extra_headers, extra_query, timeout, max_retries),
        )
        return await self._client.request(call, self._client.pager(call, _THINGS_LIST_PAGE))

    async def create(
        self,
        *,
        name: str,
        owner: Literal["acme", "other"] | str | None,
        size: Literal["big", "small", "tiny"] | Size | NotGiven = NOT_GIVEN,
        address: AddressParam | Address | NotGiven = NOT_GIVEN,
        labels: dict[str, str] | NotGiven = NOT_GIVEN,
        class_: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        idempotency_key: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> RawResponse[Thing]:
        """Create a thing

        The arguments are those of `AsyncThingsResource.create`.

        Returns:
            `RawResponse[Thing]`: the parsed body with the HTTP status, headers and timing.
        """

        call = _things_create(
            name,
            owner,
            size,
            address,
            labels,
            class_,
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

    async def label(
        self,
        thing_id: str,
        *,
        labels: builtins.list[str],
        priority: int | None = None,
        sizes: builtins.list[Literal["big", "small", "tiny"] | Size] | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        idempotency_key: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> RawResponse[None]:
        """Add labels to a thing (a fixed query, and a list next to a `list` method)

        The arguments are those of `AsyncThingsResource.label`.

        Returns:
            `RawResponse[None]`: the parsed body with the HTTP status, headers and timing.
        """

        call = _things_label(
            thing_id,
            labels,
            priority,
            sizes,
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

    async def delete(
        self,
        thing_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        idempotency_key: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> RawResponse[None]:
        """Delete a thing

        The arguments are those of `AsyncThingsResource.delete`.

        Returns:
            `RawResponse[None]`: the parsed body with the HTTP status, headers and timing.
        """

        call = _things_delete(
            thing_id,
            _runtime.options(
                extra_headers, extra_query, timeout, max_retries, idempotency_key=idempotency_key
            ),
        )
        return await self._client.request(call, self._client.parser(call))

    async def content(
        self,
        thing_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> RawResponse[AsyncBinaryResponse]:
        """Download a thing's content

        The arguments are those of `AsyncThingsResource.content`.

        Returns:
            `RawResponse[AsyncBinaryResponse]`: the parsed body with the HTTP status, headers and timing.
        """

        call = _things_content(
            thing_id,
            _runtime.options(extra_headers, extra_query, timeout, max_retries),
        )
        return await self._client.request(call, self._client.downloader())


class AsyncThingsResourceWithStreamingResponse:
    """`things` endpoints returning the response unread, in an `async with` block."""

    def __init__(self, client: _runtime.AsyncAPIClient) -> None:
        self._client = client

    @overload
    def retrieve(
        self,
        thing_id: str,
        *,
        size: Literal["big", Size.BIG] = "big",
        trace: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> AsyncResponseContext[Big]:
        """things.retrieve

        The arguments are those of `AsyncThingsResource.retrieve`.

        Returns:
            `AsyncResponseContext[Big]`: the call is sent on entering its `async with`
            block, and the body is read only when asked for; `parse()` gives the `Big`.
        """

    @overload
    def retrieve(
        self,
        thing_id: str,
        *,
        size: Literal["small", Size.SMALL],
        trace: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> AsyncResponseContext[Small]:
        """things.retrieve

        The arguments are those of `AsyncThingsResource.retrieve`.

        Returns:
            `AsyncResponseContext[Small]`: the call is sent on entering its `async with`
            block, and the body is read only when asked for; `parse()` gives the `Small`.
        """

    @overload
    def retrieve(
        self,
        thing_id: str,
        *,
        size: Literal["tiny", Size.TINY],
        trace: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> AsyncResponseContext[AnyThing]:
        """things.retrieve

        The arguments are those of `AsyncThingsResource.retrieve`.

        Returns:
            `AsyncResponseContext[AnyThing]`: the call is sent on entering its `async with`
            block, and the body is read only when asked for; `parse()` gives the `AnyThing`.
        """

    @overload
    def retrieve(
        self,
        thing_id: str,
        *,
        size: Literal["big", "small", "tiny"] | Size,
        trace: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> AsyncResponseContext[AnyThing]:
        """things.retrieve

        The arguments are those of `AsyncThingsResource.retrieve`.

        Returns:
            `AsyncResponseContext[AnyThing]`: the call is sent on entering its `async with`
            block, and the body is read only when asked for; `parse()` gives the `AnyThing`.
        """

    def retrieve(
        self,
        thing_id: str,
        *,
        size: Literal["big", "small", "tiny"] | Size = "big",
        trace: str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> AsyncResponseContext[AnyThing]:
        """things.retrieve

        The arguments are those of `AsyncThingsResource.retrieve`.

        Returns:
            `AsyncResponseContext[AnyThing]`: the call is sent on entering its `async with`
            block, and the body is read only when asked for; `parse()` gives the `AnyThing`.
        """

        call = _things_retrieve(
            thing_id,
            size,
            trace,
            _runtime.options(extra_headers, extra_query, timeout, max_retries),
        )
        return self._client.streaming(call, self._client.parser(call))

    def list(
        self,
        *,
        after: str | None = None,
        limit: int | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> AsyncResponseContext[AsyncCursorPage[Thing]]:
        """List things, a page at a time

        The arguments are those of `AsyncThingsResource.list`.

        Returns:
            `AsyncResponseContext[AsyncCursorPage[Thing]]`: the call is sent on entering its `async with`
            block, and the body is read only when asked for; `parse()` gives the `AsyncCursorPage[Thing]`.
        """

        call = _things_list(
            after,
            limit,
            _runtime.options(extra_headers, extra_query, timeout, max_retries),
        )
        return self._client.streaming(call, self._client.pager(call, _THINGS_LIST_PAGE))

    def create(
        self,
        *,
        name: str,
        owner: Literal["acme", "other"] | str | None,
        size: Literal["big", "small", "tiny"] | Size | NotGiven = NOT_GIVEN,
        address: AddressParam | Address | NotGiven = NOT_GIVEN,
        labels: dict[str, str] | NotGiven = NOT_GIVEN,
        class_: str | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        idempotency_key: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> AsyncResponseContext[Thing]:
        """Create a thing

        The arguments are those of `AsyncThingsResource.create`.

        Returns:
            `AsyncResponseContext[Thing]`: the call is sent on entering its `async with`
            block, and the body is read only when asked for; `parse()` gives the `Thing`.
        """

        call = _things_create(
            name,
            owner,
            size,
            address,
            labels,
            class_,
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

    def label(
        self,
        thing_id: str,
        *,
        labels: builtins.list[str],
        priority: int | None = None,
        sizes: builtins.list[Literal["big", "small", "tiny"] | Size] | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        idempotency_key: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> AsyncResponseContext[None]:
        """Add labels to a thing (a fixed query, and a list next to a `list` method)

        The arguments are those of `AsyncThingsResource.label`.

        Returns:
            `AsyncResponseContext[None]`: the call is sent on entering its `async with`
            block, and the body is read only when asked for; `parse()` gives the `None`.
        """

        call = _things_label(
            thing_id,
            labels,
            priority,
            sizes,
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

    def delete(
        self,
        thing_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        idempotency_key: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> AsyncResponseContext[None]:
        """Delete a thing

        The arguments are those of `AsyncThingsResource.delete`.

        Returns:
            `AsyncResponseContext[None]`: the call is sent on entering its `async with`
            block, and the body is read only when asked for; `parse()` gives the `None`.
        """

        call = _things_delete(
            thing_id,
            _runtime.options(
                extra_headers, extra_query, timeout, max_retries, idempotency_key=idempotency_key
            ),
        )
        return self._client.streaming(call, self._client.parser(call))

    def content(
        self,
        thing_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> AsyncResponseContext[AsyncBinaryResponse]:
        """Download a thing's content

        The arguments are those of `AsyncThingsResource.content`.

        Returns:
            `AsyncResponseContext[AsyncBinaryResponse]`: the call is sent on entering its `async with`
            block, and the body is read only when asked for; `parse()` gives the `AsyncBinaryResponse`.
        """

        call = _things_content(
            thing_id,
            _runtime.options(extra_headers, extra_query, timeout, max_retries),
        )
        return self._client.streaming(call, self._client.downloader())
