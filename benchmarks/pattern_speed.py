r"""The catalogue on pathological lines: one line of 50,000 characters made of a message's words.

Each ``tests/unit/test_tool_sources_*.py`` that reads tools' messages lists, as ``LONG_LINE_WORDS``,
the words of the patterns it added (the shapes a backtracking pattern would choke on). This reads a
log of one such line and the file's exit line through the offline engine and prints the CPU seconds
each took (process time, so that a loaded machine does not count; the engine reads one log first, so
that its one-off set-up is not charged to the first file's first line): per file, the slowest line and
the total. It exits 1 when a line takes more than the limit (2 s by default), which would mean a
pattern that backtracks.

A second pass needs no word lists: every catalogue pattern with an unbounded repetition (``.*``,
``[^x]*``, ``\S+`` ...) is searched, on its own, in lines of 50,000 characters made of each of its
literal words repeated ("gofmt x gofmt x ..."): the shape on which a prefix followed by ``.*`` and
a suffix that never comes takes time quadratic in the line's length. It prints the slowest
patterns, and exits 1 when one takes more than the limit.

Usage: python benchmarks/pattern_speed.py [--quick] [--limit SECONDS]
"""

from __future__ import annotations

import importlib.util
import re
import sys
import time
import tomllib
from pathlib import Path

from _common import REPO, header, parse_args, progress, table

from triage_agent.classify.rules import RulesEngine
from triage_agent.core.models import FailureCase

LENGTH = 50_000
TESTS = REPO / "tests"
CATALOGUE = REPO / "triage_agent" / "classify" / "signatures.toml"
# an unbounded repetition, and the literal words a pattern holds
_UNBOUNDED = re.compile(r"\.\*|\.\+|\\S\*|\\S\+|\[\^[^\]]*\][*+]")
_WORDS = re.compile(r"[A-Za-z]{3,}(?: [A-Za-z]{2,})?")


def _repeat_times(limit: float) -> list[tuple[float, str, str]]:
    """(seconds, entry id, pattern) for every catalogue pattern with an unbounded repetition, on
    lines made of each of its literal words repeated; the slowest word counts."""
    data = tomllib.loads(CATALOGUE.read_text(encoding="utf-8"))
    out = []
    # ([fragments]: each shared list timed once, as the entry "fragment <name>")
    shared = [{"id": f"fragment {name}", "patterns": pats} for name, pats in data.get("fragments", {}).items()]
    for sig in [*shared, *data["signature"]]:
        flags = 0 if sig.get("case_sensitive") else re.IGNORECASE
        for key in ("patterns", "unless", "unless_log"):
            for pattern in sig.get(key, []):
                if isinstance(pattern, dict):
                    continue  # a {fragment = "name"}: its patterns are timed once, below
                if not _UNBOUNDED.search(pattern):
                    continue
                regex = re.compile(pattern, flags)
                worst = 0.0
                for word in sorted(set(_WORDS.findall(pattern.replace("\\b", " ").replace("\\s", " ")))):
                    line = (word + " x ") * (LENGTH // (len(word) + 3))
                    start = time.process_time()
                    regex.search(line)
                    worst = max(worst, time.process_time() - start)
                    if worst > limit:
                        break
                out.append((worst, sig["id"], pattern))
    return sorted(out, reverse=True)


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
    # the first classify builds the catalogue's per-process tables (about 1 s); not a line's cost
    engine.classify(FailureCase.from_dict({"id": "warm-up", "log": "Error: Process completed with exit code 1.\n"}))
    header("The catalogue on 50,000-character lines",
           "python benchmarks/pattern_speed.py" + (" --quick" if args.quick else ""))
    rows, slow = [], []
    # the tool-source files, the engine-rule files, the reviews of later rounds, the expected-failure passes, the
    # structure readings' files and the twenty-fifth to twenty-seventh rounds' files (named for their subject) carry
    # LONG_LINE_WORDS (and the thirtieth round's, test_flake30.py)
    globs = ("test_tool_sources_*.py", "test_rules*.py", "test_review19_*.py", "test_review2?_*.py", "test_xfail*.py",
             "test_structure_*.py", "test_*25.py", "test_*25b.py", "test_*25c.py", "test_*26.py", "test_*26b.py",
             "test_*27.py", "test_*30.py")
    paths = list(dict.fromkeys(path for pattern in globs for path in sorted((TESTS / "unit").glob(pattern))))
    for path in paths:
        module = _module(path)
        words_list = getattr(module, "LONG_LINE_WORDS", None)
        if not words_list:
            continue
        exit_line = getattr(module, "_EXIT", "Error: Process completed with exit code 1.\n")
        progress("%s: %d lines", path.name, len(words_list))
        times = []
        for words in words_list:
            line = (words * (LENGTH // len(words) + 1))[:LENGTH]
            start = time.process_time()
            engine.classify(FailureCase.from_dict({"id": "long-line", "log": line + "\n" + exit_line}))
            took = time.process_time() - start
            times.append(took)
            if took > args.limit:
                slow.append((path.name, words[:60], took))
        rows.append((path.name, len(times), max(times), sum(times)))
    print(table(["file", "lines", "slowest s", "total s"], rows))
    print()
    repeats = _repeat_times(args.limit)
    print(f"Catalogue patterns with an unbounded repetition, on their own words repeated: {len(repeats)};"
          " the five slowest:\n")
    print(table(["seconds", "entry", "pattern"], [(f"{t:.3f}", i, p[:70]) for t, i, p in repeats[:5]]))
    print()
    slow += [("signatures.toml " + i, p[:60], t) for t, i, p in repeats if t > args.limit]
    if slow:
        print(f"Over the {args.limit:g} s limit:\n")
        print(table(["file", "words", "seconds"], slow))
        return 1
    print(f"Every line read in under {args.limit:g} s.")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
