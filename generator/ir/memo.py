"""Load and resolve a spec, reusing the definitions and endpoints an earlier run resolved.

A definition (an entry of `enums`, `models` or `unions`) is resolved from its
own text and from what it reads of other definitions: their kinds (is `Foo` a
model?) and, for a base model, a union's variants or an enum default, their
content. An endpoint likewise reads the kinds of the types it names and the
content of some: its body model's fields, its response union's variants, an
enum parameter's values, whether its response model holds a file. The resolver
records those reads (`ir.Resolved.reads`). An `ir` cache entry
(`generator/cache.py`), keyed by the entry's text (`chunks.py`), holds its IR and
its reads, with the text hash of every definition whose content it read.

The entry is reused only while each of those reads would give the same answer:
the same kind for every name it looked up (or still no such name), and the same
text for every definition whose content it read, itself included through the
key. A reused entry is blanked out of the text before parsing, so it is neither
parsed, validated nor resolved again; line numbers stay as they are, so every
message points where it would without the cache. What involves several entries
(two endpoints on one route, a rate-limit group, class names) is checked again
on every run, and the provider is always resolved afresh: an endpoint's IR
leaves out what the provider decides.

Whenever something does not fit (no split, a parse that disagrees with the
split, any problem in the spec), the whole file is read as if there were no
cache, so errors are always reported from the full text.
"""

from __future__ import annotations

import dataclasses
import hashlib
import pickle
from dataclasses import dataclass

from ..cache import Cache
from ..errors import SpecError
from ..spec.format import ENTRY_SECTIONS
from ..spec.load import Positions, decode, load_text
from . import chunks
from .resolve import API, Definition, Endpoint, Resolved, resolve_reusing

_KIND = "ir"


@dataclass(frozen=True)
class Entry:
    """A definition or an endpoint resolved by an earlier run."""

    ir: Definition | Endpoint
    # name, its kind (or None: no such name), its text's sha256 when its content was read
    reads: tuple[tuple[str, str | None, str | None], ...]
    digest: str  # names the IR: equal digests, equal IR (for the file cache's keys)


def load_and_resolve(raw: bytes, shown: str, cache: Cache) -> API:
    """The API of one spec file's bytes, reusing what `cache` holds where it can."""
    text = decode(raw, shown)
    sha256 = hashlib.sha256(raw).hexdigest()
    split = chunks.split(text) if cache.root is not None else None
    if split is not None:
        reused = _lookup(cache, split)
        if reused:
            try:
                return _partial(text, shown, sha256, split, reused, cache)
            except _Disagrees:
                pass  # read as a whole below
            except SpecError:
                pass  # reported from the whole text below, as without the cache
    loaded = load_text(text, shown, sha256)
    api, fresh = resolve_reusing(loaded)
    if split is not None and not chunks.agrees(split, loaded.positions.keys, set()):
        split = None  # the lines misled the split: nothing of this run is kept
    return _finish(api, split, fresh, {}, loaded.positions, cache)


class _Disagrees(Exception):
    """The parse of the blanked text does not match the split."""


def _partial(
    text: str, shown: str, sha256: str, split: chunks.Split, reused: dict[str, Entry], cache: Cache
) -> API:
    endpoints = [c.name for c in split.chunks if c.section == "endpoints"]
    if endpoints and all(key in reused for key in endpoints):
        reused = dict(reused)
        del reused[endpoints[0]]  # a spec has endpoints: one is always read
    skipped = set(reused)
    loaded = load_text(split.blank(skipped), shown, sha256)
    if not chunks.agrees(split, loaded.positions.keys, skipped):
        raise _Disagrees
    for chunk in split.chunks:
        if chunk.name in skipped:  # where the resolver reports a name it finds wrong
            where = (chunk.line, chunk.column)
            loaded.positions.keys[(chunk.section, chunk.name)] = where
            loaded.positions.values.setdefault((chunk.section, chunk.name), where)
    order = {
        section: [c.name for c in split.chunks if c.section == section]
        for section in ENTRY_SECTIONS
    }
    prior = {
        name: Resolved(entry.ir, {n: (kind, sha is not None) for n, kind, sha in entry.reads})
        for name, entry in reused.items()
    }
    api, fresh = resolve_reusing(loaded, prior, order)
    return _finish(api, split, fresh, reused, loaded.positions, cache)


def _key(cache: Cache, chunk: chunks.Chunk) -> str:
    return cache.key(_KIND, f"{chunk.section}/{chunk.name}", chunk.sha256)


def _lookup(cache: Cache, split: chunks.Split) -> dict[str, Entry]:
    """The entries that still hold: every read gives the same answer today."""
    by_name = split.by_name()
    keys = {chunk.name: _key(cache, chunk) for chunk in split.chunks}
    found = cache.get_many(keys.values())
    hits: dict[str, Entry] = {}
    for name, key in keys.items():
        body = found.get(key)
        if body is None:
            continue
        try:
            entry = pickle.loads(body)
        except Exception:
            continue
        if isinstance(entry, Entry) and _holds(entry, by_name):
            hits[name] = entry
    return hits


def _holds(entry: Entry, by_name: dict[str, chunks.Chunk]) -> bool:
    for name, kind, sha in entry.reads:
        chunk = by_name.get(name)
        if (chunk.section if chunk else None) != kind:
            return False
        if sha is not None and (chunk is None or chunk.sha256 != sha):
            return False
    return True


def _finish(
    api: API,
    split: chunks.Split | None,
    fresh: dict[str, Resolved],
    reused: dict[str, Entry],
    positions: Positions,
    cache: Cache,
) -> API:
    """`api` with a digest per definition; the fresh ones that can be reused are stored."""
    digests = {name: entry.digest for name, entry in reused.items()}
    by_name = split.by_name() if split is not None else {}
    stored: dict[str, bytes] = {}
    for name, resolved in fresh.items():
        chunk = by_name.get(name)
        reads = _reads(resolved, by_name)
        if chunk is None or reads is None or (chunk.section, name) in positions.aliased:
            # Not reusable: a definition is named by its IR itself; an endpoint, whose
            # resource module names it by its IR anyway (`render/package.py`), by nothing.
            if not isinstance(resolved.ir, Endpoint):
                digests[name] = "ir:" + hashlib.sha256(repr(resolved.ir).encode()).hexdigest()
            continue
        key = _key(cache, chunk)
        digest = "src:" + hashlib.sha256(f"{key}\0{reads!r}".encode()).hexdigest()
        digests[name] = digest
        stored[key] = pickle.dumps(Entry(resolved.ir, reads, digest), protocol=5)
    cache.put_many(stored)
    return dataclasses.replace(api, digests=digests)


def _reads(
    resolved: Resolved, by_name: dict[str, chunks.Chunk]
) -> tuple[tuple[str, str | None, str | None], ...] | None:
    """The reads with the text hash of each definition read whole (None: one has no chunk)."""
    out = []
    for name, (kind, whole) in sorted(resolved.reads.items()):
        sha = None
        if whole:
            chunk = by_name.get(name)
            if chunk is None:
                return None
            sha = chunk.sha256
        out.append((name, kind, sha))
    return tuple(out)
