"""Compile Labs' whole API end to end, sync and async, against a local server.

The docs give request examples, the Get Model example, a cut-off Responses example and
the error envelope (tests/payloads/compilelabs-docs/). Everything else the server sends
follows OpenAI's contract for the same endpoint (tests/provider_server.py says where).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest

from generated import compilelabs as cl
from tests.conftest import FakeClock
from tests.drivers import Driver, driving
from tests.provider_server import cl_chunk, cl_response, compilelabs, named, payload, sse
from tests.server import Reply, ScriptedServer


@pytest.fixture(params=["sync", "async"])
def api(
    request: pytest.FixtureRequest, server: ScriptedServer, clock: FakeClock
) -> Iterator[Driver]:
    with driving(request.param, cl.CompileLabs, cl.AsyncCompileLabs, server, compilelabs) as driver:
        yield driver


def _sent(server: ScriptedServer) -> Any:
    return json.loads(server.requests[-1].body)


def test_models(api: Driver, server: ScriptedServer) -> None:
    model = api(lambda c: c.models.retrieve("meta/llama-4-scout"))
    assert isinstance(model, cl.TextGenerationModel) and model.capabilities == [
        cl.Capability.STREAMING
    ]
    listing = api(lambda c: c.models.list(type="text_generation"))
    assert isinstance(listing.data[0], cl.TextGenerationModel)
    assert server.requests[-1].query == {"type": ["text_generation"]}
    server.push(
        Reply(
            body={
                "object": "list",
                "data": [
                    {
                        **payload("compilelabs-docs/get_model_text_generation_example.json"),
                        "model_type": "video_generation",
                    }
                ],
            }
        )
    )
    assert type(api(lambda c: c.models.list()).data[0]) is cl.ModelInfo  # an unknown type


def test_the_docs_chat_request_is_sent_as_given(api: Driver, server: ScriptedServer) -> None:
    body = payload("compilelabs-docs/chat_completions_request_example.json")
    completion = api(lambda c: c.chat.completions.create(**body))
    assert _sent(server) == body  # the schema sits directly under `json_schema`
    assert isinstance(completion, cl.ChatCompletion)
    assert completion.choices[0].message.content == "Paris." and completion.usage.total_tokens == 14


def test_chat_stream(api: Driver, server: ScriptedServer) -> None:
    chunks = api(
        lambda c: c.chat.completions.create(
            model="meta/llama-4-scout",
            messages=[{"role": "user", "content": "Capital of France?"}],
            stream=True,
        )
    )
    assert "".join(c.choices[0].delta.content or "" for c in chunks) == "Paris."
    assert chunks[-1].choices[0].finish_reason == cl.FinishReason.STOP


def test_chat_stream_error_and_null_delta(api: Driver, server: ScriptedServer) -> None:
    server.push(
        Reply(
            chunks=sse(
                cl_chunk(None),
                {
                    "error": {
                        "message": "Model unavailable",
                        "type": "server_error",
                        "code": "model_unavailable",
                    }
                },
                done=False,
            )
        )
    )
    with pytest.raises(cl.APIStreamError) as caught:
        api(lambda c: c.chat.completions.create(model="m", messages=[], stream=True))
    assert caught.value.code == "model_unavailable"


def test_the_docs_responses_request_and_response(api: Driver, server: ScriptedServer) -> None:
    body = payload("compilelabs-docs/responses_request_example.json")
    response = api(lambda c: c.responses.create(**body))
    assert _sent(server) == body
    assert isinstance(response, cl.Response) and response.status == cl.ResponseStatus.IN_PROGRESS
    reasoning = response.output[0]
    assert isinstance(reasoning, cl.ReasoningItem) and reasoning.summary[0].text == "<string>"
    assert (
        response.error == cl.ResponseError()
        and response.usage.output_tokens_details.reasoning_tokens == 50
    )


def test_earlier_output_goes_back_as_input(api: Driver, server: ScriptedServer) -> None:
    earlier = api(lambda c: c.responses.create(model="moonshotai/kimi-k2", input="Hi"))
    items = [
        *earlier.output,
        {"role": "user", "content": [{"type": "input_text", "text": "And then?"}]},
    ]
    api(lambda c: c.responses.create(model="moonshotai/kimi-k2", input=items))
    sent = _sent(server)["input"]
    assert sent[0]["type"] == "reasoning" and sent[0]["encrypted_content"] == "<string>"
    assert sent[1] == {"role": "user", "content": [{"type": "input_text", "text": "And then?"}]}


def test_responses_stream_by_event_name(api: Driver, server: ScriptedServer) -> None:
    events = api(lambda c: c.responses.create(model="moonshotai/kimi-k2", input="Hi", stream=True))
    kinds = [type(e).__name__ for e in events]
    assert kinds == [
        "ResponseLifecycleEvent",
        "ResponseOutputItemEvent",
        "ResponseTextDeltaEvent",
        "ResponseTextDeltaEvent",
        "ResponseTextDoneEvent",
        "ResponseOutputItemEvent",
        "ResponseLifecycleEvent",
    ]
    created, done = events[0], events[-1]
    assert created.response.usage is None and created.response.error is None  # nulls on created
    assert (
        done.response.status == "completed"
        and done.response.output[0].content[0].text == "Hello there"
    )
    assert (
        "".join(e.delta for e in events if isinstance(e, cl.ResponseTextDeltaEvent))
        == "Hello there"
    )


def _stream_of(*events: str) -> Reply:
    return Reply(chunks=[e.encode() for e in events])


CREATED = named(
    "response.created", {"type": "response.created", "response": cl_response("in_progress")}
)
COMPLETED = named(
    "response.completed", {"type": "response.completed", "response": cl_response("completed")}
)


def test_unknown_events_parse_as_the_fallback_and_a_done_is_accepted(
    api: Driver, server: ScriptedServer
) -> None:
    server.push(
        _stream_of(
            CREATED,
            named(
                "response.reasoning_summary_text.delta",
                {"type": "response.reasoning_summary_text.delta", "delta": "Thinking"},
            ),
            COMPLETED,
            "data: [DONE]\n\n",
        )
    )
    events = api(lambda c: c.responses.create(model="m", input="Hi", stream=True))
    assert type(events[1]) is cl.ResponseStreamEventOther and events[1].model_extra == {
        "delta": "Thinking"
    }
    assert len(events) == 3


@pytest.mark.parametrize("final", ["response.failed", "response.incomplete"])
def test_the_stream_ends_after_a_final_event(
    api: Driver, server: ScriptedServer, final: str
) -> None:
    status = "failed" if final == "response.failed" else "incomplete"
    server.push(
        _stream_of(
            CREATED,
            named(
                final,
                {
                    "type": final,
                    "response": cl_response(
                        status,
                        error={"code": "server_error", "message": "boom"}
                        if status == "failed"
                        else None,
                    ),
                },
            ),
        )
    )
    events = api(lambda c: c.responses.create(model="m", input="Hi", stream=True))
    assert events[-1].response.status == status


def test_eof_before_a_final_event_is_truncation(api: Driver, server: ScriptedServer) -> None:
    server.push(_stream_of(CREATED))
    with pytest.raises(cl.StreamIncompleteError, match=r"response\.completed"):
        api(lambda c: c.responses.create(model="m", input="Hi", stream=True))


def test_an_error_event_raises(api: Driver, server: ScriptedServer) -> None:
    server.push(
        _stream_of(
            CREATED,
            named(
                "error",
                {
                    "type": "error",
                    "code": "rate_limit_exceeded",
                    "message": "Rate limit exceeded",
                    "param": None,
                },
            ),
        )
    )
    with pytest.raises(cl.APIStreamError) as caught:
        api(lambda c: c.responses.create(model="m", input="Hi", stream=True))
    assert (caught.value.code, caught.value.message) == (
        "rate_limit_exceeded",
        "Rate limit exceeded",
    )


def test_images(api: Driver, server: ScriptedServer) -> None:
    images = api(
        lambda c: c.images.generate(
            model="black-forest-labs/flux-1-schnell",
            prompt="A lighthouse",
            size="1024x1024",
            n=2,
            response_format="url",
        )
    )
    assert [i.url for i in images.data] == [
        "https://img.compilelabs.test/0.png",
        "https://img.compilelabs.test/1.png",
    ]
    assert _sent(server) == {
        "model": "black-forest-labs/flux-1-schnell",
        "prompt": "A lighthouse",
        "size": "1024x1024",
        "n": 2,
        "response_format": "url",
    }


def test_billing(api: Driver, server: ScriptedServer) -> None:
    balance = api(lambda c: c.orgs.usage_balance("org_123"))
    assert balance.org_usage_balance.credit_count == 12.5
    member = balance.user_usage_balances["user_456"]
    assert member.reset_period == "monthly" and member.model_extra == {"api_keys": []}
    usage = api(
        lambda c: c.orgs.users.usage(
            "org_123", "user_456", start_time_unix=1767225600, end_time_unix=1769904000
        )
    )
    assert usage == {"data": [{"model": "meta/llama-4-scout", "credits": 0.01}]}
    assert (server.requests[-1].path, server.requests[-1].query) == (
        "/v1/orgs/org_123/users/user_456/usage",
        {"start_time_unix": ["1767225600"], "end_time_unix": ["1769904000"]},
    )


ERRORS = payload("compilelabs-docs/errors_examples.json")


@pytest.mark.parametrize(
    ("key", "status", "cls", "code"),
    [
        ("invalid_model", 400, cl.BadRequestError, "invalid_model"),
        ("invalid_parameter", 400, cl.BadRequestError, "invalid_parameter"),
        ("invalid_api_key", 401, cl.AuthenticationError, "invalid_api_key"),
        ("_insufficient_credits_TRUNCATED", 402, cl.PaymentRequiredError, None),
    ],
)
def test_documented_errors(
    api: Driver, server: ScriptedServer, key: str, status: int, cls: Any, code: str | None
) -> None:
    server.push(Reply(status, ERRORS[key]))
    with pytest.raises(cls) as caught:
        api(lambda c: c.chat.completions.create(model="unknown/model", messages=[]))
    assert caught.value.code == code and caught.value.message == ERRORS[key]["error"]["message"]
    assert caught.value.type == ERRORS[key]["error"]["type"]


def test_503_is_retried_then_raised_as_its_own_class(api: Driver, server: ScriptedServer) -> None:
    unavailable = Reply(
        503, {"error": {"message": "Model unavailable", "type": "server_error", "status": 503}}
    )
    server.push(unavailable, unavailable, unavailable)
    with pytest.raises(cl.ServiceUnavailableError) as caught:
        api(lambda c: c.models.retrieve("meta/llama-4-scout"))
    assert isinstance(caught.value, cl.InternalServerError) and len(server.requests) == 3


@pytest.mark.parametrize(
    ("name", "cls"),
    [
        ("get_model_text_generation_example.json", cl.TextGenerationModel),
        ("responses_response_example_PARTIAL.json", cl.Response),
    ],
)
def test_docs_response_examples_round_trip_with_nothing_lost(name: str, cls: Any) -> None:
    data = payload(f"compilelabs-docs/{name}")
    assert cls.model_validate(data).to_dict() == data


@pytest.mark.parametrize("key", sorted(ERRORS))
def test_docs_error_examples_parse(key: str) -> None:
    assert cl.ErrorResponse.model_validate(ERRORS[key]).to_dict() == ERRORS[key]
