# Generated from spec/compilelabs.yaml by clientgen 0.1.0. Do not edit.
"""`ErrorResponse` of the CompileLabs API."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict

from .error_detail import ErrorDetail


class ErrorResponse(BaseModel):
    """The body of an error response.

    Docs: https://docs.compilelabs.com/errors
    """

    model_config = ConfigDict(
        extra="allow", populate_by_name=True, protected_namespaces=(), defer_build=True
    )
    error: ErrorDetail


__all__ = [
    "ErrorResponse",
]
