# Generated from spec/perceptron.yaml by clientgen 0.1.0. Do not edit.
"""Server-Sent Events: the decoder, and the streams that streaming endpoints return.

The decoder follows the WHATWG event-stream interpretation algorithm
(https://html.spec.whatwg.org/multipage/server-sent-events.html#event-stream-interpretation):
lines end at CR, LF or CRLF and nowhere else (U+2028, U+2029 and U+0085 stay
inside a line); a leading byte order mark is dropped; `data` lines are joined
with `\n`; an event is dispatched at a blank line, and only if it has data;
comment lines (`: keep-alive`) are ignored; an event that the stream ends in the
middle of is dropped.
"""

from __future__ import annotations

import codecs
import json
import re
from collections.abc import (
    AsyncGenerator,
    AsyncIterable,
    AsyncIterator,
    Callable,
    Generator,
    Iterable,
    Iterator,
    Mapping,
)
from dataclasses import dataclass
from types import TracebackType
from typing import Any, Generic, TypeVar

import httpx
import pydantic

from ._errors import (
    APIConnectionError,
    APIResponseValidationError,
    APIStreamError,
    APITimeoutError,
    ResponseTooLargeError,
    StreamIncompleteError,
)

__all__ = [
    "AsyncStream",
    "EventTooLargeError",
    "LineDecoder",
    "SSEDecoder",
    "ServerSentEvent",
    "Stream",
    "StreamSpec",
]

E = TypeVar("E")

_BREAK = re.compile(r"\r\n|\r|\n")


@dataclass(frozen=True)
class ServerSentEvent:
    """One dispatched event."""

    event: str = "message"
    """The `event:` field, or `"message"` when the event has none."""
    data: str = ""
    """The `data:` lines, joined with `\n`."""
    id: str | None = None
    """The last event id the stream set (ids persist across events), or None."""
    retry: int | None = None
    """The reconnection time in milliseconds the stream last set, or None."""


class LineDecoder:
    """Text to lines, split at CR, LF or CRLF, also across chunk boundaries."""

    def __init__(self) -> None:
        self._parts: list[str] = []  # the line so far
        self._size = 0
        self._after_cr = False  # the last chunk ended in CR: a LF next is part of it

    @property
    def pending(self) -> int:
        """How many characters of an unfinished line are held."""
        return self._size

    def decode(self, text: str) -> list[str]:
        """The lines that `text` completes."""
        if self._after_cr and text.startswith("\n"):
            text = text[1:]
        if text:
            self._after_cr = text.endswith("\r")
        lines = []
        start = 0
        for match in _BREAK.finditer(text):
            piece = text[start : match.start()]
            if self._parts:
                piece = "".join(self._parts) + piece
                self._parts.clear()
                self._size = 0
            lines.append(piece)
            start = match.end()
        if start < len(text):
            self._parts.append(text[start:])
            self._size += len(text) - start
        return lines

    def flush(self) -> list[str]:
        """The unfinished line, if any (the input ended without a line break)."""
        rest = "".join(self._parts)
        self._parts.clear()
        self._size = 0
        self._after_cr = False
        return [rest] if rest else []


class EventTooLargeError(ValueError):
    """An event (or an unfinished line) longer than the decoder's `max_event_chars`."""


class SSEDecoder:
    """Bytes to `ServerSentEvent`s.

    `max_event_chars` bounds what one event (with the line being read) may hold,
    so a server that never ends a line or an event cannot exhaust memory.
    """

    def __init__(self, *, max_event_chars: int | None = None) -> None:
        self._text = codecs.getincrementaldecoder("utf-8")(errors="replace")
        self._lines = LineDecoder()
        self._started = False
        self._event = ""
        self._data: list[str] = []
        self._size = 0
        self._last_id: str | None = None
        self._retry: int | None = None
        self._limit = max_event_chars

    def iter_events(self, chunks: Iterable[bytes]) -> Iterator[ServerSentEvent]:
        """The events of a byte stream, as its chunks arrive."""
        for chunk in chunks:
            yield from self.feed(chunk)
        yield from self.end()

    async def aiter_events(self, chunks: AsyncIterable[bytes]) -> AsyncIterator[ServerSentEvent]:
        """The events of an asynchronous byte stream, as its chunks arrive."""
        async for chunk in chunks:
            for event in self.feed(chunk):
                yield event
        for event in self.end():
            yield event

    def feed(self, chunk: bytes) -> list[ServerSentEvent]:
        """The events that `chunk` completes."""
        return self._lines_of(self._text.decode(chunk))

    def end(self) -> list[ServerSentEvent]:
        """The events the last bytes complete; an unfinished event is dropped."""
        events = self._lines_of(self._text.decode(b"", final=True))
        self._lines.flush()
        self._event, self._data, self._size = "", [], 0
        return events

    def _lines_of(self, text: str) -> list[ServerSentEvent]:
        if not self._started and text:
            self._started = True
            text = text.removeprefix("\ufeff")
        events = []
        for line in self._lines.decode(text):
            event = self._line(line)
            if event is not None:
                events.append(event)
        if self._limit is not None and self._size + self._lines.pending > self._limit:
            raise EventTooLargeError(f"an event longer than {self._limit} characters")
        return events

    def _line(self, line: str) -> ServerSentEvent | None:
        if not line:
            return self._dispatch()
        if line.startswith(":"):
            return None  # a comment, such as a keep-alive
        name, colon, value = line.partition(":")
        if colon and value.startswith(" "):
            value = value[1:]
        if name == "data":
            self._data.append(value)
            self._size += len(value) + 1
        elif name == "event":
            self._event = value
        elif name == "id" and "\0" not in value:  # an id holding NUL is ignored
            self._last_id = value
        elif name == "retry" and value.isascii() and value.isdigit():  # else ignored
            self._retry = int(value)
        return None

    def _dispatch(self) -> ServerSentEvent | None:
        data, event = self._data, self._event
        self._event, self._data, self._size = "", [], 0
        if not data:
            return None  # an event without data is not dispatched
        return ServerSentEvent(event or "message", "\n".join(data), self._last_id, self._retry)


@dataclass(frozen=True)
class StreamSpec(Generic[E]):
    """How a streaming endpoint's events are read."""

    validate: Callable[[object], E]
    """Parses one event's JSON payload."""
    name: str
    """The event type, for messages."""
    terminator: str | None = None
    """A `data` value that ends the stream; without it, the stream was cut short."""
    error_key: str | None = None
    """A payload holding this key is an error event."""
    error_event: str | None = None
    """An event of this name is an error event; its payload holds the error's details."""
    final_events: frozenset[str] = frozenset()
    """Event names that end the stream complete, whether or not the terminator follows."""
    by_event: Mapping[str, Callable[[object], Any]] | None = None
    """Parsers by SSE event name, for streams whose events are told apart by name."""
    fallback: Callable[[object], Any] | None = None
    """The parser for an event name `by_event` does not know."""

    def parse(self, event: ServerSentEvent, response: httpx.Response) -> E:
        """One event's payload, parsed; an error event raises `APIStreamError`."""
        try:
            payload = json.loads(event.data)
        except (ValueError, RecursionError):
            raise APIResponseValidationError(
                f"A {event.event!r} event is not valid JSON.", response=response, body=event.data
            ) from None
        if (
            self.error_key is not None
            and isinstance(payload, dict)
            and payload.get(self.error_key) is not None
        ):
            raise APIStreamError(payload[self.error_key], response=response, body=payload)
        if self.error_event is not None and event.event == self.error_event:
            raise APIStreamError(payload, response=response, body=payload)
        validate: Callable[[object], Any] = self.validate
        if self.by_event is not None:
            validate = self.by_event.get(event.event) or self.fallback or self.validate
        try:
            return validate(payload)  # type: ignore[no-any-return]
        except pydantic.ValidationError as exc:
            raise APIResponseValidationError(
                f"A {event.event!r} event does not match {self.name}: {exc.errors()[0]['msg']}",
                response=response,
                body=event.data,
            ) from None
        except RecursionError:
            raise APIResponseValidationError(
                f"A {event.event!r} event is nested too deeply", response=response, body=event.data
            ) from None


class _Reading:
    """What the sync and async streams share: the decoder, the terminator, the errors."""

    def __init__(
        self, response: httpx.Response, spec: StreamSpec[Any], max_event_bytes: int
    ) -> None:
        self.response = response
        self._spec = spec
        self._decoder = SSEDecoder(max_event_chars=max_event_bytes)
        self._ended = False  # the terminator, or a final event, arrived

    def _events(self, events: list[ServerSentEvent]) -> list[Any]:
        parsed = []
        for event in events:
            if self._ended:
                break  # nothing after the terminator counts
            if self._spec.terminator is not None and event.data == self._spec.terminator:
                self._ended = True
                break
            parsed.append(self._spec.parse(event, self.response))
            if event.event in self._spec.final_events:
                self._ended = True  # what follows, a terminator included, does not count
                break
        return parsed

    def _decode(self, chunk: bytes | None) -> list[Any]:
        try:
            return self._events(self._decoder.end() if chunk is None else self._decoder.feed(chunk))
        except EventTooLargeError as exc:
            raise ResponseTooLargeError(
                f"The stream sent {exc} (the client's max_response_bytes).",
                request=self.response.request,
            ) from None

    def _check_complete(self) -> None:
        if (self._spec.terminator is not None or self._spec.final_events) and not self._ended:
            ends = sorted(self._spec.final_events)
            if self._spec.terminator is not None:
                ends.append(self._spec.terminator)
            raise StreamIncompleteError(
                f"The stream ended before its end ({' or '.join(map(repr, ends))}): "
                "the answer may be cut short.",
                request=self.response.request,
            )

    def _transport_error(self, exc: httpx.HTTPError) -> Exception:
        if isinstance(exc, httpx.TimeoutException):
            return APITimeoutError(request=self.response.request)
        return APIConnectionError(
            f"The stream broke: {type(exc).__name__}", request=self.response.request
        )


class Stream(_Reading, Generic[E]):
    """The events of a streamed response, parsed as they arrive.

    Iterate over it once. Use it as a context manager, or call `close()`, to let
    go of the connection before the stream ends. An error event raises
    `APIStreamError`; a stream that ends before its terminator raises
    `StreamIncompleteError`, so a truncated answer never passes as a whole one.
    """

    def __init__(
        self, response: httpx.Response, spec: StreamSpec[E], *, max_event_bytes: int
    ) -> None:
        super().__init__(response, spec, max_event_bytes)
        self._iterator = self._iterate()

    def __iter__(self) -> Iterator[E]:
        return self._iterator

    def __next__(self) -> E:
        return next(self._iterator)

    def __enter__(self) -> Stream[E]:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def close(self) -> None:
        """Let go of the connection; iterating afterwards yields nothing more."""
        self._iterator.close()
        self.response.close()

    def _iterate(self) -> Generator[E, None, None]:
        try:
            chunks = self.response.iter_bytes()
            while not self._ended:
                try:
                    chunk = next(chunks, None)
                except httpx.HTTPError as exc:
                    raise self._transport_error(exc) from None
                yield from self._decode(chunk)
                if chunk is None:
                    break
            self._check_complete()
        finally:
            self.response.close()


class AsyncStream(_Reading, Generic[E]):
    """The events of a streamed response, parsed as they arrive (asyncio).

    Iterate over it once with `async for`. Use it as an async context manager, or
    call `await close()`, to let go of the connection before the stream ends.
    Errors are those of `Stream`.
    """

    def __init__(
        self, response: httpx.Response, spec: StreamSpec[E], *, max_event_bytes: int
    ) -> None:
        super().__init__(response, spec, max_event_bytes)
        self._iterator = self._iterate()

    def __aiter__(self) -> AsyncIterator[E]:
        return self._iterator

    async def __anext__(self) -> E:
        return await self._iterator.__anext__()

    async def __aenter__(self) -> AsyncStream[E]:
        return self

    async def __aexit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.close()

    async def close(self) -> None:
        """Let go of the connection; iterating afterwards yields nothing more."""
        await self._iterator.aclose()
        await self.response.aclose()

    async def _iterate(self) -> AsyncGenerator[E, None]:
        try:
            chunks = self.response.aiter_bytes()
            while not self._ended:
                try:
                    chunk = await anext(chunks, None)
                except httpx.HTTPError as exc:
                    raise self._transport_error(exc) from None
                for event in self._decode(chunk):
                    yield event
                if chunk is None:
                    break
            self._check_complete()
        finally:
            await self.response.aclose()
