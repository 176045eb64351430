"""Run the same scenario through a provider's sync and async clients.

`Driver(mode, sync_cls, async_cls, url)(lambda client: client.files.list())` calls the
client of `mode` and drains what comes back, so that both clients give comparable
values: a stream or a page becomes the list of its items, a binary response its bytes.
An async call runs on the driver's own event loop, which lives as long as the driver.
"""

from __future__ import annotations

import asyncio
import contextlib
import inspect
from collections.abc import Callable, Iterator
from typing import Any


class Driver:
    def __init__(self, mode: str, sync_cls: Any, async_cls: Any, url: str, **options: Any) -> None:
        self.mode = mode
        self._loop = asyncio.new_event_loop() if mode == "async" else None
        cls = async_cls if mode == "async" else sync_cls
        self.client = cls(api_key="test-key", base_url=url, **options)

    def __call__(self, call: Callable[[Any], Any]) -> Any:
        if self._loop is None:
            return _drain(call(self.client))
        return self._loop.run_until_complete(_adrain(call(self.client)))

    def close(self) -> None:
        if self._loop is None:
            self.client.close()
            return
        self._loop.run_until_complete(self.client.close())
        self._loop.close()


def _drain(value: Any) -> Any:
    kind = type(value).__name__
    if kind in ("Stream", "SyncCursorPage"):
        return list(value)
    if kind == "BinaryResponse":
        return value.content
    return value


async def _adrain(value: Any) -> Any:
    if inspect.isawaitable(value):
        value = await value
    kind = type(value).__name__
    if kind in ("AsyncStream", "AsyncCursorPage"):
        return [item async for item in value]
    if kind == "AsyncBinaryResponse":
        return await value.read()
    return value


@contextlib.contextmanager
def driving(
    mode: str, sync_cls: Any, async_cls: Any, server: Any, route: Callable[[Any], Any]
) -> Iterator[Driver]:
    """A driver of `mode` against `server`, which answers with `route`; closed after use."""
    server.default = route
    driver = Driver(mode, sync_cls, async_cls, server.url)
    try:
        yield driver
    finally:
        driver.close()
