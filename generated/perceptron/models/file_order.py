# Generated from spec/perceptron.yaml by clientgen 0.1.0. Do not edit.
"""`FileOrder` of the Perceptron API."""

from __future__ import annotations

from enum import StrEnum


class FileOrder(StrEnum):
    """The sort order of files by `created_at`."""

    ASC = "asc"
    DESC = "desc"


__all__ = [
    "FileOrder",
]
