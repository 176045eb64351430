# Generated from spec/perceptron.yaml by clientgen 0.1.0. Do not edit.
"""`ToolChoiceMode` of the Perceptron API."""

from __future__ import annotations

from enum import StrEnum


class ToolChoiceMode(StrEnum):
    """`none`: never call a tool; `auto`: the model decides; `required`: it must
    call one. Perceptron's official SDK says the API accepts only `auto` and
    `none` ("forcing a tool call is not supported yet"); the docs call the
    endpoint fully OpenAI-compatible, so `required` is kept.
    """

    NONE = "none"
    AUTO = "auto"
    REQUIRED = "required"


__all__ = [
    "ToolChoiceMode",
]
