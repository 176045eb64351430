"""Reusing resolved definitions and endpoints across runs: the split, what is reused,
and that it is never stale."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.cache import Cache
from generator.errors import SpecError
from generator.ir import chunks, memo
from generator.render.manifest import generator_fingerprint, tree_hashes
from generator.spec.load import load_bytes
from tests.specs import generate_text

SPEC = """\
spec_version: 1
provider:
  id: acme
  name: Acme
  base_url: https://api.acme.test
  auth: {scheme: bearer, env: ACME_API_KEY}
enums:
  Size:
    values: [small, large]
models:
  Base:
    fields:
      id: {type: string, description: The id.}
  Middle:
    extends: Base
    fields:
      size: {type: optional<Size>, default: small}
  Leaf:
    extends: Middle
    description: The most derived model.
    fields:
      kind: {type: 'literal<"leaf">'}
  Other:
    fields:
      kind: {type: 'literal<"other">'}
      leaf: {type: optional<Leaf>}
  Lone:
    fields:
      note: {type: optional<string>}
unions:
  Thing:
    variants: [Leaf, Other]
    discriminator: kind
endpoints:
  things.get:
    method: GET
    path: /v1/things/{thing_id}
    params:
      thing_id: {in: path, type: string}
      size: {in: query, type: optional<Size>}
    response: Thing
"""


def _split(text: str) -> chunks.Split:
    found = chunks.split(text)
    assert found is not None
    return found


def test_the_split_finds_each_definition_with_its_line_and_text() -> None:
    split = _split(SPEC)
    assert [(c.section, c.name, c.line, c.column) for c in split.chunks] == [
        ("enums", "Size", 8, 3),
        ("models", "Base", 11, 3),
        ("models", "Middle", 14, 3),
        ("models", "Leaf", 18, 3),
        ("models", "Other", 23, 3),
        ("models", "Lone", 27, 3),
        ("unions", "Thing", 31, 3),
        ("endpoints", "things.get", 35, 3),
    ]
    leaf = split.by_name()["Leaf"]
    assert SPEC[leaf.begin : leaf.stop].startswith("  Leaf:\n    extends: Middle\n")
    assert SPEC[leaf.begin : leaf.stop].endswith("'literal<\"leaf\">'}\n")
    assert split.top == {
        "spec_version": 1,
        "provider": 2,
        "enums": 7,
        "models": 10,
        "unions": 30,
        "endpoints": 34,
    }


def test_blanking_keeps_every_line_number() -> None:
    split = _split(SPEC)
    blanked = split.blank({"Leaf", "Size"})
    assert blanked.count("\n") == SPEC.count("\n")
    assert "Leaf:" not in blanked and "enums:" not in blanked  # an emptied section goes too
    assert blanked.splitlines()[10] == "  Base:"
    everything = split.blank({c.name for c in split.chunks})
    assert "models:" not in everything and "endpoints:" not in everything
    assert everything.count("\n") == SPEC.count("\n")


@pytest.mark.parametrize(
    "text",
    [
        "\ufeff" + SPEC,  # a byte order mark
        SPEC.replace("\n", "\r\n"),  # other line breaks
        "%YAML 1.2\n---\n" + SPEC,  # a directive and a document marker
        SPEC.replace("  Lone:", '  "Lone":'),  # a quoted key
        SPEC.replace("  Lone:", " Lone:"),  # an entry out of line
        SPEC.replace("  Lone:", "  Base:"),  # a name defined twice
        SPEC.replace("  Lone:", "\tLone:"),  # a tab for indentation
        SPEC + "models:\n  More: {}\n",  # a section twice
        "{spec_version: 1}\n",  # flow style at the top
    ],
)
def test_text_that_lines_cannot_split_is_read_whole(text: str) -> None:
    assert chunks.split(text) is None


def test_a_section_in_flow_style_is_not_split_but_the_rest_is() -> None:
    split = _split(SPEC.replace("enums:\n  Size:\n    values: [small, large]\n", "enums: {}\n"))
    assert "Size" not in split.by_name() and "Leaf" in split.by_name()


def test_a_key_line_inside_a_quoted_scalar_is_caught() -> None:
    """A double-quoted scalar may run on at the left margin; the parse then disagrees."""
    text = SPEC.replace("  name: Acme\n", '  name: Acme\n  description: "runs on\nextra: x"\n')
    split = _split(text)
    loaded = load_bytes(text.encode(), "acme.yaml")
    assert not chunks.agrees(split, loaded.positions.keys, set())


def _generate(text: str, root: Path, cache: Path | None, monkeypatch: pytest.MonkeyPatch) -> Path:
    return generate_text(text, root, cache, monkeypatch)


def _as_cold(text: str, tmp_path: Path, cache: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Generate `text` with `cache`, check it against a run without one; the warm tree."""
    warm = _generate(text, tmp_path / "warm", cache, monkeypatch)
    cold = _generate(text, tmp_path / "cold", None, monkeypatch)
    assert tree_hashes(warm) == tree_hashes(cold)
    return warm


def _reusable(text: str, cache_dir: Path) -> set[str]:
    cache = Cache(cache_dir, _fingerprint())
    try:
        return set(memo._lookup(cache, _split(text)))
    finally:
        cache.close()


def _fingerprint() -> str:
    return generator_fingerprint(None)


# Each edit, and the entries whose resolved IR it changes (they must not be reused).
# `things.get` reads its response union's content (and so what the union read) and the
# values of its enum parameter.
EDITS = [
    # `Other` names `Leaf` as a field type: it reads only that `Leaf` is a model.
    (
        "base field",
        ("id: {type: string, description: The id.}", "id: {type: integer}"),
        {"Base", "Middle", "Leaf", "Thing", "things.get"},
    ),
    # `Middle` checks its default against the values; `Leaf` inherits the field.
    (
        "enum values",
        ("[small, large]", "[small, large, huge]"),
        {"Size", "Middle", "Leaf", "Thing", "things.get"},
    ),
    ("leaf text", ("The most derived model.", "The leaf."), {"Leaf", "Thing", "things.get"}),
    ("variant tag", ('literal<"other">', 'literal<"another">'), {"Other", "Thing", "things.get"}),
    ("lone field", ("note: {type: optional<string>}", "note: {type: optional<integer>}"), {"Lone"}),
    ("endpoint", ("/v1/things/{thing_id}", "/v2/things/{thing_id}"), {"things.get"}),
]


@pytest.mark.parametrize(("what", "change", "touched"), EDITS, ids=[e[0] for e in EDITS])
def test_an_edit_reuses_exactly_what_it_cannot_have_changed(
    what: str,
    change: tuple[str, str],
    touched: set[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    cache = tmp_path / "cache"
    _generate(SPEC, tmp_path / "warm", cache, monkeypatch)
    assert _reusable(SPEC, cache) == {c.name for c in _split(SPEC).chunks}
    edited = SPEC.replace(*change)
    assert edited != SPEC
    everything = {c.name for c in _split(edited).chunks}
    assert _reusable(edited, cache) == everything - touched
    _as_cold(edited, tmp_path, cache, monkeypatch)


def test_a_kind_that_changes_is_seen(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """`Lone` becomes an enum: the union of a model's field type reads names' kinds."""
    cache = tmp_path / "cache"
    text = SPEC.replace("  Lone:\n", "  Lone:\n    description: alone\n").replace(
        "note: {type: optional<string>}",
        "note: {type: optional<string>}\n      twin: {type: optional<Twin>}",
    )
    text = text.replace("models:\n", "models:\n  Twin:\n    fields: {}\n", 1)
    _generate(text, tmp_path / "warm", cache, monkeypatch)
    as_enum = text.replace("models:\n  Twin:\n    fields: {}\n", "models:\n", 1).replace(
        "enums:\n", "enums:\n  Twin:\n    values: [a, b]\n", 1
    )
    assert "Lone" not in _reusable(as_enum, cache)
    warm = _as_cold(as_enum, tmp_path, cache, monkeypatch)
    assert "Twin | None" in (warm / "acme" / "models" / "lone.py").read_text()


def test_a_definition_holding_an_alias_is_never_reused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = SPEC.replace(
        "      id: {type: string, description: The id.}",
        "      id: &id {type: string, description: The id.}",
    )
    text = text.replace("      note: {type: optional<string>}", "      note: *id")
    cache = tmp_path / "cache"
    _generate(text, tmp_path / "warm", cache, monkeypatch)
    reusable = _reusable(text, cache)
    assert "Lone" not in reusable and "Base" in reusable
    # The anchor changes; the alias follows it.
    changed = text.replace("description: The id.}", "description: The new id.}")
    warm = _as_cold(changed, tmp_path, cache, monkeypatch)
    assert "The new id." in (warm / "acme" / "models" / "lone.py").read_text()


def test_a_quoted_scalar_over_key_lines_reads_the_whole_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = tmp_path / "cache"
    _generate(SPEC, tmp_path / "warm", cache, monkeypatch)
    # The provider's description now swallows what looks like Lone's key line.
    text = SPEC.replace(
        "  Lone:\n    fields:\n      note: {type: optional<string>}\n",
        '  Lone:\n    description: "starts here\n  Other:\n    ends here"\n    fields: {}\n',
    )
    _as_cold(text, tmp_path, cache, monkeypatch)


def test_errors_are_reported_as_without_the_cache(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = tmp_path / "cache"
    _generate(SPEC, tmp_path / "warm", cache, monkeypatch)
    broken = SPEC.replace("leaf: {type: optional<Leaf>}", "leaf: {type: optional<Leave>}")
    broken = broken.replace("default: small", "default: medium")
    messages = []
    for where in (cache, None):
        with pytest.raises(SpecError) as caught:
            _generate(broken, tmp_path / "run", where, monkeypatch)
        messages.append([str(p) for p in caught.value.problems])
    assert messages[0] == messages[1]
    assert len(messages[0]) == 2
    assert [m.split("acme.yaml:")[1].split(" ")[0] for m in messages[0]] == ["17:45", "26:20"]


# Random edits to real specs: whatever reuse happens, the outcome is the cold one ----------

REAL_SPECS = {
    path.name: path.read_text()
    for path in [
        Path(__file__).parent / "golden" / "acme.yaml",
        *sorted((Path(__file__).parent.parent / "spec").glob("*.yaml")),
    ]
}
_PRIMITIVES = ["string", "integer", "number", "boolean", "optional<string>", "list<string>"]


def _outcome(text: str, cache: Cache) -> object:
    """The API a run resolves (digests aside), or the problems it reports."""
    try:
        return memo.load_and_resolve(text.encode(), "spec/edited.yaml", cache)
    except SpecError as exc:
        return [str(p) for p in exc.problems]


# Edits to what an endpoint reads of the definitions: (change, the endpoint it must re-read).
ENDPOINT_EDITS = [
    ("response union", ("cases: {big: Big, small: Small}", "cases: {big: Big}"), "things.retrieve"),
    (
        "event union",
        ("response.output_text.delta: ResponseDelta", "response.delta: ResponseDelta"),
        "responses.create",
    ),
    ("page items", ("data: {type: list<Thing>}", "data: {type: list<Big>}"), "things.list"),
    ("body field", ("description: The name.}", "description: Its name.}"), "things.create"),
    (
        "response holds a file",  # Message becomes a body only; this response is then wrong
        ("      priority: {type: optional<Priority>, default: 2}\n", "      f: {type: file}\n"),
        "chat.completions.messages.list",
    ),
    ("enum parameter", ("values: [big, small, tiny]", "values: [big, small]"), "tags.list"),
]


@pytest.mark.parametrize(
    ("what", "change", "endpoint"), ENDPOINT_EDITS, ids=[e[0] for e in ENDPOINT_EDITS]
)
def test_an_endpoint_is_read_again_when_what_it_read_changes(
    what: str, change: tuple[str, str], endpoint: str, tmp_path: Path
) -> None:
    text = REAL_SPECS["acme.yaml"]
    cache = Cache(tmp_path / "cache", _fingerprint())
    try:
        _outcome(text, cache)
    finally:
        cache.close()
    assert endpoint in _reusable(text, tmp_path / "cache")
    edited = text.replace(*change)
    assert edited != text
    assert endpoint not in _reusable(edited, tmp_path / "cache")
    cache = Cache(tmp_path / "cache", _fingerprint())
    try:
        assert _outcome(edited, cache) == _outcome(edited, Cache(None, ""))
    finally:
        cache.close()


def test_endpoint_edits_generate_what_a_cold_run_generates(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Resource modules are cached by their endpoints' digests: after each edit, warm
    trees equal cold ones. Renaming `things.list` also changes which builtins the other
    methods of `things` shadow."""
    text = REAL_SPECS["acme.yaml"]
    cache = tmp_path / "cache"
    _generate(text, tmp_path / "warm", cache, monkeypatch)
    renamed = ("  things.list:\n", "  things.page:\n")
    for _, change, _ in [*ENDPOINT_EDITS, ("shadowing", renamed, "")]:
        edited = text.replace(*change)
        assert edited != text
        text = edited
        try:
            warm = _as_cold(text, tmp_path, cache, monkeypatch)
        except SpecError:  # the edit made the spec wrong: so it must be without the cache
            with pytest.raises(SpecError):
                _generate(text, tmp_path / "cold", None, monkeypatch)
            text = text.replace(change[1], change[0])
    things = (warm / "acme" / "_resources" / "things.py").read_text()
    assert "def page(" in things and "builtins.list" not in things


@st.composite
def _edited(draw: st.DrawFn, text: str) -> str:
    """`text` after one edit a spec author might make to one entry, or to the provider.

    Most edits keep the spec valid; some break it, which must then be reported alike.
    """
    split = _split(text)
    names = sorted({c.name for c in split.chunks if c.section != "endpoints"})
    if draw(st.integers(0, 9)) == 0:
        start = text.index("\nprovider:\n") + 1
        stop = min(begin for begin, _ in split.headers.values())
    else:
        chunk = draw(st.sampled_from(split.chunks))
        start, stop = chunk.begin, chunk.stop
        if draw(st.integers(0, 9)) == 0:
            return text[:start] + text[stop:]  # the entry goes
    lines = text[start:stop].splitlines(keepends=True)

    def name_at(line: str) -> list[str]:
        return [n for n in names if re.search(rf"\b{n}\b", line)]

    def primitive_at(line: str) -> list[str]:
        return [p for p in _PRIMITIVES[:4] if re.search(rf"\b{p}\b", line)]

    edits = {  # what an edit does to one line, and the lines it applies to
        "describe": lambda line: "description: " in line,
        "delete": lambda line: line is not lines[0],
        "rename": name_at,
        "retype": primitive_at,
        "values": lambda line: "values: [" in line,
    }
    op = draw(st.sampled_from(sorted(edits)))
    where = [i for i, line in enumerate(lines) if edits[op](line)]
    if not where:
        return text
    i = draw(st.sampled_from(where))
    line = lines[i]
    if op == "describe":
        line = line.replace("description: ", "description: Edited. ", 1)
    elif op == "delete":
        line = ""
    elif op == "rename":
        old, new = draw(st.sampled_from(name_at(line))), draw(st.sampled_from(names))
        line = re.sub(rf"\b{old}\b", new, line, count=1)
    elif op == "retype":
        old, new = draw(st.sampled_from(primitive_at(line))), draw(st.sampled_from(_PRIMITIVES))
        line = re.sub(rf"\b{old}\b", new, line, count=1)
    else:
        line = line.replace("values: [", "values: [added_value, ", 1)
    lines[i] = line
    return text[:start] + "".join(lines) + text[stop:]


@settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
@given(data=st.data(), spec=st.sampled_from(sorted(REAL_SPECS)))
def test_edited_real_specs_resolve_as_without_the_cache(
    data: st.DataObject, spec: str, tmp_path_factory: pytest.TempPathFactory
) -> None:
    """Definitions and endpoints are reused across edits, yet each run resolves the API a
    run without the cache resolves, or reports the same problems."""
    cache = Cache(tmp_path_factory.mktemp("memo"), _fingerprint())
    cold = Cache(None, "")
    try:
        text = REAL_SPECS[spec]
        assert not isinstance(_outcome(text, cache), list)  # fills the cache
        for _ in range(data.draw(st.integers(1, 3), label="edits")):
            text = data.draw(_edited(text), label="edited")
            if chunks.split(text) is None:
                break  # an edit that lines cannot split: read whole, nothing to compare
            assert _outcome(text, cache) == _outcome(text, cold)
    finally:
        cache.close()
