"""Server-Sent Events: the generated decoder against public vectors, and streams end to end.

The decoder is the golden package's `_streaming.py` (every package with a streaming
endpoint gets the same module). It follows the WHATWG event-stream algorithm;
the vectors in ../shared/sse-vectors/ come from four libraries, and where a
library's own behaviour differs from the algorithm, the test says so
(`LIBRARY_SPECIFIC`) and checks the algorithm's answer instead.
"""

from __future__ import annotations

import asyncio
import base64
import json
import time
from pathlib import Path
from typing import Any

import pytest

from tests.golden.expected import acme
from tests.golden.expected.acme import _streaming
from tests.server import Reply, ScriptedServer

VECTORS = Path(__file__).resolve().parents[2] / "shared" / "sse-vectors"
MODES = ["sync", "async"]

pytestmark = pytest.mark.skipif(not VECTORS.is_dir(), reason="the shared SSE vectors are absent")


def _load(name: str) -> list[dict[str, Any]]:
    if not VECTORS.is_dir():
        return []
    items: list[dict[str, Any]] = json.loads((VECTORS / name).read_text())
    return items


LINES = _load("line_splitting_vectors.json")
EVENTS = _load("vectors_mechanical.json")


@pytest.mark.parametrize("vector", LINES, ids=[v["id"] for v in LINES])
def test_line_splitting_vectors(vector: dict[str, Any]) -> None:
    decoder = _streaming.LineDecoder()
    chunks = vector["input_chunks"] if "input_chunks" in vector else [vector["input"]]
    lines = [line for chunk in chunks for line in decoder.decode(chunk)]
    lines += decoder.flush()
    assert lines == vector["expected_lines"]


# Vectors whose expected events follow one library rather than the WHATWG algorithm, and why.
LIBRARY_SPECIFIC = {
    # httpx-sse yields an event for a block that holds only `retry:`; an event without
    # data is never dispatched by the algorithm.
    "retry-only block": lambda v: (
        v["id"].startswith("httpx-sse/")
        and any(_dataless(e) and e.get("retry") is not None for e in v["expected"]["events"])
    ),
    # Stainless's decoder (in anthropic-sdk-python) yields a block that holds only
    # `event:` (an empty-data `ping`); the algorithm drops it for the same reason.
    "event-only block": lambda v: (
        v["id"].startswith("anthropic") and any(_dataless(e) for e in v["expected"]["events"])
    ),
}


def _dataless(event: dict[str, Any]) -> bool:
    """An expected event made from a block without `data:` lines."""
    return "json" not in event and event.get("data") in ("", None)


def _whatwg(vector: dict[str, Any]) -> list[dict[str, Any]]:
    """The vector's expected events, as the algorithm would dispatch them."""
    events = []
    for event in vector["expected"]["events"]:
        if _dataless(event) and any(rule(vector) for rule in LIBRARY_SPECIFIC.values()):
            continue  # not dispatched: it has no data
        events.append(event)
    return events


@pytest.mark.parametrize("vector", EVENTS, ids=[v["id"] for v in EVENTS])
def test_event_vectors(vector: dict[str, Any]) -> None:
    chunks = [base64.b64decode(c) for c in vector["input"]["chunks_b64"]]
    ours = list(_streaming.SSEDecoder().iter_events(chunks))
    expected = _whatwg(vector)
    if vector["expected"]["match"] == "prefix":  # the vector asserts its first events only
        ours = ours[: len(expected)]
    assert len(ours) == len(expected), [(e.event, e.data) for e in ours]
    for mine, theirs in zip(ours, expected, strict=True):
        if "data" in theirs:
            assert mine.data == theirs["data"]
        if "json" in theirs:  # Stainless asserts the parsed payload
            assert json.loads(mine.data) == theirs["json"]
        assert mine.event == (theirs.get("event") or "message")  # some libraries say None
        if "id" in theirs:  # libraries spell "no id yet" as "" or None
            assert (mine.id or "") == (theirs["id"] or "")
        if theirs.get("retry") is not None:
            assert mine.retry == theirs["retry"]


def test_the_library_specific_vectors_are_few_and_named() -> None:
    flagged = [v["id"] for v in EVENTS if any(rule(v) for rule in LIBRARY_SPECIFIC.values())]
    assert 0 < len(flagged) <= 6, flagged


def test_decoder_details() -> None:
    decode = _streaming.SSEDecoder()
    events = list(
        decode.iter_events(
            [
                b"\xef\xbb",  # a byte order mark split over two chunks
                b"\xbfdata: a" + "\u2028".encode() + b"b",
                b"\r",
                b"\ndata:  two spaces\r\nid: 7\nretry: 1500\n: keep-alive\nevent: x\n\n",
                b"id: bad\0id\ndata: c\n\n",
                b"data: cut short",  # the stream ends in the middle of an event
            ]
        )
    )
    assert [(e.event, e.data, e.id, e.retry) for e in events] == [
        ("x", "a\u2028b\n two spaces", "7", 1500),
        ("message", "c", "7", 1500),  # an id holding NUL is ignored; ids persist
    ]


def test_an_event_without_end_is_bounded() -> None:
    decoder = _streaming.SSEDecoder(max_event_chars=100)
    with pytest.raises(_streaming.EventTooLargeError):
        for _ in range(20):
            decoder.feed(b"data: " + b"x" * 10)  # one line that never ends


# end to end ----------------------------------------------------------------------------


def _sse(*events: str) -> list[bytes]:
    return [e.encode() for e in events]


CHUNKS = _sse(
    ": keep-alive\n\n",
    'data: {"id": "c1", "delta": {"content": "Hel"}}\n\n',
    'data: {"id": "c1", "del',  # an event split across chunks
    'ta": {"content": "lo"}}\r\n\r\n',
    "data: [DONE]\n\n",
    'data: {"id": "ignored after the terminator", "delta": {}}\n\n',
)


def _collect(mode: str, server: ScriptedServer, call: Any) -> Any:
    """Run `call(client)` and drain the stream it returns; the events, or the error raised."""
    if mode == "sync":
        with acme.Acme(api_key="k", base_url=server.url) as client:
            stream = call(client)
            out: list[Any] = []
            try:
                with stream:
                    for event in stream:
                        out.append(event)
            except acme.APIError as exc:
                return out, exc
            return out, None

    async def main() -> Any:
        async with acme.AsyncAcme(api_key="k", base_url=server.url) as client:
            stream = await call(client)
            out: list[Any] = []
            try:
                async with stream:
                    async for event in stream:
                        out.append(event)
            except acme.APIError as exc:
                return out, exc
            return out, None

    return asyncio.run(main())


@pytest.mark.parametrize("mode", MODES)
def test_a_chat_stream(server: ScriptedServer, mode: str) -> None:
    server.push(Reply(chunks=CHUNKS))
    events, error = _collect(
        mode, server, lambda c: c.chat.completions.create(content="hi", stream=True)
    )
    assert error is None
    assert [type(e) for e in events] == [acme.Chunk, acme.Chunk]
    assert "".join(e.delta.content for e in events) == "Hello"
    assert json.loads(server.requests[0].body) == {"content": "hi", "stream": True}


@pytest.mark.parametrize("mode", MODES)
def test_without_stream_the_answer_is_parsed_whole(server: ScriptedServer, mode: str) -> None:
    server.push(Reply(body={"content": "whole"}))

    async def acall(c: Any) -> Any:
        return await c.chat.completions.create(content="hi")

    if mode == "sync":
        with acme.Acme(api_key="k", base_url=server.url) as client:
            message = client.chat.completions.create(content="hi", stream=False)
    else:
        message = asyncio.run(_async(lambda c: c.chat.completions.create(content="hi"), server))
    assert isinstance(message, acme.Message) and message.content == "whole"


async def _async(call: Any, server: ScriptedServer) -> Any:
    async with acme.AsyncAcme(api_key="k", base_url=server.url) as client:
        return await call(client)


@pytest.mark.parametrize("mode", MODES)
def test_an_error_event_mid_stream(server: ScriptedServer, mode: str) -> None:
    error = {"message": "The model is overloaded.", "type": "server_error", "code": "overloaded"}
    server.push(
        Reply(chunks=[CHUNKS[1], f"data: {json.dumps({'error': error})}\n\n".encode(), CHUNKS[4]])
    )
    events, raised = _collect(
        mode, server, lambda c: c.chat.completions.create(content="hi", stream=True)
    )
    assert len(events) == 1
    assert isinstance(raised, acme.APIStreamError)
    assert (raised.message, raised.type, raised.code) == (
        "The model is overloaded.",
        "server_error",
        "overloaded",
    )
    assert raised.body == {"error": error}


@pytest.mark.parametrize("mode", MODES)
def test_a_stream_without_its_terminator_is_incomplete(server: ScriptedServer, mode: str) -> None:
    server.push(Reply(chunks=CHUNKS[:2]))
    events, raised = _collect(
        mode, server, lambda c: c.chat.completions.create(content="hi", stream=True)
    )
    assert len(events) == 1
    assert isinstance(raised, acme.StreamIncompleteError)
    assert "[DONE]" in str(raised)


@pytest.mark.parametrize("mode", MODES)
def test_a_dropped_connection_mid_stream(server: ScriptedServer, mode: str) -> None:
    server.push(Reply(chunks=CHUNKS[:2], reset=True))
    events, raised = _collect(
        mode, server, lambda c: c.chat.completions.create(content="hi", stream=True)
    )
    assert len(events) == 1
    assert isinstance(raised, acme.APIConnectionError)


@pytest.mark.parametrize("mode", MODES)
def test_an_event_that_is_not_json(server: ScriptedServer, mode: str) -> None:
    server.push(Reply(chunks=_sse("data: {not json\n\n")))
    events, raised = _collect(
        mode, server, lambda c: c.chat.completions.create(content="hi", stream=True)
    )
    assert events == [] and isinstance(raised, acme.APIResponseValidationError)
    assert raised.body == "{not json"


@pytest.mark.parametrize("mode", MODES)
def test_events_told_apart_by_name(server: ScriptedServer, mode: str) -> None:
    server.push(
        Reply(
            chunks=_sse(
                'event: response.created\ndata: {"id": "r1"}\n\n',
                'event: response.output_text.delta\ndata: {"delta": "hi"}\n\n',
                'event: response.reasoning\ndata: {"summary": "new"}\n\n',  # not in the spec
            )
        )
    )
    events, raised = _collect(mode, server, lambda c: c.responses.create(stream=True))
    assert raised is None  # no terminator is documented: the end of the body ends it
    assert [type(e) for e in events] == [
        acme.ResponseCreated,
        acme.ResponseDelta,
        acme.ResponseOther,
    ]
    assert events[2].model_extra == {"summary": "new"}
    assert server.requests[0].query == {"stream": ["true"]}


@pytest.mark.parametrize("mode", MODES)
def test_events_arrive_before_the_stream_ends(server: ScriptedServer, mode: str) -> None:
    """Slow chunked delivery: each event is yielded as its chunk arrives."""
    server.push(Reply(chunks=list(CHUNKS[1:5]), pause=0.2))
    seen: list[float] = []

    def call(client: Any) -> Any:
        return client.chat.completions.create(content="hi", stream=True)

    async def acall(client: Any) -> Any:
        return await client.chat.completions.create(content="hi", stream=True)

    started = time.monotonic()
    if mode == "sync":
        with acme.Acme(api_key="k", base_url=server.url) as client:
            for _ in call(client):
                seen.append(time.monotonic() - started)
    else:

        async def main() -> None:
            async with acme.AsyncAcme(api_key="k", base_url=server.url) as client:
                async for _ in await acall(client):
                    seen.append(time.monotonic() - started)

        asyncio.run(main())
    total = time.monotonic() - started
    assert len(seen) == 2
    assert seen[0] < total - 0.3  # the first event came well before the last chunk


@pytest.mark.parametrize("mode", MODES)
def test_an_error_status_is_raised_before_any_stream(server: ScriptedServer, mode: str) -> None:
    server.push(Reply(400, {"error": {"message": "bad", "code": "invalid"}}))
    with pytest.raises(acme.BadRequestError):
        if mode == "sync":
            with acme.Acme(api_key="k", base_url=server.url, max_retries=0) as client:
                client.chat.completions.create(content="hi", stream=True)
        else:
            asyncio.run(
                _async(lambda c: c.chat.completions.create(content="hi", stream=True), server)
            )


def test_a_stream_closed_early_releases_its_connection(server: ScriptedServer) -> None:
    server.push(Reply(chunks=CHUNKS, pause=0.05), Reply(chunks=CHUNKS))
    with acme.Acme(api_key="k", base_url=server.url) as client:
        stream = client.chat.completions.create(content="hi", stream=True)
        first = next(stream)
        stream.close()
        assert first.delta.content == "Hel"
        assert list(stream) == []
        assert stream.response.is_closed
        raw = client.chat.completions.with_raw_response.create(content="hi", stream=True)
        assert raw.status_code == 200
        assert isinstance(raw.parsed, _streaming.Stream)
        raw.parsed.close()
