"""Breaking-change detection between two versions of a provider's spec.

Both sides go through the normal loader and resolver, and the comparison runs
on what they resolved to, never on YAML text: reordering keys, moving a
definition or reformatting produce no findings. Every finding comes from a
rule in `RULES`, points at a line of the user's spec file, and names the
Python symbol of the generated client that changes.
"""

from __future__ import annotations

import dataclasses
import datetime
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any, Literal

from ..ir.resolve import API
from ..spec.format import FieldSpec, ParamSpec, Spec, UnionSpec
from ..spec.load import LoadedSpec, PathKey
from ..spec.typeexpr import TypeExpr, TypeSyntaxError, parse, rename

Severity = Literal["breaking", "warning", "info"]
SEVERITIES: tuple[Severity, ...] = ("breaking", "warning", "info")
# Whom a change can break. `sdk` (the default): code written against the generated
# client, which also checks at run time what the spec promises. `wire`: any existing
# client of the API, whatever made it, as API-description tools (oasdiff) judge.
Perspective = Literal["sdk", "wire"]
PERSPECTIVES: tuple[Perspective, ...] = ("sdk", "wire")


@dataclass(frozen=True)
class Rule:
    id: str
    severity: Severity
    category: str
    summary: str
    # The severity seen from the wire, where it differs, and why.
    wire: Severity | None = None
    wire_reason: str | None = None


RULES: dict[str, Rule] = {
    rule.id: rule
    for rule in [
        # provider
        Rule("provider-added", "info", "provider", "A provider's spec was added."),
        Rule(
            "provider-removed",
            "breaking",
            "provider",
            "A provider's spec was removed: its package disappears.",
        ),
        Rule(
            "provider-id-changed", "breaking", "provider", "The package name of the client changed."
        ),
        Rule("client-name-changed", "breaking", "provider", "The client class name changed."),
        Rule(
            "auth-changed",
            "breaking",
            "provider",
            "The auth scheme or the header carrying the key changed.",
        ),
        Rule(
            "auth-env-changed",
            "warning",
            "provider",
            "The environment variable the key is read from changed.",
        ),
        Rule("base-url-changed", "warning", "provider", "The default base URL changed."),
        Rule(
            "error-class-added",
            "info",
            "provider",
            "A status got an exception class of its own (a subclass of the one it had).",
        ),
        Rule(
            "error-class-removed",
            "breaking",
            "provider",
            "A status lost its exception class: code that catches it no longer imports.",
        ),
        Rule(
            "error-class-renamed",
            "breaking",
            "provider",
            "A status's exception class was renamed: code that catches it no longer imports.",
        ),
        Rule(
            "rate-limit-tightened",
            "warning",
            "provider",
            "A rate limit was added or lowered: calls may now wait.",
        ),
        Rule("rate-limit-loosened", "info", "provider", "A rate limit was removed or raised."),
        # endpoints and parameters
        Rule("endpoint-added", "info", "endpoint", "An endpoint was added."),
        Rule(
            "endpoint-removed",
            "breaking",
            "endpoint",
            "An endpoint was removed: its method disappears.",
        ),
        Rule(
            "endpoint-removed-after-deprecation",
            "warning",
            "endpoint",
            "An endpoint marked deprecated was removed (after its sunset date, if it had one): its "
            "method disappears, as announced.",
        ),
        Rule(
            "endpoint-method-changed",
            "breaking",
            "endpoint",
            "The HTTP method of an endpoint changed.",
        ),
        Rule("endpoint-path-changed", "breaking", "endpoint", "The path of an endpoint changed."),
        Rule(
            "response-type-changed",
            "breaking",
            "endpoint",
            "The response type of an endpoint changed.",
        ),
        Rule(
            "request-body-changed",
            "breaking",
            "endpoint",
            "An endpoint now sends a request body, or no longer does. (When it sends another "
            "model, the two models' fields are compared as the call's keyword arguments.)",
        ),
        Rule(
            "param-added-required",
            "breaking",
            "endpoint",
            "A required parameter was added: existing calls lack it.",
        ),
        Rule("param-added-optional", "info", "endpoint", "An optional parameter was added."),
        Rule(
            "param-removed",
            "breaking",
            "endpoint",
            "A parameter was removed: calls passing it fail.",
        ),
        Rule(
            "param-removed-after-deprecation",
            "warning",
            "endpoint",
            "A parameter marked deprecated was removed (after its sunset date, if it had one): "
            "calls passing it fail, as announced.",
        ),
        Rule("param-became-required", "breaking", "endpoint", "A parameter became required."),
        Rule("param-became-optional", "info", "endpoint", "A parameter became optional."),
        Rule("param-type-changed", "breaking", "endpoint", "The type of a parameter changed."),
        Rule(
            "request-body-encoding-changed",
            "breaking",
            "endpoint",
            "A request body gained its first file field (it is now sent as multipart/form-data) "
            "or lost its last one (it is JSON again): the server reads the other encoding.",
        ),
        Rule("stream-added", "info", "endpoint", "An endpoint can now stream its answer."),
        Rule(
            "pagination-added",
            "breaking",
            "endpoint",
            "A list endpoint now returns a page object instead of the response model.",
        ),
        Rule(
            "pagination-removed",
            "breaking",
            "endpoint",
            "A list endpoint returns the response model again instead of a page object.",
        ),
        Rule(
            "pagination-changed",
            "breaking",
            "endpoint",
            "A list endpoint pages by other fields or parameters: older clients ask for the "
            "next page wrongly.",
        ),
        Rule(
            "stream-removed",
            "breaking",
            "endpoint",
            "An endpoint no longer streams: calls with the stream switch on now fail.",
        ),
        Rule(
            "stream-event-changed",
            "breaking",
            "endpoint",
            "The type of a stream's events changed: older clients fail to parse them.",
        ),
        Rule(
            "stream-param-changed",
            "breaking",
            "endpoint",
            "Another parameter turns streaming on: older clients ask for it by the old one.",
        ),
        Rule(
            "stream-terminator-changed",
            "breaking",
            "endpoint",
            "A stream ends with another terminator or other final events: older clients "
            "report a complete stream as cut short, or read past its end.",
        ),
        Rule(
            "stream-error-event-changed",
            "warning",
            "endpoint",
            "Another SSE event name marks a stream's errors: older clients parse error "
            "events as events, or raise on ordinary ones.",
        ),
        Rule(
            "param-default-changed",
            "warning",
            "endpoint",
            "The default of a parameter changed: calls that omit it behave differently.",
        ),
        Rule(
            "param-location-changed",
            "breaking",
            "endpoint",
            "A parameter moved between path, query and header.",
        ),
        Rule(
            "param-allow-slash-changed",
            "warning",
            "endpoint",
            "Whether a path parameter keeps `/` changed.",
        ),
        Rule(
            "param-constraint-tightened",
            "breaking",
            "endpoint",
            "A request parameter accepts fewer values.",
            wire_reason="a bound set where none was: warning, as it may only write down a limit the API already had",
        ),
        Rule(
            "param-constraint-loosened",
            "info",
            "endpoint",
            "A request parameter accepts more values.",
        ),
        # enums
        Rule("enum-added", "info", "enum", "An enum was added."),
        Rule("enum-removed", "breaking", "enum", "An enum was removed: its class disappears."),
        Rule(
            "enum-renamed",
            "breaking",
            "enum",
            "An enum was renamed with the same values: its class name changes.",
        ),
        Rule(
            "request-enum-value-added",
            "info",
            "enum",
            "A value was added to an enum the client sends.",
        ),
        Rule(
            "request-enum-value-removed",
            "breaking",
            "enum",
            "A value was removed from an enum the client sends.",
        ),
        Rule(
            "response-enum-value-added",
            "info",
            "enum",
            "A value was added to an open enum the API returns: it was already kept.",
        ),
        Rule(
            "closed-response-enum-value-added",
            "breaking",
            "enum",
            "A value was added to a closed enum the API returns: older clients reject it.",
        ),
        Rule(
            "response-enum-value-removed",
            "warning",
            "enum",
            "A value was removed from an enum the API returns: code matching it is now dead.",
        ),
        Rule(
            "enum-became-closed",
            "breaking",
            "enum",
            "An enum became closed: unknown values are now rejected.",
        ),
        Rule(
            "enum-became-open", "info", "enum", "An enum became open: unknown values are now kept."
        ),
        # models
        Rule("model-added", "info", "model", "A model was added."),
        Rule("model-removed", "breaking", "model", "A model was removed: its class disappears."),
        Rule(
            "model-renamed",
            "breaking",
            "model",
            "A model was renamed with the same body: its class name changes.",
        ),
        Rule("model-base-changed", "breaking", "model", "The model a model extends changed."),
        Rule(
            "request-field-added-required",
            "breaking",
            "model",
            "A required field was added to a request body: existing calls lack it.",
        ),
        Rule(
            "request-field-added-optional",
            "info",
            "model",
            "An optional field was added to a request body.",
        ),
        Rule(
            "request-field-removed",
            "breaking",
            "model",
            "A field was removed from a request body: calls passing it fail.",
            wire="warning",
            wire_reason="an existing client still sends the field, which the API may ignore "
            "or refuse",
        ),
        Rule(
            "request-field-became-required",
            "breaking",
            "model",
            "A request body field became required.",
        ),
        Rule(
            "request-field-became-optional",
            "info",
            "model",
            "A request body field became optional.",
        ),
        Rule(
            "request-field-constraint-tightened",
            "breaking",
            "model",
            "A request body field accepts fewer values.",
            wire_reason="a bound set where none was: warning, as it may only write down a limit the API already had",
        ),
        Rule(
            "request-field-constraint-loosened",
            "info",
            "model",
            "A request body field accepts more values.",
        ),
        Rule(
            "field-removed-after-deprecation",
            "warning",
            "model",
            "A field marked deprecated was removed (after its sunset date, if it had one), as "
            "announced: calls passing it, and code reading it, fail.",
        ),
        Rule(
            "response-field-added", "info", "model", "A field was added to a model the API returns."
        ),
        Rule(
            "response-field-removed",
            "breaking",
            "model",
            "A field was removed from a model the API returns.",
            wire_reason="an optional field: warning, as an existing client copes with its absence already",
        ),
        Rule(
            "response-field-became-optional",
            "breaking",
            "model",
            "A response field may now be absent: code reading it must handle None.",
        ),
        Rule(
            "response-field-became-nullable",
            "breaking",
            "model",
            "A response field may now be null.",
        ),
        Rule(
            "response-field-became-required",
            "info",
            "model",
            "A response field is now always present.",
        ),
        Rule("field-type-changed", "breaking", "model", "The type of a model field changed."),
        Rule(
            "response-field-union-member-added",
            "breaking",
            "model",
            "A response field may hold a new kind of value (a union member): older clients "
            "fail to parse it.",
        ),
        Rule(
            "response-field-union-member-removed",
            "info",
            "model",
            "A response field no longer holds one kind of value (a union member).",
        ),
        Rule(
            "request-field-union-member-added",
            "info",
            "model",
            "A request field takes a new kind of value (a union member).",
        ),
        Rule(
            "request-field-union-member-removed",
            "breaking",
            "model",
            "A request field no longer takes one kind of value (a union member): calls that "
            "send it now fail.",
        ),
        Rule("field-default-changed", "warning", "model", "The default of a model field changed."),
        Rule(
            "response-field-constraint-loosened",
            "breaking",
            "model",
            "A response field may now hold values it could not before: older clients' models "
            "check the old bounds and reject them.",
            wire_reason="a pattern: warning, as only clients that check patterns (the generated ones do) can break",
        ),
        Rule(
            "response-field-constraint-tightened",
            "info",
            "model",
            "A response field holds fewer values than before.",
        ),
        # unions
        Rule("union-added", "info", "union", "A union was added."),
        Rule(
            "union-removed", "breaking", "union", "A union was removed: its type alias disappears."
        ),
        Rule(
            "union-renamed",
            "breaking",
            "union",
            "A union was renamed with the same body: its alias name changes.",
        ),
        Rule(
            "union-variant-added",
            "breaking",
            "union",
            "A variant was added to a union with no fallback: older clients fail on it.",
        ),
        Rule(
            "union-variant-added-with-fallback",
            "info",
            "union",
            "A variant was added to a union with a fallback: older clients parse it as the fallback.",
        ),
        Rule("union-variant-removed", "breaking", "union", "A variant was removed from a union."),
        Rule(
            "union-discriminator-changed",
            "breaking",
            "union",
            "The field that tells union variants apart changed.",
        ),
        Rule(
            "union-fallback-removed",
            "breaking",
            "union",
            "A union lost its fallback: unknown tags now fail.",
        ),
        Rule(
            "union-fallback-added", "info", "union", "A union gained a fallback for unknown tags."
        ),
        Rule(
            "union-selector-changed",
            "breaking",
            "union",
            "Which request parameter value selects which variant changed: overloads change.",
        ),
        Rule(
            "union-event-added",
            "warning",
            "union",
            "A stream union names a new SSE event and has no fallback: older clients parse "
            "that event by its shape alone, and fail if no variant fits.",
        ),
        Rule(
            "union-event-added-with-fallback",
            "info",
            "union",
            "A stream union names a new SSE event: older clients parse it as the fallback.",
        ),
        Rule(
            "union-event-removed",
            "info",
            "union",
            "A stream union no longer names an SSE event; older clients still parse it if it comes.",
        ),
        Rule(
            "union-event-changed",
            "breaking",
            "union",
            "An SSE event name now means another variant: older clients parse it as the old one.",
        ),
        # documentation
        Rule("description-changed", "info", "docs", "A description, summary or docs link changed."),
        Rule("example-changed", "info", "docs", "An example changed."),
        Rule(
            "deprecation-changed", "info", "docs", "Something was marked or unmarked as deprecated."
        ),
    ]
}

DOC_RULES = frozenset({"description-changed", "example-changed", "deprecation-changed"})


@dataclass(frozen=True)
class Finding:
    rule: str
    message: str
    file: str  # the new spec, or the old one for something removed
    line: int
    symbol: str | None
    group: str  # "endpoint models.retrieve", "models", "enums", "unions", "provider"
    new_file: str  # always the new spec: where a PR annotation goes
    new_line: int
    wire: Severity | None = None  # this change's severity seen from the wire, if not the rule's
    seen_from: Perspective = "sdk"

    @property
    def severity(self) -> Severity:
        rule = RULES[self.rule]
        if self.seen_from == "wire":
            return self.wire or rule.wire or rule.severity
        return rule.severity


def seen_from(findings: Iterable[Finding], perspective: Perspective) -> list[Finding]:
    """The findings with the severities of `perspective`."""
    return [dataclasses.replace(f, seen_from=perspective) for f in findings]


@dataclass(frozen=True)
class Side:
    """One version of a spec: as loaded (for positions) and as resolved (for Python names)."""

    loaded: LoadedSpec
    api: API
    # For a side imported from an OpenAPI document: spec path -> `file:line` there.
    origins: dict[tuple[str, ...], str] | None = None

    @property
    def spec(self) -> Spec:
        return self.loaded.spec

    def locate(self, path: PathKey) -> tuple[str, int]:
        """The file and line a finding at `path` points at."""
        if self.origins:
            for i in range(len(path), 0, -1):
                if tuple(path[:i]) in self.origins:
                    file, _, line = self.origins[tuple(path[:i])].rpartition(":")
                    return file, int(line)
            return self.loaded.display_path, 1
        return self.loaded.display_path, self.loaded.positions.of(path, key=True)[0]


def diff(old: Side | None, new: Side | None) -> list[Finding]:
    """Every finding between two versions of one provider's spec (either may be absent)."""
    if old is None and new is None:
        return []
    if old is None:
        assert new is not None
        return [_whole_provider(new, "provider-added")]
    if new is None:
        return [_whole_provider(old, "provider-removed")]
    return _Differ(old, new).run()


def _whole_provider(side: Side, rule: str) -> Finding:
    verb = "added" if rule.endswith("added") else "removed"
    count = len(side.spec.endpoints)
    path = side.loaded.display_path
    return Finding(
        rule,
        f"provider {side.spec.provider.id!r} {verb} ({count} endpoints)",
        path,
        1,
        f"{side.api.provider.package}.{side.api.provider.name}",
        "provider",
        path,
        1,
    )


def semver(findings: Iterable[Finding]) -> str:
    """The version bump a set of findings suggests: major, minor, patch or none."""
    findings = list(findings)
    rules = [f.rule for f in findings]
    if any(f.severity == "breaking" for f in findings):
        return "major"
    if any(r not in DOC_RULES for r in rules):
        return "minor"
    return "patch" if rules else "none"


# --------------------------------------------------------------------------------------


_TIGHTER = {"ge": 1, "gt": 1, "min_length": 1, "le": -1, "lt": -1, "max_length": -1}


class _Differ:
    def __init__(self, old: Side, new: Side) -> None:
        self.old, self.new = old, new
        self.findings: list[Finding] = []
        self.renames: dict[str, str] = {}  # old spec name -> new spec name
        self.response_old = _response_names(old.spec)
        self.response_new = _response_names(new.spec)
        self.request_old = _request_names(old.spec)
        self.request_new = _request_names(new.spec)
        self.old_classes = _class_names(old)
        self.new_classes = _class_names(new)

    # bookkeeping ---------------------------------------------------------------------

    def add(
        self,
        rule: str,
        message: str,
        path: PathKey,
        *,
        side: str = "new",
        symbol: str | None = None,
        group: str = "models",
        wire: Severity | None = None,
    ) -> None:
        assert rule in RULES, rule
        where = self.new if side == "new" else self.old
        file, line = where.locate(path)
        # A removal has no line in the new spec: its closest surviving parent stands in.
        new_file, new_line = self.new.locate(path)
        self.findings.append(
            Finding(rule, message, file, line, symbol, group, new_file, new_line, wire)
        )

    def pkg(self, side: Side | None = None) -> str:
        return (side or self.new).api.provider.package

    def cls(self, spec_name: str, side: Side | None = None) -> str:
        names = self.old_classes if side is self.old else self.new_classes
        return names.get(spec_name, spec_name)

    def model_symbol(self, name: str, side: Side | None = None) -> str:
        return f"{self.pkg(side)}.models.{self.cls(name, side)}"

    def run(self) -> list[Finding]:
        self._renames()
        self._provider()
        self._definitions("enums", self._enum)
        self._definitions("models", self._model)
        self._definitions("unions", self._union)
        self._endpoints()
        order = {s: i for i, s in enumerate(SEVERITIES)}
        return sorted(
            self.findings, key=lambda f: (order[f.severity], f.file, f.line, f.rule, f.message)
        )

    def norm(self, text: str, renamed: bool) -> str:
        """A type expression in canonical form; on the old side, with renames applied."""
        try:
            expr = parse(text)
        except TypeSyntaxError:  # pragma: no cover - the resolver accepted both sides
            return text
        return str(rename(expr, self.renames) if renamed else expr)

    # renames ---------------------------------------------------------------------------

    def _renames(self) -> None:
        for section, rule in (
            ("enums", "enum-renamed"),
            ("models", "model-renamed"),
            ("unions", "union-renamed"),
        ):
            old_items: dict[str, Any] = getattr(self.old.spec, section)
            new_items: dict[str, Any] = getattr(self.new.spec, section)
            gone = [n for n in old_items if n not in new_items]
            fresh = [n for n in new_items if n not in old_items]
            for old_name in gone:
                body = _body(old_items[old_name])
                match = [n for n in fresh if _body(new_items[n]) == body]
                if len(match) == 1:
                    new_name = match[0]
                    fresh.remove(new_name)
                    self.renames[old_name] = new_name
                    self.add(
                        rule,
                        f"{old_name} renamed to {new_name}",
                        (section, new_name),
                        symbol=f"{self.model_symbol(old_name, self.old)} -> {self.cls(new_name)}",
                        group=section,
                    )

    def _paired(self, section: str) -> tuple[list[str], list[str], list[tuple[str, str]]]:
        old_items = getattr(self.old.spec, section)
        new_items = getattr(self.new.spec, section)
        renamed_to = set(self.renames.values())
        removed = [n for n in old_items if n not in new_items and n not in self.renames]
        added = [n for n in new_items if n not in old_items and n not in renamed_to]
        pairs = [
            (n, self.renames.get(n, n)) for n in old_items if self.renames.get(n, n) in new_items
        ]
        return removed, added, pairs

    def _definitions(self, section: str, compare: Callable[[str, str], None]) -> None:
        """Added and removed enums, models or unions; then `compare` on each pair."""
        word = section.removesuffix("s")
        removed, added, pairs = self._paired(section)
        for name in removed:
            self.add(
                f"{word}-removed",
                f"{word} {name} removed",
                (section, name),
                side="old",
                symbol=self.model_symbol(name, self.old),
                group=section,
            )
        for name in added:
            self.add(
                f"{word}-added",
                f"{word} {name} added",
                (section, name),
                symbol=self.model_symbol(name),
                group=section,
            )
        for old_name, name in pairs:
            compare(old_name, name)

    # provider --------------------------------------------------------------------------

    def _provider(self) -> None:
        o, n = self.old.spec.provider, self.new.spec.provider
        symbol = f"{self.pkg()}.{n.name}"
        if o.id != n.id:
            self.add(
                "provider-id-changed",
                f"package {o.id!r} is now {n.id!r}",
                ("provider", "id"),
                symbol=symbol,
                group="provider",
            )
        if o.name != n.name:
            self.add(
                "client-name-changed",
                f"client {o.name} is now {n.name}",
                ("provider", "name"),
                symbol=symbol,
                group="provider",
            )
        if (o.auth.scheme, o.auth.header) != (n.auth.scheme, n.auth.header):
            self.add(
                "auth-changed",
                f"auth {_auth(o.auth)} is now {_auth(n.auth)}",
                ("provider", "auth"),
                symbol=symbol,
                group="provider",
            )
        if o.auth.env != n.auth.env:
            self.add(
                "auth-env-changed",
                f"the key is read from {n.auth.env}, not {o.auth.env}",
                ("provider", "auth", "env"),
                symbol=symbol,
                group="provider",
            )
        if o.base_url != n.base_url:
            self.add(
                "base-url-changed",
                f"base URL {o.base_url} is now {n.base_url}",
                ("provider", "base_url"),
                symbol=symbol,
                group="provider",
            )
        self._error_classes(o, n)
        self._docs(o, n, ("provider",), symbol, "provider")

    def _error_classes(self, o: Any, n: Any) -> None:
        """Statuses that gained, lost or renamed an exception class of their own."""
        old = o.errors.statuses if o.errors else {}
        new = n.errors.statuses if n.errors else {}
        for status in sorted(old.keys() | new.keys()):
            path = ("provider", "errors", "statuses", str(status))
            if status not in old:
                rule, message, side = (
                    "error-class-added",
                    f"{status} raises {new[status].name}",
                    "new",
                )
            elif status not in new:
                rule, message, side = (
                    "error-class-removed",
                    f"{status} no longer raises {old[status].name}",
                    "old",
                )
            elif old[status].name != new[status].name:
                rule, message, side = (
                    "error-class-renamed",
                    f"{old[status].name} is now {new[status].name}",
                    "new",
                )
            else:
                continue
            name = (new if side == "new" else old)[status].name
            self.add(
                rule, message, path, side=side, symbol=f"{self.pkg()}.{name}", group="provider"
            )

    # enums -----------------------------------------------------------------------------

    def _enum(self, old_name: str, name: str) -> None:
        o, n = self.old.spec.enums[old_name], self.new.spec.enums[name]
        path = ("enums", name)
        symbol = self.model_symbol(name)
        in_request = old_name in self.request_old or name in self.request_new
        in_response = old_name in self.response_old or name in self.response_new
        if o.open and not n.open:
            self.add(
                "enum-became-closed",
                f"enum {name} is now closed: unknown values are rejected",
                (*path, "open"),
                symbol=symbol,
                group="enums",
            )
        if n.open and not o.open:
            self.add(
                "enum-became-open",
                f"enum {name} is now open",
                (*path, "open"),
                symbol=symbol,
                group="enums",
            )
        enum = next(e for e in self.new.api.enums if e.spec_name == name)
        old_enum = next(e for e in self.old.api.enums if e.spec_name == old_name)
        members = {m.value: m.name for m in enum.members} | {
            m.value: m.name for m in old_enum.members
        }
        new_values: list[str | int] = [*n.values]
        old_values: list[str | int] = [*o.values]
        for value in [v for v in new_values if v not in old_values]:
            where = (*path, "values", str(new_values.index(value)))
            member = f"{symbol}.{members[value]}"
            if in_request:
                self.add(
                    "request-enum-value-added",
                    f"{name} gained {value!r}",
                    where,
                    symbol=member,
                    group="enums",
                )
            if in_response:
                rule = "response-enum-value-added" if n.open else "closed-response-enum-value-added"
                self.add(rule, f"{name} gained {value!r}", where, symbol=member, group="enums")
        for value in [v for v in old_values if v not in new_values]:
            where = ("enums", old_name, "values", str(old_values.index(value)))
            member = f"{symbol}.{members[value]}"
            if in_request:
                self.add(
                    "request-enum-value-removed",
                    f"{name} lost {value!r}",
                    where,
                    side="old",
                    symbol=member,
                    group="enums",
                )
            if in_response:
                self.add(
                    "response-enum-value-removed",
                    f"{name} lost {value!r}",
                    where,
                    side="old",
                    symbol=member,
                    group="enums",
                )
        self._docs(o, n, path, symbol, "enums")

    # models ----------------------------------------------------------------------------

    def _model(self, old_name: str, name: str) -> None:
        o, n = self.old.spec.models[old_name], self.new.spec.models[name]
        path = ("models", name)
        symbol = self.model_symbol(name)
        response = old_name in self.response_old and name in self.response_new
        if self.renames.get(o.extends or "", o.extends) != n.extends:
            self.add(
                "model-base-changed",
                f"{name} extends {n.extends} instead of {o.extends}",
                (*path, "extends") if n.extends else path,
                symbol=symbol,
            )
        model = next(m for m in self.new.api.models if m.spec_name == name)
        old_model = next(m for m in self.old.api.models if m.spec_name == old_name)
        py = {f.wire_name: f.name for f in old_model.fields} | {
            f.wire_name: f.name for f in model.fields
        }
        request = old_name in self.request_old and name in self.request_new
        for wire in [w for w in o.fields if w not in n.fields]:
            where = ("models", old_name, "fields", wire)
            if (response or request) and _removable(o.fields[wire]):
                self.add(
                    "field-removed-after-deprecation",
                    f"{name}.{wire} removed",
                    where,
                    side="old",
                    symbol=f"{symbol}.{py[wire]}",
                )
                continue
            if response:
                self.add(
                    "response-field-removed",
                    f"{name}.{wire} removed",
                    where,
                    side="old",
                    symbol=f"{symbol}.{py[wire]}",
                    # An existing client copes with an optional field's absence already.
                    wire=None if _field_required(o.fields[wire]) else "warning",
                )
            if request:
                self.add(
                    "request-field-removed",
                    f"{name}.{wire} removed",
                    where,
                    side="old",
                    symbol=f"{symbol}.{py[wire]}",
                )
        for wire in [w for w in n.fields if w not in o.fields]:
            where = (*path, "fields", wire)
            if response:
                self.add(
                    "response-field-added",
                    f"{name}.{wire} added",
                    where,
                    symbol=f"{symbol}.{py[wire]}",
                )
            if request:
                required = _field_required(n.fields[wire])
                rule = (
                    "request-field-added-required" if required else "request-field-added-optional"
                )
                kind = "required" if required else "optional"
                self.add(
                    rule, f"{name}.{wire} added ({kind})", where, symbol=f"{symbol}.{py[wire]}"
                )
        for wire in [w for w in o.fields if w in n.fields]:
            self._field(
                f"{name}.{wire}",
                o.fields[wire],
                n.fields[wire],
                (*path, "fields", wire),
                f"{symbol}.{py[wire]}",
                response,
                request,
            )
        self._docs(o, n, path, symbol, "models")

    def _union_members(
        self,
        label: str,
        old: str,
        new: str,
        where: PathKey,
        symbol: str,
        response: bool,
        request: bool,
    ) -> bool:
        """Report a union that only gained or only lost members; False if it is not that."""
        old_members, new_members = _members(old), _members(new)
        added = [m for m in new_members if m not in old_members]
        removed = [m for m in old_members if m not in new_members]
        if (added and removed) or len(old_members) == len(new_members) == 1:
            return False
        for member in added:
            if response:
                self.add(
                    "response-field-union-member-added",
                    f"{label} may now be {member}",
                    where,
                    symbol=symbol,
                )
            if request:
                self.add(
                    "request-field-union-member-added",
                    f"{label} now also takes {member}",
                    where,
                    symbol=symbol,
                )
        for member in removed:
            if response:
                self.add(
                    "response-field-union-member-removed",
                    f"{label} is never {member} now",
                    where,
                    symbol=symbol,
                )
            if request:
                self.add(
                    "request-field-union-member-removed",
                    f"{label} no longer takes {member}",
                    where,
                    symbol=symbol,
                )
        return True

    def _field(
        self,
        label: str,
        o: FieldSpec,
        n: FieldSpec,
        path: PathKey,
        symbol: str,
        response: bool,
        request: bool,
    ) -> None:
        old_t, new_t = _shape(parse(o.type)), _shape(parse(n.type))
        old_core, new_core = self.norm(str(old_t.core), True), self.norm(str(new_t.core), False)
        if old_core != new_core and not self._union_members(
            label, old_core, new_core, (*path, "type"), symbol, response, request
        ):
            self.add(
                "field-type-changed",
                f"{label} is {new_t.core}, was {old_t.core}",
                (*path, "type"),
                symbol=symbol,
            )
        old_required = not old_t.optional and _no_default(o)
        new_required = not new_t.optional and _no_default(n)
        if old_required != new_required:
            now = "required" if new_required else "optional"
            where = (*path, "type")
            if response:
                message = "is now always present" if new_required else "may now be absent"
                self.add(f"response-field-became-{now}", f"{label} {message}", where, symbol=symbol)
            if request:
                self.add(
                    f"request-field-became-{now}", f"{label} is now {now}", where, symbol=symbol
                )
        if response and new_t.nullable and not old_t.nullable:
            self.add(
                "response-field-became-nullable",
                f"{label} may now be null",
                (*path, "type"),
                symbol=symbol,
            )
        if o.default != n.default:
            self.add(
                "field-default-changed",
                f"{label} defaults to {n.default!r}, was {o.default!r}",
                (*path, "default"),
                symbol=symbol,
            )
        for name, tighter in _constraint_changes(o.constraints(), n.constraints()):
            where = (*path, name) if name in n.constraints() else path
            change = f"{label}: {name} {_show(o, name)} -> {_show(n, name)}"
            how = "tightened" if tighter else "loosened"
            # The same change narrows what a client may send and what it may receive.
            for side, applies in (("response", response), ("request", request)):
                if applies:
                    self.add(
                        f"{side}-field-constraint-{how}",
                        change,
                        where,
                        symbol=symbol,
                        wire=_wire_bound(side, name, tighter, o.constraints().get(name)),
                    )
        self._docs(o, n, path, symbol, "models")

    # unions ----------------------------------------------------------------------------

    def _union(self, old_name: str, name: str) -> None:
        o, n = self.old.spec.unions[old_name], self.new.spec.unions[name]
        path = ("unions", name)
        symbol = self.model_symbol(name)
        old_variants = [self.renames.get(v, v) for v in o.variants]
        for variant in [v for v in n.variants if v not in old_variants]:
            where = (*path, "variants", str(n.variants.index(variant)))
            if o.fallback:
                self.add(
                    "union-variant-added-with-fallback",
                    f"{name} gained {variant}",
                    where,
                    symbol=symbol,
                    group="unions",
                )
            else:
                self.add(
                    "union-variant-added",
                    f"{name} gained {variant}; it has no fallback",
                    where,
                    symbol=symbol,
                    group="unions",
                )
        for variant in [v for v in old_variants if v not in n.variants]:
            self.add(
                "union-variant-removed",
                f"{name} lost {variant}",
                (*path, "variants"),
                symbol=symbol,
                group="unions",
            )
        if o.discriminator != n.discriminator:
            self.add(
                "union-discriminator-changed",
                f"{name} is told apart by {n.discriminator!r}, was {o.discriminator!r}",
                (*path, "discriminator") if n.discriminator else path,
                symbol=symbol,
                group="unions",
            )
        old_fallback = self.renames.get(o.fallback or "", o.fallback)
        if old_fallback and not n.fallback:
            self.add(
                "union-fallback-removed",
                f"{name} lost its fallback {o.fallback}",
                path,
                symbol=symbol,
                group="unions",
            )
        elif n.fallback and not old_fallback:
            self.add(
                "union-fallback-added",
                f"{name} parses unknown tags as {n.fallback}",
                (*path, "fallback"),
                symbol=symbol,
                group="unions",
            )
        old_sel = _selector(o, self.renames)
        new_sel = _selector(n, {})
        if old_sel != new_sel:
            self.add(
                "union-selector-changed",
                f"{name}: {_show_selector(old_sel)} -> {_show_selector(new_sel)}",
                (*path, "selected_by") if n.selected_by else path,
                symbol=symbol,
                group="unions",
            )
        self._union_events(old_name, name, symbol)
        self._docs(o, n, path, symbol, "unions")

    def _union_events(self, old_name: str, name: str, symbol: str) -> None:
        """Event names of a stream union (`events:`) gained, lost or pointed elsewhere."""
        o, n = self.old.spec.unions[old_name], self.new.spec.unions[name]
        old = {event: self.renames.get(v, v) for event, v in (o.events or {}).items()}
        new = n.events or {}
        path = ("unions", name)
        for event, variant in new.items():
            where = (*path, "events", event)
            if event not in old:
                rule = "union-event-added-with-fallback" if o.fallback else "union-event-added"
                self.add(
                    rule,
                    f"{name} names event {event!r} ({variant})",
                    where,
                    symbol=symbol,
                    group="unions",
                )
            elif old[event] != variant:
                self.add(
                    "union-event-changed",
                    f"{name}: event {event!r} is {variant}, was {old[event]}",
                    where,
                    symbol=symbol,
                    group="unions",
                )
        for event in [e for e in old if e not in new]:
            self.add(
                "union-event-removed",
                f"{name} no longer names event {event!r}",
                ("unions", old_name, "events", event),
                side="old",
                symbol=symbol,
                group="unions",
            )

    # endpoints -------------------------------------------------------------------------

    def _endpoints(self) -> None:
        old_eps, new_eps = self.old.spec.endpoints, self.new.spec.endpoints
        client = self.new.api.provider.name
        for key in [k for k in old_eps if k not in new_eps]:
            self.add(
                "endpoint-removed-after-deprecation"
                if _removable(old_eps[key])
                else "endpoint-removed",
                f"{key} ({old_eps[key].method} {old_eps[key].path}) removed"
                + _before_sunset(old_eps[key]),
                ("endpoints", key),
                side="old",
                symbol=f"{client}.{_call(key)}",
                group=f"endpoint {key}",
            )
        for key in [k for k in new_eps if k not in old_eps]:
            self.add(
                "endpoint-added",
                f"{key} ({new_eps[key].method} {new_eps[key].path}) added",
                ("endpoints", key),
                symbol=f"{client}.{_call(key)}",
                group=f"endpoint {key}",
            )
        for key in [k for k in old_eps if k in new_eps]:
            self._endpoint(key, old_eps[key], new_eps[key], f"{client}.{_call(key)}")
        self._rate_limits()

    def _stream(self, key: str, o: Any, n: Any, path: PathKey, symbol: str, group: str) -> None:
        """Streaming gained or lost, and what a stream's events are."""
        if o is None and n is not None:
            self.add(
                "stream-added",
                f"{key} can now stream",
                (*path, "stream"),
                symbol=symbol,
                group=group,
            )
            return
        if o is not None and n is None:
            self.add("stream-removed", f"{key} no longer streams", path, symbol=symbol, group=group)
            return
        if o is None or n is None:
            return
        changes = (
            (
                "stream-event-changed",
                self.norm(o.event, True) != self.norm(n.event, False),
                f"{key} streams {n.event}, was {o.event}",
                (*path, "stream", "event"),
            ),
            (
                "stream-param-changed",
                o.param != n.param,
                f"{key} streams with {n.param!r}, was {o.param!r}",
                (*path, "stream", "param"),
            ),
            (
                "stream-terminator-changed",
                (o.terminator, sorted(o.final_events)) != (n.terminator, sorted(n.final_events)),
                f"{key} streams end with {_stream_end(n)}, was {_stream_end(o)}",
                (*path, "stream"),
            ),
            (
                "stream-error-event-changed",
                o.error_event != n.error_event,
                f"{key} error events are named {n.error_event!r}, was {o.error_event!r}",
                (*path, "stream"),
            ),
        )
        for rule, changed, message, where in changes:
            if changed:
                self.add(rule, message, where, symbol=symbol, group=group)

    def _body_switch(self, old_body: str, new_body: str, call: str, group: str) -> None:
        """An endpoint sends another model. Its fields are the call's keyword arguments,
        so they are compared as such: only what callers see as changed is reported."""
        before, after = _body_fields(self.old, old_body), _body_fields(self.new, new_body)
        for wire in [w for w in before if w not in after]:
            owner, spec, py = before[wire]
            self.add(
                "field-removed-after-deprecation" if _removable(spec) else "request-field-removed",
                f"{new_body} (was {old_body}) has no {wire}",
                ("models", owner, "fields", wire),
                side="old",
                symbol=f"{call}({py}=…)",
                group=group,
            )
        for wire in [w for w in after if w not in before]:
            owner, spec, py = after[wire]
            required = _field_required(spec)
            self.add(
                "request-field-added-required" if required else "request-field-added-optional",
                f"{new_body} (was {old_body}) adds {wire} ({'required' if required else 'optional'})",
                ("models", owner, "fields", wire),
                symbol=f"{call}({py}=…)",
                group=group,
            )
        for wire in [w for w in after if w in before]:
            owner, spec, py = after[wire]
            self._field(
                f"{new_body}.{wire}",
                before[wire][1],
                spec,
                ("models", owner, "fields", wire),
                f"{call}({py}=…)",
                False,
                True,
            )

    def _endpoint(self, key: str, o: Any, n: Any, symbol: str) -> None:
        path = ("endpoints", key)
        group = f"endpoint {key}"
        if o.method != n.method:
            self.add(
                "endpoint-method-changed",
                f"{key} is {n.method}, was {o.method}",
                (*path, "method"),
                symbol=symbol,
                group=group,
            )
        if _route(o.path) != _route(n.path):
            self.add(
                "endpoint-path-changed",
                f"{key} path is {n.path}, was {o.path}",
                (*path, "path"),
                symbol=symbol,
                group=group,
            )
        if o.body and n.body and self.norm(o.body, True) != self.norm(n.body, False):
            self._body_switch(o.body, n.body, symbol.removesuffix("()"), group)
        elif bool(o.body) != bool(n.body):
            self.add(
                "request-body-changed",
                f"{key} sends {n.body or 'no body'}, was {o.body or 'no body'}",
                (*path, "body") if n.body else path,
                symbol=symbol,
                group=group,
            )
        if self.norm(o.response, True) != self.norm(n.response, False):
            self.add(
                "response-type-changed",
                f"{key} returns {n.response}, was {o.response}",
                (*path, "response"),
                symbol=symbol,
                group=group,
            )
        self._stream(key, o.stream, n.stream, path, symbol, group)
        if o.pagination != n.pagination:
            rule = (
                "pagination-added"
                if o.pagination is None
                else "pagination-removed"
                if n.pagination is None
                else "pagination-changed"
            )
            message = {
                "pagination-added": f"{key} now returns pages",
                "pagination-removed": f"{key} no longer returns pages",
                "pagination-changed": f"{key} pages differently",
            }[rule]
            where = (*path, "pagination") if n.pagination is not None else path
            self.add(rule, message, where, symbol=symbol, group=group)
        endpoint = next(e for e in self.new.api.endpoints if e.key == key)
        old_endpoint = next(e for e in self.old.api.endpoints if e.key == key)
        if old_endpoint.multipart != endpoint.multipart:
            encoding = "multipart/form-data" if endpoint.multipart else "JSON"
            self.add(
                "request-body-encoding-changed",
                f"{key} now sends its body as {encoding}",
                (*path, "body") if n.body else path,
                symbol=symbol,
                group=group,
            )
        py = {p.wire_name: p.name for p in old_endpoint.params} | {
            p.wire_name: p.name for p in endpoint.params
        }
        call = symbol.removesuffix("()")
        for wire in [w for w in o.params if w not in n.params]:
            self.add(
                "param-removed-after-deprecation"
                if _removable(o.params[wire])
                else "param-removed",
                f"{key}: parameter {wire!r} removed" + _before_sunset(o.params[wire]),
                ("endpoints", key, "params", wire),
                side="old",
                symbol=f"{call}({py[wire]}=…)",
                group=group,
            )
        for wire in [w for w in n.params if w not in o.params]:
            required = _param_required(n.params[wire])
            rule = "param-added-required" if required else "param-added-optional"
            self.add(
                rule,
                f"{key}: {'required' if required else 'optional'} parameter {wire!r} added",
                (*path, "params", wire),
                symbol=f"{call}({py[wire]}=…)",
                group=group,
            )
        for wire in [w for w in o.params if w in n.params]:
            self._param(
                key,
                wire,
                o.params[wire],
                n.params[wire],
                (*path, "params", wire),
                f"{call}({py[wire]}=…)",
                group,
            )
        self._docs(
            o,
            n,
            path,
            symbol,
            group,
            fields=("description", "docs", "summary", "response_description"),
        )

    def _param(
        self,
        key: str,
        wire: str,
        o: ParamSpec,
        n: ParamSpec,
        path: PathKey,
        symbol: str,
        group: str,
    ) -> None:
        label = f"{key}: parameter {wire!r}"
        if o.location != n.location:
            self.add(
                "param-location-changed",
                f"{label} moved from {o.location} to {n.location}",
                (*path, "in"),
                symbol=symbol,
                group=group,
            )
        old_t, new_t = _shape(parse(o.type)), _shape(parse(n.type))
        if self.norm(str(old_t.core), True) != self.norm(str(new_t.core), False) or (
            new_t.nullable != old_t.nullable
        ):
            self.add(
                "param-type-changed",
                f"{label} is {new_t.core}, was {old_t.core}",
                (*path, "type"),
                symbol=symbol,
                group=group,
            )
        old_req, new_req = _param_required(o), _param_required(n)
        if old_req != new_req:
            now = "required" if new_req else "optional"
            self.add(
                f"param-became-{now}",
                f"{label} is now {now}",
                (*path, "type"),
                symbol=symbol,
                group=group,
            )
        if o.default != n.default:
            self.add(
                "param-default-changed",
                f"{label} defaults to {n.default!r}, was {o.default!r}",
                (*path, "default") if "default" in n.model_fields_set else path,
                symbol=symbol,
                group=group,
            )
        if o.allow_slash != n.allow_slash:
            state = "keeps" if n.allow_slash else "now encodes"
            self.add(
                "param-allow-slash-changed",
                f"{label} {state} `/`",
                (*path, "allow_slash") if "allow_slash" in n.model_fields_set else path,
                symbol=symbol,
                group=group,
            )
        for name, tighter in _constraint_changes(o.constraints(), n.constraints()):
            how = "tightened" if tighter else "loosened"
            self.add(
                f"param-constraint-{how}",
                f"{label}: {name} {_show(o, name)} -> {_show(n, name)}",
                (*path, name) if name in n.constraints() else path,
                symbol=symbol,
                group=group,
                wire=_wire_bound("request", name, tighter, o.constraints().get(name)),
            )
        self._docs(o, n, path, symbol, group)

    def _rate_limits(self) -> None:
        old_eps, new_eps = self.old.spec.endpoints, self.new.spec.endpoints
        client = self.new.api.provider.name
        for key in [k for k in old_eps if k in new_eps]:
            o, n = old_eps[key].rate_limit, new_eps[key].rate_limit
            old_rate = o.requests / o.per if o else None
            new_rate = n.requests / n.per if n else None
            if old_rate == new_rate:
                continue
            where: PathKey = ("endpoints", key, "rate_limit") if n else ("endpoints", key)
            tighter = new_rate is not None and (old_rate is None or new_rate < old_rate)
            text_old = f"{o.requests} per {o.per:g}s" if o else "none"
            text_new = f"{n.requests} per {n.per:g}s" if n else "none"
            self.add(
                "rate-limit-tightened" if tighter else "rate-limit-loosened",
                f"{key}: rate limit {text_old} -> {text_new}",
                where,
                symbol=f"{client}.{_call(key)}",
                group=f"endpoint {key}",
            )

    # documentation ---------------------------------------------------------------------

    def _docs(
        self,
        o: Any,
        n: Any,
        path: PathKey,
        symbol: str | None,
        group: str,
        fields: tuple[str, ...] = ("description", "docs"),
    ) -> None:
        for name in fields:
            if getattr(o, name, None) != getattr(n, name, None):
                self.add(
                    "description-changed",
                    f"{'.'.join(path[1:]) or path[0]}: {name} changed",
                    (*path, name) if getattr(n, name, None) else path,
                    symbol=symbol,
                    group=group,
                )
        if hasattr(o, "all_examples") and o.all_examples() != n.all_examples():
            self.add(
                "example-changed",
                f"{'.'.join(path[1:])}: examples changed",
                path,
                symbol=symbol,
                group=group,
            )
        if getattr(o, "deprecated", False) != getattr(n, "deprecated", False):
            state = "deprecated" if n.deprecated else "no longer deprecated"
            self.add(
                "deprecation-changed",
                f"{'.'.join(path[1:])} is {state}",
                path,
                symbol=symbol,
                group=group,
            )


# helpers ------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Shape:
    core: TypeExpr  # without optional<> and nullable<>
    optional: bool
    nullable: bool


def _shape(expr: TypeExpr) -> _Shape:
    inner, optional = expr.strip_optional()
    nullable = inner.kind == "nullable"
    return _Shape(inner.inner if nullable else inner, optional, nullable)


def _class_names(side: Side) -> dict[str, str]:
    """Spec name -> Python class name of every enum, model and union on one side."""
    api = side.api
    names = {e.spec_name: e.name for e in api.enums}
    names |= {m.spec_name: m.name for m in api.models}
    names |= {u.spec_name: u.name for u in api.unions}
    return names


def _body(item: Any) -> Any:
    return item.model_dump(mode="json", by_alias=True)


def _members(text: str) -> list[str]:
    """The members of a union type (canonical text), or the type itself as its one member."""
    expr = parse(text)
    return [str(m) for m in expr.members] if expr.kind == "union" else [str(expr)]


def _no_default(spec: Any) -> bool:
    return "default" not in spec.model_fields_set or spec.default is None


def _param_required(spec: ParamSpec) -> bool:
    return not parse(spec.type).strip_optional()[1] and _no_default(spec)


def _removable(spec: Any) -> bool:
    """Deprecated, and past its sunset date if it has one: its removal was announced.

    Removed before that date, it is as breaking as if it had never been deprecated.
    """
    return bool(spec.deprecated) and (spec.sunset is None or spec.sunset <= datetime.date.today())


def _before_sunset(spec: Any) -> str:
    if spec.deprecated and not _removable(spec):
        return f" before its sunset date, {spec.sunset.isoformat()}"
    return ""


def _body_fields(side: Side, name: str) -> dict[str, tuple[str, FieldSpec, str]]:
    """A body model's fields with those it inherits: wire name -> (owner, spec, Python name)."""
    chain = []
    current: str | None = name
    while current is not None and current in side.spec.models and current not in chain:
        chain.append(current)
        current = side.spec.models[current].extends
    python = {
        f.wire_name: f.name for m in side.api.models if m.spec_name in chain for f in m.fields
    }
    out: dict[str, tuple[str, FieldSpec, str]] = {}
    for owner in reversed(chain):
        for wire, spec in side.spec.models[owner].fields.items():
            out[wire] = (owner, spec, python.get(wire, wire))
    return out


def _field_required(spec: FieldSpec) -> bool:
    return not parse(spec.type).strip_optional()[1] and _no_default(spec)


def _constraint_changes(old: dict[str, Any], new: dict[str, Any]) -> list[tuple[str, bool]]:
    """(constraint, tightened?) for every constraint that changed.

    A pattern any text matches (`.*`, `^.*$`) is no constraint at all.
    """
    old, new = _real_constraints(old), _real_constraints(new)
    out = []
    for name in sorted(set(old) | set(new)):
        before, after = old.get(name), new.get(name)
        if before == after:
            continue
        if before is None or after is None:
            out.append((name, after is not None))
        elif name == "pattern":
            out.append((name, True))
        else:
            out.append((name, (after - before) * _TIGHTER[name] > 0))
    return out


# Patterns that every text matches: `.*`, `^.*$`, `(.*)`, `[\s\S]*`.
_ANY_TEXT = re.compile(r"\^?(\.\*|\(\.\*\)|\[\\s\\S\]\*)\$?")


def _real_constraints(given: dict[str, Any]) -> dict[str, Any]:
    pattern = given.get("pattern")
    if isinstance(pattern, str) and _ANY_TEXT.fullmatch(pattern):
        return {k: v for k, v in given.items() if k != "pattern"}
    return given


def _wire_bound(side: str, name: str, tighter: bool, before: Any) -> Severity | None:
    """A bound change seen from the wire, where the rule's severity does not fit it.

    - A request bound set where none was may only write down a limit the API already
      had: a warning, where a lowered bound is breaking.
    - A response pattern loosened breaks only clients that check patterns (the generated
      ones do): a warning, where a loosened range or length is breaking, as clients
      rely on those.
    """
    if side == "request" and tighter and before is None:
        return "warning"
    if side == "response" and not tighter and name == "pattern":
        return "warning"
    return None


def _show(spec: Any, name: str) -> str:
    value = spec.constraints().get(name)
    return "none" if value is None else repr(value)


def _selector(
    union: UnionSpec, renames: dict[str, str]
) -> tuple[str, tuple[tuple[str, str], ...]] | None:
    if union.selected_by is None:
        return None
    cases = sorted((k, renames.get(v, v)) for k, v in union.selected_by.cases.items())
    return union.selected_by.param, tuple(cases)


def _stream_end(stream: Any) -> str:
    ends = [repr(e) for e in sorted(stream.final_events)]
    if stream.terminator is not None:
        ends.append(repr(stream.terminator))
    return " or ".join(ends) or "the end of the body"


def _show_selector(selector: tuple[str, tuple[tuple[str, str], ...]] | None) -> str:
    if selector is None:
        return "not selected by a parameter"
    param, cases = selector
    return f"{param}: " + ", ".join(f"{k} -> {v}" for k, v in cases)


def _auth(auth: Any) -> str:
    return "Bearer" if auth.scheme == "bearer" else f"header {auth.header}"


def _route(path: str) -> str:
    """A path with parameter names blanked: renaming `{id}` to `{model_id}` is not a move."""
    import re

    return re.sub(r"\{[^}]*\}", "{}", path)


def _call(key: str) -> str:
    from ..ir import naming

    first, *middle, method = key.split(".")
    parts = [naming.resource_name(first), *(naming.subresource_name(p) for p in middle)]
    return f"{'.'.join(parts)}.{naming.method_name(method)}()"


def _response_names(spec: Spec) -> set[str]:
    """Enums, models and unions reachable from a response (or the error model)."""
    roots = [e.response for e in spec.endpoints.values()]
    if spec.provider.errors:
        roots.append(spec.provider.errors.model)
    seen: set[str] = set()
    stack = [n.name for r in roots for n in _walk(r) if n.kind == "named"]
    while stack:
        name = stack.pop()
        if name in seen:
            continue
        seen.add(name)
        if name in spec.models:
            model = spec.models[name]
            if model.extends:
                stack.append(model.extends)
            stack.extend(
                n.name for f in model.fields.values() for n in _walk(f.type) if n.kind == "named"
            )
            # Subclasses are what a base-typed response may hold.
            stack.extend(m for m, s in spec.models.items() if s.extends == name)
        elif name in spec.unions:
            stack.extend(_union_names(spec, name))
    return seen


def _union_names(spec: Spec, name: str) -> list[str]:
    """The names a union's variants (any type expressions) and fallback mention."""
    union = spec.unions[name]
    found = [n.name for v in union.variants for n in _walk(v) if n.kind == "named"]
    return found + ([union.fallback] if union.fallback else [])


def _request_names(spec: Spec) -> set[str]:
    """Enums and models the client sends: in parameters and request bodies."""
    stack = [
        n.name
        for e in spec.endpoints.values()
        for p in e.params.values()
        for n in _walk(p.type)
        if n.kind == "named"
    ]
    stack += [e.body for e in spec.endpoints.values() if e.body]
    seen: set[str] = set()
    while stack:
        name = stack.pop()
        if name in seen:
            continue
        seen.add(name)
        if name in spec.models:
            model = spec.models[name]
            if model.extends:
                stack.append(model.extends)
            stack.extend(
                n.name for f in model.fields.values() for n in _walk(f.type) if n.kind == "named"
            )
        elif name in spec.unions:
            stack.extend(_union_names(spec, name))
    return seen


def _walk(text: str) -> list[TypeExpr]:
    try:
        return parse(text).walk()
    except TypeSyntaxError:  # pragma: no cover - the resolver accepted the spec
        return []
