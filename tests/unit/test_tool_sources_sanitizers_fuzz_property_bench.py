"""Thirteenth round, tool sources: sanitizers and memory checkers (AddressSanitizer, LeakSanitizer,
ThreadSanitizer, MemorySanitizer, UndefinedBehaviorSanitizer, Go's race detector, Valgrind's memcheck and
helgrind, Miri), fuzzers run in CI (libFuzzer, cargo-fuzz, Go's native fuzzing, AFL++, ClusterFuzzLite,
Jazzer, Atheris), property-based testing (Hypothesis, proptest, fast-check, QuickCheck, gopter/ScalaCheck),
mutation-testing thresholds (Stryker, PIT, cargo-mutants) and benchmark gates (pytest-benchmark,
github-action-benchmark, hyperfine).

Each case is a short log written for the test around one message as the tool prints it. The wording was
read from the tools' own source (the comment above each case names the repository and file holding the
format string; where the source was found through the code index rather than a fetched repository, the
comment says so); hosts, packages, functions and paths are made up; no project's CI log is copied.

The rules the cases hold:
  * a sanitizer's or Valgrind's report, a race the race detector or helgrind saw, Miri's Undefined
    Behavior, a crash, hang or out-of-memory that a fuzzer found inside its target (it saves the input that
    does it), a property's falsifying example, a property that could not find inputs meeting its
    assumptions, a mutation score under its break threshold -> real. A race is real even though it shows
    only on some runs: the detector saw two unsynchronised accesses in this run, and that code is there on
    every run whether or not the next schedule exposes it;
  * Hypothesis's own verdict that a failure came from timing (DeadlineExceeded, or Flaky with "Unreliable
    test timings") or that the same input failed once and passed on replay (Flaky) -> transient: Hypothesis's
    own "ci" settings profile turns deadlines and the too_slow health check off because CI timings vary;
  * the fuzzing or sanitizing machinery failing for a reason outside the code (a network fetch of a
    corpus, a build image or a toolchain component, a compiler or test killed for memory) -> transient;
  * ambiguous: a sanitizer that could not start on the runner's kernel (high-entropy ASLR: the same image
    fails on many runs, not all), LeakSanitizer under ptrace, Go's fuzzing worker that died with nothing
    said, Hypothesis's too_slow health check, a benchmark gate's regression on a shared runner -> only
    "not surely transient" is asserted.
"""

from __future__ import annotations

import pytest
from judging import assert_unique_ids, labelled, logs, not_surely_transient, reads

_GHA = "##[error]Process completed with exit code 1.\n"
_CIRCLE = "\nExited with code exit status 1\n"

CASES: list[tuple[str, str, str]] = [
    # ------------------------------------------------------------------ AddressSanitizer and friends
    # llvm/llvm-project compiler-rt/lib/asan/asan_errors.cpp ("ERROR: AddressSanitizer: %s on address %p at
    # pc %p bp %p sp %p", "%s of size %zu at %p thread %s"), sanitizer_common ReportErrorSummary ("SUMMARY:
    # %s") (read through the code index)
    ("asan-heap-use-after-free", "real",
     "[ RUN      ] ListTest.PopAfterClear\n"
     "=================================================================\n"
     "==5127==ERROR: AddressSanitizer: heap-use-after-free on address 0x602000000010 at pc 0x55d1 bp 0x7ffc sp 0x7ffb\n"
     "READ of size 4 at 0x602000000010 thread T0\n"
     "    #0 0x55d1c0 in list_pop /work/src/list.c:42:13\n"
     "    #1 0x55d2a4 in ListTest_PopAfterClear_Test::TestBody() /work/tests/list_test.cc:31\n"
     "SUMMARY: AddressSanitizer: heap-use-after-free /work/src/list.c:42:13 in list_pop\n"
     "==5127==ABORTING\n" + _GHA),
    ("asan-stack-buffer-overflow-ctest", "real",
     "test 7\n"
     "    Start 7: codec_roundtrip\n"
     "==811==ERROR: AddressSanitizer: stack-buffer-overflow on address 0x7ffd3a1c at pc 0x4f2a bp 0x7ffd sp 0x7ffd\n"
     "WRITE of size 1 at 0x7ffd3a1c thread T0\n"
     "    #0 0x4f2a10 in encode_block /work/src/codec.c:118:22\n"
     "SUMMARY: AddressSanitizer: stack-buffer-overflow /work/src/codec.c:118:22 in encode_block\n"
     "7/12 Test  #7: codec_roundtrip ..................***Failed    0.21 sec\n"
     "The following tests FAILED:\n"
     "\t  7 - codec_roundtrip (Failed)\n"
     "Errors while running CTest\n" + _GHA),
    # compiler-rt asan_errors.cpp ErrorDeadlySignal ("%s on unknown address %p (pc %p bp %p sp %p T%d)"),
    # sanitizer_common ("%s:DEADLYSIGNAL")
    ("asan-deadlysignal-segv", "real",
     "./build/tests/tree_tests\n"
     "AddressSanitizer:DEADLYSIGNAL\n"
     "=================================================================\n"
     "==3310==ERROR: AddressSanitizer: SEGV on unknown address 0x000000000008 (pc 0x55e0 bp 0x7ffe sp 0x7ffe T0)\n"
     "==3310==The signal is caused by a READ memory access.\n"
     "==3310==Hint: address points to the zero page.\n"
     "    #0 0x55e011 in tree_min /work/src/tree.c:64:18\n"
     "SUMMARY: AddressSanitizer: SEGV /work/src/tree.c:64:18 in tree_min\n"
     "==3310==ABORTING\n"
     "make: *** [Makefile:52: check] Error 1\n" + _GHA),
    # compiler-rt/lib/ubsan/ubsan_handlers.cpp ("signed integer overflow: %0 %1 %2 cannot be represented in type
    # %3"), ubsan_diag.cpp ("runtime error: "), summary "undefined-behavior"
    ("ubsan-signed-overflow", "real",
     "running 14 checks\n"
     "src/hash.c:31:14: runtime error: signed integer overflow: 2147483600 + 97 cannot be represented in type 'int'\n"
     "SUMMARY: UndefinedBehaviorSanitizer: undefined-behavior src/hash.c:31:14 in\n"
     "FAIL: test_hash (exit status: 1)\n" + _GHA),
    # compiler-rt/lib/msan/msan_report.cpp ("WARNING: MemorySanitizer: use-of-uninitialized-value")
    ("msan-use-of-uninitialized-value", "real",
     "[ RUN      ] Header.DecodesShort\n"
     "==2201==WARNING: MemorySanitizer: use-of-uninitialized-value\n"
     "    #0 0x49a1b2 in decode_header /work/src/decode.c:77:9\n"
     "    #1 0x49b3c0 in Header_DecodesShort_Test::TestBody() /work/tests/decode_test.cc:20:3\n"
     "SUMMARY: MemorySanitizer: use-of-uninitialized-value /work/src/decode.c:77:9 in decode_header\n"
     "Exiting\n" + _GHA),
    # compiler-rt/lib/tsan/rtl/tsan_report.cpp ("WARNING: ThreadSanitizer: %s (pid=%d)", "ThreadSanitizer:
    # reported %d warnings"): a race is a bug in the code even when a run does not show it
    ("tsan-data-race-cpp", "real",
     "[ RUN      ] Counter.ConcurrentIncrements\n"
     "==================\n"
     "WARNING: ThreadSanitizer: data race (pid=4242)\n"
     "  Write of size 8 at 0x7b0400000010 by thread T2:\n"
     "    #0 Counter::inc() /work/src/counter.cc:18 (counter_tests+0x4a1f)\n"
     "  Previous read of size 8 at 0x7b0400000010 by thread T1:\n"
     "    #0 Counter::get() const /work/src/counter.cc:22 (counter_tests+0x4b02)\n"
     "SUMMARY: ThreadSanitizer: data race /work/src/counter.cc:18 in Counter::inc()\n"
     "==================\n"
     "ThreadSanitizer: reported 1 warnings\n" + _GHA),
    # tsan_report.cpp ReportTypeString: "lock-order-inversion (potential deadlock)"
    ("tsan-lock-order-inversion", "real",
     "[ RUN      ] Pool.TransferBothWays\n"
     "==================\n"
     "WARNING: ThreadSanitizer: lock-order-inversion (potential deadlock) (pid=918)\n"
     "  Cycle in lock order graph: M1 (0x7b0c00000018) => M2 (0x7b0c00000040) => M1\n"
     "SUMMARY: ThreadSanitizer: lock-order-inversion (potential deadlock) /work/src/pool.cc:51 in Pool::transfer\n"
     "==================\n"
     "ThreadSanitizer: reported 1 warnings\n" + _GHA),
    # Go's race detector (the race runtime's "WARNING: DATA RACE"), src/testing/testing.go ("race detected
    # during execution of test") (read through the code index)
    ("go-race-detected-in-test", "real",
     "=== RUN   TestCacheConcurrentPut\n"
     "==================\n"
     "WARNING: DATA RACE\n"
     "Write at 0x00c0000a4010 by goroutine 8:\n"
     "  example.com/cache.(*Cache).Put()\n"
     "Previous read at 0x00c0000a4010 by goroutine 7:\n"
     "  example.com/cache.(*Cache).Get()\n"
     "==================\n"
     "--- FAIL: TestCacheConcurrentPut (0.01s)\n"
     "    testing.go:1490: race detected during execution of test\n"
     "FAIL\n"
     "FAIL\texample.com/cache\t0.041s\n" + _CIRCLE),
    # the same detector's end-of-binary count ("Found %d data race(s)") with the package failing
    ("go-race-found-count-exit-66", "real",
     "ok  \texample.com/queue/codec\t0.210s\n"
     "==================\n"
     "WARNING: DATA RACE\n"
     "Read at 0x00c000016128 by goroutine 12:\n"
     "  example.com/queue.(*Ring).Len()\n"
     "==================\n"
     "Found 1 data race(s)\n"
     "FAIL\texample.com/queue\t1.903s\n"
     "FAIL\n" + _GHA),
    # ------------------------------------------------------------------ Valgrind
    # valgrind memcheck/mc_errors.c ("Invalid %s of size %lu", "Address 0x%lx is %s"), coregrind/m_errormgr.c
    # ("ERROR SUMMARY: %u errors from %u contexts (suppressed: %u from %u)") (read through the code index)
    ("valgrind-invalid-read", "real",
     "+ valgrind --error-exitcode=1 ./build/csv_tests\n"
     "==4321== Memcheck, a memory error detector\n"
     "==4321== Invalid read of size 4\n"
     "==4321==    at 0x10916B: parse_row (csv.c:88)\n"
     "==4321==  Address 0x4a8b0d0 is 0 bytes after a block of size 16 alloc'd\n"
     "==4321== ERROR SUMMARY: 1 errors from 1 contexts (suppressed: 0 from 0)\n" + _GHA),
    # memcheck/mc_leakcheck.c ("definitely lost: %'lu%s bytes in %'lu%s blocks")
    ("valgrind-definitely-lost", "real",
     "==977== HEAP SUMMARY:\n"
     "==977==     in use at exit: 64 bytes in 1 blocks\n"
     "==977== LEAK SUMMARY:\n"
     "==977==    definitely lost: 64 bytes in 1 blocks\n"
     "==977==    indirectly lost: 0 bytes in 0 blocks\n"
     "==977== ERROR SUMMARY: 1 errors from 1 contexts (suppressed: 0 from 0)\n"
     "make: *** [Makefile:61: memcheck] Error 2\n" + _GHA),
    # helgrind/hg_errors.c ("Possible data race during %s of size %d at %#lx by thread #%d") (read through the
    # code index)
    ("helgrind-possible-data-race", "real",
     "==1502== Helgrind, a thread error detector\n"
     "==1502== Possible data race during write of size 4 at 0x10C014 by thread #3\n"
     "==1502== Locks held: none\n"
     "==1502==    at 0x109242: worker (stats.c:40)\n"
     "==1502== This conflicts with a previous read of size 4 by thread #2\n"
     "==1502== ERROR SUMMARY: 2 errors from 2 contexts (suppressed: 0 from 0)\n" + _GHA),
    # ------------------------------------------------------------------ Miri
    # rust-lang/miri src/diagnostics.rs ("Undefined Behavior", "this indicates a bug in the program: it
    # performed an invalid operation, and caused Undefined Behavior") (checked)
    ("miri-undefined-behavior", "real",
     "     Running unittests src/lib.rs (target/miri/x86_64-unknown-linux-gnu/debug/deps/slab-3f1c)\n"
     "test tests::grow_then_read ... error: Undefined Behavior: memory access failed: alloc901 has size 16, so pointer to 4 bytes starting at offset 16 is out-of-bounds\n"
     "  --> src/lib.rs:88:18\n"
     "   = help: this indicates a bug in the program: it performed an invalid operation, and caused Undefined Behavior\n"
     "error: aborting due to 1 previous error\n"
     "error: test failed, to rerun pass `--lib`\n" + _GHA),
    # Miri's data-race detector (the "Data race detected between (1) ... and (2) ..." wording of its own tests'
    # expected stderr, tests/fail-dep/libc/*-data-race.stderr) (checked)
    ("miri-data-race", "real",
     "test queue::tests::push_pop_threads ... error: Undefined Behavior: Data race detected between (1) non-atomic write on thread `unnamed-2` and (2) non-atomic read on thread `main` at alloc1402\n"
     "  --> src/queue.rs:61:9\n"
     "   = help: this indicates a bug in the program: it performed an invalid operation, and caused Undefined Behavior\n"
     "error: aborting due to 1 previous error\n"
     "error: test failed, to rerun pass `--lib`\n" + _GHA),
    # src/diagnostics.rs report_leaks ("memory leaked: {id:?} ({}, size: {}, align: {})") (checked)
    ("miri-memory-leaked", "real",
     "test arena::tests::drop_all ... ok\n"
     "error: memory leaked: alloc2211 (Rust heap, size: 32, align: 8), allocated here:\n"
     "  --> src/arena.rs:40:21\n"
     "note: set `MIRIFLAGS=-Zmiri-ignore-leaks` to disable this check\n"
     "error: aborting due to 1 previous error\n"
     "error: test failed, to rerun pass `--lib`\n" + _GHA),
    # src/shims/foreign_items.rs ("can't call foreign function `{link_name}` on OS `{os}`"), the "unsupported
    # operation" title: a test that must be skipped under Miri, the same on every run (checked)
    ("miri-unsupported-foreign-function", "real",
     "test ffi::tests::checksum_matches_c ... error: unsupported operation: can't call foreign function `crc32_z` on OS `linux`\n"
     "  --> src/ffi.rs:22:14\n"
     "   = help: this means the program tried to do something Miri does not support; it does not indicate a bug in the program\n"
     "error: aborting due to 1 previous error\n"
     "error: test failed, to rerun pass `--lib`\n" + _GHA),
    # ------------------------------------------------------------------ libFuzzer
    # compiler-rt/lib/fuzzer/FuzzerLoop.cpp ("==%lu== ERROR: libFuzzer: deadly signal", "Test unit written to
    # %s", "SUMMARY: libFuzzer: ...") (read through the code index)
    ("libfuzzer-deadly-signal-in-target", "real",
     "INFO: Seed: 1806311274\n"
     "#1024\tpulse  cov: 311 ft: 702 corp: 41/1822b exec/s: 512 rss: 48Mb\n"
     "==14== ERROR: libFuzzer: deadly signal\n"
     "    #0 0x52a1c1 in __sanitizer_print_stack_trace\n"
     "    #5 0x55a210 in parse_chunk /src/png/chunk.c:77:3\n"
     "MS: 2 ChangeByte-InsertRepeatedBytes-; base unit: 3f786850e387550fdab836ed7e6dc881de23001b\n"
     "artifact_prefix='./'; Test unit written to ./crash-9b1e0c2f4d3a\n" + _GHA),
    # FuzzerLoop.cpp AlarmCallback ("ALARM: working on the last Unit for %zd seconds", "==%lu== ERROR:
    # libFuzzer: timeout after %d seconds", "SUMMARY: libFuzzer: timeout"): one input that runs past the
    # per-input -timeout (an infinite loop the input reaches); the saved timeout- input reproduces it
    ("libfuzzer-timeout-in-target", "real",
     "#40312\tNEW    cov: 512 ft: 1490 corp: 88/6011b lim: 402 exec/s: 1344 rss: 61Mb\n"
     "ALARM: working on the last Unit for 25 seconds\n"
     "       and the timeout value is 25 (use -timeout=N to change)\n"
     "MS: 1 CopyPart-; base unit: 6d2a0b\n"
     "artifact_prefix='./'; Test unit written to ./timeout-1ab9c0e3\n"
     "==22== ERROR: libFuzzer: timeout after 25 seconds\n"
     "SUMMARY: libFuzzer: timeout\n" + _GHA),
    # FuzzerLoop.cpp RssLimitCallback ("==%lu== ERROR: libFuzzer: out-of-memory (used: %zdMb; exceeds:
    # %zdMb)"): libFuzzer's own per-process -rss_limit_mb, which an input drove the target past
    ("libfuzzer-rss-limit-in-target", "real",
     "#8812\tREDUCE cov: 220 ft: 431 corp: 30/990b lim: 122 exec/s: 880 rss: 1790Mb\n"
     "==31== ERROR: libFuzzer: out-of-memory (used: 2105Mb; exceeds: 2048Mb)\n"
     "   To change the out-of-memory limit use -rss_limit_mb=<N>\n"
     "MS: 3 ShuffleBytes-CMP-InsertByte-; base unit: 0a1b2c\n"
     "artifact_prefix='./'; Test unit written to ./oom-77e0f1d2\n"
     "SUMMARY: libFuzzer: out-of-memory\n" + _GHA),
    # FuzzerLoop.cpp MallocHook ("==%d== ERROR: libFuzzer: out-of-memory (malloc(%zd))"): one allocation over
    # -malloc_limit_mb, a size the target computed from the input
    ("libfuzzer-malloc-limit-in-target", "real",
     "#211\tNEW    cov: 94 ft: 120 corp: 9/88b lim: 4 exec/s: 0 rss: 33Mb\n"
     "==9== ERROR: libFuzzer: out-of-memory (malloc(4294967280))\n"
     "   To change the out-of-memory limit use -rss_limit_mb=<N>\n"
     "    #3 0x51b0 in frame_alloc /src/net/frame.c:30:12\n"
     "artifact_prefix='./'; Test unit written to ./oom-12ab34cd\n"
     "SUMMARY: libFuzzer: out-of-memory\n" + _GHA),
    # FuzzerLoop.cpp ExitCallback ("==%lu== ERROR: libFuzzer: fuzz target exited")
    ("libfuzzer-fuzz-target-exited", "real",
     "INFO: Running with entropic power schedule (0xFF, 100).\n"
     "#2\tINITED cov: 12 ft: 12 corp: 1/1b exec/s: 0 rss: 30Mb\n"
     "==7== ERROR: libFuzzer: fuzz target exited\n"
     "    #2 0x4e01 in usage_and_exit /src/cli/args.c:19:5\n"
     "SUMMARY: libFuzzer: fuzz target exited\n"
     "artifact_prefix='./'; Test unit written to ./crash-da39a3ee\n" + _GHA),
    # ------------------------------------------------------------------ cargo-fuzz
    # rust-fuzz/cargo-fuzz src/project.rs ("Failing input:\n\n\t{}", "Reproduce with:", "Minimize test case
    # with:", bail!("Fuzz target exited with {}")) (checked)
    ("cargo-fuzz-panic-in-target", "real",
     "thread '<unnamed>' panicked at src/header.rs:54:9:\n"
     "attempt to subtract with overflow\n"
     "==88== ERROR: libFuzzer: deadly signal\n"
     "artifact_prefix='/work/fuzz/artifacts/parse_header/'; Test unit written to /work/fuzz/artifacts/parse_header/crash-5e0a\n"
     "Failing input:\n"
     "\n"
     "\tfuzz/artifacts/parse_header/crash-5e0a\n"
     "Reproduce with:\n"
     "\n"
     "\tcargo fuzz run parse_header fuzz/artifacts/parse_header/crash-5e0a\n"
     "Error: Fuzz target exited with exit status: 77\n" + _GHA),
    # ------------------------------------------------------------------ Go native fuzzing
    # golang/go src/testing/fuzz.go ("Failing input written to %s", "To re-run:\ngo test -run=%s/%s") (read
    # through the code index)
    ("go-fuzz-failing-input-written", "real",
     "fuzz: elapsed: 3s, execs: 211094 (70353/sec), new interesting: 14 (total: 20)\n"
     "--- FAIL: FuzzParseQuery (3.41s)\n"
     "    --- FAIL: FuzzParseQuery (0.00s)\n"
     "        query_test.go:41: round trip: got \"a=%\", want \"a=%25\"\n"
     "    Failing input written to testdata/fuzz/FuzzParseQuery/5b2c9d1e0f4a7b3c\n"
     "    To re-run:\n"
     "    go test -run=FuzzParseQuery/5b2c9d1e0f4a7b3c\n"
     "FAIL\n"
     "exit status 1\n"
     "FAIL\texample.com/urlx\t3.452s\n" + _GHA),
    # src/testing/fuzz.go ("failure while testing seed corpus entry: %s"): a seed the package holds fails
    ("go-fuzz-seed-corpus-entry", "real",
     "=== RUN   FuzzDecode\n"
     "failure while testing seed corpus entry: FuzzDecode/seed#1\n"
     "fuzz: elapsed: 0s, gathering baseline coverage: 0/3 completed\n"
     "--- FAIL: FuzzDecode (0.02s)\n"
     "    --- FAIL: FuzzDecode (0.00s)\n"
     "        decode_test.go:28: Decode: unexpected EOF\n"
     "FAIL\n"
     "FAIL\texample.com/tlv\t0.031s\n" + _GHA),
    # ------------------------------------------------------------------ AFL++
    # AFLplusplus/AFLplusplus include/debug.h FATAL ("[-] PROGRAM ABORT : ", "Location : "), src/afl-fuzz-init.c
    # ("No instrumentation detected") (checked)
    ("aflpp-no-instrumentation", "real",
     "[*] Validating target binary...\n"
     "[*] Attempting dry run with 'id:000000,time:0,execs:0,orig:seed1'...\n"
     "\n"
     "[-] PROGRAM ABORT : No instrumentation detected\n"
     "         Location : perform_dry_run(), src/afl-fuzz-init.c:1312\n" + _GHA),
    # src/afl-fuzz.c ("We need at least one valid input seed that does not crash!")
    ("aflpp-all-seeds-crash", "real",
     "[*] Attempting dry run with 'id:000000,time:0,execs:0,orig:empty.json'...\n"
     "[!] WARNING: Test case results in a crash (skipping)\n"
     "[-] PROGRAM ABORT : We need at least one valid input seed that does not crash!\n"
     "         Location : main(), src/afl-fuzz.c:2764\n" + _GHA),
    # src/afl-fuzz-init.c check_crash_handling ("Your system is configured to send core dump notifications to
    # an external utility", FATAL("Pipe at the beginning of 'core_pattern'")): the runner's setting, which the
    # job must change or waive (AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES), the same on every run
    ("aflpp-core-pattern-pipe", "real",
     "[*] Checking core_pattern...\n"
     "[-] Your system is configured to send core dump notifications to an\n"
     "    external utility. This will cause issues: there will be an extended delay\n"
     "    echo core | sudo tee /proc/sys/kernel/core_pattern\n"
     "[-] PROGRAM ABORT : Pipe at the beginning of 'core_pattern'\n"
     "         Location : check_crash_handling(), src/afl-fuzz-init.c:2481\n" + _GHA),
    # ------------------------------------------------------------------ ClusterFuzzLite / CIFuzz
    # google/oss-fuzz infra/cifuzz/fuzz_target.py ("Fuzzer: %s. Detected bug.", "Crash is reproducible."),
    # run_fuzzers_entrypoint.py ("Bug found.") (checked)
    ("clusterfuzzlite-detected-bug", "real",
     "2026-03-02 10:14:03,118 - root - INFO - Running fuzzer: url_parser_fuzzer.\n"
     "==61==ERROR: AddressSanitizer: heap-buffer-overflow on address 0x6020000000f1 at pc 0x5612 bp 0x7ffe sp 0x7ffe\n"
     "SUMMARY: AddressSanitizer: heap-buffer-overflow /src/urlp/parse.c:140:9 in scan_host\n"
     "2026-03-02 10:14:09,441 - root - INFO - Fuzzer: url_parser_fuzzer. Detected bug.\n"
     "2026-03-02 10:14:12,002 - root - INFO - Crash is reproducible.\n"
     "2026-03-02 10:14:12,010 - root - INFO - Bug found.\n" + _GHA),
    # infra/cifuzz/build_fuzzers.py ("Building fuzzers failed."), build_fuzzers_entrypoint.py ("Error building
    # fuzzers for (commit: %s, pr_ref: %s).") (checked)
    ("clusterfuzzlite-build-fuzzers-failed", "real",
     "Step #3: /src/urlp/fuzz/host_fuzzer.c:22:5: error: implicit declaration of function 'parse_host2' is invalid in C99\n"
     "Step #3: 1 error generated.\n"
     "2026-03-02 09:58:40,551 - root - ERROR - Building fuzzers failed.\n"
     "2026-03-02 09:58:40,552 - root - ERROR - Error building fuzzers for (commit: 4e1a9c0, pr_ref: refs/pull/88/merge).\n"
     + _GHA),
    # ------------------------------------------------------------------ Jazzer, Atheris
    # Jazzer's crash report line "== Java Exception: <class>: <message>" (CodeIntelligenceTesting/jazzer; the
    # wording read through the code index in projects that parse it)
    ("jazzer-java-exception", "real",
     "#4096\tpulse  cov: 402 ft: 911 corp: 60/3120b exec/s: 2048 rss: 310Mb\n"
     "== Java Exception: com.code_intelligence.jazzer.api.FuzzerSecurityIssueHigh: Remote Code Execution\n"
     "Unrestricted class/object creation based on externally controlled data may allow\n"
     "\tat com.example.cfg.Loader.load(Loader.java:77)\n"
     "DEDUP_TOKEN: 9c1d2e3f4a5b6c7d\n"
     "== libFuzzer crashing input ==\n"
     "MS: 2 CMP-ChangeBit-; base unit: 11aa22\n"
     "artifact_prefix='./'; Test unit written to ./crash-ff01ee02\n" + _GHA),
    # google/atheris src/native/core.cc (" === Uncaught Python exception: ===") (read through the code index)
    ("atheris-uncaught-python-exception", "real",
     "#1702\tNEW    cov: 88 ft: 120 corp: 12/201b lim: 17 exec/s: 0 rss: 41Mb\n"
     "\n"
     " === Uncaught Python exception: ===\n"
     "IndexError: list index out of range\n"
     "Traceback (most recent call last):\n"
     "  File \"/src/fuzz_tokens.py\", line 14, in TestOneInput\n"
     "==12== ERROR: libFuzzer: fuzz target exited\n"
     "SUMMARY: libFuzzer: fuzz target exited\n" + _GHA),
    # ------------------------------------------------------------------ Hypothesis
    # HypothesisWorks/hypothesis core.py before the 2026 rename ("Falsifying example:") and after it
    # ("Failing test case:"), "You can reproduce this test case by temporarily adding @reproduce_failure"
    # (checked)
    ("hypothesis-falsifying-example", "real",
     "tests/test_codec.py::test_roundtrip FAILED\n"
     "E   AssertionError: assert b'\\x00' == b''\n"
     "E   Falsifying example: test_roundtrip(\n"
     "E       data=b'\\x00',\n"
     "E   )\n"
     "FAILED tests/test_codec.py::test_roundtrip - AssertionError: assert b'\\x00' == b''\n"
     "========== 1 failed, 211 passed in 9.02s ==========\n" + _GHA),
    ("hypothesis-failing-test-case-new-wording", "real",
     "    @given(st.lists(st.integers()))\n"
     ">   def test_sort_is_idempotent(xs):\n"
     "E   AssertionError\n"
     "E   Failing test case: test_sort_is_idempotent(\n"
     "E       xs=[0, -1],\n"
     "E   )\n"
     "E   You can reproduce this test case by temporarily adding @reproduce_failure('6.151.0', b'AXicY2BgYAAAAAQAAQ==') as a decorator on your test function\n"
     "FAILED tests/test_sort.py::test_sort_is_idempotent - AssertionError\n" + _GHA),
    # core.py ("Unable to satisfy assumptions of {rep}.") raised as hypothesis.errors.Unsatisfiable (checked)
    ("hypothesis-unsatisfiable", "real",
     "E   hypothesis.errors.Unsatisfiable: Unable to satisfy assumptions of test_prime_gap.\n"
     "FAILED tests/test_primes.py::test_prime_gap - hypothesis.errors.Unsatisfiable: Unable to satisfy assumptions of test_prime_gap.\n"
     "========== 1 failed, 40 passed in 12.88s ==========\n" + _GHA),
    # internal/conjecture/engine.py ("It looks like this test is filtering out a lot of inputs.",
    # HealthCheck.filter_too_much) raised as FailedHealthCheck (checked)
    ("hypothesis-health-check-filter-too-much", "real",
     "E   hypothesis.errors.FailedHealthCheck: It looks like this test is filtering out a lot of inputs. 2 inputs were generated successfully, while 50 inputs were filtered out.\n"
     "E   An input might be filtered out by calls to assume(), strategy.filter(...), or occasionally by Hypothesis internals.\n"
     "FAILED tests/test_dates.py::test_leap_days - hypothesis.errors.FailedHealthCheck: It looks like this test is filtering out a lot of inputs.\n"
     + _GHA),
    # errors.py DeadlineExceeded ("Test took %.2fms, which exceeds the deadline of %.2fms"): Hypothesis raises
    # it only when the final replay is slow too; a wall-clock budget on a shared runner, which Hypothesis's
    # own "ci" profile disables (_settings.py: deadline=None) (checked)
    ("hypothesis-deadline-exceeded", "transient",
     "E   hypothesis.errors.DeadlineExceeded: Test took 341.52ms, which exceeds the deadline of 200.00ms. If you expect test cases to take this long, you can use @settings(deadline=...) to either set a higher deadline, or to disable it with deadline=None.\n"
     "E   Falsifying example: test_render_page(\n"
     "E       page=Page(title='0', blocks=[]),\n"
     "E   )\n"
     "FAILED tests/test_render.py::test_render_page - hypothesis.errors.DeadlineExceeded: Test took 341.52ms, which exceeds the deadline of 200.00ms\n"
     + _GHA),
    # core.py ("Unreliable test timings! On an initial run, this test took %.2fms, which exceeded the deadline
    # of %.2fms, but on a subsequent run it took %.2f ms, which did not.") then FlakyFailure (checked)
    ("hypothesis-flaky-unreliable-timings", "transient",
     "E   Unreliable test timings! On an initial run, this test took 412.08ms, which exceeded the deadline of 200.00ms, but on a subsequent run it took 18.22 ms, which did not. If you expect this sort of variability in your test timings, consider turning deadlines off for this test by setting deadline=None.\n"
     "E   hypothesis.errors.FlakyFailure: Hypothesis test_index_rebuild(docs=[]) produces unreliable results: Failed on the first call but did not on a subsequent one (1 sub-exception)\n"
     "FAILED tests/test_index.py::test_index_rebuild - hypothesis.errors.FlakyFailure: Hypothesis test_index_rebuild(docs=[]) produces unreliable results\n"
     + _GHA),
    # core.py ("Hypothesis {text_repr} produces unreliable results: Failed on the first call but did not on a
    # subsequent one"; "Failed to reproduce exception. Expected:"): the same input failed, then passed (checked)
    ("hypothesis-flaky-failed-to-reproduce", "transient",
     "E   Failed to reproduce exception. Expected: \n"
     "E   Traceback (most recent call last):\n"
     "E   KeyError: 'session'\n"
     "E   hypothesis.errors.FlakyFailure: Hypothesis test_client_get(path='/') produces unreliable results: Failed on the first call but did not on a subsequent one (1 sub-exception)\n"
     "FAILED tests/test_client.py::test_client_get - hypothesis.errors.FlakyFailure: Hypothesis test_client_get(path='/') produces unreliable results\n"
     + _GHA),
    # core.py ("Inconsistent results: A test case failed on the first run but now succeeds (or fails with
    # another error, or is for some reason not runnable).") (checked)
    ("hypothesis-flaky-inconsistent-results", "transient",
     "E   hypothesis.errors.FlakyFailure: Inconsistent results: A test case failed on the first run but now succeeds (or fails with another error, or is for some reason not runnable). (1 sub-exception)\n"
     "FAILED tests/test_scheduler.py::test_fair_share - hypothesis.errors.FlakyFailure: Inconsistent results: A test case failed on the first run but now succeeds\n"
     "========== 1 failed, 88 passed in 31.40s ==========\n" + _GHA),
    # ------------------------------------------------------------------ proptest, fast-check, QuickCheck, gopter
    # proptest-rs/proptest proptest/src/test_runner/errors.rs ("Test failed: {}.", "minimal failing input:
    # {:#?}"), failure_persistence/file.rs ("proptest: Saving this and future failures in {}") (checked)
    ("proptest-minimal-failing-input", "real",
     "proptest: Saving this and future failures in /work/proptest-regressions/varint.txt\n"
     "thread 'varint::tests::roundtrip' panicked at src/varint.rs:90:5:\n"
     "Test failed: assertion failed: `(left == right)`\n"
     "  left: `[128, 0]`,\n"
     " right: `[128, 1]` at src/varint.rs:95.\n"
     "minimal failing input: n = 128\n"
     "test varint::tests::roundtrip ... FAILED\n"
     "test result: FAILED. 23 passed; 1 failed; 0 ignored; 0 measured; 0 filtered out; finished in 0.44s\n" + _GHA),
    # proptest/src/test_runner/runner.rs ("Too many global rejects"), errors.rs ("Test aborted: {}"): the
    # strategy's filter rejects almost every input, on every run
    ("proptest-too-many-global-rejects", "real",
     "thread 'tests::sparse_ids' panicked at src/ids.rs:70:5:\n"
     "Test aborted: Too many global rejects\n"
     "\tsuccesses: 11\n"
     "test tests::sparse_ids ... FAILED\n"
     "test result: FAILED. 9 passed; 1 failed; 0 ignored; 0 measured; 0 filtered out; finished in 2.10s\n" + _GHA),
    # dubzzz/fast-check packages/fast-check/src/check/runner/utils/RunDetailsFormatter.ts ("Property failed
    # after ${numRuns} tests", "Counterexample: ", "Shrunk ${n} time(s)", "Got error: ") (checked)
    ("fast-check-property-failed", "real",
     " FAIL  src/slug.test.ts > slugify > is idempotent\n"
     "Error: Property failed after 7 tests\n"
     "{ seed: -1419025110, path: \"6:0:1\", endOnFailure: true }\n"
     "Counterexample: [\"-a\"]\n"
     "Shrunk 2 time(s)\n"
     "Got error: AssertionError: expected 'a' to be '-a'\n"
     " Test Files  1 failed | 18 passed (19)\n" + _GHA),
    # RunDetailsFormatter.ts ("Failed to run property, too many pre-condition failures encountered")
    ("fast-check-too-many-preconditions", "real",
     " FAIL  src/date.test.ts > parse > accepts leap days\n"
     "Error: Failed to run property, too many pre-condition failures encountered\n"
     "{ seed: 88211907 }\n"
     "\n"
     "Ran 4 time(s)\n"
     "Skipped 501 time(s)\n"
     " Test Files  1 failed | 7 passed (8)\n" + _GHA),
    # nick8325/quickcheck src/Test/QuickCheck/Test.hs ("*** Failed!", "Falsified (after %d tests and %d
    # shrinks):") (checked)
    ("quickcheck-haskell-falsified", "real",
     "decode . encode == id: FAIL\n"
     "  *** Failed! Falsified (after 12 tests and 4 shrinks):\n"
     "  \"\\NUL\"\n"
     "  Use --quickcheck-replay=881423 to reproduce.\n"
     "1 out of 30 tests failed (0.41s)\n"
     "codec-test: FAIL\n" + _GHA),
    # Test.hs giveUp ("*** Gave up! Passed only %d tests"): the generator's discards, the same every run
    ("quickcheck-haskell-gave-up", "real",
     "sorted insert keeps order: FAIL\n"
     "  *** Gave up! Passed only 37 tests; 1000 discarded tests.\n"
     "1 out of 22 tests failed (1.02s)\n"
     "heap-test: FAIL\n" + _GHA),
    # leanovate/gopter (ScalaCheck's wording, "Falsified after %d passed tests.") (read through the code index)
    ("gopter-falsified", "real",
     "=== RUN   TestQueueProperties\n"
     "! push then pop returns the value: Falsified after 3 passed tests.\n"
     "ARG_0: -1\n"
     "ARG_0_ORIGINAL (31 shrinks): -4411\n"
     "--- FAIL: TestQueueProperties (0.02s)\n"
     "FAIL\n"
     "FAIL\texample.com/queue\t0.048s\n" + _GHA),
    # ------------------------------------------------------------------ mutation-testing thresholds
    # stryker-mutator/stryker-js packages/core/src/reporters/mutation-test-report-helper.ts ("Final mutation
    # score ${score} under breaking threshold ${breaking}, setting exit code to 1 (failure).") (checked)
    ("stryker-under-break-threshold", "real",
     "Ran 14.20 tests per mutant on average.\n"
     "All files | 58.33 | 58.33 | 140 | 0 | 100 | 0 | 0 |\n"
     "10:41:03 (3117) ERROR MutationTestReportHelper Final mutation score 58.33 under breaking threshold 60, setting exit code to 1 (failure).\n"
     "10:41:03 (3117) INFO MutationTestReportHelper (improve mutation score or set `thresholds.break = null` to prevent this error in the future)\n"
     + _GHA),
    # hcoles/pitest pitest-maven/src/main/java/org/pitest/maven/PitMojo.java ("Mutation score of " + actual + "
    # is below threshold of " + threshold) (checked)
    ("pit-mutation-score-below-threshold", "real",
     "[INFO] >> Generated 212 mutations Killed 152 (72%)\n"
     "[INFO] BUILD FAILURE\n"
     "[ERROR] Failed to execute goal org.pitest:pitest-maven:1.15.8:mutationCoverage (default-cli) on project ledger: Mutation score of 72 is below threshold of 80 -> [Help 1]\n"
     + _GHA),
    # sourcefrog/cargo-mutants src/console.rs ("{}/{} mutants tested", "MISSED", "caught"), exit_code.rs
    # (FOUND_PROBLEMS: mutants the tests did not catch) (checked)
    ("cargo-mutants-missed", "real",
     "Found 42 mutants to test\n"
     "ok       Unmutated baseline in 12.1s build + 3.0s test\n"
     "MISSED   src/ledger.rs:88:9: replace Ledger::balance -> i64 with 0 in 1.2s build + 0.9s test\n"
     "MISSED   src/ledger.rs:101:17: replace > with >= in Ledger::overdrawn in 1.1s build + 0.8s test\n"
     "42 mutants tested in 1m 4s: 2 missed, 38 caught, 2 unviable\n" + _GHA),
    # ------------------------------------------------------------------ benchmarks
    # sharkdp/hyperfine (src/benchmark/executor.rs "Command terminated with non-zero exit code {c}", "Use the
    # '-i'/'--ignore-failure' option") (read through the code index): the benchmarked command fails
    ("hyperfine-command-nonzero", "real",
     "Benchmark 1: ./target/release/indexer --input data/sample.ndjson\n"
     "Error: Command terminated with non-zero exit code 2. Use the '-i'/'--ignore-failure' option if you want to ignore this. Alternatively, use the '--show-output' option to debug what went wrong.\n"
     + _GHA),
    # pytest-benchmark: a benchmarked function that fails its own assertion (ionelmc/pytest-benchmark is
    # only the runner here)
    ("pytest-benchmark-assertion-in-benchmarked-code", "real",
     "tests/bench/test_parse.py::test_parse_large FAILED\n"
     ">       assert result.rows == 10000\n"
     "E       assert 9999 == 10000\n"
     "FAILED tests/bench/test_parse.py::test_parse_large - assert 9999 == 10000\n"
     "========== 1 failed, 6 passed in 22.10s ==========\n" + _GHA),
    # stryker-js packages/core/src/process/3-dry-run-executor.ts ("There were failed tests in the initial test
    # run.", "Something went wrong in the initial test run"): the unmutated code's tests fail (checked)
    ("stryker-initial-test-run-failed", "real",
     "10:02:11 (4410) INFO DryRunExecutor Starting initial test run (vitest test runner with \"perTest\" coverage analysis). This may take a while.\n"
     "10:02:19 (4410) ERROR DryRunExecutor One or more tests failed in the initial test run:\n"
     "\tcart > applies discount\n"
     "\t\tAssertionError: expected 90 to be 85\n"
     "10:02:19 (4410) ERROR Stryker There were failed tests in the initial test run.\n" + _GHA),
    # hypothesis src/_hypothesis_pytestplugin.py (HealthCheck.function_scoped_fixture: "uses a
    # function-scoped fixture") (checked): the test's own fixture use, on every run
    ("hypothesis-health-check-function-scoped-fixture", "real",
     "E   hypothesis.errors.FailedHealthCheck: test_upload uses a function-scoped fixture 'tmp_path'.\n"
     "E   Function-scoped fixtures are not reset between inputs generated by `@given(...)`, which is often surprising and can cause subtle test bugs.\n"
     "FAILED tests/test_upload.py::test_upload - hypothesis.errors.FailedHealthCheck: test_upload uses a function-scoped fixture 'tmp_path'.\n"
     + _GHA),
    # near-miss: a test of the project's own report parser, whose expected text quotes ThreadSanitizer
    ("pytest-parser-test-quotes-tsan", "real",
     ">       assert report.kind == \"data race\"\n"
     "E       AssertionError: assert 'unknown' == 'data race'\n"
     "FAILED tests/test_sanitizer_logs.py::test_parses_thread_sanitizer_warning - AssertionError: assert 'unknown' == 'data race'\n"
     "========== 1 failed, 63 passed in 1.92s ==========\n" + _GHA),
    # near-miss: a Go test of the project's fuzz-corpus loader whose message names libFuzzer's artifact
    ("go-test-corpus-loader-mentions-crash-file", "real",
     "=== RUN   TestLoadCorpus\n"
     "--- FAIL: TestLoadCorpus (0.00s)\n"
     "    corpus_test.go:19: loaded 2 entries from testdata/corpus, want 3 (crash-5e0a skipped)\n"
     "FAIL\n"
     "FAIL\texample.com/fuzzkit/corpus\t0.012s\n" + _GHA),
    # ------------------------------------------------------------------ the machinery failing: transient
    # infra/cifuzz/http_utils.py ("Unable to download from: %s. Code: %d. Content: %s."): a 5xx while
    # fetching the latest build or corpus (checked)
    ("clusterfuzzlite-download-503", "transient",
     "2026-03-02 10:01:11,220 - root - INFO - Downloading latest build.\n"
     "2026-03-02 10:01:41,907 - root - ERROR - Unable to download from: https://storage.example.org/cflite/latest/address.zip. Code: 503. Content: b'Service Unavailable'.\n"
     "Traceback (most recent call last):\n"
     "  File \"/opt/oss-fuzz/infra/cifuzz/run_fuzzers_entrypoint.py\", line 72, in run_fuzzers_entrypoint\n"
     "RuntimeError: Could not download latest build.\n" + _GHA),
    # the CIFuzz image pull failing on the registry's rate limit
    ("cifuzz-image-pull-rate-limited", "transient",
     "Pulling image 'ghcr.example.org/oss-fuzz-base/cifuzz-run-fuzzers:v1'\n"
     "Error response from daemon: toomanyrequests: retry-after: 71.2ms, allowed: 44000/minute\n"
     "##[warning]Docker pull failed with exit code 1, back off 4.6 seconds before retry.\n"
     "Error response from daemon: toomanyrequests: retry-after: 512.4ms, allowed: 44000/minute\n"
     "##[error]Docker pull failed with exit code 1\n"),
    # cargo install of the fuzz driver failing on the registry's CDN
    ("cargo-fuzz-install-crates-503", "transient",
     "+ cargo install cargo-fuzz --locked\n"
     "    Updating crates.io index\n"
     "error: failed to download from `https://static.example.org/crates/cargo-fuzz/cargo-fuzz-0.12.0.crate`\n"
     "\n"
     "Caused by:\n"
     "  failed to get successful HTTP response from `https://static.example.org/crates/cargo-fuzz/cargo-fuzz-0.12.0.crate` (203.0.113.9), got 503\n"
     + _GHA),
    # rustup fetching the component Miri needs (rust-src) from the dist server
    ("miri-setup-component-download-timeout", "transient",
     "+ rustup component add miri rust-src --toolchain nightly\n"
     "info: downloading component 'rust-src'\n"
     "error: component download failed for rust-src: could not download file from 'https://dist.example.org/dist/2026-03-01/rust-src-nightly.tar.xz' to '/home/ci/.rustup/downloads/8f3c.partial': failed to make network request: error sending request for url: operation timed out\n"
     + _GHA),
    # a sanitizer build's compiler killed for memory (ASan builds use far more of it)
    # (twentieth round, leftovers20) was transient: a build step's own out-of-memory is neither surely transient nor surely
    # real (a larger resource class or a config change as often as a one-off; test_rules20_leftovers.py)
    ("asan-build-cc1plus-killed", "unknown",
     "[ 61%] Building CXX object src/CMakeFiles/engine.dir/planner.cc.o\n"
     "c++: fatal error: Killed signal terminated program cc1plus\n"
     "compilation terminated.\n"
     "make[2]: *** [src/CMakeFiles/engine.dir/build.make:146: src/CMakeFiles/engine.dir/planner.cc.o] Error 1\n"
     "make: *** [Makefile:91: all] Error 2\n" + _GHA),
    # go test -race killed by the kernel's OOM killer (the race runtime multiplies memory use)
    ("go-race-test-binary-oom-killed", "transient",
     "=== RUN   TestIngestLargeBatch\n"
     "signal: killed\n"
     "FAIL\texample.com/ingest\t241.880s\n"
     "FAIL\n"
     "[ 1022.441] Out of memory: Killed process 31002 (ingest.test) total-vm:14021112kB, anon-rss:7811004kB\n"
     + _CIRCLE),
    # a valgrind run the CI's no-output watchdog stopped
    ("valgrind-run-no-output-timeout", "transient",
     "==2210== Memcheck, a memory error detector\n"
     "==2210== Command: ./build/tests/integration_suite\n"
     "[ RUN      ] Replication.CatchUp\n"
     "\n"
     "Too long with no output (exceeded 10m0s): context deadline exceeded\n"),
    # pip fetching atheris for the fuzz job
    ("atheris-pip-install-read-timeout", "transient",
     "+ python -m pip install atheris==2.3.0\n"
     "WARNING: Retrying (Retry(total=0, connect=None, read=None, redirect=None, status=None)) after connection broken by 'ReadTimeoutError(\"HTTPSConnectionPool(host='pypi.example.org', port=443): Read timed out. (read timeout=15)\")': /simple/atheris/\n"
     "ERROR: Could not find a version that satisfies the requirement atheris==2.3.0 (from versions: none)\n"
     "ERROR: No matching distribution found for atheris==2.3.0\n" + _GHA),
    # benchmark-action/github-action-benchmark pushing results to its data branch (src/write.ts runs git push
    # for auto-push): the forge returning 502
    ("benchmark-action-push-502", "transient",
     "Pushing benchmark results to branch gh-pages\n"
     "remote: Internal Server Error\n"
     "fatal: unable to access 'https://git.example.org/acme/parser.git/': The requested URL returned error: 502\n"
     "##[error]Command 'git' failed with args '-c user.name=bench-bot push https://git.example.org/acme/parser.git gh-pages:gh-pages --no-verify': fatal: unable to access 'https://git.example.org/acme/parser.git/': The requested URL returned error: 502\n"),
    # rustup installing the nightly cargo-fuzz needs (rust-lang/rustup src/download/mod.rs "http request returned
    # an unsuccessful status code: {0}", src/errors.rs "could not download file from '{url}' to '{path}'")
    ("cargo-fuzz-nightly-manifest-503", "transient",
     "+ rustup toolchain install nightly --profile minimal\n"
     "info: syncing channel updates for 'nightly-x86_64-unknown-linux-gnu'\n"
     "error: could not download file from 'https://dist.example.org/dist/channel-rust-nightly.toml.sha256' to '/home/ci/.rustup/tmp/4b1e_file': http request returned an unsuccessful status code: 503\n"
     + _GHA),
    # the oss-fuzz base-builder image a ClusterFuzzLite build starts from, not reachable
    ("cflite-base-image-dial-timeout", "transient",
     "Step #1: Building fuzzers\n"
     "ERROR: failed to solve: registry.example.org/oss-fuzz-base/base-builder:v1: failed to resolve source metadata for registry.example.org/oss-fuzz-base/base-builder:v1: failed to do request: Head \"https://registry.example.org/v2/oss-fuzz-base/base-builder/manifests/v1\": dial tcp 203.0.113.5:443: i/o timeout\n"
     + _GHA),
    # valgrind's run killed for memory (memcheck's shadow memory doubles the footprint)
    ("valgrind-run-killed-137", "transient",
     "==6610== Memcheck, a memory error detector\n"
     "==6610== Command: ./build/tests/bulk_import\n"
     "Killed\n"
     "make: *** [Makefile:61: memcheck] Error 137\n" + _GHA),
    # golang/go internal/fuzz: a run stopped by -fuzztime while the coordinator was minimising reported the
    # context's error as the failure, with no input written (a coordinator defect described in projects'
    # notes found through the code index; Go's source was not read for this wording)
    ("go-fuzz-fuzztime-context-deadline", "transient",
     "fuzz: elapsed: 59s, execs: 3104882 (52511/sec), new interesting: 40 (total: 61)\n"
     "fuzz: elapsed: 1m0s, minimizing\n"
     "--- FAIL: FuzzDecodeFrame (60.02s)\n"
     "    context deadline exceeded\n"
     "FAIL\n"
     "exit status 1\n"
     "FAIL\texample.com/frames\t60.051s\n" + _GHA),
]

# Messages printed both for an outside cause and for a persistent one: a rerun is not proposed with confidence.
NOT_SURELY_TRANSIENT: list[tuple[str, str]] = [
    # compiler-rt/lib/tsan/rtl/tsan_platform_linux.cpp ("FATAL: ThreadSanitizer: unexpected memory mapping
    # %p-%p") (read through the code index): TSan's fixed shadow layout against the runner kernel's
    # high-entropy ASLR; the same image fails on many runs, not on all
    ("tsan-unexpected-memory-mapping",
     "[ RUN      ] Scheduler.StealsWork\n"
     "FATAL: ThreadSanitizer: unexpected memory mapping 0x5f31c84d2000-0x5f31c84f3000\n"
     "7/9 Test #7: scheduler_tests ..................***Failed    0.02 sec\n"
     "Errors while running CTest\n" + _GHA),
    # compiler-rt/lib/asan/asan_shadow_setup.cpp ("Shadow memory range interleaves with an existing memory
    # mapping. ASan cannot proceed correctly. ABORTING.") (read through the code index)
    ("asan-shadow-memory-interleaves",
     "./build/tests/codec_tests\n"
     "==1177==Shadow memory range interleaves with an existing memory mapping. ASan cannot proceed correctly. ABORTING.\n"
     "==1177==ASan shadow was supposed to be located in the [0x00007fff7000-0x10007fff7fff] range.\n"
     "==1177==This might be related to ELF_ET_DYN_BASE change in Linux 4.12.\n"
     "make: *** [Makefile:40: check] Error 1\n" + _GHA),
    # compiler-rt lsan ("LeakSanitizer has encountered a fatal error.", "HINT: LeakSanitizer does not work under
    # ptrace (strace, gdb, etc)") (read through the code index): a container that denies ptrace, every run
    ("lsan-fatal-error-under-ptrace",
     "[==========] 48 tests from 6 test suites ran. (311 ms total)\n"
     "[  PASSED  ] 48 tests.\n"
     "==3141==LeakSanitizer has encountered a fatal error.\n"
     "==3141==HINT: For debugging, try setting environment variable LSAN_OPTIONS=verbosity=1:log_threads=1\n"
     "==3141==HINT: LeakSanitizer does not work under ptrace (strace, gdb, etc)\n" + _GHA),
    # golang/go src/internal/fuzz/worker.go ("fuzzing process hung or terminated unexpectedly: %w") (read
    # through the code index): the worker killed for memory, a fatal error in the target, or a hang
    ("go-fuzz-worker-terminated",
     "fuzz: elapsed: 57s, execs: 2218830 (39120/sec), new interesting: 31 (total: 44)\n"
     "--- FAIL: FuzzUnmarshal (57.21s)\n"
     "    fuzzing process hung or terminated unexpectedly: exit status 2\n"
     "FAIL\n"
     "exit status 1\n"
     "FAIL\texample.com/wire\t57.240s\n" + _GHA),
    # hypothesis internal/conjecture/engine.py ("Input generation is slow: Hypothesis only generated %d valid
    # inputs after %.2f seconds", HealthCheck.too_slow) (checked): a strategy that draws too much, or a slow
    # runner (the "ci" profile suppresses this check)
    ("hypothesis-health-check-too-slow",
     "E   hypothesis.errors.FailedHealthCheck: Input generation is slow: Hypothesis only generated 9 valid inputs after 1.37 seconds.\n"
     "E   This could be for a few reasons:\n"
     "E   1. This strategy could be generating too much data per input. Try decreasing the amount of data generated, for example by decreasing the minimum size of collection strategies like st.lists().\n"
     "FAILED tests/test_graph.py::test_shortest_path - hypothesis.errors.FailedHealthCheck: Input generation is slow\n"
     + _GHA),
    # ionelmc/pytest-benchmark src/pytest_benchmark/session.py ("Performance has regressed:\n", "\t{} - {}"),
    # utils.py ("Field %r has failed %s: %.9f > %.9f") (checked): a 12% slowdown on a shared runner is within
    # its noise; a change may as well have caused it
    ("pytest-benchmark-compare-fail",
     "Comparing against benchmarks from: Linux-CPython-3.12-64bit/0007_baseline.json\n"
     "Performance has regressed:\n"
     "\ttest_tokenize_large (0007_baseline) - Field 'min' has failed PercentageRegressionCheck: 12.406128113 > 10.000000000\n"
     "ERROR: Performance has regressed.\n"
     "========== 18 passed in 41.27s ==========\n" + _GHA),
    # benchmark-action/github-action-benchmark src/write.ts ("# :warning: **Performance Alert** :warning:",
    # "Possible performance regression was detected for benchmark", "Benchmark result of this commit is worse
    # than the previous benchmark result exceeding threshold", thrown when fail-on-alert is set) (checked)
    ("benchmark-action-performance-alert",
     "Error: # :warning: **Performance Alert** :warning:\n"
     "\n"
     "Possible performance regression was detected for benchmark **'parser'**.\n"
     "Benchmark result of this commit is worse than the previous benchmark result exceeding threshold `2`.\n"
     "\n"
     "| Benchmark suite | Current: 4e1a9c0 | Previous: 0b7d2f1 | Ratio |\n"
     "| `parse_json/large` | `1843201` ns/iter (`± 30211`) | `702113` ns/iter (`± 9012`) | `2.63` |\n"
     "##[error]# :warning: **Performance Alert** :warning:\n"),
    # AFLplusplus src/afl-forkserver.c ("Timeout while initializing fork server (setting AFL_FORKSRV_INIT_TMOUT
    # may help)") (checked): a slow runner, or a target whose start-up is slow every time
    ("aflpp-fork-server-init-timeout",
     "[*] Spinning up the fork server...\n"
     "[-] PROGRAM ABORT : Timeout while initializing fork server (setting AFL_FORKSRV_INIT_TMOUT may help)\n"
     "         Location : afl_fsrv_start(), src/afl-forkserver.c:1487\n" + _GHA),
    # hcoles/pitest pitest-entry/.../DefaultCoverageGenerator.java ("Coverage generation minion exited
    # abnormally! (" + exitCode + ")") (checked): the child JVM's heap the project configures, or a host
    # short of memory
    ("pit-coverage-minion-memory-error",
     "[INFO] Mutating from /work/ledger/target/classes\n"
     "SEVERE : Coverage generator Minion exited abnormally due to MEMORY_ERROR\n"
     "[ERROR] Failed to execute goal org.pitest:pitest-maven:1.15.8:mutationCoverage (default-cli) on project ledger: Execution default-cli of goal org.pitest:pitest-maven:1.15.8:mutationCoverage failed: Coverage generation minion exited abnormally! (MEMORY_ERROR)\n"
     + _GHA),
    # stryker-js 3-dry-run-executor.ts ("Initial test run timed out!", "Something went wrong in the initial test
    # run") (checked): a slow runner, or tests that hang
    ("stryker-initial-test-run-timed-out",
     "10:02:11 (4410) INFO DryRunExecutor Starting initial test run (jest test runner with \"perTest\" coverage analysis). This may take a while.\n"
     "10:07:11 (4410) ERROR DryRunExecutor Initial test run timed out!\n"
     "10:07:11 (4410) ERROR Stryker Unexpected error occurred while running Stryker Error: Something went wrong in the initial test run\n"
     + _GHA),
]


@pytest.mark.parametrize(("verdict", "log"), labelled(CASES))
def test_sanitizer_fuzz_property_bench_message_reads_right(verdict, log):
    reads(log, verdict)


@pytest.mark.parametrize("log", logs(NOT_SURELY_TRANSIENT))
def test_ambiguous_sanitizer_fuzz_bench_failures_do_not_read_surely_transient(log):
    not_surely_transient(log)


def test_case_ids_are_unique():
    assert_unique_ids(CASES, NOT_SURELY_TRANSIENT)


# One line of 50,000 characters of each of these words is read by benchmarks/pattern_speed.py,
# which prints the seconds each takes (a guard against patterns that backtrack; a timing is a
# benchmark's, not a test's).
LONG_LINE_WORDS = [
    "Test unit written to crash-oom-timeout- ",
    "[-] PROGRAM ABORT : Program 'x Program ' ",
    "mutants tested in : missed MISSED x:1:2: ",
    "could not download file from 'x' to 'y': ",
    "WARNING: ThreadSanitizer: SUMMARY: ThreadSanitizer: ",
    "Falsifying example: Failing test case: minimal failing input: ",
]
