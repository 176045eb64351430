# Generated from spec/compilelabs.yaml by clientgen 0.1.0. Do not edit.
"""`client.responses`: the CompileLabs API's `responses` endpoints, sync and async.

Imported when `client.responses` is first used.
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
        InputItemParam,
        ReasoningConfig,
        ReasoningConfigParam,
        Response,
        ResponseFunctionTool,
        ResponseFunctionToolParam,
        ResponseStreamEvent,
        TextConfig,
        TextConfigParam,
        ToolChoiceMode,
    )

__all__ = [
    "AsyncResponsesResource",
    "AsyncResponsesResourceWithRawResponse",
    "AsyncResponsesResourceWithStreamingResponse",
    "ResponsesResource",
    "ResponsesResourceWithRawResponse",
    "ResponsesResourceWithStreamingResponse",
]

# POST /v1/responses
_RESPONSES_CREATE = _runtime.Endpoint(
    "POST",
    "/v1/responses",
)
_RESPONSES_CREATE_RESPONSE: ResponseType[Response] = ResponseType(
    lambda: _models.Response, "Response"
)
_RESPONSES_CREATE_EVENT: ResponseType[ResponseStreamEvent] = ResponseType(
    lambda: _models.ResponseStreamEvent, "ResponseStreamEvent"
)
_RESPONSES_CREATE_STREAM: StreamSpec[ResponseStreamEvent] = StreamSpec(
    _RESPONSES_CREATE_EVENT.validate,
    "ResponseStreamEvent",
    terminator="[DONE]",
    error_event="error",
    final_events=frozenset(["response.completed", "response.failed", "response.incomplete"]),
    by_event={
        "response.created": ResponseType(
            lambda: _models.ResponseLifecycleEvent, "ResponseLifecycleEvent"
        ).validate,
        "response.in_progress": ResponseType(
            lambda: _models.ResponseLifecycleEvent, "ResponseLifecycleEvent"
        ).validate,
        "response.completed": ResponseType(
            lambda: _models.ResponseLifecycleEvent, "ResponseLifecycleEvent"
        ).validate,
        "response.failed": ResponseType(
            lambda: _models.ResponseLifecycleEvent, "ResponseLifecycleEvent"
        ).validate,
        "response.incomplete": ResponseType(
            lambda: _models.ResponseLifecycleEvent, "ResponseLifecycleEvent"
        ).validate,
        "response.output_item.added": ResponseType(
            lambda: _models.ResponseOutputItemEvent, "ResponseOutputItemEvent"
        ).validate,
        "response.output_item.done": ResponseType(
            lambda: _models.ResponseOutputItemEvent, "ResponseOutputItemEvent"
        ).validate,
        "response.output_text.delta": ResponseType(
            lambda: _models.ResponseTextDeltaEvent, "ResponseTextDeltaEvent"
        ).validate,
        "response.output_text.done": ResponseType(
            lambda: _models.ResponseTextDoneEvent, "ResponseTextDoneEvent"
        ).validate,
    },
    fallback=ResponseType(
        lambda: _models.ResponseStreamEventOther, "ResponseStreamEventOther"
    ).validate,
)


def _responses_create(
    model: str,
    input: str | list[InputItemParam],
    instructions: str | NotGiven,
    max_output_tokens: int | NotGiven,
    temperature: float | NotGiven,
    top_p: float | NotGiven,
    tools: list[ResponseFunctionToolParam | ResponseFunctionTool] | NotGiven,
    tool_choice: Literal["auto", "none", "required"] | ToolChoiceMode | NotGiven,
    parallel_tool_calls: bool | NotGiven,
    stream: bool | NotGiven,
    text: TextConfigParam | TextConfig | NotGiven,
    reasoning: ReasoningConfigParam | ReasoningConfig | NotGiven,
    _options: _runtime.RequestOptions,
) -> _runtime.Call[Response]:
    return _runtime.Call(
        _RESPONSES_CREATE,
        _RESPONSES_CREATE_RESPONSE,
        _options,
        body={
            "model": model,
            "input": input,
            "instructions": instructions,
            "max_output_tokens": max_output_tokens,
            "temperature": temperature,
            "top_p": top_p,
            "tools": tools,
            "tool_choice": tool_choice,
            "parallel_tool_calls": parallel_tool_calls,
            "stream": stream,
            "text": text,
            "reasoning": reasoning,
        },
    )


class ResponsesResource:
    """`responses` endpoints."""

    def __init__(self, client: _runtime.SyncAPIClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> ResponsesResourceWithRawResponse:
        """The same methods, returning `RawResponse` with the status, headers and timing."""
        return ResponsesResourceWithRawResponse(self._client)

    @property
    def with_streaming_response(self) -> ResponsesResourceWithStreamingResponse:
        """The same methods, sending the call on entering a `with` block and reading the body only when asked."""
        return ResponsesResourceWithStreamingResponse(self._client)

    @overload
    def create(
        self,
        *,
        model: str,
        input: str | list[InputItemParam],
        instructions: str | NotGiven = NOT_GIVEN,
        max_output_tokens: int | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        top_p: float | NotGiven = NOT_GIVEN,
        tools: list[ResponseFunctionToolParam | ResponseFunctionTool] | NotGiven = NOT_GIVEN,
        tool_choice: Literal["auto", "none", "required"] | ToolChoiceMode | NotGiven = NOT_GIVEN,
        parallel_tool_calls: bool | NotGiven = NOT_GIVEN,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
        text: TextConfigParam | TextConfig | NotGiven = NOT_GIVEN,
        reasoning: ReasoningConfigParam | ReasoningConfig | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> Response:
        """Openai Compatible Responses Api

        OpenAI-compatible Responses API with text and image input and text output.
        Calls can be stateful: a new call can take earlier responses' output as
        input. With `stream=True` the events arrive as Server-Sent Events, told
        apart by name; the stream ends after `response.completed`, `response.failed`
        or `response.incomplete`.

        Args:
            model: The model to use.
                Example: `"moonshotai/kimi-k2"`.
                Constraints: max_length=255, min_length=1.
            input: The input: text, or a list of input items, which may include earlier
                responses' output, reasoning from previous turns included.
                Example: `"Write a haiku about compilers."`.
            instructions: Instructions for the model.
                Example: `"You are a helpful AI assistant."`.
                Constraints: max_length=32000.
            max_output_tokens: The most tokens the output may have.
                Example: `1024`.
                Constraints: gt=0.
            temperature: Sampling temperature.
                Example: `0.7`.
                Constraints: ge=0, le=2.
            top_p: Nucleus sampling probability mass.
                Example: `0.9`.
                Constraints: ge=0, le=1.
            tools: Tools the model may call.
            tool_choice: Whether the model calls tools.
            parallel_tool_calls: Let the model call several tools at once.
            stream: If true, the response is streamed as Server-Sent Events.
            text: The form of the text output.
            reasoning: Reasoning options.
                Example: `{"effort": "medium", "summary": "auto"}`.

        Returns:
            `Response`

        With `stream=True`, the events as they arrive (`ResponseStreamEvent` each):
        iterate over the stream, or use it as a context manager.

        Docs: https://docs.compilelabs.com/api-reference/llm/openai-compatible-responses-api
        """

    @overload
    def create(
        self,
        *,
        model: str,
        input: str | list[InputItemParam],
        instructions: str | NotGiven = NOT_GIVEN,
        max_output_tokens: int | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        top_p: float | NotGiven = NOT_GIVEN,
        tools: list[ResponseFunctionToolParam | ResponseFunctionTool] | NotGiven = NOT_GIVEN,
        tool_choice: Literal["auto", "none", "required"] | ToolChoiceMode | NotGiven = NOT_GIVEN,
        parallel_tool_calls: bool | NotGiven = NOT_GIVEN,
        stream: Literal[True],
        text: TextConfigParam | TextConfig | NotGiven = NOT_GIVEN,
        reasoning: ReasoningConfigParam | ReasoningConfig | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> Stream[ResponseStreamEvent]:
        """Openai Compatible Responses Api

        OpenAI-compatible Responses API with text and image input and text output.
        Calls can be stateful: a new call can take earlier responses' output as
        input. With `stream=True` the events arrive as Server-Sent Events, told
        apart by name; the stream ends after `response.completed`, `response.failed`
        or `response.incomplete`.

        Args:
            model: The model to use.
                Example: `"moonshotai/kimi-k2"`.
                Constraints: max_length=255, min_length=1.
            input: The input: text, or a list of input items, which may include earlier
                responses' output, reasoning from previous turns included.
                Example: `"Write a haiku about compilers."`.
            instructions: Instructions for the model.
                Example: `"You are a helpful AI assistant."`.
                Constraints: max_length=32000.
            max_output_tokens: The most tokens the output may have.
                Example: `1024`.
                Constraints: gt=0.
            temperature: Sampling temperature.
                Example: `0.7`.
                Constraints: ge=0, le=2.
            top_p: Nucleus sampling probability mass.
                Example: `0.9`.
                Constraints: ge=0, le=1.
            tools: Tools the model may call.
            tool_choice: Whether the model calls tools.
            parallel_tool_calls: Let the model call several tools at once.
            stream: If true, the response is streamed as Server-Sent Events.
            text: The form of the text output.
            reasoning: Reasoning options.
                Example: `{"effort": "medium", "summary": "auto"}`.

        Returns:
            `Stream[ResponseStreamEvent]`

        With `stream=True`, the events as they arrive (`ResponseStreamEvent` each):
        iterate over the stream, or use it as a context manager.

        Docs: https://docs.compilelabs.com/api-reference/llm/openai-compatible-responses-api
        """

    @overload
    def create(
        self,
        *,
        model: str,
        input: str | list[InputItemParam],
        instructions: str | NotGiven = NOT_GIVEN,
        max_output_tokens: int | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        top_p: float | NotGiven = NOT_GIVEN,
        tools: list[ResponseFunctionToolParam | ResponseFunctionTool] | NotGiven = NOT_GIVEN,
        tool_choice: Literal["auto", "none", "required"] | ToolChoiceMode | NotGiven = NOT_GIVEN,
        parallel_tool_calls: bool | NotGiven = NOT_GIVEN,
        stream: bool,
        text: TextConfigParam | TextConfig | NotGiven = NOT_GIVEN,
        reasoning: ReasoningConfigParam | ReasoningConfig | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> Response | Stream[ResponseStreamEvent]:
        """Openai Compatible Responses Api

        OpenAI-compatible Responses API with text and image input and text output.
        Calls can be stateful: a new call can take earlier responses' output as
        input. With `stream=True` the events arrive as Server-Sent Events, told
        apart by name; the stream ends after `response.completed`, `response.failed`
        or `response.incomplete`.

        Args:
            model: The model to use.
                Example: `"moonshotai/kimi-k2"`.
                Constraints: max_length=255, min_length=1.
            input: The input: text, or a list of input items, which may include earlier
                responses' output, reasoning from previous turns included.
                Example: `"Write a haiku about compilers."`.
            instructions: Instructions for the model.
                Example: `"You are a helpful AI assistant."`.
                Constraints: max_length=32000.
            max_output_tokens: The most tokens the output may have.
                Example: `1024`.
                Constraints: gt=0.
            temperature: Sampling temperature.
                Example: `0.7`.
                Constraints: ge=0, le=2.
            top_p: Nucleus sampling probability mass.
                Example: `0.9`.
                Constraints: ge=0, le=1.
            tools: Tools the model may call.
            tool_choice: Whether the model calls tools.
            parallel_tool_calls: Let the model call several tools at once.
            stream: If true, the response is streamed as Server-Sent Events.
            text: The form of the text output.
            reasoning: Reasoning options.
                Example: `{"effort": "medium", "summary": "auto"}`.

        Returns:
            `Response | Stream[ResponseStreamEvent]`

        With `stream=True`, the events as they arrive (`ResponseStreamEvent` each):
        iterate over the stream, or use it as a context manager.

        Docs: https://docs.compilelabs.com/api-reference/llm/openai-compatible-responses-api
        """

    def create(
        self,
        *,
        model: str,
        input: str | list[InputItemParam],
        instructions: str | NotGiven = NOT_GIVEN,
        max_output_tokens: int | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        top_p: float | NotGiven = NOT_GIVEN,
        tools: list[ResponseFunctionToolParam | ResponseFunctionTool] | NotGiven = NOT_GIVEN,
        tool_choice: Literal["auto", "none", "required"] | ToolChoiceMode | NotGiven = NOT_GIVEN,
        parallel_tool_calls: bool | NotGiven = NOT_GIVEN,
        stream: bool | NotGiven = NOT_GIVEN,
        text: TextConfigParam | TextConfig | NotGiven = NOT_GIVEN,
        reasoning: ReasoningConfigParam | ReasoningConfig | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> Response | Stream[ResponseStreamEvent]:
        """Openai Compatible Responses Api

        OpenAI-compatible Responses API with text and image input and text output.
        Calls can be stateful: a new call can take earlier responses' output as
        input. With `stream=True` the events arrive as Server-Sent Events, told
        apart by name; the stream ends after `response.completed`, `response.failed`
        or `response.incomplete`.

        Args:
            model: The model to use.
                Example: `"moonshotai/kimi-k2"`.
                Constraints: max_length=255, min_length=1.
            input: The input: text, or a list of input items, which may include earlier
                responses' output, reasoning from previous turns included.
                Example: `"Write a haiku about compilers."`.
            instructions: Instructions for the model.
                Example: `"You are a helpful AI assistant."`.
                Constraints: max_length=32000.
            max_output_tokens: The most tokens the output may have.
                Example: `1024`.
                Constraints: gt=0.
            temperature: Sampling temperature.
                Example: `0.7`.
                Constraints: ge=0, le=2.
            top_p: Nucleus sampling probability mass.
                Example: `0.9`.
                Constraints: ge=0, le=1.
            tools: Tools the model may call.
            tool_choice: Whether the model calls tools.
            parallel_tool_calls: Let the model call several tools at once.
            stream: If true, the response is streamed as Server-Sent Events.
            text: The form of the text output.
            reasoning: Reasoning options.
                Example: `{"effort": "medium", "summary": "auto"}`.

        Returns:
            `Response | Stream[ResponseStreamEvent]`

        With `stream=True`, the events as they arrive (`ResponseStreamEvent` each):
        iterate over the stream, or use it as a context manager.

        Docs: https://docs.compilelabs.com/api-reference/llm/openai-compatible-responses-api
        """

        call = _responses_create(
            model,
            input,
            instructions,
            max_output_tokens,
            temperature,
            top_p,
            tools,
            tool_choice,
            parallel_tool_calls,
            stream,
            text,
            reasoning,
            _runtime.options(
                extra_headers, extra_query, timeout, max_retries, extra_body=extra_body
            ),
        )
        if stream is True:
            return self._client.request(
                call, self._client.streamer(_RESPONSES_CREATE_STREAM)
            ).parsed
        return self._client.request(call, self._client.parser(call)).parsed


class ResponsesResourceWithRawResponse:
    """`responses` endpoints returning `RawResponse`."""

    def __init__(self, client: _runtime.SyncAPIClient) -> None:
        self._client = client

    @overload
    def create(
        self,
        *,
        model: str,
        input: str | list[InputItemParam],
        instructions: str | NotGiven = NOT_GIVEN,
        max_output_tokens: int | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        top_p: float | NotGiven = NOT_GIVEN,
        tools: list[ResponseFunctionToolParam | ResponseFunctionTool] | NotGiven = NOT_GIVEN,
        tool_choice: Literal["auto", "none", "required"] | ToolChoiceMode | NotGiven = NOT_GIVEN,
        parallel_tool_calls: bool | NotGiven = NOT_GIVEN,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
        text: TextConfigParam | TextConfig | NotGiven = NOT_GIVEN,
        reasoning: ReasoningConfigParam | ReasoningConfig | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> RawResponse[Response]:
        """Openai Compatible Responses Api

        The arguments are those of `ResponsesResource.create`.

        Returns:
            `RawResponse[Response]`: the parsed body with the HTTP status, headers and timing.
        """

    @overload
    def create(
        self,
        *,
        model: str,
        input: str | list[InputItemParam],
        instructions: str | NotGiven = NOT_GIVEN,
        max_output_tokens: int | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        top_p: float | NotGiven = NOT_GIVEN,
        tools: list[ResponseFunctionToolParam | ResponseFunctionTool] | NotGiven = NOT_GIVEN,
        tool_choice: Literal["auto", "none", "required"] | ToolChoiceMode | NotGiven = NOT_GIVEN,
        parallel_tool_calls: bool | NotGiven = NOT_GIVEN,
        stream: Literal[True],
        text: TextConfigParam | TextConfig | NotGiven = NOT_GIVEN,
        reasoning: ReasoningConfigParam | ReasoningConfig | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> RawResponse[Stream[ResponseStreamEvent]]:
        """Openai Compatible Responses Api

        The arguments are those of `ResponsesResource.create`.

        Returns:
            `RawResponse[Stream[ResponseStreamEvent]]`: the parsed body with the HTTP status, headers and timing.
        """

    @overload
    def create(
        self,
        *,
        model: str,
        input: str | list[InputItemParam],
        instructions: str | NotGiven = NOT_GIVEN,
        max_output_tokens: int | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        top_p: float | NotGiven = NOT_GIVEN,
        tools: list[ResponseFunctionToolParam | ResponseFunctionTool] | NotGiven = NOT_GIVEN,
        tool_choice: Literal["auto", "none", "required"] | ToolChoiceMode | NotGiven = NOT_GIVEN,
        parallel_tool_calls: bool | NotGiven = NOT_GIVEN,
        stream: bool,
        text: TextConfigParam | TextConfig | NotGiven = NOT_GIVEN,
        reasoning: ReasoningConfigParam | ReasoningConfig | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> RawResponse[Response | Stream[ResponseStreamEvent]]:
        """Openai Compatible Responses Api

        The arguments are those of `ResponsesResource.create`.

        Returns:
            `RawResponse[Response | Stream[ResponseStreamEvent]]`: the parsed body with the HTTP status, headers and timing.
        """

    def create(
        self,
        *,
        model: str,
        input: str | list[InputItemParam],
        instructions: str | NotGiven = NOT_GIVEN,
        max_output_tokens: int | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        top_p: float | NotGiven = NOT_GIVEN,
        tools: list[ResponseFunctionToolParam | ResponseFunctionTool] | NotGiven = NOT_GIVEN,
        tool_choice: Literal["auto", "none", "required"] | ToolChoiceMode | NotGiven = NOT_GIVEN,
        parallel_tool_calls: bool | NotGiven = NOT_GIVEN,
        stream: bool | NotGiven = NOT_GIVEN,
        text: TextConfigParam | TextConfig | NotGiven = NOT_GIVEN,
        reasoning: ReasoningConfigParam | ReasoningConfig | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> RawResponse[Response | Stream[ResponseStreamEvent]]:
        """Openai Compatible Responses Api

        The arguments are those of `ResponsesResource.create`.

        Returns:
            `RawResponse[Response | Stream[ResponseStreamEvent]]`: the parsed body with the HTTP status, headers and timing.
        """

        call = _responses_create(
            model,
            input,
            instructions,
            max_output_tokens,
            temperature,
            top_p,
            tools,
            tool_choice,
            parallel_tool_calls,
            stream,
            text,
            reasoning,
            _runtime.options(
                extra_headers, extra_query, timeout, max_retries, extra_body=extra_body
            ),
        )
        if stream is True:
            return self._client.request(call, self._client.streamer(_RESPONSES_CREATE_STREAM))
        return self._client.request(call, self._client.parser(call))


class ResponsesResourceWithStreamingResponse:
    """`responses` endpoints returning the response unread, in a `with` block."""

    def __init__(self, client: _runtime.SyncAPIClient) -> None:
        self._client = client

    @overload
    def create(
        self,
        *,
        model: str,
        input: str | list[InputItemParam],
        instructions: str | NotGiven = NOT_GIVEN,
        max_output_tokens: int | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        top_p: float | NotGiven = NOT_GIVEN,
        tools: list[ResponseFunctionToolParam | ResponseFunctionTool] | NotGiven = NOT_GIVEN,
        tool_choice: Literal["auto", "none", "required"] | ToolChoiceMode | NotGiven = NOT_GIVEN,
        parallel_tool_calls: bool | NotGiven = NOT_GIVEN,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
        text: TextConfigParam | TextConfig | NotGiven = NOT_GIVEN,
        reasoning: ReasoningConfigParam | ReasoningConfig | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> ResponseContext[Response]:
        """Openai Compatible Responses Api

        The arguments are those of `ResponsesResource.create`.

        Returns:
            `ResponseContext[Response]`: the call is sent on entering its `with`
            block, and the body is read only when asked for; `parse()` gives the `Response`.
        """

    @overload
    def create(
        self,
        *,
        model: str,
        input: str | list[InputItemParam],
        instructions: str | NotGiven = NOT_GIVEN,
        max_output_tokens: int | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        top_p: float | NotGiven = NOT_GIVEN,
        tools: list[ResponseFunctionToolParam | ResponseFunctionTool] | NotGiven = NOT_GIVEN,
        tool_choice: Literal["auto", "none", "required"] | ToolChoiceMode | NotGiven = NOT_GIVEN,
        parallel_tool_calls: bool | NotGiven = NOT_GIVEN,
        stream: Literal[True],
        text: TextConfigParam | TextConfig | NotGiven = NOT_GIVEN,
        reasoning: ReasoningConfigParam | ReasoningConfig | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> ResponseContext[Stream[ResponseStreamEvent]]:
        """Openai Compatible Responses Api

        The arguments are those of `ResponsesResource.create`.

        Returns:
            `ResponseContext[Stream[ResponseStreamEvent]]`: the call is sent on entering its `with`
            block, and the body is read only when asked for; `parse()` gives the `Stream[ResponseStreamEvent]`.
        """

    @overload
    def create(
        self,
        *,
        model: str,
        input: str | list[InputItemParam],
        instructions: str | NotGiven = NOT_GIVEN,
        max_output_tokens: int | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        top_p: float | NotGiven = NOT_GIVEN,
        tools: list[ResponseFunctionToolParam | ResponseFunctionTool] | NotGiven = NOT_GIVEN,
        tool_choice: Literal["auto", "none", "required"] | ToolChoiceMode | NotGiven = NOT_GIVEN,
        parallel_tool_calls: bool | NotGiven = NOT_GIVEN,
        stream: bool,
        text: TextConfigParam | TextConfig | NotGiven = NOT_GIVEN,
        reasoning: ReasoningConfigParam | ReasoningConfig | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> ResponseContext[Response | Stream[ResponseStreamEvent]]:
        """Openai Compatible Responses Api

        The arguments are those of `ResponsesResource.create`.

        Returns:
            `ResponseContext[Response | Stream[ResponseStreamEvent]]`: the call is sent on entering its `with`
            block, and the body is read only when asked for; `parse()` gives the `Response | Stream[ResponseStreamEvent]`.
        """

    def create(
        self,
        *,
        model: str,
        input: str | list[InputItemParam],
        instructions: str | NotGiven = NOT_GIVEN,
        max_output_tokens: int | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        top_p: float | NotGiven = NOT_GIVEN,
        tools: list[ResponseFunctionToolParam | ResponseFunctionTool] | NotGiven = NOT_GIVEN,
        tool_choice: Literal["auto", "none", "required"] | ToolChoiceMode | NotGiven = NOT_GIVEN,
        parallel_tool_calls: bool | NotGiven = NOT_GIVEN,
        stream: bool | NotGiven = NOT_GIVEN,
        text: TextConfigParam | TextConfig | NotGiven = NOT_GIVEN,
        reasoning: ReasoningConfigParam | ReasoningConfig | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> ResponseContext[Response | Stream[ResponseStreamEvent]]:
        """Openai Compatible Responses Api

        The arguments are those of `ResponsesResource.create`.

        Returns:
            `ResponseContext[Response | Stream[ResponseStreamEvent]]`: the call is sent on entering its `with`
            block, and the body is read only when asked for; `parse()` gives the `Response | Stream[ResponseStreamEvent]`.
        """

        call = _responses_create(
            model,
            input,
            instructions,
            max_output_tokens,
            temperature,
            top_p,
            tools,
            tool_choice,
            parallel_tool_calls,
            stream,
            text,
            reasoning,
            _runtime.options(
                extra_headers, extra_query, timeout, max_retries, extra_body=extra_body
            ),
        )
        if stream is True:
            return self._client.streaming(call, self._client.streamer(_RESPONSES_CREATE_STREAM))
        return self._client.streaming(call, self._client.parser(call))


class AsyncResponsesResource:
    """`responses` endpoints (asyncio)."""

    def __init__(self, client: _runtime.AsyncAPIClient) -> None:
        self._client = client

    @property
    def with_raw_response(self) -> AsyncResponsesResourceWithRawResponse:
        """The same methods, returning `RawResponse` with the status, headers and timing."""
        return AsyncResponsesResourceWithRawResponse(self._client)

    @property
    def with_streaming_response(self) -> AsyncResponsesResourceWithStreamingResponse:
        """The same methods, sending the call on entering a `async with` block and reading the body only when asked."""
        return AsyncResponsesResourceWithStreamingResponse(self._client)

    @overload
    async def create(
        self,
        *,
        model: str,
        input: str | list[InputItemParam],
        instructions: str | NotGiven = NOT_GIVEN,
        max_output_tokens: int | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        top_p: float | NotGiven = NOT_GIVEN,
        tools: list[ResponseFunctionToolParam | ResponseFunctionTool] | NotGiven = NOT_GIVEN,
        tool_choice: Literal["auto", "none", "required"] | ToolChoiceMode | NotGiven = NOT_GIVEN,
        parallel_tool_calls: bool | NotGiven = NOT_GIVEN,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
        text: TextConfigParam | TextConfig | NotGiven = NOT_GIVEN,
        reasoning: ReasoningConfigParam | ReasoningConfig | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> Response:
        """Openai Compatible Responses Api

        OpenAI-compatible Responses API with text and image input and text output.
        Calls can be stateful: a new call can take earlier responses' output as
        input. With `stream=True` the events arrive as Server-Sent Events, told
        apart by name; the stream ends after `response.completed`, `response.failed`
        or `response.incomplete`.

        Args:
            model: The model to use.
                Example: `"moonshotai/kimi-k2"`.
                Constraints: max_length=255, min_length=1.
            input: The input: text, or a list of input items, which may include earlier
                responses' output, reasoning from previous turns included.
                Example: `"Write a haiku about compilers."`.
            instructions: Instructions for the model.
                Example: `"You are a helpful AI assistant."`.
                Constraints: max_length=32000.
            max_output_tokens: The most tokens the output may have.
                Example: `1024`.
                Constraints: gt=0.
            temperature: Sampling temperature.
                Example: `0.7`.
                Constraints: ge=0, le=2.
            top_p: Nucleus sampling probability mass.
                Example: `0.9`.
                Constraints: ge=0, le=1.
            tools: Tools the model may call.
            tool_choice: Whether the model calls tools.
            parallel_tool_calls: Let the model call several tools at once.
            stream: If true, the response is streamed as Server-Sent Events.
            text: The form of the text output.
            reasoning: Reasoning options.
                Example: `{"effort": "medium", "summary": "auto"}`.

        Returns:
            `Response`

        With `stream=True`, the events as they arrive (`ResponseStreamEvent` each):
        iterate over the stream, or use it as a context manager.

        Docs: https://docs.compilelabs.com/api-reference/llm/openai-compatible-responses-api
        """

    @overload
    async def create(
        self,
        *,
        model: str,
        input: str | list[InputItemParam],
        instructions: str | NotGiven = NOT_GIVEN,
        max_output_tokens: int | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        top_p: float | NotGiven = NOT_GIVEN,
        tools: list[ResponseFunctionToolParam | ResponseFunctionTool] | NotGiven = NOT_GIVEN,
        tool_choice: Literal["auto", "none", "required"] | ToolChoiceMode | NotGiven = NOT_GIVEN,
        parallel_tool_calls: bool | NotGiven = NOT_GIVEN,
        stream: Literal[True],
        text: TextConfigParam | TextConfig | NotGiven = NOT_GIVEN,
        reasoning: ReasoningConfigParam | ReasoningConfig | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> AsyncStream[ResponseStreamEvent]:
        """Openai Compatible Responses Api

        OpenAI-compatible Responses API with text and image input and text output.
        Calls can be stateful: a new call can take earlier responses' output as
        input. With `stream=True` the events arrive as Server-Sent Events, told
        apart by name; the stream ends after `response.completed`, `response.failed`
        or `response.incomplete`.

        Args:
            model: The model to use.
                Example: `"moonshotai/kimi-k2"`.
                Constraints: max_length=255, min_length=1.
            input: The input: text, or a list of input items, which may include earlier
                responses' output, reasoning from previous turns included.
                Example: `"Write a haiku about compilers."`.
            instructions: Instructions for the model.
                Example: `"You are a helpful AI assistant."`.
                Constraints: max_length=32000.
            max_output_tokens: The most tokens the output may have.
                Example: `1024`.
                Constraints: gt=0.
            temperature: Sampling temperature.
                Example: `0.7`.
                Constraints: ge=0, le=2.
            top_p: Nucleus sampling probability mass.
                Example: `0.9`.
                Constraints: ge=0, le=1.
            tools: Tools the model may call.
            tool_choice: Whether the model calls tools.
            parallel_tool_calls: Let the model call several tools at once.
            stream: If true, the response is streamed as Server-Sent Events.
            text: The form of the text output.
            reasoning: Reasoning options.
                Example: `{"effort": "medium", "summary": "auto"}`.

        Returns:
            `AsyncStream[ResponseStreamEvent]`

        With `stream=True`, the events as they arrive (`ResponseStreamEvent` each):
        iterate over the stream, or use it as a context manager.

        Docs: https://docs.compilelabs.com/api-reference/llm/openai-compatible-responses-api
        """

    @overload
    async def create(
        self,
        *,
        model: str,
        input: str | list[InputItemParam],
        instructions: str | NotGiven = NOT_GIVEN,
        max_output_tokens: int | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        top_p: float | NotGiven = NOT_GIVEN,
        tools: list[ResponseFunctionToolParam | ResponseFunctionTool] | NotGiven = NOT_GIVEN,
        tool_choice: Literal["auto", "none", "required"] | ToolChoiceMode | NotGiven = NOT_GIVEN,
        parallel_tool_calls: bool | NotGiven = NOT_GIVEN,
        stream: bool,
        text: TextConfigParam | TextConfig | NotGiven = NOT_GIVEN,
        reasoning: ReasoningConfigParam | ReasoningConfig | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> Response | AsyncStream[ResponseStreamEvent]:
        """Openai Compatible Responses Api

        OpenAI-compatible Responses API with text and image input and text output.
        Calls can be stateful: a new call can take earlier responses' output as
        input. With `stream=True` the events arrive as Server-Sent Events, told
        apart by name; the stream ends after `response.completed`, `response.failed`
        or `response.incomplete`.

        Args:
            model: The model to use.
                Example: `"moonshotai/kimi-k2"`.
                Constraints: max_length=255, min_length=1.
            input: The input: text, or a list of input items, which may include earlier
                responses' output, reasoning from previous turns included.
                Example: `"Write a haiku about compilers."`.
            instructions: Instructions for the model.
                Example: `"You are a helpful AI assistant."`.
                Constraints: max_length=32000.
            max_output_tokens: The most tokens the output may have.
                Example: `1024`.
                Constraints: gt=0.
            temperature: Sampling temperature.
                Example: `0.7`.
                Constraints: ge=0, le=2.
            top_p: Nucleus sampling probability mass.
                Example: `0.9`.
                Constraints: ge=0, le=1.
            tools: Tools the model may call.
            tool_choice: Whether the model calls tools.
            parallel_tool_calls: Let the model call several tools at once.
            stream: If true, the response is streamed as Server-Sent Events.
            text: The form of the text output.
            reasoning: Reasoning options.
                Example: `{"effort": "medium", "summary": "auto"}`.

        Returns:
            `Response | AsyncStream[ResponseStreamEvent]`

        With `stream=True`, the events as they arrive (`ResponseStreamEvent` each):
        iterate over the stream, or use it as a context manager.

        Docs: https://docs.compilelabs.com/api-reference/llm/openai-compatible-responses-api
        """

    async def create(
        self,
        *,
        model: str,
        input: str | list[InputItemParam],
        instructions: str | NotGiven = NOT_GIVEN,
        max_output_tokens: int | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        top_p: float | NotGiven = NOT_GIVEN,
        tools: list[ResponseFunctionToolParam | ResponseFunctionTool] | NotGiven = NOT_GIVEN,
        tool_choice: Literal["auto", "none", "required"] | ToolChoiceMode | NotGiven = NOT_GIVEN,
        parallel_tool_calls: bool | NotGiven = NOT_GIVEN,
        stream: bool | NotGiven = NOT_GIVEN,
        text: TextConfigParam | TextConfig | NotGiven = NOT_GIVEN,
        reasoning: ReasoningConfigParam | ReasoningConfig | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> Response | AsyncStream[ResponseStreamEvent]:
        """Openai Compatible Responses Api

        OpenAI-compatible Responses API with text and image input and text output.
        Calls can be stateful: a new call can take earlier responses' output as
        input. With `stream=True` the events arrive as Server-Sent Events, told
        apart by name; the stream ends after `response.completed`, `response.failed`
        or `response.incomplete`.

        Args:
            model: The model to use.
                Example: `"moonshotai/kimi-k2"`.
                Constraints: max_length=255, min_length=1.
            input: The input: text, or a list of input items, which may include earlier
                responses' output, reasoning from previous turns included.
                Example: `"Write a haiku about compilers."`.
            instructions: Instructions for the model.
                Example: `"You are a helpful AI assistant."`.
                Constraints: max_length=32000.
            max_output_tokens: The most tokens the output may have.
                Example: `1024`.
                Constraints: gt=0.
            temperature: Sampling temperature.
                Example: `0.7`.
                Constraints: ge=0, le=2.
            top_p: Nucleus sampling probability mass.
                Example: `0.9`.
                Constraints: ge=0, le=1.
            tools: Tools the model may call.
            tool_choice: Whether the model calls tools.
            parallel_tool_calls: Let the model call several tools at once.
            stream: If true, the response is streamed as Server-Sent Events.
            text: The form of the text output.
            reasoning: Reasoning options.
                Example: `{"effort": "medium", "summary": "auto"}`.

        Returns:
            `Response | AsyncStream[ResponseStreamEvent]`

        With `stream=True`, the events as they arrive (`ResponseStreamEvent` each):
        iterate over the stream, or use it as a context manager.

        Docs: https://docs.compilelabs.com/api-reference/llm/openai-compatible-responses-api
        """

        call = _responses_create(
            model,
            input,
            instructions,
            max_output_tokens,
            temperature,
            top_p,
            tools,
            tool_choice,
            parallel_tool_calls,
            stream,
            text,
            reasoning,
            _runtime.options(
                extra_headers, extra_query, timeout, max_retries, extra_body=extra_body
            ),
        )
        if stream is True:
            return (
                await self._client.request(call, self._client.streamer(_RESPONSES_CREATE_STREAM))
            ).parsed
        return (await self._client.request(call, self._client.parser(call))).parsed


class AsyncResponsesResourceWithRawResponse:
    """`responses` endpoints returning `RawResponse` (asyncio)."""

    def __init__(self, client: _runtime.AsyncAPIClient) -> None:
        self._client = client

    @overload
    async def create(
        self,
        *,
        model: str,
        input: str | list[InputItemParam],
        instructions: str | NotGiven = NOT_GIVEN,
        max_output_tokens: int | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        top_p: float | NotGiven = NOT_GIVEN,
        tools: list[ResponseFunctionToolParam | ResponseFunctionTool] | NotGiven = NOT_GIVEN,
        tool_choice: Literal["auto", "none", "required"] | ToolChoiceMode | NotGiven = NOT_GIVEN,
        parallel_tool_calls: bool | NotGiven = NOT_GIVEN,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
        text: TextConfigParam | TextConfig | NotGiven = NOT_GIVEN,
        reasoning: ReasoningConfigParam | ReasoningConfig | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> RawResponse[Response]:
        """Openai Compatible Responses Api

        The arguments are those of `AsyncResponsesResource.create`.

        Returns:
            `RawResponse[Response]`: the parsed body with the HTTP status, headers and timing.
        """

    @overload
    async def create(
        self,
        *,
        model: str,
        input: str | list[InputItemParam],
        instructions: str | NotGiven = NOT_GIVEN,
        max_output_tokens: int | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        top_p: float | NotGiven = NOT_GIVEN,
        tools: list[ResponseFunctionToolParam | ResponseFunctionTool] | NotGiven = NOT_GIVEN,
        tool_choice: Literal["auto", "none", "required"] | ToolChoiceMode | NotGiven = NOT_GIVEN,
        parallel_tool_calls: bool | NotGiven = NOT_GIVEN,
        stream: Literal[True],
        text: TextConfigParam | TextConfig | NotGiven = NOT_GIVEN,
        reasoning: ReasoningConfigParam | ReasoningConfig | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> RawResponse[AsyncStream[ResponseStreamEvent]]:
        """Openai Compatible Responses Api

        The arguments are those of `AsyncResponsesResource.create`.

        Returns:
            `RawResponse[AsyncStream[ResponseStreamEvent]]`: the parsed body with the HTTP status, headers and timing.
        """

    @overload
    async def create(
        self,
        *,
        model: str,
        input: str | list[InputItemParam],
        instructions: str | NotGiven = NOT_GIVEN,
        max_output_tokens: int | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        top_p: float | NotGiven = NOT_GIVEN,
        tools: list[ResponseFunctionToolParam | ResponseFunctionTool] | NotGiven = NOT_GIVEN,
        tool_choice: Literal["auto", "none", "required"] | ToolChoiceMode | NotGiven = NOT_GIVEN,
        parallel_tool_calls: bool | NotGiven = NOT_GIVEN,
        stream: bool,
        text: TextConfigParam | TextConfig | NotGiven = NOT_GIVEN,
        reasoning: ReasoningConfigParam | ReasoningConfig | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> RawResponse[Response | AsyncStream[ResponseStreamEvent]]:
        """Openai Compatible Responses Api

        The arguments are those of `AsyncResponsesResource.create`.

        Returns:
            `RawResponse[Response | AsyncStream[ResponseStreamEvent]]`: the parsed body with the HTTP status, headers and timing.
        """

    async def create(
        self,
        *,
        model: str,
        input: str | list[InputItemParam],
        instructions: str | NotGiven = NOT_GIVEN,
        max_output_tokens: int | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        top_p: float | NotGiven = NOT_GIVEN,
        tools: list[ResponseFunctionToolParam | ResponseFunctionTool] | NotGiven = NOT_GIVEN,
        tool_choice: Literal["auto", "none", "required"] | ToolChoiceMode | NotGiven = NOT_GIVEN,
        parallel_tool_calls: bool | NotGiven = NOT_GIVEN,
        stream: bool | NotGiven = NOT_GIVEN,
        text: TextConfigParam | TextConfig | NotGiven = NOT_GIVEN,
        reasoning: ReasoningConfigParam | ReasoningConfig | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> RawResponse[Response | AsyncStream[ResponseStreamEvent]]:
        """Openai Compatible Responses Api

        The arguments are those of `AsyncResponsesResource.create`.

        Returns:
            `RawResponse[Response | AsyncStream[ResponseStreamEvent]]`: the parsed body with the HTTP status, headers and timing.
        """

        call = _responses_create(
            model,
            input,
            instructions,
            max_output_tokens,
            temperature,
            top_p,
            tools,
            tool_choice,
            parallel_tool_calls,
            stream,
            text,
            reasoning,
            _runtime.options(
                extra_headers, extra_query, timeout, max_retries, extra_body=extra_body
            ),
        )
        if stream is True:
            return await self._client.request(call, self._client.streamer(_RESPONSES_CREATE_STREAM))
        return await self._client.request(call, self._client.parser(call))


class AsyncResponsesResourceWithStreamingResponse:
    """`responses` endpoints returning the response unread, in an `async with` block."""

    def __init__(self, client: _runtime.AsyncAPIClient) -> None:
        self._client = client

    @overload
    def create(
        self,
        *,
        model: str,
        input: str | list[InputItemParam],
        instructions: str | NotGiven = NOT_GIVEN,
        max_output_tokens: int | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        top_p: float | NotGiven = NOT_GIVEN,
        tools: list[ResponseFunctionToolParam | ResponseFunctionTool] | NotGiven = NOT_GIVEN,
        tool_choice: Literal["auto", "none", "required"] | ToolChoiceMode | NotGiven = NOT_GIVEN,
        parallel_tool_calls: bool | NotGiven = NOT_GIVEN,
        stream: Literal[False] | NotGiven = NOT_GIVEN,
        text: TextConfigParam | TextConfig | NotGiven = NOT_GIVEN,
        reasoning: ReasoningConfigParam | ReasoningConfig | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> AsyncResponseContext[Response]:
        """Openai Compatible Responses Api

        The arguments are those of `AsyncResponsesResource.create`.

        Returns:
            `AsyncResponseContext[Response]`: the call is sent on entering its `async with`
            block, and the body is read only when asked for; `parse()` gives the `Response`.
        """

    @overload
    def create(
        self,
        *,
        model: str,
        input: str | list[InputItemParam],
        instructions: str | NotGiven = NOT_GIVEN,
        max_output_tokens: int | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        top_p: float | NotGiven = NOT_GIVEN,
        tools: list[ResponseFunctionToolParam | ResponseFunctionTool] | NotGiven = NOT_GIVEN,
        tool_choice: Literal["auto", "none", "required"] | ToolChoiceMode | NotGiven = NOT_GIVEN,
        parallel_tool_calls: bool | NotGiven = NOT_GIVEN,
        stream: Literal[True],
        text: TextConfigParam | TextConfig | NotGiven = NOT_GIVEN,
        reasoning: ReasoningConfigParam | ReasoningConfig | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> AsyncResponseContext[AsyncStream[ResponseStreamEvent]]:
        """Openai Compatible Responses Api

        The arguments are those of `AsyncResponsesResource.create`.

        Returns:
            `AsyncResponseContext[AsyncStream[ResponseStreamEvent]]`: the call is sent on entering its `async with`
            block, and the body is read only when asked for; `parse()` gives the `AsyncStream[ResponseStreamEvent]`.
        """

    @overload
    def create(
        self,
        *,
        model: str,
        input: str | list[InputItemParam],
        instructions: str | NotGiven = NOT_GIVEN,
        max_output_tokens: int | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        top_p: float | NotGiven = NOT_GIVEN,
        tools: list[ResponseFunctionToolParam | ResponseFunctionTool] | NotGiven = NOT_GIVEN,
        tool_choice: Literal["auto", "none", "required"] | ToolChoiceMode | NotGiven = NOT_GIVEN,
        parallel_tool_calls: bool | NotGiven = NOT_GIVEN,
        stream: bool,
        text: TextConfigParam | TextConfig | NotGiven = NOT_GIVEN,
        reasoning: ReasoningConfigParam | ReasoningConfig | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> AsyncResponseContext[Response | AsyncStream[ResponseStreamEvent]]:
        """Openai Compatible Responses Api

        The arguments are those of `AsyncResponsesResource.create`.

        Returns:
            `AsyncResponseContext[Response | AsyncStream[ResponseStreamEvent]]`: the call is sent on entering its `async with`
            block, and the body is read only when asked for; `parse()` gives the `Response | AsyncStream[ResponseStreamEvent]`.
        """

    def create(
        self,
        *,
        model: str,
        input: str | list[InputItemParam],
        instructions: str | NotGiven = NOT_GIVEN,
        max_output_tokens: int | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        top_p: float | NotGiven = NOT_GIVEN,
        tools: list[ResponseFunctionToolParam | ResponseFunctionTool] | NotGiven = NOT_GIVEN,
        tool_choice: Literal["auto", "none", "required"] | ToolChoiceMode | NotGiven = NOT_GIVEN,
        parallel_tool_calls: bool | NotGiven = NOT_GIVEN,
        stream: bool | NotGiven = NOT_GIVEN,
        text: TextConfigParam | TextConfig | NotGiven = NOT_GIVEN,
        reasoning: ReasoningConfigParam | ReasoningConfig | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> AsyncResponseContext[Response | AsyncStream[ResponseStreamEvent]]:
        """Openai Compatible Responses Api

        The arguments are those of `AsyncResponsesResource.create`.

        Returns:
            `AsyncResponseContext[Response | AsyncStream[ResponseStreamEvent]]`: the call is sent on entering its `async with`
            block, and the body is read only when asked for; `parse()` gives the `Response | AsyncStream[ResponseStreamEvent]`.
        """

        call = _responses_create(
            model,
            input,
            instructions,
            max_output_tokens,
            temperature,
            top_p,
            tools,
            tool_choice,
            parallel_tool_calls,
            stream,
            text,
            reasoning,
            _runtime.options(
                extra_headers, extra_query, timeout, max_retries, extra_body=extra_body
            ),
        )
        if stream is True:
            return self._client.streaming(call, self._client.streamer(_RESPONSES_CREATE_STREAM))
        return self._client.streaming(call, self._client.parser(call))
