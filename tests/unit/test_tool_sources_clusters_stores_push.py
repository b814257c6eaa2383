"""Twelfth round, tool sources: throwaway clusters in CI, object stores and artifact uploads, git pushes.

Each case is a short log written for the test around one message as the tool prints it, read from
the tool's own source (the comment above each case names the repository and the file holding the
format string; a few wordings come from a service's documented answer, and say so). Clusters,
charts, buckets, packages, hosts and paths are made up; no project's CI log is copied.

A throwaway cluster that did not come up in time (kubeadm's kubelet check, a health check or log
line that never came before its deadline), a wait on a rollout or condition that timed out (the
project's own labels read these as transient), an object store or package index that answered 5xx,
429 or "server busy", and a forge's ref-transaction failure while pushing must read transient. A
cluster the job misconfigured (a name already in use, no driver, no Docker, fewer CPUs or less memory
than the job asked for, a Kubernetes version the tool does not support), a chart that fails lint
or renders wrong, refused credentials, a bucket or path that does not exist, a version already
published (PyPI, npm, crates.io, RubyGems, NuGet, Maven 409, an immutable image tag), and a push a
forge refuses on policy (protected branch, rulesets, a hook, a tag that already exists) must read
real. A push that lost a race to another job ("fetch first", non-fast-forward) is read as neither
for sure: a rerun that checks out the same commit loses again, one that fetches first wins.
"""

from __future__ import annotations

import pytest
from judging import (
    assert_unique_ids,
    judge,
    labelled,
    logs,
    not_surely_transient,
    reads,
    signatures,
)

_EXIT = "##[error]Process completed with exit code 1.\n"
_CCI = "\nExited with code exit status 1\n"
_KIND = ('Creating cluster "ci" ...\n'
         " ✓ Ensuring node image (kindest/node:v1.29.2) 🖼\n"
         " ✓ Preparing nodes 📦\n"
         " ✓ Writing configuration 📜\n")
_MK = ("😄  minikube v1.33.1 on Ubuntu 22.04\n"
       "✨  Using the docker driver based on user configuration\n")
_CT_INSTALL = ('Installing chart "widget => (version: \\"1.4.0\\", path: \\"charts/widget\\")"...\n'
               'Creating namespace "widget-k2x9q1"...\n')
_CT_END = ("Deleting release \"widget-k2x9q1\"...\n"
           "------------------------------------------------------------------------------------------------\n"
           ' ✖︎ widget => (version: "1.4.0", path: "charts/widget") > failed waiting for process: exit status 1\n'
           "------------------------------------------------------------------------------------------------\n"
           "Error: failed installing charts: failed processing charts\n" + _EXIT)
_PUSH_HINT_FETCH = ("hint: Updates were rejected because the remote contains work that you do not\n"
                    "hint: have locally. This is usually caused by another repository pushing to\n"
                    "hint: the same ref. If you want to integrate the remote changes, use\n"
                    "hint: 'git pull' before pushing again.\n")

CASES: list[tuple[str, str, str]] = [
    # ------------------------------------------------------------------ kind
    # kubernetes-sigs/kind pkg/cmd/kind/create/cluster/createcluster.go ("failed to create cluster"),
    # pkg/cluster/internal/create/actions/kubeadminit/init.go ("failed to init node with kubeadm"), with kubeadm's
    # own "[kubelet-check] Initial timeout of 40s passed." and "timed out waiting for the condition": the node's
    # kubelet did not answer in time on a loaded machine
    ("kind-kubeadm-init-kubelet-timeout", "transient",
     _KIND +
     " ✗ Starting control-plane 🕹️\n"
     'Deleted nodes: ["ci-control-plane"]\n'
     'ERROR: failed to create cluster: failed to init node with kubeadm: command "docker exec --privileged '
     'ci-control-plane kubeadm init --config=/kind/kubeadm.conf --skip-token-print --v=6" failed with error: '
     "exit status 1\n"
     "Command Output: [init] Using Kubernetes version: v1.29.2\n"
     "[kubelet-check] Initial timeout of 40s passed.\n"
     "Unfortunately, an error has occurred:\n"
     "\ttimed out waiting for the condition\n"
     "This error is likely caused by:\n"
     "\t- The kubelet is not running\n" + _EXIT),
    # the same with newer kubeadm's kubelet check ("[kubelet-check] The kubelet is not healthy after %v",
    # kubernetes/kubernetes cmd/kubeadm/app/util/apiclient/wait.go) and its health call's deadline
    ("kind-kubeadm-kubelet-not-healthy", "transient",
     _KIND +
     " ✗ Starting control-plane 🕹️\n"
     'ERROR: failed to create cluster: failed to init node with kubeadm: command "docker exec --privileged '
     'ci-control-plane kubeadm init --config=/kind/kubeadm.conf --v=6" failed with error: exit status 1\n'
     "Command Output: [kubelet-check] Waiting for a healthy kubelet at http://127.0.0.1:10248/healthz. This can "
     "take up to 4m0s\n"
     "[kubelet-check] The kubelet is not healthy after 4m0.000418s\n"
     "Unfortunately, an error has occurred, likely caused by:\n"
     "\t- The kubelet is not running\n"
     "error execution phase wait-control-plane: failed while waiting for the kubelet: Get "
     '"http://127.0.0.1:10248/healthz": context deadline exceeded\n' + _EXIT),
    # same file, kubeadm refusing a node image too old for it (kubeadm's "this version of kubeadm only supports
    # deploying clusters with the control plane version >= %s. Current version: %s")
    ("kind-kubeadm-init-version-skew", "real",
     _KIND +
     " ✗ Starting control-plane 🕹️\n"
     'ERROR: failed to create cluster: failed to init node with kubeadm: command "docker exec --privileged '
     'ci-control-plane kubeadm init --config=/kind/kubeadm.conf --v=6" failed with error: exit status 1\n'
     "Command Output: this version of kubeadm only supports deploying clusters with the control plane version "
     ">= 1.28.0. Current version: v1.24.17\n" + _EXIT),
    # pkg/cluster/internal/create/create.go ("node(s) already exist for a cluster with the name %q")
    ("kind-cluster-name-in-use", "real",
     "Run kind create cluster --name ci --config ci/kind.yaml\n"
     'ERROR: failed to create cluster: node(s) already exist for a cluster with the name "ci"\n' + _EXIT),
    # pkg/cluster/internal/providers/docker/images.go ("failed to pull image %q") around the daemon's 404
    ("kind-node-image-not-found", "real",
     'Creating cluster "ci" ...\n'
     " ✗ Ensuring node image (kindest/node:v1.99.0) 🖼\n"
     'ERROR: failed to create cluster: failed to pull image "kindest/node:v1.99.0": command "docker pull '
     'kindest/node:v1.99.0" failed with error: exit status 1\n'
     "Command Output: Error response from daemon: manifest for kindest/node:v1.99.0 not found: manifest unknown: "
     "manifest unknown\n" + _EXIT),
    # same file, around the registry answering 503
    ("kind-node-image-pull-503", "transient",
     'Creating cluster "ci" ...\n'
     " ✗ Ensuring node image (kindest/node:v1.29.2) 🖼\n"
     'ERROR: failed to create cluster: failed to pull image "kindest/node:v1.29.2": command "docker pull '
     'kindest/node:v1.29.2" failed with error: exit status 1\n'
     "Command Output: Error response from daemon: received unexpected HTTP status: 503 Service Unavailable\n"
     + _EXIT),
    # ------------------------------------------------------------------ minikube
    # kubernetes/minikube pkg/minikube/exit/exit.go ("Exiting due to {{.fatal_code}}: {{.fatal_msg}}"),
    # cmd/minikube/cmd/start.go (reason.GuestStart, "failed to start node"), its health wait's deadline
    ("minikube-guest-start-healthz-deadline", "transient",
     _MK +
     "🔥  Creating docker container (CPUs=2, Memory=3900MB) ...\n"
     "X Exiting due to GUEST_START: failed to start node: wait 6m0s for node: wait for healthy API server: "
     "apiserver healthz never reported healthy: context deadline exceeded\n" + _CCI),
    # pkg/minikube/registry/drvs/docker/docker.go and cmd/minikube/cmd/start.go ("PROVIDER_%s_NOT_RUNNING"):
    # no Docker daemon on this machine
    ("minikube-provider-docker-not-running", "real",
     "😄  minikube v1.33.1 on Ubuntu 22.04\n"
     "X Exiting due to PROVIDER_DOCKER_NOT_RUNNING: \"docker version --format <no value>-<no value>:<no value>\" "
     "exit status 1: Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon "
     "running?\n"
     "* Documentation: https://minikube.sigs.k8s.io/docs/drivers/docker/\n" + _EXIT),
    # pkg/minikube/reason/reason.go (DRV_NOT_DETECTED)
    ("minikube-drv-not-detected", "real",
     "😄  minikube v1.33.1 on Ubuntu 22.04\n"
     "X Exiting due to DRV_NOT_DETECTED: No possible driver was detected. Try specifying --driver, or see "
     "https://minikube.sigs.k8s.io/docs/start/\n" + _EXIT),
    # pkg/minikube/reason/reason.go (DRV_AS_ROOT)
    ("minikube-drv-as-root", "real",
     "😄  minikube v1.33.1 on Ubuntu 22.04\n"
     "✨  Using the docker driver based on user configuration\n"
     'X Exiting due to DRV_AS_ROOT: The "docker" driver should not be used with root privileges.\n' + _EXIT),
    # cmd/minikube/cmd/start.go (reason.RsrcInsufficientCores, "Requested cpu count {{.requested_cpus}} is greater
    # than the available cpus of {{.avail_cpus}}"): the job asks for more than its machine has
    ("minikube-rsrc-insufficient-cores", "real",
     _MK +
     "X Exiting due to RSRC_INSUFFICIENT_CORES: Requested cpu count 4 is greater than the available cpus of 2\n"
     + _CCI),
    # cmd/minikube/cmd/start.go (reason.RsrcInsufficientContainerMemory, "{{.driver}} only has {{.size}}MiB
    # available, less than the required {{.req}}MiB for Kubernetes")
    ("minikube-rsrc-insufficient-container-memory", "real",
     _MK +
     "X Exiting due to RSRC_INSUFFICIENT_CONTAINER_MEMORY: docker only has 1790MiB available, less than the "
     "required 1800MiB for Kubernetes\n" + _EXIT),
    # cmd/minikube/cmd/start.go (reason.KubernetesTooNew, "Kubernetes {{.version}} is not supported by this
    # release of minikube")
    ("minikube-k8s-new-unsupported", "real",
     "😄  minikube v1.33.1 on Ubuntu 22.04\n"
     "X Exiting due to K8S_NEW_UNSUPPORTED: Kubernetes 1.99.0 is not supported by this release of minikube\n"
     + _EXIT),
    # pkg/minikube/reason/known_issues.go (INET_DOWNLOAD_TIMEOUT, "Error downloading .*timeout") and reason.go
    # (INET_CACHE_KUBECTL)
    ("minikube-inet-cache-kubectl-timeout", "transient",
     _MK +
     "X Exiting due to INET_CACHE_KUBECTL: Failed to cache kubectl: download failed: "
     "https://dl.k8s.io/release/v1.30.0/bin/linux/amd64/kubectl?checksum=file:https://dl.k8s.io/release/"
     "v1.30.0/bin/linux/amd64/kubectl.sha256: getter: &{...}: Get \"https://dl.k8s.io/release/v1.30.0/bin/"
     "linux/amd64/kubectl\": net/http: TLS handshake timeout\n" + _EXIT),
    # pkg/minikube/reason/reason.go (INET_REPOS_UNAVAILABLE): the image repositories it tried did not answer
    ("minikube-inet-repos-unavailable", "transient",
     _MK +
     "X Exiting due to INET_REPOS_UNAVAILABLE: none of the known repositories are accessible. Consider "
     "specifying an alternative image repository with --image-repository flag\n" + _EXIT),
    # pkg/minikube/machine/start.go ("{{.n}} is out of disk space! (/var is at {{.p}}% of capacity). You can pass
    # '--force' to skip this check.") under RSRC_DOCKER_STORAGE: the machine's disk is full
    ("minikube-rsrc-docker-storage", "transient",
     _MK +
     "X Exiting due to RSRC_DOCKER_STORAGE: Docker is out of disk space! (/var is at 98% of capacity). You can "
     "pass '--force' to skip this check.\n" + _EXIT),
    # ------------------------------------------------------------------ k3d
    # k3d-io/k3d pkg/client/node.go ("Context deadline exceeded while waiting for log message '%s' of node %s:
    # %w"), pkg/client/cluster.go ("Failed Cluster Start: %+v", "Failed to start server %s: %+v"),
    # cmd/cluster/clusterCreate.go ("Failed to create cluster >>> Rolling Back")
    ("k3d-server-log-deadline", "transient",
     "INFO[0000] Prep: Network\n"
     "INFO[0001] Starting node 'k3d-ci-server-0'\n"
     "ERRO[0122] Failed Cluster Start: Failed to start server k3d-ci-server-0: Context deadline exceeded while "
     "waiting for log message 'k3s is up and running' of node k3d-ci-server-0: context deadline exceeded\n"
     "ERRO[0122] Failed to create cluster >>> Rolling Back\n"
     "INFO[0122] Deleting cluster 'ci'\n"
     "FATA[0123] Cluster creation FAILED, all changes have been rolled back!\n" + _EXIT),
    # cmd/cluster/clusterCreate.go ("Failed to create cluster '%s' because a cluster with that name already exists")
    ("k3d-cluster-name-in-use", "real",
     "Run k3d cluster create ci --wait\n"
     "FATA[0000] Failed to create cluster 'ci' because a cluster with that name already exists\n" + _EXIT),
    # ------------------------------------------------------------------ chart-testing and Helm
    # helm/chart-testing pkg/chart/chart.go (" %s %s > %s", "failed processing charts"), ct/cmd/install.go ("failed
    # installing charts: %w"), pkg/exec/exec.go ("failed waiting for process: %w"), with Helm's --wait deadline
    ("ct-install-helm-deadline", "transient",
     _CT_INSTALL +
     "Error: INSTALLATION FAILED: context deadline exceeded\n" + _CT_END),
    # same, Helm's template engine failing on the chart (helm/helm pkg/engine: "template: %s: executing ... nil
    # pointer evaluating")
    ("ct-install-template-error", "real",
     _CT_INSTALL +
     "Error: INSTALLATION FAILED: template: widget/templates/deployment.yaml:24:28: executing "
     '"widget/templates/deployment.yaml" at <.Values.image.tag>: nil pointer evaluating interface {}.tag\n'
     + _CT_END),
    # ct/cmd/lint.go ("failed linting charts: %w"), with helm lint's "[ERROR] ..." and "Error: %d chart(s)
    # linted, %d chart(s) failed"
    ("ct-lint-chart-failed", "real",
     'Linting chart "widget => (version: \\"1.4.0\\", path: \\"charts/widget\\")"\n'
     "==> Linting charts/widget\n"
     "[ERROR] templates/: template: widget/templates/service.yaml:9:14: executing "
     '"widget/templates/service.yaml" at <.Values.service.port>: nil pointer evaluating interface {}.port\n'
     "\n"
     "Error: 1 chart(s) linted, 1 chart(s) failed\n"
     ' ✖︎ widget => (version: "1.4.0", path: "charts/widget") > failed waiting for process: exit status 1\n'
     "Error: failed linting charts: failed processing charts\n" + _EXIT),
    # pkg/chart/chart.go ("chart version not ok. Needs a version bump! ")
    ("ct-lint-version-bump", "real",
     'Checking chart "widget => (version: \\"1.4.0\\", path: \\"charts/widget\\")" for a version bump...\n'
     "Old chart version: 1.4.0\n"
     "New chart version: 1.4.0\n"
     ' ✖︎ widget => (version: "1.4.0", path: "charts/widget") > chart version not ok. Needs a version bump! \n'
     "Error: failed linting charts: failed processing charts\n" + _EXIT),
    # helm/helm pkg/action/install.go ("cannot re-use a name that is still in use")
    ("helm-install-name-in-use", "real",
     "Run helm install api ./charts/api -n staging\n"
     "Error: INSTALLATION FAILED: cannot re-use a name that is still in use\n" + _EXIT),
    # helm/helm pkg/action/upgrade.go ("%q has no deployed releases"): a release whose first install failed
    ("helm-upgrade-no-deployed-releases", "real",
     "Run helm upgrade api ./charts/api -n staging\n"
     'Error: UPGRADE FAILED: "api" has no deployed releases\n' + _EXIT),
    # helm/helm pkg/action/upgrade.go ("release %s failed, and has been rolled back due to atomic being set: %w")
    ("helm-upgrade-atomic-deadline", "transient",
     "Run helm upgrade --install api ./charts/api --atomic --timeout 5m\n"
     "Error: UPGRADE FAILED: release api failed, and has been rolled back due to atomic being set: context "
     "deadline exceeded\n" + _EXIT),
    # ------------------------------------------------------------------ kubectl wait / rollout / apply
    # kubernetes/kubectl pkg/cmd/wait/condition.go ("%w on %s/%s") around kubernetes/apimachinery
    # pkg/util/wait/error.go ("timed out waiting for the condition")
    ("kubectl-wait-pods-timeout", "transient",
     "Run kubectl wait --for=condition=Ready pods --all -n ingress-nginx --timeout=120s\n"
     "error: timed out waiting for the condition on pods/ingress-nginx-controller-6f8d9c7b5d-x2k4q\n" + _EXIT),
    # pkg/polymorphichelpers/rollout_status.go ("Waiting for deployment %q rollout to finish: ...") and the
    # same wait error
    ("kubectl-rollout-status-timeout", "transient",
     "Run kubectl rollout status deployment/api -n staging --timeout=180s\n"
     'Waiting for deployment "api" rollout to finish: 0 of 1 updated replicas are available...\n'
     "error: timed out waiting for the condition\n" + _EXIT),
    # kubectl's validation of a manifest ("error validating data: %v; if you choose to ignore these errors, turn
    # validation off with --validate=false")
    ("kubectl-apply-unknown-field", "real",
     "Run kubectl apply -f deploy/\n"
     "deployment.apps/api configured\n"
     'error: error validating "deploy/worker.yaml": error validating data: ValidationError(Deployment.spec.'
     'template.spec.containers[0]): unknown field "imagePullPolicyy" in io.k8s.api.core.v1.Container; if you '
     "choose to ignore these errors, turn validation off with --validate=false\n" + _EXIT),
    # the API server calling an admission webhook whose pod is not serving yet (client-go's "Error from server
    # (InternalError): ..." around Go's dial error)
    ("kubectl-apply-webhook-refused", "transient",
     "Run kubectl apply -f deploy/ingress.yaml\n"
     'Error from server (InternalError): error when creating "deploy/ingress.yaml": Internal error occurred: '
     'failed calling webhook "validate.nginx.ingress.kubernetes.io": failed to call webhook: Post '
     '"https://ingress-nginx-controller-admission.ingress-nginx.svc:443/networking/v1/ingresses?timeout=10s": '
     "dial tcp 10.96.41.7:443: connect: connection refused\n" + _EXIT),
    # ------------------------------------------------------------------ Skaffold
    # GoogleContainerTools/skaffold pkg/diag/validator/validator.go ("container %s is backing off waiting to
    # restart"), pkg/skaffold/kubernetes/status/status_check.go ("%d/%d deployment(s) failed")
    ("skaffold-deploy-crashloop", "real",
     "Waiting for deployments to stabilize...\n"
     " - deployment/api: container api is backing off waiting to restart\n"
     "    - pod/api-5c9d8b7f6-q8w2z: container api is backing off waiting to restart\n"
     "      > [api-5c9d8b7f6-q8w2z api] Error: Cannot find module '/app/dist/server.js'\n"
     " - deployment/api failed. Error: container api is backing off waiting to restart.\n"
     "1/1 deployment(s) failed\n" + _EXIT),
    # pkg/diag/validator/validator.go ("container %s is waiting to start: %s can't be pulled"): the image the job
    # named does not exist in the cluster's reach
    ("skaffold-deploy-image-cant-be-pulled", "real",
     "Waiting for deployments to stabilize...\n"
     " - deployment/api: container api is waiting to start: example.org/acme/api:v9.9.9 can't be pulled\n"
     " - deployment/api failed. Error: container api is waiting to start: example.org/acme/api:v9.9.9 can't "
     "be pulled.\n"
     "1/1 deployment(s) failed\n" + _EXIT),
    # ------------------------------------------------------------------ Tilt
    # tilt-dev/tilt internal/controllers/core/session/status.go ("Timeout after %s: %v", "%d resources %v (%v)"):
    # tilt ci's own deadline on resources that were still coming up, read as kubectl wait's timeout is
    ("tilt-ci-timeout-not-ready", "transient",
     "Run tilt ci --timeout 10m\n"
     "api │ Deployment api: waiting for pods to be ready\n"
     "Error: Timeout after 10m0s: 1 resources not ready (api)\n" + _EXIT),
    # ------------------------------------------------------------------ Kustomize
    # kubernetes-sigs/kustomize api/internal/target/kusttarget.go ("accumulating resources: %w"), api/internal/
    # accumulator ("accumulation err='accumulating resources from '%s': %s'")
    ("kustomize-missing-resource", "real",
     "Run kustomize build k8s/overlays/ci\n"
     "Error: accumulating resources: accumulation err='accumulating resources from 'worker.yaml': "
     "open /home/runner/work/app/app/k8s/overlays/ci/worker.yaml: no such file or directory': must build at "
     "directory: not a valid directory: evalsymlink failure on '/home/runner/work/app/app/k8s/overlays/ci/"
     "worker.yaml' : lstat /home/runner/work/app/app/k8s/overlays/ci/worker.yaml: no such file or directory\n"
     + _EXIT),
    # ------------------------------------------------------------------ Cluster API
    # kubernetes-sigs/cluster-api cmd/clusterctl/client/repository/repository_github.go ("rate limit for github
    # api has been reached. Please wait one hour or get a personal API token and assign it to the GITHUB_TOKEN
    # environment variable")
    ("clusterctl-github-rate-limit", "transient",
     "Run clusterctl init --infrastructure docker\n"
     "Fetching providers\n"
     "Error: failed to get provider components for the \"cluster-api\" provider: failed to get repository client "
     "for the CoreProvider with name cluster-api: error creating the GitHub repository client: failed to get "
     "GitHub latest version: failed to get the list of versions: rate limit for github api has been reached. "
     "Please wait one hour or get a personal API token and assign it to the GITHUB_TOKEN environment variable\n"
     + _EXIT),
    # ------------------------------------------------------------------ gsutil and gcloud storage
    # GoogleCloudPlatform/gsutil gslib/gcs_json_api.py (ResumableUploadException "Server Error" for >= 500) and
    # gslib/cloud_api.py; the cp command's "%d file/object could not be transferred."
    ("gsutil-resumable-upload-503", "transient",
     "Copying file://dist/app-1.4.0.tar.gz [Content-Type=application/x-tar]...\n"
     "ResumableUploadAbortException: 503 Server Error\n"
     "CommandException: 1 file/object could not be transferred.\n" + _EXIT),
    # gslib/gcs_json_api.py (429 "Too Many Requests"); the rate-limit wording is the service's
    ("gsutil-429-rate", "transient",
     "Copying file://build/latest.txt [Content-Type=text/plain]...\n"
     "ServiceException: 429 The rate of change requests to the object acme-artifacts/latest.txt exceeds the "
     "rate limit. Please reduce the rate of create, update, and delete requests.\n"
     "CommandException: 1 file/object could not be transferred.\n" + _EXIT),
    # gslib/cloud_api.py (ServiceException) for a 503 at the end of gsutil's retries
    ("gsutil-service-exception-503", "transient",
     "Run gsutil -m rsync -r site/ gs://acme-docs/\n"
     "Building synchronization state...\n"
     "ServiceException: 503 Service Unavailable\n"
     "CommandException: 1 file/object could not be copied/removed.\n" + _EXIT),
    # gslib/gcs_json_api.py (AccessDeniedException for 403), the service's "does not have %s access" wording
    ("gsutil-access-denied", "real",
     "Copying file://dist/app-1.4.0.tar.gz [Content-Type=application/x-tar]...\n"
     "AccessDeniedException: 403 ci-uploader@acme-ci.iam.gserviceaccount.com does not have "
     "storage.objects.create access to the Google Cloud Storage object. Permission 'storage.objects.create' "
     "denied on resource (or it may not exist).\n" + _EXIT),
    # gslib/utils/translation_helper.py ("%s://%s bucket does not exist.")
    ("gsutil-bucket-does-not-exist", "real",
     "Run gsutil -m cp -r site/ gs://acme-docs-previw/pr-42/\n"
     "BucketNotFoundException: 404 gs://acme-docs-previw bucket does not exist.\n" + _EXIT),
    # gslib/command.py ("No URLs matched")
    ("gsutil-no-urls-matched", "real",
     "Run gsutil cp build/reports/*.xml gs://acme-ci-reports/\n"
     "CommandException: No URLs matched: build/reports/*.xml\n" + _EXIT),
    # gcloud storage (closed source; documented "ERROR: (gcloud.storage.cp) HTTPError %d: %s") with the JSON
    # API's 503 message
    ("gcloud-storage-cp-503", "transient",
     "Run gcloud storage cp dist/app.tar.gz gs://acme-artifacts/\n"
     "Copying file://dist/app.tar.gz to gs://acme-artifacts/app.tar.gz\n"
     "ERROR: (gcloud.storage.cp) HTTPError 503: We encountered an internal error. Please try again.\n" + _EXIT),
    ("gcloud-storage-cp-403", "real",
     "Run gcloud storage cp dist/app.tar.gz gs://acme-artifacts/\n"
     "ERROR: (gcloud.storage.cp) HTTPError 403: ci-uploader@acme-ci.iam.gserviceaccount.com does not have "
     "storage.objects.create access to the Google Cloud Storage object. Permission 'storage.objects.create' "
     "denied on resource (or it may not exist).\n" + _EXIT),
    # ------------------------------------------------------------------ AzCopy
    # Azure/azure-storage-azcopy cmd/copy.go ("Cannot perform copy due to error: "), with the Azure SDK's
    # ResponseError ("RESPONSE %d: %s", "ERROR CODE: %s") for ServerBusy
    ("azcopy-server-busy", "transient",
     "INFO: Scanning...\n"
     "Cannot perform copy due to error: cannot start job due to error: cannot list files due to reason "
     "GET https://acmeartifacts.blob.core.windows.net/builds\n"
     "--------------------------------------------------------------------------------\n"
     "RESPONSE 503: 503 The server is busy.\n"
     "ERROR CODE: ServerBusy\n"
     "--------------------------------------------------------------------------------\n" + _EXIT),
    ("azcopy-authorization-mismatch", "real",
     "INFO: Scanning...\n"
     "Cannot perform copy due to error: cannot start job due to error: cannot list files due to reason "
     "GET https://acmeartifacts.blob.core.windows.net/builds\n"
     "--------------------------------------------------------------------------------\n"
     "RESPONSE 403: 403 This request is not authorized to perform this operation using this permission.\n"
     "ERROR CODE: AuthorizationPermissionMismatch\n"
     "--------------------------------------------------------------------------------\n" + _EXIT),
    # the same ResponseError for the service throttling the account
    ("azcopy-throttled-429", "transient",
     "INFO: Scanning...\n"
     "Cannot perform copy due to error: cannot start job due to error: cannot list files due to reason "
     "GET https://acmeartifacts.blob.core.windows.net/builds\n"
     "--------------------------------------------------------------------------------\n"
     "RESPONSE 429: 429 Operations per second is over the account limit.\n"
     "ERROR CODE: TooManyRequests\n"
     "--------------------------------------------------------------------------------\n" + _EXIT),
    # ------------------------------------------------------------------ rclone
    # rclone/rclone cmd/cmd.go ("Attempt %d/%d failed with %d errors and: %v", "Failed to %s: %v"), around the
    # S3 SDK's 500 InternalError
    ("rclone-s3-internal-error", "transient",
     "2024/05/01 12:00:03 ERROR : app-1.4.0.tar.gz: Failed to copy: InternalError: We encountered an internal "
     "error. Please try again.\n"
     "\tstatus code: 500, request id: 7Q2X9B1C, host id: aGVsbG8=\n"
     "2024/05/01 12:00:03 ERROR : Attempt 3/3 failed with 1 errors and: InternalError: We encountered an "
     "internal error. Please try again.\n"
     "2024/05/01 12:00:03 Failed to copy: InternalError: We encountered an internal error. Please try again.\n"
     + _EXIT),
    ("rclone-s3-access-denied", "real",
     "2024/05/01 12:00:03 ERROR : app-1.4.0.tar.gz: Failed to copy: AccessDenied: Access Denied\n"
     "\tstatus code: 403, request id: 7Q2X9B1C, host id: aGVsbG8=\n"
     "2024/05/01 12:00:03 ERROR : Attempt 3/3 failed with 1 errors and: AccessDenied: Access Denied\n"
     "2024/05/01 12:00:03 Failed to copy: AccessDenied: Access Denied\n" + _EXIT),
    # cmd/cmd.go ("Failed to create file system for %q: %v") with the config's missing section
    ("rclone-remote-not-configured", "real",
     "Run rclone copy dist/ artifacts:acme-builds/\n"
     "2024/05/01 12:00:00 Failed to create file system for \"artifacts:acme-builds/\": didn't find section in "
     "config file\n" + _EXIT),
    # ------------------------------------------------------------------ s3cmd
    # s3tools/s3cmd S3/S3.py ("Retrying failed request: %s (%s)"), s3cmd ("Upload of '%s' failed too many times
    # (Last reason: %s)"), with S3's 503 SlowDown
    ("s3cmd-slowdown-too-many-times", "transient",
     "upload: 'dist/app.tar.gz' -> 's3://acme-builds/app.tar.gz'  [1 of 1]\n"
     "WARNING: Retrying failed request: /app.tar.gz (503 (SlowDown): Please reduce your request rate.)\n"
     "WARNING: Waiting 3 sec...\n"
     "WARNING: Retrying failed request: /app.tar.gz (503 (SlowDown): Please reduce your request rate.)\n"
     "WARNING: Waiting 6 sec...\n"
     "ERROR: Upload of 'dist/app.tar.gz' failed too many times (Last reason: 503 (SlowDown): Please reduce your "
     "request rate.)\n" + _EXIT),
    # s3cmd ("S3 error: %s") with S3/Exceptions.py's "%d (%s): %s"
    ("s3cmd-access-denied", "real",
     "upload: 'dist/app.tar.gz' -> 's3://acme-builds/app.tar.gz'  [1 of 1]\n"
     "ERROR: S3 error: 403 (AccessDenied): Access Denied\n" + _EXIT),
    ("s3cmd-no-such-bucket", "real",
     "upload: 'dist/app.tar.gz' -> 's3://acme-bulids/app.tar.gz'  [1 of 1]\n"
     "ERROR: S3 error: 404 (NoSuchBucket): The specified bucket does not exist\n" + _EXIT),
    # S3's 400 RequestTimeout ("Your socket connection to the server was not read from or written to within the
    # timeout period."): an idle connection, not a refusal
    ("s3cmd-request-timeout-400", "transient",
     "upload: 'dist/app.tar.gz' -> 's3://acme-builds/app.tar.gz'  [1 of 1]\n"
     "ERROR: S3 error: 400 (RequestTimeout): Your socket connection to the server was not read from or written "
     "to within the timeout period. Idle connections will be closed.\n" + _EXIT),
    # ------------------------------------------------------------------ MinIO client
    # minio/mc cmd/cp-main.go ("Failed to copy `%s`."), the server's "Access Denied."
    ("mc-cp-access-denied", "real",
     "Run mc cp dist/app.tar.gz ci/artifacts/\n"
     "mc: <ERROR> Failed to copy `/home/runner/work/app/app/dist/app.tar.gz`. Access Denied.\n" + _EXIT),
    # cmd/mb-main.go ("Unable to make bucket `%s`."), MinIO's ErrServerNotInitialized ("Server not initialized
    # yet, please try again."): the service container is still starting
    ("mc-mb-server-not-initialized", "transient",
     "Run mc mb ci/artifacts\n"
     "mc: <ERROR> Unable to make bucket `ci/artifacts`. Server not initialized yet, please try again.\n" + _EXIT),
    # ------------------------------------------------------------------ JFrog CLI
    # jfrog/jfrog-client-go utils/retryexecutor.go ("%s(Attempt %v)", "%s - %s", "%s: %s"), artifactory/services/
    # upload.go ("Failure occurred while uploading to %s", "Failed uploading ... artifacts."), utils/errorutils
    # ("server response: ")
    ("jfrog-upload-502-retries", "transient",
     "[Info] Uploading artifact: dist/app-1.4.0.tar.gz\n"
     "[Warn] [Thread 0] (Attempt 1) - Failure occurred while uploading to https://acme.example.org/artifactory/"
     "generic-local/app/1.4.0/app-1.4.0.tar.gz: server response: 502 Bad Gateway\n"
     "[Warn] [Thread 0] (Attempt 2) - Failure occurred while uploading to https://acme.example.org/artifactory/"
     "generic-local/app/1.4.0/app-1.4.0.tar.gz: server response: 502 Bad Gateway\n"
     "[Error] Failed uploading 1 artifacts.\n" + _EXIT),
    ("jfrog-upload-401", "real",
     "[Info] Uploading artifact: dist/app-1.4.0.tar.gz\n"
     "[Warn] [Thread 0] The server response: 401 Unauthorized\n"
     "{\n"
     '  "errors": [ { "status": 401, "message": "Bad credentials" } ]\n'
     "}\n"
     "[Error] Failed uploading 1 artifacts.\n" + _EXIT),
    # ------------------------------------------------------------------ Maven deploy (Nexus, Artifactory)
    # apache/maven-resolver's transport ("status code: %d, reason phrase: %s (%d)") under maven-deploy-plugin's
    # "Failed to deploy artifacts: Could not transfer artifact %s from/to %s (%s)"
    ("maven-deploy-409-conflict", "real",
     "[INFO] --- deploy:3.1.1:deploy (default-deploy) @ widget ---\n"
     "[INFO] Uploading to releases: https://nexus.example.org/repository/releases/com/acme/widget/1.4.0/"
     "widget-1.4.0.jar\n"
     "[ERROR] Failed to execute goal org.apache.maven.plugins:maven-deploy-plugin:3.1.1:deploy (default-deploy) "
     "on project widget: Failed to deploy artifacts: Could not transfer artifact com.acme:widget:jar:1.4.0 "
     "from/to releases (https://nexus.example.org/repository/releases/): status code: 409, reason phrase: "
     "Conflict (409) -> [Help 1]\n" + _EXIT),
    ("maven-deploy-401", "real",
     "[INFO] --- deploy:3.1.1:deploy (default-deploy) @ widget ---\n"
     "[ERROR] Failed to execute goal org.apache.maven.plugins:maven-deploy-plugin:3.1.1:deploy (default-deploy) "
     "on project widget: Failed to deploy artifacts: Could not transfer artifact com.acme:widget:pom:1.4.0 "
     "from/to releases (https://nexus.example.org/repository/releases/): status code: 401, reason phrase: "
     "Unauthorized (401) -> [Help 1]\n" + _EXIT),
    ("maven-deploy-502", "transient",
     "[INFO] --- deploy:3.1.1:deploy (default-deploy) @ widget ---\n"
     "[ERROR] Failed to execute goal org.apache.maven.plugins:maven-deploy-plugin:3.1.1:deploy (default-deploy) "
     "on project widget: Failed to deploy artifacts: Could not transfer artifact com.acme:widget:jar:1.4.0 "
     "from/to snapshots (https://nexus.example.org/repository/snapshots/): status code: 502, reason phrase: "
     "Bad Gateway (502) -> [Help 1]\n" + _EXIT),
    # ------------------------------------------------------------------ twine
    # pypa/twine twine/__main__.py ("%s: %d %s from %s\n%s"), with PyPI's 400 "File already exists"
    ("twine-file-already-exists", "real",
     "Uploading distributions to https://upload.pypi.org/legacy/\n"
     "Uploading acme_widget-1.4.0-py3-none-any.whl\n"
     "100% ━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━ 24.1/24.1 kB • 00:00 • 41.2 MB/s\n"
     "WARNING  Error during upload. Retry with the --verbose option for more details.\n"
     "ERROR    HTTPError: 400 Bad Request from https://upload.pypi.org/legacy/\n"
     "         File already exists ('acme_widget-1.4.0-py3-none-any.whl', with blake2_256 hash '9f8e7d'). "
     "See https://pypi.org/help/#file-name-reuse for more information.\n" + _EXIT),
    # twine/repository.py ('Received "{status}: {reason}"', "Package upload appears to have failed. Retry %d of
    # %d.") and the final HTTPError
    ("twine-503-after-retries", "transient",
     "Uploading distributions to https://upload.pypi.org/legacy/\n"
     "Uploading acme_widget-1.4.0.tar.gz\n"
     'WARNING  Received "503: Service Unavailable"\n'
     "         Package upload appears to have failed. Retry 1 of 5.\n"
     'WARNING  Received "503: Service Unavailable"\n'
     "         Package upload appears to have failed. Retry 5 of 5.\n"
     "ERROR    HTTPError: 503 Service Unavailable from https://upload.pypi.org/legacy/\n"
     "         Service Unavailable\n" + _EXIT),
    ("twine-403-credentials", "real",
     "Uploading distributions to https://upload.pypi.org/legacy/\n"
     "Uploading acme_widget-1.4.0.tar.gz\n"
     "ERROR    HTTPError: 403 Forbidden from https://upload.pypi.org/legacy/\n"
     "         Invalid or non-existent authentication information. See https://pypi.org/help/#invalid-auth for "
     "more information.\n" + _EXIT),
    # ------------------------------------------------------------------ npm publish
    # npm/cli node_modules/npm-registry-fetch/lib/errors.js (code "E%d", "%d %s - %s %s - %s") with the
    # registry's "You cannot publish over the previously published versions"
    ("npm-publish-e403-previously-published", "real",
     "npm notice Publishing to https://registry.npmjs.org/ with tag latest and public access\n"
     "npm error code E403\n"
     "npm error 403 403 Forbidden - PUT https://registry.npmjs.org/@acme%2fwidget - You cannot publish over "
     "the previously published versions: 1.4.0.\n"
     "npm error 403 In most cases, you or one of your dependencies are requesting\n"
     "npm error 403 a package version that is forbidden by your security policy, or\n"
     "npm error 403 on a server you do not have access to.\n" + _EXIT),
    ("npm-publish-e503", "transient",
     "npm notice Publishing to https://registry.npmjs.org/ with tag latest and public access\n"
     "npm error code E503\n"
     "npm error 503 Service Unavailable - PUT https://registry.npmjs.org/@acme%2fwidget - Service Unavailable\n"
     + _EXIT),
    # npm's network errors (lib/utils/error-message.js "network" summary)
    ("npm-publish-etimedout", "transient",
     "npm notice Publishing to https://registry.npmjs.org/ with tag latest and public access\n"
     "npm error code ETIMEDOUT\n"
     "npm error errno ETIMEDOUT\n"
     "npm error network request to https://registry.npmjs.org/@acme%2fwidget failed, reason: connect ETIMEDOUT "
     "104.16.0.35:443\n"
     "npm error network This is a problem related to network connectivity.\n" + _EXIT),
    ("npm-publish-e404-scope", "real",
     "npm notice Publishing to https://registry.npmjs.org/ with tag latest and public access\n"
     "npm error code E404\n"
     "npm error 404 Not Found - PUT https://registry.npmjs.org/@acme%2fwidget - Not found\n"
     "npm error 404\n"
     "npm error 404  '@acme/widget@1.4.0' is not in this registry.\n" + _EXIT),
    # npm/cli lib/utils/error-message.js (EPUBLISHCONFLICT, "Cannot publish over existing version.")
    ("npm-publish-epublishconflict", "real",
     "npm notice Publishing to https://npm.example.org/ with tag latest\n"
     "npm error code EPUBLISHCONFLICT\n"
     "npm error publish fail Cannot publish over existing version.\n"
     "npm error publish fail Update the 'version' field in package.json and try again.\n" + _EXIT),
    # ------------------------------------------------------------------ cargo publish
    # rust-lang/cargo src/ops/registry/cargo_publish.rs ("crate {}@{} already exists on {}")
    ("cargo-publish-already-exists", "real",
     "    Updating crates.io index\n"
     "   Packaging acme-widget v0.3.1 (/home/runner/work/widget/widget)\n"
     "error: crate acme-widget@0.3.1 already exists on crates.io index\n" + _EXIT),
    # crates/crates-io/lib.rs ("the remote server responded with an error{}: {}")
    ("cargo-publish-already-uploaded", "real",
     "   Uploading acme-widget v0.3.1 (/home/runner/work/widget/widget)\n"
     "error: failed to publish acme-widget v0.3.1 to registry at https://crates.io\n"
     "\n"
     "Caused by:\n"
     "  the remote server responded with an error (status 400 Bad Request): crate version `0.3.1` is already "
     "uploaded\n" + _EXIT),
    # crates/crates-io/lib.rs ("failed to get a 200 OK response, got {}\nheaders:\n\t{}\nbody:\n{body}")
    ("cargo-publish-503", "transient",
     "   Uploading acme-widget v0.3.2 (/home/runner/work/widget/widget)\n"
     "error: failed to publish acme-widget v0.3.2 to registry at https://crates.io\n"
     "\n"
     "Caused by:\n"
     "  failed to get a 200 OK response, got 503\n"
     "  headers:\n"
     "  \tHTTP/2 503\n"
     "  body:\n"
     "  Service Unavailable\n" + _EXIT),
    # ------------------------------------------------------------------ gem push
    # rubygems/rubygems lib/rubygems/commands/push_command.rb ("Pushing gem to %s..."), gemcutter_utilities.rb
    # (prints the server's body), rubygems.org's pusher ("Repushing of gem versions is not allowed.")
    ("gem-push-repushing", "real",
     "Pushing gem to https://rubygems.org...\n"
     "Repushing of gem versions is not allowed.\n"
     "Please use `gem yank` to remove bad gem releases.\n" + _EXIT),
    # ------------------------------------------------------------------ NuGet push
    # NuGet/NuGet.Client src/NuGet.Core/NuGet.Protocol/Resources/PackageUpdateResource.cs (HttpClient's
    # "Response status code does not indicate success: %d (%s).")
    ("nuget-push-409-conflict", "real",
     "Pushing Acme.Widget.1.4.0.nupkg to 'https://www.nuget.org/api/v2/package'...\n"
     "  PUT https://www.nuget.org/api/v2/package/\n"
     "  Conflict https://www.nuget.org/api/v2/package/ 412ms\n"
     "error: Response status code does not indicate success: 409 (Conflict - The feed already contains "
     "'Acme.Widget 1.4.0'. (Parameter 'packageVersion')).\n" + _EXIT),
    ("nuget-push-503", "transient",
     "Pushing Acme.Widget.1.4.0.nupkg to 'https://www.nuget.org/api/v2/package'...\n"
     "  PUT https://www.nuget.org/api/v2/package/\n"
     "  ServiceUnavailable https://www.nuget.org/api/v2/package/ 30112ms\n"
     "error: Response status code does not indicate success: 503 (Service Unavailable).\n" + _EXIT),
    ("nuget-push-403-api-key", "real",
     "Pushing Acme.Widget.1.4.0.nupkg to 'https://www.nuget.org/api/v2/package'...\n"
     "  PUT https://www.nuget.org/api/v2/package/\n"
     "  Forbidden https://www.nuget.org/api/v2/package/ 301ms\n"
     "error: Response status code does not indicate success: 403 (The specified API key is invalid, has "
     "expired, or does not have permission to access the specified package.).\n" + _EXIT),
    # ------------------------------------------------------------------ docker push
    # moby/moby vendor/github.com/docker/distribution/registry/api/errcode (DENIED "requested access to the
    # resource is denied")
    ("docker-push-denied", "real",
     "The push refers to repository [example.org/acme/api]\n"
     "5d3c1b2a9f8e: Preparing\n"
     "denied: requested access to the resource is denied\n" + _EXIT),
    # registry/api/v2/errors.go (BLOB_UPLOAD_UNKNOWN "blob upload unknown to registry"): the upload session was
    # lost between the registry's replicas
    ("docker-push-blob-upload-unknown", "transient",
     "The push refers to repository [example.org/acme/api]\n"
     "5d3c1b2a9f8e: Pushing  31.2MB/48.1MB\n"
     "blob upload unknown: blob upload unknown to registry\n" + _EXIT),
    # registry/client/errors.go ("received unexpected HTTP status: %s")
    ("docker-push-unexpected-500", "transient",
     "The push refers to repository [example.org/acme/api]\n"
     "5d3c1b2a9f8e: Pushing  12.3MB/48.1MB\n"
     "received unexpected HTTP status: 500 Internal Server Error\n" + _EXIT),
    # ECR's answer for an immutable repository (documented: "The image tag '%s' already exists in the '%s'
    # repository and cannot be overwritten because the repository is immutable.")
    ("docker-push-immutable-tag", "real",
     "The push refers to repository [123456789012.dkr.ecr.eu-west-1.amazonaws.com/acme/api]\n"
     "5d3c1b2a9f8e: Layer already exists\n"
     "tag invalid: The image tag 'v1.4.0' already exists in the 'acme/api' repository and cannot be overwritten "
     "because the repository is immutable.\n" + _EXIT),
    # ------------------------------------------------------------------ git push
    # git/git builtin/send-pack.c / transport.c (" ! [remote rejected] %s -> %s (%s)", "failed to push some refs
    # to '%s'"), with GitHub's ref-transaction failure
    ("git-push-commit-refs-failure", "transient",
     "Run git push origin HEAD:main\n"
     "remote: fatal error in commit_refs\n"
     "To https://github.com/acme/app.git\n"
     " ! [remote rejected] HEAD -> main (failure)\n"
     "error: failed to push some refs to 'https://github.com/acme/app.git'\n" + _EXIT),
    # the forge's 500 passed through as the rejection's reason
    ("git-push-remote-internal-server-error", "transient",
     "Run git push origin gh-pages\n"
     "remote: Internal Server Error\n"
     "To https://github.com/acme/app.git\n"
     " ! [remote rejected] gh-pages -> gh-pages (Internal Server Error)\n"
     "error: failed to push some refs to 'https://github.com/acme/app.git'\n" + _EXIT),
    # GitHub's protected-branch hook ("GH006: Protected branch update failed for %s.")
    ("git-push-gh006-protected-branch", "real",
     "Run git push origin HEAD:main\n"
     "remote: error: GH006: Protected branch update failed for refs/heads/main.\n"
     "remote: error: Changes must be made through a pull request.\n"
     "To https://github.com/acme/app.git\n"
     " ! [remote rejected] HEAD -> main (protected branch hook declined)\n"
     "error: failed to push some refs to 'https://github.com/acme/app.git'\n" + _EXIT),
    # GitHub's rulesets ("GH013: Repository rule violations found for %s.")
    ("git-push-gh013-rules", "real",
     "Run git push origin v1.4.0\n"
     "remote: error: GH013: Repository rule violations found for refs/tags/v1.4.0.\n"
     "remote: - Cannot create ref due to creations being restricted.\n"
     "To https://github.com/acme/app.git\n"
     " ! [remote rejected] v1.4.0 -> v1.4.0 (push declined due to repository rule violations)\n"
     "error: failed to push some refs to 'https://github.com/acme/app.git'\n" + _EXIT),
    # git/git builtin/send-pack.c ("already exists"), builtin/push.c ("Updates were rejected because the tag
    # already exists in the remote.")
    ("git-push-tag-already-exists", "real",
     "Run git push origin v1.4.0\n"
     "To https://github.com/acme/app.git\n"
     " ! [rejected]        v1.4.0 -> v1.4.0 (already exists)\n"
     "error: failed to push some refs to 'https://github.com/acme/app.git'\n"
     "hint: Updates were rejected because the tag already exists in the remote.\n" + _EXIT),
    # builtin/receive-pack.c ("pre-receive hook declined")
    ("git-push-pre-receive-declined", "real",
     "Run git push origin HEAD:release\n"
     "remote: ERROR: commit 3f2a1b0: missing Signed-off-by line\n"
     "To ssh://git.example.org/acme/app.git\n"
     " ! [remote rejected] HEAD -> release (pre-receive hook declined)\n"
     "error: failed to push some refs to 'ssh://git.example.org/acme/app.git'\n" + _EXIT),
    # GitHub refusing a token without the workflow scope (the reason passed through by receive-pack)
    ("git-push-workflow-scope", "real",
     "Run git push origin HEAD:chore/update-ci\n"
     "To https://github.com/acme/app.git\n"
     " ! [remote rejected] HEAD -> chore/update-ci (refusing to allow a GitHub App to create or update workflow "
     "`.github/workflows/ci.yml` without `workflows` permission)\n"
     "error: failed to push some refs to 'https://github.com/acme/app.git'\n" + _EXIT),
    # a token without write access (the forge's "Permission to %s denied to %s.", git's http.c "The requested URL
    # returned error: %d")
    ("git-push-permission-denied-403", "real",
     "Run git push origin HEAD:gh-pages\n"
     "remote: Permission to acme/app.git denied to github-actions[bot].\n"
     "fatal: unable to access 'https://github.com/acme/app/': The requested URL returned error: 403\n" + _EXIT),
    # git-lfs/git-lfs tq/api.go ("batch response"), lfshttp/errors.go ("Server error %s from HTTP %d") on push
    ("git-lfs-push-batch-503", "transient",
     "Run git push origin main\n"
     "Uploading LFS objects:   0% (0/3), 0 B | 0 B/s, done.\n"
     "batch response: Server error https://example.org/acme/assets.git/info/lfs/objects/batch from HTTP 503\n"
     "error: failed to push some refs to 'https://example.org/acme/assets.git'\n" + _EXIT),
    # ------------------------------------------------------------------ near-misses: the code's own failures
    # a failing test whose name and message mention pushing and a 503: the assertion is the cause
    ("test-named-after-push-retry", "real",
     "tests/test_publisher.py::test_push_retries_on_503 FAILED\n"
     "E   AssertionError: expected 3 upload attempts after 503 Service Unavailable, got 1\n"
     "=========================== 1 failed, 88 passed in 4.02s ===========================\n" + _EXIT),
    # a Go test of a kubectl wrapper failing on its own comparison
    ("go-test-of-kubectl-wrapper", "real",
     "=== RUN   TestRolloutWaiter\n"
     "    waiter_test.go:41: got \"timed out waiting for the condition\", want \"deployment api ready\"\n"
     "--- FAIL: TestRolloutWaiter (0.00s)\n"
     "FAIL\texample.org/acme/deployer/kube\t0.214s\n"
     "FAIL\n" + _EXIT),
]

# Outage words with a persistent cause at least as likely: no transient verdict at 0.7 or more.
NOT_SURELY_TRANSIENT: list[tuple[str, str]] = [
    # kubernetes-sigs/kind pkg/cluster/internal/providers/common/cgroups.go ("could not find a log line that
    # matches %q"): the node container never booted (a host's cgroups or a rootless setup, or a slow start)
    ("kind-node-log-line-missing",
     'Creating cluster "ci" ...\n'
     " ✓ Ensuring node image (kindest/node:v1.29.2) 🖼\n"
     " ✗ Preparing nodes 📦\n"
     'ERROR: failed to create cluster: could not find a log line that matches "Reached target .*Multi-User '
     'System.*|detected cgroup v1"\n' + _EXIT),
    # canonical/microk8s's status command after --wait-ready ran out ("microk8s is not running. Use microk8s inspect
    # for a deeper inspection."; the wording as its documentation and users' reports quote it, the source not
    # read): a node still starting, or one that will never start on this host
    ("microk8s-not-running-after-wait",
     "Run sudo microk8s status --wait-ready --timeout 120\n"
     "microk8s is not running. Use microk8s inspect for a deeper inspection.\n" + _EXIT),
    # kubernetes/minikube pkg/minikube/reason/known_issues.go (K8S_APISERVER_MISSING, "Check that the provided
    # apiserver flags are valid, and that SELinux is disabled"): flags or a slow machine
    ("minikube-k8s-apiserver-missing",
     _MK +
     "X Exiting due to K8S_APISERVER_MISSING: wait 6m0s for node: wait for apiserver proc: apiserver process "
     "never appeared\n"
     "* Suggestion: Check that the provided apiserver flags are valid, and that SELinux is disabled\n" + _CCI),
    # kubernetes/kubectl pkg/polymorphichelpers/rollout_status.go ("deployment %q exceeded its progress
    # deadline"): the controller's verdict after crashing or unpullable pods as often as after a slow start
    ("kubectl-rollout-progress-deadline",
     "Run kubectl rollout status deployment/api -n staging\n"
     'Waiting for deployment "api" rollout to finish: 0 of 2 updated replicas are available...\n'
     'error: deployment "api" exceeded its progress deadline\n' + _EXIT),
    # helm/helm pkg/action (ErrPendingRelease "another operation (install/upgrade/rollback) is in progress"): a
    # concurrent job, or a release left pending by a killed one that no rerun clears
    ("helm-another-operation-in-progress",
     "Run helm upgrade --install api ./charts/api -n staging\n"
     "Error: UPGRADE FAILED: another operation (install/upgrade/rollback) is in progress\n" + _EXIT),
    # kubernetes/kubectl pkg/cmd/wait/wait.go ("no matching resources found"): a selector that names nothing the
    # job created, or a wait that ran before the controller created the pods
    ("kubectl-wait-no-matching-resources",
     "Run kubectl wait --for=condition=Ready pod -l app=widgit --timeout=60s\n"
     "error: no matching resources found\n" + _EXIT),
    # git/git builtin/send-pack.c ("fetch first"), builtin/push.c (the hint about work the remote has): another job
    # pushed first; a rerun that checks out the same commit loses again, one that fetches first wins
    ("git-push-fetch-first-race",
     "Run git push origin HEAD:gh-pages\n"
     "To https://github.com/acme/app.git\n"
     " ! [rejected]        HEAD -> gh-pages (fetch first)\n"
     "error: failed to push some refs to 'https://github.com/acme/app.git'\n" + _PUSH_HINT_FETCH + _EXIT),
    # transport.c ("non-fast-forward"), builtin/push.c ("Updates were rejected because the tip of your current
    # branch is behind")
    ("git-push-non-fast-forward",
     "Run git push origin HEAD:main\n"
     "To https://github.com/acme/app.git\n"
     " ! [rejected]        HEAD -> main (non-fast-forward)\n"
     "error: failed to push some refs to 'https://github.com/acme/app.git'\n"
     "hint: Updates were rejected because the tip of your current branch is behind\n"
     "hint: its remote counterpart. If you want to integrate the remote changes,\n"
     "hint: use 'git pull' before pushing again.\n" + _EXIT),
]


@pytest.mark.parametrize(("verdict", "log"), labelled(CASES))
def test_tool_message_reads_right(verdict, log):
    reads(log, verdict)


@pytest.mark.parametrize("log", logs(NOT_SURELY_TRANSIENT))
def test_outage_words_with_a_persistent_cause_do_not_read_surely_transient(log):
    not_surely_transient(log)


def test_case_ids_are_unique():
    assert_unique_ids(CASES, NOT_SURELY_TRANSIENT)



def test_a_deploy_answered_409_is_not_a_download_that_broke_off():
    log = next(log for cid, _, log in CASES if cid == "maven-deploy-409-conflict")
    found = signatures(judge(log))
    assert "package-fetch-words" not in found and "maven-deploy-refused" in found


def test_minikubes_own_exit_reason_is_not_a_lost_runner():
    log = next(log for cid, _, log in CASES if cid == "minikube-provider-docker-not-running")
    assert "ci-runner-lost" not in signatures(judge(log))


def test_a_docker_daemon_that_went_away_outside_minikube_still_reads_as_a_lost_runner():
    log = ("Run docker build -t acme/api .\n"
           "Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?\n"
           + _EXIT)
    # (twenty-second round, dockerd22) the Docker CLI's line on a runner's socket reads in docker-daemon-unreachable
    verdict = judge(log)
    assert {"ci-runner-lost", "docker-daemon-unreachable"} & signatures(verdict) and verdict.verdict == "transient"

# One line of 50,000 characters of each of these words is read by benchmarks/pattern_speed.py,
# which prints the seconds each takes (a guard against patterns that backtrack; a timing is a
# benchmark's, not a test's).
LONG_LINE_WORDS = [
    "X Exiting due to PROVIDER_DOCKER_NOT_RUNNING: RSRC_INSUFFICIENT_ INET_ ",
    "cannot re-use a name that is still in use UPGRADE FAILED: \"api\" has no deployed releases ",
    "ResumableUploadAbortException: 503 ServiceException: 429 ",
    "ERROR CODE: AuthorizationPermissionMismatch RESPONSE 403: 403 RESPONSE 429: ",
    "didn't find section in config file Failed to copy: directory not found ",
    "S3 error: 403 (AccessDenied) S3 error: 400 (RequestTimeout) ",
    "Server not initialized yet, please try again. ",
    "Failed to deploy artifacts: Could not transfer artifact status code: 409, ",
    "File already exists Repushing of gem versions is not allowed the feed already contains 'a' ",
    "image tag 'v1' already exists in the 'a/b' repository and cannot be overwritten ",
    "blob upload unknown to registry ",
    "remote: fatal error in commit_refs ! [remote rejected] a -> b (failure) ",
    "rate limit for github api has been reached ",
]
