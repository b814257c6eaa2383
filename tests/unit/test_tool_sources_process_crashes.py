"""Sixteenth round, tool sources: process crashes as CI logs show them, and the tools that report them.

Covered: the shell's and make's words for a child that died on a signal ("Segmentation fault (core
dumped)", "Floating point exception", "Trace/breakpoint trap", "Illegal instruction"), the kernel's
segfault line, systemd-coredump's journal lines and ``coredumpctl info``, gdb's and lldb's batch
reports that CI scripts print over a core or a crashed run, Breakpad's ``minidump_stackwalk``, Windows
crashes as exit codes (0xC0000005 / -1073741819 / 3221225477 access violation, 0xC0000409 stack buffer
overrun or fast fail, 0xC0000374 heap corruption, 0xC00000FD stack overflow, 0xC0000135 a DLL not found)
and as WER's "Faulting application" event, HotSpot's fatal error report (a crash in JIT-compiled code or
in the VM itself, its native out-of-memory report), the Go runtime's fatal errors (concurrent map
access, sync misuse, a thread it could not create, out of memory), V8's and Node's fatal errors,
CPython's faulthandler (its Windows wording too), Rust's non-unwinding panic, the .NET runtime's "Fatal
error." and "Process terminated." reports and the BEAM's crash dump. The plain "Fatal Python error:
Segmentation fault", Go's goroutine deadlock and stack overflow, V8's "Reached heap limit", HotSpot's
"insufficient memory" with an hs_err file, a native frame of the project's in hs_err, .NET's "Stack
overflow." and the test runners' lost workers are in test_tool_sources_resources.py,
test_tool_sources_runners.py and test_tool_sources_test_runner_infra.py; they are not repeated.

Each case is a short log written for this test around one message as the tool prints it. The comment
above each case names the repository and file holding the format string (bash's siglist.c and jobs.c,
GNU make's job.c, Linux's arch/x86/mm/fault.c, systemd's src/coredump/, gdb's corelow.c and infrun.c,
Breakpad's minidump_stackwalk, OpenJDK's vmError.cpp, golang/go src/runtime, nodejs/node and V8,
CPython's Modules/faulthandler.c, rust-lang/rust library/, dotnet/runtime, erlang/otp erts), read
through the code index or from memory of those trees. Windows' NTSTATUS codes and WER's event text rest
on Microsoft's documentation (ntstatus.h as published in the Windows SDK, the Application event log's
Event 1000); lldb's stop reasons on Apple's Mach exception names. Hosts, packages, tests and paths are
made up; no project's CI log is copied.

The rules the cases hold:
  * a crash inside the code under test (a segfault or abort of the project's binary or native
    extension, a Go concurrent map write, a stack overflow from recursion, a heap corruption, a
    deterministic assertion abort, a DLL the build did not ship) -> real;
  * the runner or host taking the process away (SIGKILL under gdb, a runtime that could not get memory
    or a thread from a crowded host: Go's newosproc and cgo's pthread_create, V8's "Fatal process out of
    memory", HotSpot's native allocation failure, the BEAM's allocator) -> transient (resource); a
    program that always needs more than the executor has reads the same and cannot be told from one log;
  * a crash in a third-party runtime with none of the project's frames (HotSpot SIGSEGV in JIT-compiled
    code or in libjvm, .NET's "Internal CLR error", an illegal instruction that may be the CPU of the
    host, CPython's shutdown lock with daemon threads) -> not surely transient;
  * near-misses: tests ABOUT crash reports (a crash-report parser's assertion, a test titled after a
    segfault), a coredumpctl listing that found nothing beside a test that failed -> real.
"""

from __future__ import annotations

import pytest
from judging import assert_unique_ids, labelled, logs, not_surely_transient, reads

_GHA = "##[error]Process completed with exit code 1.\n"
_CIRCLE = "\nExited with code exit status 1\n"
_GL = "ERROR: Job failed: exit code 1\n"

_HS_ERR = ("#\n"
           "# A fatal error has been detected by the Java Runtime Environment:\n"
           "#\n")

CASES: list[tuple[str, str, str]] = [
    # ================================================================== the shell, make, the kernel
    # bash siglist.c (strsignal: "Segmentation fault") and jobs.c (" (core dumped)", the "%s: line %d: %5ld"
    # report of a script's foreground job)
    ("bash-script-segfault-core-dumped", "real",
     "+ cmake --build build -j4\n"
     "[100%] Built target unit_tests\n"
     "+ ./build/bin/unit_tests\n"
     "[==========] Running 48 tests from 6 test suites.\n"
     "[ RUN      ] RingBuffer.WrapAround\n"
     "./ci/run-tests.sh: line 14:  4821 Segmentation fault      (core dumped) ./build/bin/unit_tests\n"
     + _GHA),
    # GNU make src/job.c child_error ("*** [%s:%lu: %s] %s%s" with strsignal and " (core dumped)") for a
    # recipe run without a shell
    ("make-recipe-segfault-core-dumped", "real",
     "cc -O2 -g -o build/parse_test tests/parse_test.c src/parse.c\n"
     "./build/parse_test\n"
     "parsing fixtures/headers.txt\n"
     "make: *** [Makefile:41: check] Segmentation fault (core dumped)\n"
     + _CIRCLE),
    # bash siglist.c SIGFPE ("Floating point exception"): an integer division by zero in the program
    ("bash-floating-point-exception", "real",
     "+ ./bin/histogram --bins 0 fixtures/samples.csv\n"
     "loaded 1200 samples\n"
     "./ci/smoke.sh: line 8:  3310 Floating point exception(core dumped) ./bin/histogram --bins 0 fixtures/samples.csv\n"
     + _GL),
    # bash siglist.c SIGTRAP ("Trace/breakpoint trap"): a __builtin_trap or a GLib g_error() in the program
    ("bash-trace-breakpoint-trap", "real",
     "+ ./build/src/viewer --self-test\n"
     "(viewer:5121): GLib-ERROR **: 10:21:07.331: document model has no root node\n"
     "Trace/breakpoint trap (core dumped)\n"
     + _GHA),
    # an abort after an uncaught C++ exception (libstdc++ vterminate.cc "terminate called after throwing an
    # instance of '%s'", "  what():  %s"; bash "Aborted (core dumped)")
    ("bash-uncaught-exception-aborted", "real",
     "+ ./build/tools/schema-gen --out gen/\n"
     "terminate called after throwing an instance of 'std::out_of_range'\n"
     "  what():  map::at\n"
     "Aborted (core dumped)\n"
     + _CIRCLE),
    # torvalds/linux arch/x86/mm/fault.c show_signal_msg ("%s%s[%d]: segfault at %lx ip %px sp %px error %lx"
    # then " in %s"), printed by a CI script's dmesg after the failure
    ("kernel-segfault-line-in-dmesg", "real",
     "+ ./build/bin/ingest --input fixtures/batch.bin\n"
     "Segmentation fault (core dumped)\n"
     "+ sudo dmesg | tail -n 2\n"
     "[ 5821.311204] ingest[9123]: segfault at 0 ip 00007f2a1c4e1b2c sp 00007ffd5b1e2a40 error 4 in libcodec.so.2[7f2a1c4d0000+21000]\n"
     + _GHA),

    # ================================================================== systemd-coredump, coredumpctl
    # systemd/systemd src/coredump/coredump.c ("Process %s (%s) of user %s terminated abnormally with signal
    # %s/%s, processing...", then "Process %s (%s) of user %s dumped core." and "Stack trace of thread %s:")
    ("systemd-coredump-journal-segv", "real",
     "+ ctest --test-dir build --output-on-failure\n"
     "1/3 Test #1: store_tests ......................***Exception: SegFault  0.21 sec\n"
     "+ journalctl -b --no-pager -t systemd-coredump\n"
     "systemd-coredump[7021]: Process 7011 (store_tests) of user 1001 terminated abnormally with signal 11/SEGV, processing...\n"
     "systemd-coredump[7021]: Process 7011 (store_tests) of user 1001 dumped core.\n"
     "Stack trace of thread 7011:\n"
     "#0  0x000055d1c2a1b2c3 btree_insert (store_tests + 0x1b2c3)\n"
     + _GHA),
    # src/coredump/coredumpctl.c print_info ("Signal: %s (%s)", "Command Line:", "Executable:") for the
    # abort of the program under test
    ("coredumpctl-info-abrt", "real",
     "+ ./build/daemon --check-config ci/daemon.conf\n"
     "Aborted (core dumped)\n"
     "+ coredumpctl info --no-pager\n"
     "           PID: 6120 (daemon)\n"
     "        Signal: 6 (ABRT)\n"
     "  Command Line: ./build/daemon --check-config ci/daemon.conf\n"
     "    Executable: /home/runner/work/app/build/daemon\n"
     + _GHA),
    # coredumpctl.c ("No coredumps found.") in an always-run step after a test that failed on its values
    ("coredumpctl-none-found-after-test-failure", "real",
     "[  FAILED  ] UrlTest.ParsesPort (0 ms)\n"
     "[==========] 31 tests from 5 test suites ran. (12 ms total)\n"
     "[  PASSED  ] 30 tests.\n"
     "[  FAILED  ] 1 test, listed below:\n"
     "[  FAILED  ] UrlTest.ParsesPort\n"
     "+ coredumpctl list --no-pager\n"
     "No coredumps found.\n"
     + _GHA),

    # ================================================================== gdb and lldb
    # bminor/binutils-gdb gdb/corelow.c ("Core was generated by `%s'.", "Program terminated with signal %s,
    # %s.") under gdb -batch -ex bt
    ("gdb-batch-core-sigsegv", "real",
     "+ gdb -batch -ex bt ./build/tests/codec_test core.7011\n"
     "[New LWP 7011]\n"
     "Core was generated by `./build/tests/codec_test --gtest_filter=Frame.*'.\n"
     "Program terminated with signal SIGSEGV, Segmentation fault.\n"
     "#0  0x000055d1c2a1b2c3 in decode_block (ctx=0x0) at src/codec.c:118\n"
     "#1  0x000055d1c2a1c010 in decode_frame (buf=...) at src/codec.c:201\n"
     + _GHA),
    # gdb/infrun.c print_signal_received_reason ("Program received signal %s, %s.") for a run under gdb
    ("gdb-batch-run-received-sigabrt", "real",
     "+ gdb -batch -ex run -ex bt --args ./build/bin/solver fixtures/grid.txt\n"
     "solver: src/grid.c:77: grid_at: Assertion `x < g->width' failed.\n"
     "\n"
     "Program received signal SIGABRT, Aborted.\n"
     "#0  __pthread_kill_implementation (threadid=<optimized out>) at ./nptl/pthread_kill.c:44\n"
     + _CIRCLE),
    # gdb/infrun.c print_signal_exited_reason ("Program terminated with signal %s, %s.", "The program no
    # longer exists.") for SIGKILL: the program was killed from outside (the OOM killer, the runner)
    ("gdb-batch-program-killed", "transient",
     "+ gdb -batch -ex run -ex bt --args ./build/bin/indexer --all\n"
     "[Thread debugging using libthread_db enabled]\n"
     "indexing 120000 documents\n"
     "\n"
     "Program terminated with signal SIGKILL, Killed.\n"
     "The program no longer exists.\n"
     "No stack.\n"
     + _GHA),
    # llvm/llvm-project lldb (Process "Process %llu stopped", "stop reason = %s"; the Mach exception
    # EXC_BAD_ACCESS) under lldb --batch on a macOS runner
    ("lldb-batch-exc-bad-access", "real",
     "+ lldb --batch -o run -o bt -- ./build/Debug/RenderTests\n"
     "Process 4321 launched: '/Users/runner/work/app/build/Debug/RenderTests' (arm64)\n"
     "Process 4321 stopped\n"
     "* thread #1, queue = 'com.apple.main-thread', stop reason = EXC_BAD_ACCESS (code=1, address=0x10)\n"
     "    frame #0: 0x0000000100003f2c RenderTests`Mesh::vertexAt(this=0x0) at Mesh.cpp:52\n"
     + _GHA),
    # the same for a Swift fatalError (EXC_BREAKPOINT, the trap Swift's runtime ends on)
    ("lldb-batch-exc-breakpoint-swift", "real",
     "+ lldb --batch -o run -o bt -- .build/debug/ImportTool fixtures/empty.csv\n"
     "Fatal error: Index out of range\n"
     "Process 5510 stopped\n"
     "* thread #1, queue = 'com.apple.main-thread', stop reason = EXC_BREAKPOINT (code=1, subcode=0x1a2b3c4d)\n"
     "    frame #0: 0x00000001a2b3c4d0 libswiftCore.dylib`_assertionFailure(_:_:file:line:flags:) + 228\n"
     + _GHA),

    # ================================================================== Breakpad / Crashpad minidumps
    # chromium breakpad src/processor/minidump_stackwalk.cc and stackwalk_common.cc ("Crash reason:  %s",
    # "Crash address: %s", "Thread %d (crashed)") with the project's own frame on top
    ("minidump-stackwalk-sigsegv-project-frame", "real",
     "+ minidump_stackwalk crashes/3f1a2b4c.dmp symbols/ 2>/dev/null\n"
     "Operating system: Linux\n"
     "CPU: amd64\n"
     "Crash reason:  SIGSEGV /SEGV_MAPERR\n"
     "Crash address: 0x0\n"
     "Thread 0 (crashed)\n"
     " 0  editor!Document::LineAt(int) [document.cc : 88 + 0x4]\n"
     "##[error]Crash dump found after the UI tests: crashes/3f1a2b4c.dmp\n"
     + _GHA),
    # stackwalk_common.cc on a Windows dump (the processor's names EXCEPTION_ACCESS_VIOLATION_READ/WRITE)
    ("minidump-stackwalk-windows-access-violation", "real",
     "+ minidump_stackwalk.exe out\\crash\\9b8c7d6e.dmp out\\symbols\n"
     "Operating system: Windows NT\n"
     "Crash reason:  EXCEPTION_ACCESS_VIOLATION_WRITE\n"
     "Crash address: 0x18\n"
     "Thread 3 (crashed)\n"
     " 0  game.exe!AudioMixer::Push(Sample const&) [mixer.cpp : 140 + 0x9]\n"
     + _GHA),

    # ================================================================== Windows exit codes and WER
    # NTSTATUS STATUS_ACCESS_VIOLATION 0xC0000005 as a signed exit code (Microsoft Learn, NTSTATUS values);
    # actions/runner ("Process completed with exit code %d.")
    ("gha-windows-exit-access-violation", "real",
     "Run .\\build\\Release\\unit_tests.exe --gtest_brief=1\n"
     "[==========] Running 112 tests from 14 test suites.\n"
     "[ RUN      ] Archive.ExtractNested\n"
     "##[error]Process completed with exit code -1073741819.\n"),
    # the same code unsigned (3221225477) as CPython's subprocess.CalledProcessError words it
    ("python-subprocess-exit-3221225477", "real",
     "building extension 'fastcsv._speedups'\n"
     "running smoke test: tools\\smoke.py\n"
     "Traceback (most recent call last):\n"
     "  File \"tools\\smoke.py\", line 22, in <module>\n"
     "subprocess.CalledProcessError: Command '['build\\\\bench.exe', 'data\\\\rows.csv']' returned non-zero exit status 3221225477.\n"
     + _GHA),
    # NTSTATUS STATUS_STACK_BUFFER_OVERRUN 0xC0000409 (-1073740791), also the code of __fastfail, which
    # the UCRT's abort() raises: a failed assert or an abort() in the program
    ("gha-windows-exit-fast-fail-0xc0000409", "real",
     "Run ctest --test-dir build -C Release --output-on-failure\n"
     "4/9 Test #4: config_tests .....................Exit code 0xc0000409\n"
     "***Exception:   0.31 sec\n"
     "Assertion failed: key != nullptr, file D:\\a\\app\\src\\config.cpp, line 61\n"
     "89% tests passed, 1 tests failed out of 9\n"
     "##[error]Process completed with exit code 8.\n"),
    # NTSTATUS STATUS_HEAP_CORRUPTION 0xC0000374 (-1073740940): the program wrote past an allocation
    ("msbuild-exec-heap-corruption", "real",
     "  Running post-build self test\n"
     "C:\\Program Files\\Microsoft Visual Studio\\2022\\Enterprise\\MSBuild\\Microsoft\\VC\\v170\\Microsoft.CppCommon.targets(166,5): "
     "error MSB3073: The command \"bin\\Release\\packer.exe --self-test\" exited with code -1073740940. [D:\\a\\app\\packer\\packer.vcxproj]\n"
     "Build FAILED.\n"
     + _GHA),
    # NTSTATUS STATUS_STACK_OVERFLOW 0xC00000FD (-1073741571): recursion in the program
    ("windows-exit-stack-overflow", "real",
     "> node scripts/run-native.js tree-walk\n"
     "walking fixtures/deep.json\n"
     "Error: Command failed with exit code -1073741571: bin\\walker.exe fixtures\\deep.json\n"
     + _GHA),
    # NTSTATUS STATUS_DLL_NOT_FOUND 0xC0000135 (-1073741515): the test binary's DLL was not copied beside
    # it or put on PATH, the same on every run (not 0xC0000142's failed initialisation)
    ("windows-exit-dll-not-found", "real",
     "Run .\\build\\tests\\Release\\net_tests.exe\n"
     "##[error]Process completed with exit code -1073741515.\n"),
    # WER's Application log Event 1000 ("Faulting application name: %1, version: %2, time stamp: %3",
    # "Exception code: %7"; Microsoft documentation, closed source), printed by a CI script's Get-WinEvent
    ("wer-faulting-application-event", "real",
     "Run .\\ci\\uitests.ps1\n"
     "UI test host exited unexpectedly\n"
     "Faulting application name: Viewer.exe, version: 2.4.0.0, time stamp: 0x65a1b2c3\n"
     "Faulting module name: Viewer.exe, version: 2.4.0.0, time stamp: 0x65a1b2c3\n"
     "Exception code: 0xc0000005\n"
     "Fault offset: 0x000000000004a1b2\n"
     + _GHA),
    # python/cpython Modules/faulthandler.c faulthandler_exc_handler ("Windows fatal exception: %s",
    # EXCEPTION_ACCESS_VIOLATION "access violation") under pytest on a Windows runner
    ("python-windows-fatal-exception-access-violation", "real",
     "tests/test_native.py::test_decode_truncated \n"
     "Windows fatal exception: access violation\n"
     "\n"
     "Current thread 0x00001a2c (most recent call first):\n"
     "  File \"D:\\a\\app\\src\\imgcodec\\__init__.py\", line 41 in decode\n"
     + _GHA),
    # the same handler's EXCEPTION_STACK_OVERFLOW ("stack overflow")
    ("python-windows-fatal-exception-stack-overflow", "real",
     "tests/test_tree.py::test_deep_nesting \n"
     "Windows fatal exception: stack overflow\n"
     "\n"
     "Current thread 0x00002b3c (most recent call first):\n"
     "  File \"D:\\a\\app\\src\\tree\\walk.py\", line 12 in visit\n"
     + _GHA),

    # ================================================================== HotSpot's fatal error report
    # openjdk/jdk src/hotspot/share/utilities/vmError.cpp for a native allocation failure
    # ("Native memory allocation (%s) failed to allocate %zu bytes", "Out of Memory Error (%s:%d)"), with
    # os_linux.cpp's commit_memory warning above it ("os::commit_memory(...) failed; error='%s' (errno=%d)")
    ("hotspot-commit-memory-failed", "transient",
     "> Task :app:compileKotlin\n"
     "OpenJDK 64-Bit Server VM warning: INFO: os::commit_memory(0x00000000d5580000, 715653120, 0) failed; error='Not enough space' (errno=12)\n"
     "# Native memory allocation (mmap) failed to map 715653120 bytes for committing reserved memory.\n"
     "#  Out of Memory Error (os_linux.cpp:2749), pid=2210, tid=2231\n"
     "FAILURE: Build failed with an exception.\n"
     + _GHA),
    # vmError.cpp for a SIGKILL-free crash of the OS thread creation ("java.lang.OutOfMemoryError: unable to
    # create native thread: possibly out of memory or process/resource limits reached", os_linux.cpp)
    ("hotspot-unable-to-create-native-thread-init", "transient",
     "+ ./gradlew test --parallel\n"
     "[0.021s][warning][os,thread] Failed to start thread \"GC Thread#3\" - pthread_create failed (EAGAIN) for attributes: stacksize: 1024k, guardsize: 4k, detached.\n"
     "Error occurred during initialization of VM\n"
     "java.lang.OutOfMemoryError: unable to create native thread: possibly out of memory or process/resource limits reached\n"
     + _GHA),

    # ================================================================== Go runtime fatal errors
    # golang/go src/runtime/map.go (fatal("concurrent map writes")) as runtime/panic.go prints it
    ("go-concurrent-map-writes", "real",
     "=== RUN   TestCacheParallel\n"
     "fatal error: concurrent map writes\n"
     "\n"
     "goroutine 41 [running]:\n"
     "example.org/svc/cache.(*Cache).Put(...)\n"
     "FAIL\texample.org/svc/cache\t0.031s\n"
     + _GHA),
    # runtime/map.go (fatal("concurrent map read and map write")) in a program, not a test
    ("go-concurrent-map-read-and-write", "real",
     "+ ./bin/loadgen --duration 5s --target http://127.0.0.1:8080\n"
     "2024/05/02 10:11:12 started 16 workers\n"
     "fatal error: concurrent map read and map write\n"
     "\n"
     "goroutine 77 [running]:\n"
     "main.(*stats).record(...)\n"
     + _CIRCLE),
    # runtime/map.go (fatal("concurrent map iteration and map write"))
    ("go-concurrent-map-iteration-and-write", "real",
     "=== RUN   TestRegistrySnapshot\n"
     "fatal error: concurrent map iteration and map write\n"
     "\n"
     "goroutine 19 [running]:\n"
     "FAIL\texample.org/registry\t0.204s\n"
     + _GL),
    # src/sync/mutex.go (fatal("sync: unlock of unlocked mutex"))
    ("go-sync-unlock-of-unlocked-mutex", "real",
     "=== RUN   TestPoolRelease\n"
     "fatal error: sync: unlock of unlocked mutex\n"
     "\n"
     "goroutine 12 [running]:\n"
     "FAIL\texample.org/pool\t0.012s\n"
     + _GHA),
    # runtime/signal_unix.go sigpanic/crash ("SIGSEGV: segmentation violation", "PC=%#x m=%d sigcode=%d")
    # for a fault in the project's cgo code
    ("go-sigsegv-in-cgo-crash", "real",
     "+ go run ./cmd/convert fixtures/in.tiff\n"
     "SIGSEGV: segmentation violation\n"
     "PC=0x7f2a1c4e1b2c m=3 sigcode=1 addr=0x0\n"
     "signal arrived during cgo execution\n"
     "\n"
     "goroutine 1 [syscall]:\n"
     "example.org/conv/tiff._Cfunc_tiff_read_strip(0x0, 0x0)\n"
     "exit status 2\n"
     + _GHA),
    # runtime/os_linux.go newosproc ("runtime: failed to create new OS thread (have %d already; errno=%d)",
    # "runtime: may need to increase max user processes (ulimit -u)", throw("newosproc")): the host's or
    # container's process limit, shared with the other jobs on it
    ("go-newosproc-failed", "transient",
     "+ go test ./... -p 8\n"
     "ok  \texample.org/api\t2.101s\n"
     "runtime: failed to create new OS thread (have 11 already; errno=11)\n"
     "runtime: may need to increase max user processes (ulimit -u)\n"
     "fatal error: newosproc\n"
     "FAIL\texample.org/index\t0.412s\n"
     + _GHA),
    # src/runtime/cgo/gcc_libinit.c ("runtime/cgo: pthread_create failed: %s") then abort()
    ("go-cgo-pthread-create-failed", "transient",
     "+ go build -o bin/server ./cmd/server\n"
     "runtime/cgo: pthread_create failed: Resource temporarily unavailable\n"
     "SIGABRT: abort\n"
     "PC=0x7f3b2c1d0e9b m=4 sigcode=18446744073709551610\n"
     + _GL),
    # runtime/malloc.go ("runtime: out of memory: cannot allocate %d-byte block (%d in use)",
    # throw("out of memory"))
    # (dev34) the runtime out of memory reads lightly now (runtime-own-memory-limit: unknown where nothing else speaks)
    ("go-out-of-memory-cannot-allocate-block", "unknown",
     "+ go vet ./...\n"
     "runtime: out of memory: cannot allocate 4194304-byte block (3925868544 in use)\n"
     "fatal error: out of memory\n"
     "\n"
     "goroutine 1 [running]:\n"
     + _GHA),

    # ================================================================== Node and V8
    # v8 src/utils/utils.cc / src/execution/isolate.cc via node's src/node_errors.cc OOMErrorHandler
    # ("# Fatal process out of memory: %s") for a failed reservation of the process
    ("v8-fatal-process-out-of-memory-zone", "transient",
     "> webpack --mode production\n"
     "\n"
     "#\n"
     "# Fatal process out of memory: Zone\n"
     "#\n"
     "----- Native stack trace -----\n"
     "npm ERR! code ELIFECYCLE\n"
     "npm ERR! errno 133\n"
     + _CIRCLE),
    # nodejs/node src/node_errors.cc OnFatalError ("FATAL ERROR: %s %s") with V8's api.cc
    # Utils::ReportApiFailure ("v8::ToLocalChecked", "Empty MaybeLocal"): the project's native addon
    ("node-fatal-error-to-local-checked", "real",
     "> node --test test/\n"
     "# Subtest: binding decodes frames\n"
     "FATAL ERROR: v8::ToLocalChecked Empty MaybeLocal\n"
     "----- Native stack trace -----\n"
     " 1: 0xb7a1c0 node::OnFatalError(char const*, char const*) [node]\n"
     "Aborted (core dumped)\n"
     + _GHA),

    # ================================================================== CPython faulthandler
    # python/cpython Python/pylifecycle.c fatal_error ("Fatal Python error: %s: %s"): an extension that
    # calls the C API without the GIL
    ("python-fatal-gil-not-held", "real",
     "tests/test_stream.py::test_callback_thread \n"
     "Fatal Python error: PyThreadState_Get: the function must be called with the GIL held, but the GIL is released (the current Python thread state is NULL)\n"
     "Python runtime state: initialized\n"
     "\n"
     "Current thread 0x00007f1c2d4e1740 (most recent call first):\n"
     + _GHA),
    # Modules/faulthandler.c (faulthandler_handlers: SIGFPE "Floating point exception")
    ("python-fatal-floating-point-exception", "real",
     "tests/test_stats.py::test_empty_bins \n"
     "Fatal Python error: Floating point exception\n"
     "\n"
     "Current thread 0x00007f3a2b1c0740 (most recent call first):\n"
     "  File \"/home/runner/work/app/src/stats/_bins.py\", line 30 in histogram\n"
     + _GHA),
    # Python/pylifecycle.c init_import_site ("Fatal Python error: init_import_site: Failed to import the
    # site module"): the job's own interpreter or PYTHONPATH, the same on every run
    ("python-fatal-init-import-site", "real",
     "+ .venv/bin/python -m pytest\n"
     "Fatal Python error: init_import_site: Failed to import the site module\n"
     "Python runtime state: initialized\n"
     "ModuleNotFoundError: No module named 'encodings.aliases'\n"
     + _GL),

    # ================================================================== Rust, .NET, BEAM
    # rust-lang/rust library/std/src/panicking.rs ("thread caused non-unwinding panic. aborting.") after a
    # panic in an extern "C" function (library/core/src/panicking.rs "panic in a function that cannot unwind")
    ("rust-non-unwinding-panic", "real",
     "     Running tests/ffi.rs (target/debug/deps/ffi-4e1a2b3c)\n"
     "running 6 tests\n"
     "thread 'callback_roundtrip' panicked at library/core/src/panicking.rs:221:5:\n"
     "panic in a function that cannot unwind\n"
     "thread caused non-unwinding panic. aborting.\n"
     "error: test failed, to rerun pass `--test ffi`\n"
     + _GHA),
    # dotnet/runtime src/coreclr/vm/eepolicy.cpp LogFatalError ("Fatal error." then the exception) for an
    # access violation in the project's P/Invoke
    ("dotnet-fatal-error-access-violation", "real",
     "  Starting test execution, please wait...\n"
     "Fatal error. System.AccessViolationException: Attempted to read or write protected memory. This is often an indication that other memory is corrupt.\n"
     "   at Imaging.Native.Decode(IntPtr, Int32)\n"
     "   at Imaging.Tests.DecodeTests.Truncated()\n"
     "The active test run was aborted. Reason: Test host process crashed\n"
     "Test Run Aborted.\n"
     + _GHA),
    # eepolicy.cpp / System.Environment.FailFast ("Process terminated. %s"): Debug.Assert failing in a
    # Debug build (System.Diagnostics.DebugProvider "Assertion failed.")
    ("dotnet-process-terminated-assertion", "real",
     "+ dotnet run --project tools/Migrator -c Debug\n"
     "Process terminated. Assertion failed.\n"
     "schema version must be positive\n"
     "   at Migrator.Plan.Build(Int32)\n"
     + _GHA),
    # erlang/otp erts/emulator/beam/erl_init.c and sys/unix/sys.c ("Kernel pid terminated (%s) (%s)") with
    # erl_crash_dump ("Crash dump is being written to: %s..."): an application that failed to start
    ("beam-kernel-pid-terminated-app-start", "real",
     "==> shop\n"
     "Compiling 41 files (.ex)\n"
     "Kernel pid terminated (application_controller) ({application_start_failure,shop,{bad_return,{{'Elixir.Shop.Application',start,[normal,[]]},{'EXIT',{undef,[]}}}}})\n"
     "\n"
     "Crash dump is being written to: erl_crash.dump...done\n"
     + _GHA),
    # erts/emulator/beam/erl_alloc.c erts_alloc_n_enomem ("%s: Cannot allocate %bpu bytes of memory (of type
    # \"%s\").") then the crash dump: the allocator found no memory on the host
    ("beam-cannot-allocate-crash-dump", "transient",
     "==> running mix test --cover\n"
     "..........................................\n"
     "eheap_alloc: Cannot allocate 2545496 bytes of memory (of type \"heap\").\n"
     "\n"
     "Crash dump is being written to: erl_crash.dump...done\n"
     + _GHA),

    # ================================================================== runtimes out of memory under a crash word
    # V8's heap limit (src/heap/heap.cc, node_errors.cc "FATAL ERROR: %s %s") above bash's report of the
    # SIGABRT that followed: the heap report decides, not the abort
    # (twentieth round, leftovers20) was transient: a build step's own out-of-memory is neither surely transient nor surely
    # real (a larger resource class or a config change as often as a one-off; test_rules20_leftovers.py)
    ("bash-aborted-after-v8-heap-limit", "unknown",
     "+ node scripts/build-index.js\n"
     "<--- Last few GCs --->\n"
     "FATAL ERROR: Ineffective mark-compacts near heap limit Allocation failed - JavaScript heap out of memory\n"
     "----- Native stack trace -----\n"
     "./ci/build.sh: line 7:  2210 Aborted                 (core dumped) node scripts/build-index.js\n"
     + _GHA),
    # rust-lang/rust library/std/src/alloc.rs default_alloc_error_hook ("memory allocation of {} bytes
    # failed") for an ordinary size, then bash's abort report
    ("bash-aborted-after-rust-allocation-failed", "transient",
     "+ ./target/release/tile-builder --zoom 14 data/region.pbf\n"
     "reading 1482113 nodes\n"
     "memory allocation of 268435456 bytes failed\n"
     "./ci/tiles.sh: line 11:  5120 Aborted                 (core dumped) ./target/release/tile-builder --zoom 14 data/region.pbf\n"
     + _GL),
    # vmError.cpp's native out-of-memory report ("Native memory allocation (malloc) failed to allocate %zu
    # bytes", "Possible reasons:", "The system is out of physical RAM or swap space") in a Gradle test worker
    ("hotspot-malloc-failed-out-of-swap", "transient",
     "> Task :core:test\n"
     + _HS_ERR.replace("A fatal error has been detected by the Java Runtime Environment:",
                       "There is insufficient memory for the Java Runtime Environment to continue.") +
     "# Native memory allocation (malloc) failed to allocate 1048576 bytes. Error detail: AllocateHeap\n"
     "# Possible reasons:\n"
     "#   The system is out of physical RAM or swap space\n"
     "Could not stop 'Gradle Test Executor 4'.\n"
     + _GHA),
    # node's OOM handler with V8's new-space reservation (src/heap/heap.cc "Committing semi space failed.";
    # node_errors.cc "FATAL ERROR: %s %s", "process out of memory" when it is not the JS heap)
    ("node-committing-semi-space-failed", "transient",
     "> jest --ci -w 4\n"
     "FATAL ERROR: Committing semi space failed. Allocation failed - process out of memory\n"
     " 1: 0xb7a1c0 node::Abort() [node]\n"
     "npm ERR! code ELIFECYCLE\n"
     "npm ERR! errno 134\n"
     + _CIRCLE),
    # dotnet/runtime src/coreclr/gc/gc.cpp ("GC heap initialization failed with error 0x%08X") and the host's
    # "Failed to create CoreCLR, HRESULT: 0x%08X" with E_OUTOFMEMORY (0x8007000E): no memory to start
    ("dotnet-gc-heap-init-out-of-memory", "transient",
     "+ dotnet test tests/Api.Tests\n"
     "GC heap initialization failed with error 0x8007000E\n"
     "Failed to create CoreCLR, HRESULT: 0x8007000E\n"
     + _GHA),
    # ================================================================== a child's signal as its parent reports it
    # python/cpython Lib/subprocess.py CalledProcessError.__str__ ("Command '%s' died with %r." with
    # signal.Signals): SIGKILL, the OOM killer or the runner
    ("python-subprocess-died-with-sigkill", "transient",
     "+ python tools/gen_fixtures.py --all\n"
     "generating 4000 fixtures\n"
     "Traceback (most recent call last):\n"
     "  File \"tools/gen_fixtures.py\", line 40, in <module>\n"
     "subprocess.CalledProcessError: Command '['./build/bin/gen', '--all']' died with <Signals.SIGKILL: 9>.\n"
     + _GHA),
    # the same with SIGSEGV: the child crashed
    ("python-subprocess-died-with-sigsegv", "real",
     "+ python tools/gen_fixtures.py --all\n"
     "Traceback (most recent call last):\n"
     "  File \"tools/gen_fixtures.py\", line 40, in <module>\n"
     "subprocess.CalledProcessError: Command '['./build/bin/gen', '--all']' died with <Signals.SIGSEGV: 11>.\n"
     + _GHA),
    # sindresorhus/execa lib/error.js ("Command was killed with %s (%s): %s", human-signals' descriptions)
    ("execa-command-killed-sigkill", "transient",
     "> node scripts/build.mjs\n"
     "Error: Command was killed with SIGKILL (Forced termination): esbuild --bundle src/index.ts --outdir dist\n"
     "    at makeError (node_modules/execa/lib/error.js:60:11)\n"
     + _GHA),
    ("execa-command-killed-sigsegv", "real",
     "> node scripts/build.mjs\n"
     "Error: Command was killed with SIGSEGV (Segmentation fault): ./bin/packer --all\n"
     "    at makeError (node_modules/execa/lib/error.js:60:11)\n"
     + _GHA),
    # the kernel's OOM killer (mm/oom_kill.c "Out of memory: Killed process %d (%s)") in dmesg, bash's
    # "Killed", and coredumpctl finding no dump (a SIGKILL leaves none)
    ("dmesg-oom-kill-no-coredumps", "transient",
     "+ ./build/bin/indexer --all\n"
     "Killed\n"
     "+ sudo dmesg | tail -n 1\n"
     "[  921.311204] Out of memory: Killed process 4412 (indexer) total-vm:8123456kB, anon-rss:7012345kB\n"
     "+ coredumpctl list --no-pager\n"
     "No coredumps found.\n"
     + _GHA),
    # runtime/os_linux.go newosproc with ENOMEM (errno=12) inside a BuildKit step
    ("go-newosproc-enomem-in-docker-build", "transient",
     "#9 [build 4/6] RUN go build -o /out/app ./cmd/app\n"
     "#9 12.30 runtime: failed to create new OS thread (have 2 already; errno=12)\n"
     "#9 12.30 runtime: may need to increase max user processes (ulimit -u)\n"
     "#9 12.30 fatal error: newosproc\n"
     "ERROR: failed to solve: process \"/bin/sh -c go build -o /out/app ./cmd/app\" did not complete successfully: exit code: 2\n"
     + _GHA),

    # libstdc++ vterminate.cc for a std::system_error from std::thread (pthread_create's EAGAIN, "Resource
    # temporarily unavailable"): the host's thread limit, not the code's crash
    ("terminate-system-error-thread-eagain", "transient",
     "+ ./build/bin/loadtest --threads 64\n"
     "terminate called after throwing an instance of 'std::system_error'\n"
     "  what():  Resource temporarily unavailable\n"
     "Aborted (core dumped)\n"
     + _GHA),

    # ================================================================== near-misses
    # a crash-report parser's own test quoting minidump_stackwalk's words: its assertion decides
    ("pytest-parser-test-quotes-crash-reason", "real",
     "    def test_parses_crash_reason():\n"
     ">       assert parse(SAMPLE)[\"reason\"] == \"SIGSEGV /SEGV_MAPERR\"\n"
     "E       AssertionError: assert 'SIGSEGV' == 'SIGSEGV /SEGV_MAPERR'\n"
     "FAILED tests/test_minidump.py::test_parses_crash_reason - AssertionError: assert 'SIGSEGV' == 'SIGSEGV /SEGV_MAPERR'\n"
     "========================= 1 failed, 52 passed in 1.31s =========================\n"
     + _GHA),
    # a Go test of an exit-code decoder whose want names the Windows crash code
    ("go-test-wants-windows-exit-code", "real",
     "=== RUN   TestDescribeExit\n"
     "    exit_test.go:31: describe(-1073741819) = \"unknown\", want \"access violation (0xC0000005)\"\n"
     "--- FAIL: TestDescribeExit (0.00s)\n"
     "FAIL\n"
     "FAIL\texample.org/supervisor\t0.008s\n"
     + _GHA),
    # a jest test of a log classifier titled after a Go runtime fatal, failing on its value
    ("jest-test-titled-concurrent-map-writes", "real",
     "FAIL src/classify.test.ts\n"
     "  ● classify › flags fatal error: concurrent map writes as a crash\n"
     "    expect(received).toBe(expected) // Object.is equality\n"
     "    Expected: \"crash\"\n"
     "    Received: \"unknown\"\n"
     "Tests:       1 failed, 40 passed, 41 total\n"
     + _GHA),
    # a Go test of a supervisor that expects its child's "newosproc" message in the output: the value
    ("go-test-wants-newosproc-text", "real",
     "=== RUN   TestChildThreadLimit\n"
     "    supervisor_test.go:58: output = \"exit status 2\", want it to contain \"fatal error: newosproc\"\n"
     "--- FAIL: TestChildThreadLimit (0.41s)\n"
     "FAIL\texample.org/supervisor\t0.442s\n"
     + _GHA),
    # golang/go src/runtime/proc.go checkmcount ("runtime: program exceeds %d-thread limit",
    # fatal("thread exhaustion")): the program leaks blocked threads, not the host's limit
    ("go-thread-exhaustion-10000-limit", "real",
     "=== RUN   TestWatchMany\n"
     "runtime: program exceeds 10000-thread limit\n"
     "fatal error: thread exhaustion\n"
     "\n"
     "goroutine 1 [running]:\n"
     "FAIL\texample.org/watch\t9.812s\n"
     + _GHA),
    # a supervisor's own WARN line about a child's access violation that it restarted, above the test that
    # failed on its values
    ("app-log-child-access-violation-restarting", "real",
     "2024-05-02T10:11:12Z WARN  supervisor: renderer exited with code -1073741819, restarting\n"
     "  Failed RenderTests.Thumbnail [41 ms]\n"
     "  Error Message:\n"
     "   Assert.Equal() Failure: Values differ\n"
     "Failed!  - Failed:     1, Passed:    63, Skipped:     0, Total:    64\n"
     + _GHA),
    # CPython's "died with <Signals.SIGKILL: 9>." for one test beside another that failed on its assertion:
    # the assertion fails every rerun
    ("pytest-sigkilled-child-beside-assertion", "real",
     ">       assert total == 1300\n"
     "E       assert 1250 == 1300\n"
     "tests/test_cart.py:41: AssertionError\n"
     "FAILED tests/test_cart.py::test_total - assert 1250 == 1300\n"
     "FAILED tests/test_gen.py::test_fixtures - subprocess.CalledProcessError: Command '['./bin/gen']' died with <Signals.SIGKILL: 9>.\n"
     "========================= 2 failed, 88 passed in 12.31s =========================\n"
     + _GHA),
    # a test of a runner wrapper quoting the words in its assertion
    ("pytest-assertion-quotes-died-with-sigkill", "real",
     "E       AssertionError: assert \"died with <Signals.SIGKILL: 9>\" in ''\n"
     "FAILED tests/test_runner.py::test_reports_kill - AssertionError: assert \"died with <Signals.SIGKILL: 9>\" in ''\n"
     "========================= 1 failed, 20 passed in 0.31s =========================\n"
     + _GHA),
    # an application's own INFO line about a child it restarted (V8's words in it): the job failed on a test
    ("app-log-restarted-worker-v8-oom", "real",
     "2024-05-02T10:11:12Z INFO  worker 3 died (Fatal process out of memory: Zone), restarting\n"
     "  1) render service\n"
     "       returns the cached page:\n"
     "     AssertionError: expected 500 to equal 200\n"
     "  41 passing (2s)\n"
     "  1 failing\n"
     + _GHA),
]

# Wordings printed both for a crash of the code and for one of the runtime, the host's CPU or memory:
# not a transient verdict at 0.7 or more.
NOT_SURELY_TRANSIENT: list[tuple[str, str]] = [
    # vmError.cpp ("Problematic frame:", "# J %d %s" for a compiled Java method): a crash in C2-compiled code
    # is a JIT bug, a corrupted heap from the project's Unsafe or JNI use, or bad hardware
    ("hotspot-sigsegv-in-jit-compiled-code",
     "+ java -jar build/libs/indexer.jar fixtures/\n"
     + _HS_ERR +
     "#  SIGSEGV (0xb) at pc=0x00007f1c2d4e1a2b, pid=2841, tid=2856\n"
     "# Problematic frame:\n"
     "# J 4127 c2 com.example.index.Postings.merge([I[I)[I (212 bytes) @ 0x00007f1c2d4e1a2b [0x00007f1c2d4e1960+0x00000000000000cb]\n"
     "# An error report file with more information is saved as:\n"
     "# /home/runner/work/app/hs_err_pid2841.log\n"
     + _GHA),
    # vmError.cpp with a frame in libjvm itself (a GC or the VM crashing): a JVM bug or bad memory
    ("hotspot-sigsegv-in-libjvm-gc",
     "+ java -Xmx2g -cp build/classes Main\n"
     + _HS_ERR +
     "#  SIGSEGV (0xb) at pc=0x00007f8a9b1c2d3e, pid=4410, tid=4420\n"
     "# Problematic frame:\n"
     "# V  [libjvm.so+0x7c2d3e]  G1ParScanThreadState::copy_to_survivor_space(G1HeapRegionAttr, oopDesc*, markWord)+0x5e\n"
     "# Core dump will be written. Default location: Core dumps may be processed with \"/usr/share/apport/apport\"\n"
     + _GHA),
    # vmError.cpp ("Internal Error (%s:%d)", a guarantee() that failed in the VM)
    ("hotspot-internal-error-guarantee",
     "+ ./mvnw -q verify\n"
     + _HS_ERR +
     "#  Internal Error (codeCache.cpp:652), pid=3120, tid=3141\n"
     "#  guarantee(cb != NULL && cb->is_nmethod()) failed: not an nmethod\n"
     "# JRE version: OpenJDK Runtime Environment (17.0.9+9) (build 17.0.9+9)\n"
     + _GHA),
    # dotnet/runtime eepolicy.cpp ("Fatal error. Internal CLR error. (0x%x)"): a runtime bug, or memory
    # the program's unsafe code or native interop corrupted
    ("dotnet-internal-clr-error",
     "  Starting test execution, please wait...\n"
     "  A total of 1 test files matched the specified pattern.\n"
     "Fatal error. Internal CLR error. (0x80131506)\n"
     "The active test run was aborted. Reason: Test host process crashed : Fatal error. Internal CLR error. (0x80131506)\n"
     "Test Run Aborted.\n"
     + _GHA),
    # bash siglist.c SIGILL ("Illegal instruction") for a prebuilt binary: code built for a newer CPU than
    # this runner's (a fleet of mixed hosts) or a deliberate trap in the program
    ("bash-illegal-instruction-prebuilt",
     "+ ./vendor/bin/simdjson-bench fixtures/twitter.json\n"
     "./ci/bench.sh: line 6:  2210 Illegal instruction     (core dumped) ./vendor/bin/simdjson-bench fixtures/twitter.json\n"
     + _GHA),
    # NTSTATUS STATUS_ILLEGAL_INSTRUCTION 0xC000001D (-1073741795): the same on Windows
    ("windows-exit-illegal-instruction",
     "Run .\\tools\\encoder.exe --preset fast sample.y4m\n"
     "##[error]Process completed with exit code -1073741795.\n"),
    # CPython Modules/_io/bufferedio.c ("could not acquire lock for %A at interpreter shutdown, possibly due
    # to daemon threads") via _Py_FatalErrorFormat: a daemon thread still writing at exit, timing-dependent
    ("python-fatal-buffered-busy-at-shutdown",
     "============================= 212 passed in 31.02s =============================\n"
     "Fatal Python error: _enter_buffered_busy: could not acquire lock for <_io.BufferedWriter name='<stdout>'> at interpreter shutdown, possibly due to daemon threads\n"
     "Python runtime state: finalizing (tstate=0x0000559c1a2b3c40)\n"
     "\n"
     "Thread 0x00007f1c2d4e1700 (most recent call first):\n"
     + _GHA),
    # erts/emulator/beam/erl_alloc.c with a size no host has: a length computed wrong in the code, or not
    ("beam-cannot-allocate-absurd-size",
     "==> running mix test\n"
     "binary_alloc: Cannot allocate 18446744073709551615 bytes of memory (of type \"binary\").\n"
     "\n"
     "Crash dump is being written to: erl_crash.dump...done\n"
     + _GHA),
    # ruby/ruby error.c rb_bug ("[BUG] %s") for a segfault in the VM: a native gem's bug or the VM's own
    ("ruby-bug-segmentation-fault",
     "/home/runner/.gem/ruby/3.2.0/gems/fastxml-1.2.0/lib/fastxml.rb:14: [BUG] Segmentation fault at 0x0000000000000010\n"
     "ruby 3.2.2 (2023-03-30 revision e51014f9c0) [x86_64-linux]\n"
     "\n"
     "-- Control frame information -----------------------------------------------\n"
     + _GHA),
    # CPython faulthandler (SIGILL "Illegal instruction") under an extension wheel built for AVX-512
    ("python-fatal-illegal-instruction",
     "tests/test_vec.py::test_dot \n"
     "Fatal Python error: Illegal instruction\n"
     "\n"
     "Current thread 0x00007f3a2b1c0740 (most recent call first):\n"
     "  File \"/opt/venv/lib/python3.11/site-packages/fastvec/__init__.py\", line 18 in dot\n"
     + _GHA),
]


@pytest.mark.parametrize(("verdict", "log"), labelled(CASES))
def test_process_crash_message_reads_right(verdict, log):
    reads(log, verdict)


@pytest.mark.parametrize("log", logs(NOT_SURELY_TRANSIENT))
def test_ambiguous_process_crashes_do_not_read_surely_transient(log):
    not_surely_transient(log)


def test_case_ids_are_unique():
    assert_unique_ids(CASES, NOT_SURELY_TRANSIENT)


# One line of 50,000 characters of each of these words is read by benchmarks/pattern_speed.py,
# which prints the seconds each takes (a guard against patterns that backtrack; a timing is a
# benchmark's, not a test's).
LONG_LINE_WORDS = [
    "./ci/run.sh: line 14:  4821 Segmentation fault ",
    "make: *** [Makefile:41: check",
    "terminate called after throwing an instance of '",
    "Crash reason:  EXCEPTION_ACCESS_VIOLATION",
    "exited with code ",
    "exit code -1073741819 0xc0000005 ",
    "runtime: out of memory: cannot allocate 4194304",
    "eheap_alloc: Cannot allocate 2545496 ",
    "Kernel pid terminated (application_controller) ({application_start_failure,",
    "died with <Signals.SIGKILL: 9>",
]
