"""An overall deadline for every outbound HTTP request, not only one per read.

httpx's timeouts apply to each socket operation: a server that sends one byte every two
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

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from types import ModuleType
from typing import Any

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
    deadline = getattr(_local, "deadline", None)
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
        return self._inner.read(max_bytes, _bound(timeout, self._core.ReadTimeout))

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
