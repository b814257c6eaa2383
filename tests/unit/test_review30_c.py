"""(review30_c) Attacks on the thirtieth round's readings (flake30 and rv30a): made-up CI logs of a measured time over
its bound many times over (the code got slower) against a little over (JUnit 5's assertTimeout overrun, Rust's
assert! with a printed value, "after X, expected within Y", Vitest's and Mocha's chai bounds, tests named "within a
second"); fake clocks in the failing test and on another test's pass line; counts a whole multiple of the wanted one;
lists of delays; FluentAssertions' "to complete within" and a test's "did not complete within" beside a crash of the
code's own; records tied on a clock instant in a test that sorts by another field; Jest's heap reports with an
out-of-memory after the suite ended; a misspelt-looking host whose resolver did not answer (EAI_AGAIN, "Temporary
failure in name resolution", a lookup's i/o timeout) against one that said NXDOMAIN; greps of service logs; mock
frames above a later command's real outage; OkHttp's cut stream on a loopback ephemeral port; disk and memory figures
that are free space or another program's.

Each case is (id, expected, log); expected is "transient" or "real" (that verdict), "not_transient" (real or unknown:
no confident rerun) or "not_real" (transient or unknown: a rerun is worth it). The ones still misread are strict
xfails whose reason starts "LEFT:". Every line here was written for the test (none is copied from a project's CI log or
a dataset); hosts, names and paths are made up."""

from __future__ import annotations

import pytest
from judging import assert_unique_ids, judge, signatures

J = "\n".join
_GHA = "Error: Process completed with exit code 1."


# (id, expected, log)
CASES = [
# ---- (1) a measured time over its bound: many times over (the code got slower) vs a little over
("junit5_exceeded_tenfold", "not_transient", J([
 "[ERROR] org.marrowby.index.BuilderTest.buildsSmallIndex  Time elapsed: 5.21 s  <<< FAILURE!",
 "org.opentest4j.AssertionFailedError: execution exceeded timeout of 500 ms by 4710 ms",
 "\tat org.marrowby.index.BuilderTest.buildsSmallIndex(BuilderTest.java:51)",
 "[ERROR] Tests run: 40, Failures: 1, Errors: 0, Skipped: 0",
 "[INFO] BUILD FAILURE", ""])),
("junit5_exceeded_by_a_fifth", "transient", J([
 "[ERROR] org.marrowby.index.BuilderTest.buildsSmallIndex  Time elapsed: 0.62 s  <<< FAILURE!",
 "org.opentest4j.AssertionFailedError: execution exceeded timeout of 500 ms by 112 ms",
 "\tat org.marrowby.index.BuilderTest.buildsSmallIndex(BuilderTest.java:51)",
 "[ERROR] Tests run: 40, Failures: 1, Errors: 0, Skipped: 0",
 "[INFO] BUILD FAILURE", ""])),
("rust_elapsed_printed_tenfold", "not_transient", J([
 "---- cache::tests::warm_lookup_is_quick stdout ----",
 "elapsed = 5.2s",
 "thread 'cache::tests::warm_lookup_is_quick' panicked at src/cache.rs:220:9:",
 "assertion failed: elapsed < Duration::from_millis(500)",
 "",
 "failures:",
 "    cache::tests::warm_lookup_is_quick",
 "",
 "test result: FAILED. 88 passed; 1 failed; 0 ignored; 0 measured; 0 filtered out; finished in 5.31s", ""])),
("rust_elapsed_printed_little_over", "transient", J([
 "---- cache::tests::warm_lookup_is_quick stdout ----",
 "elapsed = 612.4ms",
 "thread 'cache::tests::warm_lookup_is_quick' panicked at src/cache.rs:220:9:",
 "assertion failed: elapsed < Duration::from_millis(500)",
 "",
 "failures:",
 "    cache::tests::warm_lookup_is_quick",
 "",
 "test result: FAILED. 88 passed; 1 failed; 0 ignored; 0 measured; 0 filtered out; finished in 0.71s", ""])),
("rust_printed_value_is_other_var", "not_transient", J([
 "---- queue::tests::drains_under_budget stdout ----",
 "budget = 100ms",
 "thread 'queue::tests::drains_under_budget' panicked at src/queue.rs:88:9:",
 "assertion failed: q.len() < 10",
 "",
 "test result: FAILED. 12 passed; 1 failed; 0 ignored; 0 measured; 0 filtered out; finished in 0.11s", ""])),
("go_after_expected_within_tenfold", "not_transient", J([
 "=== RUN   TestIndexer_CommitsPromptly",
 "    indexer_test.go:61: committed after 5.2s, expected within 500ms",
 "--- FAIL: TestIndexer_CommitsPromptly (5.21s)",
 "FAIL",
 "FAIL\tgit.tallowmere.example/search/indexer\t5.302s", ""])),
("go_after_expected_within_little", "transient", J([
 "=== RUN   TestIndexer_CommitsPromptly",
 "    indexer_test.go:61: committed after 640ms, expected within 500ms",
 "--- FAIL: TestIndexer_CommitsPromptly (0.65s)",
 "FAIL",
 "FAIL\tgit.tallowmere.example/search/indexer\t0.702s", ""])),
("go_timeout_config_parsed_within_words", "not_transient", J([
 "=== RUN   TestConfig_IdleTimeout",
 "    config_test.go:40: idle timeout after 90s, expected within 60s",
 "--- FAIL: TestConfig_IdleTimeout (0.00s)",
 "FAIL",
 "FAIL\tgit.tallowmere.example/search/config\t0.012s", ""])),
("vitest_date_now_tenfold", "not_transient", J([
 " FAIL  src/render.test.ts > render > paints the grid quickly",
 "AssertionError: expected 5210 to be less than or equal to 500",
 " ❯ src/render.test.ts:33:31",
 "     31|     const t0 = Date.now()",
 "     32|     paintGrid(model)",
 "     33|     expect(Date.now() - t0).toBeLessThanOrEqual(500)",
 "",
 " Test Files  1 failed | 30 passed (31)", _GHA, ""])),
("vitest_date_now_little_over", "transient", J([
 " FAIL  src/render.test.ts > render > paints the grid quickly",
 "AssertionError: expected 566 to be less than or equal to 500",
 " ❯ src/render.test.ts:33:31",
 "     31|     const t0 = Date.now()",
 "     32|     paintGrid(model)",
 "     33|     expect(Date.now() - t0).toBeLessThanOrEqual(500)",
 "",
 " Test Files  1 failed | 30 passed (31)", _GHA, ""])),
("vitest_now_minus_count_not_time", "not_transient", J([
 " FAIL  src/pool.test.ts > pool > frees workers",
 "AssertionError: expected 7 to be less than or equal to 4",
 " ❯ src/pool.test.ts:40:31",
 "     40|     expect(pool.size() - idle).toBeLessThanOrEqual(4)",
 "",
 " Test Files  1 failed | 30 passed (31)", _GHA, ""])),
("pytest_within_a_second_elevenfold", "not_transient", J([
 "____________________ test_export_finishes_within_a_second _____________________",
 "",
 "    def test_export_finishes_within_a_second(big_ledger):",
 "        start = time.monotonic()",
 "        export_csv(big_ledger)",
 ">       assert time.monotonic() - start < 1.0",
 "E       assert (1733.41 - 1722.22) < 1.0",
 "",
 "tests/test_export.py:44: AssertionError",
 "FAILED tests/test_export.py::test_export_finishes_within_a_second - assert (1733.41 - 1722.22) < 1.0",
 "==================== 1 failed, 120 passed in 14.02s ====================", ""])),
("pytest_within_two_seconds_a_little", "transient", J([
 "________________ test_export_finishes_within_two_seconds _________________",
 "",
 "    def test_export_finishes_within_two_seconds(big_ledger):",
 "        elapsed = timed(export_csv, big_ledger)",
 ">       assert elapsed < 2.0",
 "E       assert 2.31 < 2.0",
 "",
 "tests/test_export.py:44: AssertionError",
 "FAILED tests/test_export.py::test_export_finishes_within_two_seconds - assert 2.31 < 2.0",
 "==================== 1 failed, 120 passed in 6.02s ====================", ""])),
("pytest_within_a_second_but_counts", "not_transient", J([
 "____________________ test_retries_within_a_second _____________________",
 "",
 ">       assert len(calls) < 3",
 "E       assert 4 < 3",
 "E        +  where 4 = len([1, 2, 3, 4])",
 "",
 "tests/test_retry.py:20: AssertionError",
 "FAILED tests/test_retry.py::test_retries_within_a_second - assert 4 < 3",
 "==================== 1 failed, 12 passed in 0.42s ====================", ""])),
# ---- (2) fake clocks: in the failing test, in another test nearby, in a passing line
("jest_fake_timers_in_passing_line_above_real_clock", "not_real", J([
 " PASS  src/debounce.test.ts",
 "  ✓ debounces with jest.useFakeTimers() (4 ms)",
 " FAIL  src/render.test.ts",
 "  ● render › paints the grid quickly",
 "",
 "    expect(received).toBeLessThan(expected)",
 "",
 "    Expected: < 500",
 "    Received:   571",
 "",
 "      31 |     const elapsedMs = performance.now() - t0",
 "    > 32 |     expect(elapsedMs).toBeLessThan(500)",
 "         |                       ^",
 "",
 "Tests:       1 failed, 210 passed, 211 total", _GHA, ""])),
("jest_fake_timers_advanced_in_failing_test", "not_transient", J([
 " FAIL  src/retry.test.ts",
 "  ● retry › waits before the second try",
 "",
 "    expect(received).toBeLessThan(expected)",
 "",
 "    Expected: < 1000",
 "    Received:   1200",
 "",
 "      40 |     jest.advanceTimersByTime(1200)",
 "      41 |     const elapsedMs = clock.now() - t0",
 "    > 42 |     expect(elapsedMs).toBeLessThan(1000)",
 "         |                       ^",
 "",
 "Tests:       1 failed, 210 passed, 211 total", _GHA, ""])),
("pytest_freezer_tick_measured_over", "not_transient", J([
 "_________________________ test_session_expires_on_time _________________________",
 "",
 "    def test_session_expires_on_time(freezer):",
 "        s = Session.open()",
 "        freezer.tick(31)",
 "        elapsed = s.age_seconds()",
 ">       assert elapsed <= 30",
 "E       assert 31.0 <= 30",
 "",
 "tests/test_session.py:18: AssertionError",
 "FAILED tests/test_session.py::test_session_expires_on_time - assert 31.0 <= 30",
 "======================== 1 failed, 64 passed in 1.90s ========================", ""])),
("pytest_freezer_in_other_test_real_clock_failing", "not_real", J([
 "tests/test_session.py::test_session_expires_on_time PASSED   # uses freezer.tick(31)",
 "_________________________ test_render_is_fast _________________________",
 "",
 "    def test_render_is_fast():",
 "        elapsed = timed(render_page)",
 ">       assert elapsed < 0.5",
 "E       assert 0.58 < 0.5",
 "",
 "tests/test_render.py:12: AssertionError",
 "FAILED tests/test_render.py::test_render_is_fast - assert 0.58 < 0.5",
 "======================== 1 failed, 64 passed in 1.90s ========================", ""])),
("sinon_fake_timers_tick", "not_transient", J([
 "  1) scheduler",
 "       fires the job after its delay:",
 "     AssertionError: expected 1500 to be below 1000",
 "      at Context.<anonymous> (test/scheduler.spec.js:30:32)",
 "  // clock = sinon.useFakeTimers(); clock.tick(1500)",
 "  // expect(elapsed).to.be.below(1000)",
 "  41 passing (220ms)",
 "  1 failing", ""])),
# ---- (3) counts a whole multiple of the wanted one
("go_concurrent_count_double", "not_transient", J([
 "=== RUN   TestCounter_ConcurrentIncrements",
 "    counter_test.go:33: count = 2000, want 1000",
 "--- FAIL: TestCounter_ConcurrentIncrements (0.02s)",
 "FAIL\tgit.pellmoor.example/stats\t0.051s", ""])),
("go_concurrent_count_short", "not_real", J([
 "=== RUN   TestCounter_ConcurrentIncrements",
 "    counter_test.go:33: count = 997, want 1000",
 "--- FAIL: TestCounter_ConcurrentIncrements (0.02s)",
 "FAIL\tgit.pellmoor.example/stats\t0.051s", ""])),
("go_parallel_count_multiple_plus_other_pair", "not_transient", J([
 "=== RUN   TestFanout_Parallel",
 "    fanout_test.go:50: delivered = 300, want 100",
 "    fanout_test.go:51: acks = 300, want 100",
 "--- FAIL: TestFanout_Parallel (0.01s)",
 "FAIL\tgit.pellmoor.example/fanout\t0.033s", ""])),
# ---- (4) exact lists of short numbers under delay or backoff names
("go_backoff_list_code_answer", "not_transient", J([
 "=== RUN   TestBackoff_Schedule",
 "    backoff_test.go:21: delays = [100 200 400 400], want [100 200 400 800]",
 "--- FAIL: TestBackoff_Schedule (0.00s)",
 "FAIL\tgit.pellmoor.example/retry\t0.004s", ""])),
("pytest_measured_delays_list_jitter", "not_real", J([
 "____________________ test_poller_waits_between_polls_timing ____________________",
 "",
 "    def test_poller_waits_between_polls_timing():",
 "        gaps = [round(b - a, 1) for a, b in pairwise(stamps)]",
 ">       assert gaps == [0.1, 0.1, 0.1]",
 "E       assert [0.1, 0.2, 0.1] == [0.1, 0.1, 0.1]",
 "E         At index 1 diff: 0.2 != 0.1",
 "",
 "tests/test_poller.py:31: AssertionError",
 "FAILED tests/test_poller.py::test_poller_waits_between_polls_timing - assert [0.1, 0.2, 0.1] == [0.1, 0.1, 0.1]",
 "======================== 1 failed, 40 passed in 2.10s ========================", ""])),
# ---- (5) FluentAssertions' complete-within and "did not complete within"
("fluent_complete_within_deadlock_test", "not_real", J([
 "  Failed Orders.Tests.DispatcherTests.DispatchesAllQueuedOrders [5 s]",
 "  Error Message:",
 "   Expected task to complete within 5s.",
 "  Stack Trace:",
 "     at Orders.Tests.DispatcherTests.DispatchesAllQueuedOrders() in /src/Orders.Tests/DispatcherTests.cs:line 61",
 "Failed!  - Failed:     1, Passed:   212, Skipped:     0, Total:   213", ""])),
("migration_error_then_did_not_complete_within", "not_transient", J([
 "$ ./scripts/migrate.sh",
 "ERROR:  column \"tenant_id\" of relation \"invoices\" already exists",
 "migrator: schema migration did not complete within 30s",
 "ERROR: Job failed: exit code 1", ""])),
("test_did_not_complete_within_after_exception", "not_transient", J([
 "=== RUN   TestWorker_DrainsQueue",
 "panic: runtime error: index out of range [3] with length 3 [recovered]",
 "    worker_test.go:70: drain did not complete within 2s",
 "--- FAIL: TestWorker_DrainsQueue (2.00s)",
 "FAIL\tgit.pellmoor.example/worker\t2.031s", ""])),
# ---- (6) records tied on a clock instant
("kotlin_tied_two_records_clock", "not_real", J([
 "FeedServiceTest > listsNewestFirst() FAILED",
 "    org.opentest4j.AssertionFailedError: expected: <[Post(id=7, at=2026-12-05T10:14:03.512Z), Post(id=8, at=2026-12-05T10:14:03.512Z), Post(id=3, at=2026-12-05T10:13:59.004Z)]> but was: <[Post(id=8, at=2026-12-05T10:14:03.512Z), Post(id=7, at=2026-12-05T10:14:03.512Z), Post(id=3, at=2026-12-05T10:13:59.004Z)]>",
 "        at app//org.junit.jupiter.api.AssertionFailureBuilder.build(AssertionFailureBuilder.java:151)",
 "        at app//com.tessfold.feed.FeedServiceTest.listsNewestFirst(FeedServiceTest.kt:44)",
 "40 tests completed, 1 failed", "FAILURE: Build failed with an exception.", ""])),
("kotlin_all_tied_fixture_literal_list_reversed", "not_transient", J([
 "FeedServiceTest > listsInInsertionOrder() FAILED",
 "    org.opentest4j.AssertionFailedError: expected: <[Post(id=1, at=2024-03-01T12:00:00.250Z), Post(id=2, at=2024-03-01T12:00:00.250Z), Post(id=3, at=2024-03-01T12:00:00.250Z), Post(id=4, at=2024-03-01T12:00:00.250Z)]> but was: <[Post(id=4, at=2024-03-01T12:00:00.250Z), Post(id=3, at=2024-03-01T12:00:00.250Z), Post(id=2, at=2024-03-01T12:00:00.250Z), Post(id=1, at=2024-03-01T12:00:00.250Z)]>",
 "        at app//com.tessfold.feed.FeedServiceTest.listsInInsertionOrder(FeedServiceTest.kt:71)",
 "40 tests completed, 1 failed", "FAILURE: Build failed with an exception.", ""])),
("kotlin_distinct_times_sort_reversed", "not_transient", J([
 "FeedServiceTest > listsNewestFirst() FAILED",
 "    org.opentest4j.AssertionFailedError: expected: <[Post(id=8, at=2026-12-05T10:14:03.900Z), Post(id=7, at=2026-12-05T10:14:03.512Z)]> but was: <[Post(id=7, at=2026-12-05T10:14:03.512Z), Post(id=8, at=2026-12-05T10:14:03.900Z)]>",
 "        at app//com.tessfold.feed.FeedServiceTest.listsNewestFirst(FeedServiceTest.kt:44)",
 "40 tests completed, 1 failed", "FAILURE: Build failed with an exception.", ""])),
("tied_records_other_field_moved_too", "not_transient", J([
 "FeedServiceTest > listsNewestFirst() FAILED",
 "    org.opentest4j.AssertionFailedError: expected: <[Post(id=7, rank=1, at=2026-12-05T10:14:03.512Z), Post(id=8, rank=2, at=2026-12-05T10:14:03.512Z)]> but was: <[Post(id=8, rank=2, at=2026-12-05T10:14:03.512Z), Post(id=7, rank=1, at=2026-12-05T10:14:03.512Z)]>",
 "        at app//com.tessfold.feed.FeedServiceTest.listsByRank(FeedServiceTest.kt:44)",
 "40 tests completed, 1 failed", "FAILURE: Build failed with an exception.", ""])),
("jest_json_tied_records_sorted_by_id_test", "not_transient", J([
 " FAIL  src/audit.test.ts",
 "  ● audit › sorts entries by id",
 "",
 "    expect(received).toEqual(expected) // deep equality",
 "",
 "    Expected: [{\"id\": 1, \"at\": \"2026-12-05T10:14:03.512Z\"}, {\"id\": 2, \"at\": \"2026-12-05T10:14:03.512Z\"}]",
 "    Received: [{\"id\": 2, \"at\": \"2026-12-05T10:14:03.512Z\"}, {\"id\": 1, \"at\": \"2026-12-05T10:14:03.512Z\"}]",
 "",
 "Tests:       1 failed, 50 passed, 51 total", _GHA, ""])),
# ---- (7) Jest's heap reports
("jest_heap_grows_then_oom", "not_transient", J([
 " PASS  src/a.test.ts (102 MB heap size)",
 " PASS  src/b.test.ts (188 MB heap size)",
 " PASS  src/c.test.ts (274 MB heap size)",
 " PASS  src/d.test.ts (361 MB heap size)",
 " PASS  src/e.test.ts (447 MB heap size)",
 " PASS  src/f.test.ts (533 MB heap size)",
 "<--- Last few GCs --->",
 "FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory",
 _GHA, ""])),
("jest_heap_flat_then_runner_kill", "not_real", J([
 " PASS  src/a.test.ts (102 MB heap size)",
 " PASS  src/b.test.ts (104 MB heap size)",
 " PASS  src/c.test.ts (101 MB heap size)",
 "##[error]The runner has received a shutdown signal. This can happen when the runner service is stopped, or a manually started runner is canceled.",
 "##[error]The operation was canceled.", ""])),
("jest_heap_grows_little_then_oom", "not_transient", J([
 " PASS  src/a.test.ts (400 MB heap size)",
 " PASS  src/b.test.ts (420 MB heap size)",
 " PASS  src/c.test.ts (440 MB heap size)",
 " PASS  src/d.test.ts (460 MB heap size)",
 " PASS  src/e.test.ts (480 MB heap size)",
 "<--- Last few GCs --->",
 "FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory",
 _GHA, ""])),
("jest_heap_grows_then_network_error", "not_real", J([
 " PASS  src/a.test.ts (102 MB heap size)",
 " PASS  src/b.test.ts (188 MB heap size)",
 " PASS  src/c.test.ts (274 MB heap size)",
 " PASS  src/d.test.ts (361 MB heap size)",
 " PASS  src/e.test.ts (447 MB heap size)",
 "Run actions/upload-artifact@v4",
 "Error: Failed to CreateArtifact: Failed to make request after 5 attempts: Request timeout: /twirp/github.actions.results.api.v1.ArtifactService/CreateArtifact",
 ""])),
# ---- (8) misspelt-looking labels that are real names, and real slips
("npm_real_host_registy_company_eai_again", "not_real", J([
 "npm ERR! code EAI_AGAIN",
 "npm ERR! syscall getaddrinfo",
 "npm ERR! errno EAI_AGAIN",
 "npm ERR! request to https://npm.registy.io/@registy%2fui-kit failed, reason: getaddrinfo EAI_AGAIN npm.registy.io",
 "npm ERR! A complete log of this run can be found in: /home/runner/.npm/_logs/2026-12-05T21_14_11_921Z-debug-0.log",
 _GHA, ""])),
("curl_githab_io_docs_host_unresolved", "not_transient", J([
 "+ curl -fsSL https://pages.githab.io/install.sh -o install.sh",
 "curl: (6) Could not resolve host: pages.githab.io",
 "ERROR: Job failed: exit code 6", ""])),
("go_mod_misspelt_internal_nosuchhost", "not_transient", J([
 "go: downloading git.interal.brackwater.example/platform/auth v1.4.2",
 "go: git.interal.brackwater.example/platform/auth@v1.4.2: Get \"https://git.interal.brackwater.example/platform/auth/@v/v1.4.2.mod\": dial tcp: lookup git.interal.brackwater.example on 10.0.0.2:53: no such host",
 _GHA, ""])),
("pip_misspelt_exmaple_index", "not_transient", J([
 "Looking in indexes: https://pypi.corp.exmaple.net/simple",
 "WARNING: Retrying (Retry(total=4, connect=None, read=None, redirect=None, status=None)) after connection broken by 'NewConnectionError('<pip._vendor.urllib3.connection.HTTPSConnection object at 0x7f1e>: Failed to establish a new connection: [Errno -2] Name or service not known')': /simple/requests/",
 "ERROR: Could not find a version that satisfies the requirement requests==2.32.3 (from versions: none)",
 "ERROR: Could not resolve host: pypi.corp.exmaple.net",
 _GHA, ""])),
("dutch_host_word_stagging_brand_temp_dns", "not_real", J([
 "Step 4/9 : RUN apt-get update",
 "Err:1 http://mirror.stagging.nl/debian bookworm InRelease",
 "  Temporary failure resolving 'mirror.stagging.nl'",
 "W: Failed to fetch http://mirror.stagging.nl/debian/dists/bookworm/InRelease  Temporary failure resolving 'mirror.stagging.nl'",
 "E: Unable to locate package libpq-dev",
 "The command '/bin/sh -c apt-get update && apt-get install -y libpq-dev' returned a non-zero code: 100", ""])),
("gradle_clusters_plural_real_host_unknownhost", "not_real", J([
 "> Could not resolve all files for configuration ':app:compileClasspath'.",
 "   > Could not resolve com.fernwick:core:3.1.0.",
 "      > Could not get resource 'https://repo.clusters.fernwick.example/maven/com/fernwick/core/3.1.0/core-3.1.0.pom'.",
 "         > Could not HEAD 'https://repo.clusters.fernwick.example/maven/com/fernwick/core/3.1.0/core-3.1.0.pom'.",
 "            > java.net.UnknownHostException: repo.clusters.fernwick.example: Temporary failure in name resolution",
 "BUILD FAILED in 41s", ""])),
("docker_dockr_slip_pull", "not_transient", J([
 "Run docker pull registry.dockr.brackwater.example/base/python:3.12",
 "Error response from daemon: Get \"https://registry.dockr.brackwater.example/v2/\": dial tcp: lookup registry.dockr.brackwater.example on 127.0.0.53:53: no such host",
 _GHA, ""])),
("welsh_word_host_resolve_timeout", "not_real", J([
 "Run ./gradlew publish",
 "> Task :lib:publishMavenPublicationToNexusRepository FAILED",
 "Could not PUT 'https://nexus.cyflym.example/repository/releases/lib-1.0.jar'.",
 "   > nexus.cyflym.example: Temporary failure in name resolution",
 "BUILD FAILED in 2m 3s", ""])),
("gitlub_label_unresolved", "not_transient", J([
 "$ git clone https://code.gitlub.example/tools/lint-config.git",
 "Cloning into 'lint-config'...",
 "fatal: unable to access 'https://code.gitlub.example/tools/lint-config.git/': Could not resolve host: code.gitlub.example",
 "ERROR: Job failed: exit code 128", ""])),
# ---- (9) ports: the job's own server vs another process
("own_server_then_second_on_same_port", "not_transient", J([
 "$ npm run start:api &",
 "api listening on :4100",
 "$ npm run start:api-mock",
 "Error: listen EADDRINUSE: address already in use :::4100",
 _GHA, ""])),
("own_server_stopped_then_leftover_holds_port", "not_real", J([
 "$ ./bin/server --port 4100 &",
 "server listening on :4100",
 "$ pytest tests/e2e",
 "==== 12 passed in 4.1s ====",
 "server: shutting down",
 "$ docker run -p 4100:4100 reports/mock:1.2",
 "docker: Error response from daemon: driver failed programming external connectivity on endpoint wizardly_kare: Bind for 0.0.0.0:4100 failed: port is already allocated.",
 _GHA, ""])),
("service_container_listening_then_test_binds_other_port", "not_real", J([
 "Starting service container postgres",
 "2026-12-05 21:14:02.110 UTC [1] LOG:  listening on IPv4 address \"0.0.0.0\", port 5432",
 "$ go test ./...",
 "--- FAIL: TestServer_Start (0.00s)",
 "    server_test.go:22: listen tcp :8080: bind: address already in use",
 "FAIL", _GHA, ""])),
("listening_line_of_another_port_prefix", "not_real", J([
 "metrics listening on :9100",
 "$ ./gradlew bootRun",
 "***************************",
 "APPLICATION FAILED TO START",
 "***************************",
 "Description:",
 "Web server failed to start. Port 91 was already in use.",
 _GHA, ""])),
# ---- (10) greps
("grep_service_log_shows_real_dns_outage", "not_real", J([
 "+ ./scripts/wait-for-api.sh",
 "api did not become healthy in 120s",
 "+ grep -i error logs/api.log",
 "2026-12-05T21:14:02Z ERROR dial tcp: lookup api.stripe.com on 10.0.0.2:53: read udp 10.1.0.7:51021->10.0.0.2:53: i/o timeout",
 "2026-12-05T21:14:32Z ERROR dial tcp: lookup api.stripe.com on 10.0.0.2:53: read udp 10.1.0.7:40119->10.0.0.2:53: i/o timeout",
 _GHA, ""])),
("grep_source_lines_quote_timeout_then_test_fails", "not_transient", J([
 "Run ! grep -rn 'time.sleep' src/",
 "src/worker/poll.py:31:        time.sleep(5)  # wait out a 503 Service Unavailable",
 "src/worker/poll.py:44:        raise TimeoutError('upstream timed out')",
 "Error: sleeps found in source",
 _GHA, ""])),
("grep_source_line_then_real_npm_outage", "not_real", J([
 "+ grep -rn 'ETIMEDOUT' src/",
 "src/http/retry.ts:12:const RETRYABLE = ['ECONNRESET', 'ETIMEDOUT'];",
 "+ npm ci",
 "npm ERR! code ETIMEDOUT",
 "npm ERR! errno ETIMEDOUT",
 "npm ERR! network request to https://registry.npmjs.org/react failed, reason: connect ETIMEDOUT 104.16.1.35:443",
 "npm ERR! network This is a problem related to network connectivity.",
 _GHA, ""])),
# ---- (11) mock frames near a real outage
("webmock_frame_then_bundle_outage_near", "not_real", J([
 "Pending: (Failures listed here are expected and do not affect your suite's status)",
 "  1) Billing::Client retries on a timeout",
 "     # Temporarily skipped with xit",
 "     # /usr/local/bundle/gems/webmock-3.23.1/lib/webmock/http_lib_adapters/net_http.rb:109:in `request'",
 "     # ./spec/billing/client_spec.rb:22:in `block (2 levels) in <top (required)>'",
 "Finished in 2.1 seconds (files took 1.2 seconds to load)",
 "40 examples, 0 failures, 1 pending",
 "$ bundle exec rake assets:upload",
 "rake aborted!",
 "Net::OpenTimeout: Failed to open TCP connection to assets.s3.us-east-1.amazonaws.com:443 (execution expired)",
 "ERROR: Job failed: exit code 1", ""])),
("nock_frame_stubbed_econnreset_test_fails", "not_transient", J([
 " FAIL  src/client.test.ts",
 "  ● client › surfaces a reset as a typed error",
 "",
 "    expect(received).toBeInstanceOf(expected)",
 "    Expected constructor: UpstreamResetError",
 "    Received constructor: FetchError",
 "    Received message: \"request to http://api.local/ failed, reason: socket hang up ECONNRESET\"",
 "      at /app/node_modules/nock/lib/intercepted_request_router.js:122:19",
 "Tests:       1 failed, 80 passed, 81 total", _GHA, ""])),
("responses_frame_and_real_pypi_timeout_far_apart_in_one_line_window", "not_real", J([
 "  File \"/usr/lib/python3.12/site-packages/responses/__init__.py\", line 1090, in _on_request",
 "    raise response",
 "requests.exceptions.ConnectionError: stubbed",
 "PASSED tests/test_client.py::test_reports_connection_error",
 "+ pip install -r requirements-docs.txt",
 "WARNING: Retrying (Retry(total=0)) after connection broken by 'ReadTimeoutError(\"HTTPSConnectionPool(host='pypi.org', port=443): Read timed out. (read timeout=15)\")': /simple/mkdocs/",
 "ERROR: Could not find a version that satisfies the requirement mkdocs==1.6.1 (from versions: none)",
 "ERROR: No matching distribution found for mkdocs==1.6.1",
 _GHA, ""])),
# ---- (12) MockWebServer's loopback port vs a real service on a high port
("okhttp_unexpected_eos_remote_high_port", "not_real", J([
 "> Task :app:integrationTest",
 "SyncClientIT > pullsChanges() FAILED",
 "    java.io.IOException: unexpected end of stream on http://10.40.2.15:40811/...",
 "        at okhttp3.internal.http1.Http1ExchangeCodec.readResponseHeaders(Http1ExchangeCodec.kt:209)",
 "        Caused by: java.io.EOFException: \\n not found: limit=0 content=…",
 "12 tests completed, 1 failed",
 "FAILURE: Build failed with an exception.", ""])),
("okhttp_unexpected_eos_loopback_mws", "not_transient", J([
 "> Task :app:test",
 "SyncClientTest > pullsChanges() FAILED",
 "    java.io.IOException: unexpected end of stream on http://127.0.0.1:40811/...",
 "        at okhttp3.internal.http1.Http1ExchangeCodec.readResponseHeaders(Http1ExchangeCodec.kt:209)",
 "        at okhttp3.mockwebserver.MockWebServer.dispatch(MockWebServer.kt:501)",
 "12 tests completed, 1 failed",
 "FAILURE: Build failed with an exception.", ""])),
# ---- (13) disk and memory taken by the job's own file or load, and near misses
("disk_free_figure_5g_then_docker_pull_full", "not_real", J([
 "+ df -h /",
 "Filesystem      Size  Used Avail Use% Mounted on",
 "/dev/root        84G   79G  5.0G  95% /",
 "+ echo 'writing cache manifest'",
 "writing cache manifest (5.2 GB free before restore)",
 "+ docker pull ghcr.io/hollowmere/ci-base:2026.12",
 "failed to register layer: write /usr/lib/x86_64-linux-gnu/libLLVM-17.so.1: no space left on device",
 _GHA, ""])),
("disk_own_10g_fixture_then_enospc", "not_transient", J([
 "+ python scripts/make_fixture.py --size 10G",
 "writing 10 GiB fixture to /tmp/fixture.bin",
 "OSError: [Errno 28] No space left on device",
 _GHA, ""])),
("memory_own_9g_load_then_killed", "not_transient", J([
 "+ python train_eval.py --full",
 "loading embeddings (9.4 GB) from data/emb.npy",
 "Killed",
 _GHA, ""])),
("memory_9g_download_other_process_killed", "not_real", J([
 "+ ./scripts/fetch_assets.sh",
 "downloaded 9.4 GB to /mnt/assets in 3m12s",
 "+ npm test",
 "##[error]The runner has received a shutdown signal. This can happen when the runner service is stopped, or a manually started runner is canceled.",
 "##[error]Process completed with exit code 143.", ""])),
("memory_own_load_then_unrelated_network_oom_words", "not_real", J([
 "+ python bench.py",
 "loading index (12 GB) from s3://bench-artifacts/index.bin",
 "done in 88s; peak rss 12.6 GB",
 "+ aws s3 cp report.html s3://bench-artifacts/",
 "upload failed: ./report.html to s3://bench-artifacts/report.html Could not connect to the endpoint URL: \"https://bench-artifacts.s3.amazonaws.com/report.html\"",
 _GHA, ""])),
# ---- (14) a quoted OOMKilled vs a pod of the job's that was killed
("go_e2e_pod_really_oomkilled", "not_real", J([
 "=== RUN   TestE2E_Ingest",
 "    ingest_e2e_test.go:88: waiting for pod ingest-worker-0",
 "    ingest_e2e_test.go:97: pod ingest-worker-0 terminated: reason=OOMKilled exitCode=137 (node memory pressure)",
 "--- FAIL: TestE2E_Ingest (180.02s)",
 "FAIL", _GHA, ""])),
("go_unit_fixture_oomkilled_quoted", "not_transient", J([
 "=== RUN   TestReason_FromStatus",
 "    reason_test.go:41: fixture testdata/oom.json: got reason \"Error\", want \"OOMKilled\"",
 "--- FAIL: TestReason_FromStatus (0.00s)",
 "FAIL", _GHA, ""])),
# ---- (15) markdownlint, bats
("markdownlint_quotes_rate_limit_doc", "not_transient", J([
 "Run npx markdownlint-cli2 'docs/**/*.md'",
 "docs/ops/outages.md:14:81 MD013/line-length Line length [Expected: 80; Actual: 112] [Context: \"If the registry returns 503 Service Unavailable or 429 Too Many Requests, wait and retry\"]",
 "Summary: 1 error(s)", _GHA, ""])),
("bats_title_names_timeout_test_fails_on_output", "not_transient", J([
 "1..4",
 "ok 1 healthcheck passes when api is up",
 "not ok 2 healthcheck reports connection timed out when api is down",
 "# (in test file test/healthcheck.bats, line 22)",
 "#   `[ \"$output\" = \"CRITICAL: api down\" ]' failed",
 "ok 3 healthcheck exits 2 on bad config",
 "ok 4 healthcheck prints version", _GHA, ""])),
("bats_real_network_in_setup", "not_real", J([
 "1..2",
 "not ok 1 installs the plugin",
 "# (from function `setup' in test file test/plugin.bats, line 6)",
 "#   `curl -fsSL https://plugins.hollowmere.example/v2/index.json -o index.json' failed with status 28",
 "# curl: (28) Failed to connect to plugins.hollowmere.example port 443 after 130012 ms: Connection timed out",
 "ok 2 lists plugins", _GHA, ""])),
("pytest_within_a_second_config_ttl", "not_transient", J([
 "_________________________ test_cache_ttl_within_a_second _________________________",
 "",
 ">       assert cache.ttl_seconds <= 1.0",
 "E       assert 1.5 <= 1.0",
 "E        +  where 1.5 = Cache(ttl_seconds=1.5).ttl_seconds",
 "",
 "tests/test_cache.py:12: AssertionError",
 "FAILED tests/test_cache.py::test_cache_ttl_within_a_second - assert 1.5 <= 1.0",
 "======================== 1 failed, 64 passed in 0.90s ========================", ""])),
("junit5_exceeded_two_and_a_half_times", "not_real", J([
 "[ERROR] org.marrowby.io.SpoolTest.flushesPromptly  Time elapsed: 0.51 s  <<< FAILURE!",
 "org.opentest4j.AssertionFailedError: execution exceeded timeout of 200 ms by 310 ms",
 "\tat org.marrowby.io.SpoolTest.flushesPromptly(SpoolTest.java:30)",
 "[ERROR] Tests run: 12, Failures: 1, Errors: 0, Skipped: 0", ""])),
("junit5_preemptive_timed_out_hang", "not_transient", J([
 "[ERROR] org.marrowby.io.SpoolTest.closesCleanly  Time elapsed: 1.01 s  <<< FAILURE!",
 "org.opentest4j.AssertionFailedError: expected: <CLOSED> but was: <DRAINING>",
 "\tat org.marrowby.io.SpoolTest.closesCleanly(SpoolTest.java:52)",
 "[ERROR] Tests run: 12, Failures: 1, Errors: 0, Skipped: 0", ""])),
("jest_heap_grows_tests_pass_build_oom_later", "not_transient", J([
 " PASS  src/a.test.ts (102 MB heap size)",
 " PASS  src/b.test.ts (188 MB heap size)",
 " PASS  src/c.test.ts (274 MB heap size)",
 " PASS  src/d.test.ts (361 MB heap size)",
 " PASS  src/e.test.ts (447 MB heap size)",
 "Tests:       120 passed, 120 total",
 "+ npm run build",
 "<--- Last few GCs --->",
 "FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory",
 _GHA, ""])),
("jest_heap_rise_fall_then_oom", "not_transient", J([
 " PASS  src/a.test.ts (102 MB heap size)",
 " PASS  src/b.test.ts (388 MB heap size)",
 " PASS  src/c.test.ts (174 MB heap size)",
 " PASS  src/d.test.ts (461 MB heap size)",
 " PASS  src/e.test.ts (147 MB heap size)",
 " PASS  src/f.test.ts (533 MB heap size)",
 "<--- Last few GCs --->",
 "FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory",
 _GHA, ""])),
("go_count_triple_stress_small_want", "not_real", J([
 "=== RUN   TestLimiter_Stress",
 "    limiter_test.go:77: admitted = 6, want 2",
 "--- FAIL: TestLimiter_Stress (1.02s)",
 "FAIL", _GHA, ""])),
("testify_concurrent_double_count", "not_transient", J([
 "=== RUN   TestQueue_ParallelConsumers",
 "    queue_test.go:61:",
 "        \tError Trace:\tqueue_test.go:61",
 "        \tError:      \tNot equal: ",
 "        \t            \texpected: 500",
 "        \t            \tactual  : 1000",
 "        \tTest:       \tTestQueue_ParallelConsumers",
 "--- FAIL: TestQueue_ParallelConsumers (0.12s)",
 "FAIL", _GHA, ""])),
("pytest_quoted_assert_source_timeout_text_code_bug", "not_transient", J([
 "_____________________________ test_error_message ______________________________",
 "",
 "    def test_error_message():",
 "        with pytest.raises(PoolTimeout) as exc:",
 "            pool.acquire(timeout=0.01)",
 ">       assert str(exc.value) == \"timed out after 0.01s waiting for a free connection\"",
 "E       AssertionError: assert 'timed out after 10ms' == 'timed out aft...e connection'",
 "E         - timed out after 0.01s waiting for a free connection",
 "E         + timed out after 10ms",
 "",
 "tests/test_pool.py:40: AssertionError",
 "FAILED tests/test_pool.py::test_error_message - AssertionError: assert 'timed out after 10ms' == 'timed out aft...e connection'",
 "======================== 1 failed, 64 passed in 0.90s ========================", ""])),
("pytest_real_timeout_in_plus_side", "not_real", J([
 "_____________________________ test_fetch_profile ______________________________",
 "",
 ">       assert resp.json() == {'name': 'ada'}",
 "E       AssertionError: assert {'error': 'upstream timed out after 30s'} == {'name': 'ada'}",
 "E         Left contains 1 more item:",
 "E         {'error': 'upstream timed out after 30s'}",
 "",
 "tests/integration/test_profile.py:18: AssertionError",
 "FAILED tests/integration/test_profile.py::test_fetch_profile - AssertionError: assert {'error': 'upstream timed out after 30s'} == {'name': 'ada'}",
 "======================== 1 failed, 12 passed in 31.2s ========================", ""])),
("fluent_complete_within_after_exception_logged", "not_transient", J([
 "  Failed Orders.Tests.DispatcherTests.DispatchesAllQueuedOrders [5 s]",
 "  Error Message:",
 "   Expected task to complete within 5s.",
 "  Standard Output Messages:",
 "   fail: Orders.Dispatcher[0]",
 "         System.NullReferenceException: Object reference not set to an instance of an object.",
 "            at Orders.Dispatcher.NextBatch() in /src/Orders/Dispatcher.cs:line 88",
 "Failed!  - Failed:     1, Passed:   212, Skipped:     0, Total:   213", ""])),
("githab_temporary_failure", "not_real", J([
 "+ python scripts/fetch_theme.py",
 "Traceback (most recent call last):",
 "  File \"/builds/docs/scripts/fetch_theme.py\", line 14, in <module>",
 "    r = requests.get(THEME_URL, timeout=30)",
 "requests.exceptions.ConnectionError: HTTPSConnectionPool(host='pages.githab.io', port=443): Max retries exceeded with url: /theme.tar.gz (Caused by NameResolutionError(\"<urllib3.connection.HTTPSConnection object at 0x7f3a2c1e5d90>: Failed to resolve 'pages.githab.io' ([Errno -3] Temporary failure in name resolution)\"))",
 "ERROR: Job failed: exit code 1", ""])),
("go_misspelt_registry_io_timeout", "not_real", J([
 "go: downloading proxy.regsitry.brackwater.example/tools v0.3.1",
 "go: proxy.regsitry.brackwater.example/tools@v0.3.1: Get \"https://proxy.regsitry.brackwater.example/tools/@v/v0.3.1.zip\": dial tcp: lookup proxy.regsitry.brackwater.example on 10.0.0.2:53: read udp 10.1.0.7:51021->10.0.0.2:53: i/o timeout",
 _GHA, ""])),
("junit_concurrency_count_double", "not_transient", J([
 "[ERROR] com.ashgrove.ledger.PostingConcurrencyTest.postsEachEntryOnce  Time elapsed: 0.4 s  <<< FAILURE!",
 "org.opentest4j.AssertionFailedError: expected: <1000> but was: <2000>",
 "\tat com.ashgrove.ledger.PostingConcurrencyTest.postsEachEntryOnce(PostingConcurrencyTest.java:71)",
 "[ERROR] Tests run: 22, Failures: 1, Errors: 0, Skipped: 0", ""])),
("dns_right_internal_name_nosuchhost", "not_real", J([
 "go: downloading git.internal.brackwater.example/platform/auth v1.4.2",
 "go: git.internal.brackwater.example/platform/auth@v1.4.2: Get \"https://git.internal.brackwater.example/platform/auth/@v/v1.4.2.mod\": dial tcp: lookup git.internal.brackwater.example on 10.0.0.2:53: no such host",
 _GHA, ""])),
("npm_intenral_enotfound", "not_transient", J([
 "npm ERR! code ENOTFOUND",
 "npm ERR! syscall getaddrinfo",
 "npm ERR! errno ENOTFOUND",
 "npm ERR! network request to https://npm.intenral.brackwater.example/@bw%2fui failed, reason: getaddrinfo ENOTFOUND npm.intenral.brackwater.example",
 _GHA, ""])),
("rg_service_log_upstream_reset", "not_real", J([
 "+ ./scripts/smoke.sh",
 "smoke: GET /healthz -> 503 after 60s",
 "+ rg -n 'upstream' logs/envoy.log",
 "logs/envoy.log:88:upstream connect error or disconnect/reset before headers. reset reason: connection timeout",
 "logs/envoy.log:91:upstream connect error or disconnect/reset before headers. reset reason: connection timeout",
 _GHA, ""])),
("tied_records_sorted_by_id_in_passing_line_only", "not_real", J([
 "tests/test_feed.py::test_sort_by_id PASSED                              [ 40%]",
 "tests/test_feed.py::test_newest_first FAILED                            [ 41%]",
 "________________________________ test_newest_first ________________________________",
 ">       assert feed.latest() == expected",
 "E       AssertionError: assert [{'id': 8, 'at': '2026-12-05T10:14:03.512000'}, {'id': 7, 'at': '2026-12-05T10:14:03.512000'}] == [{'id': 7, 'at': '2026-12-05T10:14:03.512000'}, {'id': 8, 'at': '2026-12-05T10:14:03.512000'}]",
 "FAILED tests/test_feed.py::test_newest_first - AssertionError: assert [{'id': 8, 'at': '2026-12-05T10:14:03.512000'}, {'id': 7, 'at': '2026-12-05T10:14:03.512000'}] == [{'id': 7, 'at': '2026-12-05T10:14:03.512000'}, {'id': 8, 'at': '2026-12-05T10:14:03.512000'}]",
 "==================== 1 failed, 88 passed in 3.02s ====================", ""])),
("webmock_frame_then_real_outage_same_step_no_echo", "not_transient", J([
 "Failures:",
 "  1) Billing::Client raises on a timeout",
 "     Failure/Error: expect { client.charge(10) }.to raise_error(Billing::Timeout)",
 "       expected Billing::Timeout, got #<Net::OpenTimeout: execution expired> with backtrace:",
 "         # /usr/local/bundle/gems/webmock-3.23.1/lib/webmock/http_lib_adapters/net_http.rb:109:in `request'",
 "         # ./lib/billing/client.rb:30:in `charge'",
 "     # ./spec/billing/client_spec.rb:22:in `block (2 levels) in <top (required)>'",
 "Finished in 2.1 seconds (files took 1.2 seconds to load)",
 "40 examples, 1 failure",
 "ERROR: Job failed: exit code 1", ""])),
("mocha_chai_below_elapsed_little_over", "transient", J([
 "  1) exporter",
 "       writes the archive quickly:",
 "     AssertionError: expected 1180 to be below 1000",
 "      at Context.<anonymous> (test/exporter.spec.js:40:33)",
 "      // expect(elapsedMs).to.be.below(1000)",
 "  88 passing (6s)",
 "  1 failing", ""])),
("mocha_chai_below_elapsed_twentyfold", "not_transient", J([
 "  1) exporter",
 "       writes the archive quickly:",
 "     AssertionError: expected 21180 to be below 1000",
 "      at Context.<anonymous> (test/exporter.spec.js:40:33)",
 "      // expect(elapsedMs).to.be.below(1000)",
 "  88 passing (26s)",
 "  1 failing", ""])),
]

LEFT: dict[str, str] = {
    "go_timeout_config_parsed_within_words": ("LEFT: a Go test of a configured idle timeout printing 'idle timeout after 90s, "
                                              "expected within 60s' reads test-timeout and timing-sensitive-test (at the "
                                              "base too): a wait's words on a parsed setting"),
    "migration_error_then_did_not_complete_within": ("LEFT: a migration script's 'did not complete within 30s' under the "
                                                     "migration's own SQL error reads a time-out (test-timing at the base, "
                                                     "test-timeout now)"),
    "pytest_within_a_second_config_ttl": ("LEFT: a test named 'within a second' comparing a configured ttl_seconds "
                                          "(assert 1.5 <= 1.0, the value a field of the object pytest shows) reads a "
                                          "measured time near its bound (at the base too)"),
}

_ALLOWED = {"transient": {"transient"}, "real": {"real"}, "not_transient": {"real", "unknown"},
            "not_real": {"transient", "unknown"}}


def test_case_ids_are_unique():
    assert_unique_ids(CASES)


@pytest.mark.parametrize(("expected", "log"), [
    pytest.param(expected, log, id=cid,
                 marks=[pytest.mark.xfail(strict=True, reason=LEFT[cid])] if cid in LEFT else [])
    for cid, expected, log in CASES])
def test_review30_c(expected, log):
    v = judge(log)
    assert v.verdict in _ALLOWED[expected], (v.verdict, v.confidence, v.rationale)


def test_heap_growth_not_read_on_a_later_steps_out_of_memory():
    """Jest's heap reports rose, the suite passed, and the build after it ran out of heap: no heap the test files kept."""
    log = dict((c[0], c[2]) for c in CASES)["jest_heap_grows_tests_pass_build_oom_later"]
    assert "jest-heap-grows-every-file" not in signatures(judge(log))
