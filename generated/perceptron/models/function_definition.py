# Generated from spec/perceptron.yaml by clientgen 0.1.0. Do not edit.
"""`FunctionDefinition` of the Perceptron API."""

from __future__ import annotations

from typing import Any, Required, TypedDict

from ._base import BaseModel


class FunctionDefinition(BaseModel):
    """A function the model may call."""

    name: str
    """The function's name. Characters outside `[A-Za-z0-9_.-]` become `_`;
    `parallel` is reserved.
    """
    description: str | None = None
    """What the function does, for the model."""
    parameters: dict[str, Any] | None = None
    """The arguments, as a JSON Schema object."""
    strict: bool | None = None
    """Hold the arguments to the schema exactly."""


class FunctionDefinitionParam(TypedDict, total=False):
    """`FunctionDefinition` as a plain dict, for requests: its fields by wire name."""

    name: Required[str]
    description: str
    parameters: dict[str, Any]
    strict: bool


__all__ = [
    "FunctionDefinition",
    "FunctionDefinitionParam",
]
