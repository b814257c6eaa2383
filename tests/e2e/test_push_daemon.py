"""Push mode in the real ``triage-agent run`` process: SIGTERM stops server and scheduler cleanly;
SIGKILL between recording a webhook and processing it loses nothing (the next start processes it)."""

from __future__ import annotations

import json
import signal
import sqlite3
import subprocess
import tempfile
import time
from pathlib import Path

import httpx
from killpoints import _env, cli_command, run_cli, when_db, write_config

from triage_agent.simulator import Scenario, Simulator
from triage_agent.simulator.webhooks import WebhookSender

SECRET = "whsec-daemon-test-77b2"
LOG = "E       AssertionError: assert 3 == 4\nExited with code exit status 1\n"


def query(db: Path, sql: str, args: tuple = ()) -> list[tuple]:
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=2)
    try:
        return conn.execute(sql, args).fetchall()
    finally:
        conn.close()


def wait_for(predicate, timeout: float = 20.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.02)
    return False


def listen_address(db: Path) -> str | None:
    def read() -> str | None:
        try:
            rows = query(db, "select value from kv where key = 'server.state'")
        except sqlite3.Error:
            return None
        return json.loads(rows[0][0])["listen"] if rows else None

    found: list[str] = []
    assert wait_for(lambda: bool(found.append(read() or "") or found[-1])), "the server never said where it listens"
    return found[-1]


def start(config: Path, err) -> subprocess.Popen:
    return subprocess.Popen([*cli_command(), "run", "--config", str(config)], stdout=subprocess.DEVNULL,
                            stderr=err, text=True, env=_env())


def push_config(tmp_path: Path, sim: Simulator) -> Path:
    return write_config(tmp_path, sim, circleci={"projects": ["gh/acme/api"]},
                        polling={"interval_seconds": 3600, "jitter_seconds": 0},
                        server={"listen": "127.0.0.1:0"}, webhooks={"secret": SECRET})


def scenario() -> Scenario:
    sc = Scenario(seed=7)
    sc.add_project("gh/acme/api")
    return sc


def add_failure(sim: Simulator):
    sc = sim.scenario
    return sim.add_pipeline("gh/acme/api", workflows=[sc.workflow("ci", jobs=[
        sc.job("test", status="failed", log=LOG)])])


def test_sigterm_stops_the_server_and_the_scheduler_cleanly(tmp_path):
    with Simulator(scenario()) as sim, tempfile.TemporaryFile(mode="w+") as err:
        config = push_config(tmp_path, sim)
        proc = start(config, err)
        try:
            address = listen_address(tmp_path / "triage.db")
            assert httpx.get(f"http://{address}/healthz", timeout=5).status_code == 200
            sender = WebhookSender(sim, f"http://{address}/webhooks/circleci", SECRET)
            assert sender.deliver(sender.ping_payload()).status_code == 200
            assert sender.deliver(sender.ping_payload(), signature="bad").status_code == 401
            sender.stop()

            def status() -> dict:
                return json.loads(run_cli("status", "--json", config=config).stdout)["server"]

            assert wait_for(lambda: (status().get("webhooks_since_start") or {}).get("bad_signature") == 1)
            shown = status()
            assert shown["running"] and shown["listen"] == address and shown["webhooks_on"]
            assert shown["webhooks_since_start"]["ping"] == 1 and shown["last_webhook_at"]
            text = run_cli("status", config=config).stderr
            assert f"server: http://{address}; webhooks on" in text
            assert "0 accepted, 0 duplicate, 0 ignored, 1 rejected" in text
            proc.send_signal(signal.SIGTERM)
            assert proc.wait(timeout=30) == 0
        finally:
            if proc.poll() is None:
                proc.kill()
        err.seek(0)
        log = err.read()
        assert "HTTP server on http://127.0.0.1:" in log and "triage-agent daemon stopped" in log
        assert "Traceback" not in log
        try:
            httpx.get(f"http://{address}/healthz", timeout=2)
            raise AssertionError("the server still answers after SIGTERM")
        except httpx.ConnectError:
            pass


def test_kill_9_after_recording_a_webhook_loses_nothing(tmp_path):
    db = tmp_path / "triage.db"
    with Simulator(scenario()) as sim, tempfile.TemporaryFile(mode="w+") as err:
        config = push_config(tmp_path, sim)
        proc = start(config, err)
        try:
            address = listen_address(db)
            assert wait_for(lambda: query(db, "select count(*) from cycles where kind = 'poll' "
                                              "and finished_at is not null")[0][0] >= 1)
            # Reading the workflow's jobs hangs, so processing cannot finish: the kill lands after
            # the delivery is recorded and before (or while) it is processed.
            sim.inject("slow", times=None, path_regex=r"/workflow/[^/]+/job$", seconds=30)
            with WebhookSender(sim, f"http://{address}/webhooks/circleci", SECRET) as sender:
                wf = add_failure(sim).workflows[0]
                assert wait_for(when_db(db, "select count(*) from webhook_deliveries", 1))
                # The row is committed before the answer is written: on a loaded machine a kill
                # right after the commit can land before the 202 leaves. Wait for the answer.
                assert wait_for(lambda: sender.statuses() != [])
                proc.send_signal(signal.SIGKILL)
                proc.wait(timeout=10)
                assert sender.statuses() == [202]  # acknowledged, so CircleCI will not send it again
        finally:
            if proc.poll() is None:
                proc.kill()
        assert query(db, "select state from webhook_deliveries") == [("pending",)]
        assert query(db, "select count(*) from proposals") == [(0,)]

        sim.clear_faults()
        proc = start(config, err)
        try:
            assert wait_for(lambda: query(db, "select count(*) from proposals")[0][0] >= 1, timeout=30)
            proc.send_signal(signal.SIGTERM)
            assert proc.wait(timeout=30) == 0
        finally:
            if proc.poll() is None:
                proc.kill()
        assert query(db, "select state from webhook_deliveries") == [("processed",)]
        assert query(db, "select workflow_id, job_name, origin from failures") == [(wf.id, "test", "webhook")]
        assert query(db, "select workflow_id, action from proposals") == [(wf.id, "file_report")]
        assert sim.write_requests() == []
