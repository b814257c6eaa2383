"""Eleventh round: flaky-test names in more report formats, and a runtime refusing its JVM.

Every log here was written for the test (none is copied from a project's CI)."""

from __future__ import annotations

import pytest
from judging import judge, overall, reads_as, signatures
from shared_data import rebuilt_cases

# --- a failing test whose own name says it is about time or concurrency ---


@pytest.mark.parametrize("log", [
    # ScalaTest: a test described in words, about a retry within a time limit
    "[info] RetrySpec:\n"
    "[info] - must retry the check until it succeeds within a max timeout *** FAILED *** (1 second, 512 milliseconds)\n"
    "[info]   \"a-b-c\" was not equal to \"a-b-c-d\" (RetrySpec.scala:40)\n",
])
def test_a_test_named_for_a_timeout_or_deadline_reads_as_timing_sensitive(log):
    reads_as(log, "transient", "timing-sensitive-test")


@pytest.mark.parametrize("log", [
    # Go: a test of a timeout path whose wait came out the other way on a slow machine
    "--- FAIL: TestClientTimeoutCancelsRequest (0.61s)\n"
    "    client_test.go:88: err = <nil>, want context.DeadlineExceeded\n"
    "FAIL\texample.com/client\t3.412s\n",
    # NUnit/xUnit: the test's name holds the deadline it enforces
    "  Failed Shop.Tests.Checkout.Deadline_is_enforced_for_slow_payments [812 ms]\n"
    "  Error Message:\n     Expected: <System.TimeoutException>\n     But was:  null\n",
])
def test_a_timeout_named_test_whose_expected_timeout_never_came_reads_unknown(log):
    # (twenty-fourth round, timeoutname24) these two were read transient here: the report says the timeout the test
    # expected never came, which public threads found flaky in 10 of 15 decided (tests/unit/test_rules24_timeout_named.py),
    # under the 80 % a rerun verdict needs: the name still counts, beside the report at its full weight, so unknown
    v = judge(log)
    assert "timing-sensitive-test" in signatures(v) and v.verdict == "unknown", v.rationale


@pytest.mark.parametrize("log", [
    # Until this round these were near misses ("a timeout an application's own test asserts",
    # read real). In the labelled cases, failing tests named for a timeout or deadline were 5
    # flaky tests and no real failure; GitBug-Java's 84 bugs fail 274 tests and none is so named.
    # (Review 12e: such a test failing on a plain equality of two small integers or two strings,
    # pytest's "assert 2 == 3", is no longer read so: the labelled flaky tests so named in dev and
    # own failed on a timeout, an async wait or threads compared, and the one transient plain
    # equality there, a mutex test's 10 vs 7, has a concurrency name; tests/unit/test_review12_e.py.)
    "--- FAIL: TestTimeoutHandler (0.01s)\n    handler_test.go:30: got status 500, want 504\n"
    "##[error]Process completed with exit code 1.\n",
])
def test_a_test_of_timeout_handling_is_timing_sensitive_too(log):
    # (generic 16) ... and no longer: a status code compared (500 for 504) with nothing in the log timing out is the
    # handler's answer, the same on every run; a name that only names the timeout it handles is no timing evidence
    v = judge(log)
    assert "timing-sensitive-test" not in signatures(v) and v.verdict == "real", v.rationale
    # with a second failing test that has no such name, the code is what the two have in common
    v = judge(log.replace("##[error]", "FAILED tests/test_orders.py::test_total - assert 4 == 5\n##[error]"))
    assert "timing-sensitive-test" not in signatures(v) and v.verdict != "transient", v.rationale


def test_rspecs_list_of_failed_examples_names_the_example_in_words():
    log = ("Failures:\n\n  1) LeaseLock when two workers race for it grants it once\n"
           "     Failure/Error: expect(granted).to eq(1)\n\n       expected: 1\n            got: 2\n\n"
           "Finished in 4 minutes 2 seconds (files took 6.1 seconds to load)\n"
           "8412 examples, 1 failure\n\nFailed examples:\n\n"
           "rspec ./spec/lib/lease_lock_spec.rb:57 # LeaseLock concurrent workers never hold the mutex together\n")
    reads_as(log, "transient", "timing-sensitive-test")
    # the same failure of an example about something else is a failing assertion
    plain = log.replace("concurrent workers never hold the mutex together", "renders the owner's name")
    plain = plain.replace("when two workers race for it grants it once", "renders the owner")
    v = judge(plain)
    assert "timing-sensitive-test" not in signatures(v) and v.verdict == "real", v.rationale


def test_scalatests_message_names_the_suite_by_its_file():
    log = ("[info] ThrottleEndToEndTest:\n"
           "[info] - keeps the dropped count at zero under the limit *** FAILED ***\n"
           "[info]   7.0 was not greater than or equal to 10 (ConcurrencyLimitEndToEndTest.scala:87)\n"
           "[error] Failed: Total 212, Failed 1, Errors 0, Passed 211\n")
    reads_as(log, "transient", "timing-sensitive-test")
    v = judge(log.replace("ConcurrencyLimitEndToEndTest.scala", "PriceFormatTest.scala"))
    assert "timing-sensitive-test" not in signatures(v) and v.verdict == "real", v.rationale


def test_a_test_about_timeout_configuration_on_a_build_line_is_no_flaky_test():
    # the word in a build step's name, not a failing test's
    v = judge("FAILED: build of target timeout_config failed\nmake: *** [all] Error 2\n")
    assert "timing-sensitive-test" not in signatures(v), v.rationale


# --- a runtime that refuses the JVM it finds ---


def test_a_runtime_refusing_its_java_version_is_a_persistent_cause():
    log = ("$ travis_retry bundle exec site_deploy push\n"
           "Exception in thread \"main\" java.lang.ExceptionInInitializerError\n"
           "\tat org.jruby.Ruby.newInstance(Ruby.java:266)\n"
           "Caused by: java.lang.RuntimeException: unsupported Java version: 11\n"
           "\tat org.jruby.RubyInstanceConfig.initGlobalJavaVersion(RubyInstanceConfig.java:1878)\n"
           "The command \"bundle exec site_deploy push\" failed. Retrying, 2 of 3.\n")
    reads_as(log, "real", "toolchain-version")


# --- figures ---


def test_the_rebuilt_own_source_cases_reach_the_recall_target():
    """The 451 held-out cases of the development set's own sources (LogChunks, CiDiff, Cockpit,
    GitBug-Java, rounds 1-6), rebuilt from the public datasets. Before this round 1.000 / 0.788 with
    13 unknowns; after the timing-sensitive names in RSpec's and ScalaTest's reports, 1.000 / 0.803."""
    o = overall(rebuilt_cases({"tune", "final", "final2", "tune6", "final6"}))
    assert o.n == 451
    assert o.precision("transient") >= 0.99 and o.recall("transient") >= 0.80
    assert o.unknown <= 0.04 * o.n


# --- the nineteenth set's wordings (written for the test after the set was measured) ---


@pytest.mark.parametrize(("log", "signature"), [
    ("Run actions/setup-java@v4\nTrying to resolve the latest version from remote\n"
     "Error: Could not find satisfied version for SemVer 9.\nAvailable versions: 21.0.2, 17.0.10, 11.0.22\n",
     "ci-setup-config"),
    ("#!/bin/sh -eo pipefail\n# Blocked due to premium-resource-class-unavailable\n#\n# -------\n"
     "# Warning: This configuration was auto-generated to show you the message above.\n"
     "# Don't rerun this job. Rerunning will have no effect.\nfalse\nExited with code exit status 1\n",
     "ci-setup-config"),
    ("==> Installing dependencies\nhomebrew/core/python@3.7 was deleted from homebrew/core in commit 1a2b3c4d5:\n"
     "  python@3.7: remove\nIf you still use this formula consider creating your own tap.\n",
     "toolchain-missing"),
    ("Installing the toolchain with Nix\n"
     "error: flake 'github:example/nix-ci' does not provide attribute 'packages.aarch64-darwin.tool-1-2'\n"
     "       Did you mean one of tool-2-0 or tool-2-1?\n",
     "toolchain-missing"),
])
def test_persistent_causes_of_the_nineteenth_set(log, signature):
    reads_as(log, "real", signature)


def test_a_test_that_says_something_did_not_stop_in_time_is_timing():
    reads_as("--- FAIL: TestWatcherShutdown (0.00s)\n\twatcher_test.go:52: watcher didn't Stop in time\nFAIL\n",
             "transient", "test-timing")


def test_the_nineteenth_thread_set_keeps_its_figures():
    """final19: 26 thread cases (11 transient, 15 real) from projects in no earlier set, collected
    blind: 19 from CI setup actions' trackers (final19a; a twentieth was a thread of final9 and was
    dropped), 7 from CI systems other than GitHub Actions (final19b). Measured once with the engine
    of this round's first change (73884c1): transient 1.000 / 0.636, real 0.727 / 0.533, 8 unknowns
    (31 %), identical case by case with the engine at the round's start. Development data since:
    1.000 / 0.727, real 0.857 / 0.800, 4 unknowns."""
    from shared_data import shared_cases

    o = overall(shared_cases("eval", "collected19", "final19a.jsonl")
                + shared_cases("eval", "collected19", "final19b.jsonl"))
    assert o.n == 26
    assert o.precision("transient") >= 0.95 and o.recall("transient") >= 0.72
    assert o.unknown <= 4


def test_an_erlang_test_helpers_rpc_failure_is_no_dropped_connection():
    # Common Test's report of a helper's failed match ("rpc failed on line N") is the test's
    # failure; git's "RPC failed; curl 56 ..." is the dropped transfer
    log = ("Testing app.app_server.channel_SUITE: Starting test, 4 test cases\n"
           "- - - - - - - - - - - - - - - - - - - -\n"
           "app_ct_helpers:rpc failed on line 412\n"
           "Reason: {badmatch,[{params,{params_network,<<\"guest\">>}}]}\n"
           "- - - - - - - - - - - - - - - - - - - -\n"
           "Testing app.app_server.channel_SUITE: *** FAILED test case 2 of 4 ***\n"
           "Testing app.app_server.channel_SUITE: TEST COMPLETE, 1 ok, 1 failed, 2 skipped of 4 test cases\n")
    v = judge(log)
    assert "connection-reset" not in signatures(v) and v.verdict != "transient", v.rationale
    reads_as("Cloning into 'vendor/lib'...\n"
             "error: RPC failed; curl 56 GnuTLS recv error (-9): Error decoding the received TLS packet.\n"
             "fatal: early EOF\nfatal: fetch-pack: invalid index-pack output\n",
             "transient", "connection-reset")


def test_the_nineteenth_logchunks_set_keeps_its_figures():
    """final19 (LogChunks): the 44 labelled logs among the 45 the dataset still had unused (one
    per failure reason and project; 6 transient, 38 real, one skipped), labelled blind from the
    dataset's marked failure lines. Measured once with the round's engine before its review
    (9df880c): transient 0.750 / 0.500, real 0.923 / 0.947, 1 unknown, identical case by case with
    the engine at the round's start. The wrong transient was an Erlang test helper's "rpc failed"
    read as git's dropped transfer; after that fix 1.000 / 0.500."""
    o = overall(rebuilt_cases({"final19"}, prefix="logchunks:", complete=True))
    assert o.n == 44
    assert o.precision("transient") >= 0.99 and o.recall("transient") >= 0.5
    assert o.precision("real") >= 0.92 and o.unknown <= 2
