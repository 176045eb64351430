# Generated from spec/compilelabs.yaml by clientgen 0.1.0. Do not edit.
"""`TextPart` of the CompileLabs API."""

from __future__ import annotations

from typing import Literal, Required, TypedDict

from ._base import BaseModel


class TextPart(BaseModel):
    """Text. inferred: OpenAI-compatible."""

    type: Literal["text"]
    text: str
    """The text."""


class TextPartParam(TypedDict, total=False):
    """`TextPart` as a plain dict, for requests: its fields by wire name."""

    type: Required[Literal["text"]]
    text: Required[str]


__all__ = [
    "TextPart",
    "TextPartParam",
]
