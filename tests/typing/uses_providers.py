"""A user's file over both providers' whole APIs; mypy --strict must accept it."""

from typing import assert_type

from generated.compilelabs import (
    AsyncCompileLabs,
    CompileLabs,
    ImagesResponse,
    Response,
    ResponseStreamEvent,
    ResponseTextDeltaEvent,
)
from generated.compilelabs import Stream as CLStream
from generated.perceptron import (
    AsyncPerceptron,
    AsyncStream,
    BinaryResponse,
    ChatCompletion,
    ChatCompletionChunk,
    ChatMessageParam,
    ContentPartParam,
    FileObject,
    MultilookCompletion,
    MultilookCompletions,
    MultilookError,
    MultilookResultOther,
    Perceptron,
    Stream,
    SyncCursorPage,
    TextPart,
    UserMessage,
)


def perceptron_chat(client: Perceptron, flag: bool) -> None:
    parts: list[ContentPartParam] = [
        {"type": "image_url", "image_url": {"url": "https://example.com/cat.jpg"}},
        {
            "type": "video_frames",
            "video_frames": {"frames": [{"image_url": {"url": "u"}, "timestamp_ms": 0}]},
        },
        {"type": "image_file_id", "image_file_id": {"file_id": "file-abc"}},
        TextPart(type="text", text="What is this?"),
    ]
    messages: list[ChatMessageParam] = [
        {"role": "system", "content": "Be brief."},
        {"role": "user", "content": parts},
        {
            "role": "assistant",
            "content": None,
            "tool_calls": [
                {"id": "c1", "type": "function", "function": {"name": "f", "arguments": "{}"}}
            ],
        },
        {"role": "tool", "tool_call_id": "c1", "content": "18C"},
        UserMessage(role="user", content="Thanks"),
    ]
    completion = client.chat.completions.create(
        model="perceptron-mk1.5",
        messages=messages,
        vision_config={"annotation_format": "box"},
        reasoning_effort="high",
        response_format={"type": "json_schema", "json_schema": {"name": "answer", "schema": {}}},
        tools=[{"type": "function", "function": {"name": "f"}}, {"type": "perceptron.FOCUS"}],
        tool_choice="auto",
        stream_options={"include_usage": True},
    )
    assert_type(completion, ChatCompletion)
    stream = client.chat.completions.create(model="m", messages=messages, stream=True)
    assert_type(stream, Stream[ChatCompletionChunk])
    for chunk in stream:
        content: str | None = chunk.choices[0].delta.content  # a delta is never None
        print(content)
    either = client.chat.completions.create(model="m", messages=messages, stream=flag)
    assert_type(either, ChatCompletion | Stream[ChatCompletionChunk])
    result = client.chat.completions.multilook(
        model="m", context=messages, prompts=["a", {"content": parts}]
    )
    assert_type(result, MultilookCompletion)
    for item in result.results:
        if isinstance(item, MultilookCompletions):
            print(item.completions[0].message.content)
        elif isinstance(item, MultilookError):
            print(item.error.message)
        else:
            assert_type(item, MultilookResultOther)


def perceptron_files(client: Perceptron) -> None:
    uploaded = client.files.create(file=b"...", purpose="vision")
    assert_type(uploaded, FileObject)
    assert_type(client.files.list(order="asc"), SyncCursorPage[FileObject])
    assert_type(client.files.content(uploaded.id), BinaryResponse)
    print(client.files.delete(uploaded.id).deleted)


async def perceptron_async(client: AsyncPerceptron) -> None:
    stream = await client.chat.completions.create(
        model="m", messages=[{"role": "user", "content": "hi"}], stream=True
    )
    assert_type(stream, AsyncStream[ChatCompletionChunk])


def compilelabs(client: CompileLabs) -> None:
    response = client.responses.create(model="m", input="Hi")
    assert_type(response, Response)
    events = client.responses.create(model="m", input="Hi", stream=True)
    assert_type(events, CLStream[ResponseStreamEvent])
    for event in events:
        if isinstance(event, ResponseTextDeltaEvent):
            print(event.delta)
    assert_type(
        client.images.generate(model="m", prompt="p", n=2, response_format="b64_json"),
        ImagesResponse,
    )
    client.chat.completions.create(
        model="meta/llama-4-scout",
        messages=[{"role": "developer", "content": "Be brief."}],
        response_format={"type": "json_schema", "json_schema": {"type": "object"}},
        tool_choice={"type": "function", "function": {"name": "f"}},
    )


async def compilelabs_async(client: AsyncCompileLabs) -> None:
    print((await client.orgs.usage_balance("org_1")).org_usage_balance.credit_count)
