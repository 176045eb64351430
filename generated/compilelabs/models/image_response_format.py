# Generated from spec/compilelabs.yaml by clientgen 0.1.0. Do not edit.
"""`ImageResponseFormat` of the CompileLabs API."""

from __future__ import annotations

from enum import StrEnum


class ImageResponseFormat(StrEnum):
    """How generated images are returned."""

    URL = "url"
    B64_JSON = "b64_json"


__all__ = [
    "ImageResponseFormat",
]
