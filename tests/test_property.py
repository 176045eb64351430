"""Property-based: specs full of hostile names and text still give code that imports and round-trips."""

from __future__ import annotations

import importlib
import itertools
import json
import sys
from pathlib import Path
from typing import Any

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator import pipeline
from generator.ir import naming
from generator.spec.typeexpr import RESERVED_TYPE_NAMES

HOSTILE = [
    "class",
    "def",
    "None",
    "True",
    "lambda",
    "type",
    "id",
    "object",
    "list",
    "dict",
    "str",
    "int",
    "model_config",
    "model_fields",
    "model_dump",
    "json",
    "copy",
    "schema",
    "dict",
    "validate",
    "fields",
    "self",
    "extra_headers",
    "timeout",
    "my-field",
    "x-api-key",
    "2fa",
    "9",
    "_private",
    "__init__",
    "Ünïcødé",
    "日本語",
    "a b",
    "a.b",
    "CamelCase",
    "snake_case",
    "UPPER",
    '"""',
    "'''",
    "\\",
    "back\\slash",
    "{{ x }}",
    "{% if %}",
    "#comment",
    "",
    "Field",
    "BaseModel",
    "Tag",
    "Literal",
]
NAMES = st.sampled_from(HOSTILE) | st.text(min_size=1, max_size=12)
# Type names must be usable inside type expressions: identifiers, but hostile ones.
TYPE_NAMES = st.sampled_from([n for n in HOSTILE if n.isidentifier() and n.isascii()]).filter(
    lambda n: n not in RESERVED_TYPE_NAMES
) | st.from_regex(r"[A-Za-z_][A-Za-z0-9_]{0,10}", fullmatch=True).filter(
    lambda n: n not in RESERVED_TYPE_NAMES
)
TEXT = st.text(max_size=60) | st.sampled_from(
    ['"""', 'ends with "', "back\\", "{{ x }}\n\n- a\n- b"]
)
TYPES = st.sampled_from(
    [
        "string",
        "integer",
        "number",
        "boolean",
        "list<string>",
        "map<integer>",
        "nullable<string>",
        "ENUM",
        "optional<string>",
        "optional<ENUM>",
    ]
)

counter = itertools.count()


# The classes _client.py defines for the spec below; a spec class may not take these names.
CLIENT_CLASSES = frozenset(
    f"{prefix}{name}{suffix}"
    for prefix in ("", "Async")
    for name, suffix in (
        ("Prop", ""),
        ("ThingsResource", ""),
        ("ThingsResource", "WithRawResponse"),
    )
)


@st.composite
def specs(draw: st.DrawFn) -> dict[str, Any]:
    enum_values = draw(st.lists(NAMES, min_size=1, max_size=5, unique=True))
    model_names = draw(
        st.lists(
            TYPE_NAMES.filter(lambda n: naming.pascal(n) not in CLIENT_CLASSES),
            min_size=1,
            max_size=3,
            unique_by=naming.pascal,
        )
    )
    enum_name = draw(
        TYPE_NAMES.filter(lambda n: naming.pascal(n) not in {naming.pascal(m) for m in model_names})
    )
    models = {}
    for name in model_names:
        # Field names that become the same attribute are a spec error (tested elsewhere).
        wire_names = draw(st.lists(NAMES, min_size=1, max_size=6, unique_by=naming.field_name))
        fields = {
            wire: draw(st.fixed_dictionaries({"type": TYPES, "description": TEXT}))
            for wire in wire_names
        }
        for spec in fields.values():
            spec["type"] = spec["type"].replace("ENUM", enum_name)
        models[name] = {"description": draw(TEXT), "fields": fields}
    return {
        "spec_version": 1,
        "provider": {
            "id": f"prop{next(counter)}",
            "name": "Prop",
            "base_url": "https://api.example.test",
            "description": draw(TEXT),
            "auth": {"scheme": "bearer", "env": "PROP_API_KEY"},
        },
        "enums": {
            enum_name: {
                "values": enum_values,
                "open": draw(st.booleans()),
                "description": draw(TEXT),
            }
        },
        "models": models,
        "endpoints": {
            "things.retrieve": {
                "method": "GET",
                "path": "/v1/things/{thing_id}",
                "summary": draw(TEXT),
                "description": draw(TEXT),
                "params": {"thing_id": {"in": "path", "type": "string", "description": draw(TEXT)}},
                "response": model_names[0],
            }
        },
    }


def _value(type_: str, enum_values: list[str]) -> Any:
    """A wire value for a field of `type_` (`ENUM` standing for the spec's enum)."""
    inner = type_
    for wrapper in ("optional", "nullable"):
        if inner.startswith(f"{wrapper}<"):
            inner = inner[len(wrapper) + 1 : -1]
    return {
        "string": 'text "q" \\',
        "integer": 7,
        "number": 2.5,
        "boolean": True,
        "list<string>": ["a", "b"],
        "map<integer>": {"k": 1},
        "ENUM": enum_values[-1],
    }[inner]


@settings(
    max_examples=25,
    deadline=None,
    derandomize=True,  # CI runs the same examples every time; explore locally with a seed
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(spec=specs())
def test_hostile_specs_generate_importable_code(
    spec: dict[str, Any], tmp_path_factory: Any
) -> None:
    root = tmp_path_factory.mktemp("prop")
    spec_dir, out = root / "spec", root / "out"
    spec_dir.mkdir()
    text = yaml.safe_dump(spec, allow_unicode=True)
    (spec_dir / "prop.yaml").write_text(text, encoding="utf-8")
    spec = yaml.safe_load(text)  # YAML folds some characters (NEL, CR): compare what it reads

    pipeline.generate(spec_dir, out, None, None)  # includes ruff check: any lint error fails here

    package = spec["provider"]["id"]
    sys.path.insert(0, str(out))
    try:
        module = importlib.import_module(f"{package}.models")
        client_module = importlib.import_module(package)
    finally:
        sys.path.remove(str(out))
    client = client_module.Prop(api_key="k")
    assert hasattr(client, "things")
    client.close()

    enum_name, enum = next(iter(spec["enums"].items()))
    for name, model in spec["models"].items():
        cls = getattr(module, naming.pascal(name))
        payload = {
            wire: _value(f["type"].replace(enum_name, "ENUM"), enum["values"])
            for wire, f in model["fields"].items()
        }
        parsed = cls.model_validate(payload)
        assert json.loads(parsed.model_dump_json(by_alias=True, exclude_unset=True)) == payload
    for path in (out / package).glob("*.py"):
        compile(path.read_text(encoding="utf-8"), str(path), "exec")


def test_docstrings_of_generated_code_keep_the_spec_text(tmp_path: Path) -> None:
    """A spec description with every hazard reaches the docstring intact."""
    text = 'Has """triple""", a trailing back\\, {{ jinja }}, {% tag %}, ünï and a "quote"'
    spec = {
        "spec_version": 1,
        "provider": {
            "id": "doccy",
            "name": "Doccy",
            "base_url": "https://x.test",
            "auth": {"scheme": "bearer", "env": "DOCCY_KEY"},
        },
        "models": {
            "Thing": {"description": text, "fields": {"a": {"type": "string", "description": text}}}
        },
        "endpoints": {
            "things.get": {"method": "GET", "path": "/t", "response": "Thing", "description": text}
        },
    }
    (tmp_path / "spec").mkdir()
    (tmp_path / "spec" / "doccy.yaml").write_text(yaml.safe_dump(spec))
    pipeline.generate(tmp_path / "spec", tmp_path / "out", None, None)
    sys.path.insert(0, str(tmp_path / "out"))
    try:
        models = importlib.import_module("doccy.models")
        client = importlib.import_module("doccy._resources.things")
    finally:
        sys.path.remove(str(tmp_path / "out"))
    assert " ".join((models.Thing.__doc__ or "").split()) == text
    assert text in " ".join((client.ThingsResource.get.__doc__ or "").split())
