"""Readings of dates a failing test compared: two values exactly one calendar day apart (_day_apart).

The calendar-day analogue of values_time._second_apart. A test that computed "today" twice (the code with the runner's
zone or UTC, the test with the other; or the code before midnight and the test after it) fails with an expected and an
actual value one day apart, or with "yesterday" for "today", only when run near midnight or in another zone: a rerun
at another hour passes. Read in the forms test frameworks print their compared values (the pair's two lines, or one
line holding both), each value a date in one of the written forms below and the rest of the two values the same.
Used by line_checks.py (the catalogue entry "dates-a-calendar-day-apart" is checked line by line while the catalogue is
read) and rules.py (_other_values_compared: the entry's lines count only where no other compared values differ
otherwise). Pure: no I/O, no clock.

Evidence: six public flaky-test threads (Ruby Test::Unit, RSpec, PHPUnit, pytest, Vitest/Jest, TypeScript) whose logs
showed only such an assertion, each fixed by reading the date once or in one zone (the twenty-sixth round's brief;
their logs are not copied here). Assumption: a test whose name, source or compared values speak of date arithmetic
(adding days, business days, leap years, DST, calendars, holidays, parsing or formatting), or that fed the code a fixed
date and read no clock, fails the same on every run; such tests are not read.
"""

from __future__ import annotations

import datetime
import re

from .values_time import (
    _ABOUT_TIME_ABOVE,
    _DIFF_CHANGE,
    _NAMED_HEADING,
    _TEST_HEADING,
    _TEST_SOURCE_LINE,
    _TIME_ARITHMETIC,
    _TIME_ARITHMETIC_WORDS,
    _about_time_values,
    _around,
    _file_diff_above,
    _may_hold,
)

_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_MON = r"(?i:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
_WDAY = r"(?i:Mon|Tue|Wed|Thu|Fri|Sat|Sun)"
# The written forms of a date, each a named group set; the time of day and zone where the form has them.
#   iso:   ISO 8601 and what prints it (Java's LocalDate/LocalDateTime/Instant, Jest's and chai's Date, .NET's
#          DateTime in xUnit, Go's time.Time "2024-03-01 00:00:00 +0000 UTC", NUnit's "2024-03-01 00:00:00.000")
#   rfc:   RFC 2822 and Ruby on Rails' Date/Time inspect ("Wed, 08 Aug 2012", "Wed, 08 Aug 2012 00:00:00 UTC +00:00",
#          "Wed, 08 Aug 2012 00:00:00 +0000"); the weekday may be left out ("08 Aug 2012")
#   js:    JavaScript's Date#toDateString and #toString ("Mon Jan 19 2015", "Mon Jan 19 2015 00:00:00 GMT+0000 (...)")
#   jdate: java.util.Date#toString ("Mon Jan 19 00:00:00 UTC 2015")
#   py:    Python's date and datetime reprs ("datetime.date(2022, 2, 1)", "datetime.datetime(2022, 2, 1, 0, 0)")
#   slash: "19/01/2015" or "01/19/2015", read only where one reading alone makes both values dates a day apart
#   rel:   the words today, yesterday, tomorrow (a relative-date label the code builds from the clock)
# (the forms are recalled from each language's documented output, not read from their sources in this round)
# (polish27) an ISO date may follow a key's "<letter>:" (a cache key "daily-report:2024-03-01" built from today); after
# a digit's colon, a word, a dot, a slash or a hyphen it is still none (a time, a version, a path's or a name's part)
_DATE = re.compile(
    r"(?P<iso>(?:(?<![\w.:/-])|(?<=[A-Za-z]:))(?P<iy>\d{4})-(?P<im>\d\d)-(?P<id>\d\d)"
    r"(?:[T ](?P<ih>\d\d):(?P<imi>\d\d)(?::(?P<is>\d\d)(?:[.,]\d{1,9})?)?)?"
    r"(?P<iz> ?(?:Z|[+-]\d\d:?\d\d)(?: [A-Z]{3,5})?| (?:UTC|GMT))?(?![\w:-]))"
    rf"|(?P<rfc>(?<![\w.:/-])(?:{_WDAY}, )?(?P<rd>\d{{1,2}}) (?P<rm>{_MON}) (?P<ry>\d{{4}})"
    r"(?: (?P<rh>\d\d):(?P<rmi>\d\d)(?::(?P<rs>\d\d)(?:\.\d{1,9})?)?"
    r"(?P<rz> [A-Z]{3,5} [+-]\d\d:\d\d| [+-]\d{4}| [A-Z]{3,5})?)?(?![\w:-]))"
    rf"|(?P<js>(?<![\w.:/-]){_WDAY} (?P<jm>{_MON}) (?P<jd>\d\d) (?P<jy>\d{{4}})"
    r"(?: (?P<jh>\d\d):(?P<jmi>\d\d):(?P<js_>\d\d) (?P<jz>GMT[+-]\d{4})(?: \([^()\n]{1,60}\))?)?(?![\w:-]))"
    rf"|(?P<jdate>(?<![\w.:/-]){_WDAY} (?P<km>{_MON}) (?P<kd>\d\d) (?P<kh>\d\d):(?P<kmi>\d\d):(?P<ks>\d\d)"
    r" (?P<kz>[A-Z]{2,5}) (?P<ky>\d{4})(?![\w:-]))"
    r"|(?P<py>\bdatetime\.(?P<pk>date|datetime)\((?P<py_>\d{4}), (?P<pm>\d{1,2}), (?P<pd>\d{1,2})"
    r"(?:, (?P<ph>\d{1,2}))?(?:, (?P<pmi>\d{1,2}))?(?:, (?P<ps>\d{1,2}))?(?:, \d{1,6})?"
    r"(?P<pz>, tzinfo=[^()\n]{1,80}?(?:\([^()\n]{0,80}\))?)?\))"
    r"|(?P<slash>(?<![\w./-])(?P<sa>\d{1,2})/(?P<sb>\d{1,2})/(?P<sy>\d{4})(?![\w/-]))"
    r"|(?P<rel>(?<![\w-])(?i:today|yesterday|tomorrow)(?![\w-]))")
_REL_DAY = {"yesterday": -1, "today": 0, "tomorrow": 1}


class _Date:
    """One date found in a compared value: its kind ("date", "datetime", "slash", "rel"), where it stands, the day
    numbers it may be (one; two readings for a slash date; a day offset for a relative word), the seconds of its wall
    clock time (datetimes) and its zone text."""

    __slots__ = ("kind", "start", "end", "days", "seconds", "zone")

    def __init__(self, kind: str, start: int, end: int, days: tuple[int, ...], seconds: int = 0, zone: str = "") -> None:
        self.kind, self.start, self.end, self.days, self.seconds, self.zone = kind, start, end, days, seconds, zone


def _ordinal(year: str, month: str | int, day: str) -> int | None:
    try:
        return datetime.date(int(year), int(month), int(day)).toordinal()
    except ValueError:
        return None


def _clock(h: str | None, mi: str | None, s: str | None) -> int | None:
    if h is None:
        return None
    hour, minute, second = int(h), int(mi or 0), int(s or 0)
    return hour * 3600 + minute * 60 + second if hour < 24 and minute < 60 and second < 61 else None


def _month(name: str) -> int:
    return _MONTHS.index(name[:3].lower()) + 1


def _read(m: re.Match[str]) -> _Date | None:
    """The date a match of _DATE is, or None where it names no real date (a 31 February, an hour 25)."""
    g = m.groupdict()
    start, end = m.start(), m.end()
    if g["rel"]:
        return _Date("rel", start, end, (_REL_DAY[g["rel"].lower()],))
    if g["slash"]:
        readings = tuple(d for d in (_ordinal(g["sy"], g["sb"], g["sa"]), _ordinal(g["sy"], g["sa"], g["sb"]))
                         if d is not None)
        return _Date("slash", start, end, readings) if readings else None
    if g["iso"]:
        day, clock, zone = _ordinal(g["iy"], g["im"], g["id"]), (g["ih"], g["imi"], g["is"]), g["iz"]
    elif g["rfc"]:
        day, clock, zone = _ordinal(g["ry"], _month(g["rm"]), g["rd"]), (g["rh"], g["rmi"], g["rs"]), g["rz"]
    elif g["js"]:
        day, clock, zone = _ordinal(g["jy"], _month(g["jm"]), g["jd"]), (g["jh"], g["jmi"], g["js_"]), g["jz"]
    elif g["jdate"]:
        day, clock, zone = _ordinal(g["ky"], _month(g["km"]), g["kd"]), (g["kh"], g["kmi"], g["ks"]), g["kz"]
    else:
        day, zone = _ordinal(g["py_"], g["pm"], g["pd"]), g["pz"]
        clock = (g["ph"] or "0", g["pmi"], g["ps"]) if g["pk"] == "datetime" else (None, None, None)
    if day is None:
        return None
    if clock[0] is None:
        return _Date("date", start, end, (day,))
    seconds = _clock(*clock)
    return None if seconds is None else _Date("datetime", start, end, (day,), seconds, (zone or "").strip())


# what may stand right beside a date that is the whole value (or the whole of its part of a value): quotes, brackets,
# a separator, a sentence's end
_EDGE = frozenset("<>\"'`()[]{},;: \t")


def _dates(text: str) -> list[_Date | None]:
    return [_read(m) for m in _DATE.finditer(text)]


def _one_date(text: str) -> tuple[_Date, str] | None:
    """The one date in a compared value ``text`` standing as a whole (a quoted or bracketed value, or a part of it
    between separators), and the rest of the value around it; None where there is none or more than one."""
    found = _dates(text)
    if len(found) != 1 or (d := found[0]) is None:
        return None
    before = text[d.start - 1] if d.start > 0 else " "
    after = text[d.end] if d.end < len(text) else " "
    if before not in _EDGE or not (after in _EDGE or (after == "." and text[d.end + 1:].strip() == "")):
        return None
    return d, text[: d.start] + "#" + text[d.end:].rstrip(".")


def _a_day_apart(want: str, got: str) -> bool:
    """Whether two compared values hold one date each, the rest the same, exactly one calendar day apart: two dates
    (of any written form), two datetimes in the same zone both at midnight a day apart, two slash dates where
    every reading that makes both dates puts them a day apart, or two of the words today/yesterday/tomorrow a day apart."""
    a, b = _one_date(want.strip()), _one_date(got.strip())
    if a is None or b is None or a[1].strip() != b[1].strip():
        return False
    x, y = a[0], b[0]
    if x.kind == "rel" or y.kind == "rel":
        return x.kind == y.kind == "rel" and abs(x.days[0] - y.days[0]) == 1
    if x.kind == "slash" or y.kind == "slash":
        if not x.kind == y.kind == "slash":
            return False
        # (review26_b) a clock time beside them (.NET's "1/19/2015 10:30:00 AM") only at midnight, as for the datetimes below
        if (t := _SLASH_TIME.search(a[1])) is not None and not _midnight(t):
            return False
        # the same reading (day first or month first) for both values; a reading that makes either no date is left out
        pairs = [(p, q) for p, q in _slash_readings(want.strip(), got.strip())]
        return bool(pairs) and all(abs(p - q) == 1 for p, q in pairs)
    if x.kind != y.kind:
        return False
    if x.kind == "date":
        return abs(x.days[0] - y.days[0]) == 1
    # datetimes only at midnight: the start of two "todays" (a day truncated in two zones or on two sides of midnight).
    # The same other time of day a day apart ("10:00" on the 1st and the 2nd) is a day added or not, the code's
    # arithmetic (values_time's policy since the nineteenth round: a day apart is a real difference)
    return x.zone == y.zone and abs(x.days[0] - y.days[0]) == 1 and x.seconds == y.seconds == 0


def _slash_readings(want: str, got: str) -> list[tuple[int, int]]:
    """The day numbers of two slash dates under each reading (day first, month first) that makes both of them dates."""
    ma, mb = _SLASH.search(want), _SLASH.search(got)
    if ma is None or mb is None:
        return []
    out = []
    for first_day in (True, False):
        days = [_ordinal(m.group(3), m.group(2), m.group(1)) if first_day else _ordinal(m.group(3), m.group(1), m.group(2))
                for m in (ma, mb)]
        if days[0] is not None and days[1] is not None:
            out.append((days[0], days[1]))
    return out


_SLASH = re.compile(r"(?<![\w./-])(\d{1,2})/(\d{1,2})/(\d{4})(?![\w/-])")
# (review26_b) the clock time after a slash date (en-US DateTime.ToString: "1/19/2015 12:00:00 AM", documented) and
# whether it is midnight
_SLASH_TIME = re.compile(r"^#\s?(\d{1,2}):(\d\d)(?::(\d\d)(?:\.\d{1,9})?)?(?:\s?([AaPp][Mm]))?")


def _midnight(t: re.Match[str]) -> bool:
    hour, rest = int(t.group(1)), int(t.group(2)) + int(t.group(3) or 0)
    return rest == 0 and (hour == 0 or hour == 12 and (t.group(4) or "").upper() == "AM")


# The pairs of compared values, one line holding both: (the expected value's group, the actual value's group).
_V = r"([^\n]{1,200}?)"
_ONE_LINE_PAIRS: tuple[tuple[re.Pattern[str], int, int], ...] = (
    # JUnit 4/5 and AssertJ's one-line form ("expected: <2024-03-01> but was: <2024-03-02>", recalled)
    (re.compile(rf"\bexpected:? ?<{_V}> but was:? ?<{_V}>"), 1, 2),
    # pytest's rewritten assert ("E       AssertionError: assert datetime.date(2022, 2, 1) == datetime.date(2022, 2, 2)",
    # "E       assert ...", and a native traceback's last line "AssertionError: assert ... == ..."). (dates26b) A bare
    # "    assert a == b" is the test's source line as a traceback or pytest's listing prints it (names, not values:
    # "assert station.block_first == first"), read as a pair it made every such log "another value compared"
    (re.compile(rf"^\s*(?:E\s+(?:AssertionError: )?|AssertionError: )assert {_V} == {_V}\s*$"), 2, 1),
    # unittest's assertEqual ("AssertionError: datetime.date(2022, 2, 1) != datetime.date(2022, 2, 2)", recalled)
    (re.compile(rf"^\s*(?:E\s+)?AssertionError: {_V} != {_V}\s*$"), 2, 1),
    # chai (Mocha, Vitest): "AssertionError: expected 'yesterday' to be 'today'" (recalled), the actual value first
    (re.compile(rf"\bexpected {_V} to (?:equal|be|eql|eq|deep equal|strictly equal|deeply equal) {_V}(?: // [^\n]{{0,80}})?\s*$"),
     2, 1),
    # PHPUnit's "Failed asserting that '2024-03-02' matches expected '2024-03-01'." / "is identical to" (recalled)
    (re.compile(rf"\bFailed asserting that {_V} (?:matches expected|is identical to|is equal to) {_V}\.\s*$"), 2, 1),
    # XCTest's 'XCTAssertEqual failed: ("...") is not equal to ("...")' (recalled)
    (re.compile(rf"\bXCTAssertEqual failed: \({_V}\) is not equal to \({_V}\)"), 2, 1),
    # Go tests' own "got X, want Y" / "want X, got Y" (the testing convention, documented)
    (re.compile(rf"\bgot:? {_V},? want:? {_V}\s*$"), 2, 1),
    (re.compile(rf"\bwant:? {_V},? got:? {_V}\s*$"), 1, 2),
)
# The first of two lines of a pair (Jest's "Expected:", RSpec's "expected:", Minitest's/NUnit's/xUnit's "Expected:",
# testify's "expected:", a diff's "-") and the second (Jest's "Received:", RSpec's "got:", Minitest's "Actual:",
# NUnit's "But was:", xUnit's "Actual:", testify's "actual  :", a diff's "+"), as values_time reads them
_PAIR_FIRST = re.compile(r"^\s*(?:E\s+)?(?:(?i:expected|want)\s*:\s*|-(?!-)\s*)([^\n]{1,200}?)\s*$")
# (dates26b) The second line's value ends before RSpec's operator matcher's suffix ("     got: Tue, 20 Jan 2015 (using ==)",
# rspec/rspec-expectations lib/rspec/matchers/built_in/operators.rb, read: "expected: %s\n     got: %s (using %s)"), or
# "(compared using ==)" / "(compared using eql?)" (Eq's and Eql's own line, built_in/eq.rb and eql.rb, read; left here
# where a log joined it to the value's line). Not a diff's "+" line that is pytest's explanation of a value
# (" +  where datetime.date(2022, 2, 1) = <Shard object at 0x7f...>.block_first", " +  and   ...": pytest-dev/pytest
# src/_pytest/assertion/util.py _format_lines, read).
_PAIR_SECOND = re.compile(
    r"^\s*(?:E\s+)?(?:(?i:received|got|actual|but was)\s*:\s*|\+(?!\+)(?! {2,}(?:where|and) )\s*)([^\n]{1,200}?)"
    r"(?:\s+\((?:compared )?using (?:===?|eql\?)\))?\s*$")
# Ruby Test::Unit's assert_equal: "<expected> expected but was" over "<actual>." (test-unit/test-unit, recalled)
_TESTUNIT_FIRST = re.compile(r"^\s*<([^\n]{1,200})> expected but was\s*$")
_TESTUNIT_SECOND = re.compile(r"^\s*<([^\n]{1,200})>\.?\s*$")
_PAIR_LINES = 3


def _compared_pair(lines: list[str], idx: int) -> tuple[str, str, int] | None:
    """The expected and actual values compared at ``idx`` (a one-line form, the second line of a pair, or Test::Unit's
    first line) and the index of the pair's first line; None where the line is none of these."""
    line = lines[idx][:700]
    if (m := _TESTUNIT_FIRST.match(line)) is not None:
        nxt = lines[idx + 1][:700] if idx + 1 < len(lines) else ""
        v = _TESTUNIT_SECOND.match(nxt)
        return (m.group(1), v.group(1), idx) if v else None
    for rx, want, got in _ONE_LINE_PAIRS:
        if (m := rx.search(line)) is not None:
            return m.group(want), m.group(got), idx
    if (second := _PAIR_SECOND.match(line)) is None:
        return None
    for k in range(idx - 1, max(-1, idx - 1 - _PAIR_LINES), -1):
        if (first := _PAIR_FIRST.match(lines[k][:700])) is not None:
            # a diff's pair counts alone (as values_time reads it): other changed lines beside it are another
            # difference, which a day boundary does not explain
            if (_DIFF_CHANGE.match(lines[k]) or lines[k].lstrip().startswith("-")) and (
                    k != idx - 1 or _changed(lines, k - 1) or _changed(lines, idx + 1)):
                return None
            return first.group(1), second.group(1), k
    return None


def _changed(lines: list[str], k: int) -> bool:
    if not 0 <= k < len(lines):
        return False
    text = lines[k].lstrip()
    # (dates26b) pytest's explanation of a value (" +  where X = f()") is no changed line of a diff
    return text[:1] in ("-", "+") and text[:3] not in ("---", "+++") and _EXPLANATION.match(text) is None


_EXPLANATION = re.compile(r"\+ {2,}(?:where|and) ")


# A test of date arithmetic, in its name, its source or its compared lines: adding or subtracting days, the next or
# previous day, business and working days, weekdays, leap years, DST, calendars, holidays, month and week bounds, a
# zone conversion, ages and birthdays; and a release's or a changelog's date (a file's date, not a clock's).
_DATE_ARITHMETIC = re.compile(
    r"(?i)(?:add|sub(?:tract)?|plus|minus)_?(?:\d+_?)?(?:days?|weeks?|months?|years?)|(?:next|prev(?:ious)?|last|following)_?"
    r"(?:day|week|month|year|business|working)|business_?days?|working_?days?|week_?days?|leap|\bdst\b|daylight"
    r"|summer_?time|calendar|holiday|(?:end|start|beginning)_?of_?(?:day|week|month|year)|month_?(?:end|start)"
    r"|time_?zone|in_?zone|tz_?convert|utc_?offset|\bage\b|birthday|days_?(?:between|until|since|ago|from)"
    r"|changelog|release[ _-]?(?:date|notes)"
    # a day added to or taken from the clock's date in the test itself ("Date.today + 1", "1.day.from_now",
    # "date.today() + timedelta(days=1)", "LocalDate.now().plusDays(1)", "d.setDate(d.getDate() + 1)"): the code's
    # arithmetic is what it checks (assumption: an off-by-one there fails on every run as often as at midnight)
    r"|timedelta\(\s*days|\b\d+\.days?\b|\b(?:today|current|now)(?:\(\))?\s*[+-]\s*\d|chronounit\.days|setdate\("
    r"|(?-i:(?:Add|Sub|Plus|Minus)(?:Days|Weeks|Months|Years)|(?:Next|Prev|Previous)(?:Day|Week|Month|Business)"
    r"|BusinessDay|WorkingDay|WeekDay|Weekday|Leap|Calendar|Holiday|TimeZone|Timezone|Birthday|Dst(?![a-z]))")
# the words one of which every alternative of _DATE_ARITHMETIC holds (lower-cased; proved by tests/unit/test_prechecks27.py)
_ARITHMETIC_HINTS = ("day", "week", "month", "year", "business", "working", "leap", "dst", "daylight", "summer",
                     "calendar", "holiday", "zone", "tz", "utc", "age", "changelog", "release", "timedelta", "today",
                     "current", "now", "chronounit", "setdate")
# a release or version beside a compared date: a file's stamp, the same on every run
_VERSION_WORD = re.compile(r"(?i)\bversion\b|\brelease[ds]?\b|\bv?\d+\.\d+\.\d+\b")
# a date the test wrote as a literal, and a clock the test read, in a test's source as the runner prints it
_DATE_LITERAL = re.compile(
    r"""(?i)\b(?:Date\.new|Date\.civil|DateTime\.new|Time\.(?:utc|local|new|gm)|date|datetime|LocalDate\.of|LocalDateTime\.of"""
    r"""|new Date|Carbon::(?:create|parse)|DateTime\.Parse|new DateTime|time\.Date)\(\s*['"]?\d{4}|['"]\d{4}-\d\d-\d\d""")
_CLOCK_READ = re.compile(
    r"(?i)today|\bnow\b|now\(|\bcurrent\b|Date\.current|Time\.zone|utcnow|new Date\(\)|Date\.now|localtime"
    r"|yesterday|tomorrow|\bago\b|from_now|time\.Now|Clock|getdate|sysdate|current_date")
# a failing test's heading in forms values_time's headings do not read: Vitest's " FAIL  file > suite > test", Test::Unit's
# "Failure: test_x(Case)" / "Error: test_x(Case)", Jest's "●"
_NUMBERED = re.compile(r"^\s*\d{1,5}\) \S")
_VITEST_FILE = re.compile(r"^\s*FAIL\s+\S+ > ")
# ((review of this round) Surefire's "[ERROR] com.acme.DateFormatTest.formatsIso  Time elapsed: 0.01 s  <<< FAILURE!" and
# its "Running com.acme.DateFormatTest", and a JVM stack frame naming the test's method, "at com.acme.DateFormatTest.
# formatsIso(DateFormatTest.java:41)")
_DATE_HEADING = re.compile(
    r"^\s*(?:FAIL\s+\S+ > |(?:Failure|Error): \w+\(|●|[×✕✗]\s|\[ERROR\] \S+\s+Time elapsed:|(?:\[INFO\] )?Running \S"
    r"|at [\w$./]{1,300}\()")


def _test_of_date_arithmetic(lines: list[str], idx: int, first: int) -> bool:
    """Whether the test whose compared dates stand at ``first``..``idx`` is about date arithmetic or fixed dates: a
    fake or frozen clock, or time arithmetic in its heading or compared line (values_time._about_time_values); date
    arithmetic anywhere in its report (_DATE_ARITHMETIC: a name, a path, a source line); a version or release on the
    compared lines; or a printed source line that wrote a date as a literal where no source line reads a clock."""
    if _about_time_values(lines, idx) or (first != idx and _TIME_ARITHMETIC.search(lines[first][:700])):
        return True
    window = _around(lines, idx)
    # (the window's text read once, and the pattern run only where one of the words every alternative holds is there)
    text = "\n".join(ln[:700] for ln in window)
    if _may_hold(text, _ARITHMETIC_HINTS) and _DATE_ARITHMETIC.search(text):
        return True
    # (values_time's time-arithmetic words, rounding, parsing, formatting, in the test names of headings it does not
    # read; Vitest's file path left out: "src/format.test.ts" holds the module's tests, not only a formatter's)
    # ((review of this round) each run of _TIME_ARITHMETIC only where the lines hold one of its words, _may_hold: the
    # same answers; a log of thousands of compared dates runs this check on each)
    if _may_hold(text, _TIME_ARITHMETIC_WORDS) and any(
            _DATE_HEADING.match(ln[:700]) and _TIME_ARITHMETIC.search(_VITEST_FILE.sub("", ln[:700])) for ln in window):
        return True
    # ... and in the lines from the failing test's heading down to its compared values: Mocha's title on the lines under
    # its "2) Suite" ("       parses the date:"), pytest's listing of the test's source
    top = min(first, idx)
    above = "\n".join(ln[:700] for ln in lines[max(0, top - _ABOUT_TIME_ABOVE + 1): top + 1])
    for k in range(top, max(-1, top - _ABOUT_TIME_ABOVE), -1) if _may_hold(above, _TIME_ARITHMETIC_WORDS) else ():
        ln = lines[k][:700]
        if _TIME_ARITHMETIC.search(_VITEST_FILE.sub("", ln)):
            return True
        if k < top and (_TEST_HEADING.match(ln) or _NAMED_HEADING.match(ln) or _DATE_HEADING.match(ln)
                        or _NUMBERED.match(ln)):
            break
    compared = lines[first: idx + 1] if first <= idx else lines[idx: first + 1]
    if first == idx and idx + 1 < len(lines) and _TESTUNIT_FIRST.match(lines[idx][:700]):
        compared = lines[idx: idx + 2]
    if any(_VERSION_WORD.search(_DATE.sub("#", ln[:700])) for ln in compared):
        return True
    # (the headings read for a clock only where a source line wrote a date: the same answer, read in that order)
    if not any(_TEST_SOURCE_LINE.match(ln[:700]) and _DATE_LITERAL.search(ln[:700]) for ln in window):
        return False
    source = [ln[:700] for ln in window if _TEST_SOURCE_LINE.match(ln[:700]) or _DATE_HEADING.match(ln[:700])
              or _TEST_HEADING.match(ln[:700]) or _NAMED_HEADING.match(ln[:700])]
    return not any(_CLOCK_READ.search(s) for s in source)


def _day_apart(lines: list[str], idx: int) -> bool:
    """(twenty-sixth round, dates26) Whether the line at ``idx`` compared two values exactly one calendar day apart and
    in nothing else (_a_day_apart), in a test that is not about date arithmetic or fixed dates
    (_test_of_date_arithmetic) and not in a file's diff (a generated file's stamp)."""
    pair = _compared_pair(lines, idx)
    if pair is None:
        return False
    want, got, first = pair
    if not _a_day_apart(_unquote(want), _unquote(got)):
        return False
    return not _file_diff_above(lines, idx) and not _test_of_date_arithmetic(lines, idx, first)


def _unquote(value: str) -> str:
    """A compared value without the one pair of brackets or quotes around it (and the sentence's end after them)."""
    v = value.strip().rstrip(".") if value.strip().endswith((">.", "'.", '".', ").")) else value.strip()
    if len(v) >= 2 and (v[0], v[-1]) in (("<", ">"), ("'", "'"), ('"', '"'), ("(", ")"), ("`", "`")):
        return v[1:-1]
    return v


# the header words of a diff's legend ("- Expected" / "+ Received"), not compared values
# (Jest's "- Expected  - 1" / "+ Received  + 1", Vitest's "- Expected" / "+ Received")
_LEGEND = re.compile(r"(?i)(?:expected|received|actual)(?: value)?(?:\s+[-+] \d{1,6})?\s*$")


def _other_values_compared(lines: list[str], day_apart: list[int]) -> bool:
    """(dates26) Whether another pair of values a test compared in the log (in the forms _compared_pair reads) differs
    otherwise than by a calendar day, besides the day-apart pairs at ``day_apart``: another test (or another value of
    this one) failed on values that are not dates, so what the failures share is the code, not the clock (the
    timing-sensitive-test policy)."""
    own = set(day_apart)
    for idx in day_apart:
        pair = _compared_pair(lines, idx)
        if pair is not None:
            own.update(range(min(pair[2], idx), max(pair[2], idx) + 2))
    for k in range(len(lines)):
        if k in own:
            continue
        pair = _compared_pair(lines, k)
        if pair is None:
            continue
        want, got = (_unquote(v).strip() for v in pair[:2])
        if want == got or _LEGEND.match(want) or _LEGEND.match(got) or _a_day_apart(want, got):
            continue
        return True
    return False
