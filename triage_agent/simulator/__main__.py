"""`python -m triage_agent.simulator --scenario demo --port 8080`: serve a scenario until interrupted."""

from __future__ import annotations

import argparse
import sys
import threading

from triage_agent.simulator.scenarios import bulk_scenario, demo_scenario
from triage_agent.simulator.server import Simulator


def main(argv: list[str] | None = None) -> int:
    """Parse arguments, start the simulator, print its base URL and token, serve until Ctrl-C."""
    parser = argparse.ArgumentParser(
        prog="python -m triage_agent.simulator", description="Serve a simulated CircleCI API."
    )
    parser.add_argument("--scenario", choices=("demo", "bulk"), default="demo")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8080, help="0 picks a free port")
    parser.add_argument("--projects", type=int, default=100, help="bulk: number of projects")
    parser.add_argument("--failures", type=int, default=1000, help="bulk: number of failed jobs")
    parser.add_argument("--hold-reruns", action="store_true", help="demo: keep reruns running")
    parser.add_argument("--rate-limit", type=int, default=None, help="requests per minute")
    args = parser.parse_args(argv)

    if args.scenario == "demo":
        scenario = demo_scenario(hold_reruns=args.hold_reruns)
    else:
        scenario = bulk_scenario(args.projects, args.failures)
    scenario.rate_limit_per_minute = args.rate_limit
    sim = Simulator(scenario, host=args.host, port=args.port).start()
    # This is the module's CLI: printing here is its whole job.
    print(f"base_url = {sim.base_url}", flush=True)
    print(f"token    = {sim.token}", flush=True)
    print("Ctrl-C to stop.", file=sys.stderr, flush=True)
    try:
        threading.Event().wait()
    except KeyboardInterrupt:
        pass
    finally:
        sim.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
