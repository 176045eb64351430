"""A per-user cache, so that `generate` and `check` redo only what changed.

It holds two kinds of entry, each keyed by what it is made from:

- `file`: a formatted generated file. For a models or resource module the key is
  the IR it renders (a hit skips rendering and formatting); for every other file,
  its rendered text (a hit skips formatting).
- `ir`: one resolved definition of a spec (`ir/resolve.py`), keyed by its source text,
  with the definitions it read while resolving, so a hit skips parsing,
  validating and resolving it.

Every key also holds the generator's fingerprint (its code, templates and the
pinned ruff), so a new generator never reads an old entry. The output is byte
for byte what a run without the cache writes.

The cache is the user's own: `$CLIENTGEN_CACHE_DIR`, else
`$XDG_CACHE_HOME/clientgen`, else `~/.cache/clientgen`, created with mode 0700
and used only while this user owns it and nobody else may write to it (it is
never a shared folder). Entries live in one SQLite file there. Each carries the
sha256 of its content; one that does not match is ignored and rewritten, never
trusted, and a file SQLite cannot read is replaced. Entries unused for
`KEEP_DAYS` are dropped. `CLIENTGEN_CACHE=off` turns the cache off.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import stat
import time
from collections.abc import Iterable
from pathlib import Path
from typing import Any

_LAYOUT = "v3"
# What earlier layouts wrote, removed when found: nothing reads them any more.
_V1_FOLDER = re.compile(r"[0-9a-f]{2}")
_V1_ENTRY = re.compile(r"(?:\.tmp-[0-9]+-)?[0-9a-f]{64}")
_V2_FILE = re.compile(r"entries\.sqlite(?:-journal|-wal|-shm)?")
_DB = "entries.sqlite"
KEEP_DAYS = 30
_BATCH = 500  # keys per query: under every SQLite's limit on bound variables


def default_root() -> Path | None:
    """Where this user's cache lives, or None when it is turned off."""
    if os.environ.get("CLIENTGEN_CACHE", "").lower() in ("off", "0", "no", "false"):
        return None
    configured = os.environ.get("CLIENTGEN_CACHE_DIR")
    if configured:
        return Path(configured)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "clientgen"


class Cache:
    """Bytes by key; a disabled or unreadable cache misses every time and stores nothing."""

    def __init__(self, root: Path | None, salt: str) -> None:
        self.root: Path | None = None
        self._db: Any = None
        # The configured folder may be reached through a link (a moved ~/.cache); the
        # folder the cache makes inside it may not.
        if root is not None and _private_dir(root, follow=True) is not None:
            self.root = _private_dir(root / _LAYOUT, follow=False)
            _remove_old_layouts(root)
        if self.root is not None:
            self._db = _connect(self.root / _DB)
            if self._db is None:
                self.root = None
        self.salt = salt.encode()
        self._touched: set[str] = set()

    @classmethod
    def open(cls, salt: str) -> Cache:
        return cls(default_root(), salt)

    def key(self, kind: str, name: str, inputs: str | bytes) -> str:
        """The key of entry `name` of `kind` made from `inputs`."""
        digest = hashlib.sha256(self.salt)
        digest.update(b"\0" + kind.encode() + b"\0" + name.encode("utf-8", "surrogatepass") + b"\0")
        digest.update(
            inputs if isinstance(inputs, bytes) else inputs.encode("utf-8", "surrogatepass")
        )
        return digest.hexdigest()

    def get_many(self, keys: Iterable[str]) -> dict[str, bytes]:
        """The intact entries among `keys`."""
        wanted = list(dict.fromkeys(keys))
        if self._db is None or not wanted:
            return {}
        found: dict[str, bytes] = {}
        today = _today()
        try:
            for start in range(0, len(wanted), _BATCH):
                batch = wanted[start : start + _BATCH]
                marks = ",".join("?" * len(batch))
                rows = self._db.execute(
                    f"SELECT key, digest, body, used FROM entries WHERE key IN ({marks})",
                    batch,
                )
                for key, digest, body, used in rows:
                    if isinstance(body, bytes) and hashlib.sha256(body).digest() == digest:
                        found[key] = body  # else corrupt: made again, and overwritten
                        if used != today:
                            self._touched.add(key)
        except _sqlite().Error as exc:
            self._disable(broken=not isinstance(exc, _sqlite().OperationalError))
            return {}
        return found

    def get(self, key: str) -> bytes | None:
        return self.get_many([key]).get(key)

    def put_many(self, entries: dict[str, bytes]) -> None:
        """Store `entries`, mark this run's hits as used, and drop long-unused entries."""
        if self._db is None:
            return
        today = _today()
        try:
            with self._db:
                self._db.executemany(
                    "INSERT OR REPLACE INTO entries (key, digest, body, used) VALUES (?, ?, ?, ?)",
                    [(k, hashlib.sha256(v).digest(), v, today) for k, v in entries.items()],
                )
                touched = sorted(self._touched - set(entries))
                self._db.executemany(
                    "UPDATE entries SET used = ? WHERE key = ?", [(today, k) for k in touched]
                )
                self._db.execute("DELETE FROM entries WHERE used < ?", (today - KEEP_DAYS,))
        except _sqlite().Error as exc:  # busy or broken: this run's entries are not kept
            self._disable(broken=not isinstance(exc, _sqlite().OperationalError))
        self._touched.clear()

    def put(self, key: str, body: bytes) -> None:
        self.put_many({key: body})

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None

    def _disable(self, *, broken: bool = False) -> None:
        """Stop using the database; a `broken` one (not merely busy) is removed."""
        with contextlib.suppress(Exception):
            self._db.close()
        self._db = None
        if broken and self.root is not None:
            with contextlib.suppress(OSError):
                (self.root / _DB).unlink()


def _today() -> int:
    return int(time.time() // 86400)


def _sqlite() -> Any:
    import sqlite3

    return sqlite3


def _connect(path: Path) -> Any:
    """The cache database at `path`, made (0600) if need be; one SQLite cannot read is replaced."""
    try:
        sqlite3 = _sqlite()
    except ImportError:  # a Python built without SQLite: no cache
        return None
    for attempt in range(2):
        try:
            info = os.lstat(path)
        except FileNotFoundError:
            info = None
        except OSError:
            return None
        if info is not None and (not stat.S_ISREG(info.st_mode) or info.st_uid != os.getuid()):
            return None  # a link or somebody else's file: never opened
        try:
            if info is None:
                os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, 0o600))
            db = sqlite3.connect(path, timeout=5, isolation_level="DEFERRED")
            # A lost write costs only a miss, and a torn file is replaced: no fsync.
            db.execute("PRAGMA synchronous = OFF")
            # A rowid table: bodies are kilobytes, and a WITHOUT ROWID table, which keeps
            # them in its key's B-tree, made looking up a run's thousands of keys twice as slow.
            db.execute(
                "CREATE TABLE IF NOT EXISTS entries (key TEXT PRIMARY KEY, digest BLOB NOT NULL,"
                " body BLOB NOT NULL, used INTEGER NOT NULL)"
            )
            # Dropping unused entries, done on every write, must not read every body.
            db.execute("CREATE INDEX IF NOT EXISTS entries_used ON entries (used)")
            db.commit()
            return db
        except sqlite3.OperationalError:
            return None  # busy (another run holds it) or unwritable: no cache this time
        except sqlite3.DatabaseError:
            if attempt:
                return None
            with contextlib.suppress(OSError):
                path.unlink()  # not a database (or a broken one): start afresh
        except (sqlite3.Error, OSError):
            return None
    return None


def _remove_old_layouts(root: Path) -> None:
    """Remove what earlier layouts of the cache wrote in `root`, and only that: v1's
    entry files (`<2 hex>/<64 hex>`, or a temporary `.tmp-` one) and v2's database.
    A folder left with anything else in it is kept, and a link is never followed."""
    for name, pattern in (("v1", _V1_ENTRY), ("v2", _V2_FILE)):
        folder = root / name
        if not _own_dir(folder):
            continue
        if name == "v1":
            try:
                with os.scandir(folder) as entries:
                    subfolders = [e.path for e in entries if _V1_FOLDER.fullmatch(e.name)]
            except OSError:
                subfolders = []
            for sub in subfolders:
                if _own_dir(Path(sub)):
                    _remove_matching(sub, pattern)
        _remove_matching(str(folder), pattern)


def _remove_matching(folder: str, pattern: re.Pattern[str]) -> None:
    """Remove the files in `folder` whose names match `pattern`, then `folder` itself if
    that left it empty."""
    with contextlib.suppress(OSError), os.scandir(folder) as entries:
        for entry in entries:
            if entry.is_file(follow_symlinks=False) and pattern.fullmatch(entry.name):
                with contextlib.suppress(OSError):
                    os.unlink(entry.path)
    with contextlib.suppress(OSError):
        os.rmdir(folder)


def _own_dir(path: Path) -> bool:
    """A folder (not a link to one) this user owns."""
    try:
        info = os.lstat(path)
    except OSError:
        return False
    return stat.S_ISDIR(info.st_mode) and info.st_uid == os.getuid()


def _private_dir(path: Path, *, follow: bool) -> Path | None:
    """`path`, created 0700 if need be, if this user owns it and nobody else may write it."""
    try:
        path.mkdir(mode=0o700, parents=True, exist_ok=True)
        info = os.stat(path) if follow else os.lstat(path)
    except OSError:
        return None
    if (
        not stat.S_ISDIR(info.st_mode)
        or info.st_uid != os.getuid()
        or stat.S_IMODE(info.st_mode) & 0o022  # nobody else may write here
    ):
        return None
    return path
