"""The simulated CircleCI world: scenario specs, live records, the clock, ids and sorted indexes."""

from __future__ import annotations

import random
import time
from bisect import bisect_left
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

# Job statuses in which CircleCI has stopped the job because it failed.
FAILED_JOB_STATUSES = frozenset({"failed", "timedout", "infrastructure_fail", "terminated-unknown"})
# Job statuses that mean the job has run (or is running) on an executor, so it owns a job number.
NUMBERED_JOB_STATUSES = frozenset(
    {
        "success",
        "failed",
        "timedout",
        "infrastructure_fail",
        "terminated-unknown",
        "running",
        "queued",
        "canceled",
        "retried",
    }
)
FINISHED_JOB_STATUSES = frozenset(
    {"success", "failed", "timedout", "infrastructure_fail", "terminated-unknown", "canceled"}
)
TERMINAL_WORKFLOW_STATUSES = frozenset(
    {"success", "failed", "error", "canceled", "unauthorized", "not_run"}
)
WORKFLOW_STATUSES = frozenset(
    {
        "success",
        "running",
        "not_run",
        "failed",
        "error",
        "failing",
        "on_hold",
        "canceled",
        "unauthorized",
    }
)
JOB_STATUSES = frozenset(
    {
        "success",
        "running",
        "not_run",
        "failed",
        "retried",
        "queued",
        "not_running",
        "infrastructure_fail",
        "timedout",
        "on_hold",
        "terminated-unknown",
        "blocked",
        "canceled",
        "unauthorized",
    }
)

VCS_TYPES = {"gh": "github", "bb": "bitbucket", "circleci": "circleci"}
VCS_ALIASES = {"github": "gh", "bitbucket": "bb", "gh": "gh", "bb": "bb", "circleci": "circleci"}
# Integrations of `circleci`-type organizations (slug circleci/<org-id>): the key their
# pipelines carry in trigger_parameters (GitLab and GitHub App bodies in the recorded webhooks).
CIRCLECI_PROVIDERS = ("github_app", "gitlab", "bitbucket_dc")
_B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def short_id(uuid_text: str) -> str:
    """CircleCI's short id of a UUID: its 128-bit value in base58 (Bitcoin alphabet).

    Seen on 15 of 15 public UUID/slug pairs (../shared/circleci/recorded/README.md); written
    here independently of the client's own conversion, so the two check each other.
    """
    n = int(uuid_text.replace("-", ""), 16)
    digits = ""
    while n:
        n, r = divmod(n, 58)
        digits = _B58[r] + digits
    return digits or _B58[0]

LogSource = str | Callable[[], str]


class SimulatorError(Exception):
    """An API error the simulator answers with: HTTP status plus CircleCI's `{"message": ...}`."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


# ---------------------------------------------------------------------------------------------
# Specs: what a test or scenario author writes. Plain values, no ids yet.
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class TestSpec:
    """One test result in a job's test metadata (`/project/{slug}/{n}/tests`)."""

    name: str
    classname: str = ""
    result: str = "failure"
    message: str | None = None
    file: str | None = None
    source: str | None = None
    run_time: float | None = None

    __test__ = False  # keep pytest from collecting this class


@dataclass(frozen=True, slots=True)
class Outcome:
    """How a (re)run of a job ends: its status, log, exit code and test results."""

    status: str | None = "success"  # None: fail the same way as the job that was rerun
    log: LogSource | None = None  # None: the rerun job's own log
    exit_code: int | None = None
    tests: tuple[TestSpec, ...] | None = None  # None: the rerun job's own tests
    failing_step: str | None = None


PASS = Outcome("success")


@dataclass(frozen=True, slots=True)
class FlakyTestSpec:
    """One entry of a project's flaky-test insights."""

    test_name: str
    classname: str | None = None
    file: str | None = None
    times_flaked: int = 2
    job_name: str = "test"
    workflow_name: str = "build-test"
    source: str | None = None
    time_wasted: int = 120
    pipeline_number: int | None = None
    job_number: int | None = None


@dataclass(slots=True)
class JobSpec:
    """A job as the scenario author describes it; `Scenario.add_pipeline` turns it into a Job."""

    name: str
    status: str | None = None  # None: success, or blocked when a required job did not succeed
    log: LogSource | None = None
    failing_step: str | None = None
    exit_code: int | None = None
    tests: tuple[TestSpec, ...] = ()
    passing_tests: int | None = None  # extra passing results; None: a few when tests are given
    failed_tests_last: bool = False  # list the passing results first (a big suite's failures sit deep)
    rerun: tuple[Outcome, ...] = (PASS,)
    requires: tuple[str, ...] = ()
    type: str = "build"
    duration: float | None = None  # seconds
    parallelism: int = 1
    failing_node: int = 0
    executor: str = "docker"
    resource_class: str = "medium"
    steps: tuple[tuple[str, str | None], ...] | None = None  # (name, bash command)
    command: str | None = None  # bash command of the failing step
    messages: tuple[dict[str, str], ...] = ()
    contexts: tuple[str, ...] = ()
    final_status: str = "success"  # what a running job becomes when its workflow completes


@dataclass(slots=True)
class WorkflowSpec:
    """A workflow as the scenario author describes it."""

    name: str
    jobs: tuple[JobSpec, ...] = ()
    status: str | None = None  # None: derived from the jobs
    max_auto_reruns: int | None = None
    auto_rerun_number: int | None = None
    tag: str | None = None


def _outcome(value: str | Outcome) -> Outcome:
    """'pass' | 'fail' | a log text | an Outcome -> Outcome ('fail' keeps the job's own log)."""
    if isinstance(value, Outcome):
        return value
    if value == "pass":
        return PASS
    if value == "fail":
        return Outcome(status=None)
    if value in ("timedout", "infrastructure_fail"):
        return Outcome(status=value)
    return Outcome(status="failed", log=value)


def rerun_script(value: str | Outcome | Sequence[str | Outcome] | None) -> tuple[Outcome, ...]:
    """Normalise a `rerun=` argument to the sequence of outcomes of successive reruns."""
    if value is None:
        return (PASS,)
    if isinstance(value, str | Outcome):
        return (_outcome(value),)
    script = tuple(_outcome(v) for v in value)
    return script or (PASS,)


def test(
    name: str,
    *,
    classname: str = "",
    result: str = "failure",
    message: str | None = None,
    file: str | None = None,
    source: str | None = None,
    run_time: float | None = None,
) -> TestSpec:
    """A test result; failures should carry a `message` (CircleCI gives null for passing ones)."""
    return TestSpec(name, classname, result, message, file, source, run_time)


test.__test__ = False  # type: ignore[attr-defined]  # not a pytest test function


def outcome(
    status: str = "failed",
    *,
    log: LogSource | None = None,
    exit_code: int | None = None,
    tests: Sequence[TestSpec] | None = None,
    failing_step: str | None = None,
) -> Outcome:
    """A scripted result of a rerun, for when 'pass' / 'fail' / a log string is not enough."""
    return Outcome(
        status, log, exit_code, tuple(tests) if tests is not None else None, failing_step
    )


def job(
    name: str,
    *,
    status: str | None = None,
    log: LogSource | None = None,
    failing_step: str | None = None,
    exit_code: int | None = None,
    tests: Sequence[TestSpec] = (),
    passing_tests: int | None = None,
    failed_tests_last: bool = False,
    rerun: str | Outcome | Sequence[str | Outcome] | None = "pass",
    requires: Sequence[str] = (),
    type: str = "build",
    duration: float | None = None,
    parallelism: int = 1,
    failing_node: int = 0,
    executor: str = "docker",
    resource_class: str = "medium",
    steps: Sequence[str | tuple[str, str | None]] | None = None,
    command: str | None = None,
    messages: Sequence[dict[str, str]] = (),
    contexts: Sequence[str] = (),
    final_status: str = "success",
) -> JobSpec:
    """A job of a workflow.

    `rerun` scripts what a rerun of this job does: "pass" (default), "fail" (fails again with
    the same log), a log text (fails with that log), an `outcome(...)`, or a sequence of those
    for successive reruns (the last one repeats).
    """
    if status is not None and status not in JOB_STATUSES:
        raise ValueError(f"unknown job status {status!r}")
    norm_steps = None
    if steps is not None:
        norm_steps = tuple((s, None) if isinstance(s, str) else (s[0], s[1]) for s in steps)
    return JobSpec(
        name=name,
        status=status,
        log=log,
        failing_step=failing_step,
        exit_code=exit_code,
        tests=tuple(tests),
        passing_tests=passing_tests,
        failed_tests_last=failed_tests_last,
        rerun=rerun_script(rerun),
        requires=tuple(requires),
        type=type,
        duration=duration,
        parallelism=parallelism,
        failing_node=failing_node,
        executor=executor,
        resource_class=resource_class,
        steps=norm_steps,
        command=command,
        messages=tuple(messages),
        contexts=tuple(contexts),
        final_status=final_status,
    )


def workflow(
    name: str,
    *,
    jobs: Sequence[JobSpec] = (),
    status: str | None = None,
    max_auto_reruns: int | None = None,
    auto_rerun_number: int | None = None,
    tag: str | None = None,
) -> WorkflowSpec:
    """A workflow; its status is derived from its jobs unless given."""
    if status is not None and status not in WORKFLOW_STATUSES:
        raise ValueError(f"unknown workflow status {status!r}")
    return WorkflowSpec(name, tuple(jobs), status, max_auto_reruns, auto_rerun_number, tag)


def flaky_test(
    test_name: str,
    *,
    classname: str | None = None,
    file: str | None = None,
    times_flaked: int = 2,
    job_name: str = "test",
    workflow_name: str = "build-test",
    source: str | None = None,
    time_wasted: int = 120,
    pipeline_number: int | None = None,
    job_number: int | None = None,
) -> FlakyTestSpec:
    """An entry of the project's flaky-test insights (a test that passed and failed on one commit)."""
    return FlakyTestSpec(
        test_name,
        classname,
        file,
        times_flaked,
        job_name,
        workflow_name,
        source,
        time_wasted,
        pipeline_number,
        job_number,
    )


# ---------------------------------------------------------------------------------------------
# Live records: what the server answers from. Mutated only under the simulator's lock.
# ---------------------------------------------------------------------------------------------


class SortedIndex:
    """Items ordered by (created, seq): O(1) append in time order, O(log n + page) newest-first pages.

    Out-of-order inserts (a pipeline created "in the past") mark the index dirty; it is sorted
    once on the next read instead of on every insert, so building 10,000 pipelines stays linear.
    """

    __slots__ = ("_keys", "_items", "_dirty")

    def __init__(self) -> None:
        self._keys: list[tuple[float, int]] = []
        self._items: list[Any] = []
        self._dirty = False

    def __len__(self) -> int:
        return len(self._items)

    def add(self, key: tuple[float, int], item: Any) -> None:
        """Insert an item with its (created, seq) key."""
        if self._keys and key < self._keys[-1]:
            self._dirty = True
        self._keys.append(key)
        self._items.append(item)

    def _sort(self) -> None:
        if self._dirty:
            order = sorted(range(len(self._keys)), key=self._keys.__getitem__)
            self._keys = [self._keys[i] for i in order]
            self._items = [self._items[i] for i in order]
            self._dirty = False

    def newest(self) -> Any | None:
        """The newest item, or None when empty."""
        self._sort()
        return self._items[-1] if self._items else None

    def page_newest_first(
        self, before: tuple[float, int] | None, size: int
    ) -> tuple[list[Any], tuple[float, int] | None]:
        """Up to `size` items older than `before` (all when None), newest first, and the next cursor."""
        self._sort()
        end = len(self._keys) if before is None else bisect_left(self._keys, before)
        start = max(0, end - size)
        page = self._items[start:end][::-1]
        cursor = self._keys[start] if start > 0 and page else None
        return page, cursor


class Clock:
    """Scenario time as epoch seconds: starts at `start`, follows real time unless frozen, plus `advance()`."""

    def __init__(self, start: datetime | None = None, *, frozen: bool = False) -> None:
        start = start or datetime.now(UTC)
        if start.tzinfo is None:
            start = start.replace(tzinfo=UTC)
        self._start = start.timestamp()
        self._t0 = time.monotonic()
        self._offset = 0.0
        self.frozen = frozen

    def now(self) -> float:
        """Scenario time now, in epoch seconds."""
        elapsed = 0.0 if self.frozen else time.monotonic() - self._t0
        return self._start + self._offset + elapsed

    def now_datetime(self) -> datetime:
        """Scenario time now, as an aware UTC datetime."""
        return datetime.fromtimestamp(self.now(), UTC)

    def advance(self, seconds: float) -> None:
        """Move scenario time forward."""
        self._offset += seconds


class Ids:
    """uuid4-shaped ids and git SHAs, deterministic when a seed is given."""

    def __init__(self, seed: int | None) -> None:
        self._rng: random.Random = (
            random.Random(seed) if seed is not None else random.SystemRandom()
        )

    @property
    def rng(self) -> random.Random:
        """The random source behind the ids (seeded when the scenario is)."""
        return self._rng

    def uuid(self) -> str:
        # Set the version-4 and RFC 4122 variant bits by hand: uuid.UUID() is the slow part
        # of building 10,000 jobs.
        """A uuid4-formatted string."""
        bits = self._rng.getrandbits(128)
        bits = (bits & ~(0xF000 << 64) | (0x4000 << 64)) & ~(0xC000 << 48) | (0x8000 << 48)
        h = f"{bits:032x}"
        return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"

    def sha(self) -> str:
        """A 40-hex-digit git revision."""
        return f"{self._rng.getrandbits(160):040x}"

    def hex(self, n: int) -> str:
        """`n` random hex digits."""
        return f"{self._rng.getrandbits(4 * n):0{n}x}"


@dataclass(slots=True, eq=False)
class Org:
    """An organization the user collaborates on."""

    id: str
    slug: str  # "gh/acme" or "circleci/<uuid>"
    name: str
    vcs_type: str  # "github", "bitbucket", "circleci"
    avatar_url: str
    provider: str = ""  # circleci-type orgs: github_app, gitlab or bitbucket_dc
    pipelines: SortedIndex = field(default_factory=SortedIndex)  # of followed projects
    my_pipelines: SortedIndex = field(default_factory=SortedIndex)


@dataclass(slots=True, eq=False)
class Project:
    """A project: its pipelines indexed by time and branch, its jobs by number."""

    id: str
    slug: str
    org: Org
    name: str
    followed: bool
    default_branch: str
    language: str
    access: str  # "ok", "forbidden" (403) or "hidden" (404)
    flaky_tests: list[FlakyTestSpec]
    pipelines: SortedIndex = field(default_factory=SortedIndex)
    by_branch: dict[str, SortedIndex] = field(default_factory=dict)
    jobs_by_number: dict[int, Job] = field(default_factory=dict)
    pipelines_by_number: dict[int, Pipeline] = field(default_factory=dict)
    next_pipeline_number: int = 1
    next_job_number: int = 1

    @property
    def vcs(self) -> str:
        """The slug's VCS prefix: gh, bb or circleci."""
        return self.slug.split("/", 1)[0]

    @property
    def vcs_url(self) -> str:
        """The project's ``vcs_url`` as CircleCI reports it: the repository URL for GitHub OAuth and
        Bitbucket Cloud, ``//circleci.com/<org UUID>/<project UUID>`` for circleci/ projects (v2
        project body in the WKL capture; terraform provider acceptance tests)."""
        if self.vcs == "circleci":
            return f"//circleci.com/{self.org.id}/{self.id}"
        return self.repo_url

    @property
    def repo_url(self) -> str:
        """The git repository's URL on its host."""
        if self.vcs == "circleci":
            host = {"gitlab": "gitlab.com", "bitbucket_dc": "bitbucket.example.com"}.get(
                self.org.provider, "github.com")
            return f"https://{host}/{self.org.name}/{self.name}"
        host = {"gh": "github.com", "bb": "bitbucket.org"}.get(self.vcs, "github.com")
        return f"https://{host}/{self.org.name}/{self.name}"


@dataclass(slots=True, eq=False)
class Pipeline:
    """One pipeline: the trigger, the commit and its workflows (reruns included)."""

    id: str
    project: Project
    number: int
    created: float
    seq: int
    branch: str | None
    tag: str | None
    revision: str
    subject: str | None
    body: str | None
    actor_login: str
    actor_avatar: str
    trigger_type: str
    errors: list[dict[str, str]]
    workflows: list[Workflow] = field(default_factory=list)

    @property
    def key(self) -> tuple[float, int]:
        """The (created, seq) sort key."""
        return (self.created, self.seq)


@dataclass(slots=True, eq=False)
class Job:
    """A job run. A rerun creates new Job records for the jobs it runs again."""

    id: str
    name: str
    project: Project
    workflow: Workflow  # the latest workflow this job is part of
    type: str
    status: str
    number: int | None
    requires: tuple[str, ...]
    created: float
    queued: float | None
    started: float | None
    stopped: float | None
    log: LogSource | None
    failing_step: str | None
    exit_code: int | None
    tests: tuple[TestSpec, ...]
    passing_tests: int
    rerun: tuple[Outcome, ...]
    failed_tests_last: bool
    parallelism: int
    failing_node: int
    executor: str
    resource_class: str
    steps: tuple[tuple[str, str | None], ...] | None
    command: str | None
    messages: tuple[dict[str, str], ...]
    contexts: tuple[str, ...]
    final_status: str
    retry_of: int | None = None
    pending: Outcome | None = None  # outcome applied when a held rerun completes
    duration: float = 60.0

    @property
    def failed(self) -> bool:
        """Whether the job ended in a failure status."""
        return self.status in FAILED_JOB_STATUSES


@dataclass(slots=True, eq=False)
class Workflow:
    """A workflow run inside a pipeline."""

    id: str
    pipeline: Pipeline
    name: str
    status: str
    created: float
    stopped: float | None
    started_by: str
    seq: int
    jobs: list[Job] = field(default_factory=list)
    tag: str | None = None
    max_auto_reruns: int | None = None
    auto_rerun_number: int | None = None
    rerun_of: Workflow | None = None
    reruns: int = 0  # reruns requested of this very workflow
    held: bool = False  # a rerun waiting for `complete_reruns()`
    canceled_by: str | None = None
    visible_at: float | None = None  # scenario time before which the API does not show it

    @property
    def key(self) -> tuple[float, int]:
        """The (created, seq) sort key."""
        return (self.created, self.seq)

    def job_named(self, name: str) -> Job | None:
        """The job of this workflow with that name, or None."""
        for j in self.jobs:
            if j.name == name:
                return j
        return None
