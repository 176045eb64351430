"""What imported documents need of a request: a fixed query in the path, header
parameters that are numbers, list defaults of enums, and `list` methods beside
`list[...]` parameters."""

from __future__ import annotations

import asyncio

import pytest

from tests.golden.expected import acme
from tests.server import Reply, ScriptedServer


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_a_fixed_query_is_sent_with_the_calls_own(server: ScriptedServer, mode: str) -> None:
    server.push(Reply(204, b""), Reply(204, b""))
    if mode == "sync":
        with acme.Acme(api_key="k", base_url=server.url) as client:
            client.things.label("t-1", labels=["a", "b"], priority=2)
            client.things.label("t-1", labels=[], sizes=[acme.Size.SMALL, "tiny"])
    else:

        async def main() -> None:
            async with acme.AsyncAcme(api_key="k", base_url=server.url) as client:
                await client.things.label("t-1", labels=["a", "b"], priority=2)
                await client.things.label("t-1", labels=[], sizes=[acme.Size.SMALL, "tiny"])

        asyncio.run(main())
    first, second = server.requests
    assert first.path == "/v1/things/t-1/labels"
    assert first.query == {"mode": ["append"], "labels": ["a", "b"]}  # `sizes` left at its default
    assert first.headers["priority"] == "2"
    assert second.query == {"mode": ["append"], "sizes": ["small", "tiny"]}
    assert "priority" not in second.headers


@pytest.mark.parametrize("mode", ["sync", "async", "raw"])
def test_a_deprecated_endpoint_warns_at_the_callers_line(server: ScriptedServer, mode: str) -> None:
    server.push(Reply(200, b'[{"name": "a", "weights": {}}]'))
    with pytest.warns(DeprecationWarning) as caught:
        if mode == "async":

            async def main() -> None:
                async with acme.AsyncAcme(api_key="k", base_url=server.url) as client:
                    await client.tags.list()

            asyncio.run(main())
        else:
            with acme.Acme(api_key="k", base_url=server.url) as client:
                tags = client.tags if mode == "sync" else client.tags.with_raw_response
                tags.list()
    (warning,) = caught.list
    assert (
        str(warning.message) == "`tags.list()` is deprecated; it may be removed after 2031-01-01."
    )
    assert warning.filename == __file__  # the caller's line, not the client's
    assert len(server.requests) == 1  # and the call is still made
