"""models.py (the datamodel-code-generator bridge), render.py and format.py, stage by stage."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.format import FormatError, format_tree
from generator.models import json_schema, render_models, scoped_aliases, template_data
from generator.render import header, render
from generator.resources import template_root
from tests.specs import api


def test_json_schema_carries_names_types_and_constraints() -> None:
    defs = json_schema(api())["$defs"]
    assert defs["Size"]["enum"] == ["big", "small", "tiny"]
    assert defs["Size"]["x-enum-varnames"] == ["BIG", "SMALL", "TINY"]
    thing = defs["Thing"]
    assert thing["required"] == ["id", "owner", "note"]
    assert thing["properties"]["count"] == {
        "type": "integer",
        "default": 3,
        "minimum": 0,
        "maximum": 10,
    }
    # nullable keeps its constraints on the field: a type list, not an anyOf wrapper class
    assert thing["properties"]["note"] == {"type": ["string", "null"]}
    assert thing["properties"]["owner"] == {"$ref": "#/$defs/Owner"}
    assert defs["Big"]["allOf"] == [{"$ref": "#/$defs/Thing"}]
    assert defs["Big"]["properties"]["kind"] == {"const": "big", "default": "big"}


def test_names_are_decided_before_datamodel_code_generator_runs() -> None:
    result = api()
    assert scoped_aliases(result) == {"Thing.json": "json_"}
    data = template_data(result)
    assert data["#/$defs/Owner"]["open"] is True
    assert data["#/$defs/Owner"]["members"] == [("ACME", '"acme"'), ("OTHER", '"other"')]
    assert data["#/$defs/Thing"]["doc"] == "A thing."
    assert data["#/$defs/Thing"]["field_docs"]["json_"] == "Clashes with BaseModel.json."


def test_rendered_models_use_our_names_and_templates() -> None:
    source = render_models([api()], template_root() / "models")["acme"]
    assert "class Owner(StrEnum):" in source and "def _missing_(cls, value: object)" in source
    assert "class Size(StrEnum):" in source and source.count("_missing_") == 1  # only open enums
    assert 'json_: str | None = Field(None, alias="json")' in source.replace("'", '"')
    assert "defer_build=True" in source
    assert "datamodel-codegen" not in source  # its banner is replaced by ours


def test_render_outputs_every_file_with_a_header() -> None:
    files = render([api()])
    assert sorted(files) == [
        "acme/README.md",
        "acme/__init__.py",
        "acme/_client.py",
        "acme/_errors.py",
        "acme/_runtime.py",
        "acme/models.py",
        "acme/py.typed",
    ]
    for name, text in files.items():
        first = text.splitlines()[0]
        assert first == header(api(), "html" if name.endswith(".md") else "#"), name


def test_format_tree_formats_in_place(tmp_path: Path) -> None:
    (tmp_path / "pkg").mkdir()
    (tmp_path / "pkg" / "m.py").write_text("import os\nx = {'a':1}\n")
    format_tree(tmp_path)
    assert (tmp_path / "pkg" / "m.py").read_text() == 'x = {"a": 1}\n'


def test_format_tree_refuses_code_it_cannot_fix(tmp_path: Path) -> None:
    (tmp_path / "m.py").write_text("def f(:\n")
    with pytest.raises(FormatError, match="ruff check failed"):
        format_tree(tmp_path)
    (tmp_path / "m.py").write_text("print(undefined_name)\n")
    with pytest.raises(FormatError, match="F821"):
        format_tree(tmp_path)
