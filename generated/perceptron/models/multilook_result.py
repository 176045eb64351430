# Generated from spec/perceptron.yaml by clientgen 0.1.0. Do not edit.
"""`MultilookResult` of the Perceptron API."""

from __future__ import annotations

import typing

from .multilook_completions import MultilookCompletions
from .multilook_error import MultilookError
from .multilook_result_other import MultilookResultOther

MultilookResult: typing.TypeAlias = MultilookCompletions | MultilookError | MultilookResultOther
"""One prompt's result: its answers or its error, told apart by shape
(`completions` or `error`); any other shape parses as
`MultilookResultOther`.
"""


__all__ = [
    "MultilookResult",
]
