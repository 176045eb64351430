"""Stage 3a: render `models.py` straight from the IR, through `templates/models/`.

The IR has already decided every class, field and member name and every
annotation, so rendering is a walk: a template per kind (`_enum.py.jinja`,
`_model.py.jinja`, `_union.py.jinja`) and the `Field(...)` macro in
`_fields.jinja`. The only decision left here is the order of classes: a base
model must be defined before its subclasses (annotations may point forward, as
every module uses postponed evaluation, but base classes and enum defaults
cannot).
"""

from __future__ import annotations

from typing import Any

from .ir import API, Model


def class_order(api: API) -> list[Model]:
    """The spec's models in spec order, except that each base comes before its subclasses."""
    by_name = {m.name: m for m in api.models}
    ordered: list[Model] = []
    placed: set[str] = set()
    for model in api.models:
        chain = []
        current: Model | None = model
        while current is not None and current.name not in placed:
            chain.append(current)
            current = by_name.get(current.base) if current.base else None
        for link in reversed(chain):
            placed.add(link.name)
            ordered.append(link)
    return ordered


def render_models(env: Any, api: API) -> str:
    """The text of `models.py` (before formatting), without the file header."""
    return str(env.get_template("models.py.jinja").render(api=api, models=class_order(api)))
