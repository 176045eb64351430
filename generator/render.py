"""Stage 3: render every file of each provider's package, as text, in memory.

Models go through datamodel-code-generator (`models.py` here); everything else
through the Jinja templates in `templates/client/`. A user's template folder,
if given, is searched first, so an override holds only the files it changes.
"""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

from . import __version__, naming
from .ir import API, Endpoint
from .models import render_models
from .resources import template_root

MODELS_NOTE = """Every model keeps the fields it does not know (in `model_extra`), accepts
its fields by Python or by wire name, and builds its validator on first use, so
importing the package stays fast. Open enums keep unknown values as members."""

CLIENT_FILES = ("__init__.py", "_client.py", "_errors.py", "_runtime.py", "README.md")


def header(api: API, comment: str = "#") -> str:
    """The first line of every generated file."""
    text = (
        f"Generated from {api.spec_path} (sha256 {api.spec_sha256[:12]}) "
        f"by clientgen {__version__}. Do not edit."
    )
    return f"<!-- {text} -->" if comment == "html" else f"{comment} {text}"


def environment(user_templates: Path | None = None) -> Any:
    import jinja2  # imported here: `check` on unchanged inputs never renders

    root = template_root()
    loaders: list[jinja2.BaseLoader] = []
    if user_templates is not None:
        loaders.append(
            jinja2.FileSystemLoader([user_templates / "client", user_templates / "models"])
        )
    loaders.append(jinja2.FileSystemLoader([root / "client", root / "models"]))
    # Compiled templates are cached (keyed by their source's checksum), which saves
    # most of the template set-up time of a run.
    cache = Path(tempfile.gettempdir()) / f"clientgen-{__version__}-templates"
    cache.mkdir(exist_ok=True)
    env = jinja2.Environment(
        loader=jinja2.ChoiceLoader(loaders),
        bytecode_cache=jinja2.FileSystemBytecodeCache(str(cache)),
        undefined=jinja2.StrictUndefined,
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
    env.globals["readme_example"] = readme_example
    env.globals["version"] = __version__
    return env


def render(apis: list[API], user_templates: Path | None = None) -> dict[str, str]:
    """Every generated file, keyed by its path relative to `generated/`."""
    env = environment(user_templates)
    model_dir = (user_templates or template_root()) / "models"
    if not (model_dir / "Enum.jinja2").exists():
        model_dir = template_root() / "models"
    models = render_models(apis, model_dir)
    files: dict[str, str] = {}
    for api in apis:
        package = api.provider.package
        unions = env.get_template("unions.py.jinja").render(api=api)
        files[f"{package}/models.py"] = (
            f'{header(api)}\n"""Models of the {api.provider.name} API.\n\n{MODELS_NOTE}\n"""\n\n'
            + models[package]
            + unions
        )
        for name in CLIENT_FILES:
            body = env.get_template(f"{name}.jinja").render(api=api)
            mark = header(api, "html" if name.endswith(".md") else "#")
            files[f"{package}/{name}"] = f"{mark}\n{body}"
        files[f"{package}/py.typed"] = header(api) + "\n"
    return files


def readme_example(ep: Endpoint) -> str:
    """A short call for the package README, with the spec's examples as arguments."""
    args = []
    for param in ep.params:
        if param.required:
            value = naming.pyrepr(param.examples[0]) if param.examples else f"<{param.name}>"
            args.append(value if param.location == "path" else f"{param.name}={value}")
    # Show a non-default variant of a parameter-selected union, where the overloads matter.
    chosen = next(
        (o for o in ep.overloads if o.default_literal is None and len(o.values) == 1), None
    )
    if ep.selector is not None and chosen is not None:
        args.append(f"{ep.selector.name}={naming.pyrepr(chosen.values[0])}")
    return f"result = client.{ep.resource}.{ep.name}({', '.join(args)})\nprint(result)"
