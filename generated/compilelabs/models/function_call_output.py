# Generated from spec/compilelabs.yaml by clientgen 0.1.0. Do not edit.
"""`FunctionCallOutput` of the CompileLabs API."""

from __future__ import annotations

from typing import Literal, Required, TypedDict

from ._base import BaseModel


class FunctionCallOutput(BaseModel):
    """The result of a function call, sent back. inferred: OpenAI-compatible."""

    type: Literal["function_call_output"]
    call_id: str
    """The `call_id` of the function call this answers."""
    output: str
    """The result, as text."""


class FunctionCallOutputParam(TypedDict, total=False):
    """`FunctionCallOutput` as a plain dict, for requests: its fields by wire name."""

    type: Required[Literal["function_call_output"]]
    call_id: Required[str]
    output: Required[str]


__all__ = [
    "FunctionCallOutput",
    "FunctionCallOutputParam",
]
