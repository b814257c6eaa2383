"""Fix 14: the high-severity misreads the fourteenth round's reviews left (each entry was outside the
reviewer's scope), with siblings of the same shape and guards.

1. timing-sensitive-test: a test named for a timeout, delay or timer that failed on two texts compared
   that differ in more than the times they hold (xUnit's Expected/Actual, NUnit's But was, MSTest's
   Expected:<>. Actual:<>., JUnit's expected/but was, Spock's power assertion): the wording the code
   builds. Texts that differ only in their times, an actual value naming a timeout the expectation does
   not, and names about concurrency keep the transient reading.
2. A power assertion's report (Spock's "Condition not satisfied:", Groovy's "Assertion failed:") is an
   assertion (test-assertion), and its expression and values are no trouble the job met.
3. go vet's analyzers in their own words (go-vet-report): a lint failure an earlier outage did not cause.
4. curl's own test suite (curl-runtests-failed): curl's errors there are its tests' outcomes.
5. luassert's (busted's) typed values and a busted test's title are values and names, not outages.
6. http-5xx and cloud-throttled: a 500 whose message is the handler's crash (nil pointer, panic).
7. http-5xx, pub-hosted-intermittent, transient-wording: a 5xx a Dart test printed from its own fake
   server on the loopback host, between two of dart test's progress lines.

Every log here is made up for the test."""

from __future__ import annotations

import pytest
from judging import assert_unique_ids, logs, reads, signatures

_EXIT = "##[error]Process completed with exit code 1.\n"
_DOTNET_END = "Failed!  - Failed:     1, Passed:    41, Skipped:     0, Total:    42\n" + _EXIT
_TRAVIS = 'The command "make test" exited with 1.\n\nDone. Your build exited with 1.\n'
_GRADLE_END = "> Task :test FAILED\nBUILD FAILED in 41s\n"

REAL: list[tuple[str, str]] = [
    # --- 1. timing-named tests failing on compared texts
    # (the review's) xUnit: the message's wording differs, the configured time is a literal of the test
    ('nuget-xunit-expected',
     '  Failed Feed.Tests.ClientTests.ReportsTimeout [4 ms]\n  Error Message:\n   Assert.Equal() Failure: Strings differ\nExpected: "The HTTP request to \'GET https://feed.test/v3/index.json\' has timed out after 100000ms."\nActual:   "The request timed out."\n  Stack Trace:\n     at Feed.Tests.ClientTests.ReportsTimeout() in /src/ClientTests.cs:line 30\nFailed!  - Failed:     1, Passed:    41, Skipped:     0, Total:    42\n' + _EXIT),
    # xUnit: a delay test whose two texts hold no time at all
    ('f14-xunit-delay-name-texts',
     '  Failed Shop.Tests.NoticeTests.DelayBannerText [2 ms]\n  Error Message:\n   Assert.Equal() Failure: Strings differ\nExpected: "Your order is delayed, sorry!"\nActual:   "Your order is delayed."\n  Stack Trace:\n     at Shop.Tests.NoticeTests.DelayBannerText() in /src/NoticeTests.cs:line 12\n' + _DOTNET_END),
    # NUnit's "But was:" under a deadline test, the same time on both sides
    ('f14-nunit-deadline-name-same-time',
     '  Failed DeadlineMessage_IsLocalised [3 ms]\n  Error Message:\n   Expected string length 32 but was 31. Strings differ at index 0.\n  Expected: "Deadline of 5 minutes exceeded for job 42"\n  But was:  "Deadline of 5 minutes exceeded"\n  Stack Trace:\n     at Jobs.Tests.DeadlineMessage_IsLocalised() in /src/JobsTests.cs:line 40\n' + _DOTNET_END),
    # MSTest's AreEqual under a timer test, texts of the code's formatting
    ('f14-mstest-timer-name-texts',
     '  Failed TimerLabel_ShowsPaused [1 ms]\n  Error Message:\n   Assert.AreEqual failed. Expected:<Timer paused>. Actual:<Timer Paused>.\n  Stack Trace:\n     at Kitchen.Tests.TimerTests.TimerLabel_ShowsPaused() in /src/TimerTests.cs:line 22\n' + _DOTNET_END),
    # JUnit under a timeout test: the same duration on both sides, the wording differs
    ('f14-junit-timeout-name-same-duration',
     "ClientTest > timeoutMessageNamesHost() FAILED\n    org.opentest4j.AssertionFailedError: expected: <read timed out after 30s talking to db-1> but was: <read timed out after 30s>\n        at app//org.junit.jupiter.api.AssertionUtils.fail(AssertionUtils.java:55)\n\n40 tests completed, 1 failed\n\nFAILURE: Build failed with an exception.\n"),
    # --- 2. power assertions
    # (the review's) Spock comparing Jenkins' own timeout message
    ('limit-spock-condition-not-satisfied',
     'Condition not satisfied:\n\nlog == "Build timed out (after 10 minutes). Marking the build as failed."\n|   |\n|   false\n"Build timed out (after 10 minutes). Marking the build as aborted."\n\n\tat com.acme.pipeline.TimeoutStepSpec.reports the timeout(TimeoutStepSpec.groovy:31)\nTimeoutStepSpec > reports the timeout FAILED\n' + _GRADLE_END),
    # Spock comparing a connection error's text, under a test named for retries
    ('f14-spock-connection-refused-values',
     'Condition not satisfied:\n\nerr.message == "Connection refused: registry.test:443 (will not retry)"\n|   |       |\n|   |       false\n|   "Connection refused: registry.test:443"\n\n\tat com.acme.RegistrySpec.explains the refusal(RegistrySpec.groovy:20)\nRegistrySpec > explains the refusal FAILED\n' + _GRADLE_END),
    # Groovy's own power assert comparing a 503 message
    ('f14-groovy-assert-503-values',
     'Assertion failed: \n\nassert render(resp) == "503 Service Unavailable - try again later"\n       |      |     |\n       |      |     false\n       |      [status:503]\n       "503 Service Unavailable"\n\n\tat ErrorPageTest.testRender(ErrorPageTest.groovy:14)\nErrorPageTest > testRender FAILED\n' + _GRADLE_END),
    # --- 3. go vet after an outage the job went on from
    # (the review's) goproxy timeout for an optional tool, then go vet's printf check
    ('travis-goproxy-timeout-then-vet',
     "go: downloading golang.org/x/tools v0.20.0\ngo: golang.org/x/tools@v0.20.0: Get \"https://proxy.golang.org/golang.org/x/tools/@v/v0.20.0.zip\": dial tcp 142.250.1.1:443: i/o timeout\n$ go vet ./...\n# example.com/shop/cart\ncart/cart.go:30:2: fmt.Printf format %d has arg name of wrong type string\n" + _TRAVIS),
    # a TLS handshake timeout on a tool download, then go vet's copylocks
    ('f14-tls-timeout-then-vet-copylocks',
     "go: golang.org/x/lint@v0.0.0: Get \"https://proxy.golang.org/golang.org/x/lint/@v/list\": net/http: TLS handshake timeout\n$ go vet ./...\n# example.com/shop/store\nstore/cache.go:41:9: assignment copies lock value to c: sync.Mutex\n" + _EXIT),
    # a reset connection, then go vet's lostcancel
    ('f14-reset-then-vet-lostcancel',
     "curl: (56) Recv failure: Connection reset by peer\n$ make lint\n$ go vet ./...\n# example.com/api/client\nclient/do.go:22:2: the cancel function returned by context.WithTimeout should be called, not discarded, to avoid a context leak\n" + _TRAVIS),
    # --- 4. curl's own test suite
    # (the review's) low speed limit against the suite's slow server
    ('tmore-curl-test-lowspeed',
     'test 1606...[low speed limit]\n curl returned 28, when expecting 0\n curl: (28) Operation too slow. Less than 1000 bytes/sec transferred the last 2 seconds\n 1606: exit FAILED\nTESTFAIL: These test cases failed: 1606\n' + _EXIT),
    # a refused connection in the suite's own test
    ('f14-curl-test-refused',
     'test 0002...[HTTP GET with user and password]\n curl returned 7, when expecting 0\n curl: (7) Failed to connect to 127.0.0.1 port 43215 after 0 ms: Connection refused\n 0002: exit FAILED\nTESTFAIL: These test cases failed: 2\n' + _EXIT),
    # a data mismatch beside the suite's (28)
    ('f14-curl-test-data-mismatch',
     'test 1234...[HTTP with --max-time]\n curl: (28) Operation timed out after 1000 milliseconds with 0 bytes received\n 1234: data FAILED\nTESTFAIL: These test cases failed: 1234\n' + _EXIT),
    # --- 5. busted
    # (the review's) luassert's typed values and the test's title
    ('luarocks-busted-expected',
     "Failure → spec/fetch_spec.lua @ 12\nfetch reports a download error\nspec/fetch_spec.lua:14: Expected objects to be the same.\nPassed in:\n(string) 'Error: Failed downloading https://x.test/a.rockspec - timeout'\nExpected:\n(string) 'Error: Failed downloading https://x.test/a.rockspec - connection refused'\n20 successes / 1 failure / 0 errors / 0 pending : 0.03 seconds\n" + _EXIT),
    # a title naming a reset connection, values naming a 503
    ('f14-busted-title-reset-values-503',
     "Failure → spec/client_spec.lua @ 30\nclient retries after a connection reset\nspec/client_spec.lua:33: Expected objects to be the same.\nPassed in:\n(number) 1\nExpected:\n(number) 3\n12 successes / 1 failure / 0 errors / 0 pending : 0.02 seconds\n" + _EXIT),
    # typed values naming a DNS failure
    ('f14-busted-values-dns',
     "Failure → spec/resolve_spec.lua @ 8\nresolver maps errors\nspec/resolve_spec.lua:10: Expected objects to be the same.\nPassed in:\n(string) 'could not resolve host: mirror.test'\nExpected:\n(string) 'dns'\n8 successes / 1 failure / 0 errors / 0 pending : 0.01 seconds\n" + _EXIT),
    # --- 6. a 500 that is the handler's crash
    # (the review's) Gomega's unexpected error: the project's webhook crashed on a nil pointer
    ('kubectl-ginkgo-expected',
     '  [FAILED] Unexpected error:\n      the server is currently unable to handle the request: an error on the server ("webhook handler returned 500: nil pointer") has prevented the request from succeeding\n  In [It] at: /src/test/e2e/webhook_test.go:88\n  [FAILED] Expected success, but got an error\nSummarizing 1 Failure:\n  [FAIL] webhook [It] mutates pods\nRan 20 of 20 Specs in 120.2 seconds\nFAIL! -- 19 Passed | 1 Failed | 0 Pending | 0 Skipped\n' + _EXIT),
    # the app's own API answered 500 with Java's NPE
    ('f14-e2e-500-npe',
     'AssertionError: request failed: HTTP 500 Internal Server Error: java.lang.NullPointerException: Cannot invoke "Order.total()" because "order" is null\n  1) checkout\n       pays the order:\n  30 passing (4s)\n  1 failing\n' + _EXIT),
    # a Go service's 500 carrying its panic
    ('f14-go-500-panic',
     '    api_test.go:40: POST /orders: status code 500: panic: runtime error: invalid memory address or nil pointer dereference\n--- FAIL: TestCreateOrder (0.02s)\nFAIL\nFAIL\texample.com/api\t0.31s\n' + _EXIT),
    # --- 7. a Dart test's fake server
    # (the review's) pub's message for the test's fake server on localhost
    ('pub-fake-server-print-then-fail',
     "00:01 +3: test/resolver_test.dart: retries on 503\n503 Service Unavailable trying to find package foo at http://localhost:8123.\n00:01 +4: test/resolver_test.dart: picks the newest version\n00:01 +4 -1: test/resolver_test.dart: picks the newest version [E]\n  Expected: '2.0.0'\n    Actual: '1.9.0'\n     Which: is different.\n00:02 +20 -1: Some tests failed.\n" + _EXIT),
    # a 502 from a fake gateway on 127.0.0.1, printed by a passing test
    ('f14-dart-fake-gateway-502',
     "00:02 +10: test/api_test.dart: surfaces gateway errors\nHTTP 502 Bad Gateway from http://127.0.0.1:40111/v1/items\n00:02 +11: test/api_test.dart: parses items\n00:02 +11 -1: test/api_test.dart: parses items [E]\n  Expected: <3>\n    Actual: <2>\n00:03 +30 -1: Some tests failed.\n" + _EXIT),
    # a 500 of the fake server logged in the middle of a test's output
    ('f14-dart-fake-server-500-log',
     "00:00 +0: test/upload_test.dart: reports server errors\n[fake] 500 Internal Server Error for POST http://localhost:9099/upload\n00:00 +1: test/upload_test.dart: computes checksums\n00:00 +1 -1: test/upload_test.dart: computes checksums [E]\n  Expected: 'abc'\n    Actual: 'abd'\n00:01 +12 -1: Some tests failed.\n" + _EXIT),
]

# The same entries on their own trouble: stay transient.
TRANSIENT: list[tuple[str, str, str]] = [
    # timing: texts that differ only in the time they hold (xUnit)
    ('g14-xunit-timer-name-clock-only', 'timing-sensitive-test',
     '  Failed Sched.Tests.TimerTests.TimerFiresOnSchedule [1004 ms]\n  Error Message:\n   Assert.Equal() Failure: Strings differ\nExpected: "fired at 10:00:02"\nActual:   "fired at 10:00:03"\n  Stack Trace:\n     at Sched.Tests.TimerTests.TimerFiresOnSchedule() in /src/TimerTests.cs:line 30\n' + _DOTNET_END),
    # timing: the value got names a timeout the expectation did not (the test ran into one)
    ('g14-xunit-timeout-name-got-timeout', 'timing-sensitive-test',
     '  Failed Feed.Tests.ClientTests.RecoversAfterTimeout [5012 ms]\n  Error Message:\n   Assert.Equal() Failure: Strings differ\nExpected: "recovered"\nActual:   "The request timed out."\n  Stack Trace:\n     at Feed.Tests.ClientTests.RecoversAfterTimeout() in /src/ClientTests.cs:line 50\n' + _DOTNET_END),
    # timing: a concurrency name keeps the reading whatever the texts (JUnit)
    ('g14-junit-concurrent-timeout-name-texts', 'timing-sensitive-test',
     "QueueTest > concurrentTimeoutState() FAILED\n    org.opentest4j.AssertionFailedError: expected: <drained and closed by the consumer> but was: <closed by the producer>\n        at app//org.junit.jupiter.api.AssertionUtils.fail(AssertionUtils.java:55)\n\n40 tests completed, 1 failed\n\nFAILURE: Build failed with an exception.\n"),
    # http-5xx: a registry's 503 in pub's words, on a real host
    ('g14-pub-registry-503', 'http-5xx',
     "Resolving dependencies...\n503 Service Unavailable trying to find package http at https://pub.dev.\n" + _EXIT),
    # http-5xx: a 503 on localhost outside any dart test (a service still starting)
    ('g14-localhost-503-service-starting', 'http-5xx',
     "$ curl -fsS http://localhost:9200/_cluster/health\ncurl: (22) The requested URL returned error: 503\n" + _EXIT),
    # cloud-throttled: the aggregated API server briefly unavailable, no crash in the message
    ('g14-apiserver-unable-to-handle', 'cloud-throttled',
     '$ kubectl apply -f deploy/\nError from server (ServiceUnavailable): the server is currently unable to handle the request (get deployments.apps)\n' + _EXIT),
    # network-open-timeout: curl's (28) in a job's own download, not curl's test suite
    ('g14-curl-28-download', 'network-open-timeout',
     "$ curl -fsSL https://dl.example.com/tool.tar.gz -o tool.tar.gz\ncurl: (28) Operation too slow. Less than 1000 bytes/sec transferred the last 30 seconds\n" + _EXIT),
    # connection-refused: a real refusal printed by a test, outside any compared values
    ('g14-busted-refused-raised', 'connection-refused',
     "Error → spec/db_spec.lua @ 5\ndb connects\nspec/db_spec.lua:7: connection refused: 127.0.0.1:5432\n0 successes / 0 failures / 1 error / 0 pending : 0.01 seconds\n" + _EXIT),
    # no-output-timeout: Jenkins' own message outside a power assertion
    ('g14-jenkins-build-timed-out', 'no-output-timeout',
     "+ ./gradlew integrationTest\nBuild timed out (after 45 minutes). Marking the build as aborted.\nFinished: ABORTED\n"),
]


@pytest.mark.parametrize("log", logs(REAL))
def test_reads_real(log):
    reads(log, "real")


@pytest.mark.parametrize(("sig", "log"), [pytest.param(s, log, id=cid) for cid, s, log in TRANSIENT])
def test_guards_stay_transient(sig, log):
    v = reads(log, "transient")
    assert sig in signatures(v), v.rationale


def test_case_ids_are_unique():
    assert_unique_ids(REAL, TRANSIENT)
