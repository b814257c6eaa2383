"""The command line: exit codes, one-line errors, --json on stdout only, every command documented."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest
from click.testing import CliRunner

from triage_agent.cli import cli
from triage_agent.simulator import Scenario, Simulator

ASSERT_LOG = """\
=================================== FAILURES ===================================
    def test_totals():
>       assert total([1, 2]) == 4
E       AssertionError: assert 3 == 4
tests/test_totals.py:9: AssertionError
FAILED tests/test_totals.py::test_totals - AssertionError: assert 3 == 4
========================= 1 failed, 40 passed in 2.10s =========================
Exited with code exit status 1
"""
NETWORK_LOG = """\
go: downloading github.com/stretchr/testify v1.9.0
go: github.com/stretchr/testify@v1.9.0: Get "https://proxy.golang.org/github.com/stretchr/testify/@v/v1.9.0.zip": dial tcp 142.250.74.113:443: connect: connection refused
Exited with code exit status 1
"""


def scenario() -> Scenario:
    sc = Scenario(token="cli-test-token", seed=21)
    sc.add_project("gh/acme/api")
    sc.add_project("gh/acme/web")
    sc.add_pipeline("gh/acme/api", created_at=timedelta(hours=1), workflows=[
        sc.workflow("build-test", jobs=[sc.job("test", status="failed", log=ASSERT_LOG)])])
    sc.add_pipeline("gh/acme/web", created_at=timedelta(hours=1), workflows=[
        sc.workflow("ci", jobs=[sc.job("deps", status="failed", log=NETWORK_LOG, rerun="pass")])])
    return sc


def write_config(tmp_path: Path, base_url: str, token: str = "${CI_TOKEN}", extra: str = "") -> Path:
    path = tmp_path / "triage-agent.toml"
    path.write_text(
        f'[circleci]\nbase_url = "{base_url}"\ntoken = "{token}"\nmax_retries = 1\nmax_backoff_seconds = 1.0\n'
        f'[polling]\nrequests_per_minute = 100000\n[storage]\npath = "state.db"\n{extra}'
    )
    return path


@pytest.fixture
def sim():
    with Simulator(scenario()) as s:
        yield s


def invoke(args, env=None, input=None):
    runner = CliRunner()
    return runner.invoke(cli, args, env=env, input=input, catch_exceptions=False)


def test_check_says_who_the_token_is_and_what_will_be_watched(sim, tmp_path):
    cfg = write_config(tmp_path, sim.base_url)
    result = invoke(["check", "--config", str(cfg), "--json"], env={"CI_TOKEN": sim.token})
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["user"]["login"] == "alice"
    assert [p["slug"] for p in data["projects"]] == ["gh/acme/api", "gh/acme/web"]
    assert data["organizations"] == ["gh/acme"]


def run_cli(*args: str, env: dict | None = None, timeout: float = 60) -> subprocess.CompletedProcess:
    exe = shutil.which("triage-agent", path=str(Path(sys.executable).parent)) or "triage-agent"
    full_env = {**os.environ, **(env or {})}
    full_env.pop("TRIAGE_AGENT_CONFIG", None)
    return subprocess.run([exe, *args], capture_output=True, text=True, timeout=timeout, env=full_env)


def test_check_with_a_wrong_token_exits_1_with_one_line(sim, tmp_path):
    cfg = write_config(tmp_path, sim.base_url)
    proc = run_cli("check", "--config", str(cfg), env={"CI_TOKEN": "wrong-token"})
    assert proc.returncode == 1
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and "401" in lines[0] and "token" in lines[0]
    assert "wrong-token" not in proc.stderr


def test_check_against_an_unreachable_url_exits_1_with_one_line(tmp_path):
    cfg = write_config(tmp_path, "http://127.0.0.1:9")
    proc = run_cli("check", "--config", str(cfg), env={"CI_TOKEN": "x"})
    assert proc.returncode == 1
    lines = proc.stderr.strip().splitlines()
    assert lines[-1].startswith("Error:") and "127.0.0.1" in lines[-1]
    assert "Traceback" not in proc.stderr


@pytest.mark.parametrize(
    ("config_text", "message"),
    [
        ("[circleci]\ntoken = 3\n", "circleci.token: expected a string"),
        ("[polling\n", "not valid TOML"),
        ("[circleci]\ntoken = \"${UNSET_FOR_TEST}\"\n", "circleci.token: environment variable UNSET_FOR_TEST is not set"),
    ],
)
def test_config_errors_exit_1_naming_the_key(tmp_path, config_text, message):
    cfg = tmp_path / "bad.toml"
    cfg.write_text(config_text)
    result = invoke(["check", "--config", str(cfg)])
    assert result.exit_code == 1
    assert message in result.output
    assert len(result.output.strip().splitlines()) == 1


def test_bad_usage_exits_2():
    assert invoke(["approvals", "approve", "not-a-number"]).exit_code == 2
    assert invoke(["no-such-command"]).exit_code == 2


def test_poll_once_json_then_the_approval_commands(sim, tmp_path):
    cfg = str(write_config(tmp_path, sim.base_url))
    env = {"CI_TOKEN": sim.token}
    result = invoke(["poll", "--once", "--json", "--config", cfg], env=env)
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    by_job = {f["job_name"]: f for f in data["new_failures"]}
    assert by_job["test"]["verdict"] == "real" and by_job["test"]["proposal"]["action"] == "file_report"
    assert by_job["deps"]["verdict"] == "transient" and by_job["deps"]["proposal"]["action"] == "rerun_workflow"
    assert sim.write_requests() == []

    listed = json.loads(invoke(["approvals", "list", "--json", "--config", cfg], env=env).stdout)
    assert {p["status"] for p in listed} == {"pending"}
    keys = {"id", "action", "status", "project_slug", "workflow_id", "pipeline_number", "verdict",
            "confidence", "summary", "created_at"}
    assert all(keys <= set(p) for p in listed)
    rerun = next(p for p in listed if p["action"] == "rerun_workflow")
    report = next(p for p in listed if p["action"] == "file_report")

    rejected = invoke(["approvals", "reject", str(report["id"]), "--reason", "known", "--config", cfg], env=env)
    assert rejected.exit_code == 0
    again = invoke(["approvals", "approve", str(report["id"]), "--config", cfg], env=env)
    assert again.exit_code == 1 and "rejected" in again.output

    approved = invoke(["approvals", "approve", str(rerun["id"]), "--execute", "--json", "--config", cfg], env=env)
    assert approved.exit_code == 0, approved.output
    assert json.loads(approved.stdout)["status"] == "executed"
    posts = sim.write_requests()
    assert [(r.method, r.path, r.json) for r in posts] == [
        ("POST", f"/api/v2/workflow/{rerun['workflow_id']}/rerun", {"from_failed": True})]

    statuses = {p["id"]: p["status"] for p in
                json.loads(invoke(["approvals", "list", "--json", "--config", cfg], env=env).stdout)}
    assert statuses == {rerun["id"]: "executed", report["id"]: "rejected"}
    executed = invoke(["execute", "--json", "--config", cfg], env=env)
    assert executed.exit_code == 0
    assert len(sim.write_requests()) == 1  # nothing sent twice


def test_approvals_without_a_terminal_says_how_to_decide(sim, tmp_path):
    cfg = str(write_config(tmp_path, sim.base_url))
    env = {"CI_TOKEN": sim.token}
    invoke(["poll", "--once", "--config", cfg], env=env)
    result = invoke(["approvals", "--config", cfg], env=env)
    assert result.exit_code == 0
    assert "approvals approve ID" in result.output and "2 pending" in result.output


def test_unknown_proposal_id_is_a_one_line_error(sim, tmp_path):
    cfg = str(write_config(tmp_path, sim.base_url))
    result = invoke(["approvals", "approve", "999", "--config", cfg], env={"CI_TOKEN": sim.token})
    assert result.exit_code == 1
    assert "proposal 999 does not exist" in result.output


def test_status_reports_the_last_cycle_and_pending_approvals(sim, tmp_path, monkeypatch):
    # Both commands read one moment: "usage today" is the usage of status's UTC day, and a poll
    # just before midnight followed by status just after it once read 0 requests today.
    moment = sim.now()
    monkeypatch.setattr("triage_agent.timeutil.utcnow", lambda: moment)
    cfg = str(write_config(tmp_path, sim.base_url))
    env = {"CI_TOKEN": sim.token}
    invoke(["poll", "--once", "--config", cfg], env=env)
    data = json.loads(invoke(["status", "--json", "--config", cfg], env=env).stdout)
    assert data["daemon"]["running"] is False
    assert data["last_cycle"]["ok"] is True and data["last_cycle"]["new_failures"] == 2
    assert len(data["pending_approvals"]) == 2
    assert data["usage_today"]["api_requests"] == data["last_cycle"]["requests"]


CASE = {"id": "c1", "log": "npm ERR! code ECONNRESET\nnpm ERR! network request to https://registry.npmjs.org/x failed, reason: read ECONNRESET\n",
        "job": {"name": "build", "status": "failed"}}


def test_classify_a_case_file_and_stdin(tmp_path, monkeypatch):
    path = tmp_path / "case.json"
    path.write_text(json.dumps(CASE))
    result = invoke(["classify", str(path), "--json"], env={"TRIAGE_AGENT_CONFIG": str(tmp_path / "none.toml")})
    assert result.exit_code == 1  # an explicitly named config must exist
    monkeypatch.chdir(tmp_path)
    result = invoke(["classify", str(path), "--json"], env={})
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert set(data) == {"verdict", "confidence", "category", "rationale", "evidence", "classifier"}
    assert data["verdict"] == "transient" and data["classifier"] == "rules"
    piped = invoke(["classify", "-", "--json"], input=json.dumps(CASE))
    assert json.loads(piped.stdout) == data


@pytest.mark.parametrize(
    ("content", "message"),
    [("{not json", "not valid JSON"), ('{"id": "x"}', "needs a string field 'log'")],
)
def test_classify_rejects_bad_case_files_in_one_line(tmp_path, monkeypatch, content, message):
    path = tmp_path / "case.json"
    path.write_text(content)
    monkeypatch.chdir(tmp_path)
    result = invoke(["classify", str(path)])
    assert result.exit_code == 1 and message in result.output


def test_eval_prints_metrics_and_the_confusion_matrix(tmp_path, monkeypatch):
    rows = [
        {**CASE, "id": "t1", "label": "transient"},
        {"id": "r1", "label": "real", "log": ASSERT_LOG},
        {"id": "r2", "label": "real", "log": "src/main.rs:3:5: error[E0308]: mismatched types\nerror: could not compile `app`"},
    ]
    path = tmp_path / "cases.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    monkeypatch.chdir(tmp_path)
    result = invoke(["eval", str(path), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    text = json.dumps(data)
    assert "confusion" in text and "precision" in text and "recall" in text
    with_cases = json.loads(invoke(["eval", str(path), "--json", "--cases"]).stdout)
    assert "cases" not in data and len(with_cases["cases"]) == 3
    human = invoke(["eval", str(path)])
    assert "transient" in human.stdout and "real" in human.stdout


def test_every_command_has_help_with_an_example():
    def walk(group, prefix=()):
        for name, command in group.commands.items():
            yield (*prefix, name), command
            if hasattr(command, "commands"):
                yield from walk(command, (*prefix, name))

    for path, command in walk(cli):
        assert command.help and "Example:" in command.help, " ".join(path)


def test_readme_documents_every_command():
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text()
    for name in cli.commands:
        assert f"triage-agent {name}" in readme, name
