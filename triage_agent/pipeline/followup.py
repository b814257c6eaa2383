"""The follow-up stage: executed reruns are watched; a pass confirms the transient verdict, the same failure refutes it.

Outcomes are kept in the ``reruns`` table (confirmed, refuted, different, canceled); they are
the agent's measured precision. Failed jobs of a rerun become ordinary failure rows (origin
``followup``) and their evidence is collected here at once, since the outcome needs their
fingerprints; judging them (so a refuted fingerprint is proposed as a report by ``decide``) is
the caller's next step (``pipeline.actions.execute_cycle``). Reruns people made, found by
polling, are settled from what the store holds, without requests.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import NotRequired, TypedDict

from ..config import PollingSettings
from ..core.ci import RunState
from ..core.redact import Redactor
from ..core.states import RerunOutcome, RerunStatus
from ..errors import AuthError, CircleCIError, NotFound, Throttled
from ..ports import CIProvider
from ..store import Store, queue
from ..store import evidence as evidence_store
from ..store import failures as store_failures
from ..store import outcomes as store_outcomes
from ..store.outcomes import RerunRow
from ..timeutil import parse
from . import collect as collect_mod
from .gone import RERUN_GRACE, GoneCheck
from .intake.polling import record_failed_jobs

log = logging.getLogger(__name__)

# A rerun still not finished after this long is given up on (its outcome stays unknown).
GIVE_UP_AFTER = timedelta(hours=24)


class SettledRerun(TypedDict):
    """A rerun settled by the follow-up (an item of ``execute --json``'s ``rerun_outcomes``)."""

    proposal_id: int | None  # None for a person's rerun
    project_slug: str
    workflow_name: str
    new_workflow_id: str
    outcome: str
    detail: str
    manual: NotRequired[bool]


@dataclass
class FollowupSummary:
    """What one follow-up pass found: reruns checked, settled, the failures they added, warnings."""

    checked: int = 0
    outcomes: list[SettledRerun] = field(default_factory=list)
    new_failure_ids: list[int] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def _finish(store: Store, rerun: RerunRow, now: datetime, *, status: str, outcome: str,
            detail: str) -> SettledRerun:
    store_outcomes.finish_rerun(store, rerun.proposal_id, now, status=status, outcome=outcome, detail=detail)
    store.audit(now=now, actor=queue.SYSTEM_ACTOR, event=f"rerun {outcome}", proposal_id=rerun.proposal_id,
                detail={"new_workflow_id": rerun.new_workflow_id, "detail": detail})
    log.info("rerun of %s (%s, proposal %s): %s; %s", rerun.workflow_name, rerun.project_slug,
             rerun.proposal_id, outcome, detail)
    return {"proposal_id": rerun.proposal_id, "project_slug": rerun.project_slug,
            "workflow_name": rerun.workflow_name, "new_workflow_id": rerun.new_workflow_id,
            "outcome": outcome, "detail": detail}


def follow_up(provider: CIProvider, store: Store, polling: PollingSettings, redactor: Redactor,
              now: datetime, *, key_line: collect_mod.KeyLineFn | None = None,
              gone: GoneCheck | None = None) -> FollowupSummary:
    """Check every running rerun once (one request each); settle the finished ones. Reruns made
    by people (found by polling) are settled from the store, without requests."""
    summary = FollowupSummary()
    gone = gone or GoneCheck(provider, store, now)
    for rerun in store_outcomes.running_reruns(store):
        summary.checked += 1
        key = f"workflow:{rerun.new_workflow_id}"
        try:
            wf = provider.workflow_run(rerun.new_workflow_id)
        except (AuthError, Throttled):
            raise
        except NotFound:
            sent = parse(rerun.sent_at)
            if sent is not None and now - sent < RERUN_GRACE:
                # A new workflow may not be readable right after the 202: not visible yet.
                summary.warnings.append(f"rerun {rerun.new_workflow_id}: not visible yet")
                continue
            if gone.final(key, f"rerun of {rerun.workflow_name}"):
                gone.forget(key)
                summary.outcomes.append(_finish(store, rerun, now, status=RerunStatus.GONE, outcome=RerunOutcome.UNKNOWN,
                                                detail="the rerun workflow is no longer visible (404 twice)"))
            else:
                summary.warnings.append(f"rerun {rerun.new_workflow_id}: 404; not final until it repeats")
            continue
        except CircleCIError as exc:
            summary.warnings.append(f"rerun {rerun.new_workflow_id}: {exc}")
            continue
        gone.found(key)
        store_failures.upsert_workflow(store, wf, now)
        store_failures.link_rerun(store, wf.id, rerun.original_workflow_id)
        if not wf.state.terminal:
            sent = parse(rerun.sent_at)
            if sent is not None and now - sent > GIVE_UP_AFTER:
                summary.outcomes.append(_finish(store, rerun, now, status=RerunStatus.ABANDONED, outcome=RerunOutcome.UNKNOWN,
                                                detail=f"still {wf.status} after {GIVE_UP_AFTER}"))
            else:
                store_outcomes.rerun_checked(store, rerun.proposal_id, now)
            continue
        if wf.state is RunState.SUCCEEDED:
            summary.outcomes.append(_finish(store, rerun, now, status=RerunStatus.PASSED, outcome=RerunOutcome.CONFIRMED,
                                            detail="the rerun passed"))
            continue
        if not wf.state.has_failures:
            summary.outcomes.append(_finish(store, rerun, now, status=wf.status, outcome=RerunOutcome.CANCELED,
                                            detail=f"the rerun ended {wf.status}"))
            continue
        pipeline = store_failures.pipeline_record(store, wf.pipeline_id)
        try:
            new_ids = record_failed_jobs(provider, store, wf, pipeline, now, origin="followup")
        except AuthError:
            raise
        except CircleCIError as exc:
            summary.warnings.append(f"rerun {wf.id}: jobs unavailable ({exc}); will retry")
            continue
        summary.new_failure_ids.extend(new_ids)
        # Fingerprints need the evidence: collect it now (the usual cycle step, done early).
        pending = False
        for row in store_failures.uncollected_failure_records(store, wf.id):
            try:
                ev = collect_mod.collect(provider, store, row, polling, redactor, now, key_line=key_line)
            except AuthError:
                raise
            except CircleCIError as exc:
                summary.warnings.append(f"rerun {wf.id}: evidence unavailable ({exc}); will retry")
                pending = True
                continue
            evidence_store.save_evidence(store, row["id"], ev, now)
        if pending:
            continue
        same = store_failures.workflow_fingerprints(store, wf.id) & queue.proposal_fingerprints(store, rerun.proposal_id)
        if same:
            summary.outcomes.append(_finish(store, rerun, now, status=RerunStatus.FAILED, outcome=RerunOutcome.REFUTED,
                                            detail="the rerun failed the same way"))
        else:
            summary.outcomes.append(_finish(store, rerun, now, status=RerunStatus.FAILED, outcome=RerunOutcome.DIFFERENT,
                                            detail="the rerun failed differently"))
    summary.outcomes.extend(settle_manual_reruns(provider, store, now))
    return summary


def settle_manual_reruns(provider: CIProvider, store: Store, now: datetime) -> list[SettledRerun]:
    """Outcomes of reruns made by people, from what polling stored (no requests): a pass after a
    failure, the same failure again, or a different one. They feed the history of the failure's
    fingerprint like our own reruns' outcomes do."""
    out: list[SettledRerun] = []
    for rerun in store_outcomes.running_manual_reruns(store):
        status = rerun.workflow_status
        state = provider.run_state(status)
        if not state.terminal:
            detected = parse(rerun.detected_at)
            if detected is not None and now - detected > GIVE_UP_AFTER:
                store_outcomes.abandon_manual_rerun(store, rerun.new_workflow_id, now)
            continue
        before = store_failures.workflow_fingerprints(store, rerun.original_workflow_id)
        if state is RunState.SUCCEEDED:
            outcome, detail = RerunOutcome.CONFIRMED, "a person's rerun passed"
        elif state.has_failures:
            if store_failures.uncollected_failures(store, rerun.new_workflow_id):
                continue  # its failures are not fingerprinted yet
            after = store_failures.workflow_fingerprints(store, rerun.new_workflow_id)
            outcome, detail = ((RerunOutcome.REFUTED, "a person's rerun failed the same way") if after & before
                               else (RerunOutcome.DIFFERENT, "a person's rerun failed differently"))
        else:
            outcome, detail = RerunOutcome.CANCELED, f"a person's rerun ended {status}"
        if not before and outcome != RerunOutcome.CANCELED:
            detail += " (no failure of the original workflow was judged)"
        store_outcomes.finish_manual_rerun(store, rerun.new_workflow_id, now, status=status, outcome=outcome,
                                           detail=detail)
        log.info("manual rerun of %s (%s): %s", rerun.workflow_name, rerun.project_slug, detail)
        out.append({"proposal_id": None, "project_slug": rerun.project_slug, "workflow_name": rerun.workflow_name,
                    "new_workflow_id": rerun.new_workflow_id, "outcome": outcome, "detail": detail,
                    "manual": True})
    return out
