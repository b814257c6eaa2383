"""Near-misses for the sixteenth round's fixes of strict expected failures (xfail16): logs that share words with
the fixed cases but not their mechanism, which must not move. Short logs written for these tests.

The fixes: exunit-assertion-on-values (ExUnit's "Assertion with == failed" is a test's assertion on values);
XCTest's "(\"90\") is not equal to (\"100\")" read as two values compared (placement.py _VALUES_COMPARED); a source
location's "file.swift:22: error:" no damaged value (_DAMAGED_VALUE); a failing test's report opening no higher
than its own opening line (_linked_to_test, _TEST_BOUNDARY); test-assertion passing over a Go test line whose message is
only a refused dial; network-open-timeout and download-failed standing aside after a crashed server
(server_crashed_then_refused); rust-main-thread-panicked; a Spock "Condition failed with Exception:" whose line
under the bars names the exception thrown (_in_power_assertion); catch2-assertion-failed and catch2-test-threw reading
Catch2's "file:line: FAILED:" with what follows it (file-diagnostic passing over that heading); msi-another-install-in-progress
(msiexec's 1618)."""

from __future__ import annotations

import pytest
from judging import assert_unique_ids, judge, logs, reads, signatures

E = "##[error]Process completed with exit code 1.\n"
H = "-" * 79 + "\n"
DOTS = "." * 79 + "\n"
XC = "Executed 10 tests, with 1 failure (0 unexpected) in 1.0 (1.1) seconds\n** TEST FAILED **\n" + E

# Must still read real.
REAL: list[tuple[str, str]] = [
    # exunit-assertion-on-values: ExUnit's assertion with no outage anywhere
    ("exunit-assertion-alone",
     "  1) test totals (Shop.CartTest)\n     test/shop/cart_test.exs:12\n     Assertion with == failed\n"
     "     code:  assert Cart.total(cart) == 42\n     left:  40\n     right: 42\n\n40 tests, 1 failure\n" + E),
    # test-assertion's Go unless: a comparison that names its "want" stays an assertion
    ("go-refused-want-nil",
     "=== RUN   TestGet\n    cache_test.go:30: got dial tcp 127.0.0.1:6379: connect: connection refused, want nil\n"
     "--- FAIL: TestGet (0.00s)\nFAIL\nFAIL\texample.com/cache\t0.1s\n" + E),
    # ... and a refusal quoted inside the test's message, not its whole message
    ("go-refused-in-message-prose",
     "=== RUN   TestDial\n    dial_test.go:20: dial error = \"dial tcp 127.0.0.1:1: connect: connection refused\", wanted a timeout\n"
     "--- FAIL: TestDial (0.00s)\nFAIL\n" + E),
    # ... and a plain Go value failure
    ("go-rows-value",
     "=== RUN   TestList\n    store_test.go:22: expected 3 rows, got 2\n--- FAIL: TestList (0.00s)\nFAIL\nFAIL\texample.com/store\t0.1s\n" + E),
    # rust-main-thread-panicked: a test's thread is the test entries' (libtest's left/right)
    ("rust-test-thread-panicked",
     "running 1 test\ntest parse::tests::empty ... FAILED\n\nfailures:\n\n---- parse::tests::empty stdout ----\n"
     "thread 'parse::tests::empty' panicked at src/parse.rs:40:9:\nassertion `left == right` failed\n  left: 0\n right: 1\n\n"
     "test result: FAILED. 0 passed; 1 failed; 0 ignored\n" + E),
    # _in_power_assertion: under "Condition not satisfied:" an exception under the bars is a value the test compared
    ("spock-not-satisfied-exception-value",
     "Condition not satisfied:\n\nresult.error == null\n|      |     |\n|      |     false\n"
     "|      java.net.SocketTimeoutException: Read timed out\nResult@1a2b\n\tat com.acme.ClientSpec.retries(ClientSpec.groovy:20)\n"
     "ClientSpec > retries FAILED\n> Task :test FAILED\n"),
    # ... and under "Condition failed with Exception:" a thrown exception of the code's own (no network words)
    ("spock-exception-npe",
     "Condition failed with Exception:\n\ncart.total() == 42\n|    |\n|    java.lang.NullPointerException: Cannot invoke \"Item.price()\"\n"
     "\tat com.acme.CartSpec.totals(CartSpec.groovy:14)\nCartSpec > totals FAILED\n> Task :test FAILED\n"),
    # catch2-assertion-failed: a REQUIRE and its expansion
    ("catch2-require-values",
     H + "totals\n" + H + "/src/test/cart.cpp:14\n" + DOTS + "\n/src/test/cart.cpp:14: FAILED:\n  REQUIRE( total({1, 2}) == 4 )\n"
     "with expansion:\n  3 == 4\n\ntest cases: 3 | 2 passed | 1 failed\n" + E),
    # ... an explicit FAIL's message
    ("catch2-explicit-fail",
     "/src/test/io.cpp:12: FAILED:\nexplicitly with message:\n  unexpected header layout\n\ntest cases: 3 | 2 passed | 1 failed\n" + E),
    # catch2-test-threw: an exception of the code's own, alone and under the expression that threw
    ("catch2-threw-out-of-range",
     "/src/test/parse.cpp:30: FAILED:\ndue to unexpected exception with message:\n"
     "  vector::_M_range_check: __n (which is 6) >= this->size() (which is 6)\n\ntest cases: 3 | 2 passed | 1 failed\n" + E),
    ("catch2-require-threw-code",
     "/src/test/net.cpp:30: FAILED:\n  REQUIRE( parse(\"x\") == 2 )\ndue to unexpected exception with message:\n  stoi\n\n"
     "test cases: 3 | 2 passed | 1 failed\n" + E),
    # file-diagnostic's new unless is Catch2's heading only: a compiler's "file:line: error:" stays
    ("cpp-compiler-file-line",
     "/src/net.cpp:30: error: 'foo' was not declared in this scope\nmake: *** [Makefile:10: net.o] Error 1\n" + E),
    # msi-another-install-in-progress: 1603 is the install's own fatal error, not the installer service being busy
    ("msiexec-1603-fatal",
     "+ msiexec /i dist\\App.msi /qn /l*v install.log\nMSI (s) (A8:3C) [10:07:44:123]: Product: App -- Error 1603. Fatal error"
     " during installation.\n##[error]Process completed with exit code 1603.\n"),
    # ... a test comparing the message as a value
    ("msi-1618-expected-value",
     "FAILED tests/test_installer.py::test_busy - AssertionError: expected 'Error 1618. Another installation is already in"
     " progress.' in output\n1 failed, 9 passed in 0.2s\n" + E),
    # ... and a 1618 the job got past before a compile error
    ("msi-1618-then-retry-ok-then-compile",
     "MSI (s) (A8:3C) [10:07:44:123]: Product: VC Redist -- Error 1618. Another installation is already in progress. Complete"
     " that installation before proceeding with this install.\nretrying install in 30s\nProduct: VC Redist -- Installation"
     " completed successfully.\n+ msbuild App.sln\nApp.cs(3,7): error CS0246: The type or namespace name 'Foo' could not be found\n" + E),
]

# Must not read real with confidence (0.7 or more): the outage may be what failed the test.
NOT_SURELY_REAL: list[tuple[str, str]] = [
    # exunit-assertion-on-values: nil came back after a refused connection (a damaged value)
    ("exunit-nil-left-after-refused",
     "[error] Redix connection to cache:6379 failed: :econnrefused, reconnecting\n"
     "  1) test reads back (Shop.StoreTest)\n     test/shop/store_test.exs:12\n     Assertion with == failed\n"
     "     code:  assert Store.get(:k) == 3\n     left:  nil\n     right: 3\n\nFinished in 0.3 seconds\n10 tests, 1 failure\n" + E),
    # exunit-assertion-on-values: the compared value is the refusal itself
    ("exunit-right-is-econnrefused",
     "[error] Finch request to http://billing:4000/charge failed: :econnrefused\n"
     "  1) test charges (Shop.BillingTest)\n     test/shop/billing_test.exs:9\n     match (=) failed\n"
     "     code:  assert {:ok, _} = Billing.charge(100)\n     left:  {:ok, _}\n"
     "     right: {:error, %Mint.TransportError{reason: :econnrefused}}\n\n3 tests, 1 failure\n" + E),
    # XCTest values: nil where a value was wanted, after the app's offline error
    ("xctest-nil-after-offline",
     "App[1:2] [Sync] request failed: Error Domain=NSURLErrorDomain Code=-1009 \"The Internet connection appears to be offline.\"\n"
     "/src/AppTests/SyncTests.swift:30: error: -[AppTests.SyncTests testFetch] : XCTAssertEqual failed: (\"nil\") is not equal"
     " to (\"Optional(3)\")\n" + XC),
    # XCTest values: the compared value is the outage's status
    ("xctest-status-503-after-5xx",
     "App[1:2] [Api] GET https://api.example.com/v1/cart failed with status 503\n"
     "/src/AppTests/ApiTests.swift:12: error: -[AppTests.ApiTests testCart] : XCTAssertEqual failed: (\"503\") is not equal"
     " to (\"200\")\n" + XC),
    # _DAMAGED_VALUE: "got: error" is still an error for a value (a colon after a word, not after a line number)
    ("go-got-error-after-refused",
     "=== RUN   TestTotal\n2024/05/01 10:00:01 cache: dial tcp 127.0.0.1:6379: connect: connection refused\n"
     "    cart_test.go:30: got: error, want: 42\n--- FAIL: TestTotal (0.00s)\nFAIL\nFAIL\texample.com/cart\t0.1s\n" + E),
    # _linked_to_test: retried and recovered, but the failing test's own line names the outage's host
    ("nunit-retry-ok-then-test-names-host",
     "Error: Request to https://inventory.example.com/sync failed with status code 503 (Service Unavailable)\n"
     "Sync failed, retrying in 10 seconds...\nSync done\nTest run completed. Passed: 20, Failed: 1, Skipped: 0\n"
     "Failed InventoryTests.SyncCount: Expected: 3 But was: 2\nUnexpected exit code 2\n" + E),
    # _linked_to_test: retried and recovered, but the failing test's value is a bare 0 (damage)
    ("nunit-retry-ok-then-zero",
     "[Licensing::Client] Error: Failed to activate license: Request to https://activation.example.com/license failed"
     " with status code 503 (Service Unavailable)\nActivation failed, retrying in 60 seconds...\nActivation done\n"
     "Test run completed. Passed: 20, Failed: 1, Skipped: 0\nFailed PlayerTests.Score: Expected: 10 But was: 0\n"
     "Unexpected exit code 2\n" + E),
]

# Must not read real: not the new entry's wording.
NOT_REAL: list[tuple[str, str]] = [
    # exunit-assertion-on-values: assert_receive's wait ran out after the database refused (a timing failure)
    ("exunit-assert-receive-after-refused",
     "[error] Postgrex.Protocol (#PID<0.300.0>) failed to connect: ** (DBConnection.ConnectionError) tcp connect"
     " (localhost:5432): connection refused - :econnrefused\n  1) test broadcasts (Web.ChannelTest)\n"
     "     test/web/channel_test.exs:20\n     Assertion failed, no matching message after 100ms\n"
     "     The process mailbox is empty.\n\nFinished in 0.5 seconds\n12 tests, 1 failure\n" + E),
]


# Must still read transient.
TRANSIENT: list[tuple[str, str]] = [
    # network-open-timeout / download-failed: curl refused with no crash above
    ("curl7-no-crash",
     "$ ./scripts/smoke.sh\ncurl: (7) Failed to connect to staging.example.com port 443 after 3 ms: Connection refused\n" + E),
    # ... and a crash more than 40 lines above the refusal (server_crashed_then_refused's reach)
    # (twentieth round, leftovers20) the refused host made a remote one: a one-shot curl to the job's own loopback host
    # reads real on its own now (curl-own-loopback-server), which is not what this case holds
    ("segfault-far-above-curl7",
     "./tools/ver.sh: line 3:  4121 Segmentation fault      (core dumped) legacy-ver\n" + "".join(f"step {i} ok\n" for i in range(45))
     + "curl: (7) Failed to connect to api.staging.example.com port 8080 after 0 ms: Connection refused\n" + E),
    # rust-main-thread-panicked: a panic whose message is the refusal (the database not up yet)
    ("rust-panic-refused-message",
     "thread 'main' panicked at src/main.rs:10:5:\ncalled `Result::unwrap()` on an `Err` value: Os { code: 111, kind: ConnectionRefused,"
     " message: \"Connection refused\" }\nnote: run with `RUST_BACKTRACE=1` environment variable to display a backtrace\n" + E),
    # ... or a timeout
    ("rust-panic-timeout-message",
     "thread 'main' panicked at src/main.rs:10:5:\ndatabase pool timed out while waiting for an open connection\n" + E),
    # catch2-assertion-failed: Catch2's fatal-signal report of a SIGTERM from outside stays the kill's
    ("catch2-sigterm-fatal-condition",
     "/src/tests/sync_test.cpp:51: FAILED:\n  {Unknown expression after the reported line}\ndue to a fatal error condition:\n"
     "  SIGTERM - Termination request signal\n\ntest cases: 3 | 2 passed | 1 failed\n" + E),
    # catch2-test-threw: an exception whose message is a timeout
    ("catch2-threw-timeout",
     "/src/test/net.cpp:30: FAILED:\ndue to unexpected exception with message:\n  read: Connection timed out\n\n"
     "test cases: 3 | 2 passed | 1 failed\n" + E),
]


def test_unique_ids() -> None:
    assert_unique_ids(REAL, NOT_SURELY_REAL, NOT_REAL, TRANSIENT)


@pytest.mark.parametrize("log", logs(REAL))
def test_reads_real(log: str) -> None:
    reads(log, "real")


@pytest.mark.parametrize("log", logs(NOT_SURELY_REAL))
def test_not_surely_real(log: str) -> None:
    v = judge(log)
    assert not (v.verdict == "real" and v.confidence >= 0.7), (v.confidence, v.rationale)


@pytest.mark.parametrize("log", logs(NOT_REAL))
def test_not_real(log: str) -> None:
    v = judge(log)
    assert v.verdict != "real", v.rationale


@pytest.mark.parametrize("log", logs(TRANSIENT))
def test_reads_transient(log: str) -> None:
    reads(log, "transient")


def test_rust_test_thread_is_not_the_main_thread_entry() -> None:
    log = dict(REAL)["rust-test-thread-panicked"]
    assert "rust-main-thread-panicked" not in signatures(judge(log))
