# Generated from spec/compilelabs.yaml by clientgen 0.1.0. Do not edit.
"""`FunctionCall` of the CompileLabs API."""

from __future__ import annotations

from typing import Literal, Required, TypedDict

from ._base import BaseModel
from .response_status import ResponseStatus


class FunctionCall(BaseModel):
    """A function call the model made. inferred: OpenAI-compatible."""

    type: Literal["function_call"]
    id: str | None = None
    """The item's id."""
    call_id: str
    """The id a `function_call_output` answers."""
    name: str
    """The function's name."""
    arguments: str
    """The arguments, as JSON text."""
    status: ResponseStatus | None = None
    """The item's state."""


class FunctionCallParam(TypedDict, total=False):
    """`FunctionCall` as a plain dict, for requests: its fields by wire name."""

    type: Required[Literal["function_call"]]
    id: str
    call_id: Required[str]
    name: Required[str]
    arguments: Required[str]
    status: Literal["in_progress", "completed", "failed", "cancelled", "incomplete"] | str | None


__all__ = [
    "FunctionCall",
    "FunctionCallParam",
]
