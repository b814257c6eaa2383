"""signatures.toml "failed-every-retry" read with triage_agent/classify/every_retry.py reads what its former patterns read.

Eight of the entry's patterns held, in lookaheads and lazy spans, what a retry tool prints below its marker line about
the same test (Gradle, Jest's LOGGING RETRY ERRORS, Playwright, gotestsum twice, ctest, dart, Buildkite); scanned once
per marker line, they took seconds on a log of thousands of marker lines (benchmarks/log_pattern_speed.py). The
catalogue now holds the marker lines and every_retry.py reads the rest from indexes of the log's lines. The former
patterns are kept here, as they were, and walked over logs the way the engine walks a pattern (a search from the line
after each match); the marker lines of the catalogue with RetryReports.holds must take the same lines: on every log of
the retry tests (test_rules23_retries, test_review23_c, test_tool_sources_retries) and on logs written here at the edges
of each former window (a pass just inside and just outside it, a line between too long, a Gradle task line between, a
name that differs in case). The speed: a log of 4,000 marker lines reads in well under the benchmark's second.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from itertools import accumulate

import pytest
import test_review23_c
import test_rules23_retries
import test_tool_sources_retries

from triage_agent.classify.catalogue import ascii_lower, builtin_catalogue
from triage_agent.classify.every_retry import RetryReports

_FLAGS = re.MULTILINE | re.IGNORECASE
# The former patterns (signatures.toml at 717d359), in the order of the catalogue's marker patterns below.
FORMER = [
    r'^(\S[^\n]{0,300}? > [^\n]{1,300}?) FAILED[ \t]*\n(?:(?!> Task :)[^\n]{0,2000}\n){1,100}?\1 FAILED[ \t]*$(?![\s\S]{0,100000}?^\1 PASSED[ \t]*$)',
    r'^\s*LOGGING RETRY ERRORS\s+([^\n]{1,300}?)[ \t]*\n[\s\S]{0,50000}?^\s*● \1[ \t]*$',
    r'^\s*✘\s+\d+ (\[[^\]\n]{1,100}\] › [^\n]{1,300}?) \(retry #\d+\)[^\n]{0,100}\n(?![\s\S]{0,100000}?^\s*[✓✔]\s+\d+ \1 \(retry #)',
    r'^FAIL (\S{1,300}) \(re-run \d+\) \([\d.]+s\)[ \t]*$(?![\s\S]{0,100000}?^PASS \1 \(re-run )',
    r'^=== FAIL: (\S{1,300}) (\S{1,300}) \(re-run \d+\) \([\d.]+s\)[ \t]*$(?![\s\S]{0,100000}?^PASS \1\.\2 \(re-run )',
    r'^[ \t]+Test[ \t]+#(\d+): (\S{1,300}) \.{0,300}[ \t]*\*\*\*(?:Failed|Timeout|Exception)[^\n]{0,300}\n(?:[^\n]{0,2000}\n){0,2000}?The following tests FAILED:[ \t]*\n(?:[^\n]{0,2000}\n){0,100}?[ \t]*\1 - \2 \(',
    r'^Retry: ([^\n]{1,300}?)[ \t]*\n[\s\S]{0,50000}?^\d\d:\d\d \+\d+(?: ~\d+)? -\d+: [^\n]{0,300}?\1 \[E\]',
    r'♻️ Attempt \d+ of \d+ to retry failing tests\b[^\n]{0,300}\n(?:[^\n]{0,5000}\n){0,4000}?\W{0,3}Some tests failed\.',
]
_MARKER_STARTS = ("^(\\S", "^\\s*LOGGING", "^\\s*✘", "^FAIL ", "^=== FAIL: ", "^[ \\t]+Test", "^Retry: ", "♻️")


def _markers() -> list[re.Pattern[str]]:
    sig = builtin_catalogue().get("failed-every-retry")
    assert sig is not None
    found = []
    for start in _MARKER_STARTS:
        hits = [p for p in sig.patterns if p.pattern.startswith(start)]
        assert len(hits) == 1, start
        found.append(hits[0])
    return found


def _walk(regex: re.Pattern[str], log: str, starts: list[int], keep=lambda idx: True) -> list[int]:
    """The lines where the engine takes a match of ``regex`` (a search from the line after each match taken)."""
    taken, pos = [], 0
    while (m := regex.search(log, pos)) is not None:
        matched = m.group()
        idx = bisect_right(starts, m.start() + len(matched) - len(matched.lstrip())) - 1
        pos = starts[idx + 1]
        if keep(idx):
            taken.append(idx)
    return taken


def _same(log: str) -> None:
    starts = [0, *accumulate(len(line) + 1 for line in log.split("\n"))]
    reports = RetryReports(ascii_lower(log))
    for former, marker in zip(FORMER, _markers(), strict=True):
        old = _walk(re.compile(former, _FLAGS), log, starts)
        new = _walk(marker, log, starts, reports.holds)
        assert new == old, (former[:40], log[:300])


def _retry_logs() -> list[str]:
    return [log for module in (test_rules23_retries, test_review23_c, test_tool_sources_retries)
            for _, _, log in module.CASES]


@pytest.mark.parametrize("log", _retry_logs())
def test_retry_test_logs_read_as_before(log: str) -> None:
    _same(log)


_FILL = "    at org.example.Thing.run(Thing.java:12)\n"
EDGES = [
    # Gradle: failed twice, then passed on the third attempt (near and beyond 100,000 characters); a task between
    "CartTest > adds() FAILED\n" + _FILL + "CartTest > adds() FAILED\n" + _FILL + "CartTest > adds() PASSED\n",
    "CartTest > adds() FAILED\n" + _FILL + "CartTest > adds() FAILED\n" + "x" * 1990 + "\n" + _FILL * 2500
    + "CartTest > adds() PASSED\n",
    "CartTest > adds() FAILED\n" + _FILL + "CartTest > adds() FAILED\n" + _FILL * 2260 + "CartTest > adds() PASSED\n",
    "CartTest > adds() FAILED\n" + _FILL + "CartTest > adds() FAILED\n" + _FILL * 2300 + "CartTest > adds() PASSED\n",
    "CartTest > adds() FAILED\n" + _FILL + "> Task :app:test\n" + "CartTest > adds() FAILED\n",
    "CartTest > adds() FAILED\n" + "CartTest > adds() FAILED\n" + _FILL + "cartTEST > adds() FAILED\n",
    "CartTest > adds() FAILED\n" + _FILL * 99 + "CartTest > adds() FAILED\n",
    "CartTest > adds() FAILED\n" + _FILL * 100 + "CartTest > adds() FAILED\n",
    "CartTest > adds() FAILED\n" + _FILL * 101 + "CartTest > adds() FAILED\n",
    "CartTest > adds() FAILED\n" + "y" * 2001 + "\n" + "CartTest > adds() FAILED\n",
    "CartTest > adds() FAILED\n" + _FILL + "CartTest > adds() FAILED\n" + _FILL + "CartTest > adds() PASSED\n"
    + "CartTest > adds() FAILED\n" + _FILL + "CartTest > adds() FAILED",
    # Jest
    " LOGGING RETRY ERRORS  cart › adds\n" + _FILL + "  ● cart › adds\n",
    " LOGGING RETRY ERRORS  cart › adds\n" + _FILL * 1300 + "  ● Cart › Adds  \n",
    " LOGGING RETRY ERRORS  cart › adds\n" + _FILL * 1130 + "  ● cart › adds\n",
    " LOGGING RETRY ERRORS  cart › adds\n" + _FILL * 1140 + "  ● cart › adds\n",
    " LOGGING RETRY ERRORS  cart › adds\n" + _FILL + "  ● cart › adds more\n",
    # Playwright
    "  ✘  3 [chromium] › cart.spec.ts:4:1 › adds (retry #1) (2.1s)\n  ✓  4 [chromium] › cart.spec.ts:4:1 › adds (retry #2)\n",
    "  ✘  3 [chromium] › cart.spec.ts:4:1 › adds (retry #1) (2.1s)\n" + _FILL * 2260
    + "  ✓  4 [chromium] › cart.spec.ts:4:1 › adds (retry #2)\n",
    "  ✘  3 [chromium] › cart.spec.ts:4:1 › adds (retry #1) (2.1s)\n" + _FILL * 2500
    + "  ✓  4 [chromium] › cart.spec.ts:4:1 › adds (retry #2)\n",
    "  ✘  3 [chromium] › cart.spec.ts:4:1 › adds (retry #2) (2.1s)\n  ✓  1 [firefox] › cart.spec.ts:4:1 › adds (retry #1)\n",
    # gotestsum
    "FAIL pkg.TestA (re-run 1) (0.01s)\nPASS pkg.TestA (re-run 2) (0.01s)\n",
    "FAIL pkg.TestA (re-run 1) (0.01s)\nPASS pkg.TestB (re-run 2) (0.01s)\n",
    "FAIL pkg.TestA (re-run 1) (0.01s)\n" + _FILL * 2500 + "PASS pkg.TestA (re-run 2) (0.01s)\n",
    "FAIL pkg.TestA (re-run 1) (0.01s)\n" + _FILL * 2260 + "PASS pkg.TestA (re-run 2) (0.01s)\n",
    "=== FAIL: pkg TestA (re-run 1) (0.01s)\nPASS pkg.TestA (re-run 2) (0.01s)\n",
    "=== FAIL: pkg TestA (re-run 1) (0.01s)\n=== FAIL: pkg TestA (re-run 2) (0.01s)\nDONE 2 runs\n",
    # ctest
    "      Test #3: net_test ......***Failed    0.02 sec\n" + _FILL + "The following tests FAILED:\n\t  3 - net_test (Failed)\n",
    "      Test #3: net_test ......***Failed    0.02 sec\n" + _FILL + "The following tests FAILED:\n\t 13 - net_test (Failed)\n",
    "      Test #3: net_test ......***Failed    0.02 sec\n" + _FILL * 2000 + "The following tests FAILED:\n\t  3 - net_test (Failed)\n",
    "      Test #3: net_test ......***Failed    0.02 sec\n" + _FILL * 2001 + "The following tests FAILED:\n\t  3 - net_test (Failed)\n",
    "      Test #3: net_test ......***Failed    0.02 sec\n" + "The following tests FAILED:\n" + _FILL * 100
    + "\t  3 - net_test (Failed)\n",
    "      Test #3: net_test ......***Failed    0.02 sec\n" + "The following tests FAILED:\n" + _FILL * 101
    + "\t  3 - net_test (Failed)\n",
    "      Test #3: net_test ......***Failed    0.02 sec\n" + "The following tests FAILED:\n" + _FILL * 99
    + "\t  3 - net_test (Failed)\n",
    "      Test #3: net_test ......***Failed    0.02 sec\nThe following tests FAILED:\n" + "z" * 2001
    + "\n\t  3 - net_test (Failed)\nThe following tests FAILED:\n\t  3 - net_test (Failed)\n",
    # dart
    "Retry: cart adds\n" + _FILL + "00:03 +4 -1: test/cart_test.dart: cart adds [E]\n",
    "Retry: cart adds\n" + _FILL + "00:03 +4 -1: " + "w" * 301 + "cart adds [E]\n",
    "Retry: cart adds\n" + _FILL + "00:03 +4 -1: " + "w" * 300 + "cart adds [E]\n",
    "Retry: cart adds\n" + _FILL * 1130 + "00:03 +4 -1: cart adds [E]\n",
    "Retry: cart adds\n" + _FILL * 1300 + "00:03 +4 -1: cart adds [E]\n",
    "Retry: cart adds  \n" + _FILL + "00:03 +4 ~1 -1: CART ADDS [E]\n",
    # Buildkite
    "♻️ Attempt 1 of 2 to retry failing tests\n" + _FILL + "Some tests failed.\n",
    "♻️ Attempt 1 of 2 to retry failing tests\n" + _FILL * 4000 + "Some tests failed.\n",
    "♻️ Attempt 1 of 2 to retry failing tests\n" + _FILL * 4001 + "Some tests failed.\n",
    "♻️ Attempt 1 of 2 to retry failing tests\n" + "v" * 5001 + "\nSome tests failed.\n",
    "♻️ Attempt 1 of 2 to retry failing tests\n" + "v" * 5000 + "\n\n ❌ Some tests failed.\n",
]


@pytest.mark.parametrize("log", EDGES)
def test_logs_at_the_former_windows_edges_read_as_before(log: str) -> None:
    _same(log)


# (a log of thousands of marker lines, every test failing every attempt, is timed in benchmarks/linear_time.py)
