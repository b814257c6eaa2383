"""Sixteenth round, tool sources: remote build caches and remote execution as CI jobs meet them.

Covered: Bazel's remote cache and remote execution (the gRPC-aware failure text of a remote spawn,
"Remote Execution Failure:" with the status named in words, "Exec failed due to IOException",
evicted blobs under the names "lost inputs", "CacheNotFoundException" and "does not exist remotely",
the cache warnings Bazel goes on after, --remote_local_fallback's warning), the servers behind it
(bazel-remote's basic-auth refusal, Buildbarn's scheduler without workers), Buck2's remote execution
(the "Remote Execution Error on ... for ReSession" wrapper, artifacts expired in the CAS), Pants'
remote execution and store (its retries given up, a digest missing from both stores, its cache
warnings), sccache's client and server (a server that died under the client, its local fallback, its
storage write check), Turborepo's remote cache warnings, Nx Cloud's refusals and Gradle's remote build
cache warnings. Cases already held by other files (Bazel's capabilities query UNAVAILABLE /
UNAUTHENTICATED, "Failed to fetch blobs because they do not exist remotely", remote exec UNAVAILABLE
and DEADLINE_EXCEEDED with the StatusRuntimeException, the build-event upload, sccache's start-up
timeout and storage read errors, Gradle's cache warnings before a compile error or a failing test,
Turborepo's "failed to contact remote cache" before a task error, Nx Cloud's "Cannot connect")
are not repeated.

Each case is a short log written for this test around one message as the tool prints it. The wording
was read from the tools' source where it is open (the comment above each case names the repository
and file holding the format string; Bazel's through stored excerpts of bazelbuild/bazel, which is too
large to bring here whole, and its own integration tests where they assert the wording). Nx Cloud's
client is closed: its refusals rest on the wording its users report and Nx's documentation, and say
so. Hosts, targets, keys and paths are made up; no project's CI log is copied.

The rules the cases hold:
  * a remote executor or cache that FAILED the build (a status of Unavailable, Deadline Exceeded,
    Resource Exhausted or a lost worker in Bazel's "Remote Execution Failure", an IOException of the
    transfer, blobs evicted from the cache while the build needed them: lost inputs, missing digests,
    an artifact expired in Buck2's CAS or missing from Pants' stores, Pants giving up its retries, an
    sccache server that died under the client) -> transient;
  * a refused credential (UNAUTHENTICATED, PERMISSION_DENIED, an invalid API key, Nx Cloud's
    unauthorized workspace), a platform no worker serves, a remote action that failed with the
    compiler's or the test's own error -> real;
  * a cache warning the build survived (Bazel's "Remote Cache:" and "Writing to Remote Cache:",
    --remote_local_fallback's warning, Pants' and Gradle's warnings, Turborepo's, sccache's local
    fallback) is not the cause: with a compile or test failure after it -> real;
  * near-misses: tests ABOUT these errors, an application's own log line, a package named after a
    cache -> real;
  * a remote test TIMEOUT alone -> transient, modestly (the nineteenth round's one rule for a harness's own
    time limit, test_rules19_timeouts.py);
  * wordings printed for both (an IOException naming a missing file, Pants'
    overall remote timeout, a cache the job itself started on localhost that refused, sccache's port
    in use) -> not surely transient.
"""

from __future__ import annotations

import pytest
from judging import assert_unique_ids, labelled, logs, not_surely_transient, reads

_GHA = "##[error]Process completed with exit code 1.\n"
_GHA34 = "##[error]Process completed with exit code 34.\n"
_GHA39 = "##[error]Process completed with exit code 39.\n"
_CIRCLE = "\nExited with code exit status 1\n"
_BK = "🚨 Error: The command exited with status 1\n"
_BZ = ("INFO: Invocation ID: 7d2e9c41-5a6b-4f3e-8c1d-2b0a9e8f7c6d\n"
       "INFO: Streaming build results to: https://app.example-rbe.io/invocation/7d2e9c41-5a6b-4f3e-8c1d-2b0a9e8f7c6d\n"
       "INFO: Analyzed 412 targets (96 packages loaded, 5210 targets configured).\n")
_BZ_FAIL = "INFO: Elapsed time: 61.904s, Critical Path: 28.70s\nERROR: Build did NOT complete successfully\n"
_BZ_TEST_FAIL = ("//svc/ledger:ledger_test                                              FAILED in 2.1s\n"
                 "  /home/ci/.cache/bazel/_bazel_ci/9a1b/execroot/_main/bazel-out/k8-fastbuild/testlogs/svc/"
                 "ledger/ledger_test/test.log\n\n"
                 "Executed 14 out of 14 tests: 13 tests pass and 1 fails remotely.\n")
_PANTS_FAIL = ("10:31:40.11 [ERROR] Completed: Run Pytest - src/ledger/tests/test_post.py:tests - failed (exit code 1).\n"
               "FAILED src/ledger/tests/test_post.py::test_post_balance - assert 40 == 45\n"
               "\n✕ src/ledger/tests/test_post.py:tests failed in 4.02s.\n")

CASES: list[tuple[str, str, str]] = [
    # ================================================================== Bazel: evicted blobs
    # bazelbuild/bazel src/main/java/com/google/devtools/build/lib/skyframe/rewinding (lost inputs, exit 39
    # REMOTE_CACHE_EVICTED) and src/test/py/bazel/remote/... which asserts "Found transient remote cache
    # error, retrying the build..." and "Lost inputs no longer available remotely: data.txt (.../5)"
    ("bazel-lost-inputs-no-longer-available", "transient",
     _BZ + "INFO: Found transient remote cache error, retrying the build...\n"
     "ERROR: /home/ci/ws/svc/api/BUILD.bazel:40:10: Linking svc/api/api_/api failed: Lost inputs no longer "
     "available remotely: bazel-out/k8-fastbuild/bin/svc/store/store.a (4f1c0b2e9d8a7c6b5e4f3a2b1c0d9e8f7a6b5c4d"
     "3e2f1a0b9c8d7e6f5a4b3c2d/88213)\n" + _BZ_FAIL + _GHA39),
    # (the same rewinding, retries set to 0: "Unexpected lost inputs (pass --rewind_lost_inputs to enable
    # recovery)"; wording asserted in the tool's tests as a user's table reports it)
    ("bazel-unexpected-lost-inputs", "transient",
     _BZ + "[2,118 / 3,904] GoCompilePkg svc/store/store.a; 2s remote-cache\n"
     "ERROR: /home/ci/ws/svc/store/BUILD.bazel:3:11: GoCompilePkg svc/store/store.a failed: Unexpected lost "
     "inputs (pass --rewind_lost_inputs to enable recovery): bazel-out/k8-fastbuild/bin/proto/ledger_go_proto.a\n"
     + _BZ_FAIL + _GHA39),
    # src/main/java/com/google/devtools/build/lib/skyframe/rewinding/ActionRewindStrategy.java ("Lost input
    # too many times (#%s) for the same action. lostInput: %s, lostInput digest: %s, failedAction: %s")
    ("bazel-lost-input-too-many-times", "transient",
     _BZ + "ERROR: /home/ci/ws/web/BUILD.bazel:12:8: Bundling web/app.js failed: Lost input too many times "
     "(#21) for the same action. lostInput: bazel-out/k8-fastbuild/bin/web/vendor.js, lostInput digest: "
     "9c8b7a6f5e4d3c2b1a0f9e8d7c6b5a4f, failedAction: Bundling web/app.js\n" + _BZ_FAIL + _GHA39),
    # src/main/java/com/google/devtools/build/lib/remote/common/CacheNotFoundException.java ("Missing digest:
    # %s") wrapped by BulkTransferException ("%d errors during bulk transfer")
    ("bazel-bulk-transfer-cache-not-found", "transient",
     _BZ + "ERROR: /home/ci/ws/lib/codec/BUILD:7:10: Compiling lib/codec/varint.cc failed: "
     "com.google.devtools.build.lib.remote.common.BulkTransferException: 1 errors during bulk transfer:\n"
     "com.google.devtools.build.lib.remote.common.CacheNotFoundException: Missing digest: "
     "1f0e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a69788796a5b4c3d2e1f0/20481\n" + _BZ_FAIL + _GHA),
    # src/main/java/com/google/devtools/build/lib/remote/RemoteActionInputFetcher / AbstractActionInputPrefetcher
    # ("Failed to fetch file with hash '%s' because it does not exist remotely. --remote_download_outputs=%s
    # does not work if your remote cache evicts files during builds.")
    ("bazel-fetch-file-does-not-exist-remotely", "transient",
     _BZ + "ERROR: /home/ci/ws/tools/gen/BUILD:22:8: Executing genrule //tools/gen:schema failed: Failed to "
     "fetch file with hash '6a5b4c3d2e1f0a9b8c7d6e5f4a3b2c1d' because it does not exist remotely. "
     "--remote_download_outputs=minimal does not work if your remote cache evicts files during builds.\n"
     + _BZ_FAIL + _CIRCLE),
    # ================================================================== Bazel: the remote spawn failed
    # src/main/java/com/google/devtools/build/lib/remote/util/Utils.java grpcAwareErrorMessage ("Remote
    # Execution Failure:\n" + the status's name in words, "Unavailable", "Deadline Exceeded", ...), printed
    # under the action's "failed: (Exit 34):" (REMOTE_ERROR)
    ("bazel-remote-exec-failure-unavailable-draining", "transient",
     _BZ + "ERROR: /home/ci/ws/src/net/BUILD:18:11: Compiling src/net/poller.cc failed: (Exit 34): Remote "
     "Execution Failure:\nUnavailable: scheduler replica is draining, reconnect to another replica\n"
     "Target //src/net:poller failed to build\n" + _BZ_FAIL + _GHA34),
    ("bazel-remote-exec-failure-deadline-exceeded", "transient",
     _BZ + "ERROR: /home/ci/ws/src/net/BUILD:30:8: Linking src/net/server failed: (Exit 34): Remote Execution "
     "Failure:\nDeadline Exceeded: execution queued for 600s without a worker\n" + _BZ_FAIL + _GHA34),
    # (the same, with the RetryInfo detail Utils prints: "Retry delay recommendation of %s")
    ("bazel-remote-exec-failure-resource-exhausted", "transient",
     _BZ + "ERROR: /home/ci/ws/src/db/BUILD:4:11: Compiling src/db/pager.cc failed: (Exit 34): Remote "
     "Execution Failure:\nResource Exhausted: too many queued actions for this instance, try again later\n"
     "  Retry delay recommendation of 30s\n" + _BZ_FAIL + _GHA34),
    # (the same: the worker was lost mid-action, the scheduler answering Internal)
    ("bazel-remote-exec-failure-internal-worker-lost", "transient",
     _BZ + "ERROR: /home/ci/ws/src/db/BUILD:9:11: Testing //src/db:pager_test failed: (Exit 34): Remote "
     "Execution Failure:\nInternal: worker lost: the worker executing the action stopped sending "
     "heartbeats\n" + _BZ_FAIL + _GHA34),
    # (the same: FAILED_PRECONDITION with a PreconditionFailure of type MISSING, Utils' "Precondition
    # Failure:" and "    (%s) %s: %s": inputs evicted from the CAS between upload and execution)
    ("bazel-remote-exec-failure-missing-inputs", "transient",
     _BZ + "ERROR: /home/ci/ws/lib/img/BUILD:2:11: Compiling lib/img/png.cc failed: (Exit 34): Remote "
     "Execution Failure:\nFailed Precondition: action inputs are missing from the CAS\n"
     "  Precondition Failure:\n    (MISSING) blobs/0a1b2c3d4e5f60718293a4b5c6d7e8f9/4410: blob not found\n"
     + _BZ_FAIL + _GHA34),
    # src/main/java/com/google/devtools/build/lib/exec/AbstractSpawnStrategy.java ("Exec failed due to
    # IOException") with the remote transfer's cause: a download that timed out, a gRPC stream reset
    ("bazel-exec-ioexception-download-timed-out", "transient",
     _BZ + "ERROR: /home/ci/ws/cmd/agent/BUILD.bazel:27:10: GoLink cmd/agent/agent_/agent failed: Exec failed "
     "due to IOException: Download of 'bazel-out/k8-fastbuild/bin/pkg/store/store.x' timed out. Received "
     "21508688 of 24245460 bytes.\n" + _BZ_FAIL + _GHA),
    ("bazel-exec-ioexception-grpc-reset", "transient",
     _BZ + "ERROR: /home/ci/ws/pkg/rpc/BUILD.bazel:5:11: GoCompilePkg pkg/rpc/rpc.a failed: Exec failed due to "
     "IOException: io.grpc.StatusRuntimeException: UNAVAILABLE: upstream connect error or disconnect/reset "
     "before headers. reset reason: connection termination\n" + _BZ_FAIL + _GHA),
    ("bazel-exec-ioexception-connect-timeout", "transient",
     _BZ + "ERROR: /home/ci/ws/pkg/rpc/BUILD.bazel:5:11: GoCompilePkg pkg/rpc/rpc.a failed: Exec failed due to "
     "IOException: io.netty.channel.ConnectTimeoutException: connection timed out: cache.example-ci.net/"
     "10.20.30.40:443\n" + _BZ_FAIL + _BK),
    # ================================================================== Bazel: refused, or real failures
    # Utils.java (statusName of PERMISSION_DENIED / UNAUTHENTICATED) under the remote spawn
    ("bazel-remote-exec-failure-permission-denied", "real",
     _BZ + "ERROR: /home/ci/ws/src/net/BUILD:18:11: Compiling src/net/poller.cc failed: (Exit 34): Remote "
     "Execution Failure:\nPermission Denied: this API key is not allowed to execute actions remotely\n"
     + _BZ_FAIL + _GHA34),
    # buchgr/bazel-remote server/grpc_basic_auth.go (codes.Unauthenticated, "access denied") as Bazel's
    # spawn relays it
    ("bazel-remote-cache-basic-auth-access-denied", "real",
     _BZ + "ERROR: /home/ci/ws/pkg/rpc/BUILD.bazel:5:11: GoCompilePkg pkg/rpc/rpc.a failed: Exec failed due to "
     "IOException: io.grpc.StatusRuntimeException: UNAUTHENTICATED: access denied\n" + _BZ_FAIL + _GHA),
    # src/main/java/com/google/devtools/build/lib/remote/RemoteModule.java ("Failed to query remote execution
    # capabilities: %s") with PERMISSION_DENIED
    ("bazel-capabilities-permission-denied", "real",
     "INFO: Invocation ID: 0c9d8e7f-6a5b-4c3d-2e1f-0a9b8c7d6e5f\n"
     "ERROR: Failed to query remote execution capabilities: PERMISSION_DENIED: API key read-only-ci is not "
     "allowed on instance main\n" + _GHA34),
    # buildbarn/bb-remote-execution pkg/scheduler ("No workers exist for instance name prefix %#v platform
    # %s"), FAILED_PRECONDITION: a platform no worker serves, every run (wording as recalled from the
    # scheduler's source; not re-read this round)
    ("buildbarn-no-workers-for-platform", "real",
     _BZ + "ERROR: /home/ci/ws/src/gpu/BUILD:3:11: Compiling src/gpu/kernel.cu failed: (Exit 34): Remote "
     "Execution Failure:\nFailed Precondition: No workers exist for instance name prefix \"ci\" platform "
     "{\"properties\":[{\"name\":\"OSFamily\",\"value\":\"linux\"},{\"name\":\"gpu\",\"value\":\"a100\"}]}\n"
     + _BZ_FAIL + _GHA34),
    # the remote worker ran the test and the test failed on its assertion
    ("bazel-remote-test-assertion-fails-remotely", "real",
     _BZ + "FAIL: //svc/ledger:ledger_test (see /home/ci/.cache/bazel/_bazel_ci/9a1b/execroot/_main/bazel-out/"
     "k8-fastbuild/testlogs/svc/ledger/ledger_test/test.log)\n"
     "INFO: From Testing //svc/ledger:ledger_test:\n"
     "--- FAIL: TestPostBalance (0.00s)\n    ledger_test.go:41: balance = 40, want 45\n"
     "INFO: Elapsed time: 61.904s, Critical Path: 28.70s\n" + _BZ_TEST_FAIL + _GHA),
    # the cache warning ("WARNING: Remote Cache: %s", RemoteSpawnCache) before tests that fail remotely
    ("bazel-remote-cache-warning-then-test-failure", "real",
     _BZ + "WARNING: Remote Cache: UNAVAILABLE: io exception\n"
     "INFO: From Testing //svc/ledger:ledger_test:\n"
     "--- FAIL: TestPostBalance (0.00s)\n    ledger_test.go:41: balance = 40, want 45\n"
     + _BZ_TEST_FAIL + _GHA),
    # RemoteExecutionService.java ("Writing to Remote Cache:\n" + the error on the next line), a warning;
    # the build went on to a compile error
    ("bazel-writing-to-remote-cache-then-compile-error", "real",
     _BZ + "WARNING: Writing to Remote Cache:\n"
     "io.grpc.StatusRuntimeException: UNAVAILABLE: Connection closed after GOAWAY. HTTP/2 error code: "
     "NO_ERROR, debug data: max_age\n"
     "ERROR: /home/ci/ws/src/core/BUILD:4:11: Compiling src/core/ledger.cc failed: (Exit 1): gcc failed: "
     "error executing CppCompile command (from target //src/core:ledger)\n"
     "src/core/ledger.cc:212:9: error: 'post_entry' was not declared in this scope\n"
     "Target //src/core:ledger failed to build\n" + _BZ_FAIL + _GHA),
    ("bazel-writing-to-remote-cache-bulk-transfer-then-test-failure", "real",
     _BZ + "WARNING: Writing to Remote Cache:\nBulkTransferException\n"
     "INFO: From Testing //svc/ledger:ledger_test:\n"
     "--- FAIL: TestPostBalance (0.00s)\n    ledger_test.go:41: balance = 40, want 45\n"
     + _BZ_TEST_FAIL + _GHA),
    # RemoteModule.java: with --remote_local_fallback the capabilities failure is a warning and the build
    # runs locally, here into a compile error
    ("bazel-local-fallback-warning-then-compile-error", "real",
     "INFO: Invocation ID: 0c9d8e7f-6a5b-4c3d-2e1f-0a9b8c7d6e5f\n"
     "WARNING: Failed to query remote execution capabilities: UNAVAILABLE: io exception\n"
     "ERROR: /home/ci/ws/src/core/BUILD:4:11: Compiling src/core/ledger.cc failed: (Exit 1): gcc failed: "
     "error executing CppCompile command (from target //src/core:ledger)\n"
     "src/core/ledger.cc:212:9: error: 'post_entry' was not declared in this scope\n"
     + _BZ_FAIL + _GHA),
    # lost inputs recovered by Bazel's own retry, then the rebuilt action failed on the compiler
    ("bazel-lost-inputs-retried-then-compile-error", "real",
     _BZ + "INFO: Found transient remote cache error, retrying the build...\n"
     "ERROR: /home/ci/ws/svc/api/BUILD.bazel:12:11: GoCompilePkg svc/api/api.a failed: (Exit 1): builder "
     "failed: error executing GoCompilePkg command (from target //svc/api:api)\n"
     "svc/api/handler.go:57:12: undefined: store.OpenLedger\n"
     "compilepkg: error running subcommand external/go_sdk/pkg/tool/linux_amd64/compile: exit status 2\n"
     + _BZ_FAIL + _GHA),
    # --keep_going: one action met the executor's outage, another failed on the compiler; the compile error
    # fails every rerun
    ("bazel-remote-outage-beside-compile-error", "real",
     _BZ + "ERROR: /home/ci/ws/src/net/BUILD:18:11: Compiling src/net/poller.cc failed: (Exit 34): Remote "
     "Execution Failure:\nUnavailable: scheduler replica is draining, reconnect to another replica\n"
     "ERROR: /home/ci/ws/src/core/BUILD:4:11: Compiling src/core/ledger.cc failed: (Exit 1): gcc failed: "
     "error executing CppCompile command (from target //src/core:ledger)\n"
     "src/core/ledger.cc:212:9: error: 'post_entry' was not declared in this scope\n"
     "INFO: Elapsed time: 61.904s, Critical Path: 28.70s\nERROR: Build did NOT complete successfully\n" + _GHA),
    # lost inputs in one action, a failing test in another (the tests decide)
    ("bazel-lost-inputs-beside-failing-test", "real",
     _BZ + "ERROR: /home/ci/ws/svc/api/BUILD.bazel:40:10: Linking svc/api/api_/api failed: Lost inputs no longer "
     "available remotely: bazel-out/k8-fastbuild/bin/svc/store/store.a (4f1c0b2e9d8a7c6b5e4f3a2b1c0d9e8f/88213)\n"
     "INFO: From Testing //svc/ledger:ledger_test:\n"
     "--- FAIL: TestPostBalance (0.00s)\n    ledger_test.go:41: balance = 40, want 45\n"
     + _BZ_TEST_FAIL + _GHA),
    # ================================================================== Buck2
    # facebook/buck2 app/buck2_execute/src/re/error.rs ("Remote Execution Error on {} for ReSession {}\nError:
    # ({})"; the open-source client's session id "GRPC-SESSION-ID" in remote_execution/oss/re_grpc/src/
    # client.rs, its context "Failed to request what blobs are not present on remote") with tonic's status
    ("buck2-re-unavailable-find-missing", "transient",
     "Action failed: root//app:server (cxx_compile server.cpp)\n"
     "Remote Execution Error on upload_files_and_directories for ReSession GRPC-SESSION-ID\n"
     "Error: (Failed to request what blobs are not present on remote: status: Unavailable, message: \"error "
     "trying to connect: tcp connect error: Connection refused (os error 111)\", details: [], metadata: "
     "MetadataMap { headers: {} })\n"
     "Build ID: 5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9\nBUILD FAILED\n" + _GHA),
    ("buck2-re-unauthenticated-action-cache", "real",
     "Action failed: root//app:server (cxx_compile server.cpp)\n"
     "Remote Execution Error on action_cache for ReSession GRPC-SESSION-ID\n"
     "Error: (status: Unauthenticated, message: \"invalid API key\", details: [], metadata: MetadataMap { "
     "headers: {} })\n"
     "Build ID: 5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9\nBUILD FAILED\n" + _GHA),
    # app/buck2_execute/src/materialize/materializer.rs / re/uploader.rs ("Your build requires materializing
    # an artifact that has expired in the RE CAS and Buck does not have it. ...")
    ("buck2-cas-artifact-expired", "transient",
     "Action failed: root//app:server (cxx_link server)\n"
     "Your build requires materializing an artifact that has expired in the RE CAS and Buck does not have it. "
     "This likely happened because your Buck daemon has been online for a long time. This error is currently "
     "unrecoverable. To proceed, you should restart Buck using `buck2 killall`.\n"
     "Debug information:\n  Path: buck-out/v2/gen/root/904931f735703749/app/__server__/server.o\n"
     "BUILD FAILED\n" + _GHA),
    # ================================================================== Pants
    # pantsbuild/pants src/rust/process_execution/remote/src/remote.rs ("Too many failures from server. The
    # last error was: {e}"), the status formatted by grpc_util ("{:?}: {:?}")
    ("pants-remote-exec-too-many-failures", "transient",
     "10:31:02.20 [INFO] Starting: Run Pytest for src/ledger/tests/test_post.py:tests\n"
     "10:33:12.51 [ERROR] 1 Exception encountered:\n\n"
     "Engine traceback:\n  in `test` goal\n\n"
     "Exception: Too many failures from server. The last error was: Unavailable: \"error trying to connect: "
     "dns error: failed to lookup address information: Temporary failure in name resolution\"\n" + _GHA),
    # src/rust/fs/store/src/lib.rs (StoreError::MissingDigest "Was not present in either the local or remote
    # store", displayed "{s}: {d:?}"): a blob the remote cache evicted under cache_content_behavior=defer
    ("pants-digest-missing-from-both-stores", "transient",
     "10:31:02.20 [INFO] Starting: Building pytest_runner.pex\n"
     "10:31:09.51 [ERROR] 1 Exception encountered:\n\n"
     "Engine traceback:\n  in `test` goal\n\n"
     "Exception: Was not present in either the local or remote store: Digest { hash: Fingerprint<"
     "3b2a1c0d9e8f7a6b5c4d3e2f1a0b9c8d7e6f5a4b3c2d1e0f9a8b7c6d5e4f3a2b>, size_bytes: 88213 }\n" + _GHA),
    # src/rust/process_execution/remote/src/remote_cache.rs ("Failed to {failure_desc} remote cache
    # ({err_count} occurrences so far): {err}") at WARN for a write; the test failed on its assertion
    ("pants-remote-cache-write-warning-then-test-failure", "real",
     "10:31:12.20 [WARN] Failed to write to remote cache (1 occurrences so far): Unavailable: \"error trying "
     "to connect: tcp connect error: Connection timed out (os error 110)\"\n" + _PANTS_FAIL + _GHA),
    ("pants-remote-cache-read-permission-denied-then-test-failure", "real",
     "10:31:12.20 [WARN] Failed to read from remote cache (1 occurrences so far): PermissionDenied: \"api "
     "key is read-only\"\n" + _PANTS_FAIL + _GHA),
    # pantsbuild/pants remote.rs ("remote execution timed out after {deadline_duration:?}"): the overall
    # deadline of the remote process (queueing included) ran out, no process timeout of the test's own
    ("pants-remote-execution-timed-out", "transient",
     "10:31:02.20 [INFO] Starting: Run Pytest for src/ledger/tests/test_replay.py:tests\n"
     "11:31:02.20 [ERROR] 1 Exception encountered:\n\n"
     "Engine traceback:\n  in `test` goal\n\n"
     "Exception: remote execution timed out after 3600s\n" + _GHA),
    # bazel-remote started by the job itself a moment before, not yet listening: a connection refused while
    # a service is starting
    ("bazel-capabilities-local-cache-refused", "transient",
     "+ docker run -d -p 9092:9092 --name cache buchgr/bazel-remote-cache --max_size=5\n"
     "3f2e1d0c9b8a\n"
     "+ bazel build --remote_cache=grpc://localhost:9092 //...\n"
     "ERROR: Failed to query remote execution capabilities: UNAVAILABLE: io exception\n" + _GHA34),
    # ================================================================== sccache
    # mozilla/sccache src/commands.rs ("failed to execute compile", "error reading compile response from
    # server"), src/client.rs ("Failed to read response header"), printed by src/lib.rs ("sccache: error: {}",
    # "sccache: caused by: {}"): the server died under the client
    ("sccache-server-died-reading-response", "transient",
     "   Compiling ledger-core v0.4.0 (/home/runner/work/ledger/ledger/core)\n"
     "error: could not compile `ledger-core` (lib)\n\nCaused by:\n"
     "  process didn't exit successfully: `/home/runner/.cargo/bin/sccache /home/runner/.rustup/toolchains/"
     "stable-x86_64-unknown-linux-gnu/bin/rustc --crate-name ledger_core --edition=2021 core/src/lib.rs` "
     "(exit status: 2)\n  --- stderr\n"
     "  sccache: error: failed to execute compile\n"
     "  sccache: caused by: error reading compile response from server\n"
     "  sccache: caused by: Failed to read response header\n"
     "  sccache: caused by: failed to fill whole buffer\n" + _GHA),
    # src/commands.rs ("sccache: warning: The server looks like it shut down unexpectedly, compiling locally
    # instead"): the local compile then failed on the code
    ("sccache-server-shut-down-compiled-locally-then-error", "real",
     "sccache: warning: The server looks like it shut down unexpectedly, compiling locally instead\n"
     "   Compiling ledger-core v0.4.0 (/home/runner/work/ledger/ledger/core)\n"
     "error[E0425]: cannot find function `post_entry` in this scope\n  --> core/src/lib.rs:88:9\n"
     "error: could not compile `ledger-core` (lib) due to 1 previous error\n" + _GHA),
    # src/cache/cache.rs ("storage write check failed: {err:?}"): tolerated, the cache goes read-only
    ("sccache-write-check-failed-then-compile-error", "real",
     "sccache: Starting the server...\n"
     "storage write check failed: PermissionDenied (permanent) at write, context: { service: s3, path: "
     ".sccache_check } => S3Error { code: \"AccessDenied\", message: \"Access Denied\" }\n"
     "[ 40%] Building CXX object src/CMakeFiles/ledger.dir/post.cpp.o\n"
     "/home/runner/work/ledger/ledger/src/post.cpp:41:5: error: 'post_entry' was not declared in this scope\n"
     "make[2]: *** [src/CMakeFiles/ledger.dir/build.make:90: src/CMakeFiles/ledger.dir/post.cpp.o] Error 1\n"
     "make: *** [Makefile:146: all] Error 2\n" + _GHA),
    # ================================================================== Turborepo
    # vercel/turborepo crates/turborepo-cache/src/lib.rs ("Insufficient permissions to write to remote
    # cache. ...", "Remote artifact cache is temporarily unavailable; retry after the outage cooldown"),
    # async_cache/multiplexer ("failed to put to http cache: cache disabled"), all warnings: the tasks decide
    ("turbo-remote-cache-write-forbidden-then-test-failure", "real",
     " WARNING  Insufficient permissions to write to remote cache. Please verify that your role has write "
     "access for Remote Cache Artifact\n"
     "@acme/ui:test: FAIL src/Button.test.tsx\n"
     "@acme/ui:test:     expect(received).toBe(expected) // Object.is equality\n"
     "@acme/ui:test: Tests:       1 failed, 41 passed, 42 total\n"
     "@acme/ui:test: ERROR: command finished with error: command (/home/ci/repo/packages/ui) /usr/local/bin/"
     "pnpm run test exited (1)\n"
     " Tasks:    5 successful, 6 total\nFailed:    @acme/ui#test\n ERROR  run failed: command  exited (1)\n"
     + _GHA),
    ("turbo-remote-cache-outage-cooldown-then-lint-error", "real",
     " WARNING  Remote artifact cache is temporarily unavailable; retry after the outage cooldown\n"
     "@acme/web:lint: /home/ci/repo/apps/web/src/Dashboard.tsx\n"
     "@acme/web:lint:   14:7  error  'unusedChart' is assigned a value but never used  "
     "@typescript-eslint/no-unused-vars\n"
     "@acme/web:lint: ✖ 1 problem (1 error, 0 warnings)\n"
     "@acme/web:lint: ERROR: command finished with error: command (/home/ci/repo/apps/web) /usr/local/bin/"
     "pnpm run lint exited (1)\n"
     "Failed:    @acme/web#lint\n ERROR  run failed: command  exited (1)\n" + _CIRCLE),
    ("turbo-cache-disabled-then-type-error", "real",
     " WARNING  failed to put to http cache: cache disabled\n"
     "@acme/api:build: src/routes/orders.ts(22,14): error TS2339: Property 'totl' does not exist on type "
     "'Order'.\n"
     "@acme/api:build: ERROR: command finished with error: command (/home/ci/repo/apps/api) /usr/local/bin/"
     "pnpm run build exited (2)\n"
     "Failed:    @acme/api#build\n ERROR  run failed: command  exited (2)\n" + _GHA),
    # ================================================================== Nx Cloud (closed client)
    # the nx-cloud client's refusal of a workspace it cannot authorize (wording as its users report it and
    # Nx's documentation on connecting workspaces; the client is not open): the token or the workspace's
    # connection, every run
    ("nx-cloud-workspace-unauthorized", "real",
     "$ npx nx affected -t lint test build\n\n"
     " >  NX   Nx Cloud: Workspace is unable to be authorized. Exiting run.\n\n"
     "   This workspace is more than three days old and is not connected. Workspaces must be connected "
     "within 3 days of creation.\n" + _GHA),
    ("nx-cloud-free-plan-disabled", "real",
     "$ npx nx run-many -t build\n\n"
     " >  NX   This Nx Cloud organization has been disabled due to exceeding the FREE plan.\n\n"
     "   An organization admin can start a free trial of a paid plan to re-enable Nx Cloud.\n" + _GHA),
    # ================================================================== Gradle remote build cache
    # gradle/gradle platforms/core-execution/build-cache-http HttpBuildCacheService ("Loading entry from
    # '%s' response status %d: %s") under the warning "Could not load entry %s from remote build cache: %s";
    # a refused credential is a warning too: the tests decide
    ("gradle-remote-cache-401-then-test-failure", "real",
     "> Task :ledger:test\n"
     "Could not load entry 3c2b1a09f8e7 from remote build cache: Loading entry from "
     "'https://cache.example-ci.net/cache/3c2b1a09f8e7' response status 401: Unauthorized\n"
     "LedgerTest > postsBalance() FAILED\n"
     "    org.opentest4j.AssertionFailedError: expected: <45> but was: <40>\n"
     "18 tests completed, 1 failed\n> Task :ledger:test FAILED\n\nFAILURE: Build failed with an exception.\n"
     "* What went wrong:\nExecution failed for task ':ledger:test'.\n> There were failing tests.\n\n"
     "BUILD FAILED in 48s\n" + _GHA),
    # the cache gave up for the build ("The remote build cache was disabled during the build due to errors.")
    # and a Kotlin compile then failed
    ("gradle-remote-cache-disabled-then-kotlin-error", "real",
     "> Task :app:compileKotlin\n"
     "Could not store entry 7e6d5c4b3a29 in remote build cache: Storing entry at "
     "'https://cache.example-ci.net/cache/7e6d5c4b3a29' response status 504: Gateway Timeout\n"
     "The remote build cache was disabled during the build due to errors.\n"
     "e: file:///home/runner/work/app/app/src/main/kotlin/com/acme/Order.kt:12:21 Unresolved reference: sumTotal\n"
     "> Task :app:compileKotlin FAILED\n\nFAILURE: Build failed with an exception.\n\n* What went wrong:\n"
     "Execution failed for task ':app:compileKotlin'.\n> Compilation error. See log for more details\n\n"
     "BUILD FAILED in 1m 4s\n" + _GHA),
    # ================================================================== code that mentions remote caches
    # a test of the code whose title and assertion quote Bazel's eviction words
    ("own-test-quotes-lost-inputs", "real",
     "=================================== FAILURES ===================================\n"
     "__________________ test_lost_inputs_is_retried __________________\n"
     "    def test_lost_inputs_is_retried():\n"
     ">       assert classify('Lost inputs no longer available remotely: a.o (ab/12)') == 'retry'\n"
     "E       AssertionError: assert 'fail' == 'retry'\n"
     "FAILED tests/test_bazel_retry.py::test_lost_inputs_is_retried - AssertionError: assert 'fail' == 'retry'\n"
     "1 failed, 33 passed in 0.91s\n" + _GHA),
    # an application's own log line about its cache, then its test fails
    ("own-app-log-remote-cache-unavailable", "real",
     "=== RUN   TestArtifactStore_Put\n"
     "time=2026-03-02T10:12:01Z level=WARN msg=\"remote cache unavailable, writing locally\" "
     "backend=s3 err=\"connection refused\"\n"
     "    store_test.go:88: len(objects) = 0, want 3\n"
     "--- FAIL: TestArtifactStore_Put (0.02s)\nFAIL\nFAIL\tgithub.com/acme/artifacts/store\t0.311s\n" + _GHA),
    # a package named after a remote cache that the compiler cannot find
    ("own-package-named-remote-cache-missing", "real",
     "@acme/cli:build: src/commands/push.ts(3,29): error TS2307: Cannot find module '@acme/remote-cache-client' "
     "or its corresponding type declarations.\n"
     "@acme/cli:build: ERROR: command finished with error: command (/home/ci/repo/apps/cli) /usr/local/bin/"
     "pnpm run build exited (2)\n"
     "Failed:    @acme/cli#build\n ERROR  run failed: command  exited (2)\n" + _GHA),
    # a Java test about a remote-execution client whose compared values name gRPC statuses
    ("own-test-expects-unavailable-status", "real",
     "> Task :client:test\n"
     "RemoteClientTest > mapsStatusOfLostWorker() FAILED\n"
     "    org.opentest4j.AssertionFailedError: expected: <UNAVAILABLE: worker lost> but was: <INTERNAL: worker lost>\n"
     "        at app//com.acme.rbe.RemoteClientTest.mapsStatusOfLostWorker(RemoteClientTest.java:57)\n"
     "22 tests completed, 1 failed\n> Task :client:test FAILED\n\nFAILURE: Build failed with an exception.\n"
     "* What went wrong:\nExecution failed for task ':client:test'.\n> There were failing tests.\n\n"
     "BUILD FAILED in 31s\n" + _GHA),
    # a pytest test of a Bazel log parser whose source line quotes the refusal and the outage
    ("own-test-quotes-remote-execution-failure", "real",
     "=================================== FAILURES ===================================\n"
     "__________________ test_remote_failure_parsed __________________\n"
     "    def test_remote_failure_parsed():\n"
     ">       assert parse('Remote Execution Failure:\\nUnavailable: x')[0] == 'Unavailable'\n"
     "E       AssertionError: assert 'Remote' == 'Unavailable'\n"
     "FAILED tests/test_parse.py::test_remote_failure_parsed - AssertionError: assert 'Remote' == 'Unavailable'\n"
     "1 failed, 33 passed in 0.91s\n" + _GHA),
    # (nineteenth round, timeouts) moved here from NOT_SURELY_TRANSIENT: a harness's own time limit with nothing
    # else failing reads transient modestly, as every test harness's does (test_rules19_timeouts.py)
    # a test that ran out of its timeout on a remote worker: a slow worker or a hung test
    ("bazel-remote-test-timeout", "transient",
     _BZ + "TIMEOUT: //svc/ledger:replay_test (Summary)\n"
     "      /home/ci/.cache/bazel/_bazel_ci/9a1b/execroot/_main/bazel-out/k8-fastbuild/testlogs/svc/ledger/"
     "replay_test/test.log\n"
     "//svc/ledger:replay_test                                               TIMEOUT in 300.0s\n\n"
     "Executed 14 out of 14 tests: 13 tests pass and 1 fails remotely.\n" + _GHA),
]

NOT_SURELY_TRANSIENT: list[tuple[str, str]] = [
    # AbstractSpawnStrategy's "Exec failed due to IOException" naming a file that is not there: a symlink of
    # an external repository Bazel did not plant (an issue seen on rerun too) or the rule's own output
    ("bazel-exec-ioexception-no-such-file",
     _BZ + "ERROR: /home/ci/ws/BUILD.bazel:46:22: Copying directory npm__picomatch__2.3.1/package failed: Exec "
     "failed due to IOException: /home/ci/.cache/bazel/_bazel_ci/9a1b/execroot/_main/external/npm__picomatch"
     "__2.3.1/package/LICENSE (No such file or directory)\n" + _BZ_FAIL + _GHA),
    # mozilla/sccache src/commands.rs ("Server startup failed: Address in use"): another server or process
    # on the port, the job's own doing as often as a neighbour's
    ("sccache-server-address-in-use",
     "$ sccache --start-server\nsccache: Starting the server...\n"
     "sccache: error: Server startup failed: Address in use\n" + _GHA),
]


@pytest.mark.parametrize(("verdict", "log"), labelled(CASES))
def test_remote_cache_and_execution_message_reads_right(verdict, log):
    reads(log, verdict)


@pytest.mark.parametrize("log", logs(NOT_SURELY_TRANSIENT))
def test_ambiguous_remote_cache_failures_do_not_read_surely_transient(log):
    not_surely_transient(log)


def test_case_ids_are_unique():
    assert_unique_ids(CASES, NOT_SURELY_TRANSIENT)


# One line of 50,000 characters of each of these words is read by benchmarks/pattern_speed.py,
# which prints the seconds each takes (a guard against patterns that backtrack; a timing is a
# benchmark's, not a test's).
LONG_LINE_WORDS = [
    "Lost inputs no longer available remotely: ",
    "Remote Execution Failure:",
    "Exec failed due to IOException: ",
    "for ReSession GRPC-SESSION-ID ",
    "Was not present in either the local or remote store",
]
