# Generated from spec/compilelabs.yaml by clientgen 0.1.0. Do not edit.
"""`ResponseFormatJsonObject` of the CompileLabs API."""

from __future__ import annotations

from typing import Literal, Required, TypedDict

from ._base import BaseModel


class ResponseFormatJsonObject(BaseModel):
    """Any JSON object. inferred: OpenAI-compatible."""

    type: Literal["json_object"]


class ResponseFormatJsonObjectParam(TypedDict, total=False):
    """`ResponseFormatJsonObject` as a plain dict, for requests: its fields by wire name."""

    type: Required[Literal["json_object"]]


__all__ = [
    "ResponseFormatJsonObject",
    "ResponseFormatJsonObjectParam",
]
