"""(review33_c) This round's readings seen from the other side: a job's own hang read from a line repeated right above a
CI system's stop (review33_b), a download's head over the server's stated 404 or 410 and a host lookup under Open Build
Service's elapsed-seconds prefix (miss33).

Two kinds of whole logs:

(1) real failures that may read transient: a test's own loop or wait whose line carries a word the repeated-line
reading leaves to the stop ("ready", "retrying", "service"), a Python stack dump with no lock frame, a file a download
names that is not there;

(2) transient failures that may now read real: a repeated wait on the machine or the platform ("waiting for the Docker
daemon", an emulator that does not boot, a pod pending, a lock another job on the shared runner holds), a 404 from a
mirror or index between syncs (a file the index lists and its store does not yet serve, one mirror's 404 after another
mirror's time-out), a name lookup in a log whose lines carry an elapsed-seconds prefix that is not Open Build Service's.

Over GitLab CI, GitHub Actions, Azure Pipelines, Travis CI, Tekton, Jenkins, Buildkite, CircleCI, TeamCity and Drone;
Python, JavaScript, Ruby, Rust, Go, Java, .NET, Elixir, C/C++, Android, Swift, PHP and Debian/RPM packaging.

Each case is (id, expected, log); expected is "transient" or "real", "not_transient" (real or unknown) or "not_real"
(transient or unknown). Every line here was written for the test; hosts, names and paths are made up. Of the 69 logs
tried, 28 were misread at f3bb628 (5 real failures read transient, 22 transient failures read real, one real read
unknown); 22 of them pin this review's fixes (a repeated wait on the machine or platform, a lookup under a wrapper's
elapsed-seconds prefix, a stack dump waiting in threading or queue), 6 are strict xfails whose reason starts "LEFT:";
the rest read right at f3bb628 already and pin the verdict; the four "near_" cases guard the fixes' other side."""

from __future__ import annotations

from functools import partial

import pytest
from frames import GH_EXIT, Azure, Circle, Frame, GitLab, Tekton, Travis
from judging import assert_unique_ids, judge

J = "\n".join
CASES: list[tuple[str, str, str]] = []


def case(cid: str, expected: str, lines: list[str]) -> None:
    CASES.append((cid, expected, J(lines)))


# ---- frames (tests/frames.py; as lists, which case() joins)
gl = GitLab(["Running with gitlab-runner 17.6.0 (c3a8d2f1)", "  on tarn-docker-3 xK82pQ, system ID: s_91ab22c0de11",
             "Preparing the \"docker\" executor", "Using Docker executor with image python:3.12 ...",
             "Getting source from Git repository", "Checking out 4e5d6c7b as detached HEAD (ref is main)...",
             "Executing \"step_script\" stage of the job script"],
            status="ERROR: Job failed: execution took longer than 1h0m0s seconds",
            end=["WARNING: step_script could not run to completion because the timeout was exceeded. For more control "
                 "over job and script timeouts see: https://docs.gitlab.com/ee/ci/runners/configure_runners.html"
                 "#set-script-and-after_script-timeouts"]).lines

gl_fail = GitLab(["Running with gitlab-runner 17.6.0 (c3a8d2f1)", "  on tarn-docker-3 xK82pQ, system ID: s_91ab22c0de11",
                  "Preparing the \"docker\" executor", "Getting source from Git repository",
                  "Executing \"step_script\" stage of the job script"]).lines

_GH_HEAD = ["Current runner version: '2.321.0'", "Runner name: 'tarn-gha-12'", "##[group]Run actions/checkout@v4",
            "##[endgroup]", "##[group]Run ./ci/test.sh", "./ci/test.sh", "shell: /usr/bin/bash -e {0}", "##[endgroup]"]
gh = Frame(_GH_HEAD, tail=["##[error]The job running on runner tarn-gha-12 has exceeded the maximum execution time of "
                           "45 minutes."]).lines
gh_fail = Frame(_GH_HEAD, tail=[GH_EXIT]).lines

az = partial(Azure(script=["Script contents:", "./ci/test.sh",
                           "========================== Starting Command Output ===========================",
                           "[command]/usr/bin/bash /home/vsts/work/_temp/a81c2e.sh"],
                   tail=["##[error]The job running on agent tarn-pool-4 ran longer than the maximum time of 60 "
                         "minutes. For more information, see https://go.microsoft.com/fwlink/?linkid=2077134"],
                   finish=False).lines, "Run tests")

travis = Travis(["travis_fold:start:worker_info", "Worker information", "hostname: tarn-worker-7",
                 "travis_fold:end:worker_info"],
                tail=["", "No output has been received in the last 10m0s, this potentially indicates a stalled build "
                      "or something wrong with the build itself.", "Check the details on how to adjust your build "
                      "configuration on: https://docs.travis-ci.com/user/common-build-problems/"
                      "#build-times-out-because-no-output-was-received", "", "The build has been terminated"]).lines

tekton = partial(Tekton("step-test", tail=['TaskRun "tarn-ci-run-8x2kq-unit" failed to finish within "1h0m0s"']).lines,
                 "unit")

jk = Frame(["Started by an SCM change", "[Pipeline] Start of Pipeline", "[Pipeline] node",
            "Running on tarn-agent-2 in /var/jenkins/workspace/tarn_main", "[Pipeline] {", "[Pipeline] stage",
            "[Pipeline] { (Test)", "[Pipeline] sh"],
           tail=["Build timed out (after 40 minutes). Marking the build as failed.", "Terminated", "[Pipeline] }",
                 "[Pipeline] // stage", "[Pipeline] End of Pipeline", "Finished: FAILURE"]).lines

circle = Circle(tail=["", "Too long with no output (exceeded 10m0s): context deadline exceeded"]).lines

bk = Frame(["~~~ Preparing working directory", "$ cd /var/lib/buildkite-agent/builds/tarn-1/tarn/ledger",
            "$ git checkout -f 5a6b7c8d", "~~~ Running commands"]).lines


# ---- what runs before the hang
def py_dots(n: int = 6) -> list[str]:
    files = ["tests/unit/test_accounts.py", "tests/unit/test_batches.py", "tests/unit/test_fees.py",
             "tests/unit/test_ledger.py", "tests/unit/test_rates.py", "tests/unit/test_report.py",
             "tests/unit/test_sync.py", "tests/unit/test_export.py"]
    return ["============================= test session starts ==============================",
            f"collected {n * 14} items", ""] + [f"{files[i % len(files)]} {'.' * (8 + i * 3)}" for i in range(n)]


def rb_dots() -> list[str]:
    return ["Randomized with seed 4412", "", "." * 60, "." * 44 + "*" + "." * 20]


def cargo_ok(n: int = 6) -> list[str]:
    return ["     Running unittests src/lib.rs (target/debug/deps/tarn-3c1d2e4f5a6b7c8d)", "", f"running {n + 3} tests"] + [
        f"test ledger::tests::case_{i} ... ok" for i in range(n)]


# Drone's step log: the clone step's lines, then the step's commands under "+ "
drone = Frame(["[clone]", "+ git init", "Initialized empty Git repository in /drone/src/.git/",
               "+ git remote add origin https://git.tarn.example/tarn/ledger.git",
               "+ git fetch origin +refs/heads/main:", "+ git checkout 5a6b7c8d9e0f -b main", "Already on 'main'",
               "[test]", "+ ./ci/test.sh"], tail=[]).lines


def tc(body: list[str]) -> list[str]:
    """TeamCity's build log as downloaded: clock, status, the step."""
    return ([f"[09:41:{k:02d}] :\t [Step 2/3] {ln}" for k, ln in enumerate(
        ["Step 2/3: Build (Command Line)", "Starting: /opt/buildagent/temp/agentTmp/custom_script5512.sh",
         "in directory: /opt/buildagent/work/8c2f1d"]
        + body)] + ["[09:42:30]E:\t [Step 2/3] Process exited with code 1",
                    "[09:42:30]E:\t [Step 2/3] Step Build (Command Line) failed"])


def rep(lines: list[str], k: int) -> list[str]:
    return lines * k


# ==== (2a) a repeated wait on the machine or the platform above the stop: not the job's own hang
case("gl_pytest_then_waiting_docker_daemon", "not_real", gl(
    ["$ ./ci/test.sh"] + py_dots() + ["", "starting integration stage"]
    + rep(["waiting for the Docker daemon..."], 8)))
case("gh_pytest_then_emulator_boot", "not_real", gh(
    py_dots(5) + ["", "launching emulator avd=tarn_api_34"] + rep(["Waiting for emulator to boot..."], 12)))
case("az_cargo_then_pod_pending", "not_real", az(
    cargo_ok() + ["", "test result: ok. 9 passed; 0 failed; 0 ignored", "", "deploying e2e fixture"]
    + rep(["pod e2e/tarn-fixture-0 is Pending"], 7)))
case("jk_pytest_then_port_forward_restart", "not_real", jk(
    py_dots(4) + ["", "opening tunnel to the staging database"]
    + rep(["port-forward svc/tarn-db exited, re-establishing"], 6)))
case("tekton_pytest_then_shared_runner_lock", "not_real", tekton(
    py_dots(4) + ["", "acquiring the device pool"]
    + rep(["still waiting for the lock held by another job on this shared runner"], 9)))
case("circle_rspec_then_dpkg_lock", "not_real", circle(
    "bundle exec rspec && ./ci/e2e.sh", rb_dots() + ["", "60 examples, 0 failures, 1 pending", "", "e2e: installing "
                                                     "browser"]
    + rep(["Waiting for cache lock: Could not get lock /var/lib/dpkg/lock-frontend. It is held by process 2280 "
           "(unattended-upgr)"], 6)))
case("gl_pytest_then_downstream_runner_pickup", "not_real", gl(
    ["$ ./ci/test.sh"] + py_dots(3) + ["", "triggered downstream pipeline tarn/deploy#8812"]
    + rep(["Waiting for a runner to pick up this job..."], 10)))
case("gh_cargo_then_docker_daemon_pair", "not_real", gh(
    cargo_ok(5) + ["", "test result: ok. 8 passed; 0 failed; 0 ignored", ""]
    + rep(["Cannot talk to the Docker daemon at unix:///var/run/docker.sock yet", "sleeping 5s"], 5)))
case("travis_rspec_then_xvfb", "not_real", travis(
    "bundle exec rspec && ./script/features", rb_dots() + ["", "60 examples, 0 failures, 1 pending", ""]
    + rep(["Waiting for Xvfb on display :99"], 6)))
case("az_pytest_then_selenium_grid", "not_real", az(
    py_dots(4) + ["", "browser tests"] + rep(["Waiting for the Selenium Grid hub to register a node..."], 8)))
case("jk_pytest_then_kind_api_server", "not_real", jk(
    py_dots(4) + ["", "creating kind cluster tarn-e2e"] + rep(["Waiting for the Kubernetes API server..."], 7)))
case("gh_pytest_then_vm_ip_address", "not_real", gh(
    py_dots(3) + ["", "booting test VM"] + rep(["    tarn-vm: Waiting for domain to get an IP address..."], 6)))
case("gl_cargo_then_gradle_cache_lock_other_build", "not_real", gl(
    ["$ ./ci/all.sh"] + cargo_ok(4) + ["", "test result: ok. 7 passed; 0 failed; 0 ignored", "", "building the "
                                       "Android shell"]
    + rep(["Waiting for the lock on /home/gitlab-runner/.gradle/caches/8.11 held by another build on this host"], 6)))
case("tekton_cargo_then_simulator_boot", "not_real", tekton(
    cargo_ok(4) + ["", "test result: ok. 7 passed; 0 failed; 0 ignored", ""]
    + rep(["Waiting for simulator 'iPhone 15' to boot"], 6)))

# ==== (1a) the job's own loop or wait: a real failure, never a rerun
case("gl_pytest_then_worker_ready_signal_loop", "not_transient", gl(
    ["$ pytest -q tests"] + py_dots(4)
    + rep(["worker-2: waiting for ready signal from worker-3"], 8)))
case("gh_pytest_then_own_retry_settlement_loop", "not_transient", gh(
    py_dots(4) + rep(["ledger: conflict on batch 7, retrying settlement"], 9)))
case("az_cargo_then_pool_exhausted_loop", "not_transient", az(
    cargo_ok(4) + rep(["pool: waiting for a free slot (0 idle, 8 in use)"], 7)))
case("jk_pytest_then_registry_partition_loop", "not_transient", jk(
    py_dots(4) + rep(["consumer-1: waiting for the partition service to assign a partition"], 8)))
case("travis_rspec_then_lock_loop", "not_transient", travis(
    "bundle exec rspec", rb_dots() + rep(["Ledger::Book waiting for lock :settle held by thread 2"], 6)))
case("gl_pytest_faulthandler_queue_get_no_lock_frame", "not_transient", gl(
    ["$ pytest -q -p faulthandler -o faulthandler_timeout=600 tests"] + py_dots(4)
    + ["Timeout (0:10:00)!", "Thread 0x00007f3a1c2b5740 (most recent call first):",
       '  File "/usr/lib/python3.12/threading.py", line 355 in wait',
       '  File "/usr/lib/python3.12/queue.py", line 171 in get',
       '  File "/builds/tarn/ledger/tarn/sync/pump.py", line 88 in drain',
       '  File "/builds/tarn/ledger/tests/unit/test_sync.py", line 41 in test_pump_drains_all',
       '  File "/usr/lib/python3/dist-packages/_pytest/python.py", line 159 in pytest_pyfunc_call']))
case("gh_pytest_pair_loop_a_b", "not_transient", gh(
    py_dots(4) + rep(["rebalance: shard 4 moves node-a -> node-b", "rebalance: shard 4 moves node-b -> node-a"], 6)))
case("circle_cargo_own_hang_plain", "not_transient", circle(
    "cargo test", cargo_ok(5) + rep(["scheduler: tick 0, queue depth 3, nothing runnable"], 8)))
case("tekton_pytest_own_lease_wait", "real", tekton(
    py_dots(4) + rep(["worker-1: waiting for lease ledger/settle..."], 7)))

# ==== (2b) a 404 from a mirror or an index between syncs: the next run finds the file
case("gh_mirror_timeout_then_second_mirror_404", "not_real", gh_fail([
    "fetching tarn-data-2026.11.tar.zst", "trying https://mirror-a.tarn.example/data/tarn-data-2026.11.tar.zst",
    "curl: (28) Connection timed out after 30002 milliseconds",
    "trying https://mirror-b.tarn.example/data/tarn-data-2026.11.tar.zst",
    "curl: (22) The requested URL returned error: 404",
    "ERROR: failed to download tarn-data-2026.11.tar.zst from any mirror"]))
case("gl_mirror_404_then_second_mirror_timeout", "not_real", gl_fail([
    "$ ./ci/fetch-data.sh", "trying https://mirror-b.tarn.example/data/tarn-data-2026.11.tar.zst",
    "curl: (22) The requested URL returned error: 404",
    "trying https://mirror-a.tarn.example/data/tarn-data-2026.11.tar.zst",
    "curl: (28) Operation timed out after 60000 milliseconds with 0 bytes received",
    "ERROR: failed to download tarn-data-2026.11.tar.zst"]))
case("az_wget_mirror_404_then_wget_timeout", "not_real", az([
    "--2026-12-06 09:12:01--  https://mirror-b.tarn.example/pool/tarn-fixtures_3.2.tar.gz",
    "Resolving mirror-b.tarn.example (mirror-b.tarn.example)... 198.51.100.20",
    "Connecting to mirror-b.tarn.example (mirror-b.tarn.example)|198.51.100.20|:443... connected.",
    "HTTP request sent, awaiting response... 404 Not Found", "2026-12-06 09:12:01 ERROR 404: Not Found.",
    "--2026-12-06 09:12:01--  https://mirror-a.tarn.example/pool/tarn-fixtures_3.2.tar.gz",
    "Connecting to mirror-a.tarn.example (mirror-a.tarn.example)|198.51.100.10|:443... failed: Connection timed out.",
    "Giving up.", "download failed: tarn-fixtures_3.2.tar.gz"], ["##[error]Bash exited with code '1'."]))
case("jk_nuget_listed_version_404_flatcontainer", "not_real", jk([
    "+ dotnet restore Tarn.sln", "  Determining projects to restore...",
    "  Failed to download package 'Tarn.Ledger.Abstractions.4.2.0' from 'https://api.nuget.org/v3-flatcontainer/"
    "tarn.ledger.abstractions/4.2.0/tarn.ledger.abstractions.4.2.0.nupkg'.",
    "  Response status code does not indicate success: 404 (Not Found).",
    "  Retrying 'FindPackagesByIdAsync' for source 'https://api.nuget.org/v3-flatcontainer/tarn.ledger.abstractions/"
    "index.json'.",
    "/usr/share/dotnet/sdk/8.0.404/NuGet.targets(174,5): error : Failed to download package "
    "'Tarn.Ledger.Abstractions.4.2.0' from 'https://api.nuget.org/v3-flatcontainer/tarn.ledger.abstractions/4.2.0/"
    "tarn.ledger.abstractions.4.2.0.nupkg'. [/var/jenkins/workspace/tarn_main/Tarn.sln]",
    "/usr/share/dotnet/sdk/8.0.404/NuGet.targets(174,5): error : Response status code does not indicate success: 503 "
    "(Service Unavailable). [/var/jenkins/workspace/tarn_main/Tarn.sln]"],
    ["script returned exit code 1", "[Pipeline] }", "Finished: FAILURE"]))
case("gh_pip_file_404_cdn_then_503", "not_real", gh_fail([
    "Collecting tarn-ledger==2.3.0 (from -r requirements.txt (line 4))",
    "  Downloading https://files.pythonhosted.org/packages/7a/1c/tarn_ledger-2.3.0-py3-none-any.whl (81 kB)",
    "ERROR: HTTP error 503 while getting https://files.pythonhosted.org/packages/7a/1c/tarn_ledger-2.3.0-py3-none-any.whl",
    "ERROR: Could not install requirement tarn-ledger==2.3.0 from https://files.pythonhosted.org/packages/7a/1c/"
    "tarn_ledger-2.3.0-py3-none-any.whl because of HTTP error 503 Server Error: Service Unavailable for url: "
    "https://files.pythonhosted.org/packages/7a/1c/tarn_ledger-2.3.0-py3-none-any.whl"]))
case("gl_cmake_status22_with_502", "transient", gl_fail([
    "$ cmake -S . -B build", "-- Populating tarn_fmt", "CMake Error at tarn_fmt-subbuild/tarn_fmt-populate-prefix/src/"
    "tarn_fmt-populate-stamp/download-tarn_fmt-populate.cmake:170 (message):", "  Each download failed!", "",
    "    error: downloading 'https://codeload.tarn.example/fmt/tar.gz/11.0.2' failed", "          status_code: 22",
    "          status_string: \"HTTP response code said error\"", "          log:", "          --- LOG BEGIN ---",
    "          Trying 203.0.113.44:443...", "  The requested URL returned error: 502", "", "          --- LOG END ---",
    "-- Configuring incomplete, errors occurred!"]))
case("gl_cmake_status22_with_429", "transient", gl_fail([
    "$ cmake -S . -B build", "-- Populating tarn_json", "CMake Error at tarn_json-subbuild/tarn_json-populate-prefix/src/"
    "tarn_json-populate-stamp/download-tarn_json-populate.cmake:170 (message):", "  Each download failed!", "",
    "    error: downloading 'https://codeload.tarn.example/json/tar.gz/v3.11.3' failed", "          status_code: 22",
    "          status_string: \"HTTP response code said error\"", "          log:", "          --- LOG BEGIN ---",
    "  The requested URL returned error: 429", "", "          --- LOG END ---",
    "-- Configuring incomplete, errors occurred!"]))
case("bk_curl_404_then_5xx_between_head", "not_real", bk([
    "$ ./scripts/bootstrap.sh", "fetching tarn-proto-gen v0.9.1",
    "curl: (22) The requested URL returned error: 404", "retry with the release CDN",
    "curl: (22) The requested URL returned error: 503", "Download failed: tarn-proto-gen v0.9.1"],
    ["🚨 Error: The command exited with status 1"]))

# ==== (1b) a 404 or 410 for a file that is not there: real
case("gh_curl_release_asset_404_real", "real", gh_fail([
    "Installing tarnctl 2.4.1", "curl -fsSL -o /tmp/tarnctl.tgz https://downloads.tarn.example/tarnctl/v2.4.1/"
    "tarnctl_2.4.1_linux_amd64.tgz", "curl: (22) The requested URL returned error: 404",
    "Error: failed to download tarnctl 2.4.1"]))
case("travis_wget_404_real", "real", [
    "travis_fold:start:worker_info", "Worker information", "hostname: tarn-worker-7", "travis_fold:end:worker_info",
    "$ ./ci/install-tools.sh", "--2026-12-06 09:20:44--  https://downloads.tarn.example/tools/tarn-lint-1.8.0.tar.gz",
    "Resolving downloads.tarn.example (downloads.tarn.example)... 198.51.100.7",
    "Connecting to downloads.tarn.example (downloads.tarn.example)|198.51.100.7|:443... connected.",
    "HTTP request sent, awaiting response... 404 Not Found", "2026-12-06 09:20:44 ERROR 404: Not Found.", "",
    "Download failed: tarn-lint-1.8.0.tar.gz", "", 'The command "./ci/install-tools.sh" exited with 1.', "",
    "Done. Your build exited with 1."])
case("az_dotnet_webclient_404_real", "real", az([
    "Downloading the schema bundle", "Exception calling \"DownloadFile\" with \"2\" argument(s): \"The remote server "
    "returned an error: (404) Not Found.\"", "At /home/vsts/work/_temp/fetch.ps1:12 char:1",
    "+ $wc.DownloadFile($url, $out)", "Could not download tarn-schemas-5.0.zip"],
    ["##[error]PowerShell exited with code '1'."]))
case("gl_curl_410_gone_real", "real", gl_fail([
    "$ ./ci/fetch-sdk.sh", "fetching https://sdk.tarn.example/legacy/tarn-sdk-1.2.zip",
    "curl: (22) The requested URL returned error: 410", "ERROR: unable to download tarn-sdk-1.2.zip"]))
case("jk_nuget_404_real_unlisted", "real", jk([
    "+ dotnet restore Tarn.sln", "  Determining projects to restore...",
    "/usr/share/dotnet/sdk/8.0.404/NuGet.targets(174,5): error : Failed to download package 'Tarn.Internal.Rates.0.1.0' "
    "from 'https://nuget.tarn.example/v3/package/tarn.internal.rates/0.1.0/tarn.internal.rates.0.1.0.nupkg'. "
    "[/var/jenkins/workspace/tarn_main/Tarn.sln]",
    "/usr/share/dotnet/sdk/8.0.404/NuGet.targets(174,5): error : Response status code does not indicate success: 404 "
    "(Not Found). [/var/jenkins/workspace/tarn_main/Tarn.sln]"],
    ["script returned exit code 1", "[Pipeline] }", "Finished: FAILURE"]))
case("circle_homebrew_404_real", "real", circle("brew install tarn/tap/tarnctl", [
    "==> Fetching tarn/tap/tarnctl", "==> Downloading https://downloads.tarn.example/tarnctl-3.0.0.tar.gz",
    "curl: (22) The requested URL returned error: 404", "Error: tarnctl: Failed to download resource \"tarnctl\"",
    "Download failed: https://downloads.tarn.example/tarnctl-3.0.0.tar.gz"])[:-2] + ["Exited with code exit status 1"]
    + ["", "Uploading artifacts", "No artifacts found", "Uploading test results", "No test results found"])
case("gl_cmake_status22_with_404_not_transient", "not_transient", gl_fail([
    "$ cmake -S . -B build", "-- Populating tarn_zstd", "CMake Error at tarn_zstd-subbuild/tarn_zstd-populate-prefix/src/"
    "tarn_zstd-populate-stamp/download-tarn_zstd-populate.cmake:170 (message):", "  Each download failed!", "",
    "    error: downloading 'https://codeload.tarn.example/zstd/tar.gz/v9.9.9' failed", "          status_code: 22",
    "          status_string: \"HTTP response code said error\"", "          log:", "          --- LOG BEGIN ---",
    "  The requested URL returned error: 404", "", "          --- LOG END ---",
    "-- Configuring incomplete, errors occurred!"]))
case("gh_script_download_then_http_error_404", "real", gh_fail([
    "Resolving fixtures", "could not download fixtures/ledger-2026.json", "HTTP error 404 from "
    "https://fixtures.tarn.example/ledger-2026.json"]))

# ==== (2c) a name lookup under an elapsed-seconds prefix that is not Open Build Service's
def secs(lines: list[str], t0: int = 3) -> list[str]:
    """A wrapper's elapsed-seconds prefix (a `ts -s`-style filter set to seconds), as some CI scripts add."""
    return [f"[{t0 + k:>4}s] {ln}" for k, ln in enumerate(lines)]


case("gh_ts_seconds_pip_dns", "not_real", gh_fail(secs([
    "+ python -m pip install -r requirements.txt", "Collecting tarn-rates==1.4"] + [
    f"WARNING: Retrying (Retry(total={4 - k}, connect=None, read=None, redirect=None, status=None)) after connection "
    "broken by 'NewConnectionError('<pip._vendor.urllib3.connection.HTTPSConnection object at 0x7f11aa>: Failed to "
    "establish a new connection: [Errno -3] Temporary failure in name resolution')': /simple/tarn-rates/"
    for k in range(5)] + [
    "ERROR: Could not find a version that satisfies the requirement tarn-rates==1.4 (from versions: none)",
    "ERROR: No matching distribution found for tarn-rates==1.4"])))
case("jk_ts_seconds_npm_eai_again", "not_real", jk(secs([
    "+ npm ci", "npm error code EAI_AGAIN", "npm error syscall getaddrinfo", "npm error errno EAI_AGAIN",
    "npm error request to https://registry.npmjs.org/tarn-ui failed, reason: getaddrinfo EAI_AGAIN registry.npmjs.org",
    "npm error A complete log of this run can be found in: /root/.npm/_logs/2026-12-06T09_30_12_001Z-debug-0.log"], 41),
    ["script returned exit code 1", "[Pipeline] }", "Finished: FAILURE"]))
case("drone_ts_seconds_go_no_such_host", "not_real", drone(secs([
    "+ go mod download", "go: tarn.example/rates@v0.4.2: Get \"https://proxy.golang.org/tarn.example/rates/@v/v0.4.2.mod"
    "\": dial tcp: lookup proxy.golang.org on 10.0.0.2:53: no such host", "exit status 1"], 7)))
case("bk_ts_seconds_cargo_dns", "not_real", bk(secs([
    "$ cargo build --locked", "    Updating crates.io index",
    "warning: spurious network error (3 tries remaining): [6] Couldn't resolve host name (Could not resolve host: "
    "index.crates.io)", "error: failed to get `serde` as a dependency of package `tarn v0.3.0 (/workdir)`",
    "Caused by:", "  download of config.json failed"], 12), ["🚨 Error: The command exited with status 101"]))
case("tc_ts_seconds_maven_unknown_host", "not_real", tc(secs([
    "[Step 2/3] mvn -B verify", "[INFO] Scanning for projects...",
    "[ERROR] Failed to execute goal on project tarn-core: Could not resolve dependencies for project "
    "org.tarn:tarn-core:jar:1.0: Could not transfer artifact org.tarn:rates-api:pom:2.7.0 from/to central "
    "(https://repo.maven.apache.org/maven2): java.net.UnknownHostException: repo.maven.apache.org",
    "[ERROR] -> [Help 1]", "[ERROR] Re-run Maven using the -X switch to enable full debug logging."], 20)))
# the same under an rpmbuild in Open Build Service's own worker: real
case("obs_rpmbuild_pip_dns_real", "real", [f"[{t:>5}s] {ln}" for t, ln in enumerate([
    "Using BUILD_ROOT=/var/cache/obs/worker/root_3", "Using BUILD_ARCH=x86_64", "", "Doing kvm build in /var/cache/obs/worker/root_3/root",
    "tarn-worker-12 started \"build python-tarn.spec\" at Sun Dec  6 09:00:00 UTC 2026.",
    "Building python-tarn for project 'home:tarn' repository 'openSUSE_Tumbleweed' arch 'x86_64'",
    "+ /usr/bin/python3 -m pip install --no-build-isolation tarn-rates==1.4",
    "WARNING: Retrying (Retry(total=4, connect=None, read=None, redirect=None, status=None)) after connection broken by "
    "'NewConnectionError('<pip._vendor.urllib3.connection.HTTPSConnection object at 0x7f2a1c>: Failed to establish a new "
    "connection: [Errno -3] Temporary failure in name resolution')': /simple/tarn-rates/",
    "ERROR: Could not find a version that satisfies the requirement tarn-rates==1.4 (from versions: none)",
    "error: Bad exit status from /var/tmp/rpm-tmp.Rt55Yu (%build)"], 60)])
case("obs_debbuild_npm_dns_real", "real", [f"[{t:>5}s] {ln}" for t, ln in enumerate([
    "Using BUILD_ROOT=/var/cache/obs/worker/root_5", "Using BUILD_ARCH=x86_64", "",
    "Building tarn-ui for project 'home:tarn' repository 'Debian_12' arch 'x86_64'",
    " dpkg-buildpackage -us -uc -b", " debian/rules build", "npm error code ENOTFOUND",
    "npm error request to https://registry.npmjs.org/tarn-ui failed, reason: getaddrinfo ENOTFOUND registry.npmjs.org",
    "make: *** [debian/rules:8: build] Error 1", "dpkg-buildpackage: error: debian/rules build subprocess returned "
    "exit status 2"], 80)])


# ==== more shapes: other runners' progress lines, other tools' 404s and lookups
def mocha_ticks() -> list[str]:
    return ["", "  Ledger", "    \u2024\u2024\u2024\u2024\u2024\u2024\u2024\u2024\u2024\u2024\u2024\u2024"]


def ex_dots() -> list[str]:
    return ["Running ExUnit with seed: 80211, max_cases: 4", "", "." * 48]


def go_fail(name: str) -> list[str]:
    return [f"=== RUN   {name}", "    settle_test.go:41: settled 2 of 3 entries before the deadline",
            f"--- FAIL: {name} (0.02s)"]


case("gh_go_count3_same_timing_test_fails_three_times", "real", gh_fail(
    ["go test -count=3 ./settle/...", "go: downloading tarn.example/rates v0.4.2"]
    + go_fail("TestSettleBeforeTimeout") + ["=== RUN   TestSettleOrder", "--- PASS: TestSettleOrder (0.00s)"]
    + go_fail("TestSettleBeforeTimeout") + go_fail("TestSettleBeforeTimeout")
    + ["FAIL", "FAIL\ttarn.example/ledger/settle\t0.112s", "FAIL"]))
case("gl_ctest_start_then_time_limit", "not_transient", gl(
    ["$ ctest --test-dir build --output-on-failure", "Test project /builds/tarn/ledger/build",
     "    Start 1: ledger_roundtrip", "1/6 Test #1: ledger_roundtrip .................   Passed    0.04 sec",
     "    Start 2: ledger_rates", "2/6 Test #2: ledger_rates .....................   Passed    0.11 sec",
     "    Start 3: ledger_settle_concurrent"]))
case("circle_mocha_then_docker_daemon", "not_real", circle(
    "npm test && ./ci/e2e.sh", mocha_ticks() + ["", "  12 passing (340ms)", "", "e2e: starting the stack"]
    + rep(["waiting for the Docker daemon to come up"], 7)))
case("travis_exunit_then_adb_device", "not_real", travis(
    "mix test && ./ci/android.sh", ex_dots() + ["", "Finished in 0.9 seconds", "48 tests, 0 failures", ""]
    + rep(["- waiting for device emulator-5554 to come online"], 6)))
case("jk_minitest_own_sweeper_loop", "not_transient", jk(
    ["+ bin/rails test", "Run options: --seed 2211", "", "# Running:", "", "." * 40]
    + rep(["Sweeper tick: 0 jobs reclaimed, 4 still claimed"], 8)))
case("az_pytest_leader_node_loop_own", "not_transient", az(
    py_dots(4) + rep(["raft: leadership moves node-3 -> node-4", "raft: leadership moves node-4 -> node-3"], 5)))
case("gh_libtest_slow_then_kvm_device_wait", "not_real", gh(
    cargo_ok(3) + ["test vm::tests::boots_guest has been running for over 60 seconds"]
    + rep(["waiting for device /dev/kvm to appear"], 5)))
case("gl_apt_update_then_pool_404_mid_sync", "not_real", gl_fail([
    "$ apt-get update && apt-get install -y --no-install-recommends libtarn-dev",
    "Get:1 http://mirror.tarn.example/debian bookworm InRelease [151 kB]",
    "Get:2 http://mirror.tarn.example/debian bookworm-updates InRelease [55.4 kB]",
    "Get:3 http://mirror.tarn.example/debian bookworm/main amd64 Packages [8792 kB]", "Fetched 9001 kB in 2s (4500 kB/s)",
    "Reading package lists...", "Building dependency tree...", "The following NEW packages will be installed:",
    "  libtarn-dev libtarn3", "Err:1 http://mirror.tarn.example/debian bookworm/main amd64 libtarn3 amd64 3.2.1-2",
    "  404  Not Found [IP: 198.51.100.31 80]", "E: Failed to fetch http://mirror.tarn.example/debian/pool/main/t/tarn/"
    "libtarn3_3.2.1-2_amd64.deb  404  Not Found [IP: 198.51.100.31 80]",
    "E: Unable to fetch some archives, maybe run apt-get update or try with --fix-missing?"]))
case("jk_composer_packagist_404_real", "not_transient", jk([
    "+ composer install --no-interaction --prefer-dist", "Loading composer repositories with package information",
    "Updating dependencies", "Your requirements could not be resolved to an installable set of packages.", "",
    "  Problem 1", "    - Root composer.json requires tarn/ledger-bridge ^2.1, it could not be found in any version, "
    "there may be a typo in the package name."], ["script returned exit code 2", "[Pipeline] }", "Finished: FAILURE"]))
case("gh_go_proxy_404_unknown_revision_real", "real", gh_fail([
    "go mod download", "go: downloading tarn.example/rates v1.4.0",
    "go: tarn.example/rates@v1.4.0: reading https://proxy.golang.org/tarn.example/rates/@v/v1.4.0.zip: 404 Not Found",
    "\tserver response: not found: tarn.example/rates@v1.4.0: invalid version: unknown revision v1.4.0"]))
case("az_swiftpm_binary_target_404_real", "real", az([
    "swift build -c release", "Fetching https://git.tarn.example/tarn/tarn-kit.git",
    "Fetched https://git.tarn.example/tarn/tarn-kit.git from cache (0.42s)",
    "Computing version for https://git.tarn.example/tarn/tarn-kit.git",
    "error: failed downloading 'https://downloads.tarn.example/TarnKit-2.0.0.xcframework.zip' which is required by "
    "binary target 'TarnKit': badResponseStatusCode(404)"], ["##[error]Bash exited with code '1'."]))
case("gl_gradle_google_503_transient", "transient", gl_fail([
    "$ ./gradlew assembleDebug", "> Task :app:preBuild UP-TO-DATE",
    "> Task :app:checkDebugAarMetadata FAILED", "", "FAILURE: Build failed with an exception.", "",
    "* What went wrong:", "Execution failed for task ':app:checkDebugAarMetadata'.",
    "> Could not resolve all files for configuration ':app:debugRuntimeClasspath'.",
    "   > Could not download core-1.13.1.aar (androidx.core:core:1.13.1)",
    "      > Could not get resource 'https://dl.google.com/dl/android/maven2/androidx/core/core/1.13.1/core-1.13.1.aar'.",
    "         > Could not GET 'https://dl.google.com/dl/android/maven2/androidx/core/core/1.13.1/core-1.13.1.aar'. "
    "Received status code 503 from server: Service Unavailable"]))
case("drone_mix_hex_nxdomain_transient", "transient", drone([
    "+ mix deps.get", "Resolving Hex dependencies...",
    "** (Mix) httpc request failed with: {:failed_connect, [{:to_address, {~c\"repo.hex.pm\", 443}}, {:inet, [:inet], "
    ":nxdomain}]}", "", "Could not find Hex, which is needed to build dependency :tarn_rates", "exit code 1"]))
case("bk_curl_404_then_429_between_head", "not_real", bk([
    "$ ./scripts/bootstrap.sh", "fetching tarn-schema v3.1.0 from the primary host",
    "curl: (22) The requested URL returned error: 404", "trying the mirror",
    "curl: (22) The requested URL returned error: 429", "Download failed: tarn-schema v3.1.0"],
    ["🚨 Error: The command exited with status 1"]))
case("obs_rpm_test_failure_real", "real", [f"[{t:>5}s] {ln}" for t, ln in enumerate([
    "Using BUILD_ROOT=/var/cache/obs/worker/root_2", "Using BUILD_ARCH=x86_64", "",
    "tarn-worker-4 started \"build python-tarn.spec\" at Sun Dec  6 09:10:00 UTC 2026.",
    "+ /usr/bin/python3 -m pytest -q tests", "........F....",
    "FAILED tests/test_rates.py::test_round_half_even - AssertionError: assert 2.5 == 2.0",
    "1 failed, 12 passed in 0.41s", "error: Bad exit status from /var/tmp/rpm-tmp.Kx81Lm (%check)", "",
    "RPM build errors:", "    Bad exit status from /var/tmp/rpm-tmp.Kx81Lm (%check)"], 300)])
case("gh_ts_seconds_compile_error_real", "real", gh_fail(secs([
    "+ cargo build --locked", "   Compiling tarn v0.3.0 (/home/runner/work/tarn/tarn)",
    "error[E0425]: cannot find value `rate_table` in this scope", "  --> src/rates.rs:44:9", "   |",
    "44 |         rate_table.get(code)", "   |         ^^^^^^^^^^ not found in this scope", "",
    "error: could not compile `tarn` (lib) due to 1 previous error"])))
case("tc_ts_seconds_curl_dns_transient", "not_real", tc(secs([
    "fetching the fixtures bundle", "curl -fsSL -o fixtures.tgz https://fixtures.tarn.example/bundle-42.tgz",
    "curl: (6) Could not resolve host: fixtures.tarn.example", "fixtures fetch failed", "exit 6"], 30)))
case("circle_head_404_with_timeout_flag_echo_not_transient", "not_transient", circle("./ci/fetch.sh", [
    "fetching tarn-sdk 4.0.0 (connect timeout 30s)",
    "curl: (22) The requested URL returned error: 404", "Error: failed to download tarn-sdk 4.0.0",
    "see https://docs.tarn.example/sdk for the versions that exist"])[:-2] + ["Exited with code exit status 1", "",
                                                                              "Uploading artifacts",
                                                                              "No artifacts found"])
case("gh_pytest_faulthandler_thread_join_own", "not_transient", gh(
    py_dots(3) + ["Timeout (0:05:00)!", "Thread 0x00007f81a0b2c640 (most recent call first):",
                  '  File "/home/runner/work/ledger/ledger/tarn/sync/pump.py", line 61 in _loop',
                  '  File "/usr/lib/python3.12/threading.py", line 1010 in run',
                  "", "Thread 0x00007f81a2e4d740 (most recent call first):",
                  '  File "/usr/lib/python3.12/threading.py", line 1147 in join',
                  '  File "/home/runner/work/ledger/ledger/tarn/sync/pump.py", line 94 in stop',
                  '  File "/home/runner/work/ledger/ledger/tests/unit/test_sync.py", line 58 in test_pump_stops']))
case("near_jk_pytest_faulthandler_queue_get_behind_ssl_read", "not_real", jk(
    py_dots(3) + ["Timeout (0:05:00)!", "Thread 0x00007f81a0b2c640 (most recent call first):",
                  '  File "/usr/lib/python3.12/ssl.py", line 1103 in read',
                  '  File "/usr/lib/python3.12/ssl.py", line 1251 in recv_into',
                  '  File "/usr/lib/python3.12/socket.py", line 720 in readinto',
                  '  File "/var/jenkins/workspace/tarn_main/tarn/feeds/fetch.py", line 33 in _pull',
                  "", "Thread 0x00007f81a2e4d740 (most recent call first):",
                  '  File "/usr/lib/python3.12/threading.py", line 355 in wait',
                  '  File "/usr/lib/python3.12/queue.py", line 171 in get',
                  '  File "/var/jenkins/workspace/tarn_main/tests/unit/test_feeds.py", line 22 in test_feed_rates']))
# near-misses of the platform words: a program's own cluster, job runner or device model looping on itself stays real
case("near_gl_pytest_own_cluster_quorum_loop", "not_transient", gl(
    ["$ pytest -q tests"] + py_dots(4) + rep(["cluster: waiting for quorum (2 of 3 members)"], 7)))
case("near_gh_cargo_own_job_runner_loop", "not_transient", gh(
    cargo_ok(4) + rep(["jobs: runner-2 idle, queue blocked on batch 7"], 6)))
case("near_az_pytest_own_device_model_loop", "not_transient", az(
    py_dots(3) + rep(["device model: waiting for the register write to settle"], 6)))

LEFT: dict[str, str] = {
    "gl_pytest_then_worker_ready_signal_loop": (
        "LEFT: the repeated line's 'ready' (a service waited on to be ready) leaves a test's own wait for a worker's ready "
        "signal to the stop's no-output reading: transient"),
    "gh_pytest_then_own_retry_settlement_loop": (
        "LEFT: a repeated line that retries is left to the stop's reading (a network retry looks the same), so a test's "
        "own conflict-retry loop reads transient"),
    "jk_pytest_then_registry_partition_loop": (
        "LEFT: 'service' in the repeated line leaves the code's own partition service wait to the stop's reading: "
        "transient"),
    "gh_ts_seconds_pip_dns": (
        "LEFT: an elapsed-seconds line prefix ('[  12s] ') is not stripped, so pip's retry reading anchored at the line's "
        "start misses and its not-found reads real"),
    "gl_apt_update_then_pool_404_mid_sync": (
        "LEFT: apt's pool 404 right after its own update in the same run (a mirror between syncs) reads as a package not "
        "published: real"),
}

_ALLOWED = {"transient": {"transient"}, "real": {"real"}, "not_transient": {"real", "unknown"},
            "not_real": {"transient", "unknown"}}


def test_case_ids_are_unique_and_logs_are_short_steps():
    assert_unique_ids(CASES)
    assert set(LEFT) <= {cid for cid, _, _ in CASES}
    assert all(10 <= len(log.splitlines()) <= 150 for _, _, log in CASES), [
        (cid, len(log.splitlines())) for cid, _, log in CASES if not 10 <= len(log.splitlines()) <= 150]


@pytest.mark.parametrize(("expected", "log"), [
    pytest.param(expected, log, id=cid,
                 marks=[pytest.mark.xfail(strict=True, reason=LEFT[cid])] if cid in LEFT else [])
    for cid, expected, log in CASES])
def test_review33_c(expected, log):
    v = judge(log)
    assert v.verdict in _ALLOWED[expected], (v.verdict, v.confidence, v.rationale)
