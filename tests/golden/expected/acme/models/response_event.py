# Generated from golden/acme.yaml (API version 2026-11-01) by clientgen 0.1.0. Do not edit.
"""`ResponseEvent` of the Acme API."""

from __future__ import annotations

import typing

from .response_created import ResponseCreated
from .response_delta import ResponseDelta
from .response_other import ResponseOther

ResponseEvent: typing.TypeAlias = ResponseCreated | ResponseDelta | ResponseOther
"""The events of a response stream.

Told apart by the SSE event name:
`response.created` is `ResponseCreated`;
`response.output_text.delta` is `ResponseDelta`.
An unknown name parses as `ResponseOther`.
"""


__all__ = [
    "ResponseEvent",
]
