# Generated from spec/compilelabs.yaml by clientgen 0.1.0. Do not edit.
"""`ToolCall` of the CompileLabs API."""

from __future__ import annotations

from typing import Required, TypedDict

from ._base import BaseModel
from .tool_call_function import ToolCallFunction, ToolCallFunctionParam


class ToolCall(BaseModel):
    """A tool call the model made."""

    id: str
    """The call's id; the tool message answering it names it."""
    type: str = "function"
    """The kind of tool, `function`. inferred: OpenAI-compatible."""
    function: ToolCallFunction


class ToolCallParam(TypedDict, total=False):
    """`ToolCall` as a plain dict, for requests: its fields by wire name."""

    id: Required[str]
    type: str
    function: Required[ToolCallFunctionParam | ToolCallFunction]


__all__ = [
    "ToolCall",
    "ToolCallParam",
]
