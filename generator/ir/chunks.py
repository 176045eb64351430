"""A spec's text split into its entries, so that a run can skip the unchanged ones.

Each entry of the `enums`, `models`, `unions` and `endpoints` sections is a
*chunk*: the lines from its key to the next entry. A chunk is known by the
sha256 of its text, and `memo.py` reuses the resolved IR of an entry whose text
(and the text of everything it read) is unchanged, without parsing it again.

The split is made from lines, not from YAML, so it is made only where lines
alone decide it: sections in block style at the top level, entries at one
indentation, keyed by plain names (`Model`, `chat.completions.create`), with
`\\n` line breaks and no BOM or document markers. Anything else gives no split,
and the whole file is parsed as usual. Whether a chunk is a whole YAML node on
its own is not decided here: a changed chunk is parsed in place (`blank` keeps
every line number), and a reused one was parsed that way when its entry was made.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

from ..spec.format import ENTRY_SECTIONS

_SECTION = re.compile(rf"({'|'.join(ENTRY_SECTIONS)}):[ ]*(?:#.*)?")
_KEY = re.compile(r"([A-Za-z_][A-Za-z0-9_]*):(?:[ ].*)?")
# An endpoint's key: `resource.method`, plain YAML however it is spelled.
_ENDPOINT_KEY = re.compile(r"([A-Za-z_][A-Za-z0-9_.-]*):(?:[ ].*)?")
# Lines are found by the line break before them: a pattern that starts with a literal
# `\n` is searched for that character alone, many times faster than `^` in MULTILINE mode.
# A line that starts at the left margin and is not a comment (after the first line).
_TOP_LINE = re.compile(r"\n([^ \n#][^\n]*)")
# The first line inside a section that is neither blank nor a comment.
_FIRST = re.compile(r"\n( +)[^ \n#]")
# Line breaks YAML (or str.splitlines) knows besides \n: any of them, and no split.
_OTHER_BREAKS = "\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"


@dataclass(frozen=True)
class Chunk:
    section: str
    name: str
    line: int  # 1-based line of its key
    column: int  # 1-based column of its key
    begin: int  # offset of its first line in the text
    stop: int  # offset past its last line (and that line's break)
    sha256: str


@dataclass(frozen=True)
class Split:
    """Where each definition's text lies, in document order."""

    text: str
    chunks: tuple[Chunk, ...]
    headers: dict[str, tuple[int, int]]  # section -> offsets of its `models:` line
    top: dict[str, int]  # every top-level key -> its 1-based line

    def by_name(self) -> dict[str, Chunk]:
        return {c.name: c for c in self.chunks}

    def blank(self, skipped: set[str]) -> str:
        """The text with the chunks of `skipped` (definition names) made empty lines.

        A section left with no entry loses its header too, so that it reads as
        absent (empty) rather than as `null`. Every other line keeps its number.
        """
        cuts = [(c.begin, c.stop) for c in self.chunks if c.name in skipped]
        cuts += [self.headers[section] for section in self.emptied(skipped)]
        parts, at = [], 0
        for begin, stop in sorted(cuts):
            parts += [self.text[at:begin], "\n" * self.text.count("\n", begin, stop)]
            at = stop
        parts.append(self.text[at:])
        return "".join(parts)

    def emptied(self, skipped: set[str]) -> set[str]:
        """The sections all of whose entries are in `skipped` (and that have any)."""
        kept = {section: False for section in self.headers}
        for chunk in self.chunks:
            kept[chunk.section] = kept[chunk.section] or chunk.name not in skipped
        has = {chunk.section for chunk in self.chunks}
        return {section for section, k in kept.items() if not k and section in has}


def split(text: str) -> Split | None:
    """The chunks of `text`, or None where lines alone cannot tell them apart."""
    if text.startswith("\ufeff") or any(c in text for c in _OTHER_BREAKS):
        return None
    chunks: list[Chunk] = []
    headers: dict[str, tuple[int, int]] = {}
    top: dict[str, int] = {}
    names: set[str] = set()
    tops = _margin_lines(text)
    line, counted = 1, 0  # the line number at offset `counted`

    def line_at(offset: int) -> int:
        nonlocal line, counted
        line += text.count("\n", counted, offset)
        counted = offset
        return line

    for i, (start, line_end) in enumerate(tops):
        header = text[start:line_end]
        key = _KEY.fullmatch(header)
        if key is None or key.group(1) in top:
            return None  # a document marker, directive, flow or quoted key ...
        top[key.group(1)] = line_at(start)
        section = _SECTION.fullmatch(header)
        if section is None:
            continue  # not split: parsed with the rest
        name = section.group(1)
        headers[name] = (start, line_end + 1 if line_end < len(text) else line_end)
        end = tops[i + 1][0] if i + 1 < len(tops) else len(text)
        first = _FIRST.search(text, line_end, end)
        if first is None:
            continue  # no entries
        indent = len(first.group(1))
        lines = re.compile(rf"\n( {{0,{indent}}})([^ \n#][^\n]*)")
        entries = list(lines.finditer(text, line_end, end))
        keys = _ENDPOINT_KEY if name == "endpoints" else _KEY
        for j, entry in enumerate(entries):
            if len(entry.group(1)) < indent:
                return None  # an entry out of line: the parser reports it
            key = keys.fullmatch(entry.group(2))
            if key is None or key.group(1) in names:
                return None  # a quoted or unusual key, or a name defined twice
            names.add(key.group(1))
            begin = entry.start() + 1  # past the line break before it
            stop = entries[j + 1].start() + 1 if j + 1 < len(entries) else end
            body = text[begin:stop].encode("utf-8", "surrogatepass")
            chunks.append(
                Chunk(
                    section=name,
                    name=key.group(1),
                    line=line_at(begin),
                    column=indent + 1,
                    begin=begin,
                    stop=stop,
                    sha256=hashlib.sha256(body).hexdigest(),
                )
            )
    return Split(text, tuple(chunks), headers, top)


def _margin_lines(text: str) -> list[tuple[int, int]]:
    """Where each line at the left margin that is not a comment starts and ends."""
    found = []
    if text and text[0] not in " \n#":
        end = text.find("\n")
        found.append((0, len(text) if end < 0 else end))
    found += [match.span(1) for match in _TOP_LINE.finditer(text)]
    return found


def agrees(split: Split, keys: dict[tuple[str, ...], tuple[int, int]], skipped: set[str]) -> bool:
    """Whether a parse (its key positions) saw every line `split` calls a key as that key.

    A quoted scalar or flow collection may run on over lines at any indentation,
    so a line that looks like a key may be inside one. If one that began before
    a chunk ran into it, it runs on over the chunk (blank when skipped) into the
    next key line, which the parse then does not see as a key: so checking every
    key line not skipped is enough.
    """
    emptied = split.emptied(skipped)
    for key, line in split.top.items():
        if key in emptied:
            continue  # blanked with its entries
        if keys.get((key,)) != (line, 1):
            return False
    return all(
        keys.get((c.section, c.name)) == (c.line, c.column)
        for c in split.chunks
        if c.name not in skipped
    )
