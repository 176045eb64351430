# Generated from spec/compilelabs.yaml by clientgen 0.1.0. Do not edit.
"""`ContentPart` of the CompileLabs API."""

from __future__ import annotations

import typing

import pydantic

from .image_url_part import ImageUrlPart, ImageUrlPartParam
from .text_part import TextPart, TextPartParam

_CONTENT_PART_TAGS: dict[object, str] = {
    "text": "TextPart",
    "image_url": "ImageUrlPart",
}


def _content_part_tag(value: typing.Any) -> str | None:
    tag = value.get("type", None) if isinstance(value, dict) else getattr(value, "type", None)
    if not isinstance(tag, str | int):
        return None
    return _CONTENT_PART_TAGS.get(tag)


ContentPart: typing.TypeAlias = typing.Annotated[
    typing.Annotated[TextPart, pydantic.Tag("TextPart")]
    | typing.Annotated[ImageUrlPart, pydantic.Tag("ImageUrlPart")],
    pydantic.Discriminator(_content_part_tag),
]
"""One part of a user message's content, told apart by `type`.

Told apart by the `type` field.
"""


ContentPartParam: typing.TypeAlias = TextPartParam | TextPart | ImageUrlPartParam | ImageUrlPart
"""`ContentPart` as plain data, for requests."""


__all__ = [
    "ContentPart",
    "ContentPartParam",
]
