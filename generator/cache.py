"""A cache of formatted files, so that `generate` and `check` redo only what changed.

Each generated file is keyed by what it is made from: for a models module or
a resource module, the IR it renders (so a cache hit skips rendering and
formatting); for every other file, its rendered text (a hit skips formatting).
The key also holds the generator's fingerprint (its code, templates and the
pinned ruff), so a new generator never reads an old entry. The output is byte
for byte what a run without the cache writes.

The cache is the user's own: `$CLIENTGEN_CACHE_DIR`, else
`$XDG_CACHE_HOME/clientgen`, else `~/.cache/clientgen`, created with mode 0700
and used only while this user owns it and nobody else may write to it (it is
never a shared folder). Every entry carries the sha256 of its content; one that does not match
is ignored and rewritten, never trusted. `CLIENTGEN_CACHE=off` turns it off.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import stat
from pathlib import Path

_LAYOUT = "v1"
_DIGEST = 32


def default_root() -> Path | None:
    """Where this user's cache lives, or None when it is turned off."""
    if os.environ.get("CLIENTGEN_CACHE", "").lower() in ("off", "0", "no", "false"):
        return None
    configured = os.environ.get("CLIENTGEN_CACHE_DIR")
    if configured:
        return Path(configured)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "clientgen"


class FormatCache:
    """Formatted file contents by key; a disabled cache misses every time."""

    def __init__(self, root: Path | None, salt: str) -> None:
        self.root = None
        # The configured folder may be reached through a link (a moved ~/.cache); the
        # entries folder the cache makes inside it may not.
        if root is not None and _private_dir(root, follow=True) is not None:
            self.root = _private_dir(root / _LAYOUT, follow=False)
        self.salt = salt.encode()

    @classmethod
    def open(cls, salt: str) -> FormatCache:
        return cls(default_root(), salt)

    def key(self, rel: str, inputs: str) -> str:
        digest = hashlib.sha256(self.salt)
        digest.update(b"\0" + rel.encode() + b"\0")
        digest.update(inputs.encode("utf-8", "surrogatepass"))
        return digest.hexdigest()

    def get(self, key: str) -> bytes | None:
        if self.root is None:
            return None
        try:
            data = (self.root / key[:2] / key).read_bytes()
        except OSError:
            return None
        body = data[_DIGEST:]
        if len(data) < _DIGEST or hashlib.sha256(body).digest() != data[:_DIGEST]:
            return None  # corrupt or truncated: rendered again, and overwritten
        return body

    def put(self, key: str, body: bytes) -> None:
        if self.root is None:
            return
        folder = self.root / key[:2]
        # Written aside and renamed, so a reader never sees half an entry; the name is this
        # process's own, and O_EXCL refuses one planted in advance.
        tmp = folder / f".tmp-{os.getpid()}-{key}"
        try:
            try:
                fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            except FileNotFoundError:
                folder.mkdir(mode=0o700, exist_ok=True)
                fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(fd, "wb") as handle:
                handle.write(hashlib.sha256(body).digest() + body)
            os.replace(tmp, folder / key)
        except OSError:
            with contextlib.suppress(OSError):
                tmp.unlink()


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
