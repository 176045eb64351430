# Generated from spec/compilelabs.yaml by clientgen 0.1.0. Do not edit.
"""`InputItem` of the CompileLabs API."""

from __future__ import annotations

import typing

import pydantic

from .function_call import FunctionCall, FunctionCallParam
from .function_call_output import FunctionCallOutput, FunctionCallOutputParam
from .input_message import InputMessage, InputMessageParam
from .reasoning_item import ReasoningItem, ReasoningItemParam

_INPUT_ITEM_TAGS: dict[object, str] = {
    "message": "InputMessage",
    "reasoning": "ReasoningItem",
    "function_call": "FunctionCall",
    "function_call_output": "FunctionCallOutput",
}


def _input_item_tag(value: typing.Any) -> str | None:
    tag = value.get("type", "message") if isinstance(value, dict) else getattr(value, "type", None)
    if not isinstance(tag, str | int):
        return None
    return _INPUT_ITEM_TAGS.get(tag)


InputItem: typing.TypeAlias = typing.Annotated[
    typing.Annotated[InputMessage, pydantic.Tag("InputMessage")]
    | typing.Annotated[ReasoningItem, pydantic.Tag("ReasoningItem")]
    | typing.Annotated[FunctionCall, pydantic.Tag("FunctionCall")]
    | typing.Annotated[FunctionCallOutput, pydantic.Tag("FunctionCallOutput")],
    pydantic.Discriminator(_input_item_tag),
]
"""An input item: a message, an earlier output item (a reasoning item, a
function call, a message), or a function call's result.

Told apart by the `type` field.
"""


InputItemParam: typing.TypeAlias = (
    InputMessageParam
    | InputMessage
    | ReasoningItemParam
    | ReasoningItem
    | FunctionCallParam
    | FunctionCall
    | FunctionCallOutputParam
    | FunctionCallOutput
)
"""`InputItem` as plain data, for requests."""


__all__ = [
    "InputItem",
    "InputItemParam",
]
