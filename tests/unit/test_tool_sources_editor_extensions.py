"""Seventeenth round, tool sources: building, testing and publishing editor and browser extensions in CI.

Covered: VS Code extension tests (@vscode/test-electron's download of VS Code and its retries, its
checksum and length checks, the test run's exit code or signal; @vscode/test-cli's config, resolver
and extension-install errors), ``vsce package``/``publish`` (manifest and README checks, a version
that already exists, refused or expired tokens, the gallery's HTTP status through typed-rest-client's
"Failed request: (%d)"), ``ovsx publish`` (the Open VSX server's refusals, its HTTP status),
JetBrains plugins (the IntelliJ Platform Gradle Plugin's ``verifyPlugin``/``verifyPluginStructure``,
the IDE download through Gradle, Marketplace lookups and publishing), Eclipse plug-ins built with
Tycho (p2 repositories that do not load, "Cannot resolve project dependencies"), JupyterLab
extensions (``jupyter labextension build``'s builder check, jlpm), browser extensions (``web-ext
lint``/``build``/``sign`` with the AMO API's upload, validation and approval waits; a Chrome Web
Store upload), Neovim/Vim plugin tests (plenary's busted harness, vader, vusted/busted) and Emacs
package tests (ERT, buttercup, package-lint, Eldev's test and lint commands, package.el's fetches
from MELPA). The VS Code download timeout ("request timeout out after"), the bare "Failed to get VS
Code archive location", an invalid version, the missing-display SIGSEGV, a mocha assertion inside the
host and a download retry above a test failure are in test_tool_sources_display_data.py and
test_tool_sources_background_noise.py; not repeated here.

Each case is a short log written for this test around one message as the tool prints it. The
wording was read from the tools' source (the comment above each case names the repository and file
holding the format string): microsoft/vscode-test, microsoft/vscode-test-cli, microsoft/vscode-vsce
(with microsoft/typed-rest-client's status text), eclipse/openvsx (cli/ and server/),
JetBrains/intellij-platform-gradle-plugin, eclipse-tycho/tycho, jupyterlab/jupyterlab,
mozilla/web-ext, nvim-lua/plenary.nvim, junegunn/vader.vim, jorgenschaefer/emacs-buttercup,
purcell/package-lint, emacs-eldev/eldev. ERT's summary, package.el's "Error retrieving" and "Failed to
download `%s' archive.", busted's summary line, the JetBrains plugin verifier's per-IDE line, the
Marketplace's refusal texts, the AMO server's duplicate-version text and the Chrome Web Store API's
item errors rest on their documentation and on Emacs', busted's and the servers' documented output
rather than on source read here. Hosts, extensions, packages and paths are made up; no project's CI
log is copied.

The rules the cases hold:
  * the download of the editor/IDE or a package archive failing for a while (a reset or truncated
    VS Code download after its retries, a 5xx from the IDE repository through Gradle, a p2
    repository answering 503 or timing out, MELPA answering 502), a gallery/registry/AMO answering
    5xx -> transient;
  * a persistent cause (a version that already exists on the Marketplace, Open VSX or AMO, a refused
    or expired token, a manifest or README check, a plugin verifier compatibility problem, an
    invalid plugin descriptor, an IDE version or plugin update that does not exist, unresolvable
    OSGi requirements, a builder version mismatch, lint errors, failing ERT/buttercup/plenary/vader
    tests, an extension the test CLI cannot find) -> real;
  * near-misses: tests ABOUT downloads and timeouts that fail on their assertions, a spec title
    naming an outage -> real;
  * wordings printed both for an outage and for a persistent cause (AMO's approval or validation
    wait that timed out, the update service's non-200 "Failed to get JSON", a checksum mismatch on
    the downloaded VS Code archive, a host that died on SIGSEGV under xvfb, "No repository found"
    for a p2 location, package.el's "Failed to download archive", a 404 for a package file the
    archive contents still list) -> not surely transient. A host killed with SIGKILL and a
    Marketplace upload whose read timed out read transient (a killed process, a timeout).
"""

from __future__ import annotations

import pytest
from judging import assert_unique_ids, labelled, logs, not_surely_transient, reads

_GHA = "##[error]Process completed with exit code 1.\n"
_CIRCLE = "\nExited with code exit status 1\n"
_GL = "ERROR: Job failed: exit code 1\n"
_NPM = "npm ERR! code ELIFECYCLE\nnpm ERR! errno 1\n"

_VSCODE_TEST = ("> acme-lint@2.3.0 test\n"
                "> vscode-test\n"
                "✔ Validated version: 1.95.3\n"
                "✔ Found at https://update.code.example/1.95.3/linux-x64/stable\n")
_VSCE = "+ npx @vscode/vsce publish --pat ***\n INFO  Publishing 'acme.lint-helper v1.4.2'...\n"
_OVSX = "+ npx ovsx publish acme-lint-helper-1.4.2.vsix -p ***\n"
_WEBEXT_SIGN = ("+ npx web-ext sign --channel=listed --api-key=*** --api-secret=***\n"
                "Building web extension from /home/ci/repo/ext\n"
                "Waiting for validation...\n")
_GRADLE_FAIL = "\nFAILURE: Build failed with an exception.\n\n* What went wrong:\n"
_GRADLE_END = "\nBUILD FAILED in 1m 12s\n"
_TYCHO = ("[INFO] Scanning for projects...\n"
          "[INFO] Computing target platform for MavenProject: com.acme:com.acme.ui:1.0.0-SNAPSHOT\n")
_MVN_END = "[INFO] BUILD FAILURE\n[INFO] ------------------------------------------------------------------------\n"
_NVIM = ("+ nvim --headless -c \"PlenaryBustedDirectory tests/ {minimal_init = 'tests/init.lua'}\"\n"
         "Starting...Scheduling: tests/acme/parser_spec.lua\n\n"
         "========================================\n"
         "Testing: \t/home/ci/repo/tests/acme/parser_spec.lua\n")
_ELDEV = "+ eldev -p -dtT test\n"

CASES: list[tuple[str, str, str]] = [
    # ================================================================== @vscode/test-electron
    # microsoft/vscode-test lib/progress.ts ("Error downloading, retrying (attempt %d of %d): %s"),
    # lib/download.ts ("Failed to download and unzip VS Code %s" after the last attempt)
    ("vscode-test-download-reset-every-attempt", "transient",
     _VSCODE_TEST +
     "✖ Error downloading, retrying (attempt 1 of 3): read ECONNRESET\n"
     "✖ Error downloading, retrying (attempt 3 of 3): read ECONNRESET\n"
     "✖ Error: Error: read ECONNRESET\n"
     "Error: Failed to download and unzip VS Code 1.95.3\n"
     "    at downloadVSCode (/home/ci/repo/node_modules/@vscode/test-electron/out/download.js:352:23)\n" + _GHA),
    # microsoft/vscode-test lib/util.ts ("Downloaded stream length %d does not match expected length %d"):
    # a download cut short, every attempt
    ("vscode-test-download-truncated", "transient",
     _VSCODE_TEST +
     "✖ Error downloading, retrying (attempt 1 of 3): Downloaded stream length 48211968 does not match expected length 139184128\n"
     "✖ Error downloading, retrying (attempt 3 of 3): Downloaded stream length 9310208 does not match expected length 139184128\n"
     "✖ Error: socket hang up\n"
     "Error: Failed to download and unzip VS Code 1.95.3\n" + _NPM + _CIRCLE),
    # microsoft/vscode-test lib/download.ts ("Windows 32-bit is no longer supported from v1.85 onwards")
    ("vscode-test-win32-ia32-unsupported", "real",
     "> node ./out/test/runTest.js\n"
     "Failed to run tests Error: Windows 32-bit is no longer supported from v1.85 onwards\n"
     "    at resolveVersion (C:\\ci\\repo\\node_modules\\@vscode\\test-electron\\out\\download.js:129:15)\n" + _GHA),
    # microsoft/vscode-test lib/runTest.ts ("Exit code:   %s", TestRunFailedError "Test run failed with code %d")
    # after the extension's own tests failed inside the host
    ("vscode-test-run-failed-code-1-after-failing-test", "real",
     _VSCODE_TEST +
     "✔ Downloaded VS Code (f1a4fb1) into /home/ci/repo/.vscode-test/vscode-linux-x64-1.95.3\n"
     "  Diagnostics\n"
     "    ✔ reports unused rules\n"
     "    1) reports duplicated selectors\n"
     "  1 passing (820ms)\n"
     "  1 failing\n"
     "  1) Diagnostics\n"
     "       reports duplicated selectors:\n"
     "     AssertionError [ERR_ASSERTION]: Expected values to be strictly equal:\n"
     "2 !== 1\n"
     "Exit code:   1\n"
     "Error: Test run failed with code 1\n" + _GHA),
    # near-miss: a test ABOUT the download retry of the extension's own updater, failing on its assertion
    ("vscode-test-test-about-download-retry", "real",
     "  Updater\n"
     "    1) retries when the download is reset (ECONNRESET)\n"
     "  3 passing (1s)\n"
     "  1 failing\n"
     "  1) Updater\n"
     "       retries when the download is reset (ECONNRESET):\n"
     "     AssertionError [ERR_ASSERTION]: Expected 3 attempts, got 1\n"
     "      at Context.<anonymous> (out/test/updater.test.js:41:16)\n"
     "Exit code:   1\n"
     "Failed to run tests\n" + _GHA),
    # microsoft/vscode-test-cli src/cli/config.mts ("Could not find a %s file in this directory or any parent.
    # You can specify one with the --config option.")
    ("vscode-test-cli-config-missing", "real",
     "> acme-lint@2.3.0 test\n"
     "> vscode-test\n"
     "Could not find a .vscode-test.{js,cjs,mjs} file in this directory or any parent. You can specify one with the --config option.\n"
     + _NPM + _GHA),
    # microsoft/vscode-test-cli src/cli/resolver.mts ("Could not resolve module \"%s\" in %s (you may need to
    # install with `npm install`)")
    ("vscode-test-cli-cannot-resolve-mocha", "real",
     "> vscode-test --label unit\n"
     "Could not resolve module \"mocha\" in undefined (you may need to install with `npm install`)\n" + _GHA),
    # microsoft/vscode-test-cli src/cli/platform/desktop.mts ("Failed to install extensions (%s): %s") with
    # the code CLI's "Extension '%s' not found." (a dependency id that does not exist)
    ("vscode-test-cli-install-extension-not-found", "real",
     _VSCODE_TEST +
     "Failed to install extensions (acme.missing-helper): Installing extensions...\n"
     "Extension 'acme.missing-helper' not found.\n"
     "Make sure you use the full extension ID, including the publisher, e.g.: ms-dotnettools.csharp\n"
     "Failed Installing Extensions: acme.missing-helper\n" + _GHA),
    # microsoft/vscode-test-cli src/cli/platform/desktop.mts with the code CLI failing to reach the gallery
    ("vscode-test-cli-install-extension-dns", "transient",
     _VSCODE_TEST +
     "Failed to install extensions (acme.shared-helper): Installing extensions...\n"
     "Error while installing extensions: getaddrinfo EAI_AGAIN marketplace.gallery.example\n"
     "Failed Installing Extensions: acme.shared-helper\n" + _GHA),
    # xvfb-run missing on the image (the job's own setup)
    ("vscode-test-xvfb-run-missing", "real",
     "+ xvfb-run -a npm test\n"
     "/home/circleci/project/.circleci/test.sh: line 4: xvfb-run: command not found\n" + _CIRCLE),
    # ================================================================== vsce
    # microsoft/vscode-vsce src/publish.ts ("%s already exists." with description "publisher.name vX.Y.Z"),
    # src/util.ts log prefix " ERROR "
    ("vsce-publish-version-exists", "real",
     _VSCE +
     " ERROR  acme.lint-helper v1.4.2 already exists.\n" + _GHA),
    # microsoft/vscode-vsce src/util.ts logToGitHubActions ("::error::%s") for the same refusal
    ("vsce-publish-version-exists-gha-annotation", "real",
     "Publishing 'acme.lint-helper v1.4.2'...\n"
     "::error::acme.lint-helper v1.4.2 already exists.\n" + _GHA),
    # microsoft/vscode-vsce src/store.ts ("The Personal Access Token verification has failed. Additional
    # information:"), src/main.ts (the hint after "Unauthorized(401)")
    ("vsce-pat-verification-unauthorized", "real",
     "+ npx @vscode/vsce verify-pat acme -p ***\n"
     " ERROR  The Personal Access Token verification has failed. Additional information:\n\n"
     "Unauthorized(401)\n"
     " ERROR  Be sure to use a Personal Access Token which has access to **all accessible accounts**.\n" + _GHA),
    # microsoft/vscode-vsce src/publish.ts (the hint appended to "Personal Access Token used has expired")
    ("vsce-publish-pat-expired", "real",
     _VSCE +
     " ERROR  Access Denied: The Personal Access Token used has expired.\n\n"
     "You're using an expired Personal Access Token, please get a new PAT.\n"
     "More info: https://aka.ms/vscodepat\n" + _CIRCLE),
    # microsoft/vscode-vsce through typed-rest-client ("Failed request: (%d)") with the gallery answering 503
    ("vsce-publish-gallery-503", "transient",
     _VSCE +
     " ERROR  Failed request: (503)\n" + _GHA),
    # microsoft/vscode-vsce src/package.ts ("It seems the README.md still contains template text. Make sure to
    # edit the README.md file before you package or publish your extension.")
    ("vsce-package-readme-template", "real",
     "+ npx @vscode/vsce package\n"
     "Executing prepublish script 'npm run vscode:prepublish'...\n"
     " ERROR  It seems the README.md still contains template text. Make sure to edit the README.md file "
     "before you package or publish your extension.\n" + _GHA),
    # microsoft/vscode-vsce src/package.ts ("Extension entrypoint(s) missing. Make sure these files exist and
    # aren't ignored by '.vscodeignore':")
    ("vsce-package-entrypoint-missing", "real",
     "+ npx @vscode/vsce package --no-dependencies\n"
     " ERROR  Extension entrypoint(s) missing. Make sure these files exist and aren't ignored by '.vscodeignore':\n"
     "  extension/dist/extension.js\n" + _CIRCLE),
    # microsoft/vscode-vsce src/validation.ts ("@types/vscode %s greater than engines.vscode %s. Either upgrade
    # engines.vscode or use an older @types/vscode version")
    ("vsce-types-vscode-greater-than-engine", "real",
     "+ npx @vscode/vsce package\n"
     " ERROR  @types/vscode ^1.96.0 greater than engines.vscode ^1.90.0. Either upgrade engines.vscode or use "
     "an older @types/vscode version\n" + _GL),
    # microsoft/vscode-vsce src/package.ts ("Images in %s must come from an HTTPS source: %s")
    ("vsce-package-readme-http-image", "real",
     "+ npx @vscode/vsce package\n"
     " ERROR  Images in README.md must come from an HTTPS source: http://img.acme.example/demo.gif\n" + _GHA),
    # ================================================================== ovsx
    # eclipse/openvsx server PublishExtensionVersionHandler.java ("Extension %s is already published."),
    # cli/src/util.ts handleError ("\u274c  %s") and cli/src/main.ts's documentation hint
    ("ovsx-publish-already-published", "real",
     _OVSX +
     "\u274c  Extension acme.lint-helper 1.4.2 is already published.\n"
     "See the documentation for more information:\n"
     "https://github.com/eclipse/openvsx/wiki/Publishing-Extensions\n" + _GHA),
    # eclipse/openvsx server LocalRegistryService.java ("Invalid access token.")
    ("ovsx-publish-invalid-token", "real",
     _OVSX +
     "\u274c  Invalid access token.\n"
     "See the documentation for more information:\n"
     "https://github.com/eclipse/openvsx/wiki/Publishing-Extensions\n" + _GHA),
    # eclipse/openvsx server PublishExtensionVersionHandler.java ("Insufficient access rights for publisher: %s")
    ("ovsx-publish-insufficient-rights", "real",
     _OVSX +
     "\u274c  Insufficient access rights for publisher: acme\n" + _CIRCLE),
    # eclipse/openvsx cli/src/util.ts statusError ("The server responded with status %d: %s")
    ("ovsx-publish-server-503", "transient",
     _OVSX +
     "\u274c  The server responded with status 503: Service Unavailable\n"
     "See the documentation for more information:\n"
     "https://github.com/eclipse/openvsx/wiki/Publishing-Extensions\n" + _GHA),
    # eclipse/openvsx cli/src/util.ts statusError with a gateway answer
    ("ovsx-publish-server-502", "transient",
     _OVSX +
     "\u274c  The server responded with status 502: Bad Gateway\n" + _CIRCLE),
    # eclipse/openvsx cli/src/check-license.ts ("This extension cannot be accepted because it has no license.")
    ("ovsx-publish-no-license", "real",
     _OVSX +
     "\u274c  This extension cannot be accepted because it has no license.\n" + _GHA),
    # ================================================================== web-ext / AMO
    # mozilla/web-ext src/util/submit-addon.js fetchJson ("%s: %s." for a 5xx, errorMsg "Upload failed"),
    # src/cmd/sign.js (WebExtError), src/program.js (the stack)
    ("web-ext-sign-upload-503", "transient",
     "+ npx web-ext sign --channel=unlisted --api-key=*** --api-secret=***\n"
     "Building web extension from /home/ci/repo/ext\n\n"
     "WebExtError: Upload failed: Service Unavailable.\n"
     "    at sign (file:///home/ci/repo/node_modules/web-ext/lib/cmd/sign.js:102:13)\n" + _GHA),
    # mozilla/web-ext src/util/submit-addon.js ("Getting details failed" while polling) with a gateway timeout
    ("web-ext-sign-details-504", "transient",
     _WEBEXT_SIGN +
     "\nWebExtError: Getting details failed: Gateway Timeout.\n"
     "    at sign (file:///home/ci/repo/node_modules/web-ext/lib/cmd/sign.js:102:13)\n" + _GHA),
    # mozilla/web-ext src/util/submit-addon.js (a 4xx: "%s: %s" then the JSON body) with AMO's refusal of
    # the JWT issuer (a bad API key)
    ("web-ext-sign-unauthorized", "real",
     "+ npx web-ext sign --channel=listed --api-key=*** --api-secret=***\n"
     "\nWebExtError: Upload failed: Unauthorized\n"
     "{\n  \"detail\": \"Unknown JWT iss (issuer).\"\n}\n"
     "    at sign (file:///home/ci/repo/node_modules/web-ext/lib/cmd/sign.js:102:13)\n" + _GHA),
    # mozilla/web-ext src/util/submit-addon.js ("Submission failed (2)") with AMO's duplicate-version refusal
    ("web-ext-sign-version-exists", "real",
     _WEBEXT_SIGN +
     "\nWebExtError: Submission failed (2): Conflict\n"
     "{\n  \"version\": [\n    \"Version 3.1.0 already exists.\"\n  ]\n}\n" + _GHA),
    # mozilla/web-ext src/util/submit-addon.js waitForValidation ("Validation failed:\n%s")
    ("web-ext-sign-validation-failed", "real",
     _WEBEXT_SIGN +
     "\nWebExtError: Validation failed:\n"
     "{\n  \"errors\": 1,\n  \"warnings\": 0,\n  \"messages\": [\n"
     "    {\n      \"message\": \"The \\\"version\\\" property must be a string.\",\n"
     "      \"type\": \"error\"\n    }\n  ]\n}\n" + _GHA),
    # addons-linter's summary as web-ext lint prints it (mozilla/web-ext src/cmd/lint.js runs it)
    ("web-ext-lint-errors", "real",
     "+ npx web-ext lint --source-dir ext --warnings-as-errors\n"
     "Validation Summary:\n\n"
     "errors          1\n"
     "notices         0\n"
     "warnings        2\n\n"
     "ERRORS:\n\n"
     "Code                        Message                       File\n"
     "MANIFEST_FIELD_REQUIRED     \"/name\" is a required property  manifest.json\n" + _GHA),
    # mozilla/web-ext src/cmd/build.js ("Manifest key \"%s\" value is an empty string")
    ("web-ext-build-empty-manifest-key", "real",
     "+ npx web-ext build --overwrite-dest\n"
     "Building web extension from /home/ci/repo/ext\n\n"
     "UsageError: Manifest key \"name\" value is an empty string\n" + _CIRCLE),
    # Chrome Web Store API (documented item error PKG_INVALID_VERSION_NUMBER, relayed by an upload CLI)
    ("chrome-webstore-version-not-larger", "real",
     "+ npx chrome-webstore-upload-cli upload --source ext.zip --extension-id abcdefghijklmnop\n"
     "Error: Upload failed: PKG_INVALID_VERSION_NUMBER: Invalid version number in manifest: 3.1.0. Please make "
     "sure the newly uploaded package has a larger version in file manifest.json than the published package: 3.1.0.\n"
     + _GHA),
    # ================================================================== IntelliJ Platform Gradle Plugin
    # JetBrains/intellij-platform-gradle-plugin tasks/VerifyPluginTask.kt ("Verification failed with %s
    # problems. See the report at: %s"), the verifier's per-IDE line
    ("intellij-verify-plugin-compatibility", "real",
     "> Task :verifyPlugin\n"
     "Plugin com.acme.lint:1.4.2 against IC-243.21565.193: 2 compatibility problems\n"
     "Compatibility problems (2):\n"
     "    #Invocation of unresolved method com.intellij.openapi.util.IconLoader.getIcon(String) : Icon\n"
     + _GRADLE_FAIL +
     "Execution failed for task ':verifyPlugin'.\n"
     "> Verification failed with [COMPATIBILITY_PROBLEMS] problems. See the report at: "
     "file:///home/ci/repo/build/reports/pluginVerifier/index.html\n" + _GRADLE_END + _GHA),
    # JetBrains/intellij-platform-gradle-plugin tasks/VerifyPluginStructureTask.kt ("Plugin verification
    # failed.") after the structure check's own error
    ("intellij-verify-structure-invalid-descriptor", "real",
     "> Task :verifyPluginStructure FAILED\n"
     "[com.acme.lint] Invalid plugin descriptor 'plugin.xml'. The plugin name 'IntelliJ Lint Helper' should "
     "not include the word 'IntelliJ'.\n"
     + _GRADLE_FAIL +
     "Execution failed for task ':verifyPluginStructure'.\n"
     "> Plugin verification failed.\n" + _GRADLE_END + _GHA),
    # Gradle resolving the IDE the plugin targets from the IDE repository, answered 502
    ("intellij-ide-download-502", "transient",
     "> Task :initializeIntelliJPlatformPlugin\n"
     + _GRADLE_FAIL +
     "Could not resolve all files for configuration ':intellijPlatformDependency'.\n"
     "   > Could not resolve idea:ideaIC:2024.3.1.\n"
     "      > Could not get resource 'https://cache-redirector.jetbrains.example/intellij-repository/releases/"
     "com/jetbrains/intellij/idea/ideaIC/2024.3.1/ideaIC-2024.3.1.pom'.\n"
     "         > Could not GET 'https://cache-redirector.jetbrains.example/intellij-repository/releases/"
     "com/jetbrains/intellij/idea/ideaIC/2024.3.1/ideaIC-2024.3.1.pom'. Received status code 502 from server: Bad Gateway\n"
     + _GRADLE_END + _GHA),
    # Gradle resolving an IDE version that was never released
    ("intellij-ide-version-not-found", "real",
     _GRADLE_FAIL +
     "Could not resolve all files for configuration ':intellijPlatformDependency'.\n"
     "   > Could not find idea:ideaIC:2099.1.\n"
     "     Searched in the following locations:\n"
     "       - https://cache-redirector.jetbrains.example/intellij-repository/releases/com/jetbrains/intellij/idea/"
     "ideaIC/2099.1/ideaIC-2099.1.pom\n" + _GRADLE_END + _GHA),
    # JetBrains/intellij-platform-gradle-plugin extensions/IntelliJPlatformDependenciesHelper.kt ("No plugin
    # update with id='%s' compatible with '%s-%s' found in JetBrains Marketplace")
    ("intellij-marketplace-plugin-not-compatible", "real",
     _GRADLE_FAIL +
     "A problem occurred evaluating root project 'acme-lint'.\n"
     "> No plugin update with id='com.acme.graphs' compatible with 'IC-243.21565.193' found in JetBrains Marketplace\n"
     + _GRADLE_END + _GHA),
    # JetBrains/intellij-platform-gradle-plugin tasks/PublishPluginTask.kt ("Failed to upload plugin: %s")
    # with the Marketplace refusing the token (the wording the plugin's own tests assert)
    ("intellij-publish-token-invalid", "real",
     "> Task :publishPlugin FAILED\n"
     + _GRADLE_FAIL +
     "Execution failed for task ':publishPlugin'.\n"
     "> Failed to upload plugin: Upload failed: Authentication Failed: token is invalid\n" + _GRADLE_END + _GHA),
    # JetBrains/intellij-platform-gradle-plugin tasks/PublishPluginTask.kt ("'token' property must be specified
    # for plugin publishing")
    ("intellij-publish-token-missing", "real",
     "> Task :publishPlugin FAILED\n"
     + _GRADLE_FAIL +
     "Execution failed for task ':publishPlugin'.\n"
     "> 'token' property must be specified for plugin publishing\n" + _GRADLE_END + _CIRCLE),
    # ================================================================== Tycho
    # eclipse-tycho/tycho p2resolver/TargetPlatformFactoryImpl.java ("Failed to load p2 repository%s from
    # location %s") with p2's "Unable to read repository at" and the server's 503
    ("tycho-p2-repository-503", "transient",
     _TYCHO +
     "[ERROR] Failed to execute goal org.eclipse.tycho:tycho-p2-plugin:4.0.9:... on project com.acme.ui: "
     "Failed to load p2 repository with ID 'eclipse' from location https://download.eclipse.example/releases/2024-09: "
     "Unable to read repository at https://download.eclipse.example/releases/2024-09/content.xml. "
     "Server returned HTTP response code: 503 -> [Help 1]\n" + _MVN_END + _GHA),
    # eclipse-tycho/tycho p2/resolver/URITargetDefinitionContent.java ("Failed to load p2 metadata repository
    # from location %s") with the read timing out
    ("tycho-target-definition-read-timeout", "transient",
     _TYCHO +
     "[ERROR] Cannot resolve target definition:\n"
     "[ERROR]   Failed to load p2 metadata repository from location https://p2.acme.example/orbit/2024-09/: "
     "Unable to read repository at https://p2.acme.example/orbit/2024-09/content.jar. Read timed out\n"
     + _MVN_END + _GHA),
    # eclipse-tycho/tycho p2resolver/P2ResolverImpl.java ("Cannot resolve project dependencies:") with p2's
    # "Missing requirement: %s requires '%s' but it could not be found"
    ("tycho-missing-requirement", "real",
     _TYCHO +
     "[ERROR] Cannot resolve project dependencies:\n"
     "[ERROR]   Software being installed: com.acme.ui 1.0.0.qualifier\n"
     "[ERROR]   Missing requirement: com.acme.ui 1.0.0.qualifier requires 'java.package; "
     "org.eclipse.swt.widgets 0.0.0' but it could not be found\n"
     "[ERROR] \n"
     "[ERROR] See https://tycho.eclipseprojects.io/doc/4.0.9/Troubleshooting.html for help.\n"
     + _MVN_END + _GHA),
    # tycho-surefire's failing plug-in test
    ("tycho-surefire-test-failure", "real",
     "[INFO] Running com.acme.ui.tests.AllTests\n"
     "[ERROR] Tests run: 24, Failures: 1, Errors: 0, Skipped: 0, Time elapsed: 4.2 s <<< FAILURE! - in com.acme.ui.tests.AllTests\n"
     "[ERROR] testOutlineRefresh(com.acme.ui.tests.OutlineTest)  Time elapsed: 0.3 s  <<< FAILURE!\n"
     "junit.framework.AssertionFailedError: expected:<3> but was:<2>\n"
     "[ERROR] Failed to execute goal org.eclipse.tycho:tycho-surefire-plugin:4.0.9:test (default-test) on project "
     "com.acme.ui.tests: There are test failures.\n" + _MVN_END + _GHA),
    # ================================================================== JupyterLab extensions
    # jupyterlab/jupyterlab jupyterlab/federated_labextensions.py ("Extensions require a devDependency on
    # @jupyterlab/builder@%s, you have a dependency on %s")
    ("labextension-builder-version-mismatch", "real",
     "+ jupyter labextension build .\n"
     "Building extension in .\n"
     "Traceback (most recent call last):\n"
     "  File \"/opt/conda/bin/jupyter-labextension\", line 10, in <module>\n"
     "ValueError: Extensions require a devDependency on @jupyterlab/builder@^4.2.5, you have a dependency on ^3.6.3\n"
     + _GHA),
    # jupyterlab/jupyterlab jupyterlab/federated_labextensions.py ("Could not find @jupyterlab/builder")
    ("labextension-builder-not-found", "real",
     "+ jupyter labextension build .\n"
     "Building extension in .\n"
     "ValueError: Could not find @jupyterlab/builder\n" + _CIRCLE),
    # jlpm (yarn) fetching from the registry that answered 503
    ("jlpm-install-registry-503", "transient",
     "+ jlpm install\n"
     "➤ YN0000: ┌ Fetch step\n"
     "➤ YN0035: │ @jupyterlab/application@npm:4.2.5: The remote server failed to provide the requested resource\n"
     "➤ YN0035: │   Response Code: 503 (Service Unavailable)\n"
     "➤ YN0035: │   Request Method: GET\n"
     "➤ YN0035: │   Request URL: https://registry.npm.example/@jupyterlab/application/-/application-4.2.5.tgz\n"
     "➤ YN0000: └ Completed in 31s 208ms\n"
     "➤ YN0000: Failed with errors in 31s 412ms\n" + _GHA),
    # jlpm build: the extension's TypeScript does not compile
    ("jlpm-build-tsc-error", "real",
     "+ jlpm build\n"
     "src/index.ts(27,7): error TS2322: Type 'string' is not assignable to type 'number'.\n"
     "Error: command failed with exit code 2.\n" + _GHA),
    # ================================================================== Neovim / Vim
    # nvim-lua/plenary.nvim lua/plenary/busted.lua ("Success: ", "Failed : ", "Errors : ", "Tests Failed. Exit: 1")
    ("plenary-busted-test-failed", "real",
     _NVIM +
     "Success\t||\tparser handles empty buffer\n"
     "Fail\t||\tparser keeps fold markers\n"
     "            ...repo/tests/acme/parser_spec.lua:31: Expected objects to be the same.\n"
     "            Passed in:\n            (number) 2\n            Expected:\n            (number) 3\n\n"
     "Success: \t1\n"
     "Failed : \t1\n"
     "Errors : \t0\n"
     "========================================\n"
     "Tests Failed. Exit: 1\n" + _GHA),
    # near-miss: a plenary spec whose TITLE names an outage, failing on its assertion
    ("plenary-spec-title-names-timeout", "real",
     _NVIM +
     "Fail\t||\tclient reconnects after connection reset by peer\n"
     "            ...repo/tests/acme/client_spec.lua:58: Expected to be truthy, but value was:\n"
     "            (boolean) false\n\n"
     "Success: \t6\n"
     "Failed : \t1\n"
     "Errors : \t0\n"
     "Tests Failed. Exit: 1\n" + _GHA),
    # nvim-lua/plenary.nvim lua/plenary/busted.lua ("We had an unexpected error: %s")
    ("plenary-busted-unexpected-error", "real",
     _NVIM +
     "Errors : \t1\n"
     "We had an unexpected error: \t{ {\n"
     "    descriptions = { \"parser\" },\n"
     "    msg = \"...repo/lua/acme/parser.lua:88: attempt to index a nil value (local 'node')\"\n"
     "  } }\n" + _GHA),
    # junegunn/vader.vim autoload/vader.vim ("Success/Total: %s/%s", "(X) " before a failed case, "- Expected:",
    # "- Got:")
    ("vader-assertion-failed", "real",
     "+ vim -Nu tests/vimrc -c 'Vader! tests/*.vader'\n"
     "Starting Vader: 1 suite(s), 4 case(s)\n"
     "  Starting Vader: /home/ci/repo/tests/indent.vader\n"
     "    (1/4) [EXECUTE] indent a nested block\n"
     "    (2/4) [  EXPECT] (X) indent a closing brace\n"
     "      - Expected:\n      - Got:\n"
     "  Success/Total: 3/4\n"
     "Success/Total: 3/4 (assertions: 6/7)\n"
     "Elapsed time: 0.41 sec.\n" + _GHA),
    # busted's summary line as vusted prints it (documented output format)
    ("vusted-busted-failure", "real",
     "+ vusted ./test\n"
     "●●●◼●\n"
     "4 successes / 1 failure / 0 errors / 0 pending : 0.183 seconds\n\n"
     "Failure → test/format_spec.lua @ 22\n"
     "format keeps trailing comments\n"
     "test/format_spec.lua:25: Expected objects to be the same.\n" + _GHA),
    # a plugin manager cloning a dependency in the test init, the forge answering 503
    ("nvim-test-init-clone-503", "transient",
     "+ nvim --headless -u tests/minimal_init.lua -c 'qa!'\n"
     "Cloning into '/tmp/nvim-deps/plenary.nvim'...\n"
     "fatal: unable to access 'https://git.forge.example/nvim-lua/plenary.nvim/': The requested URL returned error: 503\n"
     + _GHA),
    # ================================================================== Emacs
    # ERT's batch summary ("Ran %d tests, %d results as expected, %d unexpected", "%d unexpected results:",
    # "FAILED  %s"; documented ERT output)
    ("ert-unexpected-result", "real",
     "+ emacs -Q --batch -L . -l test/acme-mode-test.el -f ert-run-tests-batch-and-exit\n"
     "Running 14 tests (2026-12-04 10:12:01+0000, selector `t')\n"
     "Test acme-mode-indent-test condition:\n"
     "    (ert-test-failed\n"
     "     ((should (equal (current-indentation) 4)) :form (equal 2 4) :value nil))\n"
     "   FAILED  13/14  acme-mode-indent-test (0.001 sec)\n\n"
     "Ran 14 tests, 13 results as expected, 1 unexpected (2026-12-04 10:12:02+0000, 0.41 sec)\n\n"
     "1 unexpected results:\n"
     "   FAILED  acme-mode-indent-test\n" + _GHA),
    # near-miss: an ERT test ABOUT a refused connection failing on its assertion (the condition's form names it)
    ("ert-test-about-refused-connection", "real",
     "+ emacs -Q --batch -L . -l test/acme-fetch-test.el -f ert-run-tests-batch-and-exit\n"
     "Test acme-fetch-reports-refused-host condition:\n"
     "    (ert-test-failed\n"
     "     ((should (eq (acme-fetch-status) 'refused)) :form (eq connection-refused refused) :value nil))\n"
     "   FAILED  3/5  acme-fetch-reports-refused-host (0.002 sec)\n\n"
     "Ran 5 tests, 4 results as expected, 1 unexpected (2026-12-04 10:12:02+0000, 0.12 sec)\n\n"
     "1 unexpected results:\n"
     "   FAILED  acme-fetch-reports-refused-host\n" + _GHA),
    # jorgenschaefer/emacs-buttercup buttercup.el ("FAILED: %S", "Ran %d%s specs, %s, in %s.")
    ("buttercup-spec-failed", "real",
     "+ eask test buttercup\n"
     "acme-mode\n"
     "  font-locks keywords  FAILED (0.01ms)\n\n"
     "========================================\n"
     "acme-mode font-locks keywords\n\n"
     "Traceback (most recent call last):\n"
     "FAILED: Expected `(get-text-property 1 'face)' to be `eq' to `font-lock-keyword-face', but instead it was `nil'.\n\n"
     "Ran 22 specs, 1 failed, in 0.31 seconds.\n" + _GHA),
    # purcell/package-lint package-lint.el (batch "%s:%d:%d: %s: %s"; "Package should have a Homepage or URL header.")
    ("package-lint-error", "real",
     "+ emacs -Q --batch -l package-lint.el -f package-lint-batch-and-exit acme-mode.el\n"
     "Entering directory '/home/ci/repo/'\n"
     "acme-mode.el:1:0: error: Package should have a Homepage or URL header.\n"
     "acme-mode.el:7:0: error: You should depend on (emacs \"25.1\") if you need `when-let'.\n" + _GHA),
    # emacs-eldev/eldev eldev.el ("Linting produced warnings")
    ("eldev-lint-warnings", "real",
     "+ eldev -p -dtT lint\n"
     "In `acme-mode.el':\n"
     "acme-mode.el:3:0: warning: Package should have a non-empty ;;; Commentary section.\n"
     "Linting produced warnings\n" + _GHA),
    # emacs-eldev/eldev eldev.el ("Too few tests match the selectors (%d, expected at least %d)")
    ("eldev-too-few-tests", "real",
     _ELDEV +
     "Ran 0 tests, 0 results as expected, 0 unexpected (2026-12-04 10:12:02+0000, 0.0 sec)\n"
     "Too few tests match the selectors (0, expected at least 10)\n" + _GHA),
    # package.el's "Error retrieving: %s %S" with MELPA answering 502, and eldev's hint
    # (emacs-eldev/eldev eldev.el "When updating contents of package archive `%s'")
    ("eldev-melpa-archive-502", "transient",
     _ELDEV +
     "Fetching contents of package archive `melpa'...\n"
     "Error retrieving: https://melpa.example/packages/archive-contents (error http 502)\n"
     "When updating contents of package archive `melpa'\n" + _GHA),
    # package.el's signature check against an expired keyring (a persistent cause)
    ("package-el-signature-no-public-key", "real",
     "+ emacs -Q --batch -l test/setup.el\n"
     "Importing package-keyring.gpg...done\n"
     "Failed to verify signature archive-contents.sig:\n"
     "No public key for 645357D2883A0966 created at 2026-12-04T03:05:02+0000 using EDDSA\n"
     "Command output:\n"
     "gpg: keyblock resource '/home/ci/.emacs.d/elpa/gnupg/pubring.kbx': No such file or directory\n" + _GHA),
    # ================================================================== more outages
    # microsoft/vscode-test lib/download.ts ("Error retrieving VS Code versions, using already-installed
    # version %s" is a warning); with no install to fall back on the reset ends the run
    ("vscode-test-versions-fetch-reset", "transient",
     "> node ./out/test/runTest.js\n"
     "Failed to run tests Error: read ECONNRESET\n"
     "    at TLSWrap.onStreamRead (node:internal/stream_base_commons:218:20) {\n"
     "  errno: -104,\n  code: 'ECONNRESET',\n  syscall: 'read'\n}\n" + _GHA),
    # microsoft/vscode-vsce through typed-rest-client ("Failed request: (%d)") with the gallery answering 502
    ("vsce-publish-gallery-502", "transient",
     _VSCE +
     " ERROR  Failed request: (502)\n" + _CIRCLE),
    # mozilla/web-ext src/util/submit-addon.js (a 4xx: "%s: %s" then the JSON body) with AMO's throttling
    ("web-ext-sign-throttled", "transient",
     _WEBEXT_SIGN +
     "\nWebExtError: Getting details failed: Too Many Requests\n"
     "{\n  \"detail\": \"Request was throttled. Expected available in 31 seconds.\"\n}\n" + _GHA),
    # eclipse/openvsx cli/src/util.ts statusError with throttling
    ("ovsx-publish-server-429", "transient",
     _OVSX +
     "\u274c  The server responded with status 429: Too Many Requests\n" + _GHA),
    # Gradle fetching the IDE archive, the read timing out
    ("intellij-ide-download-read-timeout", "transient",
     _GRADLE_FAIL +
     "Could not resolve all files for configuration ':intellijPlatformDependency'.\n"
     "   > Could not download ideaIC-2024.3.1.zip (idea:ideaIC:2024.3.1)\n"
     "      > Could not get resource 'https://download.jetbrains.example/idea/ideaIC-2024.3.1.zip'.\n"
     "         > Read timed out\n" + _GRADLE_END + _GHA),
    # eclipse-tycho/tycho TargetPlatformFactoryImpl.java with the connection reset under the read
    ("tycho-p2-repository-connection-reset", "transient",
     _TYCHO +
     "[ERROR] Failed to resolve target definition /home/ci/repo/releng/acme.target: "
     "Failed to load p2 repository with ID 'orbit' from location https://p2.acme.example/orbit/2024-09/: "
     "Unable to read repository at https://p2.acme.example/orbit/2024-09/artifacts.xml.xz. Connection reset\n"
     + _MVN_END + _GHA),
    # package.el's url.el failure to connect to MELPA (documented "(error connection-failed ...)" form)
    ("package-el-melpa-connection-failed", "transient",
     "+ emacs -Q --batch -l test/setup.el\n"
     "Contacting host: melpa.example:443\n"
     "Error retrieving: https://melpa.example/packages/archive-contents (error connection-failed "
     "\"connection timed out\" :host \"melpa.example\" :service 443)\n"
     "Failed to download \u2018melpa\u2019 archive.\n" + _GHA),
    # package.el's "Error retrieving" with MELPA answering 503, under Eask
    ("eask-melpa-archive-503", "transient",
     "+ eask install-deps\n"
     "Loading package information... done\n"
     "Error retrieving: https://melpa.example/packages/archive-contents (error http 503)\n"
     "Error: Failed to refresh archive contents\n" + _GHA),
    # microsoft/vscode-test lib/runTest.ts with SIGKILL: the OOM killer or the runner killed the host (a killed
    # process reads as the run's, not the change's)
    ("vscode-test-sigkill", "transient",
     _VSCODE_TEST +
     "  Indexer\n"
     "    ✔ indexes the sample workspace (4120ms)\n"
     "Exit code:   SIGKILL\n"
     "Error: Test run terminated with signal SIGKILL\n" + _GHA),
    # JetBrains/intellij-platform-gradle-plugin tasks/PublishPluginTask.kt ("Failed to upload plugin: %s")
    # with the upload's read timing out
    ("intellij-publish-upload-read-timeout", "transient",
     "> Task :publishPlugin FAILED\n"
     + _GRADLE_FAIL +
     "Execution failed for task ':publishPlugin'.\n"
     "> Failed to upload plugin: Read timed out\n" + _GRADLE_END + _GHA),
    # ================================================================== near-misses for this round's entries
    # near-miss: an extension's own test printing the gallery client's error line, then failing its assertion
    ("vscode-ext-test-logs-failed-request", "real",
     "  GalleryClient\n"
     " ERROR  Failed request: (503)\n"
     "    1) surfaces the gallery's status to the user\n"
     "  4 passing (310ms)\n"
     "  1 failing\n"
     "  1) GalleryClient\n"
     "       surfaces the gallery's status to the user:\n"
     "     AssertionError [ERR_ASSERTION]: Expected 'Service busy' to equal 'Gallery unavailable (503)'\n"
     "Exit code:   1\n"
     "Failed to run tests\n" + _GHA),
    # near-miss: a jest test of a release script ABOUT web-ext's approval timeout, failing on its assertion
    ("release-script-test-about-amo-timeout", "real",
     "FAIL scripts/release.test.js\n"
     "  ● sign › reports the AMO approval timeout\n\n"
     "    expect(received).toThrow(expected)\n\n"
     "    Expected substring: \"Approval: timeout exceeded.\"\n"
     "    Received message:   \"Validation failed\"\n\n"
     "Tests:       1 failed, 11 passed, 12 total\n" + _GHA),
    # near-miss: an extension whose NAME holds an outage word, refused as a duplicate version
    ("vsce-duplicate-version-outage-word-in-name", "real",
     "+ npx @vscode/vsce publish --pat ***\n"
     " INFO  Publishing 'acme.econnreset-lens v0.3.0'...\n"
     " ERROR  acme.econnreset-lens v0.3.0 already exists.\n" + _GHA),
]


NOT_SURELY_TRANSIENT: list[tuple[str, str]] = [
    # microsoft/vscode-test lib/request.ts (getJSON rejects "Failed to get JSON" on any non-200 answer: an
    # outage, or a build or quality the update service does not list)
    ("vscode-test-failed-to-get-json",
     "> node ./out/test/runTest.js\n"
     "Failed to run tests Failed to get JSON\n" + _GHA),
    # microsoft/vscode-test lib/util.ts ("Downloaded file checksum %s does not match expected checksum %s")
    ("vscode-test-checksum-mismatch",
     _VSCODE_TEST +
     "✖ Error downloading, retrying (attempt 1 of 3): Downloaded file checksum 9d1c0e4a does not match "
     "expected checksum 4b7f22ce\n"
     "✖ Error downloading, retrying (attempt 3 of 3): Downloaded file checksum 9d1c0e4a does not match "
     "expected checksum 4b7f22ce\n"
     "✖ Error: Error: Downloaded file checksum 9d1c0e4a does not match expected checksum 4b7f22ce\n"
     "Error: Failed to download and unzip VS Code 1.95.3\n" + _GHA),
    # microsoft/vscode-test lib/runTest.ts ("Exit code:   %s" with the signal; TestRunFailedError "Test run
    # terminated with signal %s") under xvfb: Electron crashing, or the extension's own native code
    ("vscode-test-sigsegv-under-xvfb",
     "+ xvfb-run -a npm test\n" + _VSCODE_TEST +
     "Found existing install in /home/ci/repo/.vscode-test/vscode-linux-x64-1.95.3\n"
     "Exit code:   SIGSEGV\n"
     "Error: Test run terminated with signal SIGSEGV\n" + _GHA),
    # mozilla/web-ext src/util/submit-addon.js waitRetry ("%s: timeout exceeded. When approved the signed XPI
    # file can be downloaded from %s"): listed add-ons wait for a human review
    ("web-ext-sign-approval-timeout",
     _WEBEXT_SIGN +
     "Waiting for approval...\n\n"
     "WebExtError: Approval: timeout exceeded. When approved the signed XPI file can be downloaded from "
     "https://addons.amo.example/en-US/developers/addon/acme-tabs/versions/5512031\n"
     "    at sign (file:///home/ci/repo/node_modules/web-ext/lib/cmd/sign.js:102:13)\n" + _GHA),
    # mozilla/web-ext src/util/submit-addon.js waitRetry ("Validation: timeout exceeded.")
    ("web-ext-sign-validation-timeout",
     _WEBEXT_SIGN +
     "\nWebExtError: Validation: timeout exceeded.\n"
     "    at sign (file:///home/ci/repo/node_modules/web-ext/lib/cmd/sign.js:102:13)\n" + _GHA),
    # eclipse-tycho/tycho ("No repository found at %s"; its Troubleshooting page: a repository briefly away,
    # a cached 404, or a location that moved for good)
    ("tycho-no-repository-found",
     _TYCHO +
     "[ERROR] Cannot resolve target definition:\n"
     "[ERROR]   Failed to load p2 metadata repository from location https://p2.acme.example/nightly/: "
     "No repository found at https://p2.acme.example/nightly.\n" + _MVN_END + _GHA),
    # package.el ("Failed to download `%s' archive.": printed for any failure of the fetch) under Cask
    ("cask-failed-to-download-archive",
     "+ cask install\n"
     "Contacting host: melpa.example:443\n"
     "Failed to download \u2018melpa\u2019 archive.\n"
     "Package \u2018dash-2.19.1\u2019 is unavailable\n" + _GHA),
    # package.el's 404 for a package file the cached archive contents still list (a stale index, or a
    # package MELPA dropped)
    ("eldev-melpa-package-404",
     _ELDEV +
     "Error retrieving: https://melpa.example/packages/dash-20240101.1200.tar (error http 404)\n"
     "When accessing package archive `melpa'\n" + _GHA),
]


@pytest.mark.parametrize(("verdict", "log"), labelled(CASES))
def test_editor_extension_message_reads_right(verdict, log):
    reads(log, verdict)


@pytest.mark.parametrize("log", logs(NOT_SURELY_TRANSIENT))
def test_ambiguous_editor_extension_failures_do_not_read_surely_transient(log):
    not_surely_transient(log)


def test_case_ids_are_unique():
    assert_unique_ids(CASES, NOT_SURELY_TRANSIENT)


# One line of 50,000 characters of each of these words is read by benchmarks/pattern_speed.py,
# which prints the seconds each takes (a guard against patterns that backtrack; a timing is a
# benchmark's, not a test's).
LONG_LINE_WORDS = [
    " ERROR  acme.lint-helper v",
    "Extension acme.lint-helper 1",
    "Insufficient access rights for publisher: ",
    " ERROR  Failed request: (",
    'Could not resolve module "',
    "No plugin update with id='",
    "Downloaded file checksum ",
    "INFO  Publishing 'acme.",
    "Failed to download 'melpa",
    "Approval: timeout exceeded.",
]
