# Generated from golden/acme.yaml (API version 2026-11-01) by clientgen 0.1.0. Do not edit.
"""`TextPart` of the Acme API."""

from __future__ import annotations

from typing import Literal, Required, TypedDict

from ._base import BaseModel


class TextPart(BaseModel):
    """Text in a message."""

    type: Literal["text"]
    text: str


class TextPartParam(TypedDict, total=False):
    """`TextPart` as a plain dict, for requests: its fields by wire name."""

    type: Required[Literal["text"]]
    text: Required[str]


__all__ = [
    "TextPart",
    "TextPartParam",
]
