"""API requests per poll cycle when nothing new happens, by project count, organizations and poll strategy.

Each run: a first cycle over a bulk scenario (it discovers the projects and triages what the
last 24 hours hold), then an hour of idle cycles every 300 s of scenario time (12 cycles; the
60-minute rediscovery falls in the last one). Nothing new is ever added (``idle=True``).

Two shapes of history:
- spread: the projects' latest pipelines are spread over the past day (n/2 failures in 24 h,
  older green pipelines); the realistic case.
- dense: every project's latest pipeline is within n seconds of the others (n green
  pipelines, no failures); the worst case for the 10-minute overlap the poller re-reads
  behind its cursor.

Usage: python benchmarks/idle_cost.py [--quick]
"""

from __future__ import annotations

import tempfile

from _common import SimProcess, Timer, header, make_app, parse_args, progress, table

from triage_agent.pipeline.run import run_poll_cycle

INTERVAL = 300  # seconds between cycles (polling.interval_seconds default)
IDLE_CYCLES = 12  # one hour


def run(n_projects: int, orgs: int, strategy: str, shape: str) -> dict:
    """First cycle then an hour of idle cycles; the request counts of each."""
    n_failed = n_projects // 2 if shape == "spread" else 0
    with SimProcess(n_projects=n_projects, n_failed_jobs=n_failed, orgs=orgs, idle=True, seed=1) as sim, \
            tempfile.TemporaryDirectory() as tmp:
        # An explicit list read project by project (poll_strategy = "project"; an explicit list of
        # followed projects would use the org feed, like the followed rows).
        sections = {"circleci": {"projects": sim.projects, "poll_strategy": "project"}} if strategy == "project" else {}
        app = make_app(sim.base_url, sim.token, tmp, **sections)
        try:
            with Timer() as t:
                first = run_poll_cycle(app, sim.now())
            idle = []
            for _ in range(IDLE_CYCLES):
                sim.advance(INTERVAL)
                idle.append(run_poll_cycle(app, sim.now()))
        finally:
            app.close()
    steady = idle[1:]  # after the first idle cycle
    endpoints: dict[str, int] = {}
    for s in steady:
        for k, v in s.requests_by_endpoint.items():
            endpoints[k] = endpoints.get(k, 0) + v
    return {
        "first": first.requests, "first_failures": len(first.new_failures), "first_seconds": t.seconds,
        "idle1": idle[0].requests, "idle1_endpoints": idle[0].requests_by_endpoint,
        "hour_mean": sum(s.requests for s in idle) / len(idle),
        "steady_mean": sum(s.requests for s in steady) / len(steady),
        "steady_min": min(s.requests for s in steady), "steady_max": max(s.requests for s in steady),
        "steady_endpoints": {k: round(v / len(steady), 2) for k, v in sorted(endpoints.items())},
    }


def endpoint_text(counts: dict[str, float]) -> str:
    short = {"GET /pipeline?org-slug": "org feed", "GET /project/{slug}/pipeline": "project list",
             "GET /pipeline/{id}/workflow": "workflows", "GET /me/collaborations": "collaborations",
             "GET /v1.1/projects": "v1.1 projects", "GET /project/{slug}": "resolution"}
    return ", ".join(f"{short.get(k, k)} {v:g}" for k, v in counts.items()) or "none"


def main() -> None:
    args = parse_args(__doc__.splitlines()[0])
    sizes = (10, 100) if args.quick else (10, 100, 1000)
    header("Idle cost: API requests per poll cycle with nothing new", "python benchmarks/idle_cost.py"
           + (" --quick" if args.quick else ""))
    setups = [("followed, auto: org feed", 1, "auto"), ("followed, auto: org feed", 4, "auto"),
              ("per project (explicit list), adaptive", 1, "project")]
    results = []
    for shape in ("spread", "dense"):
        for label, orgs, strategy in setups:
            for n in sizes:
                if n < orgs:
                    continue
                progress("idle_cost: %s, %d projects, %d org(s), %s history", label, n, orgs, shape)
                r = run(n, orgs, strategy, shape)
                shown = label
                if strategy == "auto" and n / orgs > 250:
                    shown = "followed, auto: > 250 per org, so org feed + adaptive listing"
                results.append((shape, shown, orgs, strategy, n, r))
    for shape in ("spread", "dense"):
        print(f"### {shape} history\n")
        rows = []
        for s, label, orgs, strategy, n, r in results:
            if s != shape:
                continue
            feed = strategy == "auto"
            units, unit = (orgs, "org") if feed else (n, "project")
            rows.append([
                label, n, orgs, r["first"], r["first_failures"], r["idle1"],
                f"{r['steady_mean']:.2f} ({r['steady_min']}-{r['steady_max']})",
                f"{r['hour_mean']:.2f}", f"{r['steady_mean'] / units:.2f} per {unit}",
                endpoint_text(r["steady_endpoints"]),
            ])
        print(table(["strategy", "projects", "orgs", "cycle 1", "failures in cycle 1", "1st idle cycle",
                     "idle cycles 3-13: mean (min-max)", "mean over the hour", "steady cost",
                     "steady requests by endpoint (mean per cycle)"], rows, align="lrrrrrrrll"))
        print()
    print("First idle cycle by endpoint (where it differs from the steady state):\n")
    for shape, label, orgs, _, n, r in results:
        if r["idle1"] > r["steady_max"]:
            print(f"- {shape}, {label}, {n} projects, {orgs} org(s): {r['idle1']} requests "
                  f"({endpoint_text(r['idle1_endpoints'])})")
    print()


if __name__ == "__main__":
    main()
