"""The execute stage: approved proposals run exactly once, even across a crash: re-check, mark executing, send, record.

Through the CI provider's port: ``run_family`` and ``policy.rerun`` for the re-check,
``rerun_marker`` for the "known" set, ``rerun_from_failed`` for the one write and
``find_rerun`` to reconcile. What follows describes CircleCI, where a rerun is a new workflow
of the same name in the same pipeline.

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

The queue's moves, the lease's SQL and the ``reruns`` row are ``store.queue`` and
``store.outcomes``; whether a lease owner is still alive (a process question) is here.
"""

from __future__ import annotations

import logging
import os
import socket
import uuid
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from typing import Any

import httpx

from ..config import PolicySettings
from ..core.ci import WorkflowRun
from ..core.redact import Redactor
from ..core.states import APPROVED, EXECUTED, EXECUTING, FAILED, Action
from ..errors import (
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
from ..ports import CIProvider, Sink
from ..store import Store, dumps, loads, queue
from ..store import outcomes as store_outcomes
from ..store.queue import SYSTEM_ACTOR, ProposalRow
from ..timeutil import iso, parse
from .expire import note_person_rerun, rerun_obstacle
from .gone import GoneCheck
from .reporting import file_report

log = logging.getLogger(__name__)

# Failed sink attempts of one report before it needs a person (failed -> approve to retry).
MAX_REPORT_ATTEMPTS = 3
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


def lease_running(row: ProposalRow, now: datetime) -> bool:
    """Whether an executing proposal's owner may still be sending: its lease has not run out,
    and it is not a process of this host that has died."""
    until = parse(row.get("lease_until"))
    return until is not None and until > now and not owner_dead(row.get("lease_owner"))


def rerun_lease_seconds(provider: CIProvider) -> float:
    """How long an executor holds a rerun between two renewals: one request (its overall
    deadline) plus the longest wait the client makes before the next attempt, plus slack."""
    return provider.send_window_seconds() + LEASE_MARGIN_SECONDS


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
            if not queue.renew_lease(self.store, pid, self.owner,
                                         now + timedelta(seconds=self.lease_seconds)):
                raise LeaseLost(f"proposal {pid} is no longer executing under this executor's lease")

        return check


def _mark_executed(store: Store, row: ProposalRow, new_workflow_id: str, known: Sequence[str],
                   now: datetime, *, actor: str, reason: str, sent_at: str | None,
                   owner: str | None = None, lease_over_at: datetime | None = None,
                   dead_owner: str | None = None) -> None:
    """executing -> executed, the result and the reruns row, in one transaction."""
    with store.atomic():
        queue.transition(
            store, row["id"], EXECUTED, actor=actor, now=now, reason=reason, event="executed",
            fields={"executed_at": iso(now), "error": None,
                    "result": dumps({"new_workflow_id": new_workflow_id,
                                     "known_workflow_ids": list(known)})},
            owner=owner, lease_over_at=lease_over_at, dead_owner=dead_owner,
        )
        store_outcomes.record_rerun(
            store, proposal_id=row["id"], project_slug=row.get("project_slug"),
            pipeline_id=row.get("pipeline_id"), original_workflow_id=row.get("workflow_id"),
            new_workflow_id=new_workflow_id, workflow_name=row.get("workflow_name"),
            fingerprint=row.get("fingerprint"), verdict_confidence=row.get("confidence"),
            sent_at=sent_at or row.get("executing_at") or iso(now))


def _siblings(provider: CIProvider, row: ProposalRow) -> tuple[WorkflowRun, list[WorkflowRun]]:
    """The proposal's workflow and every workflow of its pipeline, as the provider has them now."""
    pipeline_id, workflow_id = row.get("pipeline_id"), row["workflow_id"] or ""
    siblings = provider.workflow_runs(pipeline_id) if pipeline_id else []
    workflow = next((w for w in siblings if w.id == workflow_id), None)
    if workflow is None:
        workflow = provider.workflow_run(workflow_id)
        if not siblings:
            siblings = provider.workflow_runs(workflow.pipeline_id)
    return workflow, siblings


def _execute_rerun(run: _Run, provider: CIProvider, policy: PolicySettings,
                   row: ProposalRow, now: datetime, gone: GoneCheck | None = None) -> None:
    store, actor, summary, owner = run.store, run.actor, run.summary, run.owner
    pid = row["id"]
    gone = gone or GoneCheck(provider, store, now)
    key = f"workflow:{row['workflow_id']}"
    try:
        workflow, siblings = _siblings(provider, row)
    except NotFound:
        # One 404 is not final (a refused token answers 404 too): /me, then a second 404 later.
        if gone.final(key, f"proposal {pid}"):
            gone.forget(key)
            reason = (f"workflow no longer visible on {provider.display_name} (404 twice, token confirmed); "
                      "nothing sent")
            queue.expire(store, pid, now, reason, actor=actor)
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
    obstacle = rerun_obstacle(provider, workflow, siblings, policy, now)
    if obstacle:
        reason = f"{obstacle}; nothing sent"
        queue.expire(store, pid, now, reason, actor=actor)
        summary.expired.append((pid, reason))
        note_person_rerun(store, provider, row, workflow, siblings, now)
        return
    known = provider.rerun_marker(workflow, siblings)
    # The commit that makes a crash after the POST recoverable without a second POST, and the
    # lease that keeps everyone else away while this executor may still send.
    queue.transition(
        store, pid, EXECUTING, actor=actor, now=now, event="execute",
        reason="re-checked: still failed, not rerun, no auto-reruns pending",
        fields={"executing_at": iso(now), "attempts": int(row.get("attempts") or 0) + 1,
                "result": dumps({"known_workflow_ids": known}),
                "lease_owner": owner, "lease_until": run.lease_until(now)},
    )

    def back_to_approved(reason: str, **fields: Any) -> None:
        queue.transition(store, pid, APPROVED, actor=actor, now=run.clock(), event="not-sent",
                             reason=reason, fields=fields, owner=owner)

    try:
        new_id = provider.rerun_from_failed(workflow.id, before_send=run.keep(pid))
    except LeaseLost as exc:
        # Another executor reconciled or took over the proposal while this one waited to
        # retry: it is theirs now, and nothing more goes out from here.
        log.warning("proposal %s: %s; nothing more sent by this executor", pid, exc)
        summary.retry_later.append((pid, f"taken over by another executor; not sent by this one ({exc})"))
        return
    except AuthError:
        back_to_approved(f"not sent: {provider.display_name} rejected the token (401)")
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
        queue.transition(store, pid, FAILED, actor=actor, now=run.clock(), event="failed",
                             reason=str(exc), fields={"error": str(exc)}, owner=owner)
        summary.failed.append((pid, str(exc)))
        return
    if new_id is None:
        # 202 {"message": "Accepted."} without the id (seen live in 2020): the rerun landed; its
        # workflow is found by re-listing the pipeline, now or (not visible yet) by reconciling.
        queue.save_result(store, pid, {"known_workflow_ids": known, "accepted": True})
        try:
            found = provider.find_rerun(workflow, provider.workflow_runs(workflow.pipeline_id), known=known)
        except AuthError:
            raise
        except CircleCIError:
            found = None
        if found is None:
            log.info("proposal %s: rerun accepted by %s; its workflow is not listed yet", pid,
                     provider.display_name)
            # This executor is done with it: reconciliation may settle it.
            queue.release_lease(store, pid, owner)
            summary.uncertain.append((pid, "rerun accepted (202 without workflow_id); its workflow is not listed yet"))
            return
        new_id = found.id
    sent = run.clock()
    _mark_executed(store, row, new_id, known, sent, actor=actor,
                   reason=f"rerun sent: new workflow {new_id}", sent_at=iso(sent), owner=owner)
    log.info("proposal %s: reran workflow %s from failed -> %s", pid, workflow.id, new_id)
    summary.executed.append({"id": pid, "action": Action.RERUN, "new_workflow_id": new_id})


def _leave_uncertain(store: Store, pid: int, exc: Exception, summary: ExecutionSummary,
                     owner: str) -> None:
    # This executor is done with it (the request is over, by its deadline): the lease is
    # released, so reconciliation may settle it from CircleCI's record.
    queue.release_lease(store, pid, owner, error=f"uncertain: {exc}")
    log.warning("proposal %s: the rerun may or may not have reached CircleCI (%s); "
                "it stays executing until reconciled", pid, exc)
    summary.uncertain.append((pid, str(exc)))


def _execute_report(run: _Run, sinks: Sequence[Sink], row: ProposalRow, now: datetime,
                    redactor: Redactor) -> None:
    store, actor, summary, owner = run.store, run.actor, run.summary, run.owner
    pid = row["id"]
    attempts = int(row.get("attempts") or 0) + 1
    previous = loads(row.get("result"), {}) or {}
    lease = REPORT_LEASE_SECONDS
    queue.transition(store, pid, EXECUTING, actor=actor, now=now, event="execute",
                         reason=f"filing to {', '.join(s.name for s in sinks) or 'no sinks'}",
                         fields={"executing_at": iso(now), "attempts": attempts, "lease_owner": owner,
                                 "lease_until": iso(now + timedelta(seconds=lease))})

    def save(progress: dict[str, str]) -> None:
        # Each served sink is remembered at once, so a retry does not serve it twice; the
        # lease is renewed with it, and a lost lease stops the filing before the next sink.
        if not queue.renew_lease(store, pid, owner, run.clock() + timedelta(seconds=lease)):
            raise LeaseLost(f"proposal {pid} is no longer executing under this executor's lease")
        queue.save_result(store, pid, {"sinks": progress})

    try:
        result = file_report(store, sinks, pid, redactor, now,
                             done=previous.get("sinks") or {}, on_progress=save)
    except LeaseLost as exc:
        log.warning("proposal %s: %s; filing stopped", pid, exc)
        summary.retry_later.append((pid, f"taken over by another executor ({exc})"))
        return
    except SinkError as exc:
        if attempts >= MAX_REPORT_ATTEMPTS:
            queue.transition(store, pid, FAILED, actor=actor, now=now, event="failed",
                                 reason=f"{exc} (attempt {attempts})", fields={"error": str(exc)},
                                 owner=owner)
            summary.failed.append((pid, str(exc)))
        else:
            queue.transition(store, pid, APPROVED, actor=actor, now=now, event="retry",
                                 reason=f"{exc}; will retry (attempt {attempts} of "
                                        f"{MAX_REPORT_ATTEMPTS})",
                                 fields={"error": str(exc)}, owner=owner)
            summary.retry_later.append((pid, str(exc)))
        return
    queue.transition(
        store, pid, EXECUTED, actor=actor, now=now, event="executed",
        reason="occurrence added" if result["occurrence"] else "report filed",
        fields={"executed_at": iso(now), "error": None, "result": dumps(result)}, owner=owner,
    )
    summary.executed.append({"id": pid, "action": Action.REPORT, **result})


def execute_approved(store: Store, provider: CIProvider, sinks: Sequence[Sink],
                     policy: PolicySettings, now: datetime, *, actor: str = SYSTEM_ACTOR,
                     redactor: Redactor | None = None,
                     ids: Collection[int] | None = None,
                     clock: Callable[[], datetime] | None = None,
                     lease_seconds: float | None = None) -> ExecutionSummary:
    """Reconcile interrupted executions, then execute every approved proposal (or just ``ids``).

    ``clock`` gives the time at each renewal of a lease (a run can wait minutes on a 429);
    ``lease_seconds`` defaults to what the client's deadline and retry waits need.
    """
    summary = ExecutionSummary()
    gone = GoneCheck(provider, store, now)
    summary.reconciled = reconcile_executing(store, provider, now, gone=gone)
    redactor = redactor or Redactor()
    run = _Run(store=store, actor=actor, clock=clock or (lambda: now), owner=new_owner(),
               lease_seconds=lease_seconds if lease_seconds is not None else rerun_lease_seconds(provider),
               summary=summary)
    for row in queue.with_status(store, APPROVED):
        if ids is not None and row["id"] not in ids:
            continue
        try:
            missing = queue.approval_missing(store, row["id"])
            if missing:
                reason = f"not executed: {missing}; back to pending for a person to decide"
                log.warning("proposal %s %s", row["id"], reason)
                queue.unapprove(store, row["id"], now, reason)
                summary.unapproved.append((row["id"], reason))
                continue
            if row["action"] == Action.RERUN:
                _execute_rerun(run, provider, policy, row, now, gone)
            elif row["action"] == Action.REPORT:
                _execute_report(run, sinks, row, now, redactor)
            else:  # cannot happen through enqueue; never act on an unknown action
                queue.transition(store, row["id"], FAILED, actor=actor, now=now,
                                     reason=f"unknown action {row['action']!r}")
                summary.failed.append((row["id"], f"unknown action {row['action']!r}"))
        except ApprovalError as exc:  # moved by another process meanwhile: theirs stands
            log.info("proposal %s skipped: %s", row["id"], exc)
    if summary.did_something:
        log.info("%s", summary.one_line())
    return summary


def _dead(row: ProposalRow) -> str | None:
    """The row's lease owner if it is a process known to have died (its lease may be taken over)."""
    owner = row.get("lease_owner")
    return owner if owner_dead(owner) else None


def reconcile_executing(store: Store, provider: CIProvider, now: datetime, *,
                        grace_seconds: float = 120, actor: str = SYSTEM_ACTOR,
                        gone: GoneCheck | None = None) -> list[tuple[int, str]]:
    """Settle proposals left ``executing`` from the provider's record: executed if the rerun exists, else approved after the grace.

    A proposal whose lease is still running is not touched: its executor may still send.
    """
    out: list[tuple[int, str]] = []
    gone = gone or GoneCheck(provider, store, now)
    for row in queue.with_status(store, EXECUTING):
        pid = row["id"]
        if lease_running(row, now):
            continue
        started = parse(row.get("executing_at"))
        overdue = started is None or (now - started).total_seconds() > grace_seconds
        try:
            if row["action"] == Action.RERUN:
                outcome = _reconcile_rerun(store, provider, row, now, overdue, actor)
            else:
                outcome = _reconcile_report(store, row, now, overdue, actor)
        except AuthError:
            raise
        except NotFound as exc:
            if not overdue or not gone.final(f"workflow:{row['workflow_id']}", f"proposal {pid}"):
                continue
            # Without the workflow nobody can tell whether the POST landed: a person decides.
            reason = f"cannot reconcile: {exc}; check {provider.display_name} before approving again"
            queue.transition(store, pid, FAILED, actor=actor, now=now, event="reconcile",
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


def _reconcile_rerun(store: Store, provider: CIProvider, row: ProposalRow, now: datetime,
                     overdue: bool, actor: str) -> str | None:
    pid = row["id"]
    ci = provider.display_name
    result = loads(row.get("result"), {}) or {}
    known = result.get("known_workflow_ids")
    workflow, siblings = _siblings(provider, row)
    name = row.get("workflow_name") or workflow.name
    started = parse(row.get("executing_at"))
    new = provider.find_rerun(replace(workflow, name=name), siblings, known=known, sent_after=started)
    if new is not None:
        _mark_executed(store, row, new.id, known or [], now, actor=actor,
                       reason=f"reconciled: the rerun reached {ci} as workflow {new.id}",
                       sent_at=row.get("executing_at"),
                       lease_over_at=now, dead_owner=_dead(row))
        log.info("proposal %s reconciled: rerun found as workflow %s", pid, new.id)
        return f"executed: found rerun workflow {new.id}"
    if not overdue:
        return None
    if result.get("accepted"):
        # The provider said 202: the rerun exists even if its workflow is not listed yet. Never
        # send it again; after a long search a person is told instead.
        if started is not None and now - started < ACCEPTED_SEARCH:
            return None
        reason = (f"{ci} accepted the rerun (202 without workflow_id) but no new workflow appeared "
                  f"within {ACCEPTED_SEARCH}; check {ci} before approving again")
        queue.transition(store, pid, FAILED, actor=actor, now=now, event="reconcile",
                             reason=reason, fields={"error": reason}, lease_over_at=now,
                             dead_owner=_dead(row))
        return "failed: accepted rerun never appeared"
    queue.transition(store, pid, APPROVED, actor=actor, now=now, event="reconcile",
                         reason=f"reconciled: never reached {ci}; will be sent again after a re-check",
                         fields={"error": None},
                         lease_over_at=now, dead_owner=_dead(row))
    log.warning("proposal %s: the rerun never reached %s; back to approved", pid, ci)
    return f"approved: never reached {ci}"


def _reconcile_report(store: Store, row: ProposalRow, now: datetime, overdue: bool,
                      actor: str) -> str | None:
    pid = row["id"]
    fingerprint = row.get("fingerprint")
    report = store_outcomes.report_by_fingerprint(store, fingerprint) if fingerprint else None
    if report is not None and report.proposal_id == pid:
        result = {"report_id": report.id, "occurrence": False, "locations": report.locations}
        queue.transition(store, pid, EXECUTED, actor=actor, now=now, event="reconcile",
                             reason="reconciled: the report was filed and recorded",
                             fields={"executed_at": iso(now), "result": dumps(result)},
                             lease_over_at=now, dead_owner=_dead(row))
        return "executed: report was recorded"
    if not overdue:
        return None
    # The sinks find their earlier work (file name, issue marker), so filing again is safe.
    queue.transition(store, pid, APPROVED, actor=actor, now=now, event="reconcile",
                         reason="reconciled: interrupted while filing; will file again",
                         lease_over_at=now, dead_owner=_dead(row))
    return "approved: interrupted while filing"
