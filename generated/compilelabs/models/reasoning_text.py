# Generated from spec/compilelabs.yaml by clientgen 0.1.0. Do not edit.
"""`ReasoningText` of the CompileLabs API."""

from __future__ import annotations

from typing import Literal, Required, TypedDict

from ._base import BaseModel


class ReasoningText(BaseModel):
    """A piece of reasoning."""

    type: Literal["reasoning_text"]
    text: str
    """The reasoning text."""


class ReasoningTextParam(TypedDict, total=False):
    """`ReasoningText` as a plain dict, for requests: its fields by wire name."""

    type: Required[Literal["reasoning_text"]]
    text: Required[str]


__all__ = [
    "ReasoningText",
    "ReasoningTextParam",
]
