"""A user's file that streams, downloads and pages; mypy --strict must accept it."""

from typing import assert_type

from tests.golden.expected.acme import (
    Acme,
    Address,
    AsyncAcme,
    AsyncBinaryResponse,
    AsyncCursorPage,
    AsyncStream,
    AsyncStreamedResponse,
    BinaryResponse,
    Chunk,
    Message,
    RawResponse,
    ResponseCreated,
    ResponseEvent,
    Stream,
    StreamedResponse,
    SyncCursorPage,
    Thing,
)


def models() -> None:
    # Optional fields, with or without constraints, may be left out of the constructor.
    address = Address(street="Main St 1")
    assert_type(address.zip, str | None)


def request_dicts(client: Acme) -> None:
    # Models a request holds may be plain dicts (their `<Name>Param` TypedDicts) or instances.
    client.things.create(name="lamp", owner=None, address={"street": "Main St 1"})
    client.things.create(name="lamp", owner=None, address=Address(street="Main St 1"))
    client.messages.send(
        content=[{"type": "text", "text": "hi"}, {"type": "image", "url": "u", "detail": "low"}],
        tool_choice={"name": "search"},
        stop=["END"],
    )


def chat(client: Acme, flag: bool) -> None:
    assert_type(client.chat.completions.create(content="hi"), Message)
    assert_type(client.chat.completions.create(content="hi", stream=False), Message)
    stream = client.chat.completions.create(content="hi", stream=True)
    assert_type(stream, Stream[Chunk])
    with stream:
        for chunk in stream:
            print(chunk.delta.content)
    either = client.chat.completions.create(content="hi", stream=flag)
    assert_type(either, Message | Stream[Chunk])
    raw = client.chat.completions.with_raw_response.create(content="hi", stream=True)
    assert_type(raw, RawResponse[Stream[Chunk]])
    assert_type(client.responses.create(), ResponseCreated)
    assert_type(client.responses.create(stream=True), Stream[ResponseEvent])
    assert_type(client.things.delete("t-1"), None)
    page = client.things.list(limit=10)
    assert_type(page, SyncCursorPage[Thing])
    for thing in page:
        assert_type(thing, Thing)
    assert_type(page.get_next_page(), SyncCursorPage[Thing])
    download = client.things.content("t-1")
    assert_type(download, BinaryResponse)
    assert_type(download.content, bytes)
    assert_type(client.things.with_raw_response.content("t-1"), RawResponse[BinaryResponse])


async def chat_async(client: AsyncAcme) -> None:
    stream = await client.chat.completions.create(content="hi", stream=True)
    assert_type(stream, AsyncStream[Chunk])
    async with stream:
        async for chunk in stream:
            print(chunk.id)
    assert_type(await client.chat.completions.create(content="hi"), Message)
    page = await client.things.list()
    assert_type(page, AsyncCursorPage[Thing])
    async for thing in page:
        assert_type(thing, Thing)
    download = await client.things.content("t-1")
    assert_type(download, AsyncBinaryResponse)
    assert_type(await download.read(), bytes)


def streaming_responses(client: Acme) -> None:
    with client.chat.completions.with_streaming_response.create(
        content="hi", stream=True
    ) as response:
        assert_type(response, StreamedResponse[Stream[Chunk]])
        assert_type(response.parse(), Stream[Chunk])
    with client.chat.completions.with_streaming_response.create(content="hi") as whole:
        assert_type(whole.parse(), Message)
        for line in whole.iter_lines():
            assert_type(line, str)
    with client.things.with_streaming_response.list() as listed:
        assert_type(listed.parse(), SyncCursorPage[Thing])


async def streaming_responses_async(client: AsyncAcme) -> None:
    async with client.chat.completions.with_streaming_response.create(
        content="hi", stream=True
    ) as response:
        assert_type(response, AsyncStreamedResponse[AsyncStream[Chunk]])
        assert_type(await response.parse(), AsyncStream[Chunk])
    async with client.things.with_streaming_response.content("t-1") as download:
        assert_type(await download.parse(), AsyncBinaryResponse)
        async for text in download.iter_text():
            assert_type(text, str)
