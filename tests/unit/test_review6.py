"""Review of the sixth round's timing-named tests: a word in a directory or package path is not
a test's name, and a Go parent test failing because its timing-named subtest failed is no
plain test.

Every log here was written for the test (none is copied from a project's CI)."""

from __future__ import annotations

import pytest
from judging import judge, signatures

TIMING = "timing-sensitive-test"


# The word names a directory, a Bazel package or a Go package, not the failing test.
PATH_LINES = [
    "FAILED tests/async/test_client.py::test_get_returns_body - assert 1 == 2",
    "FAIL: //src/async:queue_test (see /cache/testlogs/src/async/queue_test/test.log)",
    "FAIL src/parallel/queue.test.js",
    " × src/slow/render.test.ts > renders the header",
    "not ok 3 - t/stress/queue.t",
    "FAIL\tgithub.com/example/asyncq\t0.412s",
    "FAIL\tgithub.com/example/leakybucket [setup failed]",
]


@pytest.mark.parametrize("line", PATH_LINES)
def test_the_word_in_a_path_is_not_a_timing_named_test(line):
    v = judge(f"Running tests\n{line}\n")
    assert TIMING not in signatures(v), v.rationale


# The name itself still counts, wherever the path puts it.
NAMED_LINES = [
    "FAILED tests/unit/test_queue.py::test_consumer_race_on_shutdown - AssertionError",
    "FAIL: //src/pool:concurrency_test (see /cache/testlogs/src/pool/concurrency_test/test.log)",
    "    --- FAIL: TestPool/concurrent_get (0.01s)",
    "--- FAIL: TestConcurrentPool/get (0.01s)",
]


@pytest.mark.parametrize("line", NAMED_LINES)
def test_the_name_after_the_path_still_counts(line):
    v = judge(f"Running tests\n{line}\n")
    assert TIMING in signatures(v), v.rationale


def test_a_go_parent_test_of_a_timing_named_subtest_is_no_plain_test():
    # go test reports the parent as failing whenever a subtest fails.
    log = ("=== RUN   TestPool\n=== RUN   TestPool/concurrent_get\n"
           "    pool_test.go:45: got 3 connections, want 4\n"
           "--- FAIL: TestPool (0.02s)\n    --- FAIL: TestPool/concurrent_get (0.01s)\nFAIL\n")
    assert TIMING in signatures(judge(log))
    # The same from JUnit results (go-junit-report lists the parent and the subtest).
    tests = [{"name": "TestPool", "classname": "example.com/pool", "message": "Failed"},
             {"name": "TestPool/concurrent_get", "classname": "example.com/pool", "message": "got 3"}]
    assert TIMING in signatures(judge(log, failed_tests=tests))
    # A sibling subtest without such a name still cancels it.
    sibling = log.replace("FAIL\n", "    --- FAIL: TestPool/get (0.00s)\nFAIL\n")
    assert TIMING not in signatures(judge(sibling))


def test_a_long_line_of_scope_separators_does_not_slow_the_plain_test_check():
    # The check reads the whole log, long lines included (a template error, a minified bundle):
    # "name::name FAILED" must be found in linear time.
    # (its time is measured in benchmarks/linear_time.py)
    log = "--- FAIL: TestPoolConcurrentGet (0.01s)\n" + "ns::" * 25_000 + "\nFAIL\n"
    v = judge(log)
    assert TIMING in signatures(v)


# Rust's libtest and Python's unittest put " ... FAILED" / " ... FAIL" between the name and the mark.
@pytest.mark.parametrize("line", [
    "test pool::tests::concurrent_get ... FAILED",
    "test_concurrent_get (tests.test_pool.PoolTest.test_concurrent_get) ... FAIL",
])
def test_a_timing_named_test_in_rust_and_unittest_words_is_found(line):
    assert TIMING in signatures(judge(f"running 3 tests\n{line}\n"))


def test_a_plain_test_in_rust_words_cancels_the_timing_name():
    log = ("test pool::tests::get ... FAILED\ntest pool::tests::concurrent_get ... FAILED\n\n"
           "test result: FAILED. 1 passed; 2 failed; 0 ignored\n")
    assert TIMING not in signatures(judge(log))
    log = ("test_get (tests.test_pool.PoolTest.test_get) ... FAIL\n"
           "test_concurrent_get (tests.test_pool.PoolTest.test_concurrent_get) ... FAIL\n")
    assert TIMING not in signatures(judge(log))


# A container's /etc/hosts, /etc/resolv.conf and /etc/hostname are bind mounts: replacing one fails
# with EBUSY on every run (sed -i renames its temporary file over it), not for a moment.
@pytest.mark.parametrize("line", [
    "sed: cannot rename /etc/sedQ1w2E3: Device or resource busy",
    "mv: cannot move '/tmp/resolv.conf' to '/etc/resolv.conf': Device or resource busy",
    "rm: cannot remove '/etc/hostname': Device or resource busy",
])
def test_a_bind_mounted_file_in_etc_is_not_momentarily_busy(line):
    log = f"Step 4/9 : RUN ./configure-network.sh\n{line}\nThe command returned a non-zero code: 4\n"
    v = judge(log)
    assert "resource-busy" not in signatures(v), v.rationale
    assert v.verdict != "transient", v.rationale



def test_a_real_line_is_refuted_by_its_chain_only_where_the_chain_shows_a_transient_mechanism():
    # "text-2.0.503" is a version, not an HTTP 503: the build plan's failure stands at full weight.
    plan = ("Error: While constructing the build plan, the following exceptions were encountered:\n"
            "In the dependencies for widget-0.3.1:\n"
            "    text-2.0.503 from stack configuration does not match >=2.1 && <2.2 (latest matching version is 2.1.1)\n"
            "needed since widget is a build target.\n")
    v = judge(plan)
    assert "dependency-conflict" in {f.signature for f in v.findings}
    assert v.verdict == "real" and v.confidence >= 0.9, v.rationale


@pytest.mark.parametrize(("log", "signature"), [
    # A rate limit answered with a 403 and a script that then halts: the halt relays the cause.
    ("Error: HTTP error 403.\n  API rate limit exceeded for 203.0.113.7.\n  Rate limit remaining: 0/60\n"
     "Execution halted\n", "rate-limited"),
    ("remote: fatal: packfile /data/repos/x/objects/pack/pack-1a2b.pack cannot be accessed\n"
     "fatal: protocol error: bad pack header\nError: Fetching /opt/tap/widgets failed!\n", "connection-reset"),
    ("xcodebuild[12:34] Error Domain=IDETestOperationsObserverErrorDomain Code=12 \"Failed to background test runner.\"\n"
     "Testing failed:\n\tTest target WidgetsUITests encountered an error (Failed to background test runner.)\n",
     "jvm-fork-crashed"),
])
def test_relays_after_a_transient_cause_and_server_side_breaks(log, signature):
    v = judge(log)
    assert signature in {f.signature for f in v.findings}, [f.signature for f in v.findings]
    assert v.verdict == "transient", v.rationale


def test_a_halt_alone_still_leans_real():
    v = judge("Error in library(widgets) : there is no package called 'widgets'\nExecution halted\n")
    assert v.verdict == "real", v.rationale


def test_a_findlib_package_that_is_not_installed_is_a_missing_module():
    log = ("### stderr ###\n# ocamlfind: Package `widgetlib' not found\n"
           "# E: Cannot find findlib package widgetlib\n# make: *** [setup.data] Error 1\n")
    v = judge(log)
    assert "missing-module" in {f.signature for f in v.findings}
    assert v.verdict == "real", v.rationale
