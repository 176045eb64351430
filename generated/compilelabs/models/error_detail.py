# Generated from spec/compilelabs.yaml by clientgen 0.1.0. Do not edit.
"""`ErrorDetail` of the CompileLabs API."""

from __future__ import annotations

from pydantic import Field

from ._base import BaseModel


class ErrorDetail(BaseModel):
    """What went wrong."""

    message: str = Field(..., examples=["Invalid model: unknown/model"])
    """A human-readable explanation."""
    type: str | None = Field(
        default=None,
        examples=[
            "authentication_error",
            "rate_limit_error",
            "invalid_request_error",
            "payment_error",
        ],
    )
    """The error category."""
    code: str | None = Field(
        default=None,
        examples=[
            "invalid_api_key",
            "missing_api_key",
            "rate_limit_exceeded",
            "invalid_model",
            "invalid_parameter",
        ],
    )
    """A machine-readable error code."""
    status: int | None = Field(default=None, examples=[400])
    """The HTTP status code."""


__all__ = [
    "ErrorDetail",
]
