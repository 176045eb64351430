# Generated from spec/perceptron.yaml by clientgen 0.1.0. Do not edit.
"""`ResponseFormatJsonObject` of the Perceptron API."""

from __future__ import annotations

from typing import Literal, Required, TypedDict

from ._base import BaseModel


class ResponseFormatJsonObject(BaseModel):
    """inferred: OpenAI-compatible. Any JSON object. Perceptron's official SDK says
    the API rejects it (`unsupported_response_format`).
    """

    type: Literal["json_object"]


class ResponseFormatJsonObjectParam(TypedDict, total=False):
    """`ResponseFormatJsonObject` as a plain dict, for requests: its fields by wire name."""

    type: Required[Literal["json_object"]]


__all__ = [
    "ResponseFormatJsonObject",
    "ResponseFormatJsonObjectParam",
]
