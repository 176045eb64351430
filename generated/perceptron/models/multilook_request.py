# Generated from spec/perceptron.yaml by clientgen 0.1.0. Do not edit.
"""`MultilookRequest` of the Perceptron API."""

from __future__ import annotations

from pydantic import Field

from ._base import BaseModel
from .chat_message import ChatMessage
from .multilook_prompt import MultilookPrompt
from .reasoning_effort import ReasoningEffort
from .vision_config import VisionConfig


class MultilookRequest(BaseModel):
    """The body of a multilook request: several prompts answered against one shared
    context. From Perceptron's official SDK.
    """

    model: str = Field(..., examples=["perceptron-mk1.5"])
    """The model to use (perceptron-mk1 and later)."""
    context: list[ChatMessage] = Field(
        ...,
        examples=[
            [
                {"role": "system", "content": "You are a precise video analyst."},
                {
                    "role": "user",
                    "content": [
                        {"type": "video_url", "video_url": {"url": "https://example.com/clip.mp4"}}
                    ],
                },
            ]
        ],
    )
    """The shared conversation every prompt is answered after. It may hold no tool
    messages or assistant tool calls; it is read once, and later reads bill at
    the cache-read rate.
    """
    prompts: list[str | MultilookPrompt] = Field(
        ...,
        max_length=16,
        min_length=1,
        examples=[["Did a person enter the frame?", "Is it daytime?"]],
    )
    """The prompts, each answered as a user message after the context, and never
    seeing each other.
    """
    n: int | None = Field(default=None, ge=1, le=8)
    """Answers per prompt; `len(prompts) * n` may be at most 64. More than 1 needs
    a temperature above 0.
    """
    max_completion_tokens: int | None = Field(default=None, ge=0)
    """The most tokens each answer may have."""
    temperature: float | None = Field(default=None, ge=0, le=2)
    """Sampling temperature (default 0.0)."""
    top_p: float | None = Field(default=None, gt=0, le=1)
    """Nucleus sampling probability mass."""
    top_k: int | None = None
    """Sample from the k most likely tokens."""
    frequency_penalty: float | None = Field(default=None, ge=-2, le=2)
    """Penalizes tokens by how often they already appeared."""
    presence_penalty: float | None = Field(default=None, ge=-2, le=2)
    """Penalizes tokens that already appeared."""
    reasoning_effort: ReasoningEffort | None = None
    """How much the model reasons before it answers."""
    vision_config: VisionConfig | None = None
    """Grounding and thinking options."""


__all__ = [
    "MultilookRequest",
]
