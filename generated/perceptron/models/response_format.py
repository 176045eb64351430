# Generated from spec/perceptron.yaml by clientgen 0.1.0. Do not edit.
"""`ResponseFormat` of the Perceptron API."""

from __future__ import annotations

import typing

import pydantic

from .response_format_json_object import ResponseFormatJsonObject, ResponseFormatJsonObjectParam
from .response_format_json_schema import ResponseFormatJsonSchema, ResponseFormatJsonSchemaParam
from .response_format_text import ResponseFormatText, ResponseFormatTextParam

_RESPONSE_FORMAT_TAGS: dict[object, str] = {
    "text": "ResponseFormatText",
    "json_schema": "ResponseFormatJsonSchema",
    "json_object": "ResponseFormatJsonObject",
}


def _response_format_tag(value: typing.Any) -> str | None:
    tag = value.get("type", None) if isinstance(value, dict) else getattr(value, "type", None)
    if not isinstance(tag, str | int):
        return None
    return _RESPONSE_FORMAT_TAGS.get(tag)


ResponseFormat: typing.TypeAlias = typing.Annotated[
    typing.Annotated[ResponseFormatText, pydantic.Tag("ResponseFormatText")]
    | typing.Annotated[ResponseFormatJsonSchema, pydantic.Tag("ResponseFormatJsonSchema")]
    | typing.Annotated[ResponseFormatJsonObject, pydantic.Tag("ResponseFormatJsonObject")],
    pydantic.Discriminator(_response_format_tag),
]
"""The form of the answer, told apart by `type`.

Told apart by the `type` field.
"""


ResponseFormatParam: typing.TypeAlias = (
    ResponseFormatTextParam
    | ResponseFormatText
    | ResponseFormatJsonSchemaParam
    | ResponseFormatJsonSchema
    | ResponseFormatJsonObjectParam
    | ResponseFormatJsonObject
)
"""`ResponseFormat` as plain data, for requests."""


__all__ = [
    "ResponseFormat",
    "ResponseFormatParam",
]
