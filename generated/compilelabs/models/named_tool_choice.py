# Generated from spec/compilelabs.yaml by clientgen 0.1.0. Do not edit.
"""`NamedToolChoice` of the CompileLabs API."""

from __future__ import annotations

from typing import Literal, Required, TypedDict

from ._base import BaseModel
from .named_function import NamedFunction, NamedFunctionParam


class NamedToolChoice(BaseModel):
    """Forces a call of the named function."""

    type: Literal["function"]
    function: NamedFunction


class NamedToolChoiceParam(TypedDict, total=False):
    """`NamedToolChoice` as a plain dict, for requests: its fields by wire name."""

    type: Required[Literal["function"]]
    function: Required[NamedFunctionParam | NamedFunction]


__all__ = [
    "NamedToolChoice",
    "NamedToolChoiceParam",
]
