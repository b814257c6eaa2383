"""Twentieth round, tool sources: golden, snapshot and expect tests, toolchain and language-version mismatches, and
crashes of the job's own binary.

Covered: golden files and expect tests as their own libraries print a mismatch (gotest.tools' golden package and its
"-update" hint, Rust's expect-test with its UPDATE_EXPECT hint, LLVM lit and FileCheck's "expected string not
found in input", tasty-golden's "Files ... differ" and goldenVsStringDiff, CPython's doctest and pytest's doctest
runner, cram's "Ran N tests" summary, pytest-regressions' "FILES DIFFER", ApprovalTests for Java and Python,
spatie's PHPUnit snapshot assertions, Jest's snapshot summary and Playwright's screenshot comparison with a tiny
ratio); toolchain and language-version mismatches (the BEAM loader's "compiled for a later version of the run-time
system", rebar3's minimum OTP, Mix's Elixir version check, go.mod's go line under GOTOOLCHAIN=local and an old Go
that cannot read a three-part go line, Cargo's unstable edition2024 feature, yarn's and pnpm's engines checks and
npm's EBADENGINE under engine-strict, pip's Requires-Python, uv's and Poetry's Python requirement, Flutter's SDK
constraint, SwiftPM's tools version, Kotlin's metadata version, the Android Gradle plugin's Java, CMake 4's removed
compatibility, Bazel's unknown --incompatible_ flag, Godot's project config_version); crashes (Godot's crash
handler, Mono's native crash report) and the toolchain downloads that fail for a while (transient). Already
covered and not repeated: Jest's unwritten and obsolete snapshots, Vitest, insta, syrupy, pytest-snapshot, Verify
and ApprovalTests' missing approved file, swift-snapshot-testing (test_tool_sources_mutation_snapshot_coverage.py);
dune's expect and cram diffs, hspec, ExUnit doctests, Flutter goldens (test_tool_sources_test_frameworks_xlang.py,
test_tool_sources_beam.py, test_tool_sources_dart_mobile_ui.py); visual diffs of Percy, Chromatic, BackstopJS,
jest-image-snapshot (test_tool_sources_visual_a11y.py); cargo's rustc-version and MSRV refusals
(test_tool_sources_rust_go_checks.py); Go's "toolchain not available" (test_tool_sources_embedded_infra.py); Dart
pub's SDK constraint (test_tool_sources_lang_ecosystems_more.py); Julia's unsatisfiable requirements
(test_tool_sources_niche_toolchains_licensed.py); cabal's "rejecting: base" (test_tool_sources_compilers_xlang_web3
.py); NETSDK1045 (test_tool_sources_windows.py); "Unsupported class file major version"
(test_tool_sources_jvm_tests.py); CMake's minimum version (test_tool_sources_build_systems.py); shells' and the
kernel's crash words and Windows' crash codes (test_tool_sources_process_crashes.py).

Each case is a short log written for this test around one message as the tool prints it. Read in the tool's
source through the code index (the comment above each case names the repository and file): gotest-tools/gotest.tools
(golden/golden.go), rust-analyzer/expect-test (src/lib.rs), llvm/llvm-project (FileCheck, its message as CI logs of
rust-lang/rust's codegen tests print it), UnkindPartition/tasty-
golden (Test/Tasty/Golden.hs), erlang/rebar3 (src/rebar_utils.erl), elixir-lang/elixir (lib/mix/lib/mix/
exceptions.ex), erlang/otp (erts beam_load.c, as CI logs quote it), swiftlang/swift-package-manager (the tools-version
diagnostic, as its own tests hold it), godotengine/godot (platform/*/crash_handler_*.cpp); CMake 4's removed-
compatibility text and pnpm's engines check as logs and tests in the code index quote them (not their source). Recalled from those
trees rather than read here, and marked so: CPython's doctest report, cram's summary, pytest-regressions' FILES
DIFFER, ApprovalTests.Java's "Failed Approval" and approvaltests' Python mismatch text, spatie's snapshot name line,
yarn's and npm's engine errors, pip's Requires-Python message, uv's and Poetry's, Flutter's SDK message, Kotlin's
metadata message, the Android Gradle plugin's, Bazel's option parser, Godot's config_version, Mono's crash report,
Go's toolchain download and go-line errors. Hosts, packages, tests and paths are made up; no project's CI log is
copied.

The rules the cases hold:
  * a golden file, snapshot, expect test, approved file or FileCheck pattern that does not match the output -> real:
    a rerun prints the same diff (whatever "update", "rerun" or outage words the diff or the hint holds);
  * a toolchain too old or too new for what the project pins (a BEAM file built by a later OTP, a minimum OTP or
    Elixir, a go line the local Go cannot meet, an unstable Cargo feature, engines fields under strict checking,
    Requires-Python, an SDK constraint, Swift tools version, Kotlin metadata, AGP's Java, CMake 4 refusing an old
    minimum, a Bazel flag the pinned Bazel does not know, a Godot project from a newer engine) -> real;
  * the download of a toolchain failing for a while (Go's toolchain switch timing out on the module proxy, a
    runtime's installer answered 503 or reset) -> transient; an engines warning above that outage does not make it
    real;
  * a crash of the job's own program: a native crash of the project's binary (covered elsewhere) reads real; a crash
    inside a third-party engine or runtime that runs the project (Godot's handler, Mono's native crash report) is
    deterministic in the public threads read as often as not (the engine's own bug on every run, a headless renderer
    missing) -> not surely transient; the runner's own tools crashing (covered elsewhere) -> transient;
  * near-misses: tests ABOUT version checks or crash reports failing on their assertions, an application's log
    lines that quote the words, outage words after a golden diff -> real.
"""

from __future__ import annotations

import pytest
from judging import assert_unique_ids, labelled, logs, not_surely_transient, reads

_GHA = "##[error]Process completed with exit code 1.\n"
_CIRCLE = "\nExited with code exit status 1\n"
_GL = "ERROR: Job failed: exit code 1\n"
_JENKINS = "[Pipeline] End of Pipeline\nERROR: script returned exit code 1\nFinished: FAILURE\n"
_AZURE = "##[error]Bash exited with code '1'.\nFinishing: Run tests\n"
_TRAVIS = "\nThe command \"make test\" exited with 1.\n\nDone. Your build exited with 1.\n"


CASES: list[tuple[str, str, str]] = [
    # ================================================================== golden files, expect tests
    # gotest-tools/gotest.tools golden/golden.go (failurePostamble: "You can run 'go test . -update' to automatically
    # update %s to the new expected value.'") under assert.Assert's "assertion failed:"
    ("gotest-tools-golden-update-hint", "real",
     "+ go test ./...\n"
     "--- FAIL: TestHelpOutput (0.00s)\n"
     "    help_test.go:31: assertion failed: \n"
     "        --- expected\n"
     "        +++ actual\n"
     "        @@ -1,2 +1,2 @@\n"
     "        -Usage: lampctl [flags]\n"
     "        +Usage: lampctl [options]\n"
     "        \n"
     "        \n"
     "        You can run 'go test . -update' to automatically update testdata/help.golden to the new expected value.'\n"
     "FAIL\n"
     "FAIL\texample.com/lampctl/cmd\t0.014s\n" + _GHA),
    # the same, gotest.tools v2's flag ("-test.update-golden"), the golden file holding an HTTP status the CLI prints
    ("gotest-tools-golden-update-golden-503-content", "real",
     "+ go test ./internal/render\n"
     "--- FAIL: TestErrorPage (0.00s)\n"
     "    page_test.go:22: assertion failed: \n"
     "        --- expected\n"
     "        +++ actual\n"
     "        @@ -1 +1 @@\n"
     "        -<h1>503 Service Unavailable</h1>\n"
     "        +<h1>Service Unavailable</h1>\n"
     "        \n"
     "        \n"
     "        You can run 'go test . -test.update-golden' to automatically update testdata/503.golden to the new "
     "expected value.'\n"
     "FAIL\n"
     "FAIL\texample.com/site/internal/render\t0.021s\n" + _CIRCLE),
    # a project's own golden helper ("golden mismatch for %s" with "--- got ---" / "--- want ---"; wording of the
    # kind the code index holds in several Go projects)
    ("go-own-golden-mismatch", "real",
     "+ go test -race ./...\n"
     "--- FAIL: TestGenerate/nested (0.01s)\n"
     "    gen_test.go:88: golden mismatch for nested\n"
     "        \n"
     "        --- got ---\n"
     "        type Nested struct{ A int }\n"
     "        --- want ---\n"
     "        type Nested struct {\n"
     "        \tA int\n"
     "        }\n"
     "FAIL\n"
     "FAIL\texample.com/gen\t0.310s\n"
     "FAIL\n" + _GL),
    # rust-analyzer/expect-test src/lib.rs (HELP: "You can update all `expect!` tests by running: env UPDATE_EXPECT=1
    # cargo test"; "error: expect test failed", "Expect:", "Actual:", "Diff:")
    ("rust-expect-test-failed", "real",
     "+ cargo test --workspace\n"
     "running 41 tests\n"
     "test parser::tests::nested_blocks ... FAILED\n\n"
     "failures:\n\n"
     "---- parser::tests::nested_blocks stdout ----\n\n"
     "error: expect test failed\n"
     "   --> crates/parser/src/tests.rs:88:9\n\n"
     "You can update all `expect!` tests by running:\n\n"
     "    env UPDATE_EXPECT=1 cargo test\n\n"
     "To update a single test, place the cursor on `expect` token and use `run` feature of rust-analyzer.\n\n"
     "Expect:\n----\nBlock { stmts: 2 }\n----\n\n"
     "Actual:\n----\nBlock { stmts: 3 }\n----\n\n"
     "Diff:\n----\nBlock { stmts: 23 }\n----\n\n"
     "failures:\n    parser::tests::nested_blocks\n\n"
     "test result: FAILED. 40 passed; 1 failed; 0 ignored; 0 measured; 0 filtered out; finished in 0.12s\n\n"
     "error: test failed, to rerun pass `-p parser --lib`\n" + _GHA),
    # the same, the expected text a timeout message the code under test formats
    ("rust-expect-test-timeout-text", "real",
     "+ cargo test -p client\n"
     "---- retry::tests::formats_timeout stdout ----\n\n"
     "error: expect test failed\n"
     "   --> crates/client/src/retry.rs:140:9\n\n"
     "You can update all `expect!` tests by running:\n\n"
     "    env UPDATE_EXPECT=1 cargo test\n\n"
     "Expect:\n----\nrequest timed out after 30s (connection reset by peer)\n----\n\n"
     "Actual:\n----\nrequest timed out after 30s\n----\n\n"
     "test result: FAILED. 12 passed; 1 failed; 0 ignored; 0 measured; 0 filtered out; finished in 0.04s\n\n"
     "error: test failed, to rerun pass `-p client --lib`\n" + _GHA),
    # llvm/llvm-project FileCheck ("error: CHECK: expected string not found in input", "note: scanning from here")
    # under lit's "******************** TEST '%s' FAILED ********************" and its "Failed Tests (N):" summary
    ("lit-filecheck-expected-string-not-found", "real",
     "+ ninja -C build check-lampc\n"
     "FAIL: Lampc :: codegen/loops.ll (212 of 340)\n"
     "******************** TEST 'Lampc :: codegen/loops.ll' FAILED ********************\n"
     "Exit Code: 1\n\n"
     "Command Output (stderr):\n--\n"
     "/src/test/codegen/loops.ll:14:10: error: CHECK: expected string not found in input\n"
     "; CHECK: br label %loop.header\n"
     "         ^\n"
     "<stdin>:9:1: note: scanning from here\n"
     "entry:\n^\n\n--\n\n"
     "********************\n"
     "********************\n"
     "Failed Tests (1):\n"
     "  Lampc :: codegen/loops.ll\n\n\n"
     "Testing Time: 14.03s\n"
     "  Passed: 339\n"
     "  Failed:   1\n"
     "FAILED: test/CMakeFiles/check-lampc\n"
     "ninja: build stopped: subcommand failed.\n" + _GHA),
    # FileCheck's CHECK-NEXT placement error ("error: CHECK-NEXT: is not on the line after the previous match",
    # recalled) in a lit run under Jenkins
    ("lit-filecheck-check-next-not-on-next-line", "real",
     "+ llvm-lit -v build/test\n"
     "FAIL: Lampc :: parse/attrs.test (31 of 340)\n"
     "/src/test/parse/attrs.test:8:16: error: CHECK-NEXT: is not on the line after the previous match\n"
     "# CHECK-NEXT: attr cold\n"
     "               ^\n"
     "Failed Tests (1):\n"
     "  Lampc :: parse/attrs.test\n" + _JENKINS),
    # the same, FileCheck's older wording without the check prefix (recalled), the input it scanned being the tool's
    # own error text about a refused connection (the program under test reports it on purpose)
    ("lit-filecheck-old-wording-input-names-refusal", "real",
     "+ ./utils/run-lit.sh test/net\n"
     "FAIL: Lampc :: net/offline.test (7 of 52)\n"
     "/src/test/net/offline.test:6:15: error: expected string not found in input\n"
     "# CHECK: error: cannot reach controller: Connection refused\n"
     "              ^\n"
     "<stdin>:1:1: note: scanning from here\n"
     "error: cannot reach controller at 127.0.0.1:9: connection refused\n"
     "^\n"
     "Failed Tests (1):\n"
     "  Lampc :: net/offline.test\n" + _AZURE),
    # UnkindPartition/tasty-golden Test/Tasty/Golden.hs (goldenVsFile: printf "Files '%s' and '%s' differ" ref new)
    # under tasty's "N out of M tests failed"
    ("tasty-golden-files-differ", "real",
     "+ cabal test --test-show-details=direct\n"
     "golden\n"
     "  render\n"
     "    page.html: FAIL\n"
     "      Files 'test/golden/page.html' and 'dist/out/page.html' differ\n"
     "      Use -p '/page.html/' to rerun this test only.\n\n"
     "1 out of 24 tests failed (0.31s)\n"
     "Test suite golden: FAIL\n" + _GHA),
    # tasty-golden's goldenVsStringDiff ("Test output was different from '%s'. It was:", recalled) with a diff
    ("tasty-golden-string-diff", "real",
     "+ stack test\n"
     "pretty\n"
     "  json:  FAIL\n"
     "    Test output was different from 'test/golden/pretty.json'. It was:\n"
     "    --- test/golden/pretty.json\n"
     "    +++ actual\n"
     "    @@ -2 +2 @@\n"
     "    -  \"status\": \"unavailable\"\n"
     "    +  \"status\": \"ok\"\n"
     "    Use --accept or increase the number of allowed failures.\n\n"
     "1 out of 9 tests failed (0.02s)\n" + _TRAVIS),
    # CPython Lib/doctest.py (recalled: "Failed example:", "Expected:", "Got:", "***Test Failed*** %d failures.")
    ("python-doctest-test-failed", "real",
     "+ python -m doctest -v lampctl/units.py\n"
     "**********************************************************************\n"
     "File \"lampctl/units.py\", line 12, in units.to_watts\n"
     "Failed example:\n"
     "    to_watts(\"1.5kW\")\n"
     "Expected:\n"
     "    1500.0\n"
     "Got:\n"
     "    1500\n"
     "**********************************************************************\n"
     "1 items had failures:\n"
     "   1 of   4 in units.to_watts\n"
     "***Test Failed*** 1 failures.\n" + _GHA),
    # pytest's doctest runner (recalled: "[doctest] %s" header, "Expected:" / "Got:"), the expected text an error
    # message about a refused connection the function formats
    ("pytest-doctest-connection-text", "real",
     "+ pytest --doctest-modules src/\n"
     "=================================== FAILURES ===================================\n"
     "_______________________ [doctest] lampctl.net.describe ________________________\n"
     "014 >>> describe(ECONNREFUSED)\n"
     "Expected:\n"
     "    'connection refused by the lamp controller'\n"
     "Got:\n"
     "    'Connection refused by the lamp controller'\n\n"
     "/src/lampctl/net.py:14: DocTestFailure\n"
     "=========================== short test summary info ============================\n"
     "FAILED src/lampctl/net.py::lampctl.net.describe\n"
     "========================= 1 failed, 88 passed in 2.31s =========================\n" + _GHA),
    # brodie/cram (recalled: a unified diff against "<file>.t.err", "# Ran %d tests, %d skipped, %d failed.")
    ("cram-test-failed-summary", "real",
     "+ cram -v tests/cli/\n"
     "tests/cli/version.t: failed\n"
     "--- tests/cli/version.t\n"
     "+++ tests/cli/version.t.err\n"
     "@@ -1,4 +1,4 @@\n"
     "   $ lampctl --version\n"
     "-  lampctl 1.2.0\n"
     "+  lampctl 1.3.0\n"
     "# Ran 6 tests, 0 skipped, 1 failed.\n" + _CIRCLE),
    # cram's diff whose changed line is curl's timeout the script under test prints
    ("cram-diff-holds-curl-timeout-text", "real",
     "+ cram tests/\n"
     "--- tests/offline.t\n"
     "+++ tests/offline.t.err\n"
     "@@ -3,3 +3,3 @@\n"
     "   $ lampctl ping --timeout 1\n"
     "-  lampctl: controller did not answer\n"
     "+  curl: (28) Connection timed out after 1001 milliseconds\n"
     "# Ran 3 tests, 0 skipped, 1 failed.\n" + _GHA),
    # pytest-regressions (recalled: data_regression's "FILES DIFFER:" with the obtained and expected files)
    ("pytest-regressions-files-differ", "real",
     "+ pytest tests/\n"
     "E           AssertionError: FILES DIFFER:\n"
     "E           /tmp/pytest-of-runner/pytest-0/test_summary0/test_summary.yml\n"
     "E           /home/runner/work/lamp/lamp/tests/test_report/test_summary.yml\n"
     "E           HTML DIFF: /tmp/pytest-of-runner/pytest-0/test_summary0/test_summary.diff.html\n"
     "E           --- \n"
     "E           +++ \n"
     "E           @@ -1,3 +1,3 @@\n"
     "E           -retries: 3\n"
     "E           +retries: 5\n"
     "FAILED tests/test_report.py::test_summary - AssertionError: FILES DIFFER:\n"
     "========================= 1 failed, 40 passed in 3.02s =========================\n" + _GHA),
    # approvals/ApprovalTests.Java (recalled: "Failed Approval" with the approved and received paths) under Gradle
    ("approvaltests-java-failed-approval", "real",
     "+ ./gradlew test\n\n"
     "ReceiptPrinterTest > printsReceipt() FAILED\n"
     "    org.approvaltests.core.ApprovalException: Failed Approval\n"
     "      Approved:src/test/java/shop/ReceiptPrinterTest.printsReceipt.approved.txt\n"
     "      Received:src/test/java/shop/ReceiptPrinterTest.printsReceipt.received.txt\n\n"
     "57 tests completed, 1 failed\n\n"
     "FAILURE: Build failed with an exception.\n\n"
     "* What went wrong:\n"
     "Execution failed for task ':test'.\n"
     "> There were failing tests. See the report at: file:///home/runner/work/shop/build/reports/tests/test/index.html\n"
     + _GHA),
    # approvals/ApprovalTests.Python (recalled: "ApprovalException: Approval Mismatch, received != approved")
    ("approvaltests-python-mismatch", "real",
     "+ pytest -q\n"
     "F.........\n"
     "E       approvaltests.approval_exception.ApprovalException: Approval Mismatch, received != approved\n"
     "E       \tApproved: tests/approved_files/test_invoice.test_render.approved.txt\n"
     "E       \tReceived: tests/approved_files/test_invoice.test_render.received.txt\n"
     "FAILED tests/test_invoice.py::test_render - approvaltests.approval_exception.ApprovalException: Approval "
     "Mismatch, received != approved\n"
     "1 failed, 9 passed in 0.88s\n" + _AZURE),
    # spatie/phpunit-snapshot-assertions (recalled: PHPUnit's comparison failure under the snapshot's assertion)
    ("phpunit-snapshot-strings-not-equal", "real",
     "+ vendor/bin/phpunit\n"
     "PHPUnit 10.5.20 by Sebastian Bergmann and contributors.\n\n"
     "F.............................                                   30 / 30 (100%)\n\n"
     "There was 1 failure:\n\n"
     "1) Tests\\InvoiceTest::test_it_renders_the_invoice\n"
     "Failed asserting that two strings are equal.\n"
     "--- Expected\n"
     "+++ Actual\n"
     "@@ @@\n"
     "-'Total: 12.00 EUR'\n"
     "+'Total: 12,00 EUR'\n\n"
     "/app/tests/InvoiceTest.php:18\n\n"
     "FAILURES!\n"
     "Tests: 30, Assertions: 41, Failures: 1.\n" + _GL),
    # jestjs/jest packages/jest-snapshot (the failing snapshot's "Snapshot name:") and @jest/reporters'
    # SummaryReporter ("› %s snapshot%s failed from %s test suite%s. Inspect your code changes or run `%s` to update
    # them.")
    ("jest-snapshot-failed-summary", "real",
     "+ npx jest --ci\n"
     "  ● Banner › renders the offline notice\n\n"
     "    expect(received).toMatchSnapshot()\n\n"
     "    Snapshot name: `Banner renders the offline notice 1`\n\n"
     "    - Snapshot  - 1\n"
     "    + Received  + 1\n\n"
     "    -   Service unavailable, retrying…\n"
     "    +   Service unavailable. Retrying…\n\n"
     "Snapshot Summary\n"
     " › 1 snapshot failed from 1 test suite. Inspect your code changes or run `npm test -- -u` to update them.\n\n"
     "Test Suites: 1 failed, 11 passed, 12 total\n"
     "Tests:       1 failed, 80 passed, 81 total\n"
     "Snapshots:   1 failed, 20 passed, 21 total\n" + _GHA),
    # microsoft/playwright (toHaveScreenshot's "%d pixels (ratio %s of all image pixels) are different.") with a tiny
    # ratio, every retry the same: the project's precedent (test_tool_sources_visual_a11y.py) reads a pixel
    # difference real
    ("playwright-screenshot-tiny-ratio-all-retries", "real",
     "+ npx playwright test --retries=2\n"
     "  1) [chromium] › home.spec.ts:5:7 › home page looks right ──────────────────────\n\n"
     "    Error: expect(page).toHaveScreenshot(expected) failed\n\n"
     "      12 pixels (ratio 0.01 of all image pixels) are different.\n\n"
     "    Expected: /app/tests/home.spec.ts-snapshots/home-chromium-linux.png\n"
     "    Received: /app/test-results/home-chromium/home-actual.png\n\n"
     "    Retry #1 ───────────────────────────────────────────────────────────────────────\n"
     "      12 pixels (ratio 0.01 of all image pixels) are different.\n\n"
     "    Retry #2 ───────────────────────────────────────────────────────────────────────\n"
     "      12 pixels (ratio 0.01 of all image pixels) are different.\n\n"
     "  1 failed\n"
     "    [chromium] › home.spec.ts:5:7 › home page looks right ───────────────────────\n" + _GHA),
    # ================================================================== toolchain and language versions
    # erlang/otp erts beam_load.c ("This BEAM file was compiled for a later version of the runtime system than the
    # current (Erlang/OTP %s)."; "To fix this, please re-compile this module with an Erlang/OTP %s compiler.")
    ("beam-file-compiled-for-later-otp", "real",
     "+ mix test\n"
     "=ERROR REPORT==== 4-Dec-2026::10:00:00.112233 ===\n"
     "beam/beam_load.c(148): Error loading module 'Elixir.Lamp.Codec':\n"
     "  This BEAM file was compiled for a later version of the runtime system than the current (Erlang/OTP 25).\n"
     "  To fix this, please re-compile this module with an Erlang/OTP 25 compiler.\n"
     "  (Use of opcode 182; this emulator supports only up to 180.)\n\n"
     "=ERROR REPORT==== 4-Dec-2026::10:00:00.112301 ===\n"
     "Loading of /app/_build/test/lib/lamp/ebin/Elixir.Lamp.Codec.beam failed: badfile\n" + _GHA),
    # the same for a dependency's prebuilt BEAM files fetched from a cache built on a newer OTP image, under Jenkins
    ("beam-file-later-otp-cached-deps-jenkins", "real",
     "+ mix compile\n"
     "=ERROR REPORT==== 4-Dec-2026::11:30:05.412001 ===\n"
     "beam/beam_load.c(148): Error loading module 'Elixir.Jason.Encoder':\n"
     "  This BEAM file was compiled for a later version of the runtime system than the current (Erlang/OTP 26).\n"
     "  To fix this, please re-compile this module with an Erlang/OTP 26 compiler.\n"
     "** (UndefinedFunctionError) function Jason.Encoder.__protocol__/1 is undefined (module Jason.Encoder is not "
     "available)\n" + _JENKINS),
    # the older wording ("... than the current (%s)." / "than 22.") for rebar3's escript built by a newer OTP
    ("beam-file-compiled-for-later-runtime-old-wording", "real",
     "+ ./rebar3 ct\n"
     "=ERROR REPORT==== 4-Dec-2026::10:00:00.202362 ===\n"
     "beam/beam_load.c(1876): Error loading module rebar3:\n"
     "  This BEAM file was compiled for a later version of the run-time system than 22.\n"
     "  To fix this, please recompile this module with an 22 compiler.\n"
     "  (Use of opcode 172; this emulator supports only up to 168.)\n"
     "escript: exception error: undefined function rebar3:main/1\n" + _CIRCLE),
    # erlang/rebar3 src/rebar_utils.erl (check_min_otp_version: ?ABORT("OTP release ~ts or later is required. Version
    # in use: ~ts"))
    ("rebar3-minimum-otp-required", "real",
     "+ rebar3 compile\n"
     "===> Verifying dependencies...\n"
     "===> OTP release 26 or later is required. Version in use: 25.3.2.8\n" + _GHA),
    # elixir-lang/elixir lib/mix/lib/mix/exceptions.ex (Mix.ElixirVersionError: "You're trying to run %s on Elixir
    # v%s but it has declared in its mix.exs file it supports only Elixir %s")
    ("mix-elixir-version-error", "real",
     "+ mix deps.get\n"
     "** (Mix) You're trying to run :lamp on Elixir v1.14.5 but it has declared in its mix.exs file it supports "
     "only Elixir ~> 1.16\n" + _GL),
    # the same raised from a dependency's mix.exs during compile (the exception's module in the line)
    ("mix-elixir-version-error-dependency", "real",
     "+ mix compile --warnings-as-errors\n"
     "==> req\n"
     "** (Mix.ElixirVersionError) You're trying to run :req on Elixir v1.13.4 but it has declared in its mix.exs file "
     "it supports only Elixir ~> 1.14\n"
     "    (mix 1.13.4) lib/mix/tasks/deps.loadpaths.ex:87: Mix.Tasks.Deps.Loadpaths.check_elixir_version/1\n"
     + _GHA),
    # golang/go src/cmd/go/internal/gover and toolchain (recalled: "go: go.mod requires go >= %v (running go %v;
    # GOTOOLCHAIN=%v)")
    ("go-mod-requires-newer-go-toolchain-local", "real",
     "+ go build ./...\n"
     "go: go.mod requires go >= 1.23.0 (running go 1.21.6; GOTOOLCHAIN=local)\n" + _GHA),
    # a Go before 1.21 reading a three-part go line (recalled: "go.mod:%d: invalid go version '%s': must match format
    # 1.23")
    ("go-old-invalid-go-version-format", "real",
     "+ go vet ./...\n"
     "go: errors parsing go.mod:\n"
     "/home/runner/work/lamp/lamp/go.mod:3: invalid go version '1.22.1': must match format 1.23\n" + _TRAVIS),
    # the toolchain switch's download failing on the module proxy (recalled: "go: downloading go%s (%s/%s)" then
    # "go: download go%s for %s/%s: %v") with a dial timeout -> transient
    ("go-toolchain-switch-download-proxy-timeout", "transient",
     "+ go test ./...\n"
     "go: downloading go1.23.2 (linux/amd64)\n"
     "go: download go1.23.2 for linux/amd64: golang.org/toolchain@v0.0.1-go1.23.2.linux-amd64.zip: Get "
     "\"https://proxy.golang.org/golang.org/toolchain/@v/v0.0.1-go1.23.2.linux-amd64.zip\": dial tcp "
     "142.250.72.17:443: i/o timeout\n" + _GHA),
    # the same answered 502 by the module proxy
    ("go-toolchain-switch-download-proxy-502", "transient",
     "+ go build ./...\n"
     "go: downloading go1.22.5 (linux/arm64)\n"
     "go: download go1.22.5 for linux/arm64: golang.org/toolchain@v0.0.1-go1.22.5.linux-arm64.zip: reading "
     "https://proxy.golang.org/golang.org/toolchain/@v/v0.0.1-go1.22.5.linux-arm64.zip: 502 Bad Gateway\n" + _GL),
    # rust-lang/cargo src/cargo/core/features.rs (recalled: "feature `%s` is required", "The package requires the
    # Cargo feature called `%s`, but that feature is not stabilized in this version of Cargo (%s).")
    ("cargo-feature-edition2024-required", "real",
     "+ cargo build --locked\n"
     "error: failed to parse manifest at `/home/runner/work/lamp/lamp/Cargo.toml`\n\n"
     "Caused by:\n"
     "  feature `edition2024` is required\n\n"
     "  The package requires the Cargo feature called `edition2024`, but that feature is not stabilized in this "
     "version of Cargo (1.80.1 (376290515 2024-07-16)).\n"
     "  Consider trying a newer version of Cargo (this may require the nightly release).\n" + _GHA),
    # yarnpkg/yarn src/package-compatibility.js (recalled: "The engine %s is incompatible with this module. Expected
    # version %s. Got %s" and "Found incompatible module.")
    ("yarn-engine-node-incompatible", "real",
     "+ yarn install --frozen-lockfile\n"
     "yarn install v1.22.22\n"
     "[1/4] Resolving packages...\n"
     "[2/4] Fetching packages...\n"
     "error vite@5.4.2: The engine \"node\" is incompatible with this module. Expected version \"^18.0.0 || >=20.0.0\". "
     "Got \"16.20.2\"\n"
     "error Found incompatible module.\n"
     "info Visit https://yarnpkg.com/en/docs/cli/install for documentation about this command.\n" + _GHA),
    # npm/cli (recalled: EBADENGINE under engine-strict, "Not compatible with your version of node/npm")
    ("npm-ebadengine-engine-strict", "real",
     "+ npm ci\n"
     "npm error code EBADENGINE\n"
     "npm error engine Unsupported engine\n"
     "npm error engine Not compatible with your version of node/npm: lamp-ui@2.0.0\n"
     "npm error notsup Not compatible with your version of node/npm: lamp-ui@2.0.0\n"
     "npm error notsup Required: {\"node\":\">=20\"}\n"
     "npm error notsup Actual:   {\"npm\":\"10.2.4\",\"node\":\"v18.19.0\"}\n" + _CIRCLE),
    # npm's EBADENGINE as a warning (no engine-strict), then the registry resetting the connection -> transient
    ("npm-ebadengine-warning-then-econnreset", "transient",
     "+ npm ci\n"
     "npm warn EBADENGINE Unsupported engine {\n"
     "npm warn EBADENGINE   package: 'undici@6.19.8',\n"
     "npm warn EBADENGINE   required: { node: '>=18.17' },\n"
     "npm warn EBADENGINE   current: { node: 'v18.16.1', npm: '9.5.1' }\n"
     "npm warn EBADENGINE }\n"
     "npm error code ECONNRESET\n"
     "npm error network aborted\n"
     "npm error network This is a problem related to network connectivity.\n"
     "npm error network In most cases you are behind a proxy or have bad network settings.\n" + _GHA),
    # pnpm/pnpm (ERR_PNPM_UNSUPPORTED_ENGINE "Unsupported environment (bad pnpm and/or Node.js version)", "Your Node
    # version is incompatible with \"%s\".", as logs and tests in the code index quote it)
    ("pnpm-unsupported-engine-node", "real",
     "+ pnpm install --frozen-lockfile\n"
     " ERR_PNPM_UNSUPPORTED_ENGINE  Unsupported environment (bad pnpm and/or Node.js version)\n\n"
     "Your Node version is incompatible with \"/home/runner/work/lamp/lamp\".\n\n"
     "Expected version: >=22\n"
     "Got: v20.18.0\n\n"
     "This is happening because the package's manifest has an engines.node field specified.\n"
     "To fix this issue, install the required Node version.\n" + _GHA),
    # pypa/pip (recalled: "ERROR: Package %r requires a different Python: %s not in %r")
    ("pip-package-requires-different-python", "real",
     "+ python -m pip install -e .[test]\n"
     "Obtaining file:///home/runner/work/lamp/lamp\n"
     "  Installing build dependencies: finished with status 'done'\n"
     "ERROR: Package 'lamp' requires a different Python: 3.8.18 not in '>=3.10'\n" + _GHA),
    # astral-sh/uv (recalled: "The requested interpreter resolved to Python %s, which is incompatible with the
    # project's Python requirement: `%s`")
    ("uv-interpreter-incompatible-with-requires-python", "real",
     "+ uv sync --frozen\n"
     "Using CPython 3.9.18 interpreter at: /usr/bin/python3.9\n"
     "error: The requested interpreter resolved to Python 3.9.18, which is incompatible with the project's Python "
     "requirement: `>=3.10`\n" + _GL),
    # python-poetry/poetry (recalled: "The currently activated Python version %s is not supported by the project
    # (%s).", "Poetry was unable to find a compatible version.")
    ("poetry-no-compatible-python", "real",
     "+ poetry install --no-interaction\n"
     "The currently activated Python version 3.8.18 is not supported by the project (^3.11).\n"
     "Trying to find and use a compatible version. \n\n"
     "Poetry was unable to find a compatible version. If you have one, you can explicitly use it via the \"env use\" "
     "command.\n" + _AZURE),
    # pnpm's engines check on the pnpm version itself (engines.pnpm), as logs in the code index quote it
    ("pnpm-unsupported-engine-pnpm-version", "real",
     "+ pnpm install\n"
     "[ERR_PNPM_UNSUPPORTED_ENGINE] Unsupported environment (bad pnpm and/or Node.js version)\n\n"
     "Your pnpm version is incompatible with \"/builds/lamp/web\".\n\n"
     "Expected version: 9.12.0\n"
     "Got: 8.15.9\n" + _GL),
    # uv's managed Python download answered 503 by the release host (recalled: "Failed to download %s" over "HTTP
    # status server error (503 Service Unavailable) for url (%s)") -> transient
    ("uv-python-download-503", "transient",
     "+ uv python install 3.12\n"
     "error: Failed to install cpython-3.12.7-linux-x86_64-gnu\n"
     "  Caused by: Failed to download https://github.com/astral-sh/python-build-standalone/releases/download/"
     "20241016/cpython-3.12.7%2B20241016-x86_64-unknown-linux-gnu-install_only_stripped.tar.gz\n"
     "  Caused by: HTTP status server error (503 Service Unavailable) for url (https://github.com/astral-sh/"
     "python-build-standalone/releases/download/20241016/cpython-3.12.7%2B20241016-x86_64-unknown-linux-gnu-"
     "install_only_stripped.tar.gz)\n" + _GHA),
    # flutter/flutter through dart pub (recalled: "The current Flutter SDK version is %s.", "Because %s requires Flutter
    # SDK version %s, version solving failed.")
    ("flutter-sdk-version-solving-failed", "real",
     "+ flutter pub get\n"
     "Resolving dependencies...\n"
     "The current Flutter SDK version is 3.16.9.\n\n"
     "Because lamp_app requires Flutter SDK version >=3.22.0, version solving failed.\n"
     "Failed to update packages.\n" + _GHA),
    # swiftlang/swift-package-manager (the diagnostic its tests hold: "package '%s' is using Swift tools version %s
    # but the installed version is %s")
    ("swiftpm-tools-version-newer-than-installed", "real",
     "+ swift build -c release\n"
     "error: 'lampkit': package 'lampkit' is using Swift tools version 6.0.0 but the installed version is 5.10.0\n"
     + _GHA),
    # the same from a dependency during xcodebuild's package resolution
    ("xcodebuild-dependency-swift-tools-version", "real",
     "+ xcodebuild -scheme Lamp -resolvePackageDependencies\n"
     "xcodebuild: error: Could not resolve package dependencies:\n"
     "  package 'swift-log' is using Swift tools version 6.1.0 but the installed version is 6.0.3 in "
     "https://github.com/example/swift-log\n" + _AZURE),
    # JetBrains/kotlin (recalled: "Module was compiled with an incompatible version of Kotlin. The binary version of
    # its metadata is %s, expected version is %s.")
    ("kotlin-incompatible-metadata-version", "real",
     "+ ./gradlew assembleDebug\n"
     "> Task :app:compileDebugKotlin FAILED\n"
     "e: /home/runner/.gradle/caches/transforms-3/ab12/transformed/jetified-kotlinx-coroutines-core-jvm-1.9.0.jar!/"
     "META-INF/kotlinx-coroutines-core.kotlin_module: Module was compiled with an incompatible version of Kotlin. "
     "The binary version of its metadata is 2.0.0, expected version is 1.8.0.\n\n"
     "FAILURE: Build failed with an exception.\n" + _GHA),
    # the Android Gradle plugin (recalled: "Android Gradle plugin requires Java 17 to run. You are currently using Java
    # 11.")
    ("agp-requires-java-17", "real",
     "+ ./gradlew build\n"
     "FAILURE: Build failed with an exception.\n\n"
     "* What went wrong:\n"
     "An exception occurred applying plugin request [id: 'com.android.application']\n"
     "> Failed to apply plugin 'com.android.internal.application'.\n"
     "   > Android Gradle plugin requires Java 17 to run. You are currently using Java 11.\n"
     "      Your current JDK is located in /usr/lib/jvm/temurin-11-jdk-amd64\n"
     "      You can try some of the following options:\n"
     "       - changing the IDE settings.\n"
     "       - changing the JAVA_HOME environment variable.\n"
     "       - changing `org.gradle.java.home` in `gradle.properties`.\n" + _GHA),
    # Kitware/CMake (CMake 4's "Compatibility with CMake < 3.5 has been removed from CMake." under
    # cmake_minimum_required)
    ("cmake4-compatibility-removed", "real",
     "+ cmake -S . -B build -G Ninja\n"
     "CMake Error at third_party/zlite/CMakeLists.txt:1 (cmake_minimum_required):\n"
     "  Compatibility with CMake < 3.5 has been removed from CMake.\n\n"
     "  Update the VERSION argument <min> value.  Or, use the <min>...<max> syntax\n"
     "  to tell CMake that the project requires at least <min> but has been updated\n"
     "  to work with policies introduced by <max> or earlier.\n\n"
     "  Or, add -DCMAKE_POLICY_VERSION_MINIMUM=3.5 to try configuring anyway.\n\n\n"
     "-- Configuring incomplete, errors occurred!\n" + _GHA),
    # bazelbuild/bazel's option parser (recalled: "ERROR: --%s :: Unrecognized option: --%s") for an
    # --incompatible_ flag from .bazelrc that the pinned Bazel does not know
    ("bazel-unrecognized-incompatible-flag", "real",
     "+ bazel test //...\n"
     "INFO: Reading rc options for 'test' from /home/runner/work/lamp/lamp/.bazelrc:\n"
     "  Inherited 'build' options: --incompatible_strict_action_env --incompatible_disable_native_repo_rules\n"
     "ERROR: --incompatible_disable_native_repo_rules :: Unrecognized option: "
     "--incompatible_disable_native_repo_rules\n" + _GHA),
    # godotengine/godot core/config/project_settings.cpp (recalled: "Can't open project at '%s', its `config_version`
    # (%d) is from a more recent and incompatible version of the engine. Expected config version: %d.")
    ("godot-project-config-version-newer", "real",
     "+ godot --headless --path . --import\n"
     "Godot Engine v3.5.3.stable.official.6c814135b - https://godotengine.org\n"
     "ERROR: Can't open project at '/github/workspace', its `config_version` (5) is from a more recent and "
     "incompatible version of the engine. Expected config version: 4.\n"
     "   at: setup (core/project_settings.cpp:434)\n"
     "ERROR: Error: Couldn't load project data at path \".\". Is the .pck file missing?\n" + _GHA),
    # ================================================================== toolchain downloads failing for a while
    # actions/setup-node's download of a Node release answered 503 (its "Unexpected HTTP response: 503")
    ("setup-node-download-503", "transient",
     "Attempting to download 20.18.0...\n"
     "Acquiring 20.18.0 - x64 from https://github.com/actions/node-versions/releases/download/20.18.0-11549871458/"
     "node-20.18.0-linux-x64.tar.gz\n"
     "Error: Unexpected HTTP response: 503\n" + _GHA),
    # rustup's download of a pinned toolchain reset mid-transfer (recalled: "error: component download failed for
    # %s")
    ("rustup-pinned-toolchain-download-reset", "transient",
     "+ rustup show active-toolchain\n"
     "info: syncing channel updates for '1.79.0-x86_64-unknown-linux-gnu'\n"
     "info: downloading component 'rustc'\n"
     "error: component download failed for rustc-x86_64-unknown-linux-gnu: could not download file from "
     "'https://static.rust-lang.org/dist/2024-06-13/rustc-1.79.0-x86_64-unknown-linux-gnu.tar.xz' to "
     "'/home/runner/.rustup/downloads/abc.partial': failed to make network request: error sending request for url: "
     "connection reset by peer\n" + _GHA),
    # ================================================================== near-misses
    # a test ABOUT rebar3's version check failing on its assertion
    ("near-miss-test-about-otp-version-message", "real",
     "+ rebar3 eunit\n"
     "module 'otp_check_tests'\n"
     "  otp_check_tests: message_test...*failed*\n"
     "in function otp_check_tests:'-message_test/0-fun-0-'/0 (test/otp_check_tests.erl, line 12)\n"
     "**error:{assertEqual,[{module,otp_check_tests},\n"
     "                {expected,\"OTP release 26 or later is required. Version in use: 25\"},\n"
     "                {value,\"OTP 26 or later is required (running 25)\"}]}\n"
     "  output:<<\"\">>\n\n"
     "=======================================================\n"
     "  Failed: 1.  Skipped: 0.  Passed: 31.\n"
     "===> One or more eunit tests failed.\n" + _GHA),
    # a Jest test ABOUT engines errors failing on its assertion
    ("near-miss-jest-test-about-engine-message", "real",
     "+ npx jest\n"
     "  ● preflight › explains an engines mismatch\n\n"
     "    expect(received).toContain(expected) // indexOf\n\n"
     "    Expected substring: \"The engine \\\"node\\\" is incompatible with this module\"\n"
     "    Received string:    \"node 16 is too old\"\n\n"
     "Tests:       1 failed, 64 passed, 65 total\n" + _GHA),
    # a golden diff, then the cache upload of the post-job step timing out: the diff decides
    ("near-miss-golden-diff-then-cache-upload-timeout", "real",
     "+ go test ./...\n"
     "--- FAIL: TestRender (0.00s)\n"
     "    render_test.go:40: assertion failed: \n"
     "        --- expected\n"
     "        +++ actual\n"
     "        @@ -1 +1 @@\n"
     "        -<p>ready</p>\n"
     "        +<p>Ready</p>\n"
     "        \n"
     "        \n"
     "        You can run 'go test . -update' to automatically update testdata/page.golden to the new expected value.'\n"
     "FAIL\n"
     "FAIL\texample.com/site/render\t0.019s\n"
     "##[error]Process completed with exit code 1.\n"
     "Post job cleanup.\n"
     "Warning: Failed to save: Unable to reserve cache with key go-mod-abc, another job may be creating this cache. "
     "More details: request timed out\n"),
    # an application's log line quoting the BEAM loader's words, then an ExUnit assertion
    ("near-miss-app-log-quotes-beam-words-then-assertion", "real",
     "+ mix test\n"
     "10:02:11.031 [warning] plugin loader: This BEAM file was compiled for a later version of the run-time system "
     "(plugin lamp_ext skipped)\n\n"
     "  1) test loads plugins (Lamp.PluginTest)\n"
     "     test/lamp/plugin_test.exs:9\n"
     "     Assertion with == failed\n"
     "     code:  assert Lamp.Plugins.loaded() == [:lamp_ext]\n"
     "     left:  []\n"
     "     right: [:lamp_ext]\n\n"
     "Finished in 0.4 seconds (0.1s async, 0.3s sync)\n"
     "18 tests, 1 failure\n" + _GHA),
]


NOT_SURELY_TRANSIENT: list[tuple[str, str]] = [
    # godotengine/godot platform/linuxbsd/crash_handler_linuxbsd.cpp (handle_crash: "%s: Program crashed with signal
    # %d", "Dumping the backtrace."): the engine running the project's tests crashed. Public threads read split:
    # the project's own scene or script crashing the engine every run (godotengine/godot#88556 and the like), a
    # headless renderer missing what the project asks for (deterministic), an exit-time crash that comes and goes
    ("godot-handle-crash-signal-11",
     "+ godot --headless --path . -s addons/gut/gut_cmdln.gd -gexit\n"
     "================================================================\n"
     "handle_crash: Program crashed with signal 11\n"
     "Engine version: Godot Engine v4.2.2.stable.official (15073afe3856abd2aa1622492fe50026c7d63dc1)\n"
     "Dumping the backtrace. Please include this when reporting the bug to the project developer.\n"
     "[1] /lib/x86_64-linux-gnu/libc.so.6(+0x42520) [0x7f3c8e842520] (??:0)\n"
     "[2] /usr/local/bin/godot() [0x3a1b2c0] (??:0)\n"
     "-- END OF BACKTRACE --\n"
     "================================================================\n" + _GHA),
    # platform/windows/crash_handler_windows*.cpp ("CrashHandlerException: Program crashed with signal %d")
    ("godot-windows-crash-handler-exception",
     "> godot.exe --headless --path . --export-release \"Windows Desktop\" build/lamp.exe\n"
     "CrashHandlerException: Program crashed with signal 11\n"
     "Engine version: Godot Engine v4.3.stable.official (77dcf97d82cbfe4e4615475fa52ca03da645dbd8)\n"
     "Dumping the backtrace. Please include this when reporting the bug to the project developer.\n"
     "-- END OF BACKTRACE --\n" + _AZURE),
    # mono/mono mini-posix.c / mini-exceptions.c (recalled: "Got a SIGSEGV while executing native code. This usually
    # indicates a fatal error in the mono runtime or one of the native libraries used by your application.") in a
    # Unity batchmode test run
    ("mono-sigsegv-native-code-unity",
     "+ unity-editor -batchmode -nographics -projectPath . -runTests -testPlatform editmode\n"
     "Received signal SIGSEGV\n"
     "Obtained 24 stack frames\n"
     "=================================================================\n"
     "Got a SIGSEGV while executing native code. This usually indicates\n"
     "a fatal error in the mono runtime or one of the native libraries \n"
     "used by your application.\n"
     "=================================================================\n" + _GL),
]


@pytest.mark.parametrize(("verdict", "log"), labelled(CASES))
def test_golden_toolchain_message_reads_right(verdict, log):
    reads(log, verdict)


@pytest.mark.parametrize("log", logs(NOT_SURELY_TRANSIENT))
def test_ambiguous_engine_crashes_do_not_read_surely_transient(log):
    not_surely_transient(log)


def test_case_ids_are_unique():
    assert_unique_ids(CASES, NOT_SURELY_TRANSIENT)


# One line of 50,000 characters of each of these words is read by benchmarks/pattern_speed.py,
# which prints the seconds each takes (a guard against patterns that backtrack; a timing is a
# benchmark's, not a test's).
LONG_LINE_WORDS = [
    "You can run 'go test . -update' to automatically update ",
    "error: expect test failed",
    "error: CHECK: expected string not found in input",
    "Files 'test/golden/",
    "This BEAM file was compiled for a later version of the ",
    "OTP release 26 or later is required. Version in use: ",
    "You're trying to run :lamp on Elixir v1.14.5 but it has declared in its mix.exs file it supports only ",
    "package 'lampkit' is using Swift tools version ",
    "handle_crash: Program crashed with signal ",
    "CrashHandlerException: Program crashed with signal ",
    "Module was compiled with an incompatible version of Kotlin. ",
    "Compatibility with CMake < 3.5 has been removed from CMake.",
    "Can't open project at '",
    "Your Node version is incompatible with \"",
]
