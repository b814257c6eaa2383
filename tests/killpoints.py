"""Helpers for fault tests that drive the real CLI in subprocesses: config files, runs, SIGKILL at a point.

A kill point is a predicate checked every couple of milliseconds while the subprocess runs; the
process gets SIGKILL the moment it holds. ``after_requests(sim, k)`` holds once the simulator has
recorded the k-th request of this run; with a ``slow`` fault on every request the k-th request is
then still in flight, so the kill lands inside step k. ``when_db(path, sql, n)`` holds once a query
on the database file returns at least ``n`` (for the stages that make no requests).
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any


def cli_command() -> list[str]:
    """The installed console script beside this interpreter, else ``python -m triage_agent.cli``."""
    script = Path(sys.executable).with_name("triage-agent")
    return [str(script)] if script.exists() else [sys.executable, "-m", "triage_agent.cli"]


def _toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, str):
        return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
    if isinstance(value, list | tuple):
        return "[" + ", ".join(_toml_value(v) for v in value) + "]"
    raise TypeError(f"cannot write {value!r} as TOML")


def write_config(directory: Path, sim: Any, **sections: Mapping[str, Any]) -> Path:
    """A triage-agent.toml in ``directory`` pointing at the simulator; state lives beside it."""
    data: dict[str, dict[str, Any]] = {
        "circleci": {"base_url": sim.base_url, "token": sim.token, "max_retries": 3,
                     "max_backoff_seconds": 5.0, "timeout_seconds": 10.0},
        "polling": {"requests_per_minute": 100000},
        "storage": {"path": str(directory / "triage.db")},
        "reports": {"directory": str(directory / "reports")},
        "digest": {"directory": str(directory / "digests")},
    }
    for name, values in sections.items():
        data.setdefault(name, {}).update(values)
    lines = []
    for name, values in data.items():
        lines.append(f"[{name}]")
        lines.extend(f"{key} = {_toml_value(value)}" for key, value in values.items())
        lines.append("")
    path = directory / "triage-agent.toml"
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def _env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("TRIAGE_AGENT_CONFIG", "TRIAGE_AGENT_DEBUG")}
    env["PYTHONUNBUFFERED"] = "1"
    return env


def run_cli(*args: str, config: Path, timeout: float = 60.0) -> subprocess.CompletedProcess[str]:
    """Run ``triage-agent ARGS --config CONFIG`` to completion; capture stdout and stderr."""
    return subprocess.run([*cli_command(), *args, "--config", str(config)], capture_output=True,
                          text=True, timeout=timeout, env=_env(), check=False)


@dataclass
class KillResult:
    """How a run that was to be killed ended."""

    killed: bool  # False: the run finished before the kill point was reached
    returncode: int
    requests: int  # requests this run made (as the simulator recorded them)
    stderr: str
    method: str = ""  # the request in flight when the kill was sent, if any
    path: str = ""


def after_requests(sim: Any, k: int) -> Callable[[], bool]:
    """Holds once the simulator has recorded ``k`` requests since the predicate was made."""
    base = sim.total_requests
    return lambda: sim.total_requests - base >= k


def when_db(db_path: Path, sql: str, n: int) -> Callable[[], bool]:
    """Holds once ``sql`` (one integer) on the database file returns at least ``n``."""

    def check() -> bool:
        if not db_path.exists():
            return False
        try:
            conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True, timeout=0.05)
            try:
                return int(conn.execute(sql).fetchone()[0]) >= n
            finally:
                conn.close()
        except sqlite3.Error:
            return False

    return check


def run_and_kill(args: list[str], config: Path, sim: Any, point: Callable[[], bool], *,
                 timeout: float = 30.0) -> KillResult:
    """Start ``triage-agent ARGS``, SIGKILL it as soon as ``point()`` holds (or let it finish)."""
    base = sim.total_requests
    # stderr to a file, not a pipe: a chatty run must never block on a full pipe.
    with tempfile.TemporaryFile(mode="w+") as err:
        proc = subprocess.Popen([*cli_command(), *args, "--config", str(config)],
                                stdout=subprocess.DEVNULL, stderr=err, text=True, env=_env())
        killed, method, path = False, "", ""
        deadline = time.monotonic() + timeout
        try:
            while proc.poll() is None:
                if point():
                    proc.send_signal(signal.SIGKILL)
                    killed = True
                    in_flight = [r for r in sim.requests[-3:] if r.status == 0]
                    if in_flight:
                        method, path = in_flight[-1].method, in_flight[-1].path
                    break
                if time.monotonic() > deadline:
                    raise AssertionError(f"{args} neither finished nor reached its kill point in {timeout}s")
                time.sleep(0.002)
            proc.wait(timeout=timeout)
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.wait()
        err.seek(0)
        stderr = err.read()
    return KillResult(killed=killed, returncode=proc.returncode, requests=sim.total_requests - base,
                      stderr=stderr, method=method, path=path)
