"""The durable approval queue over the ``proposals`` table: a state machine with an audit row per move.

    pending  --approve-->  approved  --execute-->  executing  --ok-->        executed
       |        <--no approval    |                       |--definite error-->  failed --approve--> approved
       |           on record--    |                       +--reconciled, never sent--> approved
       +--reject/expire           +--reject/expire

Every transition is one transaction: a compare-and-set UPDATE of the status plus its
``audit_log`` row, so two processes (the daemon and a person at the CLI) cannot both move
the same proposal, and no move is ever unrecorded.

An ``executing`` proposal is leased: the executor that moved it there (``lease_owner``) holds
it until ``lease_until``, renews the lease before every attempt to send, and sends nothing
once the lease is no longer its own. Nobody else touches an executing proposal while its
lease runs, and expiry only ever moves pending and approved proposals.
"""

from __future__ import annotations

import logging
import os
import pwd
import socket
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import datetime, timedelta
from typing import Any

from .config import PolicySettings
from .core.ci import WorkflowRun
from .core.states import (
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
    ProposalStatus,
)
from .errors import ApprovalError, AuthError, CircleCIError, LeaseLost, NotFound
from .gone import GoneCheck
from .policy.decide import ProposalDraft
from .policy.rerun import RerunFacts, rerun_blocker
from .ports import CIProvider
from .store import Store, loads
from .timeutil import hours_between, iso, parse

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


def default_actor() -> str:
    """The account deciding at the CLI, from the process's real uid (not $USER, which anyone can set)."""
    uid = os.getuid()
    try:
        return pwd.getpwuid(uid).pw_name
    except KeyError:  # a uid with no passwd entry (some containers): the number is the name
        return f"uid {uid}"


# --------------------------------------------------------------------------- transactions


@contextmanager
def write_transaction(store: Store) -> Iterator[None]:
    """A transaction that takes SQLite's write lock up front (BEGIN IMMEDIATE).

    Store.atomic() begins DEFERRED: a transaction that reads and then writes while another
    process commits fails at once with "database is locked" (WAL cannot upgrade a stale
    snapshot, and the busy timeout does not apply). Taking the lock first makes concurrent
    writers (the daemon and a person at the CLI) wait for each other instead. Nested in an
    outer transaction it is a savepoint of that transaction.
    """
    conn = store.db.conn
    if conn.in_transaction:
        with store.atomic():
            yield
        return
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise


# --------------------------------------------------------------------------- reads


def get(store: Store, proposal_id: int) -> dict[str, Any]:
    """The proposal row, or ApprovalError if there is none."""
    rows = list(store.db.query("select * from proposals where id = ?", [int(proposal_id)]))
    if not rows:
        raise ApprovalError(f"proposal {proposal_id} does not exist")
    return rows[0]


def list_proposals(store: Store, status: str | None = None) -> list[dict[str, Any]]:
    """The queue in the ``approvals list --json`` shape, oldest first."""
    if status is not None and status not in STATUSES:
        raise ApprovalError(f"unknown status {status!r} (one of {', '.join(STATUSES)})")
    sql = "select * from proposals"
    params: list[Any] = []
    if status:
        sql += " where status = ?"
        params.append(status)
    sql += " order by id"
    out = []
    for row in store.db.query(sql, params):
        item = {k: row.get(k) for k in LIST_KEYS + _EXTRA_KEYS}
        item["confidence"] = round(float(row.get("confidence") or 0.0), 3)
        item["auto_approved"] = bool(row.get("auto_approved"))
        out.append(item)
    return out


def counts_by_status(store: Store) -> dict[str, int]:
    """How many proposals are in each status (every status present, zero included)."""
    counts = dict.fromkeys(STATUSES, 0)
    for row in store.db.query("select status, count(*) as n from proposals group by status"):
        counts[row["status"]] = int(row["n"])
    return counts


def proposal_failures(store: Store, proposal_id: int) -> list[dict[str, Any]]:
    """The failures behind a proposal, each with its evidence and latest verdict (dicts, JSON decoded)."""
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
    return rows


# --------------------------------------------------------------------------- transitions


def _invalid(proposal_id: int, status: str, to: str,
             allowed_from: set[str] | None = None) -> ApprovalError:
    sources = [s for s in STATUSES if to in TRANSITIONS[s]
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
               lease_over_at: datetime | None = None, dead_owner: str | None = None) -> dict[str, Any]:
    """Move a proposal to ``to`` (with extra column ``fields``) and write its audit row, atomically.

    With ``owner``, the move happens only while that executor still holds the proposal's lease;
    with ``lease_over_at``, only if no lease runs past that time (nobody may still be sending),
    or the lease is held by ``dead_owner``, a process known to have died.
    """
    row = get(store, proposal_id)
    current = row["status"]
    allowed_from = set(expect) if expect is not None else None
    if to not in TRANSITIONS.get(current, frozenset()) or (
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
    with write_transaction(store):
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
            reason: str | None = None) -> dict[str, Any]:
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
           reason: str | None) -> dict[str, Any]:
    """A person rejects a pending or approved proposal, with a reason."""
    return transition(
        store, proposal_id, REJECTED, actor=actor, now=now, reason=reason, event="reject",
        expect=(PENDING, APPROVED),
        fields={"decided_by": actor, "decided_at": iso(now), "decision_reason": reason},
    )


def expire(store: Store, proposal_id: int, now: datetime, reason: str, *,
           actor: str = SYSTEM_ACTOR) -> dict[str, Any]:
    """The system expires a pending or approved proposal that no longer makes sense, saying why."""
    return transition(store, proposal_id, EXPIRED, actor=actor, now=now, reason=reason,
                      event="expire", fields={"decision_reason": reason}, expect=(PENDING, APPROVED))


# --------------------------------------------------------------------------- approval on record


def approval_missing(store: Store, proposal_id: int) -> str | None:
    """Why an approved proposal's approval is not on record in the audit log, or None if it is.

    On record means: an ``approve`` row (a person, or the auto-approve policy) moved it to
    approved, no later row took that back (a failure needs a new approval), and the latest
    row leaves it approved, so the status was not changed behind the log's back.
    """
    approved, last_to = False, None
    for row in store.db.query("select event, to_status from audit_log where proposal_id = ? order by id",
                              [int(proposal_id)]):
        if row["event"] == "approve" and row["to_status"] == APPROVED:
            approved = True
        elif row["to_status"] in (PENDING, FAILED, REJECTED, EXPIRED, EXECUTED):
            approved = False
        last_to = row["to_status"]
    if not approved:
        return "no approval of it is on record in the audit log"
    if last_to != APPROVED:
        return f"the audit log last left it {last_to or 'nowhere'}, not approved"
    return None


def unapprove(store: Store, proposal_id: int, now: datetime, reason: str) -> dict[str, Any]:
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


def owner_dead(owner: str | None) -> bool:
    """Whether a lease owner is a process on this host that no longer exists.

    Owners are ``host:pid:nonce``. Only a missing process on this host counts as dead: another
    host, this very process, a live pid (perhaps reused) or an unreadable name all may still
    be sending, so their leases are waited out.
    """
    parts = (owner or "").rsplit(":", 2)
    if len(parts) != 3 or parts[0] != socket.gethostname() or not parts[1].isdigit():
        return False
    pid = int(parts[1])
    if pid == os.getpid():
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except OSError:  # exists, but is someone else's
        return False
    return False


def lease_running(row: Mapping[str, Any], now: datetime) -> bool:
    """Whether an executing proposal's owner may still be sending: its lease has not run out,
    and it is not a process of this host that has died."""
    until = parse(row.get("lease_until"))
    return until is not None and until > now and not owner_dead(row.get("lease_owner"))


# --------------------------------------------------------------------------- enqueue


def _open_duplicate(store: Store, draft: ProposalDraft) -> int | None:
    """An open proposal doing the same thing (a belt to decide's braces after a crash)."""
    placeholders = ", ".join("?" for _ in OPEN_STATUSES)
    if draft.action == Action.RERUN:
        sql = (f"select id from proposals where action = 'rerun_workflow' and workflow_id = ? "
               f"and status in ({placeholders}) order by id limit 1")
        params = [draft.workflow_id, *sorted(OPEN_STATUSES)]
    elif draft.fingerprint:
        sql = (f"select id from proposals where action = 'file_report' and fingerprint = ? "
               f"and status in ({placeholders}) order by id limit 1")
        params = [draft.fingerprint, *sorted(OPEN_STATUSES)]
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
    with write_transaction(store):
        existing = _open_duplicate(store, draft)
        if existing is not None:
            log.info("proposal %s already covers %s %s; not enqueued again", existing,
                     draft.action, draft.workflow_id or draft.fingerprint)
            return existing
        status = APPROVED if draft.auto_approve and draft.action == Action.RERUN else PENDING
        row = {
            "failure_id": draft.failure_ids[0] if draft.failure_ids else None,
            "action": draft.action, "kind": draft.kind, "status": PENDING,
            "project_slug": draft.project_slug, "pipeline_id": draft.pipeline_id,
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


# --------------------------------------------------------------------------- expiry


def _stale_reason(row: Mapping[str, Any], policy: PolicySettings, now: datetime) -> str | None:
    age = hours_between(row.get("created_at"), now)
    if age is not None and age > policy.proposal_ttl_hours:
        return (f"stale: {row['status']} for {age:.1f}h "
                f"(policy.proposal_ttl_hours = {policy.proposal_ttl_hours:g})")
    return None


def rerun_obstacle(provider: CIProvider, run: WorkflowRun, siblings: Sequence[WorkflowRun],
                   policy: PolicySettings, now: datetime) -> str | None:
    """Why a rerun of ``run`` must not be sent now (the provider's current view of it and of the
    other runs of its pipeline), or None: ``policy.rerun``'s rule in its re-check wording."""
    family = provider.run_family(run, siblings)
    facts = RerunFacts(
        state=run.state, status=run.status, stopped_at=run.stopped_at,
        auto_reruns_done=run.auto_reruns_done, auto_reruns_allowed=run.auto_reruns_allowed,
        is_rerun=family.is_rerun, ci_name=provider.display_name,
        newer_rerun_id=family.newer.id if family.newer else None,
        newer_rerun_status=family.newer.status if family.newer else "")
    return rerun_blocker(facts, policy, now, recheck=True)


def expire_stale(store: Store, provider: CIProvider | None, policy: PolicySettings,
                 now: datetime, *, check_provider: bool = True) -> list[tuple[int, str]]:
    """Expire pending/approved proposals that are too old or whose rerun no longer makes sense."""
    expired: list[tuple[int, str]] = []
    rows = list(store.db.query(
        "select * from proposals where status in (?, ?) order by id", [PENDING, APPROVED]))
    reruns: list[dict[str, Any]] = []
    for row in rows:
        reason = _stale_reason(row, policy, now)
        if reason:
            if _try_expire(store, row["id"], now, reason):
                expired.append((row["id"], reason))
        elif row["action"] == Action.RERUN:
            reruns.append(row)
    if not (check_provider and provider is not None):
        return expired
    # One request per pipeline, however many proposals it has: the pipeline's workflow list
    # carries status, auto-rerun counters and any newer rerun of the same workflow.
    by_pipeline: dict[str, list[dict[str, Any]]] = {}
    gone: GoneCheck | None = None
    for row in reruns:
        by_pipeline.setdefault(row.get("pipeline_id") or "", []).append(row)
    for pipeline_id, group in by_pipeline.items():
        try:
            siblings = provider.workflow_runs(pipeline_id) if pipeline_id else []
        except NotFound:
            siblings = []
        except CircleCIError as exc:
            log.warning("expire check of pipeline %s skipped: %s", pipeline_id, exc)
            continue
        for row in group:
            workflow = next((w for w in siblings if w.id == row["workflow_id"]), None)
            if workflow is None:
                try:
                    workflow = provider.workflow_run(row["workflow_id"])
                except NotFound:
                    # One 404 is not final (a refused token answers 404 too): /me, then twice.
                    if gone is None:
                        gone = GoneCheck(provider, store, now)
                    key = f"workflow:{row['workflow_id']}"
                    if not gone.final(key, f"proposal {row['id']}"):
                        continue
                    gone.forget(key)
                    reason = f"workflow no longer visible on {provider.display_name} (404 twice, token confirmed)"
                    if _try_expire(store, row["id"], now, reason):
                        expired.append((row["id"], reason))
                    continue
                except AuthError:
                    raise
                except CircleCIError as exc:
                    log.warning("expire check of proposal %s skipped: %s", row["id"], exc)
                    continue
            reason = rerun_obstacle(provider, workflow, siblings, policy, now)
            if reason and _try_expire(store, row["id"], now, reason):
                expired.append((row["id"], reason))
    return expired


def _try_expire(store: Store, proposal_id: int, now: datetime, reason: str) -> bool:
    try:
        expire(store, proposal_id, now, reason)
    except ApprovalError as exc:  # decided meanwhile by someone else: their decision stands
        log.info("proposal %s not expired: %s", proposal_id, exc)
        return False
    return True


# --------------------------------------------------------------------------- audit


def audit_trail(store: Store, proposal_id: int) -> list[dict[str, Any]]:
    """The audit rows of one proposal, oldest first, detail decoded."""
    rows = list(store.db.query(
        "select * from audit_log where proposal_id = ? order by id", [int(proposal_id)]))
    for row in rows:
        row["detail"] = loads(row.get("detail"), {}) or {}
    return rows

