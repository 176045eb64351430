# Generated from golden/acme.yaml (API version 2026-11-01) by clientgen 0.1.0. Do not edit.
"""`Part` of the Acme API."""

from __future__ import annotations

import typing

import pydantic

from .image_part import ImagePart, ImagePartParam
from .text_part import TextPart, TextPartParam
from .unknown_part import UnknownPart, UnknownPartParam

_PART_TAGS: dict[object, str] = {
    "text": "TextPart",
    "image": "ImagePart",
}


def _part_tag(value: typing.Any) -> str | None:
    tag = value.get("type", None) if isinstance(value, dict) else getattr(value, "type", None)
    if not isinstance(tag, str | int):
        return "UnknownPart"
    return _PART_TAGS.get(tag, "UnknownPart")


Part: typing.TypeAlias = typing.Annotated[
    typing.Annotated[TextPart, pydantic.Tag("TextPart")]
    | typing.Annotated[ImagePart, pydantic.Tag("ImagePart")]
    | typing.Annotated[UnknownPart, pydantic.Tag("UnknownPart")],
    pydantic.Discriminator(_part_tag),
]
"""One part of a message's content.

Told apart by the `type` field; an unknown value parses as `UnknownPart`.
"""


PartParam: typing.TypeAlias = (
    TextPartParam | TextPart | ImagePartParam | ImagePart | UnknownPartParam | UnknownPart
)
"""`Part` as plain data, for requests."""


__all__ = [
    "Part",
    "PartParam",
]
