"""Thirteenth round, tool sources: compile errors of the languages the catalogue knew less well (Kotlin,
Scala 2/3 and sbt, Swift, GHC and cabal, OCaml and dune, Elm, Dart, Zig, Nim, Crystal, Erlang and rebar3,
Elixir, F#, D and dub, Fortran and fpm, Julia's precompilation, Haxe, Vala), and the smart-contract
toolchains (Foundry's forge and anvil with svm's solc installs, Hardhat 2 and 3, Truffle, solc).

Each case is a short log written for the test around one message as the tool prints it. The wording was
read from the tools' own source where it is public (the comment above each case names the repository and
file holding the format string); hosts, packages, contracts and paths are made up; no project's CI log is
copied.

The rules the cases hold:
  * a compiler that rejected the code, a build tool's summary of such a rejection, a compiler that
    crashed on the input (a signal other than a kill), a library or module that does not exist -> real;
  * a compiler or build killed from outside (SIGKILL, cabal's "was killed") -> transient;
  * a package list, toolchain or solc download cut short by the network or a 5xx -> transient; a
    version that does not exist -> real;
  * a fork test or a fork node whose RPC provider answered 429/5xx, "header not found" (a load-balanced
    node behind the head) or timed out -> transient; refused credentials (401), a missing RPC-URL
    variable -> real;
  * a failing forge test ("[FAIL: ...]", "[FAIL. Reason: ...]"), a revert in a Hardhat or Truffle test,
    a chai matcher's expectation on a revert -> real, whatever the test's name says.
"""

from __future__ import annotations

import pytest
from judging import assert_unique_ids, labelled, logs, not_surely_transient, reads

_EXIT = "##[error]Process completed with exit code 1.\n"
_CIRCLE = "\nExited with code exit status 1\n"

CASES: list[tuple[str, str, str]] = [
    # ------------------------------------------------------------------ Kotlin
    # JetBrains/kotlin compiler/frontend (FirErrors UNRESOLVED_REFERENCE "Unresolved reference ''{0}''."),
    # the Gradle plugin's MessageCollector renders "e: file:///path:line:col message" (checked: wording by doc)
    ("kotlin-k2-unresolved-reference", "real",
     "> Task :core:compileKotlin FAILED\n"
     "e: file:///home/ci/widget/core/src/main/kotlin/org/example/widget/Loader.kt:41:17 Unresolved reference 'parseManifest'.\n"
     "\n"
     "FAILURE: Build failed with an exception.\n"
     "\n"
     "* What went wrong:\n"
     "Execution failed for task ':core:compileKotlin'.\n"
     "> A failure occurred while executing org.jetbrains.kotlin.compilerRunner.GradleCompilerRunnerWithWorkers$GradleKotlinCompilerWorkAction\n"
     "   > Compilation error. See log for more details\n" + _EXIT),
    # the Kotlin Gradle plugin's fallback when its daemon cannot be reached
    # (GradleKotlinCompilerWork.kt COULD_NOT_CONNECT_TO_DAEMON_MESSAGE, "Using fallback strategy: Compile
    # without Kotlin daemon"); the in-process compile then fails on the code
    ("kotlin-daemon-fallback-then-type-mismatch", "real",
     "Could not connect to Kotlin compile daemon\n"
     "Using fallback strategy: Compile without Kotlin daemon\n"
     "Try ./gradlew --stop if this issue persists.\n"
     "e: file:///home/ci/widget/app/src/main/kotlin/org/example/App.kt:12:24 Argument type mismatch: actual type is 'String', but 'Int' was expected.\n"
     "\n"
     "FAILURE: Build failed with an exception.\n"
     "Execution failed for task ':app:compileKotlin'.\n" + _EXIT),
    # ------------------------------------------------------------------ Scala 2 / Scala 3 / sbt
    # scala/scala src/compiler/scala/tools/nsc/typechecker/ContextErrors.scala ("not found: value %s"),
    # sbt's "(Compile / compileIncremental) Compilation failed" (sbt/zinc)
    ("scala2-not-found-value", "real",
     "[info] compiling 14 Scala sources to /home/ci/ledger/target/scala-2.13/classes ...\n"
     "[error] /home/ci/ledger/src/main/scala/org/example/Ledger.scala:33:7: not found: value balanceOf\n"
     "[error]       balanceOf(account)\n"
     "[error]       ^\n"
     "[error] one error found\n"
     "[error] (Compile / compileIncremental) Compilation failed\n"
     "[error] Total time: 41 s, completed Mar 3, 2026, 10:12:04 AM\n" + _EXIT),
    # scala/scala3 compiler/src/dotty/tools/dotc/reporting/messages.scala (NotFoundMsg "Not found: ...",
    # ErrorMessageID E006 "Not Found Error"), the "-- [E006] ... Error: file:line:col" header
    ("scala3-not-found-error", "real",
     "[info] compiling 9 Scala sources to /home/ci/ledger/target/scala-3.4.2/classes ...\n"
     "[error] -- [E006] Not Found Error: /home/ci/ledger/src/main/scala/Ledger.scala:21:4 --\n"
     "[error] 21 |    settle(entries)\n"
     "[error]    |    ^^^^^^\n"
     "[error]    |    Not found: settle\n"
     "[error] one error found\n"
     "[error] (Compile / compileIncremental) Compilation failed\n" + _EXIT),
    # scala/scala3 messages.scala (TypeMismatch, E007 "Type Mismatch Error", "Found: ... Required: ...")
    ("scala3-type-mismatch-error", "real",
     "[error] -- [E007] Type Mismatch Error: /home/ci/ledger/src/main/scala/Posting.scala:14:30 \n"
     "[error] 14 |  def amount: BigDecimal = raw.trim\n"
     "[error]    |                           ^^^^^^^^\n"
     "[error]    |                           Found:    String\n"
     "[error]    |                           Required: BigDecimal\n"
     "[error] one error found\n" + _EXIT),
    # ------------------------------------------------------------------ Swift
    # swiftlang/swift include/swift/AST/DiagnosticsSema.def (cannot_find_in_scope "cannot find %0 in scope")
    ("swift-build-cannot-find-in-scope", "real",
     "Building for debugging...\n"
     "[12/40] Compiling Relay Router.swift\n"
     "/home/ci/relay/Sources/Relay/Router.swift:58:16: error: cannot find 'routeTable' in scope\n"
     "56 |     func resolve(_ path: String) -> Handler? {\n"
     "58 |         return routeTable[path]\n"
     "   |                `- error: cannot find 'routeTable' in scope\n"
     "error: fatalError\n" + _EXIT),
    # swiftlang/swift include/swift/AST/DiagnosticsDriver.def (error_command_signalled "%0 command failed
    # due to signal %1 (use -v to see invocation)"): signal 9 is a kill from outside (the OOM killer)
    ("swiftc-compile-command-signal-9", "transient",
     "[212/380] Compiling Storage Index.swift\n"
     "error: compile command failed due to signal 9 (use -v to see invocation)\n"
     "[213/380] Compiling Storage Schema.swift\n" + _EXIT),
    # the same diagnostic for signal 6/11, under the compiler's "Stack dump:": it crashed on this input
    ("swiftc-compile-command-signal-6-crash", "real",
     "[97/380] Compiling Storage Query.swift\n"
     "Stack dump:\n"
     "0.\tProgram arguments: /usr/bin/swift-frontend -frontend -c Sources/Storage/Query.swift\n"
     "1.\tSwift version 5.10 (swift-5.10-RELEASE)\n"
     "2.\tCompiling with the current language version\n"
     "error: compile command failed due to signal 6 (use -v to see invocation)\n" + _EXIT),
    # llvm/llvm-project clang/include/clang/Basic/DiagnosticDriverKinds.td (err_drv_command_signalled
    # "%0 command failed due to signal %1 (use -v to see invocation)"): the same words from clang, a segfault
    ("clang-frontend-signal-11-crash", "real",
     "[ 61%] Building CXX object src/CMakeFiles/ledger.dir/posting.cpp.o\n"
     "PLEASE submit a bug report to https://github.com/llvm/llvm-project/issues/ and include the crash backtrace.\n"
     "clang++: error: clang frontend command failed due to signal 11 (use -v to see invocation)\n"
     "make[2]: *** [src/CMakeFiles/ledger.dir/build.make:76: src/CMakeFiles/ledger.dir/posting.cpp.o] Error 1\n" + _EXIT),
    # ------------------------------------------------------------------ GHC / cabal
    # ghc/ghc compiler/GHC/Tc/Errors/Ppr.hs ("Variable not in scope:"), GHC-88464 error code
    ("ghc-variable-not-in-scope", "real",
     "[3 of 7] Compiling Ledger.Posting ( src/Ledger/Posting.hs, dist-newstyle/build/Ledger/Posting.o )\n"
     "src/Ledger/Posting.hs:44:12: error: [GHC-88464]\n"
     "    Variable not in scope: roundTo :: Int -> Rational -> Rational\n"
     "   |\n"
     "44 |   let r = roundTo 2 amt\n"
     "   |           ^^^^^^^\n"
     "Error: cabal: Failed to build ledger-0.3.0.0.\n" + _EXIT),
    # haskell/cabal cabal-install/src/Distribution/Client/ProjectOrchestration.hs ("Failed to build %s",
    # "See the build log above for details.")
    ("cabal-failed-to-build-summary", "real",
     "Building library for ledger-0.3.0.0..\n"
     "Error: [Cabal-7125]\n"
     "Failed to build ledger-0.3.0.0 (which is required by test:ledger-test from ledger-0.3.0.0). See the build log above for details.\n" + _EXIT),
    # the same file: "The build process was killed (i.e. SIGKILL). The typical reason for this is that
    # there is not enough memory available (e.g. the OS killed a process using lots of memory)."
    ("cabal-build-process-killed", "transient",
     "[41 of 88] Compiling Ledger.Report.Render\n"
     "Error: [Cabal-7125]\n"
     "Failed to build ledger-0.3.0.0. The build process was killed (i.e. SIGKILL). The typical reason for\n"
     "this is that there is not enough memory available (e.g. the OS killed a process using lots of\n"
     "memory).\n" + _EXIT),
    # cabal-install Distribution/Solver/Modular/Message.hs via "Could not resolve dependencies:" (checked)
    ("cabal-could-not-resolve-dependencies", "real",
     "Resolving dependencies...\n"
     "Error: [Cabal-7107]\n"
     "Could not resolve dependencies:\n"
     "[__0] trying: ledger-0.3.0.0 (user goal)\n"
     "[__1] next goal: base (dependency of ledger)\n"
     "[__1] rejecting: base-4.18.2.1/installed-4.18.2.1 (conflict: ledger => base>=4.20)\n"
     "After searching the rest of the dependency tree exhaustively, these were the goals I've had most trouble fulfilling: base, ledger\n" + _EXIT),
    # ------------------------------------------------------------------ OCaml / dune
    # ocaml/ocaml typing/typecore.ml ("Unbound value %a"), location printer "File %S, line %i, characters"
    ("ocaml-unbound-value", "real",
     "File \"src/posting.ml\", line 27, characters 10-18:\n"
     "27 |   let r = round_to 2 amt in\n"
     "               ^^^^^^^^\n"
     "Error: Unbound value round_to\n"
     "Hint: Did you mean round?\n" + _EXIT),
    # ocaml/dune src/dune_rules/lib.ml (Error.not_found: "Library %S not found.")
    ("dune-library-not-found", "real",
     "File \"src/dune\", line 3, characters 12-20:\n"
     "3 |  (libraries ledgerx yojson))\n"
     "                ^^^^^^^\n"
     "Error: Library \"ledgerx\" not found.\n"
     "-> required by library \"ledger\" in _build/default/src\n" + _EXIT),
    # ------------------------------------------------------------------ Elm
    # elm/compiler compiler/src/Reporting/Error/Canonicalize.hs ("NAMING ERROR", "I cannot find a `%s` variable:")
    ("elm-naming-error", "real",
     "Compiling ...-- NAMING ERROR ----------------------------------------- src/Page/Cart.elm\n"
     "\n"
     "I cannot find a `viewTotal` variable:\n"
     "\n"
     "41|     , viewTotal model.items\n"
     "         ^^^^^^^^^\n"
     "These names seem close though:\n" + _EXIT),
    # elm/compiler builder/src/Reporting/Exit.hs (toRegistryProblemReport "PROBLEM LOADING PACKAGE LIST",
    # "I need the list of published packages to verify your dependencies", the HTTP library's error)
    ("elm-package-list-connection-timeout", "transient",
     "-- PROBLEM LOADING PACKAGE LIST ------------------------------------------------\n"
     "\n"
     "I need the list of published packages to verify your dependencies, so I tried to\n"
     "fetch:\n"
     "\n"
     "    https://package.example.org/all-packages\n"
     "\n"
     "But my HTTP library is giving me the following error message:\n"
     "\n"
     "    ConnectionTimeout\n" + _EXIT),
    # ------------------------------------------------------------------ Dart / Flutter
    # dart-lang/sdk pkg/front_end/messages.yaml (UndefinedMethod "The method '#name' isn't defined for the
    # type '#type'."), flutter_tools "Target kernel_snapshot failed"
    ("dart-cfe-method-not-defined", "real",
     "lib/src/cart.dart:58:12: Error: The method 'totalOf' isn't defined for the type 'Cart'.\n"
     " - 'Cart' is from 'package:shop/src/cart.dart' ('lib/src/cart.dart').\n"
     "    return totalOf(items);\n"
     "           ^^^^^^^\n"
     "Target kernel_snapshot failed: Exception\n"
     "FAILURE: Build failed with an exception.\n" + _EXIT),
    # ------------------------------------------------------------------ Zig
    # ziglang/zig src/Sema.zig ("use of undeclared identifier '{}'"), lib/std/Build/Step.zig
    # ("the following command failed with {d} compilation errors:"), build runner "Build Summary:"
    ("zig-undeclared-identifier", "real",
     "install\n"
     "+- install ledger\n"
     "   +- zig build-exe ledger Debug native 1 errors\n"
     "src/posting.zig:31:16: error: use of undeclared identifier 'roundTo'\n"
     "    const r = roundTo(2, amount);\n"
     "              ^~~~~~~\n"
     "error: the following command failed with 1 compilation errors:\n"
     "/opt/zig/zig build-exe -ODebug --dep ledger -Mroot=/home/ci/ledger/src/main.zig\n"
     "Build Summary: 0/3 steps succeeded; 1 failed\n" + _EXIT),
    # ziglang/zig src/Package/Fetch.zig ("bad HTTP response code: '{d} {s}'")
    ("zig-fetch-bad-http-503", "transient",
     "/home/ci/ledger/build.zig.zon:9:20: error: bad HTTP response code: '503 Service Unavailable'\n"
     "            .url = \"https://codeload.example.org/deps/zigdate/tar.gz/v0.4.1\",\n"
     "                   ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~\n" + _EXIT),
    ("zig-fetch-bad-http-404", "real",
     "/home/ci/ledger/build.zig.zon:9:20: error: bad HTTP response code: '404 Not Found'\n"
     "            .url = \"https://codeload.example.org/deps/zigdate/tar.gz/v0.9.9\",\n"
     "                   ^~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~\n" + _EXIT),
    # ------------------------------------------------------------------ Nim
    # nim-lang/Nim compiler/lookups.nim ("undeclared identifier: '" & name & "'"), msgs "file(line, col) Error:"
    ("nim-undeclared-identifier", "real",
     "Hint: used config file '/home/ci/.choosenim/toolchains/nim-2.0.8/config/nim.cfg' [Conf]\n"
     "........................................................\n"
     "/home/ci/ledger/src/posting.nim(22, 11) Error: undeclared identifier: 'roundTo'\n"
     "candidates (edit distance, scope distance); see '--spellSuggest':\n"
     " (1, 2): 'round'\n"
     "       Tip: 4 messages have been suppressed, use --verbosity:2 to show them.\n"
     "     Error: Build failed for package: ledger\n" + _EXIT),
    # ------------------------------------------------------------------ Crystal
    # crystal-lang/crystal src/compiler/crystal/semantic/call_error.cr ("undefined local variable or method
    # '%s' for %s"), exception.cr ("In %s:%d:%d", "Error: ")
    ("crystal-undefined-method", "real",
     "Showing last frame. Use --error-trace for full trace.\n"
     "\n"
     "In src/ledger/posting.cr:17:9\n"
     "\n"
     " 17 | r = round_to(2, amount)\n"
     "      ^-------\n"
     "Error: undefined local variable or method 'round_to' for Ledger::Posting\n" + _EXIT),
    # ------------------------------------------------------------------ Erlang / rebar3 / Elixir
    # erlang/otp lib/compiler/src/sys_core_fold.erl, erl_lint.erl ("function ~tw/~w undefined"), with the
    # column OTP 24 added; rebar3 src/rebar_compiler_erl.erl ("Compiling ~ts failed")
    ("erlang-function-undefined-with-column", "real",
     "===> Analyzing applications...\n"
     "===> Compiling ledger\n"
     "===> Compiling src/ledger_posting.erl failed\n"
     "src/ledger_posting.erl:31:5: function round_to/2 undefined\n" + _EXIT),
    # elixir-lang/elixir lib/elixir/lib/kernel/parallel_compiler.ex ("== Compilation error in file %s =="),
    # lib/elixir/src/elixir_errors.erl ("cannot compile module %s (errors have been logged)")
    ("elixir-undefined-function-logged", "real",
     "Compiling 12 files (.ex)\n"
     "    error: undefined function round_to/2 (expected Ledger.Posting to define such a function or for it to be imported, but none are available)\n"
     "    │\n"
     " 31 │     round_to(2, amount)\n"
     "    │     ^\n"
     "    │\n"
     "    └─ lib/ledger/posting.ex:31:5: Ledger.Posting.total/1\n"
     "\n"
     "== Compilation error in file lib/ledger/posting.ex ==\n"
     "** (CompileError) lib/ledger/posting.ex: cannot compile module Ledger.Posting (errors have been logged)\n" + _EXIT),
    # ------------------------------------------------------------------ F#
    # dotnet/fsharp src/Compiler/FSComp.txt (FS0039 "The value or constructor '%s' is not defined.")
    ("fsharp-fs0039-not-defined", "real",
     "  Determining projects to restore...\n"
     "/home/ci/ledger/src/Posting.fs(22,13): error FS0039: The value or constructor 'roundTo' is not defined. [/home/ci/ledger/src/Ledger.fsproj]\n"
     "\n"
     "Build FAILED.\n"
     "    0 Warning(s)\n"
     "    1 Error(s)\n" + _EXIT),
    # ------------------------------------------------------------------ D / dub
    # dlang/dmd compiler/src/dmd/expressionsem.d ("undefined identifier `%s`"), dlang/dub
    # source/dub/compilers/utils.d ("%s failed with exit code %s.")
    ("dmd-undefined-identifier-dub", "real",
     "    Building ledger ~master: building configuration [application]\n"
     "source/posting.d(22,13): Error: undefined identifier `roundTo`\n"
     "Error /usr/bin/dmd failed with exit code 1.\n" + _EXIT),
    # ------------------------------------------------------------------ Fortran / fpm
    # gcc gcc/fortran/resolve.cc ("Symbol %qs at %L has no IMPLICIT type"), fortran-lang/fpm
    # src/fpm_backend.F90 ("<ERROR> Compilation failed for object", "stopping due to failed compilation")
    ("gfortran-no-implicit-type-fpm", "real",
     "[ 40%] posting.f90\n"
     "src/posting.f90:22:13:\n"
     "\n"
     "   22 |     total = rnd(amount, 2)\n"
     "      |             1\n"
     "Error: Symbol 'rnd' at (1) has no IMPLICIT type\n"
     "<ERROR> Compilation failed for object \" src_posting.f90.o \"\n"
     "<ERROR> stopping due to failed compilation\n"
     "STOP 1\n" + _EXIT),
    # ------------------------------------------------------------------ Julia
    # JuliaLang/julia base/loading.jl ("Failed to precompile $pkg to $path"), base/precompilation.jl
    # ("The following %d direct dependency failed to precompile:")
    ("julia-failed-to-precompile", "real",
     "Precompiling project...\n"
     "  \u2717 Ledger\n"
     "  0 dependencies successfully precompiled in 14 seconds. 31 already precompiled.\n"
     "ERROR: The following 1 direct dependency failed to precompile:\n"
     "\n"
     "Ledger\n"
     "\n"
     "Failed to precompile Ledger [1b2c3d4e-0000-4000-8000-00000000beef] to \"/home/ci/.julia/compiled/v1.10/Ledger/jl_Ab12Cd\".\n"
     "ERROR: LoadError: UndefVarError: `round_to` not defined\n" + _EXIT),
    # ------------------------------------------------------------------ Haxe
    # HaxeFoundation/haxe src/typing/typer.ml ("Unknown identifier : %s"), the "characters a-b :" locator
    ("haxe-unknown-identifier", "real",
     "haxe build.hxml\n"
     "src/ledger/Posting.hx:22: characters 13-20 : Unknown identifier : roundTo\n" + _EXIT),
    # ------------------------------------------------------------------ Vala
    # GNOME/vala vala/valamemberaccess.vala ("The name `%s' does not exist in the context of `%s'"),
    # compiler/valacompiler.vala ("Compilation failed: %d error(s), %d warning(s)")
    ("vala-name-does-not-exist", "real",
     "[3/9] Compiling Vala source ../src/posting.vala\n"
     "../src/posting.vala:22.13-22.19: error: The name `round_to' does not exist in the context of `Ledger.Posting.total'\n"
     "        var r = round_to (2, amount);\n"
     "                ^^^^^^^^\n"
     "Compilation failed: 1 error(s), 0 warning(s)\n"
     "ninja: build stopped: subcommand failed.\n" + _EXIT),

    # ================================================================== smart-contract toolchains
    # ------------------------------------------------------------------ forge build
    # foundry-rs/foundry crates/common/src/term.rs ("Compiling {} files with {} {}", "{} finished in"),
    # foundry-rs/compilers ("Compiler run failed:"), ethereum/solidity liblangutil/SourceReferenceFormatter.cpp
    # ("Error (%d): ...", " --> file:line:col:")
    ("forge-build-undeclared-identifier", "real",
     "[\u280a] Compiling...\n"
     "[\u2812] Compiling 61 files with Solc 0.8.26\n"
     "[\u2822] Solc 0.8.26 finished in 3.41s\n"
     "Error: Compiler run failed:\n"
     "Error (7576): Undeclared identifier.\n"
     "  --> src/Vault.sol:88:16:\n"
     "   |\n"
     "88 |         return previewRedeemFor(shares);\n"
     "   |                ^^^^^^^^^^^^^^^^\n" + _EXIT),
    # the older solc one-line form ("file:line:col: TypeError: ...") inside the same run
    ("forge-build-old-solc-type-error", "real",
     "[\u2812] Compiling 12 files with Solc 0.6.12\n"
     "[\u2822] Solc 0.6.12 finished in 1.02s\n"
     "Error: Compiler run failed:\n"
     "src/Pool.sol:41:9: TypeError: Member \"sync\" not found or not visible after argument-dependent lookup in contract IPair.\n"
     "        pair.sync();\n"
     "        ^-------^\n" + _EXIT),
    # forge's own message for an import it cannot resolve (foundry crates/common report::format_unresolved
    # _imports) then solc's "Source ... not found" (SourceReferenceFormatter, ParserError 6275)
    ("forge-build-source-not-found", "real",
     "[\u2812] Compiling 3 files with Solc 0.8.24\n"
     "Error: Compiler run failed:\n"
     "Error (6275): Source \"lib/oracle-kit/src/IOracle.sol\" not found: File not found. Searched the following locations: \"/home/ci/vault\".\n"
     " --> src/Vault.sol:6:1:\n" + _EXIT),
    # ------------------------------------------------------------------ forge test
    # foundry crates/forge/src/result.rs ("[FAIL: {reason}] {name}", "Suite result: {}. {} passed; {} failed",
    # "Encountered {failed} failing {term} in {suite}", "Encountered a total of {} failing tests")
    ("forge-test-fail-revert-reason", "real",
     "Ran 4 tests for test/Vault.t.sol:VaultTest\n"
     "[PASS] testDeposit() (gas: 118233)\n"
     "[FAIL: ERC4626ExceededMaxRedeem(0x7FA9385bE102ac3EAc297483Dd6233D62b3e1496, 1000, 999)] testRedeemAll() (gas: 90412)\n"
     "Suite result: FAILED. 3 passed; 1 failed; 0 skipped; finished in 12.04ms (3.11ms CPU time)\n"
     "\n"
     "Failing tests:\n"
     "Encountered 1 failing test in test/Vault.t.sol:VaultTest\n"
     "[FAIL: ERC4626ExceededMaxRedeem(0x7FA9385bE102ac3EAc297483Dd6233D62b3e1496, 1000, 999)] testRedeemAll() (gas: 90412)\n"
     "\n"
     "Encountered a total of 1 failing tests, 3 tests succeeded\n" + _EXIT),
    # the same format without a reason (result.rs pushes "[FAIL" and closes it when no reason is known)
    ("forge-test-fail-no-reason", "real",
     "Ran 2 tests for test/Vault.t.sol:VaultTest\n"
     "[PASS] testDeposit() (gas: 118233)\n"
     "[FAIL] testSweep() (gas: 22104)\n"
     "Suite result: FAILED. 1 passed; 1 failed; 0 skipped; finished in 1.20ms (0.51ms CPU time)\n" + _EXIT),
    # forge before 0.2's result format ("[FAIL. Reason: {reason}] {name}"), an assertEq from forge-std
    ("forge-test-fail-dot-reason-assertion", "real",
     "Running 2 tests for test/Pool.t.sol:PoolTest\n"
     "[PASS] testSwap() (gas: 201144)\n"
     "[FAIL. Reason: Assertion failed.] testFees() (gas: 55210)\n"
     "Logs:\n"
     "  Error: a == b not satisfied [uint]\n"
     "        Left: 30\n"
     "       Right: 25\n"
     "Test result: FAILED. 1 passed; 1 failed; finished in 4.21ms\n" + _EXIT),
    # forge-std's assertEq message in a newer forge ("assertion failed: {} != {}")
    ("forge-test-fail-assertion-not-equal", "real",
     "Ran 3 tests for test/Fees.t.sol:FeesTest\n"
     "[FAIL: assertion failed: 3000 != 2500] testProtocolFee() (gas: 41877)\n"
     "Suite result: FAILED. 2 passed; 1 failed; 0 skipped; finished in 3.90ms (1.20ms CPU time)\n"
     "Encountered a total of 1 failing tests, 2 tests succeeded\n" + _EXIT),
    # foundry result.rs ("[FAIL: {}; counterexample: {}]"), a fuzz test's shrunk input
    ("forge-fuzz-counterexample", "real",
     "Ran 1 test for test/Math.t.sol:MathTest\n"
     "[FAIL: panic: arithmetic underflow or overflow (0x11); counterexample: calldata=0x1a2b3c4d0000 args=[115792089237316195423570985008687907853269984665640564039457584007913129639935]] testFuzz_mulDiv(uint256) (runs: 17, \u03bc: 4410, ~: 4410)\n"
     "Suite result: FAILED. 0 passed; 1 failed; 0 skipped; finished in 9.88ms (8.70ms CPU time)\n" + _EXIT),
    # foundry crates/evm/core/src/opts.rs (fork_env_error_context "could not instantiate forked environment
    # with provider {host}"), crates/cli/src/handler.rs ("Context:", "- Error #{n}: {error}"), alloy
    # transports ("HTTP error {status} with body: {body}")
    ("forge-fork-provider-429", "transient",
     "[\u2822] Compiling 61 files with Solc 0.8.26\n"
     "[\u2822] Solc 0.8.26 finished in 3.41s\n"
     "Error: could not instantiate forked environment with provider eth-mainnet.example.org\n"
     "\n"
     "Context:\n"
     "- Error #0: failed to get latest block number\n"
     "- Error #1: HTTP error 429 with body: {\"jsonrpc\":\"2.0\",\"id\":1,\"error\":{\"code\":429,\"message\":\"Your app has exceeded its compute units per second capacity.\"}}\n" + _EXIT),
    ("forge-fork-provider-502", "transient",
     "Error: could not instantiate forked environment with provider rpc.example.org\n"
     "\n"
     "Context:\n"
     "- Error #0: failed to get latest block number\n"
     "- Error #1: HTTP error 502 with body: <html><head><title>502 Bad Gateway</title></head></html>\n" + _EXIT),
    # foundry-rs/foundry-fork-db src/error.rs ("failed to get account for {0}: {1}"), reqwest's
    # "error sending request for url (...)" with the operation timed out, inside a test's [FAIL: ...]
    ("forge-fork-account-fetch-timeout", "transient",
     "Ran 2 tests for test/fork/Swap.t.sol:SwapForkTest\n"
     "[FAIL: failed to get account for 0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48: error sending request for url (https://rpc.example.org/v2/KEY): operation timed out] testSwapOnFork() (gas: 0)\n"
     "Suite result: FAILED. 1 passed; 1 failed; 0 skipped; finished in 45.01s (45.00s CPU time)\n" + _EXIT),
    # alloy-rs/alloy crates/json-rpc/src/response/error.rs ("server returned an error response: {0}",
    # ErrorPayload "error code {code}: {message}"): "header not found" from a load-balanced node behind
    # the head (Hardhat's own client retries this very wording: hardhat-network/jsonrpc/client.ts)
    ("forge-fork-header-not-found", "transient",
     "Ran 1 test for test/fork/Liquidate.t.sol:LiquidateForkTest\n"
     "[FAIL: vm.createSelectFork: could not instantiate forked environment with provider rpc.example.org: failed to get block number: server returned an error response: error code -32000: header not found] setUp() (gas: 0)\n"
     "Suite result: FAILED. 0 passed; 1 failed; 0 skipped; finished in 2.31s (0.00ns CPU time)\n" + _EXIT),
    # near-miss: the provider refused the key (401), the same on every run
    ("forge-fork-provider-401", "real",
     "Error: could not instantiate forked environment with provider eth-mainnet.example.org\n"
     "\n"
     "Context:\n"
     "- Error #0: failed to get latest block number\n"
     "- Error #1: HTTP error 401 with body: {\"jsonrpc\":\"2.0\",\"id\":1,\"error\":{\"code\":-32600,\"message\":\"Must be authenticated!\"}}\n" + _EXIT),
    # near-miss: foundry crates/cheatcodes/src/env.rs ("environment variable {key:?} not found") in setUp
    ("forge-fork-rpc-env-var-missing", "real",
     "Ran 3 tests for test/fork/Bridge.t.sol:BridgeForkTest\n"
     "[FAIL: vm.envString: environment variable \"MAINNET_RPC_URL\" not found] setUp() (gas: 0)\n"
     "Suite result: FAILED. 0 passed; 1 failed; 0 skipped; finished in 1.02ms (0.00ns CPU time)\n" + _EXIT),
    # near-miss: a test of the project's own RPC retry logic, failing on its assertion
    ("forge-test-named-rate-limit-fails-assertion", "real",
     "Ran 2 tests for test/Throttle.t.sol:ThrottleTest\n"
     "[FAIL: assertion failed: 429 != 200] testTooManyRequestsIsRetried() (gas: 30122)\n"
     "Suite result: FAILED. 1 passed; 1 failed; 0 skipped; finished in 2.11ms (0.90ms CPU time)\n"
     "Encountered a total of 1 failing tests, 1 tests succeeded\n" + _EXIT),
    # ------------------------------------------------------------------ anvil
    # foundry crates/anvil/src/config.rs (wrap_err "failed to get fork block number")
    ("anvil-fork-block-number-503", "transient",
     "Error: failed to get fork block number\n"
     "\n"
     "Context:\n"
     "- Error #0: HTTP error 503 with body: upstream connect error or disconnect/reset before headers\n"
     "Exited with code exit status 1\n"),
    # ------------------------------------------------------------------ svm (forge's solc installs)
    # alloy-rs/svm-rs crates/svm-rs/src/error.rs ("Install step for solc version {0} timed out after {1}
    # seconds", "Received unsuccessful response with code {1} for {0}"), foundry term.rs ("Failed to install
    # Solc {version}: {error}")
    ("svm-install-timed-out", "transient",
     "[\u2802] Installing Solc version 0.8.26\n"
     "Failed to install Solc 0.8.26: Install step for solc version 0.8.26 timed out after 120 seconds\n"
     "Error: Install step for solc version 0.8.26 timed out after 120 seconds\n" + _EXIT),
    ("svm-install-unsuccessful-503", "transient",
     "[\u2802] Installing Solc version 0.8.24\n"
     "Failed to install Solc 0.8.24: Received unsuccessful response with code 503 Service Unavailable for https://binaries.example.org/linux-amd64/solc-linux-amd64-v0.8.24+commit.e11b9ed9\n"
     "Error: Received unsuccessful response with code 503 Service Unavailable for https://binaries.example.org/linux-amd64/solc-linux-amd64-v0.8.24+commit.e11b9ed9\n" + _EXIT),
    # near-miss: svm-rs error.rs ("Unsupported version {0} for platform {1}"): that solc was never built here
    ("svm-unsupported-version-for-platform", "real",
     "[\u2802] Installing Solc version 0.4.11\n"
     "Error: Unsupported version 0.4.11 for platform LinuxAarch64\n" + _EXIT),
    # ------------------------------------------------------------------ Hardhat
    # NomicFoundation/hardhat (v2) packages/hardhat-core/src/internal/core/errors-list.ts (HH502
    # VERSION_LIST_DOWNLOAD_FAILED, HH501 DOWNLOAD_FAILED), errors.ts (ERROR_PREFIX "HH")
    ("hardhat-hh502-version-list", "transient",
     "$ npx hardhat compile\n"
     "Error HH502: Couldn't download compiler version list. Please check your internet connection and try again.\n"
     "\n"
     "For more info go to https://hardhat.org/HH502 or run Hardhat with --show-stack-traces\n" + _EXIT),
    ("hardhat-hh501-download-failed", "transient",
     "Downloading compiler 0.8.24\n"
     "Error HH501: Couldn't download compiler version 0.8.24. Please check your internet connection and try again.\n"
     "\n"
     "For more info go to https://hardhat.org/HH501 or run Hardhat with --show-stack-traces\n" + _CIRCLE),
    # Hardhat 3 packages/hardhat-errors/src/descriptors.ts (904 DOWNLOAD_FAILED, ERROR_PREFIX "HHE")
    ("hardhat3-hhe904-download-failed", "transient",
     "Downloading solc 0.8.28\n"
     "Error HHE904: Couldn't download compiler version 0.8.28. Please check your internet connection and try again.\n" + _EXIT),
    # near-miss: descriptors.ts (903 INVALID_SOLC_VERSION "Solidity version {version} is invalid or hasn't
    # been released yet."): the config names a version that does not exist
    ("hardhat3-hhe903-invalid-solc-version", "real",
     "Error HHE903: Solidity version 0.8.99 is invalid or hasn't been released yet.\n"
     "\n"
     "If you are certain it has been released, run \"npx hardhat clean --global\" and try again\n" + _EXIT),
    # hardhat v2 packages/hardhat-core/src/internal/core/providers/http.ts ("Too Many Requests error received
    # from ${url.hostname}")
    ("hardhat-provider-too-many-requests", "transient",
     "  Deployment on mainnet fork\n"
     "    1) \"before all\" hook for \"swaps through the router\"\n"
     "\n"
     "  0 passing (8s)\n"
     "  1 failing\n"
     "\n"
     "  1) Deployment on mainnet fork\n"
     "       \"before all\" hook for \"swaps through the router\":\n"
     "     ProviderError: Too Many Requests error received from eth-mainnet.example.org\n" + _EXIT),
    # a forked Hardhat network's upstream answering geth's "header not found" (retried once by hardhat's
    # own client for hosted providers: hardhat-network/jsonrpc/client.ts _shouldRetry)
    ("hardhat-fork-header-not-found", "transient",
     "  1 failing\n"
     "\n"
     "  1) Liquidation on fork\n"
     "       \"before each\" hook for \"liquidates an underwater position\":\n"
     "     ProviderError: header not found\n"
     "      at HttpProvider.request (node_modules/hardhat/src/internal/core/providers/http.ts:90:21)\n" + _EXIT),
    # hardhat v2 errors-list.ts (HH109 NETWORK_TIMEOUT "Network connection timed out.")
    ("hardhat-hh109-network-timeout", "transient",
     "Error HH109: Network connection timed out.\n"
     "Please check your internet connection and networks config\n"
     "\n"
     "For more info go to https://hardhat.org/HH109 or run Hardhat with --show-stack-traces\n" + _EXIT),
    # hardhat v2 errors-list.ts (HH108 NODE_IS_NOT_RUNNING "Cannot connect to the network %network%."),
    # for a remote network (the localhost form is left out: a node still starting and no node started at all
    # print the same words)
    ("hardhat-hh108-cannot-connect-remote", "transient",
     "Error HH108: Cannot connect to the network sepolia.\n"
     "Please make sure your node is running, and check your internet connection and networks config\n"
     "\n"
     "For more info go to https://hardhat.org/HH108 or run Hardhat with --show-stack-traces\n" + _EXIT),
    # Hardhat 3 descriptors.ts (704 NETWORK_TIMEOUT "Network connection timed out.")
    ("hardhat3-hhe704-network-timeout", "transient",
     "Error HHE704: Network connection timed out.\n"
     "Please check your internet connection and networks config\n" + _CIRCLE),
    # near-miss: a mocha test of the project's own retry logic, named after the outage it simulates
    ("hardhat-test-named-too-many-requests-fails", "real",
     "  RpcClient\n"
     "    1) retries after Too Many Requests\n"
     "\n"
     "  0 passing (310ms)\n"
     "  1 failing\n"
     "\n"
     "  1) RpcClient\n"
     "       retries after Too Many Requests:\n"
     "     AssertionError: expected 1 to equal 3\n"
     "      + expected - actual\n" + _EXIT),
    # solc's ParserError through Hardhat 2 (errors-list.ts HH600 "Compilation failed")
    ("hardhat-solc-parser-error-hh600", "real",
     "Compiling 14 files with 0.8.24\n"
     "ParserError: Expected ';' but got '}'\n"
     "  --> contracts/Vault.sol:91:5:\n"
     "   |\n"
     "91 |     }\n"
     "   |     ^\n"
     "\n"
     "Error HH600: Compilation failed\n" + _EXIT),
    # a revert in a Hardhat test (EDR's "VM Exception while processing transaction: reverted with reason
    # string '%s'"), under mocha's "1 failing"
    ("hardhat-test-reverted-with-reason", "real",
     "  Vault\n"
     "    \u2714 accepts deposits (71ms)\n"
     "    1) lets the owner sweep fees\n"
     "\n"
     "  1 passing (2s)\n"
     "  1 failing\n"
     "\n"
     "  1) Vault\n"
     "       lets the owner sweep fees:\n"
     "     Error: VM Exception while processing transaction: reverted with reason string 'Ownable: caller is not the owner'\n"
     "    at Vault.sweep (contracts/Vault.sol:120)\n" + _EXIT),
    # NomicFoundation/hardhat packages/hardhat-chai-matchers (revertedWith: "Expected transaction to be
    # reverted with reason '%s', but it reverted with reason '%s'")
    ("hardhat-chai-reverted-with-mismatch", "real",
     "  1 failing\n"
     "\n"
     "  1) Token\n"
     "       rejects transfers over balance:\n"
     "     AssertionError: Expected transaction to be reverted with reason 'ERC20: transfer amount exceeds balance', but it reverted with reason 'InsufficientBalance'\n" + _EXIT),
    # ------------------------------------------------------------------ Truffle / Ganache
    # trufflesuite/truffle packages/compile-solidity compilerSupplier/errors ("Failed to fetch the Solidity
    # compiler from the following locations: ... Are you connected to the internet?")
    ("truffle-compiler-fetching-error", "transient",
     "Compiling your contracts...\n"
     "===========================\n"
     "Error: Failed to fetch the Solidity compiler from the following locations: https://relay.example.org/solc/bin/,https://solc-bin.example.org/bin/. Are you connected to the internet?\n"
     "\n"
     "    at VersionRange.getSolcByCommit (/usr/lib/node_modules/truffle/build/cli.bundled.js:58231:11)\n"
     "Truffle v5.11.5 (core: 5.11.5)\n"
     "Node v18.20.4\n" + _EXIT),
    # trufflesuite/truffle packages/provider ("There was a timeout while attempting to connect to the network
    # at %s. Check to see that your provider is valid.")
    ("truffle-network-connect-timeout", "transient",
     "Using network 'sepolia'.\n"
     "\n"
     "Error: There was a timeout while attempting to connect to the network at https://rpc.example.org.\n"
     "       Check to see that your provider is valid.\n"
     "       If you have a slow internet connection, try configuring a longer timeout in your Truffle config. Use the networks[networkName].networkCheckTimeout property to do this.\n"
     "Truffle v5.11.5 (core: 5.11.5)\n" + _EXIT),
    # a revert in a Truffle test against Ganache (web3's "Returned error: VM Exception while processing
    # transaction: revert %s")
    ("truffle-test-vm-exception-revert", "real",
     "  Contract: Escrow\n"
     "    \u2714 holds the deposit (88ms)\n"
     "    1) releases to the payee\n"
     "\n"
     "  1 passing (1s)\n"
     "  1 failing\n"
     "\n"
     "  1) Contract: Escrow\n"
     "       releases to the payee:\n"
     "     Error: Returned error: VM Exception while processing transaction: revert Escrow: not arbiter -- Reason given: Escrow: not arbiter.\n" + _EXIT),
]

# Wordings printed for an outage as for a persistent cause: no sure transient verdict.
NOT_SURELY_TRANSIENT: list[tuple[str, str]] = [
    # geth's "missing trie node" through a fork: a pruned (non-archive) provider asked for an old block
    # does so on every run; a node mid-sync does so once
    ("forge-fork-missing-trie-node",
     "[FAIL: failed to get account for 0x5f4eC3Df9cbd43714FE2740f5E3616155c5b8419: server returned an error response: error code -32000: missing trie node 8f1c0a (path ) state 0x8f1c0a is not available] testOracleOnFork() (gas: 0)\n"
     "Suite result: FAILED. 0 passed; 1 failed; 0 skipped; finished in 3.20s (3.19s CPU time)\n" + _EXIT),
    # Hardhat 2 errors-list.ts (HH503 INVALID_DOWNLOAD "Couldn't download compiler version %s: Checksum
    # verification failed."): a truncated download or a changed binary
    ("hardhat-hh503-checksum",
     "Error HH503: Couldn't download compiler version 0.8.24: Checksum verification failed.\n"
     "Please check your internet connection and try again.\n"
     "If this error persists, run \"npx hardhat clean --global\".\n" + _EXIT),
    # svm-rs error.rs ("Checksum mismatch for version {version}: expected: {expected}, actual: {actual}")
    ("svm-checksum-mismatch",
     "[\u2802] Installing Solc version 0.8.20\n"
     "Error: Checksum mismatch for version 0.8.20: expected: 3a8b0c, actual: 77e190\n" + _EXIT),
    # truffle compilerSupplier ("Could not find a compiler version matching %s"): a version that does not
    # exist, or a version list that could not be fetched (truffle prints the same words for both)
    ("truffle-no-compiler-version-matching",
     "Compiling your contracts...\n"
     "Error: Could not find a compiler version matching 0.8.21. Please ensure you are specifying a valid version, constraint or build in the truffle config. Run `truffle compile --list` to see available versions.\n" + _EXIT),
]


@pytest.mark.parametrize(("verdict", "log"), labelled(CASES))
def test_compiler_and_contract_tool_message_reads_right(verdict, log):
    reads(log, verdict)


@pytest.mark.parametrize("log", logs(NOT_SURELY_TRANSIENT))
def test_ambiguous_contract_tool_failures_do_not_read_surely_transient(log):
    not_surely_transient(log)


def test_case_ids_are_unique():
    assert_unique_ids(CASES, NOT_SURELY_TRANSIENT)


# One line of 50,000 characters of each of these words is read by benchmarks/pattern_speed.py,
# which prints the seconds each takes (a guard against patterns that backtrack; a timing is a
# benchmark's, not a test's).
LONG_LINE_WORDS = [
    "-- [E007] Type Mismatch Error: x.scala:1:2 ",
    "-- UNFINISHED LET LET LET ---- x.elm ",
    "[FAIL: revert: x [FAIL. Reason: ] ] ",
    "Failed to build ledger-0.3.0.0 (which ",
    "Failed to precompile X [1b2c3d4e] to ",
    "error code -32000: header not found HTTP error 429 with body ",
]
