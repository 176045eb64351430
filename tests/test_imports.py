"""Import statements as ruff's import sorting writes them (generator/render/imports.py).

Rendered modules import only what they use, in ruff's order, so the formatting stage
finds nothing to fix in them; these tests hold ruff itself to that.
"""

from __future__ import annotations

import json
import keyword
import subprocess
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.ir.resolve import resolve
from generator.render.format import RULES, SETTINGS, ruff_binary
from generator.render.imports import (
    Import,
    exports_sorted,
    members_sorted,
    modules_sorted,
    needed,
    statements,
)
from generator.render.package import plan
from generator.spec.load import load_bytes

ROOT = Path(__file__).resolve().parent.parent
SPECS = [ROOT / "spec" / "compilelabs.yaml", ROOT / "spec" / "perceptron.yaml"]
SPECS.append(ROOT / "tests" / "golden" / "acme.yaml")


def _ruff(root: Path, *select: str) -> list[dict[str, object]]:
    """ruff's findings under `root`, with the formatting stage's settings."""
    rules = ["--select", ",".join(select)] if select else RULES
    result = subprocess.run(
        [ruff_binary(), "check", *SETTINGS, *rules, "--no-cache", "--output-format", "json", "."],
        cwd=root,
        capture_output=True,
        text=True,
        check=False,
    )
    found: list[dict[str, object]] = json.loads(result.stdout or "[]")
    return found


def test_natural_order_and_kinds() -> None:
    assert modules_sorted([".model10", ".model9", "._base", ".Model1"]) == [
        "._base",
        ".Model1",
        ".model9",
        ".model10",
    ]
    assert members_sorted(["thing", "Item10", "MAX", "Item9", "item2"]) == [
        "MAX",
        "Item9",
        "Item10",
        "item2",
        "thing",
    ]
    # `__all__` compares with case always counting.
    assert exports_sorted(["Acme", "APIError", "StreamedResponse", "StreamIncompleteError"]) == [
        "APIError",
        "Acme",
        "StreamIncompleteError",
        "StreamedResponse",
    ]


def test_sections_and_wrapping() -> None:
    text = statements(
        [
            Import("._base", "BaseModel"),
            Import("pydantic"),
            Import("typing", "Literal"),
            Import("__future__", "annotations"),
            Import("typing"),
            Import("..", "models", "_models"),
            Import("..", "_runtime"),
            Import(".._runtime", "NOT_GIVEN"),
            Import("pydantic", "Field"),
            Import(".child", "A" * 60),
            Import(".child", "B" * 60),
        ]
    )
    assert text == "\n".join(
        [
            "from __future__ import annotations",
            "",
            "import typing",
            "from typing import Literal",
            "",
            "import pydantic",
            "from pydantic import Field",
            "",
            "from .. import _runtime",
            "from .. import models as _models",
            "from .._runtime import NOT_GIVEN",
            "from ._base import BaseModel",
            "from .child import (",
            f"    {'A' * 60},",
            f"    {'B' * 60},",
            ")",
        ]
    )


def test_needed_reads_code_not_attributes_or_quoted_names() -> None:
    code = 'x: typing.Any = Field(...)\n"""Returns `RawResponse`; see pydantic docs."""\ny = a.Literal\n'
    candidates = [
        Import("typing"),
        Import("typing", "Any"),
        Import("pydantic", "Field"),
        Import(".._runtime", "RawResponse"),
        Import("pydantic"),
        Import("typing", "Literal"),
    ]
    assert needed(candidates, code) == [Import("typing"), Import("pydantic", "Field")]


def test_import_refuses_what_is_not_a_name() -> None:
    with pytest.raises(ValueError):
        Import("os; import sys")
    with pytest.raises(ValueError):
        Import("typing", "Any\nimport os")
    with pytest.raises(ValueError):
        Import("pkg.", "x")
    with pytest.raises(ValueError):
        Import(".sibling")  # `import .sibling` is no statement
    with pytest.raises(ValueError):
        Import(".sibling", "Name", note="noqa\nimport os")


_NAME = st.from_regex(r"[A-Za-z_][A-Za-z0-9_]{0,12}", fullmatch=True).filter(
    lambda n: not keyword.iskeyword(n) and not keyword.issoftkeyword(n)
)
_ABSOLUTE = st.sampled_from(["typing", "enum", "os.path", "collections.abc", "pydantic", "httpx"])
_RELATIVE = st.one_of(
    st.builds(lambda dots, name: f"{dots}{name}", st.sampled_from([".", ".."]), _NAME),
    st.sampled_from([".", ".."]),
)


@st.composite
def _imports(draw: st.DrawFn) -> list[Import]:
    out = []
    for _ in range(draw(st.integers(1, 12))):
        if draw(st.booleans()):
            out.append(Import(draw(_ABSOLUTE)))  # `import x`: absolute only
            continue
        source = draw(st.one_of(_ABSOLUTE, _RELATIVE))
        name = draw(_NAME)
        alias = draw(st.one_of(st.none(), _NAME.filter(name.__ne__)))
        out.append(Import(source, name, alias))
    return out


@settings(max_examples=15, deadline=None)
@given(st.lists(_imports(), min_size=5, max_size=20))
def test_statements_are_what_ruff_sorts(
    tmp_path_factory: pytest.TempPathFactory, blocks: list[list[Import]]
) -> None:
    """ruff's import sorting leaves every block as `statements` writes it."""
    root = tmp_path_factory.mktemp("imports")
    for i, block in enumerate(blocks):
        text = statements([Import("__future__", "annotations"), *block])
        (root / f"m{i}.py").write_text(f"{text}\n\nVALUE = 1\n")
        indented = statements(block, indent="    ")
        (root / f"t{i}.py").write_text(f"if True:\n{indented}\n")
    assert _ruff(root, "I") == []


@pytest.mark.parametrize("spec", SPECS, ids=lambda p: p.stem)
def test_rendered_code_needs_no_fixing(tmp_path: Path, spec: Path) -> None:
    """Before formatting, ruff finds nothing to fix in what the templates render, except
    an import of a name that prose also uses (`Any`, in a docstring)."""
    api = resolve(load_bytes(spec.read_bytes(), spec.name))
    for rel, piece in plan([api]).items():
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text(piece.make())
    for finding in _ruff(tmp_path):
        assert finding["code"] == "F401", finding
        name = str(finding["message"]).split("`")[1].rpartition(".")[2]
        text = Path(str(finding["filename"])).read_text()
        assert text.count(name) > 1, finding  # imported, and named in prose
