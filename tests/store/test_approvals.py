"""The approval queue: the state machine, its audit rows, expiry, the list shape, and the reviewer."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import timedelta

import pytest
from factories import (
    ASSERTION_LOG,
    NOW,
    add_failure,
    add_sim_failure,
    draft_for,
    sim_world,
)

from triage_agent.config import PolicySettings
from triage_agent.core.states import TRANSITIONS
from triage_agent.errors import ApprovalError
from triage_agent.pipeline.expire import expire_stale
from triage_agent.providers.circleci.client import CircleCIClient, RequestBudget, RetryPolicy
from triage_agent.providers.circleci.provider import CircleCIProvider
from triage_agent.review import default_actor, review
from triage_agent.simulator import Scenario, Simulator
from triage_agent.store import Store, queue
from triage_agent.store.queue import STATUSES

POLICY = PolicySettings()


@pytest.fixture
def store(tmp_path):
    s = Store.open(tmp_path / "t.db")
    yield s
    s.close()


def pending(store, **kw) -> int:
    """A failure and its pending proposal, both created at ``now`` (NOW unless given)."""
    fid = add_failure(store, **kw)
    return queue.enqueue(store, draft_for(store, fid), kw.get("now", NOW))


def force_status(store, pid, status):
    # Raw on purpose: any status, whatever the transition table (the thing under test) allows.
    store.db["proposals"].update(pid, {"status": status})


def audit_rows(store, pid):
    return [(r["actor"], r["event"], r["from_status"], r["to_status"], r["detail"].get("reason"))
            for r in queue.audit_trail(store, pid)]


# --------------------------------------------------------------------------- the state machine

ALL_MOVES = [(a, b) for a in STATUSES for b in STATUSES]


@pytest.mark.parametrize("source, target", ALL_MOVES, ids=[f"{a}->{b}" for a, b in ALL_MOVES])
def test_every_move_is_valid_exactly_when_the_table_says_so(store, source, target):
    pid = pending(store)
    force_status(store, pid, source)
    before = len(queue.audit_trail(store, pid))
    later = NOW + timedelta(minutes=5)
    if target in TRANSITIONS[source]:
        row = queue.transition(store, pid, target, actor="bob", now=later, reason="because")
        assert row["status"] == target
        assert row["updated_at"] == "2025-03-04T12:05:00.000000Z"
        assert audit_rows(store, pid)[-1] == ("bob", target, source, target, "because")
    else:
        with pytest.raises(ApprovalError, match=rf"^proposal {pid} is {source}; (only|no) "):
            queue.transition(store, pid, target, actor="bob", now=later, reason="because")
        assert queue.get(store, pid)["status"] == source
        assert len(queue.audit_trail(store, pid)) == before


def test_the_table_matches_the_design():
    assert {s: sorted(t) for s, t in TRANSITIONS.items() if t} == {
        "pending": ["approved", "expired", "rejected"],
        # approved -> pending: an approval not on record goes back to a person.
        "approved": ["executing", "expired", "pending", "rejected"],
        # No expiry of an executing proposal: its rerun may have been sent.
        "executing": ["approved", "executed", "failed"],
        "failed": ["approved"],
    }
    assert all(not TRANSITIONS[s] for s in ("rejected", "expired", "executed"))


@pytest.mark.parametrize(
    "status, message",
    [
        ("rejected", "proposal {id} is rejected; only pending, failed or approved proposals can "
                     "be approved"),
        ("executed", "proposal {id} is executed; only pending, failed or approved proposals can "
                     "be approved"),
        ("expired", "proposal {id} is expired; only pending, failed or approved proposals can "
                    "be approved"),
        ("executing", "proposal {id} is executing; only pending, failed or approved proposals "
                      "can be approved"),
    ],
)
def test_approve_says_why_it_cannot(store, status, message):
    pid = pending(store)
    force_status(store, pid, status)
    with pytest.raises(ApprovalError) as err:
        queue.approve(store, pid, "alice", NOW)
    assert str(err.value) == message.format(id=pid)


def test_reject_of_an_executed_proposal_is_refused(store):
    pid = pending(store)
    force_status(store, pid, "executed")
    with pytest.raises(ApprovalError, match="only pending or approved proposals can be rejected"):
        queue.reject(store, pid, "alice", NOW, "too late")


@pytest.mark.parametrize("call", [
    lambda s: queue.get(s, 999),
    lambda s: queue.approve(s, 999, "alice", NOW),
    lambda s: queue.reject(s, 999, "alice", NOW, "x"),
    lambda s: queue.transition(s, 999, "expired", actor="x", now=NOW),
])
def test_unknown_ids_are_an_approval_error(store, call):
    with pytest.raises(ApprovalError, match="^proposal 999 does not exist$"):
        call(store)


def test_approve_records_the_person_and_is_idempotent(store):
    pid = pending(store)
    row = queue.approve(store, pid, "alice", NOW + timedelta(minutes=1), reason="looks flaky")
    assert (row["status"], row["decided_by"], row["decision_reason"]) == (
        "approved", "alice", "looks flaky")
    assert row["decided_at"] == "2025-03-04T12:01:00.000000Z"
    again = queue.approve(store, pid, "carol", NOW + timedelta(minutes=2))
    assert again["decided_by"] == "alice"
    assert audit_rows(store, pid) == [
        ("triage-agent", "propose", None, "pending", "test draft"),
        ("alice", "approve", "pending", "approved", "looks flaky"),
    ]


def test_failed_proposal_can_be_approved_again_by_a_person(store):
    pid = pending(store)
    queue.approve(store, pid, "alice", NOW)
    queue.transition(store, pid, "executing", actor=queue.SYSTEM_ACTOR, now=NOW, event="execute")
    queue.transition(store, pid, "failed", actor=queue.SYSTEM_ACTOR, now=NOW, event="failed",
                     fields={"error": "400 from POST"})
    row = queue.approve(store, pid, "alice", NOW, reason="retry")
    assert (row["status"], row["error"]) == ("approved", None)


def test_reject_keeps_the_reason(store):
    pid = pending(store)
    row = queue.reject(store, pid, "alice", NOW, "the test really is broken")
    assert (row["status"], row["decision_reason"]) == ("rejected", "the test really is broken")
    assert audit_rows(store, pid)[-1] == ("alice", "reject", "pending", "rejected",
                                          "the test really is broken")


def test_transition_expect_guards_a_stale_view(store):
    pid = pending(store)
    queue.approve(store, pid, "alice", NOW)
    with pytest.raises(ApprovalError):
        queue.transition(store, pid, "expired", actor="x", now=NOW, expect={"pending"})
    assert queue.get(store, pid)["status"] == "approved"


def test_default_actor_is_the_account_of_the_real_uid_whatever_user_says(monkeypatch):
    import os
    import pwd

    monkeypatch.setenv("LOGNAME", "dana")
    monkeypatch.setenv("USER", "dana")
    assert default_actor() == pwd.getpwuid(os.getuid()).pw_name != "dana"


# --------------------------------------------------------------------------- enqueue


def test_enqueue_stores_the_draft_and_its_failures(store):
    f1 = add_failure(store, job_name="a", workflow_id="wf-x", pipeline_id="p-x")
    f2 = add_failure(store, job_name="b", workflow_id="wf-x", pipeline_id="p-x")
    draft = replace(draft_for(store, f1), failure_ids=(f1, f2))
    pid = queue.enqueue(store, draft, NOW, ttl_hours=48)
    row = queue.get(store, pid)
    assert (row["status"], row["action"], row["kind"], row["workflow_id"], row["failure_id"],
            row["auto_approved"], row["attempts"]) == (
        "pending", "rerun_workflow", "rerun", "wf-x", f1, 0, 0)
    assert row["expires_at"] == "2025-03-06T12:00:00.000000Z"
    assert [f["id"] for f in queue.proposal_failures(store, pid)] == [f1, f2]


def test_auto_approved_draft_is_recorded_as_such(store):
    fid = add_failure(store)
    pid = queue.enqueue(store, draft_for(store, fid, auto_approve=True), NOW)
    row = queue.get(store, pid)
    assert (row["status"], row["auto_approved"], row["decided_by"]) == (
        "approved", 1, "auto-approve-policy")
    assert audit_rows(store, pid) == [
        ("triage-agent", "propose", None, "pending", "test draft"),
        ("auto-approve-policy", "approve", "pending", "approved",
         "auto-approved by policy.auto_approve_reruns"),
    ]
    assert queue.list_proposals(store)[0]["auto_approved"] is True


def test_a_report_is_never_auto_approved_even_if_the_draft_says_so(store):
    fid = add_failure(store, verdict="real", category="test-failure", log=ASSERTION_LOG)
    pid = queue.enqueue(store, draft_for(store, fid, action="file_report", auto_approve=True),
                            NOW)
    assert queue.get(store, pid)["status"] == "pending"


def test_an_open_duplicate_is_not_enqueued_twice(store):
    fid = add_failure(store)
    first = queue.enqueue(store, draft_for(store, fid), NOW)
    assert queue.enqueue(store, draft_for(store, fid), NOW) == first
    queue.reject(store, first, "alice", NOW, "no")
    assert queue.enqueue(store, draft_for(store, fid), NOW) != first
    assert store.db["proposals"].count == 2


# --------------------------------------------------------------------------- list


def test_list_has_the_design_shape(store):
    pid = pending(store)
    items = queue.list_proposals(store)
    assert list(items[0])[:10] == ["id", "action", "status", "project_slug", "workflow_id",
                                   "pipeline_number", "verdict", "confidence", "summary",
                                   "created_at"]
    item = items[0]
    assert (item["id"], item["action"], item["status"], item["project_slug"],
            item["pipeline_number"], item["verdict"], item["confidence"], item["created_at"]) == (
        pid, "rerun_workflow", "pending", "gh/acme/api", 142, "transient", 0.9,
        "2025-03-04T12:00:00.000000Z")
    assert isinstance(item["workflow_id"], str) and item["summary"]
    json.dumps(items)  # serialisable as is


def test_list_filters_by_status(store):
    a, b = pending(store), pending(store, workflow_name="deploy")
    queue.reject(store, b, "alice", NOW, "no")
    assert [i["id"] for i in queue.list_proposals(store, "pending")] == [a]
    assert [i["id"] for i in queue.list_proposals(store, "rejected")] == [b]
    assert queue.counts_by_status(store)["rejected"] == 1
    with pytest.raises(ApprovalError, match="unknown status 'done'"):
        queue.list_proposals(store, "done")


# --------------------------------------------------------------------------- expiry


def test_stale_proposals_expire_without_asking_circleci(store):
    old = pending(store, now=NOW - timedelta(hours=50))
    young = pending(store, workflow_name="deploy")
    approved_old = pending(store, workflow_name="docs", now=NOW - timedelta(hours=49))
    queue.approve(store, approved_old, "alice", NOW - timedelta(hours=1))
    expired = expire_stale(store, None, POLICY, NOW, check_provider=False)
    assert expired == [
        (old, "stale: pending for 50.0h (policy.proposal_ttl_hours = 48)"),
        (approved_old, "stale: approved for 49.0h (policy.proposal_ttl_hours = 48)"),
    ]
    assert queue.get(store, young)["status"] == "pending"
    assert audit_rows(store, old)[-1] == (
        "triage-agent", "expire", "pending", "expired",
        "stale: pending for 50.0h (policy.proposal_ttl_hours = 48)")


@pytest.fixture
def sim():
    sc = Scenario(token="test-token", now=NOW, seed=7)
    with Simulator(sc) as s:
        yield s


def client_for(sim):
    return CircleCIProvider(CircleCIClient(sim.base_url, sim.token, budget=RequestBudget(6000)))


def test_expire_stale_checks_circleci_once_per_pipeline(store, sim):
    with sim.locked() as sc:
        still_failed = sim_world(sc)
        passed_since = sim_world(sc)
        rerun_by_hand = sim_world(sc)
        auto_pending = sim_world(sc, max_auto_reruns=2, auto_rerun_number=1)
        sc.rerun_workflow(rerun_by_hand.workflows[0].id, {"from_failed": True})
    two_in_one = [add_sim_failure(store, still_failed), add_sim_failure(store, still_failed)]
    ids = {}
    ids["still"] = queue.enqueue(store, draft_for(store, two_in_one[0]), NOW)
    ids["report"] = queue.enqueue(
        store, draft_for(store, two_in_one[1], action="file_report"), NOW)
    ids["passed"] = queue.enqueue(store, draft_for(store, add_sim_failure(store, passed_since)),
                                      NOW)
    ids["by_hand"] = queue.enqueue(
        store, draft_for(store, add_sim_failure(store, rerun_by_hand)), NOW)
    ids["auto"] = queue.enqueue(store, draft_for(store, add_sim_failure(store, auto_pending)),
                                    NOW)
    sim.set_workflow_status(passed_since.workflows[0].id, "success", jobs={"test-unit": "pass"})
    sim.clear_requests()
    now = sim.now()
    expired = dict(expire_stale(store, client_for(sim), POLICY, now))
    assert set(expired) == {ids["passed"], ids["by_hand"], ids["auto"]}
    assert expired[ids["passed"]] == "workflow is now success, not failed"
    assert expired[ids["by_hand"]].startswith("already rerun: workflow ")
    assert expired[ids["auto"]] == "CircleCI auto-reruns pending (1 of 2 done)"
    assert queue.get(store, ids["still"])["status"] == "pending"
    assert queue.get(store, ids["report"])["status"] == "pending"
    # Four rerun proposals in four pipelines: four reads, no writes.
    assert [r.method for r in sim.requests] == ["GET"] * 4
    assert all(r.path.endswith("/workflow") for r in sim.requests)


def test_expire_stale_expires_a_workflow_too_old_to_rerun(store, sim):
    with sim.locked() as sc:
        old = sim_world(sc)
    pid = queue.enqueue(store, draft_for(store, add_sim_failure(store, old)), NOW + timedelta(hours=24))
    later = sim.now() + timedelta(hours=25)
    ((got, reason),) = expire_stale(store, client_for(sim), POLICY, later)
    assert got == pid
    assert reason.startswith("workflow stopped 25.") and "max_workflow_age_hours = 24" in reason


def test_expire_stale_leaves_proposals_alone_when_circleci_fails(store, sim):
    with sim.locked() as sc:
        world = sim_world(sc)
    pid = queue.enqueue(store, draft_for(store, add_sim_failure(store, world)), NOW)
    sim.inject("server_error", times=None, status=503)
    client = CircleCIProvider(CircleCIClient(sim.base_url, sim.token, budget=RequestBudget(6000),
                                             retry=RetryPolicy(max_retries=0)))
    assert expire_stale(store, client, POLICY, sim.now()) == []
    assert queue.get(store, pid)["status"] == "pending"


# --------------------------------------------------------------------------- the reviewer


class Script:
    """Scripted answers for ``read`` and a transcript of ``write``."""

    def __init__(self, *answers: str) -> None:
        self.answers = list(answers)
        self.prompts: list[str] = []
        self.out: list[str] = []

    def read(self, prompt: str) -> str:
        self.prompts.append(prompt)
        if not self.answers:
            raise EOFError
        return self.answers.pop(0)

    def write(self, text: str) -> None:
        self.out.append(text)

    @property
    def text(self) -> str:
        return "\n".join(self.out)


def three_pending(store):
    a = pending(store)
    fid = add_failure(store, verdict="real", confidence=0.88, category="test-failure",
                      log=ASSERTION_LOG, job_name="test-cart", job_number=813,
                      workflow_name="nightly", rationale="assert 41 == 42 in test_checkout_total",
                      evidence=["E       assert 41 == 42"])
    b = queue.enqueue(store, draft_for(store, fid, action="file_report"), NOW)
    c = pending(store, workflow_name="deploy")
    return a, b, c


def test_reviewer_approves_rejects_and_skips(store):
    a, b, c = three_pending(store)
    script = Script("a", "r", "the assertion is real; fixing it", "s")
    counts = review(store, actor="erin", now_fn=lambda: NOW, read=script.read, write=script.write)
    assert counts == {"approved": 1, "rejected": 1, "skipped": 1, "errors": 0, "shown": 3}
    assert queue.get(store, a)["status"] == "approved"
    assert queue.get(store, b)["decision_reason"] == "the assertion is real; fixing it"
    assert queue.get(store, c)["status"] == "pending"
    assert audit_rows(store, a)[-1][0] == "erin"
    assert audit_rows(store, b)[-1] == ("erin", "reject", "pending", "rejected",
                                        "the assertion is real; fixing it")
    assert script.out[-1] == "Approved 1, rejected 1, skipped 1."


def test_reviewer_screen_shows_what_a_reviewer_needs(store):
    _, b, _ = three_pending(store)
    script = Script("s", "q")
    review(store, actor="erin", now_fn=lambda: NOW, read=script.read, write=script.write)
    first, second = script.out[0], script.out[1]
    assert "[1/3] proposal #1  RERUN WORKFLOW FROM FAILED" in first
    assert "  project    gh/acme/api" in first
    assert "  branch     main @ 1a2b3c4  Fix the cart total" in first
    assert "  verdict    transient 0.90  network" in first
    assert "    > npm ERR! code ECONNRESET" in first
    assert f"[2/3] proposal #{b}  FILE REPORT" in second
    assert "  job        test-cart #813 (failed)  real 0.88 test-failure" in second
    assert "  rationale  assert 41 == 42 in test_checkout_total" in second
    assert "    - tests.test_cart.test_checkout_total: assert 41 == 42" in second
    f = queue.proposal_failures(store, b)[0]
    assert (f"  link       https://app.circleci.com/pipelines/gh/acme/api/142/workflows/"
            f"{f['workflow_id']}/jobs/813") in second


def test_reviewer_shows_the_full_log_help_and_rejects_nonsense(store):
    pending(store)
    script = Script("?", "e", "x", "r", "", "q")
    counts = review(store, actor="erin", now_fn=lambda: NOW, read=script.read, write=script.write)
    assert counts["rejected"] == 0 and counts["approved"] == 0
    assert any("a  approve" in o for o in script.out)
    assert any("npm ERR! network This is a problem related to network connectivity." in o
               for o in script.out)
    assert "Unknown answer 'x'; ? shows the choices." in script.out
    assert "A reason is needed to reject; nothing done." in script.out
    assert script.prompts.count("Reason for rejecting") == 1


def test_reviewer_redacts_secrets_in_the_log(store):
    pending(store, log="curl -H 'Authorization: Bearer abcdefghijklmnopqrstuvwxyz012345'\n"
                       "export AWS_KEY=AKIAIOSFODNN7EXAMPLE\n")
    script = Script("e", "q")
    review(store, actor="erin", now_fn=lambda: NOW, read=script.read, write=script.write)
    assert "AKIAIOSFODNN7EXAMPLE" not in script.text
    assert "abcdefghijklmnopqrstuvwxyz012345" not in script.text
    assert "[REDACTED]" in script.text


def test_reviewer_with_nothing_pending_says_so(store):
    script = Script()
    counts = review(store, actor="erin", now_fn=lambda: NOW, read=script.read, write=script.write)
    assert counts["shown"] == 0
    assert script.out == ["No pending proposals."]


def test_reviewer_reports_a_proposal_decided_elsewhere(store):
    a = pending(store)

    def read(prompt):
        queue.reject(store, a, "frank", NOW, "done elsewhere")
        return "a"

    out: list[str] = []
    counts = review(store, actor="erin", now_fn=lambda: NOW, read=read, write=out.append)
    assert counts["errors"] == 1
    assert any(line.startswith(f"Not done: proposal {a} is rejected") for line in out)


def test_reviewer_stops_at_end_of_input(store):
    pending(store)
    pending(store, workflow_name="deploy")
    counts = review(store, actor="erin", now_fn=lambda: NOW, read=Script("a").read,
                    write=lambda _: None)
    assert counts == {"approved": 1, "rejected": 0, "skipped": 0, "errors": 0, "shown": 2}


# --------------------------------------------------------------------------- proposals about several projects


INCIDENT_PROJECTS = ("gh/a/x", "gh/a/y", "gh/a/z")


def incident_draft(store):
    from triage_agent.policy.decide import ProposalDraft

    fids = [add_failure(store, project_slug=p, signature="docker-hub-timeout", category="network")
            for p in INCIDENT_PROJECTS]
    return ProposalDraft(
        action="file_report", kind="incident", summary="Incident: 3 projects failing with docker-hub-timeout",
        reason="3 projects >= 3", verdict="transient", confidence=1.0, category="network",
        fingerprint="incident:docker-hub-timeout:2025-03-04T1140", failure_ids=tuple(fids),
        project_slug="", projects=INCIDENT_PROJECTS)


def test_an_incident_keeps_its_projects_one_row_each_and_lists_them_as_before(store):
    pid = queue.enqueue(store, incident_draft(store), NOW)
    assert store.db["proposals"].get(pid)["project_slug"] is None
    assert sorted(r["project_slug"] for r in store.db.query(
        "select project_slug from proposal_projects where proposal_id = ?", [pid])) == list(INCIDENT_PROJECTS)
    row = queue.get(store, pid)
    assert row["projects"] == list(INCIDENT_PROJECTS)
    assert row["project_slug"] == "gh/a/x,gh/a/y,gh/a/z"  # the label `approvals list` always showed
    (item,) = queue.list_proposals(store)
    assert (item["project_slug"], item["projects"]) == ("gh/a/x,gh/a/y,gh/a/z", list(INCIDENT_PROJECTS))
    # A proposal about one project names it in both places.
    one = pending(store, project_slug="gh/acme/api")
    assert (queue.get(store, one)["project_slug"], queue.get(store, one)["projects"]) == ("gh/acme/api", ["gh/acme/api"])


def test_the_digest_counts_an_incident_under_the_same_label(store):
    from triage_agent.store import digest_queries

    pid = queue.enqueue(store, incident_draft(store), NOW)
    queue.reject(store, pid, "alice", NOW, "known outage")
    window = ("2025-03-04T00:00:00Z", "2025-03-05T00:00:00Z")
    assert [(c.project_slug, c.n) for c in digest_queries.proposals_created(store, *window)] == [
        ("gh/a/x,gh/a/y,gh/a/z", 1)]
    assert [(m.project_slug, m.to_status) for m in digest_queries.queue_moves(store, *window)] == [
        ("gh/a/x,gh/a/y,gh/a/z", "rejected")]


def test_an_existing_install_moves_its_incident_project_lists_into_their_own_table(tmp_path):
    """A database as the previous schema left it: an incident's projects comma-joined in project_slug."""
    import sqlite_utils
    from sqlite_utils import Migrations

    from triage_agent.store import schema

    db = sqlite_utils.Database(tmp_path / "old.db")
    old = Migrations("triage_agent")
    for step in (schema.m001_initial, schema.m002_judgement_memory, schema.m003_webhook_deliveries,
                 schema.m004_canonical_identity, schema.m005_execution_lease_and_audit_uid):
        old()(step)
    old.apply(db)
    stamp = "2025-03-04T12:00:00.000000Z"
    common = {"action": "file_report", "status": "pending", "verdict": "transient", "confidence": 1.0,
              "created_at": stamp, "updated_at": stamp, "summary": "s", "reason": "r"}
    # Raw on purpose: rows in the previous schema's shape, which no store function writes any more.
    db["proposals"].insert({"id": 1, "kind": "incident", "project_slug": "gh/a/x,gh/a/y,gh/a/z",
                            "fingerprint": "incident:docker-hub-timeout:2025-03-04T1140", **common})
    db["proposals"].insert({"id": 2, "kind": "report", "project_slug": "gh/acme/api", "fingerprint": "f",
                            **common})
    db.close()
    store = Store.open(tmp_path / "old.db")
    try:
        assert [r["project_slug"] for r in store.db.query("select project_slug from proposals order by id")] == [
            None, "gh/acme/api"]
        assert [(r["proposal_id"], r["project_slug"]) for r in store.db.query(
            "select * from proposal_projects order by proposal_id, project_slug")] == [
            (1, "gh/a/x"), (1, "gh/a/y"), (1, "gh/a/z")]
        assert [(i["id"], i["project_slug"]) for i in queue.list_proposals(store)] == [
            (1, "gh/a/x,gh/a/y,gh/a/z"), (2, "gh/acme/api")]
    finally:
        store.close()
