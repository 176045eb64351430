# Generated from spec/compilelabs.yaml by clientgen 0.1.0. Do not edit.
"""`ToolChoiceMode` of the CompileLabs API."""

from __future__ import annotations

from enum import StrEnum


class ToolChoiceMode(StrEnum):
    """`none`: never call a tool; `auto`: the model decides; `required`: it must
    call one. The default is `none` without tools and `auto` with them.
    """

    AUTO = "auto"
    NONE = "none"
    REQUIRED = "required"


__all__ = [
    "ToolChoiceMode",
]
