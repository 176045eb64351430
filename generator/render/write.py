"""Stage 5: write the rendered files into `generated/`, all or nothing.

The output folder belongs to one run at a time (an exclusive lock on the
folder itself). Files are first written to a staging folder inside it (so
renames stay on one filesystem), formatted there, and only then swapped in
package by package, with SIGINT and SIGTERM held back until the swap is done:
each package is the old tree or the new one, never neither. A run killed
outright (SIGKILL, power loss) leaves its staging folder behind; the next run
puts back any package it finds moved aside there, then removes the folder.

The tool deletes only what it wrote: a package folder is replaced or removed
only when the manifest names it or every file in it carries our header.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import re
import shutil
import signal
import stat
import tempfile
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from types import FrameType

from ..errors import UsageError

STAGING_PREFIX = ".staging-"
BACKUP_PREFIX = ".old-"
# What a package folder may be called: a provider id (spec.Provider.id).
PACKAGE_NAME = re.compile(r"[a-z][a-z0-9_]*")
HEADER_MARK = b"Generated from "


class Staging:
    """A temporary tree of rendered packages, removed on exit."""

    def __init__(self, out_dir: Path) -> None:
        self._out_dir = out_dir
        self.root = out_dir  # replaced by the staging folder on entry

    def __enter__(self) -> Staging:
        # Made and removed with SIGINT and SIGTERM held, so that a signal cannot land
        # between making the folder and owning it, or cut its removal short.
        with signals_held():
            self.root = Path(tempfile.mkdtemp(prefix=STAGING_PREFIX, dir=self._out_dir))
        return self

    def __exit__(self, *exc_info: object) -> None:
        with signals_held():
            shutil.rmtree(self.root, ignore_errors=True)

    def fill(self, files: dict[str, bytes], out_dir: Path) -> None:
        """Put every file of `files` (paths relative to `out_dir`) into the staging tree.

        Files already there (just formatted) are left alone. A file whose current
        copy in `out_dir` holds the same bytes is hard-linked instead of written,
        which is many times cheaper: after a small edit nearly every file is one.
        """
        # Plain strings rather than Paths: after a small edit this loop runs once for each of
        # thousands of files and does little else. Paths here are POSIX (`fcntl` above).
        root, out = str(self.root), str(out_dir)
        staged = {
            os.path.relpath(os.path.join(folder, name), root).replace(os.sep, "/")
            for folder, _, names in os.walk(root)
            for name in names
        }
        made: set[str] = set()
        for rel, body in files.items():
            if rel in staged:
                continue  # rendered and formatted in place
            target = f"{root}/{rel}"
            parent = target.rpartition("/")[0]
            if parent not in made:
                os.makedirs(parent, exist_ok=True)
                made.add(parent)
            if not _link_same(f"{out}/{rel}", target, body):
                with open(target, "wb") as file:
                    file.write(body)


def _link_same(current: str, target: str, body: bytes) -> bool:
    """Hard-link `current` as `target` if it is a regular file holding exactly `body`.

    Only a file with no other link is shared, so that an edit made through some
    other path to it can never reach the new tree.
    """
    try:
        fd = os.open(current, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK)
    except OSError:
        return False
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode) or info.st_nlink != 1 or info.st_size != len(body):
            return False
        if _read_all(fd, len(body) + 1) != body:
            return False
        os.link(current, target, follow_symlinks=False)
    except OSError:
        return False  # another filesystem, or links not supported: written instead
    finally:
        os.close(fd)
    return True


def _read_all(fd: int, limit: int) -> bytes:
    """Up to `limit` bytes from `fd` (a read of a regular file may return fewer)."""
    parts = []
    while limit > 0 and (chunk := os.read(fd, limit)):
        parts.append(chunk)
        limit -= len(chunk)
    return b"".join(parts)


@contextlib.contextmanager
def locked(out_dir: Path, warn: Callable[[str], None]) -> Iterator[None]:
    """Own `out_dir` for this run: lock it, then clean up after any run that was killed."""
    if out_dir.is_symlink() or (out_dir.exists() and not out_dir.is_dir()):
        raise UsageError(f"output folder {out_dir} is not a folder")
    out_dir.mkdir(parents=True, exist_ok=True)
    fd = os.open(out_dir, os.O_RDONLY | os.O_DIRECTORY)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise UsageError(f"another clientgen run is writing {out_dir}; try again") from None
        recover(out_dir, warn)
        yield
    finally:
        os.close(fd)  # closing releases the lock


def recover(out_dir: Path, warn: Callable[[str], None]) -> None:
    """Put back packages a killed run had moved aside, and remove its staging folders."""
    for staging in sorted(out_dir.glob(f"{STAGING_PREFIX}*")):
        if staging.is_symlink() or not staging.is_dir():
            continue
        for backup in sorted(staging.glob(f"{BACKUP_PREFIX}*")):
            package = backup.name.removeprefix(BACKUP_PREFIX)
            target = out_dir / package
            if PACKAGE_NAME.fullmatch(package) and not target.exists() and backup.is_dir():
                backup.rename(target)
                warn(f"restored {target}, which an interrupted run had moved aside")
        shutil.rmtree(staging, ignore_errors=True)
    with contextlib.suppress(FileNotFoundError):
        (out_dir / ".manifest.json.tmp").unlink()


def check_replaceable(out_dir: Path, packages: list[str], ours: set[str]) -> None:
    """Refuse to replace a folder the tool did not write."""
    for package in packages:
        target = out_dir / package
        if not os.path.lexists(target) or (package in ours and _plain_dir(target)):
            continue
        if not _plain_dir(target) or not _all_generated(target):
            raise UsageError(
                f"{target} exists and holds files clientgen did not write; "
                "move it away or pick another --out"
            )


@contextlib.contextmanager
def signals_held() -> Iterator[None]:
    """Hold SIGINT and SIGTERM until the block is done, then act on them."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    received: list[int] = []

    def hold(signum: int, frame: FrameType | None) -> None:
        received.append(signum)

    previous = {s: signal.signal(s, hold) for s in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)
        if received:
            signal.raise_signal(received[0])


def swap_in(
    staging: Staging, out_dir: Path, packages: list[str], written: list[str] | None = None
) -> None:
    """Move each staged package over `out_dir/<package>`, restoring all on failure.

    `written` receives each package as it lands, so a caller knows what changed.
    """
    backups: list[tuple[Path, Path | None]] = []
    with signals_held():
        try:
            for package in packages:
                target = out_dir / package
                backup = None
                if target.exists():
                    backup = staging.root / f"{BACKUP_PREFIX}{package}"
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
        if written is not None:
            written.extend(packages)


def remove_packages(
    out_dir: Path, packages: dict[str, set[str]], warn: Callable[[str], None]
) -> list[str]:
    """Delete packages whose spec is gone, if they hold only the files the manifest lists."""
    removed = []
    for package, files in packages.items():
        target = out_dir / package
        if not _plain_dir(target):
            continue
        present = {
            p.relative_to(target).as_posix()
            for p in target.rglob("*")
            if p.is_file() and "__pycache__" not in p.parts
        }
        if not present <= files:
            foreign = ", ".join(sorted(present - files)[:3])
            warn(
                f"kept {target}: its spec is gone, but it holds files clientgen did not write ({foreign})"
            )
            continue
        shutil.rmtree(target)
        removed.append(package)
    return removed


def _plain_dir(path: Path) -> bool:
    return path.is_dir() and not path.is_symlink()


def _all_generated(folder: Path) -> bool:
    for path in folder.rglob("*"):
        if "__pycache__" in path.parts or path.is_dir():
            continue
        if path.is_symlink() or not path.is_file():
            return False
        with path.open("rb") as handle:
            if HEADER_MARK not in handle.readline():
                return False
    return True
