"""Poison inputs: valid JSON no stage expected, from CircleCI or the LLM, stops nothing.

A lone UTF-16 surrogate (``"\\ud83d"``, valid JSON, not valid Unicode) in test data or step
output, deeply nested JSON from an endpoint, or either in an LLM answer: the failure that
carries it is judged or set aside, every other failure still gets its proposal, and the
cycle ends normally. Driven through the real console script where the whole program matters.
"""

from __future__ import annotations

import json
import sqlite3
from datetime import timedelta
from pathlib import Path

import pytest
from killpoints import run_cli, write_config
from sample_logs import ASSERT_LOG

from triage_agent.simulator import Scenario, Simulator, logs
from triage_agent.simulator import llm as scripted

SURROGATE = "\ud83d"
DEEP = "[" * 100_000 + "]" * 100_000
API_TESTS = r"^/api/v2/project/gh/acme/api/\d+/tests$"
API_FLAKY = r"^/api/v2/insights/gh/acme/api/flaky-tests$"
OUTPUT = r"^/output/"


def two_projects() -> Scenario:
    """gh/acme/api: a real test failure; gh/acme/web: a network flake during npm ci."""
    sc = Scenario(seed=5)
    sc.add_project("gh/acme/api")
    sc.add_project("gh/acme/web")
    sc.add_pipeline("gh/acme/api", created_at=timedelta(minutes=30), workflows=[
        sc.workflow("build-test", jobs=[sc.job("test", status="failed", log=ASSERT_LOG, tests=[
            Scenario.test("test_discount_rounding", classname="tests.test_pricing", file="tests/test_pricing.py",
                          message="AssertionError: assert 10.0 == 10.01")])])])
    sc.add_pipeline("gh/acme/web", created_at=timedelta(minutes=20), workflows=[
        sc.workflow("build", jobs=[sc.job("install", status="failed", log=logs.NPM_ECONNRESET)])])
    return sc


def _json_body(value) -> str:
    # ensure_ascii keeps a lone surrogate as the escape "\ud83d": valid JSON, invalid Unicode.
    return json.dumps(value, ensure_ascii=True)


def _db(tmp_path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(tmp_path / "triage.db")
    conn.row_factory = sqlite3.Row
    return conn


def _failures(tmp_path: Path) -> dict[str, sqlite3.Row]:
    conn = _db(tmp_path)
    try:
        return {r["project_slug"]: r for r in conn.execute("select * from failures")}
    finally:
        conn.close()


def _proposals(tmp_path: Path) -> list[tuple[str, str]]:
    conn = _db(tmp_path)
    try:
        return sorted((r["project_slug"], r["action"]) for r in conn.execute("select * from proposals"))
    finally:
        conn.close()


POISON = {
    "surrogate-in-test-data": dict(path_regex=API_TESTS, body=_json_body({"items": [{
        "name": f"test_discount_rounding{SURROGATE}", "classname": "tests.test_pricing", "result": "failure",
        "message": f"AssertionError: assert 10.0 == 10.01 {SURROGATE}", "file": "tests/test_pricing.py",
        "source": "pytest", "run_time": 0.1}], "next_page_token": None})),
    "surrogate-in-step-output": dict(path_regex=OUTPUT + ".*", body=_json_body([
        {"message": f"E   AssertionError: assert 10.0 == 10.01 {SURROGATE}\n", "type": "out"},
        {"message": "Exited with code exit status 1\n", "type": "err"}])),
    "deep-flaky-tests": dict(path_regex=API_FLAKY, body='{"flaky_tests": ' + DEEP + "}"),
}


@pytest.mark.parametrize("poison", list(POISON.values()), ids=list(POISON))
def test_a_poisoned_answer_for_one_project_stops_no_other_and_no_cycle(tmp_path, poison):
    with Simulator(two_projects()) as sim:
        if poison["path_regex"].startswith(OUTPUT):
            # Only the api job's output: find its URL's path through the world.
            with sim.locked() as sc:
                pipeline = next(p for p in sc.pipelines.values() if p.project.slug == "gh/acme/api")
                job = pipeline.workflows[0].jobs[0]
            poison = {**poison, "path_regex": rf"^/output/.*{job.id}"}
        sim.inject("malformed", times=None, content_type="application/json", **poison)
        config = write_config(tmp_path, sim)
        for _ in range(3):  # three cycles: a deferred failure is judged at its last attempt
            done = run_cli("poll", "--once", "--json", config=config)
            assert done.returncode == 0, done.stderr
            assert json.loads(done.stdout)["error"] is None
    failures = _failures(tmp_path)
    assert set(failures) == {"gh/acme/api", "gh/acme/web"}
    # The flake elsewhere got its proposal whatever the poisoned project sent.
    assert ("gh/acme/web", "rerun_workflow") in _proposals(tmp_path)
    assert failures["gh/acme/web"]["state"] == "decided"
    # The poisoned one was judged too (on what could be read), not stuck for ever.
    assert failures["gh/acme/api"]["state"] == "decided"
    conn = _db(tmp_path)
    try:
        stored = " ".join(str(v) for r in conn.execute(
            "select log_excerpt, failed_tests from evidence") for v in r)
    finally:
        conn.close()
    if "surrogate" in str(poison):
        assert "\ufffd" in stored  # replaced, not lost


def test_a_job_whose_details_are_nested_too_deep_is_judged_on_what_there_is_while_others_proceed(tmp_path):
    # A v1.1 job body nested deeper than the limit on every read, for the api job only.
    with Simulator(two_projects()) as sim:
        sim.inject("malformed", times=None, content_type="application/json",
                   path_regex=r"^/api/v1\.1/project/github/acme/api/", body='{"steps": ' + DEEP + "}")
        sim.inject("malformed", times=None, content_type="application/json",
                   path_regex=API_TESTS, body=DEEP)
        config = write_config(tmp_path, sim)
        for _ in range(3):
            done = run_cli("poll", "--once", config=config)
            assert done.returncode == 0, done.stderr
    failures = _failures(tmp_path)
    assert ("gh/acme/web", "rerun_workflow") in _proposals(tmp_path)
    api = failures["gh/acme/api"]
    assert api["state"] == "decided"  # judged on what there was, with the problems noted
    conn = _db(tmp_path)
    try:
        problems = json.loads(conn.execute("select problems from evidence where failure_id = ?",
                                           [api["id"]]).fetchone()[0])
    finally:
        conn.close()
    assert any("nested deeper than" in p for p in problems), problems


def test_a_failure_that_keeps_raising_is_counted_and_set_aside_while_others_proceed(tmp_path):
    # Whatever the cause (here the database refuses the api failure's verdict, as a trigger
    # planted in the file), it counts against that failure alone, three times, then it is
    # set aside in state "error" with the reason; the other project is untouched.
    with Simulator(two_projects()) as sim:
        config = write_config(tmp_path, sim)
        conn = _db(tmp_path)
        run_cli("approvals", "list", config=config)  # creates the schema
        conn.execute("create trigger poison before insert on verdicts when new.failure_id = "
                     "(select id from failures where project_slug = 'gh/acme/api') "
                     "begin select raise(abort, 'this verdict cannot be stored'); end")
        conn.commit()
        conn.close()
        outputs = []
        for _ in range(4):
            done = run_cli("poll", "--once", "--json", config=config)
            assert done.returncode == 0, done.stderr
            outputs.append(json.loads(done.stdout))
    failures = _failures(tmp_path)
    assert ("gh/acme/web", "rerun_workflow") in _proposals(tmp_path)
    api = failures["gh/acme/api"]
    assert (api["state"], api["attempts"]) == ("error", 3)
    assert api["last_error"] == "classification: IntegrityError: this verdict cannot be stored"
    assert any("set aside after 3 attempts" in w for w in outputs[2]["warnings"])
    assert not any("gh/acme/api" in w for w in outputs[3]["warnings"])  # left alone since
    status = json.loads(run_cli("status", "--json", config=config).stdout)
    assert [(f["project_slug"], f["error"]) for f in status["failures_set_aside"]] == [
        ("gh/acme/api", "classification: IntegrityError: this verdict cannot be stored")]


# --------------------------------------------------------------------------- the LLM


VAGUE_LOG = "Running make check\nmake: *** [Makefile:12: check] Error 2\nExited with code exit status 2\n"


def one_vague_failure() -> Scenario:
    sc = Scenario(seed=7)
    sc.add_project("gh/acme/api")
    sc.add_pipeline("gh/acme/api", created_at=timedelta(minutes=20), workflows=[
        sc.workflow("check", jobs=[sc.job("lint", status="failed", log=VAGUE_LOG)])])
    return sc


LLM_POISON = {
    "surrogate-in-rationale": scripted.answer({
        "verdict": "real", "confidence": 0.8, "category": "lint",
        "rationale": f"The check failed {SURROGATE}.", "evidence": ["make: *** [Makefile:12: check] Error 2"]}),
    "deeply-nested-answer": scripted.answer(DEEP),
}


@pytest.mark.parametrize("answer", list(LLM_POISON.values()), ids=list(LLM_POISON))
def test_a_poisoned_llm_answer_is_rejected_the_offline_verdict_stands_and_its_tokens_count(tmp_path, answer):
    with Simulator(one_vague_failure()) as sim, scripted.ScriptedLLMServer(default=answer) as server:
        config = write_config(tmp_path, sim, llm={
            "enabled": True, "base_url": server.base_url, "api_key": "test-key", "model": "m",
            "timeout_seconds": 5.0, "max_retries": 0})
        first = run_cli("poll", "--once", "--json", config=config)
        assert first.returncode == 0, first.stderr
        calls = len(server.chat_requests)
        billed = sum(u["total_tokens"] for u in server.usages)
        second = run_cli("poll", "--once", "--json", config=config)
        assert second.returncode == 0, second.stderr
        # Judged once: the next cycle does not ask (and pay) again.
        assert len(server.chat_requests) == calls >= 1
    conn = _db(tmp_path)
    try:
        verdict = conn.execute("select * from verdicts").fetchone()
        tokens = conn.execute("select sum(prompt_tokens + completion_tokens) from llm_usage").fetchone()[0]
    finally:
        conn.close()
    assert (verdict["verdict"], verdict["classifier"]) == (verdict["offline_verdict"], "rules")
    assert verdict["llm_called"] == 1 and verdict["llm_error"]
    assert tokens == billed > 0
