"""Stage 3a: render the `models/` package straight from the IR, through `templates/models/`.

The IR has already decided every class, field and member name and every
annotation, so rendering is a walk: a template per kind (`_enum.py.jinja`,
`_model.py.jinja`, `_union.py.jinja`) and the `Field(...)` macro in
`_fields.jinja`. What is decided here is the layout, so that a user pays only
for the models they touch:

- all enums in `models/_enums.py` (they reference nothing);
- every other class in a module of its own, except that classes which refer to
  each other in a cycle share one module (a strongly connected component of the
  reference graph), so modules import each other without cycles;
- `models/__init__.py` imports a module only when one of its names is first
  used.

Inside a module a base model comes before its subclasses: annotations may point
forward (every module uses postponed evaluation), base classes cannot.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from . import naming
from .ir import API, Model, Union

ENUMS_MODULE = "_enums"


@dataclass(frozen=True)
class ModelModule:
    """One module of `models/`: its classes and what it imports from its siblings."""

    name: str
    models: tuple[Model, ...]
    unions: tuple[Union, ...]
    imports: tuple[tuple[str, tuple[str, ...]], ...]  # (".sibling", names), sorted
    # Siblings whose names only inherited fields use: the source does not mention them, but
    # pydantic evaluates those fields in this module when it builds a subclass.
    unseen: frozenset[str] = frozenset()

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(m.name for m in self.models) + tuple(u.name for u in self.unions)


@dataclass(frozen=True)
class ModelsLayout:
    modules: tuple[ModelModule, ...]
    locations: dict[str, str]  # every exported class -> ".module" it lives in

    def by_module(self) -> list[tuple[str, list[str]]]:
        grouped: dict[str, list[str]] = {}
        for name, module in sorted(self.locations.items()):
            grouped.setdefault(module, []).append(name)
        return sorted(grouped.items())


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


def layout(api: API) -> ModelsLayout:
    """Which module each class goes to, and what each module imports."""
    class_of = {e.spec_name: e.name for e in api.enums}
    class_of |= {m.spec_name: m.name for m in api.models}
    class_of |= {u.spec_name: u.name for u in api.unions}
    enum_names = {e.name for e in api.enums}
    nodes: dict[str, Model | Union] = {m.name: m for m in class_order(api)}
    nodes |= {u.name: u for u in api.unions}
    refs = {name: _references(node, class_of) for name, node in nodes.items()}
    seen = {name: _references(node, class_of, inherited=False) for name, node in nodes.items()}
    edges = {name: [r for r in sorted(targets) if r in nodes] for name, targets in refs.items()}

    components = _components(list(nodes), edges)
    module_names = naming.unique(
        [ENUMS_MODULE, *(naming.snake(c[0], fallback="model") for c in components)]
    )[1:]
    locations = {name: f".{ENUMS_MODULE}" for name in sorted(enum_names)}
    for component, module in zip(components, module_names, strict=True):
        for name in component:
            locations[name] = f".{module}"

    modules = []
    for component, module in zip(components, module_names, strict=True):
        members = set(component)
        wanted: dict[str, set[str]] = {}
        visible: set[str] = set()
        for name in component:
            visible |= seen[name]
            for target in refs[name] - members:
                wanted.setdefault(locations[target], set()).add(target)
        modules.append(
            ModelModule(
                name=module,
                models=tuple(
                    node
                    for name, node in nodes.items()
                    if name in members and isinstance(node, Model)
                ),
                unions=tuple(u for u in api.unions if u.name in members),
                imports=tuple((m, tuple(sorted(names))) for m, names in sorted(wanted.items())),
                unseen=frozenset(m for m, names in wanted.items() if not names <= visible),
            )
        )
    return ModelsLayout(tuple(modules), locations)


def _references(
    node: Model | Union, class_of: dict[str, str], *, inherited: bool = True
) -> set[str]:
    """The classes a model or union names: its base, its fields' types, its variants.

    With `inherited`, also the types of inherited fields: pydantic evaluates those in
    the subclass's module when it builds the subclass.
    """
    if isinstance(node, Union):
        return set(node.variants) | ({node.fallback} if node.fallback else set())
    found = {node.base} if node.base else set()
    for field in node.all_fields if inherited else node.fields:
        found |= {class_of[t.name] for t in field.type.walk() if t.kind == "named"}
    return found


def _components(order: list[str], edges: dict[str, list[str]]) -> list[list[str]]:
    """Strongly connected components, dependencies first, each in `order` (Tarjan, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    on_stack: set[str] = set()
    stack: list[str] = []
    found: list[list[str]] = []
    position = {name: i for i, name in enumerate(order)}
    for root in order:
        if root in index:
            continue
        work = [(root, 0)]
        while work:
            node, i = work.pop()
            if i == 0:
                index[node] = low[node] = len(index)
                stack.append(node)
                on_stack.add(node)
            targets = edges[node]
            if i < len(targets):
                work.append((node, i + 1))
                target = targets[i]
                if target not in index:
                    work.append((target, 0))
                elif target in on_stack:
                    low[node] = min(low[node], index[target])
                continue
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                found.append(sorted(component, key=position.__getitem__))
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
    return found


def render_models(env: Any, api: API) -> dict[str, str]:
    """Each file of `models/` (before formatting, without the file header), keyed by name."""
    plan = layout(api)
    files = {
        "__init__.py": env.get_template("models_init.py.jinja").render(api=api, plan=plan),
        f"{ENUMS_MODULE}.py": env.get_template("models_enums.py.jinja").render(api=api),
    }
    module_template = env.get_template("models_module.py.jinja")
    for module in plan.modules:
        files[f"{module.name}.py"] = module_template.render(api=api, module=module)
    return {name: str(text) for name, text in files.items()}
