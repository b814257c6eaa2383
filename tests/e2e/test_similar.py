"""Similar past failures: found by their error lines in the same organization, weighed by outcome."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest
from factories import NOW, decide_as, draft_for, seed_decided

from triage_agent import review
from triage_agent.classify import similar
from triage_agent.classify.llm import LLMClassifier
from triage_agent.classify.rules import RulesEngine
from triage_agent.core.models import FailedTest, FailureCase, History, SimilarFailure
from triage_agent.core.redact import Redactor
from triage_agent.pipeline import reporting
from triage_agent.pipeline.run import run_poll_cycle
from triage_agent.simulator import Scenario, Simulator
from triage_agent.store import Store, queue

DB_TIMEOUT_LOG = """\
Running integration tests
FAIL src/payments.test.js
  ● charges the card
    Error: connect ETIMEDOUT 10.0.3.{n}:5432
Exited with code exit status 1
"""
CAPYBARA_LOG = """\
Failures:
  1) Checkout completes the order
     Failure/Error: expect(page).to have_content('Thank you')
       expected to find text "Thank you" in "Checkout Order {n} summary"
     # ./spec/features/checkout_spec.rb:{n}
Finished in 2 minutes
1 example, 1 failure
Exited with code exit status 1
"""


def world(seed: int, log: str) -> Scenario:
    """A new failure in gh/acme/api, waiting for a cycle to judge it."""
    sc = Scenario(seed=seed)
    sc.add_project("gh/acme/api")
    sc.add_pipeline("gh/acme/api", created_at=timedelta(minutes=5), workflows=[
        sc.workflow("ci", jobs=[sc.job("integration", status="failed", log=log)])])
    return sc


def api_proposals(app) -> list[str]:
    return [p["action"] for p in queue.list_proposals(app.store) if p["project_slug"] == "gh/acme/api"]


def fails_again(app, sim, log: str):
    """An hour later the same job fails again in a new pipeline; the new failure's verdict row
    (evidence, confidence, verdict) once a cycle has judged it."""
    sim.advance(3600)
    sim.add_pipeline("gh/acme/api", created_at=timedelta(minutes=5), workflows=[
        Scenario.workflow("ci", jobs=[Scenario.job("integration", status="failed", log=log)])])
    [again] = run_poll_cycle(app, sim.now()).new_failures
    return next(iter(app.store.db.query(
        "select evidence, confidence, verdict from verdicts where failure_id = ?", [again["id"]])))


@pytest.mark.parametrize(("log", "verdict", "action"), [
    (DB_TIMEOUT_LOG.format(n=9), "transient", "rerun_workflow"),
    (CAPYBARA_LOG.format(n=42), "real", "file_report"),
])
def test_without_history_the_log_alone_decides(make_app, log, verdict, action):
    with Simulator(world(90, log)) as sim:
        app = make_app(sim)
        [failure] = run_poll_cycle(app, sim.now()).new_failures
        assert (failure["verdict"], api_proposals(app)) == (verdict, [action])


def test_a_failure_whose_near_twin_was_refuted_last_week_is_not_proposed_for_a_rerun(make_app):
    with Simulator(world(91, DB_TIMEOUT_LOG.format(n=9))) as sim:
        app = make_app(sim)
        seed_decided(app.store, project="gh/acme/web", job="it", log=DB_TIMEOUT_LOG.format(n=4),
                     outcome="refuted")
        [failure] = run_poll_cycle(app, sim.now()).new_failures
        assert failure["verdict"] != "transient" or failure["confidence"] < 0.7
        assert "rerun_workflow" not in api_proposals(app)
        row = next(iter(app.store.db.query("select evidence from verdicts order by id desc limit 1")))
        assert "1 similar earlier failure(s) in this organization: 1 rerun failed the same way" in row["evidence"]


def test_a_failure_whose_twins_were_confirmed_three_times_is_proposed_for_a_rerun(make_app):
    with Simulator(world(93, CAPYBARA_LOG.format(n=42))) as sim:
        app = make_app(sim)
        for n, project in enumerate(("gh/acme/web", "gh/acme/web", "gh/acme/shop")):
            seed_decided(app.store, project=project, job=f"features-{n}", log=CAPYBARA_LOG.format(n=40 + n),
                         outcome="confirmed", days_ago=3 + n)
        # A twin in another organization says the opposite; it is not this team's history.
        seed_decided(app.store, project="gh/other/web", job="features", log=CAPYBARA_LOG.format(n=7),
                     outcome="refuted")
        [failure] = run_poll_cycle(app, sim.now()).new_failures
        assert failure["verdict"] == "transient" and failure["confidence"] >= 0.85
        assert api_proposals(app) == ["rerun_workflow"]


@pytest.mark.parametrize(
    ("status", "action", "outcome", "label"),
    [
        ("executed", "rerun_workflow", "confirmed", ("transient", 1.0, "rerun passed")),
        ("executed", "rerun_workflow", "refuted", ("real", 1.0, "rerun failed the same way")),
        ("rejected", "rerun_workflow", None, ("real", 0.6, "rerun rejected: the test is broken")),
        ("rejected", "file_report", None, ("transient", 0.6, "report rejected: the test is broken")),
        ("executed", "file_report", None, ("real", 0.6, "report filed")),
        ("pending", "rerun_workflow", None, None),
    ],
)
def test_every_decision_is_a_label(status, action, outcome, label):
    store = Store.memory()
    fid = seed_decided(store, project="gh/acme/web", job="it", log=DB_TIMEOUT_LOG.format(n=1),
                       outcome=outcome, action=action, status=status, reason="the test is broken")
    assert similar.team_labels(store, [fid]).get(fid) == label


def test_error_text_is_normalised_and_keeps_the_failed_tests():
    text = similar.error_text(DB_TIMEOUT_LOG.format(n=3),
                              [FailedTest(name="charges", classname="Payments", message="Timeout 5000ms\nstack")])
    assert text.splitlines()[0] == "test payments.charges: timeout <n>ms"
    assert "error: connect etimedout <ip>" in text
    assert "exited with code" not in text


def test_the_approval_prompt_and_the_report_show_the_similar_failures(make_app):
    with Simulator(world(95, CAPYBARA_LOG.format(n=42))) as sim:
        app = make_app(sim)
        for n in range(3):
            seed_decided(app.store, project="gh/acme/web", job=f"features-{n}", log=CAPYBARA_LOG.format(n=40 + n),
                         outcome="confirmed", days_ago=3 + n)
        run_poll_cycle(app, sim.now())
        [proposal] = [p for p in queue.list_proposals(app.store) if p["project_slug"] == "gh/acme/api"]
        failures = queue.proposal_failures(app.store, proposal["id"])
        screen = review.render_proposal(queue.get(app.store, proposal["id"]), failures)
        assert "similar    3 similar earlier failure(s) in project gh/acme/web: 3 rerun passed" in screen
        assert "gh/acme/web features-0: rerun passed (similarity" in screen
        _title, body = reporting.render_report(app.store, proposal["id"], app.redactor)
        assert "### Similar earlier failures" in body
        assert "3 similar earlier failure(s) in project gh/acme/web: 3 rerun passed." in body


def test_the_llm_sees_similar_failures_as_redacted_examples():
    secret = "ghp_" + "a1B2c3D4" * 5
    twin = SimilarFailure(failure_id=7, similarity=0.9, label="real", strength=1.0,
                          outcome="rerun failed the same way", project_slug="gh/acme/web",
                          job_name="it", line=f"error: connect etimedout <ip> token={secret}")
    case = FailureCase(id="1", log=DB_TIMEOUT_LOG.format(n=2), history=History(similar=(twin,)))
    offline = RulesEngine().classify(case)
    llm = LLMClassifier(None, model="m", redactor=Redactor([secret]), similar_examples=2)  # type: ignore[arg-type]
    messages, ev = llm.build_messages(case, offline)
    user = messages[1]["content"]
    assert "## Similar earlier failures in this organization" in user
    assert "error: connect etimedout <ip> token=" in user and secret not in user
    assert "=> real (rerun failed the same way); similarity 0.90, gh/acme/web it" in user
    assert ev.examples and not any("etimedout <ip> token" in t for t in ev.texts())


def test_a_report_rejected_as_flaky_reaches_the_next_failure_of_the_same_fingerprint(make_app):
    """No rerun settled the first failure: only the person's rejection labels it, and nothing but
    the similar-failure search carries that decision to its next identical twin."""
    with Simulator(world(97, CAPYBARA_LOG.format(n=42))) as sim:
        app = make_app(sim)
        [first] = run_poll_cycle(app, sim.now()).new_failures
        assert first["verdict"] == "real"
        [proposal] = [p for p in queue.list_proposals(app.store) if p["project_slug"] == "gh/acme/api"]
        queue.reject(app.store, proposal["id"], "alice", sim.now(), "flaky: the page is slow on CI")
        row = fails_again(app, sim, CAPYBARA_LOG.format(n=42))
        assert "1 similar earlier failure(s) in this organization: 1 report rejected" in row["evidence"]
        assert row["verdict"] != "real" or row["confidence"] < first["confidence"]


def test_a_twin_settled_by_a_rerun_is_counted_once_by_the_fingerprint_history(make_app):
    with Simulator(world(98, DB_TIMEOUT_LOG.format(n=9))) as sim:
        app = make_app(sim)
        [first] = run_poll_cycle(app, sim.now()).new_failures
        [proposal] = [p for p in queue.list_proposals(app.store) if p["project_slug"] == "gh/acme/api"]
        assert proposal["action"] == "rerun_workflow"
        queue.approve(app.store, proposal["id"], "alice", sim.now())
        from triage_agent.pipeline.actions import execute_cycle

        execute_cycle(app, sim.now(), clock=sim.now)
        sim.advance(3600)
        execute_cycle(app, sim.now(), clock=sim.now)  # follows the rerun up
        row = fails_again(app, sim, DB_TIMEOUT_LOG.format(n=9))
        assert "earlier rerun(s) of this failure fingerprint" in row["evidence"]
        assert "similar earlier failure" not in row["evidence"]


def test_a_rejected_twin_whose_rerun_failed_another_way_still_carries_the_decision(make_app):
    """A person's rerun that failed another way settles nothing in the fingerprint's history, so
    their rejection of the report must still reach the next identical failure."""
    from triage_agent.core.states import RerunOutcome, RerunStatus
    from triage_agent.store import failures as failures_store
    from triage_agent.store import outcomes

    with Simulator(world(99, CAPYBARA_LOG.format(n=42))) as sim:
        app = make_app(sim)
        [first] = run_poll_cycle(app, sim.now()).new_failures
        [proposal] = [p for p in queue.list_proposals(app.store) if p["project_slug"] == "gh/acme/api"]
        queue.reject(app.store, proposal["id"], "alice", sim.now(), "flaky: the page is slow on CI")
        workflow_id = next(iter(app.store.db.query(
            "select workflow_id from failures where id = ?", [first["id"]])))["workflow_id"]
        assert failures_store.record_manual_rerun(
            app.store, new_workflow_id="wf-by-alice", original_workflow_id=workflow_id, pipeline_id="p-1",
            project_slug="gh/acme/api", workflow_name="ci", now=sim.now())
        outcomes.finish_manual_rerun(app.store, "wf-by-alice", sim.now(), status=RerunStatus.FAILED,
                                     outcome=RerunOutcome.DIFFERENT, detail="failed in another job")
        row = fails_again(app, sim, CAPYBARA_LOG.format(n=42))
        assert "1 report rejected" in row["evidence"], row["evidence"]
        assert "earlier rerun(s) of this failure fingerprint" not in row["evidence"]


# --- the team's decision on a report after a rerun (FIX38-hist) ------------------------------------


def rerun_world(seed: int, log: str, rerun: str) -> Scenario:
    """world(), with the job's reruns held until the test completes them (``rerun``: their outcome)."""
    sc = Scenario(seed=seed, hold_reruns=True)
    sc.add_project("gh/acme/api")
    sc.add_pipeline("gh/acme/api", created_at=timedelta(minutes=5), workflows=[
        sc.workflow("ci", jobs=[sc.job("integration", status="failed", log=log, rerun=rerun)])])
    return sc


def pending_api(app) -> list[dict]:
    return [p for p in queue.list_proposals(app.store, "pending") if p["project_slug"] == "gh/acme/api"]


def decide_and_execute(app, sim, proposal: dict, reject: str | None = None) -> None:
    from triage_agent.pipeline.actions import execute_cycle

    if reject is None:
        queue.approve(app.store, proposal["id"], "alice", sim.now())
    else:
        queue.reject(app.store, proposal["id"], "alice", sim.now(), reject)
    execute_cycle(app, sim.now(), clock=sim.now)


def rerun_refuted(app, sim) -> dict:
    """The pending rerun proposal approved and executed; its rerun fails the same way and the follow-up proposes a
    report on the rerun's failure (kind refuted), which is returned."""
    from triage_agent.pipeline.actions import execute_cycle

    [rerun] = [p for p in pending_api(app) if p["action"] == "rerun_workflow"]
    decide_and_execute(app, sim, rerun)
    sim.complete_reruns()
    sim.advance(600)
    run_poll_cycle(app, sim.now())
    execute_cycle(app, sim.now(), clock=sim.now)  # follows the rerun up: refuted, a report proposed
    [report] = pending_api(app)
    assert (report["action"], report["kind"]) == ("file_report", "refuted")
    return report


@pytest.mark.parametrize(("reject", "words", "filed"), [
    (None, "1 report filed after the rerun failed the same way", True),
    ("flaky: the database restarts on CI", "1 report rejected after the rerun failed the same way", False),
])
def test_the_decision_on_the_report_after_a_refuted_rerun_reaches_the_failure_next_time(make_app, reject, words,
                                                                                         filed):
    """Read transient, rerun by us, the rerun fails the same way, the follow-up proposes a report on the
    rerun's failure and a person decides on it: the next occurrence carries the refuted rerun (the
    fingerprint's history) and the person's decision (the similar search), in words."""
    with Simulator(rerun_world(101, DB_TIMEOUT_LOG.format(n=9), "fail")) as sim:
        app = make_app(sim)
        [first] = run_poll_cycle(app, sim.now()).new_failures
        assert first["verdict"] == "transient"
        assert [p["action"] for p in pending_api(app)] == ["rerun_workflow"]
        decide_and_execute(app, sim, rerun_refuted(app, sim), reject)
        reports = app.store.db["reports"].count
        row = fails_again(app, sim, DB_TIMEOUT_LOG.format(n=9))
        assert "1 earlier rerun(s) of this failure fingerprint failed the same way" in row["evidence"]
        assert words in row["evidence"], row["evidence"]
        # Weighed as a judged twin (1.5 x 0.6 log-odds) beside one refuted rerun (0.78): filed, it pulls the
        # verdict off transient (to real: the person decided on this very log, so the log's ETIMEDOUT is held to a
        # small prior against that decision, test_the_persons_decision_on_the_same_failure_outweighs_reading_its_log_again)
        # and no rerun is proposed (the fingerprint's rerun was refuted); rejected as flaky, it is not real, and the team's
        # rejection overrules the refutation: the failure is decided on its verdict again (a rerun, for a person to
        # approve), not proposed as the report the team just rejected. Nothing new is written outside.
        actions = [p["action"] for p in pending_api(app)]
        if filed:
            assert row["verdict"] == "real", row
            assert "rerun_workflow" not in actions
        else:
            assert row["verdict"] != "real", row
            assert "file_report" not in actions, actions
        assert app.store.db["reports"].count == reports


def test_a_refutation_the_team_overruled_counts_again_when_a_later_rerun_fails_the_same_way(make_app):
    """The refuted report rejected as flaky; the next failure's rerun is proposed, approved, and fails the same way
    too: that later refutation counts, and the failure after it is proposed as a report again."""
    with Simulator(rerun_world(103, DB_TIMEOUT_LOG.format(n=9), "fail")) as sim:
        app = make_app(sim)
        run_poll_cycle(app, sim.now())
        decide_and_execute(app, sim, rerun_refuted(app, sim), "flaky: the database restarts on CI")
        # the next failure of the fingerprint: decided on its verdict, a rerun; this time the rerun fails again
        sim.advance(3600)
        sim.add_pipeline("gh/acme/api", created_at=timedelta(minutes=5), workflows=[
            Scenario.workflow("ci", jobs=[Scenario.job("integration", status="failed",
                                                       log=DB_TIMEOUT_LOG.format(n=9), rerun="fail")])])
        run_poll_cycle(app, sim.now())
        assert [p["action"] for p in pending_api(app)] == ["rerun_workflow"]
        report = rerun_refuted(app, sim)
        queue.reject(app.store, report["id"], "alice", sim.now(), "")  # rejected with no reason: no overruling
        fails_again(app, sim, DB_TIMEOUT_LOG.format(n=9))
        assert [(p["action"], p["kind"]) for p in pending_api(app)] == [("file_report", "refuted")]


def _judged_then_rerun_by_person(app, sim, log: str, *, reject: str | None, outcome: str) -> dict:
    """A failure read real, its report decided (``reject``: the reason, else approved and filed), then a
    person's rerun of the workflow from the web app with ``outcome`` (which the fingerprint's history counts);
    the next occurrence's verdict row."""
    from triage_agent.core.states import RerunOutcome, RerunStatus
    from triage_agent.store import failures as failures_store
    from triage_agent.store import outcomes

    [first] = run_poll_cycle(app, sim.now()).new_failures
    assert first["verdict"] == "real"
    [report] = pending_api(app)
    assert report["action"] == "file_report"
    decide_and_execute(app, sim, report, reject)
    workflow_id = next(iter(app.store.db.query(
        "select workflow_id from failures where id = ?", [first["id"]])))["workflow_id"]
    assert failures_store.record_manual_rerun(
        app.store, new_workflow_id="wf-by-alice", original_workflow_id=workflow_id, pipeline_id="p-1",
        project_slug="gh/acme/api", workflow_name="ci", now=sim.now())
    passed = outcome == RerunOutcome.CONFIRMED
    outcomes.finish_manual_rerun(app.store, "wf-by-alice", sim.now(),
                                 status=RerunStatus.PASSED if passed else RerunStatus.FAILED, outcome=outcome,
                                 detail="a person's rerun")
    return fails_again(app, sim, log)


def test_a_report_rejected_as_flaky_counts_beside_the_persons_rerun_that_passed(make_app):
    """The person's rerun settles the first failure in the fingerprint's history (counted there once);
    their rejection of the report is a judgement of its own and reaches the next occurrence too."""
    with Simulator(world(102, CAPYBARA_LOG.format(n=42))) as sim:
        app = make_app(sim)
        row = _judged_then_rerun_by_person(app, sim, CAPYBARA_LOG.format(n=42),
                                           reject="flaky: the page is slow on CI", outcome="confirmed")
        assert "1 earlier rerun(s) of this failure fingerprint passed" in row["evidence"]
        assert "1 similar earlier failure(s) in this organization: 1 report rejected" in row["evidence"], row["evidence"]
        assert row["verdict"] != "real"


def test_a_filed_report_counts_beside_the_persons_rerun_that_failed_the_same_way(make_app):
    """The filed report is a person's judgement on top of the rerun the history counts, and the next
    occurrence joins that report (an occurrence, no second report)."""
    with Simulator(world(103, CAPYBARA_LOG.format(n=42))) as sim:
        app = make_app(sim)
        row = _judged_then_rerun_by_person(app, sim, CAPYBARA_LOG.format(n=42), reject=None, outcome="refuted")
        assert "1 earlier rerun(s) of this failure fingerprint failed the same way" in row["evidence"]
        assert "1 similar earlier failure(s) in this organization: 1 report filed" in row["evidence"], row["evidence"]
        assert row["verdict"] == "real"
        assert pending_api(app) == [] and app.store.db["reports"].count == 1
        newest = next(iter(app.store.db.query("select max(id) as id from failures")))["id"]
        assert newest in {r["failure_id"] for r in app.store.db["report_occurrences"].rows}


def test_a_counted_twin_is_kept_for_the_decision_on_its_report_alone():
    """find_similar: a twin of the same fingerprint whose rerun outcome the history counts comes back
    labelled by the person's decision on its report (judged), never by its rerun again; a rejection
    without a reason is no label."""
    from triage_agent.store import evidence as evidence_store

    text = similar.error_text(CAPYBARA_LOG.format(n=42))
    for status, reason, expected in [
        ("executed", "", ("real", 0.6, "report filed")),
        ("rejected", "flaky: slow page", ("transient", 0.6, "report rejected: flaky: slow page")),
        ("rejected", "", None),
        ("pending", "", None),
    ]:
        store = Store.memory()
        fid = seed_decided(store, project="gh/acme/api", job="it", log=CAPYBARA_LOG.format(n=42),
                           outcome="refuted", days_ago=2)
        rid = seed_decided(store, project="gh/acme/web", job="other", log=DB_TIMEOUT_LOG.format(n=1), days_ago=1,
                           action="file_report", status=status, reason=reason)
        store.db.execute("update proposal_failures set failure_id = ? where failure_id = ?", [fid, rid])
        fp = next(iter(store.db.query("select fingerprint from failures where id = ?", [fid])))["fingerprint"]
        counted = evidence_store.counted_prior_failures(evidence_store.prior_verdicts(store, fp, other_than=None))
        assert counted == frozenset({fid})
        found = similar.find_similar(store, failure_id=None, project_slug="gh/acme/api", text=text,
                                     fingerprint=fp, counted=counted)
        got = [(s.label, s.strength, s.outcome) for s in found if s.failure_id == fid]
        assert got == ([expected] if expected else []), (status, reason, found)


# --- a person's decision on the same failure outweighs re-reading the same log (FIX41-hist) ---------------------

TEAM_DECIDED = "the team decided this failure before, on the same log"


def _fails_again_in(app, sim, job: str, log: str):
    """fails_again, in a job of another name (another fingerprint, the same log)."""
    sim.advance(3600)
    sim.add_pipeline("gh/acme/api", created_at=timedelta(minutes=5), workflows=[
        Scenario.workflow("ci", jobs=[Scenario.job(job, status="failed", log=log)])])
    [again] = run_poll_cycle(app, sim.now()).new_failures
    row = next(iter(app.store.db.query(
        "select evidence, confidence, verdict from verdicts where failure_id = ?", [again["id"]])))
    history = next(iter(app.store.db.query("select history from evidence where failure_id = ?", [again["id"]])))
    return row, History.from_dict(json.loads(history["history"]))


@pytest.mark.parametrize("reject", [None, "flaky: the database restarts on CI"])
def test_the_persons_decision_on_the_same_failure_outweighs_reading_its_log_again(make_app, reject):
    """Read transient at high confidence, rerun by us, the rerun fails the same way and a person decides the report
    the follow-up proposes. Filed: the next occurrence of the same fingerprint is real (the log, which the person
    saw, is not counted again against their decision: on main it stayed unknown, the log's ETIMEDOUT tying with the
    refuted rerun and the filed report) and joins the filed report: no second report, no new write outside.
    Rejected as flaky: not real. A failure of another fingerprint with the same log reading transient is weighed as
    before (its log is new evidence)."""
    with Simulator(rerun_world(111, DB_TIMEOUT_LOG.format(n=9), "fail")) as sim:
        app = make_app(sim)
        [first] = run_poll_cycle(app, sim.now()).new_failures
        assert (first["verdict"], first["confidence"] >= 0.85) == ("transient", True)
        decide_and_execute(app, sim, rerun_refuted(app, sim), reject)
        reports = app.store.db["reports"].count
        assert reports == (0 if reject else 1)
        row = fails_again(app, sim, DB_TIMEOUT_LOG.format(n=9))
        if reject is None:
            assert row["verdict"] == "real", row
            assert TEAM_DECIDED + ": report filed after the rerun failed the same way" in row["evidence"], row
            assert [p["action"] for p in pending_api(app)] == []
            newest = next(iter(app.store.db.query("select max(id) as id from failures")))["id"]
            assert newest in {r["failure_id"] for r in app.store.db["report_occurrences"].rows}
        else:
            assert row["verdict"] != "real", row
            assert "file_report" not in [p["action"] for p in pending_api(app)]
            # (the log leans the person's way: nothing held)
            assert TEAM_DECIDED not in row["evidence"]
        assert app.store.db["reports"].count == reports
        # Another job, the same log: another fingerprint. Its similar twins carry their labels but no decision on
        # this failure, and its log counts in full (as on main: the same verdict as the engine without the marks).
        other, history = _fails_again_in(app, sim, "integration-eu", DB_TIMEOUT_LOG.format(n=9))
        assert history.similar and not any(s.decided for s in history.similar)
        assert TEAM_DECIDED not in other["evidence"]
        case = FailureCase(id="x", log=DB_TIMEOUT_LOG.format(n=9), history=history)
        assert RulesEngine().classify(case).verdict == other["verdict"], other


# A log with no error line: the similarity text is empty, and the same fingerprint's decided twins are found by the
# fingerprint (a job stopped for printing nothing, every time: a hang the change brought, not a slow runner).
NO_OUTPUT_LOG = ("#!/bin/bash -eo pipefail\nnpm run test:integration\n\n"
                 "Too long with no output (exceeded 10m0s): context deadline exceeded\n")


@pytest.mark.parametrize("reject", [None, "flaky: the runner stalls now and then"])
def test_a_failure_without_error_lines_finds_the_teams_decision_by_its_fingerprint(make_app, reject):
    """The first failure reads transient at high confidence (no output for ten minutes), our rerun fails the same
    way and a person decides the report the follow-up proposes. Its log has no error line, so the similar-failure
    search has no words: the next occurrence of the same fingerprint still finds the decided twin (before, it did
    not, and the filed report was lost: the refuted rerun alone against the log's transient reading). Filed: real,
    joining the report; rejected as flaky: not real."""
    assert similar.error_text(NO_OUTPUT_LOG) == ""
    with Simulator(rerun_world(113, NO_OUTPUT_LOG, "fail")) as sim:
        app = make_app(sim)
        [first] = run_poll_cycle(app, sim.now()).new_failures
        assert (first["verdict"], first["confidence"] >= 0.85) == ("transient", True)
        decide_and_execute(app, sim, rerun_refuted(app, sim), reject)
        reports = app.store.db["reports"].count
        row = fails_again(app, sim, NO_OUTPUT_LOG)
        newest = next(iter(app.store.db.query("select max(id) as id from failures")))["id"]
        history = History.from_dict(json.loads(next(iter(app.store.db.query(
            "select history from evidence where failure_id = ?", [newest])))["history"]))
        decided = [s for s in history.similar if s.decided]
        assert decided and all(s.similarity == 1.0 for s in decided), history.similar
        if reject is None:
            assert row["verdict"] == "real", row
            assert TEAM_DECIDED + ": report filed after the rerun failed the same way" in row["evidence"], row
            assert newest in {r["failure_id"] for r in app.store.db["report_occurrences"].rows}
        else:
            assert row["verdict"] != "real", row
            assert "file_report" not in [p["action"] for p in pending_api(app)]
        assert app.store.db["reports"].count == reports
        # Another job, the same log: another fingerprint, and no words to match: no twin at all.
        _, other = _fails_again_in(app, sim, "integration-eu", NO_OUTPUT_LOG)
        assert other.similar == ()


def test_only_a_persons_decision_marks_a_twin_decided():
    """find_similar: of two uncounted twins of the same fingerprint, the one whose only label is its rerun's measured
    outcome is kept, labelled, but not marked ``decided`` (no person judged its log); the one with a filed report is.
    (test_hist41's rerun-outcome test gives the engine no twin at all, so nothing there can mark one.)"""
    store = Store.memory()
    log = CAPYBARA_LOG.format(n=42)
    measured = seed_decided(store, project="gh/acme/api", job="it", log=log, outcome="refuted", days_ago=3)
    filed = seed_decided(store, project="gh/acme/api", job="it", log=log, days_ago=2, action="file_report")
    fp = next(iter(store.db.query("select fingerprint from failures where id = ?", [measured])))["fingerprint"]
    found = similar.find_similar(store, failure_id=None, project_slug="gh/acme/api", text=similar.error_text(log),
                                 fingerprint=fp)
    got = {s.failure_id: (s.label, s.decided) for s in found}
    assert got == {measured: ("real", False), filed: ("real", True)}, found


def test_a_twin_whose_rerun_outcome_overrode_the_persons_word_is_not_marked_decided():
    """find_similar: an uncounted twin whose rerun failed the same way (measured: real) and whose report a person then
    rejected as flaky carries the rerun's label (a measured outcome wins over a judgement), and is not marked
    ``decided``: the person's word was the other way, so the log is not held in the rerun's favour against it. A twin
    with a refuted rerun and a filed report (the two agree) is marked."""
    store = Store.memory()
    log = CAPYBARA_LOG.format(n=43)
    overruled = seed_decided(store, project="gh/acme/api", job="it", log=log, outcome="refuted", days_ago=3)
    agreed = seed_decided(store, project="gh/acme/api", job="it", log=log, outcome="refuted", days_ago=2)
    for fid, status, reason in ((overruled, "rejected", "flaky: the capybara driver times out now and then"),
                                (agreed, "approved", "")):
        pid = queue.enqueue(store, draft_for(store, fid, action="file_report"), NOW - timedelta(days=1))
        decide_as(store, pid, status, NOW - timedelta(days=1), reason=reason)
    fp = next(iter(store.db.query("select fingerprint from failures where id = ?", [overruled])))["fingerprint"]
    found = similar.find_similar(store, failure_id=None, project_slug="gh/acme/api", text=similar.error_text(log),
                                 fingerprint=fp)
    got = {s.failure_id: (s.label, s.decided) for s in found}
    assert got == {overruled: ("real", False), agreed: ("real", True)}, found
