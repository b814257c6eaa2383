"""The whole engine on its slowest 1 MB logs, timed in CPU seconds before and after a change: a benchmark, not a test.

The logs (about 1 MB each): the worst log of each of the 10 slowest whole-log patterns of
``log_pattern_speed.py --quick`` at the thirty-first round's start (pinned below by entry, log shape and the pattern's
first characters, made by that benchmark's own log maker), its fixed shapes (``fixed_logs``: Jest's heap reports one a
line, the Buildkite agent's stop lines above "access token" lines) and ``large_logs.py``'s two engine shapes (500,000
blank lines, 1,000 Docker pull lines after the failure). They are written once by this tree and read by this tree's
engine and by a base commit's (exported to a directory, imported in a child process through PYTHONPATH), each
``--repeat`` times, the least CPU shown (the machine is shared); the verdicts, confidences, rationales and evidence
are compared. It prints a Markdown table; exit status 1 when any verdict differs.

    git archive <base> | tar -x -C /tmp/perf31-base
    python benchmarks/engine_speed31.py --base /tmp/perf31-base [--repeat 3]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from _tree_timing import best_of, classify_shapes

REPO = Path(__file__).resolve().parent.parent

# (entry and list, log shape, the pattern's first characters) of the 10 slowest at 3cef109, worst log first
WORST = (
    ("test-timeout unless_log", "closing first, plain", "terminate called after throwing an instance of '"),
    ("webdriver-loopback-driver-not-listening unless_log", "closing first, plain", r"\bssh\b[^\n]{0,400}?\s-L"),
    ("test-runner-disconnected unless_log", "closing last, plain", r"disconnected, because no message in"),
    ("wait-timed-out-after-app-crash patterns", "closing last, Jenkins", r"(?:\bTimed out waiting for: "),
    ("data-file-syntax unless_log", "all words, plain", r'(?m)^(?!>\s)(?:\s*File "'),
    ("syntax-error unless_log", "all words, plain", r'(?m)^(?!>\s)(?:\s*File "'),
    ("wait-timed-out-after-app-crash patterns", "markers, GitHub", r"(?:\bError: Cannot find module '"),
    ("ci-agent-more patterns", "markers, plain", r"\bKilled: 9\s*$"),
    ("resource-exhausted unless_log", "closing last, plain", r"WORKER TIMEOUT \(pid:"),
    ("python-env-lock-missing-or-stale unless_log", "all words, Jenkins", r"(?>(?:\bpdm lock\b"),
)


def write_logs(folder: Path) -> list[tuple[str, Path]]:
    """Write every log to ``folder``: (its name in the table, its file)."""
    import large_logs
    import log_pattern_speed as lps

    out: list[tuple[str, Path]] = []
    patterns = lps.whole_log_patterns()
    for n, (entry, shape, start) in enumerate(WORST):
        p = next(p for p in patterns if p.entry.split(" (")[0] == entry and p.regex.pattern.startswith(start))
        log = next(log for name, log in lps.logs_for(p.markers, p.closing, lps.FULL_SIZE) if name == shape)
        out.append((f"{entry}: {shape}", folder / f"w{n:02d}.log"))
        out[-1][1].write_text(log)
    for n, (name, log) in enumerate(lps.fixed_logs()):
        out.append((name, folder / f"f{n}.log"))
        out[-1][1].write_text(log)
    body = "".join(f"a1b2c3d4e5f{i % 10}: Pull complete\n" + "compiling module of many, nothing to see here\n" * 40
                   for i in range(1000))
    for name, log in (("500,000 blank lines", "\n" * 500_000 + large_logs.TAIL),
                      ("1,000 pull lines after the failure", large_logs.DAEMON_HEAD + body
                       + "Exited with code exit status 1\n")):
        out.append((name, folder / f"l{len(out)}.log"))
        out[-1][1].write_text(log)
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base", default="/tmp/perf31-base", help="an export of the base commit's tree")
    parser.add_argument("--child", nargs="*", help=argparse.SUPPRESS)
    parser.add_argument("--repeat", type=int, default=3, help="runs of each tree; the least CPU is shown")
    args = parser.parse_args()
    if args.child is not None:
        classify_shapes(lambda path: Path(path).read_text(), args.child)
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        logs = write_logs(Path(tmp))
        files = [str(path) for _, path in logs]
        after = best_of(__file__, REPO, files, args.repeat)
        before = best_of(__file__, Path(args.base), files, args.repeat)
        sizes = {str(path): path.stat().st_size for _, path in logs}
    print(f"# The whole engine on its slowest 1 MB logs (CPU seconds, RulesEngine().classify, best of {args.repeat})\n")
    print(f"base: {args.base}\n")
    print("| log | MB | CPU s before | CPU s after | verdict identical |")
    print("|---|--:|--:|--:|---|")
    same_all = True
    for name, path in logs:
        b, a = before[str(path)], after[str(path)]
        same = b["verdict"] == a["verdict"]
        same_all &= same
        print(f"| {name} | {sizes[str(path)] / 1e6:.2f} | {b['cpu']:.2f} | {a['cpu']:.2f} "
              f"| {'yes' if same else 'NO'} ({a['verdict']['verdict']}) |")
    return 0 if same_all else 1


if __name__ == "__main__":
    sys.exit(main())
