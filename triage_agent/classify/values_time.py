"""Readings of time values a failing test compared: a measured time near its bound, timestamps a second apart.

A measured time a little over its bound in any framework's form (_framework_bound, _near_bound; (time27) also a bound
asserted as a boolean, _boolean_bound), two timestamps or Unix-epoch stamps a second or less apart (_second_apart), a
timing-named test's own compared values (_timing_values_say_otherwise), texts that differ only in times, a test named
for a timeout and a timeout it met; (flaky36) an assertion comparing with a live clock read whose values are a second
apart (_clock_read_second_apart), a measured time one tick under a Jest floor (_tick_under_floor).
Used by rules.py (the timing-sensitive-test entry's readings), line_checks.py (the entries checked by their values'
times) and test_layout.py (_DIGITS, _named_without_timing_sign). Pure: no I/O, no clock (one memo, _APART_MEMO, keeps
the answers for the lines of the log read last).
"""

from __future__ import annotations

import datetime
import re

from .catalogue import Signature
from .lines import _WORD_PART

# A failing test whose name says it measures time, memory or concurrency (catalogue entry
# "timing-sensitive-test") explains nothing when a test without such a name failed in the same
# run: then the code, not the timing, is what both have in common.
_TIMING_TEST_ID = "timing-sensitive-test"


# How far over its bound a measured time may be and still read as a loaded runner's: the public threads' flakes
# were 1.2x to 3.5x over (open-gsd/gsd-core#478, UnplugAI/Unplug#144, yonatangross/orchestkit#3522); 10x is a
# hang or an order-of-magnitude regression, which such a check is kept to catch.
_NEAR_BOUND_RATIO = 3.0
_DURATION = re.compile(r"(?i)(\d+(?:\.\d+)?)\s?(ns|µs|us|ms|s|secs?|seconds?)\b")
_DURATION_UNIT = {"ns": 1e-9, "µs": 1e-6, "us": 1e-6, "ms": 1e-3}
_NUMBER = r"(\d+(?:\.\d+)?(?:e-?\d+)?)"
# a name that says it holds a measured time: "elapsed", "duration_ms", "tookMs", "latency", "time_taken"
_MEASURED_NAME = re.compile(
    r"(?i:elapsed|duration|latency|took|time_?taken|run_?time|wall_?time)|(?:_ms|_secs?|_seconds|Ms|Millis|Seconds)\b")
_PYTEST_BOUND = re.compile(rf"^E\s+assert {_NUMBER} <=? {_NUMBER}\s*$")
_PYTEST_BOUND_SOURCE = re.compile(r"^>\s+assert\s+([^<>\n]{1,200}?)\s*<=?\s*\S")
_JEST_BOUND_FRAME = re.compile(r"^\s*>\s*\d+\s*\|\s*expect\(([\w.$]{0,80})\)\.toBeLessThan")
_JEST_EXPECTED = re.compile(rf"^\s*Expected:\s*<=?\s*{_NUMBER}\s*$")
_JEST_RECEIVED = re.compile(rf"^\s*Received:\s*{_NUMBER}\s*$")
# ((flake30) and Vitest's "expected 412 to be less than or equal to 300", toBeLessThanOrEqual's chai wording, recalled)
_CHAI_BOUND = re.compile(
    rf"(?i)^\s*(?:AssertionError: )?expected {_NUMBER} to be (?:less than(?: or equal to)?|below|at most) {_NUMBER}\s*$")
# ((flake30) the expression may be a clock read less a start taken from it: "expect(Date.now() - t0)",
# "expect(performance.now() - start)"; read as measured by _measured_expression)
_EXPECT_BELOW = re.compile(
    r"expect\(([\w.$]{1,80}(?:\(\))?(?:\s*-\s*[\w.$]{1,80})?)\)\s*\.\s*(?:toBeLessThan|to\.be\.(?:below|lessThan|lt|at\.most|lte)\b)")
# (smells2) the seconds may be left out where the separator is "T" (Java's LocalDateTime.toString drops zero seconds)
_STAMP = re.compile(
    r"(\d{4})-(\d\d)-(\d\d)(?:[T ](\d\d):(\d\d):(\d\d)|T(\d\d):(\d\d)(?![:\d]))(?:[.,](\d{1,9}))?"
    r"( ?(?:Z|[+-]\d\d:?\d\d|UTC))?")
# (smells2) Python's datetime repr: zero seconds and microseconds left out, a tzinfo after them
_PY_DATETIME = re.compile(
    r"datetime\.datetime\((\d{4}), (\d{1,2}), (\d{1,2})(?:, (\d{1,2}))?(?:, (\d{1,2}))?(?:, (\d{1,2}))?(?:, (\d{1,6}))?"
    r"(?:, tzinfo=([^()\n]{1,80}?(?:\([^()\n]{0,80}\))?))?\)")
_PY_UTC = re.compile(r"^(?:datetime\.timezone\.utc|<UTC>|UTC|tzutc\(\)|zoneinfo\.ZoneInfo\(key='UTC'\))$")
# the line above the second of a pair of compared values, holding the first ("Expected:", RSpec's "expected:" and
# "compared:", a diff's "-")
_STAMP_FIRST = re.compile(r"(?i)^\s*(?:expected|compared|want|-)\s*:?\s")
_STAMP_SECOND = re.compile(r"(?i)^\s*(?:received|got|actual|but was|with|\+)\s*:?\s")
# (review 19a) a bound word before the second of two durations, and the words that say the measured one came second
_BOUND_WORD = re.compile(r"(?i)<|less than|\bunder\b|at most|\bbelow\b|\blimit|\bmax|budget|\bbound|threshold|deadline|\bwithin\b")
_MEASURED_AFTER = re.compile(r"(?i)\bgot\b|\bbut\b|\bactual")
# (review 19a) a test whose clock is not running, or that tests time arithmetic (_about_time_values)
_ABOUT_TIME_ABOVE = 15
_ABOUT_TIME_BELOW = 6
_FAKE_CLOCK = re.compile(
    r"(?i)freeze_?time|freezegun|time_machine|\btravel_to\b|timecop|useFakeTimers|setSystemTime|fake_?clock"
    r"|mock_?clock|Clock\.fixed|clockwork\.New|\bfrozen_?(?:time|clock)|libfaketime|vi\.setSystemTime"
    # ((flake30) pytest-freezer's fixture moving its frozen clock, Jest's and Vitest's fake timers advanced by hand)
    r"|\bfreezer\.(?:tick|move_to)\(|advanceTimersBy(?:Time|TimeAsync)\(|advanceTimersToNextTimer\(")
_TIME_ARITHMETIC = re.compile(
    r"(?<![A-Za-z])(?i:round|trunc|pars(?:e|ing)|format|floor|ceil|strftime|strptime)|(?-i:Round|Trunc|Pars|Format)"
    # (review 20f) a conversion between time units or forms ("testMillisecondsToTimestamp", "test_to_epoch"): the
    # code's answer for a fixed input, the same on every run
    r"|(?<![A-Za-z])(?i:conver(?:t|sion)|to_?(?:seconds|millis\w*|timestamp|epoch|unix))|(?-i:Convert|To(?:Seconds|Millis|Timestamp|Epoch|Unix))")
# a failing test's heading: Go's, Gradle's, pytest's, Jest's, RSpec's and Mocha's numbered ones, unittest's
_TEST_HEADING = re.compile(
    r"^\s*(?:--- FAIL: |=== RUN\s|\S+ > \S+ FAILED|_{3,} \S|●|\d+\) \S|FAIL: |ERROR: test|Failure/Error:)")
_DIFF_CHANGE = re.compile(r"^\s*[-+]\s")
# what may stand right beside a compared timestamp that is the whole value: quotes, brackets, a separator
_STAMP_EDGE = frozenset("<>\"'`()[]{},; \t")


class _Stamp:
    """(smells2) One timestamp found on a line: where it stands, its seconds (any fixed epoch) and its zone."""

    __slots__ = ("start", "end", "value", "zone")

    def __init__(self, start: int, end: int, value: float, zone: str) -> None:
        self.start, self.end, self.value, self.zone = start, end, value, zone


def _stamps(line: str) -> list[_Stamp | None]:
    """The ISO-like timestamps and Python datetime reprs on ``line`` in order (None for one that is not a date)."""
    found: list[tuple[int, _Stamp | None]] = []
    for m in _STAMP.finditer(line):
        v = _stamp_value(line, m)
        found.append((m.start(), _Stamp(m.start(), m.end(), v[0], v[1]) if v else None))
    for m in _PY_DATETIME.finditer(line):
        parts = [int(m.group(i) or 0) for i in range(1, 8)]
        seconds = _epoch_seconds(*parts[:6])
        zone = (m.group(8) or "").strip()
        zone = "UTC" if _PY_UTC.match(zone) else zone
        found.append((m.start(), None if seconds is None else _Stamp(m.start(), m.end(), seconds + parts[6] / 1e6, zone)))
    return [s for _, s in sorted(found, key=lambda f: f[0])]


def _epoch_seconds(year: int, month: int, day: int, hour: int, minute: int, second: int) -> float | None:
    """Seconds since 1970 of a wall-clock time (any zone: only differences are compared), None where it is no date."""
    try:
        return (datetime.datetime(year, month, day, hour, minute, second) - datetime.datetime(1970, 1, 1)).total_seconds()
    except ValueError:
        return None


def _seconds(value: str, unit: str) -> float:
    return float(value) * _DURATION_UNIT.get(unit.lower(), 1.0)


def _near(measured: float, bound: float) -> bool:
    return bound > 0 and bound <= measured <= bound * _NEAR_BOUND_RATIO


def _about_time_values(lines: list[str], idx: int) -> bool:
    """(review 19a) Whether the compared line at ``idx`` belongs to a test whose times do not come from a running
    clock: a fake or frozen clock set near it (freezegun, Timecop, Jest's fake timers, a FakeClock), or a test of
    time arithmetic itself (its heading or the compared line names rounding, truncating, parsing or formatting). A
    second or a bound missed there is the code's answer, the same on every run."""
    window = _around(lines, idx)
    # ((review of the twenty-sixth round) an ASCII window is searched only where it holds one of the words every
    # alternative of the pattern holds, _may_hold: the same answers; the day-apart check runs this on each compared date)
    text = "\n".join(ln[:700] for ln in window)
    # ((review30_c) not on another test's line of a pass, "✓ debounces with jest.useFakeTimers() (4 ms)",
    # "test_session.py::test_expiry PASSED  # freezer.tick(31)": that test's clock, not the failing one's)
    if _may_hold(text, _FAKE_CLOCK_WORDS) and any(
            _FAKE_CLOCK.search(ln[:700]) and not _PASSED_TEST_LINE.search(ln[:700]) for ln in window):
        return True
    # ((flake30) not a line whose name speaks of speed ("testParseIsFast", "formats_quickly"): the test measures how long
    # the parsing or formatting takes, it does not compare a parsed time)
    return _may_hold(text, _TIME_ARITHMETIC_WORDS) and any(
        _TIME_ARITHMETIC.search(ln[:700]) and not _SPEED_NAMED.search(ln[:700]) for ln in window
        if ln is lines[idx] or _TEST_HEADING.match(ln[:700]) or _NAMED_HEADING.match(ln[:700]))


# (review30_c) a report of a test that passed: Jest's and Mocha's check mark, TAP's "ok N", pytest's "PASSED", a
# runner's "PASS" heading of a file
_PASSED_TEST_LINE = re.compile(r"^\s*(?:[✓✔√]|ok \d+\b|PASS\b)|\bPASSED\b")


# (review of the twenty-sixth round) words one of which each alternative of _FAKE_CLOCK, of _TIME_ARITHMETIC holds,
# lower-cased: tests/unit/test_prechecks27.py proves it on the parsed patterns, and that each call of _may_hold names
# a pair it proves
_FAKE_CLOCK_WORDS = ("freeze", "time_machine", "travel_to", "timecop", "fake", "setsystemtime", "mock", "clock", "frozen",
                     "advancetimers")
_TIME_ARITHMETIC_WORDS = ("round", "trunc", "pars", "format", "floor", "ceil", "strftime", "strptime", "conver",
                          "seconds", "millis", "timestamp", "epoch", "unix")


def _may_hold(text: str, words: tuple[str, ...]) -> bool:
    """Whether ``text`` may match a case-insensitive pattern each of whose alternatives holds one of ``words``: False
    only for an ASCII text holding none of them (a non-ASCII letter may fold to an ASCII one under re.IGNORECASE, so
    such a text is always searched)."""
    if not text.isascii():
        return True
    low = text.lower()
    return any(w in low for w in words)


def _around(lines: list[str], idx: int) -> list[str]:
    """The lines a compared time's test is read in: _ABOUT_TIME_ABOVE above ``idx`` to _ABOUT_TIME_BELOW - 1 below."""
    return lines[max(0, idx - _ABOUT_TIME_ABOVE): idx + _ABOUT_TIME_BELOW]


def _near_bound(lines: list[str], idx: int) -> bool:
    """(nineteenth round, smells) Whether the line at ``idx`` (an elapsed-time-near-bound line) is a measured time
    that missed its bound by at most _NEAR_BOUND_RATIO, the measured name read where the form prints it."""
    return not _about_time_values(lines, idx) and _near_bound_values(lines, idx)


def _measured_expression(expr: str) -> bool:
    """(flake30) Whether an asserted expression is a measured time: a measured name ("elapsedMs", "duration"), or a
    clock read less a start taken from it ("Date.now() - t0", "performance.now() - lastCall"), as _bool_time_bound
    reads a clock with a start subtracted."""
    return bool(_MEASURED_NAME.search(expr)) or bool(_CLOCK_READ_ANY.search(expr) and " - " in expr)


# (flake30) any runtime's clock read: "now()", "Now()", "Date.now()", "performance.now()", "Instant.now()"
_CLOCK_READ_ANY = re.compile(r"(?i)\bnow\(\)")


# (flake30) the elapsed-time-near-bound forms read since the thirtieth round, checked while the catalogue is read
# (line_checks._LINE_CHECKED): a line of them that is no measured time near its bound stays with the entry that reads
# it otherwise (Rust's "assertion failed: queue.len() < 10" is an assertion's)
_SCAN_CHECKED_BOUND = re.compile(
    r"\bassertion failed: |\bexecution exceeded timeout of \d|\bto be less than or equal to \d"
    r"|\b(?:after|in) \d+(?:\.\d+)? ?(?:ns|µs|us|ms|s|secs?|seconds?)\b,? ?(?:expected|wanted|want) ")


def _scan_checked_bound(line: str) -> bool:
    """(flake30) Whether ``line`` is one of the elapsed-time-near-bound forms checked while the catalogue is read."""
    return _SCAN_CHECKED_BOUND.search(line[:700]) is not None


def _near_bound_values(lines: list[str], idx: int) -> bool:
    line = lines[idx]
    framework = _framework_bound(lines, idx)
    if framework is not None:
        return framework
    m = _PYTEST_BOUND.match(line)
    if m:
        for k in range(idx - 1, max(-1, idx - 8), -1):
            src = _PYTEST_BOUND_SOURCE.match(lines[k])
            if src:
                return bool(_MEASURED_NAME.search(src.group(1))) and _near(float(m.group(1)), float(m.group(2)))
        return False
    m = _JEST_BOUND_FRAME.match(line)
    if m:
        if not _MEASURED_NAME.search(m.group(1)):
            return False
        expected = received = None
        for k in range(idx - 1, max(-1, idx - 12), -1):
            if expected is None and (e := _JEST_EXPECTED.match(lines[k])):
                expected = float(e.group(1))
            if received is None and (r := _JEST_RECEIVED.match(lines[k])):
                received = float(r.group(1))
        return expected is not None and received is not None and _near(received, expected)
    m = _CHAI_BOUND.match(line)
    if m:
        names = [e.group(1) for ln in lines[max(0, idx - 3): idx + 16] for e in _EXPECT_BELOW.finditer(ln[:700])]
        return bool(names) and all(_measured_expression(n) for n in names) and _near(
            float(m.group(1)), float(m.group(2)))
    found = list(_DURATION.finditer(line[:700]))
    if len(found) != 2:
        return False
    # (review 19a) a bound, not an exact duration: "took 500ms, want 1s" is a computed backoff, a parsed config value or
    # a fake clock's reading, wrong on every run; and the measured value over it, not under it (load slows a test down,
    # it never makes a timer fire early): the measured value is the first ("took 1.2s, want < 1s") unless the bound
    # came first ("expected elapsed < 100ms, got 131ms")
    if not _BOUND_WORD.search(line[: found[1].start()]):
        return False
    first, second = (_seconds(f.group(1), f.group(2)) for f in found)
    between = line[found[0].end(): found[1].start()]
    measured, bound = (second, first) if _MEASURED_AFTER.search(between) else (first, second)
    return _near(measured, bound)


# (smells2) A measured time over its bound in each test framework's own words. Each form: the line the catalogue
# pattern finds, the two values it (or the lines beside it) prints, and where the compared quantity is named: the
# expression the framework quotes, a description the test gave, or the failing test's own name (the heading above).
# Where each wording comes from is said above its pattern, here and in signatures.toml ("read": the framework's
# source was read; "recalled"/"documented": not read in this round).
_QTY = re.compile(
    r"(?i)^[\"'<(]*\s*(?:(?P<pt>PT(?:(?P<h>\d+)H)?(?:(?P<m>\d+)M)?(?:(?P<s>\d+(?:\.\d+)?)S)?)"
    r"|(?P<span>(?:(?P<sd>\d+)\.)?(?P<sh>\d\d):(?P<sm>\d\d):(?P<ss>\d\d(?:\.\d{1,7})?))"
    r"|(?P<num>\d+(?:\.\d+)?(?:e-?\d+)?)\s?(?P<unit>ns|µs|us|ms|s|secs?|seconds?|millis(?:econds?)?|minutes?|m)?"
    r"(?P<jsuffix>[LDF])?)\s*[\"'>)]*\s*$")
_QTY_UNIT = {"ns": 1e-9, "µs": 1e-6, "us": 1e-6, "ms": 1e-3, "millis": 1e-3, "millisecond": 1e-3,
             "milliseconds": 1e-3, "m": 60.0, "minute": 60.0, "minutes": 60.0}


def _quantity(text: str) -> tuple[float, bool] | None:
    """A compared value as a number and whether it carried a time unit ("131", "131L", "1.31s", "PT1.31S")."""
    m = _QTY.match(text.strip())
    if m is None or (m.group("pt") is not None and m.group("pt") == "PT"):
        return None
    if m.group("span"):
        # (review 19g) .NET's TimeSpan ("00:00:01.3120000", "1.02:00:00"): NUnit's and xUnit's form of a time
        return (int(m.group("sd") or 0) * 86400 + int(m.group("sh")) * 3600 + int(m.group("sm")) * 60
                + float(m.group("ss"))), True
    if m.group("pt"):
        return (int(m.group("h") or 0) * 3600 + int(m.group("m") or 0) * 60 + float(m.group("s") or 0)), True
    unit = (m.group("unit") or "").lower()
    if not unit:
        return float(m.group("num")), False
    return float(m.group("num")) * _QTY_UNIT.get(unit, 1.0), True


def _near_pair(measured: str, bound: str, expr: str | None = None) -> tuple[bool, bool, float]:
    """Whether a measured value is over its bound by at most _NEAR_BOUND_RATIO, whether a unit says both are times,
    and how many times its bound the value is (0 where they are not compared). Both with a unit or both without (a
    unit on one side only is not compared). (t41) A value over a bound finer than a runner's scheduling by no more than
    _JITTER_FLOOR seconds is near, however many times its bound it is (_jitter_near); its ratio is then reported as at
    most _NEAR_BOUND_RATIO. Bare values are read so only in the unit the compared expression ``expr`` converts to
    ("timer.NanoSeconds()", "d.as_micros()", _expr_unit); whether they are times at all stays the names' to say."""
    a, b = _quantity(measured), _quantity(bound)
    if a is None or b is None or a[1] != b[1]:
        return False, False, 0.0
    ratio = a[0] / b[0] if b[0] > 0 else 0.0
    if _near(a[0], b[0]):
        return True, a[1], ratio
    # (values with a unit are in seconds already; bare ones take the expression's, else are not read so)
    unit = 1.0 if a[1] else (_expr_unit(expr) if expr is not None else None)
    if unit is not None and _jitter_near(a[0] * unit, b[0] * unit):
        return True, a[1], min(ratio, _NEAR_BOUND_RATIO)
    return False, a[1], ratio


# (t41) A bound finer than a shared runner's scheduling: a thread preempted once, a timer's or a clock read's own cost on
# a loaded machine, is a millisecond or more (Linux's scheduler slices and a VM's steal time are milliseconds), so a
# measured time over a bound of microseconds by less than that is the runner's noise at any ratio (caffe2's public PR
# "Make timing based test more likely to pass": a GoogleTest EXPECT_LT of a timer's nanoseconds under 1000, missed
# twelvefold on some Jenkins builds). A miss by more than that stays a regression or a hang (_NEAR_BOUND_RATIO's reading).
_JITTER_FLOOR = 1e-3


def _jitter_near(measured_s: float, bound_s: float) -> bool:
    """(t41) Whether a measured time over a bound under _JITTER_FLOOR seconds is over it by at most _JITTER_FLOOR."""
    return 0 < bound_s < _JITTER_FLOOR and bound_s < measured_s <= bound_s + _JITTER_FLOOR


# (t41) The unit an expression's last name converts a duration to: Go's time.Duration methods ("d.Nanoseconds()",
# "Milliseconds()", "Seconds()"), Rust's std::time::Duration ("as_nanos()", "as_micros()", "as_millis()", "as_secs()",
# "as_secs_f64()"), Java's Duration and TimeUnit ("toNanos()", "toMillis()"), Chromium's TimeDelta ("InMicroseconds()",
# "InMillisecondsF()"), a timer class's own ("NanoSeconds()", "MilliSeconds()", "ElapsedMicros()"); a name ending in a
# unit ("elapsed_ns", "durationMs", _name_unit). Assumption: a value printed bare under such a name is in that unit.
_EXPR_LAST_NAME = re.compile(r"([A-Za-z_]\w{0,80})\s*(?:\(\s*\))?\s*$")
_CONVERTED_UNIT = re.compile(
    r"(?:as|to|in|get|elapsed)?(?:(nano|micro|milli)?sec(?:ond)?s?|(nano|micro|milli)s)(?:f|f32|f64)?")


def _expr_unit(expr: str) -> float | None:
    """(t41) Seconds per unit of the unit ``expr``'s last name converts to or ends in, None for none."""
    m = _EXPR_LAST_NAME.search(expr.strip())
    if m is None:
        return None
    name = m.group(1)
    c = _CONVERTED_UNIT.fullmatch(name.replace("_", "").lower())
    if c is not None:
        return _unit_seconds(c.group(1) or c.group(2) or "s")
    return _name_unit(name)


# a name that says a test measures time: the measured names, and words of speed in a test's own name
# ((flake30) and a bound of a second or a few in words: "responds within a second", "loadsWithinTwoSeconds",
# "finishes_within_500ms"; a computed duration's name beside it is still the code's answer, named())
_TIMED_TEST = re.compile(
    r"(?i:elapsed|duration|latency|took|time_?taken|run_?time|wall_?time|timing|fast(?!_?(?:cgi|api|json|hash|math|forward))"
    r"|quick(?!_?(?:sort|select|check))|slow|speed|responsive"
    r"|within[ _]?(?:a|an|one|two|three|five|ten|half[ _]?a|\d+)[ _]?(?:ms|millis\w*|milliseconds?|seconds?|secs?|minutes?)(?![a-z]))"
    r"|(?:_ms|_secs?|_seconds|Ms|Millis|Seconds)\b")
# (flake30) a word of speed in a test's name or heading (_about_time_values): what it measures is how long the code took
_SPEED_NAMED = re.compile(
    r"(?i:fast(?!_?(?:cgi|api|json|hash|math|forward))|quick(?!_?(?:sort|select|check))|slow|speed|responsive)")
# a failing test's own heading, its name in group 1: GoogleTest's, Gradle's/JUnit's, Surefire's, dotnet test's,
# PHPUnit's, Minitest's, XCTest's, ExUnit's, unittest's, Catch2's/doctest's test case lines (recalled forms)
_NAMED_HEADING = re.compile(
    r"^\s*(?:\[ RUN      \] (\S+)|\[  FAILED  \] (\S+)|(\S+ > .{1,200}?)\s+FAILED\s*$|\[ERROR\] (\S+?)[:(]|Failed (\S+) \["
    r"|X (\S+) \[|\d+\) (\S+::\S+)|(\S+#\S+) \[|Test Case '-\[(\S+ \S+)\]'|\d+\) test (.+) \(\S+\)\s*$"
    r"|FAIL: (\S+)|TEST CASE:\s+(.+)$|-{3,} (?:FAIL|FAILED): (\S+)"
    # (review 19g) Surefire 3's "[ERROR] com.example.SearchTest.respondsQuickly -- Time elapsed: 1.3 s <<< FAILURE!"
    # (recalled) and xcpretty's "✗ testLaunchIsFast, XCTAssertLessThan failed: ..." (recalled)
    r"|\[ERROR\] (\S+) -- Time elapsed: |(?:✗\s+)?(test\w+), XCT)")
# (review 19g) what a compared quantity is when it is not a time: a count, a size, a length, an index. A printed
# expression, description or reason naming one of these says what the values are, whatever the test is called; so
# does a test's own name (assumption: a test named for a capacity or an index does not compare a measured time).
_COUNT_NAME = re.compile(
    r"(?i:(?<![a-z])(?:len|size|count|length|bytes|rows|items|entries|capacity|index|indices|alloc\w*|buckets?|pages"
    r"|retries|attempts|calls|hits|misses)(?![a-z]))|(?-i:[a-z](?:Count|Size|Length|Index|Bytes|Rows|Items|Entries"
    # (review 20a) and camelCase counts of tries and calls ("numAttempts", "maxRetries", "cacheHits")
    r"|Capacity|Allocations|Buckets|Retries|Attempts|Calls|Hits|Misses)(?![a-z]))")
# (review 19g) a duration the code computes rather than one it measured: a backoff, a delay, a TTL, a Retry-After,
# an expiry, a configured timeout. Over the maximum it must keep, the code's answer (the same on every run), unless
# a measured word stands beside it (assumption: such tests name what they compute).
_COMPUTED_DURATION = re.compile(
    r"(?i)backoff|delay|(?<![a-z])ttl(?![a-z])|retry_?after|interval|max_?age|expir|grace|jitter|cooldown|timeout")
_MEASURED_WORD = re.compile(
    r"(?i)elapsed|latency|took|time_?taken|run_?time|wall_?time|timing|fast|quick|slow|speed|responsive|respond"
    # (review 20a) how late a scheduled task ran, how long a wait lasted: measured ("lateness_ms", "waited_ms")
    r"|lateness|waited|overrun")
_NAME_LOOKBACK = 14


def _timed_test_above(lines: list[str], idx: int) -> bool:
    """Whether the failing test whose heading is the nearest above ``idx`` (or on its line) is named for time."""
    name = _test_name_above(lines, idx)
    return bool(_TIMED_TEST.search(name)) and not _COUNT_NAME.search(name)


def _test_name_above(lines: list[str], idx: int) -> str:
    """(review 19g) The failing test's own name from the nearest heading above ``idx`` (or on its line), or ""."""
    for k in range(idx, max(-1, idx - _NAME_LOOKBACK), -1):
        m = _NAMED_HEADING.match(lines[k][:700])
        if m:
            return next(g for g in m.groups() if g)
    return ""


def _line_at(lines: list[str], k: int) -> str:
    return lines[k][:700] if 0 <= k < len(lines) else ""


def _below(lines: list[str], idx: int, rx: re.Pattern[str], span: int = 4, step: int = 1) -> re.Match[str] | None:
    """The first of the ``span`` lines below ``idx`` (above it with ``step`` -1), nearest first, that ``rx`` matches."""
    for k in range(idx + step, idx + step * (span + 1), step):
        if 0 <= k < len(lines) and (m := rx.match(lines[k][:700])) is not None:
            return m
    return None


def _above(lines: list[str], idx: int, rx: re.Pattern[str], span: int = 4) -> re.Match[str] | None:
    return _below(lines, idx, rx, span, -1)


_V = r"[\"'<(]?[\w.µ:]{1,40}[\"'>)]?"  # one printed value ("131", "131L", "<131>", "1.31s", "PT1.31S")
# GoogleTest EXPECT_LT/LE, ASSERT_LT/LE (google/googletest googletest/include/gtest/gtest.h CmpHelperOpFailure,
# read: "Expected: (" expr1 ") " op " (" expr2 "), actual: " val1 " vs " val2)
# (review 19g) what may stand before it: nothing (the "file:line: Failure" line is above) or MSVC's "file(line): error: "
# (gtest.cc TestPartResultTypeToString, recalled), CTest's "1: " test number in front (ctest -V); a diff's "- " or a
# quote before it is a test's own text
_GTEST_LEAD = re.compile(r"^\s*(?:\d{1,4}: )?(?:\S[^\n]{0,300}?(?:\(\d+\)|:\d+):\s*(?:error|Failure):?\s*)?$")
_GTEST_CMP = re.compile(rf"\bExpected: \((.{{1,200}}?)\) <=? \((.{{1,200}}?)\), actual: ({_V}) vs ({_V})\s*$")
# Catch2 REQUIRE/CHECK( a < b ) then "with expansion:" and the values (catchorg/Catch2, recalled)
_CATCH_SOURCE = re.compile(r"^\s*(?:REQUIRE|CHECK)\( ([^<\n]{1,200}) <=? ([^\n]{1,200}) \)\s*$")
# (review 19g) Catch2 prints a std::chrono duration as "<count> <symbol>s" ("131 ms", catchorg/Catch2
# catch_tostring.hpp StringMaker<std::chrono::duration>, read)
_CATCH_VALUE = rf"(?:\d+(?:\.\d+)? (?:ns|us|µs|ms|s|m)(?=\s|$)|{_V})"
_CATCH_EXPANSION = re.compile(rf"^\s*({_CATCH_VALUE}) <=? ({_CATCH_VALUE})\s*$")
# Boost.Test BOOST_CHECK_LT/LE, BOOST_TEST(a < b): "check a < b has failed [131 >= 100]" (recalled)
_BOOST_CHECK = re.compile(rf"\bcheck (.{{1,200}}?) <=? (.{{1,200}}?) has failed \[({_V}) >=? ({_V})\]")
# doctest CHECK_LT(a, b) / CHECK(a < b) "is NOT correct!" then "values: CHECK_LT( 131, 100 )" (onqtam/doctest,
# recalled)
_DOCTEST_SOURCE = re.compile(r"\b(?:CHECK|REQUIRE)(_LT|_LE)?\( (.{1,200}?)(?:,| <=?) .{1,200}? \) is NOT correct!")
_DOCTEST_VALUES = re.compile(rf"^\s*values: (?:CHECK|REQUIRE)(?:_LT|_LE)?\( ({_V})(?:,| <=?) ({_V}) \)\s*$")
# AssertJ isLessThan/isLessThanOrEqualTo (assertj/assertj ShouldBeLess/ShouldBeLessOrEqual, read in its tests:
# "%nExpecting:%n <6L>%nto be less than:%n <0L> "; current "Expecting actual:%n  %s%nto be less than:%n  %s %s");
# an as("...") description prints "[elapsed ms] " above
_ASSERTJ_BOUND = re.compile(r"^\s*to be less than(?: or equal to)?:\s*$")
_ASSERTJ_EXPECTING = re.compile(r"^\s*(?:(?:\w+\.)*\w*(?:Error|Exception):\s*)?(?:\[(.{1,200})\]\s*)?Expecting(?: actual)?:\s*$")
_ASSERTJ_DESCRIPTION = re.compile(r"^\s*(?:(?:\w+\.)*\w*(?:Error|Exception):\s*)?\[(.{1,200})\]\s*$")
_VALUE_LINE = re.compile(rf"^\s*({_V})\s*(?:when comparing values using .*)?$")
# Hamcrest lessThan/lessThanOrEqualTo (hamcrest/JavaHamcrest OrderingComparison, recalled): "Expected: a value less
# than <100>" / "     but: <131> was greater than <100>", a reason line ("AssertionError: elapsed ms") above
_HAMCREST_BUT = re.compile(rf"^\s*but: ({_V}) was greater than ({_V})\s*$")
_HAMCREST_EXPECTED = re.compile(r"^\s*(?:(?:\w+\.)*\w*Error: )?Expected: a value less than (?:or equal to )?")
_REASON = re.compile(r"^\s*(?:\w+\.)*\w*(?:Error|Exception): (.{1,200})$")
# Kotest shouldBeLessThan / shouldBeLessThanOrEqual (kotest/kotest, recalled: "$value should be < $x")
_KOTEST = re.compile(rf"^\s*(?:(?:\w+\.)*\w*Error: )?({_V}) should be <=? ({_V})\s*$")
# NUnit Is.LessThan / Is.LessThanOrEqualTo (nunit/nunit, documented: "  Expected: less than 1000" / "  But was:
# 1203"), a message line above
_NUNIT_EXPECTED = re.compile(rf"^\s*Expected: less than (?:or equal to )?({_V})\s*$")
_NUNIT_BUT = re.compile(rf"^\s*But was:\s+({_V})\s*$")
# xUnit Assert.InRange (xunit/assert.xunit InRangeException.ForValueNotInRange, read: "Assert.InRange() Failure:
# Value not in range" NL "Range:  (low - high)" NL "Actual: value"; the older "Assert.InRange() Failure" alone)
_XUNIT_INRANGE = re.compile(r"\bAssert\.InRange\(\) Failure\b")
_XUNIT_RANGE = re.compile(rf"^\s*Range:\s+\(({_V}) - ({_V})\)\s*$")
_XUNIT_ACTUAL = re.compile(rf"^\s*Actual:\s+({_V})\s*$")
# unittest assertLess / assertLessEqual (python/cpython Lib/unittest/case.py, recalled: "%s not less than %s",
# "%s not less than or equal to %s"), the source line of the traceback above
_UNITTEST_LESS = re.compile(rf"^\s*(?:E\s+)?(?:AssertionError: )?({_V}) not less than (?:or equal to )?({_V})\s*(?::.*)?$")
# (review 19g) and under pytest, which runs a unittest TestCase: "E       AssertionError: ..." under ">       self..."
_UNITTEST_SOURCE = re.compile(r"^\s*(?:>\s+)?self\.assertLess(?:Equal)?\((.{1,200}?),")
# RSpec `be <` (rspec/rspec-expectations BeComparedTo#failure_message, recalled: "expected: < 1.0" NL "     got:   1.31"),
# its Failure/Error source line above
_RSPEC_EXPECTED = re.compile(rf"^\s*expected: <=? ({_V})\s*$")
_RSPEC_GOT = re.compile(rf"^\s*got:\s+({_V})\s*$")
_RSPEC_SOURCE = re.compile(r"^\s*Failure/Error: (.{1,300})$")
# Minitest assert_operator (minitest/minitest assertions.rb, recalled: "Expected 1.31 to be < 1.0.")
_MINITEST_OP = re.compile(rf"^\s*Expected ({_V}) to be <=? ({_V})\.\s*$")
# PHPUnit assertLessThan / assertLessThanOrEqual (sebastianbergmann/phpunit LessThan constraint, recalled; the
# message's form read in a project's copy: "Failed asserting that %s is less than %s.")
_PHPUNIT_LESS = re.compile(rf"^\s*Failed asserting that ({_V}) is (?:equal to {_V} or is )?less than ({_V})\.\s*$")
# XCTest XCTAssertLessThan/OrEqual (recalled; seen in public CI notes: 'XCTAssertLessThan failed: ("3.0005640983581543")
# is not less than ("3.0")'), the test's "-[Class testName]" on its line
_XCTEST_LESS = re.compile(
    rf"(?:-\[\S+ (\w+)\] : )?XCTAssertLessThan(?:OrEqual)? failed: \(({_V})\) is (?:not less than|greater than) "
    rf"\(({_V})\)(?: - (.{{0,200}}))?")
# ExUnit `assert a < b` (elixir-lang/elixir ExUnit, recalled; seen in public logs: "Assertion with < failed" NL
# "code:  assert avg_duration_us < 1000" NL "left:  3163.3" NL "right: 1000")
_EXUNIT_HEAD = re.compile(r"^\s*Assertion with <=? failed\s*$")
_EXUNIT_CODE = re.compile(r"^\s*code:\s+assert (.{1,200}?) <=? ")
_EXUNIT_LEFT = re.compile(rf"^\s*left:\s+({_V})\s*$")
_EXUNIT_RIGHT = re.compile(rf"^\s*right:\s+({_V})\s*$")
# testify WithinDuration (stretchr/testify assert/assertions.go, read in review 19a: "Max difference between %v and
# %v allowed is %v, but difference was %v"): two times read from a running clock, their distance over the allowed one
_TESTIFY_WITHIN = re.compile(r"\bMax difference between .{1,120}? and .{1,120}? allowed is (\S+), but difference was -?(\S+?)\s*$")
# (flake30) JUnit 5's assertTimeout, which runs the code to its end and then compares (junit-team/junit5 AssertTimeout,
# recalled: "execution exceeded timeout of " + timeout + " ms by " + (elapsed - timeout) + " ms"): the time measured is
# the timeout and the overrun together; not assertTimeoutPreemptively's "execution timed out after N ms" (no overrun)
_JUNIT_TIMEOUT_EXCEEDED = re.compile(r"\bexecution exceeded timeout of (\d+) ms by (\d+) ms\b")
# (flake30) Rust's assert!(<expr>) with no message of its own (core::panicking, recalled: "assertion failed: <expr>"),
# on the line under the test thread's "thread '<name>' panicked at <file>:<line>:<col>:" (1.73+) or on it (older
# toolchains: "thread '<name>' panicked at 'assertion failed: <expr>', <file>:<line>:<col>")
_RUST_BOOL = re.compile(r"^\s*(?:thread '[^'\n]{1,300}' panicked at ')?assertion failed: (.{1,300}?)(?:', \S{1,300}:\d+:\d+)?\s*$")
_RUST_PANIC_HEAD = re.compile(r"^\s*thread '[^'\n]{1,300}' panicked at ")


# (time27) A timing bound asserted as a boolean: the framework prints the expression and its truth, not the values.
# GoogleTest's EXPECT_TRUE / ASSERT_TRUE (EXPECT_FALSE) "Value of: <expr>" NL "  Actual: false" NL "Expected: true"
# (gtest's GetBoolAssertionFailureMessage, read in a project's copy: "Value of: " expr, "\n  Actual: " value, an
# AssertionResult's message in parentheses, "\nExpected: " value); Catch2's REQUIRE/CHECK( <expr> ) whose expansion is
# "false"; Boost.Test's BOOST_CHECK "check <expr> has failed" (no bracket of values); doctest's "CHECK( <expr> ) is NOT
# correct!" over "values: CHECK( false )" (these three recalled). Read as a measured time over its bound where the
# expression sets an upper bound on a measured time (_boolean_bound); its nearness is read only where the test's own
# output prints the measured value beside the failure ("elapsed: 21 ms", "cost ms: 21").
_GTEST_BOOL = re.compile(r"^\s*(?:\d{1,4}: )?Value of: (.{1,300}?)\s*$")
_GTEST_BOOL_ACTUAL = re.compile(r"^\s*(?:\d{1,4}: \s*)?Actual: (true|false)\b")
_GTEST_BOOL_EXPECTED = re.compile(r"^\s*(?:\d{1,4}: )?Expected: (true|false)\s*$")
_CATCH_BOOL = re.compile(r"^\s*(?:REQUIRE|CHECK)\( (.{1,400}) \)\s*$")
_CATCH_WITH_EXPANSION = re.compile(r"^\s*with expansion:\s*$")
_BOOL_FALSE = re.compile(r"^\s*false\s*$")
_BOOST_BOOL = re.compile(r"\bcheck (.{1,300}?) has failed\s*$")
_DOCTEST_BOOL = re.compile(r"\b(?:CHECK|REQUIRE)\( (.{1,300}?) \) is NOT correct!")
_DOCTEST_FALSE = re.compile(r"^\s*values: (?:CHECK|REQUIRE)\( false \)\s*$")
# the one comparison of the expression, spaced as written (a template's "<" or a "->" has no spaces around it)
_BOOL_OP = re.compile(r" (<=?|>=?) ")
# a duration literal or a duration-typed value: C++14's chrono literals ("20ms", "1.5s"), std::chrono's types
# ("std::chrono::milliseconds{20}", "milliseconds(20)"), absl's and Chromium's ("absl::Milliseconds(20)",
# "base::TimeDelta::FromMilliseconds(20)"), a Duration ("Duration::from_millis(20)", "Duration.ofMillis(20)")
_DURATION_TYPED = re.compile(
    r"(?<![\w.'])\d+(?:\.\d+)?(?:ns|us|ms|s|min|h)(?![\w.])|\bchrono::|\bDuration\b|\bTimeDelta\b"
    r"|(?i:(?<![a-z])(?:(?:nano|micro|milli)?seconds|minutes|hours)\s*[({])"
    r"|(?i:(?<![a-z])(?:from|of)_?(?:nanos|micros|millis|secs|seconds|minutes|hours)\w{0,10}\s*\()")
# the same as the whole of one side, its count and seconds per unit read (_bound_literal)
_BOUND_LITERAL = re.compile(
    r"^\(?\s*(?:(?P<n>\d+(?:\.\d+)?)(?P<u>ns|us|ms|s|min|h)"
    r"|(?:[\w:]{0,80}?(?:::|\.))?(?i:(?:from|of)_?)?(?P<fu>(?i:nano|micro|milli|sec|second|min|minute|hour)s?"
    r"|(?i:nanoseconds|microseconds|milliseconds))\s*[({]\s*(?P<fn>\d+(?:\.\d+)?)\s*[)}]"
    r"|(?P<bare>\d+(?:\.\d+)?))\s*\)?$")
# a bound's name that says it is a time ("budget", "deadline", "timeout", "kLimitMs", "max_latency"), and a unit a name
# ends in ("elapsed_ms", "kBudgetMs")
_NAME_UNIT = re.compile(
    r"(?-i:(?<=[a-z0-9])(?P<c>Ms|Us|Ns|Secs?|Seconds|Millis|Micros|Nanos))(?![a-z])"
    r"|_(?P<s>(?i:ms|us|ns|secs?|seconds|millis|micros|nanos))(?![A-Za-z])")
_TIME_BOUND_NAME = re.compile(r"(?i)budget|deadline|timeout|time_?limit|max_?(?:time|latency|duration|wait|elapsed)")
# a measured time's name beyond _MEASURED_NAME's ("waited_ms", "lateness", "overrun"), or a clock read with a start
# taken from it ("now() - start": a clock read alone is _CLOCK_READ's, read before; a cost or an amount spent is
# _BOOL_GENERIC_MEASURED's)
_BOOL_MEASURED = re.compile(r"(?i)(?<![a-z])(?:waited|lateness|overrun)|\bnow\(\)")
# (review27_a) a cost or an amount spent names a measured time only with a unit or "time" in the name ("cost_ms",
# "time_spent"); bare, it is as often money or a plan's cost ("wallet.spent() <= wallet.budget()", "plan.cost"): a time
# only under a duration-typed bound ("cost < std::chrono::milliseconds(20)")
_BOOL_GENERIC_MEASURED = re.compile(r"(?i)(?<![a-z])(?:cost|spent)|(?-i:Cost|Spent)")
_TIME_IN_NAME = re.compile(r"(?i)time")
# (review27_a) a clock read on its own (no start subtracted from it): held under a deadline it is a timing bound
# ("now() < deadline", "now() < start + 50ms"); under anything else a date's comparison, an expiry or a validity
# ("token.expires_at() > system_clock::now()": a fixture that expired fails every run)
_CLOCK_READ = re.compile(r"\bnow\(\)|\bNow\(\)")
_DATE_NAME = re.compile(r"(?i)expir|not_?after|not_?before|valid|until|issued|created|modified|updated|birth|date")
# (review27_a) a count of units that are no time though a measured word names them: a simulation's "elapsed_steps", an
# audio plugin's "latency_samples", a decoder's "latency_frames"
_UNIT_COUNT = re.compile(
    r"(?i)(?<![a-z])(?:samples|frames|steps|iterations|iters|cycles|epochs|generations|instructions|hops|rounds)(?![a-z])"
    r"|(?-i:[a-z](?:Samples|Frames|Steps|Iterations|Cycles|Epochs|Generations|Instructions|Hops|Rounds)(?![a-z]))")
# (review27_a) another object's duration read through a member ("clip.duration()", "stream->frame_duration",
# "cfg.lease_duration"): that object's own length, a media clip's, a configured value's, not a time the test measured,
# unless the object is a timer, a measurement or a run of something ("timer.duration()", "result.duration",
# "job->duration()"); a member's latency is measured as a latency always is (a count of samples aside)
_MEMBER_LENGTH = re.compile(r"(?i)([\w\]\)]{1,80})\s*(?:\.|->)\s*\w{0,40}?duration\w{0,40}\s*(?:\(\s*\))?")
_TIMER_OWNER = re.compile(
    r"(?i)timer|watch|span|clock|measur|bench|profil|trac|perf|stat|metric|timing|elapsed|result|response|request"
    r"|(?<![a-z])(?:run|job|task|call|query|op|operation|step|stage|build|sw|t)(?![a-z])")
# (review27_a) ... and the same named as one word in C's or a flat name's way ("clip_duration_ms(c)", "frameDuration",
# "lease_duration"): a media item's, a lease's, a token's own length
_OWNED_LENGTH = re.compile(
    r"(?i)(?<![a-z])(?:clip|track|video|audio|frame|segment|song|movie|media|sample|note|animation|transition|sound"
    r"|chapter|episode|slide|recording|playlist|lease|token|cookie|cert(?:ificate)?)s?_?(?:duration|length)")
# a quantity that is no time: a count or a size (_COUNT_NAME), memory
_NOT_TIME_QTY = re.compile(r"(?i)(?<![a-z])(?:mem(?:ory)?|rss|heap|ram|disk|bytes?)(?![a-z])|(?-i:Memory|Bytes|Rss|Heap)")
# (time27) a C++ test's clock that does not run (Abseil's SimulatedClock, Chromium's SimpleTestTickClock and MOCK_TIME
# task environment, a ManualClock): beside the module's fake-clock words (_FAKE_CLOCK), read here only
_CPP_TEST_CLOCK = re.compile(
    r"(?i)sim(?:ulated)?_?clock|simple_?test_?(?:tick_?)?clock|mock_?time|fast_?forward_?by|manual_?clock|fake_?time"
    r"|test_?(?:tick_?)?clock")
# a measured value the test printed beside the failure: "elapsed: 21 ms", "cost ms: 21", "elapsed_ms=21",
# "took 21ms", "elapsed time (ms): 21", Catch2's CAPTURE "elapsed := 21"
_PRINTED_MEASURED = re.compile(
    r"(?i)(?<![a-z])(?:elapsed|duration|latency|took|cost|spent|waited|time[ _]?taken|run[ _]?time|wall[ _]?time)"
    r"(?:[ _]time)?(?:[ _]?\(?(?P<nu>ns|us|µs|ms|secs?|seconds|millis(?:econds)?)\)?)?\s*(?::=|[:=]|\bis\b|\bwas\b)?\s*"
    r"(?P<n>\d+(?:\.\d+)?)(?:\s?(?P<u>ns|us|µs|ms|s|secs?|seconds?|millis(?:econds)?)(?![a-z]))?")
# where a failing assertion's block ends: a runner's heading or rule (above and below), another failure's location line
# (below; above, the assertion's own location line and an earlier one of the same test are passed)
# ((review27_a) and a C framework's heading: acutest's "Test <name>... ", CUnit's "Suite: " and "Test: <name> ...")
# ((flake30) and libtest's heading of one test's captured output, "---- pool::tests::get stdout ----")
_BOOL_BLOCK_END = re.compile(r"^\s*(?:\d{1,4}: )?(?:\[ {1,7}(?:RUN|FAILED|OK|PASSED)\b|\[[-=]{5,}\]|-{10,}|={10,}|TEST CASE:"
                             r"|Test [\w./:-]{1,200}\.\.\.|Test: \S{1,200} \.\.\.|Suite:? |---- \S{1,300} std(?:out|err) ----)")
_BOOL_NEXT_FAILURE = re.compile(r": Failure\s*$|\): error: |: FAILED:\s*$|: ERROR: ")
_BOOL_ABOVE = 10
_BOOL_BELOW = 6
# (review27_a) the same bound asserted as a boolean in a C unit-test framework's failed check (the c_test_check_failed
# fragment's forms, signatures.toml): acutest's "<file>:<line>: [Check ]<expr>... failed" (TEST_CHECK prints the
# condition's text), CUnit's failure record "N. <file>:<line>  - <expr>" (CU_ASSERT's condition text, or
# "CU_ASSERT_TRUE(<expr>)" / "CU_ASSERT_FALSE(<expr>)"), Check's ":F:" line "Assertion '<expr>' failed" (with
# ck_assert_int_lt's and its kind's values after it: "failed: elapsed_ms == 61, 50 == 50"), cmocka's assert_true
# message "[  ERROR   ] --- <expr>" over its "[   LINE   ] --- <file>:<line>: error: Failure!"
_C_SOURCE = r"[\w./\\-]{1,300}\.(?:c|cc|cpp|cxx|h|hh|hpp|hxx|m|mm)"
_ACUTEST_BOOL = re.compile(rf"^\s*(?:#\s*)?{_C_SOURCE}:\d+: (?:Check )?(.{{1,300}}?)\.\.\. failed\s*$")
_CUNIT_BOOL = re.compile(rf"^\s*\d{{1,6}}\. \S{{0,300}}?{_C_SOURCE}:\d+  - (.{{1,300}}?)\s*$")
_CUNIT_WRAPPED = re.compile(r"^CU_ASSERT(?:_(TRUE|FALSE))?(?:_FATAL)?\((.{1,300})\)$")
_CHECK_BOOL = re.compile(
    rf"(?-i:^\s*{_C_SOURCE}:\d+:F:[^:\n]{{1,200}}:(?:[^:\n]{{1,200}}:)?(?:-?\d{{1,9}}:)? Assertion '(.{{1,300}}?)' failed"
    r"(?:: (.{1,400}))?\s*$)")
_CHECK_VALUE = re.compile(r"(?:^|, )(.{1,200}?) == (-?\d+(?:\.\d+)?)(?=, |$)")
_CMOCKA_BOOL = re.compile(r"^\s*\[\s*ERROR\s*\] --- (.{1,300}?)\s*$")
# ... and the C runtime's own assert() (the c-runtime-assert-failed entry's forms): glibc's "<prog>: <file>:<line>: <func>:
# Assertion `<expr>' failed.", musl's "Assertion failed: <expr> (<file>: <func>: <line>)", Apple's "Assertion failed:
# (<expr>), function ...", the MSVC CRT's "Assertion failed: <expr>, file <file>, line <n>"
_C_ASSERT_BOOL = re.compile(
    r":\d+: .{0,400}?\bAssertion `(.{1,300})' failed\.\s*$|\bAssertion failed: \((.{1,300}?)\), function "
    r"|\bAssertion failed: (.{1,300}?)(?: \([^():\n]{1,400}: [^():\n]{1,400}: \d+\)|, file [^,\n]{1,400}, line \d+)\s*$")
_CMOCKA_LINE = re.compile(rf"^\s*\[\s*LINE\s*\] --- (?:{_C_SOURCE})(?::\d+|\(\d+\)): error: Failure!\s*$")


def _bool_sides(expr: str, truth: bool) -> tuple[str, str] | None:
    """(time27) The two sides of a boolean assertion's one comparison, ``truth`` the value the test expected of it:
    (the side held under the other, the bound), or None where the expression is not one comparison."""
    expr = expr.strip()
    if expr.startswith("(") and expr.endswith(")") and expr.count("(") == 1:
        expr = expr[1:-1].strip()
    if "&&" in expr or "||" in expr or expr.startswith("!"):
        return None
    ops = list(_BOOL_OP.finditer(expr))
    if len(ops) != 1:
        return None
    left, right = expr[: ops[0].start()].strip(), expr[ops[0].end():].strip()
    # "a < b" expected true or "a > b" expected false hold a under b; otherwise b under a
    return (left, right) if ops[0].group(1).startswith("<") == truth else (right, left)


def _unit_seconds(word: str | None) -> float | None:
    """(time27) Seconds per unit of a unit's word ("ms", "millis", "milliseconds", "Secs", "min"), None for none."""
    w = (word or "").lower()
    if not w:
        return None
    for prefix, seconds in (("nano", 1e-9), ("ns", 1e-9), ("micro", 1e-6), ("us", 1e-6), ("µs", 1e-6), ("milli", 1e-3),
                            ("ms", 1e-3), ("min", 60.0), ("h", 3600.0), ("s", 1.0)):
        if w.startswith(prefix):
            return seconds
    return None


def _bound_literal(text: str) -> tuple[float, float | None] | None:
    """(time27) A side written as a literal: its count and seconds per unit (None for a bare number), or None."""
    m = _BOUND_LITERAL.match(text.strip())
    if m is None:
        return None
    if m.group("n"):
        return float(m.group("n")), _unit_seconds(m.group("u"))
    if m.group("fn"):
        return float(m.group("fn")), _unit_seconds(m.group("fu"))
    return float(m.group("bare")), None


def _name_unit(name: str) -> float | None:
    """(time27) Seconds per unit of the unit a name ends in ("elapsed_ms", "kBudgetMs"), None for none."""
    found = list(_NAME_UNIT.finditer(name))
    return _unit_seconds(found[-1].group("c") or found[-1].group("s")) if found else None


def _bool_time_bound(held: str, bound: str) -> bool:
    """(time27) Whether a boolean assertion holds a measured time (``held``) under a bound: a measured time's name
    under any bound, or any value but a count, a size or memory under a duration-typed bound or a time bound's name
    ("budget", "deadline", "kLimitMs"). Not a literal held (a lower bound: "20ms < elapsed", a timer that fired early
    is no loaded runner's), nor a computed duration with no measured word (a backoff, a TTL, a configured timeout).
    (review27_a) Nor a count of units no time ("elapsed_steps", "latency_samples"), another object's duration read
    through a member ("clip.duration()") or named as its own ("clip_duration_ms(c)"), a clock read alone under a date
    ("expires_at() > now()"), a bare cost or amount spent under anything but a duration-typed bound."""
    if _bound_literal(held) is not None or _NOT_TIME_QTY.search(held) or _UNIT_COUNT.search(held):
        return False
    if _COUNT_NAME.search(held) and not _MEASURED_NAME.search(held):
        return False
    if _COMPUTED_DURATION.search(held) and not _MEASURED_WORD.search(held):
        return False
    if any(not _TIMER_OWNER.search(m.group(1)) for m in _MEMBER_LENGTH.finditer(held)) or _OWNED_LENGTH.search(held):
        return False
    typed = bool(_DURATION_TYPED.search(bound))
    if _CLOCK_READ.search(held) and " - " not in held:
        return (typed or bool(_TIME_BOUND_NAME.search(bound))) and not _DATE_NAME.search(bound)
    if _MEASURED_NAME.search(held) or _BOOL_MEASURED.search(held):
        return True
    if _BOOL_GENERIC_MEASURED.search(held):
        return typed or bool(_TIME_IN_NAME.search(held))
    return bool(typed or _TIME_BOUND_NAME.search(bound) or _NAME_UNIT.search(bound))


def _bool_block(lines: list[str], idx: int) -> list[int]:
    """(time27) The lines of a failing boolean assertion's block around ``idx``, nearest first: the test's output above
    it up to its heading (at most _BOOL_ABOVE), and the assertion's message below (at most _BOOL_BELOW)."""
    found: list[int] = []
    for step, span in ((-1, _BOOL_ABOVE), (1, _BOOL_BELOW)):
        for k in range(idx + step, idx + step * (span + 1), step):
            if not 0 <= k < len(lines):
                break
            line = lines[k][:700]
            if _BOOL_BLOCK_END.match(line) or _NAMED_HEADING.match(line) or (
                    step > 0 and _BOOL_NEXT_FAILURE.search(line)):
                break
            found.append(k)
    return sorted(found, key=lambda k: abs(k - idx))


def _printed_ratio(lines: list[str], idx: int, held: str, bound: str) -> float | None:
    """(time27) How many times its bound the measured value the test printed beside the failure is ("elapsed: 21 ms"
    over "elapsed < 20ms"), or None where no such value is printed or its unit cannot be set beside the bound's. A bare
    number takes the unit the held name ends in ("elapsed_ms < 20"); a bound's name takes the value printed for it
    ("budget: 20 ms")."""
    block = _bool_block(lines, idx)
    measured = next((m for k in block if (m := _PRINTED_MEASURED.search(lines[k][:700])) is not None), None)
    if measured is None:
        return None
    held_unit = _name_unit(held)
    value, unit = float(measured.group("n")), _unit_seconds(measured.group("u") or measured.group("nu")) or held_unit
    literal = _bound_literal(bound)
    if literal is None:
        literal = _printed_bound(lines, block, bound)
    if literal is None:
        return None
    limit, limit_unit = literal[0], literal[1] or held_unit or _name_unit(bound)
    if (unit is None) != (limit_unit is None) or limit <= 0:
        return None
    return (value * (unit or 1.0)) / (limit * (limit_unit or 1.0))


def _printed_bound(lines: list[str], block: list[int], bound: str) -> tuple[float, float | None] | None:
    """(time27) The value the test printed for a bound's name ("budget: 20 ms" for "kBudget"), or None."""
    m = re.fullmatch(r"(?:[\w:.>-]{0,80}(?:::|\.|->))?(?:k(?=[A-Z]))?_?([A-Za-z][A-Za-z_]{2,40}?)(?:_?(?i:ms|us|ns|secs?|seconds|millis))?",
                     bound.strip())
    if m is None:
        return None
    rx = re.compile(rf"(?i)(?<![a-z]){re.escape(m.group(1))}(?:[ _]?\(?(ns|us|µs|ms|secs?|seconds|millis)\)?)?\s*"
                    r"(?::=|[:=]|\bis\b)\s*(\d+(?:\.\d+)?)(?:\s?(ns|us|µs|ms|s|secs?|seconds?|millis)(?![a-z]))?")
    for k in block:
        if (p := rx.search(lines[k][:700])) is not None:
            return float(p.group(2)), _unit_seconds(p.group(3) or p.group(1))
    return None


def _boolean_bound(lines: list[str], idx: int, expr: str, truth: bool, not_measured: bool,
                   values: dict[str, float] | None = None) -> bool | None:
    """(time27) A boolean assertion's expression (``truth`` the value expected of it) read as _framework_bound reads a
    form's values: None where it sets no upper bound on a measured time (_bool_time_bound), or the test runs a clock of
    its own; else near its bound unless a measured value printed beside it (_printed_ratio) is under its bound or over
    it more than _NEAR_BOUND_RATIO times (with ``not_measured``: True only for such a value far over its bound).
    (review27_a) ``values``: the values the form printed for the expression's sides (Check's "elapsed_ms == 61, 50 ==
    50"), read in place of a printed measured value where both sides have one."""
    sides = _bool_sides(expr, truth)
    if sides is None or not _bool_time_bound(*sides):
        return None
    name = _test_name_above(lines, idx)
    if _COMPUTED_DURATION.search(name) and not (_MEASURED_WORD.search(name) or _MEASURED_WORD.search(expr)):
        return None
    if any(_CPP_TEST_CLOCK.search(ln[:700]) for ln in _around(lines, idx)):
        return None
    held, bound = sides[0].strip(), sides[1].strip()
    if values and held in values and bound in values and values[bound] > 0:
        ratio: float | None = values[held] / values[bound]
    else:
        ratio = _printed_ratio(lines, idx, *sides)
    if not_measured:
        return ratio is not None and ratio > _NEAR_BOUND_RATIO
    return ratio is None or 1.0 <= ratio <= _NEAR_BOUND_RATIO


def _c_check_bool(lines: list[str], idx: int) -> tuple[str, bool, dict[str, float]] | None:
    """(review27_a) A C unit-test framework's failed check of a boolean at ``idx`` (acutest's, CUnit's, Check's,
    cmocka's) or the C runtime's failed assert(): its expression, the truth expected of it, the values the form printed
    for its sides; or None."""
    line = _line_at(lines, idx)
    if (m := _ACUTEST_BOOL.match(line)) is not None:
        return m.group(1), True, {}
    if (m := _CUNIT_BOOL.match(line)) is not None:
        expr, truth = m.group(1), True
        if (w := _CUNIT_WRAPPED.match(expr)) is not None:
            expr, truth = w.group(2), w.group(1) != "FALSE"
        return expr, truth, {}
    if (m := _CHECK_BOOL.match(line)) is not None:
        values = {v.group(1).strip(): float(v.group(2)) for v in _CHECK_VALUE.finditer(m.group(2) or "")}
        return m.group(1), True, values
    if (m := _CMOCKA_BOOL.match(line)) is not None and _below(lines, idx, _CMOCKA_LINE, 2) is not None:
        return m.group(1), True, {}
    if (m := _C_ASSERT_BOOL.search(line)) is not None:
        return next(g for g in m.groups() if g), True, {}
    return None


def _framework_bound(lines: list[str], idx: int, *, not_measured: bool = False) -> bool | None:
    """(smells2) A measured time over its bound in a framework's own form at ``idx``: True where the value is over its
    bound by at most _NEAR_BOUND_RATIO and the compared quantity is named as a time (the expression, a description,
    the test's name, or a unit on both values), False where a form is found but does not say so, None where the
    line is none of these forms. (ts19) With ``not_measured``, True where the form's values say they are no measured
    time a loaded runner slowed: a count or a size named, a computed duration, or a bound missed more than
    _NEAR_BOUND_RATIO times over (a regression or a hang)."""
    line = _line_at(lines, idx)

    def named(near: bool, timed_unit: bool, ratio: float, *names: str | None) -> bool:
        if not near and not not_measured:
            return False
        # (review 19g) a printed name of a count or a size says what the values are; a computed duration (a backoff,
        # a TTL, a configured timeout) named where no measured word is, is the code's answer
        printed = [n for n in names if n]
        if any(_COUNT_NAME.search(n) and not _MEASURED_NAME.search(n) for n in printed):
            return not_measured
        said = printed + [_test_name_above(lines, idx)]
        if any(_COMPUTED_DURATION.search(n) for n in said) and not any(_MEASURED_WORD.search(n) for n in said):
            return not_measured
        # (review 20a) a printed expression naming a computed duration ("next_backoff_ms") with no measured word of its
        # own: the test's name ("SlowServerTest") speaks of the scenario, the expression of what was compared
        if any(_COMPUTED_DURATION.search(n) for n in printed) and not any(_MEASURED_WORD.search(n) for n in printed):
            return not_measured
        if not_measured:
            return ratio > _NEAR_BOUND_RATIO
        return timed_unit or any(_TIMED_TEST.search(n) for n in printed) or _timed_test_above(lines, idx)

    if (m := _GTEST_CMP.search(line)) is not None:
        if not _GTEST_LEAD.match(line[: m.start()]):
            return False
        return named(*_near_pair(m.group(3), m.group(4), m.group(1)), m.group(1))
    if (m := _GTEST_BOOL.match(line)) is not None:
        # (time27) EXPECT_TRUE / EXPECT_FALSE: the expression and the truth expected of it
        actual, expected = _below(lines, idx, _GTEST_BOOL_ACTUAL, 1), _below(lines, idx, _GTEST_BOOL_EXPECTED, 2)
        if actual is None or expected is None or actual.group(1) == expected.group(1):
            return None
        return _boolean_bound(lines, idx, m.group(1), expected.group(1) == "true", not_measured)
    if (m := _CATCH_SOURCE.match(line)) is not None:
        if not _below(lines, idx, re.compile(r"^\s*with expansion:\s*$"), 2):
            return False
        v = _below(lines, idx, _CATCH_EXPANSION, 3)
        if v is None and _CATCH_WITH_EXPANSION.match(_line_at(lines, idx + 1)) and _BOOL_FALSE.match(
                _line_at(lines, idx + 2)) and (whole := _CATCH_BOOL.match(line)) is not None:
            # (time27) an expansion of "false": the values not printed
            return bool(_boolean_bound(lines, idx, whole.group(1), True, not_measured))
        return v is not None and named(*_near_pair(v.group(1), v.group(2), m.group(1)), m.group(1))
    if (m := _BOOST_CHECK.search(line)) is not None:
        return named(*_near_pair(m.group(3), m.group(4), m.group(1)), m.group(1))
    if (m := _BOOST_BOOL.search(line)) is not None:
        # (time27) BOOST_CHECK: no bracket of values
        return _boolean_bound(lines, idx, m.group(1), True, not_measured)
    if (m := _DOCTEST_SOURCE.search(line)) is not None:
        v = _below(lines, idx, _DOCTEST_VALUES, 2)
        if v is None and _below(lines, idx, _DOCTEST_FALSE, 1) is not None and (
                whole := _DOCTEST_BOOL.search(line)) is not None:
            # (time27) "values: CHECK( false )": the values not printed
            return bool(_boolean_bound(lines, idx, whole.group(1), True, not_measured))
        return v is not None and named(*_near_pair(v.group(1), v.group(2), m.group(2)), m.group(2))
    if (c := _c_check_bool(lines, idx)) is not None:
        # (review27_a) a C framework's failed check of a boolean
        expr, truth, values = c
        return _boolean_bound(lines, idx, expr, truth, not_measured, values)
    if _ASSERTJ_BOUND.match(line):
        bound = _below(lines, idx, _VALUE_LINE, 1)
        actual = _above(lines, idx, _VALUE_LINE, 1)
        head = _above(lines, idx - 1, _ASSERTJ_EXPECTING, 1)
        desc = _above(lines, idx - 2, _ASSERTJ_DESCRIPTION, 1)
        return bound is not None and actual is not None and head is not None and named(
            *_near_pair(actual.group(1), bound.group(1)), head.group(1), desc.group(1) if desc else None)
    if (m := _HAMCREST_BUT.match(line)) is not None:
        if _above(lines, idx, _HAMCREST_EXPECTED, 1) is None:
            return False
        reason = _above(lines, idx - 1, _REASON, 1)
        return named(*_near_pair(m.group(1), m.group(2)), reason.group(1) if reason else None)
    if (m := _KOTEST.match(line)) is not None:
        return named(*_near_pair(m.group(1), m.group(2)))
    if (m := _NUNIT_EXPECTED.match(line)) is not None:
        but = _below(lines, idx, _NUNIT_BUT, 1)
        message = _line_at(lines, idx - 1).strip()
        return but is not None and named(*_near_pair(but.group(1), m.group(1)),
                                         message if message and not message.endswith(":") else None)
    if _XUNIT_INRANGE.search(line):
        rng, act = _below(lines, idx, _XUNIT_RANGE, 2), _below(lines, idx, _XUNIT_ACTUAL, 3)
        return rng is not None and act is not None and named(*_near_pair(act.group(1), rng.group(2)))
    if (m := _UNITTEST_LESS.match(line)) is not None:
        src = _above(lines, idx, _UNITTEST_SOURCE, 2)
        return named(*_near_pair(m.group(1), m.group(2)), src.group(1) if src else None)
    if (m := _RSPEC_EXPECTED.match(line)) is not None:
        got = _below(lines, idx, _RSPEC_GOT, 1)
        src = _above(lines, idx, _RSPEC_SOURCE, 3)
        return got is not None and named(*_near_pair(got.group(1), m.group(1)), src.group(1) if src else None)
    if (m := _MINITEST_OP.match(line)) is not None:
        message = _line_at(lines, idx - 1).strip()
        return named(*_near_pair(m.group(1), m.group(2)), message if not message.endswith("]:") else None)
    if (m := _PHPUNIT_LESS.match(line)) is not None:
        message = _line_at(lines, idx - 1).strip()
        return named(*_near_pair(m.group(1), m.group(2)), message if not re.match(r"\d+\) ", message) else None)
    if (m := _XCTEST_LESS.search(line)) is not None:
        return named(*_near_pair(m.group(2), m.group(3)), m.group(1), m.group(4))
    if _EXUNIT_HEAD.match(line):
        code = _below(lines, idx, _EXUNIT_CODE, 1)
        left, right = _below(lines, idx, _EXUNIT_LEFT, 2), _below(lines, idx, _EXUNIT_RIGHT, 3)
        return code is not None and left is not None and right is not None and named(
            *_near_pair(left.group(1), right.group(1)), code.group(1))
    if (m := _TESTIFY_WITHIN.search(line)) is not None:
        return named(*_near_pair(m.group(2), m.group(1)), _line_at(lines, idx + 2) if "Messages:" in _line_at(
            lines, idx + 2) else None)
    if (m := _JUNIT_TIMEOUT_EXCEEDED.search(line)) is not None:
        # (flake30) the run took the timeout and the overrun: measured, in milliseconds on both sides
        limit, over = float(m.group(1)), float(m.group(2))
        return named(_near(limit + over, limit), True, (limit + over) / limit if limit > 0 else 0.0)
    if (m := _RUST_BOOL.match(line)) is not None and (
            _RUST_PANIC_HEAD.match(line) or _above(lines, idx, _RUST_PANIC_HEAD, 1) is not None):
        # (flake30) Rust's assert!(<expr>) without a message: the expression and no values, as gtest's boolean forms;
        # read only where the test printed its measured value beside it ("elapsed = 131.8ms"): with none, the smells2
        # round's decision holds (not surely transient: tests/unit/test_rules19_smells2.py)
        sides = _bool_sides(m.group(1), True)
        if sides is None or _printed_ratio(lines, idx, *sides) is None:
            return None
        return _boolean_bound(lines, idx, m.group(1), True, not_measured)
    return None


def _stamp_value(line: str, m: re.Match[str]) -> tuple[float, str] | None:
    """A timestamp as seconds (any fixed epoch) and its zone text, or None where it is not a date."""
    y, mo, d = (int(m.group(i)) for i in range(1, 4))
    h, mi, sec = (int(m.group(4)), int(m.group(5)), int(m.group(6))) if m.group(4) else (
        int(m.group(7)), int(m.group(8)), 0)
    seconds = _epoch_seconds(y, mo, d, h, mi, sec)
    if seconds is None:
        return None
    frac = float("0." + m.group(9)) if m.group(9) else 0.0
    return seconds + frac, (m.group(10) or "").strip()


def _whole_value(line: str, m: _Stamp | None) -> bool:
    if m is None:
        return False
    before = line[m.start - 1] if m.start > 0 else " "
    after = line[m.end] if m.end < len(line) else " "
    return before in _STAMP_EDGE and after in _STAMP_EDGE


def _apart(a: _Stamp | None, b: _Stamp | None) -> bool:
    return a is not None and b is not None and a.zone == b.zone and 0 < abs(a.value - b.value) <= 1.0


def _second_apart(lines: list[str], idx: int) -> bool:
    """(nineteenth round, smells) Whether the line at ``idx`` (a timestamps-a-second-apart line) compared two
    timestamps, each the whole value, in the same zone, a second or less apart: on the line itself, or this line the
    second of a pair and the first on one of the three lines above."""
    return not _about_time_values(lines, idx) and _second_apart_values(lines, idx)


# (flaky36) The answers of _second_apart_values for the lines of the one log read last: the timestamp entries and
# clock-read-compared-a-second-apart ask it of the same "got:" line, and rules.py asks again after the scan; each line is
# read once per log. Keyed by the lines list itself (the same object throughout one reading, never changed in place),
# replaced when another log's lines are read; the answers depend on the lines alone. ((rv36b) One slot holding the pair,
# replaced in one assignment and read once into a local: a reading on another thread may replace it, so that one of the
# two reads its lines again, but never gets the other log's answers, as the two slots set one after the other allowed.)
_APART_MEMO: list[tuple[list[str], dict[int, bool]] | None] = [None]


def _second_apart_values(lines: list[str], idx: int) -> bool:
    held = _APART_MEMO[0]
    if held is None or held[0] is not lines:
        held = (lines, {})
        _APART_MEMO[0] = held
    answers = held[1]
    got = answers.get(idx)
    if got is None:
        got = answers[idx] = _second_apart_values_read(lines, idx)
    return got


def _second_apart_values_read(lines: list[str], idx: int) -> bool:
    line = lines[idx][:700]
    stamps = _stamps(line)
    epoch = not stamps
    if epoch:
        # (twentieth round, generic20) Unix-epoch seconds or milliseconds: only under a name that says they are times
        stamps = _epoch_stamps(line)
        if _epoch_in_source(lines, idx):
            return False
    if _file_diff_above(lines, idx):
        return False
    whole = _whole_epoch if epoch else _whole_value
    if len(stamps) == 2:
        return all(whole(line, s) for s in stamps) and _apart(stamps[0], stamps[1]) and (
            not epoch or _names_a_time(lines, idx, ""))
    if len(stamps) != 1 or not _STAMP_SECOND.match(line) or (second := stamps[0]) is None:
        return False
    if epoch and not whole(line, second):
        return False
    for k in range(idx - 1, max(-1, idx - 4), -1):
        above = lines[k][:700]
        first = _epoch_stamps(above) if epoch else _stamps(above)
        if len(first) == 1 and first[0] is not None and _STAMP_FIRST.match(above):
            if epoch and not (whole(above, first[0]) and _names_a_time(
                    lines, idx, _STAMP_SECOND.sub("", line[: second.start], count=1))):
                return False
            if _DIFF_CHANGE.match(above) and not (
                    k == idx - 1 and not _DIFF_CHANGE.match(lines[k - 1] if k > 0 else "")
                    and not _DIFF_CHANGE.match(lines[idx + 1] if idx + 1 < len(lines) else "")):
                # (review 19a) a diff's pair counts alone: other changed lines beside it ("-   status: active" /
                # "+   status: expired") are another difference, which a clock tick does not explain
                return False
            # the rest of both values the same: nothing but the timestamps differ
            rest_a = _STAMP_FIRST.sub("", above[: first[0].start], count=1).strip() + above[first[0].end:].strip()
            rest_b = _STAMP_SECOND.sub("", line[: second.start], count=1).strip() + line[second.end:].strip()
            return rest_a == rest_b and _apart(first[0], second)
    return False


# (twentieth round, generic20) A Unix-epoch time as a whole number: seconds (10 digits) or milliseconds (13 digits)
# between 2001-01-01 and 2038-01-19, the span such stamps of a test run fall in; the engine checks the range.
_EPOCH_NUMBER = re.compile(r"(?<![\w.])(\d{10}|\d{13})(?!\w|\.\d)")
_EPOCH_FROM, _EPOCH_TO = 978307200, 2147483647
# what names a time: a key, a property, an assertion's expression or a test's name holding one of these words
# (PHPUnit's "'datetime' =>", TYPO3's 'tstamp' and 'crdate', "created_at", "updatedAt", JWT's "iat"/"exp"/"nbf")
_TIME_WORDS = frozenset({
    "time", "times", "timestamp", "timestamps", "date", "dates", "datetime", "stamp", "stamped", "tstamp", "crdate",
    "ts", "created", "updated", "modified", "changed", "deleted", "published", "issued", "expires", "expired",
    "expire", "expiry", "expiration", "mtime", "ctime", "atime", "epoch", "iat", "exp", "nbf", "now"})
# ... read in the key printed before a value ("'datetime' =>", '"createdAt":') or in an assertion's source line
# (_names_a_time)
_KEY_BEFORE = re.compile(r"""([\w$.-]{1,80})["'\]]?\s*(?:=>|:|=)\s*["']?\s*$""")
_ASSERTION_SOURCE = re.compile(r"(?i)\b(?:expect|assert\w*|should|toBe|toEqual)\b")


# (review 20f) a test's source as the runner prints it: pytest's listing (">" marks the failing line, the rest indented
# code), Jest's and Vitest's numbered frame ("    > 15 |   expect(...)"), RSpec's "Failure/Error:" line
_TEST_SOURCE_LINE = re.compile(
    r"^\s*(?:>\s|>?\s*\d{1,5}\s*\|)|^\s{4,}(?:def\s|assert\b|expect\b|[\w.]{1,80}\s*=\s)|^\s*Failure/Error:")
# a file's unified diff as git or diff prints it ("diff --git a/x b/x", "+++ b/x", "@@ -1,5 +1,5 @@"), not a test's
# comparison (PHPUnit's "@@ @@" under "--- Expected", Jest's "- Expected"/"+ Received")
_FILE_DIFF_HEADER = re.compile(r"^(?:diff --git |diff -u |\+\+\+ b/|@@ -\d+(?:,\d+)? \+\d+(?:,\d+)? @@)")
_FILE_DIFF_ABOVE = 40


def _epoch_in_source(lines: list[str], idx: int) -> bool:
    """(review 20f) Whether the failing test's source printed near ``idx`` holds an epoch number as a literal
    ("make_token(issued_at=1717000000, ttl=300)", "toUnixTime(1717000000500)"): the test fed the code a fixed time and
    no clock was read, so a second off is the code's answer on every run. Assumption: a literal of 10 or 13 digits in
    2001-2038 in a test's source is a time it set."""
    for ln in _around(lines, idx):
        text = ln[:700]
        if _TEST_SOURCE_LINE.match(text) and any(s is not None for s in _epoch_stamps(text)):
            return True
    return False


def _file_diff_above(lines: list[str], idx: int) -> bool:
    """(review 20f) Whether the compared pair at ``idx`` is a hunk of a file's diff (a "git diff --exit-code" check of
    generated files): a stamp written into a generated file differs on every run, no test compared two clock reads."""
    return any(_FILE_DIFF_HEADER.match(lines[k][:300]) for k in range(idx - 1, max(-1, idx - _FILE_DIFF_ABOVE), -1))


def _epoch_stamps(line: str) -> list[_Stamp | None]:
    """(twentieth round, generic20) The whole numbers on ``line`` that are Unix-epoch seconds or milliseconds of this
    century's first decades (None for a number of that length out of range): values only, their names read apart."""
    found: list[_Stamp | None] = []
    for m in _EPOCH_NUMBER.finditer(line):
        value = int(m.group(1)) / (1000.0 if len(m.group(1)) == 13 else 1.0)
        found.append(_Stamp(m.start(), m.end(), value, "epoch") if _EPOCH_FROM <= value <= _EPOCH_TO else None)
    return found


def _whole_epoch(line: str, m: _Stamp | None) -> bool:
    """An epoch number as the whole value: as _whole_value, or ending a sentence ("... matches expected 1751234525.")."""
    return m is not None and (_whole_value(line, m) or (
        (m.start == 0 or line[m.start - 1] in _STAMP_EDGE) and line[m.end: m.end + 1] == "."
        and line[m.end + 1: m.end + 2] in ("", " ")))


def _time_named(text: str) -> bool:
    return any(w.lower() in _TIME_WORDS for w in _WORD_PART.findall(text[:700]))


def _names_a_time(lines: list[str], idx: int, before: str) -> bool:
    """(twentieth round, generic20) Whether the epoch numbers compared at ``idx`` are times by their name: the key
    printed before the value (``before``: "'datetime' =>", '"createdAt":'), or else the failing test's heading or the
    assertion's source line near it (Jest's "> 15 | expect(t.createdAt).toBe(Date.now())", PHPUnit's
    "1) EventTest::testTimestampIsSet"). A number a second apart under any other name (an id, a count, a size) is not
    read. Assumption: a name with a time word holds a time (the public threads' keys were all such)."""
    key = _KEY_BEFORE.search(before.strip())
    if key is not None:
        # (a key of its own may be the bare "at" of "{at: 1751234525}"; in a sentence "at" is no time word)
        return key.group(1).lower() == "at" or _time_named(key.group(1))
    for ln in _around(lines, idx):
        text = ln[:700]
        if (_TEST_HEADING.match(text) or _NAMED_HEADING.match(text) or _ASSERTION_SOURCE.search(text)) and _time_named(
                re.sub(r"(?i)\b(?:Expected|Received|expected|actual|assert\w*|Failed asserting that)\b", " ", text)):
            return True
    return False


# (flaky36) A failing assertion's own source that compares with a live read of the clock ("Failure/Error:
# expect(membership.notified_at.to_i).to eq(Time.current.to_i)", pytest's "> assert token.iat == int(time.time())",
# Jest's "> 12 | expect(row.createdAt).toBe(Date.now())"), its compared values printed beside it a second or less apart
# (_second_apart_values: two timestamps, or two Unix-epoch numbers named as times): the test read the clock once for the
# code under test and once more in its expectation, and a second boundary fell between the reads (public threads, each
# fixed by freezing the clock or comparing within a delta: forem/forem#5381 "every so often the second will flip during
# the run", stringer-rss/stringer#331, mautic/mautic#5059, mailpoet/mailpoet#6941, grokability/snipe-it#16784). The
# clock read in the expectation is what tells such a pair from a fixed time the code computes wrong (a literal time in
# the source is _epoch_in_source's, read as the code's answer). Read by signatures.toml
# "clock-read-compared-a-second-apart" on the source line; not under a fake or frozen clock (_about_time_values).
_CLOCK_READ_SOURCE = re.compile(
    r"(?-i:\bTime\.(?:now|current)\b|\bTime\.zone\.now\b|\bDateTime\.(?:now|current)\b|\bnew Date\(\)"
    r"|\bcurrentTimeMillis\(\)|\bDateTime(?:Offset)?\.(?:Utc)?Now\b|\btime\.time\(\)|\butcnow\(\)|\b[Nn]ow\(\))")
_CLOCK_PAIR_ABOVE = 12
_CLOCK_PAIR_BELOW = 8
# a line that may close a compared pair of times: a timestamp or an epoch-long number on it, and either the pair's second
# line ("got:", "Received:") or two such values on the one line
_PAIR_HINT = re.compile(r"\d{4}-\d\d-\d\d|(?<![\w.])\d{10}|datetime\.datetime\(")
_TWO_VALUES = re.compile(r"(?:\d{4}-\d\d-\d\d|(?<![\w.])\d{10}|datetime\.datetime\()[^\n]{0,400}?"
                         r"(?:\d{4}-\d\d-\d\d|(?<![\w.])\d{10}|datetime\.datetime\()")


def _clock_read_second_apart(lines: list[str], idx: int) -> bool:
    """(flaky36) Whether the assertion source at ``idx`` reads the clock and the values its test compared, printed within
    _CLOCK_PAIR_BELOW lines below (RSpec) or _CLOCK_PAIR_ABOVE above (Jest prints them above its code frame), are a second
    or less apart. In each direction only the nearest line that may close a pair (a "got:"/"Received:" line, or one
    holding two values) is read, up to another failing test's heading: one or two readings per line."""
    if _CLOCK_READ_SOURCE.search(lines[idx][:700]) is None:
        return False
    below = range(idx + 1, min(len(lines), idx + _CLOCK_PAIR_BELOW + 1))
    above = range(idx - 1, max(-1, idx - _CLOCK_PAIR_ABOVE - 1), -1)
    for ks in (below, above):
        for k in ks:
            text = lines[k][:700]
            if _TEST_HEADING.match(text):
                break
            if _PAIR_HINT.search(text) is None or not (_STAMP_SECOND.match(text) or _TWO_VALUES.search(text)):
                continue
            if _second_apart_values(lines, k):
                return not _about_time_values(lines, idx)
            break
    return False


# (flaky36) A measured time one tick under the floor a test asserted (Jest's "expect(received)
# .toBeGreaterThanOrEqual(expected)" with "Expected: >= 100" / "Received:    99" over the code frame "> 46 |
# expect(stallTracking['_totalStallTime']).toBeGreaterThanOrEqual(", or toBeGreaterThan's "Expected: > 100" / "Received:
# 100"): a timer that fired on time by one clock and a millisecond early by the other, rounded (getsentry/sentry-react-
# native#3904, 'Stall tracking tests look flaky'). Load makes a timer late, never early (elapsed-time-near-bound reads
# only a bound overrun); a floor missed by a single unit is the clocks' granularity, a floor missed by more (a delay the
# change shortened, no wait at all) is the code's and is not read. Only where the expression names a measured time
# (_MEASURED_NAME, or a name ending in "Time", "_time", "Duration" or "Elapsed") and no computed duration (a backoff, a
# delay, a TTL: _COMPUTED_DURATION), not under a fake clock (_about_time_values). Read by signatures.toml
# "elapsed-time-a-tick-under-floor" on the code frame. ((rv36b) Jest's form only: Vitest prints chai's "expected 249 to be
# greater than or equal to 250" over a frame with no ">" marker ("     33|     expect(...)"), which neither this frame's
# pattern nor _FLOOR_EXPECTED reads: tests/unit/test_rv36b.py vitest-elapsed-ms-a-tick-under.)
_FLOOR_FRAME = re.compile(
    r"^\s*>\s*\d+\s*\|\s*expect\(([\w.$\[\]'\"]{1,120})\)\s*\.\s*toBeGreaterThan(OrEqual)?\(")
_FLOOR_EXPECTED = re.compile(rf"^\s*Expected:\s*(>=?)\s*{_NUMBER}\s*$")
_FLOOR_NAME = re.compile(r"(?:[a-z0-9_]Time|_time|Duration|_duration|Elapsed|_elapsed)\W*$")
_FLOOR_TICK = 1.0
_FLOOR_ABOVE = 12
# (rv36b) ... and only a floor of at least _FLOOR_MIN units, one unit a tenth of it or less: a floor in whole seconds
# ("Expected: >= 2" / "Received: 1" under elapsedSeconds, ">= 5" / "4.002") missed by one unit is a wait the change cut
# by up to a second, no tick of two clocks (a Jest test waits whole seconds below ten, its own time-out being five by
# default); and no floor that is a point in time (an epoch in seconds or milliseconds: "Expected: > 1751234525000" of
# "expect(updatedTime).toBeGreaterThan(createdTime)", where equal reads are a timestamp the code never moved as often as
# two reads within one tick), only a duration
_FLOOR_MIN = 10.0


def _tick_under_floor(lines: list[str], idx: int) -> bool:
    """(flaky36) Whether the Jest code frame at ``idx`` asserts a floor on a measured time and the values printed
    above it (within _FLOOR_ABOVE lines) missed it by one unit at most (see _FLOOR_FRAME)."""
    m = _FLOOR_FRAME.match(lines[idx][:700])
    if m is None:
        return False
    expr = m.group(1)
    if not (_MEASURED_NAME.search(expr) or _FLOOR_NAME.search(expr)) or _COMPUTED_DURATION.search(expr):
        return False
    floor = received = None
    op = ""
    for k in range(idx - 1, max(-1, idx - _FLOOR_ABOVE - 1), -1):
        text = lines[k][:700]
        if floor is None and (e := _FLOOR_EXPECTED.match(text)):
            op, floor = e.group(1), float(e.group(2))
        if received is None and (r := _JEST_RECEIVED.match(text)):
            received = float(r.group(1))
        if _TEST_HEADING.match(text):
            break
    if floor is None or received is None or received <= 0 or (op == ">=") != bool(m.group(2)):
        return False
    if not _FLOOR_MIN <= floor < _EPOCH_FROM:
        return False
    short = floor - received
    return (0 < short <= _FLOOR_TICK if op == ">=" else short == 0) and not _about_time_values(lines, idx)


# (fix 14) Two texts a test compared, in report forms the catalogue's timing-sensitive-test unless_log does
# not read: xUnit's "Expected: \"...\"" over "Actual:   \"...\"" (NUnit's "But was:"), MSTest's
# "Expected:<...>. Actual:<...>.", JUnit's "expected: <...> but was: <...>", Spock's power assertion
# ("x == \"...\"", its bars, then the value alone on its line).
_COMPARED_TEXTS = (
    # ((names23) and Jest's "Expected: \"...\"" over "Received: \"...\"", now that its "●" title is read for a name)
    re.compile(r'^[ \t]*Expected: +"([^"\n]{0,400})"[ \t]*\n[ \t]*(?:Actual|But was|Received): +"([^"\n]{0,400})"[ \t]*$', re.M),
    re.compile(r"\bExpected:<([^<>\n]{0,400})>\. Actual:<([^<>\n]{0,400})>\."),
    re.compile(r"\bexpected: ?<([^<>\n]{0,400})> but was: ?<([^<>\n]{0,400})>"),
    re.compile(r'^Condition not satisfied:[ \t]*\n\n[^\n]{0,200}? == "([^"\n]{0,400})"[ \t]*\n'
               r'(?:[ \t|]*\|[^\n]{0,400}\n){1,10}"([^"\n]{0,400})"[ \t]*$', re.M),
)
# A time in a text: a number with its unit, a clock time, a date.
_TIME_IN_TEXT = re.compile(
    r"\d[\d.,]*[ \t]?(?:[nuµm]?s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?)\b|\d{1,2}:\d\d(?::\d\d)?(?:\.\d+)?"
    r"|\d{4}-\d\d-\d\d", re.IGNORECASE)
_TIMEOUT_WORDS = re.compile(r"\btime[ds]?[ -]?outs?\b|\bdeadline|\bexpired\b|\btoo slow\b", re.IGNORECASE)
# (decide33) A producer's or a queue's saturation state in the text a timing-named test got and did not want ("queue
# full" for "ok", "buffer full", "overflow", "back-pressure", "would block", "dropped"): a consumer that fell behind, which
# the runner's speed decides (public flaky-test threads: Actual-Chat/actual-chat#4648 a slow consumer's overflow,
# zeek/zeek#4117 backpressure-overflow-slow-worker, open-telemetry/opentelemetry-collector#8980 "sending queue is full",
# open-telemetry/otel-arrow#4122, nextcloud/android#4884 a queue overflow warning): the name stands, as for a time-out the
# got text names (_TIMEOUT_WORDS); the words in both texts are the message's wording, as before
_SATURATION_WORDS = re.compile(
    r"\b(?:queue|buffer|channel|backlog|mailbox|inbox|ring|pool)(?: is)? (?:full|overflow(?:ed|ing)?|exhausted)\b"
    r"|\boverflow(?:ed|ing)?\b|\bback-?pressure\b|\bwould block\b|\bdropped\b", re.IGNORECASE)
_CONCURRENCY_NAME = re.compile(r"race|concurren|parallel|stress|mutex|deadlock|leak|async|eventually|thread",
                               re.IGNORECASE)


def _texts_differ_beyond_times(text: str, named: list[str]) -> bool:
    """(fix 14) Whether a test named for a timeout, delay or timer (``named``: its failing lines, none
    about concurrency) failed on two texts compared that differ in more than the times they hold (a
    message's wording, the same on every run), the value it got naming no timeout its expectation
    does not name. Texts that differ only in their times ("fired at 10:00:03" for "10:00:02") are a
    clock's, and keep the transient reading; (left32) unless the times are settings (_set_times_differ)."""
    if not named or any(_CONCURRENCY_NAME.search(line) for line in named):
        return False
    pairs = [m.groups() for rx in _COMPARED_TEXTS for m in rx.finditer(text)]
    return bool(pairs) and all(
        _only_spacing_differs(want, got) or _set_times_differ(want, got) or (
            _TIME_IN_TEXT.sub("#", want).strip() != _TIME_IN_TEXT.sub("#", got).strip()
            and not (_TIMEOUT_WORDS.search(got) and not _TIMEOUT_WORDS.search(want))
            and not _saturated(want, got)
            and not _late_timer_texts(want, got))
        for want, got in pairs)


def _saturated(want: str, got: str) -> bool:
    """(decide33) Whether the got text names a saturation state (_SATURATION_WORDS) its expectation does not name."""
    return bool(_SATURATION_WORDS.search(got)) and not _SATURATION_WORDS.search(want)


def _only_spacing_differs(want: str, got: str) -> bool:
    """(names23) Whether two compared texts differ only in their spacing ("took longer than 16ms" for "... 16 ms"): the
    same words and numbers, formatted otherwise, a text the code builds the same on every run; a clock that ran late
    changes a number."""
    return want != got and _SPACING.sub("", want) == _SPACING.sub("", got)


_SPACING = re.compile(r"\s+")


# (review 14v) The parts of a compared text: its words and signs, any number one part.
_TEXT_PART = re.compile(r"\d+(?:[.,]\d+)*|[^\W\d]\w*|[^\w\s]")


def _late_timer_texts(want: str, got: str) -> bool:
    """(review 14v) Whether two texts a timing-named test compared differ only as a timer that fired
    late leaves them: in a count ("ticks=2" for "ticks=1", "saved 2 of 5" for "saved 1 of 5"), in the
    order of the same parts ("[tick, done, tick]" for "[tick, tick, done]"), or as one state word for
    another ("Running" for "Completed"): the flaky test's symptom, not the wording the code builds."""
    parts = [["#" if p[0].isdigit() else p for p in _TEXT_PART.findall(_TIME_IN_TEXT.sub("#", t))]
             for t in (want, got)]
    if sorted(parts[0]) == sorted(parts[1]):
        return True
    words = [[p for p in ps if p[0].isalpha() or p[0] == "_"] for ps in parts]
    return all(len(w) == 1 for w in words) and all(len(ps) == 1 for ps in parts)


# (ts19) A timing-named test (timing-sensitive-test) whose own compared values are printed in a framework's form
# (_framework_bound) within this many lines of its failing line: the values, not the name, say what it measured.
_TIMING_VALUES_LINES = _NAME_LOOKBACK
# GoogleTest's --gtest_repeat iteration line (google/googletest gtest.cc PrettyUnitTestResultPrinter::
# OnTestIterationStart, read in a copy: "\nRepeating all tests (iteration %d) . . .\n\n"; gtest-parallel prints it
# from the second iteration on, so the lines before the first are iteration 1)
_GTEST_REPEAT = re.compile(r"^\s*Repeating all tests \(iteration (\d{1,6})\) \. \. \.\s*$")
_DIGITS = re.compile(r"\d+(?:\.\d+)?")


def _timing_values_say_otherwise(lines: list[str], hits: list[int], repeats: tuple[int, dict[str, set[int]]]) -> bool:
    """(ts19) Whether the compared values printed beside timing-named failing lines ``hits`` say the name is not why
    the test failed: some form names a count or a size, a computed duration, or a bound missed more than
    _NEAR_BOUND_RATIO times over, and none is a measured time a little over its bound; or the same compared line
    missed its bound in every --gtest_repeat iteration of the log (``repeats``, _repeat_misses). Where no values are
    printed, the name stands."""
    near = other = False
    window = sorted({k for h in hits for k in range(max(0, h - _TIMING_VALUES_LINES),
                                                    min(len(lines), h + _TIMING_VALUES_LINES + 1))})
    if _count_whole_multiple(lines, window) or _gtest_equal_counts(lines, hits, window):
        return True
    for k in window:
        found = _framework_bound(lines, k)
        if found is None:
            continue
        if _missed_every_repeat(lines, k, repeats):
            return True
        near = near or found
        other = other or bool(_framework_bound(lines, k, not_measured=True))
    return other and not near


# (p36) GoogleTest's failed EXPECT_EQ / ASSERT_EQ (googletest's EqFailure, recalled: "Expected equality of these
# values:", then each side's expression indented two spaces, its value under it as "    Which is: V" where the value's
# text is not the expression's own, a literal standing alone) comparing two small integers, under failing lines whose
# names are timing-named only for a timer, a timeout, a delay or a sleep (names23's policy, _NEW_FORM_PAIRS, in gtest's
# form, which names23 left out) in a test that ran in 0 ms by its own "[  FAILED  ] ... (0 ms)" line (it waited for no
# timer): the code's count or constant, the same on every run, not a late timer. Not where a side's
# expression names a measured time ("elapsed_ms") or the name a concurrency word; a measured time over its bound
# (EXPECT_LE's "Expected: (a) <= (b), actual: 73ms vs 60ms") is _GTEST_CMP's, which this does not touch.
_GTEST_EQ_HEAD = re.compile(r"^\s*Expected equality of these values:\s*$")
_GTEST_EQ_EXPR = re.compile(r"^  (\S[^\n]{0,300}?)\s*$")
_GTEST_EQ_WHICH = re.compile(r"^    Which is: ([^\n]{0,300}?)\s*$")
_GTEST_FAILED_TIME = re.compile(r"^\s*\[  FAILED  \] \S[^\n]{0,400}? \((\d{1,9}) ms\)\s*$")
_GTEST_EQ_FAILED_LINES = 40


def _gtest_equal_sides(lines: list[str], k: int) -> tuple[tuple[str, str], tuple[str, str]] | None:
    """(p36) The two (expression, value) sides of GoogleTest's equality failure whose head is line ``k``, or None."""
    sides: list[tuple[str, str]] = []
    j = k + 1
    for _ in range(2):
        expr = _GTEST_EQ_EXPR.match(_line_at(lines, j))
        if expr is None:
            return None
        which = _GTEST_EQ_WHICH.match(_line_at(lines, j + 1))
        sides.append((expr.group(1), which.group(1) if which else expr.group(1)))
        j += 2 if which else 1
    return sides[0], sides[1]


def _gtest_equal_counts(lines: list[str], hits: list[int], window: list[int]) -> bool:
    """(p36) Whether a GoogleTest equality failure within ``window`` compared two different small integers under
    timing-named failing lines ``hits`` named only for a timer, a timeout, a delay or a sleep; see above."""
    names = [_line_at(lines, h) for h in hits]
    if not names or not all(_COUNT_NAME_WORDS.search(n) and not _OTHER_TIMING_WORDS.search(n) for n in names):
        return False
    for k in window:
        if not _GTEST_EQ_HEAD.match(_line_at(lines, k)):
            continue
        sides = _gtest_equal_sides(lines, k)
        if sides is None:
            continue
        (e1, v1), (e2, v2) = sides
        if (all(_SMALL_INT.fullmatch(v) for v in (v1, v2)) and v1 != v2
                and not any(_MEASURED_NAME.search(e) or _MEASURED_WORD.search(e) for e in (e1, e2))
                and _gtest_took_no_time(lines, k)):
            return True
    return False


def _gtest_took_no_time(lines: list[str], k: int) -> bool:
    """(p36) Whether the test whose failure block starts at line ``k`` ran in 0 ms by its own "[  FAILED  ] Suite.Name
    (0 ms)" line below: it waited for no timer, so a count short of its want is no late timer's (review9's pinned "fired
    0 of 1" after 14 ms stays the timer's)."""
    for j in range(k + 1, min(len(lines), k + _GTEST_EQ_FAILED_LINES)):
        m = _GTEST_FAILED_TIME.match(lines[j])
        if m is not None:
            return m.group(1) == "0"
    return False


# (flake30) A count a timing-named test (a concurrency, stress or parallel test) compared that came out a whole multiple
# of the count it wanted, two times or more and the count wanted 10 or more ("count = 2000, want 1000", "expected: 100"
# over "actual  : 200"): every item handled twice (or k times), the same on every run; a race loses or repeats some
# updates, not each of them alike. Not a count under its bound (a worker starved of time may leave exactly half undone),
# not small counts (1 call wanted, 2 made: a lost race on a guard). Forms (got, want): Go's "= G, want W" and "got G,
# want W", testify's "expected: W" over "actual  : G", JUnit's and AssertJ's "expected: <W> but was: <G>", Jest's
# "Expected: W" over "Received: G", xUnit's "Actual:" and NUnit's "But was:" under "Expected:", RSpec's "got:", pytest's
# "assert G == W", PHPUnit's "Failed asserting that G matches expected W.", Rust's and ExUnit's "left: G" over "right:
# W" (the got value first, as assert_eq!(got, want) and assert got == want are written), XCTest's '("G") is not equal
# to ("W")'.
_COUNT_ONE_LINE = (
    re.compile(r"(?:=|\bgot:?)\s*(?P<g>\d{1,12}),?\s*want:?\s*(?P<w>\d{1,12})\s*$"),
    re.compile(r"\bexpected:? ?<(?P<w>\d{1,12})> but was:? ?<(?P<g>\d{1,12})>"),
    re.compile(r"^\s*(?:E\s+)?(?:AssertionError: )?assert (?P<g>\d{1,12}) == (?P<w>\d{1,12})\s*$"),
    re.compile(r"\bFailed asserting that (?P<g>\d{1,12}) matches expected (?P<w>\d{1,12})\."),
    re.compile(r'\bXCTAssertEqual failed: \("(?P<g>\d{1,12})"\) is not equal to \("(?P<w>\d{1,12})"\)'),
)
_COUNT_FIRST = re.compile(r"(?i)^\s*(?:Error:\s+)?(?:expected|left)\s*:\s*(\d{1,12})\s*$")
_COUNT_SECOND = re.compile(r"(?i)^\s*(?:actual|received|but was|got|right)\s*:\s*(\d{1,12})\s*$")
_COUNT_MULTIPLE_MIN = 10


def _count_whole_multiple(lines: list[str], window: list[int]) -> bool:
    """(flake30) Whether the counts compared on the lines ``window`` are each a count a whole multiple (2x or more) of
    the one wanted, the wanted one _COUNT_MULTIPLE_MIN or more (at least one such pair, and no other pair of counts)."""
    pairs: list[tuple[int, int]] = []
    for k in window:
        line = lines[k][:700]
        for rx in _COUNT_ONE_LINE:
            if (m := rx.search(line)) is not None:
                pairs.append((int(m.group("g")), int(m.group("w"))))
                break
        else:
            first = _COUNT_FIRST.match(line)
            second = _below(lines, k, _COUNT_SECOND, 1) if first else None
            if first is not None and second is not None:
                a, b = int(first.group(1)), int(second.group(1))
                left = first.group(0).strip().lower().startswith("left")
                pairs.append((a, b) if left else (b, a))
    return bool(pairs) and all(w >= _COUNT_MULTIPLE_MIN and g >= 2 * w and g % w == 0 for g, w in pairs)


def _repeat_misses(lines: list[str]) -> tuple[int, dict[str, set[int]]]:
    """(ts19) A --gtest_repeat run's last iteration and, for each line (its numbers aside), the iterations it stands
    in; (0, {}) where the log has no iteration line."""
    if not any("Repeating all tests (iteration" in line for line in lines):
        return 0, {}
    iteration, last = 1, 0
    seen: dict[str, set[int]] = {}
    for line in lines:
        if (m := _GTEST_REPEAT.match(line[:200])) is not None:
            iteration = int(m.group(1))
            last = max(last, iteration)
        else:
            seen.setdefault(_DIGITS.sub("#", line[:700]).strip(), set()).add(iteration)
    return last, seen


def _missed_every_repeat(lines: list[str], idx: int, repeats: tuple[int, dict[str, set[int]]]) -> bool:
    """(ts19) Whether the compared line at ``idx`` (its numbers aside) stands in every iteration of a log's
    --gtest_repeat run, two or more (``repeats``, _repeat_misses): the same miss each time, a slowdown a rerun
    repeats (a slow machine too), not one loaded moment."""
    last, seen = repeats
    return last >= 2 and seen.get(_DIGITS.sub("#", lines[idx][:700]).strip(), set()) >= set(range(1, last + 1))


# (generic 16) A test's name that speaks of a timeout or deadline as a noun names the setting it checks; what
# makes it flaky is its failing by timing out: a deadline exceeded, "timed out (after)", a test's time limit
# (pytest-timeout's "Timeout >10.0s", mocha's "Timeout of 2000ms exceeded", node-tap's "not ok 3 - timeout!"),
# a timeout exception or outcome in the failure (also as the one expected: "err = <nil>, want
# context.DeadlineExceeded", the clock's race lost the other way), a measured time ("took 5.2s", "expired after
# 730ms"). A name that puts the word after a preposition of time ("completesWithinTimeout", "expires after
# deadline") speaks of a behaviour against the clock and keeps its reading.
# (timesout24) So does the verb: "test_request_times_out", "TestClientTimesOut", "requestTimesOut", "times out when the
# server stalls", "timed_out", "timing_out" name the same setting as "test_request_timeout" and need the same sign (the
# twenty-fourth round's tally for the noun's expected-timeout report, 10 flaky of 15, tests/unit/test_rules24_timeout_named.py;
# that the verb's names split alike is an assumption: no thread was counted for them). "timing out" was read before as
# "timing" (no sign needed); it is the verb of a timeout and now needs the sign, as the noun does.
_TIMEOUT_NAME_WORD = re.compile(r"(?i)time[sd][-_ ]?out|timing[-_ ]?out(?-i:(?![a-z]))|time[-_ ]?outs?|deadlines?")
_TIMEOUT_IN_TIME_PHRASE = re.compile(
    r"(?i)(?:within|before|after|until|past|exceed(?:s|ed|ing)?|reach(?:es|ed|ing)?|hit(?:s|ting)?|miss(?:es|ed|ing)?|by)"
    r"[\s_-]?(?:(?:the|a|an|its|max(?:imum)?|given|configured|short|long)[\s_-]?){0,2}(?:time[-_ ]?outs?|deadlines?)")
_TIMED_OUT = re.compile(
    r"(?i)\btimed?[ -]?out (?:after|exceeded|expired|reached|while|waiting)\b|\btimed[ -]?out\b|\btime[ -]?out of [\d.]+ ?m?s exceeded"
    r"|\bexceeded (?:the |a |its )?(?:\w+ )?(?:timeout|deadline|time ?limit)|deadline[ _]?exceeded|\bdeadline (?:has )?(?:passed|expired)"
    r"|\w*Timeout\w{0,20}(?:Exception|Error)\b|\btime ?limit (?:exceeded|reached)|\btook too long\b|\bETIMEDOUT\b|\bi/o timeout\b"
    r"|\btimeout\W{0,3}>\s?[\d.]+\s?m?s\b|^\s*not ok \d+ - timeout!?\s*$"
    r"|\b(?:took|elapsed|waited|lasted|after)\W{1,3}[\d.]+\s?(?:[nuµm]?s|secs?|seconds?)\b")


# (names23) A runner's own report of how long each test ran, on every test's line, failing or not: Maven Surefire's
# "Time elapsed: 0.012 s" ("... <<< FAILURE!"), sbt junit-interface's ", took 2.1 sec" ending its "Test ... failed: ..."
# line. Not a time the test measured: the line's other words still count (a TimeoutException in the message).
_RUNNER_DURATION = re.compile(r"\bTime elapsed: [\d.,]+ ?s(?:ec)?\b|, took [\d.]+ sec\s*$")


# (review26_a) pytest's report of a comparison of string literals ("AssertionError: assert 'Zeitüberschreitung' ==
# 'Connection timed out'", also its "E   assert ..." line): the quoted values are what the test compared (a message
# text it checks), not a timeout it met; they are masked before the line is read. Evidence: pytest's assertion
# rewriting prints "assert <left> == <right>" with repr()'d values (recalled). Assumption: a literal compared so names
# no timeout of the run itself (a test that got "Connection timed out" where it expected a value prints its exception).
_ASSERT_LITERALS_LINE = re.compile(r"^\s*(?:E\s+)?(?:AssertionError: )?assert (?=['\"])[^\n]{0,2000}?['\"] (?:==|!=|(?:not )?in) ['\"]")
_QUOTED_LITERAL = re.compile(r"'[^'\n]{0,2000}'|\"[^\"\n]{0,2000}\"")


# (flake30) pytest's diff of two compared texts under its "assert <left> == <right>" line, the expected (right) side's
# lines marked "-" ("E         - timed out after 0.01s waiting for a free connection"; pytest 5.4+, recalled): the text
# the test wants, as the quoted literal on the assert line is; the "+" side (what the code gave) is still read
_PYTEST_DIFF_EXPECTED = re.compile(r"^\s*E {3,}- \S")
# (flake30) ... and the assert statement pytest quotes from the source (">       assert str(exc.value) == \"timed out
# after 0.01s\""): its string literals are the test's own text, masked as the report line's are
_PYTEST_SOURCE_ASSERT = re.compile(r"^>\s+assert\b")


def _timed_out_in(text: str) -> bool:
    """Whether a line of ``text`` says something timed out (or a time it measured)."""
    return any(_TIMED_OUT.search(_RUNNER_DURATION.sub(" ", line) if "Time elapsed" in line or "took" in line else line)
               for line in (_QUOTED_LITERAL.sub("''", ln) if _ASSERT_LITERALS_LINE.match(ln[:2000])
                            or _PYTEST_SOURCE_ASSERT.match(ln[:200]) else ln
                            for ln in text.split("\n") if not _PYTEST_DIFF_EXPECTED.match(ln[:200])))


# (names22) A test's name that speaks only of async code (async, asyncio, asynchronous) says what the test exercises,
# not that it failed on the clock. Evidence: in 60 public threads where a test whose name held a word of time, memory
# or concurrency failed in CI (ids and addresses in tests/unit/test_rules22_test_names.py), async-named failures were
# flaky in 8 of 13; the other 5 failed on every run after an upgrade or a refactor (ecoscope#385,
# metarhia/metasync#441, marin-community/marin#1576, conda-forge/conda-forge-webservices#614, python/cpython#80757),
# short of the 80 % a rerun verdict needs. Such a name counts, as a name for a timeout already does (generic 16), only
# where the log shows the test timing out (_timed_out_in, or a timeout finding); that choice of second sign rests on
# the generic-16 policy, not on the threads. Left as they were, on the same evidence: timeout, delay, timer, sleep and
# slow names (flaky in 18 of 19), leak names (7 of 8), stress names (5 of 6, too few to decide), and concurrency names
# (concurrent, parallel, race, mutex, deadlock, multiprocessing: flaky in 9 of 14, short of 80 %, but requiring the
# same sign of them moved 3 labelled transient cases to real, a suite named for concurrency whose counts came up
# short of their bound, so that narrowing is not made).
_ASYNC_NAME_WORD = re.compile(r"(?i)async(?:io|hronous(?:ly)?)?")
# (misses25) So does a name that speaks only of parallel code ("TestParallelPreferChained": a client that sends two requests
# in parallel, failing on "Should be true"): the word says what the code under test does, as async does. Evidence: the
# concurrency family's tally above (9 flaky of 14, short of 80 %); the 3 labelled transient cases that kept the family
# as it was are a suite named for concurrency ("concurren..."), which this leaves alone; 3 blind-set builds of one Go
# test named so, labelled real, read transient 0.90 on the name alone. That parallel names split like the family's
# whole is the assumption (no thread was counted for the word alone).
_PARALLEL_NAME_WORD = re.compile(r"(?i)parallel(?:ism|ly)?(?-i:(?![a-z]))")


def _named_without_timing_sign(line: str, timing: Signature) -> bool:
    """(names22) Whether failing-test ``line`` reads as timing-named only for words that need the log's sign of a
    timeout to count: a timeout or deadline noun (generic 16), async words, (misses25) parallel words, or these together."""
    if _TIMEOUT_IN_TIME_PHRASE.search(line) or not (
            _TIMEOUT_NAME_WORD.search(line) or _ASYNC_NAME_WORD.search(line) or _PARALLEL_NAME_WORD.search(line)):
        return False
    rest = _PARALLEL_NAME_WORD.sub("Q", _ASYNC_NAME_WORD.sub("Q", _TIMEOUT_NAME_WORD.sub("Q", line)))
    return not any(p.search(rest) for p in timing.patterns)


# (names23) The values a test compared, in the report forms whose failing-test names the timing-sensitive-test entry
# reads since this round: Jest's "Expected: 3" over "Received: 1", Minitest's over "  Actual: 1", chai's "expected 1 to equal 3" (Mocha, Vitest), XCTest's 'XCTAssertEqual failed: ("1") is not equal to
# ("3")'. Review 12e's and fix 13's policy, read in these forms: a test named for a timeout, deadline, delay, timer or
# sleep (none about concurrency, leaks or stress) that failed on two small integers compared, or one so named or named
# "slow" that failed on two texts holding no time, failed on a count or a text the code builds, the same on every run.
# And a measured time that came in UNDER its lower bound ("expected elapsed >= 1000ms, got 480ms": a timer that fired
# early) is no loaded runner's (a loaded runner is late, never early), whatever the name.
_NEW_FORM_PAIRS = (
    # (Jest's, indented alike; Minitest's, "Expected" at the line's start and "  Actual:" under it. Not xUnit's or NUnit's
    # "Actual:" / "But was:", which fix 14 reads with its own policy for counts a late timer leaves)
    re.compile(r'^[ \t]*Expected: +(-?\d{1,6}|"[^"\n]{0,400}")[ \t]*\n[ \t]*Received: +(-?\d{1,6}|"[^"\n]{0,400}")[ \t]*$', re.M),
    re.compile(r'^Expected: (-?\d{1,6}|"[^"\n]{0,400}")[ \t]*\n  Actual: (-?\d{1,6}|"[^"\n]{0,400}")[ \t]*$', re.M),
    re.compile(r"\bexpected (-?\d{1,6}|'[^'\n]{0,400}'|\"[^\"\n]{0,400}\") to (?:equal|be|eql|deep equal|strictly equal|contain|include|match)"
               r" (-?\d{1,6}|'[^'\n]{0,400}'|\"[^\"\n]{0,400}\")"),
    re.compile(r'\bXCTAssertEqual failed: \((-?\d{1,6}|"[^"\n]{0,400}")\) is not equal to \((-?\d{1,6}|"[^"\n]{0,400}")\)'),
)
# (left32) ... and Go's t.Errorf forms of two quoted values (the got value first: '<expr> = "A", want "B"', 'got "A",
# want "B"', '<expr>: got "A", want "B"'): the testing package's convention (go.dev/wiki/CodeReviewComments "Useful Test
# Failures", recalled), under "--- FAIL: TestX" (the name the entry reads); the pair is read as (want, got). Where the got
# text names a time-out its expectation does not name ('err = "context deadline exceeded", want "not found"'), the test
# met a time-out, and the name stands (fix 14's reading of xUnit's and JUnit's texts); so it does where the two differ
# only as a timer that fired late leaves them (_late_timer_texts: a count, an order, one state word for another)
_GO_GOT_WANT = re.compile(
    r'(?:\S = |\bgot:? )("(?:[^"\\\n]|\\.){0,400}"),? want:? ("(?:[^"\\\n]|\\.){0,400}")[ \t]*$', re.M)
_LOWER_BOUND_MISSED = re.compile(
    r">=? ?(\d+(?:\.\d+)?) ?(ms|s)\b[^\n]{0,40}?\bgot:? (\d+(?:\.\d+)?) ?(ms|s)\b")
# ((timesout24) the verb of a timeout counts as its noun: "times out", "timed out", "timing out")
_COUNT_NAME_WORDS = re.compile(r"(?i)time[sd][-_ ]?out|timing[-_ ]?out|time[-_ ]?outs?|deadlines?|delay|timers?|sleep")
_OTHER_TIMING_WORDS = re.compile(r"(?i)race|concurren|parallel|stress|mutex|deadlock|leak|async|eventually|thread|timing(?![-_ ]?out)")
_NEW_FORM_LINES = 15
_SMALL_INT = re.compile(r"-?\d{1,6}")


def _new_form_values_say_otherwise(lines: list[str], idx: int) -> bool:
    """(names23) Whether the values compared near timing-named failing line ``idx`` (its report block: a few lines
    above, where a runner prints the name after the message, and below) say the name is not why the test failed, in the
    forms _NEW_FORM_PAIRS reads; see there for the policy."""
    name = lines[idx][:700]
    block = "\n".join(line[:700] for line in lines[max(0, idx - 8): idx + _NEW_FORM_LINES + 1])
    for m in _LOWER_BOUND_MISSED.finditer(block):
        bound_ms = float(m.group(1)) * (1000 if m.group(2) == "s" else 1)
        measured_ms = float(m.group(3)) * (1000 if m.group(4) == "s" else 1)
        if measured_ms < bound_ms:
            return True
    if _OTHER_TIMING_WORDS.search(name):
        return False
    pairs = [m.groups() for rx in _NEW_FORM_PAIRS for m in rx.finditer(block)]
    for m in _GO_GOT_WANT.finditer(block):
        got, want = (v[1:-1] for v in m.groups())
        if (_TIMEOUT_WORDS.search(got) and not _TIMEOUT_WORDS.search(want) or _saturated(want, got)
                or _late_timer_texts(want, got)):
            return False
        pairs.append((f'"{want}"', f'"{got}"'))
    if not pairs:
        return False
    counts_only = bool(_COUNT_NAME_WORDS.search(name))
    for want, got in pairs:
        # (XCTest quotes every value, numbers too: '("0") is not equal to ("4")')
        numbers = all(_SMALL_INT.fullmatch(v.strip("\"'")) for v in (want, got))
        if numbers:
            if not counts_only:
                return False
        elif (_TIME_IN_TEXT.search(want) or _TIME_IN_TEXT.search(got)) and not _set_times_differ(want, got):
            return False
    return True


# (left32) A duration written in a compared text: a number and its unit (not a clock time or a date)
_TEXT_DURATION = re.compile(
    r"(?i)(?<![\w.:])(\d+(?:\.\d+)?)[ \t]?(ns|µs|us|ms|millis(?:econds?)?|s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?)"
    r"(?![\w:])")
_TEXT_DURATION_SECONDS = {"ns": 1e-9, "µs": 1e-6, "us": 1e-6, "ms": 1e-3, "millis": 1e-3, "millisecond": 1e-3,
                          "milliseconds": 1e-3, "m": 60.0, "min": 60.0, "mins": 60.0, "minute": 60.0, "minutes": 60.0,
                          "h": 3600.0, "hr": 3600.0, "hrs": 3600.0, "hour": 3600.0, "hours": 3600.0}
_SET_TIMES_RATIO = 10.0
# (review32_b) The words a text puts before a time it measured ("took 12s", "elapsed 3s", "waited 1000ms", "fired after
# 2s", "completed in 1s"), not a limit or a delay it was set to ("timed out after 5s", "retry in 30s"): a late timer
# prints those rounded as well (a duration formatted in whole seconds or milliseconds)
_MEASURED_BEFORE = re.compile(
    r"(?i)\b(?:took|elapsed|lasted|waited|spent|ran for|(?:completed|finished|done|delivered|fired|returned|responded"
    r"|arrived|resolved|ticked|flushed) (?:in|after))\W{0,3}$")


def _round_duration(number: str) -> bool:
    """(left32) Whether a duration's number is a round figure a setting is written in (5, 30, 50, 500, 5000, 1.5): at
    most two significant digits, at most one decimal; a measured time ("5013", "1.234", "4.87") has more."""
    whole, _, frac = number.partition(".")
    if len(frac) > 1:
        return False
    digits = (whole + frac).lstrip("0").rstrip("0")
    return len(digits) <= 2


def _set_times_differ(want: str, got: str) -> bool:
    """(left32) Whether two texts a timing-named test compared are the same words around durations, and every duration
    that differs is a round figure on both sides at least _SET_TIMES_RATIO times the other ("timed out after 5000ms"
    for "... after 50ms", "retry in 30s" for "retry in 3m"): the text names the time limit or delay the code was set to
    (another setting than the test's), the same on every run, not a time a loaded runner stretched (a late clock
    prints a measured figure a little over its bound, "5013ms" for "5000ms"). Clock times and dates are not read
    (_late_timer_texts' and the dates' readings). (review32_b) Nor where the words before a differing duration say it
    was measured (_MEASURED_BEFORE: "took 12s" for "took 1s")."""
    if _TEXT_DURATION.sub("#", want).strip() != _TEXT_DURATION.sub("#", got).strip():
        return False
    if any(_TIME_IN_TEXT.search(_TEXT_DURATION.sub("", text)) for text in (want, got)):
        return False
    # (the same count on both sides: the texts are the same once their durations are blanked)
    matches = list(zip(_TEXT_DURATION.finditer(want), _TEXT_DURATION.finditer(got), strict=True))
    differing = [(a.groups(), b.groups()) for a, b in matches if a.groups() != b.groups()]
    if not differing:
        return False
    # (review32_b) a time measured, as the words before it say, is no setting (the words are the same on both sides)
    if any(a.groups() != b.groups() and _MEASURED_BEFORE.search(got[max(0, b.start() - 40):b.start()])
           for a, b in matches):
        return False
    for (na, ua), (nb, ub) in differing:
        if not (_round_duration(na) and _round_duration(nb)):
            return False
        sa = float(na) * _TEXT_DURATION_SECONDS.get(ua.lower(), 1.0)
        sb = float(nb) * _TEXT_DURATION_SECONDS.get(ub.lower(), 1.0)
        if min(sa, sb) <= 0 or max(sa, sb) / min(sa, sb) < _SET_TIMES_RATIO:
            return False
    return True
