# Generated from spec/perceptron.yaml by clientgen 0.1.0. Do not edit.
"""`FocusTool` of the Perceptron API."""

from __future__ import annotations

from typing import Literal, Required, TypedDict

from ._base import BaseModel


class FocusTool(BaseModel):
    """Perceptron's built-in focus tool (zooming into a region). It must be the
    only tool. From Perceptron's official SDK.
    """

    type: Literal["perceptron.FOCUS"]


class FocusToolParam(TypedDict, total=False):
    """`FocusTool` as a plain dict, for requests: its fields by wire name."""

    type: Required[Literal["perceptron.FOCUS"]]


__all__ = [
    "FocusTool",
    "FocusToolParam",
]
