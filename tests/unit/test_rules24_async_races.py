"""Twenty-fourth round, async24: a test harness's own report that an asynchronous exchange did not complete in time or
in order, with no timeout word (a goroutine, a promise or a callback that outlived its test, a message never
delivered, a task cancelled), read as a flaky test only where public threads show the sign is the test's own race
nearly every time.

Covered: Go's testing package panicking on a log from a goroutine after its test completed ("panic: Log in goroutine
after TestX has completed[: msg]", old and new forms, through zaptest, a subtest, recovered, under GitHub Actions'
timestamps) -> transient (go-test-log-after-completed); Vitest failing a run whose tests all passed on an error caught
after a test file's environment was torn down, or on its worker's "Closing rpc while ... was pending" -> transient
(vitest-error-after-env-teardown); .NET's "TaskCanceledException : A task was canceled." as a test's error (vstest,
xUnit's console, NUnit under vstest) -> not surely transient (dotnet-test-task-canceled, read lightly: unknown where
nothing else speaks; MSTest's "threw exception:" form, whose line begins with the exception's class, keeps
uncaught-exception's real reading). The shapes researched and left as they read are below, each with what its threads said.

Where the wording comes from: golang/go src/testing/testing.go (logDepth: panic("Log in goroutine after " + c.name +
" has completed: " + s), older releases without the ": " + s), read through the code index; vitest-dev/vitest
packages/vitest/src/node/printError.ts (the teardown note, in releases 0.29 to 4.0.9; read in the tree's history),
packages/vitest/src/runtime/worker.ts (EnvironmentTeardownError "[vitest-worker]: Closing rpc while "%s" was pending")
and src/node/logger.ts ("Vitest caught N unhandled error(s) during the test run."), read; jestjs/jest
packages/jest-runner/src/runTest.ts (freezeConsole: "Cannot log after tests are done. Did you forget to wait for
something async in your test?", which also sets process.exitCode = 1) and packages/jest-runner/src/index.ts ("A worker
process has failed to exit gracefully ...", console.error only), read; rails/rails actioncable/test/client_test.rb
(SyncClient#close: raise "#{@messages.size} messages unprocessed"), read through the code index. Recalled, not read:
Ruby's Thread::Queue#pop(true) "ThreadError: queue empty", Mockito's "Wanted but not invoked:" block, .NET's
TaskCanceledException text and vstest/xUnit/MSTest layouts, Mox's VerificationError, unittest.mock's "Expected 'x' to
have been called once. Called 0 times.", asyncio's "Task was destroyed but it is pending!", Surefire's and Gradle's
test report lines. Test names, packages and paths are made up; no project's CI log is copied.

Tallies (issues corpus; transient: flaky, passed on a rerun, fixed by making the TEST wait or synchronise; real: the
change brought the race or broke the code, fixed in product code, or the same on every run):
  * Go "Log in goroutine after ... has completed": transient 14 of 16 (88 %) -- spacemeshos/go-spacemesh#2742,
    qmsk/snmpbot#30, kakao/varlog#400, appsody/appsody#766, pingcap/tidb#66961, ipfs/boxo#619,
    radius-project/radius#7684, google/knative-gcp#1197, cilium/tetragon#3187, margince/margince#972,
    kubernetes/kubernetes#137255, hyperledger-firefly/firefly#471, hashicorp/consul#6632,
    smartcontractkit/chainlink-testing-framework#728; outcome not stated: ovh/cds#4799, zeta-chain/node#3573 -> transient.
  * Vitest error after environment teardown: transient 12 of 13 (92 %) -- automerge/automerge-repo#275,
    vitest-dev/vitest#3257, #4464 and #1692, Comfy-Org/ComfyUI_frontend#14787, bloknayrb/tandem#1937,
    civitai/civitai#4223, ntohq/buefy-next#403, open-telemetry/opentelemetry-browser#409,
    web-scrobbler/web-scrobbler#4473, NousResearch/hermes-agent#94451, pass-culture/pass-culture-main#23150; unclear:
    boardsesh/boardsesh#4488 -> transient.
  * .NET "A task was canceled." in a test: transient 8 of 11 (73 %) -- ryanbrandenburg/TriageTest#52, dotnet/corefx#9785
    and #9543, microsoft/vs-streamjsonrpc#75, dotnet/runtime#30733, Actual-Chat/actual-chat#4732, dotnet/roslyn#43565
    and #66339; real: microsoft/vscode-dotnettools#2448, aspnet/KestrelHttpServer#265; unclear: dotnet/corefx#7364
    -> not surely transient.
  * Left as they read (threads too few or split, or the sign is a plain verification that a broken product fails the
    same way): Ruby "ThreadError: queue empty" (2 threads: slack-ruby-client#198 flaky in a test helper,
    ruby-amqp/bunny#131 a product bug) -> real; ActionCable's "N messages unprocessed" (one project's test helper, no
    thread found) -> real; Mockito "Wanted but not invoked" (firebase/firebase-android-sdk#7242,
    hmcts/fpl-ccd-configuration#5443 and mockito/mockito#3599 flaky in async tests; mockito/mockito#1254 and cqfn/pdd#33
    real; and most such failures are ordinary unit tests a log cannot tell apart) -> real; unittest.mock's "Called 0
    times" and Mox's "invoked 0 times" (no flaky thread found; BerriAI/litellm#37660 shows the assertion catching a
    broken callback) -> real; Java ConcurrentModificationException in a test (openjdk/jdk#17462, kolmafia#1473,
    snuspl/pluto#675, adoptium/aqa-tests#6822, ankidroid/Anki-Android#8701, robolectric#1564, yegor256/qulice#159 one-offs;
    JetBrains/lincheck#789 a product fix; JMRI/JMRI#11464, UniversalMediaServer#2761, stratosphere#139 unclear; a
    single-threaded CME fails every run) -> not surely transient, as the nineteenth round left it; asyncio's "Task was
    destroyed but it is pending!" (inmanta/inmanta-core#5332 and dask/distributed#3940 a test's leftovers;
    cockpit-project/cockpit#19711 and equinor/ert#7774 product fixes) and "Event loop is closed" (pytest-asyncio#183,
    #211, #991, crossbario/autobahn-python#1631: fixture scopes and plugin versions, every run) -> as the nineteenth
    round left them; Jest's "Cannot log after tests are done" (wix-incubator/remx#56, paralleldrive/riteway#236,
    capricorn86/happy-dom#773, shopware/shopware#15354: a missing await, the same on every run) -> not transient: alone
    it reads unknown (Jest sets exit code 1 for it when the file ran in band), beside a failing test the test's failure;
    Jest's "A worker process has failed to exit gracefully" is a warning (console.error, no exit code): the job's own
    failure beside it decides. The Go channel panics are the nineteenth round's (test_rules19_smells3.py); ExUnit's
    assert_receive "no matching message after 100ms" is test-timing's (transient, not where the mailbox held other
    messages; test_tool_sources_waits2.py); node:test's "generated asynchronous activity after the test ended" reads real
    (test_tool_sources_js_runners.py).

The rules the cases hold:
  * the Go panic alone, the Vitest teardown error with every test passed -> transient;
  * .NET's "A task was canceled." as a test's error -> not surely transient (unknown where nothing else speaks);
  * near-misses -> real: the same panic again (every attempt), another test failing on its own message, a package that
    did not build, the race detector's report, a test ABOUT the panic text, a project's suppressed panic line; a Vitest
    run where a test failed too; an Assert.Throws that names TaskCanceledException as the actual exception; a .NET run
    where another test failed on its assertion;
  * the warnings (Jest's "Cannot log after tests are done", its forced worker exit, asyncio's destroyed task) never
    decide: the job's own failure beside them does, real (an assertion) or transient (a reset connection).
"""

from __future__ import annotations

import pytest
from judging import assert_unique_ids, labelled, logs, not_surely_transient, reads

_GHA = "##[error]Process completed with exit code 1.\n"
_CIRCLE = "\nExited with code exit status 1\n"
_GL = "ERROR: Job failed: exit code 1\n"
_GO = "/opt/hostedtoolcache/go/1.22.4/x64/src"


def _logdepth(n: int = 55) -> str:
    return (f"goroutine {n} [running]:\n"
            f"testing.(*common).logDepth(0xc000102b60, {{0xc0001a0000, 0x1c}}, 0x3)\n\t{_GO}/testing/testing.go:1028 +0x4e5\n"
            f"testing.(*common).log(...)\n\t{_GO}/testing/testing.go:1010\n"
            f"testing.(*common).Logf(0xc000102b60, {{0x6c5a0b, 0x13}}, {{0xc0000a1f88, 0x1, 0x1}})\n\t{_GO}/testing/testing.go:1061 +0x5a\n")


_OWN_GOROUTINE = ("github.com/acme/relay/api.TestServe.func1()\n"
                  "\t/home/runner/work/relay/relay/api/server_test.go:44 +0x8f\n"
                  "created by github.com/acme/relay/api.TestServe in goroutine 54\n"
                  "\t/home/runner/work/relay/relay/api/server_test.go:40 +0x1a4\n")


def _go_log_panic(head: str = "panic: Log in goroutine after TestServe has completed: server stopped\n",
                  frames: str = _OWN_GOROUTINE, before: str = "", pkg: str = "github.com/acme/relay/api") -> str:
    return (f"=== RUN   TestServe\n{before}--- PASS: TestServe (0.01s)\nPASS\n{head}\n" + _logdepth() + frames
            + f"FAIL\t{pkg}\t0.311s\nFAIL\n")


def _stamped(log: str) -> str:
    return "".join(f"2024-05-01T10:00:{i % 60:02d}.1234567Z {line}\n" for i, line in enumerate(log.splitlines()))


_VITEST_HEAD = (" RUN  v1.6.0 /home/runner/work/sync/sync\n\n"
                " ✓ test/queue.test.ts (12 tests) 41ms\n"
                " ✓ test/sync.test.ts (9 tests) 212ms\n\n"
                "⎯⎯⎯⎯⎯⎯ Unhandled Errors ⎯⎯⎯⎯⎯⎯\n\n"
                "Vitest caught 1 unhandled error during the test run.\n"
                "This might cause false positive tests. Resolve unhandled errors to make sure your tests are not affected.\n\n")
_VITEST_NOTE = ("This error originated in \"test/sync.test.ts\" test file. It doesn't mean the error was thrown inside the "
                "file itself, but while it was running.\n"
                "This error was caught after test environment was torn down. Make sure to cancel any running tasks before "
                "test finishes:\n"
                "- cancel timeouts using clearTimeout and clearInterval\n"
                "- wait for promises to resolve using the await keyword\n"
                "⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯⎯\n\n")
_VITEST_PASSED = (" Test Files  15 passed (15)\n"
                  "      Tests  164 passed (164)\n"
                  "     Errors  1 error\n"
                  "   Start at  10:02:11\n"
                  "   Duration  9.41s\n\n")

_VSTEST_TAIL = "\nFailed!  - Failed:     1, Passed:   212, Skipped:     0, Total:   213, Duration: 41 s - Acme.Relay.Tests.dll (net8.0)\n"

_RSPEC_END = "\nFinished in 2.41 seconds (files took 0.88 seconds to load)\n212 examples, 1 failure\n"

_JEST_SUMMARY_FAIL = "Test Suites: 1 failed, 47 passed, 48 total\nTests:       1 failed, 511 passed, 512 total\n"

_PYTEST_FAIL = "=========================== short test summary info ============================\n"

CASES: list[tuple[str, str, str]] = [
    # ================================================================== Go: a goroutine logging after its test
    # golang/go src/testing/testing.go logDepth ("Log in goroutine after %s has completed: %s"), the test's own goroutine
    ("go-log-after-completed", "transient", _go_log_panic() + _GHA),
    # the same in Go releases before the message was appended (testing.go "Log in goroutine after %s has completed")
    ("go-log-after-completed-old-form", "transient",
     _go_log_panic(head="panic: Log in goroutine after TestServe has completed\n") + _CIRCLE),
    # the product's worker logging through zaptest's writer bound to the test's T (its Close did not wait for it)
    ("go-log-after-completed-through-zaptest", "transient",
     _go_log_panic(head="panic: Log in goroutine after TestServe has completed: 2024-05-01T10:00:01.000Z\tINFO\tworker "
                        "stopped\n",
                   frames=("go.uber.org/zap/zaptest.TestingWriter.Write({0x9d5a40?, 0xc000102b60?}, {0xc0002b8000, 0x3a, 0x400})\n"
                           "\t/home/runner/go/pkg/mod/go.uber.org/zap@v1.27.0/zaptest/logger.go:130 +0xfc\n"
                           "github.com/acme/relay/worker.(*Pool).run(0xc0001a2000)\n"
                           "\t/home/runner/work/relay/relay/worker/pool.go:88 +0x2a9\n"
                           "created by github.com/acme/relay/worker.(*Pool).Start in goroutine 54\n"
                           "\t/home/runner/work/relay/relay/worker/pool.go:61 +0x1a4\n"),
                   pkg="github.com/acme/relay/worker") + _GHA),
    # a suite's subtest (testify suite), its name with a slash
    ("go-log-after-completed-subtest", "transient",
     _go_log_panic(head="panic: Log in goroutine after TestE2ESuite/TestInvoke has completed: ws closed: read tcp "
                        "127.0.0.1:5000->127.0.0.1:43110: use of closed network connection\n") + _GHA),
    # the message logged carried newlines (a JSON log record), the panic recovered by the product's worker and raised again
    ("go-log-after-completed-recovered", "transient",
     "=== RUN   TestOrchestrator/updates_context\n--- PASS: TestOrchestrator/updates_context (0.02s)\nPASS\n"
     "panic: Log in goroutine after TestOrchestrator/updates_context has completed: {\"level\":\"info\",\"msg\":\"task done\"}\n"
     "\t [recovered]\n"
     "\tpanic: Log in goroutine after TestOrchestrator/updates_context has completed: {\"level\":\"info\",\"msg\":\"task done\"}\n\n"
     + _logdepth(521) + "FAIL\tgithub.com/acme/flow/orchestrator\t1.204s\nFAIL\n" + _GHA),
    # GitHub Actions' timestamps on every line
    ("go-log-after-completed-stamped", "transient", _stamped(_go_log_panic() + _GHA)),
    # ------------------------------------------------------------------ Go near-misses
    # the same test's panic in every attempt of a retried run (gotestsum --rerun-fails, recalled)
    ("go-log-after-completed-every-attempt", "real",
     _go_log_panic() + "\nDONE 1 runs, 212 tests, 1 failure in 14.2s\n\n=== RERUN TestServe\n" + _go_log_panic() + _GHA),
    # another test failed on its own message before the panic
    ("go-log-after-completed-beside-other-failure", "real",
     "=== RUN   TestParseHeader\n    header_test.go:41: ParseHeader(\"a: b\") = \"a\", want \"b\"\n"
     "--- FAIL: TestParseHeader (0.00s)\n" + _go_log_panic() + _GHA),
    # a package that did not build, beside the panic
    ("go-log-after-completed-beside-build-failure", "real",
     "# github.com/acme/relay/store\nstore/store.go:12:2: undefined: NewIndex\n"
     "FAIL\tgithub.com/acme/relay/store [build failed]\n" + _go_log_panic() + _GHA),
    # the race detector's report in the same run: a race it saw, in whatever code
    ("go-log-after-completed-beside-data-race", "real",
     "==================\nWARNING: DATA RACE\nWrite at 0x00c0001a2010 by goroutine 9:\n"
     "  github.com/acme/relay/api.(*Server).Close()\n      /home/runner/work/relay/relay/api/server.go:61 +0x44\n"
     "==================\n    testing.go:1398: race detected during execution of test\n" + _go_log_panic() + _GHA),
    # a test ABOUT the panic (a logger wrapper that must not panic), failing on its own message
    ("go-test-about-log-after-completed", "real",
     "=== RUN   TestWriterAfterCompletion\n"
     "    writer_test.go:52: Write after completion panicked: \"Log in goroutine after TestX has completed\", want no panic\n"
     "--- FAIL: TestWriterAfterCompletion (0.00s)\nFAIL\nFAIL\tgithub.com/acme/logkit\t0.014s\nFAIL\n" + _GHA),
    # a project's wrapper that swallows the panic and prints it (hashicorp/consul's sdk, read through the code index:
    # "SUPPRESSED PANIC: "), while another test failed on its assertion
    ("go-suppressed-log-after-completed-line", "real",
     "=== RUN   TestLeader_CA\nSUPPRESSED PANIC: Log in goroutine after TestLeader_CA has completed: agent: shutting down\n"
     "--- PASS: TestLeader_CA (1.20s)\n=== RUN   TestLeader_Peering\n"
     "    leader_test.go:88: \n        \tError Trace:\tleader_test.go:88\n        \tError:      \tNot equal: \n"
     "        \t            \texpected: 3\n        \t            \tactual  : 2\n--- FAIL: TestLeader_Peering (0.41s)\n"
     "FAIL\nFAIL\tgithub.com/acme/mesh/agent\t4.310s\nFAIL\n" + _GHA),

    # ================================================================== Vitest: an error after the environment's teardown
    # packages/vitest/src/node/printError.ts (teardown note) under logger.ts's banner, every test passed
    ("vitest-caught-after-teardown", "transient",
     _VITEST_HEAD + "⎯⎯⎯⎯ Unhandled Rejection ⎯⎯⎯⎯⎯\n"
     "TypeError: Cannot read properties of undefined (reading 'close')\n"
     " ❯ Timeout._onTimeout src/sync/peer.ts:41:12\n"
     " ❯ listOnTimeout node:internal/timers:573:17\n\n" + _VITEST_NOTE + _VITEST_PASSED + _GHA),
    # an interval that fired after jsdom's window was gone (the Uncaught Exception banner)
    ("vitest-caught-after-teardown-window-gone", "transient",
     _VITEST_HEAD + "⎯⎯⎯⎯ Uncaught Exception ⎯⎯⎯⎯⎯\n"
     "ReferenceError: window is not defined\n"
     " ❯ Timeout._onTimeout src/components/Popover.vue:607:37\n\n" + _VITEST_NOTE + _VITEST_PASSED + _GHA),
    # packages/vitest/src/runtime/worker.ts: the worker closed its rpc with a console.log still in flight
    ("vitest-closing-rpc-pending", "transient",
     " Test Files  652 passed | 3 skipped (655)\n      Tests  11123 passed | 29 skipped (11152)\n     Errors  1 error\n\n"
     "⎯⎯⎯⎯ Unhandled Rejection ⎯⎯⎯⎯⎯\n"
     "EnvironmentTeardownError: [vitest-worker]: Closing rpc while \"onUserConsoleLog\" was pending\n"
     "This error originated in \"tests/client/theme.test.ts\" test file. It doesn't mean the error was thrown inside the "
     "file itself, but while it was running.\n" + _GHA),
    # ------------------------------------------------------------------ Vitest near-misses
    # a test failed as well: its failure stands
    ("vitest-after-teardown-with-failed-test", "real",
     " FAIL  test/sync.test.ts > sync > merges heads\n"
     "AssertionError: expected [ 'a', 'b' ] to deeply equal [ 'a', 'b', 'c' ]\n"
     " ❯ test/sync.test.ts:88:24\n\n"
     + _VITEST_HEAD.split("⎯⎯⎯⎯⎯⎯ Unhandled")[0] + "⎯⎯⎯⎯⎯⎯ Unhandled Errors ⎯⎯⎯⎯⎯⎯\n\n"
     "⎯⎯⎯⎯ Unhandled Rejection ⎯⎯⎯⎯⎯\nTypeError: Cannot read properties of undefined (reading 'close')\n\n"
     + _VITEST_NOTE
     + " Test Files  1 failed | 14 passed (15)\n      Tests  1 failed | 163 passed (164)\n     Errors  1 error\n" + _GHA),
    # an unhandled rejection Vitest caught while a test was still running (no teardown note): not read, the error reads
    ("vitest-unhandled-rejection-during-test", "real",
     _VITEST_HEAD + "⎯⎯⎯⎯ Unhandled Rejection ⎯⎯⎯⎯⎯\nTypeError: Cannot read properties of null (reading 'send')\n"
     " ❯ src/sync/peer.ts:88:11\n\n"
     "This error originated in \"test/sync.test.ts\" test file. It doesn't mean the error was thrown inside the file "
     "itself, but while it was running.\n" + _VITEST_PASSED + _GHA),
    # the teardown note, then the next step's type check failed: that is the job's failure
    ("vitest-after-teardown-then-typecheck", "real",
     _VITEST_HEAD + "⎯⎯⎯⎯ Unhandled Rejection ⎯⎯⎯⎯⎯\nTypeError: Cannot read properties of undefined (reading 'close')\n\n"
     + _VITEST_NOTE + _VITEST_PASSED
     + "$ tsc --noEmit -p .\nsrc/sync/peer.ts(12,7): error TS2322: Type 'string' is not assignable to type 'number'.\n"
     "Found 1 error in src/sync/peer.ts:12\n" + _GHA),

    # ================================================================== .NET: "A task was canceled." in a test
    # vstest's console logger, an awaited HttpClient call the test's loopback server never answered in time
    ("dotnet-vstest-task-canceled", "unknown",
     "  Failed Acme.Relay.Tests.HubTests.PublishReachesSubscriber [5 s]\n  Error Message:\n"
     "   System.Threading.Tasks.TaskCanceledException : A task was canceled.\n  Stack Trace:\n"
     "     at System.Net.Http.HttpClient.HandleFailure(Exception e, Boolean telemetryStarted, HttpResponseMessage response)\n"
     "     at Acme.Relay.Tests.HubTests.PublishReachesSubscriber() in /home/runner/work/relay/tests/HubTests.cs:line 41\n"
     + _VSTEST_TAIL + _GHA),
    # xUnit's console runner
    ("dotnet-xunit-task-canceled", "unknown",
     "[xUnit.net 00:00:19.26]     Acme.Rpc.Tests.InteropTests.ErrorResponseOmitsData [FAIL]\n"
     "      System.Threading.Tasks.TaskCanceledException : A task was canceled.\n      Stack Trace:\n"
     "           at Acme.Rpc.Tests.InteropTestBase.ReceiveAsync() in /src/tests/InteropTestBase.cs:line 58\n"
     "=== TEST EXECUTION SUMMARY ===\n   Acme.Rpc.Tests  Total: 312, Errors: 0, Failed: 1, Skipped: 0, Time: 21.4s\n" + _GL),
    # MSTest's "threw exception" form: the line begins with the exception's class, which uncaught-exception holds at the
    # same weight (it comes first in the catalogue): it reads real, as before (not surely transient either way)
    ("dotnet-mstest-task-canceled", "real",
     "  Failed GetWebResourceRootReturnsOk [30 s]\n  Error Message:\n"
     "   Test method Acme.Web.Tests.WebTests.GetWebResourceRootReturnsOk threw exception: \n"
     "System.Threading.Tasks.TaskCanceledException: A task was canceled.\n"
     "  Stack Trace:\n      at Acme.Web.Tests.WebTests.GetWebResourceRootReturnsOk() in /src/WebTests.cs:line 30\n"
     + _VSTEST_TAIL + _GHA),
    # ------------------------------------------------------------------ .NET near-misses
    # the test expected another error and got the cancellation: its assertion
    ("dotnet-assert-throws-actual-task-canceled", "real",
     "    Acme.Http.Tests.CertificateTests.RevokedCertificate_Fails [FAIL]\n"
     "      Assert.Throws() Failure\n      Expected: typeof(System.Net.Http.HttpRequestException)\n"
     "      Actual:   typeof(System.Threading.Tasks.TaskCanceledException): A task was canceled.\n"
     + _VSTEST_TAIL + _GHA),
    # another test failed on its own assertion in the same run
    ("dotnet-task-canceled-beside-assertion", "real",
     "  Failed Acme.Relay.Tests.HubTests.PublishReachesSubscriber [5 s]\n  Error Message:\n"
     "   System.Threading.Tasks.TaskCanceledException : A task was canceled.\n"
     "  Failed Acme.Relay.Tests.RouteTests.SplitsPath [12 ms]\n  Error Message:\n"
     "   Assert.Equal() Failure: Values differ\nExpected: 3\nActual:   2\n"
     "\nFailed!  - Failed:     2, Passed:   211, Skipped:     0, Total:   213, Duration: 41 s - Acme.Relay.Tests.dll (net8.0)\n"
     + _GHA),

    # ================================================================== shapes left as they read
    # Ruby: a spec's non-blocking Queue#pop(true) found nothing yet (Thread::Queue, recalled "ThreadError: queue empty")
    ("ruby-rspec-thread-error-queue-empty", "real",
     "+ bundle exec rspec\n\nFailures:\n\n  1) Notifier delivers the event to subscribers\n"
     "     Failure/Error: event = received.pop(true)\n\n     ThreadError:\n       queue empty\n"
     "     # ./spec/notifier_spec.rb:41:in `pop'\n" + _RSPEC_END + _GHA),
    # rails/rails actioncable/test/client_test.rb (SyncClient#close: "#{@messages.size} messages unprocessed")
    ("ruby-minitest-messages-unprocessed", "real",
     "+ bin/test test/client_test.rb\n  1) Error:\nClientTest#test_unsubscribe_client:\n"
     "RuntimeError: 1 messages unprocessed\n    test/client_test.rb:126:in `close'\n\n"
     "18 runs, 57 assertions, 0 failures, 1 errors, 0 skips\n" + _GHA),
    # Mockito's verification in a test of an executor-backed dispatcher (Gradle's test report, recalled)
    ("java-mockito-wanted-but-not-invoked-async", "real",
     "> Task :test\n\ncom.acme.bus.DispatcherTest > publishesAsync FAILED\n"
     "    Wanted but not invoked:\n    listener.onEvent(<any com.acme.bus.Event>);\n"
     "    -> at com.acme.bus.DispatcherTest.publishesAsync(DispatcherTest.java:58)\n"
     "    Actually, there were zero interactions with this mock.\n\n"
     "212 tests completed, 1 failed\n\n> Task :test FAILED\n\nFAILURE: Build failed with an exception.\n" + _GHA),
    # unittest.mock's assert_called_once on a callback an event loop should have run
    ("python-mock-callback-called-0-times", "real",
     "+ pytest -q\n" + _PYTEST_FAIL +
     "FAILED tests/test_events.py::test_on_message_called - AssertionError: Expected 'on_message' to have been called "
     "once. Called 0 times.\n1 failed, 120 passed in 4.22s\n" + _GHA),
    # an event-stream test counting what arrived (mocha, its own message)
    ("node-expected-events-got-fewer", "real",
     "  stream\n    1) emits all events\n\n  88 passing (2s)\n  1 failing\n\n  1) stream\n       emits all events:\n"
     "     AssertionError [ERR_ASSERTION]: Expected 5 events, got 4\n      at Context.<anonymous> (test/stream.test.js:31:12)\n"
     + _GHA),
    # Mox.VerificationError (recalled) in an ExUnit test
    ("elixir-mox-invoked-0-times", "real",
     "+ mix test\n  1) test notifies subscriber (Relay.HubTest)\n     test/relay/hub_test.exs:31\n"
     "     ** (Mox.VerificationError) error while verifying mocks for #PID<0.412.0>:\n\n"
     "       * expected Relay.MockSink.push/1 to be invoked once but it was invoked 0 times\n"
     "     stacktrace:\n       test/relay/hub_test.exs:40: (test)\n\n"
     "Finished in 1.2 seconds (0.4s async, 0.8s sync)\n48 tests, 1 failure\n" + _GHA),
    # ExUnit's assert_receive with an empty mailbox: test-timing's reading (twentieth round, waits2), kept
    ("elixir-assert-receive-empty-mailbox", "transient",
     "+ mix test\n  1) test delivers broadcast to subscribers (Relay.PubSubTest)\n     test/relay/pubsub_test.exs:39\n"
     "     Assertion failed, no matching message after 100ms\n     The process mailbox is empty.\n"
     "     code: assert_receive :subscribed\n     stacktrace:\n       test/relay/pubsub_test.exs:60: (test)\n\n"
     "Finished in 3.1 seconds (1.2s async, 1.9s sync)\n212 tests, 1 failure\n" + _GHA),
    # Jest's warning beside a test that failed on a mock's call count: the test's failure decides
    ("jest-cannot-log-after-done-beside-call-count", "real",
     " FAIL  src/queue/worker.test.ts\n  ● worker › acks the job\n\n"
     "    expect(jest.fn()).toHaveBeenCalledTimes(expected)\n\n    Expected number of calls: 1\n    Received number of calls: 0\n\n"
     "Cannot log after tests are done. Did you forget to wait for something async in your test?\n"
     "    Attempted to log \"job 17 acked\".\n" + _JEST_SUMMARY_FAIL + _GHA),
    # ... and beside a test that failed on a connection the registry reset: that failure decides
    ("jest-cannot-log-after-done-beside-reset", "transient",
     " FAIL  src/registry/publish.test.ts\n  ● publish › uploads the tarball\n\n"
     "    FetchError: request to https://registry.npmjs.org/@acme%2fwidgets failed, reason: read ECONNRESET\n\n"
     "Cannot log after tests are done. Did you forget to wait for something async in your test?\n"
     "    Attempted to log \"retrying upload\".\n" + _JEST_SUMMARY_FAIL + _GHA),
    # Jest's forced worker exit (a warning) beside a test failing on its assertion
    ("jest-worker-force-exited-beside-assertion", "real",
     " FAIL  src/stream/merge.test.ts\n  ● merge › orders events\n\n    expect(received).toEqual(expected)\n\n"
     "    - Expected  - 1\n    + Received  + 1\n\n"
     "A worker process has failed to exit gracefully and has been force exited. This is likely caused by tests leaking "
     "due to improper teardown. Try running with --detectOpenHandles to find leaks. Active timers can also cause this, "
     "ensure that .unref() was called on them.\n" + _JEST_SUMMARY_FAIL + _GHA),
    # ... and beside a test whose request timed out against a public host: that decides
    ("jest-worker-force-exited-beside-etimedout", "transient",
     " FAIL  src/api/client.test.ts\n  ● client › fetches the release list\n\n"
     "    Error: connect ETIMEDOUT 140.82.112.3:443\n\n"
     "A worker process has failed to exit gracefully and has been force exited. This is likely caused by tests leaking "
     "due to improper teardown. Try running with --detectOpenHandles to find leaks. Active timers can also cause this, "
     "ensure that .unref() was called on them.\n" + _JEST_SUMMARY_FAIL + _GHA),
    # asyncio's destroyed-task log line (a warning the job survives) beside a test's own assertion
    ("python-task-destroyed-beside-assertion", "real",
     "ERROR    asyncio:base_events.py:1785 Task was destroyed but it is pending!\n"
     "task: <Task pending name='Task-7' coro=<Scheduler.run() running at /home/runner/work/app/app/app/scheduler.py:131>>\n"
     + _PYTEST_FAIL +
     "FAILED tests/test_scheduler.py::test_runs_in_order - AssertionError: assert ['b', 'a'] == ['a', 'b']\n"
     "1 failed, 88 passed in 3.10s\n" + _GHA),
    # ... and beside a test that could not resolve a public host: that decides
    ("python-task-destroyed-beside-dns-failure", "transient",
     "ERROR    asyncio:base_events.py:1785 Task was destroyed but it is pending!\n"
     "task: <Task pending name='Task-3' coro=<Client._keepalive() running at /home/runner/work/app/app/app/client.py:77>>\n"
     + _PYTEST_FAIL +
     "FAILED tests/test_client.py::test_fetch_release - httpx.ConnectError: [Errno -3] Temporary failure in name "
     "resolution\n1 failed, 88 passed in 3.10s\n" + _GHA),
]

# Signs whose threads split or are too few, or that read unknown by design: no entry makes them surely transient.
NOT_SURELY_TRANSIENT: list[tuple[str, str]] = [
    # Jest's "Cannot log after tests are done" alone (runTest.ts sets exit code 1 for it in band): a missing await,
    # the same on every run in the threads read
    ("jest-cannot-log-after-done-alone",
     " PASS  src/db/pool.test.ts\n\n"
     "  ●  Cannot log after tests are done. Did you forget to wait for something async in your test?\n"
     "    Attempted to log \"Connected to mongodb://localhost:27017/test\".\n\n"
     "Test Suites: 48 passed, 48 total\nTests:       512 passed, 512 total\n" + _GHA),
    # Java ConcurrentModificationException in a test, Surefire's form (threads split; the nineteenth round's reading)
    ("java-cme-in-test-surefire",
     "[ERROR] Tests run: 9, Failures: 0, Errors: 1, Skipped: 0, Time elapsed: 0.608 s <<< FAILURE! -- in "
     "com.acme.events.ProcessorTest\n"
     "[ERROR] com.acme.events.ProcessorTest.mergesBatches -- Time elapsed: 0.1 s <<< ERROR!\n"
     "java.util.ConcurrentModificationException\n"
     "\tat java.base/java.util.LinkedList$ListItr.checkForComodification(LinkedList.java:970)\n"
     "[ERROR] Errors: \n[ERROR]   ProcessorTest.mergesBatches:71 » ConcurrentModification\n"
     "[ERROR] Tests run: 212, Failures: 0, Errors: 1, Skipped: 0\n" + _GHA),
    # .NET's cancellation in a test, NUnit's form: read lightly
    ("dotnet-nunit-task-canceled",
     "  Failed ReconnectsAfterDrop [10 s]\n  Error Message:\n"
     "   System.Threading.Tasks.TaskCanceledException : A task was canceled.\n"
     + _VSTEST_TAIL + _GHA),
]


@pytest.mark.parametrize(("verdict", "log"), labelled(CASES))
def test_async_race_reports_read_right(verdict, log):
    reads(log, verdict)


@pytest.mark.parametrize("log", logs(NOT_SURELY_TRANSIENT))
def test_split_async_signs_do_not_read_surely_transient(log):
    not_surely_transient(log)


def test_case_ids_are_unique():
    assert_unique_ids(CASES, NOT_SURELY_TRANSIENT)


# One line of 50,000 characters of each of these words is read by benchmarks/pattern_speed.py,
# which prints the seconds each takes (a guard against patterns that backtrack; a timing is a
# benchmark's, not a test's).
LONG_LINE_WORDS = [
    "panic: Log in goroutine after ",
    "panic: Log in goroutine after TestServe has completed",
    "This error was caught after test environment was torn down",
    "EnvironmentTeardownError: [vitest-worker]: Closing rpc while \"",
    "System.Threading.Tasks.TaskCanceledException : A task was canceled.",
    "TaskCanceledException",
]
