"""The expire stage: proposals that are too old, or whose rerun no longer makes sense, expire unsent.

Pending and approved proposals only (an executing one belongs to its executor's lease). Age
needs no request; a rerun proposal is re-read from the CI provider, one request per pipeline,
and judged by ``policy.rerun``'s rule in its re-check wording (the executor asks the same
question before it sends). A workflow the provider no longer shows expires its proposal only
once the 404 is final (``gone.GoneCheck``).
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import datetime

from ..config import PolicySettings
from ..core.ci import WorkflowRun
from ..core.states import APPROVED, PENDING, Action
from ..errors import ApprovalError, AuthError, CircleCIError, NotFound
from ..policy.rerun import RerunFacts, rerun_blocker
from ..ports import CIProvider
from ..store import Store, queue
from ..store import failures as store_failures
from ..store.queue import ProposalRow
from ..timeutil import hours_between
from .gone import GoneCheck

log = logging.getLogger(__name__)


def _stale_reason(row: ProposalRow, policy: PolicySettings, now: datetime) -> str | None:
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


def note_person_rerun(store: Store, provider: CIProvider, row: ProposalRow, run: WorkflowRun,
                      siblings: Sequence[WorkflowRun], now: datetime) -> bool:
    """Record the newer rerun a re-check found (``run`` was rerun already) as a person's rerun, unless it is ours or
    the provider's own, and reopen its pipeline so polling follows it to its end at once instead of at the
    pipeline's next scheduled re-read. Its outcome then labels the failure, and settles a probe it overtook
    (``pipeline.propose.fall_back_from_probe``). Returns whether it was recorded now. Never raises: the expiry it
    follows is committed, and a failed note only leaves the rerun to the next scheduled re-read."""
    try:
        newer = provider.run_family(run, siblings).newer
        if newer is None or newer.automatic_rerun or store_failures.rerun_is_ours(store, newer.id, run.id):
            return False
        pipeline_id = row.get("pipeline_id") or run.pipeline_id
        with store.atomic():
            recorded = store_failures.record_manual_rerun(
                store, new_workflow_id=newer.id, original_workflow_id=run.id, pipeline_id=pipeline_id,
                project_slug=row.get("project_slug") or run.project_slug, workflow_name=newer.name or run.name,
                now=now)
            if recorded:
                store_failures.reopen_pipeline(store, pipeline_id)
    except Exception as exc:  # a note, never the expiry's undoing
        log.warning("proposal %s: the rerun a person made was not noted (%s: %s); the next re-read finds it",
                    row["id"], type(exc).__name__, exc)
        return False
    if recorded:
        log.info("%s: workflow %s was rerun by a person (%s), seen at the re-check of proposal %s",
                 row.get("project_slug"), run.name, newer.id, row["id"])
    return recorded


def expire_stale(store: Store, provider: CIProvider | None, policy: PolicySettings,
                 now: datetime, *, check_provider: bool = True) -> list[tuple[int, str]]:
    """Expire pending/approved proposals that are too old or whose rerun no longer makes sense."""
    expired: list[tuple[int, str]] = []
    reruns: list[ProposalRow] = []
    for row in queue.with_status(store, PENDING, APPROVED):
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
    by_pipeline: dict[str, list[ProposalRow]] = {}
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
            workflow_id = row["workflow_id"] or ""
            workflow = next((w for w in siblings if w.id == workflow_id), None)
            if workflow is None:
                try:
                    workflow = provider.workflow_run(workflow_id)
                except NotFound:
                    # One 404 is not final (a refused token answers 404 too): /me, then twice.
                    if gone is None:
                        gone = GoneCheck(provider, store, now)
                    key = f"workflow:{workflow_id}"
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
                note_person_rerun(store, provider, row, workflow, siblings, now)
    return expired


def _try_expire(store: Store, proposal_id: int, now: datetime, reason: str) -> bool:
    try:
        queue.expire(store, proposal_id, now, reason)
    except ApprovalError as exc:  # decided meanwhile by someone else: their decision stands
        log.info("proposal %s not expired: %s", proposal_id, exc)
        return False
    return True
