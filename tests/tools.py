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
