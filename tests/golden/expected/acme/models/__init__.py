# Generated from golden/acme.yaml by clientgen 0.1.0. Do not edit.
"""Models of the Acme API.

Every model keeps the fields it does not know (in `model_extra`), accepts its
fields by Python or by wire name, and builds its validator on first use. Open
enums keep unknown values as members. Each class is imported when it is first
used, so importing the package stays fast at any API size.
"""

from __future__ import annotations

import importlib as _importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .address import Address
    from .any_thing import AnyThing
    from .big import Big
    from .new_thing import NewThing
    from .owner import Owner
    from .size import Size
    from .small import Small
    from .tag import Tag
    from .thing import Thing

_LOCATIONS: dict[str, str] = {
    "Address": ".address",
    "AnyThing": ".any_thing",
    "Big": ".big",
    "NewThing": ".new_thing",
    "Owner": ".owner",
    "Size": ".size",
    "Small": ".small",
    "Tag": ".tag",
    "Thing": ".thing",
}


def __getattr__(name: str) -> object:
    module = _LOCATIONS.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(_importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_LOCATIONS})


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
