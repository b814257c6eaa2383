"""Review 14l of the tenth round's tool-source entries (JVM, Apple and mobile build tools; system and OS
package managers; containers, clusters and CI plumbing; language ecosystems; embedded, infrastructure and
scripting tools; the seventeenth thread set) and of round four's transient entries (rerun-advised,
transient-more, ci-agent-more, ci-step-timeout): adversarial logs (made up) where their words sit in text
that is not trouble the job ran into (a test's compared values in several frameworks' formats, an app's own
log line, grep output of source or docs, a wrapper's retry that then got the file, a warning the tool went
on from), and guards where the same words are the trouble the job met.

113 logs were written; 35 read wrong with the engine at the review's start (25 real read transient, 10
unknown). Only those and the guards are here. Three more read unknown because an outage-like line comes
before a deterministic failure (the engine-level interaction another helper works on) and are left out:
a Chocolatey source warning before an MSBuild error, NuGet's NU1801 warnings before a C# error, and a
document's "Timeout has been exceeded" line before a Gradle test failure."""

from __future__ import annotations

import pytest
from judging import assert_unique_ids, labelled, logs, not_surely_transient, reads

# Read real: the words are values, quotes or handled events, or a real-leaning entry's guard.
REAL: list[tuple[str, str]] = [
    # a Scala test comparing the error text its fake repository produces (munit's values)
    ('coursier-munit-compare-retryable',
     '==> X example.FetchSuite.reports retryable errors  0.012s munit.ComparisonFailException: /src/test/FetchSuite.scala:22\n21:    val err = fetch(fakeRepo(503))\n22:    assertEquals(err.getMessage, "retryable HTTP error: https://repo.test/a.jar (HTTP 503)")\nvalues are not the same\n=> Obtained\n"internal server error: https://repo.test/a.jar (HTTP 503)"\n=> Diff (- obtained, + expected)\n-internal server error: https://repo.test/a.jar (HTTP 503)\n+retryable HTTP error: https://repo.test/a.jar (HTTP 503)\n[error] Failed: Total 40, Failed 1, Errors 0, Passed 39\n[error] (Test / test) sbt.TestsFailedException: Tests unsuccessful\n##[error]Process completed with exit code 1.\n'),
    # a Swift test of the error mapping, failing on the wrong case name
    ('nsurl-xctest-fail-message',
     "/src/Tests/ErrorMapTests.swift:14: error: -[Tests.ErrorMapTests testTimeout] : failed - mapped NSURLErrorTimedOut to .offline, want .timeout\nTest Case '-[Tests.ErrorMapTests testTimeout]' failed (0.001 seconds).\nExecuted 12 tests, with 1 failure (0 unexpected) in 0.02 (0.03) seconds\n** TEST FAILED **\n##[error]Process completed with exit code 1.\n"),
    # a flutter_tools-style test expecting the message: the compared value is the wording
    ('flutter-md5-test-expected',
     "00:01 +3 -1: test/cache_test.dart: checksum mismatch message [E]\n  Expected: contains 'This may indicate a problem with your connection'\n    Actual: 'Expected https://x.test/a.zip to have md5 checksum aaa, but was bbb. This may indicate a problem with your connection to the backend.'\n     Which: does not contain 'This may indicate a problem with your connection'\n00:01 +20 -1: Some tests failed.\n##[error]Process completed with exit code 1.\n"),
    # librepo's per-mirror 404 on one mirror, the next mirror served it; then rpmbuild failed
    ('dnf-mirror-404-then-rpmbuild',
     '[MIRROR] gcc-13.2.1-4.fc39.x86_64.rpm: Status code: 404 for https://mirror.one.example/fedora/updates/39/x86_64/Packages/g/gcc-13.2.1-4.fc39.x86_64.rpm (IP: 10.0.0.1)\n(12/40): gcc-13.2.1-4.fc39.x86_64.rpm          30 MB/s |  32 MB     00:01\nComplete!\n+ rpmbuild -ba app.spec\nerror: File not found: /builddir/build/BUILDROOT/app-1.0-1.x86_64/usr/bin/app\n    File not found: /builddir/build/BUILDROOT/app-1.0-1.x86_64/usr/bin/app\nRPM build errors:\n##[error]Process completed with exit code 1.\n'),
    # a test of the project's zypper wrapper comparing its parse of the message
    ('zypp-pytest-expected',
     '>       assert parse(line).kind == \'timeout\'\nE       AssertionError: assert \'unavailable\' == \'timeout\'\nE         - timeout\nE         + unavailable\nE        where line = "Location \'/repodata/repomd.xml\' is temporarily unaccessible."\nFAILED tests/test_zypper.py::test_parse_kinds - AssertionError: assert \'unavailable\' == \'timeout\'\n1 failed, 30 passed in 0.3s\n##[error]Process completed with exit code 1.\n'),
    # a conan test (pytest) asserting its own message, the wording is the value
    ('conan-pytest-in-message',
     ">       assert 'Download failed, check server, possibly try again' in client.out\nE       AssertionError: assert 'Download failed, check server, possibly try again' in 'ERROR: zlib/1.3: Error downloading file: 404 Not Found'\nFAILED test/integration/test_download.py::test_retry_message - AssertionError\n1 failed, 120 passed in 12.1s\n##[error]Process completed with exit code 1.\n"),
    # a pytest of the project's error mapping, the words are the fixture's
    ('tls-pytest-param',
     "tests/test_errors.py::test_classify[tlsv1 alert internal error-server] FAILED [ 50%]\n>       assert classify(msg) == kind\nE       AssertionError: assert 'client' == 'server'\nFAILED tests/test_errors.py::test_classify[tlsv1 alert internal error-server] - AssertionError: assert 'client' == 'server'\n1 failed, 10 passed in 0.1s\n##[error]Process completed with exit code 1.\n"),
    # a project's release script printing its own instructions after a version check failed
    ('rerun-release-script-advice',
     'Checking CHANGELOG.md for version 2.3.1 ...\nerror: version 2.3.1 has no entry in CHANGELOG.md\nAdd the entry, then please re-run the workflow.\n##[error]Process completed with exit code 1.\n'),
    # a Groovy unit test of the project's shared library printing the words as a mocked step's output
    ('step-timeout-jenkins-pipeline-unit',
     '[INFO] Running com.acme.pipeline.DeployTest\n    deploy.call()\n       deploy.timeout({time=5}, groovy.lang.Closure)\n          deploy.echo(Cancelling nested steps due to timeout)\n[ERROR] Tests run: 3, Failures: 1, Errors: 0, Skipped: 0, Time elapsed: 0.8 s <<< FAILURE! - in com.acme.pipeline.DeployTest\n[ERROR] deployNotifies(com.acme.pipeline.DeployTest)  Time elapsed: 0.2 s  <<< FAILURE!\norg.opentest4j.AssertionFailedError: expected: <1> but was: <0>\n[INFO] BUILD FAILURE\n'),
    # guard: kubectl with no kubeconfig at all
    ('g-kubeconfig-missing',
     '+ kubectl apply -f k8s/\nThe connection to the server localhost:8080 was refused - did you specify the right host or port?\n##[error]Process completed with exit code 1.\n'),
    # guard: Gradle offline and the cache lacks a module
    ('g-gradle-offline',
     "> Could not resolve all files for configuration ':app:compileClasspath'.\n   > Could not resolve com.google.guava:guava:33.0.0-jre.\n      > No cached version of com.google.guava:guava:33.0.0-jre available for offline mode.\nBUILD FAILED in 3s\n##[error]Process completed with exit code 1.\n"),
    # guard: GOPROXY=off and a module not cached
    ('g-go-lookup-disabled',
     'go: github.com/acme/lib@v1.2.0: module lookup disabled by GOPROXY=off\n##[error]Process completed with exit code 1.\n'),
    # guard: over quota
    ('g-lfs-quota',
     'Downloading assets/model.bin (120 MB)\nError downloading object: assets/model.bin (a1b2c3d): Smudge error: Error downloading assets/model.bin (a1b2c3d): batch response: This repository is over its data quota. Account responsible for LFS bandwidth should purchase more data packs to restore access.\n##[error]Process completed with exit code 1.\n'),
    # guard: platformio.ini names a board PlatformIO does not know
    ('g-pio-board',
     "Processing esp32dev (platform: espressif32; board: esp32-devkit; framework: arduino)\nUnknownBoard: Unknown board ID 'esp32-devkit'\n##[error]Process completed with exit code 1.\n"),
    # coursier: a retryable 429 warning coursier got past, then a scalafmt check failed
    ('coursier-429-warn-then-scalafmt',
     "[warn] retryable HTTP error: https://repo1.maven.org/maven2/org/scalameta/scalafmt-core_2.13/3.7.17/scalafmt-core_2.13-3.7.17.pom (HTTP 429)\n[info] downloaded https://repo1.maven.org/maven2/org/scalameta/scalafmt-core_2.13/3.7.17/scalafmt-core_2.13-3.7.17.pom\n[warn] /app/src/main/scala/app/Cart.scala isn't formatted properly!\n[error] (Compile / scalafmtCheck) 1 files must be formatted\n##[error]Process completed with exit code 1.\n"),
    # swiftpm: XCTAssertThrowsError's message quoting the enum, in an XCTest failure line
    ('swiftpm-xctest-error-line',
     "Test Case '-[ClientTests.DownloadTests testStatus]' started.\n/src/Tests/DownloadTests.swift:40: error: -[ClientTests.DownloadTests testStatus] : failed - unexpected error badResponseStatusCode(503) for a 200 fixture\nTest Case '-[ClientTests.DownloadTests testStatus]' failed (0.003 seconds).\nExecuted 12 tests, with 1 failure (0 unexpected) in 0.02 (0.03) seconds\n##[error]Process completed with exit code 1.\n"),
    # brew-html: a grep of Homebrew's own source for the hint, then a style check failure
    ('brew-grep-source-then-style',
     "$ grep -rn 'downloaded file is HTML' $(brew --repo)/Library/Homebrew\n/opt/homebrew/Library/Homebrew/exceptions.rb:612:          The start of the downloaded file is HTML/XML, not a binary. This is most likely a download error.\n$ brew style acme/tap/tool\nFormula/tool.rb:12:3: C: [Correctable] FormulaAudit/Desc: Description shouldn't end with a full stop.\n1 file inspected, 1 offense detected\n##[error]Process completed with exit code 1.\n"),
    # zypp: a zypper refresh that said temporarily unaccessible on one repo, retried and refreshed; then rpmlint errors
    ('zypp-retry-then-rpmlint',
     "Retrieving repository 'devel' metadata ...[error]\nLocation '/repodata/repomd.xml' is temporarily unaccessible.\nRetrying in 5 seconds...\nRetrieving repository 'devel' metadata ...[done]\nAll repositories have been refreshed.\n+ rpmlint app.spec\napp.spec: E: specfile-error error: line 12: Unknown tag: Verison: 1.0\n1 packages and 0 specfiles checked; 1 errors, 0 warnings.\n##[error]Process completed with exit code 1.\n"),
    # apk: the package named after the failure? use a Dockerfile that greps apk's output in a test
    ('apk-bats-expected-output',
     "not ok 3 apk wrapper explains network errors\n# (from function `assert_output' in file test/helpers.bash, line 20,\n#  in test file test/apk.bats, line 14)\n#   `assert_output --partial 'check internet connection'' failed\n# -- output does not contain substring --\n# substring : check internet connection\n# output    : WARNING: fetching https://dl-cdn.alpinelinux.org/alpine/v3.19/main: network error (check internet connection and firewall)\n# --\n1..3\n##[error]Process completed with exit code 1.\n"),
    # conan: a conan test of a recipe where the recipe's own code raises with the words (its tools.get on a local path)
    ('conan-grep-then-recipe-error',
     "$ grep -rn 'possibly try again' conan/tools/files/\nconan/tools/files/files.py:318:            raise ConanException('Download failed, check server, possibly try again')\n$ conan create . --build=missing\nERROR: app/1.0: Error in build() method, line 40\n\tcmake.configure()\n\tConanException: Error 1 while executing\n##[error]Process completed with exit code 1.\n"),
    # hex: a `mix hex.info`-like print of a retried fetch, then the compile error
    ('hex-using-cache-then-compile',
     'Failed to fetch record for hexpm/jason from registry\n:timeout (using cache instead)\n==> app\nCompiling 12 files (.ex)\n** (CompileError) lib/app/cart.ex:14: undefined function conut/0 (expected App.Cart to define such a function or for it to be imported, but none are available)\n##[error]Process completed with exit code 1.\n'),
    # rerun-advised: a Danger/PR bot comment text printed by the check (asks for a label, then rerun)
    ('rerun-pr-label-advice',
     'Checking PR labels...\nerror: this pull request has no release-note label.\nLabel the pull request, then please re-run the job.\n##[error]Process completed with exit code 1.\n'),
    # guard: not found anywhere
    ('g-coursier-notfound',
     '[error] coursier.error.ResolutionError$CantDownloadModule: Error downloading org.typelevel:cats-core_2.13:9.9.9\n[error]   not found: /home/runner/.ivy2/local/org.typelevel/cats-core_2.13/9.9.9/ivys/ivy.xml\n[error]   not found: https://repo1.maven.org/maven2/org/typelevel/cats-core_2.13/9.9.9/cats-core_2.13-9.9.9.pom\n[error] (update) sbt.librarymanagement.ResolveException\n##[error]Process completed with exit code 1.\n'),
    # the SDK fetch failed once, the script's own retry fetched it, then a widget test failed
    ('flutter-dart-sdk-retry-then-test',
     'Failed to retrieve the Dart SDK from: https://storage.googleapis.com/flutter_infra_release/flutter/abc/dart-sdk-linux-x64.zip\nRetrying in 10 seconds...\nDownloading Dart SDK from Flutter engine abc...\nBuilding flutter tool...\n$ flutter test\n00:04 +12 -1: test/cart_test.dart: totals [E]\n  Expected: <100>\n    Actual: <90>\n00:05 +30 -1: Some tests failed.\n##[error]Process completed with exit code 1.\n'),
    # guard: the engine artifact is not published (404)
    ('g-flutter-artifact-404',
     'Downloading Web SDK...\nFailed to download https://storage.googleapis.com/flutter_infra_release/flutter/abc/flutter-web-sdk.zip. Ensure you have network connectivity and then try again.\nException: 404\n##[error]Process completed with exit code 1.\n'),
    # guard: Homebrew resource 404
    ('g-brew-404',
     '==> Downloading https://dl.acme.com/tool-1.0.tar.gz\ncurl: (22) The requested URL returned error: 404\nError: Failed to download resource "tool"\nDownload failed: https://dl.acme.com/tool-1.0.tar.gz\n##[error]Process completed with exit code 1.\n'),
    # guard: re-tagged release
    ('g-brew-sha',
     '==> Downloading https://github.com/acme/tool/archive/v1.0.tar.gz\nError: SHA-256 mismatch\nExpected: 4f2a0000000000000000000000000000000000000000000000000000000000aa\n  Actual: 9c1e0000000000000000000000000000000000000000000000000000000000bb\n    File: /Users/runner/Library/Caches/Homebrew/downloads/abc--v1.0.tar.gz\nTo retry an incomplete download, remove the file above.\n##[error]Process completed with exit code 1.\n'),
    # guard: 404 for the package's URL
    ('g-choco-404',
     'ERROR: The remote file either doesn\'t exist, is unauthorized, or is forbidden for url \'https://dl.acme.com/tool-1.2.0.zip\'. Exception calling "GetResponse" with "0" argument(s): "The remote server returned an error: (404) Not Found."\nThe install of tool was NOT successful.\n##[error]Process completed with exit code 1.\n'),
    # guard: a folder feed the job did not create
    ('g-nuget-local',
     "/src/App/App.csproj : error NU1301: The local source '/src/artifacts/packages' doesn't exist.\n  Failed to restore /src/App/App.csproj (in 120 ms).\n##[error]Process completed with exit code 1.\n"),
    # guard: platformio.ini names a board PlatformIO does not know
    ('g-zypp-not-on-medium',
     "Retrieving package gcc-13-1.1.x86_64 (1/20), 30.0 MiB\nFile './x86_64/gcc-13-1.1.x86_64.rpm' not found on medium 'https://download.opensuse.org/tumbleweed/repo/oss/'\nAbort, retry, ignore? [a/r/i] (a): a\n##[error]Process completed with exit code 1.\n"),
    # guard: the port's hash does not match
    ('g-vcpkg-hash',
     'error: download from https://github.com/madler/zlib/archive/v1.3.tar.gz had an unexpected hash\nnote: Expected: 8a9ba2898e1d0d774eca6ba5b4627a11e5588ba85c8851336eb38de4683050a7\nnote: Actual  : 1b2c3d00000000000000000000000000000000000000000000000000000000aa\n##[error]Process completed with exit code 1.\n'),
    # guard: platformio.ini names a board PlatformIO does not know
    ('g-conan-sha',
     'zlib/1.3: Downloading zlib-1.3.tar.gz\nERROR: zlib/1.3: Error in source() method, line 40\n\tget(self, **self.conan_data["sources"][self.version])\n\tConanException: sha256 signature failed for \'zlib-1.3.tar.gz\' file.\n##[error]Process completed with exit code 1.\n'),
    # guard: an end-of-life release moved to the archive
    ('g-dnf-repomd-404',
     "Error: Failed to download metadata for repo 'appstream': Cannot download repomd.xml: Cannot download repodata/repomd.xml: All mirrors were tried\n  - Status code: 404 for http://mirror.centos.org/centos/8/AppStream/x86_64/os/repodata/repomd.xml (IP: 10.0.0.9)\n##[error]Process completed with exit code 1.\n"),
    # guard: a tag that does not exist
    ('g-docker-not-found',
     '#3 [internal] load metadata for docker.io/acme/base:9.9\n#3 ERROR: docker.io/acme/base:9.9: not found\nERROR: failed to solve: failed to resolve source metadata for docker.io/acme/base:9.9: docker.io/acme/base:9.9: not found\n##[error]Process completed with exit code 1.\n'),
    # guard: platformio.ini names a board PlatformIO does not know
    ('g-go-toolchain',
     'go: downloading go1.99.0 (linux/amd64)\ngo: download go1.99.0 for linux/amd64: toolchain not available\n##[error]Process completed with exit code 1.\n'),
    # guard: platformio.ini names a board PlatformIO does not know
    ('g-https-required',
     '[ERROR] Failed to execute goal on project app: Could not transfer artifact junit:junit:pom:4.12 from/to central (http://repo.maven.apache.org/maven2): Transfer failed for http://repo.maven.apache.org/maven2/junit/junit/4.12/junit-4.12.pom 501 HTTPS Required\n##[error]Process completed with exit code 1.\n'),
    # the apk error in the expected output of a Dockerfile linter's test (a quoted value)
    ('apk-pytest-expected-error',
     ">       assert explain(line) == 'network'\nE       AssertionError: assert 'dns' == 'network'\nE        where line = 'ERROR: https://dl-cdn.alpinelinux.org/alpine/v3.19/main: temporary error (try again later)'\nFAILED tests/test_explain.py::test_network - AssertionError: assert 'dns' == 'network'\n1 failed, 10 passed in 0.1s\n##[error]Process completed with exit code 1.\n"),
    # (xfail15) android-sdk-package-unknown reads sdkmanager's 'Failed to find package'
    ('agent-emulator-bad-image',
     "Run reactivecircus/android-emulator-runner@v2\n/usr/local/lib/android/sdk/cmdline-tools/latest/bin/sdkmanager --install 'system-images;android-99;google_apis;x86_64'\nError: Failed to find package 'system-images;android-99;google_apis;x86_64'\nemulator did not boot within the timeout\n##[error]Process completed with exit code 1.\n"),
    # transient-more: a Node test's app log of a handled TLS error, then a plain assertion (engine 15: the values 1 and 2 show no damage, the pool's line is background noise)
    ('tmore-node-handled-eof',
     '[pool] socket error: unexpected_eof_while_reading - dropping connection\n  ● pool › reuses sockets\n    expect(received).toBe(expected)\n    Expected: 1\n    Received: 2\nTests:       1 failed, 30 passed, 31 total\n##[error]Process completed with exit code 1.\n'),
    # an app's own log of a handled offline error, then an XCTest comparison failure elsewhere (xfail16: XCTest's '("90") is not equal to ("100")' is read as compared values, so the app's line is background noise)
    ('nsurl-app-log-then-xctest',
     '2024-05-01 10:00:01.123 App[4242:1234] [Sync] request failed: Error Domain=NSURLErrorDomain Code=-1009 "The Internet connection appears to be offline.", showing offline banner\nTest Case \'-[AppTests.CartTests testTotal]\' started.\n/src/AppTests/CartTests.swift:22: error: -[AppTests.CartTests testTotal] : XCTAssertEqual failed: ("90") is not equal to ("100")\nTest Case \'-[AppTests.CartTests testTotal]\' failed (0.002 seconds).\nExecuted 50 tests, with 1 failure (0 unexpected) in 1.2 (1.3) seconds\n** TEST FAILED **\n##[error]Process completed with exit code 1.\n'),
]

# Ambiguous: the project's own server or webhook failed the request; no confident rerun.
NOT_SURELY_TRANSIENT: list[tuple[str, str]] = [
    # kubectl's own apply against the project's freshly deployed CRD conversion webhook, which crashed
    ('kubectl-conversion-webhook-crash',
     '+ kubectl apply -f config/samples/\nError from server: error when creating "config/samples/v2_widget.yaml": an error on the server ("conversion webhook for example.com/v2, Kind=Widget failed: Post \\"https://widget-webhook.system.svc:443/convert\\": EOF") has prevented the request from succeeding\n##[error]Process completed with exit code 1.\n'),
    # kubectl-server-error: the project's own aggregated API server panicked on its request
    ('kubectl-aggregated-api-panic',
     '+ kubectl get widgets.metrics.acme.dev -A\nError from server (InternalError): an error on the server ("Internal Server Error: \\"/apis/metrics.acme.dev/v1/widgets\\": runtime error: invalid memory address or nil pointer dereference") has prevented the request from succeeding\n##[error]Process completed with exit code 1.\n'),
]

# The same words as trouble the job ran into (or an outage after a real entry's words that are not the failure).
TRANSIENT: list[tuple[str, str]] = [
    # guard: coursier gave up on Maven Central's 503
    ('g-coursier-retryable',
     '[error] lmcoursier.internal.shaded.coursier.error.FetchError$DownloadingArtifacts: Error fetching artifacts:\n[error] https://repo1.maven.org/maven2/org/scala-lang/scala-library/2.13.12/scala-library-2.13.12.jar: retryable HTTP error: https://repo1.maven.org/maven2/org/scala-lang/scala-library/2.13.12/scala-library-2.13.12.jar (HTTP 503)\n[error] (update) lmcoursier.internal.shaded.coursier.error.FetchError$DownloadingArtifacts: Error fetching artifacts:\n[error] Total time: 42 s\n##[error]Process completed with exit code 1.\n'),
    # guard: coursier's cache lock held by a parallel job
    ('g-coursier-locked',
     '[error] coursier.error.FetchError$DownloadingArtifacts: Error fetching artifacts:\n[error] https://repo1.maven.org/maven2/org/typelevel/cats-core_2.13/2.10.0/cats-core_2.13-2.10.0.jar: locked: /home/runner/.cache/coursier/v1/https/repo1.maven.org/maven2/org/typelevel/cats-core_2.13/2.10.0/cats-core_2.13-2.10.0.jar\n[error] (update) coursier.error.FetchError$DownloadingArtifacts\n##[error]Process completed with exit code 1.\n'),
    # guard: SwiftPM's binary target download got a 502
    ('g-swiftpm-502',
     "Fetching binary artifacts\nerror: failed downloading 'https://github.com/acme/sdk/releases/download/1.2.0/Sdk.xcframework.zip' which is required by binary target 'Sdk': badResponseStatusCode(502)\n##[error]Process completed with exit code 1.\n"),
    # guard: Carthage's download timed out
    ('g-carthage-timeout',
     '*** Downloading binary-only framework Sdk at "https://dl.acme.com/sdk.json"\nA shell task (/usr/bin/env curl) failed\nFailed to read file or folder at https://dl.acme.com/sdk.json: Error Domain=NSURLErrorDomain Code=-1001 "The request timed out."\n##[error]Process completed with exit code 1.\n'),
    # guard: pub.dev answered 503
    ('g-pub-503',
     'Resolving dependencies...\n503 Service Unavailable trying to find package collection at https://pub.dev.\npub get failed\ncommand: "/opt/flutter/bin/cache/dart-sdk/bin/dart pub get"\nexit code 69\n##[error]Process completed with exit code 1.\n'),
    # guard: the Dart SDK download failed
    ('g-flutter-dart-sdk',
     "Downloading Dart SDK from Flutter engine abc123...\ncurl: (56) OpenSSL SSL_read: Connection reset by peer, errno 104\n\nFailed to retrieve the Dart SDK from: https://storage.googleapis.com/flutter_infra_release/flutter/abc123/dart-sdk-linux-x64.zip\nIf you're located in China, please see this page:\n  https://flutter.dev/community/china\n##[error]Process completed with exit code 1.\n"),
    # guard: an engine artifact arrived damaged
    ('g-flutter-md5',
     'Downloading Linux x64 tools...\nExpected https://storage.googleapis.com/flutter_infra_release/flutter/abc/linux-x64/artifacts.zip to have md5 checksum 1B2M2Y8AsgTpgAmY7PhCfg==, but was 3q2+7w==. This may indicate a problem with your connection to the Flutter backend servers. Please re-try the download after confirming that your network connection is stable.\n##[error]Process completed with exit code 1.\n'),
    # guard: brew got a rate-limit page instead of the archive
    ('g-brew-html',
     '==> Downloading https://github.com/acme/tool/releases/download/v1/tool.tar.gz\nError: tool: SHA256 mismatch\nExpected: 4f2a0000000000000000000000000000000000000000000000000000000000aa\n  Actual: 9c1e0000000000000000000000000000000000000000000000000000000000bb\n    File: /Users/runner/Library/Caches/Homebrew/downloads/abc--tool.tar.gz\nThe start of the downloaded file is HTML/XML, not a binary. This is most likely a download error.\n##[error]Process completed with exit code 1.\n'),
    # guard: the package's file host did not answer
    ('g-choco-unreachable',
     'Downloading tool 64 bit\n  from \'https://dl.acme.com/tool-1.2.0-x64.zip\'\nERROR: The remote file either doesn\'t exist, is unauthorized, or is forbidden for url \'https://dl.acme.com/tool-1.2.0-x64.zip\'. Exception calling "GetResponse" with "0" argument(s): "The operation has timed out"\nThe install of tool was NOT successful.\nChocolatey installed 0/1 packages. 1 packages failed.\n##[error]Process completed with exit code 1.\n'),
    # guard: the only feed did not answer and the package was not found
    ('g-choco-source',
     "Installing the following packages:\nninja\nUnable to connect to source 'https://community.chocolatey.org/api/v2/':\n The remote name could not be resolved: 'community.chocolatey.org'\nninja not installed. The package was not found with the source(s) listed.\nChocolatey installed 0/1 packages. 1 packages failed.\n##[error]Process completed with exit code 1.\n"),
    # guard: restore timed out
    ('g-nuget-timeout',
     "  Determining projects to restore...\n/src/App/App.csproj : error NU1301: Unable to load the service index for source https://api.nuget.org/v3/index.json.\n/src/App/App.csproj : error NU1301:   The HTTP request to 'GET https://api.nuget.org/v3/index.json' has timed out after 100000ms.\n  Failed to restore /src/App/App.csproj (in 1.7 min).\n##[error]Process completed with exit code 1.\n"),
    # guard: every mirror 404'd on the package (mid-sync)
    ('g-dnf-mirror-404',
     '[MIRROR] gcc-13.2.1-4.fc39.x86_64.rpm: Status code: 404 for https://mirror.one.example/fedora/updates/39/x86_64/Packages/g/gcc-13.2.1-4.fc39.x86_64.rpm (IP: 10.0.0.1)\n[MIRROR] gcc-13.2.1-4.fc39.x86_64.rpm: Status code: 404 for https://mirror.two.example/fedora/updates/39/x86_64/Packages/g/gcc-13.2.1-4.fc39.x86_64.rpm (IP: 10.0.0.2)\n[FAILED] gcc-13.2.1-4.fc39.x86_64.rpm: Status code: 404 for https://mirror.two.example/fedora/updates/39/x86_64/Packages/g/gcc-13.2.1-4.fc39.x86_64.rpm (IP: 10.0.0.2)\nError: Error downloading packages:\n  gcc-13.2.1-4.fc39.x86_64: Cannot download, all mirrors were tried\n##[error]Process completed with exit code 1.\n'),
    # guard: zypper's mirror was unavailable
    ('g-zypp',
     "Retrieving repository 'repo-oss' metadata [..\nDownload (curl) error for 'https://download.opensuse.org/tumbleweed/repo/oss/repodata/repomd.xml':\nError code: Connection failed\nError message: Timeout exceeded when accessing 'https://download.opensuse.org/tumbleweed/repo/oss/repodata/repomd.xml'.\nAbort, retry, ignore? [a/r/i/...? shows all options] (a): a\n##[error]Process completed with exit code 1.\n"),
    # guard: apk index fetch failed, then no such package
    ('g-apk',
     'fetch https://dl-cdn.alpinelinux.org/alpine/v3.19/main/x86_64/APKINDEX.tar.gz\nWARNING: updating and opening https://dl-cdn.alpinelinux.org/alpine/v3.19/main: temporary error (try again later)\nERROR: unable to select packages:\n  git (no such package):\n    required by: world[git]\n##[error]Process completed with exit code 1.\n'),
    # guard: vcpkg's retries ran out on 502
    ('g-vcpkg-502',
     "Downloading https://github.com/madler/zlib/archive/v1.3.tar.gz -> madler-zlib-v1.3.tar.gz\nerror: curl operation failed with response code 502.\nerror: reached maximum number of attempts, won't retry download from https://github.com/madler/zlib/archive/v1.3.tar.gz\nerror: building zlib:x64-linux failed with: BUILD_FAILED\n##[error]Process completed with exit code 1.\n"),
    # guard: conan's download broke off
    ('g-conan',
     "zlib/1.3: Retrieving package abc from remote 'conancenter'\nERROR: zlib/1.3: Error downloading file https://center.conan.io/v2/conans/zlib/1.3/_/_/revisions/x/packages/abc/revisions/y/files/conan_package.tgz: 'Download failed, check server, possibly try again\nIncompleteRead(1048576 bytes read, 2097152 more expected)'\n##[error]Process completed with exit code 1.\n"),
    # guard: docker pull gave up on the layer
    ('g-docker-eof',
     'Pulling from library/node\na1b2c3d4e5f6: Retrying in 5 seconds\na1b2c3d4e5f6: Retrying in 4 seconds\na1b2c3d4e5f6: Retrying in 3 seconds\na1b2c3d4e5f6: Retrying in 2 seconds\na1b2c3d4e5f6: Retrying in 1 second\nunexpected EOF\n##[error]Process completed with exit code 1.\n'),
    # guard: the API server's proxy answered 503 to kubectl
    ('g-kubectl-server-error',
     '+ kubectl get pods -n ci\nError from server (InternalError): an error on the server ("<html><body><h1>503 Service Unavailable</h1>No server is available to handle this request.</body></html>") has prevented the request from succeeding (get pods)\n##[error]Process completed with exit code 1.\n'),
    # guard: Hex's tarball fetch timed out
    ('g-hex-timeout',
     'Resolving Hex dependencies...\n* Getting jason (Hex package)\n** (Mix) Package fetch failed and no cached copy available (https://repo.hex.pm/tarballs/jason-1.4.1.tar)\n  Request failed (:timeout)\n##[error]Process completed with exit code 1.\n'),
    # guard: luarocks could not download the rock
    ('g-luarocks',
     'Installing https://luarocks.org/lua-cjson-2.1.0-1.src.rock\nError: Failed downloading https://luarocks.org/lua-cjson-2.1.0-1.src.rock - failed connecting: connection timed out\n##[error]Process completed with exit code 1.\n'),
    # guard: git's fetch met the server's internal-error alert
    ('g-tls-alert',
     "fatal: unable to access 'https://git.acme.dev/org/repo.git/': error:14094438:SSL routines:ssl3_read_bytes:tlsv1 alert internal error\n##[error]Process completed with exit code 1.\n"),
    # guard: the runner's own internal error
    ('g-rerun-internal',
     'Run actions/checkout@v4\nAn internal error occurred while preparing the job. Please retry the job.\n##[error]Process completed with exit code 1.\n'),
    # guard: a transfer too slow
    ('g-tmore-too-slow',
     '+ curl -fsSL --speed-limit 1000 --speed-time 30 https://dl.acme.com/sdk.tar.gz -o sdk.tar.gz\ncurl: (28) Operation too slow. Less than 1000 bytes/sec transferred the last 30 seconds\n##[error]Process completed with exit code 1.\n'),
    # guard: a Terraform state lock held by another run
    ('g-agent-state-lock',
     '+ terraform plan -input=false\nAcquiring state lock. This may take a few moments...\n╷\n│ Error: Error acquiring the state lock\n│ \n│ Error message: ConditionalCheckFailedException: The conditional request failed\n│ Lock Info:\n│   ID:        1f2e3d4c\n│   Operation: OperationTypePlan\n╵\n##[error]Process completed with exit code 1.\n'),
    # guard: the step hit the timeout
    ('g-step-timeout',
     '[Pipeline] timeout\nTimeout set to expire in 20 min\n[Pipeline] sh\n+ npm test\n> jest --ci\nCancelling nested steps due to timeout\nSending interrupt signal to process\nFinished: ABORTED\n'),
    # a wait loop polled before kind wrote the kubeconfig, the cluster came up, then Docker Hub timed out
    ('kubeconfig-wait-loop-then-pull-timeout',
     '+ kind create cluster --wait 120s &\n+ until kubectl get nodes; do sleep 5; done\nThe connection to the server localhost:8080 was refused - did you specify the right host or port?\nNAME                 STATUS   ROLES           AGE   VERSION\nkind-control-plane   Ready    control-plane   20s   v1.29.2\n+ docker pull postgres:16\nError response from daemon: Get "https://registry-1.docker.io/v2/": net/http: request canceled while waiting for connection (Client.Timeout exceeded while awaiting headers)\n##[error]Process completed with exit code 1.\n'),
    # an old Maven log quoted in a troubleshooting doc grep, then Central's 503
    ('https-doc-then-503',
     "$ grep -rn 'HTTPS Required' docs/\ndocs/build.md:12:Old builds failed with 'Return code is: 501 , ReasonPhrase:HTTPS Required.'\n$ mvn -B verify\n[ERROR] Failed to execute goal on project app: Could not resolve dependencies for project com.acme:app:jar:1.0: Could not transfer artifact org.slf4j:slf4j-api:jar:2.0.9 from/to central (https://repo.maven.apache.org/maven2): status code: 503, reason phrase: Service Unavailable (503)\n##[error]Process completed with exit code 1.\n"),
]

# Left: generic entries outside these sections read them (each says which); strict, so a fix elsewhere shows.
LEFT: list[tuple[str, str, str]] = [
    # (the cases fix 14 read right are in tests/unit/test_fix14.py)
    # ci-agent-more: 'Killed: 9' from the project's own test that kills a child on purpose (its output), then a real failure (left: killed-137 reads bash's report of a child the test killed (unknown, no longer ci-agent-more))
    ('agent-killed9-child-then-assert', 'real',
     'test_supervisor_restarts_child ... \n./tests/fixtures/child.sh: line 3: 777 Killed: 9\nFAIL: test_supervisor_restarts_child (tests.test_supervisor.SupervisorTest)\nAssertionError: 0 != 1 : child was not restarted\nRan 12 tests in 2.1s\nFAILED (failures=1)\n##[error]Process completed with exit code 1.\n'),
]


@pytest.mark.parametrize("log", logs(REAL))
def test_reads_real(log):
    reads(log, "real")


@pytest.mark.parametrize("log", logs(NOT_SURELY_TRANSIENT))
def test_is_not_surely_transient(log):
    not_surely_transient(log)


@pytest.mark.parametrize("log", logs(TRANSIENT))
def test_reads_transient(log):
    reads(log, "transient")


@pytest.mark.xfail(strict=True, reason="left: see the comment above each LEFT case")
@pytest.mark.parametrize(("verdict", "log"), labelled(LEFT))
def test_left(verdict, log):
    reads(log, verdict)


def test_case_ids_are_unique():
    assert_unique_ids(REAL, NOT_SURELY_TRANSIENT, TRANSIENT, LEFT)
