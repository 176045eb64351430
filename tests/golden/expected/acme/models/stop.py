# Generated from golden/acme.yaml (API version 2026-11-01) by clientgen 0.1.0. Do not edit.
"""`Stop` of the Acme API."""

from __future__ import annotations

import typing

Stop: typing.TypeAlias = str | list[str]
"""Where to stop."""


StopParam: typing.TypeAlias = str | list[str]
"""`Stop` as plain data, for requests."""


__all__ = [
    "Stop",
    "StopParam",
]
