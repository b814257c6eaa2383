"""Twenty-third round, review of the Docker daemon readings: timestamped CI lines, Testcontainers, Docker 29, Podman,
BuildKit, compose v2, and an adversarial set around them.

Covered: (a) the "earlier reply" markers of the dockerd22 entries (docker info's and docker version's server section, the
classic builder's steps, BuildKit's first step, a pull, a push digest) under each CI system's line prefix: Jenkins'
timestamper ("[2024-05-01T10:00:00.123Z] " and the bare clock "10:00:00 "), GitLab's runner ("2024-05-01T10:00:00.123456Z
01O "), GitHub's and Azure Pipelines' clock ("2024-05-01T10:00:00.1234567Z "), Buildkite's "ESC _bk;t=<ms> BEL". The engine
reads every log through prefixes._normalise before an entry's patterns and unless_log (rules.py _log_evidence), so the
line-anchored markers already saw 78 of the 80 marker/prefix pairs probed on main (10 markers, 8 prefix forms); the two
misses were docker info's indented "Containers:" under a bare clock (Jenkins' "10:00:10 " plus the line's own space is two
spaces, which the clock-and-two-spaces form of concourse fly takes whole) and under GitLab's "+" continuation flag, fixed in
the markers (no new prefix fragment, nothing quadratic). Two markers were no daemon's reply: docker login's "Login
Succeeded" (the CLI logs in client-side when the daemon does not answer, docker/cli cli/command/registry/login.go
loginWithRegistry, read; since 18.09) and "Successfully built" without the classic builder's 12-hex id (pip's wheels). (b) Testcontainers
finding no Docker: testcontainers-java's "Could not find a valid Docker environment" and "Previous attempts to find a Docker
environment failed" (core/.../DockerClientProviderStrategy.java, read), testcontainers-go's "rootless Docker not found"
(internal/core/docker_rootless.go, read), testcontainers-node's "Could not find a working container runtime strategy"
(packages/testcontainers/src/container-runtime/clients/client.ts, read) and testcontainers-python's docker-py "Error while
fetching server API version" (docker-py, recalled). (c) Docker 29's client wordings (moby client/request.go doRequest, read:
"failed to connect to the docker API at %v; check if the path is correct ...", "permission denied while trying to connect to
the docker API at %v", the DNS form "failed to connect to the docker API at %v: %w", "Are you trying to connect to a
TLS-enabled daemon without TLS?", "the server probably has client authentication (--tlsverify) enabled"; client/errors.go
"Cannot connect to the Docker daemon at %s. Is the docker daemon running?"), podman-remote's (containers/podman
cmd/podman/root.go "Cannot connect to Podman. Please verify ...", pkg/bindings/connection.go "unable to connect to Podman
socket: %v", read), buildx's "failed to initialize builder %s (%s): %s" (docker/buildx builder/builder.go, read) and grpc's
"connection error: desc = \"transport: Error while dialing: %v\"" (google.golang.org/grpc internal/transport, vendored in
buildx, read), compose v2 (the moby client's words, docker/compose has none of its own). Then registries and logins (pull
access denied, manifest unknown, toomanyrequests, bad credentials, a non-TTY login, a 503, a timeout) and real failures
beside daemon words (a probe before failing tests, tests ABOUT the words, a help text quoting them).

Evidence (public threads and their outcomes; ids in the catalogue's comments, section review23_docker): Testcontainers'
"no valid Docker environment" in CI, 13 decided: 9 the job's setup (Docker 29's API version 2, a dind address not listening,
Jenkins in a container, Bazel's sandbox, a macOS runner without Docker, a job container without the socket, runners
without Docker, act), 4 now and then (testcontainers-java#10788 and #5030, stargate/stargate#1567,
Talent-Catalog/talentcatalog#3119): real at a modest weight, never transient. Permission denied on the socket: 7 of 7 CI
threads the setup. Podman's socket: 5 the setup, 1 now and then. Docker 29's API version too old: every thread fixed by a
newer client. dind TLS mismatches: configuration (dockerd22's threads).

Each case is a short log written for this test around one message as the tool prints it; the CI systems' own lines
(GitLab's "Running with gitlab-runner", Jenkins' "[Pipeline] sh" and "Finished: FAILURE", Buildkite's "🚨 Error: The
command exited with status 1", Azure's "##[error]Bash exited with code", CircleCI's "Exited with code exit status 1") are
recalled, not read. Hosts, images and paths are made up; no project's CI log is copied.

The rules the cases hold:
  * a daemon reply earlier in the job, then a dind address not answering -> transient, under every CI prefix above;
  * a dind address with no reply before it -> not surely transient, also where pip's "Successfully built <wheel>" or
    docker login's "Login Succeeded" stand above it (no daemon behind either);
  * Testcontainers finding no Docker (any root cause) -> real or at least not surely transient; the daemon refusing an old
    API version ("client version 1.32 is too old") -> real (docker-api-version-too-old);
  * a socket the job's user may not use -> real (docker-socket-permission-denied); Podman's socket not there -> not surely
    transient (podman-socket-not-there); the client and the dind daemon disagreeing on TLS -> not surely transient
    (docker-client-tls-mismatch);
  * a runner's or agent's own socket down (GitHub, Azure, Docker 29's missing socket, buildx's builder) and a remote
    BuildKit daemon lost mid-build -> transient, as round 22 reads them; a job container without the socket -> real;
  * registries: pull access denied, an unknown manifest, bad credentials, a non-TTY login -> real; a rate limit, a 503, a
    timeout awaiting headers -> transient;
  * daemon words in a probe before failing tests, in a test's compared values or in a help text -> real.
Before the fixes 10 of these 45 logs read wrong on main: 7 not-surely-transient logs read transient at 0.9 (Podman's
socket twice, the three dind TLS mismatches, pip's line and docker login's as replies), 2 real logs read unknown (the socket's
permission), 1 transient log read unknown (the bare clock); no real-labelled log read transient.
"""

from __future__ import annotations

import pytest
from judging import (
    assert_unique_ids,
    judge,
    labelled,
    logs,
    not_surely_transient,
    reads,
    signatures,
)

_GHA = "##[error]Process completed with exit code 1.\n"
_GL_EXIT = "ERROR: Job failed: exit code 1\n"
_GITLAB = ("Running with gitlab-runner 17.0.0 (44feccdf)\n"
           "  on group-runner-3 xT4kQp9a, system ID: s_91c0e2f4a7b3\n"
           "Preparing the \"docker\" executor\n"
           "Using Docker executor with image docker:27.3 ...\n")
_GL_DIND = ("Starting service docker:27.3-dind ...\n"
            "Waiting for services to be up and running (timeout 30 seconds)...\n")
_CIRCLE = "\nExited with code exit status 1\nCircleCI received exit code 1\n"
_JENKINS_END = "ERROR: script returned exit code 1\nFinished: FAILURE\n"
_BK_END = "🚨 Error: The command exited with status 1\n"
_AZ_END = "##[error]Bash exited with code '1'.\n"


def _stamp(lines: str, kind: str) -> str:
    """Each line of ``lines`` with a CI system's own timestamp in front of it (the shapes prefixes.py documents)."""
    out = []
    for i, line in enumerate(lines.rstrip("\n").split("\n")):
        s = 10 + i
        if kind == "jenkins-iso":
            p = f"[2024-05-01T10:00:{s:02d}.123Z] "
        elif kind == "jenkins-clock":
            p = f"10:00:{s:02d} "
        elif kind == "gitlab":
            p = f"2024-05-01T10:00:{s:02d}.123456Z 01O "
        elif kind == "gha":
            p = f"2024-05-01T10:00:{s:02d}.1234567Z "
        elif kind == "buildkite":
            p = f"\x1b_bk;t=17145576{s:05d}\x07"
        else:
            raise ValueError(kind)
        out.append(p + line)
    return "\n".join(out) + "\n"


_INFO = ("Client:\n"
         " Version:    27.3.1\n"
         " Context:    default\n"
         "\n"
         "Server:\n"
         " Containers: 0\n"
         "  Running: 0\n"
         " Server Version: 27.3.1\n")

CASES: list[tuple[str, str, str]] = [
    # ------------------------------------------------------------ (a) timestamped replies, then the daemon gone
    ("jenkins-clock-docker-info-then-k8s-dind-gone", "transient", _stamp(
        "[Pipeline] sh\n+ docker info\n" + _INFO +
        "[Pipeline] sh\n+ docker push registry.example.com/shop/api:1.4.2\n"
        "Cannot connect to the Docker daemon at tcp://localhost:2375. Is the docker daemon running?\n"
        "[Pipeline] }\n" + _JENKINS_END, "jenkins-clock")),
    ("jenkins-iso-docker-info-then-k8s-dind-gone", "transient", _stamp(
        "[Pipeline] sh\n+ docker info\n" + _INFO +
        "+ docker push registry.example.com/shop/api:1.4.2\n"
        "Cannot connect to the Docker daemon at tcp://localhost:2375. Is the docker daemon running?\n"
        + _JENKINS_END, "jenkins-iso")),
    ("gitlab-stamped-docker-info-then-dind-gone", "transient", _stamp(
        _GITLAB + _GL_DIND + "$ docker info\n" + _INFO +
        "$ docker build -t \"$CI_REGISTRY_IMAGE:$CI_COMMIT_SHORT_SHA\" .\n"
        "Cannot connect to the Docker daemon at tcp://docker:2375. Is the docker daemon running?\n" + _GL_EXIT,
        "gitlab")),
    ("gitlab-stamped-version-server-then-docker29-gone", "transient", _stamp(
        _GITLAB + _GL_DIND + "$ docker version\n"
        "Client:\n Version:           29.0.1\n API version:       1.52\n"
        "Server: Docker Engine - Community\n Engine:\n  Version:          29.0.1\n"
        "$ docker compose up -d --wait\n"
        "Cannot connect to the Docker daemon at tcp://docker:2376. Is the docker daemon running?\n" + _GL_EXIT,
        "gitlab")),
    ("buildkite-stamped-pull-then-k8s-dind-gone", "transient", _stamp(
        "~~~ Running commands\n$ docker pull ruby:3.3-slim\n3.3-slim: Pulling from library/ruby\n"
        "Status: Downloaded newer image for ruby:3.3-slim\n"
        "$ docker build -t registry.example.com/web:ci .\n"
        "Cannot connect to the Docker daemon at tcp://localhost:2375. Is the docker daemon running?\n" + _BK_END,
        "buildkite")),
    # ------------------------------------------------------------ (b) Testcontainers
    # Docker 29 refuses docker-java's old API version (testcontainers-java <1.21.4): the same on every run
    ("tc-java-gha-docker29-api-too-old", "real",
     "> Task :app:integrationTest\n"
     "[Test worker] ERROR org.testcontainers.dockerclient.DockerClientProviderStrategy - Could not find a valid Docker "
     "environment. Please check configuration. Attempted configurations were:\n"
     "\tUnixSocketClientProviderStrategy: failed with exception BadRequestException (Status 400: {\"message\":\"client "
     "version 1.32 is too old. Minimum supported API version is 1.44, please upgrade your client to a newer version\"}\n"
     ")\n"
     "\tDockerDesktopClientProviderStrategy: failed with exception NullPointerException (Cannot invoke "
     "\"java.nio.file.Path.toString()\" because the return value of \"org.testcontainers.dockerclient."
     "DockerDesktopClientProviderStrategy.getSocketPath()\" is null)As no valid configuration was found, execution "
     "cannot continue.\n"
     "See https://java.testcontainers.org/on_failure.html for more details.\n"
     "OrderRepositoryIT > initializationError FAILED\n"
     "    java.lang.IllegalStateException at DockerClientProviderStrategy.java:277\n"
     "3 tests completed, 3 failed\n"
     "> Task :app:integrationTest FAILED\n" + _GHA),
    # a Jenkins agent with no socket at all (Jenkins' docker agent without the host's socket bound)
    ("tc-java-jenkins-no-socket", "real",
     "+ ./mvnw -B verify\n"
     "[INFO] Running com.example.billing.InvoiceRepositoryIT\n"
     "10:21:33.412 [main] ERROR org.testcontainers.dockerclient.DockerClientProviderStrategy -- Could not find a valid "
     "Docker environment. Please check configuration. Attempted configurations were:\n"
     "\tUnixSocketClientProviderStrategy: failed with exception InvalidConfigurationException (Could not find unix "
     "domain socket). Root cause NoSuchFileException (/var/run/docker.sock)\n"
     "As no valid configuration was found, execution cannot continue.\n"
     "[ERROR] Tests run: 1, Failures: 0, Errors: 1, Skipped: 0, Time elapsed: 0.8 s <<< FAILURE! -- in "
     "com.example.billing.InvoiceRepositoryIT\n"
     "[ERROR] com.example.billing.InvoiceRepositoryIT -- Time elapsed: 0.8 s <<< ERROR!\n"
     "java.lang.IllegalStateException: Could not find a valid Docker environment. Please see logs and check "
     "configuration\n"
     "\tat org.testcontainers.dockerclient.DockerClientProviderStrategy.lambda$getFirstValidStrategy$7("
     "DockerClientProviderStrategy.java:277)\n"
     "[ERROR] Tests run: 4, Failures: 0, Errors: 1, Skipped: 0\n"
     "[INFO] BUILD FAILURE\n" + _JENKINS_END),
    # the socket there but not the job user's (Jenkins user outside the docker group)
    ("tc-java-socket-permission-denied", "real",
     "+ ./gradlew test\n"
     "ERROR org.testcontainers.dockerclient.DockerClientProviderStrategy - Could not find a valid Docker environment. "
     "Please check configuration. Attempted configurations were:\n"
     "\tUnixSocketClientProviderStrategy: failed with exception RuntimeException (java.io.IOException: "
     "com.sun.jna.LastErrorException: [13] Permission denied). Root cause LastErrorException ([13] Permission denied)\n"
     "As no valid configuration was found, execution cannot continue.\n"
     "UserServiceTest > initializationError FAILED\n"
     "    java.lang.IllegalStateException at DockerClientProviderStrategy.java:277\n"
     + _JENKINS_END),
    # testcontainers-go on a macOS runner that has no Docker (testcontainers-go#2859's shape)
    ("tc-go-gha-macos-rootless-not-found", "real",
     "=== RUN   TestOrderStore\n"
     "panic: rootless Docker not found [recovered]\n"
     "\tpanic: rootless Docker not found\n\n"
     "goroutine 23 [running]:\n"
     "testing.tRunner.func1.2({0x1031a64a0, 0x14000128bd0})\n"
     "FAIL\texample.com/shop/store\t0.412s\n"
     "FAIL\n" + _GHA),
    # testcontainers-python (docker-py's client) in a GitLab job container with no socket and no dind
    ("tc-python-gitlab-no-socket", "real",
     _GITLAB.replace("docker:27.3", "python:3.12") +
     "$ pytest -q tests/integration\n"
     "E   docker.errors.DockerException: Error while fetching server API version: ('Connection aborted.', "
     "FileNotFoundError(2, 'No such file or directory'))\n"
     "ERROR tests/integration/test_repo.py::test_saves_order - docker.errors.DockerException: Error while fetching "
     "server API version: ('Connection aborted.', FileNotFoundError(2, 'No such file or directory'))\n"
     "========================= 1 error in 0.93s =========================\n" + _GL_EXIT),
    # testcontainers-node on a Windows runner with no Linux engine
    ("tc-node-gha-windows-no-runtime", "real",
     "> vitest run --project integration\n"
     " FAIL  test/queue.int.test.ts > queue > delivers a message\n"
     "Error: Could not find a working container runtime strategy\n"
     " ❯ getContainerRuntimeClient node_modules/testcontainers/build/container-runtime/clients/client.js:62:11\n"
     " Test Files  1 failed (1)\n"
     "      Tests  1 failed (1)\n" + _GHA),
    # ------------------------------------------------------------ (c) Docker 29, Podman, buildx, compose v2
    # Docker 29's socket that is not there (moby client/request.go, os.ErrNotExist) on a GitHub runner: the runner's
    ("docker29-gha-socket-missing", "transient",
     "##[group]Run docker compose up -d --wait\n"
     "failed to connect to the docker API at unix:///var/run/docker.sock; check if the path is correct and if the "
     "daemon is running: dial unix /var/run/docker.sock: connect: no such file or directory\n" + _GHA),
    # Docker 29's permission refusal (moby client/request.go, os.ErrPermission): the job's user, the same every run
    ("docker29-jenkins-permission-denied", "real",
     "[Pipeline] sh\n+ docker build -t billing:42 .\n"
     "permission denied while trying to connect to the docker API at unix:///var/run/docker.sock\n"
     + _JENKINS_END),
    # the older wording of the same refusal
    ("docker-old-permission-denied-socket", "real",
     "+ docker build -t billing:42 .\n"
     "Got permission denied while trying to connect to the Docker daemon socket at unix:///var/run/docker.sock: "
     "Post \"http://%2Fvar%2Frun%2Fdocker.sock/v1.24/build?t=billing%3A42\": dial unix /var/run/docker.sock: "
     "connect: permission denied\n" + _JENKINS_END),
    # buildx's docker-container builder booting against a daemon that answered, then went away (builder.go)
    ("buildx-init-builder-runner-socket-gone", "transient",
     "##[group]Run docker buildx build --push -t ghcr.io/acme/api:sha-1f2e3d4 .\n"
     "ERROR: failed to initialize builder builder-3f2c (builder-3f2c0): Cannot connect to the Docker daemon at "
     "unix:///var/run/docker.sock. Is the docker daemon running?\n" + _GHA),
    # BuildKit's own daemon killed mid-build: the steps ran, then the dial failed (grpc transport)
    ("buildctl-remote-daemon-lost-mid-build", "transient",
     "$ buildctl --addr tcp://buildkitd:1234 build --frontend dockerfile.v0 --local context=. --local dockerfile=.\n"
     "#1 [internal] load build definition from Dockerfile\n"
     "#1 transferring dockerfile: 612B done\n"
     "#5 [2/5] RUN apt-get update && apt-get install -y --no-install-recommends build-essential\n"
     "error: failed to solve: rpc error: code = Unavailable desc = connection error: desc = \"transport: Error while "
     "dialing: dial tcp 10.42.3.17:1234: connect: connection refused\"\n" + _GL_EXIT),
    # compose v2 in a GitLab job container without a socket or a dind service: the setup
    ("compose-v2-gitlab-job-container-no-socket", "real",
     _GITLAB + "$ docker compose -f compose.ci.yml up -d --wait\n"
     "Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?\n"
     + _GL_EXIT),
    # Azure's hosted agent, the Docker task's own socket (the agent's daemon)
    ("azure-hosted-agent-socket-down", "transient",
     "Starting: Build and push image\n"
     "/usr/bin/docker build -f Dockerfile -t acr.example.io/api:20240501.3 .\n"
     "Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?\n"
     "##[error]The process '/usr/bin/docker' failed with exit code 1\n"
     "Finishing: Build and push image\n"),
    # ------------------------------------------------------------ adversarial: real failures beside daemon words
    # a probe "docker info || true" with no daemon, then the unit tests fail on their own assertion
    ("probe-daemon-line-then-unit-assertion", "real",
     "##[group]Run docker info || true\n"
     "Client:\n Version:    27.3.1\n"
     "Server:\n"
     "ERROR: Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?\n"
     "errors pretty printing info\n"
     "##[group]Run pytest -q\n"
     ">       assert total == Decimal(\"19.99\")\n"
     "E       AssertionError: assert Decimal('18.99') == Decimal('19.99')\n"
     "FAILED tests/test_cart.py::test_total_includes_tax - AssertionError: assert Decimal('18.99') == ...\n"
     "========================= 1 failed, 212 passed in 8.41s =========================\n" + _GHA),
    # a test ABOUT the daemon message: a wrapper that maps it to a friendly error, checked by pytest
    ("test-about-daemon-message-pytest", "real",
     "$ pytest -q tests/test_errors.py\n"
     "    def test_friendly_message_when_daemon_down():\n"
     "        err = translate(DockerException(\"Cannot connect to the Docker daemon at unix:///var/run/docker.sock. "
     "Is the docker daemon running?\"))\n"
     ">       assert err.hint == \"Start Docker Desktop\"\n"
     "E       AssertionError: assert 'Start Docker' == 'Start Docker Desktop'\n"
     "FAILED tests/test_errors.py::test_friendly_message_when_daemon_down - AssertionError\n"
     "========================= 1 failed, 40 passed in 1.12s =========================\n" + _GL_EXIT),
    # a Go test ABOUT the Docker 29 wording, comparing errors
    ("test-about-docker29-wording-go", "real",
     "=== RUN   TestClassifyDialError\n"
     "    dial_test.go:57: classify(\"failed to connect to the docker API at unix:///var/run/docker.sock; check if the "
     "path is correct and if the daemon is running\") = KindUnknown, want KindNoDaemon\n"
     "--- FAIL: TestClassifyDialError (0.00s)\n"
     "FAIL\texample.com/ci/triage\t0.013s\n" + _GHA),
    # a tool's doctor/help text quoting the message while a lint step fails
    ("help-text-quotes-daemon-line-lint-fails", "real",
     "$ make doctor lint\n"
     "Troubleshooting:\n"
     "  If you see \"Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon "
     "running?\", start Docker first.\n"
     "internal/api/handler.go:88:2: ineffectual assignment to err (ineffassign)\n"
     "make: *** [Makefile:41: lint] Error 1\n" + _GL_EXIT),
    # ------------------------------------------------------------ registries and logins
    ("registry-pull-access-denied", "real",
     "~~~ Running commands\n$ docker pull acme/api-internal:2.3\n"
     "Error response from daemon: pull access denied for acme/api-internal, repository does not exist or may "
     "require 'docker login': denied: requested access to the resource is denied\n" + _BK_END),
    ("registry-manifest-unknown-tag", "real",
     "+ docker pull node:20.99-alpine\n"
     "Error response from daemon: manifest for node:20.99-alpine not found: manifest unknown: manifest unknown\n"
     + _JENKINS_END),
    ("registry-rate-limited-pull", "transient",
     "#!/bin/bash -eo pipefail\ndocker pull postgres:16-alpine\n"
     "Error response from daemon: toomanyrequests: You have reached your pull rate limit. You may increase the limit "
     "by authenticating and upgrading: https://www.docker.com/increase-rate-limit\n" + _CIRCLE),
    ("docker-login-docker-hub-bad-password", "real",
     "##[group]Run docker login -u acmebot --password-stdin\n"
     "Error response from daemon: Get \"https://registry-1.docker.io/v2/\": unauthorized: incorrect username or "
     "password\n" + _GHA),
    ("docker-login-gitlab-token-refused", "real",
     _GITLAB + _GL_DIND + "$ docker login -u \"$DEPLOY_USER\" -p \"$DEPLOY_TOKEN\" registry.gitlab.com\n"
     "WARNING! Using --password via the CLI is insecure. Use --password-stdin.\n"
     "Error response from daemon: Get \"https://registry.gitlab.com/v2/\": unauthorized: HTTP Basic: Access denied. "
     "The provided password or token is incorrect or your account has 2FA enabled and you must use a personal "
     "access token instead of a password.\n" + _GL_EXIT),
    ("docker-login-empty-password-non-tty", "real",
     "Starting: Docker login\n"
     "/usr/bin/docker login -u acr-pusher acr.example.io\n"
     "Error: Cannot perform an interactive login from a non TTY device\n" + _AZ_END + "Finishing: Docker login\n"),
    ("registry-push-503", "transient",
     "+ docker push registry.example.com/shop/api:1.4.2\n"
     "The push refers to repository [registry.example.com/shop/api]\n"
     "5f70bf18a086: Preparing\n"
     "received unexpected HTTP status: 503 Service Unavailable\n" + _JENKINS_END),
    ("registry-login-timeout-awaiting-headers", "transient",
     "##[group]Run docker login ghcr.io -u acme-ci --password-stdin\n"
     "Error response from daemon: Get \"https://ghcr.io/v2/\": net/http: request canceled while waiting for "
     "connection (Client.Timeout exceeded while awaiting headers)\n" + _GHA),
    # a Dockerfile step that fails on the code (BuildKit's own words after the build's steps)
    ("buildkit-run-step-fails-on-code", "real",
     "#1 [internal] load build definition from Dockerfile\n"
     "#9 [builder 5/6] RUN npm run build\n"
     "#9 2.114 src/cart.ts(14,7): error TS2322: Type 'string' is not assignable to type 'number'.\n"
     "#9 ERROR: process \"/bin/sh -c npm run build\" did not complete successfully: exit code: 2\n"
     "ERROR: failed to solve: process \"/bin/sh -c npm run build\" did not complete successfully: exit code: 2\n"
     + _GHA),
]

NOT_SURELY_TRANSIENT: list[tuple[str, str]] = [
    # (a) a stamped GitLab log with no reply of the daemon before the failure: as unstamped (mostly the setup)
    ("gitlab-stamped-no-reply-dind", _stamp(
        _GITLAB + _GL_DIND + "$ docker build -t app .\n"
        "Cannot connect to the Docker daemon at tcp://docker:2375. Is the docker daemon running?\n" + _GL_EXIT,
        "gitlab")),
    # (b) testcontainers-java's GitLab dind address not listening (testcontainers-java#6446's shape)
    ("tc-java-gitlab-dind-not-listening",
     _GITLAB.replace("docker:27.3", "eclipse-temurin:21") + _GL_DIND +
     "$ ./gradlew integrationTest\n"
     "WARN org.testcontainers.dockerclient.DockerClientProviderStrategy - DOCKER_HOST tcp://docker:2375 is not "
     "listening\n"
     "ERROR org.testcontainers.dockerclient.DockerClientProviderStrategy - Could not find a valid Docker environment. "
     "Please check configuration. Attempted configurations were:\n"
     "As no valid configuration was found, execution cannot continue.\n"
     "PaymentsIT > initializationError FAILED\n"
     "    java.lang.IllegalStateException at DockerClientProviderStrategy.java:277\n" + _GL_EXIT),
    # testcontainers-java on a GitHub runner with Docker, no root cause shown (testcontainers-java#10788: now and then)
    ("tc-java-gha-no-root-cause",
     "> Task :service:test\n"
     "CatalogServiceTest > initializationError FAILED\n"
     "    java.lang.IllegalStateException: Could not find a valid Docker environment. Please see logs and check "
     "configuration\n"
     "        at org.testcontainers.dockerclient.DockerClientProviderStrategy.lambda$getFirstValidStrategy$7("
     "DockerClientProviderStrategy.java:277)\n"
     "12 tests completed, 1 failed\n" + _GHA),
    # the later tests' wording after the first one failed
    ("tc-java-previous-attempts-failed",
     "[ERROR] com.example.ShipmentIT -- Time elapsed: 0.01 s <<< ERROR!\n"
     "java.lang.IllegalStateException: Previous attempts to find a Docker environment failed. Will not retry. Please "
     "see logs and check configuration\n"
     "[ERROR] Tests run: 9, Failures: 0, Errors: 3, Skipped: 0\n" + _JENKINS_END),
    # (c) Docker 29's DNS failure for a dind alias: the service is not defined or not up (the setup, mostly)
    ("docker29-gitlab-dind-alias-no-such-host",
     _GITLAB + "$ docker build -t app .\n"
     "failed to connect to the docker API at tcp://docker:2375: lookup docker on 10.0.0.2:53: no such host\n"
     + _GL_EXIT),
    # Docker 29's missing socket in a GitLab job container: the setup
    ("docker29-gitlab-job-container-socket-missing",
     _GITLAB + "$ docker build -t app .\n"
     "failed to connect to the docker API at unix:///var/run/docker.sock; check if the path is correct and if the "
     "daemon is running: dial unix /var/run/docker.sock: connect: no such file or directory\n" + _GL_EXIT),
    # podman-remote's socket not started (podman cmd/podman/root.go, pkg/bindings/connection.go)
    ("podman-remote-socket-not-started",
     "##[group]Run podman --remote build -t api:ci .\n"
     "Cannot connect to Podman. Please verify your connection to the Linux system using `podman system connection "
     "list`, or try `podman machine init` and `podman machine start` to manage a new Linux VM\n"
     "Error: unable to connect to Podman socket: Get \"http://d/v5.2.0/libpod/_ping\": dial unix "
     "/run/user/1001/podman/podman.sock: connect: no such file or directory\n" + _GHA),
    # the Docker CLI pointed at Podman's user socket (DOCKER_HOST) that the job never started
    ("docker-cli-at-podman-user-socket",
     "##[group]Run docker compose up -d --wait\n"
     "Cannot connect to the Docker daemon at unix:///run/user/1001/podman/podman.sock. Is the docker daemon running?\n"
     + _GHA),
    # BuildKit's remote daemon as a GitLab service alias that does not resolve (the service is not defined)
    ("buildctl-service-alias-no-such-host",
     _GITLAB + "$ buildctl --addr tcp://buildkitd:1234 build --frontend dockerfile.v0 --local context=.\n"
     "error: failed to get status: rpc error: code = Unavailable desc = connection error: desc = \"transport: Error "
     "while dialing: dial tcp: lookup buildkitd on 10.0.0.2:53: no such host\"\n" + _GL_EXIT),
    # dind TLS certificates not shared with the job (DOCKER_TLS_CERTDIR): the setup
    ("dind-tls-unknown-authority",
     _GITLAB + _GL_DIND + "$ docker info\n"
     "error during connect: Get \"https://docker:2376/v1.47/info\": tls: failed to verify certificate: x509: "
     "certificate signed by unknown authority\n" + _GL_EXIT),
    # pip's "Successfully built <wheel>" is no reply of a daemon: a dind address with no daemon reply before it
    ("gitlab-pip-successfully-built-then-dind-no-reply",
     _GITLAB + _GL_DIND + "$ pip install -q build && python -m build --wheel\n"
     "Successfully built shop_api-1.4.2-py3-none-any.whl\n"
     "$ pip install -q .\n"
     "Successfully built shop-api\n"
     "$ docker build -t \"$CI_REGISTRY_IMAGE\" .\n"
     "Cannot connect to the Docker daemon at tcp://docker:2375. Is the docker daemon running?\n" + _GL_EXIT),
    # docker login's "Login Succeeded" is no reply of the daemon either: the CLI logs in client-side when the daemon does
    # not answer (docker/cli cli/command/registry/login.go loginWithRegistry, read), the usual before_script of a dind job
    ("gitlab-docker-login-client-side-then-dind-no-reply",
     _GITLAB + _GL_DIND + "$ echo \"$CI_REGISTRY_PASSWORD\" | docker login -u \"$CI_REGISTRY_USER\" --password-stdin "
     "\"$CI_REGISTRY\"\n"
     "Login Succeeded\n"
     "$ docker build -t \"$CI_REGISTRY_IMAGE:$CI_COMMIT_SHORT_SHA\" .\n"
     "Cannot connect to the Docker daemon at tcp://docker:2375. Is the docker daemon running?\n" + _GL_EXIT),
    # plain HTTP to dind's TLS port (moby client/request.go "Are you trying to connect to a TLS-enabled daemon without TLS?")
    ("dind-http-to-tls-port",
     _GITLAB + _GL_DIND + "$ docker info\n"
     "Get \"http://docker:2376/v1.47/info\": net/http: HTTP/1.x transport connection broken: malformed HTTP response "
     "\"\\x15\\x03\\x01\\x00\\x02\\x02\".\n"
     "* Are you trying to connect to a TLS-enabled daemon without TLS?\n" + _GL_EXIT),
    # the client's certificate refused (moby client/request.go "the server probably has client authentication")
    ("dind-client-cert-refused",
     _GITLAB + _GL_DIND + "$ docker info\n"
     "the server probably has client authentication (--tlsverify) enabled; check your TLS client certification "
     "settings: Get \"https://docker:2376/v1.47/info\": remote error: tls: bad certificate\n" + _GL_EXIT),
]

# (a) each reply marker, under each CI system's prefix, then the dind address not answering
_MARKERS: list[tuple[str, str]] = [
    ("docker-version-server", "$ docker version\nClient: Docker Engine - Community\n Version:           27.3.1\n"
                              "Server: Docker Engine - Community\n Engine:\n  Version:          27.3.1\n"),
    ("docker-info-server", "$ docker info\n" + _INFO),
    ("build-context", "$ docker build -t app .\nSending build context to Docker daemon  2.048kB\n"),
    ("classic-step", "$ docker build -t app .\nStep 1/6 : FROM python:3.12-slim\n ---> 1b3c5d7e9f01\n"),
    ("buildkit-first-step", "$ docker buildx build -t app .\n#1 [internal] load build definition from Dockerfile\n"),
    ("pull-complete", "$ docker pull node:20\n20: Pulling from library/node\n4abcf2066143: Pull complete\n"),
    ("pull-status", "$ docker pull node:20\nStatus: Downloaded newer image for node:20\n"),
    ("classic-built", "$ docker build -t app .\nSuccessfully built 1b3c5d7e9f01\nSuccessfully tagged app:latest\n"),
    ("push-digest", "$ docker push registry.example.com/app:ci\nci: digest: sha256:" + "a" * 64 + " size: 1573\n"),
]
_GONE = ("$ docker push registry.example.com/app:ci\n"
         "Cannot connect to the Docker daemon at tcp://docker:2375. Is the docker daemon running?\n" + _GL_EXIT)


@pytest.mark.parametrize("kind", ["jenkins-iso", "jenkins-clock", "gitlab", "gha", "buildkite"])
def test_reply_markers_are_seen_under_each_ci_prefix(kind):
    missed = [name for name, reply in _MARKERS
              if (v := judge(_stamp(reply + _GONE, kind))).verdict != "transient"
              or "dind-daemon-gone-mid-job" not in signatures(v)]
    assert not missed, missed


@pytest.mark.parametrize(("verdict", "log"), labelled(CASES))
def test_review23_docker_case_reads_right(verdict, log):
    reads(log, verdict)


@pytest.mark.parametrize("log", logs(NOT_SURELY_TRANSIENT))
def test_review23_docker_setup_forms_do_not_read_surely_transient(log):
    not_surely_transient(log)


def test_case_ids_are_unique():
    assert_unique_ids(CASES, NOT_SURELY_TRANSIENT, _MARKERS)


# One line of 50,000 characters of each of these words is read by benchmarks/pattern_speed.py,
# which prints the seconds each takes (a guard against patterns that backtrack; a timing is a
# benchmark's, not a test's).
LONG_LINE_WORDS = [
    "Got permission denied while trying to connect to the Docker daemon socket at ",
    "permission denied while trying to connect to the docker API at unix://",
    "Cannot connect to Podman. Please verify unable to connect to Podman socket: ",
    "Cannot connect to the Docker daemon at unix:///run/user/1001/podman/podman.sock",
    "failed to connect to the docker API at unix:///run/user/1001/podman/podman.sock",
    "Are you trying to connect to a TLS-enabled daemon without TLS?",
    "transport connection broken: malformed HTTP response \"\\x15\\x03\\x01",
    "the server probably has client authentication (--tlsverify) enabled",
    "error during connect: Get \"https://docker:2376/v1.47/info\": x509: ",
    "client version 1.32 is too old. Minimum supported API version is 1.44",
    "Could not find a valid Docker environment Previous attempts to find a Docker environment failed ",
    "rootless Docker not found ",
    "Server: Containers: Successfully built 1b3c5d7e9f01 Successfully built wheel ",
]
