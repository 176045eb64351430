"""Reading a spec file: a regular file of sane size, never a FIFO, device or endless stream.

Kept free of heavy imports: `check` reads specs to hash them before deciding
whether anything needs parsing.
"""

from __future__ import annotations

import os
import re
import stat
from pathlib import Path

from ..errors import Problem, SpecError

MAX_FILE_BYTES = 64 * 1024 * 1024
_OPENAPI_KEY = re.compile(rb"""^\s*["']?openapi["']?\s*:\s*["']?3\.""", re.MULTILINE)


def is_openapi(raw: bytes) -> bool:
    """An OpenAPI document rather than a spec or a page: a top-level `openapi: 3.x` key
    near the top. (Here, not among the importers: `diff` asks it of every file it reads.)"""
    head = raw[:65536]
    return _OPENAPI_KEY.search(head) is not None and b"spec_version" not in head


def read_spec_bytes(path: Path, shown: str) -> bytes:
    """The bytes of a spec file, refusing anything that is not a regular file of sane size."""

    def fail(message: str) -> SpecError:
        return SpecError([Problem(shown, 1, 1, "", message)])

    try:
        # O_NONBLOCK: opening a FIFO must not wait for a writer; fstat then refuses it.
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    except OSError as exc:
        raise fail(f"cannot read file: {exc.strerror}") from None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise fail("not a regular file")
        if info.st_size > MAX_FILE_BYTES:
            raise fail(f"larger than {MAX_FILE_BYTES // (1024 * 1024)} MiB")
        with os.fdopen(fd, "rb", closefd=False) as handle:
            raw = handle.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        raise fail(f"cannot read file: {exc.strerror}") from None
    finally:
        os.close(fd)
    if len(raw) > MAX_FILE_BYTES:
        raise fail(f"larger than {MAX_FILE_BYTES // (1024 * 1024)} MiB")
    return raw
