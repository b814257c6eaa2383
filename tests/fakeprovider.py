"""An in-memory CI provider (``ports.CIProvider``) for stage tests: no HTTP, no simulator.

It holds workflow runs and their failed jobs as the test sets them up, answers the port's
reads from them, and records every call that would be a request to a real provider
(``calls``: ``(method, argument)`` pairs, in order), so a test can assert exactly what a stage
asked and sent. The pure helpers of the port (``run_state``, ``run_family``, ``find_rerun``,
...) are not requests and are not recorded.

Its rerun model is the simplest one the port allows: a rerun is a new run of the same name in
the same pipeline. Its status words are the neutral ``RunState`` values themselves.

Scripting: ``fail(method, exc)`` makes the next call of ``method`` raise ``exc`` (several
queue up); ``rerun_answers`` lists what the next ``rerun_from_failed`` calls do: ``"new"`` (the
default: a new running run, its id returned), ``"accepted"`` (a new run, but None returned),
or an exception (raised after the run was made when ``landed_then`` wraps it, else before).
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Collection, Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from typing import Any

from triage_agent.config import PollingSettings
from triage_agent.core.ci import (
    FollowedProject,
    JobFailure,
    JobRun,
    LogExcerpt,
    Organization,
    Pipeline,
    ProjectInfo,
    RunFamily,
    RunState,
    TestResult,
    User,
    WebLinks,
    WorkflowRun,
)
from triage_agent.errors import NotFound
from triage_agent.providers.http import RequestBudget, RequestCounter
from triage_agent.timeutil import iso, parse

Call = tuple[str, Any]


class FakeLinks:
    """Web links of the fake CI (never fetched)."""

    def pipeline(self, slug: str, pipeline_number: Any) -> str:
        return f"https://ci.invalid/{slug}/{pipeline_number}"

    def workflow(self, slug: str, pipeline_number: Any, workflow_id: str) -> str:
        return f"https://ci.invalid/{slug}/{pipeline_number}/workflows/{workflow_id}"

    def job(self, slug: str, pipeline_number: Any, workflow_id: str, job_number: Any) -> str:
        return f"https://ci.invalid/{slug}/{pipeline_number}/workflows/{workflow_id}/jobs/{job_number}"


@dataclass
class LandedThen:
    """A rerun answer: the rerun is made, then ``error`` is raised (a 5xx after the fact)."""

    error: Exception


@dataclass
class FakeProvider:
    """See the module doc."""

    clock: Callable[[], datetime]
    name: str = "fake"
    display_name: str = "FakeCI"
    base_url: str = "https://ci.invalid/api"
    runs: dict[str, WorkflowRun] = field(default_factory=dict)
    jobs: dict[str, list[JobRun]] = field(default_factory=dict)
    logs: dict[int, str] = field(default_factory=dict)  # by job number
    calls: list[Call] = field(default_factory=list)
    rerun_answers: list[Any] = field(default_factory=list)
    errors: dict[str, list[Exception]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.usage = RequestCounter()
        self.budget = RequestBudget(6000)
        self.links: WebLinks = FakeLinks()
        self._ids = itertools.count(1)

    # -- setting the world up (not calls) ---------------------------------------------------

    def add_run(self, *, id: str, pipeline_id: str, name: str = "build-test",
                state: RunState = RunState.FAILED, project_slug: str = "gh/acme/api",
                pipeline_number: int = 142, created_at: datetime | None = None,
                stopped_at: datetime | None = None, **kw: Any) -> WorkflowRun:
        """A run as the CI has it now (``status`` is the state's own word)."""
        now = self.clock()
        created = created_at or now - timedelta(hours=1)
        stopped = stopped_at or (created + timedelta(minutes=10) if state.terminal else None)
        run = WorkflowRun(id=id, name=name, state=state, status=str(state), pipeline_id=pipeline_id,
                          pipeline_number=pipeline_number, project_slug=project_slug,
                          created_at=iso(created), stopped_at=iso(stopped) if stopped else None, **kw)
        self.runs[id] = run
        return run

    def set_state(self, run_id: str, state: RunState) -> WorkflowRun:
        """The run has moved on (finished, passed, was canceled...)."""
        run = self.runs[run_id]
        stopped = run.stopped_at or (iso(self.clock()) if state.terminal else None)
        self.runs[run_id] = replace(run, state=state, status=str(state), stopped_at=stopped)
        return self.runs[run_id]

    def fail(self, method: str, error: Exception) -> None:
        """The next call of ``method`` raises ``error``."""
        self.errors.setdefault(method, []).append(error)

    def writes(self) -> list[Call]:
        """The calls that change something on the CI (reruns)."""
        return [c for c in self.calls if c[0] == "rerun_from_failed"]

    def _call(self, method: str, argument: Any = None) -> None:
        self.calls.append((method, argument))
        queued = self.errors.get(method)
        if queued:
            raise queued.pop(0)

    # -- words and names (pure) --------------------------------------------------------------

    def close(self) -> None:
        pass

    def run_state(self, status: str) -> RunState:
        try:
            return RunState(status)
        except ValueError:
            return RunState.UNKNOWN

    def pipeline_errored(self, state: str) -> bool:
        return state == "errored"

    def project_key(self, slug: str) -> str:
        return slug.lower()

    def org_of(self, slug: str) -> str:
        return slug.rsplit("/", 1)[0]

    def project_kind(self, slug: str) -> str:
        return slug.split("/", 1)[0]

    def org_kind(self, slug: str, integration: str = "") -> str:
        return "FakeCI organization"

    def send_window_seconds(self) -> float:
        return 10.0

    # -- discovery ---------------------------------------------------------------------------

    def me(self) -> User:
        self._call("me")
        return User(id="u1", login="triage-bot", name="Triage Bot")

    def organizations(self) -> list[Organization]:
        self._call("organizations")
        return []

    def project(self, slug: str) -> ProjectInfo:
        self._call("project", slug)
        return ProjectInfo(slug=slug, id=f"id-{slug}", name=slug.rsplit("/", 1)[-1],
                           organization_slug=self.org_of(slug))

    def followed_projects(self) -> list[FollowedProject]:
        self._call("followed_projects")
        return []

    # -- runs --------------------------------------------------------------------------------

    def org_pipelines(self, org_slug: str, *, page_cap: int | None = None) -> Iterator[list[Pipeline]]:
        self._call("org_pipelines", org_slug)
        yield []

    def project_pipelines(self, slug: str, *, page_cap: int | None = None) -> Iterator[list[Pipeline]]:
        self._call("project_pipelines", slug)
        yield []

    def workflow_runs(self, pipeline_id: str) -> list[WorkflowRun]:
        self._call("workflow_runs", pipeline_id)
        return sorted((r for r in self.runs.values() if r.pipeline_id == pipeline_id),
                      key=lambda r: (r.created_at, r.id))

    def workflow_run(self, run_id: str) -> WorkflowRun:
        self._call("workflow_run", run_id)
        if run_id not in self.runs:
            raise NotFound(f"no workflow {run_id}", status=404)
        return self.runs[run_id]

    def failed_jobs(self, run_id: str) -> list[JobRun]:
        self._call("failed_jobs", run_id)
        return list(self.jobs.get(run_id, []))

    def rerun_links(self, runs: Sequence[WorkflowRun]) -> list[tuple[WorkflowRun, WorkflowRun]]:
        by_name: dict[str, list[WorkflowRun]] = {}
        for run in sorted(runs, key=lambda w: (w.created_at, w.id)):
            by_name.setdefault(run.name, []).append(run)
        return [pair for named in by_name.values() for pair in zip(named, named[1:], strict=False)]

    def run_family(self, run: WorkflowRun, siblings: Sequence[WorkflowRun]) -> RunFamily:
        same = sorted((w for w in siblings if w.name == run.name), key=lambda w: (w.created_at, w.id))
        ids = [w.id for w in same]
        at = ids.index(run.id) if run.id in ids else len(ids)
        newer = same[at + 1] if at + 1 < len(same) else None
        return RunFamily(newer=newer, is_rerun=at > 0)

    # -- evidence ----------------------------------------------------------------------------

    def job_tests(self, slug: str, job_number: int, *, max_pages: int = 0) -> tuple[list[TestResult], bool]:
        self._call("job_tests", job_number)
        return [], True

    def log_excerpt(self, slug: str, job_number: int, settings: PollingSettings, problems: list[str], *,
                    test_lines: list[str] | None = None,
                    redact: Callable[[str], str] | None = None) -> LogExcerpt:
        self._call("log_excerpt", job_number)
        text = self.logs.get(job_number, "")
        return LogExcerpt(text=redact(text) if redact else text)

    # -- the one write, and its result -------------------------------------------------------

    def rerun_from_failed(self, run_id: str, *, before_send: Callable[[], None] | None = None) -> str | None:
        if before_send is not None:
            before_send()
        self._call("rerun_from_failed", run_id)
        answer = self.rerun_answers.pop(0) if self.rerun_answers else "new"
        if isinstance(answer, Exception):
            raise answer
        original = self.runs[run_id]
        new = self.add_run(id=f"{run_id}-rerun-{next(self._ids)}", pipeline_id=original.pipeline_id,
                           name=original.name, state=RunState.RUNNING, project_slug=original.project_slug,
                           pipeline_number=original.pipeline_number, created_at=self.clock())
        if isinstance(answer, LandedThen):
            raise answer.error
        return None if answer == "accepted" else new.id

    def rerun_marker(self, run: WorkflowRun, siblings: Sequence[WorkflowRun]) -> list[str]:
        return sorted(w.id for w in siblings if w.name == run.name)

    def find_rerun(self, run: WorkflowRun, siblings: Sequence[WorkflowRun], *,
                   known: Collection[str] | None, sent_after: datetime | None = None) -> WorkflowRun | None:
        for w in sorted(siblings, key=lambda w: (w.created_at, w.id)):
            if w.name != run.name or w.id == run.id:
                continue
            if known is not None and w.id in known:
                continue
            created = parse(w.created_at)
            if known is None and (sent_after is None or created is None or created < sent_after):
                continue
            return w
        return None


def failed_job(job_id: str, name: str = "test-unit", number: int = 812) -> JobRun:
    """A failed job of a run (its commands failed)."""
    return JobRun(id=job_id, name=name, failure=JobFailure.FAILED, job_number=number)
