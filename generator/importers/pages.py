"""API-reference pages as the reader sees them, read into a spec draft.

A page is the text of one rendered reference page (Mintlify's layout): the HTTP method
and the path split over lines, the title, a curl sample, an example response, then
sections of fields (`Headers`, `Path Parameters`, `Query Parameters`, `Body`,
`Response`). Each field is a name line and a type line (`string`, `string | null`,
`integer<int64>`, `enum<string>[]`, `PricingModel · object[]`), followed by markers
(`required`, `default:…`, `Required range: x >= 1`, `Allowed value: "…"`,
`Available options:` with a comma-separated list over lines, `Example:`, `Examples:`)
and its description. Prose before the sections is the endpoint's description, and a
rate limit the page states (`limited to 30 requests/min`) is kept.

What the reader cannot place is a `Note` with `page:line`, never a guess: prose under
a heading the spec has no place for, a nested object whose fields the page does not
show, a line inside a field that is neither a marker nor prose.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from ..errors import Problem, SpecError
from ..ir import naming
from .openapi import Note, Result, fresh_name, literal_type, route_segments

METHODS = ("GET", "POST", "PUT", "PATCH", "DELETE")
SECTIONS = ("Headers", "Path Parameters", "Query Parameters", "Body", "Response")
_LOCATIONS = {"Headers": "header", "Path Parameters": "path", "Query Parameters": "query"}
_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_.\-\[\]]*$")
# `string`, `string | null`, `integer<int64>`, `enum<string>[]`, `Name · object[]`.
_TYPE = re.compile(
    r"^(?:(?P<named>[A-Za-z_][A-Za-z0-9_]*) · )?"
    r"(?P<base>string|integer|number|boolean|object|any|file|enum<(?:string|integer|number)>)"
    r"(?:<(?P<format>[a-z0-9\-]+)>)?(?P<list>(?:\[\])*)(?P<null> \| null)?$"
)
_MEDIA = re.compile(r"^(application|multipart|text)/[a-z0-9.+\-]+$")
_RANGE = re.compile(r"^Required range: (?P<text>.+)$")
_LENGTH = re.compile(r"^Required (?:string|array) length: (?P<text>.+)$")
_RATE = re.compile(r"limited to (\d+) requests?\s*/\s*(min|minute|s|sec|second|h|hour)\b")
_MAX_JSON_LINES = 400


@dataclass
class FieldDoc:
    """One field of a section, as the page states it."""

    name: str
    line: int
    type: str
    required: bool = False
    default: str | None = None
    constraints: dict[str, Any] = field(default_factory=dict)
    allowed: Any = None
    has_allowed: bool = False
    options: list[str] = field(default_factory=list)
    examples: list[Any] = field(default_factory=list)
    description: list[str] = field(default_factory=list)


@dataclass
class Page:
    shown: str
    method: str
    path: str
    title: str
    url: str | None = None
    url_line: int | None = None  # where the curl sample that names the server starts
    description: list[str] = field(default_factory=list)
    rate: tuple[int, str] | None = None
    bearer: bool = False  # a sample call sends `Authorization: Bearer`
    example: Any = None  # the example response at the top of the page
    body_media: str = "application/json"  # as the `Body` section names it
    sections: dict[str, list[FieldDoc]] = field(default_factory=dict)
    response_text: list[str] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)


class _Lines:
    """The page's lines, stripped, with their 1-based numbers."""

    def __init__(self, text: str, shown: str) -> None:
        self.items = [line.strip() for line in text.splitlines()]
        self.shown = shown
        self.i = 0

    def skip_blank(self) -> None:
        while self.i < len(self.items) and not self.items[self.i]:
            self.i += 1

    @property
    def done(self) -> bool:
        return self.i >= len(self.items)

    def peek(self, ahead: int = 0) -> str:
        j = self.i + ahead
        return self.items[j] if j < len(self.items) else ""

    def take(self) -> str:
        line = self.items[self.i]
        self.i += 1
        return line

    @property
    def number(self) -> int:
        return self.i + 1

    def fail(self, message: str, line: int | None = None) -> SpecError:
        where = min(line or self.number, max(len(self.items), 1))
        return SpecError([Problem(self.shown, where, 1, "", message)])

    def json_value(self) -> tuple[Any, bool]:
        """A JSON value starting at the current line, over as many lines as it takes."""
        start = self.i
        for end in range(start, min(start + _MAX_JSON_LINES, len(self.items))):
            try:
                value = json.loads("\n".join(self.items[start : end + 1]))
            except ValueError:
                continue
            self.i = end + 1
            return value, True
        return None, False


def parse_page(text: str, shown: str) -> Page:
    """Read one page; a page that is not an API reference page is a located error."""
    lines = _Lines(text, shown)
    lines.skip_blank()
    if lines.peek() == "Skip to main content":
        lines.take()
        lines.skip_blank()
    if lines.peek() not in METHODS:
        raise lines.fail(f"expected the HTTP method ({', '.join(METHODS)}) first")
    method = lines.take()
    path = _path(lines)
    lines.skip_blank()
    if lines.done:
        raise lines.fail("the page ends after its path; expected the title")
    page = Page(shown, method, path, lines.take())
    lines.skip_blank()
    if lines.peek().startswith("curl "):
        page.url_line = lines.number
        page.url = _curl(lines, page)
    lines.skip_blank()
    if lines.peek()[:1] in ("{", "["):
        start = lines.number
        page.example, ok = lines.json_value()
        if not ok:
            raise lines.fail("the example response is not valid JSON", start)
    _prose(lines, page)
    while not lines.done:
        heading = lines.take()
        if heading == "Response":
            page.response_text = _lead(lines)
        if heading == "Body":
            lines.skip_blank()
            if _MEDIA.match(lines.peek()):
                page.body_media = lines.take()
        page.sections[heading] = _fields(lines, page)
        lines.skip_blank()
    return page


def _path(lines: _Lines) -> str:
    parts: list[str] = []
    while not lines.done:
        line = lines.peek()
        if line == "/" or (parts and parts[-1] == "/" and line and " " not in line):
            parts.append(lines.take())
            continue
        break
    if not parts or parts[0] != "/":
        raise lines.fail("expected the path after the method, one part per line")
    return "".join(parts)


def _curl(lines: _Lines, page: Page) -> str | None:
    text = lines.take()
    while text.endswith("\\") and not lines.done:
        text = text[:-1] + " " + lines.take()
    page.bearer = page.bearer or "Authorization: Bearer" in text
    match = re.search(r"--url\s+(\S+)", text) or re.search(r"curl\s.*?'?(https?://[^\s']+)", text)
    return match.group(1) if match else None


def _prose(lines: _Lines, page: Page) -> None:
    """What stands between the example and the sections: the description (under
    `Overview`, or with no heading), a rate limit, and blocks with no place."""
    heading, start = "", lines.number
    block: list[str] = []
    while True:
        before = lines.i
        lines.skip_blank()
        if lines.done or lines.peek() in SECTIONS:
            break
        if lines.i > before and block and block[-1]:
            block.append("")  # a blank line: the paragraph ends
        line, number = lines.take(), lines.number - 1
        if "Authorization: Bearer" in line:
            page.bearer = True  # a sample call says how the key is sent
        if _heading(line):
            while block and not block[-1]:
                block.pop()
            if heading and not block:  # a heading right under another: one title
                heading = f"{heading} › {line}"
                continue
            _settle_block(page, heading, block, start)
            heading, block, start = line, [], number
            continue
        block.append(line)
    _settle_block(page, heading, block, start)


def _heading(line: str) -> bool:
    return (
        len(line.split()) <= 5
        and not line.endswith((".", ":", ",", "\\"))
        and not line.startswith(("curl", "--", "•", "-"))
    )


def _settle_block(page: Page, heading: str, block: list[str], start: int) -> None:
    if not block and not heading:
        return
    while block and not block[-1]:
        block.pop()
    paragraphs = " ".join(line or "\n\n" for line in block).replace(" \n\n ", "\n\n")
    text = paragraphs.strip()
    rate = _RATE.search(text)
    if rate is not None:
        page.rate = int(rate.group(1)), rate.group(2)
    if heading in ("", "Overview", "Description") and block:
        page.description.append(text)
    elif rate is None:
        what = f"{heading!r}" if heading else "text"
        page.notes.append(
            Note(
                f"{page.shown}:{start}",
                f"{what} ({len([b for b in block if b])} lines) has no place in a spec; left out",
            )
        )


def _lead(lines: _Lines) -> list[str]:
    """The lines that open the `Response` section before its first field."""
    out: list[str] = []
    while True:
        lines.skip_blank()
        if lines.done or _starts_field(lines) or lines.peek() in SECTIONS:
            return out
        out.append(lines.take())


def _starts_field(lines: _Lines) -> bool:
    return bool(_NAME.match(lines.peek())) and bool(_TYPE.match(lines.peek(1)))


def _fields(lines: _Lines, page: Page) -> list[FieldDoc]:
    out: list[FieldDoc] = []
    while True:
        lines.skip_blank()
        if lines.done or lines.peek() in SECTIONS:
            return out
        if _NAME.match(lines.peek()) and lines.i + 1 >= len(lines.items):
            raise lines.fail(f"the page ends after {lines.peek()!r}, before its type: cut off?")
        if not _starts_field(lines):
            page.notes.append(
                Note(f"{page.shown}:{lines.number}", f"{lines.peek()!r} is not a field; left out")
            )
            lines.take()
            continue
        line = lines.number
        doc = FieldDoc(lines.take(), line, "")
        doc.type = lines.take()
        _markers(lines, page, doc)
        out.append(doc)


def _markers(lines: _Lines, page: Page, doc: FieldDoc) -> None:
    while True:
        lines.skip_blank()
        if lines.done or lines.peek() in SECTIONS or _starts_field(lines):
            return
        number = lines.number
        line = lines.take()
        if lines.done and _NAME.match(line) and line not in ("required",):
            raise lines.fail(f"the page ends after {line!r}, before its type: cut off?", number)
        if line == "required":
            doc.required = True
        elif line.startswith("default:"):
            doc.default = line[len("default:") :].strip()
        elif line.startswith("Allowed value:"):
            try:
                doc.allowed, doc.has_allowed = json.loads(line.split(":", 1)[1]), True
            except ValueError:
                page.notes.append(Note(f"{page.shown}:{number}", f"{line!r} is not JSON; left out"))
        elif (match := _RANGE.match(line)) is not None:
            _range(page, doc, match.group("text"), number)
        elif (match := _LENGTH.match(line)) is not None:
            _length(page, doc, match.group("text"), number)
        elif line == "Available options:":
            doc.options = _options(lines)
            if not doc.options or lines.items[lines.i - 1].endswith(","):
                raise lines.fail(f"the page ends inside the options of {doc.name!r}: cut off?")
        elif line in ("Example:", "Examples:"):
            lines.skip_blank()
            if lines.done:
                raise lines.fail(f"the page ends before the example of {doc.name!r}: cut off?")
            _examples(lines, page, doc, many=line == "Examples:")
        else:
            doc.description.append(line)


def _unclosed(rest: list[str]) -> bool:
    """JSON that opens more brackets than the rest of the page closes: the page is cut off."""
    text = "\n".join(rest)
    return text.count("{") + text.count("[") > text.count("}") + text.count("]")


def _options(lines: _Lines) -> list[str]:
    values: list[str] = []
    while not lines.done:
        line = lines.take()
        values += [v.strip() for v in line.split(",") if v.strip()]
        if not line.endswith(","):
            break
    return values


def _examples(lines: _Lines, page: Page, doc: FieldDoc, *, many: bool) -> None:
    while True:
        lines.skip_blank()
        if lines.done or lines.peek() in SECTIONS or _starts_field(lines):
            break
        start = lines.number
        value, ok = lines.json_value()
        if not ok and lines.peek()[:1] in ("{", "[") and _unclosed(lines.items[lines.i :]):
            raise lines.fail(f"the example of {doc.name!r} is cut off", start)
        if not ok:
            if not doc.examples:
                page.notes.append(
                    Note(
                        f"{page.shown}:{start}",
                        f"the example of {doc.name!r} is not JSON; left out",
                    )
                )
                lines.take()
            break
        doc.examples.append(value)
        if not many:
            break


_BOUND = re.compile(
    r"^(?:(?P<low>-?[\d.]+) (?P<lop><=|<) )?x(?: (?P<op>>=|>|<=|<) (?P<value>-?[\d.]+))?$"
)


def _number(text: str) -> int | float:
    return float(text) if "." in text else int(text)


def _range(page: Page, doc: FieldDoc, text: str, line: int) -> None:
    match = _BOUND.match(text.strip())
    if match is None or (match["low"] is None and match["op"] is None):
        page.notes.append(
            Note(f"{page.shown}:{line}", f"range {text!r} is not understood; left out")
        )
        return
    if match["low"] is not None:
        doc.constraints["ge" if match["lop"] == "<=" else "gt"] = _number(match["low"])
    if match["op"] is not None:
        key = {">=": "ge", ">": "gt", "<=": "le", "<": "lt"}[match["op"]]
        doc.constraints[key] = _number(match["value"])


def _length(page: Page, doc: FieldDoc, text: str, line: int) -> None:
    parts = re.fullmatch(r"(\d+)\s*-\s*(\d+)|(?:x\s*)?(>=|<=)\s*(\d+)", text.strip())
    if parts is None:
        page.notes.append(
            Note(f"{page.shown}:{line}", f"length {text!r} is not understood; left out")
        )
        return
    if parts.group(1) is not None:
        doc.constraints["min_length"] = int(parts.group(1))
        doc.constraints["max_length"] = int(parts.group(2))
    else:
        doc.constraints["min_length" if parts.group(3) == ">=" else "max_length"] = int(
            parts.group(4)
        )


# the draft ----------------------------------------------------------------------------------

# "Returns Model when extended=false": a response that names its variants.
_VARIANT = re.compile(r"(?:[Rr]eturns|, or) (\w+) when ([\w.]+)=(\w+)")
_PER = {
    "s": "1s",
    "sec": "1s",
    "second": "1s",
    "min": "60s",
    "minute": "60s",
    "h": "3600s",
    "hour": "3600s",
}
_ACTIONS = {"POST": "create", "PUT": "update", "PATCH": "update", "DELETE": "delete"}


def draft(pages: list[Page], provider_id: str, name: str) -> Result:
    """A spec draft for the endpoints the pages describe (one each)."""
    builder = _Draft(provider_id, name)
    seen: dict[tuple[str, str], str] = {}
    problems = []
    for page in pages:
        route = (page.method, re.sub(r"\{[^}]*\}", "{}", page.path))
        if route in seen:
            message = f"{page.method} {page.path} is also the endpoint of {seen[route]}"
            problems.append(Problem(page.shown, 1, 1, "", message))
        seen.setdefault(route, page.shown)
    if problems:
        raise SpecError(problems)
    for page in pages:
        builder.notes += page.notes
        builder.endpoint(page)
    spec: dict[str, Any] = {"spec_version": 1, "provider": builder.provider(pages)}
    for section in ("enums", "models"):
        if getattr(builder, section):
            spec[section] = getattr(builder, section)
    spec["endpoints"] = builder.endpoints
    schemas = len(builder.enums) + len(builder.models)
    return Result(spec, builder.notes, len(pages), len(builder.endpoints), schemas, builder.origins)


class _Draft:
    def __init__(self, provider_id: str, name: str) -> None:
        self.provider_id, self.name = provider_id, name
        self.enums: dict[str, dict[str, Any]] = {}
        self.models: dict[str, dict[str, Any]] = {}
        self.endpoints: dict[str, dict[str, Any]] = {}
        self.notes: list[Note] = []
        self.origins: dict[tuple[str, ...], str] = {}
        self.taken: set[str] = set()
        self.auth: dict[str, Any] | None = None

    def fresh(self, wanted: str) -> str:
        return fresh_name(wanted, self.taken)

    def provider(self, pages: list[Page]) -> dict[str, Any]:
        urls = [urlsplit(p.url) for p in pages if p.url]
        origins = list(
            dict.fromkeys(f"{u.scheme}://{u.netloc}" for u in urls if u.scheme and u.netloc)
        )
        base_url = origins[0] if origins else "https://api.example.com"
        named = [p for p in pages if p.url and urlsplit(p.url).netloc] or pages
        self.origins[("provider",)] = f"{named[0].shown}:{named[0].url_line or 1}"
        if not origins:
            self.notes.append(
                Note(
                    f"{pages[0].shown}:1", f"no curl sample names the server; {base_url} stands in"
                )
            )
        for other in origins[1:]:
            self.notes.append(
                Note(
                    f"{pages[0].shown}:1",
                    f"another server, {other}, is named too; {base_url} is kept",
                )
            )
        env = f"{naming.package_name(self.provider_id).upper()}_API_KEY"
        if self.auth is None and any(p.bearer for p in pages):
            self.auth = {"scheme": "bearer"}
        auth = self.auth or {"scheme": "bearer"}
        if self.auth is None:
            self.notes.append(
                Note(
                    f"{pages[0].shown}:1", "no page names the credentials; a bearer token stands in"
                )
            )
        return {
            "id": self.provider_id,
            "name": self.name,
            "base_url": base_url,
            "auth": {**auth, "env": env},
        }

    def endpoint(self, page: Page) -> None:
        where = f"{page.shown}:1"
        out: dict[str, Any] = {"method": page.method, "path": page.path, "summary": page.title}
        if page.description:
            out["description"] = "\n\n".join(page.description)
        if page.rate is not None:
            out["rate_limit"] = {"requests": page.rate[0], "per": _PER[page.rate[1]]}
        params: dict[str, Any] = {}
        for heading, location in _LOCATIONS.items():
            for doc in page.sections.get(heading, []):
                if location == "header" and self._credentials(doc):
                    continue
                params[doc.name] = self._param(page, doc, location)
        if params:
            out["params"] = params
        body = page.sections.get("Body")
        if body and page.body_media not in ("application/json", "multipart/form-data"):
            self.notes.append(
                Note(
                    where, f"a body of type {page.body_media} cannot be sent; the body is left out"
                )
            )
        elif body:
            out["body"] = self._model(page, f"{page.title} Request", body, [])
        if "Response" in page.sections:
            lead = page.response_text
            if lead:
                out["response_description"] = lead[0]
            fields = page.sections["Response"]
            picks = _VARIANT.findall(" ".join(lead))
            if len(picks) > 1:
                names = ", ".join(dict.fromkeys(v for v, _, _ in picks))
                param = picks[0][1]
                self.notes.append(
                    Note(
                        where,
                        f"the response is one of {names}, picked by `{param}`; the page shows one "
                        "set of fields, typed as one model",
                    )
                )
            out["response"] = (
                self._model(page, f"{page.title} Response", fields, lead[1:]) if fields else "any"
            )
            if fields and isinstance(page.example, dict):
                self._examples_from(page.example, self.models[out["response"]], fields)
            if not fields:
                self.notes.append(Note(where, "the response lists no fields; typed as any"))
        else:
            out["response"] = "none"
            self.notes.append(
                Note(where, "the page has no Response section; the answer is typed as none")
            )
        key = self._key(page)
        self.endpoints[key] = out
        self.origins[("endpoints", key)] = where
        for heading in _LOCATIONS:
            for doc in page.sections.get(heading, []):
                if doc.name in params:
                    self.origins[("endpoints", key, "params", doc.name)] = (
                        f"{page.shown}:{doc.line}"
                    )

    def _examples_from(
        self, example: dict[str, Any], model: dict[str, Any], fields: list[FieldDoc]
    ) -> None:
        """The example response's values, for fields that show none of their own (not a
        placeholder such as `"<string>"`, not a tag the page fixes)."""
        for doc in fields:
            spec = model["fields"][doc.name]
            value = example.get(doc.name)
            if (
                doc.name not in example
                or doc.has_allowed
                or "example" in spec
                or "examples" in spec
            ):
                continue
            if isinstance(value, str) and re.fullmatch(r"<[^<>]*>", value):
                continue
            spec["example"] = value

    def _key(self, page: Page) -> str:
        resource = ".".join(naming.snake(s, fallback="api") for s in route_segments(page.path))
        resource = resource or "api"
        if page.method == "GET":
            action = "retrieve" if page.path.rstrip("/").endswith("}") else "list"
        else:
            action = _ACTIONS[page.method]
        key, n = f"{resource}.{action}", 1
        while key in self.endpoints:
            n += 1
            key = f"{resource}.{action}_{n}"
        return key

    def _credentials(self, doc: FieldDoc) -> bool:
        lower = doc.name.lower()
        if lower == "authorization":
            self.auth = {"scheme": "bearer"}
            return True
        if "api-key" in lower or "api_key" in lower:
            self.auth = {"scheme": "header", "header": doc.name}
            return True
        return False

    def _param(self, page: Page, doc: FieldDoc, location: str) -> dict[str, Any]:
        spec = self._field(page, doc, f"{doc.name}")
        spec = {"in": location, **spec}
        if location == "path" and spec["type"].startswith("optional<"):
            spec["type"] = spec["type"][len("optional<") : -1]  # a path parameter is always sent
        return spec

    def _model(self, page: Page, title: str, fields: list[FieldDoc], lead: list[str]) -> str:
        name = self.fresh(title)
        model: dict[str, Any] = {}
        if lead:
            model["description"] = "\n\n".join(lead)
        self.models[name] = model
        model["fields"] = {doc.name: self._field(page, doc, f"{doc.name}") for doc in fields}
        self.origins[("models", name)] = f"{page.shown}:{fields[0].line if fields else 1}"
        for doc in fields:
            self.origins[("models", name, "fields", doc.name)] = f"{page.shown}:{doc.line}"
        return name

    def _field(self, page: Page, doc: FieldDoc, hint: str) -> dict[str, Any]:
        where = f"{page.shown}:{doc.line}"
        match = _TYPE.match(doc.type)
        assert match is not None  # a field starts only where its type line reads
        base, depth = match["base"], len(match["list"]) // 2
        if doc.has_allowed:
            inner = literal_type(doc.allowed) or "any"
        elif base.startswith("enum<"):
            inner = self._enum(page, doc, hint, base)
        elif match["named"]:
            inner = self._nested(page, doc, match["named"])
        elif base == "object":
            inner = "map<any>"
        elif base == "integer" and match["format"] == "int64":
            inner = "int64"
        else:
            inner = base
        text = inner
        for _ in range(depth):
            text = f"list<{text}>"
        if match["null"]:
            text = f"nullable<{text}>"
        out: dict[str, Any] = {"type": text if doc.required else f"optional<{text}>"}
        if doc.description:
            out["description"] = "\n\n".join(doc.description)
        if doc.default is not None and not doc.has_allowed:
            value = _default(doc.default, base)
            if value is None:
                self.notes.append(
                    Note(
                        where,
                        f"default {doc.default!r} of {doc.name!r} does not fit {doc.type}; left out",
                    )
                )
            else:
                out["default"] = value
        elif doc.has_allowed and doc.default is not None:
            out["default"] = doc.allowed
        out.update(doc.constraints)
        examples = doc.examples
        if (
            depth
            and examples
            and not any(isinstance(e, list) for e in examples)
            and inner in self.enums
        ):
            self.enums[inner]["examples" if len(examples) > 1 else "example"] = (
                examples if len(examples) > 1 else examples[0]
            )
            examples = []  # the page shows items: they are the enum's examples
        if len(examples) == 1:
            out["example"] = examples[0]
        elif examples:
            out["examples"] = examples
        return out

    def _enum(self, page: Page, doc: FieldDoc, hint: str, base: str) -> str:
        if not doc.options:
            self.notes.append(
                Note(
                    f"{page.shown}:{doc.line}",
                    f"{doc.name!r} is an enum with no options listed; typed as {base[5:-1]}",
                )
            )
            return base[5:-1]
        values: list[Any] = doc.options
        if base == "enum<integer>":
            try:
                values = [int(v) for v in doc.options]
            except ValueError:
                self.notes.append(
                    Note(
                        f"{page.shown}:{doc.line}",
                        f"{doc.name!r}: options are not integers; typed as integer",
                    )
                )
                return "integer"
        name = self.fresh(hint)
        self.enums[name] = {"values": list(dict.fromkeys(values))}
        self.origins[("enums", name)] = f"{page.shown}:{doc.line}"
        return name

    def _nested(self, page: Page, doc: FieldDoc, named: str) -> str:
        name = self.fresh(named)
        self.models[name] = {"fields": {}}
        self.origins[("models", name)] = f"{page.shown}:{doc.line}"
        self.notes.append(
            Note(
                f"{page.shown}:{doc.line}",
                f"the fields of {named} are not on the page; its values are kept as they come",
            )
        )
        return name


def _default(text: str, base: str) -> Any:
    """A `default:` as a value of the field's type, or None where it does not read as one."""
    try:
        if base == "integer":
            return int(text)
        if base == "number":
            return float(text)
        if base == "boolean":
            return {"true": True, "false": False}[text]
    except (ValueError, KeyError):
        return None
    if base in ("string", "enum<string>"):
        return text
    if base == "enum<integer>":
        try:
            return int(text)
        except ValueError:
            return None
    return None
