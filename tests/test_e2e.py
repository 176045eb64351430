"""The generated clients against a real HTTP server on 127.0.0.1, sync and async."""

from __future__ import annotations

import asyncio
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from generated import compilelabs, perceptron
from tests.server import Reply, ScriptedServer

# The example responses printed on the seed docs pages, verbatim.
COMPILELABS_SEED = {
    "id": "<string>",
    "author": "openai",
    "slug": "<string>",
    "name": "<string>",
    "description": "<string>",
    "created": 123,
    "owned_by": "<string>",
    "status": "pending",
    "visibility": "private",
    "pricing": [{"metric": "input_tokens", "rate": 1}],
    "context_length": 2,
    "model_type": "text_generation",
    "capabilities": ["streaming"],
}
PERCEPTRON_SEED = {"created": 123, "id": "<string>", "object": "<string>", "owned_by": "perceptron"}

# Every documented field, with the docs' example values.
TEXT_MODEL = {
    "id": "meta/llama-4-scout",
    "author": "meta",
    "slug": "llama-4-scout",
    "name": "Llama 4 Scout",
    "description": "Meta's latest large language model optimized for reasoning and code generation",
    "created": 1677652288,
    "owned_by": "compilelabs",
    "status": "active",
    "visibility": "public",
    "pricing": [
        {"metric": "input_tokens", "rate": 0.005},
        {"metric": "output_tokens", "rate": 0.015},
    ],
    "context_length": 128000,
    "model_type": "text_generation",
    "capabilities": [
        "streaming",
        "vision",
        "function_calling",
        "structured_output",
        "reasoning",
        "image_editing",
    ],
}
IMAGE_MODEL = {
    **{k: v for k, v in TEXT_MODEL.items() if k not in ("context_length", "capabilities")},
    "id": "black-forest-labs/flux-1-schnell",
    "author": "black-forest-labs",
    "model_type": "image_generation",
}
PERCEPTRON_MODEL = {
    "created": 1735689600,
    "id": "perc-x1",
    "object": "model",
    "owned_by": "perceptron",
}
PERCEPTRON_EXTENDED = {
    **PERCEPTRON_MODEL,
    "id": "perceptron-mk1.5",
    "name": "Perceptron Mk1.5",
    "description": "A vision-language model.",
    "capabilities": ["response_format_json_schema", "regex", "tool_calling"],
    "modalities": ["image", "video", "audio"],
    "output_formats": ["text", "point", "box", "polygon", "clip"],
    "sampling_parameters": [
        "temperature",
        "top_p",
        "top_k",
        "frequency_penalty",
        "presence_penalty",
    ],
    "reasoning": {"supported": True, "always_enabled": False},
    "max_context_tokens": 36864,
    "max_output_tokens": 8192,
    "credits_per_million_input_tokens": 150000,
    "credits_per_million_output_tokens": 1500000,
    "credits_per_million_cache_read_tokens": 37500,
    "early_access": False,
}

MODES = ["sync", "async"]


def run(mode: str, make: Callable[..., Any], call: Callable[[Any], Any], **kwargs: Any) -> Any:
    """Run `call(client)` on a sync or an async client built by `make` (the sync class)."""
    if mode == "sync":
        with make(**kwargs) as client:
            return call(client)
    async_class = getattr(sys.modules[make.__module__], f"Async{make.__name__}")

    async def main() -> Any:
        async with async_class(**kwargs) as client:
            return await call(client)

    return asyncio.run(main())


def dump(model: Any) -> Any:
    return json.loads(model.model_dump_json(by_alias=True, exclude_unset=True))


@pytest.mark.parametrize("mode", MODES)
def test_compilelabs_seed_example_parses(server: ScriptedServer, mode: str) -> None:
    server.push(Reply(body=COMPILELABS_SEED))
    model = run(
        mode,
        compilelabs.CompileLabs,
        lambda c: c.models.retrieve("meta/llama-v3-8b-instruct"),
        api_key="k",
        base_url=server.url,
    )
    assert isinstance(model, compilelabs.TextGenerationModel)
    assert model.author is compilelabs.Author.OPENAI
    assert model.status is compilelabs.ModelStatus.PENDING
    assert model.pricing[0].rate == 1
    assert dump(model) == COMPILELABS_SEED


@pytest.mark.parametrize("mode", MODES)
def test_perceptron_seed_example_parses(server: ScriptedServer, mode: str) -> None:
    server.push(Reply(body=PERCEPTRON_SEED))
    model = run(
        mode,
        perceptron.Perceptron,
        lambda c: c.models.retrieve("perc-x1"),
        api_key="k",
        base_url=server.url,
    )
    assert type(model) is perceptron.Model
    assert model.owned_by is perceptron.ModelOwner.PERCEPTRON
    assert dump(model) == PERCEPTRON_SEED


ROUND_TRIPS = [
    # (client, model id, call arguments, payload, class, query sent)
    ("compilelabs", "meta/llama-v3-8b-instruct", {}, TEXT_MODEL, "TextGenerationModel", {}),
    (
        "compilelabs",
        "meta/llama-v3-8b-instruct",
        {"type": "text_generation"},
        TEXT_MODEL,
        "TextGenerationModel",
        {},
    ),
    (
        "compilelabs",
        "meta/llama-v3-8b-instruct",
        {"type": "image_generation"},
        IMAGE_MODEL,
        "ImageGenerationModel",
        {"type": ["image_generation"]},
    ),
    (
        "compilelabs",
        "meta/llama-v3-8b-instruct",
        {"type": "moderation"},
        TEXT_MODEL,
        "TextGenerationModel",
        {"type": ["moderation"]},
    ),
    ("perceptron", "perc-x1", {}, PERCEPTRON_MODEL, "Model", {}),
    ("perceptron", "perc-x1", {"extended": False}, PERCEPTRON_MODEL, "Model", {}),
    (
        "perceptron",
        "perc-x1",
        {"extended": True},
        PERCEPTRON_EXTENDED,
        "ModelExtended",
        {"extended": ["true"]},
    ),
]
AUTH = {  # how each provider's spec says the key travels
    "compilelabs": ("x-api-key", "sk-test"),
    "perceptron": ("authorization", "Bearer sk-test"),
}


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(("provider", "model_id", "kwargs", "payload", "cls", "query"), ROUND_TRIPS)
def test_every_field_round_trips(
    server: ScriptedServer,
    mode: str,
    provider: str,
    model_id: str,
    kwargs: dict[str, Any],
    payload: dict[str, Any],
    cls: str,
    query: dict[str, list[str]],
) -> None:
    module = compilelabs if provider == "compilelabs" else perceptron
    client_class = module.CompileLabs if provider == "compilelabs" else module.Perceptron
    server.push(Reply(body=payload))
    model = run(
        mode,
        client_class,
        lambda c: c.models.retrieve(model_id, **kwargs),
        api_key="sk-test",
        base_url=server.url,
    )
    assert type(model).__name__ == cls
    assert dump(model) == payload
    seen = server.requests[-1]
    assert seen.method == "GET"
    assert seen.path == f"/v1/models/{model_id}"  # Compile Labs' allow_slash keeps the `/`
    assert seen.query == query  # a documented default is not sent
    header, value = AUTH[provider]
    assert seen.headers[header] == value
    other = "authorization" if header == "x-api-key" else "x-api-key"
    assert other not in seen.headers


@pytest.mark.parametrize("mode", MODES)
def test_perceptron_list_models(server: ScriptedServer, mode: str) -> None:
    plain = {"object": "list", "data": [PERCEPTRON_MODEL, PERCEPTRON_SEED]}
    extended = {
        "object": "list",
        "data": [
            PERCEPTRON_EXTENDED,
            {
                "id": "isaac-0.1",
                "created": 1,
                "object": "model",
                "owned_by": "perceptron",
                "name": "Isaac 0.1",
            },
        ],
    }
    server.push(Reply(body=plain), Reply(body=extended))

    def both(c: Any) -> Any:
        if isinstance(c, perceptron.Perceptron):
            return c.models.list(), c.models.list(extended=True)

        async def go() -> Any:
            return await c.models.list(), await c.models.list(extended=True)

        return go()

    first, second = run(mode, perceptron.Perceptron, both, api_key="k", base_url=server.url)
    assert isinstance(first, perceptron.GetModelsResponse)
    assert [type(m) for m in first.data] == [perceptron.Model, perceptron.Model]
    assert isinstance(second, perceptron.GetModelsExtendedResponse)
    assert second.data[0].max_output_tokens == 8192
    assert second.data[1].name == "Isaac 0.1" and second.data[1].max_context_tokens is None
    assert dump(second) == extended
    assert [r.query for r in server.requests] == [{}, {"extended": ["true"]}]


@pytest.mark.parametrize("mode", MODES)
def test_unknown_enum_values_and_extra_fields_are_kept(server: ScriptedServer, mode: str) -> None:
    payload = {
        **TEXT_MODEL,
        "author": "nvidia",
        "status": "archived",
        "visibility": "unlisted",
        "capabilities": ["streaming", "telepathy"],
        "pricing": [{"metric": "cached_tokens", "rate": 0.001, "currency": "USD"}],
        "brand_new_field": {"nested": [1, 2]},
    }
    server.push(Reply(body=payload))
    model = run(
        mode, compilelabs.CompileLabs, lambda c: c.models.retrieve("nvidia/x"), base_url=server.url
    )
    assert model.author == "nvidia" and isinstance(model.author, compilelabs.Author)
    assert model.status == "archived"
    assert model.capabilities == [compilelabs.Capability.STREAMING, "telepathy"]
    assert model.model_extra == {"brand_new_field": {"nested": [1, 2]}}
    assert model.pricing[0].model_extra == {"currency": "USD"}
    assert dump(model) == payload
    # Compile Labs documents its key as optional: no key, no header.
    assert "x-api-key" not in server.requests[-1].headers


@pytest.mark.parametrize("mode", MODES)
def test_unknown_model_type_parses_as_fallback(server: ScriptedServer, mode: str) -> None:
    payload = {**IMAGE_MODEL, "model_type": "video_generation", "fps": 24}
    server.push(Reply(body=payload))
    model = run(
        mode,
        compilelabs.CompileLabs,
        lambda c: c.models.retrieve("x/y", type="speech_to_text"),
        base_url=server.url,
    )
    assert type(model) is compilelabs.ModelInfo
    assert model.model_type == "video_generation"
    assert model.model_extra == {"fps": 24}


def test_union_parses_by_discriminator_with_fallback() -> None:
    import pydantic

    adapter = pydantic.TypeAdapter(compilelabs.GetModelResponse)
    assert type(adapter.validate_python(IMAGE_MODEL)) is compilelabs.ImageGenerationModel
    assert type(adapter.validate_python(TEXT_MODEL)) is compilelabs.TextGenerationModel
    no_tag = {k: v for k, v in TEXT_MODEL.items() if k != "model_type"}
    # The documented default of model_type is text_generation.
    assert type(adapter.validate_python(no_tag)) is compilelabs.TextGenerationModel
    assert (
        type(adapter.validate_python({**IMAGE_MODEL, "model_type": "video"}))
        is compilelabs.ModelInfo
    )


@pytest.mark.parametrize("mode", MODES)
def test_path_parameters_are_encoded(server: ScriptedServer, mode: str) -> None:
    server.default = lambda seen: Reply(body=PERCEPTRON_MODEL)
    run(
        mode,
        perceptron.Perceptron,
        lambda c: c.models.retrieve("org/model x?#%"),
        api_key="k",
        base_url=server.url,
    )
    assert server.requests[-1].path == "/v1/models/org%2Fmodel%20x%3F%23%25"


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("bad", ["", ".", "..", "a/../b", "a//b", "/a", "a/", "./a"])
def test_dangerous_path_values_are_refused_before_sending(
    server: ScriptedServer, mode: str, bad: str
) -> None:
    with pytest.raises(ValueError, match="model_id"):
        run(mode, compilelabs.CompileLabs, lambda c: c.models.retrieve(bad), base_url=server.url)
    assert server.requests == []


def test_slash_is_refused_where_not_allowed(server: ScriptedServer) -> None:
    with (
        perceptron.Perceptron(api_key="k", base_url=server.url) as client,
        pytest.raises(ValueError),
    ):
        client.models.retrieve("..")
    assert server.requests == []


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (400, "BadRequestError"),
        (401, "AuthenticationError"),
        (403, "PermissionDeniedError"),
        (404, "NotFoundError"),
        (409, "ConflictError"),
        (422, "UnprocessableEntityError"),
        (429, "RateLimitError"),
        (500, "InternalServerError"),
        (503, "InternalServerError"),
        (418, "APIStatusError"),
    ],
)
def test_status_errors(server: ScriptedServer, mode: str, status: int, cls: str) -> None:
    body = {
        "error": {
            "message": "The model 'nonexistent-model' does not exist",
            "type": "invalid_request_error",
            "param": "model",
            "code": "model_not_found",
        }
    }
    server.push(Reply(status, body, headers={"x-trace-id": "trace-123"}))
    with pytest.raises(perceptron.APIStatusError) as info:
        run(
            mode,
            perceptron.Perceptron,
            lambda c: c.models.retrieve("nonexistent-model"),
            api_key="sk-canary-SECRET",
            base_url=server.url,
            max_retries=0,
        )
    error = info.value
    assert type(error).__name__ == cls
    assert isinstance(error, perceptron.APIError)
    assert error.status_code == status
    assert error.body == body
    assert error.code == "model_not_found" and error.param == "model"
    assert error.error is not None and error.error.error.type == "invalid_request_error"
    assert error.request_id == "trace-123"
    assert error.response.status_code == status
    assert "does not exist" in str(error)
    assert "SECRET" not in str(error) and "SECRET" not in repr(error)


@pytest.mark.parametrize("mode", MODES)
def test_compilelabs_error_envelope(server: ScriptedServer, mode: str) -> None:
    body = {
        "error": {
            "message": "Invalid API key",
            "type": "authentication_error",
            "code": "invalid_api_key",
            "status": 401,
        }
    }
    server.push(Reply(401, body))
    with pytest.raises(compilelabs.AuthenticationError) as info:
        run(
            mode,
            compilelabs.CompileLabs,
            lambda c: c.models.retrieve("a/b"),
            api_key="bad",
            base_url=server.url,
        )
    assert info.value.code == "invalid_api_key"
    assert info.value.error is not None and info.value.error.error.status == 401
    assert len(server.requests) == 1  # 401 is not retried


def test_error_body_that_is_not_json(server: ScriptedServer) -> None:
    server.push(Reply(502, b"<html>Bad gateway</html>"))
    with (
        perceptron.Perceptron(api_key="k", base_url=server.url, max_retries=0) as client,
        pytest.raises(perceptron.InternalServerError) as info,
    ):
        client.models.retrieve("perc-x1")
    assert info.value.body == "<html>Bad gateway</html>"
    assert info.value.error is None and info.value.code is None


def test_api_key_from_environment(server: ScriptedServer, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PERCEPTRON_API_KEY", "from-env")
    monkeypatch.setenv("COMPILELABS_API_KEY", "cl-env")
    server.default = lambda seen: Reply(
        body=PERCEPTRON_MODEL if "perc" in seen.path else TEXT_MODEL
    )
    with perceptron.Perceptron(base_url=server.url) as client:
        client.models.retrieve("perc-x1")
    with compilelabs.CompileLabs(base_url=server.url) as cl:
        cl.models.retrieve("a/b")
    assert server.requests[0].headers["authorization"] == "Bearer from-env"
    assert server.requests[1].headers["x-api-key"] == "cl-env"


def test_missing_required_key_is_a_clear_error() -> None:
    with pytest.raises(ValueError, match="PERCEPTRON_API_KEY"):
        perceptron.Perceptron()


def test_key_never_in_repr() -> None:
    client = perceptron.Perceptron(api_key="sk-canary-SECRET")
    assert "SECRET" not in repr(client) and "SECRET" not in str(client)
    assert "SECRET" not in repr(client.models)
    client.close()


def test_default_base_urls() -> None:
    with perceptron.Perceptron(api_key="k") as p, compilelabs.CompileLabs() as c:
        assert str(p.base_url) == "https://api.perceptron.inc"
        assert str(c.base_url) == "https://api.compilelabs.com"


def test_user_agent(server: ScriptedServer) -> None:
    server.push(Reply(body=PERCEPTRON_MODEL))
    with perceptron.Perceptron(api_key="k", base_url=server.url) as client:
        client.models.retrieve("perc-x1")
    agent = server.requests[0].headers["user-agent"]
    assert agent.startswith("perceptron/") and " python/3." in agent and " httpx/" in agent


@pytest.mark.parametrize("mode", MODES)
def test_request_body_from_keyword_arguments(server: ScriptedServer, mode: str) -> None:
    """A spec `body:` model becomes keyword arguments, sent as JSON by wire name."""
    from tests.golden.expected import acme

    created = {"id": "t-9", "owner": "acme", "note": None, "count": 3}
    server.default = lambda seen: Reply(201, created)

    def call(client: Any) -> Any:
        return client.things.create(
            name="lamp",
            owner=None,
            address=acme.Address(street="Main St 1"),
            class_="furniture",
            labels={"room": "hall"},
        )

    thing = run(mode, acme.Acme, call, api_key="k", base_url=server.url)
    assert isinstance(thing, acme.Thing) and thing.id == "t-9"
    seen = server.requests[-1]
    assert seen.method == "POST" and seen.path == "/v1/things"
    assert seen.headers["content-type"] == "application/json"
    assert json.loads(seen.body) == {
        "name": "lamp",
        "owner": None,  # nullable: an explicit null is sent
        "address": {"street": "Main St 1"},  # unset optional fields of a nested model are left out
        "labels": {"room": "hall"},
        "class": "furniture",  # the wire name, not the Python one
    }  # `size` was not given, so the server applies its documented default


@pytest.mark.parametrize("mode", MODES)
def test_unions_in_bodies_and_responses(server: ScriptedServer, mode: str) -> None:
    """Content as text or tagged parts, literal-or-model choices, integer enums, both ways."""
    from tests.golden.expected import acme

    answer = {
        "content": [
            {"type": "text", "text": "hi"},
            {"type": "image", "url": "https://x.test/a.png"},
            {"type": "video", "url": "https://x.test/v.mp4"},  # a kind this client does not know
        ],
        "priority": 3,
        "level": 42,  # not documented: the open enum keeps it
        "tool_choice": {"name": "search"},
        "stop": ["\n", "END"],
        "parts_by_name": {"a": {"type": "text", "text": "x"}},
        "scores": [1, 2.5],
    }
    server.default = lambda seen: Reply(200, answer)

    def call(client: Any) -> Any:
        return client.messages.send(
            content=[acme.TextPart(type="text", text="hi"), {"type": "image", "url": "u"}],
            mode="fast",
            priority=acme.Priority.VALUE_1,
            level=10,
            tool_choice="none",
            stop="END",
        )

    message = run(mode, acme.Acme, call, api_key="k", base_url=server.url)
    assert isinstance(message, acme.Message)  # not Thing: smart-mode picks the exact fit
    assert isinstance(message.content, list)
    text, image, video = message.content
    assert isinstance(text, acme.TextPart) and isinstance(image, acme.ImagePart)
    assert image.detail == "low"
    assert type(video) is acme.UnknownPart and video.model_extra == {"url": "https://x.test/v.mp4"}
    assert message.priority is acme.Priority.VALUE_3
    assert message.level == 42 and isinstance(message.level, acme.Level)
    assert isinstance(message.tool_choice, acme.ToolChoice) and message.tool_choice.name == "search"
    assert message.stop == ["\n", "END"]
    assert message.parts_by_name is not None
    assert isinstance(message.parts_by_name["a"], acme.TextPart)
    seen = server.requests[-1]
    assert seen.path == "/v1/messages" and seen.query == {"mode": ["fast"]}
    assert json.loads(seen.body) == {
        "content": [{"type": "text", "text": "hi"}, {"type": "image", "url": "u"}],
        "priority": 1,
        "level": 10,
        "tool_choice": "none",
        "stop": "END",
    }


@pytest.mark.parametrize("mode", MODES)
def test_nested_resources(server: ScriptedServer, mode: str) -> None:
    """`client.chat.completions.create` and a resource below it, plain and raw."""
    from tests.golden.expected import acme

    reply = {"content": "hello"}
    server.default = lambda seen: Reply(200, [reply] if seen.method == "GET" else reply)

    def call(client: Any) -> Any:
        return (
            client.chat.completions.create(content="hi"),
            client.chat.completions.messages.list("c/1"),
            client.chat.completions.with_raw_response.messages.list("c-2"),
        )

    async def acall(client: Any) -> Any:
        return (
            await client.chat.completions.create(content="hi"),
            await client.chat.completions.messages.list("c/1"),
            await client.chat.completions.with_raw_response.messages.list("c-2"),
        )

    created, listed, raw = run(
        mode, acme.Acme, acall if mode == "async" else call, api_key="k", base_url=server.url
    )
    assert isinstance(created, acme.Message) and created.content == "hello"
    assert [m.content for m in listed] == ["hello"]
    assert raw.status_code == 200 and raw.parsed[0].content == "hello"
    assert [(r.method, r.path) for r in server.requests] == [
        ("POST", "/v1/chat/completions"),
        ("GET", "/v1/chat/completions/c%2F1/messages"),
        ("GET", "/v1/chat/completions/c-2/messages"),
    ]


def test_request_body_without_a_required_field_is_a_type_error() -> None:
    from tests.golden.expected import acme

    with acme.Acme(api_key="k") as client, pytest.raises(TypeError, match="name"):
        client.things.create(owner=None)  # type: ignore[call-arg]


@pytest.mark.parametrize("mode", MODES)
def test_selected_variant_with_an_unknown_tag_falls_back(server: ScriptedServer, mode: str) -> None:
    """Asked for an image model, the server answers with a kind the spec does not know."""
    server.push(Reply(body={**IMAGE_MODEL, "model_type": "video_generation", "fps": 24}))
    model = run(
        mode,
        compilelabs.CompileLabs,
        lambda c: c.models.retrieve("x/y", type="image_generation"),
        base_url=server.url,
    )
    assert type(model) is compilelabs.ModelInfo and model.model_extra == {"fps": 24}


def test_bad_client_arguments_are_clear_errors(monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(ValueError, match="base_url must be an http"):
        perceptron.Perceptron(api_key="k", base_url="api.perceptron.inc")
    with pytest.raises(ValueError, match="max_retries"):
        perceptron.Perceptron(api_key="k", max_retries=-1)
    monkeypatch.setenv("PERCEPTRON_API_KEY", "")
    with pytest.raises(ValueError, match="PERCEPTRON_API_KEY"):
        perceptron.Perceptron(api_key="")
    with (
        perceptron.Perceptron(api_key="k") as client,
        pytest.raises(ValueError, match="max_retries"),
    ):
        client.with_options(max_retries=-2)


def test_error_details_come_from_where_the_spec_says(
    server: ScriptedServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A flat error body (`{"message", "error_code"}`), as the spec's errors section maps it."""
    from tests.specs import ACME, generate_text

    text = ACME.replace(
        "  auth: {scheme: header, header: x-api-key, env: ACME_API_KEY}\n",
        "  auth: {scheme: header, header: x-api-key, env: ACME_API_KEY}\n"
        "  errors: {model: Thing, message: message, code: error_code, type: kind.name,\n"
        "           non_retryable_codes: [quota]}\n",
    )
    out = generate_text(text.replace("id: acme", "id: flat_errors"), tmp_path, None, monkeypatch)
    monkeypatch.syspath_prepend(str(out))
    import flat_errors  # type: ignore[import-not-found]

    server.push(
        Reply(
            429, {"message": "Out of credit.", "error_code": "quota", "kind": {"name": "billing"}}
        )
    )
    with (
        flat_errors.Acme(api_key="k", base_url=server.url) as client,
        pytest.raises(flat_errors.RateLimitError) as caught,
    ):
        client.things.retrieve("t")
    error = caught.value
    assert (error.message, error.code, error.type, error.param) == (
        "Out of credit.",
        "quota",
        "billing",
        None,
    )
    assert len(server.requests) == 1  # the code is never retried
