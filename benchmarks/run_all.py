"""Run every benchmark (with --quick unless --full is given) and print their Markdown, one after another.

Usage: python benchmarks/run_all.py [--full]
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
SCRIPTS = ("idle_cost.py", "cost_per_failure.py", "throughput.py", "memory.py", "llm_cost.py", "mcp_baseline.py",
           "push_mode.py", "adaptive_polling.py", "team_history.py", "pattern_speed.py", "log_pattern_speed.py",
           "ci_wrapping.py", "person_rerun_cost.py",
           "labelled_moves.py")


def main() -> int:
    full = "--full" in sys.argv[1:]
    failed = []
    for name in SCRIPTS:
        cmd = [sys.executable, str(HERE / name)] + ([] if full else ["--quick"])
        print(f"<!-- {' '.join(cmd[1:])} -->", flush=True)
        start = time.perf_counter()
        done = subprocess.run(cmd, check=False)
        print(f"<!-- {name}: exit {done.returncode}, {time.perf_counter() - start:.0f} s -->\n", flush=True)
        if done.returncode:
            failed.append(name)
    if failed:
        print(f"failed: {', '.join(failed)}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
