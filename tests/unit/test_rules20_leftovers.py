"""Twentieth round, leftovers20: five readings the nineteenth round noticed and left.

Covered:
  1. Common Test's timetrap in plain ct_run's console notice ("<Mod>:<Func> failed on line N" then "Reason:
     timetrap_timeout"), read as rebar3's cth_readable form already was: the nineteenth round's one rule for a
     harness's own time limit (transient modestly; not beside another case's own failure, a crash report of the code
     under test, or when every case timed out).
  2. Cancellations (decided): a job cancelled by a person, a newer push or a matrix sibling's failure is no failure of
     the change and no positive sign of an outage: GitLab's "ERROR: Job failed: canceled", Jenkins' "Aborted by
     <user>", Buildkite's "# Received cancellation signal, interrupting" stay not surely transient (as the nineteenth
     round's ci_agents_more cases hold); GitHub's fail-fast ("The job was canceled because \"x\" failed.") no longer
     reads transient (the sibling's failure matters); a cancellation below a failure (a failed test run, and now a
     compiler's error: tsc, GCC/Clang, Maven, Gradle) reads by that failure; GitHub's bare "The operation was
     canceled.", a runner's shutdown signal, lost communication and a job's time limit stay transient.
  3. A compile, link or bundle step's own out-of-memory (GCC's "Killed signal terminated program cc1plus", "out of
     memory allocating", "virtual memory exhausted", collect2's "ld terminated with signal 9", V8's "JavaScript heap out
     of memory") -> neither surely transient nor surely real (unknown where nothing else speaks): public threads split
     between a larger resource class or a config change and a one-off; a pod evicted for node pressure, the kernel's
     OOM killer naming no build step, a bare exit 137 stay transient (rustc killed under cargo is left as it reads).
  4. curl's (7) and (35) to the job's own loopback host with no start or wait of the server in sight -> real (the job's
     server never started, crashed, or does not speak TLS); with a wait (curl's --retry-connrefused, a wait loop) or a
     start above it (a command put in the background, compose up -d), the app-readiness family's reading (transient);
     to a dotless service name -> not surely transient; to a public host -> transient; a download to a file from the
     loopback host (a local mirror or proxy) keeps the network reading.
  5. go test -v: a panicking test's own t.Log lines above its goroutine's panic ("send on closed channel") are the
     test's words, not failures, so the nineteenth round's go-test-goroutine-channel-panic reads through; a line with a
     check's words (got/want, expected, error) stays a failure; passing tests' lines (under "--- PASS") were already
     skipped and are held here.

Where the wording comes from: Common Test's notice, erlang/otp lib/common_test/src/ct_framework.erl (read:
error_notification's "~w:~tw failed on line ~w~nReason: ~ts", a {timetrap_timeout,Ms} reason printed as its atom); lager's
crash report lines (error_logger_lager_h, recalled); Buildkite's agent (agent/job_runner.go, read:
shell.Commentf("Received cancellation signal, interrupting")); GitLab's runner's "ERROR: Job failed: canceled" and
Jenkins' "Aborted by <user>" / "Finished: ABORTED" (recalled); GitHub's fail-fast annotation (recalled); GCC's driver
and libiberty's xmalloc, collect2, V8's fatal OOM line and cargo's "process didn't exit successfully" (recalled, and
as quoted in the issue threads the catalogue entry names); curl's (7)/(35) lines (recalled); go test -v's layout as
tests/unit/test_rules19_smells3.py builds it. Names, hosts and paths are made up; no project's CI log is copied.
"""

from __future__ import annotations

import pytest
from judging import (
    assert_unique_ids,
    judge,
    labelled,
    logs,
    not_surely_transient,
    reads,
    signatures,
)
from test_rules19_smells3 import _TEST_CREATED, _TEST_FRAME, _go_panic, _recovered

_EXIT = "##[error]Process completed with exit code 1.\n"
_DASH = "- " * 39 + "-\n"


def _ct_run(*notices: tuple[str, str], ok: int = 39, total: int = 40) -> str:
    out = f"$ ct_run -dir test -logdir logs\nTesting app.sync_SUITE: Starting test, {total} test cases\n\n"
    for n, (where, reason) in enumerate(notices, 1):
        out += (_DASH + f"{where}\nReason: {reason}\n" + _DASH
                + f"\nTesting app.sync_SUITE: *** FAILED test case {n} of {total} ***\n")
    failed = len(notices)
    return out + f"Testing app.sync_SUITE: TEST COMPLETE, {ok} ok, {failed} failed of {total} test cases\n" + _EXIT


_LAGER_CRASH = ("10:02:11.204 [error] gen_server <0.412.0> terminated with reason: no match of right hand value "
                "{error,stale_epoch} in sync_server:handle_cast/2 line 77\n"
                "10:02:11.205 [error] CRASH REPORT Process <0.412.0> with 0 neighbours exited with reason: no match of "
                "right hand value {error,stale_epoch} in sync_server:handle_cast/2 line 77 in gen_server:terminate/7 "
                "line 812\n")

_GO_LOGS_PASSING = ("=== RUN   TestDial\n    dial_test.go:21: listening on 127.0.0.1:40123\n--- PASS: TestDial (0.01s)\n"
                    "=== RUN   TestWatcherStart\n    watcher_test.go:40: started 4 workers\n"
                    "--- PASS: TestWatcherStart (0.00s)\n")


def _go_v(before: str) -> str:
    return _go_panic("send on closed channel", [_TEST_FRAME], created=_TEST_CREATED, before=before)


CASES: list[tuple[str, str, str]] = [
    # ------------------------------------------------------------------ 1. Common Test timetrap, plain ct_run
    ("ct-run-timetrap-failed-on-line", "transient",
     _ct_run(("sync_SUITE:t_resync failed on line 88", "timetrap_timeout"))),
    # ct_framework.erl's form without a line ("~w:~tw failed~nReason: ~ts")
    ("ct-run-timetrap-failed-no-line", "transient",
     _ct_run(("sync_SUITE:t_resync failed", "timetrap_timeout"))),
    # near-miss: another case failed on its own reason beside the timetrap
    ("ct-run-timetrap-beside-badmatch", "real",
     _ct_run(("sync_SUITE:t_order failed on line 40", "{badmatch,[2,1]}"),
             ("sync_SUITE:t_resync failed on line 88", "timetrap_timeout"), ok=38)),
    # near-miss: the server the case waited on crashed on its own error (lager's crash report) above the timetrap
    ("ct-run-timetrap-below-lager-crash", "real",
     _LAGER_CRASH + _ct_run(("sync_SUITE:t_resync failed on line 88", "timetrap_timeout"))),
    # near-miss: the same under rebar3's cth_readable form
    ("rebar3-timetrap-below-lager-crash", "real",
     "$ rebar3 ct\n===> Running Common Test suites...\n" + _LAGER_CRASH
     + "%%% sync_SUITE ==> t_resync: FAILED\n%%% sync_SUITE ==> {timetrap_timeout,30000}\n\n"
       "Failed 1 tests. Passed 39 tests.\n===> Failures occurred running tests: 1\n" + _EXIT),
    # near-miss: every case of the run met the timetrap
    ("ct-run-every-case-timetrap", "real",
     _ct_run(("mq_SUITE:t_publish failed on line 20", "timetrap_timeout"),
             ("mq_SUITE:t_consume failed on line 31", "timetrap_timeout"), ok=0, total=2)),
    # ------------------------------------------------------------------ 2. cancellations
    # GitHub's bare cancellation line keeps its reading (the labelled data holds it transient)
    ("gha-bare-operation-canceled", "transient",
     "Run make test\nrunning 120 tests\n##[error]The operation was canceled.\n"),
    ("gha-runner-shutdown-signal", "transient",
     "Run make test\n##[error]The runner has received a shutdown signal. This can happen when the runner service is "
     "stopped, or a manually started runner is canceled.\n##[error]The operation was canceled.\n"),
    ("gha-hosted-runner-lost", "transient",
     "Run make test\n##[error]The hosted runner: GitHub Actions 12 lost communication with the server. Anything in "
     "your workflow that terminates the runner process, starves it for CPU/Memory, or blocks its network access can "
     "cause this error.\n"),
    ("azure-time-limit-then-canceled", "transient",
     "##[section]Starting: Test\nrunning 120 tests\n##[error]The job running on agent Hosted Agent ran longer than the "
     "maximum time of 60 minutes. For more information, see https://go.microsoft.com/fwlink/?linkid=2077134\n"
     "##[error]The operation was canceled.\n"),
    # near-misses: a failure came first, the cancellation (a newer push, fail-fast, a person) came after it
    ("gha-tsc-error-then-canceled", "real",
     "Run npm run build\nsrc/app.ts(12,5): error TS2322: Type 'string' is not assignable to type 'number'.\n"
     "##[error]The operation was canceled.\n"),
    ("gha-gcc-error-then-canceled", "real",
     "Run make\nsrc/codec.c:12:5: error: 'frame_len' undeclared (first use in this function)\n"
     "make: *** [Makefile:20: codec.o] Error 1\n##[error]The operation was canceled.\n"),
    ("gitlab-pytest-failed-then-canceled", "real",
     "$ pytest\nFAILED tests/test_codec.py::test_frame - assert 3 == 4\n==== 1 failed, 20 passed in 3.1s ====\n"
     "ERROR: Job failed: canceled\n"),
    ("jenkins-maven-failure-then-aborted", "real",
     "[INFO] BUILD FAILURE\n[ERROR] Failed to execute goal org.apache.maven.plugins:maven-compiler-plugin:3.11.0:"
     "compile (default-compile) on project app: Compilation failure\nAborted by alice\nFinished: ABORTED\n"),
    ("buildkite-go-failed-then-canceled", "real",
     "~~~ Running tests\n--- FAIL: TestParse (0.00s)\n    parse_test.go:12: got 1, want 2\nFAIL\n"
     "FAIL\tgithub.com/acme/p\t0.01s\n# Received cancellation signal, interrupting\n"),
    # a test about the words, failing on its own assertion
    ("test-about-gitlab-canceled-words", "real",
     "$ pytest\nE   AssertionError: assert 'ERROR: Job failed: canceled' == 'canceled'\n==== 1 failed in 1s ====\n"
     "ERROR: Job failed: exit code 1\n"),
    # ------------------------------------------------------------------ 3. out-of-memory (the build step's own: OWN_OOM)
    # near-misses: the scheduler's or the kernel's kill naming no build step stays transient
    ("pod-evicted-node-memory", "transient",
     "Pod ephemeral-build-x was evicted: The node was low on resource: memory. Container build was using 3Gi, which "
     "exceeds its request of 1Gi.\n"),
    ("circleci-exit-137", "transient",
     "#!/bin/bash -eo pipefail\nnpm test\n\nExited with code exit status 137\n"),
    # a test about the words, failing on its own assertion
    ("test-about-heap-oom-words", "real",
     "FAILED tests/test_logscan.py::test_oom - AssertionError: assert classify('FATAL ERROR: Reached heap limit "
     "Allocation failed - JavaScript heap out of memory') == 'oom'\n==== 1 failed, 9 passed in 0.4s ====\n" + _EXIT),
    # ------------------------------------------------------------------ 4. curl to the loopback host
    ("curl7-localhost-refused", "real",
     "+ curl -sf http://localhost:8080/health\n"
     "curl: (7) Failed to connect to localhost port 8080 after 0 ms: Connection refused\n" + _EXIT),
    ("curl7-127-couldnt-connect", "real",
     "+ curl -sf http://127.0.0.1:3000/api/ping\n"
     "curl: (7) Failed to connect to 127.0.0.1 port 3000 after 2 ms: Couldn't connect to server\n" + _EXIT),
    ("curl7-ipv6-loopback-refused", "real",
     "curl: (7) Failed to connect to ::1 port 8080 after 0 ms: Connection refused\n" + _EXIT),
    ("curl7-localhost-older-form", "real",
     "curl: (7) Failed to connect to localhost port 8080: Connection refused\n" + _EXIT),
    ("curl7-localhost-dev-null-probe", "real",
     "+ curl -s -o /dev/null -w '%{http_code}' http://localhost:8080/health\n"
     "curl: (7) Failed to connect to localhost port 8080 after 0 ms: Connection refused\n" + _EXIT),
    ("curl35-localhost-tls", "real",
     "+ curl -sf https://localhost:8443/health\n"
     "curl: (35) OpenSSL SSL_connect: SSL_ERROR_SYSCALL in connection to localhost:8443 \n" + _EXIT),
    # near-misses: public hosts keep the outage reading
    ("curl7-public-host-timeout", "transient",
     "curl: (7) Failed to connect to github.com port 443 after 130000 ms: Connection timed out\n" + _EXIT),
    ("curl6-public-host", "transient", "curl: (6) Could not resolve host: github.com\n" + _EXIT),
    ("curl35-public-host", "transient",
     "curl: (35) OpenSSL SSL_connect: SSL_ERROR_SYSCALL in connection to github.com:443 \n" + _EXIT),
    # a download to a file from a loopback mirror or proxy: that service's outage
    ("curl7-loopback-mirror-download", "transient",
     "+ curl -fsSL --retry 1 -o protoc.zip http://127.0.0.1:18080/releases/download/v3.1.0/protoc-linux-x86_64.zip\n"
     "curl: (7) Failed to connect to 127.0.0.1 port 18080 after 0 ms: Couldn't connect to server\n" + _EXIT),
    # the app-readiness family: the server started in the background above, curl's own retries, a wait loop
    ("curl7-localhost-after-background-start", "transient",
     "+ ./bin/api --port 8080 &\n+ curl -sf http://localhost:8080/health\n"
     "curl: (7) Failed to connect to localhost port 8080 after 0 ms: Connection refused\n" + _EXIT),
    ("curl7-localhost-retry-connrefused", "transient",
     "+ curl -fsS --retry 5 --retry-connrefused http://localhost:8080/health\n"
     "Warning: Problem : connection refused. Will retry in 1 seconds. 5 retries left.\n"
     "curl: (7) Failed to connect to localhost port 8080 after 0 ms: Couldn't connect to server\n" + _EXIT),
    ("curl7-localhost-compose-up-detached", "transient",
     "+ docker compose up -d mockserver\n Container ci-mockserver-1  Started\n"
     "+ curl -sf -X PUT http://localhost:1080/mockserver/expectation -d @stubs.json\n"
     "curl: (7) Failed to connect to localhost port 1080 after 0 ms: Connection refused\n" + _EXIT),
    # a dotless name that resolves nowhere: the URL or the service's name is wrong
    ("curl6-dotless-name", "real", "curl: (6) Could not resolve host: api\n" + _EXIT),
    # ------------------------------------------------------------------ 5. go test -v and the goroutine panic
    # the panicking test's own t.Log lines between its header and the panic
    ("go-v-panicking-test-own-log-lines", "transient",
     _go_panic("send on closed channel", [_TEST_FRAME], created=_TEST_CREATED,
               before="    watcher_test.go:82: watcher running\n    watcher_test.go:84: stopping after 3 events\n")),
    ("go-v-passing-tests-logs-then-panic", "transient", _go_v(_GO_LOGS_PASSING)),
    ("go-v-recovered-panic-own-log-line", "transient",
     "=== RUN   TestRunnerApproval\n    runner_test.go:350: approving step 2\n"
     + _recovered("send on closed channel").replace("=== RUN   TestRunnerApproval\n", "", 1)),
    # near-misses: another test's failure under -v (the panicking test's own check line: NOT_SURELY_TRANSIENT)
    ("go-v-other-test-failed-then-panic", "real",
     _go_v("=== RUN   TestParse\n    parse_test.go:12: got 1, want 2\n--- FAIL: TestParse (0.00s)\n")),
    ("go-v-passing-logs-and-failure-no-panic", "real",
     _GO_LOGS_PASSING + "=== RUN   TestParse\n    parse_test.go:12: got 1, want 2\n--- FAIL: TestParse (0.00s)\nFAIL\n"
     "FAIL\tgithub.com/acme/p\t0.1s\nFAIL\n" + _EXIT),
]

# A compile, link or bundle step's own out-of-memory: neither surely transient nor surely real (unknown where nothing
# else in the log speaks): the public threads split between a larger resource class or a config change and a one-off.
OWN_OOM: list[tuple[str, str]] = [
    ("gcc-cc1plus-killed-signal",
     "[ 45%] Building CXX object src/CMakeFiles/core.dir/query_planner.cpp.o\n"
     "c++: fatal error: Killed signal terminated program cc1plus\ncompilation terminated.\n"
     "make[2]: *** [src/CMakeFiles/core.dir/build.make:76: src/CMakeFiles/core.dir/query_planner.cpp.o] Error 1\n"
     + _EXIT),
    ("gcc-cc1plus-killed-gitlab",
     "$ make -j8\ng++: fatal error: Killed signal terminated program cc1plus\ncompilation terminated.\n"
     "ERROR: Job failed: exit code 1\n"),
    ("cc1plus-out-of-memory-allocating",
     "[ 45%] Building CXX object query_planner.cpp.o\n"
     "cc1plus: out of memory allocating 65536 bytes after a total of 3145728000 bytes\n"
     "make[2]: *** [query_planner.cpp.o] Error 1\n" + _EXIT),
    ("gcc-virtual-memory-exhausted",
     "g++ -O2 -c query_planner.cpp\nvirtual memory exhausted: Cannot allocate memory\n"
     "make: *** [query_planner.o] Error 1\n" + _EXIT),
    ("collect2-ld-killed",
     "[ 98%] Linking CXX executable server\ncollect2: fatal error: ld terminated with signal 9 [Killed]\n"
     "compilation terminated.\n" + _EXIT),
    ("node-heap-limit-bundle",
     "$ npm run build\n> webpack --mode production\n\n<--- Last few GCs --->\n\n"
     "FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory\n"
     " 1: 0xb090e0 node::Abort() [node]\nAborted (core dumped)\n" + _EXIT),
    ("node-ineffective-mark-compacts-vite",
     "$ npx vite build\n"
     "FATAL ERROR: Ineffective mark-compacts near heap limit Allocation failed - JavaScript heap out of memory\n"
     + _EXIT),
]

NOT_SURELY_TRANSIENT: list[tuple[str, str]] = [
    # a cancellation by a person or a newer push: no failure of the change, and no positive sign of an outage either
    ("gitlab-job-canceled", "$ make test\nrunning 120 tests\nERROR: Job failed: canceled\n"),
    ("jenkins-aborted-by-user", "[Pipeline] sh\n+ make test\nrunning 120 tests\nAborted by alice\nFinished: ABORTED\n"),
    ("buildkite-cancellation-signal",
     "~~~ Running tests\n$ make test\nrunning 120 tests\n# Received cancellation signal, interrupting\n"
     "🚨 Error: The command was interrupted by a signal: terminated\n"),
    # GitHub's fail-fast: the sibling job's failure is what matters
    ("gha-fail-fast-sibling", "Run make test\nrunning 120 tests\n"
     "##[error]The job was canceled because \"test (ubuntu-latest, 3.11)\" failed.\n##[error]The operation was canceled.\n"),
    ("gha-fail-fast-alone", "Run make test\nError: The job was canceled because \"build (windows-latest)\" failed.\n"),
    # curl to a dotless service name (a compose service, a GitLab service container) refused, or resolving nowhere
    ("curl7-compose-service-refused",
     "+ curl -sf http://api:8080/health\ncurl: (7) Failed to connect to api port 8080 after 3 ms: Connection refused\n"
     + _EXIT),
    ("curl6-gitlab-service-name",
     "$ curl -sf http://postgres:5432/\ncurl: (6) Could not resolve host: postgres\nERROR: Job failed: exit code 1\n"),
    # V8's heap limit under tsc: the failing command is a type checker, which structure.py reads as the change's (real);
    # not surely transient, as the rule holds (a type checker's OOM reading real is left as structure.py reads it)
    ("node-ineffective-mark-compacts-tsc",
     "$ npx tsc -p tsconfig.build.json\n"
     "FATAL ERROR: Ineffective mark-compacts near heap limit Allocation failed - JavaScript heap out of memory\n"
     + _EXIT),
    # go test -v: the panicking test's own line with a check's words (t.Errorf prints the same form as t.Log):
    # the check and the panic weigh against each other (unknown)
    ("go-v-panicking-test-check-line",
     _go_panic("send on closed channel", [_TEST_FRAME], created=_TEST_CREATED,
               before="    watcher_test.go:82: got 3 workers, want 4\n")),
]


@pytest.mark.parametrize(("verdict", "log"), labelled(CASES))
def test_leftovers20_case_reads_as_labelled(verdict, log):
    reads(log, verdict)


@pytest.mark.parametrize("log", logs(NOT_SURELY_TRANSIENT))
def test_leftovers20_ambiguous_case_is_not_surely_transient(log):
    not_surely_transient(log)


@pytest.mark.parametrize(("verdict", "log"), labelled([c for c in CASES if c[1] == "transient"]))
def test_leftovers20_transient_case_reads_modestly(verdict, log):
    v = judge(log)
    assert v.verdict != "transient" or v.confidence <= 0.97, v.confidence


def _case(cid: str) -> str:
    return next(c[2] for c in CASES if c[0] == cid)


def test_plain_ct_run_timetrap_reads_by_the_harness_limit_entry():
    for cid in ("ct-run-timetrap-failed-on-line", "ct-run-timetrap-failed-no-line"):
        assert "test-harness-own-time-limit" in signatures(judge(_case(cid))), cid


def test_plain_and_rebar3_timetrap_read_alike():
    rebar3 = ("$ rebar3 ct\n===> Running Common Test suites...\n"
              "%%% sync_SUITE ==> t_resync: FAILED\n%%% sync_SUITE ==> {timetrap_timeout,30000}\n\n"
              "Failed 1 tests. Passed 39 tests.\n===> Failures occurred running tests: 1\n" + _EXIT)
    plain = judge(_case("ct-run-timetrap-failed-on-line"))
    assert judge(rebar3).verdict == plain.verdict == "transient"


@pytest.mark.parametrize("log", logs(OWN_OOM))
def test_a_build_steps_own_oom_is_neither_surely_transient_nor_surely_real(log):
    v = not_surely_transient(log)
    assert not (v.verdict == "real" and v.confidence >= 0.7), (v.confidence, v.rationale)
    assert not {"oom-killed", "resource-exhausted", "memory-exhausted", "runtime-fatal-out-of-memory",
                "toolchain-child-killed"} & signatures(v), v.rationale


def test_loopback_curl_reads_by_its_own_entry():
    for cid in ("curl7-localhost-refused", "curl35-localhost-tls"):
        assert "curl-own-loopback-server" in signatures(judge(_case(cid))), cid
    assert "curl-own-loopback-server" not in signatures(judge(_case("curl7-loopback-mirror-download")))


def test_go_panic_reads_through_the_panicking_tests_log_lines():
    for cid in ("go-v-panicking-test-own-log-lines", "go-v-recovered-panic-own-log-line"):
        v = judge(_case(cid))
        assert "go-test-goroutine-channel-panic" in signatures(v) and "test-assertion" not in signatures(v), cid


def test_case_ids_are_unique():
    assert_unique_ids(CASES, OWN_OOM, NOT_SURELY_TRANSIENT)


# One line of 50,000 characters of each of these words is read by benchmarks/pattern_speed.py.
LONG_LINE_WORDS = [
    "sync_SUITE:t_resync failed on line 88",
    "Reason: timetrap_timeout",
    "[error] gen_server <0.412.0> terminated with reason: ",
    "[error] CRASH REPORT Process <0.412.0> with 0 neighbours exited with reason: ",
    "The job was canceled because \"",
    "c++: fatal error: Killed signal terminated program cc1plus",
    "cc1plus: out of memory allocating ",
    "collect2: fatal error: ld terminated with signal 9",
    "FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory",
    "curl: (7) Failed to connect to localhost port ",
    "curl: (35) OpenSSL SSL_connect: SSL_ERROR_SYSCALL in connection to localhost:",
    "curl: (7) Failed to connect to api port ",
    "+ curl -fsSL -o x.zip http://127.0.0.1:1/",
    "src/app.ts(12,5): error TS2322: ",
    "    watcher_test.go:82: ",
]
