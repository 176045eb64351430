# Generated from spec/perceptron.yaml by clientgen 0.1.0. Do not edit.
"""`Tool` of the Perceptron API."""

from __future__ import annotations

import typing

import pydantic

from .focus_tool import FocusTool, FocusToolParam
from .function_tool import FunctionTool, FunctionToolParam

_TOOL_TAGS: dict[object, str] = {
    "function": "FunctionTool",
    "perceptron.FOCUS": "FocusTool",
}


def _tool_tag(value: typing.Any) -> str | None:
    tag = value.get("type", None) if isinstance(value, dict) else getattr(value, "type", None)
    if not isinstance(tag, str | int):
        return None
    return _TOOL_TAGS.get(tag)


Tool: typing.TypeAlias = typing.Annotated[
    typing.Annotated[FunctionTool, pydantic.Tag("FunctionTool")]
    | typing.Annotated[FocusTool, pydantic.Tag("FocusTool")],
    pydantic.Discriminator(_tool_tag),
]
"""A tool the model may call, told apart by `type`.

Told apart by the `type` field.
"""


ToolParam: typing.TypeAlias = FunctionToolParam | FunctionTool | FocusToolParam | FocusTool
"""`Tool` as plain data, for requests."""


__all__ = [
    "Tool",
    "ToolParam",
]
