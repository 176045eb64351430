# Generated from spec/perceptron.yaml by clientgen 0.1.0. Do not edit.
"""`ImageFileIdPart` of the Perceptron API."""

from __future__ import annotations

from typing import Literal, Required, TypedDict

from ._base import BaseModel
from .file_ref import FileRef, FileRefParam


class ImageFileIdPart(BaseModel):
    """An uploaded image file. Equivalent to an `image_url` part whose URL is
    `/v1/files/{file_id}/content`.

    Docs: https://docs.perceptron.inc/perceptron-mk1/guides/files
    """

    type: Literal["image_file_id"]
    image_file_id: FileRef


class ImageFileIdPartParam(TypedDict, total=False):
    """`ImageFileIdPart` as a plain dict, for requests: its fields by wire name."""

    type: Required[Literal["image_file_id"]]
    image_file_id: Required[FileRefParam | FileRef]


__all__ = [
    "ImageFileIdPart",
    "ImageFileIdPartParam",
]
