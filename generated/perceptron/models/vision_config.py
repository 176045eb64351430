# Generated from spec/perceptron.yaml by clientgen 0.1.0. Do not edit.
"""`VisionConfig` of the Perceptron API."""

from __future__ import annotations

from typing import Literal, TypedDict

from ._base import BaseModel
from .annotation_format import AnnotationFormat
from .vision_internal_tools import VisionInternalTools, VisionInternalToolsParam


class VisionConfig(BaseModel):
    """Grounding and thinking options of perceptron-mk1 and later (Isaac models
    take hints in the system message instead).

    Docs:
    https://docs.perceptron.inc/perceptron-mk1/api-reference/endpoint/chat-completions
    """

    annotation_format: AnnotationFormat | None = None
    """The kind of annotation the model emits (`clip` is for video only)."""
    enable_thinking: bool | None = None
    """Let the model think before it answers. Perceptron's official SDK marks it
    deprecated in favour of `reasoning_effort`.
    """
    internal_tools: VisionInternalTools | None = None
    """Built-in tools (see `VisionInternalTools.focus`)."""
    enable_audio_in_video: bool | None = None
    """Use a video's audio track. From Perceptron's official SDK."""


class VisionConfigParam(TypedDict, total=False):
    """`VisionConfig` as a plain dict, for requests: its fields by wire name."""

    annotation_format: Literal["point", "box", "polygon", "clip"] | AnnotationFormat
    enable_thinking: bool
    internal_tools: VisionInternalToolsParam | VisionInternalTools
    enable_audio_in_video: bool


__all__ = [
    "VisionConfig",
    "VisionConfigParam",
]
