"""What every HTTP client of ours shares: request counts, one request budget, the retry policy,
rate-limit headers, and an overall deadline per request.

Used by the CI provider's client (``providers/circleci/client.py``), the report sinks and the
LLM client. The pieces:

- ``RequestCounter``: every request sent, retries included, by endpoint template;
- ``RequestBudget``: one token bucket plus a shared pause (a 429's Retry-After holds every
  caller, not just the one that saw it);
- ``RetryPolicy``: exponential backoff with full jitter, and the longest wait allowed;
- ``parse_retry_after``, ``low_budget_pause``, ``exhausted_window_wait``: reading the
  Retry-After and RateLimit-* / X-RateLimit-* headers;
- ``transport`` and ``http_client``: an httpx transport (and client) whose every request ends
  at an overall deadline, its body included.

The overall deadline, for every outbound HTTP request, not only one per read: httpx's timeouts apply to each socket operation: a server that sends one byte every two
seconds never trips a five-second read timeout, and a single request can last for ever.
Here each request gets a deadline when it starts (``seconds`` from then); every connect,
read and write of that request, its body included, waits at most for what is left of it,
and fails with the library's own timeout error (so httpx maps it as usual) once it is spent.

It works at the socket layer: the connection pool's network backend is wrapped, and the
request's deadline travels in a thread-local while the request (or its body) is being read.
One implementation serves both ``httpx`` (CircleCI, the report sinks) and ``httpx2`` (the
``openai`` client), which share their transport interfaces.
"""

from __future__ import annotations

import email.utils
import random
import re
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from types import ModuleType
from typing import Any

import httpx

# --------------------------------------------------------------------------- request counts


class RequestCounter:
    """Counts every HTTP request sent (retries included), by endpoint template. Thread-safe.

    One per process and API (the app's ``usage``): the cycles, ``status``, ``/metrics`` and the
    benchmarks read their request counts from it.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._by_endpoint: Counter[str] = Counter()
        self._by_status: Counter[str] = Counter()
        self._by_pair: Counter[tuple[str, str]] = Counter()
        self._writes = 0

    def record(self, endpoint: str, status: int | str) -> None:
        with self._lock:
            self._by_endpoint[endpoint] += 1
            self._by_status[str(status)] += 1
            self._by_pair[(endpoint, str(status))] += 1
            if not endpoint.startswith("GET "):
                self._writes += 1

    @property
    def total(self) -> int:
        with self._lock:
            return sum(self._by_endpoint.values())

    @property
    def writes(self) -> int:
        with self._lock:
            return self._writes

    def by_endpoint(self) -> dict[str, int]:
        with self._lock:
            return dict(sorted(self._by_endpoint.items()))

    def by_status(self) -> dict[str, int]:
        with self._lock:
            return dict(sorted(self._by_status.items()))

    def snapshot(self) -> Counter[str]:
        with self._lock:
            return Counter(self._by_endpoint)

    def by_endpoint_status(self) -> dict[tuple[str, str], int]:
        """Requests by (endpoint template, status or "error") since the process started."""
        with self._lock:
            return dict(self._by_pair)


# --------------------------------------------------------------------------- rate budget


class RequestBudget:
    """One request budget for the whole process: a token bucket plus a shared pause.

    ``requests_per_minute`` refills steadily; ``burst`` tokens may be spent at once (default: a
    tenth of a minute's worth). A 429's Retry-After or headers showing the server's budget
    running low set a pause that every caller waits out, not just the one that saw it.
    """

    def __init__(
        self,
        requests_per_minute: float,
        *,
        burst: float | None = None,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        if requests_per_minute <= 0:
            raise ValueError("requests_per_minute must be positive")
        self.rate = requests_per_minute / 60.0
        self.capacity = max(1.0, burst if burst is not None else requests_per_minute / 10.0)
        self._tokens = self.capacity
        self._clock = clock
        self._sleep = sleep
        self._updated = clock()
        self._paused_until = 0.0
        self._paused_total = 0.0
        self._lock = threading.Lock()

    def acquire(self) -> float:
        """Block until a request may be sent; return the seconds waited."""
        waited = 0.0
        while True:
            with self._lock:
                now = self._clock()
                self._tokens = min(self.capacity, self._tokens + (now - self._updated) * self.rate)
                self._updated = now
                wait = self._paused_until - now
                if wait <= 0:
                    if self._tokens >= 1.0:
                        self._tokens -= 1.0
                        return waited
                    wait = (1.0 - self._tokens) / self.rate
            self._sleep(wait)
            waited += wait

    def pause_for(self, seconds: float) -> None:
        """Hold every caller for ``seconds`` from now (longest pause wins)."""
        with self._lock:
            now = self._clock()
            until = max(self._paused_until, now + max(0.0, seconds))
            # Only the extension counts: overlapping pauses are one wait, not two.
            self._paused_total += until - max(self._paused_until, now)
            self._paused_until = until

    @property
    def paused_seconds_total(self) -> float:
        """Seconds of pause ordered so far (429s, low server budget), overlaps counted once."""
        with self._lock:
            return self._paused_total

    @property
    def paused_for(self) -> float:
        with self._lock:
            return max(0.0, self._paused_until - self._clock())


def parse_retry_after(value: str | None, *, now: float | None = None) -> float | None:
    """Seconds to wait from a Retry-After header (delta-seconds or an HTTP date), or None."""
    if value is None:
        return None
    value = value.strip()
    if re.fullmatch(r"\d+(\.\d+)?", value):
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when is None:
        return None
    current = time.time() if now is None else now
    return max(0.0, when.timestamp() - current)


def low_budget_pause(headers: Mapping[str, str], *, threshold: int = 2, now: float | None = None) -> float:
    """Seconds to pause when RateLimit-* / X-RateLimit-* headers show the budget nearly spent.

    When both families are present the lower remaining count is the one enforced.
    """
    lower = {k.lower(): v for k, v in headers.items()}
    pairs: list[tuple[str, str]] = []
    if "ratelimit-remaining" in lower:
        pairs.append(("ratelimit-remaining", "ratelimit-reset"))
    for window in ("second", "minute", "hour", "day"):
        rem = f"x-ratelimit-remaining-{window}"
        if rem in lower:
            pairs.append((rem, f"x-ratelimit-reset-{window}"))
    if "x-ratelimit-remaining" in lower:
        pairs.append(("x-ratelimit-remaining", "x-ratelimit-reset"))
    pause = 0.0
    current = time.time() if now is None else now
    for rem_key, reset_key in pairs:
        try:
            remaining = int(float(lower[rem_key]))
        except ValueError:
            continue
        if remaining > threshold:
            continue
        try:
            reset = float(lower.get(reset_key, "1"))
        except ValueError:
            reset = 1.0
        if reset > 1e9:  # an epoch timestamp, not a delta
            reset = reset - current
        pause = max(pause, min(max(reset, 0.0), 3600.0))
    return pause


def exhausted_window_wait(headers: Mapping[str, str], *, now: float | None = None) -> float | None:
    """Seconds until the exhausted rate-limit window resets, from a 429's headers, or None.

    For a 429 without Retry-After: ``RateLimit-Reset`` when ``RateLimit-Remaining`` is 0, and
    ``X-RateLimit-Reset-<Window>`` for each window whose ``-Remaining`` is 0 (plus the unlabelled
    ``x-ratelimit-*`` trio seen on 2020 answers). The longest exhausted window wins; a reset
    that looks like an epoch time is turned into a delta.
    """
    lower = {k.lower(): v for k, v in headers.items()}
    pairs = [("ratelimit-remaining", "ratelimit-reset"), ("x-ratelimit-remaining", "x-ratelimit-reset")]
    pairs += [(f"x-ratelimit-remaining-{w}", f"x-ratelimit-reset-{w}") for w in ("second", "minute", "hour", "day")]
    current = time.time() if now is None else now
    wait: float | None = None
    for rem_key, reset_key in pairs:
        if rem_key not in lower or reset_key not in lower:
            continue
        try:
            remaining = float(lower[rem_key])
            reset = float(lower[reset_key])
        except ValueError:
            continue
        if remaining > 0:
            continue
        if reset > 1e9:
            reset -= current
        reset = max(0.0, reset)
        wait = reset if wait is None else max(wait, reset)
    return wait


@dataclass
class RetryPolicy:
    max_retries: int = 4
    backoff_base: float = 0.5
    backoff_max: float = 120.0
    jitter: Callable[[], float] = field(default=random.random)

    def backoff(self, attempt: int) -> float:
        """Exponential backoff with full jitter: uniform in [base*2^n / 2, base*2^n]."""
        ceiling: float = min(self.backoff_max, self.backoff_base * (2**attempt))
        return ceiling / 2 + self.jitter() * ceiling / 2


# --------------------------------------------------------------------------- the overall deadline




_local = threading.local()

MESSAGE = "the request's overall deadline passed"


@contextmanager
def _active(deadline: float) -> Iterator[None]:
    previous = getattr(_local, "deadline", None)
    _local.deadline = deadline
    try:
        yield
    finally:
        _local.deadline = previous


def _bound(timeout: float | None, error: type[Exception]) -> float | None:
    """The timeout of one socket operation: the smaller of its own and what the deadline leaves."""
    deadline: float | None = getattr(_local, "deadline", None)
    if deadline is None:
        return timeout
    left = deadline - time.monotonic()
    if left <= 0:
        raise error(MESSAGE)
    return left if timeout is None else min(timeout, left)


class _Stream:
    """A network stream whose every operation is bounded by the current request's deadline."""

    def __init__(self, inner: Any, core: ModuleType) -> None:
        self._inner = inner
        self._core = core

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        data: bytes = self._inner.read(max_bytes, _bound(timeout, self._core.ReadTimeout))
        return data

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._inner.write(buffer, _bound(timeout, self._core.WriteTimeout))

    def close(self) -> None:
        self._inner.close()

    def start_tls(self, ssl_context: Any, server_hostname: str | None = None,
                  timeout: float | None = None) -> _Stream:
        stream = self._inner.start_tls(ssl_context, server_hostname,
                                       _bound(timeout, self._core.ConnectTimeout))
        return _Stream(stream, self._core)

    def get_extra_info(self, info: str) -> Any:
        return self._inner.get_extra_info(info)


class _Backend:
    """A network backend whose connections are bounded by the current request's deadline."""

    def __init__(self, inner: Any, core: ModuleType) -> None:
        self._inner = inner
        self._core = core

    def connect_tcp(self, host: str, port: int, timeout: float | None = None,
                    local_address: str | None = None, socket_options: Any = None) -> _Stream:
        stream = self._inner.connect_tcp(host, port, timeout=_bound(timeout, self._core.ConnectTimeout),
                                         local_address=local_address, socket_options=socket_options)
        return _Stream(stream, self._core)

    def connect_unix_socket(self, path: str, timeout: float | None = None,
                            socket_options: Any = None) -> _Stream:
        stream = self._inner.connect_unix_socket(
            path, timeout=_bound(timeout, self._core.ConnectTimeout), socket_options=socket_options)
        return _Stream(stream, self._core)

    def sleep(self, seconds: float) -> None:
        self._inner.sleep(seconds)


def _transport_class(http: ModuleType) -> type:
    class DeadlineBody(http.SyncByteStream):  # type: ignore[name-defined,misc]
        """A response body read under its request's deadline."""

        def __init__(self, inner: Any, deadline: float) -> None:
            self._inner = inner
            self._deadline = deadline

        def __iter__(self) -> Iterator[bytes]:
            chunks = iter(self._inner)
            while True:
                with _active(self._deadline):
                    chunk = next(chunks, None)
                if chunk is None:
                    return
                yield chunk

        def close(self) -> None:
            with _active(self._deadline):
                self._inner.close()

    class DeadlineTransport(http.BaseTransport):  # type: ignore[name-defined,misc]
        """An HTTP transport that gives each request ``seconds`` in all, its body included."""

        def __init__(self, seconds: float, inner: Any = None) -> None:
            self.seconds = float(seconds)
            self._inner = inner if inner is not None else http.HTTPTransport()
            pool = getattr(self._inner, "_pool", None)
            if pool is None or not hasattr(pool, "_network_backend"):
                raise RuntimeError(f"{http.__name__} has no connection pool to bound; "
                                   "the deadline cannot be installed")
            if not isinstance(pool._network_backend, _Backend):
                core = __import__(type(pool).__module__.split(".")[0])
                pool._network_backend = _Backend(pool._network_backend, core)

        def handle_request(self, request: Any) -> Any:
            deadline = time.monotonic() + self.seconds
            with _active(deadline):
                response = self._inner.handle_request(request)
            response.stream = DeadlineBody(response.stream, deadline)
            return response

        def close(self) -> None:
            self._inner.close()

    return DeadlineTransport


_classes: dict[str, type] = {}


def transport(seconds: float, *, library: str = "httpx") -> Any:
    """A transport for ``httpx.Client`` (or, with ``library="httpx2"``, ``httpx2.Client``) that
    ends any request still running ``seconds`` after it started."""
    if library not in _classes:
        _classes[library] = _transport_class(__import__(library))
    return _classes[library](seconds)


deadline_transport = transport


def http_client(timeout: float, *, headers: Mapping[str, str] | None = None,
                transport: httpx.BaseTransport | None = None,
                follow_redirects: bool = False) -> httpx.Client:
    """An ``httpx.Client`` whose every request ends ``timeout`` seconds after it started, its body
    included (``transport`` replaces the deadline transport, e.g. in tests). The caller owns it
    and closes it."""
    return httpx.Client(timeout=timeout, transport=transport or deadline_transport(timeout),
                        headers=dict(headers or {}), follow_redirects=follow_redirects)
