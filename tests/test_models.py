"""models.py, jsonschema.py (the reference export), render.py and format.py, stage by stage."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.ir.jsonschema import json_schema
from generator.render.format import FormatError, format_tree
from generator.render.models import class_order, layout, render_models
from generator.render.package import environment, header, render
from tests.specs import ACME, api


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


def test_classes_in_a_reference_cycle_share_a_module() -> None:
    text = ACME.replace(
        "models:\n",
        "models:\n  Node:\n    fields: {peer: {type: optional<Peer>}}\n"
        "  Peer:\n    fields: {node: {type: optional<Node>}, me: {type: optional<Peer>}}\n",
    )
    plan = layout(api(text))
    assert plan.locations["Node"] == plan.locations["Peer"] == ".node"
    assert plan.locations["Thing"] == ".thing" and plan.locations["Owner"] == ".owner"
    big = next(m for m in plan.modules if m.name == "big")
    assert big.imports == ((".owner", ("Owner",)), (".thing", ("Thing",)))
    assert big.unseen == (".owner",)  # only Thing's inherited `owner` field names it


def test_a_request_form_spelled_out_imports_what_inherited_fields_name() -> None:
    """A request form whose keys are not all names is a functional TypedDict listing every
    field, inherited ones too: it imports their forms, not its base's."""
    text = ACME.replace(
        "models:\n",
        "models:\n  Part:\n    fields: {size: {type: Size}}\n"
        "  Holder:\n    fields: {part: {type: Part}}\n"
        "  Special:\n    extends: Holder\n    fields: {x-flag: {type: optional<boolean>}}\n"
        "  Order:\n    fields: {special: {type: Special}}\n",
    ).replace(
        "    response: AnyThing\n",
        "    response: AnyThing\n"
        "  orders.create:\n    method: POST\n    path: /v1/orders\n"
        "    body: Order\n    response: Order\n",
    )
    plan = layout(api(text))
    special = next(m for m in plan.modules if m.name == "special")
    assert dict(special.imports)[".part"] == ("Part", "PartParam")
    assert "HolderParam" not in dict(special.imports).get(".holder", ())
    source = _files(text)["special.py"]
    assert '"part": Required[PartParam | Part]' in source


def test_bases_come_before_their_subclasses() -> None:
    text = ACME.replace("models:\n", "models:\n  Huge:\n    extends: Big\n    fields: {}\n")
    order = [m.name for m in class_order(api(text))]
    assert order.index("Thing") < order.index("Big") < order.index("Huge")
    assert sorted(order) == sorted(m.name for m in api(text).models)


def _files(text: str = ACME) -> dict[str, str]:
    return {name: piece.make() for name, piece in render_models(environment(), api(text)).items()}


def _source(text: str = ACME) -> str:
    return "\n".join(_files(text).values())


def test_rendered_models_walk_the_ir() -> None:
    source = _source()
    assert "class Owner(StrEnum):" in source and "def _missing_(cls, value: object)" in source
    assert "class Size(StrEnum):" in source and source.count("_missing_") == 1  # only open enums
    # A default inside Field is `default=`: type checkers then see the field as optional.
    assert 'json_: str | None = Field(default=None, alias="json")' in source
    assert "count: int = Field(default=3, ge=0, le=10)" in source  # whole bounds stay integers
    assert "class Big(Thing):" in source and 'kind: Literal["big"] = "big"' in source
    files = _files()
    classes = "\n".join(text for name, text in files.items() if name != "_base.py")
    assert "defer_build=True" in files["_base.py"] and "defer_build" not in classes
    assert "class Thing(BaseModel):" in source and "from ._base import BaseModel" in source
    assert "from .thing import Thing" in files["big.py"]  # a base is imported, not redefined
    assert "class Owner(StrEnum)" in files["owner.py"]
    assert '"AnyThing": ".any_thing"' in files["__init__.py"]
    assert "_ANY_THING_TAGS" in source and "pydantic.Discriminator(_any_thing_tag)" in source


def test_enum_defaults_name_their_member() -> None:
    text = ACME.replace(
        "note: {type: nullable<string>}",
        "note: {type: nullable<string>}\n      size: {type: optional<Size>, default: small}",
    )
    assert "size: Size = Size.SMALL" in _source(text)


def test_render_outputs_every_file_with_a_header() -> None:
    files = render([api()])
    assert sorted(files) == [
        "acme/README.md",
        "acme/__init__.py",
        "acme/_client.py",
        "acme/_errors.py",
        "acme/_resources/__init__.py",
        "acme/_resources/things.py",
        "acme/_runtime.py",
        "acme/models/__init__.py",
        "acme/models/_base.py",
        "acme/models/any_thing.py",
        "acme/models/big.py",
        "acme/models/owner.py",
        "acme/models/size.py",
        "acme/models/small.py",
        "acme/models/thing.py",
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
