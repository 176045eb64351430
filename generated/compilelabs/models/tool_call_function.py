# Generated from spec/compilelabs.yaml by clientgen 0.1.0. Do not edit.
"""`ToolCallFunction` of the CompileLabs API."""

from __future__ import annotations

from typing import Required, TypedDict

from ._base import BaseModel


class ToolCallFunction(BaseModel):
    """The function a tool call names, and its arguments."""

    name: str
    """The function's name."""
    arguments: str
    """The arguments, as JSON text."""


class ToolCallFunctionParam(TypedDict, total=False):
    """`ToolCallFunction` as a plain dict, for requests: its fields by wire name."""

    name: Required[str]
    arguments: Required[str]


__all__ = [
    "ToolCallFunction",
    "ToolCallFunctionParam",
]
