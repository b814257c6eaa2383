"""Review 18i of the eighteenth round's api_schemas section (api-contract-breaking-change-found,
graphql-registry-check-or-setup-refused, openapi-remote-ref-host-outage, schema-registry-server-error-code,
registry-billing-plan-limit, openapi-lint-rule-error) and the older entries that helper changed (compat-check's unless for
"No breaking changes detected", codegen-schema-rejected's unless_log for a Redocly lint whose one error is a remote $ref
outage, syntax-error's unless for "unable to parse error message from", download-failed's unless for the AsyncAPI CLI's
"Failed to download <url>."): adversarial logs (made up, short) from other tools and contexts that share the entries'
words, and guards.

Found wrong before this review (33 logs, 10 wrong): high (real or not surely transient read transient) 7: a registry the
job runs itself (compose on loopback, Testcontainers) answering 50002/50001, its 50001 for a schema over the Kafka record
limit, a WireMock stub answering 50003, a $ref on the job's own localhost server answering 500 or 502, a codegen that
failed beside a lint's remote $ref outage (codegen-schema-rejected's unless_log silenced it); medium (outage read real) 3:
oasdiff's changelog title where oasdiff ran without --fail-on (exit 0), a changelog bullet quoting the registry's
incompatible-schema message, "Detected 0 breaking changes".
After: 2 LEFT (below): one high (the generic transient-wording entry), one low (unknown).
"""

from __future__ import annotations

import pytest
from judging import assert_unique_ids, labelled, logs, not_surely_transient, reads

REAL: list[tuple[str, str]] = [
    # the job's own registry's log says the change's schema is larger than the Kafka record limit: every run
    ('sr-record-too-large-50001',
     '$ docker compose -f ci/kafka.yml up -d broker schema-registry\n$ mvn -B io.confluent:kafka-schema-registry-maven-plugin:register -DschemaRegistryUrls=http://localhost:8081\n[INFO] --- kafka-schema-registry-maven-plugin:7.6.1:register (default-cli) @ orders-events ---\n[ERROR] Exception thrown while processing catalog.snapshot-value\nio.confluent.kafka.schemaregistry.client.rest.exceptions.RestClientException: Register schema operation failed while writing to the Kafka store; error code: 50001\n[INFO] BUILD FAILURE\n[ERROR] Failed to execute goal io.confluent:kafka-schema-registry-maven-plugin:7.6.1:register (default-cli) on project orders-events: Execution default-cli of goal io.confluent:kafka-schema-registry-maven-plugin:7.6.1:register failed: One or more exceptions were encountered. -> [Help 1]\n$ docker compose -f ci/kafka.yml logs schema-registry | tail -3\nschema-registry-1  | [2025-03-02 10:01:12,404] ERROR Error while registering the schema in the backend Kafka store (io.confluent.kafka.schemaregistry.storage.KafkaSchemaRegistry)\nschema-registry-1  | org.apache.kafka.common.errors.RecordTooLargeException: The message is 1450012 bytes when serialized which is larger than 1048576, which is the value of the max.request.size configuration.\n##[error]Process completed with exit code 1.\n'),
    # a WireMock stub answers 50003 on purpose; the retrying client under test threw it: the code's
    ('sr-wiremock-stub-50003',
     '[INFO] Running com.example.registry.RegistryRetryTest\n12:00:00.911 INFO  WireMock - Stub mapping added: POST /subjects/orders-value/versions -> 500 {"error_code":50003}\n[ERROR] Tests run: 5, Failures: 0, Errors: 1, Skipped: 0, Time elapsed: 0.9 s <<< FAILURE! -- in com.example.registry.RegistryRetryTest\n[ERROR] com.example.registry.RegistryRetryTest.retriesForwardingErrors -- Time elapsed: 0.2 s <<< ERROR!\nio.confluent.kafka.schemaregistry.client.rest.exceptions.RestClientException: Error while forwarding register schema request to the leader; error code: 50003\n\tat io.confluent.kafka.schemaregistry.client.rest.RestService.sendHttpRequest(RestService.java:336)\n\tat com.example.registry.RetryingClient.register(RetryingClient.java:41)\n[ERROR] Tests run: 5, Failures: 0, Errors: 1, Skipped: 0\n[INFO] BUILD FAILURE\n##[error]Process completed with exit code 1.\n'),
    # guard: a registry blip logged as a warning, then the compile error the job ended on
    ('sr-50003-then-compile-error',
     '[INFO] --- kafka-schema-registry-maven-plugin:7.6.1:register (default-cli) @ orders-events ---\n[WARNING] Exception thrown while processing orders.placed-value\nio.confluent.kafka.schemaregistry.client.rest.exceptions.RestClientException: Error while forwarding register schema request to the leader; error code: 50003\n[INFO] --- maven-compiler-plugin:3.13.0:compile (default-compile) @ orders-events ---\n[ERROR] COMPILATION ERROR : \n[ERROR] /home/runner/work/orders/src/main/java/com/example/OrderMapper.java:[22,17] cannot find symbol\n  symbol:   method getCurrency()\n  location: class com.example.OrderPlaced\n[INFO] BUILD FAILURE\n##[error]Process completed with exit code 1.\n'),
    # guard: a failed assertion, then a registry timeout in a later script
    ('sr-test-fail-then-post-50002',
     '$ pytest -q tests/\nF......\nFAILED tests/test_orders.py::test_total - assert 41 == 42\n1 failed, 6 passed in 1.20s\n$ python scripts/register_schemas.py --url https://registry.data.example.com\nio.confluent.kafka.schemaregistry.client.rest.exceptions.RestClientException: Register operation timed out; error code: 50002\n##[error]Process completed with exit code 1.\n'),
    # guard: the proxy's 404 page for a wrong registry path: the same every run
    ('sr-proxy-404-page-50005',
     "[INFO] --- kafka-schema-registry-maven-plugin:7.6.1:register (default-cli) @ orders-events ---\n[ERROR] Exception thrown while processing orders.placed-value\nio.confluent.kafka.schemaregistry.client.rest.exceptions.RestClientException: Unable to parse error message from schema registry: '(<html><head><title>404 Not Found</title></head><body><center><h1>404 Not Found</h1></center><hr><center>nginx/1.25.3</center></body></html>)'; error code: 50005\n[INFO] BUILD FAILURE\n[ERROR] Failed to execute goal io.confluent:kafka-schema-registry-maven-plugin:7.6.1:register (default-cli) on project orders-events: Execution default-cli of goal io.confluent:kafka-schema-registry-maven-plugin:7.6.1:register failed: One or more exceptions were encountered. -> [Help 1]\n##[error]Process completed with exit code 1.\n"),
    # guard: a remote $ref outage in a non-blocking lint, then a type error the job ended on
    ('ref-503-then-tsc-error',
     "$ npx @redocly/cli lint api/openapi.yaml || echo lint failed\n[1] api/openapi.yaml:41:11 at #/paths/~1pets/get/responses/200/content/application~1json/schema\n\nCan't resolve $ref: Failed to load https://schemas.example.org/common/pet.yaml: 503 Service Unavailable\n\nError was generated by the no-unresolved-refs rule.\n\n❌ Validation failed with 1 error.\nlint failed\n$ npx tsc -p .\nsrc/client.ts(14,7): error TS2322: Type 'string' is not assignable to type 'number'.\n##[error]Process completed with exit code 1.\n"),
    # guard: the outage is only a warning; the one error is a rule the change breaks
    ('ref-503-warning-plus-rule-error',
     "$ npx @redocly/cli lint api/openapi.yaml\n[1] api/openapi.yaml:41:11 at #/paths/~1pets/get/responses/200/content/application~1json/schema\n\nCan't resolve $ref: Failed to load https://schemas.example.org/common/pet.yaml: 503 Service Unavailable\n\nWarning was generated by the no-unresolved-refs rule.\n\n[2] api/openapi.yaml:77:5 at #/paths/~1pets~1{petId}/delete\n\nOperation must have at least one `4XX` response.\n\nError was generated by the operation-4xx-response rule.\n\n❌ Validation failed with 1 error and 1 warning.\n##[error]Process completed with exit code 1.\n"),
    # guard: graphql-inspector's failing verdict
    ('inspector-breaking-guard',
     '$ npx graphql-inspector diff schema.main.graphql schema.graphql\n✖  Type Review was removed\n[error] Detected 1 breaking change\n##[error]Process completed with exit code 1.\n'),
    # guard: a lint rule error and a failing test
    ('redocly-lint-continue-then-test-fail',
     '$ npx @redocly/cli lint api/openapi.yaml; npm test\nError was generated by the operation-4xx-response rule.\n\n❌ Validation failed with 1 error.\n FAIL  src/pets.test.ts\n  ● pets › lists\n    expect(received).toBe(expected)\n    Expected: 3\n    Received: 2\nTests:       1 failed, 9 passed, 10 total\n##[error]Process completed with exit code 1.\n'),
    # guard: Rover's failed operation checks on the proposed schema
    ('rover-e043-guard',
     '$ rover subgraph check shopfront@current --name catalog --schema ./catalog.graphql\nerror[E043]: The changes in the schema you proposed caused operation checks to fail.\n##[error]Process completed with exit code 1.\n'),
    # guard: rustc's four-digit error code is not Rover's
    ('rustc-e0308-not-rover',
     '   Compiling api v0.1.0 (/home/runner/work/api)\nerror[E0308]: mismatched types\n --> src/main.rs:4:18\nerror: could not compile `api` (bin "api") due to 1 previous error\n##[error]Process completed with exit code 1.\n'),
    # one schema clear, the other's breaking changes found on the same line: a finding
    ('compat-two-schemas-one-line',
     '$ ./gradlew apiCompat\nAPI compatibility: users-api: no breaking changes detected; orders-api: 2 breaking changes found\n> Task :apiCompat FAILED\nBUILD FAILED in 12s\n##[error]Process completed with exit code 1.\n'),
    # guard: one schema clear, the next line another's breaking changes
    ('compat-two-schemas-two-lines',
     '$ ./gradlew apiCompat\nusers-api: No breaking changes detected\norders-api: Breaking changes detected in OrderService.total()\n> Task :apiCompat FAILED\nBUILD FAILED in 12s\n##[error]Process completed with exit code 1.\n'),
    # guard: a breaking change failed the job; a notification's 503 after it
    ('inspector-breaking-then-slack-503',
     '$ npx graphql-inspector diff schema.main.graphql schema.graphql\n✖  Type Review was removed\n[error] Detected 1 breaking change\n##[error]Process completed with exit code 1.\nPost job cleanup.\n$ curl -fsS -X POST https://hooks.slack.example.com/services/T0/B0/x\ncurl: (22) The requested URL returned error: 503\n'),
    # guard: oasdiff with --fail-on ERR and an error-level change
    ('oasdiff-fail-on-guard',
     "$ oasdiff breaking base.yaml api/openapi.yaml --fail-on ERR\n1 changes: 1 error, 0 warning, 0 info\nerror\t[response-property-removed] at api/openapi.yaml\n\tin API GET /pets\n\t\tremoved the property 'name'\n##[error]Process completed with exit code 1.\n"),
    # (xfail19, was LEFT, read transient 0.9 by transient-wording's 'timed out') the registry the job started on loopback
    # timing out: its own Kafka or config, not surely an outage; transient-wording now passes the registry client's
    # code line over (schema-registry-server-error-code reads it and steps aside for a loopback registry)
    ('sr-loopback-compose-50002',
     '$ docker compose -f ci/kafka.yml up -d broker schema-registry\n Container ci-broker-1  Started\n Container ci-schema-registry-1  Started\n$ mvn -B io.confluent:kafka-schema-registry-maven-plugin:register -DschemaRegistryUrls=http://localhost:8081\n[INFO] --- kafka-schema-registry-maven-plugin:7.6.1:register (default-cli) @ orders-events ---\n[ERROR] Exception thrown while processing orders.placed-value\nio.confluent.kafka.schemaregistry.client.rest.exceptions.RestClientException: Register operation timed out; error code: 50002\n[INFO] BUILD FAILURE\n[ERROR] Failed to execute goal io.confluent:kafka-schema-registry-maven-plugin:7.6.1:register (default-cli) on project orders-events: Execution default-cli of goal io.confluent:kafka-schema-registry-maven-plugin:7.6.1:register failed: One or more exceptions were encountered. -> [Help 1]\n##[error]Process completed with exit code 1.\n'),
]

TRANSIENT: list[tuple[str, str]] = [
    # guard: a shared remote registry without a known leader: an election at that moment
    ('sr-remote-50004-guard',
     '$ mvn -B io.confluent:kafka-schema-registry-maven-plugin:register -DschemaRegistryUrls=https://registry.data.example.com\n[INFO] --- kafka-schema-registry-maven-plugin:7.6.1:register (default-cli) @ orders-events ---\n[ERROR] Exception thrown while processing orders.placed-value\nio.confluent.kafka.schemaregistry.client.rest.exceptions.RestClientException: Leader not known.; error code: 50004\n[INFO] BUILD FAILURE\n[ERROR] Failed to execute goal io.confluent:kafka-schema-registry-maven-plugin:7.6.1:register (default-cli) on project orders-events: Execution default-cli of goal io.confluent:kafka-schema-registry-maven-plugin:7.6.1:register failed: One or more exceptions were encountered. -> [Help 1]\n##[error]Process completed with exit code 1.\n'),
    # guard: the only error is a remote $ref whose host answered 503
    ('ref-503-guard',
     "$ npx @redocly/cli lint api/openapi.yaml\n[1] api/openapi.yaml:41:11 at #/paths/~1pets/get/responses/200/content/application~1json/schema\n\nCan't resolve $ref: Failed to load https://schemas.example.org/common/pet.yaml: 503 Service Unavailable\n\nError was generated by the no-unresolved-refs rule.\n\n❌ Validation failed with 1 error.\n##[error]Process completed with exit code 1.\n"),
    # oasdiff changelog without --fail-on exits 0 (a report); the job failed on npm's timeout
    ('oasdiff-changelog-warn-only-then-npm-timeout',
     '$ oasdiff changelog base.yaml api/openapi.yaml\n3 changes: 1 error, 1 warning, 1 info\nerror\t[api-path-removed-without-deprecation] at base.yaml\n\tin API GET /pets/{petId}/vaccinations\n\t\tapi path removed without deprecation\n\n$ npm ci\nnpm ERR! code ETIMEDOUT\nnpm ERR! errno ETIMEDOUT\nnpm ERR! network request to https://registry.npmjs.org/yaml failed, reason: connect ETIMEDOUT 104.16.1.35:443\n##[error]Process completed with exit code 1.\n'),
    # a changelog bullet quoting the registry's message; the job failed on a 503 from the repository
    ('changelog-incompatible-then-outage',
     "$ cat CHANGELOG.md | head -8\n## 2.4.0\n### Fixed\n* Registry client: Schema being registered is incompatible with an earlier schema for subject errors now list the details (#412)\n$ ./gradlew publish\n> Task :publish FAILED\nCould not PUT 'https://maven.example.org/releases/com/example/client/2.4.0/client-2.4.0.jar'. Received status code 503 from server: Service Unavailable\nBUILD FAILED in 41s\n##[error]Process completed with exit code 1.\n"),
    # 'Detected 0 breaking changes' is an all-clear; the job failed on a registry's 503
    ('zero-breaking-then-outage',
     '$ ./scripts/check-api.sh\nDetected 0 breaking changes\n$ docker push ghcr.io/example/pets:sha-1a2b3c\nreceived unexpected HTTP status: 503 Service Unavailable\n##[error]Process completed with exit code 1.\n'),
    # guard: graphql-inspector under || true, then a webhook timeout
    ('inspector-report-nonblocking-then-outage',
     '$ npx graphql-inspector diff schema.main.graphql schema.graphql || true\nDetected the following changes (1) between schemas:\n✖  Field legacySku was removed from object type Product\n[error] Detected 1 breaking change\n$ curl -fsS -X POST https://hooks.example.org/deploy\ncurl: (28) Operation timed out after 30001 milliseconds with 0 bytes received\n##[error]Process completed with exit code 1.\n'),
    # guard: a lint rule error under || true, then a registry 503 on push
    ('redocly-lint-or-true-then-push-503',
     '$ npx @redocly/cli lint api/openapi.yaml || true\n[1] api/openapi.yaml:77:5 at #/paths/~1pets~1{petId}/delete\n\nOperation must have at least one `4XX` response.\n\nError was generated by the operation-4xx-response rule.\n\n❌ Validation failed with 1 error.\n$ docker push ghcr.io/example/pets:sha-1a2b3c\nreceived unexpected HTTP status: 503 Service Unavailable\n##[error]Process completed with exit code 1.\n'),
    # guard: AsyncAPI's bare message, then the resolver's EAI_AGAIN that says why
    ('asyncapi-then-dns',
     '$ asyncapi validate https://specs.example.org/events/asyncapi.yaml\nError loading spec from URL: Failed to download https://specs.example.org/events/asyncapi.yaml.\nFetchError: request to https://specs.example.org/events/asyncapi.yaml failed, reason: getaddrinfo EAI_AGAIN specs.example.org\n##[error]Process completed with exit code 1.\n'),
    # guard: AsyncAPI's message with a reset on the same line
    ('asyncapi-same-line-reset',
     '$ asyncapi validate https://specs.example.org/events/asyncapi.yaml\nerror loading AsyncAPI document from url: Failed to download https://specs.example.org/events/asyncapi.yaml. Error: read ECONNRESET\n##[error]Process completed with exit code 1.\n'),
    # guard: graphql-inspector's all-clear, then a registry's 502
    ('compat-all-clear-then-outage',
     '$ npx graphql-inspector diff schema.main.graphql schema.graphql\nsuccess No breaking changes detected\n$ docker push ghcr.io/example/pets:sha-1a2b3c\nreceived unexpected HTTP status: 502 Bad Gateway\n##[error]Process completed with exit code 1.\n'),
    # guard: Envoy's upstream reset relayed through the client's unparsable body: the proxy lost the registry
    ('sr-envoy-reset-50005',
     "[INFO] --- kafka-schema-registry-maven-plugin:7.6.1:register (default-cli) @ orders-events ---\n[ERROR] Exception thrown while processing orders.placed-value\nio.confluent.kafka.schemaregistry.client.rest.exceptions.RestClientException: Unable to parse error message from schema registry: '(upstream connect error or disconnect/reset before headers. reset reason: connection termination)'; error code: 50005\n[INFO] BUILD FAILURE\n[ERROR] Failed to execute goal io.confluent:kafka-schema-registry-maven-plugin:7.6.1:register (default-cli) on project orders-events: Execution default-cli of goal io.confluent:kafka-schema-registry-maven-plugin:7.6.1:register failed: One or more exceptions were encountered. -> [Help 1]\n##[error]Process completed with exit code 1.\n"),
    # guard: Rover could not reach a remote subgraph URL while resolving the config: an outage at that moment
    ('rover-e038-request-cause',
     "$ rover supergraph compose --config ./supergraph.yaml\nresolving SDL for subgraphs defined in ./supergraph.yaml\nerror[E038]: Encountered 1 build error while trying to build a supergraph.\n\nCaused by:\n    E028: error sending request for url (https://catalog.staging.example.com/graphql) while resolving the schema for the 'catalog' subgraph\n##[error]Process completed with exit code 1.\n"),
]

NOT_SURELY_TRANSIENT: list[tuple[str, str]] = [
    # a Testcontainers registry the test started failed writing its own Kafka store: not surely a blip
    ('sr-testcontainers-50001',
     '[INFO] Running com.example.orders.OrderSerdeIT\n12:00:01.204 INFO  tc.confluentinc/cp-schema-registry:7.6.1 - Container confluentinc/cp-schema-registry:7.6.1 started in PT9.8S\n[ERROR] Tests run: 3, Failures: 0, Errors: 1, Skipped: 0, Time elapsed: 14.2 s <<< FAILURE! -- in com.example.orders.OrderSerdeIT\n[ERROR] com.example.orders.OrderSerdeIT.registersPlacedOrder -- Time elapsed: 2.1 s <<< ERROR!\norg.apache.kafka.common.errors.SerializationException: Error registering Avro schema\nCaused by: io.confluent.kafka.schemaregistry.client.rest.exceptions.RestClientException: Register schema operation failed while writing to the Kafka store; error code: 50001\n[ERROR] Tests run: 3, Failures: 0, Errors: 1, Skipped: 0\n[INFO] BUILD FAILURE\n##[error]Process completed with exit code 1.\n'),
    # the $ref host is the job's own server on localhost answering 500: the app under change
    ('ref-own-server-500',
     "$ node dist/server.js &\n$ npx wait-on http://localhost:3000/health\n$ npx @redocly/cli lint api/openapi.yaml\nvalidating api/openapi.yaml...\n[1] api/openapi.yaml:41:11 at #/components/schemas/Pet\n\nCan't resolve $ref: Failed to load http://localhost:3000/schemas/pet.json: 500 Internal Server Error\n\nError was generated by the no-unresolved-refs rule.\n\n❌ Validation failed with 1 error.\n##[error]Process completed with exit code 1.\n"),
    # the $ref host is a loopback service the job started: its 502 is not surely an outage
    ('ref-compose-service-502',
     "$ docker compose up -d schemas\n$ npx @redocly/cli lint api/openapi.yaml\n[1] api/openapi.yaml:12:9 at #/components/schemas/Order\n\nCan't resolve $ref: Failed to load http://127.0.0.1:8080/order.yaml: 502 Bad Gateway\n\nError was generated by the no-unresolved-refs rule.\n\n❌ Validation failed with 1 error.\n##[error]Process completed with exit code 1.\n"),
    # AsyncAPI's message alone hides the status (a 404 as a 503): not surely transient
    ('asyncapi-404-guard',
     '$ asyncapi validate https://specs.example.org/events/asyncapi-v9.yaml\nerror loading AsyncAPI document from url: Failed to download https://specs.example.org/events/asyncapi-v9.yaml.\n##[error]Process completed with exit code 1.\n'),
]

LEFT: list[tuple[str, str, str]] = [
    # LEFT (reads unknown 0.61): http-5xx reads Redocly's 'Failed to load ...: 503' line (the section's entries step aside); the codegen failure does not outweigh it; right: a task runner's codegen failed on its own document beside the lint's remote $ref outage: the codegen's failure recurs
    ('ref-503-then-nx-codegen', 'real',
     '> nx run api:lint\n\n[1] api/openapi.yaml:41:11 at #/paths/~1pets/get/responses/200/content/application~1json/schema\n\nCan\'t resolve $ref: Failed to load https://schemas.example.org/common/pet.yaml: 503 Service Unavailable\n\nError was generated by the no-unresolved-refs rule.\n\n❌ Validation failed with 1 error.\n\n> nx run web:codegen\n\n✖ GraphQL Document Validation failed with 2 errors;\n  Error 0: Cannot query field "legacySku" on type "Product".\n\n NX   Running target lint codegen for 2 projects failed\n##[error]Process completed with exit code 1.\n'),
]



def test_unique_ids() -> None:
    assert_unique_ids(REAL, TRANSIENT, NOT_SURELY_TRANSIENT, LEFT)


@pytest.mark.parametrize("log", logs(REAL))
def test_reads_real(log: str) -> None:
    reads(log, "real")


@pytest.mark.parametrize("log", logs(TRANSIENT))
def test_reads_transient(log: str) -> None:
    reads(log, "transient")


@pytest.mark.parametrize("log", logs(NOT_SURELY_TRANSIENT))
def test_not_surely_transient(log: str) -> None:
    not_surely_transient(log)


@pytest.mark.xfail(strict=True, reason="left: see the comment above each LEFT case")
@pytest.mark.parametrize(("want", "log"), labelled(LEFT))
def test_left(want: str, log: str) -> None:
    reads(log, want)
