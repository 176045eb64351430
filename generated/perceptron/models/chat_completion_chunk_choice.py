# Generated from spec/perceptron.yaml by clientgen 0.1.0. Do not edit.
"""`ChatCompletionChunkChoice` of the Perceptron API."""

from __future__ import annotations

import pydantic
from pydantic import Field

from ._base import BaseModel
from .chunk_delta import ChunkDelta
from .finish_reason import FinishReason


class ChatCompletionChunkChoice(BaseModel):
    """One answer's part in a chunk."""

    index: int
    """The answer's index."""
    delta: ChunkDelta = Field(default={}, validate_default=True)
    """What this chunk adds. A null or absent delta reads as an empty one."""
    finish_reason: FinishReason | None = None
    """Why the model stopped, on the answer's last chunk."""

    @pydantic.field_validator("delta", mode="before")
    @classmethod
    def _null_delta(cls, value: object) -> object:
        """A null `delta` reads as its default."""
        return {} if value is None else value


__all__ = [
    "ChatCompletionChunkChoice",
]
