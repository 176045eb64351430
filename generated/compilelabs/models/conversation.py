# Generated from spec/compilelabs.yaml by clientgen 0.1.0. Do not edit.
"""`Conversation` of the CompileLabs API."""

from __future__ import annotations

from ._base import BaseModel


class Conversation(BaseModel):
    """The conversation a response belongs to."""

    id: str
    """The conversation's id."""


__all__ = [
    "Conversation",
]
