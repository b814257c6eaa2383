r"""The twenty-fourth round's speed-only rewrites, on every log at hand: the same answers, and the CPU time they save.

1. Equivalence of the seven rewritten unless_log patterns (tests/unit/test_speed24_equivalence.py's REWRITES: the former
   pattern and the new one): ``regex.search(text) is not None`` (the only use the engine makes of an unless_log
   pattern: LogSearch.found) for every log string the unit tests define (each tests/unit/test_*.py module's string
   constants, read from its syntax tree, and the strings its module-level values hold once imported), every labelled
   log (labelled_moves.py's sets: dev, rebuilt, fault sweep) and padded variants of the labelled logs (quiet lines
   above, below and around, past LogSearch's 64 KiB). Prints the counts of texts, matches and differences.
2. LogSearch (windows from the literal group on the fewest lines) against a plain ``regex.search`` for every distinct
   unless_log pattern of the catalogue whose literals the log holds and that LogSearch reads on windows, on the labelled
   logs padded past 64 KiB (where the windows are used). Prints the searches compared and the differences.
3. CPU seconds (``time.process_time``, the best of three, former and new interleaved) of each rewritten pattern on the
   logs of about 1 MB that benchmarks/log_pattern_speed.py builds from the former pattern's words (its slowest one).

With ``--digest FILE``: instead, writes each labelled log's and padded log's verdict, confidence, signatures and
evidence lines (``RulesEngine.classify``) to FILE as JSON; run it in another checkout (PYTHONPATH set to it) and compare
the two files with ``--compare A B`` (prints the count of cases and of differences).

Usage: python benchmarks/speed24_equivalence.py [--quick] [--digest FILE | --compare A B]
"""

from __future__ import annotations

import ast
import importlib.util
import json
import re
import sys
import time
from pathlib import Path
from typing import Any

from _common import REPO, header, parse_args, progress, table
from labelled_moves import SETS

from triage_agent.classify.catalogue import LogSearch, ascii_lower, builtin_catalogue
from triage_agent.classify.rules import RulesEngine
from triage_agent.core.models import FailureCase

TESTS = REPO / "tests" / "unit"
_FILLER = [f"compiling module {i} of many, nothing to see here, all fine" for i in range(1200)]  # (about 70 kB)


def _module(path: Path) -> Any:
    for extra in (str(REPO / "tests"), str(TESTS)):
        if extra not in sys.path:
            sys.path.insert(0, extra)
    spec = importlib.util.spec_from_file_location(path.stem, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def rewrites() -> list[tuple[str, str, str]]:
    return list(_module(TESTS / "test_speed24_equivalence.py").REWRITES)


def _strings_of(value: Any, out: set[str], depth: int = 0) -> None:
    if isinstance(value, str):
        out.add(value)
    elif depth < 6 and isinstance(value, (list, tuple, set, frozenset)):
        for item in value:
            _strings_of(item, out, depth + 1)
    elif depth < 6 and isinstance(value, dict):
        for key, item in value.items():
            _strings_of(key, out, depth + 1)
            _strings_of(item, out, depth + 1)


def test_strings() -> list[str]:
    """Every string constant of tests/unit/test_*.py and every string their module-level values hold."""
    out: set[str] = set()
    for path in sorted(TESTS.glob("test_*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        out.update(n.value for n in ast.walk(tree) if isinstance(n, ast.Constant) and isinstance(n.value, str))
        try:
            module = _module(path)
        except Exception as exc:  # noqa: BLE001 - a module that does not import alone: its constants still count
            progress("%s: not imported (%s)", path.name, exc)
            continue
        for name, value in vars(module).items():
            if not name.startswith("__"):
                _strings_of(value, out)
    return sorted(out)


def labelled_cases() -> list[dict[str, Any]]:
    out = []
    for path in SETS.values():
        if path.exists():
            out += [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return out


def padded(log: str) -> list[str]:
    filler = "\n".join(_FILLER) + "\n"
    half = len(_FILLER) // 2
    return [filler + log, log + ("" if log.endswith("\n") else "\n") + filler,
            "\n".join(_FILLER[:half]) + "\n" + log + "\n" + "\n".join(_FILLER[half:]) + "\n"]


def _compiled(entry: str, source: str) -> re.Pattern[str]:
    return re.compile(source, re.MULTILINE if entry == "go-mod-tidy-diff-drift" else re.IGNORECASE | re.MULTILINE)


def equivalence(pairs: list[tuple[str, str, str]], texts: dict[str, list[str]]) -> list[tuple[Any, ...]]:
    rows = []
    for entry, old, new in pairs:
        before, after = _compiled(entry, old), _compiled(entry, new)
        for name, group in texts.items():
            matched = differ = 0
            for text in group:
                a, b = before.search(text) is not None, after.search(text) is not None
                matched += a
                differ += a != b
            rows.append((entry, name, len(group), matched, differ))
    return rows


def log_search_check(logs: list[str]) -> tuple[int, int, int]:
    """(searches the pre-filter lets through, of them windowed, differences): LogSearch.found against regex.search
    where LogSearch searches windows (elsewhere it runs that very search over the whole log)."""
    patterns = list({(u.pattern, u.flags): u for sig in builtin_catalogue() for u in sig.unless_log}.values())
    compared = windowed = differ = 0
    for log in logs:
        search = LogSearch(log, ascii_lower(log))
        for regex in patterns:
            if not search._possible((regex.pattern, regex.flags)):
                continue  # (the pre-filter, unchanged: a literal the log lacks)
            compared += 1
            if search.windows(regex) is None:
                continue  # (no windows: found() is regex.search over the whole log itself)
            windowed += 1
            differ += search.found(regex) != (regex.search(log) is not None)
    return compared, windowed, differ


def cpu_times(pairs: list[tuple[str, str, str]], quick: bool) -> list[tuple[Any, ...]]:
    sys.path.insert(0, str(Path(__file__).parent))
    import log_pattern_speed as L

    size = L.QUICK_SIZE if quick else L.FULL_SIZE
    rows = []
    for entry, old, new in pairs:
        before, after = _compiled(entry, old), _compiled(entry, new)
        markers, closing = L.pieces(before)
        worst: tuple[float, float, str] = (0.0, 0.0, "")
        for name, log in L.logs_for(markers, closing, size):
            best = {id(before): 9e9, id(after): 9e9}
            for _ in range(3):
                for regex in (before, after):  # (interleaved)
                    start = time.process_time()
                    regex.search(log)
                    best[id(regex)] = min(best[id(regex)], time.process_time() - start)
            if best[id(before)] > worst[0]:
                worst = (best[id(before)], best[id(after)], name)
        rows.append((entry, worst[2], f"{worst[0]:.3f}", f"{worst[1]:.3f}"))
    return rows


def digest(path: str) -> None:
    engine = RulesEngine()
    out = {}
    for case in labelled_cases():
        for k, log in enumerate([case["log"], *padded(case["log"])]):
            v = engine.classify(FailureCase.from_dict({**case, "log": log}))
            out[f"{case['id']}:{k}"] = {**v.to_dict(), "signatures": [f.signature for f in v.findings],
                                        "confidence": v.confidence}
    Path(path).write_text(json.dumps(out, default=str), encoding="utf-8")
    progress("%d verdicts written to %s", len(out), path)


def compare(a: str, b: str) -> int:
    left, right = (json.loads(Path(p).read_text(encoding="utf-8")) for p in (a, b))
    differ = [k for k in left if left[k] != right.get(k)]
    print(f"{len(left)} verdicts compared ({len(right)} in the second file): {len(differ)} differ")
    for key in differ[:20]:
        print(f"  {key}: {left[key]} / {right.get(key)}")
    return 1 if differ or len(left) != len(right) else 0


def main() -> int:
    def extra(parser: Any) -> None:
        parser.add_argument("--digest")
        parser.add_argument("--compare", nargs=2)

    args = parse_args(__doc__.splitlines()[0], extra)
    if args.digest:
        digest(args.digest)
        return 0
    if args.compare:
        return compare(*args.compare)
    header("Speed-only rewrites of the twenty-fourth round: same answers, CPU time saved",
           "python benchmarks/speed24_equivalence.py" + (" --quick" if args.quick else ""))
    pairs = rewrites()
    progress("collecting the unit tests' strings")
    strings = test_strings()
    logs = [case["log"] for case in labelled_cases()]
    padded_logs = [p for log in logs for p in padded(log)]
    texts = {"unit-test strings": strings, "labelled logs": logs, "padded labelled logs": padded_logs}
    progress("%d unit-test strings, %d labelled logs, %d padded", len(strings), len(logs), len(padded_logs))
    rows = equivalence(pairs, texts)
    print("Former and new pattern, `search(text) is not None` on every text:\n")
    print(table(["entry", "texts", "count", "former matched", "differ"], rows, "llrrr"))
    differ = sum(r[-1] for r in rows)
    print(f"\nDifferences in all: {differ}\n")
    progress("LogSearch against a plain search on the padded labelled logs")
    compared, windowed, search_differ = log_search_check(padded_logs)
    print(f"LogSearch.found against regex.search (every unless_log pattern whose literals the log holds, on the "
          f"{len(padded_logs)} padded labelled logs): {compared:,} searches past the literal pre-filter, {windowed:,} of them "
          f"on windows, compared with a plain search: {search_differ} differ.\n")
    progress("CPU times on the log_pattern_speed logs")
    print("CPU seconds (best of three, interleaved) on the former pattern's slowest log of about "
          f"{100 if args.quick else 1000} kB:\n")
    print(table(["entry", "log", "former s", "new s"], cpu_times(pairs, args.quick), "llrr"))
    return 1 if differ or search_differ else 0


if __name__ == "__main__":
    raise SystemExit(main())
