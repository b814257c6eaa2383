"""Eighth round: a wait that gave up and the expectation it reports are one failure.

Every log here was written for the test (none is copied from a project's CI)."""

from __future__ import annotations

import pytest
from judging import judge, overall, reads_as, signatures
from shared_data import rebuilt_cases, shared_cases


def test_gomega_eventually_timing_out_is_one_failure_not_an_assertion_too():
    log = (
        "• Failure [245.310 seconds]\n"
        "[sig-storage] Volume snapshots\n"
        "/go/src/example.com/store/tests/snapshot_test.go:88\n"
        "  Timed out after 240.000s.\n"
        "  Expected an error to have occurred.  Got:\n"
        "      <nil>: nil\n"
        "  /go/src/example.com/store/tests/snapshot_test.go:131\n"
    )
    v = judge(log)
    assert {"test-timeout", "test-assertion"} <= signatures(v)
    assert v.verdict == "transient", v.rationale
    # the same expectation failing without the wait giving up is the change's doing
    assert judge(log.replace("  Timed out after 240.000s.\n", "")).verdict == "real"


def test_xctest_wait_and_assertion_naming_the_same_test_are_one_failure():
    filler = "".join(f"    step {i} done\n" for i in range(12))
    log = (
        "Storage_Tests.UploadTaskTestCase\n"
        "  testThatCancelledUploadFiresEveryLifecycleEvent, Asynchronous wait failed: Exceeded"
        " timeout of 5 seconds, with unfulfilled expectations: \"didCancel should fire\".\n"
        "  /Users/ci/build/Tests/UploadTests.swift:741\n"
        + filler +
        "  testThatCancelledUploadFiresEveryLifecycleEvent, XCTAssertEqual failed: (\"finished\") is not"
        " equal to (\"cancelled\")\n"
        "  /Users/ci/build/Tests/UploadTests.swift:744\n"
    )
    v = judge(log)
    assert v.verdict == "transient", v.rationale
    # an assertion in another test, far from the wait, is a second failure and still counts
    other = log.replace("testThatCancelledUploadFiresEveryLifecycleEvent, XCTAssertEqual",
                        "testThatResumedDownloadKeepsItsOffset, XCTAssertEqual")
    assert judge(other).verdict != "transient", judge(other).rationale


def test_a_test_comparing_network_errors_as_values_is_not_network_trouble():
    go = (
        "--- FAIL: TestDialErrorText (0.00s)\n"
        '    dial_test.go:20: err = "dial tcp: lookup nohost.invalid: no such host", want'
        ' "dial tcp 10.0.0.1:1: connect: connection refused"\n'
        "FAIL\n"
        "FAIL\texample.com/netx\t0.012s\n"
    )
    v = judge(go)
    assert v.verdict != "transient", v.rationale
    assert not {"dns-failure", "connection-refused"} & signatures(v)
    junit = (
        "RetryPolicyTest > classifiesResets FAILED\n"
        "    org.opentest4j.AssertionFailedError: expected: <RETRY> but was: <FAIL> for"
        " java.net.SocketException: Connection reset\n"
    )
    assert judge(junit).verdict != "transient", judge(junit).rationale


def test_network_trouble_the_test_ran_into_still_counts():
    log = (
        "--- FAIL: TestStoreMigrations (0.02s)\n"
        "    store_test.go:41:\n"
        "        \tError Trace:\tstore_test.go:41\n"
        "        \tError:      \tReceived unexpected error:\n"
        "        \t            \tdial tcp 127.0.0.1:5432: connect: connection refused\n"
        "FAIL\n"
    )
    v = judge(log)
    assert v.verdict == "transient", v.rationale
    assert "connection-refused" in signatures(v)


def test_a_go_test_wanting_no_error_and_getting_network_trouble_ran_into_it():
    compared = (
        "--- FAIL: TestMirrorFetch (3.00s)\n"
        '    fetch_test.go:57: Fetch() err = "read tcp 10.1.0.4:51234->140.82.112.3:443: read: connection'
        ' reset by peer", want "unexpected EOF"\n'
        "FAIL\n"
    )
    v = judge(compared)
    assert "connection-reset" not in signatures(v) and v.verdict != "transient", v.rationale
    ran_into = compared.replace('want "unexpected EOF"', "want nil")
    reads_as(ran_into, "transient", "connection-reset")


# --- the eighth round's LogChunks set (third-party logs in ../shared; ids in docs/heldout-sources.jsonl) ---

def test_the_eighth_logchunks_set_keeps_its_figures():
    """final12's LogChunks part: 120 logs no earlier set used (26 transient, 94 real), labelled blind to the
    engine and rebuilt by scripts/rebuild_heldout.py. Measured once: 0.778 / 0.269 with 6 unknowns
    with the engine before the round, 0.818 / 0.346 with 4 after the round's first changes."""
    o = overall(rebuilt_cases({"final12"}, prefix="logchunks:", complete=True))
    assert o.n == 120
    assert o.precision("transient") >= 0.80 and o.recall("transient") >= 0.34
    assert o.unknown <= 0.05 * o.n


def test_the_thread_cases_of_rounds_5_to_7_keep_their_figures():
    """threads/all.jsonl: the 536 thread cases of the fifth to seventh rounds' sets (tune5, final5,
    tune7, final7, final8; ids in docs/heldout-sources.jsonl), all used in development since they
    were measured. 0.971 / 0.605 with 23 unknowns at the round's start, 0.971 / 0.616 with 20 now."""
    o = overall(shared_cases("eval", "threads", "all.jsonl"))
    assert o.n == 536
    assert o.precision("transient") >= 0.96 and o.recall("transient") >= 0.61
    assert o.unknown <= 0.05 * o.n


GRADLE_FETCH = (
    "FAILURE: Build failed with an exception.\n"
    "* What went wrong:\n"
    "Could not resolve all dependencies for configuration ':compileClasspath'.\n"
    "> Could not resolve com.example:widgets:2.1.\n"
    "  Required by:\n"
    "      project :\n"
    "   > Could not resolve com.example:widgets:2.1.\n"
    "      > Could not get resource 'https://repo.example.org/maven2/com/example/widgets/2.1/widgets-2.1.pom'.\n"
    "         > Could not GET 'https://repo.example.org/maven2/com/example/widgets/2.1/widgets-2.1.pom'.{after}\n"
)


def test_a_gradle_fetch_that_got_no_http_answer_is_a_failed_download():
    reads_as(GRADLE_FETCH.format(after=""), "transient", "artifact-fetch-failed")


@pytest.mark.parametrize("after", [
    " Received status code 404 from server: Not Found",
    "\n            > Received status code 403 from server: Forbidden",
])
def test_a_gradle_fetch_the_server_answered_with_a_refusal_is_no_failed_download(after):
    v = judge(GRADLE_FETCH.format(after=after))
    assert "artifact-fetch-failed" not in signatures(v) and v.verdict != "transient", v.rationale


def test_maven_giving_up_on_a_transfer_is_a_failed_download():
    log = ("[ERROR] Failed to execute goal on project api: Could not resolve dependencies\n"
           "Caused by: org.apache.maven.wagon.TransferFailedException: GET request of: "
           "org/example/core/1.2/core-1.2.jar from central failed\n"
           "\tat org.apache.maven.wagon.AbstractWagon.getTransfer(AbstractWagon.java:363)\n")
    reads_as(log, "transient", "artifact-fetch-failed")


def test_the_jvm_bind_exception_is_a_port_in_use():
    log = ("ServerLifecycleTest > starts and stops the embedded broker FAILED\n"
           "    java.lang.RuntimeException at EmbeddedBroker.java:73\n"
           "        Caused by: java.io.IOException at NettyServer.java:333\n"
           "            Caused by: java.net.BindException at Net.java:-2\n")
    reads_as(log, "transient", "port-in-use")


def test_a_windows_process_that_failed_to_initialise_is_the_runner():
    log = ("##[group]Run npm test\n"
           'shell: C:\\Program Files\\PowerShell\\7\\pwsh.EXE -command ". \'{0}\'"\n'
           "##[error]Process completed with exit code -1073741502.\n")
    reads_as(log, "transient", "windows-dll-init-failed")
    other = judge(log.replace("-1073741502", "-1073741819"))  # an access violation: the program's own crash
    assert "windows-dll-init-failed" not in signatures(other) and other.verdict != "transient"


def test_the_eighth_thread_set_keeps_its_figures():
    """final12's threads: 65 cases (31 transient, 34 real) collected blind to the engine from
    projects in no earlier set. Measured once: 1.000 / 0.452 with 4 unknowns, the same with the
    engine before the round; development data since (1.000 / 0.581 with 2 when this was written)."""
    o = overall(shared_cases("eval", "collected12", "final12.jsonl"))
    assert o.n == 65
    assert o.precision("transient") >= 0.95 and o.recall("transient") >= 0.58
    assert o.unknown <= 0.05 * o.n


# --- after final13's measurement: wordings of mechanisms its misses showed (excerpts written here) ---

@pytest.mark.parametrize(("log", "signature"), [
    ("error: failed to run custom build command for `libfoo-sys v0.3.1`\n\n"
     "process didn't exit successfully: `/work/target/release/build/libfoo-sys-1a2b/build-script-build`"
     " (exit status: 101)\n\n"
     "/work/target/release/build/libfoo-sys-3c4d/out/src/build.zig.zon:12:20: error: unable to connect to"
     " server: ConnectionTimedOut\n", "network-timeout"),
    ("Downloading collection 1.18.0...\nDownloading path 1.9.0...\nConnection terminated during handshake\n",
     "connection-reset"),
    (":: Retrieving packages...\n"
     "error: failed retrieving file 'zlib-1:1.3.1-2-x86_64.pkg.tar.zst' from mirror.example.org : Operation"
     " too slow. Less than 1 bytes/sec transferred the last 10 seconds\n"
     "warning: failed to retrieve some files\n"
     "error: failed to commit transaction (download library error)\n", "download-failed"),
    ("Wrong checksum for https://packages.example.org/apt/dists/stable/main/binary-aarch64/Packages:\n"
     "Expected: 0c1d2e3f4a5b6c7d8e9f00112233445566778899aabbccddeeff001122334455\n"
     "Actual:   ffeeddccbbaa99887766554433221100ffeeddccbbaa99887766554433221100\n"
     "ERROR: Failed to download package repository metadata.\n", "package-mirror"),
    ("There are new unapproved failures on this build\n(vm-linux-release-x64):\n"
     "    service/debugger_pause_test/service   (Pass -> Timeout, expected Pass) at 1a2b3c..4d5e6f\n",
     "test-timeout"),
])
def test_wordings_of_fetches_and_waits_that_broke_off(log, signature):
    reads_as(log, "transient", signature)


def test_a_build_script_that_fails_on_its_own_is_still_a_build_script_failure():
    v = judge("error: failed to run custom build command for `libfoo-sys v0.3.1`\n\n"
              "--- stderr\nthread 'main' panicked at build.rs:14:5:\n"
              "pkg-config could not find library 'foo'\n")
    assert "build-script-failed" in signatures(v) and v.verdict == "real", v.rationale


def test_a_bash_script_ending_early_is_still_a_syntax_error():
    reads_as("./ci/build.sh: line 48: syntax error: unexpected end of file\n", "real", "syntax-error")


def test_a_submodule_pinned_to_a_commit_the_remote_never_had_is_no_network_trouble():
    log = ("Cloning into '/opt/build/repo/themes/site'...\n"
           "fatal: remote error: upload-pack: not our ref 0a1b2c3d4e5f60718293a4b5c6d7e8f901234567\n"
           "fatal: the remote end hung up unexpectedly\n"
           "Fetched in submodule path 'themes/site', but it did not contain 0a1b2c3d4e5f60718293a4b5c6d7e8f901234567."
           " Direct fetching of that commit failed.\n")
    v = judge(log)
    assert v.verdict != "transient", v.rationale


def test_the_thirteenth_sets_keep_their_figures():
    """final13, collected and labelled blind while the round went on and measured once at its end
    (84fa7c2; the same with the engine before the round): 55 threads (27 transient, 28 real)
    0.778 / 0.259 with 9 unknowns; 63 LogChunks logs (6 transient, 57 real) 0.375 / 0.500 with 1
    (0.286 / 0.333 with 2 before the round). Development data since: threads 0.929 / 0.481 with 7
    when this was written."""
    threads = overall(shared_cases("eval", "collected13", "final13.jsonl"))
    assert threads.n == 55
    assert threads.precision("transient") >= 0.92 and threads.recall("transient") >= 0.48
    assert threads.unknown <= 0.13 * threads.n
    lc = overall(rebuilt_cases({"final13"}, prefix="logchunks:", complete=True))
    assert lc.n == 63
    assert lc.recall("transient") >= 0.5 and lc.precision("real") >= 0.94


@pytest.mark.parametrize("line", [
    "> Could not GET 'https://repo.maven.apache.org/maven2/org/example/core/1.2/core-1.2.pom'. Received status"
    " code 403 from server: Forbidden",
    "[ERROR] Failed to execute goal on project api: Could not transfer artifact org.example:core:pom:1.2 from/to"
    " central (https://repo1.maven.org/maven2): status code: 403, reason phrase: Forbidden (403)",
])
def test_maven_central_refusing_the_runner_is_no_missing_secret(line):
    reads_as(f"* What went wrong:\n{line}\n", "transient", "public-repository-refused")
    private = judge(f"* What went wrong:\n{line.replace('repo.maven.apache.org', 'nexus.example.com').replace('repo1.maven.org', 'nexus.example.com')}\n")
    assert "public-repository-refused" not in signatures(private) and private.verdict != "transient", private.rationale


# --- after final14's measurement ---

def test_an_agent_azure_lost_contact_with_is_the_runner():
    log = ("This job was abandoned. We have detected that logs from the agent may have not finished uploading."
           " We have included our in-memory record of all log lines uploaded before we lost contact with the"
           " agent:\nStarting: Lint\nAnalyzing: target //:lint (12 packages loaded)\n")
    reads_as(log, "transient", "ci-runner-lost")


def test_a_package_apt_lost_with_its_failed_index_is_the_fetchs_doing():
    failed_index = ("E: Failed to fetch http://archive.example.org/ubuntu/dists/jammy/main/binary-amd64/Packages.xz"
                    "  Hash Sum mismatch\n"
                    "E: Some index files failed to download. They have been ignored, or old ones used instead.\n"
                    "Reading package lists...\n"
                    "E: Package 'linux-headers-5.15.0-91-generic' has no installation candidate\n")
    reads_as(failed_index, "transient", "apt-package-missing")
    plain = judge("Reading package lists...\nE: Package 'linux-headers-5.15.0-91-generic' has no installation"
                  " candidate\n")
    assert plain.verdict == "real", plain.rationale


def test_the_fourteenth_set_keeps_its_figures():
    """final14: 18 threads (6 transient, 12 real) collected blind at the round's end, measured once
    with its final engine (b7aa57d): 0.800 / 0.667 with 3 unknowns, the same with the engine before
    the round; development data since (0.857 / 1.000 with 1 when this was written)."""
    o = overall(shared_cases("eval", "collected14", "final14a.jsonl"))
    assert o.n == 18
    assert o.recall("transient") >= 0.99 and o.unknown <= 1
