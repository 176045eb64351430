# Generated from spec/perceptron.yaml by clientgen 0.1.0. Do not edit.
"""`ToolChoice` of the Perceptron API."""

from __future__ import annotations

import typing
from typing import Literal

from .named_tool_choice import NamedToolChoice, NamedToolChoiceParam
from .tool_choice_mode import ToolChoiceMode

ToolChoice: typing.TypeAlias = ToolChoiceMode | NamedToolChoice
"""A mode (`none`, `auto`, `required`) or a named function."""


ToolChoiceParam: typing.TypeAlias = (
    Literal["none", "auto", "required"] | ToolChoiceMode | NamedToolChoiceParam | NamedToolChoice
)
"""`ToolChoice` as plain data, for requests."""


__all__ = [
    "ToolChoice",
    "ToolChoiceParam",
]
