"""A spec as an OpenAPI 3.1 document.

Everything OpenAPI can say is said its way: models are object schemas (`extends`
is `allOf` with the base), unions are `oneOf` with a `discriminator` and its
`mapping`, optional is leaving a property out of `required`, nullable is a
`"null"` type. What it cannot say travels in `x-` extensions, which `import
openapi` reads back (docs/openapi-extensions.md lists them):

- `x-open-enum: true`: unknown values are kept;
- `x-fallback`, `x-selected-by`, `x-events`: how a union parses;
- `x-null-as-default: true` on a property;
- `x-stream`, `x-pagination`, `x-rate-limit` on an operation;
- `x-errors` (the error model's paths, non-retryable codes, status classes) and
  `x-api-key-env` at the top level, `x-provider` (id, client name).

An operation's `operationId` is the endpoint's key (`chat.completions.create`).
"""

from __future__ import annotations

from typing import Any

from ..ir.jsonschema import PRIMITIVE_SCHEMAS
from ..spec.format import EndpointSpec, FieldSpec, ModelSpec, ParamSpec, Spec, UnionSpec
from ..spec.typeexpr import TypeExpr, parse

REF = "#/components/schemas/"


def export(spec: Spec) -> dict[str, Any]:
    """The OpenAPI 3.1 document for `spec`."""
    provider = spec.provider
    info: dict[str, Any] = {"title": provider.name, "version": provider.version or "0"}
    if provider.description:
        info["description"] = provider.description
    doc: dict[str, Any] = {
        "openapi": "3.1.0",
        "info": info,
        "servers": [{"url": provider.base_url}],
    }
    if provider.docs:
        doc["externalDocs"] = {"url": provider.docs}
    doc["x-provider"] = {"id": provider.id, "name": provider.name}
    auth = provider.auth
    scheme: dict[str, Any] = (
        {"type": "http", "scheme": "bearer"}
        if auth.scheme == "bearer"
        else {"type": "apiKey", "in": "header", "name": auth.header}
    )
    if auth.description:
        scheme["description"] = auth.description
    doc["security"] = [{}, {"apiKey": []}] if auth.optional else [{"apiKey": []}]
    doc["x-api-key-env"] = auth.env
    if provider.errors is not None:
        errors = provider.errors
        doc["x-errors"] = {
            "model": errors.model,
            **({"request_id_header": errors.request_id_header} if errors.request_id_header else {}),
            **(
                {"non_retryable_codes": errors.non_retryable_codes}
                if errors.non_retryable_codes
                else {}
            ),
            "message": errors.message,
            "code": errors.code,
            "type": errors.type,
            "param": errors.param,
            **(
                {
                    "statuses": {
                        str(k): v.model_dump(exclude_none=True) for k, v in errors.statuses.items()
                    }
                }
                if errors.statuses
                else {}
            ),
        }
    schemas: dict[str, Any] = {}
    for name, enum in spec.enums.items():
        schemas[name] = _enum(enum)
    for name, model in spec.models.items():
        schemas[name] = _model(model)
    for name, union in spec.unions.items():
        schemas[name] = _union(spec, union)
    doc["paths"] = _paths(spec)
    doc["components"] = {"schemas": schemas, "securitySchemes": {"apiKey": scheme}}
    return doc


def _docs(out: dict[str, Any], node: Any) -> None:
    if getattr(node, "description", None):
        out["description"] = node.description
    if getattr(node, "docs", None):
        out["externalDocs"] = {"url": node.docs}
    if getattr(node, "deprecated", False):
        out["deprecated"] = True
    if getattr(node, "sunset", None) is not None:
        out["x-sunset"] = node.sunset.isoformat()


def _enum(enum: Any) -> dict[str, Any]:
    out: dict[str, Any] = {
        "type": "integer" if isinstance(enum.values[0], int) else "string",
        "enum": list(enum.values),
    }
    _docs(out, enum)
    examples = enum.all_examples()
    if examples:
        out["examples"] = examples
    if enum.open:
        out["x-open-enum"] = True
    return out


def _model(model: ModelSpec) -> dict[str, Any]:
    own: dict[str, Any] = {"type": "object"}
    properties: dict[str, Any] = {}
    required: list[str] = []
    for wire, fld in model.fields.items():
        expr = parse(fld.type)
        inner, optional = expr.strip_optional()
        has_default = "default" in fld.model_fields_set and fld.default is not None
        if not optional and not has_default:
            required.append(wire)
        properties[wire] = _field(fld, inner)
    own["properties"] = properties
    if required:
        own["required"] = required
    examples = model.all_examples()
    if examples:
        own["examples"] = examples
    if model.extends:
        out: dict[str, Any] = {"allOf": [{"$ref": REF + model.extends}, own]}
        _docs(out, model)
        return out
    _docs(own, model)
    return own


def _field(fld: FieldSpec | ParamSpec, expr: TypeExpr) -> dict[str, Any]:
    out = schema_of(expr)
    _docs(out, fld)
    if "default" in fld.model_fields_set and fld.default is not None:
        out["default"] = fld.default
    examples = fld.all_examples()
    if examples:
        out["examples"] = examples
    for name, value in fld.constraints().items():
        key = {
            "ge": "minimum",
            "le": "maximum",
            "gt": "exclusiveMinimum",
            "lt": "exclusiveMaximum",
            "pattern": "pattern",
        }.get(name)
        if name in ("min_length", "max_length"):
            base = expr.inner if expr.kind == "nullable" else expr
            key = (
                ("minItems" if name == "min_length" else "maxItems")
                if base.kind == "list"
                else ("minLength" if name == "min_length" else "maxLength")
            )
        if key:
            out[key] = value
    if getattr(fld, "null_as_default", False):
        out["x-null-as-default"] = True
    return out


def schema_of(expr: TypeExpr) -> dict[str, Any]:
    """The JSON Schema (OpenAPI 3.1) of a type expression."""
    if expr.kind == "primitive":
        return dict(PRIMITIVE_SCHEMAS[expr.name])
    if expr.kind == "literal":
        return {"const": expr.value}
    if expr.kind == "named":
        return {"$ref": REF + expr.name}
    if expr.kind == "list":
        return {"type": "array", "items": schema_of(expr.inner)}
    if expr.kind == "map":
        return {"type": "object", "additionalProperties": schema_of(expr.inner)}
    if expr.kind in ("optional",):
        return schema_of(expr.inner)
    if expr.kind == "nullable":
        inner = schema_of(expr.inner)
        if set(inner) == {"type"} and isinstance(inner["type"], str):
            return {"type": [inner["type"], "null"]}
        return {"anyOf": [inner, {"type": "null"}]}
    return {"anyOf": [schema_of(m) for m in expr.members]}


def _union(spec: Spec, union: UnionSpec) -> dict[str, Any]:
    members = [schema_of(parse(v)) for v in union.variants]
    out: dict[str, Any] = {"oneOf": members}
    _docs(out, union)
    if union.discriminator:
        mapping = {}
        for variant in union.variants:
            tag = _tag(spec, variant, union.discriminator)
            if tag is not None:
                mapping[str(tag)] = REF + variant
        out["discriminator"] = {"propertyName": union.discriminator, "mapping": mapping}
    if union.fallback:
        out["x-fallback"] = REF + union.fallback
    if union.selected_by:
        out["x-selected-by"] = {
            "param": union.selected_by.param,
            "cases": dict(union.selected_by.cases),
        }
    if union.events:
        out["x-events"] = dict(union.events)
    return out


def _tag(spec: Spec, model_name: str, prop: str) -> Any:
    model = spec.models.get(model_name)
    while model is not None:
        fld = model.fields.get(prop)
        if fld is not None:
            expr = parse(fld.type).strip_optional()[0]
            return expr.value if expr.kind == "literal" else None
        model = spec.models.get(model.extends) if model.extends else None
    return None


def _paths(spec: Spec) -> dict[str, Any]:
    paths: dict[str, Any] = {}
    for key, endpoint in spec.endpoints.items():
        paths.setdefault(endpoint.path, {})[endpoint.method.lower()] = _operation(
            spec, key, endpoint
        )
    return paths


def _operation(spec: Spec, key: str, endpoint: EndpointSpec) -> dict[str, Any]:
    out: dict[str, Any] = {"operationId": key, "tags": [key.rsplit(".", 1)[0]]}
    if endpoint.summary:
        out["summary"] = endpoint.summary
    _docs(out, endpoint)
    params = []
    for wire, param in endpoint.params.items():
        expr, optional = parse(param.type).strip_optional()
        has_default = "default" in param.model_fields_set and param.default is not None
        item: dict[str, Any] = {
            "name": wire,
            "in": param.location,
            "required": param.location == "path" or (not optional and not has_default),
            "schema": _field(param, expr),
        }
        for key in ("deprecated", "x-sunset"):  # OpenAPI says these of the parameter
            if key in item["schema"]:
                item[key] = item["schema"].pop(key)
        if param.allow_slash:
            item["x-allow-slash"] = True
        params.append(item)
    if params:
        out["parameters"] = params
    if endpoint.body:
        model = spec.models[endpoint.body]
        files = any(
            e.kind == "primitive" and e.name == "file"
            for f in _all_fields(spec, model).values()
            for e in parse(f.type).walk()
        )
        media = "multipart/form-data" if files else "application/json"
        out["requestBody"] = {
            "required": True,
            "content": {media: {"schema": {"$ref": REF + endpoint.body}}},
        }
    response: dict[str, Any] = {"description": endpoint.response_description or ""}
    if endpoint.response == "none":
        code = "204"
    else:
        code = "200"
        if endpoint.response == "binary":
            response["content"] = {
                "application/octet-stream": {"schema": {"type": "string", "format": "binary"}}
            }
        else:
            response["content"] = {
                "application/json": {"schema": schema_of(parse(endpoint.response))}
            }
    if endpoint.stream:
        stream = endpoint.stream
        response.setdefault("content", {})["text/event-stream"] = {
            "schema": schema_of(parse(stream.event))
        }
        out["x-stream"] = stream.model_dump(exclude_defaults=True)
    out["responses"] = {code: response}
    if spec.provider.errors is not None:
        out["responses"]["default"] = {
            "description": "An error",
            "content": {"application/json": {"schema": {"$ref": REF + spec.provider.errors.model}}},
        }
    if endpoint.pagination:
        out["x-pagination"] = endpoint.pagination.model_dump(exclude_none=True)
    if endpoint.rate_limit:
        out["x-rate-limit"] = endpoint.rate_limit.model_dump(exclude_none=True)
    return out


def _all_fields(spec: Spec, model: ModelSpec) -> dict[str, FieldSpec]:
    base = spec.models.get(model.extends) if model.extends else None
    return {**(_all_fields(spec, base) if base else {}), **model.fields}
