"""Lint findings by the megabyte, timed in CPU seconds before and after a change: a benchmark, not a test.

Round 29's review (rv29b) let a lint step's findings stand aside where the job went on to another command or step
with no failed exit between: yamllint's parsable findings and dotnet format's warning codes (lint-as-warning) and
Semgrep's findings count (static-analyzer-findings-summary). Each such finding then looked up to 400 lines (Semgrep's
40) ahead of itself, so a log of findings cost findings x window (perf30: read from a one-pass index since, went_on.py).
Three shapes of about a megabyte each: yamllint's findings and dotnet format's warnings one a line, a command or a
step header every 1,000 of them; Semgrep's counts, each over a path line, a command every 100; most findings look the
whole window ahead and find none, the last ones before each command find it; GitHub's failed exit at the end. Each
shape is classified by this tree's engine and by a base commit's, exported to a directory and imported in a child
process (PYTHONPATH), each ``--repeat`` times, the least CPU shown; the verdicts, confidences, rationales and evidence
are compared. It prints a Markdown table; exit status 1 when any verdict differs.

    git archive <base> | tar -x -C /tmp/perf30-base
    python benchmarks/lint_guard_speed.py --base /tmp/perf30-base [--repeat 3]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from _tree_timing import best_of, classify_shapes

REPO = Path(__file__).resolve().parent.parent


def _yamllint(n: int) -> list[str]:
    rule = ("line-length", "indentation", "trailing-spaces", "truthy")[n % 4]
    message = ("line too long (97 > 80 characters)", "wrong indentation: expected 4 but found 2",
               "trailing spaces", "truthy value should be one of [false, true]")[n % 4]
    level = "error" if n % 5 == 0 else "warning"
    return [f"charts/svc{n % 97}/values.yaml:{n % 400 + 1}:{n % 60 + 1}: [{level}] {message} ({rule})"]


def _dotnet(n: int) -> list[str]:
    code = ("WHITESPACE", "FINALNEWLINE", "IMPORTS", "CHARSET")[n % 4]
    return [f"src/Billing/Invoice{n % 211}.cs({n % 300 + 1},{n % 40 + 1}): warning {code}: Fix whitespace formatting. "
            "[src/Billing/Billing.csproj]"]


def _semgrep(n: int) -> list[str]:
    return [f"Ran 312 rules on {n % 90 + 10} files: {n % 7 + 1} finding{'s' if n % 7 else ''}.",
            f"  src/billing/module_{n}.py"]


# (shape: the command that starts the log, a block of findings, how many blocks between two commands: most findings
# look the whole window ahead, 400 lines for yamllint and dotnet format, 40 for Semgrep, and find none)
_SHAPES: dict[str, tuple[str, Any, int]] = {
    "yamllint-findings": ("$ yamllint -f parsable .", _yamllint, 1000),
    "dotnet-format-warnings": ("$ dotnet format --verify-no-changes --severity warn", _dotnet, 1000),
    "semgrep-counts": ("$ semgrep scan --config auto", _semgrep, 100),
}
SHAPES = tuple(_SHAPES)


def make_log(shape: str, size: int = 1_000_000) -> str:
    """A log of ``shape`` of about ``size`` characters: the shape's findings, a command or a GitHub step header every
    so many blocks, GitHub's failed exit at the end."""
    first, block, every = _SHAPES[shape]
    body = ["##[group]Run " + first[2:], first]
    total, n = 0, 0
    while total < size:
        lines = block(n)
        body += lines
        total += sum(len(x) + 1 for x in lines)
        n += 1
        if n % every == 0:
            step = f"##[group]Run ./scripts/check.sh part{n}" if n % (2 * every) else f"$ ./scripts/check.sh part{n}"
            body.append(step)
    body += ["##[error]Process completed with exit code 1."]
    return "\n".join(body) + "\n"


def _child(shapes: list[str]) -> None:
    """Classify each shape with the engine importable here; print one JSON line per shape."""
    classify_shapes(make_log, shapes)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base", default="/tmp/perf30-base", help="an export of the base commit's tree")
    parser.add_argument("--child", nargs="*", help=argparse.SUPPRESS)
    parser.add_argument("--shapes", nargs="*", default=list(SHAPES))
    parser.add_argument("--repeat", type=int, default=3, help="runs of each tree; the least CPU is shown")
    args = parser.parse_args()
    if args.child is not None:
        _child(args.child)
        return 0
    after = best_of(__file__, REPO, args.shapes, args.repeat)
    before = best_of(__file__, Path(args.base), args.shapes, args.repeat)
    print("# Lint findings by the megabyte (CPU seconds, RulesEngine().classify, best of "
          f"{args.repeat})\n")
    print(f"base: {args.base}\n")
    print("| shape | lines | MB | CPU s before | CPU s after | verdict identical |")
    print("|---|--:|--:|--:|--:|---|")
    same_all = True
    for shape in args.shapes:
        log = make_log(shape)
        same = before[shape]["verdict"] == after[shape]["verdict"]
        same_all &= same
        print(f"| {shape} | {log.count(chr(10))} | {len(log) / 1e6:.2f} | {before[shape]['cpu']:.2f} "
              f"| {after[shape]['cpu']:.2f} | {'yes' if same else 'NO'} ({after[shape]['verdict']['verdict']}, "
              f"{after[shape]['verdict']['confidence']}) |")
    return 0 if same_all else 1


if __name__ == "__main__":
    sys.exit(main())
