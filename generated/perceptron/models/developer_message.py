# Generated from spec/perceptron.yaml by clientgen 0.1.0. Do not edit.
"""`DeveloperMessage` of the Perceptron API."""

from __future__ import annotations

from typing import Literal, Required, TypedDict

from ._base import BaseModel
from .text_part import TextPart, TextPartParam


class DeveloperMessage(BaseModel):
    """Instructions from the developer, as OpenAI's `developer` role. The docs list
    the roles system, user and assistant; Perceptron's official SDK also sends
    developer and tool.
    """

    role: Literal["developer"]
    content: str | list[TextPart]
    """The instructions, as text or as text parts."""
    name: str | None = None
    """inferred: OpenAI-compatible. A name for the participant."""


class DeveloperMessageParam(TypedDict, total=False):
    """`DeveloperMessage` as a plain dict, for requests: its fields by wire name."""

    role: Required[Literal["developer"]]
    content: Required[str | list[TextPartParam | TextPart]]
    name: str


__all__ = [
    "DeveloperMessage",
    "DeveloperMessageParam",
]
