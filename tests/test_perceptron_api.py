"""Perceptron's whole API end to end, sync and async, against a local server replaying the
payloads recorded from its docs and its official SDK's tests (tests/payloads/)."""

from __future__ import annotations

import email.parser
import email.policy
import json
from collections.abc import Iterator
from typing import Any

import pytest

from generated import perceptron as pc
from tests.conftest import FakeClock
from tests.drivers import Driver, driving
from tests.provider_server import PAYLOADS, PNG, payload, perceptron, sse
from tests.server import Reply, ScriptedServer


@pytest.fixture(params=["sync", "async"])
def api(
    request: pytest.FixtureRequest, server: ScriptedServer, clock: FakeClock
) -> Iterator[Driver]:
    with driving(request.param, pc.Perceptron, pc.AsyncPerceptron, server, perceptron) as driver:
        yield driver


def _sent(server: ScriptedServer, index: int = -1) -> Any:
    return json.loads(server.requests[index].body)


# models ---------------------------------------------------------------------------------


def test_models(api: Driver) -> None:
    model = api(lambda c: c.models.retrieve("perceptron-mk1.5"))
    assert type(model) is pc.Model and model.owned_by == "perceptron" and model.object == "model"
    extended = api(lambda c: c.models.retrieve("perceptron-mk1.5", extended=True))
    assert isinstance(extended, pc.ModelExtended)
    assert extended.max_context_tokens == 36864 and extended.reasoning is not None
    assert "some_future_capability" in (extended.capabilities or [])  # an open list
    listing = api(lambda c: c.models.list(extended=True))
    assert isinstance(listing, pc.GetModelsExtendedResponse)
    sparse = listing.data[1]
    assert (
        sparse.id == "isaac-0.1" and sparse.name == "Isaac 0.1" and sparse.max_output_tokens is None
    )
    assert [m.id for m in api(lambda c: c.models.list()).data] == ["perceptron-mk1.5", "isaac-0.1"]


# chat completions -----------------------------------------------------------------------


def test_every_documented_body_field_is_sent_as_given(api: Driver, server: ScriptedServer) -> None:
    body = payload("perceptron/py_chat_request_all_params.json")
    completion = api(lambda c: c.chat.completions.create(**body))
    assert _sent(server) == body
    assert isinstance(completion, pc.ChatCompletion)
    choice = completion.choices[0]
    assert choice.message.content == "Hello" and choice.finish_reason == pc.FinishReason.STOP


def test_messages_of_every_role_are_sent_verbatim(api: Driver, server: ScriptedServer) -> None:
    messages = payload("perceptron/py_chat_request_messages_all_roles.json")
    api(lambda c: c.chat.completions.create(model="perceptron-mk1.5", messages=messages))
    assert _sent(server)["messages"] == messages  # unknown keys (`custom_key`) included


def test_messages_may_be_model_instances(api: Driver, server: ScriptedServer) -> None:
    messages = [
        pc.SystemMessage(role="system", content="Be brief."),
        pc.UserMessage(
            role="user",
            content=[
                pc.ImageFileIdPart(
                    type="image_file_id", image_file_id=pc.FileRef(file_id="file-abc123")
                ),
                pc.VideoFramesPart(
                    type="video_frames",
                    video_frames=pc.VideoFrames(
                        frames=[
                            pc.VideoFrame(
                                image_url=pc.ImageUrl(url="https://x/1.jpg"), timestamp_ms=0
                            )
                        ]
                    ),
                ),
                pc.InputAudioPart(
                    type="input_audio",
                    input_audio=pc.InputAudio(data="UklGRg==", format=pc.InputAudioFormat.WAV),
                ),
                pc.TextPart(type="text", text="What happens?"),
            ],
        ),
    ]
    api(lambda c: c.chat.completions.create(model="perceptron-mk1.5", messages=messages))
    sent = _sent(server)["messages"]
    assert sent[1]["content"][0] == {
        "type": "image_file_id",
        "image_file_id": {"file_id": "file-abc123"},
    }
    assert sent[1]["content"][1]["video_frames"]["frames"][0] == {
        "image_url": {"url": "https://x/1.jpg"},
        "timestamp_ms": 0,
    }
    assert sent[1]["content"][2]["input_audio"] == {"data": "UklGRg==", "format": "wav"}


def test_assistant_tool_calls_and_reasoning_parse(api: Driver, server: ScriptedServer) -> None:
    answer = {
        **payload("perceptron/py_chat_completion_default.json"),
        "choices": [
            {
                "index": 0,
                "message": {
                    "role": "assistant",
                    "content": None,
                    "reasoning_content": "Look it up.",
                    "tool_calls": [
                        {
                            "id": "call_1",
                            "type": "function",
                            "function": {"name": "get_weather", "arguments": '{"city": "SF"}'},
                        }
                    ],
                },
                "finish_reason": "tool_calls",
            }
        ],
        "usage": {
            "prompt_tokens": 10,
            "completion_tokens": 5,
            "total_tokens": 15,
            "prompt_tokens_details": {"cached_tokens": 4, "audio_tokens": None},
        },
    }
    server.push(Reply(body=answer))
    completion = api(
        lambda c: c.chat.completions.create(model="m", messages=[{"role": "user", "content": "hi"}])
    )
    message = completion.choices[0].message
    assert message.content is None and message.reasoning_content == "Look it up."
    assert message.tool_calls[0].function.arguments == '{"city": "SF"}'
    assert completion.choices[0].finish_reason == "tool_calls"
    assert completion.usage.prompt_tokens_details.cached_tokens == 4


def test_the_sdk_stream_fixture(api: Driver, server: ScriptedServer) -> None:
    chunks = api(
        lambda c: c.chat.completions.create(
            model="perceptron-mk1.5", messages=[{"role": "user", "content": "count"}], stream=True
        )
    )
    assert all(isinstance(chunk, pc.ChatCompletionChunk) for chunk in chunks)
    text = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
    reasoning = "".join(c.choices[0].delta.reasoning_content or "" for c in chunks if c.choices)
    assert (text, reasoning) == ("There are 3 cars.", "Counting cars")
    assert (
        chunks[-1].choices == [] and chunks[-1].usage.total_tokens == 15
    )  # a trailing usage chunk
    assert chunks[-2].choices[0].finish_reason == "stop"
    assert _sent(server)["stream"] is True


def _chunk(choices: list[Any], **extra: Any) -> dict[str, Any]:
    return {
        "id": "chatcmpl-2",
        "object": "chat.completion.chunk",
        "created": 1,
        "model": "perceptron-mk1.5",
        "choices": choices,
        **extra,
    }


def test_streamed_tool_call_fragments_and_null_deltas(api: Driver, server: ScriptedServer) -> None:
    fragments = [
        _chunk(
            [
                {
                    "index": 0,
                    "delta": {
                        "role": "assistant",
                        "tool_calls": [
                            {
                                "index": 0,
                                "id": "call_1",
                                "type": "function",
                                "function": {"name": "get_weather", "arguments": ""},
                            }
                        ],
                    },
                }
            ]
        ),
        _chunk(
            [
                {
                    "index": 0,
                    "delta": {"tool_calls": [{"index": 0, "function": {"arguments": '{"city": '}}]},
                }
            ]
        ),
        _chunk(
            [
                {
                    "index": 0,
                    "delta": {"tool_calls": [{"index": 0, "function": {"arguments": '"SF"}'}}]},
                }
            ]
        ),
        _chunk([{"index": 0, "delta": None, "finish_reason": "tool_calls"}]),  # a null delta
        _chunk([{"index": 0}]),  # no delta at all
    ]
    server.push(Reply(chunks=sse(*fragments)))
    chunks = api(lambda c: c.chat.completions.create(model="m", messages=[], stream=True))
    calls = [tc for c in chunks for tc in (c.choices[0].delta.tool_calls or [])]
    assert calls[0].id == "call_1" and calls[0].function.name == "get_weather"
    assert "".join(tc.function.arguments or "" for tc in calls) == '{"city": "SF"}'
    assert (
        chunks[3].choices[0].delta == pc.ChunkDelta() and chunks[4].choices[0].delta.content is None
    )


def test_a_mid_stream_error_raises_with_its_details(api: Driver, server: ScriptedServer) -> None:
    error = {
        "error": {
            "message": "overloaded",
            "type": "server_error",
            "param": None,
            "code": "model_overloaded",
        }
    }
    server.push(
        Reply(chunks=sse(_chunk([{"index": 0, "delta": {"content": "Hi"}}]), error, done=False))
    )
    with pytest.raises(pc.APIStreamError) as caught:
        api(lambda c: c.chat.completions.create(model="m", messages=[], stream=True))
    assert (caught.value.code, caught.value.type, caught.value.message) == (
        "model_overloaded",
        "server_error",
        "overloaded",
    )


def test_a_stream_without_done_is_truncated(api: Driver, server: ScriptedServer) -> None:
    server.push(Reply(chunks=sse(_chunk([{"index": 0, "delta": {"content": "Hi"}}]), done=False)))
    with pytest.raises(pc.StreamIncompleteError):
        api(lambda c: c.chat.completions.create(model="m", messages=[], stream=True))


def test_multilook(api: Driver, server: ScriptedServer) -> None:
    body = payload("perceptron/py_multilook_request.json")
    result = api(lambda c: c.chat.completions.multilook(**body))
    assert _sent(server) == body
    assert isinstance(result, pc.MultilookCompletion)
    first = result.results[0]
    assert (
        isinstance(first, pc.MultilookCompletions)
        and first.completions[0].message.content == "answer 0.0"
    )

    partial = {
        **payload("perceptron/py_multilook_ok.json"),
        "results": [
            payload("perceptron/py_multilook_ok.json")["results"][0],
            {
                "prompt_index": 1,
                "error": {
                    "message": "Prompt too long",
                    "type": "invalid_request_error",
                    "code": "context_length_exceeded",
                },
            },
        ],
    }
    server.push(Reply(body=partial))
    result = api(lambda c: c.chat.completions.multilook(**body))
    failed = result.results[1]
    assert isinstance(failed, pc.MultilookError) and failed.error.code == "context_length_exceeded"

    unknown = {**partial, "results": [{"prompt_index": 0, "status": "skipped"}]}
    server.push(Reply(body=unknown))
    other = api(lambda c: c.chat.completions.multilook(**body)).results[0]
    assert type(other) is pc.MultilookResultOther and other.model_extra == {"status": "skipped"}


# files and media --------------------------------------------------------------------------


def test_upload_is_multipart_with_a_content_length(api: Driver, server: ScriptedServer) -> None:
    uploaded = api(lambda c: c.files.create(file=("cat.png", PNG, "image/png"), purpose="vision"))
    assert uploaded == pc.FileObject.model_validate(payload("perceptron/py_file_object.json"))
    seen = server.requests[-1]
    assert seen.headers["content-length"] == str(len(seen.body))  # never chunked (411)
    assert "transfer-encoding" not in seen.headers
    message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(
        b"content-type: " + seen.headers["content-type"].encode() + b"\r\n\r\n" + seen.body
    )
    parts = {
        part.get_param("name", header="content-disposition"): part for part in message.iter_parts()
    }
    assert parts["file"].get_content() == PNG and parts["file"].get_filename() == "cat.png"
    assert parts["purpose"].get_content().strip() == "vision"


def test_files_list_pages_through(api: Driver, server: ScriptedServer) -> None:
    files = api(lambda c: c.files.list(limit=2, purpose="vision"))
    assert [f.id for f in files] == ["file-0000000000000000000001", "file-0000000000000000000002"]
    assert [r.query for r in server.requests] == [
        {"limit": ["2"], "purpose": ["vision"]},
        {"limit": ["2"], "purpose": ["vision"], "after": ["file-0000000000000000000002"]},
    ]


def test_file_retrieve_content_and_delete(api: Driver, server: ScriptedServer) -> None:
    assert api(lambda c: c.files.retrieve("file-Q7m2Lx9aPz3Kc8Rt1VbN0s")).bytes_ == 83
    assert api(lambda c: c.files.content("file-Q7m2Lx9aPz3Kc8Rt1VbN0s")) == PNG
    deleted = api(lambda c: c.files.delete("file-Q7m2Lx9aPz3Kc8Rt1VbN0s"))
    assert deleted.deleted is True and deleted.id == "file-Q7m2Lx9aPz3Kc8Rt1VbN0s"
    assert [(r.method, r.path) for r in server.requests] == [
        ("GET", "/v1/files/file-Q7m2Lx9aPz3Kc8Rt1VbN0s"),
        ("GET", "/v1/files/file-Q7m2Lx9aPz3Kc8Rt1VbN0s/content"),
        ("DELETE", "/v1/files/file-Q7m2Lx9aPz3Kc8Rt1VbN0s"),
    ]


def test_media_urls(api: Driver, server: ScriptedServer) -> None:
    request = payload("perceptron/py_media_upload_urls_request.json")
    urls = api(lambda c: c.media.upload_urls(**request))
    assert _sent(server) == request
    assert (
        urls.urls[0].object_key == "12345678-1234-5678-1234-567812345678"
        and urls.expires_in_seconds == 3600
    )
    down = api(lambda c: c.media.download_urls(object_keys=[urls.urls[0].object_key]))
    assert down.urls[0].download_url.startswith("https://s3.example.com/12345678")


# errors -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("status", "name", "cls"),
    [
        (404, "py_error_404_model_not_found.json", pc.NotFoundError),
        (400, "py_error_400_unsupported_parameter.json", pc.BadRequestError),
    ],
)
def test_errors_carry_every_detail(
    api: Driver, server: ScriptedServer, status: int, name: str, cls: type[Exception]
) -> None:
    body = payload(f"perceptron/{name}")
    server.push(Reply(status, body, headers={"x-trace-id": "t-400"}))
    with pytest.raises(cls) as caught:
        api(lambda c: c.models.retrieve("nonexistent-model"))
    error: Any = caught.value
    detail = body["error"]
    assert (
        error.status_code,
        error.message,
        error.code,
        error.type,
        error.param,
        error.request_id,
    ) == (status, detail["message"], detail["code"], detail["type"], detail["param"], "t-400")


def test_a_rate_limit_is_retried_after_its_retry_after(
    api: Driver, server: ScriptedServer, clock: FakeClock
) -> None:
    server.push(
        Reply(429, payload("perceptron/py_error_429_rate_limit.json"), headers={"retry-after": "7"})
    )
    assert api(lambda c: c.models.retrieve("perceptron-mk1.5")).id == "perceptron-mk1.5"
    assert 7 in clock.sleeps and len(server.requests) == 2


@pytest.mark.parametrize("status", [429, 413])
def test_insufficient_quota_is_never_retried(
    api: Driver, server: ScriptedServer, status: int
) -> None:
    # The SDK's payloads carry it as the type, with a null code.
    body = {
        "error": {
            "message": "Credits exhausted",
            "type": "insufficient_quota",
            "param": None,
            "code": None,
        }
    }
    server.push(Reply(status, body, headers={"retry-after": "1"}))
    cls = pc.RateLimitError if status == 429 else pc.RequestTooLargeError
    with pytest.raises(cls) as caught:
        api(lambda c: c.models.retrieve("perceptron-mk1.5"))
    assert caught.value.type == "insufficient_quota" and len(server.requests) == 1


def test_413_has_a_class_of_its_own(api: Driver, server: ScriptedServer) -> None:
    server.push(
        Reply(
            413,
            {"error": {"message": "File too large", "type": "invalid_request_error", "code": None}},
        )
    )
    with pytest.raises(pc.RequestTooLargeError) as caught:
        api(lambda c: c.files.create(file=PNG, purpose="vision"))
    assert caught.value.status_code == 413 and isinstance(caught.value, pc.APIStatusError)


def test_an_overloaded_model_is_retried(
    api: Driver, server: ScriptedServer, clock: FakeClock
) -> None:
    overloaded = {"error": {"message": "busy", "type": "server_error", "code": "model_overloaded"}}
    server.push(Reply(503, overloaded, headers={"retry-after": "3"}))
    assert api(lambda c: c.models.list()).object == "list"
    assert 3 in clock.sleeps


def test_a_wrapped_upstream_error_is_unwrapped(api: Driver, server: ScriptedServer) -> None:
    inner = {
        "error": {
            "message": "upstream exploded",
            "type": "server_error",
            "param": None,
            "code": "internal_error",
        }
    }
    wrapped = {"error": {"message": json.dumps(inner), "type": None, "param": None, "code": None}}
    server.push(*[Reply(502, wrapped)] * 3)
    with pytest.raises(pc.InternalServerError) as caught:
        api(lambda c: c.models.list())
    assert (caught.value.message, caught.value.code, caught.value.type) == (
        "upstream exploded",
        "internal_error",
        "server_error",
    )
    assert caught.value.body == wrapped  # the body as sent stays available


# the docs' examples --------------------------------------------------------------------------


def _without_placeholders(value: Any) -> Any:
    """Mintlify writes `"<unknown>"` where it could not render a schema (an object, a
    union): that is no value of the field, so it is left out."""
    if isinstance(value, dict):
        return {k: _without_placeholders(v) for k, v in value.items() if v != "<unknown>"}
    if isinstance(value, list):
        return [_without_placeholders(v) for v in value]
    return value


@pytest.mark.parametrize(
    ("name", "cls"),
    [
        ("chat_completions_legacy_response_example.json", pc.ChatCompletion),
        ("chat_completions_versioned_response_example.json", pc.ChatCompletion),
        ("upload_file_response_example.json", pc.FileObject),
        ("list_files_response_example.json", pc.FileList),
    ],
)
def test_docs_response_examples_parse_with_nothing_lost(name: str, cls: Any) -> None:
    data = _without_placeholders(payload(f"perceptron-docs/{name}"))
    parsed = cls.model_validate(data)
    assert parsed.to_dict() == data


@pytest.mark.parametrize(
    "name",
    ["chat_completions_legacy_request_example.json", "chat_completions_mk1_request_example.json"],
)
def test_docs_request_examples_are_sent_as_given(
    api: Driver, server: ScriptedServer, name: str
) -> None:
    body = _without_placeholders(payload(f"perceptron-docs/{name}"))
    api(lambda c: c.chat.completions.create(**body))
    assert _sent(server) == body


RESPONSE_PAYLOADS = {
    "py_chat_completion_default.json": pc.ChatCompletion,
    "py_file_object.json": pc.FileObject,
    "py_files_list_page.json": pc.FileList,
    "py_multilook_ok.json": pc.MultilookCompletion,
    "py_model_retrieve.json": pc.Model,
    "py_model_retrieve_extended.json": pc.ModelExtended,
    "py_models_list.json": pc.GetModelsResponse,
    "py_models_list_extended.json": pc.GetModelsExtendedResponse,
    "py_media_upload_urls_response.json": pc.MediaUploadUrls,
    "py_error_400_unsupported_parameter.json": pc.ErrorResponse,
    "py_error_404_model_not_found.json": pc.ErrorResponse,
    "py_error_429_rate_limit.json": pc.ErrorResponse,
}
REQUEST_PAYLOADS = {
    "py_chat_request_all_params.json",
    "py_chat_request_messages_all_roles.json",
    "py_multilook_request.json",
    "py_media_upload_urls_request.json",
}


def test_every_recorded_payload_is_covered() -> None:
    recorded = {p.name for p in (PAYLOADS / "perceptron").glob("*.json")}
    assert recorded == set(RESPONSE_PAYLOADS) | REQUEST_PAYLOADS


@pytest.mark.parametrize("name", sorted(RESPONSE_PAYLOADS))
def test_sdk_payloads_round_trip_with_nothing_lost(name: str) -> None:
    data = payload(f"perceptron/{name}")
    assert RESPONSE_PAYLOADS[name].model_validate(data).to_dict() == data


def test_the_rust_sdks_model_listing_parses() -> None:
    """The Rust SDK's mocks: no `object`, and extended entries without the base fields."""
    listing = {
        "data": [
            {
                "id": "isaac-0.2-2b-preview",
                "name": "Isaac 0.2 2B",
                "modalities": ["image"],
                "output_formats": ["point", "box"],
                "sampling_parameters": ["temperature"],
                "max_context_tokens": 8192,
                "max_output_tokens": 2048,
            }
        ]
    }
    parsed = pc.GetModelsExtendedResponse.model_validate(listing)
    assert parsed.object is None and parsed.data[0].output_formats == ["point", "box"]
    assert parsed.to_dict() == listing
