"""The whole engine on megabyte shapes of the thirty-third round's new readings.

The round added readings that look at lines around other lines: a runner's flake report (Surefire's "Run N: PASS"
under its failed runs), a job's own hang read from lines repeated above a CI stop and from Python's stack dumps, a
download head over the server's 404, a host lookup under Open Build Service's elapsed-seconds prefix. Each is read
here on about 1-5 MB of its own lines, the worst case for a reading that looks around every such line. Prints CPU
seconds of ``RulesEngine().classify`` and the verdict:

    python benchmarks/engine_shapes33.py [--quick]

(--quick: one run each instead of the best of three.) Compare two commits by running it in an export of each
(``git archive <commit> | tar -x -C /tmp/base && cd /tmp/base && python benchmarks/engine_shapes33.py``).
"""

from __future__ import annotations

import time

from _common import header, parse_args, table

from triage_agent.classify.rules import RulesEngine
from triage_agent.core.models import FailureCase


def _lines(block: list[str], times: int) -> str:
    return "\n".join(block * times) + "\n"


SHAPES = {
    "flake-runs (Surefire)": _lines(["[ERROR]   Run 1: CartTest.adds:12 expected:<1> but was:<2>", "[INFO]   Run 2: PASS"],
                                    30_000),
    "waits-above-stop": _lines(["tests/test_queue.py ....", "waiting for lease on worker-3 ...",
                                "waiting for lease on worker-3 ...", "waiting for lease on worker-3 ...",
                                "waiting for lease on worker-3 ...",
                                "Too long with no output (exceeded 10m0s): context deadline exceeded"], 20_000),
    "stack-dumps-above-stop": _lines(["Timeout (0:05:00)!", "Thread 0x00007f3a (most recent call first):",
                                      '  File "/usr/lib/python3.11/threading.py", line 320 in wait',
                                      '  File "/app/pool.py", line 10 in acquire', "",
                                      "ERROR: Job failed: execution took longer than 1h0m0s seconds"], 10_000),
    "download-404": _lines(["curl: (22) The requested URL returned error: 404",
                            'Error: Failed to download resource "tool"',
                            "Download failed: https://downloads.example.invalid/tool-1.2.tgz",
                            "==> Downloading https://downloads.example.invalid/tool-1.2.tgz"], 20_000),
    "obs-lookups": "".join(f"[{i:5d}s] curl: (6) Could not resolve host: mirror.example.invalid\n"
                           for i in range(50_000)),
}


def _cpu(fn, runs: int) -> float:
    best = float("inf")
    for _ in range(runs):
        started = time.process_time()
        fn()
        best = min(best, time.process_time() - started)
    return best


def main() -> int:
    args = parse_args(__doc__.splitlines()[0])
    runs = 1 if args.quick else 3
    engine = RulesEngine()
    header("The engine on the thirty-third round's megabyte shapes", "python benchmarks/engine_shapes33.py")
    rows = []
    for name, text in SHAPES.items():
        case = FailureCase.from_dict({"id": name, "log": text, "failed_tests": []})
        rows.append((name, f"{len(text) / 1e6:.2f}", text.count("\n"), f"{_cpu(lambda c=case: engine.classify(c), runs):.2f}",
                     engine.classify(case).verdict))
    print(table(["shape", "MB", "lines", "engine CPU s", "verdict"], rows))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
