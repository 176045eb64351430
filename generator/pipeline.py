"""The stages in order: load -> resolve -> render -> format -> write.

`generate`, `check` and `validate` are thin walks over the same stages, so
they cannot disagree about what a spec produces.
"""

from __future__ import annotations

import contextlib
import os
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from .errors import Problem, SpecError, UsageError
from .render import manifest
from .spec.source import read_spec_bytes

if TYPE_CHECKING:  # the heavy stages are imported only when a run needs them
    from .cache import Cache
    from .diff.compare import Finding, Side
    from .ir.resolve import API
    from .sync.merge import Conflict
    from .sync.sources import Synced


class SpecFile(NamedTuple):
    path: Path
    shown: str  # as named in error messages: relative to the working directory

    @property
    def key(self) -> str:
        """As named in headers and the manifest: `spec/<file>`, the same from any directory."""
        return f"{Path(os.path.abspath(self.path)).parent.name}/{self.path.name}"


def find_specs(spec_dir: Path, names: list[str] | None = None) -> list[SpecFile]:
    """The spec files to work on: all of `spec_dir/*.yaml`, or those `names` pick."""
    if not spec_dir.is_dir():
        raise UsageError(f"spec folder not found: {spec_dir}")
    files = sorted(p for p in spec_dir.glob("*.y*ml") if p.suffix in (".yaml", ".yml"))
    for file in files:
        _check_spec_name(file.name)
    if names:
        picked: list[Path] = []
        for name in names:
            path = Path(name)
            match = [f for f in files if f.stem == name or f.name == name]
            if not match and path.is_file():
                match = [path]
            if not match:
                known = ", ".join(f.stem for f in files) or "none"
                raise UsageError(f"no spec for provider {name!r} in {spec_dir} (known: {known})")
            picked.extend(m for m in match if m not in picked)
        files = picked
    if not files:
        raise UsageError(f"no spec files (*.yaml) in {spec_dir}")
    return [SpecFile(f, _display_path(f)) for f in files]


_SPEC_NAME = re.compile(r"[A-Za-z0-9_][A-Za-z0-9_.-]*")


def _check_spec_name(name: str) -> None:
    # The name is shown in messages and written into every generated file's header.
    if not _SPEC_NAME.fullmatch(name):
        raise UsageError(
            f"spec file name {name!r} must be letters, digits, '_', '-' and '.' "
            "(it becomes part of generated files)"
        )


def _display_path(path: Path) -> str:
    """How a spec file is named in error messages: relative to the cwd if possible."""
    # abspath, not resolve(): a symlink loop must reach the reader's located error.
    try:
        return Path(os.path.abspath(path)).relative_to(os.path.abspath(Path.cwd())).as_posix()
    except ValueError:
        return path.as_posix()


def resolve_all(specs: list[SpecFile], cache: Cache | None = None) -> list[API]:
    """Load and resolve every spec, reporting the problems of all files together.

    With a `cache`, definitions an earlier run resolved are reused (`ir/memo.py`).
    """
    import dataclasses

    from .cache import Cache
    from .ir.memo import load_and_resolve

    cache = cache or Cache(None, "")
    problems: list[Problem] = []
    apis: list[API] = []
    for spec in specs:
        try:
            api = load_and_resolve(read_spec_bytes(spec.path, spec.shown), spec.shown, cache)
            apis.append(dataclasses.replace(api, spec_path=spec.key))
        except SpecError as exc:
            problems.extend(exc.problems)
    seen: dict[str, API] = {}
    for api in apis:
        other = seen.get(api.provider.package)
        if other is not None:
            problems.append(
                Problem(
                    api.spec_path,
                    1,
                    1,
                    "provider.id",
                    f"package {api.provider.package!r} is also generated from {other.spec_path}",
                )
            )
        seen[api.provider.package] = api
    if problems:
        raise SpecError(problems)
    return apis


def build(scratch: Path, apis: list[API], templates: Path | None, cache: Cache) -> dict[str, bytes]:
    """Every generated file's bytes, keyed by its path relative to the output folder.

    A file whose inputs the cache has seen comes from it; only the others are
    rendered, written under `scratch` and formatted there, and then stored for
    next time.
    """
    from .render.format import format_tree
    from .render.package import plan

    pieces = plan(apis, templates)
    keys = {rel: cache.key("file", rel, piece.inputs) for rel, piece in pieces.items()}
    hits = cache.get_many(keys.values())
    files: dict[str, bytes] = {}
    fresh: list[str] = []
    folders: set[Path] = set()
    for rel in sorted(pieces):
        body = hits.get(keys[rel])
        if body is None:
            path = scratch / rel
            if path.parent not in folders:
                path.parent.mkdir(parents=True, exist_ok=True)
                folders.add(path.parent)
            path.write_bytes(pieces[rel].make().encode("utf-8"))
            fresh.append(rel)
        else:
            files[rel] = body
    formatted = [rel for rel in fresh if rel.endswith((".py", ".md"))]
    if formatted:
        format_tree(scratch, formatted)
    made = {rel: (scratch / rel).read_bytes() for rel in fresh}
    cache.put_many({keys[rel]: body for rel, body in made.items()})
    files.update(made)
    return dict(sorted(files.items()))


def package_hashes(files: dict[str, bytes], package: str) -> dict[str, str]:
    """The sha256 of each file of one package, keyed by its path inside it (as the manifest
    records them)."""
    prefix = f"{package}/"
    return {
        rel[len(prefix) :]: manifest.sha256(body)
        for rel, body in files.items()
        if rel.startswith(prefix)
    }


@contextlib.contextmanager
def _cache(fingerprint: str) -> Iterator[Cache]:
    from .cache import Cache

    cache = Cache.open(fingerprint)
    try:
        yield cache
    finally:
        cache.close()


def _ignore(message: str) -> None:
    """The default for `warn`: a caller that shows nothing."""


def generate(
    spec_dir: Path,
    out_dir: Path,
    names: list[str] | None,
    templates: Path | None,
    *,
    warn: Callable[[str], None] = _ignore,
    written: list[str] | None = None,
) -> list[str]:
    """Regenerate the packages of the chosen specs. Returns one line per package.

    `written` receives each package as it lands in `out_dir`, so that a caller
    interrupted part-way knows what was and was not written.
    """
    specs = find_specs(spec_dir, names)
    fingerprint = manifest.generator_fingerprint(templates)
    with _cache(fingerprint) as cache:
        apis = resolve_all(specs, cache)
        return _write(specs, apis, out_dir, names, templates, fingerprint, cache, warn, written)


def generate_imported(
    spec_path: Path, api: API, out_dir: Path, *, warn: Callable[[str], None] = _ignore
) -> list[str]:
    """Generate the package of a spec that `import` has just written to `spec_path`, from
    the API the import resolved on the way (the file is not read and resolved again).
    The files are those `generate` writes for that spec."""
    import dataclasses

    (spec,) = find_specs(spec_path.parent, [spec_path.name])
    fingerprint = manifest.generator_fingerprint(None)
    with _cache(fingerprint) as cache:
        api = dataclasses.replace(api, spec_path=spec.key)
        return _write(
            [spec], [api], out_dir, [spec.path.stem], None, fingerprint, cache, warn, None
        )


def _write(
    specs: list[SpecFile],
    apis: list[API],
    out_dir: Path,
    names: list[str] | None,
    templates: Path | None,
    fingerprint: str,
    cache: Cache,
    warn: Callable[[str], None],
    written: list[str] | None,
) -> list[str]:
    from .render.write import (
        Staging,
        check_replaceable,
        locked,
        remove_packages,
        signals_held,
        swap_in,
    )

    with locked(out_dir, warn), Staging(out_dir) as staging:
        files = build(staging.root, apis, templates, cache)
        packages = [api.provider.package for api in apis]
        data = manifest.read(out_dir, warn)
        entries = data["specs"]
        check_replaceable(out_dir, packages, {e["package"] for e in entries.values()})
        for spec, api in zip(specs, apis, strict=True):
            entries[spec.key] = {
                "package": api.provider.package,
                # The hash of the bytes that were parsed, not of a second read of the file.
                "inputs": manifest.inputs_hash(api.spec_sha256, fingerprint),
                "files": package_hashes(files, api.provider.package),
            }
        gone: dict[str, set[str]] = {}
        if not names:
            wanted = {s.key for s in specs}
            for key in sorted(set(entries) - wanted):
                entry = entries.pop(key)
                if entry["package"] not in packages:
                    gone[entry["package"]] = set(entry["files"])
        staging.fill(files, out_dir)
        with signals_held():
            swap_in(staging, out_dir, packages, written)
            removed = remove_packages(out_dir, gone, warn)
            manifest.write(out_dir, data)
    lines = [
        f"wrote {out_dir / p} ({len(entries[s.key]['files'])} files)"
        for s, p in zip(specs, packages, strict=True)
    ]
    lines += [f"removed {out_dir / g} (its spec is gone)" for g in removed]
    return lines


def check(
    spec_dir: Path, out_dir: Path, templates: Path | None, *, warn: Callable[[str], None] = _ignore
) -> list[str]:
    """Paths under `out_dir` that differ from what `generate` would write (empty: up to date)."""
    specs = find_specs(spec_dir)
    data = manifest.read(out_dir, warn)
    entries = data["specs"]
    fingerprint = manifest.generator_fingerprint(templates)
    if _fresh(specs, entries, out_dir, fingerprint):
        return []
    import tempfile

    stale: list[str] = []
    with (
        tempfile.TemporaryDirectory(prefix="clientgen-check-") as scratch,
        _cache(fingerprint) as cache,
    ):
        apis = resolve_all(specs, cache)
        files = build(Path(scratch), apis, templates, cache)
        for api in apis:
            package = api.provider.package
            expected = package_hashes(files, package)
            actual = manifest.tree_hashes(out_dir / package) if (out_dir / package).is_dir() else {}
            for rel in sorted(set(expected) | set(actual)):
                if expected.get(rel) != actual.get(rel):
                    state = (
                        "missing"
                        if rel not in actual
                        else "extra"
                        if rel not in expected
                        else "differs"
                    )
                    stale.append(f"{out_dir / package / rel} ({state})")
    packages = {api.provider.package for api in apis}
    for entry in entries.values():
        if entry["package"] not in packages and (out_dir / entry["package"]).is_dir():
            stale.append(f"{out_dir / entry['package']} (its spec is gone)")
    return stale


def _fresh(
    specs: list[SpecFile], entries: dict[str, object], out_dir: Path, fingerprint: str
) -> bool:
    """True when every input hashes as recorded and every output file is as written."""
    if set(entries) != {s.key for s in specs}:
        return False
    for spec in specs:
        entry = entries[spec.key]
        if not isinstance(entry, dict):
            return False
        spec_sha256 = manifest.sha256(read_spec_bytes(spec.path, spec.shown))
        if entry.get("inputs") != manifest.inputs_hash(spec_sha256, fingerprint):
            return False
        package_dir = out_dir / str(entry.get("package"))
        if not package_dir.is_dir() or manifest.tree_hashes(package_dir) != entry.get("files"):
            return False
    return True


# diff inputs ----------------------------------------------------------------------------


def _side(raw: bytes, shown: str, identity: tuple[str, str] | None = None) -> Side:
    from .diff.compare import Side
    from .ir.resolve import resolve
    from .spec.load import load_bytes
    from .spec.source import is_openapi

    if is_openapi(raw):
        return _openapi_side(raw, shown, identity)
    loaded = load_bytes(raw, shown)
    return Side(loaded, resolve(loaded))


def _openapi_side(raw: bytes, shown: str, identity: tuple[str, str] | None) -> Side:
    """An OpenAPI document, imported, so that `diff` compares it like a spec.

    The provider takes `identity` (id, name) when the other side gave one, else the
    document's title; findings point at the document's own lines.
    """
    from .diff.compare import Side
    from .importers import import_document
    from .importers.document import parse
    from .ir import naming

    path = Path(shown)
    document = parse(raw, shown, path if path.is_file() else None)
    if identity is None:
        title = str((document.data.get("info") or {}).get("title") or path.stem)
        identity = naming.package_name(title), naming.pascal(title, fallback="Api")
    provider_id, name = identity
    result, settled = import_document(document, provider_id, name, shown)
    return Side(settled.loaded, settled.api, result.origins)


def _sides(items: list[tuple[bytes, str]]) -> list[Side]:
    """Load several specs, reporting every file's problems together."""
    problems: list[Problem] = []
    sides = []
    for raw, shown in items:
        try:
            sides.append(_side(raw, shown))
        except SpecError as exc:
            problems.extend(exc.problems)
    if problems:
        raise SpecError(problems)
    return sides


def _pair_files(old: tuple[bytes, str], new: tuple[bytes, str]) -> tuple[Side, Side]:
    """Two versions of one provider. A side imported from an OpenAPI document takes the
    other side's provider id and name (the spec's, or the older document's title), so
    that a document's title is never compared as if it were the client's name."""
    from .spec.source import is_openapi

    problems: list[Problem] = []
    first = 1 if is_openapi(old[0]) and not is_openapi(new[0]) else 0
    pair: list[Side | None] = [None, None]
    identity = None
    for i in (first, 1 - first):
        raw, shown = (old, new)[i]
        try:
            pair[i] = side = _side(raw, shown, identity)
        except SpecError as exc:
            problems.extend(exc.problems)
            continue
        identity = side.spec.provider.id, side.spec.provider.name
    if problems:
        raise SpecError(problems)
    before, after = pair
    assert before is not None and after is not None
    return before, after


def _by_id(sides: list[Side]) -> dict[str, Side]:
    return {s.spec.provider.id: s for s in sides}


def diff_pairs(old: Path, new: Path) -> list[tuple[Side | None, Side | None]]:
    """Pair two spec files, or the specs of two folders by provider id.

    `/dev/null` on one side stands for no spec, as in `git diff`: every finding
    is then a provider added (or removed).
    """
    for path in (old, new):
        if not path.exists() and not path.is_symlink():
            raise UsageError(f"no such file or folder: {path}")
    absent = [_is_devnull(old), _is_devnull(new)]
    if all(absent):
        raise UsageError("both sides are /dev/null; name at least one spec")
    if any(absent):
        (present,) = [p for p, a in zip((old, new), absent, strict=True) if not a]
        if present.is_dir():
            raise UsageError(f"compare /dev/null with a spec file, not the folder {present}")
        (side,) = _sides([(_read(present), _display_path(present))])
        return [(None, side)] if absent[0] else [(side, None)]
    if old.is_dir() != new.is_dir():
        raise UsageError("compare two files or two folders, not one of each")
    if not old.is_dir():
        return [_pair_files((_read(old), _display_path(old)), (_read(new), _display_path(new)))]
    before, after = _changed(
        [(_read(p), _display_path(p), p.name) for p in sorted(old.glob("*.yaml"))],
        [(_read(p), _display_path(p), p.name) for p in sorted(new.glob("*.yaml"))],
    )
    return _pair(_by_id(_sides(before)), _by_id(_sides(after)))


def _changed(
    old: list[tuple[bytes, str, str]], new: list[tuple[bytes, str, str]]
) -> tuple[list[tuple[bytes, str]], list[tuple[bytes, str]]]:
    """The (bytes, shown) of each side, without the files that are byte for byte the same
    under the same name on both: such a file holds no finding, so neither copy is loaded."""
    before = {name: raw for raw, _, name in old}
    same = {name for raw, _, name in new if before.get(name) == raw}
    return (
        [(raw, shown) for raw, shown, name in old if name not in same],
        [(raw, shown) for raw, shown, name in new if name not in same],
    )


def diff_against(
    ref: str, spec_dir: Path, providers: list[str]
) -> list[tuple[Side | None, Side | None]]:
    """Pair the working tree's specs with the same files at a git ref (read with `git show`)."""
    import subprocess

    def git_bytes(*args: str) -> bytes:
        result = subprocess.run(["git", *args], cwd=spec_dir, capture_output=True, check=False)
        if result.returncode != 0:
            stderr = result.stderr.decode("utf-8", "replace").strip()
            raise UsageError(f"git {' '.join(args)}: {stderr or 'failed'}")
        return result.stdout

    def git(*args: str) -> str:
        return git_bytes(*args).decode("utf-8", "surrogateescape")

    if not spec_dir.is_dir():
        raise UsageError(f"spec folder not found: {spec_dir}")
    prefix = git("rev-parse", "--show-prefix").strip()
    git("rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}")
    listed = git("ls-tree", "-z", "--name-only", f"{ref}", "--", ".").split("\0")
    old_names = {Path(p).name for p in listed if p.endswith((".yaml", ".yml"))}
    new_names = {p.name for p in spec_dir.glob("*.yaml")}
    names = sorted(old_names | new_names)
    for name in names:
        _check_spec_name(name)
    if providers:
        unknown = [p for p in providers if f"{p}.yaml" not in names and p not in names]
        if unknown:
            raise UsageError(
                f"no spec for {', '.join(map(repr, unknown))} in {spec_dir} or at {ref}"
            )
        names = [n for n in names if n in providers or Path(n).stem in providers]
    before, after = _changed(
        [
            (git_bytes("show", f"{ref}:{prefix}{n}"), f"{ref}:{prefix}{n}", n)
            for n in names
            if n in old_names
        ],
        [(_read(spec_dir / n), _display_path(spec_dir / n), n) for n in names if n in new_names],
    )
    return _pair(_by_id(_sides(before)), _by_id(_sides(after)))


def _pair(olds: dict[str, Side], news: dict[str, Side]) -> list[tuple[Side | None, Side | None]]:
    return [(olds.get(i), news.get(i)) for i in sorted(set(olds) | set(news))]


def _is_devnull(path: Path) -> bool:
    return os.path.abspath(path) == os.devnull


def _read(path: Path) -> bytes:
    """A spec's bytes; a FIFO, device or unreadable file is an error naming that file."""
    return read_spec_bytes(path, _display_path(path))


# sync ---------------------------------------------------------------------------------


def sync(provider: str, spec_dir: Path, sources: list[str]) -> Synced:
    """The docs' changes since the last sync, merged onto the provider's spec."""
    import copy

    from .diff.compare import diff
    from .spec.load import decode
    from .sync.merge import Merge, patched, read_tree, write_tree
    from .sync.sources import Synced, import_docs, read_snapshot, read_sources, recover_snapshot
    from .sync.sources import snapshot_dir as snapshot_of

    (found,) = find_specs(spec_dir, [provider])
    raw = _read(found.path)
    before = _side(raw, found.shown)  # only a spec that validates is synced
    provider_id, name = before.spec.provider.id, before.spec.provider.name
    docs = read_sources(sources)
    folder = snapshot_of(found.path.parent, provider_id)
    recover_snapshot(folder)
    snapshot = read_snapshot(folder)
    text = decode(raw, found.shown)
    if snapshot is not None and snapshot.files == docs.files:
        # The docs are byte for byte what the last sync applied: nothing to import.
        return Synced(
            found, text, False, False, False, [], [], 0, [], docs, folder, _display_path(folder)
        )
    theirs_result, theirs = import_docs(docs, provider_id, name)
    notes = [str(n) for n in theirs_result.notes]
    if snapshot is None:
        return Synced(
            found, text, False, True, True, [], [], 0, notes, docs, folder, _display_path(folder)
        )
    if snapshot.kind != docs.kind:
        raise UsageError(
            f"{_display_path(folder)} holds {snapshot.kind}, but the docs given are "
            f"{'an OpenAPI document' if docs.kind == 'openapi' else 'pages'}; "
            "remove the snapshot to start over from these docs"
        )
    _, base = import_docs(snapshot, provider_id, name)
    tree = read_tree(text)
    pristine = copy.deepcopy(tree)
    outcome = Merge(base, theirs, tree, found.shown).run()
    if outcome.conflicts:
        raise SyncConflicts(outcome.conflicts)
    merged = patched(text, pristine, write_tree(tree, text)) if outcome.applied else text
    changed = merged != text
    findings: list[Finding] = []
    if changed:
        try:
            after = _side(merged.encode("utf-8"), found.shown)
        except SpecError as exc:
            raise SpecError(
                [p._replace(message=f"after the sync: {p.message}") for p in exc.problems]
            ) from None
        findings = diff(before, after)
    return Synced(
        found,
        merged,
        changed,
        True,  # the docs differ from the snapshot (the same docs returned above)
        False,
        findings,
        outcome.applied,
        outcome.kept,
        notes,
        docs,
        folder,
        _display_path(folder),
    )


class SyncConflicts(Exception):
    """Docs changes that meet hand-made decisions; nothing is written."""

    def __init__(self, conflicts: list[Conflict]) -> None:
        super().__init__(f"{len(conflicts)} conflict(s)")
        self.conflicts = conflicts
