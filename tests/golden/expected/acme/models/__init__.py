# Generated from golden/acme.yaml (API version 2026-11-01) by clientgen 0.1.0. Do not edit.
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
    from .address import Address, AddressParam
    from .any_thing import AnyThing
    from .big import Big
    from .chat_request import ChatRequest
    from .chunk import Chunk
    from .chunk_delta import ChunkDelta
    from .image_part import ImagePart, ImagePartParam
    from .level import Level
    from .message import Message
    from .new_thing import NewThing
    from .owner import Owner
    from .part import Part, PartParam
    from .priority import Priority
    from .problem import Problem
    from .response_created import ResponseCreated
    from .response_delta import ResponseDelta
    from .response_event import ResponseEvent
    from .response_other import ResponseOther
    from .settings import Settings
    from .size import Size
    from .small import Small
    from .stop import Stop, StopParam
    from .tag import Tag
    from .text_part import TextPart, TextPartParam
    from .thing import Thing
    from .thing_page import ThingPage
    from .tool_choice import ToolChoice, ToolChoiceParam
    from .unknown_part import UnknownPart, UnknownPartParam
    from .upload import Upload

_LOCATIONS: dict[str, str] = {
    "Address": ".address",
    "AddressParam": ".address",
    "AnyThing": ".any_thing",
    "Big": ".big",
    "ChatRequest": ".chat_request",
    "Chunk": ".chunk",
    "ChunkDelta": ".chunk_delta",
    "ImagePart": ".image_part",
    "ImagePartParam": ".image_part",
    "Level": ".level",
    "Message": ".message",
    "NewThing": ".new_thing",
    "Owner": ".owner",
    "Part": ".part",
    "PartParam": ".part",
    "Priority": ".priority",
    "Problem": ".problem",
    "ResponseCreated": ".response_created",
    "ResponseDelta": ".response_delta",
    "ResponseEvent": ".response_event",
    "ResponseOther": ".response_other",
    "Settings": ".settings",
    "Size": ".size",
    "Small": ".small",
    "Stop": ".stop",
    "StopParam": ".stop",
    "Tag": ".tag",
    "TextPart": ".text_part",
    "TextPartParam": ".text_part",
    "Thing": ".thing",
    "ThingPage": ".thing_page",
    "ToolChoice": ".tool_choice",
    "ToolChoiceParam": ".tool_choice",
    "UnknownPart": ".unknown_part",
    "UnknownPartParam": ".unknown_part",
    "Upload": ".upload",
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
    "AddressParam",
    "AnyThing",
    "Big",
    "ChatRequest",
    "Chunk",
    "ChunkDelta",
    "ImagePart",
    "ImagePartParam",
    "Level",
    "Message",
    "NewThing",
    "Owner",
    "Part",
    "PartParam",
    "Priority",
    "Problem",
    "ResponseCreated",
    "ResponseDelta",
    "ResponseEvent",
    "ResponseOther",
    "Settings",
    "Size",
    "Small",
    "Stop",
    "StopParam",
    "Tag",
    "TextPart",
    "TextPartParam",
    "Thing",
    "ThingPage",
    "ToolChoice",
    "ToolChoiceParam",
    "UnknownPart",
    "UnknownPartParam",
    "Upload",
]
