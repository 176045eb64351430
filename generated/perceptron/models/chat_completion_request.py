# Generated from spec/perceptron.yaml by clientgen 0.1.0. Do not edit.
"""`ChatCompletionRequest` of the Perceptron API."""

from __future__ import annotations

from pydantic import Field

from ._base import BaseModel
from .chat_message import ChatMessage
from .reasoning_effort import ReasoningEffort
from .response_format import ResponseFormat
from .stream_options import StreamOptions
from .tool import Tool
from .tool_choice import ToolChoice
from .vision_config import VisionConfig


class ChatCompletionRequest(BaseModel):
    """The body of a chat completion request."""

    model: str = Field(..., examples=["perceptron-mk1.5"])
    """The model to use, such as `perceptron-mk1.5`, `perceptron-mk1`,
    `isaac-0.2-2b-preview` or `isaac-0.1`.
    """
    messages: list[ChatMessage] = Field(
        ...,
        min_length=1,
        examples=[
            [
                {
                    "role": "user",
                    "content": [
                        {
                            "type": "image_url",
                            "image_url": {"url": "https://example.com/street.jpg"},
                        },
                        {"type": "text", "text": "How many cars are in this image?"},
                    ],
                }
            ]
        ],
    )
    """The conversation so far."""
    stream: bool | None = None
    """If true, the answer is streamed as Server-Sent Events; if false or omitted,
    it comes as one JSON response.
    """
    stream_options: StreamOptions | None = None
    """Options for a streamed answer."""
    max_completion_tokens: int | None = Field(default=None, ge=0)
    """The most tokens the answer may have, reasoning included. Limits depend on
    the model.
    """
    temperature: float | None = Field(default=None, ge=0, le=2)
    """Sampling temperature. Leave it unset: the default is 0.0. Higher values
    (0.7) suit creative tasks.
    """
    top_p: float | None = Field(default=None, gt=0, le=1)
    """Nucleus sampling probability mass."""
    top_k: int | None = None
    """Sample from the k most likely tokens. From Perceptron's official SDK."""
    frequency_penalty: float | None = Field(default=None, ge=-2, le=2)
    """Penalizes tokens by how often they already appeared."""
    presence_penalty: float | None = Field(default=None, ge=-2, le=2)
    """Penalizes tokens that already appeared."""
    response_format: ResponseFormat | None = None
    """`{"type": "json_schema", "json_schema": {...}}` turns on Structured Outputs.
    It cannot be combined with `regex` or with tools.
    """
    regex: str | None = Field(default=None, min_length=1)
    """A regular expression the answer must match. It cannot be combined with
    `response_format` or with tools. From Perceptron's official SDK.
    """
    reasoning_effort: ReasoningEffort | None = None
    """How much the model reasons before it answers."""
    vision_config: VisionConfig | None = None
    """Grounding and thinking options (perceptron-mk1 and later)."""
    tools: list[Tool] | None = None
    """Tools the model may call."""
    tool_choice: ToolChoice | None = None
    """Whether and which tool the model calls. Perceptron's official SDK says only
    `auto` and `none` are accepted.
    """
    parallel_tool_calls: bool | None = None
    """Let the model call several tools at once."""
    n: int | None = Field(default=None, ge=1)
    """inferred: OpenAI-compatible. How many answers to generate; Perceptron's
    official SDK says only 1 is accepted.
    """


__all__ = [
    "ChatCompletionRequest",
]
