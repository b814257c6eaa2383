"""API requests to collect the evidence of one failed job, by kind of failure, flaky cache cold and warm.

Each case is a project of its own with two identical failed pipelines: the first failure is
collected with the project's flaky-test cache cold, the second with it warm. Detection (the
pipeline's workflows and the failed workflow's jobs) is counted apart from evidence (test
metadata, v1.1 steps, step output, flaky tests). Evidence is gathered by the same function the
cycle uses (``evidence.collect``), one failure at a time, so each request is attributed to the
failure that caused it.

The simulator models one failing node per parallel job; for the "several failing nodes" cases
this script wraps the simulator's step synthesis so the first k nodes of those jobs fail the
same step (benchmark-only; the library is not touched).

Usage: python benchmarks/cost_per_failure.py [--quick]
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

from _common import Timer, header, make_app, parse_args, progress, table

from triage_agent.pipeline import collect as evidence_mod
from triage_agent.pipeline.intake.polling import poll
from triage_agent.simulator import Scenario, Simulator, bulk_scenario, render, server, steps
from triage_agent.simulator import logs as sim_logs
from triage_agent.simulator.faults import FaultKind
from triage_agent.store import evidence as evidence_store

EVIDENCE_ENDPOINTS = {
    "GET /project/{slug}/{number}/tests": "tests",
    "GET /v1.1/project/{vcs}/{org}/{repo}/{number}": "v1.1 job",
    "GET output_url": "step output",
    "GET /insights/{slug}/flaky-tests": "flaky tests",
}
DETECTION_ENDPOINTS = {"GET /pipeline/{id}/workflow": "workflows", "GET /workflow/{id}/job": "jobs"}

# --------------------------------------------------------------------------- several failing nodes

_MULTI_FAIL: dict[str, int] = {}  # job id -> how many nodes fail
_original_build_actions = steps.build_actions


def _build_actions_multi(job: Any) -> list:
    """The simulator's actions, with the first k nodes failing the failing step (k from _MULTI_FAIL)."""
    out = _original_build_actions(job)
    k = _MULTI_FAIL.get(job.id)
    if not k:
        return out
    for _, actions in out:
        failed = next((a for a in actions if a.failed), None)
        if failed is None:
            continue
        for a in actions:
            if a.index < k and not a.failed:
                a.status, a.failed, a.exit_code, a.output_kind = failed.status, True, failed.exit_code, "log"
    return out


render.build_actions = _build_actions_multi
server.build_actions = _build_actions_multi


# --------------------------------------------------------------------------- the cases


@dataclass
class Case:
    name: str
    job: dict[str, Any]
    failing_nodes: int = 0  # > 1: several nodes fail (patched)
    before: Callable[[Simulator], Any] | None = None  # run before collecting each failure
    after: Callable[[Simulator], Any] | None = None
    note: str = ""
    counts: list[dict[str, int]] = field(default_factory=list)  # per failure: endpoint -> requests
    problems: list[list[str]] = field(default_factory=list)


def _pytest_tests(n_failed: int) -> list:
    return [Scenario.test(f"test_total_{i}", classname="tests.unit.test_orders",
                          file="tests/unit/test_orders.py", message=f"AssertionError: assert {i} == {i + 1}")
            for i in range(n_failed)]


def cases() -> list[Case]:
    pytest_fail = sim_logs.bulk_failure(4, 11)  # pytest assertion with one failed test
    flaky = sim_logs.bulk_failure(5, 12)  # a test CircleCI lists as flaky
    return [
        Case("log only, no test metadata (npm ECONNRESET)",
             {"status": "failed", "log": sim_logs.NPM_ECONNRESET, "failing_step": "Install dependencies",
              "exit_code": 1}),
        Case("failed tests (pytest, 1 failed + 3 passed)",
             {"status": "failed", "log": pytest_fail.log, "exit_code": 1, "tests": pytest_fail.tests}),
        Case("known-flaky test",
             {"status": "failed", "log": flaky.log, "exit_code": 1, "tests": flaky.tests},
             note="flaky"),
        Case("many failed tests (60 failed + 40 passed: 5 pages of 20)",
             {"status": "failed", "log": pytest_fail.log, "exit_code": 1, "tests": _pytest_tests(60),
              "passing_tests": 40}),
        Case("1 failed + 2,000 passed tests (100 pages of 20)",
             {"status": "failed", "log": pytest_fail.log, "exit_code": 1, "tests": pytest_fail.tests,
              "passing_tests": 2000}),
        Case("a 5,000-test job: 1 failed + 4,999 passed, the failure listed last (250 pages of 20)",
             {"status": "failed", "log": pytest_fail.log, "exit_code": 1, "tests": pytest_fail.tests,
              "passing_tests": 4999, "failed_tests_last": True}),
        Case("infrastructure_fail (docker pull rate limit)",
             {"status": "infrastructure_fail", "log": sim_logs.bulk_failure(2, 13).log,
              "failing_step": "Spin up environment"}),
        Case("timedout (no output for 10 min)",
             {"status": "timedout", "log": sim_logs.bulk_failure(3, 14).log}),
        Case("parallelism 4, one node fails",
             {"status": "failed", "log": pytest_fail.log, "exit_code": 1, "tests": pytest_fail.tests,
              "parallelism": 4, "failing_node": 2}),
        Case("parallelism 8, three nodes fail",
             {"status": "failed", "log": pytest_fail.log, "exit_code": 1, "tests": pytest_fail.tests,
              "parallelism": 8}, failing_nodes=3),
        Case("parallelism 8, all eight nodes fail",
             {"status": "failed", "log": pytest_fail.log, "exit_code": 1, "tests": pytest_fail.tests,
              "parallelism": 8}, failing_nodes=8),
        Case("output URL expired once (refreshed)",
             {"status": "failed", "log": sim_logs.GO_OOM_KILLED, "exit_code": 137},
             before=lambda sim: sim.inject(FaultKind.EXPIRED_OUTPUT, times=1)),
        Case("output URLs expired for good",
             {"status": "failed", "log": sim_logs.GO_OOM_KILLED, "exit_code": 137},
             before=lambda sim: sim.expire_output_urls(True), after=lambda sim: sim.expire_output_urls(False)),
        Case("huge log (400,000 chars, truncated by CircleCI)",
             {"status": "failed", "log": ("npm http fetch GET 200 https://registry.npmjs.org/x 12ms\n" * 8000)
              + sim_logs.NPM_ECONNRESET, "failing_step": "Install dependencies", "exit_code": 1}),
    ]


def build_scenario(the_cases: list[Case]) -> Scenario:
    sc = Scenario(seed=5, page_size=20)
    for i, case in enumerate(the_cases):
        slug = f"gh/bench/case-{i:02d}"
        flaky = []
        if case.note == "flaky":
            flaky = [Scenario.flaky_test(t.name, classname=t.classname, times_flaked=4) for t in case.job["tests"]]
        sc.add_project(slug, flaky_tests=flaky)
        for k in range(2):  # first: flaky cache cold; second: warm
            p = sc.add_pipeline(slug, created_at=timedelta(minutes=40 - 10 * k), workflows=[
                Scenario.workflow("build-test", jobs=[
                    Scenario.job("build", duration=30),
                    Scenario.job("test", requires=["build"], duration=120, rerun="fail", **case.job),
                ])])
            if case.failing_nodes > 1:
                _MULTI_FAIL[p.workflows[0].jobs[1].id] = case.failing_nodes
    return sc


def diff(after: dict[str, int], before: dict[str, int]) -> dict[str, int]:
    return {k: v - before.get(k, 0) for k, v in after.items() if v - before.get(k, 0) > 0}


def measure_cases() -> tuple[list[Case], dict[str, float]]:
    the_cases = cases()
    sc = build_scenario(the_cases)
    with Simulator(sc) as sim, tempfile.TemporaryDirectory() as tmp:
        app = make_app(sim.base_url, sim.token, tmp)
        try:
            from triage_agent.pipeline.intake.discovery import discover, sync_projects

            now = sim.now()
            sync_projects(app.store, discover(app.provider, app.config.circleci, with_user=False, now=now), now)
            before = app.usage.by_endpoint()
            result = poll(app.provider, app.store, app.config.circleci, app.config.polling, now)
            detection = diff(app.usage.by_endpoint(), before)
            n_failures = len(result.new_failure_ids)
            rows = list(app.store.db.query("select * from failures order by id"))
            by_slug = {f"gh/bench/case-{i:02d}": c for i, c in enumerate(the_cases)}
            for row in rows:
                case = by_slug[row["project_slug"]]
                if case.before:
                    case.before(sim)
                before = app.usage.by_endpoint()
                ev = evidence_mod.collect(app.provider, app.store, row, app.config.polling, app.redactor, now,
                                          key_line=app.key_line)
                case.counts.append(diff(app.usage.by_endpoint(), before))
                case.problems.append(ev.problems)
                evidence_store.save_evidence(app.store, row["id"], ev, now)
                if case.after:
                    case.after(sim)
        finally:
            app.close()
    det = {DETECTION_ENDPOINTS.get(k, k): v / n_failures for k, v in detection.items()}
    return the_cases, det


def measure_bulk(n_projects: int, n_failed: int) -> dict[str, Any]:
    """The same measurement over the bulk scenario's mix of failure templates."""
    sc = bulk_scenario(n_projects, n_failed, idle=True, seed=2)
    per: list[dict[str, int]] = []
    with Simulator(sc) as sim, tempfile.TemporaryDirectory() as tmp:
        app = make_app(sim.base_url, sim.token, tmp)
        try:
            from triage_agent.pipeline.intake.discovery import discover, sync_projects

            now = sim.now()
            sync_projects(app.store, discover(app.provider, app.config.circleci, with_user=False, now=now), now)
            before = app.usage.by_endpoint()
            poll(app.provider, app.store, app.config.circleci, app.config.polling, now)
            detection = diff(app.usage.by_endpoint(), before)
            rows = list(app.store.db.query("select * from failures order by id"))
            for row in rows:
                before = app.usage.by_endpoint()
                ev = evidence_mod.collect(app.provider, app.store, row, app.config.polling, app.redactor, now,
                                          key_line=app.key_line)
                per.append(diff(app.usage.by_endpoint(), before))
                evidence_store.save_evidence(app.store, row["id"], ev, now)
        finally:
            app.close()
    return {"failures": len(per), "per": per, "detection": detection}


def short_problems(problems: list[str]) -> str:
    """The evidence's problem notes, without the S3 error body some of them quote."""
    if not problems:
        return "-"
    return "; ".join(p.split(": <?xml")[0].split(":", 2)[0] if "<?xml" in p else p for p in problems)[:80]


def endpoint_cells(counts: dict[str, int]) -> list[int]:
    return [counts.get(ep, 0) for ep in EVIDENCE_ENDPOINTS]


def main() -> None:
    args = parse_args(__doc__.splitlines()[0])
    header("Cost per failure: API requests to collect one failed job's evidence",
           "python benchmarks/cost_per_failure.py" + (" --quick" if args.quick else ""))
    progress("cost_per_failure: %d hand-made cases", len(cases()))
    with Timer() as t:
        the_cases, detection = measure_cases()
    names = list(EVIDENCE_ENDPOINTS.values())
    rows = []
    all_counts: list[dict[str, int]] = []
    for case in the_cases:
        for label, counts, problems in zip(("cold", "warm"), case.counts, case.problems, strict=True):
            all_counts.append(counts)
            rows.append([case.name if label == "cold" else "", label, *endpoint_cells(counts),
                         sum(counts.values()), short_problems(problems)])
    print("### Hand-made cases (each collected with the flaky-test cache cold, then warm)\n")
    print(table(["case", "flaky cache", *names, "total", "problems noted in the evidence"], rows,
                align="ll" + "r" * (len(names) + 1) + "l"))
    print()
    totals = [sum(c.values()) for c in all_counts]
    summary = [["all evidence requests", f"{sum(totals) / len(totals):.2f}", max(totals)]]
    for ep, name in EVIDENCE_ENDPOINTS.items():
        vals = [c.get(ep, 0) for c in all_counts]
        summary.append([name, f"{sum(vals) / len(vals):.2f}", max(vals)])
    print(f"Over these {len(all_counts)} failures (wall time {t.seconds:.1f} s):\n")
    print(table(["endpoint", "mean per failure", "max per failure"], summary))
    print()
    det = ", ".join(f"{k} {v:.2f}" for k, v in sorted(detection.items()))
    print(f"Detection before evidence (one failed job per failed workflow here): {det} requests per failure.\n")

    n_projects, n_failed = (20, 100) if args.quick else (100, 500)
    progress("cost_per_failure: bulk mix, %d failures over %d projects", n_failed, n_projects)
    with Timer() as t:
        bulk = measure_bulk(n_projects, n_failed)
    per = bulk["per"]
    totals = [sum(c.values()) for c in per]
    rows = [["all evidence requests", f"{sum(totals) / len(totals):.2f}", max(totals)]]
    for ep, name in EVIDENCE_ENDPOINTS.items():
        vals = [c.get(ep, 0) for c in per]
        rows.append([name, f"{sum(vals) / len(vals):.2f}", max(vals)])
    det = {DETECTION_ENDPOINTS.get(k, k): v for k, v in bulk["detection"].items()}
    det_per = sum(v for k, v in det.items() if k in ("workflows", "jobs")) / bulk["failures"]
    feed = bulk["detection"].get("GET /pipeline?org-slug", 0) / bulk["failures"]
    print(f"### Bulk mix: {bulk['failures']} failures over {n_projects} projects (bulk_scenario templates)\n")
    print(table(["endpoint", "mean per failure", "max per failure"], rows))
    print()
    print(f"Detection: {det_per:.2f} requests per failure (workflows + jobs) plus {feed:.3f} org-feed pages "
          f"per failure; evidence + detection = {sum(totals) / len(totals) + det_per + feed:.2f} requests per "
          f"failure. Wall time {t.seconds:.1f} s (simulator in-process).\n")


if __name__ == "__main__":
    main()
