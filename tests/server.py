"""A scriptable HTTP server on 127.0.0.1 for end-to-end tests of generated clients.

Each test queues `Reply`s (or sets a default handler); the server records every
request it receives. Faults are real: a hang is a real sleep, a reset closes
the socket mid-body.
"""

from __future__ import annotations

import json
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit


@dataclass
class Reply:
    status: int = 200
    body: Any = None  # JSON-encoded unless bytes
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0  # seconds to sleep before answering
    reset: bool = False  # send half the body, then drop the connection
    drip: float = 0.0  # seconds between single bytes of the body (a slow-loris server)
    # A body sent with chunked transfer encoding, one flushed chunk each, `pause` seconds
    # apart (a stream); with `reset`, the connection drops after the last one instead of
    # ending the body.
    chunks: Iterable[bytes] | None = None
    pause: float = 0.0


@dataclass
class Seen:
    method: str
    path: str  # raw path, as sent (percent-encoding kept)
    query: dict[str, list[str]]
    headers: dict[str, str]  # lower-cased names
    at: float
    body: bytes = b""
    names: list[str] = field(default_factory=list)  # header names as sent, repeats kept


class _QuietServer(ThreadingHTTPServer):
    """Clients that hang up early (timeouts, size caps) are expected, not worth a traceback."""

    def handle_error(self, request: Any, client_address: Any) -> None:
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


class ScriptedServer:
    def __init__(self) -> None:
        self.requests: list[Seen] = []
        self.script: deque[Reply] = deque()
        self.default: Callable[[Seen], Reply] = lambda seen: Reply(
            404, {"error": {"message": "no script"}}
        )
        self._lock = threading.Lock()
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            disable_nagle_algorithm = True  # answer at once, not after a delayed ACK

            def do_GET(self) -> None:
                server._handle(self)

            do_POST = do_PUT = do_PATCH = do_DELETE = do_GET

            def log_message(self, *args: object) -> None:
                pass

        self.httpd = _QuietServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(
            target=self.httpd.serve_forever, kwargs={"poll_interval": 0.01}, daemon=True
        )

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_port}"

    def push(self, *replies: Reply) -> None:
        self.script.extend(replies)

    def start(self) -> ScriptedServer:
        self.thread.start()
        return self

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

    @staticmethod
    def _stream(handler: BaseHTTPRequestHandler, reply: Reply) -> None:
        try:
            handler.send_response(reply.status)
            if "content-type" not in {k.lower() for k in reply.headers}:
                handler.send_header("content-type", "text/event-stream")
            handler.send_header("transfer-encoding", "chunked")
            for key, value in reply.headers.items():
                handler.send_header(key, value)
            handler.end_headers()
            for chunk in reply.chunks or []:
                if not chunk:
                    continue  # an empty chunk would end the body
                handler.wfile.write(b"%x\r\n%s\r\n" % (len(chunk), chunk))
                handler.wfile.flush()
                if reply.pause:
                    time.sleep(reply.pause)
            if reply.reset:
                handler.close_connection = True
                handler.connection.shutdown(2)
                return
            handler.wfile.write(b"0\r\n\r\n")
        except (BrokenPipeError, ConnectionResetError):
            pass

    def _handle(self, handler: BaseHTTPRequestHandler) -> None:
        length = int(handler.headers.get("content-length") or 0)
        body = handler.rfile.read(length) if length else b""
        parts = urlsplit(handler.path)
        seen = Seen(
            handler.command,
            parts.path,
            parse_qs(parts.query, keep_blank_values=True),
            {k.lower(): v for k, v in handler.headers.items()},
            time.monotonic(),
            body,
            list(handler.headers.keys()),
        )
        with self._lock:
            self.requests.append(seen)
            reply = self.script.popleft() if self.script else None
        if reply is None:
            reply = self.default(seen)
        if reply.delay:
            time.sleep(reply.delay)
        if reply.chunks is not None:
            self._stream(handler, reply)
            return
        data = reply.body if isinstance(reply.body, bytes) else json.dumps(reply.body).encode()
        try:
            handler.send_response(reply.status)
            if "content-type" not in {k.lower() for k in reply.headers}:
                handler.send_header("content-type", "application/json")
            handler.send_header("content-length", str(len(data)))
            for key, value in reply.headers.items():
                handler.send_header(key, value)
            handler.end_headers()
            if reply.reset:
                handler.wfile.write(data[: len(data) // 2])
                handler.wfile.flush()
                handler.close_connection = True
                handler.connection.shutdown(2)
                return
            if reply.drip:
                # Bounded by the body's length; stops as soon as the client hangs up.
                for i in range(len(data)):
                    handler.wfile.write(data[i : i + 1])
                    handler.wfile.flush()
                    time.sleep(reply.drip)
                return
            handler.wfile.write(data)
        except (BrokenPipeError, ConnectionResetError):
            pass
