# Generated from spec/compilelabs.yaml by clientgen 0.1.0. Do not edit.
"""`client.models`: the CompileLabs API's `models` endpoints, sync and async.

Imported when `client.models` is first used.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, overload

from .. import _runtime
from .. import models as _models
from .._runtime import NOT_GIVEN, Headers, NotGiven, Query, RawResponse, ResponseType, Timeout

if TYPE_CHECKING:
    from ..models import (
        GetModelResponse,
        ImageGenerationModel,
        ModelType,
        TextGenerationModel,
    )

__all__ = [
    "AsyncModelsResource",
    "AsyncModelsResourceWithRawResponse",
    "ModelsResource",
    "ModelsResourceWithRawResponse",
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

        Args:
            model_id: The id of the model.
                Example: `"meta/llama-v3-8b-instruct"`.
            type: The type of the model.
                Default: `"text_generation"`.
                Examples: `"text_generation"`, `"image_generation"`.

        Returns:
            `RawResponse[TextGenerationModel]`: the parsed body with the HTTP status, headers and timing.

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
    ) -> RawResponse[ImageGenerationModel]:
        """Get Model

        Args:
            model_id: The id of the model.
                Example: `"meta/llama-v3-8b-instruct"`.
            type: The type of the model.
                Default: `"text_generation"`.
                Examples: `"text_generation"`, `"image_generation"`.

        Returns:
            `RawResponse[ImageGenerationModel]`: the parsed body with the HTTP status, headers and timing.

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

        Args:
            model_id: The id of the model.
                Example: `"meta/llama-v3-8b-instruct"`.
            type: The type of the model.
                Default: `"text_generation"`.
                Examples: `"text_generation"`, `"image_generation"`.

        Returns:
            `RawResponse[TextGenerationModel]`: the parsed body with the HTTP status, headers and timing.

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
    ) -> RawResponse[ImageGenerationModel]:
        """Get Model

        Args:
            model_id: The id of the model.
                Example: `"meta/llama-v3-8b-instruct"`.
            type: The type of the model.
                Default: `"text_generation"`.
                Examples: `"text_generation"`, `"image_generation"`.

        Returns:
            `RawResponse[ImageGenerationModel]`: the parsed body with the HTTP status, headers and timing.

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
