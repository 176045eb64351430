# Generated from spec/perceptron.yaml by clientgen 0.1.0. Do not edit.
"""`ResponseFormatJsonSchema` of the Perceptron API."""

from __future__ import annotations

from typing import Literal, Required, TypedDict

from ._base import BaseModel
from .json_schema_format import JsonSchemaFormat, JsonSchemaFormatParam


class ResponseFormatJsonSchema(BaseModel):
    """Structured Outputs, following a JSON Schema.

    Docs: https://docs.perceptron.inc/capabilities/structured-outputs
    """

    type: Literal["json_schema"]
    json_schema: JsonSchemaFormat


class ResponseFormatJsonSchemaParam(TypedDict, total=False):
    """`ResponseFormatJsonSchema` as a plain dict, for requests: its fields by wire name."""

    type: Required[Literal["json_schema"]]
    json_schema: Required[JsonSchemaFormatParam | JsonSchemaFormat]


__all__ = [
    "ResponseFormatJsonSchema",
    "ResponseFormatJsonSchemaParam",
]
