"""Answers that are not JSON: no body (204) and raw bytes (downloads), sync and async."""

from __future__ import annotations

import asyncio
import hashlib
import tracemalloc
from pathlib import Path
from typing import Any

import pytest

from tests.golden.expected import acme
from tests.server import Reply, ScriptedServer

MODES = ["sync", "async"]


async def _async(server: ScriptedServer, call: Any) -> Any:
    async with acme.AsyncAcme(api_key="k", base_url=server.url) as client:
        return await call(client)


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("status", [204, 200])
def test_no_body(server: ScriptedServer, mode: str, status: int) -> None:
    # A 200 with a body the spec says is absent is not parsed either.
    server.push(Reply(status, b"" if status == 204 else b"ignored"))
    if mode == "sync":
        with acme.Acme(api_key="k", base_url=server.url) as client:
            assert client.things.delete("t-1") is None
            server.push(Reply(204, b""))
            raw = client.things.with_raw_response.delete("t-1")
            assert raw.status_code == 204 and raw.parsed is None
    else:
        assert asyncio.run(_async(server, lambda c: c.things.delete("t-1"))) is None
    assert (server.requests[0].method, server.requests[0].path) == ("DELETE", "/v1/things/t-1")


def test_a_failed_delete_raises(server: ScriptedServer) -> None:
    server.push(Reply(404, {"error": {"message": "no such thing"}}))
    with acme.Acme(api_key="k", base_url=server.url) as client, pytest.raises(acme.NotFoundError):
        client.things.delete("t-1")


PAYLOAD = bytes(range(256)) * 1024  # 256 KiB, every byte value


@pytest.mark.parametrize("mode", MODES)
def test_a_download(server: ScriptedServer, mode: str, tmp_path: Path) -> None:
    server.default = lambda seen: Reply(
        body=PAYLOAD, headers={"content-type": "application/octet-stream"}
    )
    if mode == "sync":
        with acme.Acme(api_key="k", base_url=server.url) as client:
            whole = client.things.content("t-1")
            assert whole.content_type == "application/octet-stream"
            assert whole.content == PAYLOAD and whole.content == PAYLOAD  # read once, kept
            chunks = b"".join(client.things.content("t-1").iter_bytes(4096))
            client.things.content("t-1").write_to_file(tmp_path / "copy.bin")
            with client.things.content("t-1") as unread:
                assert not unread.response.is_closed
            assert unread.response.is_closed
    else:

        async def main(client: Any) -> bytes:
            whole = await client.things.content("t-1")
            assert await whole.read() == PAYLOAD
            parts = [c async for c in (await client.things.content("t-1")).iter_bytes(4096)]
            await (await client.things.content("t-1")).write_to_file(tmp_path / "copy.bin")
            return b"".join(parts)

        chunks = asyncio.run(_async(server, main))
    assert chunks == PAYLOAD
    assert (tmp_path / "copy.bin").read_bytes() == PAYLOAD


def test_content_is_capped_but_streaming_is_not(server: ScriptedServer, tmp_path: Path) -> None:
    server.default = lambda seen: Reply(body=PAYLOAD)
    with acme.Acme(api_key="k", base_url=server.url, max_response_bytes=1000) as client:
        with pytest.raises(acme.ResponseTooLargeError, match="write_to_file"):
            _ = client.things.content("t-1").content
        client.things.content("t-1").write_to_file(tmp_path / "big.bin")
    assert (tmp_path / "big.bin").stat().st_size == len(PAYLOAD)


@pytest.mark.parametrize("mode", MODES)
def test_a_50_mb_download_keeps_memory_flat(
    server: ScriptedServer, mode: str, tmp_path: Path
) -> None:
    """Written to disk as it arrives: the client never holds more than a few chunks."""
    size = 50 * 1024 * 1024
    block = hashlib.sha256(b"x").digest() * 2048  # 64 KiB
    body = block * (size // len(block))
    # Sent a chunk at a time: the server (in this process) holds no copy of the body either.
    server.default = lambda seen: Reply(
        chunks=(body[i : i + (1 << 20)] for i in range(0, size, 1 << 20)),
        headers={"content-type": "application/octet-stream"},
    )
    target = tmp_path / "big.bin"
    tracemalloc.start()
    try:
        if mode == "sync":
            with acme.Acme(api_key="k", base_url=server.url) as client:
                client.things.content("t-1").write_to_file(target)
        else:

            async def main(client: Any) -> None:
                await (await client.things.content("t-1")).write_to_file(target)

            asyncio.run(_async(server, main))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert target.stat().st_size == size
    assert hashlib.sha256(target.read_bytes()).digest() == hashlib.sha256(body).digest()
    assert peak < 8 * 1024 * 1024, f"peak {peak / 2**20:.1f} MiB while downloading 50 MiB"
