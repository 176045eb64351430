# Generated from spec/compilelabs.yaml by clientgen 0.1.0. Do not edit.
"""`InputText` of the CompileLabs API."""

from __future__ import annotations

from typing import Literal, Required, TypedDict

from ._base import BaseModel


class InputText(BaseModel):
    """Text input. inferred: OpenAI-compatible."""

    type: Literal["input_text"]
    text: str
    """The text."""


class InputTextParam(TypedDict, total=False):
    """`InputText` as a plain dict, for requests: its fields by wire name."""

    type: Required[Literal["input_text"]]
    text: Required[str]


__all__ = [
    "InputText",
    "InputTextParam",
]
