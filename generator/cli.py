"""The command line: `python -m generator <verb>` or `clientgen <verb>`.

Exit codes: 0 success, 1 `check` found stale files, 2 a spec or usage error.
Errors are printed as `file:line:col path: message`, never as a traceback.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from . import __version__
from .errors import SpecError, UsageError

EXIT_OK, EXIT_STALE, EXIT_ERROR = 0, 1, 2


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        raise UsageError(f"{message}\n{self.format_usage().strip()}")


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="clientgen", description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--version", action="version", version=f"clientgen {__version__}")
    verbs = parser.add_subparsers(dest="verb", required=True, parser_class=_Parser)

    def common(sub: argparse.ArgumentParser, out: bool = True) -> None:
        sub.add_argument("--spec-dir", type=Path, default=Path("spec"), help="default: spec")
        if out:
            sub.add_argument(
                "--out", type=Path, default=Path("generated"), help="default: generated"
            )
            sub.add_argument("--templates", type=Path, help="a folder of template overrides")

    gen = verbs.add_parser("generate", help="spec -> generated/")
    gen.add_argument("providers", nargs="*", help="spec names (default: all)")
    common(gen)
    common(verbs.add_parser("check", help="is generated/ what generate would write?"))
    val = verbs.add_parser("validate", help="load and resolve specs only")
    val.add_argument("providers", nargs="*")
    common(val, out=False)
    sch = verbs.add_parser("schema", help="write the JSON Schema of the spec format")
    sch.add_argument("--output", type=Path, default=Path("spec/schema.json"))
    return parser


def main(argv: list[str] | None = None) -> int:
    try:
        args = _parser().parse_args(argv)
        return _run(args)
    except SpecError as exc:
        for problem in exc.problems:
            print(f"error: {problem}", file=sys.stderr)
        count = len(exc.problems)
        print(f"{count} problem{'s' if count != 1 else ''}; nothing was written.", file=sys.stderr)
        return EXIT_ERROR
    except UsageError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("interrupted; nothing was written.", file=sys.stderr)
        return EXIT_ERROR
    except OSError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except Exception as exc:  # a generator bug: still no traceback, and nothing written
        print(f"internal error: {type(exc).__name__}: {exc}", file=sys.stderr)
        print(
            "nothing was written; please report this with the spec that caused it.", file=sys.stderr
        )
        return EXIT_ERROR


def _run(args: argparse.Namespace) -> int:
    from . import pipeline

    templates = getattr(args, "templates", None)
    if templates is not None and not templates.is_dir():
        raise UsageError(f"template folder not found: {templates}")
    if args.verb == "generate":
        for line in pipeline.generate(args.spec_dir, args.out, args.providers, args.templates):
            print(line)
        return EXIT_OK
    if args.verb == "check":
        stale = pipeline.check(args.spec_dir, args.out, args.templates)
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
        from .spec import json_schema

        text = json.dumps(json_schema(), indent=2, sort_keys=True) + "\n"
        args.output.parent.mkdir(parents=True, exist_ok=True)
        args.output.write_text(text, encoding="utf-8")
        print(f"wrote {args.output}")
        return EXIT_OK
    raise UsageError(f"unknown verb {args.verb!r}")
