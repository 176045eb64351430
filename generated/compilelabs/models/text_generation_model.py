# Generated from spec/compilelabs.yaml by clientgen 0.1.0. Do not edit.
"""`TextGenerationModel` of the CompileLabs API."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from .author import Author  # noqa: F401 - inherited fields name them
from .capability import Capability
from .model_info import ModelInfo
from .model_status import ModelStatus  # noqa: F401 - inherited fields name them
from .pricing_model import PricingModel  # noqa: F401 - inherited fields name them
from .visibility import Visibility  # noqa: F401 - inherited fields name them


class TextGenerationModel(ModelInfo):
    """Text generation model response (`TextGenerationModelResponseModel` in the
    docs).

    Docs: https://docs.compilelabs.com/api-reference/models/get-model
    """

    context_length: int = Field(..., ge=1, examples=[128000])
    """The maximum number of tokens that can be processed in a single request
    (input + output).
    """
    model_type: Literal["text_generation"] = "text_generation"
    """The type of the model, always "text_generation"."""
    capabilities: list[Capability] | None = Field(
        default=None, examples=[["streaming"], ["structured_output"], ["function_calling"]]
    )
    """The capabilities supported by the model."""


__all__ = [
    "TextGenerationModel",
]
