"""Stage 3a: render the `models/` package straight from the IR, through `templates/models/`.

The IR has already decided every class, field and member name and every
annotation, so rendering is a walk: a template per kind (`_enum.py.jinja`,
`_model.py.jinja`, `_union.py.jinja`) and the `Field(...)` macro in
`_fields.jinja`. What is decided here is the layout, so that a user pays only
for the models they touch:

- every class (enum, model or union) in a module of its own, except that classes
  which refer to each other in a cycle share one module (a strongly connected
  component of the reference graph), so modules import each other without
  cycles;
- `models/__init__.py` imports a module only when one of its names is first
  used.

Inside a module a base model comes before its subclasses: annotations may point
forward (every module uses postponed evaluation), base classes cannot.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Any

from ..ir import naming
from ..ir.resolve import API, Enum, Model, Union
from .imports import (
    Import,
    blank_lines_after,
    exports_sorted,
    members_sorted,
    modules_sorted,
    needed,
    statements,
)
from .piece import Piece


@dataclass(frozen=True)
class ModelModule:
    """One module of `models/`: its classes and what it imports from its siblings."""

    name: str
    enums: tuple[Enum, ...]
    models: tuple[Model, ...]
    unions: tuple[Union, ...]
    imports: tuple[tuple[str, tuple[str, ...]], ...]  # (".sibling", names), sorted
    # Siblings whose names only inherited fields use: the source does not mention them, but
    # pydantic evaluates those fields in this module when it builds a subclass.
    unseen: tuple[str, ...] = ()
    params: tuple[str, ...] = ()  # the request forms (`<Name>Param`) it defines

    @property
    def exports(self) -> tuple[str, ...]:
        return tuple(exports_sorted((*self.names, *self.params)))

    @property
    def names(self) -> tuple[str, ...]:
        kinds = (self.enums, self.models, self.unions)
        return tuple(item.name for kind in kinds for item in kind)


@dataclass(frozen=True)
class ModelsLayout:
    modules: tuple[ModelModule, ...]
    locations: dict[str, str]  # every exported class -> ".module" it lives in

    @property
    def exports(self) -> list[str]:
        return exports_sorted(self.locations)

    def by_module(self) -> list[tuple[str, list[str]]]:
        grouped: dict[str, list[str]] = {}
        for name, module in self.locations.items():
            grouped.setdefault(module, []).append(name)
        return [(module, members_sorted(grouped[module])) for module in modules_sorted(grouped)]


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
    nodes: dict[str, Enum | Model | Union] = {e.name: e for e in api.enums}
    nodes |= {m.name: m for m in class_order(api)}
    nodes |= {u.name: u for u in _union_order(api.unions, class_of)}
    seen = {name: _references(node, class_of, inherited=False) for name, node in nodes.items()}
    refs = {  # without a base, a model inherits nothing: what it names is what it shows
        name: _references(node, class_of) if isinstance(node, Model) and node.base else seen[name]
        for name, node in nodes.items()
    }
    edges = {name: [r for r in sorted(targets) if r in nodes] for name, targets in refs.items()}
    # A request form (`<Name>Param`) names the request forms of what its class names; they
    # live beside their classes, so they add imports but no edges.
    kinds = {m.spec_name: "model" for m in api.models} | {u.spec_name: "union" for u in api.unions}
    params = {
        name: _param_references(node, class_of, kinds)
        for name, node in nodes.items()
        if not isinstance(node, Enum) and api.sent(node)
    }
    sent = set(params)

    components = _components(list(nodes), edges)
    module_names = naming.unique([naming.snake(c[0], fallback="model") for c in components])
    locations = {}
    for component, module in zip(components, module_names, strict=True):
        for name in component:
            locations[name] = f".{module}"
            if name in sent:
                locations[f"{name}Param"] = f".{module}"

    modules = []
    for component, module in zip(components, module_names, strict=True):
        members = set(component) | {f"{name}Param" for name in component}
        wanted: dict[str, set[str]] = {}
        visible: set[str] = set()
        for name in component:
            own = params.get(name, set())
            visible |= seen[name] | own
            for target in (refs[name] | own) - members:
                wanted.setdefault(locations[target], set()).add(target)
        classes = [nodes[name] for name in component]  # in `nodes` order: bases first
        modules.append(
            ModelModule(
                name=module,
                enums=tuple(c for c in classes if isinstance(c, Enum)),
                models=tuple(c for c in classes if isinstance(c, Model)),
                unions=tuple(c for c in classes if isinstance(c, Union)),
                imports=tuple((m, tuple(sorted(names))) for m, names in sorted(wanted.items())),
                unseen=tuple(sorted(m for m, names in wanted.items() if not names <= visible)),
                params=tuple(f"{name}Param" for name in component if name in sent),
            )
        )
    return ModelsLayout(tuple(modules), locations)


def _union_order(unions: tuple[Union, ...], class_of: dict[str, str]) -> list[Union]:
    """The unions, each after those it names: an alias is evaluated where it is defined.

    (The IR has refused unions that name each other in a cycle.)
    """
    by_name = {u.name: u for u in unions}
    ordered: list[Union] = []
    placed: set[str] = set()
    for root in unions:
        work = [(root, False)]
        while work:  # depth first, without recursion: a long chain must not overflow
            union, expanded = work.pop()
            if expanded:
                ordered.append(union)
                continue
            if union.name in placed:
                continue
            placed.add(union.name)
            work.append((union, True))
            for target in sorted(_references(union, class_of), reverse=True):
                if target in by_name and target not in placed:
                    work.append((by_name[target], False))
    return ordered


def _param_references(
    node: Model | Union, class_of: dict[str, str], kinds: dict[str, str]
) -> set[str]:
    """What the request form of a model or union names: the request forms (and classes) of
    what its own fields or members name, its base's form, and enums. `kinds` tells each
    model and union ("model", "union") by spec name."""
    if isinstance(node, Union):
        types = [node.type]
        found: set[str] = set()
    else:
        # A form written as a class extends its base's form; the other spells out every
        # field, inherited ones too.
        fields = node.fields if node.keys_are_names else node.all_fields
        types = [f.type for f in fields]
        found = {f"{node.base}Param"} if node.base and node.keys_are_names else set()
    for expr in types:
        for n in expr.walk():
            if n.kind != "named":
                continue
            kind = kinds.get(n.name)
            found.add(f"{class_of[n.name]}Param" if kind else class_of[n.name])
            if kind == "model":  # taken as its form or as itself
                found.add(class_of[n.name])
    return found


def _references(
    node: Enum | Model | Union, class_of: dict[str, str], *, inherited: bool = True
) -> set[str]:
    """The classes a model or union names: its base, its fields' types, its variants.

    With `inherited`, also the types of inherited fields: pydantic evaluates those in
    the subclass's module when it builds the subclass.
    """
    if isinstance(node, Enum):
        return set()
    if isinstance(node, Union):
        found = {class_of[t.name] for t in node.type.walk() if t.kind == "named"}
        return found | ({node.fallback} if node.fallback else set())
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


def render_models(env: Any, api: API) -> dict[str, Piece]:
    """Each file of `models/` as a `render.Piece` (without the file header), keyed by name.

    A module's inputs are the IR of its classes, so an edit to one model renders
    that model's module again and no other.
    """
    plan = layout(api)
    init_template = env.get_template("models_init.py.jinja")
    base = str(env.get_template("models_base.py.jinja").render(api=api))
    pieces = {
        # The package's index: the provider's name and where each class lives.
        "__init__.py": Piece(
            repr((api.provider.name, sorted(plan.locations.items()))),
            functools.partial(_render_init, init_template, api, plan),
        ),
        "_base.py": Piece.made(base),
    }
    module_template = env.get_template("models_module.py.jinja")
    classes_template = env.get_template("models_classes.py.jinja")
    for module in plan.modules:
        pieces[f"{module.name}.py"] = Piece(
            _inputs(api, module),
            functools.partial(_render, module_template, classes_template, api, module),
        )
    return pieces


def _inputs(api: API, module: ModelModule) -> str:
    """What a module's text depends on: its place and imports, and its classes by digest."""
    classes: list[Enum | Model | Union] = [*module.enums, *module.models, *module.unions]
    digests = [api.digests.get(c.spec_name) or repr(c) for c in classes]
    sent = [api.sent(c) for c in classes]  # whether each also has a request form
    return repr((api.provider.name, module.name, module.imports, module.unseen, digests, sent))


def _render_init(template: Any, api: API, plan: ModelsLayout) -> str:
    return str(template.render(api=api, plan=plan))


# What a module may import besides its siblings; only what its classes use is.
_STOCK = (
    Import("typing"),
    Import("enum", "IntEnum"),
    Import("enum", "StrEnum"),
    Import("typing", "Any"),
    Import("typing", "Literal"),
    Import("typing", "Required"),
    Import("typing", "TypedDict"),
    Import("pydantic"),
    Import("pydantic", "Field"),
    Import("._base", "BaseModel"),
)
_UNSEEN = "noqa: F401 - inherited fields name them"


def _render(template: Any, classes: Any, api: API, module: ModelModule) -> str:
    body = str(classes.render(api=api, module=module)).lstrip("\n")
    imports = [Import("__future__", "annotations"), *needed(_STOCK, body)]
    imports += [
        Import(source, name, note=_UNSEEN if source in module.unseen else None)
        for source, names in module.imports
        for name in names
    ]
    return str(
        template.render(
            api=api,
            module=module,
            imports=statements(imports),
            gap=blank_lines_after(body),
            body=naming.Code(body),
        )
    )
