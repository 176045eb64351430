# Generated from spec/compilelabs.yaml by clientgen 0.1.0. Do not edit.
"""`AnyModel` of the CompileLabs API."""

from __future__ import annotations

import typing

import pydantic

from .image_generation_model import ImageGenerationModel
from .model_info import ModelInfo
from .text_generation_model import TextGenerationModel

_ANY_MODEL_TAGS: dict[object, str] = {
    "text_generation": "TextGenerationModel",
    "image_generation": "ImageGenerationModel",
}


def _any_model_tag(value: typing.Any) -> str | None:
    tag = (
        value.get("model_type", "text_generation")
        if isinstance(value, dict)
        else getattr(value, "model_type", None)
    )
    if not isinstance(tag, str | int):
        return "ModelInfo"
    return _ANY_MODEL_TAGS.get(tag, "ModelInfo")


AnyModel: typing.TypeAlias = typing.Annotated[
    typing.Annotated[TextGenerationModel, pydantic.Tag("TextGenerationModel")]
    | typing.Annotated[ImageGenerationModel, pydantic.Tag("ImageGenerationModel")]
    | typing.Annotated[ModelInfo, pydantic.Tag("ModelInfo")],
    pydantic.Discriminator(_any_model_tag),
]
"""A model of any type, told apart by `model_type`; an unknown type parses as
`ModelInfo`.

Told apart by the `model_type` field; an unknown value parses as `ModelInfo`.
"""


__all__ = [
    "AnyModel",
]
