# Generated from spec/compilelabs.yaml by clientgen 0.1.0. Do not edit.
"""The CompileLabs API clients: `CompileLabs` (blocking) and `AsyncCompileLabs` (asyncio)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, overload

import httpx

from . import _runtime
from . import models as _models
from ._runtime import NOT_GIVEN, Headers, NotGiven, Query, RawResponse, ResponseType, Timeout

if TYPE_CHECKING:
    from .models import (
        GetModelResponse,
        ImageGenerationModel,
        TextGenerationModel,
    )

__all__ = ["AsyncCompileLabs", "CompileLabs"]

_CONFIG = _runtime.ProviderConfig(
    package="compilelabs",
    version="0.1.0",
    base_url="https://api.compilelabs.com",
    auth_scheme="header",
    auth_header="x-api-key",
    api_key_env="COMPILELABS_API_KEY",
    auth_optional=True,
    request_id_header=None,
    idempotency_header=None,
    non_retryable_codes=frozenset([]),
    rate_limits={},
)

# GET /v1/models/{model_id}
_MODELS_RETRIEVE = _runtime.Endpoint(
    "GET",
    "/v1/models/{model_id}",
    query_defaults={
        "type": "text_generation",
    },
    allow_slash=frozenset(["model_id"]),
)
_MODELS_RETRIEVE_RESPONSE: ResponseType[GetModelResponse] = ResponseType(
    lambda: _models.GetModelResponse, "GetModelResponse"
)


def _models_retrieve(
    model_id: str,
    type: Literal[
        "text_generation", "image_generation", "speech_to_text", "text_to_speech", "moderation"
    ],
    _options: _runtime.RequestOptions,
) -> _runtime.Call[GetModelResponse]:
    return _runtime.Call(
        _MODELS_RETRIEVE,
        _MODELS_RETRIEVE_RESPONSE,
        _options,
        path_params={
            "model_id": model_id,
        },
        query={
            "type": type,
        },
    )


class ModelsResource:
    """`models` endpoints."""

    def __init__(self, client: _runtime.SyncAPIClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> ModelsResourceWithRawResponse:
        """The same methods, returning `RawResponse` with the status, headers and timing."""
        return ModelsResourceWithRawResponse(self._client)

    @overload
    def retrieve(
        self,
        model_id: str,
        *,
        type: Literal["text_generation"] = "text_generation",
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> TextGenerationModel:
        """Get Model

        Args:
            model_id: The id of the model.
                Example: `"meta/llama-v3-8b-instruct"`.
            type: The type of the model.
                Default: `"text_generation"`.
                Examples: `"text_generation"`, `"image_generation"`.

        Returns:
            `TextGenerationModel`: Successful Response

        Docs: https://docs.compilelabs.com/api-reference/models/get-model
        """

    @overload
    def retrieve(
        self,
        model_id: str,
        *,
        type: Literal["image_generation"],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> ImageGenerationModel:
        """Get Model

        Args:
            model_id: The id of the model.
                Example: `"meta/llama-v3-8b-instruct"`.
            type: The type of the model.
                Default: `"text_generation"`.
                Examples: `"text_generation"`, `"image_generation"`.

        Returns:
            `ImageGenerationModel`: Successful Response

        Docs: https://docs.compilelabs.com/api-reference/models/get-model
        """

    @overload
    def retrieve(
        self,
        model_id: str,
        *,
        type: Literal["speech_to_text", "text_to_speech", "moderation"],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> GetModelResponse:
        """Get Model

        Args:
            model_id: The id of the model.
                Example: `"meta/llama-v3-8b-instruct"`.
            type: The type of the model.
                Default: `"text_generation"`.
                Examples: `"text_generation"`, `"image_generation"`.

        Returns:
            `GetModelResponse`: Successful Response

        Docs: https://docs.compilelabs.com/api-reference/models/get-model
        """

    @overload
    def retrieve(
        self,
        model_id: str,
        *,
        type: Literal[
            "text_generation", "image_generation", "speech_to_text", "text_to_speech", "moderation"
        ],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> GetModelResponse:
        """Get Model

        Args:
            model_id: The id of the model.
                Example: `"meta/llama-v3-8b-instruct"`.
            type: The type of the model.
                Default: `"text_generation"`.
                Examples: `"text_generation"`, `"image_generation"`.

        Returns:
            `GetModelResponse`: Successful Response

        Docs: https://docs.compilelabs.com/api-reference/models/get-model
        """

    def retrieve(
        self,
        model_id: str,
        *,
        type: Literal[
            "text_generation", "image_generation", "speech_to_text", "text_to_speech", "moderation"
        ] = "text_generation",
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> GetModelResponse:
        """Get Model

        Args:
            model_id: The id of the model.
                Example: `"meta/llama-v3-8b-instruct"`.
            type: The type of the model.
                Default: `"text_generation"`.
                Examples: `"text_generation"`, `"image_generation"`.

        Returns:
            `GetModelResponse`: Successful Response

        Docs: https://docs.compilelabs.com/api-reference/models/get-model
        """
        return (
            self._client.call(
                _models_retrieve(
                    model_id,
                    type,
                    _runtime.options(extra_headers, extra_query, timeout, max_retries),
                )
            )
        ).parsed


class ModelsResourceWithRawResponse:
    """`models` endpoints returning `RawResponse`."""

    def __init__(self, client: _runtime.SyncAPIClient) -> None:
        self._client = client

    def retrieve(
        self,
        model_id: str,
        *,
        type: Literal[
            "text_generation", "image_generation", "speech_to_text", "text_to_speech", "moderation"
        ] = "text_generation",
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> RawResponse[GetModelResponse]:
        """Get Model

        Args:
            model_id: The id of the model.
                Example: `"meta/llama-v3-8b-instruct"`.
            type: The type of the model.
                Default: `"text_generation"`.
                Examples: `"text_generation"`, `"image_generation"`.

        Returns:
            `RawResponse[GetModelResponse]`: the parsed body with the HTTP status, headers and timing.

        Docs: https://docs.compilelabs.com/api-reference/models/get-model
        """
        return self._client.call(
            _models_retrieve(
                model_id,
                type,
                _runtime.options(extra_headers, extra_query, timeout, max_retries),
            )
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

    models: ModelsResource

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
            api_key: The API key; defaults to the `COMPILELABS_API_KEY` environment variable.
            base_url: The API origin; defaults to `https://api.compilelabs.com`.
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
        self.models = ModelsResource(self)


class AsyncModelsResource:
    """`models` endpoints (asyncio)."""

    def __init__(self, client: _runtime.AsyncAPIClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AsyncModelsResourceWithRawResponse:
        """The same methods, returning `RawResponse` with the status, headers and timing."""
        return AsyncModelsResourceWithRawResponse(self._client)

    @overload
    async def retrieve(
        self,
        model_id: str,
        *,
        type: Literal["text_generation"] = "text_generation",
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> TextGenerationModel:
        """Get Model

        Args:
            model_id: The id of the model.
                Example: `"meta/llama-v3-8b-instruct"`.
            type: The type of the model.
                Default: `"text_generation"`.
                Examples: `"text_generation"`, `"image_generation"`.

        Returns:
            `TextGenerationModel`: Successful Response

        Docs: https://docs.compilelabs.com/api-reference/models/get-model
        """

    @overload
    async def retrieve(
        self,
        model_id: str,
        *,
        type: Literal["image_generation"],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> ImageGenerationModel:
        """Get Model

        Args:
            model_id: The id of the model.
                Example: `"meta/llama-v3-8b-instruct"`.
            type: The type of the model.
                Default: `"text_generation"`.
                Examples: `"text_generation"`, `"image_generation"`.

        Returns:
            `ImageGenerationModel`: Successful Response

        Docs: https://docs.compilelabs.com/api-reference/models/get-model
        """

    @overload
    async def retrieve(
        self,
        model_id: str,
        *,
        type: Literal["speech_to_text", "text_to_speech", "moderation"],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> GetModelResponse:
        """Get Model

        Args:
            model_id: The id of the model.
                Example: `"meta/llama-v3-8b-instruct"`.
            type: The type of the model.
                Default: `"text_generation"`.
                Examples: `"text_generation"`, `"image_generation"`.

        Returns:
            `GetModelResponse`: Successful Response

        Docs: https://docs.compilelabs.com/api-reference/models/get-model
        """

    @overload
    async def retrieve(
        self,
        model_id: str,
        *,
        type: Literal[
            "text_generation", "image_generation", "speech_to_text", "text_to_speech", "moderation"
        ],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> GetModelResponse:
        """Get Model

        Args:
            model_id: The id of the model.
                Example: `"meta/llama-v3-8b-instruct"`.
            type: The type of the model.
                Default: `"text_generation"`.
                Examples: `"text_generation"`, `"image_generation"`.

        Returns:
            `GetModelResponse`: Successful Response

        Docs: https://docs.compilelabs.com/api-reference/models/get-model
        """

    async def retrieve(
        self,
        model_id: str,
        *,
        type: Literal[
            "text_generation", "image_generation", "speech_to_text", "text_to_speech", "moderation"
        ] = "text_generation",
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> GetModelResponse:
        """Get Model

        Args:
            model_id: The id of the model.
                Example: `"meta/llama-v3-8b-instruct"`.
            type: The type of the model.
                Default: `"text_generation"`.
                Examples: `"text_generation"`, `"image_generation"`.

        Returns:
            `GetModelResponse`: Successful Response

        Docs: https://docs.compilelabs.com/api-reference/models/get-model
        """
        return (
            await self._client.call(
                _models_retrieve(
                    model_id,
                    type,
                    _runtime.options(extra_headers, extra_query, timeout, max_retries),
                )
            )
        ).parsed


class AsyncModelsResourceWithRawResponse:
    """`models` endpoints returning `RawResponse` (asyncio)."""

    def __init__(self, client: _runtime.AsyncAPIClient) -> None:
        self._client = client

    async def retrieve(
        self,
        model_id: str,
        *,
        type: Literal[
            "text_generation", "image_generation", "speech_to_text", "text_to_speech", "moderation"
        ] = "text_generation",
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> RawResponse[GetModelResponse]:
        """Get Model

        Args:
            model_id: The id of the model.
                Example: `"meta/llama-v3-8b-instruct"`.
            type: The type of the model.
                Default: `"text_generation"`.
                Examples: `"text_generation"`, `"image_generation"`.

        Returns:
            `RawResponse[GetModelResponse]`: the parsed body with the HTTP status, headers and timing.

        Docs: https://docs.compilelabs.com/api-reference/models/get-model
        """
        return await self._client.call(
            _models_retrieve(
                model_id,
                type,
                _runtime.options(extra_headers, extra_query, timeout, max_retries),
            )
        )


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

    models: AsyncModelsResource

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
            api_key: The API key; defaults to the `COMPILELABS_API_KEY` environment variable.
            base_url: The API origin; defaults to `https://api.compilelabs.com`.
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
        self.models = AsyncModelsResource(self)
