# Generated from spec/perceptron.yaml by clientgen 0.1.0. Do not edit.
"""`client.files`: the Perceptron API's `files` endpoints, sync and async.

Imported when `client.files` is first used.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

from .. import _runtime
from .. import models as _models
from .._runtime import (
    NOT_GIVEN,
    AsyncBinaryResponse,
    AsyncCursorPage,
    AsyncResponseContext,
    BinaryResponse,
    Body,
    FileTypes,
    Headers,
    NotGiven,
    Query,
    RawResponse,
    ResponseContext,
    ResponseType,
    SyncCursorPage,
    Timeout,
)

if TYPE_CHECKING:
    from ..models import FileDeleted, FileList, FileObject, FileOrder

__all__ = [
    "AsyncFilesResource",
    "AsyncFilesResourceWithRawResponse",
    "AsyncFilesResourceWithStreamingResponse",
    "FilesResource",
    "FilesResourceWithRawResponse",
    "FilesResourceWithStreamingResponse",
]

# POST /v1/files
_FILES_CREATE = _runtime.Endpoint(
    "POST",
    "/v1/files",
    rate_limit="file_upload",
)
_FILES_CREATE_RESPONSE: ResponseType[FileObject] = ResponseType(
    lambda: _models.FileObject, "FileObject"
)


def _files_create(
    file: FileTypes,
    purpose: Literal["vision", "user_data"] | str,
    _options: _runtime.RequestOptions,
) -> _runtime.Call[FileObject]:
    return _runtime.Call(
        _FILES_CREATE,
        _FILES_CREATE_RESPONSE,
        _options,
        body={
            "purpose": purpose,
        },
        files={
            "file": file,
        },
    )


# GET /v1/files
_FILES_LIST = _runtime.Endpoint(
    "GET",
    "/v1/files",
    rate_limit="file_list",
)
_FILES_LIST_RESPONSE: ResponseType[FileList] = ResponseType(lambda: _models.FileList, "FileList")
_FILES_LIST_PAGE = _runtime.PageSpec(
    items="data",
    cursor_param="after",
    next_cursor="last_id",
    has_more="has_more",
)


def _files_list(
    after: str | None,
    limit: int | None,
    order: Literal["asc", "desc"] | FileOrder | None,
    purpose: Literal["vision", "user_data"] | str | None,
    _options: _runtime.RequestOptions,
) -> _runtime.Call[FileList]:
    return _runtime.Call(
        _FILES_LIST,
        _FILES_LIST_RESPONSE,
        _options,
        query={
            "after": after,
            "limit": limit,
            "order": order,
            "purpose": purpose,
        },
    )


# GET /v1/files/{file_id}
_FILES_RETRIEVE = _runtime.Endpoint(
    "GET",
    "/v1/files/{file_id}",
    rate_limit="file_retrieve",
)
_FILES_RETRIEVE_RESPONSE: ResponseType[FileObject] = ResponseType(
    lambda: _models.FileObject, "FileObject"
)


def _files_retrieve(
    file_id: str,
    _options: _runtime.RequestOptions,
) -> _runtime.Call[FileObject]:
    return _runtime.Call(
        _FILES_RETRIEVE,
        _FILES_RETRIEVE_RESPONSE,
        _options,
        path_params={
            "file_id": file_id,
        },
    )


# GET /v1/files/{file_id}/content
_FILES_CONTENT = _runtime.Endpoint(
    "GET",
    "/v1/files/{file_id}/content",
    rate_limit="file_content",
)


def _files_content(
    file_id: str,
    _options: _runtime.RequestOptions,
) -> _runtime.Call[None]:
    return _runtime.Call(
        _FILES_CONTENT,
        _runtime.NO_BODY,
        _options,
        path_params={
            "file_id": file_id,
        },
    )


# DELETE /v1/files/{file_id}
_FILES_DELETE = _runtime.Endpoint(
    "DELETE",
    "/v1/files/{file_id}",
)
_FILES_DELETE_RESPONSE: ResponseType[FileDeleted] = ResponseType(
    lambda: _models.FileDeleted, "FileDeleted"
)


def _files_delete(
    file_id: str,
    _options: _runtime.RequestOptions,
) -> _runtime.Call[FileDeleted]:
    return _runtime.Call(
        _FILES_DELETE,
        _FILES_DELETE_RESPONSE,
        _options,
        path_params={
            "file_id": file_id,
        },
    )


class FilesResource:
    """`files` endpoints."""

    def __init__(self, client: _runtime.SyncAPIClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> FilesResourceWithRawResponse:
        """The same methods, returning `RawResponse` with the status, headers and timing."""
        return FilesResourceWithRawResponse(self._client)

    @property
    def with_streaming_response(self) -> FilesResourceWithStreamingResponse:
        """The same methods, sending the call on entering a `with` block and reading the body only when asked."""
        return FilesResourceWithStreamingResponse(self._client)

    def create(
        self,
        *,
        file: FileTypes,
        purpose: Literal["vision", "user_data"] | str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> FileObject:
        """Upload a file

        Uploads a file (multipart) to reference in chat completions as an
        `image_file_id`, `video_file_id` or `audio_file_id` part.

        Args:
            file: The file: JPEG, PNG, WebP, MP4, QuickTime, WebM, WAV, MP3 or FLAC. The
                server detects the type from the content.
            purpose: What the file is for.

        Returns:
            `FileObject`

        Rate limit: 60 requests per minute; the client waits for a free slot
        instead of drawing a 429 (turn off with `rate_limit=False`).

        Docs: https://docs.perceptron.inc/isaac-0.2/api-reference/endpoint/upload-file
        """

        call = _files_create(
            file,
            purpose,
            _runtime.options(
                extra_headers, extra_query, timeout, max_retries, extra_body=extra_body
            ),
        )
        return self._client.request(call, self._client.parser(call)).parsed

    def list(
        self,
        *,
        after: str | None = None,
        limit: int | None = None,
        order: Literal["asc", "desc"] | FileOrder | None = None,
        purpose: Literal["vision", "user_data"] | str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> SyncCursorPage[FileObject]:
        """List files

        Args:
            after: A cursor: the `last_id` of the previous page.
            limit: How many files a page holds (1-10000, default 10000).
                Constraints: ge=0.0, le=10000.0.
            order: Sort by `created_at`; newest first by default.
            purpose: Only files with this purpose.

        Returns:
            `SyncCursorPage[FileObject]`

        Rate limit: 100 requests per minute; the client waits for a free slot
        instead of drawing a 429 (turn off with `rate_limit=False`).

        Docs: https://docs.perceptron.inc/isaac-0.2/api-reference/endpoint/list-files
        """

        call = _files_list(
            after,
            limit,
            order,
            purpose,
            _runtime.options(extra_headers, extra_query, timeout, max_retries),
        )
        return self._client.request(call, self._client.pager(call, _FILES_LIST_PAGE)).parsed

    def retrieve(
        self,
        file_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> FileObject:
        """Retrieve a file

        Args:
            file_id: The file's id.
                Example: `"file-abc123"`.

        Returns:
            `FileObject`

        Rate limit: 100 requests per minute; the client waits for a free slot
        instead of drawing a 429 (turn off with `rate_limit=False`).

        Docs: https://docs.perceptron.inc/isaac-0.2/api-reference/endpoint/retrieve-file
        """

        call = _files_retrieve(
            file_id,
            _runtime.options(extra_headers, extra_query, timeout, max_retries),
        )
        return self._client.request(call, self._client.parser(call)).parsed

    def content(
        self,
        file_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> BinaryResponse:
        """Retrieve a file's content

        The file's bytes, with the `Content-Type` it was uploaded with.

        Args:
            file_id: The file's id.
                Example: `"file-abc123"`.

        Returns:
            `BinaryResponse`

        Rate limit: 30 requests per minute; the client waits for a free slot
        instead of drawing a 429 (turn off with `rate_limit=False`).

        Docs: https://docs.perceptron.inc/isaac-0.2/api-reference/endpoint/retrieve-file-content
        """

        call = _files_content(
            file_id,
            _runtime.options(extra_headers, extra_query, timeout, max_retries),
        )
        return self._client.request(call, self._client.downloader()).parsed

    def delete(
        self,
        file_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> FileDeleted:
        """Delete a file

        The docs list a Delete File page but it was not available; the answer's
        shape is from Perceptron's official SDK.

        Args:
            file_id: The file's id.
                Example: `"file-abc123"`.

        Returns:
            `FileDeleted`

        Docs: https://docs.perceptron.inc/perceptron-mk1/guides/files
        """

        call = _files_delete(
            file_id,
            _runtime.options(extra_headers, extra_query, timeout, max_retries),
        )
        return self._client.request(call, self._client.parser(call)).parsed


class FilesResourceWithRawResponse:
    """`files` endpoints returning `RawResponse`."""

    def __init__(self, client: _runtime.SyncAPIClient) -> None:
        self._client = client

    def create(
        self,
        *,
        file: FileTypes,
        purpose: Literal["vision", "user_data"] | str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> RawResponse[FileObject]:
        """Upload a file

        The arguments are those of `FilesResource.create`.

        Returns:
            `RawResponse[FileObject]`: the parsed body with the HTTP status, headers and timing.
        """

        call = _files_create(
            file,
            purpose,
            _runtime.options(
                extra_headers, extra_query, timeout, max_retries, extra_body=extra_body
            ),
        )
        return self._client.request(call, self._client.parser(call))

    def list(
        self,
        *,
        after: str | None = None,
        limit: int | None = None,
        order: Literal["asc", "desc"] | FileOrder | None = None,
        purpose: Literal["vision", "user_data"] | str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> RawResponse[SyncCursorPage[FileObject]]:
        """List files

        The arguments are those of `FilesResource.list`.

        Returns:
            `RawResponse[SyncCursorPage[FileObject]]`: the parsed body with the HTTP status, headers and timing.
        """

        call = _files_list(
            after,
            limit,
            order,
            purpose,
            _runtime.options(extra_headers, extra_query, timeout, max_retries),
        )
        return self._client.request(call, self._client.pager(call, _FILES_LIST_PAGE))

    def retrieve(
        self,
        file_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> RawResponse[FileObject]:
        """Retrieve a file

        The arguments are those of `FilesResource.retrieve`.

        Returns:
            `RawResponse[FileObject]`: the parsed body with the HTTP status, headers and timing.
        """

        call = _files_retrieve(
            file_id,
            _runtime.options(extra_headers, extra_query, timeout, max_retries),
        )
        return self._client.request(call, self._client.parser(call))

    def content(
        self,
        file_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> RawResponse[BinaryResponse]:
        """Retrieve a file's content

        The arguments are those of `FilesResource.content`.

        Returns:
            `RawResponse[BinaryResponse]`: the parsed body with the HTTP status, headers and timing.
        """

        call = _files_content(
            file_id,
            _runtime.options(extra_headers, extra_query, timeout, max_retries),
        )
        return self._client.request(call, self._client.downloader())

    def delete(
        self,
        file_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> RawResponse[FileDeleted]:
        """Delete a file

        The arguments are those of `FilesResource.delete`.

        Returns:
            `RawResponse[FileDeleted]`: the parsed body with the HTTP status, headers and timing.
        """

        call = _files_delete(
            file_id,
            _runtime.options(extra_headers, extra_query, timeout, max_retries),
        )
        return self._client.request(call, self._client.parser(call))


class FilesResourceWithStreamingResponse:
    """`files` endpoints returning the response unread, in a `with` block."""

    def __init__(self, client: _runtime.SyncAPIClient) -> None:
        self._client = client

    def create(
        self,
        *,
        file: FileTypes,
        purpose: Literal["vision", "user_data"] | str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> ResponseContext[FileObject]:
        """Upload a file

        The arguments are those of `FilesResource.create`.

        Returns:
            `ResponseContext[FileObject]`: the call is sent on entering its `with`
            block, and the body is read only when asked for; `parse()` gives the `FileObject`.
        """

        call = _files_create(
            file,
            purpose,
            _runtime.options(
                extra_headers, extra_query, timeout, max_retries, extra_body=extra_body
            ),
        )
        return self._client.streaming(call, self._client.parser(call))

    def list(
        self,
        *,
        after: str | None = None,
        limit: int | None = None,
        order: Literal["asc", "desc"] | FileOrder | None = None,
        purpose: Literal["vision", "user_data"] | str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> ResponseContext[SyncCursorPage[FileObject]]:
        """List files

        The arguments are those of `FilesResource.list`.

        Returns:
            `ResponseContext[SyncCursorPage[FileObject]]`: the call is sent on entering its `with`
            block, and the body is read only when asked for; `parse()` gives the `SyncCursorPage[FileObject]`.
        """

        call = _files_list(
            after,
            limit,
            order,
            purpose,
            _runtime.options(extra_headers, extra_query, timeout, max_retries),
        )
        return self._client.streaming(call, self._client.pager(call, _FILES_LIST_PAGE))

    def retrieve(
        self,
        file_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> ResponseContext[FileObject]:
        """Retrieve a file

        The arguments are those of `FilesResource.retrieve`.

        Returns:
            `ResponseContext[FileObject]`: the call is sent on entering its `with`
            block, and the body is read only when asked for; `parse()` gives the `FileObject`.
        """

        call = _files_retrieve(
            file_id,
            _runtime.options(extra_headers, extra_query, timeout, max_retries),
        )
        return self._client.streaming(call, self._client.parser(call))

    def content(
        self,
        file_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> ResponseContext[BinaryResponse]:
        """Retrieve a file's content

        The arguments are those of `FilesResource.content`.

        Returns:
            `ResponseContext[BinaryResponse]`: the call is sent on entering its `with`
            block, and the body is read only when asked for; `parse()` gives the `BinaryResponse`.
        """

        call = _files_content(
            file_id,
            _runtime.options(extra_headers, extra_query, timeout, max_retries),
        )
        return self._client.streaming(call, self._client.downloader())

    def delete(
        self,
        file_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> ResponseContext[FileDeleted]:
        """Delete a file

        The arguments are those of `FilesResource.delete`.

        Returns:
            `ResponseContext[FileDeleted]`: the call is sent on entering its `with`
            block, and the body is read only when asked for; `parse()` gives the `FileDeleted`.
        """

        call = _files_delete(
            file_id,
            _runtime.options(extra_headers, extra_query, timeout, max_retries),
        )
        return self._client.streaming(call, self._client.parser(call))


class AsyncFilesResource:
    """`files` endpoints (asyncio)."""

    def __init__(self, client: _runtime.AsyncAPIClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AsyncFilesResourceWithRawResponse:
        """The same methods, returning `RawResponse` with the status, headers and timing."""
        return AsyncFilesResourceWithRawResponse(self._client)

    @property
    def with_streaming_response(self) -> AsyncFilesResourceWithStreamingResponse:
        """The same methods, sending the call on entering a `async with` block and reading the body only when asked."""
        return AsyncFilesResourceWithStreamingResponse(self._client)

    async def create(
        self,
        *,
        file: FileTypes,
        purpose: Literal["vision", "user_data"] | str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> FileObject:
        """Upload a file

        Uploads a file (multipart) to reference in chat completions as an
        `image_file_id`, `video_file_id` or `audio_file_id` part.

        Args:
            file: The file: JPEG, PNG, WebP, MP4, QuickTime, WebM, WAV, MP3 or FLAC. The
                server detects the type from the content.
            purpose: What the file is for.

        Returns:
            `FileObject`

        Rate limit: 60 requests per minute; the client waits for a free slot
        instead of drawing a 429 (turn off with `rate_limit=False`).

        Docs: https://docs.perceptron.inc/isaac-0.2/api-reference/endpoint/upload-file
        """

        call = _files_create(
            file,
            purpose,
            _runtime.options(
                extra_headers, extra_query, timeout, max_retries, extra_body=extra_body
            ),
        )
        return (await self._client.request(call, self._client.parser(call))).parsed

    async def list(
        self,
        *,
        after: str | None = None,
        limit: int | None = None,
        order: Literal["asc", "desc"] | FileOrder | None = None,
        purpose: Literal["vision", "user_data"] | str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> AsyncCursorPage[FileObject]:
        """List files

        Args:
            after: A cursor: the `last_id` of the previous page.
            limit: How many files a page holds (1-10000, default 10000).
                Constraints: ge=0.0, le=10000.0.
            order: Sort by `created_at`; newest first by default.
            purpose: Only files with this purpose.

        Returns:
            `AsyncCursorPage[FileObject]`

        Rate limit: 100 requests per minute; the client waits for a free slot
        instead of drawing a 429 (turn off with `rate_limit=False`).

        Docs: https://docs.perceptron.inc/isaac-0.2/api-reference/endpoint/list-files
        """

        call = _files_list(
            after,
            limit,
            order,
            purpose,
            _runtime.options(extra_headers, extra_query, timeout, max_retries),
        )
        return (await self._client.request(call, self._client.pager(call, _FILES_LIST_PAGE))).parsed

    async def retrieve(
        self,
        file_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> FileObject:
        """Retrieve a file

        Args:
            file_id: The file's id.
                Example: `"file-abc123"`.

        Returns:
            `FileObject`

        Rate limit: 100 requests per minute; the client waits for a free slot
        instead of drawing a 429 (turn off with `rate_limit=False`).

        Docs: https://docs.perceptron.inc/isaac-0.2/api-reference/endpoint/retrieve-file
        """

        call = _files_retrieve(
            file_id,
            _runtime.options(extra_headers, extra_query, timeout, max_retries),
        )
        return (await self._client.request(call, self._client.parser(call))).parsed

    async def content(
        self,
        file_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> AsyncBinaryResponse:
        """Retrieve a file's content

        The file's bytes, with the `Content-Type` it was uploaded with.

        Args:
            file_id: The file's id.
                Example: `"file-abc123"`.

        Returns:
            `AsyncBinaryResponse`

        Rate limit: 30 requests per minute; the client waits for a free slot
        instead of drawing a 429 (turn off with `rate_limit=False`).

        Docs: https://docs.perceptron.inc/isaac-0.2/api-reference/endpoint/retrieve-file-content
        """

        call = _files_content(
            file_id,
            _runtime.options(extra_headers, extra_query, timeout, max_retries),
        )
        return (await self._client.request(call, self._client.downloader())).parsed

    async def delete(
        self,
        file_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> FileDeleted:
        """Delete a file

        The docs list a Delete File page but it was not available; the answer's
        shape is from Perceptron's official SDK.

        Args:
            file_id: The file's id.
                Example: `"file-abc123"`.

        Returns:
            `FileDeleted`

        Docs: https://docs.perceptron.inc/perceptron-mk1/guides/files
        """

        call = _files_delete(
            file_id,
            _runtime.options(extra_headers, extra_query, timeout, max_retries),
        )
        return (await self._client.request(call, self._client.parser(call))).parsed


class AsyncFilesResourceWithRawResponse:
    """`files` endpoints returning `RawResponse` (asyncio)."""

    def __init__(self, client: _runtime.AsyncAPIClient) -> None:
        self._client = client

    async def create(
        self,
        *,
        file: FileTypes,
        purpose: Literal["vision", "user_data"] | str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> RawResponse[FileObject]:
        """Upload a file

        The arguments are those of `AsyncFilesResource.create`.

        Returns:
            `RawResponse[FileObject]`: the parsed body with the HTTP status, headers and timing.
        """

        call = _files_create(
            file,
            purpose,
            _runtime.options(
                extra_headers, extra_query, timeout, max_retries, extra_body=extra_body
            ),
        )
        return await self._client.request(call, self._client.parser(call))

    async def list(
        self,
        *,
        after: str | None = None,
        limit: int | None = None,
        order: Literal["asc", "desc"] | FileOrder | None = None,
        purpose: Literal["vision", "user_data"] | str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> RawResponse[AsyncCursorPage[FileObject]]:
        """List files

        The arguments are those of `AsyncFilesResource.list`.

        Returns:
            `RawResponse[AsyncCursorPage[FileObject]]`: the parsed body with the HTTP status, headers and timing.
        """

        call = _files_list(
            after,
            limit,
            order,
            purpose,
            _runtime.options(extra_headers, extra_query, timeout, max_retries),
        )
        return await self._client.request(call, self._client.pager(call, _FILES_LIST_PAGE))

    async def retrieve(
        self,
        file_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> RawResponse[FileObject]:
        """Retrieve a file

        The arguments are those of `AsyncFilesResource.retrieve`.

        Returns:
            `RawResponse[FileObject]`: the parsed body with the HTTP status, headers and timing.
        """

        call = _files_retrieve(
            file_id,
            _runtime.options(extra_headers, extra_query, timeout, max_retries),
        )
        return await self._client.request(call, self._client.parser(call))

    async def content(
        self,
        file_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> RawResponse[AsyncBinaryResponse]:
        """Retrieve a file's content

        The arguments are those of `AsyncFilesResource.content`.

        Returns:
            `RawResponse[AsyncBinaryResponse]`: the parsed body with the HTTP status, headers and timing.
        """

        call = _files_content(
            file_id,
            _runtime.options(extra_headers, extra_query, timeout, max_retries),
        )
        return await self._client.request(call, self._client.downloader())

    async def delete(
        self,
        file_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> RawResponse[FileDeleted]:
        """Delete a file

        The arguments are those of `AsyncFilesResource.delete`.

        Returns:
            `RawResponse[FileDeleted]`: the parsed body with the HTTP status, headers and timing.
        """

        call = _files_delete(
            file_id,
            _runtime.options(extra_headers, extra_query, timeout, max_retries),
        )
        return await self._client.request(call, self._client.parser(call))


class AsyncFilesResourceWithStreamingResponse:
    """`files` endpoints returning the response unread, in an `async with` block."""

    def __init__(self, client: _runtime.AsyncAPIClient) -> None:
        self._client = client

    def create(
        self,
        *,
        file: FileTypes,
        purpose: Literal["vision", "user_data"] | str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> AsyncResponseContext[FileObject]:
        """Upload a file

        The arguments are those of `AsyncFilesResource.create`.

        Returns:
            `AsyncResponseContext[FileObject]`: the call is sent on entering its `async with`
            block, and the body is read only when asked for; `parse()` gives the `FileObject`.
        """

        call = _files_create(
            file,
            purpose,
            _runtime.options(
                extra_headers, extra_query, timeout, max_retries, extra_body=extra_body
            ),
        )
        return self._client.streaming(call, self._client.parser(call))

    def list(
        self,
        *,
        after: str | None = None,
        limit: int | None = None,
        order: Literal["asc", "desc"] | FileOrder | None = None,
        purpose: Literal["vision", "user_data"] | str | None = None,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> AsyncResponseContext[AsyncCursorPage[FileObject]]:
        """List files

        The arguments are those of `AsyncFilesResource.list`.

        Returns:
            `AsyncResponseContext[AsyncCursorPage[FileObject]]`: the call is sent on entering its `async with`
            block, and the body is read only when asked for; `parse()` gives the `AsyncCursorPage[FileObject]`.
        """

        call = _files_list(
            after,
            limit,
            order,
            purpose,
            _runtime.options(extra_headers, extra_query, timeout, max_retries),
        )
        return self._client.streaming(call, self._client.pager(call, _FILES_LIST_PAGE))

    def retrieve(
        self,
        file_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> AsyncResponseContext[FileObject]:
        """Retrieve a file

        The arguments are those of `AsyncFilesResource.retrieve`.

        Returns:
            `AsyncResponseContext[FileObject]`: the call is sent on entering its `async with`
            block, and the body is read only when asked for; `parse()` gives the `FileObject`.
        """

        call = _files_retrieve(
            file_id,
            _runtime.options(extra_headers, extra_query, timeout, max_retries),
        )
        return self._client.streaming(call, self._client.parser(call))

    def content(
        self,
        file_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> AsyncResponseContext[AsyncBinaryResponse]:
        """Retrieve a file's content

        The arguments are those of `AsyncFilesResource.content`.

        Returns:
            `AsyncResponseContext[AsyncBinaryResponse]`: the call is sent on entering its `async with`
            block, and the body is read only when asked for; `parse()` gives the `AsyncBinaryResponse`.
        """

        call = _files_content(
            file_id,
            _runtime.options(extra_headers, extra_query, timeout, max_retries),
        )
        return self._client.streaming(call, self._client.downloader())

    def delete(
        self,
        file_id: str,
        *,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> AsyncResponseContext[FileDeleted]:
        """Delete a file

        The arguments are those of `AsyncFilesResource.delete`.

        Returns:
            `AsyncResponseContext[FileDeleted]`: the call is sent on entering its `async with`
            block, and the body is read only when asked for; `parse()` gives the `FileDeleted`.
        """

        call = _files_delete(
            file_id,
            _runtime.options(extra_headers, extra_query, timeout, max_retries),
        )
        return self._client.streaming(call, self._client.parser(call))
