"""Reading test runners' output layout: which lines belong to which test, and how each attempt ended.

pytest's source lines, go test's passing and panicking tests' lines, Jest's console blocks, TAP's, Gradle's and go
test's parent-only failure lines, failing tests' names, attempts and reruns a test survived, an error that came
back after a runner announced a rerun. Used by rules.py, placement.py and line_checks.py (_FAILING_TEST_LINE).
Pure: no I/O, no clock.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..core.logtext import is_error_line
from ..core.models import FailedTest
from .catalogue import Signature
from .lines import _NEXT_COMMAND
from .values_time import _DIGITS, _named_without_timing_sign

# A runner's flaky mark that announces a rerun of the failing test ("Flaky test failed, running it
# again"): when the error printed just above it comes back, word for word, below it, the rerun
# failed the same way: the failure reproduced, and the mark speaks for no flakiness.
_FLAKY_MARK_ID = "known-flaky-mark"
_RERUN_ANNOUNCED = re.compile(r"(?i)\b(?:running it again|re-?running|rerun(?:ning)?|retrying|trying (?:it )?again)\b")
_REPEAT_ABOVE = 6
_REPEAT_BELOW = 80
# A summary of the run's flaky tests repeats the first attempt's error after a rerun that passed.
_FLAKY_WORD = re.compile(r"(?i)\bflak(?:y|iness|es)\b")


# A test's own name on a failure line ("-[SessionTests testCancelledUpload]", "test_upload_retries",
# "TestPoolDrain"): an identifier starting with "test", or of 20 or more characters (a long
# descriptive name, of which a shortened evidence line may keep only the tail); never a class or a
# file ("CheckoutTests", "server_integration_test.go:57"), which several tests share.
_TEST_NAME_TOKEN = re.compile(
    r"(?<![\w$])(?:[Tt]est[\w$]{6,}|[A-Za-z_][\w$]{19,})"
    r"(?<![Tt]est)(?<![Tt]ests)(?<!TestCase)(?<!Spec)(?<!Suite)(?<!Fixture)(?![\w$]|\.\w+:)")


# (read on whole log lines, however long: every alternative runs in linear time)
_FAILING_TEST_LINE = re.compile(
    # ((twenty-first round, nested21) Gradle's path of a nested class's test too, "PoolTest > Release > releases() FAILED"
    # (gradle/gradle AbstractTestLogger.getEventPath(): the display names joined by " > "); its suite lines, "PoolTest >
    # Release FAILED", are parents' (_parent_only_lines))
    r"^\s*(?:--- FAIL: \S+|not ok \d+ \S+|\S+(?: > \S+){1,8} FAILED\s*$|(?=\S+::\S)\S+ FAILED\b|[\w$.]+\.\w+\s+FAILED\s*$"
    r"|(?:✗|×) \S+|(?:test )?\S+(?: \([^)\n]*\))? \.\.\. FAIL(?:ED)?\s*$"
    # GoogleTest's "[  FAILED  ] Suite.Test (3 ms)" (not its summary) and Alcotest's boxed "[FAIL]" row
    r"|\[ *FAILED *\] (?!\d+ tests?, listed below)\S+|\W*\[FAIL\]\s+\S"
    # pytest's short summary ("FAILED tests/a.py::test_x - ..."), dotnet test's "Failed Ns.T.M [3 ms]"
    # (also "[< 1 ms]", and a theory's arguments with spaces: "Failed Ns.T.M(a: 1, b: 2) [1 ms]"),
    # RSpec's list of failed examples ("rspec ./spec/a_spec.rb:12 # ...", or by id when the line is
    # ambiguous: "rspec './spec/a_spec.rb[1:2:1]' # ...") and ScalaTest's "- does x *** FAILED ***"
    r"|FAILED (?=\S+::\S)\S+|Failed \S[^\n]*? \[(?:< ?)?\d[^\]\n]{0,20}\]\s*$|rspec '?\./\S+ # "
    r"|(?:\[info\]\s+)?- [^\n]*?\*\*\* FAILED \*\*\*"
    # failing tests in reports that have no timing-named form, beside one that has (a monorepo's
    # Go and Jest steps): Jest's "● Cart › computes the total" (not its "● Console" output),
    # Surefire's "[ERROR] total(com.acme.CartTest)  Time elapsed: 0.01 s  <<< FAILURE!" (and its
    # newer "[ERROR] com.acme.CartTest.total -- Time elapsed: ..."), PHPUnit's "1) Ns\\CartTest::testTotal"
    # and ExUnit's "1) test computes the total (Acme.CartTest)"
    r"|● (?!Console\s*$)\S|\[ERROR\] \S+(?: -- |\s+)Time elapsed: [^\n]*<<< (?:FAILURE|ERROR)!"
    r"|\d+\) [\w\\]+::\w+|\d+\) test [^\n]*\([\w.]+\)\s*$"
    # (names23) the forms the timing-sensitive-test entry now reads a name in, so that a second failing test of the same
    # form whose name says nothing of time stands beside it: gotestsum's "=== FAIL: pkg TestX (0.01s)", Surefire 2.x's
    # "total(com.acme.CartTest)  Time elapsed: ... <<< FAILURE!" without "[ERROR]", sbt junit-interface's "[error] Test
    # com.acme.CartTest.total failed: ...", Vitest's "FAIL  src/a.test.ts > Cart > total", Minitest's "CartTest#test_total
    # [test/cart_test.rb:5]:", NUnit's "1) Failed : Ns.CartTests.Total", xUnit's console "[xUnit.net 00:00:01.23]
    # Ns.CartTests.Total [FAIL]", CTest's "3/9 Test  #3: cart_total ....***Failed" and "  3 - cart_total (Failed)",
    # XCTest's "Test Case '-[CartTests testTotal]' failed (", Playwright's "1) [chromium] › a.spec.ts:4:5 › Cart › total",
    # and Gradle's path of a test named in words ("CartSpec > computes the total FAILED")
    r"|=== FAIL: \S+ \S|[\w$.]+\([\w$.]+\)\s+Time elapsed: [^\n]*<<< (?:FAILURE|ERROR)!|(?:\[error\]\s+)?Test \S+ failed: "
    r"|FAIL\s+\S+ > \S|[A-Z][\w:]{0,200}#test_[^\n\[]{1,300}?(?: \[[^\]\n]{1,400}:\d+\])?:\s*$|\d+\) (?:Failed|Error) : \S"
    r"|\[xUnit\.net [\d:.]+\]\s+\S+ \[FAIL\]|\d+/\d+ Test +#\d+: \S+ \.+\s*\*{3}(?:Failed|Exception|Timeout)"
    r"|\d+ - \S+ \((?:Failed|Timeout|SEGFAULT|Subprocess aborted|Child aborted|OTHER_FAULT)\)\s*$|Test Case '[^'\n]+' failed \("
    r"|\d+\) (?:\[[^\]\n]{1,60}\] › )?\S+:\d+:\d+ › |\S+(?: > [^\n>]{1,300}){1,8} FAILED\s*$)")
_GO_FAILING_TEST = re.compile(r"^\s*--- FAIL: (\S+)")
# (generic 16b) go test -v's lines: a test's header ("=== RUN   TestX", "=== CONT  TestX"), its verdict ("--- PASS: TestX
# (0.40s)", a subtest's indented), a t.Log/t.Error line ("    store_test.go:58: cleanup: HTTP 404: ...", file and line, no
# column), and a package's closing line ("ok  \tpkg\t1.4s", "FAIL\tpkg\t0.4s", "PASS"/"FAIL" alone)
_GO_HEADER = re.compile(r"^\s*=== (?:RUN|CONT|PAUSE|NAME)\s+(\S+)")
_GO_VERDICT = re.compile(r"^(\s*)--- (PASS|FAIL|SKIP): (\S+)")
_GO_TEST_LOG = re.compile(r"^(\s+)[\w./-]*_test\.go:\d+: ")
_GO_PACKAGE_END = re.compile(r"^(?:ok|FAIL|PASS)(?:\s|$)")


# (generic 17b) pytest's failure report quotes the failing function's source: lines indented four spaces or more,
# then the failing one under its ">" mark (">" and at least three spaces, at the line's start), then its "E   " lines.
_PYTEST_MARK = re.compile(r">\s{3,}\S")
_PYTEST_E = re.compile(r"E\s{2,}\S")
# (review 17g) an intermediate frame of a long traceback: its ">" line, then the frame's location ("tests/t.py:5: ") and
# the "_ _ _" rule before the next frame
_PYTEST_FRAME_END = re.compile(r"[\w./\\-]{1,300}\.py:\d+: ?$")
_PYTEST_FRAME_RULE = re.compile(r"(?:_ ){3,}_?\s*$")
# (prec28) where the frame opens: the "_ _ _" rule between a long traceback's frames, or the failing test's header over
# its first one ("____ test_x ____", "____ ERROR at setup of test_x ____"). pytest prints nothing between that opening and
# the frame's ">" line but the function's arguments ("request = <PreparedRequest [GET]>", flush left) and its source
# (indented four spaces): an excerpt that lost its indentation keeps the opening, read from it instead.
_PYTEST_TEST_HEADER = re.compile(r"_{3,} \S[^\n]{0,300}? _{3,}\s*$")
# ... and the lines that say a frame's block is not one: an exception's "E" lines, a frame's location line with the
# exception's name or " in <function>" (an earlier frame or link of a chain), a chained traceback's link
_PYTEST_NOT_FRAME = re.compile(
    r"E\s{2,}\S|[\w./\\-]{1,300}\.py:\d+: \S|(?:During handling of the above exception|The above exception was)\b")
_PYTEST_FRAME_LINES = 200


def _pytest_source_lines(lines: list[str], lowered: str) -> set[int]:
    """The source lines a pytest failure report quotes, each block up to and including its ">" line, where "E   "
    lines follow that line (through indented or blank lines only): the test's or the library's code, its string
    literals included ("fake_smtp.reply_next(421, 'Try again later')"), no outage the job met. The "E" lines, which
    say what was raised, stay evidence."""
    if "\n>" not in lowered and not lowered.startswith(">"):
        return set()
    out: set[int] = set()
    for i, line in enumerate(lines):
        if not _PYTEST_MARK.match(line):
            continue
        j = i + 1
        while j < len(lines) and j <= i + 12 and (not lines[j].strip() or lines[j][:4] == "    "):
            j += 1
        if j >= len(lines):
            continue
        if not _PYTEST_E.match(lines[j]):
            if not _PYTEST_FRAME_END.match(lines[j]):
                continue
            m = j + 1
            while m < len(lines) and m <= j + 2 and not lines[m].strip():
                m += 1
            if m >= len(lines) or not _PYTEST_FRAME_RULE.match(lines[m]):
                continue
        out.add(i)
        k = i - 1
        # ((prec28) as far as the unindented walk's reach: pytest prints the whole function, a library's send() of a
        # hundred lines with its docstring as well)
        while k >= 0 and k > i - _PYTEST_FRAME_LINES and (not lines[k].strip() or lines[k][:4] == "    "):
            out.add(k)
            k -= 1
        out.update(_unindented_frame(lines, k, i))
    return out


def _unindented_frame(lines: list[str], k: int, mark: int) -> range:
    """(prec28) The lines of a pytest frame above its ">" line at ``mark`` that the indented walk stopped short of at
    ``k``: from the frame's opening (_PYTEST_FRAME_RULE or _PYTEST_TEST_HEADER, within _PYTEST_FRAME_LINES above the
    mark) down to ``k``, where no line between is an "E" line, a frame's location or a chain's link
    (_PYTEST_NOT_FRAME); the function's arguments and its source, whatever their indentation. Empty otherwise."""
    for j in range(k, max(-1, mark - _PYTEST_FRAME_LINES), -1):
        line = lines[j][:400]
        if _PYTEST_FRAME_RULE.match(line) or _PYTEST_TEST_HEADER.match(line):
            return range(j + 1, k + 1)
        if _PYTEST_NOT_FRAME.match(line) or _PYTEST_MARK.match(line):
            return range(0)
    return range(0)


# (xfail21b) review 17g's pt-src-short-tb-literal: pytest's --tb=short report quotes one source line of each frame, under
# the frame's "path.py:N: in name" line and without a ">" mark ("tests/test_banner.py:6: in test_banner" / "    fake.
# reply(503, 'Service Temporarily Unavailable')" / "E   TypeError: ..."; recalled): read as the long form's, only where
# the next line is another frame's line or the "E" lines, as pytest prints them.
_PYTEST_SHORT_FRAME = re.compile(r"^\S{1,500}\.py:\d+: in \S{1,300}\s*$")


def _pytest_short_source_lines(lines: list[str], lowered: str) -> set[int]:
    """(xfail21b) The source lines pytest's --tb=short report quotes (the line under each "path.py:N: in name" frame
    line, followed by another frame's line, the "E" lines or (prec28) the "_ _ _" rule): code, its string literals
    included, no outage."""
    if ".py:" not in lowered or ": in " not in lowered:
        return set()
    out: set[int] = set()
    for i in range(len(lines) - 2):
        if not _PYTEST_SHORT_FRAME.match(lines[i][:2000]):
            continue
        source, after = lines[i + 1], lines[i + 2]
        # ((prec28) or the "_ _ _" rule: --tb=auto's short frames above the long last one; and a source line that lost
        # its indentation in an excerpt, where it is no "E" line, frame or rule itself)
        if source.strip() and (source[:4] == "    " or not (
                _PYTEST_NOT_FRAME.match(source[:400]) or _PYTEST_FRAME_RULE.match(source[:400]))) and (
                _PYTEST_E.match(after) or _PYTEST_SHORT_FRAME.match(after[:2000]) or _PYTEST_FRAME_RULE.match(after[:400])):
            out.add(i + 1)
    return out


# (xfail 17b) Jest's default reporter prints a test file's verdict ("PASS src/a.test.ts", "FAIL ...") and then the
# console output of that file, each call as a block: "  console.warn" alone on its line, the message and the call's
# frame indented deeper below it.
_JEST_FILE_VERDICT = re.compile(r"^\s*(PASS|FAIL)\s+\S")
_JEST_CONSOLE = re.compile(r"^(\s*)console\.(?:log|warn|error|info|debug|trace)\s*$")


def _passing_jest_console_lines(lines: list[str], lowered: str) -> set[int]:
    """The console blocks Jest printed under a test file that passed: the code's or the test's own logging (a refused
    grant a test provoked, a fallback's warning), no failure the job met, as a passing go test's t.Log lines. A block
    runs from its "console.x" line over the blank lines and the lines indented deeper than it; under a FAIL verdict
    the blocks stay evidence (the logged error may be the failing test's cause)."""
    if "console." not in lowered or "pass " not in lowered:
        return set()
    out: set[int] = set()
    last_header = -1
    passed = False
    indent: int | None = None
    for i, line in enumerate(lines):
        if indent is not None:
            if not line.strip() or len(line) - len(line.lstrip()) > indent:
                out.add(i)
                continue
            indent = None
        v = _JEST_FILE_VERDICT.match(line)
        if v:
            # (review 17h) in --verbose Jest prints a file's console blocks as they happen, above that file's own
            # header: the blocks above a FAIL header may be the failing file's, so they stay evidence
            if v.group(1) == "FAIL":
                out = {j for j in out if j < last_header}
            passed = v.group(1) == "PASS"
            last_header = i
            continue
        c = _JEST_CONSOLE.match(line)
        if c and passed:
            indent = len(c.group(1))
            out.add(i)
    return out


# (left31) ... and under a FAIL verdict, the console blocks of a test whose failure is its own assertion's diff: Jest's
# matcher hint ("expect(received).toBe(expected) // Object.is equality", "expect(jest.fn()).toHaveBeenCalledTimes(expected)")
# over the values compared, the report of a value the test did not expect, not of an error the job met
_JEST_TEST_HEAD = re.compile(r"^\s*\u25cf\s+\S")
_JEST_MATCHER_HINT = re.compile(
    r"^\s*expect\((?:received|jest\.fn\(\)|vi\.fn\(\)|spy|mock)\)(?:\.not)?(?:\.resolves|\.rejects)?(?:\.not)?\.\w+\(")
_JEST_RUN_END = re.compile(r"^\s*(?:Tests?|Test Suites|Snapshots|Time|Ran all test suites)\b[:.]?")
def _failing_jest_console_lines(lines: list[str], lowered: str) -> set[int]:
    """(left31) The console blocks Jest printed for a failing test whose failure is its own assertion's diff (an expect()
    matcher's hint below the block, in the same test's report): what the test's stub or the code under test logged while
    the test got a value it did not expect (a stubbed SDK's "ThrottlingException: Rate exceeded", a fake server's refusal
    on the loopback), its output, not the failure. A block inside a test's report ("● suite › test", then "console.warn")
    belongs to that test: that report must hold the hint. A block under a file's FAIL verdict, above the file's reports,
    belongs to the file: every report of the file (to the next file's verdict or the run's summary) must hold one. A
    report that shows an error thrown (no hint) keeps the blocks evidence. Two passes over the lines."""
    if "console." not in lowered or "expect(" not in lowered:
        return set()
    # first pass: each line's report (-1: none, the file's part above its reports) and scope (a file's or run's part)
    report_of: list[int] = []
    scope_of: list[int] = []
    hinted: list[bool] = []  # per report: the matcher's hint in it
    scope_reports: list[list[int]] = [[]]
    report = -1
    for line in lines:
        if _JEST_FILE_VERDICT.match(line) or _JEST_RUN_END.match(line):
            scope_reports.append([])
            report = -1
        elif _JEST_TEST_HEAD.match(line):
            report = len(hinted)
            hinted.append(False)
            scope_reports[-1].append(report)
        elif report >= 0 and not hinted[report] and _JEST_MATCHER_HINT.match(line):
            hinted[report] = True
        report_of.append(report)
        scope_of.append(len(scope_reports) - 1)
    # second pass: the console blocks, each with the report or the file part it stands in
    out: set[int] = set()
    i, n = 0, len(lines)
    while i < n:
        c = _JEST_CONSOLE.match(lines[i])
        if c is None:
            i += 1
            continue
        indent = len(c.group(1))
        j = i + 1
        while j < n and (not lines[j].strip() or len(lines[j]) - len(lines[j].lstrip()) > indent):
            j += 1
        r = report_of[i]
        reports = scope_reports[scope_of[i]]
        if hinted[r] if r >= 0 else (bool(reports) and all(hinted[k] for k in reports)):
            out.update(range(i, j))
        i = j
    return out


# (left31) ... and the same for vstest's console logger (dotnet test): a failed test's "Standard Output Messages:" under
# its "Error Message:" that is an assertion's diff (xUnit's "Assert.Equal() Failure", NUnit's "Expected: ... But was:",
# MSTest's "Assert.AreEqual failed."), as Microsoft.TestPlatform's console logger prints them (recalled)
_VSTEST_RESULT = re.compile(r"^\s*(?:Failed|Passed|Skipped)\s+\S|^\s*(?:Failed|Passed)!\s+-|^\s*Total tests:")
_VSTEST_SECTION = re.compile(r"^\s*(Error Message|Stack Trace|Standard Output Messages|Standard Error Messages|"
                             r"Debug Traces Messages|Additional Information Messages):\s*$")
_VSTEST_ASSERT_DIFF = re.compile(r"^\s*(?:Assert\.\w+\(\)(?: Failure\b)|Assert\.\w+ failed\.|Expected:\s|But was:\s)")


def _failing_vstest_output_lines(lines: list[str], lowered: str) -> set[int]:
    """(left31) The lines of a failed test's "Standard Output Messages:" (and "Standard Error Messages:") in vstest's
    console report, where that test's "Error Message:" is its own assertion's diff: the output the test's stub or the code
    printed while the test got a value it did not expect, not the failure. One pass over the lines."""
    if "output messages:" not in lowered and "error messages:" not in lowered:
        return set()
    out: set[int] = set()
    section = ""
    diff = False
    for i, line in enumerate(lines):
        if _VSTEST_RESULT.match(line):
            section, diff = "", False
            continue
        m = _VSTEST_SECTION.match(line)
        if m:
            section = m.group(1)
            continue
        if section == "Error Message" and not diff and _VSTEST_ASSERT_DIFF.match(line):
            diff = True
        elif section in ("Standard Output Messages", "Standard Error Messages") and diff:
            out.add(i)
    return out


def _passing_go_test_lines(lines: list[str], lowered: str) -> set[int]:
    """The t.Log lines of go tests that passed: a test's own words (a cleanup's 404, the tool output it parses), no
    failure the job met. A line belongs to the test its nearest header above names (go test -v prints one before a
    test's lines, and again when a parallel test's output resumes); it is skipped only where that test's (or its parent
    test's) next verdict below is a PASS, in the same package's output. Go before 1.14 printed a passing test's lines
    under its "--- PASS:" verdict, indented deeper: those are skipped too. Two passes over the lines, no regex across them."""
    if "--- pass:" not in lowered:
        return set()
    owner: dict[int, str] = {}
    current: str | None = None
    under_pass: int | None = None  # the indent of the "--- PASS:" verdict whose lines follow (Go < 1.14)
    out: set[int] = set()
    for i, line in enumerate(lines):
        h = _GO_HEADER.match(line)
        if h:
            current, under_pass = h.group(1), None
            continue
        v = _GO_VERDICT.match(line)
        if v:
            under_pass = len(v.group(1)) if v.group(2) == "PASS" else None
            continue
        if _GO_PACKAGE_END.match(line):
            current, under_pass = None, None
            continue
        t = _GO_TEST_LOG.match(line)
        if t is None:
            continue
        if under_pass is not None and len(t.group(1)) > under_pass:
            out.add(i)
        elif current is not None:
            owner[i] = current
    if not owner:
        return out
    below: dict[str, str] = {}  # test name -> the verdict of its next verdict line below
    for i in range(len(lines) - 1, -1, -1):
        v = _GO_VERDICT.match(lines[i])
        if v:
            below[v.group(3)] = v.group(2)
            continue
        if _GO_PACKAGE_END.match(lines[i]):
            below.clear()
            continue
        name = owner.get(i)
        if name is None:
            continue
        # the test's own verdict, else its parent's: a parent passes only when every subtest did
        parts = name.split("/")
        for k in range(len(parts), 0, -1):
            verdict = below.get("/".join(parts[:k]))
            if verdict is not None:
                if verdict == "PASS":
                    out.add(i)
                break
    return out
# (twentieth round, leftovers20) go test -v streams a test's t.Log lines as they happen, above its verdict; a test whose
# own goroutine panicked gets no verdict (the panic ends the test binary) or, when testing's tRunner recovered the
# panic, a "--- FAIL:" line right above "panic: ... [recovered". Its lines above the panic are then the test's own
# words, as a passing test's are, unless they read as a check's message (t.Error's output looks the same under -v).
_GO_PANIC_LINE = re.compile(r"^panic: ")
_GO_RECOVERED_PANIC = re.compile(r"^panic: .{0,300}\[recovered")
# (review 20e) and a check's other common words: "wants"/"need" ("left 3 events, wants none"), a value set against
# another (", not node-1", "instead of"), "cannot"/"unable"/"bad"/"incorrect" (a t.Errorf message with none of the
# first list read as the test's chatter and let the panic read transient)
_GO_CHECK_WORDS = re.compile(
    r"(?i)\b(?:want(?:s|ed)?|expect(?:s|ed|ing)?|got|mismatch(?:ed)?|unexpected(?:ly)?|not equal|should(?:n't)?|must|"
    r"fail(?:s|ed|ure)?|errors?|err|differ(?:s|ent)?|diff|invalid|wrong|missing|timed? ?out|"
    r"need(?:s|ed)?|instead|cannot|can't|could ?n[o']t|unable|bad|incorrect)\b|!=|, not\b|Error Trace")


def _recovered_panic_below(lines: list[str], j: int) -> bool:
    """(review 20e) Whether a recovered panic stands at ``j``, or right below the "--- FAIL:" verdicts of a panicking
    subtest's parents there (tRunner prints the subtest's verdict, then each parent's, then re-panics)."""
    end = min(len(lines), j + 6)
    while j < end and (v := _GO_VERDICT.match(lines[j])) is not None and v.group(2) == "FAIL":
        j += 1
    return j < len(lines) and _GO_RECOVERED_PANIC.match(lines[j]) is not None


def _panicking_go_test_lines(lines: list[str], lowered: str) -> set[int]:
    """The t.Log lines of the test whose goroutine panicked: under go test -v, the lines of the test its nearest header
    names that no verdict of their own follows before a "panic:" line (or only the test's "--- FAIL:" right above a
    recovered panic); without -v, the lines printed under a test's "--- FAIL:" verdict right above a recovered panic. A
    line with a check's words (want, got, expected, error, mismatch...) stays evidence: t.Errorf prints the same form.
    One pass over the lines, no regex across them."""
    if "panic: " not in lowered:
        return set()
    out: set[int] = set()
    current: str | None = None
    pending: list[int] = []
    under_fail = False  # the lines follow a "--- FAIL:" verdict: only a recovered panic right below releases them
    for i, line in enumerate(lines):
        h = _GO_HEADER.match(line)
        if h:
            current, pending, under_fail = h.group(1), [], False
            continue
        v = _GO_VERDICT.match(line)
        if v:
            if v.group(2) == "FAIL" and v.group(3) == current and _recovered_panic_below(lines, i + 1):
                out.update(pending)
            current, pending, under_fail = (v.group(3), [], True) if v.group(2) == "FAIL" else (None, [], False)
            continue
        if _GO_PANIC_LINE.match(line):
            if not under_fail or _GO_RECOVERED_PANIC.match(line):
                out.update(pending)
            current, pending, under_fail = None, [], False
            continue
        if _GO_PACKAGE_END.match(line):
            current, pending, under_fail = None, [], False
            continue
        if current is not None and _GO_TEST_LOG.match(line) and not _GO_CHECK_WORDS.search(line):
            pending.append(i)
    return out


# ScalaTest names the failing test in words and its suite only in the message below it, which ends
# with the suite's file ("7.0 was not greater than 10 (ConcurrencyEndToEndTest.scala:87)"): a failing
# test is read with its message, up to that file or the next failing test.
_SCALATEST_FAILED = re.compile(r"^\s*(?:\[info\]\s+)?- [^\n]*?\*\*\* FAILED \*\*\*")
_SCALATEST_FILE = re.compile(r"\(\w+\.scala:\d+\)\s*$")
_SCALATEST_MESSAGE_LINES = 8

# A runner's line for one attempt of one test: Gradle's "CartTest > adds() FAILED" / "... PASSED",
# cargo-nextest's "        FAIL [   0.2s] crate::bin name" / "  TRY 2 PASS [   0.1s] crate::bin name"
# (its status right-aligned in twelve columns). A test whose failed attempt a later attempt passed
# was retried and passed: the lines its failed attempt printed are the flake's, not the job's failure.
_GRADLE_ATTEMPT = re.compile(r"^(\S[^\n]{0,300}? > [^\n]{1,300}?) (FAILED|PASSED)\s*$")
_NEXTEST_ATTEMPT = re.compile(
    r"^\s*((?:TRY \d+ )?(?:PASS|FAIL|TMT|TIMEOUT|SIG[A-Z]+|ABORT))\s+\[\s*[\d.]+s\]\s+(?:\(\s*\d+/\s*\d+\)\s+)?(\S+ \S+)\s*$")
# (flaky33) gotestsum --rerun-fails in its testname format (testjson/format.go): "FAIL pkg.TestX (0.52s)", then
# "PASS pkg.TestX (re-run 1) (0.31s)" where a re-run passed
_GOTESTSUM_ATTEMPT = re.compile(r"^(PASS|FAIL) (\S{1,300}\.\S{1,300}) (?:\(re-run \d+\) )?\([\d.]+s\)\s*$")
# flaky (pytest) reports each attempt of a test it reruns: "test_x failed (1 runs remaining out of
# 2)." (the exception indented below it), "test_x passed 1 out of the required 1 times. Success!",
# "test_x failed; it passed 0 out of the required 1 times." (box/flaky flaky/_flaky_plugin.py)
_FLAKY_PLUGIN_ATTEMPT = re.compile(
    r"^(\S{1,300}) (?:failed(?: \(\d+ runs? remaining out of \d+\)|; it passed \d+ out of the required \d+ times"
    r"| and was not selected for rerun)|(passed) \d+ out of the required \d+ times)\.")
# Jest's " LOGGING RETRY ERRORS " block (logErrorsBeforeRetry): the errors of attempts that were
# retried, up to the test file's PASS or FAIL line (a final failure is reported again below that).
# Surefire's runs of a rerun test ("[ERROR]   Run 1: CartIT.adds:31 Connection reset", "[INFO]   Run
# 2: PASS"; maven-surefire DefaultReporterFactory.java): the failed runs before a run that passed.
_SUREFIRE_RUN = re.compile(r"^\W*(?:\[\w+\]\s+)?Run \d+: (PASS\s*$)?")
_JEST_RETRY_ERRORS = re.compile(r"^\s*LOGGING RETRY ERRORS\b(.{0,300})")
# (flaky33) The mark of an attempt's key whose runner has no option that fails a run on a flake
_NO_POLICY = "\0no-policy\0"
# (flaky33) Cypress' spec reporter under test retries (documented; its system tests' snapshots): a failed attempt
# "(Attempt N of M) <title>", then "✓ <title>" (with its time where slow) when a later attempt passed, or "N) <title>"
# when the last one failed
_CYPRESS_ATTEMPT = re.compile(r"^\s*\(Attempt \d+ of \d+\) (\S.{0,300}?)\s*$")
_CYPRESS_END = re.compile(r"^\s*(?:([✓✔])|\d+\)) (\S.{0,300}?)(?: \(\d+ ?m?s\))?\s*$")
# (Jest pads its coloured status, " FAIL  src/a.test.ts", with a space on each side)
_JEST_FILE_RESULT = re.compile(r"^\s*(?:PASS|FAIL) {1,2}\S")
# Where a new run of tests begins: an attempt before it and one after it are two runs, not a retry
# (cargo-nextest's "Starting 40 tests across 3 binaries" and its closing "Summary [", after which it
# lists final statuses; cargo-hack's "info: running `cargo nextest run --all-features` on x (2/2)";
# pytest's session header; the next command a script runs)
_RUN_START = re.compile(
    r"^\s*(?:Starting \d+ tests? across \d+ binar(?:y|ies)\b|Summary \[|=+ test session starts =+)"
    r"|^info: running `")
# flaky's report of a test that failed for good ("... failed; it passed 0 out of the required 1
# times.", "... failed and was not selected for rerun."): a later line of the same name is another
# test of that name (flaky names a test by its function's name alone, which other files share)
_FLAKY_PLUGIN_FINAL = re.compile(r"^\S{1,300} failed(?:; it passed \d+ out of the required| and was not selected for rerun)")


# Where a test task's own failure follows the last passing attempt: Gradle's count and its "There
# were failing tests" (the task fails on a test that passed after a retry: failOnPassedAfterRetry).
# (flaky33) ... and gotestsum's closing count over all its runs ("DONE 2 runs, 412 tests, 1 failure in 38.1s",
# testjson/summary.go), which counts the failed attempts of tests a re-run passed
_RETRIED_TASK_END = re.compile(r"^\s*(?:\d+ tests? completed, \d+ failed\b|>?\s*There were failing tests\b|DONE \d+ runs, )")
_ATTEMPT_BLOCK_LINES = 40


def _attempt_block(lines: list[str], idx: int) -> range:
    """Line ``idx`` (a test's failure line) and the lines below it that belong to it, at most
    _ATTEMPT_BLOCK_LINES: blank lines and lines indented deeper than it; under cargo-nextest's
    status (right-aligned, deeper than the output it prints) the indented lines up to the next one."""
    head = lines[idx]
    nextest = _NEXTEST_ATTEMPT.match(head) is not None
    depth = len(head) - len(head.lstrip())
    end = idx + 1
    while end < len(lines) and end - idx <= _ATTEMPT_BLOCK_LINES:
        line = lines[end]
        if line.strip():
            indent = len(line) - len(line.lstrip())
            if nextest and (not indent or _NEXTEST_ATTEMPT.match(line)
                            or line.lstrip().startswith(("Summary [", "────"))):
                break
            if not nextest and indent <= depth:
                break
        end += 1
    return range(idx, end)


def _survived_attempts(lines: list[str]) -> tuple[set[int], int, bool]:
    """The lines of failed test attempts that a later attempt of the same test passed (Gradle's and
    cargo-nextest's attempt lines, Surefire's runs, flaky's report, Jest's logged retry errors),
    and, when every test that failed an attempt (by Gradle's, nextest's, flaky's, (flaky33) Jest's, Cypress' or
    gotestsum's lines) passed a later one, the line where the runner's run ends after them (else -1), and whether
    one of those tests is a runner's that can fail a run on a flake (Gradle's test-retry plugin, nextest; flaky's, as
    read before): (flaky33) Jest, Cypress and gotestsum pass the run then (signatures.toml passed-on-retry-run-passed)."""
    last: dict[tuple[int, str], tuple[bool, int]] = {}
    failures: dict[tuple[int, str], list[int]] = {}
    survived: set[int] = set()
    # (Gradle's task header, a new nextest or pytest run, the script's next command: a test of the
    # same name in another task or run is another run)
    task = 0
    retired: dict[str, int] = {}  # (a name flaky reported failed for good: later lines are another test's)
    runs: list[int] = []
    cypress = False  # (a Cypress attempt seen: its pass and failure lines are looked for below it)
    for i, line in enumerate(lines):
        if len(line) > 700:
            continue
        if line.startswith("> Task :") or _RUN_START.match(line) or (
                _NEXT_COMMAND.match(line) and not line[:1].isspace() and not line.startswith("> ")):
            task += 1
            continue
        if (jm := _JEST_RETRY_ERRORS.match(line)) is not None:
            j = i + 1
            while j < len(lines) and not _JEST_FILE_RESULT.match(lines[j]) and not _JEST_RETRY_ERRORS.match(lines[j]):
                j += 1
            if j < len(lines):  # (a block the excerpt cuts off says nothing of how the test ended)
                survived.update(range(i, j))
                # (flaky33) the retried test's attempt, and how its file ended: a file that passed passed the test on
                # a retry; a file that failed may have failed on this test (its "●" title below says so), so the
                # attempt then counts as failed
                key = (task, _NO_POLICY + "jest\0" + jm.group(1).strip())
                failures.setdefault(key, []).append(i)
                last[key] = (lines[j].lstrip().startswith("PASS"), j)
            continue
        if line.lstrip().startswith("(Attempt ") and (m := _CYPRESS_ATTEMPT.match(line)) is not None:
            # (flaky33) Cypress' failed attempt of a test it retries ("(Attempt 1 of 3) <title>"); the same title under
            # a pass mark ("✓ <title>") or numbered as failing ("1) <title>") says how it ended
            key = (task, _NO_POLICY + "cypress\0" + m.group(1))
            cypress = True
            failures.setdefault(key, []).append(i)
            last[key] = (False, i)
            continue
        if cypress and (m := _CYPRESS_END.match(line)) is not None \
                and (task, _NO_POLICY + "cypress\0" + m.group(2)) in failures:
            last[(task, _NO_POLICY + "cypress\0" + m.group(2))] = (m.group(1) is not None, i)
            continue
        if (m := _SUREFIRE_RUN.match(line)) is not None:
            runs.append(i)
            if m.group(1):
                # (flaky33) the failed runs; the run that passed is the runner's word that the test flaked
                survived.update(runs[:-1])
                # (the next "Run 1:" is another test's: its runs start afresh, which also keeps a long list of
                # flakes linear instead of adding every earlier test's runs again at each pass)
                runs = []
            continue
        runs = []
        if line.rstrip().endswith(("FAILED", "PASSED")) and (m := _GRADLE_ATTEMPT.match(line)) is not None:
            name, passed = m.group(1), m.group(2) == "PASSED"
        elif (m := _NEXTEST_ATTEMPT.match(line)) is not None:
            name, passed = m.group(2), m.group(1).endswith("PASS")
        elif (m := _FLAKY_PLUGIN_ATTEMPT.match(line)) is not None:
            name, passed = m.group(1), m.group(2) is not None
        elif line.startswith(("PASS ", "FAIL ")) and (m := _GOTESTSUM_ATTEMPT.match(line)) is not None:
            name, passed = _NO_POLICY + "gotestsum\0" + m.group(2), m.group(1) == "PASS"
        else:
            continue
        key = (task, name + "\0" * retired.get(name, 0))
        if not passed:
            failures.setdefault(key, []).append(i)
        last[key] = (passed, i)
        if not passed and _FLAKY_PLUGIN_FINAL.match(line):
            retired[name] = retired.get(name, 0) + 1
    flaked = [n for n in failures if last[n][0]]
    for name in flaked:
        for idx in failures[name]:
            survived.update(_attempt_block(lines, idx))
    if not flaked or len(flaked) < len(failures):
        return survived, -1, False
    end = max(last[n][1] for n in flaked)
    for j in range(end + 1, min(len(lines), end + 1 + _ATTEMPT_BLOCK_LINES)):
        if _RETRIED_TASK_END.match(lines[j]):
            end = j
    return survived, end, any(not name.startswith(_NO_POLICY) for _, name in flaked)


# (twenty-third round, retry23) Retry tools with no option that fails a run on a test that passed on a retry, whose
# report still prints the failed attempt's error: pytest-retry (str0zzapreti/pytest-retry pytest_retry/retry_plugin.py
# RetryManager.messages: "\t<name> failed on attempt N! Retrying!", "\t<name> failed after N attempts!", "\t<name>
# passed on attempt N!", each with the attempt's trace below it, tab-indented, up to a blank line) and gotestsum
# --rerun-fails (gotestyourself/gotestsum testjson/summary.go: the "=== Failed" section lists every failed run of a test,
# "=== FAIL: <pkg> <Test> (re-run N) (Ds)" from the second on, its output indented below; "DONE R runs, ..." closes it; a
# rerun runs only the tests the run before failed, so a test whose last listed failure is in an earlier run than the
# last one passed on the next). Their failed attempts' lines are the flake's, not the job's failure; no end of a run is
# returned for them (the job did not fail on those tests, the log shows no policy that would make it).
_PYTEST_RETRY_ATTEMPT = re.compile(
    r"^\t(\S{1,300}) (?:failed on attempt \d+! Retrying!|failed after \d+ attempts!|(passed) on attempt \d+!)\s*$")
_GOTESTSUM_FAILED = re.compile(r"^=== FAIL: (\S{1,300}) (\S{1,300})(?: \(re-run (\d+)\))? \([\d.]+s\)\s*$")
_GOTESTSUM_DONE = re.compile(r"^DONE (\d+) runs, ")
_GOTESTSUM_BLOCK_LINES = 40
# (review23_c) Microsoft.Testing.Extensions.Retry (microsoft/testfx src/Platform/Microsoft.Testing.Extensions.Retry/
# Resources/ExtensionResources.resx, as the twenty-third round read it: "Flaky tests:" and "  {0} (failed -> passed)"
# for a test that failed an attempt and passed a later one): that test's failed attempts as the platform's terminal
# output prints them ("failed <name> (31ms)" with its indented error below; recalled, as tests/unit/test_rules23_retries
# .py writes it) are the flake's lines. Assumption: the extension has no option failing a run on such a test.
_MTP_FLAKY = re.compile(r"^\s+(\S{1,300}) \(failed -> passed\)\s*$")
_MTP_FAILED = re.compile(r"^\s*failed (\S{1,300}) \(")


def _survived_without_policy(lines: list[str]) -> set[int]:
    """(retry23) The lines of failed attempts, in pytest-retry's report and gotestsum's "=== Failed" section, of tests
    that a later attempt passed (see above); (review23_c) and the .NET retry extension's."""
    out: set[int] = set()
    attempts: dict[str, list[tuple[bool, int]]] = {}
    runs: dict[tuple[str, str], list[tuple[int, int]]] = {}
    done = 0
    mtp_failed: dict[str, list[int]] = {}
    mtp_flaky: set[str] = set()
    for i, line in enumerate(lines):
        if len(line) > 700:
            continue
        if "(failed -> passed)" in line and (m := _MTP_FLAKY.match(line)) is not None:
            mtp_flaky.add(m.group(1))
            continue
        if line.lstrip().startswith("failed ") and (m := _MTP_FAILED.match(line)) is not None:
            mtp_failed.setdefault(m.group(1), []).append(i)
            continue
        if line.startswith("\t") and (m := _PYTEST_RETRY_ATTEMPT.match(line)) is not None:
            attempts.setdefault(m.group(1), []).append((m.group(2) is not None, i))
        elif line.startswith("=== FAIL: ") and (m := _GOTESTSUM_FAILED.match(line)) is not None:
            runs.setdefault((m.group(1), m.group(2)), []).append((int(m.group(3) or 0), i))
        elif line.startswith("DONE ") and (m := _GOTESTSUM_DONE.match(line)) is not None:
            done = int(m.group(1))
    for tries in attempts.values():
        if not tries[-1][0]:
            continue
        for passed, idx in tries:
            if passed:
                continue
            end = idx + 1  # (the attempt's trace, tab-indented like its header, up to a blank line)
            while end < len(lines) and end - idx <= _ATTEMPT_BLOCK_LINES and lines[end].strip() \
                    and not _PYTEST_RETRY_ATTEMPT.match(lines[end][:700]):
                end += 1
            out.update(range(idx, end))
    for failed in runs.values():
        if done < 2 or max(run for run, _ in failed) >= done - 1:
            continue
        for _, idx in failed:
            end = idx + 1
            while end < len(lines) and end - idx <= _GOTESTSUM_BLOCK_LINES and (
                    not lines[end].strip() or lines[end][:1].isspace()):
                end += 1
            out.update(range(idx, end))
    for name in mtp_flaky:
        for idx in mtp_failed.get(name, ()):
            end = idx + 1  # (the attempt's error, indented under it)
            while end < len(lines) and end - idx <= _ATTEMPT_BLOCK_LINES and lines[end][:1].isspace() \
                    and lines[end].strip():
                end += 1
            out.update(range(idx, end))
    return out


def _failing_names(line: str) -> list[str]:
    """The names a failing-test line gives its test: go test's, Gradle's "Class > method", or the
    identifiers that look like a test's name."""
    if (m := _GO_FAILING_TEST.match(line)) is not None:
        return [m.group(1).split("/")[0]]
    if (m := _GRADLE_ATTEMPT.match(line.strip())) is not None:
        return [m.group(1)]
    return _TEST_NAME_TOKEN.findall(line)


def _names_whole(name: str, text: str) -> bool:
    """Whether ``text`` holds ``name`` with no word character right before or after it."""
    start = text.find(name)
    while start >= 0:
        end = start + len(name)
        if not (start and (text[start - 1].isalnum() or text[start - 1] in "_$")) and not (
                end < len(text) and (text[end].isalnum() or text[end] in "_$")):
            return True
        start = text.find(name, start + 1)
    return False


def _marked_elsewhere_failed(lines: list[str], marked: list[int]) -> set[int] | None:
    """With flaky or quarantine marks at ``marked`` that name their tests: when a failing-test line
    names a test none of the marks names, the lines of the marked tests' failures (to be dropped
    with the marks); else None (the marks name no test, or only marked tests failed)."""
    texts = [lines[i] for i in marked]
    # (a mark on a failing test's own line, as a summary's "[FAIL] ... [Flaky] ..." row: another row
    # of the same form without the mark is another failing test)
    forms = {lines[i].split(None, 1)[0] for i in marked if _FAILING_TEST_LINE.match(lines[i])}
    # ((hold31a) a name in capitals and underscores only is a setting's, an environment variable's, "strict mode counts
    # the first attempt (ACME_QUARANTINE_STRICT=1)": no test's name)
    # ((hold31a) or a failing-test line's name the marks name whole, "Ring.Push" in "note: Ring.Push has the 'flaky' label")
    if not forms and not any(any(re.search(r"[a-z]", m.group()) for m in _TEST_NAME_TOKEN.finditer(t[:2000]))
                             or _GO_FAILING_TEST.match(t) for t in texts) and not any(
            len(line) <= 700 and _FAILING_TEST_LINE.match(line) and any(
                _names_whole(n, t) for n in (_failing_names(line) or _name_words(line)) for t in texts)
            for i, line in enumerate(lines) if i not in marked):
        return None
    own: set[int] = set()  # (and what a mark line reports indented under it: flaky's exception)
    for i in marked:
        own.update(_attempt_block(lines, i))
    other = False
    parents: set[int] | None = None
    for i, line in enumerate(lines):
        if len(line) > 700 or i in own or not _FAILING_TEST_LINE.match(line):
            continue
        if parents is None:
            parents = _parent_only_lines(lines)
        if i in parents:
            continue  # ((twenty-first round, nested21) a parent's line reporting only its children's failure)
        # ((hold31a) a runner's line whose name _failing_names does not take, CTest's "Test  #5: Codec.Decode ....***Failed":
        # its words of a name's characters, 8 or more with a letter)
        names = _failing_names(line) or _name_words(line)
        # (the whole name: a mark on "test_pull_rejects_bad_sha" does not name "test_pull")
        if names and any(_names_whole(n, t) for n in names for t in texts):
            own.update(_attempt_block(lines, i))
        elif names or line.split(None, 1)[0] in forms:
            other = True
    return own if other else None


_NAME_WORD = re.compile(r"(?<![\w.:$/-])[A-Za-z_$][\w.:$/-]*")


def _name_words(line: str) -> list[str]:
    """(hold31a) The words of a failing-test line that may be a test's name: 8 or more of a name's characters, opening
    on a letter (not a duration's "60.000s.") ("Codec.DecodesEmptyFrame" in CTest's "Test  #5: Codec.DecodesEmptyFrame ....***Failed"), and a dotted
    name's shorter forms that keep a class and its method ("BusTests.Delivers" of "Acme.Tests.BusTests.Delivers", as
    a quarantine list names it)."""
    out: list[str] = []
    for w in _NAME_WORD.findall(line[:700]):
        w = w.rstrip(".:/-")
        if len(w) < 8:
            continue
        out.append(w)
        parts = w.split(".")
        out.extend(".".join(parts[k:]) for k in range(1, len(parts) - 1) if parts[k][:1].isalpha())
    return out


def _only_marked_failed(lines: list[str], marked: list[int]) -> bool:
    """(hold31a) Whether flaky or quarantine marks at ``marked`` name the failing tests, every one: at least one
    failing-test line, and each failing-test line's names named whole by a mark (the readings of
    _marked_elsewhere_failed)."""
    texts = [lines[i][:2000] for i in marked]
    parents: set[int] | None = None
    named = False
    for i, line in enumerate(lines):
        if len(line) > 700 or i in marked or not _FAILING_TEST_LINE.match(line):
            continue
        if parents is None:
            parents = _parent_only_lines(lines)
        if i in parents:
            continue
        # (a name of at least 8 characters, "WorkerPool.StressShutdown", "test_broadcast_order": not "test" or "run")
        # ((a runner's line whose name _failing_names does not take, CTest's "Test  #6: Pool.Stress ....***Failed",
        # gtest's "[  FAILED  ] Pool.Stress (2406 ms)": its words of a name's characters))
        names = [n for n in (_failing_names(line) + _name_words(line)) if len(n) >= 8]
        if not names or not any(_names_whole(n, t) for n in names for t in texts):
            return False
        named = True
    return named


def _failed_again(lines: list[str], idx: int) -> bool:
    """Whether the flaky mark at ``idx`` announces a rerun that failed the same way: an error line
    among the few above it recurs below it (its numbers aside: durations, addresses, counts)."""
    if not _RERUN_ANNOUNCED.search(lines[idx]):
        return False
    above = [_DIGITS.sub("#", ln.strip()) for ln in lines[max(0, idx - _REPEAT_ABOVE) : idx]
             if len(ln.strip()) > 12 and len(ln) < 2000 and is_error_line(ln)]
    if not above:
        return False
    below: set[str] = set()
    for ln in lines[idx + 1 : idx + 1 + _REPEAT_BELOW]:
        if _FLAKY_WORD.search(ln[:2000]):
            break  # (the rerun's output ends at the next mark or at a list of the flaky tests)
        if len(ln) < 2000:
            below.add(_DIGITS.sub("#", ln.strip()))
    return any(a in below for a in above)


# (twenty-first round, nested21) Runners that nest tests print a parent's failure as well as its children's, and a parent
# whose only failure is its children's is no other failing test: TAP's outer "not ok 12 - wheel zoom # time=30012.4ms"
# under the indented subtest block that failed above it (TAP14 "# Subtest:" blocks, indented four spaces: node-tap,
# tapjs/tapjs src/core/src/test-base.ts #printResult and #writeSubComment; Node's runner, nodejs/node
# lib/internal/test_runner/reporter/tap.js, whose parent's YAML says "failureType: 'subtestsFailed'" and
# "error: '1 subtest failed'", lib/internal/test_runner/test.js postRun()); go test's "--- FAIL: TestParent" over its
# children's indented "--- FAIL: TestParent/child" (testing.go report() and flushToParent(): the header, then the
# test's own output, its subtests' blocks among it); Gradle's suite lines, "WheelTest > Zoom FAILED" and "WheelTest
# FAILED" after "WheelTest > Zoom > zooms() FAILED", printed only where its test logging's granularity takes in
# composite descriptors (TestEventLogger.after(): the path of display names joined by " > ", the suite's own
# exceptions below it only where it has any). Evidence: those sources; Mocha, Jest, Vitest, pytest, RSpec, libtest and
# ExUnit print no line of a parent's own for a child's failure (their reporters name the test's path on its one line;
# recalled, not read here).
_TAP_NOT_OK = re.compile(r"^( *)not ok\b")
_TAP_YAML_START = re.compile(r"^ *---\s*$")
_TAP_YAML_END = re.compile(r"^ *\.\.\.\s*$")
# ... a parent's YAML that says why it failed: Node's failureType ('subtestsFailed' where only its subtests failed, the
# error then "'1 subtest failed'", or "'test failed'" on a test file's own line, lib/internal/test_runner/runner.js;
# 'hookFailed' for a "before"/"after" hook, 'testCodeFailure', 'testTimeoutFailure' for the suite's own time limit), or,
# where no failureType is given (other TAP producers), an error or message of its own other than "N subtests failed"
_TAP_FAILURE_TYPE = re.compile(r"^\s*failureType: '(\w+)'")
_TAP_OWN_ERROR = re.compile(r"^\s*(?:error|message): (?!'\d+ subtests? failed'\s*$)\S")
_TAP_BLOCK_LINES = 4000
# ((review 21f) a TAP test's line with its number; Test::More's word that the subtest's own code died: the child's
# "# Child (pool) exited without calling finalize()" (Test::Builder's Child DESTROY, read in Test-Simple's
# lib/Test/Builder.pm copies) or, below the subtest's line, "# Looks like your test exited with 255 just after 1."
# naming that line's number (Test::Builder _ending, recalled))
_TAP_RESULT = re.compile(r"^( *)(?:not )?ok\b")
_TAP_NUMBER = re.compile(r"^ *not ok (\d+)")
_TAP_CHILD_DIED = re.compile(r"^\s*#\s*Child \([^\n]{0,300}?\) exited without calling finalize\(\)")
_TAP_EXITED_AFTER = re.compile(r"^\s*#\s*Looks like your test exited with \d+ just after (\d+)\.")
_GO_PARENT_LINE = re.compile(r"^( *)--- FAIL: (\S+) \(")
# ((review 21f) or nothing after the colon: testify's message starts on the next line, "pool_test.go:71: " then
# "Error Trace:", and a log view that trims trailing spaces leaves "pool_test.go:71:")
_GO_OWN_OUTPUT = re.compile(r"^ *[\w.-]+\.go:\d+:(?: |$)")
# (names23) Ginkgo's count of a suite's specs as it ends failing (onsi/ginkgo reporters, recalled: "FAIL! -- 11 Passed | 1
# Failed | 0 Pending | 0 Skipped", v1 and v2 alike)
_GINKGO_COUNT = re.compile(r"^\s*FAIL! -- \d+ Passed \| \d+ Failed\b")
_GOTESTSUM_FAIL = re.compile(r"^=== FAIL: (\S+) (\S+) \(")
_GINKGO_FAILED = re.compile(r"^\s*(?:•\s*)?\[FAILED\] ")
_GRADLE_SUITE = re.compile(r"^(\S[^\n]{0,300}?) FAILED\s*$")
_GRADLE_DETAIL = re.compile(r"^\s+\S")


def _parent_only_lines(lines: list[str]) -> set[int]:
    """(twenty-first round, nested21) Indices of failing-test lines that report only their children's failure (above):
    TAP's "not ok" under an indented subtest block holding a "not ok", with no failure of its own in its YAML (a
    failureType other than subtestsFailed, an error other than "N subtests failed"); go test's "--- FAIL: TestX (..)"
    where some "--- FAIL: TestX/..." is in the log and TestX printed no output line of its own ("x_test.go:12: ...",
    below its header at its own level, or under its own "=== RUN/CONT/NAME  TestX" header in -v output); Gradle's
    suite line "A > B FAILED" / "A FAILED" below a failed test "A > B > c() FAILED" of its task, with no exception of
    its own indented under it. A parent whose own assertion, error, hook or output is beside its children's keeps
    counting."""
    out: set[int] = set()
    n = len(lines)
    has_tap = has_go = has_gradle = False
    for line in lines:
        if len(line) > 700:
            continue
        if not has_tap and "not ok" in line:
            has_tap = True
        if not has_go and "--- FAIL: " in line:
            has_go = True
        if not has_gradle and line.endswith(("FAILED", "FAILED ")) and " > " in line:
            has_gradle = True
    if has_tap:
        for i, line in enumerate(lines):
            m = _TAP_NOT_OK.match(line) if len(line) < 700 else None
            if m is None:
                continue
            k = len(m.group(1))
            j, child, own = i - 1, False, False
            # ((review 21f) the lines below at lesser depths, nearest last: the first below a child's "not ok" at a lesser
            # depth is its own test's result line, which must be a failing test's line where the child's is none)
            lesser: list[tuple[int, int]] = [(k, i)]
            while j >= 0 and i - j <= _TAP_BLOCK_LINES:
                above = lines[j]
                if above.strip():
                    depth = len(above) - len(above.lstrip(" "))
                    if depth <= k:
                        break
                    while lesser[-1][0] >= depth:
                        lesser.pop()
                    if depth >= k + 4 and _TAP_NOT_OK.match(above[:700]):
                        child = True
                        up = lesser[-1][1]
                        if not _FAILING_TEST_LINE.match(above[:700]) and (
                                up == i or not _FAILING_TEST_LINE.match(lines[up][:700])):
                            own = True  # (a child no line but this parent's reads as a failing test's: it counts)
                    elif _TAP_CHILD_DIED.match(above[:700]):
                        own = True
                    lesser.append((depth, j))
                j -= 1
            if not child or own or _tap_exited_after(lines, i, k):
                continue
            kind, error = None, False
            if i + 1 < n and _TAP_YAML_START.match(lines[i + 1][:700]):
                for below in lines[i + 2: i + 2 + _TAP_BLOCK_LINES]:
                    if _TAP_YAML_END.match(below[:700]):
                        break
                    if (t := _TAP_FAILURE_TYPE.match(below[:700])) is not None:
                        kind = t.group(1)
                    elif _TAP_OWN_ERROR.match(below[:700]):
                        error = True
            if kind == "subtestsFailed" or (kind is None and not error):
                out.add(i)
    if has_go:
        failing = [(i, m) for i, line in enumerate(lines) if len(line) < 700 and (m := _GO_PARENT_LINE.match(line))]
        names = {m.group(2) for _, m in failing}
        for i, m in failing:
            name, k = m.group(2), len(m.group(1))
            if not any(other.startswith(name + "/") for other in names):
                continue
            own = False
            # (its own lines under its header: one level in, not a subtest's "--- " line nor that subtest's output)
            for below in lines[i + 1:]:
                if not below.strip():
                    continue
                depth = len(below) - len(below.lstrip(" "))
                if depth <= k:
                    break
                if depth == k + 4 and not below.lstrip().startswith("--- "):
                    own = True
                    break
            # (-v output: a line of its own under its own "=== RUN/CONT/NAME" header)
            current = None
            for line in lines:
                if len(line) > 700:
                    continue
                if (h := _GO_HEADER.match(line)) is not None:
                    current = h.group(1)
                elif _GO_PARENT_LINE.match(line) or line.startswith(("FAIL", "PASS", "ok ")):
                    current = None
                elif current == name and _GO_OWN_OUTPUT.match(line):
                    own = True
                    break
            if not own:
                out.add(i)
    if has_go:
        # (names23) Ginkgo's suite runs as one go test ("--- FAIL: TestPool (0.31s)" right under its "FAIL! -- 11 Passed |
        # 1 Failed | ..." count): it fails whenever a spec fails, the specs' own "[FAIL] ..." lines say which
        ginkgo = any("FAIL! -- " in line and _GINKGO_COUNT.match(line[:700]) for line in lines)
        for i, line in enumerate(lines):
            if _GO_PARENT_LINE.match(line[:700]) and any(
                    _GINKGO_COUNT.match(above[:700]) for above in lines[max(0, i - 3):i]):
                out.add(i)
                ginkgo = True
        if ginkgo:
            # (and its v2 report's "• [FAILED] [0.003 seconds]" heading and "  [FAILED] Expected ..." message lines: a spec's
            # outcome and its failure's words, not other tests)
            out.update(i for i, line in enumerate(lines) if _GINKGO_FAILED.match(line[:700]))
    if any(line.startswith("=== FAIL: ") for line in lines):
        # (names23) gotestsum's summary ("=== FAIL: pool TestPool (2.01s)"): a parent test whose subtest's entry is there too
        # ("=== FAIL: pool TestPool/concurrent_release"), with no output line of its own under it
        entries = [(i, m) for i, line in enumerate(lines) if len(line) < 700 and (m := _GOTESTSUM_FAIL.match(line))]
        tests = {(m.group(1), m.group(2)) for _, m in entries}
        for i, m in entries:
            pkg, name = m.group(1), m.group(2)
            if not any(p == pkg and t.startswith(name + "/") for p, t in tests):
                continue
            own = False
            for below in lines[i + 1:]:
                if not below.strip() or below.startswith("=== "):
                    break
                if not below.lstrip().startswith("--- "):
                    own = True
                    break
            if not own:
                out.add(i)
    if has_gradle:
        unread = [u for u, line in enumerate(lines) if len(line) < 700 and line.rstrip().endswith(" FAILED")
                  and " > " in line and not _FAILING_TEST_LINE.match(line)]
        for i, line in enumerate(lines):
            m = _GRADLE_SUITE.match(line) if len(line) < 700 else None
            if m is None:
                continue
            path = m.group(1) + " > "
            if i + 1 < n and _GRADLE_DETAIL.match(lines[i + 1][:700]):
                continue  # (the suite's own exception)
            for j in range(i - 1, -1, -1):
                above = lines[j][:700]
                if above.startswith("> Task "):
                    break
                if above.startswith(path) and above.rstrip().endswith(" FAILED"):
                    out.add(i)
                    break
            # ((review 21f) ... where every failed test under it in the task is a failing test's line of its own or is
            # under one: a test named in words (Spock's "PoolSpec > releases after delay FAILED") or by its parameters
            # ("isBounded(int) > [2] 4 FAILED") is none, and the nearest line below it that is one, its container's,
            # stands for it; else the suite's line is the one that does)
            if i in out and any(u < i and lines[u].startswith(path) and not _gradle_covered(lines, u, i)
                                for u in unread):
                out.discard(i)
    return out


def _gradle_covered(lines: list[str], leaf: int, suite: int) -> bool:
    """(review 21f) Whether a Gradle test's FAILED line at ``leaf`` that is no failing test's line is under one printed
    after it, before the suite's line at ``suite``: its container's ("PoolTest > isBounded(int) FAILED"); or is of
    another task than the suite's (a "> Task" line between them), so none of its tests."""
    name = lines[leaf]
    if any(lines[j].startswith("> Task ") for j in range(leaf + 1, suite)):
        return True  # (another task's test: none of this suite's)
    for j in range(leaf + 1, suite):
        below = lines[j][:700].rstrip()
        if below.endswith(" FAILED") and name.startswith(below[: -len(" FAILED")] + " > ") and _FAILING_TEST_LINE.match(below):
            return True
    return False


def _tap_exited_after(lines: list[str], idx: int, depth: int) -> bool:
    """(review 21f) Whether Test::More says the test script died right after the subtest's line at ``idx`` ("# Looks
    like your test exited with 255 just after 1." naming its number, before the next test's line at its depth): its own
    code died, not only its children failed."""
    num = _TAP_NUMBER.match(lines[idx][:700])
    if num is None:
        return False
    for below in lines[idx + 1: idx + 1 + _TAP_BLOCK_LINES]:
        if (r := _TAP_RESULT.match(below[:700])) is not None and len(r.group(1)) <= depth:
            return False
        if (e := _TAP_EXITED_AFTER.match(below[:700])) is not None:
            return e.group(1) == num.group(1)
    return False


# (timesout24) The verb of a timeout in a failing test's own name, in words ("● Jobs › labels a job that timed out", "1)
# Fetcher times out after 50ms"), with a time it names after it: the name's words, which _timed_out_in would otherwise read as
# the test's own sign of timing out (its "timed out", its "after 50ms"). A name whose reading needs that sign (the noun
# "timeout" in an identifier never reads as one: its words are joined) must not supply it itself.
_VERB_IN_NAME = re.compile(
    r"(?i)\b(?:time[sd]|timing)[ -]out\b(?:[ -]after[ -][\d.]{1,12} ?(?:[nuµm]?s|secs?|seconds?|minutes?)\b)?")
_NUMBERED_TITLE = re.compile(r"^\s*\d+\) \S")
# (where a failing-test line carries its message too: pytest's short summary "FAILED a.py::t - msg", sbt's "Test T.m failed: msg")
_MESSAGE_AFTER_NAME = re.compile(r" - | failed: ")


def _verb_names_masked(text: str, name_lines: Sequence[int]) -> str:
    """(timesout24) ``text`` with the verb of a timeout (and a time right after it) blanked in the name part of failing-test
    lines: the timing-named lines ``name_lines`` and every line in a failing test's form or a numbered failure's title
    (_FAILING_TEST_LINE, "1) ..."), up to the message a line carries after the name."""
    if _VERB_IN_NAME.search(text) is None:
        return text
    lines = text.split("\n")
    marked = set(name_lines)
    for i, line in enumerate(lines):
        if _VERB_IN_NAME.search(line[:2000]) is None:
            continue
        if i in marked or _FAILING_TEST_LINE.match(line) or _NUMBERED_TITLE.match(line[:200]):
            cut = _MESSAGE_AFTER_NAME.search(line)
            end = cut.start() if cut is not None else len(line)
            lines[i] = _VERB_IN_NAME.sub("Q", line[:end]) + line[end:]
    return "\n".join(lines)


def _plain_test_failed(failed_tests: Sequence[FailedTest], text: str, timing: Signature,
                       timed_out: bool = True) -> bool:
    """Whether a test whose name says nothing of time, memory or concurrency failed too, among the
    case's failed tests or the failing-test lines of the (normalised) log ``text``. Unless the log shows
    a test timing out (``timed_out``), a name that speaks only of a timeout or deadline, or (names22) only of async
    code, says nothing."""

    def named(line: str) -> bool:
        return any(p.search(line) for p in timing.patterns) and not any(
            u.search(line) for u in timing.unless) and (timed_out or not _named_without_timing_sign(line, timing))

    def parent(name: str, names: list[str]) -> bool:
        # go test fails a test whenever one of its subtests ("TestPool/concurrent_get") fails
        return any(n.startswith(name + "/") for n in names)

    ids = [f"{t.classname}.{t.name}" for t in failed_tests]
    if any(not named(f"--- FAIL: {i}") and not parent(i, ids) for i in ids):
        return True
    lines = text.splitlines()
    failing = [(i, line, _scalatest_file_line(lines, i) if _SCALATEST_FAILED.match(line) else "")
               for i, line in enumerate(lines) if _FAILING_TEST_LINE.match(line)]
    # ((twenty-first round, nested21) a parent's line that reports only its children's failure is none of another test:
    # TAP's outer "not ok", go test's "--- FAIL: TestX" with no output of its own, Gradle's suite line; _parent_only_lines)
    plain = [i for i, line, suite in failing if not named(line) and not (suite and named(suite))]
    if not plain:
        return False
    parents = _parent_only_lines(lines)
    return any(i not in parents for i in plain)


def _scalatest_file_line(lines: list[str], idx: int) -> str:
    """The line of ScalaTest's message below failing test ``idx`` that ends with the suite's file,
    or "" (none before the next failing test)."""
    for line in lines[idx + 1: idx + 1 + _SCALATEST_MESSAGE_LINES]:
        if _SCALATEST_FAILED.match(line):
            break
        if _SCALATEST_FILE.search(line):
            return line
    return ""
