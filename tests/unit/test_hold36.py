"""hold36: the thirty-sixth round's released hold-out of real threads (../shared/eval/threads-r36), read as development data.

Readings added (each with its twin or near miss):

- Codecov's refusal of a tokenless upload ("Rate limit reached. Please upload with the Codecov repository upload token
  to resolve issue."): the job's configuration (no token), real, not the passing rate limit a 429 alone reads.
- R's "internet routines cannot be loaded" (its internet module did not load): R's build or its libcurl on the runner,
  real; a CRAN mirror's index that did not come keeps the outage reading.
- A Docker daemon the job launched itself (a traced "+ /usr/local/bin/dockerd ...", the Drone and Woodpecker Docker
  plugins' form, or a script's own dockerd) that never answered before the Unix socket's failure: not surely transient
  (mostly the plugin's privileged mode or a daemon too old for the host); a daemon that had answered, or the runner's
  own socket, keeps the transient reading.
- Travis' no-output stop or job time limit right below "Done. Your build exited with 0.": a process the build left
  running held the job open, real (config); a stall in the middle of the build keeps the transient reading.
- An anonymous call of GitHub's REST API (api.github.com) answered 403, no credentials in the log: GitHub's hourly limit
  for unauthenticated clients on a shared address, transient; with a token, or with one of GitHub's lasting 403s, or
  from another host, the refusal's reading stands.

Every line here was written for this test (hosts, paths, projects and numbers made up).
"""

from __future__ import annotations

import json
from collections import Counter

import pytest
from judging import assert_part_figures, assert_reads, assert_unique_ids
from shared_data import shared_file

_TRAVIS_STOP = [
    "No output has been received in the last 10m0s, this potentially indicates a stalled build or something wrong "
    "with the build itself.",
    "Check the details on how to adjust your build configuration on: "
    "https://docs.travis-ci.com/user/common-build-problems/#build-times-out-because-no-output-was-received", "",
    "The build has been terminated"]

_DOCKER_CLIENT = ["Client: Docker Engine - Community", " Version:           20.10.7", " API version:       1.41",
                  " OS/Arch:           linux/amd64"]

CASES: list[tuple[str, str, str | None, str]] = [
    # --- Codecov's tokenless limit (fails at 543b9cd: transient)
    ("codecov_tokenless_limit_uploader", "real", "config", "\n".join([
        "[2025-03-04T09:12:40.118Z] ['info'] -> No token specified or token is empty",
        "[2025-03-04T09:12:41.502Z] ['error'] There was an error running the uploader: Error uploading to "
        "https://codecov.io: Error: There was an error fetching the storage URL during POST: 429 - {'detail': "
        "ErrorDetail(string='Rate limit reached. Please upload with the Codecov repository upload token to resolve "
        "issue. Expected time to availability: 1442s.', code='throttled')}",
        "Error: Codecov: Failed to properly upload: The process '/home/runner/work/_actions/codecov/codecov-action/v3/"
        "dist/codecov' failed with exit code 255"]) + "\n"),
    ("codecov_tokenless_limit_wrapped", "real", "config", "\n".join([
        "Error: There was an error fetching the storage URL during POST: 429 -",
        '{"message":"Rate limit reached. Please upload with the Codecov repository upload',
        'token to resolve issue. Expected time to availability: 905s."}']) + "\n"),
    # near miss: a 429 of an upload with a token (no tokenless words): the passing limit, as before
    ("guard_codecov_429_with_token", "transient", None, "\n".join([
        "[2025-03-04T09:12:41.502Z] ['error'] There was an error running the uploader: Error uploading to "
        "https://codecov.io: Error: There was an error fetching the storage URL during POST: 429 - Too Many Requests",
        ]) + "\n"),
    # --- R's internet module not loaded (fails at 543b9cd: transient)
    ("r_internet_routines_not_loaded_index", "real", "config", "\n".join([
        "+Rscript -e 'install.packages(c(\"testthat\", \"jsonlite\"), repos=\"https://cloud.r-project.org\")'",
        "Warning: unable to access index for repository https://cloud.r-project.org/src/contrib:",
        "  internet routines cannot be loaded",
        "Warning message:",
        "packages 'testthat', 'jsonlite' are not available (for R version 4.3.1)"]) + "\n"),
    ("r_internet_module_shared_object", "real", "config", "\n".join([
        "Error in download.file(fixture_url, \"data/weights.csv\") : ",
        "  internet routines cannot be loaded",
        "In addition: Warning message:",
        "In download.file(fixture_url, \"data/weights.csv\") :",
        "  unable to load shared object '/usr/lib/R/modules//internet.so':",
        "  /opt/kiln/lib/libcurl.so.4: version `CURL_OPENSSL_4' not found (required by /usr/lib/R/modules//internet.so)",
        "Execution halted"]) + "\n"),
    # near miss: the public mirror's index did not come (an outage, as before)
    ("guard_r_cran_index_unreachable", "transient", None, "\n".join([
        "Warning: unable to access index for repository https://cloud.r-project.org/src/contrib:",
        "  cannot open URL 'https://cloud.r-project.org/src/contrib/PACKAGES'",
        "Warning message:",
        "package 'testthat' is not available (for R version 4.3.1)"]) + "\n"),
    # --- a daemon the job launched itself that never answered (fails at 543b9cd: transient)
    ("docker_plugin_own_daemon_never_answered", "not_transient", None, "\n".join([
        "+ /usr/local/bin/dockerd --data-root /var/lib/docker --host=unix:///var/run/docker.sock",
        "Detected registry credentials",
        "+ /usr/local/bin/docker version",
        *_DOCKER_CLIENT,
        "Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?",
        'time="2025-02-11T07:40:12Z" level=fatal msg="exit status 1"']) + "\n"),
    ("script_own_dockerd_never_answered", "not_transient", None, "\n".join([
        "$ sudo dockerd --storage-driver=vfs > /tmp/dockerd.log 2>&1 &",
        "$ sleep 5",
        "$ docker build -t quarry/api:ci .",
        "Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?",
        'The command "docker build -t quarry/api:ci ." exited with 1.']) + "\n"),
    # near misses: the launched daemon had answered (its Server section) and then went away; the runner's own socket
    ("guard_own_dockerd_answered_then_gone", "transient", None, "\n".join([
        "+ /usr/local/bin/dockerd --data-root /var/lib/docker --host=unix:///var/run/docker.sock",
        "+ /usr/local/bin/docker version",
        *_DOCKER_CLIENT,
        "", "Server: Docker Engine - Community", " Engine:", "  Version:          20.10.7",
        "+ /usr/local/bin/docker build --rm=true -f Dockerfile -t 5e6f7a8b .",
        "Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?"]) + "\n"),
    ("guard_runner_socket_no_launch", "transient", None, "\n".join([
        "Run docker build -t quarry/api:ci .",
        "Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?",
        "Error: Process completed with exit code 1."]) + "\n"),
    # --- Travis' stop below its "Done. Your build exited with 0." (fails at 543b9cd: transient)
    ("travis_no_output_after_build_done", "real", "config", "\n".join([
        'The command "npm test" exited with 0.', "",
        "store build cache", "", "Done. Your build exited with 0.", "", "", *_TRAVIS_STOP]) + "\n"),
    ("travis_time_limit_after_build_done", "real", "config", "\n".join([
        'The command "make check" exited with 0.', "", "Done. Your build exited with 0.",
        "The job exceeded the maximum time limit for jobs, and has been terminated."]) + "\n"),
    # near miss: the stall in the middle of the build (a download that hung): transient, as before
    ("guard_travis_stall_in_download", "transient", None, "\n".join([
        "$ ./gradlew assemble", "Downloading https://services.gradle.org/distributions/gradle-7.6-bin.zip",
        "..........", "", "", *_TRAVIS_STOP]) + "\n"),
    # --- an anonymous call of GitHub's API answered 403 (fails at 543b9cd: real)
    ("github_api_anonymous_403_dotnet", "transient", "network", "\n".join([
        "Paket failed with:",
        "\tCould not retrieve data from https://api.github.com/repos/ferncliff/buildkit/commits/main",
        " Message: The remote server returned an error: (403) Forbidden."]) + "\n"),
    ("github_api_anonymous_403_curl", "transient", "network", "\n".join([
        "+ curl -fsSL https://api.github.com/repos/ferncliff/lintkit/releases/latest",
        "curl: (22) The requested URL returned error: 403",
        "Error: Process completed with exit code 22."]) + "\n"),
    # near misses: a token sent with the call, GitHub's lasting refusal of a token's rights, another host's 403
    ("guard_github_api_403_with_token", "not_transient", None, "\n".join([
        "+ curl -fsSL -H 'Authorization: token ***' https://api.github.com/repos/ferncliff/lintkit/releases/latest",
        "curl: (22) The requested URL returned error: 403",
        "Error: Process completed with exit code 22."]) + "\n"),
    # ((rv36a) the status in a form the call's reading takes, "status: 403" two lines below the URL: the first wording's
    # "... /comments - 403" was no form of it, so the case could not fail whatever the guard did; test_rv36a reads the
    # same lines without GitHub's words as the anonymous limit)
    ("guard_github_api_resource_not_accessible", "not_transient", None, "\n".join([
        "POST https://api.github.com/repos/ferncliff/buildkit/issues/12/comments",
        "RequestError [HttpError]: Resource not accessible by integration",
        "  status: 403,",
        "Error: Process completed with exit code 1."]) + "\n"),
    ("guard_other_host_403_dotnet", "real", None, "\n".join([
        "Could not retrieve data from https://downloads.ferncliff.example/tools/kit-2.1.zip",
        " Message: The remote server returned an error: (403) Forbidden."]) + "\n"),
]

def test_case_ids_are_unique():
    assert_unique_ids([(cid, e, log) for cid, e, _c, log in CASES])


@pytest.mark.parametrize(("expected", "category", "log"),
                         [pytest.param(e, c, log, id=cid) for cid, e, c, log in CASES])
def test_hold36(expected, category, log):
    assert_reads(log, expected, category)


def test_released_hold_out_figures_hold():
    # 54 real threads (24 transient) in seven parts, blind at the round's start (543b9cd) and after the round's other
    # fixers (1e85e02, identical verdicts): transient 0.667 / 0.583, real recall 0.733, 3 unknown; released to this fixer
    # (hold36), after which (with its review, rv36a): 0.833 / 0.625, real recall 0.833, 4 unknown. (A 55th case the
    # collectors took was dropped before any measure was reported: its thread was already in an earlier set, final23b.)
    cases = []
    for part in "abcdefg":
        corpus = shared_file("eval", "threads-r36", f"thread36{part}.jsonl")
        cases += [json.loads(line) for line in corpus.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert Counter(c["label"] for c in cases) == {"transient": 24, "real": 30}
    assert_part_figures(cases, 54, 0.83, 0.62, 0.83, 4)
