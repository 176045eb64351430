# Generated from spec/perceptron.yaml by clientgen 0.1.0. Do not edit.
"""`ErrorDetail` of the Perceptron API."""

from __future__ import annotations

from pydantic import Field

from ._base import BaseModel


class ErrorDetail(BaseModel):
    """What went wrong."""

    message: str = Field(..., examples=["The model 'nonexistent-model' does not exist"])
    """A human-readable explanation."""
    type: str | None = Field(default=None, examples=["invalid_request_error"])
    """The error category."""
    param: str | None = Field(default=None, examples=["model"])
    """The request parameter the error concerns."""
    code: str | None = Field(default=None, examples=["model_not_found"])
    """A machine-readable error code."""


__all__ = [
    "ErrorDetail",
]
