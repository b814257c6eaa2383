"""The provider-neutral records a CI provider speaks through the port (``ports.CIProvider``).

A provider (``providers/<name>/``) turns its API's answers into these, so the stages, the
policy and the classifier never see a provider's own status words:

- ``RunState``: where a workflow run is (running, held, succeeded, failed, ...). Each
  provider maps its statuses onto it; ``WorkflowRun.status`` keeps the provider's own word,
  which is what the database stores and what people are shown.
- ``JobFailure``: how a failed job failed. Its values are the ``job.status`` vocabulary of the
  failure-case format (``DESIGN.md``: ``{"job": {"name", "status"}}``) and of the stored
  ``failures.job_status``, so they stay byte-equal to what existing installs and case files
  hold; a provider maps its own job outcomes onto them.
- ``WorkflowRun``, ``JobRun``, ``Pipeline``, projects, organizations, tests, flaky-test
  statistics, log steps, rerun relations and webhook events.

Pure: no I/O, no clock.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from enum import StrEnum
from typing import Any, Protocol


class RunState(StrEnum):
    """Where a workflow run is, in words no provider owns."""

    RUNNING = "running"
    HELD = "held"  # waiting for a person (an approval step)
    RUNNING_FAILED = "running-with-failures"  # a job failed, others still run
    SUCCEEDED = "succeeded"
    FAILED = "failed"
    ERRORED = "errored"  # the run could not run as configured
    CANCELED = "canceled"
    SKIPPED = "skipped"  # never ran (a condition excluded it)
    REFUSED = "refused"  # the provider refused to run it (permissions)
    UNKNOWN = "unknown"  # no status, or one this version does not know: nothing is concluded

    @property
    def terminal(self) -> bool:
        """Whether the run has finished and will not change by itself."""
        return self in _TERMINAL

    @property
    def has_failures(self) -> bool:
        """Whether the run has failed jobs to look at (finished or not)."""
        return self in _HAS_FAILURES

    @property
    def rerunnable(self) -> bool:
        """Whether "rerun from failed" makes sense: finished, and failed."""
        return self is RunState.FAILED

    @property
    def alive(self) -> bool:
        """Whether the run passed or may still pass (a newer such run supersedes older failures)."""
        return self in _ALIVE


_TERMINAL = frozenset({RunState.SUCCEEDED, RunState.FAILED, RunState.ERRORED, RunState.CANCELED,
                       RunState.SKIPPED, RunState.REFUSED})
_HAS_FAILURES = frozenset({RunState.FAILED, RunState.ERRORED, RunState.RUNNING_FAILED})
_ALIVE = frozenset({RunState.SUCCEEDED, RunState.RUNNING, RunState.RUNNING_FAILED, RunState.HELD})


class JobFailure(StrEnum):
    """How a failed job failed (the case format's ``job.status`` words; see the module doc)."""

    FAILED = "failed"  # its commands failed
    INFRASTRUCTURE = "infrastructure_fail"  # the provider blames its own machines
    TIMED_OUT = "timedout"  # stopped for running too long
    TERMINATED = "terminated-unknown"  # stopped for a reason nobody recorded


# --------------------------------------------------------------------------- identities


@dataclass(frozen=True)
class User:
    """Whom the token belongs to."""

    id: str
    login: str
    name: str


@dataclass(frozen=True)
class Organization:
    """An organization the token's user belongs to.

    ``listed_by_followed``: whether the provider's followed-projects list can name this
    organization's projects (when not, its projects come from a fallback listing or the config).
    """

    id: str
    slug: str
    name: str
    kind: str  # the provider's kind of organization (for people)
    listed_by_followed: bool = True


@dataclass(frozen=True)
class FollowedProject:
    """A project of the token user's project list. ``slug`` is "" when the provider named no slug
    that could be derived without guessing."""

    slug: str
    vcs_url: str
    followed: bool
    default_branch: str = ""
    vcs_type: str = ""
    name: str = ""
    project_id: str = ""
    org_name: str = ""
    last_build_at: str = ""  # newest build time the list shows, "" when unknown


@dataclass(frozen=True)
class ProjectInfo:
    """The canonical identity of a project, as the provider answers for any spelling of it."""

    slug: str
    id: str
    name: str
    organization_slug: str
    organization_id: str = ""
    organization_name: str = ""
    provider: str = ""
    vcs_url: str = ""
    default_branch: str = ""


# --------------------------------------------------------------------------- runs


@dataclass(frozen=True)
class Pipeline:
    """One pipeline (a push, a schedule, an API trigger) of a project."""

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
    provider: str = ""  # which integration triggered it, if the provider says


@dataclass(frozen=True)
class WorkflowRun:
    """One run of a workflow. ``state`` is the neutral state; ``status`` the provider's own word
    for it (stored and shown as it is). ``auto_reruns_done`` / ``auto_reruns_allowed`` count the
    provider's own automatic reruns (None: it does not say)."""

    id: str
    name: str
    state: RunState
    status: str
    pipeline_id: str
    pipeline_number: int
    project_slug: str
    created_at: str
    stopped_at: str | None = None
    auto_reruns_done: int | None = None
    auto_reruns_allowed: int | None = None
    tag: str | None = None  # the provider's tag of the workflow, stored as it is
    setup: bool = False  # a setup run whose continuation joins the same pipeline later

    @property
    def automatic_rerun(self) -> bool:
        """Whether the provider itself started this run as an automatic rerun."""
        return (self.auto_reruns_done or 0) > 0


@dataclass(frozen=True)
class JobRun:
    """A failed job of a workflow run."""

    id: str
    name: str
    failure: JobFailure
    job_number: int | None = None
    started_at: str | None = None
    stopped_at: str | None = None

    @property
    def status(self) -> str:
        """The stored ``job_status`` word."""
        return str(self.failure)


@dataclass(frozen=True)
class RunFamily:
    """A run among the other runs of its pipeline, as the provider's rerun model relates them.

    ``newer``: a later rerun of the same workflow exists (this run was rerun already);
    ``is_rerun``: this run itself reruns an earlier one (made by a person or by us, not the
    provider's automatic rerun)."""

    newer: WorkflowRun | None = None
    is_rerun: bool = False


# --------------------------------------------------------------------------- evidence


@dataclass(frozen=True)
class TestResult:
    """One test of a job's test metadata."""

    name: str
    classname: str
    result: str  # the provider's word for the outcome
    message: str
    file: str
    source: str
    run_time: float | None
    failed: bool = False


@dataclass(frozen=True)
class FlakyTestStat:
    """A test the provider's insights list as flaky in a project (not a failed test of a job)."""

    test_name: str
    classname: str
    times_flaked: int
    job_name: str = ""
    file: str = ""
    time_wasted: int = 0


@dataclass(frozen=True)
class LogExcerpt:
    """The excerpt of a failed job's log and the failing steps it was read from."""

    text: str
    steps: tuple[dict[str, Any], ...] = ()


# --------------------------------------------------------------------------- web links


class WebLinks(Protocol):
    """Where a person sees a pipeline, a workflow run or a job in the provider's web app."""

    def pipeline(self, slug: str, pipeline_number: Any) -> str:
        """The pipeline's page."""
        ...

    def workflow(self, slug: str, pipeline_number: Any, workflow_id: str) -> str:
        """The workflow run's page."""
        ...

    def job(self, slug: str, pipeline_number: Any, workflow_id: str, job_number: Any) -> str:
        """The job's page (the workflow's when the job has no number)."""
        ...


# --------------------------------------------------------------------------- webhooks

PING = "ping"
WORKFLOW_COMPLETED = "workflow-completed"
JOB_COMPLETED = "job-completed"


class WebhookError(Exception):
    """A delivery refused: ``status`` is the HTTP status to answer, ``reason`` a bounded label."""

    def __init__(self, status: int, reason: str, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.reason = reason


@dataclass(frozen=True)
class ProjectRef:
    """The project an event belongs to, as the payload names it."""

    id: str
    slug: str
    name: str = ""


@dataclass(frozen=True)
class PipelineRef:
    """The pipeline of an event."""

    id: str
    number: int
    created_at: str
    branch: str = ""
    tag: str = ""
    revision: str = ""
    subject: str = ""
    trigger_type: str = ""


@dataclass(frozen=True)
class WorkflowRef:
    """The workflow of an event (``status``, the provider's word, is empty in job events)."""

    id: str
    name: str
    status: str = ""
    created_at: str = ""
    stopped_at: str = ""


@dataclass(frozen=True)
class JobRef:
    """The job of a job event."""

    id: str
    name: str
    status: str = ""
    number: int | None = None


@dataclass(frozen=True)
class WebhookEvent:
    """What triage-agent keeps of one delivery: ids, names, branch, revision; no people, no URLs."""

    id: str
    type: str
    happened_at: str = ""
    project: ProjectRef | None = None
    pipeline: PipelineRef | None = None
    workflow: WorkflowRef | None = None
    job: JobRef | None = None

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict (the store keeps this, never the raw body)."""
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> WebhookEvent:
        """The inverse of ``to_dict``."""
        def part(kind: type, key: str) -> Any:
            value = data.get(key)
            return kind(**value) if isinstance(value, dict) else None

        return cls(id=data["id"], type=data["type"], happened_at=data.get("happened_at") or "",
                   project=part(ProjectRef, "project"), pipeline=part(PipelineRef, "pipeline"),
                   workflow=part(WorkflowRef, "workflow"), job=part(JobRef, "job"))
