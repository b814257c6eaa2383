"""Where a hit sits in the log, and what that says about it: the readings the engine weighs each line by.

_Hit (a matched line) and _Scored (a weighed finding); a failing test's assertion that compared values
(_values_mismatch) and the outages beside, above or below such reports (_background_outage, _beside_other_mismatch,
_limits_beside, _below_failed_test); outages the job went past to a later failure of its code (_later_command,
_failed_after_outages, _non_blocking_lines, _reads_fetched_file); a 403 with no credentials sent
(_anonymous_refusals); a line's continuation that refutes it (_refuted_below); a value-checked line's own report
(_own_report); a test finding that reports a timed-out wait (_same_failure; (flaky36) its assertion cause in a JVM
stack trace, _cause_of_wait); and the shared constants these and the
engine read (categories, ids, report spans). Used by rules.py (the engine), evidence.py (_Scored) and
benchmarks/ci_wrapping.py. Pure: no I/O, no clock.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import islice

from ..core.models import Finding
from . import structure
from .catalogue import Matcher, Signature
from .line_checks import _PY_FRAME, _VALUE_CHECKED_IDS, _traceback_cut_below
from .lines import _NEXT_COMMAND
from .test_layout import (
    _FAILING_TEST_LINE,
    _TEST_NAME_TOKEN,
    _failing_names,
    _names_whole,
    _parent_only_lines,
)

# The weight from which a catalogue entry's line names a specific failure, not a generic one (a bare error line, a
# summary): the readings of which failure a job's part ended on count only such lines (_later_command and
# _failed_after_outages here; _outlived and the step's own refusal in rules.py).
_SPECIFIC_WEIGHT = 0.6


# A test runner's summary that every test passed in the end, one after a retry (catalogue entry).
_PASSED_ON_RETRY_ID = "passed-on-retry"


# Failures that leave later steps without their inputs (a download that broke off, a full disk).
_UPSTREAM_CATEGORIES = frozenset({"network", "infrastructure", "resource"})
# Failures that an outage printed after them cannot have caused (a compiler's, a checker's, a
# test's assertion), and the line GitHub Actions or CircleCI prints where a step failed.
_DETERMINISTIC_CATEGORIES = frozenset({
    "compile", "type-error", "syntax", "lint", "test-assertion", "test-failure", "docs", "coverage",
    "size-limit", "stale-generated", "compat-check", "policy-gate"})
# ... that line (_first_failed_step_end): what runs after it is a later step's.
_STEP_FAILED = re.compile(
    r"^\s*(?:##\[error\]|Error: )?Process completed with exit code [1-9]\d*\.\s*$"
    r"|^\s*Exited with code (?:exit status )?[1-9]\d*\s*$"
    # (engine 14) ... and the same line of Azure Pipelines' script tasks ("##[error]Bash exited with
    # code '1'."), Buildkite's agent ("🚨 Error: The command exited with status 1") and Travis's
    # ('The command "make test" exited with 1.'): what runs after it is a later, clean-up step's
    r"|^\s*##\[error\](?:Bash|Cmd(?:\.exe)?|PowerShell|pwsh|Script) exited with code '[1-9]\d*'\.\s*$"
    r"|^\s*\W{0,3}\s*Error: The command exited with status [1-9]\d*\s*$"
    r"|^\s*The command \"[^\n]{1,300}\" exited with [1-9]\d*\.\s*$")


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
    r"|network|unavailable|gateway|unreachable|econn\w+|eai_again|enotfound|etimedout|ssl|tls|http\w*|url)\b"
    # ((review34_a) and a JVM's exception named for it, the words run together: "but got 'java.net.SocketTimeoutException'")
    r"|(?:Socket|Connect|UnknownHost|NoRouteToHost|Timeout)\w{0,40}Exception\b",
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



# (fix 14) busted's header over a failing test's title: "Failure → spec/fetch_spec.lua @ 12", then the title;
# ((seventeenth round) elm-test's path over a failing test's "✗ <title>": "↓ Http.RetryTest"; (review 17d) only where
# the line under it is that "✗ " title: lint-staged's "↓ Skipped because of errors from tasks." and a script's own
# "↓ downloading fixtures" sit over lines that are no test's name).
_BUSTED_TITLE = re.compile(r"^\s*(?:Failure|Error) → \S+ @ \d+\s*$|^↓ \S")
# (review30_a) bats' TAP line of a failed test ("not ok 2 down backend reports connection refused") with bats' own
# location of the failure on the line under it ("# (in test file test/x.bats, line 19)", "# (from function
# `assert_output' in file ...", bats-core's tracing, recalled): the title is the test's name, which may name the status it
# checks; the lines below say what failed. (Not node-tap's "not ok 1 - <error message>", which has no such line.)
_TAP_TITLE = re.compile(r"^\s*not ok \d+ ")
_BATS_LOCATION = re.compile(r"^# \((?:in test file |from function `)")
# (left31) helm-unittest's line of a failed test ("FAIL  <test's name>\t<its test file>.yaml", then its assertion report
# "- asserting rule ..." or "- asserts[0] `equal` fail" under it, as the plugin's default formatter prints them, recalled):
# the title is the test's name, which may name the condition its chart alerts on ("pages on OOMKilled containers")
_HELM_UNITTEST_TITLE = re.compile(r"^\s*FAIL\s+\S[^\t\n]{0,400}\t\S{1,400}\.ya?ml\s*$")
_HELM_UNITTEST_ASSERT = re.compile(r"^\s*-\s+(?:asserting\b|asserts\[\d+\])")


def _title_under_header(lines: Sequence[str], idx: int) -> bool:
    """Line ``idx`` is a failing test's title under busted's "Failure → file @ n" or elm-test's "↓ Module" header, or
    bats' "not ok N title" over its location of the failure, or (left31) helm-unittest's "FAIL  title<TAB>file.yaml" over
    its assertion's report."""
    if idx + 1 < len(lines) and _TAP_TITLE.match(lines[idx]) and _BATS_LOCATION.match(lines[idx + 1]):
        return True
    if idx + 1 < len(lines) and _HELM_UNITTEST_TITLE.match(lines[idx]) and _HELM_UNITTEST_ASSERT.match(lines[idx + 1]):
        return True
    if idx <= 0:
        return False
    above = lines[idx - 1]
    return bool(_BUSTED_TITLE.match(above)) and (not above.startswith("↓") or lines[idx].startswith("✗ "))


# A test's wait that gave up, and how many lines after it its own expectation may follow.
# ((flaky36) and Awaitility's ConditionTimeoutException, signatures.toml "awaitility-condition-timeout")
_WAIT_IDS = frozenset({"test-timeout", "async-test-timeout", "spec-timeout", "awaitility-condition-timeout"})
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
_SUMMARY_IDS = frozenset({"test-failure", "test-summary-failed", "test-summary-more", "run-halted",
                          "xcodebuild-test-failed"})
_SUMMARY_FACTOR = 0.3


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
# (review31_a) ... and apt's warning under the index fetches of its update that it could not make, "W: Some index files
# failed to download. They have been ignored, or old ones used instead." (apt-get update, recalled): it went on with the
# other sources, for every failed fetch of the update's output above it (its "Err:N <url>" lines, the reason indented
# under each, its "W: Failed to fetch" lines); its error form, "E: Some index files failed to download", stopped the job
# and is not this
_APT_IGNORED = re.compile(r"^W: Some index files failed to download\. They have been ignored, or old ones used instead\b")
# ... the lines of apt's update output that may stand between (its numbered fetch lines, its W: and N: notes, a reason
# indented under a fetch, its reading and fetched lines)
_APT_UPDATE_LINE = re.compile(r"^(?:(?:Hit|Get|Ign|Err):\d+ |[WN]: |[ \t]+\S|Reading package lists|Fetched \d)")
_APT_UPDATE_LINES = 60


def _apt_went_on(lines: list[str], outage: int, end: int) -> bool:
    """(review31_a) Whether the outage at line ``outage`` is a line of apt's update output that apt's "They have been
    ignored" warning (_APT_IGNORED) closes below it, before line ``end``, with only apt's update lines between."""
    for i in range(outage, min(end, len(lines), outage + _APT_UPDATE_LINES)):
        line = lines[i][:700]
        if _APT_IGNORED.match(line):
            return True
        if not _APT_UPDATE_LINE.match(line):
            return False
    return False
# (hold31a) A line of a tool that says it went past its own error, at its end ("... i/o timeout (ignored)", make's
# "make: [Makefile:9: fetch] Error 6 (ignored)"): the tool went on past that very error; rules.py sets such an outage
# line aside wherever it sits.
_SAYS_IGNORED = re.compile(r"(?i)\((?:error )?ignored\)\s*$")
# (hold31a) ... and, on the outage's own line or the few below it only (a success line above is another fetch's), the
# words of a tool or script that it went past the error: make's "(ignored)" at the end of a line (a recipe line's "-"
# prefix; other tools use the same suffix), a script's or tool's "..., continuing" / "continuing anyway" / "proceeding
# without ..." at the end of its line, and a fetch that then came from another repository ("Resolved <coordinates> from
# https://<mirror>/...", "using mirror ...", "falling back to mirror ..."): the job had what it needed and went on.
_WENT_ON_BELOW = re.compile(
    _SAYS_IGNORED.pattern
    + r"|[,;:.)-]\s*(?:continuing|proceeding)(?: anyway| regardless| without [\w .'/-]{1,60})?\s*[.!]{0,3}\s*$"
    r"|^\W{0,3}(?:\[\w+\]\s*)?(?:resolved|downloaded|fetched|retrieved) \S{1,300} from (?:the )?(?:mirror\b|fallback\b|https?://)"
    r"|\b(?:using|switching to|falling back to) (?:the )?(?:\w+ )?(?:mirror|fallback (?:repository|registry|mirror))\b")
# (hold31a) A CI system's line that a later step or stage of the job began (Cloud Build's "Starting Step #1", Azure
# Pipelines' "##[section]Starting: Gradle", Jenkins' "[Pipeline] { (Lint)", GitLab's "section_start:...:step_script"
# headers are no script command): an outage in an earlier step that the job went on from, as from an earlier command.
_STEP_STARTED = re.compile(r"^(?:Starting Step #\d+\b|##\[section\]Starting: \S|\[Pipeline\] \{ \(\S)")
# ... the failures of a later command that read the change's code (a compiler's, a checker's, a test's, a script's crash),
# beside the self-evident ones (_SELF_EVIDENT_CATEGORIES, rules.py). Not a configuration's or a setting's refusal ("config"): a
# missing value, a refused credential, a version not installed are as often what the outage failed to fetch.
_LATER_FAILURE_CATEGORIES = _DETERMINISTIC_CATEGORIES | {"runtime-error"}
# ... but no generic entry's line, which says a failure happened without naming it: a "file:line: ..." (it reads a
# failing test's frame as well as a compiler's line), an uncaught exception, a runner's summary. rules.py reads these
# ids too: on the self-evident failure the job's own part ended on (_outlived), and as a strong outage's symptoms,
# beside _SYMPTOM_CATEGORIES.
_SYMPTOM_IDS = frozenset({"file-diagnostic", "uncaught-exception", "test-summary-failed"})
# ... nor a parse error of data rather than of the change's source (jq's or a JSON parser's, which may be reading the
# error page an outage returned: "parse error: Invalid numeric literal at line 1", "Unexpected token '<' ... is not
# valid JSON"); rules.py's _outlived reads it the same way, after _NAMES_MISSING's chain.
_DATA_PARSE = re.compile(
    r"(?i)^\s*(?:jq: error[^\n]{0,80}|parse error): [^\n]{0,200}\bat line \d+, column \d+"
    r"|\bis not valid JSON\b|\bJSONDecodeError\b|\bExpecting value: line \d+ column \d+"
    r"|\bUnexpected token '?<'?")


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
    # (each line's reading is taken once, not once per outage and mismatch: a log of hundreds of outages among
    # thousands of mismatches read the lines between every pair, minutes on a 1 MB log; the answers are the same)
    opens: dict[int, bool] = {}

    def opens_at(i: int) -> bool:
        if i not in opens:
            opens[i] = _opens_section(lines[i])
        return opens[i]

    # (an opening between an outage and a mismatch: the nearest outage above or below it spans the others' lines)
    low, high = min(o.index for o in outages), max(o.index for o in outages)
    span = range(min(low, compared[0]) + 1, max(high, compared[-1]) + 1)
    opening_at = [i for i in span if opens_at(i)]

    separate = [c for c in compared
                if not any(_VALUES_COMPARED.search(ln) and (_DAMAGED_VALUE.search(ln) or _OUTAGE_STATE.search(ln))
                           for ln in (_LEVEL_PREFIX.sub("", r[:500]) for r in lines[c: c + _REPORT_LINES]
                                      # (the report's own lines: not the next section's, below its header)
                                      if not _RUNNER_SECTION.match(r[:700])))
                and ((low < c and _marked_between(opening_at, low, c)) or (high > c and _marked_between(opening_at, c, high)))]
    if not separate:
        return set()
    first = next((i for i, ln in enumerate(lines) if len(ln) < 700 and _TEST_FAILED_REPORT.search(ln)), None)
    # ((nineteenth round, outlived) or the opening line of a mismatched test's or an outage's own report, where the run's
    # own heading of its reports is not in the log: RSpec's "  1) Cart#add merges equal lines" without "Failures:" above)
    def report_start(c: int) -> int | None:  # the opening of the report line c belongs to, within _OWN_REPORT_ABOVE
        return next((i for i in range(c, max(-1, c - _OWN_REPORT_ABOVE - 1), -1) if opens_at(i)), None)

    own = [report_start(c) for c in separate + [o.index for o in outages]]
    first = min([i for i in own if i is not None] + ([] if first is None else [first]), default=None)
    if first is None:
        return set()
    # (what every separate mismatch's report names, gathered once: an outage is tied when its line names one of those
    # tests (_names_whole) or a host part that is a word of one of those reports, whichever report it is)
    names: set[str] = set()
    words: set[str] = set()
    for c, opening in zip(separate, own, strict=False):  # (own begins with the separate mismatches' openings)
        start = c if opening is None else opening
        report = [r[:700] for r in lines[start: c + _OWN_REPORT_BELOW + 1]]
        names.update(n for r in report for n in _failing_names(r))
        words |= _words("\n".join(report))
    # (a name of word characters only is whole in a line exactly when it is one of the line's runs of them)
    plain = {n for n in names if n and all(ch.isalnum() or ch in "_$" for ch in n)}
    odd = names - plain
    tied_line: dict[str, bool] = {}
    out: set[int] = set()
    for h in outages:
        if h.index < first:
            continue
        line = h.line[:700]
        if line not in tied_line:
            # (a host is written in lower case: Surefire's summary "OrderTest.fetchesStock:31 » Connect ..." names a
            # test's class, method and line, which the host reader would take for a host and its port)
            parts = {p for m in _OUTAGE_HOST.finditer(line) for g, host in enumerate(m.groups(), 1)
                     if host and "_" not in host and host == host.lower() and not _FILE_LINE_AFTER.match(line, m.end(g))
                     for p in _words(host) if len(p) >= 3 and p.isalpha() and p not in _GENERIC_HOST_PARTS}
            tied_line[line] = (not plain.isdisjoint(_WORD_RUN.findall(line))
                               or any(_names_whole(n, line) for n in odd) or not parts.isdisjoint(words))
        if not tied_line[line]:
            out.add(h.index)
    return out


# (a line's maximal runs of word characters and "$": the places a name of such characters can be whole, _names_whole)
_WORD_RUN = re.compile(r"[\w$]+")


def _marked_between(marks: list[int], a: int, b: int) -> bool:
    """Whether the sorted line indexes ``marks`` hold one in lines a+1 .. b."""
    return bisect_right(marks, b) > bisect_right(marks, a)


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
# How much such a 403 counts where no credentials show (a block as often as a closed file): little, so a bot wall's or a
# throttle's line beside it decides, and alone the log reads real only for want of any transient signal.
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
    entry's sources). Weighed low, they decide little: a bot wall's or a throttle's line beside them reads transient, and
    alone the log reads real at a lower confidence (no transient signal); a token, -u or an auth header keeps them real."""
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
    limits = [h.index for h in hits if h.source == "log" and h.sig.id in _TEST_LIMIT_IDS]
    if not limits or not compared:
        return out
    # (each line read once, not once per limit and mismatch: a boundary between a limit and some mismatch is one between
    # it and the farthest mismatch above or below it, whose lines hold the nearer ones')
    low, high = min(compared), max(compared)
    boundary_at = [i for i in range(min(low, min(limits)) + 1, max(high, max(limits)) + 1)
                   if _TEST_BOUNDARY.search(lines[i][:700]) or _LIMIT_BOUNDARY.search(lines[i][:700])]
    for i in limits:
        if (low < i and _marked_between(boundary_at, low, i)) or (high > i and _marked_between(boundary_at, i, high)):
            out.add(i)
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


# (review31_a) pytest's "warnings summary" section: its header rule, then each warning as its location, "<file>:<line>:
# <Category>: <message>" (Python's warnings.formatwarning) and the source line, then its "-- Docs: https://docs.pytest.org/
# en/stable/how-to/capture-warnings.html" line (pytest's terminal reporter, recalled); the next section's rule ends it
_WARNINGS_SUMMARY = re.compile(r"^=+ warnings summary(?: \(final\))? =+\s*$")
_WARNINGS_SUMMARY_DOCS = re.compile(r"^-- Docs: https?://docs\.pytest\.org/\S*warnings")
_SECTION_RULE = re.compile(r"^=+ \S[^\n]{0,200} =+\s*$")
# ... how many lines such a section may hold (a run with thousands of warnings is cut there)
_WARNINGS_SUMMARY_LINES = 2000


def _warnings_summary_lines(lines: list[str]) -> set[int]:
    """(review31_a) Indices of the lines inside pytest's warnings summary (_WARNINGS_SUMMARY, down to its docs line or the
    next section's rule): warnings the run listed, which fail no test and no job by themselves (under -W error a warning
    is raised, and the failing test's own report says so)."""
    out: set[int] = set()
    i = 0
    n = len(lines)
    while i < n:
        if len(lines[i]) < 200 and _WARNINGS_SUMMARY.match(lines[i]):
            j = i + 1
            while j < min(n, i + 1 + _WARNINGS_SUMMARY_LINES) and not _SECTION_RULE.match(lines[j][:300]):
                out.add(j)
                if _WARNINGS_SUMMARY_DOCS.match(lines[j][:300]):
                    break
                j += 1
            i = j
        i += 1
    return out


def _non_blocking_lines(lines: list[str]) -> set[int]:
    """(review 14w) Indices of the output lines of the script's commands (_is_command) that ignore their own failure
    (_IGNORES_FAILURE), up to the next command, when a later command follows: the script went on past them. ((review31_a)
    And the lines of pytest's warnings summary, _warnings_summary_lines: warnings, which failed nothing.)"""
    summary = _warnings_summary_lines(lines) if any("warnings summary" in line for line in lines) else set()
    if not any("||" in line for line in lines):
        return summary
    starts = [i for i, line in enumerate(lines) if _is_command(line)]
    out: set[int] = summary
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
    say the tool fell back to what it had (_FELL_BACK) and went on, or apt's update output it stands in ends on apt's warning
    that it ignored the failed fetches (_apt_went_on), or a later step's or stage's header follows it (_step_started)."""
    if (_command_between(lines, outage, end) or _apt_went_on(lines, outage, end)
            or any(_step_started(ln) for ln in lines[outage + 1: end])):
        return True
    return any(len(ln) < 700 and _FELL_BACK.search(ln)
               for ln in lines[max(0, outage - _FELL_BACK_LINES): min(end, outage + _FELL_BACK_LINES + 1)]) or any(
        len(ln) < 700 and _WENT_ON_BELOW.search(ln) for ln in lines[outage: min(end, outage + _FELL_BACK_LINES + 1)])


def _step_started(line: str) -> bool:
    """(hold31a) Whether ``line`` is a CI system's header of a later step or stage (_STEP_STARTED) or a script command."""
    return len(line) < 700 and (_is_command(line) or _STEP_STARTED.match(line) is not None)


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
    if not failures:
        return None
    # (each line's reading is taken once, not once per failure: a log of thousands of failure lines below thousands
    # of outage lines read every line between each pair, 22 s on a 1 MB log; the answers are the same)
    # commands: the script's command lines (_is_command) between the first outage and the last failure, in order;
    # _went_past(o, f)'s _command_between is "the first command below o stands above f"
    low = min(o.index for o in outages)
    commands = [i for i in range(low + 1, failures[-1].index + 1) if _step_started(lines[i])]
    fell_back: dict[tuple[int, int], bool] = {}
    apt_closed: dict[int, bool] = {}  # an outage's line -> whether apt's "ignored" warning closes its update below it
    compared: dict[int, list[int]] = {}  # a command block's start -> its lines that show values compared, in order

    def went_past(outage: int, end: int) -> bool:
        k = bisect_right(commands, outage)
        if k < len(commands) and commands[k] < end:
            return True
        if outage not in apt_closed:
            apt_closed[outage] = _apt_went_on(lines, outage, len(lines))
        if apt_closed[outage]:
            return True
        window = (max(0, outage - _FELL_BACK_LINES), min(end, outage + _FELL_BACK_LINES + 1))
        key = (outage, window[1])
        if key not in fell_back:
            fell_back[key] = any(len(ln) < 700 and _FELL_BACK.search(ln) for ln in lines[window[0]: window[1]]) or any(
                len(ln) < 700 and _WENT_ON_BELOW.search(ln) for ln in lines[outage: window[1]])
        return fell_back[key]

    def values_compared(ln: str) -> bool:
        return bool(_VALUES_COMPARED.search(ln) and not _DAMAGED_VALUE.search(ln) and not _NETWORK_WORDS.search(ln))

    for f in reversed(failures):
        if not all(went_past(o.index, f.index) for o in outages):
            continue
        if (f.sig.category in _LATER_FAILURE_CATEGORIES and f.sig.weight >= _SPECIFIC_WEIGHT
                and f.sig.id not in _SUMMARY_IDS and f.sig.id not in _SYMPTOM_IDS and not _DATA_PARSE.search(f.line)):
            return f.index
        if f.sig.category in ("test-failure", "test-assertion"):
            # (the last command at or above the failure, below the last outage; else the last outage's line)
            k = bisect_right(commands, f.index)
            start = commands[k - 1] if k and commands[k - 1] > top else top
            # (failures are read bottom up: the first of a block reads its lines down to itself, a later one of the
            # same block reads a prefix of them, which the list already holds)
            if start not in compared:
                compared[start] = [i for i in range(start + 1, f.index + 1) if values_compared(lines[i][:500])]
            found = compared[start]
            if found and found[0] <= f.index:
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
    r"|^Failed!\s+-\s+Failed:\s+[1-9]|^\s*ERROR STOP\b"
    # ((review34_a) Gradle's line for one failed test, "Class > test() FAILED", its exception indented below; not its
    # task's "> Task :m:test FAILED")
    r"|^(?!> )\S[^\n]{0,300} > [^\n]{1,300} FAILED\s*$")
# ... of those, the ones that open a test's own report, whose lines below it (an exception, the test's output) say
# why that test failed; the others are summaries (and a Fortran ERROR STOP, the program stopping itself).
_TEST_REPORT_OPENS = re.compile(
    r"\*\*\*Failed\b|<<< (?:FAILURE|ERROR)!\s*$|^test \S+ \.\.\. FAILED$|^FAIL: |^ERROR: |^\S+:\d+: FAILED:\s*$"
    # (eighteenth round, ruby_rails: dotnet's "Failed Name", not RSpec's "Failed examples:" list of rerun lines)
    r"|^\s*FAIL {1,2}\S|^\s*[✕×]\s|^\s*●\s|^\s*--- FAIL: |^\s*Failed (?!examples:\s*$)\S|^FAILED \S+::\S"
    # (RSpec's, PHPUnit's and Mocha's numbered entry under their "Failures:": "  1) Client lists orders")
    r"|^\s*\d+\) \S"
    # (libtest's panic of the test's thread, its report: "thread 'net::tests::connect' panicked at ...")
    r"|^thread '[^'\n]{1,300}' panicked at "
    # (review34_a: Gradle's "Class > test() FAILED")
    r"|^(?!> )\S[^\n]{0,300} > [^\n]{1,300} FAILED\s*$")
# (a stack frame of the report's exception does not count towards its length)
_REPORT_FRAME = re.compile(r"^\s*(?:at |\.\.\. \d+ more|Caused by:|#\s|❯ |File \"|Traceback \(most recent call last\))")
# ... and what ends that report: another test's or the run's line, a rule, CTest's next "Start  2: name",
# pytest's section header, a command; (prec28) PHP's run-tests section markers ("========DIFF========" over a failed
# test's diff, "========DONE========" under it, its "FAIL <title> [file.phpt]" line printed after them: run-tests.php's
# show_file_block, recalled): a diff below a FAIL line is the next test's, not that one's.
_TEST_REPORT_END = re.compile(
    r"^\s*(?:-{10,}|={10,}|_{3,} \S[^\n]* _{3,}|Start\s+\d+: |\d+/\d+ Test\s+#|={4,}(?:DIFF|DONE|OUT|EXP)={4,}\s*$)\s*")
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
    # (each line read once, not once per outage: thousands of outage lines below one report read the lines up to it
    # again for each; opens: the lines from the first report down to the last outage that open a test's report)
    last = max(h.index for h in outages)
    opens = [i for i in range(reports[0], last + 1) if _TEST_REPORT_OPENS.search(lines[i][:700])]
    by_index = sorted(hits, key=lambda a: a.index)
    hit_at = [a.index for a in by_index]
    for h in outages:
        k = bisect_right(reports, h.index)  # (reports[:k]: the reports at or above the outage)
        if not k or reports[k - 1] == h.index:
            continue  # (no failure above it, or the failing test's own line names it)
        r = reports[k - 1]
        # (the report that holds the outage: the last line that opens a test's report between r and it)
        k = bisect_right(opens, h.index)
        start = opens[k - 1] if k and opens[k - 1] >= r else None
        if start is not None:
            block = lines[start + 1: h.index]
            # (unittest's rule right under its "ERROR: test_x (m.C)" belongs to the report)
            if block and _TEST_REPORT_END.match(block[0]) and not _TEST_REPORT_END.match(lines[start]):
                block = block[1:]
            # (the count stops past the bound: the answer is the same)
            if (sum(1 for _ in islice((ln for ln in block if not _REPORT_FRAME.match(ln)), _TEST_REPORT_LINES + 1))
                    <= _TEST_REPORT_LINES
                    and not any(_TEST_REPORT_END.match(ln) or _is_command(ln) for ln in block)
                    and not any(_values_mismatch(a, lines, h.index)
                                for a in by_index[bisect_left(hit_at, start): bisect_left(hit_at, h.index)])):
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
# (flaky36) RSpec's and Mocha's numbered failure heading ("  2) Invoice#total sums the lines"): the next failure's, so an
# assertion below it is that test's, not the same failure reported again (test_layout's failing-test lines do not hold it);
# ((rv36b) and RSpec's aggregate_failures numbering within one example, "     1.2) Failure/Error: expect(...)": another
# assertion on its own values, a few lines under the first one's pair)
_NUMBERED_FAILURE = re.compile(r"^\s*\d+(?:\.\d+)*\) \S")


def _own_report(hits: Sequence[_Hit], lines: list[str]) -> set[int] | None:
    """(nineteenth round, smells) Lines of the assertions and errors that report the same failure as a value-checked
    line (a measured time near its bound, timestamps a second apart): ones repeating its compared text (pytest's
    short summary), or within _OWN_REPORT_LINES of it with no failing test's line (another test's header or summary
    entry) from one to the other. None where another failure of that kind is in the log."""
    checked = [h for h in hits if h.sig.id in _VALUE_CHECKED_IDS]
    if not checked:
        return set()
    # ((flake30) each text once: a log repeating one failure's line thousands of times is read in one pass per line)
    texts = list(dict.fromkeys(t for t in (re.sub(r"^E\s+", "", c.line.strip()) for c in checked) if len(t) >= 10))
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
            or _NUMBERED_FAILURE.match(ln[:700]) is not None
            for i, ln in enumerate(lines[lo + 1: hi + 1], lo + 1))

    others = [h for h in hits if h.sig.id not in _VALUE_CHECKED_IDS and h.sig.id not in _SUMMARY_IDS
              and h.sig.category in ("test-assertion", "runtime-error")]
    # ((flake30) only the checked lines within _OWN_REPORT_LINES of a line can be near it: found by bisection, so that a
    # log of thousands of failed assertions is not read pair by pair; the same answers)
    by_index = sorted(checked, key=lambda c: c.index)
    starts = [c.index for c in by_index]

    def near_any(h: _Hit) -> bool:
        lo = bisect_left(starts, h.index - _OWN_REPORT_LINES)
        hi = bisect_right(starts, h.index + _OWN_REPORT_LINES)
        return any(near(h, c) for c in by_index[lo:hi])

    own = {h.index for h in others if any(t in h.line for t in texts) or near_any(h)}
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
    missing, the statement that raised it is the only word on what went wrong. (net27) The cut is read as
    line_checks._traceback_cut_below reads it for a traceback cut in the read path of a download (pip's
    "raise ReadTimeoutError(...)" here, its ssl.py or socket.py frame there): one reading of a cut traceback."""
    if not lines[idx].lstrip().startswith("raise "):
        return False
    return _traceback_cut_below(lines, idx)


def _quoted_source(previous: str, line: str) -> bool:
    """True when ``line`` is the code a Python traceback prints under a 'File ..., line N' frame."""
    if not _PY_FRAME.match(previous):
        return False
    return len(line) - len(line.lstrip()) > len(previous) - len(previous.lstrip())


# (flaky36) A timed-out wait's exception whose cause, printed under it in the same stack trace, is the assertion the wait
# kept trying (Awaitility's untilAsserted: "ConditionTimeoutException: Assertion condition defined as a lambda expression
# in ... within 30 seconds." then, below its frames, "Caused by:" and "org.opentest4j.AssertionFailedError: ..."; a JVM
# wait helper's TimeoutException caused by the last AssertionError alike): the assertion is the condition not yet met
# when the wait ran out, the wait's own report, not a second failure (open-telemetry/opentelemetry-java#3311, a flaky
# wait on garbage collection). Only a cause chain: every line between is a frame ("at ..."), "... N more", a "Caused by:"
# line or blank, and the assertion is on a "Caused by:" line or right under one.
_CAUSE_CHAIN_LINES = 60
_CAUSE_HEAD = re.compile(r"^\s*Caused by:")
_CHAIN_LINE = re.compile(r"^\s*(?:at \S|\.\.\. \d+ (?:more|common frames omitted)\b|Caused by:|$)")
# the cause an assertion's failure: JUnit's, opentest4j's, AssertJ's, Hamcrest's and Kotlin's assertion errors (not a
# DeadlockException, Awaitility's cause where it found deadlocked threads: no condition merely not yet met)
_ASSERTION_CAUSE = re.compile(r"\b(?:[\w$]+\.)*(?:Assertion(?:Failed)?Error|ComparisonFailure|AssertionFailure|MultipleFailuresError)\b")


def _cause_of_wait(wait_index: int, index: int, lines: Sequence[str]) -> bool:
    """(flaky36) Whether the line at ``index`` is a cause, in the same JVM stack trace, of the wait's line at
    ``wait_index`` (see _CAUSE_CHAIN_LINES)."""
    if not 0 < index - wait_index <= _CAUSE_CHAIN_LINES or index >= len(lines):
        return False
    between = lines[wait_index + 1: index]
    if not all(_CHAIN_LINE.match(ln[:300]) for ln in between):
        return False
    line = lines[index][:700]
    if _ASSERTION_CAUSE.search(line) is None:
        return False
    if _CAUSE_HEAD.match(line):
        return True
    above = next((ln for ln in reversed(between) if ln.strip()), "")
    return above.strip() == "Caused by:"


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
    if lines and _cause_of_wait(wait.index, s.index, lines):
        return True
    ours = {m.group(0).lower() for m in _TEST_NAME_TOKEN.finditer(wait.finding.line)}
    theirs = {m.group(0).lower() for m in _TEST_NAME_TOKEN.finditer(s.finding.line)}
    # (a shortened evidence line keeps a name's tail: a suffix counts as the same name)
    return any(a.endswith(b) or b.endswith(a) for a in ours for b in theirs)
