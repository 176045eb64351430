"""The project's own code meets the bar it sets for generated code."""

from __future__ import annotations

import subprocess
from pathlib import Path

from generator.render.format import ruff_binary
from tests.tools import mypy_strict

ROOT = Path(__file__).resolve().parent.parent


def test_ruff_check_and_format() -> None:
    for argv in (["check", "."], ["format", "--check", "."]):
        result = subprocess.run(
            [ruff_binary(), *argv], cwd=ROOT, capture_output=True, text=True, check=False
        )
        assert result.returncode == 0, result.stdout + result.stderr


def test_generator_passes_mypy_strict() -> None:
    result = mypy_strict("generator", cwd=ROOT)
    assert result.returncode == 0, result.stdout
