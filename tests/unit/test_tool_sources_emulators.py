"""Eighteenth round, tool sources: local emulators and test doubles that CI jobs start for their tests.

Covered (what the thirteenth round's device-farm and emulator file, the services file, the API/contract
file and the identity/mail file do not already hold): the Firebase Local Emulator Suite under
``firebase emulators:exec`` (the emulator jar's download checked for size and checksum, the Java version
floor, an emulator name or an import directory that is not there, the Functions emulator's discovery of
the functions' code), the gcloud emulators (Datastore, Firestore, Bigtable, Spanner: a flag the command does
not take, the component manager of a package-managed SDK, the emulator's gRPC endpoint while it starts),
DynamoDB Local run from its jar, the Azure Cosmos DB emulator (its slow start, its self-signed
certificate), LocalStack's CLI (``localstack start``/``wait``), WireMock's verification and its empty
stub registry and fixed-port start, MockServer's count and sequence verifications, Prism's unresolved
routes and validation errors, json-server (v1's CLI), fake-gcs-server, ElasticMQ and the Selenium Grid's
session queue; and a published port the job bound twice.

Each case is a short log written for this test around one message as the tool prints it. The wording was
read from the tools' source (the comment above each case names the repository and file holding the
format string): firebase/firebase-tools, localstack/localstack (the CLI's module as it stood before it
moved out of the repository), wiremock/wiremock, mock-server/mockserver, stoplightio/prism,
typicode/json-server, fsouza/fake-gcs-server, softwaremill/elasticmq, SeleniumHQ/selenium (the grid's
distributor and session queue, read through the code index). DynamoDB Local and the Cosmos DB emulator
are closed: their wording rests on their documentation and on the open SDKs that relay their answers; the
gcloud emulator commands' wording rests on Google's documentation and on published gcloud output. Hosts,
projects, queues and paths are made up; no project's CI log is copied.

The rules the cases hold:
  * the emulator's download cut short (a jar smaller than its manifest says, a connection reset or a 5xx
    on the download), an emulator or a grid that did not answer in time while it started (a gRPC
    UNAVAILABLE from an emulator still starting, the Cosmos DB emulator's 503 during its start, a grid's
    new-session queue that timed out with every slot busy, ``localstack wait`` running out while the
    container starts), a published port held by something else on a shared Docker host -> transient;
  * a persistent cause: Java too old or missing (DynamoDB Local's native libraries missing), a flag or an
    emulator name the tool does not know, a downloaded jar whose checksum does not match the pin, an
    import directory or a data file that is not there, Docker missing, the SDK's component manager
    disabled, the Cosmos DB emulator's certificate not trusted, a request the mock did not expect
    (WireMock's and MockServer's verifications, an empty stub registry, Prism's "no path matched" and
    its validation errors), a queue, table, bucket or Spanner instance the tests never created, capabilities
    no grid node offers, a port the job itself published twice -> real;
  * near-misses: a test about a port-taken message that fails on its assertion, an application's own log
    line naming an emulator, a package named after a test double -> real;
  * wordings printed both for an outage and for a persistent cause (the Functions emulator's discovery
    that timed out: slow code loading on a busy runner, or a module that hangs at import; a function that
    timed out inside the emulator; a LocalStack container of the same name already running) -> not
    surely transient.
"""

from __future__ import annotations

import pytest
from judging import assert_unique_ids, labelled, logs, not_surely_transient, reads

_GHA = "##[error]Process completed with exit code 1.\n"
_CIRCLE = "\nExited with code exit status 1\n"
_GL = "ERROR: Job failed: exit code 1\n"

_FB_EXEC = ("+ npx firebase emulators:exec --only firestore,auth --project demo-shop 'npm test'\n"
            "i  emulators: Starting emulators: auth, firestore\n")
_MVN_END = ("[ERROR] Tests run: 14, Failures: 1, Errors: 0, Skipped: 0\n"
            "[ERROR] Failed to execute goal org.apache.maven.plugins:maven-surefire-plugin:3.2.5:test "
            "(default-test) on project orders: There are test failures.\n")
_PYTEST_END = "========================= 1 failed, 11 passed in 6.31s =========================\n"

CASES: list[tuple[str, str, str]] = [
    # ================================================================== Firebase Local Emulator Suite
    # firebase/firebase-tools src/downloadUtils.ts validateSize ("download failed, expected %d bytes but got
    # %d"): the jar came down short, the transfer cut off
    ("firebase-emulator-jar-size-short", "transient",
     _FB_EXEC +
     "i  firestore: downloading cloud-firestore-emulator-v1.22.0.jar...\n"
     "Progress: ========================>                                 (38% of 137MB)\n"
     "Error: download failed, expected 136707194 bytes but got 52428800\n" + _GHA),
    # src/apiv2.ts ("Failed to make request to %s") under src/emulator/download.ts's "downloading %s...":
    # the storage host reset the connection
    ("firebase-emulator-jar-download-reset", "transient",
     _FB_EXEC +
     "i  database: downloading firebase-database-emulator-v4.11.2.jar...\n"
     "Error: Failed to make request to https://storage.googleapis.com/firebase-preview-drop/emulator/"
     "firebase-database-emulator-v4.11.2.jar\n"
     "Caused by: FetchError: request to https://storage.googleapis.com/firebase-preview-drop/emulator/"
     "firebase-database-emulator-v4.11.2.jar failed, reason: read ECONNRESET\n" + _GHA),
    # src/downloadUtils.ts validateChecksum ("download failed, expected checksum %s but got %s"), after the
    # size matched: a different file at the pinned address (a proxy's page, a replaced object), every run
    ("firebase-emulator-jar-checksum-mismatch", "real",
     _FB_EXEC +
     "i  storage: downloading cloud-storage-rules-runtime-v1.1.3.jar...\n"
     "Error: download failed, expected checksum 6b1f0c2d9a8e7f3b4c5d6e7f8a9b0c1d but got "
     "0e4d7c3a9b2f1e8d6c5b4a3f2e1d0c9b\n" + _GHA),
    # src/emulator/commandUtils.ts (JAVA_DEPRECATION_WARNING "firebase-tools no longer supports Java version
    # before 21. Please install a JDK at version 21 or above to get a compatible runtime.")
    ("firebase-emulators-java-too-old", "real",
     _FB_EXEC +
     "Error: firebase-tools no longer supports Java version before 21. Please install a JDK at version 21 "
     "or above to get a compatible runtime.\n" + _GHA),
    # src/emulator/controller.ts ("No emulators to start, run firebase init emulators to get started.")
    ("firebase-emulators-none-to-start", "real",
     "+ npx firebase emulators:exec --project demo-shop 'npm test'\n"
     "⚠  Could not find config (firebase.json) so using defaults.\n"
     "Error: No emulators to start, run firebase init emulators to get started.\n" + _CIRCLE),
    # src/emulator/controller.ts ("%s is not a valid emulator name, valid options are: %s")
    ("firebase-emulators-invalid-name", "real",
     "+ npx firebase emulators:exec --only firestore,pubsubs --project demo-shop 'npm test'\n"
     "Error: pubsubs is not a valid emulator name, valid options are: [\"auth\",\"functions\",\"firestore\","
     "\"database\",\"hosting\",\"pubsub\",\"storage\",\"eventarc\"]\n" + _GHA),
    # src/emulator/controller.ts findExportMetadata ('Directory "%s" does not exist.') for --import
    ("firebase-emulators-import-dir-missing", "real",
     "+ npx firebase emulators:exec --import=./emulator-seed --project demo-shop 'npm test'\n"
     "Error: Directory \"./emulator-seed\" does not exist.\n" + _GHA),
    # src/emulator/functionsEmulator.ts ("Failed to load function definition from source: %s") with
    # src/deploy/functions/runtimes/discovery/index.ts ("User code failed to load. Cannot determine backend
    # specification.") and the module the functions' code imports but does not declare
    ("firebase-functions-load-missing-module", "real",
     _FB_EXEC +
     "i  functions: Watching \"/home/ci/app/functions\" for Cloud Functions...\n"
     "⬢  functions: Failed to load function definition from source: FirebaseError: User code failed to load. "
     "Cannot determine backend specification.\n"
     "Error: Cannot find module 'stripe'\n"
     "Require stack:\n- /home/ci/app/functions/lib/index.js\n"
     "Error: Script \"npm test\" exited with code 1\n" + _GHA),
    # near-miss: a test ABOUT the port-taken message (portUtils.ts "Could not start %s, port taken.") that
    # fails on its own assertion
    ("firebase-test-about-port-taken", "real",
     "+ npx jest test/emulatorLauncher.test.ts\n"
     " FAIL  test/emulatorLauncher.test.ts\n"
     "  ● launcher › reports a busy port\n\n"
     "    expect(received).toThrow(expected)\n\n"
     "    Expected substring: \"Could not start Firestore Emulator, port taken.\"\n"
     "    Received message:   \"Could not start Firestore Emulator\"\n\n"
     "Tests:       1 failed, 17 passed, 18 total\n" + _GHA),
    # ================================================================== gcloud emulators
    # gcloud's argparse ("unrecognized arguments: %s") on an emulator start command (docs: cloud.google.com
    # /sdk/gcloud/reference/beta/emulators/datastore/start; the flag is --host-port)
    ("gcloud-datastore-emulator-unrecognized-flag", "real",
     "+ gcloud beta emulators datastore start --project=acme-test --port=8081 --no-store-on-disk\n"
     "ERROR: (gcloud.beta.emulators.datastore.start) unrecognized arguments: --port=8081\n\n"
     "To search the help text of gcloud commands, run:\n"
     "  gcloud help -- SEARCH_TERMS\n" + _GHA),
    # gcloud's updater on a package-managed SDK ("You cannot perform this action because the Google Cloud CLI
    # component manager is disabled for this installation."), as documented and printed for any component
    ("gcloud-firestore-emulator-component-manager-disabled", "real",
     "+ gcloud emulators firestore start --host-port=0.0.0.0:8080\n"
     "ERROR: (gcloud.emulators.firestore.start) You cannot perform this action because the Google Cloud CLI "
     "component manager is disabled for this installation. You can run the following command to achieve the "
     "same result for this installation:\n\n"
     "sudo apt-get install google-cloud-cli-firestore-emulator\n" + _GHA),
    # grpc-go's status text under the Bigtable Go client while cbtemulator (bigtable/cmd/emulator) is still
    # starting in the background: the connection refused on the emulator's port
    ("bigtable-emulator-unavailable-while-starting", "transient",
     "+ gcloud beta emulators bigtable start --host-port=localhost:8086 &\n"
     "+ BIGTABLE_EMULATOR_HOST=localhost:8086 go test ./internal/store/...\n"
     "--- FAIL: TestWriteRows (0.01s)\n"
     "    store_test.go:41: rpc error: code = Unavailable desc = connection error: desc = \"transport: Error "
     "while dialing: dial tcp 127.0.0.1:8086: connect: connection refused\"\n"
     "FAIL\tgithub.example.org/acme/ledger/internal/store\t0.214s\n" + _GHA),
    # the Spanner emulator's answer (a gRPC NOT_FOUND "Instance not found") for an instance the tests never
    # created on it (docs: cloud.google.com/spanner/docs/emulator)
    ("spanner-emulator-instance-not-found", "real",
     "+ docker run -d -p 9010:9010 gcr.io/cloud-spanner-emulator/emulator:1.5.24\n"
     "+ SPANNER_EMULATOR_HOST=localhost:9010 pytest tests/integration\n"
     "tests/integration/test_orders.py::test_insert_order FAILED\n"
     "E   google.api_core.exceptions.NotFound: 404 Instance not found: projects/acme-test/instances/test-instance\n"
     + _PYTEST_END + _GHA),
    # ================================================================== DynamoDB Local (closed: docs)
    # docs.aws.amazon.com DynamoDBLocal.DownloadingAndRunning (java -Djava.library.path=./DynamoDBLocal_lib
    # -jar DynamoDBLocal.jar): the native sqlite4java library not found beside the jar, every run
    ("dynamodb-local-sqlite4java-missing", "real",
     "+ java -Djava.library.path=./lib -jar DynamoDBLocal.jar -inMemory -port 8000\n"
     "Initializing DynamoDB Local with the following configuration:\n"
     "Port:\t8000\nInMemory:\ttrue\n"
     "com.almworks.sqlite4java.SQLiteException: [-91] cannot load library: java.lang.UnsatisfiedLinkError: "
     "no sqlite4java-linux-amd64 in java.library.path: /usr/java/packages/lib:/usr/lib64:/lib64\n"
     + _GHA),
    # the same page's download of the archive: the connection reset mid-transfer
    ("dynamodb-local-archive-download-reset", "transient",
     "+ curl -fsSL -o dynamodb_local_latest.tar.gz https://d1ni2b6xgvw0s0.cloudfront.net/v2.x/"
     "dynamodb_local_latest.tar.gz\n"
     "curl: (56) Recv failure: Connection reset by peer\n" + _GHA),
    # DynamoDB's ValidationException as DynamoDB Local answers it: the item the code wrote lacks its key
    ("dynamodb-local-validation-missing-key", "real",
     "tests/test_repo.py::test_put_order FAILED\n"
     "E   botocore.exceptions.ClientError: An error occurred (ValidationException) when calling the PutItem "
     "operation: One or more parameter values were invalid: Missing the key pk in the item\n"
     + _PYTEST_END + _GHA),
    # ================================================================== Azure Cosmos DB emulator (closed: docs)
    # learn.microsoft.com/azure/cosmos-db/emulator (the emulator answers 503 while its partitions start) as the
    # .NET SDK relays it
    ("cosmos-emulator-503-while-starting", "transient",
     "  Failed OrdersRepositoryTests.CreatesOrder [2 s]\n"
     "  Error Message:\n"
     "   Microsoft.Azure.Cosmos.CosmosException : Response status code does not indicate success: "
     "ServiceUnavailable (503); Substatus: 0; ActivityId: 3f2c1b0a-7e6d-4c5b-9a8f-1e2d3c4b5a69; Reason: "
     "(Service is currently unavailable. More info: https://aka.ms/cosmosdb-tsg-service-unavailable);\n"
     "Failed!  - Failed:     1, Passed:    40, Skipped:     0, Total:    41, Duration: 12 s\n" + _GHA),
    # the same docs (export the emulator's certificate and trust it): the .NET HttpClient refusing the
    # self-signed certificate, every run until the job installs it
    ("cosmos-emulator-certificate-untrusted", "real",
     "  Failed OrdersRepositoryTests.CreatesOrder [310 ms]\n"
     "  Error Message:\n"
     "   System.Net.Http.HttpRequestException : The SSL connection could not be established, see inner "
     "exception.\n"
     "---- System.Security.Authentication.AuthenticationException : The remote certificate is invalid because "
     "of errors in the certificate chain: UntrustedRoot\n"
     "Failed!  - Failed:     1, Passed:    40, Skipped:     0, Total:    41, Duration: 3 s\n" + _GHA),
    # ================================================================== LocalStack CLI
    # localstack/localstack localstack-core/localstack/cli/localstack.py cmd_wait (CLIError("timeout") printed
    # as "❌ Error: timeout" by cli/exceptions.py) while the container is still starting
    ("localstack-wait-timeout", "transient",
     "+ localstack start -d\n"
     "     __                     _______ __             __\n"
     "💻 LocalStack CLI 3.4.0\n"
     "[12:00:01] starting LocalStack in Docker mode 🐳\n"
     "           container started 🚀\n"
     "+ localstack wait -t 60\n"
     "❌ Error: timeout\n" + _GHA),
    # same file ("Docker could not be found on the system.\nPlease make sure that you have a working docker
    # environment on your machine.")
    ("localstack-docker-not-found", "real",
     "+ localstack start -d\n"
     "❌ Error: Docker could not be found on the system.\n"
     "Please make sure that you have a working docker environment on your machine.\n" + _GL),
    # same file ("It appears you have a light install of localstack which only supports running in docker.")
    ("localstack-light-install-host-mode", "real",
     "+ localstack start --host\n"
     "❌ Error: It appears you have a light install of localstack which only supports running in docker.\n"
     "If you would like to use --host, please install localstack with Python using `pip install "
     "localstack[runtime]` instead.\n" + _GHA),
    # Docker's "port is already allocated" for LocalStack's edge port on a shared Docker host (a CI machine's
    # daemon shared with other jobs; no earlier publish of the port in this job)
    ("localstack-port-allocated-shared-host", "transient",
     "$ docker run -d --name ls-$CI_JOB_ID -p 4566:4566 localstack/localstack:3.4\n"
     "docker: Error response from daemon: driver failed programming external connectivity on endpoint "
     "ls-81234 (9d2c7a1b): Bind for 0.0.0.0:4566 failed: port is already allocated.\n" + _GL),
    # the same Docker error where the job itself published the port a few lines above (its own first
    # container still holds it): the job bound the port twice, every run alike
    ("docker-port-published-twice-by-job", "real",
     "+ docker run -d --name localstack -p 4566:4566 localstack/localstack:3.4\n"
     "5b7e2c9d1a3f\n"
     "+ docker run -d --name localstack-s3 -p 4566:4566 localstack/localstack:3.4\n"
     "docker: Error response from daemon: driver failed programming external connectivity on endpoint "
     "localstack-s3 (a1c2e3d4): Bind for 0.0.0.0:4566 failed: port is already allocated.\n" + _GHA),
    # ================================================================== WireMock
    # wiremock/wiremock wiremock-core .../client/VerificationException.java ("Expected at least one request
    # matching: %s\nRequests received: %s")
    ("wiremock-expected-at-least-one-request", "real",
     "[ERROR] notifiesCarrier  Time elapsed: 0.52 s  <<< FAILURE!\n"
     "com.github.tomakehurst.wiremock.client.VerificationException: Expected at least one request matching: {\n"
     "  \"url\" : \"/carrier/v2/notify\",\n  \"method\" : \"POST\"\n}\n"
     "Requests received: [ ]\n"
     "\tat com.github.tomakehurst.wiremock.client.WireMock.verifyThat(WireMock.java:781)\n" + _MVN_END + _GHA),
    # same file ("Expected exactly %d requests matching the following pattern but received %d:\n%s")
    ("wiremock-expected-exactly-n-requests", "real",
     "[ERROR] retriesOnce  Time elapsed: 0.61 s  <<< FAILURE!\n"
     "com.github.tomakehurst.wiremock.client.VerificationException: Expected exactly 2 requests matching the "
     "following pattern but received 3:\n"
     "{\n  \"url\" : \"/payments\",\n  \"method\" : \"POST\"\n}\n"
     "\tat com.github.tomakehurst.wiremock.client.WireMock.verifyThat(WireMock.java:790)\n" + _MVN_END + _GHA),
    # wiremock-core .../http/NotMatchedRenderer ("No response could be served as there are no stub mappings in
    # this WireMock instance."): the stubs were never loaded (a mappings directory the job did not mount)
    ("wiremock-no-stub-mappings", "real",
     "+ docker run -d -p 8089:8080 -v $PWD/stubs:/home/wiremock wiremock/wiremock:3.5.4\n"
     "tests/test_carrier.py::test_quote FAILED\n"
     "E   carrier.errors.CarrierError: 404 from http://localhost:8089/quotes: No response could be served as "
     "there are no stub mappings in this WireMock instance.\n"
     + _PYTEST_END + _GHA),
    # wiremock-jetty .../JettyHttpServer.java (FatalStartupException wrapping the bind failure) where the test
    # class starts a second server on the fixed port its first still holds: the job bound the port twice
    ("wiremock-fixed-port-bound-twice-in-job", "real",
     "[INFO] Running com.example.carrier.QuotesIT\n"
     "10:14:07.118 [main] INFO  wiremock.org.eclipse.jetty.server.AbstractConnector -- Started "
     "ServerConnector@5b2f1c3a{HTTP/1.1, (http/1.1, h2c)}{0.0.0.0:8089}\n"
     "10:14:07.120 [main] INFO  wiremock.org.eclipse.jetty.server.Server -- Started Server@4e1d422d{STARTING}"
     "[11.0.20,sto=1000] @1841ms\n"
     "[INFO] Running com.example.carrier.LabelsIT\n"
     "[ERROR] com.example.carrier.LabelsIT  Time elapsed: 0.2 s  <<< ERROR!\n"
     "com.github.tomakehurst.wiremock.common.FatalStartupException: java.lang.RuntimeException: "
     "java.io.IOException: Failed to bind to /0.0.0.0:8089\n"
     "Caused by: java.net.BindException: Address already in use\n"
     "[ERROR] Tests run: 9, Failures: 0, Errors: 1, Skipped: 0\n" + _GHA),
    # wiremock-core .../extension/StaticExtensionLoader.java ("No suitable %s was found. Please ensure that the
    # classpath includes a WireMock extension that provides an %s implementation.")
    ("wiremock-no-suitable-extension", "real",
     "[ERROR] QuotesIT  Time elapsed: 0.3 s  <<< ERROR!\n"
     "com.github.tomakehurst.wiremock.common.FatalStartupException: No suitable HttpServerFactory was found. "
     "Please ensure that the classpath includes a WireMock extension that provides an HttpServerFactory "
     "implementation. See https://wiremock.org/docs/extending-wiremock/ for more information.\n"
     "[ERROR] Tests run: 1, Failures: 0, Errors: 1, Skipped: 0\n" + _GHA),
    # ================================================================== MockServer
    # mock-server/mockserver mockserver-core .../mock/HttpState.java ("Request not found %s, expected:<%s> but
    # was found %d time(s)")
    ("mockserver-found-wrong-number-of-times", "real",
     "[ERROR] sendsInvoiceOnce  Time elapsed: 0.7 s  <<< FAILURE!\n"
     "java.lang.AssertionError: Request not found exactly once, expected:<{\n"
     "  \"method\" : \"POST\",\n  \"path\" : \"/invoices\"\n}> but was found 2 times\n"
     "\tat org.mockserver.client.MockServerClient.verify(MockServerClient.java:390)\n" + _MVN_END + _GHA),
    # same file ("Request sequence not found, expected:<%s> but was:<%s>")
    ("mockserver-sequence-not-found", "real",
     "[ERROR] reservesThenCharges  Time elapsed: 0.8 s  <<< FAILURE!\n"
     "java.lang.AssertionError: Request sequence not found, expected:<[ {\n"
     "  \"path\" : \"/reserve\"\n}, {\n  \"path\" : \"/charge\"\n} ]> but was:<[ {\n"
     "  \"path\" : \"/charge\"\n}, {\n  \"path\" : \"/reserve\"\n} ]>\n"
     "\tat org.mockserver.client.MockServerClient.verify(MockServerClient.java:412)\n" + _MVN_END + _GHA),
    # ================================================================== Prism
    # stoplightio/prism packages/http/src/router/errors.ts (NO_PATH_MATCHED_ERROR "Route not resolved, no path
    # matched"): the client called a path the spec does not have
    ("prism-no-path-matched", "real",
     "[10:14:07 AM] › [HTTP SERVER] get /v2/orders/41 ℹ  info      Request received\n"
     "[10:14:07 AM] ›     [NEGOTIATOR] ✖  error     Route not resolved, no path matched\n"
     " FAIL  test/orders.contract.test.ts\n"
     "  ● orders client › fetches one order\n"
     "    expect(received).toBe(expected)\n"
     "    Expected: 200\n    Received: 404\n"
     "Tests:       1 failed, 12 passed, 13 total\n" + _GHA),
    # packages/http/src/mocker/errors.ts (UNPROCESSABLE_ENTITY "Request/Response not valid") with --errors: the
    # request the code sent breaks the contract
    ("prism-request-not-valid", "real",
     "[10:14:07 AM] ›     [VALIDATOR] ✖  error     Request body must have required property 'currency'\n"
     "[10:14:07 AM] › [HTTP SERVER] post /payments ✖  error     Request terminated with error: "
     "https://stoplight.io/prism/errors#UNPROCESSABLE_ENTITY: Request/Response not valid\n"
     " FAIL  test/payments.contract.test.ts\n"
     "  ● payments client › creates a payment\n"
     "    Error: Request failed with status code 422\n"
     "Tests:       1 failed, 12 passed, 13 total\n" + _GHA),
    # ================================================================== json-server
    # typicode/json-server src/bin.ts (parseArgs' ERR_PARSE_ARGS_UNKNOWN_OPTION printed up to its first period):
    # v1 dropped --watch and the job still passes it
    ("json-server-unknown-option", "real",
     "> mock-api\n> json-server --watch fixtures/db.json --port 3004\n\n"
     "Unknown option '--watch'\n"
     "Usage: json-server [options] <file>\n" + _GHA),
    # same file ("File %s not found")
    ("json-server-file-not-found", "real",
     "+ npx json-server fixtures/db.json --port 3004 &\n"
     "File fixtures/db.json not found\n"
     "+ npx wait-on http://localhost:3004 --timeout 30000\n"
     "Error: Timed out waiting for: http://localhost:3004\n" + _GHA),
    # ================================================================== fake-gcs-server
    # fsouza/fake-gcs-server main.go (config.Load's flag error through log.Fatal): a flag the server does not take
    ("fake-gcs-server-unknown-flag", "real",
     "+ docker run --rm -p 4443:4443 fsouza/fake-gcs-server:1.49 -scheme http -backend-dir /data\n"
     "flag provided but not defined: -backend-dir\n"
     "Usage of /bin/fake-gcs-server:\n"
     "  -backend string\n"
     "    \tstorage backend (memory or filesystem) (default \"filesystem\")\n" + _GHA),
    # the Go storage client (cloud.google.com/go/storage ErrBucketNotExist "storage: bucket doesn't exist")
    # against the fake: a bucket the tests never created
    ("fake-gcs-bucket-not-exist", "real",
     "--- FAIL: TestUploadAvatar (0.03s)\n"
     "    avatar_test.go:55: upload: storage: bucket doesn't exist\n"
     "FAIL\tgithub.example.org/acme/profile/internal/avatar\t0.118s\n" + _GHA),
    # ================================================================== ElasticMQ
    # softwaremill/elasticmq rest/rest-sqs .../SQSException.scala (nonExistentQueue "The specified queue does not
    # exist."), as the AWS SDK relays it
    ("elasticmq-queue-does-not-exist", "real",
     "tests/test_jobs.py::test_enqueue_report FAILED\n"
     "E   botocore.errorfactory.QueueDoesNotExist: An error occurred (AWS.SimpleQueueService.NonExistentQueue) "
     "when calling the SendMessage operation: The specified queue does not exist.\n"
     + _PYTEST_END + _GHA),
    # ================================================================== Selenium Grid
    # SeleniumHQ/selenium java/src/org/openqa/selenium/grid/sessionqueue/local/LocalNewSessionQueue.java ("New
    # session request timed out"): every slot busy or the node still registering, read through the code index
    ("selenium-grid-new-session-request-timed-out", "transient",
     "tests/e2e/test_checkout.py::test_checkout_as_guest ERROR\n"
     "E   selenium.common.exceptions.SessionNotCreatedException: Message: Could not start a new session. New "
     "session request timed out \n"
     "E   Host info: host: 'selenium-hub', ip: '172.18.0.3'\n"
     "========================= 1 error, 11 passed in 312.40s =========================\n" + _GHA),
    # .../grid/distributor/local/LocalDistributor.java ("No nodes support the capabilities in the request"): a
    # browser or version no node offers, every run
    ("selenium-grid-no-nodes-support-capabilities", "real",
     "[ERROR] CheckoutIT.setUp:28 » SessionNotCreated Could not start a new session. Response code 500. "
     "Message: Could not start a new session. No nodes support the capabilities in the request\n"
     "Host info: host: 'selenium-hub', ip: '172.18.0.3'\n"
     "Build info: version: '4.21.0', revision: '79ed462ef4'\n"
     "[ERROR] Tests run: 6, Failures: 0, Errors: 6, Skipped: 0\n" + _GHA),
    # ================================================================== more outages while a double starts
    # firebase-tools src/downloadUtils.ts downloadToTmp ("download failed, status %d: %s") with the storage
    # host's throttling answer
    ("firebase-emulator-jar-download-429", "transient",
     _FB_EXEC +
     "i  pubsub: downloading pubsub-emulator-0.8.14.zip...\n"
     "Error: download failed, status 429: Too Many Requests\n" + _CIRCLE),
    # gcloud's updater ("Failed to fetch component listing from server. Check your network settings and try
    # again.") when the emulator component is installed on the fly (docs: cloud.google.com/sdk/docs/components)
    ("gcloud-emulator-component-listing-fetch-failed", "transient",
     "+ gcloud components install beta pubsub-emulator --quiet\n"
     "ERROR: (gcloud.components.install) Failed to fetch component listing from server. Check your network "
     "settings and try again.\n" + _GHA),
    # google-api-core's ServiceUnavailable over grpc's "failed to connect to all addresses" while the Pub/Sub
    # emulator the job started in the background is still coming up
    ("pubsub-emulator-grpc-unavailable-while-starting", "transient",
     "+ gcloud beta emulators pubsub start --project=acme-test --host-port=localhost:8085 &\n"
     "+ PUBSUB_EMULATOR_HOST=localhost:8085 pytest tests/integration\n"
     "tests/integration/test_events.py::test_publish_order_created FAILED\n"
     "E   google.api_core.exceptions.ServiceUnavailable: 503 failed to connect to all addresses; last error: "
     "UNKNOWN: ipv4:127.0.0.1:8085: Failed to connect to remote host: Connection refused\n"
     + _PYTEST_END + _GHA),
    # mock-server/mockserver mockserver-client-java .../NettyHttpClient.java ("Unable to connect to socket %s")
    # while the MockServer container is still starting
    ("mockserver-unable-to-connect-to-socket", "transient",
     "[ERROR] InvoiceClientIT.setUp:33 » SocketConnection Unable to connect to socket "
     "mockserver/172.18.0.4:1080\n"
     "org.mockserver.client.SocketConnectionException: Unable to connect to socket mockserver/172.18.0.4:1080\n"
     "Caused by: io.netty.channel.AbstractChannel$AnnotatedConnectException: Connection refused: "
     "mockserver/172.18.0.4:1080\n"
     "[ERROR] Tests run: 5, Failures: 0, Errors: 5, Skipped: 0\n" + _GHA),
    # minio/mc cmd/alias-set.go ("Unable to initialize new alias from the provided credentials.") with the
    # connection refused: the MinIO service container not listening yet
    ("minio-mc-alias-refused-while-starting", "transient",
     "+ mc alias set local http://minio:9000 minioadmin minioadmin\n"
     "mc: <ERROR> Unable to initialize new alias from the provided credentials. Get "
     "\"http://minio:9000/probe-bsign-k2xq9v/?location=\": dial tcp 172.18.0.2:9000: connect: connection "
     "refused.\n" + _GL),
    # the same message with the server's signature refusal: wrong keys, every run
    ("minio-mc-alias-signature-mismatch", "real",
     "+ mc alias set local http://minio:9000 minioadmin wrong-secret\n"
     "mc: <ERROR> Unable to initialize new alias from the provided credentials. The request signature we "
     "calculated does not match the signature you provided. Check your key and signing method.\n" + _GL),
    # Docker's pull of the Cosmos DB emulator's image (mcr.microsoft.com) timing out on the registry
    ("cosmos-emulator-image-pull-timeout", "transient",
     "+ docker run -d -p 8081:8081 mcr.microsoft.com/cosmosdb/linux/azure-cosmos-emulator:latest\n"
     "Unable to find image 'mcr.microsoft.com/cosmosdb/linux/azure-cosmos-emulator:latest' locally\n"
     "docker: Error response from daemon: Get \"https://mcr.microsoft.com/v2/\": net/http: request canceled "
     "while waiting for connection (Client.Timeout exceeded while awaiting headers).\n" + _GHA),
    # Docker Hub's pull rate limit on the Azurite image
    ("azurite-image-pull-rate-limited", "transient",
     "$ docker run -d -p 10000:10000 mcr.example.org/mirror/azurite:3.30.0\n"
     "docker: Error response from daemon: toomanyrequests: You have reached your pull rate limit. You may "
     "increase the limit by authenticating and upgrading: https://www.docker.com/increase-rate-limit.\n" + _GL),
    # SeleniumHQ/selenium's Python bindings under urllib3 while the grid's hub container is still starting
    ("selenium-hub-refused-while-starting", "transient",
     "tests/e2e/test_login.py::test_login ERROR\n"
     "E   urllib3.exceptions.MaxRetryError: HTTPConnectionPool(host='selenium-hub', port=4444): Max retries "
     "exceeded with url: /session (Caused by NewConnectionError('<urllib3.connection.HTTPConnection object at "
     "0x7f3a2c1d0e50>: Failed to establish a new connection: [Errno 111] Connection refused'))\n"
     "========================= 1 error, 11 passed in 9.40s =========================\n" + _GHA),
    # Azure/Azurite's answer for a container the tests never created (StorageErrorFactory ContainerNotFound
    # "The specified container does not exist.")
    ("azurite-container-not-found", "real",
     " FAIL  test/uploads.int.test.ts\n"
     "  ● uploads › stores the avatar\n"
     "    RestError: The specified container does not exist.\n"
     "RequestId:5c1f0a2e-9d3b-4e7a-8f61-0b2c3d4e5f60\n"
     "Time:2026-05-04T10:14:07.120Z\n"
     "Tests:       1 failed, 5 passed, 6 total\n" + _GHA),
    # softwaremill/elasticmq .../QueueAttributesOps ('Unsupported attribute "%s" (failing on ElasticMQ)'): an
    # attribute the double does not emulate, every run
    ("elasticmq-unsupported-attribute", "real",
     "elasticmq-1  | 10:14:07.120 [elasticmq-pekko.actor.default-dispatcher-5] WARN  o.e.r.s.QueueAttributesOps - "
     "Unsupported attribute \"SqsManagedSseEnabled\" (failing on ElasticMQ)\n"
     "tests/test_jobs.py::test_create_queue FAILED\n"
     "E   botocore.exceptions.ClientError: An error occurred (InvalidAttributeName) when calling the "
     "CreateQueue operation: Unsupported attribute SqsManagedSseEnabled\n"
     + _PYTEST_END + _GHA),
    # ================================================================== near-misses
    # an application's own log line naming an emulator, above the test's assertion on the code's result
    ("app-log-mentions-emulator-then-assertion", "real",
     "2026-05-04 10:14:07 WARN storage: FIRESTORE_EMULATOR_HOST set, emulator not reachable yet, using cache\n"
     "tests/test_cart.py::test_total_includes_tax FAILED\n"
     "E       assert 107.0 == 107.5\n"
     + _PYTEST_END + _GHA),
    # near-miss for the short-download entry: a test ABOUT a downloader's size check, failing on its assertion
    ("test-about-download-size-check", "real",
     " FAIL  test/fetchJar.test.ts\n"
     "  ● fetchJar › rejects a short download\n\n"
     "    expect(received).rejects.toThrow(expected)\n\n"
     "    Expected substring: \"download failed, expected 2048 bytes but got 1024\"\n"
     "    Received message:   \"download failed\"\n\n"
     "Tests:       1 failed, 30 passed, 31 total\n" + _GHA),
    # near-miss for the port-bound-twice entry: the job removed its first container before publishing the port
    # again and Docker's proxy had not let go of it yet (a race on the daemon, not the job holding the port)
    ("docker-port-republished-after-rm", "transient",
     "+ docker run -d --name localstack -p 4566:4566 localstack/localstack:3.4\n"
     "5b7e2c9d1a3f\n"
     "+ docker rm -f localstack\n"
     "localstack\n"
     "+ docker run -d --name localstack -p 4566:4566 localstack/localstack:3.4\n"
     "docker: Error response from daemon: driver failed programming external connectivity on endpoint "
     "localstack (a1c2e3d4): Bind for 0.0.0.0:4566 failed: port is already allocated.\n" + _GHA),
    # near-miss: a different port published first; the refused one is held by something else on the shared host
    ("docker-other-port-published-first", "transient",
     "+ docker run -d --name minio -p 9000:9000 minio/minio:RELEASE.2024-05-01T01-11-10Z server /data\n"
     "8c1d2e3f4a5b\n"
     "+ docker run -d --name localstack -p 4566:4566 localstack/localstack:3.4\n"
     "docker: Error response from daemon: driver failed programming external connectivity on endpoint "
     "localstack (a1c2e3d4): Bind for 0.0.0.0:4566 failed: port is already allocated.\n" + _GHA),
    # near-miss for the Jetty pattern: the first server was stopped before the second bound the port
    ("jetty-port-rebound-after-stop", "transient",
     "10:14:07.118 [main] INFO  wiremock.org.eclipse.jetty.server.AbstractConnector -- Started "
     "ServerConnector@5b2f1c3a{HTTP/1.1, (http/1.1, h2c)}{0.0.0.0:8089}\n"
     "10:14:09.402 [main] INFO  wiremock.org.eclipse.jetty.server.AbstractConnector -- Stopped "
     "ServerConnector@5b2f1c3a{HTTP/1.1, (http/1.1, h2c)}{0.0.0.0:8089}\n"
     "[ERROR] com.example.carrier.LabelsIT  Time elapsed: 0.2 s  <<< ERROR!\n"
     "com.github.tomakehurst.wiremock.common.FatalStartupException: java.lang.RuntimeException: "
     "java.io.IOException: Failed to bind to /0.0.0.0:8089\n"
     "Caused by: java.net.BindException: Address already in use\n"
     "[ERROR] Tests run: 9, Failures: 0, Errors: 1, Skipped: 0\n" + _GHA),
    # near-miss for the json-server entry: it started, and the job's wait for it ran out on a busy runner
    ("json-server-started-wait-timed-out", "transient",
     "+ npx json-server fixtures/db.json --port 3004 &\n"
     "+ npx wait-on http://localhost:3004 --timeout 30000\n"
     "JSON Server started on PORT :3004\n"
     "Error: Timed out waiting for: http://localhost:3004\n" + _GHA),
    # a package named after a test double (a project's "wiremock-timeouts" module) failing its compile
    ("package-named-after-mock-compile-error", "real",
     "[INFO] Building wiremock-timeouts 1.4.0\n"
     "[ERROR] /home/ci/app/wiremock-timeouts/src/main/java/com/example/mock/DelayStub.java:[31,9] cannot find "
     "symbol\n"
     "[ERROR]   symbol:   method withFixedDelay(int)\n"
     "[ERROR] Failed to execute goal org.apache.maven.plugins:maven-compiler-plugin:3.13.0:compile "
     "(default-compile) on project wiremock-timeouts: Compilation failure\n" + _GHA),
]

NOT_SURELY_TRANSIENT: list[tuple[str, str]] = [
    # firebase-tools src/deploy/functions/runtimes/discovery/index.ts ("User code failed to load. Cannot determine
    # backend specification. Timeout after %dms"): a slow runner loading the code, or a module that opens a
    # connection at import and hangs
    ("firebase-functions-discovery-timeout",
     _FB_EXEC +
     "i  functions: Watching \"/home/ci/app/functions\" for Cloud Functions...\n"
     "⬢  functions: Failed to load function definition from source: FirebaseError: User code failed to load. "
     "Cannot determine backend specification. Timeout after 10000ms. See https://firebase.google.com/docs/"
     "functions/tips#avoid_deployment_timeouts_during_initialization\n"
     "Error: Script \"npm test\" exited with code 1\n" + _GHA),
    # src/emulator/functionsRuntimeWorker.ts ("Your function timed out after ~%ds."): a slow runner or a function
    # that never returns
    ("firebase-function-timed-out-in-emulator",
     "✔  All emulators ready! It is now safe to connect.\n"
     "i  Running script: npm test\n"
     "⚠  functions: Your function timed out after ~60s. To configure this timeout, see\n"
     "      https://firebase.google.com/docs/functions/manage-functions#set_timeout_and_memory_allocation.\n"
     " FAIL  test/onOrderCreated.test.ts\n"
     "  ● onOrderCreated › writes the invoice\n"
     "    thrown: \"Exceeded timeout of 90000 ms for a test.\n"
     "Tests:       1 failed, 9 passed, 10 total\n" + _GHA),
    # localstack-core/localstack/utils/bootstrap.py ('LocalStack container named "%s" is already running'): a
    # container left by an earlier job on a shared daemon, or the job's own second start
    ("localstack-container-already-running",
     "+ localstack start -d\n"
     "❌ Error: LocalStack container named \"localstack-main\" is already running\n" + _GHA),
]


@pytest.mark.parametrize(("verdict", "log"), labelled(CASES))
def test_emulator_message_reads_right(verdict, log):
    reads(log, verdict)


@pytest.mark.parametrize("log", logs(NOT_SURELY_TRANSIENT))
def test_ambiguous_emulator_failures_do_not_read_surely_transient(log):
    not_surely_transient(log)


def test_case_ids_are_unique():
    assert_unique_ids(CASES, NOT_SURELY_TRANSIENT)


# One line of 50,000 characters of each of these words is read by benchmarks/pattern_speed.py,
# which prints the seconds each takes (a guard against patterns that backtrack).
LONG_LINE_WORDS = [
    "download failed, expected 136707194 bytes but got ",
    "Failed to fetch component listing from server ",
    "+ docker run -d -p 4566:4566 x ",
    "Started ServerConnector@5b2f1c3a{HTTP/1.1}{0.0.0.0:8089} ",
    "Bind for 0.0.0.0:4566 failed: port is already allocated ",
    "No nodes support the capabilities in the request ",
    "json-server fixtures/db.json ",
    "User code failed to load. Cannot determine backend specification. Timeout after ",
    "Your function timed out after ~60s ",
]
