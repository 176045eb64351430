# Generated from spec/compilelabs.yaml by clientgen 0.1.0. Do not edit.
"""`PricingModel` of the CompileLabs API."""

from __future__ import annotations

from pydantic import Field

from ._base import BaseModel


class PricingModel(BaseModel):
    """The price of one usage metric."""

    metric: str = Field(..., examples=["input_tokens", "output_tokens"])
    """The usage metric this rate applies to."""
    rate: float = Field(..., examples=[0.005, 0.015])
    """The rate charged per unit of the metric."""


__all__ = [
    "PricingModel",
]
