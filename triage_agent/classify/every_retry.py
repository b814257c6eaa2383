"""The rest of signatures.toml "failed-every-retry" for the retry reports whose reading spans lines.

Eight of the entry's patterns once read a test-retry tool's marker line AND what the tool prints about the same test
further down (a later attempt that passed, the test's failure line, the final list of failed tests) in one regular
expression: a window of up to 100,000 characters scanned once per marker line, which made a log of thousands of such
lines (a broken build whose every test fails under a retry tool) take seconds (benchmarks/log_pattern_speed.py). The
catalogue now holds the marker line alone; this module reads the rest from indexes of the log's lines built once per
log, and keeps each former pattern's windows (in lines or characters) and its name matching, so the entry reads the same
logs as before:

* Gradle's test-retry plugin: "<Class> > <test> FAILED", the same line again 2 to 101 lines below with no "> Task :"
  line between, and no "<Class> > <test> PASSED" line within 100,000 characters after that second line (each such
  second line tried in turn, as the former pattern's lazy repetition did);
* Playwright's list reporter: "✘ N [project] › <title> (retry #N)" with no "✓ N [project] › <title> (retry #" line
  within 100,000 characters below;
* gotestsum --rerun-fails: "FAIL <pkg.Test> (re-run N) (1.2s)" and "=== FAIL: <pkg> <Test> (re-run N) (1.2s)" with no
  "PASS <pkg.Test> (re-run " line within 100,000 characters below;
* ctest --repeat until-pass: "    Test #N: <name> ....***Failed" with "The following tests FAILED:" 1 to 2,001 lines
  below that lists "N - <name> (" within 101 lines under it;
* dart test: "Retry: <name>" with a "MM:SS +N -N: ...<name> [E]" line starting within 50,000 characters below (the name
  within 300 characters of the counters);
* Jest: "LOGGING RETRY ERRORS <full name>" with a "● <full name>" line starting within 50,000 characters below; (words29)
  the two lines spell a name in describe blocks differently (the retry header prints the test's full name, its titles
  joined by a blank, "cart adds"; the failure's title joins them with " › ", "cart › adds"), so the two compare with
  each " › " read as a blank;
* Buildkite Test Engine Client: "♻️ Attempt N of M to retry failing tests" with a "Some tests failed." line 1 to 4,001
  lines below;
* (polish27) RSpec::Retry's verbose marker: "RSpec::Retry: 2nd try <location>" with RSpec's "rspec <location> # ..."
  line of its "Failed examples:" list starting within 1,000,000 characters below (the list comes at the end of the
  run, after every example's report): the example's last try failed too, and it is retried only after one failed.

Lines in between count as the former patterns counted them (at most 2,000 characters each, 5,000 for Buildkite's). Names
compare case-insensitively (the entry is case-insensitive), on the log lower-cased as catalogue.ascii_lower does. Left
out, as no realistic log prints it: where a former pattern's shortest name failed, the regex went on to try a longer one
(a name followed by blanks, or holding its own " (retry #"). Pure: no I/O, no clock.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import cached_property
from itertools import accumulate

_GRADLE = re.compile(r"(?i)^(\S[^\n]{0,300}? > [^\n]{1,300}?) FAILED[ \t]*$")
_GRADLE_PASSED = re.compile(r"(?i)^(\S[^\n]*?) PASSED[ \t]*$")
_GRADLE_TASK = "> task :"  # (lower-cased) the former pattern's (?!> Task :) on each line between
_PLAYWRIGHT = re.compile(r"(?i)^\s*✘\s+\d+ (\[[^\]\n]{1,100}\] › [^\n]{1,300}?) \(retry #\d+\)[^\n]{0,100}$")
_PLAYWRIGHT_PASSED = re.compile(r"(?i)^\s*[✓✔]\s+\d+ (\[[^\]\n]{1,100}\] › [^\n]*?) \(retry #")
_GOTESTSUM = re.compile(r"(?i)^FAIL (\S{1,300}) \(re-run \d+\) \([\d.]+s\)[ \t]*$")
_GOTESTSUM_FAIL = re.compile(r"(?i)^=== FAIL: (\S{1,300}) (\S{1,300}) \(re-run \d+\) \([\d.]+s\)[ \t]*$")
_GOTESTSUM_PASSED = re.compile(r"(?i)^PASS (\S+) \(re-run ")
_CTEST = re.compile(r"(?i)^[ \t]+Test[ \t]+#(\d+): (\S{1,300}) \.{0,300}[ \t]*\*\*\*(?:Failed|Timeout|Exception)")
_CTEST_HEADER = re.compile(r"(?i)^The following tests FAILED:[ \t]*$")
_CTEST_LISTED = re.compile(r"(?i)^[ \t]*(\d+) - (\S+) \(")
_DART = re.compile(r"(?i)^Retry: ([^\n]{1,300}?)[ \t]*$")
_DART_ERROR = re.compile(r"(?i)^\d\d:\d\d \+\d+(?: ~\d+)? -\d+: ")
_JEST = re.compile(r"(?i)^\s*LOGGING RETRY ERRORS\s+([^\n]{1,300}?)[ \t]*$")
_JEST_TITLE = re.compile(r"(?i)^\s*● ([^\n]*?)[ \t]*$")
_JEST_SEPARATOR = " › "  # between a failure title's describe blocks and its test; a blank in the retry header's name
_BUILDKITE = re.compile(r"(?i)♻️ Attempt \d+ of \d+ to retry failing tests\b[^\n]{0,300}$")
_BUILDKITE_FAILED = re.compile(r"(?i)\W{0,3}Some tests failed\.")
_RSPEC_RETRY = re.compile(r"(?i)^RSpec::Retry: \d{1,4}(?:st|nd|rd|th) try (\S{1,300})[ \t]*$")
_RSPEC_FAILED = re.compile(r"(?i)^rspec (\S{1,300}) # ")
_RSPEC_WINDOW = 1_000_000  # characters below the marker in which the example's line of "Failed examples:" must start

_PASS_WINDOW = 100_000  # characters after the failed attempt's line in which a passed attempt cancels it
_TITLE_WINDOW = 50_000  # characters below the marker in which dart's and Jest's failure line must start
_LINE_MAX = 2_000  # the longest line between that the former patterns read across
_BUILDKITE_LINE_MAX = 5_000


class RetryReports:
    """One log's retry reports, read for failed-every-retry: ``holds(i)`` for a line its catalogue patterns matched."""

    def __init__(self, lowered: str) -> None:
        self.lines = lowered.split("\n")
        self.starts = [0, *accumulate(len(line) + 1 for line in self.lines)]
        self._cache: dict[int, bool] = {}

    def holds(self, i: int) -> bool:
        """Whether line ``i`` (one that a pattern of failed-every-retry matched) reports a test that failed every
        attempt; True for a line of none of the kinds above (its pattern alone decides)."""
        if i not in self._cache:
            self._cache[i] = self._holds(i)
        return self._cache[i]

    def _holds(self, i: int) -> bool:
        line = self.lines[i]
        if i + 1 >= len(self.lines):
            below = False  # every kind reads a line below its marker
        elif (m := _GRADLE.match(line)) is not None:
            below = self._gradle(i, m.group(1))
        elif (m := _PLAYWRIGHT.match(line)) is not None:
            below = not self._later(self._playwright_passed, m.group(1), self.starts[i + 1])
        elif (m := _GOTESTSUM.match(line)) is not None:
            below = not self._later(self._gotestsum_passed, m.group(1), self.starts[i] + len(line))
        elif (m := _GOTESTSUM_FAIL.match(line)) is not None:
            below = not self._later(self._gotestsum_passed, f"{m.group(1)}.{m.group(2)}", self.starts[i] + len(line))
        elif (m := _CTEST.match(line)) is not None:
            below = self._ctest(i, m.group(1), m.group(2))
        elif (m := _DART.match(line)) is not None:
            below = self._dart(i, m.group(1))
        elif (m := _JEST.match(line)) is not None:
            below = self._later(self._jest_titles, m.group(1).replace(_JEST_SEPARATOR, " "), self.starts[i + 1],
                                _TITLE_WINDOW)
        elif _BUILDKITE.search(line) is not None:
            below = self._buildkite(i)
        elif (m := _RSPEC_RETRY.match(line)) is not None:
            below = self._later(self._rspec_failed, m.group(1), self.starts[i + 1], _RSPEC_WINDOW)
        else:
            return True
        return below

    # --- indexes of the log's lines, each built on first use -----------------------------------------------------

    def _index(self, pattern: re.Pattern[str]) -> dict[str, list[int]]:
        """Name (the pattern's group 1) -> the start offsets of the lines that carry it, in order."""
        found: dict[str, list[int]] = {}
        for j, line in enumerate(self.lines):
            if (m := pattern.match(line)) is not None:
                found.setdefault(m.group(1), []).append(self.starts[j])
        return found

    @cached_property
    def _gradle_failed(self) -> dict[str, list[int]]:
        found: dict[str, list[int]] = {}
        for j, line in enumerate(self.lines):
            if (m := _GRADLE.match(line)) is not None:
                found.setdefault(m.group(1), []).append(j)
        return found

    @cached_property
    def _gradle_passed(self) -> dict[str, list[int]]:
        return self._index(_GRADLE_PASSED)

    @cached_property
    def _gradle_tasks(self) -> list[int]:
        return [j for j, line in enumerate(self.lines) if line.startswith(_GRADLE_TASK)]

    @cached_property
    def _playwright_passed(self) -> dict[str, list[int]]:
        return self._index(_PLAYWRIGHT_PASSED)

    @cached_property
    def _gotestsum_passed(self) -> dict[str, list[int]]:
        return self._index(_GOTESTSUM_PASSED)

    @cached_property
    def _jest_titles(self) -> dict[str, list[int]]:
        found: dict[str, list[int]] = {}
        for name, at in self._index(_JEST_TITLE).items():
            found.setdefault(name.replace(_JEST_SEPARATOR, " "), []).extend(at)
        return {name: sorted(at) for name, at in found.items()}

    @cached_property
    def _dart_errors(self) -> list[int]:
        return [j for j, line in enumerate(self.lines) if " [e]" in line and _DART_ERROR.match(line) is not None]

    @cached_property
    def _rspec_failed(self) -> dict[str, list[int]]:
        return self._index(_RSPEC_FAILED)

    @cached_property
    def _buildkite_failed(self) -> list[int]:
        return [j for j, line in enumerate(self.lines) if _BUILDKITE_FAILED.match(line) is not None]

    def _next_long(self, limit: int) -> list[int]:
        """For each line, the index of the first line at or after it longer than ``limit`` (len(lines) if none)."""
        out = [len(self.lines)] * (len(self.lines) + 1)
        for j in range(len(self.lines) - 1, -1, -1):
            out[j] = j if len(self.lines[j]) > limit else out[j + 1]
        return out

    @cached_property
    def _long(self) -> list[int]:
        return self._next_long(_LINE_MAX)

    @cached_property
    def _buildkite_long(self) -> list[int]:
        return self._next_long(_BUILDKITE_LINE_MAX)

    @cached_property
    def _ctest_headers(self) -> dict[tuple[str, str], list[int]]:
        """(number, name) -> the indexes of the "The following tests FAILED:" lines that list it within 101 lines (the
        lines between of at most 2,000 characters), in order."""
        found: dict[tuple[str, str], list[int]] = {}
        for h, line in enumerate(self.lines):
            if _CTEST_HEADER.match(line) is None:
                continue
            for e in range(h + 1, min(h + 102, len(self.lines))):
                if (m := _CTEST_LISTED.match(self.lines[e])) is not None:
                    listed = found.setdefault((m.group(1), m.group(2)), [])
                    if not listed or listed[-1] != h:
                        listed.append(h)
                if len(self.lines[e]) > _LINE_MAX:
                    break
        return found

    # --- the checks -------------------------------------------------------------------------------------------------

    @staticmethod
    def _later(index: dict[str, list[int]], name: str, start: int, window: int = _PASS_WINDOW) -> bool:
        """Whether a line of ``index`` for ``name`` starts at offset ``start`` or after, within ``window`` characters."""
        at = index.get(name, [])
        k = bisect_left(at, start)
        return k < len(at) and at[k] - start <= window

    def _gradle(self, i: int, name: str) -> bool:
        again = self._gradle_failed.get(name, [])
        last = min(i + 101, self._long[i + 1])
        tasks = self._gradle_tasks
        t = bisect_left(tasks, i + 1)
        if t < len(tasks):
            last = min(last, tasks[t])  # no "> Task :" line between (a FAILED line is no task line itself)
        k = bisect_left(again, i + 2)
        while k < len(again) and again[k] <= last:
            j = again[k]
            if not self._later(self._gradle_passed, name, self.starts[j] + len(self.lines[j])):
                return True
            k += 1
        return False

    def _ctest(self, i: int, number: str, name: str) -> bool:
        headers = self._ctest_headers.get((number, name), [])
        k = bisect_left(headers, i + 1)
        return k < len(headers) and headers[k] <= min(i + 2001, self._long[i + 1])

    def _dart(self, i: int, name: str) -> bool:
        errors = self._dart_errors
        start = self.starts[i + 1]
        k = bisect_left(errors, i + 1)
        while k < len(errors) and self.starts[errors[k]] - start <= _TITLE_WINDOW:
            line = self.lines[errors[k]]
            head = _DART_ERROR.match(line)
            if head is not None and 0 <= line.find(name + " [e]", head.end()) - head.end() <= 300:
                return True
            k += 1
        return False

    def _buildkite(self, i: int) -> bool:
        failed = self._buildkite_failed
        k = bisect_left(failed, i + 1)
        return k < len(failed) and failed[k] <= min(i + 4001, self._buildkite_long[i + 1])
