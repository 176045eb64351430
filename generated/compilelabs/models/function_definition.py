# Generated from spec/compilelabs.yaml by clientgen 0.1.0. Do not edit.
"""`FunctionDefinition` of the CompileLabs API."""

from __future__ import annotations

from typing import Any, Required, TypedDict

from pydantic import Field

from ._base import BaseModel


class FunctionDefinition(BaseModel):
    """A function the model may call."""

    name: str
    """The function's name."""
    description: str | None = Field(
        default=None, examples=["Get the current weather in a given location"]
    )
    """What the function does, for the model."""
    parameters: dict[str, Any] | None = None
    """The arguments, as a JSON Schema object."""


class FunctionDefinitionParam(TypedDict, total=False):
    """`FunctionDefinition` as a plain dict, for requests: its fields by wire name."""

    name: Required[str]
    description: str
    parameters: dict[str, Any]


__all__ = [
    "FunctionDefinition",
    "FunctionDefinitionParam",
]
