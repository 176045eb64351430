# Generated from spec/compilelabs.yaml by clientgen 0.1.0. Do not edit.
"""`client.models`: the CompileLabs API's `models` endpoints, sync and async.

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
        GetModelResponse,
        ImageGenerationModel,
        ModelList,
        ModelType,
        TextGenerationModel,
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
    ]
    | ModelType,
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


# GET /v1/models
_MODELS_LIST = _runtime.Endpoint(
    "GET",
    "/v1/models",
)
_MODELS_LIST_RESPONSE: ResponseType[ModelList] = ResponseType(
    lambda: _models.ModelList, "ModelList"
)


def _models_list(
    type: Literal[
        "text_generation", "image_generation", "speech_to_text", "text_to_speech", "moderation"
    ]
    | ModelType
    | None,
    _options: _runtime.RequestOptions,
) -> _runtime.Call[ModelList]:
    return _runtime.Call(
        _MODELS_LIST,
        _MODELS_LIST_RESPONSE,
        _options,
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

    @property
    def with_streaming_response(self) -> ModelsResourceWithStreamingResponse:
        """The same methods, sending the call on entering a `with` block and reading the body only when asked."""
        return ModelsResourceWithStreamingResponse(self._client)

    @overload
    def retrieve(
        self,
        model_id: str,
        *,
        type: Literal["text_generation", ModelType.TEXT_GENERATION] = "text_generation",
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
        type: Literal["image_generation", ModelType.IMAGE_GENERATION],
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
        type: Literal[
            "speech_to_text",
            "text_to_speech",
            "moderation",
            ModelType.SPEECH_TO_TEXT,
            ModelType.TEXT_TO_SPEECH,
            ModelType.MODERATION,
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

    @overload
    def retrieve(
        self,
        model_id: str,
        *,
        type: Literal[
            "text_generation", "image_generation", "speech_to_text", "text_to_speech", "moderation"
        ]
        | ModelType,
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
        ]
        | ModelType = "text_generation",
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

        call = _models_retrieve(
            model_id,
            type,
            _runtime.options(extra_headers, extra_query, timeout, max_retries),
        )
        return self._client.request(call, self._client.parser(call)).parsed

    def list(
        self,
        *,
        type: Literal[
            "text_generation", "image_generation", "speech_to_text", "text_to_speech", "moderation"
        ]
        | ModelType
        | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> ModelList:
        """List models

        The available models. The docs' guides call it (`/errors`: "List available
        models at /v1/models"); there is no reference page.

        Args:
            type: Only models of this type. The image generation guide passes `text_to_image`,
                which is not one of the documented types.

        Returns:
            `ModelList`

        Docs: https://docs.compilelabs.com/modalities/image-generation
        """

        call = _models_list(
            type,
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
        type: Literal["text_generation", ModelType.TEXT_GENERATION] = "text_generation",
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> RawResponse[TextGenerationModel]:
        """Get Model

        The arguments are those of `ModelsResource.retrieve`.

        Returns:
            `RawResponse[TextGenerationModel]`: the parsed body with the HTTP status, headers and timing.
        """

    @overload
    def retrieve(
        self,
        model_id: str,
        *,
        type: Literal["image_generation", ModelType.IMAGE_GENERATION],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> RawResponse[ImageGenerationModel]:
        """Get Model

        The arguments are those of `ModelsResource.retrieve`.

        Returns:
            `RawResponse[ImageGenerationModel]`: the parsed body with the HTTP status, headers and timing.
        """

    @overload
    def retrieve(
        self,
        model_id: str,
        *,
        type: Literal[
            "speech_to_text",
            "text_to_speech",
            "moderation",
            ModelType.SPEECH_TO_TEXT,
            ModelType.TEXT_TO_SPEECH,
            ModelType.MODERATION,
        ],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> RawResponse[GetModelResponse]:
        """Get Model

        The arguments are those of `ModelsResource.retrieve`.

        Returns:
            `RawResponse[GetModelResponse]`: the parsed body with the HTTP status, headers and timing.
        """

    @overload
    def retrieve(
        self,
        model_id: str,
        *,
        type: Literal[
            "text_generation", "image_generation", "speech_to_text", "text_to_speech", "moderation"
        ]
        | ModelType,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> RawResponse[GetModelResponse]:
        """Get Model

        The arguments are those of `ModelsResource.retrieve`.

        Returns:
            `RawResponse[GetModelResponse]`: the parsed body with the HTTP status, headers and timing.
        """

    def retrieve(
        self,
        model_id: str,
        *,
        type: Literal[
            "text_generation", "image_generation", "speech_to_text", "text_to_speech", "moderation"
        ]
        | ModelType = "text_generation",
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> RawResponse[GetModelResponse]:
        """Get Model

        The arguments are those of `ModelsResource.retrieve`.

        Returns:
            `RawResponse[GetModelResponse]`: the parsed body with the HTTP status, headers and timing.
        """

        call = _models_retrieve(
            model_id,
            type,
            _runtime.options(extra_headers, extra_query, timeout, max_retries),
        )
        return self._client.request(call, self._client.parser(call))

    def list(
        self,
        *,
        type: Literal[
            "text_generation", "image_generation", "speech_to_text", "text_to_speech", "moderation"
        ]
        | ModelType
        | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> RawResponse[ModelList]:
        """List models

        The arguments are those of `ModelsResource.list`.

        Returns:
            `RawResponse[ModelList]`: the parsed body with the HTTP status, headers and timing.
        """

        call = _models_list(
            type,
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
        type: Literal["text_generation", ModelType.TEXT_GENERATION] = "text_generation",
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> ResponseContext[TextGenerationModel]:
        """Get Model

        The arguments are those of `ModelsResource.retrieve`.

        Returns:
            `ResponseContext[TextGenerationModel]`: the call is sent on entering its `with`
            block, and the body is read only when asked for; `parse()` gives the `TextGenerationModel`.
        """

    @overload
    def retrieve(
        self,
        model_id: str,
        *,
        type: Literal["image_generation", ModelType.IMAGE_GENERATION],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> ResponseContext[ImageGenerationModel]:
        """Get Model

        The arguments are those of `ModelsResource.retrieve`.

        Returns:
            `ResponseContext[ImageGenerationModel]`: the call is sent on entering its `with`
            block, and the body is read only when asked for; `parse()` gives the `ImageGenerationModel`.
        """

    @overload
    def retrieve(
        self,
        model_id: str,
        *,
        type: Literal[
            "speech_to_text",
            "text_to_speech",
            "moderation",
            ModelType.SPEECH_TO_TEXT,
            ModelType.TEXT_TO_SPEECH,
            ModelType.MODERATION,
        ],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> ResponseContext[GetModelResponse]:
        """Get Model

        The arguments are those of `ModelsResource.retrieve`.

        Returns:
            `ResponseContext[GetModelResponse]`: the call is sent on entering its `with`
            block, and the body is read only when asked for; `parse()` gives the `GetModelResponse`.
        """

    @overload
    def retrieve(
        self,
        model_id: str,
        *,
        type: Literal[
            "text_generation", "image_generation", "speech_to_text", "text_to_speech", "moderation"
        ]
        | ModelType,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> ResponseContext[GetModelResponse]:
        """Get Model

        The arguments are those of `ModelsResource.retrieve`.

        Returns:
            `ResponseContext[GetModelResponse]`: the call is sent on entering its `with`
            block, and the body is read only when asked for; `parse()` gives the `GetModelResponse`.
        """

    def retrieve(
        self,
        model_id: str,
        *,
        type: Literal[
            "text_generation", "image_generation", "speech_to_text", "text_to_speech", "moderation"
        ]
        | ModelType = "text_generation",
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> ResponseContext[GetModelResponse]:
        """Get Model

        The arguments are those of `ModelsResource.retrieve`.

        Returns:
            `ResponseContext[GetModelResponse]`: the call is sent on entering its `with`
            block, and the body is read only when asked for; `parse()` gives the `GetModelResponse`.
        """

        call = _models_retrieve(
            model_id,
            type,
            _runtime.options(extra_headers, extra_query, timeout, max_retries),
        )
        return self._client.streaming(call, self._client.parser(call))

    def list(
        self,
        *,
        type: Literal[
            "text_generation", "image_generation", "speech_to_text", "text_to_speech", "moderation"
        ]
        | ModelType
        | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> ResponseContext[ModelList]:
        """List models

        The arguments are those of `ModelsResource.list`.

        Returns:
            `ResponseContext[ModelList]`: the call is sent on entering its `with`
            block, and the body is read only when asked for; `parse()` gives the `ModelList`.
        """

        call = _models_list(
            type,
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
        type: Literal["text_generation", ModelType.TEXT_GENERATION] = "text_generation",
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
        type: Literal["image_generation", ModelType.IMAGE_GENERATION],
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
        type: Literal[
            "speech_to_text",
            "text_to_speech",
            "moderation",
            ModelType.SPEECH_TO_TEXT,
            ModelType.TEXT_TO_SPEECH,
            ModelType.MODERATION,
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

    @overload
    async def retrieve(
        self,
        model_id: str,
        *,
        type: Literal[
            "text_generation", "image_generation", "speech_to_text", "text_to_speech", "moderation"
        ]
        | ModelType,
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
        ]
        | ModelType = "text_generation",
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

        call = _models_retrieve(
            model_id,
            type,
            _runtime.options(extra_headers, extra_query, timeout, max_retries),
        )
        return (await self._client.request(call, self._client.parser(call))).parsed

    async def list(
        self,
        *,
        type: Literal[
            "text_generation", "image_generation", "speech_to_text", "text_to_speech", "moderation"
        ]
        | ModelType
        | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> ModelList:
        """List models

        The available models. The docs' guides call it (`/errors`: "List available
        models at /v1/models"); there is no reference page.

        Args:
            type: Only models of this type. The image generation guide passes `text_to_image`,
                which is not one of the documented types.

        Returns:
            `ModelList`

        Docs: https://docs.compilelabs.com/modalities/image-generation
        """

        call = _models_list(
            type,
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
        type: Literal["text_generation", ModelType.TEXT_GENERATION] = "text_generation",
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> RawResponse[TextGenerationModel]:
        """Get Model

        The arguments are those of `AsyncModelsResource.retrieve`.

        Returns:
            `RawResponse[TextGenerationModel]`: the parsed body with the HTTP status, headers and timing.
        """

    @overload
    async def retrieve(
        self,
        model_id: str,
        *,
        type: Literal["image_generation", ModelType.IMAGE_GENERATION],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> RawResponse[ImageGenerationModel]:
        """Get Model

        The arguments are those of `AsyncModelsResource.retrieve`.

        Returns:
            `RawResponse[ImageGenerationModel]`: the parsed body with the HTTP status, headers and timing.
        """

    @overload
    async def retrieve(
        self,
        model_id: str,
        *,
        type: Literal[
            "speech_to_text",
            "text_to_speech",
            "moderation",
            ModelType.SPEECH_TO_TEXT,
            ModelType.TEXT_TO_SPEECH,
            ModelType.MODERATION,
        ],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> RawResponse[GetModelResponse]:
        """Get Model

        The arguments are those of `AsyncModelsResource.retrieve`.

        Returns:
            `RawResponse[GetModelResponse]`: the parsed body with the HTTP status, headers and timing.
        """

    @overload
    async def retrieve(
        self,
        model_id: str,
        *,
        type: Literal[
            "text_generation", "image_generation", "speech_to_text", "text_to_speech", "moderation"
        ]
        | ModelType,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> RawResponse[GetModelResponse]:
        """Get Model

        The arguments are those of `AsyncModelsResource.retrieve`.

        Returns:
            `RawResponse[GetModelResponse]`: the parsed body with the HTTP status, headers and timing.
        """

    async def retrieve(
        self,
        model_id: str,
        *,
        type: Literal[
            "text_generation", "image_generation", "speech_to_text", "text_to_speech", "moderation"
        ]
        | ModelType = "text_generation",
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> RawResponse[GetModelResponse]:
        """Get Model

        The arguments are those of `AsyncModelsResource.retrieve`.

        Returns:
            `RawResponse[GetModelResponse]`: the parsed body with the HTTP status, headers and timing.
        """

        call = _models_retrieve(
            model_id,
            type,
            _runtime.options(extra_headers, extra_query, timeout, max_retries),
        )
        return await self._client.request(call, self._client.parser(call))

    async def list(
        self,
        *,
        type: Literal[
            "text_generation", "image_generation", "speech_to_text", "text_to_speech", "moderation"
        ]
        | ModelType
        | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> RawResponse[ModelList]:
        """List models

        The arguments are those of `AsyncModelsResource.list`.

        Returns:
            `RawResponse[ModelList]`: the parsed body with the HTTP status, headers and timing.
        """

        call = _models_list(
            type,
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
        type: Literal["text_generation", ModelType.TEXT_GENERATION] = "text_generation",
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> AsyncResponseContext[TextGenerationModel]:
        """Get Model

        The arguments are those of `AsyncModelsResource.retrieve`.

        Returns:
            `AsyncResponseContext[TextGenerationModel]`: the call is sent on entering its `async with`
            block, and the body is read only when asked for; `parse()` gives the `TextGenerationModel`.
        """

    @overload
    def retrieve(
        self,
        model_id: str,
        *,
        type: Literal["image_generation", ModelType.IMAGE_GENERATION],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> AsyncResponseContext[ImageGenerationModel]:
        """Get Model

        The arguments are those of `AsyncModelsResource.retrieve`.

        Returns:
            `AsyncResponseContext[ImageGenerationModel]`: the call is sent on entering its `async with`
            block, and the body is read only when asked for; `parse()` gives the `ImageGenerationModel`.
        """

    @overload
    def retrieve(
        self,
        model_id: str,
        *,
        type: Literal[
            "speech_to_text",
            "text_to_speech",
            "moderation",
            ModelType.SPEECH_TO_TEXT,
            ModelType.TEXT_TO_SPEECH,
            ModelType.MODERATION,
        ],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> AsyncResponseContext[GetModelResponse]:
        """Get Model

        The arguments are those of `AsyncModelsResource.retrieve`.

        Returns:
            `AsyncResponseContext[GetModelResponse]`: the call is sent on entering its `async with`
            block, and the body is read only when asked for; `parse()` gives the `GetModelResponse`.
        """

    @overload
    def retrieve(
        self,
        model_id: str,
        *,
        type: Literal[
            "text_generation", "image_generation", "speech_to_text", "text_to_speech", "moderation"
        ]
        | ModelType,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> AsyncResponseContext[GetModelResponse]:
        """Get Model

        The arguments are those of `AsyncModelsResource.retrieve`.

        Returns:
            `AsyncResponseContext[GetModelResponse]`: the call is sent on entering its `async with`
            block, and the body is read only when asked for; `parse()` gives the `GetModelResponse`.
        """

    def retrieve(
        self,
        model_id: str,
        *,
        type: Literal[
            "text_generation", "image_generation", "speech_to_text", "text_to_speech", "moderation"
        ]
        | ModelType = "text_generation",
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> AsyncResponseContext[GetModelResponse]:
        """Get Model

        The arguments are those of `AsyncModelsResource.retrieve`.

        Returns:
            `AsyncResponseContext[GetModelResponse]`: the call is sent on entering its `async with`
            block, and the body is read only when asked for; `parse()` gives the `GetModelResponse`.
        """

        call = _models_retrieve(
            model_id,
            type,
            _runtime.options(extra_headers, extra_query, timeout, max_retries),
        )
        return self._client.streaming(call, self._client.parser(call))

    def list(
        self,
        *,
        type: Literal[
            "text_generation", "image_generation", "speech_to_text", "text_to_speech", "moderation"
        ]
        | ModelType
        | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> AsyncResponseContext[ModelList]:
        """List models

        The arguments are those of `AsyncModelsResource.list`.

        Returns:
            `AsyncResponseContext[ModelList]`: the call is sent on entering its `async with`
            block, and the body is read only when asked for; `parse()` gives the `ModelList`.
        """

        call = _models_list(
            type,
            _runtime.options(extra_headers, extra_query, timeout, max_retries),
        )
        return self._client.streaming(call, self._client.parser(call))
