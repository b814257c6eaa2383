"""A whole cycle's judgement: the outage guard, the LLM budget, and what the cycle records."""

from __future__ import annotations

from datetime import timedelta
from zoneinfo import ZoneInfo

from triage_agent import digest, status
from triage_agent.pipeline.run import run_poll_cycle
from triage_agent.simulator import Scenario, Simulator
from triage_agent.simulator.llm import ScriptedLLMServer, answer, slow
from triage_agent.store import queue

DOCKER_LOG = """\
Starting container cimg/node:20.11
Error response from daemon: toomanyrequests: You have reached your pull rate limit. You may increase the limit by authenticating and upgrading: https://www.docker.com/increase-rate-limit
Exited with code exit status 1
"""
UNCLEAR_LOG = "Running checks...\nstep 3 reported a problem\nExited with code exit status 1\n"


def test_an_outage_holds_the_reruns_and_proposes_one_incident(make_app):
    sc = Scenario(seed=71)
    for name in ("api", "web", "worker", "infra"):
        sc.add_project(f"gh/acme/{name}")
        sc.add_pipeline(f"gh/acme/{name}", created_at=timedelta(minutes=10), workflows=[
            sc.workflow("ci", jobs=[sc.job("build", status="failed", log=DOCKER_LOG)])])
    with Simulator(sc) as sim:
        app = make_app(sim, policy={"outage_min_projects": 3, "outage_window_minutes": 30})
        summary = run_poll_cycle(app, sim.now())
        assert len(summary.new_failures) == 4
        assert all(f["verdict"] == "transient" for f in summary.new_failures)
        proposals = queue.list_proposals(app.store)
        assert [(p["action"], p["kind"]) for p in proposals] == [("file_report", "incident")]
        assert len(summary.outages) == 1 and len(summary.outages[0]["projects"]) == 4
        # The next cycle does not propose a second incident for the same outage.
        sim.add_pipeline("gh/acme/api", workflows=[Scenario.workflow("ci", jobs=[
            Scenario.job("build", status="failed", log=DOCKER_LOG)])])
        run_poll_cycle(app, sim.now() + timedelta(minutes=5))
        kinds = [p["kind"] for p in queue.list_proposals(app.store)]
        assert kinds.count("incident") == 1 and "rerun" not in kinds


def test_below_the_outage_threshold_each_workflow_gets_its_rerun(make_app):
    sc = Scenario(seed=72)
    for name in ("api", "web"):
        sc.add_project(f"gh/acme/{name}")
        sc.add_pipeline(f"gh/acme/{name}", created_at=timedelta(minutes=10), workflows=[
            sc.workflow("ci", jobs=[sc.job("build", status="failed", log=DOCKER_LOG)])])
    with Simulator(sc) as sim:
        app = make_app(sim, policy={"outage_min_projects": 3})
        run_poll_cycle(app, sim.now())
        assert sorted(p["kind"] for p in queue.list_proposals(app.store)) == ["rerun", "rerun"]


def test_the_daily_llm_token_budget_stops_llm_calls(make_app):
    sc = Scenario(seed=73)
    sc.add_project("gh/acme/api")
    for _ in range(4):
        sc.add_pipeline("gh/acme/api", created_at=timedelta(minutes=20), workflows=[
            sc.workflow("ci", jobs=[sc.job("check", status="failed", log=UNCLEAR_LOG)])])
    verdict = {"verdict": "real", "confidence": 0.7, "category": "test-failure",
               "rationale": "step 3 reported a problem", "evidence": ["step 3 reported a problem"]}
    with ScriptedLLMServer(default=answer(verdict)) as llm, Simulator(sc) as sim:
        app = make_app(sim, llm={"enabled": True, "base_url": llm.base_url, "api_key": "test-key",
                                 "model": "m", "max_retries": 0, "daily_token_budget": 1})
        # Usage is counted on the day the cycle started: read it there, not on the day the cycle
        # ended (a cycle started just before midnight UTC once read 0 tokens "today").
        now = sim.now()
        summary = run_poll_cycle(app, now)
        # The first call spends the whole (tiny) budget; the other three are decided offline.
        assert len(llm.chat_requests) == 1
        rows = list(app.store.db.query("select llm_called from verdicts order by id"))
        assert [r["llm_called"] for r in rows] == [1, 0, 0, 0]
        assert summary.llm_tokens == app.store.llm_tokens_on(now.strftime("%Y-%m-%d")) > 0


def test_the_cycle_is_recorded_with_its_request_count(make_app):
    sc = Scenario(seed=74)
    sc.add_project("gh/acme/api")
    with Simulator(sc) as sim:
        app = make_app(sim)
        # Requests are counted on the day the cycle started: read them there (a cycle started just
        # before midnight UTC once found 0 requests on the day it ended).
        now = sim.now()
        summary = run_poll_cycle(app, now)
        row = app.store.last_cycle("poll")
        assert row["ok"] == 1
        assert summary.requests == len(sim.requests)
        assert app.store.api_requests_on(now.strftime("%Y-%m-%d")) == len(sim.requests)


def test_threads_opening_a_new_database_at_once_all_succeed(tmp_path):
    # Switching a fresh file to WAL fails at once ("locked") when another connection is doing
    # the same; without a retry, about one attempt in six failed here.
    import threading

    from triage_agent.store import Store

    errors = []
    for attempt in range(40):
        path = tmp_path / f"fresh-{attempt}.db"
        stores = []

        def open_it(path=path, stores=stores):
            try:
                stores.append(Store.open(path, busy_timeout=10))
            except Exception as exc:  # collected and asserted below
                errors.append(exc)

        threads = [threading.Thread(target=open_it) for _ in range(3)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert {s.db.execute("pragma journal_mode").fetchone()[0] for s in stores} <= {"wal"}
        for s in stores:
            s.close()
    assert errors == []


def _ambiguous_world(seed: int, n: int) -> Scenario:
    """n failed jobs, each of its own fingerprint, whose logs the offline engine cannot decide."""
    sc = Scenario(seed=seed)
    sc.add_project("gh/acme/api")
    for k in range(n):
        sc.add_pipeline("gh/acme/api", created_at=timedelta(minutes=20), workflows=[
            sc.workflow("ci", jobs=[sc.job(f"check-{k}", status="failed", log=UNCLEAR_LOG)])])
    return sc


def test_a_hanging_llm_opens_the_breaker_and_every_failure_keeps_its_offline_verdict(make_app):
    with ScriptedLLMServer(default=slow(60)) as llm, Simulator(_ambiguous_world(75, 10)) as sim:
        app = make_app(sim, llm={"enabled": True, "base_url": llm.base_url, "api_key": "test-key",
                                 "model": "m", "timeout_seconds": 0.5, "max_retries": 0,
                                 "concurrency": 3, "cycle_wait_seconds": 30})
        # Status and the digest read the cycle's own moment: the skips are counted on the day the
        # cycle started, and 0.5 s time-outs carried a cycle started at 23:59:59 UTC past midnight
        # (status then showed no skips "today").
        now = sim.now()
        summary = run_poll_cycle(app, now)
        # Three calls went out at once and timed out; the breaker then skipped the other seven.
        assert len(llm.chat_requests) == 3
        rows = list(app.store.db.query("select verdict, offline_verdict, llm_called from verdicts"))
        assert len(rows) == 10 and all(r["verdict"] == r["offline_verdict"] == "unknown" for r in rows)
        assert sorted(r["llm_called"] for r in rows) == [0] * 7 + [1] * 3
        [(reason, skipped)] = summary.llm_skipped.items()
        assert skipped == 7 and reason.startswith("LLM skipped until") and "a timeout" in reason
        events = [(e["event"], e["failures"]) for e in app.store.db.query("select * from llm_events")]
        assert events == [("opened", 0), ("skipped", 7)]
        shown = status.render_text(status.gather(app, now))
        assert "LLM: circuit open until" in shown and "a timeout" in shown
        assert "skipped for 7 failure(s) today" in shown
        md = digest.render(digest.build_digest(app.store, now.date(), ZoneInfo("UTC"), now,
                                               llm_budget=None, api_budget_per_day=None), "md")
        assert "LLM skipped for 7 failures (their offline verdicts stood)" in md
        assert "circuit opened after a timeout" in md

        # The next cycle, within the cool-down, sends nothing at all.
        for k in range(2):
            sim.add_pipeline("gh/acme/api", workflows=[Scenario.workflow("ci", jobs=[
                Scenario.job(f"lint-{k}", status="failed", log=UNCLEAR_LOG)])])
        later = run_poll_cycle(app, now + timedelta(minutes=5))
        assert len(llm.chat_requests) == 3
        assert sum(later.llm_skipped.values()) == 2


def test_after_the_cool_down_one_trial_call_closes_the_breaker(make_app):
    verdict = {"verdict": "real", "confidence": 0.7, "category": "test-failure",
               "rationale": "step 3 reported a problem", "evidence": ["step 3 reported a problem"]}
    with ScriptedLLMServer(default=answer(verdict)) as llm, Simulator(_ambiguous_world(76, 4)) as sim:
        llm.script(slow(60))
        app = make_app(sim, llm={"enabled": True, "base_url": llm.base_url, "api_key": "test-key",
                                 "model": "m", "timeout_seconds": 0.5, "max_retries": 0,
                                 "concurrency": 1, "breaker_cooldown_seconds": 600})
        run_poll_cycle(app, sim.now())
        assert len(llm.chat_requests) == 1  # timed out; the other three were skipped
        sim.add_pipeline("gh/acme/api", workflows=[Scenario.workflow("ci", jobs=[
            Scenario.job("lint", status="failed", log=UNCLEAR_LOG)])])
        run_poll_cycle(app, sim.now() + timedelta(minutes=11))
        assert len(llm.chat_requests) == 2
        last = next(iter(app.store.db.query("select * from verdicts order by id desc limit 1")))
        assert (last["llm_called"], last["verdict"]) == (1, "real")
        events = [e["event"] for e in app.store.db.query("select event from llm_events order by id")]
        assert events == ["opened", "skipped", "closed"]
