"""The offline evidence engine: signature matches, flaky-test lists and history weighed into a verdict.

Pure and fast: no I/O, no clock. Each piece of evidence is a log-likelihood ratio (from a
signature's weight, discounted by where in the log it sits); they are summed and turned into
P(transient). The verdict is transient or real only past a threshold, otherwise unknown.
"""

from __future__ import annotations

import functools
import math
import re
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import accumulate

from ..core.ci import JobFailure
from ..core.models import FailedTest, FailureCase, Finding, Verdict
from . import calibration as calibration_mod
from . import structure
from .calibration import Calibration
from .catalogue import Catalogue, Matcher, Signature, ascii_lower, builtin_catalogue
from .compared_reports import (
    _COMPARED_IDS,
    _NO_ERROR_WANTED,
    _in_compared_report,
    _in_expect_test_block,
    _in_junit_value,
    _in_power_assertion,
)
from .line_checks import (
    _BROWSER_MISSING_ID,
    _CURL_EXIT_ID,
    _GAVE_UP_LINES,
    _LINE_CHECKED,
    _NEAR_BOUND_ID,
    _OTHER_PORT_ID,
    _OWN_DEPLOY_ID,
    _RETRY_FACTOR,
    _RETRY_TAIL,
    _TEST_KIT_WAIT_ID,
    _TOOL_EXIT_ID,
    _UNORDERED_ID,
    _VALUE_CHECKED_IDS,
    _cpan_fetched_otherwise,
    _other_port_waited,
    _retried_past,
    _retries_ran_out,
    _retry_went_through,
    _test_more_like_value,
    _wallaby_same_major,
    _within_far_over,
)
from .lines import _NEXT_COMMAND
from .prefixes import _COMPOSE_SERVICE, _normalise
from .test_layout import (
    _FAILING_TEST_LINE,
    _FLAKY_MARK_ID,
    _TEST_NAME_TOKEN,
    _failed_again,
    _failing_names,
    _marked_elsewhere_failed,
    _names_whole,
    _panicking_go_test_lines,
    _parent_only_lines,
    _passing_go_test_lines,
    _passing_jest_console_lines,
    _plain_test_failed,
    _pytest_short_source_lines,
    _pytest_source_lines,
    _survived_attempts,
)
from .values_time import (
    _TIMING_TEST_ID,
    _missed_every_repeat,
    _named_for_timeout_only,
    _near_bound,
    _repeat_misses,
    _second_apart,
    _texts_differ_beyond_times,
    _timed_out_in,
    _timing_values_say_otherwise,
)

MAX_LINE_CHARS = 200
# How much of each failed test's message is read (the head carries the exception).
MAX_TEST_MESSAGE_CHARS = 2000


_SPECIFIC_WEIGHT = 0.6
_PY_FRAME = re.compile(r'\s*File "[^"]+", line \d+')
_STATUS_EVIDENCE: dict[str, tuple[float, str, str]] = {
    # The CI's own verdict on how a job failed (core.ci.JobFailure, the case format's words):
    # an infrastructure failure is its verdict on the executor.
    JobFailure.INFRASTRUCTURE: (0.88, "infrastructure", "CircleCI marked the job infrastructure_fail"),
    JobFailure.TIMED_OUT: (0.7, "timeout", "CircleCI stopped the job for running too long (timedout)"),
    JobFailure.TERMINATED: (0.6, "infrastructure", "the job was terminated for an unknown reason"),
}
_CONFIRMED = frozenset({"confirmed", "rerun_passed", "passed"})
_REFUTED = frozenset({"refuted", "rerun_failed", "failed"})
# Real evidence that flakiness explains: a flaky test fails exactly this way.
_TEST_CATEGORIES = frozenset({"test-assertion", "test-failure", "runtime-error"})
# A test runner's summary that every test passed in the end, one after a retry (catalogue entry).
_PASSED_ON_RETRY_ID = "passed-on-retry"


# Failures that leave later steps without their inputs (a download that broke off, a full disk).
_UPSTREAM_CATEGORIES = frozenset({"network", "infrastructure", "resource"})
# Failures that an outage printed after them cannot have caused (a compiler's, a checker's, a
# test's assertion), and the line GitHub Actions or CircleCI prints where a step failed.
_DETERMINISTIC_CATEGORIES = frozenset({
    "compile", "type-error", "syntax", "lint", "test-assertion", "test-failure", "docs", "coverage",
    "size-limit", "stale-generated", "compat-check", "policy-gate"})
# (xfail 17b) ... and, for an outage printed after the failed step's exit line only, a specific reading of
# the step's own refusal: a resolver's conflict, a registry's or a service's refusal of the job's
# credentials or scope, a setting or input the step's configuration lacks. A later step's outage
# cannot have caused them; their outage-made look-alikes (a package "not found" on an index that was
# down) sit inside the step, where the outage's own line stays evidence.
_STEP_OWN_CATEGORIES = frozenset({"dependency", "auth", "config"})
_STEP_FAILED = re.compile(
    r"^\s*(?:##\[error\]|Error: )?Process completed with exit code [1-9]\d*\.\s*$"
    r"|^\s*Exited with code (?:exit status )?[1-9]\d*\s*$"
    # (engine 14) ... and the same line of Azure Pipelines' script tasks ("##[error]Bash exited with
    # code '1'."), Buildkite's agent ("🚨 Error: The command exited with status 1") and Travis's
    # ('The command "make test" exited with 1.'): what runs after it is a later, clean-up step's
    r"|^\s*##\[error\](?:Bash|Cmd(?:\.exe)?|PowerShell|pwsh|Script) exited with code '[1-9]\d*'\.\s*$"
    r"|^\s*\W{0,3}\s*Error: The command exited with status [1-9]\d*\s*$"
    r"|^\s*The command \"[^\n]{1,300}\" exited with [1-9]\d*\.\s*$")
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
# ... nor a parse error of data rather than of the change's source (jq's or a JSON parser's, which
# may be reading the error page an outage returned: "parse error: Invalid numeric literal at line 1",
# "Unexpected token '<' ... is not valid JSON").
_DATA_PARSE = re.compile(
    r"(?i)^\s*(?:jq: error[^\n]{0,80}|parse error): [^\n]{0,200}\bat line \d+, column \d+"
    r"|\bis not valid JSON\b|\bJSONDecodeError\b|\bExpecting value: line \d+ column \d+"
    r"|\bUnexpected token '?<'?")
# (engine 14b) A failing test's report of two values compared ("assert 3 == 4", "Expected: 40" /
# "Received: 38", "expected 12 to equal 13", "Failed asserting that 38 matches expected 40."), read
# on the assertion's line and the few below it: a value mismatch reads the change's code, not an
# outage, unless those lines name network trouble (a status, a refusal, a timeout, a host), which
# an outage above may have caused.
_VALUES_COMPARED = re.compile(
    r"\S (?:==|!=|<=|>=) \S|\b(?:expected|actual|but was|got|want|left|right|received)\b\W{0,3}[\w\"'<\[{(-]"
    r"|\bto (?:equal|eq|be|match)\b|\bmatches expected\b|\bvalues differ\b"
    # ((xfail16) XCTest's two values, each in parentheses: "XCTAssertEqual failed: (\"90\") is not equal to (\"100\")",
    # "XCTAssertGreaterThan failed: (\"1\") is not greater than (\"2\")")
    r"|\) is (?:not )?(?:equal to|identical to|greater than|less than)(?: or equal to)? \(", re.IGNORECASE)
_NETWORK_WORDS = re.compile(
    r"\b(?:[45]\d\d|connect\w*|refused|reset|timed? ?out|timeout|deadline|dns|resolv\w*|host\w*|socket"
    r"|network|unavailable|gateway|unreachable|econn\w+|eai_again|enotfound|etimedout|ssl|tls|http\w*|url)\b",
    re.IGNORECASE)
_REPORT_LINES = 8
# ... the outages such a report outlives (not a flaky mark or a timing-named test: those explain a
# failing assertion, being how a flaky test fails)
_OUTAGE_CATEGORIES = _UPSTREAM_CATEGORIES | {"timeout", "port"}
# A line that opens another failing test's report (Surefire's "name(Class)  Time elapsed: ... <<<
# FAILURE!", Jest's "● a › b", Mocha's and PHPUnit's "2) ...", Vitest's " FAIL  file > test", dotnet's
# "Failed Name [2 ms]", Gradle's "Class > test() FAILED", CTest's "Test #4: name ....***Failed"): a test
# time limit above or below it is another test's (engine 14b).
_TEST_BOUNDARY = re.compile(
    r"<<< (?:FAILURE|ERROR)!\s*$|^\s*●\s\S|^\s*\d+\) \S|^\s*FAIL\s+\S|^\s*Failed \S|^\s*--- FAIL:"
    r"|^\S[^\n]{0,300} > [^\n]{1,300} FAILED\s*$|\bTest +#\d+: |^\s*FAILED \S")
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
_SYMPTOM_CATEGORIES = frozenset({"test-assertion", "test-failure", "runtime-error"})
_SYMPTOM_FACTOR = 0.5
_SYMPTOM_IDS = frozenset({"file-diagnostic", "uncaught-exception", "test-summary-failed"})
_STRONG_CAUSE = 0.8
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
    r"|\bexpected\b.{0,400}?\b(?:but (?:got|was|found|received)|, found)\b"
    r"|\bexpectError\("
    # (the other side of two values compared, quoted, in many frameworks' words: RSpec's "got:",
    # JUnit's and AssertJ's " but was:", xUnit's and Minitest's "Actual:", testify's "actual  :",
    # node-tap's "found:"/"wanted:", Rust's and ExUnit's "left:"/"right:", Jest's "Received
    # message:", Test::More's "#          got: '...'")
    r"|^\s*(?:#\s*)?(?:got|actual|but was|found|wanted|left|right|received message|expected message"
    # (testthat's expect_error report: "Expected match: \"...\"", "Actual message: \"...\"")
    r"|actual message|expected match)\s*: *[\"'`]"
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
    r"|\bexpected\b.{0,400}?, got\b"
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
# (fix 14) busted's header over a failing test's title: "Failure → spec/fetch_spec.lua @ 12", then the title;
# ((seventeenth round) elm-test's path over a failing test's "✗ <title>": "↓ Http.RetryTest"; (review 17d) only where
# the line under it is that "✗ " title: lint-staged's "↓ Skipped because of errors from tasks." and a script's own
# "↓ downloading fixtures" sit over lines that are no test's name).
_BUSTED_TITLE = re.compile(r"^\s*(?:Failure|Error) → \S+ @ \d+\s*$|^↓ \S")


def _title_under_header(lines: Sequence[str], idx: int) -> bool:
    """Line ``idx`` is a failing test's title under busted's "Failure → file @ n" or elm-test's "↓ Module" header."""
    if idx <= 0:
        return False
    above = lines[idx - 1]
    return bool(_BUSTED_TITLE.match(above)) and (not above.startswith("↓") or lines[idx].startswith("✗ "))


# A test's wait that gave up, and how many lines after it its own expectation may follow.
_WAIT_IDS = frozenset({"test-timeout", "async-test-timeout", "spec-timeout"})
# (engine 14b) ... and the test-level time limits (a test's own timeout, not a job's or a step's).
_TEST_LIMIT_IDS = _WAIT_IDS | {"wait-helper-gave-up"}
_WAIT_REPORT_LINES = 3
# Ginkgo's spec timeout prints the failure "recorded in the timedout node" as a block under it.
_SPEC_TIMEOUT_ID = "spec-timeout"
_SPEC_REPORT_LINES = 12
# ... and no further than its own block: the next spec's header ("• [FAILED] [0.4 seconds]"), Ginkgo's
# separator between specs, or the next entry of its closing summary ("  [FAIL] Volumes [It] ...").
_SPEC_BOUNDARY = re.compile(r"^\s*(?:•|-{20,}\s*$|\[(?:FAIL|PANICKED|TIMEDOUT|INTERRUPTED|ABORTED)\] |summarizing \d+ failures?:)",
                            re.IGNORECASE)


# Gomega's report of an Eventually that gave up ("Timed out after 240.000s."): the expectation it
# waited for follows on the next lines. Another line saying something timed out (a program's own
# log line) reports nothing that follows it.
_WAIT_REPORT = re.compile(r"^\s*(?:\[FAILED\]\s*)?timed out after [\d.]+\s*m?s\.?\s*$", re.IGNORECASE)
# A test's own wait helper reporting itself on a line of its own ("Timed out waiting for condition
# after 5 seconds"), then the framework's bare boolean check that carried it ("Failed asserting that
# false is true."): that check is the wait's report, not a second failure. A compared value after
# it ("expected 'drained' but was 'crashed'") is a failure of its own.
_HELPER_WAIT_REPORT = re.compile(r"^\s*timed out (?:after [\d.]+\s*\w+ )?waiting for \S[^\n]{0,160}$", re.IGNORECASE)
_BARE_BOOLEAN = re.compile(
    r"\bfailed asserting that (?:false is true|true is false)\b"
    r"|\bexpected:? ?<?true>?,? but (?:was|got):? ?<?false>?"
    r"|\bXCTAssertTrue failed\b",
    re.IGNORECASE)
# Lines that say tests failed without saying why.
_SUMMARY_IDS = frozenset({"test-failure", "test-summary-failed", "test-summary-more", "run-halted"})
_SUMMARY_FACTOR = 0.3
# A concrete failure and no sign at all of infrastructure trouble: transient needs a positive
# signal, so that absence leans real (in log-odds).
_NO_TRANSIENT_SIGNAL_LLR = 0.4
# And the mirror image: a transient mechanism at the end of the log and no deterministic failure
# anywhere (no compiler, linter, assertion, missing file...) leans transient by as much. The
# mechanism must sit near the end of the log: the failure is at the end, a blip far above it was
# survived.
_NO_REAL_SIGNAL_LLR = 0.4
_NO_REAL_SIGNAL_TAIL = 80
# A full disk or a lost runner breaks whatever runs after it in arbitrary ways (a compiler that
# cannot write its classes, a script that cannot write its files): with such a cause in the log,
# deterministic-looking errors are more likely its damage than the change's.
_CATASTROPHIC = 0.85
_CATASTROPHIC_FACTOR = 0.35


# (nineteenth round, outlived) An outage line that says the tool handled it in place and went on with what it had: rebar3's
# "Download error, using cached file at ...", Hex's "Failed to fetch record for 'hexpm/x' from registry (using cache
# instead)" and the failed_connect term printed under it (wording
# read in the review cases' logs, recalled, not read in the tools' source). Not apt's "They have been ignored, or old ones
# used instead": apt prints it under "E:" too, and then fails (an image builder's RUN step ends on it).
_FELL_BACK = re.compile(
    r"(?i)\busing (?:the )?cached? (?:file|copy|version|registry|index)\b|\(using cache instead\)"
    r"|\bfalling back to (?:the |a )?(?:local )?cache\b")
# ... how far below the outage line the fallback line may say so (Hex prints the fallback above its failed_connect term).
_FELL_BACK_LINES = 2
# ... the failures of a later command that read the change's code (a compiler's, a checker's, a test's, a script's crash),
# beside the self-evident ones (_SELF_EVIDENT_CATEGORIES). Not a configuration's or a setting's refusal ("config"): a
# missing value, a refused credential, a version not installed are as often what the outage failed to fetch.
_LATER_FAILURE_CATEGORIES = _DETERMINISTIC_CATEGORIES | {"runtime-error"}


def _values_mismatch(h: _Hit, lines: list[str], end: int | None = None) -> bool:
    """(engine 14b) Whether ``h`` is a failing test's assertion that compared values (_VALUES_COMPARED on its
    line or the few below it, up to ``end`` if given) and names no network trouble there (_NETWORK_WORDS):
    the test failed on its values ("Received promise rejected ... 502 (Bad Gateway)" names an outage)."""
    if h.sig.leaning != "real" or h.source != "log" or h.sig.category != "test-assertion":
        return False
    stop = h.index + _REPORT_LINES if end is None else min(end, h.index + _REPORT_LINES)
    # ((xfail20) the window ends at the next failing test's opening (_TEST_BOUNDARY, _LIMIT_BOUNDARY): network or
    # timeout words in that next test's report are its own, not this test's values)
    stop = next((i for i in range(h.index + 1, min(stop, len(lines)))
                 if _TEST_BOUNDARY.search(lines[i][:700]) or _LIMIT_BOUNDARY.search(lines[i][:700])), stop)
    report = [ln[:500] for ln in lines[h.index : stop]]
    return any(_VALUES_COMPARED.search(ln) for ln in report) and not any(_NETWORK_WORDS.search(ln) for ln in report)


def _mismatches(hits: Sequence[_Hit], lines: list[str]) -> list[int]:
    """(engine 14b) Lines of failing tests' assertions that compared values (_values_mismatch)."""
    return [h.index for h in hits if _values_mismatch(h, lines)]


# (engine 15) A compared value that may be an outage's damage: nothing came back (None, null, nil, undefined, NaN,
# an empty string, list, map or tuple, "empty"), a bare 0 ("but was: <0>", "Received: 0", "got +0"; not a 0 inside
# a tuple or list of numbers, "(1, 4, 0)", nor a decimal's, "19.0"), a false (a bare boolean check says nothing of
# why), an error where a value was wanted. A 5xx, a timeout or a connection word in the report already keeps it from
# being a value mismatch at all.
_DAMAGED_VALUE = re.compile(
    r"\b(?:none|null|nil|undefined|nan|empty|false)\b|''|\"\"|\[\s*\]|\{\s*\}|(?<![\w)\]])\(\s*\)|<\s*>"
    # ((review 19h) not pytest's "At index 0 diff: 3 != 1", which says where two lists differ, not what a value was)
    r"|(?<![\w.,+\-])(?<!, )(?<!index )\+?0(?![\w.,])"
    # (an error for a value: "but was: <ERROR>", "got: error", Elixir's "{:error, ...}"; not RSpec's "Failure/Error:",
    # (xfail16) nor the severity after a source location that heads the report, "CartTests.swift:22: error: -[...]")
    r"|(?:[<\"'(\[{]|(?<!\d):)\s*(?:error|exception|failed|failure)\b", re.IGNORECASE)
# ... an outage line's hosts: a URL's ("https://billing.example.com/sync"), a "host:port" ("payments.internal:8443",
# "redis:6379"), a "host='...'" (urllib3), a dotted name or one with a port that a connection was made to or talked
# to ("talking to search.example.com", "connect to mailer port 1025"; not "could not reach the server")
_OUTAGE_HOST = re.compile(
    r"://([\w.-]+)|\b([A-Za-z][\w.-]*):\d{2,5}\b|\bhost\s*=\s*['\"]([\w.-]+)"
    r"|\b(?:connect(?:ion)? to|talking to|reach(?:ing)?)\s+([A-Za-z][\w-]*(?:\.[\w-]+)+|[A-Za-z][\w-]*(?= port\b))",
    re.IGNORECASE)
# ... and the parts of a host name that name no service of its own (a domain, a loopback, a cloud's or network's
# common labels; an address's numbers are no name either): "inventory.example.com" names "inventory",
# "api.example.com" nothing.
_GENERIC_HOST_PARTS = frozenset({
    "www", "api", "com", "org", "net", "io", "dev", "app", "example", "internal", "local", "localhost", "localdomain",
    "svc", "cluster", "default", "amazonaws", "googleapis", "azure", "cloud", "http", "https", "tcp", "host", "server",
    "service", "eu", "us", "west", "east", "north", "south", "central"})
# (engine 15) pytest's short test summary line of a failed assertion ("FAILED tests/a.py::t - AssertionError",
# "FAILED tests/a.py::t - assert 3 == 4", or no message): a summary of a report above, not a test's report.
_PYTEST_SUMMARY_OF_ASSERTION = re.compile(r"^FAILED \S+::\S+(?: - (?:AssertionError\b|assert\b)[^\n]*)?\s*$")
# How far above a compared value the failing test's own report may open (its name, its description).
_OWN_REPORT_ABOVE = 12


def _words(text: str) -> set[str]:
    """The lower-cased words of identifiers and prose in ``text``, camelCase and snake_case split apart
    ("InventoryClientTest" -> inventory, client, test)."""
    return {w.lower() for w in re.findall(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|\d+", text)}


# go test's verdict line of one test, printed below that test's own lines ("--- FAIL: TestX (0.00s)")
_GO_TEST_VERDICT = re.compile(r"\s*--- FAIL: \S+ \(\d+(?:\.\d+)?s\)")
# a source file's line number after its name ("keys_test.go:12:", "src/app.py:40:")
_FILE_LINE_AFTER = re.compile(r":\d+:")
# ((review 16k) a failing test's opening line (_TEST_BOUNDARY) is no prose that starts "Failed ": PHPUnit's "Failed
# asserting that 2 matches expected 3.", a message's "Failed to count the items" (a word then a space; dotnet's "Failed
# Acme.T.M [2 ms]" and NUnit's "Failed : Acme.T.M" name the test); and the openings below which the test's captured
# output or the next test follows, not its failure message (CTest's, go test's closing line, pytest's summary)
_FAILED_PROSE = re.compile(r"^\s*Failed [a-z]+ ")
_OUTPUT_FOLLOWS = re.compile(r"\bTest +#\d+: |^\s*--- FAIL:|^\s*FAILED \S")


def _opens_report(line: str) -> bool:
    """Whether ``line`` opens a failing test's report (_TEST_BOUNDARY, not _FAILED_PROSE)."""
    return bool(_TEST_BOUNDARY.search(line[:700])) and not _FAILED_PROSE.match(line)


def _linked_to_test(outage: _Hit, lines: list[str], compared: int) -> bool:
    """(engine 15) Whether the outage line ties itself to the failing test whose values were compared at line
    ``compared``: it names that test (_failing_names of the lines around the comparison), or a host whose
    own name (not _GENERIC_HOST_PARTS) is a word of that test's report (its name, class, description or
    values: "payments.internal" against "payments client > charges the card")."""
    start = max(outage.index + 1, compared - _OWN_REPORT_ABOVE)
    # ((review 16k) the outage line is in that test's own failure report: below the test's opening line (_TEST_BOUNDARY,
    # "1) Tests\\StockTest::testCount", "Failed Shop.StockTests.Counts [3 s]") and above its compared values, no other
    # opening between: the report's message names the outage ("Stock sync gave up: GET https://... returned 503"),
    # however far above its retry lines sit; not below CTest's "Test #3: name ...***Failed", which its captured output
    # follows, nor go test's "--- FAIL: TestX", which closes TestX, nor pytest's summary "FAILED a.py::t")
    if compared - outage.index <= _OWN_REPORT_ABOVE and not any(
            _opens_report(ln) for ln in lines[outage.index + 1: compared + 1]) and any(
            _opens_report(ln) and not _OUTPUT_FOLLOWS.search(ln)
            for ln in lines[max(0, compared - _OWN_REPORT_ABOVE): outage.index]):
        return True
    # ((xfail16) the report opens no higher than the failing test's own opening line (_TEST_BOUNDARY: "Failed
    # PlayerTests.JumpHeight: ...", "1) Tests\\A::testB"): the lines above it are the run's, such as the outage's own
    # retry and recovery lines, "Activation failed, retrying ..." under "Failed to activate license: ... 503")
    start = next((i for i in range(compared, start - 1, -1) if _opens_report(lines[i])), start)
    # (a go test's "--- FAIL: TestX (0.00s)" closes TestX's report, printed below its lines: when it is the nearest
    # boundary above the comparison, it is the previous test's end, and this test's report opens below it)
    if start < compared and _GO_TEST_VERDICT.match(lines[start][:700]):
        start += 1
    report = lines[start: compared + _REPORT_LINES]
    line = outage.line[:700]
    if any(_names_whole(n, line) for r in report for n in _failing_names(r[:700])):
        return True
    # (not a source file's "name_test.go:31:" prefix, which the host reader takes for a domain: a host name has no
    # underscore, and no ":<line>:" follows it)
    parts = {p for m in _OUTAGE_HOST.finditer(line) for g, host in enumerate(m.groups(), 1)
             if host and "_" not in host and not _FILE_LINE_AFTER.match(line, m.end(g))
             for p in _words(host) if len(p) >= 3 and p.isalpha() and p not in _GENERIC_HOST_PARTS}
    return bool(parts & _words("\n".join(r[:700] for r in report)))


def _background_outage(outage: _Hit, lines: list[str], compared: list[int]) -> bool:
    """(engine 15) Whether an outage logged in the same test run, above the failing tests' value mismatches
    (``compared``), reads as that run's background noise (an exporter's, an update check's, an SDK's retry that
    went through): every mismatch below it compared values that show no sign of damage (_DAMAGED_VALUE on the
    report's lines of compared values) and none of those tests is tied to it (_linked_to_test). Then the values
    are the change's doing, as where a command stood between (_command_between); a None, an empty list, 0 rows
    or the test's own host keep the outage a possible cause."""
    below = [c for c in compared if c > outage.index]
    if not below:
        return False
    for c in below:
        report = [ln[:500] for ln in lines[c: c + _REPORT_LINES]]
        if any(_VALUES_COMPARED.search(ln) and _DAMAGED_VALUE.search(ln) for ln in report):
            return False
        if _linked_to_test(outage, lines, c):
            return False
    return True


# (nineteenth round, leftovers) How far below a compared value its test's own report is read for the outage's hosts
# and names (the test's opening line above it, _OWN_REPORT_ABOVE, to here): not into the next test's report or the run's
# summary, which names every failed test.
_OWN_REPORT_BELOW = 3
# (Maven's level in brackets before a line, "[ERROR]   CartTest.total:22 expected: <3> but was: <2>": the log's level, not
# an error value compared)
_LEVEL_PREFIX = re.compile(r"^\s*\[(?:ERROR|INFO|WARNING|WARN)\]\s*")

# (review 19d) A compared value that is a service's outage state (Spring Boot's health "expected: <UP> but was: <DOWN>",
# "OUT_OF_SERVICE"): the other test checked a health the outage brought down, so its mismatch may be that damage.
_OUTAGE_STATE = re.compile(r"\b(?:down|out_of_service)\b", re.IGNORECASE)


# ((nineteenth round, outlived) the headers a test runner prints over each failed test's captured output and failure, read
# as report openings here only, between an outage and another test's mismatch: libtest's "---- cart::total stdout ----"
# (cargo test; libtest's source, formatters/pretty.rs, writes "---- {name} stdout ----") and pytest's
# "____________ test_total ____________" (its terminal reporter's section of one failed test; a class's test
# "___ TestCart.test_total ___", a parametrized one "___ test_x[1] ___"). Not in _TEST_BOUNDARY: there they would make an
# exporter's outage printed inside the mismatched test's own captured output read as that test's own cause)
_RUNNER_SECTION = re.compile(r"^---- \S+ std(?:out|err) ----\s*$|^_{3,} \S+ _{3,}\s*$")
# ... and a value pytest compared against None ("assert parse('x') is None"): the code returned something where nothing
# was wanted, which no outage's damage (a None, an empty value) does; the None is the wanted side.
_PYTEST_IS_NONE = re.compile(r"^E\s+(?:AssertionError: )?assert \S[^\n]{0,300}? is None\s*$")


def _opens_section(line: str) -> bool:
    """Whether ``line`` opens a failing test's report (_opens_report) or a runner's section of one (_RUNNER_SECTION)."""
    return _opens_report(line) or bool(_RUNNER_SECTION.match(line[:700]))


def _section_mismatches(hits: Sequence[_Hit], lines: list[str]) -> list[int]:
    """((nineteenth round, outlived) Lines of failing tests' assertions that compared values (_values_mismatch, or pytest's
    "E   assert <value> is None", _PYTEST_IS_NONE) when their report is read only up to the next runner's section
    (_RUNNER_SECTION) or a rule of "=" signs: the next test's section, which may name an outage, is not theirs."""
    out = []
    for h in hits:
        if h.source != "log" or h.sig.leaning != "real" or h.sig.category != "test-assertion":
            continue
        end = next((i for i in range(h.index + 1, min(len(lines), h.index + _REPORT_LINES))
                    if _RUNNER_SECTION.match(lines[i][:700]) or lines[i].startswith("=====")), None)
        if end is None:
            continue
        if _values_mismatch(h, lines, end) or (
                _PYTEST_IS_NONE.match(h.line[:500])
                and not any(_NETWORK_WORDS.search(ln[:500]) for ln in lines[h.index: end])):
            out.append(h.index)
    return out


def _beside_other_mismatch(hits: Sequence[_Hit], lines: list[str], compared: list[int]) -> set[int]:
    """(nineteenth round, leftovers) Lines of the outages (_OUTAGE_CATEGORIES) of a test run in which another failing
    test failed on compared values: some outage sits in one test's report and a value mismatch (``compared``, no network
    words in its report) in another's, a test's report opening between the two (_opens_report). That other test failed
    on its values, which a rerun meets again whatever the outage did to its own test: every outage at or below the
    run's first failing test is weighed as an outlived one. Not where the mismatch shows damage (_DAMAGED_VALUE: None,
    0, an empty body), nor where an outage line names the mismatched test or a host of its report (the outage may
    have emptied or changed its values), nor where a flaky mark or a runner's passed-on-retry summary is in the log.
    (Rests on how Surefire, pytest, Jest, go test and RSpec lay out one report per failed test; that any mismatch
    beside an outage is the change's is the assumption the engine already makes for outages above the last report,
    _background_outage.)"""
    outages = [h for h in hits if h.source == "log" and h.sig.leaning == "transient"
               and h.sig.category in _OUTAGE_CATEGORIES]
    compared = sorted(set(compared) | set(_section_mismatches(hits, lines)))
    if not outages or not compared or any(
            h.sig.category == "flaky-test" or h.sig.id == _PASSED_ON_RETRY_ID for h in hits):
        return set()
    separate = [c for c in compared
                if not any(_VALUES_COMPARED.search(ln) and (_DAMAGED_VALUE.search(ln) or _OUTAGE_STATE.search(ln))
                           for ln in (_LEVEL_PREFIX.sub("", r[:500]) for r in lines[c: c + _REPORT_LINES]
                                      # (the report's own lines: not the next section's, below its header)
                                      if not _RUNNER_SECTION.match(r[:700])))
                and any(any(_opens_section(ln) for ln in lines[min(o.index, c) + 1: max(o.index, c) + 1])
                        for o in outages)]
    if not separate:
        return set()
    first = next((i for i, ln in enumerate(lines) if len(ln) < 700 and _TEST_FAILED_REPORT.search(ln)), None)
    # ((nineteenth round, outlived) or the opening line of a mismatched test's or an outage's own report, where the run's
    # own heading of its reports is not in the log: RSpec's "  1) Cart#add merges equal lines" without "Failures:" above)
    own = [next((i for i in range(c, max(-1, c - _OWN_REPORT_ABOVE - 1), -1) if _opens_section(lines[i])), None)
           for c in separate + [o.index for o in outages]]
    first = min([i for i in own if i is not None] + ([] if first is None else [first]), default=None)
    if first is None:
        return set()
    out: set[int] = set()
    for h in outages:
        if h.index < first:
            continue
        line = h.line[:700]
        tied = False
        for c in separate:
            start = next((i for i in range(c, max(-1, c - _OWN_REPORT_ABOVE - 1), -1) if _opens_section(lines[i])), c)
            report = [r[:700] for r in lines[start: c + _OWN_REPORT_BELOW + 1]]
            if any(_names_whole(n, line) for r in report for n in _failing_names(r)):
                tied = True
                break
            # (a host is written in lower case: Surefire's summary "OrderTest.fetchesStock:31 » Connect ..." names a
            # test's class, method and line, which the host reader would take for a host and its port)
            parts = {p for m in _OUTAGE_HOST.finditer(line) for g, host in enumerate(m.groups(), 1)
                     if host and "_" not in host and host == host.lower() and not _FILE_LINE_AFTER.match(line, m.end(g))
                     for p in _words(host) if len(p) >= 3 and p.isalpha() and p not in _GENERIC_HOST_PARTS}
            if parts & _words("\n".join(report)):
                tied = True
                break
        if not tied:
            out.add(h.index)
    return out


# (nineteenth round, leftovers) A download's 403 (catalogue entry "anonymous-fetch-forbidden") and the credentials a
# fetch may have sent, on its line or the lines above it (its command, the step's env): a token or password variable,
# curl's -u/--user and --netrc, wget's --user/--password and --http-user, an Authorization, PRIVATE-TOKEN, JOB-TOKEN or
# API-key header, a "token=" parameter, Nix's access-tokens or netrc-file setting, a registry login that succeeded.
_ANONYMOUS_FETCH_ID = "anonymous-fetch-forbidden"
_CREDENTIALS_SENT = re.compile(
    r"(?i)(?:^|\s)(?:-u\s*\S|--user\b|--netrc\b|--netrc-file\b|--password\b|--http-user\b|--http-password\b)"
    r"|\bauthorization\s*:|\b(?:private|job|deploy)-token\b|\bx-api-key\b|\bapi[-_]?key\s*[:=]|\bbearer\s+\S"
    r"|\btoken=|\baccess-tokens\b|\bnetrc-file\b|\blogin succeeded\b"
    r"|\$\{?\w*(?:TOKEN|PASSWORD|PASSWD|SECRET|API_?KEY|CREDENTIALS?)\}?(?!\w)")
# How far above the 403 its fetch's command and settings are looked for.
_FETCH_CONTEXT_LINES = 30
# How much such a 403 counts where no credentials show (a block as often as a closed file: no reading either way).
_ANONYMOUS_FACTOR = 0.15
# How far below the 403's line its response body may be printed.
_RESPONSE_BODY_LINES = 12
# (review 19d) How far above the tool's 403 line its response's status line may be printed (curl -v, wget -S: the
# status line, then the headers, then the tool's error).
_RESPONSE_HEAD_LINES = 12


def _anonymous_refusals(hits: Sequence[_Hit], lines: list[str]) -> set[int]:
    """(nineteenth round, leftovers) Lines of downloads answered 403 (_ANONYMOUS_FETCH_ID) with no sign that the fetch
    sent credentials on the line or the _FETCH_CONTEXT_LINES above it (_CREDENTIALS_SENT): a public archive's 403 is as
    often its host blocking the runner's address, a bot wall or a throttle as a file closed to the job (the catalogue
    entry's sources). Weighed low, they read neither way; a token, -u or an auth header keeps them real."""
    out: set[int] = set()
    for h in hits:
        if h.source != "log" or h.sig.id != _ANONYMOUS_FETCH_ID:
            continue
        context = lines[max(0, h.index - _FETCH_CONTEXT_LINES): h.index + 1]
        if not any(len(ln) < 2000 and _CREDENTIALS_SENT.search(ln) for ln in context):
            out.add(h.index)
    # (the same fetch's response body, printed below it by Nix and by curl without -s: "<h1>403 Forbidden</h1>", which
    # auth-failure reads; it says no more than the status line. (review 19d) And its response's status line printed
    # above the tool's error by curl -v ("< HTTP/1.1 403 Forbidden") and wget -S ("  HTTP/1.1 403 Forbidden"): the same
    # fetch's head, as the lines between show; their 30 lines above were read for credentials with the 403's.)
    for h in hits:
        if (h.source == "log" and h.sig.id == "auth-failure" and "403" in h.line
                and any(0 < h.index - a <= _RESPONSE_BODY_LINES or 0 < a - h.index <= _RESPONSE_HEAD_LINES
                        for a in out)):
            out.add(h.index)
    return out


# ((xfail20) ... and, for a time limit beside a mismatch and a mismatch's report window only (_limits_beside,
# _values_mismatch), the openings of a failing test's report in runners whose message sits in that report's own block:
# TAP's "not ok 4 - parses the date" (node:test, node-tap: the YAML block below it) and Dart test's "00:35 +39 -2:
# test/sync_test.dart: resyncs [E]" (the test's error lines below it). Evidence: the two runners' report layouts
# (test_rules19_timeouts.py's node-test and dart cases, wording from their earlier rounds' files); kept out of
# _TEST_BOUNDARY, whose other readers (a report's outage tie) were not measured with them (assumption: they would
# hold there too).
_LIMIT_BOUNDARY = re.compile(r"^\s*not ok \d+\b|^\d+:\d\d \+\d+(?: ~\d+)? -\d+: .{1,300} \[E\]\s*$")


def _limits_beside(hits: Sequence[_Hit], lines: list[str], compared: list[int]) -> set[int]:
    """(engine 14b) Lines of test-level time limits (_TEST_LIMIT_IDS) with another failing test's value
    mismatch (``compared``) above or below them, another test's report opening between the two
    (_TEST_BOUNDARY): the limit explains its own test only, and a rerun still fails on the mismatch."""
    out: set[int] = set()
    for h in hits:
        if h.source != "log" or h.sig.id not in _TEST_LIMIT_IDS:
            continue
        if any(any(_TEST_BOUNDARY.search(ln[:700]) or _LIMIT_BOUNDARY.search(ln[:700])
                   for ln in lines[min(h.index, v) + 1: max(h.index, v) + 1])
               for v in compared):
            out.add(h.index)
    return out


def _later_command(hits: Sequence[_Hit], lines: list[str]) -> int | None:
    """(engine 14b) Index of the script's first next command (_NEXT_COMMAND, at the line's start) after
    the first deterministic failure (a failing test's report, a compiler's error: _DETERMINISTIC_CATEGORIES)
    when an outage follows that command; else None. Gradle's "> Task ..." and a cause's "> ..." line
    are no command of the script's (npm's "> pkg@1.0 test" is)."""
    ends = [h.index for h in hits if h.source == "log" and h.sig.leaning == "real" and not h.sig.downstream
            and h.sig.category in _DETERMINISTIC_CATEGORIES and h.sig.weight >= _SPECIFIC_WEIGHT]
    if not ends:
        return None
    first = min(ends)
    outages = [h.index for h in hits if h.source == "log" and h.sig.leaning == "transient" and h.index > first
               and h.sig.category in _LATER_CATEGORIES]
    if not outages:
        return None
    if any(h.index > first and (h.sig.category == "flaky-test" or h.sig.id == _PASSED_ON_RETRY_ID) for h in hits):
        return None  # (the runner retried a failed test: the failure above may be a flake's first attempt)
    later = next((i for i in range(first + 1, max(outages)) if _is_command(lines[i])), None)
    if later is not None and any(_RUN_PASSED.search(line[:500]) for line in lines[first + 1: later]):
        return None  # (the run's own summary says nothing failed in the end: a retry passed it)
    return later


# A test run's or build's summary that nothing failed in the end ("1 example, 0 failures", "Failures: 0,
# Errors: 0", "BUILD SUCCESS"): a failure above it was retried and passed.
_RUN_PASSED = re.compile(
    r"\b0 (?:failures|failed)\b|\bFailures: 0, Errors: 0\b|\bBUILD SUCCESS(?:FUL)?\b|\ball tests passed\b",
    re.IGNORECASE)


def _is_command(line: str) -> bool:
    """Whether ``line`` is the script's next command (_NEXT_COMMAND at the line's start), not Gradle's
    "> Task ..." or a cause's "> ..." (npm's "> pkg@1.0 test" is one)."""
    return (len(line) < 700 and not line[:1].isspace() and _NEXT_COMMAND.match(line) is not None
            and (not line.startswith("> ") or _NPM_SCRIPT.match(line) is not None))


# (review 14w) A shell command whose failure the script ignores: "|| true", "|| :", "|| echo ...", "|| exit 0".
_IGNORES_FAILURE = re.compile(r"\|\|\s*(?:true\b|:(?:\s|$)|echo\b|exit 0\b)")


def _non_blocking_lines(lines: list[str]) -> set[int]:
    """(review 14w) Indices of the output lines of the script's commands (_is_command) that ignore their own failure
    (_IGNORES_FAILURE), up to the next command, when a later command follows: the script went on past them."""
    if not any("||" in line for line in lines):
        return set()
    starts = [i for i, line in enumerate(lines) if _is_command(line)]
    out: set[int] = set()
    for a, b in zip(starts, starts[1:], strict=False):
        # (not "|| echo failed; exit 1", which still fails the script)
        if _IGNORES_FAILURE.search(lines[a]) and not re.search(r"\bexit [1-9]", lines[a]):
            out.update(range(a + 1, b))
    return out


# (review 19h) A download command's target file: curl's "-o path" / "--output path", wget's "-O path", or the last
# path segment of a URL on the line ("https://data.example.org/cities.csv"), a name with an extension.
_FETCH_COMMAND = re.compile(r"(?i)\b(?:curl|wget)\b")
_FETCH_TARGET = re.compile(r"(?:^|\s)(?:-\w*[oO]|--output(?:-document)?)[ =]?['\"]?([\w./-]{1,200})"
                           r"|https?://[\w.:@-]{1,200}/(?:[\w.%-]{1,200}/){0,20}([\w%-]{1,200}\.[A-Za-z][\w.]{0,15})\b")
# ... how far above an outage line the command that printed it may stand
_FETCH_COMMAND_ABOVE = 4


def _fetched_files(lines: list[str], outage: int) -> set[str]:
    """(review 19h) The file names (the whole target path and its last segment) that the curl or wget command right
    above the outage at line ``outage`` was fetching under "|| true" (_IGNORES_FAILURE); empty where no such command
    is found."""
    for i in range(outage - 1, max(-1, outage - _FETCH_COMMAND_ABOVE - 1), -1):
        if not _is_command(lines[i]):
            continue
        # (only a fetch whose failure the script ignores, "|| true": one that failed the job, or whose retry went
        # through, "curl --retry 3 -o deps.tgz" then "tar xzf deps.tgz", is weighed by the rest of the engine)
        if not _FETCH_COMMAND.search(lines[i][:700]) or not _IGNORES_FAILURE.search(lines[i][:700]):
            return set()
        out: set[str] = set()
        for m in _FETCH_TARGET.finditer(lines[i][:700]):
            name = (m.group(1) or m.group(2) or "").strip("'\"")
            if name and name not in ("-", "/dev/null") and "." in name.rsplit("/", 1)[-1]:
                out.update({name, name.rsplit("/", 1)[-1]})
        return {n for n in out if len(n) >= 5}
    return set()


def _reads_fetched_file(lines: list[str], outage: int, end: int) -> bool:
    """(review 19h) Whether a line below the outage at ``outage``, up to ``end``, after the script's next command,
    names a file the outage's curl or wget command was fetching (_fetched_files): the later failure may read what the
    outage cut short or left absent."""
    names = _fetched_files(lines, outage)
    if not names:
        return False
    start = next((i for i in range(outage + 1, end) if _is_command(lines[i])), None)
    if start is None:
        return False
    return any(n in ln for ln in (r[:700] for r in lines[start: end]) for n in names)


def _went_past(lines: list[str], outage: int, end: int) -> bool:
    """(nineteenth round, outlived) Whether the job got past the outage at line ``outage`` before line ``end``: the
    script started a command of its own between them (_command_between: the outage's command did not stop it, as a
    "|| true", a retry loop, continue-on-error or "set +e" let it go on), or the outage's own line or the few around it
    say the tool fell back to what it had (_FELL_BACK) and went on."""
    if _command_between(lines, outage, end):
        return True
    return any(len(ln) < 700 and _FELL_BACK.search(ln)
               for ln in lines[max(0, outage - _FELL_BACK_LINES): min(end, outage + _FELL_BACK_LINES + 1)])


def _failed_after_outages(hits: Sequence[_Hit], lines: list[str]) -> int | None:
    """(nineteenth round, outlived) Index of the job's last failure of the code when every outage the log shows sits
    above it in a part the job got past (_went_past: an earlier command, or a fetch the tool fell back from), else None.
    The failure is a real, specific one of _LATER_FAILURE_CATEGORIES (an EUnit or Common Test setup crash, a script's
    TypeError, a load test's crossed threshold; not a summary, a generic "file:line:" or
    an uncaught exception, nor a data parser's error, which may be reading an outage's error page), or any test
    failure whose command printed values compared with no damage or network words (helm-unittest's "Expected to equal:
    3" / "Actual: 2"). The outage did not stop the job, and a rerun meets the later failure again. Not where a flaky
    mark or a passed-on-retry summary is in the log, nor where an outage is of another kind than a connection's, a
    name's, a status's or a time limit's (_LATER_CATEGORIES: an exhausted memory or disk breaks what runs after it).
    (Rests on the assumption the engine already makes for value mismatches in a later command, _command_between;
    _outlived's guards for a missing input or a downstream symptom between still apply.)"""
    outages = [h for h in hits if h.source == "log" and h.sig.leaning == "transient"]
    if not outages or any(h.sig.category not in _LATER_CATEGORIES for h in outages) or any(
            h.sig.category == "flaky-test" or h.sig.id == _PASSED_ON_RETRY_ID for h in hits):
        return None
    top = max(h.index for h in outages)
    failures = sorted((h for h in hits if h.source == "log" and h.sig.leaning == "real" and not h.sig.downstream
                       and h.index > top), key=lambda h: h.index)
    for f in reversed(failures):
        if not all(_went_past(lines, o.index, f.index) for o in outages):
            continue
        if (f.sig.category in _LATER_FAILURE_CATEGORIES and f.sig.weight >= _SPECIFIC_WEIGHT
                and f.sig.id not in _SUMMARY_IDS and f.sig.id not in _SYMPTOM_IDS and not _DATA_PARSE.search(f.line)):
            return f.index
        if f.sig.category in ("test-failure", "test-assertion"):
            start = next((i for i in range(f.index, top, -1) if _is_command(lines[i])), top)
            if any(_VALUES_COMPARED.search(ln) and not _DAMAGED_VALUE.search(ln) and not _NETWORK_WORDS.search(ln)
                   for ln in (r[:500] for r in lines[start + 1: f.index + 1])):
                return f.index
    return None


def _command_between(lines: list[str], start: int, end: int) -> bool:
    """Whether the script started a command of its own between lines ``start`` and ``end``."""
    return any(_is_command(line) for line in lines[start + 1: end])


# (engine 14c) A test runner's report that a test failed: CTest's "***Failed", Surefire's "<<< FAILURE!" and
# "[ERROR] Failures:", libtest's "test x ... FAILED" and "test result: FAILED", unittest's "FAIL: t (m.C)" and
# "FAILED (failures=1)", Catch2's "file:12: FAILED:" and "test cases: ... | 1 failed", Vitest's and Jest's
# " FAIL  file", "✕ name", "● a › b" and "Tests: 1 failed", RSpec's "Failures:" and "3 examples, 1 failure",
# pytest's "FAILED a.py::t", "E   assert ..." and "1 failed ... in 0.3s", go's "--- FAIL:", PHPUnit's "There was 1
# failure:" and "FAILURES!", dotnet's "Failed Name [2 ms]" and "Failed!  - Failed: 1", a Fortran "ERROR STOP".
_TEST_FAILED_REPORT = re.compile(
    r"\*\*\*Failed\b|<<< (?:FAILURE|ERROR)!|^\[ERROR\] Failures:\s*$|^test \S+ \.\.\. FAILED$|^test result: FAILED\b"
    r"|^FAIL: \w+ \(|^ERROR: \w+ \(|^FAILED \((?:failures|errors)=|^\S+:\d+: FAILED:\s*$|^test cases:[^\n]{0,100}\| [1-9]\d* failed\b"
    r"|^\s*FAIL {1,2}\S|^\s*[✕×]\s\S|^\s*●\s(?!Console\s*$)\S|^Tests:\s+[1-9]\d* failed\b|^Failures:\s*$"
    r"|^\d+ examples?, [1-9]\d* failures?\b|^FAILED \S+::\S|^E\s+assert\b|^(?:=+ )?[1-9]\d* failed\b[^\n]{0,400}\bin [\d.]+s\b"
    r"|^\s*--- FAIL: |^There (?:was|were) \d+ failures?:|^FAILURES!\s*$|^\s*Failed \S[^\n]*\[(?:< ?)?\d[^\]\n]{0,20}\]\s*$"
    r"|^Failed!\s+-\s+Failed:\s+[1-9]|^\s*ERROR STOP\b")
# ... of those, the ones that open a test's own report, whose lines below it (an exception, the test's output) say
# why that test failed; the others are summaries (and a Fortran ERROR STOP, the program stopping itself).
_TEST_REPORT_OPENS = re.compile(
    r"\*\*\*Failed\b|<<< (?:FAILURE|ERROR)!\s*$|^test \S+ \.\.\. FAILED$|^FAIL: |^ERROR: |^\S+:\d+: FAILED:\s*$"
    # (eighteenth round, ruby_rails: dotnet's "Failed Name", not RSpec's "Failed examples:" list of rerun lines)
    r"|^\s*FAIL {1,2}\S|^\s*[✕×]\s|^\s*●\s|^\s*--- FAIL: |^\s*Failed (?!examples:\s*$)\S|^FAILED \S+::\S"
    # (RSpec's, PHPUnit's and Mocha's numbered entry under their "Failures:": "  1) Client lists orders")
    r"|^\s*\d+\) \S"
    # (libtest's panic of the test's thread, its report: "thread 'net::tests::connect' panicked at ...")
    r"|^thread '[^'\n]{1,300}' panicked at ")
# (a stack frame of the report's exception does not count towards its length)
_REPORT_FRAME = re.compile(r"^\s*(?:at |\.\.\. \d+ more|Caused by:|#\s|❯ |File \"|Traceback \(most recent call last\))")
# ... and what ends that report: another test's or the run's line, a rule, CTest's next "Start  2: name",
# pytest's section header, a command.
_TEST_REPORT_END = re.compile(
    r"^\s*(?:-{10,}|={10,}|_{3,} \S[^\n]* _{3,}|Start\s+\d+: |\d+/\d+ Test\s+#)\s*")
_TEST_REPORT_LINES = 60


def _below_failed_test(hits: Sequence[_Hit], lines: list[str], survived: set[int]) -> set[int]:
    """(engine 14c) Lines of the outages (_OUTAGE_CATEGORIES) printed below a test runner's report that a test had
    already failed (_TEST_FAILED_REPORT; not a failed attempt a later one passed), no step or command line needed:
    the failure was made before them, and a rerun meets it again. Not an outage inside the failed test's own report
    (its line, or the lines below a report that opens one, _TEST_REPORT_OPENS, up to _TEST_REPORT_END, with no values
    compared before it): the test errored on it, which is the outage's doing. None where a flaky mark or a runner's
    passed-on-retry summary is in the log (the failure above may be a flake's attempt that was retried past)."""
    outages = [h for h in hits if h.source == "log" and h.sig.leaning == "transient" and h.sig.category in _OUTAGE_CATEGORIES]
    if not outages or any(h.sig.category == "flaky-test" or h.sig.id == _PASSED_ON_RETRY_ID for h in hits):
        return set()
    reports = [i for i, line in enumerate(lines)
               if i not in survived and len(line) < 700 and _TEST_FAILED_REPORT.search(line)]
    if not reports:
        return set()
    out: set[int] = set()
    for h in outages:
        above = [i for i in reports if i <= h.index]
        if not above or above[-1] == h.index:
            continue  # (no failure above it, or the failing test's own line names it)
        r = above[-1]
        # (the report that holds the outage: the last line that opens a test's report between r and it)
        start = next((i for i in range(h.index, r - 1, -1) if _TEST_REPORT_OPENS.search(lines[i][:700])), None)
        if start is not None:
            block = lines[start + 1: h.index]
            # (unittest's rule right under its "ERROR: test_x (m.C)" belongs to the report)
            if block and _TEST_REPORT_END.match(block[0]) and not _TEST_REPORT_END.match(lines[start]):
                block = block[1:]
            if (sum(1 for ln in block if not _REPORT_FRAME.match(ln)) <= _TEST_REPORT_LINES
                    and not any(_TEST_REPORT_END.match(ln) or _is_command(ln) for ln in block)
                    and not any(_values_mismatch(a, lines, h.index) for a in hits if start <= a.index < h.index)):
                continue  # (inside that test's own report, no values compared before it: the test errored on the outage)
        out.add(h.index)
    return out


# ... the outages a later command ran into itself (a connection, a name, a status, a time limit); not
# the machine's state (a full disk, an evicted pod, memory), which a later command such as "kubectl
# describe pod" may be reporting about the failed one.
_LATER_CATEGORIES = frozenset({"network", "timeout"})
_NPM_SCRIPT = re.compile(r"^> \S+@\S+ \w")


def _first_failed_step_end(lines: list[str]) -> int | None:
    """Index of the first line where GitHub Actions or CircleCI says a step failed, if it is not
    the log's last non-blank line (then nothing ran after it)."""
    for i, line in enumerate(lines):
        if len(line) < 200 and _STEP_FAILED.match(line):
            if any(rest.strip() for rest in lines[i + 1:]):
                return i
            return None
    return None


# How many lines of a colon-continued message ("X failed:" / "caused by Y:" / "Z") are read for
# the counter-evidence of the line that starts it.
_CHAIN_LINES = 6


@dataclass(frozen=True)
class _Hit:
    sig: Signature
    index: int  # line number in the normalised log; -1 for failed-test messages
    line: str
    column: int
    source: str  # log | tests
    retry: bool = False  # a retry line the log ends on


@dataclass(frozen=True)
class _Scored:
    finding: Finding
    llr: float  # signed: positive leans transient
    index: int = -1


@dataclass(frozen=True)
class Analysis:
    """Everything the engine concluded about one case, before it is phrased as a verdict."""

    scored: tuple[_Scored, ...]
    p_transient: float

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
        scored = self._log_evidence(case, explained=any(o is not None for o in others))
        retried = [s.index for s in scored if s.finding.signature == _PASSED_ON_RETRY_ID]
        if retried and any(
                s.finding.leaning == "real" and s.finding.source == "log"
                and (s.finding.category not in _TEST_CATEGORIES or s.index > max(retried)) for s in scored):
            # The runner's retry explains its own flaky test, not a compile error, a lint or a
            # missing file elsewhere in the job (another module of the same build), nor anything
            # that failed after its summary (a later step): those failed the job.
            scored = [s for s in scored if s.finding.signature != _PASSED_ON_RETRY_ID]
        elif retried:
            # Every test passed in the end, one after a retry: the first attempt's failure above the
            # summary is the flake's, as a pass of the same commit makes it.
            scored = [
                _discount(s, 0.3) if s.finding.category in _TEST_CATEGORIES and 0 <= s.index < max(retried)
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
            scored = [_discount(s, _SYMPTOM_FACTOR)
                      if s.finding.category == "test-assertion" and s.finding.source == "log" else s
                      for s in scored]
        waits = [s for s in scored if s.finding.signature in _WAIT_IDS and s.finding.source == "log"]
        if waits:
            # A wait that gave up reports itself twice: Gomega's "Timed out after 240s." is followed
            # by the expectation it was waiting for, XCTest's "Asynchronous wait failed" and the
            # assertion after it name the same test. That assertion is the timeout's report, not
            # a second, deterministic failure.
            lines = (_normalise(case.log).split("\n")
                     if any(w.finding.signature == _SPEC_TIMEOUT_ID for w in waits) else [])
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
        scored.sort(key=lambda s: (-abs(s.llr), -s.index))
        total = self.prior + _combine(s.llr for s in scored if s.finding.source in ("log", "tests"))
        total += sum(s.llr for s in scored if s.finding.source not in ("log", "tests"))
        return Analysis(tuple(scored), _sigmoid(total))

    def _catastrophic(self, s: _Scored) -> bool:
        """A full disk or a lost runner: a cause that breaks whatever runs after it."""
        if s.finding.leaning != "transient" or s.finding.source != "log" or s.finding.weight < _CATASTROPHIC:
            return False
        sig = self.catalogue.get(s.finding.signature)
        return sig is not None and sig.anywhere

    # --- log and test messages --------------------------------------------------------------

    def _log_evidence(self, case: FailureCase, *, explained: bool = False) -> list[_Scored]:
        # explained: evidence from outside the log (flaky-test list, history, CircleCI's status)
        # already speaks for the failure, so an error nothing in the log explains adds no lean.
        text = _normalise(case.log)
        log_hits = self._scan(text, "log")
        warnings_only = False
        if not log_hits and text.strip():
            # Nothing but warnings: a log whose only trouble is "warning: ... got 502" or "Warning:
            # Failed to download action" still says what went wrong; read them, at a discount.
            log_hits = self._scan(text, "log", with_warnings=True)
            warnings_only = bool(log_hits)
        test_text = "\n".join(_test_message(t) for t in case.failed_tests)
        test_hits = self._scan(_normalise(test_text), "tests") if test_text.strip() else []
        timing = self.catalogue.get(_TIMING_TEST_ID)
        timed_out = True
        if timing is not None and any(h.sig is timing for h in log_hits + test_hits):
            # (generic 16) A test named only for a timeout or deadline (the setting it checks) is flaky
            # when it failed by timing out; failing on a compared value it failed in the code.
            timed_out = any(h.sig.category == "timeout" and h.sig is not timing for h in log_hits + test_hits) or (
                _timed_out_in(text) or _timed_out_in(test_text))
            if not timed_out:
                log_hits = [h for h in log_hits if not (h.sig is timing and _named_for_timeout_only(h.line, timing))]
                test_hits = [h for h in test_hits if not (h.sig is timing and _named_for_timeout_only(h.line, timing))]
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
        if timing is not None and _timing_values_say_otherwise(
                text_lines, [h.index for h in log_hits if h.sig is timing], repeats):
            log_hits = [h for h in log_hits if h.sig is not timing]
        # (nineteenth round, smells) a measured time or a timestamp counts only where the values compared say so
        log_hits = [h for h in log_hits if h.sig.id not in _VALUE_CHECKED_IDS or h.sig.id == _UNORDERED_ID or (
            _near_bound(text_lines, h.index) and not _missed_every_repeat(text_lines, h.index, repeats)
            if h.sig.id == _NEAR_BOUND_ID else _second_apart(text_lines, h.index))]
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
        services = {m.group(1) for m in _COMPOSE_SERVICE.finditer(case.log)} if " | " in case.log else set()
        survived, passed_at = _survived_attempts(text_lines) if len(services) < 2 else (set(), -1)
        if survived:
            # Failed attempts of tests that a later attempt passed: the flake's lines, not the job's
            # failure. When every failed test passed on a retry, the runner said so in its own way
            # (unless the log says otherwise, as the entry's own unless_log reads it: a test that
            # failed every attempt in a summary the attempt lines did not show).
            log_hits = [h for h in log_hits if h.index not in survived]
            retry_sig = self.catalogue.get(_PASSED_ON_RETRY_ID)
            if passed_at >= 0 and retry_sig is not None and not any(u.search(text) for u in retry_sig.unless_log):
                log_hits.append(_Hit(retry_sig, passed_at, text_lines[passed_at], 0, "log"))
        # (review 14w) A deterministic failure in the output of a command the script ran non-blocking ("go vet ./...
        # || echo", "flake8 src || true"): the script went on past it, so it did not fail the job.
        ignored = _non_blocking_lines(text_lines)
        if ignored:
            log_hits = [h for h in log_hits if not (h.sig.leaning == "real" and h.index in ignored)]
        retried = [h.index for h in log_hits if h.sig.id == _PASSED_ON_RETRY_ID]
        # What GitLab's after_script printed did not fail the job (its exit code is ignored).
        after_script = structure.after_script_start(text_lines)
        if after_script < len(text_lines):
            # (review 21b) but GitLab's own "ERROR: Job failed: exit code N" below it is the job's status, which the
            # exit-status entries read from the main script's last command above after_script (structure.failed_step)
            log_hits = [h for h in log_hits if h.index < after_script or h.sig.id in (_CURL_EXIT_ID, _TOOL_EXIT_ID)]
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
            log_hits = [h for h in log_hits if not (h.sig.leaning == "transient" and h.index > step_end)]
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
        if below:
            log_hits = [h for h in log_hits if h.index not in below]
        # (a command of the CI's epilogue, after_script's or a post step's, ran after the job's own)
        if retried and any(_NEXT_COMMAND.match(line)
                           for line in text_lines[max(retried) + 1 : epilogue]):
            # The job went on to another command after the runner said every test passed in the
            # end: whatever failed the job came after, and the retried flake explains none of it.
            log_hits = [h for h in log_hits if h.sig.id != _PASSED_ON_RETRY_ID]
        log_hits = [h for h in log_hits if not (h.sig.id == _FLAKY_MARK_ID and _failed_again(text_lines, h.index))]
        marked = [h.index for h in log_hits if h.sig.id == _FLAKY_MARK_ID]
        if marked:
            own_lines = _marked_elsewhere_failed(text_lines, marked)
            if own_lines is not None:
                # The mark names its test, and another test failed as well: the mark explains its
                # own test's failure (those lines are dropped), not the other one's.
                log_hits = [h for h in log_hits if h.sig.id != _FLAKY_MARK_ID and h.index not in own_lines]
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
                        line=_trim(hit.line, hit.column),
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
                            _trim(sf.line, 0), "log"),
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
        if compared and all(
                t - max(compared) <= _REPORT_LINES
                and not any(_TEST_BOUNDARY.search(ln[:700]) for ln in lines[max(compared) + 1: t + 1])
                for t in tests if t > max(compared)) and all(
                h.sig.category in _OUTAGE_CATEGORIES and h.sig.id not in _TEST_LIMIT_IDS
                # ((engine 15) or in the same run, when the values show no damage and nothing ties it to the test)
                and (_command_between(lines, h.index, max(compared)) or _background_outage(h, lines, compared))
                for h in outages if h.index not in out):
            ends.append(max(compared))
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
        if any(h.sig.downstream and h.sig.leaning == "real" and h.index > first for h in hits):
            return set()  # a downstream symptom below an outage: the outage's damage is in the log
        # (the last line up to that failure that names a missing input: outages above it may have caused it)
        missing = next((i for i in range(last, first, -1)
                        if _NAMES_MISSING.search(lines[i]) or _LINKER_FAILED.search(lines[i])
                        or _MAY_BE_DAMAGE.search(lines[i])), -1)
        for h in outages:
            if h.index < missing:
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

    def _scan(self, text: str, source: str, *, with_warnings: bool = False) -> list[_Hit]:
        """One hit per matching line: the heaviest signature that matches it."""
        if not text:
            return []
        lines = text.split("\n")
        starts = [0, *accumulate(len(line) + 1 for line in lines)]
        lowered = ascii_lower(text)
        literals = self.catalogue.literals_in(lowered)
        noise_cache: dict[int, bool] = {}
        warning_cache: dict[int, bool] = {}
        retry_cache: dict[int, bool] = {}
        # (from the job's own end: a CI's clean-up after the retries is no progress of theirs, and
        # its own retries, after_script's or a post step's, are not the job's; a retry the script
        # went on from to its next command went through)
        retry_to = structure.job_end(lines)
        retry_from = _tail_start(lines[:retry_to], _RETRY_TAIL)
        went_on = max((i for i in range(retry_from, retry_to)
                       if _NEXT_COMMAND.match(lines[i]) and not lines[i][:1].isspace()), default=-1)
        retry_from = max(retry_from, went_on + 1)
        passed_lines = _passing_go_test_lines(lines, lowered)
        passed_lines |= _passing_jest_console_lines(lines, lowered)
        passed_lines |= _panicking_go_test_lines(lines, lowered)
        pytest_source = _pytest_source_lines(lines, lowered) | _pytest_short_source_lines(lines, lowered)

        def is_retry(j: int) -> bool:
            return _any_line(self.catalogue.retry_matchers, j, lines[j], lowered[starts[j]: starts[j] + len(lines[j])],
                             retry_cache)

        by_line: dict[int, _Hit] = {}
        for sig in self.catalogue.signatures:
            log_excluded: bool | None = None
            for matcher in sig.matchers:
                if not matcher.possible(literals):
                    continue
                hay = lowered if matcher.on_lowered else text
                search = matcher.regex.search
                pos = 0
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
                    idx = bisect_right(starts, first) - 1
                    line = lines[idx]
                    pos = starts[idx] + len(line) + 1
                    held = by_line.get(idx)
                    if held is not None and held.sig.weight >= sig.weight:
                        continue
                    if idx in passed_lines:
                        continue  # (generic 16b) a passing go test's own t.Log line (xfail 17b: a passing Jest file's console block)
                    low_line = lowered[starts[idx] : starts[idx] + len(line)]
                    if not sig.reads_noise and _any_line(
                            self.catalogue.noise_matchers, idx, line, low_line, noise_cache):
                        continue
                    retry = _any_line(self.catalogue.retry_matchers, idx, line, low_line, retry_cache)
                    if retry and (sig.leaning != "transient" or idx >= retry_to
                                  or (idx < retry_from and not _retries_ran_out(lines, idx, is_retry))
                                  or (idx >= retry_from and _retry_went_through(lines, idx, is_retry))):
                        continue
                    if sig.leaning == "transient" and idx in pytest_source:
                        continue  # (generic 17b) the source a pytest failure report quotes: code, not an outage
                    if idx > 0 and _quoted_source(lines[idx - 1], line) and not _last_raise(lines, idx):
                        continue  # the source line a Python traceback quotes: code, not an error
                    if not (sig.warnings or with_warnings) and _any_line(
                        self.catalogue.warning_matchers, idx, line, low_line, warning_cache
                    ):
                        continue
                    if any(u.test_line(line, low_line) for u in sig.unless_matchers):
                        continue
                    if sig.leaning == "transient" and sig.category in ("network", "timeout") and _retried_past(
                            lines, idx, is_retry):
                        continue  # the tool retried past it and the script went on
                    if sig.leaning == "transient" and _cpan_fetched_otherwise(lines, idx):
                        continue  # (xfail21b) CPAN.pm fetched and checked the file with its next fetcher
                    if sig.leaning == "transient" and _test_more_like_value(lines, idx):
                        continue  # (xfail21b) the value a Test::More like() compared with its pattern
                    if sig.id == _BROWSER_MISSING_ID and _wallaby_same_major(lines, idx):
                        continue  # (xfail21b) Wallaby's warning of a build mismatch under one major: benign
                    if (sig.leaning == "transient" and (sig.category == "network" or sig.id in _COMPARED_IDS)
                            and (_COMPARED_VALUES.search(line) and not _NO_ERROR_WANTED.search(line)
                                 or _NAMES_TROUBLE.search(line) or _in_compared_report(lines, idx)
                                 or _in_junit_value(lines, idx)
                                 or _title_under_header(lines, idx) or _in_expect_test_block(lines, idx))):
                        continue  # a test comparing errors names network trouble as a value
                    if sig.leaning == "transient" and _in_power_assertion(lines, idx):
                        continue  # (fix 14) an expression or value a power assertion reports
                    if sig.unless_matchers and _refuted_below(
                            sig, lines, lowered, starts, idx,
                            None if sig.leaning == "transient" else self._transient_matchers):
                        continue
                    if log_excluded is None:
                        log_excluded = any(u.search(text) for u in sig.unless_log)
                    if log_excluded:
                        break
                    if sig.id in _LINE_CHECKED and (source != "log" or not _LINE_CHECKED[sig.id](lines, idx)):
                        continue  # (twentieth round, generic20) checked before it takes the line from another entry
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


def _reported_after(lines: list[str], idx: int, hits: Sequence[_Hit]) -> bool:
    """Whether anything after line ``idx`` reports a failure of its own: a real-leaning line the
    catalogue knows (not a summary that only relays one), or a line that reports an error or a
    warning in words of its own (not a wrapper's exit code or closing line)."""
    # (xfail15) not a downstream symptom (nvm's "Version '20' not found" after its listing's fetch timed out): the
    # fetch's damage, which the downstream weighing already discounts, not a failure of the tool's own
    if any(h.sig.leaning == "real" and h.sig.id not in _SUMMARY_IDS and not h.sig.downstream and h.index > idx
           for h in hits):
        return True
    return structure.reports_after(lines, idx, skip=frozenset(
        h.index for h in hits if h.sig.leaning == "real" and h.sig.downstream and h.index > idx))


def _tail_start(lines: list[str], n: int) -> int:
    """Index of the first of the last ``n`` non-blank lines."""
    seen = 0
    for i in range(len(lines) - 1, -1, -1):
        if lines[i].strip():
            seen += 1
            if seen == n:
                return i
    return 0


def _refuted_below(sig: Signature, lines: list[str], lowered: str, starts: list[int], idx: int,
                   mechanism: Sequence[Matcher] | None = None) -> bool:
    """Whether the line goes on below (it ends with a colon, or Gradle nests its cause below it as
    "> ..." indented deeper) and its continuation holds the signature's counter-evidence:
    "Cannot download X:" then "HTTP error 404"; Maven's "Could not resolve dependencies for
    project p:" then, a few links down its cause chain, "Could not transfer artifact ... Return
    code is: 502"; Gradle's "> Could not GET 'url'." then "> Received status code 403". The chain
    is followed while its lines go on so, at most _CHAIN_LINES lines. With ``mechanism`` (for a
    real line), the continuation must also show a transient mechanism (one of those matchers):
    the unless words of a real entry are written for its own line and are loose on others
    ("text-2.0.503" is no HTTP 503)."""
    cur = lines[idx]
    if not (cur.rstrip().endswith(":") or _nested_cause(cur, lines, idx + 1)):
        return False
    j, seen, blank = idx + 1, 0, 0
    while j < len(lines) and seen < _CHAIN_LINES and blank < 2:
        nxt = lines[j]
        j += 1
        if not nxt.strip():
            blank += 1
            continue
        seen += 1
        low = lowered[starts[j - 1] : starts[j - 1] + len(nxt)]
        if any(u.test_line(nxt, low) for u in sig.unless_matchers) and (
                mechanism is None or any(m.test_line(nxt, low) for m in mechanism)):
            return True
        if not (nxt.rstrip().endswith(":") or _nested_cause(nxt, lines, j)):
            return False
    return False


# How far from a value-checked line its own test's report of the assertion may sit (the matcher's header above
# Jest's "Expected:"/"Received:", pytest's "file:line: AssertionError" below its "E" line).
_OWN_REPORT_LINES = 8


# (review 21c) pytest's short summary entries and its "ERROR at setup of" header: another test's report, whatever the
# value-checked line beside it ("FAILED t.py::test_a - assert [..] == [..]" then "ERROR t.py::test_b - AttributeError")
_PYTEST_OTHER_REPORT = re.compile(r"^(?:FAILED|ERROR) \S+::\S+ - |^_{3,} ERROR at (?:setup|teardown) of ")


def _own_report(hits: Sequence[_Hit], lines: list[str]) -> set[int] | None:
    """(nineteenth round, smells) Lines of the assertions and errors that report the same failure as a value-checked
    line (a measured time near its bound, timestamps a second apart): ones repeating its compared text (pytest's
    short summary), or within _OWN_REPORT_LINES of it with no failing test's line (another test's header or summary
    entry) from one to the other. None where another failure of that kind is in the log."""
    checked = [h for h in hits if h.sig.id in _VALUE_CHECKED_IDS]
    if not checked:
        return set()
    texts = [t for t in (re.sub(r"^E\s+", "", c.line.strip()) for c in checked) if len(t) >= 10]
    parents: list[set[int]] = []  # ((twenty-first round, nested21) a parent's line reporting only its children's failure)

    def other_test(i: int, ln: str) -> bool:
        if not _FAILING_TEST_LINE.match(ln) or any(t in ln for t in texts):
            return False
        if not parents:
            parents.append(_parent_only_lines(lines))
        return i not in parents[0]

    def near(h: _Hit, c: _Hit) -> bool:
        lo, hi = sorted((h.index, c.index))
        return hi - lo <= _OWN_REPORT_LINES and not any(
            other_test(i, ln[:700]) or (_PYTEST_OTHER_REPORT.match(ln[:700]) and not any(t in ln for t in texts))
            for i, ln in enumerate(lines[lo + 1: hi + 1], lo + 1))

    others = [h for h in hits if h.sig.id not in _VALUE_CHECKED_IDS and h.sig.id not in _SUMMARY_IDS
              and h.sig.category in ("test-assertion", "runtime-error")]
    own = {h.index for h in others if any(t in h.line for t in texts) or any(near(h, c) for c in checked)}
    return own if len(own) == len(others) else None


def _nested_cause(line: str, lines: list[str], at: int) -> bool:
    """Whether the line after ``line`` (from index ``at``) is its cause in Gradle's nested form:
    "> Could not GET 'https://...'." then, indented deeper, "> Received status code 403 ..."."""
    if at >= len(lines):
        return False
    nxt = lines[at]
    body = nxt.lstrip()
    return body.startswith("> ") and len(nxt) - len(body) > len(line) - len(line.lstrip())


def _last_raise(lines: list[str], idx: int) -> bool:
    """Whether ``lines[idx]`` is the ``raise`` a cut-off traceback ends on: with the exception line
    missing, the statement that raised it is the only word on what went wrong."""
    if not lines[idx].lstrip().startswith("raise "):
        return False
    rest = [ln for ln in lines[idx + 1 : idx + 4] if ln.strip()]
    return not any(_PY_FRAME.match(ln) for ln in rest) and not any(
        re.match(r"\s*[\w.]+(?:Error|Exception)\b", ln) for ln in rest)


def _quoted_source(previous: str, line: str) -> bool:
    """True when ``line`` is the code a Python traceback prints under a 'File ..., line N' frame."""
    if not _PY_FRAME.match(previous):
        return False
    return len(line) - len(line.lstrip()) > len(previous) - len(previous.lstrip())


def _any_line(
    matchers: Sequence[Matcher], idx: int, line: str, lowered: str, cache: dict[int, bool]
) -> bool:
    hit = cache.get(idx)
    if hit is None:
        hit = cache[idx] = any(m.test_line(line, lowered) for m in matchers)
    return hit


# --- non-log evidence ---------------------------------------------------------------------


def _flaky_evidence(case: FailureCase) -> _Scored | None:
    flaky = {name.strip() for name in case.known_flaky if name.strip()}
    tests = case.failed_tests
    if not flaky or not tests:
        return None
    on_list = [t for t in tests if _test_keys(t) & flaky]
    if not on_list:
        return None
    names = ", ".join(sorted({t.name for t in on_list}))
    if len(on_list) == len(tests):
        weight = 0.9
        line = f"all {len(tests)} failed test(s) are on CircleCI's flaky-test list: {names}"
    else:
        # Some flaky: the others may still be broken by the change.
        weight = 0.55 + 0.2 * len(on_list) / len(tests)
        line = f"{len(on_list)} of {len(tests)} failed tests are on CircleCI's flaky-test list: {names}"
    return _non_log("flaky-test-list", "transient", "flaky-test", weight, line, "flaky")


def _rerun_outcomes(case: FailureCase) -> tuple[int, int]:
    """How many earlier failures of this fingerprint a rerun confirmed, and how many it refuted."""
    outcomes = [p.outcome.lower() for p in case.history.prior]
    return sum(o in _CONFIRMED for o in outcomes), sum(o in _REFUTED for o in outcomes)


def _fingerprint_flaky(case: FailureCase) -> bool:
    """Whether earlier failures of this fingerprint were rerun and passed, and none failed a rerun."""
    confirmed, refuted = _rerun_outcomes(case)
    return confirmed > 0 and refuted == 0


def _history_evidence(case: FailureCase) -> list[_Scored]:
    history = case.history
    out: list[_Scored] = []
    if history.passed_on_same_commit:
        detail = history.same_commit_detail or "the same commit passed in another run"
        out.append(
            _non_log("same-commit-passed", "transient", "flaky-test", 0.93, detail, "history")
        )
    confirmed, refuted = _rerun_outcomes(case)
    if confirmed:
        weight = _repeat_weight(confirmed)
        line = (
            f"{confirmed} earlier rerun(s) of this failure fingerprint passed (transient confirmed)"
        )
        out.append(_non_log("history-confirmed", "transient", "history", weight, line, "history"))
    if refuted:
        weight = _repeat_weight(refuted)
        line = f"{refuted} earlier rerun(s) of this failure fingerprint failed the same way (transient refuted)"
        out.append(_non_log("history-refuted", "real", "history", weight, line, "history"))
    return out


# Log-odds one decided twin (similarity 1, a measured outcome) adds; at most CAP in all. A refuted
# twin weighs more than a confirmed one: a wrong transient hides a bug.
_SIMILAR_TRANSIENT_LLR, _SIMILAR_REAL_LLR, _SIMILAR_CAP = 1.0, 1.5, 3.2
_NEAR_TWIN = 0.5


def _similar_evidence(case: FailureCase) -> list[_Scored]:
    """Similar failures of the organization that the team's decisions or reruns labelled."""
    out: list[_Scored] = []
    for label, per_twin, category in (
        ("transient", _SIMILAR_TRANSIENT_LLR, "history"),
        ("real", _SIMILAR_REAL_LLR, "history"),
    ):
        twins = [s for s in case.history.similar if s.label == label and s.similarity >= _NEAR_TWIN]
        if not twins:
            continue
        llr = min(_SIMILAR_CAP, per_twin * sum(s.similarity * s.strength for s in twins))
        outcomes: dict[str, int] = {}
        for s in twins:
            kind = s.outcome.split(":", 1)[0]
            outcomes[kind] = outcomes.get(kind, 0) + 1
        said = ", ".join(f"{n} {kind}" for kind, n in outcomes.items())
        line = f"{len(twins)} similar earlier failure(s) in this organization: {said}"
        sig = "similar-confirmed" if label == "transient" else "similar-refuted"
        finding = Finding(sig, label, category, round(_sigmoid(llr), 4), line, "history")  # type: ignore[arg-type]
        out.append(_Scored(finding, llr if label == "transient" else -llr))
    return out


def _repeat_weight(times: int) -> float:
    # One outcome could be chance; the same outcome again and again is the fingerprint's nature.
    return (0.78, 0.87)[times - 1] if times < 3 else 0.93


def _status_evidence(case: FailureCase) -> _Scored | None:
    known = _STATUS_EVIDENCE.get(case.job_status)
    if known is None:
        return None
    weight, category, line = known
    return _non_log(f"job-status-{case.job_status}", "transient", category, weight, line, "job")


def _non_log(
    sig: str, leaning: str, category: str, weight: float, line: str, source: str
) -> _Scored:
    llr = math.log(weight / (1.0 - weight)) * (1 if leaning == "transient" else -1)
    finding = Finding(sig, leaning, category, round(weight, 4), line, source)  # type: ignore[arg-type]
    return _Scored(finding, llr)


def _test_keys(test: FailedTest) -> set[str]:
    keys = {test.name}
    if test.classname:
        keys |= {
            f"{test.classname}.{test.name}",
            f"{test.classname}#{test.name}",
            f"{test.classname}::{test.name}",
        }
    if test.file:
        keys.add(f"{test.file}::{test.name}")
    return {k for k in keys if k}


def _test_message(test: FailedTest) -> str:
    return test.message[:MAX_TEST_MESSAGE_CHARS]


# --- arithmetic and phrasing --------------------------------------------------------------


def _combine(llrs: Iterable[float]) -> float:
    """Sum per side with diminishing returns: lines of one log are not independent witnesses."""
    values = list(llrs)
    total = 0.0
    for sign in (1.0, -1.0):
        side = sorted((abs(v) for v in values if v * sign > 0), reverse=True)
        total += sign * sum(v * w for v, w in zip(side, (1.0, 0.35, 0.15), strict=False))
    return total


def _same_failure(wait: _Scored, s: _Scored, lines: Sequence[str] = ()) -> bool:
    """Whether a test-category finding (an assertion, a failed test, an exception) reports the same
    failure as a timed-out wait: it follows Gomega's report of the wait within a few lines, or
    Ginkgo's spec timeout within its block (``lines``, the normalised log: no other spec's header,
    separator or summary entry in between), or both lines name the same test."""
    if 0 < s.index - wait.index <= _WAIT_REPORT_LINES and _WAIT_REPORT.match(wait.finding.line):
        return True
    # (the helper's message right above the check that carried it, as PHPUnit prints an assertion's
    # message: a line between, such as the next failure's header "1) CartTest::test_discount", makes
    # the "Timed out waiting ..." another line's, the application's own log, not this check's report)
    if (s.index - wait.index == 1 and _HELPER_WAIT_REPORT.match(wait.finding.line)
            and _BARE_BOOLEAN.search(s.finding.line)):
        return True
    if (wait.finding.signature == _SPEC_TIMEOUT_ID and 0 < s.index - wait.index <= _SPEC_REPORT_LINES
            and not any(_SPEC_BOUNDARY.match(ln) for ln in lines[wait.index + 1 : s.index + 1])):
        return True
    ours = {m.group(0).lower() for m in _TEST_NAME_TOKEN.finditer(wait.finding.line)}
    theirs = {m.group(0).lower() for m in _TEST_NAME_TOKEN.finditer(s.finding.line)}
    # (a shortened evidence line keeps a name's tail: a suffix counts as the same name)
    return any(a.endswith(b) or b.endswith(a) for a in ours for b in theirs)


def _discount(s: _Scored, factor: float) -> _Scored:
    f = s.finding
    llr = s.llr * factor
    finding = Finding(
        f.signature, f.leaning, f.category, round(_sigmoid(abs(llr)), 4), f.line, f.source
    )
    return _Scored(finding, llr, s.index)


def _sigmoid(x: float) -> float:
    if x >= 0:
        return 1.0 / (1.0 + math.exp(-x))
    z = math.exp(x)
    return z / (1.0 + z)


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
