# Generated from spec/compilelabs.yaml by clientgen 0.1.0. Do not edit.
"""`SystemMessage` of the CompileLabs API."""

from __future__ import annotations

from typing import Literal, Required, TypedDict

from ._base import BaseModel
from .text_part import TextPart, TextPartParam


class SystemMessage(BaseModel):
    """Instructions for the model. inferred: OpenAI-compatible."""

    role: Literal["system"]
    content: str | list[TextPart]
    """The instructions."""
    name: str | None = None
    """A name for the participant."""


class SystemMessageParam(TypedDict, total=False):
    """`SystemMessage` as a plain dict, for requests: its fields by wire name."""

    role: Required[Literal["system"]]
    content: Required[str | list[TextPartParam | TextPart]]
    name: str


__all__ = [
    "SystemMessage",
    "SystemMessageParam",
]
