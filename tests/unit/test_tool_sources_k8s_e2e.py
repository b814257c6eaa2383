"""Fourteenth round, tool sources: Kubernetes as CI test jobs meet it, past what the twelfth round's
cluster cases hold (tests/unit/test_tool_sources_clusters_stores_push.py: kind/minikube/k3d creation,
kubectl wait/rollout timeouts, ct lint/install, helm install/upgrade refusals; and
test_tool_sources_containers.py: kubectl and helm repo reaching the API server or a chart index).

Here: the pod states a job prints when its test deployment does not come up (kubectl describe or
get events: the kubelet's image-pull events, CrashLoopBackOff, CreateContainerConfigError, FailedMount,
FailedScheduling, Evicted), loading a locally built image into kind or k3d, helm's chart validation,
hooks and helm test, chart-testing's maintainer check, kuttl's assertions and commands,
controller-runtime's envtest control plane, Ginkgo/Gomega specs of Kubernetes e2e suites, Skaffold's
and Tilt's status checks, and operator-sdk's scorecard.

Each case is a short log written for the test around one message as the tool prints it, read from the
tool's own source (the comment above each case names the repository and file holding the format
string; a few wordings come from documentation and say so). Clusters, images, charts, hosts and paths
are made up; no project's CI log is copied.

The rules the cases hold:
  * an image pull the registry answered with 429 or 5xx, or that the network cut off, a pod that found
    no room on the CI cluster's node (Insufficient cpu, a node not ready or under disk pressure, an
    eviction for a resource the node ran low on), a wait or status check whose deadline passed while
    things were still coming up (envtest's apiserver, a helm hook, Skaffold, scorecard), a forge API
    answering 5xx to chart-testing -> transient;
  * an image that does not exist or is refused (manifest unknown, not found, 401, an image the job
    never loaded with pull policy Never, an invalid image name), a container that crashes on start, a
    missing Secret or ConfigMap, a node selector no node matches, a chart that does not validate or
    does not fit the cluster's version, a hook or helm test pod that failed, a kuttl assertion that
    did not hold or a kuttl command that failed, envtest binaries that are not installed, a Gomega
    assertion that failed, a scorecard test that failed -> real;
  * wordings printed for both (a Gomega Eventually that timed out, a readiness probe refused, a
    PersistentVolumeClaim not bound, a CustomResourceDefinition not yet established, Ginkgo's parallel
    processes that never reported back, an envtest process that exited before it was ready) -> no
    transient verdict at 0.7 or more.
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
_DESCRIBE = ("Run kubectl describe pod -l app=api -n e2e\n"
             "Name:             api-6f7d9c5b8-x2k4q\n"
             "Namespace:        e2e\n"
             "Node:             ci-control-plane/172.18.0.2\n")
_WAIT_FAIL = ("Run kubectl wait --for=condition=Ready pod -l app=api -n e2e --timeout=180s\n"
              "error: timed out waiting for the condition on pods/api-6f7d9c5b8-x2k4q\n")
_EVENTS = "Events:\n  Type     Reason     Age                From               Message\n  ----     ------     ----               ----               -------\n"
_HELM = "Run helm upgrade --install api ./charts/api -n e2e --wait --timeout 5m\n"
_GINKGO_END = ("\nRan 14 of 16 Specs in 212.406 seconds\n"
               "FAIL! -- 13 Passed | 1 Failed | 0 Pending | 2 Skipped\n"
               "--- FAIL: TestE2E (212.41s)\n"
               "FAIL\n"
               "FAIL\tgithub.com/acme/widget-operator/test/e2e\t212.530s\n"
               "make: *** [Makefile:88: test-e2e] Error 1\n")

CASES: list[tuple[str, str, str]] = [
    # ------------------------------------------------------------------ kubelet: image pulls
    # kubernetes/kubernetes pkg/kubelet/images/image_manager.go ("Failed to pull image %q: %v",
    # "Back-off pulling image %q"), pkg/kubelet/images/types.go (ErrImagePull, ErrImagePullBackOff), with
    # containerd's "failed to pull and unpack image" around the registry's 429 (toomanyrequests)
    ("pod-image-pull-429", "transient",
     _DESCRIBE +
     "    State:          Waiting\n"
     "      Reason:       ImagePullBackOff\n" + _EVENTS +
     '  Normal   Pulling    2m (x4 over 3m)    kubelet            Pulling image "redis:7.2.4"\n'
     '  Warning  Failed     2m (x4 over 3m)    kubelet            Failed to pull image "redis:7.2.4": failed to pull '
     'and unpack image "docker.io/library/redis:7.2.4": failed to copy: httpReadSeeker: failed open: unexpected '
     'status code https://registry-1.docker.io/v2/library/redis/manifests/sha256:4f1e: 429 Too Many Requests - '
     "Server message: toomanyrequests: You have reached your pull rate limit.\n"
     "  Warning  Failed     2m (x4 over 3m)    kubelet            Error: ErrImagePull\n"
     '  Normal   BackOff    90s (x6 over 3m)   kubelet            Back-off pulling image "redis:7.2.4"\n'
     "  Warning  Failed     90s (x6 over 3m)   kubelet            Error: ImagePullBackOff\n" + _EXIT),
    # the same event around a registry's 503
    ("pod-image-pull-503", "transient",
     "Run kubectl get events -n e2e --sort-by=.lastTimestamp\n"
     "LAST SEEN   TYPE      REASON    OBJECT                        MESSAGE\n"
     '61s         Warning   Failed    pod/api-6f7d9c5b8-x2k4q       Failed to pull image "registry.example.org/acme/api:'
     'sha-9c1e2f0": rpc error: code = Unknown desc = failed to pull and unpack image "registry.example.org/acme/api:'
     'sha-9c1e2f0": failed to resolve reference "registry.example.org/acme/api:sha-9c1e2f0": unexpected status from '
     "HEAD request to https://registry.example.org/v2/acme/api/manifests/sha-9c1e2f0: 503 Service Unavailable\n"
     "61s         Warning   Failed    pod/api-6f7d9c5b8-x2k4q       Error: ErrImagePull\n"
     '40s         Normal    BackOff   pod/api-6f7d9c5b8-x2k4q       Back-off pulling image "registry.example.org/acme/'
     'api:sha-9c1e2f0"\n' + _WAIT_FAIL + _EXIT),
    # the same event around Go's dial timeout to the registry
    ("pod-image-pull-dial-timeout", "transient",
     _DESCRIBE + _EVENTS +
     '  Warning  Failed     75s (x3 over 2m)   kubelet            Failed to pull image "postgres:16.2": rpc error: '
     'code = Unknown desc = failed to pull and unpack image "docker.io/library/postgres:16.2": failed to resolve '
     'reference "docker.io/library/postgres:16.2": failed to do request: Head "https://registry-1.docker.io/v2/'
     'library/postgres/manifests/16.2": dial tcp 198.51.100.12:443: i/o timeout\n'
     "  Warning  Failed     75s (x3 over 2m)   kubelet            Error: ErrImagePull\n"
     "  Warning  Failed     50s (x4 over 2m)   kubelet            Error: ImagePullBackOff\n" + _WAIT_FAIL + _EXIT),
    # the same event around a reset connection while copying a layer
    ("pod-image-pull-reset", "transient",
     _DESCRIBE + _EVENTS +
     '  Warning  Failed     40s                kubelet            Failed to pull image "ghcr.io/acme/worker:1.8.0": '
     'failed to pull and unpack image "ghcr.io/acme/worker:1.8.0": failed to copy: read tcp 10.244.0.7:51234->'
     "203.0.113.40:443: read: connection reset by peer\n"
     "  Warning  Failed     40s                kubelet            Error: ErrImagePull\n" + _WAIT_FAIL + _EXIT),
    # a tag that does not exist: containerd's "failed to resolve reference ...: not found"
    ("pod-image-pull-tag-not-found", "real",
     _DESCRIBE +
     "    State:          Waiting\n"
     "      Reason:       ImagePullBackOff\n" + _EVENTS +
     '  Warning  Failed     30s (x2 over 58s)  kubelet            Failed to pull image "ghcr.io/acme/api:v2.3.99": '
     'rpc error: code = NotFound desc = failed to pull and unpack image "ghcr.io/acme/api:v2.3.99": failed to '
     'resolve reference "ghcr.io/acme/api:v2.3.99": ghcr.io/acme/api:v2.3.99: not found\n'
     "  Warning  Failed     30s (x2 over 58s)  kubelet            Error: ErrImagePull\n"
     '  Normal   BackOff    5s (x3 over 57s)   kubelet            Back-off pulling image "ghcr.io/acme/api:v2.3.99"\n'
     "  Warning  Failed     5s (x3 over 57s)   kubelet            Error: ImagePullBackOff\n" + _WAIT_FAIL + _EXIT),
    # a Docker-runtime node's wording of the same ("manifest unknown")
    ("pod-image-pull-manifest-unknown", "real",
     "Run kubectl get events -n e2e\n"
     'Warning  Failed   pod/web-0   Failed to pull image "registry.example.org/acme/web:pr-412": Error response from '
     "daemon: manifest for registry.example.org/acme/web:pr-412 not found: manifest unknown: manifest unknown\n"
     "Warning  Failed   pod/web-0   Error: ErrImagePull\n"
     "Warning  Failed   pod/web-0   Error: ImagePullBackOff\n" + _EXIT),
    # a private image without a pull secret: the registry's 401
    ("pod-image-pull-unauthorized", "real",
     _DESCRIBE + _EVENTS +
     '  Warning  Failed     20s (x2 over 45s)  kubelet            Failed to pull image "registry.example.org/private/'
     'api:1.0.3": rpc error: code = Unknown desc = failed to pull and unpack image "registry.example.org/private/'
     'api:1.0.3": failed to resolve reference "registry.example.org/private/api:1.0.3": pulling from host '
     "registry.example.org failed with status code [manifests 1.0.3]: 401 Unauthorized\n"
     "  Warning  Failed     20s (x2 over 45s)  kubelet            Error: ErrImagePull\n" + _WAIT_FAIL + _EXIT),
    # pkg/kubelet/images/image_manager.go ("Container image %q is not present with pull policy of Never",
    # ErrImageNeverPull): the job never loaded its image into the cluster's node
    ("pod-image-never-pull-not-present", "real",
     _DESCRIBE +
     "    State:          Waiting\n"
     "      Reason:       ErrImageNeverPull\n" + _EVENTS +
     '  Warning  ErrImageNeverPull  8s (x4 over 40s)  kubelet  Container image "acme/api:ci" is not present with '
     "pull policy of Never\n"
     "  Warning  Failed             8s (x4 over 40s)  kubelet  Error: ErrImageNeverPull\n" + _WAIT_FAIL + _EXIT),
    # pkg/kubelet/images/image_manager.go ("Failed to apply default image tag %q: %v", ErrInvalidImageName,
    # "couldn't parse image reference %q")
    ("pod-invalid-image-name", "real",
     _DESCRIBE + _EVENTS +
     '  Warning  InspectFailed  3s (x5 over 30s)  kubelet  Failed to apply default image tag "Acme/API:ci": '
     "couldn't parse image reference \"Acme/API:ci\": invalid reference format: repository name must be lowercase\n"
     "  Warning  Failed         3s (x5 over 30s)  kubelet  Error: InvalidImageName\n" + _WAIT_FAIL + _EXIT),
    # ------------------------------------------------------------------ kubelet: containers that do not run
    # pkg/kubelet/kuberuntime/kuberuntime_manager.go (CrashLoopBackOff, "back-off %s restarting failed container")
    # and the BackOff event ("Back-off restarting failed container %s in pod %s"): the program exits on start
    ("pod-crashloop-describe", "real",
     _DESCRIBE +
     "    State:          Waiting\n"
     "      Reason:       CrashLoopBackOff\n"
     "    Last State:     Terminated\n"
     "      Reason:       Error\n"
     "      Exit Code:    1\n"
     "    Restart Count:  4\n" + _EVENTS +
     "  Warning  BackOff    12s (x9 over 2m)   kubelet            Back-off restarting failed container api in pod "
     "api-6f7d9c5b8-x2k4q_e2e(0b1c2d3e-1111-2222-3333-444455556666)\n" + _WAIT_FAIL + _EXIT),
    # pkg/kubelet/kubelet_pods.go (CreateContainerConfigError: 'secret "%s" not found' through the env source)
    ("pod-create-container-config-secret-missing", "real",
     _DESCRIBE +
     "    State:          Waiting\n"
     "      Reason:       CreateContainerConfigError\n" + _EVENTS +
     '  Warning  Failed     6s (x6 over 70s)   kubelet            Error: secret "api-db-credentials" not found\n'
     + _WAIT_FAIL + _EXIT),
    # pkg/volume/util/operationexecutor ("MountVolume.SetUp failed for volume %q : %v") with a ConfigMap the job
    # did not create
    ("pod-failedmount-configmap-missing", "real",
     _DESCRIBE + _EVENTS +
     '  Warning  FailedMount  20s (x8 over 84s)  kubelet  MountVolume.SetUp failed for volume "settings" : '
     'configmap "api-settings" not found\n' + _WAIT_FAIL + _EXIT),
    # the kubelet's OOMKilled termination reason: read transient, as the catalogue's OOM entries read it (the
    # job's kind node shares the runner's memory)
    ("pod-oomkilled-describe", "transient",
     _DESCRIBE +
     "    State:          Running\n"
     "    Last State:     Terminated\n"
     "      Reason:       OOMKilled\n"
     "      Exit Code:    137\n"
     "    Restart Count:  2\n" + _WAIT_FAIL + _EXIT),
    # ------------------------------------------------------------------ scheduler and eviction
    # kubernetes/kubernetes pkg/scheduler/framework/plugins/noderesources/fit.go ("Insufficient %v"),
    # pkg/scheduler/schedule_one.go ("0/%v nodes are available: %v.", FailedScheduling)
    ("pod-failedscheduling-insufficient-cpu", "transient",
     _DESCRIBE + _EVENTS +
     "  Warning  FailedScheduling  45s   default-scheduler  0/1 nodes are available: 1 Insufficient cpu. "
     "preemption: 0/1 nodes are available: 1 No preemption victims found for incoming pod.\n" + _WAIT_FAIL + _EXIT),
    # pkg/scheduler/framework/plugins/tainttoleration ("node(s) had untolerated taint {%s: %s}") for the
    # not-ready taint of a node that had not come up yet
    ("pod-failedscheduling-node-not-ready-taint", "transient",
     _DESCRIBE + _EVENTS +
     "  Warning  FailedScheduling  2m    default-scheduler  0/1 nodes are available: 1 node(s) had untolerated taint "
     "{node.kubernetes.io/not-ready: }. preemption: 0/1 nodes are available: 1 Preemption is not helpful for "
     "scheduling.\n" + _WAIT_FAIL + _EXIT),
    # pkg/kubelet/eviction/helpers.go ("The node was low on resource: %v. ", Evicted)
    ("pod-evicted-ephemeral-storage", "transient",
     _DESCRIBE +
     "Status:           Failed\n"
     "Reason:           Evicted\n"
     "Message:          The node was low on resource: ephemeral-storage. Threshold quantity: 1073741824, available: "
     "824312Ki. Container api was using 2100Ki, request is 0, has larger consumption of ephemeral-storage.\n"
     + _WAIT_FAIL + _EXIT),
    # pkg/scheduler/framework/plugins/nodeaffinity ("node(s) didn't match Pod's node affinity/selector"): a node
    # selector or affinity no node of the cluster matches, on every run
    ("pod-failedscheduling-node-selector", "real",
     _DESCRIBE + _EVENTS +
     "  Warning  FailedScheduling  30s   default-scheduler  0/1 nodes are available: 1 node(s) didn't match Pod's "
     "node affinity/selector. preemption: 0/1 nodes are available: 1 Preemption is not helpful for scheduling.\n"
     + _WAIT_FAIL + _EXIT),
    # ------------------------------------------------------------------ kind / k3d image loading, node readiness
    # kubernetes-sigs/kind pkg/cmd/kind/load/docker-image/docker-image.go ('image: %q not present locally')
    ("kind-load-image-not-present", "real",
     "Run kind load docker-image acme/api:ci --name ci\n"
     'ERROR: image: "acme/api:ci" not present locally\n' + _EXIT),
    # docker-image.go ('no nodes found for cluster %q'): the load names a cluster the job did not create
    ("kind-load-no-nodes-for-cluster", "real",
     "Run kind load docker-image acme/api:ci\n"
     'ERROR: no nodes found for cluster "kind"\n' + _EXIT),
    # pkg/cluster/internal/create/actions/waitforready/waitforready.go ("Waiting ≤ %s for control-plane = Ready",
    # " • WARNING: Timed out waiting for Ready"), then kubectl's own wait on the node
    ("kind-control-plane-not-ready", "transient",
     'Creating cluster "ci" ...\n'
     " ✓ Ensuring node image (kindest/node:v1.30.0) 🖼\n"
     " ✓ Preparing nodes 📦\n"
     " ✓ Starting control-plane 🕹️\n"
     " ✗ Waiting ≤ 2m0s for control-plane = Ready ⏳\n"
     " • WARNING: Timed out waiting for Ready ⚠️\n"
     "Run kubectl wait --for=condition=Ready nodes --all --timeout=120s\n"
     "error: timed out waiting for the condition on nodes/ci-control-plane\n" + _EXIT),
    # k3d-io/k3d pkg/client/tools.go ("Image '%s' is not a file and couldn't be found in the container
    # runtime", "no valid images specified"), cmd/image/imageImport.go ("Failed to import image(s) into cluster
    # '%s': %+v")
    ("k3d-image-import-not-found", "real",
     "Run k3d image import acme/api:ci -c ci\n"
     "INFO[0000] Importing image(s) into cluster 'ci'\n"
     "WARN[0000] Image 'acme/api:ci' is not a file and couldn't be found in the container runtime\n"
     "ERRO[0000] Failed to import image(s) into cluster 'ci': no valid images specified\n"
     "WARN[0000] At least one error occured while trying to import the image(s) into the selected cluster(s)\n"
     + _EXIT),
    # ------------------------------------------------------------------ Helm
    # helm/helm pkg/action/install.go ("unable to build kubernetes objects from release manifest: %w"),
    # pkg/cmd/install.go ("INSTALLATION FAILED: %w"), with the API server's schema validation
    ("helm-install-manifest-validation", "real",
     "Run helm install api ./charts/api -n e2e --wait\n"
     'Error: INSTALLATION FAILED: unable to build kubernetes objects from release manifest: error validating "": '
     "error validating data: ValidationError(Deployment.spec.template.spec.containers[0]): unknown field "
     '"imagePullPolicyy" in io.k8s.api.core.v1.Container\n' + _EXIT),
    # pkg/action/action.go ("chart requires kubeVersion: %s which is incompatible with Kubernetes %s")
    ("helm-chart-kube-version-incompatible", "real",
     _HELM +
     "Error: UPGRADE FAILED: chart requires kubeVersion: >=1.31.0-0 which is incompatible with Kubernetes v1.29.2\n"
     + _EXIT),
    # pkg/cmd/lint.go ("%d chart(s) linted, %d chart(s) failed") after the values schema rejected a value
    ("helm-lint-values-schema", "real",
     "Run helm lint charts/api --strict\n"
     "==> Linting charts/api\n"
     "[ERROR] values.yaml: - replicaCount: Invalid type. Expected: integer, given: string\n"
     "\n"
     "Error: 1 chart(s) linted, 1 chart(s) failed\n" + _EXIT),
    # pkg/kube/wait.go ("pod %s failed") for helm test's test pod
    ("helm-test-pod-failed", "real",
     "Run helm test api -n e2e --logs\n"
     "NAME: api\n"
     "LAST DEPLOYED: Thu Dec  3 10:02:11 2026\n"
     "NAMESPACE: e2e\n"
     "STATUS: deployed\n"
     "TEST SUITE:     api-test-connection\n"
     "Last Started:   Thu Dec  3 10:03:40 2026\n"
     "Last Completed: Thu Dec  3 10:03:52 2026\n"
     "Phase:          Failed\n"
     "Error: 1 error occurred:\n"
     "\t* pod api-test-connection failed\n" + _EXIT),
    # pkg/action/install.go ("failed post-install: %w"), pkg/kube/wait.go ("job %s failed: %s"): the hook's
    # Job ran out of retries (its program failed)
    ("helm-post-install-hook-job-failed", "real",
     "Run helm install api ./charts/api -n e2e --wait\n"
     "Error: INSTALLATION FAILED: failed post-install: 1 error occurred:\n"
     "\t* job api-db-migrate failed: BackoffLimitExceeded\n" + _EXIT),
    # pkg/action/install.go ("failed pre-install: %w") around the waiter's deadline: the hook's Job was still
    # running when --timeout passed
    ("helm-pre-install-hook-timeout", "transient",
     "Run helm install api ./charts/api -n e2e --wait --timeout 3m\n"
     "Error: INSTALLATION FAILED: failed pre-install: 1 error occurred:\n"
     "\t* timed out waiting for the condition\n" + _EXIT),
    # pkg/kube/statuswait.go ("resource %s/%s/%s not ready. status: %s, message: %s") with the context's
    # deadline (Helm 4's status waiter)
    ("helm4-resource-not-ready-deadline", "transient",
     _HELM +
     "Error: UPGRADE FAILED: resource Deployment/e2e/api not ready. status: InProgress, message: Available: 0/2\n"
     "context deadline exceeded\n" + _EXIT),
    # ------------------------------------------------------------------ chart-testing
    # helm/chart-testing pkg/tool/account.go ('failed validating maintainer %q: %s' with the forge API's status),
    # pkg/chart/chart.go ("failed processing charts"): an account that does not exist
    ("ct-lint-maintainer-404", "real",
     "Run ct lint --config ct.yaml\n"
     "Linting charts...\n"
     "Validating maintainers...\n"
     'Error: failed linting charts: failed validating maintainer "jdoe-old": 404 Not Found\n' + _EXIT),
    # the same check when the forge API answered 503
    ("ct-lint-maintainer-503", "transient",
     "Run ct lint --config ct.yaml\n"
     "Linting charts...\n"
     "Validating maintainers...\n"
     'Error: failed linting charts: failed validating maintainer "jdoe": 503 Service Unavailable\n' + _EXIT),
    # pkg/chart/chart.go ("targetBranch '%s' does not exist"): a shallow checkout without the target branch
    ("ct-target-branch-missing", "real",
     "Run ct list-changed --target-branch main\n"
     "Error: failed identifying charts to process: targetBranch 'main' does not exist\n" + _EXIT),
    # ------------------------------------------------------------------ kuttl
    # kudobuilder/kuttl internal/testcase/case.go ("failed in step %s"), internal/step/step.go
    # ("resource %s: %s"), internal/utils/subset.go ("value mismatch, expected: %v != actual: %v")
    ("kuttl-assert-value-mismatch", "real",
     "Run kubectl kuttl test --config kuttl-test.yaml\n"
     "    logger.go:42: 10:14:02 | scale/1-install | starting test step 1-install\n"
     "    logger.go:42: 10:14:03 | scale/1-install | Widget:kuttl-test-fond-cat/demo created\n"
     "    logger.go:42: 10:14:33 | scale/1-install | test step failed 1-install\n"
     "    case.go:364: failed in step 1-install\n"
     "    case.go:366: --- ConfigMap:kuttl-test-fond-cat/demo-settings\n"
     "    case.go:366: resource ConfigMap:kuttl-test-fond-cat/demo-settings: .data.mode: value mismatch, expected: "
     "cluster != actual: standalone\n"
     "--- FAIL: kuttl (41.20s)\n"
     "    --- FAIL: kuttl/harness (0.00s)\n"
     "        --- FAIL: kuttl/harness/scale (33.10s)\n"
     "FAIL\n" + _EXIT),
    # internal/utils/commands.go (a step's command "failed, exit status %d")
    ("kuttl-step-command-failed", "real",
     "Run kubectl kuttl test\n"
     "    logger.go:42: 10:20:11 | backup/2-run | running command: [sh -c ./check-backup.sh]\n"
     "    logger.go:42: 10:20:11 | backup/2-run | backup object demo-2026 missing from bucket listing\n"
     '    case.go:364: failed in step 2-run\n'
     '    case.go:366: command "sh -c ./check-backup.sh" failed, exit status 3\n'
     "--- FAIL: kuttl (19.40s)\n"
     "    --- FAIL: kuttl/harness (0.00s)\n"
     "        --- FAIL: kuttl/harness/backup (12.02s)\n"
     "FAIL\n" + _EXIT),
    # ------------------------------------------------------------------ controller-runtime envtest
    # kubernetes-sigs/controller-runtime pkg/envtest/server.go ("unable to start control plane itself: %w",
    # "failed to start the controlplane. retried %d times: %w") around fork/exec of an asset not installed
    # (KUBEBUILDER_ASSETS unset: setup-envtest never ran)
    ("envtest-binaries-missing", "real",
     "Run make test\n"
     "go test ./... -coverprofile cover.out\n"
     "STEP: bootstrapping test environment\n"
     "  [FAILED] Unexpected error:\n"
     "      unable to start control plane itself: failed to start the controlplane. retried 5 times: fork/exec "
     "/usr/local/kubebuilder/bin/etcd: no such file or directory\n"
     "  In [BeforeSuite] at: /home/runner/work/op/op/internal/controller/suite_test.go:61\n"
     "FAIL\tgithub.com/acme/widget-operator/internal/controller\t0.412s\n" + _EXIT),
    # pkg/internal/testing/process/process.go ("timeout waiting for process %s to start"): the apiserver did not
    # answer its health check within the start timeout on a loaded runner
    ("envtest-apiserver-start-timeout", "transient",
     "Run make test\n"
     "STEP: bootstrapping test environment\n"
     "  [FAILED] Unexpected error:\n"
     "      unable to start control plane itself: failed to start the controlplane. retried 5 times: timeout "
     "waiting for process kube-apiserver to start\n"
     "  In [BeforeSuite] at: /home/runner/work/op/op/internal/controller/suite_test.go:61\n"
     "FAIL\tgithub.com/acme/widget-operator/internal/controller\t121.804s\n" + _EXIT),
    # pkg/envtest/crd.go ("unable to read CRD files: %w") with ErrorIfCRDPathMissing: a CRD path that is wrong
    ("envtest-crd-path-missing", "real",
     "Run make test\n"
     "STEP: bootstrapping test environment\n"
     "  [FAILED] Unexpected error:\n"
     "      unable to install CRDs onto control plane: unable to read CRD files: open "
     "/home/runner/work/op/op/config/crds: no such file or directory\n"
     "  In [BeforeSuite] at: /home/runner/work/op/op/internal/controller/suite_test.go:61\n"
     "FAIL\tgithub.com/acme/widget-operator/internal/controller\t2.011s\n" + _EXIT),
    # ------------------------------------------------------------------ Ginkgo / Gomega e2e suites
    # onsi/gomega matchers (equal_matcher.go's "Expected\n%s\nto equal\n%s" through format.Message) under
    # Ginkgo's [FAILED]: a value the code got wrong
    ("ginkgo-e2e-equal-failure", "real",
     "Run make test-e2e\n"
     "• [FAILED] [3.214 seconds]\n"
     "Widget controller when scaling [It] sets status.replicas\n"
     "/home/runner/work/op/op/test/e2e/widget_test.go:88\n"
     "  [FAILED] Expected\n"
     "      <int32>: 1\n"
     "  to equal\n"
     "      <int32>: 3\n"
     "  In [It] at: /home/runner/work/op/op/test/e2e/widget_test.go:97\n" + _GINKGO_END + _EXIT),
    # an admission webhook of the operator under test refusing the spec's object: the code's validation
    ("ginkgo-e2e-webhook-denied", "real",
     "Run make test-e2e\n"
     "• [FAILED] [1.004 seconds]\n"
     "Widget webhook [It] accepts a default widget\n"
     "  [FAILED] Unexpected error:\n"
     '      admission webhook "vwidget.kb.io" denied the request: spec.size: Invalid value: 0: must be positive\n'
     "  occurred\n"
     "  In [It] at: /home/runner/work/op/op/test/e2e/webhook_test.go:41\n" + _GINKGO_END + _EXIT),
    # ------------------------------------------------------------------ Skaffold
    # GoogleContainerTools/skaffold pkg/diag/validator/validator.go ("container %s terminated with exit code %d"),
    # pkg/skaffold/kubernetes/status/status_check.go ("%s failed. Error: %s.", "%d/%d deployment(s) failed")
    ("skaffold-container-terminated-exit-1", "real",
     "Waiting for deployments to stabilize...\n"
     " - e2e:deployment/api: container api terminated with exit code 1\n"
     "    - e2e:pod/api-5c9d8b7f6-q8w2z: container api terminated with exit code 1\n"
     "      > [api-5c9d8b7f6-q8w2z api] panic: config: missing required key \"listen_addr\"\n"
     " - e2e:deployment/api failed. Error: container api terminated with exit code 1.\n"
     "1/1 deployment(s) failed\n" + _EXIT),
    # validator.go ("%s: 0/%d nodes available: %s", "1 node has disk pressure")
    ("skaffold-unschedulable-disk-pressure", "transient",
     "Waiting for deployments to stabilize...\n"
     " - e2e:deployment/api: Unschedulable: 0/1 nodes available: 1 node has disk pressure\n"
     " - e2e:deployment/api failed. Error: Unschedulable: 0/1 nodes available: 1 node has disk pressure.\n"
     "1/1 deployment(s) failed\n" + _EXIT),
    # status_check.go ("could not stabilize within %v"): the status check's deadline on a rollout still in progress
    ("skaffold-could-not-stabilize", "transient",
     "Waiting for deployments to stabilize...\n"
     " - e2e:deployment/api: waiting for rollout to finish: 0 of 2 updated replicas are available...\n"
     " - e2e:deployment/api failed. Error: could not stabilize within 2m0s.\n"
     "1/1 deployment(s) failed\n" + _EXIT),
    # ------------------------------------------------------------------ Tilt
    # tilt-dev/tilt internal/controllers/core/session/conv.go ("Pod %s in error state due to container %s: %s")
    ("tilt-ci-pod-error-state", "real",
     "Run tilt ci --timeout 8m\n"
     "api │ Deployment api: waiting for pods to be ready\n"
     "api │ Error: listen tcp: address :80a: unknown port\n"
     "Error: Pod api-7d9c8b6f5-m2x4l in error state due to container api: CrashLoopBackOff\n" + _EXIT),
    # ------------------------------------------------------------------ operator-sdk scorecard
    # operator-framework/operator-sdk internal/cmd/operator-sdk/scorecard/cmd.go (text output "State: fail" with
    # the test's Errors), internal/scorecard/tests/olm.go (a spec descriptor missing from the CSV)
    ("scorecard-test-state-fail", "real",
     "Run operator-sdk scorecard ./bundle --wait-time 120s\n"
     "--------------------------------------------------------------------------------\n"
     "Image:      quay.io/operator-framework/scorecard-test:v1.34.1\n"
     "Entrypoint: [scorecard-test olm-spec-descriptors]\n"
     "Results:\n"
     "\tName: olm-spec-descriptors\n"
     "\tState: fail\n"
     "\n"
     "\tErrors:\n"
     "\t\tsize does not have a spec descriptor\n" + _EXIT),
    # cmd.go ("error running tests %w" around context.DeadlineExceeded): the test pods had not finished within
    # --wait-time (pulling the scorecard images on a slow node)
    ("scorecard-wait-time-deadline", "transient",
     "Run operator-sdk scorecard ./bundle --wait-time 60s\n"
     "Error: error running tests context deadline exceeded\n" + _EXIT),
    # ------------------------------------------------------------------ near-misses: the words, not the event
    # a Go unit test of a diagnosis helper comparing the reason it derived: a value, not an outage
    ("go-test-of-pull-diagnosis", "real",
     "=== RUN   TestDiagnosePull/rate_limited\n"
     "    diagnose_test.go:52: reason = \"ErrImagePull\", want \"ImagePullBackOff\" for message \"429 Too Many "
     "Requests\"\n"
     "--- FAIL: TestDiagnosePull (0.00s)\n"
     "    --- FAIL: TestDiagnosePull/rate_limited (0.00s)\n"
     "FAIL\n"
     "FAIL\tgithub.com/acme/podwatch/diagnose\t0.019s\n" + _EXIT),
    # skaffold's deadline on a deployment that waited on another one that crash-looped: the crash is the cause
    ("skaffold-crashloop-beside-stabilize-deadline", "real",
     "Waiting for deployments to stabilize...\n"
     " - e2e:deployment/db-migrate: container migrate is backing off waiting to restart\n"
     "      > [db-migrate-7c9d5-k2x9q migrate] Error: relation \"widgets\" already exists\n"
     " - e2e:deployment/db-migrate failed. Error: container migrate is backing off waiting to restart.\n"
     " - e2e:deployment/api failed. Error: could not stabilize within 2m0s.\n"
     "2/2 deployment(s) failed\n" + _EXIT),
    # a container restarting after the kubelet OOM-killed it: the OOM speaks, not the back-off
    ("pod-crashloop-after-oomkilled", "transient",
     _DESCRIBE +
     "    State:          Waiting\n"
     "      Reason:       CrashLoopBackOff\n"
     "    Last State:     Terminated\n"
     "      Reason:       OOMKilled\n"
     "      Exit Code:    137\n" + _EVENTS +
     "  Warning  BackOff    10s (x6 over 2m)   kubelet            Back-off restarting failed container api in pod "
     "api-6f7d9c5b8-x2k4q_e2e(0b1c2d3e-1111-2222-3333-444455556666)\n" + _WAIT_FAIL + _EXIT),
    # a scheduler message naming a shortage on some nodes and a selector on the others: the shortage is the
    # outage (kubernetes/kubernetes pkg/scheduler/schedule_one.go joins the reasons on one line)
    ("pod-failedscheduling-insufficient-memory-and-selector", "transient",
     _DESCRIBE + _EVENTS +
     "  Warning  FailedScheduling  70s   default-scheduler  0/3 nodes are available: 1 Insufficient memory, 2 node(s) "
     "didn't match Pod's node affinity/selector. preemption: 0/3 nodes are available: 1 No preemption victims found "
     "for incoming pod, 2 Preemption is not helpful for scheduling.\n" + _WAIT_FAIL + _EXIT),
    # a Go test of a status-check helper comparing skaffold's wording: a value, not the job's node
    ("go-test-of-node-pressure-message", "real",
     "=== RUN   TestUnschedulableMessage\n"
     "    status_test.go:77: got \"Unschedulable: 0/1 nodes available: 1 node has disk pressure\", want \"Unschedulable: "
     "0/1 nodes available: 1 node has memory pressure\"\n"
     "--- FAIL: TestUnschedulableMessage (0.00s)\n"
     "FAIL\n"
     "FAIL\tgithub.com/acme/deploykit/status\t0.011s\n" + _EXIT),
    # a pytest test about the scheduler's message: a string compared, not the job's own pod
    ("pytest-of-scheduling-parser", "real",
     "tests/test_events.py::test_parses_insufficient_cpu FAILED\n"
     "E       AssertionError: assert 'Insufficient memory' == 'Insufficient cpu'\n"
     "FAILED tests/test_events.py::test_parses_insufficient_cpu - AssertionError: assert 'Insufficient memory' == "
     "'Insufficient cpu'\n"
     "========================= 1 failed, 41 passed in 2.31s =========================\n" + _CCI),
    # an operator's own INFO log line about a pod it handled, printed beside a failed assertion
    ("operator-info-line-beside-failed-spec", "real",
     "Run make test-e2e\n"
     "2026-12-03T10:11:02Z\tINFO\tpod evicted, recreating\t{\"pod\": \"demo-0\"}\n"
     "• [FAILED] [4.101 seconds]\n"
     "Widget controller [It] labels the service\n"
     "  [FAILED] Expected\n"
     "      <string>: demo\n"
     "  to equal\n"
     "      <string>: demo-svc\n"
     "  In [It] at: /home/runner/work/op/op/test/e2e/service_test.go:30\n" + _GINKGO_END + _EXIT),
]

# Outage words with a persistent cause at least as likely: no transient verdict at 0.7 or more.
NOT_SURELY_TRANSIENT: list[tuple[str, str]] = [
    # onsi/gomega internal/async_assertion.go ("Timed out after %.3fs."): an Eventually whose condition never
    # held; a controller that never reconciles looks the same as a slow cluster
    ("ginkgo-eventually-timed-out",
     "Run make test-e2e\n"
     "• [FAILED] [60.012 seconds]\n"
     "Widget controller [It] becomes Ready\n"
     "  [FAILED] Timed out after 60.001s.\n"
     "  Expected\n"
     "      <bool>: false\n"
     "  to be true\n"
     "  In [It] at: /home/runner/work/op/op/test/e2e/widget_test.go:55\n" + _GINKGO_END + _EXIT),
    # onsi/ginkgo ginkgo/internal/run.go ("Ginkgo timed out waiting for all parallel procs to report back"): a
    # process that hung or crashed, on the code or on the machine
    ("ginkgo-parallel-procs-no-report",
     "Run ginkgo -p -r ./test/e2e\n"
     "Ginkgo timed out waiting for all parallel procs to report back\n"
     "Test Suite: e2e (./test/e2e)\n"
     "Ginkgo ran 1 suite in 10m4.1s\n"
     "Test Suite Failed\n" + _EXIT),
    # kubernetes/kubernetes pkg/kubelet/prober/prober.go ("%s probe failed: %s") with a refused connection: the
    # program not yet listening, or never listening on that port
    ("pod-readiness-probe-refused",
     _DESCRIBE + _EVENTS +
     '  Warning  Unhealthy  5s (x12 over 60s)  kubelet  Readiness probe failed: Get "http://10.244.0.9:8080/readyz": '
     "dial tcp 10.244.0.9:8080: connect: connection refused\n" + _WAIT_FAIL + _EXIT),
    # pkg/scheduler/framework/plugins/volumebinding ("pod has unbound immediate PersistentVolumeClaims"): a
    # provisioner still starting, or a StorageClass the cluster does not have
    ("pod-unbound-pvc",
     _DESCRIBE + _EVENTS +
     "  Warning  FailedScheduling  50s   default-scheduler  0/1 nodes are available: pod has unbound immediate "
     "PersistentVolumeClaims. preemption: 0/1 nodes are available: 1 Preemption is not helpful for scheduling.\n"
     + _WAIT_FAIL + _EXIT),
    # kubernetes/kubectl (resource mapping, "ensure CRDs are installed first"): a CRD applied in the same step and
    # not yet established, or one never applied
    ("kubectl-apply-crd-not-established",
     "Run kubectl apply -f config/samples/\n"
     'error: resource mapping not found for name: "demo" namespace: "e2e" from "config/samples/widget.yaml": no '
     'matches for kind "Widget" in version "acme.example.org/v1"\n'
     "ensure CRDs are installed first\n" + _EXIT),
    # kubernetes-sigs/controller-runtime pkg/internal/testing/process/process.go ("timeout waiting for process %s
    # to start successfully (it may have failed to start, or stopped unexpectedly before becoming ready)"): the
    # process exited, on flags or a port as often as on the machine
    ("envtest-process-exited-before-ready",
     "Run make test\n"
     "STEP: bootstrapping test environment\n"
     "  [FAILED] Unexpected error:\n"
     "      unable to start control plane itself: failed to start the controlplane. retried 5 times: timeout "
     "waiting for process etcd to start successfully (it may have failed to start, or stopped unexpectedly before "
     "becoming ready)\n"
     "FAIL\tgithub.com/acme/widget-operator/internal/controller\t9.310s\n" + _EXIT),
]


@pytest.mark.parametrize(("verdict", "log"), labelled(CASES))
def test_k8s_e2e_message_reads_right(verdict, log):
    reads(log, verdict)


@pytest.mark.parametrize("log", logs(NOT_SURELY_TRANSIENT))
def test_ambiguous_k8s_e2e_failures_do_not_read_surely_transient(log):
    not_surely_transient(log)


def test_case_ids_are_unique():
    assert_unique_ids(CASES, NOT_SURELY_TRANSIENT)



def _log(cid: str) -> str:
    return next(log for case_id, _, log in CASES if case_id == cid)


def test_helms_default_test_pod_name_is_not_a_failed_connection():
    found = signatures(judge(_log("helm-test-pod-failed")))
    assert "helm-test-or-hook-pod-failed" in found and "transient-wording" not in found


def test_a_selector_no_node_matches_is_no_shortage_of_room():
    found = signatures(judge(_log("pod-failedscheduling-node-selector")))
    assert "scheduler-node-selector-unmatched" in found and "scheduling-capacity" not in found


def test_a_shortage_named_beside_a_selector_is_not_read_as_the_selector():
    found = signatures(judge(_log("pod-failedscheduling-insufficient-memory-and-selector")))
    assert "scheduler-node-selector-unmatched" not in found


def test_a_registrys_rate_limit_in_the_pull_event_is_not_a_refused_image():
    found = signatures(judge(_log("pod-image-pull-429")))
    assert "kubelet-image-pull-refused" not in found

# One line of 50,000 characters of each of these words is read by benchmarks/pattern_speed.py,
# which prints the seconds each takes (a guard against patterns that backtrack; a timing is a
# benchmark's, not a test's).
LONG_LINE_WORDS = [
    'Failed to pull image "a": : not found 429 ',
    "node(s) didn't match Pod's node affinity/selector Insufficient ",
    "0/1 nodes available: 1 node has disk pressure could not stabilize within 2m0s ",
    "Readiness probe failed: connect: connection refused ",
]
