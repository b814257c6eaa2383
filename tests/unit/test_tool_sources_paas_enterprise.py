"""Sixteenth round, tool sources: platform-as-a-service and enterprise-platform CLIs as CI jobs deploy or test with them.

Covered: the Cloud Foundry ``cf`` CLI (``cf push`` staging and start-up, the Cloud Controller's errors as v6 and
v8 print them, service brokers), the Salesforce CLI (``sf``/``sfdx``: ``project deploy start`` component and Apex
test failures, API limits, row locks, sessions, polling, scratch org sign-up), git pushes to Heroku and the Heroku
router's and dyno manager's error codes, DigitalOcean App Platform (``doctl apps``), OpenShift builds and rollouts
(``oc start-build``, ``oc rollout status``), SAP's MTA build tool (``mbt build``) and the Mule Maven plugin's
deployers. The Heroku CLI's credential, app-not-found and status-page cases are in test_tool_sources_deploy.py;
Kubernetes' ImagePullBackOff and rollout deadlines in test_tool_sources_k8s_e2e.py; they are not repeated.

Each case is a short log written for this test around one message as the tool prints it. The wording was read
from the tools' source where it is open: cloudfoundry/cli (command/translatableerror, actor/actionerror,
api/cloudcontroller/ccerror, cf/errors) with the Cloud Controller's error table (cloudfoundry/cloud_controller_ng
errors/v2.yml, lib/cloud_controller/diego/failure_reason_sanitizer.rb); salesforcecli/plugin-deploy-retrieve
(formatters, messages), forcedotcom/source-deploy-retrieve (client/metadataTransfer.ts, messages/sdr.md) and
forcedotcom/sfdx-core (messages/scratchOrgErrorCodes.md, status/pollingClient.ts, org/scratchOrgInfoApi.ts);
heroku/cli (lib/apps/error-info.ts, commands/container/release.ts); digitalocean/doctl (commands/apps.go,
commands/errors.go) with godo's ErrorResponse; openshift/oc (pkg/cli/startbuild, cli/login) and openshift/api's
build status reasons; SAP/cloud-mta-build-tool (internal/exec, internal/commands); mulesoft/mule-maven-plugin
(mule-deployer: ClientException, the deployers' DeploymentException texts). The servers are closed where the
message is the server's: the Salesforce API's error codes (UNABLE_TO_LOCK_ROW, REQUEST_LIMIT_EXCEEDED,
INVALID_SESSION_ID, the scratch-org sign-up limits) rest on Salesforce's developer documentation (API error codes,
"Scratch Org Error Codes", "Salesforce Developer Limits"); Heroku's build-server words (Push rejected, no default
language, slug size, "Heroku Git error, please try again shortly", the build timeout) and the H10/H99/R10 texts
on devcenter.heroku.com ("Heroku Error Codes", "Deploying with Git"), the API's rate_limit error on the Platform
API reference. Hosts, orgs, apps, ids and paths are made up; no project's CI log is copied.

The rules the cases hold:
  * the platform failing for a while (a Cloud Controller or API 5xx, CF's Diego cells out of capacity or
    unreachable, the stager or runner unavailable, a staging timeout, a service broker that could not be reached,
    an asynchronous job past its polling time, a 429 or a concurrent-request limit, a row lock another
    transaction held, the Metadata API's retryable errors exhausted, a scratch org sign-up that failed on the
    server or was not ready in time, Heroku's git service failing, a registry push answered 502, doctl's fixed
    wait for a deployment and the MTA build's time limit running out) -> transient;
  * a persistent cause (a component that does not compile or deploy, an Apex test that fails its assertion, a
    buildpack that detects no app or fails on the project's own build, an app that crashes at boot with the
    project's error, credentials or a session refused, an org quota, a daily scratch-org limit, a slug too
    large, an MTA module that is not defined) -> real;
  * near-misses: tests ABOUT these errors that fail on their assertions, a package named after a platform -> real;
  * wordings printed both for an outage and for a persistent cause (a start-up timeout of the job's own app,
    "Start unsuccessful" with nothing above it, Heroku's R10 boot timeout and a bare H10, a generic staging error,
    a bare BuildpackCompileFailed, the sf client's own wait running out, a rolling 24-hour API limit, the active
    scratch-org limit, a doctl deployment error step, a bare failed OpenShift build, the Mule deployers' timeout)
    -> not surely transient.
"""

from __future__ import annotations

import pytest
from judging import assert_unique_ids, labelled, logs, not_surely_transient, reads

_GHA = "##[error]Process completed with exit code 1.\n"
_CIRCLE = "\nExited with code exit status 1\n"
_GL = "ERROR: Job failed: exit code 1\n"

_CF_PUSH = (
    "+ cf push acme-web -f manifest.yml\n"
    "Pushing app acme-web to org acme / space ci as ci-bot...\n"
    "Packaging files to upload...\n"
    "Uploading files...\n"
    "Waiting for API to complete processing files...\n\n"
    "Staging app and tracing logs...\n"
)
_CF_START = (
    "+ cf push acme-web -f manifest.yml\n"
    "Staging app and tracing logs...\n"
    "   Exit status 0\n"
    "   Uploading droplet, build artifacts cache...\n\n"
    "Waiting for app acme-web to start...\n\n"
)
_SF_DEPLOY = (
    "+ sf project deploy start --source-dir force-app --test-level RunLocalTests --wait 60\n"
    "Deploying v61.0 metadata to ci@acme.example.org using the v61.0 SOAP API.\n"
    "Deploy ID: 0Af5g00000XyZaBCDE\n"
    "Status: Failed\n"
)
_HEROKU_PUSH = (
    "+ git push https://git.heroku.com/acme-web.git HEAD:main\n"
    "remote: Compressing source files... done.\n"
    "remote: Building source:\n"
)

CASES: list[tuple[str, str, str]] = [
    # ================================================================== Cloud Foundry: staging
    # cloudfoundry/cli command/translatableerror/staging_failed_error.go ("Error staging application: {{.Message}}")
    # with the build's error "InsufficientResources - ..." (cloud_controller_ng failure_reason_sanitizer.rb,
    # errors/v2.yml 170008 "Insufficient resources"): the platform's cells had no room for the staging task
    ("cf-staging-insufficient-resources", "transient",
     _CF_PUSH
     + "Error staging application: InsufficientResources - Insufficient resources: memory\n"
     "FAILED\n" + _GHA),
    # failure_reason_sanitizer.rb (CELL_COMMUNICATION_ERROR "unable to communicate to compatible cells")
    ("cf-staging-cell-communication-error", "transient",
     _CF_PUSH
     + "Error staging application: CellCommunicationError - unable to communicate to compatible cells\n"
     "FAILED\n" + _CIRCLE),
    # errors/v2.yml 170007 (StagingTimeExpired "Staging time expired: %s") as the build's error
    ("cf-staging-time-expired", "transient",
     _CF_PUSH
     + "   Installing dependencies\n"
     "Error staging application: StagingTimeExpired - Staging time expired: task did not complete in time\n"
     "FAILED\n" + _GL),
    # command/translatableerror/staging_timeout_error.go ("Error staging application {{.AppName}}: timed out after
    # {{.Timeout}} minute(s)"): the CLI's own CF_STAGING_TIMEOUT ran out on a shared platform
    ("cf-staging-client-timeout", "transient",
     _CF_PUSH
     + "   Downloading python_buildpack...\n"
     "Error staging application acme-web: timed out after 15 minute(s)\n"
     "FAILED\n" + _GHA),
    # errors/v2.yml 170010 (StagerUnavailable "Stager is unavailable: %s"); v8 prints a 503's detail alone
    # (api/cloudcontroller/ccv3/errors.go convert500 -> ServiceUnavailableError)
    ("cf-stager-unavailable", "transient",
     _CF_PUSH
     + "Stager is unavailable: failed to reach the stager endpoint\n"
     "FAILED\n" + _GHA),
    # command/translatableerror/staging_failed_no_app_detected_error.go (with "TIP: Use '{{.BuildpackCommand}}' to
    # see a list of supported buildpacks.") and errors/v2.yml 170003 NoAppDetectedError
    ("cf-no-app-detected", "real",
     _CF_PUSH
     + "   None of the buildpacks detected a compatible application\n"
     "   Exit status 222\n"
     "Error staging application: NoAppDetectedError - An app was not successfully detected by any available buildpack\n\n"
     "TIP: Use 'cf buildpacks' to see a list of supported buildpacks.\n"
     "FAILED\n" + _GHA),
    # errors/v2.yml 170004 (BuildpackCompileFailed "App staging failed in the buildpack compile phase") below
    # pip's resolver failing on a pin that does not exist
    ("cf-buildpack-compile-failed-missing-pin", "real",
     _CF_PUSH
     + "   -----> Running Pip Install\n"
     "   ERROR: Could not find a version that satisfies the requirement acme-billing==9.9.9 (from versions: 1.0.0, 1.1.0)\n"
     "   ERROR: No matching distribution found for acme-billing==9.9.9\n"
     "   **ERROR** Could not install pip packages: exit status 1\n"
     "   Exit status 223\n"
     "Error staging application: BuildpackCompileFailed - App staging failed in the buildpack compile phase\n"
     "FAILED\n" + _GHA),
    # ================================================================== Cloud Foundry: start-up
    # actor/v7action/application.go formatInstanceDetails ("Error starting instances: '%s'") with Diego's
    # "insufficient resources" placement error, then translatableerror/startup_timeout_error.go
    ("cf-start-insufficient-resources", "transient",
     _CF_START
     + "Error starting instances: 'insufficient resources: memory'\n"
     "Error starting instances: 'insufficient resources: memory'\n"
     "Start app timeout\n\n"
     "TIP: Application must be listening on the right port. Instead of hard coding the port, use the $PORT environment variable.\n\n"
     "Use 'cf logs acme-web --recent' for more information\n"
     "FAILED\n" + _GHA),
    # translatableerror/application_unable_to_start_error.go ("Start unsuccessful") after the job ran
    # `cf logs --recent`: the app's own boot error
    ("cf-start-unsuccessful-app-missing-module", "real",
     _CF_START
     + "Instances starting...\n"
     "Start unsuccessful\n\n"
     "TIP: use 'cf logs acme-web --recent' for more information\n"
     "FAILED\n"
     "+ cf logs acme-web --recent\n"
     "   2024-05-01T10:02:11.42+0000 [APP/PROC/WEB/0] ERR Error: Cannot find module '/home/vcap/app/dist/server.js'\n"
     "   2024-05-01T10:02:11.43+0000 [APP/PROC/WEB/0] OUT Exit status 1\n"
     "   2024-05-01T10:02:11.45+0000 [CELL/0] OUT Stopping instance 6a1f0c2e\n" + _GHA),
    # ================================================================== Cloud Foundry: API and services
    # api/cloudcontroller/ccerror/v3_unexpected_response_error.go ("Unexpected Response", "Response Code: %d",
    # "Code: %d, Title: %s, Detail: %s"): a gateway's 502 page after the CLI's retries (wrapper/retry_request.go)
    ("cf-v8-unexpected-response-502", "transient",
     "+ cf push acme-web -f manifest.yml\n"
     "Pushing app acme-web to org acme / space ci as ci-bot...\n"
     "Unexpected Response\n"
     "Response Code: 502\n"
     "Request ID:    3c2d1e0f-aaaa-4bbb-8ccc-0123456789ab::5f6e7d8c\n"
     "Code: 0, Title: , Detail: <html><head><title>502 Bad Gateway</title></head><body>502 Bad Gateway</body></html>\n"
     "FAILED\n" + _GHA),
    # the same for a 429 (errors/v2.yml 10013 RateLimitExceeded "Rate Limit Exceeded")
    ("cf-v8-rate-limit-exceeded", "transient",
     "+ cf push acme-worker -f manifest.yml\n"
     "Unexpected Response\n"
     "Response Code: 429\n"
     "Code: 10013, Title: CF-RateLimitExceeded, Detail: Rate Limit Exceeded\n"
     "FAILED\n" + _CIRCLE),
    # cf/errors/http_error.go (v6: "Server error, status code: {{.ErrStatusCode}}, error code: {{.ErrAPIErrorCode}},
    # message: {{.ErrDescription}}") with errors/v2.yml 170015 RunnerUnavailable (503)
    ("cf6-server-error-runner-unavailable", "transient",
     "+ cf start acme-web\n"
     "Starting app acme-web in org acme / space ci as ci-bot...\n"
     "FAILED\n"
     "Server error, status code: 503, error code: 170015, message: Runner is unavailable: Process Guid: 0b1c2d3e-web\n"
     + _GL),
    # the same format with the broker client's unreachable error (CF-ServiceBrokerApiUnreachable, 502)
    ("cf6-service-broker-unreachable", "transient",
     "+ cf create-service acme-postgres small ci-db\n"
     "Creating service instance ci-db in org acme / space ci as ci-bot...\n"
     "FAILED\n"
     "Server error, status code: 502, error code: 10001, message: The service broker could not be reached: "
     "https://broker.example.net/v2/service_instances/1a2b3c\n" + _GHA),
    # translatableerror/job_timeout_error.go ("Job ({{.JobGUID}}) polling timeout has been reached. The operation
    # may still be running on the CF instance. Your CF operator may have more information.")
    ("cf-job-polling-timeout", "transient",
     "+ cf delete-space ci-pr-1234 -f\n"
     "Deleting space ci-pr-1234 in org acme as ci-bot...\n"
     "Job (8e7d6c5b-1111-4222-8333-444455556666) polling timeout has been reached. The operation may still be "
     "running on the CF instance. Your CF operator may have more information.\n"
     "FAILED\n" + _GHA),
    # translatableerror/api_request_error.go ("Request error: {{.Error}}\nTIP: If you are behind a firewall ...")
    ("cf-request-error-io-timeout", "transient",
     "+ cf api https://api.sys.example.net\n"
     "Setting API endpoint to https://api.sys.example.net...\n"
     "Request error: Get \"https://api.sys.example.net\": dial tcp 203.0.113.8:443: i/o timeout\n"
     "TIP: If you are behind a firewall and require an HTTP proxy, verify the https_proxy environment variable is "
     "correctly set. Else, check your network connection.\n"
     "FAILED\n" + _GHA),
    # cf/errors/http_error.go with errors/v2.yml 100005 (AppMemoryQuotaExceeded "You have exceeded your
    # organization's memory limit: %s")
    ("cf6-org-memory-quota-exceeded", "real",
     "+ cf scale acme-web -i 6\n"
     "Scaling app acme-web in org acme / space ci as ci-bot...\n"
     "FAILED\n"
     "Server error, status code: 400, error code: 100005, message: You have exceeded your organization's memory "
     "limit: app requested more memory than available\n" + _GHA),
    # translatableerror (unauthorized: "Credentials were rejected, please try again.")
    ("cf-auth-credentials-rejected", "real",
     "+ cf auth \"$CF_USER\" \"$CF_PASSWORD\"\n"
     "API endpoint: https://api.sys.example.net\n"
     "Authenticating...\n"
     "Credentials were rejected, please try again.\n"
     "FAILED\n" + _GHA),
    # translatableerror/not_logged_in_error.go ("Not logged in. Use '{{.CFLoginCommand}}' or ... to log in.")
    ("cf-not-logged-in", "real",
     "+ cf push acme-web\n"
     "FAILED\n"
     "Not logged in. Use 'cf login' or 'cf login --sso' to log in.\n" + _CIRCLE),
    # translatableerror (invalid SSL cert: "Invalid SSL Cert for {{.API}}\nTIP: Use 'cf {{.SuggestedCommand}}
    # --skip-ssl-validation' to continue with an insecure API endpoint")
    ("cf-invalid-ssl-cert", "real",
     "+ cf api https://api.sys.internal.example\n"
     "Setting API endpoint to https://api.sys.internal.example...\n"
     "Invalid SSL Cert for api.sys.internal.example\n"
     "TIP: Use 'cf api --skip-ssl-validation' to continue with an insecure API endpoint\n"
     "FAILED\n" + _GHA),
    # translatableerror/service_plan_not_found_error.go ("The plan '{{.PlanName}}' could not be found for service
    # offering '{{.OfferingName}}' and broker '{{.ServiceBrokerName}}'.")
    ("cf-service-plan-not-found", "real",
     "+ cf create-service acme-postgres xlarge ci-db -b acme-broker\n"
     "Creating service instance ci-db in org acme / space ci as ci-bot...\n"
     "The plan 'xlarge' could not be found for service offering 'acme-postgres' and broker 'acme-broker'.\n"
     "FAILED\n" + _GHA),
    # ================================================================== Salesforce CLI: deploys and Apex tests
    # salesforcecli/plugin-deploy-retrieve src/formatters/deployResultFormatter.ts ("Component Failures [%d]",
    # columns Type / Name / Problem / Line:Column): an Apex class that does not compile
    ("sf-deploy-component-compile-failure", "real",
     _SF_DEPLOY
     + "\nComponent Failures [1]\n"
     " Type      Name            Problem                              Line:Column\n"
     " ApexClass InvoiceService  Variable does not exist: totl        42:17\n"
     + _GHA),
    # the same table with a field the deploy references that is not in the org
    ("sf-deploy-component-missing-field", "real",
     _SF_DEPLOY
     + "\nComponent Failures [1]\n"
     " Type         Name                 Problem                                                      Line:Column\n"
     " Layout       Invoice__c-Invoice   In field: field - no CustomField named Invoice__c.Total__c found\n"
     + _GHA),
    # src/formatters/testResultsFormatter.ts ("Test Failures [%d]", "• name.method", "message: ...",
    # "Test Results Summary", "Passing:", "Failing:")
    ("sf-apex-test-assertion-failure", "real",
     _SF_DEPLOY
     + "\nTest Failures [1]\n"
     "• InvoiceServiceTest.testTotals\n"
     "  message: System.AssertException: Assertion Failed: Expected: 120, Actual: 100\n"
     "  stacktrace: Class.InvoiceServiceTest.testTotals: line 33, column 1\n\n"
     "Test Results Summary\n"
     "Passing: 41\n"
     "Failing: 1\n"
     "Total: 42\n" + _GHA),
    # the same formatter with the API's UNABLE_TO_LOCK_ROW (Salesforce API error codes, documented: "unable to
    # obtain exclusive access to this record"): two tests' DML contending for one row in a parallel test run
    ("sf-apex-test-unable-to-lock-row", "transient",
     _SF_DEPLOY
     + "\nTest Failures [1]\n"
     "• OrderTriggerTest.bulkInsert\n"
     "  message: System.DmlException: Insert failed. First exception on row 0; first error: UNABLE_TO_LOCK_ROW, "
     "unable to obtain exclusive access to this record or 1 records: 0015g00000AbCdEAAZ: []\n"
     "  stacktrace: Class.OrderTriggerTest.bulkInsert: line 21, column 1\n\n"
     "Test Results Summary\n"
     "Passing: 87\n"
     "Failing: 1\n"
     "Total: 88\n" + _GHA),
    # the deploy's component table with the same lock (a data-bearing metadata change while another job writes)
    ("sf-deploy-component-unable-to-lock-row", "transient",
     _SF_DEPLOY
     + "\nComponent Failures [1]\n"
     " Type          Name           Problem                                                                  Line:Column\n"
     " CustomObject  Invoice__c     UNABLE_TO_LOCK_ROW: unable to obtain exclusive access to this record\n"
     + _CIRCLE),
    # source-deploy-retrieve messages/sdr.md (error_retry_limit_exceeded "Exceeded maximum of %s consecutive
    # retryable errors. Last error: %s"; client/metadataTransfer.ts isRetryableError: ERROR_HTTP_503, ECONNRESET)
    ("sf-metadata-retryable-errors-exhausted", "transient",
     _SF_DEPLOY
     + "Error (MetadataTransferError): Exceeded maximum of 25 consecutive retryable errors. Last error: ERROR_HTTP_503\n"
     + _GHA),
    # the Salesforce API's REQUEST_LIMIT_EXCEEDED for concurrent long-running requests (documented: "Salesforce
    # Developer Limits", ConcurrentPerOrgLongTxn): frees as the other requests finish
    ("sf-concurrent-request-limit", "transient",
     "+ sf apex run test --test-level RunLocalTests --wait 30 --target-org ci\n"
     "Error (REQUEST_LIMIT_EXCEEDED): ConcurrentPerOrgLongTxn Limit exceeded.\n" + _GHA),
    # the API's INVALID_SESSION_ID (documented: "Session expired or invalid")
    ("sf-invalid-session-id", "real",
     "+ sf project deploy start --source-dir force-app --target-org ci\n"
     "Error (INVALID_SESSION_ID): Session expired or invalid\n" + _GHA),
    # scratch-org sign-up limit (documented: "Scratch Org Error Codes"; LIMIT_EXCEEDED "... daily scratch org
    # signup limit") in sfdx's "ERROR running <command>: " form
    ("sfdx-scratch-org-daily-limit", "real",
     "+ sfdx force:org:create -f config/project-scratch-def.json -a ci -d 1 -w 10\n"
     "ERROR running force:org:create:  LIMIT_EXCEEDED: The signup request failed because this organization has "
     "reached its daily scratch org signup limit\n" + _GHA),
    # forcedotcom/sfdx-core messages/scratchOrgErrorCodes.md (SignupFailedError "The request to create a scratch
    # org failed with error code: %s.", C-9999 "A fatal signup error occurred. Please try again.")
    ("sf-scratch-org-c9999-fatal-signup", "transient",
     "+ sf org create scratch --definition-file config/project-scratch-def.json --alias ci --duration-days 1\n"
     "Creating Scratch Org...\n"
     "Error (SignupFailedError): The request to create a scratch org failed with error code: C-9999.\n\n"
     "Try this:\n\n"
     "A fatal signup error occurred. Please try again. If you still see this error, contact Salesforce Support for "
     "assistance\n" + _GHA),
    # the same file (C-1015 "We encountered a problem while registering your My Domain value with the DNS provider.
    # Please try again.")
    ("sf-scratch-org-c1015-dns", "transient",
     "+ sf org create scratch --definition-file config/project-scratch-def.json --alias ci\n"
     "Error (SignupFailedError): The request to create a scratch org failed with error code: C-1015.\n\n"
     "Try this:\n\n"
     "We encountered a problem while registering your My Domain value with the DNS provider. Please try again.\n"
     + _CIRCLE),
    # sfdx-core src/org/scratchOrgInfoApi.ts ("The scratch org did not complete within %s minutes",
    # orgCreationTimeout): the Dev Hub's sign-up queue, not the project
    ("sf-scratch-org-creation-timeout", "transient",
     "+ sf org create scratch --definition-file config/project-scratch-def.json --alias ci --wait 6\n"
     "Error (orgCreationTimeout): The scratch org did not complete within 6 minutes\n\n"
     "Try this:\n\n"
     "Try your force:org:create command again with a longer --wait value\n" + _GHA),
    # scratchOrgErrorCodes.md (S-1019 "The My Domain value you chose is already in use.")
    ("sf-scratch-org-s1019-my-domain-taken", "real",
     "+ sf org create scratch --definition-file config/project-scratch-def.json --alias ci\n"
     "Error (SignupFailedError): The request to create a scratch org failed with error code: S-1019.\n\n"
     "Try this:\n\n"
     "The My Domain value you chose is already in use.\n" + _GHA),
    # near-miss: an Apex test ABOUT the limit that fails on its own assertion
    ("sf-apex-test-about-request-limit", "real",
     _SF_DEPLOY
     + "\nTest Failures [1]\n"
     "• RateGuardTest.testRequestLimitExceededIsHandled\n"
     "  message: System.AssertException: Assertion Failed: Expected: REQUEST_LIMIT_EXCEEDED, Actual: null\n"
     "  stacktrace: Class.RateGuardTest.testRequestLimitExceededIsHandled: line 18, column 1\n\n"
     "Test Results Summary\n"
     "Passing: 12\n"
     "Failing: 1\n"
     "Total: 13\n" + _GHA),
    # near-miss: a Node client's jest test about its lock-retry logic
    ("jest-test-about-unable-to-lock-row", "real",
     "> jest\n"
     "FAIL test/retry.test.ts\n"
     "  ● upsert › retries on UNABLE_TO_LOCK_ROW three times\n\n"
     "    expect(received).toBe(expected) // Object.is equality\n\n"
     "    Expected: 3\n"
     "    Received: 1\n\n"
     "Tests:       1 failed, 23 passed, 24 total\n" + _GHA),
    # ================================================================== Heroku: git push builds and dynos
    # Heroku's build server (closed; devcenter "Deploying with Git"): "Push rejected, failed to compile %s app."
    # below the project's own TypeScript error
    ("heroku-push-rejected-compile-error", "real",
     _HEROKU_PUSH
     + "remote: -----> Build\n"
     "remote:        Running build\n"
     "remote:        src/server.ts(12,7): error TS2322: Type 'string' is not assignable to type 'number'.\n"
     "remote:  !     Push rejected, failed to compile Node.js app.\n"
     "remote:  !     Push failed\n"
     "To https://git.heroku.com/acme-web.git\n"
     " ! [remote rejected] HEAD -> main (pre-receive hook declined)\n"
     "error: failed to push some refs to 'https://git.heroku.com/acme-web.git'\n" + _GHA),
    # devcenter ("No default language could be detected for this app.")
    ("heroku-no-default-language", "real",
     _HEROKU_PUSH
     + "remote:  !     No default language could be detected for this app.\n"
     "remote: \t\t\tHINT: This occurs when Heroku cannot detect the buildpack to use for this application automatically.\n"
     "remote:  !     Push failed\n"
     " ! [remote rejected] HEAD -> main (pre-receive hook declined)\n"
     "error: failed to push some refs to 'https://git.heroku.com/acme-web.git'\n" + _GHA),
    # devcenter ("Slug size limits": "Compiled slug size: %s is too large (max is 500M).")
    ("heroku-slug-too-large", "real",
     _HEROKU_PUSH
     + "remote: -----> Compressing...\n"
     "remote:  !     Compiled slug size: 612.4M is too large (max is 500M).\n"
     "remote:  !     See: http://devcenter.heroku.com/articles/slug-size\n"
     "remote:  !     Push failed\n"
     "error: failed to push some refs to 'https://git.heroku.com/acme-web.git'\n" + _CIRCLE),
    # Heroku's git service (closed; its documented outage words "Heroku Git error, please try again shortly.")
    ("heroku-git-error-try-again", "transient",
     "+ git push https://git.heroku.com/acme-web.git HEAD:main\n"
     "remote: !\tHeroku Git error, please try again shortly.\n"
     "remote: !\tSee http://status.heroku.com for current Heroku platform status.\n"
     "fatal: the remote end hung up unexpectedly\n"
     "error: failed to push some refs to 'https://git.heroku.com/acme-web.git'\n" + _GHA),
    # heroku/cli src/lib/apps/error-info.ts (H10 "App Crashed") with the router's line (devcenter "Heroku Error
    # Codes": at=error code=H10 desc="App crashed") below the app's own boot error
    ("heroku-h10-after-app-missing-module", "real",
     "+ heroku logs --app acme-web-staging -n 50\n"
     "2024-05-01T10:03:01.000000+00:00 app[web.1]: Error: Cannot find module 'express'\n"
     "2024-05-01T10:03:01.000000+00:00 app[web.1]: Require stack:\n"
     "2024-05-01T10:03:01.000000+00:00 heroku[web.1]: Process exited with status 1\n"
     "2024-05-01T10:03:01.000000+00:00 heroku[web.1]: State changed from starting to crashed\n"
     "2024-05-01T10:03:09.000000+00:00 heroku[router]: at=error code=H10 desc=\"App crashed\" method=GET path=\"/health\" "
     "host=acme-web-staging.example.net status=503\n" + _GHA),
    # error-info.ts (H99 "Platform error") with the router's documented line
    ("heroku-h99-platform-error", "transient",
     "+ ./scripts/smoke.sh https://acme-web-staging.example.net/health\n"
     "smoke: GET /health -> 503\n"
     "+ heroku logs --app acme-web-staging -n 5\n"
     "2024-05-01T10:05:12.000000+00:00 heroku[router]: at=error code=H99 desc=\"Platform error\" method=GET "
     "path=\"/health\" host=acme-web-staging.example.net status=503\n" + _GHA),
    # the Platform API's error id rate_limit (documented: "Your account reached the API rate limit\nPlease wait a
    # few minutes before making new requests") as the CLI's oclif error box prints it
    ("heroku-api-rate-limit", "transient",
     "+ heroku config:set RELEASE_SHA=3f1a2b9 --app acme-web\n"
     " ›   Error: Your account reached the API rate limit\n"
     " ›   Please wait a few minutes before making new requests\n"
     " ›\n"
     " ›   Error ID: rate_limit\n" + _GHA),
    # heroku/cli src/commands/container/release.ts ("Error: release command failed") below the release phase's
    # own migration error
    ("heroku-release-command-migration-error", "real",
     "+ heroku container:release web --app acme-web\n"
     "Releasing images web to acme-web... done\n"
     "Running release command...\n"
     "django.db.utils.ProgrammingError: column \"total_cents\" of relation \"billing_invoice\" does not exist\n"
     " ›   Error: release command failed\n" + _GHA),
    # ================================================================== DigitalOcean App Platform (doctl)
    # digitalocean/doctl commands/errors.go ("%s: %v" with "Error") and godo's ErrorResponse ("%v %v: %d (request
    # %q) %v")
    ("doctl-apps-api-503", "transient",
     "+ doctl apps create-deployment 4f3e2d1c-0000-4000-8000-aabbccddeeff --wait\n"
     "Error: POST https://api.digitalocean.com/v2/apps/4f3e2d1c-0000-4000-8000-aabbccddeeff/deployments: 503 "
     "(request \"7c1d2e3f-ffff\") Service Unavailable\n" + _GHA),
    ("doctl-apps-api-429", "transient",
     "+ doctl apps get 4f3e2d1c-0000-4000-8000-aabbccddeeff\n"
     "Error: GET https://api.digitalocean.com/v2/apps/4f3e2d1c-0000-4000-8000-aabbccddeeff: 429 (request "
     "\"a1b2c3d4\") Too many requests\n" + _GHA),
    # commands/apps.go ("timeout waiting to app (%s) deployment"): the platform's deploy past doctl's fixed 30-minute
    # wait (180 polls, 10 s apart), as a staging timeout on a shared platform
    ("doctl-apps-wait-timeout", "transient",
     "+ doctl apps create-deployment 4f3e2d1c-0000-4000-8000-aabbccddeeff --wait\n"
     "Error: timeout waiting to app (4f3e2d1c-0000-4000-8000-aabbccddeeff) deployment\n" + _GHA),
    ("doctl-apps-api-401", "real",
     "+ doctl apps list\n"
     "Error: GET https://api.digitalocean.com/v2/apps: 401 (request \"e5f6a7b8\") Unable to authenticate you\n"
     + _GHA),
    # ================================================================== OpenShift (oc)
    # openshift/oc pkg/cli/startbuild ("the build %s/%s status is %q") below the build's registry push answered
    # 502 (openshift/api build/v1 PushImageToRegistryFailed)
    ("oc-start-build-push-502", "transient",
     "+ oc start-build acme-web --from-dir=. --follow --wait\n"
     "Uploading directory \".\" as binary input for the build ...\n"
     "STEP 9/9: CMD [\"node\", \"dist/server.js\"]\n"
     "Pushing image image-registry.openshift-image-registry.svc:5000/acme-ci/acme-web:latest ...\n"
     "error: build error: Failed to push image: writing blob: uploading layer chunked: received unexpected HTTP "
     "status: 502 Bad Gateway\n"
     "error: the build acme-ci/acme-web-7 status is \"Failed\"\n" + _GHA),
    # the same below the project's own compile error inside a docker-strategy build
    ("oc-start-build-compile-error", "real",
     "+ oc start-build acme-api --from-dir=. --follow --wait\n"
     "STEP 5/8: RUN mvn -B -q package\n"
     "[ERROR] /tmp/src/src/main/java/acme/api/OrderResource.java:[14,8] cannot find symbol\n"
     "[ERROR]   symbol:   class OrderDto\n"
     "error: build error: error building at STEP \"RUN mvn -B -q package\": exit status 1\n"
     "error: the build acme-ci/acme-api-12 status is \"Failed\"\n" + _GHA),
    # openshift/oc pkg/cli/login ("Login failed (401 Unauthorized)", "Verify you have provided the correct
    # credentials.")
    ("oc-login-401", "real",
     "+ oc login --token=*** --server=https://api.ocp.example.net:6443\n"
     "Login failed (401 Unauthorized)\n"
     "Verify you have provided the correct credentials.\n" + _GHA),
    # ================================================================== SAP MTA build tool (mbt)
    # SAP/cloud-mta-build-tool internal/commands (execFailedMsg "could not build the MTA project") and
    # internal/exec/exec_msg.go (execFailed `could not execute the "%s" command`) below the module's own error
    ("mbt-build-module-compile-error", "real",
     "+ mbt build -p=cf -t ./mta_archives\n"
     "[2024-05-01 10:00:05]  INFO executing the \"make -f Makefile_20240501100001.mta p=cf mtar= strict=true mode=\" command...\n"
     "srv/handlers/order.ts(7,10): error TS2305: Module '\"@sap/cds\"' has no exported member 'Servce'.\n"
     "make: *** [Makefile_20240501100001.mta:40: acme-srv] Error 2\n"
     "[2024-05-01 10:00:31]  ERROR could not build the MTA project: could not execute the \"make -f "
     "Makefile_20240501100001.mta p=cf mtar= strict=true mode=\" command: exit status 2\n" + _GHA),
    # the same wrap below npm's network timeout in a module's build
    ("mbt-build-npm-etimedout", "transient",
     "+ mbt build -p=cf\n"
     "npm ERR! code ETIMEDOUT\n"
     "npm ERR! network request to https://registry.npmjs.org/@sap%2fcds failed, reason: connect ETIMEDOUT 104.16.0.35:443\n"
     "make: *** [Makefile_20240501100001.mta:40: acme-srv] Error 1\n"
     "[2024-05-01 10:02:10]  ERROR could not build the MTA project: could not execute the \"make -f "
     "Makefile_20240501100001.mta p=cf mtar= strict=true mode=\" command: exit status 2\n" + _GHA),
    # SAP/cloud-mta-build-tool internal/exec/exec_msg.go (ExecTimeoutMsg "the build timed out after %s"): the
    # build's time limit, read as a CI step's time limit is
    ("mbt-build-timed-out", "transient",
     "+ mbt build -p=cf --timeout 10m\n"
     "[2024-05-01 10:10:05]  ERROR could not build the MTA project: the build timed out after 10m0s\n" + _GHA),
    # internal/commands ('the "%s" module is not defined in the MTA file')
    ("mbt-module-not-defined", "real",
     "+ mbt module-build -m acme-ui\n"
     "[2024-05-01 10:00:02]  ERROR the \"acme-ui\" module is not defined in the MTA file\n" + _GHA),
    # ================================================================== Mule Maven plugin
    # mulesoft/mule-maven-plugin mule-deployer ClientException ("%d %s: %s") inside Maven's goal failure
    ("mule-deploy-401-unauthorized", "real",
     "[INFO] --- mule-maven-plugin:4.1.1:deploy (default-deploy) @ acme-orders-api ---\n"
     "[ERROR] Failed to execute goal org.mule.tools.maven:mule-maven-plugin:4.1.1:deploy (default-deploy) on "
     "project acme-orders-api: Failed to deploy application acme-orders-api: 401 Unauthorized: "
     "{\"message\":\"Invalid credentials\"} -> [Help 1]\n" + _GHA),
    ("mule-deploy-503-unavailable", "transient",
     "[INFO] --- mule-maven-plugin:4.1.1:deploy (default-deploy) @ acme-orders-api ---\n"
     "[ERROR] Failed to execute goal org.mule.tools.maven:mule-maven-plugin:4.1.1:deploy (default-deploy) on "
     "project acme-orders-api: Failed to deploy application acme-orders-api: 503 Service Unavailable: "
     "upstream connect error or disconnect/reset before headers -> [Help 1]\n" + _GHA),
    # ================================================================== near-misses for the new entries
    # an application's own log line quoting the lock error at INFO while its test fails on a value
    ("pytest-app-log-quotes-lock-row-then-assertion", "real",
     "+ python -m pytest tests/test_sync.py\n"
     "INFO     sync:sync.py:88 upstream said UNABLE_TO_LOCK_ROW: unable to obtain exclusive access to this record, retrying\n"
     "FAILED tests/test_sync.py::test_totals - AssertionError: assert 118 == 120\n"
     "========================= 1 failed, 14 passed in 1.90s =========================\n" + _GHA),
    # a test ABOUT the cf capacity error (its title and assertion), not the platform's answer
    ("jest-test-about-insufficient-resources", "real",
     "> jest\n"
     "FAIL test/cfDeploy.test.ts\n"
     "  ● parseBuildError › maps 'InsufficientResources - Insufficient resources: memory' to retryable\n\n"
     "    expect(received).toBe(expected) // Object.is equality\n\n"
     "    Expected: true\n"
     "    Received: false\n\n"
     "Tests:       1 failed, 9 passed, 10 total\n" + _GHA),
    # Heroku's H14 (no web dynos running) after a release that scaled web to zero: the router's 503 is the app's state
    ("heroku-h14-no-web-dynos", "real",
     "+ ./scripts/smoke.sh https://acme-web-staging.example.net/health\n"
     "2024-05-01T10:05:12.000000+00:00 heroku[router]: at=error code=H14 desc=\"No web processes running\" method=GET "
     "path=\"/health\" host=acme-web-staging.example.net status=503\n"
     "smoke: expected 200 from /health, got 503\n" + _GHA),
    # ================================================================== near-misses: packages named after platforms
    ("python-missing-cfenv-module", "real",
     "+ python -m pytest tests\n"
     "ImportError while importing test module '/src/tests/test_config.py'.\n"
     "tests/test_config.py:3: in <module>\n"
     "    import cfenv\n"
     "E   ModuleNotFoundError: No module named 'cfenv'\n" + _GHA),
    ("pytest-test-about-staging-error", "real",
     "+ python -m pytest tests/test_deployer.py\n"
     "FAILED tests/test_deployer.py::test_reports_insufficient_resources - AssertionError: assert 'retry' == 'fail'\n"
     "    >       assert classify('InsufficientResources - Insufficient resources: memory') == 'fail'\n"
     "========================= 1 failed, 31 passed in 2.10s =========================\n" + _GHA),
]

NOT_SURELY_TRANSIENT: list[tuple[str, str]] = [
    # command/translatableerror/startup_timeout_error.go: the job's own app never bound its port in time (a slow
    # boot on a busy cell, or an app that listens on the wrong port)
    ("cf-start-app-timeout",
     _CF_START
     + "Instances starting...\n"
     "Instances starting...\n"
     "Start app timeout\n\n"
     "TIP: Application must be listening on the right port. Instead of hard coding the port, use the $PORT environment variable.\n\n"
     "Use 'cf logs acme-web --recent' for more information\n"
     "FAILED\n" + _GHA),
    # translatableerror/application_unable_to_start_error.go with nothing above it
    ("cf-start-unsuccessful-bare",
     _CF_START
     + "Instances starting...\n"
     "Start unsuccessful\n\n"
     "TIP: use 'cf logs acme-web --recent' for more information\n"
     "FAILED\n" + _GHA),
    # failure_reason_sanitizer.rb's catch-all ("StagingError", "staging failed")
    ("cf-staging-error-generic",
     _CF_PUSH
     + "Error staging application: StagingError - Staging error: staging failed\n"
     "FAILED\n" + _GHA),
    # BuildpackCompileFailed with nothing above it: the project's build or a download the buildpack timed out on
    ("cf-buildpack-compile-failed-bare",
     _CF_PUSH
     + "Error staging application: BuildpackCompileFailed - App staging failed in the buildpack compile phase\n"
     "FAILED\n" + _GHA),
    # devcenter "Heroku Error Codes" (R10 "Boot timeout"; "Web process failed to bind to $PORT within 60 seconds of
    # launch"): the job's own app, slow or listening on the wrong port
    ("heroku-r10-boot-timeout",
     "+ heroku logs --app acme-web-staging -n 20\n"
     "2024-05-01T10:04:00.000000+00:00 heroku[web.1]: Error R10 (Boot timeout) -> Web process failed to bind to "
     "$PORT within 60 seconds of launch\n"
     "2024-05-01T10:04:00.000000+00:00 heroku[web.1]: Stopping process with SIGKILL\n"
     "2024-05-01T10:04:01.000000+00:00 heroku[web.1]: State changed from starting to crashed\n" + _GHA),
    # a bare H10 (the app crashed; the reason is in lines the job did not print)
    ("heroku-h10-bare",
     "+ ./scripts/smoke.sh https://acme-web-staging.example.net/health\n"
     "2024-05-01T10:03:09.000000+00:00 heroku[router]: at=error code=H10 desc=\"App crashed\" method=GET "
     "path=\"/health\" host=acme-web-staging.example.net status=503\n" + _GHA),
    # devcenter ("Timed out compiling %s app (15 minutes)"): the project's heavy build or a slow build host
    ("heroku-build-timed-out-compiling",
     _HEROKU_PUSH
     + "remote: -----> Installing requirements with pip\n"
     "remote:  !     Timed out compiling Python app (15 minutes)\n"
     "remote:  !     See https://devcenter.heroku.com/articles/slug-compiler#time-limit\n"
     "error: failed to push some refs to 'https://git.heroku.com/acme-web.git'\n" + _GHA),
    # plugin-deploy-retrieve messages/deploy.metadata.md (error.ClientTimeout): the job's --wait, or a slow queue
    ("sf-deploy-client-timeout",
     _SF_DEPLOY.replace("Status: Failed\n", "Status: InProgress\n")
     + "Error (ClientTimeout): The command has timed out, although the deployment is still running. Use \"sf "
     "project deploy resume\" to resume watching the deployment.\n" + _GHA),
    # sfdx-core status/pollingClient.ts ("The client has timed out.", PollingClientTimeout) in sfdx's form
    ("sfdx-polling-client-timeout",
     "+ sfdx force:source:deploy -p force-app -l RunLocalTests -w 30\n"
     "ERROR running force:source:deploy:  The client has timed out.\n" + _GHA),
    # REQUEST_LIMIT_EXCEEDED on the org's rolling 24-hour API allowance (documented: TotalRequests): it does not
    # free within a rerun's time
    ("sf-total-requests-limit",
     "+ sf data query --query \"SELECT Id FROM Account\" --target-org ci\n"
     "Error (REQUEST_LIMIT_EXCEEDED): TotalRequests Limit exceeded.\n" + _GHA),
    # the active scratch-org limit (documented): frees when the other jobs' orgs are deleted, or never
    ("sfdx-scratch-org-active-limit",
     "+ sfdx force:org:create -f config/project-scratch-def.json -a ci -d 1\n"
     "ERROR running force:org:create:  LIMIT_EXCEEDED: The signup request failed because this organization has "
     "reached its active scratch org limit\n" + _GHA),
    # doctl commands/apps.go ("error deploying app (%s) (deployment ID: %s):\n%s"): a failed step, whose cause the
    # build or deploy logs hold
    ("doctl-apps-deployment-error-step",
     "+ doctl apps create-deployment 4f3e2d1c-0000-4000-8000-aabbccddeeff --wait\n"
     "Error: error deploying app (4f3e2d1c-0000-4000-8000-aabbccddeeff) (deployment ID: 9a8b7c6d-1111-4222-8333-444455556666):\n"
     "godo.DeploymentProgress{PendingSteps:0, RunningSteps:0, SuccessSteps:2, ErrorSteps:1, TotalSteps:6}\n" + _GHA),
    # oc pkg/cli/startbuild with nothing above it
    ("oc-start-build-failed-bare",
     "+ oc start-build acme-web --wait\n"
     "build.build.openshift.io/acme-web-7 started\n"
     "error: the build acme-ci/acme-web-7 status is \"Failed\"\n" + _GHA),
    # mule-maven-plugin's standalone and cluster deployers ("Application deployment timeout.")
    ("mule-application-deployment-timeout",
     "[INFO] --- mule-maven-plugin:4.1.1:deploy (default-deploy) @ acme-orders-api ---\n"
     "[ERROR] Failed to execute goal org.mule.tools.maven:mule-maven-plugin:4.1.1:deploy (default-deploy) on "
     "project acme-orders-api: Application deployment timeout. -> [Help 1]\n" + _GHA),
]


@pytest.mark.parametrize(("verdict", "log"), labelled(CASES))
def test_paas_enterprise_message_reads_right(verdict, log):
    reads(log, verdict)


@pytest.mark.parametrize("log", logs(NOT_SURELY_TRANSIENT))
def test_ambiguous_paas_enterprise_failures_do_not_read_surely_transient(log):
    not_surely_transient(log)


def test_case_ids_are_unique():
    assert_unique_ids(CASES, NOT_SURELY_TRANSIENT)


# One line of 50,000 characters of each of these words is read by benchmarks/pattern_speed.py,
# which prints the seconds each takes (a guard against patterns that backtrack; a timing is a
# benchmark's, not a test's).
LONG_LINE_WORDS = [
    "Error staging application ",
    "UNABLE_TO_LOCK_ROW ",
    "REQUEST_LIMIT_EXCEEDED ",
    "Timed out compiling ",
    "ERROR running force:source:deploy: ",
]
