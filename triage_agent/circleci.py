"""The CircleCI client: HTTP only, typed results, paging, one shared request budget, retries.

Status handling lives in one place (``raise_for_status``). The only write this module can
make is ``rerun_workflow_from_failed``; no other non-GET request exists in the code.
"""

from __future__ import annotations

import email.utils
import json
import logging
import random
import re
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote

import httpx

from .errors import (
    APIStatusError,
    AuthError,
    BadResponse,
    CircleCIError,
    NotFound,
    PermissionDenied,
    RateLimited,
    ServerError,
    TransportError,
)

log = logging.getLogger(__name__)

USER_AGENT = "triage-agent/0.1 (+https://github.com/triage-agent)"


# --------------------------------------------------------------------------- typed results


@dataclass(frozen=True)
class Me:
    id: str
    login: str
    name: str


@dataclass(frozen=True)
class Collaboration:
    id: str
    slug: str
    name: str
    vcs_type: str


@dataclass(frozen=True)
class FollowedProject:
    slug: str
    vcs_url: str
    followed: bool
    default_branch: str = ""


@dataclass(frozen=True)
class Pipeline:
    id: str
    number: int
    project_slug: str
    state: str
    created_at: str
    branch: str = ""
    revision: str = ""
    commit_subject: str = ""
    trigger_type: str = ""
    actor: str = ""
    errors: tuple[str, ...] = ()


@dataclass(frozen=True)
class Workflow:
    id: str
    name: str
    status: str
    pipeline_id: str
    pipeline_number: int
    project_slug: str
    created_at: str
    stopped_at: str | None = None
    auto_rerun_number: int | None = None
    max_auto_reruns: int | None = None
    tag: str | None = None


@dataclass(frozen=True)
class Job:
    id: str
    name: str
    status: str
    type: str
    job_number: int | None = None
    started_at: str | None = None
    stopped_at: str | None = None


@dataclass(frozen=True)
class TestResult:
    name: str
    classname: str
    result: str
    message: str
    file: str
    source: str
    run_time: float | None


@dataclass(frozen=True)
class FlakyTest:
    test_name: str
    classname: str
    times_flaked: int
    job_name: str = ""
    file: str = ""
    time_wasted: int = 0


@dataclass(frozen=True)
class StepAction:
    step_name: str
    index: int
    status: str
    failed: bool
    exit_code: int | None
    has_output: bool
    output_url: str | None
    timedout: bool = False
    infrastructure_fail: bool = False
    run_time_millis: int | None = None


@dataclass(frozen=True)
class OutputLine:
    message: str
    type: str = "out"
    truncated: bool = False


@dataclass(frozen=True)
class Page:
    items: list[Any]
    next_page_token: str | None


# --------------------------------------------------------------------------- cost accounting


class Usage:
    """Counts every HTTP request sent (retries included), by endpoint template. Thread-safe."""

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


# --------------------------------------------------------------------------- status mapping


def _error_message(response: httpx.Response) -> str:
    try:
        data = response.json()
        if isinstance(data, dict) and isinstance(data.get("message"), str):
            return data["message"][:200]
    except (json.JSONDecodeError, UnicodeDecodeError, ValueError):
        pass
    text = response.text.strip()
    # S3-style XML (an expired presigned output URL): its Code and Message say what happened.
    xml = re.search(r"<Code>([^<]+)</Code>(?:.*?<Message>([^<]+)</Message>)?", text, re.S)
    if xml:
        return ": ".join(x for x in xml.groups() if x)[:200]
    lines = text.splitlines()
    return lines[0][:200] if lines else response.reason_phrase


def raise_for_status(response: httpx.Response, endpoint: str) -> None:
    """Map an HTTP status to the exception tree; the one place statuses become errors."""
    status = response.status_code
    if 200 <= status < 300:
        return
    detail = _error_message(response)
    if status == 401:
        raise AuthError(
            f"CircleCI rejected the token (401: {detail}); it is missing, wrong or revoked",
            status=status, endpoint=endpoint,
        )
    if status == 403:
        raise PermissionDenied(f"403 from {endpoint}: {detail}", status=status, endpoint=endpoint)
    if status == 404:
        raise NotFound(f"404 from {endpoint}: {detail}", status=status, endpoint=endpoint)
    if status == 429:
        raise RateLimited(f"429 from {endpoint}: rate limited", status=status, endpoint=endpoint)
    if status >= 500:
        raise ServerError(f"{status} from {endpoint}: {detail}", status=status, endpoint=endpoint)
    raise APIStatusError(f"{status} from {endpoint}: {detail}", status=status, endpoint=endpoint)


# --------------------------------------------------------------------------- shape helpers


def _obj(data: Any, endpoint: str) -> dict[str, Any]:
    if not isinstance(data, dict):
        raise BadResponse(f"{endpoint}: expected a JSON object, got {type(data).__name__}", endpoint=endpoint)
    return data


def _req_str(item: Mapping[str, Any], key: str, endpoint: str) -> str:
    value = item.get(key)
    if not isinstance(value, str) or not value:
        raise BadResponse(f"{endpoint}: item lacks a string {key!r}", endpoint=endpoint)
    return value


def _opt_str(item: Mapping[str, Any], key: str) -> str:
    value = item.get(key)
    return value if isinstance(value, str) else ""


def _opt_int(item: Mapping[str, Any], key: str) -> int | None:
    value = item.get(key)
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return None


def _page(data: Any, endpoint: str) -> tuple[list[dict[str, Any]], str | None]:
    body = _obj(data, endpoint)
    items = body.get("items")
    if not isinstance(items, list) or not all(isinstance(i, dict) for i in items):
        raise BadResponse(f"{endpoint}: 'items' is not a list of objects", endpoint=endpoint)
    token = body.get("next_page_token")
    if token is not None and not isinstance(token, str):
        raise BadResponse(f"{endpoint}: 'next_page_token' is not a string", endpoint=endpoint)
    return items, token or None


def parse_pipeline(item: Mapping[str, Any], endpoint: str = "pipeline") -> Pipeline:
    number = _opt_int(item, "number")
    if number is None:
        raise BadResponse(f"{endpoint}: pipeline lacks a number", endpoint=endpoint)
    vcs = item.get("vcs") if isinstance(item.get("vcs"), dict) else {}
    commit = vcs.get("commit") if isinstance(vcs.get("commit"), dict) else {}
    trigger = item.get("trigger") if isinstance(item.get("trigger"), dict) else {}
    actor = trigger.get("actor") if isinstance(trigger.get("actor"), dict) else {}
    errors = item.get("errors") if isinstance(item.get("errors"), list) else []
    return Pipeline(
        id=_req_str(item, "id", endpoint),
        number=number,
        project_slug=_req_str(item, "project_slug", endpoint),
        state=_opt_str(item, "state"),
        created_at=_req_str(item, "created_at", endpoint),
        branch=_opt_str(vcs, "branch") or _opt_str(vcs, "tag"),
        revision=_opt_str(vcs, "revision"),
        commit_subject=_opt_str(commit, "subject"),
        trigger_type=_opt_str(trigger, "type"),
        actor=_opt_str(actor, "login"),
        errors=tuple(_opt_str(e, "message") for e in errors if isinstance(e, dict)),
    )


def parse_workflow(item: Mapping[str, Any], endpoint: str = "workflow") -> Workflow:
    number = _opt_int(item, "pipeline_number")
    return Workflow(
        id=_req_str(item, "id", endpoint),
        name=_req_str(item, "name", endpoint),
        status=_req_str(item, "status", endpoint),
        pipeline_id=_req_str(item, "pipeline_id", endpoint),
        pipeline_number=number if number is not None else 0,
        project_slug=_req_str(item, "project_slug", endpoint),
        created_at=_req_str(item, "created_at", endpoint),
        stopped_at=item.get("stopped_at") if isinstance(item.get("stopped_at"), str) else None,
        auto_rerun_number=_opt_int(item, "auto_rerun_number"),
        max_auto_reruns=_opt_int(item, "max_auto_reruns"),
        tag=item.get("tag") if isinstance(item.get("tag"), str) else None,
    )


def parse_job(item: Mapping[str, Any], endpoint: str = "job") -> Job:
    return Job(
        id=_req_str(item, "id", endpoint),
        name=_req_str(item, "name", endpoint),
        status=_req_str(item, "status", endpoint),
        type=_opt_str(item, "type") or "build",
        job_number=_opt_int(item, "job_number"),
        started_at=item.get("started_at") if isinstance(item.get("started_at"), str) else None,
        stopped_at=item.get("stopped_at") if isinstance(item.get("stopped_at"), str) else None,
    )


def parse_test(item: Mapping[str, Any], endpoint: str = "tests") -> TestResult:
    run_time = item.get("run_time")
    return TestResult(
        name=_opt_str(item, "name"),
        classname=_opt_str(item, "classname"),
        result=_opt_str(item, "result"),
        message=_opt_str(item, "message"),
        file=_opt_str(item, "file"),
        source=_opt_str(item, "source"),
        run_time=float(run_time) if isinstance(run_time, int | float) and not isinstance(run_time, bool) else None,
    )


def parse_flaky_tests(data: Any, endpoint: str = "flaky-tests") -> list[FlakyTest]:
    """Parse Insights flaky tests in either key style: the spec's kebab-case or the live snake_case."""
    body = _obj(data, endpoint)
    items = body.get("flaky_tests", body.get("flaky-tests"))
    if not isinstance(items, list):
        raise BadResponse(f"{endpoint}: no flaky_tests / flaky-tests list", endpoint=endpoint)

    def get(item: Mapping[str, Any], snake: str) -> Any:
        return item.get(snake, item.get(snake.replace("_", "-")))

    out = []
    for item in items:
        if not isinstance(item, dict):
            raise BadResponse(f"{endpoint}: flaky test entry is not an object", endpoint=endpoint)
        name = get(item, "test_name")
        if not isinstance(name, str) or not name:
            raise BadResponse(f"{endpoint}: flaky test entry lacks a test name", endpoint=endpoint)
        times = get(item, "times_flaked")
        wasted = get(item, "time_wasted")
        out.append(
            FlakyTest(
                test_name=name,
                classname=get(item, "classname") or "",
                times_flaked=int(times) if isinstance(times, int | float) else 0,
                job_name=get(item, "job_name") or "",
                file=get(item, "file") or "",
                time_wasted=int(wasted) if isinstance(wasted, int | float) else 0,
            )
        )
    return out


def parse_steps(data: Any, endpoint: str = "v1.1 job") -> list[StepAction]:
    """Flatten v1.1 job details into its step actions."""
    body = _obj(data, endpoint)
    steps = body.get("steps")
    if steps is None:
        return []
    if not isinstance(steps, list):
        raise BadResponse(f"{endpoint}: 'steps' is not a list", endpoint=endpoint)
    actions = []
    for step in steps:
        if not isinstance(step, dict) or not isinstance(step.get("actions", []), list):
            raise BadResponse(f"{endpoint}: malformed step", endpoint=endpoint)
        for action in step.get("actions", []):
            if not isinstance(action, dict):
                raise BadResponse(f"{endpoint}: malformed action", endpoint=endpoint)
            actions.append(
                StepAction(
                    step_name=_opt_str(action, "name") or _opt_str(step, "name"),
                    index=_opt_int(action, "index") or 0,
                    status=_opt_str(action, "status"),
                    failed=bool(action.get("failed")),
                    exit_code=_opt_int(action, "exit_code"),
                    has_output=bool(action.get("has_output")),
                    output_url=action.get("output_url") if isinstance(action.get("output_url"), str) else None,
                    timedout=bool(action.get("timedout")),
                    infrastructure_fail=bool(action.get("infrastructure_fail")),
                    run_time_millis=_opt_int(action, "run_time_millis"),
                )
            )
    return actions


def parse_output(data: Any, endpoint: str = "step output") -> list[OutputLine]:
    if not isinstance(data, list):
        raise BadResponse(f"{endpoint}: expected a JSON array", endpoint=endpoint)
    out = []
    for entry in data:
        if not isinstance(entry, dict):
            raise BadResponse(f"{endpoint}: output entry is not an object", endpoint=endpoint)
        out.append(
            OutputLine(
                message=_opt_str(entry, "message"),
                type=_opt_str(entry, "type") or "out",
                truncated=bool(entry.get("truncated")),
            )
        )
    return out


def v11_project_path(slug: str) -> str:
    """v1.1 path segment for a project: gh/bb slugs map to github/bitbucket; others stay opaque."""
    parts = slug.split("/")
    if len(parts) == 3 and parts[0] in ("gh", "github", "bb", "bitbucket"):
        vcs = {"gh": "github", "bb": "bitbucket"}.get(parts[0], parts[0])
        return f"{vcs}/{quote(parts[1], safe='')}/{quote(parts[2], safe='')}"
    return "/".join(quote(p, safe="") for p in parts)


def _slug(slug: str) -> str:
    # Slugs are opaque; keep their slashes (the API wants them literal) but escape the rest.
    return "/".join(quote(p, safe="") for p in slug.split("/"))


def slug_from_vcs_url(vcs_url: str, vcs_type: str = "") -> str:
    """gh/org/repo from a v1.1 vcs_url such as https://github.com/org/repo."""
    m = re.match(r"^(?:https?://)?(?:www\.)?([^/]+)/([^/]+)/([^/]+?)(?:\.git)?/?$", vcs_url or "")
    if not m:
        return ""
    host, org, repo = m.groups()
    if "bitbucket" in host or vcs_type == "bitbucket":
        prefix = "bb"
    elif "github" in host or vcs_type == "github":
        prefix = "gh"
    else:
        prefix = vcs_type or host
    return f"{prefix}/{org}/{repo}"


# --------------------------------------------------------------------------- the client


@dataclass
class RetryPolicy:
    max_retries: int = 4
    backoff_base: float = 0.5
    backoff_max: float = 120.0
    jitter: Callable[[], float] = field(default=random.random)

    def backoff(self, attempt: int) -> float:
        """Exponential backoff with full jitter: uniform in [base*2^n / 2, base*2^n]."""
        ceiling = min(self.backoff_max, self.backoff_base * (2**attempt))
        return ceiling / 2 + self.jitter() * ceiling / 2


class CircleCIClient:
    """Read-mostly CircleCI API client. Pass ``transport`` in tests (httpx.MockTransport)."""

    def __init__(
        self,
        base_url: str,
        token: str,
        *,
        budget: RequestBudget | None = None,
        usage: Usage | None = None,
        timeout: float = 30.0,
        retry: RetryPolicy | None = None,
        page_cap: int = 50,
        transport: httpx.BaseTransport | None = None,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self._token = token
        self.budget = budget or RequestBudget(600)
        self.usage = usage or Usage()
        self.retry = retry or RetryPolicy()
        self.page_cap = page_cap
        self._sleep = sleep
        self._http = httpx.Client(
            timeout=timeout,
            transport=transport,
            headers={"User-Agent": USER_AGENT, "Accept": "application/json"},
            follow_redirects=False,
        )

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> CircleCIClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:  # never show the token
        return f"CircleCIClient({self.base_url!r})"

    # -- transport -----------------------------------------------------------------------

    def _send(
        self,
        method: str,
        url: str,
        endpoint: str,
        *,
        params: Mapping[str, Any] | None = None,
        json_body: Any = None,
        authenticated: bool = True,
        idempotent: bool = True,
    ) -> httpx.Response:
        """Send one logical request with budget, retries and status mapping; return the response."""
        headers = {"Circle-Token": self._token} if authenticated else {}
        attempt = 0
        while True:
            self.budget.acquire()
            try:
                response = self._http.request(method, url, params=params, json=json_body, headers=headers)
            except httpx.TransportError as exc:
                self.usage.record(endpoint, "error")
                # A write whose request may have reached the server is never resent blindly;
                # a refused connection never did.
                resend_safe = idempotent or isinstance(exc, httpx.ConnectError)
                if not resend_safe or attempt >= self.retry.max_retries:
                    raise TransportError(
                        f"{endpoint}: {type(exc).__name__} talking to {self._host(url)}", endpoint=endpoint
                    ) from exc
                wait = self.retry.backoff(attempt)
                log.warning("%s: %s, retrying in %.1fs", endpoint, type(exc).__name__, wait)
                self._sleep(wait)
                attempt += 1
                continue
            self.usage.record(endpoint, response.status_code)
            pause = low_budget_pause(response.headers)
            if pause > 0 and response.status_code != 429:
                log.info("CircleCI rate budget nearly spent; pausing requests for %.1fs", pause)
                self.budget.pause_for(pause)
            status = response.status_code
            retryable = status == 429 or (status >= 500 and idempotent)
            if not retryable or attempt >= self.retry.max_retries:
                if status == 429:
                    # Giving up on this request does not end the server's wait: every caller
                    # still holds off, or the next request of the cycle goes out at once.
                    retry_after = parse_retry_after(response.headers.get("Retry-After"))
                    if retry_after is None or retry_after <= self.retry.backoff_max:
                        self.budget.pause_for(retry_after if retry_after is not None
                                              else self.retry.backoff(attempt))
                raise_for_status(response, endpoint)
                return response
            if status == 429:
                retry_after = parse_retry_after(response.headers.get("Retry-After"))
                if retry_after is not None and retry_after > self.retry.backoff_max:
                    raise RateLimited(
                        f"429 from {endpoint}: Retry-After {retry_after:.0f}s exceeds the "
                        f"{self.retry.backoff_max:.0f}s limit",
                        status=429, endpoint=endpoint,
                    )
                wait = retry_after if retry_after is not None else self.retry.backoff(attempt)
                log.warning("%s: 429 rate limited, waiting %.1fs (%s)", endpoint, wait,
                            "Retry-After" if retry_after is not None else "backoff")
                # Every caller in the process waits, not just this one.
                self.budget.pause_for(wait)
            else:
                wait = self.retry.backoff(attempt)
                log.warning("%s: %d, retrying in %.1fs", endpoint, status, wait)
                self._sleep(wait)
            attempt += 1

    @staticmethod
    def _host(url: str) -> str:
        try:
            return httpx.URL(url).host or "server"
        except Exception:
            return "server"

    def _json(self, response: httpx.Response, endpoint: str) -> Any:
        try:
            return response.json()
        except (json.JSONDecodeError, UnicodeDecodeError, ValueError):
            snippet = response.text[:60].replace("\n", " ")
            raise BadResponse(f"{endpoint}: body is not JSON ({snippet!r})", endpoint=endpoint) from None

    def _get(self, path: str, endpoint: str, params: Mapping[str, Any] | None = None) -> Any:
        response = self._send("GET", self.base_url + path, endpoint, params=params)
        return self._json(response, endpoint)

    def _pages(self, path: str, endpoint: str, params: Mapping[str, Any] | None = None, *,
               cap: int | None = None, raise_on_cap: bool = False) -> Iterator[Page]:
        """Yield pages of a list call, following next_page_token; guard repeats and a page cap.

        At the cap, paging stops with a warning, or with BadResponse when ``raise_on_cap`` (for
        callers that must not mistake a cut list for a whole one).
        """
        seen: set[str] = set()
        token: str | None = None
        cap = cap or self.page_cap
        for _ in range(cap):
            query = dict(params or {})
            if token:
                query["page-token"] = token
            items, token = _page(self._get(path, endpoint, query), endpoint)
            yield Page(items, token)
            if token is None:
                return
            if token in seen:
                raise BadResponse(f"{endpoint}: the API repeated a next_page_token; stopped paging", endpoint=endpoint)
            seen.add(token)
        if raise_on_cap:
            raise BadResponse(f"{endpoint}: still more pages after {cap}; stopped paging", endpoint=endpoint)
        log.warning("%s: stopped after %d pages (circleci.page_cap)", endpoint, cap)

    # -- v2 reads -------------------------------------------------------------------------

    def me(self) -> Me:
        ep = "GET /me"
        data = _obj(self._get("/api/v2/me", ep), ep)
        return Me(id=_req_str(data, "id", ep), login=_opt_str(data, "login"), name=_opt_str(data, "name"))

    def collaborations(self) -> list[Collaboration]:
        ep = "GET /me/collaborations"
        data = self._get("/api/v2/me/collaborations", ep)
        if not isinstance(data, list):
            raise BadResponse(f"{ep}: expected a JSON array", endpoint=ep)
        out = []
        for item in data:
            if not isinstance(item, dict):
                raise BadResponse(f"{ep}: item is not an object", endpoint=ep)
            out.append(
                Collaboration(
                    id=_opt_str(item, "id"),
                    slug=_req_str(item, "slug", ep),
                    name=_opt_str(item, "name"),
                    vcs_type=_opt_str(item, "vcs-type") or _opt_str(item, "vcs_type"),
                )
            )
        return out

    def org_pipelines(self, org_slug: str, *, mine: bool = False,
                      page_cap: int | None = None) -> Iterator[list[Pipeline]]:
        """Pages of recent pipelines across an organization's followed projects, newest first.

        Callers stop reading when they reach pipelines they have seen; reaching ``page_cap``
        first raises BadResponse rather than passing a cut list for a whole one.
        """
        ep = "GET /pipeline?org-slug"
        params = {"org-slug": org_slug, "mine": "true" if mine else "false"}
        for page in self._pages("/api/v2/pipeline", ep, params, cap=page_cap, raise_on_cap=True):
            yield [parse_pipeline(i, ep) for i in page.items]

    def project_pipelines(self, slug: str, *, branch: str | None = None,
                          page_cap: int | None = None) -> Iterator[list[Pipeline]]:
        """Pages of a project's pipelines, newest first (reaching ``page_cap`` raises, as above)."""
        ep = "GET /project/{slug}/pipeline"
        params = {"branch": branch} if branch else None
        for page in self._pages(f"/api/v2/project/{_slug(slug)}/pipeline", ep, params, cap=page_cap,
                                raise_on_cap=True):
            yield [parse_pipeline(i, ep) for i in page.items]

    def pipeline(self, pipeline_id: str) -> Pipeline:
        ep = "GET /pipeline/{id}"
        return parse_pipeline(_obj(self._get(f"/api/v2/pipeline/{quote(pipeline_id)}", ep), ep), ep)

    def pipeline_workflows(self, pipeline_id: str) -> list[Workflow]:
        ep = "GET /pipeline/{id}/workflow"
        out: list[Workflow] = []
        for page in self._pages(f"/api/v2/pipeline/{quote(pipeline_id)}/workflow", ep):
            out.extend(parse_workflow(i, ep) for i in page.items)
        return out

    def workflow(self, workflow_id: str) -> Workflow:
        ep = "GET /workflow/{id}"
        return parse_workflow(_obj(self._get(f"/api/v2/workflow/{quote(workflow_id)}", ep), ep), ep)

    def workflow_jobs(self, workflow_id: str) -> list[Job]:
        ep = "GET /workflow/{id}/job"
        out: list[Job] = []
        for page in self._pages(f"/api/v2/workflow/{quote(workflow_id)}/job", ep):
            out.extend(parse_job(i, ep) for i in page.items)
        return out

    def job_details(self, slug: str, job_number: int) -> dict[str, Any]:
        ep = "GET /project/{slug}/job/{number}"
        return _obj(self._get(f"/api/v2/project/{_slug(slug)}/job/{int(job_number)}", ep), ep)

    def job_tests(self, slug: str, job_number: int) -> list[TestResult]:
        ep = "GET /project/{slug}/{number}/tests"
        out: list[TestResult] = []
        for page in self._pages(f"/api/v2/project/{_slug(slug)}/{int(job_number)}/tests", ep):
            out.extend(parse_test(i, ep) for i in page.items)
        return out

    def flaky_tests(self, slug: str) -> list[FlakyTest]:
        ep = "GET /insights/{slug}/flaky-tests"
        return parse_flaky_tests(self._get(f"/api/v2/insights/{_slug(slug)}/flaky-tests", ep), ep)

    # -- v1.1 reads -----------------------------------------------------------------------

    def followed_projects(self) -> list[FollowedProject]:
        """The token user's followed projects (v1.1; v2 has no such call)."""
        ep = "GET /v1.1/projects"
        data = self._get("/api/v1.1/projects", ep)
        if not isinstance(data, list):
            raise BadResponse(f"{ep}: expected a JSON array", endpoint=ep)
        out = []
        for item in data:
            if not isinstance(item, dict):
                raise BadResponse(f"{ep}: item is not an object", endpoint=ep)
            vcs_url = _opt_str(item, "vcs_url")
            slug = slug_from_vcs_url(vcs_url, _opt_str(item, "vcs_type"))
            if not slug:
                username, repo = _opt_str(item, "username"), _opt_str(item, "reponame")
                if username and repo:
                    slug = f"gh/{username}/{repo}"
            if not slug:
                log.warning("%s: skipped a project without a usable vcs_url", ep)
                continue
            out.append(
                FollowedProject(
                    slug=slug,
                    vcs_url=vcs_url,
                    followed=bool(item.get("followed", True)),
                    default_branch=_opt_str(item, "default_branch"),
                )
            )
        return out

    def job_steps(self, slug: str, job_number: int) -> list[StepAction]:
        """The step actions of a job from v1.1 job details (with fresh output URLs)."""
        ep = "GET /v1.1/project/{vcs}/{org}/{repo}/{number}"
        data = self._get(f"/api/v1.1/project/{v11_project_path(slug)}/{int(job_number)}", ep)
        return parse_steps(data, ep)

    def step_output(self, output_url: str) -> list[OutputLine]:
        """Fetch a step's output from its presigned URL, WITHOUT the token."""
        ep = "GET output_url"
        response = self._send("GET", output_url, ep, authenticated=False)
        return parse_output(self._json(response, ep), ep)

    # -- the one write --------------------------------------------------------------------

    def rerun_workflow_from_failed(self, workflow_id: str) -> str:
        """POST /workflow/{id}/rerun {"from_failed": true}; return the NEW workflow's id.

        Not resent after a timeout or a 5xx, since the first attempt may have landed; the
        executor reconciles by reading the pipeline's workflows instead.
        """
        ep = "POST /workflow/{id}/rerun"
        response = self._send(
            "POST",
            f"{self.base_url}/api/v2/workflow/{quote(workflow_id)}/rerun",
            ep,
            json_body={"from_failed": True},
            idempotent=False,
        )
        data = _obj(self._json(response, ep), ep)
        return _req_str(data, "workflow_id", ep)


def is_retryable(exc: CircleCIError) -> bool:
    """Whether a later cycle may succeed where this one failed (everything but auth)."""
    return not isinstance(exc, AuthError | PermissionDenied | NotFound)
