"""Twentieth round, tool sources: CircleCI's own messages and its official orbs' install scripts.

Covered: the install scripts of the CircleCI-Public orbs as they fail to resolve "latest" (github-cli-orb's
loop on the GitHub API's tag_name, kubernetes-orb's stable.txt, gcp-cli-orb's release notes, node-orb's nvm
installer piped from a host that answered with a rate-limit page), to download the tool (go-orb's Go archive,
browser-tools-orb's Chrome, Firefox, geckodriver and ChromeDriver, aws-cli-orb's zip, node-orb's pnpm), an
unsupported platform or architecture (github-cli-orb, aws-cli-orb's detect_os, go-orb's goreleaser), a
version the user pinned that does not exist or does not fit (kubernetes-orb's version format, github-cli-orb's
macOS ARM floor, android-orb's NDK) and a missing tool or parameter (github-cli-orb's and gcp-cli-orb's
required commands, ruby-orb's bundler version, browser-tools-orb's directory and brew); and CircleCI's
platform messages around the job: setup_remote_docker's VM that could not be created, workspaces
(persist_to_workspace's paths and root, attach_workspace's concurrent layers and a layer that did not
extract), caches (a cache made on another executor that does not untar, the info lines of save_cache and
restore_cache), the checkout step refusing a directory that is not empty, the plan's credit limit, the
no-output timeout after a test that never returned and the plan's maximum job runtime.

Already covered elsewhere, not repeated here: the agent's lost executor, infrastructure error, killed
signal, exit status 137, Docker Hub's toomanyrequests and 5xx in "Spin up environment", checkout's
publickey/native-client/libcrypto failures, config compilation, circleci-cli and the orbs' env-var and
parameter checks, docker-orb's login retries and compose checksum, gcp-cli-orb's download attempts,
slack-orb, ruby-orb's rvm keys, go-orb's goreleaser download and tokens, browser-tools-orb's CfT version
and ChromeDriver/Chrome floors, aws-cli-orb's platform line (test_tool_sources_circleci.py); git's
host-key, "reference is not a tree", pathspec and hung-up remote in any checkout, "No cache is found"
(test_tool_sources_vcs_checkout_cache.py); curl's "(22) The requested URL returned error" on its own
(test_tool_sources_net_clients.py and the ecosystem files); unzip's end-of-central-directory
(test_tool_sources_shell_os_env.py); the Codecov orb and GitHub API clients (a section of their own).

Each case is a short log written for this test around one message as the script or CircleCI prints it.
The orbs' wording was read from their scripts (the comment above each case names the repository and
file): CircleCI-Public/github-cli-orb, kubernetes-orb, gcp-cli-orb, aws-cli-orb, node-orb, go-orb,
browser-tools-orb, docker-orb, android-orb, ruby-orb. What the tools the scripts call print (curl, wget,
apt, npm, sdkmanager, jq, bash) is recalled, and marked so. CircleCI's agent is closed source: its
wording is quoted from CircleCI's support articles and from public issue threads that quote a job's
output (the thread is named; no log is copied beyond the message itself). Hosts, versions, job ids and
paths are made up.

The rules the cases hold:
  * a host the script needed answering with an outage or a rate limit (the GitHub API's tag_name null
    after every retry, a rate-limit page piped into bash, a 5xx from a download host or a package
    repository, a VM that could not be created for setup_remote_docker) -> transient;
  * a persistent cause (a pinned version that does not exist or has the wrong form, a platform or an
    architecture the orb does not support, a required command or parameter missing, paths that match
    nothing in persist_to_workspace, jobs that persist the same file into one workspace, a cache made
    on another executor, a checkout directory that is not empty, a plan over its credit limit) -> real;
  * near-misses: CircleCI's info lines (a cache that already exists, a cache not found, the native git
    client's fallback notice) before a failing test; a test ABOUT an orb's message that fails on its
    assertion; outage words in an application's own log lines -> real;
  * wordings printed both for a slow or broken host and for a persistent cause (the no-output timeout
    after a test that started and never finished, the plan's maximum runtime, a workspace layer that did
    not extract, a ChromeDriver milestone missing from the known-good list, an empty "latest" answer,
    setup_remote_docker's provisioning 403, a cache upload canceled) -> not surely transient.
"""

from __future__ import annotations

import pytest
from judging import assert_unique_ids, labelled, logs, not_surely_transient, reads

# CircleCI closes a failing step with this line.
_CIRCLE = "\nExited with code exit status 1\n"
_CIRCLE2 = "\nExited with code exit status 2\n"
_GHA = "##[error]Process completed with exit code 1.\n"
_GL = "ERROR: Job failed: exit code 1\n"
_RUN = "#!/bin/bash -eo pipefail\n"

CASES: list[tuple[str, str, str]] = [
    # ================================================================== github-cli-orb
    # CircleCI-Public/github-cli-orb src/scripts/install.sh (download_gh_cli: curl -s the GitHub API's
    # releases/latest | jq -r '.tag_name'; "Couldn't get latest version, retrying...", "Error: Max retries
    # exceeded."): tag_name is null only when the API refused or failed the call (a rate limit's 403 body,
    # a 5xx), the URL is fixed
    ("gh-cli-orb-latest-max-retries", "transient",
     _RUN +
     "Couldn't get latest version, retrying...\n"
     "Couldn't get latest version, retrying...\n"
     "Couldn't get latest version, retrying...\n"
     "Error: Max retries exceeded.\n" + _CIRCLE),
    # CircleCI-Public/github-cli-orb src/scripts/install.sh (download_gh_cli: curl -sSL, "Failed to download GH CLI
    # from %s", then "Failed to download the GH CLI.") with curl's TLS failure on the way (curl's wording recalled)
    ("gh-cli-orb-download-tls-reset", "transient",
     _RUN +
     'Downloading the GitHub CLI from "https://github.com/cli/cli/releases/download/v2.62.0/gh_2.62.0_linux_amd64.deb"...\n'
     "curl: (35) OpenSSL SSL_connect: SSL_ERROR_SYSCALL in connection to objects.example.org:443\n"
     "Failed to download GH CLI from https://github.com/cli/cli/releases/download/v2.62.0/gh_2.62.0_linux_amd64.deb\n"
     "Failed to download the GH CLI.\n" + _CIRCLE),
    # near-miss: the same orb's retry line once, the version resolved on the next try, and the job failed later on
    # its own test
    ("gh-cli-orb-retry-then-test-fails", "real",
     _RUN +
     "Couldn't get latest version, retrying...\n"
     'Downloading the GitHub CLI from "https://github.com/cli/cli/releases/download/v2.62.0/gh_2.62.0_linux_amd64.deb"...\n'
     "Installing the GitHub CLI...\n"
     "gh version 2.62.0 (2024-11-14)\n\n"
     + _RUN + "bundle exec rspec spec/release_notes_spec.rb\n"
     "F\n\nFailures:\n\n"
     "  1) ReleaseNotes lists merged pull requests\n"
     "     Failure/Error: expect(notes.entries.size).to eq(3)\n\n"
     "       expected: 3\n            got: 2\n\n"
     "Finished in 0.21 seconds (files took 0.9 seconds to load)\n1 example, 1 failure\n" + _CIRCLE),
    # same file (detect_platform -> "unsupported": "%s-%s is not supported. If you believe it should be, please
    # consider opening an issue.")
    ("gh-cli-orb-platform-unsupported", "real",
     _RUN +
     "Linux build-7 6.8.0-1021 #22 SMP armv7l GNU/Linux-armv7l is not supported. If you believe it should be, "
     "please consider opening an issue.\n" + _CIRCLE),
    # same file ("You are trying to install version %s. macOS ARM support was added in version 2.25.0, please
    # specify a newer version.")
    ("gh-cli-orb-macos-arm-version", "real",
     _RUN +
     "You are trying to install version 2.20.2. macOS ARM support was added in version 2.25.0, please specify "
     "a newer version.\n" + _CIRCLE),
    # same file ("Error: %s is required. Please install it and try again.")
    ("gh-cli-orb-requires-tar", "real",
     _RUN + "Error: tar is required. Please install it and try again.\n" + _CIRCLE),
    # same file: curl -sSL without --fail saves GitHub's "Not Found" page for a pinned version that has no
    # release, apt refuses it (apt's wording recalled), then "Failed to install the GH CLI."
    ("gh-cli-orb-pinned-version-not-a-deb", "real",
     _RUN +
     'Downloading the GitHub CLI from "https://github.com/cli/cli/releases/download/v2.99.0/gh_2.99.0_linux_amd64.deb"...\n'
     "Installing the GitHub CLI...\n"
     "+ sudo apt install --yes ./gh-cli.deb\n"
     "E: Invalid archive signature\n"
     "E: Internal error, could not locate member control.tar.{zst,lz4,xz,gz,bz2}\n"
     "E: Could not read meta data from /home/circleci/project/gh-cli.deb\n"
     "E: The package lists or status file could not be parsed or opened.\n"
     "Failed to install the GH CLI.\n" + _CIRCLE),

    # ================================================================== kubernetes-orb
    # CircleCI-Public/kubernetes-orb src/scripts/install_kubectl.sh ("Invalid version format: %s", "Please use
    # the format vX.Y.Z (e.g., v1.29.0).") for a pinned version without its "v"
    ("k8s-orb-kubectl-version-format", "real",
     _RUN +
     "Invalid version format: 1.29.3\n"
     "Please use the format vX.Y.Z (e.g., v1.29.0).\n" + _CIRCLE),
    # same file with "latest": curl -sL dl.k8s.io/release/stable.txt printed the host's 503 page into the
    # version, which the format check then refuses
    ("k8s-orb-kubectl-latest-503-page", "transient",
     _RUN +
     "Invalid version format: <html><head><title>503 Service Unavailable</title></head><body><h1>503 Service "
     "Unavailable</h1>No server is available to handle this request.</body></html>\n"
     "Please use the format vX.Y.Z (e.g., v1.29.0).\n" + _CIRCLE),

    # ================================================================== gcp-cli-orb
    # CircleCI-Public/gcp-cli-orb src/scripts/install.sh (fetch_latest_version: curl --fail --retry 3 on the
    # release notes, "Failed to get release notes"; the script then goes on with "latest" as the version and
    # its download_with_retry fails three times)
    ("gcp-cli-orb-release-notes-unreachable", "transient",
     "#!/usr/bin/env sh\n"
     "Detected platform: linux (Python 3.12.3)\n"
     "Failed to get release notes\n"
     "Google Cloud SDK is not installed. Installing it.\n"
     "Download failed, retrying... (attempt: 1)\n"
     "Download failed, retrying... (attempt: 2)\n"
     "Download failed, retrying... (attempt: 3)\n"
     "Failed to download and extract the tar file after 3 attempts.\n"
     "Failed to install the requested version.\n" + _CIRCLE),
    # same file ("curl is required to install the Google Cloud SDK.", "Please install it and try again.")
    ("gcp-cli-orb-curl-required", "real",
     "#!/usr/bin/env sh\n"
     "curl is required to install the Google Cloud SDK.\n"
     "Please install it and try again.\n" + _CIRCLE),
    # same file (uninstall: "sudo is required to uninstall the Google Cloud SDK.", then "Failed to uninstall the
    # current version.")
    ("gcp-cli-orb-sudo-required", "real",
     "#!/usr/bin/env sh\n"
     "Detected platform: linux (Python 3.11.9)\n"
     "The version installed (455.0.0) differs from the version requested (471.0.0).\n"
     "Uninstalling v455.0.0...\n"
     "sudo is required to uninstall the Google Cloud SDK.\n"
     "Please install it and try again.\n"
     "Failed to uninstall the current version.\n" + _CIRCLE),

    # ================================================================== aws-cli-orb
    # CircleCI-Public/aws-cli-orb src/scripts/utils.sh (detect_os: "Unsupported OS: \"%s\".")
    ("aws-cli-orb-unsupported-os", "real",
     _RUN + 'Unsupported OS: "freebsd".\n' + _CIRCLE),
    # ================================================================== node-orb
    # CircleCI-Public/node-orb src/scripts/install-nvm.sh (curl -o- raw.githubusercontent.com/nvm-sh/nvm/.../
    # install.sh | bash, no --fail): the host's rate-limit page (recalled: "429: Too Many Requests") is run
    # as a script, nvm never installs and the next line that calls it fails
    ("node-orb-nvm-installer-rate-limited", "transient",
     _RUN +
     "bash: line 1: 429:: command not found\n"
     "bash: line 2: For: command not found\n"
     "/bin/bash: line 14: nvm: command not found\n" + _CIRCLE),
    # CircleCI-Public/node-orb src/scripts/install-pnpm.sh ("Selected version of pnpm is %s", "Installing pnpm
    # v%s", "Something went wrong; the specified version of pnpm could not be installed") after npm's
    # notarget for a version that does not exist (npm's wording recalled)
    ("node-orb-pnpm-version-notarget", "real",
     _RUN +
     "Selected version of pnpm is 99.1.0\n"
     "Checking if pnpm is already installed...\n"
     "Installing pnpm v99.1.0\n"
     "npm error code ETARGET\n"
     "npm error notarget No matching version found for pnpm@99.1.0.\n"
     "npm error notarget In most cases you or one of your dependencies are requesting\n"
     "npm error notarget a package version that doesn't exist.\n"
     "Verifying pnpm install\n"
     "Something went wrong; the specified version of pnpm could not be installed\n" + _CIRCLE),

    # ================================================================== go-orb
    # CircleCI-Public/go-orb src/scripts/install.sh (standard_install: "Installing the requested version of
    # Go.", curl -O --fail -sS dl.google.com/go/go%s.%s-%s.tar.gz) for a version that was never released
    # (curl's wording recalled)
    ("go-orb-install-version-404", "real",
     _RUN +
     "Installing the requested version of Go.\n"
     "curl: (22) The requested URL returned error: 404\n" + _CIRCLE),
    # same, the download host answering 502
    ("go-orb-install-502", "transient",
     _RUN +
     "Found a different version of Go.\n"
     "Installing the requested version of Go.\n"
     "curl: (22) The requested URL returned error: 502\n" + _CIRCLE),
    # CircleCI-Public/go-orb src/scripts/install.sh (alpine_install: wget go.dev/dl/go%s.src.tar.gz) for a version
    # that was never released (busybox wget's wording recalled)
    ("go-orb-alpine-source-404", "real",
     _RUN +
     "PRETTY_NAME=\"Alpine Linux v3.20\"\nID=alpine\nHOME_URL=\"https://alpinelinux.org/\"\n"
     "Connecting to go.dev (203.0.113.21:443)\n"
     "wget: server returned error: HTTP/1.1 404 Not Found\n" + _CIRCLE),
    # CircleCI-Public/go-orb src/scripts/install-goreleaser.sh (detect_arch: "Unsupported architecture: %s")
    ("go-orb-goreleaser-arch", "real",
     _RUN + "Unsupported architecture: armv7l\n" + _CIRCLE),
    # same file ("curl is not installed. Please install curl and try again.")
    ("go-orb-goreleaser-no-curl", "real",
     _RUN +
     "Downloading goreleaser for x86_64...\n"
     "curl is not installed. Please install curl and try again.\n" + _CIRCLE),

    # ================================================================== browser-tools-orb
    # CircleCI-Public/browser-tools-orb src/scripts/install_chrome.sh (Debian branch: wget the pinned version's
    # .deb from the pool, "Google Chrome v%s (%s) failed to install."): Google keeps no older releases in
    # the pool (the script's own comment), so wget's 404 (wget's wording recalled)
    ("browser-tools-chrome-pinned-404", "real",
     _RUN +
     "Preparing Chrome installation for Debian-based systems\n"
     "Installing Chrome for AMD64\n"
     "https://dl.google.com/linux/chrome/deb/pool/main/g/google-chrome-stable/google-chrome-stable_114.0.5735.90-1_amd64.deb:\n"
     "2025-03-04 10:11:12 ERROR 404: Not Found.\n"
     "Google Chrome v114.0.5735.90 (stable) failed to install.\n" + _CIRCLE),
    # same file, the latest release through apt from Google's repository answering 503 (apt's wording recalled),
    # then "The latest release of Google Chrome (%s) failed to install."
    ("browser-tools-chrome-latest-apt-503", "transient",
     _RUN +
     "Preparing Chrome installation for Debian-based systems\n"
     "Installing Chrome for AMD64\n"
     "Err:1 http://dl.google.com/linux/chrome/deb stable/main amd64 google-chrome-stable amd64 126.0.6478.126-1\n"
     "  503  Service Unavailable [IP: 203.0.113.10 80]\n"
     "E: Failed to fetch http://dl.google.com/linux/chrome/deb/pool/main/g/google-chrome-stable/"
     "google-chrome-stable_126.0.6478.126-1_amd64.deb  503  Service Unavailable [IP: 203.0.113.10 80]\n"
     "E: Unable to fetch some archives, maybe run apt-get update or try with --fix-missing?\n"
     "The latest release of Google Chrome (stable) failed to install.\n" + _CIRCLE),
    # same file, macOS branch (curl -L -o googlechrome.pkg, then "The latest release of Google Chrome (%s) failed to
    # install.") with the connection reset on the way (curl's wording recalled)
    ("browser-tools-chrome-macos-reset", "transient",
     _RUN +
     "Preparing Chrome installation for MacOS-based systems\n"
     "  % Total    % Received % Xferd  Average Speed   Time    Time     Time  Current\n"
     " 41  212M   41 87.9M    0     0  31.2M      0  0:00:06  0:00:02  0:00:04 31.2M\n"
     "curl: (56) Recv failure: Connection reset by peer\n"
     "The latest release of Google Chrome (stable) failed to install.\n" + _CIRCLE),
    # CircleCI-Public/browser-tools-orb src/scripts/install_firefox.sh ("Selected version of Firefox is %s", curl
    # --show-error --fail on the release directory's KEY and SHA256SUMS) for a version that does not exist
    ("browser-tools-firefox-version-404", "real",
     _RUN +
     "Selected version of Firefox is 199.0\n"
     "System detected as Linux\n"
     "curl: (22) The requested URL returned error: 404\n" + _CIRCLE),
    # same file, the download host answering 503 on the archive after curl's own three retries
    ("browser-tools-firefox-download-503", "transient",
     _RUN +
     "Latest stable version of Firefox is 127.0.2\n"
     "System detected as Linux\n"
     "Downloading firefox\n"
     "Warning: Problem : HTTP error. Will retry in 1 seconds. 3 retries left.\n"
     "Warning: Problem : HTTP error. Will retry in 2 seconds. 2 retries left.\n"
     "Warning: Problem : HTTP error. Will retry in 4 seconds. 1 retries left.\n"
     "curl: (22) The requested URL returned error: 503\n" + _CIRCLE),
    # CircleCI-Public/browser-tools-orb src/scripts/install_geckodriver.sh ("Selected version of Geckodriver is:
    # %s", curl --fail, "Something went wrong; the specified version of Geckodriver could not be installed")
    ("browser-tools-geckodriver-version", "real",
     _RUN +
     "Selected version of Geckodriver is: v0.99.0\n"
     "Geckodriver is not currently installed; installing it\n"
     "curl: (22) The requested URL returned error: 404\n"
     "Something went wrong; the specified version of Geckodriver could not be installed\n" + _CIRCLE),
    # CircleCI-Public/browser-tools-orb src/scripts/install_chromedriver.sh (Chrome before 115: curl --fail on
    # LATEST_RELEASE_<major>; the old bucket has no entry for a release it never served)
    ("browser-tools-chromedriver-old-release", "real",
     _RUN +
     "Chrome version major is 72\n"
     "Installed version of Google Chrome is 72.0.3626.121\n"
     "curl: (22) The requested URL returned error: 404\n" + _CIRCLE),
    # CircleCI-Public/browser-tools-orb src/scripts/install_edge.sh ("You need brew to install Edge on MacOS")
    ("browser-tools-edge-needs-brew", "real",
     _RUN + "You need brew to install Edge on MacOS\n" + _CIRCLE),
    # CircleCI-Public/browser-tools-orb src/scripts/install_chrome_for_testing.sh ("%s does not exist. Exiting")
    ("browser-tools-cft-dir-missing", "real",
     _RUN + "/opt/browsers does not exist. Exiting\n" + _CIRCLE),

    # ================================================================== docker-orb
    # CircleCI-Public/docker-orb src/scripts/install_goss.sh ("Selected version of Goss is %s", curl --fail,
    # "Something went wrong; the specified version of Goss could not be installed")
    ("docker-orb-goss-version", "real",
     _RUN +
     "Selected version of Goss is v0.9.99\n"
     "curl: (22) The requested URL returned error: 404\n"
     "Something went wrong; the specified version of Goss could not be installed\n" + _CIRCLE),

    # ================================================================== android-orb, ruby-orb
    # CircleCI-Public/android-orb src/scripts/install_ndk.sh (sdkmanager "ndk;%s", "Android NDK did not install
    # successfully") after sdkmanager's refusal of a package it does not list (recalled)
    ("android-orb-ndk-version", "real",
     _RUN +
     "Warning: Failed to find package 'ndk;99.1.1234567'\n"
     "Android NDK did not install successfully\n" + _CIRCLE),
    # CircleCI-Public/ruby-orb src/scripts/install-bundler.sh ("Could not find bundler version from lockfile.
    # Please use bundler-version parameter"), then gem's refusal of an empty version (recalled)
    ("ruby-orb-bundler-version-missing", "real",
     _RUN +
     "Could not find bundler version from lockfile. Please use bundler-version parameter\n"
     "Installing bundler \n"
     "ERROR:  Could not find a valid gem 'bundler:' (>= 0) in any repository\n" + _CIRCLE),

    # ================================================================== setup_remote_docker, machine VMs
    # CircleCI's remote Docker allocation as quoted in mozilla/normandy#1532 ("Got error while creating host:
    # failed to create a vm: ...", "We had an unexpected error preparing a VM for this build, potentially due to
    # our infrastructure or cloud provider.  Please retry the build in a few minutes")
    ("remote-docker-vm-not-created", "transient",
     "Allocating a remote Docker Engine\n"
     "Requesting version: default\n"
     "Waiting for a Docker Engine assignment: ........................................\n"
     "Got error while creating host: failed to create a vm: instance not ready yet: finished\n"
     "We had an unexpected error preparing a VM for this build, potentially due to our infrastructure or cloud "
     "provider.  Please retry the build in a few minutes\n"),

    # the spin-up image pull cut off by a deadline (the Docker daemon's "Error response from daemon: Get %q: %v" around
    # Go's "context deadline exceeded"): the registry or the way to it
    ("spinup-pull-context-deadline", "transient",
     "Build-agent version 1.0.271234-0a1b2c3d (2025-03-04T10:11:12+0000)\n"
     "Starting container cimg/python:3.12\n"
     "  image cache not found on this host, downloading cimg/python:3.12\n"
     'Error response from daemon: Get "https://registry-1.example.org/v2/": context deadline exceeded\n'),

    # ================================================================== workspaces
    # CircleCI's persist_to_workspace as quoted in circleci/circleci-docs#8941 ("The specified paths did not match
    # any files in %s")
    ("workspace-persist-paths-match-nothing", "real",
     "Persisting to Workspace\n"
     "The specified paths did not match any files in /home/circleci/project/dist\n"),
    # same thread ("Error locating workspace root directory: stat %s: no such file or directory")
    ("workspace-persist-root-missing", "real",
     "Persisting to Workspace\n"
     "Error locating workspace root directory: stat /tmp/reports_$CIRCLE_NODE_INDEX: no such file or directory\n"),
    # CircleCI's attach_workspace as quoted in falcosecurity/test-infra#141 and TheHPXProject/hpx#3273
    # ("Concurrent upstream jobs persisted the same file(s) into the workspace:" and the files)
    ("workspace-attach-concurrent-layers", "real",
     "Downloading workspace layers\n"
     "  workflows/workspaces/0b1c2d3e-0000-4000-8000-000000000001/0/1f2e3d4c-0000-4000-8000-000000000002/0/107.tar.gz - 12 MB\n"
     "  workflows/workspaces/0b1c2d3e-0000-4000-8000-000000000001/0/5a6b7c8d-0000-4000-8000-000000000003/0/108.tar.gz - 11 MB\n"
     "Applying workspace layers\n"
     "  1f2e3d4c-0000-4000-8000-000000000002\n"
     "Concurrent upstream jobs persisted the same file(s) into the workspace:\n"
     "  - build/version.txt\n"
     "  - build/.gitignore\n"),
    # the one-line form as quoted in mapbox/mapbox-gl-js#12468 ("Error applying workspace layer for job %s:
    # Concurrent upstream jobs persisted the same file(s)")
    ("workspace-attach-concurrent-one-line", "real",
     "Applying workspace layers\n"
     "Error applying workspace layer for job 5a6b7c8d-0000-4000-8000-000000000003: Concurrent upstream jobs "
     "persisted the same file(s)\n"),

    # ================================================================== caches
    # https://support.circleci.com/hc/en-us/articles/360056920051 ("Failed to unarchive cache", "Error untarring
    # cache: Error extracting tarball %s : %s: Cannot extract through symlink"): a cache saved by a Docker or
    # machine job restored on macOS; the same key restores the same archive on every run
    ("cache-untar-through-symlink", "real",
     "Found a cache from build 4411 at v2-deps-abc123\n"
     "Size: 412 MiB\n"
     "Cached paths:\n  * /home/circleci/project/node_modules\n\n"
     "Downloading cache archive...\n"
     "Validating cache...\n\n"
     "Unarchiving cache...\n\n"
     "Failed to unarchive cache\n\n"
     "Error untarring cache: Error extracting tarball /var/folders/x1/T/cache204117 : "
     "home/circleci/project/node_modules/.bin/tsc: Cannot extract through symlink\n"),
    # near-miss: save_cache's info line (quoted in discuss.circleci.com/t/26921: "Skipping cache generation, cache
    # already exists for key: %s", "Found one created at %s") in a job that failed on its own test
    ("cache-skipping-generation-then-test-fails", "real",
     "Skipping cache generation, cache already exists for key: v3-target-main-a1b2c3\n"
     "Found one created at 2025-03-01 11:56:12 +0000 UTC\n\n"
     + _RUN + "cargo test --workspace\n"
     "running 24 tests\n"
     "test ledger::tests::rounds_half_even ... FAILED\n\n"
     "failures:\n\n"
     "---- ledger::tests::rounds_half_even stdout ----\n"
     "thread 'ledger::tests::rounds_half_even' panicked at src/ledger.rs:88:9:\n"
     "assertion `left == right` failed\n  left: 2\n right: 3\n\n"
     "test result: FAILED. 23 passed; 1 failed; 0 ignored; 0 measured; 0 filtered out; finished in 0.41s\n\n"
     "error: test failed, to rerun pass `-p ledger --lib`\n" + _CIRCLE + "101\n"),

    # ================================================================== checkout, plan
    # CircleCI's checkout step as quoted in cypress-io/circleci-orb#363 ("Directory (%s) you are trying to checkout
    # to is not empty and not a git repository"): an attach_workspace before checkout into the same directory
    ("checkout-dir-not-empty", "real",
     "Using SSH Config Dir '/home/circleci/.ssh'\n"
     "git version 2.45.1\n"
     "Directory (/home/circleci/project) you are trying to checkout to is not empty and not a git repository\n"),
    # CircleCI's plan enforcement as quoted in discuss.circleci.com/t/16630 and /t/17012 ("Your build was not run -
    # reason code (:org-over-credit-limit)")
    ("plan-org-over-credit-limit", "real",
     "Your build was not run - reason code (:org-over-credit-limit)\n"),

    # ================================================================== near-misses
    # the native git client's fallback notice (test_tool_sources_circleci.py quotes it) in a job whose checkout
    # went on and whose tests failed
    ("checkout-native-fallback-then-test-fails", "real",
     "Either git or ssh (required by git to clone through SSH) is not installed in the image. Falling back to "
     "CircleCI's native git client but the behavior may be different from official git. If this is an issue, "
     "please use an image that has official git and ssh installed.\n"
     "Cloning git repository\nChecking out branch\n\n"
     + _RUN + "npx jest --ci\n"
     "FAIL src/cart.test.ts\n"
     "  ● cart › applies the coupon once\n\n"
     "    expect(received).toBe(expected) // Object.is equality\n\n"
     "    Expected: 90\n    Received: 81\n\n"
     "Tests:       1 failed, 57 passed, 58 total\n" + _CIRCLE),
    # a test of a wrapper ABOUT github-cli-orb's message that fails on its assertion
    ("test-about-gh-cli-orb-retries", "real",
     "+ bats test/install.bats\n"
     "1..3\n"
     "ok 1 resolves latest from the API\n"
     "not ok 2 gives up after max retries\n"
     "# (in test file test/install.bats, line 31)\n"
     "#   `[ \"$output\" = \"Error: Max retries exceeded.\" ]' failed\n"
     "# Couldn't get latest version, retrying...\n"
     "# Error: Max retries exceeded after 3 attempts\n"
     "ok 3 refuses unsupported platforms\n" + _GHA),
    # a bats test ABOUT a "curl | bash" installer's handling of a rate-limit page that fails on its assertion; the
    # page's words are the fixture's
    ("test-about-installer-429-page", "real",
     "+ bats test/bootstrap.bats\n"
     "1..2\n"
     "not ok 1 bootstrap stops on a rate-limited installer\n"
     "# (in test file test/bootstrap.bats, line 18)\n"
     "#   `[ \"$status\" -eq 3 ]' failed with status 127\n"
     "# bash: line 1: 429:: command not found\n"
     "ok 2 bootstrap prints its version\n" + _GHA),
    # an application's own log lines naming a VM that could not be created, after its failing test
    ("app-log-vm-words-after-failing-test", "real",
     "+ go test ./internal/provisioner/...\n"
     "--- FAIL: TestProvisionerReportsCapacity (0.01s)\n"
     "    provisioner_test.go:52: got state \"starting\", want \"failed\"\n"
     "2025/03/04 10:11:12 provisioner: failed to create a vm: zone out of capacity (fake driver)\n"
     "FAIL\n"
     "FAIL\texample.org/fleet/internal/provisioner\t0.214s\n" + _GL),
]

NOT_SURELY_TRANSIENT: list[tuple[str, str]] = [
    # https://support.circleci.com/hc/en-us/articles/360007188574 ("Too long with no output (exceeded %s): context
    # deadline exceeded"; the article names test runners that never exit): here the runner printed the start of
    # a test and nothing after it, a hang of the change as likely as a stalled service
    ("no-output-after-test-started",
     _RUN + "python -m pytest -v tests/integration\n"
     "tests/integration/test_queue.py::test_enqueue PASSED\n"
     "tests/integration/test_queue.py::test_drain_waits_for_workers \n\n"
     "Too long with no output (exceeded 10m0s): context deadline exceeded\n"),
    # the same with a job's no_output_timeout raised, after jest's notice that it did not exit
    ("no-output-after-jest-did-not-exit",
     _RUN + "npx jest --ci\n"
     "Tests:       212 passed, 212 total\n"
     "Jest did not exit one second after the test run has completed.\n\n"
     "This usually means that there are asynchronous operations that weren't stopped in your tests.\n\n"
     "Too long with no output (exceeded 30m0s): context deadline exceeded\n"),
    # CircleCI-Public/aws-cli-orb src/scripts/linux/install.sh (curl -sSL without --fail for
    # awscli-exe-linux-$PLATFORM-$version.zip): a pinned version that was never published leaves the
    # bucket's AccessDenied document in awscliv2.zip and unzip refuses it (unzip's wording recalled); a
    # download cut short ends in the same refusal, and the log does not say which
    ("aws-cli-orb-zip-not-a-zipfile",
     _RUN +
     "Detected OS: Linux.\n"
     "Installing AWS CLI v2\n"
     "[awscliv2.zip]\n"
     "  End-of-central-directory signature not found.  Either this file is not\n"
     "  a zipfile, or it constitutes one disk of a multi-part archive.  In the\n"
     "  latter case the central directory and zipfile comment will be found on\n"
     "  the last disk(s) of this archive.\n"
     "unzip:  cannot find zipfile directory in one of awscliv2.zip or\n"
     "        awscliv2.zip.zip, and cannot find awscliv2.zip.ZIP, period.\n" + _CIRCLE),

    # CircleCI-Public/kubernetes-orb src/scripts/install_kops.sh (curl -s the GitHub API's releases/latest | grep
    # tag_name, curl -Lo kops .../download/"${KOPS_VERSION}"/kops-...): a refused API call leaves the version empty and
    # GitHub's "Not Found" body becomes /usr/local/bin/kops; a pinned version that does not exist does the same
    # (bash's wording recalled)
    ("k8s-orb-kops-not-found-body",
     _RUN + "kops version\n"
     "/usr/local/bin/kops: line 1: Not: command not found\n" + _CIRCLE + "127\n"),
    # the no-output timeout right after go test -v started a test
    ("no-output-after-go-test-run",
     _RUN + "go test -v -race ./internal/queue/...\n"
     "=== RUN   TestEnqueue\n"
     "--- PASS: TestEnqueue (0.01s)\n"
     "=== RUN   TestDrainWaitsForWorkers\n\n"
     "Too long with no output (exceeded 10m0s): context deadline exceeded\n"),
    # https://support.circleci.com/hc/en-us/articles/4410707277083 (the plan's maximum runtime: "Try out a larger
    # resource class or running tests in parallel to speed up job execution. Upgrade your pricing plan to take
    # advantage of longer max job runtimes.", "context deadline exceeded"): a suite that outgrew the plan as
    # often as a slow machine
    ("plan-max-runtime-deadline",
     _RUN + "make test-all\n"
     "ok  \texample.org/pipeline/stage1\t812.4s\n\n"
     "Try out a larger resource class or running tests in parallel to speed up job execution. Upgrade your pricing "
     "plan to take advantage of longer max job runtimes.\n\n"
     "context deadline exceeded\n"),
    # discuss.circleci.com/t/18383 quotes the hard limit ("Build was timedout after 5h0m0s")
    ("build-timed-out-5h",
     _RUN + "./scripts/build-firmware.sh all-boards\n"
     "[42/118] building board x230-hotp\n"
     "Build was timedout after 5h0m0s\n"),
    # DataDog/pupernetes#92 quotes attach_workspace on a machine executor ("Error applying workspace layer for job
    # %s: Error extracting tarball %s: exit status 2"): a full disk, a layer cut short or files the executor's
    # user may not write
    ("workspace-layer-extract-exit-2",
     "Downloading workspace layers\n"
     "  workflows/workspaces/0b1c2d3e-0000-4000-8000-000000000001/0/1f2e3d4c-0000-4000-8000-000000000002/0/108.tar.gz - 21 MB\n"
     "Applying workspace layers\n"
     "  1f2e3d4c-0000-4000-8000-000000000002\n\n"
     "Error applying workspace layer for job 1f2e3d4c-0000-4000-8000-000000000002: Error extracting tarball "
     "/tmp/workspace-layer-1f2e3d4c-0000-4000-8000-000000000002241049481: exit status 2\n"),
    # xtdb/xtdb#1020 quotes setup_remote_docker refused with a 403 that came back on every run (two
    # setup_remote_docker steps in one job) under the same "Please retry the build" words
    ("remote-docker-provisioning-403",
     "Allocating a remote Docker Engine\n"
     "Requesting version: default\n"
     "Specified using docker layer caching, but it is only available for Performance Plan.\n"
     "Upgrade to Performance Plan to use docker layer caching.\n\n"
     "Got error while creating host: failed to create host: rpc error: code = Unknown desc = An internal error "
     "occurred when  provisioning resources for this job. Provisioning Service returned status code: 403\n"
     "We had an unexpected error preparing a VM for this build, potentially due to our infrastructure or cloud "
     "provider.  Please retry the build in a few minutes\n"),
    # https://support.circleci.com/hc/en-us/articles/38028579902619 ("Error uploading archive: upload canceled"):
    # a job canceled while save_cache uploaded; the key may then hold a broken cache for later runs
    ("cache-upload-canceled",
     "Creating cache archive...\n"
     "Uploading cache archive...\n"
     "Error uploading archive: upload canceled\n"),
    # CircleCI-Public/browser-tools-orb src/scripts/install_chromedriver.sh ("Matching Chrome Driver Version URL is
    # empty, falling back to first matching major version.", "New ChromeDriver version to be installed: %s"): the
    # known-good list does not list the Chrome on the image yet (a new beta) or its fetch (curl --silent, no
    # --fail) came back empty; either way jq gives null and curl an empty URL (curl's wording recalled)
    ("browser-tools-chromedriver-null-milestone",
     _RUN +
     "Chrome version major is 131\n"
     "Installed version of Google Chrome is 131.0.6778.33\n"
     "Matching Chrome Driver Version URL is empty, falling back to first matching major version.\n"
     "New ChromeDriver version to be installed: null\n"
     "null will be installed\n"
     "curl: (3) URL rejected: Malformed input to a URL function\n" + _CIRCLE),
    # CircleCI-Public/kubernetes-orb src/scripts/install_kubectl.sh with "latest" and curl -sL printing nothing
    # (a network failure curl keeps quiet about, or a proxy's empty answer)
    ("k8s-orb-kubectl-latest-empty",
     _RUN +
     "Invalid version format: \n"
     "Please use the format vX.Y.Z (e.g., v1.29.0).\n" + _CIRCLE),
    # CircleCI-Public/gcp-cli-orb src/scripts/install.sh (fetch_latest_version: "Couldn't find out what is the
    # latest version available."): the release notes page answered but no heading matched (a layout the
    # script does not read, or a page cut short)
    ("gcp-cli-orb-latest-not-found",
     "#!/usr/bin/env sh\n"
     "Detected platform: linux (Python 3.12.3)\n"
     "Couldn't find out what is the latest version available.\n"
     "Google Cloud SDK is not installed. Installing it.\n"
     "No version provided.\n"
     "Failed to install the requested version.\n" + _CIRCLE),
]


@pytest.mark.parametrize(("verdict", "log"), labelled(CASES))
def test_circleci_orbs_message_reads_right(verdict, log):
    reads(log, verdict)


@pytest.mark.parametrize("log", logs(NOT_SURELY_TRANSIENT))
def test_ambiguous_circleci_orbs_failures_do_not_read_surely_transient(log):
    not_surely_transient(log)


def test_case_ids_are_unique():
    assert_unique_ids(CASES, NOT_SURELY_TRANSIENT)


# One line of 50,000 characters of each of these words is read by benchmarks/pattern_speed.py,
# which prints the seconds each takes (a guard against patterns that backtrack; a timing is a
# benchmark's, not a test's).
LONG_LINE_WORDS = [
    "Couldn't get latest version, retrying... ",
    "Invalid version format: ",
    "Failed to get release notes ",
    "Got error while creating host: failed to create a vm: ",
    "We had an unexpected error preparing a VM for this build, ",
    "The specified paths did not match any files in ",
    "Error locating workspace root directory: stat ",
    "Concurrent upstream jobs persisted the same file(s) ",
    "Error applying workspace layer for job ",
    "Error untarring cache: Error extracting tarball ",
    "Directory (/home/circleci/project) you are trying to checkout to is not empty ",
    "Your build was not run - reason code (",
    "Too long with no output (exceeded ",
    "Build was timedout after ",
    "is not supported. If you believe it should be, please consider opening an issue. ",
    "Unsupported architecture: ",
    "Something went wrong; the specified version of ",
    "Android NDK did not install successfully ",
    "bash: line 1: 429:: command not found ",
]
