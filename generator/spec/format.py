"""The spec format, as pydantic models.

This is the single definition of what a `spec/<provider>.yaml` may contain.
`generator schema` exports it as JSON Schema for editors; the loader validates
every spec file against it. Cross-references (type names, union variants) are
checked later, by the resolver, which knows every name in the file.
"""

from __future__ import annotations

import datetime
import re
from typing import Annotated, Any, Literal

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    ValidationInfo,
    WithJsonSchema,
    field_validator,
    model_validator,
)

SPEC_VERSION = 1

# RFC 9110 `token`: what an HTTP field name may be. No space, colon, quote or line break.
HEADER_NAME = r"^[!#$%&'*+.^_`|~0-9A-Za-z-]+$"
# An http(s) origin: a host name or [IPv6] literal and an optional port. No path, quote,
# whitespace or control character can pass, so the URL is safe wherever it is shown.
BASE_URL = (
    r"^https?://(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*"
    r"|\[[0-9A-Fa-f:.]+\])(?::[0-9]{1,5})?$"
)
# RFC 3986 path characters, plus `{name}` placeholders.
URL_PATH = r"^/[A-Za-z0-9\-._~!$&'()*+,;=:@%/{}]*$"
# An endpoint's path may end in a fixed query (`?beta=true`) that every call sends.
_QUERY_PAIR = r"[A-Za-z0-9\-._~%]+=[A-Za-z0-9\-._~%]*"
ENDPOINT_PATH = rf"^/[A-Za-z0-9\-._~!$'()*+,;=:@%/{{}}]*(\?{_QUERY_PAIR}(&{_QUERY_PAIR})*)?$"


def _blank_is_none(value: Any) -> Any:
    # Text of nothing but white space says nothing, and would render as an empty line.
    return None if isinstance(value, str) and not value.strip() else value


# Free text from the docs: descriptions, summaries, URLs.
Text = Annotated[str | None, BeforeValidator(_blank_is_none)]

_DURATION_PATTERN = r"^\s*(\d+)\s*(s|sec|m|min|h|hour)?\s*$"
_DURATION = re.compile(_DURATION_PATTERN)
_UNIT_SECONDS = {None: 1, "s": 1, "sec": 1, "m": 60, "min": 60, "h": 3600, "hour": 3600}


class Node(BaseModel):
    """Keys every documented node may carry."""

    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    description: Text = Field(None, description="What this node means, in the docs' words.")
    docs: Text = Field(None, description="URL of the provider's documentation page.")
    deprecated: bool = Field(False, description="Marks the node as deprecated in generated code.")
    sunset: datetime.date | None = Field(
        None,
        description="For a deprecated node: the date (YYYY-MM-DD) after which it may be "
        "removed. Removing it before that date is a breaking change; after it, a warning.",
    )

    @field_validator("sunset")
    @classmethod
    def _sunset_is_for_deprecated_nodes(
        cls, value: datetime.date | None, info: ValidationInfo
    ) -> datetime.date | None:
        if value is not None and not info.data.get("deprecated"):
            raise ValueError("`sunset` is for a deprecated node: add `deprecated: true`")
        return value


class Example(Node):
    example: Any = Field(None, description="One example value.")
    examples: list[Any] | None = Field(None, description="Several example values.")

    def all_examples(self) -> list[Any]:
        out = list(self.examples or [])
        if self.example is not None and self.example not in out:
            out.insert(0, self.example)
        return out


class Auth(BaseModel):
    """How the API key travels."""

    model_config = ConfigDict(extra="forbid")

    scheme: Literal["bearer", "header"] = Field(
        description="`bearer`: `Authorization: Bearer <key>`; `header`: the key in `header`."
    )
    header: str | None = Field(
        None, pattern=HEADER_NAME, description="The header that carries the key (scheme `header`)."
    )
    env: str = Field(description="Environment variable the client reads the key from.")
    optional: bool = Field(False, description="The API accepts requests without a key.")
    description: Text = None

    @model_validator(mode="after")
    def _header_matches_scheme(self) -> Auth:
        if self.scheme == "header" and not self.header:
            raise ValueError("scheme `header` needs `header: <name>`")
        if self.scheme == "bearer" and self.header:
            raise ValueError("scheme `bearer` always uses `Authorization`; remove `header`")
        return self

    @field_validator("env")
    @classmethod
    def _env_name(cls, value: str) -> str:
        if not re.fullmatch(r"[A-Z_][A-Z0-9_]*", value):
            raise ValueError("expected an environment variable name such as `PERCEPTRON_API_KEY`")
        return value


class RateLimit(BaseModel):
    """A documented request budget. Endpoints with the same `group` share one budget."""

    model_config = ConfigDict(extra="forbid")

    requests: int = Field(gt=0, description="Requests allowed per window.")
    per: Annotated[
        float,
        Field(gt=0),
        # The schema says what the loader takes: a number of seconds, or a duration.
        WithJsonSchema(
            {
                "anyOf": [
                    {"type": "number", "exclusiveMinimum": 0},
                    {"type": "string", "pattern": _DURATION_PATTERN},
                ]
            }
        ),
    ] = Field(description="The window: seconds, or `60s`, `1m`, `1h`.")
    group: str | None = Field(None, description="Budget name shared by several endpoints.")
    scope: Text = Field(None, description="Who the budget applies to, as documented.")

    @field_validator("per", mode="before")
    @classmethod
    def _duration(cls, value: Any) -> Any:
        if isinstance(value, str):
            match = _DURATION.match(value)
            if not match:
                raise ValueError(f"expected a duration such as `60s` or `1m`, got {value!r}")
            return int(match.group(1)) * _UNIT_SECONDS[match.group(2)]
        return value


class StreamSpec(BaseModel):
    """Server-Sent Events: how a request asks for them, and what each event holds."""

    model_config = ConfigDict(extra="forbid")

    param: str = Field(
        description="The boolean parameter or body field that turns streaming on (`stream`)."
    )
    event: str = Field(
        description="Type expression of each event's JSON payload: a model or a union. A union "
        "with `events` is told apart by the SSE `event:` name."
    )
    terminator: str | None = Field(
        None,
        description="A `data` value that ends the stream (`[DONE]`); without it, the "
        "stream was cut short.",
    )
    error_key: str | None = Field(
        None, description="A payload that holds this key is an error event (`error`)."
    )
    error_event: str | None = Field(
        None,
        description="An SSE event name that marks an error event (`error`); its payload holds "
        "the error's `message`, `code` and `type`.",
    )
    final_events: list[str] = Field(
        default_factory=list,
        description="SSE event names that end the stream complete (`response.completed`), "
        "for streams with no terminator or where it may not come.",
    )


class PaginationSpec(BaseModel):
    """How a list endpoint pages: which field holds the items and how to ask for more."""

    model_config = ConfigDict(extra="forbid")

    style: Literal["cursor"] = Field(
        description="`cursor`: each page names where the next one starts."
    )
    items: str = Field(description="The response field holding the page's items (a list).")
    cursor_param: str = Field(description="The query parameter that asks for the next page.")
    next_cursor: str = Field(
        description="The response field whose value the next request sends as `cursor_param`."
    )
    has_more: str | None = Field(
        None, description="A boolean response field: false on the last page."
    )


# A dotted path into a JSON body: `error.message`.
_BODY_PATH = r"^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$"


class StatusClass(BaseModel):
    """An exception class of its own for one documented status."""

    model_config = ConfigDict(extra="forbid")

    name: str = Field(
        pattern=r"^[A-Z][A-Za-z0-9]*Error$",
        description="The class name, ending in `Error` (`PaymentRequiredError`).",
    )
    description: Text = Field(None, description="What the status means, in the docs' words.")


class ErrorsSpec(BaseModel):
    """How the API reports errors."""

    model_config = ConfigDict(extra="forbid")

    model: str = Field(description="The model of an error response body.")
    request_id_header: str | None = Field(
        None, pattern=HEADER_NAME, description="Response header with the request id."
    )
    non_retryable_codes: list[str] = Field(
        default_factory=list,
        description="Error `code`s (or `type`s) that are never retried, even on a retryable "
        "status.",
    )
    statuses: dict[int, StatusClass] = Field(
        default_factory=dict,
        description="Statuses that get an exception class of their own, a subclass of the one "
        "they would get otherwise (`InternalServerError` for a 5xx).",
    )
    message: str = Field(
        "error.message", pattern=_BODY_PATH, description="Where the body holds the message."
    )
    code: str = Field("error.code", pattern=_BODY_PATH, description="Where it holds the code.")
    type: str = Field("error.type", pattern=_BODY_PATH, description="Where it holds the type.")
    param: str = Field(
        "error.param", pattern=_BODY_PATH, description="Where it holds the parameter at fault."
    )
    description: Text = None


class Provider(Node):
    id: str = Field(
        pattern=r"^[a-z][a-z0-9_]*$",
        description="Python package name of the generated client.",
    )
    name: str = Field(
        pattern=r"^[A-Z][A-Za-z0-9]*$",
        description="Client class name: `Name` and `AsyncName`.",
    )
    base_url: str = Field(
        pattern=BASE_URL,
        description="Origin of the API, without a path (endpoint paths carry `/v1`).",
    )
    version: str | None = Field(
        None,
        pattern=r"^[A-Za-z0-9][A-Za-z0-9._+-]{0,63}$",
        description="The API's version (`2024-10-01`, `v1`): the generated package's "
        "`__version__`, and named in each generated file's header.",
    )
    auth: Auth
    errors: ErrorsSpec | None = None
    idempotency_header: str | None = Field(
        None,
        pattern=HEADER_NAME,
        description="A request header the client fills with one fresh key per call, "
        "the same on every retry of that call.",
    )


class Constraints(Example):
    ge: float | None = Field(None, description="Minimum, inclusive.")
    gt: float | None = Field(None, description="Minimum, exclusive.")
    le: float | None = Field(None, description="Maximum, inclusive.")
    lt: float | None = Field(None, description="Maximum, exclusive.")
    min_length: int | None = Field(None, ge=0, description="Minimum length of a string or list.")
    max_length: int | None = Field(None, ge=0, description="Maximum length of a string or list.")
    pattern: str | None = Field(None, description="Regular expression a string must match.")

    @field_validator("pattern")
    @classmethod
    def _compiles(cls, value: str | None) -> str | None:
        if value is not None:
            try:
                re.compile(value)
            except re.error as exc:
                raise ValueError(f"not a valid regular expression: {exc}") from None
        return value

    def constraints(self) -> dict[str, Any]:
        names = ("ge", "gt", "le", "lt", "min_length", "max_length", "pattern")
        return {n: getattr(self, n) for n in names if getattr(self, n) is not None}


class FieldSpec(Constraints):
    type: str = Field(description="A type expression: `string`, `list<Pricing>`, `optional<X>`...")
    default: Any = Field(None, description="The value when the key is absent.")
    null_as_default: bool = Field(
        False,
        description="A null value reads as the default, as if the key were absent: the "
        "attribute is never None (a stream chunk's `delta`).",
    )


class EnumSpec(Example):
    values: list[str] | list[int] = Field(
        min_length=1, description="The values, in the docs' order: all strings or all integers."
    )
    open: bool = Field(
        False,
        description="Unknown values are kept rather than rejected (right for response enums).",
    )

    @field_validator("values", mode="before")
    @classmethod
    def _strings_or_integers(cls, value: Any) -> Any:
        # YAML reads `true`, `1.5` or `null` as neither; an enum is of strings or of integers.
        if isinstance(value, list) and value:
            kind = str if isinstance(value[0], str) else int
            for item in value:
                if isinstance(item, bool) or not isinstance(item, kind):
                    word = "strings" if kind is str else "integers"
                    raise ValueError(
                        f"enum values must be all strings or all integers; {item!r} is not "
                        f"one of the {word} (quote it to make it a string)"
                    )
            if len(set(value)) != len(value):
                dupes = sorted({str(v) for v in value if value.count(v) > 1})
                raise ValueError(f"duplicate enum value(s): {', '.join(dupes)}")
        return value


class ModelSpec(Example):
    extends: str | None = Field(None, description="A model whose fields this one inherits.")
    fields: dict[str, FieldSpec] = Field(default_factory=dict)


class SelectedBy(BaseModel):
    """The request parameter that picks the variant, and which value picks which."""

    model_config = ConfigDict(extra="forbid")

    param: str
    cases: dict[str, str] = Field(min_length=1)

    @field_validator("cases", mode="before")
    @classmethod
    def _keys_as_wire_strings(cls, value: Any) -> Any:
        # YAML reads `true:` as a bool key; a query string carries "true".
        if isinstance(value, dict):
            cases: dict[str, Any] = {}
            written: dict[str, Any] = {}
            for key, variant in value.items():
                wire = _wire_key(key)
                if wire in cases:
                    raise ValueError(
                        f"cases {written[wire]!r} and {key!r} are both {wire!r} on the wire"
                    )
                cases[wire], written[wire] = variant, key
            return cases
        return value


def _wire_key(key: Any) -> str:
    if isinstance(key, bool):
        return "true" if key else "false"
    return str(key)


class UnionSpec(Node):
    variants: list[str] = Field(min_length=2, description="The models this union may hold.")
    discriminator: str | None = Field(
        None, description="A field whose `literal<...>` value tells the variants apart."
    )
    selected_by: SelectedBy | None = None
    fallback: str | None = Field(
        None,
        description="A model an unknown discriminator value (or SSE event name) parses as, "
        "instead of failing.",
    )
    events: dict[str, str] | None = Field(
        None,
        description="SSE event name -> variant, for a stream whose events are told apart by "
        "name rather than by a field.",
        min_length=1,
    )


ParamLocation = Literal["path", "query", "header"]


class ParamSpec(Constraints):
    location: ParamLocation = Field(alias="in")
    type: str
    default: Any = None
    allow_slash: bool = Field(False, description="Path parameter: keep `/` unencoded.")


class EndpointSpec(Node):
    method: Literal["GET", "POST", "PUT", "PATCH", "DELETE"]
    path: str = Field(
        pattern=ENDPOINT_PATH,
        description="The URL path, with `{name}` placeholders; a fixed query after `?` "
        "(`/v1/responses?beta=true`) is sent on every call.",
    )
    summary: Text = None
    rate_limit: RateLimit | None = None
    params: dict[str, ParamSpec] = Field(default_factory=dict)
    body: str | None = Field(
        None,
        description="A model sent as the JSON request body; its fields become keyword arguments.",
    )
    response: str = Field(
        description="Type expression of a successful response body; `binary` for raw bytes "
        "(a download), `none` for no body (204)."
    )
    response_description: Text = None
    stream: StreamSpec | None = Field(
        None, description="The endpoint can answer with a stream of Server-Sent Events."
    )
    pagination: PaginationSpec | None = Field(
        None, description="The endpoint returns one page of a list; the client fetches the rest."
    )


# The sections that define named types, in the order they are resolved.
SECTIONS = ("enums", "models", "unions")
# The sections whose entries are resolved one by one: the named types, then the endpoints.
ENTRY_SECTIONS = (*SECTIONS, "endpoints")


class Spec(BaseModel):
    """A provider's API, as one YAML file."""

    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    spec_version: Literal[1]
    provider: Provider
    enums: dict[str, EnumSpec] = Field(default_factory=dict)
    models: dict[str, ModelSpec] = Field(default_factory=dict)
    unions: dict[str, UnionSpec] = Field(default_factory=dict)
    endpoints: dict[str, EndpointSpec] = Field(
        min_length=1,
        description="Keyed `resource.method`, or `resource.sub.method` for a nested resource "
        "(`chat.completions.create` is `client.chat.completions.create()`).",
    )


def json_schema() -> dict[str, Any]:
    """JSON Schema of the spec format, for editors (`spec/schema.json`)."""
    schema = Spec.model_json_schema(by_alias=True)
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "Provider API spec"
    return schema
