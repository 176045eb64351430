"""`sync`: what changed in a provider's docs since the last sync lands on its spec.

The docs versions are the seed pages (tests/pages/) edited the way a provider edits
them, each edit spelled out here; the OpenAPI versions are tests/sync/*.yaml and an
edited copy of Mistral's document. Every case checks the spec edit, the report's rule,
severity and line, and that the hand-made decisions of the spec survive.
"""

from __future__ import annotations

import difflib
import json
import shutil
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from generator import cli
from generator.sync import sources

ROOT = Path(__file__).resolve().parent.parent
PAGES = ROOT / "tests" / "pages"
OPENAPI = ROOT / "tests" / "sync"
SHARED = ROOT.parent / "shared" / "specs"
SEED = {"compilelabs": "compilelabs-get-model.txt", "perceptron": "perceptron-retrieve-model.txt"}


class Workspace:
    """A copy of a provider's spec and its docs, synced once (the first sync records)."""

    def __init__(self, root: Path, provider: str, capsys: pytest.CaptureFixture[str]) -> None:
        self.root, self.provider, self.capsys = root, provider, capsys
        (root / "spec").mkdir()
        (root / "docs").mkdir()
        self.spec_path = root / "spec" / f"{provider}.yaml"
        shutil.copy(ROOT / "spec" / f"{provider}.yaml", self.spec_path)

    def add_page(self, name: str, text: str) -> Path:
        path = self.root / "docs" / name
        path.write_text(text, encoding="utf-8")
        return path

    def edit(self, old: str, new: str, page: str | None = None) -> None:
        path = self.root / "docs" / (page or SEED[self.provider])
        text = path.read_text(encoding="utf-8")
        assert text.count(old) == 1, f"the edit's anchor must be on the page once: {old!r}"
        path.write_text(text.replace(old, new), encoding="utf-8")

    def sync(self, *args: str, docs: str = "docs") -> tuple[int, str, str]:
        self.capsys.readouterr()
        code = cli.main(["sync", self.provider, "--docs", docs, *args])
        out, err = self.capsys.readouterr()
        return code, out, err

    @property
    def text(self) -> str:
        return self.spec_path.read_text(encoding="utf-8")

    @property
    def data(self) -> Any:
        return yaml.safe_load(self.text)

    @property
    def snapshot(self) -> Path:
        return self.root / "spec" / "docs" / self.provider


@pytest.fixture
def cl(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: Any) -> Workspace:
    return _synced(tmp_path, monkeypatch, capsys, "compilelabs")


@pytest.fixture
def pc(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: Any) -> Workspace:
    return _synced(tmp_path, monkeypatch, capsys, "perceptron")


def _synced(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: Any, provider: str
) -> Workspace:
    monkeypatch.chdir(tmp_path)
    ws = Workspace(tmp_path, provider, capsys)
    ws.add_page(SEED[provider], (PAGES / SEED[provider]).read_text(encoding="utf-8"))
    code, _, err = ws.sync()
    assert code == 0, err
    assert "first sync" in err
    return ws


def changed_lines(before: str, after: str) -> tuple[list[str], list[str]]:
    """The lines a rewrite took out and put in (stripped)."""
    removed, added = [], []
    for line in difflib.unified_diff(before.splitlines(), after.splitlines(), lineterm="", n=0):
        if line.startswith(("---", "+++", "@@")):
            continue
        (removed if line.startswith("-") else added).append(line[1:].strip())
    return removed, added


def line_of(text: str, needle: str, after: str = "") -> int:
    start = text.index(after) if after else 0
    return text[: text.index(needle, start)].count("\n") + 1


def findings(out: str) -> list[tuple[str, str, int]]:
    """(rule, severity, line) of each finding in a `--format json` report."""
    return [(f["rule"], f["severity"], f["line"]) for f in json.loads(out)["findings"]]


def assert_hand_made_kept(ws: Workspace) -> None:
    """The compilelabs decisions a page cannot express, still in the spec."""
    data = ws.data
    union = data["unions"]["GetModelResponse"]
    assert union["selected_by"]["param"] == "type"
    assert union["fallback"] == "ModelInfo"
    assert data["endpoints"]["models.retrieve"]["params"]["model_id"]["allow_slash"] is True
    assert data["enums"]["Author"]["open"] is True
    assert data["models"]["TextGenerationModel"]["fields"]["capabilities"]["description"] == (
        "The capabilities supported by the model."
    )
    assert "# The API reference declares the `x-api-key` header" in ws.text


# first sync and --check ------------------------------------------------------------------


def test_the_first_sync_records_the_docs_and_changes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: Any
) -> None:
    monkeypatch.chdir(tmp_path)
    ws = Workspace(tmp_path, "compilelabs", capsys)
    ws.add_page(SEED["compilelabs"], (PAGES / SEED["compilelabs"]).read_text())
    before = ws.text
    code, _, err = ws.sync("--check")
    assert code == 1 and "run sync" in err
    assert not ws.snapshot.exists()
    code, out, err = ws.sync()
    assert code == 0 and "first sync" in err
    assert ws.text == before
    assert (ws.snapshot / SEED["compilelabs"]).read_bytes() == (
        PAGES / SEED["compilelabs"]
    ).read_bytes()
    assert "no changes" in out
    assert ws.sync("--check")[0] == 0


def test_unchanged_docs_are_not_imported_again(
    cl: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    def never(*args: Any) -> Any:
        raise AssertionError("the docs were imported")

    monkeypatch.setattr(sources, "import_docs", never)
    for args in ((), ("--check",)):
        code, out, err = cl.sync(*args)
        assert code == 0 and "up to date" in err
        assert "no changes" in out


def test_check_says_behind_and_writes_nothing(cl: Workspace) -> None:
    cl.edit("deepseek,\nz-ai", "deepseek,\ncohere,\nz-ai")
    before = cl.text
    snapshot = (cl.snapshot / SEED["compilelabs"]).read_bytes()
    code, out, err = cl.sync("--check", "--format", "json")
    assert code == 1
    assert "behind the docs" in err
    assert [f[0] for f in findings(out)] == ["response-enum-value-added"]
    assert cl.text == before
    assert (cl.snapshot / SEED["compilelabs"]).read_bytes() == snapshot


# page edits, one kind each ----------------------------------------------------------------


def test_an_enum_value_added(cl: Workspace) -> None:
    before = cl.text
    cl.edit("deepseek,\nz-ai", "deepseek,\ncohere,\nz-ai")
    code, out, _ = cl.sync("--format", "json")
    assert code == 0
    values = cl.data["enums"]["Author"]["values"]
    assert values[values.index("deepseek") + 1] == "cohere"
    assert changed_lines(before, cl.text) == ([], ["- cohere"])
    line = line_of(cl.text, "- cohere")
    assert findings(out) == [("response-enum-value-added", "info", line)]
    assert_hand_made_kept(cl)
    assert cl.sync()[0] == 0 and cl.text.count("cohere") == 1  # applied once


def test_a_field_added_lands_in_the_union_variants_shared_base(cl: Workspace) -> None:
    cl.edit(
        "model_type\nstring\ndefault",
        "max_output_tokens\ninteger | null\n\nThe most tokens one response may hold.\n\n"
        "Required range: x >= 1\nExample:\n\n8192\n\nmodel_type\nstring\ndefault",
    )
    code, out, _ = cl.sync("--format", "json")
    assert code == 0
    fields = cl.data["models"]["ModelInfo"]["fields"]
    assert fields["max_output_tokens"] == {
        "type": "optional<nullable<integer>>",
        "description": "The most tokens one response may hold.",
        "ge": 1,
        "example": 8192,
    }
    assert list(fields).index("max_output_tokens") == list(fields).index("pricing") + 1
    line = line_of(cl.text, "max_output_tokens:")
    assert findings(out) == [("response-field-added", "info", line)]
    assert_hand_made_kept(cl)


def test_a_field_removed(cl: Workspace) -> None:
    cl.edit(
        'owned_by\nstring\nrequired\n\nThe organization that owns the model.\n\nExample:\n\n"compilelabs"\n\n',
        "",
    )
    before = cl.text
    code, out, _ = cl.sync("--format", "json")
    assert code == 1  # breaking, and --fail-on defaults to breaking
    assert "owned_by" not in cl.data["models"]["ModelInfo"]["fields"]
    removed, added = changed_lines(before, cl.text)
    assert added == [] and removed[0] == "owned_by:" and len(removed) == 4
    (rule,) = findings(out)
    assert rule[:2] == ("response-field-removed", "breaking")
    assert rule[2] == line_of(before, "      owned_by:")  # where it was
    assert_hand_made_kept(cl)


def test_a_default_changed(cl: Workspace) -> None:
    cl.edit("default:text_generation\n\nThe type", "default:image_generation\n\nThe type")
    code, out, _ = cl.sync("--format", "json")
    assert code == 0
    assert (
        cl.data["endpoints"]["models.retrieve"]["params"]["type"]["default"] == "image_generation"
    )
    line = line_of(cl.text, "default: image_generation")
    assert findings(out) == [("param-default-changed", "warning", line)]
    assert_hand_made_kept(cl)


def test_a_constraint_changed(cl: Workspace) -> None:
    cl.edit("Required range: x >= 1", "Required range: x >= 16")
    code, out, _ = cl.sync("--format", "json")
    assert code == 0
    assert cl.data["models"]["TextGenerationModel"]["fields"]["context_length"]["ge"] == 16
    line = line_of(cl.text, "ge: 16")
    assert findings(out) == [("response-field-constraint-tightened", "info", line)]


def test_a_new_query_parameter(cl: Workspace) -> None:
    cl.edit(
        '"image_generation"\n\nResponse',
        '"image_generation"\n\ninclude_pricing\nboolean\ndefault:true\n\n'
        "Whether to include the pricing.\n\nResponse",
    )
    code, out, _ = cl.sync("--format", "json")
    assert code == 0
    params = cl.data["endpoints"]["models.retrieve"]["params"]
    assert list(params) == ["model_id", "type", "include_pricing"]
    assert params["include_pricing"] == {
        "in": "query",
        "type": "optional<boolean>",
        "description": "Whether to include the pricing.",
        "default": True,
    }
    line = line_of(cl.text, "include_pricing:")
    assert findings(out) == [("param-added-optional", "info", line)]
    assert_hand_made_kept(cl)


def test_a_new_endpoint_page(cl: Workspace) -> None:
    seed = (PAGES / SEED["compilelabs"]).read_text()
    page = seed.replace(
        "{model_id}\nGet Model\n", "{model_id}\n/\nendpoints\nList Model Endpoints\n"
    )
    assert page != seed
    cl.add_page("compilelabs-list-model-endpoints.txt", page)
    code, out, _ = cl.sync("--format", "json")
    assert code == 0
    data = cl.data
    endpoint = data["endpoints"]["models.endpoints.list"]
    assert endpoint["path"] == "/v1/models/{model_id}/endpoints"
    assert endpoint["summary"] == "List Model Endpoints"
    response = data["models"][endpoint["response"]]["fields"]
    # The page's enums are the ones the spec has: reused, not copied.
    assert response["author"]["type"] == "Author"
    assert response["status"]["type"] == "ModelStatus"
    assert response["pricing"]["type"] == "list<PricingModel>"
    rules = {f[0] for f in findings(out)}
    assert rules == {"endpoint-added", "model-added"}
    assert (cl.snapshot / "compilelabs-list-model-endpoints.txt").read_text() == page
    assert_hand_made_kept(cl)


def test_a_removed_page_removes_its_endpoint_and_what_only_it_used(cl: Workspace) -> None:
    seed = (PAGES / SEED["compilelabs"]).read_text()
    page = seed.replace(
        "{model_id}\nGet Model\n", "{model_id}\n/\nendpoints\nList Model Endpoints\n"
    )
    cl.add_page("extra.txt", page)
    assert cl.sync()[0] == 0
    added = cl.data["endpoints"]["models.endpoints.list"]["response"]
    (cl.root / "docs" / "extra.txt").unlink()
    code, out, _ = cl.sync("--format", "json")
    assert code == 1
    data = cl.data
    assert "models.endpoints.list" not in data["endpoints"]
    assert added not in data["models"]
    assert "Author" in data["enums"]  # still used elsewhere
    assert ("endpoint-removed", "breaking") in {f[:2] for f in findings(out)}


def test_edits_of_several_kinds_at_once_and_the_report_as_a_pr_comment(cl: Workspace) -> None:
    cl.edit("deepseek,\nz-ai", "deepseek,\ncohere,\nz-ai")
    cl.edit("Required range: x >= 1", "Required range: x >= 16")
    cl.edit("The id of the model.", "The model's id, as `author/name`.")
    code, out, _ = cl.sync("--format", "markdown", "--fail-on", "info")
    assert code == 1
    assert "cohere" in out and "context_length" in out and "| " in out
    params = cl.data["endpoints"]["models.retrieve"]["params"]
    assert params["model_id"]["description"] == "The model's id, as `author/name`."
    assert_hand_made_kept(cl)


def test_a_model_renamed_by_hand_still_receives_the_docs_changes(cl: Workspace) -> None:
    renamed = cl.text.replace("ModelInfo", "SharedModelFields")
    cl.spec_path.write_text(renamed)
    cl.edit(
        "model_type\nstring\ndefault",
        "region\nstring\n\nWhere the model runs.\n\nmodel_type\nstring\ndefault",
    )
    assert cl.sync()[0] == 0
    data = cl.data
    assert "ModelInfo" not in data["models"]
    assert data["models"]["SharedModelFields"]["fields"]["region"]["type"] == "optional<string>"


def test_perceptron_a_value_of_an_open_enum_the_spec_renamed(pc: Workspace) -> None:
    pc.edit("perceptron,\nalibaba", "perceptron,\ngoogle,\nalibaba")
    code, out, _ = pc.sync("--format", "json")
    assert code == 0
    assert pc.data["enums"]["ModelOwner"]["values"] == ["perceptron", "google", "alibaba"]
    assert "values: [perceptron, google, alibaba]" in pc.text  # the flow style is kept
    limit = pc.data["endpoints"]["models.retrieve"]["rate_limit"]
    assert limit["group"] == "models" and limit["scope"] == "per organization"
    assert [f[0] for f in findings(out)] == ["response-enum-value-added"]


# conflicts and failures --------------------------------------------------------------------


def test_a_docs_change_to_a_hand_edited_fact_is_a_conflict(cl: Workspace) -> None:
    before = cl.text
    snapshot = (cl.snapshot / SEED["compilelabs"]).read_bytes()
    cl.edit("The capabilities supported by the model.", "What the model can do.")
    cl.edit("deepseek,\nz-ai", "deepseek,\ncohere,\nz-ai")  # fine alone; held back with it
    code, out, err = cl.sync()
    assert code == 2
    spec_line = line_of(before, "description: The capabilities supported by the model.")
    page_line = line_of(
        (cl.root / "docs" / SEED["compilelabs"]).read_text(), "What the model can do."
    )
    assert f"spec/compilelabs.yaml:{spec_line}: conflict" in err
    assert f"docs/{SEED['compilelabs']}:" in err
    assert "Nothing was written" in err
    assert page_line > 200
    assert cl.text == before
    assert (cl.snapshot / SEED["compilelabs"]).read_bytes() == snapshot
    assert out == ""


def test_a_change_that_breaks_a_hand_made_rule_is_refused(pc: Workspace) -> None:
    before = pc.text
    pc.edit("limited to 30 requests/min", "limited to 60 requests/min")
    code, _, err = pc.sync()
    assert code == 2
    assert "after the sync" in err and "rate-limit group 'models'" in err
    assert "nothing was written" in err
    assert pc.text == before


def test_a_malformed_page_names_its_line_and_writes_nothing(cl: Workspace) -> None:
    page = cl.root / "docs" / SEED["compilelabs"]
    text = page.read_text()
    page.write_text(text[: text.index("context_length\ninteger") + len("context_length\n")])
    before = cl.text
    code, _, err = cl.sync()
    assert code == 2
    assert f"docs/{SEED['compilelabs']}:" in err and "cut off" in err
    assert "Traceback" not in err
    assert cl.text == before


def test_an_unreachable_url_is_an_error(cl: Workspace) -> None:
    code, _, err = cl.sync(docs="http://127.0.0.1:9/docs/get-model.txt")
    assert code == 2
    assert "http://127.0.0.1:9/docs/get-model.txt" in err and "cannot fetch" in err


def test_pages_from_a_url_and_the_client_regenerated(cl: Workspace) -> None:
    import functools
    import http.server
    import threading

    served = cl.root / "served"
    served.mkdir()
    page = (PAGES / SEED["compilelabs"]).read_text()
    (served / SEED["compilelabs"]).write_text(
        page.replace("deepseek,\nz-ai", "deepseek,\ncohere,\nz-ai")
    )
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(served))
    with http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler) as httpd:
        thread = threading.Thread(target=httpd.serve_forever, daemon=True)
        thread.start()
        try:
            url = f"http://127.0.0.1:{httpd.server_port}/{SEED['compilelabs']}"
            code, _, err = cl.sync("--generate", "out", docs=url)
        finally:
            httpd.shutdown()
    assert code == 0, err
    assert "cohere" in cl.data["enums"]["Author"]["values"]
    # Paired with the snapshot by the URL's file name.
    assert b"cohere" in (cl.snapshot / SEED["compilelabs"]).read_bytes()
    assert "COHERE" in (cl.root / "out" / "compilelabs" / "models" / "author.py").read_text()


def test_an_interrupted_run_writes_nothing(cl: Workspace, monkeypatch: pytest.MonkeyPatch) -> None:
    from generator.sync import merge

    cl.edit("deepseek,\nz-ai", "deepseek,\ncohere,\nz-ai")
    before = cl.text

    def interrupted(self: Any) -> Any:
        raise KeyboardInterrupt

    with monkeypatch.context() as patch:
        patch.setattr(merge.Merge, "run", interrupted)
        code, _, err = cl.sync()
    assert code == 2 and "interrupted; nothing was written" in err
    assert cl.text == before


def test_a_run_stopped_between_spec_and_snapshot_finishes_on_the_next(
    cl: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    cl.edit("deepseek,\nz-ai", "deepseek,\ncohere,\nz-ai")

    def full_disk(folder: Path, docs: Any) -> None:
        raise OSError(28, "No space left on device")

    with monkeypatch.context() as patch:
        patch.setattr(sources, "write_snapshot", full_disk)
        code, _, err = cl.sync()
    assert code == 2 and "No space left" in err
    assert "cohere" in cl.text  # the spec was written whole
    after = cl.text
    code, _, err = cl.sync()  # the snapshot catches up; the change is not applied twice
    assert code == 0
    assert cl.text == after
    assert b"cohere" in (cl.snapshot / SEED["compilelabs"]).read_bytes()


def test_pages_and_a_document_do_not_mix(cl: Workspace) -> None:
    shutil.copy(OPENAPI / "v1" / "petstore.yaml", cl.root / "docs" / "petstore.yaml")
    code, _, err = cl.sync()
    assert code == 2 and "either one OpenAPI document or pages" in err


# the regenerated client --------------------------------------------------------------------


def test_the_client_changes_only_where_the_api_changed(cl: Workspace) -> None:
    def generated() -> dict[str, bytes]:
        assert cli.main(["generate", "--out", "out"]) == 0
        package = cl.root / "out" / "compilelabs"
        return {str(p.relative_to(package)): p.read_bytes() for p in sorted(package.rglob("*.py"))}

    before = generated()
    cl.edit("deepseek,\nz-ai", "deepseek,\ncohere,\nz-ai")
    assert cl.sync()[0] == 0
    after = generated()
    changed = {name for name in before if before[name] != after.get(name)}
    # The enum's module, and the package's __init__, which alone carries the spec's hash.
    assert changed == {"__init__.py", "models/author.py"}
    assert b"cohere" in after["models/author.py"]


# OpenAPI documents ------------------------------------------------------------------------


@pytest.fixture
def petstore(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: Any) -> Workspace:
    """A spec imported from v1 of a small document, then edited by hand, then synced."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "spec").mkdir()
    (tmp_path / "docs").mkdir()
    shutil.copy(OPENAPI / "v1" / "petstore.yaml", tmp_path / "docs" / "petstore.yaml")
    assert (
        cli.main(
            ["import", "openapi", "docs/petstore.yaml", "--id", "petstore", "--name", "Petstore"]
        )
        == 0
    )
    spec = tmp_path / "spec" / "petstore.yaml"
    text = spec.read_text()
    # Hand-made decisions: a comment, an open enum, a rewritten description, a field
    # from another source.
    text = text.replace(
        "  PetStatus:\n", "  # Statuses come and go.\n  PetStatus:\n    open: true\n"
    )
    text = text.replace("A pet for sale.", "A pet in the store's catalogue.")
    text = text.replace(
        "      name:\n        type: string\n",
        "      name:\n        type: string\n        description: The pet's name.\n",
        1,
    )
    spec.write_text(text)
    ws = Workspace.__new__(Workspace)
    ws.root, ws.provider, ws.capsys, ws.spec_path = tmp_path, "petstore", capsys, spec
    code, _, err = ws.sync(docs="docs/petstore.yaml")
    assert code == 0 and "first sync" in err, err
    return ws


def test_a_document_split_over_files_is_refused_before_anything_is_kept(
    petstore: Workspace,
) -> None:
    document = petstore.root / "docs" / "split" / "petstore.yaml"
    document.parent.mkdir()
    text = (OPENAPI / "v1" / "petstore.yaml").read_text()
    root, _, components = text.partition("components:\n")
    document.write_text(
        root.replace("#/components/schemas/", "parts.yaml#/components/schemas/")
        + "components:\n  securitySchemes:\n    bearer:\n      type: http\n      scheme: bearer\n"
    )
    (document.parent / "parts.yaml").write_text("components:\n" + components)
    before = sorted(p.name for p in petstore.snapshot.iterdir())
    code, _, err = petstore.sync(docs=str(document))
    assert code == 2
    assert "parts.yaml" in err and "bundle the document" in err
    assert sorted(p.name for p in petstore.snapshot.iterdir()) == before


def test_an_openapi_document_in_a_new_version(petstore: Workspace) -> None:
    before = petstore.text
    shutil.copy(OPENAPI / "v2" / "petstore.yaml", petstore.root / "docs" / "petstore.yaml")
    # Seen from the wire, the optional field removed is a warning: clients cope with its
    # absence already (for the generated client, an attribute disappears).
    code, out, err = petstore.sync(
        "--check", "--format", "json", "--perspective", "wire", docs="docs/petstore.yaml"
    )
    assert code == 1, err  # behind
    assert ("response-field-removed", "warning") in {(r, s) for r, s, _ in findings(out)}
    assert json.loads(out)["perspective"] == "wire"
    assert petstore.text == before
    code, out, err = petstore.sync("--format", "json", docs="docs/petstore.yaml")
    assert code == 1, err  # a field removed is breaking
    data = petstore.data
    pet = data["models"]["Pet"]
    assert data["enums"]["PetStatus"]["values"] == ["available", "pending", "adopted", "sold"]
    assert data["enums"]["PetStatus"]["open"] is True
    assert "# Statuses come and go." in petstore.text
    assert pet["description"] == "A pet in the store's catalogue."
    assert pet["fields"]["name"]["description"] == "The pet's name."
    assert "tag" not in pet["fields"]
    assert pet["fields"]["birthday"]["type"] == "optional<string>"
    assert pet["fields"]["age"]["le"] == 30
    params = data["endpoints"]["pets.list_pets"]["params"]
    assert params["limit"]["default"] == 20
    assert params["species"]["type"] == "optional<string>"
    assert data["endpoints"]["pets.delete_pet"]["method"] == "DELETE"
    got = {(r, s) for r, s, _ in findings(out)}
    assert got == {
        ("response-enum-value-added", "info"),
        ("response-field-removed", "breaking"),
        ("response-field-added", "info"),
        ("response-field-constraint-tightened", "info"),
        ("param-default-changed", "warning"),
        ("param-added-optional", "info"),
        ("endpoint-added", "info"),
    }
    lines = petstore.text.splitlines()
    for rule, _, line in findings(out):
        if rule != "response-field-removed":
            assert lines[line - 1].strip(), rule
    # The rewritten spec differs from the hand-edited one only in the docs' changes.
    removed, added = changed_lines(before, petstore.text)
    assert removed == [
        "tag:",
        'type: "optional<string>"',
        "description: A free-form tag.",
        "le: 50",
        "default: 10",
    ]
    assert added[:6] == [
        "- adopted",
        "birthday:",
        "type: optional<string>",
        "description: The day the pet was born, as YYYY-MM-DD.",
        "le: 30",
        "default: 20",
    ]
    assert added[6:10] == [
        "species:",
        "in: query",
        "type: optional<string>",
        "description: Only pets of this species.",
    ]
    assert added[10:] == [
        "pets.delete_pet:",
        "method: DELETE",
        "path: /v1/pets/{pet_id}",
        "summary: Delete a pet",
        "params:",
        "pet_id:",
        "in: path",
        "type: int64",
        "response: none",
        "response_description: Deleted.",
    ]
    assert petstore.sync("--check", docs="docs/petstore.yaml")[0] == 0


@pytest.mark.slow
def test_an_edited_copy_of_mistrals_document(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: Any
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "spec").mkdir()
    (tmp_path / "docs").mkdir()
    document = tmp_path / "docs" / "mistral.yaml"
    shutil.copy(SHARED / "mistral.openapi.yaml", document)
    args = ["--id", "mistral", "--name", "Mistral"]
    assert cli.main(["import", "openapi", str(document), *args]) == 0
    assert cli.main(["sync", "mistral", "--docs", str(document)]) == 0
    before = (tmp_path / "spec" / "mistral.yaml").read_text()
    text = document.read_text()
    anchor = text.index("    ChatCompletionRequest:")
    old = "          default: 1.0\n        max_tokens:\n          anyOf:\n          - type: integer\n            minimum: 0\n"
    at = text.index(old, anchor)
    text = (
        text[:at]
        + "          default: 0.9\n        seed_value:\n          type: integer\n"
        + "          description: A seed for sampling.\n"
        + "        max_tokens:\n          anyOf:\n          - type: integer\n            minimum: 1\n"
        + text[at + len(old) :]
    )
    old = "      title: ToolChoiceEnum\n      enum:\n      - auto\n      - none\n"
    assert text.count(old) == 1
    text = text.replace(old, old + "      - auto_once\n")
    document.write_text(text)
    capsys.readouterr()
    code = cli.main(["sync", "mistral", "--docs", str(document), "--format", "json"])
    out, err = capsys.readouterr()
    assert code == 1, err  # a request bound tightened is breaking
    after = (tmp_path / "spec" / "mistral.yaml").read_text()
    request = yaml.safe_load(after)["models"]["ChatCompletionRequest"]["fields"]
    assert request["top_p"]["default"] == 0.9
    assert request["seed_value"] == {
        "type": "optional<integer>",
        "description": "A seed for sampling.",
    }
    assert request["max_tokens"]["ge"] == 1
    removed, added = changed_lines(before, after)
    assert len(removed) <= 3 and len(added) <= 8, (removed, added)
    assert yaml.safe_load(after)["enums"]["ToolChoiceEnum"]["values"][:3] == [
        "auto",
        "none",
        "auto_once",
    ]
    rules = {f[0] for f in findings(out)}
    assert rules == {
        "field-default-changed",
        "request-field-added-optional",
        "request-field-constraint-tightened",
        "request-enum-value-added",  # sent as tool_choice
        "closed-response-enum-value-added",  # and returned (a closed enum's new value)
    }


# page edits no test spells out --------------------------------------------------------------

# Where each enum the page lists lives in the spec, by the option that closes its list.
ENUM_LISTS = {
    "x-ai,\nstability-ai,\ndeepseek,\nz-ai\n": "Author",
    "inactive,\ndeleted\n": "ModelStatus",
    "private,\npublic\n": "Visibility",
    "reasoning,\nimage_editing\n": "Capability",
    "text_to_speech,\nmoderation\n": "ModelType",
}
# Fields whose description in the spec is the page's, and where the spec declares them.
DESCRIBED = {
    "The model identifier, which can be referenced in the API endpoints.": ("ModelInfo", "id"),
    "A URL-friendly identifier for the model.": ("ModelInfo", "slug"),
    "The display name of the model.": ("ModelInfo", "name"),
    "The Unix timestamp (in seconds) when the model was created.": ("ModelInfo", "created"),
    "The pricing information for different usage metrics.": ("ModelInfo", "pricing"),
}
PAGE_TYPES = {
    "string": "string",
    "integer": "integer",
    "boolean": "boolean",
    "number": "number",
    "string | null": "nullable<string>",
}
words = st.lists(st.from_regex(r"[a-z]{2,9}", fullmatch=True), min_size=1, max_size=8)
new_name = st.from_regex(r"x_[a-z]{3,10}", fullmatch=True)


@st.composite
def page_edits(draw: st.DrawFn) -> list[tuple[str, Any]]:
    edits: list[tuple[str, Any]] = []
    for anchor in draw(st.lists(st.sampled_from(sorted(ENUM_LISTS)), unique=True, max_size=3)):
        edits.append(("enum", (anchor, draw(new_name))))
    for text in draw(st.lists(st.sampled_from(sorted(DESCRIBED)), unique=True, max_size=2)):
        edits.append(("describe", (text, "Now " + " ".join(draw(words)) + ".")))
    if draw(st.booleans()):
        page_type = draw(st.sampled_from(sorted(PAGE_TYPES)))
        edits.append(("field", (draw(new_name), page_type, draw(st.booleans()), draw(words))))
    if draw(st.booleans()):
        edits.append(("range", draw(st.integers(min_value=2, max_value=10**6))))
    if draw(st.booleans()):
        edits.append(("param", (draw(new_name), draw(st.sampled_from(["string", "integer"])))))
    return edits


@settings(
    max_examples=12,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(edits=page_edits())
@example(
    edits=[
        ("enum", ("private,\npublic\n", "x_internal")),
        ("enum", ("text_to_speech,\nmoderation\n", "x_embedding")),
        ("describe", ("The display name of the model.", "Now the name people see.")),
        ("field", ("x_region", "string | null", True, ["region", "it", "runs", "in"])),
        ("range", 64),
        ("param", ("x_author", "string")),
    ]
)
def test_page_edits_no_test_spells_out_land_where_they_belong(
    edits: list[tuple[str, Any]], tmp_path_factory: pytest.TempPathFactory, capsys: Any
) -> None:
    import os

    root = tmp_path_factory.mktemp("sync")
    here = os.getcwd()
    os.chdir(root)
    try:
        ws = Workspace(root, "compilelabs", capsys)
        seed = (PAGES / SEED["compilelabs"]).read_text()
        ws.add_page(SEED["compilelabs"], seed)
        assert ws.sync()[0] == 0
        for kind, edit in edits:
            if kind == "enum":
                anchor, value = edit
                ws.edit(anchor, anchor.rstrip("\n") + f",\n{value}\n")
            elif kind == "describe":
                ws.edit(edit[0], edit[1])
            elif kind == "field":
                name, page_type, required, text = edit
                marker = "required\n" if required else ""
                ws.edit(
                    "model_type\nstring\ndefault",
                    f"{name}\n{page_type}\n{marker}\nThe {' '.join(text)}.\n\n"
                    "model_type\nstring\ndefault",
                )
            elif kind == "range":
                ws.edit("Required range: x >= 1", f"Required range: x >= {edit}")
            else:
                name, page_type = edit
                ws.edit(
                    '"image_generation"\n\nResponse',
                    f'"image_generation"\n\n{name}\n{page_type}\n\nA filter.\n\nResponse',
                )
        code, _, err = ws.sync()
        assert code in (0, 1), err
        data = ws.data
        for kind, edit in edits:
            if kind == "enum":
                anchor, value = edit
                values = data["enums"][ENUM_LISTS[anchor]]["values"]
                last = anchor.rstrip("\n").rsplit(",\n", 1)[-1]
                assert values[values.index(last) + 1] == value
            elif kind == "describe":
                model, field = DESCRIBED[edit[0]]
                got = data["models"][model]["fields"][field]["description"]
                assert " ".join(got.split()) == edit[1]
            elif kind == "field":
                name, page_type, required, _ = edit
                typed = PAGE_TYPES[page_type]
                want = typed if required else f"optional<{typed}>"
                assert data["models"]["ModelInfo"]["fields"][name]["type"] == want
            elif kind == "range":
                assert (
                    data["models"]["TextGenerationModel"]["fields"]["context_length"]["ge"] == edit
                )
            else:
                name, page_type = edit
                param = data["endpoints"]["models.retrieve"]["params"][name]
                assert param["type"] == f"optional<{page_type}>"
        assert_hand_made_kept(ws)
        code, _, err = ws.sync()  # a second sync has nothing left to do
        assert code == 0 and "up to date" in err
    finally:
        os.chdir(here)


# the stage's own parts --------------------------------------------------------------------

paragraphs = st.lists(
    st.lists(
        st.from_regex(r"[A-Za-z0-9`'\",.:;()-]{1,30}", fullmatch=True), min_size=1, max_size=40
    ).map(" ".join),
    min_size=1,
    max_size=3,
).map("\n\n".join)


@settings(max_examples=60, deadline=None)
@given(text=st.one_of(paragraphs, st.text(max_size=120)), folded_before=st.booleans())
def test_a_new_text_value_reads_back_as_written(text: str, folded_before: bool) -> None:
    from generator.sync.merge import _styled, read_tree, write_tree

    original = (
        "a:\n  description: >-\n    old text\n" if folded_before else "a:\n  description: old\n"
    )
    tree = read_tree(original)
    tree["a"]["description"] = _styled(text, tree["a"]["description"])
    assert yaml.safe_load(write_tree(tree, original))["a"]["description"] == text


@settings(max_examples=30, deadline=None)
@given(text=paragraphs)
def test_long_prose_is_folded_to_be_read(text: str) -> None:
    from generator.sync.merge import WIDTH, _styled, read_tree, write_tree

    original = "a:\n  description: old\n"
    tree = read_tree(original)
    tree["a"]["description"] = _styled(text, tree["a"]["description"])
    written = write_tree(tree, original)
    assert yaml.safe_load(written)["a"]["description"] == text
    if len(text) > WIDTH or "\n" in text:
        assert "description: >-" in written
        for line in written.splitlines()[2:]:
            assert len(line.strip()) <= WIDTH or " " not in line.strip()[: WIDTH + 1]


def test_a_rewrite_keeps_the_authors_layout_where_nothing_changed() -> None:
    from generator.sync.merge import patched, read_tree, write_tree

    key = "k" * 140  # the YAML library writes a key this long as `? key`
    original = (
        "# top\nlong:\n  " + key + ":\n    x: 1\nnested:\n  -\n    - a\nenum:\n"
        "  values: [a, b]  # kept\n"
    )
    tree = read_tree(original)
    pristine = read_tree(original)
    assert write_tree(pristine, original) != original
    tree["enum"]["values"].append("c")
    out = patched(original, pristine, write_tree(tree, original))
    # Only the changed line is the library's (it puts one space before the comment).
    assert out == original.replace("[a, b]  # kept", "[a, b, c] # kept")


def test_the_docs_sync_workflow_runs_commands_that_exist() -> None:
    import shlex

    workflow = yaml.safe_load((ROOT / "examples" / "docs-sync-workflow.yml").read_text())
    commands = [
        line.strip()
        for step in workflow["jobs"]["sync"]["steps"]
        for line in step.get("run", "").splitlines()
        if line.strip().startswith("python -m generator")
    ]
    verbs = [shlex.split(c)[3] for c in commands]
    assert verbs == ["sync", "sync", "generate", "check"]
    for command in commands:
        argv = shlex.split(command.split(">")[0])[3:]
        argv = [a.replace("$provider", "compilelabs").replace("$folder", "docs/") for a in argv]
        cli._parser().parse_args(argv)  # raises on an option that does not exist


@pytest.mark.parametrize(
    ("order", "container", "want"),
    [
        (["a", "new", "b"], ["a", "x", "b"], 1),  # after its predecessor
        (["new", "a", "b"], ["x", "a", "b"], 1),  # before its successor
        (["new"], ["x", "y"], 2),  # neither: last
        (["b", "new", "a"], ["a", "b"], 2),  # the spec's own order wins over the docs'
    ],
)
def test_a_new_member_takes_its_place_among_the_specs(
    order: list[str], container: list[str], want: int
) -> None:
    from generator.sync.merge import _position

    assert _position(order, "new", dict.fromkeys(container)) == want
