"""Cursor pagination end to end: every item of every page, fetched lazily, sync and async."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from tests.golden.expected import acme
from tests.server import Reply, ScriptedServer, Seen

MODES = ["sync", "async"]
THINGS = [{"id": f"t-{i}", "owner": "acme", "note": None} for i in range(5)]


def _pages(seen: Seen) -> Reply:
    """Two things a page, after the id named by `after`; the last page says it is last."""
    after = seen.query.get("after", [None])[0]
    start = 0 if after is None else next(i for i, t in enumerate(THINGS) if t["id"] == after) + 1
    data = THINGS[start : start + 2]
    more = start + 2 < len(THINGS)
    return Reply(body={"data": data, "last_id": data[-1]["id"] if data else None, "has_more": more})


def test_iterating_yields_every_item_fetching_pages_as_needed(server: ScriptedServer) -> None:
    server.default = _pages
    with acme.Acme(api_key="k", base_url=server.url) as client:
        page = client.things.list(limit=2)
        assert isinstance(page, acme.SyncCursorPage)
        assert [t.id for t in page.items] == ["t-0", "t-1"] and page.has_next_page()
        items = iter(page)
        assert [next(items).id for _ in range(2)] == ["t-0", "t-1"]
        assert len(server.requests) == 1  # the second page is not fetched yet
        assert [t.id for t in items] == ["t-2", "t-3", "t-4"]
    assert [r.query for r in server.requests] == [
        {"limit": ["2"]},
        {"limit": ["2"], "after": ["t-1"]},
        {"limit": ["2"], "after": ["t-3"]},
    ]


def test_pages_one_by_one(server: ScriptedServer) -> None:
    server.default = _pages
    with acme.Acme(api_key="k", base_url=server.url) as client:
        first = client.things.list()
        assert [len(p.items) for p in first.iter_pages()] == [2, 2, 1]
        second = first.get_next_page()
        assert [t.id for t in second.items] == ["t-2", "t-3"]
        last = second.get_next_page()
        assert not last.has_next_page() and last.page.has_more is False
        with pytest.raises(RuntimeError, match="no next page"):
            last.get_next_page()
        raw = client.things.with_raw_response.list()
        assert raw.status_code == 200 and isinstance(raw.parsed, acme.SyncCursorPage)


def test_async_for_yields_every_item(server: ScriptedServer) -> None:
    server.default = _pages

    async def main() -> tuple[list[str], list[int]]:
        async with acme.AsyncAcme(api_key="k", base_url=server.url) as client:
            page = await client.things.list()
            ids = [t.id async for t in page]
            sizes = [len(p.items) async for p in page.iter_pages()]
            return ids, sizes

    ids, sizes = asyncio.run(main())
    assert ids == [t["id"] for t in THINGS] and sizes == [2, 2, 1]


@pytest.mark.parametrize(
    "last",
    [
        {"data": [], "last_id": "t-9", "has_more": True},  # an empty page ends the list
        {"data": THINGS[2:3], "last_id": None, "has_more": True},  # so does no cursor
        {"data": THINGS[2:3], "last_id": "t-2", "has_more": False},
    ],
)
def test_the_list_ends(server: ScriptedServer, last: dict[str, Any]) -> None:
    server.push(
        Reply(body={"data": THINGS[:2], "last_id": "t-1", "has_more": True}), Reply(body=last)
    )
    with acme.Acme(api_key="k", base_url=server.url) as client:
        ids = [t.id for t in client.things.list()]
    assert ids == ["t-0", "t-1"] + [t["id"] for t in last["data"]]
    assert len(server.requests) == 2


def test_a_cursor_that_does_not_move_is_an_error(server: ScriptedServer) -> None:
    server.default = lambda seen: Reply(
        body={"data": THINGS[:1], "last_id": "t-0", "has_more": True}
    )
    with (
        acme.Acme(api_key="k", base_url=server.url) as client,
        pytest.raises(acme.APIResponseValidationError, match="same last_id twice"),
    ):
        list(client.things.list())
    assert len(server.requests) == 2
