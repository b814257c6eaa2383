"""Executing approved proposals against the real simulator over loopback and a real SQLite file.

The promise under test: nothing is written before approval, and an approved rerun reaches
CircleCI exactly once, whatever happens to the answer or to this process.
"""

from __future__ import annotations

import re
import threading
import time
from datetime import timedelta

import pytest
from factories import ASSERTION_LOG, NOW, add_sim_failure, draft_for, sim_world

from triage_agent.config import PolicySettings
from triage_agent.errors import AuthError
from triage_agent.pipeline.execute import execute_approved, reconcile_executing
from triage_agent.pipeline.expire import expire_stale
from triage_agent.providers.circleci.client import CircleCIClient, RequestBudget, RetryPolicy
from triage_agent.providers.circleci.provider import CircleCIProvider
from triage_agent.simulator import Scenario, Simulator
from triage_agent.sinks.file import FileSink
from triage_agent.store import Store, dumps, loads, queue
from triage_agent.timeutil import iso

POLICY = PolicySettings()
RERUN_PATH = r"^/api/v2/workflow/[^/]+/rerun$"


@pytest.fixture
def store(tmp_path):
    s = Store.open(tmp_path / "t.db")
    yield s
    s.close()


def make_sim(**kw):
    return Simulator(Scenario(token="test-token", now=NOW, seed=11, **kw))


@pytest.fixture(scope="module")
def shared_sim():
    # One server for the module (stopping one takes half a second); each test works on its
    # own pipelines and looks only at its own workflow's requests and reruns.
    with make_sim() as s:
        yield s


@pytest.fixture
def sim(shared_sim):
    shared_sim.clear_faults()
    shared_sim.restore_token()
    shared_sim.clear_requests()
    yield shared_sim
    shared_sim.clear_faults()
    shared_sim.restore_token()


_clients: dict[tuple, CircleCIProvider] = {}


def client_for(sim, *, timeout=5.0, max_retries=0):
    """The CircleCI provider over a real client of the simulator."""
    # Building an httpx client costs ~30 ms (TLS context); reuse one per server and settings.
    key = (sim.base_url, timeout, max_retries)
    if key not in _clients:
        _clients[key] = _new_client(sim, timeout=timeout, max_retries=max_retries)
    return _clients[key]


def _new_client(sim, *, timeout, max_retries):
    return CircleCIProvider(CircleCIClient(sim.base_url, sim.token, budget=RequestBudget(6000), timeout=timeout,
                                           retry=RetryPolicy(max_retries=max_retries, backoff_base=0.01,
                                                             jitter=lambda: 0.0)))


def proposal(store, sim, *, approve=True, **world_kw):
    """A failed workflow in the simulator and a rerun proposal for it (approved by default)."""
    with sim.locked() as sc:
        pipeline = sim_world(sc, **world_kw)
    fid = add_sim_failure(store, pipeline)
    pid = queue.enqueue(store, draft_for(store, fid), NOW)
    if approve:
        queue.approve(store, pid, "alice", NOW)
    return pid, pipeline.workflows[0].id


def posts(sim, workflow_id=None):
    path = f"^/api/v2/workflow/{workflow_id}/rerun$" if workflow_id else RERUN_PATH
    return sim.requests_to("POST", path)


def reruns_of(sim, workflow_id):
    return [r for r in sim.reruns if r[0] == workflow_id]


def execute(store, sim, now=None, **kw):
    return execute_approved(store, kw.pop("client", None) or client_for(sim), [], POLICY,
                            now or sim.now(), **kw)


class Killed(BaseException):
    """The process dying: not an Exception, so nothing in the executor catches it."""


class CrashingClient(CircleCIClient):
    """A real client whose process "dies" just before or just after the one write."""

    def __init__(self, *args, when: str, **kw):
        super().__init__(*args, **kw)
        self.when = when

    def rerun_workflow_from_failed(self, workflow_id, **kw):
        if self.when == "before-post":
            raise Killed
        new_id = super().rerun_workflow_from_failed(workflow_id, **kw)
        raise Killed(new_id)


# --------------------------------------------------------------------------- the happy path


def test_nothing_is_written_before_approval(store, sim):
    pid, _ = proposal(store, sim, approve=False)
    summary = execute(store, sim)
    expire_stale(store, client_for(sim), POLICY, sim.now())
    assert sim.write_requests() == []
    assert summary.executed == []
    assert queue.get(store, pid)["status"] == "pending"


def test_approved_rerun_is_sent_once_and_recorded(store, sim):
    pid, wf_id = proposal(store, sim)
    sim.clear_requests()
    summary = execute(store, sim)
    (post,) = posts(sim)
    assert post.path == f"/api/v2/workflow/{wf_id}/rerun"
    assert post.json == {"from_failed": True}
    ((original, new_id),) = reruns_of(sim, wf_id)
    assert original == wf_id
    assert summary.executed == [{"id": pid, "action": "rerun_workflow", "new_workflow_id": new_id}]
    row = queue.get(store, pid)
    assert row["status"] == "executed"
    assert loads(row["result"])["new_workflow_id"] == new_id
    rerun = store.db["reruns"].get(pid)
    assert (rerun["original_workflow_id"], rerun["new_workflow_id"], rerun["status"],
            rerun["workflow_name"]) == (wf_id, new_id, "running", "build-test")
    assert [(r["actor"], r["from_status"], r["to_status"])
            for r in queue.audit_trail(store, pid)] == [
        ("triage-agent", None, "pending"), ("alice", "pending", "approved"),
        ("triage-agent", "approved", "executing"), ("triage-agent", "executing", "executed")]
    # Only reads before the write: one list of the pipeline's workflows, then the POST.
    assert [(r.method, r.path.rsplit("/", 1)[-1]) for r in sim.requests] == [
        ("GET", "workflow"), ("POST", "rerun")]
    # A second run has nothing to do.
    execute(store, sim)
    assert len(posts(sim)) == 1


@pytest.mark.parametrize("decide", ["reject", "expire"])
def test_rejected_and_expired_proposals_are_never_executed(store, sim, decide):
    pid, _ = proposal(store, sim, approve=decide == "expire")
    if decide == "reject":
        queue.reject(store, pid, "alice", NOW, "not flaky")
    else:
        queue.expire(store, pid, NOW, "test")
    execute(store, sim)
    assert sim.write_requests() == []
    assert queue.get(store, pid)["status"] == ("rejected" if decide == "reject" else "expired")


def test_a_stale_proposal_expires_instead_of_running(store, sim):
    pid, _ = proposal(store, sim)
    later = sim.now() + timedelta(hours=49)
    expired = expire_stale(store, client_for(sim), POLICY, later, check_provider=False)
    assert expired == [(pid, "stale: approved for 49.0h (policy.proposal_ttl_hours = 48)")]
    execute(store, sim, later)
    assert sim.write_requests() == []


# --------------------------------------------------------------------------- re-check before sending


@pytest.mark.parametrize(
    "change, reason",
    [
        ("rerun-by-hand", r"^already rerun: workflow [0-9a-f-]+ \(success\) is newer in the same "
                          r"pipeline; nothing sent$"),
        ("passed", r"^workflow is now success, not failed; nothing sent$"),
        ("auto-reruns", r"^CircleCI auto-reruns pending \(0 of 1 done\); nothing sent$"),
        ("too-old", r"^workflow stopped 2\d\.\dh ago \(policy.max_workflow_age_hours = 24\); "
                    r"nothing sent$"),
    ],
)
def test_a_rerun_that_no_longer_makes_sense_expires_unsent(store, sim, change, reason):
    kw = {"max_auto_reruns": 1} if change == "auto-reruns" else {}
    pid, wf_id = proposal(store, sim, **kw)
    now = sim.now()
    if change == "rerun-by-hand":
        with sim.locked() as sc:
            sc.rerun_workflow(wf_id, {"from_failed": True})
    elif change == "passed":
        sim.set_workflow_status(wf_id, "success", jobs={"test-unit": "pass"})
    elif change == "too-old":
        now += timedelta(hours=25)
    summary = execute(store, sim, now)
    assert posts(sim) == []
    ((got, why),) = summary.expired
    assert got == pid
    row = queue.get(store, pid)
    assert row["status"] == "expired"
    assert re.match(reason, row["decision_reason"])


def test_a_read_error_before_sending_leaves_the_proposal_approved(store, sim):
    pid, _ = proposal(store, sim)
    sim.inject("server_error", status=503, method="GET")
    summary = execute(store, sim)
    assert posts(sim) == []
    assert queue.get(store, pid)["status"] == "approved"
    assert summary.retry_later and summary.retry_later[0][0] == pid
    execute(store, sim)
    assert len(posts(sim)) == 1


def test_a_revoked_token_stops_execution_and_sends_nothing(store, sim):
    pid, _ = proposal(store, sim)
    sim.revoke_token()
    with pytest.raises(AuthError):
        execute(store, sim)
    assert posts(sim) == []
    assert queue.get(store, pid)["status"] == "approved"


# --------------------------------------------------------------------------- ambiguous answers


def wait_for_reruns(sim, workflow_id, n, timeout=30.0):
    deadline = time.monotonic() + timeout
    while len(reruns_of(sim, workflow_id)) < n and time.monotonic() < deadline:
        time.sleep(0.02)
    return reruns_of(sim, workflow_id)


def test_a_timeout_after_the_post_landed_is_reconciled_without_a_second_post(store, sim):
    pid, wf_id = proposal(store, sim)
    # The POST lands after 0.6 s; the client gives up after 0.2 s and sees a timeout.
    sim.inject("slow", seconds=0.6, method="POST")
    now = sim.now()
    summary = execute(store, sim, now, client=client_for(sim, timeout=0.2))
    assert [i for i, _ in summary.uncertain] == [pid]
    assert queue.get(store, pid)["status"] == "executing"
    ((_, new_id),) = wait_for_reruns(sim, wf_id, 1)
    summary = execute(store, sim, now + timedelta(seconds=5))
    assert summary.reconciled == [(pid, f"executed: found rerun workflow {new_id}")]
    assert len(posts(sim)) == 1
    row = queue.get(store, pid)
    assert row["status"] == "executed"
    assert loads(row["result"])["new_workflow_id"] == new_id
    assert store.db["reruns"].get(pid)["new_workflow_id"] == new_id
    assert queue.audit_trail(store, pid)[-1]["detail"]["reason"] == (
        f"reconciled: the rerun reached CircleCI as workflow {new_id}")


def test_a_5xx_that_never_landed_goes_back_to_approved_after_the_grace_and_is_sent_once(store, sim):
    pid, wf_id = proposal(store, sim)
    sim.inject("server_error", status=502, method="POST")
    now = sim.now()
    summary = execute(store, sim, now)
    assert [i for i, _ in summary.uncertain] == [pid]
    assert reruns_of(sim, wf_id) == []
    # Within the grace period nothing moves and nothing is sent.
    execute(store, sim, now + timedelta(seconds=60))
    assert queue.get(store, pid)["status"] == "executing"
    assert len(posts(sim)) == 1
    # After it: back to approved ("never reached CircleCI"), re-checked and sent.
    summary = execute(store, sim, now + timedelta(seconds=180))
    assert summary.reconciled == [(pid, "approved: never reached CircleCI")]
    assert queue.get(store, pid)["status"] == "executed"
    assert len(posts(sim)) == 2  # the first was answered 502 without effect
    assert len(reruns_of(sim, wf_id)) == 1
    assert ("triage-agent", "executing", "approved",
            "reconciled: never reached CircleCI; will be sent again after a re-check") in [
        (r["actor"], r["from_status"], r["to_status"], r["detail"].get("reason"))
        for r in queue.audit_trail(store, pid)]


def test_a_rate_limited_post_is_retried_later(store, sim):
    pid, wf_id = proposal(store, sim)
    sim.inject("rate_limit", retry_after=1, method="POST")
    summary = execute(store, sim)
    assert [i for i, _ in summary.retry_later] == [pid]
    assert queue.get(store, pid)["status"] == "approved"
    execute(store, sim)
    assert queue.get(store, pid)["status"] == "executed"
    assert len(reruns_of(sim, wf_id)) == 1


def test_a_definite_refusal_marks_the_proposal_failed(store, sim):
    pid, _ = proposal(store, sim)
    with sim.locked() as sc:
        sc.max_reruns = 0  # CircleCI answers 400: rerun limit reached
    try:
        summary = execute(store, sim)
        execute(store, sim)  # failed is not retried without a person
    finally:
        with sim.locked() as sc:
            sc.max_reruns = 100
    row = queue.get(store, pid)
    assert row["status"] == "failed"
    assert "400" in row["error"] and "maximum number of times" in row["error"]
    assert [i for i, _ in summary.failed] == [pid]
    assert len(posts(sim)) == 1


# --------------------------------------------------------------------------- killed at any point


@pytest.mark.parametrize("when", ["before-post", "after-post", "while-recording"])
def test_killed_at_any_point_still_yields_exactly_one_rerun(store, sim, when):
    pid, wf_id = proposal(store, sim)
    now = sim.now()
    if when == "while-recording":
        # The process dies inside the final transaction: it must roll back as a whole.
        store.db.execute("create trigger die before insert on reruns "
                         "begin select raise(abort, 'killed'); end")
        client = client_for(sim)
    else:
        client = CircleCIProvider(CrashingClient(sim.base_url, sim.token, budget=RequestBudget(6000),
                                                 retry=RetryPolicy(max_retries=0), when=when))
    with pytest.raises((Killed, Exception)):
        execute_approved(store, client, [], POLICY, now)
    if when == "while-recording":
        store.db.execute("drop trigger die")
    assert queue.get(store, pid)["status"] == "executing"
    assert store.db["reruns"].count == 0
    # The restarted process runs execute every 30 s or so until nothing is left to settle.
    for seconds in (30, 60, 90, 150, 180, 210):
        execute(store, sim, now + timedelta(seconds=seconds))
    assert len(reruns_of(sim, wf_id)) == 1
    assert len(posts(sim)) == 1  # before-post: sent after the restart; else: never resent
    row = queue.get(store, pid)
    assert row["status"] == "executed"
    new_id = reruns_of(sim, wf_id)[0][1]
    assert loads(row["result"])["new_workflow_id"] == new_id
    assert store.db["reruns"].get(pid)["new_workflow_id"] == new_id


def test_a_rerun_started_within_the_grace_is_not_touched(store, sim):
    pid, _ = proposal(store, sim)
    queue.transition(store, pid, "executing", actor="x", now=sim.now(),
                         fields={"executing_at": iso(sim.now()),
                                 "result": dumps({"known_workflow_ids": []})})
    assert reconcile_executing(store, client_for(sim), sim.now() + timedelta(seconds=30)) == []
    assert queue.get(store, pid)["status"] == "executing"


def test_two_executors_racing_send_one_post(tmp_path, sim):
    path = tmp_path / "shared.db"
    first = Store.open(path)
    pid, _ = proposal(first, sim)
    now = sim.now()
    barrier = threading.Barrier(2)
    errors: list[BaseException] = []

    def run():
        s = Store.open(path)
        try:
            barrier.wait()
            execute_approved(s, client_for(sim), [], POLICY, now)
        except BaseException as exc:  # surfaced below
            errors.append(exc)
        finally:
            s.close()

    threads = [threading.Thread(target=run) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(10)
    assert errors == []
    assert len(posts(sim)) == 1
    assert queue.get(first, pid)["status"] == "executed"
    first.close()


# --------------------------------------------------------------------------- reports through execute


def test_an_approved_report_is_filed_to_the_sinks_once(store, sim, tmp_path):
    with sim.locked() as sc:
        pipeline = sim_world(sc, log=ASSERTION_LOG)
    fid = add_sim_failure(store, pipeline, verdict="real", category="test-failure",
                          log=ASSERTION_LOG)
    pid = queue.enqueue(store, draft_for(store, fid, action="file_report"), NOW)
    sink = FileSink(tmp_path / "reports")
    execute_approved(store, client_for(sim), [sink], POLICY, sim.now())
    assert sim.write_requests() == []  # a report never writes to CircleCI
    assert list((tmp_path / "reports").glob("*.md")) == []  # not approved yet
    queue.approve(store, pid, "alice", NOW)
    summary = execute_approved(store, client_for(sim), [sink], POLICY, sim.now())
    (done,) = summary.executed
    (path,) = (tmp_path / "reports").glob("*.md")
    assert done["locations"] == {"file": str(path)}
    assert queue.get(store, pid)["status"] == "executed"
    assert store.db["reports"].count == 1
    assert sim.write_requests() == []
