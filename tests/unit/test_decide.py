"""decide: every rule and guard as a table, and the outage grouping. Pure: no store, no HTTP."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from triage_agent.config import PolicySettings
from triage_agent.core.ci import RunState
from triage_agent.policy.decide import (
    JudgedFailure,
    RecentFailure,
    WorkflowContext,
    decide_workflow,
    find_outages,
    incident_signature,
)
from triage_agent.timeutil import iso

NOW = datetime(2025, 3, 4, 12, 0, tzinfo=UTC)
POLICY = PolicySettings()


def jf(failure_id: int = 1, verdict: str = "transient", confidence: float = 0.9, *,
       job: str = "test", category: str = "network", fingerprint: str | None = None,
       signature: str = "npm-network", **kw) -> JudgedFailure:
    return JudgedFailure(
        failure_id=failure_id, project_slug=kw.pop("project_slug", "gh/acme/api"),
        pipeline_id="p-1", pipeline_number=142, workflow_id="wf-1", workflow_name="build-test",
        job_name=job, job_number=800 + failure_id, verdict=verdict, confidence=confidence,
        category=category, fingerprint=fingerprint or f"fp{failure_id}", signature=signature,
        branch="main", revision="1a2b3c4d5e6f", **kw,
    )


def ctx(**kw) -> WorkflowContext:
    kw.setdefault("stopped_at", iso(NOW - timedelta(minutes=10)))
    kw.setdefault("ci_name", "CircleCI")
    return WorkflowContext(now=NOW, workflow_id="wf-1", **kw)


def actions(decision) -> list[tuple[str, str]]:
    return [(d.action, d.kind) for d in decision.drafts]


# --------------------------------------------------------------------------- verdict rules

RERUN = [("rerun_workflow", "rerun")]
REPORT = [("file_report", "report")]


@pytest.mark.parametrize(
    "failures, policy, expected, note",
    [
        pytest.param([jf(1, "transient", 0.9)], POLICY, RERUN, "rerun proposed", id="transient-rerun"),
        pytest.param([jf(1, "transient", 0.7)], POLICY, RERUN, "rerun proposed",
                     id="transient-at-threshold"),
        pytest.param([jf(1, "transient", 0.69)], POLICY, [],
                     "transient at 0.69 < policy.rerun_min_confidence 0.7: treated as unknown: "
                     "nothing proposed (policy.unknown_action = none)", id="weak-transient"),
        pytest.param([jf(1, "transient", 0.69)], replace(POLICY, unknown_action="report"), REPORT,
                     "transient at 0.69 < policy.rerun_min_confidence 0.7: treated as unknown; "
                     "report proposed", id="weak-transient-reported"),
        pytest.param([jf(1, "real", 0.8, category="test-failure")], POLICY, REPORT,
                     "report proposed", id="real-report"),
        pytest.param([jf(1, "real", 0.59)], POLICY, [],
                     "real at 0.59 < policy.report_min_confidence 0.6: treated as unknown: "
                     "nothing proposed (policy.unknown_action = none)", id="weak-real"),
        pytest.param([jf(1, "unknown", 0.3)], POLICY, [],
                     "unknown verdict: nothing proposed (policy.unknown_action = none)",
                     id="unknown-none"),
        pytest.param([jf(1, "unknown", 0.3)], replace(POLICY, unknown_action="report"), REPORT,
                     "unknown verdict; report proposed", id="unknown-report"),
    ],
)
def test_one_failure_per_verdict(failures, policy, expected, note):
    decision = decide_workflow(failures, ctx(), policy)
    assert actions(decision) == expected
    assert decision.notes[1] == note


def test_rerun_only_when_every_failed_job_is_transient():
    decision = decide_workflow(
        [jf(1, "transient", 0.95, job="lint"), jf(2, "real", 0.9, job="test")], ctx(), POLICY)
    assert actions(decision) == REPORT
    assert decision.drafts[0].failure_ids == (2,)
    assert decision.notes[1] == ("no rerun: test is not transient with enough confidence, and a "
                                 "rerun from failed would rerun it too")
    assert decision.notes[2] == "report proposed"


def test_one_rerun_covers_every_transient_job_at_the_lowest_confidence():
    decision = decide_workflow(
        [jf(1, "transient", 0.95, job="a"), jf(2, "transient", 0.75, job="b", category="timeout")],
        ctx(), POLICY)
    (draft,) = decision.drafts
    assert draft.action == "rerun_workflow"
    assert draft.failure_ids == (1, 2)
    assert draft.confidence == 0.75
    assert draft.job_name == "b"  # the weakest link leads
    assert draft.category == "network,timeout"
    assert decision.notes == {1: "rerun proposed", 2: "rerun proposed"}


def test_draft_carries_the_failure_identity():
    (draft,) = decide_workflow([jf(1)], ctx(), POLICY).drafts
    assert (draft.project_slug, draft.pipeline_id, draft.pipeline_number, draft.workflow_id,
            draft.workflow_name, draft.job_number, draft.job_name, draft.branch, draft.revision,
            draft.fingerprint) == ("gh/acme/api", "p-1", 142, "wf-1", "build-test", 801, "test",
                                   "main", "1a2b3c4d5e6f", "fp1")
    assert "\n" not in draft.summary
    assert draft.summary.startswith("Rerun build-test from failed, gh/acme/api #142 on main")


# --------------------------------------------------------------------------- rerun guards


@pytest.mark.parametrize(
    "context, policy, note",
    [
        pytest.param(ctx(state=RunState.SUCCEEDED, status="success"), POLICY, "no rerun: workflow is success, not failed",
                     id="not-failed"),
        pytest.param(ctx(state=RunState.RUNNING_FAILED, status="failing"), POLICY, "no rerun: workflow is failing, not failed",
                     id="still-running"),
        pytest.param(ctx(superseded=True), POLICY,
                     "no rerun: a newer pipeline on the same branch superseded this workflow",
                     id="superseded"),
        pytest.param(ctx(stopped_at=iso(NOW - timedelta(hours=25))), POLICY,
                     "no rerun: workflow stopped 25.0h ago (policy.max_workflow_age_hours = 24)",
                     id="too-old"),
        pytest.param(ctx(auto_reruns_done=None, auto_reruns_allowed=2), POLICY,
                     "no rerun: CircleCI auto-reruns pending (0 of 2 done)", id="auto-none-is-0"),
        pytest.param(ctx(auto_reruns_done=1, auto_reruns_allowed=2), POLICY,
                     "no rerun: CircleCI auto-reruns pending (1 of 2 done)", id="auto-pending"),
        pytest.param(ctx(outage_signatures=frozenset({"npm-network"})), POLICY,
                     "no rerun: held by the outage on npm-network (one incident report instead)",
                     id="outage-signature"),
        pytest.param(ctx().held_by_outage(), POLICY,
                     "no rerun: held by the outage (one incident report instead)",
                     id="outage-hold"),
        pytest.param(ctx(open_proposal=True), POLICY,
                     "no rerun: a proposal for this workflow is already pending or approved",
                     id="open-proposal"),
        pytest.param(ctx(reruns_for_workflow=1), POLICY,
                     "no rerun: budget of 1 rerun per workflow used", id="workflow-budget"),
        pytest.param(ctx(reruns_for_workflow=2), replace(POLICY, max_reruns_per_workflow=2),
                     "no rerun: budget of 2 reruns per workflow used", id="workflow-budget-2"),
        pytest.param(ctx(failed_job_count=2), POLICY,
                     "no rerun yet: 1 more failed job(s) of this workflow not judged yet",
                     id="unjudged-jobs"),
        pytest.param(ctx(reruns_today_for_project=10), POLICY,
                     "no rerun: budget of 10 reruns per project per day used", id="daily-budget"),
    ],
)
def test_rerun_guards(context, policy, note):
    decision = decide_workflow([jf(1)], context, policy)
    assert decision.drafts == ()
    assert decision.notes == {1: note}


@pytest.mark.parametrize(
    "context, policy",
    [
        pytest.param(ctx(auto_reruns_done=2, auto_reruns_allowed=2), POLICY, id="auto-reruns-done"),
        pytest.param(ctx(stopped_at=iso(NOW - timedelta(hours=23))), POLICY, id="young-enough"),
        pytest.param(ctx(stopped_at=None), POLICY, id="no-stopped-at"),
        pytest.param(ctx(reruns_for_workflow=1), replace(POLICY, max_reruns_per_workflow=2),
                     id="budget-left"),
        pytest.param(ctx(reruns_today_for_project=9), POLICY, id="daily-budget-left"),
        pytest.param(ctx(failed_job_count=1), POLICY, id="every-failed-job-judged"),
        pytest.param(ctx(outage_signatures=frozenset({"other"})), POLICY, id="other-outage"),
    ],
)
def test_rerun_allowed_just_inside_the_guards(context, policy):
    assert actions(decide_workflow([jf(1)], context, policy)) == RERUN


# --------------------------------------------------------------------------- reports


def test_existing_report_records_an_occurrence_instead():
    decision = decide_workflow([jf(1, "real", 0.9)],
                               ctx(reported_fingerprints=frozenset({"fp1"})), POLICY)
    assert decision.drafts == ()
    assert decision.occurrences == {1: "fp1"}
    assert decision.notes[1] == "report exists for this fingerprint: occurrence recorded"


def test_pending_report_proposal_is_not_proposed_again():
    decision = decide_workflow([jf(1, "real", 0.9)],
                               ctx(pending_report_fingerprints=frozenset({"fp1"})), POLICY)
    assert decision.drafts == ()
    assert decision.occurrences == {}
    assert decision.notes[1] == "report already proposed for this fingerprint (pending)"


def test_two_jobs_with_one_fingerprint_share_one_report():
    decision = decide_workflow(
        [jf(1, "real", 0.9, job="a", fingerprint="same"), jf(2, "real", 0.7, job="b",
                                                              fingerprint="same")],
        ctx(), POLICY)
    (draft,) = decision.drafts
    assert draft.failure_ids == (1, 2)
    assert draft.confidence == 0.7
    assert "(+1 more jobs)" in draft.summary


def test_refuted_fingerprint_is_reported_even_if_it_looks_transient():
    decision = decide_workflow([jf(1, "transient", 0.95)],
                               ctx(refuted_fingerprints=frozenset({"fp1"})), POLICY)
    assert actions(decision) == [("file_report", "refuted")]
    assert decision.drafts[0].reason == "the rerun triage-agent proposed failed the same way"


def test_reports_are_never_auto_approved():
    policy = replace(POLICY, auto_approve_reruns=True, auto_approve_min_confidence=0.5)
    decision = decide_workflow([jf(1, "real", 0.99)], ctx(), policy)
    assert [d.auto_approve for d in decision.drafts] == [False]


@pytest.mark.parametrize(
    "enabled, minimum, confidence, auto",
    [(False, 0.95, 0.99, False), (True, 0.95, 0.99, True), (True, 0.95, 0.95, True),
     (True, 0.95, 0.94, False)],
)
def test_auto_approve_only_by_policy_and_confidence(enabled, minimum, confidence, auto):
    policy = replace(POLICY, auto_approve_reruns=enabled, auto_approve_min_confidence=minimum)
    (draft,) = decide_workflow([jf(1, "transient", confidence)], ctx(), policy).drafts
    assert draft.auto_approve is auto
    assert ("auto-approved" in draft.reason) is auto


def test_no_failures_no_decision():
    decision = decide_workflow([], ctx(), POLICY)
    assert decision.drafts == () and decision.notes == {}


def test_from_row_reads_failure_and_verdict_columns():
    row = {"id": 7, "project_slug": "gh/a/b", "pipeline_id": "p", "pipeline_number": 3,
           "workflow_id": "w", "workflow_name": "wf", "job_name": "j", "job_number": None,
           "verdict": "real", "confidence": 0.8, "category": "compile", "fingerprint": "f",
           "signature": None, "branch": None, "revision": "abc", "detected_at": "2025-01-01"}
    f = JudgedFailure.from_row(row)
    assert (f.failure_id, f.verdict, f.confidence, f.signature, f.branch, f.job_number) == (
        7, "real", 0.8, "", "", None)


# --------------------------------------------------------------------------- outages


def rf(i: int, project: str, minutes_ago: float, signature: str = "docker-hub-timeout",
       category: str = "network") -> RecentFailure:
    return RecentFailure(failure_id=i, project_slug=project, signature=signature,
                         category=category, detected_at=iso(NOW - timedelta(minutes=minutes_ago)),
                         workflow_id=f"wf-{i}")


@pytest.mark.parametrize(
    "recent, count",
    [
        pytest.param([rf(1, "a", 20), rf(2, "b", 10), rf(3, "c", 1)], 1, id="three-projects"),
        pytest.param([rf(1, "a", 20), rf(2, "a", 10), rf(3, "b", 1)], 0, id="two-projects"),
        pytest.param([rf(1, "a", 50), rf(2, "b", 25), rf(3, "c", 1)], 0, id="spread-over-49min"),
        pytest.param([rf(1, "a", 20), rf(2, "b", 10, signature="x"), rf(3, "c", 1)], 0,
                     id="different-signatures"),
        pytest.param([rf(i, p, 5, category="test-failure") for i, p in enumerate("abc")], 0,
                     id="not-infrastructure"),
        pytest.param([rf(i, p, 5, signature="") for i, p in enumerate("abc")], 0,
                     id="no-signature"),
        pytest.param([rf(i, p, 5, category=c) for i, (p, c) in
                      enumerate(zip("abc", ["infrastructure", "resource-exhaustion", "timeout"],
                                    strict=True))], 1, id="mixed-infra-categories"),
        pytest.param([rf(1, "a", -5), rf(2, "b", 10), rf(3, "c", 1)], 0, id="future-ignored"),
    ],
)
def test_outage_needs_enough_distinct_projects_in_the_window(recent, count):
    assert len(find_outages(recent, POLICY, NOW)) == count


def test_outage_proposes_one_incident_and_holds_every_failure():
    recent = [rf(1, "gh/a/x", 20), rf(2, "gh/a/y", 15), rf(3, "gh/a/x", 12),
              rf(4, "gh/a/z", 5), rf(5, "gh/a/w", 1, signature="other")]
    (outage,) = find_outages(recent, POLICY, NOW)
    assert outage.signature == "docker-hub-timeout"
    assert outage.projects == ("gh/a/x", "gh/a/y", "gh/a/z")
    assert outage.failure_ids == (1, 2, 3, 4)
    assert outage.window_start == iso(NOW - timedelta(minutes=20))
    draft = outage.draft
    assert draft is not None
    assert (draft.action, draft.kind, draft.auto_approve) == ("file_report", "incident", False)
    assert draft.fingerprint == "incident:docker-hub-timeout:2025-03-04T1140"
    assert incident_signature(draft.fingerprint) == "docker-hub-timeout"
    assert draft.failure_ids == (1, 2, 3, 4)
    assert draft.summary.startswith("Incident: 3 projects failing with docker-hub-timeout")


@pytest.mark.parametrize("existing", [{"docker-hub-timeout"},
                                      {"incident:docker-hub-timeout:2025-03-04T1100"}])
def test_no_second_incident_while_one_is_open(existing):
    recent = [rf(1, "a", 20), rf(2, "b", 10), rf(3, "c", 1)]
    (outage,) = find_outages(recent, POLICY, NOW, existing_incidents=existing)
    assert outage.draft is None
    assert outage.failure_ids == (1, 2, 3)  # still held


def test_outage_thresholds_come_from_policy():
    recent = [rf(1, "a", 50), rf(2, "b", 1)]
    policy = replace(POLICY, outage_min_projects=2, outage_window_minutes=60)
    assert [o.projects for o in find_outages(recent, policy, NOW)] == [("a", "b")]
