# Generated from golden/acme.yaml (sha256 202f547bbbf7) by clientgen 0.1.0. Do not edit.
"""Models of the Acme API.

Every model keeps the fields it does not know (in `model_extra`), accepts
its fields by Python or by wire name, and builds its validator on first use, so
importing the package stays fast. Open enums keep unknown values as members.
"""

from __future__ import annotations

import typing
from enum import StrEnum
from typing import Any, Literal

import pydantic
from pydantic import BaseModel, ConfigDict, Field


class Size(StrEnum):
    BIG = "big"
    SMALL = "small"
    TINY = "tiny"


class Owner(StrEnum):
    """Unknown values are kept as extra members rather than rejected."""

    ACME = "acme"
    OTHER = "other"

    @classmethod
    def _missing_(cls, value: object) -> Owner | None:
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member


class Tag(BaseModel):
    """A label. Descriptions may hold anything: \"\"\"quotes\"\"\", back\\\\slashes, {{
    braces }} and {% tags %}, unicode (ünïcødé, 日本語) and a very long line that
    the generator wraps.
    """

    model_config = ConfigDict(
        extra="allow", populate_by_name=True, protected_namespaces=(), defer_build=True
    )
    name: str = Field(..., max_length=64, min_length=1, pattern="^[a-z-]+$")
    weights: dict[str, float]
    """Free-form weights."""
    sizes: list[Size] | None = Field(None, min_length=1)
    class_: str | None = Field(None, alias="class")
    """A keyword as a field name."""
    model_config_: str | None = Field(None, alias="model_config")
    """A pydantic attribute as a field name."""
    old: bool | None = Field(None, deprecated=True)
    """Do not use."""
    anything: Any | None = None


class Thing(BaseModel):
    """A thing."""

    model_config = ConfigDict(
        extra="allow", populate_by_name=True, protected_namespaces=(), defer_build=True
    )
    id: str = Field(..., examples=["t-1"])
    owner: Owner
    json_: str | None = Field(None, alias="json")
    """Clashes with BaseModel.json."""
    count: int = Field(3, ge=0, le=10)
    note: str | None
    tags: list[Tag] | None = None
    """Docs: https://acme.test/docs/tags"""


class Big(Thing):
    kind: Literal["big"] = "big"


class Small(Thing):
    kind: Literal["small"]


class Address(BaseModel):
    """Where a thing lives."""

    model_config = ConfigDict(
        extra="allow", populate_by_name=True, protected_namespaces=(), defer_build=True
    )
    street: str
    zip: str | None = Field(None, pattern="^[0-9]{5}$")


class NewThing(BaseModel):
    """What a new thing is made of."""

    model_config = ConfigDict(
        extra="allow", populate_by_name=True, protected_namespaces=(), defer_build=True
    )
    name: str = Field(..., min_length=1)
    """The name."""
    size: Size = Size.BIG
    owner: Owner | None
    address: Address | None = None
    labels: dict[str, str] | None = None
    class_: str | None = Field(None, alias="class")
    """A keyword as a field name."""


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
    "Address",
    "AnyThing",
    "Big",
    "NewThing",
    "Owner",
    "Size",
    "Small",
    "Tag",
    "Thing",
]
