r"""What following a person's rerun of a waiting probe costs in CircleCI requests.

A probe (``policy.probe_reruns``) is approved; before the executor runs, a person reruns the workflow from the web
app. The executor's re-check finds the newer run and sends nothing. The rerun passes 20 minutes later. The script
counts the simulator's requests in each step of the cycles that follow, from the re-check until the probe is settled
(a probe measured by the person's rerun, or its report proposed), and prints what became of the probe.

    python benchmarks/person_rerun_cost.py

The "before" figure of BENCHMARKS 12.1 is this command run on an export of the commit before the change (its
pipeline code proposed the report at once and found the person's rerun only at the pipeline's 20-minute re-read).
"""

from __future__ import annotations

import tempfile
from collections import Counter
from datetime import UTC, datetime, timedelta

from _common import header, make_app, parse_args, table

from triage_agent.pipeline.actions import execute_cycle
from triage_agent.pipeline.execute import execute_approved
from triage_agent.pipeline.run import run_poll_cycle
from triage_agent.simulator import Scenario, Simulator
from triage_agent.store import queue

FLAKY = """\
============================= FAILURES =============================
________________________ test_drains_queue _________________________
>       assert worker.processed == 4
E       assert 3 == 4
tests/test_worker.py:41: AssertionError
=================== 1 failed, 212 passed in 3.02s ===================
Exited with code exit status 1
"""
START = datetime(2026, 11, 3, 10, 0, tzinfo=UTC)


def endpoint(path: str) -> str:
    """A request's endpoint with its ids left out: ``/api/v2/pipeline/<id>/workflow``, ``/api/v2/pipeline``."""
    parts = path.split("?")[0].split("/")
    return "/".join(p if p in ("", "api", "v2", "pipeline", "workflow", "project", "job", "me") or not p else "<id>"
                    for p in parts)


def scenario() -> Scenario:
    sc = Scenario(seed=42, hold_reruns=True, now=START, frozen_clock=True)
    sc.add_project("gh/acme/worker")
    tests = [Scenario.test("test_drains_queue", classname="tests.test_worker", message="assert 3 == 4",
                           file="tests/test_worker.py")]
    sc.add_pipeline("gh/acme/worker", created_at=timedelta(minutes=30), workflows=[Scenario.workflow("ci", jobs=[
        Scenario.job("build", duration=60),
        Scenario.job("test", status="failed", log=FLAKY, tests=tests, requires=["build"], rerun="pass")])])
    return sc


def main() -> int:
    parse_args(__doc__.splitlines()[0])
    header("Following a person's rerun of a waiting probe", "python benchmarks/person_rerun_cost.py")
    rows = []
    with Simulator(scenario()) as sim, tempfile.TemporaryDirectory() as state:
        app = make_app(sim.base_url, sim.token, state, policy={"probe_reruns": True})
        try:
            now = sim.now()
            run_poll_cycle(app, now)
            pending = queue.list_proposals(app.store, "pending")
            if [p["kind"] for p in pending] != ["probe"]:
                print(f"no probe was proposed ({[p['kind'] for p in pending]}): nothing to measure")
                return 1
            probe = pending[0]["id"]
            queue.approve(app.store, probe, "benchmark", now)
            sim.rerun_by_person(pending[0]["workflow_id"])

            def step(name, run):
                before = len(sim.requests)
                run()
                made = sim.requests[before:]
                kinds = Counter(f"{r.method} {endpoint(r.path)}" for r in made)
                rows.append((name, len(made), ", ".join(f"{k}: {n}" for k, n in sorted(kinds.items())) or "-"))

            step("executor's re-check (probe expired, nothing sent)",
                 lambda: execute_approved(app.store, app.provider, app.sinks, app.config.policy, now))
            step("poll cycle, +1 min", lambda: run_poll_cycle(app, now + timedelta(minutes=1)))
            sim.complete_reruns()
            step("poll cycle, +20 min (their rerun passed)", lambda: run_poll_cycle(app, now + timedelta(minutes=20)))
            step("follow-up, +20.5 min", lambda: execute_cycle(app, now + timedelta(minutes=20, seconds=30)))
            step("poll cycle, +21 min", lambda: run_poll_cycle(app, now + timedelta(minutes=21)))
            events = [r["event"] for r in app.store.db.query(
                "select event from audit_log where proposal_id = ? and event like 'probe %' order by id", [probe])]
            reports = [p["id"] for p in queue.list_proposals(app.store) if p["action"] == "file_report"]
        finally:
            app.close()
    print(table(["step", "requests", "by method and endpoint"], rows, align="lrl"))
    after = sum(n for name, n, _ in rows[1:])
    print(f"\nAfter the re-check: {after} requests; writes: "
          f"{sum(1 for r in sim.requests if r.method != 'GET')}. The probe ended: {', '.join(events) or 'unsettled'}; "
          f"report proposals: {len(reports)}.")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
