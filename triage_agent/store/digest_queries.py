"""The read queries of the digest, ``status`` and ``/metrics``: counts and lists over a window.

Read-only. Times are ISO UTC strings (as stored); a window is [start, end). Each function
returns typed rows; the digest, status and metrics shape them further.
"""

from __future__ import annotations

from typing import Any, NamedTuple

from .db import Store, loads
from .decision_queries import PROBE_FALLBACK_EVENT, PROBE_PERSON_EVENT
from .queue import PROJECT_LABEL

# The latest verdict of a failure: a failure may be classified again (after an error, say).
_LATEST_VERDICT = "left join verdicts v on v.id = (select max(id) from verdicts where failure_id = f.id)"


def _rows(store: Store, sql: str, params: Any = ()) -> list[dict[str, Any]]:
    return list(store.db.query(sql, list(params)))


def _count(store: Store, sql: str, params: Any = ()) -> int:
    return int(store.db.execute(sql, list(params)).fetchone()[0] or 0)


# --------------------------------------------------------------------------- failures


class FailureOfDay(NamedTuple):
    """A failure detected in the window, with its latest verdict."""

    id: int
    project_slug: str
    pipeline_number: int | None
    workflow_name: str
    job_name: str
    branch: str
    detected_at: str
    decision: str
    verdict: str | None
    confidence: float | None
    category: str


class ProposalOfFailure(NamedTuple):
    """The latest proposal covering a failure, and its rerun if one was sent."""

    proposal_id: int
    action: str | None
    status: str | None
    outcome: str | None
    rerun_status: str | None
    kind: str | None = None


class VerdictAt(NamedTuple):
    """When a failure was detected and its latest verdict (None: not judged yet)."""

    detected_at: str
    verdict: str | None


class FlakyHit(NamedTuple):
    """A failure's project, detection time and the known-flaky tests its evidence named."""

    project_slug: str
    detected_at: str
    known_flaky: list[Any]


class SetAside(NamedTuple):
    """A failure that kept raising while being handled (state ``error``)."""

    id: int
    project_slug: str | None
    job_name: str | None
    job_number: int | None
    error: str | None


def failures_detected(store: Store, start: str, end: str) -> list[FailureOfDay]:
    """Failures detected in [start, end), oldest first, with their latest verdict."""
    return [
        FailureOfDay(id=r["id"], project_slug=r["project_slug"] or "", pipeline_number=r["pipeline_number"],
                     workflow_name=r["workflow_name"] or "", job_name=r["job_name"] or "",
                     branch=r["branch"] or "", detected_at=r["detected_at"], decision=r["decision"] or "",
                     verdict=r["verdict"], confidence=r["confidence"], category=r["category"] or "")
        for r in _rows(store, f"""
        select f.id, f.project_slug, f.pipeline_number, f.workflow_name, f.job_name, f.branch,
               f.detected_at, f.decision, v.verdict, v.confidence, v.category
        from failures f {_LATEST_VERDICT}
        where f.detected_at >= ? and f.detected_at < ?
        order by f.detected_at, f.id""", [start, end])
    ]


def latest_proposals_of_failures(store: Store, start: str, end: str) -> dict[int, ProposalOfFailure]:
    """failure id -> the latest proposal covering it, for failures detected in [start, end)."""
    # proposal_failures lists every failure of a grouped proposal, and proposals.failure_id
    # still links a proposal that has no such row.
    latest: dict[int, ProposalOfFailure] = {}
    for p in _rows(store, """
        with links(proposal_id, failure_id) as (
            select proposal_id, failure_id from proposal_failures
            union select id, failure_id from proposals where failure_id is not null)
        select l.failure_id, p.id, p.action, p.status, r.outcome, r.status as rerun_status, p.kind
        from links l join failures f on f.id = l.failure_id
        join proposals p on p.id = l.proposal_id
        left join reruns r on r.proposal_id = p.id
        where f.detected_at >= ? and f.detected_at < ?
        order by p.id""", [start, end]):
        latest[p["failure_id"]] = ProposalOfFailure(p["id"], p["action"], p["status"], p["outcome"],
                                                    p["rerun_status"], p["kind"])
    return latest


def verdicts_detected(store: Store, start: str, end: str) -> list[VerdictAt]:
    """(detected_at, latest verdict) of every failure detected in [start, end)."""
    return [VerdictAt(r["detected_at"], r["verdict"]) for r in _rows(store, f"""
        select f.detected_at, v.verdict from failures f {_LATEST_VERDICT}
        where f.detected_at >= ? and f.detected_at < ?""", [start, end])]


def flaky_hits(store: Store, start: str, end: str) -> list[FlakyHit]:
    """Failures detected in [start, end) that have evidence, with the flaky tests it named."""
    return [FlakyHit(r["project_slug"], r["detected_at"], loads(r["known_flaky"], []) or [])
            for r in _rows(store, """
        select f.project_slug, f.detected_at, e.known_flaky
        from failures f join evidence e on e.failure_id = f.id
        where f.detected_at >= ? and f.detected_at < ?""", [start, end])]


def failures_set_aside(store: Store, limit: int = 20) -> list[SetAside]:
    """The most recent failures left in state ``error``, newest first."""
    return [SetAside(r["id"], r["project_slug"], r["job_name"], r["job_number"], r["last_error"])
            for r in _rows(store, "select id, project_slug, job_name, job_number, last_error from failures "
                                  "where state = 'error' order by id desc limit ?", [limit])]


def failure_state_counts(store: Store) -> list[tuple[str, int]]:
    """(state, count) of every failure recorded, by state."""
    return [(r[0] or "", r[1]) for r in store.db.execute(
        "select state, count(*) from failures group by state order by state").fetchall()]


def verdict_counts(store: Store) -> list[tuple[str, str, int]]:
    """(verdict, classifier, count) of every verdict given."""
    return [(r[0] or "", r[1], r[2]) for r in store.db.execute(
        "select verdict, coalesce(classifier, ''), count(*) from verdicts group by 1, 2 order by 1, 2").fetchall()]


# --------------------------------------------------------------------------- the queue


class CreatedCount(NamedTuple):
    """Proposals of one project, action and kind created in a window."""

    project_slug: str
    action: str | None
    n: int
    kind: str | None = None


class QueueMoves(NamedTuple):
    """Proposals of one project that reached ``to_status`` in a window (``auto``: auto-approved)."""

    project_slug: str
    to_status: str
    n: int
    auto: int


class PendingProposal(NamedTuple):
    """A proposal waiting for a person, its columns as stored (NULLs kept)."""

    id: int
    project_slug: str | None
    action: str | None
    kind: str | None
    verdict: str | None
    confidence: float | None
    summary: str | None
    created_at: str
    expires_at: str | None


def proposals_created(store: Store, start: str, end: str) -> list[CreatedCount]:
    """Proposals created in [start, end), by project, action and kind."""
    return [CreatedCount(r["project_slug"] or "", r["action"], r["n"], r["kind"]) for r in _rows(store, f"""
        select {PROJECT_LABEL} as project_slug, action, kind, count(*) as n from proposals p
        where created_at >= ? and created_at < ? group by 1, action, kind""", [start, end])]


def queue_moves(store: Store, start: str, end: str) -> list[QueueMoves]:
    """Moves to approved, rejected, expired, executed or failed recorded in the audit log in [start, end)."""
    # executing -> approved is the executor handing back a rerun it never sent, not a
    # person's approval; pending/failed -> approved is.
    return [QueueMoves(r["project_slug"] or "", r["to_status"], r["n"], r["auto"]) for r in _rows(store, f"""
        select {PROJECT_LABEL} as project_slug, a.to_status, count(distinct a.proposal_id) as n,
               count(distinct case when p.auto_approved = 1 then a.proposal_id end) as auto
        from audit_log a join proposals p on p.id = a.proposal_id
        where a.at >= ? and a.at < ?
          and a.to_status in ('approved', 'rejected', 'expired', 'executed', 'failed')
          and (a.to_status != 'approved' or coalesce(a.from_status, 'pending') in ('pending', 'failed'))
        group by 1, a.to_status""", [start, end])]


def pending_proposals(store: Store) -> list[PendingProposal]:
    """Every proposal waiting for a person, oldest first."""
    return [
        PendingProposal(id=r["id"], project_slug=r["project_slug"], action=r["action"], kind=r["kind"],
                        verdict=r["verdict"], confidence=r["confidence"], summary=r["summary"],
                        created_at=r["created_at"], expires_at=r["expires_at"])
        for r in _rows(store, f"select p.*, {PROJECT_LABEL} as project_slug from proposals p "
                       "where status = 'pending' order by created_at, id")
    ]


def count_proposals(store: Store, status: str) -> int:
    """How many proposals are in ``status``."""
    return _count(store, "select count(*) from proposals where status = ?", [status])


def proposal_counts(store: Store) -> list[tuple[str, str, int]]:
    """(action, status, count) of every proposal."""
    return [tuple(r) for r in store.db.execute(  # type: ignore[misc]
        "select action, status, count(*) from proposals group by 1, 2 order by 1, 2").fetchall()]


def oldest_pending(store: Store) -> tuple[int, str | None]:
    """(number of pending proposals, created_at of the oldest)."""
    row = store.db.execute("select count(*), min(created_at) from proposals where status = 'pending'").fetchone()
    return int(row[0]), row[1]


# --------------------------------------------------------------------------- reruns and reports


class RerunSent(NamedTuple):
    """A rerun sent in a window, with its proposal's context."""

    proposal_id: int
    project_slug: str
    workflow_name: str
    sent_at: str
    finished_at: str | None
    status: str | None
    outcome: str | None
    verdict_confidence: float | None
    pipeline_number: int | None
    branch: str
    verdict: str | None
    confidence: float | None
    kind: str | None = None  # the proposal's kind: rerun, or probe (policy.probe_reruns)


class RerunResult(NamedTuple):
    """Where a rerun stands: its outcome once settled, its status meanwhile."""

    outcome: str | None
    status: str | None


class ReportFiled(NamedTuple):
    """A report filed in a window."""

    id: int
    project_slug: str
    title: str
    occurrences: int
    created_at: str


def reruns_sent(store: Store, start: str, end: str) -> list[RerunSent]:
    """Reruns sent in [start, end), in the order they were sent."""
    return [
        RerunSent(proposal_id=r["proposal_id"], project_slug=r["project_slug"] or "",
                  workflow_name=r["workflow_name"] or "", sent_at=r["sent_at"], finished_at=r["finished_at"],
                  status=r["status"], outcome=r["outcome"], verdict_confidence=r["verdict_confidence"],
                  pipeline_number=r["pipeline_number"], branch=r["branch"] or "", verdict=r["verdict"],
                  confidence=r["confidence"], kind=r["kind"])
        for r in _rows(store, """
            select r.proposal_id, r.project_slug, r.workflow_name, r.sent_at, r.finished_at,
                   r.status, r.outcome, r.verdict_confidence,
                   p.pipeline_number, p.branch, p.verdict, p.confidence, p.kind
            from reruns r left join proposals p on p.id = r.proposal_id
            where r.sent_at >= ? and r.sent_at < ?
            order by r.sent_at, r.proposal_id""", [start, end])
    ]


def transient_rerun_results(store: Store, start: str, end: str) -> list[RerunResult]:
    """Where the reruns of transient verdicts sent in [start, end) stand now (never a probe's: it measures a
    real verdict, and is counted apart, ``probe_counts``)."""
    return [RerunResult(r["outcome"], r["status"]) for r in _rows(store, """
        select r.outcome, r.status from reruns r join proposals p on p.id = r.proposal_id
        where p.verdict = 'transient' and coalesce(p.kind, '') != 'probe'
          and r.sent_at >= ? and r.sent_at < ?""", [start, end])]


def rerun_outcome_counts(store: Store, *, probes: bool = False) -> list[tuple[str, int]]:
    """(outcome, count) of every rerun sent, probes apart (``probes``: only theirs); ``pending`` while not
    settled."""
    return [(r[0], r[1]) for r in store.db.execute(
        "select coalesce(nullif(r.outcome, ''), 'pending'), count(*) from reruns r "
        "left join proposals p on p.id = r.proposal_id where (coalesce(p.kind, '') = 'probe') = ? "
        "group by 1 order by 1", [int(probes)]).fetchall()]


class ProbeCounts(NamedTuple):
    """Probes (policy.probe_reruns) in a window: proposed; passed (a flaky test found: the probe's rerun passed, or
    a person's own rerun of its workflow did while it waited); failed the same way (the report proposed); fallen
    back to the report (rejected, expired or unmeasured); pending and running now."""

    proposed: int = 0
    passed: int = 0
    refuted: int = 0
    fallen_back: int = 0
    pending: int = 0
    running: int = 0

    @property
    def any(self) -> bool:
        """Something happened to a probe in the window (pending and running ones aside)."""
        return bool(self.proposed or self.passed or self.refuted or self.fallen_back)


def probe_counts(store: Store, start: str = "", end: str = "~") -> ProbeCounts:
    """What became of the probes in [start, end): proposed then, settled then, fallen back then; with the probes
    pending and running now. The defaults cover all time."""
    def count(sql: str, params: list[Any]) -> int:
        return _count(store, sql, params)

    return ProbeCounts(
        proposed=count("select count(*) from proposals where kind = 'probe' and created_at >= ? and created_at < ?",
                       [start, end]),
        passed=count("select count(*) from reruns r join proposals p on p.id = r.proposal_id where p.kind = 'probe' "
                     "and r.outcome = 'confirmed' and r.finished_at >= ? and r.finished_at < ?", [start, end])
        + count("select count(distinct a.proposal_id) from audit_log a where a.event = ? and a.at >= ? and a.at < ?",
                [PROBE_PERSON_EVENT, start, end]),
        refuted=count("select count(*) from reruns r join proposals p on p.id = r.proposal_id where p.kind = 'probe' "
                      "and r.outcome = 'refuted' and r.finished_at >= ? and r.finished_at < ?", [start, end]),
        fallen_back=count("select count(distinct a.proposal_id) from audit_log a where a.event = ? "
                          "and a.at >= ? and a.at < ?", [PROBE_FALLBACK_EVENT, start, end]),
        pending=count("select count(*) from proposals where kind = 'probe' and status = 'pending'", []),
        running=count("select count(*) from reruns r join proposals p on p.id = r.proposal_id "
                      "where p.kind = 'probe' and r.status = 'running'", []),
    )


def count_reruns(store: Store, status: str) -> int:
    """How many reruns are in ``status`` (``running``: sent, not settled)."""
    return _count(store, "select count(*) from reruns where status = ?", [status])


def reports_filed(store: Store, start: str, end: str) -> list[ReportFiled]:
    """Reports filed in [start, end), oldest first."""
    return [ReportFiled(r["id"], r["project_slug"] or "", r["title"] or "", int(r["occurrences"] or 0),
                        r["created_at"])
            for r in _rows(store, """
            select id, project_slug, title, occurrences, created_at from reports
            where created_at >= ? and created_at < ? order by created_at, id""", [start, end])]


def recurring_reports(store: Store, start: str, end: str) -> tuple[int, int]:
    """Reports filed before ``start`` that gained occurrences in [start, end): (reports, occurrences)."""
    row = _rows(store, """
        select count(distinct o.report_id) as reports, count(*) as occurrences
        from report_occurrences o join reports r on r.id = o.report_id
        where o.at >= ? and o.at < ? and r.created_at < ?""", [start, end, start])[0]
    return int(row["reports"] or 0), int(row["occurrences"] or 0)


# --------------------------------------------------------------------------- projects


class ProjectFlaky(NamedTuple):
    """A project's cached Insights flaky-test list."""

    slug: str
    active: int | None
    flaky_tests: list[Any]
    flaky_fetched_at: str | None


def projects_with_flaky_tests(store: Store) -> list[ProjectFlaky]:
    """Projects whose cached flaky-test list is not empty."""
    return [ProjectFlaky(p["slug"], p["active"], loads(p["flaky_tests"], []) or [], p["flaky_fetched_at"])
            for p in _rows(store, """
        select slug, active, flaky_tests, flaky_fetched_at from projects
        where flaky_tests is not null and flaky_tests not in ('', '[]')""")]


def count_active_projects(store: Store) -> int:
    """How many projects are watched."""
    return _count(store, "select count(*) from projects where active = 1")
