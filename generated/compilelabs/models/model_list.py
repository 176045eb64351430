# Generated from spec/compilelabs.yaml by clientgen 0.1.0. Do not edit.
"""`ModelList` of the CompileLabs API."""

from __future__ import annotations

from pydantic import Field

from ._base import BaseModel
from .any_model import AnyModel


class ModelList(BaseModel):
    """The available models. The docs have no reference page for this endpoint; the
    shape is inferred: OpenAI-compatible.
    """

    object: str | None = Field(default=None, examples=["list"])
    """Always "list"."""
    data: list[AnyModel]
    """The models."""


__all__ = [
    "ModelList",
]
