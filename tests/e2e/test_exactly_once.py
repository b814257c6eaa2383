"""Exactly one rerun per approval under slow retries, through the real console script.

The race this guards against: CircleCI answers the rerun POST with 429 and a Retry-After, so
the first ``execute`` waits in its retry loop with the proposal ``executing``; meanwhile a
second executor (another ``execute``, or the daemon's execute job) finds it executing "for too
long", hands it back and sends, and then the first one's retry lands too. Retry timings are
short here (Retry-After of a few seconds); the passage of the longer real-world wait is
played by moving the proposal's timestamps back in the database file while the first process
waits, which is exactly what the second process would see after the real wait.
"""

from __future__ import annotations

import json
import signal
import sqlite3
import subprocess
import time
from collections import Counter
from datetime import timedelta
from pathlib import Path

import pytest
from killpoints import _env, cli_command, run_cli, write_config

from triage_agent.app import App
from triage_agent.config import load
from triage_agent.errors import ApprovalError
from triage_agent.pipeline.run import run_poll_cycle
from triage_agent.simulator import Simulator, demo_scenario
from triage_agent.store import Store, dumps, queue
from triage_agent.timeutil import iso, utcnow

POST_RERUN = r"^/api/v2/workflow/[^/]+/rerun$"
RETRY_AFTER = 3  # seconds; the live service said 70 in the report this reproduces
# Short retry timings: every wait is a few seconds, and one Retry-After fits under the cap.
FAST = {"timeout_seconds": 2.0, "max_backoff_seconds": 5.0, "max_retries": 3}


def _world(tmp_path: Path, sim: Simulator) -> tuple[Path, int, str]:
    """A config over ``sim``, one approved rerun proposal (by a person, on record); the rest rejected."""
    config = write_config(tmp_path, sim, circleci=FAST, polling={"interval_seconds": 600})
    app = App(load(config))
    try:
        run_poll_cycle(app, utcnow())
        reruns = queue.list_proposals(app.store, "pending")
        target = next(p for p in reruns if p["action"] == "rerun_workflow")
        now = utcnow()
        for other in reruns:
            if other["id"] != target["id"]:
                queue.reject(app.store, other["id"], "alice", now, "not part of this test")
        queue.approve(app.store, target["id"], "alice", now)
        return config, target["id"], target["workflow_id"]
    finally:
        app.close()


def _wait_for(predicate, timeout: float = 20.0) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError("the expected state was not reached in time")
        time.sleep(0.02)


def _age(db: Path, pid: int, seconds: float, *, lease_too: bool) -> None:
    """Move the executing proposal's clock marks back, as if ``seconds`` had passed (raw on
    purpose: time passing behind the running process's back, which no store function does)."""
    conn = sqlite3.connect(db, timeout=10)
    try:
        past = iso(utcnow() - timedelta(seconds=seconds))
        conn.execute("update proposals set executing_at = ? where id = ?", [past, pid])
        columns = {r[1] for r in conn.execute("pragma table_info(proposals)")}
        if lease_too and "lease_until" in columns:
            conn.execute("update proposals set lease_until = ? where id = ?", [past, pid])
        conn.commit()
    finally:
        conn.close()


def _daemon_pid(db: Path) -> int | None:
    """The pid in the daemon's recorded state, or None while there is none."""
    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1)
        try:
            row = conn.execute("select value from kv where key = 'daemon.state'").fetchone()
        finally:
            conn.close()
    except sqlite3.Error:
        return None
    return json.loads(row[0]).get("pid") if row else None


def _accepted_posts(sim: Simulator, workflow_id: str) -> int:
    return sum(1 for r in sim.requests_to("POST", f"^/api/v2/workflow/{workflow_id}/rerun$")
               if 200 <= r.status < 300)


def _second_executor(kind: str, config: Path) -> subprocess.CompletedProcess[str] | None:
    if kind == "execute":
        done = run_cli("execute", "--json", config=config, timeout=60)
        assert done.returncode == 0, done.stderr
        return done
    # The daemon: its execute job runs at start-up; give it a few seconds, then stop it.
    daemon = subprocess.Popen([*cli_command(), "run", "--config", str(config)], stdout=subprocess.DEVNULL,
                              stderr=subprocess.PIPE, text=True, env=_env())
    # Up first (its signal handlers in place, its scheduler started: it has recorded its state); on
    # a loaded machine a fixed 6 s from Popen once ended before that, and SIGTERM killed it (-15).
    _wait_for(lambda: _daemon_pid(config.parent / "triage.db") == daemon.pid, timeout=60)
    time.sleep(6)  # the execute job's first run is 5 s after start-up
    daemon.send_signal(signal.SIGTERM)
    _, err = daemon.communicate(timeout=30)
    assert daemon.returncode == 0, err
    return None


@pytest.mark.parametrize("second", ["execute", "daemon"])
@pytest.mark.parametrize("lease", ["renewed", "run-out"], ids=["owner-waiting", "owner-lease-run-out"])
def test_one_post_per_approval_when_a_second_executor_comes_while_the_first_waits_out_a_429(
        tmp_path, second, lease):
    with Simulator(demo_scenario(hold_reruns=True)) as sim:
        config, pid, workflow_id = _world(tmp_path, sim)
        sim.clear_requests()
        sim.inject("rate_limit", times=2, path_regex=POST_RERUN, method="POST", retry_after=RETRY_AFTER)
        first = subprocess.Popen([*cli_command(), "execute", "--json", "--config", str(config)],
                                 stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=_env())
        try:
            # The first executor's POST was answered 429: it now waits with the row executing.
            _wait_for(lambda: any(r.status == 429 for r in sim.requests_to("POST", POST_RERUN)))
            # The wait outlasts any fixed grace ("owner-waiting"), or even the owner's lease
            # (as when the process is stopped for a while: "owner-lease-run-out").
            _age(tmp_path / "triage.db", pid, 125, lease_too=lease == "run-out")
            _second_executor(second, config)
            out, err = first.communicate(timeout=60)
        finally:
            if first.poll() is None:
                first.kill()
                first.wait()
        assert first.returncode == 0, err
        assert json.loads(out)  # the first run ends cleanly either way

        assert _accepted_posts(sim, workflow_id) == 1
        assert [old for old, _ in sim.reruns] == [workflow_id]
        store = Store.open(tmp_path / "triage.db")
        try:
            row = queue.get(store, pid)
            assert row["status"] == "executed"
            ((_, new_id),) = sim.reruns
            assert store.db["reruns"].get(pid)["new_workflow_id"] == new_id
            trail = queue.audit_trail(store, pid)
            assert Counter(r["to_status"] for r in trail)["executed"] == 1
        finally:
            store.close()


def test_an_executing_proposal_is_never_expired(tmp_path):
    store = Store.open(tmp_path / "t.db")
    try:
        from factories import NOW, add_failure, draft_for

        fid = add_failure(store)
        pid = queue.enqueue(store, draft_for(store, fid), NOW)
        queue.approve(store, pid, "alice", NOW)
        queue.transition(store, pid, "executing", actor="x", now=NOW,
                             fields={"executing_at": iso(NOW), "result": dumps({"known_workflow_ids": []})})
        # An expiry that read the row while it was still approved lands after the executor
        # took it: it must be refused, or a sent rerun would never be reconciled.
        with pytest.raises(ApprovalError):
            queue.expire(store, pid, NOW + timedelta(hours=72), "stale")
        assert queue.get(store, pid)["status"] == "executing"
    finally:
        store.close()


# --------------------------------------------------------------------------- approval on record


def _one_proposal(tmp_path: Path, sim: Simulator) -> tuple[Path, dict]:
    """A config over ``sim`` and one pending rerun proposal; the others rejected."""
    config = write_config(tmp_path, sim, circleci=FAST)
    app = App(load(config))
    try:
        run_poll_cycle(app, utcnow())
        pending = queue.list_proposals(app.store, "pending")
        target = next(p for p in pending if p["action"] == "rerun_workflow")
        for other in pending:
            if other["id"] != target["id"]:
                queue.reject(app.store, other["id"], "alice", utcnow(), "not part of this test")
        return config, target
    finally:
        app.close()


@pytest.mark.parametrize("how", ["status-set-in-the-file", "row-inserted-as-approved"])
def test_a_proposal_approved_behind_the_audit_log_is_not_executed(tmp_path, how):
    with Simulator(demo_scenario(hold_reruns=True)) as sim:
        config, target = _one_proposal(tmp_path, sim)
        # Raw on purpose: the database edited behind the queue (no audit row), which is the point.
        conn = sqlite3.connect(tmp_path / "triage.db")
        try:
            if how == "status-set-in-the-file":
                conn.execute("update proposals set status = 'approved', decided_by = 'alice' where id = ?",
                             [target["id"]])
                pid = target["id"]
            else:
                row = dict(zip([c[1] for c in conn.execute("pragma table_info(proposals)")],
                               conn.execute("select * from proposals where id = ?", [target["id"]]).fetchone(),
                               strict=True))
                conn.execute("update proposals set status = 'rejected' where id = ?", [target["id"]])
                row.update(id=None, status="approved", decided_by="alice")
                cur = conn.execute(f"insert into proposals ({', '.join(row)}) values ({', '.join('?' * len(row))})",
                                   list(row.values()))
                pid = cur.lastrowid
                conn.execute("insert into proposal_failures select ?, failure_id from proposal_failures "
                             "where proposal_id = ?", [pid, target["id"]])
            conn.commit()
        finally:
            conn.close()
        sim.clear_requests()
        done = run_cli("execute", "--json", config=config)
        assert done.returncode == 0, done.stderr
        assert sim.write_requests() == []
        out = json.loads(done.stdout)
        assert [u["id"] for u in out["unapproved"]] == [pid]
        assert "no approval of it is on record in the audit log" in out["unapproved"][0]["reason"]
        store = Store.open(tmp_path / "triage.db")
        try:
            assert queue.get(store, pid)["status"] == "pending"
            # A person's approval afterwards is on record, and it runs.
            queue.approve(store, pid, "alice", utcnow())
        finally:
            store.close()
        done = run_cli("execute", "--json", config=config)
        assert [e["id"] for e in json.loads(done.stdout)["executed"]] == [pid]
        assert len(sim.write_requests()) == 1


def test_the_audit_log_records_the_real_account_and_uid_whatever_user_says(tmp_path, monkeypatch):
    import os
    import pwd

    with Simulator(demo_scenario(hold_reruns=True)) as sim:
        config, target = _one_proposal(tmp_path, sim)
        monkeypatch.setenv("USER", "mallory")
        monkeypatch.setenv("LOGNAME", "mallory")
        done = run_cli("approvals", "approve", str(target["id"]), config=config)
        assert done.returncode == 0, done.stderr
    store = Store.open(tmp_path / "triage.db")
    try:
        approve = [r for r in queue.audit_trail(store, target["id"]) if r["event"] == "approve"]
        assert [(r["actor"], r["uid"]) for r in approve] == [(pwd.getpwuid(os.getuid()).pw_name, os.getuid())]
        assert queue.get(store, target["id"])["decided_by"] != "mallory"
    finally:
        store.close()


def test_execute_json_lists_the_stale_proposals_it_expired(tmp_path):
    with Simulator(demo_scenario(hold_reruns=True)) as sim:
        config, target = _one_proposal(tmp_path, sim)
        # Raw on purpose: the proposal aged 49 hours behind the console script's back.
        conn = sqlite3.connect(tmp_path / "triage.db")
        conn.execute("update proposals set created_at = ? where id = ?",
                     [iso(utcnow() - timedelta(hours=49)), target["id"]])
        conn.commit()
        conn.close()
        done = run_cli("execute", "--json", config=config)
    assert done.returncode == 0, done.stderr
    expired = json.loads(done.stdout)["expired"]
    assert [e["id"] for e in expired] == [target["id"]]
    assert expired[0]["reason"].startswith("stale: pending for 49.0h")
