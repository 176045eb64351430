# Generated from spec/perceptron.yaml by clientgen 0.1.0. Do not edit.
"""The Perceptron API clients: `Perceptron` (blocking) and `AsyncPerceptron` (asyncio)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, overload

import httpx

from . import _runtime
from . import models as _models
from ._runtime import NOT_GIVEN, Headers, NotGiven, Query, RawResponse, ResponseType, Timeout

if TYPE_CHECKING:
    from .models import (
        GetModelsExtendedResponse,
        GetModelsResponse,
        ListModelsResponse,
        Model,
        ModelExtended,
        RetrieveModelResponse,
    )

__all__ = ["AsyncPerceptron", "Perceptron"]

_CONFIG = _runtime.ProviderConfig(
    package="perceptron",
    version="0.1.0",
    base_url="https://api.perceptron.inc",
    auth_scheme="bearer",
    auth_header="Authorization",
    api_key_env="PERCEPTRON_API_KEY",
    auth_optional=False,
    request_id_header="x-trace-id",
    idempotency_header=None,
    non_retryable_codes=frozenset(["insufficient_quota"]),
    rate_limits={
        "models": (30, 60.0),
    },
)

# GET /v1/models/{model_id}
_MODELS_RETRIEVE = _runtime.Endpoint(
    "GET",
    "/v1/models/{model_id}",
    rate_limit="models",
    query_defaults={
        "extended": False,
    },
)
_MODELS_RETRIEVE_RESPONSE: ResponseType[RetrieveModelResponse] = ResponseType(
    lambda: _models.RetrieveModelResponse, "RetrieveModelResponse"
)
_MODELS_RETRIEVE_CASES: tuple[tuple[object, ResponseType[RetrieveModelResponse]], ...] = (
    (False, ResponseType(lambda: _models.Model, "Model")),
    (True, ResponseType(lambda: _models.ModelExtended, "ModelExtended")),
)


def _models_retrieve(
    model_id: str,
    extended: bool,
    _options: _runtime.RequestOptions,
) -> _runtime.Call[RetrieveModelResponse]:
    return _runtime.Call(
        _MODELS_RETRIEVE,
        _runtime.select(extended, _MODELS_RETRIEVE_CASES, _MODELS_RETRIEVE_RESPONSE),
        _options,
        path_params={
            "model_id": model_id,
        },
        query={
            "extended": extended,
        },
    )


# GET /v1/models
_MODELS_LIST = _runtime.Endpoint(
    "GET",
    "/v1/models",
    rate_limit="models",
    query_defaults={
        "extended": False,
    },
)
_MODELS_LIST_RESPONSE: ResponseType[ListModelsResponse] = ResponseType(
    lambda: _models.ListModelsResponse, "ListModelsResponse"
)
_MODELS_LIST_CASES: tuple[tuple[object, ResponseType[ListModelsResponse]], ...] = (
    (False, ResponseType(lambda: _models.GetModelsResponse, "GetModelsResponse")),
    (True, ResponseType(lambda: _models.GetModelsExtendedResponse, "GetModelsExtendedResponse")),
)


def _models_list(
    extended: bool,
    _options: _runtime.RequestOptions,
) -> _runtime.Call[ListModelsResponse]:
    return _runtime.Call(
        _MODELS_LIST,
        _runtime.select(extended, _MODELS_LIST_CASES, _MODELS_LIST_RESPONSE),
        _options,
        query={
            "extended": extended,
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
        extended: Literal[False] = False,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> Model:
        """Retrieve a model

        The Retrieve Model API returns a specific model by its ID. This endpoint is
        compatible with OpenAI's model retrieval specification. Use the optional
        extended query parameter to retrieve detailed metadata about the model,
        including capabilities, supported input/output modalities, and token limits.

        Use cases: verify a specific model exists and is available before making
        inference requests; check if a model supports specific features (structured
        outputs, video input, etc.); fetch model details to adapt UI or request
        parameters; check context and output limits before sending requests.

        Args:
            model_id: The ID of the model to retrieve.
                Example: `"perc-x1"`.
            extended: If true, returns extended model metadata including capabilities, modalities,
                and limits.
                Default: `False`.
                Example: `True`.

        Returns:
            `Model`: The model with the given ID. Returns Model when extended=false (default), or
            ModelExtended when extended=true.

        Rate limit: 30 requests per minute (per organization); the client waits for a free slot
        instead of drawing a 429 (turn off with `rate_limit=False`).

        Docs: https://docs.perceptron.inc/api-reference/endpoint/retrieve-model
        """

    @overload
    def retrieve(
        self,
        model_id: str,
        *,
        extended: Literal[True],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> ModelExtended:
        """Retrieve a model

        The Retrieve Model API returns a specific model by its ID. This endpoint is
        compatible with OpenAI's model retrieval specification. Use the optional
        extended query parameter to retrieve detailed metadata about the model,
        including capabilities, supported input/output modalities, and token limits.

        Use cases: verify a specific model exists and is available before making
        inference requests; check if a model supports specific features (structured
        outputs, video input, etc.); fetch model details to adapt UI or request
        parameters; check context and output limits before sending requests.

        Args:
            model_id: The ID of the model to retrieve.
                Example: `"perc-x1"`.
            extended: If true, returns extended model metadata including capabilities, modalities,
                and limits.
                Default: `False`.
                Example: `True`.

        Returns:
            `ModelExtended`: The model with the given ID. Returns Model when extended=false (default), or
            ModelExtended when extended=true.

        Rate limit: 30 requests per minute (per organization); the client waits for a free slot
        instead of drawing a 429 (turn off with `rate_limit=False`).

        Docs: https://docs.perceptron.inc/api-reference/endpoint/retrieve-model
        """

    @overload
    def retrieve(
        self,
        model_id: str,
        *,
        extended: bool,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> RetrieveModelResponse:
        """Retrieve a model

        The Retrieve Model API returns a specific model by its ID. This endpoint is
        compatible with OpenAI's model retrieval specification. Use the optional
        extended query parameter to retrieve detailed metadata about the model,
        including capabilities, supported input/output modalities, and token limits.

        Use cases: verify a specific model exists and is available before making
        inference requests; check if a model supports specific features (structured
        outputs, video input, etc.); fetch model details to adapt UI or request
        parameters; check context and output limits before sending requests.

        Args:
            model_id: The ID of the model to retrieve.
                Example: `"perc-x1"`.
            extended: If true, returns extended model metadata including capabilities, modalities,
                and limits.
                Default: `False`.
                Example: `True`.

        Returns:
            `RetrieveModelResponse`: The model with the given ID. Returns Model when extended=false (default), or
            ModelExtended when extended=true.

        Rate limit: 30 requests per minute (per organization); the client waits for a free slot
        instead of drawing a 429 (turn off with `rate_limit=False`).

        Docs: https://docs.perceptron.inc/api-reference/endpoint/retrieve-model
        """

    def retrieve(
        self,
        model_id: str,
        *,
        extended: bool = False,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> RetrieveModelResponse:
        """Retrieve a model

        The Retrieve Model API returns a specific model by its ID. This endpoint is
        compatible with OpenAI's model retrieval specification. Use the optional
        extended query parameter to retrieve detailed metadata about the model,
        including capabilities, supported input/output modalities, and token limits.

        Use cases: verify a specific model exists and is available before making
        inference requests; check if a model supports specific features (structured
        outputs, video input, etc.); fetch model details to adapt UI or request
        parameters; check context and output limits before sending requests.

        Args:
            model_id: The ID of the model to retrieve.
                Example: `"perc-x1"`.
            extended: If true, returns extended model metadata including capabilities, modalities,
                and limits.
                Default: `False`.
                Example: `True`.

        Returns:
            `RetrieveModelResponse`: The model with the given ID. Returns Model when extended=false (default), or
            ModelExtended when extended=true.

        Rate limit: 30 requests per minute (per organization); the client waits for a free slot
        instead of drawing a 429 (turn off with `rate_limit=False`).

        Docs: https://docs.perceptron.inc/api-reference/endpoint/retrieve-model
        """
        return (
            self._client.call(
                _models_retrieve(
                    model_id,
                    extended,
                    _runtime.options(extra_headers, extra_query, timeout, max_retries),
                )
            )
        ).parsed

    @overload
    def list(
        self,
        *,
        extended: Literal[False] = False,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> GetModelsResponse:
        """List available models

        OpenAI-compatible model listing. Use it to find models before inference,
        check features such as structured outputs and video input, and check context
        and output token limits.

        Args:
            extended: If true, each entry adds extended metadata: capabilities, modalities, and
                limits.
                Default: `False`.

        Returns:
            `GetModelsResponse`: GetModelsResponse when extended=false (the default), and
            GetModelsExtendedResponse when extended=true.

        Rate limit: 30 requests per minute (per organization); the client waits for a free slot
        instead of drawing a 429 (turn off with `rate_limit=False`).

        Docs: https://docs.perceptron.inc/isaac-0.2/api-reference/endpoint/list-models
        """

    @overload
    def list(
        self,
        *,
        extended: Literal[True],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> GetModelsExtendedResponse:
        """List available models

        OpenAI-compatible model listing. Use it to find models before inference,
        check features such as structured outputs and video input, and check context
        and output token limits.

        Args:
            extended: If true, each entry adds extended metadata: capabilities, modalities, and
                limits.
                Default: `False`.

        Returns:
            `GetModelsExtendedResponse`: GetModelsResponse when extended=false (the default), and
            GetModelsExtendedResponse when extended=true.

        Rate limit: 30 requests per minute (per organization); the client waits for a free slot
        instead of drawing a 429 (turn off with `rate_limit=False`).

        Docs: https://docs.perceptron.inc/isaac-0.2/api-reference/endpoint/list-models
        """

    @overload
    def list(
        self,
        *,
        extended: bool,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> ListModelsResponse:
        """List available models

        OpenAI-compatible model listing. Use it to find models before inference,
        check features such as structured outputs and video input, and check context
        and output token limits.

        Args:
            extended: If true, each entry adds extended metadata: capabilities, modalities, and
                limits.
                Default: `False`.

        Returns:
            `ListModelsResponse`: GetModelsResponse when extended=false (the default), and
            GetModelsExtendedResponse when extended=true.

        Rate limit: 30 requests per minute (per organization); the client waits for a free slot
        instead of drawing a 429 (turn off with `rate_limit=False`).

        Docs: https://docs.perceptron.inc/isaac-0.2/api-reference/endpoint/list-models
        """

    def list(
        self,
        *,
        extended: bool = False,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> ListModelsResponse:
        """List available models

        OpenAI-compatible model listing. Use it to find models before inference,
        check features such as structured outputs and video input, and check context
        and output token limits.

        Args:
            extended: If true, each entry adds extended metadata: capabilities, modalities, and
                limits.
                Default: `False`.

        Returns:
            `ListModelsResponse`: GetModelsResponse when extended=false (the default), and
            GetModelsExtendedResponse when extended=true.

        Rate limit: 30 requests per minute (per organization); the client waits for a free slot
        instead of drawing a 429 (turn off with `rate_limit=False`).

        Docs: https://docs.perceptron.inc/isaac-0.2/api-reference/endpoint/list-models
        """
        return (
            self._client.call(
                _models_list(
                    extended,
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
        extended: bool = False,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> RawResponse[RetrieveModelResponse]:
        """Retrieve a model

        The Retrieve Model API returns a specific model by its ID. This endpoint is
        compatible with OpenAI's model retrieval specification. Use the optional
        extended query parameter to retrieve detailed metadata about the model,
        including capabilities, supported input/output modalities, and token limits.

        Use cases: verify a specific model exists and is available before making
        inference requests; check if a model supports specific features (structured
        outputs, video input, etc.); fetch model details to adapt UI or request
        parameters; check context and output limits before sending requests.

        Args:
            model_id: The ID of the model to retrieve.
                Example: `"perc-x1"`.
            extended: If true, returns extended model metadata including capabilities, modalities,
                and limits.
                Default: `False`.
                Example: `True`.

        Returns:
            `RawResponse[RetrieveModelResponse]`: the parsed body with the HTTP status, headers and timing.

        Rate limit: 30 requests per minute (per organization); the client waits for a free slot
        instead of drawing a 429 (turn off with `rate_limit=False`).

        Docs: https://docs.perceptron.inc/api-reference/endpoint/retrieve-model
        """
        return self._client.call(
            _models_retrieve(
                model_id,
                extended,
                _runtime.options(extra_headers, extra_query, timeout, max_retries),
            )
        )

    def list(
        self,
        *,
        extended: bool = False,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> RawResponse[ListModelsResponse]:
        """List available models

        OpenAI-compatible model listing. Use it to find models before inference,
        check features such as structured outputs and video input, and check context
        and output token limits.

        Args:
            extended: If true, each entry adds extended metadata: capabilities, modalities, and
                limits.
                Default: `False`.

        Returns:
            `RawResponse[ListModelsResponse]`: the parsed body with the HTTP status, headers and timing.

        Rate limit: 30 requests per minute (per organization); the client waits for a free slot
        instead of drawing a 429 (turn off with `rate_limit=False`).

        Docs: https://docs.perceptron.inc/isaac-0.2/api-reference/endpoint/list-models
        """
        return self._client.call(
            _models_list(
                extended,
                _runtime.options(extra_headers, extra_query, timeout, max_retries),
            )
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
            api_key: The API key; defaults to the `PERCEPTRON_API_KEY` environment variable.
            base_url: The API origin; defaults to `https://api.perceptron.inc`.
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
        extended: Literal[False] = False,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> Model:
        """Retrieve a model

        The Retrieve Model API returns a specific model by its ID. This endpoint is
        compatible with OpenAI's model retrieval specification. Use the optional
        extended query parameter to retrieve detailed metadata about the model,
        including capabilities, supported input/output modalities, and token limits.

        Use cases: verify a specific model exists and is available before making
        inference requests; check if a model supports specific features (structured
        outputs, video input, etc.); fetch model details to adapt UI or request
        parameters; check context and output limits before sending requests.

        Args:
            model_id: The ID of the model to retrieve.
                Example: `"perc-x1"`.
            extended: If true, returns extended model metadata including capabilities, modalities,
                and limits.
                Default: `False`.
                Example: `True`.

        Returns:
            `Model`: The model with the given ID. Returns Model when extended=false (default), or
            ModelExtended when extended=true.

        Rate limit: 30 requests per minute (per organization); the client waits for a free slot
        instead of drawing a 429 (turn off with `rate_limit=False`).

        Docs: https://docs.perceptron.inc/api-reference/endpoint/retrieve-model
        """

    @overload
    async def retrieve(
        self,
        model_id: str,
        *,
        extended: Literal[True],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> ModelExtended:
        """Retrieve a model

        The Retrieve Model API returns a specific model by its ID. This endpoint is
        compatible with OpenAI's model retrieval specification. Use the optional
        extended query parameter to retrieve detailed metadata about the model,
        including capabilities, supported input/output modalities, and token limits.

        Use cases: verify a specific model exists and is available before making
        inference requests; check if a model supports specific features (structured
        outputs, video input, etc.); fetch model details to adapt UI or request
        parameters; check context and output limits before sending requests.

        Args:
            model_id: The ID of the model to retrieve.
                Example: `"perc-x1"`.
            extended: If true, returns extended model metadata including capabilities, modalities,
                and limits.
                Default: `False`.
                Example: `True`.

        Returns:
            `ModelExtended`: The model with the given ID. Returns Model when extended=false (default), or
            ModelExtended when extended=true.

        Rate limit: 30 requests per minute (per organization); the client waits for a free slot
        instead of drawing a 429 (turn off with `rate_limit=False`).

        Docs: https://docs.perceptron.inc/api-reference/endpoint/retrieve-model
        """

    @overload
    async def retrieve(
        self,
        model_id: str,
        *,
        extended: bool,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> RetrieveModelResponse:
        """Retrieve a model

        The Retrieve Model API returns a specific model by its ID. This endpoint is
        compatible with OpenAI's model retrieval specification. Use the optional
        extended query parameter to retrieve detailed metadata about the model,
        including capabilities, supported input/output modalities, and token limits.

        Use cases: verify a specific model exists and is available before making
        inference requests; check if a model supports specific features (structured
        outputs, video input, etc.); fetch model details to adapt UI or request
        parameters; check context and output limits before sending requests.

        Args:
            model_id: The ID of the model to retrieve.
                Example: `"perc-x1"`.
            extended: If true, returns extended model metadata including capabilities, modalities,
                and limits.
                Default: `False`.
                Example: `True`.

        Returns:
            `RetrieveModelResponse`: The model with the given ID. Returns Model when extended=false (default), or
            ModelExtended when extended=true.

        Rate limit: 30 requests per minute (per organization); the client waits for a free slot
        instead of drawing a 429 (turn off with `rate_limit=False`).

        Docs: https://docs.perceptron.inc/api-reference/endpoint/retrieve-model
        """

    async def retrieve(
        self,
        model_id: str,
        *,
        extended: bool = False,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> RetrieveModelResponse:
        """Retrieve a model

        The Retrieve Model API returns a specific model by its ID. This endpoint is
        compatible with OpenAI's model retrieval specification. Use the optional
        extended query parameter to retrieve detailed metadata about the model,
        including capabilities, supported input/output modalities, and token limits.

        Use cases: verify a specific model exists and is available before making
        inference requests; check if a model supports specific features (structured
        outputs, video input, etc.); fetch model details to adapt UI or request
        parameters; check context and output limits before sending requests.

        Args:
            model_id: The ID of the model to retrieve.
                Example: `"perc-x1"`.
            extended: If true, returns extended model metadata including capabilities, modalities,
                and limits.
                Default: `False`.
                Example: `True`.

        Returns:
            `RetrieveModelResponse`: The model with the given ID. Returns Model when extended=false (default), or
            ModelExtended when extended=true.

        Rate limit: 30 requests per minute (per organization); the client waits for a free slot
        instead of drawing a 429 (turn off with `rate_limit=False`).

        Docs: https://docs.perceptron.inc/api-reference/endpoint/retrieve-model
        """
        return (
            await self._client.call(
                _models_retrieve(
                    model_id,
                    extended,
                    _runtime.options(extra_headers, extra_query, timeout, max_retries),
                )
            )
        ).parsed

    @overload
    async def list(
        self,
        *,
        extended: Literal[False] = False,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> GetModelsResponse:
        """List available models

        OpenAI-compatible model listing. Use it to find models before inference,
        check features such as structured outputs and video input, and check context
        and output token limits.

        Args:
            extended: If true, each entry adds extended metadata: capabilities, modalities, and
                limits.
                Default: `False`.

        Returns:
            `GetModelsResponse`: GetModelsResponse when extended=false (the default), and
            GetModelsExtendedResponse when extended=true.

        Rate limit: 30 requests per minute (per organization); the client waits for a free slot
        instead of drawing a 429 (turn off with `rate_limit=False`).

        Docs: https://docs.perceptron.inc/isaac-0.2/api-reference/endpoint/list-models
        """

    @overload
    async def list(
        self,
        *,
        extended: Literal[True],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> GetModelsExtendedResponse:
        """List available models

        OpenAI-compatible model listing. Use it to find models before inference,
        check features such as structured outputs and video input, and check context
        and output token limits.

        Args:
            extended: If true, each entry adds extended metadata: capabilities, modalities, and
                limits.
                Default: `False`.

        Returns:
            `GetModelsExtendedResponse`: GetModelsResponse when extended=false (the default), and
            GetModelsExtendedResponse when extended=true.

        Rate limit: 30 requests per minute (per organization); the client waits for a free slot
        instead of drawing a 429 (turn off with `rate_limit=False`).

        Docs: https://docs.perceptron.inc/isaac-0.2/api-reference/endpoint/list-models
        """

    @overload
    async def list(
        self,
        *,
        extended: bool,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> ListModelsResponse:
        """List available models

        OpenAI-compatible model listing. Use it to find models before inference,
        check features such as structured outputs and video input, and check context
        and output token limits.

        Args:
            extended: If true, each entry adds extended metadata: capabilities, modalities, and
                limits.
                Default: `False`.

        Returns:
            `ListModelsResponse`: GetModelsResponse when extended=false (the default), and
            GetModelsExtendedResponse when extended=true.

        Rate limit: 30 requests per minute (per organization); the client waits for a free slot
        instead of drawing a 429 (turn off with `rate_limit=False`).

        Docs: https://docs.perceptron.inc/isaac-0.2/api-reference/endpoint/list-models
        """

    async def list(
        self,
        *,
        extended: bool = False,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> ListModelsResponse:
        """List available models

        OpenAI-compatible model listing. Use it to find models before inference,
        check features such as structured outputs and video input, and check context
        and output token limits.

        Args:
            extended: If true, each entry adds extended metadata: capabilities, modalities, and
                limits.
                Default: `False`.

        Returns:
            `ListModelsResponse`: GetModelsResponse when extended=false (the default), and
            GetModelsExtendedResponse when extended=true.

        Rate limit: 30 requests per minute (per organization); the client waits for a free slot
        instead of drawing a 429 (turn off with `rate_limit=False`).

        Docs: https://docs.perceptron.inc/isaac-0.2/api-reference/endpoint/list-models
        """
        return (
            await self._client.call(
                _models_list(
                    extended,
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
        extended: bool = False,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> RawResponse[RetrieveModelResponse]:
        """Retrieve a model

        The Retrieve Model API returns a specific model by its ID. This endpoint is
        compatible with OpenAI's model retrieval specification. Use the optional
        extended query parameter to retrieve detailed metadata about the model,
        including capabilities, supported input/output modalities, and token limits.

        Use cases: verify a specific model exists and is available before making
        inference requests; check if a model supports specific features (structured
        outputs, video input, etc.); fetch model details to adapt UI or request
        parameters; check context and output limits before sending requests.

        Args:
            model_id: The ID of the model to retrieve.
                Example: `"perc-x1"`.
            extended: If true, returns extended model metadata including capabilities, modalities,
                and limits.
                Default: `False`.
                Example: `True`.

        Returns:
            `RawResponse[RetrieveModelResponse]`: the parsed body with the HTTP status, headers and timing.

        Rate limit: 30 requests per minute (per organization); the client waits for a free slot
        instead of drawing a 429 (turn off with `rate_limit=False`).

        Docs: https://docs.perceptron.inc/api-reference/endpoint/retrieve-model
        """
        return await self._client.call(
            _models_retrieve(
                model_id,
                extended,
                _runtime.options(extra_headers, extra_query, timeout, max_retries),
            )
        )

    async def list(
        self,
        *,
        extended: bool = False,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> RawResponse[ListModelsResponse]:
        """List available models

        OpenAI-compatible model listing. Use it to find models before inference,
        check features such as structured outputs and video input, and check context
        and output token limits.

        Args:
            extended: If true, each entry adds extended metadata: capabilities, modalities, and
                limits.
                Default: `False`.

        Returns:
            `RawResponse[ListModelsResponse]`: the parsed body with the HTTP status, headers and timing.

        Rate limit: 30 requests per minute (per organization); the client waits for a free slot
        instead of drawing a 429 (turn off with `rate_limit=False`).

        Docs: https://docs.perceptron.inc/isaac-0.2/api-reference/endpoint/list-models
        """
        return await self._client.call(
            _models_list(
                extended,
                _runtime.options(extra_headers, extra_query, timeout, max_retries),
            )
        )


class AsyncPerceptron(_runtime.AsyncAPIClient):
    """Asyncio client for the Perceptron API.

    Perceptron's OpenAI-compatible API for its vision-language models.

    The API key comes from `api_key` or the `PERCEPTRON_API_KEY` environment
    variable, and is sent as `Authorization: Bearer <key>`.

    Bearer token authentication using your Perceptron API key.

    Use it as a context manager, or call `await close()` when done.

    Docs: https://docs.perceptron.inc
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
            api_key: The API key; defaults to the `PERCEPTRON_API_KEY` environment variable.
            base_url: The API origin; defaults to `https://api.perceptron.inc`.
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
