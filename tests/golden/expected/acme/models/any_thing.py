# Generated from golden/acme.yaml (API version 2026-11-01) by clientgen 0.1.0. Do not edit.
"""`AnyThing` of the Acme API."""

from __future__ import annotations

import typing

import pydantic

from .big import Big
from .small import Small
from .thing import Thing

_ANY_THING_TAGS: dict[object, str] = {
    "big": "Big",
    "small": "Small",
}


def _any_thing_tag(value: typing.Any) -> str | None:
    tag = value.get("kind", "big") if isinstance(value, dict) else getattr(value, "kind", None)
    if not isinstance(tag, str | int):
        return "Thing"
    return _ANY_THING_TAGS.get(tag, "Thing")


AnyThing: typing.TypeAlias = typing.Annotated[
    typing.Annotated[Big, pydantic.Tag("Big")]
    | typing.Annotated[Small, pydantic.Tag("Small")]
    | typing.Annotated[Thing, pydantic.Tag("Thing")],
    pydantic.Discriminator(_any_thing_tag),
]
"""The `size` parameter picks the variant:
`big` returns `Big`;
`small` returns `Small`.

Told apart by the `kind` field; an unknown value parses as `Thing`.
"""


__all__ = [
    "AnyThing",
]
