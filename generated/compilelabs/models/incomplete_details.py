# Generated from spec/compilelabs.yaml by clientgen 0.1.0. Do not edit.
"""`IncompleteDetails` of the CompileLabs API."""

from __future__ import annotations

from ._base import BaseModel


class IncompleteDetails(BaseModel):
    """Why a response is incomplete; may be empty."""

    reason: str | None = None
    """The reason, such as `max_output_tokens`. inferred: OpenAI-compatible."""


__all__ = [
    "IncompleteDetails",
]
