"""A corpus of broken specs: each must fail with its exact place, exit code 2, and no output."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from generator import cli
from generator.render.manifest import tree_hashes

CORPUS = Path(__file__).parent / "malformed"
CASES = sorted(p.stem for p in CORPUS.glob("*.yaml"))


def test_corpus_is_large_enough() -> None:
    assert len(CASES) >= 25


def _expectation(name: str) -> tuple[str, str]:
    position, _, message = (CORPUS / f"{name}.expect").read_text().strip().partition(" ")
    return position, message


def _out_dir(tmp_path: Path) -> Path:
    """An output folder that already holds a generated package, as `generated/` would."""
    out = tmp_path / "out"
    shutil.copytree(Path(__file__).parent.parent / "generated" / "perceptron", out / "perceptron")
    return out


@pytest.mark.parametrize("name", CASES)
def test_malformed_spec(name: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    spec_dir = tmp_path / "spec"
    spec_dir.mkdir()
    shutil.copy(CORPUS / f"{name}.yaml", spec_dir / f"{name}.yaml")
    out = _out_dir(tmp_path)
    before = tree_hashes(out)

    code = cli.main(["generate", "--spec-dir", str(spec_dir), "--out", str(out)])

    err = capsys.readouterr().err
    position, message = _expectation(name)
    assert code == 2
    assert f"{name}.yaml:{position} " in err, err
    assert message in err, err
    assert "Traceback" not in err
    assert tree_hashes(out) == before
    assert sorted(p.name for p in out.iterdir()) == ["perceptron"]


def test_not_utf8(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    spec_dir = tmp_path / "spec"
    spec_dir.mkdir()
    (spec_dir / "binary.yaml").write_bytes(b"spec_version: 1\n\xff\xfe\x00")
    assert cli.main(["validate", "--spec-dir", str(spec_dir)]) == 2
    assert "binary.yaml:2:1 not UTF-8 text" in capsys.readouterr().err


def test_problems_in_several_files_are_all_reported(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    spec_dir = tmp_path / "spec"
    spec_dir.mkdir()
    for name in ("unknown-type", "type-alias"):
        shutil.copy(CORPUS / f"{name}.yaml", spec_dir / f"{name}.yaml")
    assert cli.main(["validate", "--spec-dir", str(spec_dir)]) == 2
    err = capsys.readouterr().err
    assert "unknown-type.yaml:17:21" in err and "type-alias.yaml:16:18" in err
    assert "2 problems" in err


def test_real_process_prints_no_traceback(tmp_path: Path) -> None:
    spec_dir = tmp_path / "spec"
    spec_dir.mkdir()
    shutil.copy(CORPUS / "unknown-type.yaml", spec_dir / "acme.yaml")
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "generator",
            "generate",
            "--spec-dir",
            str(spec_dir),
            "--out",
            str(tmp_path / "out"),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 2
    assert (
        "acme.yaml:17:21 models.Thing.fields.owner.type: unknown type 'Ownr'; did you mean 'Owner'?"
        in result.stderr
    )
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["generate", "nosuch"], "no spec for provider 'nosuch'"),
        (["generate", "--spec-dir", "/nonexistent"], "spec folder not found"),
        (["frobnicate"], "invalid choice"),
        (["generate", "--templates", "/nonexistent"], "template folder not found"),
    ],
)
def test_usage_errors(argv: list[str], message: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(argv) == 2
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err
