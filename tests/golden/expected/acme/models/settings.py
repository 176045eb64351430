# Generated from golden/acme.yaml (API version 2026-11-01) by clientgen 0.1.0. Do not edit.
"""`Settings` of the Acme API."""

from __future__ import annotations

from typing import Literal

from ._base import BaseModel
from .level import Level
from .priority import Priority
from .stop import Stop
from .tool_choice import ToolChoice


class Settings(BaseModel):
    """Untagged unions and integer enums, outside any tagged union."""

    stop: Stop
    priority: Priority
    level: Level = Level.VALUE_10
    scores: dict[str, int | float | str | None]
    choice: Literal["auto"] | ToolChoice | None = None


__all__ = [
    "Settings",
]
