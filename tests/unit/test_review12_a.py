"""Twelfth round's review (a): the ci_systems, resources, net_clients and windows catalogue sections
against logs they were not written from. Each log was made up for this test (none is copied from a
project's CI): near-misses that hold an entry's words in a test's comparison, an application's error, a
snapshot's text or a file the job's own script writes, and guards that the entries still read their own
tools' messages. The comment above each case says why its verdict is right."""

from __future__ import annotations

import pytest
from judging import assert_unique_ids, judge, labelled, logs, not_surely_transient

_GHA = "##[error]Process completed with exit code 1.\n"
_GO_END = "FAIL\n" + _GHA
_HS_ERR_HEAD = ("# A fatal error has been detected by the Java Runtime Environment:\n"
                "#\n")
_SUREFIRE_CRASH = ("[ERROR] The forked VM terminated without properly saying goodbye. VM crash or "
                   "System.exit called?\n[ERROR] BUILD FAILURE\n")

# (id, verdict, log): logs the engine read wrongly before this review, then guards it reads rightly.
CASES: list[tuple[str, str, str]] = [
    # ------------------------------------------------------------------ ci-job-time-limit-wordings
    # a Go test of a Tekton-like reconciler comparing the reason: the value under test, not a timeout
    ("tekton-reason-in-go-test-want", "real",
     "--- FAIL: TestReconcileCancelled (0.02s)\n"
     "    taskrun_test.go:812: condition reason = \"Failed\", want reason: TaskRunTimeout\n"
     "FAIL\tgithub.com/example/pipe/pkg/reconciler/taskrun\t1.912s\n" + _GO_END),
    # pytest's assertion on a status object's reason: the code returned the wrong reason
    ("tekton-reason-in-pytest-assert", "real",
     "    def test_status_reason():\n"
     ">       assert run.reason == \"PipelineRunTimeout\"\n"
     "E       AssertionError: assert 'Succeeded' == 'PipelineRunTimeout'\n"
     "FAILED tests/test_status.py::test_status_reason - AssertionError\n" + _GHA),
    # an online judge's sandbox raising its own limit inside a test: the solution is too slow, every run
    ("sandbox-execution-time-limit-in-test", "real",
     "test_runner.py::test_fast_solution FAILED\n"
     "E   RuntimeError: sandbox: execution time limit exceeded (limit 2s, used 2.01s)\n"
     "FAILED test_runner.py::test_fast_solution - RuntimeError: sandbox: execution time limit exceeded\n"
     "1 failed, 12 passed in 9.13s\n" + _GHA),
    # a scheduler's own error message in a jest test, reusing Bitbucket's words: the code's rejection
    ("build-time-limit-in-app-error", "real",
     "  ● scheduler › rejects long jobs\n"
     "    Error: job 42 exceeded build time limit of 30 minutes\n"
     "      at Scheduler.check (src/scheduler.ts:88:11)\n"
     "Tests: 1 failed, 9 passed\n"),
    # ------------------------------------------------------------------ toolchain-child-killed
    # a test binary asking for 64 GiB in one allocation: a length computed wrong, no CI machine has it
    ("rust-64-gib-allocation-in-test", "real",
     "running 14 tests\n"
     "test codec::decode_header ... ok\n"
     "memory allocation of 68719476736 bytes failed\n"
     "error: test failed, to rerun pass `--lib`\n"
     "Caused by:\n"
     "  process didn't exit successfully: `target/debug/deps/codec-1f2e` (signal: 6, SIGABRT: process abort "
     "signal)\n" + _GHA),
    # ------------------------------------------------------------------ host-filesystem-read-only
    # the job's own script writing under a path mounted read-only into its container: its config
    ("coreutils-touch-read-only-var-lib-docker", "real",
     "+ mkdir -p /var/lib/docker/plugins\n"
     "touch: cannot touch '/var/lib/docker/plugins/state.json': Read-only file system\n" + _GHA),
    # ------------------------------------------------------------------ jvm-crash-in-native-library
    # the JVM's own library under its Windows name (jvm.dll, not libjvm.so): a JIT crash, as on Linux
    ("hs-err-windows-jvm-dll", "transient",
     _HS_ERR_HEAD +
     "#  EXCEPTION_ACCESS_VIOLATION (0xc0000005) at pc=0x00007ff8, pid=4120, tid=2231\n"
     "# Problematic frame:\n"
     "# C  [jvm.dll+0x3a1b2c]\n" + _SUREFIRE_CRASH),
    # macOS's libc memmove under a SIGBUS (a mapped file truncated under the JVM): the OS's library, not
    # the project's
    ("hs-err-macos-libsystem-platform", "transient",
     _HS_ERR_HEAD +
     "#  SIGBUS (0xa) at pc=0x00007ff81, pid=812, tid=5891\n"
     "# Problematic frame:\n"
     "# C  [libsystem_platform.dylib+0x3f5e]  _platform_memmove+0x5e\n" + _SUREFIRE_CRASH),
    # ------------------------------------------------------------------ curl-url-rejected
    # an empty URL built from an API call that got a 503 just before: the outage made it
    ("curl-3-after-api-503", "transient",
     "curl: (22) The requested URL returned error: 503\n"
     "Resolved download url: \n"
     "curl: (3) URL using bad/illegal format or missing URL\n" + _GHA),
    # ------------------------------------------------------------------ resource-exhausted (widened this round)
    # a Go test comparing a crash classifier's output with the runtime's words: a value under test
    ("go-test-want-runtime-out-of-memory", "real",
     "--- FAIL: TestParseCrashLog (0.00s)\n"
     "    crash_test.go:33: kind = \"panic\", want \"fatal error: runtime: out of memory\"\n" + _GO_END),
    # ------------------------------------------------------------------ jest-snapshot-mismatch
    # a rendered component's snapshot diff: its text lines are unquoted, indented under the sign
    ("jest-jsx-snapshot-network-text", "real",
     "  ● OfflineBanner › renders the reason\n"
     "    expect(received).toMatchSnapshot()\n"
     "    - Snapshot  - 1\n"
     "    + Received  + 1\n"
     "      <p>\n"
     "    -   Could not connect: ETIMEDOUT\n"
     "    +   Could not connect\n"
     "      </p>\n"
     " › 1 snapshot failed.\n"
     "Tests: 1 failed, 40 passed\n" + _GHA),
    # the same, then a post-job cache save that timed out (a warning): the snapshot failed the job
    ("jest-snapshot-then-post-step-cache-timeout", "real",
     "  ● Banner › renders offline text\n"
     "    expect(received).toMatchSnapshot()\n"
     "    -   Network is unreachable\n"
     "    +   Offline\n"
     " › 1 snapshot failed.\n"
     "Tests: 1 failed, 40 passed\n"
     "Post job cleanup.\n"
     "Warning: Failed to save: getCacheEntry failed: connect ETIMEDOUT 140.82.1.1:443\n"),

    # ================================================================== guards
    # Tekton's own status lines: the reason after "Reason:" (kubectl's aligned columns) and in tkn's STATUS
    ("guard-kubectl-describe-reason", "transient",
     "Status:\n"
     "  Conditions:\n"
     "    Message:  PipelineRun \"ci-7\" failed to finish within \"1h0m0s\"\n"
     "    Reason:   PipelineRunTimeout\n"
     "    Status:   False\n"),
    ("guard-tkn-status-failed-reason", "transient",
     "NAME       STARTED        DURATION   STATUS\n"
     "ci-run-8   1 hour ago     1h0m0s     Failed(PipelineRunTimeout)\n"),
    # the CI's own line for a job stopped at its execution time limit
    ("guard-job-execution-time-limit", "transient",
     "npm run test:e2e\n"
     "Job execution time limit of 1h exceeded\n"),
    # Bitbucket's own line at a step's max-time
    ("guard-bitbucket-build-time-limit", "transient",
     "+ ./gradlew test\n"
     "> Task :app:test\n"
     "Exceeded build time limit of 120 minutes.\n"),
    # rustc itself out of memory on a 2 GiB request: the machine's memory at that moment
    ("guard-rustc-2-gib-allocation", "transient",
     "   Compiling tables v0.3.1 (/work/tables)\n"
     "memory allocation of 2147483648 bytes failed\n"
     "error: could not compile `tables` (lib)\n" + _GHA),
    # the Docker daemon's own data root gone read-only: the host's disk
    ("guard-dockerd-read-only-data-root", "transient",
     "Step 3/9 : RUN apt-get update\n"
     "Error response from daemon: mkdir /var/lib/docker/overlay2/ab12-init: read-only file system\n" + _GHA),
    # a project's own JNI library in the problematic frame: the same crash every run
    ("guard-hs-err-project-native-library", "real",
     _HS_ERR_HEAD +
     "# Problematic frame:\n"
     "# C  [libimagecodec.so+0x4a10]  decode_row+0x30\n" + _SUREFIRE_CRASH),
    # an empty URL with no failure before it: the script built it wrong
    ("guard-curl-3-empty-url", "real",
     "Resolved download url: \n"
     "curl: (3) URL using bad/illegal format or missing URL\n" + _GHA),
    # npm's registry timeout: an outage, not a snapshot diff
    ("guard-npm-etimedout", "transient",
     "npm ERR! code ETIMEDOUT\n"
     "npm ERR! errno ETIMEDOUT\n"
     "npm ERR! network request to https://registry.npmjs.org/left-pad failed, reason: connect ETIMEDOUT "
     "104.16.0.35:443\n"
     "npm ERR! network This is a problem related to network connectivity.\n" + _GHA),
    # LNK1168 on the test binary it writes: held by the last run
    ("guard-lnk1168-output-held", "transient",
     "LINK : fatal error LNK1168: cannot open C:\\a\\out\\bin\\tests.exe for writing\n"
     "Build FAILED.\n"),
    # C1076 with its /Zm advice: the PCH's own limit, the build must raise it
    ("guard-c1076-use-zm", "real",
     "C:\\src\\big.cpp(1): fatal error C1076: compiler limit: internal heap limit reached; use /Zm to specify "
     "a higher limit\n"
     "Build FAILED.\n"),
    # a UI test quoting a billing banner's words: the test's expectation, and it reads real anyway
    ("guard-billing-words-in-jest-expectation", "real",
     "FAIL src/billing/banner.test.ts\n"
     "  ● banner › shows quota text\n"
     "    Expected: \"Your team has run out of build minutes\"\n"
     "    Received: \"\"\n"
     "Tests: 1 failed, 12 passed\n"),
    # HotSpot's words in a JUnit expectation: a crash-report parser under test
    ("guard-jvm-insufficient-memory-in-junit-expected", "real",
     "[ERROR] CrashReportTest.detectsOom:22 expected:<[There is insufficient memory for the Java Runtime "
     "Environment to continue.]> but was:<[]>\n"
     "[ERROR] Tests run: 4, Failures: 1\n"
     "[ERROR] BUILD FAILURE\n"),
    # OkHttp's HTTP/2 reset with CANCEL: the client's own side, not the server's
    ("guard-okhttp-stream-reset-cancel", "real",
     "  FAIL  StreamTest > cancelsUpload\n"
     "    okhttp3.internal.http2.StreamResetException: stream was reset: CANCEL\n" + _GHA),
    # a doctest whose expected text holds a refused connection: the example's text
    ("guard-doctest-expected-connection-refused", "real",
     "012     >>> fetch('http://example.invalid')\n"
     "Expected:\n"
     "    Traceback (most recent call last):\n"
     "    ConnectionError: Connection refused\n"
     "Got:\n"
     "    'ok'\n"
     "/src/net/fetch.py:12: DocTestFailure\n"
     "FAILED src/net/fetch.py::net.fetch.fetch\n" + _GHA),
    # PyTorch's DataLoader worker killed: the executor's memory
    ("guard-dataloader-worker-killed", "transient",
     "RuntimeError: DataLoader worker (pid(s) 4012) exited unexpectedly\n"
     "RuntimeError: DataLoader worker (pid 4012) is killed by signal: Killed.\n" + _GHA),
    # Travis could not read the build's config from the git host
    ("guard-travis-could-not-fetch-config", "transient",
     "Could not fetch .travis.yml from GitHub.\n"
     "The build has been errored.\n"),
    # a git checkout of a branch the remote does not have: every run
    ("guard-remote-branch-not-found", "real",
     "Cloning into 'repo'...\n"
     "fatal: Remote branch feature/x not found in upstream origin\n"
     "Error: The process '/usr/bin/git' failed with exit code 128\n"),
]


@pytest.mark.parametrize(("verdict", "log"), labelled(CASES))
def test_review12_a_case_reads_as_labelled(verdict, log):
    assert judge(log).verdict == verdict


# Outage words where the log may as well show a persistent cause: no rerun proposed with confidence.
NOT_SURELY_TRANSIENT: list[tuple[str, str]] = [
    # Python's OSError on a read-only path the test writes to: the test's or the image's layout
    ("python-errno-30-under-var-lib-docker",
     "E   OSError: [Errno 30] Read-only file system: '/var/lib/docker/volumes/cache/x'\n"
     "FAILED tests/test_cache.py::test_persist - OSError\n" + _GHA),
    # a .NET test's TLS failure against its own self-signed test server: the test's certificate setup
    ("dotnet-remote-certificate-in-test",
     "  Failed Api.Tests.Https [1 s]\n"
     "  Error Message:\n"
     "   System.Net.Http.HttpRequestException : The SSL connection could not be established, see inner exception.\n"
     "---- System.Security.Authentication.AuthenticationException : The remote certificate is invalid because "
     "of errors in the certificate chain: UntrustedRoot\n"),
]


@pytest.mark.parametrize("log", logs(NOT_SURELY_TRANSIENT))
def test_review12_a_outage_words_with_a_persistent_cause_are_not_surely_transient(log):
    not_surely_transient(log)


def test_review12_a_ids_are_unique():
    assert_unique_ids(CASES, NOT_SURELY_TRANSIENT)
