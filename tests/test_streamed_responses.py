"""`with_streaming_response`: the call is sent on entering the block, the body read only when asked.

End to end against the local server, sync and async, for every kind of endpoint:
JSON, bodiless, binary, event streams and pages.
"""

from __future__ import annotations

import asyncio
import itertools
import json
from collections.abc import Awaitable, Callable
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.golden.expected import acme
from tests.golden.expected.acme import _runtime
from tests.server import Reply, ScriptedServer

MODES = ["sync", "async"]
THING = {"id": "t-1", "owner": "acme", "note": None}


def _run(
    server: ScriptedServer,
    sync: Callable[[Any], Any],
    asyn: Callable[[Any], Awaitable[Any]],
    mode: str,
) -> Any:
    if mode == "sync":
        with acme.Acme(api_key="k", base_url=server.url, max_retries=0) as client:
            return sync(client)

    async def main() -> Any:
        async with acme.AsyncAcme(api_key="k", base_url=server.url, max_retries=0) as client:
            return await asyn(client)

    return asyncio.run(main())


@pytest.mark.parametrize("mode", MODES)
def test_a_json_answer_is_read_only_when_asked(server: ScriptedServer, mode: str) -> None:
    body = json.dumps(THING).encode()
    server.push(Reply(chunks=[body[:10], body[10:]], headers={"x-request-id": "r-1"}))

    def sync(client: Any) -> Any:
        context = client.things.with_streaming_response.create(name="lamp", owner=None)
        assert server.requests == []  # nothing is sent before the block is entered
        with context as response:
            seen = (
                response.status_code,
                response.headers["x-request-id"],
                response.http_response.is_stream_consumed,
            )
            thing = response.parse()
            assert response.parse() is thing  # built once
            assert response.json() == THING and json.loads(response.text()) == THING
        return seen, thing, response.http_response.is_closed

    async def asyn(client: Any) -> Any:
        context = client.things.with_streaming_response.create(name="lamp", owner=None)
        assert server.requests == []
        async with context as response:
            seen = (
                response.status_code,
                response.headers["x-request-id"],
                response.http_response.is_stream_consumed,
            )
            thing = await response.parse()
            assert await response.parse() is thing
            assert await response.json() == THING and json.loads(await response.text()) == THING
        return seen, thing, response.http_response.is_closed

    seen, thing, closed = _run(server, sync, asyn, mode)
    assert seen == (200, "r-1", False)
    assert isinstance(thing, acme.Thing) and thing.id == "t-1"
    assert closed
    assert json.loads(server.requests[0].body) == {"name": "lamp", "owner": None}


@pytest.mark.parametrize("mode", MODES)
def test_lines_and_text_as_they_arrive(server: ScriptedServer, mode: str) -> None:
    # A CR at the end of one chunk and its LF at the start of the next make one line break;
    # a UTF-8 character split across chunks is decoded whole.
    chunks = [b"one\r", b"\ntwo\n\xc3", b"\xa9three\r\rfour"]
    server.default = lambda seen: Reply(chunks=chunks, headers={"content-type": "text/plain"})

    def sync(client: Any) -> Any:
        with client.things.with_streaming_response.content("t-1") as response:
            lines = list(response.iter_lines())
        with client.things.with_streaming_response.content("t-1") as response:
            text = "".join(response.iter_text())
        return lines, text

    async def asyn(client: Any) -> Any:
        async with client.things.with_streaming_response.content("t-1") as response:
            lines = [line async for line in response.iter_lines()]
        async with client.things.with_streaming_response.content("t-1") as response:
            text = "".join([t async for t in response.iter_text()])
        return lines, text

    lines, text = _run(server, sync, asyn, mode)
    assert lines == ["one", "two", "éthree", "", "four"]
    assert text == "one\r\ntwo\néthree\r\rfour"


@pytest.mark.parametrize("mode", MODES)
def test_a_download_parses_to_its_unread_binary_response(server: ScriptedServer, mode: str) -> None:
    server.push(
        Reply(body=b"\x00\x01" * 1000, headers={"content-type": "application/octet-stream"})
    )

    def sync(client: Any) -> Any:
        with client.things.with_streaming_response.content("t-1") as response:
            download = response.parse()
            assert isinstance(download, acme.BinaryResponse)
            return download.content

    async def asyn(client: Any) -> Any:
        async with client.things.with_streaming_response.content("t-1") as response:
            download = await response.parse()
            assert isinstance(download, acme.AsyncBinaryResponse)
            return await download.read()

    assert _run(server, sync, asyn, mode) == b"\x00\x01" * 1000


SSE = [
    b'data: {"id": "c1", "delta": {"content": "Hel"}}\n\n',
    b'data: {"id": "c1", "delta": {"content": "lo"}}\n\n',
    b"data: [DONE]\n\n",
]


@pytest.mark.parametrize("mode", MODES)
def test_an_event_stream_parses_to_its_stream(server: ScriptedServer, mode: str) -> None:
    server.push(Reply(chunks=SSE, headers={"content-type": "text/event-stream"}))

    def sync(client: Any) -> Any:
        with client.chat.completions.with_streaming_response.create(
            content="hi", stream=True
        ) as response:
            assert response.headers["content-type"] == "text/event-stream"
            return [chunk.delta.content for chunk in response.parse()]

    async def asyn(client: Any) -> Any:
        async with client.chat.completions.with_streaming_response.create(
            content="hi", stream=True
        ) as response:
            return [chunk.delta.content async for chunk in await response.parse()]

    assert _run(server, sync, asyn, mode) == ["Hel", "lo"]
    assert json.loads(server.requests[0].body) == {"content": "hi", "stream": True}


@pytest.mark.parametrize("mode", MODES)
def test_a_page_parses_to_a_page_that_fetches_the_next(server: ScriptedServer, mode: str) -> None:
    server.push(
        Reply(body={"data": [THING], "last_id": "t-1", "has_more": True}),
        Reply(body={"data": [{**THING, "id": "t-2"}], "last_id": "t-2", "has_more": False}),
    )

    def sync(client: Any) -> Any:
        with client.things.with_streaming_response.list(limit=1) as response:
            return [thing.id for thing in response.parse()]

    async def asyn(client: Any) -> Any:
        async with client.things.with_streaming_response.list(limit=1) as response:
            return [thing.id async for thing in await response.parse()]

    assert _run(server, sync, asyn, mode) == ["t-1", "t-2"]
    assert [r.query for r in server.requests] == [
        {"limit": ["1"]},
        {"limit": ["1"], "after": ["t-1"]},
    ]


@pytest.mark.parametrize("mode", MODES)
def test_no_body_parses_to_none(server: ScriptedServer, mode: str) -> None:
    server.push(Reply(204, b""))

    def sync(client: Any) -> Any:
        with client.things.with_streaming_response.delete("t-1") as response:
            return response.status_code, response.parse()

    async def asyn(client: Any) -> Any:
        async with client.things.with_streaming_response.delete("t-1") as response:
            return response.status_code, await response.parse()

    assert _run(server, sync, asyn, mode) == (204, None)


@pytest.mark.parametrize("mode", MODES)
def test_an_error_status_raises_on_entering(server: ScriptedServer, mode: str) -> None:
    server.push(Reply(404, {"error": {"message": "no such thing"}}))
    entered: list[bool] = []

    def sync(client: Any) -> Any:
        with client.things.with_streaming_response.delete("t-1"):
            entered.append(True)

    async def asyn(client: Any) -> Any:
        async with client.things.with_streaming_response.delete("t-1"):
            entered.append(True)

    with pytest.raises(acme.NotFoundError, match="no such thing"):
        _run(server, sync, asyn, mode)
    assert entered == []


@pytest.mark.parametrize("mode", MODES)
def test_reading_whole_is_capped_and_bad_json_is_an_api_error(
    server: ScriptedServer, mode: str
) -> None:
    server.push(Reply(body=b"x" * 5000), Reply(body=b"{not json"))

    def sync(client: Any) -> Any:
        small = client.with_options(max_response_bytes=1000)
        context = small.things.with_streaming_response.create(name="a", owner=None)
        with context as response, pytest.raises(acme.ResponseTooLargeError):
            response.read()
        with client.things.with_streaming_response.create(name="a", owner=None) as response:
            with pytest.raises(acme.APIResponseValidationError, match="not valid JSON"):
                response.json()
            with pytest.raises(acme.APIResponseValidationError, match="not valid JSON"):
                response.parse()

    async def asyn(client: Any) -> Any:
        small = client.with_options(max_response_bytes=1000)
        context = small.things.with_streaming_response.create(name="a", owner=None)
        async with context as response:
            with pytest.raises(acme.ResponseTooLargeError):
                await response.read()
        async with client.things.with_streaming_response.create(name="a", owner=None) as response:
            with pytest.raises(acme.APIResponseValidationError, match="not valid JSON"):
                await response.json()
            with pytest.raises(acme.APIResponseValidationError, match="not valid JSON"):
                await response.parse()

    _run(server, sync, asyn, mode)


@pytest.mark.parametrize("mode", MODES)
def test_leaving_the_block_unread_lets_go_of_the_connection(
    server: ScriptedServer, mode: str
) -> None:
    # A body far larger than the cap, never read: leaving the block must not read it.
    server.push(Reply(chunks=[b"x" * 65536] * 64), Reply(body=THING))

    def sync(client: Any) -> Any:
        with client.things.with_streaming_response.content("t-1") as response:
            pass
        return response.http_response.is_closed, client.things.create(name="a", owner=None).id

    async def asyn(client: Any) -> Any:
        async with client.things.with_streaming_response.content("t-1") as response:
            pass
        return response.http_response.is_closed, (
            await client.things.create(name="a", owner=None)
        ).id

    assert _run(server, sync, asyn, mode) == (True, "t-1")


LINE_BREAKS = [
    "\n",
    "\r",
    "\r\n",
    "\x0b",
    "\x0c",
    "\x1c",
    "\x1d",
    "\x1e",
    "\x85",
    "\u2028",
    "\u2029",
]


@given(
    st.lists(
        st.one_of(st.text(alphabet="ab\u00e9", max_size=4), st.sampled_from(LINE_BREAKS)),
        max_size=30,
    ),
    st.lists(st.integers(min_value=0, max_value=60), max_size=6),
)
def test_lines_split_anywhere_give_splitlines(pieces: list[str], cuts: list[int]) -> None:
    """However the text is cut into chunks, the lines are those of `str.splitlines`."""
    text = "".join(pieces)
    bounds = sorted({min(c, len(text)) for c in cuts} | {0, len(text)})
    lines: list[str] = []
    pending = ""
    for start, end in itertools.pairwise(bounds):
        done, pending = _runtime._lines(pending, text[start:end])
        lines += done
    if pending:
        lines.append(pending.splitlines()[0])
    assert lines == text.splitlines()
