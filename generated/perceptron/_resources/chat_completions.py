# Generated from spec/perceptron.yaml by clientgen 0.1.0. Do not edit.
"""`client.chat.completions`: the Perceptron API's `chat.completions` endpoints, sync and async.

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
        MultilookCompletion,
        MultilookPrompt,
        MultilookPromptParam,
        ReasoningEffort,
        ResponseFormatParam,
        StreamOptions,
        StreamOptionsParam,
        ToolChoiceParam,
        ToolParam,
        VisionConfig,
        VisionConfigParam,
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
    rate_limit="chat",
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
    stream_options: StreamOptionsParam | StreamOptions | NotGiven,
    max_completion_tokens: int | NotGiven,
    temperature: float | NotGiven,
    top_p: float | NotGiven,
    top_k: int | NotGiven,
    frequency_penalty: float | NotGiven,
    presence_penalty: float | NotGiven,
    response_format: ResponseFormatParam | NotGiven,
    regex: str | NotGiven,
    reasoning_effort: Literal["none", "minimal", "low", "medium", "high"]
    | ReasoningEffort
    | NotGiven,
    vision_config: VisionConfigParam | VisionConfig | NotGiven,
    tools: list[ToolParam] | NotGiven,
    tool_choice: ToolChoiceParam | NotGiven,
    parallel_tool_calls: bool | NotGiven,
    n: int | NotGiven,
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
            "stream_options": stream_options,
            "max_completion_tokens": max_completion_tokens,
            "temperature": temperature,
            "top_p": top_p,
            "top_k": top_k,
            "frequency_penalty": frequency_penalty,
            "presence_penalty": presence_penalty,
            "response_format": response_format,
            "regex": regex,
            "reasoning_effort": reasoning_effort,
            "vision_config": vision_config,
            "tools": tools,
            "tool_choice": tool_choice,
            "parallel_tool_calls": parallel_tool_calls,
            "n": n,
        },
    )


# POST /v1/chat/completions/multilook
_CHAT_COMPLETIONS_MULTILOOK = _runtime.Endpoint(
    "POST",
    "/v1/chat/completions/multilook",
    rate_limit="chat",
)
_CHAT_COMPLETIONS_MULTILOOK_RESPONSE: ResponseType[MultilookCompletion] = ResponseType(
    lambda: _models.MultilookCompletion, "MultilookCompletion"
)


def _chat_completions_multilook(
    model: str,
    context: list[ChatMessageParam],
    prompts: list[str | MultilookPromptParam | MultilookPrompt],
    n: int | NotGiven,
    max_completion_tokens: int | NotGiven,
    temperature: float | NotGiven,
    top_p: float | NotGiven,
    top_k: int | NotGiven,
    frequency_penalty: float | NotGiven,
    presence_penalty: float | NotGiven,
    reasoning_effort: Literal["none", "minimal", "low", "medium", "high"]
    | ReasoningEffort
    | NotGiven,
    vision_config: VisionConfigParam | VisionConfig | NotGiven,
    _options: _runtime.RequestOptions,
) -> _runtime.Call[MultilookCompletion]:
    return _runtime.Call(
        _CHAT_COMPLETIONS_MULTILOOK,
        _CHAT_COMPLETIONS_MULTILOOK_RESPONSE,
        _options,
        body={
            "model": model,
            "context": context,
            "prompts": prompts,
            "n": n,
            "max_completion_tokens": max_completion_tokens,
            "temperature": temperature,
            "top_p": top_p,
            "top_k": top_k,
            "frequency_penalty": frequency_penalty,
            "presence_penalty": presence_penalty,
            "reasoning_effort": reasoning_effort,
            "vision_config": vision_config,
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
        stream_options: StreamOptionsParam | StreamOptions | NotGiven = NOT_GIVEN,
        max_completion_tokens: int | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        top_p: float | NotGiven = NOT_GIVEN,
        top_k: int | NotGiven = NOT_GIVEN,
        frequency_penalty: float | NotGiven = NOT_GIVEN,
        presence_penalty: float | NotGiven = NOT_GIVEN,
        response_format: ResponseFormatParam | NotGiven = NOT_GIVEN,
        regex: str | NotGiven = NOT_GIVEN,
        reasoning_effort: Literal["none", "minimal", "low", "medium", "high"]
        | ReasoningEffort
        | NotGiven = NOT_GIVEN,
        vision_config: VisionConfigParam | VisionConfig | NotGiven = NOT_GIVEN,
        tools: list[ToolParam] | NotGiven = NOT_GIVEN,
        tool_choice: ToolChoiceParam | NotGiven = NOT_GIVEN,
        parallel_tool_calls: bool | NotGiven = NOT_GIVEN,
        n: int | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> ChatCompletion:
        """Create a chat completion

        Fully compatible with OpenAI's chat completions, with text and multimodal
        input: images on every model, video on perceptron-mk1 and later. With
        `stream=True` the answer arrives as Server-Sent Events, ending with `data:
        [DONE]`; an error in the middle of a stream raises `APIStreamError`.

        Args:
            model: The model to use, such as `perceptron-mk1.5`, `perceptron-mk1`,
                `isaac-0.2-2b-preview` or `isaac-0.1`.
                Example: `"perceptron-mk1.5"`.
            messages: The conversation so far.
                Example: `[{"role": "user", "content": [{"type": "image_url", "image_url": {"url":
        "https://example.com/street.jpg"}}, {"type": "text", "text": "How many cars
        are in this image?"}]}]`.
                Constraints: min_length=1.
            stream: If true, the answer is streamed as Server-Sent Events; if false or omitted,
                it comes as one JSON response.
            stream_options: Options for a streamed answer.
            max_completion_tokens: The most tokens the answer may have, reasoning included. Limits depend on
                the model.
                Constraints: ge=0.
            temperature: Sampling temperature. Leave it unset: the default is 0.0. Higher values
                (0.7) suit creative tasks.
                Constraints: ge=0, le=2.
            top_p: Nucleus sampling probability mass.
                Constraints: gt=0, le=1.
            top_k: Sample from the k most likely tokens. From Perceptron's official SDK.
            frequency_penalty: Penalizes tokens by how often they already appeared.
                Constraints: ge=-2, le=2.
            presence_penalty: Penalizes tokens that already appeared.
                Constraints: ge=-2, le=2.
            response_format: `{"type": "json_schema", "json_schema": {...}}` turns on Structured Outputs.
                It cannot be combined with `regex` or with tools.
            regex: A regular expression the answer must match. It cannot be combined with
                `response_format` or with tools. From Perceptron's official SDK.
                Constraints: min_length=1.
            reasoning_effort: How much the model reasons before it answers.
            vision_config: Grounding and thinking options (perceptron-mk1 and later).
            tools: Tools the model may call.
            tool_choice: Whether and which tool the model calls. Perceptron's official SDK says only
                `auto` and `none` are accepted.
            parallel_tool_calls: Let the model call several tools at once.
            n: inferred: OpenAI-compatible. How many answers to generate; Perceptron's
                official SDK says only 1 is accepted.
                Constraints: ge=1.

        Returns:
            `ChatCompletion`

        With `stream=True`, the events as they arrive (`ChatCompletionChunk` each):
        iterate over the stream, or use it as a context manager.

        Rate limit: 300 requests per minute; the client waits for a free slot
        instead of drawing a 429 (turn off with `rate_limit=False`).

        Docs: https://docs.perceptron.inc/isaac-0.2/api-reference/endpoint/chat-completions
        """

    @overload
    def create(
        self,
        *,
        model: str,
        messages: list[ChatMessageParam],
        stream: Literal[True],
        stream_options: StreamOptionsParam | StreamOptions | NotGiven = NOT_GIVEN,
        max_completion_tokens: int | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        top_p: float | NotGiven = NOT_GIVEN,
        top_k: int | NotGiven = NOT_GIVEN,
        frequency_penalty: float | NotGiven = NOT_GIVEN,
        presence_penalty: float | NotGiven = NOT_GIVEN,
        response_format: ResponseFormatParam | NotGiven = NOT_GIVEN,
        regex: str | NotGiven = NOT_GIVEN,
        reasoning_effort: Literal["none", "minimal", "low", "medium", "high"]
        | ReasoningEffort
        | NotGiven = NOT_GIVEN,
        vision_config: VisionConfigParam | VisionConfig | NotGiven = NOT_GIVEN,
        tools: list[ToolParam] | NotGiven = NOT_GIVEN,
        tool_choice: ToolChoiceParam | NotGiven = NOT_GIVEN,
        parallel_tool_calls: bool | NotGiven = NOT_GIVEN,
        n: int | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> Stream[ChatCompletionChunk]:
        """Create a chat completion

        Fully compatible with OpenAI's chat completions, with text and multimodal
        input: images on every model, video on perceptron-mk1 and later. With
        `stream=True` the answer arrives as Server-Sent Events, ending with `data:
        [DONE]`; an error in the middle of a stream raises `APIStreamError`.

        Args:
            model: The model to use, such as `perceptron-mk1.5`, `perceptron-mk1`,
                `isaac-0.2-2b-preview` or `isaac-0.1`.
                Example: `"perceptron-mk1.5"`.
            messages: The conversation so far.
                Example: `[{"role": "user", "content": [{"type": "image_url", "image_url": {"url":
        "https://example.com/street.jpg"}}, {"type": "text", "text": "How many cars
        are in this image?"}]}]`.
                Constraints: min_length=1.
            stream: If true, the answer is streamed as Server-Sent Events; if false or omitted,
                it comes as one JSON response.
            stream_options: Options for a streamed answer.
            max_completion_tokens: The most tokens the answer may have, reasoning included. Limits depend on
                the model.
                Constraints: ge=0.
            temperature: Sampling temperature. Leave it unset: the default is 0.0. Higher values
                (0.7) suit creative tasks.
                Constraints: ge=0, le=2.
            top_p: Nucleus sampling probability mass.
                Constraints: gt=0, le=1.
            top_k: Sample from the k most likely tokens. From Perceptron's official SDK.
            frequency_penalty: Penalizes tokens by how often they already appeared.
                Constraints: ge=-2, le=2.
            presence_penalty: Penalizes tokens that already appeared.
                Constraints: ge=-2, le=2.
            response_format: `{"type": "json_schema", "json_schema": {...}}` turns on Structured Outputs.
                It cannot be combined with `regex` or with tools.
            regex: A regular expression the answer must match. It cannot be combined with
                `response_format` or with tools. From Perceptron's official SDK.
                Constraints: min_length=1.
            reasoning_effort: How much the model reasons before it answers.
            vision_config: Grounding and thinking options (perceptron-mk1 and later).
            tools: Tools the model may call.
            tool_choice: Whether and which tool the model calls. Perceptron's official SDK says only
                `auto` and `none` are accepted.
            parallel_tool_calls: Let the model call several tools at once.
            n: inferred: OpenAI-compatible. How many answers to generate; Perceptron's
                official SDK says only 1 is accepted.
                Constraints: ge=1.

        Returns:
            `Stream[ChatCompletionChunk]`

        With `stream=True`, the events as they arrive (`ChatCompletionChunk` each):
        iterate over the stream, or use it as a context manager.

        Rate limit: 300 requests per minute; the client waits for a free slot
        instead of drawing a 429 (turn off with `rate_limit=False`).

        Docs: https://docs.perceptron.inc/isaac-0.2/api-reference/endpoint/chat-completions
        """

    @overload
    def create(
        self,
        *,
        model: str,
        messages: list[ChatMessageParam],
        stream: bool,
        stream_options: StreamOptionsParam | StreamOptions | NotGiven = NOT_GIVEN,
        max_completion_tokens: int | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        top_p: float | NotGiven = NOT_GIVEN,
        top_k: int | NotGiven = NOT_GIVEN,
        frequency_penalty: float | NotGiven = NOT_GIVEN,
        presence_penalty: float | NotGiven = NOT_GIVEN,
        response_format: ResponseFormatParam | NotGiven = NOT_GIVEN,
        regex: str | NotGiven = NOT_GIVEN,
        reasoning_effort: Literal["none", "minimal", "low", "medium", "high"]
        | ReasoningEffort
        | NotGiven = NOT_GIVEN,
        vision_config: VisionConfigParam | VisionConfig | NotGiven = NOT_GIVEN,
        tools: list[ToolParam] | NotGiven = NOT_GIVEN,
        tool_choice: ToolChoiceParam | NotGiven = NOT_GIVEN,
        parallel_tool_calls: bool | NotGiven = NOT_GIVEN,
        n: int | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> ChatCompletion | Stream[ChatCompletionChunk]:
        """Create a chat completion

        Fully compatible with OpenAI's chat completions, with text and multimodal
        input: images on every model, video on perceptron-mk1 and later. With
        `stream=True` the answer arrives as Server-Sent Events, ending with `data:
        [DONE]`; an error in the middle of a stream raises `APIStreamError`.

        Args:
            model: The model to use, such as `perceptron-mk1.5`, `perceptron-mk1`,
                `isaac-0.2-2b-preview` or `isaac-0.1`.
                Example: `"perceptron-mk1.5"`.
            messages: The conversation so far.
                Example: `[{"role": "user", "content": [{"type": "image_url", "image_url": {"url":
        "https://example.com/street.jpg"}}, {"type": "text", "text": "How many cars
        are in this image?"}]}]`.
                Constraints: min_length=1.
            stream: If true, the answer is streamed as Server-Sent Events; if false or omitted,
                it comes as one JSON response.
            stream_options: Options for a streamed answer.
            max_completion_tokens: The most tokens the answer may have, reasoning included. Limits depend on
                the model.
                Constraints: ge=0.
            temperature: Sampling temperature. Leave it unset: the default is 0.0. Higher values
                (0.7) suit creative tasks.
                Constraints: ge=0, le=2.
            top_p: Nucleus sampling probability mass.
                Constraints: gt=0, le=1.
            top_k: Sample from the k most likely tokens. From Perceptron's official SDK.
            frequency_penalty: Penalizes tokens by how often they already appeared.
                Constraints: ge=-2, le=2.
            presence_penalty: Penalizes tokens that already appeared.
                Constraints: ge=-2, le=2.
            response_format: `{"type": "json_schema", "json_schema": {...}}` turns on Structured Outputs.
                It cannot be combined with `regex` or with tools.
            regex: A regular expression the answer must match. It cannot be combined with
                `response_format` or with tools. From Perceptron's official SDK.
                Constraints: min_length=1.
            reasoning_effort: How much the model reasons before it answers.
            vision_config: Grounding and thinking options (perceptron-mk1 and later).
            tools: Tools the model may call.
            tool_choice: Whether and which tool the model calls. Perceptron's official SDK says only
                `auto` and `none` are accepted.
            parallel_tool_calls: Let the model call several tools at once.
            n: inferred: OpenAI-compatible. How many answers to generate; Perceptron's
                official SDK says only 1 is accepted.
                Constraints: ge=1.

        Returns:
            `ChatCompletion | Stream[ChatCompletionChunk]`

        With `stream=True`, the events as they arrive (`ChatCompletionChunk` each):
        iterate over the stream, or use it as a context manager.

        Rate limit: 300 requests per minute; the client waits for a free slot
        instead of drawing a 429 (turn off with `rate_limit=False`).

        Docs: https://docs.perceptron.inc/isaac-0.2/api-reference/endpoint/chat-completions
        """

    def create(
        self,
        *,
        model: str,
        messages: list[ChatMessageParam],
        stream: bool | NotGiven = NOT_GIVEN,
        stream_options: StreamOptionsParam | StreamOptions | NotGiven = NOT_GIVEN,
        max_completion_tokens: int | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        top_p: float | NotGiven = NOT_GIVEN,
        top_k: int | NotGiven = NOT_GIVEN,
        frequency_penalty: float | NotGiven = NOT_GIVEN,
        presence_penalty: float | NotGiven = NOT_GIVEN,
        response_format: ResponseFormatParam | NotGiven = NOT_GIVEN,
        regex: str | NotGiven = NOT_GIVEN,
        reasoning_effort: Literal["none", "minimal", "low", "medium", "high"]
        | ReasoningEffort
        | NotGiven = NOT_GIVEN,
        vision_config: VisionConfigParam | VisionConfig | NotGiven = NOT_GIVEN,
        tools: list[ToolParam] | NotGiven = NOT_GIVEN,
        tool_choice: ToolChoiceParam | NotGiven = NOT_GIVEN,
        parallel_tool_calls: bool | NotGiven = NOT_GIVEN,
        n: int | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> ChatCompletion | Stream[ChatCompletionChunk]:
        """Create a chat completion

        Fully compatible with OpenAI's chat completions, with text and multimodal
        input: images on every model, video on perceptron-mk1 and later. With
        `stream=True` the answer arrives as Server-Sent Events, ending with `data:
        [DONE]`; an error in the middle of a stream raises `APIStreamError`.

        Args:
            model: The model to use, such as `perceptron-mk1.5`, `perceptron-mk1`,
                `isaac-0.2-2b-preview` or `isaac-0.1`.
                Example: `"perceptron-mk1.5"`.
            messages: The conversation so far.
                Example: `[{"role": "user", "content": [{"type": "image_url", "image_url": {"url":
        "https://example.com/street.jpg"}}, {"type": "text", "text": "How many cars
        are in this image?"}]}]`.
                Constraints: min_length=1.
            stream: If true, the answer is streamed as Server-Sent Events; if false or omitted,
                it comes as one JSON response.
            stream_options: Options for a streamed answer.
            max_completion_tokens: The most tokens the answer may have, reasoning included. Limits depend on
                the model.
                Constraints: ge=0.
            temperature: Sampling temperature. Leave it unset: the default is 0.0. Higher values
                (0.7) suit creative tasks.
                Constraints: ge=0, le=2.
            top_p: Nucleus sampling probability mass.
                Constraints: gt=0, le=1.
            top_k: Sample from the k most likely tokens. From Perceptron's official SDK.
            frequency_penalty: Penalizes tokens by how often they already appeared.
                Constraints: ge=-2, le=2.
            presence_penalty: Penalizes tokens that already appeared.
                Constraints: ge=-2, le=2.
            response_format: `{"type": "json_schema", "json_schema": {...}}` turns on Structured Outputs.
                It cannot be combined with `regex` or with tools.
            regex: A regular expression the answer must match. It cannot be combined with
                `response_format` or with tools. From Perceptron's official SDK.
                Constraints: min_length=1.
            reasoning_effort: How much the model reasons before it answers.
            vision_config: Grounding and thinking options (perceptron-mk1 and later).
            tools: Tools the model may call.
            tool_choice: Whether and which tool the model calls. Perceptron's official SDK says only
                `auto` and `none` are accepted.
            parallel_tool_calls: Let the model call several tools at once.
            n: inferred: OpenAI-compatible. How many answers to generate; Perceptron's
                official SDK says only 1 is accepted.
                Constraints: ge=1.

        Returns:
            `ChatCompletion | Stream[ChatCompletionChunk]`

        With `stream=True`, the events as they arrive (`ChatCompletionChunk` each):
        iterate over the stream, or use it as a context manager.

        Rate limit: 300 requests per minute; the client waits for a free slot
        instead of drawing a 429 (turn off with `rate_limit=False`).

        Docs: https://docs.perceptron.inc/isaac-0.2/api-reference/endpoint/chat-completions
        """

        call = _chat_completions_create(
            model,
            messages,
            stream,
            stream_options,
            max_completion_tokens,
            temperature,
            top_p,
            top_k,
            frequency_penalty,
            presence_penalty,
            response_format,
            regex,
            reasoning_effort,
            vision_config,
            tools,
            tool_choice,
            parallel_tool_calls,
            n,
            _runtime.options(
                extra_headers, extra_query, timeout, max_retries, extra_body=extra_body
            ),
        )
        if stream is True:
            return self._client.request(
                call, self._client.streamer(_CHAT_COMPLETIONS_CREATE_STREAM)
            ).parsed
        return self._client.request(call, self._client.parser(call)).parsed

    def multilook(
        self,
        *,
        model: str,
        context: list[ChatMessageParam],
        prompts: list[str | MultilookPromptParam | MultilookPrompt],
        n: int | NotGiven = NOT_GIVEN,
        max_completion_tokens: int | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        top_p: float | NotGiven = NOT_GIVEN,
        top_k: int | NotGiven = NOT_GIVEN,
        frequency_penalty: float | NotGiven = NOT_GIVEN,
        presence_penalty: float | NotGiven = NOT_GIVEN,
        reasoning_effort: Literal["none", "minimal", "low", "medium", "high"]
        | ReasoningEffort
        | NotGiven = NOT_GIVEN,
        vision_config: VisionConfigParam | VisionConfig | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> MultilookCompletion:
        """Answer several prompts against one context

        Answers up to 16 prompts, each against the same shared context, which is
        read once. Each result holds its prompt's answers or its error. For
        perceptron-mk1 and later; no streaming, tools or structured output. From
        Perceptron's official SDK (no docs page).

        Args:
            model: The model to use (perceptron-mk1 and later).
                Example: `"perceptron-mk1.5"`.
            context: The shared conversation every prompt is answered after. It may hold no tool
                messages or assistant tool calls; it is read once, and later reads bill at
                the cache-read rate.
                Example: `[{"role": "system", "content": "You are a precise video analyst."}, {"role":
        "user", "content": [{"type": "video_url", "video_url": {"url":
        "https://example.com/clip.mp4"}}]}]`.
            prompts: The prompts, each answered as a user message after the context, and never
                seeing each other.
                Example: `["Did a person enter the frame?", "Is it daytime?"]`.
                Constraints: max_length=16, min_length=1.
            n: Answers per prompt; `len(prompts) * n` may be at most 64. More than 1 needs
                a temperature above 0.
                Constraints: ge=1, le=8.
            max_completion_tokens: The most tokens each answer may have.
                Constraints: ge=0.
            temperature: Sampling temperature (default 0.0).
                Constraints: ge=0, le=2.
            top_p: Nucleus sampling probability mass.
                Constraints: gt=0, le=1.
            top_k: Sample from the k most likely tokens.
            frequency_penalty: Penalizes tokens by how often they already appeared.
                Constraints: ge=-2, le=2.
            presence_penalty: Penalizes tokens that already appeared.
                Constraints: ge=-2, le=2.
            reasoning_effort: How much the model reasons before it answers.
            vision_config: Grounding and thinking options.

        Returns:
            `MultilookCompletion`

        Rate limit: 300 requests per minute; the client waits for a free slot
        instead of drawing a 429 (turn off with `rate_limit=False`).
        """

        call = _chat_completions_multilook(
            model,
            context,
            prompts,
            n,
            max_completion_tokens,
            temperature,
            top_p,
            top_k,
            frequency_penalty,
            presence_penalty,
            reasoning_effort,
            vision_config,
            _runtime.options(
                extra_headers, extra_query, timeout, max_retries, extra_body=extra_body
            ),
        )
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
        stream_options: StreamOptionsParam | StreamOptions | NotGiven = NOT_GIVEN,
        max_completion_tokens: int | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        top_p: float | NotGiven = NOT_GIVEN,
        top_k: int | NotGiven = NOT_GIVEN,
        frequency_penalty: float | NotGiven = NOT_GIVEN,
        presence_penalty: float | NotGiven = NOT_GIVEN,
        response_format: ResponseFormatParam | NotGiven = NOT_GIVEN,
        regex: str | NotGiven = NOT_GIVEN,
        reasoning_effort: Literal["none", "minimal", "low", "medium", "high"]
        | ReasoningEffort
        | NotGiven = NOT_GIVEN,
        vision_config: VisionConfigParam | VisionConfig | NotGiven = NOT_GIVEN,
        tools: list[ToolParam] | NotGiven = NOT_GIVEN,
        tool_choice: ToolChoiceParam | NotGiven = NOT_GIVEN,
        parallel_tool_calls: bool | NotGiven = NOT_GIVEN,
        n: int | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> RawResponse[ChatCompletion]:
        """Create a chat completion

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
        stream_options: StreamOptionsParam | StreamOptions | NotGiven = NOT_GIVEN,
        max_completion_tokens: int | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        top_p: float | NotGiven = NOT_GIVEN,
        top_k: int | NotGiven = NOT_GIVEN,
        frequency_penalty: float | NotGiven = NOT_GIVEN,
        presence_penalty: float | NotGiven = NOT_GIVEN,
        response_format: ResponseFormatParam | NotGiven = NOT_GIVEN,
        regex: str | NotGiven = NOT_GIVEN,
        reasoning_effort: Literal["none", "minimal", "low", "medium", "high"]
        | ReasoningEffort
        | NotGiven = NOT_GIVEN,
        vision_config: VisionConfigParam | VisionConfig | NotGiven = NOT_GIVEN,
        tools: list[ToolParam] | NotGiven = NOT_GIVEN,
        tool_choice: ToolChoiceParam | NotGiven = NOT_GIVEN,
        parallel_tool_calls: bool | NotGiven = NOT_GIVEN,
        n: int | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> RawResponse[Stream[ChatCompletionChunk]]:
        """Create a chat completion

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
        stream_options: StreamOptionsParam | StreamOptions | NotGiven = NOT_GIVEN,
        max_completion_tokens: int | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        top_p: float | NotGiven = NOT_GIVEN,
        top_k: int | NotGiven = NOT_GIVEN,
        frequency_penalty: float | NotGiven = NOT_GIVEN,
        presence_penalty: float | NotGiven = NOT_GIVEN,
        response_format: ResponseFormatParam | NotGiven = NOT_GIVEN,
        regex: str | NotGiven = NOT_GIVEN,
        reasoning_effort: Literal["none", "minimal", "low", "medium", "high"]
        | ReasoningEffort
        | NotGiven = NOT_GIVEN,
        vision_config: VisionConfigParam | VisionConfig | NotGiven = NOT_GIVEN,
        tools: list[ToolParam] | NotGiven = NOT_GIVEN,
        tool_choice: ToolChoiceParam | NotGiven = NOT_GIVEN,
        parallel_tool_calls: bool | NotGiven = NOT_GIVEN,
        n: int | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> RawResponse[ChatCompletion | Stream[ChatCompletionChunk]]:
        """Create a chat completion

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
        stream_options: StreamOptionsParam | StreamOptions | NotGiven = NOT_GIVEN,
        max_completion_tokens: int | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        top_p: float | NotGiven = NOT_GIVEN,
        top_k: int | NotGiven = NOT_GIVEN,
        frequency_penalty: float | NotGiven = NOT_GIVEN,
        presence_penalty: float | NotGiven = NOT_GIVEN,
        response_format: ResponseFormatParam | NotGiven = NOT_GIVEN,
        regex: str | NotGiven = NOT_GIVEN,
        reasoning_effort: Literal["none", "minimal", "low", "medium", "high"]
        | ReasoningEffort
        | NotGiven = NOT_GIVEN,
        vision_config: VisionConfigParam | VisionConfig | NotGiven = NOT_GIVEN,
        tools: list[ToolParam] | NotGiven = NOT_GIVEN,
        tool_choice: ToolChoiceParam | NotGiven = NOT_GIVEN,
        parallel_tool_calls: bool | NotGiven = NOT_GIVEN,
        n: int | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> RawResponse[ChatCompletion | Stream[ChatCompletionChunk]]:
        """Create a chat completion

        The arguments are those of `ChatCompletionsResource.create`.

        Returns:
            `RawResponse[ChatCompletion | Stream[ChatCompletionChunk]]`: the parsed body with the HTTP status, headers and timing.
        """

        call = _chat_completions_create(
            model,
            messages,
            stream,
            stream_options,
            max_completion_tokens,
            temperature,
            top_p,
            top_k,
            frequency_penalty,
            presence_penalty,
            response_format,
            regex,
            reasoning_effort,
            vision_config,
            tools,
            tool_choice,
            parallel_tool_calls,
            n,
            _runtime.options(
                extra_headers, extra_query, timeout, max_retries, extra_body=extra_body
            ),
        )
        if stream is True:
            return self._client.request(
                call, self._client.streamer(_CHAT_COMPLETIONS_CREATE_STREAM)
            )
        return self._client.request(call, self._client.parser(call))

    def multilook(
        self,
        *,
        model: str,
        context: list[ChatMessageParam],
        prompts: list[str | MultilookPromptParam | MultilookPrompt],
        n: int | NotGiven = NOT_GIVEN,
        max_completion_tokens: int | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        top_p: float | NotGiven = NOT_GIVEN,
        top_k: int | NotGiven = NOT_GIVEN,
        frequency_penalty: float | NotGiven = NOT_GIVEN,
        presence_penalty: float | NotGiven = NOT_GIVEN,
        reasoning_effort: Literal["none", "minimal", "low", "medium", "high"]
        | ReasoningEffort
        | NotGiven = NOT_GIVEN,
        vision_config: VisionConfigParam | VisionConfig | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> RawResponse[MultilookCompletion]:
        """Answer several prompts against one context

        The arguments are those of `ChatCompletionsResource.multilook`.

        Returns:
            `RawResponse[MultilookCompletion]`: the parsed body with the HTTP status, headers and timing.
        """

        call = _chat_completions_multilook(
            model,
            context,
            prompts,
            n,
            max_completion_tokens,
            temperature,
            top_p,
            top_k,
            frequency_penalty,
            presence_penalty,
            reasoning_effort,
            vision_config,
            _runtime.options(
                extra_headers, extra_query, timeout, max_retries, extra_body=extra_body
            ),
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
        stream_options: StreamOptionsParam | StreamOptions | NotGiven = NOT_GIVEN,
        max_completion_tokens: int | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        top_p: float | NotGiven = NOT_GIVEN,
        top_k: int | NotGiven = NOT_GIVEN,
        frequency_penalty: float | NotGiven = NOT_GIVEN,
        presence_penalty: float | NotGiven = NOT_GIVEN,
        response_format: ResponseFormatParam | NotGiven = NOT_GIVEN,
        regex: str | NotGiven = NOT_GIVEN,
        reasoning_effort: Literal["none", "minimal", "low", "medium", "high"]
        | ReasoningEffort
        | NotGiven = NOT_GIVEN,
        vision_config: VisionConfigParam | VisionConfig | NotGiven = NOT_GIVEN,
        tools: list[ToolParam] | NotGiven = NOT_GIVEN,
        tool_choice: ToolChoiceParam | NotGiven = NOT_GIVEN,
        parallel_tool_calls: bool | NotGiven = NOT_GIVEN,
        n: int | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> ResponseContext[ChatCompletion]:
        """Create a chat completion

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
        stream_options: StreamOptionsParam | StreamOptions | NotGiven = NOT_GIVEN,
        max_completion_tokens: int | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        top_p: float | NotGiven = NOT_GIVEN,
        top_k: int | NotGiven = NOT_GIVEN,
        frequency_penalty: float | NotGiven = NOT_GIVEN,
        presence_penalty: float | NotGiven = NOT_GIVEN,
        response_format: ResponseFormatParam | NotGiven = NOT_GIVEN,
        regex: str | NotGiven = NOT_GIVEN,
        reasoning_effort: Literal["none", "minimal", "low", "medium", "high"]
        | ReasoningEffort
        | NotGiven = NOT_GIVEN,
        vision_config: VisionConfigParam | VisionConfig | NotGiven = NOT_GIVEN,
        tools: list[ToolParam] | NotGiven = NOT_GIVEN,
        tool_choice: ToolChoiceParam | NotGiven = NOT_GIVEN,
        parallel_tool_calls: bool | NotGiven = NOT_GIVEN,
        n: int | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> ResponseContext[Stream[ChatCompletionChunk]]:
        """Create a chat completion

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
        stream_options: StreamOptionsParam | StreamOptions | NotGiven = NOT_GIVEN,
        max_completion_tokens: int | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        top_p: float | NotGiven = NOT_GIVEN,
        top_k: int | NotGiven = NOT_GIVEN,
        frequency_penalty: float | NotGiven = NOT_GIVEN,
        presence_penalty: float | NotGiven = NOT_GIVEN,
        response_format: ResponseFormatParam | NotGiven = NOT_GIVEN,
        regex: str | NotGiven = NOT_GIVEN,
        reasoning_effort: Literal["none", "minimal", "low", "medium", "high"]
        | ReasoningEffort
        | NotGiven = NOT_GIVEN,
        vision_config: VisionConfigParam | VisionConfig | NotGiven = NOT_GIVEN,
        tools: list[ToolParam] | NotGiven = NOT_GIVEN,
        tool_choice: ToolChoiceParam | NotGiven = NOT_GIVEN,
        parallel_tool_calls: bool | NotGiven = NOT_GIVEN,
        n: int | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> ResponseContext[ChatCompletion | Stream[ChatCompletionChunk]]:
        """Create a chat completion

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
        stream_options: StreamOptionsParam | StreamOptions | NotGiven = NOT_GIVEN,
        max_completion_tokens: int | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        top_p: float | NotGiven = NOT_GIVEN,
        top_k: int | NotGiven = NOT_GIVEN,
        frequency_penalty: float | NotGiven = NOT_GIVEN,
        presence_penalty: float | NotGiven = NOT_GIVEN,
        response_format: ResponseFormatParam | NotGiven = NOT_GIVEN,
        regex: str | NotGiven = NOT_GIVEN,
        reasoning_effort: Literal["none", "minimal", "low", "medium", "high"]
        | ReasoningEffort
        | NotGiven = NOT_GIVEN,
        vision_config: VisionConfigParam | VisionConfig | NotGiven = NOT_GIVEN,
        tools: list[ToolParam] | NotGiven = NOT_GIVEN,
        tool_choice: ToolChoiceParam | NotGiven = NOT_GIVEN,
        parallel_tool_calls: bool | NotGiven = NOT_GIVEN,
        n: int | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> ResponseContext[ChatCompletion | Stream[ChatCompletionChunk]]:
        """Create a chat completion

        The arguments are those of `ChatCompletionsResource.create`.

        Returns:
            `ResponseContext[ChatCompletion | Stream[ChatCompletionChunk]]`: the call is sent on entering its `with`
            block, and the body is read only when asked for; `parse()` gives the `ChatCompletion | Stream[ChatCompletionChunk]`.
        """

        call = _chat_completions_create(
            model,
            messages,
            stream,
            stream_options,
            max_completion_tokens,
            temperature,
            top_p,
            top_k,
            frequency_penalty,
            presence_penalty,
            response_format,
            regex,
            reasoning_effort,
            vision_config,
            tools,
            tool_choice,
            parallel_tool_calls,
            n,
            _runtime.options(
                extra_headers, extra_query, timeout, max_retries, extra_body=extra_body
            ),
        )
        if stream is True:
            return self._client.streaming(
                call, self._client.streamer(_CHAT_COMPLETIONS_CREATE_STREAM)
            )
        return self._client.streaming(call, self._client.parser(call))

    def multilook(
        self,
        *,
        model: str,
        context: list[ChatMessageParam],
        prompts: list[str | MultilookPromptParam | MultilookPrompt],
        n: int | NotGiven = NOT_GIVEN,
        max_completion_tokens: int | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        top_p: float | NotGiven = NOT_GIVEN,
        top_k: int | NotGiven = NOT_GIVEN,
        frequency_penalty: float | NotGiven = NOT_GIVEN,
        presence_penalty: float | NotGiven = NOT_GIVEN,
        reasoning_effort: Literal["none", "minimal", "low", "medium", "high"]
        | ReasoningEffort
        | NotGiven = NOT_GIVEN,
        vision_config: VisionConfigParam | VisionConfig | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> ResponseContext[MultilookCompletion]:
        """Answer several prompts against one context

        The arguments are those of `ChatCompletionsResource.multilook`.

        Returns:
            `ResponseContext[MultilookCompletion]`: the call is sent on entering its `with`
            block, and the body is read only when asked for; `parse()` gives the `MultilookCompletion`.
        """

        call = _chat_completions_multilook(
            model,
            context,
            prompts,
            n,
            max_completion_tokens,
            temperature,
            top_p,
            top_k,
            frequency_penalty,
            presence_penalty,
            reasoning_effort,
            vision_config,
            _runtime.options(
                extra_headers, extra_query, timeout, max_retries, extra_body=extra_body
            ),
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
        stream_options: StreamOptionsParam | StreamOptions | NotGiven = NOT_GIVEN,
        max_completion_tokens: int | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        top_p: float | NotGiven = NOT_GIVEN,
        top_k: int | NotGiven = NOT_GIVEN,
        frequency_penalty: float | NotGiven = NOT_GIVEN,
        presence_penalty: float | NotGiven = NOT_GIVEN,
        response_format: ResponseFormatParam | NotGiven = NOT_GIVEN,
        regex: str | NotGiven = NOT_GIVEN,
        reasoning_effort: Literal["none", "minimal", "low", "medium", "high"]
        | ReasoningEffort
        | NotGiven = NOT_GIVEN,
        vision_config: VisionConfigParam | VisionConfig | NotGiven = NOT_GIVEN,
        tools: list[ToolParam] | NotGiven = NOT_GIVEN,
        tool_choice: ToolChoiceParam | NotGiven = NOT_GIVEN,
        parallel_tool_calls: bool | NotGiven = NOT_GIVEN,
        n: int | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> ChatCompletion:
        """Create a chat completion

        Fully compatible with OpenAI's chat completions, with text and multimodal
        input: images on every model, video on perceptron-mk1 and later. With
        `stream=True` the answer arrives as Server-Sent Events, ending with `data:
        [DONE]`; an error in the middle of a stream raises `APIStreamError`.

        Args:
            model: The model to use, such as `perceptron-mk1.5`, `perceptron-mk1`,
                `isaac-0.2-2b-preview` or `isaac-0.1`.
                Example: `"perceptron-mk1.5"`.
            messages: The conversation so far.
                Example: `[{"role": "user", "content": [{"type": "image_url", "image_url": {"url":
        "https://example.com/street.jpg"}}, {"type": "text", "text": "How many cars
        are in this image?"}]}]`.
                Constraints: min_length=1.
            stream: If true, the answer is streamed as Server-Sent Events; if false or omitted,
                it comes as one JSON response.
            stream_options: Options for a streamed answer.
            max_completion_tokens: The most tokens the answer may have, reasoning included. Limits depend on
                the model.
                Constraints: ge=0.
            temperature: Sampling temperature. Leave it unset: the default is 0.0. Higher values
                (0.7) suit creative tasks.
                Constraints: ge=0, le=2.
            top_p: Nucleus sampling probability mass.
                Constraints: gt=0, le=1.
            top_k: Sample from the k most likely tokens. From Perceptron's official SDK.
            frequency_penalty: Penalizes tokens by how often they already appeared.
                Constraints: ge=-2, le=2.
            presence_penalty: Penalizes tokens that already appeared.
                Constraints: ge=-2, le=2.
            response_format: `{"type": "json_schema", "json_schema": {...}}` turns on Structured Outputs.
                It cannot be combined with `regex` or with tools.
            regex: A regular expression the answer must match. It cannot be combined with
                `response_format` or with tools. From Perceptron's official SDK.
                Constraints: min_length=1.
            reasoning_effort: How much the model reasons before it answers.
            vision_config: Grounding and thinking options (perceptron-mk1 and later).
            tools: Tools the model may call.
            tool_choice: Whether and which tool the model calls. Perceptron's official SDK says only
                `auto` and `none` are accepted.
            parallel_tool_calls: Let the model call several tools at once.
            n: inferred: OpenAI-compatible. How many answers to generate; Perceptron's
                official SDK says only 1 is accepted.
                Constraints: ge=1.

        Returns:
            `ChatCompletion`

        With `stream=True`, the events as they arrive (`ChatCompletionChunk` each):
        iterate over the stream, or use it as a context manager.

        Rate limit: 300 requests per minute; the client waits for a free slot
        instead of drawing a 429 (turn off with `rate_limit=False`).

        Docs: https://docs.perceptron.inc/isaac-0.2/api-reference/endpoint/chat-completions
        """

    @overload
    async def create(
        self,
        *,
        model: str,
        messages: list[ChatMessageParam],
        stream: Literal[True],
        stream_options: StreamOptionsParam | StreamOptions | NotGiven = NOT_GIVEN,
        max_completion_tokens: int | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        top_p: float | NotGiven = NOT_GIVEN,
        top_k: int | NotGiven = NOT_GIVEN,
        frequency_penalty: float | NotGiven = NOT_GIVEN,
        presence_penalty: float | NotGiven = NOT_GIVEN,
        response_format: ResponseFormatParam | NotGiven = NOT_GIVEN,
        regex: str | NotGiven = NOT_GIVEN,
        reasoning_effort: Literal["none", "minimal", "low", "medium", "high"]
        | ReasoningEffort
        | NotGiven = NOT_GIVEN,
        vision_config: VisionConfigParam | VisionConfig | NotGiven = NOT_GIVEN,
        tools: list[ToolParam] | NotGiven = NOT_GIVEN,
        tool_choice: ToolChoiceParam | NotGiven = NOT_GIVEN,
        parallel_tool_calls: bool | NotGiven = NOT_GIVEN,
        n: int | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> AsyncStream[ChatCompletionChunk]:
        """Create a chat completion

        Fully compatible with OpenAI's chat completions, with text and multimodal
        input: images on every model, video on perceptron-mk1 and later. With
        `stream=True` the answer arrives as Server-Sent Events, ending with `data:
        [DONE]`; an error in the middle of a stream raises `APIStreamError`.

        Args:
            model: The model to use, such as `perceptron-mk1.5`, `perceptron-mk1`,
                `isaac-0.2-2b-preview` or `isaac-0.1`.
                Example: `"perceptron-mk1.5"`.
            messages: The conversation so far.
                Example: `[{"role": "user", "content": [{"type": "image_url", "image_url": {"url":
        "https://example.com/street.jpg"}}, {"type": "text", "text": "How many cars
        are in this image?"}]}]`.
                Constraints: min_length=1.
            stream: If true, the answer is streamed as Server-Sent Events; if false or omitted,
                it comes as one JSON response.
            stream_options: Options for a streamed answer.
            max_completion_tokens: The most tokens the answer may have, reasoning included. Limits depend on
                the model.
                Constraints: ge=0.
            temperature: Sampling temperature. Leave it unset: the default is 0.0. Higher values
                (0.7) suit creative tasks.
                Constraints: ge=0, le=2.
            top_p: Nucleus sampling probability mass.
                Constraints: gt=0, le=1.
            top_k: Sample from the k most likely tokens. From Perceptron's official SDK.
            frequency_penalty: Penalizes tokens by how often they already appeared.
                Constraints: ge=-2, le=2.
            presence_penalty: Penalizes tokens that already appeared.
                Constraints: ge=-2, le=2.
            response_format: `{"type": "json_schema", "json_schema": {...}}` turns on Structured Outputs.
                It cannot be combined with `regex` or with tools.
            regex: A regular expression the answer must match. It cannot be combined with
                `response_format` or with tools. From Perceptron's official SDK.
                Constraints: min_length=1.
            reasoning_effort: How much the model reasons before it answers.
            vision_config: Grounding and thinking options (perceptron-mk1 and later).
            tools: Tools the model may call.
            tool_choice: Whether and which tool the model calls. Perceptron's official SDK says only
                `auto` and `none` are accepted.
            parallel_tool_calls: Let the model call several tools at once.
            n: inferred: OpenAI-compatible. How many answers to generate; Perceptron's
                official SDK says only 1 is accepted.
                Constraints: ge=1.

        Returns:
            `AsyncStream[ChatCompletionChunk]`

        With `stream=True`, the events as they arrive (`ChatCompletionChunk` each):
        iterate over the stream, or use it as a context manager.

        Rate limit: 300 requests per minute; the client waits for a free slot
        instead of drawing a 429 (turn off with `rate_limit=False`).

        Docs: https://docs.perceptron.inc/isaac-0.2/api-reference/endpoint/chat-completions
        """

    @overload
    async def create(
        self,
        *,
        model: str,
        messages: list[ChatMessageParam],
        stream: bool,
        stream_options: StreamOptionsParam | StreamOptions | NotGiven = NOT_GIVEN,
        max_completion_tokens: int | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        top_p: float | NotGiven = NOT_GIVEN,
        top_k: int | NotGiven = NOT_GIVEN,
        frequency_penalty: float | NotGiven = NOT_GIVEN,
        presence_penalty: float | NotGiven = NOT_GIVEN,
        response_format: ResponseFormatParam | NotGiven = NOT_GIVEN,
        regex: str | NotGiven = NOT_GIVEN,
        reasoning_effort: Literal["none", "minimal", "low", "medium", "high"]
        | ReasoningEffort
        | NotGiven = NOT_GIVEN,
        vision_config: VisionConfigParam | VisionConfig | NotGiven = NOT_GIVEN,
        tools: list[ToolParam] | NotGiven = NOT_GIVEN,
        tool_choice: ToolChoiceParam | NotGiven = NOT_GIVEN,
        parallel_tool_calls: bool | NotGiven = NOT_GIVEN,
        n: int | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> ChatCompletion | AsyncStream[ChatCompletionChunk]:
        """Create a chat completion

        Fully compatible with OpenAI's chat completions, with text and multimodal
        input: images on every model, video on perceptron-mk1 and later. With
        `stream=True` the answer arrives as Server-Sent Events, ending with `data:
        [DONE]`; an error in the middle of a stream raises `APIStreamError`.

        Args:
            model: The model to use, such as `perceptron-mk1.5`, `perceptron-mk1`,
                `isaac-0.2-2b-preview` or `isaac-0.1`.
                Example: `"perceptron-mk1.5"`.
            messages: The conversation so far.
                Example: `[{"role": "user", "content": [{"type": "image_url", "image_url": {"url":
        "https://example.com/street.jpg"}}, {"type": "text", "text": "How many cars
        are in this image?"}]}]`.
                Constraints: min_length=1.
            stream: If true, the answer is streamed as Server-Sent Events; if false or omitted,
                it comes as one JSON response.
            stream_options: Options for a streamed answer.
            max_completion_tokens: The most tokens the answer may have, reasoning included. Limits depend on
                the model.
                Constraints: ge=0.
            temperature: Sampling temperature. Leave it unset: the default is 0.0. Higher values
                (0.7) suit creative tasks.
                Constraints: ge=0, le=2.
            top_p: Nucleus sampling probability mass.
                Constraints: gt=0, le=1.
            top_k: Sample from the k most likely tokens. From Perceptron's official SDK.
            frequency_penalty: Penalizes tokens by how often they already appeared.
                Constraints: ge=-2, le=2.
            presence_penalty: Penalizes tokens that already appeared.
                Constraints: ge=-2, le=2.
            response_format: `{"type": "json_schema", "json_schema": {...}}` turns on Structured Outputs.
                It cannot be combined with `regex` or with tools.
            regex: A regular expression the answer must match. It cannot be combined with
                `response_format` or with tools. From Perceptron's official SDK.
                Constraints: min_length=1.
            reasoning_effort: How much the model reasons before it answers.
            vision_config: Grounding and thinking options (perceptron-mk1 and later).
            tools: Tools the model may call.
            tool_choice: Whether and which tool the model calls. Perceptron's official SDK says only
                `auto` and `none` are accepted.
            parallel_tool_calls: Let the model call several tools at once.
            n: inferred: OpenAI-compatible. How many answers to generate; Perceptron's
                official SDK says only 1 is accepted.
                Constraints: ge=1.

        Returns:
            `ChatCompletion | AsyncStream[ChatCompletionChunk]`

        With `stream=True`, the events as they arrive (`ChatCompletionChunk` each):
        iterate over the stream, or use it as a context manager.

        Rate limit: 300 requests per minute; the client waits for a free slot
        instead of drawing a 429 (turn off with `rate_limit=False`).

        Docs: https://docs.perceptron.inc/isaac-0.2/api-reference/endpoint/chat-completions
        """

    async def create(
        self,
        *,
        model: str,
        messages: list[ChatMessageParam],
        stream: bool | NotGiven = NOT_GIVEN,
        stream_options: StreamOptionsParam | StreamOptions | NotGiven = NOT_GIVEN,
        max_completion_tokens: int | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        top_p: float | NotGiven = NOT_GIVEN,
        top_k: int | NotGiven = NOT_GIVEN,
        frequency_penalty: float | NotGiven = NOT_GIVEN,
        presence_penalty: float | NotGiven = NOT_GIVEN,
        response_format: ResponseFormatParam | NotGiven = NOT_GIVEN,
        regex: str | NotGiven = NOT_GIVEN,
        reasoning_effort: Literal["none", "minimal", "low", "medium", "high"]
        | ReasoningEffort
        | NotGiven = NOT_GIVEN,
        vision_config: VisionConfigParam | VisionConfig | NotGiven = NOT_GIVEN,
        tools: list[ToolParam] | NotGiven = NOT_GIVEN,
        tool_choice: ToolChoiceParam | NotGiven = NOT_GIVEN,
        parallel_tool_calls: bool | NotGiven = NOT_GIVEN,
        n: int | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> ChatCompletion | AsyncStream[ChatCompletionChunk]:
        """Create a chat completion

        Fully compatible with OpenAI's chat completions, with text and multimodal
        input: images on every model, video on perceptron-mk1 and later. With
        `stream=True` the answer arrives as Server-Sent Events, ending with `data:
        [DONE]`; an error in the middle of a stream raises `APIStreamError`.

        Args:
            model: The model to use, such as `perceptron-mk1.5`, `perceptron-mk1`,
                `isaac-0.2-2b-preview` or `isaac-0.1`.
                Example: `"perceptron-mk1.5"`.
            messages: The conversation so far.
                Example: `[{"role": "user", "content": [{"type": "image_url", "image_url": {"url":
        "https://example.com/street.jpg"}}, {"type": "text", "text": "How many cars
        are in this image?"}]}]`.
                Constraints: min_length=1.
            stream: If true, the answer is streamed as Server-Sent Events; if false or omitted,
                it comes as one JSON response.
            stream_options: Options for a streamed answer.
            max_completion_tokens: The most tokens the answer may have, reasoning included. Limits depend on
                the model.
                Constraints: ge=0.
            temperature: Sampling temperature. Leave it unset: the default is 0.0. Higher values
                (0.7) suit creative tasks.
                Constraints: ge=0, le=2.
            top_p: Nucleus sampling probability mass.
                Constraints: gt=0, le=1.
            top_k: Sample from the k most likely tokens. From Perceptron's official SDK.
            frequency_penalty: Penalizes tokens by how often they already appeared.
                Constraints: ge=-2, le=2.
            presence_penalty: Penalizes tokens that already appeared.
                Constraints: ge=-2, le=2.
            response_format: `{"type": "json_schema", "json_schema": {...}}` turns on Structured Outputs.
                It cannot be combined with `regex` or with tools.
            regex: A regular expression the answer must match. It cannot be combined with
                `response_format` or with tools. From Perceptron's official SDK.
                Constraints: min_length=1.
            reasoning_effort: How much the model reasons before it answers.
            vision_config: Grounding and thinking options (perceptron-mk1 and later).
            tools: Tools the model may call.
            tool_choice: Whether and which tool the model calls. Perceptron's official SDK says only
                `auto` and `none` are accepted.
            parallel_tool_calls: Let the model call several tools at once.
            n: inferred: OpenAI-compatible. How many answers to generate; Perceptron's
                official SDK says only 1 is accepted.
                Constraints: ge=1.

        Returns:
            `ChatCompletion | AsyncStream[ChatCompletionChunk]`

        With `stream=True`, the events as they arrive (`ChatCompletionChunk` each):
        iterate over the stream, or use it as a context manager.

        Rate limit: 300 requests per minute; the client waits for a free slot
        instead of drawing a 429 (turn off with `rate_limit=False`).

        Docs: https://docs.perceptron.inc/isaac-0.2/api-reference/endpoint/chat-completions
        """

        call = _chat_completions_create(
            model,
            messages,
            stream,
            stream_options,
            max_completion_tokens,
            temperature,
            top_p,
            top_k,
            frequency_penalty,
            presence_penalty,
            response_format,
            regex,
            reasoning_effort,
            vision_config,
            tools,
            tool_choice,
            parallel_tool_calls,
            n,
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

    async def multilook(
        self,
        *,
        model: str,
        context: list[ChatMessageParam],
        prompts: list[str | MultilookPromptParam | MultilookPrompt],
        n: int | NotGiven = NOT_GIVEN,
        max_completion_tokens: int | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        top_p: float | NotGiven = NOT_GIVEN,
        top_k: int | NotGiven = NOT_GIVEN,
        frequency_penalty: float | NotGiven = NOT_GIVEN,
        presence_penalty: float | NotGiven = NOT_GIVEN,
        reasoning_effort: Literal["none", "minimal", "low", "medium", "high"]
        | ReasoningEffort
        | NotGiven = NOT_GIVEN,
        vision_config: VisionConfigParam | VisionConfig | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> MultilookCompletion:
        """Answer several prompts against one context

        Answers up to 16 prompts, each against the same shared context, which is
        read once. Each result holds its prompt's answers or its error. For
        perceptron-mk1 and later; no streaming, tools or structured output. From
        Perceptron's official SDK (no docs page).

        Args:
            model: The model to use (perceptron-mk1 and later).
                Example: `"perceptron-mk1.5"`.
            context: The shared conversation every prompt is answered after. It may hold no tool
                messages or assistant tool calls; it is read once, and later reads bill at
                the cache-read rate.
                Example: `[{"role": "system", "content": "You are a precise video analyst."}, {"role":
        "user", "content": [{"type": "video_url", "video_url": {"url":
        "https://example.com/clip.mp4"}}]}]`.
            prompts: The prompts, each answered as a user message after the context, and never
                seeing each other.
                Example: `["Did a person enter the frame?", "Is it daytime?"]`.
                Constraints: max_length=16, min_length=1.
            n: Answers per prompt; `len(prompts) * n` may be at most 64. More than 1 needs
                a temperature above 0.
                Constraints: ge=1, le=8.
            max_completion_tokens: The most tokens each answer may have.
                Constraints: ge=0.
            temperature: Sampling temperature (default 0.0).
                Constraints: ge=0, le=2.
            top_p: Nucleus sampling probability mass.
                Constraints: gt=0, le=1.
            top_k: Sample from the k most likely tokens.
            frequency_penalty: Penalizes tokens by how often they already appeared.
                Constraints: ge=-2, le=2.
            presence_penalty: Penalizes tokens that already appeared.
                Constraints: ge=-2, le=2.
            reasoning_effort: How much the model reasons before it answers.
            vision_config: Grounding and thinking options.

        Returns:
            `MultilookCompletion`

        Rate limit: 300 requests per minute; the client waits for a free slot
        instead of drawing a 429 (turn off with `rate_limit=False`).
        """

        call = _chat_completions_multilook(
            model,
            context,
            prompts,
            n,
            max_completion_tokens,
            temperature,
            top_p,
            top_k,
            frequency_penalty,
            presence_penalty,
            reasoning_effort,
            vision_config,
            _runtime.options(
                extra_headers, extra_query, timeout, max_retries, extra_body=extra_body
            ),
        )
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
        stream_options: StreamOptionsParam | StreamOptions | NotGiven = NOT_GIVEN,
        max_completion_tokens: int | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        top_p: float | NotGiven = NOT_GIVEN,
        top_k: int | NotGiven = NOT_GIVEN,
        frequency_penalty: float | NotGiven = NOT_GIVEN,
        presence_penalty: float | NotGiven = NOT_GIVEN,
        response_format: ResponseFormatParam | NotGiven = NOT_GIVEN,
        regex: str | NotGiven = NOT_GIVEN,
        reasoning_effort: Literal["none", "minimal", "low", "medium", "high"]
        | ReasoningEffort
        | NotGiven = NOT_GIVEN,
        vision_config: VisionConfigParam | VisionConfig | NotGiven = NOT_GIVEN,
        tools: list[ToolParam] | NotGiven = NOT_GIVEN,
        tool_choice: ToolChoiceParam | NotGiven = NOT_GIVEN,
        parallel_tool_calls: bool | NotGiven = NOT_GIVEN,
        n: int | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> RawResponse[ChatCompletion]:
        """Create a chat completion

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
        stream_options: StreamOptionsParam | StreamOptions | NotGiven = NOT_GIVEN,
        max_completion_tokens: int | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        top_p: float | NotGiven = NOT_GIVEN,
        top_k: int | NotGiven = NOT_GIVEN,
        frequency_penalty: float | NotGiven = NOT_GIVEN,
        presence_penalty: float | NotGiven = NOT_GIVEN,
        response_format: ResponseFormatParam | NotGiven = NOT_GIVEN,
        regex: str | NotGiven = NOT_GIVEN,
        reasoning_effort: Literal["none", "minimal", "low", "medium", "high"]
        | ReasoningEffort
        | NotGiven = NOT_GIVEN,
        vision_config: VisionConfigParam | VisionConfig | NotGiven = NOT_GIVEN,
        tools: list[ToolParam] | NotGiven = NOT_GIVEN,
        tool_choice: ToolChoiceParam | NotGiven = NOT_GIVEN,
        parallel_tool_calls: bool | NotGiven = NOT_GIVEN,
        n: int | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> RawResponse[AsyncStream[ChatCompletionChunk]]:
        """Create a chat completion

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
        stream_options: StreamOptionsParam | StreamOptions | NotGiven = NOT_GIVEN,
        max_completion_tokens: int | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        top_p: float | NotGiven = NOT_GIVEN,
        top_k: int | NotGiven = NOT_GIVEN,
        frequency_penalty: float | NotGiven = NOT_GIVEN,
        presence_penalty: float | NotGiven = NOT_GIVEN,
        response_format: ResponseFormatParam | NotGiven = NOT_GIVEN,
        regex: str | NotGiven = NOT_GIVEN,
        reasoning_effort: Literal["none", "minimal", "low", "medium", "high"]
        | ReasoningEffort
        | NotGiven = NOT_GIVEN,
        vision_config: VisionConfigParam | VisionConfig | NotGiven = NOT_GIVEN,
        tools: list[ToolParam] | NotGiven = NOT_GIVEN,
        tool_choice: ToolChoiceParam | NotGiven = NOT_GIVEN,
        parallel_tool_calls: bool | NotGiven = NOT_GIVEN,
        n: int | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> RawResponse[ChatCompletion | AsyncStream[ChatCompletionChunk]]:
        """Create a chat completion

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
        stream_options: StreamOptionsParam | StreamOptions | NotGiven = NOT_GIVEN,
        max_completion_tokens: int | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        top_p: float | NotGiven = NOT_GIVEN,
        top_k: int | NotGiven = NOT_GIVEN,
        frequency_penalty: float | NotGiven = NOT_GIVEN,
        presence_penalty: float | NotGiven = NOT_GIVEN,
        response_format: ResponseFormatParam | NotGiven = NOT_GIVEN,
        regex: str | NotGiven = NOT_GIVEN,
        reasoning_effort: Literal["none", "minimal", "low", "medium", "high"]
        | ReasoningEffort
        | NotGiven = NOT_GIVEN,
        vision_config: VisionConfigParam | VisionConfig | NotGiven = NOT_GIVEN,
        tools: list[ToolParam] | NotGiven = NOT_GIVEN,
        tool_choice: ToolChoiceParam | NotGiven = NOT_GIVEN,
        parallel_tool_calls: bool | NotGiven = NOT_GIVEN,
        n: int | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> RawResponse[ChatCompletion | AsyncStream[ChatCompletionChunk]]:
        """Create a chat completion

        The arguments are those of `AsyncChatCompletionsResource.create`.

        Returns:
            `RawResponse[ChatCompletion | AsyncStream[ChatCompletionChunk]]`: the parsed body with the HTTP status, headers and timing.
        """

        call = _chat_completions_create(
            model,
            messages,
            stream,
            stream_options,
            max_completion_tokens,
            temperature,
            top_p,
            top_k,
            frequency_penalty,
            presence_penalty,
            response_format,
            regex,
            reasoning_effort,
            vision_config,
            tools,
            tool_choice,
            parallel_tool_calls,
            n,
            _runtime.options(
                extra_headers, extra_query, timeout, max_retries, extra_body=extra_body
            ),
        )
        if stream is True:
            return await self._client.request(
                call, self._client.streamer(_CHAT_COMPLETIONS_CREATE_STREAM)
            )
        return await self._client.request(call, self._client.parser(call))

    async def multilook(
        self,
        *,
        model: str,
        context: list[ChatMessageParam],
        prompts: list[str | MultilookPromptParam | MultilookPrompt],
        n: int | NotGiven = NOT_GIVEN,
        max_completion_tokens: int | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        top_p: float | NotGiven = NOT_GIVEN,
        top_k: int | NotGiven = NOT_GIVEN,
        frequency_penalty: float | NotGiven = NOT_GIVEN,
        presence_penalty: float | NotGiven = NOT_GIVEN,
        reasoning_effort: Literal["none", "minimal", "low", "medium", "high"]
        | ReasoningEffort
        | NotGiven = NOT_GIVEN,
        vision_config: VisionConfigParam | VisionConfig | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> RawResponse[MultilookCompletion]:
        """Answer several prompts against one context

        The arguments are those of `AsyncChatCompletionsResource.multilook`.

        Returns:
            `RawResponse[MultilookCompletion]`: the parsed body with the HTTP status, headers and timing.
        """

        call = _chat_completions_multilook(
            model,
            context,
            prompts,
            n,
            max_completion_tokens,
            temperature,
            top_p,
            top_k,
            frequency_penalty,
            presence_penalty,
            reasoning_effort,
            vision_config,
            _runtime.options(
                extra_headers, extra_query, timeout, max_retries, extra_body=extra_body
            ),
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
        stream_options: StreamOptionsParam | StreamOptions | NotGiven = NOT_GIVEN,
        max_completion_tokens: int | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        top_p: float | NotGiven = NOT_GIVEN,
        top_k: int | NotGiven = NOT_GIVEN,
        frequency_penalty: float | NotGiven = NOT_GIVEN,
        presence_penalty: float | NotGiven = NOT_GIVEN,
        response_format: ResponseFormatParam | NotGiven = NOT_GIVEN,
        regex: str | NotGiven = NOT_GIVEN,
        reasoning_effort: Literal["none", "minimal", "low", "medium", "high"]
        | ReasoningEffort
        | NotGiven = NOT_GIVEN,
        vision_config: VisionConfigParam | VisionConfig | NotGiven = NOT_GIVEN,
        tools: list[ToolParam] | NotGiven = NOT_GIVEN,
        tool_choice: ToolChoiceParam | NotGiven = NOT_GIVEN,
        parallel_tool_calls: bool | NotGiven = NOT_GIVEN,
        n: int | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> AsyncResponseContext[ChatCompletion]:
        """Create a chat completion

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
        stream_options: StreamOptionsParam | StreamOptions | NotGiven = NOT_GIVEN,
        max_completion_tokens: int | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        top_p: float | NotGiven = NOT_GIVEN,
        top_k: int | NotGiven = NOT_GIVEN,
        frequency_penalty: float | NotGiven = NOT_GIVEN,
        presence_penalty: float | NotGiven = NOT_GIVEN,
        response_format: ResponseFormatParam | NotGiven = NOT_GIVEN,
        regex: str | NotGiven = NOT_GIVEN,
        reasoning_effort: Literal["none", "minimal", "low", "medium", "high"]
        | ReasoningEffort
        | NotGiven = NOT_GIVEN,
        vision_config: VisionConfigParam | VisionConfig | NotGiven = NOT_GIVEN,
        tools: list[ToolParam] | NotGiven = NOT_GIVEN,
        tool_choice: ToolChoiceParam | NotGiven = NOT_GIVEN,
        parallel_tool_calls: bool | NotGiven = NOT_GIVEN,
        n: int | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> AsyncResponseContext[AsyncStream[ChatCompletionChunk]]:
        """Create a chat completion

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
        stream_options: StreamOptionsParam | StreamOptions | NotGiven = NOT_GIVEN,
        max_completion_tokens: int | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        top_p: float | NotGiven = NOT_GIVEN,
        top_k: int | NotGiven = NOT_GIVEN,
        frequency_penalty: float | NotGiven = NOT_GIVEN,
        presence_penalty: float | NotGiven = NOT_GIVEN,
        response_format: ResponseFormatParam | NotGiven = NOT_GIVEN,
        regex: str | NotGiven = NOT_GIVEN,
        reasoning_effort: Literal["none", "minimal", "low", "medium", "high"]
        | ReasoningEffort
        | NotGiven = NOT_GIVEN,
        vision_config: VisionConfigParam | VisionConfig | NotGiven = NOT_GIVEN,
        tools: list[ToolParam] | NotGiven = NOT_GIVEN,
        tool_choice: ToolChoiceParam | NotGiven = NOT_GIVEN,
        parallel_tool_calls: bool | NotGiven = NOT_GIVEN,
        n: int | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> AsyncResponseContext[ChatCompletion | AsyncStream[ChatCompletionChunk]]:
        """Create a chat completion

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
        stream_options: StreamOptionsParam | StreamOptions | NotGiven = NOT_GIVEN,
        max_completion_tokens: int | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        top_p: float | NotGiven = NOT_GIVEN,
        top_k: int | NotGiven = NOT_GIVEN,
        frequency_penalty: float | NotGiven = NOT_GIVEN,
        presence_penalty: float | NotGiven = NOT_GIVEN,
        response_format: ResponseFormatParam | NotGiven = NOT_GIVEN,
        regex: str | NotGiven = NOT_GIVEN,
        reasoning_effort: Literal["none", "minimal", "low", "medium", "high"]
        | ReasoningEffort
        | NotGiven = NOT_GIVEN,
        vision_config: VisionConfigParam | VisionConfig | NotGiven = NOT_GIVEN,
        tools: list[ToolParam] | NotGiven = NOT_GIVEN,
        tool_choice: ToolChoiceParam | NotGiven = NOT_GIVEN,
        parallel_tool_calls: bool | NotGiven = NOT_GIVEN,
        n: int | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> AsyncResponseContext[ChatCompletion | AsyncStream[ChatCompletionChunk]]:
        """Create a chat completion

        The arguments are those of `AsyncChatCompletionsResource.create`.

        Returns:
            `AsyncResponseContext[ChatCompletion | AsyncStream[ChatCompletionChunk]]`: the call is sent on entering its `async with`
            block, and the body is read only when asked for; `parse()` gives the `ChatCompletion | AsyncStream[ChatCompletionChunk]`.
        """

        call = _chat_completions_create(
            model,
            messages,
            stream,
            stream_options,
            max_completion_tokens,
            temperature,
            top_p,
            top_k,
            frequency_penalty,
            presence_penalty,
            response_format,
            regex,
            reasoning_effort,
            vision_config,
            tools,
            tool_choice,
            parallel_tool_calls,
            n,
            _runtime.options(
                extra_headers, extra_query, timeout, max_retries, extra_body=extra_body
            ),
        )
        if stream is True:
            return self._client.streaming(
                call, self._client.streamer(_CHAT_COMPLETIONS_CREATE_STREAM)
            )
        return self._client.streaming(call, self._client.parser(call))

    def multilook(
        self,
        *,
        model: str,
        context: list[ChatMessageParam],
        prompts: list[str | MultilookPromptParam | MultilookPrompt],
        n: int | NotGiven = NOT_GIVEN,
        max_completion_tokens: int | NotGiven = NOT_GIVEN,
        temperature: float | NotGiven = NOT_GIVEN,
        top_p: float | NotGiven = NOT_GIVEN,
        top_k: int | NotGiven = NOT_GIVEN,
        frequency_penalty: float | NotGiven = NOT_GIVEN,
        presence_penalty: float | NotGiven = NOT_GIVEN,
        reasoning_effort: Literal["none", "minimal", "low", "medium", "high"]
        | ReasoningEffort
        | NotGiven = NOT_GIVEN,
        vision_config: VisionConfigParam | VisionConfig | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
    ) -> AsyncResponseContext[MultilookCompletion]:
        """Answer several prompts against one context

        The arguments are those of `AsyncChatCompletionsResource.multilook`.

        Returns:
            `AsyncResponseContext[MultilookCompletion]`: the call is sent on entering its `async with`
            block, and the body is read only when asked for; `parse()` gives the `MultilookCompletion`.
        """

        call = _chat_completions_multilook(
            model,
            context,
            prompts,
            n,
            max_completion_tokens,
            temperature,
            top_p,
            top_k,
            frequency_penalty,
            presence_penalty,
            reasoning_effort,
            vision_config,
            _runtime.options(
                extra_headers, extra_query, timeout, max_retries, extra_body=extra_body
            ),
        )
        return self._client.streaming(call, self._client.parser(call))
