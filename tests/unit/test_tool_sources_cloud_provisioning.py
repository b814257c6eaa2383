"""Twentieth round, tool sources: cloud providers, cluster tools and device simulators failing an e2e or
infrastructure job.

Covered: GKE cluster creation ending on nodes that did not register or a component that was unhealthy
(gcloud and Terraform's google provider), a GKE operation already running on the cluster, GCE's
zone resource pool, GCP's per-minute request quota against a resource quota, a network still in use
by another resource, a name that already exists; the AWS SDKs (v1's "RequestError: send request
failed", v2's "operation error ... api error"), the Terraform AWS provider and the AWS CLI with
RequestLimitExceeded, InternalError, ServiceUnavailableException, an instance type the zone does not
offer, a vCPU limit; CloudFormation's resource handler messages (HandlerErrorCode Throttling or
InternalFailure against InvalidRequest or AlreadyExists) and a template that does not validate; Azure
through azcore's "RESPONSE 409 ... ERROR CODE:" block and the azurerm provider's "unexpected status ...
with error:" (AnotherOperationInProgress, TooManyRequests, a 5xx, AllocationFailed, a quota refused as
OperationNotAllowed, AuthorizationFailed, SkuNotAvailable); Terraform's SSH communicator and
provisioners (a connection that dropped while a script ran or a file went up, a script's own exit
status, a key the VM refuses); Packer (a throttled launch, a source image filter that matches
nothing, a provisioning script's exit status); Ansible's wait_for_connection and reboot waits; Pulumi
against a throttling service or a resource the program describes wrongly; kind's node join, CNI apply
and bare kubeadm init failures; Xcode's simctl (a launch that dies with NSPOSIXErrorDomain code 3,
boot in a transitional state, an app that does not install, a bundle that is not there to open).

Covered elsewhere and not repeated here: AWS InsufficientInstanceCapacity under Packer, Packer's
"Timeout waiting for SSH", Pulumi's update conflicts and locks (test_tool_sources_signing_auth_iac.py);
the az CLI's "(AnotherOperationInProgress)" and "(TooManyRequests)", SAM/CDK/Serverless "Rate exceeded"
and HandlerErrorCode ServiceInternalError, VcpuLimitExceeded and "Quota ..." under gcloud
(test_tool_sources_deploy.py); RequestLimitExceeded in Terratest (test_tool_sources_infra_tests.py);
kind's kubeadm init kubelet timeouts, version skew and name in use, minikube's GUEST_START and
K8S_APISERVER_MISSING, k3d and microk8s (test_tool_sources_clusters_stores_push.py); Ansible's
UNREACHABLE wordings and privilege escalation timeouts, Vagrant (test_tool_sources_config_mgmt_vms.py);
xcodebuild's lost test runner, "Unable to boot the Simulator", FBSOpenApplicationServiceErrorDomain
with SBMainWorkspace, CoreSimulatorService (test_tool_sources_xcode_swift.py); the Android emulator's
boot waits, device offline and acceleration (test_tool_sources_browser.py, test_review14_r.py).

Each case is a short log written for this test around one message as the tool prints it. Read from
source (the comment above each case names the repository and file): hashicorp/terraform
(internal/communicator, internal/builtin/provisioners), golang/crypto (ssh/session.go), the vendored
hashicorp/go-azure-sdk and go-autorest in hashicorp/terraform-provider-azurerm, kubernetes-sigs/kind,
kubernetes-sigs/kubetest2 (kubetest2-gke's list of creation errors it retries), kubernetes/minikube,
ansible/ansible (plugins/action). Recalled rather than read, and marked so: the AWS SDKs' error
formats and the EC2/CloudFormation error codes, azcore's ResponseError block, gcloud's and the google
provider's operation errors, GCE's and GKE's service messages, Packer's builder texts, Pulumi's error
lines, and simctl's texts (CoreSimulator is closed source). Hosts, accounts, projects and paths are
made up; no project's CI log is copied.

The rules the cases hold:
  * a provider throttling the job or answering 5xx, a zone or region short of capacity for a while
    (GCE's resource pool, Azure's AllocationFailed, GKE nodes that did not come up), another
    operation running on the same resource, SSH to a fresh VM that dropped mid-command, a VM that
    did not answer its connection test in time, a simulator that died while launching or was caught
    mid-transition -> transient;
  * a persistent cause (a resource quota, permission or validation error, a template that does not
    validate, a name the job reuses every run, an instance type or SKU the zone does not offer, a
    source image that does not exist, a key the VM refuses, a script that exits non-zero, an app
    bundle that does not install or is not installed) -> real;
  * near-misses: tests ABOUT these errors failing on their assertions, an application's own log lines
    naming them, outage words after a failing test summary -> real;
  * wordings printed both for a passing shortage and for a persistent cause (SkuNotAvailable's
    capacity restriction, a network still used by a resource outside the job, a reboot that did not
    come back, kind's kubeadm init failure with no further output, a simulator already booted by the
    job) -> not surely transient.
"""

from __future__ import annotations

import pytest
from judging import assert_unique_ids, labelled, logs, not_surely_transient, reads

_GHA = "##[error]Process completed with exit code 1.\n"
_CIRCLE = "\nExited with code exit status 1\n"
_GL = "ERROR: Job failed: exit code 1\n"
_JENKINS = "ERROR: script returned exit code 1\nFinished: FAILURE\n"
_AZP = "##[error]Bash exited with code '1'.\n"
_TRAVIS = 'The command "make e2e" exited with 1.\n'

_TF_APPLY = "+ terraform apply -auto-approve -input=false tfplan\n"


def _tf_error(summary: str, where: str, detail: str) -> str:
    """Terraform's diagnostic box (internal/command/format/diagnostic.go) around one error."""
    return ("╷\n"
            f"│ Error: {summary}\n"
            "│ \n"
            f"│   with {where},\n"
            "│   on main.tf line 12, in resource:\n"
            "│ \n"
            f"│ {detail}\n"
            "╵\n")


CASES: list[tuple[str, str, str]] = [
    # ================================================================== GKE / GCE / GCP
    # kubernetes-sigs/kubetest2 kubetest2-gke/deployer/deployer.go and up.go retry cluster creation on these
    # service messages; the wording of the unhealthy-nodes form as gcloud prints it (recalled)
    ("gke-create-nodes-unhealthy", "transient",
     "+ gcloud container clusters create e2e-4411 --zone us-central1-b --num-nodes 9\n"
     "Creating cluster e2e-4411 in us-central1-b... Cluster is being health-checked...\n"
     "...........................failed.\n"
     "ERROR: (gcloud.container.clusters.create) Operation [<Operation\n"
     " name: 'operation-1733300000000-a1b2c3d4'\n"
     " operationType: OperationTypeValueValuesEnum(CREATE_CLUSTER, 1)>] finished with error: All cluster "
     "resources were brought up, but the cluster API is reporting that: 2 nodes out of 9 are unhealthy\n"
     + _GHA),
    # kubetest2-gke deployer.go's pattern (".*only \\d+ nodes out of \\d+ have registered; this is likely due
    # to Nodes failing to start correctly.*"), through the google provider's operation wait (recalled)
    ("gke-tf-nodes-not-registered", "transient",
     _TF_APPLY +
     "google_container_cluster.e2e: Still creating... [9m40s elapsed]\n" +
     _tf_error("Error waiting for creating GKE cluster: All cluster resources were brought up, but: only 2 "
               "nodes out of 3 have registered; this is likely due to Nodes failing to start correctly; try "
               "re-creating the cluster or contact support if that doesn't work.",
               "google_container_cluster.e2e", "") + _GL),
    # kubetest2-gke deployer.go's pattern ("All cluster resources were brought up, but: component .+ from
    # endpoint .+ is unhealthy")
    ("gke-component-unhealthy", "transient",
     "+ gcloud container clusters create e2e-77 --zone europe-west1-c --cluster-version 1.30\n"
     "ERROR: (gcloud.container.clusters.create) Operation [<Operation name: 'operation-1-2'>] finished with "
     "error: All cluster resources were brought up, but: component \"kube-apiserver\" from endpoint "
     "\"gke-0a1b2c3d4e5f6a7b8c9d-1234\" is unhealthy.\n" + _CIRCLE),
    # GKE's "operation already in progress" refusal (recalled: "Operation %s is currently %s cluster %s.
    # Please wait and try again once it is done.")
    ("gke-operation-in-progress", "transient",
     "+ gcloud container node-pools create gpu-pool --cluster e2e-shared --zone us-east1-d\n"
     "ERROR: (gcloud.container.node-pools.create) ResponseError: code=400, message=Operation "
     "operation-1733300000000-ffee is currently upgrading cluster e2e-shared. Please wait and try again once "
     "it is done.\n" + _GHA),
    # the google provider's googleapi error ("googleapi: Error %d: %s, %s" with the reason; recalled)
    ("gke-tf-node-pool-failed-precondition", "transient",
     _TF_APPLY +
     _tf_error("error creating NodePool: googleapi: Error 400: Operation operation-1733-abcd is currently "
               "creating node pool default-pool. Please wait and try again once it is done., "
               "failedPrecondition", "google_container_node_pool.extra", "") + _JENKINS),
    # GCE's stockout as the google provider prints it (recalled; the code ZONE_RESOURCE_POOL_EXHAUSTED)
    ("gce-tf-zone-resource-pool-exhausted", "transient",
     _TF_APPLY +
     _tf_error("Error waiting for instance to create: The zone 'projects/acme-ci/zones/us-central1-f' does "
               "not have enough resources available to fulfill the request.  '(resource type:compute)'.",
               "google_compute_instance.runner[2]", "") + _GHA),
    # gcloud's operation error list with the code (recalled)
    ("gce-gcloud-zone-pool-exhausted-code", "transient",
     "+ gcloud compute instances create e2e-vm-9 --zone asia-east1-a --machine-type n2-standard-8\n"
     "ERROR: (gcloud.compute.instances.create) Could not fetch resource:\n"
     " - {'code': 'ZONE_RESOURCE_POOL_EXHAUSTED', 'message': \"The zone 'projects/acme-ci/zones/asia-east1-a' "
     "does not have enough resources available to fulfill the request.  Try a different zone, or try again "
     "later.\"}\n" + _GL),
    # GCP's per-minute request quota (googleapi: "Error 429: Quota exceeded for quota metric ... per minute
    # ..., rateLimitExceeded"; recalled)
    ("gcp-tf-rate-limit-per-minute", "transient",
     _TF_APPLY +
     _tf_error("Error when reading or editing Firewall: googleapi: Error 403: Quota exceeded for quota metric "
               "'Read requests' and limit 'Read requests per minute' of service 'compute.googleapis.com' for "
               "consumer 'project_number:123456789012'., rateLimitExceeded",
               "google_compute_firewall.e2e", "") + _GHA),
    # the legacy "Rate Limit Exceeded" body (recalled)
    ("gcp-gcloud-rate-limit-exceeded", "transient",
     "+ gcloud compute disks delete e2e-disk-3 --zone us-west1-a --quiet\n"
     "ERROR: (gcloud.compute.disks.delete) Could not fetch resource:\n"
     " - Rate Limit Exceeded\n" + _TRAVIS),
    # gRPC's RESOURCE_EXHAUSTED on a per-minute quota through a client library (recalled)
    ("gcp-grpc-resource-exhausted-per-minute", "transient",
     "+ go run ./e2e/setup\n"
     "setup: creating topic e2e-events: rpc error: code = ResourceExhausted desc = Quota exceeded for quota "
     "metric 'Administrator requests' and limit 'Administrator requests per minute per project' of service "
     "'pubsub.googleapis.com' for consumer 'project_number:123456789012'.\n"
     "exit status 1\n" + _GHA),
    # GCE's resource quota (recalled: "Quota '%s' exceeded.  Limit: %s in region %s.", reason quotaExceeded)
    ("gce-tf-cpus-quota-exceeded", "real",
     _TF_APPLY +
     _tf_error("Error creating instance: googleapi: Error 403: Quota 'CPUS' exceeded.  Limit: 24.0 in region "
               "us-central1., quotaExceeded", "google_compute_instance.runner[5]", "") + _GHA),
    ("gce-gcloud-ssd-quota-exceeded", "real",
     "+ gcloud compute instances create e2e-db --zone us-central1-a --boot-disk-type pd-ssd --boot-disk-size 800\n"
     "ERROR: (gcloud.compute.instances.create) Could not fetch resource:\n"
     " - Quota 'SSD_TOTAL_GB' exceeded.  Limit: 500.0 in region us-central1.\n" + _CIRCLE),
    # googleapi's 409 alreadyExists: the job creates the same fixed name every run (recalled)
    ("gcp-tf-network-already-exists", "real",
     _TF_APPLY +
     _tf_error("Error creating Network: googleapi: Error 409: The resource 'projects/acme-ci/global/networks/"
               "e2e-net' already exists, alreadyExists", "google_compute_network.e2e", "") + _GHA),
    # GKE's 409 on a fixed cluster name (recalled)
    ("gke-cluster-already-exists", "real",
     "+ gcloud container clusters create e2e-fixed --zone us-central1-a\n"
     "ERROR: (gcloud.container.clusters.create) ResponseError: code=409, message=Already exists: "
     "projects/acme-ci/locations/us-central1-a/clusters/e2e-fixed.\n" + _GL),
    # a permission the service account does not have (recalled)
    ("gke-permission-denied", "real",
     "+ gcloud container clusters create e2e-55 --zone us-central1-a\n"
     "ERROR: (gcloud.container.clusters.create) ResponseError: code=403, message=Required "
     "\"container.clusters.create\" permission(s) for \"projects/acme-ci\".\n" + _GHA),

    # ================================================================== AWS
    # aws/aws-sdk-go (v1) aws/request ("RequestError: send request failed" / "caused by: %s"; recalled)
    ("aws-v1-send-request-failed-reset", "transient",
     "+ go test ./e2e/... -run TestProvision -v\n"
     "    provision_test.go:41: creating VPC: RequestError: send request failed\n"
     "        caused by: Post \"https://ec2.eu-west-1.amazonaws.com/\": read tcp 10.1.0.4:51234->52.95.120.7:443: "
     "read: connection reset by peer\n"
     "--- FAIL: TestProvision (31.02s)\n"
     "FAIL\texample.org/infra/e2e\t31.114s\n" + _GHA),
    # aws/aws-sdk-go-v2 (smithy-go's OperationError "operation error %s: %s, %v", the ResponseError's
    # "https response error StatusCode: %d, RequestID: %s, %v", "api error %s: %s"; recalled) under the
    # Terraform AWS provider
    ("aws-tf-runinstances-internal-error", "transient",
     _TF_APPLY +
     _tf_error("creating EC2 Instance: operation error EC2: RunInstances, https response error StatusCode: "
               "500, RequestID: 6f1c2d3e-aaaa-bbbb-cccc-0123456789ab, api error InternalError: We encountered "
               "an internal error. Please try again.", "aws_instance.bastion", "") + _GHA),
    ("aws-tf-request-limit-exceeded", "transient",
     _TF_APPLY +
     _tf_error("creating EC2 Launch Template (e2e-lt): operation error EC2: CreateLaunchTemplate, exceeded "
               "maximum number of attempts, 25, https response error StatusCode: 503, RequestID: 0a1b2c3d, "
               "api error RequestLimitExceeded: Request limit exceeded.", "aws_launch_template.e2e", "")
     + _AZP),
    # the AWS CLI (botocore's ClientError "An error occurred (%s) when calling the %s operation%s: %s";
    # recalled)
    ("aws-cli-eks-service-unavailable", "transient",
     "+ aws eks create-nodegroup --cluster-name e2e --nodegroup-name ng-1 --cli-input-json file://ng.json\n"
     "\n"
     "An error occurred (ServiceUnavailableException) when calling the CreateNodegroup operation (reached max "
     "retries: 2): Service Unavailable\n" + _GHA),
    # EC2's "Unsupported" for an instance type the zone does not offer (recalled)
    ("aws-tf-instance-type-not-in-az", "real",
     _TF_APPLY +
     _tf_error("creating EC2 Instance: operation error EC2: RunInstances, https response error StatusCode: "
               "400, RequestID: 9e8d7c6b, api error Unsupported: Your requested instance type (c7g.large) is "
               "not supported in your requested Availability Zone (us-east-1e). Please retry your request by "
               "not specifying an Availability Zone or choosing us-east-1a, us-east-1b, us-east-1c.",
               "aws_instance.arm_runner", "") + _GHA),
    # EC2's UnauthorizedOperation (recalled)
    ("aws-tf-unauthorized-operation", "real",
     _TF_APPLY +
     _tf_error("creating EC2 VPC: operation error EC2: CreateVpc, https response error StatusCode: 403, "
               "RequestID: 1f2e3d4c, api error UnauthorizedOperation: You are not authorized to perform this "
               "operation. User: arn:aws:sts::123456789012:assumed-role/ci-e2e/gha is not authorized to perform: "
               "ec2:CreateVpc on resource: arn:aws:ec2:us-east-1:123456789012:vpc/* because no identity-based "
               "policy allows the ec2:CreateVpc action.", "aws_vpc.e2e", "") + _CIRCLE),
    # CloudFormation's Cloud Control resource handler message (recalled: "Resource handler returned message:
    # \"%s\" (RequestToken: %s, HandlerErrorCode: %s)") as the CLI's stack events print it
    ("cfn-handler-throttling", "transient",
     "+ aws cloudformation deploy --stack-name e2e-queue --template-file queue.yaml\n"
     "Waiting for changeset to be created..\n"
     "Waiting for stack create/update to complete\n"
     "\n"
     "Failed to create/update the stack. Run the following command\n"
     "to fetch the list of events leading up to the failure\n"
     "aws cloudformation describe-stack-events --stack-name e2e-queue\n"
     "+ aws cloudformation describe-stack-events --stack-name e2e-queue --query 'StackEvents[0].ResourceStatusReason'\n"
     "\"Resource handler returned message: \\\"Rate exceeded (Service: Sqs, Status Code: 400, Request ID: "
     "0c1d2e3f)\\\" (RequestToken: 4a5b6c7d, HandlerErrorCode: Throttling)\"\n" + _GHA),
    ("cfn-handler-internal-failure", "transient",
     "+ aws cloudformation deploy --stack-name e2e-db --template-file db.yaml\n"
     "CREATE_FAILED  AWS::RDS::DBCluster  E2eCluster  Resource handler returned message: \"We encountered an "
     "internal error. Please try again. (Service: Rds, Status Code: 500, Request ID: 77aa88bb)\" "
     "(RequestToken: 99cc00dd, HandlerErrorCode: InternalFailure)\n"
     "Failed to create/update the stack.\n" + _GL),
    ("cfn-handler-invalid-request", "real",
     "+ aws cloudformation deploy --stack-name e2e-fn --template-file fn.yaml\n"
     "CREATE_FAILED  AWS::Lambda::Function  E2eFn  Resource handler returned message: \"The runtime parameter "
     "of nodejs14.x is no longer supported for creating or updating AWS Lambda functions. (Service: Lambda, "
     "Status Code: 400, Request ID: 1a2b3c4d)\" (RequestToken: 5e6f7a8b, HandlerErrorCode: InvalidRequest)\n"
     "Failed to create/update the stack.\n" + _GHA),
    ("cfn-handler-already-exists", "real",
     "+ aws cloudformation deploy --stack-name e2e-logs --template-file logs.yaml\n"
     "CREATE_FAILED  AWS::Logs::LogGroup  E2eLogs  Resource handler returned message: \"Resource of type "
     "'AWS::Logs::LogGroup' with identifier '/e2e/app' already exists.\" (RequestToken: 0f1e2d3c, "
     "HandlerErrorCode: AlreadyExists)\n"
     "Failed to create/update the stack.\n" + _JENKINS),
    # CloudFormation's ValidateTemplate (recalled: "Template format error: Unresolved resource dependencies
    # [%s] in the Resources block of the template")
    ("cfn-template-format-error", "real",
     "+ aws cloudformation deploy --stack-name e2e-web --template-file web.yaml\n"
     "\n"
     "An error occurred (ValidationError) when calling the CreateChangeSet operation: Template format error: "
     "Unresolved resource dependencies [WebBucketPolicy] in the Resources block of the template\n" + _GHA),

    # ================================================================== Azure
    # Azure/azure-sdk-for-go sdk/azcore runtime ResponseError.Error() (recalled: the method and URL, a dashed
    # rule, "RESPONSE %d: %s", "ERROR CODE: %s", the body)
    ("azcore-409-another-operation", "transient",
     _TF_APPLY +
     "azurerm_kubernetes_cluster_node_pool.e2e: Creating...\n" +
     _tf_error("creating Node Pool (Subscription: \"00000000-0000-0000-0000-000000000000\"",
               "azurerm_kubernetes_cluster_node_pool.e2e",
               "PUT https://management.azure.com/subscriptions/00000000-0000-0000-0000-000000000000/"
               "resourceGroups/e2e-rg/providers/Microsoft.ContainerService/managedClusters/e2e-aks/agentPools/"
               "extra\n│ ------------------------------------------------------------\n"
               "│ RESPONSE 409: 409 Conflict\n"
               "│ ERROR CODE: AnotherOperationInProgress\n"
               "│ ------------------------------------------------------------\n"
               "│ {\n│   \"code\": \"AnotherOperationInProgress\",\n"
               "│   \"message\": \"Another operation (Updating) is in progress on agent pool default. Please "
               "wait for it to finish before starting a new operation.\"\n│ }") + _GHA),
    # the same block from a Go test driving the SDK directly, a 429 (recalled)
    ("azcore-429-too-many-requests", "transient",
     "=== RUN   TestE2EStorage\n"
     "    storage_test.go:58: create account: PUT https://management.azure.com/subscriptions/0000/"
     "resourceGroups/e2e-rg/providers/Microsoft.Storage/storageAccounts/e2esa01\n"
     "        ------------------------------------------------------------\n"
     "        RESPONSE 429: 429 Too Many Requests\n"
     "        ERROR CODE: TooManyRequests\n"
     "        ------------------------------------------------------------\n"
     "--- FAIL: TestE2EStorage (12.41s)\n"
     "FAIL\n" + _GHA),
    # hashicorp/go-azure-sdk sdk/client/client.go (vendored in terraform-provider-azurerm: "unexpected status
    # %s with %s", status "%d (%s)", odata "error: %s" joined "code: message")
    ("azurerm-unexpected-status-429", "transient",
     _TF_APPLY +
     _tf_error("creating Virtual Network (Subscription: \"0000\"\nResource Group Name: \"e2e-rg\"\nVirtual "
               "Network Name: \"e2e-vnet\")", "azurerm_virtual_network.e2e",
               "performing CreateOrUpdate: unexpected status 429 (429 Too Many Requests) with error: "
               "RetryableError: A retryable error occurred.") + _AZP),
    ("azurerm-unexpected-status-503", "transient",
     _TF_APPLY +
     _tf_error("creating Resource Group \"e2e-rg-31\"", "azurerm_resource_group.e2e",
               "performing CreateOrUpdate: unexpected status 503 (503 Service Unavailable) with error: "
               "ServiceUnavailable: The server is currently unable to handle the request.") + _GHA),
    # Azure's capacity shortage (recalled: "Allocation failed. We do not have sufficient capacity for the
    # requested VM size in this region.")
    ("azurerm-allocation-failed", "transient",
     _TF_APPLY +
     _tf_error("creating Linux Virtual Machine \"e2e-vm\"", "azurerm_linux_virtual_machine.e2e",
               "polling after CreateOrUpdate: polling failed: the Azure API returned the following error:\n│ \n"
               "│ Status: \"AllocationFailed\"\n"
               "│ Code: \"\"\n"
               "│ Message: \"Allocation failed. We do not have sufficient capacity for the requested VM size in "
               "this region. Read more about improving likelihood of allocation success at "
               "http://aka.ms/allocation-guidance\"") + _GHA),
    # the core quota (OperationNotAllowed; the message recalled)
    ("azurerm-core-quota-operation-not-allowed", "real",
     _TF_APPLY +
     _tf_error("creating Linux Virtual Machine Scale Set \"e2e-vmss\"", "azurerm_linux_virtual_machine_scale_set.e2e",
               "performing CreateOrUpdate: unexpected status 409 (409 Conflict) with error: OperationNotAllowed: "
               "Operation could not be completed as it results in exceeding approved standardDSv3Family Cores "
               "quota. Additional details - Deployment Model: Resource Manager, Location: eastus, Current Limit: "
               "10, Current Usage: 8, Additional Required: 4, (Minimum) New Limit Required: 12.") + _GHA),
    # go-autorest autorest/azure/azure.go ("autorest/azure: Service returned an error. Status=%v %v",
    # "Code=%q Message=%q")
    ("azurerm-autorest-authorization-failed", "real",
     _TF_APPLY +
     _tf_error("creating Role Assignment", "azurerm_role_assignment.e2e",
               "authorization.RoleAssignmentsClient#Create: Failure responding to request: StatusCode=403 -- "
               "Original Error: autorest/azure: Service returned an error. Status=403 Code=\"AuthorizationFailed\" "
               "Message=\"The client 'ci-e2e' with object id '1111' does not have authorization to perform action "
               "'Microsoft.Authorization/roleAssignments/write' over scope '/subscriptions/0000/resourceGroups/"
               "e2e-rg'.\"") + _CIRCLE),
    ("azcore-400-invalid-template", "real",
     "+ az deployment group create -g e2e-rg -f main.bicep\n"
     "ERROR: {\"code\": \"InvalidTemplate\", \"message\": \"Deployment template validation failed: 'The template "
     "resource 'e2e-sa' at line '1' and column '905' is not valid: The language expression property 'skuName' "
     "doesn't exist, available properties are 'location, prefix'.'\"}\n" + _GHA),

    # ================================================================== Terraform SSH communicator and provisioners
    # hashicorp/terraform internal/builtin/provisioners/file/resource_provisioner.go ("Upload failed: %v")
    # around golang/crypto ssh/session.go's ExitMissingError ("wait: remote command exited without exit
    # status or exit signal"): the connection to the fresh VM dropped
    ("tf-file-upload-no-exit-status", "transient",
     _TF_APPLY +
     "aws_instance.node (file): Connecting to remote host via SSH...\n"
     "aws_instance.node (file):   Host: 203.0.113.17\n"
     "aws_instance.node (file):   User: ubuntu\n"
     "aws_instance.node (file): Connected!\n" +
     _tf_error("file provisioner error", "aws_instance.node",
               "Upload failed: wait: remote command exited without exit status or exit signal") + _GHA),
    # internal/builtin/provisioners/remote-exec/resource_provisioner.go, internal/communicator/remote/command.go
    # (ExitError "error executing %q: %v")
    ("tf-remote-exec-no-exit-status", "transient",
     _TF_APPLY +
     "null_resource.bootstrap (remote-exec): Connected!\n"
     "null_resource.bootstrap (remote-exec): Reading package lists...\n" +
     _tf_error("remote-exec provisioner error", "null_resource.bootstrap",
               "error executing \"/tmp/terraform_1298498081.sh\": wait: remote command exited without exit "
               "status or exit signal") + _GL),
    # the same file (ExitError "%q exit status: %d"): the script itself failed
    ("tf-remote-exec-script-exit-status", "real",
     _TF_APPLY +
     "null_resource.bootstrap (remote-exec): Connected!\n"
     "null_resource.bootstrap (remote-exec): /tmp/terraform_1298498081.sh: line 7: ./configure-node: "
     "No such file or directory\n" +
     _tf_error("remote-exec provisioner error", "null_resource.bootstrap",
               "\"/tmp/terraform_1298498081.sh\" exit status: 127") + _GHA),
    # the same ExitMissingError where the job's own script reboots the machine (its "set -x" trace shows the
    # reboot): the session ends without a status on every run
    ("tf-remote-exec-script-reboots", "real",
     _TF_APPLY +
     "null_resource.kernel (remote-exec): + sudo apt-get install -y linux-image-6.8.0-45-generic\n"
     "null_resource.kernel (remote-exec): + sudo reboot\n" +
     _tf_error("remote-exec provisioner error", "null_resource.kernel",
               "error executing \"/tmp/terraform_77120.sh\": wait: remote command exited without exit status or "
               "exit signal") + _GHA),
    # internal/communicator/communicator.go ("timeout - last error: %v") around x/crypto's handshake refusal
    ("tf-ssh-unable-to-authenticate", "real",
     _TF_APPLY +
     "aws_instance.node (remote-exec): Connecting to remote host via SSH...\n" +
     _tf_error("remote-exec provisioner error", "aws_instance.node",
               "timeout - last error: SSH authentication failed (ubuntu@203.0.113.17:22): ssh: handshake failed: "
               "ssh: unable to authenticate, attempted methods [none publickey], no supported methods remain")
     + _GHA),

    # ================================================================== Packer
    # hashicorp/packer-plugin-amazon (step_run_source_instance "Error launching source instance: %s";
    # recalled) with the SDK's RequestLimitExceeded
    ("packer-run-instance-request-limit", "transient",
     "+ packer build -color=false ami.pkr.hcl\n"
     "amazon-ebs.base: output will be in this color.\n"
     "==> amazon-ebs.base: Launching a source AWS instance...\n"
     "==> amazon-ebs.base: Error launching source instance: RequestLimitExceeded: Request limit exceeded.\n"
     "==> amazon-ebs.base: \tstatus code: 503, request id: 5c6d7e8f-0000-1111-2222-333344445555\n"
     "Build 'amazon-ebs.base' errored after 3 seconds 114 milliseconds: Error launching source instance: "
     "RequestLimitExceeded: Request limit exceeded.\n"
     "\tstatus code: 503, request id: 5c6d7e8f-0000-1111-2222-333344445555\n"
     "\n==> Wait completed after 3 seconds 114 milliseconds\n"
     "\n==> Some builds didn't complete successfully and had errors:\n" + _GHA),
    # packer-plugin-amazon's source AMI filter (recalled: "No AMI was found matching filters: %v")
    ("packer-source-ami-not-found", "real",
     "+ packer build ami.pkr.hcl\n"
     "==> amazon-ebs.base: Prevalidating AMI Name: e2e-base-20261204\n"
     "Build 'amazon-ebs.base' errored after 812 milliseconds: No AMI was found matching filters: {\n"
     "  Filters: [{\n      Name: \"name\",\n      Values: [\"ubuntu/images/*ubuntu-oracular-27.04-amd64-server-*\"]\n"
     "    }],\n  Owners: [\"099720109477\"]\n}\n" + _GL),
    # packer's shell provisioner (recalled: "Script exited with non-zero exit status: %d. Allowed exit codes
    # are: %v")
    ("packer-shell-script-nonzero", "real",
     "+ packer build ami.pkr.hcl\n"
     "==> amazon-ebs.base: Provisioning with shell script: scripts/install.sh\n"
     "    amazon-ebs.base: E: Unable to locate package libwidget-dev\n"
     "==> amazon-ebs.base: Script exited with non-zero exit status: 100. Allowed exit codes are: [0]\n"
     "Build 'amazon-ebs.base' errored after 2 minutes 9 seconds: Script exited with non-zero exit status: "
     "100. Allowed exit codes are: [0]\n" + _GHA),
    # packer-plugin-googlecompute (recalled: "Error creating instance: %s") with GCE's stockout
    ("packer-gce-zone-exhausted", "transient",
     "+ packer build gce.pkr.hcl\n"
     "==> googlecompute.base: Creating instance...\n"
     "==> googlecompute.base: Error creating instance: The zone 'projects/acme-ci/zones/us-central1-a' does "
     "not have enough resources available to fulfill the request.  Try a different zone, or try again later.\n"
     "Build 'googlecompute.base' errored after 48 seconds: Error creating instance: The zone "
     "'projects/acme-ci/zones/us-central1-a' does not have enough resources available to fulfill the request.  "
     "Try a different zone, or try again later.\n" + _CIRCLE),

    # ================================================================== Ansible
    # ansible/ansible lib/ansible/plugins/action/wait_for_connection.py ("timed out waiting for %s: %s",
    # what_desc "ping module test")
    ("ansible-wait-for-connection-timed-out", "transient",
     "+ ansible-playbook -i inventory/e2e.ini provision.yml\n"
     "TASK [Wait for the new VM to answer] *********************************************\n"
     "fatal: [e2e-node-1]: FAILED! => {\"changed\": false, \"elapsed\": 600, \"msg\": \"timed out waiting for "
     "ping module test: Failed to connect to the host via ssh: ssh: connect to host 198.51.100.23 port 22: "
     "Connection timed out\"}\n"
     "PLAY RECAP *********************************************************************\n"
     "e2e-node-1                 : ok=2    changed=1    unreachable=0    failed=1    skipped=0\n" + _GHA),

    # ansible/ansible lib/ansible/plugins/action/reboot.py ("Timed out waiting for {desc} (timeout={timeout})",
    # desc "last boot time check"): the fresh VM did not come back in time (a slow boot on a loaded host)
    ("ansible-reboot-timed-out", "transient",
     "TASK [Reboot into the new kernel] ***********************************************\n"
     "fatal: [e2e-node-2]: FAILED! => {\"changed\": false, \"elapsed\": 611, \"msg\": \"Timed out waiting for "
     "last boot time check (timeout=600)\", \"rebooted\": true}\n"
     "PLAY RECAP *********************************************************************\n"
     "e2e-node-2                 : ok=5    changed=2    unreachable=0    failed=1    skipped=0\n" + _GHA),

    # ================================================================== Pulumi
    # pulumi/pulumi with a provider's throttling (recalled: the provider's error under "error: " and the
    # resource diag lines)
    ("pulumi-aws-throttled", "transient",
     "+ pulumi up --yes --stack e2e\n"
     "     Type                 Name         Status                  Info\n"
     " +   pulumi:pulumi:Stack  infra-e2e    **creating failed**     1 error\n"
     " +   └─ aws:sqs:Queue     jobs         **creating failed**     1 error\n"
     "Diagnostics:\n"
     "  aws:sqs:Queue (jobs):\n"
     "    error: creating SQS Queue (e2e-jobs): operation error SQS: CreateQueue, exceeded maximum number of "
     "attempts, 25, https response error StatusCode: 400, RequestID: 2b3c4d5e, api error Throttling: Rate "
     "exceeded\n" + _GHA),
    # the Pulumi service's 429 (recalled: "[%d] %s" for an API error)
    ("pulumi-service-429", "transient",
     "+ pulumi preview --stack acme/e2e\n"
     "error: getting stack: [429] Too Many Requests: rate limit exceeded, please retry after 30 seconds\n"
     + _CIRCLE),
    ("pulumi-invalid-parameter", "real",
     "+ pulumi up --yes --stack e2e\n"
     "Diagnostics:\n"
     "  aws:rds:Instance (db):\n"
     "    error: creating RDS DB Instance (e2e-db): operation error RDS: CreateDBInstance, https response error "
     "StatusCode: 400, RequestID: 3c4d5e6f, api error InvalidParameterCombination: RDS does not support "
     "creating a DB instance with the following combination: DBInstanceClass=db.t2.micro, Engine=postgres, "
     "EngineVersion=16.3, LicenseModel=postgresql-license.\n" + _GHA),

    # ================================================================== kind
    # kubernetes-sigs/kind pkg/cluster/internal/create/actions/kubeadmjoin/join.go ("failed to join node with
    # kubeadm") with kubeadm's discovery deadline (recalled)
    ("kind-join-discovery-deadline", "transient",
     "+ kind create cluster --name e2e --config kind-3nodes.yaml\n"
     " ✓ Starting control-plane 🕹️\n"
     " ✗ Joining worker nodes 🚜\n"
     "ERROR: failed to create cluster: failed to join node with kubeadm: command \"docker exec --privileged "
     "e2e-worker2 kubeadm join --config /kind/kubeadm.conf --skip-phases=preflight --v=6\" failed with error: "
     "exit status 1\n"
     "Command Output: I1204 10:02:11.401234     240 join.go:419] [preflight] found NodeName empty; using OS "
     "hostname as NodeName\n"
     "error execution phase preflight: couldn't validate the identity of the API Server: Get "
     "\"https://e2e-control-plane:6443/api/v1/namespaces/kube-public/configmaps/cluster-info?timeout=10s\": "
     "context deadline exceeded\n" + _GHA),
    # pkg/cluster/internal/create/actions/installcni/cni.go ("failed to apply overlay network") with
    # kubectl's TLS handshake timeout against the new API server
    ("kind-apply-overlay-network-tls-timeout", "transient",
     "+ kind create cluster --name e2e\n"
     " ✓ Starting control-plane 🕹️\n"
     " ✗ Installing CNI 🔌\n"
     "ERROR: failed to create cluster: failed to apply overlay network: command \"docker exec --privileged "
     "e2e-control-plane kubectl create --kubeconfig=/etc/kubernetes/admin.conf -f -\" failed with error: exit "
     "status 1\n"
     "Command Output: Unable to connect to the server: net/http: TLS handshake timeout\n" + _GHA),

    # ================================================================== Xcode simulators (simctl; recalled)
    # simctl launch dying with ESRCH
    ("simctl-launch-no-such-process", "transient",
     "+ xcrun simctl launch booted com.example.widgets\n"
     "An error was encountered processing the command (domain=FBSOpenApplicationServiceErrorDomain, code=1):\n"
     "Simulator device failed to launch com.example.widgets.\n"
     "Underlying error (domain=NSPOSIXErrorDomain, code=3):\n"
     "\tThe operation couldn’t be completed. No such process\n"
     "\tNo such process\n" + _GHA),
    # the same error as xcodebuild relays it
    ("xcodebuild-nsposix-error-3", "transient",
     "+ xcodebuild test -scheme Widgets -destination 'platform=iOS Simulator,name=iPhone 15'\n"
     "xcodebuild[4211:51234] Error Domain=NSPOSIXErrorDomain Code=3 \"No such process\"\n"
     "Testing failed:\n"
     "\tWidgets.app (4312) encountered an error (Failed to launch app with identifier: com.example.widgets "
     "and options: (null) (Underlying Error: The operation couldn’t be completed. (NSPOSIXErrorDomain error "
     "3 - No such process)))\n"
     "** TEST FAILED **\n" + _GHA),
    # the same launch where the app itself does not load (dyld cannot find a framework the build left out)
    ("simctl-launch-dyld-library-not-loaded", "real",
     "+ xcrun simctl launch --console booted com.example.widgets\n"
     "dyld[4312]: Library not loaded: @rpath/WidgetsKit.framework/WidgetsKit\n"
     "  Referenced from: <5E6F7A8B-0000-1111-2222-333344445555> /Users/runner/Library/Developer/CoreSimulator/"
     "Devices/0A1B/data/Containers/Bundle/Application/9C8D/Widgets.app/Widgets\n"
     "An error was encountered processing the command (domain=FBSOpenApplicationServiceErrorDomain, code=1):\n"
     "Simulator device failed to launch com.example.widgets.\n"
     "Underlying error (domain=NSPOSIXErrorDomain, code=3):\n"
     "\tThe operation couldn’t be completed. No such process\n" + _GHA),
    # a boot caught mid-transition
    ("simctl-boot-shutting-down", "transient",
     "+ xcrun simctl boot 'iPhone 15'\n"
     "An error was encountered processing the command (domain=com.apple.CoreSimulator.SimError, code=405):\n"
     "Unable to boot device in current state: Shutting Down\n" + _CIRCLE),
    # an app that does not install: its bundle lacks an identifier
    ("simctl-install-no-bundle-identifier", "real",
     "+ xcrun simctl install booted build/Widgets.app\n"
     "An error was encountered processing the command (domain=IXErrorDomain, code=13):\n"
     "Simulator device failed to install the application.\n"
     "Failed to install the requested application\n"
     "The bundle identifier of the application could not be determined.\n"
     "Ensure that the application's Info.plist contains a value for CFBundleIdentifier.\n" + _GHA),
    # opening a bundle that is not installed
    ("simctl-launch-not-installed", "real",
     "+ xcrun simctl launch booted com.example.widgets.dev\n"
     "An error was encountered processing the command (domain=FBSOpenApplicationServiceErrorDomain, code=4):\n"
     "The request to open \"com.example.widgets.dev\" failed.\n"
     "Underlying error (domain=FBSOpenApplicationErrorDomain, code=4):\n"
     "\tThe operation couldn’t be completed. Application info provider (FBSApplicationLibrary) returned nil "
     "for \"com.example.widgets.dev\"\n" + _GHA),

    # ================================================================== near-misses
    ("go-test-about-another-operation", "real",
     "=== RUN   TestRetryOnAnotherOperationInProgress\n"
     "    retry_test.go:33: \n"
     "        \tError Trace:\tretry_test.go:33\n"
     "        \tError:      \tNot equal: \n"
     "        \t            \texpected: 3\n"
     "        \t            \tactual  : 1\n"
     "        \tMessages:   \tshould retry 409 AnotherOperationInProgress\n"
     "--- FAIL: TestRetryOnAnotherOperationInProgress (0.00s)\n"
     "FAIL\texample.org/azclient\t0.021s\n" + _GHA),
    ("pytest-about-zone-exhausted", "real",
     "+ pytest -q tests/test_provisioner.py\n"
     "F...\n"
     "=================================== FAILURES ===================================\n"
     "_______________________ test_stockout_picks_next_zone _______________________\n"
     "    def test_stockout_picks_next_zone():\n"
     "        err = FakeError(\"ZONE_RESOURCE_POOL_EXHAUSTED\")\n"
     ">       assert pick_zone([\"a\", \"b\"], err) == \"b\"\n"
     "E       AssertionError: assert 'a' == 'b'\n"
     "tests/test_provisioner.py:22: AssertionError\n"
     "=========================== short test summary info ============================\n"
     "FAILED tests/test_provisioner.py::test_stockout_picks_next_zone - AssertionError: assert 'a' == 'b'\n"
     "1 failed, 3 passed in 0.41s\n" + _GHA),
    # jest's console.warn block under a file that passed (the application's own retry notice), after another
    # file's assertion that failed
    ("app-console-warn-request-limit-then-assertion", "real",
     "+ npm test\n"
     "FAIL src/provisioner.test.ts\n"
     "  ● Provisioner › tags the instance\n"
     "    expect(received).toEqual(expected) // deep equality\n"
     "    Expected: {\"team\": \"e2e\"}\n"
     "    Received: {}\n"
     "\n"
     "PASS src/retry.test.ts\n"
     "  console.warn\n"
     "    aws call throttled: RequestLimitExceeded: Request limit exceeded. (attempt 1/5)\n"
     "\n"
     "      at Provisioner.retry (src/provisioner.ts:41:15)\n"
     "\n"
     "Tests:       1 failed, 11 passed, 12 total\n" + _GL),
    ("tests-failed-then-simulator-shutdown-noise", "real",
     "+ xcodebuild test -scheme Widgets -destination 'platform=iOS Simulator,name=iPhone 15'\n"
     "Test Case '-[WidgetsTests testTotals]' started.\n"
     "/Users/runner/work/w/WidgetsTests.swift:41: error: -[WidgetsTests testTotals] : XCTAssertEqual failed: "
     "(\"12\") is not equal to (\"13\")\n"
     "Test Case '-[WidgetsTests testTotals]' failed (0.012 seconds).\n"
     "Executed 40 tests, with 1 failure (0 unexpected) in 3.2 (3.3) seconds\n"
     "** TEST FAILED **\n"
     "+ xcrun simctl shutdown all\n"
     "Unable to shutdown device in current state: Shutdown\n" + _GHA),
]


NOT_SURELY_TRANSIENT: list[tuple[str, str]] = [
    # SkuNotAvailable with a capacity restriction (recalled): a size withdrawn for a while, or one the
    # subscription is never offered in that region
    ("azurerm-sku-not-available",
     _TF_APPLY +
     _tf_error("creating Linux Virtual Machine \"e2e-vm\"", "azurerm_linux_virtual_machine.e2e",
               "performing CreateOrUpdate: unexpected status 409 (409 Conflict) with error: SkuNotAvailable: The "
               "requested VM size for resource 'Following SKUs have failed for Capacity Restrictions: "
               "Standard_D4s_v5' is currently not available in location 'eastus'. Please try another size or "
               "deploy to a different location or different zone. See https://aka.ms/azureskunotavailable for "
               "details.") + _GHA),
    # GKE with no node registered at all (kubetest2-gke retries only the "only N nodes ... failing to start
    # correctly" form; a chart's troubleshooting notes name a disabled default compute service account for
    # "only 0 nodes out of 2 have registered"): a project misconfigured as often as a passing failure
    ("gke-zero-nodes-registered",
     "+ gcloud container clusters create e2e-31 --zone us-central1-a --num-nodes 2\n"
     "ERROR: (gcloud.container.clusters.create) Operation [<Operation name: 'operation-9-8'>] finished with "
     "error: All cluster resources were brought up, but: only 0 nodes out of 2 have registered; cluster may be "
     "unhealthy.\n" + _GHA),
    # resourceInUseByAnotherResource (recalled): a deletion still propagating, or a resource outside the
    # job holding the network
    ("gcp-network-in-use",
     "+ terraform destroy -auto-approve\n" +
     _tf_error("Error waiting for Deleting Network: The network resource 'projects/acme-ci/global/networks/"
               "e2e-net' is already being used by 'projects/acme-ci/global/firewalls/e2e-allow-ssh'",
               "google_compute_network.e2e", "") + _GHA),
    # kubernetes-sigs/kind pkg/cluster/internal/create/actions/kubeadminit/init.go ("failed to init node with
    # kubeadm") with no kubeadm output shown (no -v): a slow host or a node config kubeadm refuses
    ("kind-kubeadm-init-bare",
     "+ kind create cluster --name e2e --config kind.yaml\n"
     " ✗ Starting control-plane 🕹️\n"
     "ERROR: failed to create cluster: failed to init node with kubeadm: command \"docker exec --privileged "
     "e2e-control-plane kubeadm init --skip-phases=preflight --config=/kind/kubeadm.conf --skip-token-print "
     "--v=6\" failed with error: exit status 1\n" + _GHA),
    # simctl boot on a device the job already booted (recalled: "Unable to boot device in current state:
    # Booted"): a script that boots twice, or a device left booted by an earlier job on the same host
    ("simctl-boot-already-booted",
     "+ xcrun simctl boot 'iPhone 15'\n"
     "An error was encountered processing the command (domain=com.apple.CoreSimulator.SimError, code=405):\n"
     "Unable to boot device in current state: Booted\n" + _GHA),
]


@pytest.mark.parametrize(("verdict", "log"), labelled(CASES))
def test_cloud_provisioning_message_reads_right(verdict, log):
    reads(log, verdict)


@pytest.mark.parametrize("log", logs(NOT_SURELY_TRANSIENT))
def test_ambiguous_cloud_provisioning_failures_do_not_read_surely_transient(log):
    not_surely_transient(log)


def test_case_ids_are_unique():
    assert_unique_ids(CASES, NOT_SURELY_TRANSIENT)


# One line of 50,000 characters of each of these words is read by benchmarks/pattern_speed.py,
# which prints the seconds each takes (a guard against patterns that backtrack; a timing is a
# benchmark's, not a test's).
LONG_LINE_WORDS = [
    "All cluster resources were brought up, but the cluster API is reporting that: ",
    "All cluster resources were brought up, but: ",
    "RESPONSE 409: 409 Conflict ERROR CODE: ",
    "ERROR CODE: AnotherOperationInProgress ",
    "wait: remote command exited without exit status or exit signal ",
    "Underlying error (domain=NSPOSIXErrorDomain, code=3): ",
    "Unable to boot device in current state: ",
    "Operation operation-1733300000000-ffee is currently upgrading cluster ",
    "unexpected status 409 (409 Conflict) with error: ",
    "ERROR: (gcloud.container.clusters.create) ResponseError: code=403, message=",
    "Operation could not be completed as it results in exceeding approved ",
]
