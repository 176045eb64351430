"""A team copies generated/perceptron into its own project, under another name, and uses it."""

from __future__ import annotations

import ast
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.server import Reply, ScriptedServer
from tests.tools import mypy_strict

ROOT = Path(__file__).resolve().parent.parent

SCRIPT = """
import sys
from acme_app.vendor.pc import Perceptron, ModelExtended, NotFoundError

with Perceptron(api_key="k", base_url=sys.argv[1], max_retries=0) as client:
    model = client.models.retrieve("perc-x1", extended=True)
    assert isinstance(model, ModelExtended), type(model)
    try:
        client.models.retrieve("missing")
    except NotFoundError as exc:
        assert exc.status_code == 404
foreign = sorted(
    name for name in sys.modules
    if name.split(".")[0] in ("generated", "generator", "jinja2", "yaml", "datamodel_code_generator")
)
print("foreign:", foreign)
print("model:", model.max_output_tokens)
"""


def test_vendored_copy_works_under_another_package(tmp_path: Path, server: ScriptedServer) -> None:
    target = tmp_path / "acme_app" / "vendor" / "pc"
    shutil.copytree(
        ROOT / "generated" / "perceptron", target, ignore=shutil.ignore_patterns("__pycache__")
    )
    for folder in (tmp_path / "acme_app", tmp_path / "acme_app" / "vendor"):
        (folder / "__init__.py").write_text("")
    for source in target.glob("*.py"):
        text = source.read_text()
        assert "from generated" not in text and "import generated" not in text
    server.push(
        Reply(
            body={
                "created": 1,
                "id": "perc-x1",
                "object": "model",
                "owned_by": "perceptron",
                "max_output_tokens": 8192,
            }
        ),
        Reply(404, {"error": {"message": "nope", "code": "model_not_found"}}),
    )
    result = subprocess.run(
        [
            sys.executable,
            "-I",
            "-c",
            f"import sys; sys.path.insert(0, {str(tmp_path)!r})\n{SCRIPT}",
            server.url,
        ],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "foreign: []" in result.stdout
    assert "model: 8192" in result.stdout
    assert [r.path for r in server.requests] == ["/v1/models/perc-x1", "/v1/models/missing"]

    mypy = mypy_strict("-p", "acme_app.vendor.pc", cwd=tmp_path)
    assert mypy.returncode == 0, mypy.stdout


def test_runtime_dependencies_are_only_httpx_and_pydantic() -> None:
    allowed = {"httpx", "pydantic"} | set(sys.stdlib_module_names)
    for package in ("compilelabs", "perceptron"):
        for source in (ROOT / "generated" / package).glob("*.py"):
            for node in ast.walk(ast.parse(source.read_text())):
                if isinstance(node, ast.Import):
                    tops = {alias.name.split(".")[0] for alias in node.names}
                elif isinstance(node, ast.ImportFrom) and node.level == 0:
                    tops = {(node.module or "").split(".")[0]}
                else:
                    continue
                assert tops <= allowed, (source, tops)


def test_readme_is_generated_from_the_spec() -> None:
    readme = (ROOT / "generated" / "perceptron" / "README.md").read_text()
    assert "PERCEPTRON_API_KEY" in readme
    assert 'client.models.retrieve("perc-x1", extended=True)' in readme
    assert "client.models.list(" in readme
    assert "30 requests per minute" in readme
    assert "`RateLimitError` | 429" in readme
    json.dumps(readme)  # plain text


@pytest.mark.parametrize("package", ["perceptron", "compilelabs"])
def test_the_package_loads_a_name_only_when_it_is_used(package: str) -> None:
    script = f"""
import sys
import generated.{package} as p
assert not {{"httpx", "pydantic"}} & set(sys.modules), sorted(sys.modules)
for name in p.__all__:
    getattr(p, name)
assert "httpx" in sys.modules and "pydantic" in sys.modules
"""
    done = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr[-2000:]
