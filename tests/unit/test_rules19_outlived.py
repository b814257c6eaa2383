"""Nineteenth round, outlived: an outage the job got past, beside a later failure of the code.

Covered: the engine's weighing (placement.py: _failed_after_outages, _went_past, _FELL_BACK, _beside_other_mismatch with
_RUNNER_SECTION and _PYTEST_IS_NONE) of an outage or failed command
EARLIER in the log that the job went on from (a "|| true" command, a step the script retried, a tool that fell back to
its cache) beside a LATER deterministic failure of the code (a test's
setup crash, a script's TypeError, a test report of compared values, a codegen's rejected document); and, in one test
run, an outage in one test's report beside another test's value mismatch, the reports told apart by the runner's own
section headers (libtest's "---- name stdout ----", pytest's "____ test_x ____").

Each case is a short log written for this test around the tools' messages. Wording: libtest's "---- {name} stdout ----"
(rust-lang/rust, library/test/src/formatters/pretty.rs) and "thread '...' panicked at"; pytest's section rule and its
"E   assert ..." lines (pytest-dev/pytest, src/_pytest/terminal.py; recalled); curl's "curl: (28) ..." and "(22) The
requested URL returned error: 503" (curl/curl, lib/strerror.c; recalled); apt's "W: Failed to fetch ..." / "Some index
files failed to download. They have been ignored, or old ones used instead." (recalled); Hex's "Failed to fetch record
for '...' from registry (using cache instead)" and rebar3's "Download error, using cached file at ..." (as the review 18d
cases quote them; recalled); helm-unittest's "Expected to equal:" / "Actual:" (recalled); RSpec's numbered failure reports (rspec/rspec-core; recalled). Hosts, packages and paths are made up.

The rules the cases hold:
  * an outage in a part of the job it got past (a command the script went on from, a fetch the tool fell back from)
    with a later command failing on the code reads real: a rerun meets that failure again;
  * an outage in one test's report beside another test's value mismatch, the two reports apart, reads real;
  * the other side stays transient (or at least not real): the failing command is the fetch itself; the later test
    failed on the outage (its report names the refused host or a connection error); retries that all failed and a
    later "No such file" or "No module named"; a later parser reading the outage's error page; a later run that says
    only "n tests failed"; a test's own report holding the outage, with no other test's values compared.
"""

from __future__ import annotations

import pytest
from judging import assert_unique_ids, judge, labelled, logs

GHA = "##[error]Process completed with exit code 1.\n"

CASES: list[tuple[str, str, str]] = [
    # --- real: an outage in a part of the job it got past, a later failure of the code ---
    # a notification's 503 under "|| true", then the script's own crash
    ("notify-503-or-true-then-python-typeerror", "real",
     "$ curl -fsS -X POST https://hooks.example.com/ci/start || true\n"
     "curl: (22) The requested URL returned error: 503\n"
     "$ python scripts/build_index.py\n"
     "Traceback (most recent call last):\n"
     '  File "/home/runner/work/shop/scripts/build_index.py", line 31, in <module>\n'
     "    total = count + label\n"
     "TypeError: unsupported operand type(s) for +: 'int' and 'str'\n" + GHA),
    # apt's index fetch failed and old lists were used; helm-unittest's chart fails on its values (a summary read only)
    ("apt-old-lists-then-helm-unittest-values", "real",
     "$ sudo apt-get update\n"
     "W: Failed to fetch http://archive.ubuntu.com/ubuntu/dists/jammy/InRelease  Temporary failure resolving 'archive.ubuntu.com'\n"
     "W: Some index files failed to download. They have been ignored, or old ones used instead.\n"
     "$ helm unittest charts/api\n"
     " FAIL  api service\tcharts/api/tests/service_test.yaml\n"
     "\t- sets the port\n"
     "\t\t- asserts[0] `equal` fail\n"
     "\t\t\tPath:\tspec.ports[0].port\n"
     "\t\t\tExpected to equal:\n"
     "\t\t\t\t8080\n"
     "\t\t\tActual:\n"
     "\t\t\t\t80\n"
     "Charts:      1 failed, 0 passed, 1 total\n" + GHA),
    # Hex fell back to its cache; then EUnit's setup crashed on the code's config
    ("hex-cache-then-eunit-setup-bad-config", "real",
     "$ mix deps.get\nResolving Hex dependencies...\n"
     "Failed to fetch record for 'hexpm/decimal' from registry (using cache instead)\n"
     "{:failed_connect, [{:to_address, {'repo.hex.pm', 443}}, {:inet, [:inet], :econnrefused}]}\n"
     "All dependencies are up to date\n"
     "$ rebar3 eunit\n===> Performing EUnit tests...\n"
     "*** context setup failed ***\n"
     "**in function billing_tests:setup/0 (test/billing_tests.erl, line 12)\n"
     "**error:{badmatch,{error,{bad_config,currency}}}\n"
     "One or more tests were cancelled.\n===> Error running tests\n" + GHA),
    # a registry pull timed out, the script pulled again and went on; the test run's values differ
    ("pull-timeout-retried-then-minitest-values", "real",
     "$ docker pull redis:7\n"
     'Error response from daemon: Get "https://registry-1.docker.io/v2/": net/http: request canceled while waiting for connection (Client.Timeout exceeded while awaiting headers)\n'
     "$ sleep 10 && docker pull redis:7\n7: Pulling from library/redis\nStatus: Downloaded newer image for redis:7\n"
     "$ bundle exec rake test\n"
     "  1) Failure:\nCartTest#test_total [test/cart_test.rb:14]:\nExpected: 30\n  Actual: 29\n\n"
     "12 runs, 20 assertions, 1 failures, 0 errors, 0 skips\n" + GHA),
    # RSpec without its "Failures:" heading: the outage in the first example's report, a mismatch in the second's
    ("rspec-outage-first-then-values", "real",
     "+ bundle exec rspec\n"
     "  1) Geocoder looks up the address\n"
     '     Failure/Error: Geocoder.search("Hamburg")\n\n'
     "     Net::OpenTimeout:\n"
     "       Failed to open TCP connection to geo.example.org:443 (execution expired)\n\n"
     "  2) Invoice#total sums the lines\n"
     "     Failure/Error: expect(invoice.total).to eq(30)\n\n"
     "       expected: 30\n"
     "            got: 29\n\n"
     "       (compared using ==)\n\n"
     "40 examples, 2 failures\n" + GHA),
    # cargo test: a mismatch first, a DNS failure in another test's own section below it
    ("cargo-assert-eq-then-dns-other-test", "real",
     "running 2 tests\ntest cart::sums ... FAILED\ntest feed::loads ... FAILED\n\nfailures:\n\n"
     "---- cart::sums stdout ----\n"
     "thread 'cart::sums' panicked at src/cart.rs:20:9:\n"
     "assertion `left == right` failed\n  left: 7\n right: 8\n\n"
     "---- feed::loads stdout ----\n"
     "thread 'feed::loads' panicked at src/feed.rs:12:40:\n"
     'called `Result::unwrap()` on an `Err` value: reqwest::Error { kind: Request, url: "https://feed.example.net/rss", '
     'source: hyper_util::client::legacy::Error(Connect, ConnectError("dns error", Custom { kind: Uncategorized, error: '
     '"failed to lookup address information: Temporary failure in name resolution" })) }\n\n'
     "test result: FAILED. 0 passed; 2 failed; 0 ignored; 0 measured; 0 filtered out; finished in 0.12s\n\n"
     "error: test failed, to rerun pass `--lib`\n" + GHA),
    # pytest: a refused connection in one test's section above another's "assert <value> is None"
    ("pytest-refused-then-is-none-other-test", "real",
     "=================================== FAILURES ===================================\n"
     "_________________________________ test_sync ___________________________________\n\n"
     "    def test_sync():\n>       client.sync()\n\n"
     "E       httpx.ConnectError: [Errno 111] Connection refused\n\n"
     "tests/test_sync.py:8: ConnectError\n"
     "_______________________________ test_parse_empty ________________________________\n\n"
     "    def test_parse_empty():\n>       assert parse_amount('') is None\n"
     "E       AssertionError: assert 0 is None\n"
     "E        +  where 0 = parse_amount('')\n\n"
     "tests/test_amount.py:5: AssertionError\n"
     "=========================== short test summary info ============================\n"
     "FAILED tests/test_sync.py::test_sync - httpx.ConnectError: [Errno 111] Connection refused\n"
     "FAILED tests/test_amount.py::test_parse_empty - AssertionError: assert 0 is None\n"
     "2 failed, 30 passed in 1.20s\n" + GHA),

    # --- transient: the outage is what failed the job ---
    # the failing command is the fetch itself (an earlier command ran fine)
    ("fetch-is-the-failing-command", "transient",
     "$ python --version\nPython 3.12.2\n"
     "$ python -m pip install -r requirements.txt\n"
     "Collecting requests==2.31.0\n"
     "ERROR: Could not install packages due to an OSError: HTTPSConnectionPool(host='files.pythonhosted.org', port=443): "
     "Max retries exceeded with url: /packages/requests-2.31.0.tar.gz (Caused by ConnectTimeoutError(<pip._vendor.urllib3"
     ".connection.HTTPSConnection object at 0x7f>, 'Connection to files.pythonhosted.org timed out. (connect timeout=15)'))\n"
     + GHA),
    # the service's image pull timed out; the later test run failed connecting to that service
    ("pull-timeout-then-test-refused-service", "transient",
     "$ docker compose up -d postgres || true\n"
     'Error response from daemon: Get "https://registry-1.docker.io/v2/": net/http: request canceled while waiting for connection (Client.Timeout exceeded while awaiting headers)\n'
     "$ python -m pytest -q\n"
     "E   psycopg2.OperationalError: connection to server at \"localhost\" (127.0.0.1), port 5432 failed: Connection refused\n"
     "FAILED tests/test_orders.py::test_create - psycopg2.OperationalError: connection to server at \"localhost\" "
     "(127.0.0.1), port 5432 failed: Connection refused\n"
     "1 failed, 12 passed in 2.01s\n" + GHA),
    # every retry of the download failed; the next command misses the file it was to fetch
    ("retries-all-failed-then-no-such-file", "transient",
     "$ for i in 1 2 3; do curl -fsSLo tool.tgz https://downloads.example.com/tool-1.4.tgz && break; sleep 5; done\n"
     "curl: (28) Failed to connect to downloads.example.com port 443 after 10001 ms: Connection timed out\n"
     "curl: (28) Failed to connect to downloads.example.com port 443 after 10002 ms: Connection timed out\n"
     "curl: (28) Failed to connect to downloads.example.com port 443 after 10001 ms: Connection timed out\n"
     "$ tar xzf tool.tgz\n"
     "tar: tool.tgz: Cannot open: No such file or directory\n"
     "tar: Error is not recoverable: exiting now\n" + GHA),
    # pip's timeout under "|| true", then the tests cannot import what it was installing
    ("pip-timeout-or-true-then-no-module", "transient",
     "$ pip install -r requirements.txt || true\n"
     "ERROR: Could not install packages due to an OSError: HTTPSConnectionPool(host='files.pythonhosted.org', port=443): "
     "Read timed out.\n"
     "$ python -m pytest -q\n"
     "ImportError while importing test module '/home/runner/work/shop/tests/test_api.py'.\n"
     "E   ModuleNotFoundError: No module named 'requests'\n"
     "1 error in 0.30s\n" + GHA),
    # a single cargo test panicked on the outage in its own section: nothing else failed
    ("cargo-single-test-dns", "transient",
     "running 1 test\ntest feed::loads ... FAILED\n\nfailures:\n\n"
     "---- feed::loads stdout ----\n"
     "thread 'feed::loads' panicked at src/feed.rs:12:40:\n"
     'called `Result::unwrap()` on an `Err` value: reqwest::Error { kind: Request, url: "https://feed.example.net/rss", '
     'source: hyper_util::client::legacy::Error(Connect, ConnectError("dns error", Custom { kind: Uncategorized, error: '
     '"failed to lookup address information: Temporary failure in name resolution" })) }\n\n'
     "test result: FAILED. 0 passed; 1 failed; 0 ignored; 0 measured; 0 filtered out; finished in 0.12s\n\n"
     "error: test failed, to rerun pass `--lib`\n" + GHA),
]

# Not real (a rerun may pass): the later failure may be the outage's damage, or says nothing of its own.
NOT_SURELY_REAL: list[tuple[str, str]] = [
    # the fixture's download got a 503 under "|| true"; the later script parses the error page it saved
    ("fixture-503-then-json-decode", "$ curl -sS -o rates.json https://rates.example.com/latest || true\n"
     "curl: (22) The requested URL returned error: 503\n"
     "$ python scripts/report.py rates.json\n"
     "Traceback (most recent call last):\n"
     '  File "/home/runner/work/shop/scripts/report.py", line 9, in <module>\n'
     "json.decoder.JSONDecodeError: Expecting value: line 1 column 1 (char 0)\n" + GHA),
    # the later run says only how many tests failed
    ("or-true-outage-then-bare-summary", "$ ./ci/fetch-fixtures.sh || true\n"
     "curl: (28) Connection timed out after 10001 milliseconds\n"
     "$ make test\n"
     "3 tests failed\n"
     "make: *** [Makefile:12: test] Error 1\n" + GHA),
    # pytest: the mismatched test's values are empty (a None where a list was wanted) beside another test's refusal
    ("pytest-refused-beside-none-value", "=================================== FAILURES ===================================\n"
     "_________________________________ test_sync ___________________________________\n\n"
     "E       httpx.ConnectError: [Errno 111] Connection refused\n\n"
     "tests/test_sync.py:8: ConnectError\n"
     "_______________________________ test_rates ________________________________\n\n"
     "E       AssertionError: assert None == [1.1, 1.2]\n\n"
     "tests/test_rates.py:5: AssertionError\n"
     "2 failed, 30 passed in 1.20s\n" + GHA),
]


@pytest.mark.parametrize(("verdict", "log"), labelled(CASES))
def test_outlived_outage_reads_right(verdict: str, log: str) -> None:
    v = judge(log)
    assert v.verdict == verdict, (v.confidence, v.rationale)


@pytest.mark.parametrize("log", logs(NOT_SURELY_REAL))
def test_possible_damage_does_not_read_real(log: str) -> None:
    v = judge(log)
    assert v.verdict != "real", (v.confidence, v.rationale)


def test_case_ids_are_unique() -> None:
    assert_unique_ids(CASES, NOT_SURELY_REAL)


# Words of the rules' patterns for benchmarks/pattern_speed.py (long lines built around them).
LONG_LINE_WORDS = [
    "---- cart::sums stdout ----",
    "____ test_parse_empty ____",
    "E       AssertionError: assert 0 is None",
    "Download error, using cached file at ",
    "(using cache instead)",
    "They have been ignored, or old ones used instead.",
]
