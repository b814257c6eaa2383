"""Sixth round: a failing test whose name says it measures time, memory or concurrency leans
(weakly) transient, and a D-Bus daemon that refuses calls under load is a busy resource.

Every log here was written for the test (none is copied from a project's CI)."""

from __future__ import annotations

import pytest
from judging import ENGINE, judge, signatures
from shared_data import shared_file

from triage_agent.classify.metrics import evaluate, load_cases

TIMING = "timing-sensitive-test"


# The line that reports a test failing names a leak check, a delay, a slow path, a stress or race
# test, async or parallel work, concurrency: across JUnit/Gradle, Go, TAP, xcodebuild, pytest.
# (Since the eleventh round "timeout", "deadline" and "eventually" are among the words too: a test
# of timeout handling waits on the clock like any other. In the labelled cases such names failed
# in 5 flaky tests and no real failure; GitBug-Java's 84 bugs fail 274 tests, none so named.)
TIMING_LINES = [
    "com.example.cache.PoolTest > releaseNoLeak FAILED",
    "--- FAIL: TestWorkerPoolConcurrentSubmit (2.31s)",
    "not ok 7 testBridgeSlowRollback (check_bridge.TestBridge) duration: 95s",
    "    ✗ Cache__stress_tests__async_eviction_under_writes, Test crashed",
    "FAILED tests/test_queue.py::test_consumer_race_on_shutdown - AssertionError",
    "    SchedulerSpec retriesAfterDelay FAILED",
    # ((misses25) not "tests/test_client.py::test_parallel_uploads_share_a_pool FAILED" any more: a name only for
    # parallel work counts where the log shows the test timing out, as an async name does; tests/unit/test_misses25.py)
    "--- FAIL: TestRaceDetectorHandoff (0.02s)",
    "com.acme.ClientTest > shouldThrowTimeoutException FAILED",
    "--- FAIL: TestLeaseExpiresAfterDeadline (1.02s)",
]


@pytest.mark.parametrize("line", TIMING_LINES)
def test_a_failing_test_named_for_time_memory_or_concurrency_is_found(line):
    log = f"Running tests\n{line}\njava.lang.AssertionError: expected 1 but was 2\n"
    v = judge(log)
    assert TIMING in signatures(v), [f.signature for f in v.findings]


# The same words on lines that are not a failing test, or a failing test whose name only
# contains the letters (trace, brace, interface): no finding.
NOT_TIMING_LINES = [
    "--- FAIL: TestStackTraceFormat (0.00s)",
    "--- FAIL: TestBraceExpansion (0.00s)",
    "com.example.render.TemplateTest > rendersEmbraceTag FAILED",
    "npm ERR! Failed at the app@1.0.0 test:parallel script.",
    "make: *** [Makefile:12: test-async] Error 1",
    "Task :core:testParallel FAILED",
    "error Command failed with exit code 1. (test:slow)",
    "Error: Timeout of 2000ms exceeded. For async tests and hooks, ensure done() is called; FAILED",
]


@pytest.mark.parametrize("line", NOT_TIMING_LINES)
def test_the_words_elsewhere_or_inside_other_words_are_no_finding(line):
    v = judge(f"Running tests\n{line}\n")
    assert TIMING not in signatures(v), v.rationale


def test_against_its_own_failing_assertion_it_decides_transient():
    # (until the eighth round it left this unknown; on 1,453 labelled cases the name fired on 14
    # transient failures and no real one, so the assertion is read as how such a test fails)
    log = (
        "> Task :core:test\n\n"
        "com.example.cache.PoolTest > releaseNoLeak FAILED\n"
        "    java.lang.AssertionError: heap 31,004,112 -> 96,220,908\n"
        "        at org.junit.Assert.fail(Assert.java:88)\n\n"
        "150 tests completed, 1 failed\n"
    )
    without = judge(log.replace("releaseNoLeak", "releasesEntries"))
    assert without.verdict == "real"
    v = judge(log)
    assert TIMING in signatures(v)
    assert v.verdict == "transient", v.rationale
    assert v.confidence <= 0.90  # one uncorroborated mechanism


def test_a_second_sign_makes_it_transient():
    log = (
        "not ok 46 testBondSlowFailover (check_bond.TestNetworking) duration: 60s\n"
        "Traceback (most recent call last):\n"
        '  File "/build/test/check-bond", line 80, in testBondSlowFailover\n'
        "    b.wait_present('#bond0')\n"
        "Error: timeout\n"
    )
    v = judge(log)
    assert v.verdict == "transient", v.rationale
    assert TIMING in signatures(v)


def test_a_real_cause_outweighs_it():
    log = (
        "src/pool.c:41:5: error: 'slot' undeclared (first use in this function)\n"
        "--- FAIL: TestPoolConcurrentAcquire (0.00s)\n"
        "FAIL\tgithub.com/example/pool [build failed]\n"
    )
    v = judge(log)
    assert v.verdict == "real", v.rationale


DBUS_LINES = [
    "Error: org.freedesktop.systemd1: couldn't get all properties of org.freedesktop.systemd1.Manager:"
    " GDBus.Error:org.freedesktop.DBus.Error.LimitsExceeded: The maximum number of pending replies"
    " per connection has been reached",
    "dbus call failed: The maximum number of pending replies has been reached",
]


@pytest.mark.parametrize("line", DBUS_LINES)
def test_a_dbus_daemon_refusing_calls_under_load_is_a_busy_resource(line):
    log = (
        "not ok 12 testVlan (check_vlan.TestNetworking) duration: 45s\n"
        "Traceback (most recent call last):\n"
        '  File "/build/test/common/testlib.py", line 769, in check_journal_messages\n'
        "    raise Error(first)\n"
        f"{line}\n"
    )
    v = judge(log)
    assert "resource-busy" in signatures(v)
    assert v.verdict == "transient", v.rationale


def test_another_dbus_error_is_not_a_busy_resource():
    log = "Error: GDBus.Error:org.freedesktop.DBus.Error.AccessDenied: Rejected send message\n"
    assert "resource-busy" not in signatures(judge(log))


def test_a_plain_test_failing_the_same_way_cancels_the_timing_name():
    # Both the plain test and its concurrent twin fail on the same value: the code is the cause.
    log = (
        "com.example.score.RankerTest.testRank  FAILED\n"
        "    java.lang.AssertionError: expected:<4.25> but was:<3.5>\n"
        "com.example.score.RankerTest.testRankConcurrently  FAILED\n"
        "    java.lang.AssertionError: expected:<4.25> but was:<3.5>\n"
    )
    v = judge(log)
    assert TIMING not in signatures(v)
    assert v.verdict == "real", v.rationale
    only_twin = log.split("com.example.score.RankerTest.testRankConcurrently")[1]
    v2 = judge("com.example.score.RankerTest.testRankConcurrently" + only_twin)
    assert TIMING in signatures(v2)


def test_a_plain_twin_cancels_it_behind_ci_timestamps_too():
    # The failing-test lines are read as the engine reads the log, with the CI's timestamps off.
    log = ("2024-05-02T10:00:01.0000000Z --- FAIL: TestRank (0.00s)\n"
           "2024-05-02T10:00:01.0000001Z     rank_test.go:12: got 3, want 4\n"
           "2024-05-02T10:00:01.0000002Z --- FAIL: TestRankConcurrently (0.00s)\n"
           "2024-05-02T10:00:01.0000003Z     rank_test.go:30: got 3, want 4\n"
           "2024-05-02T10:00:01.0000004Z FAIL\n")
    v = judge(log)
    assert TIMING not in signatures(v)
    assert v.verdict == "real", v.rationale


def test_a_plain_failed_test_in_the_case_fields_cancels_it_too():
    log = "--- FAIL: TestPoolConcurrentAcquire (0.01s)\n    pool_test.go:41: got 2, want 1\nFAIL\n"
    assert TIMING in signatures(judge(log))
    v = judge(log, failed_tests=[
        {"name": "TestPoolConcurrentAcquire", "classname": "pool", "message": "got 2, want 1"},
        {"name": "TestPoolAcquire", "classname": "pool", "message": "got 2, want 1"},
    ])
    assert TIMING not in signatures(v)


def test_a_server_closing_a_session_at_info_level_behind_a_clock_time_is_no_network_trouble():
    log = (
        "Testcase 'lobby_join' starting\n"
        "10:02:11.120 [error] CRASH REPORT Process <0.511.0> exited with reason: badarg in lobby:join/3 line 74\n"
        "10:04:11.009 [info] (tcp|<0.509.0>) Closing session for alice@localhost: Connection failed: connection closed\n"
        "lobby_SUITE:wait_for failed on line 210\n"
        "Testing chat.server: *** FAILED test case 12 of 300 ***\n"
    )
    v = judge(log)
    assert "transient-wording" not in signatures(v)
    assert v.verdict != "transient", v.rationale
    # The same words on an error line still count.
    v2 = judge(log.replace("10:04:11.009 [info]", "10:04:11.009 [error]"))
    assert "transient-wording" in signatures(v2)


def test_a_build_script_relaying_exit_status_is_not_a_compiler_diagnostic():
    log = "--- FAIL: TestEventFlow (1.10s)\n    flow_test.go:52: got 2 events\nFAIL\nbuild.go:88: exit status 1\n"
    v = judge(log)
    lines = {f.line: f.signature for f in v.findings}
    assert "build.go:88: exit status 1" not in lines
    # The Go test's own message is the test's assertion, not a compiler's diagnostic.
    assert lines.get("flow_test.go:52: got 2 events") == "test-assertion"
    assert v.category == "test-assertion"


def test_a_go_compiler_error_in_a_test_file_is_still_a_diagnostic():
    v = judge("# example.com/flow [example.com/flow.test]\n./flow_test.go:52:9: undefined: newBus\n"
              "FAIL\texample.com/flow [build failed]\n")
    assert "test-assertion" not in signatures(v)
    assert v.verdict == "real" and v.category != "test-assertion", v.rationale


# --- the sixth round's labelled sets (the development set's own sources, other cases) ---------------


def _sixth(*parts: str):
    return [c for part in parts for c in load_cases(shared_file("eval", "collected6", f"{part}.jsonl"))]


def test_the_sixth_tuning_set_keeps_its_figures():
    """Tuning half of the sixth round (37 Cockpit merged-anyway failures, 88 LogChunks excerpts;
    ids in docs/heldout-sources.jsonl, split tune6). Before the round: transient 1.000 / 0.673,
    Cockpit recall 0.892, 5 unknowns; after: 1.000 / 0.712, Cockpit 0.946, 9 unknowns (7 %)."""
    o = evaluate(_sixth("tune6-cockpit", "tune6-lc"), ENGINE.classify).overall
    assert o.n == 125
    assert o.precision("transient") >= 0.95
    assert o.recall("transient") >= 0.70
    assert o.unknown <= 0.10 * o.n
    cockpit = evaluate(_sixth("tune6-cockpit"), ENGINE.classify).overall
    assert cockpit.recall("transient") >= 0.94


def test_the_sixth_final_set_keeps_its_precision():
    """Final half (37 Cockpit, 103 LogChunks, 12 CiDiff; split final6), measured once at 0.977 /
    0.724 with 10 unknowns (7 %); development data since (one wrong transient fixed: 1.000)."""
    o = evaluate(_sixth("final6-cockpit", "final6-lc", "final6-cidiff"), ENGINE.classify).overall
    assert o.n == 152
    assert o.precision("transient") >= 0.97
    assert o.recall("transient") >= 0.70
    assert o.unknown <= 0.10 * o.n


# Assertions that poll until a deadline: when they fail, what they waited for did not happen in
# time (the most common flaky-test class), whatever values they print.
EVENTUALLY_LINES = [
    "expected to eventually be nil, got <Widget: 0x7f3a>",
    "  The code passed to eventually never returned normally. Attempted 88 times over 10.0 seconds."
    " Last failure message: 1 did not equal 2.",
    "io.kotest.assertions.timing.EventuallyException: Eventually block failed after 3s; attempted 20 time(s)",
    "AssertionError: condition not met within 5 seconds",
    "Caught exception in Test_resize(): Vim(call):WaitForAssert() failed: Expected 3 but got 2",
]


@pytest.mark.parametrize("line", EVENTUALLY_LINES)
def test_an_assertion_that_waited_and_gave_up_is_a_timing_failure(line):
    v = judge(f"--- FAIL: TestWidgetRefresh (10.02s)\n{line}\nFAIL\n")
    assert "test-timing" in signatures(v), [f.signature for f in v.findings]
    assert v.verdict == "transient", v.rationale


def test_a_plain_assertion_is_not_a_timing_failure():
    v = judge("--- FAIL: TestWidgetRefresh (0.01s)\n    widget_test.go:12: expected 3, got 2\nFAIL\n")
    assert "test-timing" not in signatures(v)
    assert v.verdict == "real", v.rationale


def test_a_package_path_with_the_words_is_not_a_timing_named_test():
    # "timing" in a package path before an exception's "failed" is not a test's name.
    v = judge("io.example.assertions.timing.PollException: Poll block failed after 3s\n")
    assert TIMING not in signatures(v)


def test_an_uncaught_exception_alone_decides_real_like_an_unexplained_error():
    # As much evidence as an error no signature explains (which leans real): it no longer stops
    # just short of the real threshold.
    log = ("Running lobby tests\n"
           "** (MatchError) no match of right hand side value: {:error, :invalid_state}\n"
           "    (lobby 0.1.0) lib/lobby.ex:42: Lobby.join/2\n")
    v = judge(log)
    assert signatures(v) == {"uncaught-exception", "no-transient-signal"}
    assert v.verdict == "real", v.rationale


def test_an_uncaught_exception_that_names_a_network_timeout_stays_transient():
    log = ("Downloading index\n"
           "java.net.SocketTimeoutException: connect timed out\n"
           "\tat java.net.PlainSocketImpl.socketConnect(Native Method)\n")
    v = judge(log)
    assert v.verdict == "transient", v.rationale


def test_a_resolution_failure_whose_cause_chain_ends_in_a_bad_gateway_is_not_a_conflict():
    # Maven's summary line is continued, a few links down its cause chain, by the transfer error.
    chain = ("[ERROR] Failed to execute goal on project app: Could not resolve dependencies for project org.example:app:jar:1.0:\n"
             "Failed to collect dependencies at org.example:widgets:jar:2.1:\n"
             "Failed to read artifact descriptor for org.example:widgets:jar:2.1:\n"
             "Could not transfer artifact org.example:widgets:pom:2.1 from/to example-releases (https://repo.example.org/releases):\n"
             "Failed to transfer file: https://repo.example.org/releases/org/example/widgets/2.1/widgets-2.1.pom.\n"
             "Return code is: 502 , ReasonPhrase:Bad Gateway.\n")
    v = judge(chain)
    assert "dependency-conflict" not in signatures(v)
    assert v.verdict == "transient", v.rationale
    # A real conflict whose message goes on without a transfer error still counts.
    conflict = ("[ERROR] Failed to execute goal on project app: Could not resolve dependencies for project org.example:app:jar:1.0:\n"
                "The following artifacts could not be resolved: org.example:widgets:jar:9.9 (absent)\n")
    assert "dependency-conflict" in signatures(judge(conflict))


@pytest.mark.parametrize(("log", "signature"), [
    ("==> Building dist/App-1.0.dmg\nhdiutil: create failed - Resource busy\n", "resource-busy"),
    ("rm: cannot remove '/mnt/cache/layer': Device or resource busy\n", "resource-busy"),
    ("Fetching version data from https://downloads.example.org/versions.json ...\n##[error]fetch failed\n",
     "transient-wording"),
    ("error: Request failed after 3 retries in 41.0s\n  Caused by: Failed to fetch: `https://pkgs.example.org/simple/widget/`\n"
     "  Caused by: client error (Connect)\n", "transient-wording"),
])
def test_busy_devices_and_http_clients_that_could_not_connect(log, signature):
    v = judge(log)
    assert signature in signatures(v), [f.signature for f in v.findings]
    assert v.verdict == "transient", v.rationale


def test_a_fetch_that_failed_inside_a_sentence_is_not_nodes_network_error():
    v = judge("error: git fetch failed for submodule 'vendor/lib': reference is not a tree: 1a2b3c\n")
    assert "transient-wording" not in signatures(v)


@pytest.mark.parametrize(("log", "signature"), [
    ("npm ERR! notarget No compatible version found: left-pad@'>=9.0.0-beta <9.1.0'\n"
     "npm ERR! notarget Valid install targets:\nnpm ERR! notarget [\"1.0.0\",\"1.1.0\"]\n", "package-not-published"),
    ("[error] sbt.librarymanagement.ResolveException: unresolved dependency: org.example#sbt-widget;9.9.9: not found\n",
     "package-not-published"),
    ("This version of Widgetunit is supported on PHP 8.2 and PHP 8.3.\nYou are using PHP 8.1.2 (/usr/bin/php).\n",
     "toolchain-version-unsupported"),
    ("The `master` repo requires CocoaPods 1.12.0 - \nUpdate CocoaPods, or checkout the appropriate tag in the repo.\n",
     "toolchain-version-unsupported"),
    ("pkg/widget/widget.go:120:18:\n  client.Transport undefined (typecheck)\n", "toolchain-version-unsupported"),
])
def test_versions_that_do_not_exist_or_do_not_fit_are_real(log, signature):
    v = judge(log)
    assert signature in signatures(v), [f.signature for f in v.findings]
    assert v.verdict == "real", v.rationale


def test_a_windows_file_held_open_by_another_process_is_a_busy_resource():
    log = ("tests\\\\run.hs:88:\n  Wrong exit code; output:\n"
           "  > tool.EXE: C:\\\\build\\\\.tmp\\\\a1.tmp: renameFile:renamePath:MoveFileEx \"C:\\\\build\\\\.tmp\\\\a1.tmp\" "
           "Just \"C:\\\\build\\\\out.css\": permission denied (Access is denied.)\n")
    v = judge(log)
    assert "resource-busy" in signatures(v)
    assert v.verdict == "transient", v.rationale
    denied = judge("Error: EACCES: permission denied, open '/etc/widget.conf'\n")
    assert "resource-busy" not in signatures(denied)


def test_the_seventh_sets_keep_their_figures():
    """Fresh threads (ids in docs/heldout-sources.jsonl, splits tune7 and final7). tune7, measured
    before use: 0.897 / 0.491 with 14 unknowns; after the round 0.912 / 0.585 with 4. final7,
    measured once after the round: 0.973 / 0.522 with 8 unknowns; development data since."""
    tune = evaluate([c for part in ("tune7a", "tune7b")
                     for c in load_cases(shared_file("eval", "collected7", f"{part}.jsonl"))], ENGINE.classify).overall
    assert tune.n == 90
    assert tune.precision("transient") >= 0.90 and tune.recall("transient") >= 0.55
    assert tune.unknown <= 0.10 * tune.n
    final = evaluate([c for part in ("final7a", "final7b", "final7c")
                      for c in load_cases(shared_file("eval", "collected7", f"{part}.jsonl"))], ENGINE.classify).overall
    assert final.n == 135
    assert final.precision("transient") >= 0.95 and final.recall("transient") >= 0.55
    assert final.unknown <= 0.10 * final.n
