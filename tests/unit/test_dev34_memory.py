"""dev34: one policy for a runtime's own out-of-memory report, Go's and .NET's with the JVM's.

Go's allocator throwing when the OS would not give it more ("fatal error: runtime: out of memory"; newer Go's "runtime:
out of memory: cannot allocate N-byte block (M in use)" then "fatal error: out of memory") and .NET's
OutOfMemoryException ("Insufficient memory to continue the execution of the program.", "Exception of type
'System.OutOfMemoryException' was thrown.") read surely transient or real before. Public threads split about evenly
between a rerun that passed and a change or a smaller job that fixed it (6 against 7, counted in the catalogue's
comment on runtime_out_of_memory_balanced), as the JVM's own heap limit did (heap33): they read lightly now
(runtime-own-memory-limit: unknown where nothing else speaks). And Maven's failure line whose cause message is the
heap's reason alone, after what the plugin wrapped it in, is the JVM's limit too.

Kept: the kernel's OOM killer and exit 137, the scheduler's "Insufficient memory", Python's MemoryError; a Go block of a
gigabyte or more, or a limit the job set on itself, read real (their own entries; unknown before, beside the surely
transient reading of the same lines).

Every log line here was written for this test (hosts, projects, paths made up); no project's CI log is copied. Cases
whose id starts with "guard_" are near-miss guards (read the same at de127c6); every other case fails there.
A test runner's report of .NET's OutOfMemoryException as one test's error keeps its reading (real), as a test JVM's
heap error does.
"""

from __future__ import annotations

import pytest
from frames import gh_step as _gh
from judging import assert_unique_ids, judge, signatures


def _plain(cmd: str, body: list[str]) -> str:
    return "\n".join([f"$ {cmd}", *body]) + "\n"


CASES: list[tuple[str, str, str]] = [
    # --- Go's runtime out of memory: unknown (was transient) ---
    ("gh_go_build_runtime_oom", "unknown", _gh("go build ./...", [
        "# quarry.example/larch/internal/gen",
        "fatal error: runtime: out of memory", "", "runtime stack:",
        "runtime.throw({0x9a1b2c, 0x16})", "\t/opt/hostedtoolcache/go/1.22.4/x64/src/runtime/panic.go:1023 +0x5c"], 2)),
    ("plain_go_test_cannot_allocate_block", "unknown", _plain("go test ./store/...", [
        "runtime: out of memory: cannot allocate 8388608-byte block (2147483648 in use)",
        "fatal error: out of memory", "", "goroutine 41 [running]:",
        "quarry.example/larch/store.(*Index).grow(0xc000120000)", "\t/src/larch/store/index.go:88 +0x1a4",
        "FAIL\tquarry.example/larch/store\t12.406s"])),
    # --- .NET's OutOfMemoryException: unknown (was transient, or real) ---
    ("gh_dotnet_insufficient_memory", "unknown", _gh("dotnet build -c Release", [
        "  Restored /home/runner/work/tern/tern/src/Tern.Core/Tern.Core.csproj (in 1.2 sec).",
        "Unhandled exception. System.OutOfMemoryException: Insufficient memory to continue the execution of the program.",
        "   at System.Text.StringBuilder.ExpandByABlock(Int32 minBlockCharCount)",
        "   at Tern.Build.Generator.Emit(Stream output)"])),
    ("plain_dotnet_exception_of_type_thrown", "unknown", _plain("dotnet run --project tools/Tern.Pack", [
        "System.OutOfMemoryException: Exception of type 'System.OutOfMemoryException' was thrown.",
        "   at System.IO.MemoryStream.set_Capacity(Int32 value)",
        "   at Tern.Pack.Bundler.Write(String path)"])),
    # --- Maven's failure line with the heap's reason after the plugin's wrapping: unknown (was real) ---
    ("plain_maven_war_execution_exception_heap", "unknown", _plain("mvn -B package", [
        "[ERROR] Failed to execute goal org.apache.maven.plugins:maven-war-plugin:3.4.0:war (default-war) on project "
        "tern-web: Error assembling WAR: Problem creating war: Execution exception: Java heap space -> [Help 1]",
        "org.apache.maven.lifecycle.LifecycleExecutionException: Failed to execute goal "
        "org.apache.maven.plugins:maven-war-plugin:3.4.0:war (default-war) on project tern-web: Error assembling WAR"])),
    # --- the program's own size or the job's own limit: real (was unknown) ---
    ("plain_go_huge_block_reads_real", "real", _plain("go run ./cmd/larch-import", [
        "runtime: out of memory: cannot allocate 68719476736-byte block (4194304 in use)",
        "fatal error: out of memory"])),
    ("plain_go_under_ulimit_reads_real", "real", _plain("bash ci/test.sh", [
        "+ ulimit -v 1048576", "+ go test ./...",
        "runtime: out of memory: cannot allocate 4194304-byte block (1069547520 in use)",
        "fatal error: out of memory"])),
    # --- kept ---
    ("guard_go_build_killed_137", "transient", _gh("go build ./...", [
        "# quarry.example/larch/cmd/larch", "/home/runner/work/_temp/9c1d.sh: line 1:  4411 Killed"
        "                  go build ./..."], 137)),
    ("guard_scheduler_insufficient_memory", "transient", _plain("kubectl get events -n ci", [
        "Warning  FailedScheduling  pod/larch-ci-7  0/3 nodes are available: 3 Insufficient memory."])),
    ("guard_python_memory_error", "real", _plain("python -m larch.index", [
        "Traceback (most recent call last):", '  File "/src/larch/index.py", line 40, in <module>',
        "    table = [0] * (rows * cols)", "MemoryError"])),
    ("guard_dotnet_test_report_oom", "real", _plain("dotnet test tests/Tern.Tests", [
        "  Failed Tern.Tests.PackTests.Packs_Every_Asset [9 s]", "  Error Message:",
        "   System.OutOfMemoryException : Exception of type 'System.OutOfMemoryException' was thrown.",
        "  Stack Trace:", "     at Tern.Pack.Bundler.ReadAll() in /src/Tern.Pack/Bundler.cs:line 61",
        "Failed!  - Failed:     1, Passed:    22, Skipped:     0, Total:    23"])),
    ("guard_dotnet_oom_words_in_assertion", "not_transient", _plain("dotnet test", [
        "  Failed Tern.Tests.LogTests.ParsesOomLine [12 ms]", "  Error Message:",
        "   Assert.Equal() Failure: Expected: Insufficient memory to continue the execution of the program. "
        "Actual: (null)"])),
]

_ALLOWED = {"transient": {"transient"}, "real": {"real"}, "unknown": {"unknown"},
            "not_transient": {"real", "unknown"}}


def test_case_ids_are_unique():
    assert_unique_ids(CASES)


@pytest.mark.parametrize(("expected", "log"), [pytest.param(e, log, id=cid) for cid, e, log in CASES])
def test_dev34_memory(expected, log):
    v = judge(log)
    assert v.verdict in _ALLOWED[expected], (v.verdict, v.confidence, v.rationale)


@pytest.mark.parametrize("log", [pytest.param(log, id=cid) for cid, e, log in CASES
                                 if e == "unknown" and not cid.startswith("guard_")])
def test_runtime_own_memory_limit_is_named(log):
    """The light reading names the runtime's limit; no surely-transient resource entry reads the same line."""
    sigs = signatures(judge(log))
    assert "runtime-own-memory-limit" in sigs, sigs
    assert not {"memory-exhausted", "resource-exhausted", "runtime-fatal-out-of-memory",
                "go-runtime-out-of-threads-or-memory", "scheduling-capacity"} & set(sigs), sigs
