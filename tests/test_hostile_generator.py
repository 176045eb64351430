"""The generator under attack: its output folder, its inputs and its templates.

Spec-file contents that must be refused live in `tests/malformed/` (the
`hostile-*` cases); these tests cover what a spec file alone cannot express:
the manifest, interrupts, killed runs, odd files, git refs and the template
engine's own guard.
"""

from __future__ import annotations

import fcntl
import json
import os
import re
import shutil
import signal
import stat
import subprocess
import sys
import time
from pathlib import Path

import jinja2
import pytest

from generator import cli, pipeline
from generator.ir import naming
from generator.render import package, write
from generator.render.manifest import MANIFEST, tree_hashes
from generator.render.resources import template_root
from tests.specs import ACME, write_other_provider, write_spec

ROOT = Path(__file__).resolve().parent.parent


def _generate(spec_dir: Path, out: Path) -> int:
    return cli.main(["generate", "--spec-dir", str(spec_dir), "--out", str(out)])


@pytest.fixture
def project(tmp_path: Path) -> tuple[Path, Path]:
    """A spec folder with ACME and zeta, generated once into `out`."""
    spec_dir, out = tmp_path / "spec", tmp_path / "out"
    write_spec(spec_dir)
    write_other_provider(spec_dir, "zeta")
    pipeline.generate(spec_dir, out, None, None)
    return spec_dir, out


# the manifest is data, not instructions -----------------------------------------------


@pytest.mark.parametrize("package", ["../victim", "/tmp/victim-abs", "..", "", "a/b", 7])
def test_manifest_cannot_point_outside_the_output(
    project: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str], package: object
) -> None:
    spec_dir, out = project
    victim = tmp_path / "victim"
    victim.mkdir()
    (victim / "precious.txt").write_text("keep me")
    absolute = Path("/tmp/victim-abs")
    absolute.mkdir(exist_ok=True)
    (absolute / "precious.txt").write_text("keep me")
    try:
        data = json.loads((out / MANIFEST).read_text())
        data["specs"]["spec/gone.yaml"] = {"package": package, "inputs": "x", "files": {}}
        (out / MANIFEST).write_text(json.dumps(data))

        assert _generate(spec_dir, out) == 0
        assert (victim / "precious.txt").read_text() == "keep me"
        assert (absolute / "precious.txt").read_text() == "keep me"
        err = capsys.readouterr().err
        assert "ignoring the entry for 'spec/gone.yaml'" in err
        assert "spec/gone.yaml" not in json.loads((out / MANIFEST).read_text())["specs"]
    finally:
        shutil.rmtree(absolute, ignore_errors=True)


def test_removed_spec_keeps_a_package_holding_foreign_files(
    project: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    spec_dir, out = project
    (out / "zeta" / "notes.txt").write_text("mine")
    (spec_dir / "zeta.yaml").unlink()
    assert _generate(spec_dir, out) == 0
    assert (out / "zeta" / "notes.txt").read_text() == "mine"
    assert "kept" in capsys.readouterr().err


def test_removed_spec_removes_its_own_package(project: tuple[Path, Path]) -> None:
    spec_dir, out = project
    (spec_dir / "zeta.yaml").unlink()
    assert _generate(spec_dir, out) == 0
    assert not (out / "zeta").exists()


def test_a_folder_the_tool_did_not_write_is_never_replaced(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    spec_dir, out = tmp_path / "spec", tmp_path / "out"
    write_spec(spec_dir)
    (out / "acme").mkdir(parents=True)
    (out / "acme" / "handwritten.py").write_text("x = 1\n")
    assert _generate(spec_dir, out) == 2
    assert (out / "acme" / "handwritten.py").read_text() == "x = 1\n"
    assert "holds files clientgen did not write" in capsys.readouterr().err


def test_check_ignores_a_hostile_manifest(
    project: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    """The bad entry is ignored, so check renders and compares the real package instead."""
    spec_dir, out = project
    data = json.loads((out / MANIFEST).read_text())
    data["specs"]["spec/acme.yaml"]["package"] = "../../etc"
    (out / MANIFEST).write_text(json.dumps(data))
    assert cli.main(["check", "--spec-dir", str(spec_dir), "--out", str(out)]) == 0
    assert "package '../../etc' is not a folder name" in capsys.readouterr().err
    (out / "acme" / "models" / "thing.py").write_text("# edited\n")
    assert cli.main(["check", "--spec-dir", str(spec_dir), "--out", str(out)]) == 1


# interrupts, kills and concurrent runs --------------------------------------------------


def test_interrupt_during_the_swap_is_held_until_both_packages_are_in(
    project: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    spec_dir, out = project
    write_spec(spec_dir, ACME.replace("A thing.", "Changed."))
    write_other_provider(spec_dir, "zeta")
    real_rename = Path.rename
    sent: list[int] = []

    def rename(self: Path, target: Path) -> Path:
        result = real_rename(self, target)
        if not sent:  # Ctrl-C right after the first rename of the swap
            sent.append(1)
            signal.raise_signal(signal.SIGINT)
        return result

    monkeypatch.setattr(Path, "rename", rename)
    assert _generate(spec_dir, out) == 2
    err = capsys.readouterr().err
    assert "interrupted; already written: acme, zeta" in err
    assert "nothing was written" not in err
    assert "Changed." in (out / "acme" / "models" / "thing.py").read_text()
    assert (out / "zeta" / "__init__.py").is_file()
    assert not list(out.glob(".staging-*"))
    monkeypatch.undo()
    assert cli.main(["check", "--spec-dir", str(spec_dir), "--out", str(out)]) == 0


def test_interrupt_before_the_swap_writes_nothing(
    project: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    spec_dir, out = project
    before = tree_hashes(out)
    write_spec(spec_dir, ACME.replace("A thing.", "Changed."))

    def interrupted(root: Path, paths: list[str] | None = None) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr("generator.render.format.format_tree", interrupted)
    monkeypatch.setenv("CLIENTGEN_CACHE", "off")  # so that the files are formatted afresh
    assert _generate(spec_dir, out) == 2
    assert "interrupted; nothing was written." in capsys.readouterr().err
    assert tree_hashes(out) == before
    assert not list(out.glob(".staging-*"))


def test_sigterm_from_outside_leaves_the_old_tree(project: tuple[Path, Path]) -> None:
    spec_dir, out = project
    before = tree_hashes(out)
    write_spec(spec_dir, ACME.replace("A thing.", "Changed."))
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    argv = [sys.executable, "-m", "generator", "generate", "--spec-dir", str(spec_dir)]
    proc = subprocess.Popen(
        [*argv, "--out", str(out)], env=env, stderr=subprocess.PIPE, text=True, cwd=ROOT
    )
    deadline = time.monotonic() + 30
    while not list(out.glob(".staging-*")) and proc.poll() is None:
        assert time.monotonic() < deadline
        time.sleep(0.005)
    proc.send_signal(signal.SIGTERM)
    _, err = proc.communicate(timeout=60)
    if proc.returncode == 0:  # the run had already finished swapping: the new tree is whole
        assert cli.main(["check", "--spec-dir", str(spec_dir), "--out", str(out)]) == 0
    else:
        assert proc.returncode == 2
        assert "terminated;" in err and "Traceback" not in err
        if "nothing was written" in err:
            assert tree_hashes(out) == before
    assert not list(out.glob(".staging-*"))


def test_a_killed_run_is_repaired_by_the_next(project: tuple[Path, Path]) -> None:
    """SIGKILL between the two renames of a swap: the package sits in the staging folder."""
    _, out = project
    staging = out / ".staging-killed"
    staging.mkdir()
    (out / "acme").rename(staging / ".old-acme")
    (staging / "acme").mkdir()  # the half-placed new tree
    original = tree_hashes(staging / ".old-acme")

    warnings: list[str] = []
    with write.locked(out, warnings.append):
        pass
    assert tree_hashes(out / "acme") == original
    assert not staging.exists()
    assert warnings == [f"restored {out / 'acme'}, which an interrupted run had moved aside"]


def test_leftover_staging_folders_are_removed(project: tuple[Path, Path]) -> None:
    spec_dir, out = project
    (out / ".staging-old1" / "acme").mkdir(parents=True)
    (out / ".manifest.json.tmp").write_text("{")
    assert _generate(spec_dir, out) == 0
    assert sorted(p.name for p in out.iterdir()) == [".manifest.json", "acme", "zeta"]


def test_a_second_concurrent_run_is_refused(
    project: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    spec_dir, out = project
    fd = os.open(out, os.O_RDONLY)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        assert _generate(spec_dir, out) == 2
    finally:
        os.close(fd)
    assert "another clientgen run is writing" in capsys.readouterr().err


# odd input files ------------------------------------------------------------------------


def test_a_fifo_is_refused_not_waited_on(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    spec_dir = tmp_path / "spec"
    spec_dir.mkdir()
    os.mkfifo(spec_dir / "pipe.yaml")
    for verb in ("validate", "generate", "check"):
        argv = [verb, "--spec-dir", str(spec_dir)]
        argv += ["--out", str(tmp_path / "out")] if verb != "validate" else []
        assert cli.main(argv) == 2
        assert "pipe.yaml:1:1 not a regular file" in capsys.readouterr().err


def test_a_symlink_loop_is_a_located_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    spec_dir = tmp_path / "spec"
    spec_dir.mkdir()
    (spec_dir / "loop.yaml").symlink_to("loop.yaml")
    assert cli.main(["validate", "--spec-dir", str(spec_dir)]) == 2
    err = capsys.readouterr().err
    assert "loop.yaml:1:1 cannot read file: Too many levels of symbolic links" in err
    assert "internal error" not in err


def test_a_file_name_holding_a_newline_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    spec_dir = tmp_path / "spec"
    write_spec(spec_dir, name="acme\nimport os.yaml")
    assert _generate(spec_dir, tmp_path / "out") == 2
    assert "spec file name 'acme\\nimport os.yaml' must be" in capsys.readouterr().err
    assert not (tmp_path / "out" / "acme").exists()


def _git(repo: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=repo, check=True, capture_output=True)


def test_a_non_utf8_spec_at_a_git_ref(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    repo = tmp_path / "repo"
    spec = write_spec(repo / "spec")
    spec.write_bytes(ACME.encode().replace(b"A thing.", b"A \xff thing."))
    _git(repo, "init", "-q")
    _git(repo, "-c", "user.name=t", "-c", "user.email=t@t", "add", ".")
    _git(repo, "-c", "user.name=t", "-c", "user.email=t@t", "commit", "-qm", "x")
    write_spec(repo / "spec")
    code = cli.main(["diff", "--against", "HEAD", "--spec-dir", str(repo / "spec")])
    err = capsys.readouterr().err
    assert code == 2
    assert "HEAD:spec/acme.yaml:15:20 not UTF-8 text" in err


def test_diff_against_dev_null_is_a_new_provider(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    spec = write_spec(tmp_path / "spec")
    argv = ["diff", "--format", "json", "--fail-on", "never"]
    assert cli.main([*argv, os.devnull, str(spec)]) == 0
    added = json.loads(capsys.readouterr().out)["findings"]
    assert [f["rule"] for f in added] == ["provider-added"]
    assert cli.main([*argv, str(spec), os.devnull]) == 0
    removed = json.loads(capsys.readouterr().out)["findings"]
    assert [f["rule"] for f in removed] == ["provider-removed"]
    assert cli.main(["diff", os.devnull, os.devnull]) == 2
    assert "both sides are /dev/null" in capsys.readouterr().err


def test_diff_names_the_side_that_is_wrong(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    spec = write_spec(tmp_path / "spec")
    fifo = tmp_path / "old.yaml"
    os.mkfifo(fifo)
    assert cli.main(["diff", str(fifo), str(spec)]) == 2
    assert "old.yaml:1:1 not a regular file" in capsys.readouterr().err
    assert cli.main(["diff", str(tmp_path / "missing.yaml"), str(spec)]) == 2
    assert "no such file or folder" in capsys.readouterr().err


# the template engine ------------------------------------------------------------------


def test_templates_refuse_unrendered_text() -> None:
    env = package.environment()
    template = env.from_string("x = {{ value }}\n")
    for hostile in ['a"b', "a\nimport os", "os.system('x')", "a;b", "a#b", "{{ x }}"]:
        with pytest.raises(package.TemplateSafetyError):
            template.render(value=hostile)
    assert template.render(value="ModelExtended") == "x = ModelExtended\n"
    assert template.render(value=naming.pyrepr('a"b\n')) == "x = 'a\"b\\n'\n"


def test_the_macro_filter_only_marks_macro_calls() -> None:
    """`macro` trusts its input, so it may only ever wrap a macro's (already checked) output."""
    env = jinja2.Environment()
    uses = 0
    for path in sorted(template_root().rglob("*.jinja")):
        tree = env.parse(path.read_text())
        macro_files = {node.target for node in tree.find_all(jinja2.nodes.Import)}
        for node in tree.find_all(jinja2.nodes.Filter):
            if node.name != "macro":
                continue
            uses += 1
            inner = node.node
            while isinstance(inner, jinja2.nodes.Filter) and inner.name == "indent":
                inner = inner.node
            assert isinstance(inner, jinja2.nodes.Call), f"{path.name}:{node.lineno}"
            assert isinstance(inner.node, jinja2.nodes.Getattr), f"{path.name}:{node.lineno}"
            assert isinstance(inner.node.node, jinja2.nodes.Name), f"{path.name}:{node.lineno}"
            assert inner.node.node.name in macro_files, f"{path.name}:{node.lineno}"
    assert uses > 0


def test_template_cache_is_private_or_absent(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("tempfile.tempdir", str(tmp_path))
    cache = tmp_path / f"_jinja2-cache-{os.getuid()}"
    env = package.environment()
    assert env.bytecode_cache is not None
    assert stat.S_IMODE(cache.stat().st_mode) == 0o700

    # Someone else's folder (here: a symlink to one this user cannot trust) means no cache.
    shutil.rmtree(cache)
    planted = tmp_path / "planted"
    planted.mkdir(mode=0o777)
    planted.chmod(0o777)
    cache.symlink_to(planted)
    assert package.environment().bytecode_cache is None


def test_a_parameter_named_like_the_runtime_arguments_generates(tmp_path: Path) -> None:
    text = ACME.replace(
        "      trace: {in: header, type: optional<string>}",
        "      trace: {in: header, type: optional<string>}\n"
        "      options: {in: query, type: optional<string>}",
    )
    spec_dir, out = tmp_path / "spec", tmp_path / "out"
    write_spec(spec_dir, text)
    assert _generate(spec_dir, out) == 0
    for name in [m for m in sys.modules if m == "acme" or m.startswith("acme.")]:
        del sys.modules[name]
    sys.path.insert(0, str(out))
    try:
        import acme  # type: ignore[import-not-found]
        import httpx

        seen: list[httpx.Request] = []

        def handler(request: httpx.Request) -> httpx.Response:
            seen.append(request)
            return httpx.Response(200, json={"id": "t", "owner": "acme", "note": None})

        client = acme.Acme(
            api_key="k", http_client=httpx.Client(transport=httpx.MockTransport(handler))
        )
        client.things.retrieve("t", options="o")
        assert seen[0].url.params["options"] == "o"
    finally:
        sys.path.remove(str(out))
        for name in [m for m in sys.modules if m == "acme" or m.startswith("acme.")]:
            del sys.modules[name]


def test_diff_reports_show_spec_text_as_text(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    old = write_spec(tmp_path / "old")
    hostile = '"x|y\\n## Approved\\u001b[31m<img src=x onerror=alert(1)>"'
    new = write_spec(
        tmp_path / "new",
        ACME.replace("values: [big, small, tiny]", f"values: [big, small, tiny, {hostile}]"),
    )
    assert cli.main(["diff", "--format", "markdown", "--fail-on", "never", str(old), str(new)]) == 0
    markdown = capsys.readouterr().out
    assert "<img" not in markdown and "&lt;img" in markdown
    assert "\n## Approved" not in markdown and "\x1b" not in markdown
    table_rows = [line for line in markdown.splitlines() if line.startswith("| `")]
    # Three cells: the hostile `|` is escaped, so it cannot open a fourth.
    assert table_rows and all(len(re.split(r"(?<!\\)\|", row)) == 5 for row in table_rows)
    assert cli.main(["diff", "--fail-on", "never", str(old), str(new)]) == 0
    text = capsys.readouterr().out
    assert "\x1b" not in text and "\\x1b[31m" in text
