"""Review 14q of the fourteenth round's api_perf_contract entries (load-test-threshold-gate-failed,
contract-broker-gate-refused, api-schema-check-failed, load-test-workers-lost) and of the older entries that read
the API and load tools' connection errors (connection-refused, network-unreachable, go-module-fetch, dns-failure,
http-5xx, transient-wording): adversarial logs, made up. A service under test that crashed on the change and is
then refused (or no longer resolves, or answers 500 on its own schema) reads real or at least not surely
transient; the Pact Broker's own outage reads transient; a gate's verdict is not undone by an outage in a
post-step or one survived above it; the entries' words in a monitor's line, a changelog or another test runner's
report are not the tool's message."""

from __future__ import annotations

import pytest
from judging import assert_unique_ids, labelled, logs, not_surely_transient, reads

REAL: list[tuple[str, str, str]] = [
    # a project's own gate script failing on a number: the code's result either way
    ('shell-check-fail-coverage-lt', 'real',
     '$ ./ci/check-coverage.sh\n'
     'fail: coverage 78.2 < 80\n'
     '##[error]Process completed with exit code 1.\n'),
    # k6's thresholds crossed, then a post-step's cache save answered 503 (a warning): the gate is the job's outcome
    ('k6-threshold-then-cache-upload-503', 'real',
     'time="2025-03-02T10:15:07Z" level=error msg="thresholds on metrics \'http_req_duration\' have been crossed"\n'
     'Post job cleanup.\n'
     'Warning: Failed to save: Cache service responded with 503\n'
     '##[error]Process completed with exit code 99.\n'),
    # npm retried a timeout and installed; Gatling's assertion failed after it: the gate, not the survived blip
    ('npm-retry-then-gatling-assertion', 'real',
     'npm WARN retry will retry, error on last attempt: Error: connect ETIMEDOUT 104.16.0.35:443\n'
     'added 812 packages in 41s\n'
     'Global: max of response time is less than or equal to 800.0 : false (actual : 1412.0)\n'
     '[ERROR] Gatling simulation assertions failed!\n'
     '[INFO] BUILD FAILURE\n'
     '##[error]Process completed with exit code 1.\n'),
    # k6's threshold words as a compared value in a pytest assertion: the test of the code
    ('pytest-doc-thresholds-words', 'real',
     '    def test_summary_message():\n'
     '>       assert summarize(run) == "thresholds on metrics \'p95\' were crossed"\n'
     'E       AssertionError: assert \'ok\' == "thresholds on metrics \'p95\' were crossed"\n'
     'FAILED tests/test_summary.py::test_summary_message\n'
     '1 failed, 3 passed\n'
     '##[error]Process completed with exit code 1.\n'),
    # the broker answering 404 for an environment the job names: configuration, the same on a rerun
    ('pact-broker-404-lb-then', 'real',
     '$ pact-broker can-i-deploy --pacticipant checkout-web --version 4f1c2ab --to-environment prod\n'
     'Error making request to https://pacts.example.test/matrix status=404 {"error":"Environment prod not found"}\n'
     '##[error]Process completed with exit code 1.\n'),
    # Schemathesis's check title under its failing operation and in its summary: the API's behaviour
    ('schemathesis-check-then-summary', 'real',
     '_________________________________ GET /orders/{id} ______________________________\n'
     '- Undocumented HTTP status code\n'
     '\n'
     '    Received: 500\n'
     '    Documented: 200, 404\n'
     '\n'
     'Failures:\n'
     '  ❌ Undocumented HTTP status code: 1\n'
     '##[error]Process completed with exit code 1.\n'),
    # Locust's lost-worker lines in a unittest run whose own test failed: the harness's test, not lost hosts
    ('unittest-locust-harness-lost-worker', 'real',
     '[2025-03-02 10:14:07,120] ci/INFO/locust.runners: Worker w-1 failed to send heartbeat, setting state to missing.\n'
     '[2025-03-02 10:14:07,121] ci/INFO/locust.runners: The last worker went missing, stopping test.\n'
     '======================================================================\n'
     'FAIL: test_master_keeps_running (tests.test_master.MasterTest)\n'
     '----------------------------------------------------------------------\n'
     "AssertionError: 'stopped' != 'running'\n"
     '----------------------------------------------------------------------\n'
     'Ran 14 tests in 8.102s\n'
     '\n'
     'FAILED (failures=1)\n'
     '##[error]Process completed with exit code 1.\n'),
    # the same under RSpec's summary: a wrapper's spec failing on its expectation
    ('rspec-locust-wrapper-lost-worker', 'real',
     '[2025-03-02 10:14:07,121] ci/INFO/locust.runners: The last worker went missing, stopping test.\n'
     'Failures:\n'
     '\n'
     '  1) LoadRunner stops when all workers are lost\n'
     '     Failure/Error: expect(runner.state).to eq(:stopped)\n'
     'Finished in 4.1 seconds\n'
     '12 examples, 1 failure\n'
     '##[error]Process completed with exit code 1.\n'),
    # can-i-deploy said no after a survived npm retry: the broker's verdict on recorded results, no outage's symptom
    ('can-i-deploy-no-after-npm-timeout', 'real',
     'npm WARN retry will retry, error on last attempt: Error: connect ETIMEDOUT 104.16.0.35:443\n'
     'added 211 packages in 22s\n'
     '$ npx pact-broker can-i-deploy --pacticipant checkout-web --version 4f1c2ab --to-environment production\n'
     'Computer says no ¯\\_(ツ)_/¯\n'
     '\n'
     'The verification for the pact between version 4f1c2ab of checkout-web and the version of orders-api currently deployed to production (77aa01c) failed\n'
     '##[error]Process completed with exit code 1.\n'),
    # k6 cloud's gate in logrus's terminal form (ERRO[...]): the narrowed pattern still reads it
    ('k6-thresholds-crossed-cloud-line', 'real',
     '$ k6 cloud run load/checkout.js\n'
     '     test status: Finished\n'
     'ERRO[0612] Thresholds have been crossed\n'
     '\n'
     'Exited with code exit status 99\n'),
    # apt's index fetch failed (warnings, old lists used), then k6's thresholds crossed: the gate, apt was survived
    # want real; left: the engine halves a test-category gate below a strong network cause (_SYMPTOM_FACTOR) and apt's warnings count twice; a load gate can be an outage's symptom, so its category stays
    # (outlived19, was LEFT) read real: the engine's outlived-outage rules (placement.py, _failed_after_outages, _beside_other_mismatch)
    ('apt-outage-then-k6-threshold', 'real',
     "W: Failed to fetch http://archive.ubuntu.com/ubuntu/dists/jammy-updates/InRelease  Temporary failure resolving 'archive.ubuntu.com'\n"
     'W: Some index files failed to download. They have been ignored, or old ones used instead.\n'
     '$ k6 run load/checkout.js\n'
     '   ✗ http_req_duration..............: avg=912.4ms p(95)=2.4s\n'
     'time="2025-03-02T10:14:07Z" level=error msg="thresholds on metrics \'http_req_duration\' have been crossed"\n'
     '\n'
     'Exited with code exit status 99\n'),
]

TRANSIENT: list[tuple[str, str, str]] = [
    # the Pact Broker not accepting connections (Net::OpenTimeout after the client's retries): the broker's outage
    ('pact-broker-open-timeout', 'transient',
     '$ pact-broker publish ./pacts --consumer-app-version 9e0d1f3 --branch main\n'
     'Error making request - Net::OpenTimeout Failed to open TCP connection to pacts.example.test:443 (execution expired) /usr/lib/pact/lib/pact_broker/client/hal/http_client.rb:92, attempt 3 of 3\n'
     'Net::OpenTimeout - Failed to open TCP connection to pacts.example.test:443 (execution expired)\n'
     '##[error]Process completed with exit code 1.\n'),
    # the Pact Broker's 500 with its logged-error reference: the broker failing, not the contract
    ('pact-broker-500', 'transient',
     '$ pact-broker create-or-update-version --pacticipant orders-api --version 77aa01c --branch main\n'
     'Error making request to https://pacts.example.test/pacticipants/orders-api/versions/77aa01c status=500 {"error":{"message":"An error has occurred. The details have been logged with the reference 4f0a12c9"}}\n'
     '##[error]Process completed with exit code 1.\n'),
    # the Gradle pact plugin could not fetch pacts, the broker refused: the broker's outage
    ('pact-jvm-broker-refused', 'transient',
     '> Task :pactVerify_orders-api FAILED\n'
     'FAILURE: Build failed with an exception.\n'
     '* What went wrong:\n'
     "Execution failed for task ':pactVerify_orders-api'.\n"
     '> Failed to fetch pacts for provider orders-api from the Pact Broker: java.net.ConnectException: Connect to pacts.example.test:443 [pacts.example.test/10.2.3.4] failed: Connection refused\n'
     'BUILD FAILED in 14s\n'
     '##[error]Process completed with exit code 1.\n'),
    # pact_verifier could not load pacts, the broker refused: the broker's outage
    ('pact-verifier-broker-refused', 'transient',
     '$ pact_verifier_cli --provider-name orders-api --broker-url https://pacts.example.test --port 8080 --publish\n'
     "2025-03-02T10:14:07.120Z ERROR pact_verifier: Failed to load pact - Request to pact broker path '/pacts/provider/orders-api/for-verification' failed: error sending request for url (https://pacts.example.test/pacts/provider/orders-api/for-verification): tcp connect error: Connection refused (os error 111). URL: 'https://pacts.example.test'\n"
     'There were 1 pact failures\n'
     '\n'
     '##[error]Process completed with exit code 1.\n'),
    # can-i-deploy --dry-run ignored its 'no' (exit 0); record-deployment then met the broker's 503
    ('dry-run-says-no-then-broker-503', 'transient',
     '$ pact-broker can-i-deploy --pacticipant checkout-web --version 4f1c2ab --to-environment production --dry-run\n'
     "Computer says no ¯\\_(ツ)_/¯ (but you're ignoring this by enabling dry run)\n"
     '\n'
     'The verification for the pact between version 4f1c2ab of checkout-web and the version of orders-api currently deployed to production (77aa01c) failed\n'
     '$ pact-broker record-deployment --pacticipant checkout-web --version 4f1c2ab --environment production\n'
     'Error making request to https://pacts.example.test/environments/5b2e/deployed-versions status=503 Service Unavailable\n'
     '##[error]Process completed with exit code 1.\n'),
    # a runner monitor's 'thresholds have been crossed' and the runner's shutdown: not k6's gate (the entry no longer fires)
    ('runner-monitor-thresholds-crossed-then-shutdown', 'transient',
     'Run ./scripts/integration.sh\n'
     'runner-guard: memory thresholds have been crossed on host gh-runner-17 (94% used)\n'
     '##[error]The runner has received a shutdown signal. This can happen when the runner service is stopped, or a manually started runner is canceled.\n'
     '##[error]The operation was canceled.\n'),
    # a passing Gatling assertion line, then the broker's 503 on publish: the broker's outage
    ('gatling-assertion-text-in-app-log-then-broker-down', 'transient',
     'Global: percentage of successful events is greater than or equal to 99.0 : true\n'
     '$ pact-broker publish ./pacts --consumer-app-version 9e0d1f3 --branch main\n'
     'Error making request to https://pacts.example.test/contracts/publish status=503 <html><body>503 Service Unavailable</body></html>\n'
     '##[error]Process completed with exit code 1.\n'),
    # 'Computer says no' in an application's own log line, then a connect timeout: not can-i-deploy
    ('computer-says-no-app-log', 'transient',
     '2025-03-02 10:14:07 WARN  limiter - request 81 rejected\n'
     'Computer says no: upstream quota exhausted, retry in 30s\n'
     'Error: connect ETIMEDOUT 10.20.0.4:443\n'
     'Error: Process completed with exit code 1.\n'),
    # Schemathesis's check titles as a commit message's bullets, then curl's timeout: not the fuzzer (the entry no longer fires)
    ('changelog-bullet-use-after-free', 'transient',
     '$ git log -1 --format=%B\n'
     'Bump sqlite to 3.45.2\n'
     '\n'
     '- Use after free\n'
     '- Undocumented Content-Type\n'
     '$ curl -fsSL https://downloads.example.test/sqlite.tar.gz -o sqlite.tar.gz\n'
     'curl: (28) Operation timed out after 300000 milliseconds with 0 bytes received\n'
     '##[error]Process completed with exit code 1.\n'),
    # the service panicked because its database refused (not up yet), so vegeta was refused too: the outage, not the code
    ('go-panic-db-refused-then-vegeta-refused', 'transient',
     '$ ./bin/cart-service &\n'
     'panic: dial tcp 127.0.0.1:5432: connect: connection refused\n'
     '$ vegeta attack -duration=30s -rate=100 -targets=targets.txt | vegeta report\n'
     'Status Codes  [code:count]               0:3000\n'
     'Error Set:\n'
     'Get "http://127.0.0.1:8080/api/cart": dial tcp 127.0.0.1:8080: connect: connection refused\n'
     '##[error]Process completed with exit code 1.\n'),
    # a Go test's client refused by a service nothing says crashed: read as a service not up (the fault sweep's reading)
    ('go-test-client-refused-no-crash', 'transient',
     '$ go test ./client/...\n'
     '--- FAIL: TestFetchCart (0.00s)\n'
     '    cart_test.go:19: Get "http://127.0.0.1:18080/cart": dial tcp 127.0.0.1:18080: connect: connection refused\n'
     'FAIL\n'
     'FAIL\texample.test/cart/client\t0.006s\n'
     '##[error]Process completed with exit code 1.\n'),
]

# The service under test died before the tool was refused, or the log cannot tell: no transient verdict at 0.7 or more.
NOT_SURELY_TRANSIENT: list[tuple[str, str]] = [
    # the API's container died on a KeyError at start, then Newman was refused at its address
    ('compose-py-keyerror-then-newman-refused',
     '$ docker compose up -d api\n'
     '$ docker compose logs api\n'
     'api-1  | Traceback (most recent call last):\n'
     'api-1  |   File "/app/main.py", line 12, in <module>\n'
     'api-1  |     settings = load_settings()\n'
     "api-1  | KeyError: 'DATABASE_URL'\n"
     '$ newman run postman/orders.postman_collection.json --env-var baseUrl=http://api:8000\n'
     '→ List orders\n'
     '  GET http://api:8000/orders [errored]\n'
     '     connect ECONNREFUSED 172.18.0.3:8000\n'
     '  #  failure  detail\n'
     '\n'
     ' 1.  Error    connect ECONNREFUSED 172.18.0.3:8000\n'
     '              at request\n'
     '##[error]Process completed with exit code 1.\n'),
    # the service panicked on a nil pointer (the code), then vegeta's requests were refused
    ('go-panic-then-vegeta-refused',
     '$ ./bin/cart-service &\n'
     'panic: runtime error: invalid memory address or nil pointer dereference\n'
     '[signal SIGSEGV: segmentation violation code=0x1 addr=0x18 pc=0x6b1f2a]\n'
     '$ vegeta attack -duration=30s -rate=100 -targets=targets.txt | vegeta report\n'
     'Success       [ratio]                    0.00%\n'
     'Status Codes  [code:count]               0:3000\n'
     'Error Set:\n'
     'Get "http://127.0.0.1:8080/api/cart": dial tcp 127.0.0.1:8080: connect: connection refused\n'
     '##[error]Process completed with exit code 1.\n'),
    # Spring Boot's APPLICATION FAILED TO START (a missing bean), then REST Assured refused
    ('spring-failed-to-start-then-restassured-refused',
     '***************************\n'
     'APPLICATION FAILED TO START\n'
     '***************************\n'
     '\n'
     'Description:\n'
     '\n'
     "Parameter 0 of constructor in com.example.orders.OrderService required a bean of type 'com.example.orders.PriceClient' that could not be found.\n"
     '\n'
     '[ERROR] getsOrder(com.example.orders.OrdersApiIT)  Time elapsed: 0.1 s  <<< ERROR!\n'
     'java.net.ConnectException: Connection refused\n'
     '[ERROR] Tests run: 9, Failures: 0, Errors: 9, Skipped: 0\n'
     '##[error]Process completed with exit code 1.\n'),
    # the Node server died on a TypeError, k6 was refused and its threshold crossed
    ('node-app-crash-then-k6-threshold',
     '$ node dist/server.js &\n'
     '/app/dist/routes/cart.js:41\n'
     '        const total = items.reduce((a, b) => a + b.price);\n'
     "TypeError: Cannot read properties of undefined (reading 'reduce')\n"
     '    at /app/dist/routes/cart.js:41:29\n'
     'time="2025-03-02T10:14:07Z" level=warning msg="Request Failed" error="Post \\"http://localhost:3000/cart\\": dial tcp 127.0.0.1:3000: connect: connection refused"\n'
     '   ✗ http_req_failed................: 98.20% ✓ 4012  ✗ 73\n'
     'time="2025-03-02T10:15:07Z" level=error msg="thresholds on metrics \'http_req_failed\' have been crossed"\n'
     '\n'
     'Exited with code exit status 99\n'),
    # the API answered 500 on its own schema (a model not fully defined): the code
    ('fastapi-openapi-500-schema',
     '$ uvicorn app.main:app --port 8000 &\n'
     'INFO:     Application startup complete.\n'
     'ERROR:    Exception in ASGI application\n'
     'pydantic.errors.PydanticUserError: `Order` is not fully defined; you should define `Money`, then call `Order.model_rebuild()`.\n'
     '$ st run http://127.0.0.1:8000/openapi.json\n'
     'Schema Loading Error\n'
     '\n'
     'Failed to load schema due to server error (HTTP 500 Internal Server Error)\n'
     '##[error]Process completed with exit code 1.\n'),
    # the server segfaulted, then Schemathesis's requests were refused
    ('uvicorn-segfault-then-schemathesis-refused',
     '$ uvicorn app.main:app --port 8000 &\n'
     'INFO:     Application startup complete.\n'
     './ci/api-tests.sh: line 9:  4121 Segmentation fault      (core dumped) uvicorn app.main:app --port 8000\n'
     '==================================== ERRORS ====================================\n'
     '_______________________________ GET /api/orders _______________________________\n'
     'Network Error\n'
     '\n'
     'Connection failed\n'
     '\n'
     '    Failed to establish a new connection: [Errno 111] Connection refused\n'
     '\n'
     'Errors:\n'
     '  🚫 Network Error: 14\n'
     '##[error]Process completed with exit code 1.\n'),
    # the provider panicked at start (a bad setting), then the pact verifier was refused
    ('provider-verifier-after-rust-panic',
     '$ cargo run --release --bin orders-api &\n'
     "thread 'main' panicked at src/main.rs:22:10:\n"
     'called `Result::unwrap()` on an `Err` value: ParseError("PORT")\n'
     'note: run with `RUST_BACKTRACE=1` environment variable to display a backtrace\n'
     'Verifying a pact between checkout-web and orders-api\n'
     '\n'
     '  a request for an order\n'
     '      Request Failed - error sending request for url (http://localhost:8080/orders/42): client error (Connect): tcp connect error: Connection refused (os error 111)\n'
     '\n'
     'There were 1 pact failures\n'
     '\n'
     '##[error]Process completed with exit code 1.\n'),
    # Artillery's check failed because every request failed to resolve the staging host: either side
    ('artillery-ensure-after-dns-outage-staging',
     '$ npx artillery run --target https://staging.example.test load/smoke.yml\n'
     'errors.EAI_AGAIN: .............................................................. 600\n'
     'vusers.failed: ................................................................. 600\n'
     'Checks:\n'
     'fail: vusers.failed < 1\n'
     '##[error]Process completed with exit code 1.\n'),
    # the worker died on the locustfile's KeyError (Locust's unhandled greenlet exception), then the master lost it
    ('locust-worker-traceback-then-lost',
     '[2025-03-02 10:14:05,002] ci-worker-1/CRITICAL/locust.runners: Unhandled exception in greenlet: <Greenlet at 0x7f: user_task>\n'
     'Traceback (most recent call last):\n'
     '  File "/app/load/locustfile.py", line 40, in on_start\n'
     '    self.token = self.login()["token"]\n'
     "KeyError: 'token'\n"
     '[2025-03-02 10:14:05,010] ci-worker-1/INFO/locust.main: Shutting down (exit code 2)\n'
     '[2025-03-02 10:14:07,120] ci-master/INFO/locust.runners: Worker ci-worker-1_77a0 failed to send heartbeat, setting state to missing.\n'
     '[2025-03-02 10:14:07,121] ci-master/INFO/locust.runners: The last worker went missing, stopping test.\n'
     '##[error]Process completed with exit code 1.\n'),
    # the API's container exited 1, then its compose name no longer resolved for Newman
    ('compose-exited-then-newman-enotfound',
     '$ docker compose up -d api\n'
     'api-1 exited with code 1\n'
     '$ newman run postman/orders.postman_collection.json --env-var baseUrl=http://api:8000\n'
     '→ List orders\n'
     '  GET http://api:8000/orders [errored]\n'
     '     getaddrinfo ENOTFOUND api\n'
     '\n'
     '  #  failure  detail\n'
     '\n'
     ' 1.  Error    getaddrinfo ENOTFOUND api\n'
     '              at request\n'
     '##[error]Process completed with exit code 1.\n'),
    # a 500 from the API's own schema endpoint, no more said: the service under test, not surely a blip
    ('schemathesis-schema-500-bare',
     '$ st run http://127.0.0.1:8000/openapi.json\n'
     'Schema Loading Error\n'
     '\n'
     'Failed to load schema due to server error (HTTP 500 Internal Server Error)\n'
     '##[error]Process completed with exit code 1.\n'),
    # a database container exited 1 at start (a setting, or the moment), then the app and k6 were refused
    ('compose-exited-db-then-app-refused',
     'db-1 exited with code 1\n'
     'app-1  | Error: connect ECONNREFUSED 172.18.0.2:5432\n'
     '$ k6 run load/smoke.js\n'
     'time="2025-03-02T10:14:07Z" level=warning msg="Request Failed" error="Get \\"http://app:3000/health\\": dial tcp 172.18.0.4:3000: connect: connection refused"\n'
     '##[error]Process completed with exit code 1.\n'),
    # (xfail15) killed-137 passes over Docker Compose's "<service>-1 exited with code 137": the app under test killed, by its own memory or by Compose, no rerun signal (reads real 0.84 on the crash unless_log and the refused call)
    # the API's container killed with 137 (its memory), then Karate refused: a leak of the change or the runner's memory
    ('karate-after-app-oom-killed',
     'orders-api-1 exited with code 137\n'
     '10:14:07.120 [main] ERROR com.intuit.karate - src/test/java/orders/orders.feature:9\n'
     'http call failed after 3 milliseconds for url: http://orders-api:8080/orders\n'
     'java.net.ConnectException: Connection refused\n'
     '[ERROR] Tests run: 1, Failures: 1, Errors: 0, Skipped: 0\n'
     '##[error]Process completed with exit code 1.\n'),
]

# Left as they read (strict expected failures): each comment says what the right reading is and why no entry fix
# reaches it.
LEFT: list[tuple[str, str, str]] = [
    # the job started the provider twice on one port: its own script, but the words are a port collision's
    # want not surely transient; left: EADDRINUSE then a refusal is a port collision's wording (port-in-use), the log cannot show that the job itself held the port
    ('pact-provider-crashed-eaddrinuse-self', 'nst',
     '$ npm run start:provider & npm run start:provider:mock &\n'
     'Error: listen EADDRINUSE: address already in use :::8080\n'
     '    at Server.setupListenHandle [as _listen2] (node:net:1817:16)\n'
     'Verifying a pact between checkout-web and orders-api\n'
     '      Request Failed - error sending request for url (http://localhost:8080/orders/42): client error (Connect): tcp connect error: Connection refused (os error 111)\n'
     'There were 1 pact failures\n'
     '##[error]Process completed with exit code 1.\n'),
]



# Read right since engine 14b (was LEFT).
FIXED_ENG14B: list[tuple[str, str, str]] = [
    # can-i-deploy said no, then the Slack notification step timed out: the gate decided the job
    # (engine 14b: the notification step's outage came after the gate's failure, a later command's)
    ('pact-verification-failed-then-post-notify-timeout', 'real',
     'Computer says no ¯\\_(ツ)_/¯\n'
     'The verification for the pact between version 4f1c2ab of checkout-web and version 77aa01c of orders-api failed\n'
     'Run 8398a7/action-slack@v3\n'
     'Error: connect ETIMEDOUT 34.120.1.1:443\n'
     '##[error]Process completed with exit code 1.\n'),
]


@pytest.mark.parametrize(("verdict", "log"), labelled(REAL + TRANSIENT + FIXED_ENG14B))
def test_reads_right(verdict, log):
    reads(log, verdict)


@pytest.mark.parametrize("log", logs(NOT_SURELY_TRANSIENT))
def test_not_surely_transient(log):
    not_surely_transient(log)


@pytest.mark.xfail(strict=True, reason="left: see the comment above each LEFT case")
@pytest.mark.parametrize(("want", "log"), labelled(LEFT))
def test_left(want, log):
    if want == "nst":
        not_surely_transient(log)
    else:
        reads(log, want)


def test_case_ids_are_unique():
    assert_unique_ids(REAL, TRANSIENT, NOT_SURELY_TRANSIENT, LEFT, FIXED_ENG14B)
