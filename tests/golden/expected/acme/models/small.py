# Generated from golden/acme.yaml (API version 2026-11-01) by clientgen 0.1.0. Do not edit.
"""`Small` of the Acme API."""

from __future__ import annotations

from typing import Literal

from .owner import Owner  # noqa: F401 - inherited fields name them
from .tag import Tag  # noqa: F401 - inherited fields name them
from .thing import Thing


class Small(Thing):
    kind: Literal["small"]


__all__ = [
    "Small",
]
