"""Twenty-sixth round, misses26: shapes the engine read wrong, each fixed generally.

Covered: (1) meson's failed-test row above its own "stderr:" block holding the outage that failed it (an address
already in use), against a block holding an assertion of the code and another row failing beside it; (2) sccache's
server that could not start because its cache backend did not answer (opendal's "(temporary)" storage error), with
cargo's "could not compile" and no rustc diagnostic, against rustc's own errors, opendal's permanent and credential
errors; and cargo's "could not compile" with no count of rustc's errors, which no longer reads as a surely-real compile
error; (3) CircleCI 1.0's no-output limit ("command X took more than 10 minutes since last output") read as 2.x's "Too
long with no output"; (4) Python's subprocess.TimeoutExpired raised in a test harness's own frame (testflo, a runner
script running each test in a child process) under the test's FAIL row, as a test time-out, also where the command's
words hide it from the generic entry; (5) npm's nested script headers: a type checker that ran as the first link of
its parent script's "&&" chain and printed nothing is not the failing command, while one that printed "error TS..."
or that npm names failing stays the type error; (6) the Buildkite agent stopped under a running job, its job token
revoked with it, against a 401 "Invalid access token" of an agent that was not stopping.

Where the wording comes from: meson's row and --print-errorlogs block (mesonbuild/meson mtest.py and
docs/markdown/snippets/meson_test_logs.md; the block's layout recalled); sccache's "sccache: error: Server startup
failed: ..." and "cache storage failed to read: {err:?}" and "Timed out waiting for server startup. Maybe the remote
service is unreachable?" (mozilla/sccache src/lib.rs, src/commands.rs, src/cache/cache.rs, read); opendal's error status
words "temporary"/"persistent"/"permanent" (its error.rs, read via code search); cargo's "could not compile `x` (lib)
due to N previous errors" (recalled); CircleCI 1.0's "command X took more than 10 minutes since last output" (seen in a
public project README; the 10-minute no-output limit documented in CircleCI's support article "Build has Hit Timeout
Limit"); testflo's "... FAIL (time, MB)" row, its traceback under it and its summary (OpenMDAO/testflo testflo/test.py
_run_subproc, printer.py, summary.py, read); Python's TimeoutExpired text (recalled); npm's script headers and error
lines (recalled); the Buildkite agent's lines (buildkite/agent clicommand/agent_start.go, agent/agent_worker.go,
agent/job_runner.go, agent/run_job.go, core/client.go, read). Hosts, packages, tests and paths are made up; no
project's CI log is copied.

The rules the cases hold:
  * a failed test's row is no independent witness against the outage its own output names: meson's row reads as
    CTest's row and Go's "--- FAIL" above the same error do -> transient; a block with an assertion of the code -> real;
    another row failing on its own beside it keeps its weight -> not surely transient;
  * a compile wrapper whose cache backend did not answer at startup, with no rustc diagnostic -> transient; rustc's
    own errors, or opendal's permanent kinds -> real; a credential the signer could not load -> not surely transient;
    cargo's bare "could not compile" -> real, but below 0.9;
  * CircleCI 1.0's no-output limit -> transient, as 2.x's;
  * a test harness's own time limit on a test's child process -> transient, as pytest-timeout's "Timeout >Ns";
  * a nested npm script that passed (it printed nothing, the chain went on) is not the failing command -> the job
    reads on what failed later; tsc's "error TS..." or npm naming the nested script -> type error, real;
  * an agent stopped under its job, the job token revoked with it -> transient; a 401 without the stop -> real.

Left as it reads, and noted: a subprocess.TimeoutExpired under the project's own frames only (pytest's "E   ..." line)
already reads transient through test-timeout at base; this file does not change that reading (the harness entry does
not take it).
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
    reads_as,
    signatures,
)

_GHA = "##[error]Process completed with exit code 1.\n"
_GL = "ERROR: Job failed: exit code 1\n"
_CARGO_EXIT = "##[error]Process completed with exit code 101.\n"


def _meson(block: str, more_rows: str = "", fail: int = 1) -> str:
    # meson test --print-errorlogs: rows, the failed row's reproducer line and its output block, the summary
    return ("+ meson test -C build --print-errorlogs\nninja: Entering directory `/builds/acme/netkit/build'\n"
            "ninja: no work to do.\n"
            " 87/140 netkit:unit / socket_basic        OK              0.02s\n"
            " 88/140 netkit:unit / server_listen       FAIL            0.01s   exit status 1\n"
            ">>> MALLOC_PERTURB_=91 /builds/acme/netkit/build/tests/server_listen\n"
            "――――――――――――――――――――――――――――――― ✀  ―――――――――――――――――――――――――――――――\n"
            f"{block}"
            "――――――――――――――――――――――――――――――――――――――――――――――――――――――――――――――――――\n"
            " 89/140 netkit:unit / server_accept       OK              0.02s\n" + more_rows +
            f"\nOk:                 {140 - fail}\nExpected Fail:      0\nFail:               {fail}\n"
            "Unexpected Pass:    0\nSkipped:            0\nTimeout:            0\n\n"
            "Full log written to /builds/acme/netkit/build/meson-logs/testlog.txt\n" + _GL)


def _cargo(before: str, caused: str = "(exit status: 2)", summary: str = "error: could not compile `ledger` (lib test)") -> str:
    return ("Run cargo test --workspace --locked\n   Compiling libc v0.2.155\n"
            "   Compiling ledger v0.4.0 (/home/runner/work/ledger/ledger)\n" + before +
            f"{summary}\n\nCaused by:\n  process didn't exit successfully: `/home/runner/.cargo/bin/sccache "
            f"/home/runner/.rustup/toolchains/stable-x86_64-unknown-linux-gnu/bin/rustc --crate-name ledger "
            f"--edition=2021 src/lib.rs` {caused}\n"
            "warning: build failed, waiting for other jobs to finish...\n" + _CARGO_EXIT)


_SCCACHE = "sccache: error: Server startup failed: cache storage failed to read: "
_SCCACHE_MORE = "Run with SCCACHE_LOG=debug SCCACHE_NO_DAEMON=1 to get more information\n"


def _testflo(command: str, frame: str = "/opt/hostedtoolcache/Python/3.11.9/x64/lib/python3.11/site-packages/testflo/"
             "test.py", func: str = "_run_subproc") -> str:
    # testflo: the failed test's row with its traceback under it, the summary (OpenMDAO/testflo printer.py, summary.py)
    return ("+ testflo -n 2 --timeout=900 solvers\n......\n"
            "(isolated) /home/runner/work/solvers/solvers/tests/test_parallel.py:TestFanOut.test_gather  ... FAIL "
            "(00:15:00.03, 0 MB)\nTraceback (most recent call last):\n"
            f"  File \"{frame}\", line 155, in {func}\n"
            "    p = subprocess.run(cmd, stdout=stdout, stderr=stderr, env=env,\n"
            "  File \"/opt/hostedtoolcache/Python/3.11.9/x64/lib/python3.11/subprocess.py\", line 550, in run\n"
            "    stdout, stderr = process.communicate(input, timeout=timeout)\n"
            "  File \"/opt/hostedtoolcache/Python/3.11.9/x64/lib/python3.11/subprocess.py\", line 1253, in _check_timeout\n"
            "    raise TimeoutExpired(\n"
            f"subprocess.TimeoutExpired: Command '{command}' timed out after 900.0 seconds\n\n....\n\n\n"
            "The following tests failed:\ntest_parallel.py:TestFanOut.test_gather\n\n\n"
            "Passed:  212\nFailed:  1\nSkipped: 4\n\n\nRan 217 tests using 2 processes\nWall clock time:   00:17:40.12\n\n"
            + _GHA)


_ISOLATED = ("['/opt/hostedtoolcache/Python/3.11.9/x64/bin/python', '/opt/hostedtoolcache/Python/3.11.9/x64/lib/"
             "python3.11/site-packages/testflo/isolatedrun.py', '/home/runner/work/solvers/solvers/tests/"
             "test_parallel.py:TestFanOut.test_gather']")


def _npm(compile_out: str, rest: str, npm_err: str = "npm ERR! Test failed.  See above for more details.\n") -> str:
    # npm 6's nested script headers: the test script chains the compile script before the test run
    return ("$ npm test\n\n> vscode-notes@0.3.0 test /home/runner/work/vscode-notes/vscode-notes\n"
            "> npm run compile && node ./node_modules/vscode/bin/test\n\n\n"
            "> vscode-notes@0.3.0 compile /home/runner/work/vscode-notes/vscode-notes\n> tsc -p ./\n\n"
            + compile_out + rest + npm_err + _GHA)


_VSCODE_RUN = ("Downloading VS Code 1.40.0 into .vscode-test/vscode-1.40.0.\n"
               "Running extension tests from the command line currently only works if no other instance of Code is "
               "running.\nExit code:   1\nDone\n\n")


def _agent(lines: str) -> str:
    return "".join(f"2026-03-02 10:{14 + i:02d}:0{i % 10} {line}\n" for i, line in enumerate(lines.splitlines()))


_STOP = ("INFO   build-agent-5c2d Received CTRL-C, send again to forcefully kill the agent(s)\n"
         "INFO   build-agent-5c2d-1 Gracefully stopping agent. Waiting for current job to finish before disconnecting...\n")
_JOB = "0195aa10-7c21-4e0b-8f3d-2d6e5b9a4c70"
_REVOKED = (f"ERROR  build-agent-5c2d-1 Invalid access token, cancelling job {_JOB}\n"
            f"INFO   build-agent-5c2d-1 Canceling job {_JOB} with a signal grace period of 9s (access token is invalid)\n"
            f"WARN   build-agent-5c2d-1 Buildkite rejected the chunk upload (PUT https://agent.buildkite.com/v3/jobs/"
            f"{_JOB}/chunks?sequence=12&offset=40960&size=4096: 401 Unauthorized: Invalid access token)\n"
            f"INFO   build-agent-5c2d-1 Finished job {_JOB} for build at https://buildkite.com/acme/shop/builds/4410\n")

CASES: list[tuple[str, str, str]] = [
    # (1) meson's failed row above its own stderr naming the outage
    ("meson-row-stderr-eaddrinuse", "transient",
     _meson("stderr:\nserver_listen: bind failed: Address already in use (EADDRINUSE)\n")),
    ("meson-row-stdout-go-style-bind-in-use", "transient",
     _meson("stdout:\nstarting listener on 127.0.0.1:7443\nstderr:\nlisten tcp 127.0.0.1:7443: bind: address already in use\n")),
    # the row's block holds an assertion of the code: the row keeps its weight
    ("meson-row-stderr-c-assertion", "real",
     _meson("stderr:\nserver_listen: ../tests/server_listen.c:41: main: Assertion `accepted == 3' failed.\n")),
    # (2) sccache's backend gone at startup, cargo's could-not-compile with no rustc diagnostic
    ("sccache-startup-storage-temporary-refused", "transient",
     _cargo(_SCCACHE + "Unexpected (temporary) at read, context: { uri: http://cache.ci.acme.net:9000/sccache/.sccache_check }"
            " => send http request, source: error sending request: tcp connect error: Connection refused (os error 111)\n"
            + _SCCACHE_MORE)),
    ("sccache-startup-storage-persistent-timeout", "transient",
     _cargo(_SCCACHE + "Unexpected (persistent) at read => send http request, source: operation timed out\n" + _SCCACHE_MORE)),
    ("sccache-timed-out-waiting-for-server-startup", "transient",
     _cargo("sccache: error: Timed out waiting for server startup. Maybe the remote service is unreachable?\n"
            + _SCCACHE_MORE)),
    # rustc's own error beside the cache's: the code's
    ("sccache-temporary-beside-rustc-error", "real",
     _cargo(_SCCACHE + "Unexpected (temporary) at read => send http request\n"
            "error[E0425]: cannot find value `balance` in this scope\n  --> src/lib.rs:41:9\n",
            summary="error: could not compile `ledger` (lib test) due to 1 previous error")),
    # opendal's permanent kind: the job's setting (sccache-storage-denied)
    ("sccache-storage-permission-denied-permanent", "real",
     _cargo(_SCCACHE + "PermissionDenied (permanent) at read => S3Error { code: \"AccessDenied\" }\n" + _SCCACHE_MORE)),
    # cargo's summary with rustc's count: the code's, as before
    ("cargo-could-not-compile-due-to-errors", "real",
     _cargo("error[E0308]: mismatched types\n  --> src/lib.rs:12:5\n",
            summary="error: could not compile `ledger` (lib) due to 1 previous error")),
    # (3) CircleCI 1.0's no-output limit, as 2.x's
    ("circleci1-npm-test-no-output", "transient",
     "npm test\n\n> shop@1.0.0 test /home/ubuntu/shop\n> mocha --recursive test\n\n  Orders\n"
     "    ✓ creates an order (41ms)\n\ncommand npm test took more than 10 minutes since last output\n"),
    ("circleci1-rspec-no-output", "transient",
     "bundle exec rspec --format progress\n..........\n"
     "command bundle exec rspec --format progress took more than 10 minutes since last output\n"),
    # a test's own failure with a slow step's words that are no CI limit
    ("step-took-more-than-ten-minutes-then-assertion", "real",
     "$ npm test\nwarning: fixture build took more than 10 minutes to complete\n"
     "  1) Orders\n       totals the basket:\n     AssertionError: expected 41 to equal 42\n"
     "      at Context.<anonymous> (test/orders.test.js:19:22)\n\n  0 passing (2s)\n  1 failing\n\n" + _GHA),
    # (4) a harness's time limit on a test's child process
    ("testflo-isolated-test-timeout-expired", "transient", _testflo(_ISOLATED)),
    ("testflo-timeout-expired-command-with-assert-word", "transient",
     _testflo(_ISOLATED.replace("isolatedrun.py', ", "isolatedrun.py', '--assert-finite', "))),
    ("project-runner-script-timeout-expired", "transient",
     _testflo("['python', '-m', 'unittest', 'tests.test_sync.SyncTest.test_assert_mirror']",
              frame="/home/runner/work/solvers/solvers/tools/run_tests.py", func="run_one")),
    # (5) npm's nested scripts: tsc passed (nothing printed, the chain went on)
    ("npm-nested-tsc-passed-later-link-failed", "real", _npm("", _VSCODE_RUN)),
    # tsc printed its errors: the type error
    ("npm-nested-tsc-error-ts", "real",
     _npm("src/extension.ts(12,5): error TS2345: Argument of type 'string' is not assignable to parameter of type 'Uri'.\n",
          "", npm_err="npm ERR! code ELIFECYCLE\nnpm ERR! errno 2\nnpm ERR! vscode-notes@0.3.0 compile: `tsc -p ./`\n"
                      "npm ERR! Exit status 2\nnpm ERR! Test failed.  See above for more details.\n")),
    # (6) the agent stopped under its job, its token revoked
    ("buildkite-agent-stopped-token-revoked", "transient", _agent(_STOP + _REVOKED)),
    ("buildkite-agent-ctrl-c-then-cancel-reason", "transient",
     _agent(_STOP.splitlines()[0] + "\n" + _REVOKED.splitlines()[1] + "\n")),
    # a 401 of an agent that was not stopping: a wrong or expired token
    ("buildkite-invalid-token-agent-not-stopping", "real", _agent(_REVOKED)),
    # the agent stopping, but the job's own tests failed before the token went
    ("buildkite-agent-stopping-job-tests-failed", "real",
     _agent(_STOP) + "Failures:\n\n  1) Basket totals the lines\n     Failure/Error: expect(basket.total).to eq(42)\n\n"
     "       expected: 42\n            got: 41\n\n3 examples, 1 failure\n\n" + _agent(_REVOKED)),
]

NOT_SURELY_TRANSIENT: list[tuple[str, str]] = [
    # (1) another row failed on its own (glibc's assert line, which no entry reads) beside the outage's row: that row
    # keeps its weight, as at base
    ("meson-row-eaddrinuse-and-another-row-assertion",
     _meson("stderr:\nserver_listen: bind failed: Address already in use (EADDRINUSE)\n",
            more_rows=" 90/140 netkit:unit / codec_roundtrip     FAIL            0.03s   exit status 1\n"
                      ">>> MALLOC_PERTURB_=17 /builds/acme/netkit/build/tests/codec_roundtrip\n"
                      "stderr:\ncodec_roundtrip: ../tests/codec.c:88: main: Assertion `out_len == in_len' failed.\n",
            fail=2)),
    # (2) the credential signer found no credentials: as often the job's setting as a metadata service's blip
    ("sccache-temporary-loading-credential",
     _cargo(_SCCACHE + "Unexpected (temporary) at read => loading credential to sign http request\n" + _SCCACHE_MORE)),
    # (1) the outage's row and another row that failed with no output of its own
    ("meson-row-eaddrinuse-and-silent-failed-row",
     _meson("stderr:\nserver_listen: bind failed: Address already in use (EADDRINUSE)\n",
            more_rows=" 90/140 netkit:unit / codec_roundtrip     FAIL            0.03s   exit status 1\n", fail=2)),
]

# LEFT: read wrong and left (strict expected failures): none.
KNOWN_MISREAD: dict[str, str] = {}

# The new and extended readings name the entry that reads them.
READS_AS: list[tuple[str, str, str]] = [
    ("meson-row-stderr-eaddrinuse", "transient", "port-in-use"),
    ("sccache-startup-storage-temporary-refused", "transient", "compile-cache-backend-unreachable-at-startup"),
    ("sccache-storage-permission-denied-permanent", "real", "sccache-storage-denied"),
    ("cargo-could-not-compile-due-to-errors", "real", "compile-rust"),
    ("circleci1-npm-test-no-output", "transient", "no-output-timeout"),
    ("testflo-isolated-test-timeout-expired", "transient", "test-harness-subprocess-time-limit"),
    ("project-runner-script-timeout-expired", "transient", "test-harness-subprocess-time-limit"),
    ("npm-nested-tsc-error-ts", "real", "compile-typescript"),
    ("buildkite-agent-stopped-token-revoked", "transient", "ci-agent-stopped-job-token-revoked"),
    ("buildkite-invalid-token-agent-not-stopping", "real", "auth-failure"),
]


@pytest.mark.parametrize(("verdict", "log"), labelled(CASES, KNOWN_MISREAD))
def test_misses26_reads_right(verdict: str, log: str) -> None:
    reads(log, verdict)


@pytest.mark.parametrize("log", logs(NOT_SURELY_TRANSIENT))
def test_misses26_not_surely_transient(log: str) -> None:
    not_surely_transient(log)


@pytest.mark.parametrize(("case_id", "verdict", "signature"), READS_AS, ids=[c[0] for c in READS_AS])
def test_misses26_reads_as(case_id: str, verdict: str, signature: str) -> None:
    reads_as(dict((c[0], c[2]) for c in CASES)[case_id], verdict, signature)


def test_misses26_meson_row_reads_as_the_runner_row() -> None:
    # the row reads as CTest's row does (the summary entry), and the job as Go's and CTest's with the same error
    v = judge(dict((c[0], c[2]) for c in CASES)["meson-row-stderr-eaddrinuse"])
    assert "meson-test-row-failed" not in signatures(v) and "test-failure" in signatures(v)
    assert v.confidence >= 0.85


def test_misses26_bare_could_not_compile_not_surely_real() -> None:
    # cargo's could-not-compile with no rustc diagnostic and no cause named: real, not surely (below 0.9)
    v = reads(_cargo("", caused="(exit status: 254)"), "real")
    assert "compile-rust" not in signatures(v) and "cargo-could-not-compile-without-diagnostic" in signatures(v)
    assert v.confidence < 0.9, v.confidence  # (0.97 at base)


def test_misses26_nested_tsc_that_passed_is_not_the_failing_command() -> None:
    v = judge(dict((c[0], c[2]) for c in CASES)["npm-nested-tsc-passed-later-link-failed"])
    assert "structure-type-checker" not in signatures(v) and v.category != "type-error", v.rationale


def test_misses26_nested_tsc_npm_names_failing_stays_the_checker() -> None:
    # npm 7+ names the nested script's command failing ("npm ERR! command sh -c tsc -p ./"): tsc is the failing command
    log = _npm("", "", npm_err="npm ERR! code 2\nnpm ERR! path /home/runner/work/vscode-notes/vscode-notes\n"
                               "npm ERR! command failed\nnpm ERR! command sh -c tsc -p ./\n")
    assert "structure-type-checker" in signatures(reads(log, "real"))


def test_misses26_project_own_timeout_expired_not_the_harness_entry() -> None:
    # a TimeoutExpired under the project's own frames only (pytest's report): the harness entry does not take it
    log = ("$ pytest tests\n=================================== FAILURES ===================================\n"
           "_______________________________ test_export_pdf ________________________________\n\n"
           "    def test_export_pdf(tmp_path):\n>       export.to_pdf(\"doc.md\", tmp_path)\n\n"
           "tests/test_export.py:14: \n"
           "src/docgen/export.py:41: in to_pdf\n    subprocess.run([\"pandoc\", src, \"-o\", out], check=True, timeout=60)\n"
           "E   subprocess.TimeoutExpired: Command '['pandoc', 'doc.md', '-o', '/tmp/out.pdf']' timed out after 60 seconds\n"
           "============================== 1 failed in 61.02s ==============================\n" + _GHA)
    assert "test-harness-subprocess-time-limit" not in signatures(judge(log))


def test_misses26_ids_unique() -> None:
    assert_unique_ids(CASES, NOT_SURELY_TRANSIENT)
    assert set(KNOWN_MISREAD) <= {c[0] for c in CASES}


# One line of 50,000 characters of each of these words is read by benchmarks/pattern_speed.py.
LONG_LINE_WORDS = [
    " 1/2 a / b   FAIL   0.01s   exit status 1", "stderr: bind failed: Address already in use (EADDRINUSE) ",
    "sccache: error: Server startup failed: cache storage failed to read: Unexpected (temporary) at read => ",
    "timed out waiting for server startup. maybe the remote service is unreachable? ",
    "error: could not compile `a` (lib test) ", "error: could not compile `a` due to ",
    "command npm test took more than 10 minutes since last output ", "took more than 1",
    "  File \"/a/testflo/test.py\", line 1, in f", "subprocess.TimeoutExpired: Command '[' timed out after 1 seconds",
    "> a@1.0.0 compile /a", "> npm run compile && node x", "npm ERR! command sh -c tsc -p ./ ",
    "Received CTRL-C, send again to forcefully kill the agent(s) ",
    "Gracefully stopping agent. Waiting for current job to finish ", "Invalid access token, cancelling job a ",
    "401 Unauthorized: Invalid access token ", "(access token is invalid)",
]
