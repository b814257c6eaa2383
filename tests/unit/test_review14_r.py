"""Review 14r of the older transient entries no review had attacked (wait-timed-out, ci-job-time-limit,
service-not-started): adversarial logs (made up) where their words sit in a failing test's title, a test's
compared values, a tool's help text, a docs grep, a changelog or an application's own log, where the wait
or the service failed on something the job itself set up wrong (a pod that crashes on start, a database
that refused its configuration, an emulator asked for an AVD that does not exist, a Testcontainers image
that does not exist or exits on its own), or where a deterministic failure comes before an outage in a
post-step; and guards where the same words are the trouble the job ran into.

On unchanged main (f00def4) 12 of the 21 adversarial logs read wrong: 5 real read transient (high),
7 real read unknown (low); none of the 7 guards. After the fixes 2 are left (LEFT, strict xfail), and git's
unanswered prompt reads unknown (asserted only not surely transient)."""

from __future__ import annotations

import pytest
from judging import assert_unique_ids, logs, not_surely_transient, reads

REAL: list[tuple[str, str]] = [
    # helm waited for a deployment whose image tag (the change wrote it) does not exist
    ('wait-helm-image-not-found',
     '$ helm upgrade --install web ./chart --set image.tag=v2.4.O --wait --timeout 5m\nRelease "web" does not exist. Installing it now.\nError: INSTALLATION FAILED: timed out waiting for the condition\n$ kubectl describe pod -l app=web | tail -4\n  Warning  Failed     2m    kubelet  Failed to pull image "ghcr.io/acme/web:v2.4.O": rpc error: code = NotFound desc = failed to pull and unpack image "ghcr.io/acme/web:v2.4.O": not found\n  Warning  Failed     2m    kubelet  Error: ErrImagePull\n  Normal   BackOff    1m    kubelet  Back-off pulling image "ghcr.io/acme/web:v2.4.O"\n##[error]Process completed with exit code 1.\n'),
    # --- wait-timed-out ---
    # kubectl wait on a pod whose container the change broke: it crashes on start every time
    ('wait-kubectl-crashloop',
     '$ kubectl apply -f deploy/app.yaml\ndeployment.apps/api created\n$ kubectl wait --for=condition=ready pod -l app=api --timeout=120s\nerror: timed out waiting for the condition on pods/api-7d9f8c6b5-x2kqp\n$ kubectl get pods\nNAME                  READY   STATUS             RESTARTS      AGE\napi-7d9f8c6b5-x2kqp   0/1     CrashLoopBackOff   4 (30s ago)   2m\n$ kubectl logs api-7d9f8c6b5-x2kqp\nModuleNotFoundError: No module named \'api.settings_prod\'\n##[error]Process completed with exit code 1.\n'),
    # a Jest title (the cross mark) names the words; the failure is a compared count
    ('wait-jest-title-cross',
     ' FAIL  src/poller.test.ts\n  ✕ rejects with timed out waiting for pod to become ready (8 ms)\n\n    expect(received).toBe(expected) // Object.is equality\n\n    Expected: 3\n    Received: 2\n\nTests:       1 failed, 41 passed, 42 total\n##[error]Process completed with exit code 1.\n'),
    # wait-for-it gave up on a database that exited on the configuration the change wrote
    ('wait-for-it-db-exited-config',
     'Creating app_db_1 ... done\ndb_1   | 2026-03-02 10:01:02.120 UTC [1] LOG:  invalid value for parameter "max_connections": "100a"\ndb_1   | 2026-03-02 10:01:02.120 UTC [1] FATAL:  configuration file "/etc/postgresql/postgresql.conf" contains errors\napp_db_1 exited with code 1\nwait-for-it.sh: waiting 15 seconds for db:5432\nwait-for-it.sh: timeout occurred after waiting 15 seconds for db:5432\n##[error]Process completed with exit code 124.\n'),
    # the emulator was asked for an AVD the job never created: it cannot boot on any run
    ('wait-emulator-unknown-avd',
     '$ $ANDROID_HOME/emulator/emulator -avd pixel_7_api34 -no-window -no-audio &\nPANIC: Unknown AVD name [pixel_7_api34], use -list-avds to see valid list.\nHOME is defined but there is no file pixel_7_api34.ini in $HOME/.android/avd\n$ adb wait-for-device shell \'while [[ -z $(getprop sys.boot_completed) ]]; do sleep 1; done\'\nemulator did not boot within 300 seconds\n##[error]Process completed with exit code 1.\n'),
    # a docs grep prints the words; the job then fails a lint check
    ('wait-docs-grep-then-lint',
     '$ grep -rn "timed out waiting for" docs/\ndocs/troubleshooting.md:12: If kubectl says `timed out waiting for the condition`, raise --timeout.\n$ npx eslint src\n/src/deploy.ts\n  41:9  error  \'timeoutMs\' is assigned a value but never used  @typescript-eslint/no-unused-vars\n\n1 problem (1 error, 0 warnings)\n##[error]Process completed with exit code 1.\n'),
    # --- ci-job-time-limit ---
    # a Jenkins plugin's own test comparing the message it builds
    ('limit-junit-compared-message',
     '[INFO] Running org.example.timeout.BuildTimeoutWrapperTest\n[ERROR] Tests run: 12, Failures: 1, Errors: 0, Skipped: 0, Time elapsed: 3.2 s <<< FAILURE! - in org.example.timeout.BuildTimeoutWrapperTest\n[ERROR] testLogMessage(org.example.timeout.BuildTimeoutWrapperTest)  Time elapsed: 0.1 s  <<< FAILURE!\norg.opentest4j.AssertionFailedError: expected: <Build timed out (after 3 minutes). Marking the build as aborted.> but was: <Build timed out (after 3 minutes). Marking the build as failed.>\n[ERROR] Failures:\n[ERROR]   BuildTimeoutWrapperTest.testLogMessage:88 expected: <Build timed out (after 3 minutes). Marking the build as aborted.>\n[ERROR] Tests run: 140, Failures: 1, Errors: 0, Skipped: 0\n[INFO] BUILD FAILURE\n'),
    # a tool's help text names the setting; then a compile error
    ('limit-help-text-then-compile',
     '$ ./bin/runner --help\nUsage: runner [options] <suite>\n  --timeout MINUTES   the execution timeout in minutes; the job is stopped when it is reached (default 30)\n  --shard N           run one shard\n$ go build ./...\n# example.com/runner/cmd\ncmd/run.go:57:14: undefined: shardIndex\n##[error]Process completed with exit code 1.\n'),
    ('limit-help-text-then-assert',
     '$ ./bin/runner --help\nUsage: runner [options] <suite>\n  --timeout MINUTES   the execution timeout in minutes; the job is stopped when it is reached (default 30)\n  --shard N           run one shard\n$ npm test\n  1) cart\n       applies the discount:\n     AssertionError: expected 100 to equal 90\n      at Context.<anonymous> (test/cart.spec.js:14:20)\n  140 passing (3s)\n  1 failing\n##[error]Process completed with exit code 1.\n'),
    # the tests failed; the post-step's artifact upload then ran into its own time limit
    ('limit-assert-then-post-step-timeout',
     '$ npm test\n  1) cart\n       applies the discount:\n     AssertionError: expected 100 to equal 90\n      at Context.<anonymous> (test/cart.spec.js:14:20)\n  140 passing (3s)\n  1 failing\n##[error]Process completed with exit code 1.\nPost job cleanup.\n##[group]Run actions/upload-artifact@v4\n##[error]The action has timed out.\n'),
    # --- service-not-started ---
    # Testcontainers could not start an image that does not exist (the tag the change wrote)
    ('svc-testcontainers-no-such-image',
     '[ERROR] Tests run: 4, Failures: 0, Errors: 1, Skipped: 0, Time elapsed: 6.1 s <<< FAILURE! - in com.acme.OrderRepositoryIT\n[ERROR] com.acme.OrderRepositoryIT  Time elapsed: 6.1 s  <<< ERROR!\norg.testcontainers.containers.ContainerLaunchException: Container startup failed for image acme/orders-db:1.4.0-sanpshot\nCaused by: org.rnorth.ducttape.RetryCountExceededException: Retry limit hit with exception\nCaused by: org.testcontainers.containers.ContainerFetchException: Can\'t get Docker image: RemoteDockerImage(imageName=acme/orders-db:1.4.0-sanpshot)\nCaused by: com.github.dockerjava.api.exception.NotFoundException: Status 404: {"message":"manifest for acme/orders-db:1.4.0-sanpshot not found: manifest unknown"}\n[INFO] BUILD FAILURE\n'),
    # Testcontainers: the application container the build produced exits on start (its own error)
    ('svc-testcontainers-app-exits',
     '[ERROR] com.acme.ApiIT  Time elapsed: 31.0 s  <<< ERROR!\norg.testcontainers.containers.ContainerLaunchException: Container startup failed for image acme/api:test\nCaused by: org.testcontainers.containers.ContainerLaunchException: Could not create/start container\nCaused by: java.lang.IllegalStateException: Wait strategy failed. Container exited with code 1\nContainer log: Error: Cannot find module \'/app/dist/server.js\'\nContainer log:     at Module._resolveFilename (node:internal/modules/cjs/loader:1145:15)\n[INFO] BUILD FAILURE\n'),
    # a Jest title names the words; the failure is a compared value
    ('svc-jest-title-docker-failed',
     ' FAIL  src/doctor.test.ts\n  ✕ prints a hint when docker failed to start (6 ms)\n\n    expect(received).toContain(expected) // indexOf\n\n    Expected substring: "Start Docker Desktop"\n    Received string:    "Start Docker"\n\nTests:       1 failed, 19 passed, 20 total\n##[error]Process completed with exit code 1.\n'),
    # Cypress on an image without Xvfb: the same on every run
    ('svc-cypress-xvfb-missing',
     '$ npx cypress run\nCould not start Xvfb.\n\nThe error was:\n\nError: spawn Xvfb ENOENT\n    at ChildProcess._handle.onexit (node:internal/child_process:284:19)\n\nYour system is missing the dependency: Xvfb\n\nInstall Xvfb and run Cypress again.\n##[error]Process completed with exit code 1.\n'),
    # the tests failed; the runner's post-step then could not reach the Docker daemon to clean up
    ('svc-assert-then-post-docker-cleanup',
     '$ pytest -q\nFAILED tests/test_orders.py::test_total - assert 90 == 100\n========= 1 failed, 211 passed in 12.40s =========\n##[error]Process completed with exit code 1.\nPost job cleanup.\n/usr/bin/docker rm --force 3f1c2a\nCannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?\n##[warning]Docker cleanup failed\n'),
    # an application's own job scheduler log, then a failing assertion (engine 15: its values 12 and 13 show no
    # damage, the scheduler's line is background noise; "the job timed out" is the CI's own wording too)
    ('limit-app-scheduler-log-then-assert',
     '[scheduler] job nightly-report: the job timed out after 5s and was marked failed\n[scheduler] job cleanup: done\n  1) report\n       totals the rows:\n     AssertionError: expected 12 to equal 13\n      at Context.<anonymous> (test/report.spec.js:30:21)\n  88 passing (2s)\n  1 failing\n##[error]Process completed with exit code 1.\n'),
]

# truly ambiguous, or real with no real-leaning words to read (no rerun proposed with confidence)
NOT_SURELY_TRANSIENT: list[tuple[str, str]] = [
    # the emulator cannot run without hardware acceleration on this runner type
    ('wait-emulator-no-kvm',
     'emulator: ERROR: x86_64 emulation currently requires hardware acceleration!\nCPU acceleration status: /dev/kvm is not found: VT disabled in BIOS or KVM kernel module not loaded\nemulator: INFO: QtLogger.cpp:68: Critical: Unable to open /dev/kvm\nThe emulator did not boot within 600 seconds\n##[error]Timeout waiting for emulator to boot.\n##[error]Process completed with exit code 1.\n'),
    # a script the change added waits on git's prompt nobody answers; the time limit ends it the same way every
    # run (real; no entry reads the prompt as real, so unknown is the most the log gives: transient 0.9 on main)
    ('limit-git-credential-prompt',
     '$ ./scripts/sync-vendor.sh\nCloning into \'vendor/protos\'...\nUsername for \'https://github.com\': \n##[error]The job running on runner GitHub Actions 12 has exceeded the maximum execution time of 30 minutes.\n'),
    # a changelog line names the words, then a failing assertion: real; reads unknown, the outage-then-assertion
    # interaction engine 14 works on (no entry can tell a commit subject from a CI line)
    ('limit-changelog-then-assert',
     '$ git log --oneline -3\n4e1f0aa fix: retry when the job timed out on the runner\n9ab0c22 feat: add retries\n$ pytest -q\nFAILED tests/test_cart.py::test_total - assert 90 == 100\n========= 1 failed, 211 passed in 12.40s =========\n##[error]Process completed with exit code 1.\n'),
    # the job points DOCKER_HOST at a "docker" service it never declared: no name to resolve, every run
    ('svc-dind-service-not-declared',
     '$ docker info\nerror during connect: Get "http://docker:2375/v1.24/info": dial tcp: lookup docker on 168.63.129.16:53: no such host\n##[error]Process completed with exit code 1.\n'),
]

TRANSIENT: list[tuple[str, str]] = [
    # guard: kubectl wait on a pod still pulling when the time ran out
    ('g-wait-kubectl-pending',
     '$ kubectl wait --for=condition=ready pod -l app=api --timeout=120s\nerror: timed out waiting for the condition on pods/api-7d9f8c6b5-x2kqp\n$ kubectl get pods\nNAME                  READY   STATUS              RESTARTS   AGE\napi-7d9f8c6b5-x2kqp   0/1     ContainerCreating   0          2m\n##[error]Process completed with exit code 1.\n'),
    # guard: wait-for-it gave up on a database still initialising
    ('g-wait-for-it-slow-db',
     'Creating app_db_1 ... done\ndb_1   | The files belonging to this database system will be owned by user "postgres".\ndb_1   | fixing permissions on existing directory /var/lib/postgresql/data ... ok\nwait-for-it.sh: waiting 15 seconds for db:5432\nwait-for-it.sh: timeout occurred after waiting 15 seconds for db:5432\n##[error]Process completed with exit code 124.\n'),
    # guard: Azure stopped a job at its time limit
    ('g-limit-azure-max-time',
     '##[section]Starting: Integration tests\nRunning 412 tests\n..........\n##[error]The job running on agent Hosted Agent ran longer than the maximum time of 60 minutes. For more information, see https://go.microsoft.com/fwlink/?linkid=2077134\n'),
    # guard: Jenkins' build-timeout plugin
    ('g-limit-jenkins-build-timeout',
     '+ ./gradlew integrationTest\n> Task :app:integrationTest\nBuild timed out (after 45 minutes). Marking the build as aborted.\nBuild was aborted\nFinished: ABORTED\n'),
    # guard: GitLab stopped a job at its time limit
    ('g-limit-gitlab-exceeded',
     '$ make e2e\nrunning 88 scenarios\n..............\nERROR: Job failed: execution took longer than 1h0m0s seconds\n'),
    # guard: Docker-in-Docker daemon that answered earlier in the job (its build steps) and then did not
    # (twenty-second round, dockerd22: with no earlier reply the dind address is mostly the job's configuration, 8 of 10
    # public threads, and reads unknown; tests/unit/test_rules22_dockerd.py)
    ('g-svc-dind-not-running',
     '$ docker build -t app .\nStep 1/3 : FROM python:3.12-slim\n ---> 1b3c5d7e9f01\nStep 2/3 : COPY . /app\nCannot connect to the Docker daemon at tcp://docker:2375. Is the docker daemon running?\n##[error]Process completed with exit code 1.\n'),
    # guard: Testcontainers gave up on a port that did not open in time
    ('g-svc-testcontainers-port-timeout',
     '[ERROR] com.acme.OrderRepositoryIT  Time elapsed: 122.0 s  <<< ERROR!\norg.testcontainers.containers.ContainerLaunchException: Container startup failed for image postgres:16\nCaused by: org.rnorth.ducttape.RetryCountExceededException: Retry limit hit with exception\nCaused by: org.testcontainers.containers.ContainerLaunchException: Could not create/start container\nCaused by: org.testcontainers.containers.ContainerLaunchException: Timed out waiting for container port to open (localhost ports: [32771] should be listening)\n[INFO] BUILD FAILURE\n'),
]



@pytest.mark.parametrize("log", logs(REAL))
def test_reads_real(log):
    reads(log, "real")


@pytest.mark.parametrize("log", logs(NOT_SURELY_TRANSIENT))
def test_is_not_surely_transient(log):
    not_surely_transient(log)


@pytest.mark.parametrize("log", logs(TRANSIENT))
def test_reads_transient(log):
    reads(log, "transient")


def test_case_ids_are_unique():
    assert_unique_ids(REAL, NOT_SURELY_TRANSIENT, TRANSIENT)
