"""Thirtieth round, hold30: causes behind the misses of a made-up probe set, each read in general forms.

(1) A network word inside a test's compared text, on the framework's labelled line (xUnit's Assert.Contains "String:" /
"Not found:", Jest's "Received string:"): the test's value (fragment assert_compared_string_line). (2) A test's report
that the 5xx exception it expected was not raised ("DID NOT RAISE <class '...BadGateway'>", JUnit's "Expected
...ServiceUnavailableException to be thrown, but nothing was thrown"): http-5xx and cloud-throttled pass it over. (3) A 5xx
the test's own HTTP fixture was set to answer (responses, nock, httpx_mock in the quoted source) or a failing test named
for that status: the test's subject (fragment test_own_5xx_fixture, http-5xx's and cloud-throttled's unless_log, which now
reads the whole log for a failed test's message too). (4) A Rust test named for a timeout failing on assert_eq of two
values that are no times (review 12e's rule in libtest's form); a flag (true/false, None/Some) keeps the name's reading.
(5) GitLab Runner's Kubernetes pod "is disrupted: reason ..." and GoCD's "agent '...' went missing". (6) Go's got/want of
two slices holding the same items in another order, and a failed test's message that repeats the log line the order
reading took.

Every log line here is made up (hosts, paths, packages, test names); no project's CI log is copied.
"""

from __future__ import annotations

import pytest
from judging import judge

# --- (1) a network word inside a compared text's labelled line (xUnit's String: / Not found:) ------------
_ASSERTION_VALUE_CASES = [
    ('c1a', 'real', (
        '  Failed Harbor.Net.Tests.DialerTests.ReportsRefusedPort [5 ms]\n'
        '  Error Message:\n'
        '   Assert.Contains() Failure: Sub-string not found\n'
        'String:    "dial 10.0.0.5:7000 failed: connection refused"\n'
        'Not found: "Connection refused (10.0.0.5:7000)"\n'
        '  Stack Trace:\n'
        '     at Harbor.Net.Tests.DialerTests.ReportsRefusedPort() in /src/tests/DialerTests.cs:line 44\n'
        'Failed!  - Failed:     1, Passed:   210, Skipped:     0, Total:   211\n'
        "##[error]Error: The process '/usr/bin/dotnet' failed with exit code 1\n"
    ), []),
]

_ASSERTION_VALUE_NEAR_MISSES = [
    ('c1t1', 'transient', (
        '  Failed Harbor.Net.Tests.IntegrationTests.FetchesCatalog [21 s]\n'
        '  Error Message:\n'
        '   System.Net.Http.HttpRequestException : Connection refused (catalog.internal.harbor.io:443)\n'
        '---- System.Net.Sockets.SocketException : Connection refused\n'
        '  Stack Trace:\n'
        '     at Harbor.Net.Tests.IntegrationTests.FetchesCatalog() in /src/tests/IntegrationTests.cs:line 19\n'
        'Failed!  - Failed:     1, Passed:   210, Skipped:     0, Total:   211\n'
    ), []),
    ('c1t2', 'transient', (
        '[Step 2/3] Failed Lark.Http.Tests.LiveTests.PingsBilling [30 s]\n'
        '[Step 2/3]   Error Message:\n'
        '[Step 2/3]    System.Net.Http.HttpRequestException : Connection refused (billing.lark-internal.net:443)\n'
        '[Step 2/3] Failed!  - Failed:     1, Passed:    40, Skipped:     0, Total:    41\n'
    ), []),
]


@pytest.mark.parametrize(("case_id", "label", "log", "failed_tests"), _ASSERTION_VALUE_CASES, ids=[c[0] for c in _ASSERTION_VALUE_CASES])
def test_assertion_value_reads_its_label(case_id, label, log, failed_tests):
    v = judge(log, failed_tests=failed_tests)
    assert v.verdict == label, v.rationale


@pytest.mark.parametrize(("case_id", "label", "log", "failed_tests"), _ASSERTION_VALUE_NEAR_MISSES,
                         ids=[c[0] for c in _ASSERTION_VALUE_NEAR_MISSES])
def test_assertion_value_near_miss_guard_keeps_its_reading(case_id, label, log, failed_tests):
    """Near-miss guard (passes at the base too): the twin whose sign is the job's own keeps its label, or at least is
    not read the other way; or a form of the same cause the base already read (kept as it is)."""
    v = judge(log, failed_tests=failed_tests)
    assert v.verdict == label or (label == "real" and v.verdict == "unknown"), v.rationale


# --- (2) an expected 5xx exception not raised ------------------------------------------------------------
_EXPECTED_5XX_RAISE_CASES = [
    ('c2a', 'real', (
        '    def test_raises_bad_gateway_on_502(mock_upstream):\n'
        '        mock_upstream.reply(200, b"ok")\n'
        '>       with pytest.raises(BadGateway):\n'
        "E       Failed: DID NOT RAISE <class 'relay.errors.BadGateway'>\n"
        '\n'
        'tests/test_relay.py:77: Failed\n'
        '=========================== short test summary info ============================\n'
        "FAILED tests/test_relay.py::test_raises_bad_gateway_on_502 - Failed: DID NOT RAISE <class 'relay.errors.BadGateway'>\n"
        '============== 1 failed, 120 passed in 6.02s ==============\n'
        'The command "pytest" exited with 1.\n'
    ), []),
]

_EXPECTED_5XX_RAISE_NEAR_MISSES = [
    ('c2b', 'real', (
        'GatewayClientTest > throwsOnServiceUnavailable() FAILED\n'
        '    org.opentest4j.AssertionFailedError: Expected com.kestrel.http.ServiceUnavailableException to be thrown, but nothing was thrown.\n'
        '        at app//org.junit.jupiter.api.AssertThrows.assertThrows(AssertThrows.java:71)\n'
        '        at app//com.kestrel.http.GatewayClientTest.throwsOnServiceUnavailable(GatewayClientTest.java:58)\n'
        '\n'
        '42 tests completed, 1 failed\n'
        '> Task :http:test FAILED\n'
        'Error: Process completed with exit code 1.\n'
    ), []),
    ('c2c', 'real', (
        '  1) Courier::Client raises on a gateway timeout\n'
        '     Failure/Error: expect { client.deliver(parcel) }.to raise_error(Courier::GatewayTimeout)\n'
        '       expected Courier::GatewayTimeout but nothing was raised\n'
        "     # ./spec/courier/client_spec.rb:61:in `block (2 levels) in <top (required)>'\n"
        '\n'
        'Finished in 1.2 seconds\n'
        '48 examples, 1 failure\n'
        '🚨 Error: The command exited with status 1\n'
    ), []),
    ('c2t1', 'transient', (
        'Fetching gem metadata from https://rubygems.org/.......\n'
        'Octokit::ServiceUnavailable: GET https://api.github.com/repos/courier/app/releases: 503 - Service Unavailable\n'
        "/usr/local/bundle/gems/octokit-6.1.1/lib/octokit/response/raise_error.rb:14:in `on_complete'\n"
        'rake aborted!\n'
        '🚨 Error: The command exited with status 1\n'
    ), []),
    ('c2t2', 'transient', (
        'E   relay.errors.BadGateway: POST https://hooks.partner-relay.net/v2/push answered 502 Bad Gateway\n'
        'src/relay/push.py:61: BadGateway\n'
        'FAILED tests/integration/test_push.py::test_push_live - relay.errors.BadGateway: POST https://hooks.partner-relay.net/v2/push answered 502 Bad Gateway\n'
        '======= 1 failed, 30 passed in 12.70s =======\n'
    ), []),
]


@pytest.mark.parametrize(("case_id", "label", "log", "failed_tests"), _EXPECTED_5XX_RAISE_CASES, ids=[c[0] for c in _EXPECTED_5XX_RAISE_CASES])
def test_expected_5xx_raise_reads_its_label(case_id, label, log, failed_tests):
    v = judge(log, failed_tests=failed_tests)
    assert v.verdict == label, v.rationale


@pytest.mark.parametrize(("case_id", "label", "log", "failed_tests"), _EXPECTED_5XX_RAISE_NEAR_MISSES,
                         ids=[c[0] for c in _EXPECTED_5XX_RAISE_NEAR_MISSES])
def test_expected_5xx_raise_near_miss_guard_keeps_its_reading(case_id, label, log, failed_tests):
    """Near-miss guard (passes at the base too): the twin whose sign is the job's own keeps its label, or at least is
    not read the other way; or a form of the same cause the base already read (kept as it is)."""
    v = judge(log, failed_tests=failed_tests)
    assert v.verdict == label or (label == "real" and v.verdict == "unknown"), v.rationale


# --- (3) a 5xx the test's own fixture served, or a failing test named for the status ---------------------
_OWN_5XX_FIXTURE_CASES = [
    ('c3a', 'real', (
        'FAILED tests/test_quotes.py::test_uses_stale_quote_when_feed_returns_502 - quotes.feed.FeedError: feed returned 502\n'
        '    def test_uses_stale_quote_when_feed_returns_502(responses, store):\n'
        '        store.put("EURUSD", 1.08)\n'
        '        responses.add(responses.GET, FEED_URL, status=502)\n'
        '>       assert latest("EURUSD") == 1.08\n'
        '\n'
        'tests/test_quotes.py:40:\n'
        'src/quotes/feed.py:22: in latest\n'
        '    raise FeedError(f"feed returned {r.status_code}")\n'
        'E   quotes.feed.FeedError: feed returned 502\n'
        '======= 1 failed, 98 passed in 3.10s =======\n'
        'Error: Process completed with exit code 1.\n'
    ), []),
    ('c3b', 'real', (
        '  ● inventory client › falls back to cache on 503\n'
        '\n'
        '    Error: Request failed with status code 503\n'
        '\n'
        '      12 |   it("falls back to cache on 503", async () => {\n'
        '      13 |     nock("https://stock.example.test").get("/items/7").reply(503);\n'
        '    > 14 |     await expect(getItem(7)).resolves.toEqual(cached);\n'
        '         |           ^\n'
        '\n'
        '      at settle (node_modules/axios/lib/core/settle.js:19:12)\n'
        '\n'
        'Tests:       1 failed, 51 passed, 52 total\n'
        'ERROR: Job failed: exit code 1\n'
    ), []),
    ('c3c', 'real', (
        '=== RUN   TestFetch_ServesStaleOn503\n'
        '    fetch_test.go:52: fetch: upstream returned 503 Service Unavailable\n'
        '--- FAIL: TestFetch_ServesStaleOn503 (0.00s)\n'
        'FAIL\n'
        'FAIL\tgit.example.org/tern/cache\t0.019s\n'
        'script returned exit code 1\n'
    ), []),
    ('c3d', 'real', (
        '  1) Weather::Client serves the last reading when the API returns 503\n'
        '     Failure/Error: raise UpstreamError, "weather api returned #{res.code}"\n'
        '\n'
        '     Weather::UpstreamError:\n'
        '       weather api returned 503\n'
        "     # ./lib/weather/client.rb:27:in `current'\n"
        "     # ./spec/weather/client_spec.rb:18:in `block (2 levels) in <top (required)>'\n"
        '     # stub_request(:get, /api.weather.test/).to_return(status: 503)\n'
        '\n'
        '14 examples, 1 failure\n'
    ), []),
]

_OWN_5XX_FIXTURE_NEAR_MISSES = [
    ('c3t1', 'transient', (
        'FAILED tests/integration/test_sync.py::test_sync_prices - prices.feed.FeedError: feed returned 502\n'
        '    def test_sync_prices(live_feed):\n'
        '>       sync_all(live_feed)\n'
        '\n'
        'src/prices/feed.py:22: in sync_all\n'
        '    raise FeedError(f"feed returned {r.status_code}")\n'
        'E   prices.feed.FeedError: feed returned 502\n'
        '======= 1 failed, 98 passed in 33.10s =======\n'
        'Error: Process completed with exit code 1.\n'
    ), []),
    ('c3t2', 'transient', (
        '    def test_sync_uses_feed(responses):\n'
        '        responses.add(responses.GET, AUTH_URL, status=200, json={"token": "t"})\n'
        '>       sync_all()\n'
        '\n'
        'src/prices/feed.py:22: in sync_all\n'
        '    r.raise_for_status()\n'
        'E   requests.exceptions.HTTPError: 503 Server Error: Service Unavailable for url: https://feed.pricewire.example.com/v1/quotes\n'
        '======= 1 failed, 98 passed in 3.10s =======\n'
    ), []),
]


@pytest.mark.parametrize(("case_id", "label", "log", "failed_tests"), _OWN_5XX_FIXTURE_CASES, ids=[c[0] for c in _OWN_5XX_FIXTURE_CASES])
def test_own_5xx_fixture_reads_its_label(case_id, label, log, failed_tests):
    v = judge(log, failed_tests=failed_tests)
    assert v.verdict == label, v.rationale


@pytest.mark.parametrize(("case_id", "label", "log", "failed_tests"), _OWN_5XX_FIXTURE_NEAR_MISSES,
                         ids=[c[0] for c in _OWN_5XX_FIXTURE_NEAR_MISSES])
def test_own_5xx_fixture_near_miss_guard_keeps_its_reading(case_id, label, log, failed_tests):
    """Near-miss guard (passes at the base too): the twin whose sign is the job's own keeps its label, or at least is
    not read the other way; or a form of the same cause the base already read (kept as it is)."""
    v = judge(log, failed_tests=failed_tests)
    assert v.verdict == label or (label == "real" and v.verdict == "unknown"), v.rationale


# --- (4) a timeout-named Rust test failing on assert_eq of two values that are no times ------------------
_TIMEOUT_NAME_VALUES_CASES = [
    ('c4b', 'real', (
        'test retry::tests::deadline_exceeded_maps_to_retryable ... FAILED\n'
        '\n'
        'failures:\n'
        '\n'
        '---- retry::tests::deadline_exceeded_maps_to_retryable stdout ----\n'
        "thread 'retry::tests::deadline_exceeded_maps_to_retryable' panicked at 'assertion failed: `(left == right)`\n"
        '  left: `Fatal`,\n'
        " right: `Retryable`', src/retry.rs:90:5\n"
        '\n'
        'test result: FAILED. 11 passed; 1 failed; 0 ignored; 0 measured; 0 filtered out; finished in 0.00s\n'
        'error: test failed, to rerun pass `--lib`\n'
    ), []),
]

_TIMEOUT_NAME_VALUES_NEAR_MISSES = [
    ('c4t1', 'transient', (
        'test conn::tests::idle_timeout_closes_channel ... FAILED\n'
        '\n'
        'failures:\n'
        '\n'
        '---- conn::tests::idle_timeout_closes_channel stdout ----\n'
        "thread 'conn::tests::idle_timeout_closes_channel' panicked at src/conn.rs:240:9:\n"
        'channel still open after 250ms (elapsed 612ms)\n'
        '\n'
        'test result: FAILED. 30 passed; 1 failed; 0 ignored; 0 measured; 0 filtered out; finished in 0.62s\n'
    ), []),
    ('c4t2', 'transient', (
        'test sched::tests::timer_fires_after_delay ... FAILED\n'
        '\n'
        'failures:\n'
        '\n'
        '---- sched::tests::timer_fires_after_delay stdout ----\n'
        "thread 'sched::tests::timer_fires_after_delay' panicked at src/sched.rs:88:9:\n"
        'assertion `left == right` failed\n'
        '  left: false\n'
        ' right: true\n'
        '\n'
        'test result: FAILED. 40 passed; 1 failed; 0 ignored; 0 measured; 0 filtered out; finished in 0.31s\n'
    ), []),
]


@pytest.mark.parametrize(("case_id", "label", "log", "failed_tests"), _TIMEOUT_NAME_VALUES_CASES, ids=[c[0] for c in _TIMEOUT_NAME_VALUES_CASES])
def test_timeout_name_values_reads_its_label(case_id, label, log, failed_tests):
    v = judge(log, failed_tests=failed_tests)
    assert v.verdict == label, v.rationale


@pytest.mark.parametrize(("case_id", "label", "log", "failed_tests"), _TIMEOUT_NAME_VALUES_NEAR_MISSES,
                         ids=[c[0] for c in _TIMEOUT_NAME_VALUES_NEAR_MISSES])
def test_timeout_name_values_near_miss_guard_keeps_its_reading(case_id, label, log, failed_tests):
    """Near-miss guard (passes at the base too): the twin whose sign is the job's own keeps its label, or at least is
    not read the other way; or a form of the same cause the base already read (kept as it is)."""
    v = judge(log, failed_tests=failed_tests)
    assert v.verdict == label or (label == "real" and v.verdict == "unknown"), v.rationale


# --- (5) the CI system's pod disrupted or agent gone missing ---------------------------------------------
_RUNNER_LOST_CASES = [
    ('c5a', 'transient', (
        '$ go test ./...\n'
        'ok  \texample.org/heron/api\t2.114s\n'
        'ERROR: Job failed: pod "runner-ab12cd3-project-88-concurrent-0-xk2lq" is disrupted: reason "EvictionByEvictionAPI", message "Eviction API: evicting"\n'
    ), []),
    ('c5c', 'transient', (
        '[go] Start to execute task: <exec command="./gradlew" ><arg>check</arg></exec>.\n'
        '> Task :core:compileJava\n'
        "[go] Job failed: agent 'build-agent-07' went missing. Last heard from at 2023-03-02 11:20:04 UTC.\n"
        '[go] Current job status: failed\n'
    ), []),
    ('c5e', 'transient', (
        '[go] Start to execute task: <exec command="tox" ></exec>.\n'
        'py311: commands[0]> pytest -q\n'
        '[go] Job failed: agent "agent-linux-12.ci.internal" went missing. Last heard from at 2024-05-11 04:02:51 UTC.\n'
    ), []),
]

_RUNNER_LOST_NEAR_MISSES = [
    ('c5t1', 'real', (
        '$ go vet ./...\n'
        'api/handler.go:41:2: unreachable code\n'
        'ERROR: Job failed: exit code 1\n'
    ), []),
    ('c5t2', 'real', (
        '$ go test ./...\n'
        'ERROR: Job failed: pod "runner-ab12cd3-project-88-concurrent-0-xk2lq" is disrupted: reason "TerminationByKubelet", message "Pod ephemeral local storage usage exceeds the total limit of containers 2Gi. "\n'
    ), []),
]


@pytest.mark.parametrize(("case_id", "label", "log", "failed_tests"), _RUNNER_LOST_CASES, ids=[c[0] for c in _RUNNER_LOST_CASES])
def test_runner_lost_reads_its_label(case_id, label, log, failed_tests):
    v = judge(log, failed_tests=failed_tests)
    assert v.verdict == label, v.rationale


@pytest.mark.parametrize(("case_id", "label", "log", "failed_tests"), _RUNNER_LOST_NEAR_MISSES,
                         ids=[c[0] for c in _RUNNER_LOST_NEAR_MISSES])
def test_runner_lost_near_miss_guard_keeps_its_reading(case_id, label, log, failed_tests):
    """Near-miss guard (passes at the base too): the twin whose sign is the job's own keeps its label, or at least is
    not read the other way; or a form of the same cause the base already read (kept as it is)."""
    v = judge(log, failed_tests=failed_tests)
    assert v.verdict == label or (label == "real" and v.verdict == "unknown"), v.rationale


# --- (6) Go's got/want of two slices in another order, and a failed test's message repeating a value-read line ---
_ORDER_CASES = [
    ('c6a', 'transient', (
        '--- FAIL: TestCollectResults (0.04s)\n'
        '    collect_test.go:27: got [beta alpha gamma], want [alpha beta gamma]\n'
        'FAIL\n'
        'FAIL\texample.org/fjord/collect\t0.212s\n'
        '🚨 Error: The command exited with status 1\n'
    ), []),
    ('c6b', 'transient', (
        '--- FAIL: TestWorkers_AllResults (0.02s)\n'
        '    workers_test.go:61: results = [3 1 2], want [1 2 3]\n'
        'FAIL\n'
        'FAIL\texample.org/pike/workers\t0.101s\n'
    ), []),
    ('c7a', 'transient', (
        '___________________________ test_gather_all_shards ___________________________\n'
        '\n'
        '    def test_gather_all_shards():\n'
        '        got = gather_shards(["s1", "s2", "s3"])\n'
        '>       assert got == ["s1", "s2", "s3"]\n'
        "E       AssertionError: assert ['s3', 's1', 's2'] == ['s1', 's2', 's3']\n"
        "E         At index 0 diff: 's3' != 's1'\n"
        '\n'
        'tests/test_shards.py:14: AssertionError\n'
        "FAILED tests/test_shards.py::test_gather_all_shards - AssertionError: assert ['s3', 's1', 's2'] == ['s1', 's2', 's3']\n"
        'script returned exit code 1\n'
    ), [{'name': 'test_gather_all_shards', 'classname': 'tests.test_shards', 'message': "AssertionError: assert ['s3', 's1', 's2'] == ['s1', 's2', 's3']"}]),
    ('c7b', 'transient', (
        '=== RUN   TestMerge_AllFeeds\n'
        '    merge_test.go:44: got [feed-c feed-a feed-b], want [feed-a feed-b feed-c]\n'
        '--- FAIL: TestMerge_AllFeeds (0.05s)\n'
        'FAIL\n'
        'FAIL\texample.org/wren/merge\t0.233s\n'
        "##[error]Bash exited with code '1'.\n"
    ), [{'name': 'TestMerge_AllFeeds', 'classname': 'example.org/wren/merge', 'message': 'merge_test.go:44: got [feed-c feed-a feed-b], want [feed-a feed-b feed-c]'}]),
]

_ORDER_NEAR_MISSES = [
    ('c6t1', 'real', (
        '--- FAIL: TestWorkers_AllResults (0.02s)\n'
        '    workers_test.go:61: results = [1 2], want [1 2 3]\n'
        'FAIL\n'
        'FAIL\texample.org/pike/workers\t0.101s\n'
    ), []),
    ('c7t1', 'real', (
        '___________________________ test_gather_all_shards ___________________________\n'
        '\n'
        '>       assert got == ["s1", "s2", "s3"]\n'
        "E       AssertionError: assert ['s1', 's2'] == ['s1', 's2', 's3']\n"
        "E         Right contains one more item: 's3'\n"
        '\n'
        'tests/test_shards.py:14: AssertionError\n'
        "FAILED tests/test_shards.py::test_gather_all_shards - AssertionError: assert ['s1', 's2'] == ['s1', 's2', 's3']\n"
    ), [{'name': 'test_gather_all_shards', 'classname': 'tests.test_shards', 'message': "AssertionError: assert ['s1', 's2'] == ['s1', 's2', 's3']"}]),
]


@pytest.mark.parametrize(("case_id", "label", "log", "failed_tests"), _ORDER_CASES, ids=[c[0] for c in _ORDER_CASES])
def test_order_reads_its_label(case_id, label, log, failed_tests):
    v = judge(log, failed_tests=failed_tests)
    assert v.verdict == label, v.rationale


@pytest.mark.parametrize(("case_id", "label", "log", "failed_tests"), _ORDER_NEAR_MISSES,
                         ids=[c[0] for c in _ORDER_NEAR_MISSES])
def test_order_near_miss_guard_keeps_its_reading(case_id, label, log, failed_tests):
    """Near-miss guard (passes at the base too): the twin whose sign is the job's own keeps its label, or at least is
    not read the other way; or a form of the same cause the base already read (kept as it is)."""
    v = judge(log, failed_tests=failed_tests)
    assert v.verdict == label or (label == "real" and v.verdict == "unknown"), v.rationale
