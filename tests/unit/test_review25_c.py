"""Review of the twenty-fifth round's smaller readings (flaky25, misses25, misses25b, leftovers25): logs written to break them.

Covered, by the mechanism behind each log: conda's package cache (an archive gone under a parallel environment build, a
disk that filled, a download cut short or a corrupt archive); CMake's test discovery (a time limit on one binary, on every
binary of a build, a missing library, an abort); pkg_resources' conflicts (after a network failure in pip, with none);
Docker's "No such container" (the job's own rm, a --rm container the OOM killer may have stopped); Nim's run-time
unhandled exception; a parallel-named Jest test; Go's testing lines (vet's reports, a helper's t.Log, a JSON array, JSON
error bodies naming a reset or a deadline); shell harness rows (a [TIMEOUT] row beside failed rows spelled otherwise,
[TIME] rows as elapsed time); reserved-suffix names (a typo'd Kubernetes service, a kind cluster's DNS not ready yet,
metadata.google.internal off and on GCP, a macOS runner's own Mac-<digits>.local name); PHPUnit's cURL 28 (a remote
resolve timeout; the job's own containers under a private address, DDEV's *.ddev.site, nip.io, a "<svc>.<ns>.svc" name);
Mockito's waiting verify (no call at all, another call instead); ConcurrentModificationException (a product's list in
the test's thread, an annotation processor under Maven's compile goal).

Each log is short and written here around the tool's message; hosts, projects and paths are made up. Wording as the
round's own test files give it (test_misses25.py, test_misses25b.py, test_leftovers25.py, test_flaky25.py name the
sources read); beyond those, recalled and marked so: Snakemake's CreateCondaEnvironmentException block, conda's
"Compressed file ended before the end-of-stream marker was reached" (Python's lzma/bz2 EOFError) and "File is not a zip
file" (zipfile.BadZipFile), glog's "Check failed", Nim's run-time traceback ("Error: unhandled exception: ... [IndexDefect]"),
old go vet's column-less report, maven-compiler-plugin's "Fatal error compiling", google-auth's RefreshError text, Java's
and Node's resolver errors for a macOS runner's own name (the shape public runner-images threads show: actions/
runner-images#12562, scala-native/scala-native#3530, read in the issues corpus).

The rules the cases hold:
  * an archive removed under a parallel conda, a filled disk, CMake discovery's time limit on one binary, a pip install
    that broke off on the network before a pkg_resources conflict, a kind cluster's DNS not answering yet, the GCE
    metadata server's 500, a remote host's cURL resolve timeout in PHPUnit, a Go test's dial refused under a JSON array it
    logged -> transient;
  * a test binary that cannot load a library or aborts while listing, pins pkg_resources refuses, the job's own docker rm
    before its exec, a Nim program's run-time exception, compared values under a parallel or JSON-logging test, vet's
    findings, a typo'd or non-GCP private name, a CME in the build's compile goal -> real;
  * a JSON body a Go test printed is data: its words (a reset, a deadline) are no error the run met (the
    go_test_json_line fragment, read by test-assertion, connection-reset, network-timeout, no-output-timeout and
    test-timeout's unless);
  * a shell harness's [TIMEOUT] row beside a failed row in another spelling ("[ FAIL ]", "[FAILURE]") is no time limit's
    reading; the job's own containers under a private address or a loopback-resolving wildcard name are no remote host
    for PHPUnit's cURL 28 reading; a macOS runner's own host name unresolved is the image's setting (read lightly,
    macos-runner-own-hostname-unresolved) -> not surely transient;
  * ambiguous by the log alone: a truncated or corrupt conda archive, a --rm container gone, a waiting Mockito verify with
    zero interactions, a CME in the test's own thread, EAI_AGAIN for the metadata name -> not surely transient.
"""

from __future__ import annotations

import pytest
from judging import assert_unique_ids, judge, labelled, not_surely_transient, reads, signatures

_GHA = "##[error]Process completed with exit code 1.\n"
_GHA2 = "##[error]Process completed with exit code 2.\n"
_GL = "ERROR: Job failed: exit code 1\n"
_CIRCLE = "\nExited with code exit status 1\n"
_TRAVIS = 'The command "./ci/test.sh" exited with 1.\n'
_JENKINS = "[Pipeline] }\n[Pipeline] // stage\nERROR: script returned exit code 1\nFinished: FAILURE\n"
_AZURE = "##[error]Bash exited with code '1'.\n"
_BUILDKITE = "🚨 Error: The command exited with status 1\n"


def _discovery(result: str, output: str = "", script: str = "GoogleTestAddTests", binary: str = "net_test") -> str:
    # CMake Modules/GoogleTestAddTests.cmake's FATAL_ERROR under ninja's POST_BUILD step
    return (f"[212/240] Linking CXX executable tests/{binary}\n"
            f"FAILED: tests/{binary} \n"
            f"CMake Error at /usr/share/cmake-3.28/Modules/{script}.cmake:112 (message):\n"
            f"  Error running test executable.\n\n"
            f"    Path: '/builds/acme/core/build/tests/{binary}'\n"
            f"    Working directory: '/builds/acme/core/build/tests'\n"
            f"    Result: {result}\n"
            f"    Output:\n{output}      \n\n\n"
            "ninja: build stopped: subcommand failed.\n")


_CONDA_ARCHIVE = ("CondaMultiError: Error with archive /home/runner/conda_pkgs_dir/{pkg}.  You probably need to "
                  "delete and re-download or re-create this file.  Message was:\n\nfailed with error: {msg}\n\n")


def _gradle(block: str, n: int = 1) -> str:
    return ("> Task :compileJava\n> Task :compileTestJava\n> Task :test\n\n" + block
            + f"\n180 tests completed, {n} failed\n\n> Task :test FAILED\n\nFAILURE: Build failed with an exception.\n")


_MOCKITO_WAIT_FRAMES = (
    "        at org.mockito.internal.exceptions.Reporter.wantedButNotInvoked(Reporter.java:329)\n"
    "        at org.mockito.internal.verification.checkers.MissingInvocationChecker.checkMissingInvocation"
    "(MissingInvocationChecker.java:37)\n"
    "        at org.mockito.internal.verification.Times.verify(Times.java:37)\n"
    "        at org.mockito.internal.verification.VerificationOverTimeImpl.verify(VerificationOverTimeImpl.java:78)\n")


def _phpunit(message: str, got: str = "GuzzleHttp\\Exception\\ConnectException") -> str:
    return ("$ vendor/bin/phpunit --testsuite Feature\nPHPUnit 10.5.20 by Sebastian Bergmann and contributors.\n\n"
            "..F......                                                          9 / 9 (100%)\n\n"
            "Time: 00:31.402, Memory: 24.00 MB\n\nThere was 1 failure:\n\n"
            "1) Tests\\Feature\\WebhookTest::test_rejects_unsigned_payload\n"
            f"Failed asserting that exception of type \"{got}\" matches expected exception "
            f"\"App\\Webhooks\\InvalidSignature\". Message was: \"{message}\" at\n"
            "/app/vendor/guzzlehttp/guzzle/src/Handler/CurlFactory.php:275\n"
            "/app/tests/Feature/WebhookTest.php:33\n\n"
            "FAILURES!\nTests: 9, Assertions: 17, Failures: 1.\n")


_CURL28 = ("cURL error 28: Operation timed out after 30000 milliseconds with 0 bytes received "
           "(see https://curl.haxx.se/libcurl/c/libcurl-errors.html) for ")


CASES: list[tuple[str, str, str]] = [
    # ================================================================== conda's package cache
    # the archive could not be written or read back because the runner's disk filled (ENOSPC during extraction)
    ("conda-archive-disk-full", "transient",
     "Downloading and Extracting Packages\n\n"
     + _CONDA_ARCHIVE.format(pkg="cudatoolkit-11.8.0-h6a678d5_0.conda",
                             msg="[Errno 28] No space left on device") + _GHA),
    # Snakemake creating environments in parallel on one package cache: the archive gone when conda opened it
    ("conda-archive-vanished-under-snakemake", "transient",
     "Creating conda environment envs/qc.yaml...\nCreateCondaEnvironmentException:\n"
     "Could not create conda environment from /home/runner/work/wf/wf/workflow/envs/qc.yaml:\nCommand:\n"
     "conda env create --quiet --file \"/home/runner/work/wf/wf/.snakemake/conda/5e1c.yaml\"\nOutput:\n\n"
     + _CONDA_ARCHIVE.format(pkg="fastqc-0.12.1-hdfd78af_0.tar.bz2",
                             msg="[Errno 2] No such file or directory: "
                                 "'/home/runner/conda_pkgs_dir/fastqc-0.12.1-hdfd78af_0.tar.bz2'") + _GHA),
    # ================================================================== CMake test discovery
    # the binary timed out while listing its tests; its output shows it waiting on a lock the change added (it printed
    # the product's own deadlock watchdog before being killed): still the time limit's reading, as the log cannot tell
    # (see NOT_SURELY_TRANSIENT for the ambiguous form); here a slow shared runner with nothing else -> transient
    ("gtest-discovery-timeout-catch2-ninja", "transient",
     _discovery("Process terminated due to timeout", script="CatchAddTests") + _GL),
    # a missing shared library while listing the tests: the build's own linking, every run
    ("gtest-discovery-shared-lib-missing", "real",
     _discovery("127", output="      /builds/acme/core/build/tests/net_test: error while loading shared libraries: "
                "libacme_net.so.3: cannot open shared object file: No such file or directory\n") + _GL),
    # a binary aborting on its own check while listing (glog's CHECK)
    ("doctest-discovery-aborted", "real",
     _discovery("Subprocess aborted", script="doctestAddTests",
                output="      F20240311 12:01:02.123 registry.cc:41] Check failed: !name.empty()\n") + _GHA),
    # ================================================================== pkg_resources
    # pip broke off on a read timeout (|| true in the script), the console script then refused the half-installed env:
    # the network's (downstream reading)
    ("pkg-resources-version-conflict-after-read-timeout", "transient",
     "+ pip install -r requirements.txt || true\nCollecting sphinx==7.2.6\n"
     "ERROR: Exception:\nTraceback (most recent call last):\n"
     "pip._vendor.urllib3.exceptions.ReadTimeoutError: HTTPSConnectionPool(host='files.pythonhosted.org', port=443): "
     "Read timed out.\n+ sphinx-build -W docs docs/_build\nTraceback (most recent call last):\n"
     "  File \"/opt/venv/bin/sphinx-build\", line 5, in <module>\n    from pkg_resources import load_entry_point\n"
     "pkg_resources.VersionConflict: (docutils 0.17.1 (/opt/venv/lib/python3.11/site-packages), "
     "Requirement.parse('docutils<0.21,>=0.18.1'))\n" + _TRAVIS),
    # the same conflict with no network failure before it: the pins
    ("pkg-resources-contextual-conflict-tox", "real",
     "py311: commands[0]> flake8 src\nTraceback (most recent call last):\n"
     "pkg_resources.ContextualVersionConflict: (pycodestyle 2.11.1 (/work/.tox/py311/lib/python3.11/site-packages), "
     "Requirement.parse('pycodestyle<2.11.0,>=2.10.0'), {'flake8'})\n"
     "py311: exit 1 (0.41 seconds) /work> flake8 src pid=2812\n  py311: FAIL code 1 (14.02=setup[13.61]+cmd[0.41] seconds)\n"
     + _CIRCLE),
    # ================================================================== Docker's "No such container"
    # the job's own script removed the container before it ran a command in it: the script's order, on every run
    ("docker-no-such-container-after-own-rm", "real",
     "+ docker run -d --name api-under-test acme/api:ci\n3f1c0e5b9a7d\n+ docker rm -f api-under-test\napi-under-test\n"
     "+ docker exec api-under-test ./bin/migrate\nError response from daemon: No such container: api-under-test\n"
     + _GHA),
    # ================================================================== Nim
    # an unhandled exception of a compiled test program at run time (no "(line, col)" VM frame): the program's own
    ("nim-runtime-unhandled-index-defect", "real",
     "+ nimble test\n  Executing task test in /home/runner/work/nimq/nimq/nimq.nimble\n"
     "[Suite] queue\nTraceback (most recent call last)\n"
     "/home/runner/work/nimq/nimq/tests/tqueue.nim(22) tqueue\n"
     "/home/runner/work/nimq/nimq/src/nimq.nim(61) pop\n"
     "/home/runner/.choosenim/toolchains/nim-2.0.2/lib/system/fatal.nim(53) sysFatal\n"
     "Error: unhandled exception: index 5 not in 0 .. 4 [IndexDefect]\n"
     "Error: execution of an external program failed: '/home/runner/work/nimq/nimq/tests/tqueue'\n" + _GHA),
    # ================================================================== parallel names
    # a parallel-named Jest test failing on its own compared value: no sign of time
    ("jest-parallel-name-compared-value", "real",
     "FAIL src/__tests__/uploader.test.ts\n  ● Uploader › uploads chunks in parallel\n\n"
     "    expect(received).toEqual(expected) // deep equality\n\n    Expected: 4\n    Received: 3\n\n"
     "      41 |     await uploader.run();\n    > 42 |     expect(store.chunks.length).toEqual(4);\n\n"
     "Tests:       1 failed, 63 passed, 64 total\n" + _GHA),
    # ================================================================== Go testing's log lines
    # go vet inside go test (its report has a path, a column, no indentation): vet's finding, the code
    ("go-vet-in-go-test", "real",
     "$ go test ./...\n# github.com/acme/kv/store\n# [github.com/acme/kv/store]\n"
     "store/store_test.go:41:3: fmt.Sprintf format %d has arg name of wrong type string\n"
     "FAIL\tgithub.com/acme/kv/store [build failed]\nok  \tgithub.com/acme/kv/api\t0.121s\nFAIL\n" + _GL),
    # old vet (no column) as a bare line: still the code's
    ("go-vet-old-form", "real",
     "+ go vet ./...\nserver.go:88: possible formatting directive in Println call\nexit status 1\n" + _TRAVIS),
    # a helper's log line in a test that failed on its own value
    ("go-tlog-helper-then-got-want", "real",
     "=== RUN   TestMigrate\n    fixtures.go:51: loaded 12 rows from testdata/orders.sql\n"
     "    migrate_test.go:77: rows = 11, want 12\n--- FAIL: TestMigrate (0.02s)\nFAIL\n"
     "FAIL\tgithub.com/acme/shop/db\t0.044s\n" + _GHA),
    # a JSON array t.Log of the request's history, then the refused dial: the network's
    ("go-tlog-json-array-then-dial-refused", "transient",
     "$ go test ./internal/sync/...\n--- FAIL: TestSyncPush (0.04s)\n"
     "    sync_test.go:61: [{\"expected\":\"a\",\"actual\":\"b\"},{\"expected\":\"c\",\"actual\":\"c\"}]\n"
     "    sync_test.go:64: push: dial tcp 10.0.4.21:6379: connect: connection refused\n"
     "FAIL\nFAIL\tgithub.com/acme/shop/internal/sync\t0.071s\n" + _GHA),
    # the test logged its own handler's error body (which names a reset), then failed on the status it compared
    ("go-tlog-json-error-body-then-status-compared", "real",
     "$ go test ./api/...\n--- FAIL: TestProxyErrors (0.01s)\n"
     "    proxy_test.go:52: {\"error\":\"upstream: connection reset by peer\",\"status\":502}\n"
     "    proxy_test.go:53: status = 502, want 200\n"
     "FAIL\nFAIL\tgithub.com/acme/gw/api\t0.018s\n" + _GHA),
    # a JSON error body whose words are a timeout (its own handler's answer), the test failing on the code it compared
    ("go-tlog-json-timeout-body-own-handler", "real",
     "$ go test ./handlers/...\n=== RUN   TestSlowUpstreamMapsTo504\n--- FAIL: TestSlowUpstreamMapsTo504 (0.00s)\n"
     "    handlers_test.go:90: {\"error\":\"context deadline exceeded\",\"code\":\"UPSTREAM_TIMEOUT\"}\n"
     "    handlers_test.go:91: code = \"UPSTREAM_TIMEOUT\", want \"GATEWAY_TIMEOUT\"\n"
     "FAIL\nFAIL\tgithub.com/acme/gw/handlers\t0.012s\n" + _GL),
    ("go-tlog-json-deadline-body-error-mapping", "real",
     "$ go test ./handlers/...\n=== RUN   TestUpstreamErrorMapping\n--- FAIL: TestUpstreamErrorMapping (0.00s)\n"
     "    handlers_test.go:90: response: {\"error\":\"context deadline exceeded\",\"code\":\"UPSTREAM_TIMEOUT\"}\n"
     "    handlers_test.go:91: code = \"UPSTREAM_TIMEOUT\", want \"GATEWAY_TIMEOUT\"\n"
     "FAIL\nFAIL\tgithub.com/acme/gw/handlers\t0.012s\n" + _GL),
    # ================================================================== shell harness rows
    # a harness whose failed row is spelled "[ FAIL ]" (systemd-style padding) beside a [TIMEOUT] row: that failure decides
    ("harness-timeout-beside-padded-fail", "real",
     "[ PASS ] parse-config\n[ FAIL ] hook-order (exit 1)\n[TIMEOUT] replication-sync (killed after 300s)\n"
     "[ PASS ] shutdown\n2 of 4 tests did not pass\n" + _GL),
    # a harness's "[TIMEOUT]" row beside a failing row as "[FAILURE]"
    ("harness-timeout-beside-failure-word", "real",
     "[SUCCESS]  parse-config\n[FAILURE]  hook-order\n[TIMEOUT]  replication-sync\n" + _BUILDKITE),
    # "[TIME]" rows as elapsed time under a build script whose compile failed
    ("build-script-time-rows-compile-error", "real",
     "[TIME]  configure (ran for 4.2s)\n[TIME]  build (ran for 61.0s)\n"
     "src/codec.c:212:5: error: implicit declaration of function 'frame_free' [-Werror=implicit-function-declaration]\n"
     "make: *** [Makefile:40: src/codec.o] Error 1\n" + _GL),
    # ================================================================== reserved and private suffixes
    # a Kubernetes service name typo'd in the test's config (the deployed one is "orders"): no such host, real
    ("python-svc-cluster-local-typo", "real",
     "E   requests.exceptions.ConnectionError: HTTPConnectionPool(host='ordres.shop.svc.cluster.local', port=8080): Max "
     "retries exceeded with url: /healthz (Caused by NameResolutionError(\"<urllib3.connection.HTTPConnection object at "
     "0x7f3a>: Failed to resolve 'ordres.shop.svc.cluster.local' ([Errno -2] Name or service not known)\"))\n"
     "FAILED tests/e2e/test_orders.py::test_health - requests.exceptions.ConnectionError\n1 failed in 0.41s\n" + _GHA),
    # the GCE metadata server on a runner outside GCP (a job that expected workload credentials): the configuration
    ("gce-metadata-on-non-gcp-runner", "real",
     "+ go run ./cmd/publish\n2024/03/11 12:01:02 google: could not find default credentials. \n"
     "2024/03/11 12:01:02 Get \"http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token\": "
     "dial tcp: lookup metadata.google.internal on 127.0.0.53:53: no such host\nexit status 1\n" + _GHA),
    # a kind cluster whose CoreDNS was not ready yet (the cluster DNS service did not answer the query in time): a
    # readiness race of the cluster the job started, the resolver's timeout, not an answer about the name
    ("go-svc-cluster-local-coredns-not-ready", "transient",
     "--- FAIL: TestE2EOrders (5.01s)\n    e2e_test.go:33: Get \"http://orders.shop.svc.cluster.local:8080/healthz\": "
     "dial tcp: lookup orders.shop.svc.cluster.local on 10.96.0.10:53: read udp 10.244.0.7:41234->10.96.0.10:53: "
     "i/o timeout\nFAIL\nFAIL\tgithub.com/acme/shop/e2e\t5.034s\n" + _GHA),
    # another .local name (not the runner's own): the job's naming, as before
    ("node-enotfound-other-local-name", "real",
     "  1) cache\n       connects:\n     Error: getaddrinfo ENOTFOUND build-cache.local\n"
     "      at GetAddrInfoReqWrap.onlookup [as oncomplete] (node:dns:107:26)\n\n  41 passing (3s)\n  1 failing\n" + _GHA),
    # the metadata server answering 500 on a GCP runner: the moment's
    ("gce-metadata-read-timeout-on-gcp", "transient",
     "E   google.auth.exceptions.RefreshError: Failed to retrieve "
     "http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/?recursive=true from the "
     "Google Compute Engine metadata service. Status: 500 Response:\\nb'Internal Server Error'\n"
     "FAILED tests/it/test_bucket.py::test_upload - google.auth.exceptions.RefreshError\n1 failed in 3.02s\n" + _GL),
    # ================================================================== PHPUnit cURL 28
    # a remote sandbox timing out on the resolve phase
    ("phpunit-curl-28-resolving-remote", "transient",
     _phpunit("cURL error 28: Resolving timed out after 5000 milliseconds (see https://curl.haxx.se/libcurl/c/"
              "libcurl-errors.html) for https://hooks.sandbox.paymentsvc.io/v1/verify") + _GHA),
    # ================================================================== Mockito
    # a waiting verify whose mock got another call instead: the code took another branch (the report names it)
    ("mockito-timeout-verify-other-interaction", "real",
     _gradle("com.acme.bus.DispatcherTest > publishesAsync FAILED\n"
             "    Wanted but not invoked:\n    listener.onEvent(<any com.acme.bus.Event>);\n"
             "    -> at com.acme.bus.DispatcherTest.publishesAsync(DispatcherTest.java:58)\n"
             "    However, there was exactly 1 interaction with this mock:\n"
             "    listener.onError(\n        com.acme.bus.RoutingException: no route for topic 'orders'\n    );\n"
             "    -> at com.acme.bus.Dispatcher.lambda$publish$0(Dispatcher.java:77)\n"
             + _MOCKITO_WAIT_FRAMES) + _GHA),
    # ================================================================== ConcurrentModificationException
    # the JVM's CME in the annotation processor's own run (Maven's -e trace, a compile goal): the build's, not a test's
    ("cme-in-maven-compile-goal", "real",
     "[ERROR] Failed to execute goal org.apache.maven.plugins:maven-compiler-plugin:3.11.0:compile (default-compile) on "
     "project core: Fatal error compiling: java.util.ConcurrentModificationException -> [Help 1]\n"
     "org.apache.maven.lifecycle.LifecycleExecutionException: Failed to execute goal\n"
     "Caused by: java.util.ConcurrentModificationException\n"
     "\tat java.base/java.util.ArrayList$Itr.checkForComodification(ArrayList.java:1095)\n"
     "\tat com.acme.processor.RouteProcessor.process(RouteProcessor.java:64)\n"
     "[ERROR] \n[ERROR] Re-run Maven using the -X switch to enable full debug logging.\n" + _JENKINS),
]

NOT_SURELY_TRANSIENT: list[tuple[str, str]] = [
    # conda: the download was cut short or the channel's file is corrupt (the log cannot tell which; a restored cache
    # keeps a truncated one)
    ("conda-archive-truncated-download",
     "Downloading and Extracting Packages\n\n"
     + _CONDA_ARCHIVE.format(pkg="pytorch-2.2.1-py3.11_cuda12.1_cudnn8.9.2_0.tar.bz2",
                             msg="Compressed file ended before the end-of-stream marker was reached") + _GHA),
    ("conda-archive-bad-zip-on-channel",
     "Downloading and Extracting Packages\n\n"
     + _CONDA_ARCHIVE.format(pkg="libarrow-15.0.0-h4d9d76c_1_cpu.conda", msg="File is not a zip file") + _GHA),
    # CMake: discovery timing out on every test binary of the build (a hang at start-up, a product's static-init
    # deadlock as likely as a slow runner)
    ("gtest-discovery-every-binary-timed-out",
     _discovery("Process terminated due to timeout").replace("ninja: build stopped: subcommand failed.\n", "")
     + _discovery("Process terminated due to timeout", binary="io_test")
     + _discovery("Process terminated due to timeout", binary="codec_test") + _GL),
    # Docker: a container run with --rm the OOM killer stopped; the job then asked for its logs
    ("docker-no-such-container-after-oom",
     "+ docker run --rm -d --memory 512m --name es elasticsearch:8.12.2\n9b2e4c1d0a11\n+ ./ci/wait-for-es.sh\n"
     "waiting for elasticsearch...\n+ docker logs es\nError response from daemon: No such container: es\n" + _AZURE),
    # a .local name that is the macOS runner's own host name (mDNS / Bonjour, known to fail now and then)
    ("java-unknown-host-macos-runner-own-name",
     "com.acme.net.NodeTest > advertisesAddress FAILED\n"
     "    java.net.UnknownHostException: Mac-1710158522483.local: Mac-1710158522483.local: nodename nor servname "
     "provided, or not known\n        at java.base/java.net.InetAddress.getLocalHost(InetAddress.java:1670)\n"
     "\n120 tests completed, 1 failed\n\n> Task :test FAILED\n" + _GHA),
    ("node-enotfound-macos-runner-own-name",
     "  1) discovery\n       announces itself:\n     Error: getaddrinfo ENOTFOUND Mac-1710158522483.local\n"
     "      at GetAddrInfoReqWrap.onlookup [as oncomplete] (node:dns:107:26)\n\n  41 passing (3s)\n  1 failing\n" + _GHA),
    # PHPUnit's cURL 28 to the job's own containers under names that only look public (DDEV's *.ddev.site resolves to
    # the loopback; a compose network's private address)
    ("phpunit-curl-28-ddev-site", _phpunit(_CURL28 + "https://shop.ddev.site/api/webhooks") + _GHA),
    ("phpunit-curl-28-private-ip", _phpunit(_CURL28 + "http://172.18.0.3:8080/api/webhooks") + _GHA),
    ("phpunit-curl-28-compose-dotted-alias", _phpunit(_CURL28 + "http://mock.stripe.svc:12111/v1/charges") + _GHA),
    ("phpunit-curl-28-nip-io", _phpunit(_CURL28 + "http://app.127.0.0.1.nip.io:8000/api/webhooks") + _GHA),
    # Mockito: a waiting verify in a test whose code never calls the method (the report is the same)
    ("mockito-timeout-verify-zero-interactions",
     _gradle("com.acme.bus.DispatcherTest > publishesAsync FAILED\n"
             "    Wanted but not invoked:\n    listener.onEvent(<any com.acme.bus.Event>);\n"
             "    -> at com.acme.bus.DispatcherTest.publishesAsync(DispatcherTest.java:58)\n"
             "    Actually, there were zero interactions with this mock.\n" + _MOCKITO_WAIT_FRAMES) + _GHA),
    # CME: a product's shared static list iterated by the test's own thread
    ("cme-product-static-list",
     "[ERROR] Tests run: 8, Failures: 0, Errors: 1, Skipped: 0, Time elapsed: 0.3 s <<< FAILURE! - in "
     "com.acme.plugins.RegistryTest\n[ERROR] unregistersDuringNotify  Time elapsed: 0.01 s  <<< ERROR!\n"
     "java.util.ConcurrentModificationException\n"
     "\tat java.base/java.util.ArrayList$Itr.checkForComodification(ArrayList.java:1095)\n"
     "\tat com.acme.plugins.Registry.notifyAll(Registry.java:52)\n"
     "\tat com.acme.plugins.RegistryTest.unregistersDuringNotify(RegistryTest.java:31)\n\n"
     "[ERROR] Tests run: 140, Failures: 0, Errors: 1, Skipped: 0\n[INFO] BUILD FAILURE\n" + _GHA),
    # a private-suffix name's temporary resolver answer on GCP (the metadata name; a blip or no GCP at all)
    ("gce-metadata-eai-again",
     "Error: getaddrinfo EAI_AGAIN metadata.google.internal\n    at GetAddrInfoReqWrap.onlookup [as oncomplete] "
     "(node:dns:107:26)\n" + _GHA),
]

# LEFT: read wrong and left (strict expected failures).
KNOWN_MISREAD: dict[str, str] = {
    "go-tlog-json-timeout-body-own-handler":
        "LEFT: the test's name holds 'Slow' (TestSlowUpstreamMapsTo504), a word timing-sensitive-test reads on the name "
        "alone (names22's tally: 18 of 19 flaky for the timeout/slow family); the JSON body no longer reads, the name "
        "still outweighs the compared value (its 0.00s duration is not read)",
    "harness-timeout-beside-padded-fail":
        "LEFT: reads unknown (no longer transient): no entry reads a shell harness's failed row as real",
    "harness-timeout-beside-failure-word":
        "LEFT: reads unknown (no longer transient): no entry reads a shell harness's failed row as real",
    "mockito-timeout-verify-other-interaction":
        "LEFT: reads unknown: the waiting verify's report with another interaction listed ('However, there was exactly "
        "1 interaction') is not told from an early other call in a slow asynchronous test",
}
NOT_SURELY_TRANSIENT_MISREAD: dict[str, str] = {
    "gtest-discovery-every-binary-timed-out":
        "LEFT: reads transient: discovery timing out on three binaries of one build is a start-up hang as likely as a "
        "loaded runner running them together (ninja's parallel jobs); no threads counted to split them",
}

# The new and extended readings name the entry that reads them (the verdict with it).
READS_AS: list[tuple[str, str, str]] = [
    ("node-enotfound-macos-runner-own-name", "unknown", "macos-runner-own-hostname-unresolved"),
    ("java-unknown-host-macos-runner-own-name", "unknown", "macos-runner-own-hostname-unresolved"),
    ("go-tlog-json-array-then-dial-refused", "transient", "connection-refused"),
    ("conda-archive-vanished-under-snakemake", "transient", "conda-package-cache-archive-vanished"),
]


@pytest.mark.parametrize(("verdict", "log"), labelled(CASES, KNOWN_MISREAD))
def test_review25_c_reads_right(verdict: str, log: str) -> None:
    reads(log, verdict)


@pytest.mark.parametrize("log", [
    pytest.param(log, id=cid, marks=[pytest.mark.xfail(strict=True, reason=NOT_SURELY_TRANSIENT_MISREAD[cid])]
                 if cid in NOT_SURELY_TRANSIENT_MISREAD else [])
    for cid, log in NOT_SURELY_TRANSIENT])
def test_review25_c_not_surely_transient(log: str) -> None:
    not_surely_transient(log)


@pytest.mark.parametrize(("case_id", "verdict", "signature"), READS_AS, ids=[c[0] for c in READS_AS])
def test_review25_c_reads_as(case_id: str, verdict: str, signature: str) -> None:
    log = dict([(c[0], c[2]) for c in CASES] + list(NOT_SURELY_TRANSIENT))[case_id]
    v = judge(log)
    assert v.verdict == verdict and signature in signatures(v), v.rationale


def test_review25_c_ids_unique() -> None:
    assert_unique_ids(CASES, NOT_SURELY_TRANSIENT)
    assert set(KNOWN_MISREAD) <= {c[0] for c in CASES}
    assert set(NOT_SURELY_TRANSIENT_MISREAD) <= {c[0] for c in NOT_SURELY_TRANSIENT}


# One line of 50,000 characters of each of these words is read by benchmarks/pattern_speed.py.
LONG_LINE_WORDS = [
    "    x_test.go:1: [{\"a\":", "    x_test.go:1: label: [{\"a\": 1}", "[ FAIL ] ", "[TIMEOUT] a",
    "Mac-1710158522483.local", "UnknownHostException: Mac-1710158522483.local", "getaddrinfo ENOTFOUND Mac-1710158522483.local",
    "Failed asserting that exception of type \"X\" matches expected exception \"Y\". Message was: \"cURL error 28: "
    "Operation timed out after 1 milliseconds for http://172.18.0.3",
    "Failed asserting that exception of type \"X\" matches expected exception \"Y\". Message was: \"cURL error 28: "
    "Operation timed out after 1 milliseconds for http://a.b.c.d.e.f.g.h.i.j",
    "[ERROR] Failed to execute goal a:b:compile (",
]
