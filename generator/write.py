"""Stage 5: write the rendered files into `generated/`, all or nothing.

Files are first written to a staging folder inside `generated/` (so renames
stay on one filesystem), formatted there, and only then swapped in package by
package. If anything fails before the swap, `generated/` is untouched; if a
swap fails, the packages already swapped are put back.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path


class Staging:
    """A temporary tree of rendered packages, removed on exit."""

    def __init__(self, out_dir: Path) -> None:
        out_dir.mkdir(parents=True, exist_ok=True)
        self.root = Path(tempfile.mkdtemp(prefix=".staging-", dir=out_dir))

    def __enter__(self) -> Staging:
        return self

    def __exit__(self, *exc_info: object) -> None:
        shutil.rmtree(self.root, ignore_errors=True)


def swap_in(staging: Staging, out_dir: Path, packages: list[str]) -> None:
    """Move each staged package over `out_dir/<package>`, restoring all on failure."""
    backups: list[tuple[Path, Path | None]] = []
    try:
        for package in packages:
            target = out_dir / package
            backup = None
            if target.exists():
                backup = staging.root / f".old-{package}"
                target.rename(backup)
            backups.append((target, backup))
            (staging.root / package).rename(target)
    except OSError:
        for target, backup in reversed(backups):
            if target.exists():
                shutil.rmtree(target)
            if backup is not None:
                backup.rename(target)
        raise


def remove_packages(out_dir: Path, packages: list[str]) -> None:
    """Delete packages whose spec is gone (only ones the manifest says we wrote)."""
    for package in packages:
        target = out_dir / package
        if target.is_dir():
            shutil.rmtree(target)
