# Generated from spec/compilelabs.yaml by clientgen 0.1.0. Do not edit.
"""`ChatCompletionRequest` of the CompileLabs API."""

from __future__ import annotations

from pydantic import Field

from ._base import BaseModel
from .chat_message import ChatMessage
from .function_tool import FunctionTool
from .response_format import ResponseFormat
from .tool_choice import ToolChoice


class ChatCompletionRequest(BaseModel):
    """The body of a chat completion request.

    Docs:
    https://docs.compilelabs.com/api-reference/llm/openai-compatible-chat-completions-api
    """

    model: str = Field(
        ...,
        max_length=255,
        min_length=3,
        examples=["meta/llama-4-scout", "moonshotai/kimi-k2-0905"],
    )
    """The model to use. Refer to the model guide to browse and compare available
    models.
    """
    messages: list[ChatMessage] = Field(
        ...,
        min_length=1,
        examples=[
            [
                {"role": "developer", "content": "Answer in one sentence."},
                {"role": "user", "content": "What is the capital of France?"},
            ]
        ],
    )
    """The conversation so far."""
    stream: bool | None = Field(default=None, examples=[False])
    """If true, the answer is streamed as Server-Sent Events."""
    tool_choice: ToolChoice | None = None
    """Whether and which tool the model calls: `none` (the default without tools),
    `auto` (the default with tools), `required`, or a named function.
    """
    tools: list[FunctionTool] | None = None
    """Tools the model may call; only functions are supported."""
    parallel_tool_calls: bool | None = None
    """Let the model call several tools at once."""
    max_completion_tokens: int | None = Field(default=None, gt=1, examples=[1024])
    """The most tokens the answer may have, visible and reasoning tokens together."""
    temperature: float | None = Field(default=None, ge=0, le=2, examples=[0.7])
    """Sampling temperature."""
    top_p: float | None = Field(default=None, examples=[0.9])
    """Nucleus sampling probability mass."""
    response_format: ResponseFormat | None = None
    """The form of the answer."""


__all__ = [
    "ChatCompletionRequest",
]
