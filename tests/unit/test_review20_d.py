"""Review 20d of the twentieth round's golden_toolchains entries (golden-expect-output-mismatch,
toolchain-pinned-version-mismatch, godot-engine-crash-handler, rules.py's expect-test block) and the expected-failure
pass's engine edits (_LIMIT_BOUNDARY, the mismatch window ending at the next failing test, wait4x's refused-settings
fragment, meson-every-test-timed-out): adversarial logs (made up) aimed at where the change could read wrong.

Where the wording comes from: expect-test's report (rust-analyzer/expect-test src/lib.rs, as the change's own file
cites it); FileCheck's errors and notes (llvm/llvm-project llvm/lib/FileCheck/FileCheck.cpp: "CHECK-NOT: excluded string
found in input", "note: found here", "note: scanning from here", as public rustc/lit logs quote them); lit's banner and
TIMEOUT status (llvm-project utils/lit/lit/display.py, read: the banner is printed for every failing result, a TIMEOUT
too, right under its status line; "Reached timeout of {} seconds", utils/lit/lit/TestRunner.py, read); tasty-golden's
goldenVsStringDiff text (recalled); cram, gotest.tools and doctest as the change's file cites them; cargo-insta's
snapshot summary, Verify's NotEqual report and syrupy's assertion (recalled); uv's warning form ("warning: The requested
interpreter resolved to ..., which is incompatible with the project's Python requirement", astral-sh/uv test snapshots,
read); pnpm's WARN "Unsupported engine" (recalled); wait4x (wait4x/wait4x waiter/waiter.go, checker/mysql/mysql.go,
checker/redis/redis.go, read: any error other than a refused connection is logged "Error occurred" and retried until
the deadline); go-sql-driver's and go-redis' error texts (recalled); node-tap's nested TAP and Dart's expanded reporter
(recalled); meson's summary rows as tests/unit/test_rules19_timeouts.py records them. Names, hosts and paths are made up.

The rules the cases hold (labelled by the mechanism):
  * outage words inside a golden report's text (an expect-test block of any length, the check line FileCheck quotes and
    the input line under its note, tasty-golden's output, a cram or gotest.tools diff, a doctest's Expected/Got) are the
    program's output: the mismatch is real;
  * lit's failure banner above a TIMEOUT status is a test's time limit, not a mismatch (a lone one reads as before);
    a process the kernel's OOM killer ended under a FileCheck failure is the runner's memory;
  * wait4x retrying a MySQL or Redis server that refuses the credentials or the database until its deadline: the
    settings, the same on every run (real); a server still starting or not listening yet: transient;
  * a toolchain pin's warning (uv venv's, pnpm's WARN) above a registry outage does not make the job real;
  * meson: no test ok and several timed out -> real; a lone timeout, or some tests ok -> transient.
LEFT (strict xfails) by this review: a Verify (.NET) received/verified report holding outage words, a golden failure far
above a job cancelled at its time limit, and an expect-test failure under a test named for a timeout; all three read
right since the xfail20b pass (none left).
"""

from __future__ import annotations

import pytest
from judging import assert_unique_ids, judge, labelled

_EXIT = "##[error]Process completed with exit code 1.\n"


def _gha(text: str) -> str:
    return "".join(f"2024-05-01T10:{i // 60 % 60:02d}:{i % 60:02d}.1234567Z {ln}\n"
                   for i, ln in enumerate(text.splitlines()))


def _jenkins(text: str) -> str:
    return "".join(f"[2024-05-01T10:00:{i % 60:02d}.123Z] {ln}\n" for i, ln in enumerate(text.splitlines()))


_EXPECT_HEAD = ("error: expect test failed\n"
                "   --> crates/fetch/src/tests.rs:48:9\n\n"
                "You can update all `expect!` tests by running:\n\n"
                "    env UPDATE_EXPECT=1 cargo test\n\n"
                "To update a single test, place the cursor on `expect` token and use `run` feature of rust-analyzer.\n\n")

CASES: list[tuple[str, str, str]] = [
    # ---- golden/expect/FileCheck: the outage words are the program's output ----
    # (xfail20b: no longer a strict xfail; the expect-test report now turns the timeout-named test's timing reading off)
    ("expect-test-gha-timestamps-actual-timeout", "real", _gha(
        "running 14 tests\n"
        "test tests::renders_timeout_error ... FAILED\n\n"
        "failures:\n\n---- tests::renders_timeout_error stdout ----\n" + _EXPECT_HEAD +
        "Expect:\n----\nerror: request to https://api.example.test failed\n  caused by: deadline has elapsed\n----\n\n"
        "Actual:\n----\nerror: request to https://api.example.test failed\n  caused by: operation timed out\n----\n\n"
        "Diff:\n----\nerror: request to https://api.example.test failed\n"
        "  caused by: deadline has elapsedoperation timed out\n----\n\n"
        "thread 'tests::renders_timeout_error' panicked at /cargo/registry/src/expect-test-1.5.0/src/lib.rs:471:13:\n"
        "expect test failed\n\n"
        "test result: FAILED. 13 passed; 1 failed; 0 ignored; 0 measured; 0 filtered out; finished in 0.02s\n\n"
        "error: test failed, to rerun pass `-p fetch --lib`\n") + _EXIT),
    ("expect-test-long-actual-block-reset-at-line-45", "real",
     "---- tests::retry_log stdout ----\n" + _EXPECT_HEAD +
     "Expect:\n----\n" + "".join(f"attempt {i}: sleeping 10ms\n" for i in range(1, 4)) + "----\n\n"
     "Actual:\n----\n" + "".join(f"attempt {i}: sleeping 10ms\n" for i in range(1, 46)) +
     "attempt 46: giving up: Connection reset by peer (os error 104)\n----\n\n"
     "thread 'tests::retry_log' panicked at src/lib.rs:471:13:\nexpect test failed\n\n"
     "test result: FAILED. 40 passed; 1 failed; 0 ignored; 0 measured; 0 filtered out; finished in 0.31s\n"
     "error: test failed, to rerun pass `--lib`\n" + _EXIT),
    # cargo-insta: the snapshot diff shows the CLI's network error message changing
    ("insta-snapshot-diff-network-text", "real",
     "running 9 tests\n"
     "Snapshot Summary ━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━\n"
     "Snapshot file: tests/snapshots/cli__unreachable_host.snap\n"
     "Snapshot: unreachable_host\nSource: tests/cli.rs:42\n"
     "────────────────────────────────────────────────────────────────────────────────\n"
     "Expression: stderr\n"
     "────────────────────────────────────────────────────────────────────────────────\n"
     "-old snapshot\n+new results\n"
     "────────────┬───────────────────────────────────────────────────────────────────\n"
     "    0       │-error: could not reach registry.example.test: connection refused\n"
     "          0 │+error: could not reach registry.example.test: Connection timed out (os error 110)\n"
     "────────────┴───────────────────────────────────────────────────────────────────\n"
     "To update snapshots run `cargo insta review`\n"
     "Stopped on the first failure. Run `cargo insta test` to run all snapshots.\n"
     "test unreachable_host ... FAILED\n\nfailures:\n\n---- unreachable_host stdout ----\n"
     "thread 'unreachable_host' panicked at /cargo/registry/src/insta-1.39.0/src/runtime.rs:563:9:\n"
     "snapshot assertion for 'unreachable_host' failed in line 42\n\n"
     "test result: FAILED. 8 passed; 1 failed; 0 ignored; 0 measured; 0 filtered out; finished in 0.45s\n" + _EXIT),
    ("lit-filecheck-check-not-excluded-timed-out", "real",
     "-- Testing: 412 tests, 2 workers --\n"
     "FAIL: lldb-shell :: Platform/remote-timeout.test (188 of 412)\n"
     "******************** TEST 'lldb-shell :: Platform/remote-timeout.test' FAILED ********************\n"
     "Exit Code: 1\n\nCommand Output (stderr):\n--\n"
     "/src/lldb/test/Shell/Platform/remote-timeout.test:9:15: error: CHECK-NOT: excluded string found in input\n"
     "# CHECK-NOT: timed out\n              ^\n"
     "<stdin>:4:30: note: found here\n"
     "error: connect to platform failed: timed out waiting for gdb-remote\n"
     "                             ^~~~~~~~~\n--\n\n********************\n"
     "Failed Tests (1):\n  lldb-shell :: Platform/remote-timeout.test\n\n"
     "Testing Time: 88.21s\n  Passed: 411\n  Failed:   1\n" + _EXIT),
    ("lit-filecheck-input-502-ansi", "real",
     "FAIL: proxyd :: upstream/bad_gateway.test (31 of 96)\n"
     "******************** TEST 'proxyd :: upstream/bad_gateway.test' FAILED ********************\n"
     "Exit Code: 1\n\nCommand Output (stderr):\n--\n"
     "\x1b[1m/w/proxyd/test/upstream/bad_gateway.test:7:10: \x1b[0m\x1b[0;1;31merror: \x1b[0m\x1b[1mCHECK: expected string "
     "not found in input\n\x1b[0m# CHECK: HTTP/1.1 504 Gateway Timeout\n         ^\n"
     "<stdin>:1:1: note: scanning from here\nHTTP/1.1 502 Bad Gateway\n^\n--\n\n********************\n"
     "Failed Tests (1):\n  proxyd :: upstream/bad_gateway.test\n\n  Passed: 95\n  Failed:  1\n" + _EXIT),
    # lit's per-test time limit: the banner is lit's for every failure, a TIMEOUT too (utils/lit/lit/display.py)
    ("lit-one-test-timeout-banner", "transient",
     "-- Testing: 1841 tests, 2 workers --\n"
     "TIMEOUT: Clang :: Modules/huge-module-cache.cpp (1207 of 1841)\n"
     "******************** TEST 'Clang :: Modules/huge-module-cache.cpp' FAILED ********************\n"
     "Exit Code: -9\nTimeout: Reached timeout of 600 seconds\n\n"
     "Command Output (stderr):\n--\nRUN: at line 2: rm -rf /w/build/tools/clang/test/Modules/Output/huge.d\n--\n\n"
     "********************\n"
     "Timed Out Tests (1):\n  Clang :: Modules/huge-module-cache.cpp\n\n"
     "Testing Time: 1502.40s\n  Passed   : 1840\n  Timed Out:    1\n" + _EXIT),
    ("lit-clang-crash-stack-dump", "real",
     "FAIL: Clang :: CodeGen/vla-attr.c (402 of 1841)\n"
     "******************** TEST 'Clang :: CodeGen/vla-attr.c' FAILED ********************\n"
     "Exit Code: 139\n\nCommand Output (stderr):\n--\n"
     "PLEASE submit a bug report to https://github.com/llvm/llvm-project/issues/ and include the crash backtrace, "
     "preprocessed source, and associated run script.\n"
     "Stack dump:\n0.\tProgram arguments: /w/build/bin/clang -cc1 -emit-llvm vla-attr.c\n"
     "1.\t<eof> parser at end of file\n"
     " #0 0x000055d1 llvm::sys::PrintStackTrace(llvm::raw_ostream&, int)\n"
     "/w/build/tools/clang/test/CodeGen/Output/vla-attr.c.script: line 1: 811 Segmentation fault      (core dumped)\n"
     "--\n\n********************\nFailed Tests (1):\n  Clang :: CodeGen/vla-attr.c\n" + _EXIT),
    ("lit-oom-killed-then-filecheck-empty", "transient",
     "FAIL: MLIR :: Dialect/Linalg/huge-tiling.mlir (77 of 2311)\n"
     "******************** TEST 'MLIR :: Dialect/Linalg/huge-tiling.mlir' FAILED ********************\n"
     "Exit Code: 2\n\nCommand Output (stderr):\n--\n"
     "/w/build/tools/mlir/test/Dialect/Linalg/Output/huge-tiling.mlir.script: line 1: 4122 Killed"
     "                  mlir-opt huge-tiling.mlir -test-tile\n"
     "FileCheck error: '<stdin>' is empty.\n"
     "FileCheck command line:  FileCheck /w/mlir/test/Dialect/Linalg/huge-tiling.mlir\n--\n\n"
     "********************\n"
     "[ 2024-05-01 10:20:11 ] kernel: Out of memory: Killed process 4122 (mlir-opt) total-vm:9211332kB\n"
     "Failed Tests (1):\n  MLIR :: Dialect/Linalg/huge-tiling.mlir\n" + _EXIT),
    ("tasty-golden-diff-dns-text", "real",
     "cabal test --test-show-details=direct\nRunning 1 test suites...\nTest suite golden: RUNNING...\n"
     "cli\n  fetch-offline: FAIL\n"
     "    Test output was different from 'test/golden/fetch-offline.txt'. It was:\n"
     "    fetch: HttpExceptionRequest Request {\n"
     "      host = \"feeds.example.test\"\n"
     "     }\n     (ConnectionFailure Network.Socket.getAddrInfo (called with preferred socket type/protocol: "
     "AddrInfo {addrFlags = [AI_ADDRCONFIG]}, host name: Just \"feeds.example.test\", service name: Just \"443\"): "
     "does not exist (Name or service not known))\n"
     "    Use -p '/fetch-offline/' to rerun this test only.\n\n"
     "1 out of 12 tests failed (0.08s)\nTest suite golden: FAIL\n" + _EXIT),
    ("cram-gitlab-prefixes-resolve-text", "real",
     "".join(f"2024-05-01T10:00:{i:02d}.123456Z 00O {ln}\n" for i, ln in enumerate((
         "$ cram tests/cli/*.t",
         "!",
         "--- tests/cli/offline.t",
         "+++ tests/cli/offline.t.err",
         "@@ -4,3 +4,3 @@",
         "   $ mytool sync --remote https://mirror.example.test",
         "-  error: remote unreachable",
         "+  error: curl: (6) Could not resolve host: mirror.example.test",
         "   [1]",
         "# Ran 12 tests, 0 skipped, 1 failed.",
     ))) + "2024-05-01T10:00:13.123456Z 00O ERROR: Job failed: exit code 1\n"),
    # .NET ApprovalTests / Verify: a received file differing from the approved one
    # (xfail20b: no longer a strict xfail; Verify's file pair is now read as a golden report)
    ("dotnet-verify-received-http-text", "real",
     "  Failed Tests.ClientTests.RendersOutage [42 ms]\n"
     "  Error Message:\n"
     "   VerifyException : Directory: /w/tests/Snapshots\nNotEqual:\n"
     "  - Received: ClientTests.RendersOutage.received.txt\n"
     "    Verified: ClientTests.RendersOutage.verified.txt\n\nFileContent:\n\nNotEqual:\n\n"
     "Received: ClientTests.RendersOutage.received.txt\n"
     "System.Net.Http.HttpRequestException: Connection refused (api.example.test:443)\n"
     "Verified: ClientTests.RendersOutage.verified.txt\n"
     "System.Net.Http.HttpRequestException: No such host is known. (api.example.test:443)\n\n"
     "  Stack Trace:\n     at VerifyTests.InnerVerifier.VerifyInner(...)\n\n"
     "Failed!  - Failed:     1, Passed:   211, Skipped:     0, Total:   212, Duration: 3 s - Tests.dll (net8.0)\n"
     + _EXIT),
    ("syrupy-snapshot-timeout-text", "real",
     "____________________________ test_error_page_render ____________________________\n\n"
     "snapshot = SnapshotAssertion(name='snapshot', num_executions=1)\n\n"
     "    def test_error_page_render(snapshot):\n>       assert render_error(504) == snapshot\n"
     "E       AssertionError: assert [+ received] == [- snapshot]\n"
     "E         - '<h1>Gateway Timeout</h1><p>The upstream server timed out.</p>'\n"
     "E         + '<h1>504 Gateway Timeout</h1><p>The upstream server timed out.</p>'\n\n"
     "tests/test_pages.py:31: AssertionError\n"
     "--------------------------- snapshot report summary ----------------------------\n"
     "1 snapshot failed. 88 snapshots passed.\n"
     "=========================== short test summary info ============================\n"
     "FAILED tests/test_pages.py::test_error_page_render - AssertionError: assert [+ received] == [- snapshot]\n"
     "======================== 1 failed, 140 passed in 4.02s =========================\n" + _EXIT),
    # (xfail20b: no longer a strict xfail; a failure above the job's cancellation now outweighs its time limit)
    ("filecheck-long-log-then-cancelled-at-job-limit", "real",
     "FAIL: circt :: Conversion/ExportVerilog/wires.mlir (55 of 940)\n"
     "******************** TEST 'circt :: Conversion/ExportVerilog/wires.mlir' FAILED ********************\n"
     "Exit Code: 1\n\nCommand Output (stderr):\n--\n"
     "/w/test/Conversion/ExportVerilog/wires.mlir:14:12: error: CHECK-NEXT: is not on the line after the previous match\n"
     "// CHECK-NEXT: assign y = x;\n           ^\n<stdin>:22:3: note: 'next' match was here\n--\n\n"
     "********************\n" + "".join(f"PASS: circt :: Dialect/HW/t{i}.mlir ({55 + i} of 940)\n" for i in range(1, 220)) +
     "##[error]The job running on runner GitHub Actions 12 has exceeded the maximum execution time of 60 minutes.\n"
     "##[error]The operation was canceled.\n"),
    # ---- toolchain pins ----
    # uv venv warns and goes on (astral-sh/uv, as its own test snapshots show "warning: The requested interpreter
    # resolved to ..."), the install then meets PyPI's 503
    ("uv-venv-python-warning-then-pypi-503", "transient",
     "$ uv venv -p 3.13\nUsing CPython 3.13.2\n"
     "warning: The requested interpreter resolved to Python 3.13.2, which is incompatible with the project's Python "
     "requirement: `>=3.10,<3.13`\n"
     "Creating virtual environment at: .venv\n"
     "$ uv pip install -r requirements.txt\n"
     "error: Failed to fetch: `https://pypi.org/simple/numpy/`\n"
     "  Caused by: HTTP status server error (503 Service Unavailable) for url (https://pypi.org/simple/numpy/)\n"
     + _EXIT),
    ("uv-find-python-warning-then-git-reset", "transient", _gha(
        "Run uv python find 3.10\n"
        "/opt/hostedtoolcache/Python/3.10.14/x64/bin/python3.10\n"
        "warning: The requested interpreter resolved to Python 3.10.14, which is incompatible with the project's "
        "Python requirement: `>=3.11` (from `project.requires-python`)\n"
        "Run git submodule update --init --depth 1\n"
        "Cloning into '/home/runner/work/app/app/vendor/proto'...\n"
        "error: RPC failed; curl 56 GnuTLS recv error (-54): Error in the pull function.\n"
        "fatal: early EOF\nfatal: fetch-pack: invalid index-pack output\n"
        "fatal: clone of 'https://github.com/example/proto.git' into submodule path "
        "'/home/runner/work/app/app/vendor/proto' failed\n") + _EXIT),
    ("pnpm-engines-warn-then-econnreset", "transient",
     "$ pnpm install --frozen-lockfile\n"
     " WARN  Unsupported engine: wanted: {\"node\":\">=20\"} (current: {\"node\":\"v18.19.0\",\"pnpm\":\"8.15.1\"})\n"
     "Progress: resolved 812, reused 790, downloaded 3, added 0\n"
     " ERR_PNPM_META_FETCH_FAIL  GET https://registry.npmjs.org/@types%2Fnode: request to "
     "https://registry.npmjs.org/@types%2Fnode failed, reason: read ECONNRESET\n" + _EXIT),
    ("mix-elixir-version-error-ansi-jenkins", "real", _jenkins(
        "[Pipeline] sh\n+ mix deps.compile\n"
        "\x1b[31m** (Mix) You're trying to run :telemetry_poller on Elixir v1.13.4 but it has declared in its "
        "mix.exs file it supports only Elixir ~> 1.14\x1b[0m\n"
        "[Pipeline] }\n[Pipeline] // stage\nERROR: script returned exit code 1\nFinished: FAILURE\n")),
    ("rebar3-otp-required-jenkins", "real", _jenkins(
        "[Pipeline] sh\n+ rebar3 compile\n"
        "===> OTP release 26 or later is required. Version in use: 25.3.2\n"
        "ERROR: script returned exit code 1\nFinished: FAILURE\n")),
    ("beam-later-version-gitlab-cached-build", "real",
     "$ mix test\n"
     "=ERROR REPORT==== 1-May-2024::10:00:03.112233 ===\n"
     "beam/beam_load.c(551): Error loading module 'Elixir.Jason.Encoder':\n"
     "  This BEAM file was compiled for a later version of the runtime system than the current (Erlang/OTP 25).\n"
     "  To fix this, please re-compile this module with an Erlang/OTP 25 compiler.\n"
     "  (Use of opcode 182; this emulator supports only up to 180.)\n\n"
     "** (UndefinedFunctionError) function Jason.Encoder.encode/2 is undefined (module Jason.Encoder is not available)\n"
     "ERROR: Job failed: exit code 1\n"),
    ("godot-crash-beside-runner-oom", "transient",
     "Godot Engine v4.2.2.stable.official.15073afe3 - https://godotengine.org\n"
     "Running GUT tests...\n"
     "ERROR: Out of memory.\n   at: alloc (core/os/memory.cpp:77)\n"
     "handle_crash: Program crashed with signal 11\n"
     "Engine version: Godot Engine v4.2.2.stable.official (15073afe3)\n"
     "Dumping the backtrace. Please include this when reporting the bug to the project developer.\n"
     "[1] /lib/x86_64-linux-gnu/libc.so.6(+0x42520) [0x7f0d6c842520] (??:0)\n-- END OF BACKTRACE --\n"
     "[ 2024-05-01 10:12:01 ] kernel: Out of memory: Killed process 3121 (godot) total-vm:12001312kB\n"
     + _EXIT),
    # ---- meson ----
    ("meson-ok0-three-timeouts-gha", "real", _gha(
        "Run meson test -C build --print-errorlogs\n"
        " 1/3 proto:ipc / handshake   TIMEOUT        30.01s   killed by signal 15 SIGTERM\n"
        " 2/3 proto:ipc / roundtrip   TIMEOUT        30.02s   killed by signal 15 SIGTERM\n"
        " 3/3 proto:ipc / shutdown    TIMEOUT        30.01s   killed by signal 15 SIGTERM\n\n"
        "Ok:                 0\nExpected Fail:      0\nFail:               0\nUnexpected Pass:    0\n"
        "Skipped:            0\nTimeout:            3\n\n"
        "Full log written to /home/runner/work/ipc/ipc/build/meson-logs/testlog.txt\n") + _EXIT),
    ("meson-lone-timeout-rest-skipped", "transient",
     "$ meson test -C _build --num-processes 2\n"
     " 1/5 glib-net / resolver      SKIP            0.01s   exit status 77\n"
     " 2/5 glib-net / socket        SKIP            0.01s   exit status 77\n"
     " 3/5 glib-net / tls-cert      SKIP            0.01s   exit status 77\n"
     " 4/5 glib-net / proxy         SKIP            0.01s   exit status 77\n"
     " 5/5 glib-net / mainloop      TIMEOUT        60.05s   killed by signal 15 SIGTERM\n\n"
     "Ok:                 0\nExpected Fail:      0\nFail:               0\nUnexpected Pass:    0\n"
     "Skipped:            4\nTimeout:            1\n\n"
     "Full log written to /builds/net/_build/meson-logs/testlog.txt\nERROR: Job failed: exit code 1\n"),
    ("meson-some-ok-two-timeouts-slow-runner", "transient",
     "$ meson test -C build\n"
     + "".join(f"{i:2d}/16 core / unit{i:02d}         OK              {0.1 * i:.2f}s\n" for i in range(1, 15)) +
     "15/16 core / stress_alloc    TIMEOUT        30.01s   killed by signal 15 SIGTERM\n"
     "16/16 core / stress_queue    TIMEOUT        30.02s   killed by signal 15 SIGTERM\n\n"
     "Ok:                 14\nExpected Fail:      0\nFail:               0\nUnexpected Pass:    0\n"
     "Skipped:            0\nTimeout:            2\n\n"
     "Full log written to /w/build/meson-logs/testlog.txt\n" + _EXIT),
    # ---- wait4x: the server refused the settings, the deadline after it is no chance ----
    ("wait4x-mysql-access-denied-deadline", "real",
     "$ wait4x mysql 'root:secret@tcp(127.0.0.1:3306)/app' --timeout 60s\n"
     "2024-05-01T10:00:00Z INF [MySQL] Checking 127.0.0.1:3306 ...\n"
     "2024-05-01T10:00:01Z ERR Error occurred error=\"Error 1045 (28000): Access denied for user 'root'@'172.18.0.1' "
     "(using password: YES)\"\n"
     "2024-05-01T10:00:02Z INF [MySQL] Checking 127.0.0.1:3306 ...\n"
     "2024-05-01T10:00:02Z ERR Error occurred error=\"Error 1045 (28000): Access denied for user 'root'@'172.18.0.1' "
     "(using password: YES)\"\n"
     "Error: context deadline exceeded\n" + _EXIT),
    ("wait4x-mysql-unknown-database-deadline", "real",
     "+ wait4x mysql 'app:app@tcp(db:3306)/app_test' -t 45s\n"
     "INF [MySQL] Checking db:3306 ...\n"
     "ERR Error occurred error=\"Error 1049 (42000): Unknown database 'app_test'\"\n"
     "INF [MySQL] Checking db:3306 ...\n"
     "ERR Error occurred error=\"Error 1049 (42000): Unknown database 'app_test'\"\n"
     "Error: context deadline exceeded\nERROR: Job failed: exit code 1\n"),
    ("wait4x-redis-wrongpass-deadline", "real",
     "$ wait4x redis redis://default:ci@localhost:6379 --timeout 30s\n"
     "INF [Redis] Checking localhost:6379 ...\n"
     "ERR Error occurred error=\"WRONGPASS invalid username-password pair or user is disabled.\"\n"
     "INF [Redis] Checking localhost:6379 ...\n"
     "ERR Error occurred error=\"WRONGPASS invalid username-password pair or user is disabled.\"\n"
     "Error: context deadline exceeded\n" + _EXIT),
    ("wait4x-pg-password-failed-gha", "real", _gha(
        "Run wait4x postgresql 'postgres://postgres:postgres@localhost:5432/app?sslmode=disable' -t 60s\n"
        "INF [PostgreSQL] Checking localhost:5432 ...\n"
        "ERR Error occurred error=\"pq: password authentication failed for user \\\"postgres\\\"\"\n"
        "INF [PostgreSQL] Checking localhost:5432 ...\n"
        "ERR Error occurred error=\"pq: password authentication failed for user \\\"postgres\\\"\"\n"
        "Error: context deadline exceeded\n") + _EXIT),
    ("wait4x-pg-starting-up-deadline", "transient",
     "$ wait4x postgresql 'postgres://ci:ci@db:5432/ci?sslmode=disable' --timeout 30s\n"
     "INF [PostgreSQL] Checking db:5432 ...\n"
     "ERR Error occurred error=\"pq: the database system is starting up\"\n"
     "INF [PostgreSQL] Checking db:5432 ...\n"
     "ERR Error occurred error=\"pq: the database system is starting up\"\n"
     "Error: context deadline exceeded\nERROR: Job failed: exit code 1\n"),
    # ---- TAP / Dart: two failures of one test ----
    # node-tap: one subtest's two assertions, both "not ok" at the same depth; the reset is this test's own
    ("node-tap-same-subtest-mismatch-then-econnreset", "transient",
     "$ tap test/live/*.test.js\n"
     "# Subtest: test/live/rates.test.js\n"
     "    # Subtest: fetches today's rates from the provider\n"
     "        not ok 1 - should be equal\n"
     "          ---\n          compare: ===\n          found: 503\n          wanted: 200\n"
     "          at:\n            line: 14\n            column: 7\n            file: test/live/rates.test.js\n"
     "          ...\n\n"
     "        not ok 2 - read ECONNRESET\n"
     "          ---\n          errno: -104\n          code: ECONNRESET\n          syscall: read\n          ...\n\n"
     "        1..2\n"
     "    not ok 1 - fetches today's rates from the provider # time=30112ms\n"
     "    1..1\nnot ok 1 - test/live/rates.test.js # time=30402ms\n\n"
     "# failed 1 of 1 tests\n" + _EXIT),
    ("dart-same-test-two-errors-503-then-reset", "transient",
     "00:03 +12: test/live_feed_test.dart: downloads the feed\n"
     "00:04 +12 -1: test/live_feed_test.dart: downloads the feed [E]\n"
     "  Expected: <200>\n    Actual: <503>\n\n"
     "  package:matcher                expect\n  test/live_feed_test.dart 21:5  main.<fn>\n\n"
     "00:04 +12 -1: test/live_feed_test.dart: downloads the feed [E]\n"
     "  SocketException: Connection reset by peer (OS Error: Connection reset by peer, errno = 104), "
     "address = feeds.example.com, port = 51422\n"
     "  dart:io/runtime/bin/socket_patch.dart _NativeSocket.read\n\n"
     "00:05 +31 -1: Some tests failed.\n" + _EXIT),
    ("wait4x-pg-refused-until-deadline", "transient",
     "$ wait4x postgresql 'postgres://ci:ci@localhost:5432/ci?sslmode=disable' --timeout 60s\n"
     "INF [PostgreSQL] Checking localhost:5432 ...\n"
     "ERR Expectation failed error=\"failed to establish a connection to the postgresql server\" "
     "dsn=postgres://ci:***@localhost:5432/ci?sslmode=disable\n"
     "INF [PostgreSQL] Checking localhost:5432 ...\n"
     "ERR Expectation failed error=\"failed to establish a connection to the postgresql server\" "
     "dsn=postgres://ci:***@localhost:5432/ci?sslmode=disable\n"
     "Error: context deadline exceeded\n" + _EXIT),
    ("godot-headless-crash-signal-11-gut", "real",
     "Godot Engine v4.3.stable.official.77dcf97d8 - https://godotengine.org\n"
     "res://addons/gut/gut_cmdln.gd: running 48 tests\n"
     "ERROR: Attempt to call function 'queue_free' in base 'previously freed' on a null instance.\n"
     "handle_crash: Program crashed with signal 11\n"
     "Engine version: Godot Engine v4.3.stable.official (77dcf97d8)\n"
     "Dumping the backtrace. Please include this when reporting the bug to the project developer.\n"
     "[1] /lib/x86_64-linux-gnu/libc.so.6(+0x42520) [0x7f3a1e842520] (??:0)\n"
     "[2] Node::_propagate_exit_tree() (scene/main/node.cpp:402)\n-- END OF BACKTRACE --\n" + _EXIT),
    ("gotest-golden-gha-reset-text", "real", _gha(
        "=== RUN   TestRenderRetryLog\n"
        "    render_test.go:58: assertion failed: \n"
        "        --- expected\n        +++ actual\n        @@ -1,2 +1,2 @@\n"
        "         retry 1/3: dial tcp 10.0.0.7:443: connect: connection refused\n"
        "        -retry 2/3: giving up\n"
        "        +retry 2/3: read tcp 10.0.0.7:443: read: connection reset by peer\n"
        "        \n        \n"
        "        You can run 'go test . -update' to automatically update testdata/retry.golden to the new expected "
        "value.'\n"
        "--- FAIL: TestRenderRetryLog (0.00s)\nFAIL\nFAIL\tgithub.com/example/render\t0.021s\n") + _EXIT),
    ("python-doctest-summary-socket-text", "real",
     "$ python -m doctest -v docs/client.rst\n"
     "**********************************************************************\n"
     "File \"docs/client.rst\", line 41, in client.rst\n"
     "Failed example:\n    client.fetch('http://localhost:1/')\n"
     "Expected:\n    Traceback (most recent call last):\n    ...\n"
     "    ConnectionRefusedError: [Errno 111] Connection refused\n"
     "Got:\n    Traceback (most recent call last):\n    ...\n"
     "    client.errors.FetchError: could not connect to localhost:1 ([Errno 111] Connection refused)\n"
     "**********************************************************************\n"
     "1 items had failures:\n   1 of  12 in client.rst\n"
     "***Test Failed*** 1 failures.\n" + _EXIT),
]

# LEFT: cases the engine still reads wrong, kept as strict expected failures.
LEFT: dict[str, str] = {
    # (expect-test-gha-timestamps-actual-timeout, left here by review 20d, reads real since xfail20b: timing-sensitive-test's
    # unless_log now takes expect-test's own "error: expect test failed" / "   --> file" report, a rendered text compared)
    # (dotnet-verify-received-http-text, left here by review 20d, reads real since xfail20b: golden-expect-output-mismatch
    # now reads Verify's "  - Received: ...received.txt" / "    Verified: ...verified.txt" pair, its layout read in
    # VerifyTests/Verify VerifyExceptionMessageBuilder.cs)
    # (filecheck-long-log-then-cancelled-at-job-limit, left here by review 20d, reads real since xfail20b:
    # no-output-timeout and ci-job-time-limit now stand down under the failed_tests_then_canceled fragment, a compiler's
    # or test run's failure above the job's cancellation, as operation-canceled and ci-runner-lost already did)
}


@pytest.mark.parametrize(("verdict", "log"), labelled(CASES, LEFT))
def test_review20_d_case_reads_as_labelled(verdict, log):
    v = judge(log)
    assert v.verdict == verdict, v.rationale


@pytest.mark.parametrize(("verdict", "log"), labelled([c for c in CASES if c[1] == "real" and c[0] not in LEFT]))
def test_review20_d_real_case_never_reads_transient(verdict, log):
    assert judge(log).verdict != "transient"


def test_review20_d_case_ids_are_unique():
    assert_unique_ids(CASES)


# Words the new patterns read, for benchmarks/pattern_speed.py's long lines.
LONG_LINE_WORDS = [
    "******************** TEST 'Clang :: a.c' FAILED ********************",
    "TIMEOUT: Clang :: a.c (1 of 2)",
    "a.test:9:15: error: CHECK-NOT: excluded string found in input",
    'ERR Error occurred error="Error 1045 (28000): Access denied for user',
    'ERR Error occurred error="WRONGPASS invalid username-password pair',
]
