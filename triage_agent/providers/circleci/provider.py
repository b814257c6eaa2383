"""CircleCI as a ``ports.CIProvider``: its statuses, automatic-rerun counters and rerun model
mapped onto the neutral records of ``core.ci``.

The mappings, each a table below (tests cover every status of the OpenAPI spec's workflow
and job enums, ``../shared/circleci/openapi-v2.json``):

- workflow status -> ``RunState``: ``success`` succeeded; ``failed`` failed; ``error`` errored
  (the run could not run as configured); ``failing`` running with failures; ``running``;
  ``on_hold`` held; ``canceled``; ``not_run`` skipped; ``unauthorized`` refused; anything else
  (a missing status, one added later) unknown, so nothing is concluded from it;
- job status -> ``JobFailure`` for the statuses that mean the job ran and failed (``failed``,
  ``infrastructure_fail``, ``timedout``, ``terminated-unknown``); every other job status is not
  a failure; only ``build`` jobs are jobs (approval jobs are not);
- ``auto_rerun_number`` / ``max_auto_reruns`` -> ``auto_reruns_done`` / ``auto_reruns_allowed``;
- "a rerun is a new workflow": a rerun from failed adds a workflow of the same name to the same
  pipeline (recorded v2-workflow-rerun bodies and the 2020 202 capture: the new id, or none at
  all, and the new workflow found by re-listing the pipeline). So the runs of one name in a
  pipeline, oldest first, each rerun the one before; a rerun is told apart from the workflows
  that existed before it was sent by their ids (the marker), or, for rows without a marker,
  by being created after it was sent.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Collection, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

import httpx

from ...core.ci import (
    FlakyTestStat,
    FollowedProject,
    JobFailure,
    JobRun,
    LogExcerpt,
    Organization,
    Pipeline,
    ProjectInfo,
    ProjectRef,
    RunFamily,
    RunState,
    TestResult,
    User,
    WebhookEvent,
    WorkflowRun,
)
from ...core.logtests import MAX_TEST_LINES, may_name_a_test
from ...core.logtext import LogWindow
from ...errors import BadResponse, NotFound, PermissionDenied
from ...timeutil import parse
from ..http import RequestBudget, RequestCounter, RetryPolicy
from . import slugs
from . import webhook as webhook_codec
from .client import CircleCIClient, normalize_base_url
from .links import CircleCILinks
from .parse import Collaboration, Job, StepAction, Workflow
from .parse import TestResult as CircleCITest

log = logging.getLogger(__name__)

__all__ = ["CircleCIProvider", "from_config", "normalize_base_url", "web_links", "webhook_codec"]

NAME = "circleci"
DISPLAY_NAME = "CircleCI"

# Workflow statuses (OpenAPI: success, running, not_run, failed, error, failing, on_hold,
# canceled, unauthorized).
WORKFLOW_STATES: dict[str, RunState] = {
    "success": RunState.SUCCEEDED,
    "running": RunState.RUNNING,
    "not_run": RunState.SKIPPED,
    "failed": RunState.FAILED,
    "error": RunState.ERRORED,
    "failing": RunState.RUNNING_FAILED,
    "on_hold": RunState.HELD,
    "canceled": RunState.CANCELED,
    "unauthorized": RunState.REFUSED,
}
# Job statuses that mean the job ran and failed (the issue: failed, infrastructure_fail,
# timedout, terminated-unknown). Every other job status (OpenAPI: success, running, not_run,
# retried, queued, not_running, on_hold, blocked, canceled, unauthorized) is not a failure.
JOB_FAILURES: dict[str, JobFailure] = {
    "failed": JobFailure.FAILED,
    "infrastructure_fail": JobFailure.INFRASTRUCTURE,
    "timedout": JobFailure.TIMED_OUT,
    "terminated-unknown": JobFailure.TERMINATED,
}
# Test results that count as a failed test (JUnit's words as CircleCI passes them on).
FAILED_TEST_RESULTS = frozenset({"failure", "failed", "error", "errored"})
# Step action statuses of a failing step (v1.1 job details).
_FAILED_STEP_STATUSES = frozenset({"failed", "timedout", "infrastructure_fail"})
MAX_FAILED_ACTIONS = 4
# A workflow tagged so is a setup workflow of dynamic config: its continuation joins the pipeline.
SETUP_TAG = "setup"
# Organizations of this VCS type (GitHub App, GitLab, Bitbucket Data Center) may not be named by
# v1.1's project list, which cannot build their circleci/ slugs.
_UNLISTED_ORG_TYPE = "circleci"


def run_state(status: str | None) -> RunState:
    """The neutral state of a CircleCI workflow status ("" and unknown words: unknown)."""
    return WORKFLOW_STATES.get(status or "", RunState.UNKNOWN)


def job_failure(job: Job) -> JobFailure | None:
    """How a job failed, or None when it is not a failed build job."""
    if job.type != "build":
        return None
    return JOB_FAILURES.get(job.status)


def workflow_run(wf: Workflow) -> WorkflowRun:
    """A CircleCI workflow as a neutral workflow run."""
    return WorkflowRun(
        id=wf.id, name=wf.name, state=run_state(wf.status), status=wf.status, pipeline_id=wf.pipeline_id,
        pipeline_number=wf.pipeline_number, project_slug=wf.project_slug, created_at=wf.created_at,
        stopped_at=wf.stopped_at, auto_reruns_done=wf.auto_rerun_number,
        auto_reruns_allowed=wf.max_auto_reruns, tag=wf.tag, setup=wf.tag == SETUP_TAG,
    )


def _test(t: CircleCITest) -> TestResult:
    return TestResult(name=t.name, classname=t.classname, result=t.result, message=t.message, file=t.file,
                      source=t.source, run_time=t.run_time, failed=t.result.lower() in FAILED_TEST_RESULTS)


def _organization(c: Collaboration) -> Organization:
    return Organization(id=c.id, slug=c.slug, name=c.name, kind=c.vcs_type,
                        listed_by_followed=c.vcs_type.lower() != _UNLISTED_ORG_TYPE)


def web_links(base: str = "") -> CircleCILinks:
    """The web app's links (``base``: another install's web app; "" the default)."""
    return CircleCILinks(base) if base else CircleCILinks()


# --------------------------------------------------------------------------- step logs


def step_header(action: StepAction) -> str:
    """The line that opens a failing step's part of the excerpt."""
    bits = [f"step '{action.step_name}'"]
    if action.timedout:
        bits.append("timed out")
    elif action.infrastructure_fail:
        bits.append("failed with an infrastructure failure")
    else:
        bits.append("failed")
    if action.exit_code is not None:
        bits.append(f"with exit code {action.exit_code}")
    if action.index:
        bits.append(f"(parallel node {action.index})")
    return "=== " + " ".join(bits) + " ==="


def failing_actions(actions: Sequence[StepAction]) -> list[StepAction]:
    """The actions that failed, in order (a parallel job may have several)."""
    failed = [a for a in actions if a.failed or a.status in _FAILED_STEP_STATUSES]
    return failed[:MAX_FAILED_ACTIONS]


def _output_excerpt(client: CircleCIClient, url: str, tail_lines: int, max_chars: int,
                    redact: Callable[[str], str] | None, full_lines: list[str] | None) -> str:
    """Stream one step's output into a LogWindow: only the excerpt's lines are ever held (and, for
    ``full_lines``, the few that can name a failed test)."""
    on_line = None
    if full_lines is not None:
        def on_line(line: str) -> None:
            if len(full_lines) < MAX_TEST_LINES and may_name_a_test(line):
                full_lines.append(line)
    window = LogWindow(tail_lines=tail_lines, redact=redact, on_line=on_line)
    window.feed_all(client.stream_step_output(url))
    return window.text(max_chars)


def fetch_log_excerpt(client: CircleCIClient, slug: str, job_number: int, settings: Any,
                      problems: list[str], full_lines: list[str] | None = None,
                      redact: Callable[[str], str] | None = None) -> tuple[str, list[dict[str, Any]]]:
    """Read the failing steps' output via v1.1 and cut the excerpt. Expired URLs are refreshed once.
    The lines that can name a failed test are appended to ``full_lines`` when given (to find
    failed tests in them); the output itself is streamed, never held whole. ``settings``: the
    polling settings (``log_tail_lines``, ``max_log_chars``)."""
    actions = client.job_steps(slug, job_number)
    failed = failing_actions(actions)
    steps = [
        {"step": a.step_name, "index": a.index, "status": a.status, "exit_code": a.exit_code,
         "timedout": a.timedout, "infrastructure_fail": a.infrastructure_fail}
        for a in failed
    ]
    if not failed:
        problems.append("no failing step found in the job's steps")
        return "", steps
    parts: list[str] = []
    budget = settings.max_log_chars
    refreshed = False
    for action in failed:
        share = max(1000, budget // len(failed))
        if not action.has_output or not action.output_url:
            parts.append(step_header(action) + "\n[no output recorded]")
            continue
        try:
            body = _output_excerpt(client, action.output_url, settings.log_tail_lines, share, redact, full_lines)
        except (PermissionDenied, NotFound):
            # Presigned output URLs expire within minutes: fetch fresh ones once and retry.
            if refreshed:
                problems.append(f"output of step '{action.step_name}' expired and could not be refreshed")
                continue
            refreshed = True
            fresh = failing_actions(client.job_steps(slug, job_number))
            match = next((a for a in fresh if (a.step_name, a.index) == (action.step_name, action.index)), None)
            if match is None or not match.output_url:
                problems.append(f"output of step '{action.step_name}' expired")
                continue
            try:
                body = _output_excerpt(client, match.output_url, settings.log_tail_lines, share, redact,
                                       full_lines)
            except (PermissionDenied, NotFound, BadResponse) as exc:
                problems.append(f"output of step '{action.step_name}' unavailable: {exc}")
                continue
        except BadResponse as exc:
            problems.append(f"output of step '{action.step_name}' unreadable: {exc}")
            continue
        parts.append(step_header(action) + "\n" + body)
    return "\n".join(parts), steps


# --------------------------------------------------------------------------- the provider


@dataclass
class CircleCIProvider:
    """CircleCI through one ``CircleCIClient`` (its budget, counts, retries and deadline)."""

    client: CircleCIClient
    name: str = NAME
    display_name: str = DISPLAY_NAME
    links: CircleCILinks = field(default_factory=CircleCILinks)

    @property
    def base_url(self) -> str:
        """The API root requests go to (it follows a same-host redirect)."""
        return self.client.base_url

    @property
    def usage(self) -> RequestCounter:
        """Requests sent, by endpoint."""
        return self.client.usage

    @property
    def budget(self) -> RequestBudget:
        """The process's request budget."""
        return self.client.budget

    def close(self) -> None:
        """Close the client's connections."""
        self.client.close()

    def __repr__(self) -> str:  # never the token
        return f"CircleCIProvider({self.client.base_url!r})"

    # -- words and names ------------------------------------------------------------------

    def run_state(self, status: str) -> RunState:
        """The neutral state of a stored CircleCI workflow status."""
        return run_state(status)

    def pipeline_errored(self, state: str) -> bool:
        """A pipeline ``errored`` (a config error, say) never starts a workflow."""
        return state == "errored"

    def project_key(self, slug: str) -> str:
        """``slugs.canonical_key``: every accepted spelling of a slug, one key."""
        return slugs.canonical_key(slug)

    def org_of(self, slug: str) -> str:
        """gh/acme/api -> gh/acme; circleci/O/P -> circleci/O."""
        return slugs.org_of(slug)

    def project_kind(self, slug: str) -> str:
        """gh, bb or circleci."""
        return slugs.vcs_prefix(slug)

    def org_kind(self, slug: str, integration: str = "") -> str:
        """GitHub (OAuth), Bitbucket Cloud, or the circleci/ kinds (refined by a seen integration)."""
        return slugs.org_kind(slug, integration)

    def send_window_seconds(self) -> float:
        """One request (its overall deadline) plus the longest wait the client makes before the
        next attempt."""
        return float(self.client.timeout) + float(self.client.retry.backoff_max)

    # -- discovery ------------------------------------------------------------------------

    def me(self) -> User:
        """``GET /me``: it answers 401 for a refused token (where project routes answer 404)."""
        return self.client.me()

    def organizations(self) -> list[Organization]:
        """``GET /me/collaborations``."""
        return [_organization(c) for c in self.client.collaborations()]

    def project(self, slug: str) -> ProjectInfo:
        """``GET /project/{slug}``."""
        return self.client.project(slug)

    def followed_projects(self) -> list[FollowedProject]:
        """v1.1 ``/projects`` (v2 has no such call)."""
        return self.client.followed_projects()

    def fallback_followed_projects(self) -> list[FollowedProject]:
        """The undocumented ``/api/private/me/followed-projects`` (what CircleCI's MCP server
        uses), for circleci-type organizations v1.1 cannot name."""
        return self.client.private_followed_projects()

    # -- pipelines and workflow runs ------------------------------------------------------

    def org_pipelines(self, org_slug: str, *, page_cap: int | None = None) -> Iterator[list[Pipeline]]:
        """``GET /pipeline?org-slug=``: the org feed."""
        return self.client.org_pipelines(org_slug, page_cap=page_cap)

    def project_pipelines(self, slug: str, *, page_cap: int | None = None) -> Iterator[list[Pipeline]]:
        """``GET /project/{slug}/pipeline``."""
        return self.client.project_pipelines(slug, page_cap=page_cap)

    def workflow_runs(self, pipeline_id: str) -> list[WorkflowRun]:
        """``GET /pipeline/{id}/workflow``."""
        return [workflow_run(w) for w in self.client.pipeline_workflows(pipeline_id)]

    def workflow_run(self, run_id: str) -> WorkflowRun:
        """``GET /workflow/{id}``."""
        return workflow_run(self.client.workflow(run_id))

    def failed_jobs(self, run_id: str) -> list[JobRun]:
        """``GET /workflow/{id}/job``, kept to the failed build jobs."""
        out = []
        for job in self.client.workflow_jobs(run_id):
            failure = job_failure(job)
            if failure is not None:
                out.append(JobRun(id=job.id, name=job.name, failure=failure, job_number=job.job_number,
                                  started_at=job.started_at, stopped_at=job.stopped_at))
        return out

    def rerun_links(self, runs: Sequence[WorkflowRun]) -> list[tuple[WorkflowRun, WorkflowRun]]:
        """Same-named workflows of one pipeline, oldest first: each reruns the one before."""
        by_name: dict[str, list[WorkflowRun]] = {}
        for run in sorted(runs, key=lambda w: (w.created_at, w.id)):
            by_name.setdefault(run.name, []).append(run)
        return [pair for named in by_name.values() for pair in zip(named, named[1:], strict=False)]

    def run_family(self, run: WorkflowRun, siblings: Sequence[WorkflowRun]) -> RunFamily:
        """A same-named workflow created later (or at an unknown time) means ``run`` was rerun; one
        created earlier means ``run`` is itself a rerun."""
        created = parse(run.created_at)
        is_rerun = False
        for other in siblings:
            if other.id == run.id or other.name != run.name:
                continue
            other_created = parse(other.created_at)
            if created is None or other_created is None or other_created > created:
                return RunFamily(newer=other, is_rerun=is_rerun)
            is_rerun = True
        return RunFamily(is_rerun=is_rerun)

    # -- evidence -------------------------------------------------------------------------

    def job_tests(self, slug: str, job_number: int, *, max_pages: int = 0) -> tuple[list[TestResult], bool]:
        """``GET /project/{slug}/{number}/tests``: all pages, or at most ``max_pages``."""
        if max_pages:
            results, complete = self.client.job_tests_bounded(slug, job_number, max_pages)
        else:
            results, complete = self.client.job_tests(slug, job_number), True
        return [_test(t) for t in results], complete

    def log_excerpt(self, slug: str, job_number: int, settings: Any, problems: list[str], *,
                    test_lines: list[str] | None = None,
                    redact: Callable[[str], str] | None = None) -> LogExcerpt:
        """v1.1 job details (the only public source of step logs), then each failing step's
        output from its presigned URL, streamed."""
        try:
            text, steps = fetch_log_excerpt(self.client, slug, job_number, settings, problems, test_lines, redact)
        except NotFound as exc:
            if slug.startswith("circleci/"):
                raise NotFound(f"{exc} (v1.1 job details, the only public source of step logs, does not "
                               "serve this circleci/ project; judged on the rest)",
                               status=exc.status, endpoint=exc.endpoint) from exc
            raise
        return LogExcerpt(text=text, steps=steps)

    def flaky_tests(self, slug: str) -> list[FlakyTestStat]:
        """Insights ``GET /insights/{slug}/flaky-tests``."""
        return self.client.flaky_tests(slug)

    # -- the one write, and its result ----------------------------------------------------

    def rerun_from_failed(self, run_id: str, *, before_send: Callable[[], None] | None = None) -> str | None:
        """``POST /workflow/{id}/rerun {"from_failed": true}``: the new workflow's id, or None
        for a 202 without one."""
        return self.client.rerun_workflow_from_failed(run_id, before_send=before_send)

    def rerun_marker(self, run: WorkflowRun, siblings: Sequence[WorkflowRun]) -> list[str]:
        """The ids of the workflows of the same name already in the pipeline."""
        return sorted(w.id for w in siblings if w.name == run.name)

    def find_rerun(self, run: WorkflowRun, siblings: Sequence[WorkflowRun], *,
                   known: Collection[str] | None, sent_after: datetime | None = None,
                   clock_skew: timedelta = timedelta(seconds=60)) -> WorkflowRun | None:
        """The earliest same-named workflow that is not the original and not in ``known``; without
        a marker (rows of older versions), one created after ``sent_after`` (less clock skew)."""
        candidates = []
        for w in siblings:
            if w.name != run.name or w.id == run.id:
                continue
            if known is not None:
                if w.id in known:
                    continue
            else:
                created = parse(w.created_at)
                if sent_after is None or created is None or created < sent_after - clock_skew:
                    continue
            candidates.append(w)
        return min(candidates, key=lambda w: (w.created_at, w.id)) if candidates else None

    # -- webhooks -------------------------------------------------------------------------

    def webhook_project(self, ref: ProjectRef, projects: Sequence[Mapping[str, Any]]) -> str | None:
        """The watched project an event names: by project id where stored, else by its slug in
        any spelling (the webhook says github/..., the API gh/...)."""
        by_slug: dict[str, str] = {}
        ids: dict[str, str] = {}
        for r in projects:
            by_slug[slugs.canonical_key(r["slug"])] = r["slug"]
            if r.get("configured_as"):
                by_slug.setdefault(slugs.canonical_key(r["configured_as"]), r["slug"])
            if r.get("project_id"):
                ids[r["project_id"]] = r["slug"]
        return webhook_codec.match_project(ref, by_slug, ids)

    def pipeline_from_event(self, event: WebhookEvent, slug: str) -> Pipeline:
        """A workflow event's pipeline; the payload carries no state, so it is stored as just
        ``created`` (the reconciliation poll reads it again)."""
        assert event.pipeline is not None
        p = event.pipeline
        return Pipeline(id=p.id, number=p.number, project_slug=slug, state="created", created_at=p.created_at,
                        branch=p.branch or p.tag, revision=p.revision, commit_subject=p.subject,
                        trigger_type=p.trigger_type)

    def workflow_from_event(self, event: WebhookEvent, slug: str) -> WorkflowRun:
        """A ``workflow-completed`` event's workflow (no auto-rerun counters: the payload has none)."""
        assert event.workflow is not None and event.pipeline is not None
        status = event.workflow.status
        return WorkflowRun(
            id=event.workflow.id, name=event.workflow.name, state=run_state(status), status=status,
            pipeline_id=event.pipeline.id, pipeline_number=event.pipeline.number, project_slug=slug,
            created_at=event.workflow.created_at or event.pipeline.created_at,
            stopped_at=event.workflow.stopped_at or None,
        )


def from_config(config: Any, *, budget: RequestBudget, usage: RequestCounter,
                transport: httpx.BaseTransport | None = None,
                redactor: Callable[[str], str] | None = None) -> CircleCIProvider:
    """The provider for ``config`` (its ``circleci`` section and token), sharing the app's request
    budget and counts."""
    cfg = config.circleci
    client = CircleCIClient(
        cfg.base_url,
        config.require("circleci.token"),
        budget=budget,
        usage=usage,
        timeout=cfg.timeout_seconds,
        retry=RetryPolicy(max_retries=cfg.max_retries, backoff_max=cfg.max_backoff_seconds),
        page_cap=cfg.page_cap,
        transport=transport,
        redactor=redactor,
    )
    return CircleCIProvider(client)
