"""(left31) Real failures that read transient, the strict expected failures earlier reviews left: their groups.

1. A time-out test whose expected time-out, deadline or cancellation never came (the call returned, got nil, no error,
   success): the decided reading is unknown in every framework's words (the timeoutname24 threads: 10 flaky of 15, so
   neither a rerun nor a report is sure). New forms read: Go's "expected error context.DeadlineExceeded, got <nil>" and
   "expected context.Canceled, got nil", its errors.Is check on a nil error, "did not time out", "expected timeout, but
   the request succeeded", testify's ErrorIs on a nil error, PHPUnit's exception not thrown, cancellations' forms, Jest's
   resolved promise under a timeout-named rejects.toThrow; and the report on the line the name's entry takes (pytest's
   short summary alone). Guards: a time-out test that met a real time limit on a remote host stays transient; one that
   got ANOTHER error (a refusal, another exception type) stays real.
2. Cloud throttling words (ThrottlingException, SlowDown, "Rate exceeded", a 429, Entra's AADSTS90033) that a failing
   test's console output holds above its own assertion's diff (Jest's console blocks; vstest's "Standard Output
   Messages:" under an Assert failure) are the stub's or the code's output: the failure is the value compared. Guards:
   the throttling error thrown as the test's failure (no diff) stays transient.
5. Refusals on the loopback in that same output read alike. Guards: a peer off the machine (a remote address, a name
   looked up, a service's host and port) keeps its reading.
3. helm-unittest's failed test title ("FAIL  pages on OOMKilled containers<TAB>file.yaml") and values under labels alone
   on their lines ("Expected to equal:" over the value, "Actual:" over the other) are the test's data. Guards: a runner
   pod or a test process the OOM killer ended stays transient.
4. (A fixed port: guards only; the job's own start lines were read before this round.)

Each case is (verdict it reads, kind): "fix" fails at 3cef109, "guard" is a near-miss guard that reads the same at
3cef109, "left" a strict expected failure (reason "LEFT:"). Every line here was written for this test (none is copied
from a project's CI log); hosts, names and paths are made up. The same logs are the round's probes
(/work/wt/left31-probes.jsonl, with more cases that read right at 3cef109 too)."""

from __future__ import annotations

from functools import partial

import pytest
from frames import BK_EXIT, Azure, BuildkiteClock, Frame
from judging import judge

CASES: dict[str, str] = {}
J = "\n".join


def case(cid: str, label: str, ci: str, eco: str, group: int, log: str) -> None:
    """One made-up log under its id (label: what it is; ci, eco, group: where it comes from, for the reader)."""
    assert cid not in CASES, cid
    CASES[cid] = log


def gh(lines):
    return J([f"2026-12-06T02:{10 + i % 40:02d}:{i % 60:02d}.{1000000 + i * 7919:07d}Z {line}" for i, line in enumerate(lines)]
             + ["2026-12-06T02:59:59.9990000Z ##[error]Process completed with exit code 1."])


def gl(lines):
    return J(["Running with gitlab-runner 17.2.0 (a1b2c3d4)", "  on shared-runner-7 Zq8xW2e, system ID: s_0a1b2c3d4e5f",
              "section_start:1733450000:step_script\r\x1b[0K\x1b[0K\x1b[36;1mExecuting \"step_script\" stage of the job script\x1b[0;m"]
             + lines + ["section_end:1733450100:step_script\r\x1b[0K", "\x1b[31;1mERROR: Job failed: exit code 1\n\x1b[0;m"])


def jenkins(lines):
    return J(["[Pipeline] stage", "[Pipeline] { (Test)", "[Pipeline] sh"] + lines
             + ["[Pipeline] }", "[Pipeline] // stage", "ERROR: script returned exit code 1", "Finished: FAILURE"])


def circle(lines):
    return J(["#!/bin/bash -eo pipefail"] + lines + ["", "Exited with code exit status 1"])


azure = partial(Azure(), "Test")


bk = Frame(["~~~ :test_tube: Running tests"], tail=[BK_EXIT], clock=BuildkiteClock("17334"))


def tc(lines):
    return J([f"[02:41:{i % 60:02d}] :\t [Step 2/3] {line}" for i, line in enumerate(lines)]
             + ["[02:42:10]E:\t [Step 2/3] Process exited with code 1", "[02:42:10]E:\t [Step 2/3] Step Test failed"])


def travis(lines):
    return J(["$ " + lines[0]] + lines[1:] + ["", "The command \"" + lines[0] + "\" exited with 1.", "", "Done. Your build exited with 1."])


def drone(lines):
    return J(["+ " + lines[0]] + lines[1:] + ["exit status 1"])


def appveyor(lines):
    return J(lines + ["Command exited with code 1"])


def bitbucket(lines):
    return J(["+ " + lines[0]] + lines[1:] + ["", "Build step failed: exit code 1"])


def tekton(task, step, lines):
    return J([f"[{task} : {step}] {line}" for line in lines] + [f'TaskRun pipeline-run-x7k2p-{task} has failed ("{step}" exited with code 1)'])


def woodpecker(lines):
    return J(["+ " + lines[0]] + lines[1:] + ["exit code 1"])


def semaphore(lines):
    return J(lines + ["exit code: 1"])


def codebuild(lines):
    return J(["[Container] 2026/12/06 02:40:11.101 Running command " + lines[0]] + lines[1:]
             + ["[Container] 2026/12/06 02:40:55.220 Command did not exit successfully " + lines[0] + " exit status 1",
                "[Container] 2026/12/06 02:40:55.230 Phase complete: BUILD State: FAILED"])


def cloudbuild(lines):
    return J([f"Step #2 - \"test\": {line}" for line in lines] + ["Finished Step #2 - \"test\"",
             "ERROR: build step 2 \"gcr.io/cloud-builders/npm\" failed: step exited with non-zero status: 1"])



case("g1-go-expected-deadline-got-nil", "real", "Tekton", "Go", 1, tekton("unit", "step-go-test", [
    "=== RUN   TestUploader_HonoursDeadline",
    "    uploader_test.go:88: expected error context.DeadlineExceeded, got <nil>",
    "--- FAIL: TestUploader_HonoursDeadline (1.50s)",
    "FAIL", "FAIL\tgit.wharf.example/depot/uploader\t1.544s"]))
case("g1-go-expected-canceled-got-nil", "real", "GitLab CI", "Go", 1, gl([
    "$ go test ./internal/pool/...",
    "--- FAIL: TestPool_CancelsWorkAfterTimeout (0.30s)",
    "    pool_test.go:51: expected context.Canceled, got nil",
    "FAIL", "FAIL\tgit.wharf.example/depot/pool\t0.342s"]))
case("g1-testify-erroris-nil", "real", "GitHub Actions", "Go", 1, gh([
    "Run go test ./...",
    "--- FAIL: TestDialer_Timeout (0.05s)",
    "    dialer_test.go:40: ",
    "        \tError Trace:\t/home/runner/work/relay/relay/dialer_test.go:40",
    "        \tError:      \tTarget error should be in err chain:",
    "        \t            \texpected: \"context deadline exceeded\"",
    "        \t            \tin chain: ",
    "        \tTest:       \tTestDialer_Timeout",
    "FAIL", "FAIL\tgithub.com/wharf-labs/relay\t0.081s"]))
case("g1-go-errors-is-nil", "real", "Buildkite", "Go", 1, bk([
    "$ go test ./store/...",
    "--- FAIL: TestQuery_DeadlineApplies (0.20s)",
    "    query_test.go:73: errors.Is(err, context.DeadlineExceeded) = false; err = <nil>",
    "FAIL", "FAIL\tgithub.com/wharf-labs/store\t0.240s"]))
case("g1-go-did-not-time-out", "real", "Woodpecker", "Go", 1, woodpecker([
    "go test ./conn/...",
    "--- FAIL: TestConn_ReadTimeout (0.10s)",
    "    conn_test.go:29: Read did not time out after 50ms",
    "FAIL", "FAIL\tcodeberg.org/wharf/conn\t0.121s"]))
case("g1-go-expected-timeout-but-succeeded", "real", "Semaphore", "Go", 1, semaphore([
    "go test ./handler/...",
    "--- FAIL: TestSlowHandler_Timeout (0.31s)",
    "    handler_test.go:64: expected timeout, but the request succeeded",
    "FAIL", "FAIL\tgithub.com/wharf-labs/api/handler\t0.342s"]))
case("g1-pytest-summary-only-did-not-raise", "real", "AWS CodeBuild", "Python", 1, codebuild([
    "pytest -q tests",
    "........F......",
    "=========================== short test summary info ============================",
    "FAILED tests/test_client.py::test_times_out_on_stalled_read - Failed: DID NOT RAISE <class 'httpx.ReadTimeout'>",
    "1 failed, 14 passed in 1.10s"]))
case("g1-twin-go-deadline-test-met-public-timeout", "transient", "GitHub Actions", "Go", 1, gh([
    "Run go test ./sync/...",
    "--- FAIL: TestMirrorSync_Deadline (30.01s)",
    "    sync_test.go:40: Get \"https://mirror.pkgs.example.org/index.json\": dial tcp 198.51.100.23:443: i/o timeout",
    "FAIL", "FAIL\tgithub.com/wharf-labs/sync\t30.044s"]))
case("g1-twin-testify-got-refusal", "real", "GitLab CI", "Go", 1, gl([
    "$ go test ./client/...",
    "--- FAIL: TestClient_Timeout (0.01s)",
    "    client_test.go:33: ",
    "        \tError Trace:\t/builds/wharf/client/client_test.go:33",
    "        \tError:      \tError \"dial tcp 127.0.0.1:1: connect: connection refused\" does not contain \"i/o timeout\"",
    "        \tTest:       \tTestClient_Timeout",
    "FAIL", "FAIL\tgitlab.example/wharf/client\t0.034s"]))
case("g1-twin-junit-other-exception", "real", "Jenkins", "Java", 1, jenkins([
    "+ ./gradlew test",
    "> Task :core:test",
    "ClientTest > readTimesOut() FAILED",
    "    org.opentest4j.AssertionFailedError: Unexpected exception type thrown, expected: <java.net.SocketTimeoutException> but was: <java.net.ConnectException>",
    "30 tests completed, 1 failed", "> Task :core:test FAILED", "BUILD FAILED in 21s"]))
def jest_block(title, console_kind, console, diff, file="src/uploader.test.ts"):
    return [f" FAIL  {file}", f"  ● {title}", "", f"    {console_kind}"] + ["      " + c for c in console] + [
        "", "      at Uploader.flush (src/uploader.ts:52:13)", ""] + diff + ["", "Tests:       1 failed, 40 passed, 41 total"]
DIFF_TOBE = ["    expect(received).toBe(expected) // Object.is equality", "", "    Expected: 3", "    Received: 4"]
DIFF_CALLS = ["    expect(jest.fn()).toHaveBeenCalledTimes(expected)", "", "    Expected number of calls: 1",
              "    Received number of calls: 2"]
DIFF_EQUAL = ["    expect(received).toEqual(expected) // deep equality", "", "    - Expected  - 1", "    + Received  + 1", "",
              "      Object {", "    -   \"state\": \"queued\",", "    +   \"state\": \"failed\",", "      }"]
case("g2-jest-throttling-warn-tobe", "real", "GitHub Actions", "TypeScript", 2, gh(["Run npm test"] + jest_block(
    "uploader › stops after three throttled attempts", "console.warn", ["ThrottlingException: Rate exceeded"], DIFF_TOBE)))
case("g2-jest-slowdown-error-calls", "real", "GitLab CI", "JavaScript", 2, gl(["$ yarn jest --ci"] + jest_block(
    "archiver › backs off once on SlowDown", "console.error", ["SlowDown: Please reduce your request rate."], DIFF_CALLS,
    file="test/archiver.test.js")))
case("g2-jest-429-log-equal", "real", "Bitbucket Pipelines", "TypeScript", 2, bitbucket(["npx jest"] + jest_block(
    "notifier › marks the message failed on 429", "console.log", ["Error: Request failed with status code 429"], DIFF_EQUAL,
    file="src/notifier.test.ts")))
case("g2-jest-file-level-throttle", "real", "CircleCI", "TypeScript", 2, circle([
    "npx jest --ci",
    " FAIL  src/queue/sender.test.ts",
    "  console.warn",
    "    TooManyRequestsException: Rate exceeded",
    "",
    "      at Sender.send (src/queue/sender.ts:30:15)",
    "",
    "  ● sender › retries a throttled batch twice",
    ""] + DIFF_CALLS + ["", "Tests:       1 failed, 12 passed, 13 total"]))
case("g2-jest-aadsts-warn", "real", "Azure Pipelines", "TypeScript", 2, azure(["npm test"] + jest_block(
    "tokenCache › refreshes once after a transient error", "console.warn",
    ["AADSTS90033: A transient error has occurred. Please try again."], DIFF_CALLS, file="src/auth/tokenCache.test.ts")))
case("g2-jest-dynamodb-throughput", "real", "AWS CodeBuild", "JavaScript", 2, codebuild(["npm test"] + jest_block(
    "writer › splits the batch after a throughput error", "console.error",
    ["ProvisionedThroughputExceededException: The level of configured provisioned throughput for the table was exceeded."],
    DIFF_EQUAL, file="test/writer.test.js")))
case("g2-twin-jest-thrown-throttling", "transient", "GitHub Actions", "TypeScript", 2, gh([
    "Run npm run test:integration",
    " FAIL  test/integration/kinesis.int.test.ts",
    "  ● kinesis › publishes the daily batch",
    "",
    "    ThrottlingException: Rate exceeded",
    "",
    "      at throwDefaultError (node_modules/@smithy/smithy-client/dist-cjs/index.js:867:20)",
    "      at Publisher.put (src/publisher.ts:41:11)",
    "",
    "Tests:       1 failed, 5 passed, 6 total"]))
case("g2-twin-xunit-thrown-throttle", "transient", "AppVeyor", ".NET", 2, appveyor([
    "dotnet test tests\\Wharf.Cloud.IntegrationTests",
    "  Failed Wharf.Cloud.IntegrationTests.QueueTests.SendsBatch [2 s]",
    "  Error Message:",
    "   Amazon.SQS.Model.RequestThrottledException : Rate exceeded",
    "  Stack Trace:",
    "     at Amazon.Runtime.Internal.HttpErrorResponseExceptionHandler.HandleExceptionStream(IRequestContext requestContext)",
    "Failed!  - Failed:     1, Passed:     8, Skipped:     0, Total:     9"]))
case("g5-jest-loopback-refused-equal", "real", "Google Cloud Build", "TypeScript", 5, cloudbuild(["npm test"] + jest_block(
    "orders › falls back to the cached list", "console.warn",
    ["FetchError: request to http://localhost:4010/orders failed, reason: connect ECONNREFUSED 127.0.0.1:4010"],
    DIFF_EQUAL, file="src/orders.test.ts")))
case("g5-jest-loopback-refused-tobe", "real", "Drone", "JavaScript", 5, drone(["npx jest"] + jest_block(
    "health › reports degraded when the probe refuses", "console.error", ["Error: connect ECONNREFUSED 127.0.0.1:9181"],
    ["    expect(received).toBe(expected) // Object.is equality", "", "    Expected: \"degraded\"", "    Received: \"down\""],
    file="test/health.test.js")))
case("g5-xunit-loopback-refused", "real", "AppVeyor", ".NET", 5, appveyor([
    "dotnet test tests\\Wharf.Gateway.Tests --no-build",
    "  Failed Wharf.Gateway.Tests.ProxyTests.Returns502WhenUpstreamRefuses [35 ms]",
    "  Error Message:",
    "   Assert.Equal() Failure: Values differ",
    "Expected: 502",
    "Actual:   503",
    "  Standard Output Messages:",
    " fail: Wharf.Gateway.Proxy[7]",
    "      System.Net.Http.HttpRequestException: Connection refused (127.0.0.1:50211)",
    "Failed!  - Failed:     1, Passed:    41, Skipped:     0, Total:    42"]))
case("g5-twin-jest-refused-thrown-remote", "transient", "GitLab CI", "TypeScript", 5, gl([
    "$ npm run test:e2e",
    " FAIL  e2e/checkout.e2e.test.ts",
    "  ● checkout › pays with the sandbox card",
    "",
    "    FetchError: request to https://sandbox.payments-provider.example/v2/charges failed, reason: connect ECONNREFUSED 192.0.2.44:443",
    "",
    "      at ClientRequest.<anonymous> (node_modules/node-fetch/lib/index.js:1501:11)",
    "",
    "Tests:       1 failed, 9 passed, 10 total"]))
case("g5-twin-jest-remote-lookup-in-console", "transient", "Semaphore", "TypeScript", 5, semaphore(["npm test"] + jest_block(
    "catalog › loads the remote catalog", "console.error",
    ["Error: getaddrinfo EAI_AGAIN registry.catalog-mirror.example"], DIFF_EQUAL, file="src/catalog.test.ts")))
case("g3-helm-unittest-oomkilled-alert", "real", "Jenkins", "Kubernetes", 3, jenkins([
    "+ helm unittest charts/api",
    "### Chart [ api ] charts/api",
    " FAIL  pages on OOMKilled containers\tcharts/api/tests/alerts_test.yaml",
    "\t- asserting rule \"ApiOOMKilled\"",
    "\t\t- asserts[0] `equal` fail",
    "\t\t\tExpected to equal:",
    "\t\t\t\tincrease(kube_pod_container_status_restarts_total{reason=\"OOMKilled\"}[5m]) > 0",
    "\t\t\tActual:",
    "\t\t\t\tincrease(kube_pod_container_status_restarts_total{reason=\"OOMKilled\"}[10m]) > 0",
    "Charts:      1 failed, 0 passed, 1 count",
    "Error: plugin \"unittest\" exited with error"]))
case("g3-changelog-check-read-timed-out", "real", "GitLab CI", "Python", 3, gl([
    "$ python scripts/check_changelog.py",
    "CHANGELOG.md: entry under 'Unreleased' is malformed:",
    "  - Fixed: Read timed out. (read timeout=10) when the index is slow",
    "  expected a link to the pull request at the end of the entry",
    "changelog check failed: 1 problem"]))
case("g3-twin-runner-pod-oomkilled", "transient", "GitLab CI", "Java", 3, gl([
    "$ ./gradlew test",
    "> Task :app:test",
    "ERROR: Job failed (system failure): pod \"runner-x7k2p-project-41-concurrent-0\" status is \"Failed\": container \"build\" terminated, reason: OOMKilled"]))
case("g4-twin-leftover-port", "transient", "Jenkins", "JavaScript", 4, jenkins([
    "+ npm run test:e2e",
    "> wharf-web@3.1.0 test:e2e",
    "> start-server-and-test start http://localhost:4173 cypress:run",
    "Error: listen EADDRINUSE: address already in use :::4173",
    "    at Server.setupListenHandle [as _listen2] (node:net:1872:16)",
    "npm ERR! code 1"]))
case("g1-go-expected-deadline-got-nil-no-name", "real", "Google Cloud Build", "Go", 1, cloudbuild([
    "go test ./backend/...",
    "--- FAIL: TestBackend_SlowCall (0.25s)",
    "    backend_test.go:102: expected error context.DeadlineExceeded, got <nil>",
    "FAIL", "FAIL\tgithub.com/wharf-labs/backend\t0.291s"]))
case("g1-twin-go-deadline-test-real-hang-remote", "transient", "Semaphore", "Go", 1, semaphore([
    "go test ./mirror/...",
    "--- FAIL: TestMirror_FetchTimeout (10.00s)",
    "    mirror_test.go:55: fetch: Get \"https://objects.mirror-cdn.example/v1/manifest\": context deadline exceeded (Client.Timeout exceeded while awaiting headers)",
    "FAIL", "FAIL\tgithub.com/wharf-labs/mirror\t10.031s"]))
case("g2-twin-file-level-one-report-thrown", "transient", "CircleCI", "JavaScript", 2, circle([
    "npx jest --ci",
    " FAIL  test/publisher.int.test.js",
    "  console.warn",
    "    ThrottlingException: Rate exceeded",
    "",
    "      at Publisher.put (lib/publisher.js:33:9)",
    "",
    "  ● publisher › publishes the nightly batch",
    "",
    "    ThrottlingException: Rate exceeded",
    "",
    "      at Publisher.put (lib/publisher.js:33:9)",
    "",
    "Tests:       1 failed, 3 passed, 4 total"]))
case("g5-twin-xunit-db-service-refused", "transient", "Azure Pipelines", ".NET", 5, azure([
    "  Failed Wharf.Data.IntegrationTests.RepoTests.SavesOrder [5 s]",
    "  Error Message:",
    "   Npgsql.NpgsqlException : Failed to connect to 10.1.0.7:5432",
    "---- System.Net.Sockets.SocketException : Connection refused",
    "  Stack Trace:",
    "     at Npgsql.Internal.NpgsqlConnector.Connect(NpgsqlTimeout timeout)",
    "Failed!  - Failed:     1, Passed:     4, Skipped:     0, Total:     5"]))
case("g3-twin-test-process-oom", "transient", "Jenkins", "Java", 3, jenkins([
    "+ ./gradlew test",
    "> Task :core:test",
    "Killed",
    "FAILURE: Build failed with an exception.",
    "* What went wrong:",
    "Execution failed for task ':core:test'.",
    "> Process 'Gradle Test Executor 3' finished with non-zero exit value 137"]))
case("g4-twin-port-allocated-no-start", "transient", "GitLab CI", "Docker", 4, gl([
    "$ docker run -d -p 5432:5432 postgres:16",
    "docker: Error response from daemon: driver failed programming external connectivity on endpoint upbeat_wharf: Bind for 0.0.0.0:5432 failed: port is already allocated."]))

case("g5-twin-jest-console-remote-db-refused", "real", "GitHub Actions", "TypeScript", 5, gh(["Run npm test"] + jest_block(
    "orders › lists the open orders", "console.error", ["Error: connect ECONNREFUSED 10.0.3.4:5432"], DIFF_EQUAL,
    file="src/orders.db.test.ts")))


# id -> (kind, verdict it reads)
EXPECTED: dict[str, tuple[str, str]] = {
    # fix
    "g1-go-expected-deadline-got-nil": ("fix", "unknown"),
    "g1-go-expected-canceled-got-nil": ("fix", "unknown"),
    "g1-testify-erroris-nil": ("fix", "unknown"),
    "g1-go-errors-is-nil": ("fix", "unknown"),
    "g1-go-did-not-time-out": ("fix", "unknown"),
    "g1-go-expected-timeout-but-succeeded": ("fix", "unknown"),
    "g1-pytest-summary-only-did-not-raise": ("fix", "unknown"),
    "g2-jest-throttling-warn-tobe": ("fix", "real"),
    "g2-jest-429-log-equal": ("fix", "real"),
    "g2-jest-file-level-throttle": ("fix", "real"),
    "g2-jest-aadsts-warn": ("fix", "real"),
    "g2-jest-dynamodb-throughput": ("fix", "real"),
    "g5-jest-loopback-refused-equal": ("fix", "real"),
    "g5-jest-loopback-refused-tobe": ("fix", "real"),
    "g5-xunit-loopback-refused": ("fix", "real"),
    "g3-helm-unittest-oomkilled-alert": ("fix", "real"),
    "g1-go-expected-deadline-got-nil-no-name": ("fix", "unknown"),
    # guard
    "g1-twin-go-deadline-test-met-public-timeout": ("guard", "transient"),
    "g1-twin-testify-got-refusal": ("guard", "real"),
    "g1-twin-junit-other-exception": ("guard", "real"),
    "g2-twin-jest-thrown-throttling": ("guard", "transient"),
    "g2-twin-xunit-thrown-throttle": ("guard", "transient"),
    "g5-twin-jest-refused-thrown-remote": ("guard", "transient"),
    "g5-twin-jest-remote-lookup-in-console": ("guard", "transient"),
    "g3-twin-runner-pod-oomkilled": ("guard", "transient"),
    "g4-twin-leftover-port": ("guard", "transient"),
    "g1-twin-go-deadline-test-real-hang-remote": ("guard", "transient"),
    "g2-twin-file-level-one-report-thrown": ("guard", "transient"),
    "g5-twin-xunit-db-service-refused": ("guard", "transient"),
    "g3-twin-test-process-oom": ("guard", "transient"),
    "g4-twin-port-allocated-no-start": ("guard", "transient"),
    # (a refusal from the job's database service at its address: the test's wrong value may be its symptom)
    "g5-twin-jest-console-remote-db-refused": ("guard", "unknown"),
    # left
    "g2-jest-slowdown-error-calls": ("left", "real"),
    "g3-changelog-check-read-timed-out": ("left", "real"),
}
LEFT: dict[str, str] = {
    "g2-jest-slowdown-error-calls": (
        "LEFT: a Jest test named 'backs off once on SlowDown' failing on toHaveBeenCalledTimes' counts reads transient "
        "on its name (timing-sensitive-test): names23's reading of counts compared under a timing name covers timeout, "
        "delay, timer and sleep names in Jest's 'Expected: N' form, not 'backs off' nor 'Expected number of calls:'"),
    "g3-changelog-check-read-timed-out": (
        "LEFT: a changelog check quoting an entry's text ('- Fixed: Read timed out. (read timeout=10) ...') reads "
        "unknown since left32 (app_text_line reads a changelog entry's bullet: no rerun); nothing reads the script's "
        "own 'changelog check failed' as the project's failure, so not real"),
}


def test_every_case_has_an_expectation():
    assert set(EXPECTED) == set(CASES)
    assert {c for c, (kind, _) in EXPECTED.items() if kind == "left"} == set(LEFT)


@pytest.mark.parametrize(("cid", "verdict"), [
    pytest.param(cid, verdict, id=f"{kind}-{cid}",
                 marks=[pytest.mark.xfail(strict=True, reason=LEFT[cid])] if kind == "left" else [])
    for cid, (kind, verdict) in EXPECTED.items()])
def test_left31_reads(cid, verdict):
    """A "fix" case reads its verdict since left31 (not at 3cef109); a "guard" case reads it at 3cef109 too."""
    v = judge(CASES[cid])
    assert v.verdict == verdict, (v.confidence, v.rationale)
