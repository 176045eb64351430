"""The pipeline end to end: golden trees, check, atomic writes, determinism, overrides."""

from __future__ import annotations

import datetime
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from generator import cli, pipeline
from generator.render.manifest import tree_hashes
from generator.spec.format import json_schema
from tests import golden_trees as golden
from tests.specs import ACME, write_other_provider, write_spec

ROOT = Path(__file__).resolve().parent.parent


def _read_tree(root: Path) -> dict[str, bytes]:
    return {
        p.relative_to(root).as_posix(): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file() and "__pycache__" not in p.parts
    }


def test_golden_tree(tmp_path: Path) -> None:
    """Any change to generated output shows up here; update with `make golden` and review."""
    golden.render(tmp_path / "out")
    actual = _read_tree(tmp_path / "out")
    actual.pop(".manifest.json")
    expected = _read_tree(golden.EXPECTED)
    assert sorted(actual) == sorted(expected)
    for name, data in expected.items():
        assert actual[name] == data, f"{name} differs from the golden copy; run `make golden`"


def test_repository_generated_tree_is_up_to_date(capsys: pytest.CaptureFixture[str]) -> None:
    assert (
        cli.main(["check", "--spec-dir", str(ROOT / "spec"), "--out", str(ROOT / "generated")]) == 0
    )


def test_schema_json_is_up_to_date() -> None:
    committed = json.loads((ROOT / "spec" / "schema.json").read_text())
    assert committed == json_schema()


def _json_keys(value: object) -> object:
    """YAML data as JSON holds it: every mapping key a string (`false:` is the key "false"),
    and a date (`sunset: 2031-01-01`) its text, as YAML editors' schema checks read it."""
    if isinstance(value, dict):
        return {
            ("true" if k is True else "false" if k is False else str(k)): _json_keys(v)
            for k, v in value.items()
        }
    if isinstance(value, list):
        return [_json_keys(v) for v in value]
    if isinstance(value, datetime.date):
        return value.isoformat()
    return value


def test_the_schema_accepts_every_spec_the_loader_accepts() -> None:
    """An editor checking a spec against spec/schema.json flags nothing the loader takes."""
    import jsonschema
    import yaml

    schema = json.loads((ROOT / "spec" / "schema.json").read_text())
    validator = jsonschema.Draft202012Validator(schema)
    specs = [*sorted((ROOT / "spec").glob("*.yaml")), ROOT / "tests" / "golden" / "acme.yaml"]
    specs += sorted((ROOT / "tests" / "diff_cases").glob("*/*.yaml"))
    for path in specs:
        data = _json_keys(yaml.safe_load(path.read_text()))
        errors = [f"{'.'.join(map(str, e.path))}: {e.message}" for e in validator.iter_errors(data)]
        assert errors == [], f"{path.relative_to(ROOT)}: {errors[:3]}"
    assert len(specs) > 50


def test_every_file_has_the_header(tmp_path: Path) -> None:
    golden.render(tmp_path)
    spec_sha = __import__("hashlib").sha256((golden.GOLDEN / "acme.yaml").read_bytes()).hexdigest()
    for path in sorted(p for p in (tmp_path / "acme").rglob("*") if p.is_file()):
        first = path.read_text().splitlines()[0]
        assert (
            "Generated from golden/acme.yaml (API version 2026-11-01) by clientgen 0.1.0" in first
        ), path
        assert first.startswith("<!--" if path.suffix == ".md" else "#")
    assert f'__spec_sha256__ = "{spec_sha}"' in (tmp_path / "acme" / "__init__.py").read_text()


def test_check_reports_stale_files(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    spec_dir, out = tmp_path / "spec", tmp_path / "out"
    write_spec(spec_dir)
    assert cli.main(["generate", "--spec-dir", str(spec_dir), "--out", str(out)]) == 0
    args = ["check", "--spec-dir", str(spec_dir), "--out", str(out)]
    assert cli.main(args) == 0

    (out / "acme" / "_client.py").write_text("# edited by hand\n")
    (out / "acme" / "README.md").unlink()
    (out / "acme" / "extra.py").write_text("")
    capsys.readouterr()
    assert cli.main(args) == 1
    err = capsys.readouterr().err
    assert "acme/_client.py (differs)" in err
    assert "acme/README.md (missing)" in err
    assert "acme/extra.py (extra)" in err
    assert "models/" not in err

    assert cli.main(["generate", "--spec-dir", str(spec_dir), "--out", str(out)]) == 0
    write_spec(spec_dir, ACME.replace("A thing.", "A changed thing."))
    capsys.readouterr()
    assert cli.main(args) == 1
    err = capsys.readouterr().err
    assert "acme/models/thing.py (differs)" in err
    assert "acme/models/size.py" not in err and "acme/models/owner.py" not in err


def test_check_when_a_spec_is_removed(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    spec_dir, out = tmp_path / "spec", tmp_path / "out"
    write_spec(spec_dir)
    write_other_provider(spec_dir, "other")
    assert cli.main(["generate", "--spec-dir", str(spec_dir), "--out", str(out)]) == 0
    (spec_dir / "other.yaml").unlink()
    assert cli.main(["check", "--spec-dir", str(spec_dir), "--out", str(out)]) == 1
    assert "its spec is gone" in capsys.readouterr().err
    assert cli.main(["generate", "--spec-dir", str(spec_dir), "--out", str(out)]) == 0
    assert not (out / "other").exists() and (out / "acme").is_dir()


def test_check_on_unchanged_inputs_renders_nothing(tmp_path: Path) -> None:
    spec_dir, out = tmp_path / "spec", tmp_path / "out"
    write_spec(spec_dir)
    pipeline.generate(spec_dir, out, None, None)
    probe = (
        "import sys; from generator import cli; "
        f"code = cli.main(['check', '--spec-dir', {str(spec_dir)!r}, '--out', {str(out)!r}]); "
        "heavy = [m for m in ('jinja2', 'datamodel_code_generator', 'yaml', 'pydantic') if m in sys.modules]; "
        "print(code, heavy)"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, cwd=ROOT
    )
    assert result.stdout.split("\n")[-2] == "0 []"


def test_failed_run_leaves_output_untouched(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    spec_dir, out = tmp_path / "spec", tmp_path / "out"
    write_spec(spec_dir)
    pipeline.generate(spec_dir, out, None, None)
    before = tree_hashes(out)
    write_spec(spec_dir, ACME.replace("A thing.", "Changed."))

    def broken(root: Path, paths: list[str] | None = None) -> None:
        (root / "acme" / "models.py").write_text("half-written")
        raise RuntimeError("formatter crashed")

    monkeypatch.setattr("generator.render.format.format_tree", broken)
    monkeypatch.setenv("CLIENTGEN_CACHE", "off")  # so that the files are formatted afresh
    assert cli.main(["generate", "--spec-dir", str(spec_dir), "--out", str(out)]) == 2
    err = capsys.readouterr().err
    assert "formatter crashed" in err and "Traceback" not in err
    assert tree_hashes(out) == before
    assert not [p for p in out.iterdir() if p.name.startswith(".staging")]


def test_swap_failure_restores_every_package(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    spec_dir, out = tmp_path / "spec", tmp_path / "out"
    write_spec(spec_dir)
    write_other_provider(spec_dir, "zeta")
    pipeline.generate(spec_dir, out, None, None)
    before = tree_hashes(out)
    write_spec(spec_dir, ACME.replace("A thing.", "Changed."))
    real_rename = Path.rename

    def rename(self: Path, target: Path) -> Path:
        if self.name == "zeta" and ".staging" in str(self):
            raise OSError("disk full")
        return real_rename(self, target)

    monkeypatch.setattr(Path, "rename", rename)
    with pytest.raises(OSError, match="disk full"):
        pipeline.generate(spec_dir, out, None, None)
    assert tree_hashes(out) == before


def _generate_in_subprocess(out: Path, seed: str, cwd: Path) -> None:
    """`generate` in a fresh interpreter with its own hash seed, run from `cwd`."""
    env = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(ROOT)}
    argv = [sys.executable, "-m", "generator", "generate", "--spec-dir", str(ROOT / "spec")]
    subprocess.run([*argv, "--out", str(out)], check=True, env=env, cwd=cwd, capture_output=True)


def test_output_is_deterministic(tmp_path: Path) -> None:
    """Same bytes across hash seeds and working directories, and as committed."""
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    _generate_in_subprocess(tmp_path / "a", "1", ROOT)
    _generate_in_subprocess(tmp_path / "b", "4242", elsewhere)
    a, b = _read_tree(tmp_path / "a"), _read_tree(tmp_path / "b")
    assert a == b
    committed = _read_tree(ROOT / "generated")
    assert a == committed


def test_unchanged_files_are_linked_and_edited_ones_rewritten(tmp_path: Path) -> None:
    """A regeneration shares the inode of each file whose bytes it would write again."""
    spec_dir, out = tmp_path / "spec", tmp_path / "out"
    write_spec(spec_dir)
    pipeline.generate(spec_dir, out, None, None)
    package = out / "acme"
    client, errors, readme = package / "_client.py", package / "_errors.py", package / "README.md"
    before = {p: p.stat().st_ino for p in (client, errors, readme)}
    expected = readme.read_bytes()
    client.write_text(client.read_text() + "# a hand edit\n")
    elsewhere = tmp_path / "errors-copy.py"
    os.link(errors, elsewhere)  # a file with another link is never shared
    pipeline.generate(spec_dir, out, None, None)
    assert readme.stat().st_ino == before[readme] and readme.read_bytes() == expected
    assert readme.stat().st_nlink == 1  # the old tree is gone
    assert "# a hand edit" not in client.read_text()
    assert errors.stat().st_ino != before[errors]
    assert errors.read_bytes() == elsewhere.read_bytes()
    # A symlink where a file was is replaced by a file, never followed.
    target = tmp_path / "target.py"
    target.write_bytes(readme.read_bytes())
    readme.unlink()
    readme.symlink_to(target)
    pipeline.generate(spec_dir, out, None, None)
    assert not readme.is_symlink() and readme.read_bytes() == expected
    assert target.stat().st_nlink == 1


def test_user_templates_override_one_file(tmp_path: Path) -> None:
    spec_dir, out, templates = tmp_path / "spec", tmp_path / "out", tmp_path / "templates"
    write_spec(spec_dir)
    (templates / "client").mkdir(parents=True)
    (templates / "client" / "README.md.jinja").write_text("# {{ api.provider.name }}, our way\n")
    assert (
        cli.main(
            [
                "generate",
                "--spec-dir",
                str(spec_dir),
                "--out",
                str(out),
                "--templates",
                str(templates),
            ]
        )
        == 0
    )
    assert (out / "acme" / "README.md").read_text().splitlines()[1] == "# Acme, our way"
    assert "class AcmeResourceNeverExists" not in (out / "acme" / "_client.py").read_text()
    assert "class Acme(" in (out / "acme" / "_client.py").read_text()


def test_generate_one_provider(tmp_path: Path) -> None:
    spec_dir, out = tmp_path / "spec", tmp_path / "out"
    write_spec(spec_dir)
    write_other_provider(spec_dir, "zeta")
    assert cli.main(["generate", "zeta", "--spec-dir", str(spec_dir), "--out", str(out)]) == 0
    assert sorted(p.name for p in out.iterdir() if not p.name.startswith(".")) == ["zeta"]
    assert cli.main(["generate", "acme", "--spec-dir", str(spec_dir), "--out", str(out)]) == 0
    assert cli.main(["check", "--spec-dir", str(spec_dir), "--out", str(out)]) == 0


def test_two_specs_with_one_package_id(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    spec_dir = tmp_path / "spec"
    write_spec(spec_dir)
    write_spec(spec_dir, ACME, "copy.yaml")
    assert cli.main(["validate", "--spec-dir", str(spec_dir)]) == 2
    assert "package 'acme' is also generated from" in capsys.readouterr().err


def test_schema_verb(tmp_path: Path) -> None:
    target = tmp_path / "schema.json"
    assert cli.main(["schema", "--output", str(target)]) == 0
    schema = json.loads(target.read_text())
    assert schema["title"] == "Provider API spec"
    assert "endpoints" in schema["properties"]


def test_wheel_carries_every_template() -> None:
    """The wheel ships templates/ as generator/templates, so an installed generator works anywhere."""
    import tomllib

    config = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]
    assert config["package-dir"]["generator.templates"] == "templates"
    patterns = config["package-data"]["generator.templates"]
    shipped = {p for pattern in patterns for p in (ROOT / "templates").glob(pattern)}
    present = {p for p in (ROOT / "templates").rglob("*") if p.is_file()}
    assert present == shipped
