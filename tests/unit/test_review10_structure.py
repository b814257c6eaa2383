"""Tenth round's review, structural part: where the job's end, the CI systems' prefixes and closing
lines, Ginkgo's spec timeout and the flaky mark's rerun read a log wrongly. Each excerpt was written
for the test (none is copied from a project's CI); made-up names and hosts."""

from __future__ import annotations

import pytest
from judging import judge

# Two Ginkgo specs as Ginkgo v2 reports them: one stopped at its time limit, one failing on its own value.
_TIMED_OUT_SPEC = (
    "• [TIMEDOUT] [60.004 seconds]\n"
    "Volumes [It] attaches a disk\n"
    "/src/e2e/volume_test.go:88\n"
    "  [TIMEDOUT] A spec timeout occurred\n"
    "  In [It] at: /src/e2e/volume_test.go:88 @ 03/14/26 10:02:41.5\n"
    "------------------------------\n"
)
_WRONG_VALUE_SPEC = (
    "• [FAILED] [0.412 seconds]\n"
    "Volumes [It] rejects a bad size\n"
    "/src/e2e/volume_test.go:120\n"
    "  [FAILED] Expected\n"
    "      <int>: 3\n"
    "  to equal\n"
    "      <int>: 4\n"
    "  In [It] at: /src/e2e/volume_test.go:131 @ 03/14/26 10:01:40.2\n"
    "------------------------------\n"
)


CASES = [
    # A GitLab job's after_script uploads its reports with curl's retries: those retries are the
    # clean-up's, after the job had failed; they do not end the job's own output.
    ("after_script's retries after a link check that failed",
     "not transient",
     "$ make check\n"
     "./check-links.sh docs/\n"
     "docs/install.md: link https://example.org/old-page is missing its anchor #setup\n"
     "make: *** [Makefile:20: check] Error 1\n"
     "Running after_script\n"
     "Running after script...\n"
     "$ curl --retry 3 -sSf -T build/links.txt https://reports.example.org/upload\n"
     "Warning: Transient problem: timeout Will retry in 1 seconds. 3 retries left.\n"
     "Warning: Transient problem: timeout Will retry in 2 seconds. 2 retries left.\n"
     "uploaded links.txt\n"
     "Cleaning up project directory and file based variables\n"
     "ERROR: Job failed: exit code 1\n"),
    ("after_script's last retry, given up, after a link check that failed",
     "not transient",
     "$ make check\n"
     "./check-links.sh docs/\n"
     "docs/install.md: link https://example.org/old-page is missing its anchor #setup\n"
     "make: *** [Makefile:20: check] Error 1\n"
     "Running after_script\n"
     "Running after script...\n"
     "$ ./ci/upload-report.sh\n"
     "upload: connection reset by peer, retrying (attempt 3 of 3)\n"
     "upload: giving up\n"
     "Cleaning up project directory and file based variables\n"
     "ERROR: Job failed: exit code 1\n"),
    ("after_script's retries after a failing test",
     "real",
     "$ ./gradlew test\n"
     "> Task :app:test FAILED\n"
     "AppTest > parsesDates() FAILED\n"
     "    org.opentest4j.AssertionFailedError: expected: <2024-05-01> but was: <2024-05-02>\n"
     "12 tests completed, 1 failed\n"
     "Running after_script\n"
     "Running after script...\n"
     "$ curl --retry 3 -sSf -T build/reports.tgz https://reports.example.org/upload\n"
     "Warning: Transient problem: timeout Will retry in 1 seconds. 3 retries left.\n"
     "Warning: Transient problem: timeout Will retry in 2 seconds. 2 retries left.\n"
     "uploaded reports.tgz (1.2 MB)\n"
     "Cleaning up project directory and file based variables\n"
     "ERROR: Job failed: exit code 1\n"),
    # A runner's own summary ("2 failures", "FAIL") is the job's output, not a CI system's closing
    # line: the retry above it does not end the job.
    ("a smoke script's retry that went through, then its failures and its summary",
     "not transient",
     "+ ./scripts/smoke.sh\n"
     "smoke: GET https://staging.example.org/health -> 200\n"
     "smoke: retrying request after timeout (attempt 2/3)\n"
     "smoke: /api/v2/items returned 3 items, expected 4\n"
     "2 failures\n"
     "FAIL\n"),
    # A script's own "Step <name> failed" is no TeamCity closing line (TeamCity names the runner
    # type in parentheses); and a retry followed by the script's next command went through.
    ("a download retried, the next script failing with its own step line",
     "not transient",
     "$ ./scripts/fetch-fixtures.sh\n"
     "Warning: Transient problem: timeout Will retry in 1 seconds. 3 retries left.\n"
     "fixtures fetched\n"
     "$ ./scripts/verify.sh\n"
     "Step verify-schema failed\n"),
    ("a download retried, the next script failing under TeamCity's closing lines",
     "not transient",
     "[10:00:01][Step 2/3] $ ./scripts/fetch-fixtures.sh\n"
     "[10:00:02][Step 2/3] Warning: Transient problem: timeout Will retry in 1 seconds. 3 retries left.\n"
     "[10:00:04][Step 2/3] fixtures fetched\n"
     "[10:00:04][Step 2/3] $ ./scripts/verify.sh\n"
     "[10:00:05][Step 2/3] Process exited with code 1 (Step: Verify (Command Line))\n"
     "[10:00:05][Step 2/3] Step Verify (Command Line) failed\n"),
    # A project's own "post run hooks" line is not GitHub's post step ("Post Run actions/x@v4"):
    # the go test failure below it is the job's.
    ("a project's 'post run' line above the failing tests",
     "real",
     "$ make test\n"
     "Warning: Transient problem: timeout Will retry in 1 seconds. 3 retries left.\n"
     "post run hooks: 2 registered\n"
     "go test ./...\n"
     "--- FAIL: TestParseConfig (0.00s)\n"
     "    config_test.go:41: got \"a\", want \"b\"\n"
     "FAIL\n"
     "FAIL\texample.org/app/config\t0.012s\n"),
    # A project's logger writes "time | component | message": the component is not Zuul's node,
    # and a settings dump's "flaky: false" marks no flaky test.
    ("a project's logger columns after a clock",
     "not transient",
     "2024-05-01 10:00:02.311 | config | retries: 0\n"
     "2024-05-01 10:00:02.311 | config | flaky: false\n"
     "2024-05-01 10:00:02.540 | runner | starting 42 checks\n"
     "2024-05-01 10:00:03.001 | runner | check schema_version failed\n"
     "2024-05-01 10:00:03.002 | runner | 1 of 42 checks failed\n"),
    # A rerun that passed, and the run's list of flaky tests repeating the first attempt's error:
    # the repeat is the list's, not a second failure.
    ("a rerun that passed, then the flaky tests' list repeating the error",
     "transient",
     "test_upload_resumes: error: upload stalled at 512 of 1024 bytes\n"
     "[flaky] test_upload_resumes failed, rerunning (1 of 2)\n"
     "test_upload_resumes: ok\n"
     "test_list_buckets: ok\n"
     "Flaky tests this run:\n"
     "  test_upload_resumes: error: upload stalled at 512 of 1024 bytes\n"
     "26 passed, 0 failed\n"),
    # Ginkgo: a spec that timed out, then the next spec failing on its own assertion a few lines
    # later; that assertion is not the timeout's recorded failure.
    ("a spec timeout, then another spec's wrong value",
     "not transient",
     _TIMED_OUT_SPEC + _WRONG_VALUE_SPEC +
     "Ran 20 of 20 Specs in 300.1 seconds\n"
     "FAIL! -- 18 Passed | 2 Failed | 0 Pending | 0 Skipped\n"),
    ("a spec that failed, then one that timed out, and the summary listing both",
     "not transient",
     _WRONG_VALUE_SPEC + _TIMED_OUT_SPEC +
     "\n"
     "Summarizing 2 Failures:\n"
     "  [TIMEDOUT] Volumes [It] attaches a disk\n"
     "  /src/e2e/volume_test.go:88\n"
     "  [FAIL] Volumes [It] rejects a bad size\n"
     "  /src/e2e/volume_test.go:131\n"
     "\n"
     "Ran 20 of 20 Specs in 300.1 seconds\n"
     "FAIL! -- 18 Passed | 2 Failed | 0 Pending | 0 Skipped\n"
     "--- FAIL: TestE2E (300.12s)\n"
     "FAIL\n"),
]


@pytest.mark.parametrize(("name", "want", "log"), CASES, ids=[c[0] for c in CASES])
def test_review10_structure(name, want, log):
    v = judge(log)
    if want == "not transient":
        assert v.verdict != "transient", v.rationale
    else:
        assert v.verdict == want, v.rationale
