# Generated from spec/perceptron.yaml by clientgen 0.1.0. Do not edit.
"""`FileList` of the Perceptron API."""

from __future__ import annotations

from pydantic import Field

from ._base import BaseModel
from .file_object import FileObject


class FileList(BaseModel):
    """A page of files, newest first unless `order=asc`.

    Docs:
    https://docs.perceptron.inc/isaac-0.2/api-reference/endpoint/list-files
    """

    object: str = Field(..., examples=["list"])
    """Always "list"."""
    data: list[FileObject]
    """The files on this page."""
    first_id: str | None
    """The id of the first file on the page; "" on an empty page."""
    last_id: str | None
    """The id of the last file on the page (the next page's `after`); "" on an
    empty page.
    """
    has_more: bool
    """More files follow this page."""


__all__ = [
    "FileList",
]
