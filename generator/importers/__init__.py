"""Turning a provider's published description into a spec: `openapi` (an OpenAPI
document) or `docs` (API-reference pages as the reader sees them)."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from ..errors import Problem, SpecError
from ..spec.source import MAX_FILE_BYTES, read_spec_bytes
from .document import Document, Documents, parse
from .emit import Settled, settle
from .openapi import Note, Result, translate


def read_document(source: str) -> Document:
    """An OpenAPI document from a file path or an http(s) URL."""
    if source.startswith(("http://", "https://")):
        return parse(fetch(source), source, None)
    path = Path(source)
    return parse(read_spec_bytes(path, source), source, path)


def fetch(url: str) -> bytes:
    """The body of a GET on `url`, or a `SpecError` naming it."""
    import httpx

    def fail(message: str) -> SpecError:
        return SpecError([Problem(url, 1, 1, "", message)])

    try:
        with (
            httpx.Client(timeout=30.0, follow_redirects=True) as client,
            client.stream("GET", url) as response,
        ):
            if response.status_code != 200:
                raise fail(f"the server answered {response.status_code}")
            chunks: list[bytes] = []
            size = 0
            for chunk in response.iter_bytes():
                size += len(chunk)
                if size > MAX_FILE_BYTES:
                    raise fail(f"larger than {MAX_FILE_BYTES // (1024 * 1024)} MiB")
                chunks.append(chunk)
    except httpx.HTTPError as exc:
        raise fail(f"cannot fetch: {type(exc).__name__}: {exc}") from None
    return b"".join(chunks)


def import_openapi(source: str, provider_id: str, name: str, out: Path) -> tuple[Result, str]:
    """The spec text for an OpenAPI document, validated; nothing is written."""
    result, settled = import_document(read_document(source), provider_id, name, str(out))
    return result, settled.text


def import_document(
    document: Document, provider_id: str, name: str, shown: str
) -> tuple[Result, Settled]:
    """A read OpenAPI document as a spec that validates, named `shown` in messages.

    A caller that hands over its only reference to `document` lets it go here, before
    the spec is checked.
    """
    result = translate(Documents(document), provider_id, name)
    del document
    return result, settle(result, shown)


def import_pages(
    sources: list[str], provider_id: str, name: str, shown: str
) -> tuple[Result, Settled]:
    """API-reference pages (one endpoint each) as a spec draft that validates."""
    items: list[tuple[bytes, str]] = []
    problems: list[Problem] = []
    for source in sources:
        try:
            items.append((read_spec_bytes(Path(source), source), source))
        except SpecError as exc:
            problems.extend(exc.problems)
    if problems:
        raise SpecError(problems)
    return import_page_texts(items, provider_id, name, shown)


def import_page_texts(
    items: list[tuple[bytes, str]], provider_id: str, name: str, shown: str
) -> tuple[Result, Settled]:
    """Pages given as (bytes, the name messages use) as a spec draft that validates."""
    from ..spec.load import decode
    from .pages import draft, parse_page

    pages = []
    problems: list[Problem] = []
    for raw, source in items:
        try:
            text = decode(raw, source)
            pages.append(parse_page(text.removeprefix("\ufeff"), source))
        except SpecError as exc:
            problems.extend(exc.problems)
    if problems:
        raise SpecError(problems)
    result = draft(pages, provider_id, name)
    return result, settle(result, shown)


def write_atomically(path: Path, text: str) -> None:
    """Write `path` whole or not at all."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


__all__ = [
    "Note",
    "Result",
    "Settled",
    "fetch",
    "import_document",
    "import_openapi",
    "import_page_texts",
    "import_pages",
    "read_document",
    "write_atomically",
]
