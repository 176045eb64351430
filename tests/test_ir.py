"""ir.py: names, types, unions and overloads are decided before rendering."""

from __future__ import annotations

import re

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
    # Each value also as its enum member, so `Size.BIG` picks the same overload as "big".
    assert plans == [
        ('Literal["big", Size.BIG]', '"big"', "Big"),
        ('Literal["small", Size.SMALL]', None, "Small"),
        ('Literal["tiny", Size.TINY]', None, "AnyThing"),
        ('Literal["big", "small", "tiny"] | Size', None, "AnyThing"),
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
    assert size.annotation == 'Literal["big", "small", "tiny"] | Size'  # values or members
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


UNIONS = ACME.replace(
    "models:\n",
    """models:
  Text:
    fields: {type: {type: 'literal<"text">'}, text: {type: string}}
  Image:
    fields: {type: {type: 'literal<"image">'}, url: {type: string}}
  Choice:
    fields: {name: {type: string}}
  Message:
    fields:
      content: {type: string | list<Part>}
      choice: {type: 'optional<literal<"auto"> | literal<"none"> | Choice>'}
      stop: {type: optional<Stop>}
""",
).replace(
    "unions:\n",
    """unions:
  Part:
    variants: [Text, Image]
    discriminator: type
  Stop:
    variants: [string, list<string>]
""",
)


def test_unions_in_fields_lists_and_literals() -> None:
    result = api(UNIONS)
    message = next(m for m in result.models if m.name == "Message")
    fields = {f.wire_name: f for f in message.fields}
    assert fields["content"].annotation == "str | list[Part]"
    assert fields["choice"].annotation == 'Literal["auto", "none"] | Choice | None'
    assert fields["stop"].annotation == "Stop | None"
    stop = next(u for u in result.unions if u.name == "Stop")
    assert stop.alias == "str | list[str]" and stop.variants == ()
    part = next(u for u in result.unions if u.name == "Part")
    assert part.alias is None and part.variants == ("Text", "Image")


@pytest.mark.parametrize(
    ("variants", "message"),
    [
        ("[string, optional<integer>]", "a variant cannot be optional<>"),
        ("[string, nullable<integer>]", "a variant cannot be nullable<>"),
        ("[string, any]", "a variant cannot be any"),
        ("[string, string | integer]", "a variant cannot be a union"),
        ("[string, string]", "string is a variant twice"),
        ("[string, list<Loop>]", "unions hold each other in a cycle: Loop -> Loop"),
    ],
)
def test_untagged_union_variants_are_checked(variants: str, message: str) -> None:
    text = ACME.replace("unions:\n", f"unions:\n  Loop:\n    variants: {variants}\n")
    with pytest.raises(SpecError, match=re.escape(message)):
        api(text)


def test_a_cycle_through_a_model_is_allowed() -> None:
    text = ACME.replace("unions:\n", "unions:\n  Tree:\n    variants: [string, Node]\n").replace(
        "models:\n", "models:\n  Node:\n    fields: {children: {type: list<Tree>}}\n"
    )
    assert any(u.name == "Tree" for u in api(text).unions)


def test_defaults_and_examples_must_fit_a_union() -> None:
    text = UNIONS.replace(
        "content: {type: string | list<Part>}", "content: {type: string | list<Part>, example: 3}"
    )
    with pytest.raises(SpecError, match=r"3 is none of string \| list<Part>"):
        api(text)


def test_integer_enums() -> None:
    text = ACME.replace("enums:\n", "enums:\n  Level:\n    values: [0, 10, -1]\n").replace(
        "models:\n", "models:\n  Knob:\n    fields: {level: {type: optional<Level>, default: 10}}\n"
    )
    result = api(text)
    level = next(e for e in result.enums if e.name == "Level")
    assert level.integer and [m.name for m in level.members] == [
        "VALUE_0",
        "VALUE_10",
        "VALUE_MINUS_1",
    ]
    knob = next(m for m in result.models if m.name == "Knob")
    assert knob.fields[0].default_literal == "Level.VALUE_10"
    with pytest.raises(SpecError, match="'10' is not a value of enum Level"):
        api(text.replace("default: 10}", "default: '10'}"))
    with pytest.raises(SpecError, match="all strings or all integers; 'x' is not"):
        api(text.replace("[0, 10, -1]", "[0, x]"))
    with pytest.raises(SpecError, match="all strings or all integers; True is not"):
        api(text.replace("[0, 10, -1]", "[0, true]"))


def test_union_parameters() -> None:
    text = ACME.replace(
        "      trace: {in: header, type: optional<string>}",
        "      trace: {in: header, type: optional<string>}\n"
        "      mode: {in: query, type: 'optional<literal<\"fast\"> | integer>'}",
    )
    endpoint = next(api(text).endpoints)
    mode = next(p for p in endpoint.params if p.name == "mode")
    assert mode.annotation == 'Literal["fast"] | int | None'
    bad = text.replace('literal<"fast"> | integer', 'literal<"fast"> | Thing')
    with pytest.raises(SpecError, match="a query parameter must be a string, number"):
        api(bad)


NESTED = (
    ACME
    + """\
  chat.completions.create:
    method: POST
    path: /v1/chat/completions
    response: Thing
  chat.completions.messages.list:
    method: GET
    path: /v1/chat/completions/{id}/messages
    params:
      id: {in: path, type: string}
    response: list<Thing>
"""
)


def test_nested_resources_form_a_tree() -> None:
    result = api(NESTED)
    shape = {r.dotted: (r.class_name, [c.name for c in r.children]) for r in result.resources}
    assert shape["chat"] == ("ChatResource", ["completions"])
    assert shape["chat.completions"] == ("ChatCompletionsResource", ["messages"])
    assert shape["chat.completions.messages"] == ("ChatCompletionsMessagesResource", [])
    assert [r.dotted for r in result.top_resources] == ["things", "chat"]
    create = next(e for e in result.endpoints if e.key == "chat.completions.create")
    assert (create.resource, create.resource_path) == ("chat_completions", "chat.completions")
    assert next(r for r in result.resources if r.dotted == "chat").endpoints == ()


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (
            "  chat.completions:\n    method: GET\n    path: /v1/c\n    response: Thing\n",
            "`client.chat.completions` is both a method and a resource",
        ),
        (
            "  chat_completions.list:\n    method: GET\n    path: /v1/cc\n    response: Thing\n",
            "`client.chat_completions` and `client.chat.completions` both become the class "
            "'ChatCompletionsResource'",
        ),
        (
            "  chat.with_raw_response.list:\n    method: GET\n    path: /v1/w\n"
            "    response: Thing\n",
            None,  # a reserved attribute gets a trailing underscore instead
        ),
    ],
)
def test_nested_resource_names_are_checked(extra: str, message: str | None) -> None:
    if message is None:
        result = api(NESTED + extra)
        assert any(r.dotted == "chat.with_raw_response_" for r in result.resources)
        return
    with pytest.raises(SpecError, match=re.escape(message)):
        api(NESTED + extra)


STREAMING = (
    ACME.replace(
        "models:\n",
        """models:
  Ask:
    fields: {text: {type: string}, stream: {type: optional<boolean>}, n: {type: optional<integer>}}
  Piece:
    fields: {text: {type: string}}
""",
    )
    + """\
  asks.create:
    method: POST
    path: /v1/asks
    body: Ask
    response: Piece
    stream: {param: stream, event: Piece, terminator: '[DONE]', error_key: error}
"""
)


def test_a_streaming_endpoint() -> None:
    endpoint = next(e for e in api(STREAMING).endpoints if e.key == "asks.create")
    assert endpoint.stream is not None and endpoint.stream.param == "stream"
    assert (endpoint.returns, endpoint.async_returns) == (
        "Piece | Stream[Piece]",
        "Piece | AsyncStream[Piece]",
    )
    plans = [(o.annotation, o.default_literal, o.returns) for o in endpoint.overloads]
    assert plans == [
        ("Literal[False] | NotGiven", "NOT_GIVEN", "Piece"),
        ("Literal[True]", None, "Stream[Piece]"),
        ("bool", None, "Piece | Stream[Piece]"),
    ]


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (("{param: stream,", "{param: live,"), "'live' is not a parameter or body field"),
        (("{param: stream,", "{param: n,"), "'n' must be a boolean query or body field"),
        (("event: Piece,", "event: optional<Piece>,"), "an event cannot be optional<>"),
        (("event: Piece,", "event: Peace,"), "unknown type 'Peace'"),
    ],
)
def test_stream_declarations_are_checked(change: tuple[str, str], message: str) -> None:
    with pytest.raises(SpecError, match=re.escape(message)):
        api(STREAMING.replace(*change))


def test_events_named_by_sse_event_must_be_variants() -> None:
    text = STREAMING.replace(
        "unions:\n",
        "unions:\n  Ev:\n    variants: [Piece, Ask]\n    events: {piece: Piece, other: Thing}\n",
    ).replace("event: Piece,", "event: Ev,")
    with pytest.raises(SpecError, match="event 'other' names 'Thing', which is not a variant"):
        api(text)
    ok = text.replace("other: Thing", "ask: Ask")
    endpoint = next(e for e in api(ok).endpoints if e.key == "asks.create")
    assert endpoint.stream is not None
    assert endpoint.stream.by_event == (("piece", "Piece"), ("ask", "Ask"))


PAGED = (
    ACME.replace(
        "models:\n",
        """models:
  ThingPage:
    fields: {data: {type: list<Thing>}, last_id: {type: nullable<string>}, more: {type: boolean}}
""",
    )
    + """\
  things.list:
    method: GET
    path: /v1/things
    params:
      after: {in: query, type: optional<string>}
    response: ThingPage
    pagination: {style: cursor, items: data, cursor_param: after, next_cursor: last_id, has_more: more}
"""
)


def test_a_paginated_endpoint() -> None:
    endpoint = next(e for e in api(PAGED).endpoints if e.key == "things.list")
    assert endpoint.page is not None
    assert (endpoint.page.items, endpoint.page.next_cursor, endpoint.page.has_more) == (
        "data",
        "last_id",
        "more",
    )
    assert (endpoint.returns, endpoint.async_returns) == (
        "SyncCursorPage[Thing]",
        "AsyncCursorPage[Thing]",
    )
    assert "Thing" in endpoint.uses


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (("items: data,", "items: rows,"), "ThingPage has no field 'rows'"),
        (("items: data,", "items: more,"), "ThingPage.more must be a list"),
        (("next_cursor: last_id,", "next_cursor: data,"), "ThingPage.data must be a string or"),
        (("has_more: more}", "has_more: last_id}"), "ThingPage.last_id must be a boolean"),
        (("cursor_param: after,", "cursor_param: before,"), "'before' must be an optional query"),
        (("response: ThingPage", "response: list<Thing>"), "must be a model, not 'list<Thing>'"),
    ],
)
def test_pagination_is_checked(change: tuple[str, str], message: str) -> None:
    with pytest.raises(SpecError, match=re.escape(message)):
        api(PAGED.replace(*change))


UPLOADS = (
    ACME.replace(
        "models:\n",
        """models:
  Upload:
    fields: {file: {type: file}, more: {type: optional<list<file>>}, note: {type: optional<string>}}
""",
    )
    + """\
  uploads.create:
    method: POST
    path: /v1/uploads
    body: Upload
    response: Thing
"""
)


def test_an_upload_is_multipart() -> None:
    endpoint = next(e for e in api(UPLOADS).endpoints if e.key == "uploads.create")
    assert endpoint.multipart
    assert [(p.name, p.annotation) for p in endpoint.file_params] == [
        ("file", "FileTypes"),
        ("more", "list[FileTypes] | NotGiven"),
    ]
    assert [p.name for p in endpoint.body_params] == ["note"]


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (("{file: {type: file}", "{file: {type: map<file>}"), "a file can only be a field's type"),
        (("{file: {type: file}", "{file: {type: nullable<file>}"), "a file can only be"),
        (
            ("owner: {type: Owner}", "owner: {type: Owner}\n      up: {type: optional<Upload>}"),
            "Upload holds a file, so it can only be an endpoint's body",
        ),
        (("    response: Thing\n", "    response: Upload\n"), "Upload holds a file"),
    ],
)
def test_files_are_only_sent(change: tuple[str, str], message: str) -> None:
    text = (
        UPLOADS.replace(*change)
        if change[0] != "    response: Thing\n"
        else (UPLOADS[: UPLOADS.rindex("    response: Thing\n")] + "    response: Upload\n")
    )
    with pytest.raises(SpecError, match=re.escape(message)):
        api(text)


def test_a_file_is_no_parameter() -> None:
    text = ACME.replace(
        "      trace: {in: header, type: optional<string>}",
        "      trace: {in: header, type: optional<string>}\n      f: {in: query, type: file}",
    )
    with pytest.raises(SpecError, match="a query parameter must be a string"):
        api(text)


def test_request_forms() -> None:
    text = ACME.replace(
        "models:\n",
        "models:\n  Street:\n    fields: {name: {type: string}}\n"
        "  Home:\n    extends: Street\n    fields: {door: {type: optional<integer>}}\n"
        "  Ask:\n    fields: {home: {type: Home}, size: {type: optional<Size>}}\n",
    ) + (
        "  asks.create:\n    method: POST\n    path: /v1/asks\n    body: Ask\n    response: Thing\n"
    )
    result = api(text)
    # The body model's fields are keyword arguments; what they hold (and its base) is sent.
    assert result.request_names == {"Home", "Street"}
    endpoint = next(e for e in result.endpoints if e.key == "asks.create")
    home = next(p for p in endpoint.params if p.name == "home")
    assert home.annotation == "HomeParam | Home"
    assert "HomeParam" in endpoint.uses and "HomeParam" in result.exported_names
    clash = text.replace("models:\n", "models:\n  HomeParam:\n    fields: {}\n", 1)
    with pytest.raises(SpecError, match="'HomeParam' is also the name of Home's request form"):
        api(clash)
