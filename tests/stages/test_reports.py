"""Reports: rendering, the file/GitHub/webhook sinks over loopback, one report per fingerprint, redaction."""

from __future__ import annotations

import json
import re
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pytest
from factories import ASSERTION_LOG, NOW, add_failure, decide_as, draft_for
from sinkservers import GH_TOKEN, HOOK_SECRET_PATH, GitHubHandler, WebhookHandler, serve

from triage_agent.config import PolicySettings, ReportsSettings
from triage_agent.core.redact import Redactor
from triage_agent.errors import ConfigError, SinkError
from triage_agent.pipeline.execute import execute_approved
from triage_agent.pipeline.reporting import file_report, record_occurrence, render_report
from triage_agent.policy.decide import ProposalDraft
from triage_agent.providers.circleci.client import CircleCIClient
from triage_agent.providers.circleci.provider import CircleCIProvider
from triage_agent.sinks import build_sinks
from triage_agent.sinks.base import marker
from triage_agent.sinks.file import FileSink
from triage_agent.sinks.github import GitHubSink
from triage_agent.sinks.slack import SlackSink
from triage_agent.store import Store, loads, queue

CIRCLE_TOKEN = "CCIPAT_" + "Zy9Xw8Vu7Ts6Rq5Po4Nm3Lk2"
AWS_KEY = "AKIA" + "IOSFODNN7EXAMPL3"
DB_PASSWORD = "s3cr3t-hunter2-db"
SECRET_LOG = (
    ASSERTION_LOG
    + f"+ curl -H 'Circle-Token: {CIRCLE_TOKEN}' https://circleci.com/api/v2/me\n"
    + f"AWS_ACCESS_KEY_ID={AWS_KEY}\n"
    + f"git clone https://x-access-token:{GH_TOKEN}@github.com/acme/api\n"
    + f"PASSWORD={DB_PASSWORD}\n"
    + "```\n@acme/core please look <!channel>\n"
)
PLANTED = (GH_TOKEN, CIRCLE_TOKEN, AWS_KEY, DB_PASSWORD, "XXXXsecretXXXX")


@pytest.fixture
def store(tmp_path):
    s = Store.open(tmp_path / "t.db")
    yield s
    s.close()


def real_failure(store, **kw):
    kw.setdefault("log", SECRET_LOG)
    kw.setdefault("rationale", f"assert 41 == 42 fails; PASSWORD={DB_PASSWORD} cc @acme/core")
    kw.setdefault("evidence", ["E       assert 41 == 42", f"token {GH_TOKEN} leaked"])
    return add_failure(store, verdict="real", confidence=0.88, category="test-failure",
                       failed_tests=[{"name": "test_checkout_total", "classname": "tests.test_cart",
                                      "message": f"assert 41 == 42 (AWS {AWS_KEY})",
                                      "file": "tests/test_cart.py"}], **kw)


def filed(store, sinks, pid, now=NOW, redactor=None):
    """file_report, then settle the proposal as execute would (so a new one can be queued)."""
    result = file_report(store, sinks, pid, redactor or Redactor(), now)
    decide_as(store, pid, "executed", now)
    return result


def report_proposal(store, *, approve=True, summary="test-unit fails: assert 41 == 42", **kw) -> int:
    fid = real_failure(store, **kw)
    draft = draft_for(store, fid, action="file_report", summary=summary)
    pid = queue.enqueue(store, draft, NOW)
    if approve:
        queue.approve(store, pid, "alice", NOW)
    return pid


# --------------------------------------------------------------------------- loopback servers


@pytest.fixture
def github():
    server = serve(GitHubHandler)
    yield server
    server.shutdown()
    server.server_close()


@pytest.fixture
def webhook():
    server = serve(WebhookHandler)
    yield server
    server.shutdown()
    server.server_close()


def gh_sink(github, **kw):
    return GitHubSink(github.url, "acme/tracker", GH_TOKEN, timeout=5, **kw)


def hook_sink(webhook):
    # Configured under its former name, as existing installs have it ("webhook" is an alias of slack).
    return SlackSink(webhook.url + HOOK_SECRET_PATH, timeout=5, name="webhook")


def all_sinks(tmp_path, github, webhook):
    return [FileSink(tmp_path / "reports"), gh_sink(github), hook_sink(webhook)]


def posts_to(server, path_regex):
    return [r for r in server.requests if r["method"] == "POST" and re.search(path_regex, r["path"])]


# --------------------------------------------------------------------------- rendering


def test_report_has_everything_a_developer_needs(store):
    pid = report_proposal(store, approve=False)
    title, md = render_report(store, pid, Redactor())
    f = queue.proposal_failures(store, pid)[0]
    wf = f["workflow_id"]
    assert title == "test-unit fails on main: tests.test_cart.test_checkout_total (gh/acme/api)"
    assert md.splitlines()[0] == marker(f["fingerprint"])
    assert md.splitlines()[1] == f"# {title}"
    for expected in [
        "test-unit fails: assert 41 == 42",
        "| verdict | **real** (confidence 0.88, test-failure) |",
        "| project | `gh/acme/api` |",
        "| branch | `main` |",
        "| commit | `1a2b3c4` (`1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b`) |",
        "| pipeline | [#142](https://app.circleci.com/pipelines/gh/acme/api/142) |",
        f"| workflow | [build-test](https://app.circleci.com/pipelines/gh/acme/api/142/workflows/{wf}) |",
        f"| job | [test-unit #812](https://app.circleci.com/pipelines/gh/acme/api/142/workflows/{wf}/jobs/812) |",
        "**Rationale:** assert 41 == 42 fails; PASSWORD=[REDACTED] cc @\u200bacme/core",
        "- `tests.test_cart.test_checkout_total` in `tests/test_cart.py`: assert 41 == 42 (AWS \\[REDACTED\\])",
        "E       assert 41 == 42",
        "### Log excerpt (redacted)",
    ]:
        assert expected in md, expected
    # The log contains ``` so its fence is longer, and the log cannot break out of it.
    assert "\n````text\n" in md and "\n````\n" in md
    fenced = md.split("\n````text\n", 1)[1].split("\n````\n", 1)[0]
    assert "<!channel>" in fenced and "AssertionError" in fenced
    for secret in PLANTED:
        assert secret not in md


def test_report_lists_occurrences(store):
    pid = report_proposal(store)
    filed(store, [], pid, NOW)
    fp = queue.get(store, pid)["fingerprint"]
    later = add_failure(store, fingerprint=fp, pipeline_number=150, job_name="test-unit",
                        verdict="real", log=ASSERTION_LOG, now=NOW + timedelta(days=1))
    assert record_occurrence(store, fp, later, NOW + timedelta(days=1))
    _, md = render_report(store, pid, Redactor())
    assert "## Occurrences (2)" in md
    assert "- 2025-03-05 12:00 UTC: [test-unit in gh/acme/api #150](" in md


def test_incident_report_names_every_project(store):
    fids = [add_failure(store, project_slug=p, signature="docker-hub-timeout",
                        category="network") for p in ("gh/a/x", "gh/a/y", "gh/a/z")]
    draft = ProposalDraft(
        action="file_report", kind="incident", summary="Incident: 3 projects failing with "
        "docker-hub-timeout (network) since 2025-03-04 11:40 UTC", reason="3 projects >= 3",
        verdict="transient", confidence=1.0, category="network",
        fingerprint="incident:docker-hub-timeout:2025-03-04T1140", failure_ids=tuple(fids),
        project_slug="", projects=("gh/a/x", "gh/a/y", "gh/a/z"))
    pid = queue.enqueue(store, draft, NOW)
    title, md = render_report(store, pid, Redactor())
    assert title.startswith("Incident: 3 projects failing with docker-hub-timeout")
    assert "| signature | `docker-hub-timeout` |" in md
    assert "| projects | 3: `gh/a/x`, `gh/a/y`, `gh/a/z` |" in md
    assert md.count("- [`gh/a/") == 3
    assert marker("incident:docker-hub-timeout:2025-03-04T1140") in md


# --------------------------------------------------------------------------- the file sink


def test_file_sink_writes_once_per_fingerprint_and_appends_occurrences(store, tmp_path):
    pid = report_proposal(store)
    sink = FileSink(tmp_path / "reports")
    result = filed(store, [sink], pid, NOW)
    fp = queue.get(store, pid)["fingerprint"]
    path = Path(result["locations"]["file"])
    assert path.name == f"2025-03-04-gh-acme-api-{fp[:12]}.md"
    assert path.read_text().startswith(marker(fp))
    assert [p.name for p in path.parent.iterdir()] == [path.name]  # no temp files left
    # A second proposal for the same fingerprint, days later: an occurrence, not a new file.
    again = report_proposal(store, fingerprint=fp, pipeline_number=160, approve=True)
    result2 = filed(store, [sink], again, NOW + timedelta(days=2))
    assert result2["occurrence"] is True
    assert sorted(p.name for p in path.parent.iterdir()) == [path.name]
    text = path.read_text()
    assert text.count("## Seen again (2025-03-06 12:00 UTC)") == 1
    assert "#160 on `main` (`1a2b3c4`)" in text
    # Idempotent: the same occurrence key twice adds one section.
    sink.add_occurrence(str(path), None, "note", NOW, key=f"proposal-{again}")
    assert path.read_text() == text
    report = store.db["reports"].rows_where("fingerprint = ?", [fp]).__next__()
    assert (report["occurrences"], report["last_seen_at"]) == (2, "2025-03-06T12:00:00.000000Z")


def test_record_occurrence_is_db_only_and_idempotent(store, tmp_path):
    pid = report_proposal(store)
    filed(store, [FileSink(tmp_path / "r")], pid, NOW)
    fp = queue.get(store, pid)["fingerprint"]
    before = (tmp_path / "r").iterdir().__next__().read_text()
    other = add_failure(store, fingerprint=fp, verdict="real")
    assert record_occurrence(store, fp, other, NOW + timedelta(hours=1)) is True
    assert record_occurrence(store, fp, other, NOW + timedelta(hours=2)) is False
    assert record_occurrence(store, "never-reported", other, NOW) is False
    report = next(store.db["reports"].rows_where("fingerprint = ?", [fp]))
    assert (report["occurrences"], report["last_seen_at"]) == (2, "2025-03-04T13:00:00.000000Z")
    assert (tmp_path / "r").iterdir().__next__().read_text() == before


def test_file_sink_error_names_the_path_not_a_traceback(store, tmp_path):
    pid = report_proposal(store)
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("x")
    with pytest.raises(SinkError, match=r"^file sink: cannot write .*not-a-dir"):
        filed(store, [FileSink(blocker / "reports")], pid, NOW)


# --------------------------------------------------------------------------- GitHub


def test_github_issue_is_created_once_with_label_and_marker(store, github):
    pid = report_proposal(store)
    sink = gh_sink(github)
    result = filed(store, [sink], pid, NOW)
    (create,) = posts_to(github, r"/issues$")
    assert create["json"]["labels"] == ["triage-agent"]
    assert create["json"]["title"].startswith("test-unit fails on main")
    fp = queue.get(store, pid)["fingerprint"]
    assert create["json"]["body"].startswith(marker(fp))
    assert create["headers"]["Authorization"] == f"Bearer {GH_TOKEN}"
    assert create["headers"]["X-GitHub-Api-Version"] == "2022-11-28"
    assert result["locations"] == {"github": "https://github.test/acme/tracker/issues/1"}
    # Filing the same fingerprint again finds the issue by its marker.
    assert sink.file(replace(_doc(store, pid)), NOW) == "https://github.test/acme/tracker/issues/1"
    assert len(posts_to(github, r"/issues$")) == 1


def _doc(store, pid):
    from triage_agent.pipeline.reporting import build_report

    return build_report(store, pid, Redactor())


def test_github_finds_its_issue_on_a_later_page(store, github):
    sink = gh_sink(github)
    # 120 other labelled issues, newest first, so ours is on page 2 of 100.
    pid = report_proposal(store)
    sink.file(_doc(store, pid), NOW)
    for n in range(120):
        github.issues.append({"number": n + 2, "title": "x", "body": f"other {n}",
                              "labels": [{"name": "triage-agent"}],
                              "html_url": f"https://github.test/acme/tracker/issues/{n + 2}"})
    github.requests.clear()
    assert sink.file(_doc(store, pid), NOW) == "https://github.test/acme/tracker/issues/1"
    assert [r["query"].get("page") for r in github.requests] == [None, "2"]
    assert posts_to(github, r"/issues$") == []


def test_github_occurrence_is_a_comment_once(store, github):
    pid = report_proposal(store)
    sink = gh_sink(github)
    filed(store, [sink], pid, NOW)
    fp = queue.get(store, pid)["fingerprint"]
    again = report_proposal(store, fingerprint=fp, pipeline_number=171)
    result = filed(store, [sink], again, NOW + timedelta(hours=3))
    assert result["occurrence"] is True
    (comment,) = posts_to(github, r"/issues/1/comments$")
    assert comment["json"]["body"].startswith(f"<!-- triage-agent occurrence=proposal-{again} -->")
    assert "Seen again at 2025-03-04 15:00 UTC" in comment["json"]["body"]
    assert "#171 on `main`" in comment["json"]["body"]
    sink.add_occurrence("https://github.test/acme/tracker/issues/1", _doc(store, again), "x",
                        NOW, key=f"proposal-{again}")
    assert len(posts_to(github, r"/comments$")) == 1
    assert len(posts_to(github, r"/issues$")) == 1


class Killed(BaseException):
    """The process dying right after a sink call returned."""


class DiesAfter:
    """Wraps a sink: the process is killed right after the sink did its work."""

    def __init__(self, inner):
        self.inner, self.name = inner, inner.name

    def file(self, doc, now):
        self.inner.file(doc, now)
        raise Killed

    def add_occurrence(self, *a, **kw):
        raise AssertionError("not expected")


def test_a_crash_between_creating_the_issue_and_recording_it_does_not_duplicate_it(store, github):
    pid = report_proposal(store)
    client = CircleCIProvider(CircleCIClient("http://127.0.0.1:9", "unused"))  # reports never call CircleCI
    policy = PolicySettings()
    with pytest.raises(Killed):
        execute_approved(store, client, [DiesAfter(gh_sink(github))], policy, NOW)
    assert queue.get(store, pid)["status"] == "executing"
    assert store.db["reports"].count == 0
    # The restarted daemon: reconciliation puts it back to approved after the grace, and the
    # second attempt finds the issue by its marker instead of opening another.
    summary = execute_approved(store, client, [gh_sink(github)], policy, NOW + timedelta(minutes=5))
    assert summary.reconciled == [(pid, "approved: interrupted while filing")]
    assert queue.get(store, pid)["status"] == "executed"
    assert len(posts_to(github, r"/issues$")) == 1
    assert len(github.issues) == 1
    row = next(store.db["reports"].rows_where("proposal_id = ?", [pid]))
    assert loads(row["locations"]) == {"github": "https://github.test/acme/tracker/issues/1"}


def test_a_sink_failure_is_retried_without_serving_the_others_twice(store, tmp_path, github,
                                                                   webhook):
    pid = report_proposal(store)
    github.status = 503
    client = CircleCIProvider(CircleCIClient("http://127.0.0.1:9", "unused"))
    sinks = all_sinks(tmp_path, github, webhook)
    summary = execute_approved(store, client, sinks, PolicySettings(), NOW)
    assert summary.retry_later == [(pid, "github sink: GET /repos/acme/tracker/issues answered "
                                         "503: Bad credentials")]
    row = queue.get(store, pid)
    assert (row["status"], row["attempts"]) == ("approved", 1)
    assert loads(row["result"])["sinks"].keys() == {"file"}
    github.status = 0
    execute_approved(store, client, sinks, PolicySettings(), NOW + timedelta(minutes=1))
    assert queue.get(store, pid)["status"] == "executed"
    assert len(webhook.requests) == 1  # the webhook was reached once, after GitHub
    assert len(list((tmp_path / "reports").iterdir())) == 1


def test_a_sink_that_keeps_failing_ends_failed_after_three_attempts(store, github):
    pid = report_proposal(store)
    github.status = 500
    client = CircleCIProvider(CircleCIClient("http://127.0.0.1:9", "unused"))
    for minute in range(3):
        execute_approved(store, client, [gh_sink(github)], PolicySettings(),
                         NOW + timedelta(minutes=minute))
    row = queue.get(store, pid)
    assert (row["status"], row["attempts"]) == ("failed", 3)
    queue.approve(store, pid, "alice", NOW + timedelta(hours=1), reason="GitHub is back")
    github.status = 0
    execute_approved(store, client, [gh_sink(github)], PolicySettings(), NOW + timedelta(hours=1))
    assert queue.get(store, pid)["status"] == "executed"


def test_github_errors_never_show_the_token(store, github):
    pid = report_proposal(store)
    sink = GitHubSink(github.url, "acme/tracker", "ghp_" + "W" * 36, timeout=5)
    with pytest.raises(SinkError) as err:
        sink.file(_doc(store, pid), NOW)
    assert str(err.value) == ("github sink: GET /repos/acme/tracker/issues answered 401: "
                              "Bad credentials")
    assert "W" * 36 not in repr(sink)
    unreachable = GitHubSink("http://127.0.0.1:9", "acme/tracker", GH_TOKEN, timeout=1)
    with pytest.raises(SinkError) as err:
        unreachable.file(_doc(store, pid), NOW)
    assert str(err.value) == ("github sink: GET /repos/acme/tracker/issues: ConnectError "
                              "talking to 127.0.0.1")


# --------------------------------------------------------------------------- webhook


def test_webhook_posts_a_slack_message_and_a_seen_again(store, webhook):
    pid = report_proposal(store)
    sink = hook_sink(webhook)
    result = filed(store, [sink], pid, NOW)
    assert result["locations"] == {"webhook": "webhook:127.0.0.1"}
    (first,) = webhook.requests
    assert first["path"] == HOOK_SECRET_PATH
    payload = first["json"]
    assert set(payload) == {"text", "blocks"}
    assert payload["text"].startswith("test-unit fails on main")
    assert [b["type"] for b in payload["blocks"]] == ["header", "section", "context"]
    assert "<https://app.circleci.com/pipelines/gh/acme/api/142/workflows/" in \
        payload["blocks"][1]["text"]["text"]
    fp = queue.get(store, pid)["fingerprint"]
    again = report_proposal(store, fingerprint=fp, pipeline_number=180)
    filed(store, [sink], again, NOW)
    second = webhook.requests[1]["json"]
    assert second["text"].startswith("Seen again: test-unit fails on main")
    assert "#180 on `main`" in second["blocks"][1]["text"]["text"]


def test_slack_under_its_new_name_finds_what_the_webhook_name_filed(store, webhook):
    """An install that renames reports.sinks "webhook" to "slack" gets a repeat, not a second report."""
    pid = report_proposal(store)
    assert filed(store, [hook_sink(webhook)], pid, NOW)["locations"] == {"webhook": "webhook:127.0.0.1"}
    fp = queue.get(store, pid)["fingerprint"]
    again = report_proposal(store, fingerprint=fp, pipeline_number=181)
    renamed = SlackSink(webhook.url + HOOK_SECRET_PATH, timeout=5)
    result = filed(store, [renamed], again, NOW)
    assert result["occurrence"] is True
    assert result["locations"] == {"slack": "webhook:127.0.0.1"}
    assert webhook.requests[1]["json"]["text"].startswith("Seen again: ")
    assert loads(store.db["reports"].get(result["report_id"])["locations"]) == {"webhook": "webhook:127.0.0.1"}


def test_webhook_escapes_slack_control_sequences(store, webhook, tmp_path):
    pid = report_proposal(store, summary="boom <!channel> <@U123> & more")
    filed(store, [hook_sink(webhook)], pid, NOW)
    raw = webhook.requests[0]["raw"]
    assert "<!channel>" not in raw and "<@U123>" not in raw
    assert "&lt;!channel&gt;" in json.loads(raw)["blocks"][1]["text"]["text"]


def test_webhook_errors_never_show_the_url(store, webhook):
    pid = report_proposal(store)
    webhook.status = 404
    with pytest.raises(SinkError) as err:
        hook_sink(webhook).file(_doc(store, pid), NOW)
    assert str(err.value) == "webhook sink: 127.0.0.1 answered 404"
    assert "secret" not in repr(hook_sink(webhook))


# --------------------------------------------------------------------------- secrets


def test_planted_secrets_never_reach_any_sink(store, tmp_path, github, webhook):
    redactor = Redactor([GH_TOKEN, webhook.url + HOOK_SECRET_PATH])
    sinks = build_sinks(
        ReportsSettings(sinks=["file", "github", "webhook"], directory="reports",
                        github_repo="acme/tracker", github_token=GH_TOKEN,
                        github_api_url=github.url, webhook_url=webhook.url + HOOK_SECRET_PATH),
        lambda p: tmp_path / p, redactor)
    pid = report_proposal(store)
    filed(store, sinks, pid, NOW, redactor)
    fp = queue.get(store, pid)["fingerprint"]
    again = report_proposal(store, fingerprint=fp, pipeline_number=190)
    filed(store, sinks, again, NOW, redactor)
    written = "\n".join(p.read_text() for p in (tmp_path / "reports").iterdir())
    bodies = github.raw() + webhook.raw() + written
    assert len(posts_to(github, "/issues$")) == 1 and len(posts_to(github, "/comments$")) == 1
    assert len(webhook.requests) == 2
    for secret in PLANTED:
        assert secret not in bodies, secret
    assert "[REDACTED]" in written


# --------------------------------------------------------------------------- build_sinks


def test_build_sinks_in_config_order(tmp_path):
    sinks = build_sinks(
        ReportsSettings(sinks=["webhook", "file", "github"], github_repo="a/b",
                        github_token=GH_TOKEN, webhook_url="https://hooks.example/x"),
        lambda p: tmp_path / p, Redactor())
    assert [s.name for s in sinks] == ["webhook", "file", "github"]
    assert sinks[1].directory == tmp_path / "reports"


@pytest.mark.parametrize(
    "settings, message",
    [
        (ReportsSettings(sinks=["github"], github_repo="a/b"),
         "reports.github_token: the github sink needs a token"),
        (ReportsSettings(sinks=["github"], github_token="t"),
         "reports.github_repo: the github sink needs owner/repo"),
        (ReportsSettings(sinks=["webhook"]), "reports.webhook_url: the webhook sink needs a URL"),
        (ReportsSettings(sinks=["email"]),
         "reports.sinks: unknown sink 'email' (file, github, slack or webhook)"),
    ],
)
def test_build_sinks_says_what_is_missing(tmp_path, settings, message):
    with pytest.raises(ConfigError) as err:
        build_sinks(settings, lambda p: tmp_path / p, Redactor())
    assert str(err.value) == message
