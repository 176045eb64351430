"""The IR's enums and models as JSON Schema.

This is how the models are held to a reference: datamodel-code-generator
generates its own models from this document, and the tests check that both
sets accept, reject and dump the same JSON (`tests/test_models_reference.py`).
The schema carries names already decided by `naming` (class names as `$defs`
keys), descriptions, defaults, examples and constraints.
"""

from __future__ import annotations

from typing import Any

from ..spec.typeexpr import TypeExpr
from .resolve import API, Enum, Field, Model, Union


def json_schema(api: API) -> dict[str, Any]:
    """The IR's enums, models and unions as one JSON Schema document (draft 2020-12 `$defs`)."""
    names = {e.spec_name: e.name for e in api.enums} | {m.spec_name: m.name for m in api.models}
    names |= {u.spec_name: u.name for u in api.unions}
    defs: dict[str, Any] = {}
    for enum in api.enums:
        defs[enum.name] = _enum_schema(enum)
    for model in api.models:
        defs[model.name] = _model_schema(model, names)
    for union in api.unions:
        defs[union.name] = _union_schema(union, names)
    return {"$defs": defs}


def _union_schema(union: Union, names: dict[str, str]) -> dict[str, Any]:
    """A union: `oneOf` its variants, told apart by the tag's mapping where it has one.

    A fallback for unknown tags has no JSON Schema form; it is kept as `x-fallback`.
    """
    schema = _type_schema(union.type, names)
    if union.discriminator:
        schema = {
            "oneOf": [{"$ref": f"#/$defs/{variant}"} for variant in union.variants],
            "discriminator": {
                "propertyName": union.discriminator,
                "mapping": {str(tag): f"#/$defs/{variant}" for tag, variant in union.tags},
            },
        }
        if union.fallback:
            schema["x-fallback"] = f"#/$defs/{union.fallback}"
    if union.description:
        schema["description"] = union.description
    return schema


def _enum_schema(enum: Enum) -> dict[str, Any]:
    kind = "integer" if enum.integer else "string"
    if enum.open:
        # JSON Schema has no open enum: any value of its type is valid, the documented ones
        # are examples.
        schema: dict[str, Any] = {"type": kind, "examples": list(enum.values), "x-open": True}
    else:
        schema = {
            "type": kind,
            "enum": list(enum.values),
            "x-enum-varnames": [m.name for m in enum.members],
        }
    if enum.description:
        schema["description"] = enum.description
    return schema


def _model_schema(model: Model, names: dict[str, str]) -> dict[str, Any]:
    schema: dict[str, Any] = {"type": "object", "properties": {}}
    if model.base:
        schema["allOf"] = [{"$ref": f"#/$defs/{model.base}"}]
    required = []
    for fld in model.fields:
        schema["properties"][fld.wire_name] = _field_schema(fld, names)
        if fld.required:
            required.append(fld.wire_name)
    if required:
        schema["required"] = required
    return schema


def _model_description(model: Model) -> str | None:
    parts = [model.description or ""]
    if model.docs:
        parts.append(f"Docs: {model.docs}")
    text = "\n\n".join(p for p in parts if p)
    return text or None


def _field_doc(fld: Field) -> str:
    parts = [fld.description or ""]
    if fld.docs:
        parts.append(f"Docs: {fld.docs}")
    return "\n\n".join(p for p in parts if p)


def _field_schema(fld: Field, names: dict[str, str]) -> dict[str, Any]:
    # An optional field needs no `null` here: datamodel-code-generator types a
    # field that is not required as `X | None = None` by itself.
    schema = _type_schema(fld.type, names)
    if fld.has_default:
        schema["default"] = fld.default
    if fld.constraints:
        _add_constraints(schema, fld.type, fld.constraints)
    if fld.examples:
        schema["examples"] = list(fld.examples)
    if fld.deprecated:
        schema["deprecated"] = True
    if fld.null_as_default:
        schema["x-null-as-default"] = True  # a null reads as the default; no JSON Schema form
    return schema


# Each primitive type as JSON Schema (shared with `export openapi`).
PRIMITIVE_SCHEMAS: dict[str, dict[str, str]] = {
    "string": {"type": "string"},
    "integer": {"type": "integer"},
    "int64": {"type": "integer", "format": "int64"},
    "number": {"type": "number"},
    "boolean": {"type": "boolean"},
    "any": {},
    "file": {"type": "string", "format": "binary"},
}


def _type_schema(expr: TypeExpr, names: dict[str, str]) -> dict[str, Any]:
    if expr.kind == "primitive":
        return dict(PRIMITIVE_SCHEMAS[expr.name])
    if expr.kind == "literal":
        return {"const": expr.value}
    if expr.kind == "list":
        return {"type": "array", "items": _type_schema(expr.inner, names)}
    if expr.kind == "map":
        return {"type": "object", "additionalProperties": _type_schema(expr.inner, names)}
    if expr.kind == "nullable":
        return _nullable(_type_schema(expr.inner, names))
    if expr.kind == "union":
        return {"anyOf": [_type_schema(m, names) for m in expr.members]}
    return {"$ref": f"#/$defs/{names[expr.name]}"}


def _nullable(schema: dict[str, Any]) -> dict[str, Any]:
    """`schema` or null. A type list keeps constraints on the field itself (an `anyOf`
    would make datamodel-code-generator invent a wrapper class)."""
    if isinstance(schema.get("type"), str):
        return {**schema, "type": [schema["type"], "null"]}
    if not schema:
        return schema  # `any` already admits null
    return {"anyOf": [schema, {"type": "null"}]}


def _add_constraints(schema: dict[str, Any], expr: TypeExpr, constraints: dict[str, Any]) -> None:
    target = schema
    is_list = (expr.inner if expr.kind == "nullable" else expr).kind in ("list", "map")
    keys = {
        "ge": "minimum",
        "gt": "exclusiveMinimum",
        "le": "maximum",
        "lt": "exclusiveMaximum",
        "min_length": "minItems" if is_list else "minLength",
        "max_length": "maxItems" if is_list else "maxLength",
        "pattern": "pattern",
    }
    for name, value in constraints.items():
        number = int(value) if isinstance(value, float) and value.is_integer() else value
        target[keys[name]] = number
