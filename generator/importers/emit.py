"""An imported spec as readable YAML, checked the way `generate` checks a spec.

`settle(result)` writes the spec as text and resolves it. Each value the checks
refuse (an example that does not fit, a pattern Python cannot compile, fields
that would share an attribute, a tag a variant does not carry) is taken out with
a warning at the document line it came from, and the check runs again. What is
returned is text that validates as it is.
"""

from __future__ import annotations

from typing import Any

import yaml

from ..errors import Problem, SpecError
from .openapi import Note, Result

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


class _Dumper(yaml.SafeDumper):
    """Block style, multi-line text as `|` blocks, keys in the order they were built."""


def _text(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    if "\n" in value:
        return dumper.represent_scalar("tag:yaml.org,2002:str", value, style="|")
    return dumper.represent_scalar("tag:yaml.org,2002:str", value)


_Dumper.add_representer(str, _text)


def to_yaml(spec: dict[str, Any]) -> str:
    body = yaml.dump(spec, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=100)
    return "# yaml-language-server: $schema=schema.json\n" + body


def settle(result: Result, shown: str) -> str:
    """The spec's text, once every value the checks refuse is taken out (with a warning)."""
    from ..ir import resolve
    from ..load import load_bytes

    for _ in range(MAX_ROUNDS):
        text = to_yaml(result.spec)
        try:
            resolve(load_bytes(text.encode(), shown))
        except SpecError as exc:
            unfixed = [p for p in exc.problems if not _repair(result, p)]
            if unfixed:
                raise SpecError(unfixed) from None
            continue
        return text
    raise SpecError(
        [Problem(shown, 1, 1, "", "the imported spec would not settle; please report it")]
    )


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
