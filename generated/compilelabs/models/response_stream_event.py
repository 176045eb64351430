# Generated from spec/compilelabs.yaml by clientgen 0.1.0. Do not edit.
"""`ResponseStreamEvent` of the CompileLabs API."""

from __future__ import annotations

import typing

from .response_lifecycle_event import ResponseLifecycleEvent
from .response_output_item_event import ResponseOutputItemEvent
from .response_stream_event_other import ResponseStreamEventOther
from .response_text_delta_event import ResponseTextDeltaEvent
from .response_text_done_event import ResponseTextDoneEvent

ResponseStreamEvent: typing.TypeAlias = (
    ResponseLifecycleEvent
    | ResponseOutputItemEvent
    | ResponseTextDeltaEvent
    | ResponseTextDoneEvent
    | ResponseStreamEventOther
)
"""An event of a streamed response, told apart by its SSE event name. The docs
do not list the names; they are inferred: OpenAI-compatible. Other events
parse as `ResponseStreamEventOther`.

Told apart by the SSE event name:
`response.created` is `ResponseLifecycleEvent`;
`response.in_progress` is `ResponseLifecycleEvent`;
`response.completed` is `ResponseLifecycleEvent`;
`response.failed` is `ResponseLifecycleEvent`;
`response.incomplete` is `ResponseLifecycleEvent`;
`response.output_item.added` is `ResponseOutputItemEvent`;
`response.output_item.done` is `ResponseOutputItemEvent`;
`response.output_text.delta` is `ResponseTextDeltaEvent`;
`response.output_text.done` is `ResponseTextDoneEvent`.
An unknown name parses as `ResponseStreamEventOther`.
"""


__all__ = [
    "ResponseStreamEvent",
]
