# Generated from spec/perceptron.yaml by clientgen 0.1.0. Do not edit.
"""`FileDeleted` of the Perceptron API."""

from __future__ import annotations

from pydantic import Field

from ._base import BaseModel


class FileDeleted(BaseModel):
    """The answer to a deletion. From Perceptron's official SDK."""

    object: str = Field(..., examples=["file"])
    """Always "file"."""
    id: str
    """The deleted file's id."""
    deleted: bool
    """Whether the file was deleted."""


__all__ = [
    "FileDeleted",
]
