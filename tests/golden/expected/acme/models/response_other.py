# Generated from golden/acme.yaml by clientgen 0.1.0. Do not edit.
"""`ResponseOther` of the Acme API."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict


class ResponseOther(BaseModel):
    """An event this client does not know yet."""

    model_config = ConfigDict(
        extra="allow", populate_by_name=True, protected_namespaces=(), defer_build=True
    )


__all__ = [
    "ResponseOther",
]
