# Generated from spec/compilelabs.yaml by clientgen 0.1.0. Do not edit.
"""`InputImage` of the CompileLabs API."""

from __future__ import annotations

from typing import Literal, Required, TypedDict

from ._base import BaseModel


class InputImage(BaseModel):
    """Image input. inferred: OpenAI-compatible."""

    type: Literal["input_image"]
    image_url: str | None = None
    """An http(s) URL, or a base64 data URL."""
    detail: str | None = None
    """The image detail level (`auto`, `low` or `high`)."""


class InputImageParam(TypedDict, total=False):
    """`InputImage` as a plain dict, for requests: its fields by wire name."""

    type: Required[Literal["input_image"]]
    image_url: str
    detail: str


__all__ = [
    "InputImage",
    "InputImageParam",
]
