# Generated from golden/acme.yaml (API version 2026-11-01) by clientgen 0.1.0. Do not edit.
"""`ToolChoice` of the Acme API."""

from __future__ import annotations

from typing import Required, TypedDict

from ._base import BaseModel


class ToolChoice(BaseModel):
    name: str


class ToolChoiceParam(TypedDict, total=False):
    """`ToolChoice` as a plain dict, for requests: its fields by wire name."""

    name: Required[str]


__all__ = [
    "ToolChoice",
    "ToolChoiceParam",
]
