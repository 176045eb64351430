"""naming.py: every spec string becomes a safe, stable Python name."""

from __future__ import annotations

import ast
import keyword

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from generator.ir import naming

NASTY = st.one_of(
    st.text(max_size=30),
    st.sampled_from(
        [
            *keyword.kwlist,
            "model_config",
            "json",
            "copy",
            "schema",
            "dict",
            "self",
            "type",
            "id",
            "None",
            "2fa",
            "-x-",
            "__init__",
            "_private",
            "ünïcødé",
            "日本語",
            "a b",
            "a.b",
            "",
            "Literal",
            "BaseModel",
            "Field",
            '"""',
            "\\",
            "{{ x }}",
            "extra_headers",
            "model_validate",
        ]
    ),
)


def _is_identifier(name: str) -> bool:
    return (
        name.isidentifier()
        and name.isascii()
        and not keyword.iskeyword(name)
        and name not in ("l", "O", "I")  # ruff E741
    )


@given(NASTY)
def test_snake_is_always_a_public_identifier(text: str) -> None:
    name = naming.snake(text)
    assert _is_identifier(name)
    assert not name.startswith("_")
    assert naming.snake(text) == name  # stable


@given(NASTY)
def test_field_names_never_shadow_pydantic(text: str) -> None:
    name = naming.field_name(text)
    assert _is_identifier(name) and not name.startswith("_")
    assert name not in naming.PYDANTIC_RESERVED
    assert name not in {"model_config", "model_fields", "model_dump", "model_validate"}


@given(NASTY)
def test_class_names_are_safe(text: str) -> None:
    name = naming.pascal(text)
    assert _is_identifier(name)
    assert name[0].isupper()
    assert name not in naming.MODULE_RESERVED and name not in naming.BUILTIN_TYPES


@given(NASTY)
def test_enum_members_are_safe(text: str) -> None:
    name = naming.upper_snake(text)
    assert _is_identifier(name) and not name.startswith("_")


@given(NASTY)
def test_params_do_not_clash_with_call_options(text: str) -> None:
    assert naming.param_name(text) not in naming.METHOD_RESERVED


@given(st.text() | st.text(alphabet='"\\a \n', max_size=12))
@example('"""')
@example('a"""')
@example('\\"""')
def test_docstring_survives_any_text(text: str) -> None:
    source = f'def f():\n    """{naming.docstring(text)}"""\n'
    tree = ast.parse(source)
    doc = ast.get_docstring(tree.body[0], clean=False)  # type: ignore[arg-type]
    assert doc is not None
    assert " ".join(doc.split()) == " ".join(text.split())


@given(st.text() | st.text(alphabet="ab \t\n\xa0\u2003\u3000\u202f", max_size=120))
@example("summary\xa0")
@example("word\xa0 " * 30)
def test_docstring_lines_never_end_in_whitespace(text: str) -> None:
    """A linter reads any Unicode space at a line's end as trailing whitespace (W291)."""
    for line in naming.docstring(text).split("\n"):
        assert line == "" or not line[-1].isspace(), repr(line)


@given(
    st.recursive(
        st.none()
        | st.booleans()
        | st.integers()
        | st.floats(allow_nan=False, allow_infinity=False)
        | st.text(),
        lambda inner: (
            st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3)
        ),
        max_leaves=10,
    )
)
def test_pyrepr_round_trips(value: object) -> None:
    assert ast.literal_eval(naming.pyrepr(value)) == value


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("owned_by", "owned_by"),
        ("ownedBy", "owned_by"),
        ("black-forest-labs", "black_forest_labs"),
        ("class", "class_"),
        ("2fa", "value_2fa"),
        ("x-api-key", "x_api_key"),
        ("HTTPHeader", "http_header"),
    ],
)
def test_snake_examples(text: str, expected: str) -> None:
    assert naming.snake(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("json", "json_"),
        ("model_config", "model_config_"),
        ("model_type", "model_type"),
        ("schema", "schema_"),
        ("type", "type"),
    ],
)
def test_field_name_examples(text: str, expected: str) -> None:
    assert naming.field_name(text) == expected


def test_pascal_keeps_inner_capitals() -> None:
    assert naming.pascal("GetModelsResponse") == "GetModelsResponse"
    assert naming.pascal("model-info") == "ModelInfo"
    assert naming.pascal("BaseModel") == "BaseModelModel"
    assert naming.upper_snake("black-forest-labs") == "BLACK_FOREST_LABS"
    assert naming.upper_snake("") == "VALUE"


def test_unique_suffixes_duplicates() -> None:
    assert naming.unique(["a", "a", "a_2", "a"]) == ["a", "a_2", "a_2_2", "a_3"]


def test_docstring_wraps_prose_but_keeps_lists() -> None:
    text = "word " * 40 + "\n\n- item one\n- item two"
    out = naming.docstring(text)
    assert all(len(line) <= 76 for line in out.splitlines())
    assert out.endswith("- item one\n- item two")
