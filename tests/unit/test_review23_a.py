"""Twenty-third round review (a): the round's toolchain-crash, event-wait and ecosystem readings, tried from the side
where a rerun would NOT pass.

Covered: (1) toolchain crashes (toolchain-process-crashed-spuriously) beside a compile error printed in another form than
the entry's unless_log expected (cargo's --message-format=short, rustc's colours under CARGO_TERM_COLOR=always, the
runner's timestamps, MSBuild's "error :" for a diagnostic with no code as clang-cl's and nvcc's come through it, a link
error LNK2019 with no line number, Azure's "Error CS0103"), the same access violation in a tool the project builds and
runs itself (MSBuild's Exec and CMake's custom command, cargo run of an xtask), rustc crashing in a proc macro the change
added, the same rustc crash twice in one job under a retry step, and the crash read under GitLab's and Jenkins' prefixes;
(2) event waits (test-event-wait-expired) that ran out because the change stopped the event (a renamed log message,
coroutines' withTimeout around the code under test), Gomega's
Eventually that shows the wrong value, a deploy script's own "Timed out after 300s." under a crash-looping pod, a bare
TimeoutCancellationException beside an assertion failure; (3) the ecosystem entries of rv23-eco: a CRAN package archived
(install.packages' "not available", remotes' 404 from the Archive, pak's "Can't find package"), the binary index CRAN does
not have for R-devel, a download timeout before a testthat failure, a timeout on the job's own local API; LuaRocks in its
real wording (a dependency's rockspec or rock the server answered 5xx, its 404 for a rock that is gone, a source tarball
whose tag is missing, a dependency no server has); Hex's registry 404 for a misspelt package, 403 for an organisation's
package without auth, a timeout for another package than the missing one, the current Hex's "Stopping due to errors".

Where the wording comes from: rustc, cargo and MSBuild as test_rules23_crashes_waits.py reads them; MSBuild's Exec MSB3073
and CMake's MSB8066 (recalled); clang-cl's diagnostics as MSBuild's canonical-error formatting prints one with no code
("file(12,5): error : message", recalled); Akka's EventFilter and Gomega's Eventually as test_rules23_crashes_waits.py
reads them; kotlinx.coroutines' "Timed out waiting for %d ms" (recalled); R's install.packages and download.file
messages (recalled); pak's "Can't find package called" (recalled); luarocks/luarocks src/luarocks/deps.lua
("Failed installing dependency: %s - %s"), fetch.lua (fetch_url_at_temp_dir's "Error fetching file: ", fetch_and_unpack_rock's
"Could not fetch rock file: ", fetch_url's "Failed downloading %s - %s", download_with_mirrors' reasons one a line), read,
with the forms public threads quote (luarocks/luarocks#338 "Could not fetch rock file: Error fetching file: Failed
downloading", JakobGreen/lua-requests#34 a rockspec's three "HTTP/1.1 500 Internal Server Error" reasons, cleared when the
server came back, luarocks/luarocks-site#213 the same with 404 for a rockspec that was gone, lunarmodules/busted#411 a
source tarball's 404 for a tag that did not exist, Olivine-Labs/mediator_lua#5 the same with no reason printed); hexpm/hex
lib/hex/registry/server.ex (print_error: "Failed to fetch record for %s from registry", then for 404/401/403 "This could be
because the package does not exist, it was spelled incorrectly or you don't have permissions to it" and no reason; else
Hex.Utils.print_error_result; a record that is not cached raises "Stopping due to errors"), lib/hex/utils.ex
(package_name "repo/package"), read. Hosts, crates, packages and paths are made up; no project's CI log is copied.

The rules the cases hold:
  * a toolchain crash beside a compile or link error of the change, whatever form the error takes -> real;
  * an access violation of the project's own tool (MSBuild's Exec, CMake's custom command, cargo run) -> real;
  * a wait whose log shows the awaited thing arriving in other words, or a wrong value, or beside another test's JUnit 5
    assertion failure -> real; a script's generic "Timed out after" under a crash-looping pod -> not surely transient.
    (Turbine's "No value produced" is left as test_tool_sources_waits2.py reads it, transient: cashapp/turbine#297, a
    test's own setup, is the one thread found either way);
  * a CRAN package that is gone (not available, 404, pak cannot find it), a test failure after a passing download
    timeout -> real; a binary index missing for the R version (krlmlr/r-appveyor#167: R-devel's bin/windows/contrib/4.0
    until CRAN published it) and a timeout on the job's own local address -> not surely transient;
  * LuaRocks: the dependency's own rock or rockspec that the rocks servers answered with a 5xx or not at all -> transient;
    a 404 for it, a source tarball that failed with no reason (a tag or host that is gone as often as not), a dependency no
    server lists -> not transient;
  * Hex: a 404 or 403 record before "No package with name" -> real; a timeout for one package and another's name missing ->
    real; a record that timed out and "Stopping due to errors" -> transient.

Measured on main before this file's fixes (3c01460): of the 30 labelled cases 10 read wrong, 7 of them real cases read
transient (the short-format, clang-cl and LNK2019 errors beside a toolchain crash, the proc macro, the renamed log event,
withTimeout around the code under test, a download timeout before a testthat failure), 1 transient read real (LuaRocks'
real "Could not fetch rock file: Error fetching file: Failed downloading" for a dependency's rock, which
luarocks-dependency-download-failed did not read) and 2 real read unknown; 5 of the 7 ambiguous cases first written
read transient at 0.7 or more (the crash twice under a retry, the R-devel binary index, the local API's timeout; and
Turbine's two forms, dropped from this file, see above). The catalogue edits of review23_a
(toolchain-process-crashed-spuriously, test-event-wait-expired, r-cran-download-unavailable,
luarocks-dependency-download-failed) leave the 4 cases KNOWN_MISREAD names, 3 of them real read transient, which the log
cannot tell apart.
"""

from __future__ import annotations

import pytest
from judging import assert_unique_ids, labelled, logs, not_surely_transient, reads

_GHA = "##[error]Process completed with exit code 1.\n"
_GHA101 = "##[error]Process completed with exit code 101.\n"
_GL = "ERROR: Job failed: exit code 1\n"
_TARGETS = ("C:\\Program Files\\Microsoft Visual Studio\\2022\\Enterprise\\MSBuild\\Microsoft\\VC\\v170\\"
            "Microsoft.CppCommon.targets")
_MSBUILD_TAIL = "\nBuild FAILED.\n\n    0 Warning(s)\n    2 Error(s)\n\nTime Elapsed 00:04:12.08\n"
_LINK_NOTE = ('  |\n  = note: "C:\\\\Program Files\\\\Microsoft Visual Studio\\\\2022\\\\Enterprise\\\\VC\\\\Tools\\\\MSVC\\\\'
              '14.39.33519\\\\bin\\\\HostX64\\\\x64\\\\link.exe" "/NOLOGO" "/OUT:D:\\\\a\\\\tally\\\\tally\\\\target\\\\debug\\\\'
              'deps\\\\tally_gen-0c4e.exe" "/DEBUG"\n  = note: \n\n')
_RUSTC_CMD = ("C:\\Users\\runneradmin\\.rustup\\toolchains\\stable-x86_64-pc-windows-msvc\\bin\\rustc.exe --crate-name tally "
              "--edition=2021 src\\lib.rs --error-format=json --crate-type lib -C debuginfo=2 "
              "--out-dir D:\\a\\tally\\tally\\target\\debug\\deps")


def _gradle(cls, test, body, failed=1, extra=""):
    return ("> Task :app:testDebugUnitTest\n\n"
            f"{cls} > {test} FAILED\n{body}{extra}"
            f"\n212 tests completed, {failed} failed\n\n> Task :app:testDebugUnitTest FAILED\n\n"
            "FAILURE: Build failed with an exception.\n\n* What went wrong:\nExecution failed for task ':app:testDebugUnitTest'.\n"
            "> There were failing tests. See the report at: file:///home/runner/work/shop/shop/app/build/reports/tests/index.html\n\n"
            "BUILD FAILED in 2m 3s\n")


CASES: list[tuple[str, str, str]] = [

    # ================================================================ (1) toolchain crashes
    # cargo --message-format=short prints rustc's error as "file:line:col: error[E0308]: ..." (no "error: " after the
    # position, no "-->" line): a compile error of the change beside another crate's link crash
    ("cargo-short-format-error-beside-link-crash", "real",
     "   Compiling tally-core v0.3.0 (D:\\a\\tally\\tally\\core)\n   Compiling tally-gen v0.3.0 (D:\\a\\tally\\tally\\gen)\n"
     "core\\src\\ledger.rs:41:20: error[E0308]: mismatched types: expected `u32`, found `u64`\n"
     "error: could not compile `tally-core` (lib) due to 1 previous error\n"
     "warning: build failed, waiting for other jobs to finish...\n"
     "error: linking with `link.exe` failed: exit code: 0xc0000005\n" + _LINK_NOTE +
     "error: could not compile `tally-gen` (bin \"tally-gen\") due to 1 previous error\n" + _GHA101),
    # CARGO_TERM_COLOR=always (the workflow template's setting): rustc's diagnostics keep their colour codes in the raw log
    ("ansi-rustc-error-beside-rustc-crash", "real",
     "\x1b[1m\x1b[32m   Compiling\x1b[0m tally v0.3.0 (D:\\a\\tally\\tally)\n"
     "\x1b[0m\x1b[1m\x1b[38;5;9merror[E0425]\x1b[0m\x1b[0m\x1b[1m: cannot find value `totl` in this scope\x1b[0m\n"
     "\x1b[0m  \x1b[0m\x1b[0m\x1b[1m\x1b[38;5;12m--> \x1b[0m\x1b[0msrc\\report.rs:18:9\x1b[0m\n\n"
     "\x1b[1m\x1b[31merror\x1b[0m\x1b[1m:\x1b[0m could not compile `tally-macros` (lib)\n\nCaused by:\n"
     "  process didn't exit successfully: `" + _RUSTC_CMD + "` (exit code: 0xc0000005, STATUS_ACCESS_VIOLATION)\n" + _GHA101),
    # the runner's timestamps before every line (a raw log from the API)
    ("timestamped-rustc-error-beside-link-crash", "real",
     "2024-05-02T09:14:01.1034567Z    Compiling tally v0.3.0 (D:\\a\\tally\\tally)\n"
     "2024-05-02T09:14:03.1234567Z error[E0308]: mismatched types\n"
     "2024-05-02T09:14:03.1235567Z   --> src\\ledger.rs:41:20\n"
     "2024-05-02T09:14:09.0021345Z error: linking with `link.exe` failed: exit code: 0xc0000374\n"
     "2024-05-02T09:14:09.0031345Z error: could not compile `tally` (bin \"tally\") due to 2 previous errors\n"
     "2024-05-02T09:14:09.2031345Z " + _GHA101),
    # MSBuild's canonical error with no code ("file(41,12): error : message"), as clang-cl's diagnostics come through it
    ("msbuild-clang-cl-error-beside-link-crash", "real",
     "  render.cpp\n"
     "D:\\a\\mesh\\mesh\\src\\render.cpp(41,12): error : use of undeclared identifier 'drawMeshs' "
     "[D:\\a\\mesh\\mesh\\build\\meshcore.vcxproj]\n"
     + _TARGETS + "(1173,5): error MSB6006: \"link.exe\" exited with code -1073741819. "
     "[D:\\a\\mesh\\mesh\\build\\meshview.vcxproj]\n" + _MSBUILD_TAIL + _GHA),
    # a link error of the change (LNK2019 names no line) beside another project's CL.exe crash
    ("msbuild-lnk2019-beside-cl-crash", "real",
     "  meshcore.vcxproj -> D:\\a\\mesh\\mesh\\build\\Release\\meshcore.lib\n"
     "viewer.obj : error LNK2019: unresolved external symbol \"void __cdecl mesh::render(class mesh::Scene const &)\" "
     "(?render@mesh@@YAXAEBVScene@1@@Z) referenced in function main [D:\\a\\mesh\\mesh\\build\\meshview.vcxproj]\n"
     "D:\\a\\mesh\\mesh\\build\\Release\\meshview.exe : fatal error LNK1120: 1 unresolved externals "
     "[D:\\a\\mesh\\mesh\\build\\meshview.vcxproj]\n"
     + _TARGETS + "(741,5): error MSB6006: \"CL.exe\" exited with code -1073741819. "
     "[D:\\a\\mesh\\mesh\\build\\meshtools.vcxproj]\n" + _MSBUILD_TAIL + _GHA),
    # Azure Pipelines' MSBuild logger ("##[error]...: Error CS0103: ...") beside csc.exe's crash in another project
    ("azure-cs-error-beside-csc-crash", "real",
     "##[error]src\\Orders.Api\\OrderController.cs(41,17): Error CS0103: The name 'totl' does not exist in the current context\n"
     "##[error]C:\\Program Files\\dotnet\\sdk\\8.0.204\\Roslyn\\Microsoft.CSharp.Core.targets(85,5): Error MSB6006: \"csc.exe\" "
     "exited with code -1073741819.\n" + _MSBUILD_TAIL + "##[error]Cmd.exe exited with code '1'.\nFinishing: Build\n"),
    # the project's own generator run by MSBuild's Exec: the code under build crashed
    ("msbuild-exec-own-tool-access-violation", "real",
     "  schemagen.vcxproj -> D:\\a\\mesh\\mesh\\build\\Release\\schemagen.exe\n"
     + _TARGETS +
     "(254,5): error MSB3073: The command \"D:\\a\\mesh\\mesh\\build\\Release\\schemagen.exe --out "
     "D:\\a\\mesh\\mesh\\build\\gen\" exited with code -1073741819. [D:\\a\\mesh\\mesh\\build\\meshcore.vcxproj]\n"
     + _MSBUILD_TAIL + _GHA),
    # CMake's custom command running the project's own tool (MSB8066)
    ("msbuild-cmake-custom-command-access-violation", "real",
     "  Generating shaders.inc\n"
     + _TARGETS +
     "(254,5): error MSB8066: Custom build for 'D:\\a\\mesh\\mesh\\build\\CMakeFiles\\8a1c\\shaders.inc.rule' exited with "
     "code -1073741819. [D:\\a\\mesh\\mesh\\build\\shaders.vcxproj]\n" + _MSBUILD_TAIL + _GHA),
    # cargo run of the workspace's own xtask
    ("cargo-run-own-xtask-access-violation", "real",
     "    Finished `dev` profile [unoptimized + debuginfo] target(s) in 41.02s\n"
     "     Running `target\\debug\\xtask.exe codegen`\n"
     "error: process didn't exit successfully: `target\\debug\\xtask.exe codegen` (exit code: 0xc0000005, "
     "STATUS_ACCESS_VIOLATION)\n" + _GHA101),
    # rustc crashing while it ran a proc macro the change added (its own crate, compiled just before): the log shows no
    # more than a spurious crash would
    ("rustc-crash-in-own-proc-macro", "real",
     "   Compiling tally-derive v0.3.0 (D:\\a\\tally\\tally\\derive)\n   Compiling tally v0.3.0 (D:\\a\\tally\\tally)\n"
     "error: could not compile `tally` (lib)\n\nCaused by:\n"
     "  process didn't exit successfully: `" + _RUSTC_CMD + " --extern tally_derive=D:\\a\\tally\\tally\\target\\debug\\deps\\"
     "tally_derive-1f0e.dll` (exit code: 0xc0000005, STATUS_ACCESS_VIOLATION)\n" + _GHA101),
    # controls, transient: MSB6006 for CL.exe on a GitLab Windows runner; rustc's link crash under Jenkins' timestamps
    ("gitlab-msbuild-cl-access-violation", "transient",
     "  geometry.cpp\n"
     + _TARGETS + "(741,5): error MSB6006: \"CL.exe\" exited with code -1073741819. "
     "[C:\\GitLab-Runner\\builds\\mesh\\build\\meshcore.vcxproj]\n"
     "\nBuild FAILED.\n\n    0 Warning(s)\n    1 Error(s)\n\nCleaning up project directory and file based variables\n" + _GL),
    ("jenkins-link-exe-heap-corruption", "transient",
     "[2024-05-02T09:14:01.103Z]    Compiling tally v0.3.0 (C:\\Jenkins\\workspace\\tally)\n"
     "[2024-05-02T09:14:09.002Z] error: linking with `link.exe` failed: exit code: 0xc0000374\n"
     "[2024-05-02T09:14:09.003Z] error: could not compile `tally` (bin \"tally\") due to 1 previous error\n"
     "script returned exit code 101\n"),
    # Azure's form of a CL.exe crash alone ("Error MSB6006")
    ("azure-cl-access-violation", "transient",
     "##[error]" + _TARGETS + "(741,5): Error MSB6006: \"CL.exe\" exited with code -1073741819.\n"
     "\nBuild FAILED.\n\n    0 Warning(s)\n    1 Error(s)\n##[error]Cmd.exe exited with code '1'.\nFinishing: Build\n"),

    # ================================================================ (2) event waits
    # the test waits for a log event in words the change no longer logs (the event came, reworded: Akka prints it)
    ("akka-eventfilter-renamed-log-message", "real",
     "[info] OrderActorSpec:\n[info] - must log the accepted order *** FAILED *** (3 seconds, 12 milliseconds)\n"
     "[INFO] [05/02/2024 09:14:03.118] [test-akka.actor.default-dispatcher-4] [akka://test/user/orders] Order 42 was accepted\n"
     "[info]   java.lang.AssertionError: timeout (3 seconds) waiting for 1 messages on InfoFilter(None,Left(Order accepted),false)\n"
     "[info]   at akka.testkit.EventFilter.intercept(TestEventListener.scala:114)\n"
     "[info] *** 1 TEST FAILED ***\n[error] (Test / test) sbt.TestsFailedException: Tests unsuccessful\n" + _GHA),
    # withTimeout around the code under test: the planner the change made slow
    ("kotlin-withtimeout-around-code-under-test", "real",
     _gradle("com.example.route.PlannerTest", "plans a 500-stop route within the budget()",
             "    kotlinx.coroutines.TimeoutCancellationException: Timed out waiting for 2000 ms\n"
             "        at app//kotlinx.coroutines.TimeoutKt.TimeoutCancellationException(Timeout.kt:184)\n"
             "        at app//com.example.route.Planner$plan$2.invokeSuspend(Planner.kt:57)\n") + _GHA),
    # Gomega's Eventually showing the value it got each time: the condition could not become true
    ("gomega-eventually-wrong-value", "real",
     "• [FAILED] [5.014 seconds]\nWidget controller [It] marks the widget ready\n"
     "  /home/runner/work/op/op/internal/controller/widget_test.go:88\n\n"
     "  [FAILED] Timed out after 5.001s.\n  Expected\n      <string>: Pending\n  to equal\n      <string>: Ready\n"
     "  In [It] at: /home/runner/work/op/op/internal/controller/widget_test.go:97 @ 05/02/24 09:14:03.21\n"
     "------------------------------\n\nRan 41 of 41 Specs in 22.102 seconds\nFAIL! -- 40 Passed | 1 Failed | 0 Pending | 0 Skipped\n"
     "--- FAIL: TestControllers (22.10s)\nFAIL\n" + _GHA),
    # a bare TimeoutCancellationException beside another test's assertion failure
    ("kotlin-bare-timeout-beside-assertion", "real",
     _gradle("com.example.cart.CartViewModelTest", "emits the total()",
             "    kotlinx.coroutines.TimeoutCancellationException at CartViewModelTest.kt:41\n", failed=2,
             extra="\ncom.example.cart.CartViewModelTest > applies the discount() FAILED\n"
                   "    org.opentest4j.AssertionFailedError at CartViewModelTest.kt:63\n") + _GHA),

    # ================================================================ (3) ecosystems
    # ---- R / CRAN
    # an archived package: install.packages only warns, the later load fails
    ("cran-archived-package-not-available", "real",
     "+ Rscript -e 'install.packages(c(\"rgeos\", \"sf\"))'\nInstalling packages into '/usr/local/lib/R/site-library'\n"
     "(as 'lib' is unspecified)\nWarning message:\npackage 'rgeos' is not available for this version of R\n\n"
     "A version of this package for your version of R might be available elsewhere,\nsee the ideas at\n"
     "https://cran.r-project.org/doc/manuals/r-patched/R-admin.html#Installing-packages\n"
     "+ Rscript -e 'testthat::test_local()'\nError in library(rgeos) : there is no package called 'rgeos'\n"
     "Execution halted\n" + _GHA),
    # remotes::install_version for a version CRAN's archive does not have
    ("cran-archive-version-404", "real",
     "Downloading package from url: https://cloud.r-project.org/src/contrib/Archive/plyr/plyr_1.9.9.tar.gz\n"
     "Error in utils::download.file(url, path, method = method, quiet = quiet,  : \n"
     "  cannot open URL 'https://cloud.r-project.org/src/contrib/Archive/plyr/plyr_1.9.9.tar.gz'\n"
     "In addition: Warning message:\nIn utils::download.file(url, path, method = method, quiet = quiet,  :\n"
     "  cannot open URL 'https://cloud.r-project.org/src/contrib/Archive/plyr/plyr_1.9.9.tar.gz': HTTP status was '404 Not Found'\n"
     "Execution halted\n" + _GHA),
    # pak, for a package CRAN no longer has (recalled wording)
    ("pak-cant-find-archived-package", "real",
     "Run r-lib/actions/setup-r-dependencies@v2\n"
     "Error: \n! error in pak subprocess\nCaused by error: \n! Could not solve package dependencies:\n"
     "* deps::.: Can't install dependency rgeos\n* rgeos: Can't find package called rgeos.\n"
     "Type .Last.error to see the more details.\nExecution halted\n" + _GHA),
    # a download of a Suggests package timed out and was passed over; the tests then failed on a value
    ("cran-timeout-then-testthat-failure", "real",
     "trying URL 'https://cloud.r-project.org/src/contrib/vdiffr_1.0.7.tar.gz'\n"
     "Warning in download.file(url, destfile, method, mode = \"wb\", ...) :\n"
     "  URL 'https://cloud.r-project.org/src/contrib/vdiffr_1.0.7.tar.gz': Timeout of 60 seconds was reached\n"
     "* installing *source* package 'ledgr' ...\n* DONE (ledgr)\n"
     "── Failure ('test-parse.R:12:3'): parses amounts ──────────────────────────────\n"
     "`parse_amount(\"1,5\")` (`actual`) not equal to 1.5 (`expected`).\n\n"
     "  `actual`: 15.0\n`expected`:  1.5\n\n[ FAIL 1 | WARN 0 | SKIP 0 | PASS 41 ]\nError: Test failures\nExecution halted\n" + _GHA),
    # ---- LuaRocks, in its real wording (deps.lua over fetch.lua's "Error fetching file: " and "Could not fetch rock file: ")
    # the dependency's rockspec answered 5xx by luarocks.org and its mirrors (JakobGreen/lua-requests#34's form)
    ("luarocks-rockspec-5xx-every-mirror", "transient",
     "+ luarocks install --only-deps tally-dev-1.rockspec\nMissing dependencies for tally dev-1:\n   md5 >= 1.3 (not installed)\n\n"
     "tally dev-1 depends on md5 >= 1.3 (not installed)\nInstalling https://luarocks.org/md5-1.3-1.rockspec\n"
     "Warning: Failed downloading. Attempting mirror at "
     "https://raw.githubusercontent.com/rocks-moonscript-org/moonrocks-mirror/master/md5-1.3-1.rockspec\n"
     "Warning: Failed downloading. Attempting mirror at https://loadk.com/luarocks/md5-1.3-1.rockspec\n\n"
     "Error: Failed installing dependency: https://luarocks.org/md5-1.3-1.rockspec - Error fetching file: Failed downloading "
     "https://luarocks.org/md5-1.3-1.rockspec - \nHTTP/1.1 503 Service Unavailable\nHTTP/1.1 502 Bad Gateway\n"
     "HTTP/1.1 503 Service Unavailable\n" + _GHA),
    # the dependency's .src.rock not fetched (luarocks/luarocks#338's form, a slow server)
    ("luarocks-src-rock-not-fetched", "transient",
     "Installing https://luarocks.org/busted-2.2.0-1.src.rock\nMissing dependencies for busted 2.2.0-1:\n"
     "   say >= 1.4-1 (not installed)\n\nInstalling https://luarocks.org/say-1.4.1-3.src.rock\n\n"
     "Error: Failed installing dependency: https://luarocks.org/say-1.4.1-3.src.rock - Could not fetch rock file: Error "
     "fetching file: Failed downloading https://luarocks.org/say-1.4.1-3.src.rock\n" + _GL),
    # a rockspec luarocks.org answers 404 for (luarocks/luarocks-site#213's form): gone, every run
    ("luarocks-rockspec-404-every-mirror", "real",
     "Installing https://luarocks.org/mediator-1.1.2-0.rockspec\n"
     "Warning: Failed downloading. Attempting mirror at "
     "https://raw.githubusercontent.com/rocks-moonscript-org/moonrocks-mirror/master/mediator-1.1.2-0.rockspec\n"
     "Warning: Failed downloading. Attempting mirror at https://loadk.com/luarocks/mediator-1.1.2-0.rockspec\n\n"
     "Error: Failed installing dependency: https://luarocks.org/mediator-1.1.2-0.rockspec - Error fetching file: Failed "
     "downloading https://luarocks.org/mediator-1.1.2-0.rockspec - \nHTTP/1.1 404 Not Found\nHTTP/1.1 404 Not Found\n"
     "HTTP/1.1 404 Not Found\n" + _GHA),
    # the dependency's source tarball: a tag that does not exist (lunarmodules/busted#411's form)
    ("luarocks-source-tag-404", "real",
     "Installing https://luarocks.org/mediator-1.1.1-0.rockspec\n\n"
     "Error: Failed installing dependency: https://luarocks.org/mediator-1.1.1-0.rockspec - Error fetching file: Failed "
     "downloading https://github.com/example/mediator/archive/v1.1.1.tar.gz - HTTP/1.1 404 Not Found\n" + _GHA),
    # a dependency no rocks server lists
    ("luarocks-could-not-satisfy", "real",
     "+ luarocks make tally-dev-1.rockspec\nMissing dependencies for tally dev-1:\n   lua-tally-fmt >= 2.0 (not installed)\n\n"
     "Error: Could not satisfy dependency lua-tally-fmt >= 2.0: No results matching query were found for Lua 5.4.\n" + _GHA),
    # ---- Hex
    # a misspelt package: the registry answers 404 and Hex says what that could mean, no reason
    ("hex-record-404-misspelt", "real",
     "+ mix deps.get\nResolving Hex dependencies...\nFailed to fetch record for jasn from registry\n"
     "This could be because the package does not exist, it was spelled incorrectly or you don't have permissions to it\n"
     "** (Mix) No package with name jasn (from: mix.exs) in registry\n" + _GHA),
    # an organisation's package with no key in the job (403)
    ("hex-record-403-org-no-auth", "real",
     "+ mix deps.get\nResolving Hex dependencies...\nFailed to fetch record for hexpm:acme/billing from registry\n"
     "This could be because the package does not exist, it was spelled incorrectly or you don't have permissions to it\n"
     "No authenticated user found. Run `mix hex.user auth` to authenticate\n"
     "** (Mix) No package with name billing (from: mix.exs) in registry\n" + _GHA),
    # one package's record timed out (the cache had it); another, misspelt, is missing
    ("hex-timeout-other-package-missing", "real",
     "+ mix deps.get\nResolving Hex dependencies...\nFailed to fetch record for telemetry from registry\n"
     ":timeout\n** (Mix) No package with name plugg (from: mix.exs) in registry\n" + _GHA),
    # the current Hex: a record not cached that timed out stops the resolution
    ("hex-record-timeout-stopping", "transient",
     "+ mix deps.get\nResolving Hex dependencies...\nFailed to fetch record for jason from registry\n"
     "{:failed_connect, [{:to_address, {~c\"repo.hex.pm\", 443}}, {:inet, [:inet], :etimedout}]}\n"
     "** (RuntimeError) Stopping due to errors\n    (hex 2.1.1) lib/hex/registry/server.ex:541: Hex.Registry.Server.write_result/4\n"
     + _GHA),
]

NOT_SURELY_TRANSIENT: list[tuple[str, str]] = [
    # the same rustc crash for the same crate in both attempts of a retry step: not what a spurious crash does
    ("rustc-crash-twice-under-retry",
     "   Compiling tally v0.3.0 (D:\\a\\tally\\tally)\nerror: could not compile `tally` (lib)\n\nCaused by:\n"
     "  process didn't exit successfully: `" + _RUSTC_CMD + "` (exit code: 0xc0000005, STATUS_ACCESS_VIOLATION)\n"
     "Attempt 1 failed. Reason: Child_process exited with error code 101\n"
     "   Compiling tally v0.3.0 (D:\\a\\tally\\tally)\nerror: could not compile `tally` (lib)\n\nCaused by:\n"
     "  process didn't exit successfully: `" + _RUSTC_CMD + "` (exit code: 0xc0000005, STATUS_ACCESS_VIOLATION)\n"
     "##[error]Final attempt failed. Child_process exited with error code 101\n"),
    # a deploy script's own "Timed out after 300s." under a pod crash-looping on the change's image
    ("script-timed-out-after-crashloop",
     "+ ./scripts/wait-ready.sh api 300\nWaiting for deployment/api to become ready...\n"
     "NAME                   READY   STATUS             RESTARTS      AGE\n"
     "api-7c9f8d6b5-x2kqp    0/1     CrashLoopBackOff   4 (31s ago)   2m10s\n"
     "NAME                   READY   STATUS             RESTARTS      AGE\n"
     "api-7c9f8d6b5-x2kqp    0/1     CrashLoopBackOff   5 (12s ago)   4m51s\n"
     "Timed out after 300s.\n" + _GHA),
    # the binary index CRAN does not have for R-devel (krlmlr/r-appveyor#167): the same every run until it is published
    ("cran-devel-binary-index-missing",
     "+ Rscript -e 'install.packages(c(\"jsonlite\", \"cli\"), type = \"binary\")'\n"
     "Warning: unable to access index for repository https://cloud.r-project.org/bin/macosx/big-sur-arm64/contrib/4.6:\n"
     "  cannot open URL 'https://cloud.r-project.org/bin/macosx/big-sur-arm64/contrib/4.6/PACKAGES'\n"
     "Warning message:\npackages 'jsonlite', 'cli' are not available as binary packages for this version of R\n"
     "+ Rscript -e 'testthat::test_local()'\nError in loadNamespace(x) : there is no package called 'jsonlite'\n"
     "Execution halted\n" + _GHA),
    # a timeout on the job's own API, started on the runner: the app as likely hung as the runner was slow
    ("r-timeout-own-local-api",
     "── Error ('test-api.R:9:3'): the report endpoint answers ──────────────────────\n"
     "Error in `download.file(\"http://127.0.0.1:8000/report.csv\", tmp, quiet = TRUE)`: cannot open URL 'http://127.0.0.1:8000/report.csv'\n"
     "In addition: Warning message:\n"
     "URL 'http://127.0.0.1:8000/report.csv': Timeout of 10 seconds was reached\n"
     "[ FAIL 1 | WARN 1 | SKIP 0 | PASS 17 ]\nError: Test failures\nExecution halted\n" + _GHA),
    # a dependency's source tarball that failed with no reason printed (Olivine-Labs/mediator_lua#5's form: the tag was missing)
    ("luarocks-source-tarball-no-reason",
     "Installing https://luarocks.org/mediator-1.1.1-0.rockspec\n\n"
     "Error: Failed installing dependency: https://luarocks.org/mediator-1.1.1-0.rockspec - Error fetching file: Failed "
     "downloading https://github.com/example/mediator/archive/v1.1.1.tar.gz\n" + _GHA),
]

KNOWN_MISREAD: dict[str, str] = {
    "rustc-crash-in-own-proc-macro": "LEFT: rustc's access violation while it ran the change's proc macro prints what a "
    "spurious crash prints (cargo's caused-by line for rustc); that the macro crate was compiled just before is true of "
    "every workspace with its own macros, so the log cannot tell the two",
    "akka-eventfilter-renamed-log-message": "LEFT: the event came in other words (Akka printed 'Order 42 was accepted' "
    "above the filter's 'Order accepted'); telling a reworded event from none needs the filter's text matched against the "
    "log lines around it, fuzzily",
    "kotlin-withtimeout-around-code-under-test": "LEFT: test-timeout reads withTimeout's 'Timed out waiting for 2000 ms' "
    "(an older entry); the frame under it in the code under test (Planner.kt) is as often a test helper's wrapper",
    "hex-timeout-other-package-missing": "LEFT: reads unknown, not transient: hex-fetch-failed reads the timed-out record of "
    "one package and package-not-published the other's missing name, and nothing ties them apart",
}


@pytest.mark.parametrize(("verdict", "log"), labelled(CASES, KNOWN_MISREAD))
def test_review_case_reads_right(verdict, log):
    reads(log, verdict)


@pytest.mark.parametrize("log", logs(NOT_SURELY_TRANSIENT))
def test_review_case_does_not_read_surely_transient(log):
    not_surely_transient(log)


def test_case_ids_are_unique():
    assert_unique_ids(CASES, NOT_SURELY_TRANSIENT)


def test_known_misreads_name_cases():
    assert set(KNOWN_MISREAD) <= {case[0] for case in CASES}


# One line of 50,000 characters of each of these words is read by benchmarks/pattern_speed.py,
# which prints the seconds each takes (a guard against patterns that backtrack; a timing is a
# benchmark's, not a test's).
LONG_LINE_WORDS = [
    "Error: Failed installing dependency: https://luarocks.org/x.rockspec - Error fetching file: Failed downloading ",
    "Error: Failed installing dependency: ",
    "D:\\a\\src\\x.cpp(41,12): error : ",
    "unable to access index for repository https://cloud.r-project.org/",
    "URL 'http://127.0.0.1:8000/x': Timeout of 10 seconds was reached",
]
