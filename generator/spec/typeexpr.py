"""The type expression language of the spec: `list<Pricing>`, `optional<nullable<string>>`...

type    := term ("|" term)*
term    := NAME | WRAPPER "<" type ">" | "literal" "<" literal ">"
WRAPPER := list | map | optional | nullable
literal := "string" | 'string' | integer | true | false

`A | B` is a union: a value is one of its members. Its members are never
optional, nullable or `any` (write `nullable<A | B>`), and never repeat.
"""

from __future__ import annotations

import functools
import json
import re
from dataclasses import dataclass
from typing import Literal

PRIMITIVES = ("string", "integer", "int64", "number", "boolean", "any", "file")
WRAPPERS = ("list", "map", "optional", "nullable")

Kind = Literal["primitive", "list", "map", "optional", "nullable", "literal", "named", "union"]
LiteralValue = str | int | bool


@dataclass(frozen=True)
class TypeExpr:
    kind: Kind
    name: str = ""
    arg: TypeExpr | None = None
    value: LiteralValue | None = None
    members: tuple[TypeExpr, ...] = ()  # of a union

    def __str__(self) -> str:
        if self.kind in ("primitive", "named"):
            return self.name
        if self.kind == "literal":
            return f"literal<{json.dumps(self.value)}>"
        if self.kind == "union":
            return " | ".join(str(m) for m in self.members)
        return f"{self.kind}<{self.arg}>"

    @property
    def inner(self) -> TypeExpr:
        assert self.arg is not None
        return self.arg

    def strip_optional(self) -> tuple[TypeExpr, bool]:
        """(the type without an outer `optional<>`, whether it had one)."""
        return (self.inner, True) if self.kind == "optional" else (self, False)

    def walk(self) -> list[TypeExpr]:
        """This expression and every expression inside it."""
        if self.kind == "union":
            return [self, *(node for member in self.members for node in member.walk())]
        return [self, *(self.arg.walk() if self.arg else [])]


class TypeSyntaxError(ValueError):
    """A malformed type expression; `offset` is the 0-based column inside the string."""

    def __init__(self, message: str, offset: int, hint: str | None = None) -> None:
        super().__init__(message)
        self.offset = offset
        self.hint = hint


_TOKEN = re.compile(
    r"\s*(?:(?P<name>[A-Za-z_][\w]*)|(?P<str>\"(?:[^\"\\]|\\.)*\"|'[^']*')"
    r"|(?P<int>-?\d+)|(?P<punct>[<>|]))"
)

_ALIASES = {
    "str": "string",
    "int": "integer",
    "bool": "boolean",
    "float": "number",
    "double": "number",
    "array": "list",
    "dict": "map",
    "object": "map<any>",
    "long": "int64",
}


# What an endpoint's `response` may be besides a type: raw bytes, or no body at all.
RESPONSE_KINDS = ("binary", "none")

# Words a spec cannot use as the name of an enum, model or union.
RESERVED_TYPE_NAMES = frozenset({*PRIMITIVES, *WRAPPERS, "literal", *_ALIASES, *RESPONSE_KINDS})


@functools.lru_cache(maxsize=16384)  # a large spec spells the same few types thousands of times
def parse(text: str) -> TypeExpr:
    """Parse a type expression, or raise `TypeSyntaxError` pointing into `text`."""
    parser = _Parser(text)
    expr = parser.type()
    parser.skip_space()
    if parser.pos != len(text):
        raise TypeSyntaxError(f"unexpected {text[parser.pos :]!r} after the type", parser.pos)
    return expr


ANY = TypeExpr("primitive", name="any")

# Deeper nesting is no real API's shape, and would only exhaust the stack.
MAX_NESTING = 16


class _Parser:
    def __init__(self, text: str) -> None:
        self.text = text
        self.pos = 0
        self.depth = 0

    def skip_space(self) -> None:
        while self.pos < len(self.text) and self.text[self.pos].isspace():
            self.pos += 1

    def _next(self) -> tuple[str, str, int]:
        self.skip_space()
        start = self.pos
        if start >= len(self.text):
            return "end", "", start
        match = _TOKEN.match(self.text, start)
        if not match or match.end() == start:
            raise TypeSyntaxError(f"unexpected character {self.text[start]!r}", start)
        self.pos = match.end()
        kind = match.lastgroup or "end"
        return kind, match.group(kind), start

    def _expect(self, punct: str) -> None:
        kind, value, at = self._next()
        if (kind, value) != ("punct", punct):
            found = "the end" if kind == "end" else repr(value)
            raise TypeSyntaxError(f"expected {punct!r}, found {found}", at)

    def type(self) -> TypeExpr:
        """A term, or a union of terms."""
        self.skip_space()
        members = [(self.pos, self.term())]
        while self._peek_bar():
            self._next()
            self.skip_space()
            members.append((self.pos, self.term()))
        if len(members) == 1:
            return members[0][1]
        seen: set[str] = set()
        for at, member in members:
            if member == ANY:
                raise TypeSyntaxError(
                    "a union member cannot be any", at, hint="`any` already admits every value"
                )
            if member.kind in ("optional", "nullable"):
                raise TypeSyntaxError(
                    f"a union member cannot be {member.kind}<>",
                    at,
                    hint=f"wrap the whole union instead: {member.kind}<A | B>",
                )
            if str(member) in seen:
                raise TypeSyntaxError(f"{member} is in the union twice", at)
            seen.add(str(member))
        return TypeExpr("union", members=tuple(member for _, member in members))

    def _peek_bar(self) -> bool:
        self.skip_space()
        return self.text.startswith("|", self.pos)

    def term(self) -> TypeExpr:
        kind, value, at = self._next()
        if kind != "name":
            found = "nothing" if kind == "end" else repr(value)
            raise TypeSyntaxError(f"expected a type, found {found}", at)
        if value == "literal":
            self._expect("<")
            literal = self._literal()
            self._expect(">")
            return TypeExpr("literal", value=literal)
        if value in WRAPPERS:
            self._expect("<")
            self.depth += 1
            if self.depth > MAX_NESTING:
                raise TypeSyntaxError(f"types nest deeper than {MAX_NESTING} levels", at)
            arg = self.type()
            self.depth -= 1
            self._expect(">")
            return TypeExpr(value, arg=arg)  # type: ignore[arg-type]
        if value in PRIMITIVES:
            return TypeExpr("primitive", name=value)
        if value in _ALIASES:
            raise TypeSyntaxError(
                f"unknown type {value!r}", at, hint=f"did you mean {_ALIASES[value]!r}?"
            )
        return TypeExpr("named", name=value)

    def _literal(self) -> LiteralValue:
        kind, value, at = self._next()
        if kind == "str":
            if value.startswith("'"):
                return value[1:-1]
            try:
                decoded = json.loads(value)
            except json.JSONDecodeError:
                raise TypeSyntaxError("malformed string literal", at) from None
            return str(decoded)
        if kind == "int":
            return int(value)
        if kind == "name" and value in ("true", "false"):
            return value == "true"
        found = "nothing" if kind == "end" else repr(value)
        raise TypeSyntaxError(f'expected a literal such as "model", 1 or true, found {found}', at)


def rename(expr: TypeExpr, renames: dict[str, str]) -> TypeExpr:
    """`expr` with the named types `renames` maps given their new names."""
    if expr.kind == "named":
        return TypeExpr("named", name=renames.get(expr.name, expr.name))
    if expr.kind == "union":
        return TypeExpr("union", members=tuple(rename(m, renames) for m in expr.members))
    if expr.arg is not None:
        return TypeExpr(expr.kind, arg=rename(expr.arg, renames))
    return expr
