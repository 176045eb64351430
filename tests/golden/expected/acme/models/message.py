# Generated from golden/acme.yaml (API version 2026-11-01) by clientgen 0.1.0. Do not edit.
"""`Message` of the Acme API."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from ._base import BaseModel
from .level import Level
from .part import Part
from .priority import Priority
from .stop import Stop
from .tool_choice import ToolChoice


class Message(BaseModel):
    """A message, whose content is text or a list of parts."""

    content: str | list[Part] = Field(..., examples=["hello"])
    priority: Priority = Priority.VALUE_2
    level: Level | None = None
    tool_choice: Literal["auto", "none"] | ToolChoice = "auto"
    stop: Stop | None = None
    parts_by_name: dict[str, Part] | None = None
    scores: list[int | float] | None = None


__all__ = [
    "Message",
]
