"""Shared helpers of the benchmark scripts: machine facts, Markdown tables, configs, a simulator in a child process.

The scripts print Markdown to stdout and progress to stderr. State lives in temporary
directories. Nothing here is a test: numbers are measured, printed and read by a person.
"""

from __future__ import annotations

import argparse
import contextlib
import logging
import multiprocessing as mp
import os
import platform
import resource
import subprocess
import sys
import time
from collections.abc import Iterable, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:  # run as `python benchmarks/x.py` from anywhere
    sys.path.insert(0, str(REPO))

from triage_agent.app import App  # noqa: E402
from triage_agent.config import Config, from_dict  # noqa: E402

# Far above anything a loopback run reaches: "no rate limit".
UNLIMITED_RPM = 10_000_000


# --------------------------------------------------------------------------- the machine


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.lower().startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def _ram_gib() -> float | None:
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                return int(line.split()[1]) / 1024 / 1024
    except OSError:
        pass
    return None


def git_commit() -> str:
    """The repository's HEAD (short), with "+dirty" when the work tree has changes."""
    try:
        head = subprocess.run(["git", "-C", str(REPO), "rev-parse", "--short", "HEAD"],
                              capture_output=True, text=True, check=True).stdout.strip()
        dirty = subprocess.run(["git", "-C", str(REPO), "status", "--porcelain", "--untracked-files=no"],
                               capture_output=True, text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"
    return head + ("+dirty" if dirty else "")


def machine() -> dict[str, str]:
    """What the numbers were measured on."""
    ram = _ram_gib()
    return {
        "cpu": _cpu_model(),
        "cores": str(os.cpu_count()),
        "ram": f"{ram:.1f} GiB" if ram else "unknown",
        "python": platform.python_version(),
        "os": f"{platform.system()} {platform.release()}",
        "commit": git_commit(),
        "date": datetime.now().astimezone().strftime("%Y-%m-%d %H:%M %Z"),
    }


def machine_line() -> str:
    m = machine()
    return (f"Machine: {m['cpu']}, {m['cores']} cores, {m['ram']} RAM, Python {m['python']}, "
            f"{m['os']}; commit {m['commit']}; {m['date']}.")


# --------------------------------------------------------------------------- output


def table(headers: Sequence[str], rows: Iterable[Sequence[Any]], align: str = "") -> str:
    """A Markdown table; ``align`` is one letter per column (l or r), default: first left, rest right."""
    align = align or "l" + "r" * (len(headers) - 1)
    marks = ["---:" if a == "r" else ":---" for a in align]
    lines = ["| " + " | ".join(headers) + " |", "| " + " | ".join(marks) + " |"]
    for row in rows:
        lines.append("| " + " | ".join(fmt(v) for v in row) + " |")
    return "\n".join(lines)


def fmt(value: Any) -> str:
    if isinstance(value, float):
        if value == 0:
            return "0"
        if abs(value) >= 100:
            return f"{value:,.0f}"
        if abs(value) >= 10:
            return f"{value:.1f}"
        return f"{value:.2f}"
    if isinstance(value, int) and not isinstance(value, bool):
        return f"{value:,}"
    return str(value)


def progress(message: str, *args: Any) -> None:
    """A progress line on stderr (stdout carries the Markdown)."""
    print(message % args if args else message, file=sys.stderr, flush=True)


def header(title: str, command: str) -> None:
    print(f"## {title}\n")
    print(machine_line() + "\n")
    print(f"Command: `{command}`\n")


def parse_args(description: str, extra: Any = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--quick", action="store_true", help="a smaller, faster run")
    if extra is not None:
        extra(parser)
    args = parser.parse_args()
    # The agent's own warnings (outage guard, skipped projects) would drown the progress lines.
    logging.basicConfig(level=logging.ERROR, format="%(levelname)s %(name)s: %(message)s")
    return args


# --------------------------------------------------------------------------- the agent


def make_config(base_url: str, token: str, state_dir: str | Path, **sections: dict[str, Any]) -> Config:
    """A Config against a simulator with state under ``state_dir`` (as tests/conftest.py builds it)."""
    state_dir = Path(state_dir)
    data: dict[str, dict[str, Any]] = {
        "circleci": {"base_url": base_url, "token": token, "max_retries": 3,
                     "max_backoff_seconds": 60.0, "timeout_seconds": 30.0},
        "polling": {"requests_per_minute": UNLIMITED_RPM},
        "storage": {"path": str(state_dir / "triage.db")},
        "reports": {"directory": str(state_dir / "reports")},
        "digest": {"directory": str(state_dir / "digests")},
    }
    for name, values in sections.items():
        data.setdefault(name, {}).update(values)
    return from_dict(data, environ={}, base_dir=str(state_dir))


def make_app(base_url: str, token: str, state_dir: str | Path, **sections: dict[str, Any]) -> App:
    return App(make_config(base_url, token, state_dir, **sections))


def verdict_rows(app: App) -> list[dict[str, Any]]:
    """Every failure with its latest verdict."""
    return list(app.store.db.query(
        "select f.project_slug, f.job_number, f.state, v.verdict, v.llm_called from failures f "
        "left join verdicts v on v.id = (select max(id) from verdicts where failure_id = f.id)"))


def accuracy(rows: Sequence[dict[str, Any]], truth: dict[tuple[str, int], tuple[str, bool]]) -> dict[str, Any]:
    """Verdicts against the scenario's ground truth (transient or not)."""
    judged = [r for r in rows if (r["project_slug"], r["job_number"]) in truth]
    correct = wrong = unknown = 0
    for r in judged:
        _, transient = truth[(r["project_slug"], r["job_number"])]
        if r["verdict"] not in ("transient", "real"):
            unknown += 1
        elif (r["verdict"] == "transient") == transient:
            correct += 1
        else:
            wrong += 1
    decided = correct + wrong
    return {
        "truth": len(truth), "found": len(judged), "correct": correct, "wrong": wrong, "unknown": unknown,
        "accuracy_decided": correct / decided if decided else 0.0,
        "accuracy_all": correct / len(truth) if truth else 0.0,
    }


def peak_rss_mib() -> float:
    """This process's peak resident set size (ru_maxrss is in KiB on Linux)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


# --------------------------------------------------------------------------- the simulator, out of process


def _sim_child(conn: Any, scenario_kwargs: dict[str, Any], log_limit: int | None) -> None:
    """Build a bulk scenario, serve it, and answer commands until told to stop."""
    from triage_agent.simulator import Simulator, bulk_scenario

    sc = bulk_scenario(**scenario_kwargs)
    sim = Simulator(sc, log_limit=log_limit).start()
    conn.send({"base_url": sim.base_url, "token": sim.token, "truth": dict(sc.truth),
               "projects": sorted(sc.projects)})
    try:
        while True:
            cmd, arg = conn.recv()
            if cmd == "stop":
                break
            if cmd == "advance":
                sim.advance(arg)
                conn.send(None)
            elif cmd == "now":
                conn.send(sim.now())
            elif cmd == "rate_limit":
                sim.set_rate_limit(arg)
                conn.send(None)
            elif cmd == "total_requests":
                conn.send(sim.total_requests)
            elif cmd == "statuses":
                counts: dict[int, int] = {}
                for r in sim.requests:
                    counts[r.status] = counts.get(r.status, 0) + 1
                conn.send(counts)
            elif cmd == "clear":
                sim.clear_requests()
                conn.send(None)
            elif cmd == "tick":
                conn.send(sim.tick())
            elif cmd == "add_failure":
                # A failed pipeline of one project, created now (for the delay before it is seen).
                from triage_agent.simulator import job as sim_job
                from triage_agent.simulator import logs, workflow

                p = sim.add_pipeline(arg, created_at=sim.now(), commit_subject="benchmark failure",
                                     workflows=[workflow("build-test", jobs=[sim_job(
                                         "test", status="failed", log=logs.NPM_ECONNRESET, duration=1)])])
                conn.send(p.created)
            else:
                conn.send(ValueError(f"unknown command {cmd}"))
    finally:
        sim.stop()
        conn.close()


class SimProcess:
    """A ``bulk_scenario`` served by a Simulator in a child process, so the agent's process
    measures only itself (CPU and memory) and the two do not share one GIL."""

    def __init__(self, log_limit: int | None = 5000, **scenario_kwargs: Any) -> None:
        self._kwargs = scenario_kwargs
        self._log_limit = log_limit
        self._proc: Any = None
        self._conn: Any = None
        self.base_url = self.token = ""
        self.truth: dict[tuple[str, int], tuple[str, bool]] = {}
        self.projects: list[str] = []

    def __enter__(self) -> SimProcess:
        ctx = mp.get_context("spawn")
        parent, child = ctx.Pipe()
        self._proc = ctx.Process(target=_sim_child, args=(child, self._kwargs, self._log_limit), daemon=True)
        self._proc.start()
        child.close()
        self._conn = parent
        hello = parent.recv()
        self.base_url, self.token = hello["base_url"], hello["token"]
        self.truth, self.projects = hello["truth"], hello["projects"]
        return self

    def _call(self, cmd: str, arg: Any = None) -> Any:
        self._conn.send((cmd, arg))
        out = self._conn.recv()
        if isinstance(out, Exception):
            raise out
        return out

    def now(self) -> datetime:
        return self._call("now")

    def advance(self, seconds: float) -> None:
        self._call("advance", seconds)

    def set_rate_limit(self, per_minute: int | None) -> None:
        self._call("rate_limit", per_minute)

    @property
    def total_requests(self) -> int:
        return self._call("total_requests")

    def statuses(self) -> dict[int, int]:
        """Status counts of the requests still in the log (the last ``log_limit``)."""
        return self._call("statuses")

    def clear(self) -> None:
        self._call("clear")

    def add_failure(self, slug: str) -> float:
        """A failed pipeline of ``slug`` created now; returns its creation time (epoch seconds)."""
        return self._call("add_failure", slug)

    def tick(self) -> int:
        """The scenario's next wave of pipelines (``bulk_scenario(idle=False)``); how many were added."""
        return self._call("tick")

    def __exit__(self, *exc: object) -> None:
        with contextlib.suppress(OSError):
            self._conn.send(("stop", None))
        self._proc.join(timeout=10)
        if self._proc.is_alive():
            self._proc.terminate()
            self._proc.join(timeout=5)


class Timer:
    """Wall time of a block: ``with Timer() as t: ...; t.seconds``."""

    def __init__(self) -> None:
        self.seconds = 0.0

    def __enter__(self) -> Timer:
        self._start = time.perf_counter()
        self.seconds = 0.0
        return self

    def __exit__(self, *exc: object) -> None:
        self.seconds = time.perf_counter() - self._start
