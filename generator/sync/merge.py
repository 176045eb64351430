"""Three-way merge of a provider's docs into its spec.

Three versions meet:
- BASE, the spec draft imported from the docs as they were at the last sync;
- THEIRS, the draft imported from the docs as they are now;
- OURS, `spec/<id>.yaml`, which people edit by hand.

A draft and the spec rarely share a shape: the spec may hold a union where a page shows
one model, or call an enum `ModelStatus` where the draft says `Status`. So facts are not
addressed by spec path but by what the docs say: the endpoint (method and path), then
parameters and fields by their wire names, following types from one definition to the
next. The drafts' definitions are paired with the spec's by walking both from the same
endpoints (`Alignment`); a draft model that the spec turned into a union reaches its
fields through the union's variants and their bases.

Every fact that differs between BASE and THEIRS is a docs change. It lands on the spec
wherever the spec still says what BASE said; where the spec says what THEIRS says it is
already there; anywhere else the spec says something of its own, a hand-made decision.
A change that finds only hand-made decisions is a conflict. Enum values and union
variants merge one by one, so a value added in the docs never conflicts with one added
by hand.

The spec is edited in place as a ruamel.yaml round-trip tree: comments, key order and
the style of every untouched value stay as they were.
"""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.scalarstring import DoubleQuotedScalarString, FoldedScalarString

from ..importers.openapi import fresh_name
from ..spec.typeexpr import TypeExpr, TypeSyntaxError, parse, rename

Address = tuple[str, ...]
MISSING: Any = type("_Missing", (), {"__repr__": lambda self: "absent"})()

SECTIONS = ("enums", "models", "unions")
_KIND = {"enums": "enum", "models": "model", "unions": "union"}
# Endpoint keys that hold types or structure, not plain facts.
_ENDPOINT_STRUCTURE = ("method", "path", "params", "body", "response", "stream", "pagination")


@dataclass(frozen=True)
class Conflict:
    """A docs change that meets a hand-made decision."""

    what: str
    spec_where: str  # file:line in the spec
    docs_where: str  # page:line (or document:line) in the docs

    def __str__(self) -> str:
        return f"{self.spec_where}: conflict: {self.what} (docs: {self.docs_where})"


@dataclass(frozen=True)
class Applied:
    """A docs change now in the spec."""

    what: str
    docs_where: str


@dataclass
class Draft:
    """A spec imported from docs: its data, and `file:line` of each spec path in them."""

    data: dict[str, Any]
    origins: dict[tuple[str, ...], str]

    def where(self, *path: str) -> str:
        for i in range(len(path), 0, -1):
            if path[:i] in self.origins:
                return self.origins[path[:i]]
        return next(iter(self.origins.values()), "docs:1")


@dataclass
class Outcome:
    applied: list[Applied] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)
    kept: int = 0  # places where a change met a hand-made value beside ones it changed


# the spec as a round-trip tree ------------------------------------------------------------


def _yaml(text: str) -> Any:
    from ruamel.yaml import YAML

    offset = _list_offset(text)
    yaml = YAML(typ="rt")
    yaml.preserve_quotes = True
    yaml.width = 4096  # lines break where the author broke them, nowhere else
    yaml.default_flow_style = False
    yaml.indent(mapping=2, sequence=offset + 2, offset=offset)
    return yaml


def _list_offset(text: str) -> int:
    """How far the spec indents a block list's `-` past its key (2 unless it says)."""
    previous = ""
    for line in text.splitlines():
        stripped = line.lstrip(" ")
        if stripped.startswith("- ") and previous.rstrip().endswith(":"):
            return max(0, len(line) - len(stripped) - (len(previous) - len(previous.lstrip(" "))))
        if stripped and not stripped.startswith("#"):
            previous = line
    return 2


def read_tree(text: str) -> CommentedMap:
    """The spec as a tree that keeps comments, key order and styles."""
    tree: CommentedMap = _yaml(text).load(text)
    return tree


def write_tree(tree: CommentedMap, like: str) -> str:
    import io

    out = io.StringIO()
    _yaml(like).dump(tree, out)
    return out.getvalue()


def patched(original: str, pristine: CommentedMap, changed: str) -> str:
    """`original` with the edits that turn `pristine` (its tree, as read) into `changed`:
    where the YAML library writes some construct its own way (a very long key, a list in
    a list), the spec keeps the author's way wherever the sync changed nothing."""
    unchanged = write_tree(pristine, original)
    if original == unchanged:
        return changed
    import difflib

    a, b, c = (t.splitlines(keepends=True) for t in (original, unchanged, changed))
    # Lines of `unchanged` that are `original`'s, by position: b -> a.
    to_a: dict[int, int] = {}
    for block in difflib.SequenceMatcher(None, a, b, autojunk=False).get_matching_blocks():
        for k in range(block.size):
            to_a[block.b + k] = block.a + k
    out, at = [], 0
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, b, c, autojunk=False).get_opcodes():
        if tag == "equal":
            continue
        # The hunk replaces b[i1:i2]; it must sit between lines both texts share.
        start = to_a[i1 - 1] + 1 if i1 > 0 and i1 - 1 in to_a else 0 if i1 == 0 else None
        end = to_a[i2] if i2 < len(b) and i2 in to_a else len(a) if i2 == len(b) else None
        if start is None or end is None or start < at or end - start != i2 - i1:
            return changed  # edits inside a rewritten construct: take the library's text
        out.extend(a[at:start])
        out.extend(c[j1:j2])
        at = end
    out.extend(a[at:])
    return "".join(out)


# reading specs as data ------------------------------------------------------------------


def section_of(spec: Any, name: str) -> str | None:
    """Which section defines `name`, if any."""
    for section in SECTIONS:
        if name in (spec.get(section) or {}):
            return section
    return None


def definition(spec: Any, name: str) -> Any:
    section = section_of(spec, name)
    return spec[section][name] if section else None


def routes(spec: Any) -> dict[str, tuple[str, Any]]:
    """`METHOD /path` -> (endpoint key, endpoint) for every endpoint."""
    out: dict[str, tuple[str, Any]] = {}
    for key, endpoint in (spec.get("endpoints") or {}).items():
        out.setdefault(f"{endpoint.get('method')} {endpoint.get('path')}", (key, endpoint))
    return out


def _type(text: Any) -> TypeExpr | None:
    try:
        return parse(str(text))
    except TypeSyntaxError:
        return None


def _names(expr: TypeExpr | None) -> list[str]:
    return [n.name for n in expr.walk() if n.kind == "named"] if expr else []


def _shape(spec: Any, text: Any) -> str:
    """A type with each named type replaced by its kind: what a page can state about it."""
    expr = _type(text)
    if expr is None:
        return str(text)
    kinds = {}
    for name in _names(expr):
        section = section_of(spec, name)
        kinds[name] = "enum" if section == "enums" else "object" if section else name
    return str(rename(expr, kinds))


def fields_of(spec: Any, name: str, seen: frozenset[str] = frozenset()) -> dict[str, Any]:
    """A model's fields as the wire sees them: its bases' first, then its own."""
    model = (spec.get("models") or {}).get(name)
    if model is None or name in seen:
        return {}
    inherited = fields_of(spec, str(model["extends"]), seen | {name}) if "extends" in model else {}
    return {**inherited, **(model.get("fields") or {})}


def _declaring(spec: Any, name: str, wire: str) -> str | None:
    """The model of `name`'s chain (itself first) that declares field `wire`."""
    seen: set[str] = set()
    while name not in seen:
        seen.add(name)
        model = (spec.get("models") or {}).get(name)
        if model is None:
            return None
        if wire in (model.get("fields") or {}):
            return name
        if "extends" not in model:
            return None
        name = str(model["extends"])
    return None


def _models_behind(spec: Any, name: str) -> list[str]:
    """The models a definition stands for: itself, or a union's variants."""
    union = (spec.get("unions") or {}).get(name)
    if union is not None:
        return [str(v) for v in union.get("variants") or []]
    return [name] if name in (spec.get("models") or {}) else []


def _ancestors(spec: Any, name: str) -> list[str]:
    out: list[str] = []
    while name in (spec.get("models") or {}) and name not in out:
        out.append(name)
        name = str(spec["models"][name].get("extends", ""))
    return out


# pairing definitions ----------------------------------------------------------------------


class Alignment:
    """Which definition of one spec stands for which of another, found by walking both
    from the endpoints they share, type by type and field by field."""

    def __init__(self, left: Any, right: Any) -> None:
        self.left, self.right = left, right
        self.pairs: dict[str, list[str]] = {}
        queue: deque[tuple[Any, Any]] = deque()
        right_routes = routes(right)
        for route, (_, ea) in routes(left).items():
            if route not in right_routes:
                continue
            eb = right_routes[route][1]
            for wire, param in (ea.get("params") or {}).items():
                other = (eb.get("params") or {}).get(wire)
                if other is not None:
                    queue.append((param.get("type"), other.get("type")))
            for slot in ("body", "response"):
                queue.append((ea.get(slot), eb.get(slot)))
            queue.append(
                ((ea.get("stream") or {}).get("event"), (eb.get("stream") or {}).get("event"))
            )
        errors = (
            (left.get("provider") or {}).get("errors"),
            (right.get("provider") or {}).get("errors"),
        )
        if errors[0] and errors[1]:
            queue.append((errors[0].get("model"), errors[1].get("model")))
        while queue:
            a, b = queue.popleft()
            if a is not None and b is not None:
                queue.extend(self._types(_type(a), _type(b)))
        for section in SECTIONS:  # what no endpoint reaches pairs by name
            for name in left.get(section) or {}:
                if name not in self.pairs and name in (right.get(section) or {}):
                    self.pairs[name] = [name]

    def _types(self, a: TypeExpr | None, b: TypeExpr | None) -> list[tuple[Any, Any]]:
        if a is None or b is None:
            return []
        while a.kind in ("optional", "nullable"):
            a = a.inner
        while b.kind in ("optional", "nullable"):
            b = b.inner
        if a.kind in ("list", "map") and b.kind == a.kind:
            return self._types(a.inner, b.inner)
        if a.kind == "union" and b.kind == "union" and len(a.members) == len(b.members):
            return [p for x, y in zip(a.members, b.members, strict=True) for p in self._types(x, y)]
        if a.kind == "named" and b.kind == "named":
            return self._pair(a.name, b.name)
        return []

    def _pair(self, a: str, b: str) -> list[tuple[Any, Any]]:
        known = self.pairs.setdefault(a, [])
        if b in known:
            return []
        known.append(b)
        if len(known) > 1:
            return []  # its parts were paired the first time
        out: list[tuple[Any, Any]] = []
        left, right = self.left, self.right
        if a in (left.get("models") or {}):
            for wire, spec in fields_of(left, a).items():
                for model in _models_behind(right, b):
                    other = fields_of(right, model).get(wire)
                    if other is not None:
                        out.append((spec.get("type"), other.get("type")))
                        break
        ua, ub = (left.get("unions") or {}).get(a), (right.get("unions") or {}).get(b)
        if ua is not None and ub is not None:
            va, vb = ua.get("variants") or [], ub.get("variants") or []
            if len(va) == len(vb):
                out.extend(zip(va, vb, strict=True))
        return out

    def first(self, name: str) -> str | None:
        known = self.pairs.get(name)
        return known[0] if known else None


# facts ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Fact:
    value: Any
    where: str


class _TypeFact(tuple[str, tuple[str, ...]]):
    """A type as facts compare it: its shape, and the (canonical) names it uses."""

    __slots__ = ()


def facts(draft: Draft, canon: Callable[[str], str]) -> dict[Address, Fact]:
    """Every fact a draft states, by docs address. `canon` gives each of the draft's
    definition names the name it has in BASE, so that both drafts speak alike."""
    spec, out = draft.data, {}

    def typed(address: Address, text: Any, where: str) -> None:
        expr = _type(text)
        out[address] = Fact(
            _TypeFact(
                (_shape(spec, text), tuple(canon(n) for n in _names(expr) if section_of(spec, n)))
            ),
            where,
        )

    def plain(address: Address, node: dict[str, Any], skip: tuple[str, ...], where: str) -> None:
        for key, value in node.items():
            if key in skip or key == "examples":
                continue
            if key == "example":
                out[(*address, "examples")] = Fact([value], where)
            elif key == "rate_limit" and isinstance(value, dict):
                for sub, item in value.items():
                    out[(*address, key, str(sub))] = Fact(item, where)
            else:
                out[(*address, key)] = Fact(value, where)
        if "examples" in node:
            out[(*address, "examples")] = Fact(list(node["examples"]), where)

    provider = spec.get("provider") or {}
    where = draft.where("provider")
    out[("provider", "base_url")] = Fact(provider.get("base_url"), where)
    for key in ("scheme", "header"):
        if key in (provider.get("auth") or {}):
            out[("provider", "auth", key)] = Fact(provider["auth"][key], where)
    for route, (key, endpoint) in routes(spec).items():
        base: Address = ("endpoint", route)
        where = draft.where("endpoints", key)
        out[base] = Fact(True, where)
        plain(base, endpoint, _ENDPOINT_STRUCTURE, where)
        for wire, param in (endpoint.get("params") or {}).items():
            at = draft.where("endpoints", key, "params", wire)
            out[(*base, "param", wire)] = Fact(True, at)
            typed((*base, "param", wire, "type"), param.get("type"), at)
            plain((*base, "param", wire), param, ("type",), at)
        for slot in ("body", "response"):
            if slot in endpoint:
                typed((*base, slot), endpoint[slot], where)
        if "stream" in endpoint:
            typed((*base, "stream"), endpoint["stream"].get("event"), where)
            plain((*base, "stream"), endpoint["stream"], ("event",), where)
    for section in SECTIONS:
        kind = _KIND[section]
        for name, node in (spec.get(section) or {}).items():
            base = (kind, canon(name))
            where = draft.where(section, name)
            out[base] = Fact(True, where)
            if section == "enums":
                out[(*base, "values")] = Fact(list(node.get("values") or []), where)
                plain(base, node, ("values",), where)
            elif section == "unions":
                names = [
                    canon(str(v)) if section_of(spec, str(v)) else str(v)
                    for v in node.get("variants") or []
                ]
                out[(*base, "variants")] = Fact(names, where)
                plain(base, node, ("variants", "fallback", "selected_by", "events"), where)
            else:
                plain(base, node, ("fields", "extends"), where)
                for wire, spec_ in (node.get("fields") or {}).items():
                    at = draft.where(section, name, "fields", wire)
                    out[(*base, "field", wire)] = Fact(True, at)
                    typed((*base, "field", wire, "type"), spec_.get("type"), at)
                    plain((*base, "field", wire), spec_, ("type",), at)
    return out


# the merge ------------------------------------------------------------------------------


def _same(a: Any, b: Any) -> bool:
    """Equal as facts: text compares with its line breaks and runs of spaces folded."""
    if isinstance(a, str) and isinstance(b, str):
        return " ".join(a.split()) == " ".join(b.split())
    if isinstance(a, bool) or isinstance(b, bool):
        return type(a) is type(b) and a == b
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b, strict=True))
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(_same(a[k], b[k]) for k in a)
    return bool(a == b)


@dataclass
class _Slot:
    """One place in the spec that holds a fact: the last key of `path` below `root`."""

    root: Any
    path: Address
    label: str  # as a message names it

    @property
    def key(self) -> str:
        return self.path[-1]

    def parent(self, *, create: bool = False) -> Any:
        node = self.root
        for part in self.path[:-1]:
            child = node.get(part)
            if not isinstance(child, dict):
                if not create:
                    return None
                child = node[part] = CommentedMap()
            node = child
        return node

    def get(self) -> Any:
        node = self.parent()
        if node is None:
            return MISSING
        if self.key == "examples":
            if "examples" in node:
                return list(node["examples"])
            return [node["example"]] if "example" in node else MISSING
        return node.get(self.key, MISSING)

    def line(self) -> int:
        node = self.parent()
        if node is None:
            return _line(self.root, None)
        key = "example" if self.key == "examples" and "example" in node else self.key
        return _line(node, key if key in node else None)


class _Holder(NamedTuple):
    """An endpoint or a model of the spec, holding parameters or fields."""

    node: Any
    kind: str  # "endpoint" or "model"
    name: str

    @property
    def label(self) -> str:
        return f"{self.kind} {self.name}"


class Merge:
    """Applies BASE -> THEIRS onto OURS (edited in place); `run` says what happened."""

    def __init__(self, base: Draft, theirs: Draft, ours: CommentedMap, shown: str) -> None:
        self.base, self.theirs, self.ours, self.shown = base, theirs, ours, shown
        self.to_ours = Alignment(base.data, ours)
        self.to_base = Alignment(theirs.data, base.data)
        # THEIRS' definitions by the name `canon` gives them (the first, where two share one).
        self.theirs_names: dict[str, str] = {}
        for theirs_name in _all_names(theirs.data):
            self.theirs_names.setdefault(self.canon(theirs_name), theirs_name)
        self.outcome = Outcome()
        self.done: set[Address] = set()  # settled whole: nothing below needs a look
        self.added: dict[str, str] = {}  # THEIRS' new definitions -> their names in OURS
        self.reachable_before = _reachable(ours)
        self.before = facts(base, lambda name: name)
        # BASE's facts below each endpoint and each parameter or field.
        self.below: dict[Address, list[Address]] = {}
        for key in self.before:
            for depth in (2, 4):
                if len(key) > depth:
                    self.below.setdefault(key[:depth], []).append(key)

    # names

    def canon(self, theirs_name: str) -> str:
        """THEIRS' name for a definition -> BASE's (or `+name` for one new in the docs)."""
        found = self.to_base.first(theirs_name)
        return found if found is not None else f"+{theirs_name}"

    def ours_name(self, canon: str) -> str | None:
        """The spec's name for a definition, by its name in BASE (or `+name`)."""
        if canon in self.added:  # brought over by this run
            return self.added[canon]
        return None if canon.startswith("+") else self.to_ours.first(canon)

    # the run

    def run(self) -> Outcome:
        before, after = self.before, facts(self.theirs, self.canon)
        for address in [*after, *(a for a in before if a not in after)]:
            old, new = before.get(address), after.get(address)
            if old is not None and new is not None and _fact_equal(old.value, new.value):
                continue
            if any(address[:i] in self.done for i in range(1, len(address) + 1)):
                continue
            where = new.where if new is not None else old.where if old is not None else ""
            self._change(
                address,
                old.value if old is not None else MISSING,
                new.value if new is not None else MISSING,
                where,
            )
        self._prune()
        return self.outcome

    def _change(self, address: Address, old: Any, new: Any, where: str) -> None:
        head = address[0]
        if head == "endpoint" and len(address) == 2:
            self._endpoint(address[1], new is True, where)
        elif head in ("enum", "model", "union") and len(address) == 2:
            # A definition arrives with the first thing that uses it and goes when
            # nothing uses it any more (`_prune`); on its own it changes nothing.
            self.done.add(address)
        elif len(address) == 4 and address[2] in ("param", "field"):
            self._member(address, new is True, where)
        elif head in ("enum", "union") and address[-1] in ("values", "variants"):
            self._items(address, old, new, where)
        else:
            self._value(address, old, new, where)

    def _endpoint(self, route: str, added: bool, where: str) -> None:
        self.done.add(("endpoint", route))
        found = routes(self.ours).get(route)
        if added:
            if found is not None:
                return  # the spec had it before the docs did
            key, endpoint = routes(self.theirs.data)[route]
            endpoints = self.ours.setdefault("endpoints", CommentedMap())
            name, n = key, 1
            while name in endpoints:
                n += 1
                name = f"{key}_{n}"
            endpoints[name] = self._import_node(endpoint)
            self.outcome.applied.append(Applied(f"endpoint {name} ({route}) added", where))
            return
        if found is None:
            return  # the spec no longer has it either
        key, _ = found
        edited = self._edited(("endpoint", route))
        if edited is not None:
            self._conflict(
                f"the docs remove {route} (endpoint {key}); the spec has edited it: {edited[0]}",
                edited[1],
                where,
            )
            return
        del self.ours["endpoints"][key]
        self.outcome.applied.append(Applied(f"endpoint {key} ({route}) removed", where))

    def _member(self, address: Address, added: bool, where: str) -> None:
        """A parameter or a field added or removed."""
        self.done.add(address)
        wire, members = address[3], "params" if address[2] == "param" else "fields"
        if added:
            parents = self._parents(address[:2])
            if not parents:
                self._missing(address, where)
                return
            found = self._theirs(address)
            assert found is not None  # THEIRS states it
            siblings, source = found[0], found[1]
            for parent in parents:
                if members == "fields" and wire in fields_of(self.ours, parent.name):
                    continue  # inherited from a base already
                container = parent.node.get(members)
                if container is None:
                    container = parent.node[members] = CommentedMap()
                if wire in container:
                    continue
                at = _position(list(siblings), wire, container)
                container.insert(at, wire, self._import_node(source))
                self.outcome.applied.append(
                    Applied(f"{parent.label}: {_what(address)} added", where)
                )
            return
        holders = self._holders(address)
        if not holders:
            return
        edited = self._edited(address)
        if edited is not None:
            self._conflict(
                f"the docs remove {_what(address)}; the spec has edited it: {edited[0]}",
                edited[1],
                where,
            )
            return
        for holder in holders:
            del holder.node[members][wire]
            self.outcome.applied.append(Applied(f"{holder.label}: {_what(address)} removed", where))

    def _holders(self, address: Address) -> list[_Holder]:
        """The spec nodes whose params or fields hold the member at `address`."""
        wire = address[3]
        if address[0] == "endpoint":
            return [h for h in self._parents(address[:2]) if wire in (h.node.get("params") or {})]
        name = self.ours_name(address[1])
        out: list[_Holder] = []
        for model in _models_behind(self.ours, name) if name else []:
            declaring = _declaring(self.ours, model, wire)
            if declaring is not None and all(h.name != declaring for h in out):
                out.append(_Holder(self.ours["models"][declaring], "model", declaring))
        return out

    def _parents(self, address: Address) -> list[_Holder]:
        """The spec nodes a new parameter or field goes into: the endpoint, or the model.
        A draft model the spec made a union gets it in the variants' nearest shared base,
        else in every variant."""
        if address[0] == "endpoint":
            found = routes(self.ours).get(address[1])
            return [_Holder(found[1], "endpoint", found[0])] if found else []
        name = self.ours_name(address[1])
        models = _models_behind(self.ours, name) if name else []
        if len(models) > 1:
            shared = [
                m
                for m in _ancestors(self.ours, models[0])
                if all(m in _ancestors(self.ours, v) for v in models[1:])
            ]
            models = shared[:1] or models
        return [_Holder(self.ours["models"][m], "model", m) for m in models]

    def _value(self, address: Address, old: Any, new: Any, where: str) -> None:
        slots = self._slots(address)
        if not slots:
            if new is not MISSING:
                self._missing(address, where)
            return
        changed: list[_Slot] = []
        hand: list[tuple[_Slot, Any]] = []
        for slot in slots:
            have = self._as_fact(address, slot.get())
            if _fact_equal(have, new):
                continue
            if _fact_equal(have, old):
                changed.append(slot)
            else:
                hand.append((slot, have))
        if hand and not changed:
            slot, have = hand[0]
            self._conflict(
                f"the docs change {slot.label} from {_show(old)} to {_show(new)}; "
                f"the spec has {_show(have)}",
                slot.line(),
                where,
            )
            return
        self.outcome.kept += len(hand)
        for slot in changed:
            self._set(slot, address, new)
            self.outcome.applied.append(
                Applied(f"{slot.label}: {_show(old)} -> {_show(new)}", where)
            )

    def _as_fact(self, address: Address, value: Any) -> Any:
        """A spec value as facts compare it (types by their shape)."""
        if value is MISSING or not _is_type(address):
            return value
        return _TypeFact((_shape(self.ours, value), ()))

    def _set(self, slot: _Slot, address: Address, value: Any) -> None:
        if isinstance(value, _TypeFact):
            found = self._theirs(address)
            assert found is not None  # THEIRS states it
            value = self._import_type(str(found[-1]))
        if value is MISSING:
            node = slot.parent()
            if node is not None:
                node.pop(slot.key, None)
                if slot.key == "examples":
                    node.pop("example", None)
            return
        node, key = slot.parent(create=True), slot.key
        if key == "examples":
            previous = node.pop("examples", None) or node.pop("example", None)
            key, value = ("example", value[0]) if len(value) == 1 else ("examples", value)
            node[key] = _styled(value, previous)
            return
        node[key] = _styled(value, node.get(key))

    def _items(self, address: Address, old: Any, new: Any, where: str) -> None:
        """Enum values or union variants, one by one: the spec's own stay."""
        old = [] if old is MISSING else list(old)
        new = [] if new is MISSING else list(new)
        slots = self._slots(address)
        if not slots:
            self._missing(address, where)
            return
        variants = address[-1] == "variants"

        def ours(value: Any) -> Any:
            if not variants:
                return value
            if str(value).startswith("+"):
                return self._import_definition(str(value)[1:])
            return self.ours_name(str(value)) or value

        for slot in slots:
            items = slot.get()
            if items is MISSING:
                continue
            items = slot.parent()[slot.key]
            for value in old:
                if value not in new and ours(value) in items:
                    items.remove(ours(value))
                    self.outcome.applied.append(Applied(f"{slot.label}: {value!r} removed", where))
            for i, value in enumerate(new):
                if value in old or ours(value) in items:
                    continue
                placed = [ours(v) for v in new[:i] if ours(v) in items]
                items.insert(items.index(placed[-1]) + 1 if placed else 0, ours(value))
                self.outcome.applied.append(Applied(f"{slot.label}: {value!r} added", where))

    # where a fact lives in the spec

    def _slots(self, address: Address) -> list[_Slot]:
        head = address[0]
        if head == "provider":
            return [_Slot(self.ours["provider"], address[1:], "provider " + ".".join(address[1:]))]
        if head == "endpoint":
            found = routes(self.ours).get(address[1])
            if found is None:
                return []
            key, endpoint = found
            rest, label = address[2:], f"endpoint {key}"
            if rest[0] == "param":
                param = (endpoint.get("params") or {}).get(rest[1])
                if param is None:
                    return []
                return [
                    _Slot(param, rest[2:], f"{label}: parameter {rest[1]} {'.'.join(rest[2:])}")
                ]
            if rest == ("stream",):
                if "stream" not in endpoint:
                    return []
                return [_Slot(endpoint, ("stream", "event"), f"{label}: stream event")]
            return [_Slot(endpoint, rest, f"{label}: {'.'.join(rest)}")]
        name = self.ours_name(address[1])
        if name is None:
            return []
        if head == "model" and len(address) > 4:
            out = []
            for holder in self._holders(address):
                spec = holder.node["fields"][address[3]]
                out.append(
                    _Slot(
                        spec,
                        address[4:],
                        f"{holder.label}: field {address[3]} {'.'.join(address[4:])}",
                    )
                )
            return out
        section = section_of(self.ours, name)
        if section is None or (address[-1] == "variants" and section != "unions"):
            return []
        node = self.ours[section][name]
        return [_Slot(node, address[2:], f"{_KIND[section]} {name}: {'.'.join(address[2:])}")]

    def _theirs(self, address: Address) -> tuple[Any, ...] | None:
        """THEIRS' side of a member or type fact: (siblings, node[, type text])."""
        spec = self.theirs.data
        if address[0] == "endpoint":
            found = routes(spec).get(address[1])
            if found is None:
                return None
            endpoint = found[1]
            if address[2] == "param":
                params = endpoint.get("params") or {}
                param = params.get(address[3])
                return (params, param, param.get("type") if param else None)
            if address[2] == "stream":
                return ((), endpoint, (endpoint.get("stream") or {}).get("event"))
            return ((), endpoint, endpoint.get(address[2]))
        name = self.theirs_names.get(address[1])
        if name is None or address[0] != "model" or len(address) < 4:
            return None
        fields = fields_of(spec, name)
        spec_ = fields.get(address[3])
        return (fields, spec_, spec_.get("type") if spec_ else None)

    # THEIRS' definitions, brought over

    def _import_type(self, text: str) -> str:
        expr = _type(text)
        if expr is None:
            return text
        return str(rename(expr, {n: self._import_definition(n) for n in _names(expr)}))

    def _import_definition(self, theirs_name: str) -> str:
        spec = self.theirs.data
        section = section_of(spec, theirs_name)
        if section is None:
            return theirs_name  # a primitive, or `none`
        canon = self.canon(theirs_name)
        known = self.ours_name(canon)
        if known is not None:
            return known
        node = spec[section][theirs_name]
        same = _same_definition(self.ours, section, theirs_name, node)
        if same is not None:
            self.added[canon] = same
            return same
        taken = set(_all_names(self.ours))
        name = theirs_name if theirs_name not in taken else fresh_name(theirs_name, taken)
        self.added[canon] = name
        target = self.ours.setdefault(section, CommentedMap())
        target[name] = CommentedMap()  # named first: a model may refer to itself
        target[name] = self._import_node(node)
        where = self.theirs.where(section, theirs_name)
        self.outcome.applied.append(Applied(f"{_KIND[section]} {name} added", where))
        return name

    def _import_node(self, node: Any) -> Any:
        if isinstance(node, dict):
            out = CommentedMap()
            for key, value in node.items():
                if key in _TYPED_KEYS and isinstance(value, str):
                    out[key] = self._import_type(value)
                elif key == "variants" and isinstance(value, list):
                    out[key] = CommentedSeq(self._import_definition(str(v)) for v in value)
                elif key in ("cases", "events") and isinstance(value, dict):
                    out[key] = CommentedMap(
                        (k, self._import_definition(str(v))) for k, v in value.items()
                    )
                else:
                    out[key] = self._import_node(value)
            return out
        if isinstance(node, list):
            return CommentedSeq(self._import_node(v) for v in node)
        return _styled(node, None)

    # what the spec holds of its own

    def _edited(self, address: Address) -> tuple[str, int] | None:
        """A fact below `address`, as BASE states it, that the spec says otherwise:
        (what, its line in the spec)."""
        for key in self.below.get(address, ()):
            fact = self.before[key]
            if key[-1] in ("values", "variants") or (
                len(key) == 4 and key[2] in ("param", "field")
            ):
                continue
            for slot in self._slots(key):
                have = self._as_fact(key, slot.get())
                if not _fact_equal(have, fact.value):
                    return f"{slot.label} is {_show(have)}", slot.line()
        return None

    def _missing(self, address: Address, where: str) -> None:
        self._conflict(f"the docs change {_what(address)}, which the spec does not have", 1, where)

    def _conflict(self, what: str, line: int, where: str) -> None:
        self.outcome.conflicts.append(Conflict(what, f"{self.shown}:{line}", where))

    def _prune(self) -> None:
        """Drop the definitions that only what the docs removed used."""
        after = _reachable(self.ours)
        for name in sorted(self.reachable_before - after):
            section = section_of(self.ours, name)
            if section is not None:
                del self.ours[section][name]
                self.outcome.applied.append(
                    Applied(f"{_KIND[section]} {name} removed: nothing uses it any more", "")
                )


_TYPED_KEYS = ("type", "body", "response", "event", "extends", "fallback", "model")


def _is_type(address: Address) -> bool:
    if address[-1] == "type":
        return True
    return (
        address[0] == "endpoint"
        and len(address) == 3
        and address[2] in ("body", "response", "stream")
    )


def _line(node: Any, key: str | None) -> int:
    """The 1-based line of `node[key]` (or of `node`) in the spec as read."""
    try:
        if key is not None:
            return int(node.lc.key(key)[0]) + 1
        return int(node.lc.line) + 1
    except (AttributeError, KeyError, TypeError):
        return 1


def _fact_equal(a: Any, b: Any) -> bool:
    if isinstance(a, _TypeFact) and isinstance(b, _TypeFact):
        return a[0] == b[0] and (not a[1] or not b[1] or a[1] == b[1])
    if a is MISSING or b is MISSING:
        return a is b
    return _same(a, b)


def _what(address: Address) -> str:
    if address[0] == "endpoint" and len(address) > 3 and address[2] == "param":
        return f"parameter {address[3]}" + (
            "" if len(address) == 4 else " " + ".".join(address[4:])
        )
    if address[0] == "model" and len(address) > 3:
        return f"field {address[3]}" + ("" if len(address) == 4 else " " + ".".join(address[4:]))
    return " ".join(address)


def _show(value: Any) -> str:
    if value is MISSING:
        return "nothing"
    if isinstance(value, _TypeFact):
        return value[0]
    text = repr(value) if not isinstance(value, str) else repr(" ".join(value.split()))
    return text if len(text) <= 80 else text[:77] + "..."


def _position(order: list[str], wire: str, container: Any) -> int:
    """Where `wire` goes in `container`: after the last member that precedes it in `order`,
    else before the first that follows it, else last."""
    keys = list(container)
    at = order.index(wire) if wire in order else len(order)
    before = [m for m in order[:at] if m in container]
    if before:
        return keys.index(before[-1]) + 1
    after = [m for m in order[at + 1 :] if m in container]
    return keys.index(after[0]) if after else len(keys)


def _same_definition(spec: Any, section: str, name: str, node: Any) -> str | None:
    """A definition the spec has already that a new one of the docs' stands for: an enum
    with the same values, or a model of the same name (up to a number the draft added to
    keep names apart) whose fields the docs do not list or list alike."""
    if section == "enums":
        values = list(node.get("values") or [])
        for known, enum in (spec.get("enums") or {}).items():
            if list(enum.get("values") or []) == values:
                return str(known)
        return None
    if section != "models":
        return None
    fields = set(node.get("fields") or {})
    for candidate in dict.fromkeys((name, name.rstrip("0123456789"))):
        if candidate in (spec.get("models") or {}) and (
            not fields or fields == set(fields_of(spec, candidate))
        ):
            return candidate
    return None


def _all_names(spec: Any) -> Iterator[str]:
    for section in SECTIONS:
        yield from (str(n) for n in spec.get(section) or {})


def _reachable(spec: Any) -> set[str]:
    """The definitions an endpoint or the provider's errors use, directly or not."""
    todo = [t for e in (spec.get("endpoints") or {}).values() for t in _mentions(e)]
    todo.extend(_mentions(spec.get("provider") or {}))
    seen: set[str] = set()
    while todo:
        name = todo.pop()
        if name in seen or section_of(spec, name) is None:
            continue
        seen.add(name)
        todo.extend(_mentions(definition(spec, name)))
    return seen


def _mentions(node: Any) -> Iterator[str]:
    if isinstance(node, dict):
        for key, value in node.items():
            if key in _TYPED_KEYS and isinstance(value, str):
                yield from _names(_type(value))
            elif key == "variants" and isinstance(value, list):
                yield from (str(v) for v in value)
            elif key in ("cases", "events") and isinstance(value, dict):
                yield from (str(v) for v in value.values())
            else:
                yield from _mentions(value)
    elif isinstance(node, list):
        for item in node:
            yield from _mentions(item)


_FOLDABLE = re.compile(r"[^\s](?:[^\n\t]*[^\s])?(?:\n\n[^\s](?:[^\n\t]*[^\s])?)*")
WIDTH = 72


def _styled(value: Any, previous: Any) -> Any:
    """A new value in the style of the one it replaces; long text is folded to be read."""
    if not isinstance(value, str):
        return value
    folded = isinstance(previous, FoldedScalarString) or len(value) > WIDTH or "\n" in value
    if not all(line.isprintable() for line in value.split("\n")):
        return DoubleQuotedScalarString(value)  # escapes for what a reader cannot see
    if not folded or "  " in value or not _FOLDABLE.fullmatch(value):
        return value
    out = FoldedScalarString(value)
    out.fold_pos = _fold_points(value)
    return out


def _fold_points(text: str) -> list[int]:
    """The spaces to break lines at, so that no line runs past WIDTH where it can be helped."""
    points, start = [], 0
    for paragraph in text.split("\n\n"):
        line_start = start
        last_space = -1
        for i, char in enumerate(paragraph, start):
            if char == " ":
                if i - line_start > WIDTH and last_space > line_start:
                    points.append(last_space)
                    line_start = last_space + 1
                last_space = i
        if start + len(paragraph) - line_start > WIDTH and last_space > line_start:
            points.append(last_space)
        start += len(paragraph) + 2
    return points
