"""A synthetic spec at any size, shaped like a real provider API.

`synthesize(n)` writes `n` models of about ten fields each, with `n / 5` enums
(every third one open), `n / 20` tagged unions with a fallback, and `n / 4`
endpoints with path, query and header parameters and JSON bodies. It uses every
type construct of the format: primitives, `list<>`, `map<>`, `optional<>`,
`nullable<>`, literals, references, `extends`, defaults, examples and
constraints. Models refer to others of their own group of 10, as a resource's
models do in real APIs. The output depends on `n` and `seed` only.
"""

from __future__ import annotations

import json
import random
from typing import Any

FIELD_KINDS = (
    "string",
    "integer",
    "int64",
    "number",
    "boolean",
    "any",
    "list<string>",
    "map<number>",
    "nullable<string>",
    "enum",
    "model",
    "list<model>",
    "optional<enum>",
    "literal",
)


def synthesize(n: int, seed: int = 7, provider: str = "synth") -> str:
    """The YAML text of a spec with `n` models."""
    rng = random.Random(seed)
    enums = max(1, n // 5)
    unions = n // 20
    endpoints = max(1, n // 4)
    lines = [
        "spec_version: 1",
        "provider:",
        f"  id: {provider}",
        f"  name: {provider.capitalize()}",
        "  base_url: https://api.synth.test",
        f"  auth: {{scheme: bearer, env: {provider.upper()}_API_KEY}}",
        "enums:",
    ]
    for e in range(enums):
        values = ", ".join(f"value_{e}_{v}" for v in range(rng.randint(2, 6)))
        lines.append(f"  Enum{e}:")
        lines.append(f"    description: Enumeration {e}, as the docs list it.")
        lines.append(f"    values: [{values}]")
        if e % 3 == 0:
            lines.append("    open: true")
    lines.append("models:")
    # Union variants: two per union, each with its own tag, sharing a base that is the fallback.
    variant_of: dict[int, tuple[int, str]] = {}
    for u in range(unions):
        base = u * 20
        for k, offset in enumerate((1, 2)):
            variant_of[base + offset] = (base, f"kind_{u}_{k}")
    for m in range(n):
        lines.append(f"  Model{m}:")
        lines.append(f"    description: Model {m} of the synthetic API. It has about ten fields.")
        if m in variant_of:
            lines.append(f"    extends: Model{variant_of[m][0]}")
        lines.append("    fields:")
        if m in variant_of:
            lines.append(f"      kind: {{type: 'literal<\"{variant_of[m][1]}\">'}}")
        prefix = f"v{m}_" if m in variant_of else ""  # a variant adds fields, never retypes them
        for f in range(rng.randint(7, 12)):
            lines.append(f"      {prefix}{_field(rng, m, f, n, enums)}")
    if unions:
        lines.append("unions:")
        for u in range(unions):
            base = u * 20
            lines.append(f"  Union{u}:")
            lines.append(f"    variants: [Model{base + 1}, Model{base + 2}]")
            lines.append("    discriminator: kind")
            lines.append(f"    fallback: Model{base}")
    lines.append("endpoints:")
    for e in range(endpoints):
        resource = f"things{e // 8}"
        lines.append(f"  {resource}.get{e}:")
        lines.append("    method: GET")
        lines.append(f"    path: /v1/{resource}/op{e}/{{item_id}}")
        lines.append(f"    summary: Get item {e}")
        lines.append("    params:")
        lines.append("      item_id: {in: path, type: string, example: item-1}")
        lines.append(
            "      limit: {in: query, type: optional<integer>, ge: 1, le: 100, default: 20}"
        )
        lines.append(f"      order: {{in: query, type: optional<Enum{e % enums}>}}")
        lines.append("      x-trace: {in: header, type: optional<string>}")
        target = f"Union{e % unions}" if unions and e % 5 == 0 else f"Model{(e * 7) % n}"
        lines.append(f"    response: {target}")
        if e % 3 == 0:
            lines.append(f"  {resource}.create{e}:")
            lines.append("    method: POST")
            lines.append(f"    path: /v1/{resource}/op{e}")
            lines.append(f"    body: Model{(e * 11) % n}")
            lines.append(f"    response: Model{(e * 13) % n}")
    return "\n".join(lines) + "\n"


def _field(rng: random.Random, m: int, f: int, n: int, enums: int) -> str:
    kind = rng.choice(FIELD_KINDS)
    # As in real APIs, a model refers to a few others of its own resource (a response to
    # its parts), not to any model at all: references point forward within a group of 10.
    group_end = min(n, (m // 10 + 1) * 10)
    ref = f"Model{rng.randrange(m + 1, group_end)}" if m + 1 < group_end else "Model0"
    enum = f"Enum{rng.randrange(enums)}"
    name = f"field_{f}" if f % 4 else f"fieldName{f}"  # some wire names need an alias
    extra = ""
    if kind == "string":
        type_ = "string"
        extra = ", example: some text, min_length: 1"
    elif kind == "integer":
        type_ = "optional<integer>"
        extra = ", ge: 0, le: 1000, default: 10"
    elif kind == "int64":
        type_ = "int64"
        extra = ", example: 1700000000"
    elif kind == "number":
        type_ = "optional<number>"
        extra = ", gt: 0"
    elif kind == "boolean":
        type_ = "optional<boolean>"
        extra = ", default: false"
    elif kind in ("enum", "optional<enum>"):
        type_ = enum if kind == "enum" else f"optional<{enum}>"
    elif kind == "model":
        type_ = f"optional<{ref}>"
    elif kind == "list<model>":
        type_ = f"optional<list<{ref}>>"
    elif kind == "literal":
        type_ = f'literal<"lit_{m}">'
    else:
        type_ = kind
    description = json.dumps(f"Field {f} of model {m}.")
    return f"{name}: {{type: '{type_}', description: {description}{extra}}}"


def example_payload(api: Any, model: Any, depth: int = 0) -> dict[str, Any]:
    """A small valid JSON body for `model` of a resolved spec: its required fields only."""
    return {f.wire_name: _example_value(api, f.type, depth) for f in model.all_fields if f.required}


def _example_value(api: Any, expr: Any, depth: int) -> Any:
    if expr.kind == "primitive":
        return {"string": "x", "integer": 1, "int64": 1, "number": 1.5, "boolean": True}.get(
            expr.name
        )
    if expr.kind == "literal":
        return expr.value
    if expr.kind in ("list", "map"):
        return [] if expr.kind == "list" else {}
    if expr.kind == "nullable":
        return None
    enum = next((e for e in api.enums if e.spec_name == expr.name), None)
    if enum is not None:
        return enum.values[0]
    inner = next(m for m in api.models if m.spec_name == expr.name)
    return example_payload(api, inner, depth + 1) if depth < 8 else {}
