"""The offline evidence engine: signature matches, flaky-test lists and history weighed into a verdict.

Pure and fast: no I/O, no clock. Each piece of evidence is a log-likelihood ratio (from a
signature's weight, discounted by where in the log it sits); they are summed and turned into
P(transient). The verdict is transient or real only past a threshold, otherwise unknown.

RulesEngine (used by app.py, calibration.py, suggest.py and the benchmarks) holds the weighing; the readings it
weighs by live beside it: prefixes.py (a log's normalisation), lines.py (shared line shapes), placement.py (where a
hit sits), line_checks.py (entries checked against their neighbourhood), test_layout.py (which lines are which
test's), compared_reports.py, values_time.py and values_order.py (a test's compared values), evidence.py (what is
not read from the log). The constants here are the ones only the engine reads.
"""

from __future__ import annotations

import functools
import math
import re
from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from functools import partial
from itertools import accumulate
from typing import Any

from ..core.models import FailedTest, FailureCase, Finding, Verdict
from . import calibration as calibration_mod
from . import structure
from .calibration import Calibration
from .catalogue import Catalogue, LogSearch, Matcher, Signature, ascii_lower, builtin_catalogue
from .compared_reports import (
    _COMPARED_LINES,
    _NO_ERROR_WANTED,
    ExpectBlocks,
    _in_compared_report,
    _in_junit_value,
    _in_labelled_pair,
    _in_power_assertion,
    gate_reads_whole_line,
    power_assertion_heads,
    values_are_data,
)
from .every_retry import _JEST_SEPARATOR, RetryReports
from .evidence import (
    _decided_log_cap,
    _fingerprint_flaky,
    _flaky_evidence,
    _history_evidence,
    _sigmoid,
    _similar_evidence,
    _status_evidence,
)
from .line_checks import (
    _BROWSER_MISSING_ID,
    _CURL_EXIT_ID,
    _DAY_APART_ID,
    _ERROR_CATEGORIES,
    _GAVE_UP_LINES,
    _LINE_CHECKED,
    _LINE_CHECKED_ANY_SOURCE,
    _LIVE_SERVICE_ID,
    _MISSPELT_CHECKED,
    _NEAR_BOUND_ID,
    _OTHER_PORT_ID,
    _OWN_DEPLOY_ID,
    _OWN_FAILURE_CATEGORIES,
    _PUBLIC_HOST_STATUS_ID,
    _RETRY_FACTOR,
    _RETRY_TAIL,
    _SCAN_CHECKED_IDS,
    _TEST_KIT_WAIT_ID,
    _TICK_UNDER_FLOOR_ID,
    _TOOL_EXIT_ID,
    _VALUE_CHECKED_IDS,
    VerdictRows,
    _agent_gone_after_tool_failed,
    _cpan_fetched_otherwise,
    _failed_elsewhere,
    _grep_source_line,
    _last_command,
    _mock_frame_rows,
    _mock_stubbed_blanked,
    _near_mock_frame,
    _other_port_waited,
    _retried_past,
    _retries_ran_out,
    _retry_went_through,
    _runner_retried_preparation,
    _runner_stage_rows,
    _test_more_like_value,
    _wallaby_same_major,
    _within_far_over,
    misspelt_checks,
)
from .lines import _NEXT_COMMAND
from .localized import to_english
from .own_rows import demote_explained_rows
from .placement import (
    _ANONYMOUS_FACTOR,
    _DATA_PARSE,
    _DETERMINISTIC_CATEGORIES,
    _LATER_CATEGORIES,
    _OUTAGE_CATEGORIES,
    _PASSED_ON_RETRY_ID,
    _REPORT_LINES,
    _SAYS_IGNORED,
    _SPEC_TIMEOUT_ID,
    _SPECIFIC_WEIGHT,
    _SUMMARY_FACTOR,
    _SUMMARY_IDS,
    _SYMPTOM_IDS,
    _TEST_BOUNDARY,
    _TEST_LIMIT_IDS,
    _UPSTREAM_CATEGORIES,
    _WAIT_IDS,
    _anonymous_refusals,
    _background_outage,
    _below_failed_test,
    _beside_other_mismatch,
    _command_between,
    _failed_after_outages,
    _first_failed_step_end,
    _Hit,
    _last_raise,
    _later_command,
    _limits_beside,
    _mismatches,
    _non_blocking_lines,
    _own_report,
    _quoted_source,
    _reads_fetched_file,
    _refuted_below,
    _reported_after,
    _same_failure,
    _Scored,
    _tail_start,
    _title_under_header,
)
from .prefixes import _COMPOSE_SERVICE, _normalise
from .test_layout import (
    _FLAKY_MARK_ID,
    _failed_again,
    _failing_jest_console_lines,
    _failing_vstest_output_lines,
    _marked_elsewhere_failed,
    _only_marked_failed,
    _panicking_go_test_lines,
    _passing_go_test_lines,
    _passing_jest_console_lines,
    _plain_test_failed,
    _pytest_short_source_lines,
    _pytest_source_lines,
    _survived_attempts,
    _survived_without_policy,
    _verb_names_masked,
)
from .values_dates import _other_values_compared
from .values_dates_fixed import fixed_days
from .values_time import (
    _FLOOR_ABOVE,
    _TIMING_TEST_ID,
    _missed_every_repeat,
    _named_without_timing_sign,
    _near_bound,
    _new_form_values_say_otherwise,
    _repeat_misses,
    _second_apart,
    _texts_differ_beyond_times,
    _timed_out_in,
    _timing_values_say_otherwise,
)
from .went_on import WentOnIndex

MAX_LINE_CHARS = 200
# How much of each failed test's message is read (the head carries the exception).
MAX_TEST_MESSAGE_CHARS = 2000


# Real evidence that flakiness explains: a flaky test fails exactly this way.
_TEST_CATEGORIES = frozenset({"test-assertion", "test-failure", "runtime-error"})
# (twenty-fourth round, timeoutname24) signatures.toml "expected-timeout-not-raised": a test's report that the timeout it
# expected did not come (pytest's DID NOT RAISE, JUnit's "Expected exception: ...TimeoutException", "err = <nil>, want
# i/o timeout"). Under a timing-named test it is not discounted as that test's mere report of a lost race: in 18 public
# threads of that report (tests/unit/test_rules24_timeout_named.py) 10 were flaky and 5 were the code or a dependency's
# change, 3 undecided (about two thirds flaky, under the 80 % bar either way), so the two readings stand against each
# other and the verdict is unknown: neither a rerun proposed with confidence nor a confident "real"
_EXPECTED_TIMEOUT_ID = "expected-timeout-not-raised"
# (twenty-fourth round, review24_b) ... and signatures.toml "expected-raise-not-met": the same report for an expected error of
# any name ("Expected exception: org.openqa.selenium.NoSuchElementException" under a test named "...SlowerThanTimeout_then...",
# testify's "An error is expected but got nil." under TestDialTimeout): under a timing-named test it stands as the timeout's
# report does (the name says what the expected error hangs on; an assumption beside the timeoutname24 threads)
_EXPECTED_RAISE_IDS = frozenset({_EXPECTED_TIMEOUT_ID, "expected-raise-not-met"})
# (twenty-third round, retry23) signatures.toml "failed-every-retry", and the transient entries read from a failing
# test's own report (its name, a wait or time limit it ran into, values compared): where the retry tool says the test
# failed on every attempt, those say nothing of a flake (outage, machine and known-flaky entries are not among them)
_EVERY_RETRY_ID = "failed-every-retry"
# (review23_c) A machine's journal, printed after the failure by a step that diagnoses it (a self-hosted runner's
# "journalctl -u docker" in a failure step or GitLab's after_script): it reports what happened under the job before
# the failure, so where it sits says nothing of when (signatures.toml "docker-daemon-restarted-under-job")
_JOURNAL_IDS = frozenset({"docker-daemon-restarted-under-job"})
# (review23_c) a flake mark of a retry report's own, for a test that passed in the end
_KNOWN_FLAKY_ID = "known-flaky-mark"
# (flaky33) A runner's report that a test failed, then passed on a retry: passed-on-retry, and the same from a runner that
# passed the run (signatures.toml passed-on-retry-run-passed), read alike here
_RUN_PASSED_ID = "passed-on-retry-run-passed"
_RETRY_PASSED_IDS = (_PASSED_ON_RETRY_ID, _RUN_PASSED_ID)
# (decide33) An executor that keeps its disk from one job to the next: GitLab Runner's shell and SSH executors
# (gitlab-runner executors/shell/executor_shell.go "Using Shell executor...", newer "Using Shell (bash) executor...";
# SharedBuildsDir, the builds under the runner's own directory; the SSH executor's "Using SSH executor..." recalled) and a
# GitHub self-hosted runner's install directory ("actions-runner/_work/", "actions-runner/_diag/"; a hosted runner's is
# /home/runner/work). A full disk there stays full until someone cleans the machine: public threads (esbmc/esbmc#6090
# every PR's job failing on the runner's full disk, engram-app/Engram#1261 every job on the VM, ersilia-os/ersilia#1067
# reruns failing alike, nomadkaraoke/karaoke-gen#163, vitessio/vitess#11840) and a GitLab project's own shell-executor
# jobs (one full disk labelled intermittent, five labelled regular). Still the machine's, not the change's (the verdict
# stands), but no rerun is proposed on it: the confidence is capped below policy.rerun_min_confidence (0.7).
_DISK_FULL_ID = "disk-full"
# (read in the normalised log, as every other reading: colour codes and the runner's timestamps gone)
_PERSISTENT_EXECUTOR = re.compile(
    r"(?m)^Using (?:Shell|SSH)(?: \([\w -]{1,20}\))? executor\.\.\.|\bactions-runner[\\/]_(?:work|diag)[\\/]")
_PERSISTENT_DISK_CAP = 0.6
_PASSED_MARK = re.compile(r"(?i)\bpass(?:ed|es)?\b")
# (review33_a) a run line of a rerun test as Surefire lists it ("[INFO]   Run 2: PASS", "[ERROR]   Run 1: CartIT.adds:31
# Connection reset"), and how far above its "PASS" the failed run's line may be (a trimmed message of a few lines)
_RUN_PASS_LINE = re.compile(r"(?i)^\W*(?:\[\w+\]\s+)?run \d+: pass\s*$")
_RUN_FAILED_LINE = re.compile(r"(?i)^\W*(?:\[\w+\]\s+)?run \d+: (?!pass\s*$)\S")
_RUN_FAILED_ABOVE = 8
# (dates26) the most day-apart pairs one log may hold and still read as a flake
_DAY_APART_MOST = 12
# (hold31b) how far above the line a value check read the first of its two compared values may sit (RSpec's "expected:"
# one line over "got:", Jest's "Expected:" over "Received:", a diff's "-" over its "+", a blank line or two between)
_PAIR_ABOVE = 3
_TEST_OWN_SIGN_IDS = frozenset({
    "timing-sensitive-test", "test-timing", "test-timeout", "async-test-timeout", "wait-helper-gave-up",
    "ui-wait-text-still-pending", "ui-wait-element-never-appeared", "spec-timeout", "test-kit-wait-expired",
    "exunit-task-yield-ran-out", "node-tap-test-timeout", "test-framework-time-limit", "test-harness-own-time-limit",
    "test-runner-time-limit", "elapsed-time-near-bound", "timestamps-a-second-apart", "epoch-timestamps-a-second-apart",
    "compared-values-same-items-other-order", "browser-ui-race", "go-test-goroutine-channel-panic",
    # (dates26) a day boundary or zone that held over every retry of one job is held by the rerun too (assumption)
    "dates-a-calendar-day-apart"})
# ... test-timeout also reads a client's own time limit on a request ("TimeoutError: timed out" in socket.py, fetch's
# "The operation was aborted due to timeout", Java's HttpTimeoutException): a service that hangs, an outage, kept
_REQUEST_TIMEOUT = re.compile(
    r"(?i)\bTimeoutError\b|\bHttp\w*Timeout|\bsocket|\brequest timed out\b|\bread timed out\b|\bconnect(?:ion)? timed out\b"
    r"|\bconnecttimeout|\breadtimeout|\boperation was aborted due to timeout\b")


# (review23_c) ... but not a browser library's TimeoutError on the test's own wait for an element (Playwright's
# "TimeoutError: locator.click: Timeout 10000ms exceeded.", Puppeteer's waitForSelector): the page never showed it, on
# every attempt. A navigation's time limit (Playwright's "page.goto: Timeout 30000ms exceeded." or "page.reload: ...",
# Puppeteer's "Navigation timeout of 30000 ms exceeded") is a request's where the page it went to is another host's
# (Playwright's call log under it: '  - navigating to "https://login.example-idp.com/...", waiting until "load"'): a
# host name with a dot, not loopback, an IP literal, a compose service's bare name or a local suffix; the job's own
# server that hangs on every attempt is the change's. Assumption: the call log's target is within 4 lines below the
# error (Playwright prints "Call log:" and the navigation right under it; wording recalled). Where the log shows no
# target, the line reads as before (_REQUEST_TIMEOUT).
_UI_WAIT_TIMEOUT = re.compile(
    r"(?i)\b(?:locator|frameLocator|elementHandle)\.\w+: Timeout\b|\bwaitFor(?:Selector|Function|XPath)\b"
    r"|\bwaiting for selector\b|\bexpect\(locator\)")
_NAVIGATION_TIMEOUT = re.compile(
    r"(?i)\b(?:page|frame)\.(?:goto|reload): Timeout \d+ ?ms exceeded|\bNavigation timeout of \d+ ?ms exceeded")
_NAVIGATED_TO = re.compile(r'(?i)\bnavigating to "?https?://([^\s"/:?#\[\]]{1,253}|\[[\da-f:.]{2,60}\])')
_NOT_OUTSIDE_HOST = re.compile(
    r"(?i)^(?:[^.]+|[\d.]+|\[[\da-f:.]*\]|.*\.(?:localhost|local|internal|test|lan|svc|cluster\.local|home\.arpa))$")
_NAVIGATION_LOG_LINES = 4


def _listed_tests_named(case: FailureCase) -> bool:
    """(review29_c) Whether every failed test in the case's list is named in its log (its name, or the part after its
    last dot: "evictsOldest" of "com.example.LruTest.evictsOldest"). A Playwright or Jest title joins its describe
    blocks and its test with " › " ("cart › applies the coupon") where a report lists "cart applies the coupon": the
    separator reads as a blank, as every_retry reads it."""
    if not case.failed_tests:
        return False
    logs = (case.log, case.log.replace(_JEST_SEPARATOR, " ")) if _JEST_SEPARATOR in case.log else (case.log,)
    for t in case.failed_tests:
        name = t.name.strip()
        if not name or not any(name in log or name.rsplit(".", 1)[-1] in log for log in logs):
            return False
    return True


def _navigated_outside(h: _Hit, lines: list[str]) -> bool | None:
    """(review23_c) For a log hit on a navigation's time limit: whether the page it went to is another host's (see
    above); None where the log does not show the target."""
    if h.source != "log":
        return None
    for line in [h.line] + lines[h.index + 1:h.index + 1 + _NAVIGATION_LOG_LINES]:
        if (m := _NAVIGATED_TO.search(line[:2000])) is not None:
            return _NOT_OUTSIDE_HOST.match(m.group(1)) is None
    return None


def _test_own_sign(h: _Hit, lines: list[str]) -> bool:
    """(retry23) Whether a hit is a sign read from the failing test itself (_TEST_OWN_SIGN_IDS), not a request's
    time limit."""
    if h.sig.id not in _TEST_OWN_SIGN_IDS:
        return False
    if h.sig.id != "test-timeout":
        return True
    line = h.line[:2000]
    if _NAVIGATION_TIMEOUT.search(line) and (outside := _navigated_outside(h, lines)) is not None:
        return not outside
    return bool(_UI_WAIT_TIMEOUT.search(line)) or not _REQUEST_TIMEOUT.search(line)


# (xfail 17b) Beside the failures an outage printed after them cannot have caused (_DETERMINISTIC_CATEGORIES,
# placement.py), and for an outage printed after the failed step's exit line only (_STEP_FAILED, placement.py's
# _first_failed_step_end), a specific reading of the step's own refusal: a resolver's conflict, a registry's or
# a service's refusal of the job's credentials or scope, a setting or input the step's configuration lacks. A
# later step's outage cannot have caused them; their outage-made look-alikes (a package "not found" on an index
# that was down) sit inside the step, where the outage's own line stays evidence.
_STEP_OWN_CATEGORIES = frozenset({"dependency", "auth", "config"})


# (engine 14) Failures that read the change's own source and nothing fetched at run time: a
# compiler's, a type checker's, a linter's verdict. Where one of them is the last trouble of the
# job's own part and an outage or timing line sits above it, the job outlived that outage (a
# download it went on without, a telemetry upload, a flaky timing in an earlier command) and ended
# on the deterministic failure, which a rerun meets again.
_SELF_EVIDENT_CATEGORIES = frozenset({"compile", "type-error", "syntax", "lint"})
# ... unless a line between the outage and that failure names an input that is missing (a module,
# package, header, file or command not found, a dependency not resolved): what the outage was
# fetching may be just that, and the failure its damage ("downstream" entries say so for their
# own lines; a compiler's "fatal error: openssl/ssl.h: No such file or directory" is such a line too).
_NAMES_MISSING = re.compile(
    r"(?i)\bno such file\b|\bnot found\b|\bnot installed\b|\bno (?:required )?module\b|\bno module named\b"
    r"|\b(?:cannot|can't|could not|couldn't|unable to|failed to) (?:find|open|locate|load|resolve|import|read)"
    r" (?!value\b|symbol\b|function\b|method\b|type\b|name\b|macro\b|field\b|variable\b)"
    r"|\b(?:package|module|file|directory|path|crate|library|header)\b[^\n]{0,80}\b(?:does not exist|is missing)\b"
    r"|\bmissing (?:module|package|file|header|dependenc|library|crate)|\bunresolved import\b"
    r"|\b(?:could not|failed to|unable to) resolve dependencies\b"
    # (review 14p) TypeScript's "Cannot find name 'describe'. Do you need to install type definitions for a
    # test runner?" (TS2580/2582/2591) and "Cannot find type definition file for 'node'" (TS2688)
    r"|\btype definitions? (?:file )?for\b")
# ... nor a linker's failure: a library the outage was to install may be what it lacks, though a
# missing definition is as often the change's own (so it is no downstream symptom either).
_LINKER_FAILED = re.compile(r"(?i)\bundefined (?:reference|symbol)\b|\bld returned \d|\blinker command failed\b")
# (review 14p) ... nor a line whose words fit a missing or cut-short input as well as the change's own
# mistake: a type or namespace that "could not be found" (C#'s CS0246 after a failed restore), Swift's
# "no such module 'X'" (missing-module's downstream reading has its own line), Rust's "use of undeclared
# crate or module", git's "clone of '<url>' into submodule path 'x' failed", and a parser meeting the end
# of a file early ("Unexpected end of input", "unexpected EOF", Python's "'(' was never closed": a
# download cut short). These leave the weighing open; they are no downstream symptom (a misspelt name
# or a brace the change left open reads the same).
_MAY_BE_DAMAGE = re.compile(
    r"(?i)\bcould not be found\b|\bno such module\b"
    r"|\bundeclared crate or module\b|\bsubmodule path '[^'\n]{1,300}' failed\b"
    r"|\bunexpected (?:end of (?:input|file|data|stream)|eof)\b|\bwas never closed\b|\bat end of input\b")
# ... nor a parse error of data rather than of the change's source, which may be reading the error page an outage
# returned (_DATA_PARSE, placement.py: read there on a later command's failure too, _failed_after_outages). And a
# generic entry's line (_SYMPTOM_IDS, placement.py: a "file:line:", an uncaught exception, a runner's summary) ends
# the job's own part on no self-evident failure: it reads a failing test's frame as well as a compiler's line.


# How much an outage the job outlived still counts.
_OUTLIVED_FACTOR = 0.15
# A catastrophic cause (a full disk, a failing filesystem) breaks what runs after it in arbitrary
# ways: it is outlived only where the line right below it says the tool handled it and went on
# (a retry or fallback line, "ccache: falling back to running the real compiler").
_HANDLED_LINES = 2
# How much a downstream symptom (missing file, tool, target) counts after such a failure.
_DOWNSTREAM_FACTOR = 0.15
# How much a mark found only on warning lines counts (when the log has no error line at all).
_WARNING_FACTOR = 0.9
# A strong infrastructure, network or resource failure makes the failing tests after it its
# symptoms: a test that needed the network fails on an assertion or an exception when it is down.
# Strong: a transient finding of this weight or more, of an upstream, port or timeout category. The symptoms'
# findings (these categories, and the generic entries of _SYMPTOM_IDS, placement.py) count _SYMPTOM_FACTOR.
_STRONG_CAUSE = 0.8
_SYMPTOM_CATEGORIES = frozenset({"test-assertion", "test-failure", "runtime-error"})
_SYMPTOM_FACTOR = 0.5
# (hold31a) the report of a test the log's own flaky or quarantine marks name, where no other test failed: the discount
# analyse gives the tests of a known-flaky list (0.3)
_MARKED_REPORT_FACTOR = 0.3
# (names23) The titles of failing tests that [noise] passes over for every other entry ("names, not causes"): Jest's
# "● Suite › test", Mocha's, PHPUnit's, ExUnit's and NUnit's numbered blocks ("1) ..."), Minitest's header
# ("PoolTest#test_x [file:line]:"). They are where those runners print the failing test's name, which is what
# timing-sensitive-test reads; it reads no other noise (stack frames, passing tests, echoed commands).
_TITLE_NOISE = re.compile(r"^\s*● |^\s*\d+\) |^[A-Z][\w:]{0,200}#test_")
# (words29) The line a Jest or Babel code frame marks as the failing one ("  > 13 |     expect(durationMs).toBeLessThan(
# 100);"), which [noise] passes over as the test's source: elapsed-time-near-bound reads the measured name there, as
# before the frame's marked line was noise; no other entry does.
_CODE_FRAME_NOISE = re.compile(r"^\s*>\s*\d+\s+\|(?:\s|$)")
# ((flaky36) and the floor a measured time missed by one tick, line_checks._TICK_UNDER_FLOOR_ID)
_CODE_FRAME_READERS = frozenset({"elapsed-time-near-bound", "elapsed-time-a-tick-under-floor"})


# A test's own line comparing a value with the one it wanted ("dial_test.go:20: err = ..., want
# ...", "..., want error containing \"...\"", a snapshot diff's "- \"...\"", "expected <...> but was
# <...>", Zig's "expected error.X, found error.Y" and expectError): network words there (and a Go
# "context deadline exceeded") are values under test, not trouble the job ran into.
_COMPARED_VALUES = re.compile(
    r"^\s*[\w./-]*_test\.go:\d+: .*\bwant(?: (?:an? )?err(?:or)? (?:containing|matching|like|with))?:?\s*[\"'`<\[{(\d-]"
    # (review 13f) ... or an error value by its name at the line's end: "want context.Canceled", "want ErrUnreachable")
    r"|^\s*[\w./-]*_test\.go:\d+: .{0,400}\bwant:? [A-Za-z_][\w.]*\s*$"
    # (a diff line of a string in a snapshot or expectation report: "- \"Could not reach ... EAI_AGAIN\"",
    # or of a rendered snapshot's text, indented under the sign: "    -     Could not connect: ETIMEDOUT")
    r"|^\s*[-+] [\"'`]"
    r"|^\s+[-+] {2,}\S"
    # (Jest's, Vitest's and Chai's report of two quoted values: "Expected: \"502 Bad Gateway\"" and
    # "Received: \"503 Service Unavailable\"" are what the code returned, not what the job ran into;
    # an error the test ran into is thrown, unquoted: "Received promise rejected ... FetchError")
    r"|^\s*(?:expected|received)(?: value| string| substring| pattern)?: +[\"'`]"
    # (inside23: JUnit 5's assertThrows report, "Expected java.net.SocketTimeoutException to be thrown, but nothing was
    # thrown.", recalled: the error the test expected, not one it met)
    r"|\bexpected\b.{0,400}?\b(?:but (?:got|was|found|received|it was|nothing was thrown)|, found)\b"
    # ((twenty-fourth round, compared24) one-line reports of two values compared whose outage word is the value: AssertJ's
    # "Expecting actual: 503 to be equal to: 200", Chai's and Jasmine's "expected 503 to equal 200" / "Expected 'x' to be
    # 'OK'." (a value after "to be", not a word: "expected pod to be Ready" stays), PHPUnit's "Failed asserting that 503 is
    # identical to 200." / "... matches expected 200.", XCTest's "XCTAssertEqual failed: (\"503\") is not equal to (\"200\")",
    # pytest's re-evaluated "E       assert 'context deadline exceeded' == 'OK'": the wordings as the frameworks print them,
    # recalled; the value is what the project's code returned)
    r"|\bexpecting actual:"
    r"|^\s*(?:\w*Error:\s+)?expected\s.{0,400}?\sto (?:not )?(?:(?:deep(?:ly)? )?equal|eql|be (?:[\d'\"`\[{<(-]|true\b|false\b|null\b|undefined\b))"
    r"|^\s*Failed asserting that\b"
    r"|\bXCTAssert\w* failed: \("
    r"|^\s*E\s+(?:AssertionError: )?assert\s"
    # ((prec28) unittest's "AssertionError: 'agent lost' != 'ok'", the line over its ndiff, compared_reports' header)
    r"|\b\w*AssertionError: [^\n]{0,2000}? != "
    r"|\bexpectError\("
    # (the other side of two values compared, quoted, in many frameworks' words: RSpec's "got:",
    # JUnit's and AssertJ's " but was:", xUnit's and Minitest's "Actual:", testify's "actual  :",
    # node-tap's "found:"/"wanted:", Rust's and ExUnit's "left:"/"right:", Jest's "Received
    # message:", Test::More's "#          got: '...'")
    r"|^\s*(?:#\s*)?(?:got|actual|but was|found|wanted|left|right|received message|expected message"
    # (testthat's expect_error report: "Expected match: \"...\"", "Actual message: \"...\"")
    # (inside23: testify's ErrorIs report, "Target error should be in err chain:" then "in chain: \"rpc error: ...\"")
    r"|actual message|expected match|in chain)\s*: *[\"'`]"
    # ((fourteenth round) ExUnit's "left:"/"right:" over an Elixir term, unquoted: "left:  {:error, :econnrefused}";
    # clojure.test's "expected: (= ...)" and "  actual: (not (= ...))")
    r"|^\s*(?:left|right):\s+[{\[%:]"
    r"|^\s*(?:expected|actual): \((?:not |=|thrown\?|is |some\?|nil\?|instance\?)"
    # (a TAP comment saying what the test expected: "# expected: curl: (6) Could not resolve host"; (review 14l)
    # bats-assert's "# substring : ..." / "# regexp : ..." under "-- output does not contain substring --")
    r"|^\s*#\s*(?:expected|wanted|substring|regexp|pattern)\s*:"
    # (hspec's second line of two values compared: "  but got: Left (StatusCodeException ...)")
    r"|^\s*but got: \S"
    # (RSpec's "expected Client::Error with \"...\", got #<...>"; testify's "Error \"...\" does not
    # contain \"...\""; unittest's "'timed out' not found in '...'")
    # ((pkgnet32) not a tool's count of bytes announced and received, coursier's cache "wrong length: <file> (expected
    # 2201944 B, got 1048576 B)" (ArtifactError.scala WrongLength): a download cut short, no values a test compared)
    r"|\bexpected\b(?! \d+ B, got \d+ B\))(?:.{0,400}?), got\b"
    r"|[\"'`] (?:does not|doesn't|did not|didn't) (?:contain|equal|match|include)\b"
    r"|[\"'`] not found in [\"'`]"
    # (pytest's own diff and explanation under an assertion: "E         - connection reset by peer")
    r"|^\s*E\s+[-+?]\s"
    # (review 14l) ... and its introspection of the values compared: "E        where line = '...: temporary error'")
    r"|^\s*E\s+(?:where|and)\s"
    # (fix 14) luassert's (busted's) typed values under "Passed in:" and "Expected:": "(string) '...'"
    r"|^\s*\((?:string|number|table|boolean|nil|userdata|function)\) ",
    re.IGNORECASE)
# A line that is not trouble the job ran into but names it: a failing test's title (Jest's and
# Vitest's "✕ retries on 503 Service Unavailable (12 ms)", RSpec's rerun line "rspec ./spec/x_spec.rb:14
# # Client recovers from a connection reset", Surefire's "<name>  Time elapsed: 0.01 s  <<< FAILURE!",
# dotnet's "Failed <name> [2 ms]", unittest's "FAIL: test_x (m.T)"), a changelog entry or commit
# subject ending on its pull request ("- Retry on ECONNRESET (#431)"), a tool's advice ("If you
# see 'connection refused', ...").
_NAMES_TROUBLE = re.compile(
    r"^\s*[✕×✘]\s"
    r"|^\s*rspec \./\S+:\d+ # "
    r"|<<< (?:FAILURE|ERROR)!(?:\s*$| - in )"
    # (the test's code a report quotes: RSpec's "Failure/Error: expect { ... }.to raise_error(...)",
    # ExUnit's "code:  assert ... == \"...\""; (sixteenth round) not ClickHouse's error number, "Code: 210. DB::NetException: ...")
    r"|^\s*(?:Failure/Error: |code: (?!\d{1,4}[.,] ))"
    # ((review 14l) bats' "#   `assert_output --partial '...'' failed", munit's numbered source lines "22:    assertEquals(...)")
    r"|^\s*#\s+`[^`\n]+' failed\s*$"
    # ((seventeenth round) Test::More's failed test's title: "#   Failed test 'retries after 503 Service Unavailable'")
    r"|^\s*#\s+Failed test '"
    r"|^\s*\d+:\s{2,}\S"
    r"|^\s*Failed \S[^\n]*\[\d+(?:\.\d+)?\s*(?:ms|s|m)\]\s*$"
    r"|^(?:FAIL|ERROR): \w+ \([\w.]+\)\s*$"
    r"|\(#\d+\)\s*$"
    # ((fifteenth round) a policy's finding, worded by the policy's author: conftest's "FAIL - file - ns - msg",
    # Checkov's check title "Check: CKV_X_1: \"...\"")
    # ((review 15c) conftest's three fields, in its capitals: not a deploy script's or a logger's "FAIL - host - 503 ..."
    # or "WARN - org.apache.http... - Connection reset")
    r"|(?-i:^\s*(?:FAIL|WARN|EXCP) - \S+ - \S+ - )"
    r"|^\s*Check: CKV\w*: \""
    r"|\bif you (?:see|get|encounter|receive|are seeing)\b",
    re.IGNORECASE)


# A concrete failure and no sign at all of infrastructure trouble: transient needs a positive
# signal, so that absence leans real (in log-odds).
_NO_TRANSIENT_SIGNAL_LLR = 0.4
# And the mirror image: a transient mechanism at the end of the log and no deterministic failure
# anywhere (no compiler, linter, assertion, missing file...) leans transient by as much. The
# mechanism must sit near the end of the log: the failure is at the end, a blip far above it was
# survived.
_NO_REAL_SIGNAL_LLR = 0.4
_NO_REAL_SIGNAL_TAIL = 80
# (hist41) The engine's readings of the whole log (the two above): part of the log's reading that a person's decision
# on the same fingerprint already saw (evidence._decided_log_cap).
_WHOLE_LOG_READINGS = frozenset({"no-transient-signal", "no-real-signal"})
# A full disk or a lost runner breaks whatever runs after it in arbitrary ways (a compiler that
# cannot write its classes, a script that cannot write its files): with such a cause in the log,
# deterministic-looking errors are more likely its damage than the change's.
_CATASTROPHIC = 0.85
_CATASTROPHIC_FACTOR = 0.35


# (engine 15) pytest's short test summary line of a failed assertion ("FAILED tests/a.py::t - AssertionError",
# "FAILED tests/a.py::t - assert 3 == 4", or no message): a summary of a report above, not a test's report.
_PYTEST_SUMMARY_OF_ASSERTION = re.compile(r"^FAILED \S+::\S+(?: - (?:AssertionError\b|assert\b)[^\n]*)?\s*$")


@dataclass(frozen=True)
class Analysis:
    """Everything the engine concluded about one case, before it is phrased as a verdict."""

    scored: tuple[_Scored, ...]
    p_transient: float
    # (perf34) the case's log as the engine reads it (prefixes._normalise), kept for the verdict's readings of the whole
    # log (a persistent executor's full disk) so that it is normalised once per case
    log: str = field(default="", repr=False, compare=False)

    @property
    def findings(self) -> list[Finding]:
        """Findings, strongest first."""
        return [s.finding for s in self.scored]


class RulesEngine:
    """Classifies failure cases from the signature catalogue and the non-log evidence."""

    def __init__(
        self,
        catalogue: Catalogue | None = None,
        *,
        transient_threshold: float = 0.72,
        real_threshold: float = 0.65,
        prior: float = 0.0,
        tail_lines: int = 40,
        max_evidence: int = 8,
        read_structure: bool = True,
        calibration: Calibration | None = None,
    ) -> None:
        # transient_threshold / real_threshold: P(transient) / P(real) needed for that verdict;
        # below both the verdict is unknown. prior: log-odds added before any evidence (0: no
        # lean). tail_lines: how close to the last error a line must be to count in full.
        for name, value in (
            ("transient_threshold", transient_threshold),
            ("real_threshold", real_threshold),
        ):
            if not 0.5 < value <= 1.0:
                raise ValueError(f"{name} must be in (0.5, 1], got {value!r}")
        self.catalogue = catalogue if catalogue is not None else builtin_catalogue()
        self.transient_threshold = transient_threshold
        self.real_threshold = real_threshold
        self.prior = prior
        self.tail_lines = max(1, tail_lines)
        self.max_evidence = max_evidence
        # read_structure: also weigh the failing command, its exit code and its tool (structure.py).
        self.read_structure = read_structure
        # calibration: maps the confidence of a decided verdict to an observed frequency.
        self.calibration = calibration if calibration is not None else calibration_mod.builtin()

    @functools.cached_property
    def _transient_matchers(self) -> tuple[Matcher, ...]:
        """Every pattern of the catalogue's transient entries (a continuation line that shows a
        transient mechanism refutes the real line it continues)."""
        return tuple(m for sig in self.catalogue if sig.leaning == "transient" for m in sig.matchers)

    # --- public ---------------------------------------------------------------------------

    def findings(self, case: FailureCase) -> list[Finding]:
        """Every piece of evidence the engine finds in the case, strongest first."""
        return self.analyse(case).findings

    def classify(self, case: FailureCase) -> Verdict:
        """The rules verdict for one case: transient, real or unknown, with a calibrated confidence."""
        analysis = self.analyse(case)
        p = analysis.p_transient
        if p >= self.transient_threshold:
            verdict, confidence = "transient", p
        elif 1.0 - p >= self.real_threshold:
            verdict, confidence = "real", 1.0 - p
        else:
            verdict, confidence = "unknown", max(p, 1.0 - p)
        side = verdict if verdict != "unknown" else ("transient" if p >= 0.5 else "real")
        ours = [s for s in analysis.scored if s.finding.leaning == side]
        theirs = [s for s in analysis.scored if s.finding.leaning != side]
        category = (
            ours[0].finding.category
            if ours
            else (theirs[0].finding.category if theirs else "unknown")
        )
        rationale = _rationale(verdict, p, ours, theirs)
        if verdict != "unknown":
            kind = calibration_mod.kind_of(verdict, category, analysis.findings)
            confidence = self.calibration.apply(confidence, kind)
            if kind == "single":
                rationale += (" One mechanism in the log and nothing independent behind it (no flaky-test"
                              " list, history or second mechanism): a log cannot tell a blip from the same"
                              f" trouble on every run, so the confidence stays at most"
                              f" {self.calibration.cap_of(kind):.2f}.")
                if (verdict == "transient" and ours and ours[0].finding.signature == _DISK_FULL_ID
                        and _PERSISTENT_EXECUTOR.search(analysis.log)):
                    # (decide33) the disk of an executor that outlives its jobs stays full until someone cleans it
                    confidence = min(confidence, _PERSISTENT_DISK_CAP)
                    rationale += (" The disk filled on an executor that keeps its disk from job to job (a shell or"
                                  " SSH executor, a self-hosted runner's install directory): it stays full until"
                                  " someone cleans it, so a rerun on the same machine fails alike; the confidence"
                                  f" stays at most {_PERSISTENT_DISK_CAP:.2f}, below a rerun's.")
            elif kind == "unexplained" and ours and ours[0].finding.signature in structure.CODE_SHAPES:
                # (short28) the shape of a diagnostic, no error word
                rationale += (" No signature explains the failure and no line says \"error\", but its shape"
                              f" ({structure.shape_words(ours[0].finding.signature)}) points at the project's own"
                              " code, and nothing in the log suggests infrastructure, network, timeout or"
                              " flakiness: a lean towards the change, not a diagnosis, so the confidence stays at"
                              f" most {self.calibration.cap_of(kind):.2f}.")
            elif kind == "unexplained":
                rationale += (" No signature explains the error the log ends on, and nothing in the log"
                              " suggests infrastructure, network, timeout or flakiness: a lean towards"
                              " the change, not a diagnosis, so the confidence stays at most"
                              f" {self.calibration.cap_of(kind):.2f}.")
        return Verdict(
            verdict=verdict,
            confidence=round(confidence, 4),
            category=category,
            rationale=rationale,
            evidence=self._evidence(ours + theirs),
            classifier="rules",
            findings=tuple(analysis.findings),
        )

    def analyse(self, case: FailureCase) -> Analysis:
        """Collect and weigh all evidence for one case."""
        flaky = _flaky_evidence(case)
        others = [flaky, *_history_evidence(case), *_similar_evidence(case), _status_evidence(case)]
        # (perf34) the log normalised once per case: the log's reading, the wait's below and the verdict's share it
        log = _normalise(case.log)
        scored = self._log_evidence(case, explained=any(o is not None for o in others), log=log)
        retried = [s.index for s in scored if s.finding.signature in _RETRY_PASSED_IDS]
        # (review29_c) whether every failed test of the case's list is one the log names: read once, where it counts
        listed_named = bool(retried) and _listed_tests_named(case)
        if retried and any(
                s.finding.leaning == "real" and s.finding.source == "log"
                and (s.finding.category not in _TEST_CATEGORIES or s.index > max(retried)) for s in scored):
            # The runner's retry explains its own flaky test, not a compile error, a lint or a
            # missing file elsewhere in the job (another module of the same build), nor anything
            # that failed after its summary (a later step): those failed the job.
            scored = [s for s in scored if s.finding.signature not in _RETRY_PASSED_IDS]
        elif retried and case.failed_tests and not listed_named:
            # (review29_c) The case's list holds a failed test the log never names: it failed where the summary does
            # not reach (another module's run, a report the log does not print), and the retry speaks for its own
            # flaky test only.
            scored = [s for s in scored if s.finding.signature not in _RETRY_PASSED_IDS]
        elif retried:
            # Every test passed in the end, one after a retry: the first attempt's failure above the
            # summary is the flake's, as a pass of the same commit makes it. (hold29) So is a failed test's own
            # message in the case's test list (a report that lists the flaky test's failed attempt, "Run 1: expected:
            # <0> but was: <1>; Run 2: PASS"): the summary says no test failed every attempt (the entry's unless_log
            # reads a summary with a failure), so the listed failure is an attempt a later one passed.
            # (review29_c) The listed test's message only where every listed test is one the log names (the retried
            # one's name in the runner's own lines): a listed test the log never names failed where the summary does
            # not reach (another module's run, a report the log does not print), and no retry speaks for it.
            scored = [
                _discount(s, 0.3) if s.finding.category in _TEST_CATEGORIES and (
                    0 <= s.index < max(retried) or (s.finding.source == "tests" and listed_named))
                else s for s in scored
            ]
        if case.history.passed_on_same_commit or _fingerprint_flaky(case) or (
            flaky is not None and flaky.finding.weight >= 0.85
        ):
            # Every failed test is known-flaky, or the same code passed, or this very failure (its
            # fingerprint: the failing tests and the error) passed on a rerun before and never
            # failed one: failing tests are then explained by flakiness and say little about the
            # change. A rerun passing where the same test failed is how CircleCI itself calls a
            # test flaky.
            scored = [
                _discount(s, 0.3) if s.finding.category in _TEST_CATEGORIES else s for s in scored
            ]
        strong_cause = any(
            s.finding.leaning == "transient" and s.finding.weight >= _STRONG_CAUSE
            and s.finding.category in _UPSTREAM_CATEGORIES | {"port", "timeout"} for s in scored)
        if strong_cause:
            scored = [
                _discount(s, _SYMPTOM_FACTOR)
                if s.finding.category in _SYMPTOM_CATEGORIES or s.finding.signature in _SYMPTOM_IDS
                else s
                for s in scored
            ]
        if any(s.finding.signature == _TIMING_TEST_ID for s in scored):
            # The one failing test's name says it measures time or concurrency (a second failing
            # test without such a name removed the finding above): its failing assertion is how
            # such a test fails, its report, not a second witness against the timing.
            # (timeoutname24) ... except the report that the timeout the test expected never came (_EXPECTED_TIMEOUT_ID; review24_b:
            # or any error it expected, _EXPECTED_RAISE_IDS)
            scored = [_discount(s, _SYMPTOM_FACTOR)
                      if s.finding.category == "test-assertion" and s.finding.source == "log"
                      and s.finding.signature not in _EXPECTED_RAISE_IDS else s
                      for s in scored]
        waits = [s for s in scored if s.finding.signature in _WAIT_IDS and s.finding.source == "log"]
        if waits:
            # A wait that gave up reports itself twice: Gomega's "Timed out after 240s." is followed
            # by the expectation it was waiting for, XCTest's "Asynchronous wait failed" and the
            # assertion after it name the same test. That assertion is the timeout's report, not
            # a second, deterministic failure.
            # ((flaky36) and where a wait's exception has a cause chain below it: placement._cause_of_wait)
            lines = (log.split("\n")
                     if any(w.finding.signature == _SPEC_TIMEOUT_ID for w in waits) or "Caused by:" in log else [])
            scored = [
                _discount(s, _DOWNSTREAM_FACTOR)
                if s.finding.category in _SYMPTOM_CATEGORIES and s.finding.source == "log"
                and any(_same_failure(w, s, lines) for w in waits) else s
                for s in scored
            ]
        if any(s.finding.leaning == "transient" and s.finding.signature not in _SUMMARY_IDS for s in scored):
            # "3 tests failed" names no cause: with a transient cause in the log, it is that
            # cause's symptom, not a second witness against it.
            scored = [_discount(s, _SUMMARY_FACTOR) if s.finding.signature in _SUMMARY_IDS else s
                      for s in scored]
        if any(self._catastrophic(s) for s in scored):
            scored = [
                _discount(s, _CATASTROPHIC_FACTOR)
                if s.finding.leaning == "real" and s.finding.source == "log" else s
                for s in scored
            ]
        scored.extend(s for s in others if s is not None)
        end = case.log.count("\n") - _NO_REAL_SIGNAL_TAIL
        causes = [s for s in scored if s.finding.signature not in _SUMMARY_IDS]
        if causes and all(s.finding.leaning == "transient" for s in causes) and any(
                s.finding.source == "tests" or (s.finding.source == "log" and s.index >= end)
                for s in causes):
            scored.append(_Scored(Finding(
                "no-real-signal", "transient", causes[0].finding.category,
                round(_sigmoid(_NO_REAL_SIGNAL_LLR), 4),
                "no compile, lint, assertion, missing-file or other deterministic failure anywhere",
                "job"), _NO_REAL_SIGNAL_LLR))
        if scored and all(s.finding.leaning == "real" for s in scored):
            scored.append(_Scored(Finding(
                "no-transient-signal", "real", scored[0].finding.category,
                round(_sigmoid(_NO_TRANSIENT_SIGNAL_LLR), 4),
                "no infrastructure, network, timeout, resource or flakiness signal anywhere", "job"),
                -_NO_TRANSIENT_SIGNAL_LLR))
        # (hist41) a person decided this failure's fingerprint before, on the same log: the log's reading (its findings
        # and the engine's reading of the whole log) is held to a small prior where it leans against that decision: not
        # counted again against it
        # (the log's findings combined once: the held reading's finding is history's, not the log's)
        from_log = _combine(s.llr for s in scored if s.finding.source in ("log", "tests"))
        held = _decided_log_cap(case, from_log + sum(
            s.llr for s in scored if s.finding.signature in _WHOLE_LOG_READINGS))
        if held is not None:
            scored.append(held)
        scored.sort(key=lambda s: (-abs(s.llr), -s.index))
        total = self.prior + from_log
        total += sum(s.llr for s in scored if s.finding.source not in ("log", "tests"))
        return Analysis(tuple(scored), _sigmoid(total), log)

    def _failed_every_retry(self, read: _ScanText | None) -> bool:
        """(retry23) Whether one of the patterns of signatures.toml "failed-every-retry" matches the log, wherever
        it is (its line may be held by a heavier entry, a timing-named test's own failure line): the scan's own
        matched lines of that entry (literal pre-filter and windows as in _scan), each with the rest of its retry
        report below it (every_retry.py)."""
        if read is None:
            return False
        for sig, matchers in read.possible:
            if sig.id == _EVERY_RETRY_ID:
                reports = read.retry_reports  # (speed24: the one the scans built, if they read the entry)
                return any(reports.holds(idx) for matcher in matchers for idx, _ in read.matched_lines(matcher))
        return False

    def _catastrophic(self, s: _Scored) -> bool:
        """A full disk or a lost runner: a cause that breaks whatever runs after it."""
        if s.finding.leaning != "transient" or s.finding.source != "log" or s.finding.weight < _CATASTROPHIC:
            return False
        sig = self.catalogue.get(s.finding.signature)
        return sig is not None and sig.anywhere

    # --- log and test messages --------------------------------------------------------------

    def _log_evidence(self, case: FailureCase, *, explained: bool = False, log: str | None = None) -> list[_Scored]:
        # explained: evidence from outside the log (flaky-test list, history, CircleCI's status)
        # already speaks for the failure, so an error nothing in the log explains adds no lean.
        # log: the case's log normalised (prefixes._normalise), where the caller has it
        text = _normalise(case.log) if log is None else log
        # (locale25) localized OS and tool messages read as their English originals (localized.py), the same lines; the
        # evidence shows the log's own line (shown: {translated line: the log's line})
        text, shown = to_english(text)
        read = _ScanText(self.catalogue, text) if text else None
        log_hits = self._scan(text, "log", read=read)
        warnings_only = False
        if not log_hits and text.strip():
            # Nothing but warnings: a log whose only trouble is "warning: ... got 502" or "Warning:
            # Failed to download action" still says what went wrong; read them, at a discount.
            log_hits = self._scan(text, "log", with_warnings=True, read=read)
            warnings_only = bool(log_hits)
        test_text = "\n".join(_test_message(t) for t in case.failed_tests)
        test_read, test_shown = to_english(_normalise(test_text)) if test_text.strip() else ("", {})
        shown = {**test_shown, **shown} if test_shown else shown
        test_hits = self._scan(test_read, "tests") if test_read else []
        if test_hits and read is not None:
            # (hold30) an entry's unless_log reads the job's whole log for a failed test's message too: the message is
            # a line of that log ("FAILED t.py::test_x - UpstreamError: upstream returned 503" under the test's own
            # fixture answering 503), which the log's reading already set aside
            test_hits = [h for h in test_hits
                         if not (h.sig.unless_log and any(read.whole_log.found(u) for u in h.sig.unless_log))]
        timing = self.catalogue.get(_TIMING_TEST_ID)
        expected = self.catalogue.get(_EXPECTED_TIMEOUT_ID)
        if timing is not None and expected is not None:
            # (left31) one line may carry both the timing name and the report that the time-out it expected never came
            # (pytest's short summary "FAILED t.py::test_times_out - Failed: DID NOT RAISE <class 'TimeoutError'>"): the
            # name's entry takes the line (the heavier), and the report is read from it too, as from a line of its own
            held = {(h.source, h.index, h.line) for h in log_hits + test_hits if h.sig is expected}
            for hits in (log_hits, test_hits):
                hits.extend([replace(h, sig=expected) for h in hits if h.sig is timing
                             and (h.source, h.index, h.line) not in held
                             and any(m.test_line(h.line, ascii_lower(h.line)) for m in expected.matchers)])
        timed_out = True
        if timing is not None and any(h.sig is timing for h in log_hits + test_hits):
            # (generic 16) A test named only for a timeout or deadline (the setting it checks) is flaky
            # when it failed by timing out; failing on a compared value it failed in the code. (names22) So is
            # one named only for async code (values_time._named_without_timing_sign).
            # (timeoutname24) ... or by the timeout it expected never coming (expected-timeout-not-raised reads that report):
            # failing on its timing one way or the other, whatever words the expected error's name holds ("DID NOT RAISE
            # <class 'TimeoutError'>" already counted, "Net::OpenTimeout expected but nothing was raised" did not)
            # ((timesout24) never by the words of a failing test's own name: "labels a job that timed out")
            # (leftovers26) a failed test's own message is read as the log is, its localized OS and tool messages in their
            # English originals (to_english above): "Die Wartezeit für die Verbindung ist abgelaufen" timed out as
            # "Connection timed out" does; the raw message is read as before, so an English one reads the same
            # (review30_a) not on the lines a mocking library's frame raised for the test (a stubbed ETIMEDOUT, nock's)
            timed_out = any(h.sig.category == "timeout" and h.sig is not timing for h in log_hits + test_hits) or (
                _timed_out_in(_mock_stubbed_blanked(_verb_names_masked(text, [h.index for h in log_hits if h.sig is timing])))
                or _timed_out_in(test_text) or bool(test_shown) and _timed_out_in(test_read)) or any(
                    h.sig.id in _EXPECTED_RAISE_IDS for h in log_hits + test_hits)
            if not timed_out:
                log_hits = [h for h in log_hits if not (h.sig is timing and _named_without_timing_sign(h.line, timing))]
                test_hits = [h for h in test_hits if not (h.sig is timing and _named_without_timing_sign(h.line, timing))]
        if timing is not None and any(h.sig is timing for h in log_hits + test_hits) and (_plain_test_failed(
                case.failed_tests, text, timing, timed_out) or _texts_differ_beyond_times(
                    text, [h.line for h in log_hits + test_hits if h.sig is timing])):
            log_hits = [h for h in log_hits if h.sig is not timing]
            test_hits = [h for h in test_hits if h.sig is not timing]
        text_lines = text.split("\n")
        # (ts19) a timing name counts only where the values the test compared, when printed, do not say otherwise
        # (and a measured time's miss counts only where it is not the same in every --gtest_repeat iteration)
        repeats = _repeat_misses(text_lines) if any(
            h.sig is timing or h.sig.id == _NEAR_BOUND_ID for h in log_hits) else (0, {})
        # (names23) ... and the values in the report forms read since this round (values_time._NEW_FORM_PAIRS)
        if timing is not None:
            log_hits = [h for h in log_hits if not (h.sig is timing and _new_form_values_say_otherwise(text_lines, h.index))]
        if timing is not None and _timing_values_say_otherwise(
                text_lines, [h.index for h in log_hits if h.sig is timing], repeats):
            log_hits = [h for h in log_hits if h.sig is not timing]
        # (nineteenth round, smells) a measured time or a timestamp counts only where the values compared say so
        log_hits = [h for h in log_hits if h.sig.id not in _VALUE_CHECKED_IDS or h.sig.id in _SCAN_CHECKED_IDS or (
            _near_bound(text_lines, h.index) and not _missed_every_repeat(text_lines, h.index, repeats)
            if h.sig.id == _NEAR_BOUND_ID else _second_apart(text_lines, h.index))]
        # (dates26) dates a calendar day apart count only where no other compared values in the log differ otherwise
        # ... and where the log holds a few of them (_DAY_APART_MOST): hundreds of such pairs are a data dump or a bulk
        # diff, not one test that took "today" twice (assumption; it also keeps _own_report's pairwise reading short)
        day_apart = [h.index for h in log_hits if h.sig.id == _DAY_APART_ID]
        if day_apart and (len(day_apart) > _DAY_APART_MOST or _other_values_compared(text_lines, day_apart)):
            log_hits = [h for h in log_hits if h.sig.id != _DAY_APART_ID]
        elif day_apart:
            # (review26_b) ... nor where the dates are a stored value's (a snapshot, a generated file a check says is out
            # of date) or lie off every day the log's own line timestamps name (values_dates_fixed.py)
            fixed = fixed_days(text_lines, day_apart, case.log)
            log_hits = [h for h in log_hits if h.sig.id != _DAY_APART_ID or h.index not in fixed]
        # (review 20g) a test kit's within() that ran past its bound more than _NEAR_BOUND_RATIO times over: a regression or
        # a hang, not a loaded runner (the policy of the measured times above)
        log_hits = [h for h in log_hits if h.sig.id != _TEST_KIT_WAIT_ID or not _within_far_over(h.line)]
        test_hits = [h for h in test_hits if h.sig.id != _TEST_KIT_WAIT_ID or not _within_far_over(h.line)]
        # (review 19b) a wait on another port than the job's server printed: only where no server in the log printed it
        log_hits = [h for h in log_hits if h.sig.id != _OTHER_PORT_ID or _other_port_waited(text_lines, h.index)]
        # (xfail21) the answers a smoke check of the job's own deploy retried on (its retry lines above the give-up line
        # smoke-check-of-own-deploy-gave-up took) are that release's, not an outage's
        own_deploy = [h.index for h in log_hits if h.sig.id == _OWN_DEPLOY_ID]
        if own_deploy:
            log_hits = [h for h in log_hits if not (h.sig.leaning == "transient" and h.retry and any(
                o - _GAVE_UP_LINES <= h.index < o for o in own_deploy))]
        test_hits = [h for h in test_hits if h.sig.id not in _VALUE_CHECKED_IDS]
        # (hold30) a failed test's message that repeats a log line a transient entry's line check read (two compared values
        # holding the same items in another order, a tie on a clock): the same report, which that check already read as
        # the values it compares; its assertion's words read again from the message would undo the reading
        # (hold31b) ... for two compared values (_VALUE_CHECKED_IDS), the pair's first line too, up to _PAIR_ABOVE lines
        # above the one the check read (RSpec's "expected: 1764839112" over its "got: 1764839111", a diff's "-" over its
        # "+"): the same report
        value_read = [text_lines[i].strip() for h in log_hits
                      if h.sig.leaning == "transient" and h.sig.id in _LINE_CHECKED and 0 <= h.index < len(text_lines)
                      for i in range(max(0, h.index - (
                          _FLOOR_ABOVE if h.sig.id == _TICK_UNDER_FLOOR_ID  # (flaky36) its report is above its code frame
                          else _PAIR_ABOVE if h.sig.id in _VALUE_CHECKED_IDS else 0)),
                                     h.index + 1)]
        if value_read:
            test_hits = [h for h in test_hits if not (
                h.sig.leaning == "real" and len(h.line.strip()) >= 20 and any(h.line.strip() in v for v in value_read))]
        # (hold31b) a failed test's message line that a transient entry reads and the log shows too, the same entry reading
        # it there: the log's reading of that line stands, with its place among the test's own lines (a Go test's t.Log of
        # the 503 its fake upstream answered, above the count it compared), not the message's line read again apart
        log_read = {(h.sig.id, text_lines[h.index].strip()) for h in log_hits if 0 <= h.index < len(text_lines)}
        test_hits = [h for h in test_hits if not (
            h.sig.leaning == "transient" and (h.sig.id, h.line.strip()) in log_read)]
        services = {m.group(1) for m in _COMPOSE_SERVICE.finditer(case.log)} if " | " in case.log else set()
        survived, passed_at, with_policy = _survived_attempts(text_lines) if len(services) < 2 else (set(), -1, False)
        # (retry23) ... and those of tools with no fail-on-flaky policy (pytest-retry, gotestsum --rerun-fails)
        if len(services) < 2 and (" passed on attempt " in text or "=== FAIL: " in text or "(failed -> passed)" in text):
            survived = survived | _survived_without_policy(text_lines)
        if survived:
            # Failed attempts of tests that a later attempt passed: the flake's lines, not the job's
            # failure. When every failed test passed on a retry, the runner said so in its own way
            # (unless the log says otherwise, as the entry's own unless_log reads it: a test that
            # failed every attempt in a summary the attempt lines did not show).
            # (threads33) ... but not the runner's own line for the attempt that passed (surefire's "Run 2: PASS" in its
            # "Flakes:" list, one of the run lines): that is the retry's report, which passed-on-retry reads
            log_hits = [h for h in log_hits if h.index not in survived or h.sig.id == _PASSED_ON_RETRY_ID]
            # ((flaky33) the weaker entry where only runners that pass a run on a flake retried: Jest, Cypress, gotestsum)
            retry_sig = self.catalogue.get(_PASSED_ON_RETRY_ID if with_policy else _RUN_PASSED_ID)
            if passed_at >= 0 and retry_sig is not None and not any(u.search(text) for u in retry_sig.unless_log):
                log_hits.append(_Hit(retry_sig, passed_at, text_lines[passed_at], 0, "log"))
        if self._failed_every_retry(read):
            # (retry23) A retry tool reports a test that failed on every attempt in this job: the failure reproduced,
            # so a sign read from the failing test itself (its name, a wait or time limit it ran into, values that
            # differ in order or by a tick) is no evidence of a flake; outages stay (a service down all job long)
            log_hits = [h for h in log_hits if not _test_own_sign(h, text_lines)]
            test_hits = [h for h in test_hits if not _test_own_sign(h, text_lines)]
            # (review23_c) ... nor a retry report's mark of a test that passed in the end (the .NET extension's "flaky: 1
            # (passed after retry)", "failed but passed on rerun"): another test's flake, not this failure's; nor does a
            # flake mark or passed-on-retry cancel the report below: neither is an outage met on every attempt
            log_hits = [h for h in log_hits if not (h.sig.id == _KNOWN_FLAKY_ID and _PASSED_MARK.search(h.line[:2000]))]
            if any(h.sig.leaning == "transient" and h.sig.id not in (_KNOWN_FLAKY_ID, *_RETRY_PASSED_IDS)
                   for h in log_hits + test_hits):
                # ... and an outage met on every attempt (a refused connection, a request that timed out: the fault
                # sweep's service down or hanging all job long) is read as before: the report then weighs nothing
                log_hits = [h for h in log_hits if h.sig.id != _EVERY_RETRY_ID]
        # (review 14w) A deterministic failure in the output of a command the script ran non-blocking ("go vet ./...
        # || echo", "flake8 src || true"): the script went on past it, so it did not fail the job.
        ignored = _non_blocking_lines(text_lines)
        if ignored:
            log_hits = [h for h in log_hits if not (h.sig.leaning == "real" and h.index in ignored)]
        # (hold31a) an outage whose own line ends saying the tool ignored it ("(ignored)"): the tool went on past that
        # error, which then failed nothing
        log_hits = [h for h in log_hits if not (h.sig.leaning == "transient" and _SAYS_IGNORED.search(h.line[-300:]))]
        # (review33_a) Surefire's "Run N: PASS" stands in its "Flakes:" list under the test's failed runs: a "Run N: PASS"
        # with no failed run above it (a harness's or script's own per-run lines, "Run 1: PASS", "Run 2: PASS") is no
        # runner's report of a retry
        log_hits = [h for h in log_hits if not (h.sig.id == _PASSED_ON_RETRY_ID and _run_pass_unretried(text_lines, h.index))]
        retried = [h.index for h in log_hits if h.sig.id in _RETRY_PASSED_IDS]
        # What GitLab's after_script printed did not fail the job (its exit code is ignored).
        after_script = structure.after_script_start(text_lines)
        if after_script < len(text_lines):
            # (review 21b) but GitLab's own "ERROR: Job failed: exit code N" below it is the job's status, which the
            # exit-status entries read from the main script's last command above after_script (structure.failed_step)
            # (velo32) ... as is whatever reads that line itself (its "execution took longer than ...", its "(system
            # failure): ..."): the runner's status below the sections that ran after the script, not their output
            status = structure.runner_status_line(text_lines, after_script)
            log_hits = [h for h in log_hits if h.index < after_script or h.index >= status
                        or h.sig.id in (_CURL_EXIT_ID, _TOOL_EXIT_ID) or h.sig.id in _JOURNAL_IDS]
        # GitHub Actions and CircleCI stop a job's own steps at the first that fails: what runs
        # after it (a post step, an always-step's upload, cache save or notification) ran because
        # it failed. Where that step failed on a deterministic error, an outage printed after its
        # exit line did not cause the failure and is no evidence about it.
        step_end = _first_failed_step_end(text_lines)
        # (engine 14) ... and so does the CI's epilogue (a post step, GitLab's clean-up, Jenkins'
        # post actions): the job's own steps had ended before it.
        epilogue = structure.epilogue_start(text_lines)
        if epilogue < len(text_lines) and any(line.strip() for line in text_lines[epilogue + 1:]):
            step_end = epilogue if step_end is None else min(step_end, epilogue)
        if step_end is not None and any(
                h.sig.leaning == "real" and 0 <= h.index < step_end
                and (h.sig.category in _DETERMINISTIC_CATEGORIES
                     or (h.sig.category in _STEP_OWN_CATEGORIES and h.sig.weight >= _SPECIFIC_WEIGHT))
                for h in log_hits):
            log_hits = [h for h in log_hits if not (h.sig.leaning == "transient" and h.index > step_end
                                                    and h.sig.id not in _JOURNAL_IDS)]
        # (engine 14b) ... and where no step line says so (an excerpt, a CI whose step lines the engine does
        # not know), the script's next command after a failed test run or build: what it ran after the
        # failure (a publish, an upload, a notification) met its outage after the failure was already made.
        later = _later_command(log_hits, text_lines)
        if later is not None and (step_end is None or later < step_end):
            log_hits = [h for h in log_hits if not (h.sig.leaning == "transient" and h.index > later
                                                    and h.sig.category in _LATER_CATEGORIES)]
        # (engine 14c) ... and where no step or command line sits between: an outage a test runner printed below its
        # report that a test had already failed (a killed rank, a lost node, a time limit, a 503) came after the
        # failure was made; it is dropped as the later command's are, unless it is inside that test's own report.
        below = _below_failed_test(log_hits, text_lines, survived)
        below -= {h.index for h in log_hits if h.sig.id in _JOURNAL_IDS}
        if below:
            log_hits = [h for h in log_hits if h.index not in below]
        # (a command of the CI's epilogue, after_script's or a post step's, ran after the job's own)
        if retried and any(_NEXT_COMMAND.match(line)
                           for line in text_lines[max(retried) + 1 : epilogue]):
            # The job went on to another command after the runner said every test passed in the
            # end: whatever failed the job came after, and the retried flake explains none of it.
            log_hits = [h for h in log_hits if h.sig.id not in _RETRY_PASSED_IDS]
        log_hits = [h for h in log_hits if not (h.sig.id == _FLAKY_MARK_ID and _failed_again(text_lines, h.index))]
        marked = [h.index for h in log_hits if h.sig.id == _FLAKY_MARK_ID]
        flaky_report: set[int] = set()
        if marked:
            own_lines = _marked_elsewhere_failed(text_lines, marked)
            if own_lines is not None:
                # The mark names its test, and another test failed as well: the mark explains its
                # own test's failure (those lines are dropped), not the other one's.
                log_hits = [h for h in log_hits if h.sig.id != _FLAKY_MARK_ID and h.index not in own_lines]
            elif _only_marked_failed(text_lines, marked):
                # (hold31a) ... and where the marks name every failing test (no other test failed): that test's
                # assertion and the runner's lines about it are how the marked test fails, its report, not a second
                # witness against the mark (as a timing-named test's are)
                flaky_report = {h.index for h in log_hits if h.sig.leaning == "real" and h.sig.category in _TEST_CATEGORIES}
        # (misses26) a runner's failed-test row whose own output holds a strong outage's line reads as the runner's
        # other failed-test rows do (own_rows.py): that outage's report, not a second witness against it
        log_hits = demote_explained_rows(log_hits, text_lines, self.catalogue, _STRONG_CAUSE)
        # The last specific error anchors the tail; generic summaries ("3 tests failed") come
        # after the cause in most runners and must not push the cause out of it.
        specific = [h.index for h in log_hits if h.sig.weight >= _SPECIFIC_WEIGHT]
        anchor = max(specific or [h.index for h in log_hits] or [0])
        # The first failed fetch or exhausted resource: missing files, tools or targets reported
        # after it are more likely its consequences than mistakes in the change.
        fetches = [h.index for h in log_hits if h.sig.leaning == "transient"
                   and h.sig.category in _UPSTREAM_CATEGORIES and h.sig.weight >= _SPECIFIC_WEIGHT]
        upstream = min(fetches, default=None)
        last_fetch = max(fetches, default=None)  # the last one: does the failing tool's output end on it?
        later_failure = _failed_after_outages(log_hits, text_lines)
        outlived = self._outlived(log_hits, text_lines, later_failure)
        if later_failure is not None and all(
                h.index in outlived for h in log_hits if h.source == "log" and h.sig.leaning == "transient"):
            # (nineteenth round, outlived) every outage sits in a part of the job it got past, and a later command failed
            # on the code: the outages are no evidence about that failure, as those after a failed step's are not
            log_hits = [h for h in log_hits if not (h.sig.leaning == "transient" and h.index in outlived)]
        own_report = _own_report(log_hits, text_lines)
        if own_report is None:
            # (nineteenth round, smells) another test failed on its own assertion or error: the smell explains
            # nothing of that one, and a rerun fails on it
            log_hits = [h for h in log_hits if h.sig.id not in _VALUE_CHECKED_IDS]
            own_report = set()
        # (review24_c) ... and both by the failing test's own report: another test's assertion or error outside it (a
        # unittest "FAIL:" or pytest "____ test_b ____" between, an ImportError collecting another file) is that test's
        for checked_id in (_PUBLIC_HOST_STATUS_ID, _LIVE_SERVICE_ID):
            checked = [(h.index, h.line) for h in log_hits if h.sig.id == checked_id and h.source == "log"]
            if checked and _failed_elsewhere(checked, [
                    (h.index, h.line) for h in log_hits if h.source == "log" and h.sig.leaning == "real"
                    and h.sig.category in _OWN_FAILURE_CATEGORIES and h.sig.id not in _SUMMARY_IDS], text_lines):
                log_hits = [h for h in log_hits if h.sig.id != checked_id]
        if any(h.sig.id == _LIVE_SERVICE_ID for h in log_hits) and (
                any(h.sig.leaning == "real" and h.sig.category in _ERROR_CATEGORIES and h.sig.id not in _SYMPTOM_IDS
                    for h in log_hits)
                or not any(h.sig.leaning == "real" and h.sig.id not in _SUMMARY_IDS for h in log_hits)):
            # (review24_c) a live-service test's name counter-weighs an assertion's failure only: not an error of the
            # code (a TypeError, a nil index, a NameError: the change's; a bare "file:line: message" is no such error,
            # luvit's tap "Missing 1 expected call" is its test's wait), and never alone (a failure no entry reads,
            # "exception expected, not ArgumentError", would otherwise read transient on the name)
            log_hits = [h for h in log_hits if h.sig.id != _LIVE_SERVICE_ID]
        anonymous = _anonymous_refusals(log_hits, text_lines)
        best: dict[str, _Scored] = {}
        for hit in log_hits + test_hits:
            # The failure's cause is usually the last error; earlier ones were often survived.
            if hit.source == "tests" or hit.sig.anywhere:
                factor = 1.0
            else:
                factor = self._position_factor(anchor - hit.index)
            if (
                (hit.sig.downstream or (hit.sig.category in _SELF_EVIDENT_CATEGORIES and hit.sig.leaning == "real"
                                        and _NAMES_MISSING.search(hit.line)))
                and hit.source == "log"
                and upstream is not None
                and hit.index > upstream
            ):
                # (engine 14: a compiler's or checker's line that names a missing input, "fatal error:
                # openssl/ssl.h: No such file or directory", "Cannot find module 'x'", is such a symptom too)
                factor *= _DOWNSTREAM_FACTOR
            if warnings_only and hit.source == "log":
                factor *= _WARNING_FACTOR
            if hit.retry:
                factor *= _RETRY_FACTOR
            if hit.source == "log" and hit.index in outlived:
                factor *= _OUTLIVED_FACTOR
            if hit.source == "log" and hit.index in own_report:
                factor *= _DOWNSTREAM_FACTOR  # (smells) the same failure reported twice, as a wait and its assertion
            if hit.source == "log" and hit.index in flaky_report:
                factor *= _MARKED_REPORT_FACTOR  # (hold31a) as analyse's discount of a known-flaky list's tests
            if hit.source == "log" and hit.index in anonymous:
                factor *= _ANONYMOUS_FACTOR
            llr = hit.sig.llr * factor * (1 if hit.sig.leaning == "transient" else -1)
            current = best.get(hit.sig.id)
            if (
                current is None
                or abs(llr) > abs(current.llr)
                or (abs(llr) == abs(current.llr) and hit.index > current.index)
            ):
                best[hit.sig.id] = _Scored(
                    Finding(
                        signature=hit.sig.id,
                        leaning=hit.sig.leaning,  # type: ignore[arg-type]
                        category=hit.sig.category,
                        weight=round(_sigmoid(abs(llr)), 4),
                        line=_trim(shown.get(hit.line, hit.line), hit.column),
                        source=hit.source,
                    ),
                    llr,
                    hit.index,
                )
        structural = structure.read(text).findings if self.read_structure else ()
        if self.read_structure and not (explained or log_hits or test_hits or structural):
            # The last error line counts only where nothing else explains the failure: next to a
            # recognised transient mechanism it is most likely that mechanism's damage, next to a
            # recognised deterministic failure it is that failure's own line again, and next to a
            # flaky-test list or history it is the failure they already speak for.
            unexplained = structure.unexplained_error(text_lines)
            if unexplained is None:
                # (short28) ... or, where no line says "error", the shape of a diagnostic about the project's code (a
                # source location and its message, a linter's table, a diff the log ends on) and no trouble anywhere
                unexplained = structure.code_shape(text_lines)
            structural = (unexplained,) if unexplained is not None else ()
        for sf in structural:
            if ignored and sf.leaning == "real" and sf.index in ignored:
                continue  # (review 14w: a non-blocking command's output, as above)
            llr = math.log(sf.weight / (1.0 - sf.weight))
            if sf.downstream and upstream is not None and sf.index > upstream:
                llr *= _DOWNSTREAM_FACTOR
            elif sf.tool and last_fetch is not None and last_fetch > sf.index and not _reported_after(
                    text_lines, last_fetch, log_hits):
                # The command's own output ends on a failed fetch or an exhausted resource: what
                # the tool is says less about why it failed (a docs build whose inventory fetch
                # got a 502, a compile whose dependency download timed out). Not when the tool
                # reported an error of its own after it: the fetch was survived.
                llr *= _SYMPTOM_FACTOR
            llr *= 1 if sf.leaning == "transient" else -1
            if sf.id not in best or abs(llr) > abs(best[sf.id].llr):
                best[sf.id] = _Scored(
                    Finding(sf.id, sf.leaning, sf.category, round(_sigmoid(abs(llr)), 4),  # type: ignore[arg-type]
                            _trim(_own_words(sf.line, sf.index, text_lines, shown), 0), "log"),
                    llr, max(sf.index, 0))
        return list(best.values())

    def _outlived(self, hits: Sequence[_Hit], lines: list[str], later: int | None = None) -> set[int]:
        """(engine 14) Lines of the outages (and timing trouble) the job outlived: transient hits
        above the last self-evident failure (_SELF_EVIDENT_CATEGORIES) when no transient hit follows
        it, so the job's own part ended on that failure. Not when a "downstream" symptom follows
        an outage, nor an outage above a line that names a missing input (_NAMES_MISSING: the
        outage's damage, maybe); and a catastrophic cause only where the tool said right below it
        that it handled it (a retry or fallback line)."""
        ends = [h.index for h in hits if h.sig.leaning == "real" and h.source == "log" and not h.sig.downstream
                and h.sig.category in _SELF_EVIDENT_CATEGORIES and h.sig.weight >= _SPECIFIC_WEIGHT
                # (a generic "file:line: ..." reads a failing test's frame as well as a compiler's line)
                and h.sig.id not in _SYMPTOM_IDS and not _DATA_PARSE.search(h.line)]
        outages = [h for h in hits if h.sig.leaning == "transient" and h.source == "log"]
        compared = _mismatches(hits, lines)
        out = _limits_beside(hits, lines, compared)
        out |= _beside_other_mismatch(hits, lines, compared)
        # (engine 14b) ... and a failing test's value mismatch (_VALUES_COMPARED, no network words in its
        # report) that is the last failing test's report: only outages above it, no flaky mark or
        # timing-named test (how a flaky test fails), and none at or below it (a test erroring on a refusal)
        tests = [h.index for h in hits if h.sig.leaning == "real" and h.source == "log"
                 and h.sig.category in ("test-assertion", "runtime-error")
                 # ((engine 15) not pytest's short summary below the reports, "FAILED a.py::t - AssertionError":
                 # it repeats a failure reported above, it opens no report of its own)
                 and not _PYTEST_SUMMARY_OF_ASSERTION.match(h.line[:700])]
        # (nor a test's own time limit that is not another test's: Gomega's "Timed out after 240s." above the
        # expectation it waited for is that test's report)
        # (and each outage in an earlier command that the script went on from, _command_between: an outage in
        # the test run's own output may be what emptied the values it compared, "expected > 0 but was 0";
        # (engine 15) unless the values show no such damage and no line ties the outage to the failing test,
        # _background_outage: an exporter's, an update check's or a handled reconnect's line in the run's output)
        # ((engine 14c) a line of the same report below it, pytest's "tests/test_x.py:10: AssertionError" under its
        # "E   assert 4 == 5", with no other test's report opening between, still leaves it the last one)
        # ((perf34) the last mismatch taken once: read again for each test and outage, thousands of failed tests each
        # with its mismatch read their list once per test)
        last_compared = max(compared, default=-1)
        if compared and all(
                t - last_compared <= _REPORT_LINES
                and not any(_TEST_BOUNDARY.search(ln[:700]) for ln in lines[last_compared + 1: t + 1])
                for t in tests if t > last_compared) and all(
                h.sig.category in _OUTAGE_CATEGORIES and h.sig.id not in _TEST_LIMIT_IDS
                # ((engine 15) or in the same run, when the values show no damage and nothing ties it to the test)
                and (_command_between(lines, h.index, last_compared) or _background_outage(h, lines, compared))
                for h in outages if h.index not in out):
            ends.append(last_compared)
        # ((nineteenth round, outlived) and a failure of the code in a part of the job run after every outage, which the
        # job got past: an earlier command, a fetch the tool fell back from; _failed_after_outages, found by the caller)
        if later is not None:
            ends.append(later)
        if not ends:
            return out
        last = max(ends)
        if not outages or any(h.index >= last for h in outages if h.index not in out):
            return out
        outages = [h for h in outages if h.index not in out]
        if not outages:
            return out
        first = min(h.index for h in outages)
        # ((review31_a) not the header a runner prints over the later failure's own report a few lines above it: pytest's
        # "ImportError while loading conftest" over the ImportError of a name the project's module lacks is that failure)
        if any(h.sig.downstream and h.sig.leaning == "real" and h.index > first
               and not (later is not None and 0 < later - h.index <= _REPORT_LINES) for h in hits):
            return set()  # a downstream symptom below an outage: the outage's damage is in the log
        # (the last line up to that failure that names a missing input: outages above it may have caused it)
        missing = next((i for i in range(last, first, -1)
                        if _NAMES_MISSING.search(lines[i]) or _LINKER_FAILED.search(lines[i])
                        or _MAY_BE_DAMAGE.search(lines[i])), -1)
        for h in outages:
            if h.index < missing:
                continue
            # ((hold31a) nor a port another process held, where the failure is a later test's values: the job's own server
            # never bound it (a job that bound it twice itself is port-bound-twice-by-the-job's, which sets port-in-use
            # aside), and what its later tests reached, an old build's answers, is that collision's damage; a compiler's
            # or a linter's failure after it is not)
            if h.sig.category == "port" and compared and last == max(compared):
                continue
            # ((review 19h) nor an outage whose command was fetching a file that a line below it, up to the failure's
            # report, names: "curl -o tests/data/cities.csv ... || true", then "assert len(load('tests/data/cities.csv'))
            # == 2048" failing on the rows of what arrived; the file cut short is the outage's damage)
            if _reads_fetched_file(lines, h.index, min(len(lines), last + _REPORT_LINES + 1)):
                continue
            if h.sig.anywhere and h.sig.weight >= _CATASTROPHIC and not any(
                    any(m.test_line(line, ascii_lower(line)) for m in self.catalogue.retry_matchers)
                    for line in lines[h.index + 1 : h.index + 1 + _HANDLED_LINES]):
                continue
            out.add(h.index)
        return out

    def _position_factor(self, distance: int) -> float:
        if distance <= self.tail_lines:
            return 1.0
        if distance <= 4 * self.tail_lines:
            return 0.75
        return 0.55

    def _scan(self, text: str, source: str, *, with_warnings: bool = False,
              read: _ScanText | None = None) -> list[_Hit]:
        """One hit per matching line: the heaviest signature that matches it. ``read``: what an earlier scan of the
        same text found (a scan with warnings after one without: the same regex searches, read once)."""
        if not text:
            return []
        if read is None or read.text is not text:
            read = _ScanText(self.catalogue, text)
        lines, starts, lowered = read.lines, read.starts, read.lowered
        whole_log = read.whole_log  # (the entries' unless_log searches: each distinct pattern once)
        noise_cache, warning_cache, retry_cache = read.noise_cache, read.warning_cache, read.retry_cache
        retry_to, retry_from = read.retry_to, read.retry_from
        passed_lines, pytest_source = read.passed_lines, read.pytest_source
        console_own = read.console_own

        allowed = read.allowed

        def is_retry(j: int) -> bool:
            return _any_line(allowed("retry_matchers"), j, lines[j], lowered[starts[j]: starts[j] + len(lines[j])],
                             retry_cache)

        # (_last_command of the lines, taken once for every outage _retried_past reads)
        last_command = functools.cache(lambda: _last_command(lines))
        # (review30_a) ... and the lines holding a mocking library's frame, found once for the outages _near_mock_frame reads
        mock_rows = functools.cache(lambda: _mock_frame_rows(text, lines))
        # (velo32) ... and the lines where GitLab Runner began a stage after its preparation, found once
        stage_rows = functools.cache(lambda: _runner_stage_rows(lines))
        verdict_rows = functools.cache(lambda: VerdictRows(lines))
        # (perf34) the readings of a line that depend on the line alone, not on the entry asking, each taken once per
        # line: several entries read the same line (a host lookup: the outage entries, the misspelt host's, OBS's)
        quoted_source = functools.cache(lambda i: _quoted_source(lines[i - 1], lines[i]) and not _last_raise(lines, i))
        retried_past = functools.cache(lambda i: _retried_past(lines, i, is_retry, last_command))
        set_aside = functools.cache(lambda i: (
            _cpan_fetched_otherwise(lines, i) or _runner_retried_preparation(lines, i, stage_rows)
            or _agent_gone_after_tool_failed(lines, i, verdict_rows) or _test_more_like_value(lines, i)
            or _grep_source_line(lines, i)))
        near_mock = functools.cache(lambda i: _near_mock_frame(mock_rows(), i, lines))
        a_value = functools.cache(lambda i: (
            _in_compared_report(lines, i) or _in_junit_value(lines, i) or _in_labelled_pair(lines, i)
            or _title_under_header(lines, i) or read.expect_blocks.holds(i)))
        power_heads = functools.cache(lambda: power_assertion_heads(text, lines))

        def in_power_assertion(i: int) -> bool:
            heads = power_heads()
            k = bisect_right(heads, i - 1) - 1  # (the last head above the line: the read upward stops within
            # _COMPARED_LINES lines, so a line with none that near is no part of a report)
            return k >= 0 and heads[k] >= i - _COMPARED_LINES and _in_power_assertion(lines, i)
        values_in_line = functools.cache(lambda i: _values_outside(None, lines[i], "", whole_line=True))
        line_checked: dict[tuple[Callable[[list[str], int], bool], int], bool] = {}
        misspelt = functools.cache(lambda: misspelt_checks(lines))

        def passes_check(sig_id: str, i: int) -> bool:
            check = _LINE_CHECKED[sig_id]
            if sig_id in _MISSPELT_CHECKED and check is _MISSPELT_CHECKED[sig_id]:
                return misspelt()[sig_id](i)  # (the same answers, each line's lookup read once: misspelt_checks)
            got = line_checked.get((check, i))
            if got is None:
                got = line_checked[(check, i)] = check(lines, i)
            return got

        by_line: dict[int, _Hit] = {}
        # (only the entries and matchers that the literals found allow, in catalogue order: Catalogue.possible_matchers)
        for sig, matchers in read.possible:
            log_excluded: bool | None = None
            for matcher in matchers:
                for idx, first in read.matched_lines(matcher):
                    if matcher.unless_went_on and read.went_on(matcher, idx):
                        continue  # (perf30) the pattern's guard: the job went on below the line (went_on.py)
                    if matcher.if_went_on and not read.went_on_index.went_on(matcher.if_went_on, idx, 0):
                        continue  # (perf31) the pattern's look below its line found no target (went_on.py)
                    line = lines[idx]
                    # (retryspeed23) the rest of a retry report below its marker line: every_retry.py (speed24: one
                    # RetryReports per text, kept by the _ScanText both scans and _failed_every_retry share)
                    if sig.id == _EVERY_RETRY_ID and not read.retry_reports.holds(idx):
                        continue
                    held = by_line.get(idx)
                    if held is not None and held.sig.weight >= sig.weight:
                        continue
                    if idx in passed_lines:
                        continue  # (generic 16b) a passing go test's own t.Log line (xfail 17b: a passing Jest file's console block)
                    low_line = lowered[starts[idx] : starts[idx] + len(line)]
                    if not sig.reads_noise and _any_line(
                            allowed("noise_matchers"), idx, line, low_line, noise_cache) and not (
                                sig.id == _TIMING_TEST_ID and _TITLE_NOISE.match(line)) and not (
                                sig.id in _CODE_FRAME_READERS and _CODE_FRAME_NOISE.match(line)):
                        continue
                    retry = _any_line(allowed("retry_matchers"), idx, line, low_line, retry_cache)
                    if retry and (sig.leaning != "transient" or idx >= retry_to
                                  or (idx < retry_from and not _retries_ran_out(lines, idx, is_retry))
                                  or (idx >= retry_from and _retry_went_through(lines, idx, is_retry))):
                        continue
                    if sig.leaning == "transient" and idx in pytest_source:
                        continue  # (generic 17b) the source a pytest failure report quotes: code, not an outage
                    if sig.leaning == "transient" and sig.category in _CONSOLE_OWN_CATEGORIES and idx in console_own and (
                            not _REMOTE_PEER.search(line)):
                        continue  # (left31) a failing test's console output (Jest's, vstest's) under its own assertion's diff
                    if idx > 0 and quoted_source(idx):
                        continue  # the source line a Python traceback quotes: code, not an error
                    if not (sig.warnings or with_warnings) and _any_line(
                        allowed("warning_matchers"), idx, line, low_line, warning_cache
                    ):
                        continue
                    if any(u.test_line(line, low_line) for u in read.unless_of(sig)):
                        continue
                    if sig.leaning == "transient" and sig.category in ("network", "timeout") and retried_past(idx):
                        continue  # the tool retried past it and the script went on
                    # (xfail21b) CPAN.pm fetched and checked the file with its next fetcher; (velo32) GitLab Runner tried
                    # its preparation again and the job got past it; (review32_a) Jenkins' agent went after the build
                    # tool had failed on its own (after32: any stop); (xfail21b) the value a Test::More like() compared
                    # with its pattern; (review30_a) a source line a grep the job ran printed
                    if sig.leaning == "transient" and set_aside(idx):
                        continue
                    if sig.leaning == "transient" and sig.category in ("network", "timeout") and near_mock(idx):
                        continue  # (review30_a) a stubbed failure a mocking library's frame raised
                    if sig.id == _BROWSER_MISSING_ID and _wallaby_same_major(lines, idx):
                        continue  # (xfail21b) Wallaby's warning of a build mismatch under one major: benign
                    if values_are_data(sig.leaning, sig.category, sig.id) and (
                            (values_in_line(idx) if gate_reads_whole_line(sig.category, sig.id)
                             else _values_outside(matcher, line, low_line, whole_line=False))
                            or a_value(idx)):
                        continue  # a test comparing errors names the trouble as a value
                    if sig.leaning == "transient" and in_power_assertion(idx):
                        continue  # (fix 14) an expression or value a power assertion reports
                    if sig.unless_matchers and _refuted_below(
                            sig, lines, lowered, starts, idx,
                            None if sig.leaning == "transient" else self._transient_matchers):
                        continue
                    if log_excluded is None:
                        log_excluded = any(whole_log.found(u) for u in sig.unless_log)
                    if log_excluded:
                        break
                    # (twentieth round, generic20) checked before it takes the line from another entry; in a failed
                    # test's own message only the entries of _LINE_CHECKED_ANY_SOURCE are checked, the others take none
                    if sig.id in _LINE_CHECKED and (
                            source != "log" and sig.id not in _LINE_CHECKED_ANY_SOURCE
                            or not passes_check(sig.id, idx)):
                        continue
                    by_line[idx] = _Hit(
                        sig, idx if source == "log" else -1, line, first - starts[idx], source, retry
                    )
                if log_excluded:
                    break
        return list(by_line.values())

    def _evidence(self, ordered: Sequence[_Scored]) -> tuple[str, ...]:
        out: list[str] = []
        for s in ordered:
            text = s.finding.line
            if text and text not in out:
                out.append(text)
            if len(out) >= self.max_evidence:
                break
        return tuple(out)


def _values_outside(matcher: Matcher | None, line: str, low_line: str, *, whole_line: bool) -> bool:
    """Whether ``line`` is a test's one-line report of values compared (_COMPARED_VALUES, the wanted side not simply no
    error) or names trouble as a test's title or advice does (_NAMES_TROUBLE). (prec28) Unless ``whole_line``, read
    outside the entry's own match (compared_reports.gate_reads_whole_line): an entry the gate did not read before may
    have been written for a tool's line that reads like a comparison (flutter's "Expected <url> to have md5 checksum X,
    but was Y. This may indicate a problem with your connection", ava's "✘ test/a.js exited due to SIGKILL")."""
    if not whole_line and matcher is not None:
        hay = low_line if matcher.on_lowered else line
        pos = 0
        while (m := matcher.regex.search(hay, pos)) is not None:
            if matcher.accepts(hay, m.start()):
                # (each of its characters but the spaces an "x": no words of a comparison or a title's mark left in it,
                # and no new ones made of it, "Error: No space left on device (28)" no unittest "ERROR: test_x (m.T)")
                end = min(m.end(), len(line))
                line = line[: m.start()] + _NOT_SPACE.sub("x", line[m.start(): end]) + line[end:]
                break
            pos = m.start() + 1
    return bool(_COMPARED_VALUES.search(line) and not _NO_ERROR_WANTED.search(line) or _NAMES_TROUBLE.search(line))


_NOT_SPACE = re.compile(r"\S")
# (left31) the console output a failing test printed under its own assertion's diff (Jest's console blocks, vstest's
# "Standard Output Messages:"; test_layout _failing_jest_console_lines, _failing_vstest_output_lines) is the test's
# stub's or the code's: a cloud API's throttling ("ThrottlingException: Rate exceeded", "SlowDown", a 429, Entra's
# "AADSTS90033: A transient error has occurred") or a refusal on the loopback that a fake printed is no outage the job
# met, and the failure is the value compared. Only the network and rate-limit entries, and only where the line names no
# peer off the machine (an address other than the loopback, a URL's remote host, a name looked up, a service's name and
# port): a refusal from the job's database service or a failed lookup of a remote host is what the code met, the test's
# wrong value its symptom, and keeps its reading
_CONSOLE_OWN_CATEGORIES = frozenset({"network", "rate-limit"})
_REMOTE_PEER = re.compile(
    r"\b(?!127\.|0\.0\.0\.0\b)(?:\d{1,3}\.){3}\d{1,3}\b|\b(?:https?|wss?|grpcs?|postgres(?:ql)?|mysql|redis|amqps?|mongodb)"
    r"://(?!localhost\b|127\.|\[::1\]|0\.0\.0\.0\b)[\w.-]|\b(?:getaddrinfo|ENOTFOUND|EAI_AGAIN)\b"
    r"|(?<![\w./-])(?!localhost:)[a-z][\w.-]{0,200}:\d{2,5}\b(?!:\d)", re.I)


# (perf31) _ScanText.allowed: one call per this many characters of a text before its [noise], warning and retry
# matchers are filtered by the literals it holds (the search for them costs about 0.1 s a megabyte; a line asked of all
# 65 [noise] matchers about 30 microseconds more than of the few a text allows)
_ALLOWED_AFTER_CHARS = 300
# (perf34) _ScanText.unless_of: one call per this many characters of a text for an entry before its unless matchers are
# filtered by the literals the text holds (the search for an entry's 40 to 60 literals costs some 15 ms on 2 MB, asking
# one line all of its patterns some 50 microseconds)
_UNLESS_AFTER_CHARS = 5000


class _ScanText:
    """What the engine's scans of one text share: its lines, its lower-cased copy, the literals found and the entries
    they allow, the lines' readings (noise, warning, retry), and each matcher's matched lines as far as a scan read
    them. The scan with warnings that follows a scan without (_log_evidence, when the first found nothing) reads the
    same lines: every value here depends on the text alone, so keeping it changes no answer."""

    def __init__(self, catalogue: Catalogue, text: str) -> None:
        self.text = text
        self.lines = lines = text.split("\n")
        self.starts = [0, *accumulate(len(line) + 1 for line in lines)]
        self.lowered = lowered = ascii_lower(text)
        # (only the entries and matchers that the literals found allow, in catalogue order: Catalogue.possible_matchers)
        self.possible = catalogue.possible_matchers(catalogue.literals_in(lowered))
        self.whole_log = LogSearch(text, lowered, self.starts)
        self._catalogue = catalogue
        self._allowed: dict[str, tuple[Matcher, ...]] = {}
        self._asked, self._budget = 0, len(text) // _ALLOWED_AFTER_CHARS
        self._unless: dict[int, tuple[Matcher, ...]] = {}
        self._unless_asked: dict[int, int] = {}
        self._present: dict[str, bool] = {}  # (literal -> whether the lowered text holds it; unless_of)
        self.noise_cache: dict[int, bool] = {}
        self.warning_cache: dict[int, bool] = {}
        self.retry_cache: dict[int, bool] = {}
        # (from the job's own end: a CI's clean-up after the retries is no progress of theirs, and
        # its own retries, after_script's or a post step's, are not the job's; a retry the script
        # went on from to its next command went through)
        self.retry_to = retry_to = structure.job_end(lines)
        retry_from = _tail_start(lines[:retry_to], _RETRY_TAIL)
        went_on = max((i for i in range(retry_from, retry_to)
                       if _NEXT_COMMAND.match(lines[i]) and not lines[i][:1].isspace()), default=-1)
        self.retry_from = max(retry_from, went_on + 1)
        passed_lines = _passing_go_test_lines(lines, lowered)
        passed_lines |= _passing_jest_console_lines(lines, lowered)
        passed_lines |= _panicking_go_test_lines(lines, lowered)
        self.passed_lines = passed_lines
        self.console_own = _failing_jest_console_lines(lines, lowered) | _failing_vstest_output_lines(lines, lowered)
        self.pytest_source = _pytest_source_lines(lines, lowered) | _pytest_short_source_lines(lines, lowered)
        # id(matcher) -> [(line index, first non-blank character's offset) of each match read so far, where the next
        # search starts, whether the text is read to its end, the search (near the literals or over the whole text)]
        self._matched: dict[int, list[Any]] = {}

    @functools.cached_property
    def retry_reports(self) -> RetryReports:
        """The text's retry reports (every_retry.py), built on first use and then shared: the scan without warnings, the
        scan with warnings and _failed_every_retry all read the same text (``self.lowered``), and RetryReports keeps
        nothing but readings of that text (its lines, their offsets, indexes of them and answers per line)."""
        return RetryReports(self.lowered)

    def allowed(self, kind: str) -> tuple[Matcher, ...]:
        """(perf31) The catalogue's ``kind`` matchers ("noise_matchers", "warning_matchers", "retry_matchers") a line of
        this text is asked: after one call per _ALLOWED_AFTER_CHARS characters of the text, those whose literals the
        text holds, in their order (a line's match holds a literal of each of its matcher's groups, as the entries'
        pre-filter reads them; the others match no line of it); until then all of them (on a text with few lines to
        ask, the literals' search would cost more than it saves). The same answers either way; a megabyte of candidate
        lines asked each of the 65 [noise] matchers of every line."""
        got = self._allowed.get(kind)
        if got is not None:
            return got
        every: tuple[Matcher, ...] = getattr(self._catalogue, kind)
        self._asked += 1
        if self._asked <= self._budget:
            return every
        present: dict[str, bool] = {}

        def holds(literal: str) -> bool:
            got = present.get(literal)
            if got is None:
                got = present[literal] = literal in self.lowered
            return got

        got = self._allowed[kind] = tuple(m for m in every if all(any(holds(lit) for lit in g) for g in m.groups))
        return got

    def unless_of(self, sig: Signature) -> tuple[Matcher, ...]:
        """(perf34) The entry's ``unless`` matchers a line of this text is asked: after one call per _UNLESS_AFTER_CHARS
        characters of the text for the entry, those whose literals the text holds, in their order (a line's match holds
        a literal of each of its matcher's groups, as ``allowed`` reads them; the others match no line of it); until
        then all of them (an entry that takes a few lines of a long text would spend more on the literals' search than
        it saves). The same answers either way; a megabyte of one entry's lines asked each of an outage entry's 40 to
        60 unless patterns of every line (50,000 host lookups: a third of the engine's time)."""
        got = self._unless.get(id(sig))
        if got is None:
            every = sig.unless_matchers
            asked = self._unless_asked[id(sig)] = self._unless_asked.get(id(sig), 0) + 1
            if asked <= len(self.text) // _UNLESS_AFTER_CHARS:
                return every
            present = self._present
            lowered = self.lowered

            def holds(literal: str) -> bool:
                found = present.get(literal)
                if found is None:
                    found = present[literal] = literal in lowered
                return found

            got = self._unless[id(sig)] = tuple(
                m for m in every if all(any(holds(lit) for lit in g) for g in m.groups))
        return got

    @functools.cached_property
    def expect_blocks(self) -> ExpectBlocks:
        """(perf31) The lines that end the read upward for an expect-test report's text (compared_reports.ExpectBlocks),
        listed on first use."""
        return ExpectBlocks(self.text, self.lines, self.starts)

    @functools.cached_property
    def went_on_index(self) -> WentOnIndex:
        """The lines that end the patterns' guards' looks (went_on.py), listed on first use, once per guard."""
        return WentOnIndex(self.text, self.lines, self.starts)

    def went_on(self, matcher: Matcher, idx: int) -> bool:
        """(perf30) Whether ``matcher``'s guard (its unless_went_on) holds for its match on line ``idx`` (one that
        matched_lines gave): the job went on below it. The match's end is found again from the line's start (the first
        match there that the matcher accepts: the one matched_lines found, or, where that one took blank lines above,
        the same match without them)."""
        hay = self.lowered if matcher.on_lowered else self.text
        pos = self.starts[idx]
        while (m := matcher.regex.search(hay, pos)) is not None and not matcher.accepts(hay, m.start()):
            pos = m.start() + 1
        if m is None:  # (not reached: the line holds a match)
            return False
        last = bisect_right(self.starts, m.end()) - 1  # (the line the match ends on)
        return self.went_on_index.went_on(matcher.unless_went_on, last,
                                          self.starts[last] + len(self.lines[last]) - m.end())

    def matched_lines(self, matcher: Matcher) -> Iterator[tuple[int, int]]:
        """(line, offset of the match's first non-blank character) of each match of ``matcher``, one per line, in
        order: searched as far as the caller reads, and from the previous scan's list where it read them already."""
        memo = self._matched.get(id(matcher))
        if memo is None:
            memo = self._matched[id(matcher)] = [[], 0, False, None]
        found: list[tuple[int, int]] = memo[0]
        i = 0
        while True:
            while i < len(found):
                yield found[i]
                i += 1
            if memo[2]:
                return
            self._search_on(matcher, memo)

    def _search_on(self, matcher: Matcher, memo: list[Any]) -> None:
        """One more matched line of ``matcher`` into ``memo``, or the mark that there is none."""
        hay = self.lowered if matcher.on_lowered else self.text
        # (on a long log, near the literals only: LogSearch.windows, whose argument holds for the leftmost match from a
        # position as for any match; a match found past its window's lines is set aside, the next window finds it)
        search = memo[3]
        if search is None:  # ((perf34) found once per matcher: a matcher on every line of a log asked it per line)
            windows = self.whole_log.windows(matcher.regex)
            search = memo[3] = (matcher.regex.search if windows is None
                                else partial(_search_windows, matcher.regex, windows))
        pos = memo[1]
        while pos <= len(hay):
            m = search(hay, pos)
            if m is None:
                break
            if not matcher.accepts(hay, m.start()):
                pos = m.start() + 1
                continue
            # Anchor on the first non-blank character so a leading \s* cannot pull the
            # match onto the previous line.
            matched = m.group()
            first = m.start() + (len(matched) - len(matched.lstrip()))
            idx = bisect_right(self.starts, first) - 1
            memo[0].append((idx, first))
            memo[1] = self.starts[idx] + len(self.lines[idx]) + 1  # (the next search: from the line after it)
            return
        memo[2] = True


def _search_windows(regex: re.Pattern[str], windows: list[tuple[int, int, int]], hay: str, pos: int) -> re.Match[str] | None:
    """``regex.search(hay, pos)`` where every match starts within ``windows`` (LogSearch.windows): the leftmost match
    from ``pos`` that starts on a window's lines."""
    k = bisect_right(windows, (pos, len(hay) + 2, 0)) - 1  # (the last window that starts at or before pos)
    # (perf30) by index from there, not a slice: a copy of the windows left per call, one call per matched line, read
    # a log of thousands of windows once per line (Semgrep's counts on 14,700 of 29,500 lines: 0.5 s of 1.3)
    for w in range(max(k, 0), len(windows)):
        first, after, endpos = windows[w]
        if after <= pos:
            continue
        m = regex.search(hay, max(first, pos), endpos)
        if m is not None and m.start() < after:
            return m
    return None


def _any_line(
    matchers: Sequence[Matcher], idx: int, line: str, lowered: str, cache: dict[int, bool]
) -> bool:
    hit = cache.get(idx)
    if hit is None:
        hit = cache[idx] = any(m.test_line(line, lowered) for m in matchers)
    return hit


# (hold31b) a Go test's own log line (t.Log, t.Errorf) as JUnit metadata carries it: go-junit-report and gotestsum write
# the test's output without go test's indentation ("retry_test.go:71: attempts = 4, want 3"), the line the log shows as
# "    retry_test.go:71: ..."; read with its indentation back, as the log's line is read (a test's assertion there, not a
# compiler's file diagnostic)
_GO_TEST_LOG_UNINDENTED = re.compile(r"(?m)^(?=[\w./-]{0,300}_test\.go:\d+: )")


def _test_message(test: FailedTest) -> str:
    return _GO_TEST_LOG_UNINDENTED.sub("    ", test.message[:MAX_TEST_MESSAGE_CHARS])


# --- arithmetic and phrasing --------------------------------------------------------------


def _combine(llrs: Iterable[float]) -> float:
    """Sum per side with diminishing returns: lines of one log are not independent witnesses."""
    values = list(llrs)
    total = 0.0
    for sign in (1.0, -1.0):
        side = sorted((abs(v) for v in values if v * sign > 0), reverse=True)
        total += sign * sum(v * w for v, w in zip(side, (1.0, 0.35, 0.15), strict=False))
    return total


def _discount(s: _Scored, factor: float) -> _Scored:
    f = s.finding
    llr = s.llr * factor
    finding = Finding(
        f.signature, f.leaning, f.category, round(_sigmoid(abs(llr)), 4), f.line, f.source
    )
    return _Scored(finding, llr, s.index)


def _own_words(line: str, index: int, lines: list[str], shown: dict[str, str]) -> str:
    """(locale25) A structure finding's evidence in the log's own words: the findings quote their line stripped and cut
    ("line.strip()[:300]", or inside a sentence of their own), so the translated line is looked up by the finding's
    index, not by its text alone."""
    if not shown:
        return line
    if line in shown:
        return shown[line]
    translated = lines[index] if 0 <= index < len(lines) else None
    if translated is None or translated not in shown:
        return line
    piece = translated.strip()[:300]
    return line.replace(piece, shown[translated].strip(), 1) if piece and piece in line else line


def _trim(line: str, column: int) -> str:
    line = line.strip() if len(line) <= MAX_LINE_CHARS else line
    if len(line) <= MAX_LINE_CHARS:
        return line
    start = max(0, min(column - 60, len(line) - MAX_LINE_CHARS))
    piece = line[start : start + MAX_LINE_CHARS - 2].strip()
    return ("…" if start > 0 else "") + piece + "…"


def _rationale(verdict: str, p: float, ours: list[_Scored], theirs: list[_Scored]) -> str:
    if not ours and not theirs:
        return (
            f"{verdict.capitalize()}: no recognised failure signature in the log or the failed tests, "
            "and no flaky-test or history evidence."
        )

    def names(items: list[_Scored]) -> str:
        return ", ".join(f"{s.finding.signature} ({s.finding.category})" for s in items[:3])

    if verdict == "unknown":
        lean = "transient" if p >= 0.5 else "real"
        text = f"Unknown: the evidence is weak or balanced (P(transient)={p:.2f}, leaning {lean})"
        if ours:
            text += f"; for {lean}: {names(ours)}"
        if theirs:
            text += f"; against: {names(theirs)}"
        return text + "."
    if not ours:
        return f"{verdict.capitalize()} (P(transient)={p:.2f}): only the configured prior leans this way; against: {names(theirs)}."
    top = ours[0].finding
    where = {
        "log": "in the log",
        "tests": "in a failed test",
        "flaky": "",
        "history": "",
        "job": "",
    }
    text = f"{verdict.capitalize()} (P(transient)={p:.2f}): {top.signature} ({top.category})"
    if where.get(top.source):
        text += f" {where[top.source]}"
    if len(ours) > 1:
        text += f"; also {names(ours[1:])}"
    if theirs:
        text += f"; outweighed: {names(theirs)}"
    return text + "."


def _run_pass_unretried(lines: list[str], idx: int) -> bool:
    """(review33_a) Whether the line at ``idx`` is a "Run N: PASS" line (_RUN_PASS_LINE) with no failed run's line
    (_RUN_FAILED_LINE) above it, within _RUN_FAILED_ABOVE lines and before another "Run N: PASS": Surefire prints a
    rerun test's runs in order, the failed ones first, so its passing run always stands under one that failed."""
    if not 0 <= idx < len(lines) or not _RUN_PASS_LINE.match(lines[idx][:300]):
        return False
    for j in range(idx - 1, max(-1, idx - 1 - _RUN_FAILED_ABOVE), -1):
        line = lines[j][:2000]
        if _RUN_FAILED_LINE.match(line):
            return False
        if _RUN_PASS_LINE.match(line[:300]):
            return True
    return True
