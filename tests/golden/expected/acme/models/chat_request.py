# Generated from golden/acme.yaml (API version 2026-11-01) by clientgen 0.1.0. Do not edit.
"""`ChatRequest` of the Acme API."""

from __future__ import annotations

from .level import Level  # noqa: F401 - inherited fields name them
from .message import Message
from .part import Part  # noqa: F401 - inherited fields name them
from .priority import Priority  # noqa: F401 - inherited fields name them
from .stop import Stop  # noqa: F401 - inherited fields name them
from .tool_choice import ToolChoice  # noqa: F401 - inherited fields name them


class ChatRequest(Message):
    stream: bool | None = None
    """Stream the answer as events."""


__all__ = [
    "ChatRequest",
]
