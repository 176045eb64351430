# Generated from spec/compilelabs.yaml by clientgen 0.1.0. Do not edit.
"""`UserMessage` of the CompileLabs API."""

from __future__ import annotations

from typing import Literal, Required, TypedDict

from ._base import BaseModel
from .content_part import ContentPart, ContentPartParam


class UserMessage(BaseModel):
    """A message from the user. inferred: OpenAI-compatible."""

    role: Literal["user"]
    content: str | list[ContentPart]
    """The message, as text or as text and image parts."""
    name: str | None = None
    """A name for the participant."""


class UserMessageParam(TypedDict, total=False):
    """`UserMessage` as a plain dict, for requests: its fields by wire name."""

    role: Required[Literal["user"]]
    content: Required[str | list[ContentPartParam]]
    name: str


__all__ = [
    "UserMessage",
    "UserMessageParam",
]
