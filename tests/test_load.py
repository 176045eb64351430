"""load.py: YAML with positions, validated against the spec format."""

from __future__ import annotations

import pytest

from generator.errors import SpecError
from tests.specs import ACME, loaded


def test_positions_of_keys_and_values() -> None:
    spec = loaded()
    assert spec.positions.values[("provider", "name")] == (4, 9)
    assert spec.positions.keys[("models", "Thing")] == (14, 3)
    assert spec.positions.of(("models", "Thing", "fields", "id", "nope")) == (17, 11)


def test_bool_case_keys_become_wire_strings() -> None:
    text = ACME.replace("{big: Big, small: Small}", "{true: Big, false: Small}")
    spec = loaded(text).spec
    assert spec.unions["AnyThing"].selected_by is not None
    assert set(spec.unions["AnyThing"].selected_by.cases) == {"true", "false"}


def test_duration_units() -> None:
    spec = loaded(ACME.replace("per: 1m", "per: 2h")).spec
    limit = spec.endpoints["things.retrieve"].rate_limit
    assert limit is not None and limit.per == 7200


def test_sha256_is_of_the_raw_bytes() -> None:
    import hashlib

    assert loaded().sha256 == hashlib.sha256(ACME.encode()).hexdigest()


def test_unknown_key_hint_lists_allowed_keys_when_nothing_is_close() -> None:
    with pytest.raises(SpecError) as info:
        loaded(ACME.replace("    rate_limit:", "    zzzzzzzz: 1\n    rate_limit:"))
    problem = info.value.problems[0]
    assert problem.message == "unknown key 'zzzzzzzz'"
    assert (
        problem.hint is not None
        and "allowed keys:" in problem.hint
        and "rate_limit" in problem.hint
    )


def test_field_named_like_a_format_key_is_not_confused() -> None:
    # `type` and `description` are also spec keywords; as field names they are just names.
    text = ACME.replace(
        "      id: {type: string, example: t-1}",
        "      id: {type: string, example: t-1}\n      type: {type: string}\n"
        "      description: {type: string}",
    )
    spec = loaded(text).spec
    assert {"type", "description"} <= set(spec.models["Thing"].fields)


def test_all_problems_are_reported_sorted() -> None:
    text = ACME.replace("scheme: header", "scheme: nope").replace("method: GET", "method: GOT")
    with pytest.raises(SpecError) as info:
        loaded(text)
    lines = [p.line for p in info.value.problems]
    assert lines == sorted(lines) and len(lines) == 2
