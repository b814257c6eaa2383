"""Huge inputs: a step's log of tens of megabytes, a log of blank lines, and the redactor's speed.

1. ``triage-agent poll --once`` (the console script, in its own process) against a simulator
   whose failing step's output is N MB (64 kB messages, as CircleCI sends them): wall time and
   the process's peak RSS (VmHWM from /proc, read every 10 ms while it runs).
2. ``triage-agent classify --offline`` of a log made of blank lines: wall time by size; and of a CircleCI log
   whose failure line (the Docker daemon unreachable) comes first and a thousand Docker pull lines follow it, the
   shape where a log-wide pattern that scans to the log's end once per marker line turns quadratic (a pattern of
   the twenty-second round did: 14.5 s on 1.2 MB before it was anchored, 0.6 s after).
3. ``Redactor.redact`` on ordinary log text: megabytes per second.

Run it in another checkout to compare (``/path/to/other/.venv/bin/python benchmarks/large_logs.py``
from that checkout, with this file copied there).

Usage: python benchmarks/large_logs.py [--quick]
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

from _common import REPO, header, parse_args, progress, table

from triage_agent.core.redact import Redactor
from triage_agent.simulator import Scenario, Simulator

SCRIPT = Path(sys.executable).with_name("triage-agent")
LINE = "compiling module {} of many, nothing to see here, all fine\n"
TAIL = "npm ERR! network request to https://registry.npmjs.org/x failed, reason: read ECONNRESET\n"


def big_output(mb: int) -> str:
    """A step output of about ``mb`` MiB as CircleCI's JSON (64 kB messages), ending in a network error."""
    chunks, buf, size, i = [], [], 0, 0
    while size < mb * 1024 * 1024:
        s = LINE.format(i)
        buf.append(s)
        size += len(s)
        i += 1
        if len(buf) >= 1000:
            chunks.append({"message": "".join(buf), "type": "out"})
            buf = []
    chunks.append({"message": "".join(buf) + TAIL, "type": "out"})
    return json.dumps(chunks)


def vm_hwm_mib(pid: int) -> float | None:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        return None
    return None


def run_measured(args: list[str], cwd: Path) -> tuple[float, float, int]:
    """(seconds, peak RSS MiB, exit code) of one console-script run."""
    start = time.perf_counter()
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        proc = subprocess.Popen([str(SCRIPT), *args], stdout=out, stderr=err, cwd=cwd)
        peak = 0.0
        while proc.poll() is None:
            peak = max(peak, vm_hwm_mib(proc.pid) or 0.0)
            time.sleep(0.01)
        return time.perf_counter() - start, peak, proc.returncode


def poll_big_log(mb: int) -> list:
    sc = Scenario(seed=1)
    sc.add_project("gh/acme/api")
    sc.add_pipeline("gh/acme/api", created_at=timedelta(minutes=20), workflows=[
        sc.workflow("build", jobs=[sc.job("install", status="failed", log="x")])])
    body = big_output(mb)
    with tempfile.TemporaryDirectory() as tmp, Simulator(sc) as sim:
        sim.inject("malformed", times=None, path_regex=r"^/output/", body=body, content_type="application/json")
        config = Path(tmp) / "triage-agent.toml"
        config.write_text(f'[circleci]\nbase_url = "{sim.base_url}"\ntoken = "{sim.token}"\n'
                          'timeout_seconds = 120.0\n[polling]\nrequests_per_minute = 100000\n')
        seconds, peak, code = run_measured(["poll", "--once", "--config", str(config)], Path(tmp))
    return [f"{len(body) / 1e6:.0f} MB", seconds, peak, "ok" if code == 0 else f"exit {code}"]


def classify_seconds(log: str, limit: float) -> tuple[str, str]:
    """``triage-agent classify --offline`` of one log in its own process: (seconds, result), stopped at ``limit``."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "case.json"
        path.write_text(json.dumps({"log": log}))
        start = time.perf_counter()
        try:
            done = subprocess.run([str(SCRIPT), "classify", str(path), "--offline"], capture_output=True,
                                  cwd=tmp, timeout=limit)
        except subprocess.TimeoutExpired:
            return f"> {limit:.0f}", "stopped"
        return f"{time.perf_counter() - start:.2f}", "ok" if done.returncode == 0 else f"exit {done.returncode}"


def classify_blank(lines: int, limit: float) -> list:
    seconds, status = classify_seconds("\n" * lines + TAIL, limit)
    return [f"{lines:,} blank lines ({lines / 1e6:.1f} MB)", seconds, status]


DAEMON_HEAD = ("Build-agent version 1.0.123\n#!/bin/bash -eo pipefail\ndocker build .\n"
               "Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?\n")


def classify_markers(markers: int, limit: float) -> list:
    body = "".join(f"a1b2c3d4e5f{i % 10}: Pull complete\n" + "compiling module of many, nothing to see here\n" * 40
                   for i in range(markers))
    log = DAEMON_HEAD + body + "Exited with code exit status 1\n"
    seconds, status = classify_seconds(log, limit)
    return [f"{markers:,} pull lines after the failure ({len(log) / 1e6:.1f} MB)", seconds, status]


def redaction_speed(mb: int) -> list:
    sample = Path(REPO / "tests" / "sample_logs.py").read_text()
    text = (sample * (mb * 1024 * 1024 // len(sample) + 1))[: mb * 1024 * 1024]
    redactor = Redactor(["configured-token-value-for-this-benchmark", "hunter22"])  # two configured secrets
    start = time.perf_counter()
    redactor.redact(text)
    seconds = time.perf_counter() - start
    return [f"{len(text) / 1e6:.1f} MB of test logs", seconds, len(text) / 1e6 / seconds]


def main() -> None:
    args = parse_args(__doc__.splitlines()[0])
    sizes = [10] if args.quick else [10, 50]
    header("Huge logs", "python benchmarks/large_logs.py" + (" --quick" if args.quick else ""))
    rows = []
    for mb in sizes:
        progress("poll with a %d MiB step output", mb)
        rows.append(poll_big_log(mb))
    print("`poll --once` with one failed job whose step output is this big (the console script; "
          "peak RSS is the process's VmHWM):\n")
    print(table(["step output", "seconds", "peak RSS MiB", "result"], rows))
    print()
    rows = []
    for lines in ([100_000, 500_000] if args.quick else [100_000, 500_000, 2_000_000]):
        progress("classify %d blank lines", lines)
        rows.append(classify_blank(lines, 120.0))
    print("`classify --offline` of a log of blank lines (stopped after 120 s):\n")
    print(table(["log", "seconds", "result"], rows, "lrl"))
    print()
    rows = []
    for markers in ([1_000] if args.quick else [1_000, 5_000]):
        progress("classify a log with %d marker lines", markers)
        rows.append(classify_markers(markers, 120.0))
    print("`classify --offline` of a CircleCI log whose failure line comes first, a thousand marker lines after it "
          "(stopped after 120 s):\n")
    print(table(["log", "seconds", "result"], rows, "lrl"))
    print()
    progress("redaction speed")
    print("`Redactor.redact` on ordinary test logs (with two configured secrets):\n")
    print(table(["text", "seconds", "MB/s"], [redaction_speed(2 if args.quick else 8)]))
    print()


if __name__ == "__main__":
    main()
