"""The CircleCI simulator's HTTP server on loopback: routing, auth, paging, rate limits, faults, request log."""

from __future__ import annotations

import base64
import binascii
import contextlib
import hashlib
import hmac
import json
import math
import os
import re
import socket
import sys
import threading
import time
import traceback
from collections import deque
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, unquote

from triage_agent.simulator import render
from triage_agent.simulator.faults import Fault, FaultKind, FaultSet
from triage_agent.simulator.model import (
    FlakyTestSpec,
    Job,
    Outcome,
    Pipeline,
    Project,
    SimulatorError,
    SortedIndex,
    Workflow,
)
from triage_agent.simulator.scenario import FLAKY_KEY_STYLES, Scenario
from triage_agent.simulator.steps import Action, action_output, build_actions

LOGIN_FIRST = "You must log in first."
_OUTPUT_CHUNK = 64 * 1024
_SLUG = r"(?P<slug>[^/]+/[^/]+/[^/]+)"
_NUM = r"(?P<number>\d+)"
_ID = r"(?P<id>[^/]+)"

Json = Any
Reply = tuple[int, dict[str, str], bytes]


@dataclass(slots=True)
class RecordedRequest:
    """One request as the simulator saw it (headers lower-cased; `json` is the parsed body or None)."""

    method: str
    path: str  # percent-decoded, without the query
    raw_path: str
    query: dict[str, str]
    headers: dict[str, str]
    json: Json
    time: float  # time.monotonic() on arrival
    token_present: bool
    status: int = 0  # 0 until answered


# ---------------------------------------------------------------------------------------------
# Paging tokens: opaque to clients, scoped to one list so a token from elsewhere is refused.
# ---------------------------------------------------------------------------------------------


def _encode_token(scope: str, cursor: str) -> str:
    raw = f"{scope}|{cursor}".encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def _decode_token(token: str, scope: str) -> str:
    try:
        raw = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4)).decode()
    except (binascii.Error, UnicodeDecodeError, ValueError) as exc:
        raise SimulatorError(400, "Invalid page-token.") from exc
    got_scope, sep, cursor = raw.rpartition("|")
    if not sep or got_scope != scope:
        raise SimulatorError(400, "Invalid page-token.")
    return cursor


def _time_cursor(token: str | None, scope: str) -> tuple[float, int] | None:
    """The (created, seq) key a time-index page token points below; None without a token."""
    if not token:
        return None
    cursor = _decode_token(token, scope)
    try:
        created, seq = cursor.split(":")
        return float(created), int(seq)
    except ValueError as exc:
        raise SimulatorError(400, "Invalid page-token.") from exc


def _page_time_index(
    index: SortedIndex, token: str | None, scope: str, size: int
) -> tuple[list[Any], str | None]:
    before = _time_cursor(token, scope)
    items, nxt = index.page_newest_first(before, size)
    next_token = _encode_token(scope, f"{nxt[0]!r}:{nxt[1]}") if nxt else None
    return items, next_token


def _page_time_index_filtered(
    index: SortedIndex, token: str | None, scope: str, size: int, keep: Callable[[Any], bool]
) -> tuple[list[Any], str | None]:
    """Like `_page_time_index`, keeping only the items `keep` accepts (full pages still)."""
    before = _time_cursor(token, scope)
    out: list[Any] = []
    last: tuple[float, int] | None = None
    older_left = False
    while True:
        chunk, nxt = index.page_newest_first(before, size * 4)
        for item in chunk:
            if len(out) == size:
                older_left = True
                break
            last = item.key
            if keep(item):
                out.append(item)
        if older_left or nxt is None:
            older_left = older_left or (len(out) == size and nxt is not None)
            break
        before = nxt
    next_token = _encode_token(scope, f"{last[0]!r}:{last[1]}") if older_left and last else None
    return out, next_token


def _page_list(
    items: Sequence[Any], token: str | None, scope: str, size: int
) -> tuple[list[Any], str | None, int]:
    """An offset page of a list that only grows at its end; (page, next token, offset)."""
    offset = 0
    if token:
        try:
            offset = int(_decode_token(token, scope))
        except ValueError as exc:
            raise SimulatorError(400, "Invalid page-token.") from exc
    page = list(items[offset : offset + size])
    end = offset + size
    return page, (_encode_token(scope, str(end)) if end < len(items) else None), offset


def _page_keyed(
    items_newest_first: Sequence[Any], token: str | None, scope: str, size: int
) -> tuple[list[Any], str | None]:
    """A newest-first page of a short list by (created, seq) cursor, stable when items are added."""
    start = 0
    if token:
        cursor = _decode_token(token, scope)
        try:
            created, seq = cursor.split(":")
            before = (float(created), int(seq))
        except ValueError as exc:
            raise SimulatorError(400, "Invalid page-token.") from exc
        start = next(
            (i for i, it in enumerate(items_newest_first) if it.key < before),
            len(items_newest_first),
        )
    page = list(items_newest_first[start : start + size])
    more = start + size < len(items_newest_first)
    nxt = _encode_token(scope, f"{page[-1].key[0]!r}:{page[-1].key[1]}") if more and page else None
    return page, nxt


# ---------------------------------------------------------------------------------------------
# Rate limiting: a fixed one-minute window on the scenario clock (so `advance(60)` resets it).
# ---------------------------------------------------------------------------------------------


class RateLimiter:
    """Requests-per-minute budget with CircleCI's two header families."""

    def __init__(self, per_minute: int, now: Callable[[], float]) -> None:
        self.per_minute = per_minute
        self._now = now
        self._window_start: float | None = None
        self._count = 0
        self._lock = threading.Lock()

    def check(self) -> tuple[bool, dict[str, str]]:
        """Count one request; (allowed, headers to send)."""
        with self._lock:
            now = self._now()
            if self._window_start is None or now >= self._window_start + 60.0:
                self._window_start = now
                self._count = 0
            reset = max(1, math.ceil(self._window_start + 60.0 - now))
            allowed = self._count < self.per_minute
            if allowed:
                self._count += 1
            remaining = max(0, self.per_minute - self._count)
        headers = {
            "RateLimit-Limit": str(self.per_minute),
            "RateLimit-Remaining": str(remaining),
            "RateLimit-Reset": str(reset),
            "X-RateLimit-Limit-Minute": str(self.per_minute),
            "X-RateLimit-Remaining-Minute": str(remaining),
            "X-RateLimit-Reset-Minute": str(reset),
        }
        if not allowed:
            headers["Retry-After"] = str(reset)
        return allowed, headers


def _json_reply(status: int, body: Json, headers: dict[str, str] | None = None) -> Reply:
    data = json.dumps(body, separators=(",", ":"), ensure_ascii=False).encode()
    return status, {"Content-Type": "application/json;charset=utf-8", **(headers or {})}, data


def _text_reply(
    status: int, text: str, content_type: str, headers: dict[str, str] | None = None
) -> Reply:
    return status, {"Content-Type": content_type, **(headers or {})}, text.encode()


def _s3_error(status: int, code: str, message: str, extra: str = "") -> Reply:
    request_id = os.urandom(8).hex().upper()
    body = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f"<Error><Code>{code}</Code><Message>{message}</Message>{extra}"
        f"<RequestId>{request_id}</RequestId>"
        f"<HostId>{base64.b64encode(os.urandom(48)).decode()}</HostId></Error>"
    )
    return _text_reply(status, body, "application/xml")


_HTML_404 = (
    "<!DOCTYPE html>\n<html><head><title>Continuous Integration and Deployment</title>"
    "</head><body><div id=\"app\"></div></body></html>\n"
)


def _revoked_not_found(path: str) -> str:
    """The 404 message a refused token gets on this v2 route, or "" for a 401 route."""
    if re.match(r"/api/v2/(project|insights)/", path):
        return "Project not found"
    if path.startswith("/api/v2/pipeline/"):
        return "Pipeline not found"
    if path.startswith("/api/v2/workflow/"):
        return "Workflow not found"
    return ""


_BAD_GATEWAY = (
    "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
    "<center><h1>502 Bad Gateway</h1></center>\r\n</body>\r\n</html>\r\n"
)
_UNAVAILABLE = (
    "<html>\r\n<head><title>503 Service Temporarily Unavailable</title></head>\r\n<body>\r\n"
    "<center><h1>503 Service Temporarily Unavailable</h1></center>\r\n</body>\r\n</html>\r\n"
)


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = 256

    def __init__(self, addr: tuple[str, int], sim: Simulator) -> None:
        self.sim = sim
        self.connections: set[socket.socket] = set()
        self.conn_lock = threading.Lock()
        super().__init__(addr, _Handler)

    def handle_error(self, request: Any, client_address: Any) -> None:
        """A client that went away mid-answer (a timeout, a killed process) is not an error."""
        exc = sys.exc_info()[1]
        if isinstance(exc, ConnectionError | TimeoutError):
            return
        super().handle_error(request, client_address)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive, so clients reuse connections
    # Headers and body go out in one write with TCP_NODELAY; otherwise Nagle plus delayed ACKs
    # add ~40 ms to every keep-alive request.
    disable_nagle_algorithm = True
    server: _Server

    def setup(self) -> None:
        """Track the connection so stop() can close it."""
        super().setup()
        with self.server.conn_lock:
            self.server.connections.add(self.connection)

    def finish(self) -> None:
        """Forget the connection; a client that went away is not an error."""
        with self.server.conn_lock:
            self.server.connections.discard(self.connection)
        with contextlib.suppress(OSError):
            super().finish()

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - stdlib signature
        """Stay quiet: the request log is the record."""
        return  # the request log is the record; stderr noise would drown test output

    def do_GET(self) -> None:
        """Serve a GET."""
        self._handle("GET")

    def do_POST(self) -> None:
        """Serve a POST."""
        self._handle("POST")

    def do_PUT(self) -> None:
        """Serve a PUT (answered 404/405: the simulator has no PUT endpoints)."""
        self._handle("PUT")

    def do_DELETE(self) -> None:
        """Serve a DELETE (answered 404/405)."""
        self._handle("DELETE")

    def do_PATCH(self) -> None:
        """Serve a PATCH (answered 404/405)."""
        self._handle("PATCH")

    def _handle(self, method: str) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        status, headers, payload = self.server.sim._serve(method, self.path, self.headers, body)
        self.send_response(status)
        for name, value in headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(payload)))
        self._headers_buffer.append(b"\r\n" + payload)  # end_headers() with the body attached
        self.flush_headers()


class Simulator:
    """Serves a `Scenario` as the CircleCI API on 127.0.0.1 (a free port unless given).

    Thread-safe: tests may change the scenario, inject faults and read the request log while
    clients talk to the server from other threads.
    """

    def __init__(
        self,
        scenario: Scenario,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        log_limit: int | None = None,
    ) -> None:
        """`log_limit` keeps only the latest N requests in the log (long benchmark runs)."""
        self.scenario = scenario
        self.faults = FaultSet()
        self.errors: list[str] = []  # tracebacks of simulator bugs (answered with 500)
        self._host = host
        self._port = port
        self._lock = threading.RLock()
        self._log_lock = threading.Lock()
        self._requests: deque[RecordedRequest] = deque(maxlen=log_limit)
        self._total_requests = 0
        self._revoked = False
        self._revoked_style = "401"
        self._outputs_expired = False
        self._secret = os.urandom(16)
        self._limiter: RateLimiter | None = None
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None
        self.set_rate_limit(scenario.rate_limit_per_minute)
        self._routes: list[tuple[str, re.Pattern[str], Callable[..., Json]]] = [
            ("GET", re.compile(r"/api/v2/me"), self._me),
            ("GET", re.compile(r"/api/v2/me/collaborations"), self._collaborations),
            ("GET", re.compile(r"/api/v2/pipeline"), self._pipelines),
            ("GET", re.compile(rf"/api/v2/pipeline/{_ID}"), self._pipeline),
            ("GET", re.compile(rf"/api/v2/pipeline/{_ID}/workflow"), self._pipeline_workflows),
            ("GET", re.compile(rf"/api/v2/workflow/{_ID}"), self._workflow),
            ("GET", re.compile(rf"/api/v2/workflow/{_ID}/job"), self._workflow_jobs),
            ("POST", re.compile(rf"/api/v2/workflow/{_ID}/rerun"), self._rerun),
            ("GET", re.compile(rf"/api/v2/project/{_SLUG}"), self._project),
            ("GET", re.compile(rf"/api/v2/project/{_SLUG}/pipeline"), self._project_pipelines),
            (
                "GET",
                re.compile(rf"/api/v2/project/{_SLUG}/pipeline/{_NUM}"),
                self._pipeline_by_number,
            ),
            ("GET", re.compile(rf"/api/v2/project/{_SLUG}/job/{_NUM}"), self._job),
            ("GET", re.compile(rf"/api/v2/project/{_SLUG}/{_NUM}/tests"), self._tests),
            ("GET", re.compile(rf"/api/v2/insights/{_SLUG}/flaky-tests"), self._flaky),
            ("GET", re.compile(r"/api/v1\.1/projects"), self._v1_projects),
            ("GET", re.compile(r"/api/private/me/followed-projects"), self._private_followed),
            ("GET", re.compile(rf"/api/v1\.1/project/{_SLUG}/{_NUM}"), self._v1_job),
        ]

    # -- lifecycle --------------------------------------------------------------------------------

    def start(self) -> Simulator:
        """Bind and serve in a daemon thread; returns self."""
        if self._server is not None:
            return self
        self._server = _Server((self._host, self._port), self)
        self._thread = threading.Thread(
            # A short poll interval makes stop() quick; tests start and stop many simulators.
            target=self._server.serve_forever,
            kwargs={"poll_interval": 0.05},
            name="circleci-simulator",
            daemon=True,
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop serving and drop open keep-alive connections."""
        server, self._server = self._server, None
        if server is None:
            return
        server.shutdown()
        with server.conn_lock:
            conns = list(server.connections)
        for conn in conns:
            with contextlib.suppress(OSError):
                conn.shutdown(socket.SHUT_RDWR)
        server.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)

    def __enter__(self) -> Simulator:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def port(self) -> int:
        """The bound port (after start())."""
        if self._server is None:
            raise RuntimeError("simulator not started")
        return self._server.server_address[1]

    @property
    def base_url(self) -> str:
        """`http://127.0.0.1:PORT`; the API is under `/api/v2` and `/api/v1.1`."""
        return f"http://{self._host}:{self.port}"

    @property
    def token(self) -> str:
        """The personal API token the scenario accepts."""
        return self.scenario.token

    # -- request log ------------------------------------------------------------------------------

    @property
    def requests(self) -> list[RecordedRequest]:
        """Every request so far, in arrival order (a copy)."""
        with self._log_lock:
            return list(self._requests)

    @property
    def request_count(self) -> int:
        """How many requests the log holds now (since the last `clear_requests()`)."""
        with self._log_lock:
            return len(self._requests)

    @property
    def total_requests(self) -> int:
        """How many requests arrived since start, log clearing and limits notwithstanding."""
        with self._log_lock:
            return self._total_requests

    def requests_to(self, method: str | None, path_regex: str) -> list[RecordedRequest]:
        """Requests whose method matches (None: any) and whose decoded path matches the regex (search)."""
        pattern = re.compile(path_regex)
        return [
            r
            for r in self.requests
            if (method is None or r.method == method.upper()) and pattern.search(r.path)
        ]

    def write_requests(self) -> list[RecordedRequest]:
        """Every request that was not a GET (what could have changed CircleCI)."""
        return [r for r in self.requests if r.method != "GET"]

    def clear_requests(self) -> None:
        """Forget the recorded requests."""
        with self._log_lock:
            self._requests.clear()

    # -- faults and switches ----------------------------------------------------------------------

    def inject(
        self,
        kind: FaultKind | str,
        *,
        times: int | None = 1,
        path: str | None = None,
        path_regex: str | None = None,
        method: str | None = None,
        **params: Any,
    ) -> Fault:
        """Make the next `times` matching requests (None: until cleared) misbehave; see `FaultKind`.

        `path` is a prefix of the decoded request path, `path_regex` a regex searched in it.
        """
        return self.faults.add(
            kind, times=times, path=path, path_regex=path_regex, method=method, **params
        )

    def clear_faults(self) -> None:
        """Remove every injected fault."""
        self.faults.clear()

    def revoke_token(self, *, style: str = "401") -> None:
        """From now on the token is refused (until `restore_token()`).

        `style="401"`: every API request answers 401 "You must log in first.". `style="404"`:
        `/me` (and v1.1) still answer 401, but project-scoped v2 routes answer 404 "Project not
        found", as reported in public threads for wrong tokens (recorded
        v2-error-404.project-not-found.json, CircleCI-Archived/api-preview-docs#44); pipeline and
        workflow routes answer 404 too here (assumption: the worst case for a client).
        """
        if style not in ("401", "404"):
            raise ValueError("style must be '401' or '404'")
        self._revoked = True
        self._revoked_style = style

    def restore_token(self) -> None:
        """Accept the token again after `revoke_token()`."""
        self._revoked = False

    def expire_output_urls(self, expired: bool = True) -> None:
        """Make every step-output URL answer 403 AccessDenied as if expired (or stop doing so)."""
        self._outputs_expired = expired

    def set_rate_limit(self, per_minute: int | None) -> None:
        """Enforce a requests-per-minute limit with rate-limit headers, or none."""
        self.scenario.rate_limit_per_minute = per_minute
        self._limiter = RateLimiter(per_minute, self.scenario.clock.now) if per_minute else None

    def set_flaky_keys(self, style: str) -> None:
        """Answer flaky-tests with 'snake' (live API) or 'kebab' (OpenAPI document) keys."""
        if style not in FLAKY_KEY_STYLES:
            raise ValueError(f"style must be one of {FLAKY_KEY_STYLES}")
        self.scenario.flaky_keys = style

    def set_page_size(self, size: int) -> None:
        """Items per page of every paged list."""
        if size < 1:
            raise ValueError("page size must be >= 1")
        self.scenario.page_size = size

    def set_output_url_ttl(self, seconds: float) -> None:
        """Seconds a newly issued step-output URL stays valid."""
        self.scenario.output_url_ttl = seconds

    # -- scenario changes while serving (all under the lock) ----------------------------------------

    @contextlib.contextmanager
    def locked(self) -> Iterator[Scenario]:
        """Hold the simulator's lock to read or change the scenario consistently."""
        with self._lock:
            yield self.scenario

    def advance(self, seconds: float) -> None:
        """Move the scenario clock forward (expires output URLs, resets rate-limit windows)."""
        with self._lock:
            self.scenario.clock.advance(seconds)

    def now(self) -> datetime:
        """Scenario time now (UTC)."""
        return self.scenario.clock.now_datetime()

    def add_project(self, slug: str, **kwargs: Any) -> Project:
        """`Scenario.add_project`, while serving."""
        with self._lock:
            return self.scenario.add_project(slug, **kwargs)

    def add_pipeline(self, project_slug: str, **kwargs: Any) -> Pipeline:
        """`Scenario.add_pipeline`, while serving."""
        with self._lock:
            return self.scenario.add_pipeline(project_slug, **kwargs)

    def add_flaky_test(self, project_slug: str, spec: FlakyTestSpec) -> None:
        """Add an entry to a project's flaky-test insights while serving."""
        with self._lock:
            self.scenario.project(project_slug).flaky_tests.append(spec)

    def set_workflow_status(
        self, workflow_id: str, status: str, *, jobs: dict[str, str | Outcome] | None = None
    ) -> Workflow:
        """`Scenario.set_workflow_status`, while serving."""
        with self._lock:
            return self.scenario.set_workflow_status(workflow_id, status, jobs=jobs)

    def rerun_by_person(self, workflow_id: str, *, from_failed: bool = True) -> Workflow:
        """A person reruns a workflow from the web app (not through the API client under test)."""
        with self._lock:
            return self.scenario.rerun_workflow(workflow_id, {"from_failed": from_failed})

    def continue_pipeline(self, pipeline_id: str, workflows: Sequence[Any], *, delay: float = 30.0) -> list[Workflow]:
        """`Scenario.continue_pipeline` (continuation workflows of a setup workflow), while serving."""
        with self._lock:
            return self.scenario.continue_pipeline(pipeline_id, workflows, delay=delay)

    def complete_reruns(self, workflow_id: str | None = None) -> list[str]:
        """Finish held reruns with their scripted outcomes; returns the finished workflow ids."""
        with self._lock:
            return self.scenario.complete_reruns(workflow_id)

    def tick(self) -> int:
        """Run the scenario's next wave of activity (`Scenario.on_tick`); returns pipelines added."""
        with self._lock:
            hook = self.scenario.on_tick
            return hook(self.scenario) if hook else 0

    def workflow(self, workflow_id: str) -> Workflow:
        """The live workflow record by id (KeyError when unknown)."""
        with self._lock:
            return self.scenario.workflows[workflow_id]

    def rerun_count(self, workflow_id: str) -> int:
        """Reruns requested of this workflow and of reruns made from it."""
        with self._lock:
            return self.scenario.rerun_count(workflow_id)

    @property
    def reruns(self) -> list[tuple[str, str]]:
        """(rerun workflow id, new workflow id) for every accepted rerun, in order."""
        with self._lock:
            return list(self.scenario.reruns)

    # -- serving ----------------------------------------------------------------------------------

    def _serve(self, method: str, target: str, raw_headers: Any, body: bytes) -> Reply:
        raw_path, _, raw_query = target.partition("?")
        path = unquote(raw_path)
        if len(path) > 1:
            path = path.rstrip("/")
        query = {k: v[-1] for k, v in parse_qs(raw_query, keep_blank_values=True).items()}
        headers = {k.lower(): v for k, v in raw_headers.items()}
        parsed: Json = None
        body_ok = True
        if body:
            try:
                parsed = json.loads(body)
            except (ValueError, UnicodeDecodeError):
                body_ok = False
        token = _token_of(headers, query)
        record = RecordedRequest(
            method=method,
            path=path,
            raw_path=raw_path,
            query=query,
            headers=headers,
            json=parsed,
            time=time.monotonic(),
            token_present=token is not None,
        )
        with self._log_lock:
            self._requests.append(record)
            self._total_requests += 1
        try:
            reply = self._dispatch(method, path, query, headers, token, body_ok, parsed)
        except Exception:  # a simulator bug must not kill the server thread; report it
            self.errors.append(traceback.format_exc())
            reply = _json_reply(500, {"message": "simulator error"})
        record.status = reply[0]
        return reply

    def _dispatch(
        self,
        method: str,
        path: str,
        query: dict[str, str],
        headers: dict[str, str],
        token: str | None,
        body_ok: bool,
        parsed: Json,
    ) -> Reply:
        delay, fault = self.faults.take(method, path, query)
        if delay:
            time.sleep(delay)
        if fault is not None:
            reply = _fault_reply(fault)
            if reply is not None:
                return reply
        if path.startswith("/output/"):
            expired = self._outputs_expired or (
                fault is not None and fault.kind is FaultKind.EXPIRED_OUTPUT
            )
            return self._output(path, query, headers, expired)
        if not path.startswith("/api/"):
            return _text_reply(404, "Not Found", "text/plain")
        if (
            token is None
            or self._revoked
            or not hmac.compare_digest(token.encode(), self.scenario.token.encode())
        ):
            if token is not None and self._revoked and self._revoked_style == "404":
                not_found = _revoked_not_found(path)
                if not_found:
                    return _json_reply(404, {"message": not_found})
            return _json_reply(401, {"message": LOGIN_FIRST})
        limit_headers: dict[str, str] = {}
        limiter = self._limiter
        if limiter is not None:
            allowed, limit_headers = limiter.check()
            if not allowed:
                if not self.scenario.rate_limit_retry_after:
                    limit_headers.pop("Retry-After", None)
                # The body seen live was plain text (CircleCI-Env-Inspector#5), not JSON.
                return _text_reply(429, "Rate limited.", "text/plain; charset=utf-8", limit_headers)
        handler, params, allowed_methods = self._route(method, path)
        if handler is None:
            if allowed_methods:
                return _json_reply(405, {"message": "Method Not Allowed"}, limit_headers)
            if path.startswith("/api/v1.1/"):
                # A malformed v1.1 path gets the web app's HTML shell (recorded
                # v1.1-error-404.unknown-route.partial.html), not JSON.
                return _text_reply(404, _HTML_404, "text/html; charset=utf-8", limit_headers)
            return _json_reply(404, {"message": "Not found"}, limit_headers)
        if not body_ok:
            return _json_reply(400, {"message": "Request body is not valid JSON"}, limit_headers)
        try:
            with self._lock:
                status, payload = handler(query=query, body=parsed, **params)
        except SimulatorError as exc:
            return _json_reply(exc.status, {"message": exc.message}, limit_headers)
        if (
            fault is not None
            and fault.kind is FaultKind.REPEAT_PAGE_TOKEN
            and isinstance(payload, dict)
            and "next_page_token" in payload
        ):
            payload["next_page_token"] = query["page-token"]
        return _json_reply(status, payload, limit_headers)

    def _route(
        self, method: str, path: str
    ) -> tuple[Callable[..., Json] | None, dict[str, str], list[str]]:
        allowed = []
        for m, pattern, handler in self._routes:
            match = pattern.fullmatch(path)
            if match is None:
                continue
            if m == method:
                return handler, match.groupdict(), []
            allowed.append(m)
        return None, {}, allowed

    # -- v2 handlers (run under the lock; return (status, body)) ----------------------------------

    def _me(self, **_: Any) -> tuple[int, Json]:
        sc = self.scenario
        avatar = None if "me.avatar_url" in sc.omit_fields else sc.user_avatar
        return 200, render.me(sc.user_id, sc.user_login, sc.user_name, avatar)

    def _collaborations(self, **_: Any) -> tuple[int, Json]:
        return 200, [render.collaboration(o) for o in self.scenario.orgs.values()]

    def _pipelines(self, query: dict[str, str], **_: Any) -> tuple[int, Json]:
        sc = self.scenario
        mine = query.get("mine", "").lower() == "true"
        org_slug = query.get("org-slug")
        if org_slug:
            org = sc.org(org_slug)
            if org is None:
                raise SimulatorError(404, "Organization not found")
            index = org.my_pipelines if mine else org.pipelines
            covered = self._feed_coverage(org)
        else:
            index = sc.my_followed_pipelines if mine else sc.followed_pipelines
            covered = None
        scope = f"pipelines:{org.slug if org_slug else '*'}:{mine}"
        if covered is None:
            items, nxt = _page_time_index(index, query.get("page-token"), scope, sc.page_size)
        else:
            items, nxt = _page_time_index_filtered(
                index, query.get("page-token"), scope, sc.page_size, lambda p: p.project.id in covered)
        return 200, {"items": [self._pipeline_body(p) for p in items], "next_page_token": nxt}

    def _feed_coverage(self, org: Any) -> set[str] | None:
        """Ids of the followed projects the org feed covers: the most recently built ones, up to
        the limit (None: all of them)."""
        sc = self.scenario
        followed = [p for p in sc.projects.values()
                    if p.org is org and p.followed and p.access == "ok"]
        if len(followed) <= sc.org_feed_project_limit:
            return None
        latest = {p.id: (p.pipelines.newest().key if len(p.pipelines) else (0.0, 0)) for p in followed}
        ranked = sorted(followed, key=lambda p: latest[p.id], reverse=True)
        return {p.id for p in ranked[: sc.org_feed_project_limit]}

    def _pipeline_body(self, p: Pipeline) -> Json:
        return render.pipeline(p, self.scenario.pipeline_updated(p))

    def _project_pipelines(self, slug: str, query: dict[str, str], **_: Any) -> tuple[int, Json]:
        sc = self.scenario
        project = sc.project(slug)
        branch = query.get("branch")
        index = project.pipelines if not branch else project.by_branch.get(branch, SortedIndex())
        scope = f"project:{project.slug}:{branch or ''}"
        items, nxt = _page_time_index(index, query.get("page-token"), scope, sc.page_size)
        return 200, {"items": [self._pipeline_body(p) for p in items], "next_page_token": nxt}

    def _project(self, slug: str, **_: Any) -> tuple[int, Json]:
        return 200, render.project_info(self.scenario.project(slug))

    def _pipeline(self, id: str, **_: Any) -> tuple[int, Json]:  # noqa: A002 - path parameter name
        return 200, self._pipeline_body(self.scenario.pipeline(id))

    def _pipeline_by_number(self, slug: str, number: str, **_: Any) -> tuple[int, Json]:
        return 200, self._pipeline_body(self.scenario.pipeline_by_number(slug, int(number)))

    def _pipeline_workflows(self, id: str, query: dict[str, str], **_: Any) -> tuple[int, Json]:  # noqa: A002
        sc = self.scenario
        p = sc.pipeline(id)
        wfs = sc.workflows_newest_first(p)
        items, nxt = _page_keyed(wfs, query.get("page-token"), f"wf:{p.id}", sc.page_size)
        return 200, {"items": [render.workflow(w) for w in items], "next_page_token": nxt}

    def _workflow(self, id: str, **_: Any) -> tuple[int, Json]:  # noqa: A002
        return 200, render.workflow(self.scenario.workflow_by_id(id))

    def _workflow_jobs(self, id: str, query: dict[str, str], **_: Any) -> tuple[int, Json]:  # noqa: A002
        sc = self.scenario
        wf = sc.workflow_by_id(id)
        items, nxt, _ = _page_list(wf.jobs, query.get("page-token"), f"jobs:{wf.id}", sc.page_size)
        body = [render.workflow_job(j, wf, sc.user_id) for j in items]
        return 200, {"items": body, "next_page_token": nxt}

    def _rerun(self, id: str, body: Json, **_: Any) -> tuple[int, Json]:  # noqa: A002
        if body is not None and not isinstance(body, dict):
            raise SimulatorError(400, "Request body must be a JSON object")
        new = self.scenario.rerun_workflow(id, body)
        if self.scenario.rerun_reply == "accepted":
            return 202, {"message": "Accepted."}  # 2020 capture: no workflow_id
        return 202, {"workflow_id": new.id}

    def _job(self, slug: str, number: str, **_: Any) -> tuple[int, Json]:
        sc = self.scenario
        return 200, render.job_details(sc.job_by_number(slug, int(number)),
                                       project_id="job.project.id" not in sc.omit_fields)

    def _tests(self, slug: str, number: str, query: dict[str, str], **_: Any) -> tuple[int, Json]:
        sc = self.scenario
        job = sc.job_by_number(slug, int(number))
        results = render.tests_of(job)
        page, nxt, offset = _page_list(
            results, query.get("page-token"), f"tests:{job.id}", sc.page_size
        )
        items = [render.test_result(t, job, offset + i) for i, t in enumerate(page)]
        return 200, {"items": items, "next_page_token": nxt}

    def _flaky(self, slug: str, **_: Any) -> tuple[int, Json]:
        sc = self.scenario
        return 200, render.flaky_tests(sc.project(slug), sc.flaky_keys, sc.clock.now())

    # -- v1.1 handlers ----------------------------------------------------------------------------

    def _v1_projects(self, **_: Any) -> tuple[int, Json]:
        sc = self.scenario
        items = []
        for project in sc.projects.values():
            if not project.followed or project.access != "ok":
                continue
            if project.vcs == "circleci" and not sc.v1_lists_circleci_projects:
                continue
            latest = {b: idx.newest() for b, idx in project.by_branch.items() if len(idx)}
            items.append(render.v1_project(project, latest, slug=sc.v1_projects_slug))
        return 200, items

    def _private_followed(self, query: dict[str, str], **_: Any) -> tuple[int, Json]:
        sc = self.scenario
        if not sc.private_api:
            raise SimulatorError(404, "Not found")
        projects = [p for p in sc.projects.values() if p.followed and p.access == "ok"]
        page, nxt, _ = _page_list(projects, query.get("page-token"), "private-followed", sc.page_size)
        return 200, {"items": [render.private_followed_project(p) for p in page], "next_page_token": nxt}

    def _v1_job(self, slug: str, number: str, **_: Any) -> tuple[int, Json]:
        sc = self.scenario
        job = sc.job_by_number(slug, int(number))
        if job.project.vcs == "circleci" and not sc.v1_job_details_circleci:
            raise SimulatorError(404, "Project not found")
        user = {
            "is_user": True,
            "login": sc.user_login,
            "avatar_url": sc.user_avatar,
            "name": sc.user_name,
            "vcs_type": "github",
            "id": int(sc.user_id[:7], 16),
        }
        return 200, render.v1_job(job, self._output_url, user)

    # -- presigned step output --------------------------------------------------------------------

    def _sign(self, key: str, expires: int) -> str:
        return hmac.new(self._secret, f"{key}:{expires}".encode(), hashlib.sha256).hexdigest()

    def _output_url(self, job: Job, action: Action) -> str:
        # Opaque like an S3 object key: a hash prefix, the job id, the step and the node index.
        prefix = hashlib.sha1(job.id.encode()).hexdigest()[:24]  # noqa: S324 - not security
        key = f"{prefix}-{job.id}-{action.step}-{action.index}"
        expires = int(self.scenario.clock.now() + self.scenario.output_url_ttl)
        return (
            f"{self.base_url}/output/{key}?Expires={expires}"
            f"&AWSAccessKeyId=SIMULATOR-ACCESS-KEY&Signature={self._sign(key, expires)}"
        )

    def _output(
        self, path: str, query: dict[str, str], headers: dict[str, str], expired: bool
    ) -> Reply:
        if "authorization" in headers:
            # S3 refuses a presigned URL that also carries an Authorization header.
            return _s3_error(
                400,
                "InvalidArgument",
                "Only one auth mechanism allowed; only the X-Amz-Algorithm query parameter, "
                "Signature query string parameter or the Authorization header should be specified",
            )
        key = path[len("/output/") :]
        match = re.fullmatch(
            r"[0-9a-f]{24}-(?P<job>[0-9a-f-]{36})-(?P<step>\d+)-(?P<index>\d+)", key
        )
        expires_s, signature = query.get("Expires"), query.get("Signature")
        if not expires_s or not signature or "AWSAccessKeyId" not in query:
            return _s3_error(
                403,
                "AccessDenied",
                "Query-string authentication requires the Signature, Expires and AWSAccessKeyId parameters",
            )
        try:
            expires = int(expires_s)
        except ValueError:
            return _s3_error(403, "AccessDenied", "Invalid date (should be seconds since epoch)")
        if not hmac.compare_digest(signature, self._sign(key, expires)):
            return _s3_error(
                403,
                "SignatureDoesNotMatch",
                "The request signature we calculated does not match the signature you provided.",
            )
        now = self.scenario.clock.now()
        if expired or now > expires:
            extra = (
                f"<Expires>{render.ts(expires, millis=False)}</Expires>"
                f"<ServerTime>{render.ts(now, millis=False)}</ServerTime>"
            )
            return _s3_error(403, "AccessDenied", "Request has expired", extra)
        with self._lock:
            job = self.scenario.jobs.get(match["job"]) if match else None
            found = None
            if job is not None:
                for _, actions in build_actions(job):
                    for a in actions:
                        if a.step == int(match["step"]) and a.index == int(match["index"]):
                            found = a
            if job is None or found is None:
                return _s3_error(404, "NoSuchKey", "The specified key does not exist.")
            p = job.workflow.pipeline
            text, truncated = action_output(
                job, found, branch=p.branch or "", revision=p.revision, subject=p.subject or ""
            )
            when = render.ts(found.end or found.start or now)
        chunks = [text[i : i + _OUTPUT_CHUNK] for i in range(0, len(text), _OUTPUT_CHUNK)] or [""]
        body = [
            {
                "message": c,
                "time": when,
                "type": "out",
                "truncated": truncated and i == len(chunks) - 1,
            }
            for i, c in enumerate(chunks)
        ]
        return _json_reply(200, body)


def _token_of(headers: Mapping[str, str], query: Mapping[str, str]) -> str | None:
    """The token from `Circle-Token`, HTTP Basic (token as user), or the legacy `circle-token` query."""
    if headers.get("circle-token"):
        return headers["circle-token"]
    auth = headers.get("authorization", "")
    if auth.lower().startswith("basic "):
        try:
            decoded = base64.b64decode(auth[6:].strip()).decode()
        except (binascii.Error, UnicodeDecodeError):
            return ""
        return decoded.partition(":")[0]
    if auth:
        return ""  # some other scheme: present, but not a token CircleCI accepts
    return query.get("circle-token") or None


def _fault_reply(fault: Fault) -> Reply | None:
    kind, params = fault.kind, fault.params
    if kind is FaultKind.RATE_LIMIT:
        retry_after = params.get("retry_after")
        if retry_after is None:
            return _text_reply(429, "Rate limited.", "text/plain; charset=utf-8")
        return _json_reply(
            429, {"message": "Rate limit exceeded"}, {"Retry-After": str(retry_after)}
        )
    if kind is FaultKind.SERVER_ERROR:
        status = int(params["status"])
        if status == 502:
            return _text_reply(502, _BAD_GATEWAY, "text/html")
        if status in (503, 504):
            return _text_reply(status, _UNAVAILABLE, "text/html")
        return _json_reply(status, {"message": "Internal Server Error"})
    if kind is FaultKind.MALFORMED:
        return _text_reply(200, str(params["body"]), str(params.get("content_type", "text/html")))
    if kind is FaultKind.WRONG_SHAPE:
        return _json_reply(200, params["body"])
    if kind is FaultKind.REVOKED_TOKEN:
        return _json_reply(401, {"message": LOGIN_FIRST})
    return None  # REPEAT_PAGE_TOKEN and EXPIRED_OUTPUT change the normal answer instead


class Redirector:
    """A loopback server that answers every request with a redirect to ``target`` (same path and
    query), like CircleCI's http:// to https:// redirect. Use it as a base_url in tests."""

    def __init__(self, target: str, *, status: int = 301, host: str = "127.0.0.1") -> None:
        self.target = target.rstrip("/")
        self.status = status
        self.hits = 0
        outer = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - stdlib signature
                """Stay quiet."""

            def _redirect(self) -> None:
                outer.hits += 1
                length = int(self.headers.get("Content-Length") or 0)
                if length:
                    self.rfile.read(length)
                self.send_response(outer.status)
                self.send_header("Location", outer.target + self.path)
                self.send_header("Content-Length", "0")
                self.end_headers()

            do_GET = do_POST = _redirect  # noqa: N815 - stdlib method names

        self._server = ThreadingHTTPServer((host, 0), Handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.05},
                                        daemon=True)

    @property
    def base_url(self) -> str:
        """`http://127.0.0.1:PORT`."""
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    def __enter__(self) -> Redirector:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()
