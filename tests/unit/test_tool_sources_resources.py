"""Twelfth round, tool sources: how compilers, linkers, language runtimes, build tools and the OS word
resource exhaustion and outside kills in a CI job.

Each case is a short log written for the test around one message as the tool prints it. The comment above
each case names the repository and file holding the format string (GCC, LLVM, binutils, mold, rustc/cargo,
Go, OpenJDK, Kotlin, Gradle, V8/Node, CPython, joblib/loky, PyTorch, .NET/MSBuild, Moby/BuildKit, Chromium),
read through the code index or from memory of those trees; the strerror() wordings are glibc's. Wordings
that rest on documentation rather than source say so. Hosts, packages, tests and paths are made up; no
project's CI log is copied. Test runners' lost workers are covered by test_tool_sources_runners.py and are
not repeated here.

The conventions: a process killed from outside (SIGKILL, exit 137, the OOM killer) or a host out of memory,
disk, processes or file handles reads transient (resource). A crash in the project's own code (a segfault in
its native extension, an assertion abort, a stack overflow from recursion), a compiler crash on the source,
or a limit the change always hits (an argument list too long, the inotify watch limit a watcher hits on the
project's tree) reads real. An exhaustion that may be a persistent property of the change (a build that
always needs more memory than the executor has) cannot be told from one log: a compile, link or bundle step's
own out-of-memory (a killed compiler or linker, V8's heap limit) reads unknown since the twentieth round (public
threads split evenly between a bigger machine and a one-off; test_rules20_leftovers.py), GCC's older "internal
compiler error: Killed (program cc1plus)" form still transient; a pod eviction, the kernel's OOM killer on another
process and a bare exit 137 read transient, and the cases below that assert so say it in a comment.
"""

from __future__ import annotations

import pytest
from judging import assert_unique_ids, labelled, logs, not_surely_transient, reads

_GHA = "##[error]Process completed with exit code 1.\n"
_CIRCLE = "Exited with code exit status 2\n"
_GITLAB = "ERROR: Job failed: exit code 1\n"

CASES: list[tuple[str, str, str]] = [
    # ------------------------------------------------------------------ GCC
    # gcc-mirror/gcc gcc/gcc.cc execute(): a driver child that died on a signal is reported as
    # internal_error_no_backtrace ("%s (program %s)", strsignal, prog) in older GCCs. A build that always
    # needs more memory than the executor has reads the same: the engine calls it transient.
    ("gcc-ice-killed-cc1plus", "transient",
     "[ 61%] Building CXX object src/CMakeFiles/geo.dir/tables/projections.cpp.o\n"
     "c++: internal compiler error: Killed (program cc1plus)\n"
     "Please submit a full bug report,\n"
     "with preprocessed source if appropriate.\n"
     "See <file:///usr/share/doc/gcc-9/README.Bugs> for instructions.\n"
     "make[2]: *** [src/CMakeFiles/geo.dir/build.make:90: src/CMakeFiles/geo.dir/tables/projections.cpp.o] Error 4\n"
     "make[1]: *** [CMakeFiles/Makefile2:143: src/CMakeFiles/geo.dir/all] Error 2\n"
     "make: *** [Makefile:136: all] Error 2\n" + _CIRCLE),
    # gcc/gcc.cc execute() in GCC 10+: SIGKILL is no longer an ICE ("%s signal terminated program %s")
    # (twentieth round, leftovers20) was transient: a build step's own out-of-memory is neither surely transient nor surely
    # real (a larger resource class or a config change as often as a one-off; test_rules20_leftovers.py)
    ("gcc-killed-signal-terminated-program", "unknown",
     "[412/1380] Building CXX object third_party/CMakeFiles/solver.dir/dense_matrix.cc.o\n"
     "FAILED: third_party/CMakeFiles/solver.dir/dense_matrix.cc.o\n"
     "/usr/bin/c++ -O2 -g -std=c++17 -c /src/third_party/dense_matrix.cc\n"
     "c++: fatal error: Killed signal terminated program cc1plus\n"
     "compilation terminated.\n"
     "ninja: build stopped: subcommand failed.\n" + _GHA),
    # libiberty/xmalloc.c xmalloc_failed() ("%s%sout of memory allocating %lu bytes after a total of %lu bytes")
    # (twentieth round, leftovers20) was transient: a build step's own out-of-memory is neither surely transient nor surely
    # real (a larger resource class or a config change as often as a one-off; test_rules20_leftovers.py)
    ("gcc-xmalloc-out-of-memory", "unknown",
     "g++ -O3 -c generated/unicode_tables.cpp -o build/unicode_tables.o\n"
     "\n"
     "cc1plus: out of memory allocating 1073745919 bytes after a total of 3145728 bytes\n"
     "make: *** [Makefile:58: build/unicode_tables.o] Error 1\n" + _GITLAB),
    # gcc/collect-utils.cc collect_wait() ("%s terminated with signal %d [%s]%s"): the linker was killed
    # (twentieth round, leftovers20) was transient: a build step's own out-of-memory is neither surely transient nor surely
    # real (a larger resource class or a config change as often as a one-off; test_rules20_leftovers.py)
    ("collect2-ld-killed-signal-9", "unknown",
     "[ 98%] Linking CXX executable bin/render_server\n"
     "collect2: fatal error: ld terminated with signal 9 [Killed]\n"
     "compilation terminated.\n"
     "make[2]: *** [apps/CMakeFiles/render_server.dir/build.make:311: bin/render_server] Error 1\n"
     "make[1]: *** [CMakeFiles/Makefile2:488: apps/CMakeFiles/render_server.dir/all] Error 2\n" + _GHA),
    # the same format string when the linker crashed on its input (SIGSEGV): a linker bug hit by this
    # link, which the next run hits again
    ("collect2-ld-segfault", "real",
     "[100%] Linking CXX shared library libplugin.so\n"
     "collect2: fatal error: ld terminated with signal 11 [Segmentation fault], core dumped\n"
     "compilation terminated.\n"
     "make[2]: *** [CMakeFiles/plugin.dir/build.make:97: libplugin.so] Error 1\n" + _GHA),
    # gcc/collect2.cc ("%s returned %d exit status"): the link failed on the code
    ("collect2-ld-returned-1-undefined-reference", "real",
     "[100%] Linking CXX executable tests/unit_tests\n"
     "/usr/bin/ld: CMakeFiles/unit_tests.dir/test_cache.cpp.o: in function `CacheTest_Evicts_Test::TestBody()':\n"
     "test_cache.cpp:(.text+0x2f1): undefined reference to `cache::Lru::evict(unsigned long)'\n"
     "collect2: error: ld returned 1 exit status\n"
     "make[2]: *** [tests/CMakeFiles/unit_tests.dir/build.make:120: tests/unit_tests] Error 1\n" + _GHA),

    # ------------------------------------------------------------------ Clang / LLVM
    # llvm/llvm-project clang/include/clang/Basic/DiagnosticDriverKinds.td (err_drv_command_failure
    # "unable to execute command: %0", err_drv_command_signalled "%0 command failed due to signal (use -v
    # to see invocation)"); the %0 of the first is strsignal's "Killed"
    # (review 20e) was transient: the same kill of a build step in Clang's words as the twentieth round's build_step_own_oom
    # forms, read alike (neither surely transient nor surely real; test_rules20_leftovers.py, test_review20_e.py)
    ("clang-unable-to-execute-killed", "unknown",
     "[ 73%] Building CXX object src/CMakeFiles/query.dir/planner/rewrite.cpp.o\n"
     "clang++: error: unable to execute command: Killed\n"
     "clang++: error: clang frontend command failed due to signal (use -v to see invocation)\n"
     "Ubuntu clang version 14.0.0-1ubuntu1.1\n"
     "Target: x86_64-pc-linux-gnu\n"
     "make[2]: *** [src/CMakeFiles/query.dir/build.make:174: src/CMakeFiles/query.dir/planner/rewrite.cpp.o] Error 254\n"
     + _CIRCLE),
    # (review 20e) was transient: the same kill of a build step in Clang's words as the twentieth round's build_step_own_oom
    # forms, read alike (neither surely transient nor surely real; test_rules20_leftovers.py, test_review20_e.py)
    ("clang-linker-killed", "unknown",
     "[ 99%] Linking CXX executable bin/indexer\n"
     "clang: error: unable to execute command: Killed\n"
     "clang: error: linker command failed due to signal (use -v to see invocation)\n"
     "make[2]: *** [tools/CMakeFiles/indexer.dir/build.make:140: bin/indexer] Error 1\n" + _GHA),
    # llvm/lib/Support/ErrorHandling.cpp report_bad_alloc_error() ("LLVM ERROR: out of memory", "Allocation failed")
    # (rustc sets LLVM's program name, so its line reads "rustc-LLVM ERROR: out of memory")
    ("rustc-llvm-error-out-of-memory", "transient",
     "   Compiling shapes v0.4.2 (/home/ci/work/shapes)\n"
     "rustc-LLVM ERROR: out of memory\n"
     "Allocation failed\n"
     "error: could not compile `shapes` (lib)\n"
     "\n"
     "Caused by:\n"
     "  process didn't exit successfully: `rustc --crate-name shapes --edition=2021 src/lib.rs` "
     "(signal: 6, SIGABRT: process abort signal)\n" + _GHA),

    # the same handler in lld during an LTO link, the driver reporting the linker's signal
    ("lld-lto-llvm-error-out-of-memory", "transient",
     "[100%] Linking CXX executable bin/engine\n"
     "LLVM ERROR: out of memory\n"
     "Allocation failed\n"
     "clang: error: linker command failed due to signal (use -v to see invocation)\n"
     "ninja: build stopped: subcommand failed.\n" + _GHA),

    # ------------------------------------------------------------------ linkers
    # bminor/binutils-gdb bfd/bfd.c bfd_errmsgs ("memory exhausted" for bfd_error_no_memory), ld/ldwrite.c
    # ("%F%P: final link failed: %E")
    ("gnu-ld-final-link-memory-exhausted", "transient",
     "[100%] Linking CXX executable bin/simulator\n"
     "/usr/bin/ld: final link failed: memory exhausted\n"
     "collect2: error: ld returned 1 exit status\n"
     "make[2]: *** [CMakeFiles/simulator.dir/build.make:412: bin/simulator] Error 1\n" + _GITLAB),
    # the same line when the disk filled under the link
    ("gnu-ld-final-link-no-space", "transient",
     "/usr/bin/ld: final link failed: No space left on device\n"
     "collect2: error: ld returned 1 exit status\n"
     "make[2]: *** [CMakeFiles/simulator.dir/build.make:412: bin/simulator] Error 1\n" + _GITLAB),
    # rui314/mold src/signal-unix.cc sighandler() ("mold: failed to write to an output file. Disk full?"):
    # a SIGBUS/SIGSEGV inside the mmapped output buffer
    ("mold-output-disk-full", "transient",
     "   Compiling api-server v0.9.0 (/work/api-server)\n"
     "mold: failed to write to an output file. Disk full?\n"
     "error: linking with `cc` failed: exit status: 1\n"
     "  = note: collect2: error: ld returned 1 exit status\n"
     "error: could not compile `api-server` (bin \"api-server\") due to 1 previous error\n" + _GHA),
    # lld's own word for a missing symbol (lld/ELF/Relocations.cpp "undefined symbol: %s"): real
    ("lld-undefined-symbol", "real",
     "[ 97%] Linking CXX executable bin/parser_bench\n"
     "ld.lld: error: undefined symbol: parser::Lexer::peek() const\n"
     ">>> referenced by bench_lexer.cpp:44 (/src/bench/bench_lexer.cpp:44)\n"
     "clang++: error: linker command failed with exit code 1 (use -v to see invocation)\n"
     "make[2]: *** [bench/CMakeFiles/parser_bench.dir/build.make:97: bin/parser_bench] Error 1\n" + _GHA),

    # ------------------------------------------------------------------ rustc / cargo
    # rust-lang/cargo crates/cargo-util/src/process_error.rs ("process didn't exit successfully: {} ({})",
    # the status rendered "signal: 9, SIGKILL: kill")
    ("cargo-rustc-sigkill", "transient",
     "   Compiling tokio v1.38.0\n"
     "   Compiling big-schema v0.1.0 (/home/runner/work/big-schema)\n"
     "error: could not compile `big-schema` (lib)\n"
     "\n"
     "Caused by:\n"
     "  process didn't exit successfully: `/home/runner/.rustup/toolchains/stable-x86_64-unknown-linux-gnu/bin/rustc "
     "--crate-name big_schema --edition=2021 src/lib.rs` (signal: 9, SIGKILL: kill)\n" + _GHA),
    # rust-lang/rust library/std/src/alloc.rs default_alloc_error_hook ("memory allocation of {} bytes failed")
    # printed by rustc itself while compiling: the compiler ran out of memory
    ("rustc-memory-allocation-failed", "transient",
     "   Compiling codegen-tables v0.3.1 (/work/codegen-tables)\n"
     "memory allocation of 4294967296 bytes failed\n"
     "error: could not compile `codegen-tables` (lib)\n"
     "\n"
     "Caused by:\n"
     "  process didn't exit successfully: `rustc --crate-name codegen_tables src/lib.rs` "
     "(signal: 6, SIGABRT: process abort signal)\n" + _GHA),
    # a test binary's own stack overflow (library/std/src/sys/pal/unix/stack_overflow.rs "thread '{}' has
    # overflowed its stack", "fatal runtime error: stack overflow"): recursion in the code under test
    ("rust-test-stack-overflow", "real",
     "     Running unittests src/lib.rs (target/debug/deps/treewalk-3f2a9c1b)\n"
     "running 14 tests\n"
     "\n"
     "thread 'walk::tests::deep_tree' has overflowed its stack\n"
     "fatal runtime error: stack overflow\n"
     "error: test failed, to rerun pass `--lib`\n"
     "\n"
     "Caused by:\n"
     "  process didn't exit successfully: `/work/target/debug/deps/treewalk-3f2a9c1b` "
     "(signal: 6, SIGABRT: process abort signal)\n" + _GHA),

    # ------------------------------------------------------------------ Go
    # golang/go src/runtime/mem_linux.go / malloc.go (throw("runtime: out of memory"))
    # (dev34) the runtime out of memory reads lightly now (runtime-own-memory-limit: unknown where nothing else speaks)
    ("go-runtime-out-of-memory", "unknown",
     "go test ./...\n"
     "fatal error: runtime: out of memory\n"
     "\n"
     "runtime stack:\n"
     "runtime.throw({0x9f3a21?, 0x2000?})\n"
     "\t/usr/local/go/src/runtime/panic.go:1023 +0x5c fp=0x7ffd2a1c8e48 sp=0x7ffd2a1c8e18 pc=0x43a2fc\n"
     "FAIL\texample.com/ledger/replay\t41.207s\n"
     "FAIL\n" + _GHA),
    # src/os/exec_posix.go ProcessState.String() ("signal: " + sig): the compiler killed under go build
    ("go-build-compile-signal-killed", "transient",
     "go build -o bin/ ./...\n"
     "# example.com/maps/gen/tiles\n"
     "go build example.com/maps/gen/tiles: /usr/local/go/pkg/tool/linux_amd64/compile: signal: killed\n"
     "make: *** [Makefile:12: build] Error 1\n" + _CIRCLE),
    ("go-test-binary-signal-killed", "transient",
     "=== RUN   TestReplayLargeJournal\n"
     "signal: killed\n"
     "FAIL\texample.com/ledger/journal\t187.331s\n"
     "FAIL\n" + _GHA),
    # src/runtime/stack.go ("runtime: goroutine stack exceeds %d-byte limit", throw("stack overflow")):
    # unbounded recursion in the code under test
    ("go-goroutine-stack-overflow", "real",
     "=== RUN   TestResolveAliases\n"
     "runtime: goroutine stack exceeds 1000000000-byte limit\n"
     "runtime: sp=0xc0200e1390 stack=[0xc0200e0000, 0xc0400e0000]\n"
     "fatal error: stack overflow\n"
     "\n"
     "runtime stack:\n"
     "FAIL\texample.com/dns/alias\t2.114s\n"
     "FAIL\n" + _GHA),
    # src/runtime/slice.go (panicmakeslicelen "makeslice: len out of range"): a size computed wrong
    ("go-makeslice-len-out-of-range", "real",
     "=== RUN   TestDecodeHeader\n"
     "--- FAIL: TestDecodeHeader (0.00s)\n"
     "panic: runtime error: makeslice: len out of range [recovered]\n"
     "\tpanic: runtime error: makeslice: len out of range\n"
     "FAIL\texample.com/codec/frame\t0.012s\n"
     "FAIL\n" + _GHA),

    # ------------------------------------------------------------------ JVM
    # openjdk/jdk src/hotspot/share/memory/universe.cpp ("Java heap space", "GC overhead limit exceeded",
    # "Metaspace") and java.lang.OutOfMemoryError; a build that always needs more heap reads the same
    # (heap33) was transient: the JVM at its own configured limit (heap, GC overhead, Metaspace) is most often a limit
    # the build outgrew and raised (public threads, runtime-own-memory-limit's comment): unknown, not surely a rerun
    ("jvm-heap-space-kotlin-compile", "unknown",
     "> Task :core:compileKotlin\n"
     "e: java.lang.OutOfMemoryError: Java heap space\n"
     "\tat java.base/java.util.Arrays.copyOf(Arrays.java:3537)\n"
     "> Task :core:compileKotlin FAILED\n"
     "FAILURE: Build failed with an exception.\n"
     "BUILD FAILED in 6m 12s\n" + _GHA),
    ("jvm-gc-overhead-maven", "unknown",  # (heap33) was transient, as above
     "[INFO] --- maven-compiler-plugin:3.11.0:compile (default-compile) @ billing-core ---\n"
     "[INFO] Compiling 1843 source files to /work/billing-core/target/classes\n"
     "[ERROR] GC overhead limit exceeded -> [Help 1]\n"
     "java.lang.OutOfMemoryError: GC overhead limit exceeded\n"
     "[ERROR] BUILD FAILURE\n" + _GITLAB),
    ("jvm-metaspace", "unknown",  # (heap33) was transient, as above
     "> Task :app:kaptDebugKotlin\n"
     "Exception in thread \"Daemon worker\" java.lang.OutOfMemoryError: Metaspace\n"
     "> Task :app:kaptDebugKotlin FAILED\n"
     "FAILURE: Build failed with an exception.\n" + _GHA),
    # src/hotspot/share/prims/jvm.cpp / os_linux.cpp ("unable to create native thread: possibly out of memory
    # or process/resource limits reached")
    ("jvm-unable-to-create-native-thread", "transient",
     "[INFO] Running org.example.pool.ExecutorLoadTest\n"
     "Exception in thread \"main\" java.lang.OutOfMemoryError: unable to create native thread: possibly out of "
     "memory or process/resource limits reached\n"
     "\tat java.base/java.lang.Thread.start0(Native Method)\n"
     "[ERROR] BUILD FAILURE\n" + _GITLAB),
    # src/hotspot/share/utilities/vmError.cpp (the "#"-prefixed report for a native allocation failure:
    # "There is insufficient memory for the Java Runtime Environment to continue.")
    ("jvm-hs-err-insufficient-memory", "transient",
     "Starting a Gradle Daemon (subsequent builds will be faster)\n"
     "#\n"
     "# There is insufficient memory for the Java Runtime Environment to continue.\n"
     "# Native memory allocation (mmap) failed to map 2147483648 bytes for committing reserved memory.\n"
     "# An error report file with more information is saved as:\n"
     "# /home/circleci/project/hs_err_pid3121.log\n"
     "Error occurred during initialization of VM\n" + _CIRCLE),
    # JetBrains/kotlin libraries/tools/kotlin-gradle-plugin .../tasksUtils.kt (kotlinDaemonCrashedMessage
    # "Connection to the Kotlin daemon has been unexpectedly lost. This might be caused by the daemon being
    # killed by another process or the operating system, or by JVM crash.")
    ("kotlin-daemon-connection-lost", "transient",
     "> Task :feature-search:compileDebugKotlin\n"
     "e: Daemon compilation failed: Connection to the Kotlin daemon has been unexpectedly lost. This might be "
     "caused by the daemon being killed by another process or the operating system, or by JVM crash.\n"
     "org.jetbrains.kotlin.gradle.tasks.DaemonCrashedException: Connection to the Kotlin daemon has been "
     "unexpectedly lost.\n"
     "> Task :feature-search:compileDebugKotlin FAILED\n" + _GHA),
    # gradle/gradle .../DaemonClient.java ("Gradle build daemon disappeared unexpectedly (it may have been
    # killed or may have crashed)")
    ("gradle-daemon-disappeared", "transient",
     "> Task :app:mergeDebugResources\n"
     "> Task :app:compileDebugJavaWithJavac\n"
     "FAILURE: Build failed with an exception.\n"
     "* What went wrong:\n"
     "Gradle build daemon disappeared unexpectedly (it may have been killed or may have crashed)\n"
     "BUILD FAILED in 9m 2s\n" + _GHA),
    # the JVM's fatal error report for a crash in the project's own JNI library (vmError.cpp "A fatal error
    # has been detected by the Java Runtime Environment", "Problematic frame:")
    ("jvm-sigsegv-in-project-jni", "real",
     "[INFO] Running org.example.codec.NativeDecoderTest\n"
     "#\n"
     "# A fatal error has been detected by the Java Runtime Environment:\n"
     "#\n"
     "#  SIGSEGV (0xb) at pc=0x00007f1c2d4e1a2b, pid=2841, tid=2856\n"
     "#\n"
     "# Problematic frame:\n"
     "# C  [libimgcodec.so+0x1a2b]  decode_row+0x4b\n"
     "[ERROR] The forked VM terminated without properly saying goodbye. VM crash or System.exit called?\n"
     + _GHA),
    # a JUnit test whose name mentions memory, failing on its assertion
    ("junit-test-named-out-of-memory-assertion", "real",
     "[INFO] Running org.example.cache.EvictionTest\n"
     "[ERROR] Tests run: 6, Failures: 1, Errors: 0, Skipped: 0, Time elapsed: 0.41 s <<< FAILURE! - in "
     "org.example.cache.EvictionTest\n"
     "[ERROR] evictsOnOutOfMemoryError(org.example.cache.EvictionTest)  Time elapsed: 0.03 s  <<< FAILURE!\n"
     "org.opentest4j.AssertionFailedError: expected: <3> but was: <4>\n"
     "[ERROR] Failures:\n"
     "[ERROR]   EvictionTest.evictsOnOutOfMemoryError:58 expected: <3> but was: <4>\n"
     "[ERROR] BUILD FAILURE\n" + _GHA),

    # ------------------------------------------------------------------ Node / V8 / npm
    # v8/v8 src/heap/heap.cc ("Ineffective mark-compacts near heap limit", "Reached heap limit") and
    # nodejs/node src/node_errors.cc OOMErrorHandler ("FATAL ERROR: %s Allocation failed - JavaScript heap out
    # of memory"); a bundle that always outgrows the default heap reads the same (transient)
    # (twentieth round, leftovers20) was transient: a build step's own out-of-memory is neither surely transient nor surely
    # real (a larger resource class or a config change as often as a one-off; test_rules20_leftovers.py)
    ("node-ineffective-mark-compacts", "unknown",
     "> webapp@3.2.0 build\n"
     "> webpack --mode production\n"
     "<--- Last few GCs --->\n"
     "[2211:0x5d0c3a0]   91234 ms: Mark-sweep 2034.1 (2083.5) -> 2021.9 (2085.0) MB, 1843.2 / 0.0 ms\n"
     "<--- JS stacktrace --->\n"
     "FATAL ERROR: Ineffective mark-compacts near heap limit Allocation failed - JavaScript heap out of memory\n"
     " 1: 0xb09c10 node::Abort() [node]\n"
     "Aborted (core dumped)\n"
     "npm ERR! code ELIFECYCLE\n"
     "npm ERR! errno 134\n" + _CIRCLE),
    # (twentieth round, leftovers20) was transient: a build step's own out-of-memory is neither surely transient nor surely
    # real (a larger resource class or a config change as often as a one-off; test_rules20_leftovers.py)
    ("node-reached-heap-limit-tsc", "unknown",
     "> tsc -p tsconfig.build.json\n"
     "<--- Last few GCs --->\n"
     "<--- JS stacktrace --->\n"
     "FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory\n"
     " ELIFECYCLE  Command failed with exit code 134.\n" + _GHA),
    # npm/npm-lifecycle index.js (the "errno" and "Exit status %s" lines): the build script SIGKILLed
    ("npm-elifecycle-exit-137", "transient",
     "> storefront@1.4.0 build /home/circleci/project\n"
     "> react-scripts build\n"
     "Creating an optimized production build...\n"
     "Killed\n"
     "npm ERR! code ELIFECYCLE\n"
     "npm ERR! errno 137\n"
     "npm ERR! storefront@1.4.0 build: `react-scripts build`\n"
     "npm ERR! Exit status 137\n" + _CIRCLE),
    # an assertion abort of the project's own native addon (node's SIGABRT with the addon's frame)
    ("node-native-addon-assertion-abort", "real",
     "> imgfx@0.8.0 test\n"
     "> node --test test/\n"
     "node: ../src/resize.cc:212: void imgfx::Resize(const Napi::CallbackInfo&): Assertion `width > 0' failed.\n"
     "Aborted (core dumped)\n"
     "npm ERR! code ELIFECYCLE\n"
     "npm ERR! errno 134\n" + _GHA),
    # jest's expected-output check that quotes V8's message
    ("jest-expected-output-quotes-heap-oom", "real",
     " FAIL  src/build-report.test.ts\n"
     "  ● report › explains a crashed build\n"
     "    expect(received).toContain(expected) // indexOf\n"
     "    Expected substring: \"JavaScript heap out of memory\"\n"
     "    Received string:    \"build failed: exit code 1\"\n"
     "Tests:       1 failed, 52 passed, 53 total\n" + _GHA),

    # ------------------------------------------------------------------ Python
    # shell's job report for a SIGKILLed child (bash jobs.c: "%5ld Killed")
    ("shell-killed-python", "transient",
     "+ python -m trainer.smoke --epochs 1\n"
     "loading shards: 12/40\n"
     "./ci/smoke.sh: line 14:  2841 Killed                  python -m trainer.smoke --epochs 1\n" + _GHA),
    # python/cpython Lib/concurrent/futures/process.py ("A process in the process pool was terminated
    # abruptly while the future was running or pending."), with no crash of the code named
    ("python-broken-process-pool", "transient",
     "Building index for 48211 documents with 4 workers\n"
     "Traceback (most recent call last):\n"
     "  File \"/work/tools/build_index.py\", line 77, in <module>\n"
     "concurrent.futures.process.BrokenProcessPool: A process in the process pool was terminated abruptly "
     "while the future was running or pending.\n" + _GHA),
    # joblib/joblib joblib/externals/loky/process_executor.py (TerminatedWorkerError "A worker process
    # managed by the executor was unexpectedly terminated. ... The exit codes of the workers are {%s}")
    ("loky-terminated-worker-sigkill", "transient",
     "joblib.externals.loky.process_executor.TerminatedWorkerError: A worker process managed by the executor "
     "was unexpectedly terminated. This could be caused by a segmentation fault while calling the function or "
     "by an excessive memory usage causing the Operating System to kill the worker.\n"
     "\n"
     "The exit codes of the workers are {SIGKILL(-9)}\n"
     "FAILED tests/test_features.py::test_fit_all_columns - joblib.externals.loky.process_executor.TerminatedWorkerError\n"
     + _GHA),
    ("loky-terminated-worker-sigsegv", "real",
     "joblib.externals.loky.process_executor.TerminatedWorkerError: A worker process managed by the executor "
     "was unexpectedly terminated. This could be caused by a segmentation fault while calling the function or "
     "by an excessive memory usage causing the Operating System to kill the worker.\n"
     "\n"
     "The exit codes of the workers are {SIGSEGV(-11)}\n"
     "FAILED tests/test_features.py::test_fit_all_columns - joblib.externals.loky.process_executor.TerminatedWorkerError\n"
     + _GHA),
    # pytorch/pytorch torch/csrc/DataLoader.cpp (SIGNAL_HANDLER(SIGBUS, "ERROR: Unexpected bus error
    # encountered in worker. This might be caused by insufficient shared memory (shm).") and "DataLoader
    # worker (pid %d) is killed by signal: %s"): /dev/shm too small for the executor's container. A
    # container that always has too little shm for this loader reads the same (transient).
    ("torch-dataloader-bus-error-shm", "transient",
     "tests/test_train.py::test_one_epoch\n"
     "ERROR: Unexpected bus error encountered in worker. This might be caused by insufficient shared memory (shm).\n"
     "E   RuntimeError: DataLoader worker (pid 2231) is killed by signal: Bus error. It is possible that "
     "dataloader's workers are out of shared memory. Please try to raise your shared memory limit.\n"
     "FAILED tests/test_train.py::test_one_epoch - RuntimeError: DataLoader worker (pid 2231) is killed by signal: Bus error.\n"
     + _GHA),
    ("torch-dataloader-killed", "transient",
     "E   RuntimeError: DataLoader worker (pid 1984) is killed by signal: Killed.\n"
     "FAILED tests/test_eval.py::test_eval_loop - RuntimeError: DataLoader worker (pid 1984) is killed by signal: Killed.\n"
     "========== 1 failed, 88 passed in 312.40s ==========\n" + _GHA),
    # the same handler for a segfault in a worker (SIGNAL_HANDLER(SIGSEGV, "ERROR: Unexpected segmentation
    # fault encountered in worker.")): the project's collate or transform code crashed
    ("torch-dataloader-segfault", "real",
     "ERROR: Unexpected segmentation fault encountered in worker.\n"
     "E   RuntimeError: DataLoader worker (pid 3310) is killed by signal: Segmentation fault.\n"
     "FAILED tests/test_augment.py::test_batch - RuntimeError: DataLoader worker (pid 3310) is killed by signal: Segmentation fault.\n"
     "========== 1 failed, 40 passed in 21.02s ==========\n" + _GHA),
    # CPython's RecursionError (Python/ceval.c "maximum recursion depth exceeded"): the code's recursion
    ("python-recursion-error", "real",
     "    def walk(node):\n"
     ">       return walk(node.parent)\n"
     "E       RecursionError: maximum recursion depth exceeded\n"
     "src/tree.py:31: RecursionError\n"
     "FAILED tests/test_tree.py::test_walk_cycle - RecursionError: maximum recursion depth exceeded\n" + _GHA),
    # a pytest test named after memory handling, failing on its assertion
    ("pytest-test-out-of-memory-handling-assertion", "real",
     "tests/test_alloc.py::test_out_of_memory_handling FAILED\n"
     "    def test_out_of_memory_handling():\n"
     ">       assert pool.on_exhausted() == \"abort\"\n"
     "E       AssertionError: assert 'retry' == 'abort'\n"
     "FAILED tests/test_alloc.py::test_out_of_memory_handling - AssertionError: assert 'retry' == 'abort'\n"
     "========== 1 failed, 310 passed in 12.02s ==========\n" + _GHA),
    # a test expecting the Go runtime's message in a tool's output (quoted in the assertion)
    ("pytest-expected-output-quotes-oom", "real",
     ">       assert \"fatal error: runtime: out of memory\" in result.stderr\n"
     "E       AssertionError: assert 'fatal error: runtime: out of memory' in 'exit status 2'\n"
     "FAILED tests/test_supervisor.py::test_reports_child_oom - AssertionError\n" + _GHA),
    # "killed" in the application's own output, then a failing assertion
    ("app-output-killed-word", "real",
     "INFO scheduler: worker 3 killed job resize-42 after 3 retries\n"
     "INFO scheduler: job resize-42 state=dead\n"
     "--- FAIL: TestRetryBudget (0.02s)\n"
     "    scheduler_test.go:88: job state = \"dead\", want \"queued\"\n"
     "FAIL\texample.com/jobs/scheduler\t0.31s\n"
     "FAIL\n" + _GHA),
    # a native extension's segfault under a plain pytest run (the shell's "Segmentation fault (core dumped)")
    ("python-extension-segfault", "real",
     "tests/test_decode.py::test_truncated_tile\n"
     "Fatal Python error: Segmentation fault\n"
     "\n"
     "Current thread 0x00007f3a2b4c1740 (most recent call first):\n"
     "  File \"/src/imgtool/_decode.py\", line 88 in decode_tile\n"
     "./ci/test.sh: line 9:  4410 Segmentation fault      (core dumped) python -m pytest -p no:cacheprovider\n"
     + _GHA),

    # ------------------------------------------------------------------ .NET / MSBuild
    # dotnet/runtime src/libraries/System.Private.CoreLib/src/Resources/Strings.resx
    # (Arg_OutOfMemoryException "Insufficient memory to continue the execution of the program.")
    # (dev34) the runtime out of memory reads lightly now (runtime-own-memory-limit: unknown where nothing else speaks)
    ("dotnet-out-of-memory-exception", "unknown",
     "  Determining projects to restore...\n"
     "  Reports.Generator -> /work/src/Reports.Generator/bin/Release/net8.0/Reports.Generator.dll\n"
     "Unhandled exception. System.OutOfMemoryException: Insufficient memory to continue the execution of the program.\n"
     "   at System.Text.StringBuilder.ExpandByABlock(Int32 minBlockCharCount)\n"
     "/work/build/Generate.targets(14,5): error MSB3073: The command \"dotnet run --project tools/Gen\" exited with code 134.\n"
     + _GHA),
    # dotnet/msbuild src/Build/Resources/Strings.resx (MSB4166 "Child node \"{0}\" exited prematurely.
    # Shutting down. Diagnostic information may be found in files in \"{1}\" ...")
    ("msbuild-child-node-exited-prematurely", "transient",
     "  Billing.Api -> /work/src/Billing.Api/bin/Release/net8.0/Billing.Api.dll\n"
     "MSBUILD : error MSB4166: Child node \"3\" exited prematurely. Shutting down. Diagnostic information may be "
     "found in files in \"/tmp/MSBuildTempci/\" and will be named MSBuild_*.failure.txt. This location can be "
     "changed by setting the MSBUILDDEBUGPATH environment variable to a different directory.\n"
     "Build FAILED.\n" + _GHA),
    # the runtime's own report of a stack overflow in the program ("Stack overflow." then the repeated frame)
    ("dotnet-stack-overflow-in-program", "real",
     "  Running Tree.Cli with --depth 100000\n"
     "Stack overflow.\n"
     "Repeat 24105 times:\n"
     "--------------------------------\n"
     "   at Tree.Cli.Node.Depth()\n"
     "--------------------------------\n"
     "/work/build/Smoke.targets(9,5): error MSB3073: The command \"dotnet Tree.Cli.dll\" exited with code 134.\n"
     + _GHA),
    # an xUnit test whose name says OutOfMemoryException, failing on Assert.Equal
    ("xunit-test-named-oom-assertion", "real",
     "  Failed Cache.Tests.EvictionTests.Handles_OutOfMemoryException [12 ms]\n"
     "  Error Message:\n"
     "   Assert.Equal() Failure: Values differ\n"
     "Expected: 3\n"
     "Actual:   4\n"
     "Failed!  - Failed:     1, Passed:   211, Skipped:     0, Total:   212, Duration: 3 s - Cache.Tests.dll (net8.0)\n"
     + _GHA),

    # ------------------------------------------------------------------ Docker, BuildKit, cgroups
    # moby/moby api/types/container/state.go (State.OOMKilled, JSON "OOMKilled") as docker inspect prints it
    ("docker-inspect-oomkilled-true", "transient",
     "+ docker wait app-under-test\n"
     "137\n"
     "+ docker inspect --format '{{json .State}}' app-under-test\n"
     "{\"Status\":\"exited\",\"Running\":false,\"OOMKilled\":true,\"Dead\":false,\"Pid\":0,\"ExitCode\":137}\n"
     "container app-under-test stopped with exit code 137\n" + _GHA),
    # moby/buildkit (the executor's "process %q did not complete successfully: exit code: %d")
    ("buildkit-run-exit-code-137", "transient",
     "#14 [build 6/7] RUN npm run build\n"
     "#14 48.91 Creating an optimized production build...\n"
     "#14 ERROR: process \"/bin/sh -c npm run build\" did not complete successfully: exit code: 137\n"
     "------\n"
     "ERROR: failed to solve: process \"/bin/sh -c npm run build\" did not complete successfully: exit code: 137\n"
     + _GHA),
    # moby/moby layer/layer_store.go / pkg/chrootarchive ("failed to register layer: ...: no space left on device")
    ("docker-pull-register-layer-no-space", "transient",
     "Status: Downloading newer image for registry.example.test/ci/toolchain:2024.05\n"
     "a1b2c3d4e5f6: Extracting  1.203GB/1.611GB\n"
     "failed to register layer: Error processing tar file(exit status 1): write "
     "/usr/lib/x86_64-linux-gnu/libLLVM-15.so.1: no space left on device\n" + _GHA),
    ("docker-var-lib-docker-tmp-no-space", "transient",
     "Pulling fs layer\n"
     "write /var/lib/docker/tmp/GetImageBlob418275663: no space left on device\n" + _GITLAB),
    # BuildKit's copy ("failed to copy files: userspace copy failed: ...")
    ("buildkit-copy-no-space", "transient",
     "#9 [runtime 3/4] COPY --from=build /app/node_modules ./node_modules\n"
     "#9 ERROR: failed to copy files: userspace copy failed: write "
     "/var/lib/docker/overlay2/q3m1x8/merged/app/node_modules/.cache/x.pack: no space left on device\n"
     "ERROR: failed to solve: failed to copy files: userspace copy failed: write "
     "/var/lib/docker/overlay2/q3m1x8/merged/app/node_modules/.cache/x.pack: no space left on device\n" + _GHA),
    # chromium/chromium base/memory/platform_shared_memory_region_posix.cc ("Creating shared memory in %s
    # failed") with /dev/shm full, then chromedriver's "session deleted because of page crash"
    ("chrome-dev-shm-full-page-crash", "transient",
     "[0512/101112.123456:ERROR:platform_shared_memory_region_posix.cc(217)] Creating shared memory in "
     "/dev/shm/.org.chromium.Chromium.Xq2b1 failed: No space left on device (28)\n"
     "  1) checkout flow pays with a saved card:\n"
     "     WebDriverError: unknown error: session deleted because of page crash\n"
     "from unknown error: cannot determine loading status\n"
     "from tab crashed\n" + _CIRCLE),
    # a Kubernetes controller's Go test whose expected reason is the word itself
    ("go-test-expects-oomkilled-reason", "real",
     "=== RUN   TestPodFailureReason\n"
     "--- FAIL: TestPodFailureReason (0.00s)\n"
     "    status_test.go:41: reason = \"Error\", want \"OOMKilled\"\n"
     "FAIL\texample.com/operator/status\t0.021s\n"
     "FAIL\n" + _GHA),

    # ------------------------------------------------------------------ OS limits (glibc strerror, bash)
    # bash jobs.c make_child() ("fork: retry: %s" then sys_error "fork"), EAGAIN's "Resource temporarily unavailable"
    ("bash-fork-resource-temporarily-unavailable", "transient",
     "+ ./scripts/run_shards.sh 16\n"
     "./scripts/run_shards.sh: fork: retry: Resource temporarily unavailable\n"
     "./scripts/run_shards.sh: fork: Resource temporarily unavailable\n" + _GITLAB),
    # EMFILE ("Too many open files") from Go's accept loop under a load test
    ("go-accept-too-many-open-files", "transient",
     "2024/05/12 10:11:12 http: Accept error: accept tcp [::]:8080: accept4: too many open files; retrying in 1s\n"
     "--- FAIL: TestSoak (30.01s)\n"
     "    soak_test.go:71: Get \"http://127.0.0.1:8080/ping\": dial tcp 127.0.0.1:8080: socket: too many open files\n"
     "FAIL\texample.com/edge/soak\t30.2s\n" + _GHA),
    # ENOMEM from fork in CPython's subprocess ("[Errno 12] Cannot allocate memory")
    ("python-subprocess-cannot-allocate-memory", "transient",
     "  File \"/usr/lib/python3.11/subprocess.py\", line 1917, in _execute_child\n"
     "    self.pid = _fork_exec(\n"
     "OSError: [Errno 12] Cannot allocate memory\n"
     "FAILED tests/test_cli.py::test_spawn_many - OSError: [Errno 12] Cannot allocate memory\n" + _GHA),
    # EDQUOT ("Disk quota exceeded") on a shared home
    ("cp-disk-quota-exceeded", "transient",
     "+ cp -r build/artifacts /scratch/ci/run-4411/\n"
     "cp: error writing '/scratch/ci/run-4411/artifacts/app.tar': Disk quota exceeded\n" + _GITLAB),
    # E2BIG ("Argument list too long"): the command line the project builds from its own file list is too
    # long for the kernel; every rerun builds the same one
    ("bash-argument-list-too-long", "real",
     "+ clang-format --dry-run --Werror $(git ls-files '*.cc' '*.h')\n"
     "./ci/format.sh: line 6: /usr/bin/clang-format: Argument list too long\n" + _GHA),
    ("go-fork-exec-argument-list-too-long", "real",
     "go build example.com/giant/gen\n"
     "go build example.com/giant/gen: fork/exec /usr/local/go/pkg/tool/linux_amd64/compile: argument list too long\n"
     + _GHA),
    # the inotify watch limit (Node's fs.watch ENOSPC wording, from documentation and projects' notes: Node's
    # own file was not read): the host's fixed limit against the number of files the project's watcher
    # watches; a rerun on the same executor hits it again
    ("node-file-watchers-limit", "real",
     "> docs@0.1.0 test:e2e\n"
     "> start-server-and-test dev http://localhost:3000 cy:run\n"
     "Error: ENOSPC: System limit for number of file watchers reached, watch '/home/ci/app/src'\n"
     "    at FSWatcher.<computed> (node:internal/fs/watchers:247:19)\n"
     "npm ERR! code ELIFECYCLE\n"
     "npm ERR! errno 1\n" + _GHA),
    # the Docker daemon's own data root gone read-only: the host's disk was remounted after I/O errors
    ("docker-data-root-read-only", "transient",
     "+ docker build -t app:ci .\n"
     "ERROR: mkdir /var/lib/docker/overlay2/9f1e2d3c-init: read-only file system\n" + _GHA),
    # ------------------------------------------------------------------ near-misses: the code's own failures
    # HotSpot's java.lang.StackOverflowError in a test: the code's recursion
    ("junit-stack-overflow-error", "real",
     "[INFO] Running org.example.graph.CycleTest\n"
     "[ERROR] Tests run: 3, Failures: 0, Errors: 1, Skipped: 0, Time elapsed: 0.9 s <<< FAILURE! - in org.example.graph.CycleTest\n"
     "[ERROR] walksCycle(org.example.graph.CycleTest)  Time elapsed: 0.31 s  <<< ERROR!\n"
     "java.lang.StackOverflowError\n"
     "\tat org.example.graph.Walker.visit(Walker.java:41)\n"
     "\tat org.example.graph.Walker.visit(Walker.java:44)\n"
     "[ERROR] BUILD FAILURE\n" + _GHA),
    # V8's RangeError for a JS stack overflow (src/common/message-template.h "Maximum call stack size exceeded")
    ("jest-maximum-call-stack", "real",
     " FAIL  src/tree.test.js\n"
     "  ● tree › flattens nested nodes\n"
     "    RangeError: Maximum call stack size exceeded\n"
     "      at flatten (src/tree.js:12:10)\n"
     "Tests:       1 failed, 40 passed, 41 total\n" + _GHA),
    # a JUnit expectation naming the JVM's error as the value it wanted
    ("junit-expected-oom-value", "real",
     "[ERROR] rejectsHugeRequest(org.example.api.LimitsTest)  Time elapsed: 0.02 s  <<< FAILURE!\n"
     "org.opentest4j.AssertionFailedError: expected: <java.lang.OutOfMemoryError: Java heap space> but was: <null>\n"
     "[ERROR] Tests run: 12, Failures: 1, Errors: 0, Skipped: 0\n"
     "[ERROR] BUILD FAILURE\n" + _GHA),
    # pytest.raises that did not see the MemoryError it waited for (_pytest/python_api.py "DID NOT RAISE %s")
    ("pytest-did-not-raise-memoryerror", "real",
     "    def test_refuses_huge_frame():\n"
     ">       with pytest.raises(MemoryError):\n"
     "E       Failed: DID NOT RAISE <class 'MemoryError'>\n"
     "FAILED tests/test_frame.py::test_refuses_huge_frame - Failed: DID NOT RAISE <class 'MemoryError'>\n" + _GHA),
    # a test of the project's disk-full handling that quotes strerror's words in its assertion
    ("pytest-assertion-quotes-no-space", "real",
     ">       assert \"No space left on device\" in caplog.text\n"
     "E       AssertionError: assert 'No space left on device' in 'WARNING writer: flushed 0 bytes'\n"
     "FAILED tests/test_writer.py::test_disk_full_is_reported - AssertionError: assert 'No space left on device' in ...\n"
     "========== 1 failed, 97 passed in 4.11s ==========\n" + _GHA),
    ("go-test-wants-enospc", "real",
     "=== RUN   TestWriteReportsENOSPC\n"
     "--- FAIL: TestWriteReportsENOSPC (0.00s)\n"
     "    writer_test.go:33: err = <nil>, want ENOSPC\n"
     "FAIL\texample.com/spool/writer\t0.014s\n"
     "FAIL\n" + _GHA),
    # LLVM's LeakSanitizer (compiler-rt lsan_common.cpp "ERROR: LeakSanitizer: detected memory leaks"): a
    # leak the test build measures
    ("leaksanitizer-detected-leaks", "real",
     "[ RUN      ] Parser.ParsesNested\n"
     "[       OK ] Parser.ParsesNested (3 ms)\n"
     "=================================================================\n"
     "==4211==ERROR: LeakSanitizer: detected memory leaks\n"
     "Direct leak of 48 byte(s) in 1 object(s) allocated from:\n"
     "    #0 0x4c9d2d in malloc (/work/build/tests/parser_tests+0x4c9d2d)\n"
     "SUMMARY: AddressSanitizer: 48 byte(s) leaked in 1 allocation(s).\n" + _GHA),
    # GNU ld's missing library (ld/ldfile.c "cannot find %s"): the build's own link line
    ("gnu-ld-cannot-find-library", "real",
     "[100%] Linking CXX executable bin/compressor\n"
     "/usr/bin/ld: cannot find -lsnappy: No such file or directory\n"
     "collect2: error: ld returned 1 exit status\n"
     "make[2]: *** [CMakeFiles/compressor.dir/build.make:97: bin/compressor] Error 1\n" + _GHA),
    # HotSpot's options parser: a heap size the build script spells wrong (arguments.cpp "Invalid maximum heap
    # size: %s", java.c "Error: Could not create the Java Virtual Machine.")
    ("jvm-invalid-maximum-heap-size", "real",
     "+ java -Xmx4gg -jar tools/codegen.jar\n"
     "Invalid maximum heap size: -Xmx4gg\n"
     "Error: Could not create the Java Virtual Machine.\n"
     "Error: A fatal exception has occurred. Program will exit.\n" + _GHA),
    # bash's ulimit builtin refused to raise a hard limit: the CI script asks for more than the executor allows,
    # on every run
    ("bash-ulimit-cannot-modify-limit", "real",
     "+ ulimit -n 1048576\n"
     "./ci/prepare.sh: line 3: ulimit: open files: cannot modify limit: Operation not permitted\n" + _GHA),
    # a plain C assertion abort in the project's test binary
    ("c-assertion-abort-core-dumped", "real",
     "./tests/test_parser\n"
     "test_parser: src/parser.c:211: parse_expr: Assertion `depth < MAX_DEPTH' failed.\n"
     "Aborted (core dumped)\n"
     "make: *** [Makefile:40: check] Error 134\n" + _GHA),
]

# Messages printed both for an outside cause and for a persistent one: a rerun is not proposed with confidence.
NOT_SURELY_TRANSIENT: list[tuple[str, str]] = [
    # gcc/gcc.cc: an ICE on a segfault is a compiler bug hit by this source (or a stack limit): not surely
    # a rerun
    ("gcc-ice-segfault",
     "c++: internal compiler error: Segmentation fault signal terminated program cc1plus\n"
     "Please submit a full bug report, with preprocessed source (by using -freport-bug).\n"
     "make[2]: *** [src/CMakeFiles/meta.dir/build.make:76: src/CMakeFiles/meta.dir/typelist.cpp.o] Error 4\n" + _GHA),
    # clang's crash report (llvm/lib/Support/PrettyStackTrace.cpp "PLEASE submit a bug report", the driver's
    # err_drv_command_failed "%0 command failed with exit code %1")
    ("clang-frontend-crash-139",
     "PLEASE submit a bug report to https://bugs.example.test/llvm and include the crash backtrace.\n"
     "Stack dump:\n"
     "0.\tProgram arguments: /usr/lib/llvm-16/bin/clang -cc1 -triple x86_64-pc-linux-gnu src/meta.cpp\n"
     "clang++: error: clang frontend command failed with exit code 139 (use -v to see invocation)\n" + _GHA),
    # a Bus error with nothing else said: /dev/shm exhausted or a file truncated under a mapping, or the
    # program's own bad mapping; nothing in the log tells which
    ("bus-error-before-npm-elifecycle",
     "> assets@2.0.0 build\n"
     "> node scripts/pack-sprites.js\n"
     "sh: line 1:  1442 Bus error               (core dumped) node scripts/pack-sprites.js\n"
     "npm ERR! code ELIFECYCLE\n"
     "npm ERR! errno 135\n" + _GHA),
    # V8's SIGABRT with no heap message: an addon's abort or a runtime assertion as often as memory
    ("node-aborted-134-no-heap-message",
     "> pdfkit-lite@1.0.0 test\n"
     "Aborted (core dumped)\n"
     "npm ERR! code ELIFECYCLE\n"
     "npm ERR! errno 134\n" + _GHA),
    # Rust's allocation failure inside a test binary for an absurd size: a length decoded wrong
    ("rust-test-absurd-allocation",
     "running 9 tests\n"
     "memory allocation of 18446744073709551608 bytes failed\n"
     "error: test failed, to rerun pass `--lib`\n"
     "\n"
     "Caused by:\n"
     "  process didn't exit successfully: `/work/target/debug/deps/framing-88a1` (signal: 6, SIGABRT: process abort signal)\n"
     + _GHA),
    # CPython's MemoryError in a test: a huge size computed by the code as often as a full host
    ("pytest-memoryerror",
     ">       buf = bytearray(header.length)\n"
     "E       MemoryError\n"
     "src/framing.py:40: MemoryError\n"
     "FAILED tests/test_framing.py::test_bad_header - MemoryError\n" + _GHA),
    # dotnet/runtime's inotify wording (System.IO.FileSystemWatcher: "The configured user limit (128) on the
    # number of inotify instances has been reached, or the per-process limit on the number of open file
    # descriptors has been reached."): each test host a project starts adds watchers
    ("dotnet-inotify-instances-limit",
     "  Failed Api.Tests.HealthTests.Returns_Ok [1 s]\n"
     "  Error Message:\n"
     "   System.IO.IOException : The configured user limit (128) on the number of inotify instances has been "
     "reached, or the per-process limit on the number of open file descriptors has been reached.\n" + _GHA),
    # EROFS from a project's write into a read-only path (a container mount, a system site-packages)
    ("python-read-only-file-system",
     "E   OSError: [Errno 30] Read-only file system: '/usr/lib/python3/dist-packages/tiles/cache.db'\n"
     "FAILED tests/test_cache.py::test_persist - OSError: [Errno 30] Read-only file system\n" + _GHA),
    # ThreadSanitizer's goroutine cap under go test -race (compiler-rt tsan: "race: limit on %d simultaneously
    # alive goroutines is exceeded, dying"): a test that starts that many goroutines hits it on every run
    ("go-race-goroutine-limit",
     "=== RUN   TestFanOut\n"
     "race: limit on 8128 simultaneously alive goroutines is exceeded, dying\n"
     "FAIL\texample.com/fanout\t3.210s\n"
     "FAIL\n" + _GHA),
    # AddressSanitizer's allocator (compiler-rt sanitizer_allocator_report.cpp "out of memory: allocator is
    # trying to allocate 0x%zx bytes"): a host short of memory, or a size the code computed wrong
    ("asan-allocator-out-of-memory",
     "==3101==ERROR: AddressSanitizer: out of memory: allocator is trying to allocate 0x7fffffff0 bytes\n"
     "    #0 0x4c9d2d in malloc (/work/build/tests/codec_tests+0x4c9d2d)\n"
     "SUMMARY: AddressSanitizer: out-of-memory (/work/build/tests/codec_tests+0x4c9d2d) in malloc\n" + _GHA),
    # HotSpot could not reserve the heap the options ask for (a -Xmx larger than the executor allows, or a
    # host short of memory at that moment)
    ("jvm-could-not-reserve-heap",
     "Error occurred during initialization of VM\n"
     "Could not reserve enough space for 8388608KB object heap\n" + _GHA),
    # the project's own allocator reporting its arena full, then its test's assertion on the NULL it got: the
    # same two lines follow a malloc that failed on a host out of memory, so only no sure rerun is asserted
    ("c-project-allocator-out-of-memory-message",
     "./tests/test_arena\n"
     "arena_alloc: out of memory (requested 64 bytes, capacity 32)\n"
     "tests/test_arena.c:58: test_grow: Assertion `p != NULL' failed.\n"
     "Aborted (core dumped)\n"
     "make: *** [Makefile:31: check] Error 134\n" + _GHA),
    # esbuild's JS API when its Go child went away ("The service was stopped" / "The service is no longer
    # running"; esbuild's lib/shared/common.ts was not read, the code index holds the wording only in projects'
    # notes): killed for memory, or stopped by the project's own script
    ("esbuild-service-stopped",
     "> web@1.0.0 build\n"
     "> node build.mjs\n"
     "Error: The service was stopped\n"
     "    at /work/web/node_modules/esbuild/lib/main.js:1:1\n" + _GHA),
]


@pytest.mark.parametrize(("verdict", "log"), labelled(CASES))
def test_resource_message_reads_right(verdict, log):
    reads(log, verdict)


@pytest.mark.parametrize("log", logs(NOT_SURELY_TRANSIENT))
def test_exhaustion_words_with_a_possible_persistent_cause_do_not_read_surely_transient(log):
    not_surely_transient(log)


def test_case_ids_are_unique():
    assert_unique_ids(CASES, NOT_SURELY_TRANSIENT)


# One line of 50,000 characters of each of these words is read by benchmarks/pattern_speed.py,
# which prints the seconds each takes (a guard against patterns that backtrack; a timing is a
# benchmark's, not a test's).
LONG_LINE_WORDS = [
    "collect2: fatal error: ld terminated with signal 9 [Killed] ",
    "clang++: error: unable to execute command: Killed ",
    "rustc-LLVM ERROR: out of memory Allocation failed ",
    "/usr/bin/ld: final link failed: memory exhausted ",
    "mold: failed to write to an output file. Disk full? ",
    "memory allocation of 4294967296 bytes failed ",
    "There is insufficient memory for the Java Runtime Environment to continue. ",
    "Connection to the Kotlin daemon has been unexpectedly lost. ",
    "FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory ",
    "A process in the process pool was terminated abruptly while the future was running or pending. ",
    "The exit codes of the workers are {SIGKILL(-9)} ",
    "ERROR: Unexpected bus error encountered in worker. insufficient shared memory (shm) ",
    "DataLoader worker (pid 1984) is killed by signal: Killed. ",
    "System.OutOfMemoryException: Insufficient memory to continue the execution of the program. ",
    "\"OOMKilled\":true, ",
    "failed to register layer: Error processing tar file(exit status 1): ",
    "Argument list too long ",
    "System limit for number of file watchers reached ",
]
