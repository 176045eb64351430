# Generated from spec/compilelabs.yaml by clientgen 0.1.0. Do not edit.
"""`Refusal` of the CompileLabs API."""

from __future__ import annotations

from typing import Literal

from ._base import BaseModel


class Refusal(BaseModel):
    """The model's refusal to answer. inferred: OpenAI-compatible."""

    type: Literal["refusal"]
    refusal: str
    """The reason given."""


__all__ = [
    "Refusal",
]
