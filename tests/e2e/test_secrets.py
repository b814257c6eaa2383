"""Secrets, shape by shape, through the whole program: never in the database, the LLM request,
a report (file and GitHub issue), the digest or the logs.

One failing job per shape. The secret rides in the job's name (which reaches the digest and
the logs), its branch, its commit subject, its failing step's log and its failed test's name
and message, some of them placed where the old code cut a line (500 characters) or a test
message (2,000) before redacting. The real console script polls (with the scripted LLM),
files the reports to a file and to a GitHub-like server, and renders the digests; then every
place is searched for every secret, and for each shape's marker, so the search is not vacuous.
"""

from __future__ import annotations

import base64
import json
import sqlite3
from datetime import timedelta
from pathlib import Path

import pytest
from killpoints import run_cli, write_config
from sinkservers import GH_TOKEN, GitHubHandler, serve

from triage_agent.app import App
from triage_agent.config import load
from triage_agent.simulator import Scenario, Simulator
from triage_agent.simulator import llm as scripted
from triage_agent.store import queue
from triage_agent.timeutil import utcnow

# The configured CircleCI token, read from the environment with the newline of a secret mount.
TOKEN = "CCIPAT_Q7mZ3vN8tL2pR6sK1wX4yB9c_5e0d7f1a2b3c4d5e6f708192a3b4c5d6e7f8091a"
TOKEN_ENV = TOKEN + "\n"
SHORT_EXTRA = "q7Zp"  # a configured extra secret shorter than 6 characters
PEM_BODY = "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7tYu"
GHP = "ghp_" + "Zk4Lm9Np2Qr5St8Uv1Wx4Yz7Ab0Cd3Ef6Gh9J"
AWS_ID = "AKIAZ7Q3B5N8M2K4L6P9"
JWT = ("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJjaS1ib3QiLCJyb2xlIjoiZGVwbG95In0."
       "Hk3vX9qLm2Rt7Wz5Yp8Nc4Bd6Fg1Jh0Ks3La5Qe7Tu9")

# id -> (text that carries the secret, the strings that must never appear anywhere)
SHAPES: dict[str, tuple[str, tuple[str, ...]]] = {
    "configured-token": (f"echo {TOKEN}", (TOKEN,)),
    "configured-token-base64": (
        '{"auths": {"registry.example.com": {"auth": "'
        + base64.b64encode(f"ci-bot:{TOKEN}".encode()).decode() + '"}}}',
        (base64.b64encode(f"ci-bot:{TOKEN}".encode()).decode()[12:60],)),
    "json-password": ('{"username": "deploy", "password": "Hunter2-correct-horse"}', ("Hunter2-correct-horse",)),
    "yaml-password": ("  db_password: Hunter3-battery-staple", ("Hunter3-battery-staple",)),
    "docker-login-p": ("docker login -u ci -p D0ckerP4ss-xyz registry.example.com", ("D0ckerP4ss-xyz",)),
    "password-flag": ("mysqladmin --password S3cretFlag-99 status", ("S3cretFlag-99",)),
    "slack-webhook-json-escaped": (
        '{"url":"https:\\/\\/hooks.slack.com\\/services\\/T0AAA1\\/B0BBB2\\/XyZsecretHook123abc"}',
        ("XyZsecretHook123abc",)),
    "github-token-base64": (f"GH_B64={base64.b64encode(GHP.encode()).decode()}",
                            (base64.b64encode(GHP.encode()).decode(), GHP)),
    "extra-secret-short": (f"pin {SHORT_EXTRA} accepted", (f"pin {SHORT_EXTRA}",)),
    "aws-key-at-the-cut": ("x" * 485 + f" key={AWS_ID} end", (AWS_ID[:10], AWS_ID[4:])),
    "github-token-at-the-cut": ("y" * 470 + f" push with {GHP} failed", (GHP[:12], GHP[8:])),
    "aws-secret-key": ("aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYzzEXAMPLE1",
                       ("wJalrXUtnFEMI/K7MDENG/bPxRfiCYzzEXAMPLE1",)),
    "gcp-service-account-key": (
        '{"type": "service_account", "private_key": "-----BEGIN PRIVATE KEY-----\\n'
        + PEM_BODY + '\\n-----END PRIVATE KEY-----\\n"}', (PEM_BODY,)),
    "gcp-api-key": ("GOOGLE_MAPS=AIzaSyA1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q", ("AIzaSyA1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q",)),
    "gcp-oauth-token": ("using ya29.a0AfH6SMBx7Yq2Lm9Np4Rt8Wz1Kc5Vd3", ("ya29.a0AfH6SMBx7Yq2Lm9Np4Rt8Wz1Kc5Vd3",)),
    "azure-storage-key": (
        "DefaultEndpointsProtocol=https;AccountName=acmeci;AccountKey=Zm9vYmFyYmF6cXV4MTIzNDU2Nzg5MGFiY2RlZg==;"
        "EndpointSuffix=core.windows.net", ("Zm9vYmFyYmF6cXV4MTIzNDU2Nzg5MGFiY2RlZg==",)),
    "azure-sas-signature": ("https://acmeci.blob.core.windows.net/logs?sv=2022-11-02&sig=Q1w2E3r4T5y6U7i8O9p0%2BAbCdEf%3D",
                            ("Q1w2E3r4T5y6U7i8O9p0",)),
    "azure-client-secret": ("client secret Xy78Q~AbCdEfGhIjKlMnOpQrStUvWxYz0123456", ("AbCdEfGhIjKlMnOpQrStUvWxYz0123456",)),
    "private-key": (f"-----BEGIN RSA PRIVATE KEY-----\n{PEM_BODY}Rsa\nAbCdEf0123456789\n-----END RSA PRIVATE KEY-----",
                    (PEM_BODY + "Rsa",)),
    "jwt": (f"Authorization header was {JWT}", (JWT, JWT.split(".")[2])),
    "url-credentials": ("git clone https://deploy:Pa55w0rd-url-9@git.example.com/acme/api.git", ("Pa55w0rd-url-9",)),
}

VAGUE = "Running make check\nmake: *** [Makefile:12: check] Error 2\nExited with code exit status 2\n"


def _one_line(text: str) -> str:
    return " ".join(text.split())


def secret_world() -> Scenario:
    sc = Scenario(token=TOKEN, seed=31)
    sc.add_project("gh/acme/api")
    for i, (shape, (carrier, _)) in enumerate(SHAPES.items()):
        flat = _one_line(carrier)
        # A test message where the old cut at 2,000 characters fell inside the secret.
        message = "z" * (1990 - len(shape)) + f" {shape} {flat}"
        sc.add_pipeline(
            "gh/acme/api", created_at=timedelta(minutes=60 - i), branch=f"fix/{shape}/{flat}"[:200],
            commit_subject=f"{shape}: {flat}",
            workflows=[sc.workflow(f"check {shape}", jobs=[sc.job(
                f"lint {shape} {flat}", status="failed", log=f"marker {shape}\n{carrier}\n{VAGUE}",
                tests=[sc.test(f"test_{shape}[{flat[:120]}]", classname=f"checks.{shape}",
                               file="checks/test_config.py", message=message)])])])
    return sc


def _answer(request) -> scripted.Reply:
    return scripted.structured_answer({
        "verdict": "real", "confidence": 0.8, "category": "lint",
        "rationale": "The check step failed on its own.",
        "evidence": ["make: *** [Makefile:12: check] Error 2"]})(request)


@pytest.fixture(scope="module")
def places(tmp_path_factory):
    """Run everything once; return every place text can end up, and its raw database bytes."""
    tmp_path = tmp_path_factory.mktemp("secrets")
    mp = pytest.MonkeyPatch()
    mp.setenv("TA_TEST_CIRCLECI_TOKEN", TOKEN_ENV)
    github = serve(GitHubHandler)
    try:
        with Simulator(secret_world()) as sim, scripted.ScriptedLLMServer(default=_answer) as llm:
            config = write_config(
                tmp_path, sim,
                circleci={"token": "${TA_TEST_CIRCLECI_TOKEN}"},
                llm={"enabled": True, "base_url": llm.base_url, "api_key": "test-key", "model": "m",
                     "timeout_seconds": 5.0, "max_retries": 0},
                reports={"sinks": ["file", "github"], "github_repo": "acme/tracker",
                         "github_token": GH_TOKEN, "github_api_url": github.url},
                redaction={"extra_secrets": [SHORT_EXTRA]},
                logging={"level": "DEBUG"},
            )
            db_path = tmp_path / "triage.db"
            polled = run_cli("poll", "--once", config=config, timeout=120)
            assert polled.returncode == 0, polled.stderr
            app = App(load(config))
            try:
                now = utcnow()
                for p in queue.list_proposals(app.store, "pending"):
                    if p["action"] == "file_report":
                        queue.approve(app.store, p["id"], "alice", now)
            finally:
                app.close()
            executed = run_cli("execute", config=config, timeout=120)
            assert executed.returncode == 0, executed.stderr
            digests = [run_cli("digest", "--format", fmt, config=config) for fmt in ("md", "html")]
            assert all(d.returncode == 0 for d in digests)
            llm_text = "\n".join(r.raw for r in llm.requests)
            conn = sqlite3.connect(db_path)
            try:
                dump = "\n".join(conn.iterdump())
            finally:
                conn.close()
        wal = Path(str(db_path) + "-wal")
        raw = db_path.read_bytes() + (wal.read_bytes() if wal.exists() else b"")
        reports = "\n".join(p.read_text() for p in (tmp_path / "reports").rglob("*.md"))
        yield {
            "database": dump,
            "llm request": llm_text,
            "report file": reports,
            "github issue": github.raw(),
            "digest md": digests[0].stdout,
            "digest html": digests[1].stdout,
            "logs": polled.stderr + executed.stderr,
        }, raw
    finally:
        github.shutdown()
        github.server_close()
        mp.undo()


@pytest.mark.parametrize("shape", list(SHAPES))
def test_a_secret_of_this_shape_reaches_no_database_llm_report_digest_or_log(places, shape):
    texts, raw = places
    _, secrets = SHAPES[shape]
    # Not vacuous: this shape's job and its evidence got to every place...
    for where, text in texts.items():
        assert shape in text, f"{shape} never reached the {where}"
    # ...and its secret to none.
    leaks = [(where, secret) for where, text in texts.items() for secret in secrets if secret in text]
    leaks += [("database file", secret) for secret in secrets if secret.encode() in raw]
    assert leaks == []


def test_the_redaction_did_happen_where_the_secrets_were(places):
    texts, _ = places
    for where, text in texts.items():
        assert "[REDACTED]" in text.replace("\\[REDACTED\\]", "[REDACTED]"), where
    assert json.loads  # the GitHub issue bodies are JSON-encoded requests
