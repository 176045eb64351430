# Generated from spec/compilelabs.yaml by clientgen 0.1.0. Do not edit.
"""`SummaryText` of the CompileLabs API."""

from __future__ import annotations

from typing import Literal, Required, TypedDict

from ._base import BaseModel


class SummaryText(BaseModel):
    """A piece of a reasoning summary."""

    type: Literal["summary_text"]
    text: str
    """The summary text."""


class SummaryTextParam(TypedDict, total=False):
    """`SummaryText` as a plain dict, for requests: its fields by wire name."""

    type: Required[Literal["summary_text"]]
    text: Required[str]


__all__ = [
    "SummaryText",
    "SummaryTextParam",
]
