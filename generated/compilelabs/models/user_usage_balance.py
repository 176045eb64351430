# Generated from spec/compilelabs.yaml by clientgen 0.1.0. Do not edit.
"""`UserUsageBalance` of the CompileLabs API."""

from __future__ import annotations

from pydantic import Field

from ._base import BaseModel


class UserUsageBalance(BaseModel):
    """One member's credit balance. The guide's example is cut off after
    `reset_period`; further fields (probably per-key balances) are kept.
    """

    name: str | None = None
    """The member's name."""
    email: str | None = None
    """The member's email."""
    credit_limit: float | None = None
    """The member's credit limit."""
    credit_count: float | None = None
    """The credits the member used."""
    reset_period: str | None = Field(default=None, examples=["monthly"])
    """When the limit resets (`daily`, `monthly` or `never`)."""


__all__ = [
    "UserUsageBalance",
]
