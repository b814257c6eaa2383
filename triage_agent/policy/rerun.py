"""The ONE rule that says whether a workflow run may be rerun now, used when a rerun is proposed
(``decide``) and again right before it is sent (the executor's re-check, and expiry).

Provider-neutral: it reads the neutral run state and counters of ``core.ci``, never a
provider's status words; the provider's own word (``status``) only appears in the reason.
What the caller does not know stays ``None`` (or empty) and its check is skipped: the
executor knows the provider's current view (a newer rerun, the state now) but not the queue's
budgets, which the approved proposal itself already counts in.

The checks, in order (the first that applies is the reason):

1. the run is not finished-and-failed;
2. some failed jobs of the run are not judged yet (a rerun would rerun them blind);
3. the run was rerun already (a newer rerun of it exists);
4. a newer pipeline on the same branch superseded it;
5. it stopped longer ago than ``policy.max_workflow_age_hours``;
6. the provider's own automatic reruns may still come (``auto_reruns_pending``);
7. it belongs to an ongoing outage (one incident report instead);
8. a proposal for it is already open;
9. the budgets: reruns per workflow (its whole rerun chain) and per project per day.

The wording is the one each caller always used: a proposal's note says "no rerun: ...", a
re-check's reason is bare and says "now" about the state.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import datetime, timedelta

from ..config import PolicySettings
from ..core.ci import RunState
from ..timeutil import hours_between, parse

# A provider starts its own automatic rerun as soon as a run with automatic reruns allowed
# fails (CircleCI: circleci.com/docs/guides/orchestrate/automatic-reruns). One not started
# within this long after the run stopped is not coming, so the guard stops waiting for it.
AUTO_RERUN_WAIT = timedelta(minutes=30)


def auto_reruns_pending(done: int | None, allowed: int | None, stopped_at: str | None,
                        now: datetime, *, manual_rerun: bool = False) -> bool:
    """Whether the provider's own automatic reruns may still come for a failed run.

    Not for a rerun made by a person (or by us): it carries the allowed count but none done,
    and is not rerun automatically (assumption: the docs describe automatic reruns of a failed
    workflow, not of a manual rerun). Not either once ``AUTO_RERUN_WAIT`` has passed since the
    run stopped: the guard never waits forever.
    """
    done, allowed = done or 0, allowed or 0
    if done >= allowed:
        return False
    if manual_rerun and done == 0:
        return False
    stopped = parse(stopped_at)
    return stopped is None or now - stopped < AUTO_RERUN_WAIT


@dataclass(frozen=True)
class RerunFacts:
    """What is known about a workflow run when a rerun of it is considered."""

    state: RunState
    status: str  # the provider's own word for the state, for the reason text
    stopped_at: str | None = None
    auto_reruns_done: int | None = None
    auto_reruns_allowed: int | None = None
    is_rerun: bool = False  # it reruns an earlier run (a person's or ours, not an automatic one)
    ci_name: str = "the CI"  # who runs the automatic reruns, for the reason text
    # Known to the re-check before sending (None: not asked).
    newer_rerun_id: str | None = None
    newer_rerun_status: str = ""
    # Known when proposing (from the store; None or empty: not counted).
    unjudged_jobs: int = 0
    superseded: bool = False
    outage_signatures: Collection[str] = ()  # outage signatures among the run's failures
    outage_hold: bool = False
    open_proposal: bool = False
    reruns_for_workflow: int | None = None
    reruns_today_for_project: int | None = None


def rerun_blocker(facts: RerunFacts, policy: PolicySettings, now: datetime, *,
                  recheck: bool = False) -> str | None:
    """Why the run may not be rerun now, or None. ``recheck``: the wording of the re-check
    right before sending (bare reason) instead of a proposal's note ("no rerun: ...")."""
    no = "" if recheck else "no rerun: "
    if not facts.state.rerunnable:
        if recheck:
            return f"workflow is now {facts.status}, not failed"
        return f"no rerun: workflow is {facts.status or 'unknown'}, not failed"
    if facts.unjudged_jobs > 0:
        return f"no rerun yet: {facts.unjudged_jobs} more failed job(s) of this workflow not judged yet"
    if facts.newer_rerun_id is not None:
        return (f"{no}already rerun: workflow {facts.newer_rerun_id} ({facts.newer_rerun_status}) "
                "is newer in the same pipeline")
    if facts.superseded:
        return f"{no}a newer pipeline on the same branch superseded this workflow"
    age = hours_between(facts.stopped_at, now)
    if age is not None and age > policy.max_workflow_age_hours:
        return (f"{no}workflow stopped {age:.1f}h ago "
                f"(policy.max_workflow_age_hours = {policy.max_workflow_age_hours:g})")
    done, allowed = facts.auto_reruns_done or 0, facts.auto_reruns_allowed or 0
    if auto_reruns_pending(done, allowed, facts.stopped_at, now, manual_rerun=facts.is_rerun):
        return f"{no}{facts.ci_name} auto-reruns pending ({done} of {allowed} done)"
    held = sorted(set(facts.outage_signatures))
    if held or facts.outage_hold:
        on = f" on {', '.join(held)}" if held else ""
        return f"{no}held by the outage{on} (one incident report instead)"
    if facts.open_proposal:
        return f"{no}a proposal for this workflow is already pending or approved"
    if facts.reruns_for_workflow is not None and facts.reruns_for_workflow >= policy.max_reruns_per_workflow:
        n = policy.max_reruns_per_workflow
        return f"{no}budget of {n} rerun{'s' if n != 1 else ''} per workflow used"
    if (facts.reruns_today_for_project is not None
            and facts.reruns_today_for_project >= policy.max_reruns_per_project_per_day):
        return (f"{no}budget of {policy.max_reruns_per_project_per_day} reruns per project "
                "per day used")
    return None
