"""The daemon's HTTP server: a small ASGI app (three routes) served by uvicorn in a thread.

A thin shell: signature checks and parsing are the CI provider's webhook codec (pure, loaded
through the provider registry), recording is ``intake``,
health is ``health``, metrics are ``metrics``. Store calls run on one dedicated thread with its
own SQLite connection, so the event loop never blocks on the database and the server adds one
writer, not one per request.

    POST {webhooks.path}  413 too large, 401 bad signature, 415 not JSON, 400 malformed,
                          202 accepted, 200 duplicate/ignored/ping, 503 store unavailable
    GET  /healthz         200 healthy, 503 not (JSON body either way)
    GET  /metrics         Prometheus text format
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import json
import logging
import socket
import threading
from collections.abc import Awaitable, Callable
from datetime import datetime
from typing import Any

from .. import providers
from ..core.ci import WebhookError, WebhookEvent
from ..errors import ConfigError
from ..pipeline.intake.webhooks import Intake, WebhookCounters
from ..store import DB_ERRORS

log = logging.getLogger(__name__)

Scope = dict[str, Any]
Receive = Callable[[], Awaitable[dict[str, Any]]]
Send = Callable[[dict[str, Any]], Awaitable[None]]
JSON_TYPE = b"application/json"


class ServiceApp:
    """The ASGI application. Every collaborator is a plain callable, so tests can drive it alone."""

    def __init__(self, *, webhook_path: str, secret: str, max_body_bytes: int, request_timeout: float,
                 run_db: Callable[..., Awaitable[Any]], record: Callable[[WebhookEvent, datetime], Intake],
                 health: Callable[[], tuple[bool, dict[str, Any]]], metrics: Callable[[], bytes],
                 metrics_type: str, counters: WebhookCounters, on_accepted: Callable[[], None],
                 clock: Callable[[], datetime], codec: Any = None) -> None:
        self.webhook_path = webhook_path
        self.secret = secret
        self.max_body_bytes = max_body_bytes
        self.request_timeout = request_timeout
        self._run_db = run_db
        self._record = record
        self._health = health
        self._metrics = metrics
        self._metrics_type = metrics_type.encode()
        self.counters = counters
        self._on_accepted = on_accepted
        self._clock = clock
        self._codec = codec or providers.webhook_codec()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":  # lifespan is off; websockets are not served
            return
        path, method = scope["path"], scope["method"]
        if path == self.webhook_path and self.secret:
            if method != "POST":
                await _reply(send, 405, {"error": "method not allowed"}, extra=[(b"allow", b"POST")])
                return
            await self._webhook(scope, receive, send)
        elif path in ("/healthz", "/metrics"):
            if method != "GET":
                await _reply(send, 405, {"error": "method not allowed"}, extra=[(b"allow", b"GET")])
            elif path == "/healthz":
                await self._healthz(send)
            else:
                await self._metrics_route(send)
        else:
            await _reply(send, 404, {"error": "not found"})

    async def _healthz(self, send: Send) -> None:
        healthy, body = await self._run_db(self._health)
        await _reply(send, 200 if healthy else 503, body)

    async def _metrics_route(self, send: Send) -> None:
        payload = await self._run_db(self._metrics)
        await _raw(send, 200, payload, self._metrics_type)

    async def _webhook(self, scope: Scope, receive: Receive, send: Send) -> None:
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
        peer = (scope.get("client") or ("?",))[0]
        try:
            body = await self._read_body(headers, receive)
            # The signature is checked on the raw bytes before anything in them is looked at.
            self._codec.verify_signature(self.secret, body, headers.get(self._codec.SIGNATURE_HEADER))
            self._codec.check_content_type(headers.get("content-type"))
            event = self._codec.parse_event(body)
        except WebhookError as exc:
            log.warning("webhook refused from %s: %d %s (%s)", peer, exc.status, exc.reason, exc)
            self.counters.add(exc.reason, self._clock())
            await _reply(send, exc.status, {"error": exc.reason})
            return
        now = self._clock()
        try:
            intake = await self._run_db(self._record, event, now)
        except DB_ERRORS as exc:
            # Not recorded: a non-2xx makes CircleCI deliver it again.
            log.error("webhook %s could not be recorded (%s); CircleCI will redeliver it", event.id,
                      type(exc).__name__)
            self.counters.add("unavailable", now)
            await _reply(send, 503, {"error": "unavailable"})
            return
        self.counters.add(intake.result, now)
        if intake.result == "accepted":
            self._on_accepted()
        log.debug("webhook %s (%s): %s %s", event.id, event.type, intake.result, intake.reason)
        await _reply(send, 202 if intake.result == "accepted" else 200,
                     {"result": intake.result, "id": event.id, **({"reason": intake.reason} if intake.reason else {})})

    async def _read_body(self, headers: dict[str, str], receive: Receive) -> bytes:
        """The body, at most ``max_body_bytes`` (WebhookError 413 past it, 408 when too slow)."""
        declared = headers.get("content-length", "")
        if declared.isdigit() and int(declared) > self.max_body_bytes:
            raise WebhookError(413, "too_large", f"body of {declared} bytes exceeds {self.max_body_bytes}")
        chunks: list[bytes] = []
        size = 0
        try:
            async with asyncio.timeout(self.request_timeout):
                while True:
                    message = await receive()
                    if message["type"] == "http.disconnect":
                        raise WebhookError(400, "malformed", "client went away mid-body")
                    chunk = message.get("body", b"")
                    size += len(chunk)
                    if size > self.max_body_bytes:
                        raise WebhookError(413, "too_large", f"body exceeds {self.max_body_bytes} bytes")
                    chunks.append(chunk)
                    if not message.get("more_body", False):
                        break
        except TimeoutError:
            raise WebhookError(408, "malformed", f"body not received within {self.request_timeout:g}s") from None
        return b"".join(chunks)


async def _raw(send: Send, status: int, payload: bytes, content_type: bytes,
               extra: list[tuple[bytes, bytes]] | None = None) -> None:
    headers = [(b"content-type", content_type), (b"content-length", str(len(payload)).encode()),
               (b"cache-control", b"no-store"), *(extra or [])]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": payload})


async def _reply(send: Send, status: int, body: Any, extra: list[tuple[bytes, bytes]] | None = None) -> None:
    await _raw(send, status, json.dumps(body, sort_keys=True).encode() + b"\n", JSON_TYPE, extra)


class ServiceServer:
    """Binds ``[server] listen`` and serves ``ServiceApp`` with uvicorn on a background thread."""

    def __init__(self, app: Any, *, counters: WebhookCounters, on_accepted: Callable[[], None],
                 scheduler_running: Callable[[], bool], clock: Callable[[], datetime]) -> None:
        from ..config import parse_listen
        from ..pipeline.intake.webhooks import record_delivery
        from . import metrics as metrics_mod
        from .health import health

        self.app = app
        cfg = app.config
        self.host, self.port = parse_listen(cfg.server.listen)
        self.counters = counters
        self._pool = concurrent.futures.ThreadPoolExecutor(max_workers=1, thread_name_prefix="triage-http-db")
        self._store: Any = None
        self._server: Any = None
        self._thread: threading.Thread | None = None
        registry = metrics_mod.build_registry(metrics_mod.TriageCollector(
            self._db, usage=app.usage, budget=lambda: app.budget, webhooks=counters, now=clock))

        def run_db(fn: Callable[..., Any], *args: Any) -> Awaitable[Any]:
            return asyncio.get_running_loop().run_in_executor(self._pool, fn, *args)

        self.asgi = ServiceApp(
            webhook_path=cfg.webhooks.path, secret=cfg.webhooks.secret,
            max_body_bytes=cfg.webhooks.max_body_bytes, request_timeout=cfg.server.request_timeout_seconds,
            run_db=run_db,
            record=lambda event, now: record_delivery(self._db(), event, cfg.circleci, now, app.provider),
            health=lambda: health(self._db, clock(), failed_cycles_limit=cfg.server.unhealthy_after_failed_cycles,
                                  webhooks_on=bool(cfg.webhooks.secret), scheduler_running=scheduler_running()),
            metrics=lambda: metrics_mod.render(registry), metrics_type=metrics_mod.CONTENT_TYPE,
            counters=counters, on_accepted=on_accepted, clock=clock,
        )

    def _db(self) -> Any:
        """The server's own connection, opened on (and only used from) its database thread. A
        short busy timeout: a webhook must be answered well within CircleCI's 10 s."""
        if self._store is None:
            from ..store import Store

            cfg = self.app.config
            self._store = Store.open(cfg.db_path, busy_timeout=min(cfg.storage.busy_timeout_seconds, 5.0))
        return self._store

    @property
    def address(self) -> str:
        """host:port actually bound (the port is chosen by the system when configured as 0)."""
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"{host}:{self.port}"

    def start(self) -> None:
        """Bind (a clear ConfigError when the address is taken) and start serving."""
        import uvicorn

        family = socket.AF_INET6 if ":" in self.host else socket.AF_INET
        sock = socket.socket(family, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind((self.host, self.port))
        except OSError as exc:
            sock.close()
            raise ConfigError(f"server.listen: cannot listen on {self.app.config.server.listen} "
                              f"({exc.strerror or exc})") from None
        self.port = sock.getsockname()[1]
        logging.getLogger("uvicorn.error").setLevel(logging.WARNING)
        config = uvicorn.Config(
            self.asgi, lifespan="off", log_config=None, access_log=False, server_header=False,
            timeout_keep_alive=5, timeout_graceful_shutdown=5,
            # Past this many open connections uvicorn answers 503 instead of queueing without bound.
            limit_concurrency=256,
        )
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(target=self._server.run, kwargs={"sockets": [sock]},
                                        name="triage-http", daemon=True)
        self._thread.start()
        while not self._server.started:
            if not self._thread.is_alive():
                raise ConfigError(f"server.listen: the HTTP server on {self.address} did not start")
            self._thread.join(0.02)
        log.info("HTTP server on http://%s (healthz, metrics%s)", self.address,
                 f", webhooks at {self.app.config.webhooks.path}" if self.app.config.webhooks.secret else "")

    def stop(self) -> None:
        """Stop accepting, let requests in hand finish (at most a few seconds), close the store."""
        if self._server is not None:
            self._server.should_exit = True
        if self._thread is not None:
            self._thread.join(timeout=10)
        store, self._store = self._store, None
        if store is not None:
            self._pool.submit(store.close).result(timeout=5)
        self._pool.shutdown(wait=True)
