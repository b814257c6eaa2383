"""`triage-agent demo`: the whole loop end to end, from the installed console script."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest


def run_demo(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    exe = shutil.which("triage-agent", path=str(Path(sys.executable).parent)) or "triage-agent"
    env = {k: v for k, v in os.environ.items() if k not in ("TRIAGE_AGENT_CONFIG", "CIRCLECI_TOKEN")}
    return subprocess.run([exe, "demo", *args], cwd=cwd, capture_output=True, text=True, timeout=120,
                          env=env, stdin=subprocess.DEVNULL)


def test_demo_yes_runs_the_whole_loop_and_says_where_everything_is(tmp_path):
    out_dir = tmp_path / "demo"
    cwd = tmp_path / "elsewhere"
    cwd.mkdir()
    proc = run_demo("--yes", "--dir", str(out_dir), cwd=cwd)
    assert proc.returncode == 0, proc.stderr
    text = proc.stdout
    # The seven failures of the scenario, judged.
    assert text.count(" transient ") >= 3 and text.count(" real ") >= 2
    assert "transient verdict confirmed" in text
    assert "transient verdict REFUTED" in text
    assert "Rerun build-test from failed" in text
    for needle in ("approvals list", "status", "digest", "Go live", str(out_dir / "triage-agent.db")):
        assert needle in text

    # It wrote only under --dir, nothing where it ran.
    assert list(cwd.iterdir()) == []
    assert sorted(p.name for p in out_dir.iterdir()) >= ["digests", "reports", "triage-agent.db",
                                                         "triage-agent.toml"]

    db = sqlite3.connect(out_dir / "triage-agent.db")
    statuses = dict(db.execute("select action, count(*) from proposals where status = 'executed' group by action"))
    assert statuses == {"rerun_workflow": 6, "file_report": 3}
    outcomes = sorted(o for (o,) in db.execute("select outcome from reruns"))
    assert outcomes == ["confirmed"] * 5 + ["refuted"]
    # The GitHub App and GitLab organizations' projects (circleci/ slugs) were discovered,
    # polled, triaged and rerun like the GitHub OAuth ones.
    circleci = dict(db.execute(
        "select p.name, r.outcome from reruns r join projects p on p.slug = r.project_slug "
        "where r.project_slug like 'circleci/%'"))
    assert circleci == {"mobile": "confirmed", "billing": "confirmed"}
    assert "mobile (circleci/" in text and "billing (circleci/" in text
    assert db.execute("select count(*) from proposals where status = 'pending'").fetchone()[0] == 0
    actors = {a for (a,) in db.execute("select actor from audit_log where to_status = 'approved'")}
    assert actors and all(a.endswith("(demo --yes)") for a in actors)

    reports = sorted((out_dir / "reports").glob("*.md"))
    assert len(reports) == 3
    assert any("rerun failed" in r.read_text().lower() or "refuted" in r.read_text().lower() for r in reports)
    digests = sorted(p.suffix for p in (out_dir / "digests").iterdir())
    assert digests == [".html", ".md"]
    html = next((out_dir / "digests").glob("*.html")).read_text()
    assert "<svg" in html and "gh/acme/worker" in html

    # The commands it points to work on what it left behind.
    exe = shutil.which("triage-agent", path=str(Path(sys.executable).parent)) or "triage-agent"
    listed = subprocess.run([exe, "approvals", "list", "--json", "--config", str(out_dir / "triage-agent.toml")],
                            capture_output=True, text=True, timeout=60)
    assert listed.returncode == 0 and '"executed"' in listed.stdout


def test_demo_without_a_terminal_or_yes_leaves_the_proposals_pending(tmp_path):
    out_dir = tmp_path / "demo"
    proc = run_demo("--dir", str(out_dir), cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert "nothing is approved and nothing is written to CircleCI" in proc.stdout
    assert "approvals approve ID" in proc.stdout
    db = sqlite3.connect(out_dir / "triage-agent.db")
    assert db.execute("select count(*) from proposals where status != 'pending'").fetchone()[0] == 0
    assert db.execute("select count(*) from proposals").fetchone()[0] == 7
    assert db.execute("select count(*) from reruns").fetchone()[0] == 0
    assert not (out_dir / "reports").exists() or not list((out_dir / "reports").glob("*.md"))


@pytest.mark.parametrize("hour, minute", [(9, 0), (23, 40)])
def test_demo_digest_of_today_holds_the_whole_run_at_any_hour(tmp_path, hour, minute):
    """The demo's closing digest of "today" shows every failure of the run, whatever the hour it
    starts at: started at 23:40 UTC its half hour would straddle midnight, so the scenario starts
    just after midnight instead (a run started after about 23:28 once wrote a digest of its last
    events only)."""
    from triage_agent.demo import run_demo as run_demo_in_process

    start = (datetime.now(UTC) + timedelta(days=3)).replace(hour=hour, minute=minute, second=0, microsecond=0)
    lines: list[str] = []
    result = run_demo_in_process(str(tmp_path / "demo"), yes=True, interactive=False,
                                 echo=lambda *a, **k: lines.append(" ".join(map(str, a))), start=start)
    md = next(p for p in result.digests if p.suffix == ".md")
    text = md.read_text()
    # every followed project with a failure is in the digest, and the digest is of the run's day
    for project in ("gh/acme/web", "gh/acme/api", "gh/acme/worker"):
        assert project in text, project
    db = sqlite3.connect(result.directory / "triage-agent.db")
    assert db.execute("select count(*) from proposals where status = 'executed'").fetchone()[0] == 9
    expected_day = (start + timedelta(days=1)).date() if hour == 23 else start.date()
    assert expected_day.isoformat() in md.name
