# Generated from spec/compilelabs.yaml by clientgen 0.1.0. Do not edit.
"""`TextConfig` of the CompileLabs API."""

from __future__ import annotations

from typing import Required, TypedDict

from pydantic import Field

from ._base import BaseModel


class TextConfig(BaseModel):
    """The form of the text output; the docs show `{"type": "text"}`."""

    type: str = Field(..., examples=["text"])
    """The output format, `text`."""


class TextConfigParam(TypedDict, total=False):
    """`TextConfig` as a plain dict, for requests: its fields by wire name."""

    type: Required[str]


__all__ = [
    "TextConfig",
    "TextConfigParam",
]
