"""The verdict-before-the-stop reading answered from a once-per-log index, against its first form as the oracle.

after32's `_agent_gone_after_tool_failed` walked up to 60 non-blank lines (240 in all) above every CI stop line a
transient reading met: on a megabyte of stop lines ("Killed", GitHub's "The operation was canceled.") the whole engine
took about twice as long as before the round (benchmarks: 4.6 -> 8.8 s CPU on 100,000 "Killed" lines). It now asks
`VerdictRows`, built once per log (Tekton's stops, whose step prefix the walk strips, still walk). The walk, with
review32_c's additions, is kept here as the oracle: on generated logs of stop lines, verdicts, step headers,
fallbacks, let-fail echoes, killed runs and blank lines at every distance around the window's edges, both answer alike
for every line."""

from __future__ import annotations

import functools
import random

import pytest

from triage_agent.classify import line_checks as lc


def _old(lines: list[str], idx: int) -> bool:
    """The walk as after32 wrote it and review32_c extended it (fallbacks, caught blocks, let-fail and killed runs,
    Tekton's step prefix), verbatim in its logic."""
    line = lines[idx][:400]
    if not (lc._JENKINS_AGENT_GONE.match(line) or lc._PLATFORM_STOP.match(line)):
        return False
    tekton = lc._TEKTON_STEP_STOP.match(lines[idx][:400])
    prefix = f"[{tekton.group(1)}] " if tekton else None
    seen = 0
    for k in range(idx - 1, max(-1, idx - 1 - 4 * lc._AGENT_GONE_LINES), -1):
        line = lines[k][:200]
        if prefix is not None and line.startswith(prefix):
            line = line[len(prefix):]
        if not line.strip():
            continue
        seen += 1
        if seen > lc._AGENT_GONE_LINES:
            return False
        if lc._XTRACE_FALLBACK.match(line) or lc._JENKINS_CAUGHT.match(line):
            return False
        if lc._TOOL_FAILED_VERDICT.match(line) or lc._format_check_listed(lines, k):
            return not (lc._summary_let_fail(lines, k) or lc._summary_of_killed_run(lines, k))
        if lc._JENKINS_STEP.match(line):
            return False
    return False


STOPS = ["Killed", "##[error]The operation was canceled.", "Agent was removed",
         "Exited with status -1 (agent lost)", "ERROR: Job failed (system failure): pod evicted",
         '"step-unit" exited because the step exceeded the specified timeout limit']
VERDICTS = ["12 tests, 2 failures", "[unit] FAILURES!", "FAILURES!", "Tests:       1 failed, 40 passed, 41 total", "BUILD FAILED in 41s",
            "[ERROR] BUILD FAILURE", "Found 3 errors in 2 files (checked 40 source files)", "FAIL\texample.net/widget/store"]
ZERO = ["12 tests, 0 failures", "Tests:       41 passed, 41 total"]
STEPS = ["[Pipeline] sh", "##[group]Run make test", "##[section]Starting: Run tests", "+ true",
         "[Pipeline] // catchError"]
# (commands whose run the script let fail, and a run's word that a signal killed it: the summary below is no verdict)
ECHOES = ["$ pytest -q || true", "$ pytest -q", "+ npm run lint || :", "signal: killed",
          "A jest worker process (pid=41) was terminated by another process: signal=SIGTERM"]
FILLER = ["ok   widget/store 0.41s", "  compiling widget v0.1.0", "downloading layer 3 of 9", "x = 1"]
FORMAT = ["$ terraform fmt -check -recursive", "modules/net/main.tf", "$ gofmt -l .", "cmd/serve/main.go"]


def _log(rng: random.Random) -> list[str]:
    lines: list[str] = []
    for _ in range(rng.randint(1, 12)):
        kind = rng.random()
        if kind < 0.2:
            lines.append(rng.choice(STOPS))
        elif kind < 0.32:
            lines.append(rng.choice(VERDICTS))
        elif kind < 0.36:
            lines.append(rng.choice(ZERO))
        elif kind < 0.42:
            lines.append(rng.choice(STEPS))
        elif kind < 0.48:
            i = rng.choice([0, 2])
            lines.extend(FORMAT[i:i + 2])
        elif kind < 0.56:
            lines.append(rng.choice(ECHOES))
        # a run of filler or blank lines long enough to cross the window's edges (60 non-blank, 240 in all)
        n = rng.choice([0, 1, 5, 58, 59, 60, 61, 62, 120, 239, 240, 241])
        blank = rng.random() < 0.4
        lines.extend("" if blank and rng.random() < 0.8 else rng.choice(FILLER) for _ in range(n))
    return lines


@pytest.mark.parametrize("seed", range(150))
def test_the_index_answers_as_the_walk_did(seed):
    rng = random.Random(seed)
    lines = _log(rng)
    rows = functools.cache(lambda: lc.VerdictRows(lines))
    for idx in range(len(lines)):
        assert lc._agent_gone_after_tool_failed(lines, idx, rows) is _old(lines, idx), (seed, idx, lines[idx])


def test_the_generated_logs_reach_both_answers_and_the_edges():
    """The oracle's logs are no empty comparison: both answers occur, and a verdict exactly 60 and 61 non-blank lines
    above a stop, and 240 and 241 lines in all, decide differently; a let-fail echo, a fallback, a killed run and
    Tekton's prefix each decide too."""
    answers = set()
    for seed in range(150):
        lines = _log(random.Random(seed))
        answers |= {_old(lines, i) for i in range(len(lines)) if lc._PLATFORM_STOP.match(lines[i][:400])}
    assert answers == {True, False}
    for filler, n, expected in (("x = 1", 59, True), ("x = 1", 60, False), ("", 239, True), ("", 240, False)):
        lines = ["12 tests, 2 failures", *([filler] * n), "Killed"]
        rows = functools.cache(lambda lines=lines: lc.VerdictRows(lines))
        assert _old(lines, len(lines) - 1) is expected
        assert lc._agent_gone_after_tool_failed(lines, len(lines) - 1, rows) is expected
    for lines, expected in (
        (["$ pytest -q || true", "12 tests, 2 failures", "Killed"], False),
        (["$ pytest -q", "12 tests, 2 failures", "Killed"], True),
        (["$ pytest -q", "12 tests, 2 failures", "+ true", "Killed"], False),
        (["$ go test ./...", "signal: killed", "FAIL\texample.net/w", "Killed"], False),
        (["[unit] FAILURES!", '"step-unit" exited because the step exceeded the specified timeout limit'], True),
        (["[lint] FAILURES!", '"step-unit" exited because the step exceeded the specified timeout limit'], False),
    ):
        rows = functools.cache(lambda lines=lines: lc.VerdictRows(lines))
        assert _old(lines, len(lines) - 1) is expected, lines
        assert lc._agent_gone_after_tool_failed(lines, len(lines) - 1, rows) is expected, lines
