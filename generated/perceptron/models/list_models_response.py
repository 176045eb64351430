# Generated from spec/perceptron.yaml by clientgen 0.1.0. Do not edit.
"""`ListModelsResponse` of the Perceptron API."""

from __future__ import annotations

import typing

from .get_models_extended_response import GetModelsExtendedResponse
from .get_models_response import GetModelsResponse

ListModelsResponse: typing.TypeAlias = GetModelsResponse | GetModelsExtendedResponse
"""Response union for GET /v1/models. Returns GetModelsResponse when
extended=false (default), or GetModelsExtendedResponse when extended=true.

The `extended` parameter picks the variant:
`false` returns `GetModelsResponse`;
`true` returns `GetModelsExtendedResponse`.
"""


__all__ = [
    "ListModelsResponse",
]
