# Generated from golden/acme.yaml (API version 2026-11-01) by clientgen 0.1.0. Do not edit.
"""`ImagePart` of the Acme API."""

from __future__ import annotations

from typing import Literal, Required, TypedDict

from ._base import BaseModel


class ImagePart(BaseModel):
    """An image in a message."""

    type: Literal["image"]
    url: str
    detail: Literal["low", "high"] = "low"


class ImagePartParam(TypedDict, total=False):
    """`ImagePart` as a plain dict, for requests: its fields by wire name."""

    type: Required[Literal["image"]]
    url: Required[str]
    detail: Literal["low", "high"]


__all__ = [
    "ImagePart",
    "ImagePartParam",
]
