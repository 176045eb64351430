"""Example values for the generated READMEs: the spec's own examples, else values built
from the types, so that every example call in a README runs as written.

A value is plain data (what a request's TypedDicts take): models become dicts under
their wire names, holding their required fields only; a union takes its first variant.
"""

from __future__ import annotations

from typing import Any

from ..ir.resolve import API, Field, Model, Param
from ..spec.typeexpr import TypeExpr

# How deep nested models are filled; past it an optional field is left out and a
# required one gets the simplest value of its type.
_DEPTH = 6
_PRIMITIVES: dict[str, Any] = {
    "string": "text",
    "integer": 1,
    "int64": 1,
    "number": 1.0,
    "boolean": True,
    "any": {},
    "file": b"<the file's bytes>",
}


class Samples:
    """Example values over one API's definitions."""

    def __init__(self, api: API) -> None:
        self._models = {m.spec_name: m for m in api.models}
        self._unions = {u.spec_name: u for u in api.unions}
        self._enums = {e.spec_name: e for e in api.enums}

    def param(self, param: Param) -> Any:
        """An argument for `param`: its first example, else one built from its type."""
        if param.examples:
            return param.examples[0]
        return self.value(param.type)

    def value(self, expr: TypeExpr, depth: int = 0) -> Any:
        """A value of type `expr`."""
        if expr.kind in ("optional", "nullable"):
            return self.value(expr.inner, depth)
        if expr.kind == "literal":
            return expr.value
        if expr.kind == "primitive":
            return _PRIMITIVES[expr.name]
        if expr.kind == "list":
            return [self.value(expr.inner, depth + 1)]
        if expr.kind == "map":
            return {"key": self.value(expr.inner, depth + 1)}
        if expr.kind == "union":
            return self.value(expr.members[0], depth)
        return self._named(expr.name, depth)

    def _named(self, name: str, depth: int) -> Any:
        if name in self._enums:
            enum = self._enums[name]
            return enum.examples[0] if enum.examples else enum.members[0].value
        if name in self._unions:
            return self.value(self._unions[name].type, depth)
        model = self._models[name]
        if model.examples and isinstance(model.examples[0], dict):
            return model.examples[0]
        return self._model(model, depth)

    def _model(self, model: Model, depth: int) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for field in model.all_fields:
            if field.required or (_is_tag(field) and depth < _DEPTH):
                out[field.wire_name] = self._field(field, depth + 1)
        return out

    def _field(self, field: Field, depth: int) -> Any:
        if field.examples:
            return field.examples[0]
        if field.has_default:
            return field.default
        if depth > _DEPTH:
            return _simplest(field.type)
        return self.value(field.type, depth)


def _is_tag(field: Field) -> bool:
    """A literal field with a default: a tag worth showing even though it may be left out."""
    return field.type.kind == "literal" and field.has_default


def _simplest(expr: TypeExpr) -> Any:
    if expr.kind == "list":
        return []
    if expr.kind in ("map", "named"):
        return {}
    if expr.kind == "primitive":
        return _PRIMITIVES[expr.name]
    return None
