# Generated from spec/perceptron.yaml by clientgen 0.1.0. Do not edit.
"""`client.models`: the Perceptron API's `models` endpoints, sync and async.

Imported when `client.models` is first used.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, overload

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
    from ..models import (
        GetModelsExtendedResponse,
        GetModelsResponse,
        ListModelsResponse,
        Model,
        ModelExtended,
        RetrieveModelResponse,
    )

__all__ = [
    "AsyncModelsResource",
    "AsyncModelsResourceWithRawResponse",
    "AsyncModelsResourceWithStreamingResponse",
    "ModelsResource",
    "ModelsResourceWithRawResponse",
    "ModelsResourceWithStreamingResponse",
]

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

    @property
    def with_streaming_response(self) -> ModelsResourceWithStreamingResponse:
        """The same methods, sending the call on entering a `with` block and reading the body only when asked."""
        return ModelsResourceWithStreamingResponse(self._client)

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

        call = _models_retrieve(
            model_id,
            extended,
            _runtime.options(extra_headers, extra_query, timeout, max_retries),
        )
        return self._client.request(call, self._client.parser(call)).parsed

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

        call = _models_list(
            extended,
            _runtime.options(extra_headers, extra_query, timeout, max_retries),
        )
        return self._client.request(call, self._client.parser(call)).parsed


class ModelsResourceWithRawResponse:
    """`models` endpoints returning `RawResponse`."""

    def __init__(self, client: _runtime.SyncAPIClient) -> None:
        self._client = client

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
    ) -> RawResponse[Model]:
        """Retrieve a model

        The arguments are those of `ModelsResource.retrieve`.

        Returns:
            `RawResponse[Model]`: the parsed body with the HTTP status, headers and timing.
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
    ) -> RawResponse[ModelExtended]:
        """Retrieve a model

        The arguments are those of `ModelsResource.retrieve`.

        Returns:
            `RawResponse[ModelExtended]`: the parsed body with the HTTP status, headers and timing.
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
    ) -> RawResponse[RetrieveModelResponse]:
        """Retrieve a model

        The arguments are those of `ModelsResource.retrieve`.

        Returns:
            `RawResponse[RetrieveModelResponse]`: the parsed body with the HTTP status, headers and timing.
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
    ) -> RawResponse[RetrieveModelResponse]:
        """Retrieve a model

        The arguments are those of `ModelsResource.retrieve`.

        Returns:
            `RawResponse[RetrieveModelResponse]`: the parsed body with the HTTP status, headers and timing.
        """

        call = _models_retrieve(
            model_id,
            extended,
            _runtime.options(extra_headers, extra_query, timeout, max_retries),
        )
        return self._client.request(call, self._client.parser(call))

    @overload
    def list(
        self,
        *,
        extended: Literal[False] = False,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> RawResponse[GetModelsResponse]:
        """List available models

        The arguments are those of `ModelsResource.list`.

        Returns:
            `RawResponse[GetModelsResponse]`: the parsed body with the HTTP status, headers and timing.
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
    ) -> RawResponse[GetModelsExtendedResponse]:
        """List available models

        The arguments are those of `ModelsResource.list`.

        Returns:
            `RawResponse[GetModelsExtendedResponse]`: the parsed body with the HTTP status, headers and timing.
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
    ) -> RawResponse[ListModelsResponse]:
        """List available models

        The arguments are those of `ModelsResource.list`.

        Returns:
            `RawResponse[ListModelsResponse]`: the parsed body with the HTTP status, headers and timing.
        """

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

        The arguments are those of `ModelsResource.list`.

        Returns:
            `RawResponse[ListModelsResponse]`: the parsed body with the HTTP status, headers and timing.
        """

        call = _models_list(
            extended,
            _runtime.options(extra_headers, extra_query, timeout, max_retries),
        )
        return self._client.request(call, self._client.parser(call))


class ModelsResourceWithStreamingResponse:
    """`models` endpoints returning the response unread, in a `with` block."""

    def __init__(self, client: _runtime.SyncAPIClient) -> None:
        self._client = client

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
    ) -> ResponseContext[Model]:
        """Retrieve a model

        The arguments are those of `ModelsResource.retrieve`.

        Returns:
            `ResponseContext[Model]`: the call is sent on entering its `with`
            block, and the body is read only when asked for; `parse()` gives the `Model`.
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
    ) -> ResponseContext[ModelExtended]:
        """Retrieve a model

        The arguments are those of `ModelsResource.retrieve`.

        Returns:
            `ResponseContext[ModelExtended]`: the call is sent on entering its `with`
            block, and the body is read only when asked for; `parse()` gives the `ModelExtended`.
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
    ) -> ResponseContext[RetrieveModelResponse]:
        """Retrieve a model

        The arguments are those of `ModelsResource.retrieve`.

        Returns:
            `ResponseContext[RetrieveModelResponse]`: the call is sent on entering its `with`
            block, and the body is read only when asked for; `parse()` gives the `RetrieveModelResponse`.
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
    ) -> ResponseContext[RetrieveModelResponse]:
        """Retrieve a model

        The arguments are those of `ModelsResource.retrieve`.

        Returns:
            `ResponseContext[RetrieveModelResponse]`: the call is sent on entering its `with`
            block, and the body is read only when asked for; `parse()` gives the `RetrieveModelResponse`.
        """

        call = _models_retrieve(
            model_id,
            extended,
            _runtime.options(extra_headers, extra_query, timeout, max_retries),
        )
        return self._client.streaming(call, self._client.parser(call))

    @overload
    def list(
        self,
        *,
        extended: Literal[False] = False,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> ResponseContext[GetModelsResponse]:
        """List available models

        The arguments are those of `ModelsResource.list`.

        Returns:
            `ResponseContext[GetModelsResponse]`: the call is sent on entering its `with`
            block, and the body is read only when asked for; `parse()` gives the `GetModelsResponse`.
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
    ) -> ResponseContext[GetModelsExtendedResponse]:
        """List available models

        The arguments are those of `ModelsResource.list`.

        Returns:
            `ResponseContext[GetModelsExtendedResponse]`: the call is sent on entering its `with`
            block, and the body is read only when asked for; `parse()` gives the `GetModelsExtendedResponse`.
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
    ) -> ResponseContext[ListModelsResponse]:
        """List available models

        The arguments are those of `ModelsResource.list`.

        Returns:
            `ResponseContext[ListModelsResponse]`: the call is sent on entering its `with`
            block, and the body is read only when asked for; `parse()` gives the `ListModelsResponse`.
        """

    def list(
        self,
        *,
        extended: bool = False,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> ResponseContext[ListModelsResponse]:
        """List available models

        The arguments are those of `ModelsResource.list`.

        Returns:
            `ResponseContext[ListModelsResponse]`: the call is sent on entering its `with`
            block, and the body is read only when asked for; `parse()` gives the `ListModelsResponse`.
        """

        call = _models_list(
            extended,
            _runtime.options(extra_headers, extra_query, timeout, max_retries),
        )
        return self._client.streaming(call, self._client.parser(call))


class AsyncModelsResource:
    """`models` endpoints (asyncio)."""

    def __init__(self, client: _runtime.AsyncAPIClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AsyncModelsResourceWithRawResponse:
        """The same methods, returning `RawResponse` with the status, headers and timing."""
        return AsyncModelsResourceWithRawResponse(self._client)

    @property
    def with_streaming_response(self) -> AsyncModelsResourceWithStreamingResponse:
        """The same methods, sending the call on entering a `async with` block and reading the body only when asked."""
        return AsyncModelsResourceWithStreamingResponse(self._client)

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

        call = _models_retrieve(
            model_id,
            extended,
            _runtime.options(extra_headers, extra_query, timeout, max_retries),
        )
        return (await self._client.request(call, self._client.parser(call))).parsed

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

        call = _models_list(
            extended,
            _runtime.options(extra_headers, extra_query, timeout, max_retries),
        )
        return (await self._client.request(call, self._client.parser(call))).parsed


class AsyncModelsResourceWithRawResponse:
    """`models` endpoints returning `RawResponse` (asyncio)."""

    def __init__(self, client: _runtime.AsyncAPIClient) -> None:
        self._client = client

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
    ) -> RawResponse[Model]:
        """Retrieve a model

        The arguments are those of `AsyncModelsResource.retrieve`.

        Returns:
            `RawResponse[Model]`: the parsed body with the HTTP status, headers and timing.
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
    ) -> RawResponse[ModelExtended]:
        """Retrieve a model

        The arguments are those of `AsyncModelsResource.retrieve`.

        Returns:
            `RawResponse[ModelExtended]`: the parsed body with the HTTP status, headers and timing.
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
    ) -> RawResponse[RetrieveModelResponse]:
        """Retrieve a model

        The arguments are those of `AsyncModelsResource.retrieve`.

        Returns:
            `RawResponse[RetrieveModelResponse]`: the parsed body with the HTTP status, headers and timing.
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
    ) -> RawResponse[RetrieveModelResponse]:
        """Retrieve a model

        The arguments are those of `AsyncModelsResource.retrieve`.

        Returns:
            `RawResponse[RetrieveModelResponse]`: the parsed body with the HTTP status, headers and timing.
        """

        call = _models_retrieve(
            model_id,
            extended,
            _runtime.options(extra_headers, extra_query, timeout, max_retries),
        )
        return await self._client.request(call, self._client.parser(call))

    @overload
    async def list(
        self,
        *,
        extended: Literal[False] = False,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> RawResponse[GetModelsResponse]:
        """List available models

        The arguments are those of `AsyncModelsResource.list`.

        Returns:
            `RawResponse[GetModelsResponse]`: the parsed body with the HTTP status, headers and timing.
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
    ) -> RawResponse[GetModelsExtendedResponse]:
        """List available models

        The arguments are those of `AsyncModelsResource.list`.

        Returns:
            `RawResponse[GetModelsExtendedResponse]`: the parsed body with the HTTP status, headers and timing.
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
    ) -> RawResponse[ListModelsResponse]:
        """List available models

        The arguments are those of `AsyncModelsResource.list`.

        Returns:
            `RawResponse[ListModelsResponse]`: the parsed body with the HTTP status, headers and timing.
        """

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

        The arguments are those of `AsyncModelsResource.list`.

        Returns:
            `RawResponse[ListModelsResponse]`: the parsed body with the HTTP status, headers and timing.
        """

        call = _models_list(
            extended,
            _runtime.options(extra_headers, extra_query, timeout, max_retries),
        )
        return await self._client.request(call, self._client.parser(call))


class AsyncModelsResourceWithStreamingResponse:
    """`models` endpoints returning the response unread, in an `async with` block."""

    def __init__(self, client: _runtime.AsyncAPIClient) -> None:
        self._client = client

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
    ) -> AsyncResponseContext[Model]:
        """Retrieve a model

        The arguments are those of `AsyncModelsResource.retrieve`.

        Returns:
            `AsyncResponseContext[Model]`: the call is sent on entering its `async with`
            block, and the body is read only when asked for; `parse()` gives the `Model`.
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
    ) -> AsyncResponseContext[ModelExtended]:
        """Retrieve a model

        The arguments are those of `AsyncModelsResource.retrieve`.

        Returns:
            `AsyncResponseContext[ModelExtended]`: the call is sent on entering its `async with`
            block, and the body is read only when asked for; `parse()` gives the `ModelExtended`.
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
    ) -> AsyncResponseContext[RetrieveModelResponse]:
        """Retrieve a model

        The arguments are those of `AsyncModelsResource.retrieve`.

        Returns:
            `AsyncResponseContext[RetrieveModelResponse]`: the call is sent on entering its `async with`
            block, and the body is read only when asked for; `parse()` gives the `RetrieveModelResponse`.
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
    ) -> AsyncResponseContext[RetrieveModelResponse]:
        """Retrieve a model

        The arguments are those of `AsyncModelsResource.retrieve`.

        Returns:
            `AsyncResponseContext[RetrieveModelResponse]`: the call is sent on entering its `async with`
            block, and the body is read only when asked for; `parse()` gives the `RetrieveModelResponse`.
        """

        call = _models_retrieve(
            model_id,
            extended,
            _runtime.options(extra_headers, extra_query, timeout, max_retries),
        )
        return self._client.streaming(call, self._client.parser(call))

    @overload
    def list(
        self,
        *,
        extended: Literal[False] = False,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> AsyncResponseContext[GetModelsResponse]:
        """List available models

        The arguments are those of `AsyncModelsResource.list`.

        Returns:
            `AsyncResponseContext[GetModelsResponse]`: the call is sent on entering its `async with`
            block, and the body is read only when asked for; `parse()` gives the `GetModelsResponse`.
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
    ) -> AsyncResponseContext[GetModelsExtendedResponse]:
        """List available models

        The arguments are those of `AsyncModelsResource.list`.

        Returns:
            `AsyncResponseContext[GetModelsExtendedResponse]`: the call is sent on entering its `async with`
            block, and the body is read only when asked for; `parse()` gives the `GetModelsExtendedResponse`.
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
    ) -> AsyncResponseContext[ListModelsResponse]:
        """List available models

        The arguments are those of `AsyncModelsResource.list`.

        Returns:
            `AsyncResponseContext[ListModelsResponse]`: the call is sent on entering its `async with`
            block, and the body is read only when asked for; `parse()` gives the `ListModelsResponse`.
        """

    def list(
        self,
        *,
        extended: bool = False,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> AsyncResponseContext[ListModelsResponse]:
        """List available models

        The arguments are those of `AsyncModelsResource.list`.

        Returns:
            `AsyncResponseContext[ListModelsResponse]`: the call is sent on entering its `async with`
            block, and the body is read only when asked for; `parse()` gives the `ListModelsResponse`.
        """

        call = _models_list(
            extended,
            _runtime.options(extra_headers, extra_query, timeout, max_retries),
        )
        return self._client.streaming(call, self._client.parser(call))
