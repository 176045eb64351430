"""`export openapi`: both providers and the golden spec become valid OpenAPI 3.1, and
importing that document gives back a spec `diff` finds no change in."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from openapi_spec_validator import validate

from generator import cli
from generator.diff.compare import Side, diff
from generator.export import export
from generator.importers import import_openapi
from generator.ir.resolve import resolve
from generator.spec.load import load_bytes, load_file

ROOT = Path(__file__).resolve().parent.parent
SPECS = {
    "perceptron": ROOT / "spec" / "perceptron.yaml",
    "compilelabs": ROOT / "spec" / "compilelabs.yaml",
    "acme": ROOT / "tests" / "golden" / "acme.yaml",
}


@pytest.mark.parametrize("name", sorted(SPECS))
def test_the_export_is_valid_openapi_and_round_trips(name: str, tmp_path: Path) -> None:
    loaded = load_file(SPECS[name])
    document = export(loaded.spec)
    validate(document)  # openapi-spec-validator: raises on anything invalid
    exported = tmp_path / f"{name}.json"
    exported.write_text(json.dumps(document, indent=2))
    provider = loaded.spec.provider
    result, text = import_openapi(str(exported), provider.id, provider.name, tmp_path / "back.yaml")
    assert result.notes == [], [str(n) for n in result.notes]
    back = load_bytes(text.encode(), "back.yaml")
    findings = diff(Side(loaded, resolve(loaded)), Side(back, resolve(back)))
    assert findings == [], [f"{f.rule}: {f.message}" for f in findings]


def test_extensions_carry_what_openapi_cannot(tmp_path: Path) -> None:
    document = export(load_file(SPECS["acme"]).spec)
    schemas = document["components"]["schemas"]
    assert schemas["Owner"]["x-open-enum"] is True
    assert schemas["AnyThing"]["x-fallback"] == "#/components/schemas/Thing"
    assert schemas["AnyThing"]["x-selected-by"]["param"] == "size"
    assert schemas["ResponseEvent"]["x-events"]["response.created"] == "ResponseCreated"
    operation = document["paths"]["/v1/things"]["get"]
    assert (
        operation["operationId"] == "things.list" and operation["x-pagination"]["items"] == "data"
    )
    retrieve = document["paths"]["/v1/things/{thing_id}"]["get"]
    assert retrieve["x-rate-limit"] == {"requests": 5, "per": 60.0}
    assert document["paths"]["/v1/uploads"]["post"]["requestBody"]["content"].keys() == {
        "multipart/form-data"
    }


def test_the_command_writes_the_document(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "perceptron.json"
    assert (
        cli.main(
            ["export", "openapi", "perceptron", "--spec-dir", str(ROOT / "spec"), "--out", str(out)]
        )
        == 0
    )
    assert json.loads(out.read_text())["info"]["title"] == "Perceptron"
    assert cli.main(["export", "openapi", "nosuch", "--spec-dir", str(ROOT / "spec")]) == 2
    assert "nosuch" in capsys.readouterr().err
