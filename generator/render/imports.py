"""Import statements, written as ruff's import sorting (isort rules, default settings)
lays them out.

A generated module imports only what its text uses, in ruff's order, so the
formatting stage has nothing to fix in it: `ruff check --fix` then rewrites no
file, which is most of its time on a large package. (Were a statement ever
imported needlessly or out of order, ruff would still fix it; what is written does
not depend on this module being right, only how long formatting takes.)

The rules followed: sections (`__future__`, the standard library, third-party
packages, this package) one blank line apart; in each, `import x` lines before
`from x import y` lines; modules furthest first (`..` before `.`), then by name;
imported names constants first, then classes, then the rest; names compare
naturally (`model9` before `model10`), first ignoring case and then with it; a
statement longer than the line wraps one name per line.
"""

from __future__ import annotations

import functools
import re
import sys
from collections.abc import Iterable
from dataclasses import dataclass

from ..ir import naming
from .format import LINE_LENGTH

_RUNS = re.compile(r"(\d+)")
_IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_MODULE = re.compile(r"\.*(?:[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*)?")


@dataclass(frozen=True)
class Import:
    """`import source` (no `name`), or `from source import name [as alias]`."""

    source: str
    name: str | None = None
    alias: str | None = None
    note: str | None = None  # a trailing comment: a `noqa` and its reason

    def __post_init__(self) -> None:
        if not _MODULE.fullmatch(self.source) or self.source.strip(".") != self.source.lstrip("."):
            raise ValueError(f"not a module path: {self.source!r}")
        if self.name is None and (self.alias or not self.source[:1].isidentifier()):
            raise ValueError(f"`import {self.source}` must name an absolute module, unaliased")
        for name in (self.name, self.alias):
            if name is not None and not _IDENTIFIER.fullmatch(name):
                raise ValueError(f"not an identifier: {name!r}")
        if self.note is not None and not self.note.isprintable():
            raise ValueError(f"a comment must be one line of text: {self.note!r}")

    @property
    def bound(self) -> str:
        """The name the statement binds."""
        return self.alias or self.name or self.source.partition(".")[0]

    @property
    def _member(self) -> str:
        assert self.name is not None
        return f"{self.name} as {self.alias}" if self.alias else self.name


def needed(candidates: Iterable[Import], code: str) -> list[Import]:
    """The candidates that `code` mentions: by the name they bind, as a whole word that
    is not an attribute (`x.name`) or quoted in prose (`name`, as Python has no
    backquotes); a module imported whole, as the base of an attribute (`typing.Any`).
    An over-estimate, as prose and strings are read as code too."""
    return [c for c in candidates if _mentions(code, c.bound, attribute=c.name is None)]


def _mentions(code: str, name: str, *, attribute: bool) -> bool:
    start = code.find(name)
    while start >= 0:
        end = start + len(name)
        before = code[start - 1] if start else " "
        after = code[end : end + 1]
        whole = not (before.isalnum() or before in "_.`") and not (after.isalnum() or after == "_")
        if whole and (not attribute or after == "."):
            return True
        start = code.find(name, end)
    return False


def blank_lines_after(code: str) -> int:
    """How many blank lines ruff's sorting leaves between imports and `code` after them:
    two before a class or a function, one before any other statement."""
    return 2 if code.startswith(("class ", "def ", "async def ", "@")) else 1


def statements(imports: Iterable[Import], indent: str = "") -> naming.Code:
    """The import statements, sorted and grouped as ruff writes them, each line indented
    by `indent`, without a trailing newline."""
    sections: dict[int, list[Import]] = {}
    for item in dict.fromkeys(imports):
        sections.setdefault(_section(item.source), []).append(item)
    blocks = []
    for section in sorted(sections):
        items = sections[section]
        lines = [
            f"{indent}import {item.source}"
            for item in sorted((i for i in items if i.name is None), key=_straight_key)
        ]
        for group in _from_statements([i for i in items if i.name is not None]):
            lines.append(_from_line(group, indent))
        blocks.append("\n".join(lines))
    return naming.Code("\n\n".join(blocks))


def _from_statements(items: list[Import]) -> list[list[Import]]:
    """`from` imports grouped into statements, in order: the names of one module share a
    statement, except that each aliased name has one of its own."""
    plain: dict[str, list[Import]] = {}
    groups: list[list[Import]] = []
    for item in items:
        if item.alias:
            groups.append([item])
        else:
            plain.setdefault(item.source, []).append(item)
    groups += plain.values()
    for group in groups:
        group.sort(key=lambda i: (member_key(i.name or ""), i.alias or ""))
    groups.sort(
        key=lambda g: (module_key(g[0].source), member_key(g[0].name or ""), g[0].alias or "")
    )
    return groups


def _from_line(group: list[Import], indent: str) -> str:
    source = group[0].source
    notes = [i.note for i in group if i.note]
    note = f"  # {notes[0]}" if notes else ""
    line = f"{indent}from {source} import {', '.join(i._member for i in group)}"
    if len(line) <= LINE_LENGTH or notes:
        return line + note
    members = "".join(f"{indent}    {i._member},\n" for i in group)
    return f"{indent}from {source} import (\n{members}{indent})"


def _section(source: str) -> int:
    if source == "__future__":
        return 0
    if source.startswith("."):
        return 3
    return 1 if source.partition(".")[0] in sys.stdlib_module_names else 2


def _natural(text: str) -> tuple[tuple[int, int | str], ...]:
    """Digit runs compare by value. In names and module paths every other character sorts
    after the digits, as in a character-by-character comparison."""
    return tuple(
        (0, int(run)) if i % 2 else (1, run) for i, run in enumerate(_RUNS.split(text)) if run
    )


def _kind(name: str) -> int:
    if len(name) > 1 and name.isupper():
        return 0  # a CONSTANT
    if name[:1].isupper():
        return 1  # a Class
    return 2


def _straight_key(item: Import) -> tuple[object, ...]:
    return module_key(item.source)


@functools.lru_cache(maxsize=1 << 16)
def module_key(module: str) -> tuple[object, ...]:
    name = module.lstrip(".")
    return (-(len(module) - len(name)), _natural(name.lower()), _natural(name))


@functools.lru_cache(maxsize=1 << 16)
def member_key(name: str) -> tuple[object, ...]:
    return (_kind(name), _natural(name.lower()), _natural(name))


@functools.lru_cache(maxsize=1 << 16)
def export_key(name: str) -> tuple[object, ...]:
    """`__all__` is sorted as imported names are, except that case always counts."""
    return (_kind(name), _natural(name))


def modules_sorted(modules: Iterable[str]) -> list[str]:
    return sorted(modules, key=module_key)


def members_sorted(names: Iterable[str]) -> list[str]:
    return sorted(names, key=member_key)


def exports_sorted(names: Iterable[str]) -> list[str]:
    return sorted(names, key=export_key)
