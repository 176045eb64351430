# Generated from golden/acme.yaml by clientgen 0.1.0. Do not edit.
"""`Settings` of the Acme API."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict

from .level import Level
from .priority import Priority
from .stop import Stop
from .tool_choice import ToolChoice


class Settings(BaseModel):
    """Untagged unions and integer enums, outside any tagged union."""

    model_config = ConfigDict(
        extra="allow", populate_by_name=True, protected_namespaces=(), defer_build=True
    )
    stop: Stop
    priority: Priority
    level: Level = Level.VALUE_10
    scores: dict[str, int | float | str | None]
    choice: Literal["auto"] | ToolChoice | None = None


__all__ = [
    "Settings",
]
