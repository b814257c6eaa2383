"""A whole cycle's judgement: the outage guard, the LLM budget, and what the cycle records."""

from __future__ import annotations

from datetime import timedelta

from triage_agent import approvals
from triage_agent.cycle import run_poll_cycle
from triage_agent.simulator import Scenario, Simulator
from triage_agent.simulator.llm import ScriptedLLMServer, answer

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
        proposals = approvals.list_proposals(app.store)
        assert [(p["action"], p["kind"]) for p in proposals] == [("file_report", "incident")]
        assert len(summary.outages) == 1 and len(summary.outages[0]["projects"]) == 4
        # The next cycle does not propose a second incident for the same outage.
        sim.add_pipeline("gh/acme/api", workflows=[Scenario.workflow("ci", jobs=[
            Scenario.job("build", status="failed", log=DOCKER_LOG)])])
        run_poll_cycle(app, sim.now() + timedelta(minutes=5))
        kinds = [p["kind"] for p in approvals.list_proposals(app.store)]
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
        assert sorted(p["kind"] for p in approvals.list_proposals(app.store)) == ["rerun", "rerun"]


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
        summary = run_poll_cycle(app, sim.now())
        # The first call spends the whole (tiny) budget; the other three are decided offline.
        assert len(llm.chat_requests) == 1
        rows = list(app.store.db.query("select llm_called from verdicts order by id"))
        assert [r["llm_called"] for r in rows] == [1, 0, 0, 0]
        assert summary.llm_tokens == app.store.llm_tokens_on(sim.now().strftime("%Y-%m-%d")) > 0


def test_the_cycle_is_recorded_with_its_request_count(make_app):
    sc = Scenario(seed=74)
    sc.add_project("gh/acme/api")
    with Simulator(sc) as sim:
        app = make_app(sim)
        summary = run_poll_cycle(app, sim.now())
        row = app.store.last_cycle("poll")
        assert row["ok"] == 1
        assert summary.requests == len(sim.requests)
        assert app.store.api_requests_on(sim.now().strftime("%Y-%m-%d")) == len(sim.requests)


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
