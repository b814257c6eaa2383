"""Execute approved proposals exactly once, even across a crash: re-check, mark executing, send, record.

The order that makes "never two POSTs for one proposal" hold wherever the process dies:

1. re-read the pipeline's workflows; a rerun that no longer makes sense expires unsent;
2. commit ``executing`` together with the ids of the same-named workflows already in the
   pipeline (the "known" set) BEFORE the POST;
3. POST the rerun;
4. in one transaction: ``executed`` + the new workflow id + a ``reruns`` row.

Step 2 also takes a lease: the executor names itself as the proposal's owner until a time
that covers one request (its overall deadline) and the longest wait between two attempts.
Before every attempt to send, retries after a 429 included, the owner renews the lease in a
compare-and-set; if the proposal has left ``executing`` or is someone else's, it sends
nothing. So however long CircleCI makes the owner wait, nobody else touches the proposal
while the owner may still send, and the owner never sends once it has lost the proposal.

A proposal found in ``executing`` whose lease has run out (a crash, or an answer that never
came) is reconciled from CircleCI's own record instead of being sent again: a same-named
workflow in the pipeline that is not in the known set is our rerun. Only when none exists
does the proposal go back to ``approved`` for the next run to send, and that run re-checks
the pipeline first.

Only proposals whose approval is in the audit log are executed: a row that says
``approved`` without an approval on record goes back to ``pending`` for a person.
"""

from __future__ import annotations

import logging
import os
import socket
import uuid
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

import httpx

from . import approvals
from .approvals import APPROVED, EXECUTED, EXECUTING, FAILED, write_transaction
from .circleci import CircleCIClient, Workflow
from .config import PolicySettings
from .errors import (
    APIStatusError,
    ApprovalError,
    AuthError,
    BadResponse,
    CircleCIError,
    LeaseLost,
    NotFound,
    RateLimited,
    ServerError,
    SinkError,
    TransportError,
)
from .gone import GoneCheck
from .pipeline.reporting import file_report
from .redact import Redactor
from .sinks import Sink
from .store import Store, dumps, loads
from .timeutil import iso, parse

log = logging.getLogger(__name__)

# Failed sink attempts of one report before it needs a person (failed -> approve to retry).
MAX_REPORT_ATTEMPTS = 3
# Clock skew allowed when a proposal lacks the known set (rows written by older versions).
CLOCK_SKEW = timedelta(seconds=60)
# Slack on a lease beyond the request deadline and the longest wait between attempts.
LEASE_MARGIN_SECONDS = 30.0
# A report lease: the sinks make a few requests each (GitHub pages its issue search).
REPORT_LEASE_SECONDS = 300.0
# httpx errors that prove the request never left this machine.
_NEVER_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
# A rerun CircleCI accepted (202) without naming its workflow is looked for this long by
# re-listing the pipeline; it is never sent again, only reported if it never shows up.
ACCEPTED_SEARCH = timedelta(hours=1)


@dataclass
class ExecutionSummary:
    """What one execute run did, by proposal id."""

    executed: list[dict[str, Any]] = field(default_factory=list)
    expired: list[tuple[int, str]] = field(default_factory=list)
    failed: list[tuple[int, str]] = field(default_factory=list)
    retry_later: list[tuple[int, str]] = field(default_factory=list)  # left approved
    uncertain: list[tuple[int, str]] = field(default_factory=list)  # left executing
    reconciled: list[tuple[int, str]] = field(default_factory=list)
    unapproved: list[tuple[int, str]] = field(default_factory=list)  # no approval on record

    @property
    def did_something(self) -> bool:
        """Whether anything changed (for quiet daemon logs)."""
        return any((self.executed, self.expired, self.failed, self.retry_later, self.uncertain,
                    self.reconciled, self.unapproved))

    def to_dict(self) -> dict[str, Any]:
        """The ``execute --json`` shape."""
        return {
            "executed": self.executed,
            "expired": [{"id": i, "reason": r} for i, r in self.expired],
            "failed": [{"id": i, "error": r} for i, r in self.failed],
            "retry_later": [{"id": i, "reason": r} for i, r in self.retry_later],
            "uncertain": [{"id": i, "reason": r} for i, r in self.uncertain],
            "reconciled": [{"id": i, "outcome": r} for i, r in self.reconciled],
            "unapproved": [{"id": i, "reason": r} for i, r in self.unapproved],
        }

    def one_line(self) -> str:
        """A one-line human summary."""
        return (f"execute: {len(self.executed)} executed, {len(self.expired)} expired, "
                f"{len(self.failed)} failed, {len(self.retry_later)} to retry, "
                f"{len(self.uncertain)} awaiting reconciliation, {len(self.reconciled)} reconciled")


def new_owner() -> str:
    """A name for this executor that no other process, here or on another host, shares."""
    return f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:12]}"


def rerun_lease_seconds(client: CircleCIClient) -> float:
    """How long an executor holds a rerun between two renewals: one request (its overall
    deadline) plus the longest wait the client makes before the next attempt, plus slack."""
    return float(client.timeout) + float(client.retry.backoff_max) + LEASE_MARGIN_SECONDS


@dataclass
class _Run:
    """What every step of one execute run shares."""

    store: Store
    actor: str
    clock: Callable[[], datetime]
    owner: str
    lease_seconds: float
    summary: ExecutionSummary

    def lease_until(self, now: datetime) -> str:
        return iso(now + timedelta(seconds=self.lease_seconds))

    def keep(self, pid: int) -> Callable[[], None]:
        """The check before each attempt to send: renew the lease, or raise LeaseLost."""

        def check() -> None:
            now = self.clock()
            if not approvals.renew_lease(self.store, pid, self.owner,
                                         now + timedelta(seconds=self.lease_seconds)):
                raise LeaseLost(f"proposal {pid} is no longer executing under this executor's lease")

        return check


def _mark_executed(store: Store, row: dict[str, Any], new_workflow_id: str, known: Sequence[str],
                   now: datetime, *, actor: str, reason: str, sent_at: str | None,
                   owner: str | None = None, lease_over_at: datetime | None = None,
                   dead_owner: str | None = None) -> None:
    """executing -> executed, the result and the reruns row, in one transaction."""
    with write_transaction(store):
        approvals.transition(
            store, row["id"], EXECUTED, actor=actor, now=now, reason=reason, event="executed",
            fields={"executed_at": iso(now), "error": None,
                    "result": dumps({"new_workflow_id": new_workflow_id,
                                     "known_workflow_ids": list(known)})},
            owner=owner, lease_over_at=lease_over_at, dead_owner=dead_owner,
        )
        store.db["reruns"].insert(
            {
                "proposal_id": row["id"], "project_slug": row.get("project_slug"),
                "pipeline_id": row.get("pipeline_id"),
                "original_workflow_id": row.get("workflow_id"), "new_workflow_id": new_workflow_id,
                "workflow_name": row.get("workflow_name"), "fingerprint": row.get("fingerprint"),
                "verdict_confidence": row.get("confidence"), "status": "running",
                "sent_at": sent_at or row.get("executing_at") or iso(now),
            },
            replace=True,
        )


def _siblings(client: CircleCIClient, row: dict[str, Any]) -> tuple[Workflow, list[Workflow]]:
    """The proposal's workflow and every workflow of its pipeline, as CircleCI has them now."""
    siblings = client.pipeline_workflows(row["pipeline_id"]) if row.get("pipeline_id") else []
    workflow = next((w for w in siblings if w.id == row["workflow_id"]), None)
    if workflow is None:
        workflow = client.workflow(row["workflow_id"])
        if not siblings:
            siblings = client.pipeline_workflows(workflow.pipeline_id)
    return workflow, siblings


def _new_workflow(siblings: Sequence[Workflow], name: str, original_id: str, known: Collection[str]) -> Workflow | None:
    """The rerun's workflow among a pipeline's workflows: same name, not the original, not known before."""
    candidates = [w for w in siblings if w.name == name and w.id != original_id and w.id not in known]
    return min(candidates, key=lambda w: (w.created_at, w.id)) if candidates else None


def _execute_rerun(run: _Run, client: CircleCIClient, policy: PolicySettings,
                   row: dict[str, Any], now: datetime, gone: GoneCheck | None = None) -> None:
    store, actor, summary, owner = run.store, run.actor, run.summary, run.owner
    pid = row["id"]
    gone = gone or GoneCheck(client, store, now)
    key = f"workflow:{row['workflow_id']}"
    try:
        workflow, siblings = _siblings(client, row)
    except NotFound:
        # One 404 is not final (a refused token answers 404 too): /me, then a second 404 later.
        if gone.final(key, f"proposal {pid}"):
            gone.forget(key)
            reason = "workflow no longer visible on CircleCI (404 twice, token confirmed); nothing sent"
            approvals.expire(store, pid, now, reason, actor=actor)
            summary.expired.append((pid, reason))
        else:
            summary.retry_later.append((pid, "workflow answered 404; nothing sent, checked again later"))
        return
    except AuthError:
        raise
    except CircleCIError as exc:
        summary.retry_later.append((pid, f"re-check failed, nothing sent: {exc}"))
        return
    gone.found(key)
    obstacle = approvals.rerun_obstacle(workflow, siblings, policy, now)
    if obstacle:
        reason = f"{obstacle}; nothing sent"
        approvals.expire(store, pid, now, reason, actor=actor)
        summary.expired.append((pid, reason))
        return
    known = sorted(w.id for w in siblings if w.name == workflow.name)
    # The commit that makes a crash after the POST recoverable without a second POST, and the
    # lease that keeps everyone else away while this executor may still send.
    approvals.transition(
        store, pid, EXECUTING, actor=actor, now=now, event="execute",
        reason="re-checked: still failed, not rerun, no auto-reruns pending",
        fields={"executing_at": iso(now), "attempts": int(row.get("attempts") or 0) + 1,
                "result": dumps({"known_workflow_ids": known}),
                "lease_owner": owner, "lease_until": run.lease_until(now)},
    )

    def back_to_approved(reason: str, **fields: Any) -> None:
        approvals.transition(store, pid, APPROVED, actor=actor, now=run.clock(), event="not-sent",
                             reason=reason, fields=fields, owner=owner)

    try:
        new_id = client.rerun_workflow_from_failed(workflow.id, before_send=run.keep(pid))
    except LeaseLost as exc:
        # Another executor reconciled or took over the proposal while this one waited to
        # retry: it is theirs now, and nothing more goes out from here.
        log.warning("proposal %s: %s; nothing more sent by this executor", pid, exc)
        summary.retry_later.append((pid, f"taken over by another executor; not sent by this one ({exc})"))
        return
    except AuthError:
        back_to_approved("not sent: CircleCI rejected the token (401)")
        raise
    except RateLimited as exc:
        back_to_approved(f"not sent: {exc}; will retry", error=str(exc))
        summary.retry_later.append((pid, str(exc)))
        return
    except TransportError as exc:
        if isinstance(exc.__cause__, _NEVER_SENT):
            back_to_approved(f"not sent: {exc}; will retry", error=str(exc))
            summary.retry_later.append((pid, str(exc)))
            return
        _leave_uncertain(store, pid, exc, summary, owner)
        return
    except (ServerError, BadResponse) as exc:
        # The POST may have landed (a 5xx after the fact, or a 202 with a body we cannot
        # read): reconcile from the pipeline instead of guessing.
        _leave_uncertain(store, pid, exc, summary, owner)
        return
    except APIStatusError as exc:
        approvals.transition(store, pid, FAILED, actor=actor, now=run.clock(), event="failed",
                             reason=str(exc), fields={"error": str(exc)}, owner=owner)
        summary.failed.append((pid, str(exc)))
        return
    if new_id is None:
        # 202 {"message": "Accepted."} without the id (seen live in 2020): the rerun landed; its
        # workflow is found by re-listing the pipeline, now or (not visible yet) by reconciling.
        store.db["proposals"].update(pid, {"result": dumps({"known_workflow_ids": known, "accepted": True})})
        try:
            found = _new_workflow(client.pipeline_workflows(workflow.pipeline_id), workflow.name, workflow.id, known)
        except AuthError:
            raise
        except CircleCIError:
            found = None
        if found is None:
            log.info("proposal %s: rerun accepted by CircleCI; its workflow is not listed yet", pid)
            _release(store, pid, owner)
            summary.uncertain.append((pid, "rerun accepted (202 without workflow_id); its workflow is not listed yet"))
            return
        new_id = found.id
    sent = run.clock()
    _mark_executed(store, row, new_id, known, sent, actor=actor,
                   reason=f"rerun sent: new workflow {new_id}", sent_at=iso(sent), owner=owner)
    log.info("proposal %s: reran workflow %s from failed -> %s", pid, workflow.id, new_id)
    summary.executed.append({"id": pid, "action": "rerun_workflow", "new_workflow_id": new_id})


def _release(store: Store, pid: int, owner: str) -> None:
    """This executor is done with an executing proposal it could not settle: reconciliation may."""
    store.db.execute("update proposals set lease_owner = NULL, lease_until = NULL "
                     "where id = ? and status = ? and lease_owner = ?", [pid, EXECUTING, owner])


def _leave_uncertain(store: Store, pid: int, exc: Exception, summary: ExecutionSummary,
                     owner: str) -> None:
    # This executor is done with it (the request is over, by its deadline): the lease is
    # released, so reconciliation may settle it from CircleCI's record.
    store.db.execute("update proposals set error = ?, lease_owner = NULL, lease_until = NULL "
                     "where id = ? and status = ? and lease_owner = ?",
                     [f"uncertain: {exc}", pid, EXECUTING, owner])
    log.warning("proposal %s: the rerun may or may not have reached CircleCI (%s); "
                "it stays executing until reconciled", pid, exc)
    summary.uncertain.append((pid, str(exc)))


def _execute_report(run: _Run, sinks: Sequence[Sink], row: dict[str, Any], now: datetime,
                    redactor: Redactor) -> None:
    store, actor, summary, owner = run.store, run.actor, run.summary, run.owner
    pid = row["id"]
    attempts = int(row.get("attempts") or 0) + 1
    previous = loads(row.get("result"), {}) or {}
    lease = REPORT_LEASE_SECONDS
    approvals.transition(store, pid, EXECUTING, actor=actor, now=now, event="execute",
                         reason=f"filing to {', '.join(s.name for s in sinks) or 'no sinks'}",
                         fields={"executing_at": iso(now), "attempts": attempts, "lease_owner": owner,
                                 "lease_until": iso(now + timedelta(seconds=lease))})

    def save(progress: dict[str, str]) -> None:
        # Each served sink is remembered at once, so a retry does not serve it twice; the
        # lease is renewed with it, and a lost lease stops the filing before the next sink.
        if not approvals.renew_lease(store, pid, owner, run.clock() + timedelta(seconds=lease)):
            raise LeaseLost(f"proposal {pid} is no longer executing under this executor's lease")
        store.db["proposals"].update(pid, {"result": dumps({"sinks": progress})})

    try:
        result = file_report(store, sinks, pid, redactor, now,
                             done=previous.get("sinks") or {}, on_progress=save)
    except LeaseLost as exc:
        log.warning("proposal %s: %s; filing stopped", pid, exc)
        summary.retry_later.append((pid, f"taken over by another executor ({exc})"))
        return
    except SinkError as exc:
        if attempts >= MAX_REPORT_ATTEMPTS:
            approvals.transition(store, pid, FAILED, actor=actor, now=now, event="failed",
                                 reason=f"{exc} (attempt {attempts})", fields={"error": str(exc)},
                                 owner=owner)
            summary.failed.append((pid, str(exc)))
        else:
            approvals.transition(store, pid, APPROVED, actor=actor, now=now, event="retry",
                                 reason=f"{exc}; will retry (attempt {attempts} of "
                                        f"{MAX_REPORT_ATTEMPTS})",
                                 fields={"error": str(exc)}, owner=owner)
            summary.retry_later.append((pid, str(exc)))
        return
    approvals.transition(
        store, pid, EXECUTED, actor=actor, now=now, event="executed",
        reason="occurrence added" if result["occurrence"] else "report filed",
        fields={"executed_at": iso(now), "error": None, "result": dumps(result)}, owner=owner,
    )
    summary.executed.append({"id": pid, "action": "file_report", **result})


def execute_approved(store: Store, client: CircleCIClient, sinks: Sequence[Sink],
                     policy: PolicySettings, now: datetime, *, actor: str = approvals.SYSTEM_ACTOR,
                     redactor: Redactor | None = None,
                     ids: Collection[int] | None = None,
                     clock: Callable[[], datetime] | None = None,
                     lease_seconds: float | None = None) -> ExecutionSummary:
    """Reconcile interrupted executions, then execute every approved proposal (or just ``ids``).

    ``clock`` gives the time at each renewal of a lease (a run can wait minutes on a 429);
    ``lease_seconds`` defaults to what the client's deadline and retry waits need.
    """
    summary = ExecutionSummary()
    gone = GoneCheck(client, store, now)
    summary.reconciled = reconcile_executing(store, client, now, gone=gone)
    redactor = redactor or Redactor()
    run = _Run(store=store, actor=actor, clock=clock or (lambda: now), owner=new_owner(),
               lease_seconds=lease_seconds if lease_seconds is not None else rerun_lease_seconds(client),
               summary=summary)
    rows = list(store.db.query("select * from proposals where status = ? order by id", [APPROVED]))
    for row in rows:
        if ids is not None and row["id"] not in ids:
            continue
        try:
            missing = approvals.approval_missing(store, row["id"])
            if missing:
                reason = f"not executed: {missing}; back to pending for a person to decide"
                log.warning("proposal %s %s", row["id"], reason)
                approvals.unapprove(store, row["id"], now, reason)
                summary.unapproved.append((row["id"], reason))
                continue
            if row["action"] == "rerun_workflow":
                _execute_rerun(run, client, policy, row, now, gone)
            elif row["action"] == "file_report":
                _execute_report(run, sinks, row, now, redactor)
            else:  # cannot happen through enqueue; never act on an unknown action
                approvals.transition(store, row["id"], FAILED, actor=actor, now=now,
                                     reason=f"unknown action {row['action']!r}")
                summary.failed.append((row["id"], f"unknown action {row['action']!r}"))
        except ApprovalError as exc:  # moved by another process meanwhile: theirs stands
            log.info("proposal %s skipped: %s", row["id"], exc)
    if summary.did_something:
        log.info("%s", summary.one_line())
    return summary


def _dead(row: dict[str, Any]) -> str | None:
    """The row's lease owner if it is a process known to have died (its lease may be taken over)."""
    owner = row.get("lease_owner")
    return owner if approvals.owner_dead(owner) else None


def reconcile_executing(store: Store, client: CircleCIClient, now: datetime, *,
                        grace_seconds: float = 120, actor: str = approvals.SYSTEM_ACTOR,
                        gone: GoneCheck | None = None) -> list[tuple[int, str]]:
    """Settle proposals left ``executing`` from CircleCI's record: executed if the rerun exists, else approved after the grace.

    A proposal whose lease is still running is not touched: its executor may still send.
    """
    out: list[tuple[int, str]] = []
    gone = gone or GoneCheck(client, store, now)
    rows = list(store.db.query("select * from proposals where status = ? order by id", [EXECUTING]))
    for row in rows:
        pid = row["id"]
        if approvals.lease_running(row, now):
            continue
        started = parse(row.get("executing_at"))
        overdue = started is None or (now - started).total_seconds() > grace_seconds
        try:
            if row["action"] == "rerun_workflow":
                outcome = _reconcile_rerun(store, client, row, now, overdue, actor)
            else:
                outcome = _reconcile_report(store, row, now, overdue, actor)
        except AuthError:
            raise
        except NotFound as exc:
            if not overdue or not gone.final(f"workflow:{row['workflow_id']}", f"proposal {pid}"):
                continue
            # Without the workflow nobody can tell whether the POST landed: a person decides.
            reason = f"cannot reconcile: {exc}; check CircleCI before approving again"
            approvals.transition(store, pid, FAILED, actor=actor, now=now, event="reconcile",
                                 reason=reason, fields={"error": reason},
                                 lease_over_at=now, dead_owner=_dead(row))
            out.append((pid, "failed: workflow no longer visible"))
            continue
        except CircleCIError as exc:
            log.warning("proposal %s: cannot reconcile yet: %s", pid, exc)
            continue
        except ApprovalError as exc:
            log.info("proposal %s: reconciled by another process: %s", pid, exc)
            continue
        if outcome:
            out.append((pid, outcome))
    return out


def _reconcile_rerun(store: Store, client: CircleCIClient, row: dict[str, Any], now: datetime,
                     overdue: bool, actor: str) -> str | None:
    pid = row["id"]
    result = loads(row.get("result"), {}) or {}
    known = result.get("known_workflow_ids")
    workflow, siblings = _siblings(client, row)
    name = row.get("workflow_name") or workflow.name
    started = parse(row.get("executing_at"))
    candidates = []
    for w in siblings:
        if w.name != name or w.id == workflow.id:
            continue
        if known is not None:
            if w.id in known:
                continue
        else:
            created = parse(w.created_at)
            if started is None or created is None or created < started - CLOCK_SKEW:
                continue
        candidates.append(w)
    if candidates:
        new = min(candidates, key=lambda w: (w.created_at, w.id))
        _mark_executed(store, row, new.id, known or [], now, actor=actor,
                       reason=f"reconciled: the rerun reached CircleCI as workflow {new.id}",
                       sent_at=row.get("executing_at"),
                       lease_over_at=now, dead_owner=_dead(row))
        log.info("proposal %s reconciled: rerun found as workflow %s", pid, new.id)
        return f"executed: found rerun workflow {new.id}"
    if not overdue:
        return None
    if result.get("accepted"):
        # CircleCI said 202: the rerun exists even if its workflow is not listed yet. Never
        # send it again; after a long search a person is told instead.
        if started is not None and now - started < ACCEPTED_SEARCH:
            return None
        reason = ("CircleCI accepted the rerun (202 without workflow_id) but no new workflow appeared "
                  f"within {ACCEPTED_SEARCH}; check CircleCI before approving again")
        approvals.transition(store, pid, FAILED, actor=actor, now=now, event="reconcile",
                             reason=reason, fields={"error": reason}, lease_over_at=now,
                             dead_owner=_dead(row))
        return "failed: accepted rerun never appeared"
    approvals.transition(store, pid, APPROVED, actor=actor, now=now, event="reconcile",
                         reason="reconciled: never reached CircleCI; will be sent again after a re-check",
                         fields={"error": None},
                         lease_over_at=now, dead_owner=_dead(row))
    log.warning("proposal %s: the rerun never reached CircleCI; back to approved", pid)
    return "approved: never reached CircleCI"


def _reconcile_report(store: Store, row: dict[str, Any], now: datetime, overdue: bool,
                      actor: str) -> str | None:
    pid = row["id"]
    rows = list(store.db.query("select id, locations from reports where fingerprint = ? "
                               "and proposal_id = ?", [row.get("fingerprint"), pid]))
    if rows:
        result = {"report_id": rows[0]["id"], "occurrence": False,
                  "locations": loads(rows[0]["locations"], {}) or {}}
        approvals.transition(store, pid, EXECUTED, actor=actor, now=now, event="reconcile",
                             reason="reconciled: the report was filed and recorded",
                             fields={"executed_at": iso(now), "result": dumps(result)},
                             lease_over_at=now, dead_owner=_dead(row))
        return "executed: report was recorded"
    if not overdue:
        return None
    # The sinks find their earlier work (file name, issue marker), so filing again is safe.
    approvals.transition(store, pid, APPROVED, actor=actor, now=now, event="reconcile",
                         reason="reconciled: interrupted while filing; will file again",
                         lease_over_at=now, dead_owner=_dead(row))
    return "approved: interrupted while filing"
