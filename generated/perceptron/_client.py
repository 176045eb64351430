# Generated from spec/perceptron.yaml by clientgen 0.1.0. Do not edit.
"""The Perceptron API clients: `Perceptron` (blocking) and `AsyncPerceptron` (asyncio)."""

from __future__ import annotations

from functools import cached_property as _cached_property
from typing import TYPE_CHECKING

import httpx

from . import _runtime
from ._runtime import NOT_GIVEN, Headers, NotGiven, Query, Timeout

if TYPE_CHECKING:
    from ._resources.chat import AsyncChatResource, ChatResource
    from ._resources.files import AsyncFilesResource, FilesResource
    from ._resources.media import AsyncMediaResource, MediaResource
    from ._resources.models import AsyncModelsResource, ModelsResource

__all__ = ["AsyncPerceptron", "Perceptron"]

_CONFIG = _runtime.ProviderConfig(
    package="perceptron",
    version="0.1.0",
    base_url="https://api.perceptron.inc",
    auth_scheme="bearer",
    auth_header="Authorization",
    api_key_env="PERCEPTRON_API_KEY",
    base_url_env="PERCEPTRON_BASE_URL",
    auth_optional=False,
    request_id_header="x-trace-id",
    idempotency_header=None,
    non_retryable_codes=frozenset(["insufficient_quota"]),
    error_paths={
        "message": ["error", "message"],
        "code": ["error", "code"],
        "type": ["error", "type"],
        "param": ["error", "param"],
    },
    rate_limits={
        "models": (30, 60.0),
        "chat": (300, 60.0),
        "file_upload": (60, 60.0),
        "file_list": (100, 60.0),
        "file_retrieve": (100, 60.0),
        "file_content": (30, 60.0),
        "media": (150, 60.0),
    },
)


class Perceptron(_runtime.SyncAPIClient):
    """Client for the Perceptron API.

    Perceptron's OpenAI-compatible API for its vision-language models.

    The API key comes from `api_key` or the `PERCEPTRON_API_KEY` environment
    variable, and is sent as `Authorization: Bearer <key>`.

    Bearer token authentication using your Perceptron API key.

    Use it as a context manager, or call `close()` when done.

    Docs: https://docs.perceptron.inc
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
            api_key: The API key; defaults to the `PERCEPTRON_API_KEY` environment variable.
            base_url: The API origin; defaults to the `PERCEPTRON_BASE_URL` environment
                variable, else `https://api.perceptron.inc`.
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
    def files(self) -> FilesResource:
        """`files` endpoints."""
        from ._resources.files import FilesResource

        return FilesResource(self)

    @_cached_property
    def media(self) -> MediaResource:
        """`media` endpoints."""
        from ._resources.media import MediaResource

        return MediaResource(self)

    def _bind_resources(self) -> None:
        # A copy made by `with_options` must not keep the resources of the client it copied.
        self.__dict__.pop("models", None)
        self.__dict__.pop("chat", None)
        self.__dict__.pop("files", None)
        self.__dict__.pop("media", None)


class AsyncPerceptron(_runtime.AsyncAPIClient):
    """Asyncio client for the Perceptron API.

    Perceptron's OpenAI-compatible API for its vision-language models.

    The API key comes from `api_key` or the `PERCEPTRON_API_KEY` environment
    variable, and is sent as `Authorization: Bearer <key>`.

    Bearer token authentication using your Perceptron API key.

    Use it as a context manager, or call `await close()` when done.

    Docs: https://docs.perceptron.inc
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
            api_key: The API key; defaults to the `PERCEPTRON_API_KEY` environment variable.
            base_url: The API origin; defaults to the `PERCEPTRON_BASE_URL` environment
                variable, else `https://api.perceptron.inc`.
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
    def files(self) -> AsyncFilesResource:
        """`files` endpoints."""
        from ._resources.files import AsyncFilesResource

        return AsyncFilesResource(self)

    @_cached_property
    def media(self) -> AsyncMediaResource:
        """`media` endpoints."""
        from ._resources.media import AsyncMediaResource

        return AsyncMediaResource(self)

    def _bind_resources(self) -> None:
        # A copy made by `with_options` must not keep the resources of the client it copied.
        self.__dict__.pop("models", None)
        self.__dict__.pop("chat", None)
        self.__dict__.pop("files", None)
        self.__dict__.pop("media", None)
