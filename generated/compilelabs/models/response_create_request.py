# Generated from spec/compilelabs.yaml by clientgen 0.1.0. Do not edit.
"""`ResponseCreateRequest` of the CompileLabs API."""

from __future__ import annotations

from pydantic import Field

from ._base import BaseModel
from .input_item import InputItem
from .reasoning_config import ReasoningConfig
from .response_function_tool import ResponseFunctionTool
from .text_config import TextConfig
from .tool_choice_mode import ToolChoiceMode


class ResponseCreateRequest(BaseModel):
    """Request model for creating a response.

    Docs:
    https://docs.compilelabs.com/api-reference/llm/openai-compatible-responses-api
    """

    model: str = Field(..., max_length=255, min_length=1, examples=["moonshotai/kimi-k2"])
    """The model to use."""
    input: str | list[InputItem] = Field(..., examples=["Write a haiku about compilers."])
    """The input: text, or a list of input items, which may include earlier
    responses' output, reasoning from previous turns included.
    """
    instructions: str | None = Field(
        default=None, max_length=32000, examples=["You are a helpful AI assistant."]
    )
    """Instructions for the model."""
    max_output_tokens: int | None = Field(default=None, gt=0, examples=[1024])
    """The most tokens the output may have."""
    temperature: float | None = Field(default=None, ge=0, le=2, examples=[0.7])
    """Sampling temperature."""
    top_p: float | None = Field(default=None, ge=0, le=1, examples=[0.9])
    """Nucleus sampling probability mass."""
    tools: list[ResponseFunctionTool] | None = None
    """Tools the model may call."""
    tool_choice: ToolChoiceMode | None = None
    """Whether the model calls tools."""
    parallel_tool_calls: bool | None = None
    """Let the model call several tools at once."""
    stream: bool | None = None
    """If true, the response is streamed as Server-Sent Events."""
    text: TextConfig | None = None
    """The form of the text output."""
    reasoning: ReasoningConfig | None = Field(
        default=None, examples=[{"effort": "medium", "summary": "auto"}]
    )
    """Reasoning options."""


__all__ = [
    "ResponseCreateRequest",
]
