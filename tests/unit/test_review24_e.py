"""Review of the twenty-fourth round's "no device" readings (android24): logs written to break them.

Covered: the start list read where nothing started (a comment in a printed run block or an echoed GitLab line, a
script's "Not starting emulator" notice, a Jenkins stage skipped by its when condition, an action input "emulator:
false", bash finding no emulator binary); the emulator killed by the job before the tests (the script's `adb emu kill`)
against the emulator action's own clean-up after the message; a host without KVM (the emulator's "x86_64 emulation
currently requires hardware acceleration!", new and old forms); sdkmanager's download cut off or its lists unreachable,
so the AVD never came (React Native's "No emulators found as an output of `emulator -list-avds`", the emulator's
"Unknown AVD name") against the same AVD missing with no download trouble; remote devices (Firebase Test Lab with a
leftover local connectedCheck, a device lab reached by `adb connect` going offline or refusing); a self-hosted
runner's phone (listed by `adb devices`, named by ANDROID_SERIAL, or missing from the job's first look); the CircleCI
android orb's step names and the project's own CircleCI reader (the failing step alone under its header), Azure's
step display name, a Bitrise summary, GitLab's older runner name and its raw trace with section markers and colour;
an emulator listed offline by `adb devices`; Flutter's `flutter devices` rows (a phone or emulator, the desktop only)
and "No supported devices found with name or id matching '...'"; a Jenkins parallel whose other branch started the
emulator.

Where the wording comes from: CircleCI-Public/android-orb src/commands (step names 'Create avd "<name>"', "Start
emulator", "Wait for the emulator to start" running `circle-android wait-for-boot`), read; the project's own
providers/circleci/provider.py step_header ("=== step '<name>' failed with exit code N ==="), read; flutter_tools'
device rows ("<name> (mobile) • <id> • <platform> • <sdk> (emulator)") and "No supported devices found with name or id
matching '<id>'." read in flutter_tools' run_test.dart and in public notes quoting the tool; the emulator's
acceleration error (mindrunner/docker-android-sdk#101, google/gcm#69, docker-android-sdk/android-29#1) and
sdkmanager's "Warning: An error occurred while preparing SDK package ...: Connection closed at byte ..."
(travis-ci/travis-ci#8879) and "Warning: Failed to download any source lists!" (termux/termux-packages#4481), read in
public threads; React Native's and AGP's messages as test_rules24_devices.py read them. Recalled, not read: Jenkins's
'Stage "..." skipped due to when conditional' and its "[Pipeline] { (name)" header, GitLab's "gitlab-ci-multi-runner"
first line, the emulator console's "OK: killing emulator, bye bye", android-emulator-runner's "Terminating the
emulator.", the shells' "command not found", `adb connect`'s replies, gcloud's output, GitHub's self-hosted first
lines, Bitrise's summary table, Azure's "Starting:"/"Finishing:" lines. Apps, hosts, serials and paths are made up; no
project's CI log is copied.

The rules the cases hold (labelled by mechanism):
  * a start named only in a comment, an echo that says it is not starting one, a skipped Jenkins stage, an input's
    value, or a start that bash could not run -> not a start: the job never had a device -> real;
  * the emulator killed by the job's own script before the message, with no start between -> real
    (device-removed-by-job); the emulator action's clean-up after the message -> transient, as before;
  * no hardware acceleration on the host, the emulator binary not found -> real (android-emulator-config-broken);
  * sdkmanager's download cut off or its lists unreachable -> transient (android-sdk-download-failed), whatever the
    missing image then made avdmanager, the emulator or React Native's CLI say; the same AVD missing with no download
    trouble -> real;
  * a device shown by an `adb devices` row, ANDROID_SERIAL, `adb connect` or a `flutter devices` row of a phone or
    emulator, then gone -> transient; a self-hosted runner whose phone is missing at the job's first look -> not
    surely transient (reads real: the log cannot tell an unplugged phone from a job that never had one);
  * the CircleCI orb's and Azure's start step names count as a start; the failing step alone (the project's CircleCI
    reader) and a Bitrise summary's step title -> not surely transient (the start is not in the lines);
  * GitLab's older first line and its raw trace count as the job's first lines (no start: real);
  * LEFT: a start on another branch of a Jenkins parallel in the same log (KNOWN_MISREAD).
Against main before the fixes (e7e3b5c), 15 of the 32 cases read wrong: 7 real cases read transient, 2 transient
cases read real (sdkmanager's lists unreachable, a flutter devices row), 6 read unknown; after them, 1 (LEFT).
"""

from __future__ import annotations

import pytest
from judging import assert_unique_ids, labelled, logs, not_surely_transient, reads, reads_as

_GHA = "##[error]Process completed with exit code 1.\n"
_GL = "ERROR: Job failed: exit code 1\n"

# the CI systems' own first lines of a job (recalled, as tests/unit/test_rules24_devices.py writes them)
_GITHUB = ("Current runner version: '2.317.0'\n"
           "Operating System\n"
           "  Ubuntu\n"
           "  22.04.4\n"
           "Runner Image Provisioner\n"
           "  2.0.370.1\n")
_GITHUB_SELF = ("Current runner version: '2.317.0'\n"
                "Runner name: 'device-lab-02'\n"
                "Runner group name: 'Default'\n"
                "Machine name: 'mac-mini-07'\n")
_GITLAB = ("Running with gitlab-runner 17.4.0 (b92ee590)\n"
           "  on android-runner-2 t3XqYzQ1, system ID: s_8d1c2a0b9e7f\n"
           "Preparing the \"docker\" executor\n"
           "Using Docker executor with image ghcr.io/example/android-sdk:34 ...\n")
_JENKINS = "Started by user ci-admin\n[Pipeline] Start of Pipeline\n[Pipeline] node\n"
_AZURE = "Starting: Initialize job\nAgent name: 'Azure Pipelines 3'\nAgent machine name: 'fv-az512-44'\n"

# the Android Gradle plugin's failure of a connected task (the block's frame recalled, the message read by android24)
_AGP_NO_DEVICE = ("> Task :app:connectedDebugAndroidTest FAILED\n\n"
                  "FAILURE: Build failed with an exception.\n\n"
                  "* What went wrong:\n"
                  "Execution failed for task ':app:connectedDebugAndroidTest'.\n"
                  "> com.android.builder.testing.api.DeviceException: No connected devices!\n\n"
                  "* Try:\n"
                  "> Run with --stacktrace option to get the stack trace.\n\n"
                  "BUILD FAILED in 3m 51s\n")
_GRADLE_BUILD = ("> Task :app:compileDebugKotlin\n"
                 "> Task :app:assembleDebug\n"
                 "> Task :app:assembleDebugAndroidTest\n")

CASES: list[tuple[str, str, str]] = [
    # ================================================================== a start named where nothing started
    # a GitHub run block whose comment names the start it does not do (GitHub prints the block with its comments)
    ("github-comment-todo-start-emulator", "real",
     _GITHUB +
     "##[group]Run # TODO: start emulator once the runners have KVM\n"
     "# TODO: start emulator once the runners have KVM\n"
     "./gradlew connectedCheck\n"
     "shell: /usr/bin/bash -e {0}\n"
     "##[endgroup]\n" + _GRADLE_BUILD + _AGP_NO_DEVICE + _GHA),
    # GitLab echoes each script line, a commented-out start among them (thyrlian/AndroidSDK#10's mechanism)
    ("gitlab-commented-out-emulator-line", "real",
     _GITLAB +
     "$ # emulator -avd ci -no-window -no-audio &   (off until the runner gets /dev/kvm)\n"
     "$ ./gradlew connectedDebugAndroidTest\n" + _GRADLE_BUILD + _AGP_NO_DEVICE + _GL),
    # the script's own notice that it is not starting one, printed by echo
    ("gitlab-echo-not-starting-emulator", "real",
     _GITLAB +
     "$ echo \"Not starting emulator: no KVM on shared runners\"\n"
     "Not starting emulator: no KVM on shared runners\n"
     "$ ./gradlew connectedDebugAndroidTest\n" + _GRADLE_BUILD + _AGP_NO_DEVICE + _GL),
    # the same notice in words the start list does not hold: reads as before
    ("github-echo-skipping-emulator", "real",
     _GITHUB +
     "Run echo 'skipping emulator (nightly only)'\n"
     "skipping emulator (nightly only)\n"
     "Run ./gradlew connectedCheck\n" + _GRADLE_BUILD + _AGP_NO_DEVICE + _GHA),
    # a declarative Jenkins stage skipped by its when condition (Jenkins's "Stage \"...\" skipped due to when
    # conditional", recalled)
    ("jenkins-start-stage-skipped-by-when", "real",
     _JENKINS +
     "[Pipeline] stage\n[Pipeline] { (Start emulator)\n"
     "Stage \"Start emulator\" skipped due to when conditional\n"
     "[Pipeline] }\n[Pipeline] stage\n[Pipeline] { (Instrumented tests)\n"
     "[Pipeline] sh\n+ ./gradlew connectedDebugAndroidTest\n" + _AGP_NO_DEVICE +
     "[Pipeline] End of Pipeline\nERROR: script returned exit code 1\nFinished: FAILURE\n"),
    # a job input printed by GitHub ("with:" block of a local action) whose key is "emulator"
    ("github-action-input-emulator-false", "real",
     _GITHUB +
     "Run ./.github/actions/android-tests\n"
     "with:\n  api-level: 34\n  emulator: false\n"
     "Run ./gradlew connectedCheck\n" + _GRADLE_BUILD + _AGP_NO_DEVICE + _GHA),
    # bash could not find the emulator binary: the start was tried and never happened, the job's PATH
    ("gitlab-emulator-command-not-found", "real",
     _GITLAB +
     "$ emulator -avd ci -no-window -no-audio &\n"
     "/bin/bash: line 142: emulator: command not found\n"
     "$ adb wait-for-device\n"
     "$ ./gradlew connectedDebugAndroidTest\n" + _AGP_NO_DEVICE + _GL),

    # ================================================================== the job's own script removed the device
    # the emulator booted, the script's clean-up ran before the tests instead of after (emulator-runner#12's mechanism)
    ("gitlab-emu-kill-before-tests", "real",
     _GITLAB +
     "$ emulator -avd ci -no-window -no-audio &\n"
     "$ adb wait-for-device shell 'while [[ -z $(getprop sys.boot_completed) ]]; do sleep 1; done'\n"
     "$ adb emu kill\n"
     "OK: killing emulator, bye bye\n"
     "$ ./gradlew connectedDebugAndroidTest\n" + _GRADLE_BUILD + _AGP_NO_DEVICE + _GL),
    # the runner's own clean-up after the script failed: the kill comes after the message, which stays transient
    ("runner-kill-after-no-device", "transient",
     _GITHUB +
     "Creating AVD.\n"
     "Starting emulator.\n"
     "/usr/local/lib/android/sdk/platform-tools/adb -s emulator-5554 shell getprop sys.boot_completed\n"
     "1\nEmulator booted.\n"
     "/usr/bin/sh -c ./gradlew connectedCheck\n" + _AGP_NO_DEVICE +
     "Terminating the emulator.\n"
     "/usr/local/lib/android/sdk/platform-tools/adb -s emulator-5554 emu kill\n" + _GHA),

    # ================================================================== hardware acceleration the runner lacks
    # the emulator refused to run without KVM (its "x86_64 emulation currently requires hardware acceleration!"
    # with the status line; read in public threads, e.g. mindrunner/docker-android-sdk#101), adb then found none
    ("gitlab-no-kvm-then-no-devices", "real",
     _GITLAB +
     "$ emulator -avd ci -no-window -no-audio &\n"
     "INFO    | Android emulator version 34.1.20.0 (build_id 11610631) (CL:N/A)\n"
     "ERROR   | x86_64 emulation currently requires hardware acceleration!\n"
     "CPU acceleration status: /dev/kvm is not found: VT disabled in BIOS or KVM kernel module not loaded\n"
     "$ adb wait-for-device\n"
     "$ ./gradlew connectedDebugAndroidTest\n" + _GRADLE_BUILD + _AGP_NO_DEVICE + _GL),
    # the older emulator's form of the same
    ("travis-old-emulator-no-kvm", "real",
     "$ emulator -avd test -no-skin -no-audio -no-window &\n"
     "emulator: ERROR: x86 emulation currently requires hardware acceleration!\n"
     "Please ensure KVM is properly installed and usable.\n"
     "CPU acceleration status: KVM requires a CPU that supports vmx or svm\n"
     "$ adb shell input keyevent 82 &\n"
     "error: no devices/emulators found\n"
     "$ ./gradlew connectedCheck\n" + _AGP_NO_DEVICE),

    # ================================================================== network: the image never downloaded
    # sdkmanager's download cut (its "Warning: An error occurred while preparing SDK package ...: Connection ...",
    # read in travis-ci/travis-ci#8879), so avdmanager refused the path and React Native's CLI found no AVD
    ("rn-image-download-cut-then-no-avd", "transient",
     _GITHUB +
     "Run $ANDROID_HOME/cmdline-tools/latest/bin/sdkmanager \"system-images;android-34;google_apis;x86_64\"\n"
     "Downloading https://dl.google.com/android/repository/sys-img/google_apis/x86_64-34_r12.zip\n"
     "java.io.IOException: Connection reset\n"
     "Warning: An error occurred while preparing SDK package Google APIs Intel x86_64 Atom System Image: "
     "Connection reset.\n"
     "\"Install Google APIs Intel x86_64 Atom System Image API 34 (revision 12)\" failed.\n"
     "Run echo no | avdmanager create avd -n ci -k \"system-images;android-34;google_apis;x86_64\"\n"
     "Error: Package path is not valid. Valid system image paths are:\n"
     "null\n"
     "Run npx react-native run-android\n"
     "info Launching emulator...\n"
     "error Failed to launch emulator. Reason: No emulators found as an output of `emulator -list-avds`.\n"
     "warn Please launch an emulator manually or connect a device. Otherwise app may fail to launch.\n"
     "info Installing the app...\n"
     "> Task :app:installDebug FAILED\n"
     "> com.android.builder.testing.api.DeviceException: No connected devices!\n" + _GHA),
    # sdkmanager could not reach its repository at all ("Warning: Failed to download any source lists!", read in
    # termux/termux-packages#4481), then the image it never got
    ("sdkmanager-no-source-lists-then-unknown-avd", "transient",
     "$ sdkmanager \"system-images;android-30;default;x86_64\"\n"
     "Warning: Failed to connect to host: https://dl.google.com/android/repository/addons_list-3.xml\n"
     "Warning: Failed to download any source lists!\n"
     "Warning: Failed to find package 'system-images;android-30;default;x86_64'\n"
     "$ echo no | avdmanager create avd -n ci -k \"system-images;android-30;default;x86_64\"\n"
     "Error: Package path is not valid. Valid system image paths are:\n"
     "$ emulator -avd ci -no-window &\n"
     "emulator: PANIC: Unknown AVD name [ci], use -list-avds to see valid list.\n"
     "$ adb wait-for-device\n"
     "error: no devices/emulators found\n" + _GL),
    # the same AVD the job never set up, with no download trouble at all: real, as android24 reads it
    ("rn-no-avd-no-network-trouble", "real",
     _GITHUB +
     "Run npx react-native run-android\n"
     "info Launching emulator...\n"
     "error Failed to launch emulator. Reason: No emulators found as an output of `emulator -list-avds`.\n"
     "warn Please launch an emulator manually or connect a device. Otherwise app may fail to launch.\n"
     "> Task :app:installDebug FAILED\n"
     "> com.android.builder.testing.api.DeviceException: No connected devices!\n" + _GHA),

    # ================================================================== remote devices
    # Firebase Test Lab ran the tests remotely; a leftover local connectedCheck step had no device (configuration)
    ("ftl-then-local-connected-check", "real",
     _GITHUB +
     "Run gcloud firebase test android run --type instrumentation --app app-debug.apk "
     "--test app-debug-androidTest.apk --device model=Pixel2,version=30\n"
     "Instrumentation testing complete.\n"
     "Run ./gradlew connectedCheck\n" + _GRADLE_BUILD + _AGP_NO_DEVICE + _GHA),
    # a device-lab host reached with adb connect went offline under the tests
    ("device-lab-adb-connect-then-offline", "transient",
     _GITHUB_SELF +
     "Run adb connect 10.20.4.17:5555\n"
     "connected to 10.20.4.17:5555\n"
     "Run ./gradlew connectedCheck\n"
     "> Task :app:connectedDebugAndroidTest\n"
     "error: device offline\n"
     "> Task :app:connectedDebugAndroidTest FAILED\n" + _GHA),
    # a device-lab host that did not answer adb connect at all (a network failure of the lab)
    ("device-lab-adb-connect-refused-then-no-device", "transient",
     _GITHUB_SELF +
     "Run adb connect 10.20.4.17:5555\n"
     "failed to connect to '10.20.4.17:5555': Connection refused\n"
     "Run ./gradlew connectedCheck\n" + _AGP_NO_DEVICE + _GHA),

    # ================================================================== a physical device on a self-hosted runner
    # the job listed the phone (an `adb devices` row), which then dropped off USB
    ("selfhosted-phone-listed-then-gone", "transient",
     _GITHUB_SELF +
     "Run adb devices\n"
     "List of devices attached\n"
     "R58N12ABCDE\tdevice\n\n"
     "Run ./gradlew connectedCheck\n" + _GRADLE_BUILD + _AGP_NO_DEVICE + _GHA),
    # the job names the phone it uses (ANDROID_SERIAL in the step's env block)
    ("selfhosted-android-serial-env-then-gone", "transient",
     _GITHUB_SELF +
     "Run ./gradlew connectedCheck\n"
     "env:\n  ANDROID_SERIAL: R58N12ABCDE\n" + _GRADLE_BUILD + _AGP_NO_DEVICE + _GHA),

    # ================================================================== start steps in other CI systems' words
    # the CircleCI android orb's step names (CircleCI-Public/android-orb src/commands, read: 'Create avd "<name>"',
    # "Start emulator", "Wait for the emulator to start" running circle-android wait-for-boot) in a log of all steps
    ("circleci-orb-step-names-then-no-device", "transient",
     "Create avd \"test\"\n"
     "Start emulator\n"
     "Wait for the emulator to start\n"
     "circle-android wait-for-boot\n"
     "Run tests\n./gradlew connectedDebugAndroidTest\n" + _AGP_NO_DEVICE +
     "\nExited with code exit status 1\n"),
    # the project's own CircleCI reader keeps the failing step only, under its header: the wait step that failed
    ("circleci-provider-wait-step-failed", "transient",
     "=== step 'Wait for the emulator to start' failed with exit code 1 ===\n"
     "circle-android wait-for-boot\n"
     "error: no devices/emulators found\n"
     "Exited with code exit status 1\n"),
    # Azure Pipelines: a script step whose display name starts the emulator
    ("azure-start-android-emulator-step-then-no-device", "transient",
     _AZURE +
     "Starting: Start Android emulator\n"
     "Finishing: Start Android emulator\n"
     "Starting: Gradle connectedCheck\n" + _AGP_NO_DEVICE +
     "##[error]Error: The process '/home/vsts/work/1/s/gradlew' failed with exit code 1\n"),
    # GitLab's older runner named itself gitlab-ci-multi-runner (recalled), from the job's first line, no start
    ("gitlab-multi-runner-first-line-no-emulator", "real",
     "Running with gitlab-ci-multi-runner 9.5.0 (413da38)\n"
     "  on docker-auto-scale (e11ae361)\n"
     "Using Docker executor with image openjdk:8-jdk ...\n"
     "$ ./gradlew connectedCheck\n" + _GRADLE_BUILD + _AGP_NO_DEVICE + _GL),
    # GitLab's raw trace with its section markers and colour (the engine strips both), no start
    ("gitlab-raw-trace-sections-no-emulator", "real",
     "\x1b[0KRunning with gitlab-runner 16.11.0 (91a27b2a)\x1b[0;m\n"
     "\x1b[0K  on android-runner-2 t3XqYzQ1, system ID: s_8d1c2a0b9e7f\x1b[0;m\n"
     "section_start:1714640000:prepare_executor\r\x1b[0K\x1b[0K\x1b[36;1mPreparing the \"docker\" executor\x1b[0;m\n"
     "section_end:1714640003:prepare_executor\r\x1b[0K\n"
     "section_start:1714640010:step_script\r\x1b[0K\x1b[32;1m$ ./gradlew connectedDebugAndroidTest\x1b[0;m\n"
     + _AGP_NO_DEVICE + "section_end:1714640200:step_script\r\x1b[0K\n" + "\x1b[31;1m" + _GL),

    # ================================================================== booted, then offline
    # the emulator booted, `adb devices` then listed it offline, and the connected task found none
    ("github-booted-row-offline-then-agp", "transient",
     _GITHUB +
     "Run emulator -avd ci -no-window -no-audio &\n"
     "Run adb wait-for-device\n"
     "Run adb devices\n"
     "List of devices attached\n"
     "emulator-5554\toffline\n\n"
     "Run ./gradlew connectedCheck\n" + _AGP_NO_DEVICE + _GHA),

    # ================================================================== Flutter
    # `flutter devices` listed a running emulator (flutter_tools' row "<name> (mobile) • <id> • <platform> • <sdk>
    # (emulator)", read in flutter_tools' tests), then `flutter drive` found none: it went away
    ("flutter-devices-row-then-no-devices-found", "transient",
     _GITHUB_SELF +
     "Run flutter devices\n"
     "1 connected device:\n\n"
     "sdk gphone64 x86 64 (mobile) • emulator-5554 • android-x64 • Android 14 (API 34) (emulator)\n\n"
     "Run flutter drive --driver=test_driver/integration_test.dart --target=integration_test/app_test.dart\n"
     "No devices found.\n" + _GHA),
    # `flutter devices` listed only the desktop, then `flutter drive`: the job has no phone or emulator
    ("flutter-devices-desktop-only-then-drive", "real",
     _GITHUB +
     "Run flutter devices\n"
     "1 connected device:\n\n"
     "Linux (desktop) • linux • linux-x64 • Ubuntu 22.04.4 LTS 6.5.0-1025-azure\n\n"
     "Run flutter drive --target=test_driver/app.dart\n"
     "No devices found.\n" + _GHA),
    # a device id the job hard-codes and never started (flutter_tools "No supported devices found with name or id
    # matching '...'", read in flutter_tools' tests; embrace-flutter-sdk#267's mechanism)
    ("flutter-d-emulator-id-never-started", "real",
     _GITHUB +
     "Run flutter test integration_test -d emulator-5554\n"
     "No supported devices found with name or id matching 'emulator-5554'.\n\n"
     "The following devices were found:\n"
     "Linux (desktop) • linux • linux-x64 • Ubuntu 22.04.4 LTS 6.5.0-1025-azure\n" + _GHA),

    # ================================================================== a matrix in one combined log
    # a Jenkins parallel: one branch booted an emulator, the other ran connected tests with none
    ("jenkins-parallel-other-branch-started", "real",
     _JENKINS +
     "[Pipeline] parallel\n"
     "[api-30] + emulator -avd api30 -no-window -no-audio &\n"
     "[api-30] + adb wait-for-device\n"
     "[devicefarm] + ./gradlew connectedDebugAndroidTest\n"
     "[devicefarm] > Task :app:connectedDebugAndroidTest FAILED\n"
     "[devicefarm] > com.android.builder.testing.api.DeviceException: No connected devices!\n"
     "[api-30] + ./gradlew connectedDebugAndroidTest\n"
     "[api-30] BUILD SUCCESSFUL in 4m 2s\n"
     "[Pipeline] End of Pipeline\nERROR: script returned exit code 1\nFinished: FAILURE\n"),
]

NOT_SURELY_TRANSIENT: list[tuple[str, str]] = [
    # a self-hosted runner's phone missing from the job's start: unplugged, or never meant (the log cannot say)
    ("selfhosted-adb-devices-empty",
     _GITHUB_SELF +
     "Run adb devices\n"
     "List of devices attached\n\n"
     "Run ./gradlew connectedCheck\n" + _AGP_NO_DEVICE + _GHA),
    # the project's CircleCI reader: the failing test step alone, the orb's start steps (passed) left out
    ("circleci-provider-test-step-only",
     "=== step 'Run connected tests' failed with exit code 1 ===\n"
     "./gradlew connectedDebugAndroidTest\n" + _AGP_NO_DEVICE + "Exited with code exit status 1\n"),
    # a Bitrise build's summary naming the AVD Manager step (title, no id line), then the test step's failure
    ("bitrise-summary-avd-manager-title",
     "| ✓ | AVD Manager                                                   | 1.2 min  |\n"
     "| x | Android Build for UI Testing (exit code: 1)                   | 3.1 min  |\n" + _AGP_NO_DEVICE),
]

# Cases the log cannot tell apart, kept as strict expected failures.
KNOWN_MISREAD: dict[str, str] = {
    "jenkins-parallel-other-branch-started":
        "LEFT: one branch's emulator start and another branch's 'No connected devices!' share one log; only the "
        "branch prefix of Jenkins before workflow-job 2.26 ('[api-30] ') ties a line to its branch, current Jenkins "
        "prints none, and the start list reads no branch (reads transient, as device-gone-after-start)",
}


# The entry behind the verdict, for the cases a new or edited entry reads.
READ_AS: list[tuple[str, str]] = [
    ("gitlab-emu-kill-before-tests", "device-removed-by-job"),
    ("runner-kill-after-no-device", "device-gone-after-start"),
    ("gitlab-no-kvm-then-no-devices", "android-emulator-config-broken"),
    ("gitlab-emulator-command-not-found", "android-emulator-config-broken"),
    ("rn-image-download-cut-then-no-avd", "android-sdk-download-failed"),
    ("sdkmanager-no-source-lists-then-unknown-avd", "android-sdk-download-failed"),
    ("github-comment-todo-start-emulator", "device-absent-never-started"),
    ("flutter-devices-row-then-no-devices-found", "device-gone-after-start"),
    ("flutter-d-emulator-id-never-started", "device-absent-never-started"),
    ("gitlab-multi-runner-first-line-no-emulator", "device-absent-never-started"),
]
_BY_ID = {cid: (verdict, log) for cid, verdict, log in CASES}


@pytest.mark.parametrize(("case_id", "signature"), READ_AS, ids=[f"{c}-{s}" for c, s in READ_AS])
def test_review24_e_read_by(case_id: str, signature: str) -> None:
    verdict, log = _BY_ID[case_id]
    reads_as(log, verdict, signature)


@pytest.mark.parametrize(("verdict", "log"), labelled(CASES, KNOWN_MISREAD))
def test_review24_e_reads_right(verdict: str, log: str) -> None:
    reads(log, verdict)


@pytest.mark.parametrize("log", logs(NOT_SURELY_TRANSIENT))
def test_review24_e_not_surely_transient(log: str) -> None:
    not_surely_transient(log)


def test_review24_e_ids_unique() -> None:
    assert_unique_ids(CASES, NOT_SURELY_TRANSIENT)


# One line of 50,000 characters of each of these words is read by benchmarks/pattern_speed.py.
LONG_LINE_WORDS = [
    "# TODO: start emulator ",
    "Not starting emulator: ",
    "emulator: false ",
    "emulator: command not found ",
    "adb emu kill ",
    "Terminating the emulator. No connected devices! ",
    "(mobile) • emulator-5554 • ",
    "No supported devices found with name or id matching ",
    "x86_64 emulation currently requires hardware acceleration! ",
    "Warning: An error occurred while preparing SDK package ",
    "Warning: Failed to download any source lists! ",
    "Running with gitlab-ci-multi-runner 9.5.0 ",
]
