"""Small valid specs for unit tests, built as text so positions are realistic."""

from __future__ import annotations

from pathlib import Path

from generator.ir.resolve import API, resolve
from generator.spec.load import LoadedSpec, load_bytes

ACME = """\
spec_version: 1
provider:
  id: acme
  name: Acme
  base_url: https://api.acme.test
  auth: {scheme: header, header: x-api-key, env: ACME_API_KEY}
enums:
  Size:
    values: [big, small, tiny]
  Owner:
    values: [acme, other]
    open: true
models:
  Thing:
    description: A thing.
    fields:
      id: {type: string, example: t-1}
      owner: {type: Owner}
      json: {type: optional<string>, description: Clashes with BaseModel.json.}
      count: {type: optional<integer>, ge: 0, le: 10, default: 3}
      note: {type: nullable<string>}
  Big:
    extends: Thing
    fields:
      kind: {type: literal<"big">, default: big}
  Small:
    extends: Thing
    fields:
      kind: {type: literal<"small">}
unions:
  AnyThing:
    variants: [Big, Small]
    discriminator: kind
    fallback: Thing
    selected_by: {param: size, cases: {big: Big, small: Small}}
endpoints:
  things.retrieve:
    method: GET
    path: /v1/things/{thing_id}
    rate_limit: {requests: 5, per: 1m}
    params:
      thing_id: {in: path, type: string, allow_slash: true}
      size: {in: query, type: optional<Size>, default: big}
      trace: {in: header, type: optional<string>}
    response: AnyThing
"""


def loaded(text: str = ACME, name: str = "spec/acme.yaml") -> LoadedSpec:
    return load_bytes(text.encode(), name)


def api(text: str = ACME) -> API:
    return resolve(loaded(text))


def write_spec(folder: Path, text: str = ACME, name: str = "acme.yaml") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text)
    return path


def write_other_provider(folder: Path, provider_id: str) -> Path:
    """A second provider's spec in `folder`: ACME under another id and client name."""
    text = ACME.replace("id: acme", f"id: {provider_id}")
    text = text.replace("name: Acme", f"name: {provider_id.capitalize()}")
    return write_spec(folder, text, f"{provider_id}.yaml")


def generate_text(
    text: str, root: Path, cache: Path | None, monkeypatch: object, *, name: str = "acme.yaml"
) -> Path:
    """Generate `text` as `root/spec/<name>` into `root/out`, with `cache` (None: off)."""
    from _pytest.monkeypatch import MonkeyPatch

    from generator import pipeline

    assert isinstance(monkeypatch, MonkeyPatch)
    spec_dir, out = root / "spec", root / "out"
    spec_dir.mkdir(parents=True, exist_ok=True)
    (spec_dir / name).write_text(text)
    if cache is None:
        monkeypatch.setenv("CLIENTGEN_CACHE", "off")
    else:
        monkeypatch.delenv("CLIENTGEN_CACHE", raising=False)
        monkeypatch.setenv("CLIENTGEN_CACHE_DIR", str(cache))
    pipeline.generate(spec_dir, out, None, None)
    return out
