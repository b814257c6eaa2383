"""Fourteenth round, tool sources: the release and publish tools a CI job ends on (goreleaser, semantic-release,
release-please, changesets publish, PyPI's trusted publishing through pypa/gh-action-pypi-publish and twine,
npm publish, cargo publish, gem push, Maven Central through nexus-staging-maven-plugin and the Central
Portal's plugin, NuGet push, Helm's chart-releaser, GitHub release asset uploads, Homebrew formula bumps,
the Snap Store through snapcraft/craft-store, and flat-manager for Flatpak).

Each case is a short log written for the test around one message as the tool prints it. The wording was
read from the tools' own source (the comment above each case names the repository and the file holding
the format string); where the words are a service's answer the tool only relays (PyPI's, crates.io's,
npm's registry, the Central Portal, whose plugin is not open source), the comment says where the wording
was seen. Packages, hosts, tokens and paths are made up; no project's CI log is copied. Cases already held
by test_tool_sources_clusters_stores_push.py, test_tool_sources_scanners_forge_api.py,
test_tool_sources_python_wrappers.py and test_tool_sources_frontend_monorepo.py (twine's 400 "File already
exists", npm's E403 over a published version and E503, cargo's "already uploaded", gem's "Repushing",
NuGet's 409/503/403, semantic-release's ENOGHTOKEN, release-please's 5xx) are not repeated.

The rules the cases hold:
  * a registry, store or forge that answered 5xx or 429, a publish throttled for a while (crates.io's new
    crate limit, npm's packument race E409), a connection reset or timeout during an upload, a token
    exchange whose answer was not JSON (PyPI says "wait a few minutes and try again"), a publish retried
    until its tries ran out on server errors -> transient;
  * a version, asset, release or component that already exists, refused or missing credentials (401/403,
    an OTP the CI cannot give, no trusted publisher matching the claims, no id-token permission), a dirty
    tree or a tag on another commit, staging rules failing (missing signature), a namespace not allowed, a
    description that does not render, a duplicate Homebrew pull request, a store review error, a pattern
    matching no files -> real;
  * the tool's words inside a project's own failing test, or a test's title, are not its failure;
  * goreleaser's own overall timeout ("release timed out after ...") reads as a job's timeout does: transient;
  * a wording printed for both (a gem push that "did not finish", Nexus's bare ErrorResponse, a workspace
    publish whose next crate does not find the one cargo timed out waiting for) must not read surely
    transient.
"""

from __future__ import annotations

import pytest
from judging import assert_unique_ids, labelled, logs, not_surely_transient, reads

_EXIT = "##[error]Process completed with exit code 1.\n"
_CIRCLE = "\nExited with code exit status 1\n"
_GL = "ERROR: Job failed: exit code 1\n"
_GR = ("  • starting release...\n"
       "  • loading                                          path=.goreleaser.yaml\n"
       "  • publishing\n"
       "    • scm releases\n"
       "      • creating or updating release                 tag=v1.4.0 repo=acme/widget\n")
_MVN_END = ("[INFO] ------------------------------------------------------------------------\n"
            "[INFO] BUILD FAILURE\n"
            "[INFO] ------------------------------------------------------------------------\n")
_NPM = "npm notice Publishing to https://registry.npmjs.org/ with tag latest and public access\n"
_SR = "[10:11:12 AM] [semantic-release] › ℹ  Start step \"publish\" of plugin \"@semantic-release/npm\"\n"
_TWINE = ("Uploading distributions to https://upload.pypi.org/legacy/\n"
          "Uploading acme_widget-1.4.0-py3-none-any.whl\n")
_PYPA = "Run pypa/gh-action-pypi-publish@release/v1\n"
_CARGO = ("    Updating crates.io index\n"
          "   Packaging acme-widget v0.3.2 (/home/runner/work/widget/widget)\n"
          "   Uploading acme-widget v0.3.2 (/home/runner/work/widget/widget)\n")
_SNAP = "Run snapcore/action-publish@v1\n$ snapcraft upload --release=edge acme-widget_1.4.0_amd64.snap\n"

CASES: list[tuple[str, str, str]] = [
    # ------------------------------------------------------------------ goreleaser
    # goreleaser/goreleaser internal/client/github.go Upload (a 422 means the asset exists; Unrecoverable unless
    # replace_existing_artifacts), internal/pipe/release/release.go ("failed to upload %s: %w"),
    # internal/pipe/publish/publish.go ("%s: failed to publish artifacts: %w"), cmd/root.go ("%s failed after %s")
    ("goreleaser-asset-already-exists", "real",
     _GR + "      • uploading to release                         file=dist/widget_1.4.0_linux_amd64.tar.gz\n"
     "  ⨯ release failed after 1m12s                       error=scm releases: failed to publish artifacts: failed "
     "to upload widget_1.4.0_linux_amd64.tar.gz: POST https://uploads.github.com/repos/acme/widget/releases/901/"
     "assets?name=widget_1.4.0_linux_amd64.tar.gz: 422 Validation Failed [{Resource:ReleaseAsset Field:name "
     "Code:already_exists Message:}]\n" + _EXIT),
    # internal/retryx/retryx.go retries 5xx ("retrying" at WARN) until its attempts run out
    ("goreleaser-upload-502", "transient",
     _GR + "      • uploading to release                         file=dist/widget_1.4.0_darwin_arm64.tar.gz\n"
     "      • retrying                                     error=POST https://uploads.github.com/repos/acme/widget/"
     "releases/901/assets?name=widget_1.4.0_darwin_arm64.tar.gz: 502 Bad Gateway [] try=2\n"
     "  ⨯ release failed after 4m40s                       error=scm releases: failed to publish artifacts: failed "
     "to upload widget_1.4.0_darwin_arm64.tar.gz: POST https://uploads.github.com/repos/acme/widget/releases/901/"
     "assets?name=widget_1.4.0_darwin_arm64.tar.gz: 502 Bad Gateway []\n" + _EXIT),
    ("goreleaser-upload-connection-reset", "transient",
     _GR + "      • uploading to release                         file=dist/checksums.txt\n"
     "  ⨯ release failed after 2m03s                       error=scm releases: failed to publish artifacts: failed "
     "to upload checksums.txt: Post \"https://uploads.github.com/repos/acme/widget/releases/901/assets?name="
     "checksums.txt\": read tcp 10.1.0.4:51234->203.0.113.7:443: read: connection reset by peer\n" + _EXIT),
    # internal/pipe/git/errors.go (ErrDirty "git is in a dirty state", ErrWrongRef "git tag %v was not made against
    # commit %v", ErrNoTag)
    ("goreleaser-dirty-state", "real",
     "  • starting release...\n"
     "  • getting and validating git state\n"
     "  ⨯ release failed after 0s                          error=git is in a dirty state\n"
     "Please check in your pipeline what can be changing the following files:\n"
     " M go.sum\n"
     "Learn more at https://goreleaser.com/errors/dirty\n" + _EXIT),
    ("goreleaser-tag-wrong-commit", "real",
     "  • starting release...\n"
     "  • getting and validating git state\n"
     "  ⨯ release failed after 0s                          error=git tag v1.4.0 was not made against commit "
     "3f2a9c1d0b8e7a6f5d4c3b2a1908f7e6d5c4b3a2\n" + _CIRCLE),
    ("goreleaser-no-tags", "real",
     "  • starting release...\n"
     "  • getting and validating git state\n"
     "  ⨯ release failed after 0s                          error=git doesn't contain any tags - either add a tag "
     "or use --snapshot\n" + _EXIT),
    # internal/pipe/env/env.go (ErrMissingToken, ErrMultipleTokens)
    ("goreleaser-missing-token", "real",
     "  • starting release...\n"
     "  • loading environment variables\n"
     "  ⨯ release failed after 0s                          error=missing GITHUB_TOKEN, GITLAB_TOKEN and GITEA_TOKEN\n"
     + _GL),
    ("goreleaser-multiple-tokens", "real",
     "  • starting release...\n"
     "  • loading environment variables\n"
     "  ⨯ release failed after 0s                          error=multiple tokens found, but only one is allowed: "
     "GITHUB_TOKEN, GITLAB_TOKEN\n"
     "\n"
     "Learn more at https://goreleaser.com/errors/multiple-tokens\n" + _GL),
    # internal/client/github.go ("release %s already exists and is immutable, it cannot be updated")
    ("goreleaser-immutable-release", "real",
     _GR + "  ⨯ release failed after 3s                          error=scm releases: failed to publish artifacts: "
     "release v1.4.0 already exists and is immutable, it cannot be updated\n" + _EXIT),
    # internal/pipe/brew/brew.go ("homebrew formula"): the tap's contents API refused the token
    ("goreleaser-brew-tap-403", "real",
     "    • homebrew formula\n"
     "      • pushing                                      formula=Formula/widget.rb repo=acme/homebrew-tap\n"
     "  ⨯ release failed after 58s                         error=homebrew formula: failed to publish artifacts: "
     "PUT https://api.github.com/repos/acme/homebrew-tap/contents/Formula/widget.rb: 403 Resource not accessible "
     "by integration []\n" + _EXIT),
    # goreleaser cmd/root.go decorateWithCtxErr ("%s timed out after %s"): its own --timeout on the whole run; read as a
    # job's timeout is (the project's labels read those transient)
    ("goreleaser-overall-timeout", "transient",
     "      • uploading to release                         file=dist/widget_1.4.0_windows_amd64.zip\n"
     "  ⨯ release timed out after 1h0m0s                  error=context deadline exceeded\n" + _EXIT),
    # ------------------------------------------------------------------ PyPI trusted publishing
    # pypa/gh-action-pypi-publish oidc-exchange.py (die(): "::error::Trusted publishing exchange failure: %s";
    # _SERVER_REFUSED_TOKEN_EXCHANGE_MESSAGE "Token request failed: the server refused the request for the following
    # reasons:"), with PyPI's (pypi/warehouse warehouse/oidc/views.py) "invalid-publisher" reason
    ("pypi-oidc-invalid-publisher", "real",
     _PYPA + "Checking for unsupported reusable workflow\n"
     "Error: Trusted publishing exchange failure: %0AToken request failed: the server refused the request for the "
     "following reasons:%0A%0A* `invalid-publisher`: valid token, but no corresponding publisher (Publisher with "
     "matching claims was not found)%0A%0AThis generally indicates a trusted publisher configuration error, but "
     "could%0Aalso indicate an internal error on GitHub or PyPI's part.\n" + _EXIT),
    # oidc-exchange.py _TOKEN_RETRIEVAL_FAILED_MESSAGE ("OpenID Connect token retrieval failed: %s", "This generally
    # indicates a workflow configuration error, such as insufficient permissions"), the id package's words
    ("pypi-oidc-no-id-token-permission", "real",
     _PYPA +
     "Error: Trusted publishing exchange failure: %0AOpenID Connect token retrieval failed: GitHub: missing or "
     "insufficient OIDC token permissions, the ACTIONS_ID_TOKEN_REQUEST_TOKEN environment variable was unset%0A%0A"
     "This generally indicates a workflow configuration error, such as insufficient%0Apermissions. Make sure that "
     "your workflow has `id-token: write` configured%0Aat the job level\n" + _EXIT),
    # oidc-exchange.py _SERVER_TOKEN_RESPONSE_MALFORMED_JSON ("the index produced an unexpected %d response. This
    # strongly suggests a server configuration or downtime issue; wait a few minutes and try again.")
    ("pypi-oidc-malformed-response-502", "transient",
     _PYPA +
     "Error: Trusted publishing exchange failure: %0AToken request failed: the index produced an unexpected%0A502 "
     "response.%0A%0AThis strongly suggests a server configuration or downtime issue; wait%0Aa few minutes and "
     "try again.\n" + _EXIT),
    # oidc-exchange.py assert_successful_audience_call ("audience retrieval failed: repository at %s responded with
    # unexpected %s: %s")
    ("pypi-oidc-audience-503", "transient",
     _PYPA +
     "Error: Trusted publishing exchange failure: audience retrieval failed: repository at pypi.org responded "
     "with unexpected 503: Service Unavailable\n" + _EXIT),
    ("pypi-oidc-audience-not-supported", "real",
     _PYPA +
     "Error: Trusted publishing exchange failure: audience retrieval failed: repository at pypi.example.org does "
     "not indicate trusted publishing support\n" + _EXIT),
    # PyPI's answers relayed by twine/__main__.py ("%s: %d %s from %s\n%s"); warehouse/forklift/legacy.py
    ("twine-description-failed-to-render", "real",
     _TWINE +
     "WARNING  Error during upload. Retry with the --verbose option for more details.\n"
     "ERROR    HTTPError: 400 Bad Request from https://upload.pypi.org/legacy/\n"
     "         The description failed to render for 'text/x-rst'. See https://pypi.org/help/#description-content-type "
     "for more information.\n" + _EXIT),
    ("twine-name-too-similar", "real",
     _TWINE +
     "ERROR    HTTPError: 400 Bad Request from https://upload.pypi.org/legacy/\n"
     "         The name 'acme-widget' is too similar to an existing project. See https://pypi.org/help/#project-name "
     "for more information.\n" + _EXIT),
    ("twine-non-user-identity-new-project", "real",
     _TWINE +
     "ERROR    HTTPError: 403 Forbidden from https://upload.pypi.org/legacy/\n"
     "         Non-user identities cannot create new projects. This was probably caused by successfully using a "
     "pending publisher but specifying the project name incorrectly (either in the publisher or in your project's "
     "metadata). Please ensure that both match.\n" + _EXIT),
    ("twine-429-too-many-requests", "transient",
     _TWINE +
     'WARNING  Received "429: Too Many Requests"\n'
     "         Package upload appears to have failed. Retry 5 of 5.\n"
     "ERROR    HTTPError: 429 Too Many Requests from https://upload.pypi.org/legacy/\n"
     "         Too Many Requests\n" + _EXIT),
    # ------------------------------------------------------------------ npm publish
    # npm/cli lib/utils/error-message.js (EOTP: "This operation requires a one-time password from your
    # authenticator.")
    ("npm-publish-eotp", "real",
     _NPM +
     "npm error code EOTP\n"
     "npm error This operation requires a one-time password from your authenticator.\n"
     "npm error You can provide a one-time password by passing --otp=<code> to the command you ran.\n"
     "npm error If you already provided a one-time password then it is likely that you either typoed\n"
     "npm error it, or it timed out. Please try again.\n" + _EXIT),
    # the registry's 409 relayed by npm-registry-fetch ("%d %s - %s %s - %s"): a packument saved while another
    # publish of the same package was still being processed
    ("npm-publish-e409-packument", "transient",
     _NPM +
     "npm error code E409\n"
     "npm error 409 Conflict - PUT https://registry.npmjs.org/@acme%2fwidget-core - Failed to save packument. A "
     "common cause is if you try to publish a new package before the previous package has been fully processed.\n"
     + _EXIT),
    ("npm-publish-e429", "transient",
     _NPM +
     "npm error code E429\n"
     "npm error 429 Too Many Requests - PUT https://registry.npmjs.org/@acme%2fwidget-ui\n" + _EXIT),
    # error-message.js ENEEDAUTH ("need auth", "You need to authorize this machine using `npm adduser`")
    ("npm-publish-eneedauth", "real",
     _NPM +
     "npm error code ENEEDAUTH\n"
     "npm error need auth This command requires you to be logged in to https://registry.npmjs.org/\n"
     "npm error need auth You need to authorize this machine using `npm adduser`\n" + _EXIT),
    # error-message.js E401 with a Bearer challenge ("Unable to authenticate, your authentication token seems to be
    # invalid.")
    ("npm-publish-e401-token-invalid", "real",
     _NPM +
     "npm error code E401\n"
     "npm error Unable to authenticate, your authentication token seems to be invalid.\n"
     "npm error To correct this please try logging in again with:\n"
     "npm error   npm login\n" + _EXIT),
    # workspaces/libnpmpublish/lib/publish.js ('Provenance generation in GitHub Actions requires "write" access to the
    # "id-token" permission', "Can't generate provenance for new or private package, you must set `access` to
    # public.")
    ("npm-publish-provenance-id-token", "real",
     "$ npm publish --provenance --access public\n"
     "npm error code EUSAGE\n"
     "npm error Provenance generation in GitHub Actions requires \"write\" access to the \"id-token\" permission\n"
     + _EXIT),
    ("npm-publish-provenance-private", "real",
     "$ npm publish --provenance\n"
     "npm error code EUSAGE\n"
     "npm error Can't generate provenance for new or private package, you must set `access` to public.\n" + _EXIT),
    # the registry's 402 for a scoped package published without --access public
    ("npm-publish-e402-private", "real",
     "npm notice Publishing to https://registry.npmjs.org/ with tag latest and default access\n"
     "npm error code E402\n"
     "npm error 402 Payment Required - PUT https://registry.npmjs.org/@acme%2fwidget - You must sign up for "
     "private packages\n" + _EXIT),
    # ------------------------------------------------------------------ changesets publish
    # changesets/changesets packages/cli/src/commands/publish/npm-utils.ts ("an error occurred while publishing %s:
    # %s", json.error.summary, json.error.detail); in CI the OTP is never asked
    ("changesets-publish-eotp", "real",
     "$ changeset publish\n"
     "🦋  info Publishing \"@acme/widget-core\" at \"2.1.0\"\n"
     "🦋  error an error occurred while publishing @acme/widget-core: EOTP This operation requires a one-time "
     "password from your authenticator.\n"
     "🦋  error packages failed to publish:\n"
     "🦋  @acme/widget-core@2.1.0\n" + _EXIT),
    ("changesets-publish-e409", "transient",
     "$ changeset publish\n"
     "🦋  info Publishing \"@acme/widget-ui\" at \"2.1.0\"\n"
     "🦋  error an error occurred while publishing @acme/widget-ui: E409 409 Conflict - PUT "
     "https://registry.npmjs.org/@acme%2fwidget-ui - Failed to save packument. A common cause is if you try to "
     "publish a new package before the previous package has been fully processed.\n"
     "🦋  error packages failed to publish:\n"
     "🦋  @acme/widget-ui@2.1.0\n" + _EXIT),
    # ------------------------------------------------------------------ semantic-release
    # semantic-release/npm lib/definitions/errors.js (EINVALIDNPMTOKEN "Invalid npm token.", ENONPMTOKEN)
    ("semantic-release-einvalidnpmtoken", "real",
     "Run npx semantic-release\n"
     "[10:11:12 AM] [semantic-release] › ✘  Failed step \"verifyConditions\" of plugin \"@semantic-release/npm\"\n"
     "[10:11:12 AM] [semantic-release] › ✘  EINVALIDNPMTOKEN Invalid npm token.\n"
     "The npm token configured in the NPM_TOKEN environment variable must be a valid token allowing to publish "
     "to the registry https://registry.npmjs.org/.\n" + _EXIT),
    ("semantic-release-enonpmtoken", "real",
     "Run npx semantic-release\n"
     "[10:11:12 AM] [semantic-release] › ✘  ENONPMTOKEN No npm token specified.\n"
     "An npm token must be created and set in the NPM_TOKEN environment variable on your CI environment.\n"
     + _EXIT),
    # the npm plugin runs npm publish (execa), its stderr is relayed under the failed step
    ("semantic-release-npm-publish-503", "transient",
     "Run npx semantic-release\n" + _SR +
     "npm error code E503\n"
     "npm error 503 Service Unavailable - PUT https://registry.npmjs.org/acme-widget - Service Unavailable\n"
     "[10:11:14 AM] [semantic-release] › ✘  Failed step \"publish\" of plugin \"@semantic-release/npm\"\n"
     "[10:11:14 AM] [semantic-release] › ✘  An error occurred while running semantic-release: Error: Command "
     "failed with exit code 1: npm publish /home/runner/work/widget/widget --userconfig /tmp/abc/.npmrc --tag "
     "latest --registry https://registry.npmjs.org/\n" + _EXIT),
    # ------------------------------------------------------------------ release-please
    # googleapis/release-please-action ("release-please failed: %s") relaying GitHub's secondary rate limit
    ("release-please-secondary-rate-limit", "transient",
     "Run googleapis/release-please-action@v4\n"
     "❯ Fetching release-please-config.json from branch main\n"
     "Error: release-please failed: You have exceeded a secondary rate limit. Please wait a few minutes before you "
     "try again.\n"),
    # ------------------------------------------------------------------ cargo publish
    # crates.io's 429 for new crates (src/rate_limiter.rs, "You have published too many new crates in a short period
    # of time. Please try again after %s"), relayed by cargo's crates-io client ("the remote server responded with an
    # error (status %d %s): %s")
    ("cargo-publish-429-new-crates", "transient",
     _CARGO +
     "error: failed to publish acme-widget v0.3.2 to registry at https://crates.io\n"
     "\n"
     "Caused by:\n"
     "  the remote server responded with an error (status 429 Too Many Requests): You have published too many new "
     "crates in a short period of time. Please try again after Tue, 01 Dec 2026 10:21:40 GMT and see "
     "https://crates.io/docs/rate-limits for more details.\n" + _EXIT),
    ("cargo-publish-403-token-scope", "real",
     _CARGO +
     "error: failed to publish acme-widget v0.3.2 to registry at https://crates.io\n"
     "\n"
     "Caused by:\n"
     "  the remote server responded with an error (status 403 Forbidden): this token does not have the required "
     "permissions to perform this action\n" + _EXIT),
    # rust-lang/cargo src/cargo/ops/cargo_package.rs ("failed to verify package tarball"): the crate does not build
    ("cargo-publish-verify-compile-error", "real",
     "   Packaging acme-widget v0.3.2 (/home/runner/work/widget/widget)\n"
     "   Verifying acme-widget v0.3.2 (/home/runner/work/widget/widget)\n"
     "   Compiling acme-widget v0.3.2 (/home/runner/work/widget/widget/target/package/acme-widget-0.3.2)\n"
     "error[E0432]: unresolved import `crate::codec`\n"
     " --> src/lib.rs:4:5\n"
     "error: failed to verify package tarball\n" + _EXIT),
    # cargo_package.rs ("%d files in the working directory contain changes that were not yet committed into git")
    ("cargo-publish-uncommitted", "real",
     "    Updating crates.io index\n"
     "error: 2 files in the working directory contain changes that were not yet committed into git:\n"
     "\n"
     "Cargo.lock\n"
     "src/version.rs\n"
     "\n"
     "to proceed despite this and include the uncommitted changes, pass the `--allow-dirty` flag\n" + _EXIT),
    # ------------------------------------------------------------------ gem push
    # rubygems/rubygems.org app/models/pusher.rb ("There was a problem saving your gem. Please try again.", 500)
    ("gem-push-problem-saving-try-again", "transient",
     "Pushing gem to https://rubygems.org...\n"
     "There was a problem saving your gem. Please try again.\n" + _EXIT),
    # pusher.rb ("You do not have permission to push to this gem. Ask an owner to add you with: gem owner %s --add
    # %s")
    ("gem-push-no-permission", "real",
     "Pushing gem to https://rubygems.org...\n"
     "You do not have permission to push to this gem. Ask an owner to add you with: gem owner acme_widget --add "
     "ci@acme.example\n" + _EXIT),
    # config/locales/en.yml (otp_missing)
    ("gem-push-otp-missing", "real",
     "Pushing gem to https://rubygems.org...\n"
     "You have enabled multifactor authentication but no OTP code provided. Please fill it and retry.\n" + _EXIT),
    # pusher.rb ("Rubygem requires owners to enable MFA. You must enable MFA before pushing new version.")
    ("gem-push-mfa-required", "real",
     "Pushing gem to https://rubygems.org...\n"
     "Rubygem requires owners to enable MFA. You must enable MFA before pushing new version.\n" + _EXIT),
    # pusher.rb republish_notification (a yanked version)
    ("gem-push-yanked-version-exists", "real",
     "Pushing gem to https://rubygems.org...\n"
     "A yanked version already exists (acme_widget-1.4.0).\n"
     "Repushing of gem versions is not allowed. Please use a new version and retry\n" + _EXIT),
    # ------------------------------------------------------------------ Maven Central
    # sonatype/nexus-maven-plugins staging/maven-plugin .../AbstractStagingDeployStrategy.java ("Rule failure while
    # trying to close staging repository with ID \"{}\".") and StagingDeployStrategy.java ("Could not perform action:
    # there are failing staging rules!")
    ("nexus-staging-rules-missing-signature", "real",
     "[INFO]  * Closing staging repository with ID \"comacme-1042\".\n"
     "[ERROR] Rule failure while trying to close staging repository with ID \"comacme-1042\".\n"
     "[ERROR] Nexus Staging Rules Failure Report\n"
     "[ERROR] Repository \"comacme-1042\" failures\n"
     "[ERROR]   Rule \"signature-staging\" failures\n"
     "[ERROR]     * Missing Signature: '/com/acme/widget/1.4.0/widget-1.4.0.jar.asc' does not exist for "
     "'widget-1.4.0.jar'.\n" + _MVN_END +
     "[ERROR] Failed to execute goal org.sonatype.plugins:nexus-staging-maven-plugin:1.7.0:deploy "
     "(injected-nexus-deploy) on project widget: Execution injected-nexus-deploy of goal "
     "org.sonatype.plugins:nexus-staging-maven-plugin:1.7.0:deploy failed: Could not perform action: there are "
     "failing staging rules! -> [Help 1]\n" + _EXIT),
    # .../remote/RemoteNexus.java ("Nexus connection problem to URL [%s ]: %s")
    ("nexus-staging-connection-504", "transient",
     "[INFO] --- nexus-staging:1.7.0:deploy (injected-nexus-deploy) @ widget ---\n"
     "[INFO]  * Connecting to Nexus on URL https://s01.oss.example.org/\n" + _MVN_END +
     "[ERROR] Failed to execute goal org.sonatype.plugins:nexus-staging-maven-plugin:1.7.0:deploy "
     "(injected-nexus-deploy) on project widget: Execution injected-nexus-deploy of goal "
     "org.sonatype.plugins:nexus-staging-maven-plugin:1.7.0:deploy failed: Nexus connection problem to URL "
     "[https://s01.oss.example.org/ ]: 504 - Gateway Timeout -> [Help 1]\n" + _EXIT),
    ("nexus-staging-connection-401", "real",
     "[INFO] --- nexus-staging:1.7.0:deploy (injected-nexus-deploy) @ widget ---\n"
     "[INFO]  * Connecting to Nexus on URL https://s01.oss.example.org/\n" + _MVN_END +
     "[ERROR] Failed to execute goal org.sonatype.plugins:nexus-staging-maven-plugin:1.7.0:deploy "
     "(injected-nexus-deploy) on project widget: Execution injected-nexus-deploy of goal "
     "org.sonatype.plugins:nexus-staging-maven-plugin:1.7.0:deploy failed: Nexus connection problem to URL "
     "[https://s01.oss.example.org/ ]: 401 - Unauthorized -> [Help 1]\n" + _EXIT),
    # org.sonatype.central:central-publishing-maven-plugin (closed source; the Portal's validation errors as issue
    # threads show them: "Deployment %s failed", "Component with package url: '%s' already exists", "Namespace '%s'
    # is not allowed")
    ("central-portal-component-exists", "real",
     "[INFO] Uploaded bundle successfully, deploymentId: 0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d. Deployment will "
     "publish automatically\n"
     "[INFO] Waiting until Deployment 0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d is validated\n"
     "[ERROR] \n"
     "\n"
     "Deployment 0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d failed\n"
     "pkg:maven/com.acme/widget@1.4.0:\n"
     " - Component with package url: 'pkg:maven/com.acme/widget@1.4.0' already exists\n" + _MVN_END +
     "[ERROR] Failed to execute goal org.sonatype.central:central-publishing-maven-plugin:0.8.0:publish "
     "(injected-central-publishing) on project widget: Execution injected-central-publishing of goal "
     "org.sonatype.central:central-publishing-maven-plugin:0.8.0:publish failed: Deployment "
     "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d failed\n" + _EXIT),
    ("central-portal-namespace-not-allowed", "real",
     "[INFO] Waiting until Deployment 5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b is validated\n"
     "[ERROR] \n"
     "\n"
     "Deployment 5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b failed\n"
     "pkg:maven/org.example.tools/widget-cli@2.0.0:\n"
     " - Namespace 'org.example.tools' is not allowed\n" + _MVN_END +
     "[ERROR] Failed to execute goal org.sonatype.central:central-publishing-maven-plugin:0.8.0:publish "
     "(injected-central-publishing) on project widget-cli: Execution injected-central-publishing of goal "
     "org.sonatype.central:central-publishing-maven-plugin:0.8.0:publish failed: Deployment "
     "5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b failed\n" + _EXIT),
    # ------------------------------------------------------------------ NuGet push
    # NuGet/NuGet.Client PackageUpdateResource.cs (HttpClient's "Response status code does not indicate success: %d
    # (%s).")
    ("nuget-push-429", "transient",
     "Pushing Acme.Widget.1.4.0.nupkg to 'https://www.nuget.org/api/v2/package'...\n"
     "  PUT https://www.nuget.org/api/v2/package/\n"
     "  TooManyRequests https://www.nuget.org/api/v2/package/ 212ms\n"
     "error: Response status code does not indicate success: 429 (Too Many Requests).\n" + _EXIT),
    # ------------------------------------------------------------------ Helm chart-releaser
    # helm/chart-releaser pkg/releaser/releaser.go ("error creating GitHub release %s: %w") with go-github's
    # ErrorResponse; pkg/github/github.go ("failed to upload release asset: %s: %w")
    ("cr-release-already-exists", "real",
     "Run helm/chart-releaser-action@v1.6.0\n"
     "Packaging chart 'charts/widget'...\n"
     "Releasing charts...\n"
     "Error: error creating GitHub release widget-1.4.0: POST https://api.github.com/repos/acme/charts/releases: "
     "422 Validation Failed [{Resource:Release Field:tag_name Code:already_exists Message:}]\n" + _EXIT),
    ("cr-upload-asset-502", "transient",
     "Run helm/chart-releaser-action@v1.6.0\n"
     "Releasing charts...\n"
     "Error: error creating GitHub release widget-1.4.1: failed to upload release asset: "
     ".cr-release-packages/widget-1.4.1.tgz: POST https://uploads.github.com/repos/acme/charts/releases/77/assets"
     "?name=widget-1.4.1.tgz: 502 Bad Gateway []\n" + _EXIT),
    # ------------------------------------------------------------------ GitHub release assets
    # softprops/action-gh-release src/github.ts ("⚠️ GitHub release failed with status: %s", "retrying... (%d retries
    # remaining)", "❌ Too many retries. Aborting...", "Too many retries.")
    ("gh-release-too-many-retries-5xx", "transient",
     "Run softprops/action-gh-release@v2\n"
     "👩‍🏭 Creating new GitHub release for tag v1.4.0...\n"
     "⚠️ GitHub release failed with status: 502\n"
     "{\"message\":\"Server Error\"}\n"
     "retrying... (2 retries remaining)\n"
     "⚠️ GitHub release failed with status: 502\n"
     "retrying... (1 retries remaining)\n"
     "❌ Too many retries. Aborting...\n"
     "Error: Too many retries.\n"),
    # github.ts (403: "Skip retry — your GitHub token/PAT does not have the required permission to create a release")
    ("gh-release-403-permission", "real",
     "Run softprops/action-gh-release@v2\n"
     "👩‍🏭 Creating new GitHub release for tag v1.4.0...\n"
     "⚠️ GitHub release failed with status: 403\n"
     "{\"message\":\"Resource not accessible by integration\",\"status\":\"403\"}\n"
     "Skip retry — your GitHub token/PAT does not have the required permission to create a release\n"
     "Error: Resource not accessible by integration\n"),
    # src/main.ts ("🤔 Pattern '%s' does not match any files.", "⚠️ There were unmatched files")
    ("gh-release-unmatched-files", "real",
     "Run softprops/action-gh-release@v2\n"
     "🤔 Pattern 'dist/*.zip' does not match any files.\n"
     "Error: ⚠️ There were unmatched files\n"),
    # github.ts handleUploadedAsset ("Failed to upload release asset %s. received status code %d\n%s\n%s")
    ("gh-release-asset-upload-422", "real",
     "Run softprops/action-gh-release@v2\n"
     "⬆️ Uploading widget-linux-amd64.tar.gz...\n"
     "Error: Failed to upload release asset widget-linux-amd64.tar.gz. received status code 422\n"
     "Validation Failed\n"
     "[{\"resource\":\"ReleaseAsset\",\"code\":\"already_exists\",\"field\":\"name\"}]\n"),
    ("gh-release-asset-upload-500", "transient",
     "Run softprops/action-gh-release@v2\n"
     "⬆️ Uploading widget-linux-arm64.tar.gz...\n"
     "Error: Failed to upload release asset widget-linux-arm64.tar.gz. received status code 500\n"
     "Internal Server Error\n"
     "undefined\n"),
    # ------------------------------------------------------------------ Homebrew tap bumps
    # Homebrew/brew Library/Homebrew/utils/github.rb check_for_duplicate_pull_requests ("These %s pull requests may be
    # duplicates:", "Duplicate PRs should not be opened.")
    ("brew-bump-duplicate-prs", "real",
     "$ brew bump-formula-pr --no-browse --url https://example.org/widget-1.4.0.tar.gz widget\n"
     "Error: These open pull requests may be duplicates:\n"
     "widget 1.4.0 https://github.com/acme/homebrew-tap/pull/88\n"
     "Duplicate PRs should not be opened.\n"
     "Manually open these PRs if you are sure that they are not duplicates.\n" + _CIRCLE),
    # ------------------------------------------------------------------ Snap Store
    # canonical/craft-store craft_store/errors.py (StoreServerError: "Issue encountered while processing your
    # request: [%d] %s."; NetworkError: "Maximum retries exceeded trying to reach the store.")
    ("snapcraft-store-503", "transient",
     _SNAP +
     "Issue encountered while processing your request: [503] Service Unavailable.\n"
     "Full execution log: '/home/runner/.local/state/snapcraft/log/snapcraft-20261201-101112.log'\n" + _EXIT),
    ("snapcraft-max-retries", "transient",
     _SNAP +
     "Maximum retries exceeded trying to reach the store.\n"
     "Full execution log: '/home/runner/.local/state/snapcraft/log/snapcraft-20261201-101112.log'\n" + _EXIT),
    ("snapcraft-store-401", "real",
     _SNAP +
     "Issue encountered while processing your request: [401] Unauthorized.\n"
     "Full execution log: '/home/runner/.local/state/snapcraft/log/snapcraft-20261201-101112.log'\n" + _EXIT),
    # canonical/snapcraft snapcraft/store/client.py ("Error uploading snap: %s", details = the store's message)
    ("snapcraft-upload-review-error", "real",
     _SNAP +
     "Error uploading snap: review-error\n"
     "found errors in file output: unusual mode 'rwxrwxrwx' for entry 'bin/widget'\n"
     "Full execution log: '/home/runner/.local/state/snapcraft/log/snapcraft-20261201-101112.log'\n" + _EXIT),
    # craft_store/errors.py ("Store operation failed:\n- %s: %s")
    ("snapcraft-store-operation-not-registered", "real",
     _SNAP +
     "Store operation failed:\n"
     "- resource-not-found: Snap not found for name=acme-widget\n"
     "Full execution log: '/home/runner/.local/state/snapcraft/log/snapcraft-20261201-101112.log'\n" + _EXIT),
    # ------------------------------------------------------------------ flat-manager (Flatpak)
    # flatpak/flat-manager client/src/client.rs (ClientError::Api "API error from {url} (status {status}): {body}",
    # "\\ Check {} has failed")
    ("flat-manager-api-502", "transient",
     "Uploading refs to https://hub.example.org/api/v1/build/412: app/org.example.Widget/x86_64/stable\n"
     "Uploading file objects\n"
     "API error from https://hub.example.org/api/v1/build/412/upload (status 502 Bad Gateway): <html><body>"
     "<h1>502 Bad Gateway</h1></body></html>\n" + _EXIT),
    ("flat-manager-api-403", "real",
     "Uploading refs to https://hub.example.org/api/v1/build/412: app/org.example.Widget/x86_64/stable\n"
     "API error from https://hub.example.org/api/v1/build/412/upload (status 403 Forbidden): "
     "{\"status\":403,\"error-type\":\"token-insufficient\",\"message\":\"Not enough permissions\"}\n" + _EXIT),
    # ------------------------------------------------------------------ the code, not the tool
    # a project's own test of its publish helper, its assertion message quoting a registry's words
    ("pytest-own-test-mentions-503-publish", "real",
     "tests/test_publish.py::test_retries_on_503 FAILED\n"
     ">       assert upload.call_count == 3, f'upload answered {err}'\n"
     "E       AssertionError: upload answered HTTPError: 503 Service Unavailable from https://upload.example.org/legacy/\n"
     "E       assert 1 == 3\n"
     "E        +  where 1 = <MagicMock name='upload' id='140'>.call_count\n"
     "tests/test_publish.py:41: AssertionError\n"
     "=========================== 1 failed, 31 passed in 0.88s ===========================\n" + _EXIT),
    # a jest test whose title holds the registry's E409 words
    ("jest-title-mentions-e409", "real",
     " FAIL  test/release.test.ts\n"
     "  ● release › retries publish when the registry says Failed to save packument\n"
     "    expect(received).toBe(expected) // Object.is equality\n"
     "    Expected: 2\n"
     "    Received: 1\n"
     "Tests:       1 failed, 40 passed, 41 total\n" + _EXIT),
    # a go test of a release tool, its name and failure mention a reset upload
    ("go-test-release-tool-reset", "real",
     "=== RUN   TestUploadRetriesOnConnectionReset\n"
     "    upload_test.go:88: expected 3 attempts after \"read: connection reset by peer\", got 1\n"
     "--- FAIL: TestUploadRetriesOnConnectionReset (0.01s)\n"
     "FAIL\tgithub.com/acme/widget/internal/release\t0.214s\n"
     "FAIL\n" + _EXIT),
    # a jest test of a publish wrapper whose expected message is the registry's 409 words
    ("jest-expected-substring-packument", "real",
     " FAIL  test/publish.test.ts\n"
     "  ● publish › surfaces the registry conflict\n"
     "    expect(received).rejects.toThrow(expected)\n"
     "    Expected substring: \"409 Conflict - PUT https://registry.example.org/widget - Failed to save packument\"\n"
     "    Received message:   \"publishAll is not a function\"\n"
     "Tests:       1 failed, 22 passed, 23 total\n" + _EXIT),
    # a unittest of a release script that checks the action's downtime words in its own output
    ("unittest-own-test-mentions-downtime-words", "real",
     "FAIL: test_exchange_reports_downtime (tests.test_exchange.ExchangeTest)\n"
     "Traceback (most recent call last):\n"
     "  File \"/home/runner/work/widget/tests/test_exchange.py\", line 44, in test_exchange_reports_downtime\n"
     "AssertionError: 'strongly suggests a server configuration or downtime issue' not found in 'token: ok'\n"
     "Ran 18 tests in 0.120s\n"
     "FAILED (failures=1)\n" + _EXIT),
    # a web app's own log line quoting RubyGems' words, then its own spec failing
    ("app-log-quotes-gem-server-words", "real",
     "I, [2026-12-01T10:11:12.000 #41]  INFO -- : mirror: upstream said There was a problem saving your gem. "
     "Please try again.\n"
     "Failures:\n"
     "  1) Mirror#sync records the upstream error\n"
     "     Failure/Error: expect(mirror.errors).to eq([\"upstream failed\"])\n"
     "       expected: [\"upstream failed\"]\n"
     "            got: []\n"
     "8 examples, 1 failure\n" + _EXIT),
    # an rspec spec of a gem-push wrapper that checks RubyGems' 500 words
    ("rspec-own-spec-mentions-gem-push-500", "real",
     "Failures:\n"
     "\n"
     "  1) Publisher#push retries when RubyGems says to try again\n"
     "     Failure/Error: expect(client).to have_received(:push).twice\n"
     "       expected: 2 times, received: 1 time\n"
     "     # the stubbed body was: There was a problem saving your gem. Please try again.\n"
     "Finished in 0.41 seconds (files took 0.9 seconds to load)\n"
     "12 examples, 1 failure\n" + _EXIT),
]


NOT_SURELY_TRANSIENT: list[tuple[str, str]] = [
    # rubygems.org pusher.rb ("It appears that %s did not finish pushing.\nPlease contact support@rubygems.org for
    # assistance if you pushed this gem more than a minute ago."): a push of a moment ago, or one stuck for good
    ("gem-push-did-not-finish",
     "Pushing gem to https://rubygems.org...\n"
     "It appears that acme_widget-1.4.0 did not finish pushing.\n"
     "Please contact support@rubygems.org for assistance if you pushed this gem more than a minute ago.\n" + _EXIT),
    # nexus-maven-plugins ("Could not perform action: Nexus ErrorResponse received!") with no status beside it
    ("nexus-staging-bare-error-response",
     "[INFO]  * Closing staging repository with ID \"comacme-1043\".\n" + _MVN_END +
     "[ERROR] Failed to execute goal org.sonatype.plugins:nexus-staging-maven-plugin:1.7.0:release "
     "(default-cli) on project widget: Could not perform action: Nexus ErrorResponse received! -> [Help 1]\n"
     + _EXIT),
    # rust-lang/cargo src/cargo/ops/registry/publish.rs ("timed out waiting for `%s` to be available in %s", a
    # warning), then the next crate of the workspace cannot find it: the index's delay, or a wrong requirement
    ("cargo-publish-wait-timeout-then-next-crate",
     "warning: timed out waiting for `acme-core v0.3.2` to be available in registry `crates-io`\n"
     "note: the registry may have a backlog that is delaying making the crate available. The crate should be "
     "available soon.\n"
     "    Updating crates.io index\n"
     "error: failed to prepare local package for uploading\n"
     "\n"
     "Caused by:\n"
     "  no matching package named `acme-core` found\n" + _EXIT),
]


@pytest.mark.parametrize(("verdict", "log"), labelled(CASES))
def test_release_publish_message_reads_right(verdict, log):
    reads(log, verdict)


@pytest.mark.parametrize("log", logs(NOT_SURELY_TRANSIENT))
def test_ambiguous_release_failures_do_not_read_surely_transient(log):
    not_surely_transient(log)


def test_case_ids_are_unique():
    assert_unique_ids(CASES, NOT_SURELY_TRANSIENT)


# One line of 50,000 characters of each of these words is read by benchmarks/pattern_speed.py,
# which prints the seconds each takes (a guard against patterns that backtrack; a timing is a
# benchmark's, not a test's).
LONG_LINE_WORDS = [
    "failed to upload failed to publish artifacts: POST https://uploads. ",
    "Trusted publishing exchange failure: %0AToken request failed: ",
    "the remote server responded with an error (status 429 ",
    "Issue encountered while processing your request: [",
]
