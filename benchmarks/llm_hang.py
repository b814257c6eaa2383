"""A hanging LLM endpoint cannot stall a cycle: wall time of one cycle with N ambiguous failures.

The scripted OpenAI-compatible server accepts every request and never answers (a hung endpoint).
One cycle (what ``triage-agent poll --once`` runs) classifies N failures whose logs the offline
engine cannot decide, so each would ask the LLM. Measured: the cycle's wall time, how many
requests reached the server, and whether every failure got a verdict; for the product's settings
(circuit breaker, per-cycle wait bound, concurrency) and for the behaviour before them (one call
after another, each waiting its whole timeout and its retry: concurrency 1, no breaker, no bound).

Usage: python benchmarks/llm_hang.py [--quick]
"""

from __future__ import annotations

import tempfile
from datetime import timedelta

from _common import Timer, header, make_app, parse_args, table

from triage_agent.pipeline.run import run_poll_cycle
from triage_agent.simulator import Scenario, Simulator
from triage_agent.simulator.llm import ScriptedLLMServer, slow

UNCLEAR_LOG = "Running checks...\nstep 3 reported a problem\nExited with code exit status 1\n"


def world(n: int) -> Scenario:
    sc = Scenario(seed=75)
    sc.add_project("gh/acme/api")
    for k in range(n):
        sc.add_pipeline("gh/acme/api", created_at=timedelta(minutes=20), workflows=[
            sc.workflow("ci", jobs=[sc.job(f"check-{k}", status="failed", log=UNCLEAR_LOG)])])
    return sc


def run(n: int, timeout: float, retries: int, **llm: object) -> list[object]:
    with ScriptedLLMServer(default=slow(3600)) as server, Simulator(world(n)) as sim, \
            tempfile.TemporaryDirectory() as tmp:
        app = make_app(sim.base_url, sim.token, tmp, llm={
            "enabled": True, "base_url": server.base_url, "api_key": "test-key", "model": "m",
            "timeout_seconds": timeout, "max_retries": retries, **llm})
        try:
            with Timer() as t:
                summary = run_poll_cycle(app, sim.now())
            verdicts = sum(1 for f in summary.new_failures if f.get("verdict"))
            return [f"{t.seconds:.1f}", len(server.chat_requests), f"{verdicts}/{n}",
                    sum(summary.llm_skipped.values())]
        finally:
            app.close()


def main() -> None:
    args = parse_args(__doc__)
    n, timeout, retries = 10, 2.0 if args.quick else 5.0, 1
    header("LLM endpoint hanging: one cycle", "python benchmarks/llm_hang.py" + (" --quick" if args.quick else ""))
    print(f"{n} ambiguous failures; llm.timeout_seconds = {timeout:g}, llm.max_retries = {retries}.\n")
    rows = [
        ["product defaults (concurrency 4, breaker, cycle wait 60 s)"]
        + run(n, timeout, retries),
        ["cycle wait bound only (concurrency 4, no breaker)"]
        + run(n, timeout, retries, breaker_cooldown_seconds=0, cycle_wait_seconds=timeout),
        ["one call after another, no breaker, no bound (before)"]
        + run(n, timeout, retries, concurrency=1, breaker_cooldown_seconds=0, cycle_wait_seconds=3600),
    ]
    print(table(["settings", "cycle wall time (s)", "requests to the LLM", "failures with a verdict",
                 "failures judged offline (LLM skipped)"], rows, "lrrrr"))


if __name__ == "__main__":
    main()
