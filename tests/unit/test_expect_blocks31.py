"""(perf31) compared_reports.ExpectBlocks and line_checks._heap_grows_every_file give the answers their earlier forms gave.

ExpectBlocks replaced _in_expect_test_block, which read up to _EXPECT_TEST_LINES lines upward from every line the engine
asked about; _heap_grows_every_file read a copy of every line below each Jest heap report. The earlier forms are kept
here as the oracle, copied from the base commit (3cef109): every line of many generated texts (random mixes of the lines
each form reads, blank and whitespace-only lines, indented lines and other steps' lines) is asked of both, and the engine
classifies a few dozen such logs with every call it makes answered by the old form as well. No wall-clock bound:
benchmarks/log_pattern_speed.py measures the time.
"""

from __future__ import annotations

import random
import re
from itertools import accumulate

import pytest

from triage_agent.classify import compared_reports, line_checks, rules
from triage_agent.classify.compared_reports import (
    _EXPECT_TEST_LABEL,
    _EXPECT_TEST_LINES,
    _EXPECT_TEST_RULE,
    _FILECHECK_ERROR,
    _FILECHECK_NOTE,
    _TASTY_GOLDEN_HEAD,
    ExpectBlocks,
)
from triage_agent.classify.line_checks import (
    _HEAP_GROWTH,
    _HEAP_OOM_LINES,
    _HEAP_REPORT,
    _HEAP_RUN,
    _JEST_SUMMARY,
    _V8_HEAP_OOM,
    _heap_grows_every_file,
)
from triage_agent.classify.lines import _NEXT_COMMAND
from triage_agent.classify.rules import RulesEngine
from triage_agent.core.models import FailureCase

# ---------------------------------------------------------------- the oracle: the base commit's forms (3cef109)


def _old_in_expect_test_block(lines: list[str], idx: int) -> bool:
    if idx > 0 and (_FILECHECK_NOTE.match(lines[idx - 1][:500]) or _FILECHECK_ERROR.search(lines[idx - 1][:500])):
        return True
    indent = len(lines[idx]) - len(lines[idx].lstrip(" \t"))
    for j in range(idx - 1, max(-1, idx - 1 - _EXPECT_TEST_LINES), -1):
        ln = lines[j]
        if ln.rstrip() == _EXPECT_TEST_RULE:
            return j > 0 and bool(_EXPECT_TEST_LABEL.match(lines[j - 1]))
        if ln.rstrip() == "<<<<<<":
            return True
        if ln.rstrip() == ">>>>>>":
            return False
        head = _TASTY_GOLDEN_HEAD.match(ln[:500])
        if head:
            return indent >= len(head.group(1)) > 0
        if indent and not ln.strip():
            indent = 0
    return False


def _old_heap_grows_every_file(lines: list[str], idx: int) -> bool:
    if any(_HEAP_REPORT.match(ln[:700]) for ln in lines[idx + 1:]):
        return False
    for ln in lines[idx + 1: idx + 1 + _HEAP_OOM_LINES]:
        if _V8_HEAP_OOM.search(ln[:700]):
            break
        if _JEST_SUMMARY.match(ln[:700]) or _NEXT_COMMAND.match(ln[:700]):
            return False
    else:
        return False
    sizes: list[float] = []
    for ln in reversed(lines[: idx + 1]):
        m = _HEAP_REPORT.match(ln[:700])
        if m is None:
            continue
        size = float(m.group(1))
        if sizes and size >= sizes[-1]:
            break
        sizes.append(size)
    return len(sizes) >= _HEAP_RUN and sizes[0] >= _HEAP_GROWTH * sizes[-1]


# ---------------------------------------------------------------- generated texts

_EXPECT_PIECES = (
    "----", "---- ", "----\t", "-----", " ----", "----x", "Expect:", "Actual:", "Diff:", "Actual:  ", "Expected:",
    "<<<<<<", ">>>>>>", "<<<<<< ", ">>>>>>\t", " <<<<<<", "<<<<<<<",
    "Test output was different from 'golden/a.txt'. It was:", "  Test output was different from 'b.golden'. It was:",
    "\tTest output was different from 'c'. It was:", "x Test output was different from 'd'. It was:",
    "    Test output was different from ''. It was:",
    "t.ll:3:10: note: scanning from here", "t.ll:4:1: note: found here",
    "t.ll:2:11: error: CHECK-NEXT: expected string not found in input",
    "", " ", "\t", "   ", "\u00a0", "  indented output line", "    deeper output line", "\tconnection refused",
    "Error: connect ECONNREFUSED 127.0.0.1:5432", "  Error: connect ECONNREFUSED 127.0.0.1:5432",
    "compiling module 3 of many", "$ make test", "##[group]Run npm test",
)


def _expect_text(rng: random.Random) -> str:
    n = rng.choice((5, 40, 260, 700))
    lines = [rng.choice(_EXPECT_PIECES) for _ in range(n)]
    if rng.random() < 0.3:  # long stretches with no line that ends the look upward (the 200-line edge)
        at = rng.randrange(n)
        lines[at:at] = [rng.choice(("  out", "", "x")) for _ in range(rng.choice((198, 199, 200, 201, 202)))]
    return "\n".join(lines)


def _heap_line(rng: random.Random, size: float) -> str:
    return rng.choice((f"PASS src/a{rng.randrange(99)}.test.ts ({size:g} MB heap size)",
                       f"FAIL src/b.test.js (1.2 s, {size:g} MB heap size)",
                       f"  PASS  packages/x/y.spec.tsx ({size:g}MB heap size)  "))


def _heap_text(rng: random.Random) -> str:
    lines: list[str] = []
    size = 100.0
    for _ in range(rng.choice((3, 30, 300))):
        r = rng.random()
        if r < 0.5:
            size = size + rng.choice((1, 20, 50)) if rng.random() < 0.85 else max(1.0, size - rng.choice((5, 80)))
            lines.append(_heap_line(rng, size))
        elif r < 0.6:
            lines.append(rng.choice(("<--- Last few GCs --->",
                                     "FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory")))
        elif r < 0.67:
            lines.append(rng.choice(("Tests:       1 failed, 20 passed", "Test Suites: 2 failed", "$ npm run build")))
        else:
            lines.append(rng.choice(("", "  console.log", "    rendering widget, heap used: 312 MB", "compiling")))
    if rng.random() < 0.3:
        lines += [""] * rng.choice((398, 399, 400, 401))
        lines.append("FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory")
    return "\n".join(lines)


def _index(text: str) -> tuple[list[str], list[int]]:
    lines = text.split("\n")
    return lines, [0, *accumulate(len(line) + 1 for line in lines)]


@pytest.mark.parametrize("seed", range(12))
def test_expect_blocks_answer_as_the_upward_read(seed: int) -> None:
    rng = random.Random(seed)
    for _ in range(25):
        text = _expect_text(rng)
        lines, starts = _index(text)
        blocks = ExpectBlocks(text, lines, starts)
        for idx in rng.sample(range(len(lines)), len(lines)):  # (in any order: the memo of blank lines must not care)
            assert blocks.holds(idx) == _old_in_expect_test_block(lines, idx), (seed, idx, lines[max(0, idx - 5): idx + 1])


def test_expect_blocks_edges() -> None:
    cases = [
        (["Actual:", "----", "x"], 2, True),
        (["Actual:", "---- ", "", "x"], 3, True),
        (["----", "x"], 1, False),  # (a rule on the first line: no label above)
        (["Expect:", "----", *["y"] * 199, "x"], 201, True),  # (the rule 200 lines above)
        (["Expect:", "----", *["y"] * 200, "x"], 202, False),  # (201 lines above: out of reach)
        (["<<<<<<", ">>>>>>", "x"], 2, False),
        (["  Test output was different from 'g'. It was:", "    out"], 1, True),
        (["  Test output was different from 'g'. It was:", "", "    out"], 2, False),  # (a blank line between)
        (["  Test output was different from 'g'. It was:", " \t ", "    out"], 2, False),
        (["  Test output was different from 'g'. It was:", " out"], 1, False),  # (less indented than the header)
        (["Test output was different from 'g'. It was:", "    out"], 1, False),  # (a header flush left)
        (["t.ll:3:10: note: scanning from here", "input"], 1, True),
    ]
    for lines, idx, want in cases:
        text = "\n".join(lines)
        assert _old_in_expect_test_block(lines, idx) is want, lines
        assert ExpectBlocks(text, *_index(text)).holds(idx) is want, lines


@pytest.mark.parametrize("seed", range(8))
def test_heap_reading_answers_as_its_earlier_form(seed: int) -> None:
    rng = random.Random(1000 + seed)
    grew = 0
    for _ in range(40):
        lines = _heap_text(rng).split("\n")
        for idx, ln in enumerate(lines):
            if _HEAP_REPORT.match(ln[:700]):
                got = _heap_grows_every_file(lines, idx)
                assert got == _old_heap_grows_every_file(lines, idx), (seed, idx)
                grew += got
    assert grew  # (the generated logs reach the growth, not only its refusals)


def _engine_log(rng: random.Random) -> str:
    """A log the engine reads: outage lines (which the engine asks ExpectBlocks about) and heap reports among the
    generated lines."""
    outage = ("Error: connect ECONNREFUSED 127.0.0.1:5432", "  curl: (6) Could not resolve host: example.org",
              "    read ECONNRESET", "Connection timed out", "503 Service Unavailable")
    parts = [_expect_text(rng), _heap_text(rng)]
    lines = "\n".join(parts).split("\n")
    for _ in range(rng.choice((3, 30))):
        lines.insert(rng.randrange(len(lines) + 1), rng.choice(outage))
    return "\n".join(lines) + "\n"


def test_engine_asks_the_new_forms_what_the_old_forms_answer(monkeypatch: pytest.MonkeyPatch) -> None:
    asked = {"expect": 0, "heap": 0}
    real_holds = compared_reports.ExpectBlocks.holds

    def holds(self: ExpectBlocks, idx: int) -> bool:
        got = real_holds(self, idx)
        assert got == _old_in_expect_test_block(self._lines, idx)
        asked["expect"] += 1
        return got

    def heap(lines: list[str], idx: int) -> bool:
        got = _heap_grows_every_file(lines, idx)
        assert got == _old_heap_grows_every_file(lines, idx)
        asked["heap"] += 1
        return got

    monkeypatch.setattr(compared_reports.ExpectBlocks, "holds", holds)
    monkeypatch.setitem(line_checks._LINE_CHECKED, line_checks._HEAP_GROWS_ID, heap)
    assert rules._LINE_CHECKED is line_checks._LINE_CHECKED
    engine = RulesEngine()
    rng = random.Random(31)
    for n in range(40):
        engine.classify(FailureCase.from_dict({"id": f"g{n}", "log": _engine_log(rng)}))
    assert asked["expect"] > 100 and asked["heap"] > 100, asked


def test_jest_heap_growth_still_reads_real() -> None:
    """A near-miss guard (passes at 3cef109 as well): the growth the heap reading names is still read, the same way."""
    reports = "".join(f"PASS src/feature{i}/widget.test.ts ({100 + 40 * i} MB heap size)\n" for i in range(12))
    log = ("$ npx jest --logHeapUsage --runInBand\n" + reports + "\n<--- Last few GCs --->\n\n"
           "FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory\n")
    v = RulesEngine().classify(FailureCase.from_dict({"id": "heap", "log": log}))
    assert v.verdict == "real"
    assert re.search(r"heap", " ".join(v.evidence), re.I)
