"""Turning a spec into documents other tools read: `openapi` (an OpenAPI 3.1 document)."""

from __future__ import annotations

from .openapi import export

__all__ = ["export"]
