"""Probes (policy.probe_reruns) through the daemon's own cycle on the simulator and a real SQLite store.

A first-seen test failure read real at modest confidence proposes one probe (a rerun from failed). Approved, its
rerun passing measures a flaky test (no report; the same failure next time reads transient by its history and is
proposed as a rerun); failing the same way proposes the refuted report. A probe rejected, expired or whose rerun
measured nothing falls back to the report it stood in for, exactly once.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from click.testing import CliRunner

from triage_agent.cli import cli
from triage_agent.core.states import PENDING
from triage_agent.digest.model import build_digest
from triage_agent.digest.render import render
from triage_agent.pipeline.actions import execute_cycle
from triage_agent.pipeline.execute import execute_approved
from triage_agent.pipeline.expire import note_person_rerun
from triage_agent.pipeline.propose import fall_back_from_probe, fall_back_from_probes
from triage_agent.pipeline.run import run_poll_cycle
from triage_agent.review import render_proposal
from triage_agent.simulator import Scenario, Simulator
from triage_agent.status import gather, render_text
from triage_agent.store import queue
from triage_agent.store.decision_queries import (
    PROBE_FALLBACK_EVENT,
    PROBE_PERSON_EVENT,
    probes_to_fall_back,
)
from triage_agent.store.outcomes import occurrences_of

PROBES_ON = {"probe_reruns": True}
FLAKY = """\
============================= FAILURES =============================
________________________ test_drains_queue _________________________
    def test_drains_queue(worker):
        worker.start()
>       assert worker.processed == 4
E       assert 3 == 4
tests/test_worker.py:41: AssertionError
=================== 1 failed, 212 passed in 3.02s ===================
Exited with code exit status 1
"""
TESTS = [Scenario.test("test_drains_queue", classname="tests.test_worker", message="assert 3 == 4",
                       file="tests/test_worker.py")]


def workflow(rerun: object) -> object:
    return Scenario.workflow("ci", jobs=[
        Scenario.job("build", duration=60),
        Scenario.job("test", status="failed", log=FLAKY, tests=TESTS, requires=["build"], rerun=rerun)])


# A fixed moment, the simulator's clock frozen there: the digest's day and every age read the same whenever the
# suite runs (the command test below runs on the real clock, as the commands read it).
START = datetime(2026, 11, 3, 10, 0, tzinfo=UTC)


def world(rerun: object = "pass", project: str = "gh/acme/worker", *, fixed: bool = True) -> Scenario:
    sc = Scenario(seed=42, hold_reruns=True, **({"now": START, "frozen_clock": True} if fixed else {}))
    sc.add_project(project)
    sc.add_pipeline(project, created_at=timedelta(minutes=30), workflows=[workflow(rerun)])
    return sc


def kinds(app, status: str | None = None) -> list[tuple[str, str, str]]:
    return [(p["action"], p["kind"], p["status"]) for p in queue.list_proposals(app.store, status)]


def approve_all(app, now) -> list[int]:
    ids = [p["id"] for p in queue.list_proposals(app.store, PENDING)]
    for pid in ids:
        queue.approve(app.store, pid, "tester", now)
    return ids


def fallbacks(app) -> list[dict]:
    return list(app.store.db.query("select * from audit_log where event = ?", [PROBE_FALLBACK_EVENT]))


def measured_by_person(app) -> list[dict]:
    return list(app.store.db.query("select * from audit_log where event = ?", [PROBE_PERSON_EVENT]))


def probes_and_reports(app) -> list[tuple[str, str, str]]:
    return [k for k in kinds(app) if k[1] in ("probe", "report")]


def test_a_first_seen_test_failure_proposes_a_probe_and_its_pass_measures_a_flaky_test(make_app):
    with Simulator(world("pass")) as sim:
        app = make_app(sim, policy=PROBES_ON)
        now = sim.now()
        first = run_poll_cycle(app, now)
        (failure,) = first.new_failures
        assert (failure["verdict"], failure["category"], failure["decision"]) == ("real", "test-assertion",
                                                                                  "probe proposed")
        assert 0.6 <= failure["confidence"] < 0.85
        assert failure["proposal"]["kind"] == "probe" and failure["proposal"]["action"] == "rerun_workflow"
        assert kinds(app) == [("rerun_workflow", "probe", "pending")]
        (probe,) = queue.list_proposals(app.store)
        assert probe["verdict"] == "real" and probe["auto_approved"] == 0
        assert probe["summary"].startswith("Probe: rerun ci from failed, gh/acme/worker #")
        assert probe["summary"].endswith("a pass means flaky, the same failure proposes the report")

        approve_all(app, now)
        executed = execute_cycle(app, now, follow=False)
        assert len(executed.execution.executed) == 1
        assert [(r.method, r.path) for r in sim.write_requests()] == [
            ("POST", f"/api/v2/workflow/{probe['workflow_id']}/rerun")]
        sim.complete_reruns()
        done = execute_cycle(app, now + timedelta(minutes=2))
        assert [o["outcome"] for o in done.followup.outcomes] == ["confirmed"]
        # A measured flaky test: no report, nothing pending, no fallback.
        assert kinds(app) == [("rerun_workflow", "probe", "executed")]
        assert fallback_from_probes_made_nothing(app, now)

        # The same failure on a new pipeline: its history (the probe passed) reads it transient, and a rerun is
        # proposed, not a second probe.
        sim.add_pipeline("gh/acme/worker", workflows=[workflow("pass")])
        later = run_poll_cycle(app, now + timedelta(minutes=10))
        (again,) = later.new_failures
        assert again["fingerprint"] == failure["fingerprint"]
        assert again["verdict"] == "transient"
        assert again["proposal"]["kind"] == "rerun"
        assert kinds(app, PENDING) == [("rerun_workflow", "rerun", "pending")]

        # The digest and status count the probe apart from the reruns of transient verdicts.
        day = START.date()
        digest = build_digest(app.store, day, ZoneInfo("UTC"), now + timedelta(minutes=11), llm_budget=None,
                              api_budget_per_day=None)
        assert (digest.probes.proposed, digest.probes.passed, digest.probes.refuted, digest.probes.fallen_back) == (
            1, 1, 0, 0)
        assert digest.proposals.created_probes == 1 and digest.proposals.created_reruns == 1
        assert digest.reruns == () and digest.reruns_sent == 0 and digest.rerun_outcomes == {}
        assert [r.outcome for r in digest.probe_reruns] == ["confirmed"]
        assert digest.precision_day.confirmed == 0  # a probe's pass is not a transient verdict confirmed
        text = render(digest, "md")
        assert "## Probes" in text and "1 probe proposed, 1 passed (a flaky test found)" in text
        assert "| - probes | 1 |" in text and "passed: flaky" in text
        assert f"#{probe['id']} probe: executed, confirmed" in text
        assert "<h2>Probes</h2>" in render(digest, "html")
        status = gather(app, now + timedelta(minutes=11))
        assert status["probes"] == {"proposed": 1, "pending": 0, "running": 0, "passed": 1, "refuted": 0,
                                    "fallen_back": 0}
        assert ("probes: 1 proposed, 0 pending, 0 running, 1 passed (flaky found), 0 failed the same way "
                "(reported), 0 fallen back to the report") in render_text(status)


def fallback_from_probes_made_nothing(app, now) -> bool:
    return fall_back_from_probes(app, now) == [] and fallbacks(app) == []


def test_a_probe_failing_the_same_way_proposes_the_refuted_report(make_app):
    with Simulator(world("fail", project="gh/acme/billing")) as sim:
        app = make_app(sim, policy=PROBES_ON)
        now = sim.now()
        run_poll_cycle(app, now)
        assert kinds(app) == [("rerun_workflow", "probe", "pending")]
        approve_all(app, now)
        execute_cycle(app, now, follow=False)
        sim.complete_reruns()
        done = execute_cycle(app, now + timedelta(minutes=2))
        assert [o["outcome"] for o in done.followup.outcomes] == ["refuted"]
        assert kinds(app, PENDING) == [("file_report", "refuted", "pending")]
        (report,) = queue.list_proposals(app.store, PENDING)
        assert report["summary"].startswith("Report (rerun failed again): test failed in ci")
        # The refuted path covers it: no fallback, and no second probe of the fingerprint.
        assert fallback_from_probes_made_nothing(app, now + timedelta(minutes=3))
        status = gather(app, now + timedelta(minutes=3))
        assert status["probes"]["refuted"] == 1 and status["probes"]["passed"] == 0


def test_a_rejected_probe_falls_back_to_its_report_exactly_once(make_app):
    with Simulator(world("pass")) as sim:
        app = make_app(sim, policy=PROBES_ON)
        now = sim.now()
        run_poll_cycle(app, now)
        (probe,) = queue.list_proposals(app.store)
        queue.reject(app.store, probe["id"], "tester", now, "not now")
        made = fall_back_from_probes(app, now)
        assert len(made) == 1
        report = queue.get(app.store, made[0])
        assert (report["action"], report["kind"], report["status"], report["verdict"]) == (
            "file_report", "report", "pending", "real")
        assert report["fingerprint"] == probe["fingerprint"]
        assert f"the probe #{probe['id']} measured nothing (it was rejected (not now))" in report["reason"]
        assert [f["id"] for f in queue.proposal_failures(app.store, made[0])] == [
            f["id"] for f in queue.proposal_failures(app.store, probe["id"])]
        # The sweep again, and the propose stage's own sweep in the next cycles: nothing more.
        assert fall_back_from_probes(app, now + timedelta(minutes=1)) == []
        cycle = run_poll_cycle(app, now + timedelta(minutes=2))
        assert cycle.proposals_created == 0
        assert len(fallbacks(app)) == 1
        assert kinds(app) == [("rerun_workflow", "probe", "rejected"), ("file_report", "report", "pending")]

        # A crash that left the report without its audit row: the next sweep records the fallback and proposes
        # no second report (the failure has a report proposal already).
        app.store.db.execute("delete from audit_log where event = ?", [PROBE_FALLBACK_EVENT])
        app.store.db.conn.commit()
        assert fall_back_from_probes(app, now + timedelta(minutes=3)) == []
        (row,) = fallbacks(app)
        detail = json.loads(row["detail"])
        assert detail["reports"] == [] and list(detail["skipped"].values()) == [
            "a report proposal is about it already"]
        assert len([k for k in kinds(app) if k[0] == "file_report"]) == 1
        status = gather(app, now + timedelta(minutes=3))
        assert status["probes"]["fallen_back"] == 1


def test_two_processes_sweeping_at_once_settle_a_rejected_probe_once(make_app):
    # The daemon and `approvals reject` on one database: the second read the probes to settle before the first
    # committed its fallback, and settles from that stale list inside its own transaction.
    with Simulator(world("pass")) as sim:
        daemon = make_app(sim, policy=PROBES_ON)
        now = sim.now()
        run_poll_cycle(daemon, now)
        (probe,) = queue.list_proposals(daemon.store)
        queue.reject(daemon.store, probe["id"], "tester", now, "not now")
        person = make_app(sim, policy=PROBES_ON)
        (stale,) = probes_to_fall_back(person.store)
        made = fall_back_from_probes(daemon, now)
        assert len(made) == 1
        assert fall_back_from_probe(person, stale, now + timedelta(seconds=1)) is None
        (row,) = fallbacks(daemon)
        assert json.loads(row["detail"])["reports"] == made
        assert [k for k in kinds(daemon) if k[0] == "file_report"] == [("file_report", "report", "pending")]


def test_a_rejected_probe_whose_failure_was_reported_meanwhile_is_an_occurrence_of_that_report(make_app):
    # While the probe waits, the same test fails on a new pipeline: probed already, it is reported, and the report
    # is filed. The probe rejected then, its failure is counted on that report, as decide counts any failure of a
    # reported fingerprint, not dropped.
    with Simulator(world("pass")) as sim:
        app = make_app(sim, policy=PROBES_ON)
        now = sim.now()
        first = run_poll_cycle(app, now)
        (probe_failure,) = first.new_failures
        (probe,) = queue.list_proposals(app.store)
        sim.add_pipeline("gh/acme/worker", workflows=[workflow("pass")])
        later = run_poll_cycle(app, now + timedelta(minutes=1))
        (again,) = later.new_failures
        assert again["fingerprint"] == probe_failure["fingerprint"]
        assert again["proposal"]["action"] == "file_report"
        queue.approve(app.store, again["proposal"]["id"], "tester", now + timedelta(minutes=1))
        execute_cycle(app, now + timedelta(minutes=1), follow=False)
        assert queue.get(app.store, again["proposal"]["id"])["status"] == "executed"
        assert [o.pipeline_number for o in occurrences_of(app.store, probe_failure["fingerprint"])] == [
            again["pipeline_number"]]

        queue.reject(app.store, probe["id"], "tester", now + timedelta(minutes=2), "not now")
        assert fall_back_from_probes(app, now + timedelta(minutes=2)) == []
        (row,) = fallbacks(app)
        assert list(json.loads(row["detail"])["skipped"].values()) == [
            "its fingerprint is reported already: occurrence recorded"]
        assert [o.pipeline_number for o in occurrences_of(app.store, probe_failure["fingerprint"])] == [
            again["pipeline_number"], probe_failure["pipeline_number"]]
        assert len([k for k in kinds(app) if k[0] == "file_report"]) == 1


def test_a_failure_whose_report_was_proposed_and_rejected_before_is_not_probed_as_first_seen(make_app):
    # Before probes were on, the failure's report was proposed and expired unanswered (no label: its history decides
    # nothing): the team has seen this failure, so when it comes back with probes on it is not "first seen here" and
    # its report is proposed again, not a probe.
    with Simulator(world("pass")) as sim:
        before = make_app(sim)
        now = sim.now()
        first = run_poll_cycle(before, now)
        (failure,) = first.new_failures
        assert failure["proposal"]["action"] == "file_report"
        queue.expire(before.store, failure["proposal"]["id"], now, "pending longer than policy.proposal_ttl_hours")
        sim.add_pipeline("gh/acme/worker", workflows=[workflow("pass")])
        app = make_app(sim, policy=PROBES_ON)  # the same database, probes on now
        later = run_poll_cycle(app, now + timedelta(minutes=10))
        (again,) = later.new_failures
        assert again["fingerprint"] == failure["fingerprint"] and again["verdict"] == "real"
        assert again["proposal"]["kind"] == "report"
        assert "not probed: this failure was proposed (a probe, a rerun or a report) before" in again["decision"]
        assert not [k for k in kinds(app) if k[1] == "probe"]


def test_a_race_detectors_report_is_not_probed(make_app):
    # A data race the race detector reported is a bug whether or not the next run meets it: reported, not probed,
    # even where its confidence would let it be (probe_max_confidence 1: only the category keeps it out).
    log = ("==================\nWARNING: DATA RACE\nWrite at 0x00c0001a4010 by goroutine 8:\n"
           "  example.com/queue.(*Worker).drain()\n      /src/queue/worker.go:41 +0x64\n"
           "Previous read at 0x00c0001a4010 by goroutine 7:\n  example.com/queue.(*Worker).Len()\n"
           "      /src/queue/worker.go:55 +0x3e\n==================\n--- FAIL: TestDrain (0.01s)\n"
           "    testing.go:1446: race detected during execution of test\nFAIL\nFAIL\texample.com/queue\t0.031s\n")
    sc = Scenario(seed=42, hold_reruns=True, now=START, frozen_clock=True)
    sc.add_project("gh/acme/worker")
    sc.add_pipeline("gh/acme/worker", created_at=timedelta(minutes=30), workflows=[Scenario.workflow("ci", jobs=[
        Scenario.job("build", duration=60),
        Scenario.job("test", status="failed", log=log, requires=["build"], rerun="pass")])])
    with Simulator(sc) as sim:
        app = make_app(sim, policy={**PROBES_ON, "probe_max_confidence": 1.0})
        (failure,) = run_poll_cycle(app, sim.now()).new_failures
        assert (failure["verdict"], failure["category"]) == ("real", "concurrency")
        assert "not probed: category concurrency is not a test's own failure" in failure["decision"]
        assert failure["proposal"]["kind"] == "report", failure
        assert not [k for k in kinds(app) if k[1] == "probe"]


def test_a_probe_whose_fallback_fails_holds_up_no_other_decision(make_app, caplog):
    # A garbled row behind one rejected probe (its verdict's confidence is not a number) makes its fallback fail:
    # the cycle still decides every other failure, says so in one log line, and tries the probe again next cycle.
    with Simulator(world("pass")) as sim:
        app = make_app(sim, policy=PROBES_ON)
        now = sim.now()
        (failure,) = run_poll_cycle(app, now).new_failures
        (probe,) = queue.list_proposals(app.store)
        queue.reject(app.store, probe["id"], "tester", now, "not now")
        app.store.db.execute("update verdicts set confidence = 'garbled' where failure_id = ?", [failure["id"]])
        broken = ("src/worker/queue.py:12: error: Name \"Deque\" is not defined  [name-defined]\n"
                  "Found 1 error in 1 file (checked 40 source files)\nExited with code exit status 1\n")
        sim.add_pipeline("gh/acme/worker", workflows=[Scenario.workflow("lint", jobs=[
            Scenario.job("mypy", status="failed", log=broken)])])
        with caplog.at_level("WARNING"):
            later = run_poll_cycle(app, now + timedelta(minutes=10))
        (other,) = later.new_failures  # another failure of the project: decided as ever
        assert other["verdict"] == "real" and other["proposal"]["kind"] == "report"
        assert fallbacks(app) == []  # not settled: tried again next cycle
        (line,) = [r.getMessage() for r in caplog.records if f"probe {probe['id']}" in r.getMessage()]
        assert "could not be proposed" in line and "next cycle" in line


def test_an_expired_probe_falls_back_to_its_report_in_the_next_cycle(make_app):
    with Simulator(world("pass")) as sim:
        app = make_app(sim, policy=PROBES_ON)
        now = sim.now()
        run_poll_cycle(app, now)
        (probe,) = queue.list_proposals(app.store)
        queue.expire(app.store, probe["id"], now, "workflow is now success, not failed")
        cycle = run_poll_cycle(app, now + timedelta(minutes=1))
        assert cycle.proposals_created == 1
        assert kinds(app) == [("rerun_workflow", "probe", "expired"), ("file_report", "report", "pending")]
        run_poll_cycle(app, now + timedelta(minutes=2))
        assert len(kinds(app)) == 2 and len(fallbacks(app)) == 1


def test_a_probe_whose_rerun_is_canceled_falls_back_to_its_report(make_app):
    with Simulator(world("pass")) as sim:
        app = make_app(sim, policy=PROBES_ON)
        now = sim.now()
        run_poll_cycle(app, now)
        approve_all(app, now)
        execute_cycle(app, now, follow=False)
        (rerun,) = list(app.store.db.query("select new_workflow_id from reruns"))
        sim.set_workflow_status(rerun["new_workflow_id"], "canceled")
        done = execute_cycle(app, now + timedelta(minutes=2))
        assert [o["outcome"] for o in done.followup.outcomes] == ["canceled"]
        run_poll_cycle(app, now + timedelta(minutes=3))
        assert kinds(app) == [("rerun_workflow", "probe", "executed"), ("file_report", "report", "pending")]
        (row,) = fallbacks(app)
        assert json.loads(row["detail"])["ended"] == "its rerun ended canceled"


def test_a_probe_the_provider_refuses_to_rerun_falls_back_to_its_report(make_app):
    # CircleCI answers 400 (the workflow was rerun the maximum number of times): the probe is failed, and only a
    # person approving it again would revive it; its failure is not left unreported meanwhile.
    with Simulator(world("pass")) as sim:
        app = make_app(sim, policy=PROBES_ON)
        now = sim.now()
        run_poll_cycle(app, now)
        (probe,) = approve_all(app, now)
        with sim.locked() as sc:
            sc.max_reruns = 0
        summary = execute_cycle(app, now, follow=False)
        assert [pid for pid, _ in summary.execution.failed] == [probe]
        cycle = run_poll_cycle(app, now + timedelta(minutes=1))
        assert cycle.proposals_created == 1
        assert kinds(app) == [("rerun_workflow", "probe", "failed"), ("file_report", "report", "pending")]
        (row,) = fallbacks(app)
        assert json.loads(row["detail"])["ended"].startswith("its execution failed (")
        assert "400" in json.loads(row["detail"])["ended"]
        run_poll_cycle(app, now + timedelta(minutes=2))
        assert len(kinds(app)) == 2 and len(fallbacks(app)) == 1


def _overtaken_by_a_person(sim, app, now) -> tuple[int, str]:
    """Approve the probe, then a person reruns its workflow from the web app before the executor runs: the re-check
    expires the probe, nothing is sent, and the person's rerun is noted (held running by the scenario)."""
    run_poll_cycle(app, now)
    (probe,) = approve_all(app, now)
    theirs = sim.rerun_by_person(queue.get(app.store, probe)["workflow_id"]).id
    summary = execute_approved(app.store, app.provider, app.sinks, app.config.policy, now)
    assert [pid for pid, _ in summary.expired] == [probe]
    assert "already rerun" in summary.expired[0][1]
    assert sim.write_requests() == []
    (noted,) = app.store.db.query("select new_workflow_id, status from manual_reruns")
    assert noted == {"new_workflow_id": theirs, "status": "running"}
    return probe, theirs


def _settle(sim, app, at) -> None:
    """The person's rerun ends; polling reads it, the follow-up settles it."""
    sim.complete_reruns()
    run_poll_cycle(app, at)
    execute_cycle(app, at + timedelta(seconds=30))


def test_a_probe_overtaken_by_a_persons_rerun_that_passes_is_measured_by_it(make_app):
    # The person's rerun answers the probe's question: a pass is a flaky test found, so no report is proposed in the
    # probe's stead, and the same failure next time reads transient by its history.
    with Simulator(world("pass")) as sim:
        app = make_app(sim, policy=PROBES_ON)
        now = sim.now()
        probe, theirs = _overtaken_by_a_person(sim, app, now)
        # While their rerun runs, the probe waits: no report, no settlement on record.
        run_poll_cycle(app, now + timedelta(minutes=1))
        assert probes_and_reports(app) == [("rerun_workflow", "probe", "expired")]
        assert fallbacks(app) == [] and probes_to_fall_back(app.store)
        _settle(sim, app, now + timedelta(minutes=20))
        (row,) = app.store.db.query("select status, outcome from manual_reruns")
        assert row == {"status": "success", "outcome": "confirmed"}
        cycle = run_poll_cycle(app, now + timedelta(minutes=21))
        assert cycle.proposals_created == 0
        assert probes_and_reports(app) == [("rerun_workflow", "probe", "expired")]
        (settled,) = measured_by_person(app)
        assert settled["proposal_id"] == probe
        assert json.loads(settled["detail"])["person_rerun"] == theirs
        assert json.loads(settled["detail"])["reports"] == []
        assert fallbacks(app) == [] and probes_to_fall_back(app.store) == []
        status = gather(app, now + timedelta(minutes=22))
        assert status["probes"]["passed"] == 1 and status["probes"]["fallen_back"] == 0
        # Settled once: later cycles add nothing.
        run_poll_cycle(app, now + timedelta(minutes=23))
        assert len(measured_by_person(app)) == 1
        # The same failure on a new pipeline: the person's pass is its history.
        sim.add_pipeline("gh/acme/worker", workflows=[workflow("pass")])
        later = run_poll_cycle(app, now + timedelta(minutes=30))
        (again,) = later.new_failures
        assert again["verdict"] == "transient" and again["proposal"]["kind"] == "rerun"


def test_a_probe_overtaken_by_a_persons_rerun_that_fails_the_same_way_falls_back_to_its_report(make_app):
    with Simulator(world("fail")) as sim:
        app = make_app(sim, policy=PROBES_ON)
        now = sim.now()
        probe, _ = _overtaken_by_a_person(sim, app, now)
        run_poll_cycle(app, now + timedelta(minutes=1))
        assert fallbacks(app) == []
        _settle(sim, app, now + timedelta(minutes=20))
        run_poll_cycle(app, now + timedelta(minutes=21))
        assert probes_and_reports(app) == [
            ("rerun_workflow", "probe", "expired"), ("file_report", "report", "pending")]
        (row,) = fallbacks(app)
        assert json.loads(row["detail"])["ended"].endswith("; a person's rerun refuted")
        assert measured_by_person(app) == []


def test_a_pending_probe_a_person_reruns_by_hand_is_measured_by_their_rerun(make_app):
    # Nobody approved the probe; a person reran the workflow from the web app instead. The expire stage's re-check
    # sees the newer run, expires the probe and notes the person's rerun; its pass settles the probe, no report.
    with Simulator(world("pass")) as sim:
        app = make_app(sim, policy=PROBES_ON)
        now = sim.now()
        run_poll_cycle(app, now)
        (probe,) = [p["id"] for p in queue.list_proposals(app.store, PENDING)]
        theirs = sim.rerun_by_person(queue.get(app.store, probe)["workflow_id"]).id
        summary = execute_cycle(app, now + timedelta(minutes=1))
        assert [pid for pid, _ in summary.expired] == [probe]
        assert sim.write_requests() == []
        (noted,) = app.store.db.query("select new_workflow_id from manual_reruns")
        assert noted["new_workflow_id"] == theirs
        _settle(sim, app, now + timedelta(minutes=20))
        run_poll_cycle(app, now + timedelta(minutes=21))
        assert probes_and_reports(app) == [("rerun_workflow", "probe", "expired")]
        assert len(measured_by_person(app)) == 1


def test_a_probe_waits_on_a_persons_rerun_never_seen_to_end_for_a_day_at_most(make_app):
    # The person's rerun is on record but polling never follows it (its project unwatched meanwhile): the probe waits
    # the follow-up's day, then its report is proposed; the failure is never left unreported.
    with Simulator(world("pass")) as sim:
        app = make_app(sim, policy=PROBES_ON)
        now = sim.now()
        run_poll_cycle(app, now)
        (probe,) = queue.list_proposals(app.store)
        queue.expire(app.store, probe["id"], now, "already rerun: by a person")
        app.store.db["manual_reruns"].insert({"new_workflow_id": "never-read", "original_workflow_id":
                                              probe["workflow_id"], "status": "running",
                                              "detected_at": now.isoformat()})
        assert fall_back_from_probes(app, now + timedelta(hours=23)) == []
        assert fallbacks(app) == []
        (report,) = fall_back_from_probes(app, now + timedelta(hours=25))
        (row,) = fallbacks(app)
        assert json.loads(row["detail"])["reports"] == [report]
        assert json.loads(row["detail"])["ended"].endswith("; a person's rerun never seen to end")


def test_a_rejected_probe_does_not_wait_on_a_persons_rerun(make_app):
    # A person said no to the rerun: the report follows at once, whatever rerun is running.
    with Simulator(world("pass")) as sim:
        app = make_app(sim, policy=PROBES_ON)
        now = sim.now()
        run_poll_cycle(app, now)
        (probe,) = [p["id"] for p in queue.list_proposals(app.store, PENDING)]
        theirs = sim.rerun_by_person(queue.get(app.store, probe)["workflow_id"]).id
        app.store.db["manual_reruns"].insert({"new_workflow_id": theirs, "original_workflow_id":
                                              queue.get(app.store, probe)["workflow_id"], "status": "running",
                                              "detected_at": now.isoformat()})
        queue.reject(app.store, probe, "tester", now, "not now")
        run_poll_cycle(app, now + timedelta(minutes=1))
        assert probes_and_reports(app) == [
            ("rerun_workflow", "probe", "rejected"), ("file_report", "report", "pending")]


def test_a_rerun_of_ours_found_at_the_re_check_is_not_noted_as_a_persons(make_app):
    # The provider's newer run of the workflow is one we sent (another proposal of ours executed): not a person's.
    with Simulator(world("pass")) as sim:
        app = make_app(sim, policy=PROBES_ON)
        now = sim.now()
        run_poll_cycle(app, now)
        (probe,) = approve_all(app, now)
        execute_cycle(app, now, follow=False)
        (ours,) = list(app.store.db.query("select new_workflow_id from reruns"))
        row = queue.get(app.store, probe)
        run = app.provider.workflow_run(row["workflow_id"])
        siblings = app.provider.workflow_runs(row["pipeline_id"])
        assert any(w.id == ours["new_workflow_id"] for w in siblings)
        assert note_person_rerun(app.store, app.provider, row, run, siblings, now) is False
        assert list(app.store.db.query("select 1 from manual_reruns")) == []


def test_a_probe_whose_rerun_fails_another_way_falls_back_to_its_report(make_app):
    other = Scenario.outcome(log="Killed\nExited with code exit status 137\n", exit_code=137, tests=())
    with Simulator(world(other)) as sim:
        app = make_app(sim, policy=PROBES_ON)
        now = sim.now()
        run_poll_cycle(app, now)
        (probe,) = approve_all(app, now)
        execute_cycle(app, now, follow=False)
        sim.complete_reruns()
        done = execute_cycle(app, now + timedelta(minutes=2))
        assert [o["outcome"] for o in done.followup.outcomes] == ["different"]
        run_poll_cycle(app, now + timedelta(minutes=3))
        (row,) = fallbacks(app)
        assert json.loads(row["detail"])["ended"] == "its rerun ended different"
        (report,) = json.loads(row["detail"])["reports"]
        assert [f["id"] for f in queue.proposal_failures(app.store, report)] == [
            f["id"] for f in queue.proposal_failures(app.store, probe)]


def test_a_probe_is_never_auto_approved_even_with_the_auto_approve_policy(make_app):
    with Simulator(world("pass")) as sim:
        app = make_app(sim, policy={**PROBES_ON, "auto_approve_reruns": True, "auto_approve_min_confidence": 0.5})
        now = sim.now()
        run_poll_cycle(app, now)
        assert kinds(app) == [("rerun_workflow", "probe", "pending")]
        (probe,) = queue.list_proposals(app.store)
        # An approval by the auto-approve policy's name is no approval of a probe at the executor's check.
        queue.approve(app.store, probe["id"], queue.AUTO_ACTOR, now)
        summary = execute_cycle(app, now, follow=False)
        assert [pid for pid, _ in summary.execution.unapproved] == [probe["id"]]
        assert sim.write_requests() == []
        assert kinds(app) == [("rerun_workflow", "probe", "pending")]


def test_without_the_policy_the_same_failure_is_reported_as_before(make_app):
    with Simulator(world("pass")) as sim:
        app = make_app(sim)
        run_poll_cycle(app, sim.now())
        assert kinds(app) == [("file_report", "report", "pending")]


def test_the_review_screen_shows_a_probe_as_a_probe(make_app):
    with Simulator(world("pass")) as sim:
        app = make_app(sim, policy=PROBES_ON)
        run_poll_cycle(app, sim.now())
        (probe,) = queue.list_proposals(app.store)
        text = render_proposal(queue.get(app.store, probe["id"]), queue.proposal_failures(app.store, probe["id"]))
        assert "PROBE: RERUN WORKFLOW FROM FAILED TO MEASURE A FIRST-SEEN TEST FAILURE" in text
        assert "it passes   -> a flaky test, measured: no report" in text
        assert "same failure -> the report is proposed" in text


# --------------------------------------------------------------------------- the commands


def write_config(tmp_path: Path, base_url: str) -> str:
    path = tmp_path / "triage-agent.toml"
    path.write_text(
        f'[circleci]\nbase_url = "{base_url}"\ntoken = "${{CI_TOKEN}}"\nmax_retries = 1\nmax_backoff_seconds = 1.0\n'
        '[polling]\nrequests_per_minute = 100000\n[storage]\npath = "state.db"\n'
        '[policy]\nprobe_reruns = true\n')
    return str(path)


def invoke(args, env):
    return CliRunner().invoke(cli, args, env=env, catch_exceptions=False)


@pytest.fixture
def sim():
    with Simulator(world("pass", fixed=False)) as s:
        yield s


def test_the_commands_show_the_probe_and_reject_proposes_its_report(sim, tmp_path):
    cfg, env = write_config(tmp_path, sim.base_url), {"CI_TOKEN": sim.token}
    polled = invoke(["poll", "--once", "--json", "--config", cfg], env)
    assert polled.exit_code == 0, polled.output
    (failure,) = json.loads(polled.stdout)["new_failures"]
    assert failure["proposal"]["kind"] == "probe" and failure["decision"] == "probe proposed"

    (listed,) = json.loads(invoke(["approvals", "list", "--json", "--config", cfg], env).stdout)
    assert (listed["action"], listed["kind"], listed["status"], listed["verdict"]) == (
        "rerun_workflow", "probe", "pending", "real")
    assert listed["summary"].startswith("Probe: ")

    status = json.loads(invoke(["status", "--json", "--config", cfg], env).stdout)
    assert [(p["id"], p["kind"]) for p in status["pending_approvals"]] == [(listed["id"], "probe")]
    assert status["probes"]["proposed"] == 1 and status["probes"]["pending"] == 1
    shown = invoke(["status", "--config", cfg], env).output
    assert f"#{listed['id']} probe gh/acme/worker" in shown

    rejected = invoke(["approvals", "reject", str(listed["id"]), "--reason", "not worth a rerun", "--json",
                       "--config", cfg], env)
    assert rejected.exit_code == 0, rejected.output
    answer = json.loads(rejected.stdout)
    assert answer["status"] == "rejected" and len(answer["fallback_reports"]) == 1
    after = {p["id"]: (p["action"], p["kind"], p["status"]) for p in
             json.loads(invoke(["approvals", "list", "--json", "--config", cfg], env).stdout)}
    assert after == {listed["id"]: ("rerun_workflow", "probe", "rejected"),
                     answer["fallback_reports"][0]: ("file_report", "report", "pending")}
    # The next cycle's sweep proposes nothing more.
    again = json.loads(invoke(["poll", "--once", "--json", "--config", cfg], env).stdout)
    assert again["proposals_created"] == 0
    assert sim.write_requests() == []


def test_reject_proposes_the_report_of_the_rejected_probe_alone(sim, tmp_path):
    # Another probe ended (expired) but the daemon has not swept it yet: `approvals reject` answers for the probe
    # it rejected; the other's report is the next cycle's, not listed as made in this probe's stead.
    from contextlib import closing

    from triage_agent.cli import build_app
    from triage_agent.config import load

    def load_config(path):
        return load(path, environ={"CI_TOKEN": sim.token})

    cfg, env = write_config(tmp_path, sim.base_url), {"CI_TOKEN": sim.token}
    assert invoke(["poll", "--once", "--json", "--config", cfg], env).exit_code == 0
    other = Scenario.test("test_reports_totals", classname="tests.test_report", message="assert 7 == 8",
                          file="tests/test_report.py")
    log = FLAKY.replace("test_drains_queue", "test_reports_totals").replace("3 == 4", "7 == 8")
    sim.add_pipeline("gh/acme/worker", workflows=[Scenario.workflow("ci", jobs=[
        Scenario.job("build", duration=60),
        Scenario.job("test", status="failed", log=log, tests=[other], requires=["build"])])])
    assert invoke(["poll", "--once", "--json", "--config", cfg], env).exit_code == 0
    first, second = json.loads(invoke(["approvals", "list", "--json", "--config", cfg], env).stdout)
    assert (first["kind"], second["kind"]) == ("probe", "probe")
    with closing(build_app(load_config(cfg))) as app:
        queue.expire(app.store, first["id"], datetime.now(UTC), "stale")
    answer = json.loads(invoke(["approvals", "reject", str(second["id"]), "--json", "--config", cfg], env).stdout)
    (report,) = answer["fallback_reports"]
    with closing(build_app(load_config(cfg))) as app:
        assert queue.get(app.store, report)["fingerprint"] == second["fingerprint"]
        assert [p["kind"] for p in queue.list_proposals(app.store)] == ["probe", "probe", "report"]
