"""triage-agent against the official CircleCI MCP server's strategy, on the same simulated scenarios.

The baseline follows what CircleCI's MCP server does to fetch failure logs (its
``get_build_failure_logs`` tool; see shared/circleci/API_NOTES.md), asked once for every
followed project and every branch:

1. ``GET /api/v1.1/projects`` once, for the followed projects and their branches;
2. per (project, branch): ``GET /project/{slug}/pipeline?branch=B`` and take the LATEST pipeline
   (whatever its status; one page);
3. its workflows, then the jobs of every workflow;
4. v1.1 details of EVERY job that has a number (passed or not);
5. two raw-output calls per failed action (the MCP server calls the private ``output`` and
   ``error`` endpoints, which the simulator does not have; this script fetches the action's
   ``output_url`` twice instead: same number of requests).

Every phase goes out at once in batches of 40 concurrent requests with a 2 s pause between
batches; no retries; Retry-After ignored; 404 and 429 become empty results. It classifies
nothing and queues nothing. triage-agent runs its normal cycle (discover, poll, collect,
classify offline, decide, enqueue) against an identical scenario (same seed) in a fresh
simulator. "Idle" is a second pass with nothing new (for triage-agent, its next cycle).

Usage: python benchmarks/mcp_baseline.py [--quick]
"""

from __future__ import annotations

import tempfile
import threading
import time
from collections import Counter
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any
from urllib.parse import unquote

import httpx
from _common import SimProcess, Timer, header, make_app, parse_args, progress, table

from triage_agent.pipeline.run import run_poll_cycle
from triage_agent.providers.circleci.client import v11_project_path

BATCH = 40
PAUSE = 2.0
OUTPUT_TRUNCATE = 50_000


class MCPBaseline:
    """The MCP server's log-fetching strategy as a script (httpx, no retries, batches of 40)."""

    def __init__(self, base_url: str, token: str) -> None:
        self.http = httpx.Client(base_url=base_url, headers={"Circle-Token": token}, timeout=30.0,
                                 limits=httpx.Limits(max_connections=BATCH, max_keepalive_connections=BATCH))
        self.statuses: Counter[int] = Counter()
        self.requests = 0
        self._lock = threading.Lock()
        self._pool = ThreadPoolExecutor(max_workers=BATCH)

    def close(self) -> None:
        self._pool.shutdown()
        self.http.close()

    def _get(self, url: str, *, params: dict[str, str] | None = None) -> Any:
        """One GET; errors (404, 429, 5xx, bad JSON) become None, like the MCP server's empty results."""
        try:
            r = self.http.get(url, params=params)
        except httpx.HTTPError:
            with self._lock:
                self.requests += 1
                self.statuses[0] += 1
            return None
        with self._lock:
            self.requests += 1
            self.statuses[r.status_code] += 1
        if r.status_code != 200:
            return None
        try:
            return r.json()
        except ValueError:
            return None

    def _batched(self, calls: list[Callable[[], Any]]) -> list[Any]:
        """Fire calls 40 at a time, 2 s apart, no retries."""
        out: list[Any] = []
        for start in range(0, len(calls), BATCH):
            if start:
                time.sleep(PAUSE)
            out.extend(self._pool.map(lambda f: f(), calls[start:start + BATCH]))
        return out

    def run_pass(self) -> dict[str, Any]:
        projects = self._get("/api/v1.1/projects") or []
        targets = []
        for p in projects:
            if not p.get("followed", True):
                continue
            slug = "gh/" + p["username"] + "/" + p["reponame"]
            for branch in sorted(unquote(b) for b in (p.get("branches") or {})):
                targets.append((slug, branch))
        latest = self._batched([
            (lambda s=slug, b=branch: self._get(f"/api/v2/project/{s}/pipeline", params={"branch": b}))
            for slug, branch in targets])
        pipelines = [(slug, (page.get("items") or [None])[0]) for (slug, _), page in zip(targets, latest, strict=True)
                     if page and page.get("items")]
        wf_pages = self._batched([(lambda p=p: self._get(f"/api/v2/pipeline/{p['id']}/workflow"))
                                  for _, p in pipelines])
        workflows = [(slug, wf) for (slug, _), page in zip(pipelines, wf_pages, strict=True) if page
                     for wf in page.get("items", [])]
        job_pages = self._batched([(lambda w=wf: self._get(f"/api/v2/workflow/{w['id']}/job"))
                                   for _, wf in workflows])
        jobs = [(slug, job) for (slug, _), page in zip(workflows, job_pages, strict=True) if page
                for job in page.get("items", []) if job.get("job_number") is not None]
        details = self._batched([
            (lambda s=slug, n=job["job_number"]: self._get(f"/api/v1.1/project/{v11_project_path(s)}/{n}"))
            for slug, job in jobs])
        failed_actions = []
        for (slug, job), detail in zip(jobs, details, strict=True):
            for step in (detail or {}).get("steps") or []:
                for action in step.get("actions") or []:
                    if action.get("failed") is True:
                        failed_actions.append((slug, job["job_number"], action))
        with_url = [(slug, number, action["output_url"]) for slug, number, action in failed_actions
                    if action.get("output_url")]
        calls = []
        for _, _, url in with_url:  # the "output" and the "error" call
            calls += [(lambda u=url: self._get(u)), (lambda u=url: self._get(u))]
        outputs = self._batched(calls)
        got_logs = set()
        for i, (slug, number, _) in enumerate(with_url):
            out = outputs[2 * i]
            if out:
                text = "".join(o.get("message", "") for o in out)[-OUTPUT_TRUNCATE:]
                if text:
                    got_logs.add((slug, number))
        failed_jobs = {(slug, job["job_number"]) for slug, job in jobs
                       if job.get("status") in ("failed", "timedout", "infrastructure_fail")}
        return {"targets": len(targets), "failed_jobs_seen": len(failed_jobs), "logs": len(got_logs)}


def run_baseline(scenario: dict[str, Any], rpm: int | None, with_idle: bool = True) -> dict[str, Any]:
    with SimProcess(**scenario) as sim:
        if rpm:
            sim.set_rate_limit(rpm)
        mcp = MCPBaseline(sim.base_url, sim.token)
        try:
            with Timer() as t1:
                first = mcp.run_pass()
            r1, s1 = mcp.requests, dict(mcp.statuses)
            idle: dict[str, Any] = {}
            t2 = Timer()
            if with_idle:
                sim.advance(300)
                with t2:
                    idle = mcp.run_pass()
        finally:
            mcp.close()
        return {"pass": dict(first, requests=r1, seconds=t1.seconds, statuses=s1),
                "idle": dict(idle, requests=mcp.requests - r1, seconds=t2.seconds,
                             statuses={k: v - s1.get(k, 0) for k, v in mcp.statuses.items()}),
                "truth": len(sim.truth)}


def run_agent(scenario: dict[str, Any], rpm: int | None) -> dict[str, Any]:
    with SimProcess(**scenario) as sim, tempfile.TemporaryDirectory() as tmp:
        if rpm:
            sim.set_rate_limit(rpm)
        sections: dict[str, Any] = {"circleci": {"page_cap": 1000}}
        if rpm:
            sections["polling"] = {"requests_per_minute": rpm}
        app = make_app(sim.base_url, sim.token, tmp, **sections)
        try:
            with Timer() as t1:
                first = run_poll_cycle(app, sim.now())
            s1 = app.usage.by_status()
            sim.advance(300)
            with Timer() as t2:
                idle = run_poll_cycle(app, sim.now())
            with_logs = app.store.db.execute(
                "select count(*) from evidence where log_excerpt != ''").fetchone()[0]
            s2 = app.usage.by_status()
        finally:
            app.close()
        return {"pass": {"requests": first.requests, "seconds": t1.seconds, "failed_jobs_seen": len(first.new_failures),
                         "logs": with_logs, "statuses": s1,
                         "verdicts": sum(1 for f in first.new_failures if f.get("verdict")),
                         "proposals": first.proposals_created},
                "idle": {"requests": idle.requests, "seconds": t2.seconds,
                         "statuses": {k: v - s1.get(k, 0) for k, v in s2.items()}}}


def main() -> None:
    args = parse_args(__doc__.splitlines()[0])
    header("triage-agent vs the CircleCI MCP server's strategy",
           "python benchmarks/mcp_baseline.py" + (" --quick" if args.quick else ""))
    if args.quick:
        scenarios = [("20 projects, 20 failures", {"n_projects": 20, "n_failed_jobs": 20}, None, True),
                     ("20 projects, 60 failures", {"n_projects": 20, "n_failed_jobs": 60}, None, False)]
    else:
        scenarios = [("100 projects, 100 failures", {"n_projects": 100, "n_failed_jobs": 100}, None, True),
                     ("100 projects, 300 failures", {"n_projects": 100, "n_failed_jobs": 300}, None, False),
                     ("100 projects, 100 failures, CircleCI at 600 requests/min",
                      {"n_projects": 100, "n_failed_jobs": 100}, 600, False)]
    rows = []
    for label, kwargs, rpm, with_idle in scenarios:
        scenario = dict(kwargs, idle=True, seed=3)
        progress("mcp_baseline: %s: MCP strategy", label)
        base = run_baseline(scenario, rpm, with_idle)
        progress("mcp_baseline: %s: triage-agent", label)
        agent = run_agent(scenario, rpm)
        for kind in ("pass", "idle") if with_idle else ("pass",):
            b, a = base[kind], agent[kind]
            what = "pass with the failures" if kind == "pass" else "idle pass (nothing new)"
            if kind == "pass":
                seen_b = f"{b['failed_jobs_seen']} / {b['logs']}"
                seen_a = f"{a['failed_jobs_seen']} / {a['logs']}"
            else:
                seen_b, seen_a = f"{b['failed_jobs_seen']} / {b['logs']} (again)", "0 / 0"
            per_b = f"{b['requests'] / b['logs']:.1f}" if kind == "pass" and b["logs"] else "-"
            per_a = f"{a['requests'] / a['logs']:.1f}" if kind == "pass" and a["logs"] else "-"
            rows.append([label, what, base["truth"], b["requests"], a["requests"],
                         f"{b['requests'] / max(1, a['requests']):.1f}x", per_b, per_a,
                         f"{b['seconds']:.1f}", f"{a['seconds']:.1f}",
                         b["statuses"].get(429, 0), a["statuses"].get("429", 0), seen_b, seen_a])
    print(table(["scenario", "pass", "failed jobs in scenario", "MCP requests", "triage-agent requests",
                 "ratio (MCP / agent)", "MCP requests / failed job logged", "agent requests / failed job logged",
                 "MCP wall s", "triage-agent wall s", "MCP 429s", "agent 429s",
                 "MCP: failed jobs seen / with logs", "agent: failed jobs found / with logs"], rows,
                align="llrrrrrrrrrrrr"))
    print()
    print("triage-agent's pass also classifies every failure offline and queues proposals; the MCP "
          "strategy only fetches logs (an assistant would still have to read them). The MCP strategy "
          "sees only the latest pipeline of each branch, so older failures of the same branch are "
          "invisible to it; triage-agent reads every pipeline created in the last 24 hours.\n")


if __name__ == "__main__":
    main()
