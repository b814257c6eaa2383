"""The simulator's webhooks: shaped like CircleCI's recorded payloads, signed, redelivered on failure."""

from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from shared_data import shared_file

from triage_agent.providers.circleci.webhook import parse_event, verify_signature
from triage_agent.simulator import Scenario, Simulator
from triage_agent.simulator.webhooks import WebhookSender, event_id, long_slug

SECRET = "sim-secret"


def keys(obj, prefix=""):
    """Every key path of a JSON object (lists not descended)."""
    out = set()
    for k, v in obj.items():
        out.add(prefix + k)
        if isinstance(v, dict):
            out |= keys(v, prefix + k + ".")
    return out


class Receiver:
    """A throwaway HTTP receiver: answers the statuses given in turn (then 200), keeps what came."""

    def __init__(self, statuses=()):
        self.statuses = list(statuses)
        self.got: list[tuple[dict, bytes]] = []
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):  # noqa: N802 - stdlib name
                body = self.rfile.read(int(self.headers["Content-Length"]))
                receiver.got.append(({k.lower(): v for k, v in self.headers.items()}, body))
                status = receiver.statuses.pop(0) if receiver.statuses else 200
                self.send_response(status)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/hook"

    def close(self):
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def receiver():
    made = []

    def build(statuses=()):
        r = Receiver(statuses)
        made.append(r)
        return r

    yield build
    for r in made:
        r.close()


def failed_pipeline(sim, project="gh/acme/api"):
    sc = sim.scenario
    return sim.add_pipeline(project, workflows=[sc.workflow("ci", jobs=[
        sc.job("build"), sc.job("test", status="failed", log="boom", requires=["build"])])])


@pytest.mark.parametrize(("project", "recorded"), [
    ("gh/acme/api", "webhook-workflow-completed.github-oauth.json"),
    ("bb/acme/api", "webhook-workflow-completed.bitbucket.json"),
])
def test_workflow_payloads_have_the_recorded_shape(receiver, project, recorded):
    real = json.loads(shared_file("circleci", "recorded", recorded).read_text())
    sc = Scenario(seed=1)
    sc.add_project(project)
    r = receiver()
    with Simulator(sc) as sim, WebhookSender(sim, r.url, SECRET) as sender:
        wf = failed_pipeline(sim, project).workflows[0]
        assert sender.wait_idle()
    headers, body = r.got[0]
    payload = json.loads(body)
    assert keys(payload) == keys(real)
    assert payload["project"]["slug"] == long_slug(project) == project.replace("gh/", "github/").replace("bb/", "bitbucket/")
    assert payload["workflow"]["id"] == wf.id and payload["workflow"]["status"] == "failed"
    assert payload["id"] == event_id("workflow-completed", wf.id)
    assert headers["circleci-event-type"] == "workflow-completed" and headers["user-agent"] == "CircleCI-Webhook/1.0"
    verify_signature(SECRET, body, headers["circleci-signature"])
    event = parse_event(body)
    assert event.pipeline.branch == "main" and event.pipeline.revision == wf.pipeline.revision


def test_circleci_slug_projects_carry_trigger_parameters_not_vcs(receiver):
    real = json.loads(shared_file("circleci", "recorded", "webhook-workflow-completed.gitlab-circleci-slug.json").read_text())
    sc = Scenario(seed=2)
    sc.add_project("circleci/8xYzOrgId/9aBcProjId")
    r = receiver()
    with Simulator(sc) as sim, WebhookSender(sim, r.url, SECRET) as sender:
        pipeline = failed_pipeline(sim, "circleci/8xYzOrgId/9aBcProjId")
        assert sender.wait_idle()
    payload = json.loads(r.got[0][1])
    assert "vcs" not in payload["pipeline"] and "vcs" not in real["pipeline"]
    assert {"gitlab", "git"} <= set(payload["pipeline"]["trigger_parameters"])
    assert parse_event(r.got[0][1]).pipeline.revision == pipeline.revision


def test_job_events_carry_the_job_and_no_workflow_status(receiver):
    real = json.loads(shared_file("circleci", "recorded", "webhook-job-completed.github-oauth.json").read_text())
    sc = Scenario(seed=3)
    sc.add_project("gh/acme/api")
    r = receiver()
    with Simulator(sc) as sim, WebhookSender(sim, r.url, SECRET, events=("job-completed",)) as sender:
        failed_pipeline(sim)
        assert sender.wait_idle()
    payloads = [json.loads(body) for _, body in r.got]
    assert sorted(p["job"]["name"] for p in payloads) == ["build", "test"]
    assert all(keys(p) == keys(real) for p in payloads)
    assert all("status" not in p["workflow"] for p in payloads)


def test_a_refused_delivery_is_sent_again_with_the_same_id(receiver):
    sc = Scenario(seed=4)
    sc.add_project("gh/acme/api")
    r = receiver(statuses=[503, 500])
    with Simulator(sc) as sim, WebhookSender(sim, r.url, SECRET, retry_delays=(0.01, 0.01, 0.01)) as sender:
        failed_pipeline(sim)
        assert sender.wait_idle()
    ids = [json.loads(body)["id"] for _, body in r.got]
    assert len(ids) == 3 and len(set(ids)) == 1
    assert sender.statuses() == [503, 500, 200]


def test_history_built_before_the_sender_starts_is_not_delivered(receiver):
    sc = Scenario(seed=5)
    sc.add_project("gh/acme/api")
    sc.add_pipeline("gh/acme/api", workflows=[sc.workflow("ci", jobs=[sc.job("test", status="failed")])])
    r = receiver()
    with Simulator(sc) as sim, WebhookSender(sim, r.url, SECRET) as sender:
        assert sender.wait_idle()
        wf = sim.add_pipeline("gh/acme/api", workflows=[sc.workflow("ci", jobs=[sc.job("test", status="running")])])
        assert sender.wait_idle() and r.got == []  # still running: nothing to say yet
        sim.set_workflow_status(wf.workflows[0].id, "failed", jobs={"test": "failed"})
        assert sender.wait_idle()
    assert [json.loads(b)["workflow"]["id"] for _, b in r.got] == [wf.workflows[0].id]
