"""The generated runtime under faults: retries, waits, timeouts, rate limits, errors, secrets.

Every scenario runs for both providers and for the sync and async clients,
against the scripted server on 127.0.0.1. Waits run on a fake clock, so the
exact sleeps are asserted without sleeping.
"""

from __future__ import annotations

import asyncio
import email.utils
import json
import logging
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest

from generated import compilelabs, perceptron
from tests.conftest import FakeClock
from tests.server import Reply, ScriptedServer

CANARY = "sk-canary-0123456789abcdef"


@dataclass
class Provider:
    module: Any
    sync: Any
    aio: Any
    call: Callable[[Any], Any]
    ok: dict[str, Any]
    error: Callable[[str, str], dict[str, Any]]
    path: str


PROVIDERS = {
    "perceptron": Provider(
        perceptron,
        perceptron.Perceptron,
        perceptron.AsyncPerceptron,
        lambda c: c.models.retrieve("perc-x1"),
        {"created": 1, "id": "perc-x1", "object": "model", "owned_by": "perceptron"},
        lambda code, message: {
            "error": {
                "message": message,
                "type": "invalid_request_error",
                "param": None,
                "code": code,
            }
        },
        "/v1/models/perc-x1",
    ),
    "compilelabs": Provider(
        compilelabs,
        compilelabs.CompileLabs,
        compilelabs.AsyncCompileLabs,
        lambda c: c.models.retrieve("meta/llama-4-scout"),
        {
            "id": "meta/llama-4-scout",
            "author": "meta",
            "slug": "llama-4-scout",
            "name": "Llama 4 Scout",
            "description": "d",
            "created": 1,
            "owned_by": "compilelabs",
            "status": "active",
            "visibility": "public",
            "pricing": [],
            "context_length": 8,
            "model_type": "text_generation",
        },
        lambda code, message: {
            "error": {
                "message": message,
                "type": "invalid_request_error",
                "code": code,
                "status": 400,
            }
        },
        "/v1/models/meta/llama-4-scout",
    ),
}


def run(
    provider: Provider,
    mode: str,
    server: ScriptedServer,
    call: Callable[[Any], Any] | None = None,
    **kwargs: Any,
) -> Any:
    """Make a client, run one call; return the result or the exception raised."""
    call = call or provider.call
    kwargs = {"api_key": CANARY, "base_url": server.url, **kwargs}
    try:
        if mode == "sync":
            with provider.sync(**kwargs) as client:
                return call(client)

        async def main() -> Any:
            async with provider.aio(**kwargs) as client:
                return await call(client)

        return asyncio.run(main())
    except Exception as exc:  # the scenarios assert on the exception itself
        return exc


def no_secret(value: object) -> None:
    assert CANARY not in str(value) and CANARY not in repr(value)


CASES = [(p, m) for p in PROVIDERS for m in ("sync", "async")]
IDS = [f"{p}-{m}" for p, m in CASES]


@pytest.fixture(params=CASES, ids=IDS)
def case(request: pytest.FixtureRequest) -> tuple[Provider, str]:
    name, mode = request.param
    return PROVIDERS[name], mode


# retries --------------------------------------------------------------------------


def test_429_with_retry_after_then_200(
    case: tuple[Provider, str], server: ScriptedServer, clock: FakeClock
) -> None:
    provider, mode = case
    server.push(
        Reply(429, provider.error("rate_limit_exceeded", "slow down"), {"Retry-After": "1"}),
        Reply(200, provider.ok),
    )
    result = run(provider, mode, server)
    assert not isinstance(result, Exception), result
    assert len(server.requests) == 2
    assert clock.sleeps == [1.0]


def test_503_twice_then_200(
    case: tuple[Provider, str], server: ScriptedServer, clock: FakeClock
) -> None:
    provider, mode = case
    server.push(Reply(503, b"busy"), Reply(503, b"busy"), Reply(200, provider.ok))
    result = run(provider, mode, server)
    assert not isinstance(result, Exception), result
    assert len(server.requests) == 3
    first, second = clock.sleeps
    assert 0.375 <= first <= 0.5 and 0.75 <= second <= 1.0  # 0.5 s doubling, up to 25% jitter


@pytest.mark.parametrize("status", [408, 409, 429, 500, 502, 503, 504])
def test_retryable_statuses_exhaust_retries(
    status: int, server: ScriptedServer, clock: FakeClock
) -> None:
    provider = PROVIDERS["perceptron"]
    server.default = lambda seen: Reply(status, provider.error("x", "try later"))
    error = run(provider, "sync", server)
    assert isinstance(error, perceptron.APIStatusError) and error.status_code == status
    assert len(server.requests) == 3  # the default: two retries
    assert len(clock.sleeps) == 2


@pytest.mark.parametrize("status", [400, 401, 403, 404, 422])
def test_other_statuses_are_not_retried(
    status: int, case: tuple[Provider, str], server: ScriptedServer, clock: FakeClock
) -> None:
    provider, mode = case
    server.default = lambda seen: Reply(status, provider.error("bad", "no"))
    error = run(provider, mode, server)
    assert isinstance(error, provider.module.APIStatusError) and error.status_code == status
    assert len(server.requests) == 1 and clock.sleeps == []


def test_backoff_doubles_and_is_capped(server: ScriptedServer, clock: FakeClock) -> None:
    provider = PROVIDERS["perceptron"]
    server.default = lambda seen: Reply(503, b"")
    error = run(provider, "sync", server, max_retries=7)
    assert isinstance(error, perceptron.InternalServerError)
    assert len(server.requests) == 8
    for sleep, nominal in zip(clock.sleeps, [0.5, 1, 2, 4, 8, 8, 8], strict=True):
        assert nominal * 0.75 <= sleep <= nominal


def test_retry_after_as_http_date(server: ScriptedServer, clock: FakeClock) -> None:
    provider = PROVIDERS["perceptron"]
    when = email.utils.formatdate(time.time() + 5, usegmt=True)
    server.push(
        Reply(429, provider.error("r", "wait"), {"Retry-After": when}), Reply(200, provider.ok)
    )
    assert not isinstance(run(provider, "sync", server), Exception)
    assert len(clock.sleeps) == 1 and 3.0 <= clock.sleeps[0] <= 5.0


def test_retry_after_ms_wins(server: ScriptedServer, clock: FakeClock) -> None:
    provider = PROVIDERS["compilelabs"]
    server.push(
        Reply(429, provider.error("r", "wait"), {"retry-after-ms": "250", "Retry-After": "9"}),
        Reply(200, provider.ok),
    )
    assert not isinstance(run(provider, "sync", server), Exception)
    assert clock.sleeps == [0.25]


def test_retry_after_over_60s_is_raised_at_once(
    case: tuple[Provider, str], server: ScriptedServer, clock: FakeClock
) -> None:
    provider, mode = case
    server.push(
        Reply(429, provider.error("rate_limit_exceeded", "come back later"), {"Retry-After": "120"})
    )
    error = run(provider, mode, server)
    assert isinstance(error, provider.module.RateLimitError)
    assert len(server.requests) == 1 and clock.sleeps == []


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_insufficient_quota_is_not_retried(
    mode: str, server: ScriptedServer, clock: FakeClock
) -> None:
    provider = PROVIDERS["perceptron"]
    server.default = lambda seen: Reply(
        429, provider.error("insufficient_quota", "credits used up")
    )
    error = run(provider, mode, server)
    assert isinstance(error, perceptron.RateLimitError) and error.code == "insufficient_quota"
    assert len(server.requests) == 1 and clock.sleeps == []


def test_x_should_retry_header_is_obeyed(server: ScriptedServer, clock: FakeClock) -> None:
    provider = PROVIDERS["perceptron"]
    server.push(
        Reply(400, provider.error("x", "odd"), {"x-should-retry": "true"}),
        Reply(503, b"", {"x-should-retry": "false"}),
    )
    error = run(provider, "sync", server)
    assert isinstance(error, perceptron.InternalServerError)
    assert len(server.requests) == 2


def test_max_retries_per_client_per_call_and_with_options(
    server: ScriptedServer, clock: FakeClock
) -> None:
    provider = PROVIDERS["perceptron"]
    server.default = lambda seen: Reply(500, b"")
    run(provider, "sync", server, max_retries=0)
    assert len(server.requests) == 1
    run(provider, "sync", server, call=lambda c: c.models.retrieve("perc-x1", max_retries=4))
    assert len(server.requests) == 1 + 5
    run(
        provider,
        "sync",
        server,
        call=lambda c: c.with_options(max_retries=1).models.retrieve("perc-x1"),
    )
    assert len(server.requests) == 6 + 2


# timeouts and broken connections -------------------------------------------------------------


def test_hang_longer_than_timeout(
    case: tuple[Provider, str], server: ScriptedServer, clock: FakeClock
) -> None:
    provider, mode = case
    server.default = lambda seen: Reply(200, provider.ok, delay=1.0)
    error = run(provider, mode, server, timeout=0.2, max_retries=1)
    assert isinstance(error, provider.module.APITimeoutError)
    assert isinstance(error, provider.module.APIConnectionError)
    assert len(server.requests) == 2 and len(clock.sleeps) == 1
    no_secret(error)


def test_per_call_timeout(server: ScriptedServer, clock: FakeClock) -> None:
    provider = PROVIDERS["perceptron"]
    server.default = lambda seen: Reply(200, provider.ok, delay=0.5)
    error = run(
        provider,
        "sync",
        server,
        call=lambda c: c.models.retrieve("perc-x1", timeout=httpx.Timeout(0.1), max_retries=0),
    )
    assert isinstance(error, perceptron.APITimeoutError)
    assert len(server.requests) == 1


def test_connection_reset_mid_body_is_retried(
    case: tuple[Provider, str], server: ScriptedServer, clock: FakeClock
) -> None:
    provider, mode = case
    server.push(Reply(200, provider.ok, reset=True), Reply(200, provider.ok))
    result = run(provider, mode, server)
    assert not isinstance(result, Exception), result
    assert len(server.requests) == 2 and len(clock.sleeps) == 1


def test_connection_refused(case: tuple[Provider, str], clock: FakeClock) -> None:
    provider, mode = case

    class Closed:
        url = "http://127.0.0.1:9"  # discard port: nothing listens

    error = run(provider, mode, Closed(), max_retries=2)  # type: ignore[arg-type]
    assert isinstance(error, provider.module.APIConnectionError)
    assert not isinstance(error, provider.module.APITimeoutError)
    assert len(clock.sleeps) == 2
    no_secret(error)


# bad responses ------------------------------------------------------------------------------


def test_truncated_json(
    case: tuple[Provider, str], server: ScriptedServer, clock: FakeClock
) -> None:
    provider, mode = case
    server.push(Reply(200, b'{"id": "perc-x1", "created": 1'))
    error = run(provider, mode, server)
    assert isinstance(error, provider.module.APIResponseValidationError)
    assert "not valid JSON" in str(error)
    assert error.body == '{"id": "perc-x1", "created": 1' and error.status_code == 200
    assert len(server.requests) == 1


def test_missing_required_field(
    case: tuple[Provider, str], server: ScriptedServer, clock: FakeClock
) -> None:
    provider, mode = case
    body = {k: v for k, v in provider.ok.items() if k != "created"}
    server.push(Reply(200, body))
    error = run(provider, mode, server)
    assert isinstance(error, provider.module.APIResponseValidationError)
    assert "created" in str(error) and "Field required" in str(error)
    # The model and the field are named (through the union, for Compile Labs' tagged response).
    expected = (
        "does not match Model" if provider.module is perceptron else "TextGenerationModel.created"
    )
    assert expected in str(error)


def test_unknown_enum_value_and_union_tag(server: ScriptedServer, clock: FakeClock) -> None:
    provider = PROVIDERS["compilelabs"]
    server.push(Reply(200, {**provider.ok, "author": "nvidia", "model_type": "embedding"}))
    result = run(
        provider, "sync", server, call=lambda c: c.models.retrieve("x/y", type="moderation")
    )
    assert type(result) is compilelabs.ModelInfo and result.author == "nvidia"
    server.push(Reply(200, {**PROVIDERS["perceptron"].ok, "owned_by": "meta"}))
    model = run(PROVIDERS["perceptron"], "async", server)
    assert model.owned_by == "meta"


@pytest.mark.parametrize(
    ("status", "cls", "code"),
    [
        (401, "AuthenticationError", "invalid_api_key"),
        (404, "NotFoundError", "model_not_found"),
        (500, "InternalServerError", "server_error"),
    ],
)
def test_documented_error_bodies(
    case: tuple[Provider, str],
    server: ScriptedServer,
    clock: FakeClock,
    status: int,
    cls: str,
    code: str,
) -> None:
    provider, mode = case
    body = provider.error(code, f"failed with {code}")
    server.default = lambda seen: Reply(status, body, {"x-trace-id": "req-42"})
    error = run(provider, mode, server)
    assert type(error).__name__ == cls
    assert error.code == code and error.message == f"failed with {code}" and error.body == body
    assert error.error is not None and error.error.error.code == code
    expected_id = (
        "req-42" if provider.module is perceptron else None
    )  # only Perceptron names the header
    assert error.request_id == expected_id
    no_secret(error)


# rate limiting ------------------------------------------------------------------------------


def window_server(
    server: ScriptedServer, now: Callable[[], float], limit: int, per: float, ok: dict[str, Any]
) -> list[float]:
    """Make `server` answer 429 once more than `limit` requests start within `per` seconds."""
    starts: list[float] = []
    lock = threading.Lock()

    def handler(seen: Any) -> Reply:
        with lock:
            t = now()
            recent = [s for s in starts if s > t - per]
            starts.append(t)
            if len(recent) >= limit:
                return Reply(
                    429, {"error": {"message": "rate limited", "code": "rate_limit_exceeded"}}
                )
        return Reply(200, ok)

    server.default = handler
    return starts


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_documented_rate_limit_avoids_429(
    mode: str, server: ScriptedServer, clock: FakeClock
) -> None:
    """Perceptron: 30 requests/min on models. 35 calls in a burst: none drawn 429, 60 s waited."""
    provider = PROVIDERS["perceptron"]
    window_server(server, lambda: clock.now, 30, 60.0, provider.ok)

    def burst(client: Any) -> Any:
        if mode == "sync":
            return [client.models.retrieve("perc-x1") for _ in range(35)]

        async def many() -> Any:
            # One after another: on a fake clock, requests still in flight would see
            # time jump (concurrent tasks are tested in real time below).
            return [await client.models.retrieve("perc-x1") for _ in range(35)]

        return many()

    results = run(provider, mode, server, call=burst, max_retries=0)
    assert not isinstance(results, Exception), results
    assert len(results) == 35 and len(server.requests) == 35
    # The first 30 go at once; the 31st waits until the first leaves the window.
    assert clock.sleeps == [pytest.approx(60.0)]
    assert clock.now - 1000.0 == pytest.approx(60.0)


def test_without_client_side_limit_the_server_says_429(
    server: ScriptedServer, clock: FakeClock
) -> None:
    provider = PROVIDERS["perceptron"]
    window_server(server, lambda: clock.now, 30, 60.0, provider.ok)
    results = run(
        provider,
        "sync",
        server,
        rate_limit=False,
        max_retries=0,
        call=lambda c: [c.models.retrieve("perc-x1") for _ in range(31)],
    )
    assert isinstance(results, perceptron.RateLimitError)


def test_list_and_retrieve_share_one_budget(server: ScriptedServer, clock: FakeClock) -> None:
    provider = PROVIDERS["perceptron"]
    server.default = lambda seen: Reply(
        200, provider.ok if "perc" in seen.path else {"object": "list", "data": []}
    )

    def mixed(client: Any) -> None:
        for _ in range(15):
            client.models.retrieve("perc-x1")
            client.models.list()
        client.models.list()

    run(provider, "sync", server, call=mixed)
    assert clock.now - 1000.0 == pytest.approx(60.0)


@pytest.fixture(scope="module")
def fast_limited(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    """A client generated from a spec whose endpoint allows 10 requests per second."""
    from generator import pipeline
    from tests.specs import ACME

    root = tmp_path_factory.mktemp("limited")
    (root / "spec").mkdir()
    (root / "spec" / "acme.yaml").write_text(
        ACME.replace("rate_limit: {requests: 5, per: 1m}", "rate_limit: {requests: 10, per: 1s}")
    )
    pipeline.generate(root / "spec", root / "out", None, None)
    sys.path.insert(0, str(root / "out"))
    import acme

    yield acme
    sys.path.remove(str(root / "out"))


BIG = {"id": "t", "owner": "acme", "note": None, "kind": "big"}


def assert_within_limit(starts: list[float], limit: int, per: float) -> None:
    """No `limit + 1` requests left the client within one window of `per` seconds.

    The times are taken by an httpx hook just before each request is sent, so how long a
    request then spends in flight (on a busy machine) cannot blur the measure.
    Without the limiter every call starts within a few milliseconds and this fails.
    """
    starts = sorted(starts)
    # The limiter reserves slots exactly `per` apart; the hook runs after each thread or task
    # wakes up and gets the GIL, which on a loaded 2-core machine differs by up to ~20 ms
    # between threads. Without the limiter the calls are milliseconds apart, so the check
    # still fails by far.
    early = 0.025
    for first, later in zip(starts, starts[limit:], strict=False):
        assert later - first >= per - early, (first, later)


def test_rate_limit_across_threads_in_real_time(fast_limited: Any, server: ScriptedServer) -> None:
    server.default = lambda seen: Reply(200, BIG)
    starts: list[float] = []  # list.append is atomic: the hook may run on any thread
    http = httpx.Client(event_hooks={"request": [lambda request: starts.append(time.monotonic())]})
    errors: list[Exception] = []
    with fast_limited.Acme(
        api_key="k", base_url=server.url, max_retries=0, http_client=http
    ) as client:

        def worker() -> None:
            for _ in range(7):
                try:
                    client.things.retrieve("t")
                except Exception as exc:
                    errors.append(exc)

        threads = [threading.Thread(target=worker) for _ in range(5)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    http.close()
    assert errors == []
    assert len(starts) == 35 and len(server.requests) == 35
    assert_within_limit(starts, 10, 1.0)
    assert max(starts) - min(starts) >= 3.0 - 0.005  # 35 calls at 10 per second: three waits


def test_rate_limit_across_tasks_in_real_time(fast_limited: Any, server: ScriptedServer) -> None:
    server.default = lambda seen: Reply(200, BIG)
    starts: list[float] = []

    async def record(request: httpx.Request) -> None:
        starts.append(time.monotonic())

    async def main() -> None:
        http = httpx.AsyncClient(event_hooks={"request": [record]})
        async with fast_limited.AsyncAcme(
            api_key="k", base_url=server.url, max_retries=0, http_client=http
        ) as client:
            await asyncio.gather(*(client.things.retrieve("t") for _ in range(25)))
        await http.aclose()

    asyncio.run(main())
    assert len(starts) == 25 and len(server.requests) == 25
    assert_within_limit(starts, 10, 1.0)
    assert max(starts) - min(starts) >= 2.0 - 0.005


# per-call options, transport, idempotency --------------------------------------------------------


def test_extra_headers_and_query(case: tuple[Provider, str], server: ScriptedServer) -> None:
    provider, mode = case
    server.default = lambda seen: Reply(200, provider.ok)

    def call(client: Any) -> Any:
        return client.with_options(default_headers={"X-Team": "a"}).models.retrieve(
            "perc-x1" if provider.module is perceptron else "meta/llama-4-scout",
            extra_headers={"X-Debug": "1", "Accept": None},
            extra_query={"trace": True, "tags": ["a", "b"]},
        )

    assert not isinstance(run(provider, mode, server, call=call), Exception)
    seen = server.requests[0]
    assert seen.headers["x-debug"] == "1" and seen.headers["x-team"] == "a"
    assert "accept" not in seen.headers
    assert seen.query == {"trace": ["true"], "tags": ["a", "b"]}


def test_raw_response(case: tuple[Provider, str], server: ScriptedServer) -> None:
    provider, mode = case
    server.push(Reply(200, provider.ok, {"x-trace-id": "abc"}))
    model_id = "perc-x1" if provider.module is perceptron else "meta/llama-4-scout"
    raw = run(provider, mode, server, call=lambda c: c.models.with_raw_response.retrieve(model_id))
    assert raw.status_code == 200 and raw.headers["x-trace-id"] == "abc"
    assert raw.elapsed >= 0 and raw.parse() is raw.parsed
    assert raw.parsed.id == provider.ok["id"]


def test_caller_supplied_http_client(server: ScriptedServer) -> None:
    provider = PROVIDERS["perceptron"]
    server.default = lambda seen: Reply(200, provider.ok)
    sent: list[httpx.Request] = []
    own = httpx.Client(event_hooks={"request": [sent.append]})
    with perceptron.Perceptron(api_key="k", base_url=server.url, http_client=own) as client:
        client.models.retrieve("perc-x1")
    assert len(sent) == 1
    assert not own.is_closed  # the caller's client is the caller's to close
    own.close()


def test_idempotency_key_is_reused_across_retries(server: ScriptedServer, clock: FakeClock) -> None:
    from tests.golden.expected import acme  # its spec declares an Idempotency-Key header

    created = {"id": "t-9", "owner": "acme", "note": None}
    server.push(Reply(503, b""), Reply(200, created), Reply(200, created), Reply(200, created))
    with acme.Acme(api_key="k", base_url=server.url) as client:
        client.things.create(name="a", owner=None)  # retried once
        client.things.create(name="b", owner=None)
        client.things.create(name="c", owner=None, idempotency_key="order-42")
        server.push(Reply(200, BIG))
        client.things.retrieve("t")
    keys = [r.headers.get("idempotency-key") for r in server.requests]
    assert keys[0] == keys[1] != keys[2]  # one key per call, the same on every retry
    assert keys[3] == "order-42"  # the caller's own
    assert keys[4] is None  # a GET is idempotent by itself: no key


def test_extra_body_default_query_and_base_url_from_the_environment(
    server: ScriptedServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.golden.expected import acme

    monkeypatch.setenv("ACME_BASE_URL", server.url)
    created = {"id": "t-9", "owner": "acme", "note": None}
    server.default = lambda seen: Reply(200, created)
    with acme.Acme(api_key="k", default_query={"region": "eu", "trace": "1"}) as client:
        client.things.create(name="a", owner=None, extra_body={"name": "b", "beta": True})
        client.with_options(default_query={"region": "us"}).things.create(
            name="c", owner=None, extra_query={"trace": "2"}
        )
    first, second = server.requests
    assert json.loads(first.body) == {"name": "b", "owner": None, "beta": True}
    assert first.query == {"region": ["eu"], "trace": ["1"]}
    assert second.query == {"region": ["us"], "trace": ["2"]}  # a call's extra_query wins


def test_models_to_dict_and_to_json() -> None:
    from tests.golden.expected import acme

    thing = acme.Thing.model_validate({"id": "t", "owner": "other", "note": None, "x-new": 1})
    assert thing.to_dict() == {"id": "t", "owner": "other", "note": None, "x-new": 1}
    assert thing.to_dict(exclude_unset=False)["count"] == 3
    assert json.loads(thing.to_json()) == thing.to_dict()
    assert thing.to_json(indent=None).startswith('{"id":"t"')


# secrets and logs -----------------------------------------------------------------------------


def test_logs_redact_the_key(
    server: ScriptedServer, caplog: pytest.LogCaptureFixture, clock: FakeClock
) -> None:
    caplog.set_level(logging.DEBUG, logger="generated")
    for provider in PROVIDERS.values():
        server.push(Reply(503, b""), Reply(200, provider.ok))
        run(provider, "sync", server)
    text = caplog.text
    assert "attempt 2" in text and "<redacted>" in text and "retrying" in text
    assert CANARY not in text


def test_log_env_var_turns_on_logging(tmp_path: Path) -> None:
    script = (
        "import logging, generated.perceptron as p; c = p.Perceptron(api_key='k'); "
        "print(logging.getLogger('generated.perceptron').level)"
    )
    out = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        check=True,
        env={"PERCEPTRON_LOG": "debug", "PATH": ""},
        cwd=Path(__file__).parent.parent,
    )
    assert out.stdout.strip() == str(logging.DEBUG)


def test_key_never_leaks(
    case: tuple[Provider, str], server: ScriptedServer, clock: FakeClock
) -> None:
    provider, mode = case
    server.push(Reply(401, {"error": {"message": "bad key"}}), Reply(200, b"not json"))
    for _ in range(2):
        no_secret(run(provider, mode, server))
    client = provider.sync(api_key=CANARY)
    no_secret(client)
    no_secret(client.models)
    no_secret(vars(client).keys())
    client.close()
