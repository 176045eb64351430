# Generated from spec/compilelabs.yaml by clientgen 0.1.0. Do not edit.
"""`ResponseFormatJsonSchema` of the CompileLabs API."""

from __future__ import annotations

from typing import Any, Literal, Required, TypedDict

from ._base import BaseModel


class ResponseFormatJsonSchema(BaseModel):
    """An answer that follows a JSON Schema. Unlike OpenAI's layout, the schema
    sits directly under `json_schema`, with no `name`/`schema` wrapper.
    """

    type: Literal["json_schema"]
    json_schema: dict[str, Any]
    """The JSON Schema object the answer follows."""


class ResponseFormatJsonSchemaParam(TypedDict, total=False):
    """`ResponseFormatJsonSchema` as a plain dict, for requests: its fields by wire name."""

    type: Required[Literal["json_schema"]]
    json_schema: Required[dict[str, Any]]


__all__ = [
    "ResponseFormatJsonSchema",
    "ResponseFormatJsonSchemaParam",
]
