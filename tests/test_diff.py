"""diff: the rule corpus, every output format, exit codes, git refs and properties."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator import cli
from generator.diff.compare import RULES, Side, diff, semver
from generator.diff.report import FORMATS, render, rules_page
from generator.ir.resolve import resolve
from generator.spec.load import load_bytes
from tests.test_property import specs

ROOT = Path(__file__).resolve().parent.parent
CASES = Path(__file__).parent / "diff_cases"
GOLDEN = Path(__file__).parent / "diff_golden"
NAMES = sorted(p.name for p in CASES.iterdir() if p.is_dir())


def side(text: str, name: str) -> Side:
    loaded = load_bytes(text.encode(), name)
    return Side(loaded, resolve(loaded))


def findings_of(case: Path) -> list[str]:
    old = side((case / "old.yaml").read_text(), "old.yaml")
    new = side((case / "new.yaml").read_text(), "new.yaml")
    return [
        f"{f.severity} {f.rule} {'old' if f.file == 'old.yaml' else 'new'}:{f.line}"
        for f in diff(old, new)
    ]


def test_corpus_size() -> None:
    assert len(NAMES) >= 45


@pytest.mark.parametrize("name", NAMES)
def test_case(name: str) -> None:
    expected = (CASES / name / "expected.txt").read_text().splitlines()
    assert findings_of(CASES / name) == expected


def test_every_rule_has_a_case() -> None:
    seen = {
        line.split()[1]
        for name in NAMES
        for line in (CASES / name / "expected.txt").read_text().splitlines()
    }
    # Whole providers appearing or disappearing are covered by the folder tests below.
    assert set(RULES) - seen == {"provider-added", "provider-removed"}


def test_no_op_rewrites_yield_nothing() -> None:
    noops = [n for n in NAMES if n.startswith("noop-")]
    assert len(noops) >= 5
    for name in noops:
        assert findings_of(CASES / name) == [], name


def test_rules_page_is_up_to_date() -> None:
    assert (ROOT / "docs" / "diff-rules.md").read_text() == rules_page()
    for rule in RULES.values():
        assert f"| `{rule.id}` | {rule.severity} |" in rules_page()


@pytest.mark.parametrize("fmt", FORMATS)
def test_golden_formats(fmt: str) -> None:
    old = side((GOLDEN / "old.yaml").read_text(), "main:spec/shop.yaml")
    new = side((GOLDEN / "new.yaml").read_text(), "spec/shop.yaml")
    text = render(diff(old, new), fmt)
    expected = (GOLDEN / f"expected.{fmt}.txt").read_text()
    assert text == expected, (
        f"run `python -m tests.golden_trees --update` and review the diff ({fmt})"
    )


def test_cli_offers_every_format() -> None:
    assert cli.DIFF_FORMATS == FORMATS


def test_markdown_opens_with_summary_and_names_symbols() -> None:
    text = (GOLDEN / "expected.markdown.txt").read_text()
    assert (
        text.splitlines()[0].startswith("**")
        and "suggests a major version bump" in text.splitlines()[0]
    )
    assert "`shop.models.Item.note`" in text
    assert "`Shop.items.list(shop=…)`" in text


def test_json_is_stable_and_documented() -> None:
    data = json.loads((GOLDEN / "expected.json.txt").read_text())
    assert data["schema_version"] == 1
    assert set(data["summary"]) == {"breaking", "warning", "info", "semver"}
    keys = {
        "rule",
        "severity",
        "message",
        "file",
        "line",
        "symbol",
        "group",
        "new_file",
        "new_line",
    }
    assert all(set(f) == keys for f in data["findings"])


def test_github_annotations_point_at_the_new_spec() -> None:
    lines = (GOLDEN / "expected.github.txt").read_text().splitlines()
    assert all("file=spec/shop.yaml," in line for line in lines[:-1])
    assert lines[0].startswith("::error ")
    assert lines[-1].startswith("::notice title=spec diff::")


def test_semver() -> None:
    assert semver([]) == "none"
    cases = {
        n: findings_of(CASES / n) for n in ("description-changed", "model-added", "model-removed")
    }
    assert [line.split()[0] for line in cases["description-changed"]] == ["info"]
    old = side((CASES / "model-added" / "old.yaml").read_text(), "o")
    for name, bump in (
        ("description-changed", "patch"),
        ("model-added", "minor"),
        ("model-removed", "major"),
    ):
        new = side((CASES / name / "new.yaml").read_text(), "n")
        assert semver(diff(side((CASES / name / "old.yaml").read_text(), "o"), new)) == bump, name
    assert old.spec.provider.id == "shop"


@pytest.mark.parametrize(
    ("fail_on", "case", "code"),
    [
        ("breaking", "model-removed", 1),
        ("breaking", "param-default-changed", 0),
        ("warning", "param-default-changed", 1),
        ("warning", "model-added", 0),
        ("info", "model-added", 1),
        ("never", "model-removed", 0),
        ("info", "noop-move-model", 0),
    ],
)
def test_fail_on(fail_on: str, case: str, code: int, capsys: pytest.CaptureFixture[str]) -> None:
    args = [
        "diff",
        str(CASES / case / "old.yaml"),
        str(CASES / case / "new.yaml"),
        "--fail-on",
        fail_on,
    ]
    assert cli.main(args) == code
    assert "suggests" in capsys.readouterr().out or case.startswith("noop")


@pytest.mark.parametrize(
    ("case", "sdk", "wire"),
    [
        # An existing client still sends the field; the generated method loses the keyword.
        ("request-field-removed", "breaking", "warning"),
        # An optional field: an existing client copes with its absence already.
        ("response-field-removed", "breaking", "warning"),
        # A bound set where none was may only write down a limit the API already had...
        ("param-constraint-added", "breaking", "warning"),
        # ...a lowered one turns values away.
        ("param-constraint-tightened", "breaking", "breaking"),
        # Clients rely on ranges and lengths: breaking from both places.
        ("response-field-constraint-loosened", "breaking", "breaking"),
        ("model-removed", "breaking", "breaking"),
    ],
)
def test_perspective(case: str, sdk: str, wire: str, capsys: pytest.CaptureFixture[str]) -> None:
    args = ["diff", str(CASES / case / "old.yaml"), str(CASES / case / "new.yaml")]
    for perspective, severity in (("sdk", sdk), ("wire", wire)):
        code = cli.main([*args, "--format", "json", "--perspective", perspective])
        data = json.loads(capsys.readouterr().out)
        assert data["perspective"] == perspective
        assert {f["severity"] for f in data["findings"]} == {severity}
        assert data["summary"][severity] == len(data["findings"])
        assert data["summary"]["semver"] == ("major" if severity == "breaking" else "minor")
        assert code == (1 if severity == "breaking" else 0)
    assert cli.main([*args, "--perspective", "wire", "--fail-on", "never"]) == 0
    assert "seen from the wire" in capsys.readouterr().out


def test_a_loosened_response_pattern_seen_from_the_wire(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Only clients that check patterns can break: a warning from the wire, breaking for
    the generated clients, whose models check it."""
    old = (CASES / "response-field-constraint-loosened" / "old.yaml").read_text()
    assert "id: {type: string, example: i-1}" in old
    pinned = old.replace("example: i-1}", "example: i-1, pattern: '^i-'}", 1)
    (tmp_path / "old.yaml").write_text(pinned)
    (tmp_path / "new.yaml").write_text(old)
    args = ["diff", str(tmp_path / "old.yaml"), str(tmp_path / "new.yaml"), "--format", "json"]
    for perspective, severity in (("sdk", "breaking"), ("wire", "warning")):
        cli.main([*args, "--perspective", perspective])
        (finding,) = json.loads(capsys.readouterr().out)["findings"]
        assert (finding["rule"], finding["severity"]) == (
            "response-field-constraint-loosened",
            severity,
        )


def test_invalid_spec_on_either_side(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    broken = tmp_path / "broken.yaml"
    broken.write_text(
        (CASES / "model-added" / "new.yaml").read_text().replace("type: integer}", "type: integr}")
    )
    assert cli.main(["diff", str(CASES / "model-added" / "old.yaml"), str(broken)]) == 2
    err = capsys.readouterr().err
    assert "broken.yaml:" in err and "did you mean 'integer'?" in err and "Traceback" not in err


def test_folders_pair_by_provider_id(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    old, new = tmp_path / "old", tmp_path / "new"
    old.mkdir()
    new.mkdir()
    shutil.copy(ROOT / "spec" / "perceptron.yaml", old / "perceptron.yaml")
    shutil.copy(ROOT / "spec" / "compilelabs.yaml", old / "cl.yaml")
    # Renamed files still pair by id; compilelabs disappears, a new provider appears.
    shutil.copy(ROOT / "spec" / "perceptron.yaml", new / "renamed.yaml")
    shutil.copy(CASES / "model-added" / "new.yaml", new / "shop.yaml")
    assert cli.main(["diff", str(old), str(new), "--format", "json"]) == 1
    data = json.loads(capsys.readouterr().out)
    assert sorted(f["rule"] for f in data["findings"]) == ["provider-added", "provider-removed"]


def test_a_file_the_same_on_both_sides_is_not_read(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    old, new = tmp_path / "old", tmp_path / "new"
    old.mkdir()
    new.mkdir()
    # Byte for byte the same, so it holds no finding: it is not even loaded (a spec the
    # checks refuse is `validate`'s to report, not `diff`'s).
    for side in (old, new):
        (side / "broken.yaml").write_text("spec_version: 1\nprovider: {}\n")
    shutil.copy(CASES / "model-added" / "old.yaml", old / "shop.yaml")
    shutil.copy(CASES / "model-added" / "new.yaml", new / "shop.yaml")
    assert cli.main(["diff", str(old), str(new), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [f["rule"] for f in data["findings"]] == ["model-added"]


def _git(repo: Path, *args: str) -> None:
    subprocess.run(
        ["git", "-c", "user.name=t", "-c", "user.email=t@t", *args],
        cwd=repo,
        check=True,
        capture_output=True,
    )


def test_against_a_git_ref(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    repo = tmp_path / "repo"
    (repo / "spec").mkdir(parents=True)
    shutil.copy(CASES / "response-field-removed" / "old.yaml", repo / "spec" / "shop.yaml")
    shutil.copy(ROOT / "spec" / "perceptron.yaml", repo / "spec" / "perceptron.yaml")
    _git(repo, "init", "-q", "-b", "main")
    _git(repo, "add", ".")
    _git(repo, "commit", "-qm", "one")
    shutil.copy(CASES / "response-field-removed" / "new.yaml", repo / "spec" / "shop.yaml")
    _git(repo, "commit", "-qam", "two")
    monkeypatch.chdir(repo)

    assert cli.main(["diff", "--against", "HEAD~1", "--format", "json"]) == 1
    data = json.loads(capsys.readouterr().out)
    expected = (CASES / "response-field-removed" / "expected.txt").read_text().split()
    line = int(expected[2].removeprefix("old:"))
    assert [(f["rule"], f["file"], f["line"]) for f in data["findings"]] == [
        ("response-field-removed", "HEAD~1:spec/shop.yaml", line)
    ]
    assert data["findings"][0]["new_file"] == "spec/shop.yaml"

    assert cli.main(["diff", "--against", "HEAD", "perceptron"]) == 0
    assert "no changes" in capsys.readouterr().out
    (repo / "spec" / "perceptron.yaml").unlink()
    assert cli.main(["diff", "--against", "HEAD", "--format", "json"]) == 1
    assert [f["rule"] for f in json.loads(capsys.readouterr().out)["findings"]] == [
        "provider-removed"
    ]

    assert cli.main(["diff", "--against", "no-such-ref"]) == 2
    assert "no-such-ref" in capsys.readouterr().err


def test_usage_errors(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["diff", "only-one.yaml"]) == 2
    assert cli.main(["diff", "a.yaml", "b.yaml"]) == 2
    assert "no such file" in capsys.readouterr().err


@settings(
    max_examples=20,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(spec=specs(), data=st.data())
def test_diff_properties(spec: dict, data: st.DataObject) -> None:
    text = yaml.safe_dump(spec, allow_unicode=True)
    a = side(text, "a.yaml")
    assert diff(a, side(text, "b.yaml")) == []

    # Renaming one model everywhere is exactly one finding.
    old_name = data.draw(st.sampled_from(sorted(spec["models"])))
    new_name = "Renamed" + "".join(c for c in old_name if c.isalnum())
    if new_name in spec["models"] or new_name in spec["enums"]:
        return
    renamed = yaml.safe_load(text)
    renamed["models"] = {new_name if k == old_name else k: v for k, v in renamed["models"].items()}
    endpoint = renamed["endpoints"]["things.retrieve"]
    if endpoint["response"] == old_name:
        endpoint["response"] = new_name
    findings = diff(a, side(yaml.safe_dump(renamed, allow_unicode=True), "b.yaml"))
    assert [f.rule for f in findings] == ["model-renamed"]
