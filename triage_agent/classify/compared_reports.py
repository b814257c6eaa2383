"""Where a log line sits inside a test's report of compared values or expected output.

A line inside such a report (a diff's or a label's value lines, a JUnit/AssertJ value, an expect-test or FileCheck
block, a power assertion's rendering) is the test's data, not trouble the job met: the engine reads these to tell
them apart. Used by rules.py (a hit inside such a report is no trouble the job met). Pure: no I/O, no clock.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from .structure import error_in_place_of_output

# The lines that open a test's report of two values compared, whose value lines follow them: a
# diff's header (PHPUnit's and testify's "--- Expected", Jest's and Vitest's "- Expected  - 1",
# go-cmp's "(-want +got)", a hunk's "@@ ... @@", testify's "Diff:"), a label alone on its line
# (doctest's "Failed example:", "Expected:" and "Got:", AssertJ's "Expecting actual:" and "to
# contain:"), unittest's "AssertionError: 'a' != 'b'" with its ndiff below; and a Markdown heading
# over a changelog's entries ("## 2.3.1", "- Retry on connection reset by peer").
_COMPARED_HEADER = re.compile(
    r"^\s*(?:E\s+)?(?:"
    r"(?:---|\+\+\+) (?:expected|actual|received|got|want)\b"
    r"|[-+] (?:expected|received|actual)\b(?:\s+[-+] \d+)?\s*$"
    # ((twenty-fourth round, compared24) mocha's diff header over Chai's two values, "+ expected - actual" (recalled))
    r"|\+ expected - actual\s*$"
    r"|@@ [^\n]*@@"
    r"|diff:\s*$"
    r"|(?:expected|got|actual|but was|received|found|wanted|expecting(?: actual)?|left|right"
    r"|to (?:contain|equal|be|match|include|start with|end with)(?: exactly)?)\s*:\s*$"
    r"|\w*(?:AssertionError|Failure)\b[^\n]* != "
    r"|failed example:\s*$"
    # ((twenty-fourth round, compared24) Catch2's "with expansion:" over the expression with its values, "  503 == 200"
    # (catchorg/Catch2 its console reporter, recalled))
    r"|with expansion:\s*$"
    # ((fifteenth round) promtool test rules' alerts compared: "        exp:[" / "        got:[" over the labels and
    # annotations it renders one per line)
    r"|(?:exp|got):\[\s*$"
    # (review 14l) munit's "=> Obtained" and "=> Diff (- obtained, + expected)"
    r"|=> (?:obtained|diff \([^)\n]*\))\s*$"
    # ((seventeenth round) elm-test's boxed check between the two values: "    │ Expect.equal")
    r"|│ Expect\.\w+\s*$"
    # ((seventeenth round) insta's snapshot diff: "────────────┬───" over its numbered rows "    0     0 │-...")
    r"|─{4,}┬─{4,}\s*$"
    r")"
    # (a Markdown section's heading: a changelog or release notes printed, its entries below)
    r"|^#{2,6} (?:\[?v?\d+\.\d+|unreleased\b|changelog\b|release notes\b|what's changed\b|(?:bug ?)?fix(?:es|ed)\b"
    r"|added\b|changed\b)"
    # (a Debian changelog's entry heading, "pkg (1.2-1) unstable; urgency=medium", its "  * ..." below)
    r"|^[a-z0-9][a-z0-9.+-]+ \([^)\s]+\) [\w -]+; urgency=\w+"
    r"|\((?:-want \+got|-got \+want|-expected \+actual|-actual \+expected)\)",
    re.IGNORECASE)
# ((review 17b) insta's rule over its diff is a two-column table's top border as well (a preflight check's, a load
# generator's "  /health   │ error: connect timed out"): under it only insta's own rows are values, their old and new
# line numbers before the bar ("    0     0 │ ...", "    1       │-...", "          1 │+...").)
_INSTA_RULE = re.compile(r"^\s*─{4,}┬─{4,}\s*$")
_INSTA_ROW = re.compile(r"^[ \d]+│")
# ... and what ends such a report: another test's or frame's line.
_COMPARED_END = re.compile(
    r"^\s*(?:●|\d+\) |--- (?:FAIL|PASS)|FAIL\b|not ok\b|ok\b|Failed |Error Message:|Stack Trace:"
    r"|at |File \"|Traceback|Failure/Error:|\[ERROR\]|={3}|_{3}|\*{3})")
_COMPARED_LINES = 15
# (the entries the gate read before prec28 beside the network's, and still reads in their whole line
# (gate_reads_whole_line, below): the two timeouts that read Go's "context deadline exceeded"; never test-timing, an
# assertion that polled until a deadline, whose "expected 3 but got 2" is what it waited for)
_COMPARED_IDS = frozenset({"no-output-timeout", "test-timeout"})
# ... unless what it wanted was no error at all ("got dial tcp ...: connection refused, want nil",
# "Expected nil, but got: ..."): then the error is what the test ran into.
_NO_ERROR_WANTED = re.compile(
    r"\b(?:want(?:ed)?|expected):?\s*<?(?:nil|null|none|no error|no exception|success)>?(?![\w<>])",
    re.IGNORECASE)
# (prec28) The gate's entries: the network's and _COMPARED_IDS, and every other transient entry that names trouble of the
# job's machinery (a lost agent or runner, a full disk, memory, a port taken, a rate limit, a hosted CLI's unexpected
# error): a compared value holding those words ("left:  \"...heartbeat timeout...\"", "got: \"no space left on
# device\"") is what the project's code returned, as a network word there is. Not the entries that read a test's own
# values or report by design: flaky-test's (a time near its bound, the same items in another order, a transport error
# compared), test-failure's (a database's conflict the test's own transaction met), and the timeout entries other than
# _COMPARED_IDS (test-timing's polled assertion; a wait helper's or a spec's own time limit over its expectation).
_DATA_CATEGORIES = frozenset({"network", "infrastructure", "resource", "port", "rate-limit", "unknown-cause"})
# ... and the timeouts of the job's machinery, not a test's: the CI's or a batch scheduler's time limit on the job or
# its step, the CI's cancelling of a step
_JOB_LIMIT_IDS = frozenset({"operation-canceled", "ci-job-time-limit", "ci-step-timeout", "ci-job-time-limit-wordings",
                            "ci-job-time-limit-more", "batch-scheduler-time-limit"})


def values_are_data(leaning: str, category: str, sig_id: str) -> bool:
    """(prec28) Whether a hit of this entry inside a test's compared values (or another report of a value: a test's
    title, an expect-test block) is the test's data, not trouble the job met."""
    return leaning == "transient" and (
        category in _DATA_CATEGORIES or sig_id in _COMPARED_IDS or sig_id in _JOB_LIMIT_IDS)


def gate_reads_whole_line(category: str, sig_id: str) -> bool:
    """(prec28) Whether the gate reads a one-line comparison in the entry's whole line: for the entries it read before
    this round (the network's, _COMPARED_IDS), whose patterns and unless lists were written against it; the others'
    lines are read outside their own match (rules._values_outside)."""
    return category == "network" or sig_id in _COMPARED_IDS


# (twenty-fourth round, compared24) Two values a test compared, each on its own labelled line, the label and its value on
# one line: NUnit's "  Expected: OK" over "  But was:  InternalServerError" (nunit/nunit, its constraint writer's
# "Expected: " and "But was:  " prefixes, recalled), xUnit's and Minitest's "Expected:" / "Actual:" (xunit/assert.xunit's
# EqualException, minitest's diff for short values, recalled), Hamcrest's "Expected: is <200>" / "     but: was <503>"
# (hamcrest MatcherAssert, recalled), Jest's and Vitest's "Expected: 200" / "Received: 503" (jest-matcher-utils, recalled),
# RSpec's "expected: 200" / "     got: 503", testify's "expected: 200" / "actual  : 503" (stretchr/testify assert/
# assertions.go, recalled), Rust's and ExUnit's "left:" / "right:", node-tap's "found:" / "wanted:", GoogleTest's "Which is:"
# under "Expected equality of these values:" (recalled), Dart's "Expected: <200>" / "  Actual: <503>" (recalled). The value
# is what the project's code returned or what the test wanted (a 503 from its own app under test, an error enum's name), not
# trouble the job met; a per-line unless that looks for "expected" misses the second line. A line counts as such a value
# where it is one kind of label (the wanted side or the got side) and a label of the OTHER kind sits within
# _LABEL_PAIR_LINES lines of it, with no test's or frame's line between; not where the wanted side was no error at all
# (_NO_ERROR_WANTED: "expected: <nil>" over "actual: dial tcp ...: connection refused", the error the code ran into).
# Assumption (no thread counted): two such labels a line or three apart are a test framework's report, not a tool's.
# (prec28) And a Go test's own pair, each label after t.Errorf's "x_test.go:N: " or on the line under it ("    cart_test.go:
# 18: got: \"...\"" over "        want: \"ok\""), as go test prints a message of two lines.
_GO_TEST_PREFIX = r"(?:[\w./-]{0,300}_test\.go:\d+:\s+)?"
_WANTED_LABEL = re.compile(
    r"^(?:\s*E\b)?[\s#]*" + _GO_TEST_PREFIX
    + r"(?:expected(?: [a-z]+){0,2}|expected equality of these values|want(?:ed)?|left)\s*:(?:\s|$)",
    re.IGNORECASE)
_GOT_LABEL = re.compile(
    r"^(?:\s*E\b)?[\s#]*" + _GO_TEST_PREFIX
    + r"(?:received(?: [a-z]+){0,2}|actual(?: [a-z]+)?|got|found|obtained|right|which is"
    r"|but(?: was| got| found)?)\s*:(?:\s|$)",
    re.IGNORECASE)
_LABEL_PAIR_LINES = 3
# (left31) how many lines below a label alone on its line hold its value (helm-unittest prints one; a wrapped value two)
_LABEL_ALONE_VALUE_LINES = 2


def _label_alone(line: str) -> bool:
    """Whether ``line`` is a wanted or got label with nothing after its colon (its value on the lines below)."""
    m = _WANTED_LABEL.match(line) or _GOT_LABEL.match(line)
    return m is not None and not line[m.end():].strip()


# ... nor where the got side is an exception with its message (NUnit's Throws constraint: "Expected: <System.ArgumentException>"
# over "But was:  <System.Net.Http.HttpRequestException: Connection refused (localhost:5432)", recalled): the test's code
# raised it, it ran into that trouble; an error code's or a status's bare name ("Actual:   InternalServerError") stays a value
_RAISED_WITH_MESSAGE = re.compile(r"(?:Exception|Error)\b(?: \(\d+\))?:\s*\S")
# ... and the response Symfony's response constraints print under PHPUnit's failure line, its status line first
# ("Failed asserting that the Response is successful." over "HTTP/1.1 503 Service Unavailable": symfony/symfony
# HttpFoundation/Test/Constraint/ResponseIsSuccessful.php, additionalFailureDescription returns (string) $response, read
# in a public copy; PHPUnit puts it on the line below, recalled): the status the project's own app answered the test.
_RESPONSE_CONSTRAINT = re.compile(r"^\s*Failed asserting that the Response\b")
_HTTP_STATUS_LINE = re.compile(r"^\s*HTTP/\d(?:\.\d)? \d{3}\b")


def _in_labelled_pair(lines: list[str], idx: int) -> bool:
    """(twenty-fourth round, compared24) Whether ``lines[idx]`` is one of two labelled values a test compared, the other
    label's line within _LABEL_PAIR_LINES lines above or below it, and the wanted side not simply no error; or the status
    line of the response a Symfony response constraint printed under its failure."""
    line = lines[idx][:2000]
    if idx > 0 and _HTTP_STATUS_LINE.match(line) and _RESPONSE_CONSTRAINT.match(lines[idx - 1][:2000]):
        return True
    if _WANTED_LABEL.match(line):
        other = _GOT_LABEL
    elif _GOT_LABEL.match(line):
        other = _WANTED_LABEL
    else:
        # (left31) or the value on the line below a label alone on its line (helm-unittest's "Expected to equal:" over
        # the value, then "Actual:" over the other; AssertJ's "expected:" over a long value): read as that label's
        return any(_label_alone(lines[j][:2000]) and _in_labelled_pair(lines, j)
                   for j in range(idx - 1, max(-1, idx - 1 - _LABEL_ALONE_VALUE_LINES), -1))
    for step in (-1, 1):
        j = idx
        for _ in range(_LABEL_PAIR_LINES):
            j += step
            if not 0 <= j < len(lines):
                break
            near = lines[j][:2000]
            if other.match(near):
                got = line if other is _WANTED_LABEL else near
                return not (_NO_ERROR_WANTED.search(line) or _NO_ERROR_WANTED.search(near)
                            or _RAISED_WITH_MESSAGE.search(got))
            if _COMPARED_END.match(near):
                break
    return False


# (xfail21b) review 16c's rbe-outage-wording-in-junit-expected: JUnit's and AssertJ's "expected: <X> but was: <Y>" where
# a value holds a line break, so a value's last line stands alone ("UNAVAILABLE: connection refused>"): the line closes
# a value whose "expected: <" or "but was: <" opened on one of the few lines above and was not closed there.
_JUNIT_VALUE_OPEN = re.compile(r"\b(?:expected|but was):? ?<")
_JUNIT_VALUE_LINES = 3


def _in_junit_value(lines: list[str], idx: int) -> bool:
    """(xfail21b) Whether ``lines[idx]`` closes (">") a JUnit/AssertJ compared value opened on a line just above it."""
    if ">" not in lines[idx][:2000]:
        return False
    for j in range(idx - 1, max(-1, idx - 1 - _JUNIT_VALUE_LINES), -1):
        above = lines[j][:2000]
        opens = list(_JUNIT_VALUE_OPEN.finditer(above))
        if opens:
            return ">" not in above[opens[-1].end():]
    return False


def _in_compared_report(lines: list[str], idx: int) -> bool:
    """Whether ``lines[idx]`` is a value in a test's report of two values compared: a diff line or
    an indented value under the report's header (no more than a few lines above, through value
    lines no less indented than it), when what the test wanted was not simply no error."""
    line = lines[idx]
    if not line.strip() or not (line[:1].isspace() or line[:1] in "-+?'\"`"):
        return False
    low = len(line) - len(line.lstrip())
    for j in range(idx - 1, max(-1, idx - 1 - _COMPARED_LINES), -1):
        above = lines[j]
        if not above.strip():
            continue
        indent = len(above) - len(above.lstrip())
        if _COMPARED_HEADER.search(above):
            if _INSTA_RULE.match(above) and not all(
                    _INSTA_ROW.match(lines[k]) for k in range(j + 1, idx + 1) if lines[k].strip()):
                return False
            if _file_hunk_with_error(lines, j):
                return False
            return indent <= low and not any(
                _NO_ERROR_WANTED.search(lines[k]) for k in range(j, idx + 1))
        if _COMPARED_END.match(above) or not (above[:1].isspace() or above[:1] in "-+?'\"`"):
            return False
        low = min(low, indent)
    return False


# (polish27) a file diff's hunk ("--- <path>", "+++ <path>", "@@ -1,3 +1,3 @@", as diff -u and git diff print it; not a
# test's "--- Expected" / "+++ Actual" nor a snapshot's) whose new side is an error a program met in place of its output
# (structure.error_in_place_of_output): its lines are that trouble's damage, not values a test compared
_FILE_HUNK = re.compile(r"^@@ -\d+(?:,\d+)? \+\d+(?:,\d+)? @@")
_NOT_TEST_SIDE = r"(?!(?:expected|actual|received|got|want|snapshot)\b)"  # a path, not a test's side label
_FILE_OLD = re.compile(rf"^--- {_NOT_TEST_SIDE}\S", re.IGNORECASE)
_FILE_NEW = re.compile(rf"^\+\+\+ {_NOT_TEST_SIDE}\S", re.IGNORECASE)
_HUNK_LINE = re.compile(r"^[ +\-\\]|^$")


def _file_hunk_with_error(lines: list[str], j: int) -> bool:
    """(polish27) Whether ``lines[j]`` opens a file diff's hunk (its "--- " and "+++ " file lines right above it) whose
    lines show an error in place of the program's output (structure.error_in_place_of_output)."""
    if not (j >= 2 and _FILE_HUNK.match(lines[j]) and _FILE_NEW.match(lines[j - 1]) and _FILE_OLD.match(lines[j - 2])):
        return False
    hunk: list[str] = []
    for line in lines[j + 1: j + 1 + 2000]:
        if not _HUNK_LINE.match(line) or line.startswith(("@@ ", "--- ", "+++ ")):
            break
        hunk.append(line[:2000])
    return error_in_place_of_output(hunk)


# ((twentieth round, golden_toolchains) rust-analyzer/expect-test's report (src/lib.rs, "Expect:", "Actual:" and
# "Diff:" each over a "----" line, the text flush left and closed by another "----"): the text is the program's output.
_EXPECT_TEST_LABEL = re.compile(r"^(?:Expect|Actual|Diff):\s*$")
_EXPECT_TEST_RULE = "----"
# ((review 20d) 200 lines, not 40: an "Actual:" text of a retry log or a dump runs longer, and the search stops at the
# first "----" line above, which is the block's own opening or a closing one)
_EXPECT_TEST_LINES = 200
# ((review 20d) the same for two other golden reports: FileCheck's note naming where it scanned or what it found
# (llvm/llvm-project llvm/lib/FileCheck/FileCheck.cpp, "scanning from here", "found here", "possible intended match
# here", "'next' match was here"), the input line under it; its --dump-input block between "<<<<<<" and ">>>>>>"
# (read in public lit logs); tasty-golden's goldenVsStringDiff text under "Test output was different from '...'. It
# was:" (UnkindPartition/tasty-golden, recalled), the output indented as deep as that line or deeper)
_FILECHECK_NOTE = re.compile(
    r"^\S{1,400}:\d+:\d+: note: (?:scanning from here|found here|possible intended match here|'next' match was here"
    r"|'same' match was here)\s*$")
_FILECHECK_ERROR = re.compile(
    r":\d+:\d+: error: [\w-]{1,60}: (?:expected string not found in input|excluded string found in input"
    r"|is not on the (?:line after|same line as) the previous match)\s*$")
_TASTY_GOLDEN_HEAD = re.compile(r"^([ \t]*)Test output was different from '[^'\n]{1,400}'\. It was:")
_TASTY_GOLDEN_WORDS = "Test output was different from '"  # (perf31: the literal every header holds, ExpectBlocks)


class ExpectBlocks:
    """Whether a line of one text is inside the text of an expect-test report: below a label's opening "----" line and
    above its closing one (no "----" line between); or (review 20d) the input line under a FileCheck note, a line of
    its --dump-input block, or tasty-golden's output text.

    (perf31) Until the thirty-first round a function read up to _EXPECT_TEST_LINES lines upward from every line asked
    about (a log whose every line an outage entry matched: 200 lines per line, 1.1 s of 2.6 on a megabyte). Here the
    lines that end the look upward (a "----", "<<<<<<" or ">>>>>>" line, tasty-golden's header) are listed once per
    text, from a literal search of the text, and a line asks for the last one above it (bisect). The answers are the
    upward read's: it stopped at the first such line within _EXPECT_TEST_LINES lines above, and a blank line between
    (one of only whitespace) set the asking line's indent to 0 for tasty-golden's comparison; the first blank line
    below each header is found once (reading down to the next such line at most). tests/unit/test_perf31.py
    keeps the upward read as the oracle. ``lines`` is ``text.split("\\n")``, ``starts`` their offsets."""

    def __init__(self, text: str, lines: list[str], starts: list[int]) -> None:
        self._lines = lines
        found: set[int] = set()
        for literal in ("----", "<<<<<<", ">>>>>>"):  # (each such line starts with its literal)
            if text.startswith(literal):
                found.add(0)
            i = text.find("\n" + literal)
            while i >= 0:
                found.add(bisect_right(starts, i + 1) - 1)
                i = text.find("\n" + literal, i + 1)
        i = text.find(_TASTY_GOLDEN_WORDS)
        while i >= 0:
            found.add(bisect_right(starts, i) - 1)
            i = text.find(_TASTY_GOLDEN_WORDS, i + 1)
        # line -> what it says when the read upward reaches it: True/False, or tasty-golden's indent (an int)
        self._stop: dict[int, bool | int] = {}
        for j in sorted(found):
            ln = lines[j]
            if ln.rstrip() == _EXPECT_TEST_RULE:
                self._stop[j] = j > 0 and bool(_EXPECT_TEST_LABEL.match(lines[j - 1]))
            elif ln.rstrip() == "<<<<<<":
                self._stop[j] = True
            elif ln.rstrip() == ">>>>>>":
                self._stop[j] = False
            elif head := _TASTY_GOLDEN_HEAD.match(ln[:500]):
                self._stop[j] = len(head.group(1))
        self._stops = sorted(self._stop)
        self._blank_below: dict[int, int] = {}

    def holds(self, idx: int) -> bool:
        """Whether ``lines[idx]`` is inside such a report's text (the comment above)."""
        lines = self._lines
        if idx > 0 and (_FILECHECK_NOTE.match(lines[idx - 1][:500]) or _FILECHECK_ERROR.search(lines[idx - 1][:500])):
            return True  # the input line under a note, the check line FileCheck quotes under its error
        k = bisect_left(self._stops, idx) - 1
        if k < 0 or self._stops[k] < idx - _EXPECT_TEST_LINES:
            return False
        j = self._stops[k]
        said = self._stop[j]
        if isinstance(said, bool):
            return said
        indent = len(lines[idx]) - len(lines[idx].lstrip(" \t"))
        if indent and self._first_blank_below(k) < idx:
            indent = 0  # a blank line ends an indented text (tasty's output)
        return indent >= said > 0

    def _first_blank_below(self, k: int) -> int:
        """The first blank line below the k-th listed line, read down to the next listed line at most (len(lines)
        where none)."""
        j = self._stops[k]
        got = self._blank_below.get(j)
        if got is None:
            end = self._stops[k + 1] if k + 1 < len(self._stops) else len(self._lines)
            got = next((t for t in range(j + 1, end) if not self._lines[t].strip()), len(self._lines))
            self._blank_below[j] = got
        return got


# (fix 14) A power assertion's report (Spock's "Condition not satisfied:", Groovy's "Assertion failed:"):
# the header, one blank line, the expression, its bars and the values under them.
_POWER_ASSERTION = re.compile(r"^\s*(?:Condition not satisfied|Condition failed with Exception|Assertion failed):\s*$")
# ((xfail16) under Spock's "Condition failed with Exception:" the condition threw: the line under the bars that names an
# exception class ("|      java.net.SocketTimeoutException: Connect timed out") is what the test ran into, not a value)
_POWER_EXCEPTION = re.compile(r"^\s*Condition failed with Exception:\s*$")
_THROWN_UNDER_BARS = re.compile(r"^[\s|]*(?:[a-z_$][\w$]*\.)+[A-Z][\w$]*(?:Exception|Error)\b(?::|\s*$)")
_EXCEPTION_VALUE = re.compile(r"(?:^|[\s|])(?:[a-z_$][\w$]*\.)+[A-Z][\w$]*(?:Exception|Error)\b(?::|\s*$)")


# (perf34) the words every header of _POWER_ASSERTION holds
_POWER_HEADS = ("Condition not satisfied", "Condition failed with Exception", "Assertion failed")


def power_assertion_heads(text: str, lines: list[str]) -> list[int]:
    """(perf34) The lines of ``text`` (split into ``lines``) that may head a power assertion's report (they hold the
    words of a _POWER_ASSERTION header), in order: _in_power_assertion answers False for a line with none of them
    within _COMPARED_LINES above it (its read upward returns True only at such a header), so a caller may skip it."""
    if not any(head in text for head in _POWER_HEADS):
        return []
    return [j for j, ln in enumerate(lines) if any(head in ln for head in _POWER_HEADS)]


def _in_power_assertion(lines: list[str], idx: int) -> bool:
    """Whether ``lines[idx]`` is the expression or a value of a power assertion's report."""
    blank = False
    for j in range(idx - 1, max(-1, idx - 1 - _COMPARED_LINES), -1):
        above = lines[j]
        if _POWER_ASSERTION.match(above):
            return blank and not (_POWER_EXCEPTION.match(above) and _THROWN_UNDER_BARS.match(lines[idx])
                                  # ((review 16k) and only the first exception under the bars: Spock renders the
                                  # rightmost column, the last evaluated and so the one that threw, on the top row;
                                  # an exception lower down, "|      java.net.SocketTimeoutException: ..." under a
                                  # row's "java.lang.NullPointerException: ...", is a value the expression read)
                                  and not any(_EXCEPTION_VALUE.search(ln) for ln in lines[j + 3: idx]))
        if not above.strip():
            if blank:
                return False
            blank = True
        elif blank or _COMPARED_END.match(above):
            return False
    return False
