"""Thirty-fourth round (flaky34): failing tests quoted without framing, precision first.

Four readings, each with its twin that keeps its verdict:

* A list compared in another order, in a test whose own name says the order is by the items' text ("returns plugin
  names alphabetically", "sorts keys lexicographically"): the order is what the test checks, so the list in another
  order is the change's missing sort, not an unordered source (values_order._ORDER_WORDS). The same pair in a test
  named for no order still reads as the unordered source's flake.
* libtest's own note that a test "has been running for over 60 seconds", other tests finishing below it, the noted
  test's "... ok"/"... FAILED" line never coming, then the CI's time limit: the test never returned, its own code
  waited on itself (signatures.toml own_hang_before_time_limit, as for pytest's and Go's started test above the stop).
  Not where the noted test finished below its note, where the note is the last line above the stop (review33_b's
  jk_cargo_slow_note_timeout, a slow run), or where a retry or download line sits between. Bitbucket's "Exceeded
  build time limit of N minutes" is read with "the" before "build" too (the time limit's transient reading alone).
* Gomega's timeout report flattened onto one line, as a JUnit report's failure message carries it ("Timed out after
  10.001s. Expected <bool>: false to be true"): the matcher's comparison of the last value polled, which stayed
  another value for the whole wait, as test-assertion reads the same report in the log's own lines: no rerun on the
  wait alone. A bare "Timed out after 5.002s." message (nothing compared) keeps its timeout reading.
* A UI element that "did not appear before timeout" (test-timing's verbs, "appear" added): a wait that ran out beside the
  failed assertion, no longer a plain assertion alone.

Every line below was written for this test (names, paths and values made up). The REAL cases read transient at
de127c6 (the time-limit ones unknown or transient); the GUARDS are near-misses that read as they do there too.
"""

from __future__ import annotations

import pytest
from judging import assert_unique_ids, failed_test, judge, labelled, reads

ORDER_NAMED: list[tuple[str, str, str]] = [
    ("mocha-alphabetically", "real",
     "  registry\n"
     "    1) returns plugin names alphabetically\n"
     "    \u2714 loads every plugin\n\n\n"
     "  9 passing (21ms)\n"
     "  1 failing\n\n"
     "  1) registry\n"
     "       returns plugin names alphabetically:\n\n"
     "      AssertionError: expected [ 'zeta', 'alpha', 'mid' ] to deeply equal [ 'alpha', 'mid', 'zeta' ]\n"
     "      + expected - actual\n\n"
     "      at Context.<anonymous> (test/registry.test.js:31:20)\n"),
]

ORDER_GUARDS: list[tuple[str, str, str]] = [
    # the same pair in a test that names no order: the unordered source's flake, as before
    ("guard-mocha-no-order-named", "transient",
     "  registry\n"
     "    1) returns every plugin name\n"
     "    \u2714 loads every plugin\n\n\n"
     "  9 passing (21ms)\n"
     "  1 failing\n\n"
     "  1) registry\n"
     "       returns every plugin name:\n\n"
     "      AssertionError: expected [ 'zeta', 'alpha', 'mid' ] to deeply equal [ 'alpha', 'mid', 'zeta' ]\n"
     "      + expected - actual\n\n"
     "      at Context.<anonymous> (test/registry.test.js:31:20)\n"),
]

_BB_LIMIT = "\nExceeded the build time limit of 30 minutes.\n"
_GH_LIMIT = ("##[error]The job running on runner GitHub Actions 7 has exceeded the maximum execution time of 45 "
             "minutes.\n")

HANGS: list[tuple[str, str, str]] = [
    ("libtest-note-others-finish-bitbucket-the", "real",
     "running 9 tests\n"
     "test pool::tests::spawns ... ok\n"
     "test pool::tests::shutdown_waits_for_idle has been running for over 60 seconds\n"
     "test pool::tests::resizes ... ok\n"
     "test pool::tests::rejects_zero ... ok\n" + _BB_LIMIT),
    ("libtest-note-others-finish-github", "real",
     "running 5 tests\n"
     "test cache::tests::evicts ... ok\n"
     "test cache::tests::refresh_under_lock has been running for over 60 seconds\n"
     "test cache::tests::hits ... ok\n"
     "test cache::tests::misses ... FAILED\n" + _GH_LIMIT),
]

HANG_GUARDS: list[tuple[str, str, str]] = [
    # the noted test finished below its note: slow, then the whole run ran out of time
    ("guard-libtest-noted-test-finished", "transient",
     "running 9 tests\n"
     "test pool::tests::spawns ... ok\n"
     "test pool::tests::shutdown_waits_for_idle has been running for over 60 seconds\n"
     "test pool::tests::resizes ... ok\n"
     "test pool::tests::shutdown_waits_for_idle ... ok\n"
     "test pool::tests::rejects_zero ... ok\n" + _GH_LIMIT),
    # a retry of a remote fetch between the note and the stop: the wait may stand behind the network
    ("guard-libtest-retry-line-between", "transient",
     "running 4 tests\n"
     "test index::tests::parses ... ok\n"
     "test index::tests::fetches_remote_index has been running for over 60 seconds\n"
     "test index::tests::merges ... ok\n"
     "warning: retrying request to https://index.example.net/v2 (attempt 3)\n" + _GH_LIMIT),
]

# Bitbucket's stop worded with "the", nothing above it: the time limit's own reading (unread at de127c6: unknown)
STOP_ALONE: list[tuple[str, str, str]] = [
    ("bitbucket-the-build-time-limit-alone", "transient", _BB_LIMIT.lstrip("\n")),
]

_GOMEGA_LOG = ("  [FAILED] Timed out after 10.001s.\n"
               "  In [It] at: /src/controllers/volume_controller_test.go:91 @ 11/02/26 09:14:02.113\n"
               "------------------------------\n\n"
               "Summarizing 1 Failure:\n"
               "  [FAIL] VolumeReconciler when a Volume is created [It] marks the Volume Attached\n"
               "  /src/controllers/volume_controller_test.go:91\n\n"
               "Ran 17 of 17 Specs in 30.114 seconds\n"
               "FAIL! -- 16 Passed | 1 Failed | 0 Pending | 0 Skipped\n"
               "--- FAIL: TestControllers (30.11s)\n"
               "FAIL\n")
_GOMEGA_TEST = "VolumeReconciler when a Volume is created marks the Volume Attached"

assert_unique_ids(ORDER_NAMED, ORDER_GUARDS, HANGS, HANG_GUARDS, STOP_ALONE)


@pytest.mark.parametrize(("verdict", "log"), labelled(ORDER_NAMED))
def test_a_list_in_another_order_in_a_test_named_for_an_alphabetical_order_is_no_flake(verdict, log):
    reads(log, verdict)


@pytest.mark.parametrize(("verdict", "log"), labelled(ORDER_GUARDS))
def test_guard_the_same_pair_in_a_test_named_for_no_order_stays_a_flake(verdict, log):
    """Near-miss (transient at de127c6 too)."""
    reads(log, verdict)


@pytest.mark.parametrize(("verdict", "log"), labelled(HANGS))
def test_a_noted_test_that_never_returned_before_the_time_limit_is_a_hang(verdict, log):
    v = reads(log, verdict)
    assert v.category == "timeout", v.rationale


@pytest.mark.parametrize(("verdict", "log"), labelled(HANG_GUARDS))
def test_guard_a_slow_noted_test_keeps_the_time_limits_reading(verdict, log):
    """Near-miss (transient at de127c6 too)."""
    reads(log, verdict)


@pytest.mark.parametrize(("verdict", "log"), labelled(STOP_ALONE))
def test_bitbuckets_time_limit_worded_with_the_reads_as_the_time_limit(verdict, log):
    v = reads(log, verdict)
    assert v.category == "timeout", v.rationale


def test_gomegas_one_line_timeout_report_of_a_compared_value_is_no_rerun():
    v = judge(_GOMEGA_LOG, failed_tests=[failed_test(
        _GOMEGA_TEST, "controllers", "Timed out after 10.001s. Expected <bool>: false to be true")])
    assert v.verdict != "transient", v.rationale


def test_guard_gomegas_bare_timeout_message_keeps_its_timeout_reading():
    """Near-miss (transient at de127c6 too): nothing compared in the message, the wait alone."""
    v = judge(_GOMEGA_LOG, failed_tests=[failed_test(_GOMEGA_TEST, "controllers", "Timed out after 10.001s.")])
    assert v.verdict == "transient" and v.category == "timeout", v.rationale


# A UI element's wait that ran out, in the test's own words "did not appear before timeout" (test-timing's verbs): the
# wait's reading beside the failed assertion, no longer a plain assertion (real at de127c6)
UI_WAIT = ("Test Case '-[AtlasUITests.CheckoutUITests testPayShowsReceipt]' started.\n"
           "    t =     1.20s     Tap \"Pay\" Button\n"
           "/Users/runner/work/atlas/AtlasUITests/CheckoutUITests.swift:58: error: -[AtlasUITests.CheckoutUITests "
           "testPayShowsReceipt] : XCTAssertTrue failed - receipt-view did not appear before timeout\n"
           "Test Case '-[AtlasUITests.CheckoutUITests testPayShowsReceipt]' failed (7.402 seconds).\n"
           "** TEST FAILED **\n")


def test_a_ui_element_that_did_not_appear_before_the_timeout_is_no_plain_assertion():
    v = judge(UI_WAIT)
    assert v.verdict != "real" and "test-timing" in {f.signature for f in v.findings}, v.rationale


def test_guard_an_element_that_did_not_appear_at_all_stays_a_plain_assertion():
    """Near-miss (real at de127c6 too): no wait named, the element simply absent."""
    v = judge(UI_WAIT.replace("did not appear before timeout", "does not exist"))
    assert v.verdict == "real", v.rationale
