"""The approval queue in the store: proposals, the failures behind them, and the audit log.

    pending  --approve-->  approved  --execute-->  executing  --ok-->        executed
       |        <--no approval    |                       |--definite error-->  failed --approve--> approved
       |           on record--    |                       +--reconciled, never sent--> approved
       +--reject/expire           +--reject/expire

(The transition table is ``core.states.TRANSITIONS``.) Every transition is one transaction: a
compare-and-set UPDATE of the status plus its ``audit_log`` row, so two processes (the daemon
and a person at the CLI) cannot both move the same proposal, and no move is ever unrecorded.

An ``executing`` proposal is leased: the executor that moved it there (``lease_owner``) holds
it until ``lease_until``, renews the lease before every attempt to send (``renew_lease``), and
sends nothing once the lease is no longer its own. Nobody else touches an executing proposal
while its lease runs, and expiry only ever moves pending and approved proposals. Whether a
lease owner is still alive is the executor's question (``pipeline.execute``), not the store's.

Rows cross this boundary as TypedDicts (``ProposalRow``, ``ProposalFailureRow``, ``AuditRow``):
they are the stored columns, so callers index them as before and a type checker knows the keys.

A proposal about several projects (an incident report) keeps them in ``proposal_projects``,
one row each, and NULL in ``proposals.project_slug``; ``ProposalRow["projects"]`` lists the
projects of every proposal, and ``project_slug`` reads back as the comma-joined label (what
``approvals list --json`` and the digest always showed), built here and in ``PROJECT_LABEL``.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping, Sequence
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any, TypedDict, cast

from ..core.states import (
    APPROVED,
    EXECUTED,
    EXECUTING,
    EXPIRED,
    FAILED,
    OPEN_STATUSES,
    PENDING,
    REJECTED,
    TRANSITIONS,
    Action,
    ProposalKind,
    ProposalStatus,
)
from ..errors import ApprovalError, LeaseLost
from ..timeutil import iso
from .db import Store, dumps, loads
from .evidence import FailureRow

if TYPE_CHECKING:  # the draft is read by attribute only: no import of the policy at run time
    from ..policy.decide import ProposalDraft

log = logging.getLogger(__name__)

STATUSES: tuple[str, ...] = tuple(ProposalStatus)

SYSTEM_ACTOR = "triage-agent"
AUTO_ACTOR = "auto-approve-policy"

# The keys of ``approvals list --json`` (DESIGN.md); extra keys follow them.
LIST_KEYS: tuple[str, ...] = (
    "id", "action", "status", "project_slug", "workflow_id", "pipeline_number", "verdict",
    "confidence", "summary", "created_at",
)
_EXTRA_KEYS: tuple[str, ...] = (
    "kind", "workflow_name", "job_name", "job_number", "branch", "category", "fingerprint",
    "auto_approved", "decided_by", "decided_at", "updated_at", "error",
)
# Verbs of the human-facing error message, by target status.
_VERBS = {APPROVED: "approved", REJECTED: "rejected", EXPIRED: "expired",
          EXECUTING: "executed", EXECUTED: "marked executed", FAILED: "marked failed"}

# A proposal's project label in SQL over ``proposals p``: its one project, or its projects
# comma-joined in name order (an incident), as the queue has always shown it.
PROJECT_LABEL = (
    "coalesce(p.project_slug, (select group_concat(project_slug, ',') from "
    "(select project_slug from proposal_projects where proposal_id = p.id order by project_slug)))"
)


# --------------------------------------------------------------------------- rows


class ProposalRow(TypedDict):
    """One proposal as stored (``result`` is JSON text), with the projects it is about."""

    id: int
    failure_id: int | None
    action: str
    kind: str | None
    status: str
    project_slug: str | None  # its project, or the comma-joined label of several
    projects: list[str]  # every project it is about (one, or several for an incident)
    pipeline_id: str | None
    pipeline_number: int | None
    workflow_id: str | None
    workflow_name: str | None
    job_number: int | None
    job_name: str | None
    branch: str | None
    revision: str | None
    verdict: str | None
    confidence: float | None
    category: str | None
    fingerprint: str | None
    summary: str | None
    reason: str | None
    created_at: str | None
    updated_at: str | None
    expires_at: str | None
    decided_by: str | None
    decided_at: str | None
    decision_reason: str | None
    auto_approved: int
    executing_at: str | None
    executed_at: str | None
    result: str | None
    error: str | None
    attempts: int
    lease_owner: str | None
    lease_until: str | None


class ProposalListItem(TypedDict):
    """One entry of ``approvals list --json`` (the DESIGN.md keys, then the extra ones)."""

    id: int
    action: str
    status: str
    project_slug: str | None
    workflow_id: str | None
    pipeline_number: int | None
    verdict: str | None
    confidence: float
    summary: str | None
    created_at: str | None
    kind: str | None
    workflow_name: str | None
    job_name: str | None
    job_number: int | None
    branch: str | None
    category: str | None
    fingerprint: str | None
    auto_approved: bool
    decided_by: str | None
    decided_at: str | None
    updated_at: str | None
    error: str | None
    projects: list[str]


class ProposalFailureRow(FailureRow):
    """A failure behind a proposal: its columns, its evidence and its latest verdict (JSON decoded)."""

    log_excerpt: str | None
    failed_tests: list[Any]
    known_flaky: list[Any]
    history: str | None  # JSON text of core.models.History
    steps: str | None
    problems: str | None
    verdict: str | None
    confidence: float | None
    verdict_category: str | None
    rationale: str | None
    verdict_evidence: list[Any]
    classifier: str | None


class AuditRow(TypedDict):
    """One audit-log row (``detail`` decoded)."""

    id: int
    at: str
    proposal_id: int | None
    actor: str
    event: str
    from_status: str | None
    to_status: str | None
    detail: dict[str, Any]
    uid: int | None


# --------------------------------------------------------------------------- reads


def _projects_of(store: Store, ids: Sequence[int]) -> dict[int, list[str]]:
    """The projects kept in ``proposal_projects`` for these proposals (name order)."""
    if not ids:
        return {}
    out: dict[int, list[str]] = {}
    marks = ", ".join("?" for _ in ids)
    for r in store.db.query(f"select proposal_id, project_slug from proposal_projects "
                            f"where proposal_id in ({marks}) order by proposal_id, project_slug",
                            [int(i) for i in ids]):
        out.setdefault(int(r["proposal_id"]), []).append(r["project_slug"])
    return out


def _proposal_rows(store: Store, where: str = "", params: Sequence[Any] = ()) -> list[ProposalRow]:
    rows = list(store.db.query(f"select * from proposals {where} order by id", list(params)))
    several = _projects_of(store, [r["id"] for r in rows if r.get("project_slug") is None])
    for row in rows:
        projects = several.get(row["id"])
        if projects:
            row["projects"] = projects
            row["project_slug"] = ",".join(projects)
        else:
            row["projects"] = [row["project_slug"]] if row.get("project_slug") else []
    return cast(list[ProposalRow], rows)


def get(store: Store, proposal_id: int) -> ProposalRow:
    """The proposal, or ApprovalError if there is none."""
    rows = _proposal_rows(store, "where id = ?", [int(proposal_id)])
    if not rows:
        raise ApprovalError(f"proposal {proposal_id} does not exist")
    return rows[0]


def with_status(store: Store, *statuses: str) -> list[ProposalRow]:
    """Every proposal in one of ``statuses``, oldest first."""
    marks = ", ".join("?" for _ in statuses)
    return _proposal_rows(store, f"where status in ({marks})", list(statuses))


def list_proposals(store: Store, status: str | None = None) -> list[ProposalListItem]:
    """The queue in the ``approvals list --json`` shape, oldest first."""
    if status is not None and status not in STATUSES:
        raise ApprovalError(f"unknown status {status!r} (one of {', '.join(STATUSES)})")
    rows = with_status(store, status) if status else _proposal_rows(store)
    out = []
    for row in rows:
        item: dict[str, Any] = {k: row.get(k) for k in LIST_KEYS + _EXTRA_KEYS}
        item["confidence"] = round(float(row.get("confidence") or 0.0), 3)
        item["auto_approved"] = bool(row.get("auto_approved"))
        item["projects"] = row["projects"]
        out.append(cast(ProposalListItem, item))
    return out


def counts_by_status(store: Store) -> dict[str, int]:
    """How many proposals are in each status (every status present, zero included)."""
    counts = dict.fromkeys(STATUSES, 0)
    for row in store.db.query("select status, count(*) as n from proposals group by status"):
        counts[row["status"]] = int(row["n"])
    return counts


def proposal_failures(store: Store, proposal_id: int) -> list[ProposalFailureRow]:
    """The failures behind a proposal, each with its evidence and latest verdict (JSON decoded)."""
    rows = list(
        store.db.query(
            """
            select f.*, e.log_excerpt, e.failed_tests, e.known_flaky, e.history, e.steps,
                   e.problems,
                   v.verdict, v.confidence, v.category as verdict_category, v.rationale,
                   v.evidence as verdict_evidence, v.classifier
            from proposal_failures pf
            join failures f on f.id = pf.failure_id
            left join evidence e on e.failure_id = f.id
            left join verdicts v on v.id = (
                select id from verdicts where failure_id = f.id order by id desc limit 1)
            where pf.proposal_id = ?
            order by f.job_name, f.job_number, f.id
            """,
            [int(proposal_id)],
        )
    )
    for row in rows:
        row["failed_tests"] = loads(row.get("failed_tests"), []) or []
        row["known_flaky"] = loads(row.get("known_flaky"), []) or []
        row["verdict_evidence"] = loads(row.get("verdict_evidence"), []) or []
    return cast(list[ProposalFailureRow], rows)


def proposal_fingerprints(store: Store, proposal_id: int) -> set[str]:
    """Fingerprints of the failures a proposal was made for."""
    return {r["fingerprint"] for r in store.db.query(
        "select f.fingerprint from proposal_failures pf join failures f on f.id = pf.failure_id "
        "where pf.proposal_id = ? and f.fingerprint is not null", [int(proposal_id)])}


def commit_subject(store: Store, pipeline_id: str | None) -> str:
    """The subject of the commit a proposal's pipeline built (for the reviewer's screen), or ""."""
    row = store.db.execute("select commit_subject from pipelines where id = ?", [pipeline_id]).fetchone()
    return (row[0] or "") if row else ""


def audit_trail(store: Store, proposal_id: int) -> list[AuditRow]:
    """The audit rows of one proposal, oldest first, detail decoded."""
    rows = list(store.db.query(
        "select * from audit_log where proposal_id = ? order by id", [int(proposal_id)]))
    for row in rows:
        row["detail"] = loads(row.get("detail"), {}) or {}
    return cast(list[AuditRow], rows)


# --------------------------------------------------------------------------- transitions


def _invalid(proposal_id: int, status: str, to: str,
             allowed_from: set[str] | None = None) -> ApprovalError:
    sources = [s for s in STATUSES if to in TRANSITIONS[ProposalStatus(s)]
               and (allowed_from is None or s in allowed_from)]
    if to == APPROVED and allowed_from is not None:
        sources.append(APPROVED)  # a person approving an approved proposal is a no-op
    if not sources:
        return ApprovalError(f"proposal {proposal_id} is {status}; no proposal can become {to}")
    allowed = ", ".join(sources[:-1]) + f" or {sources[-1]}" if len(sources) > 1 else sources[0]
    return ApprovalError(
        f"proposal {proposal_id} is {status}; only {allowed} proposals can be {_VERBS.get(to, to)}"
    )


def transition(store: Store, proposal_id: int, to: str, *, actor: str, now: datetime,
               reason: str | None = None, event: str | None = None,
               fields: Mapping[str, Any] | None = None,
               expect: Iterable[str] | None = None, owner: str | None = None,
               lease_over_at: datetime | None = None, dead_owner: str | None = None) -> ProposalRow:
    """Move a proposal to ``to`` (with extra column ``fields``) and write its audit row, atomically.

    With ``owner``, the move happens only while that executor still holds the proposal's lease;
    with ``lease_over_at``, only if no lease runs past that time (nobody may still be sending),
    or the lease is held by ``dead_owner``, a process known to have died.
    """
    row = get(store, proposal_id)
    current = row["status"]
    allowed_from = set(expect) if expect is not None else None
    if to not in TRANSITIONS.get(ProposalStatus(current), frozenset()) or (
        allowed_from is not None and current not in allowed_from
    ):
        raise _invalid(proposal_id, current, to, allowed_from)
    values = {"status": to, "updated_at": iso(now), **dict(fields or {})}
    if current == EXECUTING and to != EXECUTING:
        values.setdefault("lease_owner", None)
        values.setdefault("lease_until", None)
    assignments = ", ".join(f"[{k}] = ?" for k in values)
    where, params = "id = ? and status = ?", [int(proposal_id), current]
    if owner is not None:
        where += " and lease_owner = ?"
        params.append(owner)
    if lease_over_at is not None:
        where += " and (lease_until is null or lease_until <= ? or lease_owner = ?)"
        params.extend([iso(lease_over_at), dead_owner or ""])
    with store.atomic():
        # Compare-and-set: another process may have moved it since we read it.
        cursor = store.db.execute(f"update proposals set {assignments} where {where}",
                                  [*values.values(), *params])
        if cursor.rowcount != 1:
            now_row = get(store, proposal_id)
            if (owner is not None or lease_over_at is not None) and now_row["status"] == current:
                raise LeaseLost(f"proposal {proposal_id} is held by another executor now")
            raise ApprovalError(
                f"proposal {proposal_id} changed to {now_row['status']} while moving it to {to}; try again"
            )
        store.audit(
            now=now, actor=actor, event=event or to, proposal_id=int(proposal_id),
            from_status=current, to_status=to, detail={"reason": reason} if reason else None,
        )
    log.info("proposal %s: %s -> %s by %s%s", proposal_id, current, to, actor,
             f" ({reason})" if reason else "")
    return get(store, proposal_id)


def approve(store: Store, proposal_id: int, actor: str, now: datetime,
            reason: str | None = None) -> ProposalRow:
    """A person approves a pending (or failed, to retry) proposal; approving an approved one is a no-op."""
    row = get(store, proposal_id)
    if row["status"] == APPROVED:
        return row
    # executing -> approved belongs to reconciliation alone: a person moving it could make
    # the executor send a rerun that already reached CircleCI.
    return transition(
        store, proposal_id, APPROVED, actor=actor, now=now, reason=reason, event="approve",
        expect=(PENDING, FAILED),
        fields={"decided_by": actor, "decided_at": iso(now), "decision_reason": reason,
                "error": None},
    )


def reject(store: Store, proposal_id: int, actor: str, now: datetime,
           reason: str | None) -> ProposalRow:
    """A person rejects a pending or approved proposal, with a reason."""
    return transition(
        store, proposal_id, REJECTED, actor=actor, now=now, reason=reason, event="reject",
        expect=(PENDING, APPROVED),
        fields={"decided_by": actor, "decided_at": iso(now), "decision_reason": reason},
    )


def expire(store: Store, proposal_id: int, now: datetime, reason: str, *,
           actor: str = SYSTEM_ACTOR) -> ProposalRow:
    """The system expires a pending or approved proposal that no longer makes sense, saying why."""
    return transition(store, proposal_id, EXPIRED, actor=actor, now=now, reason=reason,
                      event="expire", fields={"decision_reason": reason}, expect=(PENDING, APPROVED))


# --------------------------------------------------------------------------- approval on record


def approval_missing(store: Store, proposal_id: int) -> str | None:
    """Why an approved proposal's approval is not on record in the audit log, or None if it is.

    On record means: an ``approve`` row (a person, or the auto-approve policy except for a probe) moved it to
    approved, no later row took that back (a failure needs a new approval), and the latest
    row leaves it approved, so the status was not changed behind the log's back.
    """
    approved, last_to = False, None
    kind = store.db.execute("select kind from proposals where id = ?", [int(proposal_id)]).fetchone()
    # A probe needs a person's approval: the auto-approve policy never approves one.
    probe = bool(kind) and kind[0] == ProposalKind.PROBE
    for row in store.db.query("select event, to_status, actor from audit_log where proposal_id = ? order by id",
                              [int(proposal_id)]):
        if row["event"] == "approve" and row["to_status"] == APPROVED and not (probe and row["actor"] == AUTO_ACTOR):
            approved = True
        elif row["to_status"] in (PENDING, FAILED, REJECTED, EXPIRED, EXECUTED):
            approved = False
        last_to = row["to_status"]
    if not approved:
        return "no approval of it is on record in the audit log"
    if last_to != APPROVED:
        return f"the audit log last left it {last_to or 'nowhere'}, not approved"
    return None


def unapprove(store: Store, proposal_id: int, now: datetime, reason: str) -> ProposalRow:
    """Send an approved proposal with no approval on record back to pending, for a person to decide."""
    return transition(store, proposal_id, PENDING, actor=SYSTEM_ACTOR, now=now, reason=reason,
                      event="unapproved", expect=(APPROVED,),
                      fields={"decided_by": None, "decided_at": None, "auto_approved": 0})


# --------------------------------------------------------------------------- the execution lease


def renew_lease(store: Store, proposal_id: int, owner: str, until: datetime) -> bool:
    """Extend ``owner``'s lease on an executing proposal; False if it is no longer theirs."""
    cursor = store.db.execute(
        "update proposals set lease_until = ? where id = ? and status = ? and lease_owner = ?",
        [iso(until), int(proposal_id), EXECUTING, owner])
    return cursor.rowcount == 1


def release_lease(store: Store, proposal_id: int, owner: str, *, error: str | None = None) -> bool:
    """``owner`` is done with an executing proposal it could not settle (reconciliation may now),
    noting ``error`` if given; False if the lease was no longer theirs."""
    if error is None:
        cursor = store.db.execute("update proposals set lease_owner = NULL, lease_until = NULL "
                                  "where id = ? and status = ? and lease_owner = ?",
                                  [int(proposal_id), EXECUTING, owner])
    else:
        cursor = store.db.execute("update proposals set error = ?, lease_owner = NULL, lease_until = NULL "
                                  "where id = ? and status = ? and lease_owner = ?",
                                  [error, int(proposal_id), EXECUTING, owner])
    return cursor.rowcount == 1


def save_result(store: Store, proposal_id: int, result: Mapping[str, Any]) -> None:
    """Keep an execution's progress on the proposal (its ``result`` JSON) without moving it."""
    store.db["proposals"].update(int(proposal_id), {"result": dumps(dict(result))})


# --------------------------------------------------------------------------- enqueue


def _open_duplicate(store: Store, draft: ProposalDraft) -> int | None:
    """An open proposal doing the same thing (a belt to decide's braces after a crash)."""
    placeholders = ", ".join("?" for _ in OPEN_STATUSES)
    if draft.action == Action.RERUN:
        sql = (f"select id from proposals where action = ? and workflow_id = ? "
               f"and status in ({placeholders}) order by id limit 1")
        params = [Action.RERUN, draft.workflow_id, *sorted(OPEN_STATUSES)]
    elif draft.fingerprint:
        sql = (f"select id from proposals where action = ? and fingerprint = ? "
               f"and status in ({placeholders}) order by id limit 1")
        params = [Action.REPORT, draft.fingerprint, *sorted(OPEN_STATUSES)]
    else:
        return None
    rows = list(store.db.query(sql, params))
    return int(rows[0]["id"]) if rows else None


def enqueue(store: Store, draft: ProposalDraft, now: datetime, *,
            ttl_hours: float | None = None) -> int:
    """Store a draft as a pending proposal (approved at once if the policy auto-approved it); return its id."""
    if draft.action not in tuple(Action):
        raise ApprovalError(f"unknown action {draft.action!r}")
    stamp = iso(now)
    projects = list(dict.fromkeys(draft.projects))
    with store.atomic():
        existing = _open_duplicate(store, draft)
        if existing is not None:
            log.info("proposal %s already covers %s %s; not enqueued again", existing,
                     draft.action, draft.workflow_id or draft.fingerprint)
            return existing
        # A probe is never auto-approved: a person chooses to spend a rerun measuring a failure read as real.
        status = (APPROVED if draft.auto_approve and draft.action == Action.RERUN
                  and draft.kind != ProposalKind.PROBE else PENDING)
        row = {
            "failure_id": draft.failure_ids[0] if draft.failure_ids else None,
            "action": draft.action, "kind": draft.kind, "status": PENDING,
            "project_slug": None if projects else draft.project_slug,
            "pipeline_id": draft.pipeline_id,
            "pipeline_number": draft.pipeline_number, "workflow_id": draft.workflow_id,
            "workflow_name": draft.workflow_name, "job_number": draft.job_number,
            "job_name": draft.job_name, "branch": draft.branch, "revision": draft.revision,
            "verdict": draft.verdict, "confidence": float(draft.confidence),
            "category": draft.category, "fingerprint": draft.fingerprint,
            "summary": draft.summary, "reason": draft.reason, "created_at": stamp,
            "updated_at": stamp, "attempts": 0, "auto_approved": 0,
            "expires_at": iso(now + timedelta(hours=ttl_hours)) if ttl_hours else None,
        }
        proposal_id = int(store.db["proposals"].insert(row).last_pk)
        for slug in projects:
            store.db["proposal_projects"].insert(
                {"proposal_id": proposal_id, "project_slug": slug}, ignore=True)
        for failure_id in dict.fromkeys(draft.failure_ids):
            store.db["proposal_failures"].insert(
                {"proposal_id": proposal_id, "failure_id": int(failure_id)}, ignore=True
            )
        store.audit(now=now, actor=SYSTEM_ACTOR, event="propose", proposal_id=proposal_id,
                    from_status=None, to_status=PENDING, detail={"reason": draft.reason})
        if status == APPROVED:
            reason = "auto-approved by policy.auto_approve_reruns"
            store.db["proposals"].update(
                proposal_id,
                {"status": APPROVED, "auto_approved": 1, "decided_by": AUTO_ACTOR,
                 "decided_at": stamp, "decision_reason": reason},
            )
            store.audit(now=now, actor=AUTO_ACTOR, event="approve", proposal_id=proposal_id,
                        from_status=PENDING, to_status=APPROVED, detail={"reason": reason})
    log.info("proposal %s enqueued (%s, %s): %s", proposal_id, draft.action, status, draft.summary)
    return proposal_id

