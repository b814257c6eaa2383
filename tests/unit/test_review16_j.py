"""Review 16j of the sixteenth round's vcs_forges_other and xfail16 sections (svn-server-connection-lost, hg-stream-ended-
unexpectedly, the other Subversion/Mercurial/Perforce entries, network-unreachable's E170013 unless,
exunit-assertion-on-values, rust-main-thread-panicked, catch2-assertion-failed, catch2-test-threw,
msi-another-install-in-progress): made-up logs, near-misses and interactions with a later genuine failure."""

from __future__ import annotations

import pytest
from judging import assert_unique_ids, judge, logs, reads

REAL: list[tuple[str, str]] = [
    # rust-main-thread-panicked: an unwrap on None in the program's own code, every run
    (
        "rust-unwrap-none-plain",
        "     Running `target/debug/migrate`\nthread 'main' panicked at src/main.rs:14:41:\ncalled `Option::unwrap()` on a `None` value\nnote: run with `RUST_BACKTRACE=1` environment variable to display a backtrace\n##[error]Process completed with exit code 1.\n",
    ),
    # catch2-test-threw: 'GeoFence' holds no EOF word; the code's own exception
    (
        "catch2-geofence-threw",
        "/src/tests/geo_test.cpp:40: FAILED:\ndue to unexpected exception with message:\n  GeoFence: polygon has fewer than 3 points\n\n===============================================================================\ntest cases: 30 | 29 passed | 1 failed\nassertions: 90 | 89 passed | 1 failed\n##[error]Process completed with exit code 1.\n",
    ),
    # catch2-test-threw stands aside for 'network', but a parser's own exception still reads real
    (
        "catch2-cidr-parse-threw",
        '/src/tests/cidr_test.cpp:12: FAILED:\n  CHECK_NOTHROW( parse_cidr("10.0.0.0/33") )\ndue to unexpected exception with message:\n  invalid network prefix length: 33\n\n===============================================================================\ntest cases: 30 | 29 passed | 1 failed\nassertions: 90 | 89 passed | 1 failed\n##[error]Process completed with exit code 1.\n',
    ),
    # exunit-assertion-on-values: one test timed out, another compared wrong values: the values are the change's
    (
        "exunit-timeout-and-assertion",
        "  1) test imports the feed (Shop.FeedTest)\n     test/shop/feed_test.exs:8\n     ** (ExUnit.TimeoutError) test timed out after 60000ms. You can change the timeout:\n\n  2) test totals (Shop.CartTest)\n     test/shop/cart_test.exs:12\n     Assertion with == failed\n     code:  assert Cart.total(cart) == 42\n     left:  40\n     right: 42\n\nFinished in 61 seconds\n40 tests, 2 failures\n##[error]Process completed with exit code 1.\n",
    ),
    # exunit-assertion-on-values: plain strings compared, nothing else in the run
    (
        "exunit-assert-with-eq-strings",
        '  1) test greets (Shop.GreeterTest)\n     test/shop/greeter_test.exs:5\n     Assertion with == failed\n     code:  assert Greeter.hello("ana") == "Hello, Ana"\n     left:  "hello, ana"\n     right: "Hello, Ana"\n\nFinished in 2.1 seconds (0.5s async, 1.6s sync)\n40 tests, 1 failure\n##[error]Process completed with exit code 1.\n',
    ),
    # hg-stream-ended-unexpectedly: the clone retried and got through; the failing assertion is the job's end
    (
        "hg-stream-then-retry-then-pytest-fail",
        "+ hg clone https://hg.example.org/libfoo vendor/libfoo\nrequesting all changes\nadding changesets\nabort: stream ended unexpectedly (got 53212 bytes, expected 88000)\nretrying clone (2/3)\nrequesting all changes\nadded 420 changesets with 1200 changes to 300 files\nupdating to branch default\n300 files updated, 0 files merged, 0 files removed, 0 files unresolved\n+ pytest -q\nF.......\n=================================== FAILURES ===================================\n___________________________________ test_sum ___________________________________\n>       assert add(2, 2) == 5\nE       assert 4 == 5\ntests/test_math.py:4: AssertionError\n=========================== short test summary info ============================\nFAILED tests/test_math.py::test_sum - assert 4 == 5\n1 failed, 7 passed in 0.12s\n##[error]Process completed with exit code 1.\n",
    ),
    # hg-stream-ended-unexpectedly above a C compile error the job ended on
    (
        "hg-stream-then-compile-error",
        "abort: stream ended unexpectedly (got 8000 bytes, expected 12000)\nwarning: mirror clone failed, using cached copy in /cache/hg/libfoo\n+ make\ncc -O2 -c src/main.c -o build/main.o\nsrc/main.c:42:5: error: implicit declaration of function 'foo_init' [-Werror=implicit-function-declaration]\n   42 |     foo_init();\n      |     ^~~~~~~~\ncc1: all warnings being treated as errors\nmake: *** [Makefile:12: build/main.o] Error 1\n##[error]Process completed with exit code 1.\n",
    ),
    # hg-stream-ended-unexpectedly: Mercurial's own .t test diff context line, an output that changed
    (
        "hg-testsuite-diff-context",
        "--- /src/tests/test-http-bad-server.t\n+++ /src/tests/test-http-bad-server.t.err\n@@ -120,7 +120,7 @@\n   $ hg clone http://localhost:$HGPORT/ clone\n   requesting all changes\n   adding changesets\n-  abort: HTTP request error (incomplete response)\n   abort: stream ended unexpectedly (got 0 bytes, expected 4)\n   [255]\n\nERROR: test-http-bad-server.t output changed\n!\nFailed test-http-bad-server.t: output changed\n# Ran 12 tests, 0 skipped, 1 failed.\npython hash seed: 1234\n##[error]Process completed with exit code 1.\n",
    ),
    # svn-server-connection-lost: the export retried and got through; a JUnit assertion failed
    (
        "svn-conn-lost-then-retry-then-junit-fail",
        "svn: E170013: Unable to connect to a repository at URL 'https://svn.example.org/repos/shared/trunk'\nsvn: E120108: Error running context: The server unexpectedly closed the connection.\nRetrying svn export (attempt 2)\nExported revision 9182.\n[INFO] Running com.example.CartTest\n[ERROR] Tests run: 12, Failures: 1, Errors: 0, Skipped: 0, Time elapsed: 0.3 s <<< FAILURE! - in com.example.CartTest\n[ERROR] total(com.example.CartTest)  Time elapsed: 0.01 s  <<< FAILURE!\norg.opentest4j.AssertionFailedError: expected: <42> but was: <40>\n[ERROR] Tests run: 12, Failures: 1, Errors: 0, Skipped: 0\n[INFO] BUILD FAILURE\n##[error]Process completed with exit code 1.\n",
    ),
    # svn-server-connection-lost in a post-step after the failed test run
    (
        "junit-fail-then-svn-commit-reports-lost",
        "[ERROR] total(com.example.CartTest)  Time elapsed: 0.01 s  <<< FAILURE!\norg.opentest4j.AssertionFailedError: expected: <42> but was: <40>\n[ERROR] Tests run: 12, Failures: 1, Errors: 0, Skipped: 0\n[INFO] BUILD FAILURE\n+ svn commit -m 'CI reports' reports/\nsvn: E210002: Network connection closed unexpectedly\n##[error]Process completed with exit code 1.\n",
    ),
    # svn-server-connection-lost: externals fell back to a checkout; a compile error failed the job
    (
        "svn-conn-lost-then-gcc-error",
        "svn: E210003: Network read/write error\nsvn: E210002: Network connection closed unexpectedly\nUsing previously checked out externals\n+ make\ng++ -c src/app.cpp -o app.o\nsrc/app.cpp:10:3: error: 'foo' was not declared in this scope\nmake: *** [Makefile:5: app.o] Error 1\n##[error]Process completed with exit code 1.\n",
    ),
    # network-unreachable's E170013 unless: the next line is a refused login, persistent
    (
        "svn-e170013-then-auth",
        "+ svn checkout https://svn.example.org/repos/app/trunk app\nsvn: E170013: Unable to connect to a repository at URL 'https://svn.example.org/repos/app/trunk'\nsvn: E215004: No more credentials or we tried too many times.\nAuthentication failed\n##[error]Process completed with exit code 1.\n",
    ),
    # msi-another-install-in-progress in a post-step after a failed test run
    (
        "pytest-fail-then-msi-1618-in-post",
        "FAILED tests/test_cart.py::test_total - assert 40 == 42\n1 failed, 30 passed in 1.20s\n##[group]Run Post Install test reporter\nmsiexec /i reporter.msi /qn\nError 1618. Another installation is already in progress. Complete that installation before proceeding with this install.\n##[endgroup]\n##[error]Process completed with exit code 1.\n",
    ),
    # catch2-assertion-failed: an exporter's refused connection is background to 40 == 42
    (
        "catch2-assert-after-refused-bg",
        "[warn] metrics exporter: connect to 127.0.0.1:4317 failed: Connection refused\n/src/tests/cart_test.cpp:30: FAILED:\n  REQUIRE( cart.total() == 42 )\nwith expansion:\n  40 == 42\n\n===============================================================================\ntest cases: 30 | 29 passed | 1 failed\nassertions: 90 | 89 passed | 1 failed\n##[error]Process completed with exit code 1.\n",
    ),
    # catch2: one test threw on the network, another's assertion failed on values
    (
        "catch2-threw-refused-then-assert",
        "/src/tests/net_test.cpp:12: FAILED:\ndue to unexpected exception with message:\n  connect: Connection refused\n\n/src/tests/cart_test.cpp:30: FAILED:\n  REQUIRE( cart.total() == 42 )\nwith expansion:\n  40 == 42\n\n===============================================================================\ntest cases: 30 | 28 passed | 2 failed\nassertions: 90 | 88 passed | 2 failed\n##[error]Process completed with exit code 1.\n",
    ),
    # msi-another-install-in-progress: the install retried and succeeded; then a test failed
    (
        "msi-1618-then-pytest-fail",
        "MSI (s) (3C:40) [10:00:01:123]: Product: Helper -- Error 1618. Another installation is already in progress. Complete that installation before proceeding with this install.\nRetrying install in 30s\nHelper installed.\n+ pytest -q\nFAILED tests/test_cart.py::test_total - assert 40 == 42\n1 failed, 30 passed in 1.20s\n##[error]Process completed with exit code 1.\n",
    ),
    # a fetch binary's outage panic retried fine; a unit test's assertion failed after
    (
        "rust-main-panic-then-retry-ok-then-test-fail",
        "thread 'main' panicked at src/bin/fetch.rs:9:5:\nerror sending request for url (https://fixtures.example.com/a.json)\nfetch failed, retrying (2/3)\nfetched 12 fixtures\n     Running unittests src/lib.rs\ntest cart::tests::total ... FAILED\n\nfailures:\n\n---- cart::tests::total stdout ----\nthread 'cart::tests::total' panicked at src/cart.rs:40:9:\nassertion `left == right` failed\n  left: 40\n right: 42\n\ntest result: FAILED. 11 passed; 1 failed; 0 ignored\nerror: test failed, to rerun pass `--lib`\n##[error]Process completed with exit code 1.\n",
    ),
    # svn-server-connection-lost: the message is a value a unittest compared
    (
        "svn-lost-in-test-expected",
        "FAIL: test_retry_on_drop (tests.test_svnwrap.RetryTest)\nAssertionError: 'svn: E210002: Network connection closed unexpectedly' not found in 'svn: E170013: Unable to connect'\nRan 9 tests in 0.1s\nFAILED (failures=1)\n##[error]Process completed with exit code 1.\n",
    ),
    # (xfail17) a setting that does not parse, whatever its name: rust-main-panicked-on-unparsable-value
    (
        "rust-timeout-config-parse",
        "     Running `target/debug/server --config ci.toml`\nthread 'main' panicked at src/config.rs:40:9:\ninvalid value for `request_timeout_ms`: expected an integer, found \"5s\"\nnote: run with `RUST_BACKTRACE=1` environment variable to display a backtrace\n##[error]Process completed with exit code 1.\n",
    ),
]

TRANSIENT: list[tuple[str, str]] = [
    # hg-stream-ended-unexpectedly: a pull cut short, nothing else
    (
        "hg-stream-alone",
        "+ hg pull -u https://hg.example.org/app\npulling from https://hg.example.org/app\nsearching for changes\nadding changesets\nabort: stream ended unexpectedly (got 1024 bytes, expected 65536)\n##[error]Process completed with exit code 1.\n",
    ),
    # svn-server-connection-lost: the server closed the checkout's connection
    (
        "svn-conn-lost-alone",
        "+ svn checkout https://svn.example.org/repos/app/trunk app\nA    app/src\nA    app/src/main.c\nsvn: E170013: Unable to connect to a repository at URL 'https://svn.example.org/repos/app/trunk'\nsvn: E120108: Error running context: The server unexpectedly closed the connection.\n##[error]Process completed with exit code 1.\n",
    ),
    # network-unreachable's E170013 unless must not hide the timed-out connection below it
    (
        "svn-e170013-conn-timed-out",
        "+ svn checkout https://svn.example.org/repos/app/trunk app\nsvn: E170013: Unable to connect to a repository at URL 'https://svn.example.org/repos/app/trunk'\nsvn: E000110: Error running context: Connection timed out\n##[error]Process completed with exit code 1.\n",
    ),
    # the E170013 header's cause is 'could not connect to server': an outage
    (
        "svn-e170013-could-not-connect",
        "+ svn update\nUpdating '.':\nsvn: E170013: Unable to connect to a repository at URL 'http://svn.example.org/repos/app/trunk'\nsvn: E175002: could not connect to server (http://svn.example.org)\n##[error]Process completed with exit code 1.\n",
    ),
    # the E170013 header's cause is 'No route to host': an outage
    (
        "svn-e170013-no-route",
        "+ svn checkout https://svn.example.org/repos/app/trunk app\nsvn: E170013: Unable to connect to a repository at URL 'https://svn.example.org/repos/app/trunk'\nsvn: E000113: Error running context: No route to host\n##[error]Process completed with exit code 1.\n",
    ),
    # the E170013 header's cause is a name lookup that failed
    (
        "svn-e170013-unable-resolve",
        "+ svn checkout https://svn.example.org/repos/app/trunk app\nsvn: E170013: Unable to connect to a repository at URL 'https://svn.example.org/repos/app/trunk'\nsvn: E670008: nodename nor servname provided, or not known\n##[error]Process completed with exit code 1.\n",
    ),
    # the E170013 header's cause is a refused svn:// connection
    (
        "svn-e170013-refused",
        "+ svn info svn://svn.example.org/app\nsvn: E170013: Unable to connect to a repository at URL 'svn://svn.example.org/app'\nsvn: E000111: Can't connect to host 'svn.example.org': Connection refused\n##[error]Process completed with exit code 1.\n",
    ),
    # msi-another-install-in-progress: the installer service was busy
    (
        "msi-1618-alone",
        "Installing wix-toolset...\nMSI (s) (3C:40) [10:00:01:123]: Product: WiX Toolset -- Error 1618. Another installation is already in progress. Complete that installation before proceeding with this install.\n##[error]Process completed with exit code 1.\n",
    ),
]

# Must not read real with confidence (0.7 or more): the outage may be what failed the run.
NOT_SURELY_REAL: list[tuple[str, str]] = [
    # rust-main-thread-panicked: reqwest's Status(503) from a remote API is an outage, not the code
    (
        "rust-status-503",
        "     Running `target/debug/release-notes`\nthread 'main' panicked at src/github.rs:44:14:\ncalled `Result::unwrap()` on an `Err` value: reqwest::Error { kind: Status(503), url: \"https://api.github.com/repos/acme/app/releases\" }\nnote: run with `RUST_BACKTRACE=1` environment variable to display a backtrace\n##[error]Process completed with exit code 1.\n",
    ),
    # rust-main-thread-panicked: a TLS handshake cut short
    (
        "rust-tls-handshake-eof",
        "     Running `target/debug/publish`\nthread 'main' panicked at src/main.rs:60:6:\nupload failed: Os { code: 0, kind: Other, message: \"tls handshake eof\" }\nnote: run with `RUST_BACKTRACE=1` environment variable to display a backtrace\n##[error]Process completed with exit code 1.\n",
    ),
    # rust-main-thread-panicked: tokio's Elapsed, a wait that ran out
    (
        "rust-deadline-elapsed",
        "     Running `target/debug/warmup`\nthread 'main' panicked at src/main.rs:22:70:\ncache warmup: Elapsed(())\nnote: run with `RUST_BACKTRACE=1` environment variable to display a backtrace\n##[error]Process completed with exit code 1.\n",
    ),
    # rust-main-thread-panicked: a dns error under the request
    (
        "rust-dns-error",
        "     Running `target/debug/fetch-fixtures`\nthread 'main' panicked at src/main.rs:12:5:\nerror sending request for url (https://fixtures.example.com/data.tar.gz): client error (Connect): dns error: failed to lookup address information: Name or service not known\n##[error]Process completed with exit code 1.\n",
    ),
    # rust-main-thread-panicked: a temporary failure in name resolution
    (
        "rust-name-resolution",
        "     Running `target/debug/seed-db`\nthread 'main' panicked at src/main.rs:9:52:\ncalled `Result::unwrap()` on an `Err` value: Custom { kind: Uncategorized, error: \"failed to lookup address information: Temporary failure in name resolution\" }\nnote: run with `RUST_BACKTRACE=1` environment variable to display a backtrace\n##[error]Process completed with exit code 1.\n",
    ),
    # catch2-test-threw: curl's 'Couldn't connect to server', a network error the test ran into
    (
        "catch2-couldnt-connect",
        'test_http_client.cpp:55: FAILED:\n  REQUIRE_NOTHROW( client.get("https://api.example.com/ping") )\ndue to unexpected exception with message:\n  Couldn\'t connect to server\n\n===============================================================================\ntest cases:  40 |  39 passed | 1 failed\nassertions: 210 | 209 passed | 1 failed\n##[error]Process completed with exit code 1.\n',
    ),
    # catch2-test-threw: asio's non-authoritative host not found, 'try again later'
    (
        "catch2-host-not-found-try-again",
        "/src/tests/net_test.cpp:88: FAILED:\ndue to unexpected exception with message:\n  resolve: Host not found (non-authoritative), try again later\n\n===============================================================================\ntest cases: 12 | 11 passed | 1 failed\nassertions: 50 | 49 passed | 1 failed\n##[error]Process completed with exit code 1.\n",
    ),
    # catch2-test-threw: a temporary name-resolution failure
    (
        "catch2-name-resolution",
        "/src/tests/fetch_test.cpp:20: FAILED:\ndue to unexpected exception with message:\n  getaddrinfo: Temporary failure in name resolution\n\n===============================================================================\ntest cases: 12 | 11 passed | 1 failed\nassertions: 50 | 49 passed | 1 failed\n##[error]Process completed with exit code 1.\n",
    ),
    # catch2-test-threw: asio's TLS 'stream truncated', a connection cut
    (
        "catch2-ssl-stream-truncated",
        "/src/tests/tls_test.cpp:31: FAILED:\ndue to unexpected exception with message:\n  handshake: stream truncated [asio.ssl.stream:1]\n\n===============================================================================\ntest cases: 12 | 11 passed | 1 failed\nassertions: 50 | 49 passed | 1 failed\n##[error]Process completed with exit code 1.\n",
    ),
    # catch2-test-threw: a remote 503
    (
        "catch2-503",
        "/src/tests/api_test.cpp:64: FAILED:\ndue to unexpected exception with message:\n  HTTP 503 Service Unavailable from https://api.example.com/v1/quote\n\n===============================================================================\ntest cases: 12 | 11 passed | 1 failed\nassertions: 50 | 49 passed | 1 failed\n##[error]Process completed with exit code 1.\n",
    ),
    # network-unreachable's unless: the header alone says no cause, no sure real
    (
        "svn-e170013-alone",
        "+ svn checkout https://svn.example.org/repos/app/trunk app\nsvn: E170013: Unable to connect to a repository at URL 'https://svn.example.org/repos/app/trunk'\n##[error]Process completed with exit code 1.\n",
    ),
    # (xfail17) reqwest's request-phase error over hyper's IncompleteMessage: rust-http-client-request-not-answered
    (
        "rust-reqwest-incomplete",
        "   Compiling fetcher v0.1.0 (/src)\n    Finished dev [unoptimized] target(s) in 20.1s\n     Running `target/debug/fetcher --sync`\nthread 'main' panicked at src/main.rs:31:44:\ncalled `Result::unwrap()` on an `Err` value: reqwest::Error { kind: Request, url: \"https://api.example.com/v2/items\", source: hyper_util::client::legacy::Error(SendRequest, hyper::Error(IncompleteMessage)) }\nnote: run with `RUST_BACKTRACE=1` environment variable to display a backtrace\n##[error]Process completed with exit code 1.\n",
    ),
    # (xfail17) reqwest's 'error sending request for url': rust-http-client-request-not-answered
    (
        "rust-error-sending-request",
        "     Running `target/release/schema-sync`\nthread 'main' panicked at src/main.rs:18:10:\nfailed to fetch schema: error sending request for url (https://registry.example.com/schema.json)\nnote: run with `RUST_BACKTRACE=1` environment variable to display a backtrace\n##[error]Process completed with exit code 1.\n",
    ),
    # (xfail17) Task.yield's nil, the test's own wait running out: exunit-task-yield-ran-out
    (
        "exunit-task-yield-nil",
        "  1) test warms the cache (Shop.CacheTest)\n     test/shop/cache_test.exs:30\n     match (=) failed\n     code:  assert {:ok, _} = Task.yield(task, 1_000)\n     left:  {:ok, _}\n     right: nil\n     stacktrace:\n       test/shop/cache_test.exs:33: (test)\n\nFinished in 2.1 seconds (0.5s async, 1.6s sync)\n40 tests, 1 failure\n##[error]Process completed with exit code 1.\n",
    ),
    # (xfail17) the compared value is a pool's closed connection: exunit-compared-value-is-transport-error
    (
        "exunit-left-dbconnection-timeout",
        '  1) test lists orders (Shop.OrderTest)\n     test/shop/order_test.exs:21\n     match (=) failed\n     code:  assert {:ok, _} = Orders.list()\n     left:  {:ok, _}\n     right: {:error, %DBConnection.ConnectionError{message: "tcp recv: closed (the connection was closed by the pool, possibly due to a timeout or because the pool has been terminated)"}}\n\nFinished in 2.1 seconds (0.5s async, 1.6s sync)\n40 tests, 1 failure\n##[error]Process completed with exit code 1.\n',
    ),
]

def test_unique_ids() -> None:
    assert_unique_ids(REAL, TRANSIENT, NOT_SURELY_REAL)


@pytest.mark.parametrize("log", logs(REAL))
def test_reads_real(log: str) -> None:
    reads(log, "real")


@pytest.mark.parametrize("log", logs(TRANSIENT))
def test_reads_transient(log: str) -> None:
    reads(log, "transient")


@pytest.mark.parametrize("log", logs(NOT_SURELY_REAL))
def test_not_surely_real(log: str) -> None:
    v = judge(log)
    assert not (v.verdict == "real" and v.confidence >= 0.7), (v.confidence, v.rationale)

