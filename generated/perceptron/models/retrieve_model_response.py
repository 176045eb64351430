# Generated from spec/perceptron.yaml by clientgen 0.1.0. Do not edit.
"""`RetrieveModelResponse` of the Perceptron API."""

from __future__ import annotations

import typing

from .model import Model
from .model_extended import ModelExtended

RetrieveModelResponse: typing.TypeAlias = Model | ModelExtended
"""Response union for GET /v1/models/{model_id} endpoint. Returns Model when
extended=false (default), or ModelExtended when extended=true.

The `extended` parameter picks the variant:
`false` returns `Model`;
`true` returns `ModelExtended`.
"""


__all__ = [
    "RetrieveModelResponse",
]
