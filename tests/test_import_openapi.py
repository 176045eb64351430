"""`import openapi`: OpenAPI documents become specs that validate and generate as they are.

Small documents check each translation; the real documents in ../shared/specs/ check
that every operation is imported and that the generated clients are clean.
"""

from __future__ import annotations

import base64
import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from generator import cli
from generator.importers import import_openapi
from generator.importers.emit import to_yaml
from generator.ir.resolve import resolve
from generator.spec.load import load_bytes, parse_yaml
from tests.server import Reply, ScriptedServer
from tests.tools import assert_clean_package

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "specs"


def _doc(**parts: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "openapi": "3.1.0",
        "info": {"title": "Zoo", "version": "1.2.0", "description": "The zoo API."},
        "servers": [{"url": "https://api.zoo.test/v1"}],
        "paths": {
            "/ping": {"get": {"operationId": "ping", "responses": {"204": {"description": ""}}}}
        },
    }
    return base | parts


def _import(
    tmp_path: Path, doc: dict[str, Any], name: str = "zoo.yaml"
) -> tuple[Any, dict[str, Any]]:
    source = tmp_path / name
    source.write_text(yaml.safe_dump(doc, sort_keys=False))
    result, text = import_openapi(str(source), "zoo", "Zoo", tmp_path / "out.yaml")
    resolve(load_bytes(text.encode(), "out.yaml"))  # it validates as it is
    return result, yaml.safe_load(text)


PET = {
    "type": "object",
    "description": "A pet.",
    "required": ["id", "kind"],
    "properties": {
        "id": {"type": "string", "example": "p-1"},
        "kind": {"type": "string", "enum": ["cat", "dog"]},
        "age": {"type": "integer", "format": "int64", "minimum": 0, "exclusiveMaximum": 100},
        "nick": {"type": ["string", "null"], "maxLength": 20},
        "tags": {"type": "array", "items": {"type": "string"}, "maxItems": 5},
        "extra": {"type": "object", "additionalProperties": {"type": "number"}},
        "legacy": {"type": "boolean", "deprecated": True, "default": False},
        "shape": {"const": "round"},
    },
}


PET_PATHS = {
    "/pets/{pet_id}": {
        "get": {
            "operationId": "getPet",
            "tags": ["pets"],
            "parameters": [
                {"name": "pet_id", "in": "path", "required": True, "schema": {"type": "string"}},
            ],
            "responses": {
                "200": {
                    "description": "ok",
                    "content": {
                        "application/json": {"schema": {"$ref": "#/components/schemas/Pet"}}
                    },
                }
            },
        }
    }
}


def test_a_model_with_every_field_kind(tmp_path: Path) -> None:
    doc = _doc(components={"schemas": {"Pet": PET}}, paths=PET_PATHS)
    result, spec = _import(tmp_path, doc)
    fields = spec["models"]["Pet"]["fields"]
    assert fields["id"] == {"type": "string", "example": "p-1"}
    assert fields["kind"]["type"] == "PetKind" and spec["enums"]["PetKind"]["values"] == [
        "cat",
        "dog",
    ]
    assert fields["age"] == {"type": "optional<int64>", "ge": 0, "lt": 100}
    assert fields["nick"] == {"type": "optional<nullable<string>>", "max_length": 20}
    assert fields["tags"]["type"] == "optional<list<string>>" and fields["tags"]["max_length"] == 5
    assert fields["extra"]["type"] == "optional<map<number>>"
    assert fields["legacy"] == {"type": "optional<boolean>", "deprecated": True, "default": False}
    assert fields["shape"]["type"] == 'optional<literal<"round">>'
    endpoint = spec["endpoints"]["pets.get_pet"]
    assert endpoint["path"] == "/v1/pets/{pet_id}" and endpoint["response"] == "Pet"
    assert (
        spec["provider"]["base_url"] == "https://api.zoo.test"
        and spec["provider"]["version"] == "1.2.0"
    )
    assert result.summary == "operations imported 1/1 · schemas 2 · warnings 0"


def test_nullable_in_openapi_3_0(tmp_path: Path) -> None:
    schema = {"type": "object", "properties": {"n": {"type": "string", "nullable": True}}}
    doc = _doc(openapi="3.0.3", components={"schemas": {"Thing": schema}})
    _, spec = _import(tmp_path, doc)
    assert spec["models"]["Thing"]["fields"]["n"]["type"] == "optional<nullable<string>>"


def test_all_of_extends_a_named_base_or_merges(tmp_path: Path) -> None:
    schemas = {
        "Base": {"type": "object", "required": ["id"], "properties": {"id": {"type": "string"}}},
        "Child": {
            "allOf": [
                {"$ref": "#/components/schemas/Base"},
                {"type": "object", "properties": {"x": {"type": "integer"}}},
            ]
        },
        "Mixed": {
            "allOf": [
                {"type": "object", "properties": {"a": {"type": "string"}}, "required": ["a"]},
                {"type": "object", "properties": {"b": {"type": "string"}}},
            ]
        },
    }
    _, spec = _import(tmp_path, _doc(components={"schemas": schemas}))
    assert spec["models"]["Child"] == {
        "extends": "Base",
        "fields": {"x": {"type": "optional<integer>"}},
    }
    assert spec["models"]["Mixed"]["fields"] == {
        "a": {"type": "string"},
        "b": {"type": "optional<string>"},
    }


def test_all_of_keeps_what_the_base_requires_where_a_member_declares_it_again(
    tmp_path: Path,
) -> None:
    """Every `allOf` member holds: a property the base requires stays required, so the
    subclass narrows it (a literal) rather than widening it (optional), which would not
    type-check; where it would widen (nullable), the base's fields are copied instead."""
    base = {
        "type": "object",
        "required": ["kind", "id"],
        "properties": {"kind": {"type": "string"}, "id": {"type": "string"}},
    }
    schemas = {
        "Base": base,
        "Narrow": {
            "allOf": [
                {"$ref": "#/components/schemas/Base"},
                {"type": "object", "properties": {"kind": {"const": "narrow"}}},
            ]
        },
        "Wide": {
            "allOf": [
                {"$ref": "#/components/schemas/Base"},
                {"type": "object", "properties": {"id": {"type": ["string", "null"]}}},
            ]
        },
    }
    _, spec = _import(tmp_path, _doc(components={"schemas": schemas}))
    assert spec["models"]["Narrow"] == {
        "extends": "Base",
        "fields": {"kind": {"type": 'literal<"narrow">'}},
    }
    assert spec["models"]["Wide"] == {
        "fields": {"kind": {"type": "string"}, "id": {"type": "nullable<string>"}},
    }


def test_one_of_with_a_discriminator_mapping_is_a_tagged_union(tmp_path: Path) -> None:
    schemas = {
        "Cat": {
            "type": "object",
            "required": ["type"],
            "properties": {"type": {"type": "string"}, "meow": {"type": "boolean"}},
        },
        "Dog": {
            "type": "object",
            "required": ["type"],
            "properties": {"type": {"type": "string", "enum": ["dog"]}},
        },
        "Animal": {
            "oneOf": [{"$ref": "#/components/schemas/Cat"}, {"$ref": "#/components/schemas/Dog"}],
            "discriminator": {
                "propertyName": "type",
                "mapping": {"kitty": "#/components/schemas/Cat", "dog": "#/components/schemas/Dog"},
            },
        },
        "Either": {"anyOf": [{"type": "string"}, {"$ref": "#/components/schemas/Cat"}]},
    }
    _, spec = _import(tmp_path, _doc(components={"schemas": schemas}))
    assert spec["unions"]["Animal"] == {"variants": ["Cat", "Dog"], "discriminator": "type"}
    assert spec["models"]["Cat"]["fields"]["type"]["type"] == 'literal<"kitty">'
    assert spec["models"]["Dog"]["fields"]["type"]["type"] == 'literal<"dog">'
    assert spec["unions"]["Either"] == {"variants": ["string", "Cat"]}


def test_bodies_responses_and_streams(tmp_path: Path) -> None:
    schemas = {
        "Ask": {
            "type": "object",
            "required": ["q"],
            "properties": {"q": {"type": "string"}, "stream": {"type": "boolean"}},
        },
        "Answer": {"type": "object", "properties": {"a": {"type": "string"}}},
        "Chunk": {"type": "object", "properties": {"delta": {"type": "string"}}},
        "Upload": {
            "type": "object",
            "required": ["file"],
            "properties": {
                "file": {"type": "string", "format": "binary"},
                "note": {"type": "string"},
            },
        },
    }
    json_of = lambda ref: {"schema": {"$ref": f"#/components/schemas/{ref}"}}  # noqa: E731
    paths = {
        "/ask": {
            "post": {
                "operationId": "ask",
                "requestBody": {"content": {"application/json": json_of("Ask")}},
                "responses": {
                    "200": {
                        "description": "",
                        "content": {
                            "application/json": json_of("Answer"),
                            "text/event-stream": json_of("Chunk"),
                        },
                    }
                },
            }
        },
        "/files": {
            "post": {
                "operationId": "upload",
                "requestBody": {"content": {"multipart/form-data": json_of("Upload")}},
                "responses": {
                    "201": {"description": "", "content": {"application/json": json_of("Answer")}}
                },
            }
        },
        "/files/{id}": {
            "get": {
                "operationId": "download",
                "parameters": [
                    {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}
                ],
                "responses": {
                    "200": {
                        "description": "",
                        "content": {
                            "application/octet-stream": {
                                "schema": {"type": "string", "format": "binary"}
                            }
                        },
                    }
                },
            },
            "delete": {
                "operationId": "remove",
                "parameters": [
                    {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}
                ],
                "responses": {"204": {"description": "gone"}},
            },
        },
    }
    _, spec = _import(tmp_path, _doc(components={"schemas": schemas}, paths=paths))
    ask = spec["endpoints"]["ask.ask"]  # no tag: the resource is the path's first segment
    assert ask["body"] == "Ask" and ask["response"] == "Answer"
    assert ask["stream"] == {"param": "stream", "event": "Chunk", "terminator": "[DONE]"}
    assert spec["models"]["Upload"]["fields"]["file"]["type"] == "file"
    assert spec["endpoints"]["files.download"]["response"] == "binary"
    assert spec["endpoints"]["files.remove"]["response"] == "none"


def test_parameters_security_and_names(tmp_path: Path) -> None:
    paths = {
        "/items": {
            "parameters": [{"name": "X-Trace", "in": "header", "schema": {"type": "string"}}],
            "get": {
                "parameters": [
                    {
                        "name": "ids",
                        "in": "query",
                        "schema": {"type": "array", "items": {"type": "integer"}},
                    },
                    {
                        "name": "limit",
                        "in": "query",
                        "schema": {"type": "integer", "default": 20, "maximum": 100},
                        "description": "Page size.",
                    },
                    {"name": "session", "in": "cookie", "schema": {"type": "string"}},
                ],
                "responses": {
                    "200": {
                        "description": "",
                        "content": {
                            "application/json": {
                                "schema": {"type": "array", "items": {"type": "string"}}
                            }
                        },
                    }
                },
            },
            "post": {
                "operationId": "list",
                "tags": ["items"],
                "responses": {"204": {"description": ""}},
            },
        },
    }
    doc = _doc(
        paths=paths,
        components={
            "securitySchemes": {"key": {"type": "apiKey", "in": "header", "name": "X-Zoo-Key"}}
        },
    )
    result, spec = _import(tmp_path, doc)
    get = spec["endpoints"]["items.get_items"]
    assert get["params"]["ids"] == {"in": "query", "type": "optional<list<integer>>"}
    assert get["params"]["limit"] == {
        "in": "query",
        "type": "optional<integer>",
        "description": "Page size.",
        "le": 100,
        "default": 20,
    }
    assert get["params"]["X-Trace"]["in"] == "header" and "session" not in get["params"]
    assert spec["provider"]["auth"] == {
        "scheme": "header",
        "header": "X-Zoo-Key",
        "env": "ZOO_API_KEY",
    }
    assert any(
        "cookie parameter 'session'" in n.message and n.where.endswith(":1") is False
        for n in result.notes
    )


def test_relative_file_references(tmp_path: Path) -> None:
    (tmp_path / "common.yaml").write_text(
        yaml.safe_dump(
            {
                "components": {
                    "schemas": {
                        "Money": {"type": "object", "properties": {"cents": {"type": "integer"}}}
                    }
                }
            }
        )
    )
    doc = _doc(
        components={
            "schemas": {
                "Price": {
                    "type": "object",
                    "properties": {"amount": {"$ref": "common.yaml#/components/schemas/Money"}},
                }
            }
        }
    )
    _, spec = _import(tmp_path, doc)
    assert spec["models"]["Price"]["fields"]["amount"]["type"] == "optional<Money>"
    assert spec["models"]["Money"]["fields"]["cents"]["type"] == "optional<integer>"


def test_warnings_name_the_document_line(tmp_path: Path) -> None:
    source = tmp_path / "zoo.json"
    doc = _doc(
        paths={
            "/x": {
                "get": {
                    "operationId": "x",
                    "parameters": [{"name": "c", "in": "cookie", "schema": {"type": "string"}}],
                    "responses": {"204": {"description": ""}},
                }
            }
        }
    )
    source.write_text(json.dumps(doc, indent=2))
    result, _ = import_openapi(str(source), "zoo", "Zoo", tmp_path / "out.yaml")
    # The line where the parameter's object opens: the one before its `name`.
    line = next(
        i for i, text in enumerate(source.read_text().splitlines()) if '"name": "c"' in text
    )
    assert [str(n) for n in result.notes] == [
        f"warning: {source}:{line} cookie parameter 'c' is not supported; left out"
    ]


def test_strict_fails_on_a_warning_and_writes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "zoo.yaml"
    doc = _doc(
        paths={
            "/x": {
                "get": {
                    "parameters": [{"name": "c", "in": "cookie", "schema": {"type": "string"}}],
                    "responses": {"204": {"description": ""}},
                }
            }
        }
    )
    source.write_text(yaml.safe_dump(doc))
    out = tmp_path / "zoo-spec.yaml"
    assert (
        cli.main(
            [
                "import",
                "openapi",
                str(source),
                "--id",
                "zoo",
                "--name",
                "Zoo",
                "--out",
                str(out),
                "--strict",
            ]
        )
        == 2
    )
    assert not out.exists()
    err = capsys.readouterr().err
    assert (
        "operations imported 1/1 · schemas 0 · warnings 1" in err and "nothing was written" in err
    )
    assert (
        cli.main(
            ["import", "openapi", str(source), "--id", "zoo", "--name", "Zoo", "--out", str(out)]
        )
        == 0
    )
    assert out.exists()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("openapi: 3.1.0\npaths: [\n", "zoo.yaml:3"),
        ("swagger: '2.0'\npaths: {}\n", "OpenAPI 3.0 or 3.1 expected"),
        ("openapi: 3.1.0\ninfo: {title: x}\n", "the document has no `paths`"),
        ("openapi: 3.1.0\npaths: {}\n", "no operation"),
    ],
)
def test_bad_documents_are_located_errors(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str, expected: str
) -> None:
    source = tmp_path / "zoo.yaml"
    source.write_text(text)
    out = tmp_path / "out.yaml"
    assert (
        cli.main(
            ["import", "openapi", str(source), "--id", "zoo", "--name", "Zoo", "--out", str(out)]
        )
        == 2
    )
    err = capsys.readouterr().err
    assert expected in err and "Traceback" not in err and not out.exists()


def test_bad_arguments(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["import", "openapi", "x.yaml", "--id", "Bad-Id", "--name", "Zoo"]) == 2
    assert "--id 'Bad-Id'" in capsys.readouterr().err


# the real documents ----------------------------------------------------------------------

# Documents whose operations document a JSON response example each call is answered with:
# how many such examples (OpenAI's and Groq's docs keep them beside the operation).
SMOKE = {"groq.openapi.yaml": 19, "openai.openapi.yaml": 218}
REAL = {
    "groq.openapi.yaml": 23,
    "mistral.openapi.yaml": 173,
    "ollama.openapi.yaml": 12,
    "oapc-baseline-3.0.json": 50,
    "oapc-baseline-3.1.yaml": 50,
    "openai.openapi.yaml": 288,
}


@pytest.mark.slow
@pytest.mark.skipif(not SHARED.is_dir(), reason="the shared OpenAPI documents are absent")
@pytest.mark.parametrize("name", sorted(REAL))
def test_real_documents_import_every_operation_and_generate_clean_clients(
    name: str, tmp_path: Path
) -> None:
    provider = name.split(".")[0].replace("-", "_")
    spec_dir = tmp_path / "spec"
    result, text = import_openapi(
        str(SHARED / name), provider, "Imported", spec_dir / f"{provider}.yaml"
    )
    assert (result.operations, result.imported) == (REAL[name], REAL[name]), result.summary
    spec_dir.mkdir()
    (spec_dir / f"{provider}.yaml").write_text(text)
    out = tmp_path / "out"
    assert cli.main(["generate", "--spec-dir", str(spec_dir), "--out", str(out)]) == 0
    assert_clean_package(
        out,
        provider,
        f"import {provider}; {provider}.Imported(api_key='k', base_url='http://127.0.0.1:9')",
        cwd=tmp_path,
    )
    if name in SMOKE:
        document = yaml.load((SHARED / name).read_text(), Loader=yaml.CSafeLoader)
        calls = _smoke(document, text, provider, out, tmp_path)
        # Every documented JSON example was served and called for.
        assert len(calls) == SMOKE[name]
        for key, (result, schema_accepts) in calls.items():
            # The client parses every example that the document's own schema accepts, and
            # refuses with a clear error only examples the schema refuses too (OpenAI's
            # docs leave out fields their schema requires, for one).
            if schema_accepts:
                assert result == "ok", (key, result)
            elif result != "ok":
                assert result.startswith("APIResponseValidationError: The response does not"), (
                    key,
                    result,
                )


def test_diff_takes_openapi_documents(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pet = json.loads(json.dumps(PET))
    paths = PET_PATHS
    old = tmp_path / "old.json"
    old.write_text(json.dumps(_doc(components={"schemas": {"Pet": pet}}, paths=paths), indent=2))
    del pet["properties"]["nick"]
    pet["properties"]["kind"]["enum"].append("bird")
    new = tmp_path / "new.json"
    new.write_text(json.dumps(_doc(components={"schemas": {"Pet": pet}}, paths=paths), indent=2))
    assert cli.main(["diff", str(old), str(new), "--format", "text"]) == 1
    out = capsys.readouterr().out
    nick = next(i + 1 for i, t in enumerate(old.read_text().splitlines()) if '"nick"' in t)
    assert f"{old}:{nick}  response-field-removed: Pet.nick removed" in out
    assert "response-enum-value-added" in out and str(new) in out


def test_an_undeclared_path_parameter_and_a_bare_host_server(tmp_path: Path) -> None:
    doc = _doc(
        servers=[{"url": "zoo.test"}],
        paths={
            "/pets/{id}": {"get": {"operationId": "pet", "responses": {"204": {"description": ""}}}}
        },
    )
    result, spec = _import(tmp_path, doc)
    endpoint = spec["endpoints"]["pets.pet"]
    assert endpoint["path"] == "/pets/{id}" and endpoint["params"] == {
        "id": {"in": "path", "type": "string"}
    }
    messages = [n.message for n in result.notes]
    assert "path parameter 'id' is not declared; typed as string" in messages
    assert any("is not an absolute http(s) URL" in m for m in messages)


# Text that YAML may read as something else: numbers, booleans, nulls, dates, `: `, ` #`.
TRICKY = st.text(alphabet=".0123456789_:#-+eExnaoyfusltNY~\n ", max_size=8)
TEXT = st.text(max_size=30) | TRICKY
JSON_LIKE = st.recursive(
    st.none() | st.booleans() | st.integers(-(10**12), 10**12) | TEXT,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(TEXT, inner, max_size=4),
    max_leaves=25,
)


@settings(max_examples=400, deadline=None)
@given(st.dictionaries(TEXT, JSON_LIKE, max_size=6))
def test_the_spec_writer_reads_back_as_written(data: dict[str, Any]) -> None:
    """Whatever the strings hold, the YAML reads back as the same data: to the loader
    `generate` reads specs with, and to PyYAML with or without libyaml."""
    text = to_yaml(data)
    assert parse_yaml(text, "spec.yaml")[0] == data
    assert yaml.load(text, Loader=yaml.SafeLoader) == data
    assert yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)) == data


def _call(path: str, method: str, op: str, body: str | None, response: str) -> dict[str, Any]:
    ref = {"$ref": f"#/components/schemas/{response}"}
    operation: dict[str, Any] = {
        "operationId": op,
        "responses": {
            "200": {"description": "ok", "content": {"application/json": {"schema": ref}}}
        },
    }
    if body is not None:
        schema = {"$ref": f"#/components/schemas/{body}"}
        operation["requestBody"] = {"content": {"application/json": {"schema": schema}}}
    return {path: {method: operation}}


def test_read_only_and_write_only_fields_make_request_and_response_forms(tmp_path: Path) -> None:
    owner = {
        "type": "object",
        "required": ["id", "name"],
        "properties": {
            "id": {"type": "string", "readOnly": True},
            "name": {"type": "string"},
            "password": {"type": "string", "writeOnly": True},
        },
    }
    user = {
        "type": "object",
        "required": ["id", "owner"],
        "properties": {
            "id": {"type": "string", "readOnly": True},
            "owner": {"$ref": "#/components/schemas/Owner"},
            "tags": {"type": "array", "items": {"$ref": "#/components/schemas/Owner"}},
        },
    }
    paths = _call("/users", "post", "createUser", "User", "User") | _call(
        "/owners", "get", "getOwner", None, "Owner"
    )
    schemas = {"Owner": owner, "User": user}
    _, spec = _import(tmp_path, _doc(components={"schemas": schemas}, paths=paths))
    models = spec["models"]
    # Returned: no write-only field. Sent: no read-only field, and the parts it sends are
    # request forms too.
    assert list(models["Owner"]["fields"]) == ["id", "name"]
    assert list(models["OwnerInput"]["fields"]) == ["name", "password"]
    assert list(models["User"]["fields"]) == ["id", "owner", "tags"]
    assert models["UserInput"]["fields"] == {
        "owner": {"type": "OwnerInput"},
        "tags": {"type": "optional<list<OwnerInput>>"},
    }
    endpoints = spec["endpoints"]
    assert endpoints["users.create_user"]["body"] == "UserInput"
    assert endpoints["users.create_user"]["response"] == "User"


def test_a_model_sent_only_loses_its_read_only_fields_in_place(tmp_path: Path) -> None:
    thing = {
        "type": "object",
        "properties": {"id": {"type": "string", "readOnly": True}, "x": {"type": "string"}},
    }
    paths = _call("/things", "post", "make", "Thing", "Done")
    schemas = {
        "Thing": thing,
        "Done": {"type": "object", "properties": {"ok": {"type": "boolean"}}},
    }
    _, spec = _import(tmp_path, _doc(components={"schemas": schemas}, paths=paths))
    assert list(spec["models"]["Thing"]["fields"]) == ["x"]
    assert "ThingInput" not in spec["models"]


def test_extensible_enums_are_open_and_required_defaults_are_dropped(tmp_path: Path) -> None:
    thing = {
        "type": "object",
        "required": ["status", "kind"],
        "properties": {
            "status": {"type": "string", "x-extensible-enum": ["active", "gone"]},
            "kind": {"type": "string", "default": "plain"},
            "size": {"type": "integer", "default": 3},
        },
    }
    paths = _call("/things", "post", "make", "Thing", "Thing")
    _, spec = _import(tmp_path, _doc(components={"schemas": {"Thing": thing}}, paths=paths))
    fields = spec["models"]["Thing"]["fields"]
    assert spec["enums"][fields["status"]["type"]] == {"values": ["active", "gone"], "open": True}
    # Always sent, so the client must not leave it out for a default.
    assert fields["kind"] == {"type": "string"}
    assert fields["size"] == {"type": "optional<integer>", "default": 3}


def test_diff_of_two_documents_does_not_compare_their_titles(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    old, new = tmp_path / "old.yaml", tmp_path / "new.yaml"
    old.write_text(yaml.safe_dump(_doc()))
    new.write_text(yaml.safe_dump(_doc(info={"title": "Zoo Two", "version": "2"})))
    assert cli.main(["diff", str(old), str(new)]) == 0
    assert "client-name-changed" not in capsys.readouterr().out


def test_sunset_dates_of_deprecated_operations_and_parameters(tmp_path: Path) -> None:
    ping = {
        "operationId": "ping",
        "deprecated": True,
        "x-sunset": "2030-01-01",
        "parameters": [
            {
                "name": "a",
                "in": "query",
                "deprecated": True,
                "x-sunset": "someday",
                "schema": {"type": "string"},
            },
            {"name": "b", "in": "query", "x-sunset": "2030-01-01", "schema": {"type": "string"}},
        ],
        "responses": {"204": {"description": ""}},
    }
    result, spec = _import(tmp_path, _doc(paths={"/ping": {"get": ping}}))
    endpoint = spec["endpoints"]["ping.ping"]
    assert endpoint["deprecated"] is True and endpoint["sunset"] == "2030-01-01"
    assert endpoint["params"]["a"] == {
        "in": "query",
        "type": "optional<string>",
        "deprecated": True,
    }
    assert "sunset" not in endpoint["params"]["b"]
    notes = [n.message for n in result.notes]
    assert "x-sunset 'someday' is not a date; left out" in notes
    assert "x-sunset without `deprecated`; left out" in notes


# The end-to-end smoke test: each operation's documented example answers the call.

SMOKE_SCRIPT = """
import base64, json, os, sys
sys.path.insert(0, os.getcwd())
import {provider} as package

plan = json.loads(open(sys.argv[1]).read())


def unpack(value):
    if isinstance(value, dict):
        if set(value) == {{"__bytes__"}}:
            return base64.b64decode(value["__bytes__"])
        return {{k: unpack(v) for k, v in value.items()}}
    if isinstance(value, list):
        return [unpack(v) for v in value]
    return value


results = {{}}
with package.Imported(api_key="k", base_url=sys.argv[2], max_retries=0) as client:
    for call in plan:
        target = client
        for part in call["resource"].split("."):
            target = getattr(target, part)
        try:
            getattr(target, call["method"])(**unpack(call["kwargs"]))
            results[call["key"]] = "ok"
        except Exception as exc:
            results[call["key"]] = f"{{type(exc).__name__}}: {{str(exc)[:300]}}"
print(json.dumps(results))
"""


def _documented_examples(document: dict[str, Any]) -> dict[tuple[str, str], Any]:
    """(method, route) -> the JSON response example an operation's docs show.

    OpenAI keeps them in `x-oaiMeta`, Groq in `x-groq-metadata`: `examples.response`
    (one, or a list), as JSON text; a stream's example is not JSON and is skipped.
    """
    out: dict[tuple[str, str], Any] = {}
    for route, item in document["paths"].items():
        for method, operation in item.items():
            if not isinstance(operation, dict):
                continue
            meta = operation.get("x-oaiMeta") or operation.get("x-groq-metadata") or {}
            examples = meta.get("examples")
            for example in examples if isinstance(examples, list) else [examples]:
                text = example.get("response") if isinstance(example, dict) else None
                try:
                    out[(method.upper(), route.partition("#")[0])] = json.loads(text)
                    break
                except (TypeError, ValueError):
                    continue
    return out


def _answer_with_examples(
    server: ScriptedServer, routes: list[tuple[str, re.Pattern[str], Any]]
) -> None:
    def answer(seen: Any) -> Reply:
        path = seen.path.partition("?")[0]
        for method, pattern, body in routes:
            if method == seen.method and pattern.fullmatch(path):
                return Reply(200, body)
        return Reply(404, {"error": {"message": f"no example for {seen.method} {path}"}})

    server.default = answer


def _smoke(
    document: dict[str, Any], text: str, provider: str, out: Path, tmp_path: Path
) -> dict[str, tuple[str, bool]]:
    """Call every JSON endpoint that has a documented example, answered with it.

    Endpoint key -> (what the call gave: "ok" or the error, whether the document's own
    schema accepts the example).
    """
    from generator.render.samples import Samples

    api = resolve(load_bytes(text.encode(), "spec.yaml"))
    samples = Samples(api)
    server_path = urlsplit((document.get("servers") or [{}])[0].get("url", "")).path.rstrip("/")
    examples = _documented_examples(document)
    accepts = _schema_check(document)
    routes, plan, verdicts = [], [], {}
    for ep in api.endpoints:
        route = ep.path.partition("?")[0].removeprefix(server_path)
        example = examples.get((ep.http_method, route))
        if example is None or ep.body_kind != "json":
            continue
        verdicts[ep.key] = accepts(ep.http_method, route, example)
        pattern = re.compile(
            re.sub(r"\\\{[^}]*\\\}", "[^/]+", re.escape(ep.path.partition("?")[0]))
        )
        routes.append((ep.http_method, pattern, example))
        kwargs = {p.name: _packed(samples.param(p)) for p in ep.params if p.required}
        plan.append(
            {"key": ep.key, "resource": ep.resource_path, "method": ep.name, "kwargs": kwargs}
        )
    script = tmp_path / "smoke.py"
    script.write_text(SMOKE_SCRIPT.format(provider=provider))
    (tmp_path / "plan.json").write_text(json.dumps(plan))
    server = ScriptedServer().start()
    try:
        _answer_with_examples(server, routes)
        done = subprocess.run(
            [sys.executable, str(script), str(tmp_path / "plan.json"), server.url],
            cwd=out,
            capture_output=True,
            text=True,
            check=False,
        )
    finally:
        server.stop()
    assert done.returncode == 0, done.stderr[-3000:]
    results: dict[str, str] = json.loads(done.stdout)
    return {key: (result, verdicts[key]) for key, result in results.items()}


def _schema_check(document: dict[str, Any]) -> Any:
    """Whether the document's own response schema accepts an example, as
    openapi-schema-validator reads OpenAPI 3.0 or 3.1 schemas."""
    from openapi_schema_validator import OAS30ReadValidator, OAS31Validator
    from referencing import Registry, Resource
    from referencing.jsonschema import DRAFT4, DRAFT202012

    old = str(document["openapi"]).startswith("3.0")
    resource = Resource.from_contents(
        document, default_specification=DRAFT4 if old else DRAFT202012
    )
    registry: Any = Registry().with_resource("urn:document", resource)
    validator = OAS30ReadValidator if old else OAS31Validator
    routes = {
        (m.upper(), r.partition("#")[0]): r for r, item in document["paths"].items() for m in item
    }

    def accepts(method: str, route: str, example: Any) -> bool:
        raw = routes[(method, route)]
        responses = document["paths"][raw][method.lower()]["responses"]
        code = sorted(str(c) for c in responses if str(c).startswith("2"))[0]
        pointer = "/".join(
            part.replace("~", "~0").replace("/", "~1")
            for part in (
                "paths",
                raw,
                method.lower(),
                "responses",
                code,
                "content",
                "application/json",
                "schema",
            )
        )
        schema = {"$ref": f"urn:document#/{pointer}"}
        return not any(validator(schema, registry=registry).iter_errors(example))

    return accepts


def _packed(value: Any) -> Any:
    """A sample value as JSON can carry it (file contents as base64)."""
    if isinstance(value, bytes):
        return {"__bytes__": base64.b64encode(value).decode()}
    if isinstance(value, dict):
        return {k: _packed(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_packed(v) for v in value]
    return value


def test_import_with_generate_writes_what_generate_writes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    source = tmp_path / "zoo.json"
    source.write_text(json.dumps(_doc(components={"schemas": {"Pet": PET}}, paths=PET_PATHS)))
    argv = ["import", "openapi", str(source), "--id", "zoo", "--name", "Zoo", "--generate"]
    assert cli.main(argv) == 0
    assert "wrote generated/zoo (" in capsys.readouterr().out
    assert (tmp_path / "generated" / "zoo" / "models" / "pet.py").is_file()
    # Byte for byte what `generate` makes of the spec file it wrote.
    assert cli.main(["check"]) == 0
    assert cli.main(["generate", "--out", "again"]) == 0

    def tree(root: Path) -> dict[str, bytes]:
        return {str(f.relative_to(root)): f.read_bytes() for f in root.rglob("*") if f.is_file()}

    assert tree(tmp_path / "generated") == tree(tmp_path / "again")


def test_a_nullable_stream_switch_and_a_union_answer_of_an_upload(tmp_path: Path) -> None:
    schemas = {
        "Ask": {
            "type": "object",
            "required": ["audio"],
            "properties": {
                "audio": {"type": "string", "format": "binary"},
                "stream": {"type": ["boolean", "null"]},
            },
        },
        "Short": {"type": "object", "properties": {"a": {"type": "string"}}},
        "Long": {
            "type": "object",
            "properties": {"a": {"type": "string"}, "b": {"type": "string"}},
        },
        "Chunk": {"type": "object", "properties": {"delta": {"type": "string"}}},
    }
    answer = {
        "oneOf": [{"$ref": "#/components/schemas/Short"}, {"$ref": "#/components/schemas/Long"}]
    }
    ask = {
        "operationId": "ask",
        "requestBody": {
            "content": {"multipart/form-data": {"schema": {"$ref": "#/components/schemas/Ask"}}}
        },
        "responses": {
            "200": {
                "description": "",
                "content": {
                    "application/json": {"schema": answer},
                    "text/event-stream": {"schema": {"$ref": "#/components/schemas/Chunk"}},
                },
            }
        },
    }
    doc = _doc(components={"schemas": schemas}, paths={"/ask": {"post": ask}})
    _, spec = _import(tmp_path, doc)
    # Null and leaving it out both mean no stream, so the stream is kept.
    assert spec["models"]["Ask"]["fields"]["stream"] == {"type": "optional<boolean>"}
    assert spec["endpoints"]["ask.ask"]["stream"]["event"] == "Chunk"
    spec_dir = tmp_path / "spec"
    spec_dir.mkdir()
    (spec_dir / "zoo.yaml").write_text(to_yaml(spec))
    out = tmp_path / "out"
    assert cli.main(["generate", "--spec-dir", str(spec_dir), "--out", str(out)]) == 0
    # The union answer of a streaming call is named in the module's imports by its members.
    compiled = subprocess.run(
        [sys.executable, "-c", "import zoo; zoo.Zoo(api_key='k').ask.ask"],
        cwd=out,
        capture_output=True,
        text=True,
        check=False,
    )
    assert compiled.returncode == 0, compiled.stderr[-2000:]


def test_a_body_offered_two_ways_is_sent_as_multipart_when_it_holds_files(
    tmp_path: Path,
) -> None:
    upload = {
        "type": "object",
        "required": ["image"],
        "properties": {
            "image": {
                "anyOf": [
                    {"type": "string", "format": "binary"},
                    {"type": "array", "items": {"type": "string", "format": "binary"}},
                ]
            },
            "prompt": {"type": "string"},
        },
    }
    plain = {"type": "object", "properties": {"prompt": {"type": "string"}}}

    def both(schema: str, first: str) -> dict[str, Any]:
        ref = {"schema": {"$ref": f"#/components/schemas/{schema}"}}
        kinds = ["application/json", "multipart/form-data"]
        kinds.sort(key=lambda k: k != first)
        return {
            "operationId": schema.lower(),
            "requestBody": {"content": {k: ref for k in kinds}},
            "responses": {"204": {"description": ""}},
        }

    paths = {
        "/edits": {"post": both("Upload", "application/json")},
        "/notes": {"post": both("Plain", "multipart/form-data")},
    }
    doc = _doc(components={"schemas": {"Upload": upload, "Plain": plain}}, paths=paths)
    result, spec = _import(tmp_path, doc)
    assert spec["models"]["Upload"]["fields"]["image"]["type"] == "list<file>"
    notes = [n.message for n in result.notes]
    assert (
        "the body may also be sent as application/json; the multipart/form-data form is imported"
        in notes
    )
    assert (
        "the body may also be sent as multipart/form-data; the application/json form is imported"
        in notes
    )
    assert spec["models"]["Plain"]["fields"]["prompt"]["type"] == "optional<string>"
