"""Errors a user can act on: each names the file, line, column and spec path."""

from __future__ import annotations

from collections.abc import Iterable
from typing import NamedTuple


# A NamedTuple rather than a dataclass: `check` imports this module, and dataclasses
# (with the `inspect` it imports) would be a fifth of its start-up time.
class Problem(NamedTuple):
    """One thing wrong with a spec, located in the user's own file."""

    file: str
    line: int
    column: int
    path: str
    message: str
    hint: str | None = None

    def __str__(self) -> str:
        where = f"{printable(self.file)}:{self.line}:{self.column}"
        path = printable(self.path)
        text = f"{where} {path}: {self.message}" if path else f"{where} {self.message}"
        text = f"{text}; {self.hint}" if self.hint else text
        return printable(text)


def printable(text: str) -> str:
    """`text` on one line: line breaks and other control characters shown as escapes."""
    if text.isprintable():
        return text
    return "".join(c if c.isprintable() else repr(c)[1:-1] for c in text)


class SpecError(Exception):
    """One or more problems in spec files. The CLI prints them and exits with 2."""

    def __init__(self, problems: Iterable[Problem]) -> None:
        unique = dict.fromkeys(problems)  # a problem met twice on the way is reported once
        self.problems = sorted(unique, key=lambda p: (p.file, p.line, p.column, p.path))
        super().__init__("\n".join(str(p) for p in self.problems))


class UsageError(Exception):
    """A wrong command-line argument. The CLI prints it and exits with 2."""


def did_you_mean(word: str, candidates: Iterable[str]) -> str | None:
    """A 'did you mean' hint when a close match exists."""
    import difflib  # only on the way to an error: `check` starts without it

    matches = difflib.get_close_matches(word, sorted(set(candidates)), n=1, cutoff=0.6)
    return f"did you mean {matches[0]!r}?" if matches else None
