# Generated from spec/compilelabs.yaml by clientgen 0.1.0. Do not edit.
"""`client.orgs.users`: the CompileLabs API's `orgs.users` endpoints, sync and async.

Imported when `client.orgs.users` is first used.
"""

from __future__ import annotations

from typing import Any

from .. import _runtime
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

__all__ = [
    "AsyncOrgsUsersResource",
    "AsyncOrgsUsersResourceWithRawResponse",
    "AsyncOrgsUsersResourceWithStreamingResponse",
    "OrgsUsersResource",
    "OrgsUsersResourceWithRawResponse",
    "OrgsUsersResourceWithStreamingResponse",
]

# GET /v1/orgs/{org_id}/users/{user_id}/usage
_ORGS_USERS_USAGE = _runtime.Endpoint(
    "GET",
    "/v1/orgs/{org_id}/users/{user_id}/usage",
)
_ORGS_USERS_USAGE_RESPONSE: ResponseType[Any] = ResponseType(lambda: Any, "Any")


def _orgs_users_usage(
    org_id: str,
    user_id: str,
    start_time_unix: int,
    end_time_unix: int,
    _options: _runtime.RequestOptions,
) -> _runtime.Call[Any]:
    return _runtime.Call(
        _ORGS_USERS_USAGE,
        _ORGS_USERS_USAGE_RESPONSE,
        _options,
        path_params={
            "org_id": org_id,
            "user_id": user_id,
        },
        query={
            "start_time_unix": start_time_unix,
            "end_time_unix": end_time_unix,
        },
    )


class OrgsUsersResource:
    """`orgs.users` endpoints."""

    def __init__(self, client: _runtime.SyncAPIClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> OrgsUsersResourceWithRawResponse:
        """The same methods, returning `RawResponse` with the status, headers and timing."""
        return OrgsUsersResourceWithRawResponse(self._client)

    @property
    def with_streaming_response(self) -> OrgsUsersResourceWithStreamingResponse:
        """The same methods, sending the call on entering a `with` block and reading the body only when asked."""
        return OrgsUsersResourceWithStreamingResponse(self._client)

    def usage(
        self,
        org_id: str,
        user_id: str,
        *,
        start_time_unix: int,
        end_time_unix: int,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> Any:
        """Get a member's usage

        The usage events of one member in a time range. The billing guide shows the
        call but not the response, which is returned as parsed JSON.

        Args:
            org_id: The organization's id.
                Example: `"org_123"`.
            user_id: The member's id.
                Example: `"user_456"`.
            start_time_unix: The start of the range, as a Unix timestamp.
                Example: `1767225600`.
            end_time_unix: The end of the range, as a Unix timestamp.
                Example: `1769904000`.

        Returns:
            `Any`

        Docs: https://docs.compilelabs.com/billing
        """

        call = _orgs_users_usage(
            org_id,
            user_id,
            start_time_unix,
            end_time_unix,
            _runtime.options(extra_headers, extra_query, timeout, max_retries),
        )
        return self._client.request(call, self._client.parser(call)).parsed


class OrgsUsersResourceWithRawResponse:
    """`orgs.users` endpoints returning `RawResponse`."""

    def __init__(self, client: _runtime.SyncAPIClient) -> None:
        self._client = client

    def usage(
        self,
        org_id: str,
        user_id: str,
        *,
        start_time_unix: int,
        end_time_unix: int,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> RawResponse[Any]:
        """Get a member's usage

        The arguments are those of `OrgsUsersResource.usage`.

        Returns:
            `RawResponse[Any]`: the parsed body with the HTTP status, headers and timing.
        """

        call = _orgs_users_usage(
            org_id,
            user_id,
            start_time_unix,
            end_time_unix,
            _runtime.options(extra_headers, extra_query, timeout, max_retries),
        )
        return self._client.request(call, self._client.parser(call))


class OrgsUsersResourceWithStreamingResponse:
    """`orgs.users` endpoints returning the response unread, in a `with` block."""

    def __init__(self, client: _runtime.SyncAPIClient) -> None:
        self._client = client

    def usage(
        self,
        org_id: str,
        user_id: str,
        *,
        start_time_unix: int,
        end_time_unix: int,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> ResponseContext[Any]:
        """Get a member's usage

        The arguments are those of `OrgsUsersResource.usage`.

        Returns:
            `ResponseContext[Any]`: the call is sent on entering its `with`
            block, and the body is read only when asked for; `parse()` gives the `Any`.
        """

        call = _orgs_users_usage(
            org_id,
            user_id,
            start_time_unix,
            end_time_unix,
            _runtime.options(extra_headers, extra_query, timeout, max_retries),
        )
        return self._client.streaming(call, self._client.parser(call))


class AsyncOrgsUsersResource:
    """`orgs.users` endpoints (asyncio)."""

    def __init__(self, client: _runtime.AsyncAPIClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AsyncOrgsUsersResourceWithRawResponse:
        """The same methods, returning `RawResponse` with the status, headers and timing."""
        return AsyncOrgsUsersResourceWithRawResponse(self._client)

    @property
    def with_streaming_response(self) -> AsyncOrgsUsersResourceWithStreamingResponse:
        """The same methods, sending the call on entering a `async with` block and reading the body only when asked."""
        return AsyncOrgsUsersResourceWithStreamingResponse(self._client)

    async def usage(
        self,
        org_id: str,
        user_id: str,
        *,
        start_time_unix: int,
        end_time_unix: int,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> Any:
        """Get a member's usage

        The usage events of one member in a time range. The billing guide shows the
        call but not the response, which is returned as parsed JSON.

        Args:
            org_id: The organization's id.
                Example: `"org_123"`.
            user_id: The member's id.
                Example: `"user_456"`.
            start_time_unix: The start of the range, as a Unix timestamp.
                Example: `1767225600`.
            end_time_unix: The end of the range, as a Unix timestamp.
                Example: `1769904000`.

        Returns:
            `Any`

        Docs: https://docs.compilelabs.com/billing
        """

        call = _orgs_users_usage(
            org_id,
            user_id,
            start_time_unix,
            end_time_unix,
            _runtime.options(extra_headers, extra_query, timeout, max_retries),
        )
        return (await self._client.request(call, self._client.parser(call))).parsed


class AsyncOrgsUsersResourceWithRawResponse:
    """`orgs.users` endpoints returning `RawResponse` (asyncio)."""

    def __init__(self, client: _runtime.AsyncAPIClient) -> None:
        self._client = client

    async def usage(
        self,
        org_id: str,
        user_id: str,
        *,
        start_time_unix: int,
        end_time_unix: int,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> RawResponse[Any]:
        """Get a member's usage

        The arguments are those of `AsyncOrgsUsersResource.usage`.

        Returns:
            `RawResponse[Any]`: the parsed body with the HTTP status, headers and timing.
        """

        call = _orgs_users_usage(
            org_id,
            user_id,
            start_time_unix,
            end_time_unix,
            _runtime.options(extra_headers, extra_query, timeout, max_retries),
        )
        return await self._client.request(call, self._client.parser(call))


class AsyncOrgsUsersResourceWithStreamingResponse:
    """`orgs.users` endpoints returning the response unread, in an `async with` block."""

    def __init__(self, client: _runtime.AsyncAPIClient) -> None:
        self._client = client

    def usage(
        self,
        org_id: str,
        user_id: str,
        *,
        start_time_unix: int,
        end_time_unix: int,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> AsyncResponseContext[Any]:
        """Get a member's usage

        The arguments are those of `AsyncOrgsUsersResource.usage`.

        Returns:
            `AsyncResponseContext[Any]`: the call is sent on entering its `async with`
            block, and the body is read only when asked for; `parse()` gives the `Any`.
        """

        call = _orgs_users_usage(
            org_id,
            user_id,
            start_time_unix,
            end_time_unix,
            _runtime.options(extra_headers, extra_query, timeout, max_retries),
        )
        return self._client.streaming(call, self._client.parser(call))
