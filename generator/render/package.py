"""Stage 3: render every file of each provider's package, as text, in memory.

Models come from `templates/models/` (through `models.py`), the client from
`templates/client/`. A user's template folder, if given, is searched first, so
an override holds only the files it changes.
"""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from .. import __version__
from ..ir import naming
from ..ir.resolve import API, Endpoint, Resource
from .imports import Import, exports_sorted, members_sorted, needed, statements
from .models import render_models
from .piece import Piece
from .resources import template_root
from .samples import Samples

CLIENT_FILES = ("__init__.py", "_client.py", "_errors.py", "_runtime.py", "README.md")


def header(api: API, comment: str = "#") -> str:
    """The first line of every generated file.

    The spec's hash is kept out of it (it is `__spec_sha256__` in the package's
    `__init__.py`), so an edit to one model rewrites that model's file only.
    """
    api_version = f" (API version {api.provider.version})" if api.provider.version else ""
    text = naming.comment(
        f"Generated from {api.spec_path}{api_version} by clientgen {__version__}. Do not edit."
    )
    if comment == "html":
        return f"<!-- {naming.md_text(text).replace('--', '- -')} -->"
    return f"{comment} {text}"


def _paste(value: object, undefined: type) -> object:
    """Jinja's `finalize`: every `{{ ... }}` passes here before it reaches the output.

    Only `naming.Code` (text a renderer made safe), plain names and numbers get
    through; any other string is spec text a template forgot to render, and the
    run fails rather than writing it into source.
    """
    # `{{ x if cond }}` without `else` yields Undefined, which renders as nothing.
    if naming.pasteable(value) or isinstance(value, undefined):
        return value
    raise TemplateSafetyError(
        f"a template pastes {value!r} without rendering it "
        "(use pyrepr, docfragment, comment, md_text or md_code)"
    )


def _bytecode_cache() -> Any:
    """Compiled templates, cached per user, or no cache at all.

    The cache holds compiled code that the next run executes, so it must be a
    folder only this user can write: Jinja's default (`$TMPDIR/_jinja2-cache-<uid>`)
    is created with mode 0700 and refused unless this user owns it with that mode.
    It saves about a third of the template set-up time of a run (benchmarks/README.md).
    """
    import jinja2

    try:
        return jinja2.FileSystemBytecodeCache()
    except (OSError, RuntimeError):
        return None


def _deprecation(node: Any, subject: str = "") -> str:
    """What a deprecated node's docs (or its warning, about `subject`) say; "" otherwise."""
    if not node.deprecated:
        return ""
    head = f"`{subject}` is deprecated" if subject else "Deprecated"
    return f"{head}; it may be removed after {node.sunset}." if node.sunset else f"{head}."


def _indent(jinja_indent: Any) -> Any:
    """Jinja's `indent`, keeping `Code` as `Code`: spaces after newlines change no meaning."""

    def indent(text: str, *args: Any, **kwargs: Any) -> str:
        out = jinja_indent(text, *args, **kwargs)
        return naming.Code(out) if isinstance(text, naming.Code) else out

    return indent


class TemplateSafetyError(RuntimeError):
    """A template tried to paste unrendered text into generated code."""


def environment(user_templates: Path | None = None) -> Any:
    import jinja2  # imported here: `check` on unchanged inputs never renders

    root = template_root()
    loaders: list[jinja2.BaseLoader] = []
    if user_templates is not None:
        loaders.append(
            jinja2.FileSystemLoader([user_templates / "client", user_templates / "models"])
        )
    loaders.append(jinja2.FileSystemLoader([root / "client", root / "models"]))
    env = jinja2.Environment(
        loader=jinja2.ChoiceLoader(loaders),
        bytecode_cache=_bytecode_cache(),
        undefined=jinja2.StrictUndefined,
        finalize=functools.partial(_paste, undefined=jinja2.Undefined),
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        autoescape=False,
    )
    env.filters["docstring"] = naming.docstring
    env.filters["docfragment"] = naming.docfragment
    env.filters["snake"] = naming.snake
    env.filters["pyrepr"] = naming.pyrepr
    env.filters["comment"] = naming.comment
    env.filters["md_text"] = naming.md_text
    env.filters["md_code"] = naming.md_code
    env.filters["deprecation"] = _deprecation
    # Imported names and `__all__` in the order ruff sorts them.
    env.filters["sort_names"] = members_sorted
    env.filters["sort_exports"] = exports_sorted
    env.filters["resource_imports"] = _resource_imports
    env.filters["import_from"] = _import_from
    # A macro's output was checked piece by piece as it rendered; `macro` marks it so.
    # tests/test_hostile_generator.py checks that it is only ever applied to a macro call.
    env.filters["macro"] = naming.Code
    env.filters["indent"] = _indent(env.filters["indent"])
    env.globals["version"] = __version__
    return env


def plan(apis: list[API], user_templates: Path | None = None) -> dict[str, Piece]:
    """Every generated file, keyed by its path relative to `generated/`, not yet rendered.

    Models and resource modules (nearly every file of a large API) are rendered
    only when asked; the few package-wide files are rendered here.
    """
    env = environment(user_templates)
    pieces: dict[str, Piece] = {}
    for api in apis:
        package = api.provider.package
        mark = header(api)
        models = render_models(env, api)
        for name, piece in models.items():
            pieces[f"{package}/models/{name}"] = Piece(
                repr((mark, piece.inputs)), _with_header(mark, piece.make)
            )
        example = functools.partial(readme_example, Samples(api))
        for name in CLIENT_FILES + (("_streaming.py",) if api.has_streams else ()):
            body = env.get_template(f"{name}.jinja").render(api=api, example=example)
            text = f"{header(api, 'html' if name.endswith('.md') else '#')}\n{body}"
            pieces[f"{package}/{name}"] = Piece.made(text)
        pieces[f"{package}/_resources/__init__.py"] = Piece.made(
            f'{mark}\n"""One module per resource, imported when the client first uses it."""\n'
        )
        templates = (
            env.get_template("_resource.py.jinja"),
            env.get_template("_resource_body.py.jinja"),
        )
        for resource in api.resources:
            pieces[f"{package}/_resources/{resource.module}.py"] = Piece(
                _resource_inputs(mark, api, resource),
                _with_header(mark, functools.partial(_render_resource, *templates, api, resource)),
            )
        pieces[f"{package}/py.typed"] = Piece.made(mark + "\n")
    return pieces


def render(apis: list[API], user_templates: Path | None = None) -> dict[str, str]:
    """Every generated file, rendered, keyed by its path relative to `generated/`."""
    return {rel: piece.make() for rel, piece in plan(apis, user_templates).items()}


# What a resource module may import; only what its code uses is. A name the template
# uses must be here (or in `_type_imports`).
_RESOURCE_IMPORTS = (
    Import("builtins"),
    Import("warnings"),
    Import("functools", "cached_property", "_cached_property"),
    *(Import("typing", name) for name in ("Any", "Literal", "overload")),
    Import("..", "_runtime"),
    Import("..", "models", "_models"),
    *(
        Import(".._runtime", name)
        for name in (
            "NOT_GIVEN",
            "AsyncBinaryResponse",
            "AsyncCursorPage",
            "AsyncResponseContext",
            "BinaryResponse",
            "Body",
            "FileTypes",
            "Headers",
            "NotGiven",
            "Query",
            "RawResponse",
            "ResponseContext",
            "ResponseType",
            "SyncCursorPage",
            "Timeout",
        )
    ),
    *(Import(".._streaming", name) for name in ("AsyncStream", "Stream", "StreamSpec")),
)
_MODES = ("", "Async")
_WRAPPERS = ("", "WithRawResponse", "WithStreamingResponse")


def _resource_inputs(mark: str, api: API, resource: Resource) -> str:
    """What a resource module's text depends on: the provider, the resource, and each
    endpoint by digest. An endpoint as its resource holds it is its digested IR with the
    builtins that the resource's method names shadow qualified (so, given all the
    resource's digests) and `idempotent` set (so, given the provider)."""
    endpoints = [(api.digests.get(ep.key) or repr(ep), ep.idempotent) for ep in resource.endpoints]
    shape = dataclasses.replace(resource, endpoints=())
    return repr((mark, api.provider, shape, endpoints))


def _render_resource(module: Any, code: Any, api: API, resource: Resource) -> str:
    """A resource module: its code, then the imports that code needs around it."""
    classes = [f"{mode}{resource.class_name}{suffix}" for mode in _MODES for suffix in _WRAPPERS]
    body = str(code.render(api=api, resource=resource, exports=exports_sorted(classes)))
    body = body.lstrip("\n")
    # Names only annotations use, imported for type checkers alone.
    for_types = [
        Import(f".{child.module}", f"{mode}{child.class_name}{suffix}")
        for child in resource.children
        for mode in _MODES
        for suffix in _WRAPPERS
    ]
    for_types += [Import("..models", name) for name in resource.uses]
    type_imports = needed(for_types, body)
    imports = [Import("__future__", "annotations"), *needed(_RESOURCE_IMPORTS, body)]
    if type_imports:
        imports.append(Import("typing", "TYPE_CHECKING"))
    return str(
        module.render(
            api=api,
            resource=resource,
            imports=statements(imports),
            type_imports=statements(type_imports, indent="    ") if type_imports else "",
            body=naming.Code(body),
        )
    )


def _import_from(names: list[str], source: str, indent: int = 0) -> naming.Code:
    """`from source import names`, laid out as ruff's import sorting would."""
    return statements([Import(source, name) for name in names], indent=" " * indent)


def _resource_imports(resources: Iterable[Resource]) -> naming.Code:
    """The client's imports of its resources' classes (blocking and async), for type
    checkers: a block indented under `if TYPE_CHECKING:`."""
    imports = [
        Import(f"._resources.{r.module}", name)
        for r in resources
        for name in (r.class_name, f"Async{r.class_name}")
    ]
    return statements(imports, indent="    ")


def _with_header(mark: str, make: Callable[[], str]) -> Callable[[], str]:
    return lambda: f"{mark}\n{make()}"


def readme_example(samples: Samples, ep: Endpoint) -> naming.Code:
    """A call for the package README that runs as written: the spec's examples (or values
    built from the types) as arguments, and what a user does with the result."""
    args = []
    for param in ep.params:
        if param.required:
            value = naming.pyrepr(samples.param(param))
            args.append(value if param.location == "path" else f"{param.name}={value}")
    # Show a non-default variant of a parameter-selected union, where the overloads matter.
    chosen = next(
        (o for o in ep.overloads if o.default_literal is None and len(o.values) == 1), None
    )
    if ep.stream is not None:
        args.append(f"{ep.stream.param}=True")
    elif ep.selector is not None and chosen is not None:
        args.append(f"{ep.selector.name}={naming.pyrepr(chosen.values[0])}")
    call = f"client.{ep.resource_path}.{ep.name}({', '.join(args)})"
    if len(call) > 88:
        call = (
            f"client.{ep.resource_path}.{ep.name}(\n" + "".join(f"    {a},\n" for a in args) + ")"
        )
    # Built from identifiers and `pyrepr` literals only.
    if ep.stream is not None:
        lines = [f"stream = {call}", "for event in stream:", "    print(event)"]
    elif ep.page is not None:
        lines = [f"for item in {call}:", "    print(item)"]
    elif ep.body_kind == "binary":
        lines = [f"content = {call}", 'content.write_to_file("content.bin")']
    elif ep.body_kind == "none":
        lines = [call]
    else:
        lines = [f"result = {call}", "print(result)"]
    return naming.Code("\n".join(lines))
