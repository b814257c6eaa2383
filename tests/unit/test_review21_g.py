"""Twenty-first round, review 21g: an adversarial look at the round's two expected-failure passes (xfail21, xfail21b).

Covered: the new readings spring-boot-port-already-in-use, compose-pull-cut-short's Compose v2 block,
script-retry-gave-up-on-refusal, loopback-app-answered-429, http-500-schema-missing, cli-required-option-missing,
own-service-exited-then-refused, smoke-check-of-own-deploy-gave-up, curl-health-check-of-own-deploy,
curl-loopback-reply-cut, excoveralls-upload-cut-off, objc-uncaught-exception and rate-limited's new vetoes (a loopback
URL at an ephemeral port, TAP's "not ok" line), with cases aimed at where they could read wrong: a port the job's own
container or detached service holds, an "unexpected EOF" a program prints after a completed pull, a 404 loop whose URL
or message holds an outage word, a vendor's host checked after the job's deploy, a remote curl after a loopback one.

Fixes this review made (each named in its case's comment): spring-boot-port-already-in-use's unless_log (--detach; a
docker run/create that published the same host port, as the runner starts a GitHub Actions service container);
compose-pull-cut-short's v2 block (only Compose's indented progress lines inside it); own-service-exited-then-refused and
the fragment server_crashed_then_refused's logfmt form (curl 8's "Couldn't connect to server"); rules.py
_RETRIED_PASSING (URLs' words left out, a version that does not resolve is no resolver failure, GitHub's "abuse
detection" 403), _gave_up_on_own_deploy (retry lines naming only other hosts than the deploy's), _loopback_curl_above
(the nearest curl command above owns the error).

Where the wording comes from (recalled unless said): Spring Boot's PortInUseFailureAnalyzer report ("Web server failed to
start. Port N was already in use.", "Identify and stop the process that's listening on port N ..."); the GitHub runner's
"/usr/bin/docker create ... -p 8080:8080" lines for a service container; Compose v2's "[+] Pulling n/m" and " ✔ db
Pulled" lines; curl's "(7) Failed to connect to ... Couldn't connect to server" (curl 8), "(28) Operation timed out",
"(52) Empty reply from server", "(56) ... Connection reset by peer"; GitHub's 403 "You have triggered an abuse detection
mechanism" and "API rate limit exceeded"; bats' and node-tap's TAP lines; Click's "Error: Missing option '--x'."
(pallets/click exceptions.py, as xfail21 read it); ExCoveralls' "Failed to upload the report to '...' (reason: ...)"
(parroty/excoveralls poster.ex, as xfail21b read it); CoreFoundation's "*** Terminating app due to uncaught exception".
Hosts, tests, values and paths are made up; no project's CI log is copied.

The rules the cases hold:
  * a Spring Boot port collision with a port the job itself holds (a detached container, a service container it
    published, a second test context) -> real; with nothing of the job's on the port -> transient;
  * "unexpected EOF" under a Compose v2 pull block is the pull's only while the block's progress lines last -> a
    program's own EOF after a completed pull is real;
  * a retry loop over the same 4xx -> real, whatever words its URL holds; a throttle's 403 wording -> transient;
  * a smoke loop over a vendor's host other than the deploy's -> not the release's;
  * a curl error belongs to the nearest curl command above it.
"""

from __future__ import annotations

import pytest
from judging import assert_unique_ids, labelled, reads

_GHA = "##[error]Process completed with exit code 1.\n"
_JEN = ("[Pipeline] }\n[Pipeline] // stage\n[Pipeline] End of Pipeline\nERROR: script returned exit code 1\n"
        "Finished: FAILURE\n")

CASES: list[tuple[str, str, str]] = [
    # ---------------- spring-boot-port-already-in-use
    # (fixed here, read transient on main: spring-boot-port-already-in-use's unless_log, a container the job published on
    # that host port) the runner started the job's own service container on 8080
    ("spring-port-gha-service-container-same-port", "real",
     "##[group]Starting keycloak service container\n"
     "/usr/bin/docker create --name 5f1c2d_keycloak --label 8a9d2e --network github_network_8a9d2e -p 8080:8080 "
     "-e \"KEYCLOAK_ADMIN=admin\" -e GITHUB_ACTIONS=true -e CI=true quay.io/keycloak/keycloak:24.0 start-dev\n"
     "/usr/bin/docker start 5f1c2d\n##[endgroup]\n"
     "##[group]Run ./mvnw -B spring-boot:run\n./mvnw -B spring-boot:run\nshell: /usr/bin/bash -e {0}\n##[endgroup]\n"
     "2024-05-01T10:02:11.201Z ERROR 2215 --- [           main] o.s.b.d.LoggingFailureAnalysisReporter   : \n\n"
     "***************************\nAPPLICATION FAILED TO START\n***************************\n\nDescription:\n\n"
     "Web server failed to start. Port 8080 was already in use.\n\nAction:\n\n"
     "Identify and stop the process that's listening on port 8080 or configure this application to listen on "
     "another port.\n\n[ERROR] Failed to execute goal org.springframework.boot:spring-boot-maven-plugin:3.2.5:run "
     "(default-cli) on project orders: Process terminated with exit code: 1\n" + _GHA),
    # (fixed here, read transient on main: unless_log's --detach)
    ("spring-port-after-docker-run-detach-long", "real",
     "+ docker run --rm --detach --name wiremock -p 8080:8080 wiremock/wiremock:3.5.4\n"
     "3c1f0a9d2b7e4f1a\n+ ./gradlew bootRun\n> Task :bootRun\n\n"
     "***************************\nAPPLICATION FAILED TO START\n***************************\n\nDescription:\n\n"
     "Web server failed to start. Port 8080 was already in use.\n\nAction:\n\n"
     "Identify and stop the process that's listening on port 8080 or configure this application to listen on "
     "another port.\n\n> Task :bootRun FAILED\n\nFAILURE: Build failed with an exception.\n" + _GHA),
    # (fixed here, read transient on main: unless_log's --detach)
    ("spring-port-after-compose-up-detach-long", "real",
     "$ docker compose up --detach\n[+] Running 2/2\n ✔ Container app-db-1     Started   0.5s\n"
     " ✔ Container app-api-1    Started   0.9s\n$ ./mvnw -q spring-boot:run\n"
     "***************************\nAPPLICATION FAILED TO START\n***************************\n\nDescription:\n\n"
     "Web server failed to start. Port 8080 was already in use.\n\nAction:\n\n"
     "Identify and stop the process that's listening on port 8080 or configure this application to listen on "
     "another port.\n\n" + _GHA),
    ("spring-port-two-test-contexts-defined-port", "real",
     "[INFO] Running com.acme.orders.OrderApiIT\n"
     "2024-05-01 10:02:11.201  INFO 2215 --- [main] o.s.b.w.embedded.tomcat.TomcatWebServer  : "
     "Tomcat started on port 8080 (http) with context path ''\n"
     "[INFO] Tests run: 4, Failures: 0, Errors: 0, Skipped: 0, Time elapsed: 6.1 s - in com.acme.orders.OrderApiIT\n"
     "[INFO] Running com.acme.orders.AdminApiIT\n"
     "2024-05-01 10:02:19.004 ERROR 2215 --- [main] o.s.b.d.LoggingFailureAnalysisReporter   : \n\n"
     "***************************\nAPPLICATION FAILED TO START\n***************************\n\nDescription:\n\n"
     "Web server failed to start. Port 8080 was already in use.\n\nAction:\n\n"
     "Identify and stop the process that's listening on port 8080 or configure this application to listen on "
     "another port.\n\n[ERROR] Tests run: 3, Failures: 0, Errors: 3, Skipped: 0, Time elapsed: 0.9 s <<< FAILURE! - in "
     "com.acme.orders.AdminApiIT\n[ERROR] contextLoads  Time elapsed: 0.01 s  <<< ERROR!\n"
     "java.lang.IllegalStateException: Failed to load ApplicationContext\n"
     "[ERROR] BUILD FAILURE\n" + _GHA),
    # the guard: a shared agent whose other job holds the port, nothing started by this job
    ("spring-port-jenkins-shared-agent-stays-transient", "transient",
     "[Pipeline] sh\n+ ./mvnw -B -q spring-boot:run -Dspring-boot.run.profiles=ci\n"
     "***************************\nAPPLICATION FAILED TO START\n***************************\n\nDescription:\n\n"
     "Web server failed to start. Port 9090 was already in use.\n\nAction:\n\n"
     "Identify and stop the process that's listening on port 9090 or configure this application to listen on "
     "another port.\n\n" + _JEN),
    ("spring-port-gha-timestamped-stays-transient", "transient",
     "2024-05-01T10:02:10.0000000Z + java -jar build/libs/app.jar --spring.profiles.active=ci\n"
     "2024-05-01T10:02:11.2010000Z ***************************\n"
     "2024-05-01T10:02:11.2010000Z APPLICATION FAILED TO START\n"
     "2024-05-01T10:02:11.2010000Z ***************************\n2024-05-01T10:02:11.2010000Z \n"
     "2024-05-01T10:02:11.2010000Z Description:\n2024-05-01T10:02:11.2010000Z \n"
     "2024-05-01T10:02:11.2010000Z Web server failed to start. Port 8080 was already in use.\n"
     "2024-05-01T10:02:11.2010000Z \n2024-05-01T10:02:11.2020000Z ##[error]Process completed with exit code 1.\n"),
    # ---------------- compose v2 pull
    # (fixed here, unknown on main: compose-pull-cut-short's v2 block took the migration tool's own EOF after the pull)
    ("compose-v2-pulled-then-migrate-tool-eof", "real",
     "##[group]Run docker compose pull migrate\ndocker compose pull migrate\n"
     "docker compose run --rm --no-deps migrate up\nshell: /usr/bin/bash -e {0}\n##[endgroup]\n"
     "[+] Pulling 1/1\n ✔ migrate Pulled                                                 2.1s\n"
     "applying 0007_add_orders.sql\nunexpected EOF\n" + _GHA),
    # (fixed here, unknown on main: as above, a build's own EOF)
    ("compose-v2-pull-ok-then-local-build-eof", "real",
     "$ docker compose pull --ignore-buildable && docker compose build --progress=plain api\n"
     "[+] Pulling 2/2\n ✔ db Pulled                                                      1.9s\n"
     " ✔ cache Pulled                                                   1.2s\n"
     "#5 [build 3/4] RUN go generate ./...\n#5 0.412 gen: reading schema/api.yaml\n#5 0.413 unexpected EOF\n"
     "#5 ERROR: process \"/bin/sh -c go generate ./...\" did not complete successfully: exit code: 1\n"
     "unexpected EOF\n" + _GHA),
    ("compose-v2-pull-eof-gitlab-stays-transient", "transient",
     "$ docker compose -f ci/compose.yml pull\n[+] Pulling 2/3\n"
     " ✔ redis Pulled                                                    3.1s\n"
     " ✔ minio Pulled                                                    4.0s\n"
     " ✘ postgres Error unexpected EOF                                  12.4s\n"
     "Error response from daemon: unexpected EOF\n"
     "Cleaning up project directory and file based variables\nERROR: Job failed: exit code 1\n"),
    # ---------------- script-retry-gave-up-on-refusal
    # (fixed here, unknown on main: _RETRIED_PASSING's 'abuse detection')
    ("retry-403-abuse-detection-github-transient", "transient",
     "Fetching release list from https://api.github.com/repos/acme/cli/releases\n"
     "request failed (status=403): You have triggered an abuse detection mechanism. Please wait a few minutes before "
     "you try again. retrying in 20s\n"
     "request failed (status=403): You have triggered an abuse detection mechanism. Please wait a few minutes before "
     "you try again. retrying in 20s\n"
     "Error: failed after 3 attempts\n" + _GHA),
    # (fixed here, unknown on main: _RETRIED_PASSING read the URL's 'network')
    ("retry-404-url-names-network-real", "real",
     "Downloading https://downloads.acme.example/network-tools/v2.9.1/netprobe-linux-amd64.tgz\n"
     "request failed (status=404), retrying in 5s\nrequest failed (status=404), retrying in 5s\n"
     "request failed (status=404), retrying in 5s\nError: failed after 3 attempts\n" + _GHA),
    # (fixed here, unknown on main: _RETRIED_PASSING read 'resolve version' as a resolver's failure)
    ("retry-404-could-not-resolve-version-real", "real",
     "Fetching protoc 25.9.9 from https://github.com/protocolbuffers/protobuf/releases\n"
     "could not resolve version 25.9.9: HTTP 404, retrying in 5s\n"
     "could not resolve version 25.9.9: HTTP 404, retrying in 5s\n"
     "could not resolve version 25.9.9: HTTP 404, retrying in 5s\nError: gave up after 3 attempts\n" + _GHA),
    # LEFT: see KNOWN_MISREAD (unknown)
    ("retry-401-bad-credentials-jenkins-real", "real",
     "[Pipeline] sh\n+ ./ci/fetch-artifact.sh\n"
     "[2024-05-01T10:02:11Z] GET https://artifacts.acme.example/api/v1/builds/812/bundle.zip -> 401 Unauthorized, "
     "retrying in 10s (attempt 1/3)\n"
     "[2024-05-01T10:02:21Z] GET https://artifacts.acme.example/api/v1/builds/812/bundle.zip -> 401 Unauthorized, "
     "retrying in 10s (attempt 2/3)\n"
     "[2024-05-01T10:02:31Z] GET https://artifacts.acme.example/api/v1/builds/812/bundle.zip -> 401 Unauthorized, "
     "retrying in 10s (attempt 3/3)\n[2024-05-01T10:02:41Z] max retries exceeded, giving up\n" + _JEN),
    ("retry-502-then-404-mixed-stays-transient", "transient",
     "Downloading https://downloads.acme-tools.example.com/sdk/4.2/sdk.tgz\n"
     "request failed (status=502), retrying in 5s\nrequest failed (status=502), retrying in 5s\n"
     "request failed (status=502), retrying in 5s\nError: failed after 3 attempts\n" + _GHA),
    # ---------------- loopback-app-answered-429
    ("curl-v-loopback-mirror-passes-hub-limit-transient", "transient",
     "+ curl -sv http://localhost:5000/v2/library/node/manifests/20-alpine\n"
     "< HTTP/1.1 429 Too Many Requests\n< Content-Type: application/json\n<\n"
     "{\"errors\":[{\"code\":\"TOOMANYREQUESTS\",\"message\":\"You have reached your pull rate limit. You may increase "
     "the limit by authenticating and upgrading: https://www.docker.com/increase-rate-limit\"}]}\n" + _GHA),
    ("httpie-loopback-login-lockout-real", "real",
     "$ http --check-status POST :8000/api/login username=ci password=wrong\n"
     "HTTP/1.1 429 Too Many Requests\nContent-Type: application/json\n\n"
     "{\n    \"detail\": \"Request was throttled. Expected available in 59 seconds.\"\n}\n" + _GHA),
    ("curl-i-remote-api-429-gitlab-stays-transient", "transient",
     "$ curl -si -H \"PRIVATE-TOKEN: [MASKED]\" https://gitlab.com/api/v4/projects/4242/releases\n"
     "HTTP/2 429\nretry-after: 60\nratelimit-remaining: 0\n\nRetry later\n"
     "ERROR: Job failed: exit code 1\n"),
    # ---------------- http-500-schema-missing
    ("smoke-500-pg-relation-missing-real", "real",
     "+ ./scripts/smoke.sh https://staging.acme.example\n"
     "smoke: GET /api/invoices -> 500 {\"error\":\"relation \\\"invoice_lines\\\" does not exist\"}\n"
     "smoke: 1 of 12 checks failed\n" + _GHA),
    ("pytest-500-sqlite-no-such-table-real", "real",
     "FAILED tests/test_api.py::test_list_orders - assert 500 == 200\n"
     "  sqlite3.OperationalError: no such table: orders\n"
     "=========================== short test summary info ============================\n"
     "FAILED tests/test_api.py::test_list_orders - assert 500 == 200\n========= 1 failed, 41 passed in 3.02s =========\n"
     + _GHA),
    # ---------------- cli-required-option-missing
    ("click-missing-option-fork-pr-empty-secret-real", "real",
     "Run acme-deploy upload --bucket \"\" ./dist\nacme-deploy upload --bucket \"\" ./dist\n"
     "shell: /usr/bin/bash -e {0}\nUsage: acme-deploy upload [OPTIONS] PATH\n"
     "Try 'acme-deploy upload --help' for help.\n\nError: Missing option '--region'.\n" + _GHA),
    # LEFT: see KNOWN_MISREAD (unknown)
    ("argparse-required-in-help-text-then-timeout-transient", "transient",
     "$ ./tools/sync.py --help\nusage: sync.py [-h] --env ENV [--dry-run]\n\n"
     "  --env ENV   target environment (required)\n\n"
     "$ ./tools/sync.py --env ci\nsyncing fixtures from https://fixtures.acme.example/ci.tar.gz\n"
     "curl: (28) Failed to connect to fixtures.acme.example port 443 after 130001 ms: Timeout was reached\n"
     + _GHA),
    # ---------------- own-service-exited-then-refused
    ("service-exited-jwks-503-then-refused-transient", "transient",
     "$ ./bin/gateway --config ci/gateway.yaml &\n"
     "level=error msg=\"fetching JWKS from https://login.auth-vendor.example/.well-known/jwks.json: 503 Service "
     "Unavailable; exiting\"\n"
     "$ curl -fsS http://localhost:8080/ready\n"
     "curl: (7) Failed to connect to localhost port 8080 after 0 ms: Connection refused\n" + _GHA),
    # (fixed here, read transient on main: curl 8's 'Couldn't connect to server' as the loopback refusal)
    ("service-logfmt-error-exiting-gitlab-real", "real",
     "$ ./bin/worker -config ci/worker.toml &\n"
     "ts=2024-05-01T10:02:11Z level=error caller=main.go:88 msg=\"invalid config: queue.name is empty, exiting\"\n"
     "$ curl -fsS http://127.0.0.1:9100/metrics\n"
     "curl: (7) Failed to connect to 127.0.0.1 port 9100 after 0 ms: Couldn't connect to server\n"
     "ERROR: Job failed: exit code 7\n"),
    # ---------------- smoke check / curl health of own deploy
    # LEFT: see KNOWN_MISREAD (real)
    ("docs-deploy-gh-pages-then-vendor-health-curl-transient", "transient",
     "Deploying docs to gh-pages branch\n[gh-pages 3c1f0a9] Deploy 8e2f1b0\n 112 files changed\n"
     "To https://github.com/acme/app.git\n   5d1e2c0..3c1f0a9  gh-pages -> gh-pages\n"
     "+ curl -fsS --max-time 20 https://api.payments-vendor.example/health\n"
     "curl: (28) Operation timed out after 20001 milliseconds with 0 bytes received\n" + _GHA),
    # LEFT: see KNOWN_MISREAD (real)
    ("helm-upgrade-then-curl-third-party-status-transient", "transient",
     "+ helm upgrade --install web ./chart -n ci-812\nRelease \"web\" has been upgraded. Happy Helming!\n"
     "+ curl -fsS https://registry.npmjs.org/-/ping?write=true\n"
     "curl: (28) Failed to connect to registry.npmjs.org port 443 after 130002 ms: Timeout was reached\n" + _GHA),
    ("smoke-own-staging-refused-jenkins-real", "real",
     "[Pipeline] sh\n+ helm upgrade --install shop ./chart -n staging\n"
     "Release \"shop\" has been upgraded. Happy Helming!\n[Pipeline] sh\n+ ./ci/smoke.sh\n"
     "smoke: https://staging.shop.acme.example/healthz: connection refused, retrying in 15s (attempt 1/4)\n"
     "smoke: https://staging.shop.acme.example/healthz: connection refused, retrying in 15s (attempt 2/4)\n"
     "smoke: https://staging.shop.acme.example/healthz: connection refused, retrying in 15s (attempt 3/4)\n"
     "smoke: https://staging.shop.acme.example/healthz: connection refused, retrying in 15s (attempt 4/4)\n"
     "smoke: retries exhausted\n" + _JEN),
    # (fixed here, real on main: _gave_up_on_own_deploy, the retry lines name only a host the deploy does not)
    ("deploying-line-far-above-smoke-of-third-party-transient", "transient",
     "Deploying preview for PR #77 ... done (https://pr-77.preview.acme.example)\n"
     "Running smoke tests against the payments sandbox\n"
     "smoke: POST https://sandbox.payments-vendor.example/v1/charges: 503 Service Unavailable, retrying in 10s "
     "(attempt 1/3)\n"
     "smoke: POST https://sandbox.payments-vendor.example/v1/charges: 503 Service Unavailable, retrying in 10s "
     "(attempt 2/3)\n"
     "smoke: POST https://sandbox.payments-vendor.example/v1/charges: 503 Service Unavailable, retrying in 10s "
     "(attempt 3/3)\nsmoke: giving up\n" + _GHA),
    # ---------------- curl-loopback-reply-cut
    ("curl-loopback-piped-jq-52-real", "real",
     "+ ./bin/server --port 3000 &\n+ sleep 2\n+ curl -sS http://localhost:3000/api/stats | jq .total\n"
     "curl: (52) Empty reply from server\n" + _GHA),
    ("curl-remote-piped-then-loopback-far-above-transient", "transient",
     "+ curl -sS http://localhost:3000/api/version | jq -r .version\n1.4.2\n"
     "+ echo fetching upstream schema\nfetching upstream schema\n"
     "+ curl -sS https://schemas.partner.example/v3/openapi.json | jq .info.version\n"
     "curl: (56) OpenSSL SSL_read: Connection reset by peer, errno 104\n" + _GHA),
    # LEFT: see KNOWN_MISREAD (unknown; real on main)
    ("curl-loopback-piped-then-remote-curl-28-transient", "transient",
     "+ curl -s http://127.0.0.1:8080/health | grep -q ok\n"
     "+ curl -sSfL https://dl.acme-cdn.example/cli/latest/cli.tgz | tar xz\n"
     "curl: (28) Operation timed out after 300000 milliseconds with 1048576 out of 52428800 bytes received\n"
     "\ngzip: stdin: unexpected end of file\ntar: Child returned status 1\n" + _GHA),
    # ---------------- rate-limited vetoes
    # (leftovers26: read right now; see KNOWN_MISREAD's note)
    ("bats-not-ok-then-github-rate-limit-transient", "transient",
     "1..3\nok 1 parses config\nnot ok 2 fetches latest release\n"
     "# (in test file test/release.bats, line 14)\n#   `run ./bin/latest-release acme/cli' failed\n"
     "# curl: (22) The requested URL returned error: 403\n"
     "# {\"message\":\"API rate limit exceeded for 20.1.2.3. (But here's the good news: Authenticated requests get a "
     "higher rate limit.)\"}\nok 3 prints usage\n" + _GHA),
    ("tap-not-ok-title-names-rate-limit-real", "real",
     "TAP version 13\nok 1 - returns cached value\nnot ok 2 - handles 429 rate limit exceeded by backing off\n"
     "  ---\n  operator: equal\n  expected: 3\n  actual:   1\n  at: Test.<anonymous> (test/client.js:41:5)\n  ...\n"
     "1..2\n# tests 2\n# pass  1\n# fail  1\n" + _GHA),
    # ---------------- ExCoveralls
    # left before; read real since review30_a ("internl" is "internal" with a letter dropped: dns-lookup-of-misspelt-host)
    ("excoveralls-upload-nxdomain-custom-endpoint-real", "real",
     "Finished in 3.1 seconds (0.4s async, 2.7s sync)\n120 tests, 0 failures\n"
     "** (ExCoveralls.ReportUploadError) Failed to upload the report to 'https://coveralls.acme.internl' "
     "(reason: :nxdomain).\n" + _GHA),
    ("excoveralls-upload-failed-connect-timeout-transient", "transient",
     "Finished in 3.1 seconds (0.4s async, 2.7s sync)\n120 tests, 0 failures\n"
     "** (ExCoveralls.ReportUploadError) Failed to upload the report to 'https://coveralls.io' (reason: "
     "{:failed_connect, [{:to_address, {~c\"coveralls.io\", 443}}, {:inet, [:inet], :timeout}]}).\n" + _GHA),
    # LEFT: see KNOWN_MISREAD (unknown)
    ("excoveralls-timeout-but-test-failed-real", "real",
     "  1) test creates order (Shop.OrdersTest)\n     test/shop/orders_test.exs:12\n"
     "     Assertion with == failed\n     code:  assert order.total == 1200\n     left:  1100\n     right: 1200\n"
     "\nFinished in 3.1 seconds (0.4s async, 2.7s sync)\n120 tests, 1 failure\n"
     "** (ExCoveralls.ReportUploadError) Failed to upload the report to 'https://coveralls.io' (reason: :timeout).\n"
     + _GHA),
    # ---------------- objc-uncaught-exception
    ("objc-uncaught-exception-then-simulator-transient-words-real", "real",
     "Test Suite 'All tests' started at 2024-05-01 10:02:11.201.\n"
     "*** Terminating app due to uncaught exception 'NSInvalidArgumentException', reason: '-[ACMECartView "
     "setBadgeCount:]: unrecognized selector sent to instance 0x7fa1'\n"
     "Testing failed:\n\tAcmeShopTests:\n\t\tAcmeShop (4215) encountered an error (Early unexpected exit, operation "
     "never finished bootstrapping - no restart will be attempted. (Underlying Error: The test runner exited with "
     "code -1 before checking in.))\n** TEST FAILED **\n" + _GHA),
]

# LEFT: cases that still read wrong, kept as strict expected failures (id -> why no fix was safe in the time).
KNOWN_MISREAD = {
    "retry-401-bad-credentials-jenkins-real":
        "LEFT: the URL's '/builds/' path matches _RETRIED_OWN's build word, so the loop is taken for the job's own; "
        "narrowing that word list moves other readings (unknown, not transient)",
    "argparse-required-in-help-text-then-timeout-transient":
        "LEFT: build-config-error (an older entry) reads the help text's '(required)' option line; not this change's",
    "docs-deploy-gh-pages-then-vendor-health-curl-transient":
        "LEFT: curl-health-check-of-own-deploy: a 'Deploying docs to gh-pages' line names no host, so the curl's "
        "vendor host cannot be told from the release's; a narrower _DEPLOYED needs the held-out cases to judge",
    "helm-upgrade-then-curl-third-party-status-transient":
        "LEFT: as above: helm's lines name no host, and HEALTH_CHECK_URL takes npm's '/-/ping' as a health path",
    # (dl27) curl-loopback-piped-then-remote-curl-28-transient reads transient now: the remote download's gzip EOF right
    # under its curl | tar is archive-cut-short-after-download's, which outweighs curl-loopback-server-unanswered's span
    # (leftovers26) bats-not-ok-then-github-rate-limit-transient reads transient now: auth-failure's unless_log passes over a
    # 403 with GitHub's rate-limit body just below it
    "excoveralls-timeout-but-test-failed-real":
        "LEFT: the upload's timeout weighs against ExUnit's failure (unknown, not transient); the upload only runs "
        "after the tests, so the failure should win: a weighing change for the lead",
}


def test_ids_unique():
    assert_unique_ids(CASES)


@pytest.mark.parametrize(("verdict", "log"), labelled(CASES, KNOWN_MISREAD))
def test_review21_g(verdict, log):
    reads(log, verdict)


# Words benchmarks/pattern_speed.py repeats on a long line for the entries this review touched.
LONG_LINE_WORDS = ["Web server failed to start. Port 8080 was already in use.", "docker create -p 8080:8080 ",
                   "[+] Pulling 1/1", " ✔ db Pulled", "unexpected EOF", "Couldn't connect to server",
                   "level=error msg=exiting localhost", "--detach"]
