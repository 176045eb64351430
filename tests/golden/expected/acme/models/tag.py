# Generated from golden/acme.yaml (API version 2026-11-01) by clientgen 0.1.0. Do not edit.
"""`Tag` of the Acme API."""

from __future__ import annotations

from typing import Any

from pydantic import Field

from ._base import BaseModel
from .size import Size


class Tag(BaseModel):
    """A label. Descriptions may hold anything: \"\"\"quotes\"\"\", back\\\\slashes, {{
    braces }} and {% tags %}, unicode (ünïcødé, 日本語) and a very long line that
    the generator wraps.
    """

    name: str = Field(..., max_length=64, min_length=1, pattern="^[a-z-]+$")
    weights: dict[str, float]
    """Free-form weights."""
    sizes: list[Size] | None = Field(default=None, min_length=1)
    class_: str | None = Field(default=None, alias="class")
    """A keyword as a field name."""
    model_config_: str | None = Field(default=None, alias="model_config")
    """A pydantic attribute as a field name."""
    old: bool | None = Field(default=None, deprecated=True)
    """Do not use.

    Deprecated.
    """
    anything: Any | None = None


__all__ = [
    "Tag",
]
