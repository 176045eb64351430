# Generated from spec/perceptron.yaml by clientgen 0.1.0. Do not edit.
"""Models of the Perceptron API.

Every model keeps the fields it does not know (in `model_extra`), accepts its
fields by Python or by wire name, and builds its validator on first use. Open
enums keep unknown values as members. Each class is imported when it is first
used, so importing the package stays fast at any API size.
"""

from __future__ import annotations

import importlib as _importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .error_detail import ErrorDetail
    from .error_response import ErrorResponse
    from .get_models_extended_response import GetModelsExtendedResponse
    from .get_models_response import GetModelsResponse
    from .list_models_response import ListModelsResponse
    from .model import Model
    from .model_extended import ModelExtended
    from .model_owner import ModelOwner
    from .model_reasoning import ModelReasoning
    from .retrieve_model_response import RetrieveModelResponse

_LOCATIONS: dict[str, str] = {
    "ErrorDetail": ".error_detail",
    "ErrorResponse": ".error_response",
    "GetModelsExtendedResponse": ".get_models_extended_response",
    "GetModelsResponse": ".get_models_response",
    "ListModelsResponse": ".list_models_response",
    "Model": ".model",
    "ModelExtended": ".model_extended",
    "ModelOwner": ".model_owner",
    "ModelReasoning": ".model_reasoning",
    "RetrieveModelResponse": ".retrieve_model_response",
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
    "ErrorDetail",
    "ErrorResponse",
    "GetModelsExtendedResponse",
    "GetModelsResponse",
    "ListModelsResponse",
    "Model",
    "ModelExtended",
    "ModelOwner",
    "ModelReasoning",
    "RetrieveModelResponse",
]
