# Generated from spec/compilelabs.yaml by clientgen 0.1.0. Do not edit.
"""`client.orgs`: the CompileLabs API's `orgs` endpoints, sync and async.

Imported when `client.orgs` is first used.
"""

from __future__ import annotations

from functools import cached_property as _cached_property
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
    from ..models import UsageBalance
    from .orgs_users import (
        AsyncOrgsUsersResource,
        AsyncOrgsUsersResourceWithRawResponse,
        AsyncOrgsUsersResourceWithStreamingResponse,
        OrgsUsersResource,
        OrgsUsersResourceWithRawResponse,
        OrgsUsersResourceWithStreamingResponse,
    )

__all__ = [
    "AsyncOrgsResource",
    "AsyncOrgsResourceWithRawResponse",
    "AsyncOrgsResourceWithStreamingResponse",
    "OrgsResource",
    "OrgsResourceWithRawResponse",
    "OrgsResourceWithStreamingResponse",
]

# GET /v1/orgs/{org_id}/usage-balance
_ORGS_USAGE_BALANCE = _runtime.Endpoint(
    "GET",
    "/v1/orgs/{org_id}/usage-balance",
)
_ORGS_USAGE_BALANCE_RESPONSE: ResponseType[UsageBalance] = ResponseType(
    lambda: _models.UsageBalance, "UsageBalance"
)


def _orgs_usage_balance(
    org_id: str,
    _options: _runtime.RequestOptions,
) -> _runtime.Call[UsageBalance]:
    return _runtime.Call(
        _ORGS_USAGE_BALANCE,
        _ORGS_USAGE_BALANCE_RESPONSE,
        _options,
        path_params={
            "org_id": org_id,
        },
    )


class OrgsResource:
    """`orgs` endpoints."""

    def __init__(self, client: _runtime.SyncAPIClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> OrgsResourceWithRawResponse:
        """The same methods, returning `RawResponse` with the status, headers and timing."""
        return OrgsResourceWithRawResponse(self._client)

    @property
    def with_streaming_response(self) -> OrgsResourceWithStreamingResponse:
        """The same methods, sending the call on entering a `with` block and reading the body only when asked."""
        return OrgsResourceWithStreamingResponse(self._client)

    @_cached_property
    def users(self) -> OrgsUsersResource:
        """`orgs.users` endpoints."""
        from .orgs_users import OrgsUsersResource

        return OrgsUsersResource(self._client)

    def usage_balance(
        self,
        org_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> UsageBalance:
        """Get an organization's usage balance

        Args:
            org_id: The organization's id.
                Example: `"org_123"`.

        Returns:
            `UsageBalance`

        Docs: https://docs.compilelabs.com/billing
        """

        call = _orgs_usage_balance(
            org_id,
            _runtime.options(extra_headers, extra_query, timeout, max_retries),
        )
        return self._client.request(call, self._client.parser(call)).parsed


class OrgsResourceWithRawResponse:
    """`orgs` endpoints returning `RawResponse`."""

    def __init__(self, client: _runtime.SyncAPIClient) -> None:
        self._client = client

    @_cached_property
    def users(self) -> OrgsUsersResourceWithRawResponse:
        """`orgs.users` endpoints."""
        from .orgs_users import OrgsUsersResourceWithRawResponse

        return OrgsUsersResourceWithRawResponse(self._client)

    def usage_balance(
        self,
        org_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> RawResponse[UsageBalance]:
        """Get an organization's usage balance

        The arguments are those of `OrgsResource.usage_balance`.

        Returns:
            `RawResponse[UsageBalance]`: the parsed body with the HTTP status, headers and timing.
        """

        call = _orgs_usage_balance(
            org_id,
            _runtime.options(extra_headers, extra_query, timeout, max_retries),
        )
        return self._client.request(call, self._client.parser(call))


class OrgsResourceWithStreamingResponse:
    """`orgs` endpoints returning the response unread, in a `with` block."""

    def __init__(self, client: _runtime.SyncAPIClient) -> None:
        self._client = client

    @_cached_property
    def users(self) -> OrgsUsersResourceWithStreamingResponse:
        """`orgs.users` endpoints."""
        from .orgs_users import OrgsUsersResourceWithStreamingResponse

        return OrgsUsersResourceWithStreamingResponse(self._client)

    def usage_balance(
        self,
        org_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> ResponseContext[UsageBalance]:
        """Get an organization's usage balance

        The arguments are those of `OrgsResource.usage_balance`.

        Returns:
            `ResponseContext[UsageBalance]`: the call is sent on entering its `with`
            block, and the body is read only when asked for; `parse()` gives the `UsageBalance`.
        """

        call = _orgs_usage_balance(
            org_id,
            _runtime.options(extra_headers, extra_query, timeout, max_retries),
        )
        return self._client.streaming(call, self._client.parser(call))


class AsyncOrgsResource:
    """`orgs` endpoints (asyncio)."""

    def __init__(self, client: _runtime.AsyncAPIClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AsyncOrgsResourceWithRawResponse:
        """The same methods, returning `RawResponse` with the status, headers and timing."""
        return AsyncOrgsResourceWithRawResponse(self._client)

    @property
    def with_streaming_response(self) -> AsyncOrgsResourceWithStreamingResponse:
        """The same methods, sending the call on entering a `async with` block and reading the body only when asked."""
        return AsyncOrgsResourceWithStreamingResponse(self._client)

    @_cached_property
    def users(self) -> AsyncOrgsUsersResource:
        """`orgs.users` endpoints."""
        from .orgs_users import AsyncOrgsUsersResource

        return AsyncOrgsUsersResource(self._client)

    async def usage_balance(
        self,
        org_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> UsageBalance:
        """Get an organization's usage balance

        Args:
            org_id: The organization's id.
                Example: `"org_123"`.

        Returns:
            `UsageBalance`

        Docs: https://docs.compilelabs.com/billing
        """

        call = _orgs_usage_balance(
            org_id,
            _runtime.options(extra_headers, extra_query, timeout, max_retries),
        )
        return (await self._client.request(call, self._client.parser(call))).parsed


class AsyncOrgsResourceWithRawResponse:
    """`orgs` endpoints returning `RawResponse` (asyncio)."""

    def __init__(self, client: _runtime.AsyncAPIClient) -> None:
        self._client = client

    @_cached_property
    def users(self) -> AsyncOrgsUsersResourceWithRawResponse:
        """`orgs.users` endpoints."""
        from .orgs_users import AsyncOrgsUsersResourceWithRawResponse

        return AsyncOrgsUsersResourceWithRawResponse(self._client)

    async def usage_balance(
        self,
        org_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> RawResponse[UsageBalance]:
        """Get an organization's usage balance

        The arguments are those of `AsyncOrgsResource.usage_balance`.

        Returns:
            `RawResponse[UsageBalance]`: the parsed body with the HTTP status, headers and timing.
        """

        call = _orgs_usage_balance(
            org_id,
            _runtime.options(extra_headers, extra_query, timeout, max_retries),
        )
        return await self._client.request(call, self._client.parser(call))


class AsyncOrgsResourceWithStreamingResponse:
    """`orgs` endpoints returning the response unread, in an `async with` block."""

    def __init__(self, client: _runtime.AsyncAPIClient) -> None:
        self._client = client

    @_cached_property
    def users(self) -> AsyncOrgsUsersResourceWithStreamingResponse:
        """`orgs.users` endpoints."""
        from .orgs_users import AsyncOrgsUsersResourceWithStreamingResponse

        return AsyncOrgsUsersResourceWithStreamingResponse(self._client)

    def usage_balance(
        self,
        org_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> AsyncResponseContext[UsageBalance]:
        """Get an organization's usage balance

        The arguments are those of `AsyncOrgsResource.usage_balance`.

        Returns:
            `AsyncResponseContext[UsageBalance]`: the call is sent on entering its `async with`
            block, and the body is read only when asked for; `parse()` gives the `UsageBalance`.
        """

        call = _orgs_usage_balance(
            org_id,
            _runtime.options(extra_headers, extra_query, timeout, max_retries),
        )
        return self._client.streaming(call, self._client.parser(call))
