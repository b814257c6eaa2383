"""Memory of the agent's process: peak RSS after triaging 10,000 failures, and RSS over 200 idle cycles.

Each measurement runs in a fresh worker process (this script started with ``--worker``) that
runs the daemon's poll function (``run_poll_cycle``) against a simulator in a child process of
its own, so the worker's numbers are the agent's alone. Peak RSS is the kernel's high-water
mark (VmHWM in /proc/self/status, and ru_maxrss); current RSS is VmRSS.

Usage: python benchmarks/memory.py [--quick]
"""

from __future__ import annotations

import gc
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from _common import SimProcess, Timer, header, make_app, parse_args, peak_rss_mib, progress, table

from triage_agent.pipeline.run import run_poll_cycle

INTERVAL = 300


def status_mib() -> dict[str, float]:
    """VmRSS and VmHWM of this process, in MiB."""
    out = {}
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(("VmRSS:", "VmHWM:")):
            key, value = line.split(":", 1)
            out[key] = int(value.split()[0]) / 1024
    return out


def snapshot(label: str, extra: dict[str, Any] | None = None) -> dict[str, Any]:
    gc.collect()
    s = status_mib()
    return {"at": label, "rss": s.get("VmRSS", 0.0), "hwm": s.get("VmHWM", 0.0), "maxrss": peak_rss_mib(),
            "objects": len(gc.get_objects()), **(extra or {})}


def worker_failures(n_failed: int, n_projects: int) -> list[dict[str, Any]]:
    """Triage a backlog of n_failed failures in one cycle; memory before and after."""
    points = []
    with SimProcess(n_projects=n_projects, n_failed_jobs=n_failed, idle=True, seed=0) as sim, \
            tempfile.TemporaryDirectory() as tmp:
        app = make_app(sim.base_url, sim.token, tmp, circleci={"page_cap": 1000})
        try:
            app.store, app.rules, app.provider  # noqa: B018 - build them before the first reading
            points.append(snapshot("before the first cycle"))
            with Timer() as t:
                summary = run_poll_cycle(app, sim.now())
            db_size = os.path.getsize(app.config.db_path) / 2**20
            points.append(snapshot(f"after triaging {len(summary.new_failures):,} failures",
                                   {"seconds": t.seconds, "db_mib": db_size}))
            sim.advance(INTERVAL)
            run_poll_cycle(app, sim.now())
            points.append(snapshot("after one more (idle) cycle"))
        finally:
            app.close()
    return points


def worker_idle(cycles: int, marks: list[int]) -> list[dict[str, Any]]:
    """A first cycle over a small history, then idle cycles every 300 s of scenario time."""
    points = []
    with SimProcess(n_projects=100, n_failed_jobs=50, idle=True, seed=1) as sim, \
            tempfile.TemporaryDirectory() as tmp:
        app = make_app(sim.base_url, sim.token, tmp)
        try:
            run_poll_cycle(app, sim.now())
            points.append(snapshot("after the first cycle (50 failures)"))
            requests = 0
            for i in range(1, cycles + 1):
                sim.advance(INTERVAL)
                requests += run_poll_cycle(app, sim.now()).requests
                if i in marks:
                    points.append(snapshot(f"after {i} idle cycles", {"requests": requests}))
        finally:
            app.close()
    return points


def run_worker(*args: str) -> list[dict[str, Any]]:
    cmd = [sys.executable, str(Path(__file__).resolve()), "--worker", *args]
    done = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"worker {' '.join(args)} failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "--worker":
        import logging

        logging.basicConfig(level=logging.ERROR)
        kind, *rest = sys.argv[2:]
        if kind == "failures":
            points = worker_failures(int(rest[0]), int(rest[1]))
        else:
            points = worker_idle(int(rest[0]), [int(x) for x in rest[1].split(",")])
        print(json.dumps(points))
        return

    args = parse_args(__doc__.splitlines()[0])
    header("Memory: peak RSS of the agent's process", "python benchmarks/memory.py" + (" --quick" if args.quick else ""))
    n_failed = 1000 if args.quick else 10000
    cycles, marks = (50, [10, 25, 50]) if args.quick else (200, [10, 50, 100, 200])

    progress("memory: triaging %d failures over 200 projects in a worker process", n_failed)
    points = run_worker("failures", str(n_failed), "200")
    print(f"### Triaging {n_failed:,} failures (200 projects, one org, offline classification)\n")
    rows = [[p["at"], f"{p['rss']:.1f}", f"{p['hwm']:.1f}", f"{p['maxrss']:.1f}", f"{p['objects']:,}",
             f"{p['seconds']:.0f}" if "seconds" in p else "", f"{p['db_mib']:.1f}" if "db_mib" in p else ""]
            for p in points]
    print(table(["moment", "RSS MiB", "peak RSS (VmHWM) MiB", "ru_maxrss MiB", "Python objects", "cycle s",
                 "SQLite file MiB"], rows))
    print()

    progress("memory: %d idle cycles in a worker process", cycles)
    points = run_worker("idle", str(cycles), ",".join(map(str, marks)))
    print(f"### {cycles} idle cycles (100 projects, one org; 300 s of scenario time apart)\n")
    base = points[0]["rss"]
    rows = [[p["at"], f"{p['rss']:.1f}", f"{p['rss'] - base:+.1f}", f"{p['hwm']:.1f}", f"{p['objects']:,}",
             p.get("requests", "")] for p in points]
    print(table(["moment", "RSS MiB", "change since the first cycle", "peak RSS MiB", "Python objects",
                 "API requests in the idle cycles so far"], rows))
    print()


if __name__ == "__main__":
    main()
