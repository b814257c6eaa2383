"""The catalogue on pathological lines: one line of 50,000 characters made of a message's words.

Each ``tests/unit/test_tool_sources_*.py`` that reads tools' messages lists, as ``LONG_LINE_WORDS``,
the words of the patterns it added (the shapes a backtracking pattern would choke on). This reads a
log of one such line and the file's exit line through the offline engine and prints the seconds
each took: per file, the slowest line and the total. It exits 1 when a line takes more than the
limit (2 s by default), which would mean a pattern that backtracks.

Usage: python benchmarks/pattern_speed.py [--quick] [--limit SECONDS]
"""

from __future__ import annotations

import importlib.util
import sys
import time
from pathlib import Path

from _common import REPO, header, parse_args, progress, table

from triage_agent.classify.rules import RulesEngine
from triage_agent.core.models import FailureCase

LENGTH = 50_000
TESTS = REPO / "tests"


def _module(path: Path):
    spec = importlib.util.spec_from_file_location(path.stem, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def main() -> int:
    args = parse_args(__doc__.splitlines()[0], lambda p: p.add_argument("--limit", type=float, default=2.0))
    sys.path[:0] = [str(TESTS), str(TESTS / "unit")]
    engine = RulesEngine()
    header("The catalogue on 50,000-character lines",
           "python benchmarks/pattern_speed.py" + (" --quick" if args.quick else ""))
    rows, slow = [], []
    for path in sorted((TESTS / "unit").glob("test_tool_sources_*.py")):
        module = _module(path)
        words_list = getattr(module, "LONG_LINE_WORDS", None)
        if not words_list:
            continue
        exit_line = getattr(module, "_EXIT", "Error: Process completed with exit code 1.\n")
        progress("%s: %d lines", path.name, len(words_list))
        times = []
        for words in words_list:
            line = (words * (LENGTH // len(words) + 1))[:LENGTH]
            start = time.perf_counter()
            engine.classify(FailureCase.from_dict({"id": "long-line", "log": line + "\n" + exit_line}))
            took = time.perf_counter() - start
            times.append(took)
            if took > args.limit:
                slow.append((path.name, words[:60], took))
        rows.append((path.name, len(times), max(times), sum(times)))
    print(table(["file", "lines", "slowest s", "total s"], rows))
    print()
    if slow:
        print(f"Over the {args.limit:g} s limit:\n")
        print(table(["file", "words", "seconds"], slow))
        return 1
    print(f"Every line read in under {args.limit:g} s.")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
