# Generated from spec/compilelabs.yaml by clientgen 0.1.0. Do not edit.
"""`OutputContentOther` of the CompileLabs API."""

from __future__ import annotations

from ._base import BaseModel


class OutputContentOther(BaseModel):
    """Output content of a type this client does not know; its fields are kept."""

    type: str
    """The content's type."""


__all__ = [
    "OutputContentOther",
]
