"""threads34: what the thirty-third round's real threads missed where the pasted lines alone say enough.

Five readings, each of a tool's or CI system's own message form:

- libcurl's "Failed sending HTTP request" (CURLE_SEND_ERROR: the request could not be written to the socket), its POST
  and PUT forms, as git ("fatal: unable to access '<url>': ...", older git's "error: ... while accessing <url>"), the
  curl CLI ("curl: (55) ..."), PHP's Guzzle ("cURL error 55: ... (see <curl's page>)") and R's curl package relay it:
  a connection that went away under the request (transfer-dropped, transient). A program's own "failed sending HTTP
  request to <service>" or "...: <a cause of its own>" says more than curl does and is not read so (the guards).
- Jenkins' controller-agent channel read to its end: an EOFException or ClosedChannelException whose first frames are
  the remoting layer's own (hudson.remoting's Command.readFrom, ChunkedInputStream; org.jenkinsci.remoting's network
  layer), under "FATAL: command execution failed": the agent dropped (agent-unresponsive, transient). Not an EOF in the
  project's own code, nor "Cannot run program" whose trace passes through remoting only as the carrying UserRequest.
- GitLab Runner's "(system failure)" over Kubernetes' ResourceQuota refusal for stored objects (secrets, config maps,
  services, volume claims, storage): such objects are not given back when other jobs' pods end, so the quota stays full
  on every retry until someone cleans up; no longer read transient (unknown, as a quota the pod alone exceeds already
  was). A cpu, memory or pods quota stays the other jobs' use for now (transient, the guards).
- CMake's own extraction (libarchive inside an ExternalProject's or FetchContent's extract step, cmake -E tar) saying
  the archive ended early ("Truncated input file") or is no archive at all ("Unrecognized archive format": a page saved
  under the archive's name): archive-truncated's light reading, as gzip's "unexpected end of file" and "not in gzip
  format" have it (unknown, leaning transient), not build-config-missing-dependency's sure "a library the
  configuration lacks" on the "CMake Error" lines (a find_package that fails stays that, the guard).
- One allocation of ten gigabytes and more, as PHP ("Out of memory (allocated N) (tried to allocate M bytes)"), Go's
  runtime ("cannot allocate M-byte block"), Rust's allocation hook and NumPy ("Unable to allocate X GiB for an array")
  state its size: more than any CI machine has, a size computed wrong, real. The same lines with a smaller request
  stay the machine's moment (the guards).

Every log line here was written for this test (hosts, projects, paths and sizes made up); no project's CI log is
copied. Cases whose id starts with "guard_" are near-miss guards or other forms of the same message that the engine
already read as it should (read the same at de127c6: curl's CLI and Guzzle's code 55 lines, Jenkins' NIO network layer closing,
Rust's and NumPy's huge requests, each already read by other entries; a test that failed before the agent's channel
dropped stays the test's failure); every other case fails there.
"""

from __future__ import annotations

import pytest
from judging import assert_unique_ids, judge

CASES: list[tuple[str, str, str]] = []


def add(case_id: str, label: str, log: str) -> None:
    """One case: its id, the verdict it must get, its log."""
    CASES.append((case_id, label, log))


# ---- libcurl's send failure, as each tool relays it ----
add("git_clone_send_failed_gha", "transient", "\n".join([
    "Run git clone --depth 1 https://github.com/acme-corp/fixtures.git tests/fixtures",
    "Cloning into 'tests/fixtures'...",
    "fatal: unable to access 'https://github.com/acme-corp/fixtures.git/': Failed sending HTTP request",
    "##[error]Process completed with exit code 128."]))
add("git_fetch_send_failed_old_git_jenkins", "transient", "\n".join([
    "+ git fetch origin +refs/heads/main:refs/remotes/origin/main",
    "error: Failed sending HTTP request while accessing https://git.example.org/tools/widget.git/info/refs",
    "fatal: HTTP request failed",
    "Build step 'Execute shell' marked build as failure",
    "Finished: FAILURE"]))
add("guard_curl_cli_55_gitlab", "transient", "\n".join([
    "$ curl -fsSL -o protoc.zip https://downloads.example.net/protoc/27.1/protoc-27.1-linux-x86_64.zip",
    "curl: (55) Failed sending HTTP request",
    "ERROR: Job failed: exit code 55"]))
add("guard_guzzle_post_55_circle", "transient", "\n".join([
    "php bin/console app:publish-docs",
    "In CurlFactory.php line 211:",
    "  cURL error 55: Failed sending HTTP POST request (see https://curl.haxx.se/libcurl/c/libcurl-errors.html) for https://docs.example.io/api/upload",
    "Exited with code exit status 1"]))
add("r_curl_send_failed_gha", "transient", "\n".join([
    "Rscript -e 'pak::pkg_install(\"local::.\")'",
    "Error in curl::curl_fetch_memory(url, handle = h) : ",
    "  Failed sending HTTP request",
    "Calls: <Anonymous> ... fetch_index -> <Anonymous>",
    "Execution halted",
    "##[error]Process completed with exit code 1."]))
add("guard_app_failed_sending_to_service", "real", "\n".join([
    "2025-02-03T10:00:01Z ERROR notify: failed sending HTTP request to hooks.example.com: 400 Bad Request",
    "FAILED tests/test_notify.py::test_hook_payload - AssertionError: expected 200, got 400",
    "1 failed, 41 passed in 3.21s"]))
add("guard_app_failed_sending_with_own_cause", "real", "\n".join([
    "Error: failed sending HTTP request: Post \"https://api.example.com/v2/upload\": x509: certificate signed by unknown authority",
    "Error: Process completed with exit code 1."]))

# ---- Jenkins' remoting channel read to its end ----
add("jenkins_remoting_eof_readfrom", "transient", "\n".join([
    "[pipeline] sh",
    "+ make -j4 check",
    "FATAL: command execution failed",
    "java.io.EOFException",
    "\tat java.io.ObjectInputStream$PeekInputStream.readFully(ObjectInputStream.java:2700)",
    "\tat java.io.ObjectInputStream$BlockDataInputStream.readShort(ObjectInputStream.java:3100)",
    "\tat java.io.ObjectInputStream.readStreamHeader(ObjectInputStream.java:850)",
    "\tat java.io.ObjectInputStream.<init>(ObjectInputStream.java:350)",
    "\tat hudson.remoting.ObjectInputStreamEx.<init>(ObjectInputStreamEx.java:45)",
    "\tat hudson.remoting.Command.readFrom(Command.java:130)"]))
add("jenkins_remoting_eof_java_base_timestamped", "transient", "\n".join([
    "10:02:11 + ./gradlew integrationTest",
    "10:02:40 FATAL: command execution failed",
    "10:09:03 java.io.EOFException",
    "10:09:03 \tat java.base/java.io.ObjectInputStream$PeekInputStream.readFully(ObjectInputStream.java:2890)",
    "10:09:03 \tat java.base/java.io.ObjectInputStream.<init>(ObjectInputStream.java:370)",
    "10:09:03 \tat hudson.remoting.ObjectInputStreamEx.<init>(ObjectInputStreamEx.java:49)",
    "10:09:03 \tat hudson.remoting.Command.readFrom(Command.java:142)",
    "10:09:03 Build step 'Invoke Gradle script' changed build result to FAILURE"]))
add("jenkins_remoting_chunked_eof", "transient", "\n".join([
    "+ ctest --output-on-failure",
    "FATAL: command execution failed",
    "java.io.EOFException",
    "\tat hudson.remoting.ChunkedInputStream.readHeader(ChunkedInputStream.java:72)",
    "\tat hudson.remoting.ChunkedInputStream.readUntilBreak(ChunkedInputStream.java:103)",
    "Finished: FAILURE"]))
add("guard_jenkins_nio_network_layer_closed", "transient", "\n".join([
    "+ ./gradlew check",
    "FATAL: command execution failed",
    "java.nio.channels.ClosedChannelException",
    "\tat org.jenkinsci.remoting.protocol.NetworkLayer.onRecvClosed(NetworkLayer.java:154)",
    "\tat org.jenkinsci.remoting.protocol.impl.NIONetworkLayer.ready(NIONetworkLayer.java:176)",
    "Finished: FAILURE"]))
add("guard_jenkins_tests_failed_before_the_channel_dropped", "real", "\n".join([
    "+ python -m pytest tests",
    "FAILED tests/test_orders.py::test_create_order - AssertionError: assert 500 == 201",
    "=================== 1 failed, 87 passed in 31.02s ===================",
    "+ tar czf reports.tgz reports/",
    "FATAL: command execution failed",
    "java.io.EOFException",
    "\tat java.io.ObjectInputStream$PeekInputStream.readFully(ObjectInputStream.java:2700)",
    "\tat hudson.remoting.ObjectInputStreamEx.<init>(ObjectInputStreamEx.java:45)",
    "\tat hudson.remoting.Command.readFrom(Command.java:130)",
    "Finished: FAILURE"]))
add("guard_jenkins_cannot_run_program", "real", "\n".join([
    "FATAL: command execution failed",
    "java.io.IOException: Cannot run program \"docker\" (in directory \"/home/jenkins/ws/app\"): error=2, No such file or directory",
    "\tat java.lang.ProcessBuilder.start(ProcessBuilder.java:1048)",
    "\tat hudson.Proc$LocalProc.<init>(Proc.java:252)",
    "\tat hudson.Launcher$RemoteLaunchCallable.call(Launcher.java:1300)",
    "\tat hudson.remoting.UserRequest.perform(UserRequest.java:211)",
    "Finished: FAILURE"]))
add("guard_project_eof_in_own_code", "real", "\n".join([
    "java.io.EOFException",
    "\tat java.io.DataInputStream.readFully(DataInputStream.java:197)",
    "\tat org.example.store.Segment.load(Segment.java:88)",
    "\tat org.example.store.SegmentTest.loadsTruncatedSegment(SegmentTest.java:40)",
    "Tests run: 12, Failures: 0, Errors: 1, Skipped: 0",
    "[ERROR] BUILD FAILURE"]))

# ---- GitLab Runner's system failure over a quota on stored objects ----
runner = "\n".join([
    "Running with gitlab-runner 16.2.0 (0a1b2c3d)",
    "  on k8s-shared-runner Zx81QwEr",
    "Using Kubernetes namespace: ci-jobs",
    "Using Kubernetes executor with image registry.example.com/ci/builder:3 ...",
    "ERROR: Job failed (system failure): {what} is forbidden: exceeded quota: ci-quota, requested: {req}, used: {used}, limited: {lim}"])
add("runner_quota_secrets_full", "unknown", runner.format(
    what='secrets "runner-zx81qwer-project-9-concurrent-2abcd"', req="secrets=1", used="secrets=64", lim="secrets=64"))
add("runner_quota_configmaps_full", "unknown", runner.format(
    what='configmaps "runner-zx81qwer-project-9-concurrent-2scripts"', req="count/configmaps=1",
    used="count/configmaps=40", lim="count/configmaps=40"))
add("runner_quota_storage_full", "unknown", runner.format(
    what='persistentvolumeclaims "runner-cache-9"', req="requests.storage=20Gi", used="requests.storage=190Gi",
    lim="requests.storage=200Gi"))
add("guard_runner_quota_cpu_in_use", "transient", runner.format(
    what='pods "runner-zx81qwer-project-9-concurrent-2abcd"', req="limits.cpu=4", used="limits.cpu=32",
    lim="limits.cpu=32"))
add("guard_runner_quota_pods_in_use", "transient", runner.format(
    what='pods "runner-zx81qwer-project-9-concurrent-2abcd"', req="pods=1", used="pods=12", lim="pods=12"))

# ---- one allocation over any machine ----
add("php_oom_single_huge_request_gha", "real", "\n".join([
    "Run vendor/bin/psalm --threads=1",
    "mmap() failed: [12] Cannot allocate memory",
    "PHP Fatal error:  Out of memory (allocated 6291456000 bytes) (tried to allocate 34359738376 bytes) in /home/runner/work/app/app/vendor/acme/graph/src/Walker.php on line 88",
    "Error: Process completed with exit code 255."]))
add("php_oom_single_huge_request_old_form", "real", "\n".join([
    "$ php -d memory_limit=-1 bin/console cache:warmup",
    "PHP Fatal error:  Out of memory (allocated 4194304000) (tried to allocate 21474836488 bytes) in /builds/app/src/Kernel.php on line 40",
    "ERROR: Job failed: exit code 255"]))
add("go_runtime_huge_block", "real", "\n".join([
    "=== RUN   TestBuildIndex",
    "fatal error: runtime: out of memory: cannot allocate 68719476736-byte block (3997696 in use)",
    "goroutine 7 [running]:",
    "FAIL\texample.com/search/index\t3.512s"]))
add("guard_rust_alloc_hook_huge", "real", "\n".join([
    "running 8 tests",
    "memory allocation of 137438953472 bytes failed",
    "error: test failed, to rerun pass `--lib`",
    "Caused by:",
    "  process didn't exit successfully: `/w/target/debug/deps/store-1a2b3c` (signal: 6, SIGABRT: process abort signal)"]))
add("guard_numpy_array_hundreds_of_gib", "real", "\n".join([
    "    def test_dense_grid():",
    ">       grid = np.zeros((250000, 250000))",
    "E       numpy.core._exceptions._ArrayMemoryError: Unable to allocate 466. GiB for an array with shape (250000, 250000) and data type float64",
    "tests/test_grid.py:7: MemoryError",
    "=========================== short test summary info ============================",
    "FAILED tests/test_grid.py::test_dense_grid - numpy.core._exceptions._ArrayMemoryError: Unable to allocate 466. GiB for an array with shape (250000, 250000) and data type float64"]))
add("guard_php_oom_small_request", "transient", "\n".join([
    "Run vendor/bin/phpunit",
    "mmap() failed: [12] Cannot allocate memory",
    "PHP Fatal error:  Out of memory (allocated 6291456000 bytes) (tried to allocate 262144 bytes) in /home/runner/work/app/app/vendor/acme/x/src/Foo.php on line 12",
    "Error: Process completed with exit code 255."]))
add("guard_go_runtime_small_block", "transient", "\n".join([
    "fatal error: runtime: out of memory: cannot allocate 4194304-byte block (7997696000 in use)",
    "goroutine 7 [running]:",
    "FAIL\texample.com/search/index\t3.512s"]))

# ---- CMake's own extraction of a downloaded archive ----
ep = "\n".join([
    "[  8%] Performing download step (download, verify and extract) for 'png_ext'",
    "-- Downloading...",
    "   dst='/w/build/ext/png_ext-prefix/src/libpng-1.6.99.tar.gz'",
    "-- Using src='https://downloads.example.org/libpng/libpng-1.6.99.tar.gz'",
    "-- Downloading... done",
    "-- extracting...",
    "     src='/w/build/ext/png_ext-prefix/src/libpng-1.6.99.tar.gz'",
    "-- extracting... [tar xfz]",
    "{libarchive}",
    "CMake Error: Problem extracting tar: /w/build/ext/png_ext-prefix/src/libpng-1.6.99.tar.gz",
    "CMake Error at /w/build/ext/png_ext-prefix/src/png_ext-stamp/extract-png_ext.cmake:33 (message):",
    "  error: extract of '/w/build/ext/png_ext-prefix/src/libpng-1.6.99.tar.gz' failed",
    "-- extracting... [error clean up]",
    "make[2]: *** [CMakeFiles/png_ext.dir/build.make:92: ext/png_ext-prefix/src/png_ext-stamp/png_ext-download] Error 1"])
add("cmake_extract_not_an_archive", "unknown", ep.format(
    libarchive="CMake Error: Problem with archive_read_open_file(): Unrecognized archive format"))
add("cmake_extract_truncated", "unknown", ep.format(
    libarchive="CMake Error: Problem with archive_read_next_header(): Truncated input file (needed 65536 bytes, only 1024 available)"))
add("guard_cmake_find_package_missing", "real", "\n".join([
    "-- The CXX compiler identification is GNU 13.2.0",
    "CMake Error at CMakeLists.txt:31 (find_package):",
    "  Could not find a package configuration file provided by \"Widgets\" with any",
    "  of the following names:",
    "    WidgetsConfig.cmake",
    "-- Configuring incomplete, errors occurred!"]))


def test_case_ids_are_unique():
    assert_unique_ids(CASES)


@pytest.mark.parametrize(("expected", "log"), [pytest.param(e, log, id=cid) for cid, e, log in CASES])
def test_threads34(expected, log):
    v = judge(log)
    assert v.verdict == expected, v.rationale
