"""typeexpr.py: the type expression parser."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from generator.spec.typeexpr import TypeExpr, TypeSyntaxError, parse


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("string", TypeExpr("primitive", name="string")),
        ("Pricing", TypeExpr("named", name="Pricing")),
        ("list<Pricing>", TypeExpr("list", arg=TypeExpr("named", name="Pricing"))),
        (
            " optional< nullable<int64> > ",
            TypeExpr("optional", arg=TypeExpr("nullable", arg=TypeExpr("primitive", name="int64"))),
        ),
        ('literal<"model">', TypeExpr("literal", value="model")),
        ("literal<'x y'>", TypeExpr("literal", value="x y")),
        ("literal<42>", TypeExpr("literal", value=42)),
        ("literal<true>", TypeExpr("literal", value=True)),
        (
            "map<list<number>>",
            TypeExpr("map", arg=TypeExpr("list", arg=TypeExpr("primitive", name="number"))),
        ),
        (
            "string | list<Part>",
            TypeExpr(
                "union",
                members=(
                    TypeExpr("primitive", name="string"),
                    TypeExpr("list", arg=TypeExpr("named", name="Part")),
                ),
            ),
        ),
        (
            'optional<literal<"auto">|Choice>',
            TypeExpr(
                "optional",
                arg=TypeExpr(
                    "union",
                    members=(TypeExpr("literal", value="auto"), TypeExpr("named", name="Choice")),
                ),
            ),
        ),
    ],
)
def test_parses(text: str, expected: TypeExpr) -> None:
    assert parse(text) == expected


@pytest.mark.parametrize(
    ("text", "offset", "message"),
    [
        ("", 0, "expected a type, found nothing"),
        ("list<string", 11, "expected '>', found the end"),
        ("list<>", 5, "expected a type, found '>'"),
        ("string>", 6, "unexpected '>' after the type"),
        ("literal<model>", 8, "expected a literal"),
        ("list<str>", 5, "unknown type 'str'"),
        ("a$b", 1, "unexpected '$b' after the type"),
        ("list<$>", 5, "unexpected character '$'"),
        ("string |", 8, "expected a type, found nothing"),
        ("A | optional<B>", 4, "a union member cannot be optional<>"),
        ("list<A | nullable<B>>", 9, "a union member cannot be nullable<>"),
        ("A | any", 4, "a union member cannot be any"),
        ("A | B | A", 8, "A is in the union twice"),
    ],
)
def test_errors_point_into_the_string(text: str, offset: int, message: str) -> None:
    with pytest.raises(TypeSyntaxError) as info:
        parse(text)
    assert info.value.offset == offset
    assert message in str(info.value)


def test_alias_hint() -> None:
    with pytest.raises(TypeSyntaxError) as info:
        parse("bool")
    assert info.value.hint == "did you mean 'boolean'?"


TERMS = st.sampled_from(["string", "integer", "int64", "number", "boolean", "Model", "My_Enum"])
TERMS |= st.sampled_from(['literal<"a">', "literal<3>", "literal<false>"])


def _union_of(items: list[str]) -> str:
    return " | ".join(items)


TYPES = st.recursive(
    TERMS | st.just("any"),
    lambda inner: (
        st.builds(lambda w, t: f"{w}<{t}>", st.sampled_from(["list", "map", "nullable"]), inner)
        | st.lists(
            st.builds(lambda w, t: f"{w}<{t}>", st.sampled_from(["list", "map"]), inner) | TERMS,
            min_size=2,
            max_size=3,
            unique=True,
        ).map(_union_of)
    ),
    max_leaves=6,
)


@given(TYPES)
def test_str_round_trips(text: str) -> None:
    expr = parse(text)
    assert parse(str(expr)) == expr


@given(st.text(max_size=20))
def test_never_crashes(text: str) -> None:
    try:
        parse(text)
    except TypeSyntaxError as exc:
        assert 0 <= exc.offset <= len(text)
