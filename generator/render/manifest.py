"""What `generated/` was made from, so `check` can answer without rendering.

`generated/.manifest.json` records, per spec file, a hash of every input
(the spec's bytes, the generator's code and templates, the pinned tool
versions) and the sha256 of every file written. When the inputs hash the same
and every file still matches, `check` is done: no YAML parsing, no rendering.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from .. import __version__
from .resources import template_root

MANIFEST = ".manifest.json"
# Output bytes depend on these exact versions (pyproject.toml pins them).
TOOL_VERSIONS = "ruff==0.17.6"


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


# Modules that never change what `generate` writes (paths inside generator/); editing
# them does not make output stale.
_NOT_RENDERING = frozenset(
    {
        "__main__.py",
        "cli.py",
        "diff/__init__.py",
        "diff/compare.py",
        "diff/report.py",
        "sync/__init__.py",
        "sync/merge.py",
        "sync/sources.py",
    }
)


def generator_fingerprint(user_templates: Path | None = None) -> str:
    """A hash of the generator's own code and templates."""
    digest = hashlib.sha256(f"{__version__} {TOOL_VERSIONS}".encode())
    roots = [Path(__file__).resolve().parent.parent, template_root()]
    if user_templates is not None:
        roots.append(user_templates)
    for index, root in enumerate(roots):
        for rel, path in _walk(root):
            if index == 0 and rel in _NOT_RENDERING:
                continue
            if rel.endswith((".py", ".jinja", ".jinja2")):
                digest.update(rel.encode())
                with open(path, "rb") as file:
                    digest.update(file.read())
    return digest.hexdigest()


def inputs_hash(spec_sha256: str, fingerprint: str) -> str:
    """What a package was made from: the spec (by its sha256) and the generator."""
    return sha256(f"{fingerprint}\0{spec_sha256}".encode())


# A package folder is a direct child of the output folder, named like a provider id.
_PACKAGE = re.compile(r"[a-z][a-z0-9_]*")


def read(out_dir: Path, warn: Callable[[str], None] | None = None) -> dict[str, Any]:
    """The manifest, or an empty one when it is missing or unreadable.

    The file is data from disk, not trusted: an entry whose package is not a
    plain folder name, or whose file list is malformed, is dropped (with a
    warning), so no later step removes or compares anything outside `out_dir`.
    """
    try:
        data = json.loads((out_dir / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError, RecursionError):
        return {"specs": {}}
    if not isinstance(data, dict) or not isinstance(data.get("specs"), dict):
        return {"specs": {}}
    specs = {}
    for key, entry in data["specs"].items():
        problem = _entry_problem(entry)
        if problem is None:
            specs[key] = entry
        elif warn is not None:
            warn(f"{out_dir / MANIFEST}: ignoring the entry for {key!r}: {problem}")
    return {**data, "specs": specs}


def _entry_problem(entry: object) -> str | None:
    if not isinstance(entry, dict):
        return "not an object"
    package = entry.get("package")
    if not isinstance(package, str) or not _PACKAGE.fullmatch(package):
        return f"package {package!r} is not a folder name such as 'perceptron'"
    files = entry.get("files")
    if not isinstance(files, dict) or not all(
        isinstance(name, str)
        and isinstance(digest, str)
        and name
        and not name.startswith("/")
        and ".." not in name.split("/")
        for name, digest in files.items()
    ):
        return "its file list is malformed"
    return None


def write(out_dir: Path, data: dict[str, Any]) -> None:
    """Replace the manifest atomically."""
    text = json.dumps(data, indent=2, sort_keys=True) + "\n"
    tmp = out_dir / f"{MANIFEST}.tmp"
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, out_dir / MANIFEST)


def tree_hashes(root: Path) -> dict[str, str]:
    """sha256 of every file under `root`, keyed by POSIX path relative to it."""
    hashes = {}
    for rel, path in _walk(root):
        with open(path, "rb") as file:
            hashes[rel] = sha256(file.read())
    return hashes


def _walk(root: Path) -> list[tuple[str, str]]:
    """(POSIX path relative to `root`, path) of every file under it, sorted.

    `__pycache__` folders are skipped and symlinked folders are not entered; a
    symlink to a file counts as the file. Walked with `os.scandir`, since `check`
    on unchanged inputs is mostly this walk.
    """
    found: list[tuple[str, str]] = []
    pending = [(str(root), "")]
    while pending:
        folder, prefix = pending.pop()
        with os.scandir(folder) as entries:
            for entry in entries:
                if entry.is_dir(follow_symlinks=False):
                    if entry.name != "__pycache__":
                        pending.append((entry.path, f"{prefix}{entry.name}/"))
                elif entry.is_file():
                    found.append((f"{prefix}{entry.name}", entry.path))
    found.sort()
    return found
