# Generated from spec/compilelabs.yaml by clientgen 0.1.0. Do not edit.
"""`ErrorResponse` of the CompileLabs API."""

from __future__ import annotations

from ._base import BaseModel
from .error_detail import ErrorDetail


class ErrorResponse(BaseModel):
    """The body of an error response.

    Docs: https://docs.compilelabs.com/errors
    """

    error: ErrorDetail


__all__ = [
    "ErrorResponse",
]
