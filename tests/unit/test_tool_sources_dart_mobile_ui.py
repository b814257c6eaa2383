"""Eighteenth round, tool sources: Dart and Flutter tooling and the mobile UI test runners in CI.

Covered: ``dart pub get``/``flutter pub get`` (a 429 from the package host, a git dependency's fetch, a TLS
error, a solver's report through the SDK's own packages, ``--enforce-lockfile``, a missing pubspec, a
refused token), ``dart analyze``/``flutter analyze`` findings, ``dart format --set-exit-if-changed``,
``flutter test`` (a missing golden, ``pumpAndSettle`` timing out, a suite that does not compile, the test
binding's HTTP 400s, the test shell's crash), ``flutter test integration_test`` and ``flutter drive`` (the
debug connection never made, the VM Service connection timing out, no application for the platform, the
device lost, no device matching the id), the Flutter tool's Gradle handling (its network handler, the
boxes it prints for a licence, a Kotlin plugin or a minSdkVersion, a dependency that does not exist),
its storage downloads and crash reporter; Android instrumentation (Espresso's NoMatchingViewException,
PerformException, NoActivityResumedException, RootViewWithoutFocusException and AppNotIdleException,
``am instrument``'s status codes and aborts, the runner's and the Orchestrator's "Process crashed",
UIAutomator's UiObjectNotFoundException), Maestro (flows, ``Element not found``, assertions, the Android
and iOS drivers' start-up) and two Detox wordings not yet held (test_tool_sources_browser.py holds
Detox's emulator and simulator allocation). Pub's socket and 5xx errors, the Flutter tool's artifact
downloads, ``flutter test``'s test timeout, goldens' pixel diffs and finder failures are in
test_tool_sources_jvm_apple_mobile.py, test_tool_sources_lang_ecosystems_more.py and
test_tool_sources_test_frameworks_xlang.py; not repeated here.

Each case is a short log written for this test around one message as the tool prints it. The wording
was read from the tools' source (the comment above each case names the repository and file holding the
format string): dart-lang/pub, flutter/flutter (packages/flutter_tools, packages/flutter_test),
android/android-test (Espresso, the AndroidJUnitRunner, the Orchestrator), mobile-dev-inc/maestro. Some
rest on recall of the tools' output format rather than on source read here, and the comment says so:
``dart format``'s summary (dart-lang/dart_style), the analyzer's summary lines (dart-lang/sdk pkg/dartdev),
ddmlib's "Instrumentation run failed due to" and ``am instrument``'s result keys (AOSP platform/tools/base
and frameworks/base), UIAutomator (AOSP androidx), Gradle's own resolution messages, Detox's wording.
Hosts, packages, apps and paths are made up; no project's CI log is copied.

The rules the cases hold:
  * the package host, the engine's storage or a git host answering 429/5xx or not reachable, Gradle's
    downloads broken (the Flutter tool's own network handler), the debug connection to the app never
    made or the VM Service connection timing out, a UI driver that did not start in time or could not be
    reached, the Android system crashing under ``am instrument`` -> transient;
  * the solver's failure, a lockfile that does not satisfy the pubspec, a missing pubspec, refused
    credentials, a git dependency that does not exist; analyzer findings and unformatted files; a missing
    golden, an animation that never settles, a suite that does not compile, a widget test that reached for
    the network (the binding answers 400 to every request); no application built for the platform;
    Gradle's licence, Kotlin and minSdkVersion boxes and a dependency that does not exist; Espresso's view
    matchers and actions, an activity that never resumed, UIAutomator's missing object, a failed
    instrumentation status, a missing instrumentation; Maestro's element not found, false assertion,
    missing flow file; a Detox expectation that timed out -> real;
  * near-misses: an analyzer finding or a package named with outage words, a Dart test ABOUT an outage
    message, an app's own log line about a lost connection above a failed expectation, an app crash that
    took the instrumentation with it -> real;
  * wordings printed both for an outage and for a persistent cause (pub's TLS error, the test shell's
    segmentation fault, "Lost connection to device.", "Instrumentation run failed due to 'Process
    crashed.'", Espresso's root without focus and its main looper never idle, Detox unable to connect to
    the app, a device that is "not connected" or matches no id, an integration test's overall timeout)
    -> not surely transient.
"""

from __future__ import annotations

import pytest
from judging import assert_unique_ids, labelled, logs, not_surely_transient, reads

_GHA = "##[error]Process completed with exit code 1.\n"
_GHA65 = "##[error]Process completed with exit code 65.\n"
_GHA69 = "##[error]Process completed with exit code 69.\n"
_CIRCLE = "\nExited with code exit status 1\n"
_GL = "ERROR: Job failed: exit code 1\n"

_PUB = "+ flutter pub get\nResolving dependencies...\n"
_DPUB = "+ dart pub get\nResolving dependencies... (1.4s)\n"
_BUILD = ("+ flutter build apk --debug\n"
          "Running Gradle task 'assembleDebug'...\n")
_ITEST = ("+ flutter test integration_test/checkout_test.dart -d emulator-5554\n"
          "Running Gradle task 'assembleDebug'...                            61.2s\n"
          "✓ Built build/app/outputs/flutter-apk/app-debug.apk\n"
          "Installing build/app/outputs/flutter-apk/app-debug.apk...           2.9s\n")
_CONNECTED = ("+ ./gradlew :app:connectedDebugAndroidTest\n"
              "> Task :app:connectedDebugAndroidTest\n"
              "Starting 14 tests on Pixel_6_API_33(AVD) - 13\n\n")
_AM = ("+ adb shell am instrument -w -r -e class com.acme.shop.CheckoutTest "
       "com.acme.shop.test/androidx.test.runner.AndroidJUnitRunner\n"
       "INSTRUMENTATION_STATUS: class=com.acme.shop.CheckoutTest\n"
       "INSTRUMENTATION_STATUS: current=1\n"
       "INSTRUMENTATION_STATUS: id=AndroidJUnitRunner\n"
       "INSTRUMENTATION_STATUS: numtests=6\n"
       "INSTRUMENTATION_STATUS: test=paysWithCard\n"
       "INSTRUMENTATION_STATUS_CODE: 1\n")
_MAESTRO = ("+ maestro test .maestro/\n"
            "Running on emulator-5554\n\n"
            " ║\n"
            " ║  > Flow checkout\n"
            " ║\n"
            "Launch app \"com.acme.shop\"... COMPLETED\n")

# (case id, verdict, log). The comment above each case names the tool's repository and the source of the message.
CASES = [
    # ================================================================== dart pub / flutter pub get
    # dart-lang/pub lib/src/source/hosted.dart _throwFriendlyError ("<status> <reason> trying to find package
    # <p> at <url>."); lib/src/http.dart counts 429 among the statuses it retries as intermittent
    ("pub-429-trying-to-find", "transient",
     _PUB + "429 Too Many Requests trying to find package intl_extras at https://pub.example.org.\n"
     "Failed to update packages.\n" + _GHA69),
    # dart-lang/pub lib/src/git.dart GitException ("Git error. Command: `git %s`", "stdout:", "stderr:",
    # "exit code:"), a git dependency fetched over the network
    ("pub-git-dependency-host-unresolved", "transient",
     _DPUB + "Git error. Command: `git fetch`\n"
     "stdout: \n"
     "stderr: fatal: unable to access 'https://git.example.org/acme/widgets.git/': Could not resolve host: "
     "git.example.org\n"
     "exit code: 128\n" + _GHA),
    ("pub-git-dependency-http2-stream", "transient",
     _DPUB + "Git error. Command: `git clone --mirror https://git.example.org/acme/widgets.git "
     "/home/ci/.pub-cache/git/cache/widgets-1a2b3c`\n"
     "stdout: \n"
     "stderr: Cloning into bare repository '/home/ci/.pub-cache/git/cache/widgets-1a2b3c'...\n"
     "error: RPC failed; curl 92 HTTP/2 stream 0 was not closed cleanly: INTERNAL_ERROR (err 2)\n"
     "fatal: early EOF\n"
     "exit code: 128\n" + _GHA),
    ("pub-git-dependency-repo-not-found", "real",
     _DPUB + "Git error. Command: `git clone --mirror https://git.example.org/acme/widgets-legacy.git "
     "/home/ci/.pub-cache/git/cache/widgets-legacy-9f8e7d`\n"
     "stdout: \n"
     "stderr: Cloning into bare repository '/home/ci/.pub-cache/git/cache/widgets-legacy-9f8e7d'...\n"
     "remote: Repository not found.\n"
     "fatal: repository 'https://git.example.org/acme/widgets-legacy.git/' not found\n"
     "exit code: 128\n" + _GHA),
    # dart-lang/pub lib/src/solver/failure.dart (the solver's derivation, "version solving failed.")
    ("pub-solver-sdk-package-pin", "real",
     _PUB + "Note: collection is pinned to version 1.18.0 by flutter_test from the flutter SDK.\n"
     "See https://dart.dev/go/sdk-version-pinning for details.\n\n"
     "Because every version of flutter_test from sdk depends on collection 1.18.0 and shop depends on "
     "collection ^1.19.0, flutter_test from sdk is forbidden.\n"
     "So, because shop depends on flutter_test from sdk, version solving failed.\n\n"
     "You can try the following suggestion to make the pubspec resolve:\n"
     "* Try updating your constraint on collection: flutter pub add collection:^1.18.0\n"
     "Failed to update packages.\n" + _GHA),
    # near-miss: a package named with outage words
    ("pub-solver-package-named-offline", "real",
     _PUB + "Because shop depends on offline_retry_queue ^4.0.0 which depends on connectivity_timeout "
     "^2.0.0, connectivity_timeout ^2.0.0 is required.\n"
     "So, because connectivity_timeout doesn't match any versions, version solving failed.\n" + _GHA),
    # dart-lang/pub lib/src/entrypoint.dart ("Unable to satisfy `%s` using `%s`.", "To update `%s` run
    # `%s pub get` without `--enforce-lockfile`.")
    ("pub-enforce-lockfile-unsatisfied", "real",
     "+ dart pub get --enforce-lockfile\nResolving dependencies...\n"
     "~ http 1.2.2 (was 1.2.1)\n"
     "Unable to satisfy `pubspec.yaml` using `pubspec.lock`.\n\n"
     "To update `pubspec.lock` run `dart pub get` without\n"
     "`--enforce-lockfile`.\n" + _GHA65),
    # dart-lang/pub lib/src/pubspec.dart ('Could not find a file named "pubspec.yaml" in "%s".')
    ("pub-no-pubspec", "real",
     "+ cd packages/shop_ui && dart pub get\n"
     "Could not find a file named \"pubspec.yaml\" in \"/home/ci/repo/packages/shop_ui\".\n" + _GHA),
    # hosted.dart _throwFriendlyError, a 403 ("authorization failed", "Insufficient permissions to the
    # resource at the %s package repository.")
    ("pub-403-authorization-failed", "real",
     _DPUB + "Because shop depends on acme_design from hosted on https://pub.example.org which doesn't "
     "exist (authorization failed), version solving failed.\n\n"
     "Insufficient permissions to the resource at the https://pub.example.org package repository.\n"
     "You can modify credentials using:\n"
     "    dart pub token add https://pub.example.org\n" + _GHA),

    # ================================================================== analyze and format
    # dart-lang/sdk pkg/dartdev lib/src/commands/analyze.dart (its " error - path:line:col - message - code"
    # lines and "N issues found.") (recalled)
    ("dart-analyze-uri-does-not-exist", "real",
     "+ dart analyze --fatal-infos\nAnalyzing shop...\n\n"
     "  error - lib/src/cart.dart:3:8 - Target of URI doesn't exist: 'package:shop/src/pricing.dart'. Try "
     "creating the file referenced by the URI, or try using a URI for a file that does exist. - "
     "uri_does_not_exist\n"
     "  error - lib/src/cart.dart:41:12 - Undefined name 'priceOf'. Try correcting the name to one that is "
     "defined, or defining the name. - undefined_identifier\n\n"
     "2 issues found.\n" + _GHA),
    # flutter/flutter packages/flutter_tools/lib/src/commands/analyze_once.dart ("%d issues found. (ran in
    # %ss)") with the "severity • message • path • code" lines; infos fatal by default
    ("flutter-analyze-fatal-infos", "real",
     "+ flutter analyze\nAnalyzing shop...\n\n"
     "   info • Use 'const' with the constructor to improve performance • lib/src/cart_page.dart:58:16 • "
     "prefer_const_constructors\n"
     "   info • Don't use 'BuildContext's across async gaps • lib/src/checkout.dart:92:7 • "
     "use_build_context_synchronously\n\n"
     "2 issues found. (ran in 6.3s)\n" + _GHA),
    # near-miss: a finding whose message names a timeout variable
    ("flutter-analyze-unused-timeout-variable", "real",
     "+ flutter analyze\nAnalyzing shop...\n\n"
     "warning • The value of the local variable 'connectionTimeout' isn't used • lib/src/net/client.dart:"
     "27:11 • unused_local_variable\n\n"
     "1 issue found. (ran in 5.8s)\n" + _CIRCLE),
    # dart-lang/dart_style lib/src/cli (its "Changed %s" lines and "Formatted %d files (%d changed) in %s
    # seconds.") (recalled)
    ("dart-format-set-exit-if-changed", "real",
     "+ dart format --output=none --set-exit-if-changed .\n"
     "Changed lib/src/cart_page.dart\n"
     "Changed test/cart_page_test.dart\n"
     "Formatted 212 files (2 changed) in 0.94 seconds.\n" + _GHA),

    # ================================================================== flutter test
    # flutter/flutter packages/flutter_test/lib/src/_goldens_io.dart (LocalFileComparator: 'Could not be
    # compared against non-existent file: "%s"') (recalled)
    ("flutter-golden-file-missing", "real",
     "══╡ EXCEPTION CAUGHT BY FLUTTER TEST FRAMEWORK ╞════════════════════════════════════════════════════\n"
     "The following assertion was thrown while running async test code:\n"
     "Could not be compared against non-existent file: \"goldens/receipt_dark.png\"\n"
     "════════════════════════════════════════════════════════════════════════════════════════════════════\n"
     "00:07 +31 -1: /home/ci/app/test/receipt_test.dart: receipt renders in dark mode [E]\n"
     "  Test failed. See exception logs above.\n"
     "  The test description was: receipt renders in dark mode\n\n"
     "00:08 +44 -1: Some tests failed.\n" + _GHA),
    # packages/flutter_test/lib/src/widget_tester.dart (pumpAndSettle: FlutterError('pumpAndSettle timed out'))
    ("flutter-pump-and-settle-timed-out", "real",
     "══╡ EXCEPTION CAUGHT BY FLUTTER TEST FRAMEWORK ╞════════════════════════════════════════════════════\n"
     "The following assertion was thrown running a test:\n"
     "pumpAndSettle timed out\n\n"
     "When the exception was thrown, this was the stack:\n"
     "#0      WidgetTester.pumpAndSettle.<anonymous closure> (package:flutter_test/src/widget_tester.dart:718:11)\n"
     "════════════════════════════════════════════════════════════════════════════════════════════════════\n"
     "00:05 +17 -1: /home/ci/app/test/spinner_test.dart: spinner hides after load [E]\n"
     "  Test failed. See exception logs above.\n\n"
     "00:06 +22 -1: Some tests failed.\n" + _GHA),
    # flutter_tools lib/src/test/flutter_platform.dart (a suite that does not compile: 'Failed to load "%s":'
    # with the frontend's errors)
    ("flutter-test-failed-to-load-compile", "real",
     "00:03 +0: loading /home/ci/app/test/cart_test.dart\n"
     "test/cart_test.dart:14:20: Error: The getter 'totalCents' isn't defined for the class 'Cart'.\n"
     " - 'Cart' is from 'package:shop/src/cart.dart' ('lib/src/cart.dart').\n"
     "00:04 +0 -1: loading /home/ci/app/test/cart_test.dart [E]\n"
     "  Failed to load \"/home/ci/app/test/cart_test.dart\": Compilation failed for "
     "testPath=/home/ci/app/test/cart_test.dart\n"
     "00:09 +36 -1: Some tests failed.\n" + _GHA),
    # packages/flutter_test/lib/src/_binding_io.dart (the test binding's HttpOverrides: every request answers
    # 400; "Warning: At least one test in this suite creates an HttpClient. When running a test suite that
    # uses TestWidgetsFlutterBinding, all HTTP requests will return status code 400") (recalled)
    ("flutter-test-binding-http-400", "real",
     "00:02 +6: /home/ci/app/test/avatar_test.dart: avatar loads the image\n"
     "══╡ EXCEPTION CAUGHT BY IMAGE RESOURCE SERVICE ╞════════════════════════════════════════════════════\n"
     "The following NetworkImageLoadException was thrown resolving an image codec:\n"
     "HTTP request failed, statusCode: 400, https://cdn.example.org/avatars/42.png\n"
     "════════════════════════════════════════════════════════════════════════════════════════════════════\n"
     "Warning: At least one test in this suite creates an HttpClient. When running a test suite that uses\n"
     "TestWidgetsFlutterBinding, all HTTP requests will return status code 400, and no network request will\n"
     "actually be made. Any test expecting a real network connection and status code will fail.\n"
     "00:03 +6 -1: /home/ci/app/test/avatar_test.dart: avatar loads the image [E]\n"
     "  Test failed. See exception logs above.\n\n"
     "00:03 +9 -1: Some tests failed.\n" + _GHA),
    # near-miss: a Dart test ABOUT an outage message fails on its values
    ("dart-test-about-socket-error", "real",
     "00:01 +11: test/sync_client_test.dart: SyncClient reports a reset\n"
     "00:01 +11 -1: test/sync_client_test.dart: SyncClient reports a reset [E]\n"
     "  Expected: 'Connection reset by peer, retrying in 2s'\n"
     "    Actual: 'Connection reset by peer'\n"
     "     Which: is different. Both strings start the same, but the actual value is missing the following "
     "trailing characters: , retrying ...\n\n"
     "  package:matcher                       expect\n"
     "  test/sync_client_test.dart 33:7       main.<fn>.<fn>\n\n"
     "00:02 +18 -1: Some tests failed.\n" + _GL),

    # ================================================================== integration_test and flutter drive
    # flutter/flutter packages/flutter_tools/lib/src/android/android_device.dart ("Error waiting for a debug
    # connection: The log reader stopped unexpectedly"), lib/src/test/integration_test_device.dart
    # (TestDeviceException "Unable to start the app on the device.")
    ("flutter-itest-debug-connection-never-made", "transient",
     _ITEST +
     "Error waiting for a debug connection: The log reader stopped unexpectedly, or never started.\n"
     "01:07 +0 -1: loading /home/ci/app/integration_test/checkout_test.dart [E]\n"
     "  TestDeviceException(Unable to start the app on the device.)\n"
     "  package:flutter_tools/src/test/integration_test_device.dart 61:7  IntegrationTestTestDevice.start\n\n"
     "01:07 +0 -1: Some tests failed.\n" + _GHA),
    # integration_test_device.dart (TimeoutException('Connecting to the VM Service timed out.'))
    ("flutter-itest-vm-service-connect-timeout", "transient",
     _ITEST +
     "01:12 +0 -1: loading /home/ci/app/integration_test/checkout_test.dart [E]\n"
     "  TimeoutException: Connecting to the VM Service timed out.\n"
     "  package:flutter_tools/src/test/integration_test_device.dart 91:31  IntegrationTestTestDevice.start.<fn>\n\n"
     "01:12 +0 -1: Some tests failed.\n" + _GHA),
    # flutter_tools lib/src/drive/drive_service.dart and lib/src/commands/drive.dart (the launch failing,
    # "Application failed to start. Will not run test. Quitting.") (the second recalled)
    ("flutter-drive-debug-connection-never-made", "transient",
     "+ flutter drive --driver=test_driver/integration_test.dart --target=integration_test/app_test.dart\n"
     "Running Gradle task 'assembleDebug'...                            58.0s\n"
     "✓ Built build/app/outputs/flutter-apk/app-debug.apk\n"
     "Installing build/app/outputs/flutter-apk/app-debug.apk...           3.4s\n"
     "Error waiting for a debug connection: The log reader stopped unexpectedly, or never started.\n"
     "Error launching application on sdk gphone64 x86 64.\n"
     "Application failed to start. Will not run test. Quitting.\n" + _GHA),
    # integration_test_device.dart (TestDeviceException "No application found for %s.")
    ("flutter-itest-no-application-for-platform", "real",
     "+ flutter test integration_test -d emulator-5554\n"
     "00:00 +0: loading /home/ci/app/integration_test/app_test.dart\n"
     "00:01 +0 -1: loading /home/ci/app/integration_test/app_test.dart [E]\n"
     "  TestDeviceException(No application found for TargetPlatform.android_x64.)\n"
     "  package:flutter_tools/src/test/integration_test_device.dart 47:7  IntegrationTestTestDevice.start\n\n"
     "00:01 +0 -1: Some tests failed.\n" + _GHA),
    # near-miss: the app's own log line about a lost connection above a failed expectation on the device
    ("flutter-itest-app-log-then-expectation", "real",
     _ITEST +
     "I/flutter ( 5121): [sync] connection reset by peer, will retry in 2s\n"
     "00:41 +3: checkout shows the receipt\n"
     "══╡ EXCEPTION CAUGHT BY FLUTTER TEST FRAMEWORK ╞════════════════════════════════════════════════════\n"
     "The following TestFailure was thrown running a test:\n"
     "Expected: exactly one matching candidate\n"
     "  Actual: _TextWidgetFinder:<Found 0 widgets with text \"Receipt #\": []>\n"
     "   Which: means none were found but one was expected\n"
     "════════════════════════════════════════════════════════════════════════════════════════════════════\n"
     "00:44 +3 -1: checkout shows the receipt [E]\n"
     "  Test failed. See exception logs above.\n\n"
     "00:44 +3 -1: Some tests failed.\n" + _GHA),

    # flutter_tools lib/src/resident_runner.dart ("Lost connection to device."): the VM Service went away with no
    # crash of the app streamed above it (flutter drive relays the app's logcat): the device or emulator dropped out
    ("flutter-drive-lost-connection", "transient",
     "+ flutter drive --driver=test_driver/integration_test.dart --target=integration_test/app_test.dart\n"
     "VMServiceFlutterDriver: Connected to Flutter application.\n"
     "00:12 +2: checkout pays with a card\n"
     "Lost connection to device.\n" + _GHA),
    # near-miss: the same line after the app's own uncaught exception (logcat's AndroidRuntime FATAL EXCEPTION)
    ("flutter-drive-lost-connection-after-app-crash", "real",
     "+ flutter drive --driver=test_driver/integration_test.dart --target=integration_test/app_test.dart\n"
     "VMServiceFlutterDriver: Connected to Flutter application.\n"
     "00:12 +2: checkout pays with a card\n"
     "E/AndroidRuntime( 6120): FATAL EXCEPTION: main\n"
     "E/AndroidRuntime( 6120): Process: com.acme.shop, PID: 6120\n"
     "E/AndroidRuntime( 6120): java.lang.IllegalStateException: Reply already submitted\n"
     "I/Process ( 6120): Sending signal. PID: 6120 SIG: 9\n"
     "Lost connection to device.\n" + _GHA),
    # near-miss: the launch failing because the app crashed as it started (its FATAL EXCEPTION above the
    # debug connection's error)
    ("flutter-itest-app-crash-at-launch", "real",
     _ITEST +
     "E/AndroidRuntime( 5342): FATAL EXCEPTION: main\n"
     "E/AndroidRuntime( 5342): java.lang.RuntimeException: Unable to get provider com.acme.shop.InitProvider: "
     "java.lang.ClassNotFoundException: Didn't find class \"com.acme.shop.InitProvider\"\n"
     "Error waiting for a debug connection: The log reader stopped unexpectedly, or never started.\n"
     "01:07 +0 -1: loading /home/ci/app/integration_test/checkout_test.dart [E]\n"
     "  TestDeviceException(Unable to start the app on the device.)\n\n"
     "01:07 +0 -1: Some tests failed.\n" + _GHA),
    # near-miss: no app built for the platform, with the debug connection's error below it
    ("flutter-itest-no-application-then-no-connection", "real",
     "+ flutter test integration_test -d emulator-5554\n"
     "  TestDeviceException(No application found for TargetPlatform.android_x64.)\n"
     "Error waiting for a debug connection: The log reader stopped unexpectedly, or never started.\n"
     "00:01 +0 -1: Some tests failed.\n" + _GHA),
    # near-miss: a Dart test ABOUT the debug connection's message fails on its values
    ("dart-test-about-debug-connection-message", "real",
     "00:01 +4: test/launch_log_test.dart: classifies a launch failure\n"
     "00:01 +4 -1: test/launch_log_test.dart: classifies a launch failure [E]\n"
     "  Expected: 'Error waiting for a debug connection: The log reader stopped unexpectedly'\n"
     "    Actual: 'Error waiting for a debug connection'\n\n"
     "00:01 +9 -1: Some tests failed.\n" + _GHA),
    # near-miss: a JUnit test of an instrumentation-output parser ABOUT am's abort line
    ("junit-test-about-instrumentation-aborted", "real",
     "> Task :device-tools:test\n\n"
     "InstrumentationParserTest > parsesSystemCrash FAILED\n"
     "    org.junit.ComparisonFailure: expected:<[INSTRUMENTATION_ABORTED: System has crashed.]> but "
     "was:<[]>\n"
     "        at org.junit.Assert.assertEquals(Assert.java:117)\n\n"
     "42 tests completed, 1 failed\n\n"
     "FAILURE: Build failed with an exception.\n" + _GHA),

    # ================================================================== the Flutter tool: Gradle and downloads
    # flutter/flutter packages/flutter_tools/lib/src/android/gradle_errors.dart (networkErrorHandler: "Gradle
    # threw an error while downloading artifacts from the network."; the build retried), gradle.dart
    # ("Gradle task %s failed with exit code %d")
    ("flutter-gradle-network-handler", "transient",
     _BUILD +
     "Exception in thread \"main\" java.net.SocketException: Connection reset\n"
     "\tat java.base/sun.nio.ch.NioSocketImpl.implRead(NioSocketImpl.java:323)\n"
     "Gradle threw an error while downloading artifacts from the network.\n"
     "Retrying Gradle Build: #1, wait time: 100ms\n"
     "Running Gradle task 'assembleDebug'...\n"
     "Exception in thread \"main\" java.net.SocketException: Connection reset\n"
     "Gradle threw an error while downloading artifacts from the network.\n"
     "Error: Gradle task assembleDebug failed with exit code 1\n" + _GHA),
    # Gradle's resolution report relayed by the Flutter tool (a 503 from the repository) (Gradle recalled)
    ("flutter-gradle-could-not-get-503", "transient",
     _BUILD +
     "FAILURE: Build failed with an exception.\n\n"
     "* What went wrong:\n"
     "Execution failed for task ':app:checkDebugAarMetadata'.\n"
     "> Could not resolve all files for configuration ':app:debugRuntimeClasspath'.\n"
     "   > Could not resolve com.acme.android:widgets:4.2.0.\n"
     "      > Could not get resource 'https://maven.example.org/releases/com/acme/android/widgets/4.2.0/"
     "widgets-4.2.0.pom'.\n"
     "         > Could not GET 'https://maven.example.org/releases/com/acme/android/widgets/4.2.0/widgets-4.2.0.pom'. "
     "Received status code 503 from server: Service Unavailable\n\n"
     "BUILD FAILED in 41s\n"
     "Error: Gradle task assembleDebug failed with exit code 1\n" + _GHA),
    ("flutter-gradle-could-not-find-artifact", "real",
     _BUILD +
     "FAILURE: Build failed with an exception.\n\n"
     "* What went wrong:\n"
     "Execution failed for task ':app:checkDebugAarMetadata'.\n"
     "> Could not resolve all files for configuration ':app:debugRuntimeClasspath'.\n"
     "   > Could not find com.acme.android:widgets:9.9.9.\n"
     "     Searched in the following locations:\n"
     "       - https://maven.example.org/releases/com/acme/android/widgets/9.9.9/widgets-9.9.9.pom\n"
     "     Required by:\n"
     "         project :app\n\n"
     "BUILD FAILED in 12s\n"
     "Error: Gradle task assembleDebug failed with exit code 1\n" + _GHA),
    # gradle_errors.dart (licenseNotAcceptedHandler's box)
    ("flutter-gradle-license-not-accepted", "real",
     _BUILD +
     "> Failed to install the following Android SDK packages as some licences have not been accepted.\n"
     "     platforms;android-34 Android SDK Platform 34\n"
     "┌─ Flutter Fix ──────────────────────────────────────────────────────────────────────────────┐\n"
     "│ [!] Unable to download needed Android SDK components, as the following licenses have not   │\n"
     "│ been accepted: Android SDK Platform 34                                                      │\n"
     "│ To resolve this, please run the following command in a Terminal:                            │\n"
     "│ flutter doctor --android-licenses                                                           │\n"
     "└─────────────────────────────────────────────────────────────────────────────────────────────┘\n"
     "Error: Gradle task assembleDebug failed with exit code 1\n" + _GHA),
    # gradle_errors.dart (incompatibleKotlinVersionHandler: "Your project requires a newer version of the
    # Kotlin Gradle plugin.")
    ("flutter-gradle-kotlin-too-old", "real",
     _BUILD +
     "e: /home/ci/.pub-cache/hosted/pub.dev/camera_android-0.10.9/android/src/main/java/Camera.kt: Class "
     "'kotlin.Unit' was compiled with an incompatible version of Kotlin. The binary version of its metadata "
     "is 1.9.0, expected version is 1.7.1.\n"
     "┌─ Flutter Fix ──────────────────────────────────────────────────────────────────────────────┐\n"
     "│ [!] Your project requires a newer version of the Kotlin Gradle plugin.                     │\n"
     "│ Find the latest version on https://kotlinlang.org/docs/gradle.html#plugin-and-versions,    │\n"
     "│ then update /home/ci/app/android/build.gradle:                                              │\n"
     "│ ext.kotlin_version = '<latest-version>'                                                     │\n"
     "└─────────────────────────────────────────────────────────────────────────────────────────────┘\n"
     "Error: Gradle task assembleDebug failed with exit code 1\n" + _GHA),
    # gradle_errors.dart (minSdkVersionHandler: "uses-sdk:minSdkVersion %d cannot be smaller than version %d
    # declared in library [:%s]", "The plugin %s requires a higher Android SDK version.")
    ("flutter-gradle-plugin-min-sdk", "real",
     _BUILD +
     "/home/ci/app/android/app/src/debug/AndroidManifest.xml Error:\n"
     "\tuses-sdk:minSdkVersion 21 cannot be smaller than version 23 declared in library [:camera_android] "
     "/home/ci/app/build/camera_android/intermediates/merged_manifest/debug/AndroidManifest.xml as the library "
     "might be using APIs not available in 21\n"
     "┌─ Flutter Fix ──────────────────────────────────────────────────────────────────────────────┐\n"
     "│ The plugin camera_android requires a higher Android SDK version.                          │\n"
     "└─────────────────────────────────────────────────────────────────────────────────────────────┘\n"
     "Error: Gradle task assembleDebug failed with exit code 1\n" + _GHA),
    # flutter_tools lib/src/cache.dart (ArtifactUpdater: "Failed to download %s. Ensure you have network
    # connectivity and then try again.\n%s") with the socket error it caught
    ("flutter-precache-connection-reset", "transient",
     "+ flutter precache --android\n"
     "Downloading android-arm-profile/linux-x64 tools...\n"
     "Failed to download https://storage.googleapis.com/flutter_infra_release/flutter/1a2b3c4d5e/"
     "android-arm-profile/linux-x64.zip. Ensure you have network connectivity and then try again.\n"
     "SocketException: Connection reset by peer (OS Error: Connection reset by peer, errno = 104), address = "
     "storage.googleapis.com, port = 48112\n" + _GHA),
    # flutter_tools lib/runner.dart (the crash reporter: "Oops; flutter has exited unexpectedly: \"%s\".")
    # (recalled) with the network error the tool died of
    ("flutter-tool-crash-network-unreachable", "transient",
     "+ flutter config --no-analytics && flutter doctor -v\n"
     "Downloading Material fonts...\n"
     "Oops; flutter has exited unexpectedly: \"SocketException: Connection failed (OS Error: Network is "
     "unreachable, errno = 101), address = storage.googleapis.com, port = 443\".\n"
     "A crash report has been written to /home/ci/app/flutter_01.log.\n" + _GHA),

    # ================================================================== Android instrumentation
    # android/android-test espresso/core/java/androidx/test/espresso/NoMatchingViewException.java ("No views in
    # hierarchy found matching: %s"), run through the Android Gradle plugin's connected check
    ("espresso-no-matching-view", "real",
     _CONNECTED +
     "com.acme.shop.CheckoutTest > paysWithCard[Pixel_6_API_33(AVD) - 13] FAILED \n"
     "\tandroidx.test.espresso.NoMatchingViewException: No views in hierarchy found matching: view.getId() "
     "is <2131230854/com.acme.shop:id/pay_button>\n\n"
     "Tests on Pixel_6_API_33(AVD) - 13 failed: There was 1 failure(s).\n\n"
     "FAILURE: Build failed with an exception.\n\n"
     "* What went wrong:\n"
     "Execution failed for task ':app:connectedDebugAndroidTest'.\n"
     "> There were failing tests. See the report at: file:///home/ci/app/build/reports/androidTests/"
     "connected/debug/index.html\n" + _GHA),
    # espresso/core/java/androidx/test/espresso/PerformException.java ("Error performing '%s' on view '%s'.")
    ("espresso-perform-exception", "real",
     _CONNECTED +
     "com.acme.shop.CartTest > removesItem[Pixel_6_API_33(AVD) - 13] FAILED \n"
     "\tandroidx.test.espresso.PerformException: Error performing 'single click - At Coordinates: 540, 1821 "
     "and precision: 16, 16' on view 'view.getId() is <2131230812/com.acme.shop:id/remove>'.\n"
     "\tCaused by: java.lang.RuntimeException: Action will not be performed because the target view does not "
     "match one or more of the following constraints:\n"
     "\tat least 90 percent of the view's area is displayed to the user.\n\n"
     "Tests on Pixel_6_API_33(AVD) - 13 failed: There was 1 failure(s).\n" + _GHA),
    # espresso/core/java/androidx/test/espresso/base/RootViewPicker.java ("No activities in stage RESUMED.
    # Did you forget to launch the activity. (test.getActivity() or similar)?")
    ("espresso-no-activity-resumed", "real",
     _CONNECTED +
     "com.acme.shop.LoginTest > showsError[Pixel_6_API_33(AVD) - 13] FAILED \n"
     "\tandroidx.test.espresso.NoActivityResumedException: No activities in stage RESUMED. Did you forget to "
     "launch the activity. (test.getActivity() or similar)?\n\n"
     "Tests on Pixel_6_API_33(AVD) - 13 failed: There was 1 failure(s).\n" + _CIRCLE),
    # the AndroidJUnitRunner's status keys (runner/.../InstrumentationResultPrinter.java: REPORT_VALUE_RESULT_FAILURE
    # -2 and the stack key) as ``am instrument -r`` prints them
    ("am-instrument-status-code-failure", "real",
     _AM +
     "INSTRUMENTATION_STATUS: class=com.acme.shop.CheckoutTest\n"
     "INSTRUMENTATION_STATUS: stack=java.lang.AssertionError: expected:<1999> but was:<2099>\n"
     "\tat org.junit.Assert.failNotEquals(Assert.java:835)\n"
     "INSTRUMENTATION_STATUS: test=paysWithCard\n"
     "INSTRUMENTATION_STATUS_CODE: -2\n"
     "INSTRUMENTATION_RESULT: stream=\n"
     "Time: 4.812\n"
     "There was 1 failure:\n"
     "FAILURES!!!\n"
     "Tests run: 6,  Failures: 1\n\n"
     "INSTRUMENTATION_CODE: -1\n" + _GHA),
    # AOSP frameworks/base cmds/am (Instrument: "INSTRUMENTATION_FAILED: %s" when the instrumentation cannot
    # start, "Unable to find instrumentation info for: %s") (recalled)
    ("am-instrument-instrumentation-not-found", "real",
     "+ adb shell am instrument -w com.acme.shop.test/androidx.test.runner.AndroidJUnitRunner\n"
     "INSTRUMENTATION_STATUS: id=ActivityManagerService\n"
     "INSTRUMENTATION_STATUS: Error=Unable to find instrumentation info for: ComponentInfo{com.acme.shop.test/"
     "androidx.test.runner.AndroidJUnitRunner}\n"
     "INSTRUMENTATION_STATUS_CODE: -1\n"
     "android.util.AndroidException: INSTRUMENTATION_FAILED: com.acme.shop.test/androidx.test.runner."
     "AndroidJUnitRunner\n" + _GHA),
    # AOSP frameworks/base cmds/am ("INSTRUMENTATION_ABORTED: System has crashed.") (recalled): the emulator's
    # system server died under the run
    ("am-instrument-system-crashed", "transient",
     _AM +
     "INSTRUMENTATION_ABORTED: System has crashed.\n" + _GHA),
    # runner/android_junit_runner/.../InstrumentationResultPrinter.java ("Process crashed while executing %s")
    # with the app's own fatal exception above it: the change crashed the app
    ("instrumentation-process-crashed-app-npe", "real",
     _CONNECTED +
     "E AndroidRuntime: FATAL EXCEPTION: main\n"
     "E AndroidRuntime: Process: com.acme.shop, PID: 7012\n"
     "E AndroidRuntime: java.lang.NullPointerException: Attempt to invoke virtual method 'int java.lang.String."
     "length()' on a null object reference\n"
     "com.acme.shop.CheckoutTest > paysWithCard[Pixel_6_API_33(AVD) - 13] FAILED \n"
     "\tProcess crashed while executing paysWithCard(com.acme.shop.CheckoutTest):\n"
     "\tjava.lang.NullPointerException: Attempt to invoke virtual method 'int java.lang.String.length()' on a "
     "null object reference\n"
     "Tests on Pixel_6_API_33(AVD) - 13 failed: Instrumentation run failed due to 'Process crashed.'\n" + _GHA),
    # AOSP androidx test/uiautomator (UiObjectNotFoundException with the selector) (recalled)
    ("uiautomator-object-not-found", "real",
     _CONNECTED +
     "com.acme.shop.PermissionsTest > grantsCamera[Pixel_6_API_33(AVD) - 13] FAILED \n"
     "\tandroidx.test.uiautomator.UiObjectNotFoundException: UiSelector[TEXT=While using the app, "
     "RESOURCE_ID=com.android.permissioncontroller:id/permission_allow_foreground_only_button]\n\n"
     "Tests on Pixel_6_API_33(AVD) - 13 failed: There was 1 failure(s).\n" + _GHA),
    # ddmlib's collector ("Test run failed to complete. Expected %d tests, received %d") (recalled): the device
    # dropped out part-way
    ("instrumentation-run-incomplete", "transient",
     _CONNECTED +
     "Tests on Pixel_6_API_33(AVD) - 13 failed: Test run failed to complete. Expected 14 tests, received 5\n\n"
     "FAILURE: Build failed with an exception.\n" + _GHA),

    # ================================================================== Maestro
    # mobile-dev-inc/maestro maestro-orchestra/src/main/java/maestro/orchestra/Orchestra.kt ("Element not
    # found: %s", the selector's description from ElementSelector.kt), maestro-cli TestSuiteStatusView.kt
    # ("[Failed] name (duration) (error)", "%d/%d Flow(s) Failed")
    ("maestro-element-not-found", "real",
     _MAESTRO +
     "Tap on \"Pay now\"... FAILED\n\n"
     "[Failed] checkout (21s) (Element not found: \"Pay now\")\n"
     "1/4 Flow Failed\n" + _GHA),
    # Orchestra.kt ("Assertion is false: %s")
    ("maestro-assertion-false", "real",
     _MAESTRO +
     "Tap on \"Pay now\"... COMPLETED\n"
     "Assert that \"Payment received\" is visible... FAILED\n\n"
     "Assertion is false: \"Payment received\" is visible\n"
     "[Failed] checkout (34s) (Assertion is false: \"Payment received\" is visible)\n"
     "1/4 Flow Failed\n" + _GHA),
    # maestro-orchestra .../yaml/YamlCommandReader (InvalidFlowFile: "Flow file does not exist: %s")
    ("maestro-flow-file-missing", "real",
     "+ maestro test .maestro/checkout.yaml\n"
     "Running on emulator-5554\n"
     "Flow file does not exist: file:///home/ci/app/.maestro/subflows/login.yaml\n" + _GHA),
    # maestro-client/src/main/java/maestro/drivers/AndroidDriver.kt ("Maestro Android driver did not start up in
    # time  ---  emulator [ %s ] & port  [ dadb.open( tcp:%d ) ]")
    ("maestro-android-driver-startup", "transient",
     "+ maestro test .maestro/\n"
     "maestro.drivers.AndroidDriverTimeoutException: Maestro Android driver did not start up in time  ---  "
     "emulator [ emulator-5554 ] & port  [ dadb.open( tcp:7001 ) ]\n" + _GHA),
    # maestro-ios-driver/src/main/kotlin/xcuitest/api/NetworkExceptions.kt ("Unable to establish a connection to
    # the XCUITest server. If the issue persists, ...")
    ("maestro-xcuitest-server-unreachable", "transient",
     "+ maestro test .maestro/\n"
     "Running on iPhone 15 - iOS 17.5 - 1A2B3C4D-0000-1111-2222-333344445555\n"
     "Unable to establish a connection to the XCUITest server. If the issue persists, consider raising a "
     "GitHub issue with the error message and any available logs for further assistance.\n" + _GHA),
    # maestro-ios-driver/src/main/kotlin/xcuitest/installer/LocalXCTestInstaller.kt ("iOS driver not ready in
    # time, consider increasing timeout by configuring MAESTRO_DRIVER_STARTUP_TIMEOUT env variable")
    ("maestro-ios-driver-not-ready", "transient",
     "+ maestro test .maestro/\n"
     "Running on iPhone 15 - iOS 17.5 - 1A2B3C4D-0000-1111-2222-333344445555\n"
     "xcuitest.installer.IOSDriverTimeoutException: iOS driver not ready in time, consider increasing timeout "
     "by configuring MAESTRO_DRIVER_STARTUP_TIMEOUT env variable\n" + _GHA),

    # ================================================================== Detox
    # wix/Detox (its expectation timeout: "Test Failed: Timed out while waiting for expectation: %s") (recalled)
    ("detox-expectation-timed-out", "real",
     "+ npx detox test -c android.emu.debug\n"
     " FAIL  e2e/checkout.test.js (48.2 s)\n"
     "  ● Checkout › shows the receipt\n\n"
     "    Test Failed: Timed out while waiting for expectation: TOBEVISIBLE WITH MATCHER(id == \"receipt\") "
     "TIMEOUT(5s)\n\n"
     "Tests:       1 failed, 7 passed, 8 total\n" + _GHA),
]

# Printed both for an outage and for a persistent cause: no transient verdict with confidence.
NOT_SURELY_TRANSIENT = [
    # dart-lang/pub lib/src/source/hosted.dart ("Got TLS error trying to find package %s at %s."): a handshake
    # cut as much as a proxy's untrusted certificate
    ("pub-tls-error-trying-to-find",
     _PUB + "Got TLS error trying to find package intl_extras at https://pub.example.org.\n"
     "Failed to update packages.\n" + _GHA69),
    # flutter_tools lib/src/test/flutter_tester_device.dart ("Shell subprocess crashed with segmentation
    # fault."): a native plugin's bug or the test shell's own crash
    ("flutter-test-shell-segfault",
     "00:06 +28: /home/ci/app/test/codec_test.dart: decodes a frame\n"
     "00:06 +28 -1: /home/ci/app/test/codec_test.dart: decodes a frame [E]\n"
     "  TestDeviceException(Shell subprocess crashed with segmentation fault.)\n"
     "  package:flutter_tools/src/test/flutter_tester_device.dart 227:13  FlutterTesterTestDevice.finished\n\n"
     "00:06 +28 -1: Some tests failed.\n" + _GHA),
    # ddmlib ("Instrumentation run failed due to '%s'") (recalled), with no crash of the app in sight
    ("instrumentation-run-failed-process-crashed",
     _CONNECTED +
     "com.acme.shop.CheckoutTest > paysWithCard[Pixel_6_API_33(AVD) - 13] FAILED \n"
     "\tTest failed to run to completion. Reason: 'Instrumentation run failed due to 'Process crashed.''. "
     "Check device logcat for details\n"
     "Tests on Pixel_6_API_33(AVD) - 13 failed: Instrumentation run failed due to 'Process crashed.'\n" + _GHA),
    # android/android-test runner/android_test_orchestrator/.../OrchestrationResultPrinter.java ("Process
    # crashed while executing %s:") with nothing more
    ("orchestrator-process-crashed",
     "+ adb shell 'CLASSPATH=$(pm path androidx.test.services) app_process / androidx.test.services.shellexecutor."
     "ShellMain am instrument -r -w -e targetInstrumentation com.acme.shop.test/androidx.test.runner."
     "AndroidJUnitRunner androidx.test.orchestrator/.AndroidTestOrchestrator'\n"
     "INSTRUMENTATION_STATUS: stream=\n"
     "Process crashed while executing paysWithCard(com.acme.shop.CheckoutTest):\n"
     "INSTRUMENTATION_STATUS_CODE: -2\n"
     "INSTRUMENTATION_CODE: -1\n" + _GHA),
    # espresso/core/java/androidx/test/espresso/base/RootViewPicker.java ("Waited for the root of the view
    # hierarchy to have window focus and not request layout for 10 seconds."): a system dialog over a slow
    # emulator as often as the app's own dialog
    ("espresso-root-without-focus",
     _CONNECTED +
     "com.acme.shop.LoginTest > signsIn[Pixel_6_API_33(AVD) - 13] FAILED \n"
     "\tandroidx.test.espresso.base.RootViewPicker$RootViewWithoutFocusException: Waited for the root of the "
     "view hierarchy to have window focus and not request layout for 10 seconds. If you specified a non "
     "default root matcher, it may be picking a root that never takes focus.\n"
     "Tests on Pixel_6_API_33(AVD) - 13 failed: There was 1 failure(s).\n" + _GHA),
    # espresso/core/java/androidx/test/espresso/base/UiControllerImpl.java ("Looped for %s iterations over %s
    # %s."): an endless animation of the app or a slow device
    ("espresso-app-not-idle",
     _CONNECTED +
     "com.acme.shop.FeedTest > scrollsToEnd[Pixel_6_API_33(AVD) - 13] FAILED \n"
     "\tandroidx.test.espresso.AppNotIdleException: Looped for 3521 iterations over 60 SECONDS. The following "
     "Idle Conditions failed MAIN_LOOPER_HAS_IDLED.\n"
     "Tests on Pixel_6_API_33(AVD) - 13 failed: There was 1 failure(s).\n" + _GHA),
    # wix/Detox ("Detox can't seem to connect to the test app(s)!") (recalled): an app crashing at launch or
    # a slow emulator
    ("detox-cannot-connect-to-app",
     "+ npx detox test -c android.emu.release\n"
     "detox[5120] W ws-server Detox can't seem to connect to the test app(s)!\n"
     " FAIL  e2e/checkout.test.js (125.9 s)\n"
     "  ● Checkout › shows the receipt\n\n"
     "    thrown: \"Exceeded timeout of 120000 ms for a hook.\"\n\n"
     "Tests:       1 failed, 1 total\n" + _GHA),
    # mobile-dev-inc/maestro maestro-cli/.../command/TestCommand.kt ("Device %s was requested, but it is not
    # connected."): an emulator not yet up or a wrong serial
    ("maestro-device-not-connected",
     "+ maestro --device emulator-5556 test .maestro/\n"
     "Device emulator-5556 was requested, but it is not connected.\n" + _GHA),
    # flutter_tools lib/src/runner/target_devices.dart ("No supported devices found with name or id matching
    # '%s'.")
    ("flutter-no-device-matching-id",
     "+ flutter test integration_test -d emulator-5554\n"
     "No supported devices found with name or id matching 'emulator-5554'.\n\n"
     "The following devices were found:\n"
     "Linux (desktop) • linux • linux-x64 • Ubuntu 22.04.4 LTS 6.5.0-1025-azure\n" + _GHA),
]


@pytest.mark.parametrize(("verdict", "log"), labelled(CASES))
def test_dart_mobile_ui_message_reads_right(verdict, log):
    reads(log, verdict)


@pytest.mark.parametrize("log", logs(NOT_SURELY_TRANSIENT))
def test_ambiguous_dart_mobile_ui_failures_do_not_read_surely_transient(log):
    not_surely_transient(log)


def test_case_ids_are_unique():
    assert_unique_ids(CASES, NOT_SURELY_TRANSIENT)


# One line of 50,000 characters of each of these words is read by benchmarks/pattern_speed.py,
# which prints the seconds each takes (a guard against patterns that backtrack; a timing is a
# benchmark's, not a test's).
LONG_LINE_WORDS = [
    "Error waiting for a debug connection: ",
    "TimeoutException: Connecting to the VM Service timed out.",
    "pumpAndSettle timed out ",
    "Unable to download needed Android SDK components, as the following licenses have not ",
    "INSTRUMENTATION_ABORTED: System has crashed.",
    "Flow file does not exist: file:",
    "Timed out while waiting for expectation: ",
    "E/AndroidRuntime( 6120): FATAL EXCEPTION: ",
    "Lost connection to device.",
]
