# Generated from spec/compilelabs.yaml by clientgen 0.1.0. Do not edit.
"""`ResponseError` of the CompileLabs API."""

from __future__ import annotations

from ._base import BaseModel


class ResponseError(BaseModel):
    """Why a response failed; may be empty."""

    code: str | None = None
    """A machine-readable error code. inferred: OpenAI-compatible."""
    message: str | None = None
    """A human-readable explanation. inferred: OpenAI-compatible."""


__all__ = [
    "ResponseError",
]
