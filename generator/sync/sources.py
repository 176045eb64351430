"""The docs a provider's spec is synced from, and the snapshot of them the last sync kept.

A docs source is an OpenAPI document (one file or URL) or API-reference pages (files,
folders of them, or URLs). Each file keeps its name from version to version: that is
how a page is paired with its snapshot. The snapshot is a plain copy of the files under
`spec/docs/<id>/`, replaced whole or not at all.
"""

from __future__ import annotations

import os
import re
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Literal
from urllib.parse import unquote, urlsplit

from ..errors import UsageError
from ..importers import Result, fetch, import_document, import_page_texts, write_atomically
from ..importers.document import parse
from ..spec.source import is_openapi, read_spec_bytes
from .merge import Applied, Draft

if TYPE_CHECKING:
    from ..diff.compare import Finding
    from ..pipeline import SpecFile

Kind = Literal["pages", "openapi"]
_FILE_NAME = re.compile(r"[A-Za-z0-9_][A-Za-z0-9_.\-]*")
_PAGE_SUFFIXES = (".txt", ".md", ".mdx", ".text")
_DOCUMENT_SUFFIXES = (".json", ".yaml", ".yml")


@dataclass
class Docs:
    """One version of a provider's docs: file name -> bytes, and how messages name each."""

    kind: Kind
    files: dict[str, bytes]
    shown: dict[str, str]


def read_sources(sources: list[str]) -> Docs:
    """The docs as they are now, from the files, folders and URLs given."""
    files: dict[str, bytes] = {}
    shown: dict[str, str] = {}
    for source in sources:
        for name, raw, where in _read_one(source):
            if name in files:
                raise UsageError(
                    f"two docs files are named {name!r} ({shown[name]} and {where}); "
                    "files are paired with the snapshot by name, so names must differ"
                )
            files[name], shown[name] = raw, where
    return Docs(_kind(files, shown), files, shown)


def _read_one(source: str) -> list[tuple[str, bytes, str]]:
    if source.startswith(("http://", "https://")):
        name = unquote(urlsplit(source).path.rstrip("/").rpartition("/")[2])
        return [(_file_name(name or "index", source), fetch(source), source)]
    path = Path(source)
    if path.is_dir():
        found = sorted(
            p
            for p in path.iterdir()
            if not p.name.startswith(".") and p.suffix in (*_PAGE_SUFFIXES, *_DOCUMENT_SUFFIXES)
        )
        if not found:
            raise UsageError(f"no docs files (pages or an OpenAPI document) in {source}")
        return [(_file_name(p.name, str(p)), read_spec_bytes(p, str(p)), str(p)) for p in found]
    if not path.exists():
        raise UsageError(f"no such docs file or folder: {source}")
    return [(_file_name(path.name, source), read_spec_bytes(path, source), source)]


def _file_name(name: str, source: str) -> str:
    if not _FILE_NAME.fullmatch(name):
        raise UsageError(
            f"{source}: a docs file needs a plain name (letters, digits, '_', '-', '.') "
            "to be kept in the snapshot"
        )
    return name


def _kind(files: dict[str, bytes], shown: dict[str, str]) -> Kind:
    documents = [name for name, raw in files.items() if is_openapi(raw)]
    if not documents:
        return "pages"
    if len(files) > 1:
        listed = ", ".join(shown[n] for n in files)
        raise UsageError(
            f"the docs are either one OpenAPI document or pages, not both or several: {listed}"
        )
    return "openapi"


def snapshot_dir(spec_dir: Path, provider_id: str) -> Path:
    return spec_dir / "docs" / provider_id


def read_snapshot(folder: Path) -> Docs | None:
    """The docs as the last sync saw them, or None before the first sync."""
    if not folder.is_dir():
        return None
    found = sorted(p for p in folder.iterdir() if p.is_file() and not p.name.startswith("."))
    if not found:
        return None
    files = {p.name: read_spec_bytes(p, str(p)) for p in found}
    shown = {p.name: str(p) for p in found}
    return Docs(_kind(files, shown), files, shown)


def write_snapshot(folder: Path, docs: Docs) -> None:
    """Replace the snapshot with `docs`, whole: a new folder is filled, then swapped in."""
    folder.parent.mkdir(parents=True, exist_ok=True)
    fresh = Path(tempfile.mkdtemp(prefix=f".{folder.name}.new-", dir=folder.parent))
    old = folder.parent / f".{folder.name}.old"
    try:
        for name, raw in docs.files.items():
            (fresh / name).write_bytes(raw)
        shutil.rmtree(old, ignore_errors=True)
        if folder.exists():
            os.replace(folder, old)
        os.replace(fresh, folder)
    except BaseException:
        if not folder.exists() and old.exists():
            os.replace(old, folder)
        shutil.rmtree(fresh, ignore_errors=True)
        raise
    shutil.rmtree(old, ignore_errors=True)


def recover_snapshot(folder: Path) -> None:
    """Put back a snapshot that a run killed mid-swap left moved aside."""
    old = folder.parent / f".{folder.name}.old"
    if old.is_dir() and not folder.exists():
        os.replace(old, folder)
    for stale in folder.parent.glob(f".{folder.name}.new-*") if folder.parent.is_dir() else []:
        shutil.rmtree(stale, ignore_errors=True)


def import_docs(docs: Docs, provider_id: str, name: str) -> tuple[Result, Draft]:
    """A version of the docs as a spec draft; errors name the docs' own files and lines."""
    shown = f"the draft of {provider_id}'s docs"
    if docs.kind == "openapi":
        ((file_name, raw),) = docs.files.items()
        where = docs.shown[file_name]
        path = Path(where)
        document = parse(raw, where, path if path.is_file() else None)
        result, _ = import_document(document, provider_id, name, shown)
        if result.reached:
            raise UsageError(
                f"{where}: its $refs reach other files ({result.reached[0]}); the snapshot "
                "that sync keeps is one file, so bundle the document into one first"
            )
    else:
        items = [(raw, docs.shown[n]) for n, raw in docs.files.items()]
        result, _ = import_page_texts(items, provider_id, name, shown)
    return result, Draft(result.spec, result.origins)


@dataclass
class Synced:
    """What `sync` found; nothing is written until `apply` is called."""

    spec: SpecFile
    text: str  # the spec as it would be written (the same as before when unchanged)
    spec_changed: bool
    snapshot_changed: bool
    first: bool  # no snapshot yet: the docs are recorded, the spec is left alone
    findings: list[Finding]
    applied: list[Applied]
    kept: int
    notes: list[str]
    docs: Docs
    snapshot: Path
    snapshot_shown: str  # the snapshot's folder, as messages name it

    def apply(self) -> list[str]:
        """Write the spec, then the snapshot; what was written, as it is named."""
        from ..render.write import signals_held

        written = []
        with signals_held():  # both or neither, as far as a signal goes
            if self.spec_changed:
                write_atomically(self.spec.path, self.text)
                written.append(self.spec.shown)
            if self.snapshot_changed:
                write_snapshot(self.snapshot, self.docs)
                written.append(f"{self.snapshot_shown}/")
        return written
