"""Sixteenth round, tool sources: GitOps and continuous-delivery CLIs as CI deploy steps fail on them.

Covered: the Argo CD CLI (``argocd login``, ``app sync``/``wait``/``get``/``diff``: its gRPC status
errors, the grpc-web proxy's HTTP status, the sync operation's phase, the health transition to
Degraded, the wait deadline), the Flux CLI (``flux check`` and ``flux reconcile``, with the
kustomize-controller, helm-controller and source-controller messages the CLI relays), Helmfile (its
wrapper around a failed helm command, its template errors, ``diff --detailed-exitcode``), Carvel kapp
(``kapp deploy``'s waits, "Finished unsuccessfully", ownership errors, unknown resource types), the
Argo Rollouts kubectl plugin (``kubectl argo rollouts status``: Degraded with RolloutAborted,
InvalidSpec or ProgressDeadlineExceeded, the watch timeout), Spinnaker's ``spin`` CLI and the
Octopus CLI (``octo create-release``/``deploy-release``). Plain kubectl/helm waits, helm's chart and
hook failures and the API server being unreachable are in test_tool_sources_k8s_e2e.py,
test_tool_sources_clusters_stores_push.py and test_tool_sources_containers.py; not repeated here.

Each case is a short log written for this test around one message as the tool prints it. The
wording was read from the tools' source (the comment above each case names the repository and
file holding the format string): argoproj/argo-cd, fluxcd/flux2, fluxcd/kustomize-controller,
fluxcd/helm-controller, helmfile/helmfile, carvel-dev/kapp, argoproj/argo-rollouts, spinnaker/spin,
OctopusDeploy/OctopusCLI (and Octopus.Client's task waiter). The Octopus Server's own refusal texts
(a release that already exists, a missing permission) and the Flux health checker's wording (it lives
in fluxcd/pkg) rest on the servers' documented messages rather than on source read here. Hosts,
apps, namespaces and paths are made up; no project's CI log is copied.

The rules the cases hold:
  * the server or the path to it failing for a while (Argo CD's gRPC Unavailable or DeadlineExceeded,
    a grpc-web proxy answering 502/503, a stream the server closed, another sync operation running on
    the same app; a Git or chart host answering 5xx to Flux's source-controller; the API server
    resetting a connection or changing etcd leader under kapp; Spinnaker's gate or the Octopus Server
    answering 5xx) -> transient;
  * a persistent cause (Argo CD's PermissionDenied, an expired or refused session, an unknown app,
    manifests that do not render, a sync operation that ended Failed, an app that went Degraded,
    resources that need pruning; Flux's kustomize build or dry-run failures, a suspended resource,
    a cluster version out of range, stalled resources; Helmfile's template errors and helm's refusals,
    a diff that found changes; kapp's unknown resource types, ownership errors, a Job or a Deployment
    that finished unsuccessfully; a rollout aborted by its analysis or with an invalid spec; spin's
    4xx and unknown project; Octopus' refusals and failed deployment tasks) -> real;
  * near-misses: tests ABOUT these errors that fail on their assertions, an application's own log
    lines, a package named after a GitOps tool -> real;
  * wordings printed both for an outage and for a persistent cause (a wait whose deadline passed while
    the app was still progressing: ``argocd app wait``, ``flux reconcile``'s context deadline, a
    health check timeout, ``kapp`` timed out waiting, ``kubectl argo rollouts status`` timeout, a
    rollout past its progress deadline, Octopus' task waiter; an analysis whose metric provider could
    not be reached) -> not surely transient.
"""

from __future__ import annotations

import pytest
from judging import assert_unique_ids, labelled, logs, not_surely_transient, reads

_GHA = "##[error]Process completed with exit code 1.\n"
_GHA20 = "##[error]Process completed with exit code 20.\n"
_CIRCLE = "\nExited with code exit status 1\n"
_GL = "ERROR: Job failed: exit code 1\n"

_ARGO_SYNC = "+ argocd app sync shop-api --grpc-web --timeout 300\n"
_FLUX_KS = ("+ flux reconcile kustomization apps --with-source --timeout 5m\n"
            "► annotating GitRepository fleet in flux-system namespace\n"
            "✔ GitRepository annotated\n"
            "◎ waiting for GitRepository reconciliation\n")
_HELMFILE = "+ helmfile --environment staging sync\n"
_KAPP = "+ kapp deploy -a shop-api -f build/manifests/ --yes --wait-timeout 10m\n"
_ROLLOUTS = "+ kubectl argo rollouts status shop-api -n staging --timeout 10m\n"
_OCTO = ("+ octo deploy-release --project=Shop --version=1.4.2 --deployTo=Staging "
         "--server=https://octo.example.dev --waitForDeployment\n")

CASES: list[tuple[str, str, str]] = [
    # ================================================================== Argo CD
    # argoproj/argo-cd util/errors/errors.go (CheckError: logrus Fatal, exit code 20) relaying grpc-go's
    # status ("rpc error: code = Unavailable desc = connection error: desc = \"transport: Error while
    # dialing: ...\""): the API server restarting
    ("argocd-sync-unavailable-connection-refused", "transient",
     _ARGO_SYNC +
     "time=\"2026-05-04T09:12:41Z\" level=fatal msg=\"rpc error: code = Unavailable desc = connection error: "
     "desc = \\\"transport: Error while dialing: dial tcp 10.40.2.17:443: connect: connection refused\\\"\"\n"
     + _GHA20),
    # grpc-go transport ("error reading from server: EOF") under CheckError: the stream dropped mid-sync
    ("argocd-wait-unavailable-error-reading-eof", "transient",
     "+ argocd app wait shop-api --health --timeout 600\n"
     "TIMESTAMP                  GROUP        KIND   NAMESPACE   NAME      STATUS    HEALTH        HOOK  MESSAGE\n"
     "2026-05-04T09:14:02+00:00   apps  Deployment     staging  shop-api    Synced  Progressing\n"
     "time=\"2026-05-04T09:15:30Z\" level=fatal msg=\"rpc error: code = Unavailable desc = error reading from "
     "server: EOF\"\n" + _GHA20),
    # pkg/apiclient/grpcproxy.go ("%s %s failed with status code %d"): the ingress in front of argocd-server
    # answered 502 to the grpc-web request
    ("argocd-grpc-web-502", "transient",
     _ARGO_SYNC +
     "time=\"2026-05-04T09:12:41Z\" level=fatal msg=\"rpc error: code = Unknown desc = POST "
     "https://cd.example.dev/application.ApplicationService/Sync failed with status code 502\"\n" + _GL),
    ("argocd-grpc-web-503-get", "transient",
     "+ argocd app get shop-api --grpc-web --refresh\n"
     "FATA[0031] rpc error: code = Unknown desc = POST https://cd.example.dev/application.ApplicationService/Get "
     "failed with status code 503\n" + _CIRCLE),
    # grpc-go status DeadlineExceeded on a refresh while the server was busy
    ("argocd-get-deadline-exceeded", "transient",
     "+ argocd app get shop-api --hard-refresh\n"
     "time=\"2026-05-04T09:12:41Z\" level=fatal msg=\"rpc error: code = DeadlineExceeded desc = context "
     "deadline exceeded\"\n" + _GHA20),
    # util/argo/argo.go (ErrAnotherOperationInProgress, FailedPrecondition "another operation is already in
    # progress"): auto-sync or another pipeline's sync holds the app; a rerun after it ends goes through
    ("argocd-another-operation-in-progress", "transient",
     _ARGO_SYNC +
     "time=\"2026-05-04T09:12:41Z\" level=fatal msg=\"rpc error: code = FailedPrecondition desc = another "
     "operation is already in progress\"\n" + _GHA20),
    # grpc-go ("connection closed before server preface received") at login: the server was restarting
    ("argocd-login-preface-not-received", "transient",
     "+ argocd login cd.example.dev --username ci-bot --password *** --grpc-web\n"
     "time=\"2026-05-04T09:10:02Z\" level=fatal msg=\"rpc error: code = Unavailable desc = connection "
     "closed before server preface received\"\n" + _GHA20),
    # grpc-go status Unavailable with the text an Envoy-based ingress in front of argocd-server answers when the
    # upstream pod is being replaced
    ("argocd-sync-unavailable-upstream-reset", "transient",
     _ARGO_SYNC +
     "time=\"2026-05-04T09:12:41Z\" level=fatal msg=\"rpc error: code = Unavailable desc = upstream connect "
     "error or disconnect/reset before headers. reset reason: connection termination\"\n" + _GHA20),
    # server/application/application.go (GetManifests: "error generating manifests: %w") with the repo server
    # restarting (Unavailable): an outage, not the manifests
    ("argocd-manifests-repo-server-unavailable", "transient",
     "+ argocd app manifests shop-api --source git --revision 3e1f0a2b > rendered.yaml\n"
     "time=\"2026-05-04T09:13:02Z\" level=fatal msg=\"rpc error: code = Unknown desc = error generating "
     "manifests: rpc error: code = Unavailable desc = connection error: desc = \\\"transport: Error while "
     "dialing: dial tcp 10.96.41.7:8081: connect: connection refused\\\"\"\n" + _GL),
    # server/application/application.go (PermissionDeniedAPIError) and the RBAC enforcer's
    # "permission denied: %s, %s, %s" wording
    ("argocd-sync-permission-denied", "real",
     _ARGO_SYNC +
     "time=\"2026-05-04T09:12:41Z\" level=fatal msg=\"rpc error: code = PermissionDenied desc = permission "
     "denied: applications, sync, shop/shop-api, sub: proj:shop:ci, iat: 2026-05-04T09:10:02Z\"\n" + _GHA20),
    # server/server.go ("invalid session: %v") with the JWT library's expiry
    ("argocd-session-token-expired", "real",
     _ARGO_SYNC +
     "time=\"2026-05-04T09:12:41Z\" level=fatal msg=\"rpc error: code = Unauthenticated desc = invalid "
     "session: token has invalid claims: token is expired\"\n" + _GHA20),
    # util/session/sessionmanager.go (invalidLoginError "Invalid username or password")
    ("argocd-login-invalid-password", "real",
     "+ argocd login cd.example.dev --username ci-bot --password *** --grpc-web\n"
     "time=\"2026-05-04T09:10:02Z\" level=fatal msg=\"rpc error: code = Unauthenticated desc = Invalid "
     "username or password\"\n" + _GHA20),
    # the API server's NotFound for the Application resource
    ("argocd-app-not-found", "real",
     "+ argocd app sync shop-api-stagng --timeout 300\n"
     "time=\"2026-05-04T09:12:41Z\" level=fatal msg=\"rpc error: code = NotFound desc = "
     "applications.argoproj.io \\\"shop-api-stagng\\\" not found\"\n" + _GHA20),
    # reposerver/repository/repository.go (cachedManifestGenerationPrefix "Manifest generation error
    # (cached)") around kustomize's accumulation error: the overlay does not build
    ("argocd-manifest-generation-error", "real",
     _ARGO_SYNC +
     "time=\"2026-05-04T09:12:41Z\" level=fatal msg=\"rpc error: code = Unknown desc = Manifest generation "
     "error (cached): `kustomize build <path to cached source>/deploy/overlays/staging` failed exit status 1: "
     "Error: accumulating resources: accumulation err='accumulating resources from 'ingress.yaml': open "
     "deploy/overlays/staging/ingress.yaml: no such file or directory'\"\n" + _GHA20),
    # controller/state.go ("Failed to load target state: " and "failed to generate manifest for source %d
    # of %d: %w") shown as the ComparisonError condition, with helm's template error
    ("argocd-comparison-error-helm-template", "real",
     "+ argocd app wait shop-api --sync --health --timeout 300\n"
     "CONDITION        MESSAGE                                                                  LAST TRANSITION\n"
     "ComparisonError  Failed to load target state: failed to generate manifest for source 1 of 1: rpc "
     "error: code = Unknown desc = `helm template . --name-template shop-api --values values-staging.yaml` "
     "failed exit status 1: Error: template: shop-api/templates/deployment.yaml:31:28: executing "
     "\"shop-api/templates/deployment.yaml\" at <.Values.service.port>: nil pointer evaluating interface {}.port"
     "  2026-05-04 09:12:55 +0000 UTC\n"
     "time=\"2026-05-04T09:17:55Z\" level=fatal msg=\"timed out (300s) waiting for app \\\"shop-api\\\" match "
     "desired state\"\n" + _GHA20),
    # cmd/argocd/commands/app.go ("Operation has completed with phase: %s") after gitops-engine's
    # sync_context.go ("one or more objects failed to apply") with the API server's validation
    ("argocd-operation-failed-invalid-object", "real",
     _ARGO_SYNC +
     "Operation:          Sync\n"
     "Phase:              Failed\n"
     "Message:            one or more objects failed to apply, reason: Deployment.apps \"shop-api\" is invalid: "
     "spec.template.spec.containers[0].image: Required value\n"
     "GROUP  KIND        NAMESPACE  NAME      STATUS     HEALTH   HOOK  MESSAGE\n"
     "apps   Deployment  staging    shop-api  OutOfSync  Healthy        Deployment.apps \"shop-api\" is invalid\n"
     "time=\"2026-05-04T09:13:10Z\" level=fatal msg=\"Operation has completed with phase: Failed\"\n" + _GHA20),
    # gitops-engine sync_context.go ("one or more synchronization tasks completed unsuccessfully"): a PreSync
    # migration Job hook failed
    ("argocd-sync-hook-job-failed", "real",
     _ARGO_SYNC +
     "Phase:              Failed\n"
     "Message:            one or more synchronization tasks completed unsuccessfully\n"
     "GROUP  KIND  NAMESPACE  NAME          STATUS  HEALTH    HOOK     MESSAGE\n"
     "batch  Job   staging    shop-migrate  Failed  Degraded  PreSync  Job has reached the specified backoff limit\n"
     "time=\"2026-05-04T09:14:10Z\" level=fatal msg=\"Operation has completed with phase: Failed\"\n" + _GHA20),
    # cmd/argocd/commands/app.go ("application '%s' health state has transitioned from %s to %s")
    ("argocd-health-transitioned-to-degraded", "real",
     "+ argocd app wait shop-api --health --timeout 600\n"
     "2026-05-04T09:14:02+00:00   apps  Deployment     staging  shop-api    Synced  Progressing\n"
     "2026-05-04T09:16:40+00:00   apps  Deployment     staging  shop-api    Synced  Degraded     "
     "Deployment \"shop-api\" exceeded its progress deadline\n"
     "time=\"2026-05-04T09:16:40Z\" level=fatal msg=\"application 'shop-api' health state has transitioned "
     "from Progressing to Degraded\"\n" + _GHA20),
    # cmd/argocd/commands/app.go ("%d resources require pruning")
    ("argocd-resources-require-pruning", "real",
     _ARGO_SYNC +
     "Phase:              Succeeded\n"
     "Message:            successfully synced (all tasks run)\n"
     "time=\"2026-05-04T09:13:10Z\" level=fatal msg=\"2 resources require pruning\"\n" + _GHA20),
    # cmd/argocd/commands/app.go ("Cannot use local sync when Automatic Sync Policy is enabled except with
    # --dry-run")
    ("argocd-local-sync-with-auto-sync", "real",
     "+ argocd app sync shop-api --local deploy/overlays/staging\n"
     "time=\"2026-05-04T09:12:41Z\" level=fatal msg=\"Cannot use local sync when Automatic Sync Policy is "
     "enabled except with --dry-run\"\n" + _GHA20),
    # cmd/argocd/commands/app.go (app diff exits 1 when it found differences): a drift check
    ("argocd-diff-found-differences", "real",
     "+ argocd app diff shop-api --local deploy/overlays/staging --server-side-generate\n"
     "===== apps/Deployment staging/shop-api ======\n"
     "112c112\n"
     "<         image: registry.example.dev/shop-api:1.4.1\n"
     "---\n"
     ">         image: registry.example.dev/shop-api:1.4.2\n" + _GHA),
    # near-miss: a Go test of an Argo CD plugin ABOUT the Unavailable status, failing on its assertion
    ("argocd-plugin-test-about-unavailable", "real",
     "=== RUN   TestSyncRetriesOnUnavailable\n"
     "    sync_test.go:88: \n"
     "        \tError:      \tNot equal: \n"
     "        \t            \texpected: 3\n"
     "        \t            \tactual  : 1\n"
     "        \tMessages:   \tretries after rpc error: code = Unavailable desc = connection refused\n"
     "--- FAIL: TestSyncRetriesOnUnavailable (0.01s)\n"
     "FAIL\tgithub.com/example/cd-plugin/pkg/sync\t0.214s\n" + _GHA),

    # near-miss: a Go test of a sync wrapper ABOUT Argo CD's "another operation" refusal, failing on its check
    ("argocd-wrapper-test-about-operation-in-progress", "real",
     "=== RUN   TestSyncReportsOperationInProgress\n"
     "    sync_test.go:51: expected FailedPrecondition to be retried, got: rpc error: code = FailedPrecondition "
     "desc = another operation is already in progress\n"
     "--- FAIL: TestSyncReportsOperationInProgress (0.00s)\n"
     "FAIL\tgithub.com/example/cd-plugin/pkg/sync\t0.101s\n" + _GHA),

    # ================================================================== Flux
    # fluxcd/flux2 cmd/flux/reconcile_with_source.go ("%s reconciliation failed: %s") with go-git's
    # "unexpected client error: unexpected requesting %q status code: %d" for a 503 from the Git host
    ("flux-reconcile-git-503", "transient",
     _FLUX_KS +
     "✗ GitRepository reconciliation failed: failed to checkout and determine revision: unable to clone "
     "'https://git.example.org/platform/fleet.git': unexpected client error: unexpected requesting "
     "\"https://git.example.org/platform/fleet.git/info/refs?service=git-upload-pack\" status code: 503\n" + _GHA),
    # cmd/flux/check.go ("Kubernetes API call failed: %s"): the CI cluster's API server still starting
    ("flux-check-api-call-failed-refused", "transient",
     "+ flux check --pre\n"
     "► checking prerequisites\n"
     "✗ Kubernetes API call failed: Get \"https://127.0.0.1:41233/version\": dial tcp 127.0.0.1:41233: "
     "connect: connection refused\n" + _GHA),
    # cmd/flux/reconcile.go ("%s reconciliation failed: '%s'") with source-controller's index fetch and a
    # 502 from the chart host
    ("flux-reconcile-helmrepository-502", "transient",
     "+ flux reconcile source helm podinfo -n flux-system\n"
     "► annotating HelmRepository podinfo in flux-system namespace\n"
     "✔ HelmRepository annotated\n"
     "◎ waiting for HelmRepository reconciliation\n"
     "✗ HelmRepository reconciliation failed: 'failed to fetch Helm repository index: failed to fetch "
     "https://charts.example.org/index.yaml : 502 Bad Gateway'\n" + _GL),
    # fluxcd/kustomize-controller internal/controller/kustomization_controller.go ("kustomize build failed:
    # %w")
    ("flux-kustomize-build-failed", "real",
     _FLUX_KS +
     "✔ fetched revision main@sha1:3e1f0a2b\n"
     "► annotating Kustomization apps in flux-system namespace\n"
     "◎ waiting for Kustomization reconciliation\n"
     "✗ Kustomization reconciliation failed: 'kustomize build failed: accumulating resources: accumulation "
     "err='accumulating resources from 'shop-api': '/tmp/kustomization-1190331/apps/staging/shop-api' must "
     "resolve to a file': couldn't make target for path '/tmp/kustomization-1190331/apps/staging/shop-api': "
     "unable to find one of 'kustomization.yaml', 'kustomization.yml' or 'Kustomization' in directory'\n"
     + _GHA),
    # kustomize-controller's server-side apply dry run ("%s dry-run failed: %s")
    ("flux-kustomization-dry-run-failed", "real",
     _FLUX_KS +
     "◎ waiting for Kustomization reconciliation\n"
     "✗ Kustomization reconciliation failed: 'Deployment/shop/shop-api dry-run failed (Invalid): "
     "Deployment.apps \"shop-api\" is invalid: spec.template.spec.containers[0].ports[0].containerPort: "
     "Invalid value: 0: must be between 1 and 65535, inclusive'\n" + _GHA),
    # fluxcd/helm-controller internal/reconcile (fmtUpgradeFailure "Helm upgrade failed for release %s/%s
    # with chart %s@%s: %s") with helm's values schema check
    ("flux-helmrelease-upgrade-schema", "real",
     "+ flux reconcile helmrelease shop-api -n shop --with-source\n"
     "◎ waiting for HelmRelease reconciliation\n"
     "✗ HelmRelease reconciliation failed: 'Helm upgrade failed for release shop/shop-api with chart "
     "shop-api@2.3.0: values don't meet the specifications of the schema(s) in the following chart(s):\n"
     "shop-api:\n"
     "- replicaCount: Invalid type. Expected: integer, given: string'\n" + _GHA),
    # cmd/flux/reconcile.go ("resource is suspended")
    ("flux-reconcile-suspended", "real",
     "+ flux reconcile kustomization apps\n"
     "✗ resource is suspended\n" + _GHA),
    # cmd/flux/check.go ("Kubernetes version %s does not match %s")
    ("flux-check-kubernetes-version", "real",
     "+ flux check --pre\n"
     "► checking prerequisites\n"
     "✗ Kubernetes version v1.27.3 does not match >=1.30.0-0\n" + _GHA),
    # cmd/flux/check.go ("no controllers found in the '%s' namespace with the label selector '%s=%s'")
    ("flux-check-no-controllers", "real",
     "+ flux check\n"
     "► checking version in cluster\n"
     "► checking controllers\n"
     "✗ no controllers found in the 'flux-system' namespace with the label selector "
     "'app.kubernetes.io/part-of=flux'\n"
     "✗ check failed\n" + _GHA),
    # kustomize-controller ("health check failed after %s: %w") with the checker's stalled wording
    # (fluxcd/pkg, "failed early due to stalled resources")
    ("flux-health-check-stalled", "real",
     _FLUX_KS +
     "◎ waiting for Kustomization reconciliation\n"
     "✗ Kustomization reconciliation failed: 'health check failed after 41.2s: failed early due to stalled "
     "resources: [Deployment/shop/shop-api status: 'Failed']'\n" + _GHA),
    # go-git's SSH auth refusal relayed by source-controller ("unable to clone '%s': %w")
    ("flux-reconcile-git-ssh-auth", "real",
     _FLUX_KS +
     "✗ GitRepository reconciliation failed: failed to checkout and determine revision: unable to clone "
     "'ssh://git@git.example.org/platform/fleet.git': ssh: handshake failed: ssh: unable to authenticate, "
     "attempted methods [none publickey], no supported methods remain\n" + _GHA),

    # ================================================================== Helmfile
    # helmfile/helmfile pkg/helmexec/exit_error.go ("command %q exited with non-zero status:" with PATH/ARGS/
    # ERROR/EXIT STATUS/STDERR) and pkg/state/release_error.go ("failed processing release %s: %v"),
    # around helm's repo index fetch answered 503
    ("helmfile-repo-add-503", "transient",
     _HELMFILE +
     "Adding repo example https://charts.example.org\n"
     "in ./helmfile.yaml: command \"/usr/local/bin/helm\" exited with non-zero status:\n\n"
     "PATH:\n  /usr/local/bin/helm\n\n"
     "ERROR:\n  exit status 1\n\n"
     "EXIT STATUS\n  1\n\n"
     "STDERR:\n  Error: looks like \"https://charts.example.org\" is not a valid chart repository or cannot be "
     "reached: failed to fetch https://charts.example.org/index.yaml : 503 Service Unavailable\n" + _GHA),
    # the same wrapper around helm's "Kubernetes cluster unreachable" with an i/o timeout
    ("helmfile-cluster-unreachable-timeout", "transient",
     _HELMFILE +
     "Upgrading release=shop-api, chart=charts/shop-api, namespace=shop\n"
     "in ./helmfile.yaml: failed processing release shop-api: command \"/usr/local/bin/helm\" exited with "
     "non-zero status:\n\n"
     "STDERR:\n  Error: UPGRADE FAILED: Kubernetes cluster unreachable: Get "
     "\"https://api.k8s.example.dev:6443/version\": dial tcp 10.8.0.4:6443: i/o timeout\n" + _GL),
    # helm's OCI pull (oras-go "failed to perform %q on source: %w") answered 429 by the chart registry, under
    # helmfile's wrapper
    ("helmfile-oci-chart-429", "transient",
     _HELMFILE +
     "Pulling registry.example.dev/charts/shop-api:2.3.0\n"
     "in ./helmfile.yaml: command \"/usr/local/bin/helm\" exited with non-zero status:\n\n"
     "STDERR:\n  Error: failed to perform \"FetchReference\" on source: GET "
     "\"https://registry.example.dev/v2/charts/shop-api/manifests/2.3.0\": response status code 429: "
     "toomanyrequests: rate limit exceeded\n" + _GHA),
    # pkg/app/desired_state_file_loader.go ("error during %s parsing: %v") with text/template's missing key
    ("helmfile-template-missing-key", "real",
     _HELMFILE +
     "in ./helmfile.yaml.gotmpl: error during helmfile.yaml.gotmpl.part.0 parsing: template: "
     "stringTemplate:14:23: executing \"stringTemplate\" at <.Values.image.tag>: map has no entry for key "
     "\"image\"\n" + _GHA),
    # pkg/state/release_error.go with helm's patch refusal on an immutable selector
    ("helmfile-upgrade-immutable-field", "real",
     _HELMFILE +
     "Upgrading release=shop-api, chart=charts/shop-api, namespace=shop\n"
     "in ./helmfile.yaml: failed processing release shop-api: command \"/usr/local/bin/helm\" exited with "
     "non-zero status:\n\n"
     "STDERR:\n  Error: UPGRADE FAILED: cannot patch \"shop-api\" with kind Deployment: Deployment.apps "
     "\"shop-api\" is invalid: spec.selector: Invalid value: v1.LabelSelector{MatchLabels:map[string]string{"
     "\"app\":\"shop\"}}: field is immutable\n" + _GHA),
    # helm's "chart %q version %q not found in %s repository" under helmfile's wrapper
    ("helmfile-chart-version-not-found", "real",
     _HELMFILE +
     "in ./helmfile.yaml: command \"/usr/local/bin/helm\" exited with non-zero status:\n\n"
     "STDERR:\n  Error: chart \"redis\" version \"99.1.0\" not found in https://charts.example.org repository\n"
     + _GHA),
    # pkg/app/app.go ("Identified at least one change") for diff --detailed-exitcode (exit 2)
    ("helmfile-diff-detailed-exitcode", "real",
     "+ helmfile --environment prod diff --detailed-exitcode\n"
     "shop, shop-api, Deployment (apps) has changed:\n"
     "-         image: registry.example.dev/shop-api:1.4.1\n"
     "+         image: registry.example.dev/shop-api:1.4.2\n"
     "Identified at least one change\n"
     "##[error]Process completed with exit code 2.\n"),

    # ================================================================== kapp
    # carvel-dev/kapp cmd/kapp/kapp.go ("kapp: Error: %v") with the API server's connection reset
    ("kapp-connection-reset", "transient",
     _KAPP +
     "Target cluster 'https://api.k8s.example.dev:6443' (nodes: ci-node-1, 2+)\n"
     "kapp: Error: Listing schema.GroupVersionResource{Group:\"\", Version:\"v1\", Resource:\"configmaps\"}, "
     "namespaced: true: Get \"https://api.k8s.example.dev:6443/api/v1/configmaps?labelSelector=kapp.k14s.io"
     "%2Fapp%3D1714813000\": read tcp 10.8.1.9:51344->10.8.0.4:6443: read: connection reset by peer\n"
     + _GHA),
    # etcd's "etcdserver: leader changed" relayed by the API server on an update
    ("kapp-etcd-leader-changed", "transient",
     _KAPP +
     "9:13:02AM: update deployment/shop-api (apps/v1) namespace: shop\n"
     "kapp: Error: update deployment/shop-api (apps/v1) namespace: shop:\n"
     "  Updating resource deployment/shop-api (apps/v1) namespace: shop:\n"
     "    etcdserver: leader changed (reason: )\n" + _GHA),
    # pkg/kapp/clusterapply/waiting_changes.go ("%s: Finished unsuccessfully%s") and resourcesmisc/
    # apps_v1_deployment.go ("Deployment is not progressing: %s (message: %s)") with the pod's init container
    # crash-looping (core_v1_pod.go: "Pending: " and the waiting reason with its message)
    ("kapp-deployment-not-progressing-crashloop", "real",
     _KAPP +
     "9:13:05AM: ---- waiting on 1 changes [3/4 done] ----\n"
     "9:13:05AM: ongoing: reconcile deployment/shop-api (apps/v1) namespace: shop\n"
     "9:13:05AM:  L ongoing: waiting on pod/shop-api-7c9d8-x2k4q (v1) namespace: shop\n"
     "9:13:05AM:     ^ Pending: CrashLoopBackOff (message: back-off 40s restarting failed container=migrate "
     "pod=shop-api-7c9d8-x2k4q_shop(0b1c))\n"
     "kapp: Error: waiting on reconcile deployment/shop-api (apps/v1) namespace: shop:\n"
     "  Finished unsuccessfully (Deployment is not progressing: ProgressDeadlineExceeded (message: ReplicaSet "
     "\"shop-api-7c9d8\" has timed out progressing.))\n" + _GHA),
    # resourcesmisc/batch_v1_job.go ("Failed with reason %s: %s")
    ("kapp-job-failed-backoff-limit", "real",
     _KAPP +
     "9:13:05AM: ---- waiting on 1 changes [5/6 done] ----\n"
     "kapp: Error: waiting on reconcile job/shop-migrate (batch/v1) namespace: shop:\n"
     "  Finished unsuccessfully (Failed with reason BackoffLimitExceeded: Job has reached the specified "
     "backoff limit)\n" + _GHA),
    # pkg/kapp/resources/resource_types.go ("Expected to find type for resource: %s"): the CRD is not installed
    ("kapp-expected-to-find-type", "real",
     _KAPP +
     "kapp: Error: Expected to find type for resource: certificate/shop-api-tls (cert-manager.io/v1) "
     "namespace: shop\n" + _GHA),
    # pkg/kapp/resources/labeled_resources.go ("Ownership errors:" / "Resource '%s' is already associated
    # with a %s")
    ("kapp-ownership-errors", "real",
     _KAPP +
     "kapp: Error: Ownership errors:\n"
     "- Resource 'configmap/shop-config (v1) namespace: shop' is already associated with a different app "
     "'shop-legacy' namespace: shop (label 'kapp.k14s.io/app=1712000000')\n" + _GHA),
    # the API server's validation refusal relayed by kapp's apply
    ("kapp-create-invalid", "real",
     _KAPP +
     "kapp: Error: create deployment/shop-api (apps/v1) namespace: shop:\n"
     "  Creating resource deployment/shop-api (apps/v1) namespace: shop:\n"
     "    Deployment.apps \"shop-api\" is invalid: spec.template.spec.containers[0].name: Required value "
     "(reason: Invalid)\n" + _GHA),

    # ================================================================== Argo Rollouts
    # argoproj/argo-rollouts pkg/kubectl-argo-rollouts/cmd/status/status.go ("The rollout is in a degraded
    # state with message: %s"), utils/conditions ("Rollout aborted update to revision %d") and
    # analysis/analysis.go ("Metric \"%s\" assessed %s due to %s")
    ("rollouts-aborted-by-analysis", "real",
     _ROLLOUTS +
     "Paused - CanaryPauseStep\n"
     "Progressing - more replicas need to be updated\n"
     "Degraded - RolloutAborted: Rollout aborted update to revision 7: Metric \"success-rate\" assessed "
     "Failed due to failed (3) > failureLimit (2)\n"
     "Error: The rollout is in a degraded state with message: RolloutAborted: Rollout aborted update to "
     "revision 7: Metric \"success-rate\" assessed Failed due to failed (3) > failureLimit (2)\n" + _GHA),
    # utils/rollout/rolloututil.go (CalculateRolloutPhase: "%s: %s" with InvalidSpec)
    ("rollouts-invalid-spec", "real",
     _ROLLOUTS +
     "Degraded - InvalidSpec: The Rollout \"shop-api\" is invalid: spec.strategy.canary.steps[1].setWeight: "
     "Invalid value: 120: must be between 0 and 100\n"
     "Error: The rollout is in a degraded state with message: InvalidSpec: The Rollout \"shop-api\" is "
     "invalid: spec.strategy.canary.steps[1].setWeight: Invalid value: 120: must be between 0 and 100\n"
     + _GL),

    # the kubectl plugin's client meeting a slow API server
    ("rollouts-status-tls-handshake-timeout", "transient",
     _ROLLOUTS +
     "Error: Get \"https://api.k8s.example.dev:6443/apis/argoproj.io/v1alpha1/namespaces/staging/rollouts/"
     "shop-api\": net/http: TLS handshake timeout\n" + _GHA),

    # ================================================================== Spinnaker spin
    # spinnaker/spin cmd/pipeline/execute.go ("Encountered an error executing pipeline, status code: %d")
    ("spin-execute-pipeline-503", "transient",
     "+ spin pipeline execute --application shop --name deploy-staging\n"
     "Encountered an error executing pipeline, status code: 503\n" + _GHA),
    # cmd/application/save.go ("Encountered an error saving application, status code: %d")
    ("spin-save-application-502", "transient",
     "+ spin application save --file spinnaker/app.json\n"
     "Encountered an error saving application, status code: 502\n" + _GL),
    # cmd/pipeline/execute.go ("Execute pipeline failed with response: %v and error: %s") with the client's
    # connect timeout to gate
    ("spin-execute-dial-timeout", "transient",
     "+ spin pipeline execute --application shop --name deploy-staging\n"
     "Execute pipeline failed with response: <nil> and error: Post "
     "\"https://gate.example.dev/pipelines/shop/deploy-staging\": dial tcp 10.3.0.9:8084: i/o timeout\n" + _GHA),
    # cmd/pipeline/save.go ("Encountered an error saving pipeline, status code: %d") refused by gate
    ("spin-save-pipeline-403", "real",
     "+ spin pipeline save --file spinnaker/deploy-staging.json\n"
     "Encountered an error saving pipeline, status code: 403\n" + _GHA),
    ("spin-save-pipeline-400", "real",
     "+ spin pipeline save --file spinnaker/deploy-staging.json\n"
     "Encountered an error saving pipeline, status code: 400\n" + _GHA),
    # cmd/project/get.go ("Project '%s' not found")
    ("spin-project-not-found", "real",
     "+ spin project get-pipelines shopp\n"
     "Project 'shopp' not found\n" + _GHA),

    # ================================================================== Octopus CLI
    # OctopusDeploy/OctopusCLI source/Octopus.Cli/CliProgram.cs (PrintError: "Error from Octopus Server
    # (HTTP {StatusCode} {StatusDescription})", exit -7)
    ("octo-server-503", "transient",
     "+ octo create-release --project=Shop --version=1.4.2 --server=https://octo.example.dev\n"
     "Handshaking with Octopus Server: https://octo.example.dev\n"
     "Octopus Server returned an error: The service is temporarily unavailable.\n"
     "Error from Octopus Server (HTTP 503 ServiceUnavailable)\n"
     "Exit code: -7\n" + _GHA),
    ("octo-server-502", "transient",
     "+ octo push --package=dist/Shop.1.4.2.zip --server=https://octo.example.dev\n"
     "Pushing package: dist/Shop.1.4.2.zip...\n"
     "Error from Octopus Server (HTTP 502 BadGateway)\n"
     "Exit code: -7\n" + _GL),
    # CliProgram.cs (OctopusException, HTTP 400) with the server's refusal of a duplicate version
    ("octo-release-already-exists", "real",
     "+ octo create-release --project=Shop --version=1.4.2 --server=https://octo.example.dev\n"
     "Handshaking with Octopus Server: https://octo.example.dev\n"
     "There was a problem with your request.\n"
     " - A release with the version number '1.4.2' already exists.\n"
     "Error from Octopus Server (HTTP 400 BadRequest)\n"
     "Exit code: -7\n" + _GHA),
    # CliProgram.cs (OctopusSecurityException, exit -5)
    ("octo-missing-permission", "real",
     _OCTO +
     "You do not have permission to perform this action. Please contact your Octopus administrator. Missing "
     "permission: DeploymentCreate\n"
     "Exit code: -5\n" + _GHA),
    # the deployment waiter ("{Task:l}: {State}, {Error:l}" and "One or more {alias} tasks failed.")
    ("octo-deployment-task-failed", "real",
     _OCTO +
     "Waiting for 1 deployment(s) to complete....\n"
     "Deploy Shop release 1.4.2 to Staging: Failed, The deployment failed because one or more steps failed. "
     "Please see the deployment log for details.\n"
     "One or more deployment tasks failed.\n"
     "Exit code: -1\n" + _GHA),
    # source/Octopus.Cli/Commands/Releases/DeployReleaseCommand ("Unable to locate a release with
    # version/release number '%s'.")
    ("octo-release-not-found", "real",
     _OCTO +
     "Unable to locate a release with version/release number '1.4.9'.\n"
     "Exit code: -3\n" + _GHA),

    # ================================================================== near-misses
    # an application's own log line in a failing pytest run mentions a GitOps sync
    ("app-log-argocd-word-pytest-failure", "real",
     "tests/test_deployer.py::test_render_sync_request FAILED\n"
     "=================================== FAILURES ===================================\n"
     "E       AssertionError: assert 'argocd app sync shop-api --prune' == 'argocd app sync shop-api'\n"
     "------------------------------ Captured log call -------------------------------\n"
     "WARNING  deployer:client.py:41 argocd: rpc error: code = Unavailable desc = stubbed outage\n"
     "FAILED tests/test_deployer.py::test_render_sync_request - AssertionError\n"
     "========================= 1 failed, 41 passed in 2.31s =========================\n" + _GHA),
    # near-miss: a jest test ABOUT the refusal, its expectation quoting the gRPC text
    ("jest-expectation-quotes-operation-in-progress", "real",
     "FAIL src/sync.test.ts\n"
     "  ● argocd client › surfaces a concurrent operation\n"
     "    expect(received).toContain(expected) // indexOf\n"
     "    Expected substring: \"rpc error: code = FailedPrecondition desc = another operation is already in progress\"\n"
     "    Received string:    \"sync failed\"\n"
     "Tests:       1 failed, 12 passed, 13 total\n" + _GHA),
    # a package named after a GitOps tool failing its type check
    ("package-named-flux-reconcile-tsc", "real",
     "> flux-reconcile-action@0.3.1 build\n"
     "> tsc -p .\n"
     "src/main.ts(42,17): error TS2339: Property 'timeoutSeconds' does not exist on type 'Inputs'.\n"
     "npm ERR! Lifecycle script `build` failed with error:\n" + _GHA),
]

NOT_SURELY_TRANSIENT: list[tuple[str, str]] = [
    # argo-cd cmd/argocd/commands/app.go ("timed out (%ds) waiting for app %q match desired state"): the app
    # still Progressing when the wait ended; an image that does not start reads the same way
    ("argocd-wait-timed-out-progressing",
     "+ argocd app wait shop-api --sync --health --timeout 300\n"
     "2026-05-04T09:14:02+00:00   apps  Deployment     staging  shop-api    Synced  Progressing\n"
     "time=\"2026-05-04T09:19:02Z\" level=fatal msg=\"timed out (300s) waiting for app \\\"shop-api\\\" match "
     "desired state\"\n" + _GHA20),
    # fluxcd/flux2 cmd/flux/reconcile.go (wait.PollUntilContextTimeout's "context deadline exceeded")
    ("flux-reconcile-context-deadline",
     "+ flux reconcile kustomization apps --timeout 5m\n"
     "► annotating Kustomization apps in flux-system namespace\n"
     "✔ Kustomization annotated\n"
     "◎ waiting for Kustomization reconciliation\n"
     "✗ context deadline exceeded\n" + _GHA),
    # kustomize-controller ("health check failed after %s: %w") with fluxcd/pkg's "timeout waiting for: [...]"
    ("flux-health-check-timeout-in-progress",
     _FLUX_KS +
     "◎ waiting for Kustomization reconciliation\n"
     "✗ Kustomization reconciliation failed: 'health check failed after 5m0.031s: timeout waiting for: "
     "[Deployment/shop/shop-api status: 'InProgress']'\n" + _GHA),
    # helm-controller (fmtUpgradeFailure) with helm's wait deadline
    ("flux-helmrelease-upgrade-deadline",
     "+ flux reconcile helmrelease shop-api -n shop\n"
     "◎ waiting for HelmRelease reconciliation\n"
     "✗ HelmRelease reconciliation failed: 'Helm upgrade failed for release shop/shop-api with chart "
     "shop-api@2.3.0: context deadline exceeded'\n" + _GHA),
    # helmfile's wrapper around helm upgrade --wait past its timeout
    ("helmfile-upgrade-wait-deadline",
     _HELMFILE +
     "Upgrading release=shop-api, chart=charts/shop-api, namespace=shop\n"
     "in ./helmfile.yaml: failed processing release shop-api: command \"/usr/local/bin/helm\" exited with "
     "non-zero status:\n\n"
     "STDERR:\n  Error: UPGRADE FAILED: context deadline exceeded\n" + _GHA),
    # carvel-dev/kapp clusterapply/waiting_changes.go ("Timed out waiting after %s for resources: [%s]")
    ("kapp-timed-out-waiting",
     _KAPP +
     "9:22:05AM:  L ongoing: waiting on pod/shop-api-7c9d8-x2k4q (v1) namespace: shop\n"
     "9:22:05AM:     ^ Pending: ContainerCreating\n"
     "kapp: Error: Timed out waiting after 10m0s for resources: [deployment/shop-api (apps/v1) namespace: "
     "shop]\n" + _GHA),
    # resourcesmisc/apps_v1_deployment.go ("Expected to find replica set (rev %s) in associated resources but
    # did not"): kapp's view of the new ReplicaSet not there yet, or a Deployment it cannot follow
    ("kapp-expected-to-find-replica-set",
     _KAPP +
     "kapp: Error: waiting on reconcile deployment/shop-api (apps/v1) namespace: shop:\n"
     "  Finished unsuccessfully (Error: Failed to find latest replicaset: Expected to find replica set "
     "(rev 12) in associated resources but did not)\n" + _GHA),
    # apps_v1_deployment.go ("Deployment is not progressing: %s (message: %s)") with nothing above it: a slow image
    # pull as well as a container that never gets ready
    ("kapp-not-progressing-deadline-alone",
     _KAPP +
     "kapp: Error: waiting on reconcile deployment/shop-api (apps/v1) namespace: shop:\n"
     "  Finished unsuccessfully (Deployment is not progressing: ProgressDeadlineExceeded (message: ReplicaSet "
     "\"shop-api-7c9d8\" has timed out progressing.))\n" + _GHA),
    # argo-rollouts status.go ("Rollout status watch exceeded timeout")
    ("rollouts-status-watch-timeout",
     _ROLLOUTS +
     "Progressing - more replicas need to be updated\n"
     "Progressing - updated replicas are still becoming available\n"
     "Error: Rollout status watch exceeded timeout\n" + _GHA),
    # rolloututil.go (TimedOutReason "ProgressDeadlineExceeded"): the new pods never became ready
    ("rollouts-progress-deadline-exceeded",
     _ROLLOUTS +
     "Progressing - updated replicas are still becoming available\n"
     "Degraded - ProgressDeadlineExceeded: ReplicaSet \"shop-api-6b9c7\" has timed out progressing.\n"
     "Error: The rollout is in a degraded state with message: ProgressDeadlineExceeded: ReplicaSet "
     "\"shop-api-6b9c7\" has timed out progressing.\n" + _GHA),
    # analysis.go ("Metric \"%s\" assessed %s due to %s") with consecutiveErrorLimit: the metric provider
    # was unreachable (in-cluster Prometheus down, or a wrong address in the template)
    ("rollouts-analysis-error-provider-unreachable",
     _ROLLOUTS +
     "Degraded - RolloutAborted: Rollout aborted update to revision 7: Metric \"success-rate\" assessed "
     "Error due to consecutiveErrors (5) > consecutiveErrorLimit (4): \"Error Message: Post "
     "\\\"http://prometheus.monitoring:9090/api/v1/query\\\": dial tcp 10.0.3.4:9090: connect: connection "
     "refused\"\n"
     "Error: The rollout is in a degraded state with message: RolloutAborted: Rollout aborted update to "
     "revision 7\n" + _GHA),
    # Octopus.Client's task waiter ("One or more tasks did not complete before the timeout was reached. We
    # waited %s minutes for the tasks to complete.")
    ("octo-wait-timeout",
     _OCTO +
     "Waiting for 1 deployment(s) to complete....\n"
     "One or more tasks did not complete before the timeout was reached. We waited 10.0 minutes for the tasks "
     "to complete.\n"
     "Exit code: -1\n" + _GHA),
]


@pytest.mark.parametrize(("verdict", "log"), labelled(CASES))
def test_gitops_cd_message_reads_right(verdict, log):
    reads(log, verdict)


@pytest.mark.parametrize("log", logs(NOT_SURELY_TRANSIENT))
def test_ambiguous_gitops_cd_failures_do_not_read_surely_transient(log):
    not_surely_transient(log)


def test_case_ids_are_unique():
    assert_unique_ids(CASES, NOT_SURELY_TRANSIENT)


# One line of 50,000 characters of each of these words is read by benchmarks/pattern_speed.py,
# which prints the seconds each takes (a guard against patterns that backtrack; a timing is a
# benchmark's, not a test's).
LONG_LINE_WORDS = [
    'level=fatal msg="rpc error: code = NotFound desc = ',
    "application 'shop-api' health state has transitioned from ",
    "===== apps/Deployment staging/",
    "- Resource 'configmap/x (v1) namespace: shop' is already associated with a ",
    "Encountered an error saving pipeline ",
    "health check failed after 5m0.031s",
    "Helm upgrade failed for release shop/api with chart ",
    "kapp: Error: Timed out waiting after ",
    "assessed Error due to consecutiveErrors (5) > ",
    "Error from Octopus Server (HTTP 4",
]
