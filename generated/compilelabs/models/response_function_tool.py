# Generated from spec/compilelabs.yaml by clientgen 0.1.0. Do not edit.
"""`ResponseFunctionTool` of the CompileLabs API."""

from __future__ import annotations

from typing import Any, Literal, Required, TypedDict

from pydantic import Field

from ._base import BaseModel


class ResponseFunctionTool(BaseModel):
    """A function the model may call (flat, Responses-style)."""

    type: Literal["function"]
    name: str
    """The function's name."""
    description: str | None = Field(
        default=None, examples=["Get the current weather in a given location"]
    )
    """What the function does, for the model."""
    parameters: dict[str, Any] | None = None
    """The arguments, as a JSON Schema object."""
    strict: bool | None = None
    """inferred: OpenAI-compatible. Hold the arguments to the schema exactly."""


class ResponseFunctionToolParam(TypedDict, total=False):
    """`ResponseFunctionTool` as a plain dict, for requests: its fields by wire name."""

    type: Required[Literal["function"]]
    name: Required[str]
    description: str
    parameters: dict[str, Any]
    strict: bool


__all__ = [
    "ResponseFunctionTool",
    "ResponseFunctionToolParam",
]
