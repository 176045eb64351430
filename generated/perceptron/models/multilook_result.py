# Generated from spec/perceptron.yaml by clientgen 0.1.0. Do not edit.
"""`MultilookResult` of the Perceptron API."""

from __future__ import annotations

import typing

from .multilook_completions import MultilookCompletions
from .multilook_error import MultilookError

MultilookResult: typing.TypeAlias = MultilookCompletions | MultilookError
"""One prompt's result, its answers or its error."""


__all__ = [
    "MultilookResult",
]
