# Generated from spec/compilelabs.yaml by clientgen 0.1.0. Do not edit.
"""Models of the CompileLabs API.

Every model keeps the fields it does not know (in `model_extra`), accepts its
fields by Python or by wire name, and builds its validator on first use. Open
enums keep unknown values as members. Each class is imported when it is first
used, so importing the package stays fast at any API size.
"""

from __future__ import annotations

import importlib as _importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .any_model import AnyModel
    from .assistant_message import AssistantMessage, AssistantMessageParam
    from .author import Author
    from .capability import Capability
    from .chat_completion import ChatCompletion
    from .chat_completion_choice import ChatCompletionChoice
    from .chat_completion_chunk import ChatCompletionChunk
    from .chat_completion_chunk_choice import ChatCompletionChunkChoice
    from .chat_completion_message import ChatCompletionMessage
    from .chat_completion_request import ChatCompletionRequest
    from .chat_message import ChatMessage, ChatMessageParam
    from .chunk_delta import ChunkDelta
    from .chunk_tool_call import ChunkToolCall
    from .chunk_tool_call_function import ChunkToolCallFunction
    from .completion_tokens_details import CompletionTokensDetails
    from .completion_usage import CompletionUsage
    from .content_part import ContentPart, ContentPartParam
    from .conversation import Conversation
    from .developer_message import DeveloperMessage, DeveloperMessageParam
    from .error_detail import ErrorDetail
    from .error_response import ErrorResponse
    from .finish_reason import FinishReason
    from .function_call import FunctionCall, FunctionCallParam
    from .function_call_output import FunctionCallOutput, FunctionCallOutputParam
    from .function_definition import FunctionDefinition, FunctionDefinitionParam
    from .function_tool import FunctionTool, FunctionToolParam
    from .get_model_response import GetModelResponse
    from .image import Image
    from .image_generate_request import ImageGenerateRequest
    from .image_generation_model import ImageGenerationModel
    from .image_response_format import ImageResponseFormat
    from .image_url import ImageUrl, ImageUrlParam
    from .image_url_part import ImageUrlPart, ImageUrlPartParam
    from .images_response import ImagesResponse
    from .incomplete_details import IncompleteDetails
    from .input_content import InputContent, InputContentParam
    from .input_image import InputImage, InputImageParam
    from .input_item import InputItem, InputItemParam
    from .input_message import InputMessage, InputMessageParam
    from .input_text import InputText, InputTextParam
    from .input_tokens_details import InputTokensDetails
    from .model_info import ModelInfo
    from .model_list import ModelList
    from .model_status import ModelStatus
    from .model_type import ModelType
    from .named_function import NamedFunction, NamedFunctionParam
    from .named_tool_choice import NamedToolChoice, NamedToolChoiceParam
    from .org_usage_balance import OrgUsageBalance
    from .output_content import OutputContent
    from .output_content_other import OutputContentOther
    from .output_item import OutputItem
    from .output_item_other import OutputItemOther
    from .output_message import OutputMessage
    from .output_text import OutputText
    from .output_tokens_details import OutputTokensDetails
    from .pricing_model import PricingModel
    from .prompt_tokens_details import PromptTokensDetails
    from .reasoning_config import ReasoningConfig, ReasoningConfigParam
    from .reasoning_effort import ReasoningEffort
    from .reasoning_item import ReasoningItem, ReasoningItemParam
    from .reasoning_summary import ReasoningSummary
    from .reasoning_text import ReasoningText, ReasoningTextParam
    from .refusal import Refusal
    from .response import Response
    from .response_create_request import ResponseCreateRequest
    from .response_error import ResponseError
    from .response_format import ResponseFormat, ResponseFormatParam
    from .response_format_json_object import ResponseFormatJsonObject, ResponseFormatJsonObjectParam
    from .response_format_json_schema import ResponseFormatJsonSchema, ResponseFormatJsonSchemaParam
    from .response_format_text import ResponseFormatText, ResponseFormatTextParam
    from .response_function_tool import ResponseFunctionTool, ResponseFunctionToolParam
    from .response_lifecycle_event import ResponseLifecycleEvent
    from .response_output_item_event import ResponseOutputItemEvent
    from .response_status import ResponseStatus
    from .response_stream_event import ResponseStreamEvent
    from .response_stream_event_other import ResponseStreamEventOther
    from .response_text_delta_event import ResponseTextDeltaEvent
    from .response_text_done_event import ResponseTextDoneEvent
    from .response_usage import ResponseUsage
    from .summary_text import SummaryText, SummaryTextParam
    from .system_message import SystemMessage, SystemMessageParam
    from .text_config import TextConfig, TextConfigParam
    from .text_generation_model import TextGenerationModel
    from .text_part import TextPart, TextPartParam
    from .tool_call import ToolCall, ToolCallParam
    from .tool_call_function import ToolCallFunction, ToolCallFunctionParam
    from .tool_choice import ToolChoice, ToolChoiceParam
    from .tool_choice_mode import ToolChoiceMode
    from .tool_message import ToolMessage, ToolMessageParam
    from .usage_balance import UsageBalance
    from .user_message import UserMessage, UserMessageParam
    from .user_usage_balance import UserUsageBalance
    from .visibility import Visibility

_LOCATIONS: dict[str, str] = {
    "AnyModel": ".any_model",
    "AssistantMessage": ".assistant_message",
    "AssistantMessageParam": ".assistant_message",
    "Author": ".author",
    "Capability": ".capability",
    "ChatCompletion": ".chat_completion",
    "ChatCompletionChoice": ".chat_completion_choice",
    "ChatCompletionChunk": ".chat_completion_chunk",
    "ChatCompletionChunkChoice": ".chat_completion_chunk_choice",
    "ChatCompletionMessage": ".chat_completion_message",
    "ChatCompletionRequest": ".chat_completion_request",
    "ChatMessage": ".chat_message",
    "ChatMessageParam": ".chat_message",
    "ChunkDelta": ".chunk_delta",
    "ChunkToolCall": ".chunk_tool_call",
    "ChunkToolCallFunction": ".chunk_tool_call_function",
    "CompletionTokensDetails": ".completion_tokens_details",
    "CompletionUsage": ".completion_usage",
    "ContentPart": ".content_part",
    "ContentPartParam": ".content_part",
    "Conversation": ".conversation",
    "DeveloperMessage": ".developer_message",
    "DeveloperMessageParam": ".developer_message",
    "ErrorDetail": ".error_detail",
    "ErrorResponse": ".error_response",
    "FinishReason": ".finish_reason",
    "FunctionCall": ".function_call",
    "FunctionCallOutput": ".function_call_output",
    "FunctionCallOutputParam": ".function_call_output",
    "FunctionCallParam": ".function_call",
    "FunctionDefinition": ".function_definition",
    "FunctionDefinitionParam": ".function_definition",
    "FunctionTool": ".function_tool",
    "FunctionToolParam": ".function_tool",
    "GetModelResponse": ".get_model_response",
    "Image": ".image",
    "ImageGenerateRequest": ".image_generate_request",
    "ImageGenerationModel": ".image_generation_model",
    "ImageResponseFormat": ".image_response_format",
    "ImagesResponse": ".images_response",
    "ImageUrl": ".image_url",
    "ImageUrlParam": ".image_url",
    "ImageUrlPart": ".image_url_part",
    "ImageUrlPartParam": ".image_url_part",
    "IncompleteDetails": ".incomplete_details",
    "InputContent": ".input_content",
    "InputContentParam": ".input_content",
    "InputImage": ".input_image",
    "InputImageParam": ".input_image",
    "InputItem": ".input_item",
    "InputItemParam": ".input_item",
    "InputMessage": ".input_message",
    "InputMessageParam": ".input_message",
    "InputText": ".input_text",
    "InputTextParam": ".input_text",
    "InputTokensDetails": ".input_tokens_details",
    "ModelInfo": ".model_info",
    "ModelList": ".model_list",
    "ModelStatus": ".model_status",
    "ModelType": ".model_type",
    "NamedFunction": ".named_function",
    "NamedFunctionParam": ".named_function",
    "NamedToolChoice": ".named_tool_choice",
    "NamedToolChoiceParam": ".named_tool_choice",
    "OrgUsageBalance": ".org_usage_balance",
    "OutputContent": ".output_content",
    "OutputContentOther": ".output_content_other",
    "OutputItem": ".output_item",
    "OutputItemOther": ".output_item_other",
    "OutputMessage": ".output_message",
    "OutputText": ".output_text",
    "OutputTokensDetails": ".output_tokens_details",
    "PricingModel": ".pricing_model",
    "PromptTokensDetails": ".prompt_tokens_details",
    "ReasoningConfig": ".reasoning_config",
    "ReasoningConfigParam": ".reasoning_config",
    "ReasoningEffort": ".reasoning_effort",
    "ReasoningItem": ".reasoning_item",
    "ReasoningItemParam": ".reasoning_item",
    "ReasoningSummary": ".reasoning_summary",
    "ReasoningText": ".reasoning_text",
    "ReasoningTextParam": ".reasoning_text",
    "Refusal": ".refusal",
    "Response": ".response",
    "ResponseCreateRequest": ".response_create_request",
    "ResponseError": ".response_error",
    "ResponseFormat": ".response_format",
    "ResponseFormatJsonObject": ".response_format_json_object",
    "ResponseFormatJsonObjectParam": ".response_format_json_object",
    "ResponseFormatJsonSchema": ".response_format_json_schema",
    "ResponseFormatJsonSchemaParam": ".response_format_json_schema",
    "ResponseFormatParam": ".response_format",
    "ResponseFormatText": ".response_format_text",
    "ResponseFormatTextParam": ".response_format_text",
    "ResponseFunctionTool": ".response_function_tool",
    "ResponseFunctionToolParam": ".response_function_tool",
    "ResponseLifecycleEvent": ".response_lifecycle_event",
    "ResponseOutputItemEvent": ".response_output_item_event",
    "ResponseStatus": ".response_status",
    "ResponseStreamEvent": ".response_stream_event",
    "ResponseStreamEventOther": ".response_stream_event_other",
    "ResponseTextDeltaEvent": ".response_text_delta_event",
    "ResponseTextDoneEvent": ".response_text_done_event",
    "ResponseUsage": ".response_usage",
    "SummaryText": ".summary_text",
    "SummaryTextParam": ".summary_text",
    "SystemMessage": ".system_message",
    "SystemMessageParam": ".system_message",
    "TextConfig": ".text_config",
    "TextConfigParam": ".text_config",
    "TextGenerationModel": ".text_generation_model",
    "TextPart": ".text_part",
    "TextPartParam": ".text_part",
    "ToolCall": ".tool_call",
    "ToolCallFunction": ".tool_call_function",
    "ToolCallFunctionParam": ".tool_call_function",
    "ToolCallParam": ".tool_call",
    "ToolChoice": ".tool_choice",
    "ToolChoiceMode": ".tool_choice_mode",
    "ToolChoiceParam": ".tool_choice",
    "ToolMessage": ".tool_message",
    "ToolMessageParam": ".tool_message",
    "UsageBalance": ".usage_balance",
    "UserMessage": ".user_message",
    "UserMessageParam": ".user_message",
    "UserUsageBalance": ".user_usage_balance",
    "Visibility": ".visibility",
}


def __getattr__(name: str) -> object:
    module = _LOCATIONS.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(_importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_LOCATIONS})


__all__ = [
    "AnyModel",
    "AssistantMessage",
    "AssistantMessageParam",
    "Author",
    "Capability",
    "ChatCompletion",
    "ChatCompletionChoice",
    "ChatCompletionChunk",
    "ChatCompletionChunkChoice",
    "ChatCompletionMessage",
    "ChatCompletionRequest",
    "ChatMessage",
    "ChatMessageParam",
    "ChunkDelta",
    "ChunkToolCall",
    "ChunkToolCallFunction",
    "CompletionTokensDetails",
    "CompletionUsage",
    "ContentPart",
    "ContentPartParam",
    "Conversation",
    "DeveloperMessage",
    "DeveloperMessageParam",
    "ErrorDetail",
    "ErrorResponse",
    "FinishReason",
    "FunctionCall",
    "FunctionCallOutput",
    "FunctionCallOutputParam",
    "FunctionCallParam",
    "FunctionDefinition",
    "FunctionDefinitionParam",
    "FunctionTool",
    "FunctionToolParam",
    "GetModelResponse",
    "Image",
    "ImageGenerateRequest",
    "ImageGenerationModel",
    "ImageResponseFormat",
    "ImageUrl",
    "ImageUrlParam",
    "ImageUrlPart",
    "ImageUrlPartParam",
    "ImagesResponse",
    "IncompleteDetails",
    "InputContent",
    "InputContentParam",
    "InputImage",
    "InputImageParam",
    "InputItem",
    "InputItemParam",
    "InputMessage",
    "InputMessageParam",
    "InputText",
    "InputTextParam",
    "InputTokensDetails",
    "ModelInfo",
    "ModelList",
    "ModelStatus",
    "ModelType",
    "NamedFunction",
    "NamedFunctionParam",
    "NamedToolChoice",
    "NamedToolChoiceParam",
    "OrgUsageBalance",
    "OutputContent",
    "OutputContentOther",
    "OutputItem",
    "OutputItemOther",
    "OutputMessage",
    "OutputText",
    "OutputTokensDetails",
    "PricingModel",
    "PromptTokensDetails",
    "ReasoningConfig",
    "ReasoningConfigParam",
    "ReasoningEffort",
    "ReasoningItem",
    "ReasoningItemParam",
    "ReasoningSummary",
    "ReasoningText",
    "ReasoningTextParam",
    "Refusal",
    "Response",
    "ResponseCreateRequest",
    "ResponseError",
    "ResponseFormat",
    "ResponseFormatJsonObject",
    "ResponseFormatJsonObjectParam",
    "ResponseFormatJsonSchema",
    "ResponseFormatJsonSchemaParam",
    "ResponseFormatParam",
    "ResponseFormatText",
    "ResponseFormatTextParam",
    "ResponseFunctionTool",
    "ResponseFunctionToolParam",
    "ResponseLifecycleEvent",
    "ResponseOutputItemEvent",
    "ResponseStatus",
    "ResponseStreamEvent",
    "ResponseStreamEventOther",
    "ResponseTextDeltaEvent",
    "ResponseTextDoneEvent",
    "ResponseUsage",
    "SummaryText",
    "SummaryTextParam",
    "SystemMessage",
    "SystemMessageParam",
    "TextConfig",
    "TextConfigParam",
    "TextGenerationModel",
    "TextPart",
    "TextPartParam",
    "ToolCall",
    "ToolCallFunction",
    "ToolCallFunctionParam",
    "ToolCallParam",
    "ToolChoice",
    "ToolChoiceMode",
    "ToolChoiceParam",
    "ToolMessage",
    "ToolMessageParam",
    "UsageBalance",
    "UserMessage",
    "UserMessageParam",
    "UserUsageBalance",
    "Visibility",
]
