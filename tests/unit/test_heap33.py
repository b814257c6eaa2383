"""Thirty-third round, heap33: one policy for a runtime's own memory-limit report.

A JVM that stops at its OWN configured memory limit (the heap -Xmx / org.gradle.jvmargs / MAVEN_OPTS / a daemon's
default, the GC overhead limit, the Metaspace cap) prints HotSpot's OutOfMemoryError with its reason, or Gradle's
daemon reports its heap or Metaspace exhausted. Public threads mostly fix it by raising the limit the build outgrew,
some pass on a rerun first: not surely transient, not surely the change. It reads lightly now
(runtime-own-memory-limit, 0.6: unknown where nothing else speaks), as V8's own heap limit already does
(build-step-own-out-of-memory); a Gradle compile task that failed on it is no compiler rejecting the code.

Kept: the machine running out (the kernel's OOM killer, exit 137, "Killed", a daemon that disappeared, HotSpot's native
"insufficient memory for the Java Runtime Environment") stays transient; a test JVM's heap reported as one test's error
(Surefire's "<<< ERROR!", Gradle's "FAILED" block), PHP's memory_limit and V8 under a cap the job set stay real.

Every log line here was written for this test (hosts, projects, paths, tests made up); no project's CI log is copied.
Cases whose id starts with "guard_" are near-miss guards (read the same at f3bb628); every other case fails there in
test_jvm_own_limit_is_named (no such reading then), and all but three (the daemon's newer words, its Metaspace expiry,
Maven's war plugin: unknown then for want of any reading) in test_heap33 too (transient or real then).
"""

from __future__ import annotations

import pytest
from frames import gh_step as _gh
from judging import assert_unique_ids, judge, signatures


def _gl(cmd: str, body: list[str], code: int = 1) -> str:
    head = ["Running with gitlab-runner 17.6.0 (3a1b2c4d)", "  on kestrel-shared-3 Qw8Er5Ty, system ID: s_1a2b3c4d5e6f",
            "Using docker image sha256:77ab for eclipse-temurin:21 ...", "section_start:1765100000:step_script",
            "Executing \"step_script\" stage of the job script"]
    return "\n".join([*head, f"$ {cmd}", *body, f"ERROR: Job failed: exit code {code}"]) + "\n"


def _jk(cmd: str, body: list[str]) -> str:
    return "\n".join(["[Pipeline] stage", "[Pipeline] { (Build)", "[Pipeline] sh", f"+ {cmd}", *body, "[Pipeline] }",
                      "ERROR: script returned exit code 1", "Finished: FAILURE"]) + "\n"


def _plain(cmd: str, body: list[str]) -> str:
    return "\n".join([f"$ {cmd}", *body]) + "\n"


_GRADLE_FAIL = ["", "FAILURE: Build failed with an exception.", "", "* What went wrong:"]
_GRADLE_END = ["", "* Try:", "> Run with --stacktrace option to get the stack trace.", "", "BUILD FAILED in 4m 18s"]

CASES: list[tuple[str, str, str]] = [
    # --- the JVM's own limit, nothing else: unknown (was transient or real) ---
    ("gh_gradle_compile_task_heap_space", "unknown", _gh("./gradlew build", [
        "> Task :ledger-core:compileJava", "> Task :ledger-core:compileKotlin", *_GRADLE_FAIL,
        "Execution failed for task ':ledger-core:compileKotlin'.", "> java.lang.OutOfMemoryError: Java heap space",
        *_GRADLE_END])),
    ("gh_gradle_parallel_compile_gc_overhead", "unknown", _gh("./gradlew assemble --parallel --max-workers=6", [
        "> Task :kestrel-api:compileJava", "> Task :kestrel-web:compileJava", *_GRADLE_FAIL,
        "Execution failed for task ':kestrel-web:compileJava'.", "> GC overhead limit exceeded", *_GRADLE_END])),
    ("gl_kapt_metaspace", "unknown", _gl("./gradlew :app:assembleRelease", [
        "> Task :app:kaptGenerateStubsReleaseKotlin", *_GRADLE_FAIL,
        "Execution failed for task ':app:kaptGenerateStubsReleaseKotlin'.", "> java.lang.OutOfMemoryError: Metaspace",
        *_GRADLE_END])),
    ("jk_gradle_daemon_worker_gc_overhead", "unknown", _jk("./gradlew check", [
        "Starting a Gradle Daemon (subsequent builds will be faster)", "> Task :orchard-lib:compileJava",
        "Exception in thread \"Daemon worker\" java.lang.OutOfMemoryError: GC overhead limit exceeded",
        *_GRADLE_FAIL, "GC overhead limit exceeded", *_GRADLE_END])),
    ("gh_gradle_daemon_heap_exhausted", "unknown", _gh("./gradlew :app:bundleRelease", [
        "> Task :app:minifyReleaseWithR8", "Expiring Daemon because JVM heap space is exhausted",
        "Daemon will be stopped at the end of the build after running out of JVM memory", *_GRADLE_FAIL,
        "Gradle build daemon has been stopped: JVM garbage collector thrashing and after running out of JVM memory",
        *_GRADLE_END])),
    ("gh_gradle_daemon_thrashing_new_words", "unknown", _gh("./gradlew build", [
        "> Task :pantry-service:compileTestJava",
        "The Daemon will expire immediately since the JVM garbage collector is thrashing.",
        "The currently configured max heap space is '512 MiB' and the configured max metaspace is '384 MiB'.",
        *_GRADLE_FAIL, "Gradle build daemon has been stopped: since the JVM garbage collector is thrashing",
        *_GRADLE_END])),
    ("gl_gradle_daemon_metaspace_exhausted", "unknown", _gl("./gradlew compileDebugKotlin", [
        "> Task :feature-map:compileDebugKotlin", "Expiring Daemon because JVM Metaspace space is exhausted",
        "Daemon will be stopped at the end of the build after running out of JVM Metaspace", "BUILD FAILED in 6m 2s"])),
    ("gh_maven_war_plugin_heap_space", "unknown", _gh("mvn -B package", [
        "[INFO] --- maven-war-plugin:3.4.0:war (default-war) @ pantry-web ---",
        "[INFO] Packaging webapp",
        "[ERROR] Failed to execute goal org.apache.maven.plugins:maven-war-plugin:3.4.0:war (default-war) on project "
        "pantry-web: Execution default-war of goal org.apache.maven.plugins:maven-war-plugin:3.4.0:war failed: "
        "Java heap space -> [Help 1]"])),
    ("gh_maven_compiler_heap_space", "unknown", _gh("mvn -B -T 4 verify", [
        "[INFO] Compiling 1204 source files with javac [debug release 17] to target/classes",
        "[ERROR] Failed to execute goal org.apache.maven.plugins:maven-compiler-plugin:3.13.0:compile "
        "(default-compile) on project ledger-core: Fatal error compiling: java.lang.OutOfMemoryError: Java heap space "
        "-> [Help 1]"])),
    ("jk_maven_gc_overhead_help", "unknown", _jk("mvn -B install", [
        "[INFO] BUILD FAILURE", "[INFO] Total time:  11:42 min",
        "[ERROR] GC overhead limit exceeded -> [Help 1]"])),
    ("plain_java_main_heap_space", "unknown", _plain("java -Xmx256m -jar build/indexer.jar data/", [
        "Exception in thread \"main\" java.lang.OutOfMemoryError: Java heap space",
        "\tat java.base/java.util.Arrays.copyOf(Arrays.java:3537)",
        "\tat org.kestrel.index.Builder.add(Builder.java:77)"])),
    ("gh_sbt_compile_heap_space", "unknown", _gh("sbt test", [
        "[info] compiling 388 Scala sources to /home/runner/work/quay/quay/core/target/scala-2.13/classes ...",
        "[error] java.lang.OutOfMemoryError: Java heap space",
        "[error] (core / Compile / compileIncremental) java.lang.OutOfMemoryError: Java heap space",
        "[error] Total time: 212 s (03:32)"])),
    ("gh_kotlin_daemon_heap_space", "unknown", _gh("./gradlew :shared:compileKotlinJvm", [
        "> Task :shared:compileKotlinJvm", "e: java.lang.OutOfMemoryError: Java heap space",
        *_GRADLE_FAIL, "Execution failed for task ':shared:compileKotlinJvm'.",
        "> Compilation error. See log for more details", *_GRADLE_END])),
    ("gh_terminating_due_to_gc_overhead", "unknown", _gh("mvn -B test-compile", [
        "[INFO] Compiling 640 source files to /home/runner/work/kiln/kiln/target/test-classes",
        "Terminating due to java.lang.OutOfMemoryError: GC overhead limit exceeded"])),
    ("gh_runner_memory_figure_heap_space", "unknown", _gh("./gradlew build", [
        "Runner has 4 CPUs and 16 GB of memory", "> Task :pantry-core:compileJava", *_GRADLE_FAIL,
        "Execution failed for task ':pantry-core:compileJava'.", "> java.lang.OutOfMemoryError: Java heap space",
        *_GRADLE_END])),
    # --- kept: the machine ran out, not the JVM's own limit ---
    ("guard_oom_killer_names_java", "transient", _plain("./gradlew test", [
        "> Task :ledger-core:test",
        "[ 912.401233] Out of memory: Killed process 8123 (java) total-vm:9123456kB, anon-rss:6543210kB"])),
    ("guard_gradle_run_killed_137", "transient", _gh("./gradlew test", [
        "> Task :ledger-core:test", "/home/runner/work/_temp/1f2e3d.sh: line 1:  2211 Killed"
        "                  ./gradlew test"], code=137)),
    ("guard_jvm_native_memory_refused", "transient", _plain("java -jar tools/codegen.jar", [
        "#", "# There is insufficient memory for the Java Runtime Environment to continue.",
        "# Native memory allocation (mmap) failed to map 524288 bytes for committing reserved memory.",
        "# An error report file with more information is saved as:", "# /builds/kiln/hs_err_pid4121.log"])),
    ("guard_jvm_no_native_thread", "transient", _plain("java -jar build/loadgen.jar", [
        "Exception in thread \"main\" java.lang.OutOfMemoryError: unable to create native thread: possibly out of "
        "memory or process/resource limits reached"])),
    # --- kept: a test JVM's heap as one test's error, PHP's memory_limit, V8 under the job's cap: real ---
    ("guard_surefire_test_heap_error", "real", _gh("mvn -B test", [
        "[INFO] Running org.kestrel.store.BulkImportTest",
        "[ERROR] Tests run: 4, Failures: 0, Errors: 1, Skipped: 0, Time elapsed: 38.2 s <<< FAILURE! -- in "
        "org.kestrel.store.BulkImportTest",
        "[ERROR] org.kestrel.store.BulkImportTest.importsEveryRow -- Time elapsed: 37.9 s <<< ERROR!",
        "java.lang.OutOfMemoryError: Java heap space"])),
    ("guard_php_memory_limit", "real", _gh("vendor/bin/phpstan analyse --no-progress", [
        "PHP Fatal error:  Allowed memory size of 268435456 bytes exhausted (tried to allocate 65536 bytes) in "
        "/home/runner/work/till/till/vendor/phpstan/phpstan/phpstan.phar on line 9"])),
    ("guard_v8_heap_under_job_cap", "real", _plain("export NODE_OPTIONS=--max-old-space-size=3072", [
        "$ npm run build", "", "<--- Last few GCs --->", "",
        "FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory"])),
    # --- kept: V8's own report alone, unknown as decided ---
    ("guard_v8_heap_alone", "unknown", _gh("npx webpack --mode production", [
        "", "<--- JS stacktrace --->", "",
        "FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory"], code=134)),
    # --- the JVM's limit beside another sign: that sign decides ---
    ("guard_heap_and_compile_error", "real", _gh("./gradlew build", [
        "> Task :ledger-core:compileJava",
        "/home/runner/work/ledger/ledger/core/src/main/java/org/ledger/Book.java:41: error: cannot find symbol",
        "        return entries.sumAll();", "                      ^", "  symbol:   method sumAll()",
        "Exception in thread \"Daemon client event forwarder\" java.lang.OutOfMemoryError: Java heap space",
        *_GRADLE_FAIL, "Execution failed for task ':ledger-core:compileJava'.",
        "> Compilation failed; see the compiler error output for details.", *_GRADLE_END])),
    # --- quoted in a test, not met ---
    ("guard_heap_words_in_assertion", "not_transient", _gh("./gradlew test", [
        "> Task :kiln-logs:test", "", "LogParserTest > parsesOomLine() FAILED",
        "    org.opentest4j.AssertionFailedError: expected: <java.lang.OutOfMemoryError: Java heap space> but was: "
        "<null>", "", "3 tests completed, 1 failed", *_GRADLE_FAIL,
        "Execution failed for task ':kiln-logs:test'.", "> There were failing tests.", *_GRADLE_END])),
]

_ALLOWED = {"transient": {"transient"}, "real": {"real"}, "unknown": {"unknown"},
            "not_transient": {"real", "unknown"}, "not_real": {"transient", "unknown"}}


def test_case_ids_are_unique():
    assert_unique_ids(CASES)


@pytest.mark.parametrize(("expected", "log"), [pytest.param(e, log, id=cid) for cid, e, log in CASES])
def test_heap33(expected, log):
    v = judge(log)
    assert v.verdict in _ALLOWED[expected], (v.verdict, v.confidence, v.rationale)


@pytest.mark.parametrize("log", [pytest.param(log, id=cid) for cid, e, log in CASES
                                 if e == "unknown" and not cid.startswith("guard_")])
def test_jvm_own_limit_is_named(log):
    """The light reading names the JVM's own limit, and no surely-transient resource entry reads the same line."""
    sigs = signatures(judge(log))
    assert "runtime-own-memory-limit" in sigs, sigs
    assert not {"memory-exhausted", "resource-exhausted", "compile-jvm"} & set(sigs), sigs
