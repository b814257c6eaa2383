"""(velo32) GitLab CI jobs as the runner stores them: its own framing around the script's failure decides nothing.

1. GitLab Runner's "ERROR: Preparation failed: ..." that it tried again ("Will be retried in 3s ...") and that the job got
   past (the runner began its next stage, fetching the sources or the script): no outage the job failed on; the
   script's failure below reads as itself. Guards: a preparation that failed on every try (the runner's "ERROR: Job
   failed (system failure): ..." and no stage after) keeps its transient reading; a lasting cause there (an image tag
   that does not exist) keeps its real one.
2. The Kubernetes executor's "ERROR: Error retrieving events list: events is forbidden: User ... cannot list resource
   "events" ..." (the runner's own service account, printed after a script that failed) is no refused permission of
   the job's. Guard: kubectl's same refusal in the script's own output stays access-denied.
3. What the runner prints while uploading a failed job's artifacts ("Uploading artifacts for failed job": no matching
   files, a 413 for a too large archive) ran because the script had failed and says nothing of why, as after_script's
   output does not. Guards: the upload of a successful job's artifacts (the job failed there) keeps its reading, real
   for a 413, transient for a 502 on every try.
4. cargo-audit's "error: N vulnerabilities found!" glued to the end of a report line (its stderr and stdout on one
   line): the advisory gate as on a line of its own. Guard: a count of 0 glued the same way is no finding.

Each case is (verdict, kind): "fix" fails at 1c2a3be, "guard" is a near-miss guard that reads the same at 1c2a3be. Every
line here was written for this test (none is copied from a project's CI log); hosts, names, paths and numbers are made
up."""

from __future__ import annotations

import pytest
from judging import judge, signatures

J = "\n".join


def runner(executor: str = "docker", prep: list[str] | None = None) -> list[str]:
    """A runner's opening: its version, the executor's preparation (``prep`` inside it), the environment, the sources."""
    if executor == "kubernetes":
        pre = ['\x1b[0K\x1b[36;1mPreparing the "kubernetes" executor\x1b[0;m', "\x1b[0KUsing Kubernetes namespace: build-pods\x1b[0;m",
               "\x1b[0KUsing Kubernetes executor with image ghcr.example.net/tools/ci:7.2 ...\x1b[0;m"]
        env = ["Waiting for pod build-pods/runner-k2m4-project-88-concurrent-3-abcde to be running, status is Pending",
               '\tContainersNotReady: "containers with unready status: [build helper]"',
               "Running on runner-k2m4-project-88-concurrent-3-abcde via ci-node-5..."]
    else:
        pre = ['\x1b[0K\x1b[36;1mPreparing the "docker" executor\x1b[0;m',
               "\x1b[0KUsing Docker executor with image ghcr.example.net/tools/ci:7.2 ...\x1b[0;m",
               "\x1b[0KPulling docker image ghcr.example.net/tools/ci:7.2 ...\x1b[0;m"]
        env = ["Running on runner-q7w1-project-88-concurrent-0 via worker-11..."]
    return (["\x1b[0KRunning with gitlab-runner 16.9.0 (e2c1a9b0)\x1b[0;m", "\x1b[0K  on worker-11 Q7w1Rt9z, system ID: s_77aa01\x1b[0;m",
             "section_start:1733500000:prepare_executor\r\x1b[0K" + pre[0]] + pre[1:] + (prep or [])
            + ["section_end:1733500020:prepare_executor\r\x1b[0K",
               "section_start:1733500020:prepare_script\r\x1b[0K\x1b[0K\x1b[36;1mPreparing environment\x1b[0;m"] + env
            + ["section_end:1733500030:prepare_script\r\x1b[0K",
               "section_start:1733500030:get_sources\r\x1b[0K\x1b[0K\x1b[36;1mGetting source from Git repository\x1b[0;m",
               "\x1b[32;1mFetching changes with git depth set to 10...\x1b[0;m",
               "Initialized empty Git repository in /builds/north/quarry/.git/",
               "\x1b[32;1mChecking out 9e8d7c6b as detached HEAD (ref is trunk)...\x1b[0;m",
               "section_end:1733500040:get_sources\r\x1b[0K"])


def script(lines: list[str]) -> list[str]:
    return (['section_start:1733500040:step_script\r\x1b[0K\x1b[0K\x1b[36;1mExecuting "step_script" stage of the job script\x1b[0;m']
            + lines + ["section_end:1733500300:step_script\r\x1b[0K"])


def closing(code: str = "exit code 1") -> list[str]:
    return ["section_start:1733500300:cleanup_file_variables\r\x1b[0K\x1b[0K\x1b[36;1mCleaning up project directory and file based variables\x1b[0;m",
            "section_end:1733500301:cleanup_file_variables\r\x1b[0K", f"\x1b[31;1mERROR: Job failed: {code}\x1b[0;m", ""]


def failed_upload(lines: list[str]) -> list[str]:
    return (["section_start:1733500300:upload_artifacts_on_failure\r\x1b[0K\x1b[0K\x1b[36;1mUploading artifacts for failed job\x1b[0;m",
             "\x1b[32;1mUploading artifacts...\x1b[0;m"] + lines + ["section_end:1733500310:upload_artifacts_on_failure\r\x1b[0K"])


PREP_RETRIED = [
    "\x1b[0;33mWARNING: Failed to pull image with policy \"if-not-present\": Error response from daemon: Get \"https://ghcr.example.net/v2/\": net/http: TLS handshake timeout (manager.go:250:10s)\x1b[0;m",
    "\x1b[31;1mERROR: Preparation failed: failed to pull image \"ghcr.example.net/tools/ci:7.2\" with specified policies [if-not-present]: Error response from daemon: Get \"https://ghcr.example.net/v2/\": net/http: TLS handshake timeout (manager.go:250:10s)\x1b[0;m",
    "Will be retried in 3s ...",
    "\x1b[0KUsing Docker executor with image ghcr.example.net/tools/ci:7.2 ...\x1b[0;m",
    "\x1b[0KPulling docker image ghcr.example.net/tools/ci:7.2 ...\x1b[0;m",
]

GO_TEST_FAIL = ["\x1b[32;1m$ go test ./...\x1b[0;m",
                "ok  \tgit.example.net/north/quarry/cut\t0.219s",
                "--- FAIL: TestStackHeight (0.01s)",
                "    stack_test.go:31: height: got 14, want 12",
                "FAIL",
                "FAIL\tgit.example.net/north/quarry/stack\t0.044s",
                "FAIL"]

TSC_FAIL = ["\x1b[32;1m$ npx tsc --noEmit\x1b[0;m",
            "src/pane/Split.ts(40,9): error TS2322: Type 'string' is not assignable to type 'number'.",
            "src/pane/Split.ts(57,3): error TS2554: Expected 2 arguments, but got 1."]

PIP_RESET = ["\x1b[32;1m$ pip install -r requirements.txt\x1b[0;m",
             "Collecting pandas==2.2.1",
             "WARNING: Retrying (Retry(total=0, connect=None, read=None, redirect=None, status=None)) after connection broken by 'ProtocolError('Connection aborted.', ConnectionResetError(104, 'Connection reset by peer'))': /simple/pandas/",
             "ERROR: Could not find a version that satisfies the requirement pandas==2.2.1 (from versions: none)",
             "ERROR: No matching distribution found for pandas==2.2.1"]

NPM_TIMEOUT = ["\x1b[32;1m$ npm ci\x1b[0;m",
               "npm ERR! code ETIMEDOUT",
               "npm ERR! errno ETIMEDOUT",
               "npm ERR! network request to https://registry.npmjs.org/lodash.merge failed, reason: connect ETIMEDOUT 104.16.3.35:443",
               "npm ERR! network This is a problem related to network connectivity."]

EVENTS_FORBIDDEN = ['\x1b[31;1mERROR: Error retrieving events list: events is forbidden: User "system:serviceaccount:build-pods:ci-runner" cannot list resource "events" in API group "" in the namespace "build-pods"\x1b[0;m']

AUDIT_GLUED = ["\x1b[32;1m$ cargo audit\x1b[0;m",
               "    Fetching advisory database from `https://github.com/RustSec/advisory-db.git`",
               "      Loaded 602 security advisories (from /usr/local/cargo/advisory-db)",
               "    Scanning Cargo.lock for vulnerabilities (311 crate dependencies)",
               "Crate:     ring",
               "Version:   0.16.20",
               "Title:     Some AES functions may panic when overflow checking is enabled.",
               "ID:        RUSTSEC-2099-0001",
               "Solution:  Upgrade to >=0.17.12",
               "",
               "Crate:     paste",
               "Version:   1.0.9",
               "Warning:   unmaintainederror: 1 vulnerability found!",
               "Title:     paste - no longer maintained",
               "ID:        RUSTSEC-2099-0002",
               "warning: 1 allowed warning found"]

CASES: dict[str, tuple[str, str, str]] = {
    # 1. preparation tried again and got past
    "prep-retried-then-go-test": ("real", "fix", J(runner(prep=PREP_RETRIED) + script(GO_TEST_FAIL) + closing())),
    "prep-retried-then-tsc": ("real", "fix", J(runner(prep=PREP_RETRIED) + script(TSC_FAIL) + closing())),
    "prep-retried-then-npm-timeout": ("transient", "guard", J(runner(prep=PREP_RETRIED) + script(NPM_TIMEOUT) + closing())),
    "prep-failed-every-try": ("transient", "guard", J(
        runner(prep=PREP_RETRIED + PREP_RETRIED[:3])[:12]
        + ["\x1b[31;1mERROR: Job failed (system failure): failed to pull image \"ghcr.example.net/tools/ci:7.2\" with specified policies [if-not-present]: Error response from daemon: Get \"https://ghcr.example.net/v2/\": net/http: TLS handshake timeout (manager.go:250:10s)\x1b[0;m", ""])),
    "prep-missing-tag-every-try": ("real", "guard", J(
        ["\x1b[0KRunning with gitlab-runner 16.9.0 (e2c1a9b0)\x1b[0;m", "\x1b[0K  on worker-11 Q7w1Rt9z, system ID: s_77aa01\x1b[0;m",
         'section_start:1733500000:prepare_executor\r\x1b[0K\x1b[0K\x1b[36;1mPreparing the "docker" executor\x1b[0;m']
        + ["\x1b[0KUsing Docker executor with image ghcr.example.net/tools/ci:9.9 ...\x1b[0;m",
           "\x1b[31;1mERROR: Preparation failed: failed to pull image \"ghcr.example.net/tools/ci:9.9\" with specified policies [always]: Error response from daemon: manifest for ghcr.example.net/tools/ci:9.9 not found: manifest unknown: manifest unknown (manager.go:250:0s)\x1b[0;m",
           "Will be retried in 3s ..."] * 2
        + ["\x1b[31;1mERROR: Job failed (system failure): failed to pull image \"ghcr.example.net/tools/ci:9.9\" with specified policies [always]: Error response from daemon: manifest for ghcr.example.net/tools/ci:9.9 not found: manifest unknown: manifest unknown (manager.go:250:0s)\x1b[0;m", ""])),
    # 2. the Kubernetes executor's events list
    "events-forbidden-after-npm-timeout": ("transient", "fix", J(
        runner("kubernetes") + script(NPM_TIMEOUT + EVENTS_FORBIDDEN) + closing("command terminated with exit code 1"))),
    "events-forbidden-after-pip-reset": ("transient", "fix", J(
        runner("kubernetes") + script(PIP_RESET + EVENTS_FORBIDDEN) + closing("command terminated with exit code 1"))),
    "kubectl-forbidden-in-script": ("real", "guard", J(
        runner("kubernetes") + script(["\x1b[32;1m$ kubectl -n shop get pods\x1b[0;m",
                                       'Error from server (Forbidden): pods is forbidden: User "system:serviceaccount:shop:deployer" cannot list resource "pods" in API group "" in the namespace "shop"'])
        + closing("command terminated with exit code 1"))),
    # 3. the failed job's artifact upload
    "failed-upload-413-after-npm-timeout": ("transient", "fix", J(
        runner() + script(NPM_TIMEOUT) + failed_upload([
            "dist/: found 2210 matching artifact files and directories",
            "\x1b[31;1mERROR: Uploading artifacts as \"archive\" to coordinator... too large archive\x1b[0;m  id=4410 responseStatus=413 Request Entity Too Large status=413 token=glcbt-m3",
            "\x1b[31;1mFATAL: too large                                   \x1b[0;m"]) + closing())),
    "failed-upload-413-after-pip-reset": ("transient", "fix", J(
        runner() + script(PIP_RESET) + failed_upload([
            "\x1b[0;33mWARNING: reports/pytest.xml: no matching files. Ensure that the artifact path is relative to the working directory (/builds/north/quarry)\x1b[0;m",
            "wheelhouse/: found 88 matching artifact files and directories",
            "\x1b[31;1mERROR: Uploading artifacts as \"archive\" to coordinator... too large archive\x1b[0;m  id=4411 responseStatus=413 Request Entity Too Large status=413 token=glcbt-m4",
            "\x1b[31;1mFATAL: too large                                   \x1b[0;m"]) + closing())),
    "success-upload-413": ("real", "guard", J(
        runner() + script(["\x1b[32;1m$ make dist\x1b[0;m", "tar czf dist/quarry.tgz build/", "done"])
        + ["section_start:1733500300:upload_artifacts_on_success\r\x1b[0K\x1b[0K\x1b[36;1mUploading artifacts for successful job\x1b[0;m",
           "\x1b[32;1mUploading artifacts...\x1b[0;m", "dist/: found 1 matching artifact files and directories",
           "\x1b[31;1mERROR: Uploading artifacts as \"archive\" to coordinator... too large archive\x1b[0;m  id=4412 responseStatus=413 Request Entity Too Large status=413 token=glcbt-m5",
           "\x1b[31;1mFATAL: too large                                   \x1b[0;m", "section_end:1733500310:upload_artifacts_on_success\r\x1b[0K"]
        + closing())),
    "success-upload-502-every-try": ("transient", "guard", J(
        runner() + script(["\x1b[32;1m$ make dist\x1b[0;m", "tar czf dist/quarry.tgz build/", "done"])
        + ["section_start:1733500300:upload_artifacts_on_success\r\x1b[0K\x1b[0K\x1b[36;1mUploading artifacts for successful job\x1b[0;m",
           "\x1b[32;1mUploading artifacts...\x1b[0;m", "dist/: found 1 matching artifact files and directories"]
        + ["\x1b[0;33mWARNING: Uploading artifacts as \"archive\" to coordinator... 502 Bad Gateway  id=4413 responseStatus=502 Bad Gateway status=502 token=glcbt-m6\x1b[0;m",
           "\x1b[0;33mWARNING: Retrying...                               \x1b[0;m  context=artifacts-uploader error=invalid argument"] * 2
        + ["\x1b[0;33mWARNING: Uploading artifacts as \"archive\" to coordinator... 502 Bad Gateway  id=4413 responseStatus=502 Bad Gateway status=502 token=glcbt-m6\x1b[0;m",
           "\x1b[31;1mFATAL: invalid argument                            \x1b[0;m", "section_end:1733500310:upload_artifacts_on_success\r\x1b[0K"]
        + closing())),
}
# 4. cargo-audit's glued count (read real at 1c2a3be as well, on no finding but an unexplained error: the test below asks
# for the advisory gate)
AUDIT_LOG = J(runner() + script(AUDIT_GLUED) + closing())


@pytest.mark.parametrize(("verdict", "log"), [pytest.param(v, log, id=f"{kind}-{cid}") for cid, (v, kind, log) in CASES.items()])
def test_gitlab_job_reads(verdict, log):
    v = judge(log)
    assert v.verdict == verdict, v.rationale


def test_glued_audit_count_is_the_advisory_gate():
    v = judge(AUDIT_LOG)
    assert v.verdict == "real" and v.category == "policy-gate" and "security-license-gate" in signatures(v), v.rationale


def test_guard_glued_zero_count_is_no_advisory_finding():
    log = J(runner() + script(AUDIT_GLUED[:-4] + ["Warning:   unmaintainederror: 0 vulnerabilities found!"]) + closing())
    assert "security-license-gate" not in signatures(judge(log))


def test_runner_events_list_is_no_refused_permission():
    v = judge(CASES["events-forbidden-after-npm-timeout"][2])
    assert "access-denied" not in signatures(v)


def test_guard_kubectl_refusal_in_the_script_stays_access_denied():
    assert "access-denied" in signatures(judge(CASES["kubectl-forbidden-in-script"][2]))


def test_retried_preparation_is_no_lost_runner():
    v = judge(CASES["prep-retried-then-go-test"][2])
    assert v.category != "infrastructure" and "agent-unresponsive" not in signatures(v), v.rationale


HANG = script(["\x1b[32;1m$ cargo test --workspace\x1b[0;m", "running 52 tests", "test depot::tests::reopen ... ok",
               "test depot::tests::lease_expires has been running for over 60 seconds"])
AFTER = ["section_start:1733500300:after_script\r\x1b[0K\x1b[0K\x1b[36;1mRunning after_script\x1b[0;m",
         "\x1b[32;1mRunning after script...\x1b[0;m", "\x1b[32;1m$ du -sh target\x1b[0;m", "8.1G\ttarget",
         "section_end:1733500302:after_script\r\x1b[0K"]
UPLOAD = failed_upload(["\x1b[0;33mWARNING: target/nextest/junit.xml: no matching files. Ensure that the artifact path is relative to the working directory (/builds/north/quarry)\x1b[0;m",
                        "\x1b[31;1mERROR: No files to upload                         \x1b[0;m"])
TIME_LIMIT = ["section_start:1733503900:cleanup_file_variables\r\x1b[0K\x1b[0K\x1b[36;1mCleaning up project directory and file based variables\x1b[0;m",
              "section_end:1733503901:cleanup_file_variables\r\x1b[0K",
              "\x1b[31;1mERROR: Job failed: execution took longer than 1h0m0s seconds\x1b[0;m", ""]


@pytest.mark.parametrize("between", [pytest.param(UPLOAD, id="guard-failed-upload"), pytest.param(AFTER, id="after-script"),
                                     pytest.param(AFTER + UPLOAD, id="after-script-and-failed-upload")])
def test_runner_status_line_reads_the_same_below_the_post_script_sections(between):
    """The runner's status line at the end ("ERROR: Job failed: execution took longer than ...") reads as it reads with
    nothing between it and the script: after_script's and the failed job's upload's output are dropped, not the status
    below them. (Whatever that reading is: a job's time limit is no verdict this test decides.)"""
    alone, framed = judge(J(runner() + HANG + TIME_LIMIT)), judge(J(runner() + HANG + between + TIME_LIMIT))
    assert (framed.verdict, framed.category) == (alone.verdict, alone.category), framed.rationale


def test_failed_jobs_upload_alone_decides_nothing():
    """A failed job's artifact upload that the coordinator refused with 503 on every try, and nothing of the script: the
    script had failed before the upload began, so the upload says nothing of why (test_tool_sources_ci_systems.py's
    gitlab-artifact-upload-503 reads the successful job's upload, which the job failed on)."""
    log = J(["Uploading artifacts for failed job", "Uploading artifacts...",
             "htmlcov/: found 77 matching artifact files and directories"]
            + ["ERROR: Uploading artifacts as \"archive\" to coordinator... 503 Service Unavailable  id=5120 responseStatus=503 Service Unavailable status=503 token=glcbt-p0",
               "WARNING: Retrying...                               context=artifacts-uploader error=service unavailable"] * 2
            + ["FATAL: service unavailable", "ERROR: Job failed: exit code 1", ""])
    assert judge(log).verdict != "transient"
