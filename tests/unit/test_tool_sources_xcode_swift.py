"""Eighteenth round, tool sources: Apple build and test tooling (xcodebuild's test action and its
test runner on the simulator, XCTest's assertion lines, the xcpretty and xcbeautify formatters,
simctl, xcresulttool, the Swift Package Manager's resolution, clone and build, CocoaPods' resolver
and sandbox check, Carthage's build wrapper, fastlane scan).

Each case is a short log written for this test around one message as the tool prints it. The open
tools' messages are read from their own source (xcpretty/xcpretty, cpisciotta/xcbeautify,
swiftlang/swift-package-manager, CocoaPods/CocoaPods, CocoaPods/Core, Carthage/Carthage,
fastlane/fastlane: the comment above each case names the file). xcodebuild, XCTest, simctl and
xcresulttool are Apple's and closed: their wordings rest on Apple's documented output as the open
tools that parse or retry on them carry it (xcbeautify's and xcpretty's matchers, fastlane scan's
error handler, Bitrise's xcode-test step's list of test-runner errors it reruns on), said so beside
each. Hosts, packages, bundle ids and paths are made up; no project's CI log is copied.

A test runner that lost its connection, never finished bootstrapping for want of a connection, a
simulator that did not boot or a CoreSimulator service that went away reads transient (a rerun on
a calmer machine passes). A test that crashed on the code, a bootstrapping failure whose underlying
error names the app's own crash, a destination or SDK the image lacks, a scheme that does not
exist, a signing setup, a dependency requirement no version meets, a repository that is not there or
refuses the credentials, and an assertion that fails read real. Wordings printed for both (a test
runner that exited with a code "before finishing running tests", a spec source that could not be
added) must only not read surely transient.
"""

from __future__ import annotations

import pytest
from judging import assert_unique_ids, labelled, logs, not_surely_transient, reads

_GHA = "##[error]Process completed with exit code 65.\n"
_GHA1 = "##[error]Process completed with exit code 1.\n"

_XCT_HEAD = (
    "Testing started\n"
    "Test Suite 'All tests' started at 2026-03-02 10:14:05.112.\n"
    "Test Suite 'WidgetsTests.xctest' started at 2026-03-02 10:14:05.113.\n"
)


def _testing_failed(*reasons: str) -> str:
    """xcodebuild's closing block of a failed test action (Apple, closed source; the block fastlane
    scan/lib/scan/error_handler.rb matches as /Testing failed/ and xcbeautify passes through)."""
    return ("Testing failed:\n" + "".join("\t" + r + "\n" for r in reasons)
            + "\n** TEST FAILED **\n\n" + _GHA)


_SPM_HEAD = (
    "Fetching https://git.example.org/acme/widgets.git\n"
    "Computing version for https://git.example.org/acme/widgets.git\n"
)


def _spm_clone(*git_lines: str) -> str:
    """SwiftPM's GitCloneError (Sources/SourceControl/GitRepository.swift: "Failed to clone repository
    <url>" with git's output indented below it)."""
    return ("Fetching https://git.example.org/acme/widgets.git\n"
            "error: Failed to clone repository https://git.example.org/acme/widgets.git:\n"
            "    Cloning into bare repository '/home/runner/work/app/app/.build/repositories/widgets-1a2b3c4d'...\n"
            + "".join("    " + g + "\n" for g in git_lines) + _GHA1)


_POD_HEAD = (
    "Analyzing dependencies\n"
    "Pre-downloading: `Widgets` from `https://git.example.org/acme/widgets.git`, tag `2.1.0`\n"
)

_SCAN_HEAD = (
    "[10:41:02]: ----------------------\n"
    "[10:41:02]: --- Step: run_tests ---\n"
    "[10:41:02]: ----------------------\n"
    "[10:41:03]: $ set -o pipefail && env NSUnbufferedIO=YES xcodebuild -workspace Widgets.xcworkspace "
    "-scheme Widgets -destination 'platform=iOS Simulator,id=0A1B2C3D-0000-4000-8000-000000000001' "
    "build test | tee '/Users/runner/Library/Logs/scan/Widgets-Widgets.log' | xcpretty\n"
)

# (case id, verdict, log)
CASES: list[tuple[str, str, str]] = [
    # ------------------------------------------------------------------ xcodebuild test: runner lost
    # xcodebuild (Apple, closed source): the XCTest runner's daemon channel gone mid-run; the wording as
    # Bitrise's xcode-test step (bitrise-steplib/steps-xcode-test xcodebuild/xcodebuild.go) and public
    # threads carry it
    ("xcodebuild-lost-test-manager", "transient",
     _XCT_HEAD + "Test Case '-[WidgetsTests.SyncTests testUploadsQueue]' started.\n"
     + _testing_failed("Lost connection to the test manager service.")),
    ("xcodebuild-lost-test-runner", "transient",
     _XCT_HEAD + _testing_failed(
         "WidgetsUITests-Runner (4211) encountered an error (Lost connection to the test runner. If you believe "
         "this error represents a bug, please attach the result bundle at "
         "/Users/runner/work/app/build/Test.xcresult)")),
    # xcodebuild (closed): the runner never connected; bitrise-steplib/steps-xcode-test's earlyUnexpectedExit
    ("xcodebuild-bootstrapping-hung", "transient",
     "Testing started\n" + _testing_failed(
         "WidgetsUITests-Runner (4211) encountered an error (Early unexpected exit, operation never finished "
         "bootstrapping - no restart will be attempted. (Underlying Error: The test runner hung before "
         "establishing connection.))")),
    # xcodebuild (closed): the same wrapper whose underlying error names the app's own crash at launch:
    # the code under test crashes before any test runs, on every run
    ("xcodebuild-bootstrapping-app-crash", "real",
     "Testing started\n" + _testing_failed(
         "Run test suite BoardsTests encountered an error (Early unexpected exit, operation never finished "
         "bootstrapping - no restart will be attempted. (Underlying Error: Crash: Widgets (4211) "
         "Board.columns.getter))")),
    # xcodebuild (closed): "Failed to install or launch the test runner" (bitrise list, public threads)
    ("xcodebuild-failed-install-launch-runner", "transient",
     "Testing started\n" + _testing_failed(
         "Widgets (4211) encountered an error (Failed to install or launch the test runner. If you believe this "
         "error represents a bug, please attach the result bundle at /Users/runner/work/app/build/Test.xcresult. "
         "(Underlying Error: The operation couldn’t be completed. (Mach error -308 - (ipc/mig) server died)))")),
    # xcodebuild (closed): the simulator that would not boot for the test action
    ("xcodebuild-unable-to-boot-simulator", "transient",
     "Testing started\n" + _testing_failed(
         "Unable to boot the Simulator. (Underlying Error: Failed to start launchd_sim: could not bind to "
         "session, launchd_sim may have crashed or quit responding)")),
    # bitrise-steplib/steps-xcode-test (timeOutMessageIPhoneSimulator, README "Known issues": a boot that
    # outlasted xcodebuild's 120 s wait; "a simple retry solves these issues")
    ("xcodebuild-iphonesimulator-timed-out", "transient",
     "=== BUILD TARGET Widgets OF PROJECT Widgets WITH CONFIGURATION Debug ===\n"
     "Touch /Users/runner/Library/Developer/Xcode/DerivedData/Widgets-abc/Build/Products/Debug-iphonesimulator/Widgets.app\n"
     "iPhoneSimulator: Timed out waiting 120 seconds for simulator to boot, current state is 1.\n"
     "Testing failed:\n"
     "\tTest target WidgetsTests encountered an error (Timed out waiting 120 seconds for simulator to boot)\n"
     "** TEST FAILED **\n" + _GHA),
    # bitrise-steplib/steps-xcode-test (testRunnerNeverBeganExecuting)
    ("xcodebuild-runner-never-began", "transient",
     "Testing started\n" + _testing_failed(
         "WidgetsUITests encountered an error (Test runner never began executing tests after launching. If you "
         "believe this error represents a bug, please attach the result bundle at "
         "/Users/runner/work/app/build/Test.xcresult)")),
    # bitrise-steplib/steps-xcode-test (failedToOpenTestRunner: FBSOpenApplicationServiceErrorDomain, "The
    # request was denied by service delegate (SBMainWorkspace)")
    ("xcodebuild-open-denied-sbmainworkspace", "transient",
     "Testing started\n" + _testing_failed(
         "WidgetsUITests-Runner (4211) encountered an error (The request to open \"org.example.widgets.xctrunner\" "
         "failed. (Underlying Error: The request was denied by service delegate (SBMainWorkspace). "
         "(Underlying Error: The operation couldn’t be completed.)))")),
    # xcodebuild (closed): the runner killed before any test ran (the wording a public retry script greps)
    ("xcodebuild-signal-kill-before-start", "transient",
     "Testing started\n" + _testing_failed(
         "WidgetsTests: Test crashed with signal kill before starting test execution.  If you believe this "
         "error represents a bug, please attach the result bundle at /Users/runner/work/app/build/Test.xcresult")),
    # simctl (closed): CoreSimulator's service gone under the job
    ("simctl-coresimulator-connection-invalid", "transient",
     "+ xcrun simctl boot 0A1B2C3D-0000-4000-8000-000000000001\n"
     "CoreSimulatorService connection became invalid.  Simulator services will no longer be available.\n"
     "Unable to locate device set: Error Domain=NSCocoaErrorDomain Code=4099 \"The connection to service named "
     "com.apple.CoreSimulator.CoreSimulatorService was invalidated.\"\n" + _GHA1),
    # simctl install (closed): the install service died mid-install
    ("simctl-install-server-died", "transient",
     "+ xcrun simctl install booted build/Widgets.app\n"
     "An error was encountered processing the command (domain=IXUserPresentableErrorDomain, code=4):\n"
     "This app could not be installed at this time.\n"
     "The operation couldn’t be completed. (Mach error -308 - (ipc/mig) server died)\n" + _GHA1),

    # xcodebuild (closed): the build database held by another build in the same DerivedData ("Possibly there
    # are two concurrent builds running in the same filesystem location."): the other build's moment
    ("xcodebuild-build-db-locked", "transient",
     "Build settings from command line:\n"
     "    SDKROOT = iphonesimulator17.5\n\n"
     "error: unable to attach DB: error: accessing build database \"/Users/runner/Library/Developer/Xcode/DerivedData/"
     "Widgets-abc/Build/Intermediates.noindex/XCBuildData/build.db\": database is locked Possibly there are two "
     "concurrent builds running in the same filesystem location.\n"
     "** BUILD FAILED **\n" + _GHA),
    # a test that failed its assertion, then the runner lost under a later test: the assertion decides
    ("xcodebuild-assert-then-lost-connection", "real",
     _XCT_HEAD + "Test Case '-[WidgetsTests.ParserTests testParsesNested]' started.\n"
     "/Users/runner/work/app/Tests/WidgetsTests/ParserTests.swift:42: error: -[WidgetsTests.ParserTests "
     "testParsesNested] : XCTAssertEqual failed: (\"2\") is not equal to (\"3\")\n"
     "Test Case '-[WidgetsTests.ParserTests testParsesNested]' failed (0.004 seconds).\n"
     "Test Case '-[WidgetsTests.SyncTests testUploadsQueue]' started.\n"
     + _testing_failed("ParserTests.testParsesNested() (Widgets)", "Lost connection to the test manager service.")),
    # simctl (closed): a device name the image does not have
    ("simctl-invalid-device", "real",
     "+ xcrun simctl boot \"iPhone 99\"\n"
     "Invalid device: iPhone 99\n" + _GHA1),

    # ------------------------------------------------------------------ xcodebuild: persistent causes
    # xcodebuild (closed): the destination the job asks for is not on the image
    ("xcodebuild-no-destination", "real",
     "Command line invocation:\n"
     "    /Applications/Xcode_15.4.app/Contents/Developer/usr/bin/xcodebuild test -scheme Widgets "
     "-destination \"platform=iOS Simulator,name=iPhone 15,OS=17.9\"\n\n"
     "xcodebuild: error: Unable to find a destination matching the provided destination specifier:\n"
     "\t\t{ platform:iOS Simulator, OS:17.9, name:iPhone 15 }\n\n"
     "\tThe requested device could not be found because no available devices matched the request.\n" + _GHA),
    ("xcodebuild-scheme-missing", "real",
     "Command line invocation:\n"
     "    /Applications/Xcode_15.4.app/Contents/Developer/usr/bin/xcodebuild test -project Widgets.xcodeproj "
     "-scheme WidgetsCI\n\n"
     "xcodebuild: error: The project named \"Widgets\" does not contain a scheme named \"WidgetsCI\". The \"-list\" "
     "option can be used to find the names of the schemes in the project.\n" + _GHA),
    ("xcodebuild-sdk-missing", "real",
     "Command line invocation:\n"
     "    /Applications/Xcode_15.4.app/Contents/Developer/usr/bin/xcodebuild -sdk iphonesimulator17.9 build\n\n"
     "xcodebuild: error: SDK \"iphonesimulator17.9\" cannot be located.\n" + _GHA),
    # xcpretty lib/xcpretty/parser.rb (CHECK_DEPENDENCIES_ERRORS_MATCHER: "No profile matching .* found",
    # "Provisioning profile .* doesn't ..."), xcbeautify CaptureGroups.swift (the same list)
    ("xcodebuild-no-profiles", "real",
     "=== BUILD TARGET Widgets OF PROJECT Widgets WITH CONFIGURATION Release ===\n"
     "Check dependencies\n"
     "error: No profiles for 'org.example.widgets' were found: Xcode couldn't find any iOS App Development "
     "provisioning profiles matching 'org.example.widgets'. Automatic signing is disabled and unable to "
     "generate a profile. (in target 'Widgets' from project 'Widgets')\n"
     "** BUILD FAILED **\n" + _GHA),
    ("xcodebuild-no-signing-certificate", "real",
     "Check dependencies\n"
     "error: No signing certificate \"iOS Distribution\" found: No \"iOS Distribution\" signing certificate "
     "matching team ID \"ABCDE12345\" with a private key was found. (in target 'Widgets' from project 'Widgets')\n"
     "** ARCHIVE FAILED **\n" + _GHA),
    # xcodebuild with a Swift compile error, xcodebuild's "The following build commands failed:" list
    ("xcodebuild-swift-compile-error", "real",
     "SwiftCompile normal arm64 /Users/runner/work/app/Sources/Widgets/Parser.swift (in target 'Widgets' from project 'Widgets')\n"
     "/Users/runner/work/app/Sources/Widgets/Parser.swift:12:9: error: cannot find 'tokenise' in scope\n"
     "        tokenise(input)\n"
     "        ^~~~~~~~\n\n"
     "** TEST FAILED **\n\n"
     "The following build commands failed:\n"
     "\tSwiftCompile normal arm64 /Users/runner/work/app/Sources/Widgets/Parser.swift (in target 'Widgets' from project 'Widgets')\n"
     "(1 failure)\n" + _GHA),
    # xcodebuild (closed): a test that crashed the code on a trap ("Test crashed with signal <name>")
    ("xcodebuild-test-crashed-signal-trap", "real",
     _XCT_HEAD + "Test Case '-[WidgetsTests.ParserTests testParsesNested]' started.\n"
     "Widgets/Parser.swift:41: Fatal error: Index out of range\n"
     "Restarting after unexpected exit, crash, or test timeout in ParserTests.testParsesNested(); summary will "
     "include totals from previous launches.\n"
     "WidgetsTests.ParserTests testParsesNested: Test crashed with signal trap.\n"
     + _testing_failed("Widgets (1 failure)")),
    # xcodebuild (closed): the runner exited before finishing because a framework is not embedded (dyld's
    # "Library not loaded"): the build's own setup, every run
    ("xcodebuild-runner-exited-dyld", "real",
     "Testing started\n"
     "dyld[4211]: Library not loaded: @rpath/Analytics.framework/Analytics\n"
     "  Referenced from: <0A1B2C3D-0000-4000-8000-000000000001> /Users/runner/Library/Developer/Xcode/DerivedData/"
     "Widgets-abc/Build/Products/Debug-iphonesimulator/Widgets.app/Widgets\n"
     + _testing_failed(
         "WidgetsTests: The test runner exited with code -1 before finishing running tests. If you believe this "
         "error represents a bug, please attach the result bundle at /Users/runner/work/app/build/Test.xcresult")),

    # ------------------------------------------------------------------ XCTest, xcpretty, xcbeautify
    # XCTest's assertion line (Apple, closed source; the form xcpretty's FAILING_TEST_MATCHER and
    # xcbeautify's FailingTestCaptureGroup parse: "<file>:<line>: error: -[<suite> <test>] : <reason>")
    ("xctest-assert-equal-raw", "real",
     _XCT_HEAD + "Test Case '-[WidgetsTests.ParserTests testParsesNested]' started.\n"
     "/Users/runner/work/app/Tests/WidgetsTests/ParserTests.swift:42: error: -[WidgetsTests.ParserTests "
     "testParsesNested] : XCTAssertEqual failed: (\"2\") is not equal to (\"3\")\n"
     "Test Case '-[WidgetsTests.ParserTests testParsesNested]' failed (0.004 seconds).\n"
     "Executed 42 tests, with 1 failure (0 unexpected) in 0.512 (0.530) seconds\n"
     + _testing_failed("ParserTests.testParsesNested() (Widgets)")),
    # the same, the test ABOUT a timeout (its name and its compared message say "timed out")
    ("xctest-assert-about-timeout", "real",
     _XCT_HEAD + "Test Case '-[WidgetsTests.ClientTests testRetriesAfterTimeout]' started.\n"
     "/Users/runner/work/app/Tests/WidgetsTests/ClientTests.swift:77: error: -[WidgetsTests.ClientTests "
     "testRetriesAfterTimeout] : XCTAssertEqual failed: (\"The request timed out.\") is not equal to "
     "(\"retrying\")\n"
     "Test Case '-[WidgetsTests.ClientTests testRetriesAfterTimeout]' failed (0.011 seconds).\n"
     "Executed 42 tests, with 1 failure (0 unexpected) in 0.512 (0.530) seconds\n"
     + _testing_failed("ClientTests.testRetriesAfterTimeout() (Widgets)")),
    # xcpretty/xcpretty lib/xcpretty/formatters/simple.rb (FAIL = "✗", format_failing_test: INDENT, the
    # symbol, "<test>, <reason>") and formatter.rb (format_failures under "Failing tests:")
    ("xcpretty-failing-test", "real",
     "▸ Running Tests\n"
     "All tests\n"
     "WidgetsTests.xctest\n"
     "ParserTests\n"
     "    ✓ testParsesEmpty (0.001 seconds)\n"
     "    ✗ testParsesNested, XCTAssertEqual failed: (\"2\") is not equal to (\"3\")\n\n"
     "ParserTests\n"
     "  testParsesNested, XCTAssertEqual failed: (\"2\") is not equal to (\"3\")\n"
     "  /Users/runner/work/app/Tests/WidgetsTests/ParserTests.swift:42\n\n"
     "\t Executed 42 tests, with 1 failure (0 unexpected) in 0.512 (0.530) seconds\n" + _GHA),
    # cpisciotta/xcbeautify Sources/XcbeautifyLib/Constants.swift (TestStatus.fail "✖") and
    # Renderers/OutputRendering.swift (formatFailingTest: indent, "✖", "<test>, <reason>")
    ("xcbeautify-failing-test", "real",
     "Test Suite ParserTests started\n"
     "    ✔ testParsesEmpty (0.001 seconds)\n"
     "    ✖ testParsesNested, XCTAssertTrue failed - tokens should be balanced\n"
     "Test Suite 'All tests' failed at 2026-03-02 10:14:06.120.\n"
     "\t Executed 42 tests, with 1 failure (0 unexpected) in 0.512 (0.530) seconds\n"
     "Testing failed:\n"
     "\tParserTests.testParsesNested() (Widgets)\n"
     "** TEST FAILED **\n" + _GHA),
    # xcbeautify CaptureGroups.swift (CompileErrorCaptureGroup) rendered with Symbol.error "❌"
    ("xcbeautify-compile-error", "real",
     "[Widgets] Compiling Parser.swift\n"
     "❌ /Users/runner/work/app/Sources/Widgets/Parser.swift:12:9: cannot find 'tokenise' in scope\n"
     "        tokenise(input)\n"
     "        ^~~~~~~~\n"
     "** BUILD FAILED **\n" + _GHA),
    # xcbeautify with the test runner lost (its pass-through of xcodebuild's block; closed wording)
    ("xcbeautify-lost-connection", "transient",
     "Test Suite SyncTests started\n"
     "    ✔ testUploadsEmpty (0.002 seconds)\n"
     "Testing failed:\n"
     "\tLost connection to the test manager service.\n"
     "** TEST FAILED **\n" + _GHA),

    # ------------------------------------------------------------------ xcresulttool
    # xcresulttool (Apple, closed source; Xcode 16's refusal of the deprecated `get --format json` form,
    # as public threads and fastlane trainer/lib/trainer/xcresult/helper.rb's comment on it describe):
    # the job's script, every run
    ("xcresulttool-legacy-required", "real",
     "+ xcrun xcresulttool get --format json --path build/Test.xcresult\n"
     "Error: This command is deprecated and will be removed in a future release, --legacy flag is required to use it.\n"
     "Usage: xcresulttool get object [--legacy] --path <path> [--id <id>] [--version <version>] [--format <format>]\n"
     "  See 'xcresulttool get object --help' for more information.\n" + _GHA1),

    # ------------------------------------------------------------------ SwiftPM
    # swiftlang/swift-package-manager Sources/PackageGraph/Resolution/PubGrub/DiagnosticReportBuilder.swift
    # ("no versions of <pkg> match the requirement <req>"), the documented "Dependencies could not be
    # resolved because ..." (Documentation.docc/Dependencies/ResolvingDependencyFailures.md)
    ("swiftpm-no-versions-match", "real",
     _SPM_HEAD + "error: Dependencies could not be resolved because no versions of 'widgets' match the requirement "
     "9.9.0..<10.0.0 and root depends on 'widgets' 9.9.0..<10.0.0.\n" + _GHA1),
    # Sources/SourceControl/GitRepository.swift (GitCloneError) with git's answer for a repository that is
    # not there / credentials it cannot give
    ("swiftpm-clone-repository-not-found", "real",
     _spm_clone("remote: Repository not found.",
                "fatal: repository 'https://git.example.org/acme/widgets.git/' not found")),
    ("swiftpm-clone-terminal-prompts-disabled", "real",
     _spm_clone("fatal: could not read Username for 'https://git.example.org': terminal prompts disabled")),
    # the same with git cut off by the server or the network
    ("swiftpm-clone-early-eof", "transient",
     _spm_clone("error: RPC failed; curl 92 HTTP/2 stream 5 was not closed cleanly: CANCEL (err 8)",
                "error: 4127 bytes of body are still expected",
                "fetch-pack: unexpected disconnect while reading sideband packet",
                "fatal: early EOF",
                "fatal: fetch-pack: invalid index-pack output")),
    ("swiftpm-clone-502", "transient",
     _spm_clone("fatal: unable to access 'https://git.example.org/acme/widgets.git/': The requested URL "
                "returned error: 502")),
    # GitRepository.swift ("Couldn’t fetch updates from remote repositories")
    ("swiftpm-fetch-updates-connect", "transient",
     "Updating https://git.example.org/acme/widgets.git\n"
     "error: Couldn’t fetch updates from remote repositories:\n"
     "    fatal: unable to access 'https://git.example.org/acme/widgets.git/': Failed to connect to "
     "git.example.org port 443 after 75002 ms: Couldn't connect to server\n" + _GHA1),
    # Sources/PackageGraph/ModulesGraph.swift ("product '<p>' required by package '<pkg>' target '<t>' not
    # found in package '<dep>'.")
    ("swiftpm-product-not-found", "real",
     _SPM_HEAD + "error: product 'WidgetsKit' required by package 'app' target 'App' not found in package "
     "'widgets'.\n" + _GHA1),
    # swift build's compile error (swiftc through SwiftPM's build output)
    ("swift-build-compile-error", "real",
     "Building for debugging...\n"
     "[3/12] Compiling App Parser.swift\n"
     "/home/runner/work/app/app/Sources/App/Parser.swift:12:9: error: cannot find 'tokenise' in scope\n"
     "10 |     func parse(_ input: String) -> [Token] {\n"
     "12 |         tokenise(input)\n"
     "   |         `- error: cannot find 'tokenise' in scope\n" + _GHA1),
    # swift test on Linux: swift-corelibs-xctest's assertion line ("<file>:<line>: error: <suite>.<test> :
    # XCTAssertEqual failed: ... - ") and its summary
    ("swift-test-linux-assert", "real",
     "Test Suite 'All tests' started at 2026-03-02 10:20:41.004\n"
     "Test Case 'ParserTests.testParsesNested' started at 2026-03-02 10:20:41.010\n"
     "/home/runner/work/app/app/Tests/AppTests/ParserTests.swift:42: error: ParserTests.testParsesNested : "
     "XCTAssertEqual failed: (\"2\") is not equal to (\"3\") - \n"
     "Test Case 'ParserTests.testParsesNested' failed (0.004 seconds)\n"
     "Executed 14 tests, with 1 failure (0 unexpected) in 0.031 (0.031) seconds\n" + _GHA1),
    # xcodebuild's package resolution (closed wrapper "Could not resolve package dependencies:") over
    # SwiftPM's GitCloneError: a name that did not resolve this time
    ("xcodebuild-spm-clone-dns", "transient",
     "Resolve Package Graph\n"
     "xcodebuild: error: Could not resolve package dependencies:\n"
     "  Failed to clone repository https://git.example.org/acme/widgets.git:\n"
     "    Cloning into bare repository '/Users/runner/Library/Developer/Xcode/DerivedData/Widgets-abc/"
     "SourcePackages/repositories/widgets-1a2b3c4d'...\n"
     "    fatal: unable to access 'https://git.example.org/acme/widgets.git/': Could not resolve host: "
     "git.example.org\n" + _GHA),
    # the same wrapper over the resolver's conflict: the requirements, every run
    ("xcodebuild-spm-no-versions", "real",
     "Resolve Package Graph\n"
     "xcodebuild: error: Could not resolve package dependencies:\n"
     "  Dependencies could not be resolved because no versions of 'widgets' match the requirement "
     "9.9.0..<10.0.0 and root depends on 'widgets' 9.9.0..<10.0.0.\n" + _GHA),
    # the same wrapper over a Package.resolved in a format this Xcode cannot read (SwiftPM's
    # Sources/PackageGraph/ResolvedPackagesStore.swift: "<file> file is corrupted or malformed; fix or delete
    # the file to continue: <error>", the error "unknown 'Package.resolved' version '<v>' at '<path>'.")
    ("xcodebuild-spm-resolved-malformed", "real",
     "Resolve Package Graph\n"
     "xcodebuild: error: Could not resolve package dependencies:\n"
     "  /Users/runner/work/app/Widgets.xcworkspace/xcshareddata/swiftpm/Package.resolved file is corrupted or "
     "malformed; fix or delete the file to continue: unknown 'Package.resolved' version '3' at "
     "'/Users/runner/work/app/Widgets.xcworkspace/xcshareddata/swiftpm/Package.resolved'.\n" + _GHA),

    # ------------------------------------------------------------------ CocoaPods
    # CocoaPods/CocoaPods lib/cocoapods/resolver.rb (handle_resolver_error: NoSuchDependencyError's
    # message, "You have either:" and the out-of-date source repos hint)
    ("cocoapods-unable-to-find-specification", "real",
     "Analyzing dependencies\n"
     "[!] Unable to find a specification for `Widgets (~> 9.0)`\n\n"
     "You have either:\n"
     " * out-of-date source repos which you can update with `pod repo update` or with `pod install --repo-update`.\n"
     " * mistyped the name or version.\n"
     " * not added the source repo that hosts the Podspec to your Podfile.\n" + _GHA1),
    # resolver.rb (Molinillo::VersionConflict with :solver_name => 'CocoaPods': "CocoaPods could not find
    # compatible versions for pod", "None of your spec sources contain a spec satisfying the dependency")
    ("cocoapods-no-compatible-versions", "real",
     "Analyzing dependencies\n"
     "[!] CocoaPods could not find compatible versions for pod \"Widgets\":\n"
     "  In Podfile:\n"
     "    Widgets (~> 9.0)\n\n"
     "None of your spec sources contain a spec satisfying the dependency: `Widgets (~> 9.0)`.\n\n"
     "You have either:\n"
     " * mistyped the name or version.\n"
     " * not added the source repo that hosts the Podspec to your Podfile.\n" + _GHA1),
    # resolver.rb (validate_platform)
    ("cocoapods-platform-not-compatible", "real",
     "Analyzing dependencies\n"
     "[!] The platform of the target `App` (iOS 12.0) is not compatible with `Widgets (2.1.0)`, which does not "
     "support `iOS`.\n" + _GHA1),
    # lib/cocoapods/installer/user_project_integrator/target_integrator.rb (the [CP] Check Pods Manifest.lock
    # build phase: "The sandbox is not in sync with the Podfile.lock.")
    ("cocoapods-sandbox-not-in-sync", "real",
     "PhaseScriptExecution [CP]\\ Check\\ Pods\\ Manifest.lock /Users/runner/Library/Developer/Xcode/DerivedData/"
     "Widgets-abc/Build/Intermediates.noindex/Widgets.build/Debug-iphonesimulator/Widgets.build/Script-1A2B.sh\n"
     "error: The sandbox is not in sync with the Podfile.lock. Run 'pod install' or update your CocoaPods "
     "installation.\n"
     "** BUILD FAILED **\n" + _GHA),
    # lib/cocoapods/external_sources/path_source.rb ("No podspec found for `<name>` in `<path>`")
    ("cocoapods-no-podspec-found", "real",
     "Analyzing dependencies\n"
     "Fetching podspec for `Widgets` from `../widgets`\n"
     "[!] No podspec found for `Widgets` in `../widgets`\n" + _GHA1),
    # sources_manager.rb with --verbose: the cause in parentheses below the message (git's clone of the
    # spec repo, run by lib/cocoapods/command/repo/add.rb) decides
    ("cocoapods-add-source-verbose-dns", "transient",
     "Analyzing dependencies\n"
     "Cloning spec repo `acme-specs` from `https://git.example.org/acme/Specs.git`\n"
     "[!] Unable to add a source with url `https://git.example.org/acme/Specs.git` named `acme-specs`.\n"
     "(/usr/bin/git clone https://git.example.org/acme/Specs.git -- acme-specs\n\n"
     "Cloning into 'acme-specs'...\n"
     "fatal: unable to access 'https://git.example.org/acme/Specs.git/': Could not resolve host: git.example.org\n"
     ")\n"
     "You can try adding it manually in `/Users/runner/.cocoapods/repos` or via `pod repo add`.\n" + _GHA1),
    ("cocoapods-add-source-verbose-not-found", "real",
     "Analyzing dependencies\n"
     "Cloning spec repo `acme-specs` from `https://git.example.org/acme/Specs.git`\n"
     "[!] Unable to add a source with url `https://git.example.org/acme/Specs.git` named `acme-specs`.\n"
     "(/usr/bin/git clone https://git.example.org/acme/Specs.git -- acme-specs\n\n"
     "Cloning into 'acme-specs'...\n"
     "remote: Repository not found.\n"
     "fatal: repository 'https://git.example.org/acme/Specs.git/' not found\n"
     ")\n"
     "You can try adding it manually in `/Users/runner/.cocoapods/repos` or via `pod repo add`.\n" + _GHA1),
    # CocoaPods/Core lib/cocoapods-core/cdn_source.rb ("CDN: <name> URL couldn't be downloaded: <url>
    # Response: <libcurl message>" after its retries, for a status 0)
    ("cocoapods-cdn-trunk-resolve-host", "transient",
     "Updating local specs repositories\n"
     "Analyzing dependencies\n"
     "[!] CDN: trunk URL couldn't be downloaded: https://cdn.example.org/Specs/a/b/c/Widgets/2.1.0/"
     "Widgets.podspec.json Response: Couldn't resolve host name\n" + _GHA1),
    ("cocoapods-cdn-trunk-504", "transient",
     "Analyzing dependencies\n"
     "[!] CDN: trunk URL couldn't be downloaded: https://cdn.example.org/all_pods_versions_1_2_3.txt "
     "Response: 504 <html><body><h1>504 Gateway Time-out</h1></body></html>\n" + _GHA1),

    # ------------------------------------------------------------------ Carthage
    # Carthage/Carthage Source/CarthageKit/Errors.swift (xcodebuildTimeout: "xcodebuild timed out while
    # trying to read <project> 😭", BuildSettings.swift's 60 s limit on -showBuildSettings)
    ("carthage-xcodebuild-timeout", "transient",
     "*** Checking out widgets at \"2.1.0\"\n"
     "*** xcodebuild output can be found in /var/folders/x1/T/carthage-xcodebuild.AbCdEf.log\n"
     "xcodebuild timed out while trying to read Widgets.xcodeproj 😭\n" + _GHA1),
    # Errors.swift (buildFailed: "Build Failed", "Task failed with exit code N:", "This usually indicates
    # that project itself failed to compile.")
    ("carthage-build-failed-compile", "real",
     "*** Building scheme \"Widgets iOS\" in Widgets.xcodeproj\n"
     "Build Failed\n"
     "\tTask failed with exit code 65:\n"
     "\t/usr/bin/xcrun xcodebuild -project /Users/runner/work/app/Carthage/Checkouts/widgets/Widgets.xcodeproj "
     "-scheme Widgets\\ iOS -configuration Release -sdk iphoneos ONLY_ACTIVE_ARCH=NO CODE_SIGNING_REQUIRED=NO "
     "archive\n\n"
     "This usually indicates that project itself failed to compile. Please check the xcodebuild log for more "
     "details: /var/folders/x1/T/carthage-xcodebuild.AbCdEf.log\n" + _GHA1),
    # Errors.swift (xcframeworkRequired: "Building universal frameworks with common architectures is not
    # possible. ...", "Rebuild with --use-xcframeworks ...")
    ("carthage-xcframework-required", "real",
     "*** Building scheme \"Widgets iOS\" in Widgets.xcodeproj\n"
     "fatal error: lipo: /Users/runner/work/app/Carthage/Build/iOS/Widgets.framework/Widgets and "
     "/var/folders/x1/T/Widgets.framework/Widgets have the same architectures (arm64) and can't be in the same "
     "fat output file\n\n"
     "Building universal frameworks with common architectures is not possible. The device and simulator slices "
     "for \"Widgets\" both build for: arm64\n"
     "Rebuild with --use-xcframeworks to create an xcframework bundle instead.\n" + _GHA1),
    # Errors.swift (noAvailableSimulators: "Could not find any available simulators for <platform>")
    ("carthage-no-simulators", "real",
     "*** Building scheme \"Widgets watchOS\" in Widgets.xcodeproj\n"
     "Could not find any available simulators for watchOS\n" + _GHA1),

    # ------------------------------------------------------------------ fastlane scan
    # fastlane/fastlane scan/lib/scan/runner.rb (UI.test_failure!("Tests have failed")) below xcpretty's
    # failing test
    ("scan-tests-have-failed", "real",
     _SCAN_HEAD
     + "[10:43:10]: ▸     ✗ testParsesNested, XCTAssertEqual failed: (\"2\") is not equal to (\"3\")\n"
     "[10:43:11]: ▸ \t Executed 42 tests, with 1 failure (0 unexpected) in 0.512 (0.530) seconds\n"
     "+--------------------+----+\n"
     "|       Test Results      |\n"
     "+--------------------+----+\n"
     "| Number of tests    | 42 |\n"
     "| Number of failures | 1  |\n"
     "+--------------------+----+\n\n"
     "[!] Tests have failed\n" + _GHA1),
    # scan/lib/scan/error_handler.rb (/Testing failed/ -> "Error building the application. See the log
    # above.") over the runner xcodebuild lost
    ("scan-error-building-lost-connection", "transient",
     _SCAN_HEAD
     + "[10:44:02]: ▸ Testing failed:\n"
     "[10:44:02]: ▸ \tLost connection to the test manager service.\n"
     "[10:44:02]: ▸ ** TEST FAILED **\n"
     "[10:44:03]: Exit status: 65\n"
     "[!] Error building the application. See the log above.\n" + _GHA1),
    # the same relay over a compile error
    ("scan-error-building-compile", "real",
     _SCAN_HEAD
     + "[10:42:40]: ▸ ❌ /Users/runner/work/app/Sources/Widgets/Parser.swift:12:9: cannot find 'tokenise' in scope\n"
     "[10:42:41]: ▸ ** TEST FAILED **\n"
     "[10:42:41]: Exit status: 65\n"
     "[!] Error building the application. See the log above.\n" + _GHA1),
    # scan/lib/scan/detect_values.rb (detect_simulator: "No <descriptor> simulators found on local machine")
    ("scan-no-simulators", "real",
     "[10:41:02]: --- Step: run_tests ---\n"
     "[10:41:03]: Resolving Swift Package Manager dependencies...\n"
     "[!] No iOS simulators found on local machine\n" + _GHA1),
]

# Wordings a log cannot always tell from a persistent cause: they must not read surely transient.
NOT_SURELY_TRANSIENT: list[tuple[str, str]] = [
    # xcodebuild (closed): the runner exited on its own ("This may be due to your code calling 'exit'"):
    # the code under test as often as the machine
    ("xcodebuild-runner-exited-code-0",
     "Testing started\n" + _testing_failed(
         "WidgetsTests: The test runner exited with code 0 before finishing running tests. This may be due to "
         "your code calling 'exit', consider adding a symbolic breakpoint on 'exit' to debug.")),
    # CocoaPods lib/cocoapods/sources_manager.rb ("Unable to add a source with url `<url>` named `<name>`.
    # You can try adding it manually in `<dir>` or via `pod repo add`."; its cause shown only with --verbose)
    ("cocoapods-unable-to-add-source",
     "Analyzing dependencies\n"
     "Adding spec repo `acme-specs` with CDN `https://specs.example.org/`\n"
     "[!] Unable to add a source with url `https://specs.example.org/` named `acme-specs`.\n"
     "You can try adding it manually in `/Users/runner/.cocoapods/repos` or via `pod repo add`.\n" + _GHA1),
]


@pytest.mark.parametrize(("verdict", "log"), labelled(CASES))
def test_tool_message_reads_right(verdict, log):
    reads(log, verdict)


@pytest.mark.parametrize("log", logs(NOT_SURELY_TRANSIENT))
def test_ambiguous_wording_does_not_read_surely_transient(log):
    not_surely_transient(log)


def test_case_ids_are_unique():
    assert_unique_ids(CASES, NOT_SURELY_TRANSIENT)


# One line of 50,000 characters of each of these words is read by benchmarks/pattern_speed.py,
# which prints the seconds each takes (a guard against patterns that backtrack; a timing is a
# benchmark's, not a test's).
LONG_LINE_WORDS = [
    "never finished bootstrapping (Underlying Error: Crash: Widgets (",
    "Package.resolved file is corrupted or malformed; unknown 'Package.resolved' version 'x' at '",
    "The platform of the target `App` (iOS 12.0) is not compatible with `W",
    "No podspec found for `Widgets` in No iOS simulators found on local machine ",
    "Unable to add a source with url `",
    "accessing build database \"/x/build.db\": database is locked two concurrent builds ",
    "Invalid device or device pair: ",
    ": error: -[Widgets.ParserTests testX] : XCTAssertEqual failed ",
]
