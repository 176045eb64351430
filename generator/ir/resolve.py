"""Stage 2: resolve a `Spec` into the intermediate representation.

Everything the templates need is decided here: Python names (through
`naming`), type annotations, which fields are required, how unions are told
apart, and which `typing.overload`s an endpoint gets. Every cross-reference is
checked, and each problem is reported at its place in the spec file.
Templates only walk this structure.
"""

from __future__ import annotations

import contextlib
import dataclasses
import functools
import keyword
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any, TypeVar

from ..errors import Problem, SpecError, did_you_mean
from ..spec.format import (
    ENTRY_SECTIONS,
    HEADER_NAME,
    SECTIONS,
    EndpointSpec,
    FieldSpec,
    ParamSpec,
    Spec,
    UnionSpec,
)
from ..spec.load import LoadedSpec, PathKey, Positions
from ..spec.typeexpr import (
    ANY,
    PRIMITIVES,
    RESERVED_TYPE_NAMES,
    RESPONSE_KINDS,
    WRAPPERS,
    TypeExpr,
    TypeSyntaxError,
    parse,
)
from . import naming
from .naming import Code

_PY_PRIMITIVES = {
    "string": "str",
    "integer": "int",
    "int64": "int",
    "number": "float",
    "boolean": "bool",
    "any": "Any",
    # A file is sent, never received: its model (a multipart body) holds its bytes.
    "file": "bytes",
}
FILE = TypeExpr("primitive", name="file")


def _holds_file(expr: TypeExpr) -> bool:
    return any(n.kind == "primitive" and n.name == "file" for n in expr.walk())


@dataclass(frozen=True)
class EnumMember:
    name: str
    value: str | int


@dataclass(frozen=True)
class Enum:
    spec_name: str
    name: str
    description: str | None
    open: bool
    members: tuple[EnumMember, ...]
    examples: tuple[Any, ...]
    deprecated: bool
    docs: str | None
    sunset: str | None = None  # for a deprecated node: the date it may be removed after

    @property
    def values(self) -> tuple[str | int, ...]:
        return tuple(m.value for m in self.members)

    @property
    def integer(self) -> bool:
        """An enum of integers (an `IntEnum`), not of strings."""
        return isinstance(self.members[0].value, int)


@dataclass(frozen=True)
class Field:
    wire_name: str
    name: str
    type: TypeExpr  # without the outer optional<>
    annotation: str
    required: bool  # the key must be present
    has_default: bool
    default: Any
    default_literal: Code  # the Python value when the key is absent (`None` if no default)
    description: str | None
    examples: tuple[Any, ...]
    constraints: dict[str, Any]
    deprecated: bool
    docs: str | None
    sunset: str | None = None  # for a deprecated node: the date it may be removed after
    # What a request takes for it, in a `<Model>Param` TypedDict (None: a file field).
    param_annotation: Code | None = None
    null_as_default: bool = False  # a null value reads as the default
    validate_default: bool = False  # the default is data that pydantic must turn into models


@dataclass(frozen=True)
class Model:
    spec_name: str
    name: str
    description: str | None
    base: str | None  # Python name of the parent model
    fields: tuple[Field, ...]  # declared on this model
    all_fields: tuple[Field, ...]  # including inherited ones, parents first
    examples: tuple[Any, ...]
    deprecated: bool
    docs: str | None
    sunset: str | None = None  # for a deprecated node: the date it may be removed after

    def field(self, wire_name: str) -> Field | None:
        return next((f for f in self.all_fields if f.wire_name == wire_name), None)

    @property
    def keys_are_names(self) -> bool:
        """Every wire name can be a key of a class-syntax TypedDict (an identifier)."""
        return all(
            f.wire_name.isidentifier()
            and f.wire_name.isascii()
            and not keyword.iskeyword(f.wire_name)
            and not f.wire_name.startswith("__")
            for f in self.all_fields
        )


@dataclass(frozen=True)
class Union:
    spec_name: str
    name: str
    description: str | None
    type: TypeExpr  # what a value may be: the variants (models, or any types without a tag)
    alias: Code | None  # its annotation, for a union without a tag
    param_alias: Code  # what a request takes for it: `<Union>Param`
    docs: str | None
    # How the variants are told apart; a union without tag, selector or events has none.
    variants: tuple[str, ...] = ()  # Python model names, of a union with a tag or a selector
    discriminator: str | None = None  # wire name of the tag field
    tags: tuple[tuple[Any, str], ...] = ()  # (tag value, variant)
    fallback: str | None = None
    selector_param: str | None = None  # wire name of the selecting request parameter
    cases: tuple[tuple[str, str], ...] = ()  # (wire value, variant)
    tag_attribute: str | None = None  # Python name of the tag field
    missing_tag: Any = None  # the tag assumed when the field is absent (its documented default)
    events: tuple[tuple[str, str], ...] = ()  # (SSE event name, variant), for a stream

    @property
    def members(self) -> tuple[str, ...]:
        """The variants, then the fallback if it is not one of them."""
        if self.fallback and self.fallback not in self.variants:
            return (*self.variants, self.fallback)
        return self.variants


@dataclass(frozen=True)
class Param:
    wire_name: str
    name: str
    location: str  # path | query | header | body
    type: TypeExpr
    annotation: str
    required: bool
    has_default: bool
    default: Any
    default_literal: str  # the default as Python source
    description: str | None
    examples: tuple[Any, ...]
    allow_slash: bool
    constraints: dict[str, Any]
    deprecated: bool
    values: tuple[Any, ...] | None  # Python values when the type is an enum/bool/literal
    docs: str | None = None
    file: bool = False  # a body field holding a file (or a list of files): sent as multipart
    sunset: str | None = None  # for a deprecated node: the date it may be removed after

    @property
    def signature_default(self) -> str:
        """The default in the method's signature: a list or mapping default is None there."""
        mutable = self.location != "body" and isinstance(self.default, list | dict)
        return "None" if mutable else self.default_literal


@dataclass(frozen=True)
class Overload:
    """One `typing.overload` of an endpoint: `param` typed `annotation` returns `returns`."""

    annotation: str
    default_literal: str | None
    returns: str
    values: tuple[Any, ...] = ()  # the parameter values this overload covers
    async_returns: str | None = None  # what the async client returns, where it differs


@dataclass(frozen=True)
class PagePlan:
    """How a list endpoint's pages are read and the next one asked for."""

    items: str  # the Python name of the response field holding the items
    item: Code  # the annotation of one item
    cursor_param: str  # the wire name of the query parameter that asks for a page
    next_cursor: str  # the Python name of the response field holding the next cursor
    has_more: str | None  # the Python name of the boolean response field, if any
    item_classes: tuple[str, ...]  # the classes the item annotation names


@dataclass(frozen=True)
class StreamPlan:
    """How a streaming endpoint asks for events, and how each is parsed."""

    param: str  # the Python name of the parameter that turns streaming on
    event: Code  # the annotation of one event
    event_value: Code  # the same type as a run-time expression over the lazy `_models`
    terminator: str | None
    error_event: str | None
    final_events: tuple[str, ...]
    error_key: str | None
    by_event: tuple[tuple[str, str], ...]  # (SSE event name, model class), when told by name
    fallback: str | None  # the model an unknown event name parses as
    classes: tuple[str, ...]  # the classes the event annotation names


@dataclass(frozen=True)
class RateLimit:
    group: str
    requests: int
    per: float
    scope: str | None

    @property
    def description(self) -> str:
        window = f"{self.per:g} s"
        if self.per == 60:
            window = "minute"
        elif self.per == 3600:
            window = "hour"
        elif self.per == 1:
            window = "second"
        text = f"{self.requests} requests per {window}"
        return f"{text} ({self.scope})" if self.scope else text


@dataclass(frozen=True)
class Endpoint:
    key: str
    resource: str  # its resource's module name: `chat_completions`
    resource_path: str  # its resource as reached from the client: `chat.completions`
    name: str
    http_method: str
    path: str
    # (method, path with `{}` for each parameter, query included): no two endpoints share one
    route: tuple[str, str]
    params: tuple[Param, ...]
    response: str  # annotation
    response_value: str  # the same type as a run-time expression, over the lazy `_models`
    response_description: str | None
    returns: str  # what the method returns: the response, or it or a `Stream` of events
    async_returns: str  # the same for the async client (`AsyncStream`)
    body_kind: str  # "json" (parsed into `response`), "binary" (raw bytes) or "none"
    takes_body: bool  # the method sends a body, so a call may add `extra_body`
    idempotent: bool  # the call sends an idempotency key, which a caller may choose
    stream: StreamPlan | None
    page: PagePlan | None
    union: Union | None  # when the response is a union
    selector: Param | None  # the param that picks the union variant
    overloads: tuple[Overload, ...]
    cases: tuple[tuple[str, str], ...]  # (Python literal of the value, variant) parsed by value
    uses: tuple[str, ...]  # model and union classes the client code names
    rate_limit: RateLimit | None
    summary: str | None
    description: str | None
    docs: str | None
    deprecated: bool
    fixed_query: tuple[tuple[str, str], ...] = ()  # sent on every call (`?beta=true`)
    sunset: str | None = None  # for a deprecated node: the date it may be removed after

    @property
    def path_params(self) -> tuple[Param, ...]:
        return tuple(p for p in self.params if p.location == "path")

    @property
    def query_params(self) -> tuple[Param, ...]:
        return tuple(p for p in self.params if p.location == "query")

    @property
    def header_params(self) -> tuple[Param, ...]:
        return tuple(p for p in self.params if p.location == "header")

    @property
    def body_params(self) -> tuple[Param, ...]:
        return tuple(p for p in self.params if p.location == "body" and not p.file)

    @property
    def file_params(self) -> tuple[Param, ...]:
        return tuple(p for p in self.params if p.file)

    @property
    def multipart(self) -> bool:
        """The body holds a file, so it is sent as `multipart/form-data`."""
        return bool(self.file_params)

    @property
    def positional(self) -> tuple[Param, ...]:
        return self.path_params

    @property
    def keyword(self) -> tuple[Param, ...]:
        return tuple(p for p in self.params if p.location != "path")

    @property
    def constant_name(self) -> str:
        return f"_{self.resource.upper()}_{self.name.upper()}"


@dataclass(frozen=True)
class ResourceRef:
    """A resource as its parent names it."""

    name: str  # the attribute on the parent
    class_name: str
    module: str


@dataclass(frozen=True)
class Resource:
    name: str  # the attribute on its parent (the client, or another resource)
    path: tuple[str, ...]  # the attributes from the client down to it
    class_name: str
    endpoints: tuple[Endpoint, ...]
    children: tuple[ResourceRef, ...] = ()
    builtins: bool = False  # a method shadows a builtin, so annotations name `builtins.x`

    @property
    def module(self) -> str:
        """Its module in `_resources/`, imported when it is first used."""
        return "_".join(self.path)

    @property
    def dotted(self) -> str:
        """How a caller reaches it: `chat.completions`."""
        return ".".join(self.path)

    @property
    def uses(self) -> tuple[str, ...]:
        return tuple(sorted({name for ep in self.endpoints for name in ep.uses}))


@dataclass(frozen=True)
class Auth:
    scheme: str
    header: str
    env: str
    optional: bool
    description: str | None


@dataclass(frozen=True)
class Errors:
    model: str | None
    request_id_header: str | None
    non_retryable_codes: tuple[str, ...]
    # Where an error body holds each detail: "message", "code", "type", "param" -> path.
    paths: tuple[tuple[str, tuple[str, ...]], ...] = tuple(
        (name, ("error", name)) for name in ("message", "code", "type", "param")
    )
    statuses: tuple[StatusClass, ...] = ()  # classes of their own, by status


@dataclass(frozen=True)
class StatusClass:
    status: int
    name: str
    base: str  # the class the status would get otherwise
    description: str | None


# The exception classes every client has, by the status they stand for.
STATUS_CLASSES = {
    400: "BadRequestError",
    401: "AuthenticationError",
    403: "PermissionDeniedError",
    404: "NotFoundError",
    409: "ConflictError",
    422: "UnprocessableEntityError",
    429: "RateLimitError",
}
ERROR_CLASSES = frozenset(
    {
        *STATUS_CLASSES.values(),
        "APIError",
        "APIStatusError",
        "APIConnectionError",
        "APITimeoutError",
        "APIRequestError",
        "APIResponseValidationError",
        "APIStreamError",
        "InternalServerError",
        "ResponseTooLargeError",
        "StreamIncompleteError",
    }
)


@dataclass(frozen=True)
class Provider:
    id: str
    package: str
    base_url_env: str  # the environment variable that overrides `base_url`
    version: str | None  # the API's version, as the spec states it
    name: str
    async_name: str
    base_url: str
    auth: Auth
    errors: Errors
    idempotency_header: str | None
    description: str | None
    docs: str | None


@dataclass(frozen=True)
class API:
    """Everything generated for one provider."""

    provider: Provider
    enums: tuple[Enum, ...]
    models: tuple[Model, ...]
    unions: tuple[Union, ...]
    resources: tuple[Resource, ...]
    rate_limits: tuple[RateLimit, ...]
    spec_path: str
    spec_sha256: str
    # The models and unions a request may hold (spec names): each gets a `<Name>Param` form.
    request_names: frozenset[str] = frozenset()
    # Per definition (by name) and endpoint (by key), a name for its IR: equal digests
    # mean equal IR (see memo.py). An endpoint's is for its IR as resolved, before its
    # resource qualifies shadowed builtins and the provider decides `idempotent`.
    digests: dict[str, str] = field(default_factory=dict, compare=False, repr=False)

    @property
    def endpoints(self) -> Iterator[Endpoint]:
        for resource in self.resources:
            yield from resource.endpoints

    @property
    def has_streams(self) -> bool:
        return any(ep.stream is not None for ep in self.endpoints)

    @property
    def has_uploads(self) -> bool:
        return any(ep.multipart for ep in self.endpoints)

    @property
    def has_pages(self) -> bool:
        return any(ep.page is not None for ep in self.endpoints)

    @property
    def has_binary(self) -> bool:
        return any(ep.body_kind == "binary" for ep in self.endpoints)

    @property
    def top_resources(self) -> tuple[Resource, ...]:
        """The resources that are attributes of the client itself."""
        return tuple(r for r in self.resources if len(r.path) == 1)

    @property
    def client_imports(self) -> tuple[str, ...]:
        return tuple(sorted({name for ep in self.endpoints for name in ep.uses}))

    @functools.cached_property  # the package's `__init__` lists them three times
    def exported_names(self) -> tuple[str, ...]:
        return tuple(
            [e.name for e in self.enums]
            + [m.name for m in self.models]
            + [u.name for u in self.unions]
            + [f"{m.name}Param" for m in self.models if self.sent(m)]
            + [f"{u.name}Param" for u in self.unions if self.sent(u)]
        )

    def sent(self, definition: Enum | Model | Union) -> bool:
        """Whether a request may hold it (so it has a `<Name>Param` form)."""
        return not isinstance(definition, Enum) and definition.spec_name in self.request_names


Definition = Enum | Model | Union
T = TypeVar("T", Enum, Model, Union, Endpoint)
# What resolving a definition or an endpoint read of the definitions: name -> (its kind,
# or None for no such name; whether its content was read, beyond its kind).
Reads = dict[str, tuple[str | None, bool]]


@dataclass(frozen=True)
class Resolved:
    """A definition's or an endpoint's IR with what it read of the definitions (for
    `ir/memo.py`). An endpoint's IR is as its resource holds it before its class
    qualifies the builtins its methods shadow, and reads nothing of the provider."""

    ir: Definition | Endpoint
    reads: Reads


def resolve(loaded: LoadedSpec) -> API:
    """Resolve one loaded spec, or raise `SpecError` listing every problem found."""
    return resolve_reusing(loaded)[0]


def resolve_reusing(
    loaded: LoadedSpec,
    reused: dict[str, Resolved] | None = None,
    order: dict[str, list[str]] | None = None,
) -> tuple[API, dict[str, Resolved]]:
    """Resolve a spec whose definitions and endpoints in `reused` (by name or key) were
    resolved by an earlier run.

    Those are absent from `loaded.spec`; `order` names every entry of each of the
    `ENTRY_SECTIONS` in document order. Returns the API and every definition and endpoint
    resolved here, with what each read.
    """
    resolver = _Resolver(loaded, reused or {}, order)
    api = resolver.run()
    fresh = {
        name: Resolved(ir, resolver.reads[name])
        for name, ir in [*resolver.definitions(), *resolver.fresh_endpoints.items()]
        if name not in resolver.reused
    }
    return api, fresh


class _Resolver:
    def __init__(
        self,
        loaded: LoadedSpec,
        reused: dict[str, Resolved] | None = None,
        order: dict[str, list[str]] | None = None,
    ) -> None:
        self.loaded = loaded
        self.spec: Spec = loaded.spec
        self.pos: Positions = loaded.positions
        self.reused = reused or {}
        self.uploads: set[str] = set()  # filled once every model is resolved
        self.order = order or {s: list(getattr(self.spec, s)) for s in ENTRY_SECTIONS}
        self.fresh_endpoints: dict[str, Endpoint] = {}  # resolved here, by key
        self.reads: dict[str, Reads] = {name: r.reads for name, r in self.reused.items()}
        self._reading: list[Reads] = []  # one per definition being resolved, innermost last
        self.problems: list[Problem] = []
        self.kinds: dict[str, str] = {}
        self.class_names: dict[str, str] = {}
        self.enums: dict[str, Enum] = {}
        self.models: dict[str, Model] = {}
        self.unions: dict[str, Union] = {}
        self.cycles: set[frozenset[str]] = set()

    def fail(
        self, path: PathKey, message: str, hint: str | None = None, *, key: bool = False
    ) -> None:
        self.problems.append(self.pos.problem(path, message, hint=hint, key=key))

    def run(self) -> API:
        self._collect_names()
        self._check_raise()
        for name in self.order["enums"]:
            enum = self._reuse(name, Enum)
            if enum is None:
                with self._recording(name):
                    enum = self._enum(name, self.spec.enums[name])
            self.enums[name] = enum
        for name in self.order["models"]:
            self._model(name, ())
        for name in self.order["unions"]:
            union = self._reuse(name, Union)
            if union is None:
                with self._recording(name):
                    union = self._union(name, self.spec.unions[name])
            if union:
                self.unions[name] = union
        self._check_union_cycles()
        self._check_uploads()
        provider = self._provider()
        resources, limits = self._resources()
        self._check_client_names(provider, resources)
        request_names = self._request_names(resources)
        self._check_param_names(request_names)
        self._check_raise()
        return API(
            provider=provider,
            enums=tuple(self.enums.values()),
            models=tuple(self.models[n] for n in self.order["models"] if n in self.models),
            unions=tuple(self.unions.values()),
            resources=resources,
            rate_limits=limits,
            request_names=frozenset(request_names),
            spec_path=self.loaded.display_path,
            spec_sha256=self.loaded.sha256,
        )

    def _request_names(self, resources: tuple[Resource, ...]) -> set[str]:
        """The models and unions a request may hold, through fields and variants."""
        stack = [
            n.name
            for resource in resources
            for ep in resource.endpoints
            for p in ep.params
            for n in p.type.walk()
            if n.kind == "named"
        ]
        found: set[str] = set()
        spec_names = {py: spec for spec, py in self.class_names.items()}
        while stack:
            name = stack.pop()
            if name in found or self.kinds.get(name) not in ("models", "unions"):
                continue
            found.add(name)
            if name in self.models:
                model = self.models[name]
                types = [f.type for f in model.all_fields]
                if model.base is not None:  # its request form extends the base's
                    stack.append(spec_names[model.base])
            else:
                types = [self.unions[name].type] if name in self.unions else []
            stack.extend(n.name for t in types for n in t.walk() if n.kind == "named")
        return found

    def _check_param_names(self, request_names: set[str]) -> None:
        """`<Name>Param` must not be the name of another class."""
        taken = {py: spec for spec, py in self.class_names.items()}
        for spec_name in sorted(request_names):
            param = f"{self.class_names[spec_name]}Param"
            if param in taken:
                self.fail(
                    (self.kinds[taken[param]], taken[param]),
                    f"{taken[param]!r} is also the name of {spec_name}'s request form",
                    f"rename it, for example to {param + 'Model'!r}",
                    key=True,
                )

    def definitions(self) -> Iterator[tuple[str, Definition]]:
        yield from self.enums.items()
        yield from self.models.items()
        yield from self.unions.items()

    # what a definition reads of others (see memo.py) --------------------------

    def _reuse(self, name: str, kind: type[T]) -> T | None:
        reused = self.reused.get(name)
        return reused.ir if reused is not None and isinstance(reused.ir, kind) else None

    @contextlib.contextmanager
    def _recording(self, name: str) -> Iterator[None]:
        self._reading.append({})
        try:
            yield
        finally:
            self.reads[name] = self._reading.pop()

    def _uses(self, name: str, *, content: bool = False) -> None:
        """Note that the definition being resolved reads `name` (its kind, or all of it).

        Reading another definition's content reads whatever that one read too.
        """
        if not self._reading:
            return  # the provider is resolved afresh every run
        reads = self._reading[-1]
        _note(reads, name, self.kinds.get(name), content)
        if content:
            for other, (kind, whole) in self.reads.get(name, {}).items():
                _note(reads, other, kind, whole)

    def _check_client_names(self, provider: Provider, resources: tuple[Resource, ...]) -> None:
        """Spec classes share the package namespace with the client and resource classes."""
        generated = {provider.name: "the client class", provider.async_name: "the client class"}
        for resource in resources:
            for prefix in ("", "Async"):
                for suffix in ("", "WithRawResponse", "WithStreamingResponse"):
                    name = f"{prefix}{resource.class_name}{suffix}"
                    generated[name] = f"the class of `client.{resource.dotted}`"
        for spec_name, py in self.class_names.items():
            if py in generated:
                self.fail(
                    (self.kinds[spec_name], spec_name),
                    f"{spec_name!r} becomes the class {py!r}, which is {generated[py]}",
                    f"rename it, for example to {py + 'Model'!r}",
                    key=True,
                )

    def _check_raise(self) -> None:
        if self.problems:
            raise SpecError(self.problems)

    # names ------------------------------------------------------------------

    def _collect_names(self) -> None:
        taken: dict[str, tuple[str, str]] = {}
        for section in SECTIONS:
            for name in self.order[section]:
                path = (section, name)
                if name in self.kinds:
                    self.fail(path, f"{name!r} is already defined in {self.kinds[name]}", key=True)
                    continue
                if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", name):
                    self.fail(
                        path,
                        f"{name!r} cannot be used in a type expression",
                        "use letters, digits and `_`, such as 'ModelInfo'",
                        key=True,
                    )
                    continue
                if name in RESERVED_TYPE_NAMES:
                    self.fail(
                        path,
                        f"{name!r} is a word of the type language",
                        f"rename it, for example to {naming.pascal(name) + 'Model'!r}",
                        key=True,
                    )
                    continue
                self.kinds[name] = section
                py = naming.pascal(name)
                if py in taken:
                    other = taken[py]
                    self.fail(
                        path,
                        f"{name!r} and {other[1]!r} ({other[0]}) both become the class {py!r}",
                        key=True,
                    )
                    continue
                taken[py] = (section, name)
                self.class_names[name] = py

    def _named(self, name: str, path: PathKey, *, want: tuple[str, ...]) -> str | None:
        self._uses(name)
        kind = self.kinds.get(name)
        if kind is None:
            known = [n for n, k in self.kinds.items() if k in want]
            if len(want) == 3:  # a type expression: a primitive may be what was meant
                known += [*PRIMITIVES, *WRAPPERS]
            self.fail(path, f"unknown {_kind_word(want)} {name!r}", did_you_mean(name, known))
            return None
        if kind not in want:
            self.fail(path, f"{name!r} is {_a(kind)}, expected {_kind_word(want)}")
            return None
        return kind

    def _type(self, text: str, path: PathKey) -> TypeExpr | None:
        try:
            expr = parse(text)
        except TypeSyntaxError as exc:
            line, column = self.pos.inside(path, exc.offset)
            self.problems.append(
                Problem(self.pos.file, line, column, ".".join(path), f"{exc} in {text!r}", exc.hint)
            )
            return None
        ok = True
        for i, node in enumerate(expr.walk()):
            if node.kind == "named" and not self._named(
                node.name, path, want=("enums", "models", "unions")
            ):
                ok = False
            if node.kind == "optional" and i != 0:
                self.fail(path, f"optional<> may only wrap the whole type, in {text!r}")
                ok = False
        return expr if ok else None

    def annotation(self, expr: TypeExpr, module: str = "") -> Code:
        """The Python annotation of a type, as it appears in models and client signatures.

        With `module` (`_models.`), class names are qualified by it: the expression the
        client evaluates at run time, when the models it names are first needed.
        """
        # Annotations are assembled from identifiers and `pyrepr` literals only.
        if expr.kind == "primitive":
            return Code(_PY_PRIMITIVES[expr.name])
        if expr.kind == "named":
            return Code(module + self.class_names[expr.name])
        if expr.kind == "literal":
            return Code(f"Literal[{naming.pyrepr(expr.value)}]")
        if expr.kind == "list":
            return Code(f"list[{self.annotation(expr.inner, module)}]")
        if expr.kind == "map":
            return Code(f"dict[str, {self.annotation(expr.inner, module)}]")
        if expr.kind == "union":
            return _union_annotation([self.annotation(m, module) for m in expr.members])
        return Code(f"{self.annotation(expr.inner, module)} | None")  # nullable or optional

    # enums ------------------------------------------------------------------

    def _enum(self, name: str, spec: Any) -> Enum:
        member_names = naming.unique(
            naming.upper_snake(v)
            if isinstance(v, str)
            else f"VALUE_{v}"
            if v >= 0
            else f"VALUE_MINUS_{-v}"
            for v in spec.values
        )
        return Enum(
            spec_name=name,
            name=self.class_names[name],
            description=spec.description,
            open=spec.open,
            members=tuple(EnumMember(n, v) for n, v in zip(member_names, spec.values, strict=True)),
            examples=tuple(spec.all_examples()),
            deprecated=spec.deprecated,
            sunset=_sunset(spec),
            docs=spec.docs,
        )

    # models -----------------------------------------------------------------

    def _model(self, name: str, chain: tuple[str, ...]) -> Model | None:
        if name in self.models:
            return self.models[name]
        reused = self._reuse(name, Model)
        if reused is not None:
            self.models[name] = reused
            return reused
        with self._recording(name):
            return self._new_model(name, chain)

    def _new_model(self, name: str, chain: tuple[str, ...]) -> Model | None:
        spec = self.spec.models[name]
        path = ("models", name)
        if name in chain:
            members = chain[chain.index(name) :]
            if frozenset(members) not in self.cycles:
                self.cycles.add(frozenset(members))
                cycle = " -> ".join((*members, name))
                self.fail((*path, "extends"), f"models extend each other in a cycle: {cycle}")
            return None
        base: Model | None = None
        if spec.extends is not None:
            if not self._named(spec.extends, (*path, "extends"), want=("models",)):
                return None
            base = self._model(spec.extends, (*chain, name))
            self._uses(spec.extends, content=True)
            if base is None:
                return None
        inherited = {f.wire_name: f for f in (base.all_fields if base else ())}
        own: list[Field] = []
        used = {f.name: f.wire_name for f in inherited.values()}
        for wire, fspec in spec.fields.items():
            built = self._field(wire, fspec, (*path, "fields", wire), used, inherited)
            if built:
                own.append(built)
                used[built.name] = wire
        own_names = {f.wire_name for f in own}
        all_fields = [inherited_f for w, inherited_f in inherited.items() if w not in own_names]
        # An overriding field keeps its parent's place in the field order.
        order = list(inherited)
        merged = {f.wire_name: f for f in [*all_fields, *own]}
        ordered = [merged[w] for w in order] + [f for f in own if f.wire_name not in inherited]
        model = Model(
            spec_name=name,
            name=self.class_names[name],
            description=spec.description,
            base=base.name if base else None,
            fields=tuple(own),
            all_fields=tuple(ordered),
            examples=tuple(spec.all_examples()),
            deprecated=spec.deprecated,
            sunset=_sunset(spec),
            docs=spec.docs,
        )
        self.models[name] = model
        return model

    def _field(
        self,
        wire: str,
        spec: FieldSpec,
        path: PathKey,
        used: dict[str, str],
        inherited: dict[str, Field],
    ) -> Field | None:
        expr = self._type(spec.type, (*path, "type"))
        if expr is None:
            return None
        inner, optional = expr.strip_optional()
        if FILE in inner.walk() and inner not in (FILE, TypeExpr("list", arg=FILE)):
            self.fail(
                (*path, "type"),
                f"a file can only be a field's type or a list's item, not part of {inner}",
            )
            return None
        if wire in inherited:
            py = inherited[wire].name
        else:
            py = naming.field_name(wire)
            if py in used:
                # Models accept a field by its Python name too, so `foo_bar` would be read
                # for both the `foo-bar` field and the `foo_bar` one.
                self.fail(
                    path,
                    f"fields {used[py]!r} and {wire!r} both become the attribute {py!r}, "
                    "so one wire key would fill both",
                    key=True,
                )
                return None
        has_default = "default" in spec.model_fields_set and spec.default is not None
        if has_default:
            self._check_value(spec.default, inner, (*path, "default"))
        if spec.null_as_default and not has_default:
            self.fail(
                (*path, "null_as_default"),
                "a null can only read as the default if there is a `default`",
            )
        if spec.null_as_default and inner.kind == "nullable":
            self.fail(
                (*path, "null_as_default"),
                f"the type {inner} keeps a null as None; drop `nullable<>`",
            )
        holds_models = any(
            e.kind == "named" and self.kinds.get(e.name) in ("models", "unions")
            for e in inner.walk()
        )
        for i, example in enumerate(spec.all_examples()):
            self._check_value(
                example, inner, (*path, "examples" if spec.examples else "example"), i
            )
        annotation = self.annotation(inner)
        param_annotation = self._param_annotation(inner) if FILE not in inner.walk() else None
        if optional and not has_default and not annotation.endswith("| None"):
            annotation = Code(f"{annotation} | None")
        self._check_constraints(spec, inner, path)
        return Field(
            wire_name=wire,
            name=py,
            type=inner,
            annotation=annotation,
            required=not optional and not has_default,
            has_default=has_default,
            default=spec.default,
            default_literal=self._default_literal(spec.default, inner)
            if has_default
            else Code("None"),
            description=spec.description,
            examples=tuple(spec.all_examples()),
            constraints=_constraints(spec.constraints()),
            deprecated=spec.deprecated,
            sunset=_sunset(spec),
            docs=spec.docs,
            param_annotation=param_annotation,
            null_as_default=spec.null_as_default,
            validate_default=has_default and holds_models and isinstance(spec.default, dict | list),
        )

    def _default_literal(self, value: Any, expr: TypeExpr) -> Code:
        """A default as Python source: an enum's member (`Size.BIG`), else the literal."""
        if expr.kind == "nullable":
            if value is None:
                return naming.pyrepr(value)
            expr = expr.inner
        if expr.kind == "list" and isinstance(value, list):
            # Built from the items' literals and enum members only.
            return Code("[" + ", ".join(self._default_literal(v, expr.inner) for v in value) + "]")
        if expr.kind == "map" and isinstance(value, dict):
            items = (
                f"{naming.pyrepr(k)}: {self._default_literal(v, expr.inner)}"
                for k, v in value.items()
            )
            return Code("{" + ", ".join(items) + "}")
        if expr.kind == "union":
            # The first member that takes the value: an enum's member where one does.
            for option in expr.members:
                if option.kind == "named" and self.kinds.get(option.name) == "enums":
                    self._uses(option.name, content=True)
                    if value in self.enums[option.name].values:
                        return self._default_literal(value, option)
            return naming.pyrepr(value)
        if expr.kind == "named" and self.kinds.get(expr.name) == "enums":
            self._uses(expr.name, content=True)
            for member in self.enums[expr.name].members:
                if member.value == value:
                    return Code(f"{self.class_names[expr.name]}.{member.name}")
            # Not a value of the enum: `_check_value` has reported it, and the run stops.
        return naming.pyrepr(value)

    def _check_constraints(self, spec: Any, expr: TypeExpr, path: PathKey) -> None:
        base = expr.inner if expr.kind == "nullable" else expr
        numeric = base.kind == "primitive" and base.name in ("integer", "int64", "number")
        sized = base.kind in ("list", "map") or (base.kind == "primitive" and base.name == "string")
        for name in spec.constraints():
            if name in ("ge", "gt", "le", "lt") and not numeric:
                self.fail((*path, name), f"{name} applies to numbers, not {base}")
            if name in ("min_length", "max_length") and not sized:
                self.fail((*path, name), f"{name} applies to strings and lists, not {base}")
            if name == "pattern" and not (base.kind == "primitive" and base.name == "string"):
                self.fail((*path, name), f"pattern applies to strings, not {base}")

    def _check_value(
        self, value: Any, expr: TypeExpr, path: PathKey, index: int | None = None
    ) -> None:
        """A default or example must fit the declared type."""
        where = (*path, str(index)) if index is not None and path[-1] == "examples" else path
        problem = self._value_problem(value, expr)
        if problem:
            self.fail(where, problem)

    def _value_problem(self, value: Any, expr: TypeExpr) -> str | None:
        if expr.kind == "nullable":
            return None if value is None else self._value_problem(value, expr.inner)
        if expr.kind == "union":
            problems = [self._value_problem(value, member) for member in expr.members]
            if all(problems):
                return f"{value!r} is none of {expr}"
            return None
        if expr.kind == "literal":
            return None if value == expr.value else f"expected {expr.value!r}, got {value!r}"
        if expr.kind == "primitive":
            checks: dict[str, tuple[type, ...]] = {
                "string": (str,),
                "integer": (int,),
                "int64": (int,),
                "number": (int, float),
                "boolean": (bool,),
            }
            if expr.name == "file":
                return "a file cannot have a default or an example"
            allowed = checks.get(expr.name)
            if allowed is None:
                return None
            if isinstance(value, bool) and expr.name != "boolean":
                return f"expected {expr.name}, got {value!r}"
            return None if isinstance(value, allowed) else f"expected {expr.name}, got {value!r}"
        if expr.kind == "named" and self.kinds.get(expr.name) == "enums":
            self._uses(expr.name, content=True)
            enum = self.enums[expr.name]
            values = enum.values
            kind = int if enum.integer else str
            if isinstance(value, bool) or not isinstance(value, kind) or value not in values:
                hint = did_you_mean(str(value), [str(v) for v in values])
                return f"{value!r} is not a value of enum {expr.name}" + (
                    f"; {hint}" if hint else ""
                )
            return None
        if expr.kind == "list":
            if not isinstance(value, list):
                return f"expected a list, got {value!r}"
            for item in value:
                problem = self._value_problem(item, expr.inner)
                if problem:
                    return problem
        return None

    # unions -----------------------------------------------------------------

    def _union(self, name: str, spec: UnionSpec) -> Union | None:
        if not (spec.discriminator or spec.selected_by or spec.fallback or spec.events):
            return self._plain_union(name, spec)
        path = ("unions", name)
        variants: list[Model] = []
        for i, variant in enumerate(spec.variants):
            vpath = (*path, "variants", str(i))
            if self._named(variant, vpath, want=("models",)):
                self._uses(variant, content=True)
                model = self.models.get(variant)
                if model:
                    variants.append(model)
        if len(variants) != len(spec.variants):
            return None
        if len({v.name for v in variants}) != len(variants):
            self.fail((*path, "variants"), "a model is listed twice")
            return None
        tags: list[tuple[Any, str]] = []
        tag_attribute, missing_tag = None, None
        if spec.discriminator:
            tags = self._tags(spec.discriminator, variants, path)
            fields = [m.field(spec.discriminator) for m in variants]
            tag_attribute = fields[0].name if fields[0] else None
            defaults = [f.default for f in fields if f and f.has_default]
            missing_tag = defaults[0] if len(defaults) == 1 else None
        elif spec.fallback and not spec.events:
            self.fail(
                (*path, "fallback"),
                "a fallback needs a `discriminator` (or `events`) to detect unknown variants",
            )
        fallback = None
        members = [TypeExpr("named", name=v.spec_name) for v in variants]
        if spec.fallback and self._named(spec.fallback, (*path, "fallback"), want=("models",)):
            fallback = self.class_names[spec.fallback]
            if spec.fallback not in [v.spec_name for v in variants]:
                members.append(TypeExpr("named", name=spec.fallback))
        events: list[tuple[str, str]] = []
        for event, variant in (spec.events or {}).items():
            if variant not in [v.spec_name for v in variants]:
                self.fail(
                    (*path, "events", event),
                    f"event {event!r} names {variant!r}, which is not a variant of {name}",
                    did_you_mean(variant, [v.spec_name for v in variants]),
                )
                continue
            events.append((event, self.class_names[variant]))
        cases: list[tuple[str, str]] = []
        if spec.selected_by:
            names = {v.spec_name for v in variants}
            for value, variant in spec.selected_by.cases.items():
                cpath = (*path, "selected_by", "cases", value)
                if variant not in names:
                    self.fail(
                        cpath,
                        f"case {value!r} selects {variant!r}, which is not a variant of {name}",
                        did_you_mean(variant, names),
                    )
                    continue
                cases.append((value, self.class_names[variant]))
        union_type = TypeExpr("union", members=tuple(members))
        return Union(
            spec_name=name,
            name=self.class_names[name],
            description=spec.description,
            type=union_type,
            alias=None if spec.discriminator else self.annotation(union_type),
            param_alias=self._param_annotation(union_type),
            variants=tuple(v.name for v in variants),
            discriminator=spec.discriminator,
            tags=tuple(tags),
            fallback=fallback,
            selector_param=spec.selected_by.param if spec.selected_by else None,
            cases=tuple(cases),
            tag_attribute=tag_attribute,
            missing_tag=missing_tag,
            events=tuple(events),
            docs=spec.docs,
        )

    def _check_uploads(self) -> None:
        """A model holding a file is only ever a request body."""
        # The models with a file field: multipart request bodies, and nothing else.
        self.uploads = {
            name
            for name, model in self.models.items()
            if any(_holds_file(f.type) for f in model.all_fields)
        }
        uploads = self.uploads
        if not uploads:
            return
        for name, model in self.models.items():
            for fld in model.fields:
                named = {n.name for n in fld.type.walk() if n.kind == "named"} & uploads
                if named:
                    self.fail(
                        ("models", name, "fields", fld.wire_name, "type"),
                        f"{sorted(named)[0]} holds a file, so it can only be an endpoint's body",
                    )
        for name, union in self.unions.items():
            named = {n.name for n in union.type.walk() if n.kind == "named"} & uploads
            if named:
                self.fail(
                    ("unions", name, "variants"),
                    f"{sorted(named)[0]} holds a file, so it can only be an endpoint's body",
                )

    def _check_union_cycles(self) -> None:
        """A union may hold itself only through a model: an alias cannot name itself."""
        inside = {
            name: [n.name for n in union.type.walk() if n.kind == "named" and n.name in self.unions]
            for name, union in self.unions.items()
        }
        done: set[str] = set()
        for start in inside:
            trail: list[str] = []
            stack = [(start, iter(inside[start]))]
            on_trail = {start}
            trail.append(start)
            while stack:
                name, targets = stack[-1]
                target = next(targets, None)
                if target is None:
                    stack.pop()
                    on_trail.discard(trail.pop())
                    done.add(name)
                elif target in on_trail:
                    cycle = " -> ".join([*trail[trail.index(target) :], target])
                    self.fail(
                        ("unions", target, "variants"),
                        f"unions hold each other in a cycle: {cycle}",
                        "put a model between them: a model's field may name the union",
                    )
                    return
                elif target not in done:
                    stack.append((target, iter(inside[target])))
                    on_trail.add(target)
                    trail.append(target)

    def _plain_union(self, name: str, spec: UnionSpec) -> Union | None:
        """A union with neither tag nor selector: its variants may be any types."""
        path = ("unions", name)
        members: list[TypeExpr] = []
        for i, variant in enumerate(spec.variants):
            vpath = (*path, "variants", str(i))
            expr = self._type(variant, vpath)
            if expr is None:
                continue
            if expr.kind in ("optional", "nullable", "union") or expr == ANY:
                word = (
                    "any"
                    if expr == ANY
                    else "a union"
                    if expr.kind == "union"
                    else f"{expr.kind}<>"
                )
                hint = "list each member as a variant of its own" if expr.kind == "union" else None
                self.fail(vpath, f"a variant cannot be {word}", hint)
                continue
            if expr in members:
                self.fail(vpath, f"{expr} is a variant twice")
                continue
            members.append(expr)
        if len(members) != len(spec.variants):
            return None
        union_type = TypeExpr("union", members=tuple(members))
        return Union(
            spec_name=name,
            name=self.class_names[name],
            description=spec.description,
            type=union_type,
            alias=self.annotation(union_type),
            param_alias=self._param_annotation(union_type),
            docs=spec.docs,
        )

    def _tags(
        self, discriminator: str, variants: list[Model], path: PathKey
    ) -> list[tuple[Any, str]]:
        tags: list[tuple[Any, str]] = []
        seen: dict[Any, str] = {}
        for model in variants:
            fld = model.field(discriminator)
            dpath = (*path, "discriminator")
            if fld is None:
                self.fail(
                    dpath,
                    f"variant {model.spec_name!r} has no field {discriminator!r}",
                    did_you_mean(discriminator, [f.wire_name for f in model.all_fields]),
                )
                continue
            if fld.type.kind != "literal":
                self.fail(
                    dpath,
                    f"field {model.spec_name}.{discriminator} must be a literal<...> to tell "
                    f"variants apart, not {fld.type}",
                )
                continue
            if fld.type.value in seen:
                self.fail(
                    dpath,
                    f"{model.spec_name!r} and {seen[fld.type.value]!r} share the tag "
                    f"{fld.type.value!r}",
                )
                continue
            seen[fld.type.value] = model.spec_name
            tags.append((fld.type.value, model.name))
        return tags

    # provider ---------------------------------------------------------------

    def _status_classes(self, statuses: dict[int, Any]) -> tuple[StatusClass, ...]:
        """The documented statuses that get exception classes of their own."""
        out: list[StatusClass] = []
        taken = {py: f"the class of {name!r}" for name, py in self.class_names.items()}
        taken.update({name: "an exception every client has" for name in ERROR_CLASSES})
        for status, spec in sorted(statuses.items()):
            path = ("provider", "errors", "statuses", str(status))
            if not 400 <= status <= 599:
                self.fail(path, f"{status} is not an error status (400-599)", key=True)
                continue
            if spec.name in taken:
                self.fail((*path, "name"), f"{spec.name!r} is already {taken[spec.name]}")
                continue
            taken[spec.name] = f"the class of status {status}"
            base = (
                "InternalServerError"
                if status >= 500
                else STATUS_CLASSES.get(status, "APIStatusError")
            )
            out.append(StatusClass(status, spec.name, base, spec.description))
        return tuple(out)

    def _provider(self) -> Provider:
        p = self.spec.provider
        errors = Errors(None, None, ())
        if p.errors:
            model = None
            if self._named(p.errors.model, ("provider", "errors", "model"), want=("models",)):
                model = self.class_names[p.errors.model]
            paths = tuple(
                (name, tuple(getattr(p.errors, name).split(".")))
                for name in ("message", "code", "type", "param")
            )
            errors = Errors(
                model,
                p.errors.request_id_header,
                tuple(p.errors.non_retryable_codes),
                paths,
                self._status_classes(p.errors.statuses),
            )
        header = "Authorization" if p.auth.scheme == "bearer" else (p.auth.header or "")
        return Provider(
            id=p.id,
            package=naming.package_name(p.id),
            base_url_env=f"{naming.package_name(p.id).upper()}_BASE_URL",
            version=p.version,
            name=p.name,
            async_name=f"Async{p.name}",
            base_url=p.base_url,
            auth=Auth(p.auth.scheme, header, p.auth.env, p.auth.optional, p.auth.description),
            errors=errors,
            idempotency_header=p.idempotency_header,
            description=p.description,
            docs=p.docs,
        )

    # endpoints --------------------------------------------------------------

    def _resources(self) -> tuple[tuple[Resource, ...], tuple[RateLimit, ...]]:
        grouped: dict[tuple[str, ...], list[Endpoint]] = {}
        limits: dict[str, RateLimit] = {}
        routes: dict[tuple[str, str], str] = {}
        names: dict[tuple[tuple[str, ...], str], str] = {}
        idempotency = self.spec.provider.idempotency_header is not None
        for key in self.order["endpoints"]:
            path = ("endpoints", key)
            if not re.fullmatch(r"[A-Za-z_][\w-]*(?:\.[A-Za-z_][\w-]*)+", key):
                self.fail(
                    path,
                    f"endpoint name {key!r} must be `resource.method` "
                    "(or `resource.sub.method` for a nested resource)",
                    key=True,
                )
                continue
            *raw_path, method_raw = key.split(".")
            resource_path = (
                naming.resource_name(raw_path[0]),
                *(naming.subresource_name(part) for part in raw_path[1:]),
            )
            method = naming.method_name(method_raw)
            if (resource_path, method) in names:
                other = names[(resource_path, method)]
                dotted = ".".join(resource_path)
                self.fail(path, f"{key!r} and {other!r} both become {dotted}.{method}()", key=True)
                continue
            names[(resource_path, method)] = key
            endpoint = self._reuse(key, Endpoint)
            if endpoint is not None:
                shown = f"{endpoint.http_method} {endpoint.path}"
                self._place(key, endpoint.route, endpoint.rate_limit, shown, routes, limits)
            else:
                spec = self.spec.endpoints[key]
                route = (spec.method, re.sub(r"\{[^}]*\}", "{}", spec.path))
                limit = self._rate_limit(spec, key)
                self._place(key, route, limit, f"{spec.method} {spec.path}", routes, limits)
                with self._recording(key):
                    endpoint = self._endpoint(key, resource_path, method, spec, path, route, limit)
                if endpoint is None:
                    continue
                self.fresh_endpoints[key] = endpoint
            # The provider decides whether a call sends an idempotency key.
            idempotent = idempotency and endpoint.http_method != "GET"
            if endpoint.idempotent != idempotent:
                endpoint = dataclasses.replace(endpoint, idempotent=idempotent)
            grouped.setdefault(resource_path, []).append(endpoint)
        return self._resource_tree(grouped, names), tuple(limits.values())

    def _resource_tree(
        self,
        grouped: dict[tuple[str, ...], list[Endpoint]],
        names: dict[tuple[tuple[str, ...], str], str],
    ) -> tuple[Resource, ...]:
        """Every resource, parents before children: `chat` holds `chat.completions`."""
        order: list[tuple[str, ...]] = []
        for resource_path in grouped:
            for depth in range(1, len(resource_path) + 1):
                if resource_path[:depth] not in order:
                    order.append(resource_path[:depth])
        classes: dict[str, tuple[str, ...]] = {}
        built: list[Resource] = []
        for resource_path in order:
            class_name = f"{naming.pascal('_'.join(resource_path))}Resource"
            children = [
                p for p in order if len(p) == len(resource_path) + 1 and p[:-1] == resource_path
            ]
            first_key = next(
                (k for (p, _), k in names.items() if p[: len(resource_path)] == resource_path), ""
            )
            if class_name in classes:
                other = ".".join(classes[class_name])
                self.fail(
                    ("endpoints", first_key),
                    f"`client.{'.'.join(resource_path)}` and `client.{other}` both become the "
                    f"class {class_name!r}",
                    key=True,
                )
                continue
            classes[class_name] = resource_path
            for child in children:
                key = names.get((resource_path, child[-1]))
                if key is not None:
                    self.fail(
                        ("endpoints", key),
                        f"`client.{'.'.join(child)}` is both a method and a resource",
                        "rename the method or the resource",
                        key=True,
                    )
            endpoints = tuple(grouped.get(resource_path, ()))
            shadowed = {ep.name for ep in endpoints} & naming.SHADOWABLE_BUILTINS
            built.append(
                Resource(
                    name=resource_path[-1],
                    path=resource_path,
                    class_name=class_name,
                    endpoints=tuple(_unshadowed(ep, shadowed) for ep in endpoints),
                    builtins=bool(shadowed),
                    children=tuple(
                        ResourceRef(
                            child[-1],
                            f"{naming.pascal('_'.join(child))}Resource",
                            "_".join(child),
                        )
                        for child in children
                    ),
                )
            )
        return tuple(built)

    @staticmethod
    def _rate_limit(spec: EndpointSpec, key: str) -> RateLimit | None:
        rl = spec.rate_limit
        return None if rl is None else RateLimit(rl.group or key, rl.requests, rl.per, rl.scope)

    def _place(
        self,
        key: str,
        route: tuple[str, str],
        limit: RateLimit | None,
        shown: str,
        routes: dict[tuple[str, str], str],
        limits: dict[str, RateLimit],
    ) -> None:
        """No two endpoints share a route, and those sharing a rate-limit group agree on
        its budget. `shown` is the endpoint's method and path, for the message."""
        path = ("endpoints", key)
        if route in routes:
            self.fail((*path, "path"), f"{shown} is also {routes[route]!r}")
        routes[route] = key
        if limit is None:
            return
        other = limits.setdefault(limit.group, limit)
        if other != limit:
            self.fail(
                (*path, "rate_limit"),
                f"rate-limit group {limit.group!r} is {other.requests} per {other.per:g}s "
                f"elsewhere, {limit.requests} per {limit.per:g}s here",
            )

    def _endpoint(
        self,
        key: str,
        resource: tuple[str, ...],
        method: str,
        spec: EndpointSpec,
        path: PathKey,
        route: tuple[str, str],
        limit: RateLimit | None,
    ) -> Endpoint | None:
        params: list[Param] = []
        used: set[str] = set()
        for wire, pspec in spec.params.items():
            param = self._param(wire, pspec, (*path, "params", wire), used)
            if param:
                params.append(param)
                used.add(param.name)
        self._check_path_template(spec.path, params, spec, path)
        if spec.body is not None:
            body = self._body(spec.body, (*path, "body"), used, spec.method)
            if body is None:
                return None
            params.extend(body)
        # Every class the parameters' annotations name (models, unions, enums).
        param_uses = {
            self.class_names[n.name] for p in params for n in p.type.walk() if n.kind == "named"
        }
        param_uses |= {
            f"{self.class_names[n.name]}Param"
            for p in params
            for n in p.type.walk()
            if n.kind == "named" and self.kinds[n.name] in ("models", "unions")
        }
        body_kind = spec.response if spec.response in RESPONSE_KINDS else "json"
        union = None
        response_names: set[str] = set()
        if body_kind == "json":
            response_expr = self._type(spec.response, (*path, "response"))
            if response_expr is None:
                return None
            if response_expr.kind == "optional":
                self.fail((*path, "response"), "a response cannot be optional<>")
                return None
            if response_expr.kind == "named" and self.kinds[response_expr.name] == "unions":
                self._uses(response_expr.name, content=True)
                union = self.unions.get(response_expr.name)
                if union is None:
                    return None
            response = self.annotation(response_expr)
            response_value = self.annotation(response_expr, "_models.")
            if union:
                response = Code(union.name)
                response_value = Code(f"_models.{union.name}")
            named = {n.name for n in response_expr.walk() if n.kind == "named"}
            response_names = {self.class_names[name] for name in named}
            for name in named:
                if self.kinds[name] == "models":  # whether it holds a file
                    self._uses(name, content=True)
            sent = named & self.uploads
            if sent:
                self.fail(
                    (*path, "response"),
                    f"{sorted(sent)[0]} holds a file, so it can only be an endpoint's body",
                )
                return None
        elif spec.stream is not None:
            self.fail((*path, "stream"), f"a {body_kind} response cannot stream")
            return None
        else:
            response = Code("BinaryResponse" if body_kind == "binary" else "None")
            response_value = Code("None")
        selector, overloads, cases = self._overloads(union, params, response, path)
        stream = None
        if spec.stream is not None:
            if selector is not None:
                self.fail(
                    (*path, "stream"),
                    "an endpoint cannot both stream and have its response picked by a parameter",
                )
                return None
            planned = self._stream(spec.stream, params, response, (*path, "stream"))
            if planned is None:
                return None
            stream, selector, overloads = planned
        page = None
        if spec.pagination is not None:
            if stream is not None or selector is not None or body_kind != "json":
                self.fail(
                    (*path, "pagination"),
                    "a paginated endpoint returns one model: it cannot stream, be picked by a "
                    "parameter, or answer with bytes or nothing",
                )
                return None
            page = self._page(spec.pagination, spec.response, params, (*path, "pagination"))
            if page is None:
                return None
            response_names |= set(page.item_classes)
        # Path parameters are positional, in path order; the rest keyword-only.
        order = {p.wire_name: i for i, p in enumerate(params)}
        template_order = re.findall(r"\{([^}]*)\}", spec.path)
        params.sort(
            key=lambda p: (
                p.location != "path",
                template_order.index(p.wire_name) if p.wire_name in template_order else 0,
                not p.required,
                order[p.wire_name],
            )
        )
        return Endpoint(
            key=key,
            resource="_".join(resource),
            resource_path=".".join(resource),
            name=method,
            http_method=spec.method,
            path=spec.path.partition("?")[0],
            route=route,
            fixed_query=_fixed_query(spec.path),
            params=tuple(params),
            response=response,
            response_value=response_value,
            response_description=spec.response_description,
            returns=overloads[-1].returns
            if stream
            else Code(f"SyncCursorPage[{page.item}]")
            if page
            else response,
            async_returns=(overloads[-1].async_returns or response)
            if stream
            else Code(f"AsyncCursorPage[{page.item}]")
            if page
            else Code("AsyncBinaryResponse")
            if body_kind == "binary"
            else response,
            body_kind=body_kind,
            takes_body=spec.method in ("POST", "PUT", "PATCH"),
            idempotent=False,  # decided by the provider, in `_resources`
            stream=stream,
            page=page,
            union=union,
            selector=selector,
            overloads=overloads,
            cases=cases,
            uses=tuple(
                sorted(
                    response_names
                    | {variant for _, variant in cases}
                    | {
                        o.returns
                        for o in overloads
                        if o.async_returns is None and o.returns.isidentifier()
                    }
                    | param_uses
                    | set(stream.classes if stream else ())
                )
            ),
            rate_limit=limit,
            summary=spec.summary,
            description=spec.description,
            docs=spec.docs,
            deprecated=spec.deprecated,
            sunset=_sunset(spec),
        )

    def _stream(
        self, spec: Any, params: list[Param], response: Code, path: PathKey
    ) -> tuple[StreamPlan, Param, tuple[Overload, ...]] | None:
        """The stream's switch, its event type, and the overloads the switch picks between."""
        switch = next((p for p in params if p.wire_name == spec.param), None)
        if switch is None:
            self.fail(
                (*path, "param"),
                f"{spec.param!r} is not a parameter or body field of this endpoint",
                did_you_mean(spec.param, [p.wire_name for p in params]),
            )
            return None
        if switch.type != TypeExpr("primitive", name="boolean") or switch.location not in (
            "query",
            "body",
        ):
            self.fail((*path, "param"), f"{spec.param!r} must be a boolean query or body field")
            return None
        event_expr = self._type(spec.event, (*path, "event"))
        if event_expr is None:
            return None
        if event_expr.kind in ("optional", "nullable"):
            self.fail((*path, "event"), f"an event cannot be {event_expr.kind}<>")
            return None
        by_event: tuple[tuple[str, str], ...] = ()
        fallback = None
        if event_expr.kind == "named" and self.kinds[event_expr.name] == "unions":
            self._uses(event_expr.name, content=True)
            union = self.unions.get(event_expr.name)
            if union is None:
                return None
            by_event, fallback = union.events, union.fallback if union.events else None
        event = self.annotation(event_expr)
        sync_stream, async_stream = Code(f"Stream[{event}]"), Code(f"AsyncStream[{event}]")
        plan = StreamPlan(
            param=switch.name,
            event=event,
            event_value=self.annotation(event_expr, "_models."),
            terminator=spec.terminator,
            error_event=spec.error_event,
            final_events=tuple(spec.final_events),
            error_key=spec.error_key,
            by_event=by_event,
            fallback=fallback,
            classes=tuple(
                sorted({self.class_names[n.name] for n in event_expr.walk() if n.kind == "named"})
            ),
        )
        # The annotation's tail: `| NotGiven` for a body field, `| None` for an optional query
        # parameter, nothing for a required one.
        rest = switch.annotation.removeprefix("bool")
        default = None if switch.required else switch.default_literal
        overloads = (
            Overload(Code(f"Literal[False]{rest}"), default, response, (False,)),
            Overload(Code("Literal[True]"), None, sync_stream, (True,), async_stream),
            Overload(
                Code("bool"),
                None,
                Code(f"{response} | {sync_stream}"),
                (False, True),
                Code(f"{response} | {async_stream}"),
            ),
        )
        return plan, switch, overloads

    def _page(
        self, spec: Any, response: str, params: list[Param], path: PathKey
    ) -> PagePlan | None:
        """Check a cursor pagination against the response model and the parameters."""
        model = self.models.get(response)
        if model is None:
            self.fail(path, f"a paginated response must be a model, not {response!r}")
            return None
        self._uses(response, content=True)
        fields = {f.wire_name: f for f in model.all_fields}
        problems = 0

        def field(key: str, wire: str, kinds: tuple[str, ...], what: str) -> Field | None:
            nonlocal problems
            found = fields.get(wire)
            if found is None:
                problems += 1
                self.fail(
                    (*path, key), f"{response} has no field {wire!r}", did_you_mean(wire, fields)
                )
                return None
            core = found.type.inner if found.type.kind == "nullable" else found.type
            if (
                core.kind != "list"
                if kinds == ("list",)
                else not (core.kind == "primitive" and core.name in kinds)
            ):
                problems += 1
                self.fail((*path, key), f"{response}.{wire} must be {what}")
                return None
            return found

        items = field("items", spec.items, ("list",), "a list")
        cursor = field(
            "next_cursor",
            spec.next_cursor,
            ("string", "integer", "int64"),
            "a string or an integer",
        )
        more = (
            field("has_more", spec.has_more, ("boolean",), "a boolean")
            if spec.has_more is not None
            else None
        )
        param = next((p for p in params if p.wire_name == spec.cursor_param), None)
        if param is None or param.location != "query" or param.required:
            problems += 1
            self.fail(
                (*path, "cursor_param"),
                f"{spec.cursor_param!r} must be an optional query parameter of this endpoint",
                did_you_mean(spec.cursor_param, [p.wire_name for p in params]),
            )
        if problems or items is None or cursor is None:
            return None
        item_type = items.type.inner if items.type.kind == "nullable" else items.type
        return PagePlan(
            items=items.name,
            item=self.annotation(item_type.inner),
            cursor_param=spec.cursor_param,
            next_cursor=cursor.name,
            has_more=more.name if more else None,
            item_classes=tuple(
                sorted(
                    {self.class_names[n.name] for n in item_type.inner.walk() if n.kind == "named"}
                )
            ),
        )

    def _body(self, name: str, path: PathKey, used: set[str], method: str) -> list[Param] | None:
        """The body model's fields, as keyword arguments of the endpoint method."""
        if method in ("GET", "DELETE"):
            self.fail(path, f"a {method} request has no body")
            return None
        if not self._named(name, path, want=("models",)):
            return None
        self._uses(name, content=True)
        model = self.models.get(name)
        if model is None:
            return None
        params = []
        for fld in model.all_fields:
            py = naming.param_name(fld.wire_name)
            if py in used:
                self.fail(
                    path, f"body field {fld.wire_name!r} clashes with a parameter named {py!r}"
                )
                return None
            used.add(py)
            required = fld.required
            is_file = FILE in fld.type.walk()
            annotation = (
                Code("FileTypes" if fld.type == FILE else "list[FileTypes]")
                if is_file
                else self._param_annotation(fld.type)
            )
            if not required:
                annotation = Code(f"{annotation} | NotGiven")
            params.append(
                Param(
                    wire_name=fld.wire_name,
                    name=py,
                    location="body",
                    type=fld.type,
                    annotation=annotation,
                    required=required,
                    has_default=fld.has_default,
                    default=fld.default,
                    default_literal=Code("NOT_GIVEN" if not required else "None"),
                    description=fld.description,
                    examples=fld.examples,
                    allow_slash=False,
                    constraints=fld.constraints,
                    deprecated=fld.deprecated,
                    sunset=fld.sunset,
                    values=self._values(fld.type),
                    docs=fld.docs,
                    file=is_file,
                )
            )
        return params

    def _param(self, wire: str, spec: ParamSpec, path: PathKey, used: set[str]) -> Param | None:
        expr = self._type(spec.type, (*path, "type"))
        if expr is None:
            return None
        inner, optional = expr.strip_optional()
        scalar = self._scalar(inner)
        if inner.kind == "list" and spec.location == "query":
            scalar = self._scalar(inner.inner)
        if not scalar:
            self.fail(
                (*path, "type"),
                f"a {spec.location} parameter must be a string, number, boolean, enum or literal "
                "(or a union of them)"
                + (" (or a list of them)" if spec.location == "query" else "")
                + f", not {inner}",
            )
            return None
        if spec.location == "path" and optional:
            self.fail((*path, "type"), "a path parameter is always required; remove optional<>")
            return None
        if spec.allow_slash and spec.location != "path":
            self.fail((*path, "allow_slash"), "allow_slash applies to path parameters only")
        has_default = "default" in spec.model_fields_set and spec.default is not None
        if has_default:
            self._check_value(spec.default, inner, (*path, "default"))
            if spec.location == "path":
                self.fail((*path, "default"), "a path parameter cannot have a default")
        for i, example in enumerate(spec.all_examples()):
            self._check_value(
                example, inner, (*path, "examples" if spec.examples else "example"), i
            )
        self._check_constraints(spec, inner, path)
        if spec.location == "header" and not re.fullmatch(HEADER_NAME, wire):
            self.fail(path, f"{wire!r} is not an HTTP header name", key=True)
            return None
        name = naming.param_name(wire)
        if name in used:
            self.fail(path, f"parameter {wire!r} clashes with another as {name!r}", key=True)
            return None
        values = self._values(inner)
        annotation = self._param_annotation(inner)
        # A list or mapping default is not written into the signature (one object would
        # be shared by every call): the method takes None, which sends nothing, and the
        # server applies the documented default.
        mutable = has_default and isinstance(spec.default, list | dict)
        if (optional and not has_default) or mutable:
            annotation = Code(f"{annotation} | None")
        return Param(
            wire_name=wire,
            name=name,
            location=spec.location,
            type=inner,
            annotation=annotation,
            required=not optional and not has_default,
            has_default=has_default,
            default=spec.default,
            default_literal=naming.pyrepr(spec.default) if has_default else Code("None"),
            description=spec.description,
            examples=tuple(spec.all_examples()),
            allow_slash=spec.allow_slash,
            constraints=spec.constraints(),
            deprecated=spec.deprecated,
            sunset=_sunset(spec),
            values=values,
            docs=spec.docs,
        )

    def _selector_literal(self, expr: TypeExpr) -> Callable[[Any], Code]:
        """How an overload spells the selector's values: an enum's also as its members."""
        if expr.kind == "named" and self.kinds[expr.name] == "enums":
            self._uses(expr.name, content=True)
            return _enum_literal(self.enums[expr.name])
        return _literal

    def _scalar(self, expr: TypeExpr) -> bool:
        """A type a URL or header carries as one text: a primitive, enum, literal, or a union of
        them."""
        if expr.kind == "union":
            return all(self._scalar(member) for member in expr.members)
        if expr.kind == "primitive":
            return expr.name not in ("any", "file")
        return expr.kind == "literal" or (expr.kind == "named" and self.kinds[expr.name] == "enums")

    def _values(self, expr: TypeExpr) -> tuple[Any, ...] | None:
        if expr.kind == "named" and self.kinds[expr.name] == "enums":
            self._uses(expr.name, content=True)
            return self.enums[expr.name].values
        if expr.kind == "primitive" and expr.name == "boolean":
            return (False, True)
        if expr.kind == "literal":
            return (expr.value,)
        return None

    def _param_annotation(self, expr: TypeExpr) -> Code:
        """What a request takes for `expr`: an enum's values as literals, or its members (an
        open one any value); a model as its `<Name>Param` TypedDict or an instance; a union
        as its `<Name>Param` alias."""
        if expr.kind == "named" and self.kinds[expr.name] == "models":
            name = self.class_names[expr.name]
            return Code(f"{name}Param | {name}")
        if expr.kind == "named" and self.kinds[expr.name] == "unions":
            return Code(f"{self.class_names[expr.name]}Param")
        if expr.kind == "named" and self.kinds[expr.name] == "enums":
            self._uses(expr.name, content=True)
            enum = self.enums[expr.name]
            literal = _literal(enum.values)
            if enum.open:
                # Members are values of the base type, so `str` (`int`) takes them too.
                return Code(f"{literal} | {'int' if enum.integer else 'str'}")
            return Code(f"{literal} | {enum.name}")
        if expr.kind == "list":
            return Code(f"list[{self._param_annotation(expr.inner)}]")
        if expr.kind == "map":
            return Code(f"dict[str, {self._param_annotation(expr.inner)}]")
        if expr.kind == "nullable":
            return Code(f"{self._param_annotation(expr.inner)} | None")
        if expr.kind == "union":
            return _union_annotation([self._param_annotation(m) for m in expr.members])
        return self.annotation(expr)

    def _check_path_template(
        self, template: str, params: list[Param], spec: EndpointSpec, path: PathKey
    ) -> None:
        placeholders = re.findall(r"\{([^}]*)\}", template)
        declared = {p.wire_name for p in params if p.location == "path"}
        for name in placeholders:
            if name not in declared:
                self.fail(
                    (*path, "path"),
                    f"{{{name}}} in the path has no `in: path` parameter",
                    did_you_mean(name, declared),
                )
        for wire, pspec in spec.params.items():
            if pspec.location == "path" and wire not in placeholders:
                self.fail(
                    (*path, "params", wire, "in"), f"path parameter {wire!r} is not in {template!r}"
                )

    def _overloads(
        self, union: Union | None, params: list[Param], response: str, path: PathKey
    ) -> tuple[Param | None, tuple[Overload, ...], tuple[tuple[str, str], ...]]:
        if union is None or union.selector_param is None:
            return None, (), ()
        selector = next((p for p in params if p.wire_name == union.selector_param), None)
        if selector is None:
            self.fail(
                (*path, "response"),
                f"union {union.spec_name} is selected by parameter {union.selector_param!r}, "
                "which this endpoint does not declare",
                did_you_mean(union.selector_param, [p.wire_name for p in params]),
            )
            return None, (), ()
        if selector.values is None:
            self.fail(
                (*path, "params", selector.wire_name, "type"),
                "a union-selecting parameter must be an enum, boolean or literal",
            )
            return None, (), ()
        wire_values = {_wire(v): v for v in selector.values}
        by_variant: dict[str, list[Any]] = {}
        cases: list[tuple[str, str]] = []
        for wire_value, variant in union.cases:
            if wire_value not in wire_values:
                self.fail(
                    ("unions", union.spec_name, "selected_by", "cases", wire_value),
                    f"{wire_value!r} is not a value of parameter {selector.wire_name!r} "
                    f"({selector.type})",
                    did_you_mean(wire_value, wire_values),
                )
                continue
            value = wire_values[wire_value]
            by_variant.setdefault(variant, []).append(value)
            cases.append((naming.pyrepr(value), variant))
        covered = {v for vals in by_variant.values() for v in vals}
        literal = self._selector_literal(selector.type)
        overloads: list[Overload] = []
        default = selector.default if selector.has_default else None
        for variant, values in by_variant.items():
            has_default = selector.has_default and default in values
            overloads.append(
                Overload(
                    literal(values),
                    selector.default_literal if has_default else None,
                    variant,
                    tuple(values),
                )
            )
        # A call without the parameter matches the overload that holds the default, so it
        # goes first; a call with an uncovered value, or a plain variable, gets the union.
        overloads.sort(key=lambda o: o.default_literal is None)
        rest = [v for v in selector.values if v not in covered]
        if rest:
            overloads.append(Overload(literal(rest), None, response, tuple(rest)))
        if not selector.has_default and not selector.required:
            overloads.append(Overload(Code("None"), Code("None"), response))
        overloads.append(Overload(selector.annotation, None, response))
        if union.discriminator:
            # The overloads state the documented contract, but parsing follows the response's
            # own tag: a variant the spec does not know then parses as the fallback instead
            # of failing against the variant the parameter asked for.
            cases = []
        return selector, tuple(overloads), tuple(cases)


def _unshadowed(ep: Endpoint, names: set[str]) -> Endpoint:
    """`ep` with the builtins its class's methods shadow written `builtins.<name>`."""
    if not names:
        return ep

    def q(text: str) -> Code:
        return naming.qualify_builtins(text, names)

    return dataclasses.replace(
        ep,
        params=tuple(dataclasses.replace(p, annotation=q(p.annotation)) for p in ep.params),
        overloads=tuple(
            dataclasses.replace(
                o,
                annotation=q(o.annotation),
                returns=q(o.returns),
                async_returns=q(o.async_returns) if o.async_returns else o.async_returns,
            )
            for o in ep.overloads
        ),
        returns=q(ep.returns),
        async_returns=q(ep.async_returns),
    )


def _fixed_query(path: str) -> tuple[tuple[str, str], ...]:
    """The `?name=value&...` an endpoint's path ends in, decoded."""
    from urllib.parse import parse_qsl

    return tuple(parse_qsl(path.partition("?")[2], keep_blank_values=True))


def _enum_literal(enum: Enum) -> Callable[[Any], Code]:
    """`Literal[...]` of some of an enum's values, each also as its member (`Size.BIG`)."""
    names = {m.value: m.name for m in enum.members}

    def literal(values: Any) -> Code:
        items: list[str] = [naming.pyrepr(v) for v in values]
        items += [f"{enum.name}.{names[v]}" for v in values if v in names]
        # Built from `pyrepr` literals and identifiers only.
        return Code(f"Literal[{', '.join(items)}]")

    return literal


def _union_annotation(members: list[Code]) -> Code:
    """`A | B`, with the literal members merged into one `Literal[...]` where the first was."""
    literals = [m.removeprefix("Literal[").removesuffix("]") for m in members if _is_literal(m)]
    out: list[str] = []
    for member in members:
        if not _is_literal(member):
            out.append(member)
        elif literals:
            out.append(f"Literal[{', '.join(literals)}]")
            literals = []
    # Built from annotations, which are identifiers and `pyrepr` literals only.
    return Code(" | ".join(out))


def _is_literal(annotation: str) -> bool:
    return annotation.startswith("Literal[") and annotation.endswith("]") and "|" not in annotation


def _note(reads: Reads, name: str, kind: str | None, content: bool) -> None:
    known = reads.get(name)
    reads[name] = (kind, content or (known is not None and known[1]))


def _sunset(spec: Any) -> str | None:
    return spec.sunset.isoformat() if spec.sunset is not None else None


def _constraints(given: dict[str, Any]) -> dict[str, Any]:
    """Constraints with whole-number bounds as integers (`ge=0`, not `ge=0.0`)."""
    return {
        key: int(value) if isinstance(value, float) and value.is_integer() else value
        for key, value in given.items()
    }


def _wire(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _literal(values: Any) -> Code:
    return Code("Literal[" + ", ".join(naming.pyrepr(v) for v in values) + "]")


def _kind_word(want: tuple[str, ...]) -> str:
    words = {"enums": "enum", "models": "model", "unions": "union"}
    return " or ".join(words[w] for w in want) if len(want) < 3 else "type"


def _a(kind: str) -> str:
    return {"enums": "an enum", "models": "a model", "unions": "a union"}[kind]
