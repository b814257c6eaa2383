"""The offline engine of a given source tree timed in a child process, for the speed benchmarks that compare a base
tree with this one (``placement_speed.py``, ``lint_guard_speed.py``, ``engine_speed31.py``). No project import at module level: the child
imports the engine of the tree on its ``PYTHONPATH``, which may be an older one."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any


def classify_shapes(make_log: Callable[[str], str], shapes: Iterable[str]) -> None:
    """Classify each shape's log with the engine importable here; print one JSON line per shape (its CPU seconds and
    its whole verdict)."""
    from triage_agent.classify.rules import RulesEngine
    from triage_agent.core.models import FailureCase

    engine = RulesEngine()
    engine.classify(FailureCase.from_dict({"id": "w", "log": "warm-up\n"}))
    for shape in shapes:
        log = make_log(shape)
        started = time.process_time()
        v = engine.classify(FailureCase.from_dict({"id": shape, "log": log}))
        cpu = time.process_time() - started
        print(json.dumps({"shape": shape, "cpu": cpu, "verdict": v.to_dict()}), flush=True)


def run_tree(script: str | Path, root: Path, shapes: list[str]) -> dict[str, dict[str, Any]]:
    """Run ``script --child SHAPES`` with ``root`` first on the path; the child's lines by shape."""
    env = dict(os.environ, PYTHONPATH=str(root))
    out = subprocess.run([sys.executable, str(Path(script).resolve()), "--child", *shapes], env=env, cwd=str(root),
                         capture_output=True, text=True, check=True)
    return {r["shape"]: r for r in map(json.loads, out.stdout.splitlines())}


def best_of(script: str | Path, root: Path, shapes: list[str], repeat: int) -> dict[str, dict[str, Any]]:
    """Each shape's run with the least CPU of ``repeat`` child processes of ``script`` (the machine is shared); the
    verdicts of every run must agree."""
    best: dict[str, dict[str, Any]] = {}
    for _ in range(repeat):
        for shape, r in run_tree(script, root, shapes).items():
            if shape in best:
                assert best[shape]["verdict"] == r["verdict"], shape
            if shape not in best or r["cpu"] < best[shape]["cpu"]:
                best[shape] = r
    return best
