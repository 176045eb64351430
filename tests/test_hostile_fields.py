"""Hostile text in every string field of the spec format, found by introspecting `spec/format.py`.

The walk starts at `Spec` and follows every pydantic model of the format, so
a string field added to the format later is probed without editing this test
(the probe adds it where the base spec leaves it out).

Each probe puts a payload (quotes, triple quotes, line breaks, backslashes,
Jinja delimiters, NUL, U+2028, U+2029, U+0085 and code that would create a
canary file) into one field. Either the spec is refused with an error located
in the file, or it generates a package that imports and builds a client with no
side effect, passes `ruff` and `mypy --strict`, and holds the payload
unchanged as a runtime string.
"""

from __future__ import annotations

import ast
import copy
import json
import subprocess
import sys
import types
import typing
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import BaseModel

from generator import pipeline
from generator.errors import SpecError
from generator.ir import naming
from generator.ir.resolve import resolve
from generator.spec.format import Spec
from generator.spec.load import load_bytes
from tests.tools import mypy_strict

ROOT = Path(__file__).resolve().parent.parent

BASE: dict[str, Any] = {
    "spec_version": 1,
    "provider": {
        "id": "walk",
        "name": "Walk",
        "base_url": "https://api.walk.test",
        "description": "The walk API.",
        "docs": "https://walk.test/docs",
        "auth": {
            "scheme": "header",
            "header": "x-api-key",
            "env": "WALK_API_KEY",
            "description": "A key.",
        },
        "errors": {
            "model": "Problem",
            "request_id_header": "x-request-id",
            "non_retryable_codes": ["quota"],
            "description": "The error envelope.",
            "statuses": {402: {"name": "PaymentRequiredError", "description": "No credits."}},
        },
        "idempotency_header": "Idempotency-Key",
    },
    "enums": {
        "Size": {
            "values": ["big", "small"],
            "description": "How big.",
            "docs": "https://walk.test/size",
            "example": "big",
        }
    },
    "models": {
        "Problem": {"fields": {"message": {"type": "string"}}},
        "Thing": {
            "description": "A thing.",
            "docs": "https://walk.test/thing",
            "example": {"id": "t"},
            "fields": {
                "id": {
                    "type": "string",
                    "description": "The id.",
                    "docs": "https://walk.test/id",
                    "example": "t-1",
                    "pattern": "^t",
                },
                "note": {"type": "optional<string>", "default": "none", "examples": ["a", "b"]},
                "size": {"type": "optional<Size>"},
            },
        },
        "Big": {"extends": "Thing", "fields": {"kind": {"type": 'literal<"big">'}}},
        "Small": {"extends": "Thing", "fields": {"kind": {"type": 'literal<"small">'}}},
        "NewThing": {"fields": {"name": {"type": "string", "description": "Its name."}}},
        "Ask": {"fields": {"stream": {"type": "optional<boolean>"}}},
        "Tick": {"fields": {"n": {"type": "integer"}}},
        "Upload": {"fields": {"file": {"type": "file"}, "note": {"type": "optional<string>"}}},
        "TickPage": {
            "fields": {"data": {"type": "list<Tick>"}, "last": {"type": "nullable<string>"}}
        },
    },
    "unions": {
        "AnyThing": {
            "description": "A big or a small thing.",
            "docs": "https://walk.test/any",
            "variants": ["Big", "Small"],
            "discriminator": "kind",
            "fallback": "Thing",
            "selected_by": {"param": "size", "cases": {"big": "Big", "small": "Small"}},
        },
        "Ticks": {"variants": ["Tick", "Small"], "events": {"tick": "Tick"}, "fallback": "Thing"},
    },
    "endpoints": {
        "things.retrieve": {
            "method": "GET",
            "path": "/v1/things/{thing_id}",
            "summary": "Get a thing",
            "description": "Gets a thing.",
            "docs": "https://walk.test/get",
            "response_description": "The thing.",
            "rate_limit": {"requests": 5, "per": "1m", "group": "things", "scope": "per key"},
            "params": {
                "thing_id": {"in": "path", "type": "string", "description": "The id."},
                "size": {
                    "in": "query",
                    "type": "optional<Size>",
                    "default": "big",
                    "description": "Which.",
                    "example": "small",
                },
                "trace": {"in": "header", "type": "optional<string>", "description": "A trace."},
            },
            "response": "AnyThing",
        },
        "things.create": {
            "method": "POST",
            "path": "/v1/things",
            "body": "NewThing",
            "response": "Thing",
        },
        "uploads.create": {
            "method": "POST",
            "path": "/v1/uploads",
            "body": "Upload",
            "response": "Tick",
        },
        "ticks.list": {
            "method": "GET",
            "path": "/v1/ticks",
            "params": {"after": {"in": "query", "type": "optional<string>"}},
            "response": "TickPage",
            "pagination": {
                "style": "cursor",
                "items": "data",
                "cursor_param": "after",
                "next_cursor": "last",
            },
        },
        "asks.create": {
            "method": "POST",
            "path": "/v1/asks",
            "body": "Ask",
            "response": "Tick",
            "stream": {
                "param": "stream",
                "event": "Ticks",
                "terminator": "[DONE]",
                "error_key": "error",
            },
        },
    },
}

# Pieces an attacker would try; a payload is a few of them, with ordinary text between.
PIECES = [
    '"',
    "'",
    '"""',
    "'''",
    "\n",
    "\r\n",
    "\\",
    "\\n",
    "{{ 7 * 7 }}",
    "{% raw %}",
    "{#",
    "\x00",
    "\u2028",
    "\u2029",
    "\u0085",
    "#",
    "`",
    "<!--",
    "-->",
    "</script>",
    ");",
    "\nimport os\n",
]
ATTACK = "\"\"\"\n__import__('pathlib').Path(__import__('os').environ['CANARY']).touch()\n'''"
COMBINED = "".join(PIECES) + ATTACK

# Fields whose text the generated code does not show (so nothing is to be carried there).
NOT_RENDERED = {
    ("ErrorsSpec", "description"),  # the error envelope's model carries the documentation
    # Examples of whole models and enums document the spec; fields and params show theirs.
    ("EnumSpec", "example"),
    ("EnumSpec", "examples"),
    ("ModelSpec", "example"),
    ("ModelSpec", "examples"),
}


# the walk --------------------------------------------------------------------------------


def _models(annotation: Any) -> list[type[BaseModel]]:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return [annotation]
    return [m for arg in typing.get_args(annotation) for m in _models(arg)]


def _takes_text(annotation: Any) -> bool:
    if annotation is str or annotation is Any:
        return True
    origin = typing.get_origin(annotation)
    if origin is typing.Literal:
        return False
    if origin in (typing.Union, types.UnionType):
        return any(_takes_text(a) for a in typing.get_args(annotation))
    return False


Slot = tuple[str, str, tuple[Any, ...], str]  # (class, field, path in the spec, "value"|"key")


def _walk(model: type[BaseModel], data: dict[str, Any], path: tuple[Any, ...]) -> Iterator[Slot]:
    for name, info in model.model_fields.items():
        key = info.alias or name
        annotation = info.annotation
        here = (*path, key)
        if _takes_text(annotation):
            # A field the base spec leaves out is probed too: the probe adds it.
            yield (model.__name__, name, here, "value")
            continue
        if key not in data:
            continue
        value = data[key]
        origin = typing.get_origin(annotation)
        args = typing.get_args(annotation)
        inner = _models(annotation)
        if origin is dict:
            for child_key in list(value):
                yield (model.__name__, name, (*here, child_key), "key")
                if inner:
                    yield from _walk(inner[0], value[child_key], (*here, child_key))
                elif args and args[1] is str:
                    yield (model.__name__, name, (*here, child_key), "value")
        elif origin is list and args and _takes_text(args[0]):
            for i in range(len(value)):
                yield (model.__name__, name, (*here, i), "value")
        elif inner and isinstance(value, dict):
            yield from _walk(inner[0], value, here)


def _slots() -> tuple[dict[str, Any], list[Slot]]:
    base = copy.deepcopy(BASE)
    return base, list(_walk(Spec, base, ()))


def _put(spec: dict[str, Any], slot: Slot, payload: str) -> dict[str, Any]:
    out = copy.deepcopy(spec)
    *parents, last = slot[2]
    node = out
    for part in parents:
        node = node[part]
    if slot[3] == "key":
        node[payload] = node.pop(last)
    else:
        node[last] = payload
    return out


def _text(spec: dict[str, Any]) -> str:
    # JSON is YAML; with ASCII escapes every payload byte survives the file format.
    return json.dumps(spec, indent=1) + "\n"


def _probe(spec: dict[str, Any], name: str) -> bool:
    """True when the spec is accepted; a refusal must be located in the file."""
    text = _text(spec)
    try:
        resolve(load_bytes(text.encode(), name))
    except SpecError as exc:
        lines = text.count("\n")
        for problem in exc.problems:
            assert problem.file == name
            assert 1 <= problem.line <= lines, problem
            assert "\n" not in str(problem) and "\x00" not in str(problem)
        return False
    return True


# the tests -------------------------------------------------------------------------------


def test_the_walk_reaches_every_model_of_the_format() -> None:
    _, slots = _slots()
    seen = {s[0] for s in slots}
    expected = set()
    todo: list[type[BaseModel]] = [Spec]
    while todo:
        model = todo.pop()
        for info in model.model_fields.values():
            for inner in _models(info.annotation):
                if inner.__name__ not in expected:
                    expected.add(inner.__name__)
                    todo.append(inner)
    expected.discard("Spec")
    assert expected <= seen, f"add these to BASE: {sorted(expected - seen)}"
    assert _probe(_slots()[0], "spec/walk.yaml")


def _accepted_probes() -> list[tuple[Slot, str, dict[str, Any]]]:
    """Every field with the combined payload, plus random payloads in random fields."""
    base, slots = _slots()
    accepted: list[tuple[Slot, str, dict[str, Any]]] = []
    for slot in slots:
        spec = _put(base, slot, COMBINED)
        if _probe(spec, "spec/walk.yaml"):
            accepted.append((slot, COMBINED, spec))

    payloads = st.lists(st.sampled_from(PIECES) | st.text(max_size=4), min_size=1, max_size=6).map(
        "".join
    )

    @settings(max_examples=150, deadline=None, suppress_health_check=list(HealthCheck))
    @given(slot=st.sampled_from(slots), payload=payloads)
    def random_probe(slot: Slot, payload: str) -> None:
        spec = _put(base, slot, payload + ATTACK)
        if _probe(spec, "spec/walk.yaml") and len(accepted) < 60:
            accepted.append((slot, payload + ATTACK, spec))

    random_probe()
    return accepted


def test_hostile_text_in_any_field_is_refused_or_stays_text(tmp_path: Path) -> None:
    accepted = _accepted_probes()
    assert accepted, "every probe was refused: the walk is not reaching text fields"
    spec_dir, out = tmp_path / "spec", tmp_path / "out"
    spec_dir.mkdir()
    cases = []
    for i, (slot, payload, spec) in enumerate(accepted):
        spec["provider"]["id"], spec["provider"]["name"] = f"walk{i}", f"Walk{i}"
        (spec_dir / f"walk{i}.yaml").write_text(_text(spec))
        cases.append({"package": f"walk{i}", "slot": [slot[0], slot[1]], "payload": payload})
    pipeline.generate(spec_dir, out, None, None)

    # Import every package and build its clients, with a canary the payload tries to create.
    canary = tmp_path / "canary"
    probe = (
        "import importlib, sys\n"
        "for name in sys.argv[1:]:\n"
        "    pkg = importlib.import_module(name)\n"
        "    client = getattr(pkg, 'W' + name[1:])(api_key='k')\n"
        "    client.close()\n"
        "    getattr(pkg, 'AsyncW' + name[1:])(api_key='k')\n"
        "    for model in pkg.models.__all__:  # every module of the lazy models package\n"
        "        getattr(pkg.models, model)\n"
    )
    run = subprocess.run(
        [sys.executable, "-c", probe, *(c["package"] for c in cases)],
        cwd=out,
        env={"CANARY": str(canary), "PATH": ""},
        capture_output=True,
        text=True,
        check=False,
    )
    assert run.returncode == 0, run.stderr[-3000:]
    assert not canary.exists()

    ruff = [sys.executable, "-m", "ruff"]
    lint = subprocess.run(
        [*ruff, "check", "--isolated", "--select", "E9,F", "."],
        cwd=out,
        capture_output=True,
        text=True,
        check=False,
    )
    assert lint.returncode == 0, lint.stdout[-3000:]
    fmt = subprocess.run(
        [*ruff, "format", "--isolated", "--line-length", "100", "--check", "."],
        cwd=out,
        capture_output=True,
        text=True,
        check=False,
    )
    assert fmt.returncode == 0, fmt.stdout[-3000:]
    typed = mypy_strict(*(c["package"] for c in cases), cwd=out)
    assert typed.returncode == 0, typed.stdout[-3000:]
    assert not canary.exists()

    # The payload reaches the runtime unchanged: as a docstring, a value or a wire name.
    lost = []
    for case in cases:
        if tuple(case["slot"]) in NOT_RENDERED:
            continue
        shown = _flat(" ".join(_runtime_strings(out / case["package"])))
        # Examples and defaults are documented as Python literals: their repr is the value.
        forms = (case["payload"], naming.pyrepr(case["payload"]))
        if not any(_flat(form) in shown for form in forms):
            lost.append(case)
    assert lost == [], sorted({tuple(c["slot"]) for c in lost})


def _runtime_strings(package: Path) -> list[str]:
    """Every string constant of the package's modules, as Python will hold it at runtime."""
    found = []
    for path in sorted(package.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                found.append(node.value)
    return found


def _flat(text: str) -> str:
    """Docstrings reflow whitespace; everything else must match exactly."""
    return " ".join(text.split())
