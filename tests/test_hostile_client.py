"""Generated clients against a hostile server and hostile input, on 127.0.0.1.

Redirects to another origin, slow-loris bodies, gzip bombs, absurd
`Retry-After` values, deep JSON, keys and headers HTTP cannot carry. Every
failure must be an `APIError`, and the API key must never leave its origin or
show up in an exception, its chain, a repr or a log line.
"""

from __future__ import annotations

import asyncio
import logging
import time
import traceback
import tracemalloc
import zlib
from typing import Any

import httpx
import pytest

from generated import compilelabs, perceptron
from tests.conftest import FakeClock
from tests.server import Reply, ScriptedServer, Seen
from tests.test_runtime import CANARY, PROVIDERS, Provider, run

MODES = ("sync", "async")
CASES = [(p, m) for p in PROVIDERS for m in MODES]
IDS = [f"{p}-{m}" for p, m in CASES]


@pytest.fixture(params=CASES, ids=IDS)
def case(request: pytest.FixtureRequest) -> tuple[Provider, str]:
    name, mode = request.param
    return PROVIDERS[name], mode


@pytest.fixture
def other() -> Any:
    """A second server: another port is another origin."""
    srv = ScriptedServer().start()
    try:
        yield srv
    finally:
        srv.stop()


def _key_headers(seen: Seen) -> dict[str, str]:
    return {k: v for k, v in seen.headers.items() if CANARY in v}


def _http(mode: str, **kwargs: Any) -> httpx.Client | httpx.AsyncClient:
    return httpx.Client(**kwargs) if mode == "sync" else httpx.AsyncClient(**kwargs)


# credentials and redirects -----------------------------------------------------------


def test_a_redirect_to_another_origin_carries_no_key(
    case: tuple[Provider, str], server: ScriptedServer, other: ScriptedServer
) -> None:
    provider, mode = case
    server.push(Reply(302, b"", {"location": f"{other.url}{provider.path}"}))
    other.push(Reply(200, provider.ok))
    result = run(provider, mode, server, http_client=_http(mode, follow_redirects=True))
    assert not isinstance(result, Exception), result
    assert _key_headers(server.requests[0])  # the API's own origin gets the key
    assert len(other.requests) == 1
    assert _key_headers(other.requests[0]) == {}


def test_a_redirect_within_the_origin_keeps_the_key(
    case: tuple[Provider, str], server: ScriptedServer
) -> None:
    provider, mode = case
    server.push(Reply(307, b"", {"location": provider.path}), Reply(200, provider.ok))
    result = run(provider, mode, server, http_client=_http(mode, follow_redirects=True))
    assert not isinstance(result, Exception), result
    assert [bool(_key_headers(seen)) for seen in server.requests] == [True, True]


def test_redirects_are_not_followed_unless_the_http_client_says_so(
    case: tuple[Provider, str], server: ScriptedServer, other: ScriptedServer
) -> None:
    provider, mode = case
    server.push(Reply(302, b"", {"location": f"{other.url}/elsewhere"}))
    error = run(provider, mode, server)
    assert isinstance(error, provider.module.APIStatusError) and error.status_code == 302
    assert other.requests == []


def test_a_redirect_loop_is_an_api_error(
    case: tuple[Provider, str], server: ScriptedServer
) -> None:
    provider, mode = case
    server.default = lambda seen: Reply(302, b"", {"location": provider.path})
    http = _http(mode, follow_redirects=True, max_redirects=4)
    error = run(provider, mode, server, http_client=http, max_retries=0)
    assert isinstance(error, provider.module.APIConnectionError), error
    assert "Stopped after 4 redirects" in str(error)
    assert len(server.requests) == 5


@pytest.mark.parametrize(
    "key", ["sk-canary\n", " sk-canary", "sk-can\r\nX-Injected: 1", "sk-cänary", "sk-\x00canary"]
)
def test_a_key_http_cannot_carry_is_refused_when_the_client_is_built(
    key: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    for cls in (perceptron.Perceptron, compilelabs.AsyncCompileLabs):
        with pytest.raises(ValueError) as info:
            cls(api_key=key)
        assert key.strip() not in str(info.value) and "canary" not in str(info.value)
        assert info.value.__cause__ is None and info.value.__context__ is None
    if "\x00" not in key:  # the environment itself cannot hold a NUL
        monkeypatch.setenv("PERCEPTRON_API_KEY", key)
        with pytest.raises(ValueError, match="API key"):
            perceptron.Perceptron()


def test_the_key_never_shows_in_errors_reprs_or_any_log(
    case: tuple[Provider, str],
    server: ScriptedServer,
    caplog: pytest.LogCaptureFixture,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    provider, mode = case
    monkeypatch.setenv(f"{provider.module.__name__.rsplit('.', 1)[-1].upper()}_LOG", "debug")
    caplog.set_level(logging.DEBUG)  # httpx's and httpcore's own loggers included
    server.push(
        Reply(500, provider.error("boom", "boom")),
        Reply(401, provider.error("invalid_api_key", "bad key")),
    )
    errors = [
        run(provider, mode, server, max_retries=1),
        run(provider, mode, _Refused(), max_retries=0),  # type: ignore[arg-type]
        run(provider, mode, server, default_headers={"X-Bad": "a\r\nb"}),
    ]
    for error in errors:
        assert isinstance(error, provider.module.APIError), error
        text = "".join(traceback.format_exception(error))
        assert CANARY not in text and CANARY not in repr(error)
    assert CANARY not in caplog.text
    assert "<redacted>" in caplog.text
    client = provider.sync(api_key=CANARY)
    assert CANARY not in repr(client) and CANARY not in repr(vars(client))


class _Refused:
    """Stands in for a server: its URL is a closed port."""

    url = "http://127.0.0.1:9"


# headers -------------------------------------------------------------------------------


def test_default_headers_replace_ours_whatever_their_case(
    case: tuple[Provider, str], server: ScriptedServer
) -> None:
    provider, mode = case
    server.push(Reply(200, provider.ok))
    result = run(provider, mode, server, default_headers={"user-agent": "mine/1"})
    assert not isinstance(result, Exception), result
    (seen,) = server.requests
    assert seen.headers["user-agent"] == "mine/1"
    assert [name.lower() for name in seen.names].count("user-agent") == 1


def test_a_caller_can_remove_the_auth_header(
    case: tuple[Provider, str], server: ScriptedServer
) -> None:
    provider, mode = case
    name = "AUTHORIZATION" if provider.module is perceptron else "X-Api-KEY"
    server.push(Reply(200, provider.ok))

    def call(client: Any) -> Any:
        model = "perc-x1" if provider.module is perceptron else "meta/llama-4-scout"
        return client.models.retrieve(model, extra_headers={name: None})

    result = run(provider, mode, server, call=call)
    assert not isinstance(result, Exception), result
    assert _key_headers(server.requests[0]) == {}


def test_an_explicit_idempotency_key_is_the_only_one(server: ScriptedServer) -> None:
    from tests.golden.expected import acme  # its spec declares an Idempotency-Key header

    server.push(Reply(200, {"id": "t", "owner": "acme", "note": None, "kind": "big"}))
    with acme.Acme(api_key="k", base_url=server.url, rate_limit=False) as client:
        client.things.retrieve("t", extra_headers={"idempotency-key": "mine"})
    assert [n.lower() for n in server.requests[0].names].count("idempotency-key") == 1
    assert server.requests[0].headers["idempotency-key"] == "mine"


def test_a_header_value_with_a_line_break_is_refused_unsent(
    case: tuple[Provider, str], server: ScriptedServer
) -> None:
    provider, mode = case
    error = run(provider, mode, server, default_headers={"X-Trace": "a\r\nX-Injected: 1"})
    assert isinstance(error, provider.module.APIRequestError) and isinstance(error, ValueError)
    assert "X-Injected" not in str(error)
    assert server.requests == []


def test_a_lone_surrogate_in_a_path_parameter_is_an_api_error(
    case: tuple[Provider, str], server: ScriptedServer
) -> None:
    provider, mode = case
    error = run(provider, mode, server, call=lambda c: c.models.retrieve("bad\udc80id"))
    assert isinstance(error, provider.module.APIRequestError), error
    assert server.requests == []


# time and size ------------------------------------------------------------------------


def test_a_dripping_body_hits_the_total_deadline(
    case: tuple[Provider, str], server: ScriptedServer
) -> None:
    provider, mode = case
    server.push(Reply(200, provider.ok, drip=0.05))  # ~150 bytes: ~8 s in all
    started = time.monotonic()
    error = run(provider, mode, server, timeout=1.0, max_retries=0)
    took = time.monotonic() - started
    assert isinstance(error, provider.module.APITimeoutError), error
    assert took < 2.5, took


def test_the_http_clients_own_timeout_is_kept(
    case: tuple[Provider, str], server: ScriptedServer
) -> None:
    provider, mode = case
    server.push(Reply(200, provider.ok, delay=1.5))
    http = _http(mode, timeout=0.3)
    started = time.monotonic()
    error = run(provider, mode, server, http_client=http, max_retries=0)
    assert isinstance(error, provider.module.APITimeoutError), error
    assert time.monotonic() - started < 1.2
    client = provider.sync(api_key="k", http_client=httpx.Client(timeout=7.0))
    assert client.timeout == httpx.Timeout(7.0)
    assert provider.sync(api_key="k", http_client=httpx.Client(), timeout=2.0).timeout == 2.0


def _gzip_bomb(megabytes: int) -> bytes:
    packer = zlib.compressobj(9, zlib.DEFLATED, 31)  # 31: gzip framing
    zeros = b"\0" * (1024 * 1024)
    return b"".join(packer.compress(zeros) for _ in range(megabytes)) + packer.flush()


BOMB = _gzip_bomb(512)  # 512 MiB of zeros in about half a MiB


def test_a_gzip_bomb_is_stopped_at_the_size_cap(
    case: tuple[Provider, str], server: ScriptedServer
) -> None:
    provider, mode = case
    server.push(Reply(200, BOMB, {"content-encoding": "gzip"}))
    tracemalloc.start()
    try:
        error = run(provider, mode, server, max_response_bytes=16 * 1024 * 1024, max_retries=0)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert isinstance(error, provider.module.ResponseTooLargeError), error
    assert "16777216 bytes" in str(error)
    # Bounded whatever the bomb's size: the cap, plus what httpx's decoder inflates from one
    # network read of zeros (~64 MiB, held twice while it is copied). Unbounded, it was 3.4 GB.
    assert peak < 200 * 1024 * 1024, peak


def test_the_default_cap_admits_ordinary_bodies(
    case: tuple[Provider, str], server: ScriptedServer
) -> None:
    provider, mode = case
    payload = dict(provider.ok, description="x" * 2_000_000)
    server.push(Reply(200, payload))
    result = run(provider, mode, server)
    assert not isinstance(result, Exception), result


@pytest.mark.parametrize(
    "headers",
    [
        {"Retry-After": "-1"},
        {"retry-after-ms": "-5"},
        {"Retry-After": "0"},
        {"Retry-After": "nan"},
        {"Retry-After": "inf"},
        {"Retry-After": "Wed, 21 Oct 2015 07:28:00 GMT"},  # in the past
        {"Retry-After": "soon"},
    ],
)
def test_an_invalid_retry_after_falls_back_to_backoff(
    headers: dict[str, str], server: ScriptedServer, clock: FakeClock
) -> None:
    provider = PROVIDERS["perceptron"]
    server.default = lambda seen: Reply(503, provider.error("busy", "busy"), headers)
    error = run(provider, "sync", server)
    assert isinstance(error, perceptron.InternalServerError)
    first, second = clock.sleeps
    assert 0.375 <= first <= 0.5 and 0.75 <= second <= 1.0


# every failure is an APIError ----------------------------------------------------------


DEEP = b"[" * 10_000 + b"]" * 10_000


def test_deeply_nested_json_is_an_api_error(
    case: tuple[Provider, str], server: ScriptedServer
) -> None:
    provider, mode = case
    server.push(Reply(200, DEEP), Reply(400, b'{"error":' * 5_000 + b"1" + b"}" * 5_000))
    ok_status = run(provider, mode, server)
    assert isinstance(ok_status, provider.module.APIResponseValidationError), ok_status
    bad_status = run(provider, mode, server)
    assert isinstance(bad_status, provider.module.BadRequestError), bad_status


def test_a_body_that_is_not_gzip_is_an_api_error(
    case: tuple[Provider, str], server: ScriptedServer
) -> None:
    provider, mode = case
    server.push(Reply(200, b"not gzip at all", {"content-encoding": "gzip"}))
    error = run(provider, mode, server, max_retries=0)
    assert isinstance(error, provider.module.APIError), error


def test_httpx_mock_transport_works(case: tuple[Provider, str]) -> None:
    provider, mode = case
    seen: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json=provider.ok)

    async def answer_async(request: httpx.Request) -> httpx.Response:
        return answer(request)

    if mode == "sync":
        http: Any = httpx.Client(transport=httpx.MockTransport(answer))
        with provider.sync(api_key="k", http_client=http) as client:
            raw = provider_raw(client, provider)
    else:

        async def main() -> Any:
            http = httpx.AsyncClient(transport=httpx.MockTransport(answer_async))
            async with provider.aio(api_key="k", http_client=http) as client:
                return await provider_raw(client, provider)

        raw = asyncio.run(main())
    assert raw.status_code == 200 and raw.elapsed >= 0
    assert seen[0].url.path == provider.path


def provider_raw(client: Any, provider: Provider) -> Any:
    model = "perc-x1" if provider.module is perceptron else "meta/llama-4-scout"
    return client.models.with_raw_response.retrieve(model)
