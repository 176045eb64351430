"""Our models against datamodel-code-generator's, on the same JSON.

The IR is exported to JSON Schema (`generator/ir/jsonschema.py`) and
datamodel-code-generator, the reference, generates its own pydantic models from
it. For every model of the golden spec, both provider specs and a synthetic
spec, hypothesis draws JSON instances from the IR's types, some valid and some
broken (a wrong type, a missing key, an unknown enum value, an extra key). Both
sets of models must accept and reject the same instances and dump the same
data.

Where they differ by design, the export says so and the test relies on it:
- Open enums keep unknown values; JSON Schema has no open enum, so the export
  types them as any string, and both sides then accept an unknown value.
- A tagged union may parse an unknown tag as its fallback, or a missing tag as
  its documented default; JSON Schema can express neither (the export keeps the
  fallback as `x-fallback`), so the reference rejects what ours accepts. Models
  that hold such a union, however deep, are left out of the comparison
  (`_UNCOMPARABLE`); `tests/test_models.py` and the end-to-end tests check how
  they parse. So are models with a field that reads a null as its default
  (`null_as_default`, exported as `x-null-as-default`), which the reference
  rejects. Tagged unions without either are compared like everything else,
  as are untagged unions (`A | B`), which both sides parse by pydantic's smart
  mode.
"""

from __future__ import annotations

import importlib
import importlib.util
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from benchmarks.synth import synthesize
from generator import pipeline
from generator.ir.jsonschema import json_schema
from generator.ir.resolve import API, Model, resolve
from generator.spec.load import load_bytes, load_file

ROOT = Path(__file__).resolve().parent.parent


def _reference(api: API, folder: Path) -> ModuleType:
    """datamodel-code-generator's models for the IR's JSON Schema, imported."""
    from datamodel_code_generator import generate
    from datamodel_code_generator.enums import DataModelType, InputFileType
    from datamodel_code_generator.format import PythonVersion

    source = generate(
        json_schema(api),
        input_file_type=InputFileType.JsonSchema,
        output_model_type=DataModelType.PydanticV2BaseModel,
        target_python_version=PythonVersion.PY_311,
        use_standard_collections=True,
        use_union_operator=True,
        field_constraints=True,
        strict_nullable=True,
        set_default_enum_member=True,
        extra_fields="allow",
        allow_population_by_field_name=True,
        skip_root_model=True,
        disable_timestamp=True,
        formatters=[],
    )
    assert isinstance(source, str)
    path = folder / f"reference_{api.provider.package}.py"
    path.write_text(source)
    spec = importlib.util.spec_from_file_location(path.stem, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[path.stem] = module
    spec.loader.exec_module(module)
    return module


def _ours_from_spec(text: str, folder: Path, package: str) -> tuple[API, ModuleType]:
    spec_dir, out = folder / "spec", folder / "out"
    spec_dir.mkdir()
    (spec_dir / f"{package}.yaml").write_text(text)
    pipeline.generate(spec_dir, out, None, None)
    sys.path.insert(0, str(out))
    try:
        module = importlib.import_module(f"{package}.models")
    finally:
        sys.path.remove(str(out))
    return resolve(load_bytes(text.encode(), f"spec/{package}.yaml")), module


SUBJECTS = ["golden", "perceptron", "compilelabs", "synthetic"]


@pytest.fixture(scope="module", params=SUBJECTS)
def subject(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> tuple[API, ModuleType, ModuleType]:
    folder = tmp_path_factory.mktemp(request.param)
    name = request.param
    if name == "synthetic":
        api, ours = _ours_from_spec(synthesize(40, provider="synthref"), folder, "synthref")
    elif name == "golden":
        api = resolve(load_file(ROOT / "tests" / "golden" / "acme.yaml"))
        ours = importlib.import_module("tests.golden.expected.acme.models")
    else:
        api = resolve(load_file(ROOT / "spec" / f"{name}.yaml"))
        ours = importlib.import_module(f"generated.{name}.models")
    return api, ours, _reference(api, folder)


# instances drawn from the IR's types ---------------------------------------------------

ANY_JSON = st.recursive(
    st.none() | st.booleans() | st.integers(-5, 5) | st.text(max_size=4),
    lambda inner: (
        st.lists(inner, max_size=2) | st.dictionaries(st.text(max_size=3), inner, max_size=2)
    ),
    max_leaves=4,
)


def _value(api: API, expr: Any, depth: int) -> st.SearchStrategy[Any]:
    kind = expr.kind
    if kind == "primitive":
        return {
            "string": st.text(max_size=6),
            "integer": st.integers(-(2**40), 2**40),
            "int64": st.integers(-(2**62), 2**62),
            "number": st.floats(-1e9, 1e9, allow_nan=False) | st.integers(-100, 100),
            "boolean": st.booleans(),
            "any": ANY_JSON,
            "file": st.text(max_size=6),  # both sides hold a file's content as bytes
        }[expr.name]
    if kind == "literal":
        return st.just(expr.value) | st.text(max_size=3)
    if kind == "list":
        return st.lists(_value(api, expr.inner, depth), max_size=3)
    if kind == "map":
        return st.dictionaries(st.text(max_size=3), _value(api, expr.inner, depth), max_size=3)
    if kind == "nullable":
        return st.none() | _value(api, expr.inner, depth)
    if kind == "union":
        return st.one_of([_value(api, member, depth) for member in expr.members])
    enum = next((e for e in api.enums if e.spec_name == expr.name), None)
    if enum is not None:
        unknown = st.integers(-5, 50) if enum.integer else st.text(max_size=4)
        return st.sampled_from(enum.values) | unknown  # unknown values too
    union = next((u for u in api.unions if u.spec_name == expr.name), None)
    if union is not None:
        return _value(api, union.type, depth)
    model = next(m for m in api.models if m.spec_name == expr.name)
    return _instance(api, model, depth + 1)


def _uncomparable(api: API) -> set[str]:
    """Models that hold a tagged union with a fallback or a default tag, or a field that
    reads a null as its default, however deep."""
    lenient = {
        u.spec_name for u in api.unions if u.fallback is not None or u.missing_tag is not None
    }
    lenient |= {m.spec_name for m in api.models if any(f.null_as_default for f in m.fields)}
    holds: dict[str, set[str]] = {}
    for model in api.models:
        holds[model.spec_name] = {
            n.name for f in model.all_fields for n in f.type.walk() if n.kind == "named"
        }
    for union in api.unions:
        holds[union.spec_name] = {n.name for n in union.type.walk() if n.kind == "named"}
    found = set(lenient)
    changed = True
    while changed:
        changed = False
        for name, names in holds.items():
            if name not in found and names & found:
                found.add(name)
                changed = True
    return {m.name for m in api.models if m.spec_name in found}


def _instance(api: API, model: Model, depth: int) -> st.SearchStrategy[Any]:
    if depth > 2:
        return st.just({})
    required = {f.wire_name: _value(api, f.type, depth) for f in model.all_fields if f.required}
    optional: dict[str, st.SearchStrategy[Any]] = {
        f.wire_name: _value(api, f.type, depth) for f in model.all_fields if not f.required
    }
    optional["x-extra"] = ANY_JSON  # a key the spec does not know
    base = st.fixed_dictionaries(required, optional=optional)
    return base | base.flatmap(lambda data: _broken(data))


def _broken(data: dict[str, Any]) -> st.SearchStrategy[dict[str, Any]]:
    """The same instance with one key dropped or given a value of another type."""
    if not data:
        return st.just({"x-extra": 1})
    keys = sorted(data)

    def change(key: str, value: Any, drop: bool) -> dict[str, Any]:
        out = dict(data)
        if drop:
            out.pop(key)
        else:
            out[key] = value
        return out

    return st.builds(change, st.sampled_from(keys), ANY_JSON, st.booleans())


# the comparison --------------------------------------------------------------------------


SEEN: set[bool] = set()  # whether any instance was accepted, and any rejected


def _outcome(cls: Any, data: Any) -> tuple[bool, Any]:
    try:
        parsed = cls.model_validate(data)
    except ValueError:
        return False, None
    return True, parsed.model_dump(mode="json", by_alias=True)


@settings(max_examples=300, deadline=None, suppress_health_check=list(HealthCheck))
@given(data=st.data())
def _compare(subject: tuple[API, ModuleType, ModuleType], data: st.DataObject) -> None:
    api, ours, reference = subject
    comparable = [m for m in api.models if m.name not in _uncomparable(api)]
    model = data.draw(st.sampled_from(comparable), label="model")
    instance = data.draw(_instance(api, model, 0), label="instance")
    mine = _outcome(getattr(ours, model.name), instance)
    theirs = _outcome(getattr(reference, model.name), instance)
    assert mine == theirs, (model.name, instance)
    SEEN.add(mine[0])


def test_our_models_agree_with_the_reference(
    subject: tuple[API, ModuleType, ModuleType],
) -> None:
    api, _, reference = subject
    assert all(hasattr(reference, m.name) for m in api.models), "the reference renamed a class"
    SEEN.clear()
    _compare(subject)
    assert {True, False} == SEEN, "the instances must include accepted and rejected ones"


def test_the_reference_keeps_open_enums_open() -> None:
    """The one place the export widens a type, and why both sides still agree."""
    api = resolve(load_file(ROOT / "spec" / "perceptron.yaml"))
    owner = json_schema(api)["$defs"]["ModelOwner"]
    assert owner == {
        "type": "string",
        "examples": ["perceptron", "alibaba"],
        "x-open": True,
        "description": "The organization that owns the model.",
    }
