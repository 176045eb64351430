"""`python -m generator` (and the `clientgen` script): `cli.run`, which exits at once
after `main`, without freeing the run's heap first. Everything a run prints must still
arrive, with its exit code, and a reader that goes away early must not cause a traceback.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CASES = Path(__file__).parent / "diff_cases"


def _generator(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "generator", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        check=False,
    )


def test_output_and_exit_code_arrive(tmp_path: Path) -> None:
    out = tmp_path / "out"
    done = _generator("generate", "--out", str(out))
    assert done.returncode == 0, done.stderr
    assert done.stdout.count("wrote ") == 2
    stale = out / "perceptron" / "py.typed"
    stale.write_text("edited\n")
    checked = _generator("check", "--out", str(out))
    assert checked.returncode == 1
    assert "py.typed (differs)" in checked.stdout + checked.stderr
    case = CASES / "model-removed"
    diffed = _generator("diff", str(case / "old.yaml"), str(case / "new.yaml"), "--format", "json")
    assert diffed.returncode == 1
    assert diffed.stdout.rstrip().endswith("}")  # the whole report, flushed


def test_version_and_usage_errors() -> None:
    version = _generator("--version")
    assert (version.returncode, version.stdout.split()[0]) == (0, "clientgen")
    wrong = _generator("no-such-verb")
    assert wrong.returncode == 2
    assert "Traceback" not in wrong.stderr


def test_a_reader_that_leaves_early() -> None:
    """`diff ... | head -1`: the rest of the report has nowhere to go; no traceback."""
    case = CASES / "model-removed"
    read, write = os.pipe()
    proc = subprocess.Popen(
        [sys.executable, "-m", "generator", "diff", str(case / "old.yaml"), str(case / "new.yaml")],
        cwd=ROOT,
        stdout=write,
        stderr=subprocess.PIPE,
        text=True,
    )
    os.close(write)
    with os.fdopen(read) as reader:
        first = reader.readline()
    _, errors = proc.communicate(timeout=60)
    assert "breaking" in first
    assert "Traceback" not in errors
    assert proc.returncode in (1, 2)


# A run builds only its own command's parser; it must read every command line, and word
# every mistake, as the parser of all commands does.
COMMAND_LINES = [
    ["generate"],
    ["generate", "perceptron", "--out", "o", "--templates", "t", "--spec-dir", "s"],
    ["check", "--out", "o"],
    ["validate", "a", "b", "--spec-dir", "s"],
    ["schema", "--output", "x.json"],
    ["diff", "old", "new", "--format", "json", "--fail-on", "never", "--perspective", "wire"],
    ["diff", "--against", "HEAD~1", "perceptron"],
    ["sync", "acme", "--docs", "a", "b", "--check", "--generate", "--format", "markdown"],
    ["import", "openapi", "doc.yaml", "--id", "x", "--name", "X", "--strict", "--generate"],
    ["import", "docs", "p1", "p2", "--id", "x", "--name", "X", "--out", "s.yaml"],
    ["export", "openapi", "perceptron", "--out", "o.json"],
    ["rules", "--output", "r.md"],
]
MISTAKES = [
    ["check", "--bogus"],
    ["diff", "--format", "x", "a", "b"],
    ["sync", "acme"],
    ["import", "openapi", "doc.yaml"],
    ["import"],
    ["export", "swagger", "x"],
    ["generate", "--out"],
]


def _outcome(parser: object, argv: list[str]) -> object:
    from generator.errors import UsageError

    try:
        return vars(parser.parse_args(argv))  # type: ignore[attr-defined]
    except UsageError as exc:
        return str(exc)


def test_one_commands_parser_reads_as_all_commands_parser_does() -> None:
    from generator import cli
    from generator.errors import UsageError

    for argv in COMMAND_LINES:
        verb = cli._verb(argv)
        assert verb == argv[0]
        assert vars(cli._parse(argv)) == _outcome(cli._parser(), argv)
        assert _outcome(cli._parser(verb), argv) == _outcome(cli._parser(), argv)
    for argv in MISTAKES:
        whole = _outcome(cli._parser(), argv)
        assert isinstance(whole, str)
        with pytest.raises(UsageError) as caught:
            cli._parse(argv)
        assert str(caught.value) == whole
