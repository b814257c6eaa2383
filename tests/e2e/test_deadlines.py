"""Every outbound request has an overall deadline: CircleCI, the LLM, the report sinks.

A hostile endpoint answers one byte at a time, each within the read timeout, so only a
deadline on the whole request ends it. The endpoint records whether the client hung up
before the answer was complete; no test here measures time.
"""

from __future__ import annotations

import json
from datetime import timedelta

from dripserver import DripServer
from killpoints import run_cli, write_config
from sample_logs import ASSERT_LOG

from triage_agent.app import App
from triage_agent.config import load
from triage_agent.simulator import Scenario, Simulator
from triage_agent.store import queue
from triage_agent.timeutil import utcnow

ME = {"id": "u1", "login": "bob", "name": "Bob"}


def test_check_against_a_dripping_circleci_gives_up_at_the_deadline_with_one_line(tmp_path):
    with DripServer(ME, interval=0.2) as drip:
        config = tmp_path / "triage-agent.toml"
        config.write_text(f'[circleci]\nbase_url = "{drip.url}"\ntoken = "tok-123456"\n'
                          'timeout_seconds = 1.0\nmax_retries = 0\n'
                          f'[storage]\npath = "{tmp_path / "t.db"}"\n')
        done = run_cli("check", config=config, timeout=120)
    assert done.returncode == 1
    (line,) = done.stderr.strip().splitlines()
    assert line.startswith("Error: GET /me: ReadTimeout talking to 127.0.0.1")
    assert drip.drips and all(d.sent < d.total for d in drip.drips)


def _completion() -> dict:
    content = json.dumps({"verdict": "transient", "confidence": 0.9, "category": "network",
                          "rationale": "flaky", "evidence": ["make: *** [Makefile:12: check] Error 2"]})
    return {"id": "c1", "object": "chat.completion", "created": 0, "model": "m",
            "choices": [{"index": 0, "finish_reason": "stop",
                         "message": {"role": "assistant", "content": content}}],
            "usage": {"prompt_tokens": 10, "completion_tokens": 5, "total_tokens": 15}}


def vague_world() -> Scenario:
    sc = Scenario(seed=51)
    sc.add_project("gh/acme/api")
    sc.add_pipeline("gh/acme/api", created_at=timedelta(minutes=20), workflows=[
        sc.workflow("check", jobs=[sc.job("lint", status="failed", log=(
            "Running make check\nmake: *** [Makefile:12: check] Error 2\nExited with code exit status 2\n"))])])
    return sc


def test_a_dripping_llm_is_abandoned_at_the_deadline_and_the_offline_verdict_stands(tmp_path):
    with Simulator(vague_world()) as sim, DripServer(_completion(), interval=0.2, fast=120) as drip:
        config = write_config(tmp_path, sim, llm={
            "enabled": True, "base_url": drip.url + "/v1", "api_key": "test-key", "model": "m",
            "timeout_seconds": 1.0, "max_retries": 0})
        done = run_cli("poll", "--once", "--json", config=config, timeout=120)
    assert done.returncode == 0, done.stderr
    assert drip.drips and all(d.sent < d.total for d in drip.drips)
    app = App(load(config))
    try:
        (verdict,) = list(app.store.db.query("select * from verdicts"))
    finally:
        app.close()
    assert verdict["llm_called"] == 1
    assert verdict["llm_error"].startswith("LLM request timed out")
    assert (verdict["verdict"], verdict["classifier"]) == (verdict["offline_verdict"], "rules")


def test_a_dripping_report_sink_is_abandoned_at_the_deadline_and_retried_later(tmp_path):
    sc = Scenario(seed=53)
    sc.add_project("gh/acme/api")
    sc.add_pipeline("gh/acme/api", created_at=timedelta(minutes=20), workflows=[
        sc.workflow("build", jobs=[sc.job("test", status="failed", log=ASSERT_LOG)])])
    with Simulator(sc) as sim, DripServer(b"ok", interval=0.2, content_type="text/plain") as drip:
        config = write_config(tmp_path, sim, reports={
            "sinks": ["webhook"], "webhook_url": drip.url + "/services/T0/B0/secret", "timeout_seconds": 1.0})
        assert run_cli("poll", "--once", config=config).returncode == 0
        app = App(load(config))
        try:
            (report,) = [p for p in queue.list_proposals(app.store) if p["action"] == "file_report"]
            queue.approve(app.store, report["id"], "alice", utcnow())
        finally:
            app.close()
        done = run_cli("execute", "--json", config=config, timeout=120)
    assert done.returncode == 0, done.stderr
    (retry,) = json.loads(done.stdout)["retry_later"]
    assert retry["id"] == report["id"] and "webhook sink: ReadTimeout" in retry["reason"]
    assert drip.drips and all(d.sent < d.total for d in drip.drips)
