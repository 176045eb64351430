# Generated from spec/perceptron.yaml by clientgen 0.1.0. Do not edit.
"""`VisionInternalTools` of the Perceptron API."""

from __future__ import annotations

from typing import TypedDict

from ._base import BaseModel


class VisionInternalTools(BaseModel):
    """Built-in tools of the vision model."""

    focus: bool | None = None
    """Let the model zoom into regions of an image (images only). The
    perceptron-mk1 docs document it; Perceptron's official SDK says the API now
    rejects it as `unsupported_parameter` ("Focus controls are retired").
    """


class VisionInternalToolsParam(TypedDict, total=False):
    """`VisionInternalTools` as a plain dict, for requests: its fields by wire name."""

    focus: bool


__all__ = [
    "VisionInternalTools",
    "VisionInternalToolsParam",
]
