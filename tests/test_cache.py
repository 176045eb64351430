"""The cache of formatted files: a warm run writes exactly what a cold run writes."""

from __future__ import annotations

import os
import pickle
import re
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from benchmarks.synth import synthesize
from generator import cache as cache_module
from generator.cache import Cache
from generator.ir import chunks, memo
from generator.render.manifest import tree_hashes
from tests.specs import generate_text

ROOT = Path(__file__).resolve().parent.parent
LAYOUT = cache_module._LAYOUT  # the folder of the cache's current layout
BASE = synthesize(30)
MODEL_NAMES = sorted(set(re.findall(r"^  (Model\d+):$", BASE, re.MULTILINE)))


def _edit(text: str, kind: str, target: str) -> str:
    """One change a spec author makes, to model `target`."""
    if kind == "enum-value":  # models with a default or example of the enum read its values
        count = text.count("value_0_extra")
        return text.replace("value_0_3]", f"value_0_3, value_0_extra{count}]", 1)
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
    elif kind == "comment":
        changed = block.replace(":\n", ":\n    # reviewed\n", 1)
    elif kind == "reorder" and "\nunions:" in text[end:]:  # the model moves to the end
        rest = text[end + 1 :]
        cut = rest.index("unions:")
        return text[:start] + rest[:cut] + block + "\n" + rest[cut:]
    else:  # retype
        changed = re.sub(r"type: 'string'", "type: 'optional<string>'", block, count=1)
    return text[:start] + changed + text[end:]


def _generate(
    text: str, root: Path, cache_dir: Path | None, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """Generate `text` as `root/spec/synth.yaml` into `root/out`; every run names it alike."""
    return generate_text(text, root, cache_dir, monkeypatch, name="synth.yaml")


@settings(max_examples=10, deadline=None, suppress_health_check=list(HealthCheck))
@given(
    edits=st.lists(
        st.tuples(
            st.sampled_from(
                [
                    "description",
                    "add-field",
                    "remove-field",
                    "retype",
                    "enum-value",
                    "comment",
                    "reorder",
                ]
            ),
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


def _corrupt_entries(cache: Path) -> int:
    """Damage every stored entry in a different way; returns how many there were."""
    db = sqlite3.connect(cache / LAYOUT / "entries.sqlite")
    with db:
        rows = db.execute("SELECT key, body FROM entries").fetchall()
        for i, (key, body) in enumerate(rows):
            # Truncate, flip content, or store other bytes under an intact-looking digest.
            damaged = body[:10] if i % 3 == 0 else b"import os\n" + body[10:]
            db.execute("UPDATE entries SET body = ? WHERE key = ?", (damaged, key))
    db.close()
    return len(rows)


def test_a_corrupt_cache_is_ignored_and_repaired(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = tmp_path / "cache"
    _generate(BASE, tmp_path / "first", cache, monkeypatch)
    assert _corrupt_entries(cache) > 0
    second = _generate(BASE, tmp_path / "second", cache, monkeypatch)
    cold = _generate(BASE, tmp_path / "cold", None, monkeypatch)
    assert tree_hashes(second) == tree_hashes(cold)
    # The second run stored good entries again: a third run reads them, and agrees.
    third = _generate(BASE, tmp_path / "third", cache, monkeypatch)
    assert tree_hashes(third) == tree_hashes(cold)

    # A database file SQLite cannot read is replaced, not trusted.
    (cache / LAYOUT / "entries.sqlite").write_bytes(b"SQLite format 3\0" + b"\xff" * 4000)
    fourth = _generate(BASE, tmp_path / "fourth", cache, monkeypatch)
    assert tree_hashes(fourth) == tree_hashes(cold)
    assert Cache(cache, "salt").root is not None
    assert Cache(cache, "salt").get("0" * 64) is None


def test_an_entry_that_is_not_ours_is_a_miss(tmp_path: Path) -> None:
    cache = Cache(tmp_path, "salt")
    key = cache.key("ir", "models/Foo", "text")
    cache.put(key, pickle.dumps({"not": "an entry"}))
    split = chunks.split("models:\n  Foo:\n    fields: {}\n")
    assert split is not None
    assert cache.get(key) is not None
    assert memo._lookup(cache, split) == {}


def test_a_cache_folder_others_may_write_is_not_used(tmp_path: Path) -> None:
    shared = tmp_path / "shared"
    shared.mkdir()
    shared.chmod(0o777)
    cache = Cache(shared, "salt")
    assert cache.root is None
    cache.put("ab" * 32, b"data")  # a disabled cache stores nothing
    assert cache.get("ab" * 32) is None
    assert list(shared.iterdir()) == []

    linked = tmp_path / "linked"
    (tmp_path / "elsewhere").mkdir()
    linked.symlink_to(tmp_path / "elsewhere")
    assert Cache(linked, "salt").root is not None  # the user's own folder, through a link
    shutil.rmtree(tmp_path / "elsewhere" / LAYOUT)
    (tmp_path / "elsewhere" / LAYOUT).symlink_to(shared)
    assert Cache(linked, "salt").root is None  # the entries folder itself is a link

    own = tmp_path / "own"
    (own / LAYOUT).mkdir(parents=True, mode=0o700)
    (own / LAYOUT / "entries.sqlite").symlink_to(tmp_path / "target.sqlite")
    assert Cache(own, "salt").root is None  # the database file is a link
    assert not (tmp_path / "target.sqlite").exists()


def test_what_earlier_layouts_wrote_is_removed_and_nothing_else(tmp_path: Path) -> None:
    key = "ab" * 32
    (tmp_path / "v2").mkdir()
    (tmp_path / "v2" / "entries.sqlite").write_bytes(b"old")
    (tmp_path / "v2" / "entries.sqlite-journal").write_bytes(b"old")
    (tmp_path / "v1" / "ab").mkdir(parents=True)
    (tmp_path / "v1" / "ab" / key).write_bytes(b"old")
    (tmp_path / "v1" / "ab" / f".tmp-12-{key}").write_bytes(b"old")
    (tmp_path / "v1" / "cd").mkdir()
    (tmp_path / "v1" / "cd" / "notes.txt").write_text("not the cache's")
    cache = Cache(tmp_path, "salt")
    assert cache.root == tmp_path / LAYOUT
    assert not (tmp_path / "v2").exists()
    assert not (tmp_path / "v1" / "ab").exists()
    assert (tmp_path / "v1" / "cd" / "notes.txt").exists()  # never ours: kept, with its folders

    other = tmp_path / "other"
    elsewhere = tmp_path / "elsewhere"
    (elsewhere / "ab").mkdir(parents=True)
    (elsewhere / "ab" / key).write_bytes(b"kept")
    other.mkdir()
    (other / "v1").symlink_to(elsewhere)  # a link is not followed, nor removed
    Cache(other, "salt").close()
    assert (other / "v1").is_symlink() and (elsewhere / "ab" / key).exists()


def test_the_cache_is_private_and_can_be_turned_off(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("CLIENTGEN_CACHE_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    cache = Cache.open("salt")
    assert cache.root == tmp_path / "xdg" / "clientgen" / LAYOUT
    assert oct(os.stat(cache.root).st_mode & 0o777) == "0o700"
    assert oct(os.stat(cache.root / "entries.sqlite").st_mode & 0o777) == "0o600"
    monkeypatch.setenv("CLIENTGEN_CACHE", "off")
    assert Cache.open("salt").root is None


def test_entries_unused_for_a_month_are_dropped(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = Cache(tmp_path, "salt")
    cache.put_many({"old": b"1", "kept": b"2"})
    cache.close()
    now = time.time()
    monkeypatch.setattr(time, "time", lambda: now + 20 * 86400)
    cache = Cache(tmp_path, "salt")
    assert cache.get("kept") == b"2"  # read 20 days on: used again
    cache.put_many({"new": b"3"})
    cache.close()
    monkeypatch.setattr(time, "time", lambda: now + 40 * 86400)
    cache = Cache(tmp_path, "salt")
    cache.put_many({})
    assert cache.get_many(["old", "kept", "new"]) == {"kept": b"2", "new": b"3"}


def test_cache_keys_do_not_depend_on_the_hash_seed(tmp_path: Path) -> None:
    """Two runs under different hash seeds find each other's entries: no new ones appear."""
    spec_dir = tmp_path / "spec"
    spec_dir.mkdir()
    (spec_dir / "synth.yaml").write_text(BASE)
    counts = []
    for seed in ("1", "2"):
        env = {
            **os.environ,
            "PYTHONHASHSEED": seed,
            "CLIENTGEN_CACHE_DIR": str(tmp_path / "cache"),
        }
        env.pop("CLIENTGEN_CACHE", None)
        subprocess.run(
            [
                sys.executable,
                "-m",
                "generator",
                "generate",
                "--spec-dir",
                str(spec_dir),
                "--out",
                str(tmp_path / f"out{seed}"),
            ],
            check=True,
            capture_output=True,
            env=env,
            cwd=ROOT,
        )
        db = sqlite3.connect(tmp_path / "cache" / LAYOUT / "entries.sqlite")
        counts.append(db.execute("SELECT count(*) FROM entries").fetchone()[0])
        db.close()
    assert counts[0] == counts[1] > 0
    assert tree_hashes(tmp_path / "out1") == tree_hashes(tmp_path / "out2")
