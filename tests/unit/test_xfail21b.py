"""Twenty-first round, xfail21b: the second pass over the strict expected failures, and the near misses that hold its
readings to what they are meant to read.

Covered (each fix named in the comment of the case it made pass, in test_review21_a.py, test_review21_c.py and
test_review21_d.py):
  * values_order.py _order_from_source_literal and (since review38_b) _same_items's map rule (compared-values-same-items-other-order stands aside):
    a string literal in the test's source whose characters are the reordered items, a list literal with a duplicate
    whose first-seen order is one of the values, a failing pytest pair of two strings each holding a mapping's text;
  * line_checks.py _cpan_fetched_otherwise: CPAN.pm's failed LWP/HTTP::Tiny fetch under which its next fetcher ran and the
    file's checksum was found ok;
  * line_checks.py _test_more_like_value: the quoted value of Test::More's like() diagnostic above its "doesn't match" line;
  * line_checks.py _wallaby_same_major: Wallaby's Chrome/chromedriver warning where the two share their major;
  * test_layout.py _pytest_short_source_lines: the source line pytest's --tb=short report quotes under "path.py:N: in name";
  * compared_reports.py _in_junit_value: the last line of a JUnit/AssertJ value that holds a line break ("...refused>");
  * signatures.toml rate-limited's unless: a loopback URL at an ephemeral port, TAP's "not ok N <title>" line;
  * signatures.toml compose-pull-cut-short (Compose v2's "[+] Pulling n/m" block) and syntax-error's unless for the
    daemon's "Error response from daemon: unexpected EOF";
  * signatures.toml excoveralls-upload-cut-off and objc-uncaught-exception (new), test-timeout's unless for the Flutter
    tool's VM Service line (flutter-debug-connection-never-made's).

Where the wording comes from: pytest's "E       AssertionError: assert X == Y" and short summary; CPAN.pm's "Fetching
with HTTP::Tiny:" (andk/cpanpm lib/CPAN/FTP.pm, read in a copy) and "Checksum for <file> ok" (CPAN/Distribution.pm
CHECKSUM_check_file, read in a copy), "LWP failed with code[500] message[...]" (as review 21d's cases quote it);
Test::Builder's like() diagnostic ("                  %s" / "    %13s '%s'", read in copies of Test/Builder.pm);
Wallaby's warning (elixir-wallaby/wallaby lib/wallaby/chrome.ex, read); ExCoveralls' "Failed to upload the report to
'<endpoint>' (reason: ...)." (parroty/excoveralls lib/excoveralls/poster.ex, read); Compose v2's "[+] Pulling n/m",
" ✔ redis Pulled" and " ✘ db Error" progress lines (the "Pulling"/"Error" event texts read in docker/compose
pkg/compose/pull.go; the rendering with its marks recalled); Go's httptest and Rust's mockito stubs on 127.0.0.1 at an
ephemeral port (recalled); bats' TAP lines (recalled). Tests, values, hosts and paths are made up; no project's CI log
is copied.

The rules the cases hold:
  * a reordered pair whose order the test's own input literal gives -> real; the same pair with no such literal (a
    list with no duplicate, a string whose characters are not the items) stays a flake -> transient;
  * a pytest pair of two JSON object texts in another key order -> real; two JSON array texts, or a set's text, in
    another order stay a flake -> transient;
  * CPAN.pm's failed fetch whose next fetcher got the file (checksum ok) is no outage: the tests below decide -> real;
    where the next fetcher failed too, or no checksum follows, the outage still counts;
  * Test::More's quoted like() value is no outage -> real beside the test's failure;
  * a source line pytest's --tb=short report quotes is no outage; its "E" line still reads;
  * Wallaby's warning under one major is no failure; different majors stay real;
  * a loopback 429 at a configured port (a pull-through cache, 5000) stays read as a throttle; a TAP test's title is
    not read as the throttle itself;
  * Compose v2's pull block ending on "unexpected EOF" -> transient; a syntax error below it stays real;
  * ExCoveralls' upload timed out, refused, closed or 502-504 -> transient; a 422 or an unresolvable endpoint is not.
"""

from __future__ import annotations

import pytest
from judging import assert_unique_ids, labelled, logs, not_surely_transient, reads

_GHA = "##[error]Process completed with exit code 1.\n"


def _pytest(compared: str, name: str, source: str) -> str:
    return (f"______________________________ {name} ______________________________\n\n"
            f"    def {name}():\n>       {source}\n"
            f"E       AssertionError: {compared}\n\ntests/test_app.py:22: AssertionError\n"
            "=========================== short test summary info ============================\n"
            f"FAILED tests/test_app.py::{name} - AssertionError: {compared}\n"
            "========================= 1 failed, 41 passed in 3.21s =========================\n" + _GHA)


_CPAN_HEAD = ("Running install for module 'Acme::Widget::Client'\n"
              "Fetching with LWP:\nhttp://www.cpan.org/authors/id/A/AC/ACME/Acme-Widget-Client-0.42.tar.gz\n"
              "LWP failed with code[500] message[Can't connect to www.cpan.org:80 (Connection timed out)]\n")
_CPAN_TESTS_FAIL = ("Running make test for ACME/Acme-Widget-Client-0.42.tar.gz\n"
                    "t/02-client.t ..... 1/9 \n#   Failed test 'parses the widget id'\n#   at t/02-client.t line 41.\n"
                    "#          got: '7'\n#     expected: '42'\n# Looks like you failed 1 test of 9.\n"
                    "t/02-client.t ..... Dubious, test returned 1 (wstat 256, 0x100)\nFailed 1/9 subtests \n"
                    "Result: FAIL\nFailed 1/2 test programs. 1/14 subtests failed.\n")

_WALLABY = ("warning: Looks like you're trying to run Wallaby with a mismatched version of Chrome: {chrome} and "
            "chromedriver: {driver}.\nChrome and chromedriver must match to a major, minor, and build version.\n\n")

CASES: list[tuple[str, str, str]] = [
    # ============================================================ reordered pairs: the test's own literal gives the order
    ("pytest-characters-of-a-literal", "real",
     _pytest("assert ['t', 'a', 'c'] == ['a', 'c', 't']", "test_letters", "assert letters('tac') == ['a', 'c', 't']")),
    ("pytest-dedupe-keeps-first-seen", "real",
     _pytest("assert ['x', 'y', 'z'] == ['z', 'x', 'y']", "test_dedupe",
             "assert dedupe(['z', 'x', 'z', 'y', 'x']) == ['z', 'x', 'y']")),
    # near misses: no duplicate in the input list, or no literal with the items' characters: still a flake
    ("pytest-input-list-without-duplicate", "transient",
     _pytest("assert ['beta', 'alpha'] == ['alpha', 'beta']", "test_tags", "assert tags(['alpha', 'beta']) == expected")),
    ("pytest-letters-no-matching-literal", "transient",
     _pytest("assert ['b', 'a'] == ['a', 'b']", "test_flags", "assert flags('xyz') == ['a', 'b']")),
    # pytest pair of JSON texts: an object's keys in another order (a dict's insertion order) -> real; an array -> flake
    ("pytest-json-object-keys", "real",
     _pytest("assert '{\"b\": 2, \"a\": 1}' == '{\"a\": 1, \"b\": 2}'", "test_payload",
             "assert json.dumps(payload(rows)) == expected")),
    ("pytest-json-array-text", "transient",
     _pytest("assert '[\"b\", \"a\"]' == '[\"a\", \"b\"]'", "test_payload_tags", "assert json.dumps(tags(rows)) == expected")),
    ("pytest-set-text", "transient",
     _pytest("assert \"{'b', 'a'}\" == \"{'a', 'b'}\"", "test_tag_text", "assert str(tag_set(rows)) == expected")),
    # ============================================================ CPAN.pm's next fetcher got the file
    ("cpan-http-tiny-got-it-tests-fail", "real",
     _CPAN_HEAD + "Fetching with HTTP::Tiny:\nhttp://www.cpan.org/authors/id/A/AC/ACME/Acme-Widget-Client-0.42.tar.gz\n"
     "Checksum for /home/runner/.cpan/sources/authors/id/A/AC/ACME/Acme-Widget-Client-0.42.tar.gz ok\n"
     + _CPAN_TESTS_FAIL + _GHA),
    # the next fetcher failed too: CPAN.pm gave up, the outage stands
    ("cpan-every-fetcher-failed", "transient",
     _CPAN_HEAD + "Fetching with HTTP::Tiny:\nhttp://www.cpan.org/authors/id/A/AC/ACME/Acme-Widget-Client-0.42.tar.gz\n"
     "HTTP::Tiny failed with an internal error: Could not connect to 'www.cpan.org:80': Connection timed out\n"
     "Giving up on '/home/runner/.cpan/sources/authors/id/A/AC/ACME/Acme-Widget-Client-0.42.tar.gz'\n"
     "Note: Current database in memory was generated on Mon, 04 May 2026 02:29:03 GMT\n" + _GHA),
    # ============================================================ pytest's --tb=short source lines
    # the quoted source lines are passed over, the "E" line's resolver failure still reads
    ("pytest-short-tb-resolver-failure", "transient",
     "____________________________ test_download ____________________________\n"
     "tests/test_download.py:14: in test_download\n    data = fetch_release('https://releases.example.com/app.tgz')\n"
     "src/app/net.py:31: in fetch_release\n    resp = urlopen(url, timeout=10)\n"
     "E   urllib.error.URLError: <urlopen error [Errno -3] Temporary failure in name resolution>\n"
     "FAILED tests/test_download.py::test_download - urllib.error.URLError: <urlopen error [Errno -3] Temporary failure "
     "in name resolution>\n1 failed, 30 passed in 0.5s\n" + _GHA),
    ("pytest-short-tb-literal-504", "real",
     "____________________________ test_gateway ____________________________\n"
     "tests/test_gateway.py:9: in test_gateway\n    stub.respond(504, 'Gateway Timeout')\n"
     "E   AttributeError: 'Stub' object has no attribute 'respond'\n"
     "FAILED tests/test_gateway.py::test_gateway - AttributeError: 'Stub' object has no attribute 'respond'\n"
     "1 failed, 12 passed in 0.4s\n" + _GHA),
    # ============================================================ a JUnit value over two lines
    ("junit-two-line-values-naming-a-refusal", "real",
     "[ERROR] formatsRefusal(com.example.MessagesTest)  Time elapsed: 0.01 s  <<< FAILURE!\n"
     "org.opentest4j.AssertionFailedError: expected: <Upload failed:\ncould not connect: Connection refused> but was: "
     "<Upload failed:\nCould not connect: Connection refused>\n[ERROR] Tests run: 4, Failures: 1, Errors: 0, Skipped: 0\n"
     "[INFO] BUILD FAILURE\n" + _GHA),
    # ============================================================ Test::More's like() value
    ("test-more-like-quotes-a-timeout", "real",
     "t/20retry.t ....... 1/4 \n#   Failed test 'reports the upstream error'\n#   at t/20retry.t line 33.\n"
     "#                   'upstream request failed: Connection timed out'\n"
     "#     doesn't match '(?^:gave up after 3 attempts)'\n# Looks like you failed 1 test of 4.\n"
     "t/20retry.t ....... Dubious, test returned 1 (wstat 256, 0x100)\nFailed 1/4 subtests \nResult: FAIL\n"
     "Failed 1/1 test programs. 1/4 subtests failed.\n" + _GHA),
    # ============================================================ Wallaby's warning
    ("wallaby-same-major-then-refused-upload", "transient",
     _WALLABY.format(chrome="126.0.6478", driver="126.0.6479")
     + "Finished in 30.1 seconds (2.0s async, 28.1s sync)\n44 tests, 0 failures\n\n"
     "** (ExCoveralls.ReportUploadError) Failed to upload the report to 'https://coveralls.io' (reason: {:failed_connect, "
     "[{:to_address, {~c\"coveralls.io\", 443}}, {:inet, [:inet], :econnrefused}]}).\n" + _GHA),
    ("wallaby-other-major-invalid-session", "real",
     "** (RuntimeError) invalid session id\n\n" + _WALLABY.format(chrome="127.0.6533", driver="125.0.6422") + _GHA),
    # ============================================================ Flutter's VM Service timeout, an app's uncaught exception
    # no crash: the debug connection never made reads transient, as before
    ("flutter-vm-service-timeout-alone", "transient",
     "+ flutter test integration_test/app_test.dart -d emulator-5554\n"
     "Running Gradle task 'assembleDebug'...                            92.4s\n"
     "01:40 +0: loading /home/runner/work/app/integration_test/app_test.dart\n"
     "  TimeoutException: Connecting to the VM Service timed out.\n\n01:40 +0 -1: Some tests failed.\n" + _GHA),
    ("xcodebuild-app-uncaught-exception", "real",
     "Test Suite 'All tests' started at 2026-05-04 10:00:01.000.\n"
     "2026-05-04 10:00:03.120 Notes[901:12001] *** Terminating app due to uncaught exception 'NSUnknownKeyException', "
     "reason: '[<Notes.ListViewController 0x7f9> setValue:forUndefinedKey:]: this class is not key value coding-compliant "
     "for the key titleLabel.'\n"
     "Restarting after unexpected exit, crash, or test timeout in NotesUITests.testOpensList(); summary will include "
     "totals from previous launches.\n** TEST FAILED **\n" + _GHA),
    # ============================================================ ExCoveralls
    ("excoveralls-503", "transient",
     "60 tests, 0 failures\n** (ExCoveralls.ReportUploadError) Failed to upload the report to 'https://coveralls.io' "
     "(reason: status_code = 503, body = <html><body>Service Unavailable</body></html>).\n" + _GHA),
    # ============================================================ 429s
    # a pull-through registry mirror on the loopback at its configured port: its 429 is still read as a throttle
    ("docker-pull-loopback-mirror-5000-429", "transient",
     "Run docker pull redis:7-alpine\n"
     "Error response from daemon: Get \"http://127.0.0.1:5000/v2/library/redis/manifests/7-alpine\": 429 Too Many "
     "Requests\n" + _GHA),
    ("go-test-loopback-429-ephemeral-port", "real",
     "--- FAIL: TestClientBacksOff (0.02s)\n"
     "    client_test.go:57: get http://127.0.0.1:45821/v1/jobs failed: 429 Too Many Requests\n"
     "FAIL\nFAIL\texample.com/app/client\t0.031s\n" + _GHA),
    # ============================================================ Compose v2's pull
    ("compose-v2-pull-eof-stamped-step", "transient",
     "##[group]Run docker compose pull\ndocker compose pull\nshell: /usr/bin/bash -e {0}\n##[endgroup]\n"
     "[+] Pulling 1/2\n ✔ cache Pulled                                                  2.0s\n"
     " ✘ api Error unexpected EOF                                        9.8s\n"
     "Error response from daemon: unexpected EOF\n" + _GHA),
    ("compose-v2-pull-then-syntax-error", "real",
     "[+] Pulling 1/1\n ✔ db Pulled                                                      2.0s\n"
     "[+] Running 1/1\n ✔ Container app-db-1  Started                                   0.4s\n"
     "  File \"/app/manage.py\", line 12\n    def main(:\n             ^\nSyntaxError: invalid syntax\n" + _GHA),
]

# Not labelled (a rerun may or may not pass), but no rerun proposed with confidence.
NOT_SURELY_TRANSIENT: list[tuple[str, str]] = [
    ("excoveralls-422", "60 tests, 0 failures\n** (ExCoveralls.ReportUploadError) Failed to upload the report to "
     "'https://coveralls.io' (reason: status_code = 422, body = {\"message\":\"Couldn't find a repository matching this "
     "job.\",\"error\":true}).\n" + _GHA),
]

# Words benchmarks/pattern_speed.py repeats on a long line for the entries this pass touched.
LONG_LINE_WORDS = ["Failed to upload the report to '", "(reason: {:failed_connect, ", "[+] Pulling 1/2",
                   "Error response from daemon: unexpected EOF", " ✘ db Error unexpected EOF", "http://127.0.0.1:45821/",
                   "not ok 3 ", "LWP failed with code[500] message[", "Checksum for /a ok", "Fetching with HTTP::Tiny:",
                   "*** Terminating app due to uncaught exception 'NSException', reason: ",
                   "TimeoutException: Connecting to the VM Service timed out.", "tests/t.py:6: in t",
                   "expected: <a> but was: <", "#     doesn't match '"]

assert_unique_ids(CASES, NOT_SURELY_TRANSIENT)


@pytest.mark.parametrize(("verdict", "log"), labelled(CASES))
def test_xfail21b_case_reads_right(verdict: str, log: str) -> None:
    reads(log, verdict)


@pytest.mark.parametrize("log", logs(NOT_SURELY_TRANSIENT))
def test_xfail21b_case_is_not_surely_transient(log: str) -> None:
    not_surely_transient(log)


def test_cpan_fetched_otherwise_wants_the_checksum() -> None:
    """CPAN.pm's next fetcher ran, but no "Checksum for ... ok" line follows (the index, which has none; or a fetch that
    failed again): the failed fetch is still read."""
    from triage_agent.classify.line_checks import _cpan_fetched_otherwise

    head = _CPAN_HEAD.splitlines()
    no_checksum = [*head, "Fetching with HTTP::Tiny:", "http://www.cpan.org/modules/02packages.details.txt.gz",
                   "Reading '/home/runner/.cpan/sources/modules/02packages.details.txt.gz'"]
    failed_again = [*head, "Fetching with HTTP::Tiny:", "http://www.cpan.org/authors/id/A/AC/ACME/x.tar.gz",
                    "HTTP::Tiny failed with an internal error: Could not connect to 'www.cpan.org:80': timed out",
                    "Checksum for /home/runner/.cpan/sources/authors/id/A/AC/ACME/x.tar.gz ok"]
    fetched = [*head, "Fetching with HTTP::Tiny:", "http://www.cpan.org/authors/id/A/AC/ACME/x.tar.gz",
               "Checksum for /home/runner/.cpan/sources/authors/id/A/AC/ACME/x.tar.gz ok"]
    at = len(head) - 1
    assert not _cpan_fetched_otherwise(no_checksum, at)
    assert not _cpan_fetched_otherwise(failed_again, at)
    assert _cpan_fetched_otherwise(fetched, at)


def test_in_junit_value_wants_an_open_value_above() -> None:
    """A line with ">" under a pair whose values both closed on their own line is not a value's last line."""
    from triage_agent.classify.compared_reports import _in_junit_value

    closed = ["org.opentest4j.AssertionFailedError: expected: <2> but was: <3>",
              "wget: unable to connect to <mirror.example.com>: Connection refused"]
    opened = ["org.opentest4j.AssertionFailedError: expected: <a> but was: <Upload failed:",
              "Could not connect: Connection refused>"]
    assert not _in_junit_value(closed, 1)
    assert _in_junit_value(opened, 1)
