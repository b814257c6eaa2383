"""Twenty-fourth round, devices: "no device" where the job never started one, and where it did.

Covered: the "no device" messages of the Android Gradle plugin's connected tasks (DeviceException "No connected
devices!"), adb ("no devices/emulators found", "no emulators found"), the Flutter tool ("No supported devices
connected.", "No devices found.") read by whether the log shows a device or emulator started; the emulator's own setup
broken for the job's configuration (an AVD or system image never set up, React Native's CLI and Detox finding no AVD,
avdmanager refusing the AVD, an x86 AVD on an ARM host, a macOS runner without a hypervisor); and the iOS side:
xcodebuild's "Unable to find a destination matching the provided destination specifier" (a simulator the image lacks)
against CoreSimulator's service dying under the tests.

Evidence (public threads, by outcome; transient = the emulator died, booted too slowly, went offline, passed on a rerun;
real = fixed by configuration or failing on every run; each id is https://github.com/<owner>/<repo>/issues/<n>, or
/pull/<n> for bisq-mobile#519, ArtistGui#83, Pokemap#34, embrace-flutter-sdk#267 and emission#1287):
  no start anywhere in the job, CI, 7 decided, all real (the job never created or started an emulator):
    thyrlian/AndroidSDK#10 (Jenkins, the emulator stage commented out), bisq-network/bisq-mobile#519 (a review of
    connected tests in a job with no emulator, changed), subosito/flutter-action#57 (`flutter drive`, "No devices
    found."), objectbox/objectbox-dart#26 ("No supported devices connected." in a container),
    Project-ARTist/ArtistGui#83 and travis-ci/travis-ci#9832 (Travis's `./gradlew build connectedCheck` with no
    emulator), omkarmoghe/Pokemap#34 (fixed by dropping connectedCheck); outside CI, the same:
    facebook/react-native#3091.
  a start shown, 11 decided: transient 5 -- mindrunner/docker-android-sdk#64 (the emulator went missing during the
    build), travis-ci/travis-ci#2932 and AzureAD/azure-activedirectory-library-for-android#76 (slow android-21 boot,
    the wait script fixed), googlemaps/android-maps-utils#575 (occasional adb failures), travis-ci/travis-ci#8579
    (passing builds failing with the same config); real 6 -- travis-ci/travis-ci#4835 (an android-21 image on every
    run), ReactiveCircus/android-emulator-runner#12 (the action killed the emulator, reproduced), #397 (macOS 14
    runners), #404 ("Error: AVD not created." above the "device 'emulator-5554' not found"),
    codecov/example-android#8 (an emulator API below minSdk), embrace-io/embrace-flutter-sdk#267 (a hard-coded
    serial). One of the six (#404) shows its cause in the log (read by android-emulator-config-broken); the rest
    show nothing that tells them from the five transient ones, so a start shown keeps device-lost's transient
    reading as before.
  the error pasted alone (an excerpt): of the threads above whose first post showed only the error, 6 were real
    (AndroidSDK#10, travis#4835, react-native#3091, emulator-runner#12, Pokemap#34, travis#9832) and 1 transient
    (android-maps-utils#575): an excerpt whose lines do not reach the job's setup cannot say whether a start was left
    out, and the threads say such a paste was mostly persistent -> read lightly (not surely transient).
  iOS, the destination specifier, 7 decided: real 5 -- 0xOpenBytes/ios-base#3, sersoft-gmbh/xcodebuild-action#3 and
    #66, keymanapp/keyman#2689, wayfair/vsm-ios#19 (a simulator or OS the image does not have); transient 2 --
    artsy/emission#1287 (a retry passed), facebookarchive/xctool#688 (CoreSimulatorService stale, "roulette").

Each case is a short log written for this test around one message as the tool prints it. Wording read in the source:
the Android Gradle plugin's ConnectedDeviceProvider.java ("No connected devices!"), adb's transport.cpp
acquire_one_transport ("no devices/emulators found", "no emulators found", "device '%s' not found"), flutter_tools'
user_messages.dart ("No supported devices connected.", "No devices found."), reactivecircus/android-emulator-runner's
src/emulator-manager.ts ("Creating AVD.", "Starting emulator.", "Emulator booted.", `adb -s emulator-5554 shell getprop
sys.boot_completed`), react-native-community/cli tryLaunchEmulator ("No emulators found as an output of `emulator
-list-avds`"), wix/Detox ("Can not boot Android Emulator with the name: '%s',"); read in public job logs quoted in the
threads: adb's "adb: " prefix, avdmanager's "Error: AVD not created.", xcodebuild's destination error and its
"Available destinations" list. Recalled, not read: the emulator's "INFO    | Boot completed in N ms" and "PANIC:" lines,
"HVF error: HV_UNSUPPORTED", avdmanager's "Error: Package path is not valid.", Travis's android-wait-for-emulator
output, the CI systems' first lines, Gradle's failure block, CoreSimulator's messages. Apps, hosts, serials and paths
are made up; no project's CI log is copied.

The rules the cases hold:
  * a "no device" message where the log shows a device or emulator started (an AVD created, `emulator -avd`, the
    emulator's own lines, a boot wait, an emulator action or orb step, `flutter emulators --launch`, `adb connect`, an
    `adb devices` row) -> transient (it went away or never finished booting);
  * the same in a log that covers the job from its CI's first lines and shows no start of any kind -> real (the job
    never had a device: its configuration);
  * the same in an excerpt that does not reach the job's setup -> not surely transient;
  * the emulator's setup broken (an unknown AVD, no AVD to launch, an image path avdmanager refuses, an x86 AVD on an
    ARM host, no hypervisor) -> real, whether or not a start is shown;
  * iOS: a destination that does not match any simulator on the image -> real; CoreSimulator's service dying under
    the tests -> transient; the destination error below a CoreSimulator service that died -> not surely transient;
  * near-misses: an app's own test comparing "No devices found" as a value, an adb line the script retried past -> not
    read as a device lost.
"""

from __future__ import annotations

import pytest
from judging import assert_unique_ids, labelled, logs, not_surely_transient, reads

_GHA = "##[error]Process completed with exit code 1.\n"
_GL = "ERROR: Job failed: exit code 1\n"
_TRAVIS = "\nThe command \"./gradlew build connectedCheck\" exited with 1.\n\nDone. Your build exited with 1.\n"
_CIRCLE = "\nExited with code exit status 1\n"

# the CI systems' own first lines of a job (recalled, as tests/unit/test_rules22_services.py writes them)
_GITHUB = ("Current runner version: '2.317.0'\n"
           "Operating System\n"
           "  Ubuntu\n"
           "  22.04.4\n"
           "Runner Image Provisioner\n"
           "  2.0.370.1\n")
_GITLAB = ("Running with gitlab-runner 17.4.0 (b92ee590)\n"
           "  on shared-runner-3 t3XqYzQ1, system ID: s_8d1c2a0b9e7f\n"
           "Preparing the \"docker\" executor\n"
           "Using Docker executor with image ghcr.io/example/android-sdk:34 ...\n")
_TRAVIS_HEAD = ("Worker information\n"
                "hostname: 6c1b1f0e-2a4d-4a3b-9d4e-7f3f0a9c1e22@1.worker-org-5.example.net\n"
                "version: v6.2.22 https://github.com/travis-ci/worker/tree/abc123\n")
_CIRCLE_HEAD = ("Build-agent version 1.0.237741-5ba2de4e (2024-07-02T10:12:33+0000)\n"
                "System information:\n"
                " Server Version: 20.10.18\n")
_AZURE_HEAD = "Starting: Initialize job\nAgent name: 'Azure Pipelines 3'\nAgent machine name: 'fv-az512-44'\n"
_JENKINS_HEAD = "Started by user ci-admin\n[Pipeline] Start of Pipeline\n[Pipeline] node\n"

# the Android Gradle plugin's failure of a connected task, as Gradle prints it (recalled: the block's frame)
_AGP_NO_DEVICE = ("> Task :app:connectedDebugAndroidTest FAILED\n\n"
                  "FAILURE: Build failed with an exception.\n\n"
                  "* What went wrong:\n"
                  "Execution failed for task ':app:connectedDebugAndroidTest'.\n"
                  "> com.android.builder.testing.api.DeviceException: No connected devices!\n\n"
                  "* Try:\n"
                  "> Run with --stacktrace option to get the stack trace.\n"
                  "> Run with --info or --debug option to get more log output.\n\n"
                  "BUILD FAILED in 4m 18s\n")
_GRADLE_BUILD = ("> Task :app:compileDebugKotlin\n"
                 "> Task :app:assembleDebug\n"
                 "> Task :app:testDebugUnitTest\n"
                 "> Task :app:assembleDebugAndroidTest\n")

# reactivecircus/android-emulator-runner's groups (src/emulator-manager.ts, read)
_RUNNER_START = ("##[group]Run reactivecircus/android-emulator-runner@v2\n"
                 "with:\n  api-level: 33\n  target: google_apis\n  arch: x86_64\n"
                 "  script: ./gradlew connectedCheck\n"
                 "##[endgroup]\n"
                 "::group::Create AVD\n"
                 "Creating AVD.\n"
                 "/usr/bin/sh -c \\echo no | avdmanager create avd --force -n test --abi 'google_apis/x86_64' "
                 "--package 'system-images;android-33;google_apis;x86_64'\n"
                 "::endgroup::\n"
                 "::group::Launch Emulator\n"
                 "Starting emulator.\n"
                 "/usr/bin/sh -c \\/usr/local/lib/android/sdk/emulator/emulator -port 5554 -avd test -no-window "
                 "-gpu swiftshader_indirect -no-snapshot -noaudio -no-boot-anim &\n")
_RUNNER_BOOTED = ("/usr/local/lib/android/sdk/platform-tools/adb -s emulator-5554 shell getprop sys.boot_completed\n"
                  "1\n"
                  "Emulator booted.\n"
                  "::endgroup::\n")

CASES: list[tuple[str, str, str]] = [
    # ================================================================== a start shown: the device went away
    # the emulator booted under reactivecircus/android-emulator-runner, then the connected task found none
    # (mindrunner/docker-android-sdk#64's mechanism: it went missing during the build)
    ("runner-booted-then-agp-no-connected-devices", "transient",
     _GITHUB + _RUNNER_START + _RUNNER_BOOTED +
     "/usr/bin/sh -c ./gradlew connectedCheck\n" + _GRADLE_BUILD + _AGP_NO_DEVICE + _GHA),
    # Travis's classic before_script: create, start, wait (android-wait-for-emulator), then the default script
    ("travis-android-wait-then-no-connected-devices", "transient",
     _TRAVIS_HEAD +
     "$ echo no | android create avd --force -n test -t android-22 --abi armeabi-v7a\n"
     "Created AVD 'test' based on Android 5.1.1, ARM (armeabi-v7a) processor\n"
     "$ emulator -avd test -no-skin -no-audio -no-window &\n"
     "$ android-wait-for-emulator\n"
     "Waiting for emulator to start\n"
     "Waiting for emulator to start\n"
     "$ adb shell input keyevent 82 &\n"
     "$ ./gradlew build connectedCheck\n" + _GRADLE_BUILD + _AGP_NO_DEVICE + _TRAVIS),
    # GitLab: sdkmanager's image, avdmanager, the emulator in the background, adb's wait; adb install then finds none
    ("gitlab-avd-started-then-adb-no-devices", "transient",
     _GITLAB +
     "$ sdkmanager \"system-images;android-30;google_apis;x86_64\"\n"
     "$ echo no | avdmanager create avd -n ci -k \"system-images;android-30;google_apis;x86_64\"\n"
     "$ emulator -avd ci -no-window -no-audio &\n"
     "$ adb wait-for-device\n"
     "$ adb install -r app/build/outputs/apk/debug/app-debug.apk\n"
     "adb: no devices/emulators found\n" + _GL),
    # the older CircleCI image's circle-android wait-for-boot, then the connected task
    ("circleci-wait-for-boot-then-no-connected-devices", "transient",
     _CIRCLE_HEAD +
     "#!/bin/bash -eo pipefail\nemulator -avd test -no-audio -no-window\n"
     "#!/bin/bash -eo pipefail\ncircle-android wait-for-boot\n"
     "Waiting for the emulator to boot\nBooted.\n"
     "#!/bin/bash -eo pipefail\n./gradlew connectedDebugAndroidTest\n" + _AGP_NO_DEVICE + _CIRCLE),
    # Bitrise's AVD Manager and Wait for Android emulator steps (their ids), then Gradle
    ("bitrise-avd-manager-steps-then-no-connected-devices", "transient",
     "+------------------------------------------------------------------------------+\n"
     "| (3) avd-manager@1                                                            |\n"
     "+------------------------------------------------------------------------------+\n"
     "| (4) wait-for-android-emulator@1                                              |\n"
     "+------------------------------------------------------------------------------+\n"
     "| (5) android-build-for-ui-testing@0                                           |\n"
     + _AGP_NO_DEVICE),
    # the Flutter tool after `flutter emulators --launch` (flutter_tools user_messages.dart, read)
    ("flutter-launched-emulator-then-no-supported-devices", "transient",
     _GITHUB +
     "Run flutter emulators --launch pixel_api_33\n"
     "Run flutter test integration_test\n"
     "No supported devices connected.\n" + _GHA),
    # an `adb devices` row showing the emulator offline, then adb finds none (adb transport.cpp, read)
    ("adb-devices-row-offline-then-no-devices", "transient",
     "$ adb devices\n"
     "List of devices attached\n"
     "emulator-5554\toffline\n\n"
     "$ adb shell pm list packages\n"
     "error: no devices/emulators found\n" + _GL),
    # the emulator's own lines (version, boot completed) above adb finding none: it died after booting
    ("emulator-own-lines-then-adb-no-devices", "transient",
     "INFO    | Android emulator version 34.1.19.0 (build_id 11525734) (CL:N/A)\n"
     "INFO    | Found systemPath /opt/android-sdk/system-images/android-33/google_apis/x86_64/\n"
     "INFO    | Boot completed in 21873 ms\n"
     "+ adb -e shell am instrument -w com.acme.shop.test/androidx.test.runner.AndroidJUnitRunner\n"
     "adb: no emulators found\n" + _GHA),
    # Genymotion SaaS: an instance started and connected over adb, gone by the tests
    ("genymotion-instance-connected-then-no-connected-devices", "transient",
     "+ gmsaas instances start 4c1a2b3d-0000-4000-8000-0123456789ab ci-device\n"
     "+ gmsaas instances adbconnect 7f3e9c2a-5b1d-4e0f-9a8b-1c2d3e4f5a6b\n"
     "+ ./gradlew connectedCheck\n" + _AGP_NO_DEVICE + _GHA),
    # `emulator @name` (the AVD given with @) in a GitLab job, then the Flutter tool finds none
    ("gitlab-emulator-at-name-then-flutter-no-devices", "transient",
     _GITLAB +
     "$ $ANDROID_HOME/emulator/emulator @ci_api_34 -no-window -no-audio &\n"
     "$ flutter drive --driver=test_driver/integration_test.dart --target=integration_test/app_test.dart\n"
     "No devices found.\n" + _GL),
    # Malinskiy/action-android's emulator-run-cmd step (a GitHub step header), then the connected task
    ("action-android-emulator-run-cmd-then-no-connected-devices", "transient",
     _GITHUB +
     "Run malinskiy/action-android/emulator-run-cmd@release/0.1.4\n"
     "with:\n  cmd: ./gradlew connectedCheck\n  api: 30\n" + _AGP_NO_DEVICE + _GHA),
    # a simulator booted with simctl on macOS, then the Flutter tool finds no supported device
    ("simctl-boot-then-flutter-no-supported-devices", "transient",
     "Run xcrun simctl boot \"iPhone 15\"\n"
     "Run flutter test integration_test\n"
     "No supported devices connected.\n" + _GHA),

    # ================================================================== no start in a job shown from its setup
    # the CI config ran `./gradlew build connectedCheck` with no emulator step at all (Project-ARTist/ArtistGui#83)
    ("github-build-connectedcheck-no-emulator", "real",
     _GITHUB +
     "##[group]Run actions/setup-java@v4\n##[endgroup]\n"
     "##[group]Run ./gradlew build connectedCheck\n"
     "./gradlew build connectedCheck\n"
     "shell: /usr/bin/bash -e {0}\n"
     "##[endgroup]\n" + _GRADLE_BUILD + _AGP_NO_DEVICE + _GHA),
    # Travis's default script for Android with no before_script (travis-ci/travis-ci#9832)
    ("travis-default-script-no-emulator", "real",
     _TRAVIS_HEAD +
     "$ ./gradlew build connectedCheck\n" + _GRADLE_BUILD + _AGP_NO_DEVICE + _TRAVIS),
    # a GitLab job in an SDK image that never created an AVD
    ("gitlab-connected-task-no-emulator", "real",
     _GITLAB +
     "$ ./gradlew connectedDebugAndroidTest\n" + _GRADLE_BUILD + _AGP_NO_DEVICE + _GL),
    # a Jenkins pipeline whose emulator stage was commented out (thyrlian/AndroidSDK#10)
    ("jenkins-connected-task-no-emulator", "real",
     _JENKINS_HEAD +
     "[Pipeline] sh\n+ ./gradlew connectedDebugAndroidTest\n" + _AGP_NO_DEVICE +
     "[Pipeline] End of Pipeline\nERROR: script returned exit code 1\nFinished: FAILURE\n"),
    # `flutter drive` on a hosted runner with no emulator (subosito/flutter-action#57)
    ("github-flutter-drive-no-devices-found", "real",
     _GITHUB +
     "Run subosito/flutter-action@v2\n"
     "Run flutter drive --target=test_driver/app.dart\n"
     "No devices found.\n" + _GHA),
    # `flutter test integration_test` with no device (objectbox/objectbox-dart#26's message)
    ("github-flutter-integration-no-supported-devices", "real",
     _GITHUB +
     "Run flutter test integration_test\n"
     "No supported devices connected.\n\n"
     "The following devices were found, but are not supported by this project:\n"
     "Linux (desktop) • linux • linux-x64 • Ubuntu 22.04.4 LTS 6.5.0-1025-azure\n" + _GHA),
    # Azure Pipelines: adb install with no device anywhere in the job
    ("azure-adb-install-no-devices", "real",
     _AZURE_HEAD +
     "Starting: Install APK\n"
     "/usr/local/lib/android/sdk/platform-tools/adb install -r app-debug.apk\n"
     "adb: no devices/emulators found\n"
     "##[error]Bash exited with code '1'.\n"),
    # CircleCI with no emulator step
    ("circleci-connected-check-no-emulator", "real",
     _CIRCLE_HEAD +
     "#!/bin/bash -eo pipefail\n./gradlew connectedCheck\n" + _GRADLE_BUILD + _AGP_NO_DEVICE + _CIRCLE),

    # ================================================================== the emulator's own setup broken
    # an AVD name the emulator does not know (the android_emulator_setup_broken fragment), under the runner's start
    ("runner-unknown-avd-then-no-devices", "real",
     _RUNNER_START +
     "emulator: PANIC: Unknown AVD name [test], use -list-avds to see valid list.\n"
     "/usr/local/lib/android/sdk/platform-tools/adb -s emulator-5554 shell getprop sys.boot_completed\n"
     "adb: device 'emulator-5554' not found\n"
     "Error: Timeout waiting for emulator to boot.\n" + _GHA),
    # React Native's CLI finding no AVD to launch (react-native-community/cli tryLaunchEmulator, read)
    ("react-native-run-android-no-avd", "real",
     _GITHUB +
     "Run npx react-native run-android\n"
     "info Launching emulator...\n"
     "error Failed to launch emulator. Reason: No emulators found as an output of `emulator -list-avds`.\n"
     "warn Please launch an emulator manually or connect a device. Otherwise app may fail to launch.\n"
     "info Installing the app...\n"
     "> Task :app:installDebug FAILED\n\n"
     "FAILURE: Build failed with an exception.\n\n"
     "* What went wrong:\n"
     "Execution failed for task ':app:installDebug'.\n"
     "> com.android.builder.testing.api.DeviceException: No connected devices!\n" + _GHA),
    # avdmanager refusing an image path the job never installed (recalled), then nothing to boot
    ("avdmanager-package-path-invalid-then-no-devices", "real",
     "$ echo no | avdmanager create avd -n ci -k \"system-images;android-34;google_apis;x86_64\"\n"
     "Error: Package path is not valid. Valid system image paths are:\n"
     "system-images;android-30;google_apis;x86_64\n"
     "$ emulator -avd ci -no-window &\n"
     "$ adb wait-for-device\n"
     "adb: no devices/emulators found\n" + _GL),
    # avdmanager's "Error: AVD not created." (ReactiveCircus/android-emulator-runner#404's log) and the serial not found
    ("runner-avd-not-created", "real",
     "::group::Create AVD\n"
     "Creating AVD.\n"
     "/usr/bin/sh -c \\echo no | avdmanager create avd --force -n test --abi 'default/x86' "
     "--package 'system-images;android-27;default;x86' --device 'Nexus 5'\n"
     "Error: AVD not created.\n"
     "null\n"
     "::endgroup::\n" + _GHA),
    # an x86_64 AVD on an ARM host (recalled)
    ("arm-host-x86-avd-panic", "real",
     "Starting emulator.\n"
     "PANIC: Avd's CPU Architecture 'x86_64' is not supported by the QEMU2 emulator on aarch64 host.\n"
     "adb: no devices/emulators found\n" + _GHA),
    # Detox asked for an AVD that does not exist (wix/Detox, read)
    ("detox-unknown-avd", "real",
     "+ npx detox test -c android.emu.release\n"
     "DetoxRuntimeError: Can not boot Android Emulator with the name: 'Pixel_4_API_30',\n"
     "      make sure you choose one of the available emulators: ci\n" + _GHA),

    # ================================================================== iOS
    # a simulator and OS the image does not have (wayfair/vsm-ios#19's shape)
    ("xcodebuild-destination-not-on-image", "real",
     "Run xcodebuild test -scheme App -destination 'platform=iOS Simulator,OS=17.0,name=iPhone 15'\n"
     "xcodebuild: error: Unable to find a destination matching the provided destination specifier:\n"
     "\t\t{ platform:iOS Simulator, OS:17.0, name:iPhone 15 }\n\n"
     "\tAvailable destinations for the \"App\" scheme:\n"
     "\t\t{ platform:iOS Simulator, id:8C1D2E3F-0000-4000-8000-0123456789AB, OS:17.5, name:iPhone 15 }\n" + _GHA),
    # the same through fastlane scan's xcpretty prefix (fastlane/fastlane#1928's shape)
    ("fastlane-scan-destination-not-found", "real",
     "[10:21:40]: ▸ xcodebuild: error: Unable to find a destination matching the provided destination specifier:\n"
     "[10:21:40]: ▸ { platform:iOS Simulator, id:CE6062D2-0000-4350-9804-A5CB0DE9234C }\n"
     "[10:21:40]: Exit status: 70\n" + _GHA),
    # CoreSimulator's service dying under the tests
    ("coresimulator-service-invalid-during-tests", "transient",
     "Test Suite 'All tests' started at 2024-05-02 10:11:12.345.\n"
     "Testing failed:\n"
     "\tCoreSimulatorService connection became invalid.  Simulator services will no longer be available.\n"
     "** TEST FAILED **\n" + _GHA),

    # ================================================================== near-misses
    # an app's own unit test comparing the words as a value (a Bluetooth scanner's empty state)
    ("app-test-compares-no-devices-found", "real",
     "> Task :app:testDebugUnitTest\n\n"
     "ScannerViewModelTest > emptyScanShowsMessage FAILED\n"
     "    org.junit.ComparisonFailure: expected:<No devices found[.]> but was:<No devices found[]>\n"
     "        at org.junit.Assert.assertEquals(Assert.java:117)\n\n"
     "12 tests completed, 1 failed\n\n"
     "FAILURE: Build failed with an exception.\n" + _GHA),
    # adb's message in a wait loop that went on (the retry): the emulator came up and a test then failed on its
    # assertion
    ("adb-wait-loop-retried-then-assertion", "real",
     "+ adb shell getprop sys.boot_completed\n"
     "adb: no devices/emulators found, retrying in 5s\n"
     "+ adb shell getprop sys.boot_completed\n"
     "1\n"
     "+ ./gradlew connectedDebugAndroidTest\n"
     "com.acme.shop.CartTest > addsItem[test(AVD) - 13] FAILED \n"
     "\tjava.lang.AssertionError: expected:<2> but was:<1>\n"
     "Tests on test(AVD) - 13 failed: There was 1 failure(s).\n" + _GHA),
    # the boot wait that ran out after the start (adb said no device while it waited): a slow or stuck boot, as before
    ("runner-boot-wait-timed-out", "transient",
     _RUNNER_START +
     "/usr/local/lib/android/sdk/platform-tools/adb -s emulator-5554 shell getprop sys.boot_completed\n"
     "adb: device offline\n"
     "Error: Timeout waiting for emulator to boot.\n" + _GHA),
]

NOT_SURELY_TRANSIENT: list[tuple[str, str]] = [
    # ------------------------------------------------------------------ excerpts: the job's setup not shown
    # the bare exception line (earlier rounds read it as the device dropping out)
    ("bare-agp-exception-line",
     "com.android.builder.testing.api.DeviceException: No connected devices!\n"),
    # Gradle's failure block alone
    ("gradle-failure-block-alone", _AGP_NO_DEVICE),
    # a Travis excerpt from the test command on: a before_script that started the emulator may be cut off
    ("travis-excerpt-from-test-command",
     "$ ./gradlew build connectedCheck\n" + _GRADLE_BUILD + _AGP_NO_DEVICE + _TRAVIS),
    # adb's message under the command, nothing above
    ("adb-install-excerpt", "$ adb install -r app-debug.apk\nadb: no devices/emulators found\n" + _GL),
    # the Flutter tool's message under its step header, without the job's first lines
    ("flutter-step-excerpt", "Run flutter test integration_test\nNo supported devices connected.\n" + _GHA),
    # a macOS runner without a hypervisor (recalled wording), no start shown
    ("macos-runner-hvf-unsupported",
     "HVF error: HV_UNSUPPORTED\n"
     "qemu-system-aarch64: failed to initialize HVF: Invalid argument\n"
     "adb: no devices/emulators found\n" + _GHA),
    # ------------------------------------------------------------------ iOS
    # the destination error below CoreSimulator's service going away (facebookarchive/xctool#688's shape): the empty
    # list may come from the dead service, or the image may lack the simulator
    ("destination-error-under-dead-coresimulator",
     "CoreSimulatorService connection became invalid.  Simulator services will no longer be available.\n"
     "xcodebuild: error: Unable to find a destination matching the provided destination specifier:\n"
     "\t\t{ platform:iOS Simulator, OS:17.5, name:iPhone 15 }\n" + _GHA),
]


@pytest.mark.parametrize(("verdict", "log"), labelled(CASES))
def test_device_message_reads_right(verdict, log):
    reads(log, verdict)


@pytest.mark.parametrize("log", logs(NOT_SURELY_TRANSIENT))
def test_unseen_or_ambiguous_device_failures_do_not_read_surely_transient(log):
    not_surely_transient(log)


def test_case_ids_are_unique():
    assert_unique_ids(CASES, NOT_SURELY_TRANSIENT)


# One line of 50,000 characters of each of these words is read by benchmarks/pattern_speed.py,
# which prints the seconds each takes (a guard against patterns that backtrack; a timing is a
# benchmark's, not a test's).
LONG_LINE_WORDS = [
    "com.android.builder.testing.api.DeviceException: No connected devices!",
    "adb: no devices/emulators found ",
    "No supported devices connected. ",
    "no emulators found ",
    "avdmanager create avd ",
    "emulator -avd test ",
    "adb wait-for-device ",
    "Current runner version: '2.317.0' No connected devices! ",
    "No emulators found as an output of `emulator -list-avds` ",
    "Can not boot Android Emulator with the name: '",
    "PANIC: Avd's CPU Architecture '",
    "Error: AVD not created. ",
]
