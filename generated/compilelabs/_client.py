# Generated from spec/compilelabs.yaml by clientgen 0.1.0. Do not edit.
"""The CompileLabs API clients: `CompileLabs` (blocking) and `AsyncCompileLabs` (asyncio)."""

from __future__ import annotations

from functools import cached_property as _cached_property
from typing import TYPE_CHECKING

import httpx

from . import _runtime
from ._runtime import NOT_GIVEN, Headers, NotGiven, Query, Timeout

if TYPE_CHECKING:
    from ._resources.chat import AsyncChatResource, ChatResource
    from ._resources.images import AsyncImagesResource, ImagesResource
    from ._resources.models import AsyncModelsResource, ModelsResource
    from ._resources.orgs import AsyncOrgsResource, OrgsResource
    from ._resources.responses import AsyncResponsesResource, ResponsesResource

__all__ = ["AsyncCompileLabs", "CompileLabs"]

_CONFIG = _runtime.ProviderConfig(
    package="compilelabs",
    version="0.1.0",
    base_url="https://api.compilelabs.com",
    auth_scheme="header",
    auth_header="x-api-key",
    api_key_env="COMPILELABS_API_KEY",
    base_url_env="COMPILELABS_BASE_URL",
    auth_optional=True,
    request_id_header=None,
    idempotency_header=None,
    non_retryable_codes=frozenset([]),
    error_paths={
        "message": ["error", "message"],
        "code": ["error", "code"],
        "type": ["error", "type"],
        "param": ["error", "param"],
    },
    rate_limits={},
)


class CompileLabs(_runtime.SyncAPIClient):
    """Client for the CompileLabs API.

    Compile Labs' API for text and image generation models from many authors.

    The API key comes from `api_key` or the `COMPILELABS_API_KEY` environment
    variable, and is sent in the `x-api-key` header.
    The API also accepts requests without a key.

    Your API key.

    Use it as a context manager, or call `close()` when done.

    Docs: https://docs.compilelabs.com
    """

    def __init__(
        self,
        *,
        api_key: str | None = None,
        base_url: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int = _runtime.DEFAULT_MAX_RETRIES,
        rate_limit: bool = True,
        default_headers: Headers | None = None,
        default_query: Query | None = None,
        max_response_bytes: int = _runtime.DEFAULT_MAX_RESPONSE_BYTES,
        http_client: httpx.Client | None = None,
    ) -> None:
        """Create a client.

        Args:
            api_key: The API key; defaults to the `COMPILELABS_API_KEY` environment variable.
            base_url: The API origin; defaults to the `COMPILELABS_BASE_URL` environment
                variable, else `https://api.compilelabs.com`.
            timeout: Seconds, or an `httpx.Timeout`, for each attempt: connect, headers and
                body must all arrive within the largest of its limits. `None` waits forever.
                Defaults to the `http_client`'s own timeout, or 60 s (5 s to connect).
            max_retries: How often to retry connection errors, timeouts, 408, 409, 429 and 5xx.
            rate_limit: Wait for the documented rate limits on the client side.
            default_headers: Headers sent with every request; they replace the client's own
                (case-insensitively), and `None` removes one.
            default_query: Query parameters sent with every request (a call's own win).
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
            default_query=default_query,
            max_response_bytes=max_response_bytes,
        )

    @_cached_property
    def models(self) -> ModelsResource:
        """`models` endpoints."""
        from ._resources.models import ModelsResource

        return ModelsResource(self)

    @_cached_property
    def chat(self) -> ChatResource:
        """`chat` endpoints."""
        from ._resources.chat import ChatResource

        return ChatResource(self)

    @_cached_property
    def responses(self) -> ResponsesResource:
        """`responses` endpoints."""
        from ._resources.responses import ResponsesResource

        return ResponsesResource(self)

    @_cached_property
    def images(self) -> ImagesResource:
        """`images` endpoints."""
        from ._resources.images import ImagesResource

        return ImagesResource(self)

    @_cached_property
    def orgs(self) -> OrgsResource:
        """`orgs` endpoints."""
        from ._resources.orgs import OrgsResource

        return OrgsResource(self)

    def _bind_resources(self) -> None:
        # A copy made by `with_options` must not keep the resources of the client it copied.
        self.__dict__.pop("models", None)
        self.__dict__.pop("chat", None)
        self.__dict__.pop("responses", None)
        self.__dict__.pop("images", None)
        self.__dict__.pop("orgs", None)


class AsyncCompileLabs(_runtime.AsyncAPIClient):
    """Asyncio client for the CompileLabs API.

    Compile Labs' API for text and image generation models from many authors.

    The API key comes from `api_key` or the `COMPILELABS_API_KEY` environment
    variable, and is sent in the `x-api-key` header.
    The API also accepts requests without a key.

    Your API key.

    Use it as a context manager, or call `await close()` when done.

    Docs: https://docs.compilelabs.com
    """

    def __init__(
        self,
        *,
        api_key: str | None = None,
        base_url: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int = _runtime.DEFAULT_MAX_RETRIES,
        rate_limit: bool = True,
        default_headers: Headers | None = None,
        default_query: Query | None = None,
        max_response_bytes: int = _runtime.DEFAULT_MAX_RESPONSE_BYTES,
        http_client: httpx.AsyncClient | None = None,
    ) -> None:
        """Create a client.

        Args:
            api_key: The API key; defaults to the `COMPILELABS_API_KEY` environment variable.
            base_url: The API origin; defaults to the `COMPILELABS_BASE_URL` environment
                variable, else `https://api.compilelabs.com`.
            timeout: Seconds, or an `httpx.Timeout`, for each attempt: connect, headers and
                body must all arrive within the largest of its limits. `None` waits forever.
                Defaults to the `http_client`'s own timeout, or 60 s (5 s to connect).
            max_retries: How often to retry connection errors, timeouts, 408, 409, 429 and 5xx.
            rate_limit: Wait for the documented rate limits on the client side.
            default_headers: Headers sent with every request; they replace the client's own
                (case-insensitively), and `None` removes one.
            default_query: Query parameters sent with every request (a call's own win).
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
            default_query=default_query,
            max_response_bytes=max_response_bytes,
        )

    @_cached_property
    def models(self) -> AsyncModelsResource:
        """`models` endpoints."""
        from ._resources.models import AsyncModelsResource

        return AsyncModelsResource(self)

    @_cached_property
    def chat(self) -> AsyncChatResource:
        """`chat` endpoints."""
        from ._resources.chat import AsyncChatResource

        return AsyncChatResource(self)

    @_cached_property
    def responses(self) -> AsyncResponsesResource:
        """`responses` endpoints."""
        from ._resources.responses import AsyncResponsesResource

        return AsyncResponsesResource(self)

    @_cached_property
    def images(self) -> AsyncImagesResource:
        """`images` endpoints."""
        from ._resources.images import AsyncImagesResource

        return AsyncImagesResource(self)

    @_cached_property
    def orgs(self) -> AsyncOrgsResource:
        """`orgs` endpoints."""
        from ._resources.orgs import AsyncOrgsResource

        return AsyncOrgsResource(self)

    def _bind_resources(self) -> None:
        # A copy made by `with_options` must not keep the resources of the client it copied.
        self.__dict__.pop("models", None)
        self.__dict__.pop("chat", None)
        self.__dict__.pop("responses", None)
        self.__dict__.pop("images", None)
        self.__dict__.pop("orgs", None)
