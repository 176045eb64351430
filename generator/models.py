"""Stage 3a: render `models.py` through datamodel-code-generator.

The IR's enums and models become one JSON Schema document, with every Python
name already decided by `naming` (class names as `$defs` keys, field names as
scoped aliases, enum members as `x-enum-varnames`). datamodel-code-generator
renders it in-process with our templates from `templates/models/`. Unions are
rendered by our own template after it: their fallback for unknown tags needs a
callable pydantic `Discriminator`, which JSON Schema cannot express.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from . import naming
from .ir import API, Enum, Field, Model
from .typeexpr import TypeExpr

# The union section names everything through its module (`pydantic.Tag`), so
# spec classes such as `Tag` cannot clash with it; ruff removes unused imports.
_UNION_IMPORTS = ["typing", "pydantic", "pydantic.ConfigDict"]


def json_schema(api: API) -> dict[str, Any]:
    """The IR's enums and models as one JSON Schema document."""
    defs: dict[str, Any] = {}
    for enum in api.enums:
        defs[enum.name] = _enum_schema(enum)
    for model in api.models:
        defs[model.name] = _model_schema(model, api)
    return {"$defs": defs}


def _enum_schema(enum: Enum) -> dict[str, Any]:
    schema: dict[str, Any] = {
        "type": "string",
        "enum": list(enum.values),
        "x-enum-varnames": [m.name for m in enum.members],
    }
    if enum.description:
        schema["description"] = enum.description
    return schema


def _model_schema(model: Model, api: API) -> dict[str, Any]:
    schema: dict[str, Any] = {"type": "object", "properties": {}}
    if model.base:
        schema["allOf"] = [{"$ref": f"#/$defs/{model.base}"}]
    required = []
    for fld in model.fields:
        schema["properties"][fld.wire_name] = _field_schema(fld, api)
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


def _field_schema(fld: Field, api: API) -> dict[str, Any]:
    # An optional field needs no `null` here: datamodel-code-generator types a
    # field that is not required as `X | None = None` by itself.
    schema = _type_schema(fld.type, api)
    if fld.has_default:
        schema["default"] = fld.default
    if fld.constraints:
        _add_constraints(schema, fld.type, fld.constraints)
    if fld.examples:
        schema["examples"] = list(fld.examples)
    if fld.deprecated:
        schema["deprecated"] = True
    return schema


def _type_schema(expr: TypeExpr, api: API) -> dict[str, Any]:
    if expr.kind == "primitive":
        return {
            "string": {"type": "string"},
            "integer": {"type": "integer"},
            "int64": {"type": "integer", "format": "int64"},
            "number": {"type": "number"},
            "boolean": {"type": "boolean"},
            "any": {},
        }[expr.name]
    if expr.kind == "literal":
        return {"const": expr.value}
    if expr.kind == "list":
        return {"type": "array", "items": _type_schema(expr.inner, api)}
    if expr.kind == "map":
        return {"type": "object", "additionalProperties": _type_schema(expr.inner, api)}
    if expr.kind == "nullable":
        return _nullable(_type_schema(expr.inner, api))
    return {"$ref": f"#/$defs/{_class_name(expr.name, api)}"}


def _nullable(schema: dict[str, Any]) -> dict[str, Any]:
    """`schema` or null. A type list keeps constraints on the field itself (an `anyOf`
    would make datamodel-code-generator invent a wrapper class)."""
    if isinstance(schema.get("type"), str):
        return {**schema, "type": [schema["type"], "null"]}
    if not schema:
        return schema  # `any` already admits null
    return {"anyOf": [schema, {"type": "null"}]}


def _class_name(spec_name: str, api: API) -> str:
    names = {e.spec_name: e.name for e in api.enums} | {m.spec_name: m.name for m in api.models}
    return names[spec_name]  # the resolver has checked every reference


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


def scoped_aliases(api: API) -> dict[str, str]:
    """`Class.wire_name -> python_name` for every field whose names differ."""
    return {
        f"{model.name}.{fld.wire_name}": fld.name
        for model in api.models
        for fld in model.fields
        if fld.name != fld.wire_name
    }


def template_data(api: API) -> dict[str, dict[str, Any]]:
    """Per-class values our model templates read beyond what datamodel-code-generator passes.

    Keyed by schema path, not class name: a class named `Model` would otherwise
    also match datamodel-code-generator's (skipped) root model of that name.
    """
    data: dict[str, dict[str, Any]] = {}
    for enum in api.enums:
        parts = [enum.description or ""]
        if enum.docs:
            parts.append(f"Docs: {enum.docs}")
        if enum.open:
            parts.append("Unknown values are kept as extra members rather than rejected.")
        doc = "\n\n".join(p for p in parts if p)
        data[f"#/$defs/{enum.name}"] = {
            "open": enum.open,
            "doc": naming.docstring(doc) if doc else "",
            "members": [(m.name, naming.pyrepr(m.value)) for m in enum.members],
        }
    for model in api.models:
        model_doc = _model_description(model)
        data[f"#/$defs/{model.name}"] = {
            "doc": naming.docstring(model_doc) if model_doc else "",
            "field_docs": {f.name: naming.docstring(_field_doc(f)) for f in model.fields},
        }
    return data


def render_models(apis: list[API], template_dir: Path) -> dict[str, str]:
    """`models.py` body (without our header and unions) for each provider, keyed by package."""
    # Heavy: imported only when rendering.
    from datamodel_code_generator import generate
    from datamodel_code_generator.enums import DataModelType, InputFileType
    from datamodel_code_generator.format import PythonVersion

    out: dict[str, str] = {}
    for api in apis:
        source = generate(
            json_schema(api),
            input_file_type=InputFileType.JsonSchema,
            output_model_type=DataModelType.PydanticV2BaseModel,
            target_python_version=PythonVersion.PY_311,
            custom_template_dir=template_dir,
            extra_template_data=template_data(api),  # type: ignore[arg-type]
            aliases=scoped_aliases(api),
            additional_imports=_UNION_IMPORTS,
            use_standard_collections=True,
            use_union_operator=True,
            use_schema_description=True,
            use_single_line_docstring=True,
            field_constraints=True,
            keep_model_order=False,
            strict_nullable=True,
            set_default_enum_member=True,
            use_double_quotes=True,
            skip_root_model=True,
            disable_timestamp=True,
            formatters=[],
        )
        assert isinstance(source, str)
        _check_names(api, source)
        out[api.provider.package] = _strip_banner(source)
    return out


def _strip_banner(source: str) -> str:
    """Drop datamodel-code-generator's own banner; our header replaces it."""
    lines = source.splitlines()
    while lines and (lines[0].startswith("#") or not lines[0].strip()):
        lines.pop(0)
    return "\n".join(lines) + "\n"


def _check_names(api: API, source: str) -> None:
    """Fail loudly if datamodel-code-generator renamed anything `naming` decided."""
    missing = [
        name
        for name in [e.name for e in api.enums] + [m.name for m in api.models]
        if not re.search(rf"^class {re.escape(name)}\(", source, re.MULTILINE)
    ]
    if missing:
        raise RuntimeError(f"datamodel-code-generator did not emit classes: {', '.join(missing)}")
