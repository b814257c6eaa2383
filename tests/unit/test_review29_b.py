"""Review of the twenty-ninth round's quiet29 readings (review29_b): logs written to break its no-error-word readings
(gofmt/goimports listings, clang-format's -Wclang-format-violations, xcodebuild's "** TEST FAILED **", NUnit's "Overall
result: Failed", "this file needs to be formatted", Semgrep's findings count, yamllint's parsable format, SwiftLint's
error severity, a licence-header checker, dotnet format's warning codes), network-unreachable's passive "could not be
reached", Go module-cache paths in file-diagnostic, and the possessive blank runs (structure._SEGMENTS and the catalogue
patterns rewritten), tried here against the old patterns on tabs, non-breaking and other Unicode blanks, carriage
returns and line separators.

The rules the cases hold:
  * a formatter, linter or analyzer step whose tool could not be fetched, or whose findings did not fail the job (the
    job went on to another command or step: "semgrep ci" with no blocking findings, "semgrep scan" without --error,
    yamllint's warnings without --strict, dotnet format without --verify-no-changes) and a later command met the
    network -> not real;
  * xcodebuild's TEST FAILED under a runner that never came up (the simulator did not boot, the runner lost or never
    made its connection) -> not real; with a failing test listed -> real;
  * NUnit's overall Failed under a fixture's network error -> not real; under an assertion -> real;
  * "could not be reached" of a goal or a limit, of a loopback default, or of a name the tool could not parse -> not
    transient; of a server, host, registry or endpoint named with its address -> transient (or not real).
Left (strict xfails, "LEFT:" in KNOWN_MISREAD): see there; each was read the same way before quiet29.

Where the wording comes from (recalled, not read here): xcodebuild's "Testing failed:" block and its runner errors;
the NUnit console's "Test Run Summary"; Semgrep's "Ran N rules on M files: K findings." and "No blocking findings so
exiting with code 0"; yamllint's parsable format; dotnet format's WHITESPACE/FINALNEWLINE codes; SonarScanner's
"SonarQube server [<url>] can not be reached"; GitHub Actions', GitLab's and Travis's step and exit lines. Hosts,
projects, paths and values are made up; no project's CI log is copied.
"""

from __future__ import annotations

import random
import re

import pytest
from judging import assert_unique_ids, judge, labelled, signatures

from triage_agent.classify import structure
from triage_agent.classify.catalogue import builtin_catalogue

GHA = "##[error]Process completed with exit code 1.\n"
GL = "Cleaning up project directory and file based variables\nERROR: Job failed: exit code 1\n"
NUNIT_SUM = ("\nTest Run Summary\n  Overall result: Failed\n  Test Count: 42, Passed: 0, Failed: 42, Warnings: 0, "
             "Inconclusive: 0, Skipped: 0\n    Failed Tests - Failures: 0, Errors: 42, Invalid: 0\n"
             "  Start time: 2026-03-02 10:14:03Z\n    End time: 2026-03-02 10:14:41Z\n      Duration: 38.112 seconds\n")
# Every log tried, with what a senior engineer says of it: a verdict, or "not-real" (a transient failure whose log
# cannot show it was a blip: unknown or transient is right, real is wrong).
ALL: list[tuple[str, str, str]] = [
 # ---- Xcode TEST FAILED with infra causes
 ("xcode-sim-boot-failed", "not-real",
  "2026-03-02 10:11:02.118 xcodebuild[4121:88012] [MT] IDETestOperationsObserverDebug: (BAC2F1E0-77D1-4C2A) Beginning test session AcmeKitTests-BAC2F1E0\n"
  "Testing failed:\n\tUnable to boot the Simulator.\n\tAcmeKit-iOS encountered an error (Failed to prepare device 'iPhone 15' for impending launch. "
  "(Underlying Error: Unable to boot the Simulator. launchd failed to respond. (Underlying Error: Failed to start launchd_sim: could not bind to session, "
  "launchd_sim may have crashed or quit responding)))\n\n** TEST FAILED **\n\n" + GHA),
 ("xcode-runner-lost-connection", "not-real",
  "Test Suite 'All tests' started at 2026-03-02 10:12:44.081.\n"
  "Testing failed:\n\tAcmeKitTests:\n\t\tAcmeKitTests-Runner (41877) encountered an error (Lost connection to test manager service. If you believe "
  "this error represents a bug, please attach the result bundle at /Users/ci/Library/Developer/Xcode/DerivedData/AcmeKit-fxq/Logs/Test/Test-AcmeKit-2026.03.02_10-11-58-+0000.xcresult)\n\n"
  "** TEST FAILED **\n\n" + GHA),
 ("xcode-early-unexpected-exit", "not-real",
  "Testing failed:\n\tAcmeKitTests-Runner (8812) encountered an error (Early unexpected exit, operation never finished bootstrapping - no restart "
  "will be attempted. (Underlying Error: Test runner exited before starting test execution.))\n\n** TEST FAILED **\n\n" + GHA),
 ("xcode-runner-hung-before-connection", "not-real",
  "Testing failed:\n\tAcmeKitTests-Runner (3310) encountered an error (The test runner hung before establishing connection.)\n\n** TEST FAILED **\n\n"
  "Testing started\n" + GHA),
 ("xcode-real-failing-tests", "real",
  "Test Case '-[LedgerTests.BalanceTests testRoundsHalfEven]' started.\n"
  "/Users/ci/work/ledger/Tests/LedgerTests/BalanceTests.swift:41: error: -[LedgerTests.BalanceTests testRoundsHalfEven] : "
  "XCTAssertEqual failed: (\"10.24\") is not equal to (\"10.25\")\n"
  "Test Case '-[LedgerTests.BalanceTests testRoundsHalfEven]' failed (0.004 seconds).\n"
  "Failing tests:\n\tLedgerTests:\n\t\tBalanceTests.testRoundsHalfEven()\n\n** TEST FAILED **\n\n" + GHA),
 ("xcode-test-failed-bare", "real",
  "Test Suite 'LedgerTests.xctest' failed at 2026-03-02 10:14:01.220.\n\t Executed 118 tests, with 1 failure (0 unexpected) in 3.881 (3.902) seconds\n"
  "Failing tests:\n\tLedgerTests:\n\t\tImportTests.testParsesOfxFile()\n\n** TEST FAILED **\n\n" + GHA),
 ("xcode-spm-resolve-network-then-test-failed", "not-real",
  "Resolve Package Graph\nxcodebuild: error: Could not resolve package dependencies:\n  Failed to clone repository https://git.acme.example/ios/AcmeNetworking.git:\n"
  "    Cloning into bare repository '/Users/ci/Library/Caches/org.swift.swiftpm/repositories/AcmeNetworking-3a1f'...\n"
  "    fatal: unable to access 'https://git.acme.example/ios/AcmeNetworking.git/': Could not resolve host: git.acme.example\n\n** TEST FAILED **\n\n" + GHA),
 ("xcode-xcresult-timeout-allowance", "not-real",
  "Testing failed:\n\tAcmeUITests-Runner (5521) encountered an error (Timed out while loading Accessibility.)\n\tTest runner never began executing tests after launching. "
  "If you believe this error represents a bug, please attach the result bundle\n\n** TEST FAILED **\n\n" + GHA),
 # ---- NUnit Overall result: Failed
 ("nunit-fixture-dns-outage", "not-real",
  "Errors, Failures and Warnings\n\n1) SetUp Error : Acme.Billing.Tests.InvoiceApiTests\nOneTimeSetUp: System.Net.Http.HttpRequestException : "
  "Resource temporarily unavailable (sandbox-api.billing.example:443)\n  ----> System.Net.Sockets.SocketException : Resource temporarily unavailable\n"
  "   at System.Net.Http.HttpConnectionPool.ConnectToTcpHostAsync(String host, Int32 port, HttpRequestMessage initialRequest, Boolean async, CancellationToken cancellationToken)\n"
  "   at Acme.Billing.Tests.InvoiceApiTests.StartSession() in /builds/acme/billing/tests/InvoiceApiTests.cs:line 31\n" + NUNIT_SUM + GL),
 ("nunit-fixture-service-unavailable", "not-real",
  "1) SetUp Error : Acme.Search.Tests.IndexTests\nOneTimeSetUp: Elastic.Transport.TransportException : Request failed to execute. Call: Status code 503 from: "
  "PUT /acme-test-index. ServerError: Type: cluster_block_exception Reason: \"blocked by: [SERVICE_UNAVAILABLE/2/no master];\"\n" + NUNIT_SUM + GHA),
 ("nunit-real-assert", "real",
  "1) Failed : Acme.Billing.Tests.TaxTests.AppliesReducedRate\n  Expected: 7.00m\n  But was:  19.00m\n"
  "   at Acme.Billing.Tests.TaxTests.AppliesReducedRate() in /builds/acme/billing/tests/TaxTests.cs:line 58\n" + NUNIT_SUM + GL),
 ("nunit-overall-failed-bare", "real",
  "Run Settings\n    DisposeRunners: True\n    WorkDirectory: /builds/acme/billing\n" + NUNIT_SUM + GL),
 ("nunit-timeout-connecting-db", "not-real",
  "1) Error : Acme.Orders.Tests.RepoTests.SavesOrder\nNpgsql.NpgsqlException : Exception while connecting\n  ----> System.TimeoutException : "
  "The operation has timed out.\n   at Npgsql.Internal.NpgsqlConnector.Connect(NpgsqlTimeout timeout)\n" + NUNIT_SUM + GHA),
 # ---- Semgrep
 ("semgrep-rules-fetch-502", "not-real",
  "$ semgrep ci --config p/ci --error\nFetching rules from https://semgrep.dev/c/p/ci\n"
  "Failed to download configuration from https://semgrep.dev/c/p/ci HTTP 502.\n" + GL),
 ("semgrep-nonblocking-findings-then-upload-timeout", "not-real",
  "$ semgrep ci\nScan Status\n  Scanning 88 files tracked by git with 312 Code rules\n\nRan 312 rules on 88 files: 3 findings.\n"
  "No blocking findings so exiting with code 0\nUploading findings to https://semgrep.dev/api/agent/scans/55012/findings_and_ignores\n"
  "Error: HTTPSConnectionPool(host='semgrep.dev', port=443): Read timed out. (read timeout=30)\n" + GL),
 ("semgrep-findings-blocking", "real",
  "$ semgrep scan --config .semgrep/ --error\n  src/api/export.py\n     python.lang.security.audit.subprocess-shell-true\n"
  "        Found 'subprocess' function 'run' with 'shell=True'.\n         42┆ subprocess.run(cmd, shell=True)\n\n"
  "Ran 48 rules on 131 files: 1 finding.\n" + GL),
 ("semgrep-findings-then-sarif-upload-503", "not-real",
  "Ran 312 rules on 88 files: 2 findings.\n##[group]Run github/codeql-action/upload-sarif@v3\n##[endgroup]\nUploading results\n"
  "##[error]Upload failed: Server responded with status 503 Service Unavailable\n" + GHA),
 # ---- yamllint / SwiftLint / dotnet format warnings beside a transient failure
 ("yamllint-warnings-then-helm-repo-timeout", "not-real",
  "$ yamllint -f parsable charts/\ncharts/web/values.yaml:14:81: [warning] line too long (96 > 80 characters) (line-length)\n"
  "charts/web/Chart.yaml:3:1: [warning] missing document start \"---\" (document-start)\n"
  "$ helm dependency update charts/web\nHang tight while we grab the latest from your chart repositories...\n"
  "Error: could not download https://charts.acme.example/common-1.4.2.tgz: Get \"https://charts.acme.example/common-1.4.2.tgz\": "
  "dial tcp 198.51.100.21:443: i/o timeout\n" + GL),
 ("yamllint-error-real", "real",
  "$ yamllint -f parsable .\n.github/workflows/ci.yml:22:7: [error] wrong indentation: expected 4 but found 6 (indentation)\n" + GL),
 ("yamllint-test-fixture-in-pytest", "real",
  "tests/test_lint.py::test_reports F\nE       AssertionError: assert 'cfg.yml:1:1: [error] syntax error (syntax)' == 'cfg.yml:1:1: [warning] syntax error (syntax)'\n"
  "FAILED tests/test_lint.py::test_reports - AssertionError\n" + GHA),
 ("swiftlint-warning-then-pod-cdn-503", "not-real",
  "Linting 'Sources/App/Feed.swift' (12/240)\n/Users/ci/app/Sources/App/Feed.swift:44:121: warning: Line Length Violation: Line should be 120 "
  "characters or less; currently it has 131 characters (line_length)\nDone linting! Found 1 violation, 0 serious in 240 files.\n"
  "$ pod install --repo-update\nUpdating local specs repositories\n[!] CDN: trunk URL couldn't be downloaded: https://cdn.cocoapods.org/all_pods_versions_2_2_2.txt "
  "Response: 503 Service Unavailable\n" + GHA),
 ("swiftlint-error-real", "real",
  "/Users/ci/app/Sources/App/Feed.swift:44:5: error: Force Cast Violation: Force casts should be avoided (force_cast)\n"
  "Done linting! Found 1 violation, 1 serious in 240 files.\n" + GHA),
 ("dotnet-format-warn-then-nuget-timeout", "not-real",
  "$ dotnet format --verify-no-changes --severity warn --no-restore\n"
  "/builds/acme/api/src/Api/Startup.cs(9,1): warning WHITESPACE: Fix whitespace formatting. Replace 2 characters with '\\n'. [/builds/acme/api/src/Api/Api.csproj]\n"
  "$ dotnet restore\n  Determining projects to restore...\n/usr/share/dotnet/sdk/8.0.204/NuGet.targets(156,5): error : Unable to load the service index for source "
  "https://nuget.acme.example/v3/index.json. [/builds/acme/api/Api.sln]\n/usr/share/dotnet/sdk/8.0.204/NuGet.targets(156,5): error :   The SSL connection could not be established, see inner exception. [/builds/acme/api/Api.sln]\n"
  "/usr/share/dotnet/sdk/8.0.204/NuGet.targets(156,5): error :   Unable to read data from the transport connection: Connection reset by peer. [/builds/acme/api/Api.sln]\n" + GL),
 ("dotnet-format-whitespace-real", "real",
  "$ dotnet format whitespace --verify-no-changes\n/builds/acme/api/src/Api/Startup.cs(9,1): warning WHITESPACE: Fix whitespace formatting. Replace 2 characters with '\\n'. "
  "[/builds/acme/api/src/Api/Api.csproj]\n/builds/acme/api/src/Api/Program.cs(31,2): warning FINALNEWLINE: Fix final newline. Insert '\\n'. "
  "[/builds/acme/api/src/Api/Api.csproj]\n" + GL),
 # ---- formatter "needs to be formatted"
 ("elm-format-needs-formatting-real", "real",
  "$ npx elm-format --validate src/\nThis file needs to be formatted: src/Page/Login.elm\n" + GHA),
 ("formatter-binary-download-fails", "not-real",
  "$ npx elm-format@0.8.7 --validate src/\nnpm error code ECONNRESET\nnpm error network aborted\nnpm error network This is a problem related to network connectivity.\n"
  "npm error network In most cases you are behind a proxy or have bad network settings.\n" + GHA),
 ("needs-formatted-in-test-expectation", "real",
  "  ● formatter › reports unformatted files\n\n    expect(received).toBe(expected) // Object.is equality\n\n"
  "    Expected: \"2 files need to be formatted\"\n    Received: \"1 file needs to be formatted\"\n\nTests:       1 failed, 48 passed, 49 total\n" + GHA),
 ("clang-format-violation-real", "real",
  "src/net/socket.cpp:77:9: error: code should be clang-formatted [-Wclang-format-violations]\n    if(fd<0){\n        ^\n" + GHA),
 ("clang-format-download-fails", "not-real",
  "$ pip install clang-format==17.0.6\nWARNING: Retrying (Retry(total=0, connect=None, read=None, redirect=None, status=None)) after connection broken by "
  "'ReadTimeoutError(\"HTTPSConnectionPool(host='pypi.acme.example', port=443): Read timed out. (read timeout=15)\")': /simple/clang-format/\n"
  "ERROR: Could not find a version that satisfies the requirement clang-format==17.0.6 (from versions: none)\nERROR: No matching distribution found for clang-format==17.0.6\n" + GHA),
 ("license-header-real", "real",
  "INFO Loading configuration from file: .licenserc.yaml\nERROR the following files don't have a valid license header: \nsrc/main/java/org/acme/Ledger.java\n" + GHA),
 ("license-header-checker-image-pull-timeout", "not-real",
  "Unable to find image 'ghcr.io/acme-tools/license-eye:0.6.0' locally\ndocker: Error response from daemon: Get \"https://ghcr.io/v2/\": net/http: "
  "request canceled while waiting for connection (Client.Timeout exceeded while awaiting headers).\n" + GHA),
 # ---- gofmt
 ("gofmt-listing-gitlab-real", "real",
  "$ gofmt -l . | tee /tmp/fmt.txt\ninternal/queue/worker.go\n$ test ! -s /tmp/fmt.txt\n" + GL),
 ("gofmt-listing-jenkins-real", "real",
  "+ gofmt -s -l ./cmd ./internal\ninternal/auth/token.go\n+ test -z internal/auth/token.go\nscript returned exit code 1\n"),
 ("goimports-install-proxy-timeout", "not-real",
  "$ go install golang.org/x/tools/cmd/goimports@v0.21.0\ngo: golang.org/x/tools/cmd/goimports@v0.21.0: golang.org/x/tools@v0.21.0: Get "
  "\"https://proxy.golang.org/golang.org/x/tools/@v/v0.21.0.info\": dial tcp 142.250.0.1:443: i/o timeout\n$ test -z \"$(goimports -l .)\"\n"
  "/bin/bash: line 142: goimports: command not found\n" + GL),
 ("gofmt-listing-then-runner-system-failure", "not-real",
  "$ gofmt -l . | tee /tmp/fmt.txt\n$ go test ./...\nok  \tgit.acme.example/queue/internal/queue\t0.412s\n"
  "ERROR: Job failed (system failure): aborted: terminated\n"),
 ("gha-gofmt-run-block-then-silent-curl", "not-real",
  "##[group]Run test -z \"$(gofmt -l .)\"\n\x1b[36;1mtest -z \"$(gofmt -l .)\"\x1b[0m\n\x1b[36;1mcurl -sf -o /dev/null https://status.acme.example/ping\x1b[0m\n"
  "shell: /usr/bin/bash -e {0}\n##[endgroup]\n##[error]Process completed with exit code 6.\n"),
 # ---- could not be reached
 ("coverage-service-target-not-reached", "real",
  "[INFO] --- jacoco:0.8.11:check (coverage-check) @ billing-service ---\n[WARNING] Rule violated for bundle billing-service: lines covered ratio is 0.71, but expected minimum is 0.80\n"
  "[ERROR] Coverage goal for service billing-service could not be reached: 71% < 80%\n[INFO] BUILD FAILURE\n"
  "[ERROR] Failed to execute goal org.jacoco:jacoco-maven-plugin:0.8.11:check (coverage-check) on project billing-service: Coverage checks have not been met. See log for details.\n" + GHA),
 ("test-expects-host-unreachable-message", "real",
  "=================================== FAILURES ===================================\n___________________ test_health_reports_unreachable_host ___________________\n"
  "    def test_health_reports_unreachable_host():\n        report = check(\"db.invalid\")\n"
  ">       assert report.message == \"host db.invalid could not be reached\"\nE       AssertionError: assert 'db.invalid: check skipped' == 'host db.invalid could not be reached'\n"
  "E         - host db.invalid could not be reached\nE         + db.invalid: check skipped\n\ntests/test_health.py:18: AssertionError\n"
  "FAILED tests/test_health.py::test_health_reports_unreachable_host - AssertionError: assert 'db.invalid: check skipped' == 'host db.invalid could not be reached'\n"
  "========================= 1 failed, 211 passed in 9.02s =========================\n" + GHA),
 ("jest-expected-server-unreachable", "real",
  "  ● StatusBanner › shows the outage text\n\n    expect(received).toHaveTextContent()\n\n"
  "    Expected element to have text content:\n      The server could not be reached. Retrying…\n    Received:\n      Loading…\n\n"
  "      41 |     render(<StatusBanner state=\"offline\" />);\n    > 42 |     expect(screen.getByRole('status')).toHaveTextContent('The server could not be reached. Retrying…');\n"
  "         |                                        ^\n\nTests:       1 failed, 97 passed, 98 total\n" + GHA),
 ("sonar-default-localhost-not-configured", "real",
  "INFO: Scanner configuration file: /opt/sonar-scanner/conf/sonar-scanner.properties\nINFO: Project root configuration file: /builds/acme/web/sonar-project.properties\n"
  "ERROR: Error during SonarScanner execution\nERROR: SonarQube server [http://localhost:9000] can not be reached\n" + GL),
 ("sonar-malformed-url", "real",
  "ERROR: Error during SonarScanner execution\nERROR: SonarQube server [htps://sonar.acme.example] can not be reached\n"
  "Caused by: java.net.MalformedURLException: unknown protocol: htps\n" + GL),
 ("sonar-server-outage", "transient",
  "INFO: Scanner configuration file: /opt/sonar-scanner/conf/sonar-scanner.properties\nERROR: Error during SonarScanner execution\n"
  "ERROR: SonarQube server [https://sonar.acme.example] can not be reached\nCaused by: Failed to connect to sonar.acme.example/203.0.113.40:443\n"
  "Caused by: Connection timed out\n" + GL),
 ("consensus-among-service-replicas-not-reached", "real",
  "--- FAIL: TestRaftElection (2.04s)\n    raft_test.go:88: quorum among service replicas could not be reached: got 1 vote, want 2\nFAIL\n"
  "FAIL\tgit.acme.example/kv/raft\t2.113s\n" + GHA),
 ("rollout-desired-state-service-not-reached", "real",
  "Waiting for deployment \"web\" rollout to finish: 0 of 3 updated replicas are available...\n"
  "error: desired state for service web could not be reached: container web: Error: secret \"web-env\" not found\n" + GHA),
 ("config-host-invalid-name", "real",
  "Error: invalid configuration: registry host 'registry.acme.example:5000/' could not be reached: parse \"https://registry.acme.example:5000//v2/\": invalid character in host name\n" + GHA),
 ("sla-endpoint-target-not-reached", "real",
  "k6 run load/checkout.js\n     ✗ http_req_duration.............: avg=812ms p(95)=1.9s\n"
  "ERRO[0061] thresholds on metrics 'http_req_duration' have been crossed\nThe latency target for endpoint /checkout could not be reached (p95 1.9s > 800ms)\n" + GHA),
 ("server-could-not-be-reached-outage-plain", "transient",
  "Publishing build scan...\nThe Gradle Enterprise server at https://ge.acme.example could not be reached: Connect timed out\n"
  "FAILURE: Build failed with an exception.\n* What went wrong:\nCould not resolve all files for configuration ':app:compileClasspath'.\n"
  "> Could not resolve com.acme:core:2.4.1.\n  > Could not get resource 'https://maven.acme.example/releases/com/acme/core/2.4.1/core-2.4.1.pom'.\n"
  "     > Could not GET 'https://maven.acme.example/releases/com/acme/core/2.4.1/core-2.4.1.pom'.\n        > Connect timed out\n" + GHA),
 # ---- Go module cache path
 ("go-modcache-truncated-file-after-cache-restore", "not-real",
  "Cache restored from key: go-mod-linux-3f9a1c\n$ go build ./...\n/home/runner/go/pkg/mod/github.com/acme/ledgerkit@v1.10.9/store/conn.go:88:1: expected declaration, found 'EOF'\n"
  "/home/runner/go/pkg/mod/github.com/acme/ledgerkit@v1.10.9/store/conn.go: unexpected EOF\n" + GHA),
 ("go-modcache-real-incompatible", "real",
  "# github.com/acme/ledgerkit/store\n/home/runner/go/pkg/mod/github.com/acme/ledgerkit@v1.10.9/store/conn.go:88:12: undefined: sql.NullInt16\n" + GHA),
 ("go-modcache-warning-then-timeout", "not-real",
  "/home/runner/go/pkg/mod/github.com/acme/ledgerkit@v1.10.9/store/conn.go:12:2: warning: \"sql.NullInt\" is deprecated\n"
  "go: downloading git.acme.example/kit v1.2.0\ngo: git.acme.example/kit@v1.2.0: Get \"https://proxy.golang.org/git.acme.example/kit/@v/v1.2.0.zip\": net/http: TLS handshake timeout\n" + GHA),
 # ---- blanks: tabs / NBSP at line starts
 ("mocha-title-timeout-tab-indented", "real",
  "  1) api\n\t\tretries the upload after timeout of 2000ms exceeded:\n     AssertionError: expected 2 to equal 3\n      at Context.<anonymous> (test/upload.spec.js:44:12)\n\n  312 passing (9s)\n  1 failing\n" + GHA),
 ("mocha-real-async-timeout-nbsp", "not-real",
  "  1) queue\n       drains on shutdown:\n\u00a0\u00a0\u00a0\u00a0 Error: Timeout of 2000ms exceeded. For async tests and hooks, ensure \"done()\" is called; if returning a Promise, ensure it resolves. (/work/test/queue.spec.js)\n"
  "      at listOnTimeout (node:internal/timers:573:17)\n\n  211 passing (14s)\n  1 failing\n" + GHA),
 ("cpanm-timed-out-tab", "not-real",
  "--> Working on Net::Acme\nBuilding and testing Net-Acme-1.04 ...\n\t! Timed out (> 1800s). Use --verbose to retry.\n! Installing Net::Acme failed. See /home/ci/.cpanm/work/1709/build.log for details. Retry with --force to force install it.\n" + GHA),
 ("hypothesis-unreliable-nbsp-indented", "not-real",
  "FAILED tests/test_codec.py::test_roundtrip - hypothesis.errors.Flaky: ...\n\u00a0\u00a0| hypothesis.errors.FlakyFailure: Inconsistent results: An example failed on the first run but now succeeds (or fails with another error, or is for some reason not runnable).\n"
  "========================= 1 failed, 88 passed in 31.22s =========================\n" + GHA),
 ("go-ambiguous-import-tab-indented-test", "real",
  "--- FAIL: TestResolve (0.01s)\n\tresolve_test.go:40: go build failed:\n\t\t    main.go:4:2: ambiguous import: found package example.org/m/p in multiple modules\nFAIL\n"
  "FAIL\tgit.acme.example/tool/resolve\t0.318s\n" + GHA),
]
ALL += [
 ("registry-host-not-reached-timeout", "transient",
  "$ docker push registry.acme.example/web:4f2a91c\nThe push refers to repository [registry.acme.example/web]\n"
  "Error: registry host registry.acme.example could not be reached (dial tcp 203.0.113.9:443: i/o timeout)\n" + GL),
 ("vault-endpoint-in-parens-not-reached", "not-real",
  "$ ./ci/fetch-secrets.sh\nERROR: endpoint (https://vault.acme.example/v1/sys/health) could not be reached after 5 attempts\n" + GL),
 ("host-quoted-can-not-be-reached-retrying", "not-real",
  "WARN: host 'db-primary.acme.example' can not be reached, retrying (3/3)\nERROR: giving up on migration: host 'db-primary.acme.example' can not be reached\n" + GHA),
 ("semgrep-error-findings-then-after-script", "real",
  "$ semgrep scan --config .semgrep/ --error\n  src/api/export.py\n     python.lang.security.audit.subprocess-shell-true\n"
  "        Found 'subprocess' function 'run' with 'shell=True'.\n\nRan 48 rules on 131 files: 1 finding.\n"
  "Running after_script\nRunning after script...\n$ rm -rf .semgrep-cache\n" + GL),
 ("semgrep-zero-findings-then-network", "not-real",
  "Ran 48 rules on 131 files: 0 findings.\n$ curl -sSf -X POST https://findings.acme.example/api/upload -d @semgrep.json\n"
  "curl: (28) Failed to connect to findings.acme.example port 443 after 30001 ms: Timeout was reached\n" + GL),
 ("nunit-failed-child-real", "real",
  "1) Failed : Acme.Geo.Tests.DistanceTests.HaversineKm\n  Expected: 343.5d +/- 0.1d\n  But was:  343.91d\n"
  "   at Acme.Geo.Tests.DistanceTests.HaversineKm() in /builds/acme/geo/tests/DistanceTests.cs:line 22\n\nTest Run Summary\n  Overall result: Failed(Child)\n"
  "  Test Count: 12, Passed: 11, Failed: 1, Warnings: 0, Inconclusive: 0, Skipped: 0\n" + GL),
]
ALL += [
 ("yamllint-truthy-warning-then-helm-timeout", "not-real",
  "$ yamllint -f parsable deploy/\ndeploy/values.yaml:7:10: [warning] truthy value should be one of [false, true] (truthy)\n"
  "$ helm dependency update deploy/chart\nError: could not download https://charts.acme.example/common-1.4.2.tgz: Get \"https://charts.acme.example/common-1.4.2.tgz\": "
  "dial tcp 198.51.100.21:443: i/o timeout\n" + GL),
 ("yamllint-error-gha-then-always-step", "real",
  "##[group]Run yamllint -f github .\n##[endgroup]\n.github/workflows/release.yml:18:9: [error] duplication of key \"runs-on\" in mapping (key-duplicates)\n"
  + GHA + "##[group]Run actions/upload-artifact@v4\n##[endgroup]\nWith the provided path, there will be 1 file uploaded\n"),
 ("dotnet-format-verify-gha-then-always-step", "real",
  "##[group]Run dotnet format --verify-no-changes --severity warn\n##[endgroup]\n"
  "/home/runner/work/api/api/src/Api/Program.cs(31,2): warning FINALNEWLINE: Fix final newline. Insert '\\n'. [/home/runner/work/api/api/src/Api/Api.csproj]\n"
  + GHA + "##[group]Run actions/upload-artifact@v4\n##[endgroup]\nWith the provided path, there will be 1 file uploaded\n"),
 ("semgrep-findings-travis-then-next-command", "real",
  "$ semgrep scan --config p/default --error\nRan 201 rules on 77 files: 2 findings.\nThe command \"semgrep scan --config p/default --error\" exited with 1.\n"
  "$ ./ci/notify.sh\nThe command \"./ci/notify.sh\" exited with 0.\n\nDone. Your build exited with 1.\n"),
]

KNOWN_MISREAD: dict[str, str] = {
    "yamllint-warnings-then-helm-repo-timeout": (
        "LEFT: yamllint's warning 'line too long (96 > 80 characters)' is read by lint-wording's line-length words "
        "(before quiet29 too), whose patterns do not know which tool printed them or whether the job went on"),
    "swiftlint-warning-then-pod-cdn-503": (
        "LEFT: SwiftLint's 'Done linting! Found 1 violation, 0 serious' reads as platform-build-error and its warning as "
        "lint-as-warning (both before quiet29): a run with no serious violation exits 0, but a --strict run prints the "
        "same lines"),
    "gha-gofmt-run-block-then-silent-curl": (
        "LEFT: a run block whose gofmt check passed and whose later silent 'curl -sf' failed (exit 6) prints only the "
        "echoed script: structure's formatter shape reads the echoed gofmt (before quiet29 too); the exit code alone "
        "cannot tell which line failed"),
    "go-modcache-truncated-file-after-cache-restore": (
        "LEFT: a module-cache file cut short after a cache restore ('expected declaration, found EOF') reads as a syntax "
        "error (syntax-error, before quiet29 too); the same words come from a dependency's broken source"),
    "cpanm-timed-out-tab": (
        "LEFT: cpanm's watchdog '! Timed out (> 1800s)' under a module's build reads real by cpanm-install-failed (as "
        "before quiet29, with or without the tab: the possessive rewrite matches the same); a hung test or a slow host"),
}


def _reads(verdict: str, log: str):
    v = judge(log)
    if verdict == "not-real":
        assert v.verdict != "real", (v.confidence, v.rationale)
    else:
        assert v.verdict == verdict, (v.confidence, v.rationale)
    return v


@pytest.mark.parametrize(("verdict", "log"), labelled(ALL, KNOWN_MISREAD))
def test_review29_b_reads_right(verdict: str, log: str) -> None:
    _reads(verdict, log)


def test_review29_b_ids_unique() -> None:
    assert_unique_ids(ALL)
    assert set(KNOWN_MISREAD) <= {cid for cid, _, _ in ALL}


def _case(case_id: str) -> str:
    return next(log for cid, _, log in ALL if cid == case_id)


# --- the reasons behind the fixed verdicts ------------------------------------------------------------------------

@pytest.mark.parametrize("case_id", ["coverage-service-target-not-reached", "sla-endpoint-target-not-reached",
                                     "sonar-default-localhost-not-configured", "config-host-invalid-name",
                                     "sonar-malformed-url"])
def test_could_not_be_reached_of_a_goal_a_loopback_or_a_bad_name_is_no_outage(case_id: str) -> None:
    v = judge(_case(case_id))
    assert "network-unreachable" not in signatures(v) and v.verdict != "transient", v.rationale


@pytest.mark.parametrize("case_id", ["sonar-server-outage", "vault-endpoint-in-parens-not-reached",
                                     "host-quoted-can-not-be-reached-retrying"])
def test_could_not_be_reached_of_a_named_server_still_reads_as_unreachable(case_id: str) -> None:
    assert "network-unreachable" in signatures(judge(_case(case_id)))


@pytest.mark.parametrize("case_id", ["semgrep-nonblocking-findings-then-upload-timeout",
                                     "semgrep-findings-then-sarif-upload-503"])
def test_semgrep_findings_the_job_went_past_are_no_lint_verdict(case_id: str) -> None:
    assert "static-analyzer-findings-summary" not in signatures(judge(_case(case_id)))


@pytest.mark.parametrize("case_id", ["semgrep-findings-blocking", "semgrep-error-findings-then-after-script",
                                     "semgrep-findings-travis-then-next-command"])
def test_semgrep_findings_that_failed_the_step_still_read(case_id: str) -> None:
    v = judge(_case(case_id))
    assert "static-analyzer-findings-summary" in signatures(v) and v.verdict == "real", v.rationale


@pytest.mark.parametrize(("case_id", "read"), [("dotnet-format-warn-then-nuget-timeout", False),
                                               ("yamllint-truthy-warning-then-helm-timeout", False),
                                               ("dotnet-format-whitespace-real", True),
                                               ("dotnet-format-verify-gha-then-always-step", True),
                                               ("yamllint-error-real", True),
                                               ("yamllint-error-gha-then-always-step", True)])
def test_lint_warnings_read_only_where_the_job_stopped_on_them(case_id: str, read: bool) -> None:
    assert ("lint-as-warning" in signatures(judge(_case(case_id)))) is read


def test_xcode_runner_that_hung_before_connecting_is_no_test_failure() -> None:
    v = judge(_case("xcode-runner-hung-before-connection"))
    assert "ci-agent-more" in signatures(v) and v.verdict == "transient", v.rationale


# --- the possessive blank runs against the old patterns, on other blanks ------------------------------------------

_BLANKS = (" ", "  ", "\t", "\n", "\r", "\r\n", "\xa0", "\u2003", "\u3000", "\x0b", "\x0c", "\x1c", "\u2028", "\u0085")
_TOKENS = _BLANKS + ("!", "|", "+", "-", "#~", "x", "E", "foo.bar: ", ":", "hypothesis.errors.", "ambiguous import: found",
                     "timeout of 20ms exceeded", "Timed out (> 30s). Use --verbose to retry", 'msgid "', 'msgstr[1] "',
                     "Unreliable test timings! On an initial run, this test took ",
                     "Hypothesis test_x(a=1) produces unreliable results: Falsified on the first call but did not on a "
                     "subsequent one", "Inconsistent results: An example failed on the first run but now succeeds",
                     "DeadlineExceeded: Test took 12.5ms, which exceeds the deadline of 10.0ms", "FAILED t.py::x - ")
_REWRITTEN = ("solver-conflict", "async-test-timeout", "transient-wording", "gettext-catalog-check-failed",
              "property-test-nondeterministic")


def _possessive_pairs() -> list[tuple[str, re.Pattern[str], re.Pattern[str]]]:
    cat = builtin_catalogue()
    pairs = []
    for entry in _REWRITTEN:
        sig = cat.get(entry)
        assert sig is not None
        for pattern in [*sig.patterns, *sig.unless]:
            if isinstance(pattern, re.Pattern) and ("*+" in pattern.pattern or "++" in pattern.pattern
                                                    or "}+" in pattern.pattern):
                old = pattern.pattern.replace("*+", "*").replace("++", "+").replace("}+", "}")
                pairs.append((entry, pattern, re.compile(old, pattern.flags)))
    return pairs


def test_every_possessive_blank_rewrite_matches_as_its_old_form_on_unicode_blanks() -> None:
    """All eight rewritten patterns (the four Hypothesis ones too), on tabs, NBSP, ideographic and other blanks."""
    pairs = _possessive_pairs()
    assert len(pairs) == 8
    rnd = random.Random(2929)
    for entry, new, old in pairs:
        for _ in range(6_000):
            text = "".join(rnd.choice(_TOKENS) for _ in range(rnd.randint(0, 10)))
            assert [m.span() for m in new.finditer(text)] == [m.span() for m in old.finditer(text)], (entry, text)


_OLD_SEGMENTS = re.compile(r"\s*(?:&&|\|\||;|\|)\s*|\b(?:then|do|else)\b")


def test_segments_split_as_before_on_unicode_blanks() -> None:
    rnd = random.Random(29)
    tokens = _BLANKS + ("&", "&&", "|", "||", ";", "a", "then", "do", "else", "é", "fi")
    for _ in range(30_000):
        command = "".join(rnd.choice(tokens) for _ in range(rnd.randint(0, 14)))
        assert structure._SEGMENTS.split(command) == _OLD_SEGMENTS.split(command), repr(command)
