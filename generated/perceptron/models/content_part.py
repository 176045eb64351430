# Generated from spec/perceptron.yaml by clientgen 0.1.0. Do not edit.
"""`ContentPart` of the Perceptron API."""

from __future__ import annotations

import typing

import pydantic

from .audio_file_id_part import AudioFileIdPart, AudioFileIdPartParam
from .audio_url_part import AudioUrlPart, AudioUrlPartParam
from .image_file_id_part import ImageFileIdPart, ImageFileIdPartParam
from .image_url_part import ImageUrlPart, ImageUrlPartParam
from .input_audio_part import InputAudioPart, InputAudioPartParam
from .text_part import TextPart, TextPartParam
from .video_file_id_part import VideoFileIdPart, VideoFileIdPartParam
from .video_frames_part import VideoFramesPart, VideoFramesPartParam
from .video_url_part import VideoUrlPart, VideoUrlPartParam

_CONTENT_PART_TAGS: dict[object, str] = {
    "text": "TextPart",
    "image_url": "ImageUrlPart",
    "video_url": "VideoUrlPart",
    "audio_url": "AudioUrlPart",
    "input_audio": "InputAudioPart",
    "image_file_id": "ImageFileIdPart",
    "video_file_id": "VideoFileIdPart",
    "audio_file_id": "AudioFileIdPart",
    "video_frames": "VideoFramesPart",
}


def _content_part_tag(value: typing.Any) -> str | None:
    tag = value.get("type", None) if isinstance(value, dict) else getattr(value, "type", None)
    if not isinstance(tag, str | int):
        return None
    return _CONTENT_PART_TAGS.get(tag)


ContentPart: typing.TypeAlias = typing.Annotated[
    typing.Annotated[TextPart, pydantic.Tag("TextPart")]
    | typing.Annotated[ImageUrlPart, pydantic.Tag("ImageUrlPart")]
    | typing.Annotated[VideoUrlPart, pydantic.Tag("VideoUrlPart")]
    | typing.Annotated[AudioUrlPart, pydantic.Tag("AudioUrlPart")]
    | typing.Annotated[InputAudioPart, pydantic.Tag("InputAudioPart")]
    | typing.Annotated[ImageFileIdPart, pydantic.Tag("ImageFileIdPart")]
    | typing.Annotated[VideoFileIdPart, pydantic.Tag("VideoFileIdPart")]
    | typing.Annotated[AudioFileIdPart, pydantic.Tag("AudioFileIdPart")]
    | typing.Annotated[VideoFramesPart, pydantic.Tag("VideoFramesPart")],
    pydantic.Discriminator(_content_part_tag),
]
"""One part of a message's content, told apart by `type`.

Told apart by the `type` field.
"""


ContentPartParam: typing.TypeAlias = (
    TextPartParam
    | TextPart
    | ImageUrlPartParam
    | ImageUrlPart
    | VideoUrlPartParam
    | VideoUrlPart
    | AudioUrlPartParam
    | AudioUrlPart
    | InputAudioPartParam
    | InputAudioPart
    | ImageFileIdPartParam
    | ImageFileIdPart
    | VideoFileIdPartParam
    | VideoFileIdPart
    | AudioFileIdPartParam
    | AudioFileIdPart
    | VideoFramesPartParam
    | VideoFramesPart
)
"""`ContentPart` as plain data, for requests."""


__all__ = [
    "ContentPart",
    "ContentPartParam",
]
