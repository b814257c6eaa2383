"""policy.rerun: the one rerun-eligibility rule, as a table over every check and both wordings."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from triage_agent.config import PolicySettings
from triage_agent.core.ci import RunState
from triage_agent.policy import decide
from triage_agent.policy.rerun import (
    AUTO_RERUN_WAIT,
    RerunFacts,
    auto_reruns_pending,
    rerun_blocker,
)
from triage_agent.timeutil import iso

NOW = datetime(2025, 3, 4, 12, 0, tzinfo=UTC)
POLICY = PolicySettings()
RECENT = iso(NOW - timedelta(minutes=40))  # past the automatic-rerun wait, well within the age limit


def facts(**kw) -> RerunFacts:
    kw.setdefault("state", RunState.FAILED)
    kw.setdefault("status", "failed")
    kw.setdefault("stopped_at", RECENT)
    kw.setdefault("ci_name", "TheCI")
    return RerunFacts(**kw)


@pytest.mark.parametrize(("given", "policy", "note", "recheck_reason"), [
    (facts(), POLICY, None, None),
    (facts(state=RunState.SUCCEEDED, status="passed-ish"), POLICY,
     "no rerun: workflow is passed-ish, not failed", "workflow is now passed-ish, not failed"),
    (facts(state=RunState.RUNNING_FAILED, status="going"), POLICY,
     "no rerun: workflow is going, not failed", "workflow is now going, not failed"),
    (facts(state=RunState.ERRORED, status=""), POLICY,
     "no rerun: workflow is unknown, not failed", "workflow is now , not failed"),
    (facts(state=RunState.UNKNOWN, status="weird"), POLICY,
     "no rerun: workflow is weird, not failed", "workflow is now weird, not failed"),
    (facts(unjudged_jobs=2), POLICY,
     "no rerun yet: 2 more failed job(s) of this workflow not judged yet",
     "no rerun yet: 2 more failed job(s) of this workflow not judged yet"),
    (facts(newer_rerun_id="wf-9", newer_rerun_status="running"), POLICY,
     "no rerun: already rerun: workflow wf-9 (running) is newer in the same pipeline",
     "already rerun: workflow wf-9 (running) is newer in the same pipeline"),
    (facts(superseded=True), POLICY,
     "no rerun: a newer pipeline on the same branch superseded this workflow",
     "a newer pipeline on the same branch superseded this workflow"),
    (facts(stopped_at=iso(NOW - timedelta(hours=30))), POLICY,
     "no rerun: workflow stopped 30.0h ago (policy.max_workflow_age_hours = 24)",
     "workflow stopped 30.0h ago (policy.max_workflow_age_hours = 24)"),
    (facts(stopped_at=iso(NOW - timedelta(hours=30))), replace(POLICY, max_workflow_age_hours=48), None, None),
    (facts(stopped_at=iso(NOW - timedelta(minutes=5)), auto_reruns_done=0, auto_reruns_allowed=2), POLICY,
     "no rerun: TheCI auto-reruns pending (0 of 2 done)", "TheCI auto-reruns pending (0 of 2 done)"),
    (facts(stopped_at=iso(NOW - timedelta(minutes=5)), auto_reruns_done=0, auto_reruns_allowed=2,
           is_rerun=True), POLICY, None, None),
    (facts(stopped_at=iso(NOW - timedelta(minutes=5)), auto_reruns_done=2, auto_reruns_allowed=2), POLICY,
     None, None),
    (facts(auto_reruns_done=0, auto_reruns_allowed=2), POLICY, None, None),  # waited long enough
    (facts(outage_signatures={"dns", "apt"}), POLICY,
     "no rerun: held by the outage on apt, dns (one incident report instead)",
     "held by the outage on apt, dns (one incident report instead)"),
    (facts(outage_hold=True), POLICY, "no rerun: held by the outage (one incident report instead)",
     "held by the outage (one incident report instead)"),
    (facts(open_proposal=True), POLICY,
     "no rerun: a proposal for this workflow is already pending or approved",
     "a proposal for this workflow is already pending or approved"),
    (facts(reruns_for_workflow=1), POLICY, "no rerun: budget of 1 rerun per workflow used",
     "budget of 1 rerun per workflow used"),
    (facts(reruns_for_workflow=1), replace(POLICY, max_reruns_per_workflow=2), None, None),
    (facts(reruns_today_for_project=10), POLICY, "no rerun: budget of 10 reruns per project per day used",
     "budget of 10 reruns per project per day used"),
    (facts(reruns_today_for_project=9), POLICY, None, None),
    # Several apply: the first in the documented order is the reason.
    (facts(state=RunState.CANCELED, status="stopped", superseded=True, open_proposal=True), POLICY,
     "no rerun: workflow is stopped, not failed", "workflow is now stopped, not failed"),
    (facts(superseded=True, open_proposal=True, reruns_for_workflow=5), POLICY,
     "no rerun: a newer pipeline on the same branch superseded this workflow",
     "a newer pipeline on the same branch superseded this workflow"),
])
def test_the_rule(given, policy, note, recheck_reason):
    assert rerun_blocker(given, policy, NOW) == note
    assert rerun_blocker(given, policy, NOW, recheck=True) == recheck_reason


def test_unknown_budgets_are_not_checked():
    # The executor's re-check does not know the queue's budgets (the approved proposal counts
    # itself in them): None skips the check rather than counting as zero.
    assert rerun_blocker(facts(reruns_for_workflow=None, reruns_today_for_project=None),
                         replace(POLICY, max_reruns_per_workflow=0, max_reruns_per_project_per_day=0),
                         NOW) is None


@pytest.mark.parametrize(("done", "allowed", "stopped", "manual", "pending"), [
    (0, 0, 5, False, False),
    (None, None, 5, False, False),
    (0, 1, 5, False, True),
    (1, 1, 5, False, False),
    (0, 1, 5, True, False),  # a person's rerun is not rerun automatically
    (1, 2, 5, True, True),  # an automatic rerun that may be followed by another
    (0, 1, None, False, True),  # not stopped yet
    (0, 1, 31, False, False),  # waited past AUTO_RERUN_WAIT
])
def test_auto_reruns_pending(done, allowed, stopped, manual, pending):
    stopped_at = iso(NOW - timedelta(minutes=stopped)) if stopped is not None else None
    assert auto_reruns_pending(done, allowed, stopped_at, NOW, manual_rerun=manual) is pending
    assert timedelta(minutes=30) == AUTO_RERUN_WAIT


def test_decide_notes_are_the_rule_s_own():
    # decide holds no rerun check of its own: whatever the rule says for the workflow's facts
    # is the note of its transient failure.
    failure = decide.JudgedFailure(failure_id=1, project_slug="gh/a/b", pipeline_id="p", pipeline_number=1,
                                   workflow_id="wf", workflow_name="w", job_name="j", verdict="transient",
                                   confidence=0.95, signature="dns", fingerprint="fp")
    for ctx in (decide.WorkflowContext(now=NOW, stopped_at=RECENT, superseded=True),
                decide.WorkflowContext(now=NOW, stopped_at=RECENT, state=RunState.CANCELED, status="x"),
                decide.WorkflowContext(now=NOW, stopped_at=RECENT, outage_signatures=frozenset({"dns"})),
                decide.WorkflowContext(now=NOW, stopped_at=RECENT, reruns_today_for_project=99)):
        expected = rerun_blocker(facts(state=ctx.state, status=ctx.status, ci_name=ctx.ci_name,
                                       superseded=ctx.superseded, outage_signatures=ctx.outage_signatures,
                                       reruns_for_workflow=0, reruns_today_for_project=ctx.reruns_today_for_project),
                                 POLICY, NOW)
        assert expected is not None
        assert decide.decide_workflow([failure], ctx, POLICY).notes == {1: expected}
