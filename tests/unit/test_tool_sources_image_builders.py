"""Seventeenth round, tool sources: container image builders other than a plain ``docker build``.

Covered: kaniko's executor (``error building image``, ``error resolving dockerfile path``, its push
and push-permission check through go-containerregistry), Buildah and Podman building and pushing
(``Error: creating build container``, ``building at STEP``, ``writing blob``, storage and user
namespace errors, short-name resolution), ko (``ko build``/``ko resolve``), Jib (Maven and Gradle:
``Build image failed``, its ``I/O error for image`` report and its registry error wording), Cloud
Native Buildpacks' ``pack build`` and the lifecycle (``executing lifecycle``, the detector's "No
buildpack groups passed detection", the exporter), Paketo's dependency resolution, Nixpacks, Depot,
``docker buildx`` with a remote or container BuildKit (``failed to receive status``, ``failed to
solve``, ``failed to compute cache key``, Dockerfile parse errors, pushes), crane and skopeo copies.
The plain Docker daemon's pulls and pushes, containers/image's pull errors as podman shows them,
BuildKit's resolve 503 and token errors, a registry cache export and a missing ``COPY`` source with a
cache import warning are in test_tool_sources_containers.py and test_tool_sources_vcs_checkout_cache.py;
Earthly's and Dagger's engine crashes in test_tool_sources_build_systems.py; emulated (QEMU) buildx
builds in test_tool_sources_native_prebuilt.py. They are not repeated here.

Each case is a short log written for this test around one message as the tool prints it. The
wording was read from the tools' source through the code index (the comment above each case names
the repository and file): GoogleContainerTools/kaniko (cmd/executor/cmd/root.go, pkg/executor/),
google/go-containerregistry (pkg/v1/remote/transport/error.go, the "METHOD URL: CODE: message" and
"unexpected status code %d %s: %s" forms every Go builder here prints), ko-build/ko
(pkg/commands/), GoogleContainerTools/jib (jib-core RegistryEndpointCaller, RegistryErrorException,
plugins-common HelpfulSuggestions), buildpacks/lifecycle (cmd/lifecycle/detector.go), containers/image
(pkg/shortnames, docker/docker_image_dest.go), containers/buildah (imagebuildah), moby/buildkit and
docker/buildx. Some wordings rest on the tools' documentation and their users' reports rather than on
source read here (named so in the comment): pack's builder-fetch wording, Paketo's packit "failed to
satisfy" constraint message, Nixpacks' build-plan refusal, Depot's CLI (it relays buildx's words).
Hosts, images, packages and paths are made up; no project's CI log is copied.

The rules the cases hold:
  * the registry or the builder failing for a while (a 5xx or 429/TOOMANYREQUESTS from a registry or
    its token service, a blob upload or a layer download reset or cut short, a DNS or dial timeout,
    a remote BuildKit that went away mid-build: "failed to receive status ... Unavailable", a GOAWAY,
    a full disk on the build host) -> transient;
  * a persistent cause (a Dockerfile that does not parse or is not where the flag says, a file
    missing from the build context: "failed to compute cache key ... not found", kaniko's "failed to
    get files used from context", a base image tag that does not exist: MANIFEST_UNKNOWN / "manifest
    unknown", refused or missing credentials: UNAUTHORIZED, DENIED, insufficient_scope, "requested
    access to the resource is denied", a manifest the registry rejects: MANIFEST_INVALID, short-name
    resolution without a TTY, a storage driver or user namespace the host does not allow, no buildpack
    detected, a dependency version no buildpack offers, KO_DOCKER_REPO unset, a RUN step, buildpack
    build or ``go build`` that fails on the code) -> real;
  * near-misses: tests ABOUT registry errors that fail on their assertions, an application's own log
    line that mentions a builder's words, a build that met a registry hiccup and then failed on the
    code -> real;
  * a RUN step killed (exit code 137, "signal: killed") reads as the host's, as in the other rounds;
  * wordings printed both for an outage and for a persistent cause (a builder name buildx cannot
    find, a lifecycle phase's bare status code) -> not surely transient.
"""

from __future__ import annotations

import pytest
from judging import assert_unique_ids, labelled, logs, not_surely_transient, reads

_GHA = "##[error]Process completed with exit code 1.\n"
_CIRCLE = "\nExited with code exit status 1\n"
_GL = "ERROR: Job failed: exit code 1\n"
_GL125 = "ERROR: Job failed: exit code 125\n"

_KANIKO = ("$ /kaniko/executor --context $CI_PROJECT_DIR --dockerfile $CI_PROJECT_DIR/Dockerfile "
           "--destination registry.example.dev/acme/orders:4f2c1e\n")
_KANIKO_PULL = ("INFO[0000] Retrieving image manifest python:3.12-slim\n"
                "INFO[0000] Retrieving image python:3.12-slim from registry index.docker.io\n")
_BUILDAH = "$ buildah bud --layers -t registry.example.dev/acme/orders:4f2c1e .\n"
_PODMAN_PUSH = "$ podman push registry.example.dev/acme/orders:4f2c1e\nGetting image source signatures\n"
_KO = "+ ko build ./cmd/server --bare --tags 4f2c1e\n"
_JIB_MVN = "[INFO] --- jib-maven-plugin:3.4.3:build (default-cli) @ orders ---\n"
_JIB_GRADLE = ("> Task :jib\n"
               "Containerizing application to registry.example.dev/acme/orders:4f2c1e...\n"
               "Getting manifest for base image eclipse-temurin:21-jre...\n")
_MVN_END = ("[INFO] ------------------------------------------------------------------------\n"
            "[INFO] BUILD FAILURE\n"
            "[INFO] ------------------------------------------------------------------------\n")
_PACK = ("+ pack build registry.example.dev/acme/web:4f2c1e --builder paketobuildpacks/builder-jammy-base "
         "--publish\n")
_BUILDX = ("+ docker buildx build --builder ci-remote --platform linux/amd64 --push "
           "-t registry.example.dev/acme/api:4f2c1e .\n"
           "#0 building with \"ci-remote\" instance using remote driver\n")

CASES: list[tuple[str, str, str]] = [
    # ================================================================== kaniko
    # GoogleContainerTools/kaniko cmd/executor/cmd/root.go (errors.Wrap(err, "error building image")) around
    # go-containerregistry pkg/v1/remote/transport/error.go ("%s %s: " + "CODE: message"): Docker Hub's pull
    # rate limit on the base image
    ("kaniko-base-image-toomanyrequests", "transient",
     _KANIKO + _KANIKO_PULL +
     "error building image: GET https://index.docker.io/v2/library/python/manifests/3.12-slim: TOOMANYREQUESTS: "
     "You have reached your pull rate limit. You may increase the limit by authenticating and upgrading: "
     "https://www.docker.com/increase-rate-limit\n" + _GL),
    # kaniko pkg/executor/push.go ("failed to push to destination %s") under root.go's "error pushing image",
    # transport/error.go ("unexpected status code %d %s: %s") for a proxy's 502
    ("kaniko-push-502", "transient",
     _KANIKO +
     "INFO[0041] Taking snapshot of full filesystem...\n"
     "INFO[0049] Pushing image to registry.example.dev/acme/orders:4f2c1e\n"
     "error pushing image: failed to push to destination registry.example.dev/acme/orders:4f2c1e: PUT "
     "https://registry.example.dev/v2/acme/orders/manifests/4f2c1e: unexpected status code 502 Bad Gateway: "
     "<html><body><h1>502 Bad Gateway</h1></body></html>\n" + _GL),
    # the same push, the blob upload's connection reset by the registry's load balancer
    ("kaniko-push-blob-connection-reset", "transient",
     _KANIKO +
     "INFO[0049] Pushing image to registry.example.dev/acme/orders:4f2c1e\n"
     "error pushing image: failed to push to destination registry.example.dev/acme/orders:4f2c1e: Patch "
     "\"https://registry.example.dev/v2/acme/orders/blobs/uploads/7d1f0c2e-aa41\": write tcp "
     "10.42.3.17:51234->203.0.113.40:443: write: connection reset by peer\n" + _GL),
    # a DNS/dial timeout while reaching the private base image registry
    ("kaniko-base-image-dial-timeout", "transient",
     _KANIKO +
     "INFO[0000] Retrieving image manifest registry.example.dev/base/jre:21\n"
     "error building image: Get \"https://registry.example.dev/v2/\": dial tcp 203.0.113.40:443: i/o timeout\n"
     + _GL),
    # kaniko cmd/executor/cmd/root.go ("error checking push permissions -- make sure you entered the correct
    # tag name, and that you are authenticated correctly, and try again") with the registry's UNAUTHORIZED
    ("kaniko-push-permission-unauthorized", "real",
     _KANIKO +
     "error checking push permissions -- make sure you entered the correct tag name, and that you are "
     "authenticated correctly, and try again: checking push permission for "
     "\"registry.example.dev/acme/orders:4f2c1e\": POST https://registry.example.dev/v2/acme/orders/blobs/uploads/: "
     "UNAUTHORIZED: authentication required; [map[Action:pull Class: Name:acme/orders Type:repository] "
     "map[Action:push Class: Name:acme/orders Type:repository]]\n" + _GL),
    # the push refused with MANIFEST_INVALID (a media type the registry does not accept)
    ("kaniko-push-manifest-invalid", "real",
     _KANIKO +
     "INFO[0049] Pushing image to registry.example.dev/acme/orders:4f2c1e\n"
     "error pushing image: failed to push to destination registry.example.dev/acme/orders:4f2c1e: PUT "
     "https://registry.example.dev/v2/acme/orders/manifests/4f2c1e: MANIFEST_INVALID: manifest invalid; "
     "map[]\n" + _GL),
    # cmd/executor/cmd/root.go ("error resolving dockerfile path"; resolveDockerfilePath's "please provide a
    # valid path to a Dockerfile within the build context with --dockerfile"), cobra's "Error: " prefix
    ("kaniko-dockerfile-path", "real",
     "$ /kaniko/executor --context /workspace/services/orders --dockerfile services/orders/Dockerfile "
     "--no-push\n"
     "Error: error resolving dockerfile path: please provide a valid path to a Dockerfile within the build "
     "context with --dockerfile\n"
     "Usage:\n"
     "  executor [flags]\n" + _GL),
    # pkg/executor/build.go ("failed to get files used from context"): a COPY source the build context lacks
    ("kaniko-files-used-from-context", "real",
     _KANIKO + _KANIKO_PULL +
     "INFO[0002] Built cross stage deps: map[]\n"
     "error building image: error building stage: failed to optimize instructions: failed to get files used "
     "from context: failed to get fileinfo for /workspace/dist/orders.jar: lstat /workspace/dist/orders.jar: "
     "no such file or directory\n" + _GL),
    # pkg/commands/run.go ("waiting for process to exit") under "error building stage": a RUN step's tests fail
    ("kaniko-run-step-tests-fail", "real",
     _KANIKO + _KANIKO_PULL +
     "INFO[0011] RUN python -m pytest -q tests/\n"
     "INFO[0011] Running: [/bin/sh -c python -m pytest -q tests/]\n"
     "FAILED tests/test_pricing.py::test_discount_rounding - assert 9.99 == 10.0\n"
     "1 failed, 87 passed in 4.12s\n"
     "error building image: error building stage: failed to execute command: waiting for process to exit: "
     "exit status 1\n" + _GL),
    # go-containerregistry's MANIFEST_UNKNOWN for a base image tag that does not exist
    ("kaniko-base-image-manifest-unknown", "real",
     _KANIKO +
     "INFO[0000] Retrieving image manifest registry.example.dev/base/jre:21.9\n"
     "error building image: GET https://registry.example.dev/v2/base/jre/manifests/21.9: MANIFEST_UNKNOWN: "
     "manifest unknown; map[Tag:21.9]\n" + _GL),
    # pkg/snapshot ("failed to take snapshot") with ENOSPC: the build node's disk filled
    ("kaniko-snapshot-no-space", "transient",
     _KANIKO + _KANIKO_PULL +
     "INFO[0031] Taking snapshot of full filesystem...\n"
     "error building image: error building stage: failed to take snapshot: write "
     "/kaniko/2417720196: no space left on device\n" + _GL),

    # ================================================================== Buildah and Podman
    # containers/image pkg/shortnames/shortnames.go ("short-name resolution enforced but cannot prompt without a
    # TTY") under buildah's "creating build container: %w"
    ("buildah-short-name-no-tty", "real",
     _BUILDAH +
     "STEP 1/6: FROM python:3.12-slim\n"
     "Error: creating build container: short-name resolution enforced but cannot prompt without a TTY\n"
     + _GL125),
    # same file ("short-name %q did not resolve to an alias and no unqualified-search registries are defined in
    # %q")
    ("podman-short-name-no-search-registries", "real",
     "$ podman pull acme-base:1.4\n"
     "Error: short-name \"acme-base:1.4\" did not resolve to an alias and no unqualified-search registries are "
     "defined in \"/etc/containers/registries.conf\"\n" + _GL125),
    # containers/buildah imagebuildah/stage_executor.go ("building at STEP \"%s\": %w") and run_common.go
    # ("while running runtime: %w"): the RUN step's tests failed
    ("buildah-step-run-tests-fail", "real",
     _BUILDAH +
     "STEP 5/8: RUN go test ./...\n"
     "--- FAIL: TestInvoiceTotal (0.00s)\n"
     "    invoice_test.go:41: got 1099, want 1100\n"
     "FAIL\texample.dev/acme/orders/invoice\t0.014s\n"
     "Error: building at STEP \"RUN go test ./...\": while running runtime: exit status 1\n" + _GL),
    # the same step failure as a short excerpt shows it: only the builder's own line and the job's exit
    ("buildah-step-run-excerpt", "real",
     "Error: building at STEP \"RUN make test\": while running runtime: exit status 2\n" + _GL),
    # kaniko's RUN step failing, as a short excerpt (pkg/commands/run.go "waiting for process to exit: %w")
    ("kaniko-run-step-excerpt", "real",
     "INFO[0012] Running: [/bin/sh -c make lint]\n"
     "error building image: error building stage: failed to execute command: waiting for process to exit: "
     "exit status 2\n" + _GL),
    # near-miss for the entry above: a registry timeout while the RUN step fetched its own dependencies; the
    # step failed because of it (downstream), so the outage decides
    ("buildah-step-run-after-fetch-timeout", "transient",
     _BUILDAH +
     "STEP 4/8: RUN go mod download\n"
     "go: example.dev/acme/lib@v1.4.2: Get \"https://proxy.example.dev/example.dev/acme/lib/@v/v1.4.2.zip\": "
     "dial tcp 203.0.113.12:443: i/o timeout\n"
     "Error: building at STEP \"RUN go mod download\": while running runtime: exit status 1\n" + _GL),
    # buildah copier ("copier: stat: %q: no such file or directory") under the COPY step
    ("buildah-copy-source-missing", "real",
     _BUILDAH +
     "STEP 6/8: COPY dist/ /srv/app/\n"
     "Error: building at STEP \"COPY dist/ /srv/app/\": checking on sources under \"/builds/acme/orders\": "
     "copier: stat: \"/dist\": no such file or directory\n" + _GL125),
    # containers/image docker/docker_image_dest.go ("initiating layer upload to %s in %s: %w") with the
    # registry's 503
    ("podman-push-initiating-upload-503", "transient",
     _PODMAN_PUSH +
     "Copying blob sha256:5f70bf18a086\n"
     "Error: writing blob: initiating layer upload to /v2/acme/orders/blobs/uploads/ in registry.example.dev: "
     "received unexpected HTTP status: 503 Service Unavailable\n" + _GL125),
    # same file ("uploading layer chunked: %w"): the upload's connection reset
    ("podman-push-upload-connection-reset", "transient",
     _PODMAN_PUSH +
     "Copying blob sha256:5f70bf18a086\n"
     "Error: writing blob: uploading layer chunked: Patch \"https://registry.example.dev/v2/acme/orders/blobs/"
     "uploads/0c5e\": write tcp 10.1.0.4:40112->203.0.113.40:443: write: connection reset by peer\n" + _GL125),
    # the same tool pulling a base image behind a TLS handshake that timed out
    ("podman-pull-tls-handshake-timeout", "transient",
     "$ podman build -t orders:ci .\n"
     "STEP 1/6: FROM registry.example.dev/base/jre:21\n"
     "Trying to pull registry.example.dev/base/jre:21...\n"
     "Error: creating build container: initializing source docker://registry.example.dev/base/jre:21: pinging "
     "container registry registry.example.dev: Get \"https://registry.example.dev/v2/\": net/http: TLS "
     "handshake timeout\n" + _GL125),
    # containers/storage: the build host's disk filled while a layer was committed
    ("buildah-commit-no-space", "transient",
     _BUILDAH +
     "STEP 8/8: CMD [\"/srv/app/orders\"]\n"
     "COMMIT registry.example.dev/acme/orders:4f2c1e\n"
     "Error: committing container for step {Env:[PATH=/usr/local/bin] Command:cmd}: copying layers and metadata "
     "for container \"8c1f\": writing blob: storing blob to file \"/var/tmp/buildah2281/3\": write "
     "/var/tmp/buildah2281/3: no space left on device\n" + _GL125),
    # containers/storage drivers/overlay ("'overlay' is not supported over overlayfs, a mount_program is
    # required"): podman inside a container without fuse-overlayfs, every run
    ("podman-overlay-over-overlayfs", "real",
     "$ podman build -t orders:ci .\n"
     "Error: kernel does not support overlay fs: 'overlay' is not supported over overlayfs, a mount_program is "
     "required: backing file system is unsupported for this graph driver\n" + _GL125),
    # containers/storage pkg/chrootarchive ("potentially insufficient UIDs or GIDs available in user namespace
    # (requested %d:%d for %s): Check /etc/subuid and /etc/subgid if configured locally and run \"podman system
    # migrate\"")
    ("podman-insufficient-uids", "real",
     "$ podman pull registry.example.dev/base/jre:21\n"
     "Copying blob sha256:9d1c\n"
     "Error: copying system image from manifest list: writing blob: adding layer with blob \"sha256:9d1c\": "
     "processing tar file(potentially insufficient UIDs or GIDs available in user namespace (requested 0:42 for "
     "/etc/gshadow): Check /etc/subuid and /etc/subgid if configured locally and run \"podman system migrate\": "
     "lchown /etc/gshadow: invalid argument): exit status 1\n" + _GL125),
    # containers/image docker/docker_image_dest.go ("checking whether a blob %s exists in %s: %w") with the
    # registry's 401
    ("podman-push-authentication-required", "real",
     _PODMAN_PUSH +
     "Error: trying to reuse blob sha256:5f70bf18a086 at destination: checking whether a blob "
     "sha256:5f70bf18a086 exists in registry.example.dev/acme/orders: authentication required\n" + _GL125),
    # containers/image docker/errors.go with the registry's "name unknown" for a base repository that does not
    # exist
    ("buildah-base-name-unknown", "real",
     _BUILDAH +
     "STEP 1/6: FROM registry.example.dev/base/jre-slim:21\n"
     "Error: creating build container: initializing source docker://registry.example.dev/base/jre-slim:21: "
     "reading manifest 21 in registry.example.dev/base/jre-slim: name unknown: repository name not known to "
     "registry\n" + _GL125),

    # ================================================================== ko
    # ko-build/ko pkg/commands/options/publish.go / resolver.go ("KO_DOCKER_REPO environment variable is unset")
    ("ko-docker-repo-unset", "real",
     _KO +
     "Error: KO_DOCKER_REPO environment variable is unset\n"
     "2026/05/04 09:12:41 error during command execution: KO_DOCKER_REPO environment variable is unset\n" + _GHA),
    # pkg/commands/resolver.go ("failed to publish images: %w", "error building %q: %w") and pkg/build/gobuild.go
    # ("go build: %w"): the Go compiler's error above
    ("ko-build-go-compile-error", "real",
     _KO +
     "2026/05/04 09:12:41 Building example.dev/acme/orders/cmd/server for linux/amd64\n"
     "# example.dev/acme/orders/internal/pricing\n"
     "internal/pricing/discount.go:27:9: undefined: roundCents\n"
     "2026/05/04 09:12:44 Unexpected error running \"go build\": exit status 1\n"
     "Error: failed to publish images: error building \"ko://example.dev/acme/orders/cmd/server\": build: go "
     "build: exit status 1\n" + _GHA),
    # pkg/commands/resolver.go ("error publishing %s: %w") around the registry's 500 on the manifest PUT
    ("ko-publish-500", "transient",
     _KO +
     "2026/05/04 09:12:41 Building example.dev/acme/orders/cmd/server for linux/amd64\n"
     "2026/05/04 09:12:52 Publishing registry.example.dev/acme/orders:4f2c1e\n"
     "Error: failed to publish images: error publishing ko://example.dev/acme/orders/cmd/server: PUT "
     "https://registry.example.dev/v2/acme/orders/manifests/4f2c1e: unexpected status code 500 Internal Server "
     "Error: upstream storage backend unavailable\n" + _GHA),
    # the same, the registry's UNAUTHORIZED
    ("ko-publish-unauthorized", "real",
     _KO +
     "2026/05/04 09:12:52 Publishing registry.example.dev/acme/orders:4f2c1e\n"
     "Error: failed to publish images: error publishing ko://example.dev/acme/orders/cmd/server: POST "
     "https://registry.example.dev/v2/acme/orders/blobs/uploads/: UNAUTHORIZED: authentication required; "
     "[map[Action:pull Class: Name:acme/orders Type:repository] map[Action:push Class: Name:acme/orders "
     "Type:repository]]\n" + _GHA),

    # ================================================================== Jib
    # GoogleContainerTools/jib jib-plugins-common HelpfulSuggestions ("perhaps you should make sure your
    # credentials for '%s' are set up correctly") and RegistryUnauthorizedException ("Unauthorized for %s")
    ("jib-maven-unauthorized", "real",
     _JIB_MVN +
     "[INFO] Containerizing application to registry.example.dev/acme/orders:4f2c1e...\n" + _MVN_END +
     "[ERROR] Failed to execute goal com.google.cloud.tools:jib-maven-plugin:3.4.3:build (default-cli) on "
     "project orders: Build image failed, perhaps you should make sure your credentials for "
     "'registry.example.dev/acme/orders' are set up correctly. See https://github.com/GoogleContainerTools/jib/"
     "blob/master/docs/faq.md#what-should-i-do-when-the-registry-responds-with-unauthorized for help: "
     "Unauthorized for registry.example.dev/acme/orders: 401 Unauthorized\n" + _GHA),
    # HelpfulSuggestions.forHttpStatusCodeForbidden ("perhaps you should make sure you have permissions for %s and
    # set correct credentials")
    ("jib-gradle-forbidden", "real",
     _JIB_GRADLE +
     "\n"
     "> Task :jib FAILED\n"
     "FAILURE: Build failed with an exception.\n"
     "* What went wrong:\n"
     "Execution failed for task ':jib'.\n"
     "> com.google.cloud.tools.jib.plugins.common.BuildStepsExecutionException: Build image failed, perhaps you "
     "should make sure you have permissions for registry.example.dev/acme/orders:4f2c1e and set correct "
     "credentials. See https://github.com/GoogleContainerTools/jib/blob/master/docs/faq.md#what-should-i-do-when-"
     "the-registry-responds-with-forbidden-or-denied for help\n" + _GHA),
    # jib-core RegistryEndpointCaller ("I/O error for image [%s/%s]:", the exception's class and message on the
    # next lines): the base image download timed out
    ("jib-gradle-io-error-read-timed-out", "transient",
     _JIB_GRADLE +
     "I/O error for image [registry-1.docker.io/library/eclipse-temurin]:\n"
     "    java.net.SocketTimeoutException\n"
     "    Read timed out\n"
     "\n"
     "> Task :jib FAILED\n"
     "FAILURE: Build failed with an exception.\n"
     "* What went wrong:\n"
     "Execution failed for task ':jib'.\n"
     "> com.google.cloud.tools.jib.plugins.common.BuildStepsExecutionException: Read timed out\n" + _GHA),
    # the same report, the layer's body cut short
    ("jib-maven-io-error-premature-end", "transient",
     _JIB_MVN +
     "[INFO] Getting manifest for base image eclipse-temurin:21-jre...\n"
     "[ERROR] I/O error for image [registry-1.docker.io/library/eclipse-temurin]:\n"
     "[ERROR]     org.apache.http.ConnectionClosedException\n"
     "[ERROR]     Premature end of Content-Length delimited message body (expected: 52,104,377; received: "
     "31,882,112)\n" + _MVN_END +
     "[ERROR] Failed to execute goal com.google.cloud.tools:jib-maven-plugin:3.4.3:build (default-cli) on "
     "project orders: Premature end of Content-Length delimited message body (expected: 52,104,377; received: "
     "31,882,112) -> [Help 1]\n" + _GHA),
    # jib-core RegistryErrorException ("Tried to %s but failed because: %s"), ManifestPuller's "pull image
    # manifest for %s": a base image tag that does not exist
    ("jib-maven-base-manifest-unknown", "real",
     _JIB_MVN +
     "[INFO] Getting manifest for base image registry.example.dev/base/jre:21.9...\n" + _MVN_END +
     "[ERROR] Failed to execute goal com.google.cloud.tools:jib-maven-plugin:3.4.3:build (default-cli) on "
     "project orders: Tried to pull image manifest for registry.example.dev/base/jre:21.9 but failed because: "
     "manifest unknown | If this is a bug, please file an issue at "
     "https://github.com/GoogleContainerTools/jib/issues/new -> [Help 1]\n" + _GHA),
    # RegistryEndpointCaller.newRegistryErrorException ("registry returned error code %d; possible causes include
    # invalid or wrong reference. Actual error output follows:"): a 503 page from the registry's proxy
    ("jib-gradle-registry-error-code-503", "transient",
     _JIB_GRADLE +
     "\n"
     "> Task :jib FAILED\n"
     "FAILURE: Build failed with an exception.\n"
     "* What went wrong:\n"
     "Execution failed for task ':jib'.\n"
     "> com.google.cloud.tools.jib.plugins.common.BuildStepsExecutionException: Tried to push image manifest for "
     "registry.example.dev/acme/orders:4f2c1e but failed because: registry returned error code 503; possible "
     "causes include invalid or wrong reference. Actual error output follows:\n"
     "  <html><head><title>503 Service Temporarily Unavailable</title></head></html>\n" + _GHA),
    # HelpfulSuggestions ("perhaps you should use a registry that supports HTTPS or set the configuration
    # parameter 'allowInsecureRegistries'")
    ("jib-maven-insecure-registry", "real",
     _JIB_MVN + _MVN_END +
     "[ERROR] Failed to execute goal com.google.cloud.tools:jib-maven-plugin:3.4.3:build (default-cli) on "
     "project orders: Build image failed, perhaps you should use a registry that supports HTTPS or set the "
     "configuration parameter 'allowInsecureRegistries' -> [Help 1]\n" + _GHA),
    # HelpfulSuggestions ("perhaps you should add a `mainClass` configuration to plugin") behind MainClassFinder
    ("jib-maven-main-class-not-found", "real",
     _JIB_MVN + _MVN_END +
     "[ERROR] Failed to execute goal com.google.cloud.tools:jib-maven-plugin:3.4.3:build (default-cli) on "
     "project orders: Main class was not found, perhaps you should add a `mainClass` configuration to "
     "jib-maven-plugin -> [Help 1]\n" + _GHA),

    # ================================================================== Cloud Native Buildpacks (pack, lifecycle)
    # buildpacks/lifecycle cmd/lifecycle/detector.go ("No buildpack groups passed detection.", "Please check that
    # you are running against the correct path."), the phase's "failed to detect: %s"; pack's "executing
    # lifecycle" with the detector's exit code 20
    ("pack-no-buildpack-groups", "real",
     _PACK +
     "===> ANALYZING\n"
     "===> DETECTING\n"
     "[detector] ERROR: No buildpack groups passed detection.\n"
     "[detector] ERROR: Please check that you are running against the correct path.\n"
     "[detector] ERROR: failed to detect: no buildpacks participating\n"
     "ERROR: failed to build: executing lifecycle: failed with status code: 20\n" + _GHA),
    # the builder's build phase (exit code 51) after the Node.js buildpack's npm run build failed on the code
    ("pack-build-phase-51-compile-error", "real",
     _PACK +
     "===> BUILDING\n"
     "[builder] Running 'npm run build'\n"
     "[builder] src/pages/checkout.tsx(41,7): error TS2322: Type 'string' is not assignable to type 'number'.\n"
     "[builder] ERROR: failed to build: exit status 1\n"
     "ERROR: failed to build: executing lifecycle: failed with status code: 51\n" + _GHA),
    # pack's builder image pull (wording as pack prints it and its users report it; pkg/client) relaying the
    # daemon's rate limit
    ("pack-fetch-builder-toomanyrequests", "transient",
     _PACK +
     "latest: Pulling from paketobuildpacks/builder-jammy-base\n"
     "ERROR: failed to build: failed to fetch builder image 'index.docker.io/paketobuildpacks/builder-jammy-base:"
     "latest': Error response from daemon: toomanyrequests: You have reached your pull rate limit. You may "
     "increase the limit by authenticating and upgrading: https://www.docker.com/increase-rate-limit\n" + _GHA),
    # the lifecycle exporter ("failed to export: %s", saving to the registry through go-containerregistry) with
    # a 502 on the manifest PUT; exporter exit code 62
    ("pack-export-502", "transient",
     _PACK +
     "===> EXPORTING\n"
     "[exporter] Adding layer 'paketo-buildpacks/node-engine:node'\n"
     "[exporter] Saving registry.example.dev/acme/web:4f2c1e...\n"
     "[exporter] ERROR: failed to export: saving image: failed to write image to the following tags: "
     "[registry.example.dev/acme/web:4f2c1e: PUT https://registry.example.dev/v2/acme/web/manifests/4f2c1e: "
     "unexpected status code 502 Bad Gateway: <html><body>502 Bad Gateway</body></html>]\n"
     "ERROR: failed to build: executing lifecycle: failed with status code: 62\n" + _GHA),
    # the analyzer's registry access check ("ensure registry read/write access to %s")
    ("pack-analyzer-registry-access", "real",
     _PACK +
     "===> ANALYZING\n"
     "[analyzer] ERROR: failed to initialize analyzer: validating registry write access: ensure registry "
     "read/write access to registry.example.dev/acme/web:4f2c1e\n"
     "ERROR: failed to build: executing lifecycle: failed with status code: 1\n" + _GHA),
    # Paketo's packit postal service (documented and user-reported wording "failed to satisfy %q dependency
    # version constraint %q: no compatible versions on %q stack. Supported versions are: [%s]")
    ("paketo-no-compatible-version", "real",
     _PACK +
     "===> BUILDING\n"
     "[builder] Paketo Buildpack for Node Engine 4.1.7\n"
     "[builder]   Resolving Node Engine version\n"
     "[builder]     Selected Node Engine version (using package.json -> engines.node): ~16\n"
     "[builder] failed to satisfy \"node\" dependency version constraint \"~16\": no compatible versions on "
     "\"io.buildpacks.stacks.jammy\" stack. Supported versions are: [18.20.4, 20.17.0, 22.8.0]\n"
     "[builder] ERROR: failed to build: exit status 1\n"
     "ERROR: failed to build: executing lifecycle: failed with status code: 51\n" + _GHA),

    # ================================================================== Nixpacks
    # railwayapp/nixpacks (its refusal when no provider matches, as documented and reported: "Nixpacks was unable
    # to generate a build plan for this app.")
    ("nixpacks-no-build-plan", "real",
     "+ nixpacks build . --name orders\n"
     "Error: Nixpacks was unable to generate a build plan for this app.\n"
     "Please check the documentation for supported languages: https://nixpacks.com\n" + _GHA),
    # the generated Dockerfile's RUN failing on the code under buildx ("did not complete successfully"),
    # then Nixpacks' "Docker build failed"
    ("nixpacks-docker-build-failed-on-code", "real",
     "+ nixpacks build . --name web\n"
     "#11 [stage-0 7/9] RUN npm run build\n"
     "#11 3.214 src/app.ts(12,3): error TS2304: Cannot find name 'fetchOrders'.\n"
     "#11 ERROR: process \"/bin/bash -ol pipefail -c npm run build\" did not complete successfully: exit code: 2\n"
     "ERROR: failed to solve: process \"/bin/bash -ol pipefail -c npm run build\" did not complete "
     "successfully: exit code: 2\n"
     "Error: Docker build failed\n" + _GHA),

    # ================================================================== docker buildx with a remote BuildKit
    # docker/buildx build/build.go ("failed to receive status: %w") around grpc-go's Unavailable: the remote
    # builder went away mid-build
    ("buildx-receive-status-unavailable-eof", "transient",
     _BUILDX +
     "#9 [build 4/7] RUN go build -o /out/api ./cmd/api\n"
     "ERROR: failed to receive status: rpc error: code = Unavailable desc = error reading from server: EOF\n"
     + _GHA),
    # the same, the builder draining with a GOAWAY
    ("buildx-receive-status-goaway", "transient",
     _BUILDX +
     "#7 [2/4] RUN apt-get update && apt-get install -y build-essential\n"
     "#7 38.59 Get:5 http://deb.example.dev/debian bookworm/main amd64 Packages [8789 kB]\n"
     "ERROR: failed to receive status: rpc error: code = Unavailable desc = closing transport due to: "
     "connection error: desc = \"error reading from server: EOF\", received prior goaway: code: NO_ERROR, debug "
     "data: \"graceful_stop\"\n" + _GHA),
    # Depot's CLI relays buildx's words (documentation and the CLI's build command; depot/cli)
    ("depot-receive-status-unavailable", "transient",
     "+ depot build --project kq2x9 --platform linux/amd64,linux/arm64 --push -t registry.example.dev/acme/api:4f2c1e .\n"
     "[+] Building 41.2s (9/14)\n"
     "ERROR: failed to receive status: rpc error: code = Unavailable desc = connection error: desc = "
     "\"transport: Error while dialing: dial tcp 198.51.100.7:443: connect: connection reset by peer\"\n" + _GHA),
    # moby/buildkit util/contentutil / remotes ("failed to read expected number of bytes: %w"): a layer download
    # cut short
    ("buildx-read-expected-bytes-eof", "transient",
     _BUILDX +
     "#4 [base 1/3] FROM registry.example.dev/base/golang:1.23@sha256:7c1f0d\n"
     "#4 sha256:2a1e 48.2MB / 72.1MB 9.3s\n"
     "ERROR: failed to solve: failed to read expected number of bytes: unexpected EOF\n" + _GHA),
    # containerd remotes/docker/httpreadseeker.go ("httpReadSeeker: failed open: %w", "unexpected status code
    # %v: %v") with a 500 from the registry's blob storage
    ("buildx-httpreadseeker-500", "transient",
     _BUILDX +
     "#4 [base 1/3] FROM registry.example.dev/base/golang:1.23@sha256:7c1f0d\n"
     "ERROR: failed to solve: failed to copy: httpReadSeeker: failed open: unexpected status code "
     "https://registry.example.dev/v2/base/golang/blobs/sha256:2a1e: 500 Internal Server Error\n" + _GHA),
    # a DNS lookup through the host's stub resolver that timed out (the loopback here is systemd-resolved, not
    # a service of the job's)
    ("buildx-resolve-dns-timeout", "transient",
     _BUILDX +
     "#2 [internal] load metadata for docker.io/library/node:20\n"
     "#2 ERROR: failed to do request: Head \"https://registry-1.docker.io/v2/library/node/manifests/20\": dial "
     "tcp: lookup registry-1.docker.io on 127.0.0.53:53: read udp 127.0.0.1:40215->127.0.0.53:53: i/o timeout\n"
     "ERROR: failed to solve: node:20: failed to resolve source metadata for docker.io/library/node:20: failed "
     "to do request: Head \"https://registry-1.docker.io/v2/library/node/manifests/20\": dial tcp: lookup "
     "registry-1.docker.io on 127.0.0.53:53: read udp 127.0.0.1:40215->127.0.0.53:53: i/o timeout\n" + _GHA),
    # containerd remotes/docker/authorizer.go ("failed to fetch anonymous token: %w") with the token service's 429
    ("buildx-anonymous-token-429", "transient",
     _BUILDX +
     "#2 [internal] load metadata for docker.io/library/python:3.12-slim\n"
     "ERROR: failed to solve: python:3.12-slim: failed to resolve source metadata for "
     "docker.io/library/python:3.12-slim: failed to authorize: failed to fetch anonymous token: unexpected "
     "status from GET request to https://auth.docker.io/token?scope=repository%3Alibrary%2Fpython%3Apull"
     "&service=registry.docker.io: 429 Too Many Requests\n" + _GHA),
    # moby/buildkit frontend/dockerfile/parser ("dockerfile parse error on line %d: %w", "unknown instruction:
    # %s")
    ("buildx-dockerfile-parse-error", "real",
     _BUILDX +
     "#1 [internal] load build definition from Dockerfile\n"
     "#1 transferring dockerfile: 812B done\n"
     "Dockerfile:7\n"
     "ERROR: failed to solve: dockerfile parse error on line 7: unknown instruction: RUNN\n" + _GHA),
    # buildkit frontend/dockerfile/builder ("failed to read dockerfile: %w")
    ("buildx-dockerfile-not-found", "real",
     "+ docker buildx build -f Dockerfile.prod -t orders:ci .\n"
     "#1 [internal] load build definition from Dockerfile.prod\n"
     "#1 transferring dockerfile: 2B done\n"
     "ERROR: failed to solve: failed to read dockerfile: open Dockerfile.prod: no such file or directory\n"
     + _GHA),
    # buildkit ("failed to compute cache key: failed to calculate checksum of ref %s: %q: not found") for a
    # COPY --from a stage whose output is not where the Dockerfile says
    ("buildx-copy-from-stage-not-found", "real",
     _BUILDX +
     "#14 [runtime 3/4] COPY --from=build /out/server /usr/local/bin/server\n"
     "#14 ERROR: failed to calculate checksum of ref 9b1c7e::k2j4h6: \"/out/server\": not found\n"
     "------\n"
     " > [runtime 3/4] COPY --from=build /out/server /usr/local/bin/server:\n"
     "------\n"
     "ERROR: failed to solve: failed to compute cache key: failed to calculate checksum of ref 9b1c7e::k2j4h6: "
     "\"/out/server\": not found\n" + _GHA),
    # a RUN step whose pip install pins a version that was never published (buildkit's "process %q did not
    # complete successfully: exit code: %d")
    ("buildx-run-pip-no-matching-distribution", "real",
     _BUILDX +
     "#8 [build 3/6] RUN pip install -r requirements.txt\n"
     "#8 4.113 ERROR: Could not find a version that satisfies the requirement acme-billing==9.9.1 (from "
     "versions: 1.0.0, 1.1.0)\n"
     "#8 4.114 ERROR: No matching distribution found for acme-billing==9.9.1\n"
     "#8 ERROR: process \"/bin/sh -c pip install -r requirements.txt\" did not complete successfully: exit "
     "code: 1\n"
     "ERROR: failed to solve: process \"/bin/sh -c pip install -r requirements.txt\" did not complete "
     "successfully: exit code: 1\n" + _GHA),
    # buildkit's push ("failed to push %s: %w") with the registry's insufficient_scope
    ("buildx-push-insufficient-scope", "real",
     _BUILDX +
     "#16 exporting to image\n"
     "#16 pushing layers 1.2s done\n"
     "ERROR: failed to solve: failed to push registry.example.dev/acme/api:4f2c1e: server message: "
     "insufficient_scope: authorization failed\n" + _GHA),
    # the same push, the token service refusing the credentials (containerd authorizer's "failed to fetch oauth
    # token" with a 401)
    ("buildx-push-oauth-401", "real",
     _BUILDX +
     "#16 exporting to image\n"
     "ERROR: failed to solve: failed to push registry.example.dev/acme/api:4f2c1e: failed to authorize: failed "
     "to fetch oauth token: unexpected status from POST request to https://registry.example.dev/token: 401 "
     "Unauthorized\n" + _GHA),

    # ================================================================== crane and skopeo
    # google/go-containerregistry pkg/crane/copy.go ("fetching %q: %w") and transport/error.go: a tag that does
    # not exist
    ("crane-copy-manifest-unknown", "real",
     "+ crane copy registry.example.dev/acme/api:4f2c1e mirror.example.dev/acme/api:4f2c1e\n"
     "Error: fetching \"registry.example.dev/acme/api:4f2c1e\": GET "
     "https://registry.example.dev/v2/acme/api/manifests/4f2c1e: MANIFEST_UNKNOWN: manifest unknown; "
     "unknown tag=4f2c1e\n" + _GHA),
    # the same copy, the source registry answering 503 after go-containerregistry's own retries
    ("crane-copy-503", "transient",
     "+ crane copy registry.example.dev/acme/api:4f2c1e mirror.example.dev/acme/api:4f2c1e\n"
     "Error: fetching \"registry.example.dev/acme/api:4f2c1e\": GET "
     "https://registry.example.dev/v2/acme/api/manifests/4f2c1e: unexpected status code 503 Service "
     "Unavailable: <html><body>503 Service Unavailable</body></html>\n" + _GHA),
    # the push side refused by the destination (Docker Hub's DENIED wording)
    ("crane-push-denied", "real",
     "+ crane copy registry.example.dev/acme/api:4f2c1e docker.io/acme/api:4f2c1e\n"
     "Error: PUT https://index.docker.io/v2/acme/api/manifests/4f2c1e: DENIED: requested access to the resource "
     "is denied\n" + _GHA),
    # containers/skopeo (logrus fatal "FATA[...]") with containers/image's rate-limit error from Docker Hub
    ("skopeo-copy-toomanyrequests", "transient",
     "+ skopeo copy docker://docker.io/library/postgres:16 docker://mirror.example.dev/library/postgres:16\n"
     "FATA[0004] initializing source docker://postgres:16: reading manifest 16 in docker.io/library/postgres: "
     "toomanyrequests: You have reached your pull rate limit. You may increase the limit by authenticating and "
     "upgrading: https://www.docker.com/increase-rate-limit\n" + _GHA),
    # the destination refusing the upload ("requested access to the resource is denied")
    ("skopeo-copy-denied", "real",
     "+ skopeo copy docker://registry.example.dev/acme/api:4f2c1e docker://docker.io/acme/api:4f2c1e\n"
     "Getting image source signatures\n"
     "FATA[0002] copying system image from manifest list: writing blob: initiating layer upload to "
     "/v2/acme/api/blobs/uploads/ in registry-1.docker.io: requested access to the resource is denied\n" + _GHA),

    # ================================================================== near-misses
    # a registry client's own test ABOUT a 429 that fails on its assertion
    ("near-miss-go-test-about-toomanyrequests", "real",
     "+ go test ./pkg/registry/...\n"
     "--- FAIL: TestPushRetriesOnTooManyRequests (0.02s)\n"
     "    push_test.go:88: attempts = 1, want 3 (last error: PUT https://registry.test/v2/x/manifests/v1: "
     "TOOMANYREQUESTS: slow down)\n"
     "FAIL\texample.dev/acme/shipper/pkg/registry\t0.311s\n"
     "FAIL\n" + _GHA),
    # a pytest test ABOUT buildx's lost builder, failing on its expected string
    ("near-miss-pytest-about-receive-status", "real",
     "+ pytest -q tests/test_build_errors.py\n"
     "F.\n"
     "FAILED tests/test_build_errors.py::test_classifies_lost_builder - AssertionError: assert 'retry' == "
     "'transient'\n"
     "  - transient\n"
     "  + retry\n"
     "1 failed, 1 passed in 0.08s\n" + _GHA),
    # a Go test ABOUT containerd's short read (a truncated fake blob) that fails on the error it compares
    ("near-miss-go-test-about-short-blob-read", "real",
     "+ go test ./internal/blobcopy/...\n"
     "--- FAIL: TestCopyTruncatedBlob (0.00s)\n"
     "    copy_test.go:51: err = \"failed to read expected number of bytes: unexpected EOF\", want ErrShortBlob\n"
     "FAIL\texample.dev/acme/mirror/internal/blobcopy\t0.021s\n"
     "FAIL\n" + _GHA),
    # kaniko pkg/executor/build.go / pkg/util ("Error while retrieving image from cache: %v %v", logged and
    # passed over: the base image is then pulled from the registry) and then the RUN step fails on the code
    ("near-miss-kaniko-cache-503-then-compile-error", "real",
     _KANIKO +
     "ERRO[0001] Error while retrieving image from cache: registry.example.dev/base/golang:1.23 GET "
     "https://registry.example.dev/v2/cache/golang/manifests/1.23: unexpected status code 503 Service "
     "Unavailable: upstream connect error\n"
     "INFO[0001] Retrieving image registry.example.dev/base/golang:1.23 from registry registry.example.dev\n"
     "INFO[0014] RUN go build -o /out/api ./cmd/api\n"
     "INFO[0014] Running: [/bin/sh -c go build -o /out/api ./cmd/api]\n"
     "# example.dev/acme/api/cmd/api\n"
     "cmd/api/main.go:33:14: cannot use port (variable of type string) as int value in argument to listen\n"
     "error building image: error building stage: failed to execute command: waiting for process to exit: "
     "exit status 1\n" + _GL),
    # buildkit's exit code 137 for a RUN step: a killed process (the kernel's OOM killer on a crowded builder);
    # the catalogue reads a killed process as the host's, as the other rounds do
    ("buildx-run-exit-137", "transient",
     _BUILDX +
     "#10 [build 5/7] RUN npm test\n"
     "#10 ERROR: process \"/bin/sh -c npm test\" did not complete successfully: exit code: 137\n"
     "ERROR: failed to solve: process \"/bin/sh -c npm test\" did not complete successfully: exit code: 137\n"
     + _GHA),
    # kaniko's RUN step killed by a signal (pkg/commands/run.go "waiting for process to exit: %w"), the same reading
    ("kaniko-run-signal-killed", "transient",
     _KANIKO + _KANIKO_PULL +
     "INFO[0011] Running: [/bin/sh -c ./gradlew assemble]\n"
     "error building image: error building stage: failed to execute command: waiting for process to exit: "
     "signal: killed\n" + _GL),
]

NOT_SURELY_TRANSIENT: list[tuple[str, str]] = [
    # docker/buildx ("no builder %q found"): a builder a previous step removed or never created
    ("buildx-no-builder-found",
     "+ docker buildx build --builder ci-remote -t orders:ci .\n"
     "ERROR: no builder \"ci-remote\" found\n" + _GHA),
    # a lifecycle phase's bare status code with nothing else shown (pack's "executing lifecycle")
    ("pack-bare-status-code",
     _PACK +
     "ERROR: failed to build: executing lifecycle: failed with status code: 62\n" + _GHA),
]


@pytest.mark.parametrize(("verdict", "log"), labelled(CASES))
def test_image_builder_message_reads_right(verdict, log):
    reads(log, verdict)


@pytest.mark.parametrize("log", logs(NOT_SURELY_TRANSIENT))
def test_ambiguous_image_builder_failures_do_not_read_surely_transient(log):
    not_surely_transient(log)


def test_case_ids_are_unique():
    assert_unique_ids(CASES, NOT_SURELY_TRANSIENT)


# One line of 50,000 characters of each of these words is read by benchmarks/pattern_speed.py,
# which prints the seconds each takes (a guard against patterns that backtrack; a timing is a
# benchmark's, not a test's).
LONG_LINE_WORDS = [
    'Error: short-name "',
    "error resolving dockerfile path: ",
    "failed to read expected number of bytes: ",
    "potentially insufficient UIDs or GIDs available in user namespace (requested 0:42 for ",
    "ERROR: failed to solve: failed to compute cache key: failed to calculate checksum of ref ",
    "I/O error for image [",
]
