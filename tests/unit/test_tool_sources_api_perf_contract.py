"""Fourteenth round, tool sources: API, contract and load-test tools as CI runs them (Pact's broker
client and verifier, Postman's Newman, Dredd, Schemathesis, Karate, REST Assured, WireMock, MockServer,
Prism, k6, Locust, JMeter, Gatling, Artillery, Vegeta, hey).

Each case is a short log written for the test around one message as the tool prints it. The wording was
read from the tools' own source where it was fetched (the comment above each case names the repository
and file holding the format string); where the source was not read, the comment names the tool's
documentation and says so. Hosts, services, paths and versions are made up; no project's CI log is copied.

The rules the cases hold:
  * the tool's own service failing it (the Pact Broker or k6's cloud answering 5xx, timing out or
    refusing while it starts, a Locust worker lost by the master, a schema endpoint answering 503 while
    the app under test starts) -> transient;
  * a contract that does not verify, can-i-deploy saying no, a refused token, a pact or collection or
    spec file that does not exist, an assertion of the API test that fails, a mock that received an
    unmatched request, a script error -> real;
  * a load test's threshold crossed (k6's thresholds, Gatling's assertions, the JMeter plugin's error
    percentage, Artillery's ensure checks) -> real. The judgement: the threshold is the job's own
    assertion, written by the project for the runner it runs on; the log cannot tell a regression
    from a noisy shared runner, and reading it transient would propose a rerun of every real
    regression. The other side is tested too: the same tools failing on their own infrastructure (k6's
    cloud ingest answering 502, Locust's last worker going missing) read transient;
  * the API or service UNDER TEST refusing connections or timing out at the socket, with nothing in the
    log saying it crashed, reads as the engine reads any service not up yet: transient. Beside a load
    gate that failed (k6's thresholds, Gatling's assertions, the JMeter plugin's percentage, Artillery's
    checks), or as a 503 inside a test's assertion, or where the tool hides the cause (Dredd's "Error
    connecting to server under test!", Newman's failed collection fetch), it is ambiguous (an app that
    crashed under load is the change's): such cases only assert no transient verdict at 0.7 or more;
  * the tools' words inside a test of the project's own code are not the tool failing.
"""

from __future__ import annotations

import pytest
from judging import assert_unique_ids, labelled, logs, not_surely_transient, reads

_EXIT = "##[error]Process completed with exit code 1.\n"
_CIRCLE = "\nExited with code exit status 1\n"

CASES: list[tuple[str, str, str]] = [
    # ------------------------------------------------------------------ Pact Broker client (Ruby CLI)
    # pact-foundation/pact_broker-client lib/pact_broker/client/retry.rb ("Error making request - %s %s
    # %s, attempt %d of %d"), hal/http_client.rb (RETRYABLE_ERRORS: ECONNREFUSED, ECONNRESET, ETIMEDOUT,
    # EHOSTUNREACH, Net::ReadTimeout), can_i_deploy.rb ("Error retrieving matrix. %s - %s")
    ("pact-can-i-deploy-read-timeout", "transient",
     "$ pact-broker can-i-deploy --pacticipant checkout-web --version 4f1c2ab --to-environment production\n"
     "Error making request - Net::ReadTimeout Net::ReadTimeout with #<TCPSocket:(closed)> /usr/lib/pact/lib/pact_broker/client/hal/http_client.rb:92, attempt 1 of 3\n"
     "Error making request - Net::ReadTimeout Net::ReadTimeout with #<TCPSocket:(closed)> /usr/lib/pact/lib/pact_broker/client/hal/http_client.rb:92, attempt 2 of 3\n"
     "Error making request - Net::ReadTimeout Net::ReadTimeout with #<TCPSocket:(closed)> /usr/lib/pact/lib/pact_broker/client/hal/http_client.rb:92, attempt 3 of 3\n"
     "Error retrieving matrix. Net::ReadTimeout - Net::ReadTimeout with #<TCPSocket:(closed)>\n" + _EXIT),
    ("pact-publish-broker-refused-while-starting", "transient",
     "$ pact-broker publish ./pacts --consumer-app-version 4f1c2ab --branch main --broker-base-url http://pact-broker:9292\n"
     "ERROR: Error making request - Errno::ECONNREFUSED Failed to open TCP connection to pact-broker:9292 (Connection refused - connect(2) for \"pact-broker\" port 9292) /usr/lib/pact/lib/pact_broker/client/hal/http_client.rb:92, attempt 1 of 5\n"
     "ERROR: Error making request - Errno::ECONNREFUSED Failed to open TCP connection to pact-broker:9292 (Connection refused - connect(2) for \"pact-broker\" port 9292) /usr/lib/pact/lib/pact_broker/client/hal/http_client.rb:92, attempt 5 of 5\n"
     "Errno::ECONNREFUSED - Failed to open TCP connection to pact-broker:9292 (Connection refused - connect(2) for \"pact-broker\" port 9292)\n"
     + _CIRCLE),
    # hal/entity.rb ErrorEntity#error_message ("Error making request to %s status=%s %s"); the client retries
    # a status >= 500 (http_client.rb perform_request condition resp.code < 500) and then reports it
    ("pact-can-i-deploy-econnreset", "transient",
     "$ pact-broker can-i-deploy --pacticipant orders-api --version 77aa01c --to-environment staging\n"
     "Error making request - Errno::ECONNRESET Connection reset by peer /usr/lib/pact/lib/pact_broker/client/hal/http_client.rb:92, attempt 3 of 3\n"
     "Error retrieving matrix. Errno::ECONNRESET - Connection reset by peer\n" + _CIRCLE),
    ("pact-broker-429", "transient",
     "$ pact-broker publish ./pacts --consumer-app-version 9e0d1f3 --branch main\n"
     "Error making request to https://acme.pactflow.example.test/contracts/publish status=429 {\"error\":\"Too many requests, retry later\"}\n"
     + _EXIT),
    ("pact-publish-broker-502", "transient",
     "$ pact-broker publish ./pacts --consumer-app-version 9e0d1f3 --branch main\n"
     "Publishing checkout-web/orders-api pact to pact broker at https://pacts.example.test\n"
     "Error making request to https://pacts.example.test/contracts/publish status=502 <html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center></body></html>\n"
     + _EXIT),
    ("pact-record-deployment-503", "transient",
     "$ pact-broker record-deployment --pacticipant orders-api --version 77aa01c --environment staging\n"
     "Error making request to https://pacts.example.test/environments/5b2e/deployed-versions status=503 upstream connect error or disconnect/reset before headers. reset reason: connection failure\n"
     + _EXIT),
    # can_i_deploy.rb computer_says(false) ("Computer says no ¯\\_(ツ)_/¯") and the matrix reason; the
    # reason wording is the broker's (pact_broker lib/pact_broker/matrix/deployment_status_summary.rb)
    ("pact-can-i-deploy-verification-failed", "real",
     "$ pact-broker can-i-deploy --pacticipant checkout-web --version 4f1c2ab --to-environment production\n"
     "Computer says no ¯\\_(ツ)_/¯\n\n"
     "CONSUMER     | C.VERSION | PROVIDER   | P.VERSION | SUCCESS? | RESULT#\n"
     "-------------|-----------|------------|-----------|----------|--------\n"
     "checkout-web | 4f1c2ab   | orders-api | 77aa01c   | false    | 1\n\n"
     "VERIFICATION RESULTS\n--------------------\n1. https://pacts.example.test/pacts/provider/orders-api/consumer/checkout-web/pact-version/ab12/verification-results/301 (failure)\n\n"
     "The verification for the pact between version 4f1c2ab of checkout-web and the version of orders-api currently deployed to production (77aa01c) failed\n"
     + _EXIT),
    ("pact-can-i-deploy-no-such-version", "real",
     "$ pact-broker can-i-deploy --pacticipant checkout-web --version 4f1c2ab --to-environment production\n"
     "Computer says no ¯\\_(ツ)_/¯\n\n"
     "CONSUMER     | C.VERSION | PROVIDER   | P.VERSION | SUCCESS? | RESULT#\n"
     "checkout-web | 4f1c2ab   | orders-api | ???       | ???      |\n\n"
     "There is no verified pact between version 4f1c2ab of checkout-web and a version of orders-api currently deployed to production (no version is currently recorded as deployed/released in this environment)\n"
     + _EXIT),
    # hal/entity.rb error_message with a 401 (the broker refusing the token)
    ("pact-publish-401", "real",
     "$ pact-broker publish ./pacts --consumer-app-version 9e0d1f3 --branch main\n"
     "Error making request to https://pacts.example.test/contracts/publish status=401 {\"error\":\"Unauthorized\"}\n"
     + _EXIT),
    # the broker's 409 on a changed pact for an existing version (pact_broker
    # lib/pact_broker/contracts/service.rb, "Cannot change the content of the pact for"), relayed by the
    # client's error_message
    ("pact-publish-409-changed-content", "real",
     "$ pact-broker publish ./pacts --consumer-app-version 1.4.0 --branch main\n"
     "Error making request to https://pacts.example.test/contracts/publish status=409 {\"errors\":{\"contracts\":[\"Cannot change the content of the pact for checkout-web version 1.4.0 and provider orders-api, as race conditions will cause unreliable results for can-i-deploy.\"]}}\n"
     + _EXIT),
    # create_tag.rb ("Could not create tag. Version %s of %s does not exist.")
    ("pact-create-tag-missing-version", "real",
     "$ pact-broker create-version-tag --pacticipant orders-api --version 77aa01c --tag prod\n"
     "Could not create tag. Version 77aa01c of orders-api does not exist.\n" + _EXIT),
    # hal/entity.rb ("Could not find relation '%s' in resource at %s. The most likely reason ...")
    ("pact-relation-not-found", "real",
     "$ pact-broker record-release --pacticipant orders-api --version 77aa01c --environment production\n"
     "Could not find relation 'pb:record-release' in resource at https://pacts.example.test/pacticipants/orders-api/versions/77aa01c. "
     "The most likely reason for this is that you are on an old version of the Pact Broker and you need to upgrade, or you are using PactFlow and you don't have the permissions required for this action.\n"
     + _EXIT),
    # ------------------------------------------------------------------ Pact verifier (pact-reference)
    # pact-foundation/pact-reference rust/pact_verifier/src/pact_broker.rs ("Request to pact broker path
    # '%s' failed: %s. URL: '%s'"), lib.rs ("Failed to load pact - %s")
    ("pact-verifier-broker-503", "transient",
     "$ pact_verifier_cli --provider-name orders-api --broker-url https://pacts.example.test --port 8080 --publish\n"
     "2025-03-02T10:14:07.120Z ERROR pact_verifier: Failed to load pact - Request to pact broker path '/pacts/provider/orders-api/for-verification' failed: 503 Service Unavailable. URL: 'https://pacts.example.test'\n"
     "\nFailures:\n\n1) Failed to load pact - Request to pact broker path '/pacts/provider/orders-api/for-verification' failed: 503 Service Unavailable. URL: 'https://pacts.example.test'\n\n"
     "There were 1 pact failures\n\n" + _EXIT),
    ("pact-verifier-broker-404", "real",
     "$ pact_verifier_cli --provider-name order-api --broker-url https://pacts.example.test --port 8080\n"
     "2025-03-02T10:14:07.120Z ERROR pact_verifier: Failed to load pact - Request to pact broker path '/pacts/provider/order-api/latest' failed: 404 Not Found. URL: 'https://pacts.example.test'\n"
     "\nFailures:\n\n1) Failed to load pact - Request to pact broker path '/pacts/provider/order-api/latest' failed: 404 Not Found. URL: 'https://pacts.example.test'\n\n"
     "There were 1 pact failures\n\n" + _EXIT),
    ("pact-verifier-pact-file-missing", "real",
     "$ pact_verifier_cli --provider-name orders-api --file ./pacts/checkout-web-orders-api.json --port 8080\n"
     "2025-03-02T10:14:07.120Z ERROR pact_verifier: Failed to load pact - Failed to load pact './pacts/checkout-web-orders-api.json' - No such file or directory (os error 2)\n"
     "\nThere were 1 pact failures\n\n" + _EXIT),
    # lib.rs generate_display_for_result ("has status code %d (%s)", "has a matching body (%s)"),
    # process_errors / interaction_mismatch_output ("%d) %s", "%d.%d) %s"), "There were %d pact failures"
    ("pact-verifier-body-mismatch", "real",
     "Verifying a pact between checkout-web and orders-api\n\n"
     "  a request for an order (0s loading, 12ms verification)\n"
     "     Given order 42 exists\n"
     "    returns a response which\n"
     "      has status code 200 (OK)\n"
     "      includes headers\n"
     "        \"Content-Type\" with value \"application/json\" (OK)\n"
     "      has a matching body (FAILED)\n\n"
     "Failures:\n\n"
     "1) Verifying a pact between checkout-web and orders-api Given order 42 exists - a request for an order\n"
     "    1.1) has a matching body\n"
     "           $.total -> Expected 'String' (\"12.50\") to be the same type as 'Number' (12.5)\n\n"
     "There were 1 pact failures\n\n" + _EXIT),
    # ------------------------------------------------------------------ Pact JS / JVM consumer tests
    # pact-foundation/pact-js src/httpPact/index.ts and ffi.ts ("Test failed for the following reasons:",
    # "Mock server failed with the following mismatches:", "Request was expected but not received") (docs:
    # https://docs.pact.io/implementation_guides/javascript/docs/troubleshooting, not read in source here)
    ("pact-js-consumer-mismatch", "real",
     "FAIL test/orders.pact.test.ts\n"
     "  ● Orders API › getOrder › returns the order\n\n"
     "    Test failed for the following reasons:\n\n"
     "      Mock server failed with the following mismatches:\n\n"
     "        0) The following request was expected but not received: \n"
     "            Method: GET\n            Path: /orders/42\n\n"
     "Tests:       1 failed, 6 passed, 7 total\n" + _EXIT),
    # ------------------------------------------------------------------ Newman
    # postmanlabs/newman lib/reporters/cli/index.js (failure table "#", "failure", "detail"; "at %s",
    # 'inside "%s"'); the assertion messages are chai's via postman-sandbox ("expected response to have
    # status code %d but got %d")
    ("newman-assertion-status", "real",
     "$ newman run postman/orders.postman_collection.json -e postman/ci.postman_environment.json\n"
     "→ Create order\n  POST http://localhost:3000/orders [400 Bad Request, 312B, 41ms]\n  1. Status code is 201\n\n"
     "┌─────────────────────────┬───────────────────┬──────────────────┐\n"
     "│      assertions         │         1 │          1 │\n"
     "└─────────────────────────┴───────────────────┴──────────────────┘\n\n"
     "  #  failure         detail\n\n"
     " 1.  AssertionError  Status code is 201\n"
     "                     expected response to have status code 201 but got 400\n"
     "                     at assertion:0 in test-script\n"
     "                     inside \"orders / Create order\"\n" + _EXIT),
    ("newman-assertion-status-500", "real",
     "$ newman run postman/orders.postman_collection.json\n"
     "→ List orders\n  GET http://localhost:3000/orders [500 Internal Server Error, 88B, 12ms]\n  1. Status code is 200\n\n"
     "  #  failure         detail\n\n"
     " 1.  AssertionError  Status code is 200\n"
     "                     expected response to have status code 200 but got 500\n"
     "                     at assertion:0 in test-script\n"
     "                     inside \"orders / List orders\"\n" + _EXIT),
    ("newman-assertion-body", "real",
     "$ newman run postman/cart.postman_collection.json\n"
     "  #  failure         detail\n\n"
     " 1.  AssertionError  Total includes tax\n"
     "                     expected 90 to deeply equal 99\n"
     "                     at assertion:1 in test-script\n"
     "                     inside \"cart / Get cart\"\n" + _EXIT),
    # newman lib/run/options.js (COLLECTION_LOAD_ERROR_MESSAGE "collection could not be loaded"), lib/util.js
    # ('unable to read data from file "%s"'), bin/newman.js ("error: %s")
    ("newman-collection-file-missing", "real",
     "$ newman run postman/order.postman_collection.json\n"
     "error: collection could not be loaded\n"
     "  unable to read data from file \"postman/order.postman_collection.json\"\n"
     "  ENOENT: no such file or directory, open 'postman/order.postman_collection.json'\n" + _EXIT),
    # newman lib/run/index.js ('newman: could not find "%s" reporter')
    ("newman-reporter-missing", "real",
     "$ newman run postman/orders.postman_collection.json -r cli,htmlextra\n"
     "newman: could not find \"htmlextra\" reporter\n"
     "  ensure that the reporter is installed in the same directory as newman\n"
     "  please install reporter using npm\n\n"
     "error: reporter \"htmlextra\" not found\n" + _EXIT),
    # ------------------------------------------------------------------ Dredd
    # apiaryio/dredd packages/dredd/lib/reporters/CLIReporter.js ("fail: %s duration: %dms", "complete:
    # %d passing, %d failing, %d errors, %d skipped, %d total")
    ("dredd-body-validation-fail", "real",
     "$ dredd api/openapi.yaml http://127.0.0.1:3000 --server \"npm start\"\n"
     "info: Beginning Dredd testing...\n"
     "pass: GET (200) /health duration: 9ms\n"
     "fail: GET (200) /orders/42 duration: 31ms\n"
     "fail: body: At '/total' Invalid type: string (expected number)\n\n"
     "complete: 5 passing, 1 failing, 0 errors, 0 skipped, 6 total\n"
     "complete: Tests took 412ms\n" + _EXIT),
    # ------------------------------------------------------------------ Schemathesis
    # schemathesis/schemathesis src/schemathesis/core/loaders.py ("Failed to load schema due to server
    # error (HTTP %d %s)", with --wait-for-schema retrying a 503 until the budget elapses), cli/output.py
    # ("Schema Loading Error")
    ("schemathesis-schema-503-while-starting", "transient",
     "$ st run http://127.0.0.1:8000/openapi.json --wait-for-schema 30\n"
     "Schemathesis v4.1.0\n━━━━━━━━━━━━━━━━━━━\n\n"
     "Schema Loading Error\n\n"
     "Failed to load schema due to server error (HTTP 503 Service Unavailable)\n\n"
     "Need more help?\n    Join our Discord server: https://discord.gg/example\n" + _EXIT),
    ("schemathesis-schema-502", "transient",
     "$ st run https://staging.example.test/openapi.json\n"
     "Schema Loading Error\n\n"
     "Failed to load schema due to server error (HTTP 502 Bad Gateway)\n" + _EXIT),
    ("schemathesis-schema-404", "real",
     "$ st run http://127.0.0.1:8000/api/openapi.json\n"
     "Schemathesis v4.1.0\n━━━━━━━━━━━━━━━━━━━\n\n"
     "Schema Loading Error\n\n"
     "Failed to load schema due to client error (HTTP 404 Not Found)\n\n"
     "Need more help?\n    Join our Discord server: https://discord.gg/example\n" + _EXIT),
    # src/schemathesis/core/failures.py (check title "Server error"); test/cli/__snapshots__ show the
    # layout ("FAILURES", "- Server error", "[500] Internal Server Error:", "Reproduce with:")
    ("schemathesis-server-error-500", "real",
     "=================================== FAILURES ===================================\n"
     "_________________________________ POST /orders _________________________________\n"
     "1. Test Case ID: Xy81Qa\n\n"
     "- Server error\n\n"
     "[500] Internal Server Error:\n\n"
     "    `{\"detail\": \"KeyError: 'currency'\"}`\n\n"
     "Reproduce with:\n\n"
     "    curl -X POST -H 'Content-Type: application/json' -d '{\"qty\": 0}' http://127.0.0.1:8000/orders\n\n"
     "=================================== SUMMARY ====================================\n"
     "Failures:\n  ❌ Server error: 1\n" + _EXIT),
    # src/schemathesis/openapi/checks.py ("Response violates schema", "Undocumented HTTP status code")
    ("schemathesis-response-violates-schema", "real",
     "=================================== FAILURES ===================================\n"
     "_________________________________ GET /orders/{id} ______________________________\n"
     "1. Test Case ID: Pq77Ms\n\n"
     "- Response violates schema\n\n"
     "    'total' is a required property\n\n"
     "- Undocumented HTTP status code\n\n"
     "    Received: 422\n    Documented: 200, 404\n\n"
     "Failures:\n  ❌ Response violates schema: 1\n  ❌ Undocumented HTTP status code: 1\n" + _EXIT),
    # src/schemathesis/cli/commands/__init__.py ("❌  Failed to load configuration file from %s")
    ("schemathesis-config-invalid", "real",
     "$ st run http://127.0.0.1:8000/openapi.json --config-file schemathesis.toml\n"
     "❌  Failed to load configuration file from schemathesis.toml\n\n"
     "Error in 'checks': Unknown check 'not_a_server_eror'\n" + _EXIT),
    # ------------------------------------------------------------------ Karate / REST Assured
    # karatelabs/karate karate-core (the match failure "match failed: EQUALS", "status code was: %d,
    # expected: %d") (docs: https://karatelabs.github.io/karate/, not read in source here)
    ("karate-match-failed", "real",
     "[INFO] Running com.example.orders.OrdersRunner\n"
     "orders.feature:14 - match failed: EQUALS\n"
     "  $.status | not equal (STRING:STRING)\n"
     "  'CANCELLED'\n"
     "  'OPEN'\n\n"
     "Karate version: 1.4.1\n======================================================\n"
     "elapsed:   3.21 | threads:    1 | thread time: 2.40\n"
     "features:     4 | skipped:    0 | efficiency: 0.75\n"
     "scenarios:   18 | passed:    17 | failed: 1\n"
     "======================================================\n"
     "[ERROR] Tests run: 1, Failures: 1, Errors: 0, Skipped: 0\n" + _EXIT),
    # karate-core's HTTP step failure ("http call failed after %d milliseconds for url: %s") (seen in the source's
    # users; the Karate repository was not fetched): the API under test slow to accept, or its certificate untrusted
    ("karate-connect-timeout", "transient",
     "10:14:07.120 [main] ERROR com.intuit.karate - src/test/java/orders/orders.feature:9\n"
     "When method get\n"
     "http call failed after 30012 milliseconds for url: http://orders-api:8080/orders\n"
     "java.net.SocketTimeoutException: Connect timed out\n"
     "[ERROR] Tests run: 1, Failures: 1, Errors: 0, Skipped: 0\n" + _EXIT),
    ("karate-pkix-untrusted", "real",
     "10:14:07.120 [main] ERROR com.intuit.karate - src/test/java/orders/orders.feature:9\n"
     "http call failed after 412 milliseconds for url: https://orders-api.internal.example.test/orders\n"
     "javax.net.ssl.SSLHandshakeException: PKIX path building failed: sun.security.provider.certpath.SunCertPathBuilderException: unable to find valid certification path to requested target\n"
     "[ERROR] Tests run: 1, Failures: 1, Errors: 0, Skipped: 0\n" + _EXIT),
    # rest-assured/rest-assured ResponseSpecificationImpl ("%d expectation failed.", "Expected status
    # code <%s> but was <%s>.") (docs: https://github.com/rest-assured/rest-assured/wiki/Usage)
    ("rest-assured-status-404", "real",
     "[ERROR] Tests run: 9, Failures: 1, Errors: 0, Skipped: 0, Time elapsed: 4.2 s <<< FAILURE! - in com.example.orders.OrdersApiIT\n"
     "[ERROR] getsOrder(com.example.orders.OrdersApiIT)  Time elapsed: 0.3 s  <<< FAILURE!\n"
     "java.lang.AssertionError: 1 expectation failed.\n"
     "Expected status code <200> but was <404>.\n\n"
     "\tat com.example.orders.OrdersApiIT.getsOrder(OrdersApiIT.java:41)\n"
     "[ERROR] Failed to execute goal org.apache.maven.plugins:maven-failsafe-plugin:3.2.5:verify (default) on project orders: There are test failures.\n"
     + _EXIT),
    # ------------------------------------------------------------------ WireMock / MockServer
    # wiremock/wiremock src/main/java/com/github/tomakehurst/wiremock/client/VerificationException.java
    # ("A request was unmatched by any stub mapping. Closest stub mapping was:"), the diff report's
    # "Request was not matched" banner (verification/diff/PlainTextDiffRenderer)
    ("wiremock-unmatched-request", "real",
     "[ERROR] createsShipment  Time elapsed: 0.41 s  <<< ERROR!\n"
     "com.github.tomakehurst.wiremock.client.VerificationException: A request was unmatched by any stub mapping. Closest stub mapping was:\n"
     "expected:<\n"
     "POST\n/carrier/v2/shipments\n>\n but was:<\n"
     "POST\n/carrier/v1/shipments\n>\n"
     "\tat com.github.tomakehurst.wiremock.junit5.WireMockExtension.failIfUnmatchedRequests(WireMockExtension.java:290)\n"
     "[ERROR] Tests run: 12, Failures: 0, Errors: 1, Skipped: 0\n" + _EXIT),
    # mock-server/mockserver mockserver-core ("Request not found at least once", "no expectation for")
    # (docs: https://www.mock-server.com/mock_server/verification.html, not read in source here)
    ("mockserver-verify-not-found", "real",
     "[ERROR] sendsInvoice  Time elapsed: 0.9 s  <<< FAILURE!\n"
     "java.lang.AssertionError: Request not found at least once, expected:<{\n"
     "  \"method\" : \"POST\",\n  \"path\" : \"/invoices\"\n}> but was:<{\n"
     "  \"method\" : \"POST\",\n  \"path\" : \"/invoice\"\n}>\n"
     "\tat org.mockserver.client.MockServerClient.verify(MockServerClient.java:361)\n"
     "[ERROR] Tests run: 5, Failures: 1, Errors: 0, Skipped: 0\n" + _EXIT),
    # MockServer as a Testcontainers container that never opened its port (testcontainers-java
    # GenericContainer / HostPortWaitStrategy "Timed out waiting for container port to open"): the mock did not start
    ("mockserver-container-port-timeout", "transient",
     "[ERROR] InvoiceClientIT  Time elapsed: 92.1 s  <<< ERROR!\n"
     "org.testcontainers.containers.ContainerLaunchException: Container startup failed for image mockserver/mockserver:5.15.0\n"
     "Caused by: org.rnorth.ducttape.RetryCountExceededException: Retry limit hit with exception\n"
     "Caused by: org.testcontainers.containers.ContainerLaunchException: Timed out waiting for container port to open (localhost ports: [32771] should be listening)\n"
     "[ERROR] Tests run: 1, Failures: 0, Errors: 1, Skipped: 0\n" + _EXIT),
    # MockServer's event log for an unmatched request ("no expectation for:", "returning response:") (docs:
    # https://www.mock-server.com/mock_server/debugging_issues.html, not read in source here): the mock started,
    # the code sent a request nobody expected
    ("mockserver-no-expectation-404", "real",
     "[ERROR] sendsInvoice  Time elapsed: 0.9 s  <<< FAILURE!\n"
     "org.opentest4j.AssertionFailedError: expected: <201> but was: <404>\n"
     "10:14:07.120 [MockServer-EventLog0] INFO org.mockserver.log.MockServerEventLog -- 1080 no expectation for:\n"
     "  {\n    \"method\" : \"POST\",\n    \"path\" : \"/invoice\"\n  }\n returning response:\n"
     "  {\n    \"statusCode\" : 404,\n    \"reasonPhrase\" : \"Not Found\"\n  }\n"
     "[ERROR] Tests run: 5, Failures: 1, Errors: 0, Skipped: 0\n" + _EXIT),
    # ------------------------------------------------------------------ Prism
    # stoplightio/prism packages/cli (the pino-pretty "[CLI] ✖  fatal" line; "Unable to open" a spec)
    # (docs: https://docs.stoplight.io/docs/prism/, not read in source here)
    ("prism-spec-missing", "real",
     "$ npx prism mock api/openapi.yml --port 4010\n"
     "[10:14:07 AM] › [CLI] …  awaiting  Starting Prism…\n"
     "[10:14:07 AM] › [CLI] ✖  fatal     Error opening file \"/home/ci/project/api/openapi.yml\"\n"
     " ENOENT: no such file or directory, open '/home/ci/project/api/openapi.yml'\n" + _EXIT),
    # ------------------------------------------------------------------ k6
    # grafana/k6 internal/cmd/run.go ("thresholds on metrics '%s' have been crossed", exit code 99 from
    # errext/exitcodes/codes.go ThresholdsHaveFailed); logrus's text form as printed without a terminal
    ("k6-threshold-latency-crossed", "real",
     "$ k6 run --quiet load/checkout.js\n"
     "     ✓ status is 200\n\n"
     "   ✗ http_req_duration..............: avg=612.4ms min=40.1ms med=540.2ms max=3.1s p(90)=1.02s p(95)=1.4s\n"
     "       { expected_response:true }...: avg=612.4ms min=40.1ms med=540.2ms max=3.1s p(90)=1.02s p(95)=1.4s\n"
     "     http_req_failed................: 0.00%  ✓ 0  ✗ 4120\n"
     "     iterations.....................: 4120   68.6/s\n\n"
     "time=\"2025-03-02T10:14:07Z\" level=error msg=\"thresholds on metrics 'http_req_duration' have been crossed\"\n"
     "\nExited with code exit status 99\n"),
    ("k6-threshold-failed-rate-crossed", "real",
     "$ k6 run load/search.js\n"
     "   ✗ http_req_failed................: 7.31%  ✓ 301  ✗ 3817\n"
     "     http_reqs......................: 4118   68.5/s\n\n"
     "ERRO[0062] thresholds on metrics 'http_req_failed' have been crossed\n"
     "\nExited with code exit status 99\n"),
    # internal/metrics/engine/engine.go ("thresholds on metrics '%s' were crossed; at least one has
    # abortOnFail enabled, stopping test prematurely")
    ("k6-threshold-abort-on-fail", "real",
     "$ k6 run load/spike.js\n"
     "running (0m21.4s), 050/200 VUs, 1830 complete and 0 interrupted iterations\n"
     "time=\"2025-03-02T10:14:07Z\" level=error msg=\"thresholds on metrics 'http_req_duration{scenario:spike}' were crossed; at least one has abortOnFail enabled, stopping test prematurely\"\n"
     "\nExited with code exit status 99\n"),
    # k6's script errors (js/ goja's "ReferenceError: %s is not defined at %s") and its init error
    # ("could not initialize '%s'")
    ("k6-script-reference-error", "real",
     "$ k6 run load/checkout.js\n"
     "time=\"2025-03-02T10:14:07Z\" level=error msg=\"ReferenceError: cartId is not defined\\n\\tat default (file:///home/ci/project/load/checkout.js:31:22(47))\\n\" executor=constant-vus scenario=default source=stacktrace\n"
     "     checks.........................: 0.00%  ✓ 0  ✗ 0\n"
     "     iterations.....................: 0      0/s\n" + _EXIT),
    # cloudapi/client.go ("unexpected HTTP error from %s: %d %s"): k6's cloud output could not start its
    # test run; k6's own service, not the system under test
    ("k6-cloud-output-502", "transient",
     "$ k6 run --out cloud load/checkout.js\n"
     "time=\"2025-03-02T10:14:07Z\" level=error msg=\"unexpected HTTP error from https://ingest.k6.example.test/v1/tests: 502 Bad Gateway\"\n"
     + _EXIT),
    # internal/cloudapi/httperr ("failed to authenticate with k6 Cloud" for a 401): the token
    ("k6-cloud-401", "real",
     "$ k6 cloud run load/checkout.js\n"
     "time=\"2025-03-02T10:14:07Z\" level=error msg=\"failed to authenticate with k6 Cloud\"\n" + _EXIT),
    # internal/cmd/cloud.go ("Thresholds have been crossed" for a cloud run, exit code 99; "uploading test: %w"
    # with cloudapi/client.go's "unexpected HTTP error from %s: %d %s")
    ("k6-cloud-thresholds-crossed", "real",
     "$ k6 cloud run load/checkout.js\n"
     "     test status: Finished\n"
     "time=\"2025-03-02T10:24:07Z\" level=error msg=\"Thresholds have been crossed\"\n"
     "\nExited with code exit status 99\n"),
    ("k6-cloud-upload-503", "transient",
     "$ k6 cloud run load/checkout.js\n"
     "time=\"2025-03-02T10:14:07Z\" level=error msg=\"uploading test: unexpected HTTP error from https://api.k6.example.test/cloud/v6/projects/41/load_tests: 503 Service Unavailable\"\n"
     + _EXIT),
    # ------------------------------------------------------------------ Locust
    # locustio/locust locust/runners.py heartbeat_worker ("Worker %s failed to send heartbeat, setting
    # state to missing.") and the master's "The last worker went missing, stopping test."
    ("locust-last-worker-missing", "transient",
     "[2025-03-02 10:14:07,120] ci-master/INFO/locust.runners: Worker ci-worker-2_5b1e failed to send heartbeat, setting state to missing.\n"
     "[2025-03-02 10:14:09,120] ci-master/INFO/locust.runners: Worker ci-worker-1_77a0 failed to send heartbeat, setting state to missing.\n"
     "[2025-03-02 10:14:09,121] ci-master/INFO/locust.runners: The last worker went missing, stopping test.\n"
     "[2025-03-02 10:14:09,400] ci-master/INFO/locust.main: Shutting down (exit code 1)\n" + _EXIT),
    # locust/main.py ("Unknown User(s): %s")
    ("locust-unknown-user-class", "real",
     "$ locust -f load/locustfile.py --headless -u 50 -r 5 -t 2m ShopperUser\n"
     "[2025-03-02 10:14:07,120] ci/ERROR/locust.main: Unknown User(s): ShopperUser\n" + _EXIT),
    # locust's failure table ("Error report", "# occurrences      Error") with a CatchResponseError the
    # locustfile raised; --exit-code-on-error (main.py) turns failures into exit code 1
    ("locust-catch-response-failures", "real",
     "Type     Name                 # reqs      # fails |    Avg     Min     Max    Med\n"
     "POST     /cart                  1200    84(7.00%) |     41       6     390     31\n"
     "Error report\n"
     "# occurrences      Error\n"
     "-------------------|--------------------------------------------------\n"
     "84                  POST /cart: CatchResponseError('cart total missing from response')\n"
     "[2025-03-02 10:16:07,120] ci/INFO/locust.main: Shutting down (exit code 1)\n" + _EXIT),
    # ------------------------------------------------------------------ JMeter
    # jmeter-maven-plugin CheckResultsMojo ("Failing build because error percentage %s is above accepted
    # threshold %s. JMeter logs are available at: '%s'")
    ("jmeter-maven-error-percentage", "real",
     "[INFO] summary =   6000 in 00:01:00 =  100.0/s Avg:    48 Min:     3 Max:  1210 Err:   186 (3.10%)\n"
     "[INFO] Performance Test Results\n"
     "[INFO] Result (.csv) files scanned: 1\n"
     "[INFO] Successful requests:         5814\n"
     "[INFO] Failed requests:             186\n"
     "[INFO] Failures:                    3.1% (1.0% accepted)\n"
     "[ERROR] Failed to execute goal com.lazerycode.jmeter:jmeter-maven-plugin:3.7.0:results (jmeter-check-results) on project perf: "
     "Failing build because error percentage 3.1 is above accepted threshold 1.0. JMeter logs are available at: '/home/ci/project/target/jmeter/logs'\n"
     + _EXIT),
    # apache/jmeter NonGUIDriver ("Error in NonGUIDriver %s") (docs: https://jmeter.apache.org/usermanual/get-started.html)
    ("jmeter-jmx-missing", "real",
     "$ jmeter -n -t perf/checkout.jmx -l results.jtl\n"
     "Creating summariser <summary>\n"
     "Error in NonGUIDriver java.lang.IllegalArgumentException: Problem loading XML from:'/home/ci/project/perf/checkout.jmx'. \n"
     "Cause:\njava.io.FileNotFoundException: /home/ci/project/perf/checkout.jmx (No such file or directory)\n" + _EXIT),
    # ------------------------------------------------------------------ Gatling
    # gatling/gatling-maven-plugin ("Gatling simulation assertions failed!"); the assertion lines are
    # gatling-core's AssertionValidator ("%s : false (actual : %s)")
    ("gatling-assertions-failed", "real",
     "[INFO] Global: max of response time is less than or equal to 800.0 : true\n"
     "[INFO] Global: percentage of successful events is greater than or equal to 99.0 : false (actual : 96.3)\n"
     "[ERROR] Gatling simulation assertions failed!\n"
     "[ERROR] See the reports in /home/ci/project/target/gatling for more details\n"
     "[INFO] BUILD FAILURE\n"
     "[ERROR] Failed to execute goal io.gatling:gatling-maven-plugin:4.9.6:test (default-cli) on project perf: Gatling simulation assertions failed! -> [Help 1]\n"
     + _EXIT),
    # ------------------------------------------------------------------ Artillery
    # artilleryio/artillery packages/artillery-plugin-ensure/index.js ("\nChecks:", "fail: %s", "ok: %s";
    # a strict check failing sets the suggested exit code 1)
    ("artillery-ensure-fail", "real",
     "$ npx artillery run load/checkout.yml\n"
     "http.response_time:\n  p95: ......................................................... 742.6\n  p99: ......................................................... 1130.2\n"
     "Checks:\n"
     "ok: http.response_time.p95 < 800\n"
     "fail: http.response_time.p99 < 1000\n" + _EXIT),
    # ------------------------------------------------------------------ the API under test not answering
    # The system under test refusing or timing out at the socket (nothing in the log says it crashed): the
    # engine's reading of a connection refused or a timeout while a service starts; with a threshold gate
    # crossed beside it the case is ambiguous instead (NOT_SURELY_TRANSIENT below).
    # pact_verifier request_response.rs ("Request Failed - %s"): the provider under test not listening
    ("pact-verifier-provider-refused", "transient",
     "Verifying a pact between checkout-web and orders-api\n\n"
     "  a request for an order\n"
     "      Request Failed - error sending request for url (http://localhost:8080/orders/42): client error (Connect): tcp connect error: Connection refused (os error 111)\n\n"
     "Failures:\n\n1) Verifying a pact between checkout-web and orders-api - a request for an order - error sending request for url (http://localhost:8080/orders/42)\n\n"
     "There were 1 pact failures\n\n" + _EXIT),
    # newman: a run error (connection refused to the API under test) in the failure table
    ("newman-run-error-econnrefused", "transient",
     "$ newman run postman/orders.postman_collection.json\n"
     "→ List orders\n  GET http://localhost:3000/orders [errored]\n     connect ECONNREFUSED 127.0.0.1:3000\n\n"
     "  #  failure  detail\n\n"
     " 1.  Error    connect ECONNREFUSED 127.0.0.1:3000\n"
     "              at request\n"
     "              inside \"orders / List orders\"\n" + _EXIT),
    # newman: the external sandbox's name not resolving for a moment (getaddrinfo EAI_AGAIN)
    ("newman-run-error-eai-again", "transient",
     "$ newman run postman/payments.postman_collection.json -e postman/staging.json\n"
     "→ Charge card\n  POST https://sandbox.payments.example.test/v1/charges [errored]\n"
     "     getaddrinfo EAI_AGAIN sandbox.payments.example.test\n\n"
     "  #  failure  detail\n\n 1.  Error    getaddrinfo EAI_AGAIN sandbox.payments.example.test\n"
     "              at request\n              inside \"payments / Charge card\"\n" + _EXIT),
    # schemathesis engine/errors.py ("Network Error") and core/errors.py ("Connection failed", "Read timed
    # out"): the API under test
    ("schemathesis-network-error-refused", "transient",
     "==================================== ERRORS ====================================\n"
     "_______________________________ GET /api/orders _______________________________\n"
     "Network Error\n\nConnection failed\n\n"
     "    Failed to establish a new connection: [Errno 111] Connection refused\n\n"
     "Errors:\n  🚫 Network Error: 2\n" + _EXIT),
    ("schemathesis-network-error-read-timeout", "transient",
     "==================================== ERRORS ====================================\n"
     "_______________________________ POST /api/reports _____________________________\n"
     "Network Error\n\nConnection failed\n\n    Read timed out after 10.0 seconds\n\n"
     "Errors:\n  🚫 Network Error: 1\n" + _EXIT),
    # tsenart/vegeta lib/reporters.go ("Status Codes  [code:count]", "Error Set:")
    ("vegeta-error-set-refused", "transient",
     "$ vegeta attack -duration=30s -rate=200 -targets=targets.txt | vegeta report\n"
     "Requests      [total, rate, throughput]  6000, 200.03, 120.40\n"
     "Success       [ratio]                    60.20%\n"
     "Status Codes  [code:count]               0:2388  200:3612\n"
     "Error Set:\n"
     "Get \"http://app:8080/api/cart\": dial tcp 172.18.0.3:8080: connect: connection refused\n" + _EXIT),
    # rakyll/hey requester/print.go ("Error distribution:", "  [%d]\t%s")
    ("hey-error-distribution-timeout", "transient",
     "Status code distribution:\n  [200]\t1760 responses\n\n"
     "Error distribution:\n"
     "  [240]\tGet \"http://app:8080/health\": context deadline exceeded (Client.Timeout exceeded while awaiting headers)\n"
     + _EXIT),
    # ------------------------------------------------------------------ near-misses: the tools' words in a
    # test of the project's own code
    ("near-jest-test-about-broker-502", "real",
     "FAIL test/broker-client.test.ts\n"
     "  ● BrokerClient › retries a 502 from the pact broker\n\n"
     "    expect(received).toBe(expected) // Object.is equality\n\n"
     "    Expected: 3\n    Received: 1\n\n"
     "      at Object.<anonymous> (test/broker-client.test.ts:44:27)\n\n"
     "Tests:       1 failed, 30 passed, 31 total\n" + _EXIT),
    ("near-pytest-k6-parser-timeout-words", "real",
     "FAILED tests/test_k6_summary.py::test_parses_request_timeout_errors - AssertionError: assert 'request timeout' in []\n"
     "FAILED tests/test_k6_summary.py::test_threshold_line - assert 'have been crossed' == 'were crossed'\n"
     "========= 2 failed, 88 passed in 3.10s =========\n" + _EXIT),
    # a locust plugin's own test failing, with the runner's heartbeat words in its captured log
    ("near-pytest-locust-plugin-heartbeat-log", "real",
     "------------------------------ Captured log call -------------------------------\n"
     "INFO     locust.runners:runners.py:941 Worker w-1 failed to send heartbeat, setting state to missing.\n"
     "INFO     locust.runners:runners.py:949 The last worker went missing, stopping test.\n"
     "=========================== short test summary info ============================\n"
     "FAILED tests/test_dashboard_plugin.py::test_worker_count_after_loss - AssertionError: assert 2 == 0\n"
     "========================= 1 failed, 57 passed in 9.82s =========================\n" + _EXIT),
    # a test asserting on k6's threshold words (the gate's text inside a test, not the gate)
    ("near-jest-expects-threshold-text", "real",
     "  ● summary parser › reads a crossed threshold\n\n"
     "    expect(received).toContain(expected) // indexOf\n\n"
     "    Expected substring: \"thresholds on metrics 'http_req_duration' have been crossed\"\n"
     "    Received string:    \"\"\n\n"
     "Tests:       1 failed, 12 passed, 13 total\n" + _EXIT),
    # an optional Artillery check failing (no exit code) and a later real failure of a unit test
    ("near-artillery-optional-fail-then-unit", "real",
     "Checks:\nfail: http.response_time.p99 < 1000 (optional)\n"
     "FAILED tests/test_pricing.py::test_discount - assert 90 == 100\n" + _EXIT),
    # a pytest run of a load harness whose own test fails, with Locust's lost-worker lines in its live log
    ("near-pytest-live-log-locust-lost-worker", "real",
     "tests/test_distributed.py::test_master_survives_worker_loss \n"
     "-------------------------------- live log call ---------------------------------\n"
     "[2025-03-02 10:14:07,120] ci/INFO/locust.runners: Worker w-1 failed to send heartbeat, setting state to missing.\n"
     "[2025-03-02 10:14:07,121] ci/INFO/locust.runners: The last worker went missing, stopping test.\n"
     "FAILED\n"
     "=================================== FAILURES ===================================\n"
     "E       AssertionError: master stopped, expected it to keep running\n"
     "FAILED tests/test_distributed.py::test_master_survives_worker_loss - AssertionError: master stopped, expected it to keep running\n"
     "========================= 1 failed, 40 passed in 7.10s =========================\n" + _EXIT),
    ("near-go-test-locust-heartbeat-words", "real",
     "--- FAIL: TestWorkerMissingAfterHeartbeat (0.01s)\n"
     "    runner_test.go:88: got state \"running\", want \"missing\" (worker failed to send heartbeat)\n"
     "FAIL\nFAIL\texample.test/loadctl/runner\t0.214s\n" + _EXIT),
]


# The API or service under test refusing or timing out beside a failed load gate, answering 503 inside a
# test's assertion, or a tool's words that hide the cause: no transient verdict at 0.7 or more.
NOT_SURELY_TRANSIENT: list[tuple[str, str]] = [
    # can-i-deploy with a provider verification not yet published (the matrix's "unknown"), no cause shown
    ("pact-can-i-deploy-unknown",
     "$ pact-broker can-i-deploy --pacticipant checkout-web --version 4f1c2ab --to-environment staging\n"
     "Computer says no ¯\\_(ツ)_/¯\n\n"
     "There is no verified pact between version 4f1c2ab of checkout-web and version 77aa01c of orders-api\n" + _EXIT),
    # newman: the API under test answering 503 to an assertion on its status
    ("newman-assertion-status-503",
     "$ newman run postman/orders.postman_collection.json\n"
     "  #  failure         detail\n\n"
     " 1.  AssertionError  Status code is 200\n"
     "                     expected response to have status code 200 but got 503\n"
     "                     at assertion:0 in test-script\n"
     "                     inside \"orders / List orders\"\n" + _EXIT),
    # newman lib/util.js: the collection URL fetch failed, newman does not print the status
    ("newman-collection-url-fetch",
     "$ newman run https://api.example.test/collections/7788-aa?apikey=$POSTMAN_KEY\n"
     "error: collection could not be loaded\n"
     "  Error fetching the collection from the provided URL. Ensure that the URL is valid.\n" + _EXIT),
    # dredd "Error connecting to server under test!" (ECONNREFUSED, ETIMEDOUT, ENOTFOUND alike)
    ("dredd-server-under-test-unreachable",
     "$ dredd api/openapi.yaml http://127.0.0.1:3000\n"
     "info: Beginning Dredd testing...\n"
     "error: GET (200) /orders duration: 3ms\n"
     "error: Error connecting to server under test!\n"
     "complete: 0 passing, 0 failing, 6 errors, 0 skipped, 6 total\n" + _EXIT),
    # locust/main.py ("Gave up waiting for workers to connect"): workers slow to start, or dead on the locustfile
    ("locust-gave-up-waiting-workers",
     "[2025-03-02 10:14:07,120] ci-master/INFO/locust.main: Waiting for workers to be ready, 1 of 4 connected\n"
     "[2025-03-02 10:15:07,120] ci-master/ERROR/locust.main: Gave up waiting for workers to connect\n" + _EXIT),
    # REST Assured: the service under test answering 503
    ("rest-assured-status-503",
     "[ERROR] getsOrder(com.example.orders.OrdersApiIT)  Time elapsed: 0.3 s  <<< FAILURE!\n"
     "java.lang.AssertionError: 1 expectation failed.\n"
     "Expected status code <200> but was <503>.\n\n"
     "[ERROR] Tests run: 9, Failures: 1, Errors: 0, Skipped: 0\n" + _EXIT),
    # k6 lib/netext/httpext/request.go ("Request Failed" at WARN) with the thresholds then crossed: the
    # target under test refusing or timing out
    ("k6-request-failed-then-threshold",
     "time=\"2025-03-02T10:14:07Z\" level=warning msg=\"Request Failed\" error=\"Get \\\"http://app:8080/api/cart\\\": dial tcp 172.18.0.3:8080: connect: connection refused\"\n"
     "time=\"2025-03-02T10:14:08Z\" level=warning msg=\"Request Failed\" error=\"Get \\\"http://app:8080/api/cart\\\": request timeout\"\n"
     "   ✗ http_req_failed................: 41.20% ✓ 1697  ✗ 2423\n"
     "time=\"2025-03-02T10:15:07Z\" level=error msg=\"thresholds on metrics 'http_req_failed' have been crossed\"\n"
     "\nExited with code exit status 99\n"),
    # JMeter's sampler errors against the system under test ("Non HTTP response code", "Non HTTP response
    # message") (apache/jmeter HTTPSamplerBase)
    ("jmeter-non-http-connect-refused",
     "summary =   6000 in 00:01:00 =  100.0/s Avg:    48 Min:     3 Max:  1210 Err:  6000 (100.00%)\n"
     "checkout,Non HTTP response code: org.apache.http.conn.HttpHostConnectException,"
     "Non HTTP response message: Connect to app:8080 [app/172.18.0.3] failed: Connection refused\n"
     "Failing build because error percentage 100.0 is above accepted threshold 1.0\n" + _EXIT),
    # Gatling's error table with the target refusing (i.n.c.AbstractChannel$AnnotatedConnectException)
    ("gatling-ko-connect-refused",
     "---- Errors --------------------------------------------------------------------\n"
     "> i.n.c.AbstractChannel$AnnotatedConnectException: Connection refused: app/172.18.0.3:8080   1200 (100.0%)\n"
     "Global: percentage of successful events is greater than or equal to 99.0 : false (actual : 0.0)\n"
     "[ERROR] Gatling simulation assertions failed!\n" + _EXIT),
    # Artillery's summary errors (errors.ETIMEDOUT, errors.ECONNREFUSED) (docs:
    # https://www.artillery.io/docs/reference/engines/http, not read in source here)
    ("artillery-errors-etimedout",
     "All VUs finished. Total time: 2 minutes, 4 seconds\n"
     "errors.ETIMEDOUT: ............................................................. 412\n"
     "http.codes.200: ............................................................... 3588\n"
     "Checks:\nfail: http.response_time.p99 < 1000\n" + _EXIT),
]


@pytest.mark.parametrize(("verdict", "log"), labelled(CASES))
def test_api_perf_contract_message_reads_right(verdict, log):
    reads(log, verdict)


@pytest.mark.parametrize("log", logs(NOT_SURELY_TRANSIENT))
def test_failures_of_the_system_under_test_do_not_read_surely_transient(log):
    not_surely_transient(log)


def test_case_ids_are_unique():
    assert_unique_ids(CASES, NOT_SURELY_TRANSIENT)


# One line of 50,000 characters of each of these words is read by benchmarks/pattern_speed.py,
# which prints the seconds each takes (a guard against patterns that backtrack; a timing is a
# benchmark's, not a test's).
LONG_LINE_WORDS = [
    "fail: a < fail: b <= fail: c > 1.2.3.4 ",
    "is less than or equal to 800.0 : false (actual : is greater than ",
    "thresholds on metrics 'a' thresholds on metrics 'b ",
    "Computer says no There is no verified pact between Error making request to x status=40 ",
]
