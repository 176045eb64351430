# Generated from golden/acme.yaml (API version 2026-11-01) by clientgen 0.1.0. Do not edit.
"""HTTP runtime of the generated client: auth, encoding, retries, rate limits, errors.

This module is the same for every provider. What differs (base URL, auth,
rate limits, error codes) arrives as a `ProviderConfig` from `_client.py`.
"""

from __future__ import annotations

import codecs
import copy
import datetime
import email.utils
import io
import json
import logging
import math
import os
import platform
import random
import threading
import time
import uuid
from collections import deque
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import IO, Any, Generic, Self, TypeVar, cast
from urllib.parse import quote

import httpx
import pydantic

from ._errors import (
    APIConnectionError,
    APIRequestError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    ResponseTooLargeError,
    status_error_class,
)
from ._streaming import AsyncStream, Stream, StreamSpec

T = TypeVar("T")
T_co = TypeVar("T_co", covariant=True)
I = TypeVar("I")  # noqa: E741 - the item type of a page
E = TypeVar("E")

Timeout = float | httpx.Timeout | None
Query = Mapping[str, object]
QueryPairs = list[tuple[str, str | int | float | bool | None]]
Headers = Mapping[str, str | None]
Body = Mapping[str, object]

DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=5.0)
DEFAULT_MAX_RETRIES = 2
DEFAULT_MAX_RESPONSE_BYTES = 128 * 1024 * 1024  # after decompression
INITIAL_RETRY_DELAY = 0.5
MAX_RETRY_DELAY = 8.0
MAX_RETRY_AFTER = 60.0
RETRYABLE_STATUSES = frozenset({408, 409, 429})


class NotGiven:
    """Marks an argument the caller did not pass (distinct from an explicit `None`)."""

    def __bool__(self) -> bool:
        return False

    def __repr__(self) -> str:
        return "NOT_GIVEN"


NOT_GIVEN = NotGiven()


@dataclass(frozen=True)
class ProviderConfig:
    """What the spec says about a provider, as the runtime needs it."""

    package: str
    version: str
    base_url: str
    auth_scheme: str  # "bearer" or "header"
    auth_header: str
    api_key_env: str
    base_url_env: str
    auth_optional: bool
    request_id_header: str | None
    idempotency_header: str | None
    non_retryable_codes: frozenset[str]
    rate_limits: Mapping[str, tuple[int, float]]  # group -> (requests, per seconds)
    error_paths: Mapping[str, Sequence[str]]  # "message", "code", ... -> where the body holds it


@dataclass(frozen=True)
class Endpoint:
    """One API operation: method, path template, and its documented defaults."""

    method: str
    path: str
    fixed_query: Sequence[Sequence[str]] = ()  # sent on every call, before the call's own
    rate_limit: str | None = None
    query_defaults: Mapping[str, object] = field(default_factory=dict)
    allow_slash: frozenset[str] = frozenset()

    def url_path(self, params: Mapping[str, object]) -> str:
        """The path with each `{name}` replaced by its percent-encoded value."""
        path = self.path
        for name, value in params.items():
            encoded = encode_path_param(value, name=name, allow_slash=name in self.allow_slash)
            path = path.replace("{" + name + "}", encoded)
        return path


@dataclass(frozen=True)
class RequestOptions:
    """Per-call overrides, as passed to a resource method."""

    extra_headers: Headers | None = None
    extra_query: Query | None = None
    timeout: Timeout | NotGiven = NOT_GIVEN
    max_retries: int | None = None
    extra_body: Body | None = None
    idempotency_key: str | None = None


@dataclass(frozen=True)
class Call(Generic[T]):
    """Everything one endpoint call sends, and how its response is parsed."""

    endpoint: Endpoint
    response_type: ResponseType[T]
    options: RequestOptions
    path_params: Mapping[str, object] = field(default_factory=dict)
    query: Query = field(default_factory=dict)
    headers: Mapping[str, object] = field(
        default_factory=dict
    )  # header params: text, numbers, enums
    body: Mapping[str, object] | None = None  # the JSON body's fields; NOT_GIVEN ones are left out
    files: Mapping[str, object] | None = None  # file fields: the body goes as multipart/form-data


class ResponseType(Generic[T]):
    """How to parse a response body into `T`.

    `load` returns the type when first needed, so a client imports only the
    models its calls use; the pydantic adapter is built on first use too.
    """

    def __init__(self, load: Callable[[], Any], name: str, *, empty: bool = False) -> None:
        self._load = load
        self.name = name
        self.empty = empty  # no body is expected: whatever comes is not parsed
        self._adapter: pydantic.TypeAdapter[T] | None = None

    def validate(self, data: object) -> T:
        if self._adapter is None:
            self._adapter = pydantic.TypeAdapter(self._load())
        return self._adapter.validate_python(data)


NO_BODY: ResponseType[None] = ResponseType(lambda: None, "no body", empty=True)
"""The response type of an endpoint that answers with no body (204), or with raw bytes."""


@dataclass(frozen=True)
class RawResponse(Generic[T_co]):
    """A parsed response together with the HTTP details it came with."""

    parsed: T_co
    http_response: httpx.Response

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    @property
    def elapsed(self) -> float:
        """Seconds from sending the request to reading the whole response."""
        return self.http_response.elapsed.total_seconds()

    def parse(self) -> T_co:
        return self.parsed


@dataclass(frozen=True)
class Finish(Generic[T_co]):
    """How the 2xx response to a call becomes what its method returns."""

    build: Callable[[httpx.Response], T_co]
    reads: bool  # the whole body is read (within the size cap) before `build` runs


# encoding ---------------------------------------------------------------------


def encode_path_param(value: object, *, name: str, allow_slash: bool = False) -> str:
    """Percent-encode one path parameter; refuse values that would change the path."""
    text = _scalar(value)
    if text == "":
        raise APIRequestError(f"path parameter {name!r} must not be empty")
    _check_encodable(text, f"path parameter {name!r}")
    segments = text.split("/") if allow_slash else [text]
    for segment in segments:
        if segment in ("", ".", ".."):
            raise APIRequestError(
                f"path parameter {name!r} has an empty, '.' or '..' segment: {text!r}"
            )
    return quote(text, safe="/" if allow_slash else "")


def _check_encodable(text: str, what: str) -> None:
    """Refuse text that UTF-8 cannot carry (a lone surrogate, as from a bad decode)."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise APIRequestError(f"{what} holds a character UTF-8 cannot encode") from None


def _scalar(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return value  # str-based enum members are their value
    return str(value)


def encode_query(query: Query, defaults: Mapping[str, object]) -> QueryPairs:
    """Query pairs, leaving out `None` and values equal to the documented default."""
    pairs: QueryPairs = []
    for key, value in query.items():
        if value is None or (key in defaults and _same(value, defaults[key])):
            continue
        items = value if isinstance(value, list | tuple) else [value]
        for item in items:
            text = _scalar(item)
            _check_encodable(f"{key}{text}", f"query parameter {key!r}")
            pairs.append((key, text))
    return pairs


def _same(value: object, other: object) -> bool:
    if isinstance(value, bool) or isinstance(other, bool):
        return value is other
    return value == other


FileContent = bytes | IO[bytes] | os.PathLike[str]
FileTypes = (
    FileContent | tuple[str | None, FileContent] | tuple[str | None, FileContent, str | None]
)
"""A file to upload: its bytes, a binary file object, a path, or a tuple of a file name,
one of those, and optionally a content type."""


def encode_form(fields: Mapping[str, object]) -> dict[str, str | list[str]]:
    """The text fields of a multipart body: unset and null ones left out, others as text."""
    form: dict[str, str | list[str]] = {}
    for key, value in fields.items():
        if isinstance(value, NotGiven) or value is None:
            continue
        if isinstance(value, list | tuple) and all(isinstance(v, str | int | float) for v in value):
            form[key] = [_form_text(v) for v in value]
        else:
            form[key] = _form_text(value)
    return form


def _form_text(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str | int | float):
        return str(value)  # str- and int-based enum members are their value
    return json.dumps(_json_value(value))  # a model, a mapping or a list of them: as JSON


def encode_files(files: Mapping[str, object], opened: list[IO[bytes]]) -> list[tuple[str, Any]]:
    """The file parts of a multipart body, each with a file name (and a content type, if given)."""
    parts = []
    for key, value in files.items():
        if isinstance(value, NotGiven) or value is None:
            continue
        for item in value if isinstance(value, list) else [value]:
            parts.append((key, _file_part(key, item, opened)))
    return parts


def _file_part(key: str, value: object, opened: list[IO[bytes]]) -> tuple[Any, ...]:
    """`(file name, content[, content type])` for httpx, opening a path (closed after the call)."""
    filename: object = None
    content_type: object = None
    if isinstance(value, tuple):
        if len(value) not in (2, 3):
            raise APIRequestError(f"file {key!r}: a tuple is (file name, content[, content type])")
        filename, content_type = value[0], value[2] if len(value) == 3 else None
        value = value[1]
    content: object
    if isinstance(value, bytes | bytearray | memoryview):
        content = bytes(value)
    elif isinstance(value, os.PathLike):
        try:
            handle = open(value, "rb")  # noqa: SIM115 - closed when the call is done
        except OSError as exc:
            raise APIRequestError(
                f"file {key!r}: cannot open {os.fspath(value)!r}: {exc.strerror}"
            ) from None
        opened.append(handle)
        content = handle
        filename = filename or os.path.basename(os.fspath(value))
    elif isinstance(value, io.TextIOBase):
        raise APIRequestError(f"file {key!r} is open in text mode; open it with 'rb'")
    elif hasattr(value, "read"):
        content = value
        name = getattr(value, "name", None)
        filename = filename or (os.path.basename(name) if isinstance(name, str) else None)
    else:
        raise APIRequestError(
            f"file {key!r} takes bytes, a binary file, a path (pathlib.Path) or a "
            f"(file name, content[, content type]) tuple, not {type(value).__name__}"
        )
    if filename is not None and not isinstance(filename, str):
        raise APIRequestError(f"file {key!r}: the file name must be a string")
    if content_type is not None and not isinstance(content_type, str):
        raise APIRequestError(f"file {key!r}: the content type must be a string")
    name = filename or key
    return (name, content, content_type) if content_type else (name, content)


# time -------------------------------------------------------------------------


class Clock:
    """Every wait of the client goes through here, so a test can run them on a fake clock."""

    now: Callable[[], float] = staticmethod(time.monotonic)
    sleep: Callable[[float], None] = staticmethod(time.sleep)

    @staticmethod
    async def asleep(seconds: float) -> None:
        import asyncio  # only async clients wait here; importing it up front slows every import

        await asyncio.sleep(seconds)


def encode_body(fields: Mapping[str, object]) -> dict[str, object]:
    """A JSON body from keyword arguments: models by their wire names, unset fields left out."""
    return {
        key: _json_value(value) for key, value in fields.items() if not isinstance(value, NotGiven)
    }


def _json_value(value: object) -> object:
    if isinstance(value, pydantic.BaseModel):
        return value.model_dump(mode="json", by_alias=True, exclude_unset=True)
    if isinstance(value, list | tuple):
        return [_json_value(item) for item in value]
    if isinstance(value, dict):
        return {key: _json_value(item) for key, item in value.items()}
    return value


# rate limiting ----------------------------------------------------------------


class RateLimiter:
    """A sliding-window limit: at most `requests` starts in any `per`-second window.

    Each caller reserves the earliest slot under a lock and then waits outside
    it, so the same limiter serves threads (sync) and tasks (async) fairly.
    A sliding window, unlike a token bucket refilled at the same rate, never
    lets through more than `requests` in one window, so a server that counts
    per minute never sees a burst over its limit.
    """

    def __init__(self, requests: int, per: float, clock: Callable[[], float] | None = None) -> None:
        self.requests = requests
        self.per = per
        self._clock = clock or Clock.now
        self._starts: deque[float] = deque()
        self._lock = threading.Lock()

    def reserve(self) -> float:
        """Reserve the next slot; returns how many seconds to wait before using it."""
        with self._lock:
            now = self._clock()
            while self._starts and self._starts[0] <= now - self.per:
                self._starts.popleft()
            start = now
            if len(self._starts) >= self.requests:
                start = max(now, self._starts[-self.requests] + self.per)
            self._starts.append(start)
            return start - now


# the client -------------------------------------------------------------------


log = logging.getLogger(__name__.rpartition(".")[0] or __name__)


def _setup_logging(config: ProviderConfig) -> None:
    level = os.environ.get(f"{config.package.upper()}_LOG", "").lower()
    if level not in ("debug", "info") or log.handlers:
        return
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("[%(asctime)s %(name)s %(levelname)s] %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.DEBUG if level == "debug" else logging.INFO)


class BaseClient:
    """State and request building shared by the sync and async clients."""

    def __init__(
        self,
        config: ProviderConfig,
        *,
        api_key: str | None,
        base_url: str | None,
        timeout: Timeout | NotGiven,
        max_retries: int,
        rate_limit: bool,
        default_headers: Headers | None,
        max_response_bytes: int,
        http_timeout: httpx.Timeout | None,
        default_query: Query | None = None,
    ) -> None:
        # An empty key counts as none, so an empty variable in the environment does not
        # turn into an `Authorization: Bearer ` header.
        api_key = api_key or os.environ.get(config.api_key_env) or None
        if api_key is None and not config.auth_optional:
            raise ValueError(
                f"No API key: pass api_key=... or set {config.api_key_env} in the environment."
            )
        if api_key is not None:
            _check_api_key(api_key)
        if max_retries < 0:
            raise ValueError("max_retries must be 0 or more")
        if max_response_bytes <= 0:
            raise ValueError("max_response_bytes must be positive")
        base_url = base_url or os.environ.get(config.base_url_env) or config.base_url
        url = httpx.URL(base_url.rstrip("/"))
        if url.scheme not in ("http", "https") or not url.host:
            raise ValueError(f"base_url must be an http(s) URL such as {config.base_url!r}")
        self._config = config
        self.__api_key = _Secret(api_key) if api_key is not None else None
        self.base_url = url
        # A caller's own httpx client keeps its timeout unless one is passed here.
        if isinstance(timeout, NotGiven):
            timeout = http_timeout if http_timeout is not None else DEFAULT_TIMEOUT
        self.timeout: Timeout = timeout
        self.max_retries = max_retries
        self.rate_limit = rate_limit
        self.max_response_bytes = max_response_bytes
        self._default_headers = dict(default_headers or {})
        self._default_query = dict(default_query or {})
        # Copies made by `with_options` share these: the budget belongs to the key, not the copy.
        self._limiters = {
            group: RateLimiter(requests, per)
            for group, (requests, per) in config.rate_limits.items()
        }
        self._owns_http = True
        _setup_logging(config)

    def _bind_resources(self) -> None:
        """Forget resource objects bound to another client (`with_options` copies use it)."""

    def with_options(
        self,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | None = None,
        rate_limit: bool | None = None,
        default_headers: Headers | None = None,
        default_query: Query | None = None,
        max_response_bytes: int | None = None,
    ) -> Self:
        """A copy of this client with other defaults, sharing its connections and rate limits."""
        if max_retries is not None and max_retries < 0:
            raise ValueError("max_retries must be 0 or more")
        if max_response_bytes is not None and max_response_bytes <= 0:
            raise ValueError("max_response_bytes must be positive")
        clone = copy.copy(self)
        clone._owns_http = False
        if not isinstance(timeout, NotGiven):
            clone.timeout = timeout
        if max_retries is not None:
            clone.max_retries = max_retries
        if rate_limit is not None:
            clone.rate_limit = rate_limit
        if max_response_bytes is not None:
            clone.max_response_bytes = max_response_bytes
        if default_headers is not None:
            clone._default_headers = {**self._default_headers, **default_headers}
        if default_query is not None:
            clone._default_query = {**self._default_query, **default_query}
        clone._bind_resources()
        return clone

    @property
    def api_key(self) -> str | None:
        return self.__api_key.value if self.__api_key is not None else None

    def __repr__(self) -> str:
        return f"<{type(self).__name__} base_url={str(self.base_url)!r}>"

    def _headers(
        self, method: str, options: RequestOptions, params: Mapping[str, object]
    ) -> dict[str, str]:
        """Every header of a call. Names match case-insensitively, so a caller's
        `user-agent` replaces ours and `{"authorization": None}` removes the key."""
        config = self._config
        merged: dict[str, tuple[str, str]] = {}

        def put(name: str, value: object) -> None:
            if value is None:
                merged.pop(name.lower(), None)
            else:
                merged[name.lower()] = (name, _scalar(value))

        put("Accept", "application/json")
        put("User-Agent", _user_agent(config))
        if config.idempotency_header and method != "GET":
            # Made once per call, so every retry of the call carries the same key.
            put(config.idempotency_header, options.idempotency_key or str(uuid.uuid4()))
        if self.__api_key is not None:
            if config.auth_scheme == "bearer":
                put("Authorization", f"Bearer {self.__api_key.value}")
            else:
                put(config.auth_header, self.__api_key.value)
        for source in (self._default_headers, params, options.extra_headers or {}):
            for name, value in source.items():
                put(name, value)
        for name, value in merged.values():
            _check_header(name, value)
        return dict(merged.values())

    def _build_request(self, call: Call[Any], opened: list[IO[bytes]]) -> httpx.Request:
        """The request a call sends; files it opens from paths go into `opened`."""
        endpoint, options = call.endpoint, call.options
        path = endpoint.url_path(call.path_params)
        # The client's default query, then the call's own parameters, then its extra_query.
        extra = options.extra_query or {}
        defaults = {k: v for k, v in self._default_query.items() if k not in extra}
        pairs: QueryPairs = [(name, value) for name, value in endpoint.fixed_query]
        pairs += encode_query({**defaults, **call.query}, endpoint.query_defaults)
        pairs += encode_query(extra, {})
        url = self.base_url.copy_with(
            raw_path=(self.base_url.raw_path.rstrip(b"/") + path.encode())
        )
        try:
            if call.files is not None:  # multipart/form-data
                return httpx.Request(
                    endpoint.method,
                    url.copy_merge_params(pairs) if pairs else url,
                    headers=self._headers(endpoint.method, options, call.headers),
                    data=encode_form({**(call.body or {}), **(options.extra_body or {})}),
                    files=encode_files(call.files, opened),
                    extensions={"timeout": httpx.Timeout(self._timeout(options)).as_dict()},
                )
            return httpx.Request(
                endpoint.method,
                url.copy_merge_params(pairs) if pairs else url,
                headers=self._headers(endpoint.method, options, call.headers),
                json=self._json_body(call, options),
                extensions={"timeout": httpx.Timeout(self._timeout(options)).as_dict()},
            )
        except (TypeError, ValueError) as exc:
            if isinstance(exc, APIRequestError):
                raise
            # A body value JSON cannot hold, or text UTF-8 cannot encode.
            raise APIRequestError(f"the request cannot be encoded: {type(exc).__name__}") from None

    @staticmethod
    def _json_body(call: Call[Any], options: RequestOptions) -> dict[str, object] | None:
        """The JSON body: the call's fields, then the caller's `extra_body` over them."""
        if call.body is None and options.extra_body is None:
            return None
        return {**encode_body(call.body or {}), **encode_body(options.extra_body or {})}

    def _timeout(self, options: RequestOptions) -> Timeout:
        return self.timeout if isinstance(options.timeout, NotGiven) else options.timeout

    def _deadline(self, request: httpx.Request) -> float | None:
        """When the current attempt must be done: connect, headers and body together."""
        limits = [v for v in request.extensions.get("timeout", {}).values() if v is not None]
        return time.monotonic() + max(limits) if limits else None

    def _retries(self, options: RequestOptions) -> int:
        return self.max_retries if options.max_retries is None else options.max_retries

    def _limiter(self, endpoint: Endpoint) -> RateLimiter | None:
        if not self.rate_limit or endpoint.rate_limit is None:
            return None
        return self._limiters.get(endpoint.rate_limit)

    def _slot(self, limiter: RateLimiter, endpoint: Endpoint) -> float:
        wait = limiter.reserve()
        if wait > 0:
            log.info("rate limit %s: waiting %.2fs", endpoint.rate_limit, wait)
        return wait

    def _redirect(
        self, request: httpx.Request, response: httpx.Response, hops: int
    ) -> httpx.Request | None:
        """The request a redirect asks for, or None when the response is final.

        Redirects are followed only when the caller's httpx client says so, and
        always here rather than by httpx: credentials never go to another origin,
        whatever the auth header is called.
        """
        if not (self._follow_redirects() and response.is_redirect):
            return None
        if hops >= self._max_redirects():
            raise APIConnectionError(f"Stopped after {hops} redirects.", request=request)
        url = request.url.join(response.headers["location"])
        if url.scheme not in ("http", "https"):
            raise APIConnectionError("A redirect pointed at a non-HTTP URL.", request=request)
        method = request.method
        if (response.status_code == 303 and method != "HEAD") or (
            response.status_code in (301, 302) and method == "POST"
        ):
            method = "GET"
        headers = httpx.Headers(request.headers)
        headers.pop("host", None)
        if method != request.method:
            for name in ("content-length", "content-type", "transfer-encoding"):
                headers.pop(name, None)
        if (url.scheme, url.host, url.port) != (
            request.url.scheme,
            request.url.host,
            request.url.port,
        ):
            for name in _secret_headers(self._config.auth_header):
                headers.pop(name, None)
        content = request.content if method == request.method else None
        return httpx.Request(
            method, url, headers=headers, content=content, extensions=request.extensions
        )

    def _follow_redirects(self) -> bool:
        raise NotImplementedError

    def _max_redirects(self) -> int:
        raise NotImplementedError

    def _collect(
        self,
        response: httpx.Response,
        chunk: bytes,
        body: list[bytes],
        size: int,
        deadline: float | None,
    ) -> int:
        """Add one decoded chunk of the body, within the size cap and the deadline."""
        size += len(chunk)
        if size > self.max_response_bytes:
            _drop_body(response)
            raise ResponseTooLargeError(
                f"The response body is larger than {self.max_response_bytes} bytes "
                "(the client's max_response_bytes).",
                request=response.request,
            )
        body.append(chunk)
        if deadline is not None and time.monotonic() > deadline:
            raise httpx.ReadTimeout(
                "The response did not arrive in time.", request=response.request
            )
        return size

    def _failure_delay(
        self,
        request: httpx.Request,
        attempt: int,
        retries: int,
        failure: httpx.Response | httpx.TransportError,
    ) -> float:
        """Seconds to wait before retrying a failed attempt, or raise the final error."""
        response = failure if isinstance(failure, httpx.Response) else None
        delay = self._retry_delay(attempt + 1, response) if attempt < retries else None
        if delay is not None:
            log.info("retrying %s %s in %.2fs", request.method, request.url.path, delay)
            return delay
        if isinstance(failure, httpx.Response):
            raise self._status_error(failure)
        if isinstance(failure, httpx.TimeoutException):
            raise APITimeoutError(request=request) from None
        raise APIConnectionError(
            f"Connection error: {type(failure).__name__}", request=request
        ) from None

    def _retry_delay(self, attempt: int, response: httpx.Response | None) -> float | None:
        """Seconds to wait before retry number `attempt` (1-based); None means do not retry."""
        if response is not None:
            if response.headers.get("x-should-retry") == "false":
                return None
            if response.headers.get("x-should-retry") != "true" and not _retryable(response):
                return None
            if self._non_retryable(response):
                return None
            after = _retry_after(response)
            if after is not None:
                return after if after <= MAX_RETRY_AFTER else None
        delay = min(INITIAL_RETRY_DELAY * 2.0 ** (attempt - 1), MAX_RETRY_DELAY)
        return delay * (1 - 0.25 * random.random())

    def _non_retryable(self, response: httpx.Response) -> bool:
        if not self._config.non_retryable_codes:
            return False
        paths = self._config.error_paths
        details = _unwrapped(_json_or_text(response), paths)
        # The listed values may come as the error's code or as its type.
        values = (_dig(details, paths["code"]), _dig(details, paths["type"]))
        return any(isinstance(v, str) and v in self._config.non_retryable_codes for v in values)

    def _status_error(self, response: httpx.Response) -> APIStatusError:
        body = _json_or_text(response)
        paths = self._config.error_paths
        details = _unwrapped(body, paths)
        message = _dig(details, paths["message"])
        if not isinstance(message, str) or not message:
            message = body if isinstance(body, str) and body else response.reason_phrase
        header = self._config.request_id_header
        return status_error_class(response.status_code)(
            message,
            response=response,
            body=body,
            request_id=response.headers.get(header) if header else None,
            code=_text(_dig(details, paths["code"])),
            type=_text(_dig(details, paths["type"])),
            param=_text(_dig(details, paths["param"])),
        )

    def parser(self, call: Call[T]) -> Finish[T]:
        """The response body parsed as the call's response type (nothing, for a bodiless one)."""
        return Finish(lambda response: self._parse(response, call.response_type), reads=True)

    def _parse(self, response: httpx.Response, response_type: ResponseType[T]) -> T:
        if response_type.empty:
            return cast(T, None)
        try:
            data = response.json()
        except (ValueError, RecursionError):
            raise APIResponseValidationError(
                f"The response to {response.request.method} {response.request.url.path} "
                f"is not valid JSON (status {response.status_code}).",
                response=response,
            ) from None
        try:
            return response_type.validate(data)
        except pydantic.ValidationError as exc:
            raise APIResponseValidationError(
                f"The response does not match {response_type.name}: {_describe(exc)}",
                response=response,
            ) from None
        except RecursionError:
            raise APIResponseValidationError(
                f"The response does not match {response_type.name}: nested too deeply",
                response=response,
            ) from None

    def _finish(self, request: httpx.Request, response: httpx.Response, started: float) -> None:
        """Record how long the attempt took (httpx leaves it unset for some transports)."""
        try:
            response.elapsed  # noqa: B018 - set by httpx when it closed the stream itself
        except RuntimeError:
            response.elapsed = datetime.timedelta(seconds=time.monotonic() - started)
        log.info(
            "%s %s -> %d in %.3fs",
            request.method,
            request.url.path,
            response.status_code,
            response.elapsed.total_seconds(),
        )


class _Secret:
    """Holds the API key so that no repr, `vars()` dump or debugger view shows it."""

    __slots__ = ("value",)

    def __init__(self, value: str) -> None:
        self.value = value

    def __repr__(self) -> str:
        return "<redacted>"


def _check_api_key(key: str) -> None:
    """Refuse a key no HTTP header can carry, without ever repeating it."""
    if key != key.strip():
        raise ValueError(
            "The API key starts or ends with whitespace (a newline read from a file?); strip it."
        )
    if not key.isascii() or not key.isprintable():
        raise ValueError(
            "The API key holds characters an HTTP header cannot carry "
            "(non-ASCII, a line break or another control character)."
        )


_TOKEN = frozenset("!#$%&'*+-.^_`|~0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")


def _check_header(name: str, value: str) -> None:
    if not name or not set(name) <= _TOKEN:
        raise APIRequestError(f"{name!r} is not an HTTP header name")
    if not all(c == "\t" or " " <= c <= "~" for c in value):
        # The value is not shown: it may be a credential.
        raise APIRequestError(
            f"header {name!r} holds characters HTTP cannot carry (non-ASCII or a line break)"
        )


def _drop_body(response: httpx.Response) -> None:
    """Give a response whose body was refused an empty one, so error reporting can read it."""
    response._content = b""


def _user_agent(config: ProviderConfig) -> str:
    return (
        f"{config.package}/{config.version} python/{platform.python_version()} "
        f"httpx/{httpx.__version__}"
    )


def _retryable(response: httpx.Response) -> bool:
    return response.status_code in RETRYABLE_STATUSES or response.status_code >= 500


def _retry_after(response: httpx.Response) -> float | None:
    """The server's requested wait, from `retry-after-ms` or `Retry-After` (seconds or a date).

    A value that is not a positive, finite number of seconds (or a date in the future)
    is ignored, and the usual backoff applies.
    """
    millis = _positive(response.headers.get("retry-after-ms"))
    if millis is not None:
        return millis / 1000
    value = response.headers.get("retry-after")
    if value is None:
        return None
    seconds = _positive(value)
    if seconds is not None:
        return seconds
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    return _positive(str(when.timestamp() - time.time()))


def _positive(text: str | None) -> float | None:
    try:
        value = float(text) if text is not None else None
    except ValueError:
        return None
    return value if value is not None and math.isfinite(value) and value > 0 else None


def _dig(body: object, path: Sequence[str]) -> object:
    """The value at `path` in a decoded JSON body, or None."""
    for key in path:
        if not isinstance(body, dict):
            return None
        body = body.get(key)
    return body


def _unwrapped(body: object, paths: Mapping[str, Sequence[str]]) -> object:
    """The error a gateway passed on as JSON text in its own error's message, else `body`.

    A proxy in front of the API may wrap an upstream error envelope, serialized, as the
    message of an envelope of its own; the details that matter are the inner ones.
    """
    for _ in range(3):  # a wrapper of a wrapper, at most a few levels deep
        message = _dig(body, paths["message"])
        if not isinstance(message, str) or not message.lstrip().startswith("{"):
            break
        try:
            inner = json.loads(message)
        except (ValueError, RecursionError):
            break
        if not isinstance(_dig(inner, paths["message"]), str):
            break
        body = inner
    return body


def _text(value: object) -> str | None:
    return None if value is None else str(value)


def _json_or_text(response: httpx.Response) -> Any:
    try:
        return response.json()
    except (ValueError, RecursionError):
        return response.text


def _describe(exc: pydantic.ValidationError) -> str:
    problems = []
    for error in exc.errors()[:5]:
        where = ".".join(str(part) for part in error["loc"]) or "body"
        problems.append(f"{where}: {error['msg']}")
    more = exc.error_count() - len(problems)
    return "; ".join(problems) + (f"; and {more} more" if more > 0 else "")


_SECRET_HEADERS = frozenset(
    {"authorization", "proxy-authorization", "x-api-key", "api-key", "cookie"}
)


def _secret_headers(auth_header: str) -> frozenset[str]:
    """Headers that carry credentials (lower-cased): never logged, never sent to another origin."""
    return _SECRET_HEADERS | {auth_header.lower()}


def _log_attempt(request: httpx.Request, attempt: int, auth_header: str) -> None:
    if not log.isEnabledFor(logging.DEBUG):
        return
    secret = _secret_headers(auth_header)
    headers = {k: "<redacted>" if k.lower() in secret else v for k, v in request.headers.items()}
    log.debug("%s %s (attempt %d) headers=%s", request.method, request.url, attempt + 1, headers)


class SyncAPIClient(BaseClient):
    """The blocking client: one `httpx.Client`, thread-safe."""

    def __init__(
        self, config: ProviderConfig, *, http_client: httpx.Client | None, **kwargs: Any
    ) -> None:
        http_timeout = http_client.timeout if http_client is not None else None
        super().__init__(config, http_timeout=http_timeout, **kwargs)
        self._owns_http = http_client is None
        self._http = http_client if http_client is not None else httpx.Client()
        self._bind_resources()

    def close(self) -> None:
        """Close the connection pool (unless the caller passed their own `http_client`)."""
        if self._owns_http:
            self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def _follow_redirects(self) -> bool:
        return self._http.follow_redirects

    def _max_redirects(self) -> int:
        return self._http.max_redirects

    def request(self, call: Call[Any], finish: Finish[T]) -> RawResponse[T]:
        """Send one endpoint call, with rate limiting and retries, and build its result."""
        response = self._send(call, stream=not finish.reads)
        return RawResponse(finish.build(response), response)

    def streaming(self, call: Call[Any], finish: Finish[T]) -> ResponseContext[T]:
        """The same call, sent on entering the `with` block, its body left unread until asked for."""
        return ResponseContext(
            lambda: StreamedResponse(self._send(call, stream=True), finish, self.max_response_bytes)
        )

    def streamer(self, spec: StreamSpec[E]) -> Finish[Stream[E]]:
        """The response body as a stream of events."""
        return Finish(
            lambda response: Stream(response, spec, max_event_bytes=self.max_response_bytes),
            reads=False,
        )

    def pager(self, call: Call[Any], spec: PageSpec) -> Finish[SyncCursorPage[Any]]:
        """The parsed response as a page that fetches the pages after it."""

        def build(response: httpx.Response) -> SyncCursorPage[Any]:
            raw = RawResponse(self._parse(response, call.response_type), response)
            return SyncCursorPage(self, call, spec, raw)

        return Finish(build, reads=True)

    def downloader(self) -> Finish[BinaryResponse]:
        """The raw bytes of the response, left unread for the caller to read."""
        return Finish(
            lambda response: BinaryResponse(response, self.max_response_bytes), reads=False
        )

    def _send(self, call: Call[Any], *, stream: bool) -> httpx.Response:
        """The 2xx response to a call, with rate limiting and retries; else its error."""
        opened: list[IO[bytes]] = []  # files opened from paths, closed when done
        try:
            request = self._build_request(call, opened)
            retries = self._retries(call.options)
            limiter = self._limiter(call.endpoint)
            attempt = 0
            while True:
                if limiter is not None and (wait := self._slot(limiter, call.endpoint)) > 0:
                    Clock.sleep(wait)
                _log_attempt(request, attempt, self._config.auth_header)
                try:
                    response = self._attempt(request, stream=stream)
                except httpx.TransportError as exc:
                    delay = self._failure_delay(request, attempt, retries, exc)
                except httpx.HTTPError as exc:  # not a transport failure: retrying cannot help
                    raise APIConnectionError(
                        f"HTTP error: {type(exc).__name__}", request=request
                    ) from None
                else:
                    if response.is_success:
                        return response
                    delay = self._failure_delay(request, attempt, retries, response)
                attempt += 1
                Clock.sleep(delay)
        finally:
            for handle in opened:
                handle.close()

    def _attempt(self, request: httpx.Request, *, stream: bool) -> httpx.Response:
        """One attempt: send, follow redirects, read the whole body within its limits.

        With `stream`, the body of a 2xx response is left unread, for the caller to read.
        """
        started = time.monotonic()
        deadline = self._deadline(request)
        hops = 0
        while True:
            response = self._http.send(request, stream=True, follow_redirects=False)
            unread = False
            try:
                following = self._redirect(request, response, hops)
                if following is None:
                    unread = stream and response.is_success
                    if not unread:
                        body: list[bytes] = []
                        size = 0
                        for chunk in response.iter_bytes():
                            size = self._collect(response, chunk, body, size, deadline)
                        response._content = b"".join(body)
            finally:
                if not unread:
                    response.close()
            if following is None:
                self._finish(request, response, started)
                return response
            request, hops = following, hops + 1


class AsyncAPIClient(BaseClient):
    """The asyncio client: one `httpx.AsyncClient`, task-safe."""

    def __init__(
        self, config: ProviderConfig, *, http_client: httpx.AsyncClient | None, **kwargs: Any
    ) -> None:
        http_timeout = http_client.timeout if http_client is not None else None
        super().__init__(config, http_timeout=http_timeout, **kwargs)
        self._owns_http = http_client is None
        self._http = http_client if http_client is not None else httpx.AsyncClient()
        self._bind_resources()

    async def close(self) -> None:
        """Close the connection pool (unless the caller passed their own `http_client`)."""
        if self._owns_http:
            await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()

    def _follow_redirects(self) -> bool:
        return self._http.follow_redirects

    def _max_redirects(self) -> int:
        return self._http.max_redirects

    async def request(self, call: Call[Any], finish: Finish[T]) -> RawResponse[T]:
        """Send one endpoint call, with rate limiting and retries, and build its result."""
        response = await self._send(call, stream=not finish.reads)
        return RawResponse(finish.build(response), response)

    def streaming(self, call: Call[Any], finish: Finish[T]) -> AsyncResponseContext[T]:
        """The same call, sent on entering the `async with` block, its body left unread until asked for."""

        async def send() -> AsyncStreamedResponse[T]:
            response = await self._send(call, stream=True)
            return AsyncStreamedResponse(response, finish, self.max_response_bytes)

        return AsyncResponseContext(send)

    def streamer(self, spec: StreamSpec[E]) -> Finish[AsyncStream[E]]:
        """The response body as a stream of events."""
        return Finish(
            lambda response: AsyncStream(response, spec, max_event_bytes=self.max_response_bytes),
            reads=False,
        )

    def pager(self, call: Call[Any], spec: PageSpec) -> Finish[AsyncCursorPage[Any]]:
        """The parsed response as a page that fetches the pages after it."""

        def build(response: httpx.Response) -> AsyncCursorPage[Any]:
            raw = RawResponse(self._parse(response, call.response_type), response)
            return AsyncCursorPage(self, call, spec, raw)

        return Finish(build, reads=True)

    def downloader(self) -> Finish[AsyncBinaryResponse]:
        """The raw bytes of the response, left unread for the caller to read."""
        return Finish(
            lambda response: AsyncBinaryResponse(response, self.max_response_bytes), reads=False
        )

    async def _send(self, call: Call[Any], *, stream: bool) -> httpx.Response:
        """The 2xx response to a call, with rate limiting and retries; else its error."""
        opened: list[IO[bytes]] = []  # files opened from paths, closed when done
        try:
            request = self._build_request(call, opened)
            retries = self._retries(call.options)
            limiter = self._limiter(call.endpoint)
            attempt = 0
            while True:
                if limiter is not None and (wait := self._slot(limiter, call.endpoint)) > 0:
                    await Clock.asleep(wait)
                _log_attempt(request, attempt, self._config.auth_header)
                try:
                    response = await self._attempt(request, stream=stream)
                except httpx.TransportError as exc:
                    delay = self._failure_delay(request, attempt, retries, exc)
                except httpx.HTTPError as exc:  # not a transport failure: retrying cannot help
                    raise APIConnectionError(
                        f"HTTP error: {type(exc).__name__}", request=request
                    ) from None
                else:
                    if response.is_success:
                        return response
                    delay = self._failure_delay(request, attempt, retries, response)
                attempt += 1
                await Clock.asleep(delay)
        finally:
            for handle in opened:
                handle.close()

    async def _attempt(self, request: httpx.Request, *, stream: bool) -> httpx.Response:
        """One attempt: send, follow redirects, read the whole body, all within the deadline.

        With `stream`, the body of a 2xx response is left unread, for the caller to read.
        """
        import asyncio  # only async clients get here; importing it up front slows every import

        deadline = self._deadline(request)
        try:
            async with asyncio.timeout_at(_loop_time(deadline)):
                return await self._send_and_read(request, stream)
        except TimeoutError:
            raise httpx.ReadTimeout(
                "The response did not arrive in time.", request=request
            ) from None

    async def _send_and_read(self, request: httpx.Request, stream: bool) -> httpx.Response:
        started = time.monotonic()
        hops = 0
        while True:
            response = await self._http.send(request, stream=True, follow_redirects=False)
            unread = False
            try:
                following = self._redirect(request, response, hops)
                if following is None:
                    unread = stream and response.is_success
                    if not unread:
                        body: list[bytes] = []
                        size = 0
                        async for chunk in response.aiter_bytes():
                            size = self._collect(response, chunk, body, size, None)
                        response._content = b"".join(body)
            finally:
                if not unread:
                    await response.aclose()
            if following is None:
                self._finish(request, response, started)
                return response
            request, hops = following, hops + 1


def _loop_time(deadline: float | None) -> float | None:
    """`deadline` (on `time.monotonic`) on the running event loop's clock."""
    if deadline is None:
        return None
    import asyncio

    return asyncio.get_running_loop().time() + (deadline - time.monotonic())


class _Binary:
    """What the sync and async binary responses share."""

    def __init__(self, response: httpx.Response, max_bytes: int) -> None:
        self.response = response
        self._max_bytes = max_bytes
        self._content: bytes | None = None

    @property
    def http_response(self) -> httpx.Response:
        return self.response

    @property
    def status_code(self) -> int:
        return self.response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.response.headers

    @property
    def content_type(self) -> str | None:
        """The `Content-Type` the server sent, if any."""
        value: str | None = self.response.headers.get("content-type")
        return value

    def _text(self, content: bytes) -> str:
        self.response._content = content  # the body is read: httpx's own readers may use it
        return self.response.text

    def _json(self, content: bytes) -> Any:
        self.response._content = content
        try:
            return self.response.json()
        except (ValueError, RecursionError):
            raise APIResponseValidationError(
                f"The response is not valid JSON (status {self.response.status_code}).",
                response=self.response,
            ) from None

    def _build(self, finish: Finish[T], content: bytes | None) -> T:
        if content is not None:
            self.response._content = content
        return finish.build(self.response)

    def _add(self, body: list[bytes], size: int, chunk: bytes) -> int:
        size += len(chunk)
        if size > self._max_bytes:
            raise ResponseTooLargeError(
                f"The response body is larger than {self._max_bytes} bytes (the client's "
                "max_response_bytes); read it with iter_bytes() or write_to_file() instead.",
                request=self.response.request,
            )
        body.append(chunk)
        return size

    def _broken(self, exc: httpx.HTTPError) -> APIConnectionError:
        if isinstance(exc, httpx.TimeoutException):
            return APITimeoutError(request=self.response.request)
        return APIConnectionError(
            f"The download broke: {type(exc).__name__}", request=self.response.request
        )


class BinaryResponse(_Binary):
    """A body of raw bytes, read when you ask: whole, in chunks, or into a file.

    It holds the connection until read or closed; use it as a context manager, or
    read it once. `iter_bytes()` and `write_to_file()` never hold the whole body in
    memory; `content` does, up to the client's `max_response_bytes`.
    """

    @property
    def content(self) -> bytes:
        """The whole body."""
        if self._content is None:
            body: list[bytes] = []
            size = 0
            for chunk in self.iter_bytes():
                size = self._add(body, size, chunk)
            self._content = b"".join(body)
        return self._content

    def iter_bytes(self, chunk_size: int | None = None) -> Iterator[bytes]:
        """The body in chunks, as they arrive."""
        if self._content is not None:
            yield self._content
            return
        try:
            yield from self.response.iter_bytes(chunk_size)
        except httpx.HTTPError as exc:
            raise self._broken(exc) from None
        finally:
            self.response.close()

    def write_to_file(self, file: str | os.PathLike[str]) -> None:
        """Write the body into `file` as it arrives, chunk by chunk."""
        with open(file, "wb") as out:
            for chunk in self.iter_bytes():
                out.write(chunk)

    def close(self) -> None:
        """Let go of the connection without reading the rest."""
        self.response.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


class AsyncBinaryResponse(_Binary):
    """A body of raw bytes, read when you ask (asyncio); see `BinaryResponse`.

    `write_to_file()` writes each chunk with a blocking write, as it arrives.
    """

    async def read(self) -> bytes:
        """The whole body."""
        if self._content is None:
            body: list[bytes] = []
            size = 0
            async for chunk in self.iter_bytes():
                size = self._add(body, size, chunk)
            self._content = b"".join(body)
        return self._content

    async def iter_bytes(self, chunk_size: int | None = None) -> AsyncIterator[bytes]:
        """The body in chunks, as they arrive."""
        if self._content is not None:
            yield self._content
            return
        try:
            async for chunk in self.response.aiter_bytes(chunk_size):
                yield chunk
        except httpx.HTTPError as exc:
            raise self._broken(exc) from None
        finally:
            await self.response.aclose()

    async def write_to_file(self, file: str | os.PathLike[str]) -> None:
        """Write the body into `file` as it arrives, chunk by chunk."""
        with open(file, "wb") as out:
            async for chunk in self.iter_bytes():
                out.write(chunk)

    async def close(self) -> None:
        """Let go of the connection without reading the rest."""
        await self.response.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()


def _lines(pending: str, text: str) -> tuple[list[str], str]:
    """The lines that `text` completes after `pending`, without their endings, and what is left.

    A line break is whatever `str.splitlines` takes for one; a trailing CR waits for the
    next text, which may start with its LF.
    """
    lines = (pending + text).splitlines(keepends=True)
    rest = ""
    if lines and (lines[-1].endswith("\r") or lines[-1].splitlines()[0] == lines[-1]):
        rest = lines.pop()
    return [line.splitlines()[0] for line in lines], rest


class StreamedResponse(BinaryResponse, Generic[T_co]):
    """A 2xx response whose body is read only when you ask, from `with_streaming_response`.

    Use it inside the `with` block that sent the call; leaving the block lets go of the
    connection. `parse()` gives what the plain method returns. `read()`, `text()` and
    `json()` give the whole body (up to the client's `max_response_bytes`);
    `iter_bytes()`, `iter_text()` and `iter_lines()` give it as it arrives.
    """

    def __init__(self, response: httpx.Response, finish: Finish[T_co], max_bytes: int) -> None:
        super().__init__(response, max_bytes)
        self._finish = finish
        self._parsed: list[T_co] = []  # the result, once built

    def parse(self) -> T_co:
        """What the plain method returns, built from this response (once)."""
        if not self._parsed:
            self._parsed.append(
                self._build(self._finish, self.read() if self._finish.reads else None)
            )
        return self._parsed[0]

    def read(self) -> bytes:
        """The whole body."""
        return self.content

    def text(self) -> str:
        """The whole body, decoded by its charset (UTF-8 when none is given)."""
        return self._text(self.read())

    def json(self) -> Any:
        """The whole body, parsed as JSON."""
        return self._json(self.read())

    def iter_text(self, chunk_size: int | None = None) -> Iterator[str]:
        """The body decoded, in pieces as they arrive."""
        decoder = codecs.getincrementaldecoder(self.response.encoding or "utf-8")(errors="replace")
        for chunk in self.iter_bytes(chunk_size):
            if text := decoder.decode(chunk):
                yield text
        if text := decoder.decode(b"", final=True):
            yield text

    def iter_lines(self) -> Iterator[str]:
        """The body's lines as they arrive, without their line endings."""
        pending = ""
        for text in self.iter_text():
            lines, pending = _lines(pending, text)
            yield from lines
        if pending:
            yield pending.splitlines()[0]


class AsyncStreamedResponse(AsyncBinaryResponse, Generic[T_co]):
    """A 2xx response whose body is read only when you ask (asyncio); see `StreamedResponse`."""

    def __init__(self, response: httpx.Response, finish: Finish[T_co], max_bytes: int) -> None:
        super().__init__(response, max_bytes)
        self._finish = finish
        self._parsed: list[T_co] = []

    async def parse(self) -> T_co:
        """What the plain method returns, built from this response (once)."""
        if not self._parsed:
            content = await self.read() if self._finish.reads else None
            self._parsed.append(self._build(self._finish, content))
        return self._parsed[0]

    async def text(self) -> str:
        """The whole body, decoded by its charset (UTF-8 when none is given)."""
        return self._text(await self.read())

    async def json(self) -> Any:
        """The whole body, parsed as JSON."""
        return self._json(await self.read())

    async def iter_text(self, chunk_size: int | None = None) -> AsyncIterator[str]:
        """The body decoded, in pieces as they arrive."""
        decoder = codecs.getincrementaldecoder(self.response.encoding or "utf-8")(errors="replace")
        async for chunk in self.iter_bytes(chunk_size):
            if text := decoder.decode(chunk):
                yield text
        if text := decoder.decode(b"", final=True):
            yield text

    async def iter_lines(self) -> AsyncIterator[str]:
        """The body's lines as they arrive, without their line endings."""
        pending = ""
        async for text in self.iter_text():
            lines, pending = _lines(pending, text)
            for line in lines:
                yield line
        if pending:
            yield pending.splitlines()[0]


class ResponseContext(Generic[T_co]):
    """Sends its call on entering a `with` block, giving a `StreamedResponse`; lets go of it on leaving."""

    def __init__(self, send: Callable[[], StreamedResponse[T_co]]) -> None:
        self._send = send
        self._response: StreamedResponse[T_co] | None = None

    def __enter__(self) -> StreamedResponse[T_co]:
        self._response = self._send()
        return self._response

    def __exit__(self, *exc_info: object) -> None:
        if self._response is not None:
            self._response.close()


class AsyncResponseContext(Generic[T_co]):
    """Sends its call on entering an `async with` block, giving an `AsyncStreamedResponse`."""

    def __init__(self, send: Callable[[], Awaitable[AsyncStreamedResponse[T_co]]]) -> None:
        self._send = send
        self._response: AsyncStreamedResponse[T_co] | None = None

    async def __aenter__(self) -> AsyncStreamedResponse[T_co]:
        self._response = await self._send()
        return self._response

    async def __aexit__(self, *exc_info: object) -> None:
        if self._response is not None:
            await self._response.close()


@dataclass(frozen=True)
class PageSpec:
    """How a list endpoint pages (attribute names of its response model)."""

    items: str
    cursor_param: str  # the query parameter's wire name
    next_cursor: str
    has_more: str | None = None


class _Page(Generic[I]):
    """What the sync and async pages share: the items, and the call for the next page."""

    def __init__(self, call: Call[Any], spec: PageSpec, raw: RawResponse[object]) -> None:
        self._call = call
        self._spec = spec
        self.page = raw.parsed
        """The response model of this page, as the API returned it."""
        self.response = raw.http_response

    @property
    def items(self) -> list[I]:
        """This page's items."""
        items: list[I] | None = getattr(self.page, self._spec.items)
        return list(items or [])

    def has_next_page(self) -> bool:
        """Whether the API says there are more items after this page."""
        return self._next_cursor() is not None

    def _next_cursor(self) -> object | None:
        if self._spec.has_more is not None and not getattr(self.page, self._spec.has_more):
            return None
        if not self.items:
            return None  # an empty page ends the list, whatever else it says
        cursor: object = getattr(self.page, self._spec.next_cursor)
        return None if cursor is None or cursor == "" else cursor

    def _next_call(self) -> Call[Any]:
        cursor = self._next_cursor()
        if cursor is None:
            raise RuntimeError("There is no next page; check has_next_page() first.")
        if _same(self._call.query.get(self._spec.cursor_param), cursor):
            raise APIResponseValidationError(
                f"The API sent the same {self._spec.next_cursor} twice ({cursor!r}); "
                "paging would never end.",
                response=self.response,
            )
        query = {**self._call.query, self._spec.cursor_param: cursor}
        return Call(
            self._call.endpoint,
            self._call.response_type,
            self._call.options,
            self._call.path_params,
            query,
            self._call.headers,
            self._call.body,
        )


class SyncCursorPage(_Page[I]):
    """One page of a list. Iterating over it yields every item of every page, fetching
    each next page only when the items before it are used up."""

    def __init__(
        self, client: SyncAPIClient, call: Call[Any], spec: PageSpec, raw: RawResponse[object]
    ) -> None:
        super().__init__(call, spec, raw)
        self._client = client

    def get_next_page(self) -> SyncCursorPage[I]:
        """The page after this one (check `has_next_page()` first)."""
        call = self._next_call()
        return self._client.request(call, self._client.pager(call, self._spec)).parsed

    def iter_pages(self) -> Iterator[SyncCursorPage[I]]:
        """This page and every page after it, fetched as you go."""
        page = self
        while True:
            yield page
            if not page.has_next_page():
                return
            page = page.get_next_page()

    def __iter__(self) -> Iterator[I]:
        for page in self.iter_pages():
            yield from page.items


class AsyncCursorPage(_Page[I]):
    """One page of a list (asyncio). `async for` yields every item of every page,
    fetching each next page only when the items before it are used up."""

    def __init__(
        self, client: AsyncAPIClient, call: Call[Any], spec: PageSpec, raw: RawResponse[object]
    ) -> None:
        super().__init__(call, spec, raw)
        self._client = client

    async def get_next_page(self) -> AsyncCursorPage[I]:
        """The page after this one (check `has_next_page()` first)."""
        call = self._next_call()
        return (await self._client.request(call, self._client.pager(call, self._spec))).parsed

    async def iter_pages(self) -> AsyncIterator[AsyncCursorPage[I]]:
        """This page and every page after it, fetched as you go."""
        page = self
        while True:
            yield page
            if not page.has_next_page():
                return
            page = await page.get_next_page()

    async def __aiter__(self) -> AsyncIterator[I]:
        async for page in self.iter_pages():
            for item in page.items:
                yield item


def options(
    extra_headers: Headers | None,
    extra_query: Query | None,
    timeout: Timeout | NotGiven,
    max_retries: int | None,
    *,
    extra_body: Body | None = None,
    idempotency_key: str | None = None,
) -> RequestOptions:
    """Bundle a resource method's per-call keyword arguments."""
    return RequestOptions(
        extra_headers, extra_query, timeout, max_retries, extra_body, idempotency_key
    )


def select(
    value: object, cases: Sequence[tuple[object, ResponseType[T]]], default: ResponseType[T]
) -> ResponseType[T]:
    """The response type a union-selecting parameter value picks."""
    for case, response_type in cases:
        if _same(value, case):
            return response_type
    return default
