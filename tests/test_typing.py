"""mypy --strict on user code: the overloads type-check where they should, and only there."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

from tests.tools import mypy_strict

ROOT = Path(__file__).resolve().parent.parent
HERE = Path(__file__).resolve().parent / "typing"


def _mypy(*paths: Path) -> subprocess.CompletedProcess[str]:
    return mypy_strict(*map(str, paths), cwd=ROOT, mypypath=ROOT)


def test_generated_packages_pass_mypy_strict() -> None:
    result = _mypy(ROOT / "generated" / "compilelabs", ROOT / "generated" / "perceptron")
    assert result.returncode == 0, result.stdout


def test_overloads_accept_correct_use() -> None:
    result = _mypy(HERE / "uses_overloads.py", HERE / "uses_streams.py", HERE / "uses_providers.py")
    assert result.returncode == 0, result.stdout


def test_overloads_reject_misuse() -> None:
    source = (HERE / "misuses_overloads.py").read_text().splitlines()
    expected = {i + 1 for i, line in enumerate(source) if "# E:" in line}
    result = _mypy(HERE / "misuses_overloads.py")
    flagged = {
        int(m.group(1)) for m in re.finditer(r"misuses_overloads\.py:(\d+): error", result.stdout)
    }
    assert result.returncode == 1
    assert flagged == expected, result.stdout
