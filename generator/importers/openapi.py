"""An OpenAPI 3.0/3.1 document, translated into a spec.

`translate(docs, provider_id, name)` walks the document once, in document order:
component schemas become enums, models and unions; operations become endpoints.
What the format cannot express becomes a `Note` (a warning with the document's
`file:line`) and the nearest faithful type stands in, `any` only as the last resort.

The result is then checked the way `generate` checks a spec. A value the checks
refuse (an example that does not fit its type, a pattern Python cannot compile,
two fields that would become one attribute) is taken out with a warning, and the
check runs again, so the spec that is written always validates as it is.
"""

from __future__ import annotations

import datetime
import json
import re
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from ..errors import SpecError
from ..ir import naming
from .document import Document, Documents, Pointer

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
SUPPORTED_METHODS = ("get", "put", "post", "delete", "patch")
_JSON = re.compile(r"^application/(.+\+)?json(;.*)?$|^\*/\*$")
_BINARY_TYPES = re.compile(
    r"^(application/octet-stream|application/pdf|application/zip|audio/|image/|video/)"
)
_PRIMITIVES = {"string": "string", "integer": "integer", "number": "number", "boolean": "boolean"}
_FILE = re.compile(r'(?<!")\bfile\b(?!")')  # the type, not a literal's text
_ENDPOINT_KEY = re.compile(r"^[a-z_][a-z0-9_]*(\.[a-z_][a-z0-9_]*)+$")
_ERRORS_KEYS = (
    "model",
    "request_id_header",
    "non_retryable_codes",
    "message",
    "code",
    "type",
    "param",
    "statuses",
)
_NAME_PATTERN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._+-]{0,63}$")


@dataclass(frozen=True)
class Note:
    """A construct the format cannot express, and what stands in for it."""

    where: str  # file:line
    message: str

    def __str__(self) -> str:
        return f"warning: {self.where} {self.message}"


@dataclass
class Result:
    spec: dict[str, Any]
    notes: list[Note]
    operations: int  # every path x method of the document
    imported: int
    schemas: int
    # Where each spec path came from, for the checks' messages: spec path -> doc position.
    origins: dict[tuple[str, ...], str] = field(default_factory=dict)
    # The files other than the document itself that its `$ref`s reached, as named.
    reached: list[str] = field(default_factory=list)

    @property
    def summary(self) -> str:
        return (
            f"operations imported {self.imported}/{self.operations} · schemas {self.schemas}"
            f" · warnings {len(self.notes)}"
        )


class Translator:
    def __init__(self, docs: Documents, provider_id: str, name: str) -> None:
        self.docs = docs
        self.root = docs.root
        self.provider_id = provider_id
        self.name = name
        self.enums: dict[str, dict[str, Any]] = {}
        self.models: dict[str, dict[str, Any]] = {}
        self.unions: dict[str, dict[str, Any]] = {}
        self.endpoints: dict[str, dict[str, Any]] = {}
        self.notes: list[Note] = []
        self.taken: set[str] = set()  # definition names
        self.named: dict[tuple[int, Pointer], str] = {}  # a component schema -> its definition
        self.building: set[tuple[int, Pointer]] = set()  # inline aliases being expanded
        self.origins: dict[tuple[str, ...], str] = {}
        self.operations = 0
        self.imported = 0
        self.multipart: set[str] = set()  # models sent as multipart bodies: they may hold files
        # (model, field) -> the one direction a readOnly ("response") or writeOnly
        # ("request") property travels in.
        self.only: dict[tuple[str, str], str] = {}
        self.events: dict[str, str] = {}  # endpoint key -> the model of its SSE events
        self.response_description: str | None = None  # of the endpoint being translated
        self.current = ""  # the endpoint key being translated

    # notes -------------------------------------------------------------------------

    def note(self, doc: Document, pointer: Pointer, message: str) -> None:
        self.notes.append(Note(doc.where(pointer), message))

    # names ---------------------------------------------------------------------------

    def fresh(self, wanted: str) -> str:
        return fresh_name(wanted, self.taken)

    # schemas -------------------------------------------------------------------------

    def components(self) -> None:
        """Name every component schema that becomes a definition, then translate them all."""
        schemas = self.root.data.get("components", {}).get("schemas", {}) or {}
        pending = []
        for key, schema in schemas.items():
            pointer = ("components", "schemas", key)
            if isinstance(schema, dict) and self._definition_kind(self.root, schema) is not None:
                pending.append((key, pointer))
        # Names ending in `Param` last, so that a clash with a request form renames them.
        for key, pointer in sorted(pending, key=lambda kp: naming.pascal(kp[0]).endswith("Param")):
            self.named[(id(self.root), pointer)] = self.fresh(key)
        for _, pointer in pending:
            self.define(self.root, pointer, self.named[(id(self.root), pointer)])

    def _definition_kind(self, doc: Document, schema: dict[str, Any]) -> str | None:
        """What a schema becomes by name: an enum, a model, a union, or nothing (inlined)."""
        schema = _extensible(schema)
        if isinstance(schema.get("properties"), dict) and "enum" not in schema:
            return "models"  # an empty `properties` too: a model with no fields of its own
        if "enum" in schema and _non_null(schema["enum"]):
            values = _non_null(schema["enum"])
            if len(values) > 1 and all(isinstance(v, str) for v in values):
                return "enums"
            if len(values) > 1 and all(
                isinstance(v, int) and not isinstance(v, bool) for v in values
            ):
                return "enums"
            return None
        if "allOf" in schema:
            return "models"
        if "oneOf" in schema or "anyOf" in schema:
            members = schema.get("oneOf") or schema.get("anyOf") or []
            if len(members) > 1 and not any(_may_be_null(m) for m in members):
                return "unions"
            return None
        types = _types(schema)
        if ("object" in types or not types) and isinstance(schema.get("properties"), dict):
            return "models"
        return None

    def define(self, doc: Document, pointer: Pointer, name: str) -> None:
        schema = _extensible(doc.at(pointer))
        kind = self._definition_kind(doc, schema)
        if kind == "enums":
            self.enums[name] = self._enum(doc, pointer, schema)
            self.origins[("enums", name)] = doc.where(pointer)
        elif kind == "models":
            self.models[name] = {}  # reserved first: a model may refer to itself
            self.models[name] = self._model(doc, pointer, schema, name)
            self.origins[("models", name)] = doc.where(pointer)
        elif kind == "unions":
            union = self._union(doc, pointer, schema, name)
            if union is None:
                return
            self.unions[name] = union
            self.origins[("unions", name)] = doc.where(pointer)

    def type_of(self, doc: Document, pointer: Pointer, schema: Any, hint: str) -> str:
        """The type expression for `schema` (a `$ref`, or inline), defining what it needs."""
        if not isinstance(schema, dict):
            return "any"  # `true`, or no schema: any value
        if "$ref" in schema:
            return self._ref_type(doc, pointer, schema["$ref"], hint)
        nullable = schema.get("nullable") is True or "null" in _types(schema)
        inner = self._inner_type(doc, pointer, _extensible(schema), hint)
        if inner == "any":
            return "any"
        if nullable and not inner.startswith("nullable<"):
            return f"nullable<{inner}>"
        return inner

    def _ref_type(self, doc: Document, pointer: Pointer, ref: str, hint: str) -> str:
        try:
            target_doc, target = self.docs.resolve(doc, ref, pointer)
        except SpecError as exc:
            self.note(doc, pointer, f"{exc.problems[0].message}; typed as any")
            return "any"
        key = (id(target_doc), target)
        if key in self.named:
            return self.named[key]
        schema = target_doc.at(target)
        if isinstance(schema, dict) and self._definition_kind(target_doc, schema) is not None:
            name = self.fresh(target[-1] if target else hint)
            self.named[key] = name
            self.define(target_doc, target, name)
            return name
        if key in self.building:
            self.note(doc, pointer, f"{ref} refers to itself through no object; typed as any")
            return "any"
        self.building.add(key)
        try:
            return self.type_of(target_doc, target, schema, target[-1] if target else hint)
        finally:
            self.building.discard(key)

    def _inner_type(
        self, doc: Document, pointer: Pointer, schema: dict[str, Any], hint: str
    ) -> str:
        if "const" in schema:
            return literal_type(schema["const"]) or self._unexpressible(
                doc, pointer, "a const of this kind"
            )
        if "enum" in schema:
            return self._inline_enum(doc, pointer, schema, hint)
        if isinstance(schema.get("properties"), dict) and "allOf" not in schema:
            return self._simple(doc, pointer, {**schema, "type": "object"}, hint)
        if "allOf" in schema:
            members = [m for m in schema["allOf"] if m != {}]
            if len(members) == 1 and not schema.get("properties"):
                return self.type_of(doc, (*pointer, "allOf", "0"), members[0], hint)
            name = self.fresh(hint)
            self.models[name] = {}
            self.models[name] = self._model(doc, pointer, schema, name)
            self.origins[("models", name)] = doc.where(pointer)
            return name
        for key in ("oneOf", "anyOf"):
            if key in schema:
                return self._inline_union(doc, pointer, schema, key, hint)
        if "not" in schema:
            self.note(doc, pointer, "`not` has no counterpart; typed as any")
            return "any"
        types = [t for t in _types(schema) if t != "null"]
        if len(types) > 1:
            members = [self._simple(doc, pointer, {**schema, "type": t}, hint) for t in types]
            return _union_text(members)
        kind = types[0] if types else ("object" if "properties" in schema else None)
        if kind is None:
            return "any"
        return self._simple(doc, pointer, {**schema, "type": kind}, hint)

    def _simple(self, doc: Document, pointer: Pointer, schema: dict[str, Any], hint: str) -> str:
        kind = schema["type"]
        if kind == "array":
            items = schema.get("items")
            if items is None or items is True or items == {}:
                return "list<any>"
            item = self.type_of(doc, (*pointer, "items"), items, f"{hint}Item")
            return f"list<{item}>"
        if kind == "object":
            if isinstance(schema.get("properties"), dict):
                name = self.fresh(hint)
                self.models[name] = {}
                self.models[name] = self._model(doc, pointer, schema, name)
                self.origins[("models", name)] = doc.where(pointer)
                return name
            extra = schema.get("additionalProperties")
            if isinstance(extra, dict) and extra:
                value = self.type_of(doc, (*pointer, "additionalProperties"), extra, f"{hint}Value")
                return "map<any>" if value == "any" else f"map<{value}>"
            return "map<any>"
        if kind == "integer":
            return "int64" if schema.get("format") == "int64" else "integer"
        if kind == "string" and schema.get("format") == "binary":
            return "file"
        if kind in _PRIMITIVES:
            return _PRIMITIVES[kind]
        self.note(doc, pointer, f"type {kind!r} is not a JSON Schema type; typed as any")
        return "any"

    def _unexpressible(self, doc: Document, pointer: Pointer, what: str) -> str:
        self.note(doc, pointer, f"{what} has no counterpart; typed as any")
        return "any"

    def _enum(self, doc: Document, pointer: Pointer, schema: dict[str, Any]) -> dict[str, Any]:
        values = _non_null(schema["enum"])
        unique = list(dict.fromkeys(values))
        if len(unique) != len(values):
            self.note(doc, (*pointer, "enum"), "duplicate enum values; each is kept once")
        out: dict[str, Any] = {}
        _docs(out, schema)
        out["values"] = unique
        if schema.get("x-open-enum") is True:
            out["open"] = True
        return out

    def _inline_enum(
        self, doc: Document, pointer: Pointer, schema: dict[str, Any], hint: str
    ) -> str:
        values = _non_null(schema["enum"])
        if not values:
            return "any"
        if len(values) == 1:
            literal = literal_type(values[0])
            if literal:
                return literal
        if all(isinstance(v, str) for v in values) or all(
            isinstance(v, int) and not isinstance(v, bool) for v in values
        ):
            name = self.fresh(hint)
            self.enums[name] = self._enum(doc, pointer, schema)
            self.origins[("enums", name)] = doc.where(pointer)
            return name
        literals = [literal_type(v) for v in values]
        if all(literals):
            return _union_text([lit for lit in literals if lit])
        self.note(doc, (*pointer, "enum"), "an enum of mixed or structured values; typed as any")
        return "any"

    def _model(
        self, doc: Document, pointer: Pointer, schema: dict[str, Any], name: str
    ) -> dict[str, Any]:
        out: dict[str, Any] = {}
        _docs(out, schema)
        for key in ("oneOf", "anyOf"):
            if key in schema:
                self.note(
                    doc,
                    (*pointer, key),
                    f"{key} beside properties (alternatives of required fields) has no counterpart; the fields it names are optional",
                )
        fields: dict[str, Any] = {}
        required: set[str] = set()
        parts = [(pointer, schema)]
        if "allOf" in schema:
            bases: list[str] = []
            for i, member in enumerate(schema["allOf"]):
                member_pointer = (*pointer, "allOf", str(i))
                if isinstance(member, dict) and "$ref" in member and not bases:
                    base = self._ref_type(doc, member_pointer, member["$ref"], name)
                    if base in self.models:
                        bases.append(base)
                        continue
                parts.append((member_pointer, self._flatten(doc, member_pointer, member)))
            if bases:
                out["extends"] = bases[0]
        for part_pointer, part in parts:
            if not isinstance(part, dict):
                continue
            required |= set(part.get("required") or [])
            for wire, prop in (part.get("properties") or {}).items():
                prop_pointer = (*part_pointer, "properties", wire)
                fields[wire] = self._field(doc, prop_pointer, prop, f"{name}{naming.pascal(wire)}")
                if isinstance(prop, dict) and prop.get("readOnly") is True:
                    self.only[(name, wire)] = "response"
                elif isinstance(prop, dict) and prop.get("writeOnly") is True:
                    self.only[(name, wire)] = "request"
        inherited = self._all_fields(out["extends"]) if "extends" in out else {}
        # `allOf` holds every member: a property the base requires stays required where
        # another member declares it again.
        required |= {
            w for w in fields if w in inherited and not inherited[w]["type"].startswith("optional<")
        }
        for wire, spec in fields.items():
            if wire in required:
                # A required property is always sent, so its default never applies; kept, it
                # would make the field optional and the client leave it out.
                spec.pop("default", None)
                continue
            spec["type"] = f"optional<{spec['type']}>"
            if "default" in spec and spec["default"] is None:
                del spec["default"]
        if "extends" in out and any(
            w in inherited and not _narrows(f["type"], inherited[w]["type"])
            for w, f in fields.items()
        ):
            # A field the base types otherwise: a subclass could not narrow it, so the
            # base's fields are copied in instead.
            fields = {**inherited, **fields}
            del out["extends"]
        out["fields"] = fields
        for wire in fields:
            self.origins[("models", name, "fields", wire)] = doc.where(
                (*pointer, "properties", wire)
            )
        return out

    def _all_fields(self, name: str) -> dict[str, Any]:
        """A model's fields with those it inherits, parents first."""
        model = self.models.get(name, {})
        inherited = self._all_fields(model["extends"]) if "extends" in model else {}
        return {**inherited, **model.get("fields", {})}

    def _flatten(self, doc: Document, pointer: Pointer, member: Any) -> Any:
        """An `allOf` member as properties and required names, following `$ref`s."""
        if not isinstance(member, dict):
            return {}
        if "$ref" in member:
            try:
                target_doc, target = self.docs.resolve(doc, member["$ref"], pointer)
            except SpecError:
                self.note(doc, pointer, f"{member['$ref']!r} points at nothing; left out")
                return {}
            return self._flatten(target_doc, target, target_doc.at(target))
        out: dict[str, Any] = {
            "properties": dict(member.get("properties") or {}),
            "required": list(member.get("required") or []),
        }
        for i, sub in enumerate(member.get("allOf") or []):
            flat = self._flatten(doc, (*pointer, "allOf", str(i)), sub)
            out["properties"].update(flat.get("properties", {}))
            out["required"] += flat.get("required", [])
        return out

    def _field(self, doc: Document, pointer: Pointer, prop: Any, hint: str) -> dict[str, Any]:
        out: dict[str, Any] = {"type": self.type_of(doc, pointer, prop, hint)}
        if isinstance(prop, dict):
            _docs(out, prop)
            self._sunset(doc, pointer, prop, out)
            _constraints(out, prop)
            if "default" in prop and prop["default"] is not None:
                out["default"] = prop["default"]
            if prop.get("x-null-as-default") is True:
                out["null_as_default"] = True
            if prop.get("readOnly"):
                out["description"] = _join(out.get("description"), "Read-only: set by the server.")
            if prop.get("writeOnly"):
                out["description"] = _join(out.get("description"), "Write-only: never returned.")
        return out

    def _sunset(
        self, doc: Document, pointer: Pointer, node: dict[str, Any], out: dict[str, Any]
    ) -> None:
        """`x-sunset`: the date after which a deprecated operation, parameter or property
        may be removed."""
        if "x-sunset" not in node:
            return
        value = node["x-sunset"]
        try:
            day = value if isinstance(value, datetime.date) else datetime.date.fromisoformat(value)
        except (TypeError, ValueError):
            self.note(doc, (*pointer, "x-sunset"), f"x-sunset {value!r} is not a date; left out")
            return
        if not out.get("deprecated"):
            self.note(doc, (*pointer, "x-sunset"), "x-sunset without `deprecated`; left out")
            return
        out["sunset"] = day.isoformat()[:10]

    def _union(
        self, doc: Document, pointer: Pointer, schema: dict[str, Any], name: str
    ) -> dict[str, Any] | None:
        key = "oneOf" if "oneOf" in schema else "anyOf"
        members = schema[key]
        variants = []
        for i, member in enumerate(members):
            variants.append(self.type_of(doc, (*pointer, key, str(i)), member, f"{name}{i + 1}"))
        variants = list(dict.fromkeys(variants))
        out: dict[str, Any] = {}
        _docs(out, schema, examples=False)
        disc = schema.get("discriminator")
        if (
            isinstance(disc, dict)
            and disc.get("propertyName")
            and all(v in self.models for v in variants)
        ):
            out["variants"] = variants
            out["discriminator"] = disc["propertyName"]
            self._tag_variants(doc, pointer, variants, disc)
        else:
            if "any" in variants:
                self.note(doc, (*pointer, key), "a union with an untyped member; typed as any")
                return None
            flat: list[str] = []
            for v in variants:
                flat += (
                    self.unions[v]["variants"]
                    if v in self.unions and "discriminator" not in self.unions[v]
                    else [v]
                )
            out["variants"] = list(dict.fromkeys(flat))
            if len(out["variants"]) < 2:
                return None
        self._union_extensions(doc, pointer, schema, out)
        return out

    def _union_extensions(
        self, doc: Document, pointer: Pointer, schema: dict[str, Any], out: dict[str, Any]
    ) -> None:
        """What `export openapi` keeps in `x-` keys: the fallback, the selector, event names."""
        fallback = schema.get("x-fallback")
        if isinstance(fallback, str):
            name = self._ref_type(doc, (*pointer, "x-fallback"), fallback, "Fallback")
            if name in self.models:
                out["fallback"] = name
        selected = schema.get("x-selected-by")
        if isinstance(selected, dict) and isinstance(selected.get("cases"), dict):
            out["selected_by"] = {
                "param": str(selected.get("param")),
                "cases": dict(selected["cases"]),
            }
        events = schema.get("x-events")
        if isinstance(events, dict):
            out["events"] = {str(k): str(v) for k, v in events.items()}

    def _tag_variants(
        self, doc: Document, pointer: Pointer, variants: list[str], disc: dict[str, Any]
    ) -> None:
        """Type each variant's tag field as the literal the mapping (or its name) gives it."""
        prop = disc["propertyName"]
        tags: dict[str, str] = {}
        for value, ref in (disc.get("mapping") or {}).items():
            target = self._ref_type(
                doc,
                (*pointer, "discriminator", "mapping", value),
                ref if "/" in ref else f"#/components/schemas/{ref}",
                value,
            )
            tags.setdefault(target, value)
        for variant in variants:
            model = self.models[variant]
            fld = model.get("fields", {}).get(prop)
            if fld is None and "extends" not in model:
                model.setdefault("fields", {})[prop] = {
                    "type": f"literal<{json.dumps(tags.get(variant, variant))}>"
                }
            elif fld is not None and not fld["type"].removeprefix("optional<").startswith(
                "literal<"
            ):
                fld["type"] = f"literal<{json.dumps(tags.get(variant, variant))}>"

    def _inline_union(
        self, doc: Document, pointer: Pointer, schema: dict[str, Any], key: str, hint: str
    ) -> str:
        members = schema[key]
        nullable = any(_is_null(m) for m in members)
        kept = [(i, m) for i, m in enumerate(members) if not _is_null(m)]
        if isinstance(schema.get("discriminator"), dict) and len(kept) > 1:
            name = self.fresh(hint)
            union = self._union(doc, pointer, {**schema, key: [m for _, m in kept]}, name)
            if union is not None:
                self.unions[name] = union
                self.origins[("unions", name)] = doc.where(pointer)
                return f"nullable<{name}>" if nullable else name
        types = [
            self.type_of(doc, (*pointer, key, str(i)), m, f"{hint}{n + 1}")
            for n, (i, m) in enumerate(kept)
        ]
        if not types or "any" in types:
            if "any" in types:
                self.note(doc, (*pointer, key), "a union with an untyped member; typed as any")
            return "any"
        members_text = []
        for t in types:
            if t.startswith("nullable<"):
                nullable = True
                t = t[len("nullable<") : -1]
            if (
                t in self.unions
                and "discriminator" not in self.unions[t]
                and "selected_by" not in self.unions[t]
            ):
                members_text += self.unions[t]["variants"]
            else:
                members_text.append(t)
        members_text = list(dict.fromkeys(members_text))
        if sorted(members_text) == ["file", "list<file>"]:
            # One file or several: a list of one file says the first as well.
            self.note(doc, (*pointer, key), "a file or a list of files is typed as a list of files")
            members_text = ["list<file>"]
        text = _union_text(members_text)
        return f"nullable<{text}>" if nullable else text

    # operations ------------------------------------------------------------------------

    def operations_(self) -> None:
        paths = self.root.data.get("paths") or {}
        server_path = self._server_path()
        keys: set[str] = set()
        for route, item in paths.items():
            if not isinstance(item, dict):
                continue
            for method in HTTP_METHODS:
                if method not in item:
                    continue
                self.operations += 1
                pointer = ("paths", route, method)
                operation = item[method]
                if method not in SUPPORTED_METHODS:
                    self.note(
                        self.root,
                        pointer,
                        f"{method.upper()} operations are not supported; left out",
                    )
                    continue
                key = self._endpoint_key(route, method, operation, keys)
                path = route.partition("#")[0]  # a fragment only tells operations apart
                endpoint = self._endpoint(pointer, server_path + path, method, operation, item, key)
                if endpoint is not None:
                    self.endpoints[key] = endpoint
                    self.origins[("endpoints", key)] = self.root.where(pointer)
                    self.imported += 1
        self._merge_twins()

    def _merge_twins(self) -> None:
        """Operations a `#fragment` told apart share a route: the streaming twin becomes
        the other's `stream`; any other twin cannot be called apart and is left out."""
        routes: dict[tuple[str, str], str] = {}
        for key in list(self.endpoints):
            endpoint = self.endpoints[key]
            route = (endpoint["method"], re.sub(r"\{[^}]*\}", "{}", endpoint["path"]))
            if route not in routes:
                routes[route] = key
                continue
            first = routes[route]
            plain, twin = (first, key) if key in self.events else (key, first)
            if twin == first:
                routes[route] = key
            target = self.endpoints[plain]
            body = self.models.get(target.get("body", ""), {})
            switch = _stream_switch(body)
            flag = body.get("fields", {}).get("stream")
            if (
                switch is None
                and flag is not None
                and flag["type"] in ("literal<false>", "optional<literal<false>>")
            ):
                # The plain twin pins `stream` to false and the other to true: together they
                # take a boolean.
                flag["type"] = "optional<boolean>"
                flag["default"] = False
                switch = "stream"
            where = self.origins[("endpoints", twin)]
            if twin in self.events and switch is not None and "stream" not in target:
                target["stream"] = {
                    "param": switch,
                    "event": self.events[twin],
                    "terminator": "[DONE]",
                }
                self.notes.append(
                    Note(where, f"{twin} streams {plain}: merged into it as its stream")
                )
            else:
                self.notes.append(Note(where, f"{twin} has the same route as {plain}; left out"))
                self.imported -= 1
            del self.endpoints[twin]
            del self.origins[("endpoints", twin)]

    def _endpoint_key(
        self, route: str, method: str, operation: dict[str, Any], taken: set[str]
    ) -> str:
        tags = operation.get("tags") or []
        segments = route_segments(route)
        resource = naming.snake(
            str(tags[0]) if tags else (segments[0] if segments else "default"), fallback="api"
        )
        op_id = operation.get("operationId")
        if isinstance(op_id, str) and _ENDPOINT_KEY.match(op_id) and op_id not in taken:
            taken.add(op_id)  # an endpoint key, as `export openapi` writes it
            return op_id
        action = (
            naming.snake(str(op_id), fallback="call")
            if op_id
            else naming.snake(f"{method} {' '.join(segments) or 'root'}", fallback="call")
        )
        key, n = f"{resource}.{action}", 1
        while key in taken:
            n += 1
            key = f"{resource}.{action}_{n}"
        taken.add(key)
        return key

    def request_and_response_forms(self) -> None:
        """Give models with readOnly or writeOnly fields a form for each direction.

        A readOnly field is never sent and a writeOnly field never returned. A model
        used both ways whose forms differ (its own such fields, or a model or union it
        refers to whose forms differ) gets a request form, `<Name>Input`; one used a
        single way just loses the fields that do not travel that way.
        """
        if not self.only:
            return
        endpoints = self.endpoints.values()
        refs = self._refs()  # the definitions do not change until the forms are made
        sends = _reach(
            refs,
            [e["body"] for e in endpoints if "body" in e]
            + [p["type"] for e in endpoints for p in e.get("params", {}).values()],
        )
        returns = _reach(
            refs,
            [e["response"] for e in endpoints]
            + [e["stream"]["event"] for e in endpoints if "stream" in e]
            + list(self.events.values()),
        )
        differ = {model for model, _ in self.only}
        while True:
            grown = {name for name, named in refs.items() if name not in differ and named & differ}
            if not grown:
                break
            differ |= grown
        both = sorted(n for n in differ if n in sends and n in returns)
        request = {name: self.fresh(f"{name}Input") for name in both}
        request |= {n: n for n in differ if n in sends and n not in returns}
        for name, target in request.items():
            self._request_form(name, target, request)
        for name in differ:
            if name in returns and name in self.models:
                self.models[name]["fields"] = {
                    w: f
                    for w, f in self.models[name].get("fields", {}).items()
                    if self.only.get((name, w)) != "request"
                }
        for endpoint in endpoints:
            if "body" in endpoint:
                endpoint["body"] = request.get(endpoint["body"], endpoint["body"])
            for param in endpoint.get("params", {}).values():
                param["type"] = _renamed(param["type"], request)
        self.multipart = {request.get(n, n) for n in self.multipart}

    def _request_form(self, name: str, target: str, request: dict[str, str]) -> None:
        """The request form of `name` as `target` (itself, or a new definition)."""
        if name in self.unions:
            union = dict(self.unions[name])
            union["variants"] = [request.get(v, v) for v in union["variants"]]
            if "fallback" in union:
                union["fallback"] = request.get(union["fallback"], union["fallback"])
            if "selected_by" in union:
                cases = union["selected_by"]["cases"]
                union["selected_by"] = {
                    **union["selected_by"],
                    "cases": {k: request.get(v, v) for k, v in cases.items()},
                }
            self.unions[target] = union
            self.origins[("unions", target)] = self.origins[("unions", name)]
            return
        model = dict(self.models[name])
        if "extends" in model:
            model["extends"] = request.get(model["extends"], model["extends"])
        model["fields"] = {
            wire: {**spec, "type": _renamed(spec["type"], request)}
            for wire, spec in model.get("fields", {}).items()
            if self.only.get((name, wire)) != "response"
        }
        self.models[target] = model
        for key in [k for k in self.origins if k[:2] == ("models", name)]:
            self.origins[("models", target, *key[2:])] = self.origins[key]
        for (owner, wire), way in list(self.only.items()):
            if owner == name and target != name:
                self.only[(target, wire)] = way

    def _refs(self) -> dict[str, set[str]]:
        """The definitions each model and union names directly."""
        refs: dict[str, set[str]] = {}
        for name, model in self.models.items():
            refs[name] = {n for f in model.get("fields", {}).values() for n in _names(f["type"])}
            if "extends" in model:
                refs[name].add(model["extends"])
        for name, union in self.unions.items():
            refs[name] = set(union["variants"]) | (
                {union["fallback"]} if "fallback" in union else set()
            )
        return refs

    def files_only_in_uploads(self) -> None:
        """`format: binary` is a file in a multipart body; anywhere else it is a string."""
        for name, model in self.models.items():
            if name in self.multipart:
                continue
            for wire, spec in model.get("fields", {}).items():
                if _FILE.search(spec["type"]):
                    spec["type"] = _FILE.sub("string", spec["type"])
                    where = self.origins.get(("models", name, "fields", wire), self.root.shown)
                    self.notes.append(
                        Note(
                            where,
                            f"{name}.{wire}: binary data outside a multipart body is typed as string",
                        )
                    )

    def _server_path(self) -> str:
        servers = self.root.data.get("servers") or []
        if not servers or not isinstance(servers[0], dict):
            return ""
        url = urlsplit(_server_url(servers[0]))
        if (url.scheme and url.netloc) or (not url.scheme and url.path.startswith("/")):
            return url.path.rstrip("/")
        return ""  # not a URL (a bare host name): its text is no path

    def _endpoint(
        self,
        pointer: Pointer,
        path: str,
        method: str,
        operation: dict[str, Any],
        item: dict[str, Any],
        key: str,
    ) -> dict[str, Any] | None:
        self.current = key
        self.response_description = None
        out: dict[str, Any] = {"method": method.upper(), "path": path}
        hint = naming.pascal(
            operation.get("operationId") or key.replace(".", " "), fallback="Operation"
        )
        if operation.get("summary"):
            out["summary"] = str(operation["summary"])
        _docs(out, operation, summary=False, examples=False)
        self._sunset(self.root, pointer, operation, out)
        params = self._params(pointer, item, operation)
        for name in re.findall(r"\{([^}]*)\}", path):
            if name not in params:
                self.note(
                    self.root, pointer, f"path parameter {name!r} is not declared; typed as string"
                )
                params[name] = {"in": "path", "type": "string"}
        body = self._body(pointer, operation, hint)
        if params:
            out["params"] = params
        if body is not None:
            out["body"] = body
        response, stream = self._response(pointer, operation, hint, body)
        out["response"] = response
        if self.response_description:
            out["response_description"] = self.response_description
        if isinstance(operation.get("x-stream"), dict):
            stream = dict(operation["x-stream"])
        if stream is not None:
            out["stream"] = stream
        for key, target in (("x-pagination", "pagination"), ("x-rate-limit", "rate_limit")):
            if isinstance(operation.get(key), dict):
                out[target] = dict(operation[key])
        return out

    def _params(
        self, pointer: Pointer, item: dict[str, Any], operation: dict[str, Any]
    ) -> dict[str, Any]:
        merged: dict[tuple[str, str], tuple[Pointer, Document, Any]] = {}
        for source, base in ((item, ("paths", pointer[1])), (operation, pointer)):
            for i, param in enumerate(source.get("parameters") or []):
                param_pointer = (*base, "parameters", str(i))
                doc = self.root
                if isinstance(param, dict) and "$ref" in param:
                    try:
                        doc, param_pointer = self.docs.resolve(doc, param["$ref"], param_pointer)
                    except SpecError as exc:
                        self.note(self.root, param_pointer, f"{exc.problems[0].message}; left out")
                        continue
                    param = doc.at(param_pointer)
                if not isinstance(param, dict) or "name" not in param or "in" not in param:
                    self.note(doc, param_pointer, "a parameter without `name` and `in`; left out")
                    continue
                merged[(param["in"], str(param["name"]))] = (param_pointer, doc, param)
        out: dict[str, Any] = {}
        for (location, name), (param_pointer, doc, param) in merged.items():
            if location == "cookie":
                self.note(
                    doc, param_pointer, f"cookie parameter {name!r} is not supported; left out"
                )
                continue
            if location not in ("path", "query", "header"):
                self.note(
                    doc, param_pointer, f"parameter location {location!r} is unknown; left out"
                )
                continue
            schema = param.get("schema")
            if schema is None and "content" in param:
                self.note(
                    doc,
                    param_pointer,
                    f"parameter {name!r} is described by `content`; typed as string",
                )
                schema = {"type": "string"}
            type_text = self.type_of(
                doc, (*param_pointer, "schema"), schema or {}, naming.pascal(name)
            )
            if type_text.startswith("nullable<"):
                type_text = type_text[len("nullable<") : -1]  # on the wire, null is leaving it out
            if not self._sendable(type_text, location):
                self.note(
                    doc,
                    param_pointer,
                    f"parameter {name!r}: a {type_text} in the {location} cannot be sent; left out",
                )
                continue
            style = param.get("style")
            if type_text.startswith("list<") and (
                style not in (None, "form") or param.get("explode") is False
            ):
                self.note(
                    doc,
                    param_pointer,
                    f"parameter {name!r}: style {style or 'form'} without explode is sent as repeated keys",
                )
            required = bool(param.get("required")) or location == "path"
            spec: dict[str, Any] = {
                "in": location,
                "type": type_text if required else f"optional<{type_text}>",
            }
            _docs(spec, param)
            self._sunset(doc, param_pointer, param, spec)
            if isinstance(schema, dict):
                _constraints(spec, schema)
                if (
                    "example" not in param
                    and isinstance(schema.get("examples"), list)
                    and schema["examples"]
                ):
                    spec["examples"] = schema["examples"]
                elif "example" not in param and schema.get("example") is not None:
                    spec["example"] = schema["example"]
                if "default" in schema and schema["default"] is not None and not required:
                    spec["default"] = schema["default"]
                if "description" not in spec and schema.get("description"):
                    spec["description"] = str(schema["description"])
            if "example" in param:
                spec["example"] = param["example"]
            if param.get("x-allow-slash") is True:
                spec["allow_slash"] = True
            out[name] = spec
        return out

    def _sendable(self, type_text: str, location: str) -> bool:
        """A parameter of this type can go in the URL or a header: scalars, enums and
        literals (or a union of them), or in the query a list of them too."""
        core = type_text
        if location == "query" and core.startswith("list<") and core.endswith(">"):
            core = core[len("list<") : -1]
        return all(n in _SCALAR_NAMES or n in self.enums for n in _names(core))

    def _body(self, pointer: Pointer, operation: dict[str, Any], hint: str) -> str | None:
        body = operation.get("requestBody")
        if body is None:
            return None
        doc, body_pointer = self.root, (*pointer, "requestBody")
        if "$ref" in body:
            try:
                doc, body_pointer = self.docs.resolve(doc, body["$ref"], body_pointer)
            except SpecError as exc:
                self.note(
                    self.root, body_pointer, f"{exc.problems[0].message}; the body is left out"
                )
                return None
            body = doc.at(body_pointer)
        content = body.get("content") or {}
        sendable = [t for t in content if _JSON.match(t) or t.startswith("multipart/form-data")]
        # Files go as multipart; otherwise JSON, as the client sends it by default.
        uploads = [
            t for t in sendable if t.startswith("multipart/") and self._holds_files(doc, content[t])
        ]
        chosen = next(iter(uploads), None) or next((t for t in sendable if _JSON.match(t)), None)
        chosen = chosen or next(iter(sendable), None)
        for other in [t for t in sendable if t != chosen]:
            self.note(
                doc,
                (*body_pointer, "content", other),
                f"the body may also be sent as {other}; the {chosen} form is imported",
            )
        if chosen is None:
            kinds = ", ".join(content) or "none"
            self.note(
                doc,
                body_pointer,
                f"a request body of type {kinds} cannot be sent; the body is left out",
            )
            return None
        media_pointer = (*body_pointer, "content", chosen)
        schema = content[chosen].get("schema") if isinstance(content[chosen], dict) else None
        if schema is None:
            self.note(doc, media_pointer, "a request body without a schema; the body is left out")
            return None
        type_text = self.type_of(doc, (*media_pointer, "schema"), schema, f"{hint}Request")
        if type_text in self.models:
            if chosen.startswith("multipart/"):
                self.multipart.add(type_text)
            return type_text
        self.note(
            doc,
            media_pointer,
            f"a request body of type {type_text} is not an object with fields; the body is left out",
        )
        return None

    def _holds_files(self, doc: Document, media: Any) -> bool:
        """A multipart body with a `format: binary` property: itself, as list items or as a
        member of `anyOf`/`oneOf`, through `$ref`s."""
        schema = self._followed(doc, media.get("schema") if isinstance(media, dict) else None)
        properties = schema.get("properties") if isinstance(schema, dict) else None
        if not isinstance(properties, dict):
            return False
        return any(self._binary(doc, prop, 0) for prop in properties.values())

    def _binary(self, doc: Document, schema: Any, depth: int) -> bool:
        schema = self._followed(doc, schema)
        if not isinstance(schema, dict) or depth > 4:
            return False
        if schema.get("format") == "binary":
            return True
        parts = [schema.get("items"), *(schema.get("anyOf") or []), *(schema.get("oneOf") or [])]
        return any(self._binary(doc, part, depth + 1) for part in parts)

    def _followed(self, doc: Document, schema: Any) -> Any:
        """`schema`, or what its `$ref` points at (in the same document)."""
        if isinstance(schema, dict) and "$ref" in schema:
            try:
                target_doc, target = self.docs.resolve(doc, schema["$ref"], ())
            except SpecError:
                return None
            return target_doc.at(target) if target_doc is doc else None
        return schema

    def _response(
        self, pointer: Pointer, operation: dict[str, Any], hint: str, body: str | None
    ) -> tuple[str, dict[str, Any] | None]:
        responses = operation.get("responses") or {}
        codes = sorted(
            (c for c in responses if str(c).startswith("2") or str(c).upper() == "2XX"), key=str
        )
        if not codes:
            if "default" in responses:
                codes = ["default"]
            else:
                self.note(
                    self.root, (*pointer, "responses"), "no 2xx response is described; typed as any"
                )
                return "any", None
        code = codes[0]
        doc, response_pointer = self.root, (*pointer, "responses", str(code))
        response = responses[code]
        if isinstance(response, dict) and "$ref" in response:
            try:
                doc, response_pointer = self.docs.resolve(doc, response["$ref"], response_pointer)
            except SpecError as exc:
                self.note(self.root, response_pointer, f"{exc.problems[0].message}; typed as any")
                return "any", None
            response = doc.at(response_pointer)
        content = (response or {}).get("content") or {}
        description = (response or {}).get("description")
        if isinstance(description, str) and description.strip():
            self.response_description = description.strip()
        if not content or str(code) == "204":
            return "none", None
        json_type = next((t for t in content if _JSON.match(t)), None)
        sse = next((t for t in content if t.startswith("text/event-stream")), None)
        result = None
        if json_type is not None:
            schema = (content[json_type] or {}).get("schema")
            result = (
                self.type_of(
                    doc,
                    (*response_pointer, "content", json_type, "schema"),
                    schema,
                    f"{hint}Response",
                )
                if schema is not None
                else "any"
            )
            if result == "file":
                return "binary", None
        stream = None
        if sse is not None and "x-stream" not in operation:  # else the extension says it all
            stream = self._stream(
                doc, (*response_pointer, "content", sse), content[sse] or {}, body, hint
            )
        if result is None:
            if stream is not None:
                return "binary", stream  # a call without the switch gets the raw body
            if sse is None and any(_BINARY_TYPES.match(t) for t in content):
                return "binary", None
            kinds = ", ".join(content)
            self.note(doc, response_pointer, f"a response of type {kinds} is read as raw bytes")
            return "binary", None
        return result, stream

    def _stream(
        self,
        doc: Document,
        pointer: Pointer,
        media: dict[str, Any],
        body: str | None,
        hint: str,
    ) -> dict[str, Any] | None:
        switch = _stream_switch(self.models[body]) if body is not None else None
        if body is not None and switch is not None:
            # `stream: boolean | null`: null and leaving it out both mean no stream.
            flag = self.models[body]["fields"][switch]
            flag["type"] = flag["type"].replace("nullable<boolean>", "boolean")
        schema = media.get("schema")
        event = self.type_of(doc, (*pointer, "schema"), schema, f"{hint}Event") if schema else None
        if event in self.models or event in self.unions:
            self.events[self.current] = event
        if (
            switch is None
            or event is None
            or (event not in self.models and event not in self.unions)
        ):
            what = (
                "no boolean `stream` field turns it on"
                if switch is None
                else "its events have no model"
            )
            self.note(doc, pointer, f"an event stream that {what}; read as raw bytes")
            return None
        return {"param": switch, "event": event, "terminator": "[DONE]"}

    # provider -----------------------------------------------------------------------------

    def provider(self) -> dict[str, Any]:
        data = self.root.data
        info = data.get("info") or {}
        servers = data.get("servers") or []
        base_url = "https://api.example.com"
        if servers and isinstance(servers[0], dict) and servers[0].get("url"):
            parts = urlsplit(_server_url(servers[0]))
            if parts.scheme in ("http", "https") and parts.netloc:
                base_url = f"{parts.scheme}://{parts.netloc}"
            else:
                self.note(
                    self.root,
                    ("servers", "0", "url"),
                    f"server URL {servers[0]['url']!r} is not an absolute http(s) URL; {base_url} stands in",
                )
            if "{" in str(servers[0]["url"]):
                self.note(
                    self.root, ("servers", "0", "url"), "server variables take their defaults"
                )
        else:
            self.note(self.root, ("servers",), f"no server URL; {base_url} stands in")
        out: dict[str, Any] = {"id": self.provider_id, "name": self.name, "base_url": base_url}
        version = info.get("version")
        if isinstance(version, str | int | float) and _NAME_PATTERN.match(str(version)):
            out["version"] = str(version)
        if info.get("description"):
            out["description"] = str(info["description"])
        docs = (data.get("externalDocs") or {}).get("url")
        if docs:
            out["docs"] = str(docs)
        out["auth"] = self._auth()
        env = data.get("x-api-key-env")
        if isinstance(env, str) and re.fullmatch(r"[A-Z_][A-Z0-9_]*", env):
            out["auth"]["env"] = env
        errors = data.get("x-errors")
        if isinstance(errors, dict) and isinstance(errors.get("model"), str):
            out["errors"] = {k: v for k, v in errors.items() if k in _ERRORS_KEYS}
        return out

    def _auth(self) -> dict[str, Any]:
        env = f"{naming.package_name(self.provider_id).upper()}_API_KEY"
        schemes = (self.root.data.get("components") or {}).get("securitySchemes") or {}
        used = [
            name for requirement in self.root.data.get("security") or [] for name in requirement
        ]
        order = used + [n for n in schemes if n not in used]
        for name in order:
            scheme = schemes.get(name)
            if not isinstance(scheme, dict):
                continue
            pointer = ("components", "securitySchemes", name)
            if scheme.get("type") == "http" and str(scheme.get("scheme", "")).lower() == "bearer":
                return {
                    "scheme": "bearer",
                    "env": env,
                    **(
                        {"description": str(scheme["description"])}
                        if scheme.get("description")
                        else {}
                    ),
                }
            if (
                scheme.get("type") == "apiKey"
                and scheme.get("in") == "header"
                and scheme.get("name")
            ):
                header = str(scheme["name"])
                if header.lower() == "authorization":
                    return {"scheme": "bearer", "env": env}
                return {"scheme": "header", "header": header, "env": env}
            self.note(
                self.root,
                pointer,
                f"security scheme {name!r} ({scheme.get('type')}) is not supported; a bearer token stands in",
            )
        if not schemes:
            return {"scheme": "bearer", "env": env, "optional": True}
        return {"scheme": "bearer", "env": env}


def translate(docs: Documents, provider_id: str, name: str) -> Result:
    """The spec for the document, with what could not be said as it is."""
    translator = Translator(docs, provider_id, name)
    version = str(docs.root.data.get("openapi", ""))
    if not version.startswith(("3.0", "3.1")):
        raise SpecError(
            [
                _problem(
                    docs.root,
                    ("openapi",),
                    f"OpenAPI 3.0 or 3.1 expected, not {version or 'none'!r}",
                )
            ]
        )
    if not isinstance(docs.root.data.get("paths"), dict):
        raise SpecError([_problem(docs.root, ("paths",), "the document has no `paths`")])
    translator.components()
    provider = translator.provider()
    translator.origins[("provider",)] = docs.root.where(("servers",))
    translator.operations_()
    if not translator.endpoints:
        raise SpecError(
            [
                _problem(
                    docs.root, ("paths",), "the document describes no operation a client could call"
                )
            ]
        )
    translator.request_and_response_forms()
    translator.files_only_in_uploads()
    spec: dict[str, Any] = {"spec_version": 1, "provider": provider}
    for section in ("enums", "models", "unions"):
        defs = getattr(translator, section)
        if defs:
            spec[section] = defs
    spec["endpoints"] = translator.endpoints
    return Result(
        spec,
        translator.notes,
        translator.operations,
        translator.imported,
        len(translator.enums) + len(translator.models) + len(translator.unions),
        translator.origins,
        [d.shown for d in docs.others],
    )


def fresh_name(wanted: str, taken: set[str]) -> str:
    """A definition name for `wanted` that `taken` does not hold yet (and now does).

    A model's request form is `<Name>Param`: those names are kept free too.
    """
    base = naming.pascal(wanted, fallback="Model")
    name, n = base, 1
    while (
        name in taken
        or f"{name}Param" in taken
        or (name.endswith("Param") and name[: -len("Param")] in taken)
    ):
        n += 1
        name = f"{base}{n}"
    taken.add(name)
    return name


def route_segments(route: str) -> list[str]:
    """A route's fixed segments, without parameters and version prefixes (`v1`)."""
    return [
        s
        for s in route.split("/")
        if s and not s.startswith("{") and not re.fullmatch(r"v\d+(\.\d+)?", s)
    ]


def _problem(doc: Document, pointer: Pointer, message: str) -> Any:
    from ..errors import Problem

    return Problem(doc.shown, doc.line(pointer), 1, "/".join(pointer), message)


# helpers --------------------------------------------------------------------------------


def _narrows(child: str, base: str) -> bool:
    """A subclass may type an inherited field `child`: the same type, required where the base
    has it optional, or a literal where the base takes any string (or integer, or boolean),
    present or not. (Optional where the base requires it, it would widen the attribute.)"""
    optional = base.startswith("optional<")
    if child == base or (optional and child == base[len("optional<") : -1]):
        return True
    if child.startswith("optional<") and not optional:
        return False
    core = base
    for wrapper in ("optional<", "nullable<"):
        if core.startswith(wrapper):
            core = core[len(wrapper) : -1]
    literal = (
        child.removeprefix("optional<").removesuffix(">")
        if child.startswith("optional<")
        else child
    )
    kinds = {"string": '"', "integer": "-0123456789", "boolean": "tf"}
    return (
        literal.startswith("literal<") and core in kinds and literal[len("literal<")] in kinds[core]
    )


def _types(schema: dict[str, Any]) -> list[str]:
    kind = schema.get("type")
    if isinstance(kind, list):
        return [str(k) for k in kind]
    return [str(kind)] if kind is not None else []


def _is_null(schema: Any) -> bool:
    return isinstance(schema, dict) and (
        schema.get("type") == "null" or schema == {"enum": [None]} or schema.get("const", 0) is None
    )


def _may_be_null(schema: Any) -> bool:
    """A member that admits null: a named union cannot hold it, so the union is inlined."""
    return _is_null(schema) or (
        isinstance(schema, dict) and (schema.get("nullable") is True or "null" in _types(schema))
    )


def _stream_switch(body: dict[str, Any]) -> str | None:
    """The body model's boolean `stream` field, which turns an event stream on."""
    field = body.get("fields", {}).get("stream")
    return "stream" if field is not None and "boolean" in field["type"] else None


def _extensible(schema: Any) -> Any:
    """`x-extensible-enum` (a list of known values where others may come) as an open enum."""
    if not isinstance(schema, dict) or "enum" in schema:
        return schema
    values = schema.get("x-extensible-enum")
    if isinstance(values, list) and values and all(isinstance(v, str) for v in values):
        return {**schema, "enum": values, "x-open-enum": True}
    return schema


# The names a parameter's type may hold (`literal<true>` holds `true`).
_SCALAR_NAMES = frozenset(
    {"string", "integer", "int64", "number", "boolean", "literal", "true", "false"}
)
# A type expression's tokens: string literals (skipped) and names.
_TOKEN = re.compile(r'"(?:[^"\\]|\\.)*"|[A-Za-z_][A-Za-z0-9_]*')


def _reach(refs: dict[str, set[str]], types: list[str]) -> set[str]:
    """The models and unions that values of these types may hold, however deep."""
    seen: set[str] = set()
    todo = [n for t in types for n in _names(t)]
    while todo:
        name = todo.pop()
        if name in seen or name not in refs:
            continue
        seen.add(name)
        todo += refs[name]
    return seen


def _names(type_text: str) -> list[str]:
    return [t for t in _TOKEN.findall(type_text) if not t.startswith('"')]


def _renamed(type_text: str, names: dict[str, str]) -> str:
    return _TOKEN.sub(lambda m: names.get(m.group(0), m.group(0)), type_text)


def _non_null(values: Any) -> list[Any]:
    return [v for v in values if v is not None] if isinstance(values, list) else []


def literal_type(value: Any) -> str | None:
    """The spec's literal type for a JSON value (`literal<"auto">`), if it has one."""
    if isinstance(value, bool):
        return f"literal<{'true' if value else 'false'}>"
    if isinstance(value, str | int):
        return f"literal<{json.dumps(value)}>"
    return None


def _union_text(members: list[str]) -> str:
    unique = list(dict.fromkeys(members))
    return unique[0] if len(unique) == 1 else " | ".join(unique)


def _server_url(server: dict[str, Any]) -> str:
    url = str(server.get("url", ""))
    for var, spec in (server.get("variables") or {}).items():
        if isinstance(spec, dict) and "default" in spec:
            url = url.replace("{" + str(var) + "}", str(spec["default"]))
    return url


def _join(first: str | None, second: str) -> str:
    return f"{first}\n\n{second}" if first else second


def _docs(
    out: dict[str, Any], node: dict[str, Any], *, summary: bool = True, examples: bool = True
) -> None:
    description = node.get("description")
    if not description and summary and node.get("title"):
        description = node["title"]
    if isinstance(description, str) and description.strip():
        out["description"] = description.strip()
    docs = (
        (node.get("externalDocs") or {}).get("url")
        if isinstance(node.get("externalDocs"), dict)
        else None
    )
    if docs:
        out["docs"] = str(docs)
    if node.get("deprecated") is True:
        out["deprecated"] = True
    if not examples:
        return
    if "example" in node and node["example"] is not None:
        out["example"] = node["example"]
    elif isinstance(node.get("examples"), list) and node["examples"]:
        out["examples"] = node["examples"]


def _constraints(out: dict[str, Any], schema: dict[str, Any]) -> None:
    """The bounds of `schema`, and of the one member of an `anyOf`/`oneOf` with null
    (`integer >= 0 | null`), whose bounds hold whenever the value is not null."""
    members = schema.get("anyOf") or schema.get("oneOf")
    if isinstance(members, list) and len(members) == 2 and sum(map(_is_null, members)) == 1:
        (member,) = [m for m in members if not _is_null(m)]
        if isinstance(member, dict) and "$ref" not in member:
            _own_constraints(out, member)
    _own_constraints(out, schema)


def _own_constraints(out: dict[str, Any], schema: dict[str, Any]) -> None:
    pairs = (
        ("minimum", "ge"),
        ("maximum", "le"),
        ("minLength", "min_length"),
        ("maxLength", "max_length"),
        ("minItems", "min_length"),
        ("maxItems", "max_length"),
        ("pattern", "pattern"),
    )
    for source, target in pairs:
        value = schema.get(source)
        if value is not None and not isinstance(value, bool):
            out[target] = value
    for source, inclusive, exclusive in (
        ("exclusiveMinimum", "ge", "gt"),
        ("exclusiveMaximum", "le", "lt"),
    ):
        value = schema.get(source)
        if value is True and inclusive in out:  # 3.0: a flag on minimum/maximum
            out[exclusive] = out.pop(inclusive)
        elif isinstance(value, int | float) and not isinstance(value, bool):  # 3.1: the bound
            out[exclusive] = value
