"""(perf31) Three readings made cheaper on a megabyte give the answers their earlier forms gave.

* compared_reports.ExpectBlocks replaced _in_expect_test_block, which read up to _EXPECT_TEST_LINES lines upward from
  every line the engine asked about;
* line_checks._heap_grows_every_file read a copy of every line below each Jest heap report (now the lines in place);
* ci-agent-stopped-job-token-revoked's pattern read up to 300 lines below every stop line of the Buildkite agent; it
  now matches the stop line alone and went_on.py's index ("agent_token_revoked", if_went_on) finds the revoked token
  below it.

The earlier forms are kept here as the oracle, copied from the base commit (3cef109): every line of many generated
texts (random mixes of the lines each form reads, blank and whitespace-only lines, indented lines, long lines and other
steps' lines) is asked of both, and the engine classifies generated logs with every call it makes answered by the old
form as well (the expect-test and heap readings) or with the old pattern in its catalogue (the agent's token). No
wall-clock bound: benchmarks/log_pattern_speed.py measures the time.
"""

from __future__ import annotations

import random
import re
from itertools import accumulate

import pytest

from triage_agent.classify import compared_reports, line_checks, rules
from triage_agent.classify.catalogue import (
    Catalogue,
    builtin_catalogue,
    compile_matcher,
    parse_catalogue_text,
)
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


# ---------------------------------------------------------------- the Buildkite agent's revoked token

_TOKEN_ID = "ci-agent-stopped-job-token-revoked"
# the pattern at the base commit (speed30's wording), and the first wording (test_scan_windows30 keeps it too)
_OLD_TOKEN = (r"(?-i:^[^\n]{0,300}?\b(?:Received CTRL-C, send again to forcefully kill the agent\(s\)|Gracefully stopping"
              r" agent\. Waiting for current job to finish)[^\n]{0,400}\n(?:[^\n]{0,2000}\n){0,300}?(?=[^\n]*access token)"
              r"[^\n]{0,400}?(?:\bInvalid access token, cancelling job\b|\(access token is invalid\)|\b401 Unauthorized:"
              r" Invalid access token\b))")
_FIRST_TOKEN = _OLD_TOKEN.replace(r"(?=[^\n]*access token)", "")
_TOKEN_PIECES = [
    "INFO   build-agent-5c2d Received CTRL-C, send again to forcefully kill the agent(s)",
    "INFO   build-agent-5c2d-1 Gracefully stopping agent. Waiting for current job to finish before disconnecting...",
    "gracefully stopping agent. waiting for current job to finish", "ERROR  Invalid access token, cancelling job 0195",
    "INFO   Canceling job 0195 with a signal grace period of 9s (access token is invalid)",
    "WARN   Buildkite rejected the chunk upload (PUT x: 401 Unauthorized: Invalid access token)",
    "access token expired", "invalid access token, cancelling job 1", "Invalid access token, cancelling jobs",
    "x" * 420 + " Invalid access token, cancelling job 1", "x" * 390 + " Invalid access token, cancelling job 1",
    "Gracefully stopping agent. Waiting for current job to finish; Invalid access token, cancelling job 2",
    "Gracefully stopping agent. Waiting for current job to finish" + " y" * 201,
    " " * 290 + "Received CTRL-C, send again to forcefully kill the agent(s)",
    "requesting an access token for the cache", "Invalid access token, cancelling job 3" + " z" * 1000,
    "\n".join(["ok"] * 298), "\n".join(["ok"] * 299), "\n".join(["ok"] * 300),
    "ok", "step 2", "", "   ", "x" * 300, "y" * 2000, "y" * 2001, "w" * 4000,
]


def _token_log(rng: random.Random) -> str:
    return "\n".join(rng.choice(_TOKEN_PIECES) for _ in range(rng.randint(1, 14))) + rng.choice(("", "\n"))


def _token_lines(text: str, catalogue: Catalogue) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """(the lines, with their first characters, the entry's pattern takes now: its matches whose look finds the revoked
    token; those the old pattern takes, read the engine's way)."""
    sig = catalogue.get(_TOKEN_ID)
    assert sig is not None and len(sig.matchers) == 1
    matcher = sig.matchers[0]
    assert matcher.if_went_on == "agent_token_revoked"
    read = rules._ScanText(catalogue, text)
    new = [(i, f) for i, f in read.matched_lines(matcher) if read.went_on_index.went_on(matcher.if_went_on, i, 0)]
    old_matcher = compile_matcher(re.compile(_OLD_TOKEN, sig.patterns[0].flags))
    old = list(rules._ScanText(catalogue, text).matched_lines(old_matcher))
    return new, old


def _plain_walk(pattern: str, text: str) -> list[int]:
    """The lines of a plain search from the line after each match's start (the engine's walk, no pre-filter)."""
    regex, found, pos = re.compile(pattern, re.M | re.I), [], 0
    while (m := regex.search(text, pos)) is not None:
        found.append(text.count("\n", 0, m.start()))
        end = text.find("\n", m.start())
        if end < 0:
            break
        pos = end + 1
    return found


@pytest.mark.parametrize("seed", range(6))
def test_the_token_look_takes_the_lines_the_old_pattern_took(seed: int) -> None:
    catalogue = builtin_catalogue()
    rng = random.Random(3100 + seed)
    taken = 0
    for _ in range(500):
        text = _token_log(rng)
        new, old = _token_lines(text, catalogue)
        assert new == old, text
        assert [i for i, _ in old] == _plain_walk(_OLD_TOKEN, text) == _plain_walk(_FIRST_TOKEN, text), text
        taken += bool(new)
    assert 40 < taken < 460, taken  # (both answers met)


@pytest.mark.parametrize("stop", [_TOKEN_PIECES[0], _TOKEN_PIECES[1]])
def test_the_token_look_edges(stop: str) -> None:
    """The agent's wording 300 lines below the stop line's next (in reach) and 301 (not); a line of 2,001 characters
    between (not stepped over), of 2,000 (stepped over); the wording on the stop line itself (not below it); the last
    line with and without its newline."""
    catalogue = builtin_catalogue()
    token = "ERROR  Invalid access token, cancelling job 0195"
    for between in (0, 1, 299, 300, 301):
        for filler in ("ok", "y" * 2000, "y" * 2001, "access token expired"):
            for end in ("", "\n"):
                text = "\n".join([stop, *[filler] * between, token]) + end
                new, old = _token_lines(text, catalogue)
                assert new == old, (between, filler)
                assert bool(new) == (between <= 300 and (between == 0 or filler != "y" * 2001)), (between, filler)
    assert _token_lines(stop + "; " + token + "\nok\n", catalogue) == ([], [])


def _old_token_catalogue() -> Catalogue:
    from importlib import resources

    text = resources.files("triage_agent.classify").joinpath("signatures.toml").read_text(encoding="utf-8")
    item = re.search(r"\{pattern = '''(?:(?!''').)*''', if_went_on = \"agent_token_revoked\"\}", text)
    assert item is not None
    return parse_catalogue_text(text.replace(item.group(), "'''" + _OLD_TOKEN + "'''"), where="the base pattern")


def test_the_engine_reads_every_log_alike_with_the_old_token_pattern() -> None:
    """The engine with the built-in catalogue and with the same catalogue where the entry's pattern is the base one:
    the same verdicts, confidences, rationales and evidence on generated logs framed as a Buildkite job, and the
    entry's reading met often."""
    old_catalogue = _old_token_catalogue()
    assert not any(m.if_went_on for sig in old_catalogue for m in sig.matchers)
    new_engine, old_engine = RulesEngine(), RulesEngine(catalogue=old_catalogue)
    rng = random.Random(311)
    read = 0
    for n in range(150):
        log = ("~~~ Running commands\n$ make test\n" + _token_log(rng)
               + rng.choice(("", "\n\U0001f6a8 Error: The command exited with status -1\n")))
        case = FailureCase.from_dict({"id": f"t{n}", "log": log})
        got, want = new_engine.classify(case).to_dict(), old_engine.classify(case).to_dict()
        assert got == want, log
        read += _TOKEN_ID in str(got)
    assert read > 15, read


@pytest.mark.parametrize("stop", [_TOKEN_PIECES[0], "Gracefully stopping agent. Waiting for current job to finish"])
def test_many_stop_lines_take_nothing_without_the_token_and_the_last_300_with_it(stop: str) -> None:
    """(as test_scan_windows30 read the pattern alone) 2,000 stop lines: none taken; with the revoked token below them,
    the 301 nearest (each within 300 lines of it), old and new alike."""
    catalogue = builtin_catalogue()
    assert _token_lines((stop + "\n") * 2000, catalogue) == ([], [])
    new, old = _token_lines((stop + "\n") * 2000 + "Invalid access token, cancelling job 0195\n", catalogue)
    assert new == old and [i for i, _ in new] == list(range(1699, 2000))


# ---------------------------------------------------------------- the [noise] lines' matchers a text's literals allow

_DATA = __import__("pathlib").Path(__file__).resolve().parents[1] / "data"


def _noise_texts() -> list[str]:
    import json

    texts = [json.loads(line)["log"] for name in ("probes29.jsonl", "probes30.jsonl", "fault_sweep.jsonl")
             for line in (_DATA / name).read_text(encoding="utf-8").splitlines() if line.strip()]
    # (the four characters re.IGNORECASE folds to an ASCII letter, which ascii_lower writes as that letter)
    texts.append("İstanbul KELVIN \u212a Straße\nWARNİNG: retrying in 5s\nDownload \u212aB ok\nſkipped\n  Killed\n")
    return texts


def test_the_noise_matchers_a_text_allows_read_every_line_alike() -> None:
    """Every line of the project's own probe and fault-sweep logs: any of the [noise], warning and retry matchers the
    text's literals allow (_ScanText.allowed) matches exactly where any of the catalogue's matches; and some are set
    aside. (On a short text, or before enough lines were asked, allowed gives all of them.)"""
    catalogue = builtin_catalogue()
    lines_read = set_aside = 0
    for text in _noise_texts():
        read = rules._ScanText(catalogue, text)
        read._budget = 0  # (filtered from the first call on)
        for kind in ("noise_matchers", "warning_matchers", "retry_matchers"):
            every, allowed = getattr(catalogue, kind), read.allowed(kind)
            assert read.allowed(kind) is allowed
            set_aside += len(every) - len(allowed)
            for line, low in zip(read.lines, read.lowered.split("\n"), strict=True):
                assert any(m.test_line(line, low) for m in allowed) == any(m.test_line(line, low) for m in every), line
                lines_read += 1
    assert lines_read > 10_000 and set_aside > 10_000, (lines_read, set_aside)


def test_allowed_gives_every_matcher_until_the_text_has_been_asked_enough() -> None:
    catalogue = builtin_catalogue()
    read = rules._ScanText(catalogue, "x" * 900 + "\nok\n")
    assert read._budget == 3
    assert [read.allowed("noise_matchers") is catalogue.noise_matchers for _ in range(4)] == [True] * 3 + [False]
    assert 0 < len(read.allowed("noise_matchers")) < len(catalogue.noise_matchers)
