# Generated from spec/perceptron.yaml by clientgen 0.1.0. Do not edit.
"""Models of the Perceptron API.

Every model keeps the fields it does not know (in `model_extra`), accepts its
fields by Python or by wire name, and builds its validator on first use. Open
enums keep unknown values as members. Each class is imported when it is first
used, so importing the package stays fast at any API size.
"""

from __future__ import annotations

import importlib as _importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .annotation_format import AnnotationFormat
    from .assistant_message import AssistantMessage, AssistantMessageParam
    from .audio_file_id_part import AudioFileIdPart, AudioFileIdPartParam
    from .audio_url import AudioUrl, AudioUrlParam
    from .audio_url_part import AudioUrlPart, AudioUrlPartParam
    from .chat_completion import ChatCompletion
    from .chat_completion_choice import ChatCompletionChoice
    from .chat_completion_chunk import ChatCompletionChunk
    from .chat_completion_chunk_choice import ChatCompletionChunkChoice
    from .chat_completion_message import ChatCompletionMessage
    from .chat_completion_message_tool_call import ChatCompletionMessageToolCall
    from .chat_completion_request import ChatCompletionRequest
    from .chat_message import ChatMessage, ChatMessageParam
    from .chunk_delta import ChunkDelta
    from .chunk_tool_call import ChunkToolCall
    from .chunk_tool_call_function import ChunkToolCallFunction
    from .completion_usage import CompletionUsage
    from .content_part import ContentPart, ContentPartParam
    from .developer_message import DeveloperMessage, DeveloperMessageParam
    from .error_detail import ErrorDetail
    from .error_response import ErrorResponse
    from .file_deleted import FileDeleted
    from .file_list import FileList
    from .file_object import FileObject
    from .file_order import FileOrder
    from .file_purpose import FilePurpose
    from .file_ref import FileRef, FileRefParam
    from .file_upload import FileUpload
    from .finish_reason import FinishReason
    from .focus_tool import FocusTool, FocusToolParam
    from .function_definition import FunctionDefinition, FunctionDefinitionParam
    from .function_tool import FunctionTool, FunctionToolParam
    from .get_models_extended_response import GetModelsExtendedResponse
    from .get_models_response import GetModelsResponse
    from .image_file_id_part import ImageFileIdPart, ImageFileIdPartParam
    from .image_url import ImageUrl, ImageUrlParam
    from .image_url_part import ImageUrlPart, ImageUrlPartParam
    from .input_audio import InputAudio, InputAudioParam
    from .input_audio_format import InputAudioFormat
    from .input_audio_part import InputAudioPart, InputAudioPartParam
    from .json_schema_format import JsonSchemaFormat, JsonSchemaFormatParam
    from .list_models_response import ListModelsResponse
    from .media_download_url import MediaDownloadUrl
    from .media_download_urls import MediaDownloadUrls
    from .media_download_urls_request import MediaDownloadUrlsRequest
    from .media_upload_file import MediaUploadFile, MediaUploadFileParam
    from .media_upload_url import MediaUploadUrl
    from .media_upload_urls import MediaUploadUrls
    from .media_upload_urls_request import MediaUploadUrlsRequest
    from .model import Model
    from .model_extended import ModelExtended
    from .model_owner import ModelOwner
    from .model_reasoning import ModelReasoning
    from .multilook_completion import MultilookCompletion
    from .multilook_completions import MultilookCompletions
    from .multilook_error import MultilookError
    from .multilook_error_detail import MultilookErrorDetail
    from .multilook_prompt import MultilookPrompt, MultilookPromptParam
    from .multilook_request import MultilookRequest
    from .multilook_result import MultilookResult
    from .multilook_result_other import MultilookResultOther
    from .multilook_result_usage import MultilookResultUsage
    from .named_function import NamedFunction, NamedFunctionParam
    from .named_tool_choice import NamedToolChoice, NamedToolChoiceParam
    from .prompt_tokens_details import PromptTokensDetails
    from .reasoning_effort import ReasoningEffort
    from .response_format import ResponseFormat, ResponseFormatParam
    from .response_format_json_object import ResponseFormatJsonObject, ResponseFormatJsonObjectParam
    from .response_format_json_schema import ResponseFormatJsonSchema, ResponseFormatJsonSchemaParam
    from .response_format_text import ResponseFormatText, ResponseFormatTextParam
    from .retrieve_model_response import RetrieveModelResponse
    from .stream_options import StreamOptions, StreamOptionsParam
    from .system_message import SystemMessage, SystemMessageParam
    from .text_part import TextPart, TextPartParam
    from .tool import Tool, ToolParam
    from .tool_call import ToolCall, ToolCallParam
    from .tool_call_function import ToolCallFunction, ToolCallFunctionParam
    from .tool_choice import ToolChoice, ToolChoiceParam
    from .tool_choice_mode import ToolChoiceMode
    from .tool_message import ToolMessage, ToolMessageParam
    from .user_message import UserMessage, UserMessageParam
    from .video_file_id_part import VideoFileIdPart, VideoFileIdPartParam
    from .video_frame import VideoFrame, VideoFrameParam
    from .video_frames import VideoFrames, VideoFramesParam
    from .video_frames_part import VideoFramesPart, VideoFramesPartParam
    from .video_url import VideoUrl, VideoUrlParam
    from .video_url_part import VideoUrlPart, VideoUrlPartParam
    from .vision_config import VisionConfig, VisionConfigParam
    from .vision_internal_tools import VisionInternalTools, VisionInternalToolsParam

_LOCATIONS: dict[str, str] = {
    "AnnotationFormat": ".annotation_format",
    "AssistantMessage": ".assistant_message",
    "AssistantMessageParam": ".assistant_message",
    "AudioFileIdPart": ".audio_file_id_part",
    "AudioFileIdPartParam": ".audio_file_id_part",
    "AudioUrl": ".audio_url",
    "AudioUrlParam": ".audio_url",
    "AudioUrlPart": ".audio_url_part",
    "AudioUrlPartParam": ".audio_url_part",
    "ChatCompletion": ".chat_completion",
    "ChatCompletionChoice": ".chat_completion_choice",
    "ChatCompletionChunk": ".chat_completion_chunk",
    "ChatCompletionChunkChoice": ".chat_completion_chunk_choice",
    "ChatCompletionMessage": ".chat_completion_message",
    "ChatCompletionMessageToolCall": ".chat_completion_message_tool_call",
    "ChatCompletionRequest": ".chat_completion_request",
    "ChatMessage": ".chat_message",
    "ChatMessageParam": ".chat_message",
    "ChunkDelta": ".chunk_delta",
    "ChunkToolCall": ".chunk_tool_call",
    "ChunkToolCallFunction": ".chunk_tool_call_function",
    "CompletionUsage": ".completion_usage",
    "ContentPart": ".content_part",
    "ContentPartParam": ".content_part",
    "DeveloperMessage": ".developer_message",
    "DeveloperMessageParam": ".developer_message",
    "ErrorDetail": ".error_detail",
    "ErrorResponse": ".error_response",
    "FileDeleted": ".file_deleted",
    "FileList": ".file_list",
    "FileObject": ".file_object",
    "FileOrder": ".file_order",
    "FilePurpose": ".file_purpose",
    "FileRef": ".file_ref",
    "FileRefParam": ".file_ref",
    "FileUpload": ".file_upload",
    "FinishReason": ".finish_reason",
    "FocusTool": ".focus_tool",
    "FocusToolParam": ".focus_tool",
    "FunctionDefinition": ".function_definition",
    "FunctionDefinitionParam": ".function_definition",
    "FunctionTool": ".function_tool",
    "FunctionToolParam": ".function_tool",
    "GetModelsExtendedResponse": ".get_models_extended_response",
    "GetModelsResponse": ".get_models_response",
    "ImageFileIdPart": ".image_file_id_part",
    "ImageFileIdPartParam": ".image_file_id_part",
    "ImageUrl": ".image_url",
    "ImageUrlParam": ".image_url",
    "ImageUrlPart": ".image_url_part",
    "ImageUrlPartParam": ".image_url_part",
    "InputAudio": ".input_audio",
    "InputAudioFormat": ".input_audio_format",
    "InputAudioParam": ".input_audio",
    "InputAudioPart": ".input_audio_part",
    "InputAudioPartParam": ".input_audio_part",
    "JsonSchemaFormat": ".json_schema_format",
    "JsonSchemaFormatParam": ".json_schema_format",
    "ListModelsResponse": ".list_models_response",
    "MediaDownloadUrl": ".media_download_url",
    "MediaDownloadUrls": ".media_download_urls",
    "MediaDownloadUrlsRequest": ".media_download_urls_request",
    "MediaUploadFile": ".media_upload_file",
    "MediaUploadFileParam": ".media_upload_file",
    "MediaUploadUrl": ".media_upload_url",
    "MediaUploadUrls": ".media_upload_urls",
    "MediaUploadUrlsRequest": ".media_upload_urls_request",
    "Model": ".model",
    "ModelExtended": ".model_extended",
    "ModelOwner": ".model_owner",
    "ModelReasoning": ".model_reasoning",
    "MultilookCompletion": ".multilook_completion",
    "MultilookCompletions": ".multilook_completions",
    "MultilookError": ".multilook_error",
    "MultilookErrorDetail": ".multilook_error_detail",
    "MultilookPrompt": ".multilook_prompt",
    "MultilookPromptParam": ".multilook_prompt",
    "MultilookRequest": ".multilook_request",
    "MultilookResult": ".multilook_result",
    "MultilookResultOther": ".multilook_result_other",
    "MultilookResultUsage": ".multilook_result_usage",
    "NamedFunction": ".named_function",
    "NamedFunctionParam": ".named_function",
    "NamedToolChoice": ".named_tool_choice",
    "NamedToolChoiceParam": ".named_tool_choice",
    "PromptTokensDetails": ".prompt_tokens_details",
    "ReasoningEffort": ".reasoning_effort",
    "ResponseFormat": ".response_format",
    "ResponseFormatJsonObject": ".response_format_json_object",
    "ResponseFormatJsonObjectParam": ".response_format_json_object",
    "ResponseFormatJsonSchema": ".response_format_json_schema",
    "ResponseFormatJsonSchemaParam": ".response_format_json_schema",
    "ResponseFormatParam": ".response_format",
    "ResponseFormatText": ".response_format_text",
    "ResponseFormatTextParam": ".response_format_text",
    "RetrieveModelResponse": ".retrieve_model_response",
    "StreamOptions": ".stream_options",
    "StreamOptionsParam": ".stream_options",
    "SystemMessage": ".system_message",
    "SystemMessageParam": ".system_message",
    "TextPart": ".text_part",
    "TextPartParam": ".text_part",
    "Tool": ".tool",
    "ToolCall": ".tool_call",
    "ToolCallFunction": ".tool_call_function",
    "ToolCallFunctionParam": ".tool_call_function",
    "ToolCallParam": ".tool_call",
    "ToolChoice": ".tool_choice",
    "ToolChoiceMode": ".tool_choice_mode",
    "ToolChoiceParam": ".tool_choice",
    "ToolMessage": ".tool_message",
    "ToolMessageParam": ".tool_message",
    "ToolParam": ".tool",
    "UserMessage": ".user_message",
    "UserMessageParam": ".user_message",
    "VideoFileIdPart": ".video_file_id_part",
    "VideoFileIdPartParam": ".video_file_id_part",
    "VideoFrame": ".video_frame",
    "VideoFrameParam": ".video_frame",
    "VideoFrames": ".video_frames",
    "VideoFramesParam": ".video_frames",
    "VideoFramesPart": ".video_frames_part",
    "VideoFramesPartParam": ".video_frames_part",
    "VideoUrl": ".video_url",
    "VideoUrlParam": ".video_url",
    "VideoUrlPart": ".video_url_part",
    "VideoUrlPartParam": ".video_url_part",
    "VisionConfig": ".vision_config",
    "VisionConfigParam": ".vision_config",
    "VisionInternalTools": ".vision_internal_tools",
    "VisionInternalToolsParam": ".vision_internal_tools",
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
    "AnnotationFormat",
    "AssistantMessage",
    "AssistantMessageParam",
    "AudioFileIdPart",
    "AudioFileIdPartParam",
    "AudioUrl",
    "AudioUrlParam",
    "AudioUrlPart",
    "AudioUrlPartParam",
    "ChatCompletion",
    "ChatCompletionChoice",
    "ChatCompletionChunk",
    "ChatCompletionChunkChoice",
    "ChatCompletionMessage",
    "ChatCompletionMessageToolCall",
    "ChatCompletionRequest",
    "ChatMessage",
    "ChatMessageParam",
    "ChunkDelta",
    "ChunkToolCall",
    "ChunkToolCallFunction",
    "CompletionUsage",
    "ContentPart",
    "ContentPartParam",
    "DeveloperMessage",
    "DeveloperMessageParam",
    "ErrorDetail",
    "ErrorResponse",
    "FileDeleted",
    "FileList",
    "FileObject",
    "FileOrder",
    "FilePurpose",
    "FileRef",
    "FileRefParam",
    "FileUpload",
    "FinishReason",
    "FocusTool",
    "FocusToolParam",
    "FunctionDefinition",
    "FunctionDefinitionParam",
    "FunctionTool",
    "FunctionToolParam",
    "GetModelsExtendedResponse",
    "GetModelsResponse",
    "ImageFileIdPart",
    "ImageFileIdPartParam",
    "ImageUrl",
    "ImageUrlParam",
    "ImageUrlPart",
    "ImageUrlPartParam",
    "InputAudio",
    "InputAudioFormat",
    "InputAudioParam",
    "InputAudioPart",
    "InputAudioPartParam",
    "JsonSchemaFormat",
    "JsonSchemaFormatParam",
    "ListModelsResponse",
    "MediaDownloadUrl",
    "MediaDownloadUrls",
    "MediaDownloadUrlsRequest",
    "MediaUploadFile",
    "MediaUploadFileParam",
    "MediaUploadUrl",
    "MediaUploadUrls",
    "MediaUploadUrlsRequest",
    "Model",
    "ModelExtended",
    "ModelOwner",
    "ModelReasoning",
    "MultilookCompletion",
    "MultilookCompletions",
    "MultilookError",
    "MultilookErrorDetail",
    "MultilookPrompt",
    "MultilookPromptParam",
    "MultilookRequest",
    "MultilookResult",
    "MultilookResultOther",
    "MultilookResultUsage",
    "NamedFunction",
    "NamedFunctionParam",
    "NamedToolChoice",
    "NamedToolChoiceParam",
    "PromptTokensDetails",
    "ReasoningEffort",
    "ResponseFormat",
    "ResponseFormatJsonObject",
    "ResponseFormatJsonObjectParam",
    "ResponseFormatJsonSchema",
    "ResponseFormatJsonSchemaParam",
    "ResponseFormatParam",
    "ResponseFormatText",
    "ResponseFormatTextParam",
    "RetrieveModelResponse",
    "StreamOptions",
    "StreamOptionsParam",
    "SystemMessage",
    "SystemMessageParam",
    "TextPart",
    "TextPartParam",
    "Tool",
    "ToolCall",
    "ToolCallFunction",
    "ToolCallFunctionParam",
    "ToolCallParam",
    "ToolChoice",
    "ToolChoiceMode",
    "ToolChoiceParam",
    "ToolMessage",
    "ToolMessageParam",
    "ToolParam",
    "UserMessage",
    "UserMessageParam",
    "VideoFileIdPart",
    "VideoFileIdPartParam",
    "VideoFrame",
    "VideoFrameParam",
    "VideoFrames",
    "VideoFramesParam",
    "VideoFramesPart",
    "VideoFramesPartParam",
    "VideoUrl",
    "VideoUrlParam",
    "VideoUrlPart",
    "VideoUrlPartParam",
    "VisionConfig",
    "VisionConfigParam",
    "VisionInternalTools",
    "VisionInternalToolsParam",
]
