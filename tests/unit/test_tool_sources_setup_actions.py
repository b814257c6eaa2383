"""Thirteenth round, tool sources: the setup actions a GitHub Actions job starts with (actions/setup-node,
setup-python, setup-go, setup-java, setup-dotnet and its dotnet-install script, ruby/setup-ruby with
bundler-cache, erlef/setup-beam, astral-sh/setup-uv, pnpm/action-setup, conda-incubator/setup-miniconda,
gradle/actions) and the Actions toolkit's tool-cache download they share ("Unexpected HTTP response: %s",
"Waiting %s seconds before trying again"). actions/checkout, actions/cache, the runner's action download
and rustup (behind dtolnay/rust-toolchain) are covered by test_tool_sources_ci_systems.py and
test_tool_sources_embedded_infra.py and are not repeated here.

Each case is a short log written for the test around one message as the action prints it. The wording
was read from the actions' own source (the comment above each case names the repository and file
holding the format string); versions, hosts, paths and projects are made up; no project's CI log is
copied.

The rules the cases hold:
  * a download, a versions manifest or a releases API that answered 5xx or 429, timed out, hung up or
    hit GitHub's rate limit for unauthenticated manifest fetches -> transient (the toolkit retries
    5xx/408/429 itself, so the job failed only after the outage outlasted it);
  * a version, distribution, platform or architecture the action cannot find, a 404 on the artifact,
    a missing lock file or version file, an invalid input, a refused credential, a wrapper jar that
    fails validation, a checksum pinned in the workflow that does not match -> real;
  * an action that fell back after a rate limit and then found no such version fails on the version;
  * wordings printed for both (a 403 that may be a rate limit or a refusal, "incomplete or corrupted
    download", a distribution's checksum mismatch) -> no surely-transient verdict.
"""

from __future__ import annotations

import pytest
from judging import assert_unique_ids, labelled, logs, not_surely_transient, reads

_EXIT = "##[error]Process completed with exit code 1.\n"

CASES: list[tuple[str, str, str]] = [
    # ------------------------------------------------------------------ setup-node
    # actions/setup-node src/distributions/official_builds/official_builds.ts getManifest ("Retrying to
    # fetch the manifest...", "Failed to fetch a valid manifest after %s attempts. Last error: %s"); the
    # error is the toolkit http-client's, carrying GitHub's rate-limit body (checked)
    ("node-manifest-rate-limited", "transient",
     "Run actions/setup-node@v4\n"
     "Attempting to download 20.x...\n"
     "Retrying to fetch the manifest...\n"
     "Retrying to fetch the manifest...\n"
     "##[error]Failed to fetch a valid manifest after 3 attempts. Last error: API rate limit exceeded for 203.0.113.7. "
     "(But here's the good news: Authenticated requests get a higher rate limit. Check out the documentation for more details.)\n"),
    # actions/toolkit packages/http-client/src/index.ts ("Failed request: (%s)") inside the same message
    ("node-manifest-failed-request-502", "transient",
     "Run actions/setup-node@v4\n"
     "Attempting to download 22.x...\n"
     "Retrying to fetch the manifest...\n"
     "Retrying to fetch the manifest...\n"
     "##[error]Failed to fetch a valid manifest after 3 attempts. Last error: Failed request: (502)\n"),
    # actions/setup-node official_builds.ts ("Acquiring %s - %s from %s"); actions/toolkit
    # packages/tool-cache/src/tool-cache.ts HTTPError ("Unexpected HTTP response: %s") and
    # retry-helper.ts ("Waiting %s seconds before trying again") (checked)
    ("node-dist-download-503", "transient",
     "Run actions/setup-node@v4\n"
     "Attempting to download 20.11.1...\n"
     "Acquiring 20.11.1 - x64 from https://github.com/actions/node-versions/releases/download/20.11.1-7654321/node-20.11.1-linux-x64.tar.gz\n"
     "Unexpected HTTP response: 503\n"
     "Waiting 13 seconds before trying again\n"
     "Unexpected HTTP response: 503\n"
     "Waiting 17 seconds before trying again\n"
     "##[error]Unexpected HTTP response: 503\n"),
    ("node-dist-download-socket-hang-up", "transient",
     "Run actions/setup-node@v4\n"
     "Not found in manifest. Falling back to download directly from Node\n"
     "Acquiring 18.20.4 - x64 from https://nodejs.org/dist/v18.20.4/node-v18.20.4-linux-x64.tar.gz\n"
     "socket hang up\n"
     "Waiting 11 seconds before trying again\n"
     "##[error]socket hang up\n"),
    ("node-dist-download-etimedout", "transient",
     "Run actions/setup-node@v4\n"
     "Acquiring 22.4.0 - arm64 from https://nodejs.org/dist/v22.4.0/node-v22.4.0-darwin-arm64.tar.gz\n"
     "connect ETIMEDOUT 198.51.100.20:443\n"
     "Waiting 19 seconds before trying again\n"
     "##[error]connect ETIMEDOUT 198.51.100.20:443\n"),
    ("node-dist-download-429", "transient",
     "Run actions/setup-node@v4\n"
     "Acquiring 20.15.0 - x64 from https://mirror.example.org/node/v20.15.0/node-v20.15.0-linux-x64.tar.xz\n"
     "Unexpected HTTP response: 429\n"
     "Waiting 10 seconds before trying again\n"
     "##[error]Unexpected HTTP response: 429\n"),
    # official_builds.ts downloadDirectlyFromNode ("Unable to find Node version '%s' for platform %s and
    # architecture %s.") (checked)
    ("node-version-not-found", "real",
     "Run actions/setup-node@v4\n"
     "  with:\n"
     "    node-version: 25.9.1\n"
     "Attempting to download 25.9.1...\n"
     "Not found in manifest. Falling back to download directly from Node\n"
     "##[error]Unable to find Node version '25.9.1' for platform linux and architecture x64.\n"),
    # near-miss: the manifest fetch was rate-limited ("Received HTTP status code %s. This usually indicates
    # the rate limit has been exceeded"), the fallback then found no such version (checked)
    ("node-rate-limit-then-version-not-found", "real",
     "Run actions/setup-node@v4\n"
     "Attempting to download 16.99...\n"
     "Received HTTP status code 403. This usually indicates the rate limit has been exceeded\n"
     "Falling back to download directly from Node\n"
     "##[error]Unable to find Node version '16.99' for platform linux and architecture x64.\n"),
    ("node-windows-arm-not-found", "real",
     "Run actions/setup-node@v4\n"
     "Attempting to download 14...\n"
     "Not found in manifest. Falling back to download directly from Node\n"
     "##[error]Unable to find Node version '14' for platform win32 and architecture arm64.\n"),
    # official_builds.ts ("Unable to find LTS release '%s' for Node version '%s'.") (checked)
    ("node-lts-alias-unknown", "real",
     "Run actions/setup-node@v4\n"
     "Attempt to resolve LTS alias from manifest...\n"
     "##[error]Unable to find LTS release 'hydrogn' for Node version 'lts/hydrogn'.\n"),
    # src/cache-restore.ts ("Dependencies lock file is not found in %s. Supported file patterns: %s") (checked)
    ("node-lock-file-not-found", "real",
     "Run actions/setup-node@v4\n"
     "  with:\n"
     "    cache: npm\n"
     "Found in cache @ /opt/hostedtoolcache/node/20.11.1/x64\n"
     "##[error]Dependencies lock file is not found in /home/runner/work/shop-web/shop-web. Supported file patterns: package-lock.json,npm-shrinkwrap.json,yarn.lock\n"),
    ("node-pnpm-lock-file-not-found", "real",
     "Run actions/setup-node@v4\n"
     "Found in cache @ /opt/hostedtoolcache/node/22.4.0/x64\n"
     "/home/runner/setup-pnpm/node_modules/.bin/pnpm store path --silent\n"
     "##[error]Dependencies lock file is not found in /home/runner/work/widgets/widgets. Supported file patterns: pnpm-lock.yaml\n"),
    # src/cache-restore.ts ("Some specified paths were not resolved, unable to cache dependencies.") (checked)
    ("node-cache-paths-not-resolved", "real",
     "Run actions/setup-node@v4\n"
     "Found in cache @ /opt/hostedtoolcache/node/20.11.1/x64\n"
     "##[error]Some specified paths were not resolved, unable to cache dependencies.\n"),
    # src/util.ts ("The specified node version file at: %s does not exist") (checked)
    ("node-version-file-missing", "real",
     "Run actions/setup-node@v4\n"
     "  with:\n"
     "    node-version-file: .nvmrc\n"
     "##[error]The specified node version file at: /home/runner/work/app/app/.nvmrc does not exist\n"),
    # src/cache-utils.ts ("Caching for '%s' is not supported") (checked)
    ("node-cache-manager-unsupported", "real",
     "Run actions/setup-node@v4\n"
     "Found in cache @ /opt/hostedtoolcache/node/20.11.1/x64\n"
     "##[error]Caching for 'bun' is not supported\n"),
    # near-miss: the cache service could not be reached (a warning: "The runner was not able to contact the
    # cache service. Caching will be skipped"), then the project's tests failed
    ("node-cache-service-warning-then-test-failure", "real",
     "Run actions/setup-node@v4\n"
     "Warning: The runner was not able to contact the cache service. Caching will be skipped\n"
     "Run npm test\n"
     "FAIL src/cart.test.js\n"
     "  ● cart › applies the discount\n"
     "    expect(received).toBe(expected) // Object.is equality\n"
     "    Expected: 90\n"
     "    Received: 100\n"
     "Tests:       1 failed, 41 passed, 42 total\n" + _EXIT),

    # ------------------------------------------------------------------ setup-python
    # actions/setup-python src/find-python.ts ("The version '%s' with architecture '%s' was not found for %s.",
    # "The list of all available versions can be found here: %s") (checked)
    ("python-version-not-found-for-os", "real",
     "Run actions/setup-python@v5\n"
     "  with:\n"
     "    python-version: 3.7\n"
     "Version 3.7 was not found in the local cache\n"
     "##[error]The version '3.7' with architecture 'x64' was not found for Ubuntu 24.04.\n"
     "The list of all available versions can be found here: https://raw.githubusercontent.com/actions/python-versions/main/versions-manifest.json\n"),
    ("python-freethreaded-not-found", "real",
     "Run actions/setup-python@v5\n"
     "Version 3.12t was not found in the local cache\n"
     "##[error]The version '3.12t' with architecture 'arm64' was not found for macOS 15.1.\n"
     "Free threaded versions are only available for Python 3.13.0 and later.\n"
     "The list of all available versions can be found here: https://raw.githubusercontent.com/actions/python-versions/main/versions-manifest.json\n"),
    # the older wording of the same check ("Version %s with arch %s not found")
    ("python-version-with-arch-not-found-old", "real",
     "Run actions/setup-python@v4\n"
     "Version 3.5 was not found in the local cache\n"
     "Error: Version 3.5 with arch x64 not found\n"
     "The list of all available versions can be found here: https://raw.githubusercontent.com/actions/python-versions/main/versions-manifest.json\n"),
    # src/install-pypy.ts ("PyPy version %s (%s) with arch %s not found") (checked)
    ("pypy-version-not-found", "real",
     "Run actions/setup-python@v5\n"
     "  with:\n"
     "    python-version: pypy3.7-v7.3.99\n"
     "Downloading PyPy from \"https://downloads.python.org/pypy/versions.json\" ...\n"
     "##[error]PyPy version 3.7 (v7.3.99) with arch x64 not found\n"),
    # src/install-graalpy.ts ("GraalPy version %s with arch %s not found") (checked)
    ("graalpy-version-not-found", "real",
     "Run actions/setup-python@v5\n"
     "##[error]GraalPy version 99.0.0 with arch x64 not found\n"),
    # src/install-python.ts getManifest ("Failed to fetch the Python versions manifest. The response was
    # empty, truncated, or invalid, and all retries were exhausted. %s", "Failed to fetch a valid manifest
    # from %s after %s attempt(s): %s") (checked)
    ("python-manifest-exhausted-503", "transient",
     "Run actions/setup-python@v5\n"
     "Version 3.12 was not found in the local cache\n"
     "##[error]Failed to fetch the Python versions manifest. The response was empty, truncated, or invalid, and all "
     "retries were exhausted. Failed to fetch a valid manifest from the raw URL after 3 attempt(s): Failed request: (503)\n"),
    ("python-manifest-exhausted-reset", "transient",
     "Run actions/setup-python@v5\n"
     "Version 3.11 was not found in the local cache\n"
     "##[error]Failed to fetch the Python versions manifest. The response was empty, truncated, or invalid, and all "
     "retries were exhausted. Failed to fetch a valid manifest from the raw URL after 3 attempt(s): read ECONNRESET\n"),
    # find-python.ts ("Version %s is available for downloading"); the tool-cache download failing
    ("python-download-502", "transient",
     "Run actions/setup-python@v5\n"
     "Version 3.12.4 was not found in the local cache\n"
     "Version 3.12.4 is available for downloading\n"
     "Download from \"https://github.com/actions/python-versions/releases/download/3.12.4-9876543/python-3.12.4-linux-24.04-x64.tar.gz\"\n"
     "Unexpected HTTP response: 502\n"
     "Waiting 12 seconds before trying again\n"
     "##[error]Unexpected HTTP response: 502\n"),
    # src/cache-distributions/cache-distributor.ts ("No file in %s matched to [%s], make sure you have
    # checked out the target repository") (checked)
    ("python-cache-no-file-matched", "real",
     "Run actions/setup-python@v5\n"
     "  with:\n"
     "    cache: pip\n"
     "Successfully set up CPython (3.12.4)\n"
     "##[error]No file in /home/runner/work/tools/tools matched to [**/requirements.txt or **/pyproject.toml], make sure you have checked out the target repository\n"),
    # src/setup-python.ts ("The specified python version file at: %s doesn't exist.") (checked)
    ("python-version-file-missing", "real",
     "Run actions/setup-python@v5\n"
     "##[error]The specified python version file at: .python-version doesn't exist.\n"),
    # src/find-pypy.ts ("Invalid 'version' property for PyPy. ...") (checked)
    ("pypy-invalid-version-input", "real",
     "Run actions/setup-python@v5\n"
     "##[error]Invalid 'version' property for PyPy. PyPy version should be specified as 'pypy<python-version>' or "
     "'pypy-<python-version>'. See README for examples and documentation.\n"),

    # ------------------------------------------------------------------ setup-go
    # actions/setup-go src/installer.ts ("Unable to find Go version '%s' for platform %s and architecture %s.") (checked)
    ("go-version-not-found", "real",
     "Run actions/setup-go@v5\n"
     "Setup go version spec 1.99\n"
     "Attempting to download 1.99...\n"
     "matching 1.99...\n"
     "Not found in manifest.  Falling back to download directly from Go\n"
     "##[error]Unable to find Go version '1.99' for platform linux and architecture x64.\n"),
    # installer.ts ("The requested Go version %s is not available for platform %s/%s. Download URL returned
    # HTTP 404: %s") (checked)
    ("go-custom-url-404", "real",
     "Run actions/setup-go@v5\n"
     "Install from custom download URL\n"
     "Acquiring go1.23.99 from https://mirror.example.org/golang/go1.23.99.linux-amd64.tar.gz\n"
     "##[error]The requested Go version 1.23.99 is not available for platform linux/x64. Download URL returned HTTP 404: "
     "https://mirror.example.org/golang/go1.23.99.linux-amd64.tar.gz\n"),
    # installer.ts ("Failed to download version %s: %s") with the tool-cache's error (checked)
    ("go-download-503", "transient",
     "Run actions/setup-go@v5\n"
     "Not found in manifest.  Falling back to download directly from Go\n"
     "Install from dist\n"
     "Acquiring go1.22.5 from https://storage.googleapis.com/golang/go1.22.5.linux-amd64.tar.gz\n"
     "Unexpected HTTP response: 503\n"
     "Waiting 14 seconds before trying again\n"
     "##[error]Failed to download version 1.22.5: Error: Unexpected HTTP response: 503\n"),
    # installer.ts ("Failed to download Go %s for platform %s/%s from %s: %s") (checked)
    ("go-custom-url-timeout", "transient",
     "Run actions/setup-go@v5\n"
     "Install from custom download URL\n"
     "Acquiring go1.22.5 from https://mirror.example.org/golang/go1.22.5.linux-amd64.tar.gz\n"
     "##[error]Failed to download Go 1.22.5 for platform linux/x64 from https://mirror.example.org/golang/go1.22.5.linux-amd64.tar.gz: "
     "Error: connect ETIMEDOUT 198.51.100.9:443\n"),
    # near-miss: the manifest was rate-limited ("Received HTTP status code %s.  This usually indicates the rate
    # limit has been exceeded"), Go came from the dist, then the code did not compile
    ("go-rate-limit-fallback-then-compile-error", "real",
     "Run actions/setup-go@v5\n"
     "Received HTTP status code 403.  This usually indicates the rate limit has been exceeded\n"
     "Falling back to download directly from Go\n"
     "Install from dist\n"
     "Successfully set up Go version 1.22.5\n"
     "Run go build ./...\n"
     "# example.org/inventory/store\n"
     "store/cache.go:41:9: undefined: evictOldest\n" + _EXIT),
    # src/cache-restore.ts ("Dependencies file is not found in %s. Supported file pattern: %s") (checked)
    ("go-dependencies-file-not-found", "real",
     "Run actions/setup-go@v5\n"
     "Successfully set up Go version 1.22.5\n"
     "##[error]Dependencies file is not found in /home/runner/work/cli/cli. Supported file pattern: go.sum\n"),
    # src/main.ts ("The specified go version file at: %s does not exist") (checked)
    ("go-version-file-missing", "real",
     "Run actions/setup-go@v5\n"
     "##[error]The specified go version file at: /home/runner/work/cli/cli/go.mod does not exist\n"),

    # ------------------------------------------------------------------ setup-java
    # actions/setup-java src/distributions/base-installer.ts createVersionNotFoundError ("No matching
    # version found for SemVer '%s'.", "Distribution: %s", "Available versions: %s") (checked)
    ("java-no-matching-version", "real",
     "Run actions/setup-java@v4\n"
     "Trying to resolve the latest version from remote\n"
     "##[error]No matching version found for SemVer '9'.\n"
     "Distribution: temurin\n"
     "Package type: jdk\n"
     "Architecture: x64\n"
     "Available versions: 23.0.1+11, 21.0.5+11, 17.0.13+11, 11.0.25+9, 8.0.432+6\n"),
    # base-installer.ts logSetupError ("HTTP 429: Rate limit exceeded. Please retry later.") then setFailed
    ("java-api-429", "transient",
     "Run actions/setup-java@v4\n"
     "Trying to resolve the latest version from remote\n"
     "Warning: HTTP 429: Rate limit exceeded. Please retry later.\n"
     "##[error]Unexpected HTTP response: 429\n"),
    # logSetupError ("HTTP %s: %s") for another status
    ("java-api-502", "transient",
     "Run actions/setup-java@v4\n"
     "Trying to resolve the latest version from remote\n"
     "##[error]HTTP 502: Unexpected HTTP response: 502\n"
     "##[error]Unexpected HTTP response: 502\n"),
    # logSetupError ("Java setup failed due to network or configuration error(s)", then each error) (checked)
    ("java-network-aggregate", "transient",
     "Run actions/setup-java@v4\n"
     "Trying to resolve the latest version from remote\n"
     "##[error]Java setup failed due to network or configuration error(s)\n"
     "##[error]connect ETIMEDOUT 198.51.100.30:443\n"
     "##[error]connect ETIMEDOUT 2001:db8::30:443\n"),
    # logSetupError ("Java setup process failed due to: %s") (checked)
    ("java-setup-process-dns", "transient",
     "Run actions/setup-java@v4\n"
     "Trying to resolve the latest version from remote\n"
     "##[error]Java setup process failed due to: getaddrinfo EAI_AGAIN api.jdk.example.org\n"
     "##[error]getaddrinfo EAI_AGAIN api.jdk.example.org\n"),
    # base-installer.ts ("Failed to fetch the authoritative %s checksum for %s from %s (HTTP %s).") (checked)
    ("java-checksum-fetch-503", "transient",
     "Run actions/setup-java@v4\n"
     "Java 21.0.5+11 was downloaded\n"
     "##[error]Failed to fetch the authoritative sha256 checksum for temurin from https://downloads.jdk.example.org/jdk21.tar.gz.sha256.txt (HTTP 503).\n"),
    # src/distributions/graalvm/installer.ts ("Access denied when downloading GraalVM. Status code: %s. Please
    # check your credentials or permissions.") (checked)
    ("java-graalvm-access-denied", "real",
     "Run actions/setup-java@v4\n"
     "Trying to resolve the latest version from remote\n"
     "##[error]Access denied when downloading GraalVM. Status code: 401. Please check your credentials or permissions.\n"),
    # graalvm/installer.ts ("HTTP request for GraalVM failed with status code: %s (%s)") (checked)
    ("java-graalvm-http-502", "transient",
     "Run actions/setup-java@v4\n"
     "Trying to resolve the latest version from remote\n"
     "##[error]HTTP request for GraalVM failed with status code: 502 (Bad Gateway)\n"),
    # graalvm/installer.ts ("%s is only supported for JDK %s and later. Requested version: %s") (checked)
    ("java-graalvm-too-old", "real",
     "Run actions/setup-java@v4\n"
     "##[error]graalvm is only supported for JDK 17 and later. Requested version: 11\n"),
    # base-installer.ts ("The string '%s' is not valid SemVer notation for a Java version. ...") (checked)
    ("java-invalid-semver", "real",
     "Run actions/setup-java@v4\n"
     "##[error]The string '1.8.x.1' is not valid SemVer notation for a Java version. Please check README file for code snippets and more detailed information\n"),

    # ------------------------------------------------------------------ setup-dotnet / dotnet-install
    # actions/setup-dotnet externals/install-dotnet.sh (say: "dotnet-install: %s"; say_err: "dotnet_install:
    # Error: %s"; "The resource at %s link '%s' is not available.", "Could not find `%s` with version = %s")
    # and src/installer.ts ("Failed to install dotnet, exit code: %s. %s") (checked)
    ("dotnet-install-version-not-available", "real",
     "Run actions/setup-dotnet@v4\n"
     "dotnet-install: Attempting to download using primary link https://builds.dotnet.example.org/dotnet/Sdk/9.0.999/dotnet-sdk-9.0.999-linux-x64.tar.gz\n"
     "dotnet-install: The resource at primary link 'https://builds.dotnet.example.org/dotnet/Sdk/9.0.999/dotnet-sdk-9.0.999-linux-x64.tar.gz' is not available.\n"
     "dotnet_install: Error: Could not find `.NET Core SDK` with version = 9.0.999\n"
     "dotnet_install: Error: Refer to: https://aka.ms/dotnet-os-lifecycle for information on .NET Core support\n"
     "##[error]Failed to install dotnet, exit code: 1. dotnet_install: Error: Could not find `.NET Core SDK` with version = 9.0.999\n"
     "dotnet_install: Error: Refer to: https://aka.ms/dotnet-os-lifecycle for information on .NET Core support\n"),
    # install-dotnet.sh ("Download attempt #%s has failed: %s %s", "Unable to download %s. Returned HTTP
    # status code: %s.", "Failed to download %s link '%s': %s %s") before the same "Could not find" (checked)
    ("dotnet-install-download-503", "transient",
     "Run actions/setup-dotnet@v4\n"
     "dotnet-install: Attempting to download using primary link https://builds.dotnet.example.org/dotnet/Sdk/8.0.404/dotnet-sdk-8.0.404-linux-x64.tar.gz\n"
     "dotnet-install: Download attempt #1 has failed: 503 Unable to download https://builds.dotnet.example.org/dotnet/Sdk/8.0.404/dotnet-sdk-8.0.404-linux-x64.tar.gz. Returned HTTP status code: 503.\n"
     "dotnet-install: Attempt #2 will start in 20 seconds.\n"
     "dotnet-install: Failed to download primary link 'https://builds.dotnet.example.org/dotnet/Sdk/8.0.404/dotnet-sdk-8.0.404-linux-x64.tar.gz': 503 Unable to download https://builds.dotnet.example.org/dotnet/Sdk/8.0.404/dotnet-sdk-8.0.404-linux-x64.tar.gz. Returned HTTP status code: 503.\n"
     "dotnet_install: Error: Could not find `.NET Core SDK` with version = 8.0.404\n"
     "dotnet_install: Error: Refer to: https://aka.ms/dotnet-os-lifecycle for information on .NET Core support\n"
     "##[error]Failed to install dotnet, exit code: 1. dotnet_install: Error: Could not find `.NET Core SDK` with version = 8.0.404\n"),
    ("dotnet-install-curl-timeout", "transient",
     "Run actions/setup-dotnet@v4\n"
     "dotnet-install: Attempting to download using primary link https://builds.dotnet.example.org/dotnet/Sdk/8.0.404/dotnet-sdk-8.0.404-linux-x64.tar.gz\n"
     "curl: (28) Failed to connect to builds.dotnet.example.org port 443 after 15002 ms: Timeout was reached\n"
     "dotnet-install: Download attempt #3 has failed:  Unable to download https://builds.dotnet.example.org/dotnet/Sdk/8.0.404/dotnet-sdk-8.0.404-linux-x64.tar.gz.\n"
     "dotnet-install: Failed to download primary link 'https://builds.dotnet.example.org/dotnet/Sdk/8.0.404/dotnet-sdk-8.0.404-linux-x64.tar.gz':  Unable to download https://builds.dotnet.example.org/dotnet/Sdk/8.0.404/dotnet-sdk-8.0.404-linux-x64.tar.gz.\n"
     "dotnet_install: Error: Could not find `.NET Core SDK` with version = 8.0.404\n"
     "##[error]Failed to install dotnet, exit code: 1. dotnet_install: Error: Could not find `.NET Core SDK` with version = 8.0.404\n"),
    # src/installer.ts ("The 'dotnet-version' was supplied in invalid format: %s! Supported syntax: ...") (checked)
    ("dotnet-invalid-version-input", "real",
     "Run actions/setup-dotnet@v4\n"
     "##[error]The 'dotnet-version' was supplied in invalid format: 8.0.x.1! Supported syntax: A.B.C, A.B, A.B.x, A, A.x, A.B.Cxx, latest\n"),
    # src/setup-dotnet.ts ("The specified global.json file '%s' does not exist") (checked)
    ("dotnet-global-json-missing", "real",
     "Run actions/setup-dotnet@v4\n"
     "##[error]The specified global.json file 'src/global.json' does not exist\n"),
    # src/cache-restore.ts ("Dependencies lock file is not found in %s. Supported file patterns: %s") (checked)
    ("dotnet-lock-file-not-found", "real",
     "Run actions/setup-dotnet@v4\n"
     "dotnet-install: Installation finished successfully.\n"
     "##[error]Dependencies lock file is not found in /home/runner/work/api/api. Supported file patterns: packages.lock.json\n"),

    # ------------------------------------------------------------------ ruby/setup-ruby
    # ruby/setup-ruby index.js ("Unknown version %s for %s on %s", "Available versions for %s on %s: %s",
    # "Make sure you use the latest version of the action with - uses: ruby/setup-ruby@v1") (checked)
    ("ruby-unknown-version", "real",
     "Run ruby/setup-ruby@v1\n"
     "##[error]Unknown version 3.9 for ruby on ubuntu-24.04\n"
     "        Available versions for ruby on ubuntu-24.04: 3.3.5, 3.3.4, 3.2.5, 3.1.6, head, debug\n"
     "        Make sure you use the latest version of the action with - uses: ruby/setup-ruby@v1\n"),
    # ruby-builder.js ("Unavailable version %s for %s on %s", "You can request it at ...", "Cause: %s") (checked)
    ("ruby-unavailable-version-404", "real",
     "Run ruby/setup-ruby@v1\n"
     "Downloading Ruby\n"
     "https://github.com/ruby/ruby-builder/releases/download/toolcache/ruby-2.5.9-macos-15-arm64.tar.gz\n"
     "##[error]Unavailable version 2.5.9 for ruby on macos-15-arm64\n"
     "          You can request it at https://github.com/ruby/setup-ruby/issues\n"
     "          Cause: Unexpected HTTP response: 404\n"),
    # common.js download through the tool-cache: a 503 outlasting the retries
    ("ruby-download-503", "transient",
     "Run ruby/setup-ruby@v1\n"
     "Downloading Ruby\n"
     "https://github.com/ruby/ruby-builder/releases/download/toolcache/ruby-3.3.5-ubuntu-24.04.tar.gz\n"
     "Unexpected HTTP response: 503\n"
     "Waiting 16 seconds before trying again\n"
     "Unexpected HTTP response: 503\n"
     "Waiting 12 seconds before trying again\n"
     "##[error]Unexpected HTTP response: 503\n"),
    # bundler.js runs "bundle install" through @actions/exec ("The process '%s' failed with exit code %s");
    # bundler's own words for a gem that does not exist
    ("ruby-bundler-cache-gem-not-found", "real",
     "Run ruby/setup-ruby@v1\n"
     "[command]/opt/hostedtoolcache/Ruby/3.3.5/x64/bin/bundle install --jobs 4\n"
     "Fetching gem metadata from https://rubygems.org/.........\n"
     "Could not find gem 'acme-widgets (~> 9.0)' in rubygems repository https://rubygems.org/ or installed locally.\n"
     "##[error]Error: The process '/opt/hostedtoolcache/Ruby/3.3.5/x64/bin/bundle' failed with exit code 7\n"),
    # bundler.js ("$BUNDLE_GEMFILE is set to %s but does not exist") (checked)
    ("ruby-bundle-gemfile-missing", "real",
     "Run ruby/setup-ruby@v1\n"
     "##[error]$BUNDLE_GEMFILE is set to gemfiles/rails9.gemfile but does not exist\n"),

    # ------------------------------------------------------------------ erlef/setup-beam
    # erlef/setup-beam src/setup-beam.js requestedVersionFor ("Requested %s %s version (%s) not found in
    # version list, at %s.", "Should you be using option 'version-type': 'strict'?") (checked)
    ("beam-otp-version-not-found", "real",
     "Run erlef/setup-beam@v1\n"
     "##[error]Requested Erlang/OTP version (29.9) not found in version list, at https://builds.hex.pm/builds/otp/ubuntu-24.04/builds.txt. "
     "Should you be using option 'version-type': 'strict'?\n"),
    # setup-beam.js ("Requested Elixir / Erlang/OTP version (%s / tried %s) not found in version list (did
    # you check Compatibility between Elixir and Erlang/OTP?). ...") (checked)
    ("beam-elixir-otp-incompatible", "real",
     "Run erlef/setup-beam@v1\n"
     "##[error]Requested Elixir / Erlang/OTP version (1.12 / tried 27) not found in version list (did you check "
     "Compatibility between Elixir and Erlang/OTP?). Elixir and Erlang/OTP compatibility can be found at: "
     "https://hexdocs.pm/elixir/compatibility-and-deprecations.html\n"),
    # setup-beam.js doWithMirrors ("Action %s failed for mirror %s, with %s", "Could not %s from any hex.pm
    # mirror"); getUrlResponse throws the response's statusText (checked)
    ("beam-all-mirrors-503", "transient",
     "Run erlef/setup-beam@v1\n"
     "Action fetch https://builds.hex.pm/builds/otp/ubuntu-24.04/builds.txt failed for mirror https://builds.hex.pm, with Error: Service Unavailable\n"
     "Action fetch https://builds.hex.pm/builds/otp/ubuntu-24.04/builds.txt failed for mirror https://cdn.example.org/hexpm, with Error: Service Unavailable\n"
     "##[error]Could not fetch https://builds.hex.pm/builds/otp/ubuntu-24.04/builds.txt from any hex.pm mirror\n"),
    ("beam-all-mirrors-timeout", "transient",
     "Run erlef/setup-beam@v1\n"
     "Action install Erlang/OTP 27.1 failed for mirror https://builds.hex.pm, with TimeoutError: The operation was aborted due to timeout\n"
     "##[error]Could not install Erlang/OTP 27.1 from any hex.pm mirror\n"),
    # setup-beam.js ("Tried to map a target OS from env. variable 'ImageOS' (got %s), but failed. ...") (checked)
    ("beam-imageos-unmapped", "real",
     "Run erlef/setup-beam@v1\n"
     "##[error]Tried to map a target OS from env. variable 'ImageOS' (got undefined), but failed. If you're using a "
     "self-hosted runner, you should set 'env': 'ImageOS': ... to one of the following: ['ubuntu22', 'ubuntu24', 'win22']\n"),

    # ------------------------------------------------------------------ astral-sh/setup-uv
    # astral-sh/setup-uv src/download/download-version.ts ("Could not find artifact for version %s, arch %s,
    # platform %s in %s .") (checked)
    ("uv-artifact-not-found", "real",
     "Run astral-sh/setup-uv@v6\n"
     "Trying to get uv 0.99.0 from the versions manifest\n"
     "##[error]Could not find artifact for version 0.99.0, arch x86_64, platform unknown-linux-gnu in https://raw.githubusercontent.com/astral-sh/versions/main/v1/uv.ndjson .\n"),
    # src/version/resolve.ts ("No version found for %s") (checked)
    ("uv-no-version-found", "real",
     "Run astral-sh/setup-uv@v6\n"
     "##[error]No version found for >=9.0\n"),
    # src/download/manifest.ts ("Failed to fetch manifest data: %s %s") (checked)
    ("uv-manifest-fetch-502", "transient",
     "Run astral-sh/setup-uv@v6\n"
     "##[error]Failed to fetch manifest data: 502 Bad Gateway\n"),
    # src/download/checksum/checksum.ts ("Checksum for %s did not match %s.") with a checksum the workflow pins
    ("uv-pinned-checksum-mismatch", "real",
     "Run astral-sh/setup-uv@v6\n"
     "  with:\n"
     "    version: 0.5.4\n"
     "    checksum: 0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a69788796a5b4c3d2e1f0\n"
     "##[error]Checksum for /home/runner/work/_temp/4c1b2a/uv-x86_64-unknown-linux-gnu.tar.gz did not match 0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a69788796a5b4c3d2e1f0.\n"),

    # ------------------------------------------------------------------ pnpm/action-setup
    # pnpm/action-setup src/install-pnpm/run.ts ("Multiple versions of pnpm specified: ...") (checked)
    ("pnpm-multiple-versions", "real",
     "Run pnpm/action-setup@v4\n"
     "##[error]Error: Multiple versions of pnpm specified:\n"
     "  - version 9 in the GitHub Action config with the key \"version\"\n"
     "  - version pnpm@9.12.0 in the package.json with the key \"packageManager\"\n"
     "Remove one of these versions to avoid version mismatch errors like ERR_PNPM_BAD_PM_VERSION\n"),
    # run.ts ("No pnpm version is specified. ...") (checked)
    ("pnpm-no-version", "real",
     "Run pnpm/action-setup@v4\n"
     "##[error]Error: No pnpm version is specified.\n"
     "Please specify it by one of the following ways:\n"
     "  - in the GitHub Action config with the key \"version\"\n"
     "  - in the package.json with the key \"packageManager\"\n"),
    # src/install-pnpm/index.ts ("Something went wrong, self-installer exits with code %s"); the
    # self-installer is pnpm itself, relaying the registry's failure
    ("pnpm-self-installer-registry-hang-up", "transient",
     "Run pnpm/action-setup@v4\n"
     "Installing pnpm@9.12.0\n"
     " ERR_PNPM_META_FETCH_FAIL  GET https://registry.npmjs.org/pnpm: request to https://registry.npmjs.org/pnpm failed, reason: socket hang up\n"
     "##[error]Something went wrong, self-installer exits with code 1\n"),
    ("pnpm-self-installer-no-such-version", "real",
     "Run pnpm/action-setup@v4\n"
     "Installing pnpm@19.0.0\n"
     " ERR_PNPM_NO_MATCHING_VERSION  No matching version found for pnpm@19.0.0\n"
     "The latest release of pnpm is \"9.12.0\".\n"
     "##[error]Something went wrong, self-installer exits with code 1\n"),

    # ------------------------------------------------------------------ setup-miniconda
    # conda-incubator/setup-miniconda src/installer/download-miniconda.ts ("Failed to download Miniconda
    # installer from %s. Please verify that miniconda-version '%s' is valid for %s-%s. ... Original error: %s") (checked)
    ("miniconda-download-503", "transient",
     "Run conda-incubator/setup-miniconda@v3\n"
     "Creating bootstrap condarc file in /home/runner/.condarc...\n"
     "##[error]Failed to download Miniconda installer from https://repo.anaconda.com/miniconda/Miniconda3-py312_24.9.2-0-Linux-x86_64.sh. "
     "Please verify that miniconda-version 'py312_24.9.2-0' is valid for Linux-x86_64. Browse available versions at https://repo.anaconda.com/miniconda\n"
     "Original error: Error: Unexpected HTTP response: 503\n"),
    ("miniconda-download-404", "real",
     "Run conda-incubator/setup-miniconda@v3\n"
     "Creating bootstrap condarc file in /home/runner/.condarc...\n"
     "##[error]Failed to download Miniconda installer from https://repo.anaconda.com/miniconda/Miniconda3-py39_99.1.1-0-Linux-x86_64.sh. "
     "Please verify that miniconda-version 'py39_99.1.1-0' is valid for Linux-x86_64. Browse available versions at https://repo.anaconda.com/miniconda\n"
     "Original error: Error: Unexpected HTTP response: 404\n"),
    # src/utils.ts ("\"%s\" failed with \"%s\"" for constants.FORCED_ERRORS: EnvironmentSectionNotValid) (checked)
    ("miniconda-env-section-not-valid", "real",
     "Run conda-incubator/setup-miniconda@v3\n"
     "[command]/usr/share/miniconda/condabin/conda env create --file environment.yml --name test\n"
     "EnvironmentSectionNotValid: The following sections on 'environment.yml' are invalid and will be ignored:\n"
     " - dependecies\n"
     "##[error]\"/usr/share/miniconda/condabin/conda,env,create,--file,environment.yml,--name,test\" failed with \"EnvironmentSectionNotValid\"\n"),

    # ------------------------------------------------------------------ gradle/actions
    # gradle/actions sources/src/execution/provision.ts ("Gradle version %s does not exist") (checked)
    ("gradle-version-does-not-exist", "real",
     "Run gradle/actions/setup-gradle@v4\n"
     "  with:\n"
     "    gradle-version: 9.99\n"
     "##[error]Gradle version 9.99 does not exist\n"),
    # sources/src/actions/wrapper-validation/main.ts ("At least one Gradle Wrapper Jar failed validation!")
    # and sources/src/wrapper-validation/validate.ts ("✗ Found unknown Gradle Wrapper JAR files:") (checked)
    ("gradle-wrapper-validation-failed", "real",
     "Run gradle/actions/wrapper-validation@v4\n"
     "##[error]At least one Gradle Wrapper Jar failed validation!\n"
     "  See https://github.com/gradle/actions/blob/main/docs/wrapper-validation.md#validation-failures\n"
     "✗ Found unknown Gradle Wrapper JAR files:\n"
     "  0a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f9 gradle/wrapper/gradle-wrapper.jar\n"),
    # main.ts ("Wrapper validation failed: no Gradle Wrapper jars found. Did you forget to checkout the
    # repository?") (checked)
    ("gradle-wrapper-validation-no-jars", "real",
     "Run gradle/actions/wrapper-validation@v4\n"
     "##[error]Wrapper validation failed: no Gradle Wrapper jars found. Did you forget to checkout the repository?\n"),
]

# Wordings an action prints for an outage and for a persistent cause alike: no surely-transient verdict.
NOT_SURELY_TRANSIENT: list[tuple[str, str]] = [
    # actions/setup-node official_builds.ts: a 404 on a version the index lists ("... was found but failed to
    # download. This usually happens when downloadable binaries are not fully updated at https://nodejs.org/.
    # To resolve this issue you may either fall back to the older version or try again later.") (checked)
    ("node-found-but-not-uploaded",
     "Run actions/setup-node@v4\n"
     "Acquiring 23.5.0 - x64 from https://nodejs.org/dist/v23.5.0/node-v23.5.0-linux-x64.tar.gz\n"
     "Warning: Node version 23.5.0 for platform linux and architecture x64 was found but failed to download. This usually "
     "happens when downloadable binaries are not fully updated at https://nodejs.org/. To resolve this issue you may "
     "either fall back to the older version or try again later.\n"
     "##[error]Unexpected HTTP response: 404\n"),
    # official_builds.ts ("Node %s installation failed, likely due to an incomplete or corrupted download.") (checked)
    ("node-incomplete-or-corrupted",
     "Run actions/setup-node@v4\n"
     "Extracting ...\n"
     "Adding to the cache ...\n"
     "##[error]Node 22.3.0 installation failed, likely due to an incomplete or corrupted download.\n"),
    # actions/setup-java base-installer.ts logSetupError ("HTTP 403: Permission denied or access restricted."):
    # a refusal or GitHub's rate limit worded as 403
    ("java-api-403",
     "Run actions/setup-java@v4\n"
     "Trying to resolve the latest version from remote\n"
     "##[error]HTTP 403: Permission denied or access restricted.\n"
     "##[error]Unexpected HTTP response: 403\n"),
    # actions/setup-java src/checksum.ts ("Checksum verification failed for %s version %s: %s expected %s,
    # actual %s.") against the distribution's published digest: a truncated download or a changed artifact
    ("java-distribution-checksum-mismatch",
     "Run actions/setup-java@v4\n"
     "Java 21.0.5+11 was downloaded\n"
     "##[error]Checksum verification failed for temurin version 21.0.5+11: sha256 expected 1a2b3c, actual 4d5e6f.\n"),
    # actions/setup-dotnet install-dotnet.sh ("Failed to resolve the exact version number."): the feed could
    # not be read, or the channel/quality names no version
    ("dotnet-install-failed-to-resolve",
     "Run actions/setup-dotnet@v4\n"
     "dotnet_install: Error: Failed to resolve the exact version number.\n"
     "##[error]Failed to install dotnet, exit code: 1. dotnet_install: Error: Failed to resolve the exact version number.\n"),
    # actions/setup-python src/install-pypy.ts ("Unable to retrieve the list of available PyPy versions from
    # '%s'"): an empty answer, whatever caused it
    ("pypy-version-list-unavailable",
     "Run actions/setup-python@v5\n"
     "##[error]Unable to retrieve the list of available PyPy versions from 'https://downloads.python.org/pypy/versions.json'\n"),
]


@pytest.mark.parametrize(("verdict", "log"), labelled(CASES))
def test_setup_action_message_reads_right(verdict, log):
    reads(log, verdict)


@pytest.mark.parametrize("log", logs(NOT_SURELY_TRANSIENT))
def test_ambiguous_setup_action_failures_do_not_read_surely_transient(log):
    not_surely_transient(log)


def test_case_ids_are_unique():
    assert_unique_ids(CASES, NOT_SURELY_TRANSIENT)
