"""Stage 4: format the rendered tree with ruff, once per run, in place.

ruff runs with `--isolated` and explicit settings from inside the staging
folder, so neither the user's configuration nor the working directory can
change the bytes it writes.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

LINE_LENGTH = 100
SETTINGS = ["--isolated", "--target-version", "py311", "--line-length", str(LINE_LENGTH)]
# E501: the formatter owns line length, and URLs in docstrings cannot wrap.
# RUF001-3: docs text legitimately holds characters such as `×` and `–`.
RULES = ["--select", "E,F,W,I,UP,B,SIM,RUF", "--ignore", "E501,RUF001,RUF002,RUF003"]


class FormatError(RuntimeError):
    """ruff found a problem it cannot fix: the templates produced bad code."""


def ruff_binary() -> str:
    from ruff.__main__ import find_ruff_bin  # type: ignore[import-untyped]

    return str(find_ruff_bin())


def format_tree(root: Path, paths: list[str] | None = None) -> None:
    """`ruff check --fix` then `ruff format` over `paths` under `root` (default: all of it).

    Each file is formatted on its own terms (no setting looks at other files), so
    formatting some files of a tree gives what formatting all of it would.
    """
    if paths is not None and not paths:
        return
    targets = paths if paths is not None else ["."]
    ruff = ruff_binary()
    check = subprocess.run(
        [ruff, "check", *SETTINGS, *RULES, "--fix", "--quiet", "--no-cache", *targets],
        cwd=root,
        capture_output=True,
        text=True,
        check=False,
    )
    if check.returncode != 0:
        raise FormatError(f"ruff check failed on generated code:\n{check.stdout}{check.stderr}")
    fmt = subprocess.run(
        [ruff, "format", *SETTINGS, "--quiet", "--no-cache", *targets],
        cwd=root,
        capture_output=True,
        text=True,
        check=False,
    )
    if fmt.returncode != 0:
        raise FormatError(f"ruff format failed on generated code:\n{fmt.stdout}{fmt.stderr}")
