"""Review 16b of the fifteenth round's desktop_installers section and the [noise] lines background_noise added (OpenTelemetry
exporters, Sentry and Datadog transports, Gradle build scans): adversarial logs, made up. A noise line must not hide the
job's own failure (a Sentry upload that is the job, an exporter test that fails); a packager that aborted because its
sign tool met a timestamp server's outage is that outage; an installer compiler's wording in a test's own output is no
compile error; a post step's outage after an installer script error is no evidence."""

from __future__ import annotations

import pytest
from judging import assert_unique_ids, labelled, logs, not_surely_transient, reads

REAL: list[tuple[str, str]] = [
    # the project's own exporter test: the exporter's line is noise, the test's want/got is the failure
    ('go-own-exporter-test-fails',
     '=== RUN   TestExporterRetries\n2026/03/02 10:07:44 traces export: context deadline exceeded\n    exporter_test.go:88: export attempts = 1, want 3\n--- FAIL: TestExporterRetries (5.01s)\nFAIL\nFAIL\texample.com/otelx/exporter\t5.2s\n##[error]Process completed with exit code 1.\n'),
    # the exporter's line in a failing test's captured log; the assertion on its result is the failure
    ('py-own-exporter-test-caplog',
     'tests/test_exporter.py F\n_____ test_export_succeeds _____\n------------------------------ Captured log call -------------------------------\nERROR    opentelemetry.exporter.otlp.proto.grpc.exporter:exporter.py:380 Failed to export traces to localhost:4317, error code: StatusCode.UNAVAILABLE\nFAILED tests/test_exporter.py::test_export_succeeds - assert <SpanExportResult.FAILURE: 1> == <SpanExportResult.SUCCESS: 0>\n========================= 1 failed, 20 passed in 3.10s =========================\n##[error]Process completed with exit code 1.\n'),
    # the job's purpose is the Sentry upload and the token is refused: the same on every run
    ('sentry-cli-upload-401',
     '+ sentry-cli releases files "$VERSION" upload-sourcemaps ./dist\n> Found 42 files\n> Analyzing 42 sources\nerror: API request failed\n  caused by: sentry reported an error: Invalid token (http status: 401)\n\nAdd --log-level=[info|debug] or export SENTRY_LOG_LEVEL=[info|debug] to see more output.\nPlease attach the full debug log to all bug reports.\n##[error]Process completed with exit code 1.\n'),
    # the SDK's debug lines are noise; the upload step's 401 is the job's own failure
    ('sentry-py-debug-then-upload-401',
     ' [sentry] DEBUG: Setting up integrations (with default = True)\n [sentry] DEBUG: Sending envelope [envelope with 1 items (error)] project:1 host:o1.ingest.sentry.example\n+ sentry-cli debug-files upload --include-sources build/\nerror: API request failed\n  caused by: sentry reported an error: Invalid token (http status: 401)\n##[error]Process completed with exit code 1.\n'),
    # the SDK's [sentry] line is noise; the app's TypeError fails the test
    ('sentry-py-error-is-the-apps-own',
     "tests/test_checkout.py F\n [sentry] ERROR: Internal error in sentry_sdk\nTraceback (most recent call last):\nTypeError: unsupported operand type(s) for +: 'int' and 'str'\nFAILED tests/test_checkout.py::test_total - TypeError: unsupported operand type(s) for +: 'int' and 'str'\n1 failed, 3 passed in 0.50s\n##[error]Process completed with exit code 1.\n"),
    # the scan's network error is noise; a test assertion failed below it
    ('gradle-scan-then-test-failure-below',
     "Publishing build scan failed due to network error 'java.net.SocketTimeoutException: Read timed out' (1 retry remaining)...\nA network error occurred.\n> Task :app:test FAILED\nCartTest > appliesCoupon() FAILED\n    org.opentest4j.AssertionFailedError: expected: <90> but was: <100>\n12 tests completed, 1 failed\nBUILD FAILED in 48s\n##[error]Process completed with exit code 1.\n"),
    # DogStatsD's refused packet is noise; an assertion failed
    ('dogstatsd-then-connection-refused-own-db',
     'ERROR:datadog.dogstatsd:Error submitting packet: [Errno 111] Connection refused, dropping the packet and closing the socket\nFAILED tests/test_repo.py::test_save - assert 0 == 1\n1 failed, 30 passed in 2.00s\n##[error]Process completed with exit code 1.\n'),
    # the OTLP exporter's 404 JSON is noise; the job ended on a lint error
    ('otel-js-json-then-eslint',
     '{"stack":"OTLPExporterError: Not Found\\n    at IncomingMessage.<anonymous>","message":"Not Found","name":"OTLPExporterError","code":404}\n/home/runner/work/a/src/x.ts\n  3:7  error  \'y\' is assigned a value but never used  no-unused-vars\n\n✖ 1 problem (1 error, 0 warnings)\n##[error]Process completed with exit code 1.\n'),
    # the Go exporter's line is noise; the build failed on an undefined name
    ('otel-go-export-then-go-build-error',
     '2026/03/02 10:07:44 traces export: exporter export timeout: rpc error: code = Unavailable desc = name resolver error: produced zero addresses\n# example.com/svc\n./main.go:12:2: undefined: tracer\n##[error]Process completed with exit code 1.\n'),
    # ISCC's sign tool found no certificate: the signing setup, the same on every run
    ('iscc-signtool-no-certificate',
     '   Running Sign Tool mysign: signtool.exe sign /fd sha256 /a "D:\\a\\app\\Output\\setup.exe"\nSignTool Error: No certificates were found that met all the given criteria.\nError: Sign Tool command failed with exit code 0x1\nCompile aborted.\n##[error]Process completed with exit code 1.\n'),
    # makensis's !finalize signing found no certificate: real
    ('makensis-finalize-cert-missing',
     'Output: "D:\\a\\app\\dist\\AppSetup.exe"\n!finalize: "signtool sign /a D:\\a\\app\\dist\\AppSetup.exe"\nSignTool Error: No certificates were found that met all the given criteria.\n!finalize: "signtool sign ..." returned 1, aborting\nError - aborting creation process\n##[error]Process completed with exit code 1.\n'),
    # notarytool judged the submission Invalid: the app's signature or entitlements
    ('notarize-invalid-status',
     '  • notarization started\nError: Failed to notarize via notarytool\n\nSubmission ID received\n  id: 2efe2717-52ef-43a5-96dc-0797e4ca1041\nProcessing complete\n  id: 2efe2717-52ef-43a5-96dc-0797e4ca1041\n  status: Invalid\n##[error]Process completed with exit code 1.\n'),
    # notarytool's credentials refused: the job's secrets
    ('notarize-401-credentials',
     'Error: Failed to notarize via notarytool\n\nError: HTTP status code: 401. Invalid credentials. Username or password is incorrect. Use the app-specific password generated at appleid.apple.com. Ensure that all authentication arguments are correct.\n##[error]Process completed with exit code 1.\n'),
    # a test comparing a packager's message failed on its assertion
    ('pytest-failing-on-packager-message-compare',
     '    def test_reports_missing_source():\n>       assert parse(out) == \'Source file "app.exe" does not exist\'\nE       AssertionError: assert \'Source file "App.exe" does not exist\' == \'Source file "app.exe" does not exist\'\nFAILED tests/test_parse.py::test_reports_missing_source - AssertionError\n1 failed, 9 passed in 0.20s\n##[error]Process completed with exit code 1.\n'),
    # Briefcase's 404 for a support package that does not exist: a wrong version
    ('briefcase-404-guard',
     '[app] Downloading support package...\nUnable to download https://briefcase-support.example.org/python/3.12/macOS/Python-3.12-macOS-support.b9.tar.gz; is the URL correct?\n##[error]Process completed with exit code 1.\n'),
    # Tauri's pinned hash no longer matches the tool it downloads: the same on every run
    ('tauri-hash-mismatch-guard',
     '       Info Verifying wix package\nDownloading https://github.com/wixtoolset/wix3/releases/download/wix3141rtm/wix314-binaries.zip\nError failed to bundle project: hash mismatch of downloaded file\n##[error]Process completed with exit code 1.\n'),
    # no GH_TOKEN: real; the cache service's 503 came in the post step after the failure
    ('eb-publish-token-then-post-cache-timeout',
     '  • publishing      publisher=Github (owner: acme, project: desk, version: 1.4.0)\n  ⨯ GitHub Personal Access Token is not set, neither programmatically, nor using env "GH_TOKEN"\n##[error]Process completed with exit code 1.\nPost job cleanup.\n##[warning]Failed to save: Cache service responded with 503\n'),
    # jlink's wording inside a JUnit expected/but-was: the test's assertion failed
    ('jlink-module-not-found-in-java-test',
     '[ERROR] Tests run: 3, Failures: 1, Errors: 0, Skipped: 0 <<< FAILURE!\n[ERROR] LauncherTest.reportsMissingModule:31 expected: <Error: Module com.acme.ui not found, required by com.acme.app> but was: <null>\n[INFO] BUILD FAILURE\n##[error]Process completed with exit code 1.\n'),
    # WiX's ICE validation failed; the cache's reset came in the post step
    ('wix-ice-then-post-cache-reset',
     'C:\\a\\app\\Product.wxs(57) : error LGHT0204 : ICE03: Invalid format string; Table: Shortcut, Column: Arguments, Key(s): AppShortcut\nDone building project "Installer.wixproj" -- FAILED.\n##[error]Process completed with exit code 1.\nPost job cleanup.\n##[warning]Failed to save: read ECONNRESET\nError: read ECONNRESET\n'),
    # a makensis script error, then the notification's timeout in the post step
    ('makensis-error-then-slack-timeout',
     'Invalid command: "SetCompresor"\nError in script "installer.nsi" on line 12 -- aborting creation process\n##[error]Process completed with exit code 1.\nPost job cleanup.\ncurl: (28) Failed to connect to hooks.slack.com port 443 after 30001 ms: Timeout was reached\n'),
    # an ISCC script error, then the cache save's reset in the post step
    ('iscc-error-then-cache-upload-reset',
     'Error on line 42 in D:\\a\\app\\setup.iss: Unknown identifier "AppVer"\nCompile aborted.\n##[error]Process completed with exit code 2.\nPost job cleanup.\n[warning]Failed to save: Unable to reserve cache with key win-cache, another job may be creating this cache.\nError: read ECONNRESET\n'),
    # choco's download retried and went through; ISCC then failed on the script
    ('outage-above-then-iscc-script-error',
     '+ choco install innosetup -y\nWARNING: Timeout while downloading https://community.chocolatey.org/api/v2/package/innosetup, retrying (attempt 2 of 3)\nThe install of innosetup was successful.\n+ iscc installer\\setup.iss\nInno Setup 6 Command-Line Compiler\nError on line 19 in D:\\a\\app\\installer\\setup.iss: Value of [Setup] section directive "AppId" is invalid.\nCompile aborted.\n##[error]Process completed with exit code 1.\n'),
    # electron-builder's download retried through; the project lacks the icon it names
    ('eb-download-long-retried-then-resource-missing',
     '  • electron-builder  version=24.13.3 os=6.5.0-1021-azure\n  • loaded configuration  file=package.json ("build" field)\n  • downloading     url=https://github.com/electron/electron/releases/download/v28.2.1/electron-v28.2.1-linux-x64.zip size=98 MB parts=8\n  • retrying        attempt=1 error=dial tcp 140.82.112.4:443: i/o timeout\n  • downloaded      url=https://github.com/electron/electron/releases/download/v28.2.1/electron-v28.2.1-linux-x64.zip duration=12s\n  • packaging       platform=linux arch=x64 electron=28.2.1 step=0\n  • packaging       platform=linux arch=x64 electron=28.2.1 step=1\n  • packaging       platform=linux arch=x64 electron=28.2.1 step=2\n  • packaging       platform=linux arch=x64 electron=28.2.1 step=3\n  • packaging       platform=linux arch=x64 electron=28.2.1 step=4\n  • packaging       platform=linux arch=x64 electron=28.2.1 step=5\n  • packaging       platform=linux arch=x64 electron=28.2.1 step=6\n  • packaging       platform=linux arch=x64 electron=28.2.1 step=7\n  • packaging       platform=linux arch=x64 electron=28.2.1 step=8\n  • packaging       platform=linux arch=x64 electron=28.2.1 step=9\n  • packaging       platform=linux arch=x64 electron=28.2.1 step=10\n  • packaging       platform=linux arch=x64 electron=28.2.1 step=11\n  ⨯ cannot find specified resource "build/icon.icns", nor relative to "/home/ci/app/build", neither relative to project dir ("/home/ci/app")\n##[error]Process completed with exit code 1.\n'),
    # (xfail 17b) was LEFT: the tail's retry line is followed by its '• downloaded': the retry went through, the log does not end on it
    ('eb-download-timeout-retried-then-resource-missing',
     '  • downloading     url=https://github.com/electron/electron/releases/download/v28.2.1/electron-v28.2.1-linux-x64.zip size=98 MB parts=8\n  • retrying        attempt=1 error=dial tcp 140.82.112.4:443: i/o timeout\n  • downloaded      url=https://github.com/electron/electron/releases/download/v28.2.1/electron-v28.2.1-linux-x64.zip duration=12s\n  ⨯ cannot find specified resource "build/icon.icns", nor relative to "/home/ci/app/build", neither relative to project dir ("/home/ci/app")\n##[error]Process completed with exit code 1.\n'),
]

TRANSIENT: list[tuple[str, str]] = [
    # the Sentry upload met the service's 502: the service's moment
    ('sentry-cli-upload-502',
     '+ sentry-cli releases files "$VERSION" upload-sourcemaps ./dist\n> Found 42 files\nerror: API request failed\n  caused by: sentry reported an error: unknown error (http status: 502)\n\nAdd --log-level=[info|debug] or export SENTRY_LOG_LEVEL=[info|debug] to see more output.\n##[error]Process completed with exit code 1.\n'),
    # tests passed; the coverage upload's connect timed out (the tracer's line is noise)
    ('ddtrace-noise-then-ci-upload-timeout',
     'ERROR:ddtrace.internal.writer.writer:failed to send traces to Datadog Agent at http://localhost:8126/v0.5/traces\n======================== 86 passed in 12.31s ========================\n+ curl -sSf --retry 2 -X POST https://uploads.example.com/coverage -F file=@coverage.xml\ncurl: (28) Operation timed out after 30001 milliseconds with 0 bytes received\n##[error]Process completed with exit code 1.\n'),
    # the runner was shut down under the job; the tracer's line is noise
    ('ddtrace-then-runner-oom',
     'Datadog Tracer v1.64.0 ERROR: lost 3 traces: Post "http://localhost:8126/v0.4/traces": dial tcp 127.0.0.1:8126: connect: connection refused\n=== RUN   TestBigSort\nsignal: killed\nFAIL\texample.com/sorter\t61.2s\n##[error]The runner has received a shutdown signal. This can happen when the runner service is stopped, or a manually started runner is canceled.\n##[error]The operation was canceled.\n'),
    # ISCC's sign tool met the timestamp server's outage twice, then 'Compile aborted.'
    ('iscc-signtool-timestamp-outage',
     '   Running Sign Tool mysign: signtool.exe sign /fd sha256 /tr http://timestamp.example.com /td sha256 /f cert.pfx "D:\\a\\app\\Output\\setup.exe"\nSignTool Error: The specified timestamp server either could not be reached or returned an invalid response.\n   Sign Tool command failed (Sign Tool command failed with exit code 0x1). Will retry (1 tries left).\n   Running Sign Tool mysign: signtool.exe sign /fd sha256 /tr http://timestamp.example.com /td sha256 /f cert.pfx "D:\\a\\app\\Output\\setup.exe"\nSignTool Error: The specified timestamp server either could not be reached or returned an invalid response.\nError: Sign Tool command failed with exit code 0x1\nCompile aborted.\n##[error]Process completed with exit code 1.\n'),
    # the same with ISCC's 'Error on line N' naming the sign tool's failure
    ('iscc-signtool-timestamp-on-line',
     '   Running Sign Tool mysign: signtool.exe sign /tr http://timestamp.example.com /td sha256 /fd sha256 /f cert.pfx "D:\\a\\app\\dist\\app.exe"\nSignTool Error: The specified timestamp server either could not be reached or returned an invalid response.\nError on line 88 in D:\\a\\app\\installer\\setup.iss: Sign Tool command failed with exit code 0x1\nCompile aborted.\n##[error]Process completed with exit code 1.\n'),
    # makensis's !finalize signtool met the timestamp outage, then aborted
    ('makensis-finalize-timestamp-outage',
     'Output: "D:\\a\\app\\dist\\AppSetup.exe"\n!finalize: "signtool sign /tr http://timestamp.example.com /td sha256 /fd sha256 /a D:\\a\\app\\dist\\AppSetup.exe"\nSignTool Error: The specified timestamp server either could not be reached or returned an invalid response.\n!finalize: "signtool sign ..." returned 1, aborting\nError - aborting creation process\n##[error]Process completed with exit code 1.\n'),
    # electron-builder's signtool met the timestamp outage
    ('eb-win-sign-timestamp-outage',
     '  • signing         file=dist\\win-unpacked\\App.exe certificateFile=build\\cert.pfx\nSignTool Error: The specified timestamp server either could not be reached or returned an invalid response.\n  ⨯ Exit code: 1. Command failed: C:\\Users\\runneradmin\\AppData\\Local\\electron-builder\\Cache\\winCodeSign\\winCodeSign-2.6.0\\windows-10\\x64\\signtool.exe sign /tr http://timestamp.example.com /td sha256 /fd sha256 /f build\\cert.pfx dist\\win-unpacked\\App.exe\n##[error]Process completed with exit code 1.\n'),
    # codesign's timestamp service not available
    ('codesign-timestamp-unavailable',
     '  • signing         file=dist/mac/App.app platform=darwin type=distribution identity=ABCDEF1234\n/Users/runner/work/app/dist/mac/App.app: The timestamp service is not available.\n  ⨯ Command failed: codesign --sign ABCDEF1234 --force --timestamp --options runtime dist/mac/App.app\n##[error]Process completed with exit code 1.\n'),
    # Tauri's signtool met the timestamp outage
    ('tauri-sign-timestamp-outage',
     '    Running light to produce D:\\a\\app\\target\\release\\bundle\\msi\\App_1.0.0_x64_en-US.msi\n        Info Signing D:\\a\\app\\target\\release\\bundle\\msi\\App_1.0.0_x64_en-US.msi with identity "ABCDEF"\nSignTool Error: The specified timestamp server either could not be reached or returned an invalid response.\nfailed to bundle project: `failed to run C:\\Program Files (x86)\\Windows Kits\\10\\bin\\10.0.22621.0\\x64\\signtool.exe`\n       Error failed to bundle project: `failed to run signtool.exe`\n##[error]Process completed with exit code 1.\n'),
    # a parser test's console.log of makensis's wording; npm publish met a 503
    ('jest-console-log-nsis-then-npm-publish-503',
     '  console.log\n    Error in script "build/installer.nsh" on line 12 -- aborting creation process\n\n      at Object.log (test/nsis-parse.test.ts:20:13)\n\nPASS test/nsis-parse.test.ts\nTests:       14 passed, 14 total\n+ npm publish\nnpm ERR! code E503\nnpm ERR! 503 Service Unavailable - PUT https://registry.npmjs.org/nsis-log-parser - Service Unavailable\n##[error]Process completed with exit code 1.\n'),
    # a passing Go test logged ISCC's wording; the runner was lost
    ('go-test-log-iscc-then-runner-lost',
     '=== RUN   TestISCCOutput\n    iscc_test.go:44: got: Error on line 12 in C:\\src\\setup.iss: Unknown identifier "Foo"\n--- PASS: TestISCCOutput (0.01s)\nok  \texample.com/innox\t0.02s\n##[error]The runner has received a shutdown signal. This can happen when the runner service is stopped, or a manually started runner is canceled.\n##[error]The operation was canceled.\n'),
    # an app's INFO line says a source file does not exist yet; the push met a DNS failure
    ('app-log-source-file-does-not-exist-then-dns',
     '[INFO] sync: Source file "/data/in/today.csv" does not exist yet, waiting\n[INFO] sync: fetched 42 rows\n+ docker push registry.example.com/app:1.2.3\nGet "https://registry.example.com/v2/": dial tcp: lookup registry.example.com on 127.0.0.53:53: server misbehaving\n##[error]Process completed with exit code 1.\n'),
    # a linter's hint quotes flatpak-builder's checksum wording; the download then timed out
    ('flatpak-wrong-checksum-in-linter-docs',
     'flatpak-builder-lint: checking manifest\n  hint: a mismatched source prints "Wrong sha256 checksum for app.tar.gz, expected abc"; update the sha256 field\nDownloading sources\nFailed to download sources: module app: Error downloading https://example.org/app.tar.gz: Timeout was reached\n##[error]Process completed with exit code 1.\n'),
    # light could not open the MSI another process held (a scanner or indexer): the catalogue's windows-file-lock, no ICE or script error
    ('wix-light-file-in-use',
     "light.exe : error LGHT0001 : The process cannot access the file 'D:\\a\\app\\bin\\Release\\App.msi' because it is being used by another process.\n##[error]Process completed with exit code 1.\n"),
    # Tauri's WiX download timed out
    ('tauri-wix-download-timeout-guard',
     '     Running candle for "main.wxs"\n        Info Downloading https://github.com/wixtoolset/wix3/releases/download/wix3141rtm/wix314-binaries.zip\nError failed to bundle project: `io: Connection timed out (os error 110)`\n##[error]Process completed with exit code 1.\n'),
    # (xfail16) msi-another-install-in-progress reads msiexec's 1618 (another installation in progress): the installer service busy, a rerun passes
    ('msiexec-1618-another-install',
     '+ msiexec /i dist\\App.msi /qn /l*v install.log\nMSI (s) (A8:3C) [10:07:44:123]: Product: App -- Error 1618. Another installation is already in progress. Complete that installation before proceeding with this install.\n##[error]Process completed with exit code 1618.\n'),
    # (generic 16b) a passing Go test's t.Log line with 'error' in it is its own words, not an assertion: codecov's 503 is the failure
    ('go-test-log-lght-then-codecov-503',
     '=== RUN   TestParseLightOutput\n    parse_test.go:31: input: light.exe : error LGHT0204 : ICE03: Invalid format string; Table: Registry, Column: Value, Key(s): reg1\n--- PASS: TestParseLightOutput (0.00s)\nPASS\nok  \texample.com/wixlog\t0.012s\n+ curl -sSf -X POST https://codecov.example.io/upload/v4 -F file=@coverage.out\ncurl: (22) The requested URL returned error: 503\n##[error]Process completed with exit code 1.\n'),
]

NOT_SURELY_TRANSIENT: list[tuple[str, str]] = [
    # an exporter's 401 alone with an exit: nothing says why the job stopped
    ('py-own-exporter-test-no-assert',
     'tests/test_exporter.py::test_export_to_collector\nERROR:opentelemetry.exporter.otlp.proto.http.trace_exporter:Failed to export batch code: 401, reason: Unauthorized\n##[error]Process completed with exit code 1.\n'),
    # the build passed; a scan that was not published does not fail a build
    ('gradle-scan-publish-only-failure',
     "BUILD SUCCESSFUL in 1m 4s\n42 actionable tasks: 42 executed\n\nPublishing build scan...\nPublishing build scan failed due to network error 'java.net.UnknownHostException: ge.example.com' (2 retries remaining)...\nPublishing build scan failed due to network error 'java.net.UnknownHostException: ge.example.com' (1 retry remaining)...\nA network error occurred.\n##[error]Process completed with exit code 1.\n"),
    # 'failed to upload logs:' is noise here; its 403 would be the job's, never transient
    ('upload-logs-step-403',
     '+ ./ci/upload-logs.sh build/logs\nfailed to upload logs: AccessDenied: Access Denied\n\tstatus code: 403, request id: 7Q2W, host id: abc\n##[error]Process completed with exit code 1.\n'),
    # WIX0217's Windows Installer service: the agent's, as often persistent as not
    ('wix4-ice-service-wix0217',
     'D:\\a\\app\\Product.wxs : error WIX0217 : Error executing ICE action \'ICE01\'. The most common cause of this kind of ICE failure is an incorrectly registered scripting engine. See https://wixtoolset.org/documentation/error217/ for details and how to solve this problem. The following string format was not expected by the external UI message logger: "The Windows Installer Service could not be accessed."\n##[error]Process completed with exit code 1.\n'),
    # LGHT0216's Win32 failure during ICE validation: the agent's rights, no rerun proposed
    ('wix-light-lght0216-win32',
     'light.exe : error LGHT0216 : An unexpected Win32 exception with error code 0x65B occurred: Function failed during execution\n##[error]Process completed with exit code 1.\n'),
    # the include the download should have made is missing: the timeout's symptom, not surely either
    ('include-download-timeout-then-iscc-include-missing',
     '+ curl -fsSL -o installer\\deps.iss https://deps.example.com/deps.iss\ncurl: (28) Failed to connect to deps.example.com port 443 after 30000 ms: Timeout was reached\n+ iscc installer\\setup.iss\nError on line 3 in D:\\a\\app\\installer\\setup.iss: Couldn\'t open include file "D:\\a\\app\\installer\\deps.iss": The system cannot find the file specified.\nCompile aborted.\n##[error]Process completed with exit code 1.\n'),
]

# Left (strict xfail): each comment gives the severity and why the fix is not in these sections' entries.
LEFT: list[tuple[str, str, str]] = [
    # low: signtool's timestamp outage that ISCC's retry got past still counts (signing-timestamp-authority-unavailable is not this section's);
    # xfail 17b: the engine's _retried_past sees the retry and its "Successfully signed" but also wants a later command of
    # the script's own, and ISCC went on inside the same command; loosening that to any later line would drop outages a
    # tool retried and then met again
    ('iscc-signtool-retry-ok-then-script-error', 'real',
     '   Running Sign Tool mysign: signtool.exe sign /tr http://timestamp.example.com /td sha256 /f cert.pfx "D:\\a\\app\\dist\\app.exe"\nSignTool Error: The specified timestamp server either could not be reached or returned an invalid response.\n   Sign Tool command failed (Sign Tool command failed with exit code 0x1). Will retry (1 tries left).\n   Running Sign Tool mysign: signtool.exe sign /tr http://timestamp.example.com /td sha256 /f cert.pfx "D:\\a\\app\\dist\\app.exe"\nDone Adding Additional Store\nSuccessfully signed: D:\\a\\app\\dist\\app.exe\n   Compressing: D:\\a\\app\\dist\\lib.dll\n   Compressing: D:\\a\\app\\dist\\lib.dll\n   Compressing: D:\\a\\app\\dist\\lib.dll\n   Compressing: D:\\a\\app\\dist\\lib.dll\n   Compressing: D:\\a\\app\\dist\\lib.dll\n   Compressing: D:\\a\\app\\dist\\lib.dll\n   Compressing: D:\\a\\app\\dist\\lib.dll\n   Compressing: D:\\a\\app\\dist\\lib.dll\n   Compressing: D:\\a\\app\\dist\\lib.dll\n   Compressing: D:\\a\\app\\dist\\lib.dll\n   Compressing: D:\\a\\app\\dist\\lib.dll\n   Compressing: D:\\a\\app\\dist\\lib.dll\n   Compressing: D:\\a\\app\\dist\\lib.dll\n   Compressing: D:\\a\\app\\dist\\lib.dll\nError on line 120 in D:\\a\\app\\setup.iss: Source file "D:\\a\\app\\dist\\missing.dll" does not exist\nCompile aborted.\n##[error]Process completed with exit code 1.\n'),
    # medium: buildScanPublishPrevious failing on the network: the noise lines hide the cause and the task's failure reads real (a line-level noise pattern cannot see the task)
    ('gradle-scan-publish-previous-task-fails', 'transient',
     "+ ./gradlew buildScanPublishPrevious\n> Task :buildScanPublishPrevious\nPublishing build scan...\nPublishing build scan failed due to network error 'java.net.SocketTimeoutException: Read timed out' (2 retries remaining)...\nPublishing build scan failed due to network error 'java.net.SocketTimeoutException: Read timed out' (1 retry remaining)...\nA network error occurred.\n\nFAILURE: Build failed with an exception.\n\n* What went wrong:\nExecution failed for task ':buildScanPublishPrevious'.\n> Publishing failed.\n\nBUILD FAILED in 52s\n##[error]Process completed with exit code 1.\n"),
]


@pytest.mark.parametrize("log", logs(REAL))
def test_reads_real(log):
    reads(log, "real")


@pytest.mark.parametrize("log", logs(TRANSIENT))
def test_reads_transient(log):
    reads(log, "transient")


@pytest.mark.parametrize("log", logs(NOT_SURELY_TRANSIENT))
def test_not_surely_transient(log):
    not_surely_transient(log)


@pytest.mark.xfail(strict=True, reason="left: see the comment above each LEFT case")
@pytest.mark.parametrize(("want", "log"), labelled(LEFT))
def test_left(want, log):
    reads(log, want)


def test_case_ids_are_unique():
    assert_unique_ids(REAL, TRANSIENT, NOT_SURELY_TRANSIENT, LEFT)
