"""Thirteenth round, tool sources: cloud device and browser labs, and the local emulators of cloud services
that CI tests run against (Firebase Test Lab through gcloud, AWS Device Farm through its GitHub action,
Sauce Labs and BrowserStack sessions, the Firebase Emulator Suite, the gcloud Pub/Sub and Datastore
emulators, LocalStack, Azurite, DynamoDB Local, an Elasticsearch node's health wait) and Unity in CI
(game-ci's activation steps and the editor's licence lines).

Each case is a short log written for the test around one message as the tool prints it. The wording was
read from the tools' own source where it is open (the comment above each case names the repository and
file); Sauce Labs, BrowserStack, AWS Device Farm's service, DynamoDB Local and the Unity editor are closed,
and their wording rests on their documentation or on the messages their open clients relay (the comment
says so). Hosts, projects, devices and paths are made up; no project's CI log is copied. Sauce Connect
and BrowserStack Local are test_tool_sources_browser.py's, Flank and Test Lab's Flaky rows
test_tool_sources_retries.py's, Testcontainers' wait strategies test_tool_sources_services.py's.

The rules the cases hold:
  * the lab or the emulator did not come up or did not answer (Test Lab's "Infrastructure failure" and
    its infrastructure error, a 5xx or 429 from the Testing API, a Device Farm run that ERRORED, a
    Sauce VM or a BrowserStack browser that failed to start, parallels or a device tier all in use, an
    emulator's port taken or not open in time, an emulator download that failed with a 5xx, a node whose
    health wait timed out) -> transient;
  * the tests ran on the device and failed, the app crashed or did not install, a device or model that
    does not exist or is incompatible, refused credentials, a missing Java, a licence that was never
    activated or a LocalStack plan without the service, an API version the emulator does not know, an
    app or pool that is not there -> real;
  * Test Lab's "Inconclusive" is read transient when its detail says "Infrastructure failure" and, with
    no detail, modestly transient: gcloud maps it to its own exit code 15 ("the test pass/fail status was
    not determined"), Test Lab reserves failure for tests that ran and failed, and Flank reruns an
    inconclusive shard as it reruns an infrastructure error; an inconclusive run "aborted by user" (a
    cancelled matrix) is not;
  * an idle or maximum-duration timeout of a grid session, a test timing out on the device, an emulator
    that exited with a bare code, game-ci's activation giving up after its retries: printed both for an
    outage and for a persistent cause -> no transient verdict with confidence.
"""

from __future__ import annotations

import pytest
from judging import assert_unique_ids, labelled, logs, not_surely_transient, reads

_EXIT = "##[error]Process completed with exit code 1.\n"
_CIRCLE = "\nExited with code exit status 1\n"
_GCLOUD_TABLE_TOP = (
    "┌──────────────┬────────────────────────┬──────────────────────────────────┐\n"
    "│   OUTCOME    │    TEST_AXIS_VALUE     │           TEST_DETAILS           │\n"
    "├──────────────┼────────────────────────┼──────────────────────────────────┤\n"
)
_GCLOUD_TABLE_END = "└──────────────┴────────────────────────┴──────────────────────────────────┘\n"

CASES: list[tuple[str, str, str]] = [
    # ------------------------------------------------------------------ Firebase Test Lab (gcloud)
    # google-cloud-sdk lib/googlecloudsdk/api_lib/firebase/test/results_summary.py (_INCONCLUSIVE, the detail
    # _INFRASTRUCTURE_FAILURE "Infrastructure failure" and its warning "Need help for test execution [%s]?
    # Please join the #test-lab Slack channel ..."), exit_code.py (INCONCLUSIVE = 15)
    ("ftl-inconclusive-infrastructure-failure", "transient",
     "Instrumentation testing complete.\n"
     "More details are available at [https://console.firebase.example.org/project/acme-ci/testlab/histories/bh.1/matrices/7781].\n"
     "WARNING: Need help for test execution [oriole-33-en-portrait]? Please join the #test-lab Slack channel at "
     "https://firebase.community/ and include test matrix ID [matrix-2a9x7c1q] with your question.\n"
     + _GCLOUD_TABLE_TOP +
     "│ Inconclusive │ oriole-33-en-portrait  │ Infrastructure failure           │\n"
     + _GCLOUD_TABLE_END + _CIRCLE),
    # same file: an inconclusive outcome whose detail is "Unknown reason" (judgement: modestly transient)
    ("ftl-inconclusive-unknown-reason", "transient",
     "Robo testing complete.\n"
     + _GCLOUD_TABLE_TOP +
     "│ Inconclusive │ redfin-30-en-portrait  │ Unknown reason                   │\n"
     + _GCLOUD_TABLE_END + _EXIT),
    # api_lib/firebase/test/exceptions.py TestLabInfrastructureError ("Firebase Test Lab infrastructure
    # failure: %s", exit code 20), raised from matrix_ops.py when a test execution's state is ERROR
    ("ftl-infrastructure-error-state", "transient",
     "12:04:11 Test is Pending\n"
     "12:05:40 Starting attempt 1.\n"
     "12:05:41 Test is Running\n"
     "ERROR: (gcloud.firebase.test.android.run) Firebase Test Lab infrastructure failure: The device lost its "
     "connection while the test was running.\n" + _EXIT),
    # matrix_ops.py GetTestMatrixStatus ("Http error {status_code} while monitoring test run: {message}")
    ("ftl-http-503-while-monitoring", "transient",
     "12:04:11 Test matrix status: Pending:1\n"
     "ERROR: (gcloud.firebase.test.android.run) Http error 503 while monitoring test run: The service is "
     "currently unavailable.\n" + _EXIT),
    ("ftl-http-429-while-monitoring", "transient",
     "12:04:11 Test matrix status: Running:2\n"
     "ERROR: (gcloud.firebase.test.ios.run) Http error 429 while monitoring test run: Quota exceeded for quota "
     "metric 'Queries' and limit 'Queries per minute' of service 'testing.example.org'.\n" + _EXIT),
    # results_summary.py _GetFailureDetail ("Application crashed", "App failed to install")
    ("ftl-failed-application-crashed", "real",
     "Instrumentation testing complete.\n"
     + _GCLOUD_TABLE_TOP +
     "│ Failed       │ oriole-33-en-portrait  │ Application crashed              │\n"
     + _GCLOUD_TABLE_END + _EXIT),
    ("ftl-failed-app-not-installed", "real",
     "Instrumentation testing complete.\n"
     + _GCLOUD_TABLE_TOP +
     "│ Failed       │ panther-34-en-portrait │ App failed to install            │\n"
     + _GCLOUD_TABLE_END + _EXIT),
    # results_summary.py _GetSkippedDetail ("Incompatible device/OS combination"), exit_code.py UNSUPPORTED_ENV
    ("ftl-skipped-incompatible-device", "real",
     "Instrumentation testing complete.\n"
     + _GCLOUD_TABLE_TOP +
     "│ Skipped      │ walleye-26-en-portrait │ Incompatible device/OS combination │\n"
     + _GCLOUD_TABLE_END + _EXIT),
    # matrix_ops.py MonitorTestExecutionProgress (AllDimensionsIncompatibleError "Device dimensions are not
    # compatible: %s. Please use \"gcloud firebase test android models list\" ...")
    ("ftl-all-dimensions-incompatible", "real",
     "Firebase Test Lab will execute your instrumentation test on 1 device(s).\n"
     "ERROR: (gcloud.firebase.test.android.run) Device dimensions are not compatible: [OS-version 21 on "
     "oriole]. Please use \"gcloud firebase test android models list\" to determine which device dimensions "
     "are compatible.\n" + _EXIT),
    # exceptions.py ModelNotFoundError ("'%s' is not a valid model"), VersionNotFoundError
    ("ftl-not-a-valid-model", "real",
     "ERROR: (gcloud.firebase.test.android.run) 'pixel99' is not a valid model\n" + _EXIT),
    ("ftl-not-a-valid-os-version", "real",
     "ERROR: (gcloud.firebase.test.ios.run) '12.9' is not a valid OS version\n" + _EXIT),
    # ------------------------------------------------------------------ AWS Device Farm
    # aws-actions/aws-devicefarm-mobile-device-testing index.js ("%s run result is %s.", countersToString
    # "Total: ..., errored: ..., failed: ...", core.setFailed(testRun.result)); a run's ERRORED result is the
    # service's word for an error outside the tests (the Device Farm API reference, closed service)
    ("devicefarm-run-errored", "transient",
     "nightly-android run is RUNNING...\n"
     "nightly-android run is COMPLETED.\n"
     "Notice: nightly-android run result is ERRORED.\n"
     "Notice: Total: 4, passed: 2, warned: 0, errored: 2, failed: 0, skipped: 0, stopped: 0.\n"
     "##[error]ERRORED\n"),
    ("devicefarm-run-failed", "real",
     "nightly-android run is COMPLETED.\n"
     "Notice: nightly-android run result is FAILED.\n"
     "Notice: Total: 4, passed: 1, warned: 0, errored: 0, failed: 3, skipped: 0, stopped: 0.\n"
     "##[error]FAILED\n"),
    # same file getDevicePoolArn ("No Device Pool with name \"%s\" was found."), getProjectArn
    ("devicefarm-no-device-pool", "real",
     "Project ARN being used: arn:aws:devicefarm:us-west-2:000000000000:project:abc.\n"
     "##[error]No Device Pool with name \"top-phones\" was found.\n"),
    ("devicefarm-no-project", "real",
     "##[error]No Project with name \"mobile-qa\" was found.\n"),
    # same file uploadFile ("Upload failed: %s %s" with the upload's metadata)
    ("devicefarm-upload-processing-failed", "real",
     "app-release.apk upload status is PROCESSING...\n"
     "app-release.apk upload status is FAILED.\n"
     "##[error]Upload failed: FAILED {\"errorCode\":\"ANDROID_APP_AAPT_DEBUG_BADGING_FAILED\",\"errorMessage\":"
     "\"We could not extract information about your Android application.\"}\n"),
    # ------------------------------------------------------------------ Sauce Labs (closed: docs)
    # docs.saucelabs.com/dev/error-messages ("Infrastructure Error -- The Sauce VMs failed to start the browser
    # or device.", "Sauce could not start your job.")
    ("sauce-vms-failed-to-start", "transient",
     "[chrome 126 windows #0-3] Running: chrome (v126) on windows\n"
     "Test setup failed:\n"
     "Infrastructure Error -- The Sauce VMs failed to start the browser or device.\n"
     "For more info, please check https://docs.saucelabs.example.org/dev/error-messages\n" + _EXIT),
    ("sauce-could-not-start-job", "transient",
     "Test setup failed:\n"
     "Sauce could not start your job. For more information on what happened, please visit "
     "https://app.saucelabs.example.org/tests/4b1d0c9e2f\n" + _CIRCLE),
    # same page ("Misconfigured -- Unsupported OS/browser/version/device combo")
    ("sauce-unsupported-combo", "real",
     "Test setup failed:\n"
     "Misconfigured -- Unsupported OS/browser/version/device combo: OS: 'Windows 7', Browser: 'safari', "
     "Version: '17.', Device: 'unspecified'\n" + _EXIT),
    # same page (invalid credentials: "Sauce Labs Authentication Error ... which are not valid Sauce Labs
    # credentials")
    ("sauce-authentication-error", "real",
     "WebDriverError: Sauce Labs Authentication Error.\n"
     "You used username 'ci-bot' and access key '****1234' to authenticate, which are not valid Sauce Labs "
     "credentials.\n" + _EXIT),
    # ------------------------------------------------------------------ BrowserStack (closed: docs)
    # browserstack.com/docs/automate/selenium/error-codes (BROWSERSTACK_FAILED_TO_START_BROWSER)
    ("browserstack-failed-to-start-browser", "transient",
     "[0-2] Error: Failed to create session.\n"
     "[0-2] [BROWSERSTACK_FAILED_TO_START_BROWSER] Could not start Browser / Emulator\n" + _EXIT),
    # browserstack.com/docs/app-automate/appium/troubleshooting/parallel-test
    ("browserstack-all-parallels-in-use", "transient",
     "org.openqa.selenium.SessionNotCreatedException: Could not start a new session. Response code 500. "
     "Message: [BROWSERSTACK_ALL_PARALLELS_IN_USE] All parallel tests are currently in use, including the "
     "queued tests. Please wait to finish or upgrade your plan to add more sessions.\n" + _EXIT),
    # browserstack.com/question/39485 (BROWSERSTACK_TIER_LIMIT_EXCEEDED)
    ("browserstack-tier-limit-exceeded", "transient",
     "[0-5] Error: Failed to create session.\n"
     "[0-5] [BROWSERSTACK_TIER_LIMIT_EXCEEDED] Tier limit exceeded for device 'Google Pixel 8'. BrowserStack Tier "
     "limits the maximum number of parallel tests an organisation can run on a single device type.\n" + _EXIT),
    # browserstack.com/docs/app-automate/appium/error-codes (BROWSERSTACK_INVALID_APP_CAP, BROWSERSTACK_APP_DELETED,
    # BROWSERSTACK_DEPRECATED_DEVICE_ERROR)
    ("browserstack-invalid-app-cap", "real",
     "[0-0] Error: Failed to create session.\n"
     "[0-0] [BROWSERSTACK_INVALID_APP_CAP] Could not find app bs://0f1e2d3c4b5a. The app_url, custom_id or "
     "shareable_id specified in the app capability is invalid.\n" + _EXIT),
    ("browserstack-app-deleted", "real",
     "[0-0] Error: Failed to create session.\n"
     "[0-0] [BROWSERSTACK_APP_DELETED] The app bs://9a8b7c6d5e was deleted. Re-upload the app and try again.\n"
     + _EXIT),
    ("browserstack-deprecated-device", "real",
     "[0-1] Error: Failed to create session.\n"
     "[0-1] [BROWSERSTACK_DEPRECATED_DEVICE_ERROR] BrowserStack no longer supports the device 'iPhone 8' you are "
     "trying to run a test on.\n" + _EXIT),
    # WebDriver's refusal of the credentials as BrowserStack's hub answers it
    ("browserstack-authorization-required", "real",
     "org.openqa.selenium.SessionNotCreatedException: Could not start a new session. Response code 401. "
     "Message: Authorization required\n" + _EXIT),
    # ------------------------------------------------------------------ Firebase Emulator Suite
    # firebase/firebase-tools src/emulator/portUtils.ts ("Port %d is not open on %s, could not start %s.",
    # "Could not start %s, port taken.")
    ("firebase-emulator-port-taken", "transient",
     "i  emulators: Starting emulators: auth, firestore\n"
     "⚠  firestore: Port 8080 is not open on localhost (127.0.0.1,::1), could not start Firestore Emulator.\n"
     "⚠  firestore: To select a different host/port, specify that host/port in a firebase.json config file:\n"
     "Error: Could not start Firestore Emulator, port taken.\n" + _EXIT),
    # src/emulator/downloadableEmulators.ts handleEmulatorProcessError ("%s has exited because its configured port
    # is already in use ... Are you running another copy of the emulator suite?")
    ("firebase-emulator-port-in-use-fatal", "transient",
     "⚠  database: Fatal error occurred: \n"
     "   Database Emulator has exited because its configured port is already in use by process number 4411. Are "
     "you running another copy of the emulator suite?, \n"
     "   stopping all running emulators\n" + _EXIT),
    # src/emulator/portUtils.ts waitForPortUsed ("TIMEOUT: Port %d on %s was not active within %dms")
    ("firebase-emulator-port-not-active", "transient",
     "i  functions: Watching \"/home/ci/app/functions\" for Cloud Functions...\n"
     "Error: TIMEOUT: Port 9099 on localhost was not active within 60000ms\n" + _EXIT),
    # src/downloadUtils.ts downloadToTmp ("download failed, status %d: %s"), src/emulator/download.ts ("downloading %s...")
    ("firebase-emulator-download-503", "transient",
     "i  firestore: downloading cloud-firestore-emulator-v1.19.7.jar...\n"
     "Error: download failed, status 503: Service Unavailable\n" + _EXIT),
    # src/emulator/download.ts (a version override that does not exist)
    ("firebase-emulator-version-override-missing", "real",
     "i  firestore: downloading cloud-firestore-emulator-v9.9.9.jar...\n"
     "Error: env variable FIRESTORE_EMULATOR_VERSION set to 9.9.9, \n"
     "        but no such version of firestore was found. Please double check the version number, or unset "
     "this environment variable to use the latest default.\n" + _EXIT),
    # src/emulator/commandUtils.ts checkJavaMajorVersion ("Could not spawn `java -version`. Please make sure Java is
    # installed and on your system PATH.")
    ("firebase-emulator-java-not-spawned", "real",
     "i  emulators: Starting emulators: firestore\n"
     "Error: Could not spawn `java -version`. Please make sure Java is installed and on your system PATH.\n"
     + _EXIT),
    # src/emulator/downloadableEmulators.ts handleEmulatorProcessError ("%s has exited because java is not
    # installed, you can install it from https://openjdk.java.net/install/")
    ("firebase-emulator-java-not-installed", "real",
     "⚠  firestore: Fatal error occurred: \n"
     "   Cloud Firestore Emulator has exited because java is not installed, you can install it from "
     "https://openjdk.java.net/install/, \n"
     "   stopping all running emulators\n" + _EXIT),
    # src/emulator/commandUtils.ts runScript ("Script exited unsuccessfully (code %d)") around a test that failed
    # on the code: the emulator ran
    ("firebase-emulators-exec-tests-failed", "real",
     "✔  All emulators ready! It is now safe to connect.\n"
     "i  Running script: npm test\n"
     " FAIL  test/rules.test.ts\n"
     "  ● firestore rules › denies writes to other users' profiles\n"
     "    FirebaseError: 7 PERMISSION_DENIED: false for 'create' @ L12\n"
     "Tests:       1 failed, 23 passed, 24 total\n"
     "⚠  Script exited unsuccessfully (code 1)\n"
     "Error: Script \"npm test\" exited with code 1\n" + _EXIT),
    # ------------------------------------------------------------------ gcloud emulators
    # google-cloud-sdk lib/googlecloudsdk/command_lib/util/java.py ("To use the %s, a Java %s+ JRE must be
    # installed and on your system PATH", read through the code index)
    ("gcloud-pubsub-emulator-no-java", "real",
     "Run gcloud beta emulators pubsub start --project=acme-test --host-port=0.0.0.0:8085\n"
     "ERROR: (gcloud.beta.emulators.pubsub.start) To use the Google Cloud Pub/Sub emulator, a Java 7+ JRE must "
     "be installed and on your system PATH\n" + _EXIT),
    # lib/googlecloudsdk/command_lib/emulators/util.py DefaultPortIfAvailable ("Default emulator port [%d] is
    # already in use")
    ("gcloud-emulators-default-port-in-use", "transient",
     "ERROR: (gcloud.emulators.start) Default emulator port [45763] is already in use\n" + _EXIT),
    # the emulator's own bind failure, which gcloud prints prefixed with "[pubsub]" (util.py PrefixOutput)
    ("gcloud-pubsub-emulator-bind-failed", "transient",
     "[pubsub] This is the Google Pub/Sub fake.\n"
     "[pubsub] Exception in thread \"main\" java.io.IOException: Failed to bind to address 0.0.0.0/0.0.0.0:8085\n"
     "[pubsub] Caused by: java.net.BindException: Address already in use\n" + _EXIT),
    # ------------------------------------------------------------------ LocalStack
    # localstack/localstack localstack-core/localstack/aws/catalog_exceptions.py ("Sorry, the %s service is not
    # included within your LocalStack license, but is available in an upgraded license.")
    ("localstack-service-not-in-license", "real",
     "tests/test_tasks.py::test_run_task FAILED\n"
     "E   botocore.exceptions.ClientError: An error occurred (InternalFailure) when calling the RunTask operation: "
     "Sorry, the ecs service is not included within your LocalStack license, but is available in an upgraded "
     "license. Please refer to https://docs.localstack.example.org/references/coverage for more details.\n"
     "========================= 1 failed, 8 passed in 14.20s =========================\n" + _EXIT),
    # same file ("The API for service %s is either not included in your current license plan or has not yet
    # been emulated by LocalStack.")
    ("localstack-service-not-emulated", "real",
     "tests/test_mail.py::test_send FAILED\n"
     "E   botocore.exceptions.ClientError: An error occurred (InternalFailure) when calling the SendEmail "
     "operation: The API for service pinpoint-email is either not included in your current license plan or "
     "has not yet been emulated by LocalStack.\n"
     "========================= 1 failed, 3 passed in 4.02s =========================\n" + _EXIT),
    # localstack-core/localstack/services/plugins.py ('Service "%s" not yet available, retrying...') and then the
    # client giving up on the endpoint while it starts
    ("localstack-not-yet-available-then-refused", "transient",
     "localstack-1  | 2024-05-01T12:00:03.101  WARN --- [  asgi_gw_0] l.services.plugins : Service \"sqs\" not yet "
     "available, retrying...\n"
     "tests/test_queue.py::test_enqueue FAILED\n"
     "E   botocore.exceptions.EndpointConnectionError: Could not connect to the endpoint URL: "
     "\"http://localhost:4566/\"\n"
     "========================= 1 failed, 2 passed in 31.09s =========================\n" + _EXIT),
    # ------------------------------------------------------------------ Azurite
    # Azure/Azurite src/blob/errors/StorageErrorFactory.ts ("The API version %s is not supported by Azurite.
    # Please upgrade Azurite to latest version and retry. ...")
    ("azurite-api-version-unsupported", "real",
     " FAIL  test/storage.int.test.ts\n"
     "  ● uploads › stores the blob\n"
     "    RestError: The API version 2025-05-05 is not supported by Azurite. Please upgrade Azurite to latest "
     "version and retry. If you are using Azurite in Visual Studio, please check you have installed latest "
     "Visual Studio patch. Azurite command line parameter \"--skipApiVersionCheck\" or Visual Studio Code "
     "configuration \"Skip Api Version Check\" can skip this error.\n"
     "Tests:       1 failed, 5 passed, 6 total\n" + _EXIT),
    # src/azurite.ts ("Exit due to unhandled error: %s") with Node's bind failure
    ("azurite-port-in-use", "transient",
     "Azurite Blob service is starting at http://127.0.0.1:10000\n"
     "Exit due to unhandled error: listen EADDRINUSE: address already in use 127.0.0.1:10000\n" + _EXIT),
    # ------------------------------------------------------------------ DynamoDB Local (closed: docs)
    # the client's words while the local endpoint is still starting (botocore's EndpointConnectionError)
    ("dynamodb-local-not-up-yet", "transient",
     "Initializing DynamoDB Local with the following configuration:\n"
     "Port:\t8000\n"
     "tests/test_repo.py::test_put_item ERROR\n"
     "E   botocore.exceptions.EndpointConnectionError: Could not connect to the endpoint URL: "
     "\"http://localhost:8000/\"\n"
     "========================= 1 error in 2.11s =========================\n" + _EXIT),
    # DynamoDB's ResourceNotFoundException as DynamoDB Local answers it (a table the tests never created)
    ("dynamodb-local-table-missing", "real",
     "tests/test_repo.py::test_get_item FAILED\n"
     "E   botocore.errorfactory.ResourceNotFoundException: An error occurred (ResourceNotFoundException) when "
     "calling the GetItem operation: Cannot do operations on a non-existent table\n"
     "========================= 1 failed, 6 passed in 3.40s =========================\n" + _EXIT),
    # ------------------------------------------------------------------ Elasticsearch / OpenSearch node health
    # elastic/elasticsearch ClusterHealthResponse (status 408 REQUEST_TIMEOUT when "timed_out" is true) behind
    # a job's curl --fail health wait
    ("es-cluster-health-wait-timed-out", "transient",
     "Run curl -sS --fail 'http://localhost:9200/_cluster/health?wait_for_status=yellow&timeout=60s'\n"
     "{\"cluster_name\":\"docker-cluster\",\"status\":\"red\",\"timed_out\":true,\"number_of_nodes\":1,"
     "\"active_primary_shards\":0}\n"
     "curl: (22) The requested URL returned error: 408\n" + _EXIT),
    # ------------------------------------------------------------------ Unity in CI (game-ci; editor closed: docs)
    # game-ci/unity-builder dist/platforms/ubuntu/steps/activate.sh ("::error ::No valid license activation
    # strategy could be determined. Make sure to provide UNITY_EMAIL, UNITY_PASSWORD, and either a UNITY_SERIAL
    # or UNITY_LICENSE. ...")
    ("game-ci-no-activation-strategy", "real",
     "License activation strategy could not be determined.\n"
     "\n"
     "Visit https://game.ci/docs/github/activation for more\n"
     "details on how to set up one of the possible activation strategies.\n"
     "##[error]No valid license activation strategy could be determined. Make sure to provide UNITY_EMAIL, "
     "UNITY_PASSWORD, and either a UNITY_SERIAL or UNITY_LICENSE. Otherwise please use UNITY_LICENSING_SERVER. "
     "See more info at https://game.ci/docs/github/activation\n" + _EXIT),
    # game-ci/unity-builder src/model/build-parameters.ts ("Missing Unity License File and no Serial was found.")
    ("game-ci-missing-license-file", "real",
     "##[error]Missing Unity License File and no Serial was found. If this\n"
     "                            is a personal license, make sure to follow the activation\n"
     "                            steps and set the UNITY_LICENSE GitHub secret or enter a Unity\n"
     "                            serial number inside the UNITY_SERIAL GitHub secret.\n"),
    # the Unity editor's licence lines (closed; Unity's licensing documentation and game-ci's activation guide)
    ("unity-no-valid-editor-license", "real",
     "[Licensing::Module] License is not active (com.unity.editor.headless). HasEntitlements will fail.\n"
     "No valid Unity Editor license found. Please activate your license.\n"
     "Build failed, with exit code 1\n" + _EXIT),
    ("unity-bad-username-password", "real",
     "Requesting activation\n"
     "Cancelling DisplayDialog: Failed to activate/update license. Missing or bad username and password. "
     "Please try again using valid credentials or contact support@unity3d.com\n"
     "This should not be called in batch mode.\n"
     "Unclassified error occured while trying to activate license.\n"
     "Exit code was: 1\n"
     "##[error]There was an error while trying to activate the Unity license.\n"),
    # game-ci/unity-builder dist/platforms/ubuntu/steps/build.sh ("Build failed, with exit code %d") after a C#
    # compile error in the project: the code, not Unity
    ("unity-build-compile-error", "real",
     "Assets/Scripts/PlayerController.cs(42,17): error CS0103: The name 'jumpHeigth' does not exist in the "
     "current context\n"
     "Scripts have compiler errors.\n"
     "Build failed, with exit code 1\n" + _EXIT),
]

# Printed both for an outage and for a persistent cause: no transient verdict at 0.7 or more.
NOT_SURELY_TRANSIENT: list[tuple[str, str]] = [
    # results_summary.py _GetInconclusiveDetail ("Test run aborted by user"): a cancelled matrix
    ("ftl-inconclusive-aborted-by-user",
     _GCLOUD_TABLE_TOP +
     "│ Inconclusive │ oriole-33-en-portrait  │ Test run aborted by user         │\n"
     + _GCLOUD_TABLE_END + _EXIT),
    # results_summary.py _GetFailureDetail ("Test timed out"): the run's --timeout, a hung app or a slow device
    ("ftl-failed-test-timed-out",
     _GCLOUD_TABLE_TOP +
     "│ Failed       │ redfin-30-en-portrait  │ Test timed out                   │\n"
     + _GCLOUD_TABLE_END + _EXIT),
    # docs.saucelabs.com/dev/error-messages ("Test did not see a new command for 90 seconds. Timing out."): a
    # crashed script, a lost connection, or a test that legitimately waits longer
    ("sauce-idle-timeout",
     "Test did not see a new command for 90 seconds. Timing out.\n" + _EXIT),
    # same page ("Test exceeded maximum duration after 1800 seconds"): an endless loop as often as a slow grid
    ("sauce-max-duration",
     "Test exceeded maximum duration after 1800 seconds\n" + _EXIT),
    # browserstack.com/docs/automate/selenium/error-codes (BROWSERSTACK_IDLE_TIMEOUT)
    ("browserstack-idle-timeout",
     "[BROWSERSTACK_IDLE_TIMEOUT] Session timed out due to inactivity for configured time interval "
     "(default: 90 secs)\n" + _EXIT),
    # firebase-tools src/emulator/downloadableEmulators.ts ("%s has exited with code: %d"): a crash of the JVM or a
    # bad rules file alike
    ("firebase-emulator-exited-with-code",
     "⚠  firestore: Fatal error occurred: \n"
     "   Cloud Firestore Emulator has exited with code: 1, \n"
     "   stopping all running emulators\n" + _EXIT),
    # game-ci/unity-builder dist/platforms/ubuntu/steps/activate.sh ("Activation failed, retrying in %d seconds...",
    # "Activation failed after 5 retries"): five attempts over minutes, refused credentials as often as an outage
    ("game-ci-activation-failed-after-retries",
     "Requesting activation\n"
     "##[warning]Activation failed, attempting retry #5\n"
     "Activation failed, retrying in 240 seconds...\n"
     "Activation failed after 5 retries\n"
     "Unclassified error occured while trying to activate license.\n"
     "Exit code was: 1\n"
     "##[error]There was an error while trying to activate the Unity license.\n"),
]


@pytest.mark.parametrize(("verdict", "log"), labelled(CASES))
def test_device_farm_or_emulator_message_reads_right(verdict, log):
    reads(log, verdict)


@pytest.mark.parametrize("log", logs(NOT_SURELY_TRANSIENT))
def test_ambiguous_lab_and_emulator_failures_do_not_read_surely_transient(log):
    not_surely_transient(log)


def test_case_ids_are_unique():
    assert_unique_ids(CASES, NOT_SURELY_TRANSIENT)


# One line of 50,000 characters of each of these words is read by benchmarks/pattern_speed.py,
# which prints the seconds each takes (a guard against patterns that backtrack).
LONG_LINE_WORDS = [
    "│ Inconclusive │ x │ Infrastructure failure │ ",
    "Firebase Test Lab infrastructure failure: ",
    "run result is ERRORED. ",
    "Infrastructure Error -- The Sauce VMs failed to start ",
    "[BROWSERSTACK_TIER_LIMIT_EXCEEDED] ",
    "Could not start Firestore Emulator, port taken. ",
    "No valid Unity Editor license found. ",
]
