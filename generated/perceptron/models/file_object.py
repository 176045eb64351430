# Generated from spec/perceptron.yaml by clientgen 0.1.0. Do not edit.
"""`FileObject` of the Perceptron API."""

from __future__ import annotations

from pydantic import Field

from ._base import BaseModel
from .file_purpose import FilePurpose


class FileObject(BaseModel):
    """An uploaded file. Files never expire.

    Docs:
    https://docs.perceptron.inc/isaac-0.2/api-reference/endpoint/retrieve-file
    """

    object: str = Field(..., examples=["file"])
    """Always "file"."""
    id: str = Field(..., examples=["file-abc123"])
    """The file's id."""
    bytes_: int = Field(..., alias="bytes")
    """The file's size in bytes."""
    created_at: int
    """Unix timestamp (seconds) when the file was uploaded."""
    filename: str
    """The file's name; without one, the server names it by its id."""
    purpose: FilePurpose | None = None
    """What the file is for. The docs mark it required, but their example leaves it
    out.
    """


__all__ = [
    "FileObject",
]
