"""Push mode over loopback: the simulator delivers signed webhooks to the daemon's real HTTP server.

Each test runs the daemon (scheduler and uvicorn server) in this process against a simulator,
with polling slowed to once an hour, so anything that happens within the test was caused by
a webhook, never by a poll.
"""

from __future__ import annotations

import json
import logging
import socket
import time
from datetime import timedelta

import httpx
import pytest
from prometheus_client.parser import text_string_to_metric_families

from triage_agent.daemon import Daemon
from triage_agent.server.health import health
from triage_agent.simulator import Scenario, Simulator
from triage_agent.simulator.webhooks import WebhookSender
from triage_agent.store import Store

SECRET = "whsec-push-test-3f9a1c"
ASSERT_LOG = """\
E       AssertionError: assert 3 == 4
FAILED tests/test_totals.py::test_totals - AssertionError: assert 3 == 4
Exited with code exit status 1
"""
POLL_PATHS = r"^/api/v2/pipeline$|^/api/v2/project/[^/]+/[^/]+/[^/]+/pipeline$|^/api/v2/pipeline/[^/]+/workflow$"


def raw_status(port: int, request: bytes) -> int:
    """Send bytes as they are (a client that lies about its length) and read the status code."""
    with socket.create_connection(("127.0.0.1", port), timeout=5) as conn:
        conn.sendall(request)
        return int(conn.recv(1024).split(b" ", 2)[1])


def wait_for(predicate, timeout: float = 15.0, step: float = 0.02) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(step)
    return False


def scenario() -> Scenario:
    sc = Scenario(seed=13)
    sc.add_project("gh/acme/api")
    sc.add_project("gh/acme/other")  # exists in CircleCI, not watched
    return sc


def failing_workflow(sim: Simulator, project: str = "gh/acme/api", log: str = ASSERT_LOG):
    sc = sim.scenario
    return sim.add_pipeline(project, workflows=[sc.workflow("ci", jobs=[
        sc.job("build"), sc.job("test", status="failed", log=log, requires=["build"])])])


class Push:
    """A daemon with its server on an ephemeral loopback port, and a webhook sender pointed at it."""

    def __init__(self, make_app, sim: Simulator, **sections) -> None:
        sections.setdefault("circleci", {}).setdefault("projects", ["gh/acme/api"])
        self.app = make_app(sim, server={"listen": "127.0.0.1:0", **sections.pop("server", {})},
                            webhooks={"secret": SECRET, **sections.pop("webhooks", {})},
                            polling={"interval_seconds": 3600}, **sections)
        self.sim = sim
        self.daemon = Daemon(self.app, intervals={"poll": 3600, "execute": 3600, "discover": 3600,
                                                  "intake": 3600})
        self.daemon.start()
        assert wait_for(lambda: self.cycles("poll") >= 1), "the first poll cycle did not finish"
        self.base = f"http://{self.daemon.server.address}"
        self.url = self.base + "/webhooks/circleci"
        self.sender = WebhookSender(sim, self.url, SECRET).start()
        self.http = httpx.Client(timeout=10)

    def cycles(self, kind: str) -> int:
        return self.app.store.db.execute(
            "select count(*) from cycles where kind = ? and finished_at is not null", [kind]).fetchone()[0]

    def count(self, table: str) -> int:
        return self.app.store.db[table].count

    def metrics(self) -> dict[tuple[str, tuple], float]:
        text = self.http.get(self.base + "/metrics").text
        out = {}
        for family in text_string_to_metric_families(text):
            for s in family.samples:
                out[(s.name, tuple(sorted(s.labels.items())))] = s.value
        return out

    def close(self) -> None:
        self.sender.stop()
        self.http.close()
        self.daemon.shutdown()


@pytest.fixture
def push(make_app):
    made = []

    def build(sim, **sections) -> Push:
        p = Push(make_app, sim, **sections)
        made.append(p)
        return p

    yield build
    for p in made:
        p.close()


def proposals_for(app, workflow_id: str) -> list[dict]:
    return list(app.store.db.query("select * from proposals where workflow_id = ?", [workflow_id]))


# --------------------------------------------------------------------------- the whole path


def test_a_signed_failed_workflow_becomes_a_proposal_with_no_poll_in_between(push):
    with Simulator(scenario()) as sim:
        p = push(sim)
        polls_before = p.cycles("poll")
        sim.clear_requests()
        pipeline = failing_workflow(sim)
        wf = pipeline.workflows[0]
        assert wait_for(lambda: proposals_for(p.app, wf.id)), "no proposal from the webhook"
        assert p.sender.statuses() == [202]
        assert p.cycles("poll") == polls_before
        assert sim.requests_to("GET", POLL_PATHS) == []  # nothing was listed: the webhook said it all
        assert [r.path for r in sim.requests_to("GET", r"/job$")] == [f"/api/v2/workflow/{wf.id}/job"]
        failure = p.app.store.db.execute("select origin, job_name, state from failures").fetchall()
        assert [tuple(f) for f in failure] == [("webhook", "test", "decided")]
        proposal = proposals_for(p.app, wf.id)
        assert len(proposal) == 1 and proposal[0]["action"] == "file_report" and proposal[0]["status"] == "pending"
        delivery = p.app.store.db.execute("select state, project_slug from webhook_deliveries").fetchall()
        assert [tuple(d) for d in delivery] == [("processed", "gh/acme/api")]
        assert sim.write_requests() == []  # a webhook never writes to CircleCI


def test_the_next_poll_adds_nothing_to_what_a_webhook_triaged(push):
    with Simulator(scenario()) as sim:
        p = push(sim)
        wf = failing_workflow(sim).workflows[0]
        assert wait_for(lambda: proposals_for(p.app, wf.id))
        from triage_agent.pipeline.run import run_poll_cycle

        sim.clear_requests()
        summary = run_poll_cycle(p.app, sim.now() + timedelta(minutes=5))
        assert summary.error is None and summary.new_failures == []
        assert len(proposals_for(p.app, wf.id)) == 1
        assert p.count("failures") == 1
        # The reconciliation read the webhook's pipeline once, found it finished, and closed it.
        assert len(sim.requests_to("GET", r"^/api/v2/pipeline/[^/]+/workflow$")) == 1
        assert p.app.store.db.execute("select open from pipelines").fetchone()[0] == 0


def test_a_workflow_a_poll_triaged_first_is_not_triaged_again_by_its_late_webhook(push):
    with Simulator(scenario()) as sim:
        p = push(sim)
        p.sender.stop()  # the delivery is late: the poll gets there first
        wf = failing_workflow(sim).workflows[0]
        from triage_agent.pipeline.run import run_poll_cycle

        run_poll_cycle(p.app, sim.now())
        assert len(proposals_for(p.app, wf.id)) == 1
        late = WebhookSender(sim, p.url, SECRET)
        answer = late.deliver(late.payload_for(wf.id))
        assert answer.status_code == 202
        assert wait_for(lambda: p.app.store.db.execute(
            "select state from webhook_deliveries").fetchone()[0] == "processed")
        assert len(proposals_for(p.app, wf.id)) == 1
        assert p.count("failures") == 1
        late.stop()


def test_a_successful_workflow_is_recorded_without_any_request(push):
    with Simulator(scenario()) as sim:
        p = push(sim)
        sim.clear_requests()
        sc = sim.scenario
        pipeline = sim.add_pipeline("gh/acme/api", workflows=[sc.workflow("ci", jobs=[sc.job("build")])])
        assert wait_for(lambda: p.app.store.db.execute(
            "select count(*) from workflows where id = ? and status = 'success'",
            [pipeline.workflows[0].id]).fetchone()[0] == 1)
        assert sim.requests == []
        assert p.count("failures") == 0


# --------------------------------------------------------------------------- refusals


def test_bad_deliveries_are_4xx_and_record_nothing(push, caplog):
    with Simulator(scenario()) as sim:
        p = push(sim, webhooks={"max_body_bytes": 4096})
        p.sender.stop()
        wf = failing_workflow(sim).workflows[0]
        sender = WebhookSender(sim, p.url, SECRET)
        good = sender.payload_for(wf.id)
        oversized = dict(good, padding="x" * 5000)
        before = {t: p.count(t) for t in ("webhook_deliveries", "pipelines", "workflows", "failures", "proposals")}
        caplog.set_level(logging.WARNING, logger="triage_agent.server.app")
        cases = [
            ("unsigned", dict(payload=good, signature=None), 401),
            ("wrong secret", dict(payload=good, signature="bad"), 401),
            ("garbled signature", dict(payload=good, signature="garbled"), 401),
            ("only a v2 signature", dict(payload=good, signature="v2=" + "a" * 64), 401),
            ("oversized", dict(payload=oversized), 413),
            ("not JSON", dict(payload=b"{this is not json", ), 400),
            ("JSON of the wrong shape", dict(payload={"id": "x", "type": "workflow-completed"}), 400),
            ("form-encoded", dict(payload=good, content_type="application/x-www-form-urlencoded"), 415),
        ]
        for name, kwargs, status in cases:
            answer = sender.deliver(**kwargs)
            assert answer.status_code == status, name
            assert "error" in answer.json(), name
        # A body declared too large is refused before it is read.
        assert raw_status(p.daemon.server.port, b"POST /webhooks/circleci HTTP/1.1\r\nHost: x\r\n"
                          b"Content-Type: application/json\r\nContent-Length: 9999999\r\n\r\n{}") == 413
        time.sleep(0.2)
        after = {t: p.count(t) for t in before}
        assert after == before
        counts = p.daemon.webhooks.counts()
        assert counts["bad_signature"] == 4 and counts["too_large"] == 2
        assert counts["malformed"] == 2 and counts["bad_content_type"] == 1 and counts["accepted"] == 0
        refusals = [r.getMessage() for r in caplog.records if "webhook refused" in r.getMessage()]
        assert len(refusals) == len(cases) + 1  # one line each
        assert not any("padding" in line or "xxxx" in line or wf.id in line for line in refusals)
        sender.stop()


def test_the_route_is_off_without_a_secret_and_only_answers_post(push):
    with Simulator(scenario()) as sim:
        p = push(sim, webhooks={"secret": ""})
        payload = p.sender.payload_for(failing_workflow(sim).workflows[0].id)
        assert p.sender.deliver(payload).status_code == 404
        assert p.http.get(p.base + "/healthz").json()["webhooks"] == "off"
    with Simulator(scenario()) as sim:
        p = push(sim)
        assert p.http.get(p.url).status_code == 405
        assert p.http.post(p.base + "/healthz").status_code == 405
        assert p.http.get(p.base + "/nothing-here").status_code == 404


def test_a_duplicate_delivery_is_200_and_changes_nothing(push):
    with Simulator(scenario()) as sim:
        p = push(sim)
        p.sender.duplicates = 1  # every event is sent twice, as a redelivery would be
        wf = failing_workflow(sim).workflows[0]
        assert wait_for(lambda: proposals_for(p.app, wf.id))
        assert p.sender.wait_idle()
        assert p.sender.statuses() == [202, 200]
        snapshot = {t: p.count(t) for t in ("webhook_deliveries", "failures", "proposals", "cycles")}
        again = p.sender.deliver(p.sender.payload_for(wf.id))
        assert again.status_code == 200 and again.json()["result"] == "duplicate"
        time.sleep(0.3)
        assert {t: p.count(t) for t in snapshot} == snapshot
        assert len(proposals_for(p.app, wf.id)) == 1
        assert p.daemon.webhooks.counts()["duplicate"] == 2


def test_events_of_unwatched_projects_are_acknowledged_ignored_and_counted(push):
    with Simulator(scenario()) as sim:
        p = push(sim)
        sim.clear_requests()
        wf = failing_workflow(sim, project="gh/acme/other").workflows[0]
        assert p.sender.wait_idle()
        assert p.sender.statuses() == [200]
        row = p.app.store.db.execute("select state, reason from webhook_deliveries").fetchone()
        assert tuple(row) == ("ignored", "project not watched")
        assert p.count("pipelines") == 0 and p.count("failures") == 0
        assert not proposals_for(p.app, wf.id)
        assert sim.requests == []
        assert p.daemon.webhooks.counts()["ignored"] == 1


def test_branch_filters_apply_to_webhooks_as_to_polls(push):
    with Simulator(scenario()) as sim:
        p = push(sim, circleci={"branches": ["release/*"]})
        sc = sim.scenario
        sim.add_pipeline("gh/acme/api", branch="feature/x", workflows=[sc.workflow("ci", jobs=[
            sc.job("test", status="failed", log=ASSERT_LOG)])])
        assert p.sender.wait_idle() and p.sender.statuses() == [200]
        row = p.app.store.db.execute("select state, reason from webhook_deliveries").fetchone()
        assert tuple(row) == ("ignored", "branch not watched")


def test_ping_and_job_events_are_acknowledged(push):
    with Simulator(scenario()) as sim:
        p = push(sim)
        answer = p.sender.deliver(p.sender.ping_payload())
        assert answer.status_code == 200 and answer.json()["result"] == "ping"
        p.sender.events = frozenset({"job-completed", "workflow-completed"})
        wf = failing_workflow(sim).workflows[0]
        assert wait_for(lambda: proposals_for(p.app, wf.id))
        assert p.sender.wait_idle()
        assert sorted(p.sender.statuses()) == [200, 200, 202]  # two job events, one workflow event
        assert p.count("webhook_deliveries") == 1


def test_the_recorded_ping_is_accepted(push):
    from shared_data import shared_file

    body = shared_file("circleci", "recorded", "webhook-ping.json").read_bytes()
    with Simulator(scenario()) as sim:
        p = push(sim)
        answer = p.sender.deliver(body, event_type="ping")
        assert answer.status_code == 200 and answer.json() == {"id": json.loads(body)["id"], "result": "ping"}


# --------------------------------------------------------------------------- health and metrics


def test_healthz_is_200_when_healthy_and_503_after_failed_cycles(push):
    with Simulator(scenario()) as sim:
        p = push(sim, server={"unhealthy_after_failed_cycles": 1})
        ok = p.http.get(p.base + "/healthz")
        assert ok.status_code == 200
        body = ok.json()
        assert body["status"] == "ok" and body["database"] == "ok" and body["webhooks"] == "on"
        assert body["last_cycle"]["kind"] == "poll" and body["last_cycle"]["ok"] is True
        sim.revoke_token()
        p.daemon.scheduler.modify_job("poll", next_run_time=sim.now())
        assert wait_for(lambda: p.http.get(p.base + "/healthz").status_code == 503)
        bad = p.http.get(p.base + "/healthz").json()
        assert bad["status"] == "unhealthy" and bad["consecutive_failed_cycles"] == 1
        assert bad["problems"] == ["the last 1 cycles failed"]
        assert sim.token not in json.dumps(bad)


def test_health_says_unhealthy_when_the_database_cannot_be_opened(tmp_path):
    def unreachable() -> Store:
        return Store.open(tmp_path)  # a directory, not a database file

    healthy, body = health(unreachable, __import__("datetime").datetime(2025, 3, 4, 12, 0),
                           failed_cycles_limit=3, webhooks_on=True)
    assert not healthy
    assert body["database"] == "unreachable" and body["problems"] == ["the database cannot be read"]


def test_metrics_parse_and_count_what_happened(push):
    with Simulator(scenario()) as sim:
        p = push(sim)
        wf = failing_workflow(sim).workflows[0]
        assert wait_for(lambda: proposals_for(p.app, wf.id))
        p.sender.deliver(p.sender.payload_for(wf.id))  # a duplicate
        p.sender.deliver(p.sender.payload_for(wf.id), signature="bad")
        text = p.http.get(p.base + "/metrics")
        assert text.status_code == 200 and text.headers["content-type"].startswith("text/plain")
        m = p.metrics()
        assert m[("triage_agent_database_up", ())] == 1
        assert m[("triage_agent_webhooks_total", (("result", "accepted"),))] == 1
        assert m[("triage_agent_webhooks_total", (("result", "duplicate"),))] == 1
        assert m[("triage_agent_webhooks_total", (("result", "bad_signature"),))] == 1
        assert m[("triage_agent_proposals", (("action", "file_report"), ("status", "pending")))] == 1
        assert m[("triage_agent_pending_approvals", ())] == 1
        assert m[("triage_agent_cycles_total", (("kind", "webhook"), ("result", "ok")))] >= 1
        assert m[("triage_agent_cycles_total", (("kind", "poll"), ("result", "ok")))] == 1
        assert m[("triage_agent_verdicts_total", (("classifier", "rules"), ("verdict", "real")))] == 1
        assert m[("triage_agent_circleci_requests_total",
                  (("endpoint", "GET /workflow/{id}/job"), ("status", "200")))] == 1
        assert m[("triage_agent_webhook_deliveries", (("state", "processed"),))] == 1
        assert m[("triage_agent_cycle_duration_seconds_count", (("kind", "webhook"),))] >= 1
        assert m[("triage_agent_process_resident_memory_bytes", ())] > 0
        raw = text.text
        assert sim.token not in raw and SECRET not in raw
        assert "gh/acme" not in raw and wf.id not in raw  # no slugs or ids as labels


# --------------------------------------------------------------------------- hostile JSON


def nested(depth: int) -> str:
    """A JSON array nested ``depth`` levels deep."""
    return "[" * depth + "]" * depth


def test_a_lone_surrogate_in_a_payload_is_cleaned_like_an_api_answer(push):
    # Valid JSON ("\ud83d" is a legal escape) that no UTF-8 store, log or file can encode:
    # the sanitiser the client's answers go through replaces it with U+FFFD.
    with Simulator(scenario()) as sim:
        p = push(sim)
        p.sender.stop()
        sender = WebhookSender(sim, p.url, SECRET)  # delivers only when told
        wf = failing_workflow(sim).workflows[0]
        payload = sender.payload_for(wf.id)
        payload["pipeline"]["vcs"]["commit"]["subject"] = "fix \ud83d the build"
        payload["workflow"]["name"] = payload["workflow"]["name"] + "\udc00"
        payload["extra\ud800"] = ["\udfff"]
        body = json.dumps(payload).encode()  # ensure_ascii: the surrogates travel as \uXXXX escapes
        assert b"\\ud83d" in body and b"\\udc00" in body
        answer = sender.deliver(body, event_type="workflow-completed")
        assert answer.status_code == 202, answer.text
        assert answer.json() == {"id": payload["id"], "result": "accepted"}
        assert wait_for(lambda: proposals_for(p.app, wf.id))
        stored = p.app.store.db.execute("select event from webhook_deliveries where id = ?",
                                        [payload["id"]]).fetchone()[0]
        event = json.loads(stored)
        assert event["workflow"]["name"].endswith("\ufffd")
        assert event["pipeline"]["subject"] == "fix \ufffd the build"
        json.dumps(event, ensure_ascii=False).encode("utf-8")  # nothing unencodable was stored
        for row in p.app.store.db.query("select * from workflows where id = ?", [wf.id]):
            for value in row.values():
                if isinstance(value, str):
                    value.encode("utf-8")
        assert p.daemon.webhooks.counts()["accepted"] == 1


@pytest.mark.parametrize("depth", [65, 1000, 200_000])
def test_absurd_nesting_is_400_and_records_nothing(push, depth):
    # Past the sanitiser's depth limit, as in the client's answers: refused, not crashed on, even
    # where parsing itself would run out of stack (200 000 levels).
    with Simulator(scenario()) as sim:
        p = push(sim, webhooks={"max_body_bytes": 1_000_000})
        p.sender.stop()
        sender = WebhookSender(sim, p.url, SECRET)  # delivers only when told
        wf = failing_workflow(sim).workflows[0]
        good = json.dumps(sender.payload_for(wf.id))
        body = (good[:-1] + ', "padding": ' + nested(depth) + "}").encode()
        before = {t: p.count(t) for t in ("webhook_deliveries", "pipelines", "workflows", "failures")}
        answer = sender.deliver(body, event_type="workflow-completed")
        assert answer.status_code == 400, answer.text
        assert answer.json() == {"error": "malformed"}
        time.sleep(0.1)
        assert {t: p.count(t) for t in before} == before
        assert p.daemon.webhooks.counts()["malformed"] == 1
        # The server is still there and takes the same event without the padding.
        assert sender.deliver(good.encode(), event_type="workflow-completed").status_code == 202


def test_a_payload_within_the_depth_limit_is_accepted(push):
    with Simulator(scenario()) as sim:
        p = push(sim)
        p.sender.stop()
        sender = WebhookSender(sim, p.url, SECRET)  # delivers only when told
        wf = failing_workflow(sim).workflows[0]
        good = json.dumps(sender.payload_for(wf.id))
        # The payload's own object is level 1, so the padding may be 63 levels deep.
        body = (good[:-1] + ', "padding": ' + nested(63) + "}").encode()
        assert sender.deliver(body, event_type="workflow-completed").status_code == 202
