# Generated from spec/perceptron.yaml by clientgen 0.1.0. Do not edit.
"""`JsonSchemaFormat` of the Perceptron API."""

from __future__ import annotations

from typing import Any, Required, TypedDict

from pydantic import Field

from ._base import BaseModel


class JsonSchemaFormat(BaseModel):
    """A JSON Schema the answer must follow. The docs show the schema under
    `json_schema` without its layout; Perceptron's official SDK sends OpenAI's
    layout, with `name` and `schema`.

    Docs: https://docs.perceptron.inc/capabilities/structured-outputs
    """

    name: str = Field(..., examples=["response"])
    """A name for the schema."""
    schema_: dict[str, Any] = Field(..., alias="schema")
    """The JSON Schema object."""
    description: str | None = None
    """inferred: OpenAI-compatible. What the schema is for."""
    strict: bool | None = None
    """Hold the answer to the schema exactly."""


class JsonSchemaFormatParam(TypedDict, total=False):
    """`JsonSchemaFormat` as a plain dict, for requests: its fields by wire name."""

    name: Required[str]
    schema: Required[dict[str, Any]]
    description: str
    strict: bool | None


__all__ = [
    "JsonSchemaFormat",
    "JsonSchemaFormatParam",
]
