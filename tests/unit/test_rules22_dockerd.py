"""Twenty-second round, dockerd22: a Docker daemon the job cannot reach, and conda's index downloads cut short.

Covered: the Docker CLI's "Cannot connect to the Docker daemon at <host>. Is the docker daemon running?" (moby
client/errors.go errConnectionFailed, read: the host is DOCKER_HOST as the job set it) by the address it names and
what else the log shows: a Docker-in-Docker address (tcp://docker:2375, tcp://docker:2376, tcp://localhost:2375 as
GitLab's Kubernetes executor reaches its services, a service alias) with and without an earlier reply of the daemon
in the same job (docker info's or docker version's server section, a build's steps, a pull, a login), with GitLab's
"*** WARNING: Service runner-...-docker-0 probably didn't start properly." above it; the Unix socket on a CircleCI
Docker-executor job with and without setup_remote_docker or a machine VM, and on GitHub Actions and Buildkite
runners; GitLab Runner's own lines with the words ("ERROR: Preparation failed: ...", "ERROR: Job failed (system
failure): ..."). And conda's "Invalid index file: <url>: <error>" (conda/fetch.py fetch_repodata, conda 2.x to
4.3, and conda/core/repodata.py / subdir_data.py until 4.4, read: raised for a ValueError while decoding the
download) with a bzip2 stream cut short (Python 2's "couldn't find end of stream"; Python 3's bz2.decompress
"Compressed data ended before the end-of-stream marker was reached", CPython Lib/bz2.py, recalled) and with a JSON
error or a proxy setting that does not parse.

Evidence (public threads and the outcome each reached; the table is /tmp/dockerd22/threads.jsonl of the round, the
ids and URLs here):
  Docker-in-Docker address in a job's step, 10 decided CI threads, 8 the job's configuration:
    Ensembl/ensembl-client#121, docker-library/docker#170, cattle-ops/terraform-aws-gitlab-runner#160,
    docker-library/docker#175 (tcp://localhost:2375), docker-library/docker#176, docker/compose#7529 (tcp://docker:2376),
    docker-library/docker#214 (GitLab's warning from a health check on 2375 against TLS on 2376),
    tiangolo/docker-with-compose#9 (compose v1's "Couldn't connect to Docker daemon at http://docker:2375"); a dind
    service that failed to start now and then: mendersoftware/mender-server#454, scality/metalk8s#690
    (tcp://localhost:2375). Undecided: cattle-ops/terraform-aws-gitlab-runner#357 and LordGaav/dind-options#5
    (the warning), travis-ci/travis-ci#9104, brthor/docker-save-last-layer#3. Outside CI: llunaplanet/12factor-dojo#8
    (config). GitLab's "probably didn't start properly" warning: 1 config, 1 intermittent, 2 undecided.
  A daemon that answered earlier in the job, then did not: buildkite/elastic-ci-stack-for-aws#236 (a pull worked earlier
    in the step), cattle-ops/terraform-aws-gitlab-runner#1043 (the runner's own line): 2 of 2 transient.
  The Unix socket on CircleCI's Docker executor, 5 decided threads, all setup_remote_docker or the executor:
    CircleCI-Public/cimg-base#36, DARIAEngineering/dcaf_case_management#1436, CircleCI-Public/aws-ecr-orb#37 and #123,
    CircleCI-Public/orb-tools-orb#10. Undecided: CircleCI-Public/docker-orb#64, ProcessMaker/processmaker#692,
    CircleCI-Public/aws-ecs-orb#209, CircleCI-Public/cimg-rust#137.
  The Unix socket on GitHub Actions, ARC, self-hosted and Buildkite agents, 7 decided, all the runner's daemon
    (transient): actions/actions-runner-controller#3794, ROCm/TheRock#757, addnab/docker-run-action#50,
    myoung34/docker-github-actions-runner#471, devcontainers/ci#192, yegor256/rultor#1250, buildkite/feedback#327.
  GitLab Runner's own lines: lorisleiva/laravel-docker#66 and cattle-ops/terraform-aws-gitlab-runner#1043 transient,
    jangrewe/gitlab-ci-android#40 the runner's setup.
  conda "Invalid index file ... couldn't find end of stream": JuliaPy/Conda.jl#37 (a maintainer called it the conda
    infrastructure's, the restarted Travis build passed), conda/conda#2412 (AppVeyor, intermittent): 2 of 2;
    ContinuumIO/anaconda-issues#5357 undecided. With a JSON error: ContinuumIO/anaconda-issues#12200 (a channel URL
    that serves no index, config), k-han/AutoNovel#2 (undecided), conda/conda#9260 (a server's "page not found" body);
    with a proxy that does not parse: ContinuumIO/anaconda-issues#6835 (a placeholder left in the settings).

Each case is a short log written for this test around one message as the tool prints it. The CI systems' own lines
are recalled, not read: GitLab Runner's "Running with gitlab-runner", "Preparing the \"docker\" executor", "Starting
service %s ...", "Waiting for services to be up and running (timeout 30 seconds)...", the service warning with its
"Health check error:" block, "ERROR: Job failed: exit code 1"; CircleCI's "Build-agent version", "#!/bin/bash -eo
pipefail", "Exited with code exit status 1"; GitHub's "##[error]Process completed with exit code 1.". Hosts, images
and paths are made up; no project's CI log is copied.

The rules the cases hold:
  * a Docker-in-Docker address in a job's step with nothing above showing the daemon answered -> not surely transient
    (unknown), with or without GitLab's service warning (the threads split: mostly configuration);
  * the same where the daemon answered earlier in the job (docker info's server section, a build's steps, a pull)
    -> transient (dind-daemon-gone-mid-job);
  * the Unix socket on a CircleCI job with no remote engine, no machine VM and no earlier reply -> real
    (circleci-docker-executor-no-daemon); with setup_remote_docker's step or a machine VM in the log -> transient;
  * the Unix socket on GitHub Actions, Buildkite or a runner's own line -> transient, as before;
  * conda's bzip2 index cut short -> transient (conda-index-download-cut-short); with a JSON error or a proxy that does
    not parse -> not surely transient; tests ABOUT these words -> real.
"""

from __future__ import annotations

import pytest
from judging import assert_unique_ids, labelled, logs, not_surely_transient, reads

_EXIT = "ERROR: Job failed: exit code 1\n"
_GHA = "##[error]Process completed with exit code 1.\n"
_CIRCLE = "\nExited with code exit status 1\nCircleCI received exit code 1\n"

_GITLAB = ("Running with gitlab-runner 16.11.1 (535ced5f)\n"
           "  on shared-runner-7 r8KcQ2mZ, system ID: s_4f0e1d2c3b4a\n"
           "Preparing the \"docker\" executor\n"
           "Using Docker executor with image docker:26.1 ...\n")
_DIND_SERVICE = ("Starting service docker:26.1-dind ...\n"
                 "Pulling docker image docker:26.1-dind ...\n"
                 "Using docker image sha256:7d2c5b0f1e3a for docker:26.1-dind with digest docker@sha256:91aa ...\n"
                 "Waiting for services to be up and running (timeout 30 seconds)...\n")
_SERVICE_WARNING = ("\n*** WARNING: Service runner-r8kcq2mz-project-4711-concurrent-0-6a1f0c2b3d4e5f60-docker-0 probably "
                    "didn't start properly.\n\n"
                    "Health check error:\n"
                    "service \"runner-r8kcq2mz-project-4711-concurrent-0-6a1f0c2b3d4e5f60-docker-0-wait-for-service\" "
                    "timeout\n\n"
                    "Health check container logs:\n\n"
                    "Service container logs:\n"
                    "2024-06-11T08:14:02.118Z Certificate request self-signature ok\n"
                    "2024-06-11T08:14:02.120Z subject=CN = docker:dind server\n\n")
_CIRCLE_HEAD = ("Build-agent version 1.0.237741-5ba2de4e (2024-07-02T10:12:33+0000)\n"
                "System information:\n"
                " Server Version: 20.10.18\n"
                " Storage Driver: overlay2\n"
                "Starting container cimg/python:3.12\n")
_CIRCLE_STEP = "#!/bin/bash -eo pipefail\n"
_DOCKER_INFO_OK = ("$ docker info\n"
                   "Client:\n"
                   " Version:    26.1.4\n"
                   " Context:    default\n"
                   "Server:\n"
                   " Containers: 0\n"
                   "  Running: 0\n"
                   " Server Version: 26.1.4\n")

CASES: list[tuple[str, str, str]] = [
    # ================================================================== a dind daemon that answered, then did not
    # docker info answered at the start of the script, then a later push could not reach the daemon
    ("dind-answered-info-then-gone", "transient",
     _GITLAB + _DIND_SERVICE +
     "$ export DOCKER_HOST=tcp://docker:2375\n" + _DOCKER_INFO_OK +
     "$ docker build -t registry.example.com/shop/api:$CI_COMMIT_SHORT_SHA .\n"
     "Step 1/6 : FROM python:3.12-slim\n"
     " ---> 1b3c5d7e9f01\n"
     "Step 2/6 : COPY requirements.txt .\n"
     "Cannot connect to the Docker daemon at tcp://docker:2375. Is the docker daemon running?\n" + _EXIT),
    # the classic builder's steps are the daemon's replies: it answered, then went away mid-build (TLS port)
    ("dind-tls-build-steps-then-gone", "transient",
     _GITLAB + _DIND_SERVICE +
     "$ docker build -t app:ci .\n"
     "Sending build context to Docker daemon  2.048kB\n"
     "Step 1/4 : FROM node:20-alpine\n"
     "20-alpine: Pulling from library/node\n"
     "4abcf2066143: Pull complete\n"
     "Status: Downloaded newer image for node:20-alpine\n"
     "$ docker push registry.example.com/web/app:ci\n"
     "Cannot connect to the Docker daemon at tcp://docker:2376. Is the docker daemon running?\n" + _EXIT),
    # BuildKit's first step, then the daemon on Kubernetes' loopback address lost
    ("dind-k8s-localhost-buildkit-then-gone", "transient",
     _GITLAB +
     "$ docker buildx build --load -t worker:ci .\n"
     "#0 building with \"default\" instance using docker driver\n"
     "#1 [internal] load build definition from Dockerfile\n"
     "#1 transferring dockerfile: 412B done\n"
     "$ docker run --rm worker:ci pytest -q\n"
     "docker: Cannot connect to the Docker daemon at tcp://localhost:2375. Is the docker daemon running?.\n"
     "See 'docker run --help'.\n" + _EXIT),
    # ================================================================== CircleCI's Docker executor
    # a Docker-executor job with no setup_remote_docker: the job has no daemon (cimg-base#36's mechanism)
    ("circleci-docker-executor-docker-version-no-remote", "real",
     _CIRCLE_HEAD + _CIRCLE_STEP +
     "docker version\n"
     "Client: Docker Engine - Community\n"
     " Version:           24.0.7\n"
     " API version:       1.43\n"
     "Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?\n" + _CIRCLE),
    # the failing step alone, CircleCI's header and footer around it
    ("circleci-step-only-docker-build-no-remote", "real",
     _CIRCLE_STEP +
     "docker build -t example/api:${CIRCLE_SHA1} .\n"
     "ERROR: Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?\n"
     + _CIRCLE),
    # setup_remote_docker ran, a docker command later cannot reach the socket: not the missing step, as before
    ("circleci-remote-docker-set-up-socket-refused", "transient",
     _CIRCLE_HEAD +
     "Allocating a remote Docker Engine\n"
     "Remote Docker engine created. Using VM 'default-3f2c1a9e-61d7-4c0b-8e21-9a7d2c1f0b44'\n" + _CIRCLE_STEP +
     "docker compose run --rm tests\n"
     "Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?\n" + _CIRCLE),
    # a machine executor's VM: the daemon of the job's own machine, as before
    ("circleci-machine-vm-socket-down", "transient",
     "Creating a dedicated VM with ubuntu-2204:2024.01.1 image\n" + _CIRCLE_STEP +
     "docker build -t app .\n"
     "Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?\n" + _CIRCLE),
    # ================================================================== other runners' sockets, as before
    ("github-runner-socket-down", "transient",
     "Run docker run -d --rm --name mysql -p 3306:3306 mysql:8.4\n"
     "docker: Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?.\n"
     "See 'docker run --help'.\n" + _GHA),
    ("buildkite-agent-socket-down", "transient",
     "~~~ Running commands\n"
     "$ docker pull ruby:3.3\n"
     "Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?\n"
     "🚨 Error: The command exited with status 1\n"),
    # GitLab Runner's own line about its executor's daemon: the runner, as before
    ("gitlab-runner-preparation-failed-dind", "transient",
     "Running with gitlab-runner 16.11.1 (535ced5f)\n"
     "Preparing the \"docker\" executor\n"
     "ERROR: Preparation failed: Cannot connect to the Docker daemon at tcp://runner-dind:2375. Is the docker daemon "
     "running? (docker.go:950:0s)\n"
     "Will be retried in 3s ...\n"
     "ERROR: Job failed (system failure): Cannot connect to the Docker daemon at tcp://runner-dind:2375. Is the docker "
     "daemon running? (docker.go:950:0s)\n"),
    ("gitlab-runner-system-failure-remote-host", "transient",
     "Pulling docker image registry.gitlab.com/gitlab-org/gitlab-runner/gitlab-runner-helper:x86_64-4d1ca121 ...\n"
     "ERROR: Job failed (system failure): Cannot connect to the Docker daemon at tcp://10.0.48.102:2376. Is the docker "
     "daemon running? (manager.go:237:0s)\n"),
    # ================================================================== conda's index cut short
    # conda 4.0's wording (conda/fetch.py) under Julia's Conda.jl on Travis (the shape JuliaPy/Conda.jl#37 reports;
    # the log here is written for this test)
    ("conda-old-index-bz2-end-of-stream", "transient",
     "INFO: Installing pyyaml via the Conda pyyaml package...\n"
     "Fetching package metadata ...Error: Invalid index file: https://repo.continuum.io/pkgs/free/linux-64/"
     "repodata.json.bz2: couldn't find end of stream\n"
     "The command \"julia -e 'Pkg.test(\"Plots\")'\" exited with 1.\n"),
    # conda 4.3's CondaIndexError (conda/core/repodata.py) under Python 3's bz2
    ("conda-index-error-bz2-py3-end-of-stream-marker", "transient",
     "+ conda install -y -c conda-forge numpy=1.13\n"
     "Fetching package metadata .......\n"
     "CondaIndexError: Invalid index file: https://conda.anaconda.org/conda-forge/linux-64/repodata.json.bz2: "
     "Compressed data ended before the end-of-stream marker was reached\n"),
    # a test of a mirror tool ABOUT the words: its assertion, not a download
    ("conda-index-words-in-assertion", "real",
     "    def test_reports_truncated_index():\n"
     ">       assert \"Invalid index file: http://mirror.example/linux-64/repodata.json.bz2: couldn't find end of "
     "stream\" in out\n"
     "E       AssertionError: assert 'Invalid index file: ...' in ''\n"
     "FAILED tests/test_mirror.py::test_reports_truncated_index - AssertionError\n"
     "=========================== 1 failed, 41 passed in 3.20s ===========================\n"),
]

NOT_SURELY_TRANSIENT: list[tuple[str, str]] = [
    # the dind address with nothing above showing the daemon answered: mostly the job's configuration
    ("dind-2375-no-earlier-reply", _GITLAB + _DIND_SERVICE +
     "$ docker login -u \"$CI_REGISTRY_USER\" -p \"$CI_REGISTRY_PASSWORD\" \"$CI_REGISTRY\"\n"
     "Cannot connect to the Docker daemon at tcp://docker:2375. Is the docker daemon running?\n" + _EXIT),
    ("dind-2375-trailing-slash-no-service", _GITLAB +
     "$ docker build -t app .\n"
     "Cannot connect to the Docker daemon at tcp://docker:2375/. Is the docker daemon running?\n" + _EXIT),
    ("dind-2376-docker-info-server-error", _GITLAB + _DIND_SERVICE +
     "$ docker info\n"
     "Client:\n"
     " Debug Mode: false\n\n"
     "Server:\n"
     "ERROR: Cannot connect to the Docker daemon at tcp://docker:2376. Is the docker daemon running?\n"
     "errors pretty printing info\n" + _EXIT),
    ("dind-k8s-localhost-2375-no-reply",
     "Running with gitlab-runner 16.11.1 (535ced5f)\n"
     "Preparing the \"kubernetes\" executor\n"
     "$ docker build -t app .\n"
     "Cannot connect to the Docker daemon at tcp://localhost:2375. Is the docker daemon running?\n" + _EXIT),
    ("dind-service-alias-no-reply", _GITLAB +
     "$ docker compose up -d db\n"
     "Cannot connect to the Docker daemon at tcp://thedockerhost:2375. Is the docker daemon running?\n" + _EXIT),
    # GitLab's service warning above it: the threads do not say it is the transient kind
    ("dind-2375-after-service-warning", _GITLAB + _DIND_SERVICE + _SERVICE_WARNING +
     "$ docker build -t app .\n"
     "Cannot connect to the Docker daemon at tcp://docker:2375. Is the docker daemon running?\n" + _EXIT),
    # docker-compose v1's words for the dind address
    ("compose-v1-dind-address-no-reply", _GITLAB +
     "$ docker-compose -f docker-compose.test.yml up -d\n"
     "Couldn't connect to Docker daemon at http://docker:2375 - is it running?\n\n"
     "If it's at a non-standard location, specify the URL with the DOCKER_HOST environment variable.\n" + _EXIT),
    # conda's index that is not an index (a page, an empty body) or a proxy setting that does not parse
    ("conda-index-json-expecting-value",
     "$ conda env create -f environment.yml\n"
     "Fetching package metadata ...\n"
     "CondaIndexError: Invalid index file: https://conda.anaconda.org/example-lab/linux-64/repodata.json: "
     "Expecting value: line 1 column 1 (char 0)\n"),
    ("conda-old-index-no-json-object",
     "Fetching package metadata: ..\n"
     "Error: Invalid index file: https://conda.example.org/channel/linux-64/repodata.json.bz2: No JSON object could "
     "be decoded\n"),
    ("conda-index-proxy-placeholder",
     "CondaIndexError: Invalid index file: https://repo.continuum.io/pkgs/free/win-64/repodata.json.bz2: Failed to "
     "parse: yourhttpsproxy:port\n"),
]


@pytest.mark.parametrize(("verdict", "log"), labelled(CASES))
def test_daemon_and_index_messages_read_right(verdict, log):
    reads(log, verdict)


@pytest.mark.parametrize("log", logs(NOT_SURELY_TRANSIENT))
def test_dind_and_index_config_forms_do_not_read_surely_transient(log):
    not_surely_transient(log)


def test_case_ids_are_unique():
    assert_unique_ids(CASES, NOT_SURELY_TRANSIENT)


# One line of 50,000 characters of each of these words is read by benchmarks/pattern_speed.py,
# which prints the seconds each takes (a guard against patterns that backtrack; a timing is a
# benchmark's, not a test's).
LONG_LINE_WORDS = [
    "Cannot connect to the Docker daemon at tcp://docker:2375",
    "Cannot connect to the Docker daemon at tcp://localhost:2376. ",
    "Cannot connect to the Docker daemon at unix:///var/run/docker.sock. ",
    "Couldn't connect to Docker daemon at http://docker:2375 - is it running?",
    "#!/bin/bash -eo pipefail Exited with code exit status 1 ",
    "Step 1/4 : FROM x Sending build context to Docker daemon ",
    "Server: Docker Engine Pull complete Login Succeeded ",
    "Invalid index file: https://repo.example/linux-64/repodata.json.bz2",
    "Invalid index file: https://x/repodata.json.bz2: couldn't find end of stream ",
]
