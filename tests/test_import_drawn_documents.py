"""OpenAPI documents no other test has seen: drawn by hypothesis, imported, generated.

Each drawn document mixes the constructs real ones use (objects, enums, nullable and
3.1 type lists, arrays, maps, `$ref`s, `allOf`, `oneOf`, constraints, parameters of
every place, JSON bodies, descriptions full of quotes and escapes) under awkward names.
It must import with every operation, and the client generated from it must pass
`ruff check`, `ruff format --check`, `mypy --strict` and import cleanly.
"""

from __future__ import annotations

from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator import cli
from generator.importers import import_openapi
from tests.tools import assert_clean_package

NAMES = st.from_regex(r"[A-Za-z][A-Za-z0-9]{0,6}([ ._-][A-Za-z0-9]{1,6}){0,2}", fullmatch=True)
PROPERTIES = st.one_of(
    st.from_regex(r"[A-Za-z_$@][A-Za-z0-9_.$@-]{0,10}", fullmatch=True),
    st.sampled_from(["class", "from", "type", "json", "model_config", "schema", "self", "id"]),
)
PROSE = st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=40
) | st.sampled_from(['"""', "\\", "'''", "`code`", "a\nb", "{x}", "%s", "\x00", "é ü ✓"])


def _scalar(draw: st.DrawFn) -> dict[str, Any]:
    kinds = ["string", "integer", "number", "boolean", "enum", "int_enum", "nullable"]
    kind = draw(st.sampled_from(kinds))
    if kind == "enum":
        values = draw(st.lists(NAMES, min_size=1, max_size=4, unique_by=str.lower))
        schema = {"type": "string", "enum": values}
        if draw(st.booleans()):
            schema["default"] = values[0]
        return schema
    if kind == "int_enum":
        values = draw(st.lists(st.integers(-3, 300), min_size=1, max_size=4, unique=True))
        return {"type": "integer", "enum": values}
    if kind == "nullable":
        return {"type": [draw(st.sampled_from(["string", "integer"])), "null"]}
    schema: dict[str, Any] = {"type": kind}
    if kind == "string" and draw(st.booleans()):
        schema |= {"minLength": 1, "maxLength": draw(st.integers(1, 64))}
    if kind == "string" and draw(st.booleans()):
        schema["pattern"] = draw(st.sampled_from(["^[a-z]+$", "^\\d{3}-\\w+$", '^"?$']))
    if kind in ("integer", "number") and draw(st.booleans()):
        schema |= {"minimum": 0, "maximum": draw(st.integers(1, 10**6))}
    return schema


@st.composite
def _schema(draw: st.DrawFn, named: list[str]) -> dict[str, Any]:
    """A property's schema: a scalar, a list, a map, or a reference to a named schema."""
    kinds = ["scalar", "scalar", "array", "map", "ref", "refs", "one_of", "object"]
    choice = draw(st.sampled_from(kinds))
    if choice == "array":
        return {"type": "array", "items": _scalar(draw), "maxItems": draw(st.integers(1, 9))}
    if choice == "object":  # an inline object, with a flag or two on its field
        inner = _scalar(draw) | {
            draw(st.sampled_from(["readOnly", "writeOnly", "deprecated"])): True
        }
        return {"type": "object", "properties": {draw(PROPERTIES): inner}}
    if choice == "refs" and named:
        return {"type": "array", "items": {"$ref": f"#/components/schemas/{named[-1]}"}}
    if choice == "map":
        return {"type": "object", "additionalProperties": _scalar(draw)}
    if choice in ("ref", "one_of") and named:
        refs = [{"$ref": f"#/components/schemas/{n}"} for n in named]
        if choice == "ref":
            return draw(st.sampled_from(refs))
        members = draw(st.lists(st.sampled_from(refs), min_size=1, max_size=3, unique_by=str))
        return {"oneOf": [*members, _scalar(draw)]}
    schema = _scalar(draw)
    if draw(st.booleans()):
        schema["description"] = draw(PROSE)
    return schema


@st.composite
def documents(draw: st.DrawFn) -> dict[str, Any]:
    names = draw(st.lists(NAMES, min_size=1, max_size=6, unique_by=str.lower))
    schemas: dict[str, Any] = {}
    for i, name in enumerate(names):
        props = draw(st.lists(PROPERTIES, min_size=1, max_size=6, unique_by=str.lower))
        # Only earlier schemas are referred to, and each one's own name too (a tree).
        fields = {p: draw(_schema(list(schemas))) for p in props}
        body: dict[str, Any] = {"type": "object", "properties": fields}
        required = [p for p in props if draw(st.booleans())]
        if required:
            body["required"] = required
        if draw(st.booleans()):
            body["description"] = draw(PROSE)
        if i and draw(st.booleans()):  # extends an earlier one
            base = {"$ref": f"#/components/schemas/{draw(st.sampled_from(list(schemas)))}"}
            body = {"allOf": [base, body]}
        schemas[name] = body
    paths: dict[str, Any] = {}
    for i, name in enumerate(draw(st.lists(st.sampled_from(names), min_size=1, max_size=4))):
        ref = {"$ref": f"#/components/schemas/{name}"}
        ok = {"description": "ok", "content": {"application/json": {"schema": ref}}}
        params = [
            {"name": "item_id", "in": "path", "required": True, "schema": {"type": "string"}},
            {"name": draw(PROPERTIES), "in": "query", "schema": _scalar(draw)},
            {"name": "X-Trace", "in": "header", "schema": {"type": "string"}},
        ]
        operation: dict[str, Any] = {"responses": {"200": ok}, "parameters": params}
        if draw(st.booleans()):
            operation["operationId"] = draw(NAMES)
        if draw(st.booleans()):
            operation["summary"] = draw(PROSE)
        item = {"get": operation}
        if draw(st.booleans()):
            item["delete"] = {
                "parameters": params[:1],
                "responses": {"204": {"description": "gone"}},
                "deprecated": draw(st.booleans()),
            }
        if draw(st.booleans()):
            item["post"] = {
                "requestBody": {
                    "required": True,
                    "content": {"application/json": {"schema": ref}},
                },
                "responses": {"201": ok},
            }
        paths[f"/r{i}/{{item_id}}"] = item
    return {
        "openapi": draw(st.sampled_from(["3.0.3", "3.1.0"])),
        "info": {"title": draw(NAMES), "version": "1.0", "description": draw(PROSE)},
        "servers": [{"url": "https://api.example.test/v1"}],
        "paths": paths,
        "components": {
            "schemas": schemas,
            "securitySchemes": {"key": {"type": "http", "scheme": "bearer"}},
        },
        "security": [{"key": []}],
    }


def _nulls_to_3_0(document: dict[str, Any]) -> dict[str, Any]:
    """3.0 has no type lists: `["string", "null"]` becomes `nullable: true`."""

    def walk(node: Any) -> Any:
        if isinstance(node, dict):
            node = {k: walk(v) for k, v in node.items()}
            kind = node.get("type")
            if isinstance(kind, list):
                node["type"] = next(k for k in kind if k != "null")
                node["nullable"] = True
            return node
        if isinstance(node, list):
            return [walk(v) for v in node]
        return node

    return walk(document) if document["openapi"].startswith("3.0") else document


@pytest.mark.slow
@settings(
    max_examples=6,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(documents())
def test_drawn_documents_import_and_generate_clean_clients(
    tmp_path_factory: pytest.TempPathFactory, document: dict[str, Any]
) -> None:
    work = tmp_path_factory.mktemp("drawn")
    source = work / "api.yaml"
    source.write_text(yaml.safe_dump(_nulls_to_3_0(document), sort_keys=False, allow_unicode=True))
    spec_dir = work / "spec"
    spec_dir.mkdir()
    result, text = import_openapi(str(source), "drawn", "Drawn", spec_dir / "drawn.yaml")
    operations = sum(len(item) for item in document["paths"].values())
    assert (result.operations, result.imported) == (operations, operations), result.summary
    (spec_dir / "drawn.yaml").write_text(text)
    out = work / "out"
    assert cli.main(["generate", "--spec-dir", str(spec_dir), "--out", str(out)]) == 0
    assert_clean_package(out, "drawn", "import drawn; drawn.Drawn(api_key='k').close()", cwd=work)
