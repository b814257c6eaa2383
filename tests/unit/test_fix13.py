"""Fix 13: three misreads the thirteenth round's reviews found in older entries.

1. timing-sensitive-test: a test named for a timeout, deadline, delay, timer or sleep that fails on a
   plain comparison of two strings that are not times (pytest's full report and its truncated summary,
   unittest's assertEqual, JUnit's expected/but was, Go's got/want with longer texts): the text the code
   builds, the same on every run. Strings holding a time, and names about races or concurrency, keep
   the transient reading.
2. connection-refused: a refusal on a loopback address after the log shows the local server itself
   exiting non-zero or crashing on a deterministic error (a module it cannot find, a syntax error):
   nothing was going to listen there. A service that was simply not up yet stays transient.
3. cloud-throttled: Hypothesis's own DeadlineExceeded ("Test took ...ms") is no cloud API's deadline.

Every log here is made up for the test."""

from __future__ import annotations

import pytest
from judging import assert_unique_ids, logs, not_surely_transient, reads, signatures

_EXIT = "##[error]Process completed with exit code 1.\n"
_PYTEST_END = "========= 1 failed, 80 passed in 3.10s =========\n" + _EXIT

# ---------------------------------------------------------------- 1. timing-sensitive-test
TIMING_REAL: list[tuple[str, str]] = [
    # pytest's full report of a message under a name about deadlines (the review's own example)
    ('tst-deadline-name-pytest-report-str',
     "tests/test_jobs.py::test_reports_deadline FAILED\n\n=================================== FAILURES ===================================\n____________________________ test_reports_deadline _____________________________\n\n    def test_reports_deadline():\n>       assert report(job) == 'deadline exceeded for job 42'\nE       AssertionError: assert 'deadline exceeded for job 4' == 'deadline exceeded for job 42'\nE         - deadline exceeded for job 42\nE         + deadline exceeded for job 4\n\ntests/test_jobs.py:30: AssertionError\n" + _PYTEST_END),
    # pytest's short summary cut at the terminal's width, under a name about sleep
    ('tst-sleep-name-pytest-summary-truncated',
     "tests/test_power.py::test_sleep_notice FAILED\n=========================== short test summary info ============================\nFAILED tests/test_power.py::test_sleep_notice - AssertionError: assert 'Device will enter standby when the transfer completes' == 'Device will en...\n" + _PYTEST_END),
    # pytest's summary of two texts longer than round 12's 80 characters, under a name about timers
    ('tst-timer-name-pytest-summary-long-str',
     "FAILED tests/test_ui.py::test_timer_tooltip - AssertionError: assert 'Click to pause the countdown for this recipe card and keep the kitchen display open' == 'Click to pause the countdown for this recipe card'\n" + _PYTEST_END),
    # unittest's assertEqual of two texts, under a name about timeouts
    ('tst-timeout-name-unittest-str',
     "test_timeout_error_text (tests.test_client.ClientTest) ... FAIL\n\n======================================================================\nFAIL: test_timeout_error_text (tests.test_client.ClientTest)\n----------------------------------------------------------------------\nTraceback (most recent call last):\n  File \"/app/tests/test_client.py\", line 30, in test_timeout_error_text\n    self.assertEqual(str(err), 'Upstream did not answer; please retry later')\nAssertionError: 'Upstream did not answer, please retry later' != 'Upstream did not answer; please retry later'\n\n----------------------------------------------------------------------\nRan 80 tests in 0.412s\n\nFAILED (failures=1)\n" + _EXIT),
    # JUnit 5's expected/but was of texts with punctuation round 12 did not read, under a name about delays
    ('tst-delay-name-junit-str-punct',
     "NoticeTest > rendersDelayBanner() FAILED\n    org.opentest4j.AssertionFailedError: expected: <Your order (#4411) is on its way, sorry for the wait!> but was: <Your order (#4411) is on its way!>\n        at app//org.junit.jupiter.api.AssertionUtils.fail(AssertionUtils.java:55)\n\n40 tests completed, 1 failed\n\nFAILURE: Build failed with an exception.\n"),
    # Go's got/want of two texts longer than 80 characters, under a name about timeouts
    ('tst-timeout-name-go-long-str',
     "--- FAIL: TestTimeoutErrorMessage (0.00s)\n    errors_test.go:41: msg = \"upstream gateway did not answer in time; the request was not retried because it is not idempotent\", want \"upstream gateway did not answer in time; the request was not retried\"\nFAIL\nFAIL\texample.com/gw\t0.01s\n" + _EXIT),
    # pytest's report with double-quoted reprs (a quote inside), under a name about delays
    ('tst-delay-name-pytest-report-dq',
     "tests/test_mail.py::test_delayed_subject FAILED\n\n___________________________ test_delayed_subject ____________________________\n\n>       assert subject(msg) == \"Your parcel's delivery has moved\"\nE       assert \"Your parcel's delivery was moved\" == \"Your parcel's delivery has moved\"\nE         - Your parcel's delivery has moved\nE         + Your parcel's delivery was moved\n\ntests/test_mail.py:12: AssertionError\n" + _PYTEST_END),
]

# The readings that stay: strings that are times, and names about races or concurrency.
TIMING_TRANSIENT: list[tuple[str, str]] = [
    # guard: a timer test comparing the clock times it fired at
    ('guard-tst-timer-name-pytest-report-clock-times',
     "tests/test_sched.py::test_timer_fires_on_schedule FAILED\n\n_______________________ test_timer_fires_on_schedule ________________________\n\n>       assert fired_at() == 'fired at 10:00:02 (tick 3)'\nE       AssertionError: assert 'fired at 10:00:03 (tick 3)' == 'fired at 10:00:02 (tick 3)'\nE         - fired at 10:00:02 (tick 3)\nE         + fired at 10:00:03 (tick 3)\n\ntests/test_sched.py:20: AssertionError\n" + _PYTEST_END),
    # guard: a delay test comparing the elapsed times it measured
    ('guard-tst-delay-name-unittest-elapsed',
     "test_retry_delay_grows (tests.test_backoff.BackoffTest) ... FAIL\n\n======================================================================\nFAIL: test_retry_delay_grows (tests.test_backoff.BackoffTest)\n----------------------------------------------------------------------\nTraceback (most recent call last):\n  File \"/app/tests/test_backoff.py\", line 30, in test_retry_delay_grows\n    self.assertEqual(waited(), 'waited 1.50 seconds in total')\nAssertionError: 'waited 1.73 seconds in total' != 'waited 1.50 seconds in total'\n\n----------------------------------------------------------------------\nRan 80 tests in 3.412s\n\nFAILED (failures=1)\n" + _EXIT),
    # guard: a deadline test whose texts hold durations (JUnit)
    ('guard-tst-deadline-name-junit-durations',
     "LeaseTest > expiresAfterDeadline() FAILED\n    org.opentest4j.AssertionFailedError: expected: <lease expired after 500ms (renewed twice)> but was: <lease expired after 730ms (renewed twice)>\n        at app//org.junit.jupiter.api.AssertionUtils.fail(AssertionUtils.java:55)\n\n40 tests completed, 1 failed\n\nFAILURE: Build failed with an exception.\n"),
    # guard: a name about concurrency keeps the old reading, whatever the texts
    ('guard-tst-concurrent-timeout-name-pytest-report-str',
     "tests/test_queue.py::test_concurrent_timeout_state FAILED\n\n_____________________ test_concurrent_timeout_state ______________________\n\n>       assert q.state == 'drained and closed by the consumer'\nE       AssertionError: assert 'closed by the producer' == 'drained and closed by the consumer'\nE         - drained and closed by the consumer\nE         + closed by the producer\n\ntests/test_queue.py:44: AssertionError\n" + _PYTEST_END),
    # guard: a name about threads keeps the old reading in unittest too
    ('guard-tst-thread-sleep-name-unittest-str',
     "test_thread_sleep_wakeup (tests.test_worker.WorkerTest) ... FAIL\n\n======================================================================\nFAIL: test_thread_sleep_wakeup (tests.test_worker.WorkerTest)\n----------------------------------------------------------------------\nTraceback (most recent call last):\n  File \"/app/tests/test_worker.py\", line 30, in test_thread_sleep_wakeup\n    self.assertEqual(w.status, 'woken by the signal')\nAssertionError: 'still asleep' != 'woken by the signal'\n\n----------------------------------------------------------------------\nRan 80 tests in 0.412s\n\nFAILED (failures=1)\n" + _EXIT),
    # guard: the timeout test raised its timeout (pytest's full report)
    ('guard-tst-timeout-name-pytest-report-raised',
     "tests/test_client.py::test_read_timeout_recovers FAILED\n\n_______________________ test_read_timeout_recovers ________________________\n\n>       resp = client.get('/slow')\nE       TimeoutError: timed out\n\ntests/test_client.py:12: TimeoutError\n" + _PYTEST_END),
]

# ---------------------------------------------------------------- 2. connection-refused
REFUSED_REAL: list[tuple[str, str]] = [
    # concurrently's API server cannot load a module, then the dev proxy finds nothing on its port
    ('refused-loopback-after-cannot-find-module',
     "[api] > node server/index.js\n[api] Error: Cannot find module './controllers/todos'\n[api] Require stack:\n[api] - /app/server/index.js\n[api] node server/index.js exited with code 1\n[web] [HPM] Error occurred while proxying request localhost:3000/api/todos to http://localhost:4000/ [ECONNREFUSED]\n  1) todo list\n       renders the items:\n     AssertionError: expected 0 to equal 3\n  1 failing\n" + _EXIT),
    # the backend's syntax error, then the end-to-end test's refused connection to it
    ('refused-loopback-after-syntax-error',
     "[server] /app/src/app.js:41\n[server] });\n[server] ^\n[server] SyntaxError: Unexpected token '}'\n[server] npm run serve exited with code 1\n[e2e] Error: connect ECONNREFUSED 127.0.0.1:8080\n[e2e]     at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1555:16)\n[e2e] 1 failing\n" + _EXIT),
    # compose: the app container exits on its own import, the test runner is refused on localhost
    ('refused-loopback-after-container-import-error',
     "app-1  | Traceback (most recent call last):\napp-1  |   File \"/srv/app/main.py\", line 3, in <module>\napp-1  | ModuleNotFoundError: No module named 'app.settings_ci'\napp-1 exited with code 1\nError: connect ECONNREFUSED 127.0.0.1:8000\n    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1555:16)\nTests:       4 failed, 4 total\n" + _EXIT),
]

REFUSED_TRANSIENT: list[tuple[str, str]] = [
    # guard: the database service still starting, nothing crashed
    ('guard-refused-loopback-db-starting',
     "Run npm run test:int\n FAIL  test/orders.int.test.js\n    Error: connect ECONNREFUSED 127.0.0.1:5432\n        at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1555:16)\nTests:       3 failed, 3 total\n" + _EXIT),
    # guard: a wait script gave the cache up, then the tests were refused
    ('guard-refused-loopback-after-wait-script',
     "Run ./scripts/wait-for.sh localhost:6379 -t 30\nwait-for.sh: waiting 30 seconds for localhost:6379\nwait-for.sh: timeout occurred after waiting 30 seconds for localhost:6379\nRun npm test\n    Error: connect ECONNREFUSED 127.0.0.1:6379\n        at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1555:16)\nTests:       2 failed, 2 total\n" + _EXIT),
    # guard: the refusal comes first and the runner's exit after it is only its consequence
    ('guard-refused-loopback-then-exited',
     "[e2e] Error: connect ECONNREFUSED 127.0.0.1:5432\n[e2e]     at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1555:16)\n[e2e] 1 failing\n[e2e] npm run test:e2e exited with code 1\n" + _EXIT),
    # guard: a local process that exited cleanly (code 0) before a database refusal
    ('guard-refused-loopback-after-clean-exit',
     "[migrate] applied 12 migrations\n[migrate] npm run migrate exited with code 0\n[test] Error: connect ECONNREFUSED 127.0.0.1:5432\n[test]     at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1555:16)\n[test] Tests:       2 failed, 2 total\n" + _EXIT),
]

# ---------------------------------------------------------------- 3. cloud-throttled
HYPOTHESIS: list[tuple[str, str]] = [
    # pytest's summary cut short beside another test's own failure
    ('hyp-deadline-truncated-summary-plus-assert',
     "FAILED tests/test_enc.py::test_encode - assert 3 == 4\nFAILED tests/test_enc.py::test_big - hypothesis.errors.DeadlineExceeded: Test took 412.33ms, which...\n2 failed, 30 passed in 4.20s\n" + _EXIT),
    # the bare exception name (imported from hypothesis.errors) beside another test's failure
    ('hyp-deadline-bare-name-plus-assert',
     "_____ test_big _____\nE   DeadlineExceeded: Test took 1520.07ms, which exceeds the deadline of 200.00ms\nFAILED tests/test_enc.py::test_encode - assert 3 == 4\nFAILED tests/test_enc.py::test_big - DeadlineExceeded: Test took 1520.07ms, which exceed...\n2 failed, 30 passed in 4.20s\n" + _EXIT),
    # Hypothesis's raise line quoted in the traceback, beside another test's failure
    ('hyp-deadline-raise-line-plus-assert',
     "E   assert 3 == 4\nFAILED tests/test_enc.py::test_encode - assert 3 == 4\n        raise DeadlineExceeded(\nE       hypothesis.errors.DeadlineExceeded: Test took 412.33ms, which exceeds the deadline of 200.00ms\n2 failed, 30 passed in 4.20s\n" + _EXIT),
]

CLOUD_TRANSIENT: list[tuple[str, str]] = [
    # guard: a gRPC deadline from a cloud API stays a throttle
    ('guard-cloud-grpc-deadline-exceeded',
     "Run python scripts/publish.py\nTraceback (most recent call last):\n  File \"/app/scripts/publish.py\", line 20, in <module>\n    publisher.publish(topic, data).result()\ngoogle.api_core.exceptions.DeadlineExceeded: 504 Deadline Exceeded\n" + _EXIT),
    # guard: a Go gRPC client's status
    ('guard-cloud-grpc-code-deadline',
     "Run go run ./cmd/upload\n2024/05/02 10:00:01 upload failed: rpc error: code = DeadlineExceeded desc = context deadline exceeded\nexit status 1\n" + _EXIT),
]


@pytest.mark.parametrize("log", logs(TIMING_REAL))
def test_timing_named_test_failing_on_plain_texts_reads_real(log):
    reads(log, "real")


@pytest.mark.parametrize("log", logs(TIMING_TRANSIENT))
def test_timing_named_test_guards_stay_transient(log):
    v = reads(log, "transient")
    assert "timing-sensitive-test" in signatures(v)


@pytest.mark.parametrize("log", logs(REFUSED_REAL))
def test_loopback_refusal_after_the_local_server_crashed_reads_real(log):
    v = reads(log, "real")
    assert "connection-refused" not in signatures(v)


@pytest.mark.parametrize("log", logs(REFUSED_TRANSIENT))
def test_loopback_refusal_of_a_service_not_up_stays_transient(log):
    v = reads(log, "transient")
    assert "connection-refused" in signatures(v)


@pytest.mark.parametrize("log", logs(HYPOTHESIS))
def test_hypothesis_deadline_is_no_cloud_throttle(log):
    v = not_surely_transient(log)
    assert "cloud-throttled" not in signatures(v)


@pytest.mark.parametrize("log", logs(CLOUD_TRANSIENT))
def test_cloud_deadlines_stay_throttles(log):
    v = reads(log, "transient")
    assert "cloud-throttled" in signatures(v)


def test_case_ids_are_unique():
    assert_unique_ids(TIMING_REAL, TIMING_TRANSIENT, REFUSED_REAL, REFUSED_TRANSIENT, HYPOTHESIS, CLOUD_TRANSIENT)

