"""Eleventh round, tool sources: the deploy and cloud CLIs a CI job calls in its deploy steps.

Each case is a short log written for the test around one message as the tool prints it, read from
the tool's own source (the comment above each case names the repository and the file holding the
format string; gcloud's source is not on GitHub, so its cases rest on Google Cloud's documented
error wordings). Hosts, accounts, projects, stacks and paths are made up; no project's CI log is copied.

An API that answered 5xx, throttled the job or asked it to slow down, a request that timed out, a
registry that could not be reached, or a state lock another run holds must read transient. Bad or
missing credentials, a quota exceeded, a resource that does not exist, an invalid configuration or
template, or a permission denied must read real.
"""

from __future__ import annotations

import pytest
from judging import assert_unique_ids, labelled, logs, not_surely_transient, reads

_EXIT = "##[error]Process completed with exit code 1.\n"

CASES: list[tuple[str, str, str]] = [
    # ------------------------------------------------------------------ Terraform core
    # hashicorp/terraform internal/getproviders/errors.go (ErrHostUnreachable "could not connect to %s: %s")
    # under internal/command/init.go ("Failed to query available provider packages", "Could not retrieve the
    # list of available versions for provider %s: %s")
    ("tf-registry-unreachable", "transient",
     "Initializing provider plugins...\n"
     "- Finding hashicorp/aws versions matching \"~> 5.0\"...\n"
     "╷\n"
     "│ Error: Failed to query available provider packages\n"
     "│ \n"
     "│ Could not retrieve the list of available versions for provider hashicorp/aws: could not connect to "
     "registry.terraform.io: failed to request discovery document: Get "
     "\"https://registry.terraform.io/.well-known/terraform.json\": net/http: request canceled while waiting "
     "for connection (Client.Timeout exceeded while awaiting headers)\n"
     "╵\n" + _EXIT),
    # internal/getproviders/registry_client.go (maxRetryErrorHandler: "the request failed after %d attempts,
    # please try again later%s" with ": %s returned from %s")
    ("tf-registry-retries-exhausted", "transient",
     "Initializing provider plugins...\n"
     "- Finding hashicorp/google versions matching \"5.12.0\"...\n"
     "╷\n"
     "│ Error: Failed to query available provider packages\n"
     "│ \n"
     "│ Could not retrieve the list of available versions for provider hashicorp/google: could not query "
     "provider registry for registry.terraform.io/hashicorp/google: the request failed after 2 attempts, "
     "please try again later: 502 Bad Gateway returned from registry.terraform.io\n"
     "╵\n" + _EXIT),
    # internal/getproviders/errors.go (ErrQueryFailed with a mirror: "failed to query provider mirror %s for %s: %s")
    ("tf-provider-mirror-failed", "transient",
     "Initializing provider plugins...\n"
     "│ Error: Failed to query available provider packages\n"
     "│ Could not retrieve the list of available versions for provider hashicorp/random: failed to query "
     "provider mirror https://tfmirror.example.org/providers/ for registry.terraform.io/hashicorp/random: "
     "the request failed, please try again later: 503 Service Unavailable returned from tfmirror.example.org\n"
     + _EXIT),
    # internal/command/clistate/state.go ("Error acquiring the state lock", LockErrorMessage) with the S3
    # backend's DynamoDB lock held by another run
    ("tf-state-lock-held", "transient",
     "Acquiring state lock. This may take a few moments...\n"
     "╷\n"
     "│ Error: Error acquiring the state lock\n"
     "│ \n"
     "│ Error message: operation error DynamoDB: PutItem, https response error StatusCode: 400, RequestID: "
     "Q1W2E3, ConditionalCheckFailedException: The conditional request failed\n"
     "│ Lock Info:\n"
     "│   ID:        0d3c4b6a-1111-2222-3333-444455556666\n"
     "│   Operation: OperationTypeApply\n"
     "│ \n"
     "│ Terraform acquires a state lock to protect the state from being written\n"
     "│ by multiple users at the same time. Please resolve the issue above and try\n"
     "│ again.\n"
     "╵\n" + _EXIT),
    # internal/getproviders/errors.go (ErrUnauthorized "host %s rejected the given authentication credentials")
    ("tf-registry-credentials-rejected", "real",
     "Initializing provider plugins...\n"
     "│ Error: Failed to query available provider packages\n"
     "│ Could not retrieve the list of available versions for provider acme/internal: host "
     "tf.example.org rejected the given authentication credentials\n" + _EXIT),
    # internal/getproviders/errors.go (ErrRegistryProviderNotKnown: "provider registry %s does not have a
    # provider named %s")
    ("tf-provider-unknown", "real",
     "Initializing provider plugins...\n"
     "- Finding latest version of hashicorp/acmecloud...\n"
     "│ Error: Failed to query available provider packages\n"
     "│ Could not retrieve the list of available versions for provider hashicorp/acmecloud: provider "
     "registry registry.terraform.io does not have a provider named registry.terraform.io/hashicorp/acmecloud\n"
     + _EXIT),
    # ------------------------------------------------------------------ Terraform AWS provider / aws-sdk-go-v2
    # hashicorp/aws-sdk-go-base credentials errors (NoValidCredentialSourcesError "no valid credential sources
    # for %s found.")
    ("tf-aws-no-credentials", "real",
     "Terraform will perform the following actions:\n"
     "╷\n"
     "│ Error: No valid credential sources found\n"
     "│ \n"
     "│   with provider[\"registry.terraform.io/hashicorp/aws\"],\n"
     "│   on providers.tf line 1, in provider \"aws\":\n"
     "│ Please see https://registry.terraform.io/providers/hashicorp/aws\n"
     "│ for more information about providing credentials.\n"
     "│ \n"
     "│ Error: failed to refresh cached credentials, no EC2 IMDS role found, operation error ec2imds: "
     "GetMetadata, request canceled, context deadline exceeded\n"
     "╵\n" + _EXIT),
    # aws-sdk-go-v2's retryer ("exceeded maximum number of attempts, %d") around a throttled call, as the
    # provider prints it ("creating %s (%s): %s")
    ("tf-aws-throttled-max-attempts", "transient",
     "aws_instance.web: Creating...\n"
     "╷\n"
     "│ Error: creating EC2 Instance: operation error EC2: RunInstances, exceeded maximum number of attempts, "
     "25, https response error StatusCode: 503, RequestID: 5f2e9a, api error RequestLimitExceeded: Request "
     "limit exceeded.\n"
     "│ \n"
     "│   with aws_instance.web,\n"
     "│   on main.tf line 12, in resource \"aws_instance\" \"web\":\n"
     "╵\n" + _EXIT),
    # the AWS provider's waiters (retry.StateChangeConf: "timeout while waiting for state to become '%s'
    # (last state: '%s', timeout: %s)")
    ("tf-aws-waiter-timeout", "transient",
     "aws_db_instance.main: Still creating... [40m0s elapsed]\n"
     "╷\n"
     "│ Error: waiting for RDS DB Instance (acme-db) create: timeout while waiting for state to become "
     "'available' (last state: 'creating', timeout: 40m0s)\n"
     "╵\n" + _EXIT),
    ("tf-aws-access-denied", "real",
     "aws_s3_bucket.assets: Creating...\n"
     "│ Error: creating S3 Bucket (acme-assets): operation error S3: CreateBucket, https response error "
     "StatusCode: 403, RequestID: 7QX, HostID: abc, api error AccessDenied: Access Denied\n" + _EXIT),
    ("tf-aws-bucket-exists", "real",
     "aws_s3_bucket.assets: Creating...\n"
     "│ Error: creating S3 Bucket (acme-assets): operation error S3: CreateBucket, https response error "
     "StatusCode: 409, RequestID: 7QX, HostID: abc, BucketAlreadyExists: \n" + _EXIT),
    ("tf-aws-vcpu-quota", "real",
     "aws_instance.gpu: Creating...\n"
     "│ Error: creating EC2 Instance: operation error EC2: RunInstances, https response error StatusCode: "
     "400, RequestID: 9c1, api error VcpuLimitExceeded: You have requested more vCPU capacity than your "
     "current vCPU limit of 32 allows for the instance bucket that the specified instance type belongs to.\n"
     + _EXIT),
    ("tf-aws-expired-token", "real",
     "aws_lambda_function.api: Modifying...\n"
     "│ Error: updating Lambda Function (acme-api) code: operation error Lambda: UpdateFunctionCode, https "
     "response error StatusCode: 403, RequestID: 1a2b, api error ExpiredTokenException: The security token "
     "included in the request is expired\n" + _EXIT),
    # ------------------------------------------------------------------ Terraform Google / Azure providers
    # googleapi's Error ("googleapi: Error %d: %s, %s") as the Google provider prints it
    ("tf-google-503", "transient",
     "google_compute_instance.vm: Creating...\n"
     "│ Error: Error creating instance: googleapi: Error 503: The service is currently unavailable., "
     "backendError\n" + _EXIT),
    ("tf-google-quota", "real",
     "google_compute_instance.vm: Creating...\n"
     "│ Error: Error creating instance: googleapi: Error 403: Quota 'CPUS' exceeded.  Limit: 24.0 in region "
     "us-central1., quotaExceeded\n" + _EXIT),
    ("tf-google-not-found", "real",
     "google_cloud_run_service.api: Refreshing state...\n"
     "│ Error: Error reading Network: googleapi: Error 404: The resource 'projects/acme-dev/global/networks/"
     "core' was not found, notFound\n" + _EXIT),
    # go-autorest / azure-sdk-for-go as the AzureRM provider prints them ("unexpected status %d with error: %s")
    ("tf-azurerm-429", "transient",
     "azurerm_kubernetes_cluster.main: Creating...\n"
     "│ Error: creating Kubernetes Cluster (Subscription: \"0000\"\n"
     "│ Resource Group Name: \"acme-rg\"): unexpected status 429 (429 Too Many Requests) with error: "
     "TooManyRequests: The request is being throttled.\n" + _EXIT),
    ("tf-azurerm-rg-missing", "real",
     "azurerm_storage_account.main: Creating...\n"
     "│ Error: creating Storage Account: unexpected status 404 (404 Not Found) with error: "
     "ResourceGroupNotFound: Resource group 'acme-rg' could not be found.\n" + _EXIT),
    # ------------------------------------------------------------------ Azure CLI
    # Azure/azure-cli src/azure-cli-core/azure/cli/core/_profile.py (_AZ_LOGIN_MESSAGE)
    ("az-not-logged-in", "real",
     "Run az webapp deploy --resource-group acme-rg --name acme-web --src-path app.zip\n"
     "ERROR: Please run 'az login' to setup account.\n" + _EXIT),
    # azure-core's HttpResponseError ("(%s) %s\nCode: %s\nMessage: %s") as the CLI prints it
    ("az-authorization-failed", "real",
     "Run az deployment group create -g acme-rg -f main.bicep\n"
     "ERROR: (AuthorizationFailed) The client 'a1b2' with object id 'a1b2' does not have authorization to "
     "perform action 'Microsoft.Resources/deployments/validate/action' over scope '/subscriptions/0000/"
     "resourcegroups/acme-rg' or the scope is invalid.\n"
     "Code: AuthorizationFailed\n" + _EXIT),
    ("az-resource-group-not-found", "real",
     "Run az deployment group create -g acme-rg -f main.bicep\n"
     "ERROR: (ResourceGroupNotFound) Resource group 'acme-rg' could not be found.\n"
     "Code: ResourceGroupNotFound\n"
     "Message: Resource group 'acme-rg' could not be found.\n" + _EXIT),
    ("az-invalid-template", "real",
     "Run az deployment group create -g acme-rg -f main.json\n"
     "ERROR: {\"code\": \"InvalidTemplate\", \"message\": \"Deployment template validation failed: 'The "
     "template parameter 'sku' is not found in template.'.\"}\n" + _EXIT),
    ("az-quota-exceeded", "real",
     "Run az vm create -g acme-rg -n runner1 --size Standard_D16s_v5\n"
     "ERROR: (QuotaExceeded) Operation could not be completed as it results in exceeding approved "
     "standardDSv5Family Cores quota. Current Limit: 10, Current Usage: 8, Additional Required: 16.\n"
     "Code: QuotaExceeded\n" + _EXIT),
    ("az-bad-client-secret", "real",
     "Run az login --service-principal -u 0000 -p *** --tenant 1111\n"
     "ERROR: AADSTS7000215: Invalid client secret provided. Ensure the secret being sent in the request is "
     "the client secret value, not the client secret ID.\n" + _EXIT),
    ("az-throttled", "transient",
     "Run az storage blob upload-batch -d '$web' -s dist\n"
     "ERROR: (TooManyRequests) The request is being throttled as the limit has been reached for operation "
     "type - Write_ObservationWindow_00:05:00.\n"
     "Code: TooManyRequests\n" + _EXIT),
    ("az-connection-retries", "transient",
     "Run az webapp deploy --resource-group acme-rg --name acme-web --src-path app.zip\n"
     "ERROR: HTTPSConnectionPool(host='management.example.org', port=443): Max retries exceeded with url: "
     "/subscriptions/0000/resourceGroups/acme-rg?api-version=2022-09-01 (Caused by "
     "NewConnectionError('<urllib3.connection.HTTPSConnection object at 0x7f>: Failed to establish a new "
     "connection: [Errno 101] Network is unreachable'))\n" + _EXIT),
    ("az-another-operation", "transient",
     "Run az webapp config appsettings set -g acme-rg -n acme-web --settings A=1\n"
     "ERROR: (AnotherOperationInProgress) Another operation on this or dependent resource is in progress. "
     "To retrieve status of the operation use uri: https://management.example.org/op/1.\n"
     "Code: AnotherOperationInProgress\n" + _EXIT),
    # ------------------------------------------------------------------ firebase-tools
    # firebase/firebase-tools src/responseToError.ts ("Request to " + url + " had HTTP Error: %d, %s")
    ("firebase-http-503", "transient",
     "=== Deploying to 'acme-dev'...\n"
     "i  deploying hosting\n"
     "Error: Request to https://firebasehosting.example.org/v1beta1/projects/-/sites/acme-dev/versions had "
     "HTTP Error: 503, The service is currently unavailable.\n" + _EXIT),
    ("firebase-http-403", "real",
     "=== Deploying to 'acme-dev'...\n"
     "i  deploying functions\n"
     "Error: Request to https://cloudfunctions.example.org/v2/projects/acme-dev/locations/-/functions had "
     "HTTP Error: 403, The caller does not have permission\n" + _EXIT),
    # src/management/projects.ts ("Failed to get Firebase project %s. Please make sure the project exists and
    # your account has permission to access it.")
    ("firebase-project-missing", "real",
     "Error: Failed to get Firebase project acme-staging. Please make sure the project exists and your "
     "account has permission to access it.\n" + _EXIT),
    # src/requireAuth.ts ("Failed to authenticate, have you run firebase login?"), src/auth.ts
    ("firebase-not-authenticated", "real",
     "i  deploying hosting\n"
     "Error: Failed to authenticate, have you run firebase login?\n" + _EXIT),
    ("firebase-credentials-invalid", "real",
     "Error: Authentication Error: Your credentials are no longer valid. Please run firebase login --reauth\n"
     + _EXIT),
    # src/apiv2.ts ("Failed to make request to %s") with the fetch error beneath it
    ("firebase-request-failed", "transient",
     "i  functions: preparing codebase default for deployment\n"
     "Error: Failed to make request to https://cloudresourcemanager.example.org/v1/projects/acme-dev\n"
     "FetchError: request to https://cloudresourcemanager.example.org/v1/projects/acme-dev failed, reason: "
     "read ECONNRESET\n" + _EXIT),
    # src/deploy/functions/release/reporter.ts (429 quota exhaustion after the executor's retries)
    ("firebase-functions-max-retries", "transient",
     "Functions deploy had errors with the following functions:\n"
     "\tapi(us-central1)\n"
     "Exceeded maximum retries while deploying functions. If you are deploying a large number of functions, "
     "please deploy your functions in batches by using the --only flag, and wait a few minutes before "
     "deploying again.\n"
     "Error: There was an error deploying functions\n" + _EXIT),
    # ------------------------------------------------------------------ netlify-cli
    # netlify/cli src/commands/deploy/deploy.ts (reportDeployError: "JSONHTTPError: %s %d", "TextHTTPError: %d")
    ("netlify-text-http-502", "transient",
     "Deploy path:        /home/runner/work/site/dist\n"
     "✔ Finished uploading 212 assets\n"
     " ›   Warning: TextHTTPError: 502\n"
     " ›   Warning: \n"
     " ›   TextHTTPError: Bad Gateway\n"
     "Error: Bad Gateway\n" + _EXIT),
    ("netlify-unauthorized", "real",
     "Deploy path:        /home/runner/work/site/dist\n"
     " ›   Warning: JSONHTTPError: Unauthorized 401\n"
     "JSONHTTPError: Unauthorized\n" + _EXIT),
    # src/commands/deploy/deploy.ts (404: "Project not found. Please rerun \"netlify link\" ...")
    ("netlify-project-not-found", "real",
     "Error: Project not found. Please rerun \"netlify link\" and make sure that your project has CI "
     "configured.\n" + _EXIT),
    # src/utils/deploy/util.ts (waitForDeploy: "Timeout while waiting for deploy")
    ("netlify-deploy-timeout", "transient",
     "✔ Finished uploading 12 assets\n"
     "⠋ Waiting for deploy to go live...\n"
     "Error: Timeout while waiting for deploy\n" + _EXIT),
    # ------------------------------------------------------------------ Vercel CLI
    # vercel/vercel packages/cli/src/util/errors-ts.ts (InvalidToken: "The specified token is not valid. Use
    # `vercel login` to generate a new token.")
    ("vercel-invalid-token", "real",
     "Vercel CLI 39.1.0\n"
     "Error: The specified token is not valid. Use `vercel login` to generate a new token.\n" + _EXIT),
    # packages/cli/src/index.ts ("No existing credentials found. Please run `vercel login` or pass \"--token\"")
    ("vercel-no-credentials", "real",
     "Vercel CLI 39.1.0\n"
     "Error: No existing credentials found. Please run `vercel login` or pass \"--token\"\n"
     "Learn More: https://err.sh/vercel/no-credentials-found\n" + _EXIT),
    # packages/cli/src/commands/deploy/index.ts (TooManyRequests: "Too many requests detected for %s API. Try
    # again in %s.")
    ("vercel-too-many-requests", "transient",
     "Vercel CLI 39.1.0\n"
     "Error: Too many requests detected for deployments API. Try again in 2 minutes.\n" + _EXIT),
    # ------------------------------------------------------------------ Heroku CLI
    # heroku/cli via the Platform API's error body (id "unauthorized", "not_found") as oclif prints it
    ("heroku-invalid-credentials", "real",
     "Run heroku container:release web -a acme-web\n"
     " ›   Error: Invalid credentials provided.\n"
     " ›\n"
     " ›   Error ID: unauthorized\n" + _EXIT),
    ("heroku-app-not-found", "real",
     "Run heroku releases -a acme-web\n"
     " ›   Error: Couldn't find that app.\n"
     " ›\n"
     " ›   Error ID: not_found\n" + _EXIT),
    # packages/cli/src/commands/status.ts ("Heroku platform status is unavailable at this time. ... or try again later.")
    ("heroku-status-unavailable", "transient",
     "Run heroku status\n"
     " ›   Error: Heroku platform status is unavailable at this time. Refer to https://status.example.org or "
     "try again later.\n" + _EXIT),
    # ------------------------------------------------------------------ flyctl
    # superfly/flyctl internal/command/deploy/deploy_build.go ("failed to fetch an image or build from source:
    # %w") around "error connecting to docker" (internal/build/imgsrc)
    ("flyctl-builder-unreachable", "transient",
     "==> Building image\n"
     "Waiting for remote builder fly-builder-empty-sun-1234...\n"
     "Error: failed to fetch an image or build from source: error connecting to docker: failed building "
     "options: Get \"http://[fdaa:0:1::2]:2375/_ping\": context deadline exceeded\n" + _EXIT),
    # internal/command/deploy/machines.go ("Could not find App")
    ("flyctl-app-not-found", "real",
     "==> Verifying app config\n"
     "Error: Could not find App \"acme-web\"\n" + _EXIT),
    # ------------------------------------------------------------------ AWS SAM CLI / CloudFormation
    # aws/aws-sam-cli samcli/commands/deploy/exceptions.py (ChangeSetError "Failed to create changeset for the
    # stack: {stack_name}, {msg}") with CloudFormation's ValidationError for a stack in ROLLBACK_COMPLETE
    ("sam-stack-rollback-complete", "real",
     "Initiating deployment\n"
     "=====================\n"
     "Error: Failed to create changeset for the stack: acme-api, An error occurred (ValidationError) when "
     "calling the CreateChangeSet operation: Stack:arn:aws:cloudformation:us-east-1:123456789012:stack/"
     "acme-api/abc is in ROLLBACK_COMPLETE state and can not be updated.\n" + _EXIT),
    # samcli/lib/deploy/deployer.py (DeployFailedError with botocore's WaiterError) after a resource
    # CloudFormation could not create because it exists
    ("sam-resource-exists", "real",
     "CloudFormation events from stack operations (refresh every 5.0 seconds)\n"
     "ResourceStatus        ResourceType            LogicalResourceId   ResourceStatusReason\n"
     "CREATE_FAILED         AWS::S3::Bucket         AssetsBucket        acme-assets already exists\n"
     "ROLLBACK_COMPLETE     AWS::CloudFormation::Stack  acme-api         The following resource(s) failed to "
     "create: [AssetsBucket].\n"
     "Error: Failed to create/update the stack: acme-api, Waiter StackCreateComplete failed: Waiter "
     "encountered a terminal failure state: For expression \"Stacks[].StackStatus\" we matched expected path: "
     "\"ROLLBACK_COMPLETE\" at least once\n" + _EXIT),
    ("sam-changeset-throttled", "transient",
     "Initiating deployment\n"
     "Error: Failed to create changeset for the stack: acme-api, An error occurred (Throttling) when "
     "calling the CreateChangeSet operation (reached max retries: 4): Rate exceeded\n" + _EXIT),
    ("sam-handler-service-unavailable", "transient",
     "CloudFormation events from stack operations (refresh every 5.0 seconds)\n"
     "UPDATE_FAILED         AWS::Lambda::Function   ApiFunction         Resource handler returned message: "
     "\"Service Unavailable (Service: Lambda, Status Code: 503, Request ID: 1a2b)\" (RequestToken: 3c4d, "
     "HandlerErrorCode: ServiceInternalError)\n"
     "Error: Failed to create/update the stack: acme-api, Waiter StackUpdateComplete failed: Waiter "
     "encountered a terminal failure state: For expression \"Stacks[].StackStatus\" we matched expected path: "
     "\"UPDATE_ROLLBACK_COMPLETE\" at least once\n" + _EXIT),
    ("sam-no-credentials", "real",
     "Error: Unable to locate credentials. You can configure credentials by running \"aws configure\".\n"
     + _EXIT),
    # ------------------------------------------------------------------ AWS CDK CLI
    # aws/aws-cdk packages/aws-cdk/lib/api/aws-auth (the credentials check, "Need to perform AWS calls for
    # account %s, but no credentials have been configured")
    ("cdk-no-credentials", "real",
     "✨  Synthesis time: 6.1s\n"
     "acme-api: start: Building asset 0a1b2c:current_account-current_region\n"
     "❌  acme-api failed: Error: Need to perform AWS calls for account 123456789012, but no credentials have "
     "been configured\n" + _EXIT),
    # the bootstrap check ("This stack uses assets, so the toolkit stack must be deployed to the environment")
    ("cdk-not-bootstrapped", "real",
     "❌ Deployment failed: Error: AcmeStack: This stack uses assets, so the toolkit stack must be deployed "
     "to the environment (Run \"cdk bootstrap aws://123456789012/us-east-1\")\n" + _EXIT),
    ("cdk-stack-failed-rate-exceeded", "transient",
     "AcmeStack | 3/12 | 10:01:02 AM | UPDATE_FAILED        | AWS::ApiGateway::Deployment | ApiDeployment "
     "Rate exceeded (Service: ApiGateway, Status Code: 429, Request ID: 5e6f)\n"
     "❌  AcmeStack failed: Error: The stack named AcmeStack failed to deploy: UPDATE_ROLLBACK_COMPLETE: Rate "
     "exceeded (Service: ApiGateway, Status Code: 429, Request ID: 5e6f)\n" + _EXIT),
    # ------------------------------------------------------------------ Serverless Framework
    # serverless/serverless packages/serverless/lib/aws/v3/error-utils.js ("AWS provider credentials not found.")
    ("serverless-no-credentials", "real",
     "Deploying acme-api to stage dev (us-east-1)\n"
     "✖ AWS provider credentials not found. Learn how to set up AWS provider credentials in our docs here: "
     "http://slss.io/aws-creds-setup\n" + _EXIT),
    # packages/serverless/lib/plugins/aws/lib/monitor-stack.js ("An error occurred: %s - %s.")
    ("serverless-resource-exists", "real",
     "Deploying acme-api to stage dev (us-east-1)\n"
     "✖ Stack acme-api-dev failed to deploy (41s)\n"
     "Environment: linux, node 20.11.0, framework 3.38.0, plugin 7.2.0, SDK 4.5.1\n"
     "Error:\n"
     "CREATE_FAILED: UploadsBucket (AWS::S3::Bucket)\n"
     "acme-uploads already exists\n" + _EXIT),
    ("serverless-rate-exceeded", "transient",
     "Deploying acme-api to stage dev (us-east-1)\n"
     "✖ Stack acme-api-dev failed to deploy (12s)\n"
     "Error:\n"
     "Rate exceeded\n" + _EXIT),
    # ------------------------------------------------------------------ gcloud (documented wordings)
    ("gcloud-permission-denied", "real",
     "Deploying container to Cloud Run service [api] in project [acme-dev] region [us-central1]\n"
     "ERROR: (gcloud.run.deploy) PERMISSION_DENIED: Permission 'iam.serviceaccounts.actAs' denied on "
     "service account api@acme-dev.iam.gserviceaccount.com (or it may not exist).\n" + _EXIT),
    ("gcloud-quota-exceeded", "real",
     "Created [https://compute.example.org/projects/acme-dev/zones/us-central1-a/instances/ci-1].\n"
     "ERROR: (gcloud.compute.instances.create) Could not fetch resource:\n"
     " - Quota 'CPUS' exceeded.  Limit: 8.0 in region us-central1.\n" + _EXIT),
    ("gcloud-no-active-account", "real",
     "ERROR: (gcloud.container.clusters.get-credentials) You do not currently have an active account "
     "selected.\n"
     "Please run:\n"
     "  $ gcloud auth login\n" + _EXIT),
    ("gcloud-unavailable", "transient",
     "Deploying container to Cloud Run service [api] in project [acme-dev] region [us-central1]\n"
     "ERROR: (gcloud.run.deploy) UNAVAILABLE: The service is currently unavailable.\n" + _EXIT),
    ("gcloud-app-internal-error", "transient",
     "Beginning deployment of service [default]...\n"
     "ERROR: (gcloud.app.deploy) Error Response: [13] An internal error occurred.\n" + _EXIT),
]

# Words of an outage whose cause may still be the change: the verdict must not be surely transient.
NOT_SURELY_TRANSIENT: list[tuple[str, str]] = [
    # flyctl internal/command/deploy/machines.go ("timeout reached waiting for health checks to pass for
    # machine %s: %w"): the new release may never pass its own health check
    ("flyctl-health-check-timeout",
     "> Waiting for 148ed0c7 to become healthy (started, 0/1)\n"
     "Error: timeout reached waiting for health checks to pass for machine 148ed0c7: context deadline "
     "exceeded\n" + _EXIT),
]


@pytest.mark.parametrize(("verdict", "log"), labelled(CASES))
def test_tool_message_reads_right(verdict, log):
    reads(log, verdict)


@pytest.mark.parametrize("log", logs(NOT_SURELY_TRANSIENT))
def test_outage_words_with_a_persistent_cause_do_not_read_surely_transient(log):
    not_surely_transient(log)


def test_case_ids_are_unique():
    assert_unique_ids(CASES, NOT_SURELY_TRANSIENT)


# One line of 50,000 characters of each of these words is read by benchmarks/pattern_speed.py,
# which prints the seconds each takes (a guard against patterns that backtrack; a timing is a
# benchmark's, not a test's).
LONG_LINE_WORDS = [
    "no valid credential sources for Terraform AWS Provider found ",
    "host tf.example.org rejected the given authentication credentials ",
    "Please run 'az login' to setup account. AADSTS7000215: ",
    "api error AccessDenied: VcpuLimitExceeded (QuotaExceeded) ",
    "Quota 'CPUS' exceeded.  Limit: 8.0 , quotaExceeded ",
    "googleapi: Error 403: had HTTP Error: 403, ",
    "ERROR: (gcloud.run.deploy) PERMISSION_DENIED: ",
    "is in ROLLBACK_COMPLETE state and can not be updated ",
    "Project not found. Please rerun \"netlify link\" Couldn't find that app. Could not find App ",
    "provider registry registry.terraform.io does not have a provider named x ",
    "(AnotherOperationInProgress) ",
    "ERROR: (gcloud.app.deploy) Error Response: [13] ",
    "timeout reached waiting for health checks to pass for machine x ",
    "no EC2 IMDS role found context deadline exceeded ",
    "Need to perform AWS calls for account 1, but no credentials have been configured ",
    "the toolkit stack must be deployed to the environment ",
]
