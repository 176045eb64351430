# Generated from spec/compilelabs.yaml by clientgen 0.1.0. Do not edit.
"""`OrgUsageBalance` of the CompileLabs API."""

from __future__ import annotations

from ._base import BaseModel


class OrgUsageBalance(BaseModel):
    """The organization's credit balance."""

    name: str | None = None
    """The organization's name."""
    email: str | None = None
    """The organization's email."""
    credit_limit: float | None = None
    """The credit limit."""
    credit_count: float | None = None
    """The credits used."""
    next_credit_reset_unix: int | None = None
    """Unix timestamp of the next credit reset."""
    previous_credit_reset_unix: int | None = None
    """Unix timestamp of the previous credit reset."""


__all__ = [
    "OrgUsageBalance",
]
