"""Review 18a of the eighteenth round's bdd_e2e and emulators entries (bdd-step-definition-missing-or-ambiguous,
ui-element-text-check-settled-mismatch, webdriver-loopback-driver-not-listening, bdd-language-runner-connect-timeout,
api-test-status-code-check-failed, download-shorter-than-manifest-size, gcloud-component-listing-fetch-failed,
port-bound-twice-by-the-job, grid-no-node-offers-capabilities, json-server-data-file-missing and the Functions
emulator timeouts) and the older entries they changed (the Gherkin step lines in [noise], port-in-use's and
test-timeout's unless_log): adversarial logs (made up) with the entries' words in other contexts (a step line that
carries its own error, a project's own downloader under test, a foreground or refused first "docker run", a help
text's hint, a Jetty of a finished build, a Remote library or SSH tunnel to another host, a fixture whose fetch
failed) and guards where the same words are the trouble the job met."""

from __future__ import annotations

import pytest
from judging import assert_unique_ids, labelled, logs, not_surely_transient, reads

CASES: list[tuple[str, str, str]] = [
    # guard: the remote grid reset under a failed cucumber-js step; the step line is a name, the reset the outage
    ('cjs-step-then-remote-grid-reset', 'transient',
     '+ npx cucumber-js --format summary\n'
     'Failures:\n'
     '\n'
     '1) Scenario: Checkout with a saved card # features/checkout.feature:4\n'
     '   ✔ Given I am signed in # features/step_definitions/auth.steps.js:8\n'
     '   ✖ When I open the basket # features/step_definitions/basket.steps.js:12\n'
     '       Error: read ECONNRESET\n'
     '           at TLSWrap.onStreamRead (node:internal/stream_base_commons:217:20)\n'
     '       request to https://hub.grid.example.net/wd/hub/session/3f2a/url failed\n'
     '\n'
     '8 scenarios (1 failed, 7 passed)\n'
     '40 steps (1 failed, 2 skipped, 37 passed)\n'
     '##[error]Process completed with exit code 1.\n'),
    # a step line that carries its own error after a colon: the DNS failure is the error, not the step's name (was noise)
    ('cjs-step-line-with-outage-same-line', 'transient',
     '+ npx cucumber-js\n'
     '✖ When I open the basket: Error: getaddrinfo EAI_AGAIN hub.grid.example.net\n'
     '8 scenarios (1 failed, 7 passed)\n'
     '40 steps (1 failed, 2 skipped, 37 passed)\n'
     '##[error]Process completed with exit code 1.\n'),
    # guard: Behave's step line with its location is a name; the name resolution failure in its traceback is the outage
    ('behave-step-then-dns', 'transient',
     '+ behave --format pretty features/\n'
     'Feature: Orders # features/orders.feature:1\n'
     '  Scenario: list orders  # features/orders.feature:3\n'
     '    Given the catalogue service is seeded # features/steps/seed.py:10 0.002s\n'
     '    When I list the orders                # features/steps/orders.py:22 5.013s\n'
     '      Traceback (most recent call last):\n'
     '        File "/usr/lib/python3/site-packages/behave/model.py", line 1329, in run\n'
     '          match.run(runner.context)\n'
     '      requests.exceptions.ConnectionError: HTTPSConnectionPool(host=\'orders.staging.example.com\', port=443): Max retries exceeded with url: /orders (Caused by NameResolutionError("Failed to resolve \'orders.staging.example.com\' ([Errno -3] Temporary failure in name resolution)"))\n'
     '\n'
     '0 features passed, 1 failed, 0 skipped\n'
     '0 scenarios passed, 1 failed, 0 skipped\n'
     '1 step passed, 1 failed, 0 skipped, 0 undefined\n'
     '##[error]Process completed with exit code 1.\n'),
    # guard: a scenario ABOUT a 503 (its step text) failing its own check: real
    ('behave-step-text-503-assert', 'real',
     '+ behave --format pretty features/\n'
     '  Scenario: upstream outage shows a banner  # features/banner.feature:7\n'
     '    Given the upstream returns 503 Service Unavailable # features/steps/upstream.py:5 0.001s\n'
     '    Then the banner says "Try again later"             # features/steps/banner.py:14 0.004s\n'
     '      Assertion Failed: expected "Try again later", got "Something went wrong"\n'
     '\n'
     '0 scenarios passed, 1 failed, 0 skipped\n'
     '##[error]Process completed with exit code 1.\n'),
    # guard: a shell line starting 'then' with a '# file:N' tail is not a Gherkin step; its curl timeout counts
    ('shell-then-line-with-comment', 'transient',
     '+ ./ci/fetch-fixtures.sh\n'
     '  then curl: (28) Failed to connect to fixtures.example.org port 443 after 130001 ms: Connection timed out # fetch-fixtures.sh:14\n'
     '##[error]Process completed with exit code 1.\n'),
    # Robot's Remote library could not reach a device lab's server: its keywords are missing because of that timeout
    ('robot-remote-library-refused-then-no-keyword', 'transient',
     '+ robot --outputdir results tests/\n'
     "[ ERROR ] Error in file '/builds/shop/tests/resources/common.resource' on line 3: Initializing library 'Remote' with arguments [ http://devices.lab.example.net:8270 ] failed: Connecting remote server at http://devices.lab.example.net:8270 failed: [Errno 110] Connection timed out\n"
     '==============================================================================\n'
     'Tests\n'
     '==============================================================================\n'
     'Flash the device                                                      | FAIL |\n'
     "No keyword with name 'Flash Firmware' found.\n"
     '------------------------------------------------------------------------------\n'
     'Tests                                                                 | FAIL |\n'
     '1 test, 0 passed, 1 failed\n'
     'ERROR: Job failed: exit code 1\n'),
    # guard: a misspelt keyword, nothing else wrong: real
    ('robot-no-keyword-guard', 'real',
     '+ robot tests/\n'
     'Login works                                                           | FAIL |\n'
     "No keyword with name 'Open Login Pagee' found.\n"
     'Tests                                                                 | FAIL |\n'
     '1 test, 0 passed, 1 failed\n'
     'ERROR: Job failed: exit code 1\n'),
    # guard: WebdriverIO refused by a remote grid (not the loopback entry): an outage
    ('wdio-remote-grid-unreachable', 'transient',
     '$ npx wdio run wdio.conf.ts\n'
     'ERROR webdriver: Request failed with error code ECONNREFUSED: connect ECONNREFUSED 10.4.0.12:4444\n'
     'ERROR @wdio/runner: Error: Failed to create session.\n'
     'Unable to connect to "http://grid.qa.example.net:4444/", make sure browser driver is running on that address.\n'
     'It seems like the service failed to start or is rejecting any connections.\n'
     'Spec Files:      0 passed, 4 failed, 4 total (100% completed) in 00:00:31\n'
     '##[error]Process completed with exit code 1.\n'),
    # the loopback port is an SSH tunnel to a remote grid and the tunnel dropped: an outage, not the job's driver
    ('wdio-loopback-tunnel-dropped', 'transient',
     '+ ssh -f -N -L 4444:grid.internal:4444 ci@bastion.example.net\n'
     'client_loop: send disconnect: Broken pipe\n'
     '$ npx wdio run wdio.conf.ts\n'
     'ERROR webdriver: Request failed with error code ECONNREFUSED: connect ECONNREFUSED 127.0.0.1:4444\n'
     'Unable to connect to "http://localhost:4444/wd/hub", make sure browser driver is running on that address.\n'
     'Spec Files:      0 passed, 4 failed, 4 total (100% completed) in 00:00:31\n'
     '##[error]Process completed with exit code 1.\n'),
    # guard: Nightwatch refused by a remote grid's address: an outage
    ('nightwatch-remote-refused', 'transient',
     '$ npx nightwatch --env remote\n'
     '  Error\n'
     '     An error occurred while creating a new Selenium Server session: [Error] connect ECONNREFUSED 10.9.8.7:4444\n'
     '   Connection refused to 10.9.8.7:4444. If the Webdriver/Selenium service is managed by Nightwatch, check if "start_process" is set to "true".\n'
     ' TEST FAILURE (1.2s): 1 error during execution; 0 tests failed, 0 passed\n'
     '##[error]Process completed with exit code 1.\n'),
    # Gauge's runner timed out because its dependencies' download was reset above it: the reset is the cause
    ('gauge-runner-timeout-after-maven-reset', 'transient',
     '+ gauge run specs\n'
     '[ERROR] Failed to execute goal on project acceptance: Could not resolve dependencies for project com.example:acceptance:jar:1.0: Could not transfer artifact com.thoughtworks.gauge:gauge-java:jar:0.10.3 from/to central (https://repo.maven.apache.org/maven2): Connection reset\n'
     'Timed out connecting to java\n'
     '##[error]Process completed with exit code 1.\n'),
    # a third-party sandbox answered 503 after 30 s: its outage, the status check only relays it
    ('karate-503-remote-sandbox', 'transient',
     '$ mvn test -Dkarate.env=sandbox\n'
     '08:01:12.345 [main] ERROR com.intuit.karate - classpath:payments/refund.feature:14\n'
     'status code was: 503, expected: 200, response time in milliseconds: 30012, url: https://api.sandbox.payments-partner.example/v2/refunds, response: \n'
     '{"error":"Service Unavailable"}\n'
     '[ERROR] Tests run: 12, Failures: 1, Errors: 0, Skipped: 0\n'
     '[INFO] BUILD FAILURE\n'
     '##[error]Process completed with exit code 1.\n'),
    # a grid reset, then the job's own type error: real
    ('grid-reset-then-ts-error', 'real',
     'ERROR webdriver: Request failed with error code ECONNRESET\n'
     "src/pages/login.ts(12,5): error TS2322: Type 'string' is not assignable to type 'number'.\n"
     'Found 1 error in src/pages/login.ts:12\n'
     '##[error]Process completed with exit code 1.\n'),
    # the project's own downloader throws these words in its own unit test: real (was read as a cut-off download)
    ('jest-own-downloader-size-error', 'real',
     '$ npx jest\n'
     ' FAIL  src/fetcher.test.ts\n'
     '  ● fetcher › resumes a partial download\n'
     '\n'
     '    Error: download failed, expected 2048 bytes but got 1024\n'
     '\n'
     '      40 |     if (got !== expected) {\n'
     '    > 41 |       throw new Error(`download failed, expected ${expected} bytes but got ${got}`);\n'
     '         |             ^\n'
     '      at validate (src/fetcher.ts:41:13)\n'
     '\n'
     'Tests:       1 failed, 22 passed, 23 total\n'
     '##[error]Process completed with exit code 1.\n'),
    # a Go test's log of its own downloader's error: real (was transient)
    ('go-test-own-size-check', 'real',
     '=== RUN   TestResume\n'
     '    resume_test.go:44: download failed, expected 4096 bytes but got 0\n'
     '--- FAIL: TestResume (0.00s)\n'
     'FAIL\n'
     'FAIL\texample.com/fetch\t0.014s\n'
     '##[error]Process completed with exit code 1.\n'),
    # a pytest assertion message with the same words: the test's check, real (was transient)
    ('pytest-own-size-assert', 'real',
     '    def test_download_is_complete(tmp_path):\n'
     '        path = fetch_fixture(tmp_path)\n'
     '>       assert path.stat().st_size == 5120, "download failed, expected 5120 bytes but got %d" % path.stat().st_size\n'
     'E       AssertionError: download failed, expected 5120 bytes but got 5119\n'
     'tests/test_fetch.py:9: AssertionError\n'
     'FAILED tests/test_fetch.py::test_download_is_complete - AssertionError: download failed, expected 5120 bytes but got 5119\n'
     '1 failed, 10 passed in 0.51s\n'
     '##[error]Process completed with exit code 1.\n'),
    # guard: firebase-tools' emulator jar came down short: transient
    ('firebase-jar-short-guard', 'transient',
     '$ npx firebase emulators:exec --only firestore "npm test"\n'
     'i  emulators: Starting emulators: firestore\n'
     'i  firestore: downloading cloud-firestore-emulator-v1.19.7.jar...\n'
     'Progress: =========================================================> (100% of 63MB)\n'
     'Error: download failed, expected 66210187 bytes but got 40108032\n'
     '##[error]Process completed with exit code 1.\n'),
    # a short jar in an ignored setup step, then the emulators came up and a rules test failed: real (was transient)
    ('firebase-short-then-assertion', 'real',
     '$ npx firebase setup:emulators:firestore || true\n'
     'Error: download failed, expected 66210187 bytes but got 40108032\n'
     '$ npx firebase emulators:exec --only firestore "npm test"\n'
     'i  firestore: downloading cloud-firestore-emulator-v1.19.7.jar...\n'
     '✔  All emulators ready!\n'
     '  ● rules › denies anonymous writes\n'
     '\n'
     '    expect(received).rejects.toThrow()\n'
     '\n'
     '    Received promise resolved instead of rejected\n'
     '\n'
     'Tests:       1 failed, 40 passed, 41 total\n'
     'Error: Script exited unsuccessfully (code 1)\n'
     '##[error]Process completed with exit code 1.\n'),
    # guard: gcloud's listing fetch failed while installing an emulator: transient
    ('gcloud-listing-guard', 'transient',
     '+ gcloud components install beta cloud-datastore-emulator --quiet\n'
     'ERROR: (gcloud.components.install) Failed to fetch component listing from server. Check your network settings and try again.\n'
     '##[error]Process completed with exit code 1.\n'),
    # guard: a component manager disabled for an apt install: real, nothing transient
    ('gcloud-component-manager-disabled', 'real',
     '+ gcloud components install cloud-firestore-emulator --quiet\n'
     'ERROR: (gcloud.components.install) \n'
     'You cannot perform this action because the Google Cloud CLI component manager \n'
     'is disabled for this installation. You can run the following command \n'
     'to achieve the same result for this installation: \n'
     '\n'
     'sudo apt-get install google-cloud-cli-firestore-emulator\n'
     '##[error]Process completed with exit code 1.\n'),
    # a foreground --rm container exited and let go of 8080; the later collision is another tenant's: transient (was real)
    ('docker-rm-oneshot-then-collision', 'transient',
     '+ docker run --rm -p 8080:8080 shop-api:ci ./bin/migrate\n'
     'migrations applied: 14\n'
     '+ docker run -d --name api -p 8080:8080 shop-api:ci\n'
     'docker: Error response from daemon: driver failed programming external connectivity on endpoint api (5f1e...): Bind for 0.0.0.0:8080 failed: port is already allocated.\n'
     'ERROR: Job failed: exit code 1\n'),
    # the first run never started (pull timeout), so the job held nothing: the collision is another tenant's (was real)
    ('docker-first-run-failed-then-collision', 'transient',
     '+ docker run -d --name db -p 5432:5432 postgres:16\n'
     "Unable to find image 'postgres:16' locally\n"
     'docker: Error response from daemon: Get "https://registry-1.docker.io/v2/": net/http: TLS handshake timeout.\n'
     '+ sleep 10\n'
     '+ docker run -d --name db -p 5432:5432 postgres:16\n'
     'docker: Error response from daemon: driver failed programming external connectivity on endpoint db (9a8b...): Bind for 0.0.0.0:5432 failed: port is already allocated.\n'
     'ERROR: Job failed: exit code 1\n'),
    # guard: the job's own detached db still holds 5432 when it starts another on it: real
    ('docker-detached-twice-guard', 'real',
     '+ docker run -d --name db -p 5432:5432 postgres:16\n'
     '3f4e5d6c7b8a9f0e1d2c3b4a5f6e7d8c9b0a1f2e3d4c5b6a7f8e9d0c1b2a3f4e\n'
     '+ docker run -d --name db-replica -p 5432:5432 postgres:16\n'
     'docker: Error response from daemon: driver failed programming external connectivity on endpoint db-replica (77aa...): Bind for 0.0.0.0:5432 failed: port is already allocated.\n'
     'ERROR: Job failed: exit code 1\n'),
    # a help text's 'docker run -p' hint is no run; the real run collides on a shared host: transient (was real)
    ('docker-hint-text-then-collision', 'transient',
     '$ make help\n'
     '  db-up      start a local database (docker run -d -p 5432:5432 postgres:16)\n'
     '$ docker run -d --name db -p 5432:5432 postgres:16\n'
     'docker: Error response from daemon: driver failed programming external connectivity on endpoint db (1c2d...): Bind for 0.0.0.0:5432 failed: port is already allocated.\n'
     'ERROR: Job failed: exit code 1\n'),
    # guard: WireMock left running by one test class, the next binds the same port: real
    ('jetty-twice-guard', 'real',
     '[INFO] Running com.example.PaymentsClientTest\n'
     '12:00:01.101 [main] INFO  o.e.jetty.server.AbstractConnector - Started ServerConnector@5a1c0542{HTTP/1.1, (http/1.1)}{0.0.0.0:8089}\n'
     '[INFO] Tests run: 4, Failures: 0, Errors: 0, Skipped: 0\n'
     '[INFO] Running com.example.RefundsClientTest\n'
     'com.github.tomakehurst.wiremock.common.FatalStartupException: java.lang.RuntimeException: java.io.IOException: Failed to bind to /0.0.0.0:8089\n'
     'Caused by: java.net.BindException: Address already in use\n'
     '[ERROR] Tests run: 3, Failures: 0, Errors: 3, Skipped: 0\n'
     '[INFO] BUILD FAILURE\n'
     '##[error]Process completed with exit code 1.\n'),
    # the first Jetty's build ended (its JVM gone) before the second bind: a leftover elsewhere, transient (was real)
    ('jetty-previous-jvm-exited-then-collision', 'transient',
     '+ mvn -pl docs-server jetty:run-forked -Djetty.port=8080 -Dstop.after=60\n'
     '[INFO] Started ServerConnector@6b2d8f{HTTP/1.1, (http/1.1)}{0.0.0.0:8080}\n'
     '[INFO] Jetty server exiting.\n'
     '[INFO] BUILD SUCCESS\n'
     '+ mvn -pl api verify\n'
     '[ERROR] Failed to start Jetty: java.io.IOException: Failed to bind to 0.0.0.0/0.0.0.0:8080\n'
     'Caused by: java.net.BindException: Address already in use\n'
     '[INFO] BUILD FAILURE\n'
     '##[error]Process completed with exit code 1.\n'),
    # guard: the grid has no node for the requested browser: real
    ('grid-no-node-guard', 'real',
     '$ npx wdio run wdio.conf.ts\n'
     'ERROR webdriver: Request failed with status 500 due to session not created: Could not start a new session. Response code 500. Message: Could not start a new session. No nodes support the capabilities in the request\n'
     'Spec Files:      0 passed, 2 failed, 2 total (100% completed) in 00:00:09\n'
     '##[error]Process completed with exit code 1.\n'),
    # guard: a fixture file missing after json-server was installed: real either way
    ('json-server-installed-other-file-missing', 'real',
     '$ npm ci\n'
     'added 412 packages, including json-server@0.17.4, in 9s\n'
     '$ npx ts-node scripts/seed.ts\n'
     'File fixtures/users.json not found\n'
     '##[error]Process completed with exit code 1.\n'),
    # json-server's data file was never fetched because the fetch's host did not resolve: the DNS failure is the cause
    ('json-server-file-missing-after-fetch-dns', 'transient',
     '+ curl -sfo mock/db.json https://fixtures.example.org/shop/db.json || echo "fixture fetch failed"\n'
     'curl: (6) Could not resolve host: fixtures.example.org\n'
     'fixture fetch failed\n'
     '+ npx json-server --port 3001 mock/db.json &\n'
     'File mock/db.json not found\n'
     '+ npx wait-on -t 30000 http://localhost:3001\n'
     'Error: Timed out waiting for: http://localhost:3001\n'
     '##[error]Process completed with exit code 1.\n'),
    # guard: json-server's data file missing, the wait for it times out: real
    ('json-server-missing-guard', 'real',
     '+ npx json-server --port 3001 mock/db.json &\n'
     'File mock/db.json not found\n'
     '+ npx wait-on -t 30000 http://localhost:3001\n'
     'Error: Timed out waiting for: http://localhost:3001\n'
     '##[error]Process completed with exit code 1.\n'),
    # a function timed out in a run that passed; the job failed on npm publish's timeout: transient
    ('fn-timeout-warning-then-deploy-outage', 'transient',
     '$ npx firebase emulators:exec --only functions "npm test"\n'
     '⚠  functions: Your function timed out after ~60s. To configure this timeout, see https://firebase.google.com/docs/functions/manage-functions#set_timeout_and_memory_allocation.\n'
     '  ✓ sends the receipt (61012 ms)\n'
     'Tests:       30 passed, 30 total\n'
     '✔  Script exited successfully (code 0)\n'
     '$ npm publish\n'
     'npm ERR! code ETIMEDOUT\n'
     'npm ERR! network request to https://registry.npmjs.org/@acme%2fshop-fns failed, reason: connect ETIMEDOUT 104.16.1.35:443\n'
     '##[error]Process completed with exit code 1.\n'),
    # an undefined step, then a cache upload reset in the post step: real
    ('cjs-undefined-then-cache-upload-reset', 'real',
     '+ npx cucumber-js\n'
     '1) Scenario: search # features/search.feature:3\n'
     '   ? When I search for "boots"\n'
     '       Undefined. Implement with the following snippet:\n'
     '\n'
     '3 scenarios (1 undefined, 2 passed)\n'
     '##[error]Process completed with exit code 1.\n'
     'Post job cleanup.\n'
     'Warning: Failed to save: Unable to reserve cache with key node-cache-abc, another job may be creating this cache. read ECONNRESET\n'),
    # guard: Behave's undefined step: real
    ('behave-undefined-guard', 'real',
     '+ behave\n'
     '0 features passed, 1 failed, 0 skipped\n'
     '2 scenarios passed, 0 failed, 0 skipped, 1 undefined\n'
     'You can implement step definitions for undefined steps with these snippets:\n'
     '\n'
     "@when(u'I refund the order')\n"
     'def step_impl(context):\n'
     '##[error]Process completed with exit code 1.\n'),
    # json-server's missing data file, then a cache save outage in the post step: real
    ('json-server-missing-then-post-outage', 'real',
     '+ npx json-server --port 3001 mock/db.json &\n'
     'File mock/db.json not found\n'
     '+ npx wait-on -t 30000 http://localhost:3001\n'
     'Error: Timed out waiting for: http://localhost:3001\n'
     '##[error]Process completed with exit code 1.\n'
     'Post job cleanup.\n'
     '[warning]Failed to save cache: getaddrinfo EAI_AGAIN artifactcache.actions.githubusercontent.com\n'),
    # the job's db started once, then its own type error: real
    ('docker-twice-then-ts-error', 'real',
     '+ docker run -d --name db -p 5432:5432 postgres:16\n'
     '3f4e5d6c7b8a\n'
     '+ npm run build\n'
     'src/db.ts(3,10): error TS2305: Module \'"pg"\' has no exported member \'Pools\'.\n'
     '##[error]Process completed with exit code 1.\n'),
    # combined '-itd' flags: the job's own detached redis holds 6379 when it publishes it again: real
    ('docker-itd-combined-flags-twice', 'real',
     '$ docker run -itd --name redis -p 6379:6379 redis:7\n'
     'a1b2c3d4e5f6\n'
     '$ docker run -itd --name redis-cache -p 6379:6379 redis:7\n'
     'docker: Error response from daemon: driver failed programming external connectivity on endpoint redis-cache (bb12...): Bind for 0.0.0.0:6379 failed: port is already allocated.\n'
     '##[error]Process completed with exit code 1.\n'),
    # a container started in the background with '&' still holds 8080 when the job publishes it again: real
    ('docker-background-ampersand-twice', 'real',
     '+ docker run --name mock -p 8080:8080 mockserver/mockserver &\n'
     '+ sleep 5\n'
     '+ docker run --name mock2 -p 8080:8080 mockserver/mockserver\n'
     'docker: Error response from daemon: driver failed programming external connectivity on endpoint mock2 (cc34...): Bind for 0.0.0.0:8080 failed: port is already allocated.\n'
     '##[error]Process completed with exit code 1.\n'),
    # a Jetty of a finished Gradle build (BUILD SUCCESSFUL) is gone; the later bind collides with something else: transient
    ('gradle-jetty-after-build-success-collision', 'transient',
     '$ ./gradlew :docs:appRun --no-daemon -PstopAfter=30\n'
     'INFO  Started ServerConnector@7c3d1a{HTTP/1.1, (http/1.1)}{0.0.0.0:8080}\n'
     'BUILD SUCCESSFUL in 41s\n'
     '$ ./gradlew :api:integrationTest\n'
     'java.io.IOException: Failed to bind to 0.0.0.0/0.0.0.0:8080\n'
     'Caused by: java.net.BindException: Address already in use\n'
     'BUILD FAILED in 12s\n'
     '##[error]Process completed with exit code 1.\n'),
    # guard: the grid has no node for the capabilities, through Selenium's Python client: real
    ('grid-no-node-then-nothing', 'real',
     '$ pytest tests/ui\n'
     'E   selenium.common.exceptions.SessionNotCreatedException: Message: Could not start a new session. Response code 500. Message: Could not start a new session. No nodes support the capabilities in the request\n'
     'FAILED tests/ui/test_login.py::test_login - selenium.common.exceptions.SessionNotCreatedException\n'
     '1 failed in 3.02s\n'
     '##[error]Process completed with exit code 1.\n'),
    # a Go test that compares the listing message as a value: real
    ('gcloud-listing-in-test-name', 'real',
     '--- FAIL: TestInstallerReportsListingFetchFailure (0.01s)\n'
     '    installer_test.go:31: got "ok", want "Failed to fetch component listing from server"\n'
     'FAIL\n'
     'FAIL\texample.com/installer\t0.02s\n'
     '##[error]Process completed with exit code 1.\n'),
    # a CLI spinner's failure mark with text that starts with 'When': the connect timeout on it is the outage (was noise)
    ('spinner-step-words-with-outage', 'transient',
     '$ npx deploy-preview --site docs\n'
     '✔ Built site in 12.4s\n'
     '✖ When uploading 214 files: request to https://api.deploys.example.com/v1/upload failed, reason: connect ETIMEDOUT 104.18.2.3:443\n'
     '##[error]Process completed with exit code 1.\n'),
]

NOT_SURELY_TRANSIENT: list[tuple[str, str]] = [
    # an undefined step (cucumber-js is strict by default) beside a grid timeout: the rerun fails on the undefined step
    ('cjs-undefined-plus-timeout',
     '+ npx cucumber-js\n'
     '1) Scenario: search # features/search.feature:3\n'
     '   ? When I search for "boots"\n'
     '       Undefined. Implement with the following snippet:\n'
     '\n'
     "         When('I search for {string}', function (string) {\n"
     "           return 'pending';\n"
     '         });\n'
     '\n'
     '2) Scenario: home # features/home.feature:3\n'
     '   ✖ Given I open the home page # features/step_definitions/nav.js:3\n'
     '       Error: connect ETIMEDOUT 10.20.0.5:4444\n'
     '\n'
     '5 scenarios (1 failed, 1 undefined, 3 passed)\n'
     '##[error]Process completed with exit code 1.\n'),
    # a chromedriver the job starts on its loopback not listening: as often config as timing
    ('wdio-loopback-driver-guard',
     '$ npx wdio run wdio.conf.ts\n'
     'ERROR webdriver: Request failed with error code ECONNREFUSED: connect ECONNREFUSED 127.0.0.1:9515\n'
     'ERROR @wdio/runner: Error: Failed to create session.\n'
     'Unable to connect to "http://localhost:9515/", make sure browser driver is running on that address.\n'
     'Spec Files:      0 passed, 4 failed, 4 total (100% completed) in 00:00:31\n'
     '##[error]Process completed with exit code 1.\n'),
    # a settled text check that found a proxy's 502 page: the page under test, not surely an outage
    ('robot-text-check-502-page',
     '+ robot tests/\n'
     'Dashboard shows totals                                                | FAIL |\n'
     "Element 'css:h1' should have contained text 'Dashboard' but its text was '502 Bad Gateway'.\n"
     '1 test, 0 passed, 1 failed\n'
     'ERROR: Job failed: exit code 1\n'),
    # a function timed out on a third-party call that timed out: a hang or an outage, not surely
    ('fn-timeout-after-upstream-etimedout',
     '$ npx firebase emulators:exec --only functions "npm test"\n'
     '>  functions: Error: connect ETIMEDOUT 52.1.2.3:443\n'
     '⚠  functions: Your function timed out after ~60s. To configure this timeout, see https://firebase.google.com/docs/functions/manage-functions.\n'
     '  ● receipts › sends the receipt\n'
     '\n'
     '    thrown: "Exceeded timeout of 70000 ms for a test."\n'
     '\n'
     'Tests:       1 failed, 29 passed, 30 total\n'
     '##[error]Process completed with exit code 1.\n'),
    # guard: the Functions discovery timeout stays not surely transient
    ('fn-discovery-timeout-guard',
     '$ npx firebase emulators:exec --only functions "npm test"\n'
     'i  functions: Loading and analyzing source code for codebase default to determine what to deploy\n'
     'Error: User code failed to load. Cannot determine backend specification. Timeout after 10000ms\n'
     '##[error]Process completed with exit code 1.\n'),
    # the job's own service on localhost answered 500: the change as often as anything
    ('karate-500-localhost-guard',
     '$ mvn test\n'
     '08:01:12.345 [main] ERROR com.intuit.karate - classpath:orders/create.feature:20\n'
     'status code was: 500, expected: 201, response time in milliseconds: 41, url: http://localhost:8080/orders, response: \n'
     '{"error":"Internal Server Error","path":"/orders"}\n'
     '[ERROR] Tests run: 12, Failures: 1, Errors: 0, Skipped: 0\n'
     '[INFO] BUILD FAILURE\n'
     '##[error]Process completed with exit code 1.\n'),
]


@pytest.mark.parametrize(("verdict", "log"), labelled(CASES))
def test_review18_a_reads_right(verdict, log):
    reads(log, verdict)


@pytest.mark.parametrize("log", logs(NOT_SURELY_TRANSIENT))
def test_review18_a_not_surely_transient(log):
    not_surely_transient(log)


def test_case_ids_are_unique():
    assert_unique_ids(CASES, NOT_SURELY_TRANSIENT)
