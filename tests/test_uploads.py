"""Multipart uploads end to end: every way to pass a file, checked byte by byte on the server."""

from __future__ import annotations

import asyncio
import email.parser
import email.policy
import io
import json
import re
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.golden.expected import acme
from tests.server import Reply, ScriptedServer, Seen

THING = {"id": "t-1", "owner": "acme", "note": None}
# Bytes a careless encoder would mangle: line breaks, NUL, a boundary-like line, high bytes.
AWKWARD = b"\r\n--boundary\r\n\x00\xff\xfe" + bytes(range(256)) * 40


def _parts(seen: Seen) -> list[tuple[str, str | None, str, bytes]]:
    """(field name, file name, content type, bytes) of each part of a multipart request."""
    head = f"Content-Type: {seen.headers['content-type']}\r\n\r\n".encode()
    message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(head + seen.body)
    assert message.is_multipart()
    out = []
    for part in message.iter_parts():
        name = part.get_param("name", header="content-disposition")
        payload = part.get_payload(decode=True)
        assert isinstance(name, str) and isinstance(payload, bytes)
        out.append((name, part.get_filename(), part.get_content_type(), payload))
    return out


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_every_kind_of_file(
    server: ScriptedServer, mode: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    server.default = lambda seen: Reply(200, THING)
    handles: list[Any] = []

    def tracking_open(*args: Any, **kwargs: Any) -> Any:
        handles.append(open(*args, **kwargs))  # noqa: SIM115 - checked below
        return handles[-1]

    runtime = sys.modules[acme.Acme.__module__.rsplit(".", 1)[0] + "._runtime"]
    monkeypatch.setattr(runtime, "open", tracking_open, raising=False)
    path = tmp_path / "photo.png"
    path.write_bytes(AWKWARD)
    handle = io.BytesIO(b"from a file object")
    handle.name = "/somewhere/notes.bin"
    kwargs: dict[str, Any] = {
        "file": path,
        "purpose": "vision",
        "extras": [b"raw bytes", handle, ("named.txt", b"text", "text/plain")],
        "labels": ["a", "b"],
        "meta": {"k": "v"},
    }
    if mode == "sync":
        with acme.Acme(api_key="k", base_url=server.url) as client:
            thing = client.uploads.create(**kwargs)
    else:

        async def main() -> Any:
            async with acme.AsyncAcme(api_key="k", base_url=server.url) as client:
                return await client.uploads.create(**kwargs)

        thing = asyncio.run(main())
    assert isinstance(thing, acme.Thing)
    assert len(handles) == 1 and handles[0].closed  # the file opened from the path is closed
    seen = server.requests[0]
    assert seen.headers["content-type"].startswith("multipart/form-data; boundary=")
    parts = _parts(seen)
    assert parts == [
        ("purpose", None, "text/plain", b"vision"),
        ("labels", None, "text/plain", b"a"),
        ("labels", None, "text/plain", b"b"),
        ("meta", None, "text/plain", json.dumps({"k": "v"}).encode()),
        ("file", "photo.png", "image/png", AWKWARD),
        ("extras", "extras", "application/octet-stream", b"raw bytes"),
        ("extras", "notes.bin", "application/octet-stream", b"from a file object"),
        ("extras", "named.txt", "text/plain", b"text"),
    ]


def test_a_retried_upload_sends_the_whole_file_again(
    server: ScriptedServer, clock: Any, tmp_path: Path
) -> None:
    server.push(Reply(503, {"error": {"message": "busy"}}), Reply(200, THING))
    handle = io.BytesIO(AWKWARD)
    with acme.Acme(api_key="k", base_url=server.url) as client:
        client.uploads.create(file=handle, purpose="user_data")
    first, second = (_parts(seen) for seen in server.requests)
    assert first == second
    assert first[-1] == ("file", "file", "application/octet-stream", AWKWARD)


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("photo.png", "not str"),  # a string is no path: pass pathlib.Path
        (Path("/no/such/file.png"), "cannot open '/no/such/file.png'"),
        (io.StringIO("text"), "open in text mode"),
        (("a", b"b", "c", "d"), "a tuple is (file name, content[, content type])"),
        ((1, b"b"), "the file name must be a string"),
    ],
)
def test_what_cannot_be_uploaded_is_refused_before_sending(
    server: ScriptedServer, value: Any, message: str
) -> None:
    with (
        acme.Acme(api_key="k", base_url=server.url) as client,
        pytest.raises(acme.APIRequestError, match=re.escape(message)),
    ):
        client.uploads.create(file=value, purpose="vision")
    assert server.requests == []
