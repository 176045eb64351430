# Generated from spec/compilelabs.yaml by clientgen 0.1.0. Do not edit.
"""`UsageBalance` of the CompileLabs API."""

from __future__ import annotations

from ._base import BaseModel
from .org_usage_balance import OrgUsageBalance
from .user_usage_balance import UserUsageBalance


class UsageBalance(BaseModel):
    """An organization's balance and its members' balances.

    Docs: https://docs.compilelabs.com/billing
    """

    org_usage_balance: OrgUsageBalance
    """The organization's balance."""
    user_usage_balances: dict[str, UserUsageBalance] | None = None
    """Each member's balance, by user id."""


__all__ = [
    "UsageBalance",
]
