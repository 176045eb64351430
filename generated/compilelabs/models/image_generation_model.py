# Generated from spec/compilelabs.yaml by clientgen 0.1.0. Do not edit.
"""`ImageGenerationModel` of the CompileLabs API."""

from __future__ import annotations

from typing import Literal

from .author import Author  # noqa: F401 - inherited fields name them
from .model_info import ModelInfo
from .model_status import ModelStatus  # noqa: F401 - inherited fields name them
from .pricing_model import PricingModel  # noqa: F401 - inherited fields name them
from .visibility import Visibility  # noqa: F401 - inherited fields name them


class ImageGenerationModel(ModelInfo):
    """Image generation model response (`ImageGenerationModelResponseModel` in the
    docs). The docs list no fields beyond the shared ones; any others the API
    returns are kept as extra attributes.

    Docs: https://docs.compilelabs.com/api-reference/models/get-model
    """

    model_type: Literal["image_generation"]
    """The type of the model, always "image_generation"."""


__all__ = [
    "ImageGenerationModel",
]
