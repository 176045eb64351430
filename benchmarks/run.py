"""Benchmarks: `make bench` (or `python benchmarks/run.py [--quick]`).

Each figure is the median wall time of several fresh processes, printed next
to its target and to the named peer measured in the same run:

- codegen: `generate` (both specs), `check` on unchanged inputs, importing a
  generated package; peer: `datamodel-codegen` on an equivalent one-endpoint
  OpenAPI document.
- at scale: `generate` cold, `check` unchanged, `check` and `generate` after a
  one-field edit, and a user's first calls (import, client, one response of
  each of 10 models), with peak RSS, on synthetic specs of 10 to 1,500 models;
  peer: `datamodel-codegen` on OpenAI's OpenAPI document.
- OpenAPI bridge: OpenAI's document to a generated client in one process
  (`import openapi ... --generate`); peers: `datamodel-codegen` (models only)
  and openapi-python-client (a whole client, installed in `.bench/` for the
  benchmark only).
- client overhead: requests/second of `Perceptron().models.retrieve("perc-x1")`
  against a local server that answers the seed example at once; peer: the
  `openai` SDK's `client.models.retrieve("perc-x1")` against the same server.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import math
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
PY = sys.executable
SEED = json.dumps(
    {"created": 123, "id": "perc-x1", "object": "model", "owned_by": "perceptron"}
).encode()
# A user's environment: bytecode is written once and reused (this machine may turn it off).
USER_ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def wall(argv: list[str], runs: int, cwd: Path = ROOT) -> float:
    """Median wall time of `runs` fresh processes."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(argv, cwd=cwd, check=True, capture_output=True, env=USER_ENV)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def row(name: str, seconds: float, target: float | None, peer: float | None = None) -> None:
    verdict = "" if target is None else ("ok" if seconds <= target else "OVER TARGET")
    target_text = "" if target is None else f"target < {target:.2f} s"
    peer_text = "" if peer is None else f"{seconds / peer:5.2f}x datamodel-codegen"
    print(f"  {name:50} {seconds:7.3f} s   {target_text:16} {verdict:11} {peer_text}")


def openapi_equivalent() -> dict[str, Any]:
    """The Perceptron spec's models as a one-endpoint OpenAPI document."""
    sys.path.insert(0, str(ROOT))
    from generator.ir.jsonschema import json_schema
    from generator.ir.resolve import resolve
    from generator.spec.load import load_file

    api = resolve(load_file(ROOT / "spec" / "perceptron.yaml"))
    schemas = {
        name: json.loads(json.dumps(schema).replace("#/$defs/", "#/components/schemas/"))
        for name, schema in json_schema(api)["$defs"].items()
    }
    return {
        "openapi": "3.1.0",
        "info": {"title": "Perceptron", "version": "1"},
        "paths": {
            "/v1/models/{model_id}": {
                "get": {
                    "operationId": "retrieveModel",
                    "parameters": [
                        {
                            "name": "model_id",
                            "in": "path",
                            "required": True,
                            "schema": {"type": "string"},
                        },
                        {
                            "name": "extended",
                            "in": "query",
                            "schema": {"type": "boolean", "default": False},
                        },
                    ],
                    "responses": {
                        "200": {
                            "description": "The model",
                            "content": {
                                "application/json": {
                                    "schema": {
                                        "oneOf": [
                                            {"$ref": "#/components/schemas/Model"},
                                            {"$ref": "#/components/schemas/ModelExtended"},
                                        ]
                                    }
                                }
                            },
                        }
                    },
                }
            }
        },
        "components": {"schemas": schemas},
    }


# Load every built-in template, as a `generate` run does, with or without the compiled cache.
TEMPLATE_SETUP = """
from generator.render import package
from generator.render.resources import template_root
env = package.environment()
if not {cache}:
    env.bytecode_cache = None
for path in sorted(template_root().glob("*/*.jinja")):
    env.get_template(path.name)
"""


def codegen(runs: int) -> None:
    print("codegen (median of fresh processes)")
    work = Path(tempfile.mkdtemp(prefix="bench-"))
    try:
        out = work / "generated"
        generate = wall([PY, "-m", "generator", "generate", "--out", str(out)], runs)
        check = wall([PY, "-m", "generator", "check"], runs)
        baseline = wall([PY, "-c", "pass"], runs)
        imported = wall([PY, "-c", "import generated.perceptron"], runs)
        with_client = wall([PY, "-c", "from generated.perceptron import Perceptron"], runs)
        with_model = wall([PY, "-c", "from generated.perceptron import ChatCompletion"], runs)
        floor = wall([PY, "-c", "import httpx, pydantic"], runs)
        old_specs, new_specs = work / "old", work / "new"
        shutil.copytree(ROOT / "spec", old_specs)
        shutil.copytree(ROOT / "spec", new_specs)
        changed = (
            (new_specs / "perceptron.yaml").read_text().replace("requests: 30", "requests: 20")
        )
        (new_specs / "perceptron.yaml").write_text(changed)
        diffed = wall(
            [PY, "-m", "generator", "diff", str(old_specs), str(new_specs), "--fail-on", "never"],
            runs,
        )
        doc = work / "perceptron.openapi.json"
        doc.write_text(json.dumps(openapi_equivalent()))
        dcg = shutil.which("datamodel-codegen", path=str(Path(PY).parent))
        peer = wall(
            [
                dcg or "datamodel-codegen",
                "--input",
                str(doc),
                "--input-file-type",
                "openapi",
                "--output",
                str(work / "dcg_models.py"),
                "--output-model-type",
                "pydantic_v2.BaseModel",
                "--formatters",
                "ruff-format",
                "ruff-check",
            ],
            runs,
        )
        peer_import = wall([PY, "-c", "import dcg_models"], runs, cwd=work)
        templates = [PY, "-c", TEMPLATE_SETUP.format(cache=True)]
        cached = wall(templates, runs)
        uncached = wall([PY, "-c", TEMPLATE_SETUP.format(cache=False)], runs)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    row("generate, both specs (models + clients)", generate, 1.0, peer)
    row("check, unchanged inputs", check, 0.1, peer)
    row("diff, two versions of both specs", diffed, 0.5)
    row("import generated.perceptron (names load on use)", imported, 0.25)
    row("  (of which the interpreter itself)", baseline, None)
    row("from generated.perceptron import ChatCompletion", with_model, None)
    row("from generated.perceptron import Perceptron", with_client, None)
    row("  (of which import httpx, pydantic alone)", floor, None)
    row("template set-up, per-user bytecode cache", cached, None)
    row("template set-up, no cache", uncached, None)
    print("  reference, same run:")
    row("datamodel-codegen, one-endpoint OpenAPI", peer, None)
    row("import its models (pydantic only)", peer_import, None)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True  # answer at once, not after a delayed ACK

    def do_GET(self) -> None:
        self.send_response(200)
        self.send_header("content-type", "application/json")
        self.send_header("content-length", str(len(SEED)))
        self.end_headers()
        self.wfile.write(SEED)

    def log_message(self, *args: object) -> None:
        pass


def _rate(call: Callable[[], Any], seconds: float) -> float:
    for _ in range(50):  # warm up: connections, adapters, caches
        call()
    count, start = 0, time.perf_counter()
    while (elapsed := time.perf_counter() - start) < seconds:
        call()
        count += 1
    return count / elapsed


async def _arate(call: Callable[[], Any], seconds: float) -> float:
    for _ in range(50):
        await call()
    count, start = 0, time.perf_counter()
    while (elapsed := time.perf_counter() - start) < seconds:
        await call()
        count += 1
    return count / elapsed


def overhead(seconds: float) -> None:
    sys.path.insert(0, str(ROOT))
    import openai

    from generated.perceptron import AsyncPerceptron, Perceptron

    server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_port}"
    print(f"client overhead: models.retrieve('perc-x1') against a local server, {seconds:g} s each")
    try:
        ours = Perceptron(api_key="k", base_url=url, rate_limit=False)
        theirs = openai.OpenAI(api_key="k", base_url=f"{url}/v1")
        sync_ours = _rate(lambda: ours.models.retrieve("perc-x1"), seconds)
        sync_theirs = _rate(lambda: theirs.models.retrieve("perc-x1"), seconds)

        async def run_async() -> tuple[float, float]:
            a_ours = AsyncPerceptron(api_key="k", base_url=url, rate_limit=False)
            a_theirs = openai.AsyncOpenAI(api_key="k", base_url=f"{url}/v1")
            r1 = await _arate(lambda: a_ours.models.retrieve("perc-x1"), seconds)
            r2 = await _arate(lambda: a_theirs.models.retrieve("perc-x1"), seconds)
            await a_ours.close()
            await a_theirs.close()
            return r1, r2

        async_ours, async_theirs = asyncio.run(run_async())
        ours.close()
        theirs.close()
    finally:
        server.shutdown()
    for mode, mine, peer in (("sync", sync_ours, sync_theirs), ("async", async_ours, async_theirs)):
        verdict = "ok" if mine >= peer else "SLOWER THAN PEER"
        print(
            f"  {mode:5} generated {mine:8.0f} req/s   openai-python {peer:8.0f} req/s   "
            f"ratio {mine / peer:5.2f}x  {verdict}"
        )


# Parse one response of each of 10 models, as a user's first calls would.
FIRST_CALLS = """
import json, sys, time
started = time.perf_counter()
import synth
client = synth.Synth(api_key="k")
for name, payload in json.loads(sys.argv[1]).items():
    getattr(synth, name).model_validate(payload)
print(time.perf_counter() - started)
"""


def _timed(
    argv: list[str], cwd: Path, ok: tuple[int, ...] = (0,), env: dict[str, str] | None = None
) -> tuple[float, float]:
    """Wall seconds and peak RSS (MiB) of one fresh process."""
    with tempfile.TemporaryFile() as errors:  # a file: warnings can outgrow a pipe's buffer
        start = time.perf_counter()
        proc = subprocess.Popen(argv, cwd=cwd, stdout=subprocess.DEVNULL, stderr=errors, env=env)
        _, status, usage = os.wait4(proc.pid, 0)
        seconds = time.perf_counter() - start
        code = os.waitstatus_to_exitcode(status)
        if code not in ok:
            errors.seek(0)
            raise RuntimeError(f"{' '.join(argv)} exited {code}: {errors.read().decode()[-2000:]}")
    return seconds, usage.ru_maxrss / 1024


OPENAI = ROOT.parent / "shared" / "specs" / "openai.openapi.yaml"
OAPC_VERSION = "0.29.1"


def _dcg_openai(work: Path) -> tuple[float, float]:
    """datamodel-codegen's models for OpenAI's document (pydantic v2, ruff formatters)."""
    dcg = shutil.which("datamodel-codegen", path=str(Path(PY).parent)) or "datamodel-codegen"
    argv = [dcg, "--input", str(OPENAI), "--input-file-type", "openapi"]
    argv += ["--output", str(work / "dcg_openai.py")]
    argv += ["--output-model-type", "pydantic_v2.BaseModel"]
    argv += ["--formatters", "ruff-format", "ruff-check"]
    return _timed(argv, ROOT, env=USER_ENV)


def _oapc() -> Path:
    """openapi-python-client, installed for the benchmark only, in its own venv
    (`.bench/`): its dependencies are not the project's."""
    venv = ROOT / ".bench" / f"oapc-{OAPC_VERSION}"
    tool = venv / "bin" / "openapi-python-client"
    if not tool.exists():
        print(f"  installing openapi-python-client {OAPC_VERSION} into {venv} ...")
        subprocess.run([PY, "-m", "venv", str(venv)], check=True)
        subprocess.run(
            [str(venv / "bin" / "pip"), "install", "-q", f"openapi-python-client=={OAPC_VERSION}"],
            check=True,
        )
    return tool


def openapi_bridge(runs: int) -> None:
    """OpenAI's OpenAPI document to a generated client, in one process:
    `import openapi ... --generate` (import, spec, client, formatted and written).

    Peers in the same run: datamodel-codegen (models only) and openapi-python-client
    (a whole client). Each figure is the median of `runs` fresh processes, each of
    ours with an empty cache and output folder.
    """
    if not OPENAI.is_file():
        print(f"\nOpenAPI bridge: skipped, {OPENAI} is absent")
        return
    tool = _oapc()
    print(f"\nOpenAPI bridge, OpenAI's document (median of {runs}):")
    work = Path(tempfile.mkdtemp(prefix="clientgen-bridge-"))
    try:
        ours, dcg, oapc = [], [], []
        for i in range(runs):
            run = work / f"run{i}"
            run.mkdir()
            env = {**USER_ENV, "CLIENTGEN_CACHE_DIR": str(run / "cache")}
            argv = [PY, "-m", "generator", "import", "openapi", str(OPENAI)]
            argv += [
                "--id",
                "openai",
                "--name",
                "OpenAI",
                "--out",
                str(run / "spec" / "openai.yaml"),
            ]
            argv += ["--generate", str(run / "generated")]
            ours.append(_timed(argv, ROOT, env=env))
            dcg.append(_dcg_openai(run))
            peer_env = {**USER_ENV, "PATH": f"{tool.parent}{os.pathsep}{USER_ENV.get('PATH', '')}"}
            argv = [str(tool), "generate", "--path", str(OPENAI)]
            argv += ["--output-path", str(run / "oapc"), "--overwrite"]
            oapc.append(_timed(argv, run, env=peer_env))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    figures = {
        "import + generate (ours)": ours,
        "datamodel-codegen, models only": dcg,
        f"openapi-python-client {OAPC_VERSION}, whole client": oapc,
    }
    medians = {name: statistics.median(t for t, _ in runs_) for name, runs_ in figures.items()}
    peaks = {name: max(m for _, m in runs_) for name, runs_ in figures.items()}
    for name in figures:
        print(f"  {name:<48} {medians[name]:6.2f} s  {peaks[name]:5.0f} MiB")
    mine = medians["import + generate (ours)"]
    for name, target in (
        ("datamodel-codegen, models only", 0.5),
        (f"openapi-python-client {OAPC_VERSION}, whole client", 0.4),
    ):
        ratio = mine / medians[name]
        verdict = "ok" if ratio <= target else "OVER TARGET"
        print(f"  vs {name}: {ratio:.2f}x (target <= {target:.2f}x)  {verdict}")
        rss = peaks["import + generate (ours)"]
        verdict = "ok" if rss <= peaks[name] else "OVER TARGET"
        print(f"  peak RSS vs {name}: {rss:.0f} / {peaks[name]:.0f} MiB  {verdict}")


def scale(sizes: list[int], runs: int) -> None:
    """generate, check and first calls on synthetic specs of growing size.

    Every figure is the median of `runs` fresh processes: `generate` cold with an
    empty cache and output folder each time, the edit runs each after a different
    one-field edit, on the cache of the cold run just before. Processes run as a
    user's do, with bytecode written once. datamodel-codegen, the reference, runs
    after each round of the largest size.
    """
    sys.path.insert(0, str(ROOT))
    from benchmarks.synth import example_payload, synthesize
    from generator.ir.resolve import resolve
    from generator.spec.load import load_bytes

    print("at scale: synthetic specs (benchmarks/synth.py), one fresh process each")
    print(
        f"  {'models':>6} {'generate':>9} {'peak RSS':>9} {'check':>7} {'check, edit':>12} "
        f"{'generate, edit':>15} {'first calls':>12}"
    )
    work = Path(tempfile.mkdtemp(prefix="bench-scale-"))
    results: dict[int, dict[str, float]] = {}
    largest = max(sizes)
    peers: list[tuple[float, float]] = []  # datamodel-codegen's (seconds, MiB)
    try:
        for n in sizes:
            spec_dir, out = work / f"spec{n}", work / f"out{n}"
            spec_dir.mkdir()
            text = synthesize(n)
            (spec_dir / "synth.yaml").write_text(text)
            gen = [
                PY,
                "-m",
                "generator",
                "generate",
                "--spec-dir",
                str(spec_dir),
                "--out",
                str(out),
            ]
            check = [PY, "-m", "generator", "check", "--spec-dir", str(spec_dir), "--out", str(out)]
            colds, rsss, unchangeds, stales, regens = [], [], [], [], []
            edited = text
            for run in range(runs):
                # A cold run (empty cache, empty output folder), then, on its cache, `check`
                # with nothing changed, and `check` and `generate` after a new one-field edit:
                # measured side by side, so that the machine's slow spells touch both the
                # cold time and the edit time a ratio is made of. At the largest size the
                # reference runs after each round.
                cached = {**USER_ENV, "CLIENTGEN_CACHE_DIR": str(work / f"cache{n}-{run}")}
                shutil.rmtree(out, ignore_errors=True)
                (spec_dir / "synth.yaml").write_text(edited)
                seconds, rss = _timed(gen, ROOT, env=cached)
                colds.append(seconds)
                rsss.append(rss)
                unchangeds.append(_timed(check, ROOT, env=cached)[0])
                model = 1 + run * max(1, n // runs)
                before = edited
                edited = edited.replace(
                    f"Field 3 of model {model}.", f"Field 3 of model {model}, edited.", 1
                )
                assert edited != before, f"model {model} has no field 3 to edit"
                (spec_dir / "synth.yaml").write_text(edited)
                stales.append(_timed(check, ROOT, ok=(1,), env=cached)[0])
                regens.append(_timed(gen, ROOT, env=cached)[0])
                if n == largest:
                    peers.append(_dcg_openai(work))
            unchanged = statistics.median(unchangeds)
            cold, rss = statistics.median(colds), max(rsss)
            stale, regen = statistics.median(stales), statistics.median(regens)
            api = resolve(load_bytes(edited.encode(), "synth.yaml"))
            picks = api.models[:: max(1, len(api.models) // 10)][:10]
            payloads = json.dumps({m.name: example_payload(api, m) for m in picks})
            # As a user runs it: with the package's bytecode compiled once (.pyc in place).
            env = USER_ENV
            subprocess.run([PY, "-m", "compileall", "-q", str(out)], check=True, env=env)
            first = subprocess.run(
                [PY, "-c", FIRST_CALLS, payloads],
                cwd=out,
                env=env,
                check=True,
                capture_output=True,
                text=True,
            )
            calls = float(first.stdout.strip())
            results[n] = {"generate": cold, "rss": rss, "edit": regen}
            print(
                f"  {n:>6} {cold:>8.2f}s {rss:>7.0f}Mi {unchanged:>6.3f}s {stale:>11.2f}s "
                f"{regen:>14.2f}s {calls:>11.3f}s"
            )
        peer = statistics.median(p[0] for p in peers)
        peer_rss = max(p[1] for p in peers)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print("  reference, same run:")
    print(f"  datamodel-codegen, OpenAI's document (models only)  {peer:.2f} s, {peer_rss:.0f} MiB")
    big = results[largest]
    ratio = big["generate"] / peer
    print(
        f"  generate at {largest}: {ratio:.2f}x datamodel-codegen (target <= 0.50x)  "
        f"{'ok' if ratio <= 0.5 else 'OVER TARGET'}"
    )
    print(
        f"  peak RSS at {largest}: {big['rss']:.0f} MiB (target <= 200)  "
        f"{'ok' if big['rss'] <= 200 else 'OVER TARGET'}"
    )
    edit = big["edit"] / big["generate"]
    print(
        f"  generate after a one-field edit: {edit:.2f}x cold (target <= 0.25x)  "
        f"{'ok' if edit <= 0.25 else 'OVER TARGET'}"
    )
    if 500 in results and largest == 1500:
        exponent = math.log(big["generate"] / results[500]["generate"]) / math.log(3)
        print(
            f"  growth from 500 to 1500 models: n^{exponent:.2f} (target <= 1.10)  "
            f"{'ok' if exponent <= 1.1 else 'OVER TARGET'}"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer runs, for a smoke test")
    args = parser.parse_args()
    codegen(runs=3 if args.quick else 7)
    scale([10, 100] if args.quick else [10, 100, 500, 1500], runs=1 if args.quick else 3)
    openapi_bridge(runs=1 if args.quick else 3)
    overhead(seconds=0.5 if args.quick else 3.0)


if __name__ == "__main__":
    main()
