# Generated from spec/compilelabs.yaml by clientgen 0.1.0. Do not edit.
"""Models of the CompileLabs API.

Every model keeps the fields it does not know (in `model_extra`), accepts its
fields by Python or by wire name, and builds its validator on first use. Open
enums keep unknown values as members. Each class is imported when it is first
used, so importing the package stays fast at any API size.
"""

from __future__ import annotations

import importlib as _importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .author import Author
    from .capability import Capability
    from .error_detail import ErrorDetail
    from .error_response import ErrorResponse
    from .get_model_response import GetModelResponse
    from .image_generation_model import ImageGenerationModel
    from .model_info import ModelInfo
    from .model_status import ModelStatus
    from .model_type import ModelType
    from .pricing_model import PricingModel
    from .text_generation_model import TextGenerationModel
    from .visibility import Visibility

_LOCATIONS: dict[str, str] = {
    "Author": ".author",
    "Capability": ".capability",
    "ErrorDetail": ".error_detail",
    "ErrorResponse": ".error_response",
    "GetModelResponse": ".get_model_response",
    "ImageGenerationModel": ".image_generation_model",
    "ModelInfo": ".model_info",
    "ModelStatus": ".model_status",
    "ModelType": ".model_type",
    "PricingModel": ".pricing_model",
    "TextGenerationModel": ".text_generation_model",
    "Visibility": ".visibility",
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
    "Author",
    "Capability",
    "ErrorDetail",
    "ErrorResponse",
    "GetModelResponse",
    "ImageGenerationModel",
    "ModelInfo",
    "ModelStatus",
    "ModelType",
    "PricingModel",
    "TextGenerationModel",
    "Visibility",
]
