# Generated from spec/perceptron.yaml by clientgen 0.1.0. Do not edit.
"""`FileRef` of the Perceptron API."""

from __future__ import annotations

from typing import Required, TypedDict

from pydantic import Field

from ._base import BaseModel


class FileRef(BaseModel):
    """A file uploaded with `files.create`."""

    file_id: str = Field(
        ..., pattern="^file-[A-Za-z0-9]+$", examples=["file-Q7m2Lx9aPz3Kc8Rt1VbN0s"]
    )
    """The id of the uploaded file."""


class FileRefParam(TypedDict, total=False):
    """`FileRef` as a plain dict, for requests: its fields by wire name."""

    file_id: Required[str]


__all__ = [
    "FileRef",
    "FileRefParam",
]
