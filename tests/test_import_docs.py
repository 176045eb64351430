"""`import docs`: API-reference pages as the reader sees them become a spec draft.

The two seed pages in tests/pages/ (copies of ../shared/seeds/) must import into
specs whose `models.retrieve` agrees with the hand-written specs on every fact the
page states; the differences that remain are the hand-made decisions a page cannot
express, listed in `HAND_MADE`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator import cli
from generator.errors import SpecError
from generator.importers import import_pages
from generator.importers.pages import parse_page
from generator.ir.resolve import API, Field, Param, resolve
from generator.spec.load import load_file
from generator.spec.typeexpr import TypeExpr

ROOT = Path(__file__).resolve().parent.parent
PAGES = Path(__file__).parent / "pages"
SEEDS = {
    "compilelabs": ("compilelabs-get-model.txt", "CompileLabs", "TextGenerationModel"),
    "perceptron": ("perceptron-retrieve-model.txt", "Perceptron", "Model"),
}

# Facts the hand-written specs hold that the pages do not state, or state otherwise on
# purpose: (provider, where, what) -> why.
HAND_MADE = {
    ("compilelabs", "response", "union"): "the page shows one kind of model; the spec "
    "tells text and image generation models apart by `model_type`, picked by `type`",
    ("compilelabs", "param model_id", "allow_slash"): "ids hold `/` (`meta/llama-4-scout`)",
    ("compilelabs", "field capabilities", "description"): "the page's second paragraph "
    "describes the items; the spec puts it on the `Capability` enum",
    ("compilelabs", "field capabilities", "examples"): "the page's examples are items; "
    "the spec shows them as lists, and adds one",
    ("compilelabs", "field model_type", "description"): "the page has none; the spec says "
    "what the tag is",
    ("compilelabs", "field author", "open"): "the spec keeps authors the docs do not list yet",
    ("compilelabs", "field status", "open"): "the spec keeps unknown statuses",
    ("compilelabs", "field visibility", "open"): "the spec keeps unknown visibilities",
    ("compilelabs", "field capabilities", "open"): "the spec keeps unknown capabilities",
    ("perceptron", "response", "union"): "the page names Model and ModelExtended, picked "
    "by `extended`; the spec makes that a union",
    ("perceptron", "endpoint", "description"): "the spec folds the page's use cases into "
    "the description, and writes `'` for `’`",
    ("perceptron", "endpoint", "rate_limit"): "the spec adds the group and scope the "
    "rate-limit guide gives",
    ("perceptron", "param model_id", "examples"): "taken from the page's sample calls",
    ("perceptron", "param extended", "default"): "the response text says false is the default",
    ("perceptron", "param extended", "examples"): "taken from the page's sample calls",
    ("perceptron", "field id", "examples"): "the page's example is a placeholder; the spec "
    "gives a real id",
    ("perceptron", "field object", "examples"): "the page's example is a placeholder; the "
    'description says it is always "model"',
    ("perceptron", "field owned_by", "open"): "the spec keeps owners the docs do not list yet",
}


def _kind(api: API, expr: TypeExpr) -> Any:
    """A type as the page could state it: enums by their values, models by kind."""
    if expr.kind in ("optional", "nullable", "list", "map"):
        return (expr.kind, _kind(api, expr.inner))
    if expr.kind == "named":
        enum = next((e for e in api.enums if e.spec_name == expr.name), None)
        if enum is not None:
            return ("enum", tuple(m.value for m in enum.members))
        return "model"
    if expr.kind == "literal":
        return ("literal", expr.value)
    return str(expr)


def _open(api: API, expr: TypeExpr) -> bool:
    names = [t.name for t in expr.walk() if t.kind == "named"]
    return any(e.open for e in api.enums if e.spec_name in names)


def _facts(api: API, item: Field | Param) -> dict[str, Any]:
    facts = {
        "type": _kind(api, item.type),
        "required": item.required,
        "default": item.default if item.has_default else None,
        "description": item.description,
        "constraints": item.constraints,
        "open": _open(api, item.type),
        "examples": list(item.examples) or None,
        "example": None,
    }
    if isinstance(item, Param):
        facts["allow_slash"] = item.allow_slash
    return facts


def _differences(provider: str, draft: API, hand: API, variant: str) -> set[tuple[str, str, str]]:
    out: set[tuple[str, str, str]] = set()
    mine = next(e for e in draft.endpoints if e.key == "models.retrieve")
    theirs = next(e for e in hand.endpoints if e.key == "models.retrieve")
    for attr in ("http_method", "path", "summary", "description", "response_description"):
        if getattr(mine, attr) != getattr(theirs, attr):
            out.add(("endpoint", "endpoint", attr))
    limits = [
        (r.requests, r.per, r.group, r.scope) if r is not None else None
        for r in (mine.rate_limit, theirs.rate_limit)
    ]
    if limits[0] != limits[1]:
        out.add(("endpoint", "endpoint", "rate_limit"))
    pairs: list[tuple[str, Any, Any]] = []
    mine_params = {p.wire_name: p for p in mine.params}
    theirs_params = {p.wire_name: p for p in theirs.params}
    assert set(mine_params) == set(theirs_params)
    pairs += [(f"param {w}", mine_params[w], theirs_params[w]) for w in mine_params]
    if theirs.union is not None:
        out.add(("response", "response", "union"))
    model = next(m for m in draft.models if m.spec_name == mine.response)
    reference = next(m for m in hand.models if m.spec_name == variant)
    mine_fields = {f.wire_name: f for f in model.all_fields}
    theirs_fields = {f.wire_name: f for f in reference.all_fields}
    assert set(mine_fields) == set(theirs_fields)
    pairs += [(f"field {w}", mine_fields[w], theirs_fields[w]) for w in mine_fields]
    for where, a, b in pairs:
        fa, fb = _facts(draft, a), _facts(hand, b)
        for key in fa:
            if fa[key] != fb[key] and not (key == "examples" and _same_examples(a, b)):
                out.add((where.split()[0], where, key))
    return {(provider, where, what) for _, where, what in out}


def _same_examples(a: Field | Param, b: Field | Param) -> bool:
    return list(a.examples) == list(b.examples)


@pytest.mark.parametrize("provider", sorted(SEEDS))
def test_a_seed_page_agrees_with_the_hand_written_spec(provider: str, tmp_path: Path) -> None:
    page, name, variant = SEEDS[provider]
    result, settled = import_pages(
        [str(PAGES / page)], provider, name, str(tmp_path / f"{provider}.yaml")
    )
    hand_loaded = load_file(ROOT / "spec" / f"{provider}.yaml")
    hand = resolve(hand_loaded)
    found = _differences(provider, settled.api, hand, variant)
    expected = {k for k in HAND_MADE if k[0] == provider}
    assert found == expected, (sorted(found - expected), sorted(expected - found))
    assert result.summary.startswith("operations imported 1/1")


def test_the_seed_pages_warn_only_where_they_must(tmp_path: Path) -> None:
    notes = []
    for page, name, _ in SEEDS.values():
        result, _ = import_pages([str(PAGES / page)], "p", name, str(tmp_path / "p.yaml"))
        notes += [str(n) for n in result.notes]
    pages = str(PAGES)
    assert sorted(notes) == sorted(
        [
            f"warning: {pages}/compilelabs-get-model.txt:191 the fields of PricingModel are "
            "not on the page; its values are kept as they come",
            f"warning: {pages}/perceptron-retrieve-model.txt:23 'Examples › Retrieve a Model' "
            "(3 lines) has no place in a spec; left out",
            f"warning: {pages}/perceptron-retrieve-model.txt:31 'Get Extended Model Metadata' "
            "(3 lines) has no place in a spec; left out",
            f"warning: {pages}/perceptron-retrieve-model.txt:41 'Use Cases' (5 lines) has no "
            "place in a spec; left out",
            f"warning: {pages}/perceptron-retrieve-model.txt:1 the response is one of Model, "
            "ModelExtended, picked by `extended`; the page shows one set of fields, typed as "
            "one model",
        ]
    )


def test_two_pages_of_one_endpoint_are_refused(tmp_path: Path) -> None:
    pages = [str(PAGES / p) for p, _, _ in SEEDS.values()]
    with pytest.raises(SpecError) as caught:
        import_pages(pages, "both", "Both", str(tmp_path / "b.yaml"))
    (problem,) = caught.value.problems
    assert problem.file == pages[1]
    assert problem.message == f"GET /v1/models/{{model_id}} is also the endpoint of {pages[0]}"


SEED = (PAGES / "compilelabs-get-model.txt").read_text()


@pytest.mark.parametrize(
    ("cut", "message"),
    [
        ("context_length\n", "the page ends after 'context_length', before its type: cut off?"),
        ("Available options:\npending,\n", "the page ends inside the options of 'status'"),
        ('Example:\n[\n{ "metric"', "the example of 'pricing' is cut off"),
        ("Example:\n", "the page ends before the example of 'model_id': cut off?"),
    ],
)
def test_a_page_cut_off_inside_a_field_is_a_located_error(
    cut: str, message: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    end = SEED.index(cut) + len(cut)
    page = tmp_path / "page.txt"
    page.write_text(SEED[:end])
    out = tmp_path / "spec" / "cl.yaml"
    argv = ["import", "docs", str(page), "--id", "cl", "--name", "Cl", "--out", str(out)]
    assert cli.main(argv) == 2
    err = capsys.readouterr().err
    line = SEED[:end].count("\n")
    assert f"{page}:" in err and message in err, err
    assert int(err.split(f"{page}:")[1].split(":")[0]) in (line, line + 1, line - 1)
    assert not out.exists()


def test_lines_a_page_cannot_place_are_warnings_and_strict_refuses_them(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = SEED.replace("Response\n\nSuccessful Response", "Response\n\nSuccessful Response")
    text = text.replace("Path Parameters\n\n", "Path Parameters\n\nA note in passing.\n\n")
    page = tmp_path / "page.txt"
    page.write_text(text)
    out = tmp_path / "cl.yaml"
    argv = ["import", "docs", str(page), "--id", "cl", "--name", "Cl", "--out", str(out)]
    assert cli.main([*argv, "--strict"]) == 2
    assert not out.exists()
    assert cli.main(argv) == 0
    err = capsys.readouterr().err
    line = text.splitlines().index("A note in passing.") + 1
    assert f"{page}:{line} 'A note in passing.' is not a field; left out" in err
    assert out.exists()


def test_a_page_that_is_not_a_reference_page(tmp_path: Path) -> None:
    for text, message in [
        ("", "expected the HTTP method"),
        ("Hello\n", "expected the HTTP method"),
        ("GET\nmodels\n", "expected the path after the method"),
        ("GET\n/\nv1\n", "the page ends after its path"),
    ]:
        with pytest.raises(SpecError) as caught:
            parse_page(text, "p.txt")
        assert message in caught.value.problems[0].message


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.sampled_from([*SEED.splitlines(), "", "required", "Example:", "{"]), max_size=60)
)
def test_any_text_is_read_or_refused_with_a_located_error(lines: list[str]) -> None:
    text = "\n".join(["GET", "/", "v1", "/", "things", "Get thing", *lines])
    try:
        page = parse_page(text, "p.txt")
    except SpecError as exc:
        assert exc.problems[0].file == "p.txt" and exc.problems[0].line >= 1
        return
    assert page.method == "GET" and page.path == "/v1/things"


def test_overview_paragraphs_and_a_rate_limit(tmp_path: Path) -> None:
    text = (PAGES / "perceptron-retrieve-model.txt").read_text()
    text = text.replace(
        "and token limits.\n",
        "and token limits.\n\nA second paragraph, kept apart.\nIt runs over two lines.\n",
    )
    page = tmp_path / "page.txt"
    page.write_text(text)
    _, settled = import_pages([str(page)], "p", "P", str(tmp_path / "p.yaml"))
    endpoint = settled.loaded.spec.endpoints["models.retrieve"]
    assert endpoint.description is not None
    first, second = endpoint.description.split("\n\n")
    assert first.endswith("and token limits.")
    assert second == "A second paragraph, kept apart. It runs over two lines."
    assert endpoint.rate_limit is not None and endpoint.rate_limit.requests == 30


def test_a_body_section_becomes_the_request_model(tmp_path: Path) -> None:
    body = """
Body

application/json
name
string
required

The display name.

Required string length: 1 - 64
Example:

"My model"

temperature
number
default:1

How random the answers are.

Required range: 0 <= x <= 2
tags
string[]

Labels.

Examples:

["a", "b"]

Response
"""
    text = SEED.replace("GET\n", "POST\n", 1).replace("\nResponse\n", body, 1)
    page = tmp_path / "create.txt"
    page.write_text(text)
    result, settled = import_pages([str(page)], "cl", "Cl", str(tmp_path / "cl.yaml"))
    endpoint = settled.loaded.spec.endpoints["models.create"]
    assert endpoint.body == "GetModelRequest"
    fields = settled.loaded.spec.models["GetModelRequest"].fields
    assert fields["name"].type == "string"
    assert fields["name"].constraints() == {"min_length": 1, "max_length": 64}
    assert fields["name"].example == "My model"
    assert fields["temperature"].type == "optional<number>" and fields["temperature"].default == 1.0
    assert fields["temperature"].constraints() == {"ge": 0, "le": 2}
    assert fields["tags"].type == "optional<list<string>>" and fields["tags"].example == ["a", "b"]
    # `application/json` under `Body` says how the body is sent: not a field, no warning.
    assert not [n for n in result.notes if "application/json" in n.message]


def test_a_body_the_client_cannot_send_is_left_out_with_a_warning(tmp_path: Path) -> None:
    body = "\nBody\n\napplication/x-www-form-urlencoded\nname\nstring\nrequired\n\nResponse\n"
    text = SEED.replace("GET\n", "POST\n", 1).replace("\nResponse\n", body, 1)
    page = tmp_path / "form.txt"
    page.write_text(text)
    result, settled = import_pages([str(page)], "cl", "Cl", str(tmp_path / "cl.yaml"))
    assert settled.loaded.spec.endpoints["models.create"].body is None
    assert (
        "a body of type application/x-www-form-urlencoded cannot be sent; the body is left out"
        in [n.message for n in result.notes]
    )
