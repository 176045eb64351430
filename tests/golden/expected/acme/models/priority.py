# Generated from golden/acme.yaml (API version 2026-11-01) by clientgen 0.1.0. Do not edit.
"""`Priority` of the Acme API."""

from __future__ import annotations

from enum import IntEnum


class Priority(IntEnum):
    """How urgent a message is."""

    VALUE_1 = 1
    VALUE_2 = 2
    VALUE_3 = 3


__all__ = [
    "Priority",
]
