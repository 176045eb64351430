"""An imported spec as readable YAML, checked the way `generate` checks a spec.

`settle(result)` writes the spec as text and resolves it. Each value the checks
refuse (an example that does not fit, a pattern Python cannot compile, fields
that would share an attribute, a tag a variant does not carry) is taken out with
a warning at the document line it came from, and the check runs again. What is
returned is text that validates as it is.
"""

from __future__ import annotations

import hashlib
import json
import re
from typing import TYPE_CHECKING, Any, NamedTuple

import yaml

from ..errors import Problem, SpecError
from .openapi import Note, Result

if TYPE_CHECKING:
    from ..ir.resolve import API
    from ..spec.load import LoadedSpec

# Keys a checker's complaint may name whose removal leaves a valid, if less detailed, spec.
_DROPPABLE = frozenset(
    {
        "example",
        "examples",
        "default",
        "pattern",
        "ge",
        "gt",
        "le",
        "lt",
        "min_length",
        "max_length",
    }
)
MAX_ROUNDS = 25


# A string YAML reads back as the same string when written bare: no leading or trailing
# space, no character that starts YAML syntax, no `: ` or ` #` inside, and not a word
# YAML 1.1 reads as a boolean, null or number.
_PLAIN = re.compile(
    r"^[A-Za-z_/$.(](?:[^\x00-\x1f\x7f\x85\u2028\u2029\ufeff:#'\"{}\[\],&*!|>%@`]"
    r"|:(?=[^ ])|(?<! )#)*\Z"
)
_RESOLVER: Any = yaml.resolver.Resolver()


def _reads_as_text(text: str) -> bool:
    """YAML's own rules read `text`, written bare, as a string (not a bool, null, number
    or date): the loaders that read specs use these rules."""
    tag: str = _RESOLVER.resolve(yaml.ScalarNode, text, (True, False))
    return tag == "tag:yaml.org,2002:str"


# Characters escaped even inside quotes: outside YAML's printable set, or line breaks to it.
_UNSAFE = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff\ufeff\ufffe\uffff]"
)
_KEY = re.compile(r"^[A-Za-z_][A-Za-z0-9_.-]*\Z")
_BLOCK_LINE = re.compile(r"^[^\t\r\x00-\x08\x0b-\x1f\x7f\x85\u2028\u2029\ufeff]*\Z")


def to_yaml(spec: dict[str, Any]) -> str:
    """The spec as block YAML, keys in the order they were built.

    Written here rather than by PyYAML's emitter: the same bytes on every machine
    (with or without libyaml), and fast on documents of thousands of definitions.
    `settle` reads the text back and checks that it holds the same data.
    """
    out = ["# yaml-language-server: $schema=schema.json"]
    if not spec:
        out.append("{}")
    _mapping(spec, 0, out)
    return "\n".join(out) + "\n"


def _mapping(node: dict[str, Any], indent: int, out: list[str]) -> None:
    pad = " " * indent
    for key, value in node.items():
        head = f"{pad}{_key(key)}:"
        _value(value, head, indent, out)


def _value(value: Any, head: str, indent: int, out: list[str]) -> None:
    if isinstance(value, dict) and value:
        out.append(head)
        _mapping(value, indent + 2, out)
    elif isinstance(value, list) and value:
        out.append(head)
        dash = " " * (indent + 2) + "- "
        for item in value:
            if isinstance(item, dict) and item:
                lines: list[str] = []
                _mapping(item, indent + 4, lines)  # the first key on the dash's line
                out.append(dash + lines[0].lstrip())
                out.extend(lines[1:])
            elif isinstance(item, list) and item:
                _value(item, dash.rstrip(), indent + 2, out)
            else:
                out.append(dash + _scalar(item, indent + 4))
    else:
        out.append(f"{head} {_scalar(value, indent + 2)}")


def _block_safe(text: str) -> bool:
    """`text` reads back unchanged from a `|-` block: no trailing space, tab or control
    character on a line, and no leading space or newline, nor a trailing newline."""
    lines = text.split("\n")
    clean = all(_BLOCK_LINE.match(line) and line == line.rstrip() for line in lines)
    return clean and not text.startswith((" ", "\n")) and not text.endswith("\n")


def _quoted(text: str) -> str:
    """A double-quoted scalar. What YAML does not allow raw in one (control characters,
    surrogates, U+FFFE/U+FFFF) and what it reads as a line break is escaped."""
    body = json.dumps(text, ensure_ascii=False)
    return _UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", body)


def _key(key: Any) -> str:
    text = str(key)
    return text if _KEY.match(text) and _reads_as_text(text) else _quoted(text)


def _scalar(value: Any, indent: int) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return json.dumps(value)
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False)  # empty: `{}` or `[]`
    text = str(value)
    if _UNSAFE.search(text):
        return _quoted(text)
    if "\n" in text and _block_safe(text):
        pad = " " * indent
        return "|-\n" + "\n".join(f"{pad}{line}" if line else "" for line in text.split("\n"))
    if (
        _PLAIN.match(text)
        and _reads_as_text(text)
        and text == text.strip()
        and " -" not in text[:2]
    ):
        return text
    return _quoted(text)


class Settled(NamedTuple):
    """An imported spec that validates: its text, and that text loaded and resolved."""

    text: str
    loaded: LoadedSpec
    api: API


def settle(result: Result, shown: str) -> Settled:
    """The spec, once every value the checks refuse is taken out (with a warning).

    The checks run on the spec as data until it settles; its text is then written,
    read back and checked to hold the same data, once.
    """
    import dataclasses

    from ..ir.resolve import resolve
    from ..spec.load import parse_yaml, unplaced, validated

    for _ in range(MAX_ROUNDS):
        try:
            api = resolve(validated(result.spec, unplaced(result.spec, shown), shown, ""))
        except SpecError as exc:
            unfixed = [p for p in exc.problems if not _repair(result, p)]
            if unfixed:
                raise _located(result, shown) from None
            continue
        text = to_yaml(result.spec)
        data, positions = parse_yaml(text, shown)
        if data != result.spec:  # the writer's own check; never expected
            raise SpecError([Problem(shown, 1, 1, "", f"{_NOT_READ_BACK}; please report it")])
        loaded = validated(data, positions, shown, hashlib.sha256(text.encode()).hexdigest())
        return Settled(text, loaded, dataclasses.replace(api, spec_sha256=loaded.sha256))
    raise SpecError(
        [Problem(shown, 1, 1, "", "the imported spec would not settle; please report it")]
    )


_NOT_READ_BACK = "the spec text does not read back as written"


def _located(result: Result, shown: str) -> SpecError:
    """The spec's remaining problems, at their lines in the text it would be written as."""
    from ..ir.resolve import resolve
    from ..spec.load import load_bytes

    try:
        resolve(load_bytes(to_yaml(result.spec).encode(), shown))
    except SpecError as exc:
        return exc
    return SpecError([Problem(shown, 1, 1, "", f"{_NOT_READ_BACK}; please report it")])


def _repair(result: Result, problem: Problem) -> bool:
    """Take out what `problem` names, with a warning; False if that is not possible."""
    path = _split(result.spec, problem.path)
    if not path:
        return False
    origin = _origin(result, path)
    # A key the format allows to be absent: drop it.
    for i in range(len(path), 0, -1):
        if path[i - 1] in _DROPPABLE:
            return _drop(result, path[:i], origin, f"{path[i - 1]} left out: {problem.message}")
    section = path[0]
    if section == "unions" and len(path) >= 2 and "discriminator" in _get(result.spec, path[:2]):
        union = _get(result.spec, path[:2])
        union.pop("discriminator")
        result.notes.append(
            Note(origin, f"union {path[1]} is told apart by shape instead: {problem.message}")
        )
        return True
    if section == "models" and len(path) >= 4 and path[2] == "fields":
        return _drop(result, path[:4], origin, f"field {path[3]!r} left out: {problem.message}")
    if section == "endpoints" and len(path) >= 2:
        endpoint = _get(result.spec, path[:2])
        for key in ("stream", "params", "body"):
            if len(path) > 2 and path[2] == key:
                if key == "params" and len(path) > 3:
                    return _drop(
                        result,
                        path[:4],
                        origin,
                        f"parameter {path[3]!r} left out: {problem.message}",
                    )
                endpoint.pop(key)
                result.notes.append(Note(origin, f"{path[1]}: {key} left out: {problem.message}"))
                return True
    return False


def _drop(result: Result, path: tuple[str, ...], origin: str, message: str) -> bool:
    parent = _get(result.spec, path[:-1])
    if not isinstance(parent, dict) or path[-1] not in parent:
        return False
    del parent[path[-1]]
    result.notes.append(Note(origin, message))
    return True


def _get(spec: Any, path: tuple[str, ...]) -> Any:
    node = spec
    for part in path:
        node = node[part] if isinstance(node, dict) else node[int(part)]
    return node


def _split(spec: dict[str, Any], dotted: str) -> tuple[str, ...]:
    """A checker's dotted path as keys of `spec` (keys may hold dots themselves)."""
    out: list[str] = []
    node: Any = spec
    rest = dotted
    while rest:
        if isinstance(node, dict):
            match = next(
                (
                    k
                    for k in sorted(node, key=lambda k: -len(str(k)))
                    if rest == str(k) or rest.startswith(f"{k}.")
                ),
                None,
            )
            if match is None:
                break
            out.append(str(match))
            node = node[match]
            rest = rest[len(str(match)) + 1 :]
        elif isinstance(node, list):
            head, _, rest = rest.partition(".")
            if not head.isdigit() or int(head) >= len(node):
                break
            out.append(head)
            node = node[int(head)]
        else:
            break
    return tuple(out)


def _origin(result: Result, path: tuple[str, ...]) -> str:
    for i in range(len(path), 0, -1):
        if path[:i] in result.origins:
            return result.origins[path[:i]]
    return next(iter(result.origins.values()), "?")
