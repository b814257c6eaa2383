"""What a person sees and what is left on disk, through the real console script: problems the user
can fix get one line saying what to fix (never "unexpected ..."), secrets stay out of what is
printed and logged, and the files written are the owner's alone.
"""

from __future__ import annotations

import json
import logging
import os
import resource
import signal
import subprocess
import sys
from datetime import timedelta
from io import StringIO

import pytest
from killpoints import _env, cli_command, run_cli, write_config
from sample_logs import ASSERT_LOG

from triage_agent import logsetup
from triage_agent.core.redact import Redactor
from triage_agent.simulator import Scenario, Simulator

TOKEN = "CCIPAT_Hx8Kp2Lq9Zr4Tv6Wy1Nb3Mc5Jd7Fg0Sa_deadbeefcafef00d1234567890abcdef"


def world() -> Scenario:
    sc = Scenario(token=TOKEN, seed=61)
    sc.add_project("gh/acme/api")
    sc.add_pipeline("gh/acme/api", created_at=timedelta(minutes=20), workflows=[
        sc.workflow("build", jobs=[sc.job("test", status="failed", log=ASSERT_LOG)])])
    return sc


def one_line_error(done: subprocess.CompletedProcess[str]) -> str:
    assert done.returncode == 1, (done.returncode, done.stderr)
    (line,) = done.stderr.strip().splitlines()[-1:]
    assert line.startswith("Error: ") and "unexpected" not in line, done.stderr
    return line


# --------------------------------------------------------------------------- secrets in output


def test_a_token_with_a_trailing_newline_works_and_never_shows(tmp_path, monkeypatch):
    monkeypatch.setenv("TA_TOKEN", TOKEN + "\n")
    with Simulator(world()) as sim:
        config = write_config(tmp_path, sim, circleci={"token": "${TA_TOKEN}"}, logging={"level": "DEBUG"})
        done = run_cli("poll", "--once", config=config)
        assert done.returncode == 0, done.stderr
    assert "LocalProtocolError" not in done.stderr and TOKEN not in done.stderr


@pytest.mark.parametrize(("value", "what"), [
    ("CCIPAT_abc\u00e9def123456", "a non-ASCII character"),
    ("CCIPAT_abc def123456", "a space or a line break inside it"),
])
def test_a_malformed_token_is_a_config_error_that_names_the_key_not_the_value(tmp_path, monkeypatch, value, what):
    monkeypatch.setenv("TA_TOKEN", value)
    with Simulator(world()) as sim:
        config = write_config(tmp_path, sim, circleci={"token": "${TA_TOKEN}"})
        line = one_line_error(run_cli("check", config=config))
    assert line == (f"Error: circleci.token: the value is malformed ({what}); a token is printable "
                    "ASCII without spaces, check it")
    assert value.split()[0][:10] not in line


def test_the_debug_traceback_and_the_error_line_are_redacted(tmp_path):
    # A failure nobody expected, whose text holds the token (a trigger planted in the database).
    with Simulator(world()) as sim:
        config = write_config(tmp_path, sim)
        assert run_cli("poll", "--once", config=config).returncode == 0
        import sqlite3

        conn = sqlite3.connect(tmp_path / "triage.db")
        conn.execute(f"create trigger boom before update on proposals begin "
                     f"select raise(abort, 'refused for token {TOKEN}'); end")
        conn.commit()
        conn.close()
        env = {**_env(), "TRIAGE_AGENT_DEBUG": "1"}
        done = subprocess.run([*cli_command(), "approvals", "approve", "1", "--execute", "--config", str(config)],
                              capture_output=True, text=True, env=env, timeout=60)
    assert done.returncode == 1
    assert "Traceback" in done.stderr and "IntegrityError" in done.stderr
    assert TOKEN not in done.stderr and "[REDACTED]" in done.stderr


# A configured secret of no known shape: only the configured value itself can mask it.
PLAIN_SECRET = "plain-looking-secret-value-9876"


@pytest.mark.parametrize("fmt", ["text", "json"])
def test_log_records_are_redacted_after_formatting_tracebacks_included(fmt, monkeypatch):
    root = logging.getLogger()
    monkeypatch.setattr(root, "handlers", [])  # our handler alone formats the record
    stream = StringIO()
    # Read from a secret mount: the value ends in a newline.
    logsetup.configure("INFO", fmt, Redactor([PLAIN_SECRET + "\n"]), stream=stream)
    try:
        log = logging.getLogger("triage_agent.test")
        try:
            raise RuntimeError(f"Illegal header value b'{PLAIN_SECRET}'")
        except RuntimeError:
            log.exception("request to %s failed", "circleci.com")
    finally:
        logsetup.configure("WARNING", "text", stream=sys.stderr)
    out = stream.getvalue()
    assert "Traceback" in out and "RuntimeError" in out and "[REDACTED]" in out
    assert PLAIN_SECRET not in out
    if fmt == "json":
        assert json.loads(out)["exc"].count("[REDACTED]") == 1


def test_check_never_prints_a_password_in_base_url(tmp_path):
    with Simulator(world()) as sim:
        url = sim.base_url.replace("http://", "http://ops:Pa55word-in-url@")
        config = write_config(tmp_path, sim, circleci={"base_url": url})
        text = run_cli("check", config=config)
        as_json = run_cli("check", "--json", config=config)
    # A URL with a password is refused (the token has its own key), in one line that does not
    # repeat the password; whatever check prints, the password is not in it.
    assert one_line_error(text) == ("Error: circleci.base_url: the URL must not carry a user or password "
                                    "(the token goes in circleci.token)")
    for output in (text.stdout + text.stderr, as_json.stdout + as_json.stderr):
        assert "Pa55word-in-url" not in output


def test_a_url_is_shown_without_its_user_and_password():
    from triage_agent.config import display_url

    assert display_url("https://ops:Pa55word@circleci.example.com:8443/ci") == \
        "https://[REDACTED]@circleci.example.com:8443/ci"
    assert display_url("https://circleci.com") == "https://circleci.com"


# --------------------------------------------------------------------------- files on disk


def _umask(mask: int):
    return lambda: os.umask(mask)


def test_database_reports_and_digests_are_the_owners_alone_whatever_the_umask(tmp_path):
    with Simulator(world()) as sim:
        config = write_config(tmp_path, sim)
        for args in (["poll", "--once"], ["digest", "--format", "html", "--output", str(tmp_path / "d.html")]):
            done = subprocess.run([*cli_command(), *args, "--config", str(config)], capture_output=True,
                                  text=True, env=_env(), timeout=60, preexec_fn=_umask(0o022))
            assert done.returncode == 0, done.stderr
        listed = json.loads(run_cli("approvals", "list", "--json", config=config).stdout)
        (report,) = [p for p in listed if p["action"] == "file_report"]
        done = subprocess.run([*cli_command(), "approvals", "approve", str(report["id"]), "--execute",
                               "--config", str(config)], capture_output=True, text=True, env=_env(),
                              timeout=60, preexec_fn=_umask(0o022))
        assert done.returncode == 0, done.stderr
    files = [tmp_path / "triage.db", tmp_path / "d.html", *(tmp_path / "reports").rglob("*.md")]
    wal = tmp_path / "triage.db-wal"
    files += [wal] if wal.exists() else []
    assert len(files) >= 3
    assert {str(p.relative_to(tmp_path)): oct(p.stat().st_mode & 0o777) for p in files} == {
        str(p.relative_to(tmp_path)): "0o600" for p in files}


# --------------------------------------------------------------------------- problems the user can fix


@pytest.mark.parametrize(("section", "value", "message"), [
    ("policy", "max_workflow_age_hours = nan", "policy.max_workflow_age_hours: expected a finite number, got nan"),
    ("policy", "proposal_ttl_hours = inf", "policy.proposal_ttl_hours: expected a finite number, got inf"),
    ("circleci", "page_cap = 0", "circleci.page_cap: must be at least 1 (0 would read no page at all)"),
    ("storage", 'path = "sub${TA_STATE_DIR}/triage.db"', "storage.path: environment variable TA_STATE_DIR is not set"),
    ("reports", 'directory = "${TA_REPORTS_DIR}"', "reports.directory: environment variable TA_REPORTS_DIR is not set"),
])
def test_bad_config_values_are_refused_naming_the_key(tmp_path, monkeypatch, section, value, message):
    monkeypatch.delenv("TA_STATE_DIR", raising=False)
    monkeypatch.delenv("TA_REPORTS_DIR", raising=False)
    config = tmp_path / "triage-agent.toml"
    config.write_text(f'[circleci]\ntoken = "tok-123456"\n[{section}]\n{value}\n'
                      if section != "circleci" else f'[circleci]\ntoken = "tok-123456"\n{value}\n')
    assert one_line_error(run_cli("approvals", "list", config=config)) == f"Error: {message}"
    assert not (tmp_path / "sub").exists()


def test_a_huge_proposal_id_is_bad_usage_not_a_crash(tmp_path):
    with Simulator(world()) as sim:
        config = write_config(tmp_path, sim)
        done = run_cli("approvals", "approve", "99999999999999999999", config=config)
    assert done.returncode == 2, done.stderr
    assert "99999999999999999999 is not in the range" in done.stderr and "unexpected" not in done.stderr


def test_a_database_damaged_mid_file_is_one_line_saying_so(tmp_path):
    with Simulator(world()) as sim:
        config = write_config(tmp_path, sim)
        assert run_cli("poll", "--once", config=config).returncode == 0
    db = tmp_path / "triage.db"
    import sqlite3

    conn = sqlite3.connect(db)
    conn.execute("pragma wal_checkpoint(truncate)")
    page = conn.execute("pragma page_size").fetchone()[0]
    root = conn.execute("select rootpage from sqlite_master where name = 'proposals'").fetchone()[0]
    conn.close()
    data = bytearray(db.read_bytes())
    # The file still opens (its schema is intact); only the proposals table's page is damaged,
    # so the damage is met mid-command, on the first read of that table.
    start = (root - 1) * page
    for offset in range(start, start + page, 3):
        data[offset] = 0xA5
    db.write_bytes(bytes(data))
    line = one_line_error(run_cli("approvals", "list", config=config))
    assert "database" in line and "malformed" in line and "restore it from a backup" in line


def _file_size_limit(limit: int):
    def apply() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    return apply


def test_a_full_disk_on_digest_output_is_one_line_saying_so(tmp_path):
    with Simulator(world()) as sim:
        config = write_config(tmp_path, sim)
        assert run_cli("poll", "--once", config=config).returncode == 0
        out = tmp_path / "digest.html"
        import sqlite3

        # A reader holding the database keeps its -shm file at full size, so the limit below
        # falls on the digest alone; the file-size limit makes its write fail as a full disk
        # would (EFBIG instead of ENOSPC).
        reader = sqlite3.connect(tmp_path / "triage.db")
        reader.execute("select count(*) from kv").fetchone()
        try:
            done = subprocess.run([*cli_command(), "digest", "--format", "html", "--output", str(out),
                                   "--config", str(config)], capture_output=True, text=True, env=_env(),
                                  timeout=60, preexec_fn=_file_size_limit(8192))
        finally:
            reader.close()
    line = one_line_error(done)
    assert line == f"Error: cannot write {out}: File too large"
    assert not out.exists() and not list(tmp_path.glob(".digest.html.*"))


def test_deeply_nested_input_is_one_line(tmp_path):
    case = tmp_path / "case.json"
    case.write_text("[" * 100_000 + "]" * 100_000)
    done = subprocess.run([*cli_command(), "classify", str(case), "--offline"], capture_output=True,
                          text=True, env=_env(), cwd=tmp_path, timeout=60)
    line = one_line_error(done)
    assert line == f"Error: {case}: JSON nested too deeply to read"

