# Generated from spec/compilelabs.yaml by clientgen 0.1.0. Do not edit.
"""`DeveloperMessage` of the CompileLabs API."""

from __future__ import annotations

from typing import Literal, Required, TypedDict

from pydantic import Field

from ._base import BaseModel
from .text_part import TextPart, TextPartParam


class DeveloperMessage(BaseModel):
    """Instructions from the developer."""

    role: Literal["developer"]
    content: str | list[TextPart] = Field(..., examples=["How can I help you today?"])
    """The message."""
    name: str | None = Field(default=None, examples=["jane_doe"])
    """A name for the participant."""


class DeveloperMessageParam(TypedDict, total=False):
    """`DeveloperMessage` as a plain dict, for requests: its fields by wire name."""

    role: Required[Literal["developer"]]
    content: Required[str | list[TextPartParam | TextPart]]
    name: str


__all__ = [
    "DeveloperMessage",
    "DeveloperMessageParam",
]
