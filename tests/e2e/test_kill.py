"""SIGKILL at every step of a poll cycle and of an execution, then a clean run: nothing lost, nothing twice.

The real CLI runs in a subprocess against a simulator served from this process. Every request is
made slow (``slow`` fault), so a run spans many requests and the kill, sent once the simulator has
recorded the k-th request of the run, lands while step k is in flight. Each kill point starts from
a fresh database; after the kill a clean run goes to completion and the state must be exactly
what an uninterrupted run leaves: every failure once with one verdict, no duplicate proposal, and
exactly one ``POST /workflow/{id}/rerun`` per approved rerun proposal, none for any other.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

import pytest
from killpoints import after_requests, run_and_kill, run_cli, when_db, write_config

from triage_agent.app import App
from triage_agent.config import load
from triage_agent.pipeline.actions import execute_cycle
from triage_agent.pipeline.run import run_poll_cycle
from triage_agent.simulator import Scenario, Simulator, demo_scenario, logs
from triage_agent.simulator import scenarios as demo
from triage_agent.store import queue
from triage_agent.timeutil import utcnow

SLOW = 0.05  # seconds added to every simulator answer while a run is to be killed
RERUN = re.compile(r"^/api/v2/workflow/([^/]+)/rerun$")

DISCOVERY = r"^/api/v2/me/collaborations$|^/api/v1\.1/projects$"
ORG_FEED = r"^/api/v2/pipeline$"
RESOLVE = r"^/api/v2/project/[^/]+/[^/]+/[^/]+$"
WORKFLOWS = r"^/api/v2/pipeline/[^/]+/workflow$"
JOBS = r"^/api/v2/workflow/[^/]+/job$"
TESTS = r"^/api/v2/project/.+/\d+/tests$"
STEPS = r"^/api/v1\.1/project/"
OUTPUT = r"^/output/"
FLAKY = r"/flaky-tests$"
WORKFLOW = r"^/api/v2/workflow/[^/]+$"
POST_RERUN = r"^/api/v2/workflow/[^/]+/rerun$"


# --------------------------------------------------------------------------- helpers


def open_app(config: Path) -> App:
    return App(load(config))


def state_of(config: Path) -> dict:
    """What the database holds, in terms an uninterrupted run can be compared with."""
    app = open_app(config)
    try:
        db = app.store.db
        failures = list(db.query(
            "select f.project_slug, f.pipeline_number, f.job_name, f.state, "
            "(select count(*) from verdicts v where v.failure_id = f.id) as verdicts, "
            "(select verdict from verdicts v where v.failure_id = f.id order by id desc limit 1) as verdict "
            "from failures f order by f.project_slug, f.pipeline_number, f.job_name"))
        proposals = list(db.query(
            "select action, project_slug, pipeline_number from proposals order by id"))
        return {
            "failures": [(f["project_slug"], f["pipeline_number"], f["job_name"]) for f in failures],
            "judged": Counter((f["state"], f["verdicts"]) for f in failures),
            "verdicts": {(f["project_slug"], f["pipeline_number"], f["job_name"]): f["verdict"]
                         for f in failures},
            "proposals": sorted((p["action"], p["project_slug"], p["pipeline_number"]) for p in proposals),
            "open_pipelines": db.execute("select count(*) from pipelines where open = 1").fetchone()[0],
            "pipelines": db["pipelines"].count,
        }
    finally:
        app.close()


def posts_by_workflow(sim) -> Counter:
    return Counter(RERUN.match(r.path).group(1) for r in sim.write_requests() if RERUN.match(r.path))


# --------------------------------------------------------------------------- the poll cycle


@pytest.fixture(scope="module")
def poll_sim():
    # Polling never changes the world, so one simulator serves every kill point.
    with Simulator(demo_scenario(hold_reruns=True)) as sim:
        yield sim


@pytest.fixture(scope="module")
def poll_reference(poll_sim, tmp_path_factory):
    """The state one uninterrupted ``poll --once`` leaves, and its request sequence."""
    directory = tmp_path_factory.mktemp("reference")
    config = write_config(directory, poll_sim)
    before = poll_sim.total_requests
    done = run_cli("poll", "--once", config=config)
    assert done.returncode == 0, done.stderr
    paths = [r.path for r in poll_sim.requests[-(poll_sim.total_requests - before):]]
    return state_of(config), paths


@dataclass(frozen=True)
class Point:
    """Where to kill: after the k-th request (its path must match ``stage``), or at a database state."""

    k: int | None = None
    stage: str = ""
    db_sql: str = ""
    db_n: int = 0


POLL_POINTS = {
    "discovery-collaborations": Point(1, DISCOVERY),
    "discovery-followed-projects": Point(2, DISCOVERY),
    "discovery-resolving": Point(3, RESOLVE),
    "org-feed": Point(9, ORG_FEED),
    "first-workflow-list": Point(12, WORKFLOWS),
    "first-jobs-list": Point(14, JOBS),
    "middle-jobs-list": Point(18, JOBS),
    "last-workflow-list": Point(27, WORKFLOWS),
    "first-tests": Point(28, TESTS),
    "first-v1.1-steps": Point(29, STEPS),
    "first-step-output": Point(30, OUTPUT),
    "first-flaky-tests": Point(31, FLAKY),
    "third-failure-tests": Point(36, TESTS),
    "last-step-output": Point(53, OUTPUT),
    "classifying": Point(db_sql="select count(*) from verdicts", db_n=1),
    "deciding": Point(db_sql="select count(*) from failures where state = 'decided'", db_n=1),
}


@pytest.mark.slow
@pytest.mark.parametrize("point", list(POLL_POINTS.values()), ids=list(POLL_POINTS))
def test_a_poll_cycle_killed_at_any_step_resumes_to_the_same_state_without_duplicates(
        poll_sim, poll_reference, tmp_path, point):
    reference, paths = poll_reference
    sim = poll_sim
    config = write_config(tmp_path, sim)
    sim.clear_faults()
    slow = sim.inject("slow", times=None, seconds=SLOW)
    trigger = (after_requests(sim, point.k) if point.k is not None
               else when_db(tmp_path / "triage.db", point.db_sql, point.db_n))
    try:
        killed = run_and_kill(["poll", "--once"], config, sim, trigger)
    finally:
        slow.clear()
    assert killed.killed, f"the run finished before the kill point ({killed.requests} requests)"
    if point.k is not None:
        # The kill landed inside the intended step: request k was sent and never answered.
        assert re.search(point.stage, paths[point.k - 1])
        assert killed.requests == point.k
        assert re.search(point.stage, killed.path), killed.path

    left = state_of(config) if (tmp_path / "triage.db").exists() else {"judged": Counter(), "proposals": []}

    # The restart: a fresh process state (new App, new connection) runs the same cycle function
    # the CLI runs. In-process, since importing the LLM client costs a second per subprocess.
    app = open_app(config)
    try:
        summary = run_poll_cycle(app, utcnow())
    finally:
        app.close()
    assert summary.error is None and summary.warnings == []

    state = state_of(config)
    print(f"poll kill after {killed.requests} requests during {killed.method} {killed.path or '(no request)'}; "
          f"left (state, verdicts): {dict(left['judged'])}, {len(left['proposals'])} proposals")
    assert state["failures"] == reference["failures"]  # each expected failure exactly once
    assert state["judged"] == Counter({("decided", 1): 7})  # each with exactly one verdict
    assert state["verdicts"] == reference["verdicts"]
    assert state["proposals"] == reference["proposals"]  # no proposal twice, none missing
    assert (state["pipelines"], state["open_pipelines"]) == (reference["pipelines"], 0)


# --------------------------------------------------------------------------- execution


@dataclass
class ExecWorld:
    sim: Simulator
    config: Path
    wf: dict[str, str]  # role -> workflow id
    ids: dict[str, int]  # role -> proposal id


def _find(app: App, action: str, slug: str, number: int) -> dict:
    rows = [p for p in queue.list_proposals(app.store)
            if (p["action"], p["project_slug"], p["pipeline_number"]) == (action, slug, number)]
    assert len(rows) == 1, rows
    return rows[0]


def known_flaky_failure(got: int):
    """The demo's known-flaky webhook test failing again: CircleCI lists it, so a strong transient."""
    return Scenario.job(
        "test", status="failed", log=logs.flaky_webhook_log(got=got), requires=["lint"], rerun="pass",
        tests=[Scenario.test(demo.FLAKY_WEBHOOK_TEST, classname=demo.FLAKY_WEBHOOK_CLASS,
                             file=demo.FLAKY_WEBHOOK_FILE, message=logs.FLAKY_WEBHOOK_MESSAGE.format(got=got))])


ROLES = {
    "approved-a": ("rerun_workflow", "gh/acme/web", 2),
    "approved-b": ("rerun_workflow", "gh/acme/api", 1),
    "expired": ("rerun_workflow", "gh/acme/api", 3),
    "rejected": ("rerun_workflow", "gh/acme/api", 4),
    "pending": ("rerun_workflow", "gh/acme/api", 5),
    "report": ("file_report", "gh/acme/api", 2),
}


def exec_world(tmp_path: Path, *, decide: bool = True) -> ExecWorld:
    """The demo world plus three more known-flaky failures, polled in-process; proposals decided by role.

    approved-a, approved-b: approved reruns (one POST each, ever); expired: approved, then rerun
    by someone else on CircleCI (must expire, never sent); rejected, pending: never sent;
    report: an approved report (filed once). With ``decide=False`` all stay pending.
    """
    sc = demo_scenario(hold_reruns=True)
    for i in range(3):
        sc.add_pipeline("gh/acme/api", created_at=timedelta(minutes=40 - 3 * i), workflows=[
            Scenario.workflow("build-test", jobs=[Scenario.job("lint"), known_flaky_failure(got=i + 1)])])
    sim = Simulator(sc).start()
    try:
        config = write_config(tmp_path, sim)
        app = open_app(config)
        try:
            run_poll_cycle(app, utcnow())
            rows = {role: _find(app, *key) for role, key in ROLES.items()}
            now = utcnow()
            mine = {row["id"] for row in rows.values()}
            for other in queue.list_proposals(app.store, "pending"):
                if other["id"] not in mine:  # the demo's other proposals: out of the way, never sent
                    queue.reject(app.store, other["id"], "alice", now, "not part of this test")
            if decide:
                for role in ("approved-a", "approved-b", "expired", "report"):
                    queue.approve(app.store, rows[role]["id"], "alice", now)
                queue.reject(app.store, rows["rejected"]["id"], "alice", now, "not now")
                with sim.locked() as scenario:  # a person reran it in the CircleCI app meanwhile
                    scenario.rerun_workflow(rows["expired"]["workflow_id"], {"from_failed": True})
        finally:
            app.close()
    except BaseException:
        sim.stop()
        raise
    sim.clear_requests()
    return ExecWorld(sim, config, {r: row["workflow_id"] for r, row in rows.items()},
                     {r: row["id"] for r, row in rows.items()})


def in_flight_post(world: ExecWorld, killed) -> str | None:
    """The role whose rerun POST was on the wire when the kill came, if any."""
    match = RERUN.match(killed.path) if killed.method == "POST" else None
    return next((role for role, wf in world.wf.items() if match and wf == match.group(1)), None)


def settle(world: ExecWorld) -> int:
    """A proposal can only be left ``executing`` when the kill fell between that commit and the POST:
    run the executor once past the reconciliation grace, as the daemon would later. Returns how
    many needed it."""
    app = open_app(world.config)
    try:
        stuck = app.store.db.execute("select count(*) from proposals where status = 'executing'").fetchone()[0]
        if stuck:
            execute_cycle(app, utcnow() + timedelta(seconds=130))
        return int(stuck)
    finally:
        app.close()


def statuses_of(world: ExecWorld) -> dict[str, str]:
    app = open_app(world.config)
    try:
        return {role: queue.get(app.store, pid)["status"] for role, pid in world.ids.items()}
    finally:
        app.close()


def assert_reruns_recorded_as_sent(world: ExecWorld) -> None:
    """Each executed rerun names the workflow CircleCI created for it, and was executed once."""
    app = open_app(world.config)
    try:
        created = {old: new for old, new in world.sim.reruns}
        rows = list(app.store.db.query("select original_workflow_id, new_workflow_id from reruns"))
        sent = {wf: created[wf] for wf in (world.wf["approved-a"], world.wf["approved-b"])}
        assert {r["original_workflow_id"]: r["new_workflow_id"] for r in rows} == sent
        executed = Counter(r["proposal_id"] for r in app.store.db.query(
            "select proposal_id from audit_log where to_status = 'executed'"))
        assert set(executed.values()) == {1}
    finally:
        app.close()


def assert_report_filed_once(world: ExecWorld) -> None:
    app = open_app(world.config)
    try:
        reports = list(app.store.db.query("select proposal_id from reports"))
        assert [r["proposal_id"] for r in reports] == [world.ids["report"]]
        files = list((world.config.parent / "reports").rglob("*.md"))
        assert len(files) == 1, files
    finally:
        app.close()


EXEC_POINTS = {
    "expire-check-1": Point(1, WORKFLOWS),
    "expire-check-of-the-expiring-one": Point(3, WORKFLOWS),
    "expire-check-4": Point(4, WORKFLOWS),
    "recheck-before-first-post": Point(5, WORKFLOWS),
    "first-rerun-post": Point(6, POST_RERUN),
    "recheck-before-second-post": Point(7, WORKFLOWS),
    "second-rerun-post": Point(8, POST_RERUN),
    "follow-up-1": Point(9, WORKFLOW),
    "follow-up-2": Point(10, WORKFLOW),
}


@pytest.mark.slow
@pytest.mark.parametrize("point", list(EXEC_POINTS.values()), ids=list(EXEC_POINTS))
def test_an_execution_killed_at_any_step_sends_each_approved_rerun_exactly_once(tmp_path, point):
    world = exec_world(tmp_path)
    sim = world.sim
    try:
        slow = sim.inject("slow", times=None, seconds=SLOW)
        killed = run_and_kill(["execute"], world.config, sim, after_requests(sim, point.k))
        slow.clear()
        assert killed.killed and killed.requests == point.k
        assert re.search(point.stage, killed.path), killed.path
        in_flight = in_flight_post(world, killed)
        if in_flight:  # killed with the POST on the wire: the row said "executing" before it left
            assert statuses_of(world)[in_flight] == "executing"

        clean = run_cli("execute", "--json", config=world.config)
        assert clean.returncode == 0, clean.stderr
        if in_flight:  # ...so the restart found the rerun on CircleCI instead of sending it again
            reconciled = json.loads(clean.stdout)["reconciled"]
            assert [r["id"] for r in reconciled] == [world.ids[in_flight]]
            assert reconciled[0]["outcome"].startswith("executed: found rerun workflow")
        assert settle(world) == 0
        print(f"execute kill at request {point.k} ({killed.method} {killed.path}): "
              f"POSTs {sorted(posts_by_workflow(sim).values())}")

        wf = world.wf
        assert posts_by_workflow(sim) == Counter({wf["approved-a"]: 1, wf["approved-b"]: 1})
        assert all(r.json == {"from_failed": True} for r in sim.write_requests())
        assert statuses_of(world) == {
            "approved-a": "executed", "approved-b": "executed", "expired": "expired",
            "rejected": "rejected", "pending": "pending", "report": "executed",
        }
        assert_reruns_recorded_as_sent(world)
        assert_report_filed_once(world)
    finally:
        sim.stop()


APPROVE_POINTS = {
    "expire-check-1": Point(1, WORKFLOWS),
    "expire-check-5": Point(5, WORKFLOWS),
    "recheck-before-post": Point(6, WORKFLOWS),
    "rerun-post": Point(7, POST_RERUN),
}


@pytest.mark.slow
@pytest.mark.parametrize("point", list(APPROVE_POINTS.values()), ids=list(APPROVE_POINTS))
def test_approve_and_execute_killed_at_any_step_sends_the_rerun_exactly_once(tmp_path, point):
    world = exec_world(tmp_path, decide=False)
    sim = world.sim
    try:
        target = world.ids["pending"]
        slow = sim.inject("slow", times=None, seconds=SLOW)
        killed = run_and_kill(["approvals", "approve", str(target), "--execute"], world.config, sim,
                              after_requests(sim, point.k))
        slow.clear()
        assert killed.killed and killed.requests == point.k
        assert re.search(point.stage, killed.path), killed.path
        assert statuses_of(world)["pending"] == ("executing" if in_flight_post(world, killed) else "approved")

        clean = run_cli("execute", config=world.config)
        assert clean.returncode == 0, clean.stderr
        assert settle(world) == 0

        assert posts_by_workflow(sim) == Counter({world.wf["pending"]: 1})
        assert statuses_of(world) == {role: ("executed" if role == "pending" else "pending") for role in world.ids}
    finally:
        sim.stop()
