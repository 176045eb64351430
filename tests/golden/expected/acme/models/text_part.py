# Generated from golden/acme.yaml by clientgen 0.1.0. Do not edit.
"""`TextPart` of the Acme API."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict


class TextPart(BaseModel):
    """Text in a message."""

    model_config = ConfigDict(
        extra="allow", populate_by_name=True, protected_namespaces=(), defer_build=True
    )
    type: Literal["text"]
    text: str


__all__ = [
    "TextPart",
]
