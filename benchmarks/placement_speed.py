"""Hostile logs for placement.py's readings, timed in CPU seconds before and after a change: a benchmark, not a test.

A megabyte of log mixing failing tests' reports of compared values (pytest's "E   assert ...", JUnit's "expected:<...>
but was:<...>", Jest's "Expected:" / "Received:") with about 700 outage lines (a connection reset, a 503, a time-out)
in four shapes: interleaved, every outage above every mismatch, every outage below, and one long section. Each shape
is classified by this tree's engine and by a base commit's, exported to a directory and imported in a child process
(PYTHONPATH), and the verdicts, confidences and rationales are compared. It prints a Markdown table; exit status 1
when any verdict differs.

    git archive <base> | tar -x -C /tmp/quad-base
    python benchmarks/placement_speed.py --base /tmp/quad-base
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from _tree_timing import classify_shapes, run_tree

REPO = Path(__file__).resolve().parent.parent

_OUTAGES = (
    "requests.exceptions.ConnectionError: ('Connection aborted.', ConnectionResetError(104, 'Connection reset by peer'))",
    "curl: (22) The requested URL returned error: 503 Service Unavailable",
    "ERROR: Read timed out. (read timeout=30) while fetching https://billing.example.com/sync",
)


def _mismatch(n: int) -> list[str]:
    """One failing test's report of compared values, of one of three runners (by ``n``)."""
    kind = n % 3
    if kind == 0:
        return [f"____________________ test_total_{n} ____________________",
                f"    def test_total_{n}():",
                f">       assert cart_total({n}) == {n + 1}",
                f"E       assert {n} == {n + 1}",
                f"tests/test_cart.py:{10 + n % 90}: AssertionError"]
    if kind == 1:
        return [f"[ERROR] CartTest.total{n}:22 expected:<{n + 2}> but was:<{n + 3}>",
                f"\tat org.junit.Assert.assertEquals(Assert.java:{n % 200})"]
    return [f"  ● Cart › adds line {n}",
            "",
            "    expect(received).toBe(expected) // Object.is equality",
            "",
            f"    Expected: {n + 40}",
            f"    Received: {n + 38}",
            ""]


def _filler(n: int) -> list[str]:
    return [f"[INFO] step {n}: compiling module_{n}.py ok", f"  worker {n % 7} processed {n * 3} records"]


def _outage(n: int) -> list[str]:
    return [_OUTAGES[n % 3], f"  retrying in {n % 5 + 1}s"]


def make_log(shape: str, outages: int = 700, size: int = 1_000_000) -> str:
    """A log of ``shape`` (interleaved, outages-above, outages-below, one-section) of about ``size`` characters with
    ``outages`` outage blocks, as many mismatch blocks as fit beside them."""
    outs = [_outage(i) for i in range(outages)]
    body: list[str] = ["$ pytest -q tests", "============================= test session starts ============================="]
    if shape == "one-section":
        # one runner's section: no command, no rule, every line inside it
        body = ["$ make test"]
    mism: list[list[str]] = []
    filler: list[list[str]] = []
    total = sum(len(x) + 1 for o in outs for x in o)
    n = 0
    while total < size * 0.85:
        m = _mismatch(n)
        mism.append(m)
        f = _filler(n)
        filler.append(f)
        total += sum(len(x) + 1 for x in m + f)
        n += 1
    if shape == "interleaved":
        step = max(1, len(mism) // max(1, len(outs)))
        oi = 0
        for i, m in enumerate(mism):
            body += filler[i] + m
            if i % step == 0 and oi < len(outs):
                body += outs[oi]
                oi += 1
        for o in outs[oi:]:
            body += o
    elif shape == "outages-above":
        for o in outs:
            body += o
        for f, m in zip(filler, mism, strict=True):
            body += f + m
    elif shape == "outages-below":
        for f, m in zip(filler, mism, strict=True):
            body += f + m
        for o in outs:
            body += o
    elif shape == "one-section":
        half = len(mism) // 2
        for f, m in zip(filler[:half], mism[:half], strict=True):
            body += f + m
        for o in outs:
            body += o + filler[0]
        for f, m in zip(filler[half:], mism[half:], strict=True):
            body += f + m
    else:
        raise ValueError(shape)
    body += ["", "FAILED tests/test_cart.py::test_total_0 - assert 0 == 1",
             f"========================= {len(mism)} failed in 12.34s =========================",
             "##[error]Process completed with exit code 1."]
    return "\n".join(body) + "\n"


SHAPES = ("interleaved", "outages-above", "outages-below", "one-section")


def _child(shapes: list[str]) -> None:
    """Classify each shape with the engine importable here; print one JSON line per shape."""
    classify_shapes(make_log, shapes)


def _run(root: Path, shapes: list[str]) -> dict[str, dict[str, Any]]:
    return run_tree(__file__, root, shapes)


def _counts(log: str) -> tuple[int, int, int]:
    lines = log.splitlines()
    outages = sum(1 for ln in lines if ln in _OUTAGES)
    mismatches = sum(1 for ln in lines if ln.startswith(("E       assert", "[ERROR] CartTest", "    Expected: ")))
    return len(lines), outages, mismatches


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base", default="/tmp/quad-base", help="an export of the base commit's tree")
    parser.add_argument("--child", nargs="*", help=argparse.SUPPRESS)
    parser.add_argument("--shapes", nargs="*", default=list(SHAPES))
    args = parser.parse_args()
    if args.child is not None:
        _child(args.child)
        return 0
    after = _run(REPO, args.shapes)
    before = _run(Path(args.base), args.shapes)
    print("# placement.py on hostile logs (CPU seconds, RulesEngine().classify)\n")
    print(f"base: {args.base}\n")
    print("| shape | lines | outages | mismatches | CPU s before | CPU s after | verdict identical |")
    print("|---|--:|--:|--:|--:|--:|---|")
    same_all = True
    for shape in args.shapes:
        lines, outs, mism = _counts(make_log(shape))
        same = before[shape]["verdict"] == after[shape]["verdict"]
        same_all &= same
        print(f"| {shape} | {lines} | {outs} | {mism} | {before[shape]['cpu']:.2f} | {after[shape]['cpu']:.2f} "
              f"| {'yes' if same else 'NO'} ({after[shape]['verdict']['verdict']}, "
              f"{after[shape]['verdict']['confidence']}) |")
    return 0 if same_all else 1


if __name__ == "__main__":
    sys.exit(main())
