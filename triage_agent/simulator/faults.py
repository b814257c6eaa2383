"""Fault injection: thread-safe rules that make the next N matching requests misbehave."""

from __future__ import annotations

import re
import threading
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any


class FaultKind(StrEnum):
    """What a fault does to a matching request."""

    RATE_LIMIT = (
        "rate_limit"  # 429; `retry_after=S` sets Retry-After, None sends plain "Rate limited."
    )
    SERVER_ERROR = "server_error"  # `status=` 500 (JSON), 502 or 503 (HTML from the load balancer)
    SLOW = "slow"  # sleep `seconds=` before answering normally
    MALFORMED = "malformed"  # 200 with a non-JSON body (`body=`, default "<html>oops")
    WRONG_SHAPE = (
        "wrong_shape"  # 200 with JSON of the wrong shape (`body=`, default {"items": "nope"})
    )
    REPEAT_PAGE_TOKEN = "repeat_page_token"  # a paged answer repeats the page-token it was sent
    EXPIRED_OUTPUT = "expired_output"  # step-output URLs answer 403 AccessDenied (expired)
    REVOKED_TOKEN = "revoked_token"  # 401 "You must log in first."


# Where a fault applies when the test names no path: output faults hit only the presigned
# output URLs, token faults only the API, everything else every request.
_DEFAULT_PREFIX = {
    FaultKind.EXPIRED_OUTPUT: "/output/",
    FaultKind.REVOKED_TOKEN: "/api/",
}
_DEFAULT_PARAMS: dict[FaultKind, dict[str, Any]] = {
    FaultKind.RATE_LIMIT: {"retry_after": 1},
    FaultKind.SERVER_ERROR: {"status": 503},
    FaultKind.SLOW: {"seconds": 1.0},
    FaultKind.MALFORMED: {"body": "<html>oops", "content_type": "text/html"},
    FaultKind.WRONG_SHAPE: {"body": {"items": "nope"}},
}


@dataclass(eq=False)
class Fault:
    """One injected fault; `remaining=None` means until cleared. Read `hits` to see how often it fired."""

    kind: FaultKind
    params: dict[str, Any]
    remaining: int | None
    path_prefix: str | None = None
    path_regex: re.Pattern[str] | None = None
    method: str | None = None
    hits: int = 0
    _owner: FaultSet | None = field(default=None, repr=False)

    def matches(self, method: str, path: str, query: Mapping[str, Any]) -> bool:
        """Whether this fault applies to a request."""
        if self.method is not None and method != self.method:
            return False
        if self.path_prefix is not None and not path.startswith(self.path_prefix):
            return False
        if self.path_regex is not None and not self.path_regex.search(path):
            return False
        # A repeated token only makes sense on a request that is already paging.
        return not (self.kind is FaultKind.REPEAT_PAGE_TOKEN and not query.get("page-token"))

    @property
    def active(self) -> bool:
        """Whether the fault can still fire."""
        return self.remaining is None or self.remaining > 0

    def clear(self) -> None:
        """Remove this fault."""
        if self._owner is not None:
            self._owner.remove(self)


class FaultSet:
    """The simulator's faults, consulted once per request in injection order."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._faults: list[Fault] = []

    def add(
        self,
        kind: FaultKind | str,
        *,
        times: int | None = 1,
        path: str | None = None,
        path_regex: str | None = None,
        method: str | None = None,
        **params: Any,
    ) -> Fault:
        """Register a fault (see `Simulator.inject`)."""
        kind = FaultKind(kind)
        if times is not None and times < 1:
            raise ValueError("times must be >= 1 or None (until cleared)")
        merged = {**_DEFAULT_PARAMS.get(kind, {}), **params}
        if kind is FaultKind.SERVER_ERROR and merged["status"] not in (500, 502, 503, 504):
            raise ValueError("server_error status must be 500, 502, 503 or 504")
        if path is None and path_regex is None:
            path = _DEFAULT_PREFIX.get(kind)
        fault = Fault(
            kind=kind,
            params=merged,
            remaining=times,
            path_prefix=path,
            path_regex=re.compile(path_regex) if path_regex else None,
            method=method.upper() if method else None,
            _owner=self,
        )
        with self._lock:
            self._faults.append(fault)
        return fault

    def remove(self, fault: Fault) -> None:
        """Drop one fault."""
        with self._lock:
            if fault in self._faults:
                self._faults.remove(fault)

    def clear(self) -> None:
        """Remove every fault."""
        with self._lock:
            self._faults.clear()

    def __len__(self) -> int:
        with self._lock:
            return len(self._faults)

    def take(self, method: str, path: str, query: Mapping[str, Any]) -> tuple[float, Fault | None]:
        """Consume the faults matching this request: total delay of slow faults, and the first other one."""
        delay = 0.0
        chosen: Fault | None = None
        with self._lock:
            for fault in list(self._faults):
                if not fault.active or not fault.matches(method, path, query):
                    continue
                if fault.kind is FaultKind.SLOW:
                    delay += float(fault.params["seconds"])
                elif chosen is None:
                    chosen = fault
                else:
                    continue
                fault.hits += 1
                if fault.remaining is not None:
                    fault.remaining -= 1
                    if fault.remaining == 0:
                        self._faults.remove(fault)
        return delay, chosen
