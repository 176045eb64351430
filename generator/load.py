"""Stage 1: read a spec file into a validated `Spec`, keeping source positions.

YAML is composed into nodes (not loaded straight to dicts) so that every key and
value keeps its line and column. pydantic validation errors are then mapped
back to those positions, so a user sees `spec/x.yaml:14:7 endpoints...: ...`.
"""

from __future__ import annotations

import hashlib
import typing
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ValidationError

from .errors import Problem, SpecError, did_you_mean
from .spec import Spec

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


def load_file(path: Path, *, shown_as: str | None = None) -> LoadedSpec:
    """Read, parse and validate one spec file."""
    shown = shown_as or path.as_posix()
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise SpecError([Problem(shown, 1, 1, "", f"cannot read file: {exc.strerror}")]) from None
    return load_bytes(raw, shown)


def load_bytes(raw: bytes, shown: str) -> LoadedSpec:
    """Parse and validate spec text (used for files and for `git show` output)."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise SpecError([Problem(shown, 1, 1, "", f"not UTF-8 text: {exc.reason}")]) from None
    data, positions = parse_yaml(text, shown)
    if not isinstance(data, dict):
        raise SpecError([positions.problem((), "expected a mapping at the top of the file")])
    try:
        spec = Spec.model_validate(data)
    except ValidationError as exc:
        raise SpecError(_problems(exc, positions)) from None
    return LoadedSpec(spec, positions, shown, hashlib.sha256(raw).hexdigest())


def parse_yaml(text: str, shown: str) -> tuple[Any, Positions]:
    """YAML text to plain Python values, plus the position of every node."""
    positions = Positions(shown)
    loader = _Loader(text)
    try:
        root = loader.get_single_node()
        if root is None:
            raise SpecError([Problem(shown, 1, 1, "", "the file is empty")])
        return _convert(root, (), positions, loader), positions
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        message = f"invalid YAML: {exc.problem or exc.context}"
        raise SpecError([Problem(shown, line, col, "", message)]) from None
    except yaml.YAMLError as exc:
        raise SpecError([Problem(shown, 1, 1, "", f"invalid YAML: {exc}")]) from None
    finally:
        loader.dispose()


def _convert(node: yaml.Node, path: PathKey, positions: Positions, loader: Any) -> Any:
    positions.values[path] = (node.start_mark.line + 1, node.start_mark.column + 1)
    if isinstance(node, yaml.MappingNode):
        out: dict[Any, Any] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode):
                raise SpecError([_at(positions, key_node, path, "mapping keys must be scalars")])
            key = loader.construct_object(key_node)
            if key_node.tag == "tag:yaml.org,2002:merge":
                raise SpecError(
                    [_at(positions, key_node, path, "YAML merge keys are not supported")]
                )
            text_key = _key_text(key)
            child = (*path, text_key)
            if key in out:
                line = positions.keys[child][0]
                message = f"duplicate key {text_key!r} (first defined on line {line})"
                raise SpecError([_at(positions, key_node, child, message)])
            positions.keys[child] = (key_node.start_mark.line + 1, key_node.start_mark.column + 1)
            out[key] = _convert(value_node, child, positions, loader)
        return out
    if isinstance(node, yaml.SequenceNode):
        return [
            _convert(item, (*path, str(i)), positions, loader) for i, item in enumerate(node.value)
        ]
    if isinstance(node, yaml.ScalarNode) and node.style in ("'", '"'):
        positions.quoted.add(path)
    return loader.construct_object(node)


def _key_text(key: Any) -> str:
    if isinstance(key, bool):
        return "true" if key else "false"
    return str(key)


def _at(positions: Positions, node: yaml.Node, path: PathKey, message: str) -> Problem:
    mark = node.start_mark
    return Problem(positions.file, mark.line + 1, mark.column + 1, ".".join(path), message)


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
        else:
            got = error.get("input")
            message = _clean(error["msg"])
            if kind not in {"value_error", "assertion_error"} and not isinstance(got, dict | list):
                message = f"{message}, got {got!r}"
            problems.append(positions.problem(path, message))
    return problems


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
