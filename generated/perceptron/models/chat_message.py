# Generated from spec/perceptron.yaml by clientgen 0.1.0. Do not edit.
"""`ChatMessage` of the Perceptron API."""

from __future__ import annotations

import typing

import pydantic

from .assistant_message import AssistantMessage, AssistantMessageParam
from .developer_message import DeveloperMessage, DeveloperMessageParam
from .system_message import SystemMessage, SystemMessageParam
from .tool_message import ToolMessage, ToolMessageParam
from .user_message import UserMessage, UserMessageParam

_CHAT_MESSAGE_TAGS: dict[object, str] = {
    "system": "SystemMessage",
    "developer": "DeveloperMessage",
    "user": "UserMessage",
    "assistant": "AssistantMessage",
    "tool": "ToolMessage",
}


def _chat_message_tag(value: typing.Any) -> str | None:
    tag = value.get("role", None) if isinstance(value, dict) else getattr(value, "role", None)
    if not isinstance(tag, str | int):
        return None
    return _CHAT_MESSAGE_TAGS.get(tag)


ChatMessage: typing.TypeAlias = typing.Annotated[
    typing.Annotated[SystemMessage, pydantic.Tag("SystemMessage")]
    | typing.Annotated[DeveloperMessage, pydantic.Tag("DeveloperMessage")]
    | typing.Annotated[UserMessage, pydantic.Tag("UserMessage")]
    | typing.Annotated[AssistantMessage, pydantic.Tag("AssistantMessage")]
    | typing.Annotated[ToolMessage, pydantic.Tag("ToolMessage")],
    pydantic.Discriminator(_chat_message_tag),
]
"""A message of the conversation, told apart by `role`.

Told apart by the `role` field.
"""


ChatMessageParam: typing.TypeAlias = (
    SystemMessageParam
    | SystemMessage
    | DeveloperMessageParam
    | DeveloperMessage
    | UserMessageParam
    | UserMessage
    | AssistantMessageParam
    | AssistantMessage
    | ToolMessageParam
    | ToolMessage
)
"""`ChatMessage` as plain data, for requests."""


__all__ = [
    "ChatMessage",
    "ChatMessageParam",
]
