"""Near-misses for the seventeenth round's fixes of strict expected failures (xfail17): logs that share words with
the fixed cases but not their mechanism, which must not move. Short logs written for these tests.

The fixes: rust-http-client-request-not-answered (reqwest's request-phase error, hyper's IncompleteMessage);
exunit-compared-value-is-transport-error and exunit-task-yield-ran-out (an ExUnit assertion whose compared value is
a transport error, or a Task.yield that returned nil); rust-main-panicked-on-unparsable-value; process-crashed-on-signal
reading libstdc++'s terminate line under ROS launch's node prefix (not after launch's own shutdown signal), and
test-timeout standing aside on launch_testing's start-up wait after a node aborted on its own uncaught exception."""

from __future__ import annotations

import pytest
from judging import assert_unique_ids, judge, logs, not_surely_transient, reads

E = "##[error]Process completed with exit code 1.\n"
PANIC = "thread 'main' panicked at src/main.rs:12:5:\n"
NOTE = "note: run with `RUST_BACKTRACE=1` environment variable to display a backtrace\n"

# Must read real.
REAL: list[tuple[str, str]] = [
    # rust-http-client-request-not-answered: a URL reqwest could not build is the program's own
    ("rust-reqwest-builder-error",
     PANIC + "failed to fetch: builder error: relative URL without a base\n" + NOTE + E),
    # ... a certificate the client refused, named in the cause chain below the request
    ("uv-cause-chain-certificate",
     "$ uv pip install -r requirements.txt\nerror: Failed to fetch: https://pypi.internal/simple/flask/\n"
     "  cause: error sending request for url (https://pypi.internal/simple/flask/)\n  cause: client error (Connect)\n"
     "  cause: invalid peer certificate: UnknownIssuer\n" + E),
    # rust-main-panicked-on-unparsable-value: a plain ParseIntError in main
    ("rust-main-parseint",
     PANIC + "called `Result::unwrap()` on an `Err` value: ParseIntError { kind: InvalidDigit }\n" + NOTE + E),
    # exunit entries: a value mismatch whose right: is a plain {:error, reason} of the code's own
    ("exunit-right-error-of-code",
     "  1) test rejects empty (Shop.CartTest)\n     test/shop/cart_test.exs:9\n     match (=) failed\n"
     "     code:  assert {:ok, _} = Cart.add(cart, nil)\n     left:  {:ok, _}\n     right: {:error, :invalid_item}\n\n"
     "40 tests, 1 failure\n" + E),
    # process-crashed-on-signal under launch's prefix: a node's own uncaught exception, no shutdown signal sent
    ("ros-node-terminate-no-shutdown",
     "[planner-2] terminate called after throwing an instance of 'std::invalid_argument'\n[planner-2]   what():  stod\n"
     "[ERROR] [planner-2]: process has died [pid 77, exit code -6, cmd '/ws/install/nav/lib/nav/planner'].\n"
     "[ERROR] [launch_testing]: Timed out waiting for processes to start up\n" + E),
]

# Must not read real at 0.7 or more (the fixed mechanism keeps its reading when the words move around).
NOT_SURELY_REAL: list[tuple[str, str]] = [
    # reqwest's error sending request in a plain tool's output, no panic
    ("reqwest-sending-request-plain",
     "$ ./target/release/sync-assets\nError: error sending request for url (https://cdn.example.com/a.tar)\n" + E),
    # an ExUnit right: :econnrefused
    ("exunit-right-econnrefused",
     "  1) test pings (App.PingTest)\n     test/app/ping_test.exs:4\n     match (=) failed\n     code:  assert :pong = App.ping()\n"
     "     left:  :pong\n     right: {:error, :econnrefused}\n\n5 tests, 1 failure\n" + E),
]

# Must not read transient at 0.7 or more.
NOT_SURELY_TRANSIENT: list[tuple[str, str]] = [
    # a request error the tool then retried past, and a test failing after: the retry's outcome decides
    ("reqwest-retried-then-test-fails",
     "error sending request for url (https://fixtures.example.com/b.json)\nfetch failed, retrying (2/3)\nfetched 3 fixtures\n"
     "test cart::tests::total ... FAILED\n\nfailures:\n\n---- cart::tests::total stdout ----\n"
     "thread 'cart::tests::total' panicked at src/cart.rs:9:9:\nassertion `left == right` failed\n  left: 1\n right: 2\n\n"
     "test result: FAILED. 3 passed; 1 failed; 0 ignored\n" + E),
    # a Rust parse panic whose message names a transport failure stays out of the parse entry
    ("rust-parse-words-with-transport",
     PANIC + "invalid value for `endpoint`: expected a URL, found error sending request for url (https://x.example.com)\n" + NOTE + E),
]

# Must read transient: launch's own shutdown signal, an abort under it, then an upload timeout
TRANSIENT: list[tuple[str, str]] = [
    ("ros-shutdown-abort-then-upload-timeout",
     "[INFO] [launch]: sending signal 'SIGTERM' to process[listener-3]\n"
     "[listener-3] terminate called after throwing an instance of 'rclcpp::exceptions::RCLError'\n"
     "[ERROR] [listener-3]: process has died [pid 88, exit code -6, cmd '/ws/install/demo/lib/demo/listener'].\n"
     "Ran 2 tests in 1.0s\n\nOK\n+ curl -fsS -T report.html https://reports.example.com/\n"
     "curl: (28) Connection timed out after 10001 milliseconds\n" + E),
]


def test_unique_ids() -> None:
    assert_unique_ids(REAL, NOT_SURELY_REAL, NOT_SURELY_TRANSIENT, TRANSIENT)


@pytest.mark.parametrize("log", logs(REAL))
def test_reads_real(log: str) -> None:
    reads(log, "real")


@pytest.mark.parametrize("log", logs(NOT_SURELY_REAL))
def test_not_surely_real(log: str) -> None:
    v = judge(log)
    assert not (v.verdict == "real" and v.confidence >= 0.7), (v.confidence, v.rationale)


@pytest.mark.parametrize("log", logs(NOT_SURELY_TRANSIENT))
def test_not_surely_transient(log: str) -> None:
    not_surely_transient(log)


@pytest.mark.parametrize("log", logs(TRANSIENT))
def test_reads_transient(log: str) -> None:
    reads(log, "transient")
