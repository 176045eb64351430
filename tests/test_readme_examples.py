"""Every code example in the READMEs runs as written, and the spec tour validates.

Each README's Python blocks run in order as one script, in a fresh interpreter, with
the API keys and `<ID>_BASE_URL` pointing at local servers that answer like the
providers (tests/provider_server.py). The package READMEs run against the package
as a vendoring team would import it (`import perceptron`).
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from generator import cli
from tests.provider_server import PNG, compilelabs, perceptron
from tests.server import ScriptedServer

ROOT = Path(__file__).resolve().parent.parent
FENCE = re.compile(r"^```(\w*)\n(.*?)^```", re.MULTILINE | re.DOTALL)


def blocks(readme: Path, language: str) -> list[str]:
    return [body for lang, body in FENCE.findall(readme.read_text()) if lang == language]


@pytest.fixture
def servers() -> Iterator[dict[str, ScriptedServer]]:
    started = {"PERCEPTRON": ScriptedServer(), "COMPILELABS": ScriptedServer()}
    started["PERCEPTRON"].default = perceptron
    started["COMPILELABS"].default = compilelabs
    for server in started.values():
        server.start()
    try:
        yield started
    finally:
        for server in started.values():
            server.stop()


def _run(
    script: str, cwd: Path, pythonpath: Path, servers: dict[str, ScriptedServer]
) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.endswith(("_API_KEY", "_BASE_URL"))}
    env["PYTHONPATH"] = str(pythonpath)
    for name, server in servers.items():
        env[f"{name}_API_KEY"] = "test-key"
        env[f"{name}_BASE_URL"] = server.url
    (cwd / "photo.png").write_bytes(PNG)
    (cwd / "examples.py").write_text(script)
    return subprocess.run(
        [sys.executable, "examples.py"],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


@pytest.mark.parametrize(
    "readme", ["README.md", "generated/perceptron/README.md", "generated/compilelabs/README.md"]
)
def test_python_examples_run_as_written(
    readme: str, tmp_path: Path, servers: dict[str, ScriptedServer]
) -> None:
    path = ROOT / readme
    code = blocks(path, "python")
    assert code, f"{readme} has no Python examples"
    pythonpath = ROOT if readme == "README.md" else path.parent.parent
    result = _run("\n".join(code), tmp_path, pythonpath, servers)
    assert result.returncode == 0, result.stderr
    requests = [(r.method, r.path) for server in servers.values() for r in server.requests]
    assert requests, "the examples sent nothing"
    if readme != "README.md":
        # One example per endpoint, and each was called.
        package = path.parent.name
        headings = re.findall(r"^### `client\.(.+?)\(\)`", path.read_text(), re.MULTILINE)
        sent = servers[package.upper()].requests
        assert len(sent) >= len(headings) > 0


def test_the_spec_tour_validates(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    tours = [b for b in blocks(ROOT / "README.md", "yaml") if b.startswith("spec_version")]
    assert len(tours) == 1
    spec_dir = tmp_path / "spec"
    spec_dir.mkdir()
    (spec_dir / "perceptron.yaml").write_text(tours[0])
    assert cli.main(["validate", "--spec-dir", str(spec_dir)]) == 0, capsys.readouterr().err
