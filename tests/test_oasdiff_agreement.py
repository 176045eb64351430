"""`diff` against oasdiff, on the pairs of OpenAPI documents from oasdiff's own tests.

Each pair in tests/oasdiff_cases/manifest.json carries what oasdiff's test asserts.
Both sides are imported the way `diff OLD NEW` imports OpenAPI documents, and our
breaking / not-breaking verdict is compared with oasdiff's:

- oasdiff's verdict is "breaking" when its test expects an ERR finding. Tests that only
  assert that findings exist (`non_empty`, `count`) describe the change as breaking.
- Where oasdiff's test ran one check alone, only our rules that mean the same thing
  (`CHECK_RULES`) count; elsewhere every finding counts.

docs/oasdiff-agreement.md is the record: the share of pairs in scope that agree, the
pairs out of scope and every disagreement, each with its reason. This test fails when
the record and the measurement differ, so any change of verdict must be written down.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from generator.diff.compare import RULES, diff, seen_from
from generator.pipeline import _pair_files

ROOT = Path(__file__).resolve().parent.parent
CASES = Path(__file__).parent / "oasdiff_cases"
RECORD = ROOT / "docs" / "oasdiff-agreement.md"

_PARAM_BOUNDS = frozenset({"param-constraint-tightened", "param-constraint-loosened"})
_FIELD_BOUNDS = frozenset(
    {"request-field-constraint-tightened", "request-field-constraint-loosened"}
)

# oasdiff's checks, by what they look at -> our rules that look at the same thing.
CHECK_RULES: dict[str, frozenset[str]] = {
    "APIAddedCheck": frozenset({"endpoint-added"}),
    "APIRemovedCheck": frozenset(
        {
            "endpoint-removed",
            "endpoint-removed-after-deprecation",
            "endpoint-path-changed",
            "endpoint-method-changed",
        }
    ),
    "NewRequestNonPathDefaultParameterCheck": frozenset(
        {"param-added-required", "param-added-optional"}
    ),
    "RequestParameterRemovedCheck": frozenset({"param-removed", "param-removed-after-deprecation"}),
    # A parameter's type, or the type of a property of an object parameter.
    "RequestParameterTypeChangedCheck": frozenset({"param-type-changed", "field-type-changed"}),
    "RequestParameterBecameEnumCheck": frozenset({"param-type-changed"}),
    "RequestParameterEnumValueUpdatedCheck": frozenset(
        {"request-enum-value-added", "request-enum-value-removed", "param-type-changed"}
    ),
    "RequestParameterMaxItemsUpdatedCheck": _PARAM_BOUNDS,
    "RequestParameterMaxLengthSetCheck": _PARAM_BOUNDS,
    "RequestParameterMaxLengthUpdatedCheck": _PARAM_BOUNDS,
    "RequestParameterMaxUpdatedCheck": _PARAM_BOUNDS,
    "RequestParameterMinItemsUpdatedCheck": _PARAM_BOUNDS,
    "RequestParameterMinLengthUpdatedCheck": _PARAM_BOUNDS,
    "RequestParameterMinUpdatedCheck": _PARAM_BOUNDS,
    "RequestPropertyUpdatedCheck": frozenset(
        {
            "request-field-added-required",
            "request-field-added-optional",
            "request-field-removed",
            "field-removed-after-deprecation",
        }
    ),
    "RequestPropertyTypeChangedCheck": frozenset(
        {
            "field-type-changed",
            "request-field-union-member-added",
            "request-field-union-member-removed",
        }
    ),
    "RequestPropertyMaxLengthSetCheck": _FIELD_BOUNDS,
    "RequestPropertyMaxSetCheck": _FIELD_BOUNDS,
    "RequestPropertyMinItemsIncreasedCheck": _FIELD_BOUNDS,
    "RequestPropertyMinIncreasedCheck": _FIELD_BOUNDS,
    "RequestPropertyMinLengthUpdatedCheck": _FIELD_BOUNDS,
    "RequestPropertyMaxLengthUpdatedCheck": _FIELD_BOUNDS,
    "RequestPropertyXExtensibleEnumValueRemovedCheck": frozenset(
        {"request-enum-value-added", "request-enum-value-removed"}
    ),
    "ResponsePropertyMinDecreasedCheck": frozenset(
        {"response-field-constraint-loosened", "response-field-constraint-tightened"}
    ),
    "ResponsePropertyTypeChangedCheck": frozenset(
        {
            "field-type-changed",
            "response-type-changed",
            "response-field-union-member-added",
            "response-field-union-member-removed",
        }
    ),
    "ResponseRequiredPropertyUpdatedCheck": frozenset(
        {"response-field-removed", "response-field-added", "field-removed-after-deprecation"}
    ),
    "ResponseOptionalPropertyUpdatedCheck": frozenset(
        {"response-field-removed", "response-field-added", "field-removed-after-deprecation"}
    ),
    "ResponsePropertyBecameOptionalCheck": frozenset({"response-field-became-optional"}),
    "ResponsePropertyBecameRequiredCheck": frozenset({"response-field-became-required"}),
}


@dataclass(frozen=True)
class Verdict:
    case: str  # oasdiff's test, as `checker/<file>_test.go:<line>`
    theirs: bool
    ours: bool  # seen from the wire (`--perspective wire`): the question oasdiff asks
    sdk: bool  # with the default perspective: code written against the generated client
    rules: tuple[str, ...]  # our rules that counted


def _theirs(entry: dict[str, Any]) -> bool:
    if entry["match"] in ("non_empty", "count"):
        return "not breaking" not in entry["description"]
    return any(e["level"] == "ERR" for e in entry["expected"])


def _document(relative: str) -> tuple[bytes, str]:
    path = CASES / relative
    return path.read_bytes(), f"oasdiff_cases/{relative}"


@cache
def verdicts() -> tuple[Verdict, ...]:
    out = []
    for entry in json.loads((CASES / "manifest.json").read_text()):
        old, new = _pair_files(_document(entry["base"]), _document(entry["revision"]))
        findings = diff(old, new)
        if entry["checks"] != "all":
            (check,) = entry["checks"]
            findings = [f for f in findings if f.rule in CHECK_RULES[check]]
        wire = [f.rule for f in seen_from(findings, "wire") if f.severity == "breaking"]
        sdk = any(f.severity == "breaking" for f in findings)
        out.append(Verdict(entry["source_test"], _theirs(entry), bool(wire), sdk, tuple(wire)))
    return tuple(out)


@cache
def record() -> dict[str, dict[str, str]]:
    """docs/oasdiff-agreement.md's tables: section -> oasdiff test -> the row's last cell."""
    sections: dict[str, dict[str, str]] = {}
    current = ""
    for line in RECORD.read_text().splitlines():
        if line.startswith("## "):
            current = line[3:].strip()
            sections[current] = {}
        match = re.match(r"\| `(checker/[^`]+)` \|.*\| ([^|]+) \|$", line)
        if match and current:
            sections[current][match.group(1)] = match.group(2).strip()
    return sections


def test_every_check_of_the_manifest_has_its_rules() -> None:
    entries = json.loads((CASES / "manifest.json").read_text())
    checks = {c for e in entries if e["checks"] != "all" for c in e["checks"]}
    assert checks <= set(CHECK_RULES)
    assert all(r in RULES for rules in CHECK_RULES.values() for r in rules)


def test_the_record_lists_exactly_the_disagreements() -> None:
    out_of_scope = record()["Out of scope"]
    disagreements = record()["Disagreements"]
    measured = {v.case for v in verdicts() if v.theirs != v.ours and v.case not in out_of_scope}
    assert set(disagreements) == measured
    for case, reason in disagreements.items():
        assert reason.startswith(("ours is right", "theirs is right")), case
    every = {v.case for v in verdicts()}
    assert set(out_of_scope) <= every


def test_the_record_lists_where_the_default_perspective_differs() -> None:
    """Pairs where only the sdk perspective disagrees with oasdiff, each with its reason."""
    out_of_scope = record()["Out of scope"]
    listed = record()["Where the sdk perspective differs"]
    measured = {
        v.case
        for v in verdicts()
        if v.theirs == v.ours and v.sdk != v.theirs and v.case not in out_of_scope
    }
    assert set(listed) == measured
    for case, reason in listed.items():
        assert len(reason) > 40, case


def test_the_record_states_the_measured_agreement() -> None:
    out_of_scope = record()["Out of scope"]
    in_scope = [v for v in verdicts() if v.case not in out_of_scope]
    text = RECORD.read_text()
    for perspective, agree in (
        ("wire", sum(v.theirs == v.ours for v in in_scope)),
        ("sdk", sum(v.theirs == v.sdk for v in in_scope)),
    ):
        stated = re.search(rf"{perspective}: agree on (\d+) of (\d+) pairs", text)
        assert stated is not None, perspective
        assert (int(stated.group(1)), int(stated.group(2))) == (agree, len(in_scope))
    assert len(in_scope) + len(out_of_scope) == len(verdicts())


def test_agreement_seen_from_the_wire_is_at_least_90_percent() -> None:
    out_of_scope = record()["Out of scope"]
    in_scope = [v for v in verdicts() if v.case not in out_of_scope]
    assert sum(v.theirs == v.ours for v in in_scope) >= 0.9 * len(in_scope)


@pytest.mark.parametrize("case", sorted(record()["Out of scope"]))
def test_a_pair_out_of_scope_says_why(case: str) -> None:
    assert len(record()["Out of scope"][case]) > 20
