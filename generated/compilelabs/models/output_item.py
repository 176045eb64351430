# Generated from spec/compilelabs.yaml by clientgen 0.1.0. Do not edit.
"""`OutputItem` of the CompileLabs API."""

from __future__ import annotations

import typing

import pydantic

from .function_call import FunctionCall
from .output_item_other import OutputItemOther
from .output_message import OutputMessage
from .reasoning_item import ReasoningItem

_OUTPUT_ITEM_TAGS: dict[object, str] = {
    "message": "OutputMessage",
    "reasoning": "ReasoningItem",
    "function_call": "FunctionCall",
}


def _output_item_tag(value: typing.Any) -> str | None:
    tag = value.get("type", None) if isinstance(value, dict) else getattr(value, "type", None)
    if not isinstance(tag, str | int):
        return "OutputItemOther"
    return _OUTPUT_ITEM_TAGS.get(tag, "OutputItemOther")


OutputItem: typing.TypeAlias = typing.Annotated[
    typing.Annotated[OutputMessage, pydantic.Tag("OutputMessage")]
    | typing.Annotated[ReasoningItem, pydantic.Tag("ReasoningItem")]
    | typing.Annotated[FunctionCall, pydantic.Tag("FunctionCall")]
    | typing.Annotated[OutputItemOther, pydantic.Tag("OutputItemOther")],
    pydantic.Discriminator(_output_item_tag),
]
"""One output item, told apart by `type`.

Told apart by the `type` field; an unknown value parses as `OutputItemOther`.
"""


__all__ = [
    "OutputItem",
]
