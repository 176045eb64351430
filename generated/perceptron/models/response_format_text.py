# Generated from spec/perceptron.yaml by clientgen 0.1.0. Do not edit.
"""`ResponseFormatText` of the Perceptron API."""

from __future__ import annotations

from typing import Literal, Required, TypedDict

from ._base import BaseModel


class ResponseFormatText(BaseModel):
    """Plain text (the default)."""

    type: Literal["text"]


class ResponseFormatTextParam(TypedDict, total=False):
    """`ResponseFormatText` as a plain dict, for requests: its fields by wire name."""

    type: Required[Literal["text"]]


__all__ = [
    "ResponseFormatText",
    "ResponseFormatTextParam",
]
