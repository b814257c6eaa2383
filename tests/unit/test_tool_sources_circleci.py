"""Eleventh round, tool sources: CircleCI itself (the agent's own lines, config compilation, the CLI)
and the official orbs whose scripts print a failure into the job's log.

Each case is a short log written for this test around one message as CircleCI or the orb prints it.
The agent is closed source: its wording comes from CircleCI's documentation and support articles,
whose address is in the comment beside the case. The CLI and the orbs are public: the comment names
the repository and the file holding the message. Images, hosts, orbs, contexts and paths are made
up; no project's CI log is copied.

An outage (the agent lost, a VM that did not start, Docker Hub answering 429 or 5xx, a keyserver or
download that did not answer, a retry budget spent on the network) must read transient; a persistent
cause (config that does not compile, an orb, image, tag or resource class that does not exist or
is not on the plan, a revoked checkout key, an env var that is not set, an orb script's own
validation error) must read real. Where the same words come from both, the case is AMBIGUOUS and
must not read transient with high confidence.
"""

from __future__ import annotations

import pytest
from judging import assert_unique_ids, judge, not_surely_transient, signatures

# CircleCI closes a failing step with this line ("Exited with code exit status N").
_EXIT = "\nExited with code exit status 1\n"
# The start of the "Spin up environment" step of a Docker-executor job.
_SPIN = (
    "Build-agent version 1.0.271234-0a1b2c3d (2025-03-04T10:11:12+0000)\n"
    "System information:\n"
    " Server Version: 27.3.1\n"
    " Kernel Version: 6.8.0-1021-aws\n"
    "Starting container cimg/node:20.11\n"
)
# The generated stand-in config CircleCI runs when it cannot run the real one.
_STANDIN_END = (
    "# \n"
    "# -------\n"
    "# Warning: This configuration was auto-generated to show you the message above.\n"
    "# Don't rerun this job. Rerunning will have no effect.\n"
    "false\n" + _EXIT
)

TRANSIENT: list[tuple[str, str]] = [
    # ------------------------------------------------------------------ the agent
    # https://support.circleci.com/hc/en-us/articles/360007188574-Build-has-Hit-Timeout-Limit
    # ("Too long with no output (exceeded 10m0s): context deadline exceeded"); the article names
    # buffered output and runners that never exit among the causes, but nothing in this log says
    # the code hangs
    ("agent-too-long-no-output",
     "#!/bin/bash -eo pipefail\n./scripts/upload-assets.sh\n"
     "Uploading bundle 3 of 7 to https://example.org/assets\n\n"
     "Too long with no output (exceeded 10m0s): context deadline exceeded\n"),
    # https://support.circleci.com/hc/en-us/articles/360002341673-Identifying-Exit-Codes-and-their-meanings
    # (128+9: the process SIGKILLed, the agent's "Received 'killed' signal")
    ("agent-received-killed-signal",
     "#!/bin/bash -eo pipefail\nnpm run build\n"
     "> webapp@1.0.0 build\n> webpack --mode production\n"
     "Received 'killed' signal\n"),
    # same article, exit code 137 as the agent closes the step
    ("agent-exit-status-137",
     "#!/bin/bash -eo pipefail\n./gradlew assembleDebug\n"
     "> Task :app:mergeDexDebug\n\nExited with code exit status 137\n"),
    # https://support.circleci.com/hc/en-us/articles/44168007038235-CircleCI-Infrastructure-Failures-Detection-and-Handling
    # (startup timeout: "Job failed to start within the expected timeframe")
    ("agent-failed-to-start-timeframe",
     "Preparing environment\n"
     "Job failed to start within the expected timeframe\n"),
    # same article (heartbeat timeout: "Lost connection to job executor")
    ("agent-lost-connection-executor",
     "#!/bin/bash -eo pipefail\nbundle exec rspec\n"
     "Randomized with seed 40211\n....\n"
     "Lost connection to job executor\n"),
    # same article (task infrastructure failure: "Infrastructure error detected during job execution")
    ("agent-infrastructure-error-detected",
     "#!/bin/bash -eo pipefail\nmake test\n"
     "go test ./...\n"
     "Infrastructure error detected during job execution\n"),
    # https://support.circleci.com/hc/en-us/articles/360049758552-My-build-fails-to-pull-Docker-image-with-Too-Many-Requests-Rate-Limiting-by-Docker-Hub
    # ("toomanyrequests: Too Many Requests" in the Spin up environment step)
    ("spinup-dockerhub-toomanyrequests",
     _SPIN +
     "Warning: No authentication provided, using CircleCI credentials for pulls from Docker Hub.\n"
     "  image cache not found on this host, downloading cimg/node:20.11\n"
     "Error response from daemon: toomanyrequests: Too Many Requests. Please see "
     "https://example.org/docker-hub/download-rate-limit/\n"),
    # https://discuss.circleci.com/t/docker-hub-rate-limiting-customer-impact-and-solutions/53017
    # ("429 Too Many Requests ... can also occur due to ... service outages on Docker Hub") with
    # the daemon's wording for a registry that answered 503 while the image was pulled
    ("spinup-registry-503",
     _SPIN +
     "  image cache not found on this host, downloading cimg/node:20.11\n"
     "Error response from daemon: received unexpected HTTP status: 503 Service Unavailable\n"),
    # same article, a pull cut off by the network during spin-up (Go's net/http wording)
    ("spinup-registry-tls-timeout",
     _SPIN +
     "  image cache not found on this host, downloading cimg/node:20.11\n"
     'Error response from daemon: Get "https://registry-1.example.org/v2/": net/http: TLS handshake timeout\n'),
    # CircleCI's checkout step runs git ("Using SSH Config Dir", "Cloning git repository"); a host that
    # answered 502 is the git host's outage (git's own "unable to access ... returned error: 502")
    ("checkout-git-502",
     "#!/bin/sh\nUsing SSH Config Dir '/home/circleci/.ssh'\ngit version 2.45.1\n"
     "Cloning git repository\nCloning into '.'...\n"
     "fatal: unable to access 'https://example.org/acme/webapp.git/': The requested URL returned error: 502\n"
     "\nexit status 128\n"),

    # ------------------------------------------------------------------ circleci-cli
    # CircleCI-Public/circleci-cli internal/cmdutil/client.go (APIErr: "API returned %d: %s"),
    # clikit/errors/errors.go ("error: %s"), after the client's own 3 retries
    ("cli-api-returned-503",
     "#!/bin/bash -eo pipefail\ncircleci config validate\n"
     "error: API returned 503: Service Unavailable\n" + _EXIT),
    # CircleCI-Public/circleci-cli earlier releases, api/ ("config compilation request returned an
    # error: %w") around Go's dial error
    ("cli-compile-request-dial-timeout",
     "#!/bin/bash -eo pipefail\ncircleci config validate .circleci/config.yml\n"
     'Error: config compilation request returned an error: Post "https://circleci.example.org/graphql-unstable": '
     "dial tcp 203.0.113.7:443: i/o timeout\n" + _EXIT),

    # ------------------------------------------------------------------ orbs
    # CircleCI-Public/docker-orb src/scripts/check.sh ("Attempt %d/%d: docker login",
    # "docker login failed with exit code %d", "Retrying in %d second(s)...")
    ("docker-orb-login-network",
     "#!/bin/bash -eo pipefail\n"
     "Attempt 1/4: docker login\n"
     'Error response from daemon: Get "https://registry-1.example.org/v2/": net/http: request canceled while '
     "waiting for connection (Client.Timeout exceeded while awaiting headers)\n"
     "docker login failed with exit code 1\nRetrying in 1 second(s)...\n"
     "Attempt 4/4: docker login\n"
     'Error response from daemon: Get "https://registry-1.example.org/v2/": net/http: request canceled while '
     "waiting for connection (Client.Timeout exceeded while awaiting headers)\n"
     "docker login failed with exit code 1\n" + _EXIT),
    # CircleCI-Public/gcp-cli-orb src/scripts/install.sh (download_with_retry: "Download failed,
    # retrying... (attempt: %d)", "Failed to download and extract the tar file after %d attempts.");
    # curl runs with --silent --fail --retry 3, so the script's lines are all the log shows. An
    # explicit version that does not exist ends the same way; the default resolves the latest
    # release first, so the outage is the common reading
    ("gcp-cli-orb-download-attempts",
     "#!/bin/bash -eo pipefail\n"
     "Google Cloud SDK is not installed. Installing it.\n"
     "Download failed, retrying... (attempt: 1)\n"
     "Download failed, retrying... (attempt: 2)\n"
     "Download failed, retrying... (attempt: 3)\n"
     "Failed to download and extract the tar file after 3 attempts.\n"
     "Failed to install the requested version.\n" + _EXIT),
    # CircleCI-Public/slack-orb src/scripts/notify.sh (NotifyWithRetries: "Error sending notification.
    # Retrying...", "Error sending notification. Max retries reached"); curl -f fails only on an HTTP
    # error or the network (Slack answers refused tokens with 200 and "ok": false)
    ("slack-orb-max-retries",
     "#!/bin/bash -eo pipefail\n"
     "Sending to Slack Channel: C0123ABCD\n"
     "Error sending notification. Retrying...\n"
     "Error sending notification. Retrying...\n"
     "Error sending notification. Max retries reached\n" + _EXIT),
    # CircleCI-Public/ruby-orb src/scripts/install-rvm.sh ("- Network error: Unable to receive GPG keys
    # from server '%s'.", "- Could not get keys from rvm.io server either, FAILING")
    ("ruby-orb-rvm-gpg-keys",
     "#!/bin/bash -eo pipefail\n"
     "Fetching GPG keys from hkp://keyserver.example.org:\n"
     "gpg: keyserver receive failed: Connection timed out\n"
     "- Network error: Unable to receive GPG keys from server 'hkp://keyserver.example.org'.\n"
     "Unable to receive GPG keys from any of the known GPG keyservers. Trying to import them from rvm.io.\n"
     "curl: (28) Failed to connect to rvm.example.org port 443 after 130001 ms: Connection timed out\n"
     "- Could not get keys from rvm.io server either, FAILING\n" + _EXIT),
    # same file, the wording alone (gpg's own line cut from the log by a quiet keyserver)
    ("ruby-orb-rvm-gpg-keys-bare",
     "#!/bin/bash -eo pipefail\n"
     "- Network error: Unable to receive GPG keys from server 'hkp://keyserver.example.org'.\n"
     "- Network error: Unable to receive GPG keys from server 'hkp://pgp.example.org:80'.\n"
     "Unable to receive GPG keys from any of the known GPG keyservers. Trying to import them from rvm.io.\n"
     "- Could not get keys from rvm.io server either, FAILING\n" + _EXIT),
    # CircleCI-Public/go-orb src/scripts/install-goreleaser.sh ("Failed to download goreleaser");
    # the tag is resolved from goreleaser's own "latest" when no version is given, curl's output is
    # sent to /dev/null
    ("go-orb-goreleaser-download",
     "#!/bin/bash -eo pipefail\n"
     "Downloading goreleaser for x86_64...\n"
     "Downloading goreleaser from https://example.org/goreleaser/releases/download/v2.4.8/goreleaser_Linux_x86_64.tar.gz\n"
     "curl: (6) Could not resolve host: example.org\n"
     "Failed to download goreleaser\n" + _EXIT),
]

REAL: list[tuple[str, str]] = [
    # ------------------------------------------------------------------ the agent, plan and images
    # https://circleci.com/docs/guides/execution-managed/resource-class-lifecycle ("This job was
    # rejected because the resource class is unavailable": a deprecated resource class, in a
    # brownout or after its end of life)
    ("agent-rejected-resource-class",
     "Preparing environment\n"
     "This job was rejected because the resource class is unavailable\n"),
    # https://discuss.circleci.com/t/android-image-deprecations-and-eol-for-2024/50180
    # ("This job was rejected because the image is unavailable": a removed machine image)
    ("agent-rejected-image",
     "Preparing environment\n"
     "This job was rejected because the image is unavailable\n"),
    # a removed Xcode image fails the same way
    # (https://circleci.com/docs/guides/execution-managed/xcode-policy: "When we remove an image,
    # jobs using that image fail")
    ("agent-rejected-xcode-image",
     "macOS executor, xcode: 13.4.1\n"
     "This job was rejected because the image is unavailable.\n"),
    # the compiler's answer for a resource class the plan lacks ("Resource class %s for %s, image %s
    # is not available for your project, or is not a valid resource class"), as quoted in public
    # notes on CircleCI configs
    ("agent-resource-class-not-available",
     "# Resource class machine for small, image ubuntu-2204:2024.11.1 is not available for your project, "
     "or is not a valid resource class. This failure could indicate a problem with your configuration.\n"
     + _STANDIN_END),
    # same message without the stand-in's footer, as the pipeline page shows it
    ("agent-resource-class-docker-xlarge",
     "Resource class docker for xlarge is not available for your project, or is not a valid resource class. "
     "This failure could indicate a problem with your configuration.\n"),
    # https://support.circleci.com/hc/en-us/articles/360047022414--This-job-has-been-blocked-because-no-user-seats-are-available-on-your-plan-
    # ("Blocked due to plan-no-user-seats-available")
    ("agent-blocked-no-user-seats",
     "# Blocked due to plan-no-user-seats-available\n" + _STANDIN_END),
    # same family without the footer ("This job has been blocked because no user seats are
    # available on your plan.")
    ("agent-blocked-no-user-seats-bare",
     "Blocked due to plan-no-user-seats-available\n"
     "This job has been blocked because no user seats are available on your plan.\n"),
    # the stand-in for the Free plan's missing Docker layer caching (already in the catalogue)
    ("agent-blocked-dlc-unavailable",
     "# Blocked due to free-plan-docker-layer-caching-unavailable\n" + _STANDIN_END),
    # https://support.circleci.com/hc/en-us/articles/360046104511--Upgrade-your-plan-to-unblock-build
    # ("Upgrade your plan to unblock build": credits or plan limits; a rerun of the same workflow
    # is evaluated against the same plan)
    ("agent-upgrade-plan-to-unblock",
     "Preparing environment\nUpgrade your plan to unblock build\n"),

    # ------------------------------------------------------------------ spin-up: image and registry
    # https://support.circleci.com/hc/en-us/articles/360050623311-Docker-Hub-rate-limiting-FAQ
    # ("if you are passing the key and the wrong credentials are set, you will receive an error
    # and the build will fail")
    ("spinup-dockerhub-bad-credentials",
     _SPIN +
     "  image cache not found on this host, downloading cimg/node:20.11\n"
     "Error response from daemon: Get \"https://registry-1.example.org/v2/\": unauthorized: incorrect "
     "username or password\n"),
    # a tag that does not exist (the daemon's "manifest for %s not found: manifest unknown")
    ("spinup-manifest-unknown",
     _SPIN.replace("cimg/node:20.11", "cimg/node:12.99") +
     "  image cache not found on this host, downloading cimg/node:12.99\n"
     "Error response from daemon: manifest for cimg/node:12.99 not found: manifest unknown: manifest unknown\n"),
    # a private image without auth ("pull access denied for %s, repository does not exist or may
    # require 'docker login'")
    ("spinup-pull-access-denied",
     _SPIN.replace("cimg/node:20.11", "acme/builder:3") +
     "Error response from daemon: pull access denied for acme/builder, repository does not exist or may "
     "require 'docker login': denied: requested access to the resource is denied\n"),

    # ------------------------------------------------------------------ checkout
    # https://openillumi.com/en/en-circleci-permission-denied-ssh-fix (CircleCI's checkout step with a
    # key the git host does not accept: a deploy key deleted or a user key whose owner lost access)
    ("checkout-permission-denied-publickey",
     "#!/bin/sh\nUsing SSH Config Dir '/home/circleci/.ssh'\ngit version 2.45.1\n"
     "Cloning git repository\nCloning into '.'...\n"
     "git@example.org: Permission denied (publickey).\n"
     "fatal: Could not read from remote repository.\n\n"
     "Please make sure you have the correct access rights\nand the repository exists.\n"
     "\nexit status 128\n"),
    # CircleCI's native git fallback ("Either git or ssh (required by git to clone through SSH) is not
    # installed in the image. Falling back to CircleCI's native git client", then "error cloning
    # repository: repository not found"): a checkout key whose owner lost access
    ("checkout-native-repository-not-found",
     "Either git or ssh (required by git to clone through SSH) is not installed in the image. Falling back to "
     "CircleCI's native git client but the behavior may be different from official git. If this is an issue, "
     "please use an image that has official git and ssh installed.\n"
     "Cloning git repository\n"
     "error cloning repository: repository not found\n"),
    # same step, a key that does not load ("Load key ...: error in libcrypto")
    ("checkout-load-key-libcrypto",
     "#!/bin/sh\nUsing SSH Config Dir '/home/circleci/.ssh'\n"
     "Cloning git repository\nCloning into '.'...\n"
     'Load key "/home/circleci/.ssh/id_rsa": error in libcrypto\n'
     "git@example.org: Permission denied (publickey).\n"
     "fatal: Could not read from remote repository.\n\nexit status 128\n"),

    # ------------------------------------------------------------------ config compilation
    # https://support.circleci.com/hc/en-us/articles/360044869752-Sudden-config-validation-errors and the
    # stand-in CircleCI shows for a config it cannot parse ("# Unable to parse YAML")
    ("config-unable-to-parse-yaml",
     "# Unable to parse YAML\n"
     "# mapping values are not allowed here\n"
     "#  in 'string', line 14, column 16:\n"
     "#             filters:\n"
     "#                    ^\n" + _STANDIN_END),
    # the compiler's orb resolution ("Cannot find %s in the orb registry. Check that the namespace,
    # orb name and version are correct.")
    ("config-orb-not-in-registry",
     "# Error calling workflow: 'main'\n"
     "# Cannot find acme/tools@9.9.9 in the orb registry. Check that the namespace, orb name and version "
     "are correct.\n" + _STANDIN_END),
    # CircleCI-Public/circleci-cli earlier releases (GQLErrorsCollection.Error: "config compilation
    # contains errors:" then "\n\t- %s" per error) with the compiler's orb message
    ("cli-compilation-orb-not-found",
     "#!/bin/bash -eo pipefail\ncircleci config validate .circleci/config.yml\n"
     "Error: config compilation contains errors: config compilation contains errors:\n"
     "\t- Cannot find acme/tools@9.9.9 in the orb registry. Check that the namespace, orb name and version "
     "are correct.\n" + _EXIT),
    # same, the compiler's workflow check ("Job '%s' requires '%s', which is the name of 0 other jobs
    # in workflow '%s'")
    ("cli-compilation-requires-unknown-job",
     "#!/bin/bash -eo pipefail\ncircleci config validate\n"
     "Error: config compilation contains errors: config compilation contains errors:\n"
     "\t- Job 'deploy' requires 'build-app', which is the name of 0 other jobs in workflow 'main'\n" + _EXIT),
    # same, no workflows at all ("There are no workflows or build jobs in the config.")
    ("cli-compilation-no-workflows",
     "#!/bin/bash -eo pipefail\ncircleci config validate\n"
     "Error: config compilation contains errors: config compilation contains errors:\n"
     "\t- There are no workflows or build jobs in the config.\n" + _EXIT),
    # same, a command the config never defines (already in the catalogue)
    ("cli-compilation-undefined-command",
     "#!/bin/bash -eo pipefail\ncircleci config validate\n"
     "Error: config compilation contains errors: config compilation contains errors:\n"
     "\t- Cannot find a definition for command named install-deps\n" + _EXIT),
    # the compiler's schema check as CircleCI prints it ("ERROR IN CONFIG FILE:", "[#/jobs/%s] %d
    # schema violations found", "extraneous key [%s] is not permitted")
    ("config-schema-violation",
     "# ERROR IN CONFIG FILE:\n"
     "# [#/jobs/build] 1 schema violation found\n"
     "# [#/jobs/build] extraneous key [step] is not permitted\n" + _STANDIN_END),
    # CircleCI-Public/circleci-cli internal/cmd/config/validate.go ("Config file %q contains compilation
    # errors.") after printValidationErrors ("  • %s"), clikit/errors/errors.go ("error: %s")
    ("cli-config-invalid-new",
     "#!/bin/bash -eo pipefail\ncircleci config validate\n"
     "  • Cannot find a definition for job named lint\n"
     'error: Config file ".circleci/config.yml" contains compilation errors.\n' + _EXIT),
    # CircleCI-Public/circleci-cli internal/cmdutil/client.go (401: "The API token was rejected by CircleCI.")
    ("cli-token-rejected",
     "#!/bin/bash -eo pipefail\ncircleci orb publish orb.yml acme/tools@dev:alpha\n"
     "error: The API token was rejected by CircleCI.\n\nSuggestions:\n  • Run: circleci auth login\n" + _EXIT),
    # CircleCI-Public/circleci-cli internal/cmd/orb/orb.go (orbAPIErr: "No orb named %q exists.")
    ("cli-no-orb-named",
     "#!/bin/bash -eo pipefail\ncircleci orb info acme/toolz\n"
     'error: No orb named "acme/toolz" exists.\n\nSuggestions:\n  • Check the orb name and namespace\n' + _EXIT),
    # same file ("No orb version found for %q.")
    ("cli-no-orb-version",
     "#!/bin/bash -eo pipefail\ncircleci orb source acme/tools@9.9.9\n"
     'error: No orb version found for "acme/tools@9.9.9".\n' + _EXIT),
    # CircleCI-Public/circleci-cli internal/cmdutil/client.go (410: "This version of circleci CLI is
    # out of date.")
    ("cli-out-of-date",
     "#!/bin/bash -eo pipefail\ncircleci config process .circleci/config.yml\n"
     "error: This version of circleci CLI is out of date.\n" + _EXIT),

    # ------------------------------------------------------------------ orbs: env vars and parameters
    # CircleCI-Public/aws-ecr-orb src/scripts/ecr_login.sh, push_image.sh ("The account ID is not found.
    # Please add the account ID before continuing.")
    ("aws-ecr-orb-account-id",
     "#!/bin/bash -eo pipefail\n"
     "The account ID is not found. Please add the account ID before continuing.\n" + _EXIT),
    # CircleCI-Public/aws-ecr-orb src/scripts/set_repo_policy.sh ("set-repository-policy is not
    # supported on public repos")
    ("aws-ecr-orb-public-repo-policy",
     "#!/bin/bash -eo pipefail\n"
     "set-repository-policy is not supported on public repos\n" + _EXIT),
    # CircleCI-Public/go-orb src/scripts/goreleaser-release.sh ("No GitHub Token provided. Please add
    # token as environment variable in CircleCI.")
    ("go-orb-no-github-token",
     "#!/bin/bash -eo pipefail\n"
     "No GitHub Token provided. Please add token as environment variable in CircleCI.\n" + _EXIT),
    # CircleCI-Public/go-orb src/scripts/gotestsum.sh ("The gotestsum command is not available in
    # this executor.")
    ("go-orb-gotestsum-missing",
     "#!/bin/bash -eo pipefail\n"
     "The gotestsum command is not available in this executor.\n" + _EXIT),
    # CircleCI-Public/slack-orb src/scripts/notify.sh ("In order to use the Slack Orb (v4 +), an OAuth
    # token must be present via the SLACK_ACCESS_TOKEN environment variable.")
    ("slack-orb-no-token",
     "#!/bin/bash -eo pipefail\n"
     "In order to use the Slack Orb (v4 +), an OAuth token must be present via the SLACK_ACCESS_TOKEN "
     "environment variable.\n"
     "Follow the setup guide available in the wiki: https://example.org/slack-orb/wiki/Setup\n" + _EXIT),
    # same file ("No channel was provided. Enter value for SLACK_DEFAULT_CHANNEL env var, or channel parameter")
    ("slack-orb-no-channel",
     "#!/bin/bash -eo pipefail\n"
     "No channel was provided. Enter value for SLACK_DEFAULT_CHANNEL env var, or channel parameter\n" + _EXIT),
    # same file ("Slack API returned an error message:" then Slack's error code)
    ("slack-orb-api-error",
     "#!/bin/bash -eo pipefail\n"
     "Sending to Slack Channel: C0123ABCD\n"
     "Slack API returned an error message:\n"
     '"channel_not_found"\n\n\n'
     "View the Setup Guide: https://example.org/slack-orb/wiki/Setup\n" + _EXIT),
    # CircleCI-Public/gcp-cli-orb src/scripts/setup.sh ("Ensure this job has a context to populate
    # OIDC token")
    ("gcp-cli-orb-oidc-context",
     "#!/bin/bash -eo pipefail\n"
     "Authorizing using OIDC token\n"
     "Ensure this job has a context to populate OIDC token\n"
     "See more: https://example.org/docs/openid-connect-tokens/\n" + _EXIT),
    # CircleCI-Public/aws-cli-orb src/scripts/role_arn_setup.sh ("Credentials not found. Run setup
    # command before role-arn-setup.")
    ("aws-cli-orb-credentials-not-found",
     "#!/bin/bash -eo pipefail\n"
     "Credentials not found. Run setup command before role-arn-setup.\n" + _EXIT),
    # CircleCI-Public/aws-cli-orb src/scripts/assume_role_with_web_identity.sh ("Failed to assume role")
    # after the AWS CLI's refusal
    ("aws-cli-orb-assume-role-denied",
     "#!/bin/bash -eo pipefail\n"
     "An error occurred (AccessDenied) when calling the AssumeRoleWithWebIdentity operation: Not authorized "
     "to perform sts:AssumeRoleWithWebIdentity\n"
     "Failed to assume role\n" + _EXIT),
    # same file ("AWS CLI is not installed. Please run the setup or install command first.")
    ("aws-cli-orb-not-installed",
     "#!/bin/bash -eo pipefail\n"
     "AWS CLI is not installed. Please run the setup or install command first.\n" + _EXIT),
    # CircleCI-Public/aws-cli-orb src/scripts/install.sh ("This orb does not currently support your
    # platform.")
    ("aws-cli-orb-platform",
     "#!/bin/bash -eo pipefail\n"
     "This orb does not currently support your platform. If you believe it should, please consider opening "
     "an issue on the GitHub repository:\n"
     "https://example.org/aws-cli-orb/issues/new\n" + _EXIT),

    # ------------------------------------------------------------------ orbs: their own validation
    # CircleCI-Public/node-orb src/scripts/packages/find-package.sh ("Unable to find your package.json
    # file. Did you forget to set the app-dir parameter?")
    ("node-orb-package-json",
     "#!/bin/bash -eo pipefail\n"
     "Unable to find your package.json file. Did you forget to set the app-dir parameter?\n"
     "Current directory: /home/circleci/project\nList directory: \n\nREADME.md  services\n" + _EXIT),
    # CircleCI-Public/docker-orb src/scripts/build.sh ("Unable to parse provided tags.")
    ("docker-orb-parse-tags",
     "#!/bin/bash -eo pipefail\n"
     "Unable to parse provided tags.\n"
     'Check your "tag" parameter or refer to the docs and try again: https://example.org/orbs/docker.\n' + _EXIT),
    # CircleCI-Public/docker-orb src/scripts/check.sh with the registry's refusal of the credentials
    ("docker-orb-login-unauthorized",
     "#!/bin/bash -eo pipefail\n"
     "Attempt 1/4: docker login\n"
     'Error response from daemon: Get "https://registry-1.example.org/v2/": unauthorized: incorrect username '
     "or password\n"
     "docker login failed with exit code 1\nRetrying in 1 second(s)...\n"
     "Attempt 4/4: docker login\n"
     'Error response from daemon: Get "https://registry-1.example.org/v2/": unauthorized: incorrect username '
     "or password\n"
     "docker login failed with exit code 1\n" + _EXIT),
    # CircleCI-Public/docker-orb src/scripts/install_docker_compose.sh ("Checksum validation failed for %s")
    ("docker-orb-compose-checksum",
     "#!/bin/bash -eo pipefail\n"
     "docker-compose-linux-x86_64: FAILED\n"
     "sha256sum: WARNING: 1 computed checksum did NOT match\n"
     "Checksum validation failed for docker-compose-linux-x86_64\n" + _EXIT),
    # CircleCI-Public/docker-orb src/scripts/update_description.sh ("Registry is not set to Docker Hub.
    # Exiting")
    ("docker-orb-registry-not-hub",
     "#!/bin/bash -eo pipefail\n"
     "Registry is not set to Docker Hub. Exiting\n" + _EXIT),
    # CircleCI-Public/browser-tools-orb src/scripts/install_chrome_for_testing.sh ("Version %s doesn't exist")
    ("browser-tools-cft-version",
     "#!/bin/bash -eo pipefail\n"
     "Version 999.0.1 doesn't exist\n"
     "Error installing Chrome for testing\n" + _EXIT),
    # CircleCI-Public/browser-tools-orb src/scripts/install_chromedriver.sh ("Sorry, Google
    # Chrome/Chromium version 43 or newer is required to use ChromeDriver")
    ("browser-tools-chromedriver-old-chrome",
     "#!/bin/bash -eo pipefail\n"
     "Sorry, Google Chrome/Chromium version 43 or newer is required to use ChromeDriver\n" + _EXIT),
    # same file ("No Linux ARM64 support for Chrome Driver")
    ("browser-tools-chromedriver-arm64",
     "#!/bin/bash -eo pipefail\n"
     "No Linux ARM64 support for Chrome Driver\n" + _EXIT),
    # CircleCI-Public/browser-tools-orb src/scripts/install_edge_driver.sh ("Microsoft Edge is not installed")
    ("browser-tools-edge-missing",
     "#!/bin/bash -eo pipefail\n"
     "Microsoft Edge is not installed\n" + _EXIT),
    # CircleCI-Public/macos-orb src/scripts/add-permission.sh ("Unable to add permissions! System
    # Integrity Protection is enabled on this image")
    ("macos-orb-sip-enabled",
     "#!/bin/bash -eo pipefail\n"
     "Unable to add permissions! System Integrity Protection is enabled on this image\n"
     "Please choose an image with SIP disabled. Documentation: https://example.org/docs/testing-macos\n" + _EXIT),
    # CircleCI-Public/macos-orb src/scripts/preboot-sim.sh (the requested simulator is not among
    # the image's runtimes)
    ("macos-orb-preboot-sim",
     "#!/bin/bash -eo pipefail\n"
     "Requested: Simulator: iPhone 99, Device: 17.5\n"
     "Available:\n"
     "iPhone 15 (6E1B2C3D-0000-4000-8000-00000000ABCD) (Shutdown)\n" + _EXIT),
    # CircleCI-Public/macos-orb src/scripts/switch-ruby.sh ("No Rubies installed that match version %s")
    ("macos-orb-switch-ruby",
     "#!/bin/bash -eo pipefail\n\n"
     "No Rubies installed that match version 2.4\n\n"
     "Installed versions:\nruby-3.2.4\nruby-3.3.1\n" + _EXIT),
    # CircleCI-Public/python-orb src/scripts/ensure-test-tool.sh ("ERROR: Test package %s was not found")
    ("python-orb-test-tool",
     "#!/bin/bash -eo pipefail\n"
     "ERROR: Test package pytest was not found\n" + _EXIT),
    # CircleCI-Public/android-orb src/scripts/change_java_version.sh ("Unknown distribution: %s")
    ("android-orb-unknown-distribution",
     "#!/bin/bash -eo pipefail\n"
     "Unknown distribution: corretto\n" + _EXIT),
    # CircleCI-Public/android-orb src/scripts/run_tests.sh ("Max tries reached (%s)"): the tests failed
    # on every attempt the orb made, the failures are above it
    ("android-orb-max-tries",
     "#!/bin/bash -eo pipefail\n"
     "Starting test attempt 1\n"
     "com.example.app.LoginTest > loginShowsError FAILED\n"
     "    java.lang.AssertionError: expected:<Wrong password> but was:<null>\n"
     "Starting test attempt 2\n"
     "com.example.app.LoginTest > loginShowsError FAILED\n"
     "    java.lang.AssertionError: expected:<Wrong password> but was:<null>\n"
     "Max tries reached (2)\n" + _EXIT),
    # CircleCI-Public/ruby-orb src/scripts/rspec-test.sh ("Failed to create output directory: \"%s\"")
    ("ruby-orb-rspec-output-dir",
     "#!/bin/bash -eo pipefail\n"
     "mkdir: cannot create directory '/results': Permission denied\n"
     'Failed to create output directory: "/results"\n' + _EXIT),
]

# Same words from an outage and from a persistent cause: must not read transient with high confidence.
AMBIGUOUS: list[tuple[str, str]] = [
    # CircleCI-Public/aws-cli-orb src/scripts/assume_role_with_web_identity.sh ("Failed to set
    # CIRCLE_OIDC_TOKEN and CIRCLE_OIDC_TOKEN_V2 after 3 attempts. Please try rerunning the
    # worklow."): the script advises a rerun, but CircleCI mints OIDC tokens only for jobs that use
    # a context (gcp-cli-orb's setup.sh says so: "Ensure this job has a context to populate OIDC
    # token"), so a job without one fails this way on every run
    ("aws-cli-orb-oidc-token",
     "#!/bin/bash -eo pipefail\n"
     "Attempt 1: Minting OIDC tokens\nWaiting 1 second before retry\n"
     "Attempt 2: Minting OIDC tokens\nWaiting 1 second before retry\n"
     "Attempt 3: Minting OIDC tokens\nWaiting 1 second before retry\n"
     "Failed to set CIRCLE_OIDC_TOKEN and CIRCLE_OIDC_TOKEN_V2 after 3 attempts. Please try rerunning the "
     "worklow.\n" + _EXIT),
    # CircleCI-Public/node-orb src/scripts/install-yarn.sh ("Something went wrong; the specified version of
    # Yarn could not be installed"): curl runs --silent without --fail, so a version that does not
    # exist and a download cut short both end in tar's complaint and this line
    ("node-orb-yarn-version",
     "#!/bin/bash -eo pipefail\n"
     "Installing YARN v1.22.99\n"
     "gzip: stdin: not in gzip format\n"
     "tar: Child returned status 1\ntar: Error is not recoverable: exiting now\n"
     "Verifying YARN install\n"
     "Something went wrong; the specified version of Yarn could not be installed\n" + _EXIT),
    # CircleCI-Public/circleci-cli earlier releases ("unable to validate or compile config" for any
    # non-200 answer: an outage of the API or a refused token)
    ("cli-unable-to-compile",
     "#!/bin/bash -eo pipefail\ncircleci config validate\n"
     "Error: unable to validate or compile config\n" + _EXIT),
]


@pytest.mark.parametrize("log", [c[1] for c in TRANSIENT], ids=[c[0] for c in TRANSIENT])
def test_an_outage_reads_transient(log):
    v = judge(log)
    assert v.verdict == "transient", v.rationale


@pytest.mark.parametrize("log", [c[1] for c in REAL], ids=[c[0] for c in REAL])
def test_a_persistent_cause_reads_real(log):
    v = judge(log)
    assert v.verdict == "real", v.rationale


@pytest.mark.parametrize("log", [c[1] for c in AMBIGUOUS], ids=[c[0] for c in AMBIGUOUS])
def test_an_ambiguous_message_is_not_a_confident_outage(log):
    not_surely_transient(log)


def test_case_ids_are_unique():
    assert_unique_ids(TRANSIENT, REAL, AMBIGUOUS)


def test_a_passing_step_that_names_a_rejected_image_is_not_evidence():
    # a release note echoed by a passing step is not the agent's rejection
    log = ("#!/bin/bash -eo pipefail\ncat CHANGELOG.md\n"
           "- Docs: explain what 'image is unavailable' means after an image's end of life\n" + _EXIT)
    assert "circleci-job-rejected" not in signatures(judge(log))


def test_a_slack_notification_that_failed_after_a_real_failure_does_not_hide_it():
    # slack-orb's notify runs on_fail: the job had already failed on an assertion
    log = ("#!/bin/bash -eo pipefail\nnpm test\n"
           "  1) Cart totals\n       adds tax:\n     AssertionError: expected 107 to equal 108\n"
           "npm ERR! Test failed.  See above for more details.\n" + _EXIT +
           "#!/bin/bash -eo pipefail\n"
           "Error sending notification. Retrying...\n"
           "Error sending notification. Max retries reached\n" + _EXIT)
    assert judge(log).verdict != "transient"


def test_a_block_that_is_not_the_plans_is_not_read_as_one():
    log = "#!/bin/bash -eo pipefail\n./deploy.sh\nBlocked due to rate-limiting\n" + _EXIT
    assert "circleci-job-rejected" not in signatures(judge(log))


# One line of 50,000 characters of each of these words is read by benchmarks/pattern_speed.py,
# which prints the seconds each takes (a guard against patterns that backtrack; a timing is a
# benchmark's, not a test's).
LONG_LINE_WORDS = [
    "This job was rejected because the resource class is unavailable ",
    "Resource class docker for xlarge is not available for your project, or is not a valid resource class ",
    "Cannot find acme/tools@9.9.9 in the orb registry. Check that the namespace ",
    "Lost connection to job executor ",
    "Job failed to start within the expected timeframe ",
    "Infrastructure error detected during job execution ",
    "- Network error: Unable to receive GPG keys from server 'x'. ",
    "Failed to download and extract the tar file after 3 attempts. ",
    "Error sending notification. Max retries reached ",
    "Blocked due to plan-no-user-seats-available ",
    "Blocked due to " + "plan-" * 10_000 + " x",
    "Error sending notification. Max retries reached ",
    "an OAuth token must be present via the X environment variable ",
    "Requested: Simulator: ",
    "Version x doesn't exist ",
    "Unknown distribution: ",
    "Job 'a' requires 'b', which is the name of 0 other jobs in workflow 'c' ",
    "error: No orb named \"x\" exists. ",
    "The account ID is not found. Please add ",
    "Unable to find your package.json file. ",
    "Unable to add permissions! System Integrity Protection is enabled ",
]
