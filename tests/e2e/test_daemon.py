"""The daemon: APScheduler with short intervals against the simulator; signals; one daemon per DB."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from datetime import timedelta
from pathlib import Path

import pytest

from triage_agent.daemon import Daemon
from triage_agent.simulator import Scenario, Simulator
from triage_agent.simulator.llm import ScriptedLLMServer, server_error
from triage_agent.status import daemon_running
from triage_agent.store import loads

ASSERT_LOG = """\
E       AssertionError: assert 3 == 4
FAILED tests/test_totals.py::test_totals - AssertionError: assert 3 == 4
Exited with code exit status 1
"""
UNCLEAR_LOG = "Running checks...\nsomething odd happened in step 3\nExited with code exit status 1\n"


def scenario(n_projects: int = 2, log: str = ASSERT_LOG, seed: int = 31) -> Scenario:
    sc = Scenario(seed=seed)
    for i in range(n_projects):
        slug = f"gh/acme/p{i}"
        sc.add_project(slug)
        sc.add_pipeline(slug, created_at=timedelta(minutes=30), workflows=[
            sc.workflow("ci", jobs=[sc.job("test", status="failed", log=log)])])
    return sc


def wait_for(predicate, timeout: float = 15.0, step: float = 0.05) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(step)
    return False


def cycles(app) -> list[dict]:
    return list(app.store.db.query("select * from cycles where kind = 'poll' order by id"))


def run_daemon(app, **intervals) -> Daemon:
    daemon = Daemon(app, intervals={"poll": 0.3, "execute": 0.25, "discover": 60, **intervals})
    daemon.schedule()
    daemon.scheduler.start()
    return daemon


def test_cycles_run_repeatedly_and_never_overlap(make_app):
    with Simulator(scenario()) as sim:
        app = make_app(sim)
        daemon = run_daemon(app)
        try:
            assert wait_for(lambda: len(cycles(app)) >= 4 and daemon.job_runs.get("execute", 0) >= 1, timeout=60)
        finally:
            daemon.shutdown()
        rows = [r for r in cycles(app) if r["finished_at"]]
        assert all(r["ok"] for r in rows)
        for earlier, later in zip(rows, rows[1:], strict=False):
            assert later["started_at"] >= earlier["finished_at"]
        assert daemon.overlaps == 0
        assert daemon.job_runs["poll"] >= 4 and daemon.job_runs.get("execute", 0) >= 1
        assert app.store.db["failures"].count == 2  # found once, whatever the number of cycles


def test_a_cycle_longer_than_the_interval_is_not_overlapped(make_app):
    with Simulator(scenario()) as sim:
        app = make_app(sim)
        sim.inject("slow", times=None, seconds=0.15)
        daemon = run_daemon(app, poll=0.2, execute=0.2)
        try:
            assert wait_for(lambda: len([r for r in cycles(app) if r["finished_at"]]) >= 2, timeout=30)
        finally:
            daemon.shutdown()
        rows = [r for r in cycles(app) if r["finished_at"]]
        for earlier, later in zip(rows, rows[1:], strict=False):
            assert later["started_at"] >= earlier["finished_at"]
        assert daemon.overlaps == 0


def test_a_failing_project_does_not_stop_the_loop(make_app):
    with Simulator(scenario(n_projects=3)) as sim:
        app = make_app(sim, circleci={"projects": ["gh/acme/p0", "gh/acme/p1", "gh/acme/p2"], "max_retries": 0,
                                      "poll_strategy": "project"})
        sim.inject("server_error", times=None, path="/api/v2/project/gh/acme/p1/", status=500)
        daemon = run_daemon(app)
        try:
            assert wait_for(lambda: len(cycles(app)) >= 3)
        finally:
            daemon.shutdown()
        projects = {r["project_slug"] for r in app.store.db.query("select project_slug from failures")}
        assert projects == {"gh/acme/p0", "gh/acme/p2"}
        summary = loads(cycles(app)[-1]["summary"], {})
        assert any("gh/acme/p1" in w for w in summary["warnings"])
        assert daemon.job_errors == {}


def test_an_llm_outage_leaves_the_offline_verdict_and_the_loop_running(make_app):
    with ScriptedLLMServer() as llm, Simulator(scenario(log=UNCLEAR_LOG)) as sim:
        llm.script(*[server_error(500) for _ in range(50)])
        app = make_app(sim, llm={"enabled": True, "base_url": llm.base_url, "api_key": "test-key",
                                 "model": "m", "timeout_seconds": 1.0, "max_retries": 0})
        daemon = run_daemon(app)
        try:
            assert wait_for(lambda: len(cycles(app)) >= 2)
        finally:
            daemon.shutdown()
        verdicts = list(app.store.db.query("select * from verdicts"))
        assert len(verdicts) == 2
        assert all(v["llm_called"] == 1 and v["llm_error"] for v in verdicts)
        assert all(v["classifier"] == "rules" for v in verdicts)
        assert all(r["ok"] for r in cycles(app) if r["finished_at"])


def test_a_revoked_token_is_logged_once_and_backed_off(make_app, caplog):
    with Simulator(scenario()) as sim:
        app = make_app(sim)
        sim.revoke_token()
        daemon = run_daemon(app)
        try:
            # The first request (a loaded machine may take more than 2 s to send it), then 2 s in
            # which a daemon that did not back off would ask again.
            assert wait_for(lambda: len(sim.requests) >= 1, timeout=60)
            time.sleep(2.0)
        finally:
            daemon.shutdown()
        # One rejected request, then the daemon waits minutes before asking again.
        assert len(sim.requests) == 1
        errors = [r for r in caplog.records if r.levelname == "ERROR" and "token" in r.getMessage()]
        assert len(errors) == 1
        assert sim.token not in caplog.text
        state = loads(app.store.get_kv("daemon.state"), {})
        assert state["auth_blocked_until"]


def test_the_digest_job_writes_yesterdays_files(make_app, tmp_path):
    with Simulator(scenario()) as sim:
        app = make_app(sim)
        daemon = Daemon(app)
        now = sim.now()
        daemon.digest_job(now)
        yesterday = (now - timedelta(days=1)).date().isoformat()
        written = sorted(p.name for p in (tmp_path / "digests").iterdir())
        assert written == [f"digest-{yesterday}.html", f"digest-{yesterday}.md"]


def triage_agent_exe() -> str:
    return shutil.which("triage-agent", path=str(Path(sys.executable).parent)) or "triage-agent"


def write_config(tmp_path: Path, sim: Simulator) -> Path:
    path = tmp_path / "daemon.toml"
    path.write_text(
        f'[circleci]\nbase_url = "{sim.base_url}"\ntoken = "{sim.token}"\n'
        '[polling]\nrequests_per_minute = 100000\ninterval_seconds = 10\njitter_seconds = 0\n'
        '[storage]\npath = "state.db"\n[logging]\nlevel = "INFO"\n'
    )
    return path


def start(config: Path) -> subprocess.Popen:
    env = {k: v for k, v in os.environ.items() if k != "TRIAGE_AGENT_CONFIG"}
    return subprocess.Popen([triage_agent_exe(), "run", "--config", str(config), "--log-format", "json"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)


def test_sigterm_lets_the_cycle_in_hand_finish(tmp_path):
    with Simulator(scenario(n_projects=3)) as sim:
        sim.inject("slow", times=None, seconds=0.2)
        config = write_config(tmp_path, sim)
        proc = start(config)
        try:
            assert wait_for(lambda: len(sim.requests) >= 3, timeout=20)
            proc.send_signal(signal.SIGTERM)
            _, err = proc.communicate(timeout=60)
        finally:
            if proc.poll() is None:
                proc.kill()
        assert proc.returncode == 0, err
        records = [json.loads(line) for line in err.splitlines() if line.strip()]  # --log-format json
        assert any("finishing the job in hand" in r["message"] for r in records)
        cycle_lines = [r for r in records if r.get("event") == "cycle"]
        assert cycle_lines and cycle_lines[0]["new_failures"] == 3
        assert sim.token not in err
        import sqlite3

        db = sqlite3.connect(tmp_path / "state.db")
        rows = db.execute("select finished_at, ok from cycles where kind = 'poll'").fetchall()
        assert rows and all(finished for finished, _ in rows)  # nothing half-done
        states = {s for (s,) in db.execute("select state from failures")}
        assert states == {"decided"}
        assert db.execute("select count(*) from failures").fetchone()[0] == 3


def test_a_second_signal_exits_at_once(tmp_path):
    with Simulator(scenario(n_projects=3)) as sim:
        sim.inject("slow", times=None, seconds=1.0)
        proc = start(write_config(tmp_path, sim))
        try:
            assert wait_for(lambda: len(sim.requests) >= 1, timeout=20)
            proc.send_signal(signal.SIGTERM)
            time.sleep(0.3)
            started = time.monotonic()
            proc.send_signal(signal.SIGTERM)
            proc.communicate(timeout=20)
            elapsed = time.monotonic() - started
        finally:
            if proc.poll() is None:
                proc.kill()
        assert proc.returncode == 130
        assert elapsed < 5  # did not wait for the slow cycle to end


def test_a_second_daemon_on_the_same_database_refuses_to_start(tmp_path):
    with Simulator(scenario()) as sim:
        config = write_config(tmp_path, sim)
        first = start(config)
        try:
            assert wait_for(lambda: (tmp_path / "state.db.lock").exists() and daemon_running(tmp_path / "state.db"))
            second = subprocess.run([triage_agent_exe(), "run", "--config", str(config)],
                                    capture_output=True, text=True, timeout=30)
            assert second.returncode == 1
            assert "another triage-agent daemon" in second.stderr
            assert len(second.stderr.strip().splitlines()) == 1
            status = subprocess.run([triage_agent_exe(), "status", "--json", "--config", str(config)],
                                    capture_output=True, text=True, timeout=30)
            assert '"running": true' in status.stdout
        finally:
            first.send_signal(signal.SIGTERM)
            first.communicate(timeout=60)


@pytest.mark.parametrize("bad", ["[polling]\ninterval_seconds = 'x'\n", "[classifier]\nsignatures = [{id = 'x'}]\n"])
def test_a_bad_config_exits_with_one_line_at_start_up(tmp_path, bad):
    config = tmp_path / "bad.toml"
    config.write_text('[circleci]\ntoken = "t"\n' + bad)
    proc = subprocess.run([triage_agent_exe(), "run", "--config", str(config)], capture_output=True, text=True,
                          timeout=30)
    assert proc.returncode == 1
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error:")


def test_the_job_list_is_what_is_scheduled_and_a_new_job_is_one_entry(make_app):
    """Daemon.jobs() is the one place jobs are declared: schedule() registers exactly those, and a
    job added there runs on the same worker with the same bookkeeping (counters, no overlap)."""
    from apscheduler.triggers.interval import IntervalTrigger

    from triage_agent.daemon import JobSpec

    seen: list = []

    class WithExtraJob(Daemon):
        def jobs(self):
            return [*super().jobs(), JobSpec("extra", seen.append, IntervalTrigger(seconds=0.2),
                                             first_run=self.clock(), misfire_grace=1)]

    with Simulator(scenario(n_projects=1)) as sim:
        app = make_app(sim)
        plain = Daemon(app, run_immediately=False)
        plain.schedule()
        assert {job.id for job in plain.scheduler.get_jobs()} == {s.name for s in plain.jobs()} == {
            "poll", "execute", "discover", "intake", "digest"}
        daemon = WithExtraJob(app, intervals={"poll": 60, "execute": 60, "discover": 60, "intake": 60})
        daemon.schedule()
        daemon.scheduler.start()
        try:
            assert wait_for(lambda: daemon.job_runs.get("extra", 0) >= 2, timeout=30)
        finally:
            daemon.shutdown()
        assert len(seen) == daemon.job_runs["extra"] and all(hasattr(t, "tzinfo") for t in seen)
        assert daemon.overlaps == 0
