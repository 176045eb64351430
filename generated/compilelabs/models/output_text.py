# Generated from spec/compilelabs.yaml by clientgen 0.1.0. Do not edit.
"""`OutputText` of the CompileLabs API."""

from __future__ import annotations

from typing import Any, Literal

from ._base import BaseModel


class OutputText(BaseModel):
    """Text the model wrote. inferred: OpenAI-compatible."""

    type: Literal["output_text"]
    text: str
    """The text."""
    annotations: list[dict[str, Any]] | None = None
    """Annotations on the text."""


__all__ = [
    "OutputText",
]
