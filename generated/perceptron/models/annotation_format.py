# Generated from spec/perceptron.yaml by clientgen 0.1.0. Do not edit.
"""`AnnotationFormat` of the Perceptron API."""

from __future__ import annotations

from enum import StrEnum


class AnnotationFormat(StrEnum):
    """The kind of grounded annotation the model emits. `clip` applies to video
    only.
    """

    POINT = "point"
    BOX = "box"
    POLYGON = "polygon"
    CLIP = "clip"


__all__ = [
    "AnnotationFormat",
]
