"""Execute approved proposals exactly once, even across a crash: re-check, mark executing, send, record.

The order that makes "never two POSTs for one proposal" hold wherever the process dies:

1. re-read the pipeline's workflows; a rerun that no longer makes sense expires unsent;
2. commit ``executing`` together with the ids of the same-named workflows already in the
   pipeline (the "known" set) BEFORE the POST;
3. POST the rerun;
4. in one transaction: ``executed`` + the new workflow id + a ``reruns`` row.

A proposal found in ``executing`` (a crash, or an answer that never came) is reconciled
from CircleCI's own record instead of being sent again: a same-named workflow in the
pipeline that is not in the known set is our rerun. Only when none exists after a grace
period does the proposal go back to ``approved`` for the next run to send, and that run
re-checks the pipeline first.
"""

from __future__ import annotations

import logging
from collections.abc import Collection, Sequence
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
    NotFound,
    RateLimited,
    ServerError,
    SinkError,
    TransportError,
)
from .gone import GoneCheck
from .redact import Redactor
from .reports import Sink, file_report
from .store import Store, dumps, loads
from .timeutil import iso, parse

log = logging.getLogger(__name__)

# Failed sink attempts of one report before it needs a person (failed -> approve to retry).
MAX_REPORT_ATTEMPTS = 3
# Clock skew allowed when a proposal lacks the known set (rows written by older versions).
CLOCK_SKEW = timedelta(seconds=60)
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

    @property
    def did_something(self) -> bool:
        """Whether anything changed (for quiet daemon logs)."""
        return any((self.executed, self.expired, self.failed, self.retry_later, self.uncertain,
                    self.reconciled))

    def to_dict(self) -> dict[str, Any]:
        """The ``execute --json`` shape."""
        return {
            "executed": self.executed,
            "expired": [{"id": i, "reason": r} for i, r in self.expired],
            "failed": [{"id": i, "error": r} for i, r in self.failed],
            "retry_later": [{"id": i, "reason": r} for i, r in self.retry_later],
            "uncertain": [{"id": i, "reason": r} for i, r in self.uncertain],
            "reconciled": [{"id": i, "outcome": r} for i, r in self.reconciled],
        }

    def one_line(self) -> str:
        """A one-line human summary."""
        return (f"execute: {len(self.executed)} executed, {len(self.expired)} expired, "
                f"{len(self.failed)} failed, {len(self.retry_later)} to retry, "
                f"{len(self.uncertain)} awaiting reconciliation, {len(self.reconciled)} reconciled")


def _mark_executed(store: Store, row: dict[str, Any], new_workflow_id: str, known: Sequence[str],
                   now: datetime, *, actor: str, reason: str, sent_at: str | None) -> None:
    """executing -> executed, the result and the reruns row, in one transaction."""
    with write_transaction(store):
        approvals.transition(
            store, row["id"], EXECUTED, actor=actor, now=now, reason=reason, event="executed",
            fields={"executed_at": iso(now), "error": None,
                    "result": dumps({"new_workflow_id": new_workflow_id,
                                     "known_workflow_ids": list(known)})},
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


def _execute_rerun(store: Store, client: CircleCIClient, policy: PolicySettings,
                   row: dict[str, Any], now: datetime, actor: str,
                   summary: ExecutionSummary, gone: GoneCheck | None = None) -> None:
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
    # The commit that makes a crash after the POST recoverable without a second POST.
    approvals.transition(
        store, pid, EXECUTING, actor=actor, now=now, event="execute",
        reason="re-checked: still failed, not rerun, no auto-reruns pending",
        fields={"executing_at": iso(now), "attempts": int(row.get("attempts") or 0) + 1,
                "result": dumps({"known_workflow_ids": known})},
    )
    try:
        new_id = client.rerun_workflow_from_failed(workflow.id)
    except AuthError:
        approvals.transition(store, pid, APPROVED, actor=actor, now=now, event="not-sent",
                             reason="not sent: CircleCI rejected the token (401)")
        raise
    except RateLimited as exc:
        approvals.transition(store, pid, APPROVED, actor=actor, now=now, event="not-sent",
                             reason=f"not sent: {exc}; will retry", fields={"error": str(exc)})
        summary.retry_later.append((pid, str(exc)))
        return
    except TransportError as exc:
        if isinstance(exc.__cause__, _NEVER_SENT):
            approvals.transition(store, pid, APPROVED, actor=actor, now=now, event="not-sent",
                                 reason=f"not sent: {exc}; will retry", fields={"error": str(exc)})
            summary.retry_later.append((pid, str(exc)))
            return
        _leave_uncertain(store, pid, exc, summary)
        return
    except (ServerError, BadResponse) as exc:
        # The POST may have landed (a 5xx after the fact, or a 202 with a body we cannot
        # read): reconcile from the pipeline instead of guessing.
        _leave_uncertain(store, pid, exc, summary)
        return
    except APIStatusError as exc:
        approvals.transition(store, pid, FAILED, actor=actor, now=now, event="failed",
                             reason=str(exc), fields={"error": str(exc)})
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
            summary.uncertain.append((pid, "rerun accepted (202 without workflow_id); its workflow is not listed yet"))
            return
        new_id = found.id
    _mark_executed(store, row, new_id, known, now, actor=actor,
                   reason=f"rerun sent: new workflow {new_id}", sent_at=iso(now))
    log.info("proposal %s: reran workflow %s from failed -> %s", pid, workflow.id, new_id)
    summary.executed.append({"id": pid, "action": "rerun_workflow", "new_workflow_id": new_id})


def _leave_uncertain(store: Store, pid: int, exc: Exception, summary: ExecutionSummary) -> None:
    store.db["proposals"].update(pid, {"error": f"uncertain: {exc}"})
    log.warning("proposal %s: the rerun may or may not have reached CircleCI (%s); "
                "it stays executing until reconciled", pid, exc)
    summary.uncertain.append((pid, str(exc)))


def _execute_report(store: Store, sinks: Sequence[Sink], row: dict[str, Any], now: datetime,
                    actor: str, redactor: Redactor, summary: ExecutionSummary) -> None:
    pid = row["id"]
    attempts = int(row.get("attempts") or 0) + 1
    previous = loads(row.get("result"), {}) or {}
    approvals.transition(store, pid, EXECUTING, actor=actor, now=now, event="execute",
                         reason=f"filing to {', '.join(s.name for s in sinks) or 'no sinks'}",
                         fields={"executing_at": iso(now), "attempts": attempts})

    def save(progress: dict[str, str]) -> None:
        # Each served sink is remembered at once, so a retry does not serve it twice.
        store.db["proposals"].update(pid, {"result": dumps({"sinks": progress})})

    try:
        result = file_report(store, sinks, pid, redactor, now,
                             done=previous.get("sinks") or {}, on_progress=save)
    except SinkError as exc:
        if attempts >= MAX_REPORT_ATTEMPTS:
            approvals.transition(store, pid, FAILED, actor=actor, now=now, event="failed",
                                 reason=f"{exc} (attempt {attempts})", fields={"error": str(exc)})
            summary.failed.append((pid, str(exc)))
        else:
            approvals.transition(store, pid, APPROVED, actor=actor, now=now, event="retry",
                                 reason=f"{exc}; will retry (attempt {attempts} of "
                                        f"{MAX_REPORT_ATTEMPTS})",
                                 fields={"error": str(exc)})
            summary.retry_later.append((pid, str(exc)))
        return
    approvals.transition(
        store, pid, EXECUTED, actor=actor, now=now, event="executed",
        reason="occurrence added" if result["occurrence"] else "report filed",
        fields={"executed_at": iso(now), "error": None, "result": dumps(result)},
    )
    summary.executed.append({"id": pid, "action": "file_report", **result})


def execute_approved(store: Store, client: CircleCIClient, sinks: Sequence[Sink],
                     policy: PolicySettings, now: datetime, *, actor: str = approvals.SYSTEM_ACTOR,
                     redactor: Redactor | None = None,
                     ids: Collection[int] | None = None) -> ExecutionSummary:
    """Reconcile interrupted executions, then execute every approved proposal (or just ``ids``)."""
    summary = ExecutionSummary()
    gone = GoneCheck(client, store, now)
    summary.reconciled = reconcile_executing(store, client, now, gone=gone)
    redactor = redactor or Redactor()
    rows = list(store.db.query("select * from proposals where status = ? order by id", [APPROVED]))
    for row in rows:
        if ids is not None and row["id"] not in ids:
            continue
        try:
            if row["action"] == "rerun_workflow":
                _execute_rerun(store, client, policy, row, now, actor, summary, gone)
            elif row["action"] == "file_report":
                _execute_report(store, sinks, row, now, actor, redactor, summary)
            else:  # cannot happen through enqueue; never act on an unknown action
                approvals.transition(store, row["id"], FAILED, actor=actor, now=now,
                                     reason=f"unknown action {row['action']!r}")
                summary.failed.append((row["id"], f"unknown action {row['action']!r}"))
        except ApprovalError as exc:  # moved by another process meanwhile: theirs stands
            log.info("proposal %s skipped: %s", row["id"], exc)
    if summary.did_something:
        log.info("%s", summary.one_line())
    return summary


def reconcile_executing(store: Store, client: CircleCIClient, now: datetime, *,
                        grace_seconds: float = 120, actor: str = approvals.SYSTEM_ACTOR,
                        gone: GoneCheck | None = None) -> list[tuple[int, str]]:
    """Settle proposals left ``executing`` from CircleCI's record: executed if the rerun exists, else approved after the grace."""
    out: list[tuple[int, str]] = []
    gone = gone or GoneCheck(client, store, now)
    rows = list(store.db.query("select * from proposals where status = ? order by id", [EXECUTING]))
    for row in rows:
        pid = row["id"]
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
                                 reason=reason, fields={"error": reason})
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
                       sent_at=row.get("executing_at"))
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
                             reason=reason, fields={"error": reason})
        return "failed: accepted rerun never appeared"
    approvals.transition(store, pid, APPROVED, actor=actor, now=now, event="reconcile",
                         reason="reconciled: never reached CircleCI; will be sent again after a re-check",
                         fields={"error": None})
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
                             fields={"executed_at": iso(now), "result": dumps(result)})
        return "executed: report was recorded"
    if not overdue:
        return None
    # The sinks find their earlier work (file name, issue marker), so filing again is safe.
    approvals.transition(store, pid, APPROVED, actor=actor, now=now, event="reconcile",
                         reason="reconciled: interrupted while filing; will file again")
    return "approved: interrupted while filing"
