"""Stage 1: read a spec file into a validated `Spec`, keeping source positions.

YAML is composed into nodes (not loaded straight to dicts) so that every key and
value keeps its line and column. pydantic validation errors are then mapped
back to those positions, so a user sees `spec/x.yaml:14:7 endpoints...: ...`.
"""

from __future__ import annotations

import gc
import hashlib
import math
import typing
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ValidationError

from ..errors import Problem, SpecError, did_you_mean
from .format import BASE_URL, ENDPOINT_PATH, HEADER_NAME, URL_PATH, Spec
from .source import read_spec_bytes

PathKey = tuple[str, ...]

# The C loader is several times faster where libyaml is available.
_Loader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@dataclass
class Positions:
    """Line and column (1-based) of every key and value in one file."""

    file: str
    values: dict[PathKey, tuple[int, int]] = field(default_factory=dict)
    keys: dict[PathKey, tuple[int, int]] = field(default_factory=dict)
    quoted: set[PathKey] = field(default_factory=set)
    # The definitions (`("models", name)`) that hold a YAML alias: their value
    # depends on text outside them.
    aliased: set[PathKey] = field(default_factory=set)

    def of(self, path: PathKey, *, key: bool = False) -> tuple[int, int]:
        """The position of `path`, or of its closest ancestor that has one."""
        table = self.keys if key else self.values
        probe = tuple(path)
        while probe:
            if probe in table:
                return table[probe]
            if probe in self.values:
                return self.values[probe]
            probe = probe[:-1]
        return self.values.get((), (1, 1))

    def inside(self, path: PathKey, offset: int) -> tuple[int, int]:
        """The position `offset` characters into the scalar at `path` (a single-line value)."""
        line, column = self.of(path)
        return line, column + offset + (1 if path in self.quoted else 0)

    def problem(
        self, path: PathKey, message: str, *, hint: str | None = None, key: bool = False
    ) -> Problem:
        line, column = self.of(path, key=key)
        return Problem(self.file, line, column, ".".join(path), message, hint)


@dataclass
class LoadedSpec:
    """A validated spec with where it came from."""

    spec: Spec
    positions: Positions
    display_path: str
    sha256: str


# Limits that keep a hostile spec from exhausting memory, the stack or the clock.
MAX_DEPTH = 64  # nesting of mappings and lists; real specs stay under 15
# Values built per character of input: an alias may repeat a subtree, but a spec that
# expands past this is an alias bomb (a "billion laughs"), not an API description.
NODES_PER_BYTE = 4
_NODE_ALLOWANCE = 100_000

# The scalar types of JSON. YAML would also read dates, binary and sets.
_STR = "tag:yaml.org,2002:str"
_TIMESTAMP = "tag:yaml.org,2002:timestamp"
_SCALAR_TAGS = frozenset(f"tag:yaml.org,2002:{t}" for t in ("str", "int", "float", "bool", "null"))


def load_file(path: Path, *, shown_as: str | None = None) -> LoadedSpec:
    """Read, parse and validate one spec file (a regular file, never a FIFO or device)."""
    shown = shown_as or path.as_posix()
    return load_bytes(read_spec_bytes(path, shown), shown)


def load_bytes(raw: bytes, shown: str) -> LoadedSpec:
    """Parse and validate spec text (used for files and for `git show` output)."""
    return load_text(decode(raw, shown), shown, hashlib.sha256(raw).hexdigest())


def decode(raw: bytes, shown: str) -> str:
    """Spec bytes as text; anything but UTF-8 is a located error."""
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        column = exc.start - raw.rfind(b"\n", 0, exc.start)
        message = f"not UTF-8 text: {exc.reason}"
        raise SpecError([Problem(shown, line, column, "", message)]) from None


def load_text(text: str, shown: str, sha256: str) -> LoadedSpec:
    """Parse and validate spec text; `sha256` is that of the bytes it was read from."""
    data, positions = parse_yaml(text, shown)
    return validated(data, positions, shown, sha256)


def unplaced(data: Any, shown: str) -> Positions:
    """Positions for spec data that has no text yet: every path is there, at line 1."""
    positions = Positions(shown)
    todo: list[tuple[PathKey, Any]] = [((), data)]
    while todo:
        path, value = todo.pop()
        positions.values[path] = (1, 1)
        if isinstance(value, dict):
            todo.extend(((*path, str(k)), v) for k, v in value.items())
        elif isinstance(value, list):
            todo.extend(((*path, str(i)), v) for i, v in enumerate(value))
    return positions


def validated(data: Any, positions: Positions, shown: str, sha256: str) -> LoadedSpec:
    """Parsed spec text, checked against the format."""
    if not isinstance(data, dict):
        raise SpecError([positions.problem((), "expected a mapping at the top of the file")])
    try:
        spec = Spec.model_validate(data)
    except ValidationError as exc:
        raise SpecError(_problems(exc, positions)) from None
    return LoadedSpec(spec, positions, shown, sha256)


def parse_yaml(text: str, shown: str) -> tuple[Any, Positions]:
    """YAML text to plain Python values, plus the position of every node."""
    positions = Positions(shown)
    loader = _Loader(text)
    # The values built here are acyclic; collecting garbage while building them only
    # rescans the growing tree (most of the load time of a large spec).
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _Composer(loader, positions, len(text)).document(), positions
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        message = f"invalid YAML: {exc.problem or exc.context}"
        raise SpecError([Problem(shown, line, col, "", message)]) from None
    except yaml.YAMLError as exc:
        raise SpecError([Problem(shown, 1, 1, "", f"invalid YAML: {exc}")]) from None
    finally:
        if collecting:
            gc.enable()
        loader.dispose()


class _Composer:
    """Builds Python values straight from the parser's events, with every node's position.

    PyYAML's own composer recurses without a limit (deep input crashes the
    interpreter) and expands aliases without a budget; this one stops at
    `MAX_DEPTH` levels and at a node budget proportional to the input.
    """

    def __init__(self, loader: Any, positions: Positions, size: int) -> None:
        self.loader = loader
        self.positions = positions
        self.budget = NODES_PER_BYTE * size + _NODE_ALLOWANCE
        # anchor -> (value, its path, node count, its slice of the position logs)
        self.anchors: dict[str, tuple[Any, PathKey, int, slice, slice]] = {}
        # Every position recorded, in order, so an alias copies its anchor's slice.
        self.value_log: list[tuple[PathKey, tuple[int, int]]] = []
        self.key_log: list[tuple[PathKey, tuple[int, int]]] = []
        self.resolved: dict[tuple[str, Any], str] = {}  # plain scalar -> its YAML tag

    def fail(self, mark: Any, path: PathKey, message: str) -> SpecError:
        return SpecError(
            [Problem(self.positions.file, mark.line + 1, mark.column + 1, ".".join(path), message)]
        )

    def document(self) -> Any:
        loader = self.loader
        loader.get_event()  # stream start
        if loader.check_event(yaml.StreamEndEvent):
            raise SpecError([Problem(self.positions.file, 1, 1, "", "the file is empty")])
        loader.get_event()  # document start
        value, _ = self.node((), 0)
        loader.get_event()  # document end
        if not loader.check_event(yaml.StreamEndEvent):
            event = loader.get_event()
            raise self.fail(event.start_mark, (), "expected one YAML document, found another")
        return value

    def node(self, path: PathKey, depth: int) -> tuple[Any, int]:
        """The value at `path` and how many nodes it holds."""
        event = self.loader.get_event()
        mark = event.start_mark
        self._record_value(path, (mark.line + 1, mark.column + 1))
        if isinstance(event, yaml.AliasEvent):
            self.positions.aliased.add(path[:2])
            if event.anchor not in self.anchors:
                raise self.fail(mark, path, f"unknown YAML alias *{event.anchor}")
            value, source, count, values, keys = self.anchors[event.anchor]
            self._spend(count, mark, path)
            self._copy_positions(source, path, values, keys)
            return value, count
        logged = (len(self.value_log), len(self.key_log))
        if depth > MAX_DEPTH:
            raise self.fail(mark, path, f"nested deeper than {MAX_DEPTH} levels")
        self._spend(1, mark, path)
        anchor = getattr(event, "anchor", None)
        if isinstance(event, yaml.ScalarEvent):
            value, count = self._scalar(event, path), 1
        elif isinstance(event, yaml.SequenceStartEvent):
            self._check_tag(event, "seq", path)
            value, count = [], 1
            while not self.loader.check_event(yaml.SequenceEndEvent):
                item, n = self.node((*path, str(len(value))), depth + 1)
                value.append(item)
                count += n
            self.loader.get_event()
        elif isinstance(event, yaml.MappingStartEvent):
            self._check_tag(event, "map", path)
            value, count = self._mapping(path, depth)
        else:  # pragma: no cover - the parser emits nothing else inside a document
            raise self.fail(mark, path, f"unexpected YAML {type(event).__name__}")
        if anchor is not None:
            values = slice(logged[0], len(self.value_log))
            keys = slice(logged[1], len(self.key_log))
            self.anchors[anchor] = (value, path, count, values, keys)
        return value, count

    def _mapping(self, path: PathKey, depth: int) -> tuple[dict[Any, Any], int]:
        out: dict[Any, Any] = {}
        count = 1
        while not self.loader.check_event(yaml.MappingEndEvent):
            key_event = self.loader.peek_event()
            if not isinstance(key_event, yaml.ScalarEvent):
                raise self.fail(key_event.start_mark, path, "mapping keys must be scalars")
            self.loader.get_event()
            key = self._scalar(key_event, path)
            text_key = _key_text(key)
            child = (*path, text_key)
            mark: Any = key_event.start_mark
            if key in out:
                line = self.positions.keys[child][0]
                message = f"duplicate key {text_key!r} (first defined on line {line})"
                raise self.fail(mark, child, message)
            where = (mark.line + 1, mark.column + 1)
            self.positions.keys[child] = where
            self.key_log.append((child, where))
            out[key], n = self.node(child, depth + 1)
            count += n
        self.loader.get_event()
        return out, count

    def _scalar(self, event: Any, path: PathKey) -> Any:
        if event.style in ("'", '"'):
            self.positions.quoted.add(path)
        tag = event.tag
        if tag in (None, "!"):
            if event.style:  # quoted or block text is always a string (plain is "" or None)
                return event.value
            key = (event.value, event.implicit)
            tag = self.resolved.get(key)
            if tag is None:
                tag = self.resolved[key] = self.loader.resolve(
                    yaml.ScalarNode, event.value, event.implicit
                )
        if tag == _STR:
            return event.value
        if tag == _TIMESTAMP and path and path[-1] == "sunset":
            return event.value  # a date, as the text the spec's checks read it from
        node = yaml.ScalarNode(tag, event.value, event.start_mark, event.end_mark, event.style)
        if node.tag not in _SCALAR_TAGS:
            kind = node.tag.rpartition(":")[2]
            message = f"YAML reads {event.value!r} as a {kind}; quote it to keep it as a string"
            if kind == "merge":
                message = "YAML merge keys (<<) are not supported"
            elif event.tag not in (None, "!"):
                message = f"YAML tag {event.tag} is not supported"
            raise self.fail(event.start_mark, path, message)
        try:
            value = self.loader.construct_object(node)
        except ValueError:  # an integer past Python's digit limit
            message = f"a number of {len(event.value)} characters is too long to read"
            raise self.fail(event.start_mark, path, message) from None
        if isinstance(value, float) and not math.isfinite(value):
            raise self.fail(event.start_mark, path, f"{event.value!r} is not a finite number")
        return value

    def _check_tag(self, event: Any, kind: str, path: PathKey) -> None:
        if event.tag not in (None, "!", f"tag:yaml.org,2002:{kind}"):
            raise self.fail(event.start_mark, path, f"YAML tag {event.tag} is not supported")

    def _spend(self, count: int, mark: Any, path: PathKey) -> None:
        self.budget -= count
        if self.budget < 0:
            raise self.fail(mark, path, "YAML aliases expand to too many values (an alias bomb?)")

    def _record_value(self, path: PathKey, where: tuple[int, int]) -> None:
        self.positions.values[path] = where
        self.value_log.append((path, where))

    def _copy_positions(self, source: PathKey, target: PathKey, values: slice, keys: slice) -> None:
        """An alias repeats its anchor's subtree: its inner values point at the anchor's lines."""
        size = len(source)
        for key, where in self.value_log[values]:
            self._record_value((*target, *key[size:]), where)
        for key, where in self.key_log[keys]:
            moved = (*target, *key[size:])
            self.positions.keys[moved] = where
            self.key_log.append((moved, where))


def _key_text(key: Any) -> str:
    if isinstance(key, bool):
        return "true" if key else "false"
    return str(key)


def _problems(exc: ValidationError, positions: Positions) -> list[Problem]:
    problems = []
    for error in exc.errors():
        loc = tuple(str(part) for part in error["loc"])
        kind = error["type"]
        path = _data_path(loc, positions, keep_last=kind in ("missing", "extra_forbidden"))
        if kind == "extra_forbidden":
            allowed = _allowed_keys(path[:-1])
            hint = did_you_mean(path[-1], allowed)
            message = f"unknown key {path[-1]!r}"
            if not hint and allowed:
                hint = "allowed keys: " + ", ".join(sorted(allowed))
            problems.append(positions.problem(path, message, hint=hint, key=True))
        elif kind == "missing":
            problems.append(positions.problem(path[:-1], f"missing required key {path[-1]!r}"))
        elif kind == "string_pattern_mismatch" and error.get("ctx", {}).get("pattern") in _GRAMMARS:
            expected = _GRAMMARS[error["ctx"]["pattern"]]
            problems.append(positions.problem(path, f"expected {expected}, got {error['input']!r}"))
        else:
            got = error.get("input")
            message = _clean(error["msg"])
            if kind not in {"value_error", "assertion_error"} and not isinstance(got, dict | list):
                message = f"{message}, got {got!r}"
            problems.append(positions.problem(path, message))
    return problems


# What the spec format's patterns mean, in words, for error messages.
_GRAMMARS = {
    HEADER_NAME: "an HTTP header name (letters, digits and !#$%&'*+-.^_`|~)",
    BASE_URL: "an http(s) origin such as 'https://api.example.com' "
    "(no path, quotes, spaces or control characters)",
    URL_PATH: "a URL path such as '/v1/models/{model_id}'",
    ENDPOINT_PATH: "a URL path such as '/v1/models/{model_id}'",
}


def _data_path(loc: PathKey, positions: Positions, *, keep_last: bool) -> PathKey:
    """The loc as a path in the file, without pydantic's own parts (`function-after[...]`)."""
    out: list[str] = []
    for i, part in enumerate(loc):
        candidate = (*out, part)
        last = i == len(loc) - 1
        if candidate in positions.values or (last and keep_last):
            out.append(part)
    return tuple(out)


def _clean(message: str) -> str:
    message = message.removeprefix("Value error, ")
    return message[:1].lower() + message[1:]


def _allowed_keys(path: PathKey) -> set[str]:
    """The keys the spec format allows at `path`, for 'did you mean' hints."""
    model: type[BaseModel] | None = Spec
    user_key_next = False
    for part in path:
        if user_key_next:  # a name the user chose: a model, endpoint, field or param
            user_key_next = False
            continue
        if model is None:
            return set()
        info = model.model_fields.get(part) or next(
            (f for f in model.model_fields.values() if f.alias == part), None
        )
        if info is None:
            return set()
        user_key_next = typing.get_origin(info.annotation) is dict
        model = _model_of(info.annotation)
    if model is None or user_key_next:
        return set()
    return {f.alias or name for name, f in model.model_fields.items()}


def _model_of(annotation: Any) -> type[BaseModel] | None:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for arg in getattr(annotation, "__args__", ()):
        found = _model_of(arg)
        if found is not None:
            return found
    return None
