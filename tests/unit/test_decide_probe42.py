"""decide with policy.probe_reruns: which failures are probed, which are reported as before, and the probe draft.

Pure: no store, no HTTP. A probe is one rerun from failed (kind probe, verdict real, never auto-approved) proposed
instead of the reports of a workflow whose judged failures are all first-seen test failures read real at modest
confidence, or transient.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from triage_agent.classify.catalogue import builtin_catalogue
from triage_agent.config import ConfigError, PolicySettings, from_dict
from triage_agent.core.states import Action, ProposalKind
from triage_agent.policy.decide import (
    PROBE_CATEGORIES,
    JudgedFailure,
    WorkflowContext,
    decide_workflow,
)
from triage_agent.timeutil import iso

NOW = datetime(2026, 12, 1, 12, 0, tzinfo=UTC)
OFF = PolicySettings()
ON = replace(OFF, probe_reruns=True)

PROBE = [("rerun_workflow", "probe")]
RERUN = [("rerun_workflow", "rerun")]
REPORT = [("file_report", "report")]


def jf(failure_id: int = 1, verdict: str = "real", confidence: float = 0.78, *, job: str = "test",
       category: str = "test-assertion", fingerprint: str | None = None, classifier: str = "rules",
       signature: str = "", **kw) -> JudgedFailure:
    return JudgedFailure(
        failure_id=failure_id, project_slug="gh/acme/api", pipeline_id="p-1", pipeline_number=142,
        workflow_id="wf-1", workflow_name="build-test", job_name=job, job_number=800 + failure_id,
        verdict=verdict, confidence=confidence, category=category,
        fingerprint=fingerprint if fingerprint is not None else f"fp{failure_id}", signature=signature,
        branch="main", revision="1a2b3c4d5e6f", classifier=classifier, **kw,
    )


def ctx(**kw) -> WorkflowContext:
    kw.setdefault("stopped_at", iso(NOW - timedelta(minutes=10)))
    kw.setdefault("ci_name", "CircleCI")
    return WorkflowContext(now=NOW, workflow_id="wf-1", **kw)


def actions(decision) -> list[tuple[str, str]]:
    return [(d.action, d.kind) for d in decision.drafts]


def test_the_test_categories_are_ones_the_engine_emits():
    emitted = {s.category for s in builtin_catalogue().signatures}
    assert emitted >= PROBE_CATEGORIES
    assert {"test-assertion", "test-failure", "flaky-test"} == PROBE_CATEGORIES


def test_default_off_a_first_seen_test_failure_is_reported_as_before():
    decision = decide_workflow([jf()], ctx(), OFF)
    assert actions(decision) == REPORT
    assert decision.notes == {1: "report proposed"}


def test_a_first_seen_test_failure_read_real_at_modest_confidence_proposes_one_probe():
    decision = decide_workflow([jf(1, confidence=0.78)], ctx(), ON)
    assert actions(decision) == PROBE
    (draft,) = decision.drafts
    assert draft.summary == ("Probe: rerun build-test from failed, gh/acme/api #142 on main: test failed a test "
                             "first seen here (real 0.78, test-assertion); a pass means flaky, the same failure "
                             "proposes the report")
    assert (draft.verdict, draft.confidence, draft.category, draft.fingerprint) == ("real", 0.78, "test-assertion",
                                                                                    "fp1")
    assert draft.failure_ids == (1,)
    assert draft.workflow_id == "wf-1" and draft.auto_approve is False
    assert "policy.probe_reruns" in draft.reason and "never auto-approved" in draft.reason
    assert decision.notes == {1: "probe proposed"}
    assert decision.occurrences == {}


@pytest.mark.parametrize(
    "failure, context, note",
    [
        pytest.param(jf(confidence=0.85), ctx(),
                     "not probed: real at 0.85 >= policy.probe_max_confidence 0.85; report proposed",
                     id="at-probe-max"),
        pytest.param(jf(confidence=0.95), ctx(),
                     "not probed: real at 0.95 >= policy.probe_max_confidence 0.85; report proposed",
                     id="above-probe-max"),
        pytest.param(jf(category="compile"), ctx(),
                     "not probed: category compile is not a test's own failure; report proposed", id="compile"),
        pytest.param(jf(category="concurrency"), ctx(),
                     "not probed: category concurrency is not a test's own failure; report proposed",
                     id="race-detector"),
        pytest.param(jf(category="runtime-error"), ctx(),
                     "not probed: category runtime-error is not a test's own failure; report proposed",
                     id="runtime-error"),
        pytest.param(jf(classifier="history"), ctx(),
                     "not probed: the verdict comes from the failure's history; report proposed", id="history"),
        pytest.param(jf(fingerprint=""), ctx(), "not probed: no fingerprint to measure; report proposed",
                     id="no-fingerprint"),
        pytest.param(jf(), ctx(pending_report_fingerprints=frozenset({"fp1"})),
                     "report already proposed for this fingerprint (pending)", id="pending-report"),
        pytest.param(jf(), ctx(proposed_fingerprints=frozenset({"fp1"})),
                     "not probed: this failure was proposed (a probe, a rerun or a report) before; report proposed", id="probed-before"),
    ],
)
def test_a_failure_that_is_not_probe_eligible_is_reported_as_before(failure, context, note):
    decision = decide_workflow([failure], context, ON)
    expected = [] if context.pending_report_fingerprints else REPORT
    assert actions(decision) == expected
    assert decision.notes == {1: note}
    # ... and exactly what the policy without probes proposes.
    assert actions(decide_workflow([failure], context, OFF)) == expected


def test_a_reported_fingerprint_gains_an_occurrence_not_a_probe():
    decision = decide_workflow([jf()], ctx(reported_fingerprints=frozenset({"fp1"})), ON)
    assert actions(decision) == []
    assert decision.occurrences == {1: "fp1"}


def test_a_refuted_fingerprint_proposes_the_refuted_report_not_a_probe():
    decision = decide_workflow([jf()], ctx(refuted_fingerprints=frozenset({"fp1"})), ON)
    assert actions(decision) == [("file_report", "refuted")]


@pytest.mark.parametrize(
    "confidence, expected",
    [(0.6, PROBE), (0.59, []), (0.84, PROBE), (0.85, REPORT)],
    ids=["at-report-min", "below-report-min", "below-probe-max", "at-probe-max"],
)
def test_the_confidence_band_is_report_min_inclusive_to_probe_max_exclusive(confidence, expected):
    assert actions(decide_workflow([jf(confidence=confidence)], ctx(), ON)) == expected


@pytest.mark.parametrize("category", sorted(PROBE_CATEGORIES))
def test_every_test_category_is_probed(category):
    assert actions(decide_workflow([jf(category=category)], ctx(), ON)) == PROBE


def test_probe_max_confidence_is_the_policys():
    policy = replace(ON, probe_max_confidence=0.7)
    assert actions(decide_workflow([jf(confidence=0.69)], ctx(), policy)) == PROBE
    assert actions(decide_workflow([jf(confidence=0.7)], ctx(), policy)) == REPORT


def test_the_llm_verdict_of_a_test_failure_is_probed_too():
    assert actions(decide_workflow([jf(classifier="rules+llm")], ctx(), ON)) == PROBE


@pytest.mark.parametrize(
    "context, why",
    [
        pytest.param(ctx(reruns_for_workflow=1), "no rerun: budget of 1 rerun per workflow used", id="budget"),
        pytest.param(ctx(reruns_today_for_project=10), "no rerun: budget of 10 reruns per project per day used",
                     id="project-budget"),
        pytest.param(ctx(superseded=True), "no rerun: a newer pipeline on the same branch superseded this workflow",
                     id="superseded"),
        pytest.param(ctx(stopped_at=iso(NOW - timedelta(hours=30))),
                     "no rerun: workflow stopped 30.0h ago (policy.max_workflow_age_hours = 24)", id="old"),
        pytest.param(ctx(open_proposal=True), "no rerun: a proposal for this workflow is already pending or approved",
                     id="open-proposal"),
        pytest.param(ctx(outage_hold=True), "no rerun: held by the outage (one incident report instead)",
                     id="outage"),
        pytest.param(ctx(failed_job_count=2),
                     "no rerun yet: 1 more failed job(s) of this workflow not judged yet", id="unjudged"),
    ],
)
def test_a_blocked_rerun_means_no_probe_and_the_report_as_before(context, why):
    decision = decide_workflow([jf()], context, ON)
    assert actions(decision) == REPORT
    assert decision.notes == {1: f"not probed ({why}); report proposed"}


def test_a_compile_error_beside_a_test_failure_means_no_probe_and_both_reports():
    failures = [jf(1, job="test"), jf(2, job="build", category="compile", confidence=0.8)]
    decision = decide_workflow(failures, ctx(), ON)
    assert actions(decision) == REPORT + REPORT
    assert decision.notes[1] == ("not probed: build is neither a first-seen test failure nor transient, and a "
                                 "rerun from failed would rerun it too; report proposed")
    assert decision.notes[2] == "not probed: category compile is not a test's own failure; report proposed"
    assert actions(decide_workflow(failures, ctx(), OFF)) == REPORT + REPORT


def test_an_unknown_verdict_beside_a_test_failure_means_no_probe():
    failures = [jf(1), jf(2, "unknown", 0.3, job="lint", category="")]
    decision = decide_workflow(failures, ctx(), ON)
    assert actions(decision) == REPORT
    assert decision.notes[1].startswith("not probed: lint is neither")


def test_a_transient_job_beside_a_probe_eligible_one_rides_in_the_one_probe():
    failures = [jf(1, job="unit"), jf(2, "transient", 0.9, job="e2e", category="network", signature="npm-network")]
    decision = decide_workflow(failures, ctx(), ON)
    assert actions(decision) == PROBE
    (draft,) = decision.drafts
    assert draft.failure_ids == (2, 1)  # both jobs rerun: ordered by job name
    assert draft.fingerprint == "fp1"
    assert "unit failed a test first seen here (real 0.78, test-assertion); e2e looks transient" in draft.summary
    assert decision.notes == {1: "probe proposed", 2: "rerun in the probe proposed"}
    # Without probes: no rerun (the real job would be rerun too), the report.
    assert actions(decide_workflow(failures, ctx(), OFF)) == REPORT


def test_two_first_seen_test_failures_make_one_probe_led_by_the_least_confident():
    failures = [jf(1, confidence=0.8, job="unit"), jf(2, confidence=0.7, job="integration")]
    (draft,) = decide_workflow(failures, ctx(), ON).drafts
    assert (draft.kind, draft.confidence, draft.fingerprint, draft.job_name) == ("probe", 0.7, "fp2", "integration")
    assert draft.failure_ids == (2, 1)
    assert "integration, unit failed a test first seen here" in draft.summary


def test_one_probed_fingerprint_beside_a_new_one_means_no_probe():
    failures = [jf(1, job="unit"), jf(2, job="integration")]
    decision = decide_workflow(failures, ctx(proposed_fingerprints=frozenset({"fp2"})), ON)
    assert actions(decision) == REPORT + REPORT
    assert decision.notes[2] == "not probed: this failure was proposed (a probe, a rerun or a report) before; report proposed"


def test_transient_failures_alone_still_propose_a_rerun_not_a_probe():
    decision = decide_workflow([jf(1, "transient", 0.9, category="network", signature="npm-network")], ctx(), ON)
    assert actions(decision) == RERUN


def test_a_probe_is_never_auto_approved():
    policy = replace(ON, auto_approve_reruns=True, auto_approve_min_confidence=0.5)
    (draft,) = decide_workflow([jf()], ctx(), policy).drafts
    assert draft.kind == ProposalKind.PROBE and draft.action == Action.RERUN and draft.auto_approve is False


@pytest.mark.parametrize(
    "value, message",
    [(0, "must be more than 0 and at most 1, got 0.0"), (1.01, "must be more than 0 and at most 1, got 1.01"),
     (-0.1, "must not be negative, got -0.1"), ("high", "expected a number, got 'high'")],
)
def test_probe_max_confidence_must_be_above_0_and_at_most_1(value, message):
    with pytest.raises(ConfigError) as err:
        from_dict({"policy": {"probe_max_confidence": value}})
    assert str(err.value) == f"policy.probe_max_confidence: {message}"


def test_the_probe_keys_default_to_off_and_0_85():
    cfg = from_dict({})
    assert (cfg.policy.probe_reruns, cfg.policy.probe_max_confidence) == (False, 0.85)
    assert from_dict({"policy": {"probe_reruns": True, "probe_max_confidence": 1}}).policy.probe_reruns is True
