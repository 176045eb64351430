"""The cache of formatted files: a warm run writes exactly what a cold run writes."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from benchmarks.synth import synthesize
from generator import pipeline
from generator.cache import FormatCache
from generator.manifest import tree_hashes

BASE = synthesize(30)
MODEL_NAMES = sorted(set(re.findall(r"^  (Model\d+):$", BASE, re.MULTILINE)))


def _edit(text: str, kind: str, target: str) -> str:
    """One change a spec author makes, to model `target`."""
    start = text.index(f"\n  {target}:\n") + 1
    end = text.index("\n  Model", start + 1) if "\n  Model" in text[start + 1 :] else len(text)
    block = text[start:end]
    if kind == "description":
        changed = block.replace("of the synthetic API.", "of the synthetic API, edited.", 1)
    elif kind == "add-field":
        name = f"added_{block.count('added_')}"  # the same model may gain several
        changed = block.replace(
            "    fields:\n", f"    fields:\n      {name}: {{type: optional<string>}}\n", 1
        )
    elif kind == "remove-field":
        lines = block.splitlines(keepends=True)
        fields = [i for i, line in enumerate(lines) if re.match(r"      (field|v\d+_field)", line)]
        changed = "".join(line for i, line in enumerate(lines) if i != fields[-1])
    else:  # retype
        changed = re.sub(r"type: 'string'", "type: 'optional<string>'", block, count=1)
    return text[:start] + changed + text[end:]


def _generate(
    text: str, root: Path, cache_dir: Path | None, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """Generate `text` as `root/spec/synth.yaml` into `root/out`; every run names it alike."""
    spec_dir, out = root / "spec", root / "out"
    spec_dir.mkdir(parents=True, exist_ok=True)
    (spec_dir / "synth.yaml").write_text(text)
    if cache_dir is None:
        monkeypatch.setenv("CLIENTGEN_CACHE", "off")
    else:
        monkeypatch.delenv("CLIENTGEN_CACHE", raising=False)
        monkeypatch.setenv("CLIENTGEN_CACHE_DIR", str(cache_dir))
    pipeline.generate(spec_dir, out, None, None)
    return out


@settings(max_examples=6, deadline=None, suppress_health_check=list(HealthCheck))
@given(
    edits=st.lists(
        st.tuples(
            st.sampled_from(["description", "add-field", "remove-field", "retype"]),
            st.sampled_from(MODEL_NAMES),
        ),
        min_size=1,
        max_size=3,
    )
)
def test_warm_runs_match_cold_runs_after_random_edits(
    edits: list[tuple[str, str]], tmp_path_factory: pytest.TempPathFactory
) -> None:
    with pytest.MonkeyPatch.context() as monkeypatch:
        work = tmp_path_factory.mktemp("edits")
        cache = work / "cache"
        _generate(BASE, work / "warm", cache, monkeypatch)  # fills the cache
        text = BASE
        for kind, target in edits:
            text = _edit(text, kind, target)
            _generate(text, work / "warm", cache, monkeypatch)
        cold = _generate(text, work / "cold", None, monkeypatch)
        assert tree_hashes(work / "warm" / "out") == tree_hashes(cold)


def test_a_corrupt_cache_is_ignored_and_repaired(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = tmp_path / "cache"
    _generate(BASE, tmp_path / "first", cache, monkeypatch)
    entries = [p for p in (cache / "v1").rglob("*") if p.is_file()]
    assert entries
    for i, entry in enumerate(entries):
        data = entry.read_bytes()
        # Flip content, truncate, or leave a valid-looking digest over other bytes.
        entry.write_bytes(data[:40] if i % 3 == 0 else data[:32] + b"import os\n" + data[42:])
    second = _generate(BASE, tmp_path / "second", cache, monkeypatch)
    cold = _generate(BASE, tmp_path / "cold", None, monkeypatch)
    assert tree_hashes(second) == tree_hashes(cold)
    assert all(FormatCache(cache, "").root for _ in [0])  # still usable after the repair
    salt = "anything"
    assert FormatCache(cache, salt).get("0" * 64) is None


def test_a_cache_folder_others_may_write_is_not_used(tmp_path: Path) -> None:
    shared = tmp_path / "shared"
    shared.mkdir()
    shared.chmod(0o777)
    cache = FormatCache(shared, "salt")
    assert cache.root is None
    cache.put("ab" * 32, b"data")  # a disabled cache stores nothing
    assert cache.get("ab" * 32) is None
    assert list(shared.iterdir()) == []

    linked = tmp_path / "linked"
    (tmp_path / "elsewhere").mkdir()
    linked.symlink_to(tmp_path / "elsewhere")
    assert FormatCache(linked, "salt").root is not None  # the user's own folder, through a link
    (tmp_path / "elsewhere" / "v1").rmdir()
    (tmp_path / "elsewhere" / "v1").symlink_to(shared)
    assert FormatCache(linked, "salt").root is None  # the entries folder itself is a link


def test_the_cache_is_private_and_can_be_turned_off(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("CLIENTGEN_CACHE_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    cache = FormatCache.open("salt")
    assert cache.root == tmp_path / "xdg" / "clientgen" / "v1"
    assert oct(os.stat(cache.root).st_mode & 0o777) == "0o700"
    monkeypatch.setenv("CLIENTGEN_CACHE", "off")
    assert FormatCache.open("salt").root is None
