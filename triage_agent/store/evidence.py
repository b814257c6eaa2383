"""A failure's way to a verdict, in the store: its evidence, its state moves, its verdicts, its history.

The collect and judge stages move a failure ``new -> collected -> classified`` (``decided`` is
the propose stage's, ``error`` sets it aside after too many attempts); every move is one call
here, and a move that writes several tables is one transaction, so a cycle killed between two
calls resumes where it stopped. The evidence is kept as JSON text columns; it crosses this
boundary as a ``StoredEvidence`` (typed, decoded). The project's flaky-test list (a provider
capability) is cached on its ``projects`` row. The history queries read what earlier cycles
stored: a pass of the same commit, the verdicts of the same fingerprint and what their reruns
said.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, TypedDict, cast

from ..core.models import FailedTest, History
from ..core.states import FailureState, RerunOutcome
from ..timeutil import iso, parse
from .db import Store, dumps, loads

# --------------------------------------------------------------------------- rows


class FailureRow(TypedDict):
    """One failed job as stored (``failures``)."""

    id: int
    key: str
    project_slug: str
    pipeline_id: str | None
    pipeline_number: int | None
    branch: str | None
    revision: str | None
    workflow_id: str
    workflow_name: str
    job_id: str | None
    job_number: int | None
    job_name: str
    job_status: str | None
    started_at: str | None
    stopped_at: str | None
    detected_at: str | None
    fingerprint: str | None
    signature: str | None
    state: str
    origin: str | None
    decision: str | None
    attempts: int | None
    last_error: str | None


class VerdictRow(TypedDict):
    """One verdict as stored (``verdicts``; ``evidence`` is JSON text)."""

    id: int
    failure_id: int
    verdict: str
    confidence: float | None
    category: str | None
    rationale: str | None
    evidence: str | None
    classifier: str | None
    offline_verdict: str | None
    offline_confidence: float | None
    llm_called: int | None
    llm_error: str | None
    prompt_tokens: int | None
    completion_tokens: int | None
    created_at: str | None


@dataclass
class StoredEvidence:
    """A failure's evidence as kept (already redacted), and its fingerprint."""

    log_excerpt: str = ""
    failed_tests: list[FailedTest] = field(default_factory=list)
    known_flaky: list[str] = field(default_factory=list)
    steps: list[dict[str, Any]] = field(default_factory=list)
    history: History = field(default_factory=History)
    problems: list[str] = field(default_factory=list)
    fingerprint: str = ""
    signal: str = ""
    # Where failed_tests came from: "metadata", "log" (the metadata was over
    # polling.max_test_pages), "metadata+log" (its first pages, completed from the log), or "".
    tests_source: str = ""


@dataclass(frozen=True)
class NewVerdict:
    """A verdict to store (its texts already cleaned and redacted by the judge stage)."""

    verdict: str
    confidence: float
    category: str | None
    rationale: str
    evidence: list[str]
    classifier: str
    offline_verdict: str
    offline_confidence: float
    llm_called: bool
    llm_error: str | None
    prompt_tokens: int
    completion_tokens: int


@dataclass(frozen=True)
class FailureWithVerdict:
    """A failure, its latest verdict (None before one) and its project's name (None when unknown)."""

    failure: FailureRow
    verdict: VerdictRow | None
    project_name: str | None


class FlakyTestEntry(TypedDict):
    """One test of a project's flaky-test list, as cached."""

    test_name: str
    classname: str
    times_flaked: int
    job_name: str
    time_wasted: int


@dataclass(frozen=True)
class FlakyCache:
    """A project's cached flaky-test list and when it was read (None: never)."""

    fetched_at: datetime | None
    tests: list[FlakyTestEntry]


class SameCommitRun(TypedDict):
    """A workflow run of the same name on the same commit (its status is the provider's word)."""

    id: str
    name: str
    status: str | None
    number: int | None


class PriorVerdictRow(TypedDict):
    """An earlier verdict of the same fingerprint and what a rerun (ours or a person's) said."""

    failure_id: int
    verdict: str
    confidence: float | None
    detected_at: str | None
    outcome: str | None


# --------------------------------------------------------------------------- failures


def failures_in(store: Store, state: FailureState) -> list[FailureRow]:
    """The failures in ``state``, oldest first (a stage's work list)."""
    return cast(list[FailureRow], list(store.db.query(
        "select * from failures where state = ? order by id", [state.value])))


def get_failure(store: Store, failure_id: int) -> FailureRow:
    """One failure by id (NotFoundError from sqlite-utils when there is none)."""
    return cast(FailureRow, store.db["failures"].get(failure_id))


def count_attempt(store: Store, failure_id: int, *, attempts: int, last_error: str, set_aside: bool) -> None:
    """Record a failed attempt at a failure (its count and the error); ``set_aside`` moves it to ``error``."""
    fields: dict[str, Any] = {"attempts": attempts, "last_error": last_error}
    if set_aside:
        fields["state"] = FailureState.ERROR.value
    store.db["failures"].update(failure_id, fields)


def back_to_new(store: Store, failure_id: int) -> None:
    """Send a failure back to be collected again (its evidence went missing)."""
    store.db["failures"].update(failure_id, {"state": FailureState.NEW.value})


def mark_decided(store: Store, failure_id: int, decision: str) -> None:
    """A failure's decision is made (proposals enqueued, or none): its note, state ``decided``."""
    store.db["failures"].update(failure_id, {"state": FailureState.DECIDED.value, "decision": decision})


# --------------------------------------------------------------------------- evidence


def save_evidence(store: Store, failure_id: int, ev: StoredEvidence, now: datetime) -> None:
    """Store the evidence and the failure's fingerprint together; the failure is ``collected``."""
    with store.atomic():
        store.db["evidence"].upsert(
            {
                "failure_id": failure_id, "log_excerpt": ev.log_excerpt,
                "failed_tests": dumps([t.to_dict() for t in ev.failed_tests]),
                "known_flaky": dumps(ev.known_flaky), "history": dumps(ev.history.to_dict()),
                "steps": dumps(ev.steps), "problems": dumps(ev.problems), "signal": ev.signal,
                "collected_at": iso(now), "tests_source": ev.tests_source or None,
            },
            pk="failure_id",
        )
        store.db["failures"].update(failure_id, {"fingerprint": ev.fingerprint,
                                                 "state": FailureState.COLLECTED.value})


def load_evidence(store: Store, failure_id: int) -> StoredEvidence | None:
    """A failure's stored evidence, decoded (None when there is none)."""
    row = next(iter(store.db.query("select * from evidence where failure_id = ?", [failure_id])), None)
    if row is None:
        return None
    frow = store.db["failures"].get(failure_id)
    return StoredEvidence(
        log_excerpt=row["log_excerpt"] or "",
        failed_tests=[FailedTest.from_dict(t) for t in loads(row["failed_tests"], [])],
        known_flaky=loads(row["known_flaky"], []),
        steps=loads(row["steps"], []),
        history=History.from_dict(loads(row["history"], {})),
        problems=loads(row["problems"], []),
        fingerprint=frow["fingerprint"] or "",
        signal=row["signal"] or "",
        tests_source=row.get("tests_source") or "",
    )


# --------------------------------------------------------------------------- verdicts


def record_verdict(store: Store, failure_id: int, verdict: NewVerdict, *, signature: str | None,
                   history: History, now: datetime) -> None:
    """Store a verdict, the failure's signature and state ``classified``, and the history it was
    judged with, in one transaction."""
    with store.atomic():
        store.db["verdicts"].insert(
            {
                "failure_id": failure_id, "verdict": verdict.verdict, "confidence": float(verdict.confidence),
                "category": verdict.category, "rationale": verdict.rationale,
                "evidence": dumps(verdict.evidence), "classifier": verdict.classifier,
                "offline_verdict": verdict.offline_verdict,
                "offline_confidence": float(verdict.offline_confidence),
                "llm_called": int(verdict.llm_called), "llm_error": verdict.llm_error,
                "prompt_tokens": verdict.prompt_tokens, "completion_tokens": verdict.completion_tokens,
                "created_at": iso(now),
            }
        )
        store.db["failures"].update(
            failure_id, {"state": FailureState.CLASSIFIED.value, "signature": signature})
        store.db["evidence"].update(failure_id, {"history": dumps(history.to_dict())})


def latest_verdict(store: Store, failure_id: int) -> VerdictRow | None:
    """A failure's latest verdict (a failure judged again keeps every verdict)."""
    return cast("VerdictRow | None", next(iter(store.db.query(
        "select * from verdicts where failure_id = ? order by id desc limit 1", [failure_id])), None))


def failure_with_verdict(store: Store, failure_id: int) -> FailureWithVerdict:
    """A failure with its latest verdict and its project's name (as the provider gave it)."""
    project = next(iter(store.db.query(
        "select name from projects where slug = (select project_slug from failures where id = ?)",
        [failure_id])), None)
    return FailureWithVerdict(failure=get_failure(store, failure_id), verdict=latest_verdict(store, failure_id),
                              project_name=project["name"] if project and project["name"] else None)


# --------------------------------------------------------------------------- flaky tests


def cached_flaky_tests(store: Store, slug: str) -> FlakyCache | None:
    """The project's cached flaky-test list (None when the project has no row)."""
    row = next(iter(store.db.query(
        "select flaky_fetched_at, flaky_tests from projects where slug = ?", [slug])), None)
    if row is None:
        return None
    return FlakyCache(fetched_at=parse(row["flaky_fetched_at"]) if row["flaky_fetched_at"] else None,
                      tests=loads(row["flaky_tests"], []))


def cache_flaky_tests(store: Store, slug: str, tests: Sequence[FlakyTestEntry], now: datetime) -> None:
    """Keep the project's flaky-test list (an empty one too: its absence costs one call per TTL).
    A project not watched yet gets an inactive row."""
    store.db["projects"].insert({"slug": slug, "active": 0}, ignore=True)
    store.db["projects"].update(slug, {"flaky_fetched_at": iso(now), "flaky_tests": dumps(list(tests))})


# --------------------------------------------------------------------------- history


def same_commit_runs(store: Store, *, project_slug: str, revision: str, workflow_name: str,
                     other_than: str) -> list[SameCommitRun]:
    """The other runs of a workflow on the same commit (their status says whether one passed)."""
    return cast(list[SameCommitRun], list(store.db.query(
        "select w.id, w.name, w.status, p.number from workflows w join pipelines p on p.id = w.pipeline_id "
        "where w.project_slug = ? and p.revision = ? and w.name = ? and w.id != ?",
        [project_slug, revision, workflow_name, other_than])))


# The outcome of a failure's latest rerun: one of ours (through its proposal), or else a person's
# rerun of the same workflow, which tells as much.
OUTCOME_OF_FAILURE = (
    "coalesce("
    "(select r.outcome from proposal_failures pf join reruns r on r.proposal_id = pf.proposal_id "
    " where pf.failure_id = f.id and r.outcome is not null order by r.sent_at desc limit 1), "
    "(select m.outcome from manual_reruns m where m.original_workflow_id = f.workflow_id "
    " and m.outcome is not null order by m.finished_at desc limit 1))"
)
_LATEST_VERDICT = "join verdicts v on v.id = (select max(id) from verdicts where failure_id = f.id)"


def counted_prior_failures(rows: list[PriorVerdictRow]) -> frozenset[int]:
    """The failures among ``prior_verdicts``' rows whose rerun outcome the fingerprint's history
    counts (passed, or failed the same way): the similar-failure search leaves these out, so that
    each is counted once, and keeps every other labelled twin."""
    return frozenset(int(r["failure_id"]) for r in rows
                     if r["outcome"] in (RerunOutcome.CONFIRMED, RerunOutcome.REFUTED))


def prior_verdicts(store: Store, fingerprint: str, *, other_than: int | None, limit: int = 5) -> list[PriorVerdictRow]:
    """The latest verdict of each of the newest earlier failures of a fingerprint, newest first,
    each with the outcome of a rerun of ours, or else of a person's rerun of the same workflow;
    plus the newest failure a rerun refuted, however old, when it is not among them (a rerun
    that failed the same way is never forgotten behind newer failures nobody reran)."""
    rows = cast(list[PriorVerdictRow], list(store.db.query(
        f"select f.id as failure_id, v.verdict, v.confidence, f.detected_at, {OUTCOME_OF_FAILURE} as outcome "
        f"from failures f {_LATEST_VERDICT} "
        "where f.fingerprint = ? and f.id != ? order by f.detected_at desc, f.id desc limit ?",
        [fingerprint, other_than or -1, limit],
    )))
    if any(r["outcome"] == "refuted" for r in rows):
        return rows
    # Driven by the refuted reruns (few), not the fingerprint's whole history (a chronic flaky
    # failure has thousands): ours through their proposals, a person's through the workflow.
    shown = [r["failure_id"] for r in rows] or [-1]
    marks = ",".join("?" for _ in shown)
    older = cast(list[PriorVerdictRow], list(store.db.query(
        f"select f.id as failure_id, v.verdict, v.confidence, f.detected_at, 'refuted' as outcome "
        f"from failures f {_LATEST_VERDICT} "
        f"where f.fingerprint = ? and f.id != ? and f.id not in ({marks}) and f.id in ("
        "select pf.failure_id from reruns r join proposal_failures pf on pf.proposal_id = r.proposal_id "
        "where r.outcome = 'refuted' union "
        "select f2.id from manual_reruns m join failures f2 on f2.workflow_id = m.original_workflow_id "
        "where m.outcome = 'refuted' and f2.fingerprint = ?) "
        "order by f.detected_at desc, f.id desc limit 1",
        [fingerprint, other_than or -1, *shown, fingerprint],
    )))
    return rows + older
