"""Golden trees: the full output for the specs in tests/golden/, committed for review.

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


def main(argv: list[str]) -> int:
    if argv != ["--update"]:
        print(__doc__, file=sys.stderr)
        return 2
    shutil.rmtree(EXPECTED, ignore_errors=True)
    render(EXPECTED)
    (EXPECTED / ".manifest.json").unlink()
    print(f"updated {EXPECTED}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
