# Generated from spec/compilelabs.yaml by clientgen 0.1.0. Do not edit.
"""`InputContent` of the CompileLabs API."""

from __future__ import annotations

import typing

import pydantic

from .input_image import InputImage, InputImageParam
from .input_text import InputText, InputTextParam

_INPUT_CONTENT_TAGS: dict[object, str] = {
    "input_text": "InputText",
    "input_image": "InputImage",
}


def _input_content_tag(value: typing.Any) -> str | None:
    tag = value.get("type", None) if isinstance(value, dict) else getattr(value, "type", None)
    if not isinstance(tag, str | int):
        return None
    return _INPUT_CONTENT_TAGS.get(tag)


InputContent: typing.TypeAlias = typing.Annotated[
    typing.Annotated[InputText, pydantic.Tag("InputText")]
    | typing.Annotated[InputImage, pydantic.Tag("InputImage")],
    pydantic.Discriminator(_input_content_tag),
]
"""One part of an input message, told apart by `type`.

Told apart by the `type` field.
"""


InputContentParam: typing.TypeAlias = InputTextParam | InputText | InputImageParam | InputImage
"""`InputContent` as plain data, for requests."""


__all__ = [
    "InputContent",
    "InputContentParam",
]
