"""Helpers shared by several test modules."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path


def mypy_strict(
    *targets: str, cwd: Path, mypypath: Path | None = None
) -> subprocess.CompletedProcess[str]:
    """`mypy --strict` on `targets` in a fresh process with no cache."""
    env = {"PATH": ""} | ({"MYPYPATH": str(mypypath)} if mypypath else {})
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--no-incremental",
            "--cache-dir",
            "/dev/null",
            *targets,
        ],
        capture_output=True,
        text=True,
        cwd=cwd,
        env=env,
        check=False,
    )


ROOT = Path(__file__).resolve().parent.parent


def assert_clean_package(out: Path, package: str, statement: str, *, cwd: Path) -> None:
    """A generated package as a user takes it: `ruff check` and `ruff format --check` with
    the project's settings, `mypy --strict`, and `statement` run in a fresh interpreter
    from `out` (where the package is importable)."""
    config = str(ROOT / "pyproject.toml")
    for argv in (["check", "--config", config], ["format", "--check", "--config", config]):
        done = subprocess.run(
            [sys.executable, "-m", "ruff", *argv, str(out)],
            capture_output=True,
            text=True,
            check=False,
        )
        assert done.returncode == 0, done.stdout[-3000:]
    typed = mypy_strict(str(out / package), cwd=cwd)
    assert typed.returncode == 0, typed.stdout[-3000:]
    ran = subprocess.run(
        [sys.executable, "-c", statement], cwd=out, capture_output=True, text=True, check=False
    )
    assert ran.returncode == 0, ran.stderr[-3000:]
