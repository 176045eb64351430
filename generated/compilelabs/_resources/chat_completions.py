# Generated from spec/compilelabs.yaml by clientgen 0.1.0. Do not edit.
"""`client.chat.completions`: the CompileLabs API's `chat.completions` endpoints, sync and async.

Imported when `client.chat.completions` is first used.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, overload

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
from .._streaming import AsyncStream, Stream, StreamSpec

if TYPE_CHECKING:
    from ..models import (
        ChatCompletion,
        ChatCompletionChunk,
        ChatMessageParam,
        FunctionTool,
        FunctionToolParam,
        ResponseFormatParam,
        ToolChoiceParam,
    )

__all__ = [
    "AsyncChatCompletionsResource",
    "AsyncChatCompletionsResourceWithRawResponse",
    "AsyncChatCompletionsResourceWithStreamingResponse",
    "ChatCompletionsResource",
    "ChatCompletionsResourceWithRawResponse",
    "ChatCompletionsResourceWithStreamingResponse",
]

# POST /v1/chat/completions
_CHAT_COMPLETIONS_CREATE = _runtime.Endpoint(
    "POST",
    "/v1/chat/completions",
)
_CHAT_COMPLETIONS_CREATE_RESPONSE: ResponseType[ChatCompletion] = ResponseType(
    lambda: _models.ChatCompletion, "ChatCompletion"
)
_CHAT_COMPLETIONS_CREATE_EVENT: ResponseType[ChatCompletionChunk] = ResponseType(
    lambda: _models.ChatCompletionChunk, "ChatCompletionChunk"
)
_CHAT_COMPLETIONS_CREATE_STREAM: StreamSpec[ChatCompletionChunk] = StreamSpec(
    _CHAT_COMPLETIONS_CREATE_EVENT.validate,
    "ChatCompletionChunk",
    terminator="[DONE]",
    error_key="error",
)


def _chat_completions_create(
    model: str,
    messages: list[ChatMessageParam],
    stream: bool | NotGiven,
    tool_choice: ToolChoiceParam | NotGiven,
    tools: list[FunctionToolParam | FunctionTool] | NotGiven,
    parallel_tool_calls: bool | NotGiven,
    max_completion_tokens: int | NotGiven,
    temperature: float | NotGiven,
    top_p: float | NotGiven,
    response_format: ResponseFormatParam | NotGiven,
    _options: _runtime.RequestOptions,
) -> _runtime.Call[ChatCompletion]:
    return _runtime.Call(
        _CHAT_COMPLETIONS_CREATE,
        _CHAT_COMPLETIONS_CREATE_RESPONSE,
        _options,
        body={
            "model": model,
            "messages": messages,
            "stream": stream,
            "tool_choice": tool_choice,
            "tools": tools,
            "parallel_tool_calls": parallel_tool_calls,
            "max_completion_tokens": max_completion_tokens,
            "temperature": temperature,
            "top_p": top_p,
            "response_format": response_format,
        },
    )


class ChatCompletionsResource:
    """`chat.completions` endpoints."""

    def __init__(self, client: _runtime.SyncAPIClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> ChatCompletionsResourceWithRawResponse:
        """The same methods, returning `RawResponse` with the status, headers and timing."""
        return ChatCompletionsResourceWithRawResponse(self._client)

    @property
    def with_streaming_response(self) -> ChatCompletionsResourceWithStreamingResponse:
        """The same methods, sending the call on entering a `with` block and reading the body only when asked."""
        return ChatCompletionsResourceWithStreamingResponse(self._client)

    @overload
    def create(
        self,
        *,
        model: str,
        messages: list[ChatMessageParam],
        stream: Literal[False] | NotGiven = NOT_GIVEN,
        tool_choice: ToolChoiceParam | NotGiven = NOT_GIVEN,
        tools: list[FunctionToolParam | FunctionTool] | NotGiven = NOT_GIVEN,
        parallel_tool_calls: bool | NotGiven = NOT_GIVEN,
        max_completion_tokens: int | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        top_p: float | NotGiven = NOT_GIVEN,
        response_format: ResponseFormatParam | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> ChatCompletion:
        """Openai Compatible Chat Completions Api

        Create a chat completion with OpenAI-compatible SDKs or tools. With
        `stream=True` the answer arrives as Server-Sent Events.

        Args:
            model: The model to use. Refer to the model guide to browse and compare available
                models.
                Examples: `"meta/llama-4-scout"`, `"moonshotai/kimi-k2-0905"`.
                Constraints: max_length=255, min_length=3.
            messages: The conversation so far.
                Example: `[{"role": "developer", "content": "Answer in one sentence."}, {"role":
        "user", "content": "What is the capital of France?"}]`.
                Constraints: min_length=1.
            stream: If true, the answer is streamed as Server-Sent Events.
                Example: `False`.
            tool_choice: Whether and which tool the model calls: `none` (the default without tools),
                `auto` (the default with tools), `required`, or a named function.
            tools: Tools the model may call; only functions are supported.
            parallel_tool_calls: Let the model call several tools at once.
            max_completion_tokens: The most tokens the answer may have, visible and reasoning tokens together.
                Example: `1024`.
                Constraints: gt=1.
            temperature: Sampling temperature.
                Example: `0.7`.
                Constraints: ge=0, le=2.
            top_p: Nucleus sampling probability mass.
                Example: `0.9`.
            response_format: The form of the answer.

        Returns:
            `ChatCompletion`

        With `stream=True`, the events as they arrive (`ChatCompletionChunk` each):
        iterate over the stream, or use it as a context manager.

        Docs: https://docs.compilelabs.com/api-reference/llm/openai-compatible-chat-completions-api
        """

    @overload
    def create(
        self,
        *,
        model: str,
        messages: list[ChatMessageParam],
        stream: Literal[True],
        tool_choice: ToolChoiceParam | NotGiven = NOT_GIVEN,
        tools: list[FunctionToolParam | FunctionTool] | NotGiven = NOT_GIVEN,
        parallel_tool_calls: bool | NotGiven = NOT_GIVEN,
        max_completion_tokens: int | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        top_p: float | NotGiven = NOT_GIVEN,
        response_format: ResponseFormatParam | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> Stream[ChatCompletionChunk]:
        """Openai Compatible Chat Completions Api

        Create a chat completion with OpenAI-compatible SDKs or tools. With
        `stream=True` the answer arrives as Server-Sent Events.

        Args:
            model: The model to use. Refer to the model guide to browse and compare available
                models.
                Examples: `"meta/llama-4-scout"`, `"moonshotai/kimi-k2-0905"`.
                Constraints: max_length=255, min_length=3.
            messages: The conversation so far.
                Example: `[{"role": "developer", "content": "Answer in one sentence."}, {"role":
        "user", "content": "What is the capital of France?"}]`.
                Constraints: min_length=1.
            stream: If true, the answer is streamed as Server-Sent Events.
                Example: `False`.
            tool_choice: Whether and which tool the model calls: `none` (the default without tools),
                `auto` (the default with tools), `required`, or a named function.
            tools: Tools the model may call; only functions are supported.
            parallel_tool_calls: Let the model call several tools at once.
            max_completion_tokens: The most tokens the answer may have, visible and reasoning tokens together.
                Example: `1024`.
                Constraints: gt=1.
            temperature: Sampling temperature.
                Example: `0.7`.
                Constraints: ge=0, le=2.
            top_p: Nucleus sampling probability mass.
                Example: `0.9`.
            response_format: The form of the answer.

        Returns:
            `Stream[ChatCompletionChunk]`

        With `stream=True`, the events as they arrive (`ChatCompletionChunk` each):
        iterate over the stream, or use it as a context manager.

        Docs: https://docs.compilelabs.com/api-reference/llm/openai-compatible-chat-completions-api
        """

    @overload
    def create(
        self,
        *,
        model: str,
        messages: list[ChatMessageParam],
        stream: bool,
        tool_choice: ToolChoiceParam | NotGiven = NOT_GIVEN,
        tools: list[FunctionToolParam | FunctionTool] | NotGiven = NOT_GIVEN,
        parallel_tool_calls: bool | NotGiven = NOT_GIVEN,
        max_completion_tokens: int | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        top_p: float | NotGiven = NOT_GIVEN,
        response_format: ResponseFormatParam | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> ChatCompletion | Stream[ChatCompletionChunk]:
        """Openai Compatible Chat Completions Api

        Create a chat completion with OpenAI-compatible SDKs or tools. With
        `stream=True` the answer arrives as Server-Sent Events.

        Args:
            model: The model to use. Refer to the model guide to browse and compare available
                models.
                Examples: `"meta/llama-4-scout"`, `"moonshotai/kimi-k2-0905"`.
                Constraints: max_length=255, min_length=3.
            messages: The conversation so far.
                Example: `[{"role": "developer", "content": "Answer in one sentence."}, {"role":
        "user", "content": "What is the capital of France?"}]`.
                Constraints: min_length=1.
            stream: If true, the answer is streamed as Server-Sent Events.
                Example: `False`.
            tool_choice: Whether and which tool the model calls: `none` (the default without tools),
                `auto` (the default with tools), `required`, or a named function.
            tools: Tools the model may call; only functions are supported.
            parallel_tool_calls: Let the model call several tools at once.
            max_completion_tokens: The most tokens the answer may have, visible and reasoning tokens together.
                Example: `1024`.
                Constraints: gt=1.
            temperature: Sampling temperature.
                Example: `0.7`.
                Constraints: ge=0, le=2.
            top_p: Nucleus sampling probability mass.
                Example: `0.9`.
            response_format: The form of the answer.

        Returns:
            `ChatCompletion | Stream[ChatCompletionChunk]`

        With `stream=True`, the events as they arrive (`ChatCompletionChunk` each):
        iterate over the stream, or use it as a context manager.

        Docs: https://docs.compilelabs.com/api-reference/llm/openai-compatible-chat-completions-api
        """

    def create(
        self,
        *,
        model: str,
        messages: list[ChatMessageParam],
        stream: bool | NotGiven = NOT_GIVEN,
        tool_choice: ToolChoiceParam | NotGiven = NOT_GIVEN,
        tools: list[FunctionToolParam | FunctionTool] | NotGiven = NOT_GIVEN,
        parallel_tool_calls: bool | NotGiven = NOT_GIVEN,
        max_completion_tokens: int | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        top_p: float | NotGiven = NOT_GIVEN,
        response_format: ResponseFormatParam | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> ChatCompletion | Stream[ChatCompletionChunk]:
        """Openai Compatible Chat Completions Api

        Create a chat completion with OpenAI-compatible SDKs or tools. With
        `stream=True` the answer arrives as Server-Sent Events.

        Args:
            model: The model to use. Refer to the model guide to browse and compare available
                models.
                Examples: `"meta/llama-4-scout"`, `"moonshotai/kimi-k2-0905"`.
                Constraints: max_length=255, min_length=3.
            messages: The conversation so far.
                Example: `[{"role": "developer", "content": "Answer in one sentence."}, {"role":
        "user", "content": "What is the capital of France?"}]`.
                Constraints: min_length=1.
            stream: If true, the answer is streamed as Server-Sent Events.
                Example: `False`.
            tool_choice: Whether and which tool the model calls: `none` (the default without tools),
                `auto` (the default with tools), `required`, or a named function.
            tools: Tools the model may call; only functions are supported.
            parallel_tool_calls: Let the model call several tools at once.
            max_completion_tokens: The most tokens the answer may have, visible and reasoning tokens together.
                Example: `1024`.
                Constraints: gt=1.
            temperature: Sampling temperature.
                Example: `0.7`.
                Constraints: ge=0, le=2.
            top_p: Nucleus sampling probability mass.
                Example: `0.9`.
            response_format: The form of the answer.

        Returns:
            `ChatCompletion | Stream[ChatCompletionChunk]`

        With `stream=True`, the events as they arrive (`ChatCompletionChunk` each):
        iterate over the stream, or use it as a context manager.

        Docs: https://docs.compilelabs.com/api-reference/llm/openai-compatible-chat-completions-api
        """

        call = _chat_completions_create(
            model,
            messages,
            stream,
            tool_choice,
            tools,
            parallel_tool_calls,
            max_completion_tokens,
            temperature,
            top_p,
            response_format,
            _runtime.options(
                extra_headers, extra_query, timeout, max_retries, extra_body=extra_body
            ),
        )
        if stream is True:
            return self._client.request(
                call, self._client.streamer(_CHAT_COMPLETIONS_CREATE_STREAM)
            ).parsed
        return self._client.request(call, self._client.parser(call)).parsed


class ChatCompletionsResourceWithRawResponse:
    """`chat.completions` endpoints returning `RawResponse`."""

    def __init__(self, client: _runtime.SyncAPIClient) -> None:
        self._client = client

    @overload
    def create(
        self,
        *,
        model: str,
        messages: list[ChatMessageParam],
        stream: Literal[False] | NotGiven = NOT_GIVEN,
        tool_choice: ToolChoiceParam | NotGiven = NOT_GIVEN,
        tools: list[FunctionToolParam | FunctionTool] | NotGiven = NOT_GIVEN,
        parallel_tool_calls: bool | NotGiven = NOT_GIVEN,
        max_completion_tokens: int | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        top_p: float | NotGiven = NOT_GIVEN,
        response_format: ResponseFormatParam | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> RawResponse[ChatCompletion]:
        """Openai Compatible Chat Completions Api

        The arguments are those of `ChatCompletionsResource.create`.

        Returns:
            `RawResponse[ChatCompletion]`: the parsed body with the HTTP status, headers and timing.
        """

    @overload
    def create(
        self,
        *,
        model: str,
        messages: list[ChatMessageParam],
        stream: Literal[True],
        tool_choice: ToolChoiceParam | NotGiven = NOT_GIVEN,
        tools: list[FunctionToolParam | FunctionTool] | NotGiven = NOT_GIVEN,
        parallel_tool_calls: bool | NotGiven = NOT_GIVEN,
        max_completion_tokens: int | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        top_p: float | NotGiven = NOT_GIVEN,
        response_format: ResponseFormatParam | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> RawResponse[Stream[ChatCompletionChunk]]:
        """Openai Compatible Chat Completions Api

        The arguments are those of `ChatCompletionsResource.create`.

        Returns:
            `RawResponse[Stream[ChatCompletionChunk]]`: the parsed body with the HTTP status, headers and timing.
        """

    @overload
    def create(
        self,
        *,
        model: str,
        messages: list[ChatMessageParam],
        stream: bool,
        tool_choice: ToolChoiceParam | NotGiven = NOT_GIVEN,
        tools: list[FunctionToolParam | FunctionTool] | NotGiven = NOT_GIVEN,
        parallel_tool_calls: bool | NotGiven = NOT_GIVEN,
        max_completion_tokens: int | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        top_p: float | NotGiven = NOT_GIVEN,
        response_format: ResponseFormatParam | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> RawResponse[ChatCompletion | Stream[ChatCompletionChunk]]:
        """Openai Compatible Chat Completions Api

        The arguments are those of `ChatCompletionsResource.create`.

        Returns:
            `RawResponse[ChatCompletion | Stream[ChatCompletionChunk]]`: the parsed body with the HTTP status, headers and timing.
        """

    def create(
        self,
        *,
        model: str,
        messages: list[ChatMessageParam],
        stream: bool | NotGiven = NOT_GIVEN,
        tool_choice: ToolChoiceParam | NotGiven = NOT_GIVEN,
        tools: list[FunctionToolParam | FunctionTool] | NotGiven = NOT_GIVEN,
        parallel_tool_calls: bool | NotGiven = NOT_GIVEN,
        max_completion_tokens: int | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        top_p: float | NotGiven = NOT_GIVEN,
        response_format: ResponseFormatParam | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> RawResponse[ChatCompletion | Stream[ChatCompletionChunk]]:
        """Openai Compatible Chat Completions Api

        The arguments are those of `ChatCompletionsResource.create`.

        Returns:
            `RawResponse[ChatCompletion | Stream[ChatCompletionChunk]]`: the parsed body with the HTTP status, headers and timing.
        """

        call = _chat_completions_create(
            model,
            messages,
            stream,
            tool_choice,
            tools,
            parallel_tool_calls,
            max_completion_tokens,
            temperature,
            top_p,
            response_format,
            _runtime.options(
                extra_headers, extra_query, timeout, max_retries, extra_body=extra_body
            ),
        )
        if stream is True:
            return self._client.request(
                call, self._client.streamer(_CHAT_COMPLETIONS_CREATE_STREAM)
            )
        return self._client.request(call, self._client.parser(call))


class ChatCompletionsResourceWithStreamingResponse:
    """`chat.completions` endpoints returning the response unread, in a `with` block."""

    def __init__(self, client: _runtime.SyncAPIClient) -> None:
        self._client = client

    @overload
    def create(
        self,
        *,
        model: str,
        messages: list[ChatMessageParam],
        stream: Literal[False] | NotGiven = NOT_GIVEN,
        tool_choice: ToolChoiceParam | NotGiven = NOT_GIVEN,
        tools: list[FunctionToolParam | FunctionTool] | NotGiven = NOT_GIVEN,
        parallel_tool_calls: bool | NotGiven = NOT_GIVEN,
        max_completion_tokens: int | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        top_p: float | NotGiven = NOT_GIVEN,
        response_format: ResponseFormatParam | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> ResponseContext[ChatCompletion]:
        """Openai Compatible Chat Completions Api

        The arguments are those of `ChatCompletionsResource.create`.

        Returns:
            `ResponseContext[ChatCompletion]`: the call is sent on entering its `with`
            block, and the body is read only when asked for; `parse()` gives the `ChatCompletion`.
        """

    @overload
    def create(
        self,
        *,
        model: str,
        messages: list[ChatMessageParam],
        stream: Literal[True],
        tool_choice: ToolChoiceParam | NotGiven = NOT_GIVEN,
        tools: list[FunctionToolParam | FunctionTool] | NotGiven = NOT_GIVEN,
        parallel_tool_calls: bool | NotGiven = NOT_GIVEN,
        max_completion_tokens: int | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        top_p: float | NotGiven = NOT_GIVEN,
        response_format: ResponseFormatParam | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> ResponseContext[Stream[ChatCompletionChunk]]:
        """Openai Compatible Chat Completions Api

        The arguments are those of `ChatCompletionsResource.create`.

        Returns:
            `ResponseContext[Stream[ChatCompletionChunk]]`: the call is sent on entering its `with`
            block, and the body is read only when asked for; `parse()` gives the `Stream[ChatCompletionChunk]`.
        """

    @overload
    def create(
        self,
        *,
        model: str,
        messages: list[ChatMessageParam],
        stream: bool,
        tool_choice: ToolChoiceParam | NotGiven = NOT_GIVEN,
        tools: list[FunctionToolParam | FunctionTool] | NotGiven = NOT_GIVEN,
        parallel_tool_calls: bool | NotGiven = NOT_GIVEN,
        max_completion_tokens: int | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        top_p: float | NotGiven = NOT_GIVEN,
        response_format: ResponseFormatParam | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> ResponseContext[ChatCompletion | Stream[ChatCompletionChunk]]:
        """Openai Compatible Chat Completions Api

        The arguments are those of `ChatCompletionsResource.create`.

        Returns:
            `ResponseContext[ChatCompletion | Stream[ChatCompletionChunk]]`: the call is sent on entering its `with`
            block, and the body is read only when asked for; `parse()` gives the `ChatCompletion | Stream[ChatCompletionChunk]`.
        """

    def create(
        self,
        *,
        model: str,
        messages: list[ChatMessageParam],
        stream: bool | NotGiven = NOT_GIVEN,
        tool_choice: ToolChoiceParam | NotGiven = NOT_GIVEN,
        tools: list[FunctionToolParam | FunctionTool] | NotGiven = NOT_GIVEN,
        parallel_tool_calls: bool | NotGiven = NOT_GIVEN,
        max_completion_tokens: int | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        top_p: float | NotGiven = NOT_GIVEN,
        response_format: ResponseFormatParam | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> ResponseContext[ChatCompletion | Stream[ChatCompletionChunk]]:
        """Openai Compatible Chat Completions Api

        The arguments are those of `ChatCompletionsResource.create`.

        Returns:
            `ResponseContext[ChatCompletion | Stream[ChatCompletionChunk]]`: the call is sent on entering its `with`
            block, and the body is read only when asked for; `parse()` gives the `ChatCompletion | Stream[ChatCompletionChunk]`.
        """

        call = _chat_completions_create(
            model,
            messages,
            stream,
            tool_choice,
            tools,
            parallel_tool_calls,
            max_completion_tokens,
            temperature,
            top_p,
            response_format,
            _runtime.options(
                extra_headers, extra_query, timeout, max_retries, extra_body=extra_body
            ),
        )
        if stream is True:
            return self._client.streaming(
                call, self._client.streamer(_CHAT_COMPLETIONS_CREATE_STREAM)
            )
        return self._client.streaming(call, self._client.parser(call))


class AsyncChatCompletionsResource:
    """`chat.completions` endpoints (asyncio)."""

    def __init__(self, client: _runtime.AsyncAPIClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AsyncChatCompletionsResourceWithRawResponse:
        """The same methods, returning `RawResponse` with the status, headers and timing."""
        return AsyncChatCompletionsResourceWithRawResponse(self._client)

    @property
    def with_streaming_response(self) -> AsyncChatCompletionsResourceWithStreamingResponse:
        """The same methods, sending the call on entering a `async with` block and reading the body only when asked."""
        return AsyncChatCompletionsResourceWithStreamingResponse(self._client)

    @overload
    async def create(
        self,
        *,
        model: str,
        messages: list[ChatMessageParam],
        stream: Literal[False] | NotGiven = NOT_GIVEN,
        tool_choice: ToolChoiceParam | NotGiven = NOT_GIVEN,
        tools: list[FunctionToolParam | FunctionTool] | NotGiven = NOT_GIVEN,
        parallel_tool_calls: bool | NotGiven = NOT_GIVEN,
        max_completion_tokens: int | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        top_p: float | NotGiven = NOT_GIVEN,
        response_format: ResponseFormatParam | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> ChatCompletion:
        """Openai Compatible Chat Completions Api

        Create a chat completion with OpenAI-compatible SDKs or tools. With
        `stream=True` the answer arrives as Server-Sent Events.

        Args:
            model: The model to use. Refer to the model guide to browse and compare available
                models.
                Examples: `"meta/llama-4-scout"`, `"moonshotai/kimi-k2-0905"`.
                Constraints: max_length=255, min_length=3.
            messages: The conversation so far.
                Example: `[{"role": "developer", "content": "Answer in one sentence."}, {"role":
        "user", "content": "What is the capital of France?"}]`.
                Constraints: min_length=1.
            stream: If true, the answer is streamed as Server-Sent Events.
                Example: `False`.
            tool_choice: Whether and which tool the model calls: `none` (the default without tools),
                `auto` (the default with tools), `required`, or a named function.
            tools: Tools the model may call; only functions are supported.
            parallel_tool_calls: Let the model call several tools at once.
            max_completion_tokens: The most tokens the answer may have, visible and reasoning tokens together.
                Example: `1024`.
                Constraints: gt=1.
            temperature: Sampling temperature.
                Example: `0.7`.
                Constraints: ge=0, le=2.
            top_p: Nucleus sampling probability mass.
                Example: `0.9`.
            response_format: The form of the answer.

        Returns:
            `ChatCompletion`

        With `stream=True`, the events as they arrive (`ChatCompletionChunk` each):
        iterate over the stream, or use it as a context manager.

        Docs: https://docs.compilelabs.com/api-reference/llm/openai-compatible-chat-completions-api
        """

    @overload
    async def create(
        self,
        *,
        model: str,
        messages: list[ChatMessageParam],
        stream: Literal[True],
        tool_choice: ToolChoiceParam | NotGiven = NOT_GIVEN,
        tools: list[FunctionToolParam | FunctionTool] | NotGiven = NOT_GIVEN,
        parallel_tool_calls: bool | NotGiven = NOT_GIVEN,
        max_completion_tokens: int | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        top_p: float | NotGiven = NOT_GIVEN,
        response_format: ResponseFormatParam | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> AsyncStream[ChatCompletionChunk]:
        """Openai Compatible Chat Completions Api

        Create a chat completion with OpenAI-compatible SDKs or tools. With
        `stream=True` the answer arrives as Server-Sent Events.

        Args:
            model: The model to use. Refer to the model guide to browse and compare available
                models.
                Examples: `"meta/llama-4-scout"`, `"moonshotai/kimi-k2-0905"`.
                Constraints: max_length=255, min_length=3.
            messages: The conversation so far.
                Example: `[{"role": "developer", "content": "Answer in one sentence."}, {"role":
        "user", "content": "What is the capital of France?"}]`.
                Constraints: min_length=1.
            stream: If true, the answer is streamed as Server-Sent Events.
                Example: `False`.
            tool_choice: Whether and which tool the model calls: `none` (the default without tools),
                `auto` (the default with tools), `required`, or a named function.
            tools: Tools the model may call; only functions are supported.
            parallel_tool_calls: Let the model call several tools at once.
            max_completion_tokens: The most tokens the answer may have, visible and reasoning tokens together.
                Example: `1024`.
                Constraints: gt=1.
            temperature: Sampling temperature.
                Example: `0.7`.
                Constraints: ge=0, le=2.
            top_p: Nucleus sampling probability mass.
                Example: `0.9`.
            response_format: The form of the answer.

        Returns:
            `AsyncStream[ChatCompletionChunk]`

        With `stream=True`, the events as they arrive (`ChatCompletionChunk` each):
        iterate over the stream, or use it as a context manager.

        Docs: https://docs.compilelabs.com/api-reference/llm/openai-compatible-chat-completions-api
        """

    @overload
    async def create(
        self,
        *,
        model: str,
        messages: list[ChatMessageParam],
        stream: bool,
        tool_choice: ToolChoiceParam | NotGiven = NOT_GIVEN,
        tools: list[FunctionToolParam | FunctionTool] | NotGiven = NOT_GIVEN,
        parallel_tool_calls: bool | NotGiven = NOT_GIVEN,
        max_completion_tokens: int | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        top_p: float | NotGiven = NOT_GIVEN,
        response_format: ResponseFormatParam | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> ChatCompletion | AsyncStream[ChatCompletionChunk]:
        """Openai Compatible Chat Completions Api

        Create a chat completion with OpenAI-compatible SDKs or tools. With
        `stream=True` the answer arrives as Server-Sent Events.

        Args:
            model: The model to use. Refer to the model guide to browse and compare available
                models.
                Examples: `"meta/llama-4-scout"`, `"moonshotai/kimi-k2-0905"`.
                Constraints: max_length=255, min_length=3.
            messages: The conversation so far.
                Example: `[{"role": "developer", "content": "Answer in one sentence."}, {"role":
        "user", "content": "What is the capital of France?"}]`.
                Constraints: min_length=1.
            stream: If true, the answer is streamed as Server-Sent Events.
                Example: `False`.
            tool_choice: Whether and which tool the model calls: `none` (the default without tools),
                `auto` (the default with tools), `required`, or a named function.
            tools: Tools the model may call; only functions are supported.
            parallel_tool_calls: Let the model call several tools at once.
            max_completion_tokens: The most tokens the answer may have, visible and reasoning tokens together.
                Example: `1024`.
                Constraints: gt=1.
            temperature: Sampling temperature.
                Example: `0.7`.
                Constraints: ge=0, le=2.
            top_p: Nucleus sampling probability mass.
                Example: `0.9`.
            response_format: The form of the answer.

        Returns:
            `ChatCompletion | AsyncStream[ChatCompletionChunk]`

        With `stream=True`, the events as they arrive (`ChatCompletionChunk` each):
        iterate over the stream, or use it as a context manager.

        Docs: https://docs.compilelabs.com/api-reference/llm/openai-compatible-chat-completions-api
        """

    async def create(
        self,
        *,
        model: str,
        messages: list[ChatMessageParam],
        stream: bool | NotGiven = NOT_GIVEN,
        tool_choice: ToolChoiceParam | NotGiven = NOT_GIVEN,
        tools: list[FunctionToolParam | FunctionTool] | NotGiven = NOT_GIVEN,
        parallel_tool_calls: bool | NotGiven = NOT_GIVEN,
        max_completion_tokens: int | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        top_p: float | NotGiven = NOT_GIVEN,
        response_format: ResponseFormatParam | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> ChatCompletion | AsyncStream[ChatCompletionChunk]:
        """Openai Compatible Chat Completions Api

        Create a chat completion with OpenAI-compatible SDKs or tools. With
        `stream=True` the answer arrives as Server-Sent Events.

        Args:
            model: The model to use. Refer to the model guide to browse and compare available
                models.
                Examples: `"meta/llama-4-scout"`, `"moonshotai/kimi-k2-0905"`.
                Constraints: max_length=255, min_length=3.
            messages: The conversation so far.
                Example: `[{"role": "developer", "content": "Answer in one sentence."}, {"role":
        "user", "content": "What is the capital of France?"}]`.
                Constraints: min_length=1.
            stream: If true, the answer is streamed as Server-Sent Events.
                Example: `False`.
            tool_choice: Whether and which tool the model calls: `none` (the default without tools),
                `auto` (the default with tools), `required`, or a named function.
            tools: Tools the model may call; only functions are supported.
            parallel_tool_calls: Let the model call several tools at once.
            max_completion_tokens: The most tokens the answer may have, visible and reasoning tokens together.
                Example: `1024`.
                Constraints: gt=1.
            temperature: Sampling temperature.
                Example: `0.7`.
                Constraints: ge=0, le=2.
            top_p: Nucleus sampling probability mass.
                Example: `0.9`.
            response_format: The form of the answer.

        Returns:
            `ChatCompletion | AsyncStream[ChatCompletionChunk]`

        With `stream=True`, the events as they arrive (`ChatCompletionChunk` each):
        iterate over the stream, or use it as a context manager.

        Docs: https://docs.compilelabs.com/api-reference/llm/openai-compatible-chat-completions-api
        """

        call = _chat_completions_create(
            model,
            messages,
            stream,
            tool_choice,
            tools,
            parallel_tool_calls,
            max_completion_tokens,
            temperature,
            top_p,
            response_format,
            _runtime.options(
                extra_headers, extra_query, timeout, max_retries, extra_body=extra_body
            ),
        )
        if stream is True:
            return (
                await self._client.request(
                    call, self._client.streamer(_CHAT_COMPLETIONS_CREATE_STREAM)
                )
            ).parsed
        return (await self._client.request(call, self._client.parser(call))).parsed


class AsyncChatCompletionsResourceWithRawResponse:
    """`chat.completions` endpoints returning `RawResponse` (asyncio)."""

    def __init__(self, client: _runtime.AsyncAPIClient) -> None:
        self._client = client

    @overload
    async def create(
        self,
        *,
        model: str,
        messages: list[ChatMessageParam],
        stream: Literal[False] | NotGiven = NOT_GIVEN,
        tool_choice: ToolChoiceParam | NotGiven = NOT_GIVEN,
        tools: list[FunctionToolParam | FunctionTool] | NotGiven = NOT_GIVEN,
        parallel_tool_calls: bool | NotGiven = NOT_GIVEN,
        max_completion_tokens: int | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        top_p: float | NotGiven = NOT_GIVEN,
        response_format: ResponseFormatParam | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> RawResponse[ChatCompletion]:
        """Openai Compatible Chat Completions Api

        The arguments are those of `AsyncChatCompletionsResource.create`.

        Returns:
            `RawResponse[ChatCompletion]`: the parsed body with the HTTP status, headers and timing.
        """

    @overload
    async def create(
        self,
        *,
        model: str,
        messages: list[ChatMessageParam],
        stream: Literal[True],
        tool_choice: ToolChoiceParam | NotGiven = NOT_GIVEN,
        tools: list[FunctionToolParam | FunctionTool] | NotGiven = NOT_GIVEN,
        parallel_tool_calls: bool | NotGiven = NOT_GIVEN,
        max_completion_tokens: int | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        top_p: float | NotGiven = NOT_GIVEN,
        response_format: ResponseFormatParam | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> RawResponse[AsyncStream[ChatCompletionChunk]]:
        """Openai Compatible Chat Completions Api

        The arguments are those of `AsyncChatCompletionsResource.create`.

        Returns:
            `RawResponse[AsyncStream[ChatCompletionChunk]]`: the parsed body with the HTTP status, headers and timing.
        """

    @overload
    async def create(
        self,
        *,
        model: str,
        messages: list[ChatMessageParam],
        stream: bool,
        tool_choice: ToolChoiceParam | NotGiven = NOT_GIVEN,
        tools: list[FunctionToolParam | FunctionTool] | NotGiven = NOT_GIVEN,
        parallel_tool_calls: bool | NotGiven = NOT_GIVEN,
        max_completion_tokens: int | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        top_p: float | NotGiven = NOT_GIVEN,
        response_format: ResponseFormatParam | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> RawResponse[ChatCompletion | AsyncStream[ChatCompletionChunk]]:
        """Openai Compatible Chat Completions Api

        The arguments are those of `AsyncChatCompletionsResource.create`.

        Returns:
            `RawResponse[ChatCompletion | AsyncStream[ChatCompletionChunk]]`: the parsed body with the HTTP status, headers and timing.
        """

    async def create(
        self,
        *,
        model: str,
        messages: list[ChatMessageParam],
        stream: bool | NotGiven = NOT_GIVEN,
        tool_choice: ToolChoiceParam | NotGiven = NOT_GIVEN,
        tools: list[FunctionToolParam | FunctionTool] | NotGiven = NOT_GIVEN,
        parallel_tool_calls: bool | NotGiven = NOT_GIVEN,
        max_completion_tokens: int | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        top_p: float | NotGiven = NOT_GIVEN,
        response_format: ResponseFormatParam | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> RawResponse[ChatCompletion | AsyncStream[ChatCompletionChunk]]:
        """Openai Compatible Chat Completions Api

        The arguments are those of `AsyncChatCompletionsResource.create`.

        Returns:
            `RawResponse[ChatCompletion | AsyncStream[ChatCompletionChunk]]`: the parsed body with the HTTP status, headers and timing.
        """

        call = _chat_completions_create(
            model,
            messages,
            stream,
            tool_choice,
            tools,
            parallel_tool_calls,
            max_completion_tokens,
            temperature,
            top_p,
            response_format,
            _runtime.options(
                extra_headers, extra_query, timeout, max_retries, extra_body=extra_body
            ),
        )
        if stream is True:
            return await self._client.request(
                call, self._client.streamer(_CHAT_COMPLETIONS_CREATE_STREAM)
            )
        return await self._client.request(call, self._client.parser(call))


class AsyncChatCompletionsResourceWithStreamingResponse:
    """`chat.completions` endpoints returning the response unread, in an `async with` block."""

    def __init__(self, client: _runtime.AsyncAPIClient) -> None:
        self._client = client

    @overload
    def create(
        self,
        *,
        model: str,
        messages: list[ChatMessageParam],
        stream: Literal[False] | NotGiven = NOT_GIVEN,
        tool_choice: ToolChoiceParam | NotGiven = NOT_GIVEN,
        tools: list[FunctionToolParam | FunctionTool] | NotGiven = NOT_GIVEN,
        parallel_tool_calls: bool | NotGiven = NOT_GIVEN,
        max_completion_tokens: int | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        top_p: float | NotGiven = NOT_GIVEN,
        response_format: ResponseFormatParam | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> AsyncResponseContext[ChatCompletion]:
        """Openai Compatible Chat Completions Api

        The arguments are those of `AsyncChatCompletionsResource.create`.

        Returns:
            `AsyncResponseContext[ChatCompletion]`: the call is sent on entering its `async with`
            block, and the body is read only when asked for; `parse()` gives the `ChatCompletion`.
        """

    @overload
    def create(
        self,
        *,
        model: str,
        messages: list[ChatMessageParam],
        stream: Literal[True],
        tool_choice: ToolChoiceParam | NotGiven = NOT_GIVEN,
        tools: list[FunctionToolParam | FunctionTool] | NotGiven = NOT_GIVEN,
        parallel_tool_calls: bool | NotGiven = NOT_GIVEN,
        max_completion_tokens: int | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        top_p: float | NotGiven = NOT_GIVEN,
        response_format: ResponseFormatParam | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> AsyncResponseContext[AsyncStream[ChatCompletionChunk]]:
        """Openai Compatible Chat Completions Api

        The arguments are those of `AsyncChatCompletionsResource.create`.

        Returns:
            `AsyncResponseContext[AsyncStream[ChatCompletionChunk]]`: the call is sent on entering its `async with`
            block, and the body is read only when asked for; `parse()` gives the `AsyncStream[ChatCompletionChunk]`.
        """

    @overload
    def create(
        self,
        *,
        model: str,
        messages: list[ChatMessageParam],
        stream: bool,
        tool_choice: ToolChoiceParam | NotGiven = NOT_GIVEN,
        tools: list[FunctionToolParam | FunctionTool] | NotGiven = NOT_GIVEN,
        parallel_tool_calls: bool | NotGiven = NOT_GIVEN,
        max_completion_tokens: int | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        top_p: float | NotGiven = NOT_GIVEN,
        response_format: ResponseFormatParam | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> AsyncResponseContext[ChatCompletion | AsyncStream[ChatCompletionChunk]]:
        """Openai Compatible Chat Completions Api

        The arguments are those of `AsyncChatCompletionsResource.create`.

        Returns:
            `AsyncResponseContext[ChatCompletion | AsyncStream[ChatCompletionChunk]]`: the call is sent on entering its `async with`
            block, and the body is read only when asked for; `parse()` gives the `ChatCompletion | AsyncStream[ChatCompletionChunk]`.
        """

    def create(
        self,
        *,
        model: str,
        messages: list[ChatMessageParam],
        stream: bool | NotGiven = NOT_GIVEN,
        tool_choice: ToolChoiceParam | NotGiven = NOT_GIVEN,
        tools: list[FunctionToolParam | FunctionTool] | NotGiven = NOT_GIVEN,
        parallel_tool_calls: bool | NotGiven = NOT_GIVEN,
        max_completion_tokens: int | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        top_p: float | NotGiven = NOT_GIVEN,
        response_format: ResponseFormatParam | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> AsyncResponseContext[ChatCompletion | AsyncStream[ChatCompletionChunk]]:
        """Openai Compatible Chat Completions Api

        The arguments are those of `AsyncChatCompletionsResource.create`.

        Returns:
            `AsyncResponseContext[ChatCompletion | AsyncStream[ChatCompletionChunk]]`: the call is sent on entering its `async with`
            block, and the body is read only when asked for; `parse()` gives the `ChatCompletion | AsyncStream[ChatCompletionChunk]`.
        """

        call = _chat_completions_create(
            model,
            messages,
            stream,
            tool_choice,
            tools,
            parallel_tool_calls,
            max_completion_tokens,
            temperature,
            top_p,
            response_format,
            _runtime.options(
                extra_headers, extra_query, timeout, max_retries, extra_body=extra_body
            ),
        )
        if stream is True:
            return self._client.streaming(
                call, self._client.streamer(_CHAT_COMPLETIONS_CREATE_STREAM)
            )
        return self._client.streaming(call, self._client.parser(call))
