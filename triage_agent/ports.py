"""The protocols on one page: what the stages need from a CI provider, and from a report sink.

``CIProvider`` is written from the calls the stages make (discovery, listing new pipelines and
their workflow runs, a run's failed jobs, evidence reads, rerun from failed, finding a rerun's
result, web links). It speaks the neutral records of ``core.ci``; each provider lives in its
own folder under ``providers/`` and is built by name through the registry
(``providers/__init__.py``). Optional capabilities (the flaky-test list, a fallback project
listing, webhooks) are separate protocols a provider may also satisfy; callers check with
``isinstance`` and do without when it does not.

The provider raises the exceptions of ``errors`` (``CircleCIError`` and its subclasses:
``NotFound``, ``AuthError``, ``Throttled``, ...), whatever its API: the stages decide on those.

A ``Sink`` files a report somewhere (a folder, a tracker, a chat) and notes repeats there.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterator, Mapping, Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

from .core.ci import (
    FlakyTestStat,
    FollowedProject,
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
    WebLinks,
    WorkflowRun,
)

if TYPE_CHECKING:
    from .config import PollingSettings
    from .providers.http import RequestBudget, RequestCounter
    from .sinks.base import ReportDoc


@runtime_checkable
class CIProvider(Protocol):
    """A CI service, as the stages use it."""

    name: str  # the registry name, e.g. "circleci"
    display_name: str  # for people, e.g. "CircleCI"
    base_url: str  # the API root requests go to
    usage: RequestCounter  # requests sent, by endpoint
    budget: RequestBudget  # the process's request budget
    links: WebLinks  # where people see things

    def close(self) -> None:
        """Close the connections."""
        ...

    # -- words and names ------------------------------------------------------------------

    def run_state(self, status: str) -> RunState:
        """The neutral state of a workflow run the provider called ``status`` (as stored)."""
        ...

    def pipeline_errored(self, state: str) -> bool:
        """Whether a pipeline in (stored) ``state`` failed before any workflow could start."""
        ...

    def project_key(self, slug: str) -> str:
        """One key for every spelling of a project or organization slug the provider accepts."""
        ...

    def org_of(self, slug: str) -> str:
        """The organization part of a project slug."""
        ...

    def project_kind(self, slug: str) -> str:
        """A short tag of the kind of project (the provider's VCS integration)."""
        ...

    def org_kind(self, slug: str, integration: str = "") -> str:
        """A human name for the kind of organization a slug belongs to."""
        ...

    def send_window_seconds(self) -> float:
        """How long one attempt to send may take, plus the longest wait before the next one."""
        ...

    # -- discovery ------------------------------------------------------------------------

    def me(self) -> User:
        """Whom the token belongs to (a refused token raises AuthError)."""
        ...

    def organizations(self) -> list[Organization]:
        """The token user's organizations."""
        ...

    def project(self, slug: str) -> ProjectInfo:
        """A project's canonical identity, from any accepted spelling of its slug."""
        ...

    def followed_projects(self) -> list[FollowedProject]:
        """The token user's project list, with whether each is followed."""
        ...

    # -- new pipelines and terminal workflow runs -------------------------------------------

    def org_pipelines(self, org_slug: str, *, page_cap: int | None = None) -> Iterator[list[Pipeline]]:
        """Pages of an organization's recent pipelines, newest first (a cut list raises)."""
        ...

    def project_pipelines(self, slug: str, *, page_cap: int | None = None) -> Iterator[list[Pipeline]]:
        """Pages of a project's pipelines, newest first (a cut list raises)."""
        ...

    def workflow_runs(self, pipeline_id: str) -> list[WorkflowRun]:
        """Every workflow run of a pipeline, reruns included."""
        ...

    def workflow_run(self, run_id: str) -> WorkflowRun:
        """One workflow run as it is now."""
        ...

    def failed_jobs(self, run_id: str) -> list[JobRun]:
        """The failed jobs of a workflow run (jobs that ran and failed; approvals and the like
        are not jobs here)."""
        ...

    def rerun_links(self, runs: Sequence[WorkflowRun]) -> list[tuple[WorkflowRun, WorkflowRun]]:
        """(earlier, later) pairs among a pipeline's runs where ``later`` reruns ``earlier``."""
        ...

    def run_family(self, run: WorkflowRun, siblings: Sequence[WorkflowRun]) -> RunFamily:
        """Whether ``run`` was rerun already, and whether it is itself a rerun, among the runs of
        its pipeline."""
        ...

    # -- evidence -------------------------------------------------------------------------

    def job_tests(self, slug: str, job_number: int, *, max_pages: int = 0) -> tuple[list[TestResult], bool]:
        """A job's test results (each says whether it failed), and whether that was all of them
        (``max_pages`` bounds the pages read; 0: no bound)."""
        ...

    def log_excerpt(self, slug: str, job_number: int, settings: PollingSettings, problems: list[str], *,
                    test_lines: list[str] | None = None,
                    redact: Callable[[str], str] | None = None) -> LogExcerpt:
        """The excerpt of a failed job's failing steps' output, streamed (never held whole); what
        could not be read is appended to ``problems``; lines that can name a failed test are
        appended to ``test_lines`` when given."""
        ...

    # -- the one write, and its result ----------------------------------------------------

    def rerun_from_failed(self, run_id: str, *, before_send: Callable[[], None] | None = None) -> str | None:
        """Rerun a failed workflow run from its failed jobs; the new run's id, or None when the
        provider accepted it without naming one. Never resent after a timeout or a 5xx: the
        caller reconciles instead. ``before_send`` runs before each attempt and may raise."""
        ...

    def rerun_marker(self, run: WorkflowRun, siblings: Sequence[WorkflowRun]) -> list[str]:
        """What to remember before sending a rerun, so ``find_rerun`` can tell it apart later."""
        ...

    def find_rerun(self, run: WorkflowRun, siblings: Sequence[WorkflowRun], *,
                   known: Collection[str] | None, sent_after: datetime | None = None) -> WorkflowRun | None:
        """The rerun of ``run`` among the runs of its pipeline now: not in ``known`` (the marker
        taken before sending) or, without a marker, created after ``sent_after``; None if none."""
        ...


@runtime_checkable
class FlakyTestSource(Protocol):
    """Optional: the provider keeps statistics of flaky tests per project."""

    def flaky_tests(self, slug: str) -> list[FlakyTestStat]:
        """The project's flaky tests (NotFound / PermissionDenied: no such statistics here)."""
        ...


@runtime_checkable
class FollowedFallback(Protocol):
    """Optional: a second way to list followed projects, for organizations whose projects the
    main list cannot name (``Organization.listed_by_followed`` False)."""

    def fallback_followed_projects(self) -> list[FollowedProject]:
        """The followed projects from the fallback listing."""
        ...


@runtime_checkable
class WebhookSource(Protocol):
    """Optional: the provider sends webhooks (verified and parsed by the HTTP server)."""

    def webhook_project(self, ref: ProjectRef, projects: Sequence[Mapping[str, Any]]) -> str | None:
        """The stored slug of the watched project an event names (rows with ``slug`` and, where
        known, ``configured_as`` and ``project_id``), or None."""
        ...

    def pipeline_from_event(self, event: WebhookEvent, slug: str) -> Pipeline:
        """The pipeline a workflow event belongs to, as a poll would have read it first."""
        ...

    def workflow_from_event(self, event: WebhookEvent, slug: str) -> WorkflowRun:
        """The workflow run a workflow event reports, under the watched ``slug``."""
        ...


class Sink(Protocol):
    """Where a report goes. ``file`` returns a location; ``add_occurrence`` notes a repeat there."""

    name: str

    def file(self, doc: ReportDoc, now: datetime) -> str:
        """File the report (or find the earlier filing of its fingerprint); return where."""
        ...

    def add_occurrence(self, location: str, doc: ReportDoc, note: str, now: datetime, *,
                       key: str) -> str:
        """Note a repeat at ``location`` (once per ``key``); return where."""
        ...
