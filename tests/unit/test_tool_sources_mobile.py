"""Eleventh round, tool sources: mobile build, signing and store-upload tools (fastlane and its
spaceship client, match, gym, pilot, deliver and supply; Expo's eas-cli; the React Native CLI and
Metro; the Android SDK manager and the Android Gradle plugin; Apple's xcodebuild, notarytool,
altool and the iTMSTransporter behind fastlane).

Each case is a short log written for this test around one message as the tool prints it, read from
the tool's own source (the comment above each case names the repository and the file holding the
format string). Apple's tools and Google's SDK manager and Android Gradle plugin are closed source
or too large to read here: their cases rest on Apple's documented output, on the wordings fastlane's
own test fixtures carry, and on wordings confirmed in public issue threads (said so beside each).
Hosts, accounts, bundle ids and paths are made up; no project's CI log is copied.

An Apple or Google service that answered 5xx, timed out, throttled the job or asked it to retry
later (App Store Connect, the Developer Portal, the notary service, TestFlight processing, Google
Play's Android Publisher API, EAS), or an SDK download cut short, must read transient. A signing
identity or provisioning profile that does not match, an expired certificate, an invalid session or
password that needs a person, a version or build number already used, an app the account does not
know, an SDK component or licence not installed must read real.
"""

from __future__ import annotations

import pytest
from judging import assert_unique_ids, labelled, logs, not_surely_transient, reads

_EXIT = "##[error]Process completed with exit code 1.\n"


def _fastlane(*error_lines: str, step: str = "upload_to_testflight") -> str:
    """fastlane's end of a failed lane: the step, the summary, and the error as the runner prints it
    (fastlane_core/lib/fastlane_core/ui/fastlane_runner.rb: "[!] " and the preferred error info,
    its lines joined with a tab)."""
    head = (
        "[10:41:02]: ----------------------------------------\n"
        f"[10:41:02]: --- Step: {step} ---\n"
        "[10:41:02]: ----------------------------------------\n"
        "[10:41:03]: Login to App Store Connect (ci@example.org)\n"
    )
    tail = (
        "[10:43:17]: fastlane finished with errors\n"
        "\n"
        + "".join(line + "\n" for line in error_lines)
    )
    return head + tail + _EXIT


def _spaceship(message: str) -> str:
    """spaceship's BasicPreferredInfoError as the runner prints it (spaceship/lib/spaceship/errors.rb:
    TITLE 'The request could not be completed because:' and the message below it)."""
    return _fastlane("[!] The request could not be completed because:", "\t" + message)


_GRADLE_TAIL = (
    "\n"
    "* Try:\n"
    "> Run with --stacktrace option to get the stack trace.\n"
    "\n"
    "BUILD FAILED in 18s\n"
) + _EXIT

# (case id, verdict, log)
CASES: list[tuple[str, str, str]] = [
    # ------------------------------------------------------------------ fastlane: spaceship
    # fastlane/fastlane spaceship/lib/spaceship/client.rb (handle_error / send_request: BadGatewayError
    # "Apple 502 detected - this might be temporary server error, try again later")
    ("spaceship-502", "transient",
     _spaceship("Apple 502 detected - this might be temporary server error, try again later")),
    # spaceship/lib/spaceship/client.rb (AppleTimeoutError "Apple 503 detected - this might be temporary
    # server error, check https://developer.apple.com/system-status/ to see if there is a known downtime")
    ("spaceship-503", "transient",
     _spaceship("Apple 503 detected - this might be temporary server error, check "
                "https://developer.apple.com/system-status/ to see if there is a known downtime")),
    # spaceship/lib/spaceship/client.rb (GatewayTimeoutError "Apple 504 detected - ...")
    ("spaceship-504", "transient",
     _spaceship("Apple 504 detected - this might be temporary server error, try again later")),
    # spaceship/lib/spaceship/client.rb (AppleTimeoutError on a 302 from the portal)
    ("spaceship-302", "transient",
     _spaceship("Apple 302 detected - this might be temporary server error, check "
                "https://developer.apple.com/system-status/ to see if there is a known downtime")),
    # spaceship/lib/spaceship/client.rb (InternalServerError "Received an internal server error from App
    # Store Connect / Developer Portal, please try again later")
    ("spaceship-internal-error", "transient",
     _spaceship("Received an internal server error from App Store Connect / Developer Portal, "
                "please try again later")),
    # spaceship/lib/spaceship/client.rb (GatewayTimeoutError "Received a gateway timeout error from ...")
    ("spaceship-gateway-timeout", "transient",
     _spaceship("Received a gateway timeout error from App Store Connect / Developer Portal, "
                "please try again later")),
    # spaceship/lib/spaceship/connect_api/api_client.rb (InternalServerError "Server error got #{status}")
    ("spaceship-asc-server-error", "transient",
     _spaceship("Server error got 503")),
    # spaceship/lib/spaceship/connect_api/api_client.rb (TooManyRequestsError "Too many requests, giving up
    # after backing off for > 3600 seconds.")
    ("spaceship-asc-429-gave-up", "transient",
     _spaceship("Too many requests, giving up after backing off for > 3600 seconds.")),
    # spaceship/lib/spaceship/errors.rb (TooManyRequestsError: "Apple 429 detected" and the rate-limited user)
    ("spaceship-429", "transient",
     _spaceship("Apple 429 detected - user=ci@example.org")),
    # spaceship/lib/spaceship/connect_api/api_client.rb and test_flight/client.rb (UnexpectedResponse
    # "Temporary App Store Connect error: #{response.body}")
    ("spaceship-temporary-asc-error", "transient",
     _fastlane("[!] Temporary App Store Connect error: {\"statusCode\"=>\"ERROR\", "
               "\"messages\"=>{\"error\"=>[\"An unexpected error occurred.\"]}}")),
    # spaceship/lib/spaceship/client.rb (AppleTimeoutError "Could not receive latest API key from App Store
    # Connect, this might be a server issue.")
    ("spaceship-api-key-server-issue", "transient",
     _spaceship("Could not receive latest API key from App Store Connect, this might be a server issue.")),
    # spaceship/lib/spaceship/client.rb (InvalidUserCredentialsError "Invalid username and password
    # combination. Used '#{user}' as the username.")
    ("spaceship-bad-password", "real",
     _spaceship("Invalid username and password combination. Used 'ci@example.org' as the username.")),
    # spaceship/lib/spaceship/client.rb (UnauthorizedAccessError: the session in FASTLANE_SESSION expired)
    ("spaceship-session-invalid", "real",
     _spaceship("Authentication error, you passed an invalid session using the environment variable "
                "FASTLANE_SESSION or SPACESHIP_SESSION")),
    # spaceship/lib/spaceship/client.rb (ProgramLicenseAgreementUpdated: Apple's userString and "Please
    # manually log into your Apple Developer account to review and accept the updated agreement.")
    ("spaceship-agreement-updated", "real",
     _spaceship("The Apple Developer Program License Agreement has been updated and needs to be reviewed. "
                "Please manually log into your Apple Developer account to review and accept the updated "
                "agreement.")),
    # spaceship/lib/spaceship/errors.rb (InsufficientPermissions, TITLE 'Insufficient permissions for your
    # Apple ID:')
    ("spaceship-insufficient-permissions", "real",
     _fastlane("[!] Insufficient permissions for your Apple ID:",
               "\tUser ci@example.org doesn't have enough permission for the following action: create_app")),
    # fastlane_core/lib/fastlane_core/ui/implementations/shell.rb ("Could not retrieve response as fastlane
    # runs in non-interactive mode"), e.g. spaceship asking for a two-factor code on CI
    ("fastlane-non-interactive-prompt", "real",
     "[10:41:03]: Two-factor Authentication (6 digits code) is enabled for account 'ci@example.org'\n"
     "[10:41:03]: If you're running this in a non-interactive session (e.g. server or CI)\n"
     "[!] Could not retrieve response as fastlane runs in non-interactive mode\n" + _EXIT),
    # ------------------------------------------------------------------ fastlane: pilot / deliver
    # fastlane_core/lib/fastlane_core/build_watcher.rb ("FastlaneCore::BuildWatcher exceeded the '#{n}'
    # seconds, Stopping now!"): TestFlight processing took longer than the job waits
    ("pilot-processing-timeout", "transient",
     _fastlane("[!] FastlaneCore::BuildWatcher exceeded the '1800' seconds, Stopping now!")),
    # pilot/lib/pilot/build_manager.rb ("Couldn't find app '#{app_identifier}' on the account of
    # '#{username}' on App Store Connect")
    ("pilot-app-unknown", "real",
     _fastlane("[!] Couldn't find app 'org.example.widgets' on the account of 'ci@example.org' on "
               "App Store Connect")),
    # deliver/lib/deliver/runner.rb ("Could not find app with #{apple_id || app_identifier}")
    ("deliver-app-unknown", "real",
     _fastlane("[!] Could not find app with org.example.widgets", step="upload_to_app_store")),
    # fastlane_core/lib/fastlane_core/itunes_transporter.rb ("[Transporter Error Output]: #{error}") with
    # Apple's ContentDelivery wording as fastlane's spec/itunes_transporter_spec.rb fixture holds it
    # (closed source): a build number already uploaded
    ("transporter-bundle-version-used", "real",
     _fastlane("[10:42:55]: Transporter transfer failed.",
               "[!] Error uploading ipa file: ",
               " [Transporter Error Output]: [ContentDelivery.Uploader.6000012C0] The provided entity "
               "includes an attribute with a value that has already been used (-19232) The bundle version "
               "must be higher than the previously uploaded version: '41'.")),
    # Apple's App Store Connect validation (closed source; the ITMS-90189 wording of Apple's upload
    # errors): the build number is already on App Store Connect
    ("transporter-redundant-binary", "real",
     _fastlane("[10:42:55]: [Transporter Error Output]: ERROR ITMS-90189: \"Redundant Binary Upload. You've "
               "already uploaded a build with build number '41' for version number '2.3.0'. Make sure you "
               "increment the build string before you upload your app to App Store Connect.\"",
               "[!] Error uploading ipa file, for more information see above")),
    # altool's answer as fastlane's spec/itunes_transporter_spec.rb fixture holds it (closed source): App
    # Store Connect could not take the app at that moment
    ("altool-general-error-1095", "transient",
     "Running altool --upload-app -f build/Widgets.ipa -t ios\n"
     "*** Error: Unable to upload archive 'build/Widgets.ipa'.\n"
     "*** Error: code 1095 (App Store operation failed. Unable to process app at this time due to a "
     "general error)\n" + _EXIT),
    # ------------------------------------------------------------------ fastlane: match / gym
    # match/lib/match/runner.rb ("No matching provisioning profiles found and cannot create a new one
    # because you enabled `readonly`. Check the output above for more information.")
    ("match-readonly-no-profile", "real",
     _fastlane("[10:41:40]: No matching provisioning profiles found for 'AppStore_org.example.widgets"
               ".mobileprovision'",
               "[!] No matching provisioning profiles found and cannot create a new one because you enabled "
               "`readonly`. Check the output above for more information.", step="match")),
    # match/lib/match/runner.rb ("Your certificate '#{file}' is not valid, please check end date and renew
    # it if necessary")
    ("match-certificate-expired", "real",
     _fastlane("[!] Your certificate 'ABCDE12345.cer' is not valid, please check end date and renew it if "
               "necessary", step="match")),
    # match/lib/match/encryption/openssl.rb ("Couldn't decrypt the repo, please make sure you enter the
    # right password!", then "Invalid password passed via 'MATCH_PASSWORD'")
    ("match-wrong-password", "real",
     _fastlane("[10:41:31]: Couldn't decrypt the repo, please make sure you enter the right password!",
               "[!] Invalid password passed via 'MATCH_PASSWORD'", step="match")),
    # match/lib/match/generator.rb ("Could not create a new certificate as you reached the maximum number of
    # certificates for this account. ...")
    ("match-certificate-limit", "real",
     _fastlane("[!] Could not create a new certificate as you reached the maximum number of certificates "
               "for this account. You can use the `fastlane match nuke` command to revoke your existing "
               "certificates.", step="match")),
    # gym/lib/gym/error_handler.rb (matches xcodebuild's "Code signing is required for product type ...")
    # with xcodebuild's own line (Apple, closed source)
    ("gym-code-signing-required", "real",
     "[10:42:10]: ▸ Processing Info.plist\n"
     "error: Signing for \"Widgets\" requires a development team. Select a development team in the "
     "Signing & Capabilities editor. (in target 'Widgets' from project 'Widgets')\n"
     "error: Code signing is required for product type 'Application' in SDK 'iOS 17.2'\n"
     "** ARCHIVE FAILED **\n"
     "[!] Error building the application - see the log above\n" + _EXIT),
    # xcodebuild's export step (Apple, closed source; the wording gym/lib/gym/error_handler.rb reacts to)
    ("xcodebuild-profile-missing-certificate", "real",
     "[10:42:51]: ▸ Exporting archive\n"
     "error: exportArchive: Provisioning profile \"match AppStore org.example.widgets\" doesn't include "
     "signing certificate \"Apple Distribution: Example Org (ABCDE12345)\".\n"
     "** EXPORT FAILED **\n"
     "[!] Error packaging up the application\n" + _EXIT),
    # ------------------------------------------------------------------ fastlane: supply
    # supply/lib/supply/client.rb (call_google_api: "Google Api Error: #{e.message} - #{message}") with
    # google-apis-core's ServerError message for a 5xx (googleapis/google-api-ruby-client
    # google-apis-core/lib/google/apis/core/http_command.rb: 'Server error')
    ("supply-server-error", "transient",
     _fastlane("[!] Google Api Error: Server error - Internal error encountered.", step="upload_to_play_store")),
    # the same with Google's reason code first ("backendError: ...")
    ("supply-backend-error", "transient",
     _fastlane("[!] Google Api Error: backendError: Internal error encountered. - Internal error "
               "encountered.", step="upload_to_play_store")),
    # google-apis-core http_command.rb RateLimitError 'Rate limit exceeded'
    ("supply-rate-limited", "transient",
     _fastlane("[!] Google Api Error: Rate limit exceeded - Rate limit exceeded", step="upload_to_play_store")),
    # google-apis-core http_command.rb (Faraday and socket errors wrapped as TransmissionError)
    ("supply-transmission-error", "transient",
     _fastlane("[!] Google Api Error: execution expired - execution expired", step="upload_to_play_store")),
    # supply/lib/supply/client.rb with Google Play's answer for a version code already used
    ("supply-version-code-used", "real",
     _fastlane("[!] Google Api Error: Invalid request - APK specifies a version code that has already been "
               "used.", step="upload_to_play_store")),
    # supply/lib/supply/client.rb with Google Play's answer for a package the account does not have
    ("supply-package-not-found", "real",
     _fastlane("[!] Google Api Error: applicationNotFound: No application was found for the given package "
               "name. - No application was found for the given package name.", step="upload_to_play_store")),
    # supply/lib/supply/client.rb with google-apis-core's AuthorizationError / a 403 ClientError
    ("supply-permission-denied", "real",
     _fastlane("[!] Google Api Error: forbidden: The caller does not have permission - The caller does not "
               "have permission", step="upload_to_play_store")),
    # ------------------------------------------------------------------ Expo eas-cli
    # expo/eas-cli packages/eas-cli/src/build/build.ts (handleBuildRequestError:
    # EAS_BUILD_DOWN_FOR_MAINTENANCE)
    ("eas-build-maintenance", "transient",
     "✔ Using remote Android credentials (Expo server)\n"
     "Compressing project files and uploading to EAS Build.\n"
     "    Error: EAS Build is down for maintenance. Try again later. Check https://status.expo.dev/ for "
     "updates.\n" + _EXIT),
    # packages/eas-cli/src/graphql/client.ts (withErrorHandlingAsync: an error the server marks
    # isTransient)
    ("eas-transient-graphql", "transient",
     "- Loading build details\n"
     "We've encountered a transient error. Try again shortly.\n"
     "    Error: GraphQL request failed.\n" + _EXIT),
    # packages/eas-cli/src/build/build.ts (formatBuildRequestErrorDetails: "Network error: ...")
    ("eas-build-request-network", "transient",
     "Compressing project files and uploading to EAS Build.\n"
     "    Error: Build request failed. Make sure you are using the latest eas-cli version. If the problem "
     "persists, report the issue.\n"
     "Network error: request to https://api.expo.example.org/graphql failed, reason: read ECONNRESET\n"
     + _EXIT),
    # packages/eas-cli/src/build/build.ts (EAS_BUILD_TOO_MANY_PENDING_BUILDS): the account's queue is full
    # now; a later run gets in
    ("eas-too-many-pending", "transient",
     "    Error: You have already reached the maximum number of pending iOS builds for your account. Try "
     "again later.\n" + _EXIT),
    # packages/eas-cli/src/commands/build/index.ts ("--platform is required when building in
    # non-interactive mode")
    ("eas-platform-required", "real",
     "$ eas build --non-interactive --profile production\n"
     "    Error: --platform is required when building in non-interactive mode\n" + _EXIT),
    # ------------------------------------------------------------------ React Native CLI / Metro
    # react-native-community/cli packages/cli-platform-apple/src/commands/buildCommand/buildProject.ts
    # ("Failed to build ios project. \"xcodebuild\" exited with error code '${code}'") under a compile error
    ("rn-cli-xcodebuild-compile", "real",
     "▸ Compiling AppDelegate.mm\n"
     "/Users/runner/work/app/ios/Widgets/AppDelegate.mm:14:3: error: use of undeclared identifier 'RCTFoo'\n"
     "** BUILD FAILED **\n"
     "error Failed to build ios project. \"xcodebuild\" exited with error code '65'. To debug build\n"
     "logs further, consider building your app with Xcode.app, by opening 'Widgets.xcworkspace'.\n" + _EXIT),
    # the same relay under xcodebuild's package resolution cut by the network
    ("rn-cli-xcodebuild-spm-network", "transient",
     "xcodebuild: error: Could not resolve package dependencies:\n"
     "  failed downloading 'https://pkgs.example.org/Widgets.xcframework.zip' which is required by binary "
     "target 'Widgets': The network connection was lost.\n"
     "error Failed to build ios project. \"xcodebuild\" exited with error code '74'. To debug build\n" + _EXIT),
    # facebook/metro packages/metro/src/lib/TerminalReporter.js (_logInitializingFailed on EADDRINUSE:
    # "Metro can't listen on port ${port}", "Most likely another process is already using this port")
    ("metro-port-in-use", "transient",
     "Starting Metro Bundler\n"
     " ERROR  Metro can't listen on port 8081\n"
     "Most likely another process is already using this port\n"
     "Run the following command to find out which process:\n"
     "   lsof -i :8081\n" + _EXIT),
    # ------------------------------------------------------------------ Android SDK manager / AGP
    # sdkmanager (closed to us: the wordings confirmed in public issue threads, e.g.
    # QuasarApp/sdkmanager-android#6, jitpack/jitpack.io#5063, kivy/buildozer#986): the repository index
    # could not be fetched
    ("sdkmanager-source-lists", "transient",
     "Run sdkmanager \"platforms;android-34\" \"build-tools;34.0.0\"\n"
     "Warning: IO exception while downloading manifest\n"
     "Warning: Still waiting for package manifests to be fetched remotely.\n"
     "Warning: Failed to download any source lists!\n"
     "Warning: Failed to find package 'platforms;android-34'\n" + _EXIT),
    # sdkmanager on a package id that does not exist (same threads): nothing failed to download first
    ("sdkmanager-package-unknown", "real",
     "Run sdkmanager \"build-tools;99.0.0\"\n"
     "[=======================================] 100% Computing updates...\n"
     "Warning: Failed to find package 'build-tools;99.0.0'\n" + _EXIT),
    # Android Gradle plugin's LicenceNotAcceptedException (wording confirmed in public READMEs and threads)
    ("agp-licence-not-accepted", "real",
     "FAILURE: Build failed with an exception.\n"
     "\n"
     "* What went wrong:\n"
     "A problem occurred configuring project ':app'.\n"
     "> Failed to install the following Android SDK packages as some licences have not been accepted.\n"
     "     build-tools;34.0.0 Android SDK Build-Tools 34\n"
     "  To build this project, accept the SDK license agreements and install the missing components using "
     "the Android Studio SDK Manager.\n" + _GRADLE_TAIL),
    # Android Gradle plugin (older releases): a compileSdk platform not installed on the image
    ("agp-target-not-installed", "real",
     "FAILURE: Build failed with an exception.\n"
     "\n"
     "* What went wrong:\n"
     "A problem occurred configuring project ':app'.\n"
     "> Failed to find target with hash string 'android-35' in: /opt/android-sdk\n" + _GRADLE_TAIL),
    # Android Gradle plugin (older releases): a buildToolsVersion not installed
    ("agp-build-tools-not-installed", "real",
     "FAILURE: Build failed with an exception.\n"
     "\n"
     "* What went wrong:\n"
     "A problem occurred configuring project ':app'.\n"
     "> Failed to find Build Tools revision 30.0.3\n" + _GRADLE_TAIL),
    # ------------------------------------------------------------------ Apple notarytool
    # notarytool (Apple, closed source; its documented "Error: HTTP status code: <n>. <message>" form): the
    # notary service answered 5xx
    ("notarytool-5xx", "transient",
     "Conducting pre-submission checks for Widgets.zip and initiating connection to the Apple notary "
     "service...\n"
     "Error: HTTP status code: 503. The service is temporarily unavailable. Please try again later.\n"
     + _EXIT),
    # notarytool: refused credentials
    ("notarytool-401", "real",
     "Conducting pre-submission checks for Widgets.zip and initiating connection to the Apple notary "
     "service...\n"
     "Error: HTTP status code: 401. Invalid credentials. Username or password is incorrect. Use the "
     "app-specific password generated at appleid.apple.com. Ensure that all authentication arguments are "
     "correct.\n" + _EXIT),
    # notarytool: an agreement to accept (a person must sign it)
    ("notarytool-403-agreement", "real",
     "Conducting pre-submission checks for Widgets.zip and initiating connection to the Apple notary "
     "service...\n"
     "Error: HTTP status code: 403. A required agreement is missing or has expired. This request requires "
     "an in-effect agreement that has not been signed or has expired.\n" + _EXIT),
    # notarytool submit --wait: the service rejected the software (its log says why)
    ("notarytool-invalid", "real",
     "Processing complete\n"
     "  id: 2f6d1c1e-0000-4000-8000-000000000001\n"
     "  status: Invalid\n"
     "Error: Notarization failed: status Invalid, see the notary log for details\n" + _EXIT),
]

# Messages a log cannot always tell from a persistent cause: they must not read surely transient.
NOT_SURELY_TRANSIENT: list[tuple[str, str]] = [
    # match/lib/match/storage/git_storage.rb ("Error cloning certificates git repo, please make sure you
    # have access to the repository - see instructions above") under git's refusal of the key
    ("match-clone-denied",
     "[10:41:20]: Cloning remote git repo...\n"
     "git@git.example.org: Permission denied (publickey).\n"
     "fatal: Could not read from remote repository.\n"
     "[10:41:21]: Error cloning certificates repo, please make sure you have read access to the repository "
     "you want to use\n"
     "[!] Error cloning certificates git repo, please make sure you have access to the repository - see "
     "instructions above\n" + _EXIT),
    # supply's retry line ("Google Api Error: ... - Retrying...") followed by a persistent answer
    ("supply-retry-then-version-used",
     "[10:42:01]: Google Api Error: Server error - Internal error encountered. - Retrying...\n"
     "[!] Google Api Error: Invalid request - APK specifies a version code that has already been used.\n"
     + _EXIT),
]


@pytest.mark.parametrize(("verdict", "log"), labelled(CASES))
def test_tool_message_reads_right(verdict, log):
    reads(log, verdict)


@pytest.mark.parametrize("log", logs(NOT_SURELY_TRANSIENT))
def test_persistent_cause_does_not_read_surely_transient(log):
    not_surely_transient(log)


def test_case_ids_are_unique():
    assert_unique_ids(CASES, NOT_SURELY_TRANSIENT)


# One line of 50,000 characters of each of these words is read by benchmarks/pattern_speed.py,
# which prints the seconds each takes (a guard against patterns that backtrack; a timing is a
# benchmark's, not a test's).
LONG_LINE_WORDS = [
    "Apple 502 detected - this might be temporary server error ",
    "Received an internal server error from App Store Connect / Developer Portal, ",
    "Too many requests, giving up after backing off for > 3600 seconds. ",
    "FastlaneCore::BuildWatcher exceeded the '1800' seconds, ",
    "Google Api Error: Server error - Google Api Error: backendError: ",
    "EAS Build is down for maintenance. We've encountered a transient error. ",
    "Warning: Failed to download any source lists! Warning: IO exception while downloading manifest ",
    "Error: HTTP status code: 503. Error: HTTP status code: ",
    "Metro can't listen on port 8081 ",
    "Could not receive latest API key from App Store Connect, this might be a server issue. ",
    "Temporary App Store Connect error: {",
    "*** Error: code 1095 (App Store operation failed. Unable to process app at this time ",
    "Failed to find target with hash string 'android-35' in: Failed to find Build Tools revision ",
    "Couldn't find app 'x' on the account of 'y' on App Store Connect ",
    "value that has already been used (-19232) ",
]
