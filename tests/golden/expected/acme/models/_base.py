# Generated from golden/acme.yaml (API version 2026-11-01) by clientgen 0.1.0. Do not edit.
"""The base class of the Acme API's models."""

from __future__ import annotations

from typing import Any

import pydantic
from pydantic import ConfigDict


class BaseModel(pydantic.BaseModel):
    """A pydantic model that keeps the fields it does not know (in `model_extra`),
    accepts its fields by Python or by wire name, and builds its validator on first use."""

    model_config = ConfigDict(
        extra="allow", populate_by_name=True, protected_namespaces=(), defer_build=True
    )

    def to_dict(self, *, exclude_unset: bool = True) -> dict[str, Any]:
        """The model as JSON-ready data under its wire names; by default only the fields
        that were set (or sent by the API)."""
        return self.model_dump(mode="json", by_alias=True, exclude_unset=exclude_unset)

    def to_json(self, *, indent: int | None = 2, exclude_unset: bool = True) -> str:
        """The model as JSON text under its wire names (see `to_dict`)."""
        return self.model_dump_json(indent=indent, by_alias=True, exclude_unset=exclude_unset)


__all__ = ["BaseModel"]
