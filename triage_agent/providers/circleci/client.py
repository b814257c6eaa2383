"""The CircleCI client: HTTP only, typed results (``parse.py``), paging, one shared request
budget, retries (``providers/http.py``).

Status handling lives in one place (``raise_for_status``). The only write this module can
make is ``rerun_workflow_from_failed``; no other non-GET request exists in the code.
"""

from __future__ import annotations

import json
import logging
import re
import time
from collections.abc import Callable, Iterator, Mapping
from typing import Any
from urllib.parse import quote

import httpx

from ...core import sanitize
from ...errors import (
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
from ..http import (
    RequestBudget,
    RequestCounter,
    RetryPolicy,
    exhausted_window_wait,
    low_budget_pause,
    parse_retry_after,
)
from ..http import transport as deadline_transport
from .parse import (
    Collaboration,
    FlakyTestStat,
    FollowedProject,
    Job,
    OutputLine,
    Page,
    Pipeline,
    ProjectInfo,
    StepAction,
    TestResult,
    User,
    Workflow,
    _obj,
    _opt_str,
    _page,
    _req_str,
    parse_collaboration,
    parse_flaky_tests,
    parse_items,
    parse_job,
    parse_list,
    parse_output,
    parse_pipeline,
    parse_private_followed,
    parse_project,
    parse_steps,
    parse_test,
    parse_v1_project,
    parse_workflow,
)

log = logging.getLogger(__name__)

USER_AGENT = "triage-agent/0.1 (+https://github.com/triage-agent)"


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


# --------------------------------------------------------------------------- the client


class CircleCIClient:
    """Read-mostly CircleCI API client. Pass ``transport`` in tests (httpx.MockTransport)."""

    def __init__(
        self,
        base_url: str,
        token: str,
        *,
        budget: RequestBudget | None = None,
        usage: RequestCounter | None = None,
        timeout: float = 30.0,
        retry: RetryPolicy | None = None,
        page_cap: int = 50,
        transport: httpx.BaseTransport | None = None,
        sleep: Callable[[float], None] = time.sleep,
        redactor: Callable[[str], str] | None = None,
    ) -> None:
        self.base_url = normalize_base_url(base_url)
        self._token = token
        self.timeout = timeout  # also each request's overall deadline (providers/http.py)
        self._redact = redactor  # applied to every string of every body (sanitize.py)
        self._redirect_warned = False
        self.budget = budget or RequestBudget(600)
        self.usage = usage or RequestCounter()
        self.retry = retry or RetryPolicy()
        self.page_cap = page_cap
        self._sleep = sleep
        self._http = httpx.Client(
            timeout=timeout,
            transport=transport or deadline_transport(timeout),
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

    def _listed(self, path: str, endpoint: str, parse: Callable[[Mapping[str, Any], str], Any], *,
                cap: int | None = None, raise_on_cap: bool = False) -> list[Any]:
        """Every page's items of a list call (_pages), each parsed by ``parse`` (parse_items: a malformed one skipped)."""
        out: list[Any] = []
        for page in self._pages(path, endpoint, cap=cap, raise_on_cap=raise_on_cap):
            out.extend(parse_items(page.items, parse, endpoint))
        return out

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

    def me(self) -> User:
        ep = "GET /me"
        data = _obj(self._get("/api/v2/me", ep), ep)
        return User(id=_req_str(data, "id", ep), login=_opt_str(data, "login"), name=_opt_str(data, "name"))

    def collaborations(self) -> list[Collaboration]:
        """The token user's organizations (one malformed entry is skipped, not fatal)."""
        ep = "GET /me/collaborations"
        return parse_list(self._get("/api/v2/me/collaborations", ep), parse_collaboration, ep)

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
        return self._listed(f"/api/v2/pipeline/{quote(pipeline_id)}/workflow", "GET /pipeline/{id}/workflow",
                            parse_workflow)

    def workflow(self, workflow_id: str) -> Workflow:
        ep = "GET /workflow/{id}"
        return parse_workflow(_obj(self._get(f"/api/v2/workflow/{quote(workflow_id)}", ep), ep), ep)

    def workflow_jobs(self, workflow_id: str) -> list[Job]:
        return self._listed(f"/api/v2/workflow/{quote(workflow_id)}/job", "GET /workflow/{id}/job", parse_job)

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

    def flaky_tests(self, slug: str) -> list[FlakyTestStat]:
        ep = "GET /insights/{slug}/flaky-tests"
        return parse_flaky_tests(self._get(f"/api/v2/insights/{_slug(slug)}/flaky-tests", ep), ep)

    # -- v1.1 reads -----------------------------------------------------------------------

    def followed_projects(self) -> list[FollowedProject]:
        """The token user's projects from v1.1 ``/projects`` (v2 has no such call), with ``followed``."""
        ep = "GET /v1.1/projects"
        return parse_list(self._get("/api/v1.1/projects", ep), parse_v1_project, ep)

    def private_followed_projects(self, *, page_cap: int = 20) -> list[FollowedProject]:
        """Followed projects from the UNDOCUMENTED ``GET /api/private/me/followed-projects``.

        CircleCI's MCP server lists followed projects this way (items carry a proper ``slug``,
        ``circleci/…`` ones included). Not part of the public API: used only as a fallback when
        v1.1 cannot name the projects of a ``circleci``-type organization.
        """
        return self._listed("/api/private/me/followed-projects", "GET /private/me/followed-projects",
                            parse_private_followed, cap=page_cap, raise_on_cap=True)

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
