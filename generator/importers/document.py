"""An OpenAPI document read with the line of every value, and its `$ref`s followed.

JSON and YAML both go through the YAML composer (JSON is YAML), so every value
keeps its position for warnings. Scalars are read the way JSON Schema means them
(YAML 1.2): only `true`/`false` are booleans, and dates stay strings. A `$ref`
may point into the same document or into a file beside it (`other.yaml#/...`);
URLs are fetched only for the top-level document.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import yaml

from ..errors import Problem, SpecError
from ..spec.source import read_spec_bytes

Pointer = tuple[str, ...]

_Loader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
MAX_DEPTH = 200  # nesting levels; real documents stay well under 40


@dataclass
class Document:
    """One file of an OpenAPI description: its data and where each value sits."""

    shown: str  # the name messages use
    path: Path | None  # for relative references; None for a fetched document
    data: Any
    lines: dict[Pointer, int] = field(default_factory=dict)

    def line(self, pointer: Pointer) -> int:
        """The line of `pointer`, or of its closest ancestor that has one."""
        probe = tuple(pointer)
        while probe and probe not in self.lines:
            probe = probe[:-1]
        return self.lines.get(probe, 1)

    def where(self, pointer: Pointer) -> str:
        return f"{self.shown}:{self.line(pointer)}"

    def at(self, pointer: Pointer) -> Any:
        node = self.data
        for part in pointer:
            if isinstance(node, dict) and part in node:
                node = node[part]
            elif isinstance(node, list) and part.isdigit() and int(part) < len(node):
                node = node[int(part)]
            else:
                return None
        return node


def parse(raw: bytes, shown: str, path: Path | None) -> Document:
    """Read one document, or raise a located `SpecError`."""

    def fail(line: int, message: str) -> SpecError:
        return SpecError([Problem(shown, line, 1, "", message)])

    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise fail(1, f"not UTF-8 text (byte {exc.start})") from None
    try:
        node = yaml.compose(text, Loader=_Loader)
    except yaml.MarkedYAMLError as exc:
        line = exc.problem_mark.line + 1 if exc.problem_mark else 1
        raise fail(line, f"not valid JSON or YAML: {exc.problem}") from None
    except yaml.YAMLError as exc:
        raise fail(1, f"not valid JSON or YAML: {exc}") from None
    if node is None:
        raise fail(1, "the document is empty")
    doc = Document(shown, path, None)
    doc.data = _value(node, (), doc, 0)
    if not isinstance(doc.data, dict):
        raise fail(1, "an OpenAPI document is a mapping at the top level")
    return doc


def _value(node: yaml.Node, pointer: Pointer, doc: Document, depth: int) -> Any:
    if depth > MAX_DEPTH:
        raise SpecError(
            [Problem(doc.shown, node.start_mark.line + 1, 1, "", f"nested deeper than {MAX_DEPTH}")]
        )
    doc.lines[pointer] = node.start_mark.line + 1
    if isinstance(node, yaml.MappingNode):
        out: dict[str, Any] = {}
        for key_node, value_node in node.value:
            if key_node.tag == "tag:yaml.org,2002:merge":
                raise SpecError(
                    [
                        Problem(
                            doc.shown,
                            key_node.start_mark.line + 1,
                            1,
                            "",
                            "YAML merge keys are not supported",
                        )
                    ]
                )
            key = str(_scalar(key_node)) if isinstance(key_node, yaml.ScalarNode) else None
            if key is None:
                raise SpecError(
                    [
                        Problem(
                            doc.shown,
                            key_node.start_mark.line + 1,
                            1,
                            "",
                            "a mapping key must be a scalar",
                        )
                    ]
                )
            out[key] = _value(value_node, (*pointer, key), doc, depth + 1)
        return out
    if isinstance(node, yaml.SequenceNode):
        return [
            _value(item, (*pointer, str(i)), doc, depth + 1) for i, item in enumerate(node.value)
        ]
    assert isinstance(node, yaml.ScalarNode)
    return _scalar(node)


def _scalar(node: yaml.ScalarNode) -> Any:
    value: str = node.value
    if node.style:  # quoted: always a string
        return value
    tag = node.tag.rsplit(":", 1)[-1]
    if tag == "null":
        return None
    if tag == "bool":
        lowered = value.lower()
        return {"true": True, "false": False}.get(
            lowered, value
        )  # YAML 1.1's yes/no/on/off stay text
    if tag == "int":
        try:
            return int(value.replace("_", ""), 10)
        except ValueError:
            return value  # YAML 1.1's octal, hex and sexagesimal forms: not JSON numbers
    if tag == "float":
        try:
            number = float(value.replace("_", ""))
        except ValueError:
            return value
        return number if math.isfinite(number) else value
    return value


class Documents:
    """The top-level document and the files its `$ref`s reach, read once each."""

    def __init__(self, root: Document) -> None:
        self.root = root
        self._files: dict[Path, Document] = {}
        if root.path is not None:
            self._files[root.path.resolve()] = root

    @property
    def others(self) -> list[Document]:
        """The files other than the top-level document that `$ref`s reached."""
        return [d for d in self._files.values() if d is not self.root]

    def resolve(self, doc: Document, ref: str, where: Pointer) -> tuple[Document, Pointer]:
        """The document and pointer a `$ref` names; a located `SpecError` if it names nothing."""
        target, _, fragment = ref.partition("#")
        if target:
            doc = self._file(doc, target, where)
        pointer = tuple(
            unquote(part).replace("~1", "/").replace("~0", "~") for part in fragment.split("/")[1:]
        )
        if doc.at(pointer) is None and pointer:
            raise SpecError(
                [
                    Problem(
                        doc.shown if not target else self.root.shown,
                        self.root.line(where),
                        1,
                        "/".join(where),
                        f"$ref {ref!r} points at nothing",
                    )
                ]
            )
        return doc, pointer

    def _file(self, doc: Document, target: str, where: Pointer) -> Document:
        if "://" in target or doc.path is None:
            raise SpecError(
                [
                    Problem(
                        doc.shown,
                        doc.line(where),
                        1,
                        "/".join(where),
                        f"$ref to {target!r}: only files beside the document are followed",
                    )
                ]
            )
        path = (doc.path.parent / target).resolve()
        if path not in self._files:
            shown = str(Path(doc.shown).parent / target)
            self._files[path] = parse(read_spec_bytes(path, shown), shown, path)
        return self._files[path]
