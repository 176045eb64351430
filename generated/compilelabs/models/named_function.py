# Generated from spec/compilelabs.yaml by clientgen 0.1.0. Do not edit.
"""`NamedFunction` of the CompileLabs API."""

from __future__ import annotations

from typing import Required, TypedDict

from ._base import BaseModel


class NamedFunction(BaseModel):
    """A function, by name."""

    name: str
    """The function's name."""


class NamedFunctionParam(TypedDict, total=False):
    """`NamedFunction` as a plain dict, for requests: its fields by wire name."""

    name: Required[str]


__all__ = [
    "NamedFunction",
    "NamedFunctionParam",
]
