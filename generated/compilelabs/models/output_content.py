# Generated from spec/compilelabs.yaml by clientgen 0.1.0. Do not edit.
"""`OutputContent` of the CompileLabs API."""

from __future__ import annotations

import typing

import pydantic

from .output_content_other import OutputContentOther
from .output_text import OutputText
from .refusal import Refusal

_OUTPUT_CONTENT_TAGS: dict[object, str] = {
    "output_text": "OutputText",
    "refusal": "Refusal",
}


def _output_content_tag(value: typing.Any) -> str | None:
    tag = value.get("type", None) if isinstance(value, dict) else getattr(value, "type", None)
    if not isinstance(tag, str | int):
        return "OutputContentOther"
    return _OUTPUT_CONTENT_TAGS.get(tag, "OutputContentOther")


OutputContent: typing.TypeAlias = typing.Annotated[
    typing.Annotated[OutputText, pydantic.Tag("OutputText")]
    | typing.Annotated[Refusal, pydantic.Tag("Refusal")]
    | typing.Annotated[OutputContentOther, pydantic.Tag("OutputContentOther")],
    pydantic.Discriminator(_output_content_tag),
]
"""One part of an output message, told apart by `type`.

Told apart by the `type` field; an unknown value parses as `OutputContentOther`.
"""


__all__ = [
    "OutputContent",
]
