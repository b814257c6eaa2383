"""Tenth round: what a single log can still say about a failure the engine read wrong.

Every log here was written for the test (none is copied from a project's CI)."""

from __future__ import annotations

import pytest
from judging import judge, overall, reads_as, signatures

# --- a rerun the runner announced, which failed the same way ---

_VIM_STYLE = (
    "From test_timers.vim:\n"
    "Executed Test_timer_info() in   0.004512 seconds\n"
    "Executed Test_timer_repeat() in   0.312044 seconds\n"
    "Found errors in Test_timer_repeat():\n"
    "Caught exception in Test_timer_repeat(): Vim(call):E475: Invalid argument @ function RunTheTest[40]..Test_timer_repeat, line 7\n"
    "Flaky test failed, running it again\n"
    "Executed Test_timer_repeat() in   0.298113 seconds\n"
    "{again}"
    "Executed Test_timer_stop() in   0.001003 seconds\n"
    "Executed 3 tests in   0.615670 seconds\n"
)
_FAILED_AGAIN = (
    "Found errors in Test_timer_repeat():\n"
    "Caught exception in Test_timer_repeat(): Vim(call):E475: Invalid argument @ function RunTheTest[40]..Test_timer_repeat, line 7\n"
)


def test_a_flaky_mark_whose_rerun_failed_the_same_way_marks_no_flakiness():
    v = judge(_VIM_STYLE.format(again=_FAILED_AGAIN))
    assert "known-flaky-mark" not in signatures(v), v.rationale
    assert v.verdict != "transient", v.rationale


def test_a_flaky_mark_whose_rerun_went_through_still_counts():
    # The same log without the second failure: the rerun passed, and the job failed on something else
    # the log does not name; the runner's mark is the only word on the failure.
    reads_as(_VIM_STYLE.format(again=""), "transient", "known-flaky-mark")


def test_numbers_aside_the_repeated_error_is_the_same():
    # Counts and durations differ between the two attempts; the error is the same.
    log = ("pool drain: waiting for workers\n"
           "error: pool drain incomplete, 3 of 4 jobs finished after 1.52s\n"
           "[flaky] drain check failed, rerunning (1 of 1)\n"
           "pool drain: waiting for workers\n"
           "error: pool drain incomplete, 2 of 4 jobs finished after 1.61s\n")
    v = judge(log)
    assert "known-flaky-mark" not in signatures(v), v.rationale
    assert v.verdict != "transient", v.rationale


def test_a_mark_that_announces_no_rerun_is_not_read_for_a_repeat():
    # A quarantine list printed before the run, then the test's failure twice in two reports: the
    # mark says the project knows the test is flaky, and no rerun of it is announced.
    log = ("Quarantined tests: test_upload_resumes [flaky test]\n"
           "FAILED tests/test_upload.py::test_upload_resumes - AssertionError: 3 != 4\n"
           "FAILED tests/test_upload.py::test_upload_resumes - AssertionError: 3 != 4\n")
    v = judge(log)
    assert "known-flaky-mark" in signatures(v), v.rationale


# --- Ginkgo's spec timeout ---

_SPEC_TIMEOUT = (
    "• [TIMEDOUT] [120.004 seconds]\n"
    "Backups [It] restores a volume snapshot\n"
    "/src/test/e2e/backup_test.go:212\n"
    "  [TIMEDOUT] A spec timeout occurred\n"
    "  In [It] at: /src/test/e2e/backup_test.go:212 @ 03/14/26 10:02:11.5\n"
    "  This is the Progress Report generated when the timeout occurred:\n"
    "  [FAILED] A spec timeout occurred and then the following failure was recorded in the timedout node before it exited:\n"
    "  Context was cancelled (cause: spec timeout occurred) after 119.870s.\n"
    "  Expected\n"
    "      <string>: Pending\n"
    "  to equal\n"
    "      <string>: Completed\n"
    "  In [It] at: /src/test/e2e/backup_test.go:240 @ 03/14/26 10:02:11.5\n"
)


def test_a_spec_stopped_at_its_time_limit_is_a_timeout_and_its_recorded_failure_its_report():
    reads_as(_SPEC_TIMEOUT + "Ran 14 of 14 Specs in 402.113 seconds\nFAIL! -- 13 Passed | 1 Failed\n",
             "transient", "spec-timeout")


def test_a_second_spec_failing_on_its_own_assertion_is_not_the_timeouts_report():
    other = "\n".join(f"  step {i}: ok" for i in range(20)) + (
        "\n• [FAILED] [0.412 seconds]\nBackups [It] lists the snapshots by date\n"
        "  [FAILED] Expected\n      <int>: 3\n  to equal\n      <int>: 4\n"
        "  In [It] at: /src/test/e2e/backup_test.go:301 @ 03/14/26 10:03:40.2\n")
    v = judge(_SPEC_TIMEOUT + other + "\nFAIL! -- 12 Passed | 2 Failed\n")
    assert v.verdict != "transient", v.rationale


def test_gomegas_report_of_a_wrong_value_is_an_assertion():
    reads_as("• [FAILED] [0.412 seconds]\nBackups [It] lists the snapshots by date\n"
             "  [FAILED] Expected\n      <int>: 3\n  to equal\n      <int>: 4\n"
             "  In [It] at: /src/test/e2e/backup_test.go:301 @ 03/14/26 10:03:40.2\n"
             "FAIL! -- 13 Passed | 1 Failed\n", "real", "test-assertion")


# --- after the seventeenth thread set's measurement: mechanisms its misses showed, in our words ---

@pytest.mark.parametrize(("log", "signature"), [
    ("Attempting to download 1.4.2...\n"
     "write EPROTO 40F8A1B2C3D4:error:0A000438:SSL routines:ssl3_read_bytes:tlsv1 alert internal error:"
     "ssl/record/rec_layer_s3.c:1605:SSL alert number 80\n"
     "Waiting 12 seconds before trying again\n"
     "Error: write EPROTO 40F8A1B2C3D4:error:0A000438:SSL routines:ssl3_read_bytes:tlsv1 alert internal error\n",
     "tls-server-alert"),
])
def test_outage_wordings_of_the_seventeenth_set(log, signature):
    reads_as(log, "transient", signature)


@pytest.mark.parametrize("log", [
    ("--> Working on Text::Wrapper\nFetching http://cpan.example.org/authors/id/X/XY/Text-Wrapper-1.05.tar.gz ... OK\n"
     "gzip: stdin: not in gzip format\n/bin/tar: Child returned status 1\n"
     "! Failed to unpack Text-Wrapper-1.05.tar.gz: no directory\n"),
    ("Downloading ghc-9.4.8-x86_64-linux.tar.xz ...\nxz: (stdin): Compressed data is corrupt\n"
     "tar: Unexpected EOF in archive\ntar: Error is not recoverable: exiting now\n"),
])
def test_an_archive_that_does_not_unpack_leans_transient_lightly(log):
    # archive-truncated is light (a repository may ship a broken archive): a lean, not a verdict alone
    v = judge(log)
    assert "archive-truncated" in signatures(v) and v.verdict != "real", v.rationale


def test_gdowns_one_message_for_a_quota_and_an_unshared_file_is_no_outage():
    # gdown prints the same words when the file's download quota ran out for now and when the file
    # is simply not shared: a log cannot tell them apart, so they are no transient signal
    v = judge("Downloading...\nAccess denied with the following error:\n\n"
              " \tCannot retrieve the public link of the file. You may need to change\n"
              "\tthe permission to 'Anyone with the link', or have had many accesses.\n\n"
              "unzip:  cannot find either weights.zip or weights.zip.zip.\n")
    assert v.verdict != "transient", v.rationale


def test_a_repository_that_stopped_serving_plain_http_is_a_persistent_cause():
    reads_as("wget -q http://repo.example.org/maven2/org/acme/tool/1.2/tool-1.2.jar\n"
             "2025-01-15 17:18:03 ERROR 501: HTTPS Required.\n", "real", "https-required")
    reads_as("[ERROR] Failed to transfer file http://repo.example.org/maven2/org/acme/lib/2.0/lib-2.0.pom with status "
             "code 501 (Return code is: 501 , ReasonPhrase:HTTPS Required.)\n", "real", "https-required")


def test_testifys_eventually_giving_up_is_a_wait_that_timed_out():
    v = judge("=== RUN   TestShipsLogs\n"
              "    ingest_test.go:91: \n"
              "        \tError Trace:\t/src/ingest_test.go:91\n"
              "        \tError:      \tCondition never satisfied\n"
              "        \tTest:       \tTestShipsLogs\n"
              "--- FAIL: TestShipsLogs (120.01s)\n")
    assert "test-timeout" in signatures(v), v.rationale
    assert v.verdict != "real", v.rationale


@pytest.mark.parametrize(("log", "signature"), [
    # a recipe's program missing from the image, in GNU make's words
    ("cargo build --release\nmake: cargo: No such file or directory\nmake: *** [Makefile:12: all] Error 127\n",
     "missing-tool"),
    # golangci-lint's GitHub Actions output format, as the job's log shows it
    ("Running [/home/runner/golangci-lint-1.55.2-linux-amd64/golangci-lint run --out-format=github-actions] in [] ...\n"
     "  Error: SA1019: \"io/ioutil\" has been deprecated since Go 1.19: use package io or os instead.  (staticcheck)\n"
     "  Error: ineffectual assignment to err (ineffassign)\n"
     "  Error: issues found\n", "lint-ruby-go-shell"),
    # npm 10's dependency conflict without its "code ERESOLVE" line
    ("npm error While resolving: @acme/plugin-transform@8.0.1\nnpm error Found: @acme/core@7.29.0\n"
     "npm error peer @acme/core@\"^8.0.0\" from @acme/plugin-transform@8.0.1\n", "dependency-conflict"),
])
def test_deterministic_failures_of_the_seventeenth_set_read_real(log, signature):
    reads_as(log, "real", signature)


# --- after the eighteenth thread set's measurement (our words) ---

@pytest.mark.parametrize(("log", "signature"), [
    # Jenkins losing its agent, in the remoting exception's shortest wording
    ("10:44:24 Build step 'Execute shell' marked build as failure\n"
     "10:44:24 FATAL: java.io.IOException: Backing channel is disconnected.\n"
     "10:44:24 hudson.remoting.RemotingSystemException: java.io.IOException: Backing channel is disconnected.\n"
     "10:44:24 \tat hudson.remoting.RemoteInvocationHandler.invoke(RemoteInvocationHandler.java:266)\n", "executor-lost"),
    # a client library's exception named for the status it got
    ("Deploying application\n/home/ci/.gems/octokit-4.0/lib/octokit/response/raise_error.rb:16:in `on_complete':\n"
     "POST https://uploads.example.org/repos/acme/tool/releases/12/assets?name=tool.tar.gz:\n"
     "502 - Error uploading asset (Octokit::BadGateway)\n", "http-5xx"),
    # tokio's timeout() giving up inside a test
    ("---- tests::webhook_is_acknowledged stdout ----\n"
     "thread 'tests::webhook_is_acknowledged' panicked at src/tests.rs:88:10:\n"
     "called `Result::unwrap()` on an `Err` value: Elapsed(())\n"
     "note: run with `RUST_BACKTRACE=1` environment variable to display a backtrace\n", "test-timeout"),
])
def test_outage_wordings_of_the_eighteenth_set(log, signature):
    reads_as(log, "transient", signature)


def test_a_status_name_in_a_tests_own_name_is_no_outage():
    # only a qualified exception name counts, not a test named for the status it handles
    v = judge("--- FAIL: TestRetriesOnBadGateway (0.01s)\n    client_test.go:40: got 1 attempts, want 3\nFAIL\n")
    assert "http-5xx" not in signatures(v) and v.verdict == "real", v.rationale


# --- after the eighteenth set's second part (our words) ---

@pytest.mark.parametrize(("log", "signature"), [
    ("Failed fetching. Retrying in 250ms...\nFailed fetching. Retrying in 500ms...\nError: TypeError: fetch failed\n",
     "transient-wording"),
    ("Installed distributions\n  Trying to resolve the latest version from remote\n  Error: error code: 522\n",
     "proxy-error-page"),
    ("$ goveralls -coverprofile=coverage.txt -service=circle-ci\nbad response status from coveralls: 502\n"
     "Exited with code exit status 1\n", "http-5xx"),
])
def test_outages_of_the_eighteenth_sets_second_part(log, signature):
    reads_as(log, "transient", signature)


@pytest.mark.parametrize(("log", "signature"), [
    ("Download action repository 'acme/deploy-action@v9.9.9'\n"
     "##[error]Response status code does not indicate success: 404 (Not Found).\n", "resource-missing-404"),
    ("Error: Credentials could not be loaded, please check your action inputs: Could not load credentials from any providers\n",
     "auth-failure"),
    ("Error calling workflow: 'release'\nError calling job: 'acme/publish'\nMissing required argument(s): package_name\n",
     "pipeline-definition-error"),
])
def test_persistent_causes_of_the_eighteenth_sets_second_part(log, signature):
    reads_as(log, "real", signature)


# --- figures ---

def test_the_seventeenth_thread_set_keeps_its_figures():
    """final17: 83 thread cases (41 transient, 42 real) from projects in no earlier set, collected
    blind to the engine by three collectors (other forges and CI systems; mainstream GitHub Actions
    projects; science, systems and embedded projects). Measured once with the engine at the round's
    start (e18948a): transient 0.864 / 0.463 with 9 unknowns (11 %); the same, case by case, after
    the round's CI-system and tool-source changes (5d58b0f). Development data since: 0.909 / 0.488
    with 7 unknowns."""
    from shared_data import shared_cases

    o = overall(shared_cases("eval", "collected17", "final17.jsonl"))
    assert o.n == 83
    assert o.precision("transient") >= 0.9 and o.recall("transient") >= 0.48
    assert o.unknown <= 0.09 * o.n


def test_the_eighteenth_thread_set_keeps_its_figures():
    """final18a: 20 thread cases (10 transient, 10 real) from projects in no earlier set, collected
    blind at the round's end. Measured once with the round's engine (9ecf60b): transient
    1.000 / 0.400 with 4 unknowns (20 %), identical case by case with the engine at the round's
    start. Development data since: 1.000 / 0.700."""
    from shared_data import shared_cases

    o = overall(shared_cases("eval", "collected18", "final18a.jsonl"))
    assert o.n == 20
    assert o.precision("transient") >= 0.95 and o.recall("transient") >= 0.7


def test_what_gitlabs_after_script_printed_did_not_fail_the_job():
    # GitLab runs after_script whatever the result and ignores its exit code: an upload's reset there
    # is no cause of the failure above it (before the round this log read transient)
    log = ("$ ./ci/run-tests.sh\nFAILED tests/test_orders.py::test_total - AssertionError: 2 != 3\n"
           "Running after_script\nRunning after script...\n"
           "$ curl -sS -T report.xml https://logs.example.org/upload\n"
           "curl: (56) Recv failure: Connection reset by peer\n"
           "Cleaning up project directory and file based variables\nERROR: Job failed: exit code 1\n")
    v = judge(log)
    assert "connection-reset" not in signatures(v) and v.verdict == "real", v.rationale
    # the same reset in the job's own script is the failure's cause
    reads_as("$ curl -sS -o deps.tgz https://deps.example.org/deps.tgz\n"
             "curl: (56) Recv failure: Connection reset by peer\n"
             "Cleaning up project directory and file based variables\nERROR: Job failed: exit code 56\n",
             "transient", "connection-reset")


def test_the_eighteenth_sets_second_part_keeps_its_figures():
    """final18b: 15 thread cases (7 transient, 8 real) from CI setup actions' and orbs' trackers,
    collected blind at the round's end. Measured once with the round's final engine (dd758f3):
    transient 0.800 / 0.571, real 0.800 / 0.500, 5 unknowns (33 %), identical case by case with the
    engine at the round's start. Development data since: 0.875 / 1.000 with 2 unknowns (the one wrong
    transient is a source host down for weeks: a 504 the log cannot tell from a blip)."""
    from shared_data import shared_cases

    o = overall(shared_cases("eval", "collected18", "final18b.jsonl"))
    assert o.n == 15
    assert o.precision("transient") >= 0.85 and o.recall("transient") >= 0.99
    assert o.unknown <= 2
