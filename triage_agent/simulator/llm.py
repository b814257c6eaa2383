"""A scripted OpenAI-compatible chat-completions server on loopback, for tests and benchmarks.

It speaks real HTTP (``POST /v1/chat/completions``, ``GET /v1/models``) so the real ``openai``
client talks to it. Each chat request consumes the next behaviour of a script (a queue), or
the default behaviour when the queue is empty. A behaviour is a callable from the request to a
``Reply``; the factories below cover the cases that matter: an answer (JSON, fenced, garbage),
an answer that honours ``response_format``, a refusal, 429 with ``Retry-After``, 5xx, a slow
answer, a wrong-schema answer, and a heuristic that computes the verdict from the messages.

Before the script is consulted, a request with a wrong API key gets 401, and a request whose
``response_format`` type the server does not support (see ``response_formats``) gets the 400
that servers without structured output send; neither consumes a script entry. Every request
is recorded (body and headers without the Authorization header) so tests can assert on what
was sent.

Example:
    with ScriptedLLMServer(api_key="k", default=structured_answer(VERDICT)) as server:
        client = make_openai_client(server.base_url, "k", timeout=2, max_retries=0)
        server.script(garbage(), rate_limited(retry_after=0.05))
"""

from __future__ import annotations

import collections
import dataclasses
import json
import logging
import threading
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

log = logging.getLogger(__name__)

DEFAULT_MODEL = "scripted-triage-model"


@dataclass(frozen=True)
class ChatRequest:
    """One request as the server saw it."""

    method: str
    path: str
    headers: Mapping[str, str]
    raw: str
    body: Any = None
    authorized: bool = True

    @property
    def messages(self) -> list[dict[str, Any]]:
        """The chat messages of the request (empty when there are none)."""
        body = self.body if isinstance(self.body, dict) else {}
        messages = body.get("messages")
        return messages if isinstance(messages, list) else []

    @property
    def response_format(self) -> str | None:
        """The requested ``response_format`` type: json_schema, json_object, or None."""
        body = self.body if isinstance(self.body, dict) else {}
        fmt = body.get("response_format")
        return fmt.get("type") if isinstance(fmt, dict) else None

    def text(self) -> str:
        """All message contents joined, for heuristics and assertions."""
        return "\n".join(
            _content_text(m.get("content")) for m in self.messages if isinstance(m, dict)
        )


@dataclass(frozen=True)
class Reply:
    """What the server sends for one request."""

    status: int = 200
    content: str | None = None
    refusal: str | None = None
    finish_reason: str = "stop"
    error: Mapping[str, Any] | None = None  # the "error" object of a non-200 answer
    headers: tuple[tuple[str, str], ...] = ()
    delay: float = 0.0  # seconds to wait before answering
    raw_body: bytes | None = None  # sent as-is instead of a JSON body


Behaviour = Callable[[ChatRequest], Reply]


def _content_text(content: Any) -> str:
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        return "".join(p.get("text", "") for p in content if isinstance(p, dict))
    return ""


def _dump(value: str | Mapping[str, Any]) -> str:
    return value if isinstance(value, str) else json.dumps(value)


def answer(content: str | Mapping[str, Any]) -> Behaviour:
    """Answer with this content as is (a mapping is sent as plain JSON text)."""
    text = _dump(content)
    return lambda request: Reply(content=text)


def fenced_answer(obj: Mapping[str, Any], *, lang: str = "json", prose: str = "") -> Behaviour:
    """Answer with the JSON wrapped in a Markdown fence, optionally after some prose."""
    text = f"{prose}\n```{lang}\n{json.dumps(obj, indent=2)}\n```\n".lstrip("\n")
    return lambda request: Reply(content=text)


def garbage(
    text: str = "The build looks broken, probably the network. {verdict: transient",
) -> Behaviour:
    """Answer with text that holds no JSON object."""
    return lambda request: Reply(content=text)


def empty_answer() -> Behaviour:
    """Answer with empty content."""
    return lambda request: Reply(content="")


def wrong_schema(obj: Mapping[str, Any] | None = None) -> Behaviour:
    """Answer with valid JSON in the wrong shape."""
    return answer(obj or {"classification": "flaky", "score": 7, "reason": "looks flaky"})


def structured_answer(obj: Mapping[str, Any]) -> Behaviour:
    """Answer honouring response_format: plain JSON when one was asked for, else prose + fence."""
    text = json.dumps(obj)

    def behave(request: ChatRequest) -> Reply:
        if request.response_format in ("json_schema", "json_object"):
            return Reply(content=text)
        return Reply(content=f"Here is my assessment.\n```json\n{text}\n```")

    return behave


def heuristic(decide: Callable[[list[dict[str, Any]]], Mapping[str, Any]]) -> Behaviour:
    """Answer with the verdict ``decide(messages)`` computes (for benchmarks)."""

    def behave(request: ChatRequest) -> Reply:
        return structured_answer(decide(request.messages))(request)

    return behave


def refusal(text: str = "I'm sorry, but I can't help with that request.") -> Behaviour:
    """A refusal: ``message.refusal`` set and no content."""
    return lambda request: Reply(content=None, refusal=text)


def http_error(
    status: int,
    message: str,
    *,
    type_: str = "server_error",
    code: str | None = None,
    param: str | None = None,
    headers: Iterable[tuple[str, str]] = (),
) -> Behaviour:
    """Answer with an HTTP error and an OpenAI-style error body."""
    error = {"message": message, "type": type_, "param": param, "code": code}
    reply = Reply(status=status, error=error, headers=tuple(headers))
    return lambda request: reply


def rate_limited(retry_after: float | str = 1) -> Behaviour:
    """HTTP 429 with a ``Retry-After`` header (seconds)."""
    return http_error(
        429,
        "Rate limit reached for requests. Please try again later.",
        type_="requests",
        code="rate_limit_exceeded",
        headers=[("Retry-After", str(retry_after))],
    )


def server_error(status: int = 500, *, retry_after: float | str | None = None) -> Behaviour:
    """An HTTP 5xx, with a ``Retry-After`` header when one is given."""
    headers = [("Retry-After", str(retry_after))] if retry_after is not None else []
    return http_error(
        status, "The server had an error while processing your request.", headers=headers
    )


def reject_response_format() -> Behaviour:
    """The 400 a server without structured output sends for a json_schema response_format."""
    return http_error(
        400,
        "Invalid parameter: 'response_format' of type 'json_schema' is not supported with this model.",
        type_="invalid_request_error",
        param="response_format",
    )


def slow(seconds: float, then: Behaviour | None = None) -> Behaviour:
    """Wait ``seconds`` before answering as ``then`` would (a client timeout fires first)."""
    follow = then or answer(
        {
            "verdict": "unknown",
            "confidence": 0.1,
            "category": "unknown",
            "rationale": "late",
            "evidence": [],
        }
    )

    def behave(request: ChatRequest) -> Reply:
        return dataclasses.replace(follow(request), delay=seconds)

    return behave


def malformed_body() -> Behaviour:
    """HTTP 200 whose body is not JSON at all."""
    return lambda request: Reply(raw_body=b"<html>upstream proxy error</html>")


def estimate_tokens(text: str) -> int:
    """About four characters per token, at least one."""
    return max(1, round(len(text) / 4))


@dataclass
class _State:
    queue: collections.deque[Behaviour] = field(default_factory=collections.deque)
    requests: list[ChatRequest] = field(default_factory=list)
    usages: list[dict[str, int]] = field(default_factory=list)
    counter: int = 0


class ScriptedLLMServer:
    """An OpenAI-compatible HTTP server on 127.0.0.1 that answers from a script."""

    def __init__(
        self,
        *,
        api_key: str | None = "test-key",
        default: Behaviour | None = None,
        model: str = DEFAULT_MODEL,
        response_formats: Iterable[str] = ("json_schema", "json_object"),
        host: str = "127.0.0.1",
        port: int = 0,
    ) -> None:
        self.api_key = api_key
        self.default: Behaviour = default or structured_answer(
            {
                "verdict": "unknown",
                "confidence": 0.2,
                "category": "unknown",
                "rationale": "No script entry; default answer.",
                "evidence": [],
            }
        )
        self.model = model
        self.response_formats = set(response_formats)
        self._state = _State()
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._httpd = ThreadingHTTPServer((host, port), self._handler_class())
        self._httpd.daemon_threads = True
        self._httpd.block_on_close = False
        self._thread: threading.Thread | None = None

    # lifecycle -------------------------------------------------------------------------------
    def start(self) -> ScriptedLLMServer:
        """Serve in a daemon thread."""
        if self._thread is None:
            self._thread = threading.Thread(
                target=self._httpd.serve_forever,
                kwargs={"poll_interval": 0.02},  # shutdown waits up to one interval
                name="scripted-llm",
                daemon=True,
            )
            self._thread.start()
        return self

    def close(self) -> None:
        """Stop serving; slow answers in progress are cut short."""
        self._stop.set()
        if self._thread is not None:
            self._httpd.shutdown()
            self._thread.join(timeout=5)
            self._thread = None
        self._httpd.server_close()

    def __enter__(self) -> ScriptedLLMServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def base_url(self) -> str:
        """The OpenAI-style base URL, ending in ``/v1``."""
        host, port = self._httpd.server_address[:2]
        return f"http://{host}:{port}/v1"

    # script and records ------------------------------------------------------------------------
    def script(self, *behaviours: Behaviour) -> None:
        """Queue behaviours for the next chat requests, in order."""
        with self._lock:
            self._state.queue.extend(behaviours)

    @property
    def pending(self) -> int:
        """Script entries not consumed yet."""
        with self._lock:
            return len(self._state.queue)

    @property
    def requests(self) -> list[ChatRequest]:
        """Every request received, in order."""
        with self._lock:
            return list(self._state.requests)

    @property
    def chat_requests(self) -> list[ChatRequest]:
        """The chat-completion requests received, in order."""
        return [r for r in self.requests if r.path.rstrip("/").endswith("/chat/completions")]

    @property
    def usages(self) -> list[dict[str, int]]:
        """The ``usage`` object of every completion served."""
        with self._lock:
            return list(self._state.usages)

    def reset(self) -> None:
        """Forget the records and the script."""
        with self._lock:
            self._state = _State()

    # HTTP ------------------------------------------------------------------------------------
    def _next_behaviour(self) -> Behaviour:
        with self._lock:
            return self._state.queue.popleft() if self._state.queue else self.default

    def _record(self, request: ChatRequest) -> None:
        with self._lock:
            self._state.requests.append(request)

    def _completion(self, request: ChatRequest, reply: Reply) -> dict[str, Any]:
        prompt_tokens = estimate_tokens(request.text())
        completion_tokens = estimate_tokens(reply.content or reply.refusal or "")
        usage = {
            "prompt_tokens": prompt_tokens,
            "completion_tokens": completion_tokens,
            "total_tokens": prompt_tokens + completion_tokens,
        }
        with self._lock:
            self._state.usages.append(usage)
            self._state.counter += 1
            number = self._state.counter
        body = request.body if isinstance(request.body, dict) else {}
        return {
            "id": f"chatcmpl-scripted-{number}",
            "object": "chat.completion",
            "created": int(time.time()),
            "model": body.get("model") or self.model,
            "choices": [
                {
                    "index": 0,
                    "message": {
                        "role": "assistant",
                        "content": reply.content,
                        "refusal": reply.refusal,
                    },
                    "logprobs": None,
                    "finish_reason": reply.finish_reason,
                }
            ],
            "usage": usage,
            "system_fingerprint": "scripted",
        }

    def _handler_class(self) -> type[BaseHTTPRequestHandler]:
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            disable_nagle_algorithm = True  # header and body go in two writes; no 40 ms stall

            def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
                log.debug("scripted-llm: " + format, *args)

            def _send(
                self,
                status: int,
                payload: Any,
                headers: Iterable[tuple[str, str]] = (),
                raw: bytes | None = None,
            ) -> None:
                data = raw if raw is not None else json.dumps(payload).encode()
                try:
                    self.send_response(status)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(data)))
                    for name, value in headers:
                        self.send_header(name, value)
                    self.end_headers()
                    self.wfile.write(data)
                except (BrokenPipeError, ConnectionResetError):
                    # The client gave up (its timeout fired); nothing left to say.
                    self.close_connection = True

            def _error(
                self, status: int, message: str, type_: str, param: str | None = None
            ) -> None:
                self._send(
                    status,
                    {"error": {"message": message, "type": type_, "param": param, "code": None}},
                )

            def _read_request(self, method: str) -> ChatRequest:
                length = int(self.headers.get("Content-Length") or 0)
                raw = self.rfile.read(length).decode("utf-8", "replace") if length else ""
                try:
                    body = json.loads(raw) if raw else None
                except ValueError:
                    body = None
                auth = self.headers.get("Authorization", "")
                authorized = server.api_key is None or auth == f"Bearer {server.api_key}"
                headers = {k: v for k, v in self.headers.items() if k.lower() != "authorization"}
                request = ChatRequest(method, self.path, headers, raw, body, authorized)
                server._record(request)
                return request

            def do_GET(self) -> None:
                request = self._read_request("GET")
                if not request.authorized:
                    self._error(401, "Incorrect API key provided.", "invalid_request_error")
                elif self.path.rstrip("/") == "/v1/models":
                    self._send(
                        200,
                        {
                            "object": "list",
                            "data": [
                                {
                                    "id": server.model,
                                    "object": "model",
                                    "created": 0,
                                    "owned_by": "scripted",
                                }
                            ],
                        },
                    )
                else:
                    self._error(404, f"Unknown path {self.path}", "invalid_request_error")

            def do_POST(self) -> None:
                request = self._read_request("POST")
                if not request.authorized:
                    self._error(401, "Incorrect API key provided.", "invalid_request_error")
                    return
                if self.path.rstrip("/") != "/v1/chat/completions":
                    self._error(404, f"Unknown path {self.path}", "invalid_request_error")
                    return
                if not isinstance(request.body, dict) or not request.messages:
                    self._error(
                        400,
                        "The body must be a JSON object with 'messages'.",
                        "invalid_request_error",
                    )
                    return
                fmt = request.response_format
                if fmt is not None and fmt not in server.response_formats:
                    reply = reject_response_format()(request)
                    if fmt != "json_schema":
                        reply = Reply(
                            status=400,
                            error={
                                **(reply.error or {}),
                                "message": f"Invalid parameter: 'response_format' of type '{fmt}' is not supported.",
                            },
                        )
                else:
                    reply = server._next_behaviour()(request)
                if reply.delay and server._stop.wait(reply.delay):
                    self.close_connection = True
                    return
                if reply.raw_body is not None:
                    self._send(reply.status, None, reply.headers, raw=reply.raw_body)
                elif reply.status != 200:
                    self._send(reply.status, {"error": dict(reply.error or {})}, reply.headers)
                else:
                    self._send(200, server._completion(request, reply), reply.headers)

        return Handler
