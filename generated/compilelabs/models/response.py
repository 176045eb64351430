# Generated from spec/compilelabs.yaml by clientgen 0.1.0. Do not edit.
"""`Response` of the CompileLabs API."""

from __future__ import annotations

from pydantic import Field

from ._base import BaseModel
from .conversation import Conversation
from .incomplete_details import IncompleteDetails
from .output_item import OutputItem
from .response_error import ResponseError
from .response_status import ResponseStatus
from .response_usage import ResponseUsage


class Response(BaseModel):
    """Response object from the Responses API. The docs' schema is cut off after
    `parallel_tool_calls`; other fields are kept.

    Docs:
    https://docs.compilelabs.com/api-reference/llm/openai-compatible-responses-api
    """

    id: str
    """The response's id."""
    object: str = "response"
    """Always "response"."""
    created_at: int
    """Unix timestamp (seconds) of the response."""
    model: str
    """The model that answered."""
    status: ResponseStatus | None = None
    """The response's state."""
    output: list[OutputItem] = Field(default=[], validate_default=True)
    """What the model produced, in order."""
    conversation: Conversation | None = None
    """The conversation the response belongs to."""
    usage: ResponseUsage | None = None
    """Tokens used; null until the response completes."""
    error: ResponseError | None = None
    """Why the response failed, if it did."""
    incomplete_details: IncompleteDetails | None = None
    """Why the response is incomplete, if it is."""
    instructions: str | None = None
    """The instructions the response followed."""
    max_output_tokens: int | None = None
    """The output token limit of the request."""
    parallel_tool_calls: bool | None = None
    """Whether several tools could be called at once."""


__all__ = [
    "Response",
]
