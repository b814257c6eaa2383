"""An organization with 1,000 followed projects: requests per idle cycle, and how long a failure of a
quiet project takes to be seen.

CircleCI's org feed (``GET /pipeline?org-slug=``) covers the followed projects with the most
recent builds, 250 at most. triage-agent reads it every cycle for those, and reads every other
project on its own, less often the longer it has not built (an eighth of its idle time, between
one cycle and ``polling.quiet_project_max_minutes``, 180 by default). Before, a single org with more
than 250 followed projects was listed project by project, every cycle: 1,000 requests per cycle.

Runs (bulk scenario: 1,000 projects in one org, 500 failures spread over the past day, nothing
new unless injected; cycles every 300 s of scenario time):

- followed, auto: the org feed for the 250 most recently built, adaptive listing for the rest;
- every project on its own (``poll_strategy = "project"``, e.g. projects the token user does not
  follow): adaptive listing for all 1,000;
- the old schedule, for comparison: every project on its own every cycle
  (``quiet_project_max_minutes = 5``, i.e. one cycle).

During the idle hours a failure is injected into a quiet project (one not covered by the feed)
every 30 minutes; the delay is from the failed pipeline's creation to the cycle that records it.

Usage: python benchmarks/adaptive_polling.py [--quick]
"""

from __future__ import annotations

import random
import statistics
import tempfile
from datetime import timedelta

from _common import SimProcess, Timer, header, make_app, parse_args, progress, table

from triage_agent.pipeline.run import run_poll_cycle

INTERVAL = 300
N_PROJECTS = 1000


def run(strategy: str, hours: float, *, quiet_max: int = 180, inject_every: int = 6, seed: int = 3) -> dict:
    cycles = int(hours * 3600 / INTERVAL)
    rng = random.Random(seed)
    with SimProcess(n_projects=N_PROJECTS, n_failed_jobs=N_PROJECTS // 2, orgs=1, idle=True, seed=1) as sim, \
            tempfile.TemporaryDirectory() as tmp:
        sections = {"circleci": {"poll_strategy": strategy},
                    "polling": {"quiet_project_max_minutes": quiet_max}}
        app = make_app(sim.base_url, sim.token, tmp, **sections)
        try:
            with Timer() as t:
                first = run_poll_cycle(app, sim.now())
            per_cycle, endpoints, delays = [], {}, []
            waiting: dict[str, float] = {}  # slug -> failure created at (epoch)
            for i in range(1, cycles + 1):
                if inject_every and i % inject_every == 0 and i > 12:
                    now = sim.now()
                    horizon = app.store.get_kv("feed_horizon:gh/bench-org-0") or ""
                    quiet = [r["slug"] for r in app.store.db.query(
                        "select slug, last_pipeline_at from projects where active = 1 "
                        "and (last_pipeline_at is null or last_pipeline_at < ?) "
                        "and (last_failure_at is null or last_failure_at < ?)",
                        [horizon if strategy == "auto" else "9999",
                         (now - timedelta(hours=6)).strftime("%Y-%m-%dT%H:%M:%S")])]
                    quiet = [s for s in quiet if s not in waiting]
                    if quiet:
                        slug = rng.choice(quiet)
                        waiting[slug] = sim.add_failure(slug)
                sim.advance(INTERVAL)
                now = sim.now()
                s = run_poll_cycle(app, now)
                per_cycle.append(s.requests)
                for k, v in s.requests_by_endpoint.items():
                    endpoints[k] = endpoints.get(k, 0) + v
                for slug, created in list(waiting.items()):
                    seen = app.store.db.execute(
                        "select count(*) from failures f join pipelines p on p.id = f.pipeline_id "
                        "where f.project_slug = ? and p.commit_subject = 'benchmark failure'", [slug]).fetchone()[0]
                    if seen:
                        delays.append(now.timestamp() - created)
                        del waiting[slug]
        finally:
            app.close()
    steady = per_cycle[len(per_cycle) // 3:]  # after the first third: the schedule has spread out
    return {
        "first": first.requests, "first_seconds": t.seconds, "cycles": len(per_cycle),
        "mean": statistics.mean(per_cycle), "max": max(per_cycle),
        "steady_mean": statistics.mean(steady), "steady_p50": statistics.median(steady),
        "steady_max": max(steady), "endpoints": {k: v / len(per_cycle) for k, v in sorted(endpoints.items())},
        "delays": delays, "unseen": len(waiting),
    }


def minutes(seconds: float) -> str:
    return f"{seconds / 60:.0f} min"


def main() -> None:
    args = parse_args(__doc__.splitlines()[0])
    hours = 4.0 if args.quick else 12.0
    header("Adaptive polling: 1,000 followed projects in one organization",
           "python benchmarks/adaptive_polling.py" + (" --quick" if args.quick else ""))
    runs = [("followed, auto: org feed (250) + adaptive listing", "auto", 180, hours),
            ("every project on its own, adaptive", "project", 180, hours),
            ("every project on its own, every cycle (the old schedule)", "project", 5, 2.0)]
    rows, delay_rows, endpoint_lines = [], [], []
    for label, strategy, quiet_max, h in runs:
        progress("adaptive_polling: %s, %.0f hours of cycles", label, h)
        r = run(strategy, h, quiet_max=quiet_max, inject_every=6 if quiet_max > 5 else 0)
        rows.append([label, r["first"], f"{r['first_seconds']:.0f} s", r["cycles"], f"{r['mean']:.1f}",
                     f"{r['steady_mean']:.1f}", f"{r['steady_p50']:.0f}", r["steady_max"], r["max"]])
        endpoint_lines.append(f"- {label}: " + ", ".join(f"{k} {v:.1f}" for k, v in r["endpoints"].items()))
        if r["delays"]:
            d = sorted(r["delays"])
            delay_rows.append([label, len(d), minutes(d[0]), minutes(statistics.median(d)), minutes(d[-1]),
                               r["unseen"]])
    print(table(["schedule", "cycle 1 requests", "cycle 1 time", "idle cycles", "mean per idle cycle",
                 "steady mean (last 2/3)", "steady median", "steady max", "max of any idle cycle"], rows,
                align="lrrrrrrrr"))
    print("\nRequests per idle cycle by endpoint (mean):\n")
    print("\n".join(endpoint_lines))
    print("\n### Delay before a failure of a quiet project is seen\n")
    print("A failed pipeline added to a project idle for at least 6 hours (and, for the org-feed run, "
          "outside the feed's 250 most recently built), every 30 minutes after the first hour; "
          "cycles every 5 minutes.\n")
    print(table(["schedule", "failures injected", "min", "median", "max", "not seen by the end"], delay_rows,
                align="lrrrrr"))
    print()


if __name__ == "__main__":
    main()
