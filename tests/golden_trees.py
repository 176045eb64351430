"""Golden outputs: generated trees for tests/golden/, and diff reports for tests/diff_golden/.

python -m tests.golden_trees --update   # regenerate after a template change, then read the diff
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

from generator import pipeline

GOLDEN = Path(__file__).resolve().parent / "golden"
EXPECTED = GOLDEN / "expected"


def render(out: Path) -> None:
    """Generate every spec under tests/golden/ into `out`."""
    pipeline.generate(GOLDEN, out, None, None)


DIFF = Path(__file__).resolve().parent / "diff_golden"


def render_diffs() -> dict[str, str]:
    """Every output format of `diff` for tests/diff_golden/{old,new}.yaml."""
    from generator.diff.compare import Side, diff
    from generator.diff.report import FORMATS, render
    from generator.ir.resolve import resolve
    from generator.spec.load import load_bytes

    sides = []
    for name, shown in (("old.yaml", "main:spec/shop.yaml"), ("new.yaml", "spec/shop.yaml")):
        loaded = load_bytes((DIFF / name).read_bytes(), shown)
        sides.append(Side(loaded, resolve(loaded)))
    findings = diff(sides[0], sides[1])
    return {fmt: render(findings, fmt) for fmt in FORMATS}


def main(argv: list[str]) -> int:
    if argv != ["--update"]:
        print(__doc__, file=sys.stderr)
        return 2
    shutil.rmtree(EXPECTED, ignore_errors=True)
    render(EXPECTED)
    (EXPECTED / ".manifest.json").unlink()
    for fmt, text in render_diffs().items():
        (DIFF / f"expected.{fmt}.txt").write_text(text, encoding="utf-8")
    print(f"updated {EXPECTED} and {DIFF}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
