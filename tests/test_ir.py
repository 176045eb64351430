"""ir.py: names, types, unions and overloads are decided before rendering."""

from __future__ import annotations

import pytest

from generator.errors import SpecError
from tests.specs import ACME, api


def test_models_and_fields() -> None:
    result = api()
    thing = next(m for m in result.models if m.name == "Thing")
    fields = {f.wire_name: f for f in thing.fields}
    assert fields["json"].name == "json_"  # would shadow BaseModel.json
    assert fields["id"].required and fields["id"].annotation == "str"
    assert not fields["json"].required and fields["json"].annotation == "str | None"
    assert fields["count"].has_default and fields["count"].annotation == "int"
    assert fields["count"].constraints == {"ge": 0, "le": 10}
    assert fields["note"].required and fields["note"].annotation == "str | None"
    big = next(m for m in result.models if m.name == "Big")
    assert big.base == "Thing"
    assert [f.wire_name for f in big.all_fields] == ["id", "owner", "json", "count", "note", "kind"]


def test_union_plan() -> None:
    union = api().unions[0]
    assert union.members == ("Big", "Small", "Thing")
    assert union.tags == (("big", "Big"), ("small", "Small"))
    assert union.missing_tag == "big"  # Big.kind defaults to "big"
    assert union.tag_attribute == "kind"


def test_overloads_follow_the_selector() -> None:
    endpoint = next(api().endpoints)
    assert endpoint.selector is not None and endpoint.selector.name == "size"
    plans = [(o.annotation, o.default_literal, o.returns) for o in endpoint.overloads]
    assert plans == [
        ('Literal["big"]', '"big"', "Big"),
        ('Literal["small"]', None, "Small"),
        ('Literal["tiny"]', None, "AnyThing"),
        ('Literal["big", "small", "tiny"]', None, "AnyThing"),
    ]
    # A discriminated union is parsed by its tag, whatever the parameter asked for.
    assert endpoint.cases == ()


def test_boolean_selector_overloads() -> None:
    text = ACME.replace(
        "size: {in: query, type: optional<Size>, default: big}",
        "extended: {in: query, type: optional<boolean>, default: false}",
    ).replace(
        "{param: size, cases: {big: Big, small: Small}}",
        "{param: extended, cases: {false: Small, true: Big}}",
    )
    endpoint = next(api(text).endpoints)
    plans = [(o.annotation, o.default_literal, o.returns) for o in endpoint.overloads]
    assert plans == [
        ("Literal[False]", "False", "Small"),
        ("Literal[True]", None, "Big"),
        ("bool", None, "AnyThing"),
    ]


def test_params_order_and_kinds() -> None:
    endpoint = next(api().endpoints)
    assert [(p.name, p.location) for p in endpoint.params] == [
        ("thing_id", "path"),
        ("size", "query"),
        ("trace", "header"),
    ]
    size = endpoint.params[1]
    assert size.annotation == 'Literal["big", "small", "tiny"]'
    assert size.default_literal == '"big"'
    assert endpoint.params[2].annotation == "str | None"
    assert endpoint.rate_limit is not None
    assert endpoint.rate_limit.description == "5 requests per minute"
    assert endpoint.rate_limit.group == "things.retrieve"


def test_open_request_enum_accepts_any_string() -> None:
    text = ACME.replace(
        "  Size:\n    values: [big, small, tiny]",
        "  Size:\n    values: [big, small, tiny]\n    open: true",
    )
    endpoint = next(api(text).endpoints)
    assert endpoint.params[1].annotation == 'Literal["big", "small", "tiny"] | str'


def test_shared_rate_limit_groups_must_agree() -> None:
    text = (
        ACME
        + """\
  things.list:
    method: GET
    path: /v1/things
    rate_limit: {requests: 6, per: 1m, group: things.retrieve}
    response: list<Thing>
"""
    )
    with pytest.raises(
        SpecError, match=r"rate-limit group 'things\.retrieve' is 5 per 60s elsewhere"
    ):
        api(text)


def test_list_response_and_names_used() -> None:
    text = (
        ACME
        + """\
  things.list:
    method: GET
    path: /v1/things
    response: list<Thing>
"""
    )
    endpoint = list(api(text).endpoints)[1]
    assert endpoint.response == "list[Thing]"
    assert endpoint.uses == ("Thing",)
    assert endpoint.overloads == ()


def test_two_endpoints_on_one_route_are_refused() -> None:
    text = (
        ACME
        + """\
  things.get:
    method: GET
    path: /v1/things/{id}
    params:
      id: {in: path, type: string}
    response: Thing
"""
    )
    with pytest.raises(SpecError, match=r"is also 'things\.retrieve'"):
        api(text)
