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

from . import deadline
from .core import sanitize
from .errors import (
    APIStatusError,
    AuthError,
    BadResponse,
    CircleCIError,
    NotFound,
    PermissionDenied,
    RateLimited,
    ServerError,
    Throttled,
    TransportError,
)
from .slugs import slug_from_circleci_vcs_url

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
    """A project of the token user's project list (v1.1 ``/projects``, or the private fallback).

    ``slug`` is "" when the item named no slug that could be derived without guessing (a
    ``circleci``-type project whose ``vcs_url`` is not the known ``//circleci.com/<UUID>/<UUID>``).
    """

    slug: str
    vcs_url: str
    followed: bool
    default_branch: str = ""
    vcs_type: str = ""
    name: str = ""
    project_id: str = ""
    org_name: str = ""
    last_build_at: str = ""  # newest workflow or build time in its branches, "" when unknown


@dataclass(frozen=True)
class ProjectInfo:
    """``GET /project/{slug}``: the canonical identity of a project."""

    slug: str
    id: str
    name: str
    organization_slug: str
    organization_id: str = ""
    organization_name: str = ""
    provider: str = ""
    vcs_url: str = ""
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
    updated_at: str = ""
    provider: str = ""  # trigger_parameters' integration key (github_app, gitlab, ...), if any


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


def normalize_base_url(url: str) -> str:
    """The API root from a configured base URL; a trailing ``/api``, ``/api/v2`` or ``/api/v1.1``
    (what Server users paste) and trailing slashes are dropped. ValueError, in one line, for
    anything that is not an http(s) URL without credentials, query or fragment."""
    text = (url or "").strip()
    try:
        parsed = httpx.URL(text)
    except Exception:
        raise ValueError(f"not a URL: {text!r}") from None
    if parsed.scheme not in ("http", "https") or not parsed.host:
        raise ValueError(f"expected an http(s) URL such as https://circleci.com, got {text!r}")
    if parsed.userinfo:
        raise ValueError("the URL must not carry a user or password (the token goes in circleci.token)")
    if parsed.query or parsed.fragment:
        raise ValueError(f"the URL must not have a query or fragment, got {text!r}")
    path = parsed.path.rstrip("/")
    for suffix in ("/api/v2", "/api/v1.1", "/api/v1", "/api"):
        if path.lower().endswith(suffix):
            path = path[: -len(suffix)].rstrip("/")
            break
    if "/api/" in path.lower() + "/":
        raise ValueError(f"unexpected API path in {text!r}; give the install's root URL, e.g. https://circleci.com")
    netloc = parsed.netloc.decode("ascii")
    return f"{parsed.scheme}://{netloc}{path}"


# --------------------------------------------------------------------------- status mapping


def _error_message(response: httpx.Response) -> str:
    try:
        data = response.json()
        if isinstance(data, dict) and isinstance(data.get("message"), str):
            return data["message"][:200]
    except (json.JSONDecodeError, UnicodeDecodeError, ValueError):
        pass
    text = response.text.strip()
    # A web page (a malformed v1.1 path gets the web app's HTML shell): its title says enough.
    if "html" in response.headers.get("content-type", "").lower() or text[:15].lower().startswith(("<!doctype", "<html")):
        title = re.search(r"<title[^>]*>([^<]*)</title>", text, re.I | re.S)
        shown = " ".join(title.group(1).split())[:120] if title else ""
        return f"an HTML page{f' ({shown!r})' if shown else ''}, not an API answer"
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
    if 300 <= status < 400:
        where = response.headers.get("location", "")
        raise APIStatusError(
            f"{status} from {endpoint}: redirected to {where or 'an unknown place'} (set circleci.base_url "
            "to the URL CircleCI redirects to)", status=status, endpoint=endpoint)
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


def parse_items(items: list[Any], parse: Callable[[Mapping[str, Any], str], Any], endpoint: str) -> list[Any]:
    """Parse each item of a list answer; one malformed item is skipped with a warning instead of
    rejecting the whole answer (the rest is still true)."""
    out, bad = [], 0
    for item in items:
        try:
            if not isinstance(item, dict):
                raise BadResponse(f"{endpoint}: item is not an object", endpoint=endpoint)
            out.append(parse(item, endpoint))
        except BadResponse as exc:
            bad += 1
            if bad == 1:
                log.warning("%s; skipped that item", exc)
    if bad > 1:
        log.warning("%s: skipped %d malformed items in all", endpoint, bad)
    return out


def _dict(item: Mapping[str, Any], key: str) -> Mapping[str, Any]:
    value = item.get(key)
    return value if isinstance(value, dict) else {}


def parse_pipeline(item: Mapping[str, Any], endpoint: str = "pipeline") -> Pipeline:
    """A pipeline item. GitHub App and GitLab pipelines carry ``trigger_parameters`` (git,
    github_app/gitlab, circleci) where GitHub OAuth ones carry ``vcs``: read both."""
    number = _opt_int(item, "number")
    if number is None:
        raise BadResponse(f"{endpoint}: pipeline lacks a number", endpoint=endpoint)
    vcs = _dict(item, "vcs")
    commit = _dict(vcs, "commit")
    trigger = _dict(item, "trigger")
    actor = _dict(trigger, "actor")
    errors = item.get("errors") if isinstance(item.get("errors"), list) else []
    params = _dict(item, "trigger_parameters")
    git = _dict(params, "git")
    provider = next((k for k in params if k not in ("git", "circleci", "webhook", "event")), "")
    native = _dict(params, provider) if provider else {}
    branch = (_opt_str(vcs, "branch") or _opt_str(vcs, "tag") or _opt_str(git, "branch")
              or _opt_str(git, "tag") or _opt_str(native, "branch"))
    revision = _opt_str(vcs, "revision") or _opt_str(git, "checkout_sha") or _opt_str(native, "checkout_sha")
    subject = _opt_str(commit, "subject") or _opt_str(git, "commit_title") or _opt_str(native, "commit_title")
    return Pipeline(
        id=_req_str(item, "id", endpoint),
        number=number,
        project_slug=_req_str(item, "project_slug", endpoint),
        state=_opt_str(item, "state"),
        created_at=_req_str(item, "created_at", endpoint),
        branch=branch,
        revision=revision,
        commit_subject=subject,
        trigger_type=_opt_str(trigger, "type"),
        actor=_opt_str(actor, "login"),
        errors=tuple(_opt_str(e, "message") for e in errors if isinstance(e, dict)),
        updated_at=_opt_str(item, "updated_at"),
        provider=provider,
    )


def parse_workflow(item: Mapping[str, Any], endpoint: str = "workflow") -> Workflow:
    """A workflow item; a missing or null ``status`` reads as "" (not terminal, so nothing is
    concluded from it) rather than rejecting the answer."""
    number = _opt_int(item, "pipeline_number")
    return Workflow(
        id=_req_str(item, "id", endpoint),
        name=_req_str(item, "name", endpoint),
        status=_opt_str(item, "status"),
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
    skipped = 0
    for item in items:
        # One entry without a name says nothing about the others: skip it, keep the list.
        name = get(item, "test_name") if isinstance(item, dict) else None
        if not isinstance(name, str) or not name:
            skipped += 1
            continue
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
    if skipped:
        log.warning("%s: skipped %d flaky-test entr%s without a test name", endpoint, skipped,
                    "y" if skipped == 1 else "ies")
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
    """The project slug from a v1.1 ``vcs_url``, or "" when it cannot be told without guessing.

    ``https://github.com/org/repo`` -> ``gh/org/repo``; ``https://bitbucket.org/o/r`` -> ``bb/o/r``;
    ``//circleci.com/<org UUID>/<project UUID>`` (GitHub App, GitLab, Bitbucket Data Center) ->
    ``circleci/<base58>/<base58>``. A GitHub Enterprise or other host is taken at its
    ``vcs_type`` (github/bitbucket) only; nothing is ever invented for ``vcs_type = "circleci"``.
    """
    circleci = slug_from_circleci_vcs_url(vcs_url)
    if circleci:
        return circleci
    if vcs_type.lower() == "circleci":
        return ""
    m = re.match(r"^(?:https?://)?(?:www\.)?([^/]+)/([^/]+)/([^/]+?)(?:\.git)?/?$", vcs_url or "")
    if not m:
        return ""
    host, org, repo = m.groups()
    if "bitbucket" in host or vcs_type.lower() == "bitbucket":
        prefix = "bb"
    elif "github" in host or vcs_type.lower() == "github":
        prefix = "gh"
    else:
        return ""
    return f"{prefix}/{org}/{repo}"


def parse_v1_project(item: Mapping[str, Any], endpoint: str = "v1.1 projects") -> FollowedProject:
    """One item of ``GET /api/v1.1/projects``.

    The slug comes from a top-level ``slug`` when present (CircleCI's own CLI reads one, though
    no captured body has it), else from ``vcs_url``, else for github/bitbucket items from
    ``username``/``reponame``; a ``circleci``-type item gets "" rather than an invented slug.
    ``following`` is the live key (2020 capture); 2016 bodies said ``followed``.
    """
    vcs_url = _opt_str(item, "vcs_url")
    vcs_type = _opt_str(item, "vcs_type")
    slug = _opt_str(item, "slug").strip("/") or slug_from_vcs_url(vcs_url, vcs_type)
    username, repo = _opt_str(item, "username"), _opt_str(item, "reponame")
    if not slug and username and repo and vcs_type.lower() in ("github", "bitbucket"):
        slug = f"{'gh' if vcs_type.lower() == 'github' else 'bb'}/{username}/{repo}"
    following = item.get("following", item.get("followed", True))
    return FollowedProject(
        slug=slug, vcs_url=vcs_url, followed=following if isinstance(following, bool) else True,
        default_branch=_opt_str(item, "default_branch"), vcs_type=vcs_type,
        name=_opt_str(item, "name") or repo, org_name=username, last_build_at=_last_build(item),
    )


def _last_build(item: Mapping[str, Any]) -> str:
    """The newest build time a v1.1 project item shows (branches' latest workflows and builds)."""
    newest = ""
    branches = item.get("branches")
    for branch in (branches.values() if isinstance(branches, dict) else ()):
        if not isinstance(branch, dict):
            continue
        stamps = [_opt_str(w, "created_at") for w in _dict(branch, "latest_workflows").values() if isinstance(w, dict)]
        for key in ("recent_builds", "running_builds"):
            runs = branch.get(key)
            stamps += [_opt_str(b, "added_at") for b in (runs if isinstance(runs, list) else []) if isinstance(b, dict)]
        for key in ("last_success", "last_non_success"):
            stamps.append(_opt_str(_dict(branch, key), "added_at"))
        newest = max([newest, *(s for s in stamps if s)])
    return newest


def parse_private_followed(item: Mapping[str, Any], endpoint: str = "private followed-projects") -> FollowedProject:
    """One item of the undocumented ``GET /api/private/me/followed-projects`` (the fallback)."""
    return FollowedProject(
        slug=_req_str(item, "slug", endpoint).strip("/"), vcs_url="", followed=True,
        default_branch=_opt_str(item, "default_branch"), vcs_type=_opt_str(item, "vcs_type"),
        name=_opt_str(item, "name"), project_id=_opt_str(item, "id"),
        org_name=_opt_str(item, "organization_name"),
    )


def parse_project(data: Any, endpoint: str = "project") -> ProjectInfo:
    """``GET /project/{slug}``: slug, ids and organization (``organization_id`` may be absent)."""
    body = _obj(data, endpoint)
    vcs = _dict(body, "vcs_info")
    slug = _req_str(body, "slug", endpoint)
    org_slug = _opt_str(body, "organization_slug") or "/".join(slug.split("/")[:2])
    return ProjectInfo(
        slug=slug, id=_opt_str(body, "id"), name=_opt_str(body, "name"), organization_slug=org_slug,
        organization_id=_opt_str(body, "organization_id"), organization_name=_opt_str(body, "organization_name"),
        provider=_opt_str(vcs, "provider"), vcs_url=_opt_str(vcs, "vcs_url"),
        default_branch=_opt_str(vcs, "default_branch"),
    )


def parse_collaboration(item: Mapping[str, Any], endpoint: str = "collaborations") -> Collaboration:
    """One organization; the live key is ``vcs_type`` (2025 capture), the spec says ``vcs-type``."""
    return Collaboration(
        id=_opt_str(item, "id"), slug=_req_str(item, "slug", endpoint), name=_opt_str(item, "name"),
        vcs_type=_opt_str(item, "vcs_type") or _opt_str(item, "vcs-type"),
    )


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
        redactor: Callable[[str], str] | None = None,
    ) -> None:
        self.base_url = normalize_base_url(base_url)
        self._token = token
        self.timeout = timeout  # also each request's overall deadline (deadline.py)
        self._redact = redactor  # applied to every string of every body (sanitize.py)
        self._redirect_warned = False
        self.budget = budget or RequestBudget(600)
        self.usage = usage or Usage()
        self.retry = retry or RetryPolicy()
        self.page_cap = page_cap
        self._sleep = sleep
        self._http = httpx.Client(
            timeout=timeout,
            transport=transport or deadline.transport(timeout),
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
        before_send: Callable[[], None] | None = None,
        stream: bool = False,
    ) -> httpx.Response:
        """Send one logical request with budget, retries and status mapping; return the response.

        ``before_send`` runs before every attempt, retries included, and may raise to stop it;
        with ``stream`` the body of a 2xx answer is left unread (the caller closes it).
        """
        headers = {"Circle-Token": self._token} if authenticated else {}
        attempt = 0
        redirects = 0
        while True:
            self._check_pause(endpoint)
            self.budget.acquire()
            if before_send is not None:
                before_send()
            try:
                request = self._http.build_request(method, url, params=params, json=json_body, headers=headers)
                response = self._http.send(request, stream=stream)
                if stream and not 200 <= response.status_code < 300:
                    response.read()
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
            status = response.status_code
            if 300 <= status < 400 and method == "GET" and redirects < 3:
                target = self._same_host_redirect(url, response)
                if target is not None:
                    redirects += 1
                    url, params = target, None  # the Location carries the query
                    continue
            pause = low_budget_pause(response.headers)
            if pause > 0 and status != 429:
                log.info("CircleCI rate budget nearly spent; pausing requests for %.1fs", pause)
                self.budget.pause_for(pause)
            if status == 429:
                # CircleCI's wait applies to the whole process, however long: every caller holds
                # off. Retry-After first; without it, the reset of the exhausted window.
                retry_after = parse_retry_after(response.headers.get("Retry-After"))
                source = "Retry-After"
                if retry_after is None:
                    retry_after = exhausted_window_wait(response.headers)
                    source = "the exhausted window's reset"
                wait = retry_after if retry_after is not None else self.retry.backoff(attempt)
                self.budget.pause_for(wait)
                if wait > self.retry.backoff_max:
                    raise Throttled(
                        f"429 from {endpoint}: CircleCI asks to wait {wait:.0f}s ({source}), longer than "
                        f"circleci.max_backoff_seconds ({self.retry.backoff_max:.0f}s); every request waits, "
                        "this cycle ends early", retry_after=wait, endpoint=endpoint)
                if attempt >= self.retry.max_retries:
                    raise_for_status(response, endpoint)
                log.warning("%s: 429 rate limited, waiting %.1fs (%s)", endpoint, wait,
                            source if retry_after is not None else "backoff")
                attempt += 1
                continue
            retryable = status >= 500 and idempotent
            if not retryable or attempt >= self.retry.max_retries:
                raise_for_status(response, endpoint)
                return response
            wait = self.retry.backoff(attempt)
            log.warning("%s: %d, retrying in %.1fs", endpoint, status, wait)
            self._sleep(wait)
            attempt += 1

    def _check_pause(self, endpoint: str) -> None:
        """Refuse to send while CircleCI's own wait (a long Retry-After) is still running."""
        paused = self.budget.paused_for
        if paused > self.retry.backoff_max:
            raise Throttled(
                f"{endpoint}: not sent, CircleCI asked every request to wait {paused:.0f}s more",
                retry_after=paused, endpoint=endpoint)

    def _same_host_redirect(self, url: str, response: httpx.Response) -> str | None:
        """The Location of a redirect to the same host (never another: the token would follow),
        or None. A move from http:// to https:// on the same host is remembered for later calls."""
        location = response.headers.get("location")
        if not location:
            return None
        try:
            source = httpx.URL(url)
            target = source.join(location)
        except Exception:
            return None
        if target.scheme not in ("http", "https") or (target.host or "").lower() != (source.host or "").lower():
            return None
        base = httpx.URL(self.base_url)
        if ((base.host or "").lower() == (source.host or "").lower()
                and (target.scheme, target.port) != (base.scheme, base.port)):
            new_base = f"{target.scheme}://{target.netloc.decode('ascii')}{base.path.rstrip('/')}"
            if not self._redirect_warned:
                log.warning("CircleCI redirects %s to %s; using %s from now on (set circleci.base_url to it)",
                            self.base_url, new_base, new_base)
                self._redirect_warned = True
            self.base_url = new_base
        return str(target)

    @staticmethod
    def _host(url: str) -> str:
        try:
            return httpx.URL(url).host or "server"
        except Exception:
            return "server"

    def _json(self, response: httpx.Response, endpoint: str) -> Any:
        try:
            return sanitize.loads(response.content, redact=self._redact)
        except sanitize.TooDeep as exc:
            raise BadResponse(f"{endpoint}: body is not usable JSON ({exc})", endpoint=endpoint) from None
        except (json.JSONDecodeError, UnicodeDecodeError, ValueError):
            snippet = sanitize.clean_text(response.text[:60]).replace("\n", " ")
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
        """The token user's organizations (one malformed entry is skipped, not fatal)."""
        ep = "GET /me/collaborations"
        data = self._get("/api/v2/me/collaborations", ep)
        if not isinstance(data, list):
            raise BadResponse(f"{ep}: expected a JSON array", endpoint=ep)
        return parse_items(data, parse_collaboration, ep)

    def project(self, slug: str) -> ProjectInfo:
        """``GET /project/{slug}``: any accepted spelling in, the canonical identity out."""
        ep = "GET /project/{slug}"
        return parse_project(self._get(f"/api/v2/project/{_slug(slug)}", ep), ep)

    def org_pipelines(self, org_slug: str, *, mine: bool = False,
                      page_cap: int | None = None) -> Iterator[list[Pipeline]]:
        """Pages of recent pipelines across an organization's followed projects, newest first.

        Callers stop reading when they reach pipelines they have seen; reaching ``page_cap``
        first raises BadResponse rather than passing a cut list for a whole one.
        """
        ep = "GET /pipeline?org-slug"
        params = {"org-slug": org_slug, "mine": "true" if mine else "false"}
        for page in self._pages("/api/v2/pipeline", ep, params, cap=page_cap, raise_on_cap=True):
            yield parse_items(page.items, parse_pipeline, ep)

    def project_pipelines(self, slug: str, *, branch: str | None = None,
                          page_cap: int | None = None) -> Iterator[list[Pipeline]]:
        """Pages of a project's pipelines, newest first (reaching ``page_cap`` raises, as above)."""
        ep = "GET /project/{slug}/pipeline"
        params = {"branch": branch} if branch else None
        for page in self._pages(f"/api/v2/project/{_slug(slug)}/pipeline", ep, params, cap=page_cap,
                                raise_on_cap=True):
            yield parse_items(page.items, parse_pipeline, ep)

    def pipeline(self, pipeline_id: str) -> Pipeline:
        ep = "GET /pipeline/{id}"
        return parse_pipeline(_obj(self._get(f"/api/v2/pipeline/{quote(pipeline_id)}", ep), ep), ep)

    def pipeline_workflows(self, pipeline_id: str) -> list[Workflow]:
        ep = "GET /pipeline/{id}/workflow"
        out: list[Workflow] = []
        for page in self._pages(f"/api/v2/pipeline/{quote(pipeline_id)}/workflow", ep):
            out.extend(parse_items(page.items, parse_workflow, ep))
        return out

    def workflow(self, workflow_id: str) -> Workflow:
        ep = "GET /workflow/{id}"
        return parse_workflow(_obj(self._get(f"/api/v2/workflow/{quote(workflow_id)}", ep), ep), ep)

    def workflow_jobs(self, workflow_id: str) -> list[Job]:
        ep = "GET /workflow/{id}/job"
        out: list[Job] = []
        for page in self._pages(f"/api/v2/workflow/{quote(workflow_id)}/job", ep):
            out.extend(parse_items(page.items, parse_job, ep))
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

    def job_tests_bounded(self, slug: str, job_number: int, max_pages: int) -> tuple[list[TestResult], bool]:
        """At most ``max_pages`` pages of a job's test metadata; (results, whether that was all).

        The endpoint lists passing tests too, 20 to a page (the live page size is not
        documented), so a big suite is read only up to the bound and its failed tests are then
        taken from the log instead.
        """
        ep = "GET /project/{slug}/{number}/tests"
        out: list[TestResult] = []
        token: str | None = None
        for _ in range(max(1, max_pages)):
            query = {"page-token": token} if token else None
            items, token = _page(self._get(f"/api/v2/project/{_slug(slug)}/{int(job_number)}/tests", ep, query), ep)
            out.extend(parse_test(i, ep) for i in items if isinstance(i, dict))
            if token is None:
                return out, True
        return out, False

    def flaky_tests(self, slug: str) -> list[FlakyTest]:
        ep = "GET /insights/{slug}/flaky-tests"
        return parse_flaky_tests(self._get(f"/api/v2/insights/{_slug(slug)}/flaky-tests", ep), ep)

    # -- v1.1 reads -----------------------------------------------------------------------

    def followed_projects(self) -> list[FollowedProject]:
        """The token user's projects from v1.1 ``/projects`` (v2 has no such call), with ``followed``."""
        ep = "GET /v1.1/projects"
        data = self._get("/api/v1.1/projects", ep)
        if not isinstance(data, list):
            raise BadResponse(f"{ep}: expected a JSON array", endpoint=ep)
        return parse_items(data, parse_v1_project, ep)

    def private_followed_projects(self, *, page_cap: int = 20) -> list[FollowedProject]:
        """Followed projects from the UNDOCUMENTED ``GET /api/private/me/followed-projects``.

        CircleCI's MCP server lists followed projects this way (items carry a proper ``slug``,
        ``circleci/…`` ones included). Not part of the public API: used only as a fallback when
        v1.1 cannot name the projects of a ``circleci``-type organization.
        """
        ep = "GET /private/me/followed-projects"
        out: list[FollowedProject] = []
        for page in self._pages("/api/private/me/followed-projects", ep, cap=page_cap, raise_on_cap=True):
            out.extend(parse_items(page.items, parse_private_followed, ep))
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

    def stream_step_output(self, output_url: str) -> Iterator[str]:
        """The messages of a step's output, read as they arrive (WITHOUT the token): the caller
        keeps what it needs, so a huge log never sits in memory whole."""
        ep = "GET output_url"
        response = self._send("GET", output_url, ep, authenticated=False, stream=True)
        try:
            for entry in sanitize.iter_array(response.iter_bytes()):
                if not isinstance(entry, dict):
                    raise BadResponse(f"{ep}: output entry is not an object", endpoint=ep)
                yield _opt_str(entry, "message")
        except ValueError as exc:
            raise BadResponse(f"{ep}: body is not usable JSON ({exc})", endpoint=ep) from None
        except httpx.TransportError as exc:
            raise TransportError(f"{ep}: {type(exc).__name__} while reading from {self._host(output_url)}",
                                 endpoint=ep) from exc
        finally:
            response.close()

    # -- the one write --------------------------------------------------------------------

    def rerun_workflow_from_failed(self, workflow_id: str, *,
                                   before_send: Callable[[], None] | None = None) -> str | None:
        """POST /workflow/{id}/rerun {"from_failed": true}; return the NEW workflow's id, or None
        when CircleCI accepted it (202) without naming the new workflow.

        Not resent after a timeout or a 5xx, since the first attempt may have landed; the
        executor reconciles by reading the pipeline's workflows instead. ``before_send`` runs
        before each attempt (the executor checks there that the proposal is still its own).
        """
        ep = "POST /workflow/{id}/rerun"
        response = self._send(
            "POST",
            f"{self.base_url}/api/v2/workflow/{quote(workflow_id)}/rerun",
            ep,
            json_body={"from_failed": True},
            idempotent=False,
            before_send=before_send,
        )
        data = _obj(self._json(response, ep), ep)
        new_id = data.get("workflow_id")
        if isinstance(new_id, str) and new_id:
            return new_id
        if response.status_code == 202:
            # The live service was seen answering 202 {"message": "Accepted."} without the id
            # (2020 capture): the rerun landed, and its workflow is found by re-listing.
            return None
        raise BadResponse(f"{ep}: answer {response.status_code} without a workflow_id", endpoint=ep)


def is_retryable(exc: CircleCIError) -> bool:
    """Whether a later cycle may succeed where this one failed (everything but auth)."""
    return not isinstance(exc, AuthError | PermissionDenied | NotFound)
