"""Findings of `diff` as text, markdown, JSON or GitHub annotations, and the rules page."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Sequence

from ..errors import printable
from ..ir import naming
from .compare import RULES, SEVERITIES, Finding, semver

FORMATS = ("text", "markdown", "json", "github")
JSON_SCHEMA_VERSION = 1

_BUMP = {
    "major": "suggests a major version bump",
    "minor": "suggests a minor version bump",
    "patch": "suggests a patch version bump",
    "none": "no changes",
}
_COLOR = {"breaking": "\033[31m", "warning": "\033[33m", "info": "\033[36m"}
_RESET = "\033[0m"


def summary(findings: Sequence[Finding]) -> str:
    """`2 breaking, 1 warning, 5 info: suggests a major version bump`."""
    counts = Counter(f.severity for f in findings)
    parts = [
        f"{counts[s]} {s}"
        if s != "warning"
        else f"{counts[s]} warning{'s' if counts[s] != 1 else ''}"
        for s in SEVERITIES
    ]
    return f"{', '.join(parts)}: {_BUMP[semver(findings)]}"


def render(
    findings: Sequence[Finding], fmt: str, *, color: bool = False, perspective: str = "sdk"
) -> str:
    """The report in `fmt`. Text and markdown name the perspective when it is not the default."""
    if fmt == "json":
        return as_json(findings, perspective)
    if fmt == "markdown":
        return as_markdown(findings)
    if fmt == "github":
        return as_github(findings)
    return as_text(findings, color=color)


def as_text(findings: Sequence[Finding], *, color: bool = False) -> str:
    lines = [summary(findings) + _seen_from(findings)]
    for f in findings:
        label = f.severity.upper()
        if color:
            label = f"{_COLOR[f.severity]}{label}{_RESET}"
        symbol = f"  [{f.symbol}]" if f.symbol else ""
        # Spec text may hold terminal escape sequences: show control characters as escapes.
        text = printable(f"{f.file}:{f.line}  {f.rule}: {f.message}{symbol}")
        lines.append(f"{label:<8} {text}")
    return "\n".join(lines) + "\n"


# A group with more rows than this is folded into a <details> block in a PR comment.
_FOLD = 10


def as_markdown(findings: Sequence[Finding]) -> str:
    lines = [f"**{summary(findings)}**{_seen_from(findings)}"]
    several = len({_spec_of(f) for f in findings}) > 1
    for severity in SEVERITIES:
        group = [f for f in findings if f.severity == severity]
        if not group:
            continue
        lines += ["", f"### {severity.capitalize()} ({len(group)})"]
        keys = sorted(
            {(_spec_of(f), f.group) for f in group}, key=lambda k: (k[0], _group_order(k[1]))
        )
        for spec, title in keys:
            rows = [f for f in group if (_spec_of(f), f.group) == (spec, title)]
            heading = f"{spec} · {title}" if several else title
            lines += ["", f"**{naming.md_text(heading)}**", ""]
            folded = len(rows) > _FOLD and severity != "breaking"
            if folded:
                lines += ["<details>", f"<summary>{len(rows)} changes</summary>", ""]
            if severity == "breaking":
                lines += ["| rule | where | change | Python symbol |", "| --- | --- | --- | --- |"]
            else:
                lines += ["| rule | where | change |", "| --- | --- | --- |"]
            for f in rows:
                where = naming.md_code(f"{f.file}:{f.line}")
                cells = [f"`{f.rule}`", _cell(where), _cell(naming.md_text(f.message))]
                if severity == "breaking":
                    cells.append(_cell(naming.md_code(f.symbol)) if f.symbol else "")
                lines.append("| " + " | ".join(cells) + " |")
            if folded:
                lines += ["", "</details>"]
    return "\n".join(lines) + "\n"


def _spec_of(finding: Finding) -> str:
    """The spec a finding is about, whichever side it points at (`main:spec/x.yaml` -> `spec/x.yaml`)."""
    return finding.file.rsplit(":", 1)[-1]


def _seen_from(findings: Sequence[Finding]) -> str:
    wire = any(f.seen_from == "wire" for f in findings)
    return " (seen from the wire: any existing client of the API)" if wire else ""


def as_json(findings: Sequence[Finding], perspective: str = "sdk") -> str:
    counts = Counter(f.severity for f in findings)
    totals: dict[str, object] = {s: counts[s] for s in SEVERITIES}
    data = {
        "schema_version": JSON_SCHEMA_VERSION,
        "perspective": perspective,
        "summary": {**totals, "semver": semver(findings)},
        "findings": [
            {
                "rule": f.rule,
                "severity": f.severity,
                "message": f.message,
                "file": f.file,
                "line": f.line,
                "symbol": f.symbol,
                "group": f.group,
                "new_file": f.new_file,
                "new_line": f.new_line,
            }
            for f in findings
        ],
    }
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def as_github(findings: Sequence[Finding]) -> str:
    level = {"breaking": "error", "warning": "warning", "info": "notice"}
    lines = []
    for f in findings:
        text = f"{f.message}" + (f" ({f.symbol})" if f.symbol else "")
        lines.append(
            f"::{level[f.severity]} file={_prop(f.new_file)},line={f.new_line},"
            f"title={_prop(f.rule)}::{_data(text)}"
        )
    lines.append(f"::notice title=spec diff::{_data(summary(findings))}")
    return "\n".join(lines) + "\n"


def rules_page() -> str:
    """docs/diff-rules.md, generated from the rule catalogue."""
    lines = [
        "<!-- Generated by `python -m generator rules`; edit generator/diff/compare.py instead. -->",
        "# Spec diff rules",
        "",
        "`python -m generator diff` reports each change between two versions of a spec as a",
        "finding of one of these rules. Severity decides the exit code with `--fail-on` and",
        "the suggested version bump: any `breaking` finding suggests a major bump; any other",
        "finding except documentation changes a minor one; documentation changes alone a patch.",
        "",
    ]
    lines += [
        "## Whom a change breaks: `--perspective`",
        "",
        "The severities in the tables below are those of `--perspective sdk`, the default: a",
        "change is breaking when code written against the generated client stops working, at",
        "type-check time or at run time (the generated models check what the spec promises,",
        "bounds and patterns included). `--perspective wire` asks what API-description tools such as",
        "oasdiff ask: does any existing client of the API, whatever made it, still work? Seen",
        "from the wire, these changes weigh differently:",
        "",
        "| rule | seen from the wire |",
        "| --- | --- |",
    ]
    lines += [
        f"| `{r.id}` | {f'{r.wire}: ' if r.wire else ''}{r.wire_reason} |"
        for r in RULES.values()
        if r.wire_reason
    ]
    lines.append("")
    for category in dict.fromkeys(r.category for r in RULES.values()):
        lines += [f"## {category}", "", "| rule | severity | meaning |", "| --- | --- | --- |"]
        lines += [
            f"| `{r.id}` | {r.severity} | {r.summary} |"
            for r in RULES.values()
            if r.category == category
        ]
        lines.append("")
    lines += [
        "## JSON output (`--format json`)",
        "",
        f"`schema_version` is {JSON_SCHEMA_VERSION}; fields are only ever added within a version.",
        "",
        "```",
        '{"schema_version": 1, "perspective": "sdk" | "wire",',
        ' "summary": {"breaking": int, "warning": int, "info": int,',
        '             "semver": "major" | "minor" | "patch" | "none"},',
        ' "findings": [{"rule": str, "severity": "breaking" | "warning" | "info",',
        '               "message": str, "file": str, "line": int,',
        '               "symbol": str | null, "group": str,',
        '               "new_file": str, "new_line": int}]}',
        "```",
        "",
        "`file` and `line` point into the new spec, or into the old one for removals;",
        "`new_file` and `new_line` always point into the new spec (for a removal, at the",
        "closest surviving parent), which is where GitHub annotations go.",
        "`symbol` names the generated Python symbol that changes. `group` is",
        "`endpoint <resource.method>`, `models`, `enums`, `unions` or `provider`.",
    ]
    return "\n".join(lines) + "\n"


def _group_order(title: str) -> tuple[int, str]:
    rank = {"provider": 0, "unions": 2, "models": 3, "enums": 4}
    return (rank.get(title, 1), title)


def _cell(text: str) -> str:
    """Text inside one table cell: on one line, with no bare `|` to end the cell."""
    return " ".join(text.split()).replace("|", "\\|")


def _prop(text: str) -> str:
    return (
        text.replace("%", "%25")
        .replace("\r", "%0D")
        .replace("\n", "%0A")
        .replace(":", "%3A")
        .replace(",", "%2C")
    )


def _data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
