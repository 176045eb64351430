# Generated from spec/perceptron.yaml by clientgen 0.1.0. Do not edit.
"""`FunctionTool` of the Perceptron API."""

from __future__ import annotations

from typing import Literal, Required, TypedDict

from ._base import BaseModel
from .function_definition import FunctionDefinition, FunctionDefinitionParam


class FunctionTool(BaseModel):
    """A function tool."""

    type: Literal["function"]
    function: FunctionDefinition


class FunctionToolParam(TypedDict, total=False):
    """`FunctionTool` as a plain dict, for requests: its fields by wire name."""

    type: Required[Literal["function"]]
    function: Required[FunctionDefinitionParam | FunctionDefinition]


__all__ = [
    "FunctionTool",
    "FunctionToolParam",
]
