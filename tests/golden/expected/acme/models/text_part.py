# Generated from golden/acme.yaml (API version 2026-11-01) by clientgen 0.1.0. Do not edit.
"""`TextPart` of the Acme API."""

from __future__ import annotations

from typing import Literal

from ._base import BaseModel


class TextPart(BaseModel):
    """Text in a message."""

    type: Literal["text"]
    text: str


__all__ = [
    "TextPart",
]
