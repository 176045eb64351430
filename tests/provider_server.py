"""Both providers' APIs as a local server would answer them, from recorded payloads.

`tests/payloads/` holds the providers' real payloads (see its SOURCES.md): docs
examples, and the requests, responses and SSE streams of Perceptron's official SDK
tests. Where no payload was recorded (most of Compile Labs, whose docs show little
beyond requests), the answers below follow OpenAI's public contract for the same
endpoint, which the provider says it is compatible with; each says so.

`perceptron(seen)` and `compilelabs(seen)` answer one request, for
`ScriptedServer.default`.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from tests.server import Reply, Seen

PAYLOADS = Path(__file__).resolve().parent / "payloads"


def payload(name: str) -> Any:
    """A recorded JSON payload, by its path under tests/payloads/."""
    return json.loads((PAYLOADS / name).read_text())


def sse(*events: Any, done: bool = True) -> list[bytes]:
    """An SSE body, one chunk per event: JSON payloads as `data:` lines, strings as they are."""
    chunks = [(e if isinstance(e, str) else f"data: {json.dumps(e)}\n\n").encode() for e in events]
    return [*chunks, b"data: [DONE]\n\n"] if done else chunks


def named(event: str, data: Any) -> str:
    """One SSE event with an `event:` name."""
    return f"event: {event}\ndata: {json.dumps(data)}\n\n"


PNG = bytes.fromhex("89504e470d0a1a0a0000000d49484452")  # the start of a PNG file


def perceptron(seen: Seen) -> Reply:
    trace = {"x-trace-id": "trace-1"}
    body = (
        json.loads(seen.body)
        if seen.body and seen.headers.get("content-type", "").startswith("application/json")
        else None
    )
    extended = seen.query.get("extended") == ["true"]
    path, method = seen.path, seen.method
    if path == "/v1/models":
        name = "py_models_list_extended.json" if extended else "py_models_list.json"
        return Reply(body=payload(f"perceptron/{name}"), headers=trace)
    if path == "/v1/models/nonexistent-model":
        return Reply(404, payload("perceptron/py_error_404_model_not_found.json"), headers=trace)
    if path.startswith("/v1/models/"):
        name = "py_model_retrieve_extended.json" if extended else "py_model_retrieve.json"
        return Reply(body=payload(f"perceptron/{name}"), headers=trace)
    if path == "/v1/chat/completions":
        if body and body.get("stream"):
            text = (PAYLOADS / "perceptron/py_stream_text.sse").read_bytes()
            return Reply(chunks=[e + b"\n\n" for e in text.split(b"\n\n") if e], headers=trace)
        return Reply(body=payload("perceptron/py_chat_completion_default.json"), headers=trace)
    if path == "/v1/chat/completions/multilook":
        return Reply(body=payload("perceptron/py_multilook_ok.json"), headers=trace)
    if path == "/v1/files" and method == "POST":
        return Reply(body=payload("perceptron/py_file_object.json"), headers=trace)
    if path == "/v1/files":
        if "after" in seen.query:  # the last page: empty, as the SDK's tests end a listing
            last = {"object": "list", "data": [], "first_id": "", "last_id": "", "has_more": False}
            return Reply(body=last, headers=trace)
        return Reply(body=payload("perceptron/py_files_list_page.json"), headers=trace)
    if path.startswith("/v1/files/") and path.endswith("/content"):
        return Reply(body=PNG, headers={**trace, "content-type": "image/png"})
    if path.startswith("/v1/files/") and method == "DELETE":
        file_id = path.rsplit("/", 1)[1]
        return Reply(body={"object": "file", "id": file_id, "deleted": True}, headers=trace)
    if path.startswith("/v1/files/"):
        return Reply(body=payload("perceptron/py_file_object.json"), headers=trace)
    if path == "/v1/media/upload-urls":
        return Reply(body=payload("perceptron/py_media_upload_urls_response.json"), headers=trace)
    if path == "/v1/media/download-urls":
        keys = body["object_keys"] if body else []
        urls = [
            {"download_url": f"https://s3.example.com/{k}?sig=abc", "object_key": k} for k in keys
        ]
        return Reply(body={"urls": urls, "expires_in_seconds": 3600}, headers=trace)
    return Reply(404, payload("perceptron/py_error_404_model_not_found.json"), headers=trace)


# Compile Labs ---------------------------------------------------------------------------

# OpenAI's chat completion shape (the docs show only id, created, model and choices).
CL_COMPLETION = {
    "id": "chatcmpl-cl-1",
    "object": "chat.completion",
    "created": 1790000000,
    "model": "meta/llama-4-scout",
    "choices": [
        {
            "index": 0,
            "message": {"role": "assistant", "content": "Paris."},
            "finish_reason": "stop",
        }
    ],
    "usage": {"prompt_tokens": 12, "completion_tokens": 2, "total_tokens": 14},
}


def cl_chunk(delta: Any, finish: str | None = None, **extra: Any) -> dict[str, Any]:
    """An OpenAI-style chat completion chunk."""
    choice = {"index": 0, "delta": delta, "finish_reason": finish}
    return {
        "id": "chatcmpl-cl-1",
        "object": "chat.completion.chunk",
        "created": 1790000000,
        "model": "meta/llama-4-scout",
        "choices": [choice],
        **extra,
    }


def cl_response(status: str, **extra: Any) -> dict[str, Any]:
    """An OpenAI-style Responses API response object, as events carry it."""
    return {
        "id": "resp_1",
        "object": "response",
        "created_at": 1790000000,
        "model": "moonshotai/kimi-k2",
        "status": status,
        "output": [],
        "usage": None,
        "error": None,
        "incomplete_details": None,
        **extra,
    }


MESSAGE_ITEM = {
    "type": "message",
    "id": "msg_1",
    "role": "assistant",
    "status": "completed",
    "content": [{"type": "output_text", "text": "Hello there", "annotations": []}],
}

CL_RESPONSE_EVENTS = [
    named(
        "response.created",
        {"type": "response.created", "response": cl_response("in_progress"), "sequence_number": 0},
    ),
    named(
        "response.output_item.added",
        {
            "type": "response.output_item.added",
            "output_index": 0,
            "item": {**MESSAGE_ITEM, "status": "in_progress", "content": []},
            "sequence_number": 1,
        },
    ),
    named(
        "response.output_text.delta",
        {
            "type": "response.output_text.delta",
            "item_id": "msg_1",
            "output_index": 0,
            "content_index": 0,
            "delta": "Hello",
            "sequence_number": 2,
        },
    ),
    named(
        "response.output_text.delta",
        {
            "type": "response.output_text.delta",
            "item_id": "msg_1",
            "output_index": 0,
            "content_index": 0,
            "delta": " there",
            "sequence_number": 3,
        },
    ),
    named(
        "response.output_text.done",
        {
            "type": "response.output_text.done",
            "item_id": "msg_1",
            "output_index": 0,
            "content_index": 0,
            "text": "Hello there",
            "sequence_number": 4,
        },
    ),
    named(
        "response.output_item.done",
        {
            "type": "response.output_item.done",
            "output_index": 0,
            "item": MESSAGE_ITEM,
            "sequence_number": 5,
        },
    ),
    named(
        "response.completed",
        {
            "type": "response.completed",
            "response": cl_response(
                "completed",
                output=[MESSAGE_ITEM],
                usage={"input_tokens": 5, "output_tokens": 2, "total_tokens": 7},
            ),
            "sequence_number": 6,
        },
    ),
]

CL_BALANCE = {
    "org_usage_balance": {
        "name": "Acme",
        "email": "billing@acme.test",
        "credit_limit": 100.0,
        "credit_count": 12.5,
        "next_credit_reset_unix": 1769904000,
        "previous_credit_reset_unix": 1767225600,
    },
    "user_usage_balances": {
        "user_456": {
            "name": "Ada",
            "email": "ada@acme.test",
            "credit_limit": 20.0,
            "credit_count": 3.25,
            "reset_period": "monthly",
            "api_keys": [],
        }
    },
}


def compilelabs(seen: Seen) -> Reply:
    body = json.loads(seen.body) if seen.body else None
    path = seen.path
    model = payload("compilelabs-docs/get_model_text_generation_example.json")
    if path == "/v1/models":
        return Reply(body={"object": "list", "data": [model]})
    if path.startswith("/v1/models/"):
        return Reply(body=model)
    if path == "/v1/chat/completions":
        if body and body.get("stream"):
            return Reply(
                chunks=sse(
                    cl_chunk({"role": "assistant", "content": ""}),
                    cl_chunk({"content": "Par"}),
                    cl_chunk({"content": "is."}),
                    cl_chunk({}, "stop"),
                )
            )
        return Reply(body=CL_COMPLETION)
    if path == "/v1/responses":
        if body and body.get("stream"):
            return Reply(chunks=[e.encode() for e in CL_RESPONSE_EVENTS])
        return Reply(body=payload("compilelabs-docs/responses_response_example_PARTIAL.json"))
    if path == "/v1/images/generations":
        count = (body or {}).get("n", 1)
        data = [{"url": f"https://img.compilelabs.test/{i}.png"} for i in range(count)]
        return Reply(body={"created": 1790000000, "data": data})
    if path.endswith("/usage-balance"):
        return Reply(body=CL_BALANCE)
    if path.endswith("/usage"):
        return Reply(body={"data": [{"model": "meta/llama-4-scout", "credits": 0.01}]})
    return Reply(
        404,
        {
            "error": {
                "message": "Not found",
                "type": "invalid_request_error",
                "code": "not_found",
                "status": 404,
            }
        },
    )
