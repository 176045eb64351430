"""The command line: `python -m generator <verb>` or `clientgen <verb>`.

Exit codes: 0 success, 1 `check` found stale files, 2 a spec or usage error.
Errors are printed as `file:line:col path: message`, never as a traceback.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import os
import signal
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

from . import __version__
from .errors import SpecError, UsageError

if TYPE_CHECKING:
    from .diff.compare import Finding

EXIT_OK, EXIT_STALE, EXIT_ERROR = 0, 1, 2
# The same as diff_report.FORMATS, written out so that starting the CLI stays light.
DIFF_FORMATS = ("text", "markdown", "json", "github")


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        raise UsageError(f"{message}\n{self.format_usage().strip()}")


def _parser(verb: str | None = None) -> argparse.ArgumentParser:
    """The command line. With `verb`, only that command's parser is built: a run needs
    no other, and building every command's options is a tenth of what `check` costs."""
    parser = _Parser(
        prog="clientgen",
        description="Generate typed Python clients for AI-provider HTTP APIs from spec/*.yaml, "
        "keep them fresh, and report breaking spec changes.",
    )
    parser.add_argument("--version", action="version", version=f"clientgen {__version__}")
    verbs = parser.add_subparsers(dest="verb", required=True, parser_class=_Parser)
    for name, add in _VERBS.items():
        if verb is None or verb == name:
            add(verbs)
    return parser


def _parse(argv: list[str] | None) -> argparse.Namespace:
    verb = _verb(argv)
    try:
        return _parser(verb).parse_args(argv)
    except UsageError:
        if verb is None:
            raise
        return _parser().parse_args(argv)  # raises again, with the whole command line's usage


def _verb(argv: list[str] | None) -> str | None:
    """The command `argv` names, if its first word is one (else all are built)."""
    args = sys.argv[1:] if argv is None else argv
    return args[0] if args and args[0] in _VERBS else None


def _common(sub: argparse.ArgumentParser, out: bool = True) -> None:
    sub.add_argument("--spec-dir", type=Path, default=Path("spec"), help="default: spec")
    if out:
        sub.add_argument("--out", type=Path, default=Path("generated"), help="default: generated")
        sub.add_argument("--templates", type=Path, help="a folder of template overrides")


def _add_generate(verbs: Any) -> None:
    gen = verbs.add_parser("generate", help="spec -> generated/")
    gen.add_argument("providers", nargs="*", help="spec names (default: all)")
    _common(gen)


def _add_check(verbs: Any) -> None:
    _common(verbs.add_parser("check", help="is generated/ what generate would write?"))


def _add_validate(verbs: Any) -> None:
    val = verbs.add_parser("validate", help="load and resolve specs only")
    val.add_argument("providers", nargs="*")
    _common(val, out=False)


def _add_schema(verbs: Any) -> None:
    sch = verbs.add_parser("schema", help="write the JSON Schema of the spec format")
    sch.add_argument("--output", type=Path, default=Path("spec/schema.json"))


def _add_diff(verbs: Any) -> None:
    dif = verbs.add_parser(
        "diff",
        help="breaking-change report between two versions of specs",
        description="diff OLD NEW (two files, or two folders paired by provider id), "
        "or diff --against REF [PROVIDER...] (spec/ now against spec/ at a git ref)",
    )
    dif.add_argument("paths", nargs="*", help="OLD NEW, or provider names with --against")
    dif.add_argument("--against", metavar="REF", help="a git ref: main, HEAD~1, a SHA")
    dif.add_argument(
        "--spec-dir", type=Path, default=Path("spec"), help="with --against; default: spec"
    )
    _reporting(dif)


def _add_sync(verbs: Any) -> None:
    syn = verbs.add_parser(
        "sync",
        help="apply what changed in a provider's docs since the last sync onto its spec",
        description="Import the docs as they are now, merge what changed since the last "
        "sync (the snapshot in SPEC_DIR/docs/<id>/) onto spec/<id>.yaml, keeping every "
        "hand-made decision, and report the spec changes as `diff` does. The first sync "
        "only records the docs. Exit codes: as `diff` (0, or 1 at --fail-on); with "
        "--check, 0 up to date and 1 behind; 2 on a conflict or an error, writing nothing.",
    )
    syn.add_argument("provider", help="a spec name in --spec-dir")
    syn.add_argument(
        "--docs",
        nargs="+",
        required=True,
        metavar="SOURCE",
        help="pages (files, folders or URLs), or one OpenAPI document (file or URL)",
    )
    syn.add_argument("--spec-dir", type=Path, default=Path("spec"), help="default: spec")
    syn.add_argument(
        "--check", action="store_true", help="write nothing; exit 1 when the spec is behind"
    )
    _generate_option(syn, "when the spec changed")
    _reporting(syn)


def _reporting(sub: argparse.ArgumentParser) -> None:
    """The options of a command that reports findings as `diff` does."""
    sub.add_argument("--format", choices=DIFF_FORMATS, default="text")
    sub.add_argument(
        "--fail-on",
        choices=("breaking", "warning", "info", "never"),
        default="breaking",
        help="exit 1 when a finding at or above this severity exists (default: breaking)",
    )
    sub.add_argument(
        "--perspective",
        choices=("sdk", "wire"),
        default="sdk",
        help="whom a change breaks: code written against the generated client (sdk, the "
        "default), or any existing client of the API, as oasdiff judges (wire); see "
        "docs/diff-rules.md",
    )


def _add_import(verbs: Any) -> None:
    imp = verbs.add_parser("import", help="a provider's published description -> spec")
    kinds = imp.add_subparsers(dest="kind", required=True, parser_class=_Parser)
    openapi = kinds.add_parser("openapi", help="an OpenAPI 3.0/3.1 document (file or URL)")
    openapi.add_argument("source", help="a file path, or an http(s) URL")
    pages = kinds.add_parser("docs", help="API-reference pages, as their text reads")
    pages.add_argument("pages", nargs="+", metavar="PAGE", help="a page's text, one endpoint each")
    for kind in (openapi, pages):
        kind.add_argument("--id", required=True, help="the provider id (the package name)")
        kind.add_argument("--name", required=True, help="the client class name")
        kind.add_argument("--out", type=Path, help="default: spec/<id>.yaml")
        kind.add_argument(
            "--strict", action="store_true", help="fail, writing nothing, on any warning"
        )
        _generate_option(kind, "as `generate` would")


def _add_export(verbs: Any) -> None:
    exp = verbs.add_parser("export", help="a spec -> a document other tools read")
    targets = exp.add_subparsers(dest="kind", required=True, parser_class=_Parser)
    to_openapi = targets.add_parser("openapi", help="an OpenAPI 3.1 document")
    to_openapi.add_argument("provider", help="a spec name in --spec-dir, or a spec file")
    to_openapi.add_argument("--spec-dir", type=Path, default=Path("spec"), help="default: spec")
    to_openapi.add_argument("--out", type=Path, help="default: standard output")


def _add_rules(verbs: Any) -> None:
    rules = verbs.add_parser("rules", help="write the diff rules reference")
    rules.add_argument("--output", type=Path, default=Path("docs/diff-rules.md"))


# Every command, in the order `clientgen --help` lists them.
_VERBS: dict[str, Callable[[Any], None]] = {
    "generate": _add_generate,
    "check": _add_check,
    "validate": _add_validate,
    "schema": _add_schema,
    "diff": _add_diff,
    "sync": _add_sync,
    "import": _add_import,
    "export": _add_export,
    "rules": _add_rules,
}


def _generate_option(sub: argparse.ArgumentParser, when: str) -> None:
    sub.add_argument(
        "--generate",
        type=Path,
        nargs="?",
        const=Path("generated"),
        metavar="OUT",
        help=f"also generate the client into OUT (default: generated), {when}",
    )


class _Terminated(KeyboardInterrupt):
    """SIGTERM, raised like Ctrl-C so that every clean-up on the way out runs."""


def _terminate(signum: int, frame: object) -> None:
    raise _Terminated


def run() -> NoReturn:
    """The command line's entry point: `main`, then an exit at once.

    A large run leaves a large heap behind (the IR, cache entries, rendered files).
    Freeing it object by object at interpreter exit costs a tenth of a second at
    1,500 models, and nothing is left to do by then: every file is closed and every
    lock released, so only the output streams are flushed.
    """
    code = main()  # `--help` and `--version` leave by SystemExit, as usual
    for stream in (sys.stdout, sys.stderr):
        # A reader that went away (`| head`) or a closed stream changes nothing now.
        with contextlib.suppress(OSError, ValueError):
            stream.flush()
    os._exit(code)


def main(argv: list[str] | None = None) -> int:
    if threading.current_thread() is not threading.main_thread():
        return _main(argv)
    previous = signal.signal(signal.SIGTERM, _terminate)
    try:
        return _main(argv)
    finally:
        signal.signal(signal.SIGTERM, previous)


def _main(argv: list[str] | None) -> int:
    written: list[str] = []
    writes = False
    try:
        args = _parse(argv)
        writes = args.verb == "generate" or (args.verb == "sync" and not args.check)
        return _run(args, written)
    except SpecError as exc:
        for problem in exc.problems:
            print(f"error: {problem}", file=sys.stderr)
        count = len(exc.problems)
        tail = "; nothing was written." if writes else "."
        print(f"{count} problem{'s' if count != 1 else ''}{tail}", file=sys.stderr)
        return EXIT_ERROR
    except UsageError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt as exc:
        what = "terminated" if isinstance(exc, _Terminated) else "interrupted"
        print(f"{what}; {_outcome(written, writes)}", file=sys.stderr)
        return EXIT_ERROR
    except OSError as exc:
        print(f"error: {exc}", file=sys.stderr)
        if writes:
            print(_outcome(written, writes), file=sys.stderr)
        return EXIT_ERROR
    except Exception as exc:  # a generator bug: still no traceback, and nothing half-written
        print(f"internal error: {type(exc).__name__}: {exc}", file=sys.stderr)
        print(
            f"{_outcome(written, writes)} Please report this with the spec that caused it.",
            file=sys.stderr,
        )
        return EXIT_ERROR


def _outcome(written: list[str], writes: bool) -> str:
    """What a run that stopped early leaves behind; only ever what is true."""
    if written:
        return f"already written: {', '.join(written)} (each package is whole, old or new)."
    return "nothing was written." if writes else "nothing was changed."


def _warn(message: str) -> None:
    print(f"warning: {message}", file=sys.stderr)


def _run(args: argparse.Namespace, written: list[str]) -> int:
    # A run is short and builds large acyclic trees (YAML values, the IR, cache entries);
    # the cycle collector would only rescan them over and over. Reference counting still
    # frees everything a run lets go of.
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _dispatch(args, written)
    finally:
        if collecting:
            gc.enable()


def _dispatch(args: argparse.Namespace, written: list[str]) -> int:
    from . import pipeline

    templates = getattr(args, "templates", None)
    if templates is not None and not templates.is_dir():
        raise UsageError(f"template folder not found: {templates}")
    if args.verb == "generate":
        lines = pipeline.generate(
            args.spec_dir, args.out, args.providers, args.templates, warn=_warn, written=written
        )
        for line in lines:
            print(line)
        return EXIT_OK
    if args.verb == "check":
        stale = pipeline.check(args.spec_dir, args.out, args.templates, warn=_warn)
        if stale:
            print(
                f"{len(stale)} generated file(s) are stale; run `make generate`:", file=sys.stderr
            )
            for line in stale:
                print(f"  {line}", file=sys.stderr)
            return EXIT_STALE
        print(f"{args.out} is up to date.")
        return EXIT_OK
    if args.verb == "validate":
        apis = pipeline.resolve_all(pipeline.find_specs(args.spec_dir, args.providers))
        for api in apis:
            count = sum(1 for _ in api.endpoints)
            print(f"{api.spec_path}: ok ({count} endpoints, {len(api.models)} models)")
        return EXIT_OK
    if args.verb == "schema":
        import json

        from .spec.format import json_schema

        text = json.dumps(json_schema(), indent=2, sort_keys=True) + "\n"
        args.output.parent.mkdir(parents=True, exist_ok=True)
        args.output.write_text(text, encoding="utf-8")
        print(f"wrote {args.output}")
        return EXIT_OK
    if args.verb == "diff":
        return _diff(args)
    if args.verb == "sync":
        return _sync(args, written)
    if args.verb == "import":
        return _import(args)
    if args.verb == "export":
        return _export(args)
    if args.verb == "rules":
        from .diff.report import rules_page

        args.output.parent.mkdir(parents=True, exist_ok=True)
        args.output.write_text(rules_page(), encoding="utf-8")
        print(f"wrote {args.output}")
        return EXIT_OK
    raise UsageError(f"unknown verb {args.verb!r}")


def _import(args: argparse.Namespace) -> int:
    import re

    from .importers import import_document, import_pages, read_document, write_atomically

    if not re.fullmatch(r"[a-z][a-z0-9_]*", args.id):
        raise UsageError(
            f"--id {args.id!r}: lower-case letters, digits and _, starting with a letter"
        )
    if not re.fullmatch(r"[A-Z][A-Za-z0-9]*", args.name):
        raise UsageError(f"--name {args.name!r}: a class name such as MyProvider")
    out = args.out or Path("spec") / f"{args.id}.yaml"
    if args.kind == "docs":
        result, settled = import_pages(args.pages, args.id, args.name, str(out))
    else:
        result, settled = import_document(read_document(args.source), args.id, args.name, str(out))
    for note in result.notes:
        print(note, file=sys.stderr)
    print(result.summary, file=sys.stderr)
    if args.strict and result.notes:
        print(
            f"{len(result.notes)} warning(s) with --strict; nothing was written.", file=sys.stderr
        )
        return EXIT_ERROR
    write_atomically(out, settled.text)
    print(f"wrote {out}")
    if args.generate is not None:
        from . import pipeline

        api = settled.api
        # The document, its translation and the spec text are done with: let them go
        # (the collector is off for the run) before the client's files are rendered.
        del result, settled
        gc.collect()
        for line in pipeline.generate_imported(out, api, args.generate, warn=_warn):
            print(line)
    return EXIT_OK


def _export(args: argparse.Namespace) -> int:
    import json

    from . import pipeline
    from .export import export
    from .importers import write_atomically
    from .ir.resolve import resolve
    from .spec.load import load_file

    (found,) = pipeline.find_specs(args.spec_dir, [args.provider])
    loaded = load_file(found.path, shown_as=found.shown)
    resolve(loaded)  # only a valid spec is exported
    document = export(loaded.spec)
    text = json.dumps(document, indent=2, ensure_ascii=False) + "\n"
    if args.out is None:
        sys.stdout.write(text)
        return EXIT_OK
    write_atomically(args.out, text)
    print(f"wrote {args.out}")
    return EXIT_OK


def _diff(args: argparse.Namespace) -> int:
    from . import pipeline
    from .diff.compare import diff

    if args.against:
        pairs = pipeline.diff_against(args.against, args.spec_dir, args.paths)
    elif len(args.paths) == 2:
        pairs = pipeline.diff_pairs(Path(args.paths[0]), Path(args.paths[1]))
    else:
        raise UsageError("diff needs OLD NEW, or --against REF")
    return _report([f for old, new in pairs for f in diff(old, new)], args)


def _report(findings: list[Finding], args: argparse.Namespace) -> int:
    """Print the findings as `--format` asks, with the severities of `--perspective`; the exit
    code `--fail-on` gives them."""
    from .diff.compare import SEVERITIES

    findings = _print_report(findings, args)
    if args.fail_on == "never":
        return EXIT_OK
    threshold = SEVERITIES.index(args.fail_on)
    hit = any(SEVERITIES.index(f.severity) <= threshold for f in findings)
    return EXIT_STALE if hit else EXIT_OK


def _sync(args: argparse.Namespace, written: list[str]) -> int:
    from . import pipeline

    try:
        synced = pipeline.sync(args.provider, args.spec_dir, args.docs)
    except pipeline.SyncConflicts as exc:
        for conflict in exc.conflicts:
            print(f"error: {conflict}", file=sys.stderr)
        count = len(exc.conflicts)
        print(
            f"{count} conflict{'s' if count != 1 else ''} between the docs and hand-made "
            "edits; resolve them in the spec (or take the docs' side), then sync again. "
            "Nothing was written.",
            file=sys.stderr,
        )
        return EXIT_ERROR
    for note in synced.notes:
        print(note, file=sys.stderr)
    snapshot = synced.snapshot_shown
    if synced.first:
        print(
            f"first sync of {synced.spec.shown}: the docs are recorded in {snapshot}/; "
            "the spec is unchanged, and later syncs apply what changes in the docs",
            file=sys.stderr,
        )
    for change in synced.applied:
        where = f"{change.docs_where}: " if change.docs_where else ""
        print(f"  {where}{change.what}", file=sys.stderr)
    if synced.kept:
        print(
            f"{synced.kept} place(s) keep their hand-made values beside the ones changed",
            file=sys.stderr,
        )
    if args.check:
        behind = synced.spec_changed or synced.snapshot_changed
        _print_report(synced.findings, args)
        if synced.spec_changed:
            print(f"{synced.spec.shown} is behind the docs; run sync.", file=sys.stderr)
        elif synced.snapshot_changed:
            print(
                f"{synced.spec.shown} already says what the docs say; the snapshot in "
                f"{snapshot}/ is behind; run sync.",
                file=sys.stderr,
            )
        else:
            print(f"{synced.spec.shown} is up to date with the docs.", file=sys.stderr)
        return EXIT_STALE if behind else EXIT_OK
    written.extend(synced.apply())
    if not synced.spec_changed and not synced.first:
        print(f"{synced.spec.shown} is up to date with the docs.", file=sys.stderr)
    for name in written:
        print(f"wrote {name}", file=sys.stderr)
    if args.generate is not None and synced.spec_changed:
        for line in pipeline.generate(
            args.spec_dir, args.generate, [args.provider], None, warn=_warn, written=written
        ):
            print(line, file=sys.stderr)
    return _report(synced.findings, args)


def _print_report(findings: list[Finding], args: argparse.Namespace) -> list[Finding]:
    """Print the findings as `--format` asks, seen from `--perspective`; returns them so."""
    from .diff.compare import seen_from
    from .diff.report import render

    findings = seen_from(findings, args.perspective)
    color = args.format == "text" and sys.stdout.isatty()
    sys.stdout.write(render(findings, args.format, color=color, perspective=args.perspective))
    return findings
