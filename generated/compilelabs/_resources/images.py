# Generated from spec/compilelabs.yaml by clientgen 0.1.0. Do not edit.
"""`client.images`: the CompileLabs API's `images` endpoints, sync and async.

Imported when `client.images` is first used.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

from .. import _runtime
from .. import models as _models
from .._runtime import (
    NOT_GIVEN,
    AsyncResponseContext,
    Body,
    Headers,
    NotGiven,
    Query,
    RawResponse,
    ResponseContext,
    ResponseType,
    Timeout,
)

if TYPE_CHECKING:
    from ..models import ImageResponseFormat, ImagesResponse

__all__ = [
    "AsyncImagesResource",
    "AsyncImagesResourceWithRawResponse",
    "AsyncImagesResourceWithStreamingResponse",
    "ImagesResource",
    "ImagesResourceWithRawResponse",
    "ImagesResourceWithStreamingResponse",
]

# POST /v1/images/generations
_IMAGES_GENERATE = _runtime.Endpoint(
    "POST",
    "/v1/images/generations",
)
_IMAGES_GENERATE_RESPONSE: ResponseType[ImagesResponse] = ResponseType(
    lambda: _models.ImagesResponse, "ImagesResponse"
)


def _images_generate(
    model: str,
    prompt: str,
    size: str | NotGiven,
    n: int | NotGiven,
    response_format: Literal["url", "b64_json"] | ImageResponseFormat | NotGiven,
    _options: _runtime.RequestOptions,
) -> _runtime.Call[ImagesResponse]:
    return _runtime.Call(
        _IMAGES_GENERATE,
        _IMAGES_GENERATE_RESPONSE,
        _options,
        body={
            "model": model,
            "prompt": prompt,
            "size": size,
            "n": n,
            "response_format": response_format,
        },
    )


class ImagesResource:
    """`images` endpoints."""

    def __init__(self, client: _runtime.SyncAPIClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> ImagesResourceWithRawResponse:
        """The same methods, returning `RawResponse` with the status, headers and timing."""
        return ImagesResourceWithRawResponse(self._client)

    @property
    def with_streaming_response(self) -> ImagesResourceWithStreamingResponse:
        """The same methods, sending the call on entering a `with` block and reading the body only when asked."""
        return ImagesResourceWithStreamingResponse(self._client)

    def generate(
        self,
        *,
        model: str,
        prompt: str,
        size: str | NotGiven = NOT_GIVEN,
        n: int | NotGiven = NOT_GIVEN,
        response_format: Literal["url", "b64_json"] | ImageResponseFormat | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> ImagesResponse:
        """Generate images

        OpenAI-compatible image generation. The docs describe it in guides only;
        there is no reference page.

        Args:
            model: The image model.
                Example: `"black-forest-labs/flux-1-schnell"`.
            prompt: What to draw.
                Example: `"A lighthouse at dawn, watercolor"`.
            size: The size, as `WxH`: commonly `1024x1024`, `1024x1792`, `1792x1024` or
                `2048x2048`; support varies by model.
                Examples: `"1024x1024"`, `"1024x1792"`, `"1792x1024"`, `"2048x2048"`.
            n: How many images to generate.
                Constraints: ge=1, le=4.
            response_format: Return URLs (`url`) or base64 data (`b64_json`).

        Returns:
            `ImagesResponse`

        Docs: https://docs.compilelabs.com/modalities/image-generation
        """

        call = _images_generate(
            model,
            prompt,
            size,
            n,
            response_format,
            _runtime.options(
                extra_headers, extra_query, timeout, max_retries, extra_body=extra_body
            ),
        )
        return self._client.request(call, self._client.parser(call)).parsed


class ImagesResourceWithRawResponse:
    """`images` endpoints returning `RawResponse`."""

    def __init__(self, client: _runtime.SyncAPIClient) -> None:
        self._client = client

    def generate(
        self,
        *,
        model: str,
        prompt: str,
        size: str | NotGiven = NOT_GIVEN,
        n: int | NotGiven = NOT_GIVEN,
        response_format: Literal["url", "b64_json"] | ImageResponseFormat | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> RawResponse[ImagesResponse]:
        """Generate images

        The arguments are those of `ImagesResource.generate`.

        Returns:
            `RawResponse[ImagesResponse]`: the parsed body with the HTTP status, headers and timing.
        """

        call = _images_generate(
            model,
            prompt,
            size,
            n,
            response_format,
            _runtime.options(
                extra_headers, extra_query, timeout, max_retries, extra_body=extra_body
            ),
        )
        return self._client.request(call, self._client.parser(call))


class ImagesResourceWithStreamingResponse:
    """`images` endpoints returning the response unread, in a `with` block."""

    def __init__(self, client: _runtime.SyncAPIClient) -> None:
        self._client = client

    def generate(
        self,
        *,
        model: str,
        prompt: str,
        size: str | NotGiven = NOT_GIVEN,
        n: int | NotGiven = NOT_GIVEN,
        response_format: Literal["url", "b64_json"] | ImageResponseFormat | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> ResponseContext[ImagesResponse]:
        """Generate images

        The arguments are those of `ImagesResource.generate`.

        Returns:
            `ResponseContext[ImagesResponse]`: the call is sent on entering its `with`
            block, and the body is read only when asked for; `parse()` gives the `ImagesResponse`.
        """

        call = _images_generate(
            model,
            prompt,
            size,
            n,
            response_format,
            _runtime.options(
                extra_headers, extra_query, timeout, max_retries, extra_body=extra_body
            ),
        )
        return self._client.streaming(call, self._client.parser(call))


class AsyncImagesResource:
    """`images` endpoints (asyncio)."""

    def __init__(self, client: _runtime.AsyncAPIClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AsyncImagesResourceWithRawResponse:
        """The same methods, returning `RawResponse` with the status, headers and timing."""
        return AsyncImagesResourceWithRawResponse(self._client)

    @property
    def with_streaming_response(self) -> AsyncImagesResourceWithStreamingResponse:
        """The same methods, sending the call on entering a `async with` block and reading the body only when asked."""
        return AsyncImagesResourceWithStreamingResponse(self._client)

    async def generate(
        self,
        *,
        model: str,
        prompt: str,
        size: str | NotGiven = NOT_GIVEN,
        n: int | NotGiven = NOT_GIVEN,
        response_format: Literal["url", "b64_json"] | ImageResponseFormat | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> ImagesResponse:
        """Generate images

        OpenAI-compatible image generation. The docs describe it in guides only;
        there is no reference page.

        Args:
            model: The image model.
                Example: `"black-forest-labs/flux-1-schnell"`.
            prompt: What to draw.
                Example: `"A lighthouse at dawn, watercolor"`.
            size: The size, as `WxH`: commonly `1024x1024`, `1024x1792`, `1792x1024` or
                `2048x2048`; support varies by model.
                Examples: `"1024x1024"`, `"1024x1792"`, `"1792x1024"`, `"2048x2048"`.
            n: How many images to generate.
                Constraints: ge=1, le=4.
            response_format: Return URLs (`url`) or base64 data (`b64_json`).

        Returns:
            `ImagesResponse`

        Docs: https://docs.compilelabs.com/modalities/image-generation
        """

        call = _images_generate(
            model,
            prompt,
            size,
            n,
            response_format,
            _runtime.options(
                extra_headers, extra_query, timeout, max_retries, extra_body=extra_body
            ),
        )
        return (await self._client.request(call, self._client.parser(call))).parsed


class AsyncImagesResourceWithRawResponse:
    """`images` endpoints returning `RawResponse` (asyncio)."""

    def __init__(self, client: _runtime.AsyncAPIClient) -> None:
        self._client = client

    async def generate(
        self,
        *,
        model: str,
        prompt: str,
        size: str | NotGiven = NOT_GIVEN,
        n: int | NotGiven = NOT_GIVEN,
        response_format: Literal["url", "b64_json"] | ImageResponseFormat | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> RawResponse[ImagesResponse]:
        """Generate images

        The arguments are those of `AsyncImagesResource.generate`.

        Returns:
            `RawResponse[ImagesResponse]`: the parsed body with the HTTP status, headers and timing.
        """

        call = _images_generate(
            model,
            prompt,
            size,
            n,
            response_format,
            _runtime.options(
                extra_headers, extra_query, timeout, max_retries, extra_body=extra_body
            ),
        )
        return await self._client.request(call, self._client.parser(call))


class AsyncImagesResourceWithStreamingResponse:
    """`images` endpoints returning the response unread, in an `async with` block."""

    def __init__(self, client: _runtime.AsyncAPIClient) -> None:
        self._client = client

    def generate(
        self,
        *,
        model: str,
        prompt: str,
        size: str | NotGiven = NOT_GIVEN,
        n: int | NotGiven = NOT_GIVEN,
        response_format: Literal["url", "b64_json"] | ImageResponseFormat | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> AsyncResponseContext[ImagesResponse]:
        """Generate images

        The arguments are those of `AsyncImagesResource.generate`.

        Returns:
            `AsyncResponseContext[ImagesResponse]`: the call is sent on entering its `async with`
            block, and the body is read only when asked for; `parse()` gives the `ImagesResponse`.
        """

        call = _images_generate(
            model,
            prompt,
            size,
            n,
            response_format,
            _runtime.options(
                extra_headers, extra_query, timeout, max_retries, extra_body=extra_body
            ),
        )
        return self._client.streaming(call, self._client.parser(call))
