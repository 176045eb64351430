# Generated from spec/perceptron.yaml by clientgen 0.1.0. Do not edit.
"""`FileUpload` of the Perceptron API."""

from __future__ import annotations

from ._base import BaseModel
from .file_purpose import FilePurpose


class FileUpload(BaseModel):
    """The multipart body of a file upload. The docs allow files up to 512 MiB and
    100 GiB per organization; Perceptron's official SDK says the server rejects
    uploads over 128 MiB (413). The body is sent with a `Content-Length` (the
    server answers 411 to chunked uploads).

    Docs:
    https://docs.perceptron.inc/isaac-0.2/api-reference/endpoint/upload-file
    """

    file: bytes
    """The file: JPEG, PNG, WebP, MP4, QuickTime, WebM, WAV, MP3 or FLAC. The
    server detects the type from the content.
    """
    purpose: FilePurpose
    """What the file is for."""


__all__ = [
    "FileUpload",
]
