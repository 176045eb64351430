# Generated from spec/perceptron.yaml by clientgen 0.1.0. Do not edit.
"""`ToolCall` of the Perceptron API."""

from __future__ import annotations

from typing import Literal, Required, TypedDict

from ._base import BaseModel
from .tool_call_function import ToolCallFunction, ToolCallFunctionParam


class ToolCall(BaseModel):
    """A tool call the model made, as sent back in an assistant message."""

    id: str
    """The call's id, which the tool message answering it names."""
    type: Literal["function"] = "function"
    function: ToolCallFunction


class ToolCallParam(TypedDict, total=False):
    """`ToolCall` as a plain dict, for requests: its fields by wire name."""

    id: Required[str]
    type: Literal["function"]
    function: Required[ToolCallFunctionParam | ToolCallFunction]


__all__ = [
    "ToolCall",
    "ToolCallParam",
]
