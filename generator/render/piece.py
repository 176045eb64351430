"""A generated file before it is rendered: what it is made from, and how to make it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Piece:
    """One generated file.

    `inputs` is everything its text depends on besides the generator itself, so
    the cache (`generator/cache.py`) can skip `make` when it has seen the same inputs.
    """

    inputs: str
    make: Callable[[], str]

    @classmethod
    def made(cls, text: str) -> Piece:
        """A file already rendered: its text is its own input."""
        return cls(text, lambda: text)
