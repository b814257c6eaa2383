"""(review34_a) The readings added this round (threads34, dev34): Jenkins' remoting channel read to its end (an
end-of-stream or closed channel whose first frames are the remoting layer) and a pipeline's queue wait with the label's
nodes offline; libcurl's "Failed sending HTTP request" relayed by git, curl, Guzzle and R; one allocation of ten
gigabytes or more (PHP, Go, Rust, NumPy) and Go's and .NET's runtime out of memory; GitLab Runner's system failure over
a Kubernetes quota on stored objects; CMake's extraction errors and a GitHub Actions setup step's unpacking of its
download.

Two kinds of whole logs:

(1) real failures that may now read transient: an agent channel dropped after the build had failed for its own reason
or because the build's own process exhausted the agent's memory, a queue wait for a label no node carries, curl's send
failure against the job's own service that never comes up, an archive that is the same wrong file on every run, a
tool's archive corrupt in a cache;

(2) transient failures that may read real or unknown: other forms and CI prefixes of the same messages (cargo's and
git's own relays of curl's error, Julia's, pycurl's, bsdtar's), memory limits on shared runners quoted with a build's
lines.

Over GitHub Actions, GitLab CI, Jenkins, Travis CI, Azure Pipelines, Buildkite, CircleCI, Tekton and Drone; Java
(Maven, Gradle), Go, Rust, C++ (CMake), PHP, Python (NumPy, pycurl), R, Julia, .NET, Node and shell.

Each case is (id, expected, log); expected is "transient" or "real" (that verdict), "not_transient" (real or unknown)
or "not_real" (transient or unknown). Every line here was written for the test (none is copied from a project's CI log
or a dataset); hosts, names and paths are made up. Of the 64 logs tried, 11 were misread at 3ef24b7 (5 real failures
read transient: a Gradle test's assertion and another's heap error above Jenkins' remoting EOF, a readiness loop's curl
send failures against the job's own loopback server, CMake's "Unrecognized archive format" beside its download step's
"inactivity timeout='none'", a kubernetes agent's container killed for memory; 6 transient or open failures read
real); the 6 fixed pin this review's fixes (a timeout setting printed with a quoted value or none, Julia's and pycurl's
relays of curl's send failure, libarchive's truncation words as bsdtar prints them and CMake relays a zip's, Gradle's
failed test's report above an agent's EOF); the 5 left are strict xfails whose reason starts "LEFT:"; the rest read
right at 3ef24b7 already and pin the verdict as the review found it; the "near_" cases guard the fixes' other side and
read the same at 3ef24b7."""

from __future__ import annotations

from functools import partial

import pytest
from frames import (
    BK_EXIT,
    DRONE_EXIT,
    GH_EXIT,
    Azure,
    Circle,
    Clock,
    Frame,
    GitLab,
    Tekton,
    Travis,
    pip_install,
)
from judging import assert_unique_ids, judge

J = "\n".join

_W = ["alder", "birch", "cedar", "dogwood", "elm", "fir", "gum", "hazel", "ilex", "juniper", "larch", "maple",
      "nettle", "oak", "pine", "quince", "rowan", "sumac", "teak", "ulmus", "vetch", "willow", "yew", "zelkova"]


def _n(i: int) -> str:
    return _W[i % len(_W)] + ("" if i < len(_W) else f"{i // len(_W)}")


def _v(i: int) -> str:
    return f"{1 + i % 3}.{(i * 7) % 13}.{(i * 2) % 5}"


# ---- what a step prints on its way
def mvn_dl(n: int) -> list[str]:
    out = []
    for i in range(n):
        p = f"org/lindell/{_n(i)}/{_v(i)}/{_n(i)}-{_v(i)}"
        out += [f"[INFO] Downloading from nexus: https://nexus.lindell.example/repository/public/{p}.jar",
                f"[INFO] Downloaded from nexus: https://nexus.lindell.example/repository/public/{p}.jar "
                f"({11 + i * 5} kB at {310 + i * 7} kB/s)"]
    return out


def sf_ok(n: int, pkg: str = "org.lindell.quarry") -> list[str]:
    out = []
    for i in range(n):
        c = f"{pkg}.{_n(i).title()}Test"
        out += [f"[INFO] Running {c}", f"[INFO] Tests run: {3 + i % 5}, Failures: 0, Errors: 0, Skipped: 0, "
                f"Time elapsed: {0.2 + i / 9:.3f} s -- in {c}"]
    return out


def gradle_tasks(n: int, mod: str = "engine") -> list[str]:
    t = ["compileJava", "processResources", "classes", "compileTestJava", "processTestResources", "testClasses", "jar"]
    return [f"> Task :{mod}:{t[i % len(t)]}{' UP-TO-DATE' if i % 4 == 2 else ''}" for i in range(n)]


def go_dl(n: int) -> list[str]:
    return [f"go: downloading go.lindell.example/{_n(i)} v{_v(i)}" for i in range(n)]


def go_ok(n: int, mod: str = "go.lindell.example/quarry") -> list[str]:
    return [f"ok  \t{mod}/internal/{_n(i)}\t{0.05 + (i * 13) % 70 / 100:.3f}s" for i in range(n)]


def cargo_c(n: int) -> list[str]:
    return [f"   Compiling {_n(i)} v0.{i % 7}.{(i * 3) % 10}" for i in range(n)]


def cmake_cfg(n: int) -> list[str]:
    return (["-- The C compiler identification is GNU 13.2.0", "-- The CXX compiler identification is GNU 13.2.0",
             "-- Detecting C compiler ABI info", "-- Detecting C compiler ABI info - done"]
            + [f"-- Looking for {_n(i)}_h" if i % 2 else f"-- Found {_n(i).title()}: /usr/lib/x86_64-linux-gnu/lib"
               f"{_n(i)}.so (found version \"{_v(i)}\")" for i in range(n)])


def composer(n: int) -> list[str]:
    return (["Loading composer repositories with package information", "Updating dependencies",
             f"Lock file operations: {n} installs, 0 updates, 0 removals"]
            + [f"  - Locking lindell/{_n(i)} (v{_v(i)})" for i in range(n)])


pip = partial(pip_install, name=_n, version=_v, fetched="Using cached", kb=(14, 3), installed=False)


def npm_ok(n: int) -> list[str]:
    return [f"npm http fetch GET 200 https://npm.lindell.example/{_n(i)} {30 + i * 4}ms (cache revalidated)"
            for i in range(n)]


def jvm_frames(frames: list[str]) -> list[str]:
    return [f"\tat {f}" for f in frames]


_REMOTING_READ = ["java.base/java.io.ObjectInputStream$PeekInputStream.readFully(ObjectInputStream.java:2906)",
                  "java.base/java.io.ObjectInputStream$BlockDataInputStream.readShort(ObjectInputStream.java:3401)",
                  "java.base/java.io.ObjectInputStream.readStreamHeader(ObjectInputStream.java:936)",
                  "java.base/java.io.ObjectInputStream.<init>(ObjectInputStream.java:379)",
                  "hudson.remoting.ObjectInputStreamEx.<init>(ObjectInputStreamEx.java:50)",
                  "hudson.remoting.Command.readFrom(Command.java:141)",
                  "hudson.remoting.Command.readFrom(Command.java:127)",
                  "hudson.remoting.AbstractSynchronousByteArrayCommandTransport.read("
                  "AbstractSynchronousByteArrayCommandTransport.java:35)",
                  "hudson.remoting.SynchronousCommandTransport$ReaderThread.run(SynchronousCommandTransport.java:62)"]


# ---- CI frames (tests/frames.py)
gh = Frame(["Current runner version: '2.322.0'", "Runner name: 'lindell-hosted-7'", "Operating System", "  Ubuntu",
            "  22.04.5", "Complete job name: test", "##[group]Run actions/checkout@v4", "with:",
            "  repository: lindell/quarry", "##[endgroup]"],
           tail=[GH_EXIT], clock=Clock("2026-12-05T21", 14, 1100000, 4321))


_GL_HEAD = ["Running with gitlab-runner 17.7.1 (9d2e4f1a)", "  on lindell-k8s-runner xk29QmLp, system ID: r_4f7a91c0b2e3",
            "Preparing the \"kubernetes\" executor", "Using Kubernetes namespace: ci-jobs",
            "Using Kubernetes executor with image registry.lindell.example/ci/build:2026.11 ...",
            "Using attach strategy to execute scripts..."]

gl = GitLab(_GL_HEAD, status="ERROR: Job failed: command terminated with exit code 1",
            script=["Preparing environment",
                    "Running on runner-xk29qmlp-project-77-concurrent-3-w2k4 via lindell-k8s-runner...",
                    "Getting source from Git repository", "Fetching changes with git depth set to 50...",
                    "Checking out 7c1e0d9a as detached HEAD (ref is main)...",
                    "Executing \"step_script\" stage of the job script"])


_JK_HEAD = ["Started by user Mira Okafor", "Obtained Jenkinsfile from git https://scm.lindell.example/quarry.git",
            "[Pipeline] Start of Pipeline", "[Pipeline] node"]

jk = Frame(_JK_HEAD, node=["Running on build-linux-04 in /srv/jenkins/workspace/quarry_PR-212", "[Pipeline] {",
                           "[Pipeline] stage", "[Pipeline] { (Test)", "[Pipeline] sh"])


travis = Travis(["travis_fold:start:worker_info", "Worker information", "hostname: 71ab-lindell-worker-3",
                 "travis_fold:end:worker_info",
                 "$ git clone --depth=50 https://github.com/lindell/quarry.git lindell/quarry"])

az = Azure(["##[section]Starting: Initialize job", "Agent name: 'lindell-vmss-11'",
            "##[section]Finishing: Initialize job"],
           script=["========================== Starting Command Output ===========================",
                   "[command]/usr/bin/bash --noprofile --norc /home/vsts/work/_temp/9c2d.sh"])

bk = Frame(["~~~ Preparing working directory", "$ cd /var/lib/buildkite-agent/builds/lindell-2/lindell/quarry",
            "$ git checkout -f 7c1e0d9a4b3f2e1d0c9b8a7f6e5d4c3b2a1f0e9d", "~~~ Running commands"], tail=[BK_EXIT])

circle = Circle()

tekton = Tekton("step-run")

drone = Frame(["+ git init", "+ git fetch origin +refs/heads/main:", "+ git checkout 7c1e0d9a -b main"],
              tail=[DRONE_EXIT])


CASES: list[tuple[str, str, str]] = []


def case(cid: str, expected: str, log: str) -> None:
    CASES.append((cid, expected, log))


# ==== Jenkins: the remoting channel read to its end

_JK_FATAL_EOF = ["FATAL: command execution failed", "java.io.EOFException"] + jvm_frames(_REMOTING_READ) + [
    "Caused: java.io.IOException: Unexpected termination of the channel"] + jvm_frames(
    ["hudson.remoting.SynchronousCommandTransport$ReaderThread.run(SynchronousCommandTransport.java:80)"]) + [
    "Caused: hudson.remoting.ChannelClosedException: Channel \"hudson.remoting.Channel@5e1a2b3c:build-linux-04\": "
    "Remote call on build-linux-04 failed. The channel is closing down or has closed down"]

# -- the channel dropped mid-build: the agent lost (transient)
case("jk_remoting_eof_mid_build", "transient", jk(
    ["+ ./mvnw -B -ntp verify"] + mvn_dl(5) + sf_ok(6)[:9], tail=_JK_FATAL_EOF + [
        "Agent build-linux-04 was deleted; cancelling node body", "[Pipeline] }", "[Pipeline] // node",
        "[Pipeline] End of Pipeline", "Finished: FAILURE"]))

# -- "Also:" form, the NIO layer's closed channel
case("jk_remoting_closed_channel_also", "transient", jk(
    ["+ ./gradlew --no-daemon check"] + gradle_tasks(9),
    tail=["ERROR: Connection was broken", "Also:   java.nio.channels.ClosedChannelException"] + jvm_frames(
        ["org.jenkinsci.remoting.protocol.impl.ChannelApplicationLayer.onReadClosed(ChannelApplicationLayer.java:215)",
         "org.jenkinsci.remoting.protocol.ApplicationLayer.onRecvClosed(ApplicationLayer.java:221)",
         "org.jenkinsci.remoting.protocol.ProtocolStack$Ptr.onRecvClosed(ProtocolStack.java:816)"]) + [
        "java.io.IOException: Backing channel 'build-linux-04' is disconnected."] + jvm_frames(
        ["hudson.remoting.RemoteInvocationHandler.channelOrFail(RemoteInvocationHandler.java:227)",
         "hudson.remoting.RemoteInvocationHandler.invoke(RemoteInvocationHandler.java:305)"]) + [
        "[Pipeline] }", "[Pipeline] // node", "[Pipeline] End of Pipeline", "Finished: FAILURE"]))

# -- the build had already failed (a test's assertion and Maven's BUILD FAILURE), the channel dropped as the step ended
case("jk_remoting_eof_after_maven_test_failure", "not_transient", jk(
    ["+ ./mvnw -B -ntp verify"] + mvn_dl(3) + sf_ok(4) + [
        "[INFO] Running org.lindell.quarry.LedgerTest",
        "[ERROR] Tests run: 7, Failures: 1, Errors: 0, Skipped: 0, Time elapsed: 0.418 s <<< FAILURE! -- in "
        "org.lindell.quarry.LedgerTest",
        "[ERROR] org.lindell.quarry.LedgerTest.balanceAfterRefund -- Time elapsed: 0.021 s <<< FAILURE!",
        "org.opentest4j.AssertionFailedError: expected: <140> but was: <150>",
        "[INFO] ", "[INFO] Results:", "[INFO] ", "[ERROR] Failures: ",
        "[ERROR]   LedgerTest.balanceAfterRefund:88 expected: <140> but was: <150>",
        "[ERROR] Tests run: 19, Failures: 1, Errors: 0, Skipped: 0",
        "[INFO] BUILD FAILURE",
        "[ERROR] Failed to execute goal org.apache.maven.plugins:maven-surefire-plugin:3.5.2:test (default-test) on "
        "project quarry-core: There are test failures."], tail=_JK_FATAL_EOF + [
        "[Pipeline] }", "[Pipeline] // node", "[Pipeline] End of Pipeline", "Finished: FAILURE"]))

# -- a Go test failure, then the channel dropped while the post step archived
case("jk_remoting_eof_in_post_after_go_test_failure", "not_transient", jk(
    ["+ go test ./..."] + go_ok(5) + [
        "--- FAIL: TestQuoteRounding (0.00s)", "    quote_test.go:41: got 10.05, want 10.1",
        "FAIL", "FAIL\tgo.lindell.example/quarry/internal/quote\t0.114s", "FAIL",
        "script returned exit code 1", "[Pipeline] }", "[Pipeline] // stage", "[Pipeline] stage",
        "[Pipeline] { (Declarative: Post Actions)", "[Pipeline] junit", "Recording test results"],
    tail=["Also:   java.io.EOFException"] + jvm_frames(_REMOTING_READ[4:]) + [
        "[Pipeline] }", "[Pipeline] // node", "[Pipeline] End of Pipeline", "ERROR: script returned exit code 1",
        "Finished: FAILURE"]))

# -- the agent ran out of memory under the build's own forks (Gradle with maxParallelForks): a test's heap error, then
# the channel dropped
case("jk_gradle_heap_then_remoting_eof", "not_transient", jk(
    ["+ ./gradlew --no-daemon -PmaxParallelForks=8 test"] + gradle_tasks(7) + [
        "> Task :engine:test", "", "QuarryIndexTest > buildsLargeIndex() FAILED",
        "    java.lang.OutOfMemoryError: Java heap space", "        at org.lindell.quarry.Index.grow(Index.java:212)",
        "", "41 tests completed, 1 failed"], tail=_JK_FATAL_EOF + ["Finished: FAILURE"]))

# -- EOF in the project's own reader (its frames first), carried through remoting's UserRequest only
case("near_jk_eof_in_project_code", "not_transient", jk(
    ["+ java -jar tools/replay.jar fixtures/ledger.bin", "Exception in thread \"main\" java.io.EOFException"]
    + jvm_frames(["java.base/java.io.DataInputStream.readFully(DataInputStream.java:210)",
                  "org.lindell.quarry.tools.Replay.readRecord(Replay.java:64)",
                  "org.lindell.quarry.tools.Replay.main(Replay.java:31)"]) + ["script returned exit code 1"],
    tail=["[Pipeline] }", "[Pipeline] // node", "[Pipeline] End of Pipeline", "ERROR: script returned exit code 1",
          "Finished: FAILURE"]))

# ==== Jenkins: the queue's wait
_WAIT = ["[Pipeline] node", "Still waiting to schedule task"]

case("jk_queue_label_nodes_offline_timeout", "transient", jk(
    ["[Pipeline] timeout", "Timeout set to expire in 30 min"] + _WAIT + ["All nodes of label ‘arm64-builder’ are offline",
     "Cancelling nested steps due to timeout", "[Pipeline] // node", "[Pipeline] }", "[Pipeline] // timeout",
     "[Pipeline] End of Pipeline", "Timeout has been exceeded"], tail=["Finished: ABORTED"], node=False))

case("jk_queue_single_node_offline", "transient", jk(
    ["[Pipeline] stage", "[Pipeline] { (Package)"] + _WAIT + ["‘mac-mini-03’ is offline",
     "Aborted by Mira Okafor", "[Pipeline] // node", "[Pipeline] }", "[Pipeline] // stage",
     "[Pipeline] End of Pipeline"], tail=["Finished: ABORTED"], node=False))

# -- a label no node carries (a typo in the Jenkinsfile): real
case("jk_queue_label_misspelled_no_nodes", "not_transient", jk(
    ["[Pipeline] stage", "[Pipeline] { (Build)"] + _WAIT + ["There are no nodes with the label ‘linx-docker’",
     "Aborted by Mira Okafor", "[Pipeline] // node", "[Pipeline] }", "[Pipeline] // stage",
     "[Pipeline] End of Pipeline"], tail=["Finished: ABORTED"], node=False))


# ==== libcurl's "Failed sending HTTP request"

# -- git over https, GitHub Actions
case("gh_git_fetch_curl_send_failed", "transient", gh(
    ["##[group]Run git submodule update --init --recursive", "##[endgroup]",
     "Submodule 'vendor/geodata' (https://github.com/lindell/geodata.git) registered for path 'vendor/geodata'",
     "Cloning into '/home/runner/work/quarry/quarry/vendor/geodata'...",
     "fatal: unable to access 'https://github.com/lindell/geodata.git/': Failed sending HTTP request",
     "fatal: clone of 'https://github.com/lindell/geodata.git' into submodule path "
     "'/home/runner/work/quarry/quarry/vendor/geodata' failed",
     "Failed to clone 'vendor/geodata'. Retry scheduled",
     "Cloning into '/home/runner/work/quarry/quarry/vendor/geodata'...",
     "fatal: unable to access 'https://github.com/lindell/geodata.git/': Failed sending HTTP request",
     "fatal: clone of 'https://github.com/lindell/geodata.git' into submodule path "
     "'/home/runner/work/quarry/quarry/vendor/geodata' failed", "Failed to clone 'vendor/geodata' a second time, aborting"]))

# -- git's own relay of curl's code in a push or fetch ("RPC failed; curl 55 ..."), GitLab
case("gl_git_rpc_failed_curl55_send_request", "transient", gl(
    ["$ git fetch --tags https://ci-bot:[MASKED]@scm.lindell.example/platform/quarry.git",
     "error: RPC failed; curl 55 Failed sending HTTP request",
     "fatal: expected flush after ref listing"]))

# -- PHP: Guzzle under Composer's script, Buildkite
case("bk_guzzle_curl55_send_request", "transient", bk(
    ["$ composer install --no-interaction --prefer-dist"] + composer(6) + [
     "Writing lock file", "Generating optimized autoload files", "> php bin/console cache:warmup",
     "", "In CurlFactory.php line 276:", "",
     "  cURL error 55: Failed sending HTTP request (see https://curl.haxx.se/libcurl/c/libcurl-errors.html) for "
     "https://registry.lindell.example/api/schemas/v3", "",
     "Script php bin/console cache:warmup handling the post-install-cmd event returned with error code 1"]))

# -- R: curl_fetch_memory under R CMD check, GitHub Actions
case("gh_r_curl_fetch_memory_send_failed", "transient", gh(
    ["##[group]Run rcmdcheck::rcmdcheck(args = '--no-manual', error_on = 'error')", "##[endgroup]",
     "── R CMD check ─────────────────────────────────────────────────────────",
     "* checking examples ... ERROR", "Running examples in ‘quarryr-Ex.R’ failed",
     "The error most likely occurred in:", "", "> ### Name: fetch_sites", "> ### Title: Fetch the site list",
     "> sites <- fetch_sites(\"https://api.lindell.example/v1/sites\")",
     "Error in curl::curl_fetch_memory(url, handle = handle) : ", "  Failed sending HTTP request",
     "Calls: fetch_sites -> <Anonymous> -> <Anonymous>", "Execution halted",
     "Error: R CMD check found ERRORs"], tail=["##[error]Error: R CMD check found ERRORs",
                                              "##[error]Process completed with exit code 1."]))

# -- cargo's own relay of curl's code ("[55] ..."), Azure Pipelines
case("az_cargo_fetch_curl55_send_request", "transient", az(
    "cargo build", ["    Updating crates.io index", "  Downloaded " + _n(3) + " v0.4.1",
                    "error: failed to download from `https://static.crates.io/crates/" + _n(4) + "/0.9.2/download`",
                    "", "Caused by:", "  [55] Failed sending HTTP request"] + cargo_c(0) + ["", "", "", ""]))

# -- Julia's Pkg (Downloads.jl over libcurl: "RequestError: <curl's message> while requesting <url>"), Buildkite
case("bk_julia_pkg_request_error_send_failed", "transient", bk(
    ["$ julia --project -e 'using Pkg; Pkg.instantiate()'", "  Installing known registries into `~/.julia`",
     "ERROR: LoadError: RequestError: Failed sending HTTP request while requesting "
     "https://pkg.julialang.org/registries", "Stacktrace:",
     "  [1] (::Downloads.var\"#9#18\"{IOStream, Base.DevNull})(easy::Downloads.Curl.Easy)",
     "    @ Downloads ~/.julia/juliaup/julia-1.11.2/share/julia/stdlib/v1.11/Downloads/src/Downloads.jl:451",
     "  [2] with_handle(f::Downloads.var\"#9#18\", handle::Downloads.Curl.Easy)",
     "in expression starting at none:1"]))

# -- pycurl's error tuple, Tekton
case("tekton_pycurl_error_55_send_failed", "transient", tekton("ingest-sync", [
    "+ python -m quarry.sync --source https://feeds.lindell.example/v2/daily", "2026-12-05 21:40:11,203 INFO quarry.sync: "
    "fetching 14 feeds", "Traceback (most recent call last):",
    '  File "/app/quarry/sync.py", line 88, in fetch', "    c.perform()",
    "pycurl.error: (55, 'Failed sending HTTP request')", "",
    "During handling of the above exception, another exception occurred:", "",
    "quarry.sync.FetchError: feed daily-west could not be fetched"]))

# -- curl in a readiness loop against the job's own service on the loopback: the service never serves (the same on
# every run)
case("circle_curl55_loopback_service_never_ready", "not_transient", circle(
    "./scripts/wait-for-api.sh", ["+ docker compose up -d api", " Container quarry-db-1  Running",
                                  " Container quarry-api-1  Started"]
    + [f"attempt {i}/8: curl: (55) Failed sending HTTP request" for i in range(1, 9)]
    + ["api on http://127.0.0.1:8080 did not answer after 8 attempts", "+ docker compose logs api",
       "quarry-api-1  | panic: config: missing QUARRY_SIGNING_KEY", "quarry-api-1  | goroutine 1 [running]:"]))

# -- the same loop, curl's line on its own (curl -sS in a for loop), Drone
case("drone_curl55_localhost_loop_then_gave_up", "not_transient", drone(
    ["+ ./bin/quarry-server --config ci/server.toml &", "+ for i in $(seq 1 6); do curl -sS -X POST "
     "http://localhost:9400/v1/ping && break; sleep 5; done"]
    + ["curl: (55) Failed sending HTTP request"] * 6
    + ["+ echo 'server did not come up'", "server did not come up", "+ exit 1"]))

# -- Travis: a program's own "failed sending HTTP request to <service>: 401" (its own cause): near-miss, not curl's
case("near_travis_own_failed_sending_http_request_with_cause", "not_transient", travis(
    "bin/notify-release", ["Loaded 3 release targets", "notifying hooks.lindell.example",
                           "ERROR failed sending HTTP request to hooks.lindell.example: 401 Unauthorized",
                           "release notification failed"]))


# ==== one allocation of ten gigabytes or more; Go's and .NET's runtime out of memory

# -- PHP: a size computed wrong (an unsigned wrap), GitHub Actions
case("gh_php_out_of_memory_tried_huge", "real", gh(
    ["##[group]Run vendor/bin/phpunit --testsuite unit", "##[endgroup]", "PHPUnit 11.4.3 by Sebastian Bergmann and "
     "contributors.", "", "Runtime:       PHP 8.3.14", "Configuration: /home/runner/work/quarry/quarry/phpunit.xml", "",
     "...............................................................  63 / 212 ( 29%)",
     "........................", "PHP Fatal error:  Out of memory (allocated 6291456) (tried to allocate "
     "18446744073709551600 bytes) in /home/runner/work/quarry/quarry/src/Codec/Varint.php on line 57",
     "Fatal error: Out of memory (allocated 6291456) (tried to allocate 18446744073709551600 bytes) in "
     "/home/runner/work/quarry/quarry/src/Codec/Varint.php on line 57"]))

# -- Rust: a test asking for 64 GiB, nextest under GitLab
case("gl_rust_memory_allocation_64g_failed", "real", gl(
    ["$ cargo nextest run --workspace"] + cargo_c(6) + ["    Finished `test` profile [unoptimized + debuginfo] "
     "target(s) in 41.22s", "    Starting 88 tests across 6 binaries",
     "        PASS [   0.012s] quarry-core ledger::tests::opens", "        PASS [   0.019s] quarry-core ledger::tests::closes",
     "     SIGABRT [   0.204s] quarry-core index::tests::reserve_for_all_rows",
     "--- STDERR:              quarry-core index::tests::reserve_for_all_rows ---",
     "memory allocation of 68719476736 bytes failed", "",
     "     Summary [   2.318s] 88 tests run: 87 passed, 1 failed, 0 skipped",
     "     SIGABRT [   0.204s] quarry-core index::tests::reserve_for_all_rows", "error: test run failed"]))

# -- NumPy: an array of the wrong shape, CircleCI
case("circle_numpy_unable_to_allocate_74gib", "real", circle(
    "python -m pytest tests/", ["============================= test session starts ==============================",
     "platform linux -- Python 3.12.8, pytest-8.3.4, pluggy-1.5.0", "collected 64 items", "",
     "tests/test_grid.py ......F", "", "=================================== FAILURES ===================================",
     "_______________________________ test_dense_grid ________________________________", "",
     "    def test_dense_grid():", ">       g = dense_grid(100_000, 100_000)", "",
     "tests/test_grid.py:33: ", "_ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ _ ",
     "E       numpy._core._exceptions._ArrayMemoryError: Unable to allocate 74.5 GiB for an array with shape "
     "(100000, 100000) and data type float64", "",
     "quarry/grid.py:18: _ArrayMemoryError", "=========================== short test summary info ============================",
     "FAILED tests/test_grid.py::test_dense_grid - numpy._core._exceptions._ArrayMemoryError: Unable to allocate 74.5 "
     "GiB for an array with shape (100000, 100000) and data type float64", "========================= 1 failed, 63 passed in "
     "4.11s =========================="]))

# -- Go: one block of 2 GiB, Travis
case("travis_go_runtime_huge_block", "real", travis(
    "go test ./...", go_dl(3) + go_ok(4) + ["runtime: out of memory: cannot allocate 2147483648-byte block "
     "(12058624 in use)", "fatal error: out of memory", "", "goroutine 7 gp=0xc000007a40 m=4 mp=0xc000080008 [running]:",
     "runtime.throw({0x6a2e1f?, 0x0?})", "\t/usr/local/go/src/runtime/panic.go:1067 +0x48 fp=0xc00006ee18 sp=0xc00006ede8",
     "FAIL\tgo.lindell.example/quarry/internal/pack\t0.091s", "FAIL"]))

# -- Go: a small block the machine would not give (a shared runner under load): not real
case("gh_go_runtime_oom_small_block", "not_real", gh(
    ["##[group]Run go test -race ./...", "##[endgroup]"] + go_dl(4) + go_ok(6) + [
     "runtime: out of memory: cannot allocate 4194304-byte block (3892314112 in use)", "fatal error: out of memory", "",
     "goroutine 211 gp=0xc000603dc0 m=9 mp=0xc000580808 [running]:", "runtime.throw({0x9b1c2a?, 0x0?})",
     "FAIL\tgo.lindell.example/quarry/internal/replay\t38.114s", "FAIL"]))

# -- Go: the runtime's older line, the linker on a busy Buildkite agent
case("bk_go_fatal_error_runtime_out_of_memory_link", "not_real", bk(
    ["$ go build -o bin/quarry ./cmd/quarry"] + go_dl(5) + [
     "# go.lindell.example/quarry/cmd/quarry", "fatal error: runtime: out of memory", "",
     "runtime stack:", "runtime.throw({0x77e3a1?, 0x0?})", "\t/usr/local/go/src/runtime/panic.go:1067 +0x48"]))

# -- .NET: msbuild's node out of memory on a hosted agent, Azure Pipelines
case("az_dotnet_out_of_memory_build_node", "not_real", az(
    "dotnet build", ["  Determining projects to restore...", "  Restored /src/Quarry.Core/Quarry.Core.csproj (in 812 ms).",
                     "  Restored /src/Quarry.Api/Quarry.Api.csproj (in 901 ms).",
                     "  Quarry.Core -> /src/Quarry.Core/bin/Release/net9.0/Quarry.Core.dll",
                     "MSBUILD : error MSB4166: Child node \"3\" exited prematurely. Shutting down. Diagnostic information "
                     "may be found in files in \"/tmp/MSBuildTempvsts/\" and will be named MSBuild_*.failure.txt.",
                     "Unhandled exception. System.OutOfMemoryException: Insufficient memory to continue the execution "
                     "of the program.", "   at System.Text.StringBuilder.ExpandByABlock(Int32 minBlockCharCount)",
                     "   at Microsoft.Build.Execution.BuildManager.Build()", "", "Build FAILED."]))

# -- .NET: a test's own allocation reported for one test (dotnet test): real
case("gh_dotnet_test_out_of_memory_one_test", "not_transient", gh(
    ["##[group]Run dotnet test --no-build", "##[endgroup]", "Test run for /src/Quarry.Tests/bin/Release/net9.0/"
     "Quarry.Tests.dll (.NETCoreApp,Version=v9.0)", "A total of 1 test files matched the specified pattern.",
     "  Failed Quarry.Tests.PackTests.PacksAllRows [412 ms]", "  Error Message:",
     "   System.OutOfMemoryException : Exception of type 'System.OutOfMemoryException' was thrown.", "  Stack Trace:",
     "     at Quarry.Pack.Packer.Grow(Int32 rows) in /src/Quarry/Pack/Packer.cs:line 88",
     "     at Quarry.Tests.PackTests.PacksAllRows() in /src/Quarry.Tests/PackTests.cs:line 31", "",
     "Failed!  - Failed:     1, Passed:   211, Skipped:     0, Total:   212, Duration: 9 s - Quarry.Tests.dll (net9.0)"]))

# -- Rust: rustc itself asking a few MB on a shared runner (compiler-or-linker-oom): not real
case("gh_rustc_memory_allocation_small_failed", "not_real", gh(
    ["##[group]Run cargo build --release", "##[endgroup]"] + cargo_c(9) + [
     "memory allocation of 8388608 bytes failed",
     "error: could not compile `quarry-index` (lib)", "", "Caused by:",
     "  process didn't exit successfully: `/home/runner/.rustup/toolchains/stable-x86_64-unknown-linux-gnu/bin/rustc "
     "--crate-name quarry_index --edition=2021 src/lib.rs` (signal: 6, SIGABRT: process abort signal)"]))

# -- NumPy under 10 GiB (a busy runner's few GiB): not surely real
case("gh_numpy_unable_to_allocate_3gib", "not_real", gh(
    ["##[group]Run pytest -q tests/", "##[endgroup]", "........................................F",
     "=================================== FAILURES ===================================",
     "________________________________ test_mosaic _________________________________",
     "E       numpy._core._exceptions._ArrayMemoryError: Unable to allocate 3.00 GiB for an array with shape "
     "(20000, 20000) and data type float64", "quarry/mosaic.py:41: _ArrayMemoryError",
     "=========================== short test summary info ============================",
     "FAILED tests/test_mosaic.py::test_mosaic - numpy._core._exceptions._ArrayMemoryError: Unable to allocate 3.00 GiB",
     "1 failed, 40 passed in 22.70s"]))

# -- NumPy's TiB with a plain "numpy.core" module path (older NumPy), Jenkins
case("jk_numpy_unable_to_allocate_tib", "real", jk(
    ["+ python -m quarry.bench --rows 1e7", "Traceback (most recent call last):",
     '  File "/srv/jenkins/workspace/quarry_PR-212/quarry/bench.py", line 40, in <module>',
     "    m = np.zeros((rows, rows), dtype=np.float32)",
     "numpy.core._exceptions._ArrayMemoryError: Unable to allocate 364. TiB for an array with shape (10000000, "
     "10000000) and data type float32", "script returned exit code 1"],
    tail=["[Pipeline] }", "[Pipeline] // node", "[Pipeline] End of Pipeline", "ERROR: script returned exit code 1",
          "Finished: FAILURE"]))

# -- the kernel's OOM kill on a shared GitLab runner, quoted with the build's lines (exit 137): not real
case("gl_oom_killed_137_on_shared_runner", "not_real", gl(
    ["$ ./gradlew --no-daemon test"] + gradle_tasks(8) + ["> Task :engine:test",
     "ERROR: Job failed: command terminated with exit code 137"][:-1],
    status="ERROR: Job failed: command terminated with exit code 137"))


# ==== GitLab Runner: Kubernetes quotas

def _quota(req: str, used: str, lim: str, obj: str = 'pods "runner-xk29qmlp-project-77-concurrent-3-w2k4"') -> str:
    return gl(["Using FF_USE_POD_ACTIVE_DEADLINE_SECONDS, the Pod activeDeadlineSeconds will be set to the job timeout: "
               "1h0m0s...", "Preparing environment", "Using Kubernetes namespace: ci-jobs",
               "Creating build pod with 3 containers (build, helper, svc-0)..."], script=False,
              status=f"ERROR: Job failed (system failure): prepare environment: setting up build pod: {obj} is forbidden: "
                     f"exceeded quota: ci-jobs-quota, requested: {req}, used: {used}, limited: {lim}. Check "
                     "https://docs.gitlab.com/runner/shells/index.html#shell-profile-loading for more information")


case("gl_quota_limits_memory_busy", "transient", _quota("limits.memory=6Gi", "limits.memory=60Gi", "limits.memory=64Gi"))
case("gl_quota_pods_count_busy", "transient", _quota("pods=1", "pods=40", "pods=40"))
case("gl_quota_count_pods_busy", "transient", _quota("count/pods=1", "count/pods=40", "count/pods=40"))
case("gl_quota_ephemeral_storage_busy", "transient", _quota("requests.ephemeral-storage=20Gi",
                                                            "requests.ephemeral-storage=190Gi",
                                                            "requests.ephemeral-storage=200Gi"))
case("gl_quota_secrets_full", "not_transient", _quota("secrets=1", "secrets=500", "secrets=500",
                                                       obj='secrets "runner-xk29qmlp-project-77-concurrent-3-w2k4-8fq2d"'))
case("gl_quota_configmaps_count_full", "not_transient", _quota(
    "count/configmaps=1", "count/configmaps=300", "count/configmaps=300",
    obj='configmaps "runner-xk29qmlp-project-77-concurrent-3-w2k4-scripts"'))
case("gl_quota_pvc_storage_full", "not_transient", _quota(
    "requests.storage=50Gi", "requests.storage=980Gi", "requests.storage=1Ti",
    obj='persistentvolumeclaims "runner-xk29qmlp-project-77-concurrent-3-w2k4-cache"'))


# ==== CMake's extraction, an Actions setup step's unpacking

def _ep(name: str, url: str, errs: list[str]) -> list[str]:
    d = f"/home/ci/quarry/build/_deps/{name}-subbuild/{name}-populate-prefix"
    return ([f"[1/9] Creating directories for '{name}-populate'", f"[2/9] Performing download step (download, verify and "
             f"extract) for '{name}-populate'", "-- Downloading...", f"   dst='{d}/src/{name}.tar.gz'", "   timeout='none'",
             "   inactivity timeout='none'", f"-- Using src='{url}'", "-- Downloading... done", "-- extracting...",
             f"     src='{d}/src/{name}.tar.gz'", f"     dst='/home/ci/quarry/build/_deps/{name}-src'",
             "-- extracting... [tar xfz]"] + errs + ["-- extracting... [error clean up]",
            f"CMake Error at {name}-subbuild/{name}-populate-prefix/src/{name}-populate-stamp/extract-{name}-populate.cmake:"
            "40 (message):", f"  Extract of '{d}/src/{name}.tar.gz' failed", "", "",
            f"FAILED: {name}-populate-prefix/src/{name}-populate-stamp/{name}-populate-download",
            "ninja: build stopped: subcommand failed.", "", "CMake Error at /usr/share/cmake-3.28/Modules/FetchContent.cmake:"
            "1679 (message):", f"  Build step for {name} failed: 1", "-- Configuring incomplete, errors occurred!"])


case("gh_cmake_fetchcontent_truncated_input", "not_real", gh(
    ["##[group]Run cmake -S . -B build -G Ninja", "##[endgroup]"] + cmake_cfg(6) + _ep(
        "zstdlite", "https://github.com/lindell/zstdlite/archive/refs/tags/v1.4.2.tar.gz",
        ["CMake Error: Problem with archive_read_next_header(): Truncated input file (needed 1536 bytes, only 512 "
         "available)", "CMake Error: Problem extracting tar: /home/ci/quarry/build/_deps/zstdlite-subbuild/"
         "zstdlite-populate-prefix/src/zstdlite.tar.gz"])))

# -- the same download is a page every time (a URL that serves HTML): never transient
case("gl_cmake_fetchcontent_unrecognized_format", "not_transient", gl(
    ["$ cmake -S . -B build -G Ninja"] + cmake_cfg(4) + _ep(
        "tilecodec", "https://files.lindell.example/mirror/tilecodec-2.1.tar.gz",
        ["CMake Error: Problem with archive_read_open_file(): Unrecognized archive format",
         "CMake Error: Problem extracting tar: /home/ci/quarry/build/_deps/tilecodec-subbuild/"
         "tilecodec-populate-prefix/src/tilecodec.tar.gz"])))

# -- cmake -E tar on a zip that ended early, libarchive's ZIP wording
case("circle_cmake_e_tar_zip_truncated", "not_real", circle(
    "./ci/fetch-sdk.sh", ["+ curl -fsSL -o /tmp/sdk.zip https://dl.lindell.example/sdk/quarry-sdk-4.2.zip",
                          "+ cmake -E tar xf /tmp/sdk.zip",
                          "CMake Error: Problem with archive_read_data_block(): Truncated ZIP file data",
                          "CMake Error: Problem extracting tar: /tmp/sdk.zip", "+ echo 'sdk extraction failed'",
                          "sdk extraction failed", "", "", ""]))

_SETUP_GO = ["##[group]Run actions/setup-go@v5", "with:", "  go-version: 1.23.4", "  check-latest: false",
             "  token: ***", "  cache: true", "##[endgroup]", "Setup go version spec 1.23.4",
             "Attempting to download 1.23.4...", "matching 1.23.4...",
             "Acquiring 1.23.4 from https://github.com/actions/go-versions/releases/download/1.23.4-12080309874/"
             "go-1.23.4-linux-x64.tar.gz", "Extracting Go..."]

case("gh_setup_go_tar_gzip_cut", "transient", gh(_SETUP_GO + [
    "/usr/bin/tar xz --warning=no-unknown-keyword --overwrite -C /home/runner/work/_temp/9d0b1f3e-5a2c-4e7d-8b61-"
    "2f4c9a7e0d13 -f /home/runner/work/_temp/c81e2a94-07bd-4f36-a5e0-6b9d3f12ce47",
    "", "gzip: stdin: unexpected end of file", "tar: Unexpected EOF in archive",
    "tar: Unexpected EOF in archive", "tar: Error is not recoverable: exiting now"],
    tail=["##[error]The process '/usr/bin/tar' failed with exit code 2"]))

# -- the same on macOS (bsdtar's own words for an archive that ended early)
case("gh_setup_go_bsdtar_truncated_macos", "transient", gh(_SETUP_GO + [
    "/usr/bin/tar xz -C /Users/runner/work/_temp/0b7d4a61-3c2e-4f98-9a1d-57e6c0b2f8a4 -f "
    "/Users/runner/work/_temp/e3f19c05-8d2a-4b67-b1c4-9a0e5d7f2b36",
    "tar: Truncated input file (needed 1049600 bytes, only 0 available)",
    "tar: Error exit delayed from previous errors."],
    tail=["##[error]The process '/usr/bin/tar' failed with exit code 1"]))

# -- setup-node's .tar.xz through xz (tar xJ)
case("gh_setup_node_tar_xz_cut", "transient", gh([
    "##[group]Run actions/setup-node@v4", "with:", "  node-version: 22.12.0", "##[endgroup]",
    "Attempting to download 22.12.0...", "Acquiring 22.12.0 - x64 from https://github.com/actions/node-versions/releases/"
    "download/22.12.0-12152386000/node-22.12.0-linux-x64.tar.gz", "Extracting ...",
    "/usr/bin/tar xz --strip 1 --warning=no-unknown-keyword --overwrite -C /home/runner/work/_temp/"
    "5f2e8c10-4a9b-4d3e-9f07-1c6b2a8e4d59 -f /home/runner/work/_temp/a7c3e9d1-62f0-4b8e-8d15-3e0f9b4c7a26",
    "", "gzip: stdin: unexpected end of file", "tar: Unexpected EOF in archive",
    "tar: Error is not recoverable: exiting now"], tail=["##[error]The process '/usr/bin/tar' failed with exit code 2"]))

# -- a self-hosted runner's own cache of a tool, corrupt in that cache (the same file every run): not transient
case("gh_selfhosted_cached_tool_tar_corrupt", "not_transient", gh([
    "##[group]Run ./ci/use-cached-protoc.sh", "##[endgroup]", "+ CACHE=/opt/ci-cache/tools",
    "+ test -f /opt/ci-cache/tools/protoc-29.1-linux-x86_64.tar.gz", "+ echo 'using cached protoc 29.1'",
    "using cached protoc 29.1", "+ tar xzf /opt/ci-cache/tools/protoc-29.1-linux-x86_64.tar.gz -C /home/runner/.local",
    "", "gzip: stdin: unexpected end of file", "tar: Unexpected EOF in archive",
    "tar: Error is not recoverable: exiting now"]))

# -- actions/cache's own restore of a cache archive that is broken: a warning, the job then failed on its own test
case("gh_cache_restore_tar_warning_then_test_failure", "not_transient", gh([
    "##[group]Run actions/cache@v4", "with:", "  path: ~/.cache/go-build", "  key: go-linux-8f1e2d", "##[endgroup]",
    "Received 188743680 of 188743680 (100.0%), 121.4 MBs/sec", "Cache Size: ~180 MB (188743680 B)",
    "/usr/bin/tar -xf /home/runner/work/_temp/1e4a7c92-0d3b-4f6e-8a25-c9b0d7e3f1a8/cache.tzst -P -C "
    "/home/runner/work/quarry/quarry --use-compress-program unzstd",
    "/*stdin*\\ : Read error (39) : premature end", "tar: Unexpected EOF in archive",
    "tar: Error is not recoverable: exiting now",
    "##[warning]Failed to restore: \"/usr/bin/tar\" failed with error: The process '/usr/bin/tar' failed with exit code 2",
    "##[group]Run go test ./...", "##[endgroup]"] + go_ok(3) + [
    "--- FAIL: TestTileBounds (0.00s)", "    tile_test.go:52: bounds = [0 0 255 255], want [0 0 256 256]",
    "FAIL", "FAIL\tgo.lindell.example/quarry/internal/tile\t0.021s", "FAIL"]))


# ==== other forms and prefixes of the same messages

# -- Jenkins' Timestamper before every line (the queue's wait)
case("jk_timestamper_queue_label_offline", "transient", J(
    f"[2026-12-05T21:{40 + i // 60:02d}:{i % 60:02d}.{100 + i * 7:03d}Z] {ln}" for i, ln in enumerate(
        _JK_HEAD[:3] + ["[Pipeline] timeout", "Timeout set to expire in 2 hr 0 min"] + _WAIT
        + ["All nodes of label ‘gpu-a100’ are offline", "Cancelling nested steps due to timeout",
           "[Pipeline] // node", "[Pipeline] // timeout", "[Pipeline] End of Pipeline", "Timeout has been exceeded",
           "Finished: ABORTED"])))

# -- Jenkins' Timestamper before the remoting EOF and its frames
case("jk_timestamper_remoting_eof", "transient", J(
    f"[2026-12-05T22:{10 + i // 60:02d}:{i % 60:02d}.{200 + i * 3:03d}Z] {ln}" for i, ln in enumerate(
        _JK_HEAD + ["Running on build-linux-04 in /srv/jenkins/workspace/quarry_PR-212", "[Pipeline] {",
                    "[Pipeline] sh", "+ make -j8 all"] + [f"cc -O2 -c src/{_n(i)}.c -o build/{_n(i)}.o" for i in range(6)]
        + _JK_FATAL_EOF + ["[Pipeline] }", "[Pipeline] // node", "[Pipeline] End of Pipeline", "Finished: FAILURE"])))

# -- GitLab's timestamped job log (runner 17's "<time> <stream><flags> " before each line), curl's send failure
case("gl_timestamped_curl55_send_failed", "transient", J(
    f"2026-12-05T21:{20 + i // 60:02d}:{i % 60:02d}.{410000 + i * 1371:06d}Z 00O {ln}" for i, ln in enumerate(
        _GL_HEAD + ["Executing \"step_script\" stage of the job script",
                    "$ curl -fsS -o dist/schema.json https://schemas.lindell.example/quarry/v5/schema.json",
                    "curl: (55) Failed sending HTTP request", "Cleaning up project directory and file based variables",
                    "ERROR: Job failed: command terminated with exit code 55"])))

# -- Guzzle's PUT form under PHPUnit's error list, Travis
case("travis_guzzle_curl55_put_in_phpunit_error", "transient", travis(
    "vendor/bin/phpunit --testsuite integration", ["PHPUnit 11.4.3 by Sebastian Bergmann and contributors.", "",
     "..........E.....", "", "Time: 00:04.118, Memory: 24.00 MB", "", "There was 1 error:", "",
     "1) Lindell\\Quarry\\Tests\\UploadTest::testUploadsTile",
     "GuzzleHttp\\Exception\\ConnectException: cURL error 55: Failed sending HTTP PUT request (see "
     "https://curl.haxx.se/libcurl/c/libcurl-errors.html) for https://tiles.lindell.example/v1/upload/7",
     "", "/home/travis/build/lindell/quarry/vendor/guzzlehttp/guzzle/src/Handler/CurlFactory.php:276",
     "/home/travis/build/lindell/quarry/tests/UploadTest.php:41", "", "ERRORS!", "Tests: 16, Assertions: 42, Errors: 1."]))

# -- a Go test's own fake server: a test's got/want quoting curl's words (near-miss)
case("near_go_test_want_failed_sending", "not_transient", gh(
    ["##[group]Run go test ./...", "##[endgroup]"] + go_ok(4) + [
     "--- FAIL: TestCurlErrorText (0.00s)", "    curlerr_test.go:19: got \"send error\", want \"Failed sending HTTP "
     "request\"", "FAIL", "FAIL\tgo.lindell.example/quarry/internal/curlerr\t0.008s", "FAIL"]))

# -- rustc's allocation of 10 GiB in a proc macro gone wrong is still real (allocation-over-any-machine), Tekton
case("tekton_rust_memory_allocation_huge_in_build_script", "real", tekton("build", [
    "+ cargo build --locked"] + cargo_c(7) + [
    "error: failed to run custom build command for `quarry-tables v0.3.0 (/workspace/quarry/tables)`", "",
    "Caused by:", "  process didn't exit successfully: `/workspace/quarry/target/debug/build/quarry-tables-5d1c2b7e/"
    "build-script-build` (signal: 6, SIGABRT: process abort signal)", "  --- stderr",
    "  memory allocation of 137438953472 bytes failed"]))

# -- a GitLab runner's quota on services (a count that stays until deleted), with extra resources listed first
case("gl_quota_services_full_with_cpu_listed", "not_transient", _quota(
    "limits.cpu=1,services=1", "limits.cpu=10,services=50", "limits.cpu=64,services=50",
    obj='services "runner-xk29qmlp-project-77-concurrent-3-w2k4-svc"'))

# -- Jenkins: the kubernetes agent pod's container killed for memory (the build's own limit), then the channel closed
case("jk_k8s_agent_oomkilled_then_channel_closed", "not_transient", jk(
    ["+ ./gradlew --no-daemon -Dorg.gradle.jvmargs=-Xmx6g build"] + gradle_tasks(8),
    tail=["Container build was terminated (Exit Code: 137, Reason: OOMKilled)", "- jnlp -- running",
          "- build -- terminated (137)", "-----Logs-------------", "Also:   java.nio.channels.ClosedChannelException"]
    + jvm_frames(["org.jenkinsci.remoting.protocol.impl.ChannelApplicationLayer.onReadClosed("
                  "ChannelApplicationLayer.java:215)", "org.jenkinsci.remoting.protocol.ApplicationLayer.onRecvClosed("
                  "ApplicationLayer.java:221)"]) + ["Finished: FAILURE"]))

# -- bsdtar's truncated archive read from the repository's own fixture (no download in sight): near-miss, not transient
case("near_gh_macos_bsdtar_truncated_repo_fixture", "not_transient", gh(
    ["##[group]Run ./ci/unpack-fixtures.sh", "##[endgroup]", "+ mkdir -p build/fixtures",
     "+ tar xzf testdata/tiles-2026.tgz -C build/fixtures", "tar: Truncated input file (needed 523776 bytes, only 0 available)",
     "tar: Error exit delayed from previous errors.", "+ exit 1"]))

# -- a Gradle test that failed on a name lookup in its own report: the outage is that test's (near-miss, transient)
case("near_gh_gradle_test_failed_on_dns_in_own_report", "transient", gh(
    ["##[group]Run ./gradlew --no-daemon test", "##[endgroup]"] + gradle_tasks(6) + [
     "> Task :engine:test", "", "MirrorClientTest > fetchesIndex() FAILED",
     "    java.net.UnknownHostException: mirror.lindell.example: Temporary failure in name resolution",
     "        at java.base/java.net.InetAddress$CachedLookup.get(InetAddress.java:988)",
     "        at org.lindell.quarry.MirrorClient.fetchIndex(MirrorClient.java:57)", "",
     "37 tests completed, 1 failed", "", "> Task :engine:test FAILED", "", "FAILURE: Build failed with an exception."]))

# -- Gradle's task line alone (no test's report) above the remoting EOF: the agent lost mid-build (near-miss, transient)
case("near_jk_gradle_task_line_then_remoting_eof", "transient", jk(
    ["+ ./gradlew --no-daemon assemble"] + gradle_tasks(9) + ["> Task :engine:compileJava"],
    tail=_JK_FATAL_EOF + ["Finished: FAILURE"]))

# -- Jest's failed tests, then the channel dropped while the step wrote its report: the failure came first
case("jk_jest_failed_then_remoting_eof", "not_transient", jk(
    ["+ npm test -- --ci"] + npm_ok(3) + ["", "> quarry-web@3.2.0 test", "> jest --ci", "",
     "PASS src/map/tiles.test.ts", " FAIL  src/map/legend.test.ts", "  ● Legend › renders the scale bar", "",
     "    expect(received).toBe(expected) // Object.is equality", "", "    Expected: \"1 km\"", "    Received: \"1000 m\"",
     "", "Tests:       1 failed, 58 passed, 59 total"], tail=_JK_FATAL_EOF + ["Finished: FAILURE"]))

# -- Node's heap limit in a bundler on a shared Buildkite agent: not surely real
case("bk_node_heap_limit_in_bundler", "not_real", bk(
    ["$ npm run build", "", "> quarry-web@3.2.0 build", "> vite build", "",
     "vite v6.0.3 building for production...", "transforming (812) src/map/layers/index.ts", "",
     "<--- Last few GCs --->", "", "[2211:0x6a1c000]    91822 ms: Mark-Compact 2036.4 (2083.2) -> 2031.9 (2085.0) MB, "
     "1711.23 / 0.00 ms  (average mu = 0.101, current mu = 0.018) allocation failure; scavenge might not succeed", "",
     "FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory",
     " 1: 0xb8d0a3 node::OOMErrorHandler(char const*, v8::OOMDetails const&) [node]"]))

# -- .NET's default message for an OutOfMemoryException thrown in a build task: not surely real
case("az_dotnet_exception_of_type_oom_in_msbuild_task", "not_real", az(
    "dotnet publish", ["  Determining projects to restore...", "  All projects are up-to-date for restore.",
     "  Quarry.Core -> /src/Quarry.Core/bin/Release/net9.0/Quarry.Core.dll",
     "/usr/share/dotnet/sdk/9.0.101/Sdks/Microsoft.NET.ILLink.Tasks/build/Microsoft.NET.ILLink.targets(96,5): error "
     "MSB4018: The \"ILLink\" task failed unexpectedly.",
     "/usr/share/dotnet/sdk/9.0.101/Sdks/Microsoft.NET.ILLink.Tasks/build/Microsoft.NET.ILLink.targets(96,5): error "
     "MSB4018: System.OutOfMemoryException: Exception of type 'System.OutOfMemoryException' was thrown.",
     "   at System.Collections.Generic.List`1.AddWithResize(T item)"]))


# The cases still misread, each with why (a strict xfail: it passes once the reading changes).
LEFT: dict[str, str] = {
    "jk_gradle_heap_then_remoting_eof": (
        "LEFT: a test's heap error with an infrastructure loss right below it is read as the host's memory (review 18c's "
        "decision for the Gradle daemon killed under such a test, transient); the agent's channel dropped there is the "
        "same shape, and a build whose own forks exhaust the agent on every run is not told apart from one log"),
    "gh_r_curl_fetch_memory_send_failed": (
        "LEFT: R CMD check's frame (an example's 'Error in ...', 'Execution halted', 'R CMD check found ERRORs') "
        "outweighs any network cause of the example's error, a name lookup's as well as curl's send failure; reading "
        "the error's own cause under R's frame is a change to the R entries, not to this round's reading"),
    "drone_curl55_localhost_loop_then_gave_up": (
        "LEFT: a readiness loop's curl failures against the job's own loopback server read transient whatever curl's "
        "code ((7), (56) and now (55) alike: the app-readiness family's reading of a start still under way); telling a "
        "server that never comes up from one still starting needs the server's own output"),
    "gh_numpy_unable_to_allocate_3gib": (
        "LEFT: Python's MemoryError under ten GiB keeps its reading (real with the test's failure: often a size computed "
        "from the input), as dev34 decided; a few GiB a shared runner would not give is not told apart"),
    "jk_k8s_agent_oomkilled_then_channel_closed": (
        "LEFT: the kubernetes plugin's 'terminated (Exit Code: 137, Reason: OOMKilled)' reads as a kill for memory "
        "(transient by the catalogue); the pod's own limit set below the build's -Xmx is not in the log to say every run"),
}

_ALLOWED = {"transient": {"transient"}, "real": {"real"}, "not_transient": {"real", "unknown"},
            "not_real": {"transient", "unknown"}}


def test_case_ids_are_unique_and_logs_are_whole():
    """Every case has an id of its own, and every log is 10 to 150 lines."""
    assert_unique_ids(CASES)
    assert set(LEFT) <= {cid for cid, _, _ in CASES}
    assert len(CASES) >= 50
    assert all(10 <= len(log.splitlines()) <= 150 for _, _, log in CASES), [
        (cid, len(log.splitlines())) for cid, _, log in CASES if not 10 <= len(log.splitlines()) <= 150]


@pytest.mark.parametrize(("expected", "log"), [
    pytest.param(expected, log, id=cid,
                 marks=[pytest.mark.xfail(strict=True, reason=LEFT[cid])] if cid in LEFT else [])
    for cid, expected, log in CASES])
def test_review34_a(expected, log):
    v = judge(log)
    assert v.verdict in _ALLOWED[expected], (v.verdict, v.confidence, v.rationale)

# -- a Gradle test's assertion failed, then the channel dropped as the task went on: the failure came first
case("jk_gradle_assertion_failed_then_remoting_eof", "not_transient", jk(
    ["+ ./gradlew --no-daemon test"] + gradle_tasks(7) + [
        "> Task :engine:test", "", "LedgerMathTest > roundsHalfEven() FAILED",
        "    org.opentest4j.AssertionFailedError: expected: <2.5> but was: <2.6>",
        "        at org.lindell.quarry.LedgerMathTest.roundsHalfEven(LedgerMathTest.java:44)", "",
        "52 tests completed, 1 failed", ""], tail=_JK_FATAL_EOF + ["Finished: FAILURE"]))

# -- the queue's wait on a busy label (no node offline), ended by a person: the capacity's wait, not the change
case("jk_queue_label_busy_aborted", "transient", jk(
    ["[Pipeline] stage", "[Pipeline] { (Integration)"] + _WAIT + ["Waiting for next available executor on ‘linux-large’",
     "Aborted by Mira Okafor", "[Pipeline] // node", "[Pipeline] }", "[Pipeline] // stage",
     "[Pipeline] End of Pipeline"], tail=["Finished: ABORTED"], node=False))

# -- a node's name offline in some other tool's status table, no queue wait (near-miss, not the Jenkins queue)
case("near_gh_offline_node_in_cluster_status", "not_transient", gh(
    ["##[group]Run ./ci/check-cluster.sh", "##[endgroup]", "+ quarryctl nodes", "NODE         STATE",
     "‘tile-node-2’ is offline", "+ quarryctl verify --strict", "verify: 1 of 3 storage nodes unavailable; strict mode "
     "requires all", "+ exit 3"]))

# -- Go's runtime under a docker build's RUN, a small block (the machine's moment): not real
case("gl_docker_build_go_runtime_oom", "not_real", gl(
    ["$ docker build -t registry.lindell.example/quarry/api:7c1e0d9a .", "#12 [builder 5/7] RUN go build -o /out/api ./cmd/api",
     "#12 41.22 fatal error: runtime: out of memory", "#12 41.22 ", "#12 41.22 runtime stack:",
     "#12 41.23 runtime.throw({0x1b3e7c4?, 0x2000?})", "#12 ERROR: process \"/bin/sh -c go build -o /out/api ./cmd/api\" "
     "did not complete successfully: exit code: 2"]))
