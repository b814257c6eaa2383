"""Tenth round, tool sources: containers, clusters and CI plumbing.

Each case is a short log written for the test around one message as the tool prints it, read from
the tool's own source (the comment above each case names the repository and the file holding the
format string). Hosts, images, charts, buckets and paths are made up; no project's CI log is copied.

An outage (a registry, chart repository, API server, LFS server, the Actions services or an AWS
endpoint that did not answer, answered 5xx or 429, or cut a transfer short) must read transient; a
persistent cause (a tag, chart or action version that does not exist, credentials refused, an
untrusted certificate, a missing kubeconfig) must read real.
"""

from __future__ import annotations

import pytest
from judging import assert_unique_ids, judge, signatures

_EXIT = "##[error]Process completed with exit code 1.\n"

CASES: list[tuple[str, str, str]] = [
    # ------------------------------------------------------------------ Docker CLI and engine
    # moby/moby vendor/github.com/moby/moby/client/request.go ("Error response from daemon: %w") around
    # Go's net/http client timeout while the daemon reached the registry
    ("docker-pull-request-canceled", "transient",
     "Run docker pull example.org/acme/builder:1.4\n"
     'Error response from daemon: Get "https://example.org/v2/": net/http: request canceled while waiting '
     "for connection (Client.Timeout exceeded while awaiting headers)\n" + _EXIT),
    # moby/moby vendor/github.com/docker/distribution/registry/api/errcode/register.go (TOOMANYREQUESTS)
    ("docker-pull-toomanyrequests", "transient",
     "Unable to find image 'example.org/library/redis:7' locally\n"
     "docker: Error response from daemon: toomanyrequests: You have reached your pull rate limit. You may "
     "increase the limit by authenticating and upgrading: https://example.org/increase-rate-limit.\n"
     "See 'docker run --help'.\n" + _EXIT),
    # moby/moby vendor/github.com/docker/distribution/registry/client/errors.go ("received unexpected HTTP status: %s")
    ("docker-pull-unexpected-503", "transient",
     "1.4: Pulling from acme/builder\n"
     "Error response from daemon: received unexpected HTTP status: 503 Service Unavailable\n" + _EXIT),
    # moby/moby daemon/internal/distribution/pull_v2.go ("error pulling image configuration: ",
    # "download failed after attempts=%d")
    ("docker-pull-config-attempts", "transient",
     "1.4: Pulling from acme/builder\n"
     "3f4a9c2d1b7e: Pulling fs layer\n"
     "docker: error pulling image configuration: download failed after attempts=6: dial tcp 203.0.113.7:443: "
     "i/o timeout.\n" + _EXIT),
    # moby/moby daemon/internal/distribution/xfer/download.go ("Retrying in %d second%s"); the CLI prints
    # the transfer's last error on its own line
    ("docker-pull-layer-unexpected-eof", "transient",
     "1.4: Pulling from acme/builder\n"
     "3f4a9c2d1b7e: Retrying in 3 seconds\n"
     "3f4a9c2d1b7e: Retrying in 2 seconds\n"
     "3f4a9c2d1b7e: Retrying in 1 second\n"
     "unexpected EOF\n" + _EXIT),
    # moby/moby vendor/github.com/containerd/containerd/v2/core/remotes/errors/errors.go ("unexpected status
    # from %s request to %s: %s") under buildkit's "failed to resolve source metadata for %s"
    ("buildkit-resolve-503", "transient",
     "#2 [internal] load metadata for example.org/library/node:20\n"
     "#2 ERROR: unexpected status from HEAD request to https://example.org/v2/library/node/manifests/20: "
     "503 Service Unavailable\n"
     "ERROR: failed to solve: example.org/library/node:20: failed to resolve source metadata for "
     "example.org/library/node:20: unexpected status from HEAD request to "
     "https://example.org/v2/library/node/manifests/20: 503 Service Unavailable\n" + _EXIT),
    # moby/moby vendor/github.com/containerd/containerd/v2/core/remotes/docker/authorizer.go
    # ("failed to fetch anonymous token: %w")
    ("buildkit-anonymous-token-timeout", "transient",
     "#3 [internal] load metadata for example.org/library/python:3.12\n"
     'ERROR: failed to solve: failed to fetch anonymous token: Get "https://auth.example.org/token?scope=repository'
     '%3Alibrary%2Fpython%3Apull&service=registry.example.org": dial tcp 203.0.113.7:443: i/o timeout\n' + _EXIT),
    # same file ("failed to fetch oauth token: %w") around the remotes' unexpected status
    ("buildkit-oauth-token-502", "transient",
     "#4 [internal] load metadata for example.org/acme/base:2\n"
     "ERROR: failed to solve: failed to authorize: failed to fetch oauth token: unexpected status from POST "
     "request to https://auth.example.org/token: 502 Bad Gateway\n" + _EXIT),
    # moby/moby vendor/github.com/docker/distribution/registry/client/errors.go ("error parsing HTTP %d
    # response body: %s: %q") when a proxy answered a push with its own page
    ("docker-push-parse-502", "transient",
     "The push refers to repository [example.org/acme/api]\n"
     "5d3c1b2a9f8e: Pushing  12.3MB/48.1MB\n"
     "error parsing HTTP 502 response body: invalid character '<' looking for beginning of value: "
     '"<html><body>upstream went away</body></html>"\n' + _EXIT),
    # moby/moby vendor/github.com/moby/moby/client/request.go around the registry login probe
    ("docker-login-deadline", "transient",
     "Run docker login example.org -u ci-bot --password-stdin\n"
     'Error response from daemon: Get "https://example.org/v2/": context deadline exceeded\n' + _EXIT),
    # moby/moby daemon/internal/distribution/errors.go ("pull access denied for %s, repository does not exist
    # or may require 'docker login'")
    ("docker-pull-access-denied", "real",
     "Unable to find image 'acme/widgit:1.0' locally\n"
     "docker: Error response from daemon: pull access denied for acme/widgit, repository does not exist or "
     "may require 'docker login': denied: requested access to the resource is denied.\n"
     "See 'docker run --help'.\n" + _EXIT),
    # moby/moby vendor/github.com/docker/distribution/registry/api/v2/errors.go ("manifest unknown")
    ("docker-pull-manifest-unknown", "real",
     "Run docker pull example.org/acme/widget:9.9.9\n"
     "Error response from daemon: manifest for example.org/acme/widget:9.9.9 not found: manifest unknown: "
     "manifest unknown\n" + _EXIT),
    # moby/moby vendor/github.com/moby/moby/client/request.go around the registry's 401 on login
    ("docker-login-unauthorized", "real",
     "Run docker login example.org -u ci-bot --password-stdin\n"
     'Error response from daemon: Get "https://example.org/v2/": unauthorized: incorrect username or password\n'
     + _EXIT),
    # moby/moby vendor/github.com/moby/moby/client/request.go around Go's x509 error
    ("docker-login-x509", "real",
     "Run docker login registry.example.org\n"
     'Error response from daemon: Get "https://registry.example.org/v2/": tls: failed to verify certificate: '
     "x509: certificate signed by unknown authority\n" + _EXIT),
    # moby/moby vendor/github.com/moby/buildkit/client/llb/sourceresolver/imageresolver.go
    ("buildkit-resolve-not-found", "real",
     "#2 [internal] load metadata for example.org/acme/base:9.9\n"
     "ERROR: failed to solve: example.org/acme/base:9.9: failed to resolve source metadata for "
     "example.org/acme/base:9.9: example.org/acme/base:9.9: not found\n" + _EXIT),
    # moby/moby vendor/github.com/containerd/containerd/v2/core/remotes/docker/authorizer.go with a 403
    ("buildkit-oauth-token-403", "real",
     "#4 [internal] load metadata for example.org/acme/private:2\n"
     "ERROR: failed to solve: failed to authorize: failed to fetch oauth token: unexpected status from GET "
     "request to https://auth.example.org/token?scope=repository%3Aacme%2Fprivate%3Apull: 403 Forbidden\n"
     + _EXIT),
    # ------------------------------------------------------------------ containers/image (podman, skopeo, buildah)
    # containers/image docker/docker_client.go ("pinging container registry %s: %w"), copy/copy.go
    # ("initializing source %s: %w")
    ("podman-pinging-timeout", "transient",
     "Trying to pull example.org/acme/widget:1.0...\n"
     "Error: initializing source docker://example.org/acme/widget:1.0: pinging container registry example.org: "
     'Get "https://example.org/v2/": dial tcp 203.0.113.7:443: i/o timeout\n' + _EXIT),
    # containers/image docker/docker_client.go ("fetching blob: %w"), docker/distribution_error.go
    # ("received unexpected HTTP status: %s")
    ("skopeo-fetching-blob-502", "transient",
     "Getting image source signatures\n"
     "Copying blob sha256:4e1f0c2b\n"
     "Error: copying system image from manifest list: reading blob sha256:4e1f0c2b: fetching blob: "
     "received unexpected HTTP status: 502 Bad Gateway\n" + _EXIT),
    # containers/image copy/blob.go ("happened during read: %w")
    ("podman-happened-during-read", "transient",
     "Copying blob sha256:9a8b7c6d\n"
     "Error: copying system image from manifest list: writing blob: storing blob to file "
     '"/var/tmp/storage123/1": happened during read: unexpected EOF\n' + _EXIT),
    # containers/image docker/errors.go ("StatusCode: %d, %q") and containers/common pkg/retry
    # ("Failed, retrying in %s ... (%d/%d). Error: %v")
    ("podman-statuscode-503-retries", "transient",
     "Trying to pull example.org/acme/widget:1.0...\n"
     'WARN[0002] Failed, retrying in 1s ... (1/3). Error: initializing source docker://example.org/acme/widget:1.0: '
     'reading manifest 1.0 in example.org/acme/widget: StatusCode: 503, "<html><body>busy</body></html>"\n'
     'Error: initializing source docker://example.org/acme/widget:1.0: reading manifest 1.0 in '
     'example.org/acme/widget: StatusCode: 503, "<html><body>busy</body></html>"\n' + _EXIT),
    # containers/image docker/docker_client.go ("reading manifest %s in %s: %w") with "manifest unknown"
    ("podman-manifest-unknown", "real",
     "Trying to pull example.org/acme/widget:9.9...\n"
     "Error: initializing source docker://example.org/acme/widget:9.9: reading manifest 9.9 in "
     "example.org/acme/widget: manifest unknown\n" + _EXIT),
    # same, with the registry's "unauthorized" errcode
    ("podman-manifest-unauthorized", "real",
     "Trying to pull example.org/acme/private:1...\n"
     "Error: initializing source docker://example.org/acme/private:1: reading manifest 1 in "
     "example.org/acme/private: unauthorized: access to the requested resource is not authorized\n" + _EXIT),
    # containers/image docker/docker_image_dest.go ("writing blob %s: %w") on a refused push
    ("buildah-push-denied", "real",
     "Getting image source signatures\n"
     "Copying blob sha256:0c1d2e3f\n"
     "Error: writing blob: initiating layer upload to /v2/acme/api/blobs/uploads/ in example.org: "
     "requested access to the resource is denied\n" + _EXIT),
    # ------------------------------------------------------------------ Helm
    # helm/helm pkg/cmd/repo_add.go ("looks like %q is not a valid chart repository or cannot be reached: %w"),
    # pkg/getter/httpgetter.go ("failed to fetch %s : %s")
    ("helm-repo-add-503", "transient",
     "Run helm repo add acme https://charts.example.org/stable\n"
     'Error: looks like "https://charts.example.org/stable" is not a valid chart repository or cannot be reached: '
     "failed to fetch https://charts.example.org/stable/index.yaml : 503 Service Unavailable\n" + _EXIT),
    ("helm-repo-add-500", "transient",
     "Run helm repo add acme https://charts.example.org/stable\n"
     'Error: looks like "https://charts.example.org/stable" is not a valid chart repository or cannot be reached: '
     "failed to fetch https://charts.example.org/stable/index.yaml : 500 Internal Server Error\n" + _EXIT),
    ("helm-repo-add-dial-timeout", "transient",
     "Run helm repo add acme https://charts.example.org/stable\n"
     'Error: looks like "https://charts.example.org/stable" is not a valid chart repository or cannot be reached: '
     'Get "https://charts.example.org/stable/index.yaml": dial tcp 203.0.113.7:443: connect: connection timed out\n'
     + _EXIT),
    # helm/helm pkg/cmd/repo_update.go ("...Unable to get an update from the %q chart repository (%s):\n\t%s",
    # "failed to update the following repositories: %s")
    ("helm-repo-update-502", "transient",
     "Hang tight while we grab the latest from your chart repositories...\n"
     '...Successfully got an update from the "base" chart repository\n'
     '...Unable to get an update from the "acme" chart repository (https://charts.example.org):\n'
     "\tfailed to fetch https://charts.example.org/index.yaml : 502 Bad Gateway\n"
     "Error: failed to update the following repositories: [https://charts.example.org]\n" + _EXIT),
    # helm/helm pkg/kube/client.go ("kubernetes cluster unreachable: %w"), pkg/cmd/install.go
    ("helm-install-cluster-unreachable", "transient",
     "Run helm upgrade --install api ./charts/api\n"
     'Error: INSTALLATION FAILED: kubernetes cluster unreachable: Get "https://203.0.113.7:6443/version": '
     "dial tcp 203.0.113.7:6443: i/o timeout\n" + _EXIT),
    ("helm-repo-add-404", "real",
     "Run helm repo add acme https://charts.example.org/stabel\n"
     'Error: looks like "https://charts.example.org/stabel" is not a valid chart repository or cannot be reached: '
     "failed to fetch https://charts.example.org/stabel/index.yaml : 404 Not Found\n" + _EXIT),
    ("helm-repo-add-401", "real",
     "Run helm repo add acme https://charts.example.org/private\n"
     'Error: looks like "https://charts.example.org/private" is not a valid chart repository or cannot be reached: '
     "failed to fetch https://charts.example.org/private/index.yaml : 401 Unauthorized\n" + _EXIT),
    # helm/helm pkg/downloader/chart_downloader.go ("chart %q matching %s not found in %s index. (try 'helm repo
    # update'): %w")
    ("helm-chart-version-not-found", "real",
     "Run helm pull acme/widget --version 9.9.9\n"
     "Error: chart \"widget\" matching 9.9.9 not found in acme index. (try 'helm repo update'): "
     "no chart version found for widget-9.9.9\n" + _EXIT),
    # helm/helm pkg/downloader/chart_downloader.go ("no cached repo found. (try 'helm repo update'): %w")
    ("helm-no-cached-repo", "real",
     "Run helm pull acme/widget\n"
     "Error: no cached repo found. (try 'helm repo update'): open /home/runner/.cache/helm/repository/"
     "acme-index.yaml: no such file or directory\n" + _EXIT),
    # helm/helm pkg/repo/v1/chartrepo.go with an index that is not YAML
    ("helm-repo-add-not-an-index", "real",
     "Run helm repo add acme https://example.org/charts\n"
     'Error: looks like "https://example.org/charts" is not a valid chart repository or cannot be reached: '
     "error converting YAML to JSON: yaml: line 7: mapping values are not allowed in this context\n" + _EXIT),
    ("helm-repo-add-x509", "real",
     "Run helm repo add acme https://charts.example.org\n"
     'Error: looks like "https://charts.example.org" is not a valid chart repository or cannot be reached: '
     'Get "https://charts.example.org/index.yaml": tls: failed to verify certificate: x509: certificate signed '
     "by unknown authority\n" + _EXIT),
    # ------------------------------------------------------------------ kubectl and client-go
    # kubernetes/kubectl pkg/cmd/util/helpers.go ("Unable to connect to the server: %v")
    ("kubectl-unable-to-connect-timeout", "transient",
     "Run kubectl apply -f deploy/\n"
     "Unable to connect to the server: dial tcp 203.0.113.7:443: i/o timeout\n" + _EXIT),
    ("kubectl-unable-to-connect-tls-timeout", "transient",
     "Run kubectl get pods -n staging\n"
     "Unable to connect to the server: net/http: TLS handshake timeout\n" + _EXIT),
    # kubernetes/kubectl pkg/cmd/util/helpers.go ("Error from server (%s): %s") with
    # kubernetes/apimachinery pkg/api/errors/errors.go's generic messages
    ("kubectl-service-unavailable", "transient",
     "Run kubectl rollout status deployment/api\n"
     "Error from server (ServiceUnavailable): the server is currently unable to handle the request "
     "(get deployments.apps api)\n" + _EXIT),
    ("kubectl-server-timeout", "transient",
     "Run kubectl apply -f deploy/\n"
     "Error from server (Timeout): error when creating \"deploy/api.yaml\": the server was unable to return a "
     "response in the time allotted, but may still be processing the request (post deployments.apps)\n" + _EXIT),
    ("kubectl-too-many-requests", "transient",
     "Run kubectl get nodes\n"
     "Error from server (TooManyRequests): the server has received too many requests and has asked us to try "
     "again later (get nodes)\n" + _EXIT),
    ("kubectl-etcd-timeout", "transient",
     "Run kubectl apply -f deploy/\n"
     'Error from server: error when creating "deploy/cm.yaml": etcdserver: request timed out\n' + _EXIT),
    ("kubectl-error-on-the-server", "transient",
     "Run kubectl get pods -A\n"
     "Error from server (InternalError): an error on the server (\"<html><body>upstream connect error"
     "</body></html>\") has prevented the request from succeeding (get pods)\n" + _EXIT),
    # kubernetes/kubectl pkg/cmd/util/helpers.go ("The connection to the server %s was refused - did you specify
    # the right host or port?"): localhost:8080 is kubectl's default when no kubeconfig was set up
    ("kubectl-no-kubeconfig", "real",
     "Run kubectl get pods\n"
     "The connection to the server localhost:8080 was refused - did you specify the right host or port?\n"
     + _EXIT),
    # kubernetes/kubectl pkg/cmd/util/helpers.go ("error: You must be logged in to the server (%s)")
    ("kubectl-not-logged-in", "real",
     "Run kubectl get pods\n"
     "error: You must be logged in to the server (Unauthorized)\n" + _EXIT),
    ("kubectl-forbidden", "real",
     "Run kubectl get pods -n prod\n"
     'Error from server (Forbidden): pods is forbidden: User "system:serviceaccount:ci:deployer" cannot list '
     'resource "pods" in API group "" in the namespace "prod"\n' + _EXIT),
    ("kubectl-not-found", "real",
     "Run kubectl rollout restart deployment/widget\n"
     'Error from server (NotFound): deployments.apps "widget" not found\n' + _EXIT),
    ("kubectl-x509", "real",
     "Run kubectl get pods\n"
     "Unable to connect to the server: tls: failed to verify certificate: x509: certificate signed by unknown "
     "authority\n" + _EXIT),
    # ------------------------------------------------------------------ git-lfs
    # git-lfs/git-lfs tq/api.go ("batch response"), lfshttp/errors.go ("Server error %s from HTTP %d"),
    # commands/command_fetch.go ("error: failed to fetch some objects from '%s'")
    ("lfs-batch-server-error-502", "transient",
     "Run git lfs pull\n"
     "batch response: Server error https://example.org/acme/assets.git/info/lfs/objects/batch from HTTP 502\n"
     "error: failed to fetch some objects from 'https://example.org/acme/assets.git/info/lfs'\n" + _EXIT),
    # lfshttp/errors.go ("Rate limit exceeded: %s")
    ("lfs-batch-rate-limit", "transient",
     "Run git lfs pull\n"
     "batch response: Rate limit exceeded: https://example.org/acme/assets.git/info/lfs/objects/batch\n"
     "error: failed to fetch some objects from 'https://example.org/acme/assets.git/info/lfs'\n" + _EXIT),
    # commands/command_smudge.go ("Error downloading object: %s (%s): %s"), errors/types.go ("Smudge error"),
    # lfshttp/errors.go ("Server error: %s"), commands/commands.go ("Errors logged to '%s'.")
    ("lfs-smudge-server-error", "transient",
     "Downloading assets/logo.png (24 KB)\n"
     "Error downloading object: assets/logo.png (3f2a1b0): Smudge error: Error downloading assets/logo.png "
     "(3f2a1b0c9d8e7f6a): batch response: Server error: https://example.org/acme/app.git/info/lfs/objects/batch\n"
     "\n"
     "Errors logged to '/home/runner/work/app/app/.git/lfs/logs/20240101T101010.log'.\n"
     "Use `git lfs logs last` to view the log.\n"
     "error: external filter 'git-lfs filter-process' failed\n"
     "fatal: assets/logo.png: smudge filter lfs failed\n" + _EXIT),
    # tq/api.go ("batch request") around Go's dial error
    ("lfs-batch-dial-timeout", "transient",
     "Run git lfs fetch origin\n"
     'batch response: Post "https://example.org/acme/assets.git/info/lfs/objects/batch": dial tcp '
     "203.0.113.7:443: connect: connection timed out\n"
     "error: failed to fetch some objects from 'https://example.org/acme/assets.git/info/lfs'\n" + _EXIT),
    # lfshttp/errors.go ("Repository or object not found: %s\nCheck that it exists and that you have proper
    # access to it")
    ("lfs-batch-not-found", "real",
     "Run git lfs pull\n"
     "batch response: Repository or object not found: https://example.org/acme/assets.git/info/lfs/objects/batch\n"
     "Check that it exists and that you have proper access to it\n"
     "error: failed to fetch some objects from 'https://example.org/acme/assets.git/info/lfs'\n" + _EXIT),
    # lfshttp/errors.go ("Authorization error: %s\nCheck that you have proper access to the repository")
    ("lfs-batch-authorization", "real",
     "Run git lfs push origin main\n"
     "batch response: Authorization error: https://example.org/acme/assets.git/info/lfs/objects/batch\n"
     "Check that you have proper access to the repository\n"
     "error: failed to push some refs to 'https://example.org/acme/assets.git'\n" + _EXIT),
    # lfshttp/errors.go passes the server's own message through (a hosting's data quota)
    ("lfs-over-data-quota", "real",
     "Run git lfs pull\n"
     "batch response: This repository is over its data quota. Account responsible for LFS bandwidth should "
     "purchase more data packs to restore access.\n"
     "error: failed to fetch some objects from 'https://example.org/acme/assets.git/info/lfs'\n" + _EXIT),
    # lfshttp/errors.go ("Bandwidth limit exceeded: %s", HTTP 509)
    ("lfs-bandwidth-limit", "real",
     "Run git lfs pull\n"
     "batch response: Bandwidth limit exceeded: https://example.org/acme/assets.git/info/lfs/objects/batch\n"
     "error: failed to fetch some objects from 'https://example.org/acme/assets.git/info/lfs'\n" + _EXIT),
    # creds/creds.go ("Git credentials for %s not found")
    ("lfs-no-credentials", "real",
     "Run git lfs push origin main\n"
     "Git credentials for https://example.org/acme/assets.git not found.\n"
     "error: failed to push some refs to 'https://example.org/acme/assets.git'\n" + _EXIT),
    # ------------------------------------------------------------------ GitHub Actions toolkit
    # actions/toolkit packages/tool-cache/src/tool-cache.ts ("Unexpected HTTP response: ${httpStatusCode}"),
    # packages/tool-cache/src/retry-helper.ts ("Waiting ${seconds} seconds before trying again")
    ("toolcache-unexpected-503", "transient",
     "Run actions/setup-widget@v3\n"
     "Attempting to download 1.2.3...\n"
     "Waiting 14 seconds before trying again\n"
     "Waiting 11 seconds before trying again\n"
     "##[error]Unexpected HTTP response: 503\n"),
    ("toolcache-unexpected-429", "transient",
     "Run actions/setup-widget@v3\n"
     "Attempting to download 1.2.3...\n"
     "Waiting 17 seconds before trying again\n"
     "##[error]Unexpected HTTP response: 429\n"),
    ("toolcache-unexpected-404", "real",
     "Run actions/setup-widget@v3\n"
     "Attempting to download 9.9.9...\n"
     "##[error]Unexpected HTTP response: 404\n"),
    # packages/artifact/src/internal/shared/errors.ts ("Unable to make request: ${code}\nIf you are using
    # self-hosted runners, ...")
    ("artifact-unable-to-make-request-enotfound", "transient",
     "Run actions/upload-artifact@v4\n"
     "With the provided path, there will be 12 files uploaded\n"
     "##[error]Unable to make request: ENOTFOUND\n"
     "If you are using self-hosted runners, please make sure your runner has access to all GitHub endpoints: "
     "https://docs.example.org/self-hosted-runners#communication\n"),
    # packages/artifact/src/internal/shared/artifact-twirp-client.ts ("Attempt ${n} of ${max} failed with error:
    # ${msg}. Retrying request in ${ms} ms...", "Failed to make request after ${max} attempts: ${msg}")
    ("artifact-twirp-attempts-503", "transient",
     "Run actions/upload-artifact@v4\n"
     "Attempt 1 of 5 failed with error: Failed request: (503) Service Unavailable. Retrying request in 3000 ms...\n"
     "Attempt 4 of 5 failed with error: Failed request: (503) Service Unavailable. Retrying request in 9110 ms...\n"
     "##[error]Failed to CreateArtifact: Failed to make request after 5 attempts: Failed request: (503) "
     "Service Unavailable\n"),
    # packages/artifact/src/internal/download/download-artifact.ts ("Artifact download failed after
    # ${retryCount} retries.")
    ("artifact-download-retries", "transient",
     "Run actions/download-artifact@v4\n"
     "Downloading single artifact\n"
     "##[error]Unable to download artifact(s): Artifact download failed after 5 retries.\n"),
    # artifact-twirp-client.ts ("Received non-retryable error: ${msg}") with a 409
    ("artifact-non-retryable-409", "real",
     "Run actions/upload-artifact@v4\n"
     "##[error]Failed to CreateArtifact: Received non-retryable error: Failed request: (409) Conflict: an "
     "artifact with this name already exists on the workflow run\n"),
    # ------------------------------------------------------------------ GitHub Actions runner
    # actions/runner src/Runner.Worker/ActionManager.cs ("Failed to resolve action download info. Error: {0}",
    # "Retrying in {0} seconds", FailedToResolveActionDownloadInfoException)
    ("runner-resolve-download-info", "transient",
     "Prepare all required actions\n"
     "Getting action download info\n"
     "Failed to resolve action download info. Error: Response status code does not indicate success: "
     "503 (Service Unavailable).\n"
     "Retrying in 16.2 seconds\n"
     "Failed to resolve action download info. Error: The SSL connection could not be established, see inner "
     "exception.\n"
     "Retrying in 23.7 seconds\n"
     "##[error]Failed to resolve action download info.\n"),
    # same file ("Failed to download action '{0}'. Error: {1}", "Back off {0} seconds before retry.",
    # "Failed to download archive '{0}' after {1} attempts.")
    ("runner-download-archive-attempts", "transient",
     "Download action repository 'acme/setup-widget@v3' (SHA:0123456789abcdef)\n"
     "##[warning]Failed to download action 'https://api.example.org/repos/acme/setup-widget/tarball/0123456'. "
     "Error: Response status code does not indicate success: 502 (Bad Gateway).\n"
     "##[warning]Back off 21.4 seconds before retry.\n"
     "##[error]Failed to download archive 'https://api.example.org/repos/acme/setup-widget/tarball/0123456' "
     "after 3 attempts.\n"),
    # same file ("Action '{0}' didn't finish download within {1} seconds.")
    ("runner-action-download-timeout", "transient",
     "Download action repository 'acme/setup-widget@v3' (SHA:0123456789abcdef)\n"
     "##[warning]Action 'https://api.example.org/repos/acme/setup-widget/tarball/0123456' didn't finish download "
     "within 300 seconds.\n"
     "##[warning]Back off 14.0 seconds before retry.\n"
     "##[error]Failed to download archive 'https://api.example.org/repos/acme/setup-widget/tarball/0123456' "
     "after 3 attempts.\n"),
    # src/Runner.Worker/ContainerOperationProvider.cs ("Docker pull failed with exit code {0}, back off {1}
    # seconds before retry.", "Docker pull failed with exit code {0}") after the daemon's own words
    ("runner-job-container-pull-timeout", "transient",
     "Pull down action image 'example.org/acme/ci:2'\n"
     '/usr/bin/docker pull example.org/acme/ci:2\n'
     'Error response from daemon: Get "https://example.org/v2/": net/http: request canceled while waiting for '
     "connection (Client.Timeout exceeded while awaiting headers)\n"
     "##[warning]Docker pull failed with exit code 1, back off 6.3 seconds before retry.\n"
     'Error response from daemon: Get "https://example.org/v2/": net/http: request canceled while waiting for '
     "connection (Client.Timeout exceeded while awaiting headers)\n"
     "##[error]Docker pull failed with exit code 1\n"),
    ("runner-job-container-pull-manifest-unknown", "real",
     "/usr/bin/docker pull example.org/acme/ci:9\n"
     "Error response from daemon: manifest for example.org/acme/ci:9 not found: manifest unknown: manifest unknown\n"
     "##[warning]Docker pull failed with exit code 1, back off 4.1 seconds before retry.\n"
     "Error response from daemon: manifest for example.org/acme/ci:9 not found: manifest unknown: manifest unknown\n"
     "##[error]Docker pull failed with exit code 1\n"),
    # the Actions service's answer the runner prints ("Unable to resolve action `...`, unable to find version")
    ("runner-unable-to-resolve-version", "real",
     "Prepare all required actions\n"
     "Getting action download info\n"
     "##[error]Unable to resolve action `acme/setup-widget@v9`, unable to find version `v9`\n"),
    ("runner-unable-to-resolve-repository", "real",
     "Prepare all required actions\n"
     "Getting action download info\n"
     "##[error]Unable to resolve action `acme/setup-wigdet@v1`, repository not found\n"),
    # src/Runner.Worker/ActionNotFoundException.cs ("An action could not be found at the URI '{0}'")
    ("runner-action-not-found-uri", "real",
     "Download action repository 'acme/setup-widget@v1' (SHA:0123456789abcdef)\n"
     "##[error]An action could not be found at the URI 'https://api.example.org/repos/acme/setup-widget/tarball/"
     "0123456'\n"),
    # src/Runner.Worker/ActionManager.cs ("Can't find 'action.yml', 'action.yaml' or 'Dockerfile' under '{0}'.
    # Did you forget to run actions/checkout before running your local action?")
    ("runner-local-action-missing", "real",
     "Run ./.github/actions/build\n"
     "##[error]Can't find 'action.yml', 'action.yaml' or 'Dockerfile' under '/home/runner/work/app/app/.github/"
     "actions/build'. Did you forget to run actions/checkout before running your local action?\n"),
    # ------------------------------------------------------------------ actions/checkout
    # actions/checkout src/retry-helper.ts ("Waiting ${seconds} seconds before trying again") around git's words
    ("checkout-fetch-502-retries", "transient",
     "Fetching the repository\n"
     "/usr/bin/git -c protocol.version=2 fetch --no-tags --prune --no-recurse-submodules --depth=1 origin "
     "+0123456789abcdef:refs/remotes/origin/main\n"
     "fatal: unable to access 'https://example.org/acme/app/': The requested URL returned error: 502\n"
     "The process '/usr/bin/git' failed with exit code 128\n"
     "Waiting 13 seconds before trying again\n"
     "fatal: unable to access 'https://example.org/acme/app/': The requested URL returned error: 502\n"
     "##[error]The process '/usr/bin/git' failed with exit code 128\n"),
    # actions/checkout src/ref-helper.ts ("A branch or tag with the name '${ref}' could not be found")
    ("checkout-ref-not-found", "real",
     "Determining the checkout info\n"
     "##[error]A branch or tag with the name 'release-9' could not be found\n"),
    ("checkout-private-without-token", "real",
     "Fetching the repository\n"
     "fatal: could not read Username for 'https://example.org': terminal prompts disabled\n"
     "The process '/usr/bin/git' failed with exit code 128\n"
     "Waiting 19 seconds before trying again\n"
     "fatal: could not read Username for 'https://example.org': terminal prompts disabled\n"
     "##[error]The process '/usr/bin/git' failed with exit code 128\n"),
    # ------------------------------------------------------------------ AWS CLI and botocore
    # aws/aws-cli awscli/customizations/s3/results.py ("{transfer_type} failed: {transfer_location} {exception}"),
    # boto/botocore botocore/exceptions.py ('Could not connect to the endpoint URL: "{endpoint_url}"')
    ("aws-s3-upload-endpoint", "transient",
     "Run aws s3 cp dist/app.zip s3://acme-artifacts/app.zip\n"
     "upload failed: dist/app.zip to s3://acme-artifacts/app.zip Could not connect to the endpoint URL: "
     '"https://acme-artifacts.s3.example.org/app.zip?uploads"\n' + _EXIT),
    # boto/botocore botocore/exceptions.py (ClientError's "An error occurred ({error_code}) when calling the
    # {operation_name} operation{retry_info}: {error_message}"), botocore/retries/standard.py (throttled codes)
    ("aws-throttling", "transient",
     "Run aws cloudformation describe-stacks --stack-name api\n"
     "An error occurred (Throttling) when calling the DescribeStacks operation (reached max retries: 4): "
     "Rate exceeded\n" + _EXIT),
    ("aws-prior-request-not-complete", "transient",
     "Run aws route53 change-resource-record-sets --hosted-zone-id Z123 --change-batch file://dns.json\n"
     "An error occurred (PriorRequestNotComplete) when calling the ChangeResourceRecordSets operation "
     "(reached max retries: 4): The request was rejected because Route 53 was still processing a prior request.\n"
     + _EXIT),
    ("aws-ec2-throttled", "transient",
     "Run aws ecs update-service --cluster ci --service api --force-new-deployment\n"
     "An error occurred (EC2ThrottledException) when calling the UpdateService operation (reached max retries: "
     "4): Request was throttled.\n" + _EXIT),
    # botocore/exceptions.py ('Connection was closed before we received a valid response from endpoint URL:
    # "{endpoint_url}".')
    ("aws-connection-closed", "transient",
     "Run aws s3 sync build/ s3://acme-site/\n"
     "upload: build/index.html to s3://acme-site/index.html\n"
     "upload failed: build/app.js to s3://acme-site/app.js Connection was closed before we received a valid "
     'response from endpoint URL: "https://acme-site.s3.example.org/app.js".\n' + _EXIT),
    # botocore/exceptions.py ("An error occurred while reading from response stream: {error}")
    ("aws-response-stream", "transient",
     "Run aws s3 cp s3://acme-cache/deps.tar.gz .\n"
     "download failed: s3://acme-cache/deps.tar.gz to ./deps.tar.gz An error occurred while reading from "
     "response stream: ('Connection broken: IncompleteRead(0 bytes read, 1024 more expected)', "
     "IncompleteRead(0 bytes read, 1024 more expected))\n" + _EXIT),
    ("aws-access-denied", "real",
     "Run aws s3 cp dist/app.zip s3://acme-artifacts/app.zip\n"
     "upload failed: dist/app.zip to s3://acme-artifacts/app.zip An error occurred (AccessDenied) when calling "
     "the PutObject operation: Access Denied\n" + _EXIT),
    # botocore/exceptions.py ("Unable to locate credentials")
    ("aws-no-credentials", "real",
     "Run aws s3 ls s3://acme-artifacts\n"
     'Unable to locate credentials. You can configure credentials by running "aws configure".\n' + _EXIT),
    ("aws-expired-token", "real",
     "Run aws sts get-caller-identity\n"
     "An error occurred (ExpiredToken) when calling the GetCallerIdentity operation: The security token "
     "included in the request is expired\n" + _EXIT),
    ("aws-invalid-access-key", "real",
     "Run aws s3 ls s3://acme-artifacts\n"
     "An error occurred (InvalidAccessKeyId) when calling the ListObjectsV2 operation: The AWS Access Key Id "
     "you provided does not exist in our records.\n" + _EXIT),
    # aws/aws-cli awscli/customizations/s3/results.py ("fatal error: {exception}") with a 404
    ("aws-head-object-404", "real",
     "Run aws s3 cp s3://acme-artifacts/builds/app-1.2.3.zip .\n"
     "fatal error: An error occurred (404) when calling the HeadObject operation: Key "
     '"builds/app-1.2.3.zip" does not exist\n' + _EXIT),
    ("aws-no-such-bucket", "real",
     "Run aws s3 sync build/ s3://acme-sitee/\n"
     "fatal error: An error occurred (NoSuchBucket) when calling the ListObjectsV2 operation: The specified "
     "bucket does not exist\n" + _EXIT),
    # botocore/exceptions.py ("SSL validation failed for {endpoint_url} {error}")
    ("aws-ssl-validation", "real",
     "Run aws s3 ls s3://acme-artifacts --endpoint-url https://s3.example.org\n"
     "SSL validation failed for https://s3.example.org/acme-artifacts?list-type=2 [SSL: CERTIFICATE_VERIFY_FAILED] "
     "certificate verify failed: unable to get local issuer certificate (_ssl.c:1006)\n" + _EXIT),
]


@pytest.mark.parametrize(("verdict", "log"), [(v, log) for _, v, log in CASES], ids=[c[0] for c in CASES])
def test_tool_message_reads_right(verdict, log):
    v = judge(log)
    assert v.verdict == verdict, v.rationale


def test_a_bare_unexpected_eof_without_dockers_layer_retries_is_not_a_pull_cut_short():
    # Go's io.ErrUnexpectedEOF printed alone by some other tool: no docker pull retried a layer above it
    log = "Run ./bin/gen-fixtures\nunexpected EOF\n" + _EXIT
    assert "docker-layer-cut-short" not in signatures(judge(log))


def test_case_ids_are_unique():
    assert_unique_ids(CASES)


# One line of 50,000 characters of each of these words is read by benchmarks/pattern_speed.py,
# which prints the seconds each takes (a guard against patterns that backtrack; a timing is a
# benchmark's, not a test's).
LONG_LINE_WORDS = [
    "Error response from daemon: unexpected EOF ",
    "error parsing HTTP 502 response body: ",
    "batch response: Server error https://example.org/x from HTTP 502 ",
    "Unexpected HTTP response: 503 ",
    "Failed to download archive 'https://example.org/x' after 3 attempts. ",
    "An error occurred (EC2ThrottledException) when calling the X operation ",
    "The connection to the server localhost:8080 was refused ",
    "looks like \"https://example.org\" is not a valid chart repository or cannot be reached: ",
    "failed to fetch https://example.org/index.yaml : 5",
    "an error on the server (\"x) has prevented the request ",
    "failed to resolve source metadata for example.org/a:1: ",
    "pods is forbidden: User \"x cannot list resource ",
    "Unable to make request: ENOTFOUND Unexpected HTTP response: 429 ",
    "An error occurred (Throttling when calling ",
    "the server was unable to return a response in the time ",
    "is over its data quota bandwidth limit exceeded: ",
    "3f4a9c2d1b7e: Retrying in 1 second unexpected EOF ",
]
