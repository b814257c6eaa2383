"""Thirteenth round, tool sources: build systems and their caches (Bazel and Bazelisk, Buck2, Pants,
Gradle's daemon and configuration cache, Maven's reactor and plugin resolution, CMake's configure step,
Ninja, GNU Make, Meson and its wraps, Autotools' configure, SCons, ccache, Earthly and Dagger's engines,
Nix builds and its daemon).

Each case is a short log written for the test around one message as the tool prints it. The wording was
read from the tools' own source where the source was at hand (the comment above each case names the
repository and file holding the format string); where it was not, the comment names the documentation or
the tool's own tests that show the wording, and says so. Hosts, targets, packages and paths are made up;
no project's CI log is copied. Cases already held by the other tool-source files (Gradle's dependency
downloads and wrapper, Gradle's and Bazel's remote cache warnings before a compile error, Bazel's
capabilities query, sccache's server start, CMake's FetchContent, Nix downloads and hash mismatches) are
not repeated.

The rules the cases hold:
  * the build tool's server, daemon or engine that died or could not be reached (Bazel's server
    terminated abruptly or out of memory, the Gradle daemon that never answered, buildkitd that crashed or
    did not respond under Earthly or Dagger, the Nix daemon's socket), a remote executor or cache that
    failed the build itself (Bazel's remote execution UNAVAILABLE / DEADLINE_EXCEEDED, blobs evicted from
    the remote cache), an upload of build events that failed after the build passed, a download of a
    repository rule, a Maven plugin, a Meson wrap or a Bazel release that met a 5xx, a timeout or a reset
    -> transient;
  * a compile error, a failing test or a failing genrule under Bazel, Buck2, Pants, Ninja, Make, SCons or
    Nix, an analysis error, a target or package that does not exist, a configure step that cannot find a
    package or a compiler, a checksum of a pinned archive that does not match, a 404 for a version that
    does not exist, refused credentials, a configuration-cache problem, an unknown option in a config file
    -> real, even where a cache or build-event upload outage sits beside it in the log;
  * a Bazel test at its TIMEOUT alone -> transient, modestly (the nineteenth round's one rule for a harness's
    own time limit, test_rules19_timeouts.py);
  * wordings the tool prints for both -> not surely transient.
"""

from __future__ import annotations

import pytest
from judging import assert_unique_ids, labelled, logs, not_surely_transient, reads

_EXIT = "##[error]Process completed with exit code 1.\n"
_CIRCLE = "\nExited with code exit status 1\n"
_BZ = ("INFO: Invocation ID: 4c3b2a19-8f7e-4d6c-9b5a-0e1f2d3c4b5a\n"
       "INFO: Analyzed 214 targets (12 packages loaded, 3018 targets configured).\n")
_BZ_FAIL = "INFO: Elapsed time: 48.210s, Critical Path: 21.32s\nERROR: Build did NOT complete successfully\n"
_MVN = ("[INFO] Scanning for projects...\n"
        "[INFO] ------------------------------------------------------------------------\n"
        "[INFO] Reactor Build Order:\n[INFO] \n[INFO] Ledger Parent                                                      [pom]\n"
        "[INFO] ledger-core                                                        [jar]\n")

CASES: list[tuple[str, str, str]] = [
    # ================================================================== Bazel
    # bazelbuild/bazel src/main/cpp/blaze.cc ("Server terminated abruptly (error code: %d, error message:
    # '%s', log file: '%s')"): the server JVM died under the client, most often killed for memory (read in
    # the tool's own repository through excerpts; the repository is too large to bring here whole)
    ("bazel-server-terminated-abruptly", "transient",
     _BZ + "[6,120 / 9,800] Compiling src/engine/planner.cc; 212s linux-sandbox ... (16 actions running)\n"
     "Server terminated abruptly (error code: 14, error message: 'Socket closed', log file: "
     "'/home/ci/.cache/bazel/_bazel_ci/5e1d/server/jvm.out')\n" + _EXIT),
    # src/main/java/com/google/devtools/build/lib/bugreport/BugReport.java ("%s ran out of memory and
    # crashed. Printing stack trace:") (wording from the source as recalled; not re-read this round)
    # (heap33) was transient: the Bazel server's own JVM heap (--host_jvm_args=-Xmx), the JVM at its own configured
    # limit (runtime-own-memory-limit): most often a limit the build outgrew, unknown, not surely a rerun
    ("bazel-server-oom", "unknown",
     _BZ + "[2,001 / 4,100] Linking src/engine/planner; 31s remote-cache, linux-sandbox\n"
     "FATAL: bazel ran out of memory and crashed. Printing stack trace:\n"
     "java.lang.OutOfMemoryError: Java heap space\n" + _EXIT),
    # src/main/java/com/google/devtools/build/lib/remote/util/Utils.java grpcAwareErrorMessage, the action's
    # failure carrying the gRPC status ("failed: (Exit 34): ..."; 34 is REMOTE_ERROR in ExitCode.java)
    ("bazel-remote-exec-unavailable", "transient",
     _BZ + "ERROR: /home/ci/ws/src/net/BUILD:12:11: Compiling src/net/socket.cc failed: (Exit 34): "
     "java.io.IOException: io.grpc.StatusRuntimeException: UNAVAILABLE: Connection closed after GOAWAY. "
     "HTTP/2 error code: NO_ERROR, debug data: max_age\n"
     "Target //src/net:socket failed to build\n" + _BZ_FAIL + _EXIT),
    ("bazel-remote-exec-deadline", "transient",
     _BZ + "ERROR: /home/ci/ws/src/net/BUILD:30:8: Linking src/net/server failed: (Exit 34): "
     "java.io.IOException: io.grpc.StatusRuntimeException: DEADLINE_EXCEEDED: deadline exceeded after "
     "299.999s. [closed=[], open=[[remote_addr=rbe.example.org/10.2.3.4:443]]]\n"
     "Target //src/net:server failed to build\n" + _BZ_FAIL + _EXIT),
    # src/main/java/com/google/devtools/build/lib/remote/BulkTransferException.java / RemoteSpawnCache
    # ("Failed to fetch blobs because they do not exist remotely.", "Missing digest: %s"): a remote cache
    # that evicted outputs during a build without the bytes (seen in the tool's own tests and CI reports)
    ("bazel-remote-blobs-evicted", "transient",
     _BZ + "ERROR: /home/ci/ws/svc/api/BUILD.bazel:43:8: GoCompilePkg svc/api/api.a failed: Failed to fetch "
     "blobs because they do not exist remotely.: Missing digest: 9b1f0c2e4d6a8b0c1e3f5a7b9c0d2e4f6a8b0c1e3f5a"
     "7b9c0d2e4f6a8b0c1e/13966 for bazel-out/k8-fastbuild/bin/svc/store/store.x\n" + _BZ_FAIL + _EXIT),
    # the remote worker ran the compiler and the compiler failed: a remote strategy is not an outage
    ("bazel-remote-exec-compile-error", "real",
     _BZ + "[812 / 1,940] Compiling src/net/socket.cc; 4s remote ... (64 actions running)\n"
     "ERROR: /home/ci/ws/src/net/BUILD:12:11: Compiling src/net/socket.cc failed: (Exit 1): gcc failed: "
     "error executing CppCompile command (from target //src/net:socket)\n"
     "src/net/socket.cc:88:12: error: 'struct conn' has no member named 'peer_addr'\n"
     "Target //src/net:socket failed to build\n" + _BZ_FAIL + _EXIT),
    # src/main/java/com/google/devtools/build/lib/buildeventservice/BuildEventServiceUploader.java (the
    # retried statuses end in "All retry attempts failed." or "Not retrying publishBuildEvents, no more
    # attempts left: status='%s'"), printed under "The Build Event Protocol upload failed: %s"; the build's
    # own summary above it says it passed (exit 38, TRANSIENT_BUILD_EVENT_SERVICE_UPLOAD_ERROR) (read)
    ("bazel-bes-upload-failed-after-pass", "transient",
     _BZ + "INFO: Found 214 targets...\n"
     "INFO: Elapsed time: 96.402s, Critical Path: 40.11s\n"
     "INFO: 3120 processes: 2900 remote cache hit, 220 linux-sandbox.\n"
     "INFO: Build completed successfully, 3120 total actions\n"
     "ERROR: The Build Event Protocol upload failed: All retry attempts failed. UNAVAILABLE: io exception\n"
     + _EXIT),
    ("bazel-bes-upload-no-more-attempts-after-pass", "transient",
     _BZ + "INFO: Build completed successfully, 3120 total actions\n"
     "ERROR: The Build Event Protocol upload failed: Not retrying publishBuildEvents, no more attempts left: "
     "status='Status{code=UNAVAILABLE, description=Connection closed after GOAWAY, cause=null}'\n" + _EXIT),
    ("bazel-bes-upload-timed-out-after-pass", "transient",
     _BZ + "INFO: Build completed successfully, 88 total actions\n"
     "INFO: Waiting for build events upload: bes.example.org 60s\n"
     "ERROR: The Build Event Protocol upload timed out\n" + _EXIT),
    # near-miss: the build failed on the compiler and the upload failed too: the compiler decides
    ("bazel-bes-upload-failed-beside-compile-error", "real",
     _BZ + "ERROR: /home/ci/ws/src/core/BUILD:4:11: Compiling src/core/ledger.cc failed: (Exit 1): clang "
     "failed: error executing CppCompile command (from target //src/core:ledger)\n"
     "src/core/ledger.cc:212:9: error: use of undeclared identifier 'post_entry'\n"
     "Target //src/core:ledger failed to build\n" + _BZ_FAIL
     + "ERROR: The Build Event Protocol upload failed: All retry attempts failed. UNAVAILABLE: io exception\n"
     + _EXIT),
    # near-miss: the build-event service refused the job's credentials (retried, then "All retry attempts
    # failed." from publishLifecycleEvent), or its arguments ("Not retrying publishBuildEvents: status='%s'"
    # for INVALID_ARGUMENT / FAILED_PRECONDITION, exit 45 PERSISTENT_BUILD_EVENT_SERVICE_UPLOAD_ERROR): the
    # same on every run (read in the source: BuildEventServiceUploader.java)
    ("bazel-bes-permission-denied", "real",
     _BZ + "INFO: Build completed successfully, 88 total actions\n"
     "ERROR: The Build Event Protocol upload failed: All retry attempts failed. PERMISSION_DENIED: API key is "
     "not valid for this instance\n" + _EXIT),
    ("bazel-bes-invalid-argument", "real",
     _BZ + "INFO: Build completed successfully, 88 total actions\n"
     "ERROR: The Build Event Protocol upload failed: Not retrying publishBuildEvents: status='Status{code="
     "INVALID_ARGUMENT, description=instance name \"ci-main\" is not known, cause=null}' INVALID_ARGUMENT: "
     "instance name \"ci-main\" is not known\n" + _EXIT),
    # src/main/java/com/google/devtools/build/lib/bazel/repository/downloader/HttpConnector.java ("GET
    # returned %s %s"), HttpDownloader ("Error downloading [%s] to %s: %s"), the repository rule's failure
    # ("An error occurred during the fetch of repository '%s':") and analysis aborting
    ("bazel-repo-fetch-502", "transient",
     "INFO: Repository zlib instantiated at:\n  /home/ci/ws/MODULE.bazel:14:13: in <toplevel>\n"
     "WARNING: Download from https://mirror.example.org/zlib/zlib-1.3.1.tar.gz failed: class "
     "java.io.IOException GET returned 502 Bad Gateway\n"
     "ERROR: An error occurred during the fetch of repository 'zlib':\n"
     "   Traceback (most recent call last):\n"
     "Error in download_and_extract: java.io.IOException: Error downloading [https://mirror.example.org/zlib/"
     "zlib-1.3.1.tar.gz] to /home/ci/.cache/bazel/_bazel_ci/5e1d/external/zlib/temp5/zlib-1.3.1.tar.gz: GET "
     "returned 502 Bad Gateway\n"
     "ERROR: Analysis of target '//src:app' failed; build aborted: Analysis failed\n" + _BZ_FAIL + _EXIT),
    ("bazel-repo-fetch-connect-timeout", "transient",
     "ERROR: An error occurred during the fetch of repository 'rules_widget':\n"
     "Error in download_and_extract: java.io.IOException: Error downloading [https://git.example.org/acme/"
     "rules_widget/archive/v1.2.0.tar.gz] to /home/ci/.cache/bazel/_bazel_ci/5e1d/external/rules_widget/temp1/"
     "v1.2.0.tar.gz: Connect timed out\n"
     "ERROR: no such package '@rules_widget//widget': java.io.IOException: Error downloading [https://git."
     "example.org/acme/rules_widget/archive/v1.2.0.tar.gz] to /home/ci/.cache/bazel/x: Connect timed out\n"
     + _BZ_FAIL + _EXIT),
    # near-miss: a version that does not exist on the mirror
    ("bazel-repo-fetch-404", "real",
     "ERROR: An error occurred during the fetch of repository 'zlib':\n"
     "Error in download_and_extract: java.io.IOException: Error downloading [https://mirror.example.org/zlib/"
     "zlib-1.9.9.tar.gz] to /home/ci/.cache/bazel/_bazel_ci/5e1d/external/zlib/temp5/zlib-1.9.9.tar.gz: GET "
     "returned 404 Not Found\n"
     "ERROR: Analysis of target '//src:app' failed; build aborted: Analysis failed\n" + _BZ_FAIL + _EXIT),
    # downloader/Checksum.java, HttpDownloader ("Checksum was %s but wanted %s"): a pinned archive changed
    ("bazel-repo-fetch-checksum", "real",
     "ERROR: An error occurred during the fetch of repository 'rules_widget':\n"
     "Error in download_and_extract: java.io.IOException: Error downloading [https://git.example.org/acme/"
     "rules_widget/archive/v1.2.0.tar.gz] to /home/ci/.cache/bazel/x/v1.2.0.tar.gz: Checksum was "
     "4e1f0a9b8c7d6e5f4a3b2c1d0e9f8a7b6c5d4e3f2a1b0c9d8e7f6a5b4c3d2e1f but wanted "
     "0a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6e7f8a9b0c1d2e3f4a5b6c7d8e9f0a1b\n" + _BZ_FAIL + _EXIT),
    # src/main/java/com/google/devtools/build/lib/packages (NoSuchTargetException: "no such target '%s':
    # target '%s' not declared in package '%s'"), AnalysisFailureEvent ("Analysis of target '%s' failed")
    ("bazel-analysis-no-such-target", "real",
     _BZ + "ERROR: /home/ci/ws/src/app/BUILD:9:10: no such target '//src/util:strings': target 'strings' not "
     "declared in package 'src/util' defined by /home/ci/ws/src/util/BUILD and referenced by '//src/app:app'\n"
     "ERROR: Analysis of target '//src/app:app' failed; build aborted: Analysis failed\n" + _BZ_FAIL + _EXIT),
    # packages/BuildFileNotFoundException ("BUILD file not found in any of the following directories"), the
    # target pattern's "Skipping '%s': %s" (wording from the source as recalled; not re-read this round)
    ("bazel-skipping-no-such-package", "real",
     "INFO: Invocation ID: 4c3b2a19-8f7e-4d6c-9b5a-0e1f2d3c4b5a\n"
     "ERROR: Skipping '//svc/ledgr/...': no such package 'svc/ledgr': BUILD file not found in any of the "
     "following directories. Add a BUILD file to a directory to mark it as a package.\n"
     " - /home/ci/ws/svc/ledgr\n"
     "ERROR: no such package 'svc/ledgr': BUILD file not found in any of the following directories.\n"
     + _BZ_FAIL + _EXIT),
    # the genrule action (GenRuleAction: "Executing genrule %s"; "error executing Genrule command")
    ("bazel-genrule-script-fails", "real",
     _BZ + "ERROR: /home/ci/ws/gen/BUILD:3:8: Executing genrule //gen:schema failed: (Exit 1): bash failed: "
     "error executing Genrule command (from target //gen:schema) /bin/bash -c 'source external/bazel_tools/"
     "tools/genrule/genrule-setup.sh; python3 tools/gen_schema.py > bazel-out/k8-fastbuild/bin/gen/schema.h'\n"
     "Traceback (most recent call last):\n"
     "  File \"tools/gen_schema.py\", line 14, in <module>\n"
     "KeyError: 'ledger_entry'\n" + _BZ_FAIL + _EXIT),
    # TestSummaryPrinter under --keep_going: tests that fail, and the build carries on to its summary
    ("bazel-keep-going-test-failures", "real",
     _BZ + "FAIL: //svc/ledger:balance_test (see /home/ci/.cache/bazel/_bazel_ci/5e1d/execroot/ws/bazel-out/"
     "k8-fastbuild/testlogs/svc/ledger/balance_test/test.log)\n"
     "//svc/ledger:balance_test                                               FAILED in 1.2s\n"
     "//svc/ledger:ledger_test                                                PASSED in 0.8s\n"
     "Executed 2 out of 2 tests: 1 test passes and 1 fails locally.\n"
     "INFO: Build completed, 1 test FAILED, 412 total actions\n" + _EXIT),
    # bazelbuild/bazelisk core/core.go ("could not download Bazel: %v") over its httputil's "HTTP GET %s
    # failed with error %v" (read through excerpts of the source)
    ("bazelisk-download-503", "transient",
     "2026/03/02 10:12:01 Downloading https://releases.bazel.build/7.4.1/release/bazel-7.4.1-linux-x86_64...\n"
     "2026/03/02 10:12:33 could not download Bazel: failed to download bazel: failed to download bazel: HTTP "
     "GET https://releases.bazel.build/7.4.1/release/bazel-7.4.1-linux-x86_64 failed with error 503\n" + _EXIT),
    ("bazelisk-download-404", "real",
     "2026/03/02 10:12:01 Downloading https://releases.bazel.build/7.99.0/release/bazel-7.99.0-linux-x86_64...\n"
     "2026/03/02 10:12:02 could not download Bazel: failed to download bazel: failed to download bazel: HTTP "
     "GET https://releases.bazel.build/7.99.0/release/bazel-7.99.0-linux-x86_64 failed with error 404\n" + _EXIT),

    # ================================================================== Buck2
    # facebook/buck2 (action error display: "Action failed: %s (%s)", "Remote command returned non-zero exit
    # code %d", "Remote action digest: ..."; "BUILD FAILED") (read in the tool's own tests, through excerpts)
    ("buck2-remote-action-compile-error", "real",
     "Action failed: root//app:server (cxx_compile server.cpp)\n"
     "Remote command returned non-zero exit code 1\n"
     "Remote action digest: 'b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b1c2:141'\n"
     "stdout:\nstderr:\n"
     "app/server.cpp:14:5: error: use of undeclared identifier 'listen_fd'\n"
     "Build ID: 0b1c2d3e-4f5a-6b7c-8d9e-0f1a2b3c4d5e\n"
     "Jobs completed: 120. Time elapsed: 14.2s. Cache hits: 80%. Commands: 24 (cached: 19, remote: 5)\n"
     "BUILD FAILED\n" + _EXIT),

    # ================================================================== Pants
    # pantsbuild/pants src/rust/engine/process_execution/remote/src/remote_cache.rs ("Failed to read from
    # remote cache ({} occurrences so far): {}") at WARN, the run falling back to local execution; the test
    # then fails on its assertion
    ("pants-remote-cache-warning-then-test-failure", "real",
     "10:12:01.20 [WARN] Failed to read from remote cache (1 occurrences so far): Unavailable: \"transport "
     "error: error trying to connect: tcp connect error: Connection refused (os error 111)\"\n"
     "10:12:40.11 [ERROR] Completed: Run Pytest - tests/test_ledger.py:tests - failed (exit code 1).\n"
     "FAILED tests/test_ledger.py::test_balance - assert 25 == 30\n"
     "\n✕ tests/test_ledger.py:tests failed in 3.21s.\n" + _EXIT),
    # src/python/pants/engine/process.py ProcessExecutionFailure ("Process '{description}' failed with exit
    # code {exit_code}."), pip's output beneath it
    ("pants-pex-resolve-read-timeout", "transient",
     "10:12:01.20 [INFO] Starting: Building requirements.pex with 42 requirements\n"
     "10:14:01.20 [ERROR] 1 Exception encountered:\n\n"
     "Engine traceback:\n  in `test` goal\n\n"
     "ProcessExecutionFailure: Process 'Building requirements.pex with 42 requirements' failed with exit code 1.\n"
     "stderr:\n"
     "pip: ERROR: Could not install packages due to an OSError: HTTPSConnectionPool(host='pypi.example.org', "
     "port=443): Read timed out.\n" + _EXIT),
    ("pants-pex-resolve-no-such-version", "real",
     "10:12:01.20 [INFO] Starting: Building requirements.pex with 42 requirements\n"
     "10:12:09.20 [ERROR] 1 Exception encountered:\n\n"
     "ProcessExecutionFailure: Process 'Building requirements.pex with 42 requirements' failed with exit code 1.\n"
     "stderr:\n"
     "pip: ERROR: Could not find a version that satisfies the requirement ledgerlib==9.9.9 (from versions: 1.0.0, 1.1.0)\n"
     "pip: ERROR: No matching distribution found for ledgerlib==9.9.9\n" + _EXIT),

    # ================================================================== Gradle daemon, configuration cache
    # gradle/gradle platforms/core-runtime/launcher DefaultDaemonConnector ("Timeout waiting to connect to the
    # Gradle daemon."), DaemonClient ("Could not receive a message from the daemon.") (wording from the
    # source as recalled; not re-read this round)
    ("gradle-daemon-connect-timeout", "transient",
     "$ ./gradlew build --no-watch-fs\n"
     "Starting a Gradle Daemon (subsequent builds will be faster)\n\n"
     "FAILURE: Build failed with an exception.\n\n* What went wrong:\n"
     "Timeout waiting to connect to the Gradle daemon.\n"
     "Daemon uid: 4b1c9e2d-0f3a-4c5b-8d6e-7f8091a2b3c4 with diagnostics:\n"
     "Daemon pid: 4411\n  log file: /home/ci/.gradle/daemon/8.7/daemon-4411.out.log\n" + _EXIT),
    ("gradle-daemon-no-message", "transient",
     "> Task :app:compileKotlin\n\n"
     "FAILURE: Build failed with an exception.\n\n* What went wrong:\n"
     "Could not receive a message from the daemon.\n\n"
     "BUILD FAILED in 6m 12s\n" + _EXIT),
    # platforms/core-configuration/configuration-cache ("Configuration cache problems found in this build.",
    # "Invocation of '%s' by task '%s' at execution time is unsupported.")
    ("gradle-configuration-cache-problems", "real",
     "> Task :app:generateBuildInfo FAILED\n\n"
     "1 problem was found storing the configuration cache.\n"
     "- Task `:app:generateBuildInfo` of type `BuildInfoTask`: invocation of 'Task.project' at execution time "
     "is unsupported.\n\n"
     "See the complete report at file:///home/ci/app/build/reports/configuration-cache/a1/b2/"
     "configuration-cache-report.html\n\n"
     "FAILURE: Build failed with an exception.\n\n* What went wrong:\n"
     "Configuration cache problems found in this build.\n\nBUILD FAILED in 22s\n" + _EXIT),

    # ================================================================== Maven reactor and plugins
    # apache/maven maven-core (DefaultLifecycleExecutionPlanCalculator / DefaultPluginDependenciesResolver:
    # "Plugin %s or one of its dependencies could not be resolved: %s"), maven-resolver's "Could not transfer
    # artifact %s from/to %s (%s): %s" (wording from the source as recalled; not re-read this round)
    ("maven-plugin-resolution-connect-timeout", "transient",
     _MVN + "[ERROR] Plugin org.apache.maven.plugins:maven-surefire-plugin:3.2.5 or one of its dependencies "
     "could not be resolved: Failed to read artifact descriptor for org.apache.maven.plugins:"
     "maven-surefire-plugin:jar:3.2.5: The following artifacts could not be resolved: org.apache.maven.plugins:"
     "maven-surefire-plugin:pom:3.2.5 (absent): Could not transfer artifact org.apache.maven.plugins:"
     "maven-surefire-plugin:pom:3.2.5 from/to central (https://repo.maven.apache.org/maven2): Connect to "
     "repo.maven.apache.org:443 [repo.maven.apache.org/151.101.0.215] failed: Connect timed out -> [Help 1]\n"
     + _EXIT),
    ("maven-parent-pom-502", "transient",
     "[INFO] Scanning for projects...\n"
     "[ERROR] [ERROR] Some problems were encountered while processing the POMs:\n"
     "[FATAL] Non-resolvable parent POM for com.acme:ledger-core:1.4.0-SNAPSHOT: The following artifacts could "
     "not be resolved: com.acme:acme-parent:pom:12 (absent): Could not transfer artifact com.acme:acme-parent:"
     "pom:12 from/to nexus (https://nexus.example.org/repository/public): status code: 502, reason phrase: Bad "
     "Gateway (502) and 'parent.relativePath' points at no local POM @ line 5, column 11\n" + _EXIT),
    # near-miss: a plugin version that does not exist
    ("maven-plugin-not-found", "real",
     _MVN + "[ERROR] Plugin com.acme.build:ledger-maven-plugin:9.9.9 or one of its dependencies could not be "
     "resolved: The following artifacts could not be resolved: com.acme.build:ledger-maven-plugin:jar:9.9.9 "
     "(absent): Could not find artifact com.acme.build:ledger-maven-plugin:jar:9.9.9 in central "
     "(https://repo.maven.apache.org/maven2) -> [Help 1]\n" + _EXIT),
    # maven-core (NoPluginFoundForPrefixException: "No plugin found for prefix '%s' in the current project
    # and in the plugin groups %s available from the repositories %s")
    ("maven-no-plugin-for-prefix", "real",
     _MVN + "[ERROR] No plugin found for prefix 'ledgr' in the current project and in the plugin groups "
     "[org.apache.maven.plugins, org.codehaus.mojo] available from the repositories [local "
     "(/home/ci/.m2/repository), central (https://repo.maven.apache.org/maven2)] -> [Help 1]\n" + _EXIT),
    # maven-core's reactor summary (ReactorSummary in ExecutionEventLogger: "Reactor Summary for %s:",
    # "SUCCESS", "FAILURE", "SKIPPED") with the compiler plugin's failure
    ("maven-reactor-compile-failure", "real",
     "[INFO] Reactor Summary for Ledger Parent 1.4.0-SNAPSHOT:\n[INFO] \n"
     "[INFO] Ledger Parent ...................................... SUCCESS [  0.412 s]\n"
     "[INFO] ledger-core ........................................ FAILURE [  3.214 s]\n"
     "[INFO] ledger-web ......................................... SKIPPED\n"
     "[INFO] BUILD FAILURE\n"
     "[ERROR] Failed to execute goal org.apache.maven.plugins:maven-compiler-plugin:3.13.0:compile "
     "(default-compile) on project ledger-core: Compilation failure\n"
     "[ERROR] /home/ci/ledger/ledger-core/src/main/java/com/acme/ledger/Posting.java:[41,17] cannot find symbol\n"
     "[ERROR]   symbol:   method amountCents()\n" + _EXIT),
    # maven-resolver's cached failure ("Failure to find %s in %s was cached in the local repository,
    # resolution will not be reattempted until the update interval of %s has elapsed or updates are forced")
    ("maven-failure-to-find-cached", "real",
     "[ERROR] Failed to execute goal on project ledger-web: Could not resolve dependencies for project "
     "com.acme:ledger-web:war:1.4.0-SNAPSHOT: Failure to find com.acme:ledger-api:jar:1.4.0-SNAPSHOT in "
     "https://nexus.example.org/repository/snapshots was cached in the local repository, resolution will not be "
     "reattempted until the update interval of snapshots has elapsed or updates are forced -> [Help 1]\n" + _EXIT),

    # ================================================================== CMake configure
    # Kitware/CMake Source/cmFindPackageCommand.cxx ("Could not find a package configuration file provided by
    # \"%s\" with any of the following names:"), cmake.cxx ("Configuring incomplete, errors occurred!")
    ("cmake-find-package-config-missing", "real",
     "-- The CXX compiler identification is GNU 13.2.0\n"
     "CMake Error at CMakeLists.txt:14 (find_package):\n"
     "  Could not find a package configuration file provided by \"fmt\" with any of\n"
     "  the following names:\n\n    fmtConfig.cmake\n    fmt-config.cmake\n\n"
     "-- Configuring incomplete, errors occurred!\n" + _EXIT),
    # Modules/FindPackageHandleStandardArgs.cmake ("Could NOT find %s (missing: %s)")
    ("cmake-could-not-find-openssl", "real",
     "CMake Error at /usr/share/cmake-3.28/Modules/FindPackageHandleStandardArgs.cmake:230 (message):\n"
     "  Could NOT find OpenSSL, try to set the path to OpenSSL root folder in the\n"
     "  system variable OPENSSL_ROOT_DIR (missing: OPENSSL_CRYPTO_LIBRARY\n  OPENSSL_INCLUDE_DIR)\n"
     "-- Configuring incomplete, errors occurred!\n" + _EXIT),
    # Source/cmGlobalGenerator.cxx ("CMake was unable to find a build program corresponding to \"%s\".
    # CMAKE_MAKE_PROGRAM is not set.")
    ("cmake-no-build-program", "real",
     "CMake Error: CMake was unable to find a build program corresponding to \"Ninja\".  CMAKE_MAKE_PROGRAM is "
     "not set.  You probably need to select a different build tool.\n"
     "-- Configuring incomplete, errors occurred!\n" + _EXIT),
    # Source/cmCMakeMinimumRequired.cxx ("CMake %s or higher is required.  You are running version %s")
    ("cmake-minimum-required", "real",
     "CMake Error at CMakeLists.txt:1 (cmake_minimum_required):\n"
     "  CMake 3.30 or higher is required.  You are running version 3.22.1\n\n"
     "-- Configuring incomplete, errors occurred!\n" + _EXIT),

    # ================================================================== Ninja
    # ninja-build/ninja src/ninja.cc ("build stopped: %s.") with "subcommand failed", the compiler's error
    ("ninja-subcommand-compile-error", "real",
     "[41/212] Building CXX object src/CMakeFiles/ledger.dir/posting.cpp.o\n"
     "FAILED: src/CMakeFiles/ledger.dir/posting.cpp.o \n"
     "/usr/bin/c++ -O2 -c /home/ci/ledger/src/posting.cpp -o src/CMakeFiles/ledger.dir/posting.cpp.o\n"
     "/home/ci/ledger/src/posting.cpp:41:17: error: 'class Amount' has no member named 'cents'\n"
     "ninja: build stopped: subcommand failed.\n" + _EXIT),
    # the compiler killed for memory under ninja (gcc's "Killed signal terminated program cc1plus")
    # (twentieth round, leftovers20) was transient: a build step's own out-of-memory is neither surely transient nor surely
    # real (a larger resource class or a config change as often as a one-off; test_rules20_leftovers.py)
    ("ninja-compiler-killed", "unknown",
     "[118/212] Building CXX object src/CMakeFiles/engine.dir/planner.cpp.o\n"
     "FAILED: src/CMakeFiles/engine.dir/planner.cpp.o \n"
     "/usr/bin/c++ -O2 -c /home/ci/engine/src/planner.cpp -o src/CMakeFiles/engine.dir/planner.cpp.o\n"
     "c++: fatal error: Killed signal terminated program cc1plus\n"
     "compilation terminated.\n"
     "ninja: build stopped: subcommand failed.\n" + _EXIT),
    # src/build.cc ("'%s', needed by '%s', missing and no known rule to make it")
    ("ninja-missing-input", "real",
     "ninja: error: '../src/generated/schema.h', needed by 'src/CMakeFiles/ledger.dir/posting.cpp.o', missing "
     "and no known rule to make it\n" + _EXIT),
    # src/ninja.cc (loading the manifest: "loading '%s': %s")
    ("ninja-no-build-file", "real",
     "$ ninja -C build\n"
     "ninja: Entering directory `build'\n"
     "ninja: error: loading 'build.ninja': No such file or directory\n" + _EXIT),

    # ================================================================== GNU Make
    # GNU make's job.c ("*** [%s:%lu: %s] Error %d"), main.c ("*** No rule to make target '%s'.  Stop."),
    # read.c ("*** missing separator.  Stop.") (wording from GNU make's source as recalled; the source is on
    # savannah, not read here)
    ("make-test-target-fails", "real",
     "go test ./...\n"
     "--- FAIL: TestPostingBalance (0.00s)\n"
     "    posting_test.go:41: balance = 25, want 30\n"
     "FAIL\tgit.example.org/acme/ledger/posting\t0.012s\n"
     "make: *** [Makefile:30: test] Error 1\n" + _EXIT),
    ("make-no-rule-to-make-target", "real",
     "$ make tset\n"
     "make: *** No rule to make target 'tset'.  Stop.\n" + _EXIT),
    ("make-missing-separator", "real",
     "$ make build\n"
     "Makefile:14: *** missing separator.  Stop.\n" + _EXIT),
    # a recipe's own download that met a reset: the tool's words are only the messenger
    ("make-recipe-download-reset", "transient",
     "curl -fsSL -o third_party/protoc.zip https://downloads.example.org/protoc/25.1/protoc-25.1-linux-x86_64.zip\n"
     "curl: (56) Recv failure: Connection reset by peer\n"
     "make: *** [Makefile:8: third_party/protoc.zip] Error 56\n" + _EXIT),
    ("make-recipe-killed-137", "transient",
     "cc -O2 -c src/huge_table.c -o build/huge_table.o\n"
     "make: *** [Makefile:22: build/huge_table.o] Error 137\n" + _EXIT),

    # ================================================================== Meson
    # mesonbuild/meson mesonbuild/wrap/wrap.py get_data_with_backoff ("failed to download with error: {e}.
    # Trying after a delay..."), get_data ("could not get {url}; is the internet available?"), and the
    # interpreter's "Subproject %s is buildable: NO"
    ("meson-wrap-download-503", "transient",
     "Downloading zlib source from https://wrap.example.org/zlib/zlib-1.3.1.tar.gz\n"
     "HTTP Error 503: Service Unavailable\n"
     "WARNING: failed to download with error: could not get https://wrap.example.org/zlib/zlib-1.3.1.tar.gz; is "
     "the internet available?. Trying after a delay...\n"
     "HTTP Error 503: Service Unavailable\n"
     "Subproject zlib is buildable: NO\n\n"
     "meson.build:20:0: ERROR: could not get https://wrap.example.org/zlib/zlib-1.3.1.tar.gz; is the internet "
     "available?\n" + _EXIT),
    # near-miss: the same words after a 404 (a source_url that does not exist)
    ("meson-wrap-download-404", "real",
     "Downloading zlib source from https://wrap.example.org/zlib/zlib-1.9.9.tar.gz\n"
     "HTTP Error 404: Not Found\n"
     "WARNING: failed to download with error: could not get https://wrap.example.org/zlib/zlib-1.9.9.tar.gz; is "
     "the internet available?. Trying after a delay...\n"
     "HTTP Error 404: Not Found\n"
     "Subproject zlib is buildable: NO\n\n"
     "meson.build:20:0: ERROR: could not get https://wrap.example.org/zlib/zlib-1.9.9.tar.gz; is the internet "
     "available?\n" + _EXIT),
    # wrap.py check_hash ("Incorrect hash for {what}:\n {expected} expected\n {dhash} actual.")
    ("meson-wrap-incorrect-hash", "real",
     "Downloading zlib source from https://wrap.example.org/zlib/zlib-1.3.1.tar.gz\n"
     "Subproject zlib is buildable: NO\n\n"
     "meson.build:20:0: ERROR: Incorrect hash for source:\n"
     " 9a93b2b7dfdac77ceba5a558a580e74667dd6fede4585b91eefb60f03b72df23 expected\n"
     " 38ef96b8dfe510d42707d9c781877914792541133e1870841463bfa73f883e32 actual.\n" + _EXIT),
    # mesonbuild/dependencies/detect.py ("Dependency \"%s\" not found" + " (tried %s)")
    ("meson-dependency-not-found", "real",
     "Found pkg-config: YES (/usr/bin/pkg-config) 1.8.1\n"
     "Run-time dependency glib-2.0 found: NO (tried pkgconfig and cmake)\n\n"
     "meson.build:8:0: ERROR: Dependency \"glib-2.0\" not found, tried pkgconfig and cmake\n\n"
     "A full log can be found at /home/ci/app/build/meson-logs/meson-log.txt\n" + _EXIT),
    # mesonbuild/interpreter/interpreter.py ("Meson version is {v} but project requires {pv}")
    ("meson-version-too-old", "real",
     "The Meson build system\nVersion: 1.0.1\n"
     "meson.build:1:0: ERROR: Meson version is 1.0.1 but project requires >=1.3.0\n" + _EXIT),

    # ================================================================== Autotools, SCons
    # autoconf's lib/autoconf/c.m4 ("C compiler cannot create executables"), pkg.m4 ("Package requirements
    # (%s) were not met:") (wording from autoconf's and pkg-config's macros as recalled; not re-read here)
    ("configure-compiler-cannot-create-executables", "real",
     "checking for gcc... gcc\nchecking whether the C compiler works... no\n"
     "configure: error: in `/home/ci/ledger':\n"
     "configure: error: C compiler cannot create executables\n"
     "See `config.log' for more details\n" + _EXIT),
    ("configure-package-requirements", "real",
     "checking for LIBCURL... no\n"
     "configure: error: Package requirements (libcurl >= 7.80) were not met:\n\n"
     "No package 'libcurl' found\n\n"
     "Consider adjusting the PKG_CONFIG_PATH environment variable if you\n"
     "installed software in a non-standard prefix.\n" + _EXIT),
    # SCons/Script/Main.py ("scons: *** [%s] %s", "scons: building terminated because of errors.") (wording
    # from SCons's source as recalled; not re-read this round)
    ("scons-compile-error", "real",
     "scons: Building targets ...\n"
     "gcc -o build/net.o -c -O2 src/net.c\n"
     "src/net.c:33:5: error: implicit declaration of function 'conn_open'\n"
     "scons: *** [build/net.o] Error 1\n"
     "scons: building terminated because of errors.\n" + _EXIT),
    ("scons-no-sconstruct", "real",
     "$ scons -j8\n"
     "scons: *** No SConstruct file found.\n"
     "File \"/usr/lib/python3/dist-packages/SCons/Script/Main.py\", line 940, in _main\n" + _EXIT),

    # ================================================================== ccache
    # ccache/ccache src/ccache/ccache.cpp ("ccache: error: {}"), core/common.cpp ensure_dir_exists ("Failed to
    # create directory {}: {}"), ccache.cpp ("Could not find compiler \"{}\" in PATH"), config.cpp ("{}:{}:
    # unknown configuration option \"{}\"")
    ("ccache-disk-full", "transient",
     "[ 12%] Building C object src/CMakeFiles/ledger.dir/posting.c.o\n"
     "ccache: error: Failed to create directory /home/ci/.ccache/4/a: No space left on device\n"
     "make[2]: *** [src/CMakeFiles/ledger.dir/build.make:76: src/CMakeFiles/ledger.dir/posting.c.o] Error 1\n"
     "make: *** [Makefile:146: all] Error 2\n" + _EXIT),
    ("ccache-compiler-not-found", "real",
     "[  2%] Building C object src/CMakeFiles/ledger.dir/posting.c.o\n"
     "ccache: error: Could not find compiler \"clang-19\" in PATH\n"
     "make[2]: *** [src/CMakeFiles/ledger.dir/build.make:76: src/CMakeFiles/ledger.dir/posting.c.o] Error 1\n"
     + _EXIT),
    ("ccache-unknown-config-option", "real",
     "$ ccache -s\n"
     "ccache: error: /home/ci/.config/ccache/ccache.conf:2: unknown configuration option \"max_sizes\"\n" + _EXIT),

    # ================================================================== Earthly
    # earthly/earthly buildkitd/buildkitd.go (ErrBuildkitConnectionFailure "buildkitd did not respond (in
    # time)", "timeout %s: could not connect to buildkit: %s"), cmd/earthly/app/run.go ("Error: It seems that
    # buildkitd is shutting down or it has crashed. You can report crashes at ...", "Error: It seems that
    # buildkitd had an issue.")
    ("earthly-buildkitd-crashed", "transient",
     "+test | go test ./...\n"
     "Error: rpc error: code = Unavailable desc = error reading from server: EOF\n"
     "Error: It seems that buildkitd is shutting down or it has crashed. You can report crashes at "
     "https://github.com/earthly/earthly/issues/new.\n" + _EXIT),
    ("earthly-buildkitd-connect-timeout", "transient",
     "           buildkitd | Starting buildkit daemon as a docker container (earthly-buildkitd)...\n"
     "Error: timeout 1m0s: could not connect to buildkit: buildkitd did not respond (in time): rpc error: "
     "code = Unavailable desc = connection error: desc = \"transport: Error while dialing: dial tcp "
     "127.0.0.1:8372: connect: connection refused\"\n"
     "Error: It seems that buildkitd had an issue. You can report crashes at "
     "https://github.com/earthly/earthly/issues/new.\n" + _EXIT),
    # near-miss: a RUN inside the Earthfile that fails on the code (buildkit's "process %q did not complete
    # successfully: exit code: %d")
    ("earthly-run-test-fails", "real",
     "+test | --- FAIL: TestPostingBalance (0.00s)\n"
     "+test |     posting_test.go:41: balance = 25, want 30\n"
     "+test | FAIL\n"
     "+test *failed* | Repeating the failure error...\n"
     "Error: build target: build main: failed to solve: process \"/bin/sh -c go test ./...\" did not complete "
     "successfully: exit code: 1\n" + _EXIT),

    # ================================================================== Dagger
    # dagger/dagger's engine client ("buildkit failed to respond: %w", wrapping buildkit's list-workers call)
    # (wording from the project's issue tracker: github.com/dagger/dagger and its users' reports; not read in
    # the source)
    ("dagger-engine-connection-refused", "transient",
     "Connected to engine 5f2e1a (version v0.11.4)\n"
     "Error: buildkit failed to respond: failed to list workers: Unavailable: connection error: desc = "
     "\"transport: error while dialing: dial unix /var/run/buildkit/buildkitd.sock: connect: connection "
     "refused\"\n" + _EXIT),
    ("dagger-exec-test-fails", "real",
     "✘ Container.withExec(args: [\"go\", \"test\", \"./...\"]): Container! 4.1s\n"
     "┃ --- FAIL: TestPostingBalance (0.00s)\n"
     "┃     posting_test.go:41: balance = 25, want 30\n"
     "┃ FAIL\n"
     "! process \"go test ./...\" did not complete successfully: exit code: 1\n" + _EXIT),

    # ================================================================== Nix
    # NixOS/nix src/libstore/build/derivation-goal.cc ("builder for '%s' failed with exit code %d", "last %d
    # log lines:", "For full logs, run 'nix log %s'.")
    ("nix-builder-compile-error", "real",
     "building '/nix/store/3k2j1h0g9f8d7s6a5p4o3i2u1y0t9r8e-ledger-1.4.0.drv'...\n"
     "error: builder for '/nix/store/3k2j1h0g9f8d7s6a5p4o3i2u1y0t9r8e-ledger-1.4.0.drv' failed with exit code 2;\n"
     "       last 3 log lines:\n"
     "       > gcc -O2 -c src/posting.c -o posting.o\n"
     "       > src/posting.c:41:17: error: 'struct amount' has no member named 'cents'\n"
     "       > make: *** [Makefile:12: posting.o] Error 1\n"
     "       For full logs, run 'nix log /nix/store/3k2j1h0g9f8d7s6a5p4o3i2u1y0t9r8e-ledger-1.4.0.drv'.\n" + _EXIT),
    # the binary cache outage that Nix falls back from (it builds the path itself), then the compiler's error
    ("nix-substituter-outage-then-compile-error", "real",
     "warning: error: unable to download 'https://cache.example.org/6f5e4d3c2b1a.narinfo': HTTP error 502; "
     "retrying in 281 ms\n"
     "building '/nix/store/3k2j1h0g9f8d7s6a5p4o3i2u1y0t9r8e-ledger-1.4.0.drv'...\n"
     "error: builder for '/nix/store/3k2j1h0g9f8d7s6a5p4o3i2u1y0t9r8e-ledger-1.4.0.drv' failed with exit code 2;\n"
     "       last 2 log lines:\n"
     "       > src/posting.c:41:17: error: 'struct amount' has no member named 'cents'\n"
     "       > make: *** [Makefile:12: posting.o] Error 1\n" + _EXIT),
    # src/libstore/remote-store.cc / unix-domain-socket ("cannot connect to socket at '%s'"), daemon
    # connection ("Nix daemon disconnected unexpectedly (maybe it crashed?)")
    ("nix-daemon-socket-refused", "transient",
     "$ nix build .#ledger\n"
     "error: cannot connect to socket at '/nix/var/nix/daemon-socket/socket': Connection refused\n" + _EXIT),
    ("nix-daemon-disconnected", "transient",
     "$ nix flake check\n"
     "copying path '/nix/store/0a1b2c3d4e5f6g7h8i9j0k1l2m3n4o5p-glibc-2.39' from 'https://cache.example.org'...\n"
     "error: Nix daemon disconnected unexpectedly (maybe it crashed?)\n" + _EXIT),
    # (nineteenth round, timeouts) moved here from NOT_SURELY_TRANSIENT: a harness's own time limit with nothing
    # else failing reads transient modestly, as every test harness's does (test_rules19_timeouts.py)
    # a Bazel test at its timeout: a hang in the change or a slow machine
    ("bazel-test-timeout", "transient",
     "//svc/ledger:replication_test                                          TIMEOUT in 300.0s\n"
     "  /home/ci/.cache/bazel/_bazel_ci/5e1d/execroot/ws/bazel-out/k8-fastbuild/testlogs/svc/ledger/"
     "replication_test/test.log\n"
     "Executed 1 out of 1 test: 1 fails locally.\n" + _EXIT),
]

# Wordings the tool prints whether the cause was an outage or a persistent one.
NOT_SURELY_TRANSIENT: list[tuple[str, str]] = [
    # ninja's "interrupted by user": a cancelled job or a CI's own timeout kill
    ("ninja-interrupted-by-user",
     "[88/212] Building CXX object src/CMakeFiles/engine.dir/planner.cpp.o\n"
     "ninja: build stopped: interrupted by user.\n" + _EXIT),
    # Maven's cached transfer failure: the first run met an outage or a wrong repository URL
    ("maven-failure-to-transfer-cached",
     "[ERROR] Failed to execute goal on project ledger-web: Could not resolve dependencies for project "
     "com.acme:ledger-web:war:1.4.0: Failure to transfer com.acme:ledger-api:jar:1.4.0 from "
     "https://nexus.example.org/repository/releases was cached in the local repository, resolution will not "
     "be reattempted until the update interval of releases has elapsed or updates are forced.\n" + _EXIT),
    # Meson's "is the internet available?" with no status line: an outage or a wrong URL
    ("meson-wrap-could-not-get-bare",
     "Downloading zlib source from https://wrap.example.org/zlib/zlib-1.3.1.tar.gz\n"
     "meson.build:20:0: ERROR: could not get https://wrap.example.org/zlib/zlib-1.3.1.tar.gz; is the internet "
     "available?\n" + _EXIT),
    # GNU make's "*** [%s] Terminated": a SIGTERM from the CI's timeout or a cancel, or the recipe's own kill
    ("make-recipe-terminated",
     "./scripts/e2e.sh\n"
     "make: *** [Makefile:40: e2e] Terminated\n" + _EXIT),
    # Bazel's keep_going summary with nothing but the failed-target line
    ("bazel-target-failed-to-build-bare",
     "Target //src/net:socket failed to build\n" + _BZ_FAIL + _EXIT),
]


@pytest.mark.parametrize(("verdict", "log"), labelled(CASES))
def test_build_system_message_reads_right(verdict, log):
    reads(log, verdict)


@pytest.mark.parametrize("log", logs(NOT_SURELY_TRANSIENT))
def test_ambiguous_build_system_failures_do_not_read_surely_transient(log):
    not_surely_transient(log)


def test_case_ids_are_unique():
    assert_unique_ids(CASES, NOT_SURELY_TRANSIENT)


# One line of 50,000 characters of each of these words is read by benchmarks/pattern_speed.py,
# which prints the seconds each takes (a guard against patterns that backtrack; a timing is a
# benchmark's, not a test's).
LONG_LINE_WORDS = [
    "The Build Event Protocol upload failed: PERMISSION_DENIED UNAVAILABLE ",
    "could not download Bazel: failed with error 40 ",
    'process "go test" did not complete successfully: exit code: ',
    "*** [Makefile:1: a] Error 13 *** missing separator ",
]
