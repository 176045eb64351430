# Generated from spec/perceptron.yaml by clientgen 0.1.0. Do not edit.
"""`client.media`: the Perceptron API's `media` endpoints, sync and async.

Imported when `client.media` is first used.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

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
    from ..models import MediaDownloadUrls, MediaUploadFile, MediaUploadFileParam, MediaUploadUrls

__all__ = [
    "AsyncMediaResource",
    "AsyncMediaResourceWithRawResponse",
    "AsyncMediaResourceWithStreamingResponse",
    "MediaResource",
    "MediaResourceWithRawResponse",
    "MediaResourceWithStreamingResponse",
]

# POST /v1/media/upload-urls
_MEDIA_UPLOAD_URLS = _runtime.Endpoint(
    "POST",
    "/v1/media/upload-urls",
    rate_limit="media",
)
_MEDIA_UPLOAD_URLS_RESPONSE: ResponseType[MediaUploadUrls] = ResponseType(
    lambda: _models.MediaUploadUrls, "MediaUploadUrls"
)


def _media_upload_urls(
    files: list[MediaUploadFileParam | MediaUploadFile],
    _options: _runtime.RequestOptions,
) -> _runtime.Call[MediaUploadUrls]:
    return _runtime.Call(
        _MEDIA_UPLOAD_URLS,
        _MEDIA_UPLOAD_URLS_RESPONSE,
        _options,
        body={
            "files": files,
        },
    )


# POST /v1/media/download-urls
_MEDIA_DOWNLOAD_URLS = _runtime.Endpoint(
    "POST",
    "/v1/media/download-urls",
    rate_limit="media",
)
_MEDIA_DOWNLOAD_URLS_RESPONSE: ResponseType[MediaDownloadUrls] = ResponseType(
    lambda: _models.MediaDownloadUrls, "MediaDownloadUrls"
)


def _media_download_urls(
    object_keys: list[str],
    _options: _runtime.RequestOptions,
) -> _runtime.Call[MediaDownloadUrls]:
    return _runtime.Call(
        _MEDIA_DOWNLOAD_URLS,
        _MEDIA_DOWNLOAD_URLS_RESPONSE,
        _options,
        body={
            "object_keys": object_keys,
        },
    )


class MediaResource:
    """`media` endpoints."""

    def __init__(self, client: _runtime.SyncAPIClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> MediaResourceWithRawResponse:
        """The same methods, returning `RawResponse` with the status, headers and timing."""
        return MediaResourceWithRawResponse(self._client)

    @property
    def with_streaming_response(self) -> MediaResourceWithStreamingResponse:
        """The same methods, sending the call on entering a `with` block and reading the body only when asked."""
        return MediaResourceWithStreamingResponse(self._client)

    def upload_urls(
        self,
        *,
        files: list[MediaUploadFileParam | MediaUploadFile],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> MediaUploadUrls:
        """Get presigned upload URLs

        Presigned URLs to `PUT` media to, up to 20 GB per 48 hours. From
        Perceptron's official SDK (no docs page); the rate limit is documented.

        Args:
            files: The files to upload.
                Constraints: min_length=1.

        Returns:
            `MediaUploadUrls`

        Rate limit: 150 requests per minute; the client waits for a free slot
        instead of drawing a 429 (turn off with `rate_limit=False`).

        Docs: https://docs.perceptron.inc/perceptron-mk1/guides/scaling
        """

        call = _media_upload_urls(
            files,
            _runtime.options(
                extra_headers, extra_query, timeout, max_retries, extra_body=extra_body
            ),
        )
        return self._client.request(call, self._client.parser(call)).parsed

    def download_urls(
        self,
        *,
        object_keys: list[str],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> MediaDownloadUrls:
        """Get presigned download URLs

        Presigned URLs to download uploaded media. From Perceptron's official SDK
        (no docs page); the rate limit is documented.

        Args:
            object_keys: The keys of uploaded objects (UUIDs).
                Example: `["12345678-1234-5678-1234-567812345678"]`.
                Constraints: min_length=1.

        Returns:
            `MediaDownloadUrls`

        Rate limit: 150 requests per minute; the client waits for a free slot
        instead of drawing a 429 (turn off with `rate_limit=False`).

        Docs: https://docs.perceptron.inc/perceptron-mk1/guides/scaling
        """

        call = _media_download_urls(
            object_keys,
            _runtime.options(
                extra_headers, extra_query, timeout, max_retries, extra_body=extra_body
            ),
        )
        return self._client.request(call, self._client.parser(call)).parsed


class MediaResourceWithRawResponse:
    """`media` endpoints returning `RawResponse`."""

    def __init__(self, client: _runtime.SyncAPIClient) -> None:
        self._client = client

    def upload_urls(
        self,
        *,
        files: list[MediaUploadFileParam | MediaUploadFile],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> RawResponse[MediaUploadUrls]:
        """Get presigned upload URLs

        The arguments are those of `MediaResource.upload_urls`.

        Returns:
            `RawResponse[MediaUploadUrls]`: the parsed body with the HTTP status, headers and timing.
        """

        call = _media_upload_urls(
            files,
            _runtime.options(
                extra_headers, extra_query, timeout, max_retries, extra_body=extra_body
            ),
        )
        return self._client.request(call, self._client.parser(call))

    def download_urls(
        self,
        *,
        object_keys: list[str],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> RawResponse[MediaDownloadUrls]:
        """Get presigned download URLs

        The arguments are those of `MediaResource.download_urls`.

        Returns:
            `RawResponse[MediaDownloadUrls]`: the parsed body with the HTTP status, headers and timing.
        """

        call = _media_download_urls(
            object_keys,
            _runtime.options(
                extra_headers, extra_query, timeout, max_retries, extra_body=extra_body
            ),
        )
        return self._client.request(call, self._client.parser(call))


class MediaResourceWithStreamingResponse:
    """`media` endpoints returning the response unread, in a `with` block."""

    def __init__(self, client: _runtime.SyncAPIClient) -> None:
        self._client = client

    def upload_urls(
        self,
        *,
        files: list[MediaUploadFileParam | MediaUploadFile],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> ResponseContext[MediaUploadUrls]:
        """Get presigned upload URLs

        The arguments are those of `MediaResource.upload_urls`.

        Returns:
            `ResponseContext[MediaUploadUrls]`: the call is sent on entering its `with`
            block, and the body is read only when asked for; `parse()` gives the `MediaUploadUrls`.
        """

        call = _media_upload_urls(
            files,
            _runtime.options(
                extra_headers, extra_query, timeout, max_retries, extra_body=extra_body
            ),
        )
        return self._client.streaming(call, self._client.parser(call))

    def download_urls(
        self,
        *,
        object_keys: list[str],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> ResponseContext[MediaDownloadUrls]:
        """Get presigned download URLs

        The arguments are those of `MediaResource.download_urls`.

        Returns:
            `ResponseContext[MediaDownloadUrls]`: the call is sent on entering its `with`
            block, and the body is read only when asked for; `parse()` gives the `MediaDownloadUrls`.
        """

        call = _media_download_urls(
            object_keys,
            _runtime.options(
                extra_headers, extra_query, timeout, max_retries, extra_body=extra_body
            ),
        )
        return self._client.streaming(call, self._client.parser(call))


class AsyncMediaResource:
    """`media` endpoints (asyncio)."""

    def __init__(self, client: _runtime.AsyncAPIClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AsyncMediaResourceWithRawResponse:
        """The same methods, returning `RawResponse` with the status, headers and timing."""
        return AsyncMediaResourceWithRawResponse(self._client)

    @property
    def with_streaming_response(self) -> AsyncMediaResourceWithStreamingResponse:
        """The same methods, sending the call on entering a `async with` block and reading the body only when asked."""
        return AsyncMediaResourceWithStreamingResponse(self._client)

    async def upload_urls(
        self,
        *,
        files: list[MediaUploadFileParam | MediaUploadFile],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> MediaUploadUrls:
        """Get presigned upload URLs

        Presigned URLs to `PUT` media to, up to 20 GB per 48 hours. From
        Perceptron's official SDK (no docs page); the rate limit is documented.

        Args:
            files: The files to upload.
                Constraints: min_length=1.

        Returns:
            `MediaUploadUrls`

        Rate limit: 150 requests per minute; the client waits for a free slot
        instead of drawing a 429 (turn off with `rate_limit=False`).

        Docs: https://docs.perceptron.inc/perceptron-mk1/guides/scaling
        """

        call = _media_upload_urls(
            files,
            _runtime.options(
                extra_headers, extra_query, timeout, max_retries, extra_body=extra_body
            ),
        )
        return (await self._client.request(call, self._client.parser(call))).parsed

    async def download_urls(
        self,
        *,
        object_keys: list[str],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> MediaDownloadUrls:
        """Get presigned download URLs

        Presigned URLs to download uploaded media. From Perceptron's official SDK
        (no docs page); the rate limit is documented.

        Args:
            object_keys: The keys of uploaded objects (UUIDs).
                Example: `["12345678-1234-5678-1234-567812345678"]`.
                Constraints: min_length=1.

        Returns:
            `MediaDownloadUrls`

        Rate limit: 150 requests per minute; the client waits for a free slot
        instead of drawing a 429 (turn off with `rate_limit=False`).

        Docs: https://docs.perceptron.inc/perceptron-mk1/guides/scaling
        """

        call = _media_download_urls(
            object_keys,
            _runtime.options(
                extra_headers, extra_query, timeout, max_retries, extra_body=extra_body
            ),
        )
        return (await self._client.request(call, self._client.parser(call))).parsed


class AsyncMediaResourceWithRawResponse:
    """`media` endpoints returning `RawResponse` (asyncio)."""

    def __init__(self, client: _runtime.AsyncAPIClient) -> None:
        self._client = client

    async def upload_urls(
        self,
        *,
        files: list[MediaUploadFileParam | MediaUploadFile],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> RawResponse[MediaUploadUrls]:
        """Get presigned upload URLs

        The arguments are those of `AsyncMediaResource.upload_urls`.

        Returns:
            `RawResponse[MediaUploadUrls]`: the parsed body with the HTTP status, headers and timing.
        """

        call = _media_upload_urls(
            files,
            _runtime.options(
                extra_headers, extra_query, timeout, max_retries, extra_body=extra_body
            ),
        )
        return await self._client.request(call, self._client.parser(call))

    async def download_urls(
        self,
        *,
        object_keys: list[str],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> RawResponse[MediaDownloadUrls]:
        """Get presigned download URLs

        The arguments are those of `AsyncMediaResource.download_urls`.

        Returns:
            `RawResponse[MediaDownloadUrls]`: the parsed body with the HTTP status, headers and timing.
        """

        call = _media_download_urls(
            object_keys,
            _runtime.options(
                extra_headers, extra_query, timeout, max_retries, extra_body=extra_body
            ),
        )
        return await self._client.request(call, self._client.parser(call))


class AsyncMediaResourceWithStreamingResponse:
    """`media` endpoints returning the response unread, in an `async with` block."""

    def __init__(self, client: _runtime.AsyncAPIClient) -> None:
        self._client = client

    def upload_urls(
        self,
        *,
        files: list[MediaUploadFileParam | MediaUploadFile],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> AsyncResponseContext[MediaUploadUrls]:
        """Get presigned upload URLs

        The arguments are those of `AsyncMediaResource.upload_urls`.

        Returns:
            `AsyncResponseContext[MediaUploadUrls]`: the call is sent on entering its `async with`
            block, and the body is read only when asked for; `parse()` gives the `MediaUploadUrls`.
        """

        call = _media_upload_urls(
            files,
            _runtime.options(
                extra_headers, extra_query, timeout, max_retries, extra_body=extra_body
            ),
        )
        return self._client.streaming(call, self._client.parser(call))

    def download_urls(
        self,
        *,
        object_keys: list[str],
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> AsyncResponseContext[MediaDownloadUrls]:
        """Get presigned download URLs

        The arguments are those of `AsyncMediaResource.download_urls`.

        Returns:
            `AsyncResponseContext[MediaDownloadUrls]`: the call is sent on entering its `async with`
            block, and the body is read only when asked for; `parse()` gives the `MediaDownloadUrls`.
        """

        call = _media_download_urls(
            object_keys,
            _runtime.options(
                extra_headers, extra_query, timeout, max_retries, extra_body=extra_body
            ),
        )
        return self._client.streaming(call, self._client.parser(call))
