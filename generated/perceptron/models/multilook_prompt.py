# Generated from spec/perceptron.yaml by clientgen 0.1.0. Do not edit.
"""`MultilookPrompt` of the Perceptron API."""

from __future__ import annotations

from typing import Required, TypedDict

from pydantic import Field

from ._base import BaseModel
from .content_part import ContentPart, ContentPartParam


class MultilookPrompt(BaseModel):
    """A prompt made of text and media parts."""

    content: list[ContentPart] = Field(..., min_length=1)
    """The prompt's parts."""


class MultilookPromptParam(TypedDict, total=False):
    """`MultilookPrompt` as a plain dict, for requests: its fields by wire name."""

    content: Required[list[ContentPartParam]]


__all__ = [
    "MultilookPrompt",
    "MultilookPromptParam",
]
