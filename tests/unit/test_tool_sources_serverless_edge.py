"""Fifteenth round, tool sources: serverless and edge platforms' CLIs in CI. The AWS SAM CLI (sam build,
sam deploy, sam local invoke), the Serverless Framework, the CloudFormation stack events both print, the
AWS CLI deploying Lambda functions, Azure Functions Core Tools (func azure functionapp publish), gcloud
deploying Cloud Functions and Cloud Run, Cloudflare's wrangler, the Vercel and Netlify CLIs and Netlify's
build log, the Supabase CLI (supabase start, db push) and flyctl. What test_tool_sources_deploy.py and
test_tool_sources_signing_auth_iac.py already hold (missing credentials, a stack in ROLLBACK_COMPLETE, a
throttled CreateChangeSet, Netlify's TextHTTPError 502, Vercel's invalid token, flyctl's remote builder) is
not repeated here.

Each case is a short log written for the test around one message as the tool prints it. The wording was
read from the tools' own source where it is open (the comment above each case names the repository and
file holding the format string): aws/aws-sam-cli, serverless/serverless, cloudflare/workers-sdk,
netlify/cli, supabase/cli, superfly/flyctl (and superfly/fly-go), Azure/azure-functions-core-tools.
AWS's service messages (CloudFormation's "Resource handler returned message", Lambda's size limits and
ResourceConflictException), Google Cloud's (gcloud's OperationError, Cloud Run's revision readiness),
Vercel's free-tier limit, Netlify's build bot and Cloudflare's API error codes come from closed services:
they rest on the services' documentation and on the issue threads that quote them. Hosts, stacks,
functions, buckets and paths are made up; no project's CI log is copied.

The rules the cases hold:
  * an outage of the platform's API (a 5xx, a 429 or "Rate Exceeded", InternalFailure, a timeout, Cloudflare's
    "unknown error" code 10013, a Docker Hub pull rate limit while supabase start pulls its images, a
    container that took too long to accept a connection) -> transient;
  * Lambda's ResourceConflictException "An update is in progress for resource" -> transient: Lambda refuses
    a second change while the function's previous update (from this job a second earlier or from another
    pipeline deploying the same function) is still being applied; it clears within seconds to a minute, and
    a rerun starts on a function whose LastUpdateStatus is Successful. (A deploy script that never waits with
    `aws lambda wait function-updated` can hit it again, but not on every run.) flyctl's lease held by
    another deploy is read the same way;
  * a stack left in a state no update can leave without a person (UPDATE_ROLLBACK_FAILED, a deployment
    bucket removed by hand), a size limit (Lambda's 250 MB unzipped, Cloudflare's script_too_large), a
    build or code error (a missing runtime interpreter, a failing build script, a migration's SQL, a
    container that never listens on $PORT), a resource that already exists, refused credentials,
    a missing capability, an empty change set that fails the deploy -> real;
  * a platform's daily free-tier limit (Vercel's api-deployments-free-per-day) -> real: the same for the
    rest of the day, whatever "try again in" says;
  * wordings printed both for a slow platform and for a release that cannot start (a function timing out
    under sam local invoke, a Supabase container unhealthy at the deadline, a Fly machine that never
    started, a stack in REVIEW_IN_PROGRESS, a Worker test over its CPU limit) -> not surely transient.
"""

from __future__ import annotations

import pytest
from judging import assert_unique_ids, labelled, logs, not_surely_transient, reads

_EXIT = "##[error]Process completed with exit code 1.\n"
_CIRCLE = "\nExited with code exit status 1\n"
_GITLAB = "ERROR: Job failed: exit code 1\n"

CASES: list[tuple[str, str, str]] = [
    # ------------------------------------------------------------------ AWS SAM CLI: sam build
    # aws/aws-sam-cli samcli/commands/build/build_context.py ("Build Failed"); the workflow error from
    # aws/aws-lambda-builders (PythonPipBuilder:Validation "Binary validation failed for %s ... Do you have %s
    # for runtime: %s on your PATH?")
    ("sam-build-python-runtime-missing", "real",
     "+ sam build\n"
     "Building codeuri: /home/runner/work/orders/src/orders runtime: python3.12 metadata: {} architecture: x86_64 functions: OrdersFunction\n"
     "\n"
     "Build Failed\n"
     "Error: PythonPipBuilder:Validation - Binary validation failed for python, searched for python in following locations  : ['/usr/bin/python3'] which did not satisfy constraints for runtime: python3.12. Do you have python for runtime: python3.12 on your PATH?\n"
     + _EXIT),
    # the npm workflow of aws-lambda-builders (NodejsNpmBuilder:NpmInstall "NPM Failed: %s") with npm's own
    # network error beneath it
    ("sam-build-npm-install-econnreset", "transient",
     "+ sam build --cached\n"
     "Building codeuri: /home/circleci/project/functions/api runtime: nodejs20.x metadata: {} architecture: arm64 functions: ApiFunction\n"
     "Running NodejsNpmBuilder:NpmPack\n"
     "Running NodejsNpmBuilder:NpmInstall\n"
     "\n"
     "Build Failed\n"
     "Error: NodejsNpmBuilder:NpmInstall - NPM Failed: npm ERR! code ECONNRESET\n"
     "npm ERR! network aborted\n"
     "npm ERR! network This is a problem related to network connectivity.\n"
     + _CIRCLE),
    # aws-lambda-builders PythonPipBuilder:ResolveDependencies ("{pip_failure_reason: ...}") over pip's own
    # "Could not find a version that satisfies the requirement" with versions listed: a pin that does not exist
    ("sam-build-pip-pin-missing", "real",
     "Running PythonPipBuilder:ResolveDependencies\n"
     "\n"
     "Build Failed\n"
     "Error: PythonPipBuilder:ResolveDependencies - {pip_failure_reason: ERROR: Could not find a version that satisfies the requirement orders-core==4.9.0 (from versions: 4.1.0, 4.2.0, 4.3.1)}\n"
     + _EXIT),
    # samcli/local/docker/platform_config.py ("Running AWS SAM projects locally requires Docker. Do you have
    # Docker installed and running?"): --use-container on an executor without a Docker daemon
    ("sam-build-use-container-no-docker", "real",
     "+ sam build --use-container\n"
     "Starting Build inside a container\n"
     "Error: Running AWS SAM projects locally requires Docker. Do you have Docker installed and running?\n"
     + _CIRCLE),
    # ------------------------------------------------------------------ AWS SAM CLI: sam deploy
    # samcli/commands/deploy/exceptions.py (ChangeEmptyError "No changes to deploy. Stack {stack_name} is up to
    # date"): without --no-fail-on-empty-changeset the deploy fails the same way on every rerun
    ("sam-deploy-no-changes", "real",
     "Initiating deployment\n"
     "=====================\n"
     "Waiting for changeset to be created..\n"
     "\n"
     "Error: No changes to deploy. Stack orders-prod is up to date\n"
     + _EXIT),
    # samcli/lib/deploy/deployer.py (ChangeSetError with "ex: {ex} Status: {status}. Reason: {reason}" after
    # botocore's waiter "Waiter ChangeSetCreateComplete failed"): a template that needs a capability
    ("sam-deploy-changeset-capability", "real",
     "Waiting for changeset to be created..\n"
     "\n"
     "Error: Failed to create changeset for the stack: orders-prod, ex: Waiter ChangeSetCreateComplete failed: Waiter encountered a terminal failure state: For expression \"Status\" we matched expected path: \"FAILED\" Status: FAILED. Reason: Requires capabilities : [CAPABILITY_IAM]\n"
     + _EXIT),
    ("sam-deploy-changeset-internal-failure", "transient",
     "Initiating deployment\n"
     "=====================\n"
     "Error: Failed to create changeset for the stack: orders-prod, An error occurred (InternalFailure) when calling the CreateChangeSet operation (reached max retries: 4): None\n"
     + _EXIT),
    # DeployFailedError ("Failed to create/update the stack: {stack_name}, {msg}") with the waiter landing on
    # UPDATE_ROLLBACK_FAILED: the stack needs continue-update-rollback by hand
    ("sam-deploy-update-rollback-failed", "real",
     "CloudFormation events from stack operations (refresh every 5.0 seconds)\n"
     "UPDATE_ROLLBACK_FAILED   AWS::CloudFormation::Stack   orders-prod   The following resource(s) failed to update: [OrdersTable].\n"
     "Error: Failed to create/update the stack: orders-prod, Waiter StackUpdateComplete failed: Waiter encountered a terminal failure state: For expression \"Stacks[].StackStatus\" we matched expected path: \"UPDATE_ROLLBACK_FAILED\" at least once\n"
     + _EXIT),
    # DeployBucketInDifferentRegionError ("{msg} : deployment s3 bucket is in a different region, try sam deploy
    # --guided")
    ("sam-deploy-bucket-other-region", "real",
     "Uploading to orders-prod/5c1e3f.template  2311 / 2311  (100.00%)\n"
     "Error: An error occurred (PermanentRedirect) when calling the PutObject operation: The bucket you are attempting to access must be addressed using the specified endpoint. : deployment s3 bucket is in a different region, try sam deploy --guided\n"
     + _EXIT),
    # CloudFormation's resource handler messages (documented event reasons), as sam deploy tabulates them
    ("sam-handler-lambda-rate-exceeded", "transient",
     "CloudFormation events from stack operations (refresh every 5.0 seconds)\n"
     "UPDATE_FAILED   AWS::Lambda::Function   OrdersFunction   Resource handler returned message: \"Rate Exceeded. (Service: Lambda, Status Code: 429, Request ID: 0f1e2d3c)\" (RequestToken: 9a8b7c, HandlerErrorCode: Throttling)\n"
     "UPDATE_ROLLBACK_COMPLETE   AWS::CloudFormation::Stack   orders-prod   -\n"
     "Error: Failed to create/update the stack: orders-prod, Waiter StackUpdateComplete failed: Waiter encountered a terminal failure state: For expression \"Stacks[].StackStatus\" we matched expected path: \"UPDATE_ROLLBACK_COMPLETE\" at least once\n"
     + _EXIT),
    ("sam-handler-function-already-exists", "real",
     "CloudFormation events from stack operations (refresh every 5.0 seconds)\n"
     "CREATE_FAILED   AWS::Lambda::Function   OrdersFunction   Resource handler returned message: \"orders-handler already exists\" (RequestToken: 1b2c3d, HandlerErrorCode: AlreadyExists)\n"
     "ROLLBACK_COMPLETE   AWS::CloudFormation::Stack   orders-prod   The following resource(s) failed to create: [OrdersFunction].\n"
     "Error: Failed to create/update the stack: orders-prod, Waiter StackCreateComplete failed: Waiter encountered a terminal failure state: For expression \"Stacks[].StackStatus\" we matched expected path: \"ROLLBACK_COMPLETE\" at least once\n"
     + _EXIT),
    ("sam-handler-runtime-deprecated", "real",
     "UPDATE_FAILED   AWS::Lambda::Function   ReportsFunction   Resource handler returned message: \"The runtime parameter of nodejs16.x is no longer supported for creating or updating AWS Lambda functions. We recommend you use a supported runtime while creating or updating functions. (Service: Lambda, Status Code: 400, Request ID: 4d5e6f)\" (RequestToken: 7a8b, HandlerErrorCode: InvalidRequest)\n"
     "Error: Failed to create/update the stack: reports-prod, Waiter StackUpdateComplete failed: Waiter encountered a terminal failure state: For expression \"Stacks[].StackStatus\" we matched expected path: \"UPDATE_ROLLBACK_COMPLETE\" at least once\n"
     + _EXIT),
    ("sam-handler-internal-failure", "transient",
     "UPDATE_FAILED   AWS::ApiGateway::Deployment   OrdersApiDeployment   Resource handler returned message: \"Internal Failure\" (RequestToken: 2c3d4e, HandlerErrorCode: InternalFailure)\n"
     "Error: Failed to create/update the stack: orders-prod, Waiter StackUpdateComplete failed: Waiter encountered a terminal failure state: For expression \"Stacks[].StackStatus\" we matched expected path: \"UPDATE_ROLLBACK_COMPLETE\" at least once\n"
     + _EXIT),
    # ------------------------------------------------------------------ AWS SAM CLI: sam local
    # samcli/local/docker/container.py (ContainerConnectionTimeoutException "Timed out while attempting to
    # establish a connection to the container. You can increase this timeout by setting the
    # SAM_CLI_CONTAINER_CONNECTION_TIMEOUT environment variable.") on a loaded executor
    ("sam-local-container-connection-timeout", "transient",
     "+ sam local invoke OrdersFunction -e events/order.json\n"
     "Invoking app.handler (python3.12)\n"
     "Mounting /home/runner/work/orders/.aws-sam/build/OrdersFunction as /var/task:ro,delegated, inside runtime container\n"
     "Timed out while attempting to establish a connection to the container. You can increase this timeout by setting the SAM_CLI_CONTAINER_CONNECTION_TIMEOUT environment variable. The current timeout is 20.0 (seconds).\n"
     "+ test -s out.json\n"
     + _EXIT),
    # a test of the function's own code that fails under sam local invoke: real, whatever the tool is
    ("sam-local-handler-key-error", "real",
     "+ sam local invoke OrdersFunction -e events/order.json\n"
     "START RequestId: 5b6c7d8e-0000-4000-8000-1a2b3c4d5e6f Version: $LATEST\n"
     "[ERROR] KeyError: 'orderId'\n"
     "Traceback (most recent call last):\n"
     "  File \"/var/task/app.py\", line 14, in handler\n"
     "    order_id = event[\"orderId\"]\n"
     "END RequestId: 5b6c7d8e-0000-4000-8000-1a2b3c4d5e6f\n"
     "{\"errorMessage\": \"'orderId'\", \"errorType\": \"KeyError\"}\n"
     + _EXIT),
    # ------------------------------------------------------------------ Serverless Framework
    # serverless/serverless packages/serverless/lib/plugins/aws/deploy/lib/ensure-valid-bucket-exists.js
    # (DEPLOYMENT_BUCKET_REMOVED_MANUALLY)
    ("serverless-deployment-bucket-removed", "real",
     "Deploying orders-api to stage prod (eu-west-1)\n"
     "✖ Stack orders-api-prod failed to deploy (4s)\n"
     "Environment: linux, node 20.11.0, framework 3.38.0, plugin 7.2.0, SDK 4.5.1\n"
     "Error:\n"
     "Deployment bucket has been removed manually. Please recreate it or remove your service and attempt to deploy it again\n"
     + _EXIT),
    # ensure-valid-bucket-exists.js (DEPLOYMENT_BUCKET_NOT_FOUND: "Could not locate deployment bucket: \"%s\".
    # Error: %s")
    ("serverless-deployment-bucket-not-found", "real",
     "Deploying orders-api to stage prod (eu-west-1)\n"
     "Error:\n"
     "Could not locate deployment bucket: \"acme-sls-deploys\". Error: The specified bucket does not exist\n"
     + _EXIT),
    # packages/serverless/lib/plugins/aws/lib/monitor-stack.js ("%s: %s (%s)\n%s" of the stack's latest error)
    ("serverless-lambda-unzipped-too-large", "real",
     "✖ Stack orders-api-prod failed to deploy (63s)\n"
     "Error:\n"
     "UPDATE_FAILED: OrdersLambdaFunction (AWS::Lambda::Function)\n"
     "Resource handler returned message: \"Unzipped size must be smaller than 262144000 bytes (Service: Lambda, Status Code: 400, Request ID: 3e4f5a6b)\" (RequestToken: 6c7d, HandlerErrorCode: InvalidRequest)\n"
     + _EXIT),
    ("serverless-lambda-429", "transient",
     "✖ Stack orders-api-prod failed to deploy (38s)\n"
     "Error:\n"
     "UPDATE_FAILED: ReportsLambdaFunction (AWS::Lambda::Function)\n"
     "Resource handler returned message: \"Rate Exceeded. (Service: Lambda, Status Code: 429, Request ID: 7a8b9c0d)\" (RequestToken: 1e2f, HandlerErrorCode: Throttling)\n"
     + _EXIT),
    ("serverless-iam-not-authorized", "real",
     "✖ Stack orders-api-prod failed to deploy (12s)\n"
     "Error:\n"
     "CREATE_FAILED: OrdersLambdaFunction (AWS::Lambda::Function)\n"
     "Resource handler returned message: \"User: arn:aws:sts::123456789012:assumed-role/ci-deployer/gha is not authorized to perform: iam:PassRole on resource: arn:aws:iam::123456789012:role/orders-lambda (Service: Lambda, Status Code: 403, Request ID: 2b3c)\" (RequestToken: 4d5e, HandlerErrorCode: AccessDenied)\n"
     + _EXIT),
    # CloudFormation's ValidationError for a stack stuck after a failed rollback, as Serverless relays it
    ("serverless-update-rollback-failed", "real",
     "Deploying orders-api to stage prod (eu-west-1)\n"
     "✖ Stack orders-api-prod failed to deploy (2s)\n"
     "Error:\n"
     "Stack:arn:aws:cloudformation:eu-west-1:123456789012:stack/orders-api-prod/0a1b2c3d is in UPDATE_ROLLBACK_FAILED state and can not be updated.\n"
     + _EXIT),
    # ------------------------------------------------------------------ AWS CLI deploying Lambda
    # botocore's ClientError ("An error occurred (%s) when calling the %s operation: %s"); Lambda's messages per
    # its API reference (UpdateFunctionCode, ResourceConflictException) (doc, closed service)
    ("lambda-update-code-unzipped-too-large", "real",
     "+ aws lambda update-function-code --function-name orders-handler --zip-file fileb://dist/orders.zip\n"
     "An error occurred (InvalidParameterValueException) when calling the UpdateFunctionCode operation: Unzipped size must be smaller than 262144000 bytes\n"
     + _EXIT),
    ("lambda-update-code-request-too-large", "real",
     "+ aws lambda update-function-code --function-name orders-handler --zip-file fileb://dist/orders.zip\n"
     "An error occurred (RequestEntityTooLargeException) when calling the UpdateFunctionCode operation: Request must be smaller than 70167211 bytes for the UpdateFunctionCode operation\n"
     + _CIRCLE),
    ("lambda-update-in-progress", "transient",
     "+ aws lambda update-function-code --function-name orders-handler --s3-bucket acme-artifacts --s3-key orders/4411.zip\n"
     "+ aws lambda update-function-configuration --function-name orders-handler --environment Variables={STAGE=prod}\n"
     "An error occurred (ResourceConflictException) when calling the UpdateFunctionConfiguration operation: The operation cannot be performed at this time. An update is in progress for resource: arn:aws:lambda:us-east-1:123456789012:function:orders-handler\n"
     + _EXIT),
    ("lambda-function-not-found", "real",
     "+ aws lambda update-function-code --function-name orders-handlr --zip-file fileb://dist/orders.zip\n"
     "An error occurred (ResourceNotFoundException) when calling the UpdateFunctionCode operation: Function not found: arn:aws:lambda:us-east-1:123456789012:function:orders-handlr\n"
     + _EXIT),
    # ------------------------------------------------------------------ Azure Functions Core Tools
    # Azure/azure-functions-core-tools src/Cli/func/Helpers/AzureHelper.cs ("Can't find app with name \"%s\"")
    ("func-publish-app-not-found", "real",
     "+ func azure functionapp publish acme-orders-fn --python\n"
     "Can't find app with name \"acme-orders-fn\"\n"
     + _EXIT),
    # src/Cli/func/Actions/AzureActions/PublishFunctionAppAction.cs ("Error calling sync triggers (%s). ", after
    # its own five tries): the Kudu/ARM side answering 5xx
    ("func-publish-sync-triggers-5xx", "transient",
     "Uploading 14.2 MB [###############################################################################]\n"
     "Upload completed successfully.\n"
     "Deployment completed successfully.\n"
     "Syncing triggers...\n"
     "Syncing triggers...\n"
     "Error calling sync triggers (ServiceUnavailable). Request ID = '4f5e6d7c-0000-4000-8000-aabbccddeeff'.\n"
     + _EXIT),
    # the same message with BadRequest: the app's own settings or bindings are refused (a missing
    # AzureWebJobsStorage, a binding extension the host cannot load)
    ("func-publish-sync-triggers-bad-request", "real",
     "Deployment completed successfully.\n"
     "Syncing triggers...\n"
     "Error calling sync triggers (BadRequest). Request ID = '0a1b2c3d-0000-4000-8000-aabbccddeeff'.\n"
     + _EXIT),
    # PublishFunctionAppAction.cs ("Timed out waiting for SCM to update the Environment Settings")
    ("func-publish-scm-settings-timeout", "transient",
     "Setting WEBSITE_RUN_FROM_PACKAGE to 1\n"
     "Waiting for the SCM site to restart...\n"
     "Timed out waiting for SCM to update the Environment Settings\n"
     + _EXIT),
    # ------------------------------------------------------------------ gcloud: Cloud Functions / Cloud Run
    # (closed service; wordings per cloud.google.com/functions/docs/troubleshooting and
    # cloud.google.com/run/docs/troubleshooting)
    ("gcloud-functions-build-failed", "real",
     "Deploying function (may take a while - up to 2 minutes)...failed.\n"
     "ERROR: (gcloud.functions.deploy) OperationError: code=3, message=Build failed: npm ERR! code ERESOLVE\n"
     "npm ERR! ERESOLVE unable to resolve dependency tree; Error ID: 7e1f2a3b\n"
     + _EXIT),
    ("gcloud-run-revision-not-ready", "real",
     "Deploying container to Cloud Run service [orders] in project [acme-dev] region [us-central1]\n"
     "Deploying...\n"
     "  Creating Revision.......failed\n"
     "Deployment failed\n"
     "ERROR: (gcloud.run.deploy) Revision 'orders-00042-kej' is not ready and cannot serve traffic. The user-provided container failed to start and listen on the port defined provided by the PORT=8080 environment variable within the allocated timeout.\n"
     + _EXIT),
    ("gcloud-functions-write-quota-per-minute", "transient",
     "Deploying function (may take a while - up to 2 minutes)...\n"
     "ERROR: (gcloud.functions.deploy) ResponseError: status=[429], code=[Ok], message=[Quota exceeded for quota metric 'Write requests' and limit 'Write requests per minute' of service 'cloudfunctions.googleapis.com' for consumer 'project_number:123456789012'.]\n"
     + _EXIT),
    ("gcloud-run-cpu-quota", "real",
     "Deploying container to Cloud Run service [orders] in project [acme-dev] region [us-central1]\n"
     "ERROR: (gcloud.run.deploy) Quota exceeded for total allowable CPU per project per region.\n"
     + _EXIT),
    # ------------------------------------------------------------------ Cloudflare wrangler
    # cloudflare/workers-sdk packages/workers-utils/src/cfetch/index.ts (throwFetchError: "A request to the
    # Cloudflare API (%s) failed." with "<message> [code: %d]" notes); codes per the API's error docs
    ("wrangler-auth-error-10000", "real",
     " ⛅️ wrangler 4.20.0\n"
     "✘ [ERROR] A request to the Cloudflare API (/accounts/0a1b2c3d/workers/services/orders-edge) failed.\n"
     "\n"
     "  Authentication error [code: 10000]\n"
     "\n"
     "📎 It looks like you are authenticating Wrangler via a custom API token set in an environment variable.\n"
     "Please ensure it has the correct permissions for this operation.\n"
     + _EXIT),
    # packages/wrangler/src/__tests__/deploy/build.test.ts shows the script_too_large advice ("Your Worker failed
    # validation because it exceeded size limits.")
    ("wrangler-script-too-large", "real",
     "Total Upload: 14210.33 KiB / gzip: 3380.12 KiB\n"
     "✘ [ERROR] Your Worker failed validation because it exceeded size limits.\n"
     "\n"
     "  A request to the Cloudflare API (/accounts/0a1b2c3d/workers/scripts/orders-edge/versions) failed.\n"
     "   - workers.api.error.script_too_large [code: 10027]\n"
     + _EXIT),
    # the unknown-error code the API answers in its own incidents (workers-sdk issues 4724, 6553)
    ("wrangler-unknown-error-10013", "transient",
     "Total Upload: 212.40 KiB / gzip: 48.91 KiB\n"
     "✘ [ERROR] A request to the Cloudflare API (/accounts/0a1b2c3d/workers/scripts/orders-edge/versions) failed.\n"
     "\n"
     "  workers.api.error.unknown [code: 10013]\n"
     "\n"
     "  If you think this is a bug, please open an issue at:\n"
     "  https://github.com/cloudflare/workers-sdk/issues/new/choose\n"
     + _EXIT),
    # packages/wrangler/src/core/handle-errors.ts ("The request to Cloudflare's API timed out.")
    ("wrangler-api-timed-out", "transient",
     "🌀 Uploading orders-edge\n"
     "✘ [ERROR] The request to Cloudflare's API timed out.\n"
     "  This is likely due to network connectivity issues or slow network speeds.\n"
     "  Please check your internet connection and try again.\n"
     + _EXIT),
    # the startup-limit advice in the same test ("Your Worker failed validation because it exceeded startup
    # limits." with "Script startup exceeded CPU time limit. [code: 10021]"): too much work at the top level
    ("wrangler-startup-cpu-limit", "real",
     "✘ [ERROR] Your Worker failed validation because it exceeded startup limits.\n"
     "\n"
     "  A request to the Cloudflare API (/accounts/0a1b2c3d/workers/scripts/orders-edge/versions) failed.\n"
     "   - Error: Script startup exceeded CPU time limit. [code: 10021]\n"
     "\n"
     "  To ensure fast responses, there are constraints on Worker startup, such as how much CPU it can use.\n"
     + _EXIT),
    # ------------------------------------------------------------------ Vercel CLI
    # the deployments API's 402 for the Hobby plan's daily deployments (documented at vercel.com/docs/limits;
    # quoted in many issue threads): the same for the rest of the day
    ("vercel-free-per-day-limit", "real",
     "Vercel CLI 39.1.0\n"
     "Retrieving project…\n"
     "Deploying acme/orders-web\n"
     "Error: Resource is limited - try again in 24 hours (more than 100, code: \"api-deployments-free-per-day\").\n"
     + _EXIT),
    # the build step's failure as the CLI relays it ("Command \"%s\" exited with %d")
    ("vercel-build-command-exited", "real",
     "Vercel CLI 39.1.0\n"
     "Building: Running \"npm run build\"\n"
     "Building: src/pages/index.tsx(12,7): error TS2322: Type 'string' is not assignable to type 'number'.\n"
     "Error: Command \"npm run build\" exited with 1\n"
     + _EXIT),
    # ------------------------------------------------------------------ Netlify
    # Netlify's build bot (closed) as the build log and `netlify deploy --build` print it ("Failed during stage
    # 'building site': Build script returned non-zero exit code: 2", "Build failed due to a user error")
    ("netlify-building-site-exit-2", "real",
     "$ npm run build\n"
     "src/components/Cart.tsx(8,3): error TS2339: Property 'total' does not exist on type 'Order'.\n"
     "Failed during stage 'building site': Build script returned non-zero exit code: 2 (https://ntl.fyi/exit-code-2)\n"
     "Build failed due to a user error: Build script returned non-zero exit code: 2\n"
     "Failing build: Failed to build site\n"
     + _EXIT),
    # the configuration stage failing on Netlify's own extensions API (a 502) before any build ran, still
    # called a "user error" by the bot
    ("netlify-extensions-502-user-error", "transient",
     "Netlify Build\n"
     "Configuration error\n"
     "Failed retrieving extensions for site 0a1b2c3d-0000-4000-8000-aabbccddeeff: Unexpected status code 502 from fetching extensions.\n"
     "Build failed due to a user error: Build script returned non-zero exit code: 2\n"
     "Failing build: Failed to build site\n"
     + _EXIT),
    # netlify/cli src/utils/deploy/util.ts (the deploy's own error_message, or "Deploy %s had an error")
    ("netlify-deploy-had-error", "real",
     "✔ Finished uploading 212 assets\n"
     "Error: Deploy 65f1c0ffee0000000000abcd had an error\n"
     + _EXIT),
    # ------------------------------------------------------------------ Supabase CLI
    # supabase/cli apps/cli-go/internal/utils/docker.go ("failed to pull docker image: %w", "Retrying after
    # %v: %s") with Docker Hub's pull rate limit beneath it
    ("supabase-start-pull-rate-limit", "transient",
     "+ supabase start\n"
     "Pulling images...\n"
     "failed to pull docker image: Error response from daemon: toomanyrequests: You have reached your pull rate limit. You may increase the limit by authenticating and upgrading: https://www.docker.com/increase-rate-limit\n"
     "Retrying after 4s: public.ecr.aws/supabase/postgres:15.8.1.060\n"
     "failed to pull docker image: Error response from daemon: toomanyrequests: You have reached your pull rate limit. You may increase the limit by authenticating and upgrading: https://www.docker.com/increase-rate-limit\n"
     "Try rerunning the command with --debug to troubleshoot the error.\n"
     + _EXIT),
    ("supabase-start-image-manifest-unknown", "real",
     "+ supabase start\n"
     "failed to pull docker image: Error response from daemon: manifest for public.ecr.aws/supabase/postgres:15.99.0 not found: manifest unknown: Requested image not found\n"
     "Try rerunning the command with --debug to troubleshoot the error.\n"
     + _EXIT),
    # apps/cli-go/pkg/migration/file.go (the Postgres error with "At statement: %d" and the statement)
    ("supabase-migration-sql-error", "real",
     "+ supabase db reset\n"
     "Applying migration 20260301101500_orders.sql...\n"
     "ERROR: relation \"orders\" already exists (SQLSTATE 42P07)\n"
     "At statement: 0\n"
     "create table orders (id bigint primary key)\n"
     + _EXIT),
    # ------------------------------------------------------------------ flyctl
    # superfly/flyctl internal/command/deploy/plan.go ("failed to acquire leases: %w" around the Machines API's
    # "lease currently held by"): another deploy of the same app holds the machines
    ("flyctl-lease-held", "transient",
     "==> Verifying app config\n"
     "--> Verified app config\n"
     "Updating existing machines in 'orders-web' with rolling strategy\n"
     "Error: failed to acquire leases: lease currently held by 0a1b2c3d@example.org, expires at 2026-03-01T10:15:12Z\n"
     + _EXIT),
    # superfly/fly-go flaps ("request returned non-2xx status, %d" for a body it cannot read) under flyctl's
    # "failed to list machines"
    ("flyctl-machines-api-502", "transient",
     "==> Verifying app config\n"
     "Error: failed to list machines: request returned non-2xx status, 502\n"
     + _EXIT),
    # internal/build/imgsrc/resolver.go ("could not find image %q"): an image reference that is not there
    ("flyctl-image-not-found", "real",
     "==> Building image\n"
     "Error: failed to fetch an image or build from source: could not find image \"registry.example.org/orders-web:4411\"\n"
     + _EXIT),
    # the Dockerfile's build failing under the remote builder (flyctl relays BuildKit's error)
    ("flyctl-dockerfile-step-failed", "real",
     "==> Building image\n"
     "#12 [build 5/7] RUN npm run build\n"
     "#12 3.211 src/index.ts(4,10): error TS2305: Module '\"./db\"' has no exported member 'connect'.\n"
     "Error: failed to fetch an image or build from source: error building: failed to solve: process \"/bin/sh -c npm run build\" did not complete successfully: exit code: 2\n"
     + _EXIT),
    ("supabase-start-pull-tls-timeout", "transient",
     "+ supabase start\n"
     "failed to pull docker image: Error response from daemon: Get \"https://registry.example.org/v2/\": net/http: TLS handshake timeout\n"
     "Try rerunning the command with --debug to troubleshoot the error.\n"
     + _GITLAB),
    # cloudflare/workers-sdk packages/workers-utils/src/cfetch/index.ts ("Received a malformed response from the
    # API" with "%s %s -> %d %s"): an HTML 502 page from the API's edge
    ("wrangler-malformed-response-502", "transient",
     "🌀 Uploading orders-edge\n"
     "✘ [ERROR] Received a malformed response from the API\n"
     "\n"
     "  <html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></ce...\n"
     "  POST /accounts/0a1b2c3d/workers/scripts/orders-edge/versions -> 502 Bad Gateway\n"
     + _EXIT),
    # ------------------------------------------------------------------ near-misses: tests and code about the errors
    # a pytest test of the deploy script's own retry, failing on its assertion: the words are the test's subject
    ("pytest-about-lambda-update-in-progress", "real",
     "tests/test_deploy.py::test_update_waits_for_previous_update FAILED\n"
     "E       AssertionError: expected update_function_configuration to be retried once, called 0 times\n"
     "E        (stub raised: An error occurred (ResourceConflictException) when calling the UpdateFunctionConfiguration operation: The operation cannot be performed at this time. An update is in progress for resource: arn:aws:lambda:us-east-1:123456789012:function:orders-handler)\n"
     "FAILED tests/test_deploy.py::test_update_waits_for_previous_update - AssertionError: expected update_function_configuration to be retried once, called 0 times\n"
     "======================== 1 failed, 41 passed in 3.02s =========================\n"
     + _EXIT),
    # a Go test of a Fly client wrapper whose fake server answers 502, failing on its own expectation
    ("go-test-about-non-2xx-502", "real",
     "=== RUN   TestListMachinesRetries\n"
     "    machines_test.go:57: request returned non-2xx status, 502\n"
     "    machines_test.go:61: got 1 attempts, want 3\n"
     "--- FAIL: TestListMachinesRetries (0.01s)\n"
     "FAIL\tgithub.com/example/flyops/machines\t0.214s\n"
     + _EXIT),
    # a Vitest test of a Worker's error mapping that quotes Cloudflare's unknown-error code
    ("vitest-about-cloudflare-10013", "real",
     " FAIL  test/errors.spec.ts > maps API errors > maps workers.api.error.unknown [code: 10013] to a 503\n"
     "AssertionError: expected 500 to be 503 // Object.is equality\n"
     " ❯ test/errors.spec.ts:22:31\n"
     " Test Files  1 failed | 9 passed (10)\n"
     + _EXIT),
    # the application's own migration in a Go integration test: a pgx error the schema causes
    ("go-test-pgx-duplicate-column", "real",
     "=== RUN   TestMigrateUp\n"
     "ERROR: column \"total\" of relation \"orders\" already exists (SQLSTATE 42701)\n"
     "    migrate_test.go:33: migrate up: exit status 1\n"
     "--- FAIL: TestMigrateUp (1.42s)\n"
     + _EXIT),
]

# Words of a slow platform that a release or a definition may as well cause: not surely transient.
NOT_SURELY_TRANSIENT: list[tuple[str, str]] = [
    # aws/aws-sam-cli samcli/local/lambdafn/runtime.py ("Function '%s' timed out after %d seconds"): a slow
    # cold start on a loaded runner, or a handler that hangs
    ("sam-local-function-timed-out",
     "+ sam local invoke OrdersFunction -e events/order.json\n"
     "START RequestId: 0a1b2c3d-0000-4000-8000-aabbccddeeff Version: $LATEST\n"
     "Function 'OrdersFunction' timed out after 3 seconds\n"
     "No response from invoke container for OrdersFunction\n"
     + _EXIT),
    # serverless/serverless packages/serverless/lib/plugins/aws/deploy/lib/create-stack.js
    # (AWS_CLOUDFORMATION_INACTIVE_STACK: "Service cannot be deployed as the AWS CloudFormation stack is in the
    # '%s' state. This may signal either that stack is currently deployed by a different entity, or that the
    # previous deployment failed ...")
    ("serverless-stack-review-in-progress",
     "Deploying orders-api to stage prod (eu-west-1)\n"
     "Error:\n"
     "Service cannot be deployed as the AWS CloudFormation stack is in the 'REVIEW_IN_PROGRESS' state. This may signal either that stack is currently deployed by a different entity, or that the previous deployment failed and was left in an abnormal state, in which case you can mitigate the issue by running 'sls remove' command\n"
     + _EXIT),
    # supabase/cli apps/cli-go/internal/status/status.go ("%s container is not ready: %s") after the health
    # wait: a slow runner, or a service the config breaks
    ("supabase-container-unhealthy",
     "+ supabase start\n"
     "Starting containers...\n"
     "supabase_auth_orders container logs:\n"
     "{\"level\":\"info\",\"msg\":\"Migrations already up to date, nothing to apply\"}\n"
     "supabase_auth_orders container is not ready: unhealthy\n"
     "Try rerunning the command with --debug to troubleshoot the error.\n"
     + _EXIT),
    # superfly/flyctl internal/command/deploy/machines_deploymachinesapp.go ("Your machine was created, but never
    # started or exited immediately. This could mean that your app is taking a long time to start, but it could
    # be indicative of a region issue.")
    ("flyctl-machine-never-started",
     "Updating existing machines in 'orders-web' with rolling strategy\n"
     "Error: timeout reached waiting for machine's state to change\n"
     "Your machine was created, but never started or exited immediately. This could mean that your app is taking a long time to start,\n"
     "but it could be indicative of a region issue.\n"
     + _EXIT),
    # workerd's resource-limit error as vitest-pool-workers relays it in a test ("Worker exceeded CPU time
    # limit."): a slow shared runner, or a loop that never ends
    ("workerd-test-cpu-limit",
     " FAIL  test/orders.spec.ts > GET /orders > lists the orders\n"
     "Error: Worker exceeded CPU time limit.\n"
     " Test Files  1 failed | 6 passed (7)\n"
     + _EXIT),
    # gcloud's OperationError code=13 (INTERNAL) for a function whose health check failed after the build
    # (doc: cloud.google.com/functions/docs/troubleshooting)
    ("gcloud-functions-code-13-health-check",
     "Deploying function (may take a while - up to 2 minutes)...failed.\n"
     "ERROR: (gcloud.functions.deploy) OperationError: code=13, message=Function deployment failed due to a health check failure. This usually indicates that your code was built successfully but failed during a test execution.\n"
     + _EXIT),
    # cloudflare/workers-sdk cfetch ("Received a malformed response from the API") over a 403 page of the API's
    # own firewall (workers-sdk issues 13312, 14922): an account blocked until someone lifts it, or a passing rule
    ("wrangler-malformed-response-waf-403",
     "✘ [ERROR] Received a malformed response from the API\n"
     "\n"
     "  <!DOCTYPE html><html><head><title>Attention Required!</title></head><body><h1>Sorry, you have been bl...\n"
     "  POST /accounts/0a1b2c3d/workers/scripts/orders-edge/versions -> 403 Forbidden\n"
     + _EXIT),
]


@pytest.mark.parametrize(("verdict", "log"), labelled(CASES))
def test_serverless_edge_message_reads_right(verdict, log):
    reads(log, verdict)


@pytest.mark.parametrize("log", logs(NOT_SURELY_TRANSIENT))
def test_ambiguous_serverless_edge_failures_do_not_read_surely_transient(log):
    not_surely_transient(log)


def test_case_ids_are_unique():
    assert_unique_ids(CASES, NOT_SURELY_TRANSIENT)


# One line of 50,000 characters of each of these words is read by benchmarks/pattern_speed.py,
# which prints the seconds each takes (a guard against patterns that backtrack; a timing is a
# benchmark's, not a test's).
LONG_LINE_WORDS = [
    "An update is in progress for resource: ResourceConflictException ",
    "failed to acquire leases: lease currently held by ",
    "request returned non-2xx status, 502 workers.api.error.unknown [code: 10013] ",
    "Quota exceeded for quota metric 'Write requests' and limit 'Write requests per minute' ",
    "failed to pull docker image: toomanyrequests ",
    "Revision 'x' is not ready and cannot serve traffic. The user-provided container failed to start ",
    "code: \"api-deployments-free-per-day\" Can't find app with name \"",
    "ERROR: relation already exists (SQLSTATE 42P07) ",
    "Function 'x' timed out after 3 seconds ",
]
