"""Twenty-third round: a toolchain process that crashed, and a test that waited for an event and gave up, read by
what public threads say became of them.

Covered: (1) crashes of the toolchain, not of the project's code: rustc's "linking with `link.exe` failed: exit code:
0xc0000005" (and 0xc0000374, the decimal forms of older toolchains, rust-lld and lld-link), cargo's caused-by line for
rustc or rustdoc "(exit code: 0xc0000005, STATUS_ACCESS_VIOLATION)" and its heap-corruption and stack-overflow
siblings, MSBuild's MSB6006 for CL.exe, link.exe and csc.exe "exited with code -1073741819" (-1073740940,
-1073741571, -1073741502), MSBuild's child node that exited prematurely, Gradle's and Kotlin's daemons that went away,
collect2's "ld terminated with signal 9 [Killed]", GCC's and Clang's internal compiler errors on a segmentation fault,
rustc's "(signal: 11, SIGSEGV: invalid memory reference)", javac's "An exception has occurred in the compiler"; and,
for contrast, the same codes from the project's own test binaries, build scripts and CTest tests. (2) waits in tests:
Akka's, Pekko's and Akka.NET's EventFilter ("timeout (3 seconds) waiting for 1 messages on ...", "Only received 0/1
messages"), expectMsg and expectMsgClass, awaitCond, the typed probe's receiveMessage, Awaitility's
ConditionTimeoutException, ScalaTest's eventually, testify's "Condition never satisfied", Gomega's "Timed out after",
Spock's PollingConditions, kotlinx.coroutines' withTimeout (with its message and as Gradle's short report names only
the class), Cypress's "Timed out retrying after 4000ms" and cy.wait, Playwright's expect, Testing Library's "Timed out
in waitFor.", Erlang Common Test's timetrap, a Python wait_until helper; and waits that received something (EventFilter's
excess messages, expectNoMessage that got one, ExpectMsg with the wrong value), waits beside assertion failures, a test
about the wait's words. Waits and crashes already read elsewhere are repeated only where a new form of them is (see
test_tool_sources_process_crashes.py, test_tool_sources_waits2.py, test_tool_sources_test_waits.py).

Where the wording comes from: rustc's "linking with `{}` failed: {}" over std's Windows ExitStatus display (rust-lang/rust
library/std/src/sys/pal/windows/process.rs "exit code: {:#x}" for a code with the high bit set, read through the code
index); cargo's "process didn't exit successfully: `%s` (exit code: 0xc0000005, STATUS_ACCESS_VIOLATION)" and
"(signal: 11, SIGSEGV: invalid memory reference)" as the threads below quote them (cargo-util's source not read);
MSBuild's MSB6006 and MSB4166 (documented, and quoted in the threads); GCC's and Clang's ICE reports (quoted in the
threads; gcc/diagnostic.cc and clang's Driver not read); Akka's and Pekko's TestEventListener.scala EventFilter.intercept
("Timeout (" + leeway + ") waiting for " + todo + " messages on " + this, read through the code index), Akka.NET's
EventFilterApplier ("Timeout ({0}) while waiting for messages. Only received {1}/{2} messages that matched filter [{3}]",
read through the code index), Gomega's async assertion ("Timed out after %.3fs.", read through the code index);
Awaitility's, ScalaTest's, testify's, kotlinx.coroutines', Cypress's, Playwright's, Testing Library's and Common Test's
wordings as the threads below quote them (recalled where no thread shows them: Playwright's "Timed out 5000ms waiting for
expect(locator).toBeVisible()", Testing Library's "Timed out in waitFor.", Spock's SpockTimeoutError). Hosts, crates,
tests and paths are made up; no project's CI log is copied.

Tally (GitHub threads, each decided: transient = passed on rerun / called flaky / the machine; real = fixed by a code,
config or toolchain change, or failing every run):
  (1) crashes
    toolchain access violation or heap corruption (Windows), 7 transient / 2 real:
      transient: rust-lang/rust#33434 (rustc 3221225477, A-spurious), rust-lang/rust#50604 (rustc 3221225477, A-spurious),
        rust-lang/rust#77856 (a doctest's link.exe 0xc0000374, "spurious"), rust-lang/rust#137938 (rust-lld 0xc0000374,
        A-spurious), rust-lang/rust#115985 (rust-lld heap corruption about half the runs; --threads=1 in #140396),
        ORNL-Real-Sim/FIXS#207 (CL.exe -1073741819, cleared by a plain rebuild), dotnet/roslyn#25286 (csc.exe -1073741819
        in CI, once);
      real: microsoft/WinObjC#294 (clang.exe -1073741819 until a toolchain release), rust-lang/rustup#4143 (rustc
        0xc0000005 on every build of one machine).
    toolchain stack overflow, 0 transient / 4 real: rust-lang/rust#74931, #86556, #78567, #75512 (the input's depth,
      every run).
    the project's own binary (test binary) with those codes, 3 transient / 2 real: transient aovestdipaperino/tokensave#308,
      azriel91/autexousious#26, astral-sh/uv#13656; real heim-rs/heim#200, GuillaumeGomez/sysinfo#1015 (the code's).
    Unix toolchain segfault or ICE, 4 transient / 4 real: transient rust-lang/rust#90812 (rustc SIGSEGV, A-spurious),
      bitcoin/bitcoin#36125 (GCC and Clang ICEs on one CI provider), stan-dev/math#1615 (one machine),
      dotnet/runtime#99150 (clang on macOS CI, a known build error retried); real rust-lang/rust#93022 (fixed in rustc),
      mozilla/nixpkgs-mozilla#151 (a nightly's rustc), simdutf/simdutf#672 (until the emulation action's release),
      docker-library/busybox#250 (every run on riscv64).
    MSBuild's child node, 3 transient / 1 real: dotnet/msbuild#10242, microsoft/aspire#6163, dotnet/runtime#11188;
      real dotnet/msbuild#2164 (the binary logger, removed).
  (2) waits, 21 transient / 4 real:
    transient: akka/akka-core#18988, #24979, #843 (expectMsg 3 s), lagom/lagom#461 (5 s), akka/akka-persistence-cassandra#188
      (20 s), ACINQ/eclair#3146 (awaitCond 60 s), ACINQ/eclair#2175 (expectMsgClass in the full suite),
      cfpb/hmda-platform#524 (EventFilter waiting for 1 messages), apache/uniffle#2376, fabric8io/kubernetes-client#7705,
      quarkusio/quarkus#23811, kiwiproject/consul-client#554 (Awaitility), ObolNetwork/charon#910 (Condition never
      satisfied), Kuadrant/kuadrant-operator#629 (Eventually), d2iq-archive/marathon#4720 and UltimateSoftware/surge#28
      (eventually), cypress-io/cypress#23306 and Kitware/CDash#2263 (Cypress 4000ms), apollographql/apollo-kotlin#3920,
      sceneview/sceneview#2091, PocketShell-io/pocketshell#709 (withTimeout);
    real: akkadotnet/akka.net#6990 (ExpectMsg timing out after an upgrade: missing packages), 4finance/boot-microservice#26
      (Awaitility after an upgrade), cfpb/hmda-platform#547 (EventFilter's excess messages), cypress-io/cypress#23158 (a
      hang reproducible locally).

The rules the cases hold:
  * a toolchain process (the linker under rustc, rustc or rustdoc under cargo, CL/link/lib/csc/vbc under MSBuild) that
    crashed with an access violation or a heap corruption, and no compiler diagnostic or failed test beside it ->
    transient (toolchain-process-crashed-spuriously); a DLL that did not initialise, MSBuild's lost node, a lost Gradle or
    Kotlin daemon -> transient, as before;
  * a stack overflow (0xC00000FD, "has overflowed its stack"), a crash of the project's own test binary or CTest test, a
    crash beside a compiler error, a test comparing the codes -> real;
  * a Unix toolchain segfault or ICE (mixed tally), a build script's crash, clang.exe under MSBuild, javac's internal
    exception, a linker killed for memory (build-step-own-out-of-memory reads it) -> not surely transient;
  * a wait that ran out with nothing of what it waited for arriving (EventFilter's count not reached, expectMsg,
    awaitCond, Awaitility, eventually, Condition never satisfied, withTimeout, Cypress's element never found, waitFor,
    timetrap) -> transient, modestly;
  * a wait that received something (EventFilter's excess messages, expectNoMessage that got one, a wrong value), a wait
    beside other tests failing on assertions, a test about the wait's words -> real; an Awaitility assertion or a Cypress
    content check that shows the last value, cy.wait's "No request ever occurred" -> not surely transient.
"""

from __future__ import annotations

import pytest
from judging import assert_unique_ids, labelled, not_surely_transient, reads

_GHA = "##[error]Process completed with exit code 1.\n"
_GHA101 = "##[error]Process completed with exit code 101.\n"
_CIRCLE = "\nExited with code exit status 1\n"
_GL = "ERROR: Job failed: exit code 1\n"
_AZURE = "##[error]Cmd.exe exited with code '1'.\nFinishing: Build\n"

_RUSTC = ("C:\\Users\\runneradmin\\.rustup\\toolchains\\stable-x86_64-pc-windows-msvc\\bin\\rustc.exe --crate-name ledger "
          "--edition=2021 src\\lib.rs --error-format=json --crate-type lib --emit=dep-info,metadata,link "
          "-C embed-bitcode=no -C debuginfo=2 -C metadata=7d1f0c2a9b3e4f51 --out-dir D:\\a\\ledger\\ledger\\target\\debug\\deps "
          "-L dependency=D:\\a\\ledger\\ledger\\target\\debug\\deps")
_LINK_NOTE = ('  |\n  = note: "C:\\\\Program Files\\\\Microsoft Visual Studio\\\\2022\\\\Enterprise\\\\VC\\\\Tools\\\\MSVC\\\\'
              '14.39.33519\\\\bin\\\\HostX64\\\\x64\\\\link.exe" "/NOLOGO" "C:\\\\Users\\\\RUNNER~1\\\\AppData\\\\Local\\\\Temp\\\\'
              'rustcX1a2b3\\\\symbols.o" "/OUT:D:\\\\a\\\\ledger\\\\ledger\\\\target\\\\debug\\\\deps\\\\ledger-5c1e.exe" "/DEBUG"\n'
              '  = note: \n\n')
_CARGO_WIN = "    Checking windows-sys v0.52.0\n   Compiling ledger v0.4.1 (D:\\a\\ledger\\ledger)\n"
_MSBUILD_TAIL = ("\nBuild FAILED.\n\n    0 Warning(s)\n    1 Error(s)\n\nTime Elapsed 00:03:41.27\n")


def _sbt(spec, test, message, frames="", extra="", failed=1):
    return ("[info] welcome to sbt 1.10.0 (Eclipse Adoptium Java 17.0.11)\n"
            f"[info] {spec}:\n"
            f"[info] - must {test} *** FAILED *** (3 seconds, 118 milliseconds)\n"
            f"[info]   {message}\n"
            + (frames or "[info]   at scala.Predef$.assert(Predef.scala:279)\n")
            + extra +
            "[info] Run completed in 14 seconds, 212 milliseconds.\n"
            f"[info] Tests: succeeded 22, failed {failed}, canceled 0, ignored 0, pending 0\n"
            f"[info] *** {failed} TEST{'S' if failed > 1 else ''} FAILED ***\n"
            "[error] Failed tests:\n"
            f"[error] \tcom.example.{spec}\n"
            "[error] (Test / test) sbt.TestsFailedException: Tests unsuccessful\n")


def _surefire(cls, test, message, frames="\tat org.awaitility.core.ConditionAwaiter.await(ConditionAwaiter.java:167)\n", kind="ERROR"):
    short = cls.rsplit(".", 1)[1]
    fails, errs = ("0", "1") if kind == "ERROR" else ("1", "0")
    return ("[INFO] Running " + cls + "\n"
            f"[ERROR] Tests run: 9, Failures: {fails}, Errors: {errs}, Skipped: 0, Time elapsed: 12.31 s <<< FAILURE! -- in {cls}\n"
            f"[ERROR] {cls}.{test} -- Time elapsed: 10.02 s <<< {kind}!\n"
            f"{message}\n" + frames +
            "\n[INFO] Results:\n[INFO] \n[ERROR] Errors: \n"
            f"[ERROR]   {short}.{test}:57 » ConditionTimeout {message.split(': ', 1)[-1][:100]}\n"
            f"[INFO] \n[ERROR] Tests run: 9, Failures: {fails}, Errors: {errs}, Skipped: 0\n"
            "[INFO] BUILD FAILURE\n"
            "[ERROR] Failed to execute goal org.apache.maven.plugins:maven-surefire-plugin:3.2.5:test (default-test) "
            "on project orders: There are test failures.\n")


def _gradle(cls, test, body, failed=1):
    return ("> Task :app:test\n\n"
            f"{cls} > {test} FAILED\n"
            f"{body}"
            f"\n41 tests completed, {failed} failed\n\n"
            "> Task :app:test FAILED\n\n"
            "FAILURE: Build failed with an exception.\n\n"
            "* What went wrong:\nExecution failed for task ':app:test'.\n"
            "> There were failing tests. See the report at: file:///home/runner/work/shop/shop/app/build/reports/tests/test/index.html\n\n"
            "BUILD FAILED in 1m 12s\n")


def _gotest(pkg, test, body):
    return (f"=== RUN   {test}\n{body}--- FAIL: {test} (10.01s)\nFAIL\nFAIL\t{pkg}\t10.214s\nFAIL\n")


CASES: list[tuple[str, str, str]] = [

    # ---- toolchain processes that crashed (Windows)
    # rustc's link error ("linking with `{}` failed: {}", std's "exit code: {:#x}") inside a doctest, as
    # rust-lang/rust#77856 quotes it: the one failed doctest is the crashed link, but the run's summary reads as failed tests
    ("rustc-link-exe-heap-corruption-doctest", "transient",
     "   Doc-tests ledger\n\nrunning 14 tests\n"
     "test src\\lib.rs - Ledger::post (line 41) ... FAILED\n\nfailures:\n\n"
     "---- src\\lib.rs - Ledger::post (line 41) stdout ----\n"
     "error: linking with `link.exe` failed: exit code: 0xc0000374\n" + _LINK_NOTE +
     "error: aborting due to 1 previous error\n\nCouldn't compile the test.\n\nfailures:\n    src\\lib.rs - Ledger::post (line 41)\n\n"
     "test result: FAILED. 13 passed; 1 failed; 0 ignored; 0 measured; 0 filtered out; finished in 4.12s\n\n"
     "error: doctest failed, to rerun pass `--doc`\n" + _GHA101),
    # the same for a binary's link, 0xc0000005 (rust-lang/rust#33434, #50604)
    ("rustc-link-exe-access-violation", "transient",
     _CARGO_WIN + "error: linking with `link.exe` failed: exit code: 0xc0000005\n" + _LINK_NOTE +
     "error: could not compile `ledger` (bin \"ledger\") due to 1 previous error\n" + _GHA101),
    # older toolchains printed the code in decimal (rust-lang/rust#50604 "exit code: 3221225477")
    ("rustc-link-exe-access-violation-decimal", "transient",
     _CARGO_WIN + "error: linking with `link.exe` failed: exit code: 3221225477\n" + _LINK_NOTE +
     "error: aborting due to previous error\n\nerror: could not compile `ledger`.\n" + _GHA101),
    # rust-lld's heap corruption (rust-lang/rust#137938, #115985)
    ("rust-lld-heap-corruption", "transient",
     "   Compiling kernel-shim v0.1.0 (D:\\a\\shim\\shim)\n"
     "error: linking with `rust-lld` failed: exit code: 0xc0000374\n"
     '  |\n  = note: "rust-lld" "-flavor" "gnu" "main.main.4fa2520d-cgu.0.rcgu.o" "--gc-sections" "-o" "main"\n  = note: \n\n'
     "error: aborting due to 1 previous error\n\nerror: could not compile `kernel-shim` (bin \"kernel-shim\") due to 1 previous error\n"
     + _GHA101),
    # lld-link as the linker (assumed to crash as rust-lld does; no thread of its own)
    ("lld-link-access-violation", "transient",
     _CARGO_WIN + "error: linking with `lld-link.exe` failed: exit code: 0xc0000005\n"
     '  |\n  = note: "lld-link.exe" "/NOLOGO" "symbols.o" "/OUT:D:\\\\a\\\\ledger\\\\ledger\\\\target\\\\release\\\\ledger.exe"\n  = note: \n\n'
     "error: could not compile `ledger` (bin \"ledger\") due to 1 previous error\n" + _GHA101),
    # cargo's caused-by line for rustc itself (rust-lang/rust#134119 quotes the form)
    ("cargo-rustc-status-access-violation", "transient",
     _CARGO_WIN + "error: could not compile `ledger` (lib)\n\nCaused by:\n"
     "  process didn't exit successfully: `" + _RUSTC + "` (exit code: 0xc0000005, STATUS_ACCESS_VIOLATION)\n"
     "warning: build failed, waiting for other jobs to finish...\n" + _GHA101),
    # the same, a heap corruption
    ("cargo-rustc-status-heap-corruption", "transient",
     _CARGO_WIN + "error: could not compile `ledger` (lib)\n\nCaused by:\n"
     "  process didn't exit successfully: `" + _RUSTC + "` (exit code: 0xc0000374, STATUS_HEAP_CORRUPTION)\n" + _GHA101),
    # the bootstrap's older cargo (rust-lang/rust#50604)
    ("cargo-rustc-access-violation-decimal-old", "transient",
     "   Compiling syntax v0.0.0 (file:///C:/projects/rust/src/libsyntax)\n"
     "error: Could not compile `syntax`.\n\nCaused by:\n"
     "  process didn't exit successfully: `C:\\projects\\rust\\build\\bootstrap/debug/rustc --crate-name syntax libsyntax\\lib.rs "
     "--crate-type dylib -C opt-level=3` (exit code: 3221225477)\n"
     "command did not execute successfully: \"C:\\\\projects\\\\rust\\\\build\\\\i686-pc-windows-msvc\\\\stage0/bin\\\\cargo.exe\" \"build\"\n"
     "expected success, got: exit code: 101\n"),
    # MSBuild's ToolTask MSB6006 for cl.exe (ORNL-Real-Sim/FIXS#207)
    ("msbuild-cl-exe-access-violation", "transient",
     "  geometry.cpp\n  mesh_io.cpp\n"
     "C:\\Program Files\\Microsoft Visual Studio\\2022\\Enterprise\\MSBuild\\Microsoft\\VC\\v170\\Microsoft.CppCommon.targets(741,5): "
     "error MSB6006: \"CL.exe\" exited with code -1073741819. [D:\\a\\mesh\\mesh\\build\\meshcore.vcxproj]\n"
     + _MSBUILD_TAIL + _GHA),
    # the same for link.exe, a heap corruption (assumed alike; no thread of its own)
    ("msbuild-link-exe-heap-corruption", "transient",
     "  Generating code\n  Finished generating code\n"
     "C:\\Program Files\\Microsoft Visual Studio\\2022\\Enterprise\\MSBuild\\Microsoft\\VC\\v170\\Microsoft.CppCommon.targets(1173,5): "
     "error MSB6006: \"link.exe\" exited with code -1073740940. [D:\\a\\mesh\\mesh\\build\\meshview.vcxproj]\n"
     + _MSBUILD_TAIL + _AZURE),
    # the same for csc.exe (dotnet/roslyn#25286)
    ("msbuild-csc-exe-access-violation", "transient",
     "  Orders.Core -> D:\\a\\orders\\orders\\src\\Orders.Core\\bin\\Release\\net8.0\\Orders.Core.dll\n"
     "C:\\Program Files\\dotnet\\sdk\\8.0.204\\Roslyn\\Microsoft.CSharp.Core.targets(85,5): error MSB6006: \"csc.exe\" exited "
     "with code -1073741819. [D:\\a\\orders\\orders\\src\\Orders.Api\\Orders.Api.csproj]\n"
     + _MSBUILD_TAIL + _GHA),
    # 0xC0000142 as MSBuild prints it: windows-dll-init-failed, as before
    ("msbuild-cl-exe-dll-init-failed", "transient",
     "C:\\Program Files\\Microsoft Visual Studio\\2022\\Enterprise\\MSBuild\\Microsoft\\VC\\v170\\Microsoft.CppCommon.targets(741,5): "
     "error MSB6006: \"CL.exe\" exited with code -1073741502. [D:\\a\\mesh\\mesh\\build\\meshcore.vcxproj]\n"
     + _MSBUILD_TAIL + _GHA),
    # MSBuild's MSB4166 (dotnet/msbuild#10242, microsoft/aspire#6163): tool-internal-crash, as before
    ("msbuild-child-node-exited", "transient",
     "    43>Done Building Project \"D:\\a\\shop\\shop\\src\\Shop.Web\\Shop.Web.csproj\" (Build target(s)).\n"
     "     0>MSBUILD : error MSB4166: Child node \"3\" exited prematurely. Shutting down. Diagnostic information may be found "
     "in files in \"C:\\Users\\runneradmin\\AppData\\Local\\Temp\\MSBuildTemp\\\" and will be named MSBuild_*.failure.txt. This "
     "location can be changed by setting the MSBUILDDEBUGPATH environment variable to a different directory.\n"
     + _MSBUILD_TAIL + _GHA),
    # Gradle's lost daemon: as before
    ("gradle-daemon-disappeared", "transient",
     "> Task :app:compileKotlin\n\nFAILURE: Build failed with an exception.\n\n* What went wrong:\n"
     "Gradle build daemon disappeared unexpectedly (it may have been killed or may have crashed)\n\n"
     "* Try:\n> Run with --stacktrace option to get the stack trace.\n\nBUILD FAILED in 6m 2s\n" + _GHA),
    # the Kotlin Gradle plugin's lost daemon: as before
    ("kotlin-daemon-connection-lost", "transient",
     "> Task :core:compileKotlin\n"
     "e: Connection to the Kotlin daemon has been unexpectedly lost. This might be caused by the daemon being killed by "
     "another process or the operating system, or by JVM crash.\n"
     "> Task :core:compileKotlin FAILED\n\nFAILURE: Build failed with an exception.\n\nBUILD FAILED in 3m 40s\n" + _GHA),
    # ---- crashes that stay real
    # rustc's stack overflow, the guard page's message and cargo's STATUS_STACK_OVERFLOW (rust-lang/rust#75512)
    ("cargo-rustc-stack-overflow-windows", "real",
     _CARGO_WIN + "\nthread 'rustc' has overflowed its stack\nerror: could not compile `ledger` (lib)\n\nCaused by:\n"
     "  process didn't exit successfully: `" + _RUSTC + "` (exit code: 0xc00000fd, STATUS_STACK_OVERFLOW)\n" + _GHA101),
    # the same without the guard page's line
    ("cargo-rustc-stack-overflow-only-status", "real",
     _CARGO_WIN + "error: could not compile `ledger` (lib)\n\nCaused by:\n"
     "  process didn't exit successfully: `" + _RUSTC + "` (exit code: 0xc00000fd, STATUS_STACK_OVERFLOW)\n" + _GHA101),
    # rustc's stack overflow on Linux (rust-lang/rust#74931)
    ("rustc-stack-overflow-linux", "real",
     "   Compiling typos-dict v0.2.1 (/home/runner/work/typos/typos/crates/typos-dict)\n\n"
     "thread 'rustc' has overflowed its stack\nfatal runtime error: stack overflow\n"
     "error: could not compile `typos-dict` (lib)\n\nCaused by:\n"
     "  process didn't exit successfully: `/home/runner/.rustup/toolchains/stable-x86_64-unknown-linux-gnu/bin/rustc "
     "--crate-name typos_dict --edition=2021 crates/typos-dict/src/lib.rs` (signal: 6, SIGABRT: process abort signal)\n" + _GHA101),
    # cl.exe's stack overflow (-1073741571): the input's depth
    ("msbuild-cl-exe-stack-overflow", "real",
     "  parser_tables.cpp\n"
     "C:\\Program Files\\Microsoft Visual Studio\\2022\\Enterprise\\MSBuild\\Microsoft\\VC\\v170\\Microsoft.CppCommon.targets(741,5): "
     "error MSB6006: \"CL.exe\" exited with code -1073741571. [D:\\a\\mesh\\mesh\\build\\meshcore.vcxproj]\n"
     + _MSBUILD_TAIL + _GHA),
    # the project's own test binary (aovestdipaperino/tokensave#308's form): not on this ground alone
    ("cargo-test-binary-access-violation", "real",
     "     Running tests\\resolution.rs (target\\debug\\deps\\resolution-b2dd6bea594aa188.exe)\n\nrunning 20 tests\n"
     "test resolves_nested_imports ... ok\ntest resolves_cycles ... ok\n"
     "error: test failed, to rerun pass `--test resolution`\n\nCaused by:\n"
     "  process didn't exit successfully: `D:\\a\\tokens\\tokens\\target\\debug\\deps\\resolution-b2dd6bea594aa188.exe` "
     "(exit code: 0xc0000005, STATUS_ACCESS_VIOLATION)\n" + _GHA101),
    # the same, a heap corruption (heim-rs/heim#200's form)
    ("cargo-test-binary-heap-corruption", "real",
     "     Running tests\\smoke.rs (C:\\cargo_target\\debug\\deps\\smoke-6fce09944a0aa630.exe)\n\nrunning 6 tests\n"
     "test smoke_cpu_logical_count ... ok\n"
     "error: test failed, to rerun pass `-p sysprobe --test smoke`\n\nCaused by:\n"
     "  process didn't exit successfully: `C:\\cargo_target\\debug\\deps\\smoke-6fce09944a0aa630.exe` "
     "(exit code: 0xc0000374, STATUS_HEAP_CORRUPTION)\n" + _CIRCLE),
    # rustdoc's stack overflow under cargo doc
    ("rustdoc-stack-overflow", "real",
     " Documenting ledger v0.4.1 (D:\\a\\ledger\\ledger)\n"
     "error: could not document `ledger`\n\nCaused by:\n"
     "  process didn't exit successfully: `C:\\Users\\runneradmin\\.rustup\\toolchains\\nightly-x86_64-pc-windows-msvc\\bin\\rustdoc.exe "
     "--edition=2021 --crate-type lib --crate-name ledger src\\lib.rs -o D:\\a\\ledger\\ledger\\target\\doc` "
     "(exit code: 0xc00000fd, STATUS_STACK_OVERFLOW)\n" + _GHA101),
    # CTest's report of a test program's exit code (recalled: "Exit code 0xc0000005")
    ("ctest-windows-test-access-violation", "real",
     "      Start  7: codec_roundtrip\n"
     " 7/12 Test  #7: codec_roundtrip ..................Exit code 0xc0000005\n***Exception:   0.41 sec\n"
     "\n92% tests passed, 1 tests failed out of 12\n\nThe following tests FAILED:\n\t  7 - codec_roundtrip (Exit code 0xc0000005)\n"
     "Errors while running CTest\n" + _GHA),
    # a link crash beside a compile error of the change's
    ("rustc-link-crash-after-compile-error", "real",
     _CARGO_WIN + "error[E0308]: mismatched types\n  --> src\\main.rs:41:20\n   |\n41 |     let total: u32 = sum(&items);\n"
     "   |                ---   ^^^^^^^^^^^ expected `u32`, found `u64`\n\n"
     "error: linking with `link.exe` failed: exit code: 0xc0000005\n" + _LINK_NOTE +
     "error: could not compile `ledger` (bin \"ledger\") due to 2 previous errors\n" + _GHA101),
    # a test comparing the codes
    ("test-asserting-on-access-violation-code", "real",
     "=== RUN   TestExitDescription\n"
     "    describe_test.go:31: describe(3221225477) = \"exit code 3221225477\", want \"access violation (0xC0000005)\"\n"
     "--- FAIL: TestExitDescription (0.00s)\nFAIL\nFAIL\tgithub.com/example/winexit\t0.012s\n" + _GHA),

    # Akka's EventFilter.intercept (cfpb/hmda-platform#524 quotes the form)
    ("akka-eventfilter-waiting-for-messages", "transient",
     _sbt("EventProcessorSpec", "process upload start message from event stream",
          "java.lang.AssertionError: timeout (3 seconds) waiting for 1 messages on DebugFilter(Some(akka://test-system/user/$a),"
          "Left(Upload started for submission 12345-2017-1),true)",
          "[info]   at akka.testkit.EventFilter.intercept(TestEventListener.scala:114)\n") + _GHA),
    # Pekko's, capitalised (TestEventListener.scala, read through the code index)
    ("pekko-eventfilter-waiting-for-messages", "transient",
     _sbt("SupervisorSpec", "log a restart",
          "java.lang.AssertionError: Timeout (3 seconds) waiting for 1 messages on ErrorFilter(java.lang.IllegalStateException,"
          "None,false)",
          "[info]   at org.apache.pekko.testkit.EventFilter.intercept(TestEventListener.scala:114)\n") + _CIRCLE),
    # expectMsg (akka/akka-core#24979), read by test-kit-wait-expired as before
    ("akka-expectmsg-3s-stream-probe", "transient",
     _sbt("FlowWireTapSpec", "call the procedure for each element",
          "java.lang.AssertionError: assertion failed: timeout (3 seconds) during expectMsg while waiting for 3",
          "[info]   at akka.testkit.TestKitBase.expectMsg_internal(TestKit.scala:402)\n") + _GHA),
    # expectMsgClass (ACINQ/eclair#2175)
    ("akka-expectmsgclass-5min", "transient",
     _sbt("MessageIntegrationSpec", "automatically connect to known nodes",
          "java.lang.AssertionError: assertion failed: timeout (5 minutes) during expectMsgClass waiting for class "
          "fr.example.message.OnionMessages$ReceiveMessage",
          "[info]   at akka.testkit.TestKitBase.expectMsgClass_internal(TestKit.scala:571)\n") + _GHA),
    # awaitCond (ACINQ/eclair#3146)
    ("akka-awaitcond-60s", "transient",
     _sbt("ReputationRecorderSpec", "basic attack", "java.lang.AssertionError: timeout 60 seconds expired",
          "[info]   at akka.testkit.TestKit$.awaitCond(TestKit.scala:1006)\n") + _GHA),
    # Awaitility (apache/uniffle#2376) through surefire
    ("awaitility-not-fulfilled-1s", "transient",
     _surefire("org.example.coordinator.ClusterManagerTest", "getUnhealthyServerList",
               "org.awaitility.core.ConditionTimeoutException: Condition with lambda expression in "
               "org.example.coordinator.ClusterManagerTest that uses org.example.coordinator.ClusterManager was not "
               "fulfilled within 1 seconds.") + _GHA),
    # Awaitility with the runner's timestamps (quarkusio/quarkus#23811)
    ("awaitility-not-fulfilled-30s-timestamps", "transient",
     "2024-02-18T20:29:35.0348247Z [INFO] Running com.example.grpc.BlockingRawTest\n"
     "2024-02-18T20:30:05.9394383Z [ERROR] Tests run: 2, Failures: 0, Errors: 1, Skipped: 0, Time elapsed: 30.896 s <<< FAILURE! - in com.example.grpc.BlockingRawTest\n"
     "2024-02-18T20:30:05.9395346Z [ERROR] com.example.grpc.BlockingRawTest.shouldAdd  Time elapsed: 30.459 s  <<< ERROR!\n"
     "2024-02-18T20:30:05.9396516Z org.awaitility.core.ConditionTimeoutException: Condition with lambda expression in "
     "com.example.grpc.BlockingRawTest that uses java.util.List was not fulfilled within 30 seconds.\n"
     "2024-02-18T20:30:05.9399484Z \tat org.awaitility.core.ConditionAwaiter.await(ConditionAwaiter.java:164)\n"
     "2024-02-18T20:30:06.1000000Z [ERROR] Tests run: 2, Failures: 0, Errors: 1, Skipped: 0\n"
     "2024-02-18T20:30:06.2000000Z [INFO] BUILD FAILURE\n" + _GHA),
    # Awaitility's aliased condition (restatedev/restate#3290's form)
    ("awaitility-gradle-alias", "transient",
     _gradle("OrderProjectionTest", "projects placed orders()",
             "    org.awaitility.core.ConditionTimeoutException: Condition with alias 'projection caught up' didn't complete "
             "within 10 seconds because condition with lambda expression in com.example.OrderProjectionTest was not fulfilled.\n"
             "        at app//org.awaitility.core.ConditionAwaiter.await(ConditionAwaiter.java:167)\n") + _GHA),
    # ScalaTest's eventually (d2iq-archive/marathon#4720)
    ("scalatest-eventually-no-events", "transient",
     _sbt("MesosAppIntegrationTest", "correctly version pods",
          "org.scalatest.exceptions.TestFailedDueToTimeoutException: The code passed to eventually never returned normally. "
          "Attempted 5913 times over 1.5001815416666666 minutes. Last failure message: requirement failed: No events matched "
          "<event deployment_success to arrive>.",
          "[info]   at org.scalatest.concurrent.Eventually.tryTryAgain$1(Eventually.scala:421)\n") + _GHA),
    # testify's Eventually (ObolNetwork/charon#910)
    ("testify-condition-never-satisfied", "transient",
     _gotest("github.com/example/charon/app", "TestPingCluster",
             "    app_test.go:220: \n"
             "        \tError Trace:\t/home/runner/work/charon/charon/app/app_test.go:324\n"
             "        \tError:      \tCondition never satisfied\n"
             "        \tTest:       \tTestPingCluster/bootnode_and_stale_enrs\n") + _GHA),
    # kotlinx.coroutines' withTimeout (apollographql/apollo-kotlin#3920)
    ("kotlin-withtimeout-500ms", "transient",
     _gradle("test.WatcherTest[javaCodegen]", "cacheOnlyFetchPolicy[javaCodegen]",
             "    kotlinx.coroutines.TimeoutCancellationException: Timed out waiting for 500 ms\n"
             "        at (Coroutine boundary.()\n"
             "        at com.example.testing.ChannelsKt$receiveOrTimeout$2.invokeSuspend(channels.kt:9)\n\n"
             "        Caused by:\n"
             "        kotlinx.coroutines.TimeoutCancellationException: Timed out waiting for 500 ms\n"
             "            at kotlinx.coroutines.TimeoutKt.TimeoutCancellationException(Timeout.kt:186)\n") + _GHA),
    # the same as Gradle's short report names it, no message (sceneview/sceneview#2091)
    ("kotlin-withtimeout-class-only", "transient",
     ":arsceneview:testDebugUnitTest\n"
     "CollaborativeSessionTest > hello propagates a participant to the other session FAILED\n"
     "    kotlinx.coroutines.TimeoutCancellationException at CoroutineDebugging.kt:42\n"
     "        Caused by: kotlinx.coroutines.TimeoutCancellationException at Timeout.kt:188\n"
     "606 tests completed, 1 failed\n\n> Task :arsceneview:testDebugUnitTest FAILED\n\nBUILD FAILED in 4m 1s\n" + _GHA),
    # Cypress's retried query (omegaup/omegaup#10193's form)
    ("cypress-timed-out-retrying-never-found", "transient",
     "  Running:  contest.cy.ts                                                                    (3 of 9)\n\n"
     "  1) creates runs inside a contest\n\n  16 passing (48s)\n  1 failing\n\n"
     "  1) Contest\n       creates runs inside a contest:\n"
     "     AssertionError: Timed out retrying after 4000ms: Expected to find element: `[data-problem-alias=\"sumas\"]`, but never found it.\n"
     "      at Context.eval (webpack:///./cypress/support/commands.ts:282:8)\n" + _GHA),
    # Testing Library's waitFor (recalled)
    ("testing-library-timed-out-in-waitfor", "transient",
     " FAIL  src/components/Uploader.test.tsx (12.4 s)\n"
     "  ● Uploader › shows the progress bar\n\n"
     "    Timed out in waitFor.\n\n"
     "      at waitForWrapper (node_modules/@testing-library/dom/dist/wait-for.js:163:27)\n\n"
     "Test Suites: 1 failed, 23 passed, 24 total\nTests:       1 failed, 211 passed, 212 total\n" + _GHA),
    # Common Test's timetrap through cth_readable: as before
    ("common-test-timetrap", "transient",
     "%%% session_SUITE ==> reconnect_after_partition: FAILED\n"
     "%%% session_SUITE ==> {timetrap_timeout,30000}\n"
     "Failed 1 tests. Passed 57 tests.\nResults written to \"/home/runner/work/app/app/_build/test/logs/index.html\".\n"
     "===> Failures occurred running tests: 1\n" + _GHA),
    # Akka.NET's ExpectMsg (akkadotnet/akka.net#6990's form)
    ("akkanet-expectmsg-timeout", "transient",
     "[xUnit.net 00:00:14.21]     Shop.Tests.CartActorSpec.Cart_should_confirm_checkout [FAIL]\n"
     "  Failed Shop.Tests.CartActorSpec.Cart_should_confirm_checkout [3 s]\n"
     "  Error Message:\n   Failed: Timeout 00:00:03 while waiting for a message of type Shop.CheckoutConfirmed \n"
     "  Stack Trace:\n     at Akka.TestKit.TestKitBase.InternalExpectMsgEnvelope[T](Nullable`1 timeout, Action`2 assert, String hint, Boolean shouldLog)\n"
     "\nFailed!  - Failed:     1, Passed:   212, Skipped:     0, Total:   213, Duration: 41 s - Shop.Tests.dll (net8.0)\n" + _GHA),
    # a project's own wait helper in pytest
    ("python-wait-until-helper", "transient",
     "tests/integration/test_worker.py::test_job_is_picked_up FAILED                  [ 41%]\n\n"
     "=================================== FAILURES ===================================\n"
     "____________________________ test_job_is_picked_up _____________________________\n"
     ">       wait_until(lambda: job.reload().state == \"running\", timeout=5)\n\n"
     "tests/helpers.py:22: in wait_until\n"
     "    raise TimeoutError(f\"condition not met within {timeout} seconds\")\n"
     "E   TimeoutError: condition not met within 5 seconds\n"
     "=========================== short test summary info ============================\n"
     "FAILED tests/integration/test_worker.py::test_job_is_picked_up - TimeoutError: condition not met within 5 seconds\n"
     "========================= 1 failed, 187 passed in 61.20s =========================\n" + _GHA),
    # ---- real
    # EventFilter's count overshot (cfpb/hmda-platform#547): a message came
    ("akka-eventfilter-excess-messages", "real",
     _sbt("EventProcessorSpec", "process parse completed message from event stream",
          "java.lang.AssertionError: received 1 excess messages on DebugFilter(Some(akka://test-system/user/$a),"
          "Left(Parsing completed for 12345-2017-1),true)",
          "[info]   at akka.testkit.EventFilter.intercept(TestEventListener.scala:116)\n") + _GHA),
    # expectNoMessage that got one (TestKit.scala "received unexpected message %s after %s millis")
    ("pekko-expectnomessage-got-one", "real",
     _sbt("ThrottleSpec", "not emit before the interval",
          "java.lang.AssertionError: assertion failed: received unexpected message Tick after 112 millis",
          "[info]   at org.apache.pekko.testkit.TestKitBase.expectNoMsg_internal(TestKit.scala:688)\n") + _GHA),
    # a wait beside two assertions that failed on values
    ("akka-expectmsg-wait-beside-assertion-failures", "real",
     _sbt("OrderFlowSpec", "emit totals",
          "java.lang.AssertionError: assertion failed: timeout (3 seconds) during expectMsg while waiting for Total(42)",
          "[info]   at akka.testkit.TestKitBase.expectMsg_internal(TestKit.scala:402)\n",
          "[info] - must price the basket *** FAILED *** (12 milliseconds)\n"
          "[info]   41 did not equal 42 (OrderFlowSpec.scala:31)\n"
          "[info] - must apply the discount *** FAILED *** (9 milliseconds)\n"
          "[info]   Some(0.1) did not equal Some(0.15) (OrderFlowSpec.scala:47)\n", failed=3) + _GHA),
    # testify's Eventually beside a Not equal
    ("testify-eventually-beside-not-equal", "real",
     "=== RUN   TestReconcile\n    reconcile_test.go:88: \n        \tError Trace:\treconcile_test.go:88\n"
     "        \tError:      \tCondition never satisfied\n        \tTest:       \tTestReconcile\n--- FAIL: TestReconcile (10.00s)\n"
     "=== RUN   TestDesiredReplicas\n    reconcile_test.go:121: \n        \tError Trace:\treconcile_test.go:121\n"
     "        \tError:      \tNot equal: \n        \t            \texpected: 3\n        \t            \tactual  : 2\n"
     "        \tTest:       \tTestDesiredReplicas\n--- FAIL: TestDesiredReplicas (0.00s)\nFAIL\n"
     "FAIL\tgithub.com/example/operator/controllers\t10.311s\n" + _GHA),
    # a test about withTimeout's words
    ("test-about-timeout-message", "real",
     _gradle("TimeoutsTest", "reports the wait()",
             "    org.opentest4j.AssertionFailedError: expected: <Timed out waiting for 500 ms> but was: <Timed out waiting for 500.000000 ms>\n"
             "        at app//org.junit.jupiter.api.AssertionFailureBuilder.build(AssertionFailureBuilder.java:151)\n") + _GHA),
    # ExpectMsg that got a wrong value (Horusiath/Eventuate.NET#2's form)
    ("akkanet-expectmsg-wrong-value", "real",
     "  Failed Eventuate.Tests.EventsourcedActorSpec.must_support_repeated_stash [1 s]\n"
     "  Error Message:\n   Akka.TestKit.Xunit2.Internals.AkkaEqualException : Assert.Equal() Failure\nExpected: Pong(5)\nActual:   Pong(4)\n"
     "  Stack Trace:\n     at Akka.TestKit.TestKitBase.InternalExpectMsgEnvelope[T](Nullable`1 timeout)\n"
     "\nFailed!  - Failed:     1, Passed:   90, Skipped:     0, Total:   91, Duration: 11 s - Eventuate.Tests.dll (net8.0)\n" + _GHA),

    # Gomega's Eventually ("Timed out after %.3fs." then the matcher's last failure, one part a line)
    ("gomega-eventually-timed-out", "transient",
  "• [FAILED] [10.012 seconds]\nController when a widget is created [It] marks it ready\n"
  "  /home/runner/work/op/op/internal/controller/widget_test.go:88\n\n"
  "  [FAILED] Timed out after 10.001s.\n  Expected\n      <bool>: false\n  to be true\n"
  "  In [It] at: /home/runner/work/op/op/internal/controller/widget_test.go:97 @ 05/02/24 09:14:03.21\n"
  "------------------------------\n\nRan 41 of 41 Specs in 58.102 seconds\nFAIL! -- 40 Passed | 1 Failed | 0 Pending | 0 Skipped\n--- FAIL: TestControllers (58.10s)\nFAIL\n" + _GHA),
    # Spock's PollingConditions (recalled), read as before
    ("spock-polling-conditions", "transient",
  "OrderSpec > order gets shipped FAILED\n    org.spockframework.runtime.SpockTimeoutError: Condition not satisfied after 10.00 seconds and 101 attempts\n"
  "        at app//spock.util.concurrent.PollingConditions.within(PollingConditions.java:185)\n\n41 tests completed, 1 failed\n\nBUILD FAILED in 1m\n" + _GHA),
    # Playwright's expect (recalled), read as before
    ("playwright-expect-visible", "transient",
  "  1) [chromium] › checkout.spec.ts:12:7 › checkout › pays ────────────────\n\n"
  "    Error: Timed out 5000ms waiting for expect(locator).toBeVisible()\n\n    Locator: getByText('Payment received')\n    Expected: visible\n    Received: <element(s) not found>\n"
  "    Call log:\n      - expect.toBeVisible with timeout 5000ms\n      - waiting for getByText('Payment received')\n\n  1 failed\n    [chromium] › checkout.spec.ts:12:7 › checkout › pays\n  23 passed (41.2s)\n" + _GHA),
    # Akka.NET's EventFilterApplier (read through the code index)
    ("akkanet-eventfilter-only-received", "transient",
  "  Failed Shop.Tests.SupervisorSpec.Should_log_restart [3 s]\n  Error Message:\n"
  "   Timeout (00:00:03) while waiting for messages. Only received 0/1 messages that matched filter [Error with Type=System.InvalidOperationException]\n"
  "  Stack Trace:\n     at Akka.TestKit.Internal.EventFilterApplier.Intercept[T](Func`1 func, ActorSystem system, Nullable`1 timeout, Nullable`1 expectedOccurrences)\n"
  "\nFailed!  - Failed:     1, Passed:   212, Skipped:     0, Total:   213, Duration: 41 s - Shop.Tests.dll (net8.0)\n" + _GHA),
    # the typed TestProbe, read as before
    ("typed-probe-receive-message", "transient",
  "[info] - must reply to a ping *** FAILED *** (3 seconds, 41 milliseconds)\n[info]   java.lang.AssertionError: Timeout (3 seconds) during receiveMessage while waiting for message.\n"
  "[info] *** 1 TEST FAILED ***\n[error] (Test / test) sbt.TestsFailedException: Tests unsuccessful\n" + _GHA),
    # eventually with the last compared value (UltimateSoftware/surge#28): the wait, as test_timing_sensitive.py reads it
    ("scalatest-eventually-last-compare", "transient", _sbt(
        "HealthSignalWindowActorSpec", "tick",
        "The code passed to eventually never returned normally. Attempted 42 times over 2.67888657785 minutes. "
        "Last failure message: 160 did not equal 5.") + _GHA),
]

NOT_SURELY_TRANSIENT: list[tuple[str, str]] = [

    # GCC's ICE (bitcoin/bitcoin#36125's form): mixed tally
    ("gcc-ice-segfault", "[ 61%] Building CXX object src/CMakeFiles/core.dir/rpc/blockchain.cpp.o\n"
     "/home/runner/work/node/node/src/rpc/blockchain.cpp:1204:1: internal compiler error: Segmentation fault\n"
     " 1204 | }\n      | ^\n0x7f3a internal_error(char const*, ...)\n\t???:0\n"
     "Please submit a full bug report, with preprocessed source (by using -freport-bug).\n"
     "Please include the complete backtrace with any bug report.\nSee <file:///usr/share/doc/gcc-12/README.Bugs> for instructions.\n"
     "make[2]: *** [src/CMakeFiles/core.dir/build.make:412: src/CMakeFiles/core.dir/rpc/blockchain.cpp.o] Error 1\n" + _GHA),
    # GCC's driver for its crashed cc1plus
    ("gcc-driver-ice-segfault-signal", "g++: internal compiler error: Segmentation fault signal terminated program cc1plus\n"
     "Please submit a full bug report, with preprocessed source (by using -freport-bug).\n"
     "make[2]: *** [CMakeFiles/app.dir/build.make:76: CMakeFiles/app.dir/src/solver.cpp.o] Error 4\n" + _GHA),
    # Clang's driver (dotnet/runtime#99150's form)
    ("clang-frontend-segfault", "  [ 32%] Building CXX object md/compiler/CMakeFiles/mdcompiler.dir/import.cpp.o\n"
     "  clang: error: unable to execute command: Segmentation fault: 11\n"
     "  clang: error: clang frontend command failed due to signal (use -v to see invocation)\n"
     "  Apple clang version 14.0.0 (clang-1400.0.29.202)\n  Target: x86_64-apple-darwin21.6.0\n"
     "  clang: note: diagnostic msg: /var/folders/h1/T/import-ba92ad.cpp\n"
     "make[2]: *** [md/compiler/CMakeFiles/mdcompiler.dir/import.cpp.o] Error 254\n" + _GHA),
    # rustc's SIGSEGV under cargo (rust-lang/rust#90812's form): mixed tally
    ("rustc-sigsegv-linux", "   Compiling autocfg v1.1.0\n"
     "error: could not compile `autocfg` (lib)\n\nCaused by:\n"
     "  process didn't exit successfully: `/home/runner/.rustup/toolchains/stable-x86_64-unknown-linux-gnu/bin/rustc --crate-name "
     "autocfg --edition=2015 /home/runner/.cargo/registry/src/index.crates.io-6f17d22bba15001f/autocfg-1.1.0/src/lib.rs` "
     "(signal: 11, SIGSEGV: invalid memory reference)\n" + _GHA101),
    # a build script's crash: a dependency's or the project's code
    ("build-script-access-violation", "   Compiling openssl-sys v0.9.102\n"
     "error: failed to run custom build command for `openssl-sys v0.9.102`\n\nCaused by:\n"
     "  process didn't exit successfully: `D:\\a\\ledger\\ledger\\target\\debug\\build\\openssl-sys-8c1f\\build-script-main.exe` "
     "(exit code: 0xc0000005, STATUS_ACCESS_VIOLATION)\n" + _GHA101),
    # clang.exe under MSBuild (microsoft/WinObjC#294: a toolchain bug until a release)
    ("msbuild-clang-exe-access-violation", "C:\\Program Files\\WinObjC\\msvc\\sdk-build.targets(412,5): error MSB6006: "
     "\"clang.exe\" exited with code -1073741819. [D:\\a\\app\\app\\App.vcxproj]\n" + _MSBUILD_TAIL + _GHA),
    # javac's internal exception (recalled)
    ("javac-exception-in-compiler", "> Task :core:compileJava\n"
     "An exception has occurred in the compiler (17.0.11). Please file a bug against the Java compiler via the Java bug "
     "reporting page (https://bugreport.java.com) after checking the Bug Database (https://bugs.java.com) for duplicates. "
     "Include your program, the following diagnostic, and the parameters passed to the Java compiler in your report. Thank you.\n"
     "java.lang.NullPointerException\n\tat jdk.compiler/com.sun.tools.javac.comp.Flow$AssignAnalyzer.visitIdent(Flow.java:2937)\n"
     "\n> Task :core:compileJava FAILED\n\nFAILURE: Build failed with an exception.\n" + _GHA),

    # Awaitility's untilAsserted showing the last compared value (kiwiproject/consul-client#554 flaky, 4finance/boot-microservice#26 real)
    ("awaitility-untilasserted-last-value", _surefire(
        "org.kiwiproject.consul.EventClientITest", "shouldListEventsAsyncWithCallback",
        "org.awaitility.core.ConditionTimeoutException: Assertion condition defined as a Lambda expression in "
        "org.kiwiproject.consul.EventClientITest expected:<10> but was:<9> within 2 seconds.") + _GHA),
    # Cypress's retried content check (cypress-io/cypress#23168)
    ("cypress-timed-out-retrying-contain", "  1) Launchpad\n       choose a browser:\n"
     "     AssertionError: Timed out retrying after 4000ms: expected '<h1.pt-20px.text-center>' to contain 'Choose a Browser'\n"
     "      at Context.eval (webpack:///./cypress/e2e/choose-a-browser.cy.ts:218:8)\n\n  1 failing\n" + _GHA),
    # collect2 for a linker killed for memory: build-step-own-out-of-memory, as before
    ("collect2-ld-killed-memory", "[ 97%] Linking CXX executable bin/solver\n"
     "collect2: fatal error: ld terminated with signal 9 [Killed]\ncompilation terminated.\n"
     "make[2]: *** [CMakeFiles/solver.dir/build.make:210: bin/solver] Error 1\nmake: *** [Makefile:136: all] Error 2\n" + _GHA),
    # cy.wait for a request that never came: the app may have stopped sending it
    ("cypress-wait-route-no-request",
  "  1) Profile\n       loads the user:\n     CypressError: Timed out retrying after 5000ms: `cy.wait()` timed out waiting `5000ms` for the 1st request to the route: `getUser`. No request ever occurred.\n\n  1 failing\n" + _GHA),
]


KNOWN_MISREAD = {
    "rustc-link-exe-heap-corruption-doctest": "LEFT: the doctest that failed is the crashed link, but the run's 'test result: "
    "FAILED' is the test_run_failed fragment the crash entry steps back from (a failed test run fails every run); telling "
    "a doctest that did not link from one that failed needs rustdoc's 'Couldn't compile the test.' weighed against the count",
    "gomega-eventually-timed-out": "LEFT: Gomega prints the matcher's last failure a part a line ('Expected', '<bool>: false', "
    "'to be true'), which test-assertion reads as a comparison; ScalaTest's one-line form reads as the wait",
}


@pytest.mark.parametrize(("verdict", "log"), labelled(CASES, KNOWN_MISREAD))
def test_crash_or_wait_reads_right(verdict, log):
    reads(log, verdict)


NOT_SURELY_LEFT = {
    "awaitility-untilasserted-last-value":
        "LEFT: (names23 merged after this file) Surefire 3's line now gives the failing test's name, and an async name "
        "with a timeout sign (Awaitility's ConditionTimeoutException) reads timing-sensitive-test at 0.90 though the "
        "condition's last value (expected 10, was 9) is a count that may never have arrived",
}


@pytest.mark.parametrize("log", [pytest.param(log, id=cid, marks=[pytest.mark.xfail(strict=True, reason=NOT_SURELY_LEFT[cid])]
                                              if cid in NOT_SURELY_LEFT else []) for cid, log in NOT_SURELY_TRANSIENT])
def test_ambiguous_crash_or_wait_does_not_read_surely_transient(log):
    not_surely_transient(log)


def test_case_ids_are_unique():
    assert_unique_ids(CASES, NOT_SURELY_TRANSIENT)


def test_known_misreads_name_cases():
    ids = {case[0] for case in CASES}
    assert set(KNOWN_MISREAD) <= ids


# One line of 50,000 characters of each of these words is read by benchmarks/pattern_speed.py,
# which prints the seconds each takes (a guard against patterns that backtrack; a timing is a
# benchmark's, not a test's).
LONG_LINE_WORDS = [
    "error: linking with `",
    "error: linking with `link.exe` failed: exit code: ",
    "  process didn't exit successfully: `C:\\rustc.exe ",
    "process didn't exit successfully: `",
    "error MSB6006: \"CL.exe\" exited with code ",
    "timeout (3 seconds) waiting for ",
    "Timeout (00:00:03) while waiting for messages. Only received ",
    "kotlinx.coroutines.TimeoutCancellationException at ",
    "Timed out after ",
]
