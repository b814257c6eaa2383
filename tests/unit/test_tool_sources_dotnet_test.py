"""Eighteenth round, tool sources: .NET test running and PowerShell as CI test steps fail on them.

Covered: ``dotnet test`` through VSTest (the console logger's summary, the aborted run with its reason, the
testhost that could not be found or started, the blame collector's crash and hang dumps, "No test is
available", a filter that matched nothing), Microsoft.Testing.Platform (its run summary, "Zero tests ran",
the minimum-expected-tests policy, the crash and hang dump extensions), xUnit.net's runner reporter
(``[FAIL]``, fixture data, test timeouts, the long-running-test notice), the NUnit console (its summary,
its remote agent), MSTest's assertions, Coverlet's threshold gate, Pester 5 (``[-]`` failures,
``Expected ..., but got ...``, discovery and block failures, "Pester run failed"), the PowerShell Gallery
as ``Install-Module`` meets it (PackageManagement's "No match was found", PowerShellGet's "Unable to
resolve package source"), and the Cake and NUKE build scripts that wrap ``dotnet test``. NuGet's
restore codes (NU1101, NU1102, NU1301), the compiler's CS/MSB/NETSDK codes and VSTest's plain host crash
are in test_tool_sources_os_packages.py, test_tool_sources_windows.py and test_tool_sources_runners.py;
only near-misses beside a test run are added here.

Each case is a short log written for this test around one message as the tool prints it. The wording was
read from the tools' source (the comment above each case names the repository and file holding the
format string): microsoft/vstest, microsoft/testfx, xunit/xunit, nunit/nunit-console,
coverlet-coverage/coverlet, pester/Pester, cake-build/cake, nuke-build/nuke. PackageManagement's "No
match was found for the specified search criteria and module name" and PowerShellGet 2's "Unable to
resolve package source" rest on Microsoft's PowerShell Gallery documentation (learn.microsoft.com,
"PowerShell Gallery TLS support" and the Install-Module examples) rather than on source read here.
Hosts, projects, tests and paths are made up; no project's CI log is copied.

The rules the cases hold:
  * the host or the network failing under the run (a testhost that did not connect back in time while
    still running on a slow machine, a hang dump after the inactivity limit, a PowerShell Gallery or NuGet
    feed answering 5xx or timing out) -> transient;
  * a persistent cause (failed tests in the console logger's, xUnit's, NUnit's, MSTest's or Pester's
    report, an xUnit fixture the constructor cannot get, a testhost that is not referenced, no tests
    discovered or none matching the filter, a minimum-expected-tests policy, Coverlet's coverage under the
    threshold, a module or package that does not exist in the gallery, Pester's discovery failing on a
    script error) -> real;
  * near-misses: a test ABOUT a timeout or a crash that fails on its assertion, an application's own
    "service unavailable" compared in a test, a build script's wrapper line above a failed test run ->
    real;
  * wordings printed both for an outage and for a persistent cause (a testhost crash with no reason
    given beside a dump, the Gallery's "Unable to resolve package source" over "No match was found",
    NUnit's remote agent that exited, Microsoft.Testing.Platform's host crash) -> not surely transient.
"""

from __future__ import annotations

import pytest
from judging import assert_unique_ids, labelled, logs, not_surely_transient, reads

_GHA = "##[error]Process completed with exit code 1.\n"
_CIRCLE = "\nExited with code exit status 1\n"
_GL = "ERROR: Job failed: exit code 1\n"
_AZ = "##[error]Bash exited with code '1'.\n"

_DT = ("+ dotnet test Shop.sln --configuration Release --no-build --logger trx\n"
       "  Determining projects to restore...\n"
       "  All projects are up-to-date for restore.\n"
       "Test run for /src/tests/Shop.Tests/bin/Release/net8.0/Shop.Tests.dll (.NETCoreApp,Version=v8.0)\n"
       "VSTest version 17.11.0 (x64)\n"
       "\n"
       "Starting test execution, please wait...\n"
       "A total of 1 test files matched the specified pattern.\n")
_MTP = ("+ dotnet run --project tests/Shop.Tests -c Release -- --report-trx\n"
        "Microsoft.Testing.Platform v1.5.0+8a1b2c3d (UTC 2026-01-12) [linux-x64 - .NET 8.0.11]\n")
_PESTER = ("+ pwsh -NoProfile -Command \"Invoke-Pester -Path ./tests -CI\"\n"
           "Pester v5.6.1\n"
           "\n"
           "Starting discovery in 4 files.\n"
           "Discovery found 58 tests in 412ms.\n"
           "Running tests.\n")
_INSTALL = "+ pwsh -NoProfile -Command \"Install-Module -Name Acme.Tools -Scope CurrentUser -Force\"\n"

CASES: list[tuple[str, str, str]] = [
    # ============================================================ VSTest's console logger
    # microsoft/vstest src/vstest.console/Resources/Resources.resx (FailedTestIndicator "Failed", TestRunSummary
    # "{0} - Failed: {1}, Passed: {2}, Skipped: {3}, Total: {4}, Duration: {5}", TestRunFailed "Test Run Failed.")
    ("vstest-failed-summary-assert-equal", "real",
     _DT +
     "  Failed Shop.Tests.CartTests.Total_includes_tax [12 ms]\n"
     "  Error Message:\n"
     "   Assert.Equal() Failure: Values differ\n"
     "Expected: 107.00\n"
     "Actual:   100.00\n"
     "  Stack Trace:\n"
     "     at Shop.Tests.CartTests.Total_includes_tax() in /src/tests/Shop.Tests/CartTests.cs:line 41\n"
     "\n"
     "Failed!  - Failed:     1, Passed:   211, Skipped:     0, Total:   212, Duration: 3 s - Shop.Tests.dll (net8.0)\n"
     + _GHA),
    # the same summary with an assertion whose expected text is an HTTP 503 the application maps: the
    # application's own status compared in a test, not an outage of the job
    ("vstest-failed-compares-service-unavailable", "real",
     _DT +
     "  Failed Shop.Tests.Api.HealthTests.Reports_degraded_when_db_down [48 ms]\n"
     "  Error Message:\n"
     "   Assert.Equal() Failure: Values differ\n"
     "Expected: ServiceUnavailable\n"
     "Actual:   OK\n"
     "  Stack Trace:\n"
     "     at Shop.Tests.Api.HealthTests.Reports_degraded_when_db_down() in /src/tests/Shop.Tests/HealthTests.cs:line 22\n"
     "\n"
     "Failed!  - Failed:     1, Passed:    95, Skipped:     2, Total:    98, Duration: 1 s - Shop.Tests.dll (net8.0)\n"
     + _CIRCLE),
    # Resources.resx (NoTestsAvailableInSource "No test is available in {0}. Make sure that test discoverer &
    # executors are registered and platform & framework version settings are appropriate and try again.")
    ("vstest-no-test-available", "real",
     _DT +
     "No test is available in /src/tests/Shop.Tests/bin/Release/net8.0/Shop.Tests.dll. Make sure that test "
     "discoverer & executors are registered and platform & framework version settings are appropriate and try "
     "again.\n" + _GHA),
    # Resources.resx (NoTestsMatchingFilter "No test matches the given testcase filter `{0}` in {1}")
    ("vstest-no-test-matches-filter", "real",
     _DT.replace("--logger trx", "--filter Category=Smoke") +
     "No test matches the given testcase filter `Category=Smoke` in "
     "/src/tests/Shop.Tests/bin/Release/net8.0/Shop.Tests.dll\n" + _AZ),
    # src/Microsoft.TestPlatform.TestHostProvider/Resources/Resources.resx (CouldNotFindTesthost "Could not
    # find testhost for test source '{0}'. Verify that: - The test project references the
    # 'Microsoft.NET.Test.Sdk' NuGet package.")
    ("vstest-could-not-find-testhost", "real",
     _DT +
     "Testhost process for source(s) '/src/tests/Shop.Tests/bin/Release/net8.0/Shop.Tests.dll' exited with "
     "error: Could not find testhost for test source '/src/tests/Shop.Tests/bin/Release/net8.0/Shop.Tests.dll'.\n"
     "\n"
     "Verify that:\n"
     "  - The test project references the 'Microsoft.NET.Test.Sdk' NuGet package.\n"
     "  - The project has been built and the output is in '/src/tests/Shop.Tests/bin/Release/net8.0'.\n"
     "Test Run Aborted.\n" + _GHA),
    # src/Microsoft.TestPlatform.CrossPlatEngine/Resources/Resources.resx (ConnectionTimeoutErrorMessage ...
    # "When the timeout happened, the process {3} -{4} was still running. This most often happens because of
    # machine slowness, please set environment variable {5} to increase timeout.")
    ("vstest-testhost-connect-timeout-slowness", "transient",
     _DT +
     "vstest.console process failed to connect to testhost process after 90 seconds. When the timeout "
     "happened, the process testhost -4211 was still running. This most often happens because of machine "
     "slowness, please set environment variable VSTEST_CONNECTION_TIMEOUT to increase timeout.\n"
     "Test Run Aborted.\n" + _GHA),
    # Resources.resx (ConnectionTimeoutProcessExitedErrorMessage "... The process {3} - {4}, exited with exitCode
    # {5}, and error output: \n{6}"): the host exited at start with a missing runtime: the same on every run
    ("vstest-testhost-exited-missing-framework", "real",
     _DT +
     "vstest.console process failed to connect to testhost process after 90 seconds. The process testhost - "
     "4388, exited with exitCode -2147450730, and error output: \n"
     "You must install or update .NET to run this application.\n"
     "Framework: 'Microsoft.NETCore.App', version '9.0.0' (x64)\n"
     "The following frameworks were found:\n"
     "  8.0.11 at [/usr/share/dotnet/shared/Microsoft.NETCore.App]\n"
     "Test Run Aborted.\n" + _GHA),
    # src/Microsoft.TestPlatform.Extensions.BlameDataCollector/Resources/Resources.resx (AbortedTestRun "The
    # active Test Run was aborted because the host process exited unexpectedly. ... The test running when the
    # crash occurred: {0}") with the code's own unhandled exception above it
    ("vstest-blame-crash-unhandled-in-code", "real",
     _DT +
     "Unhandled exception. System.NullReferenceException: Object reference not set to an instance of an object.\n"
     "   at Shop.Background.Flusher.OnTick(Object state) in /src/Shop/Background/Flusher.cs:line 33\n"
     "The active Test Run was aborted because the host process exited unexpectedly. Please inspect the call "
     "stack above, if available, to get more information about where the exception originated from.\n"
     "The test running when the crash occurred: \n"
     "Shop.Tests.FlusherTests.Flushes_on_tick\n"
     "Test Run Aborted.\n" + _GHA),
    # vstest's src/vstest.console/Resources/Resources.resx (TestRunSummary) with an MSTest assertion
    # (microsoft/testfx src/TestFramework/TestFramework/Resources/FrameworkMessages.resx AreEqualFailMsg
    # "Expected:<{1}>. Actual:<{2}>. {0}")
    ("mstest-are-equal-under-dotnet-test", "real",
     _DT +
     "  Failed Parse_handles_empty [3 ms]\n"
     "  Error Message:\n"
     "   Assert.AreEqual failed. Expected:<0>. Actual:<-1>. \n"
     "  Stack Trace:\n"
     "     at Shop.Tests.ParserTests.Parse_handles_empty() in /src/tests/Shop.Tests/ParserTests.cs:line 18\n"
     "\n"
     "Failed!  - Failed:     1, Passed:    17, Skipped:     0, Total:    18, Duration: 310 ms - Shop.Tests.dll (net8.0)\n"
     + _GL),
    # NuGet's NU1301 in the restore that dotnet test runs first (NuGet/NuGet.Client NuGet.Protocol Strings.resx
    # Log_FailedToReadServiceIndex): the feed was unreachable; no test ran
    ("dotnet-test-restore-service-index-unreachable", "transient",
     "+ dotnet test Shop.sln --configuration Release\n"
     "  Determining projects to restore...\n"
     "/src/tests/Shop.Tests/Shop.Tests.csproj : error NU1301: Unable to load the service index for source "
     "https://pkgs.example.dev/nuget/v3/index.json.\n"
     "/src/tests/Shop.Tests/Shop.Tests.csproj : error NU1301:   The SSL connection could not be established, "
     "see inner exception.\n"
     "/src/tests/Shop.Tests/Shop.Tests.csproj : error NU1301:   Received an unexpected EOF or 0 bytes from the "
     "transport stream.\n"
     "  Failed to restore /src/tests/Shop.Tests/Shop.Tests.csproj (in 48.3 sec).\n" + _GHA),
    # NuGet.Commands Strings.resx (Error_NoPackageVersionsExist, NU1101) in dotnet test's restore: the
    # package does not exist
    ("dotnet-test-restore-nu1101", "real",
     "+ dotnet test Shop.sln --configuration Release\n"
     "  Determining projects to restore...\n"
     "/src/tests/Shop.Tests/Shop.Tests.csproj : error NU1101: Unable to find package Acme.Testing.Fakes. No "
     "packages exist with this id in source(s): nuget.org, pkgs.example.dev\n"
     "  Failed to restore /src/tests/Shop.Tests/Shop.Tests.csproj (in 2.1 sec).\n" + _GHA),

    # ============================================================ Microsoft.Testing.Platform
    # microsoft/testfx src/Platform/Microsoft.Testing.Platform/Resources/PlatformResources.resx
    # (TestRunSummary "Test run summary:", "  failed: {0}", "  total: {0}") and its terminal reporter's
    # "failed <test> (<duration>)" line
    ("mtp-failed-summary", "real",
     _MTP +
     "failed Shop.Tests.CartTests.Discount_applies_once (8ms)\n"
     "  Assert.AreEqual failed. Expected:<90>. Actual:<81>.\n"
     "    at Shop.Tests.CartTests.Discount_applies_once() in /src/tests/Shop.Tests/CartTests.cs:67\n"
     "\n"
     "Test run summary: Failed! - /src/tests/Shop.Tests/bin/Release/net8.0/Shop.Tests.dll (net8.0|x64)\n"
     "  total: 120\n"
     "  failed: 1\n"
     "  succeeded: 119\n"
     "  skipped: 0\n"
     "  duration: 2s 114ms\n" + _GHA),
    # PlatformResources.resx ("Zero tests ran"), exit code 8
    ("mtp-zero-tests-ran", "real",
     _MTP.replace("--report-trx", "--filter-uid 0") +
     "Test run summary: Zero tests ran - /src/tests/Shop.Tests/bin/Release/net8.0/Shop.Tests.dll (net8.0|x64)\n"
     "  total: 0\n"
     "  failed: 0\n"
     "  succeeded: 0\n"
     "  skipped: 0\n"
     "  duration: 188ms\n"
     "##[error]Process completed with exit code 8.\n"),
    # PlatformResources.resx (MinimumExpectedTestsPolicyViolation "Minimum expected tests policy violation,
    # tests ran {0}, minimum expected {1}"), exit code 9
    ("mtp-minimum-expected-tests", "real",
     _MTP.replace("--report-trx", "--minimum-expected-tests 100") +
     "Test run summary: Minimum expected tests policy violation, tests ran 42, minimum expected 100 - "
     "/src/tests/Shop.Tests/bin/Release/net8.0/Shop.Tests.dll (net8.0|x64)\n"
     "  total: 42\n"
     "  failed: 0\n"
     "  succeeded: 42\n"
     "##[error]Process completed with exit code 9.\n"),
    # src/Platform/Microsoft.Testing.Extensions.HangDump/Resources/ExtensionResources.resx ("Hang dump timeout
    # of '{0}' expired", "Dumping this process tree (from bottom):")
    ("mtp-hang-dump-timeout", "transient",
     _MTP.replace("--report-trx", "--hangdump --hangdump-timeout 15m") +
     "Hang dump timeout of '00:15:00' expired\n"
     "Dumping this process tree (from bottom):\n"
     "  4512 - Shop.Tests\n"
     "Creating dump file '/tmp/TestResults/Shop.Tests_4512_hang.dmp'\n"
     "Test run summary: Aborted - /src/tests/Shop.Tests/bin/Release/net8.0/Shop.Tests.dll (net8.0|x64)\n"
     "  total: 77\n"
     "  failed: 0\n"
     "  succeeded: 77\n"
     "##[error]Process completed with exit code 3.\n"),
    # PlatformResources.resx ("Test session is aborting due to reaching failures ('{0}') specified by the
    # '--maximum-failed-tests' option."): tests failed, the limit was the job's
    ("mtp-maximum-failed-tests", "real",
     _MTP.replace("--report-trx", "--maximum-failed-tests 3") +
     "failed Shop.Tests.OrderTests.Cancels_paid_order (5ms)\n"
     "failed Shop.Tests.OrderTests.Refunds_paid_order (4ms)\n"
     "failed Shop.Tests.OrderTests.Refunds_twice_is_noop (4ms)\n"
     "Test session is aborting due to reaching failures ('3') specified by the '--maximum-failed-tests' option.\n"
     "Test run summary: Aborted - /src/tests/Shop.Tests/bin/Release/net8.0/Shop.Tests.dll (net8.0|x64)\n"
     "  total: 31\n"
     "  failed: 3\n"
     "##[error]Process completed with exit code 13.\n"),

    # ============================================================ xUnit.net
    # xunit/xunit src/xunit.v3.runner.common/Reporters/Builtin/DefaultRunnerReporterMessageHandler.cs
    # ("    {0} [FAIL]") and src/xunit.v3.core ("The following constructor parameters did not have matching
    # fixture data: {0}")
    ("xunit-constructor-fixture-data", "real",
     "+ dotnet test tests/Shop.IntegrationTests\n"
     "[xUnit.net 00:00:00.31]   Starting:    Shop.IntegrationTests\n"
     "[xUnit.net 00:00:00.92]     Shop.IntegrationTests.OrdersApiTests.Creates_order [FAIL]\n"
     "  Failed Shop.IntegrationTests.OrdersApiTests.Creates_order [1 ms]\n"
     "  Error Message:\n"
     "   The following constructor parameters did not have matching fixture data: ApiFactory factory\n"
     "[xUnit.net 00:00:00.95]   Finished:    Shop.IntegrationTests\n"
     "Failed!  - Failed:     6, Passed:     0, Skipped:     0, Total:     6, Duration: 90 ms - Shop.IntegrationTests.dll (net8.0)\n"
     + _GHA),
    # DefaultRunnerReporterMessageHandler.cs ("    [{0}] {1}" with "Test Collection Cleanup Failure ({0})") on
    # the fixture's own exception: the fixture's code, the same on every run
    ("xunit-collection-cleanup-failure", "real",
     "+ dotnet test tests/Shop.IntegrationTests\n"
     "[xUnit.net 00:00:00.31]   Starting:    Shop.IntegrationTests\n"
     "[xUnit.net 00:00:04.10]     [Test Collection Cleanup Failure (Database collection)] "
     "System.InvalidOperationException\n"
     "[xUnit.net 00:00:04.10]       System.InvalidOperationException : Sequence contains no elements\n"
     "[xUnit.net 00:00:04.10]       Stack Trace:\n"
     "[xUnit.net 00:00:04.10]            at Shop.IntegrationTests.DbFixture.DisposeAsync()\n"
     "[xUnit.net 00:00:04.12]   Finished:    Shop.IntegrationTests\n"
     "Failed!  - Failed:     1, Passed:    22, Skipped:     0, Total:    22, Duration: 4 s - Shop.IntegrationTests.dll (net8.0)\n"
     + _CIRCLE),
    # xunit.v3.core ("Test execution timed out after {0} milliseconds") on a test whose assertion about a
    # timeout is what failed beside it: the other test decides
    ("xunit-assert-fails-beside-timeout", "real",
     "+ dotnet test tests/Shop.Tests\n"
     "[xUnit.net 00:00:00.30]   Starting:    Shop.Tests\n"
     "[xUnit.net 00:00:01.02]     Shop.Tests.QueueTests.Drains_in_order [FAIL]\n"
     "  Failed Shop.Tests.QueueTests.Drains_in_order [18 ms]\n"
     "  Error Message:\n"
     "   Assert.Equal() Failure: Collections differ\n"
     "           ↓ (pos 1)\n"
     "Expected: [1, 2, 3]\n"
     "Actual:   [1, 3, 2]\n"
     "           ↑ (pos 1)\n"
     "Failed!  - Failed:     1, Passed:    63, Skipped:     0, Total:    64, Duration: 1 s - Shop.Tests.dll (net8.0)\n"
     + _GHA),

    # ============================================================ NUnit console
    # nunit/nunit-console src/NUnitConsole/nunit4-console/ResultReporter.cs ("Test Run Summary", "Overall
    # result: ", "Test Count: ") and NUnit's own "Expected: ... But was: ..." (nunit/nunit EqualConstraintResult)
    ("nunit-console-failed-summary", "real",
     "+ nunit3-console.exe build/Shop.Tests.dll --result=TestResult.xml\n"
     "NUnit Console Runner 3.18.1 (Release)\n"
     "Errors, Failures and Warnings\n"
     "\n"
     "1) Failed : Shop.Tests.PricingTests.Rounds_half_up\n"
     "  Expected: 2.50m\n"
     "  But was:  2.49m\n"
     "   at Shop.Tests.PricingTests.Rounds_half_up() in C:\\src\\tests\\PricingTests.cs:line 30\n"
     "\n"
     "Test Run Summary\n"
     "  Overall result: Failed\n"
     "  Test Count: 140, Passed: 139, Failed: 1, Warnings: 0, Inconclusive: 0, Skipped: 0\n"
     + _AZ),
    # nunit-console src/NUnitEngine/nunit.engine/Runners/InvalidAssemblyTestRunner (via TestRunnerFactory:
    # "File not found: {0}"): the assembly was not built where the command looks
    ("nunit-console-file-not-found", "real",
     "+ nunit3-console.exe build/Release/Shop.Tests.dll\n"
     "NUnit Console Runner 3.18.1 (Release)\n"
     "Errors, Failures and Warnings\n"
     "\n"
     "1) Invalid : C:\\src\\build\\Release\\Shop.Tests.dll\n"
     "File not found: C:\\src\\build\\Release\\Shop.Tests.dll\n"
     "\n"
     "Test Run Summary\n"
     "  Overall result: Failed\n"
     "  Test Count: 0, Passed: 0, Failed: 0, Warnings: 0, Inconclusive: 0, Skipped: 0\n"
     + _AZ),

    # ============================================================ Coverlet
    # coverlet-coverage/coverlet src/coverlet.msbuild.tasks/CoverageResultTask.cs and src/coverlet.console/
    # Program.cs ("The {0} line coverage is below the specified {1}", likewise branch and method)
    ("coverlet-line-coverage-below-threshold", "real",
     "+ dotnet test /p:CollectCoverage=true /p:Threshold=80 /p:ThresholdType=line\n"
     "Passed!  - Failed:     0, Passed:   212, Skipped:     0, Total:   212, Duration: 3 s - Shop.Tests.dll (net8.0)\n"
     "\n"
     "Calculating coverage result...\n"
     "  Generating report '/src/tests/Shop.Tests/coverage.json'\n"
     "+---------+--------+--------+--------+\n"
     "| Module  | Line   | Branch | Method |\n"
     "+---------+--------+--------+--------+\n"
     "| Shop    | 71.4%  | 60.2%  | 78.9%  |\n"
     "+---------+--------+--------+--------+\n"
     "/root/.nuget/packages/coverlet.msbuild/6.0.2/build/coverlet.msbuild.targets(72,5): error : The minimum "
     "line coverage is below the specified 80 [/src/tests/Shop.Tests/Shop.Tests.csproj]\n" + _GHA),
    ("coverlet-console-branch-below-threshold", "real",
     "+ coverlet tests/Shop.Tests/bin/Release/net8.0/Shop.Tests.dll --target dotnet --targetargs \"test --no-build\" "
     "--threshold 70 --threshold-type branch\n"
     "Calculating coverage result...\n"
     "| Total   | 81.2%  | 64.0%  | 85.5%  |\n"
     "The minimum branch coverage is below the specified 70\n"
     + _CIRCLE),

    # ============================================================ Pester
    # pester/Pester src/functions/Output.ps1 ("$margin[-] $out" with the error below it, Timing "Tests
    # completed in {0}", TestsPassed "Tests Passed: {0}, ", TestsFailed "Failed: {0}, ") and
    # src/functions/assertions/Be.ps1 ("Expected <expected>, but got <actual>.")
    ("pester-be-expected-but-got", "real",
     _PESTER +
     "[-] Get-Greeting.returns the configured name 21ms (18ms|3ms)\n"
     " Expected 'Hello, Ada', but got 'Hello, '.\n"
     " at Get-Greeting -Name Ada | Should -Be 'Hello, Ada', /src/tests/Greeting.Tests.ps1:9\n"
     " at <ScriptBlock>, /src/tests/Greeting.Tests.ps1:9\n"
     "Tests completed in 1.84s\n"
     "Tests Passed: 57, Failed: 1, Skipped: 0, Inconclusive: 0, NotRun: 0\n"
     + _GHA),
    # src/functions/assertions/BeTrue.ps1 ("Expected $true,<because> but got <actual>.") and src/Main.ps1
    # ("Pester run failed, because {0} test(s) failed") under -CI (Run.Throw)
    ("pester-run-failed-because-tests-failed", "real",
     _PESTER +
     "[-] Test-Config.rejects an empty connection string 9ms (7ms|2ms)\n"
     " Expected $true, because an empty string is invalid, but got $false.\n"
     " at Test-Config -ConnectionString '' | Should -BeTrue -Because 'an empty string is invalid', "
     "/src/tests/Config.Tests.ps1:14\n"
     "Tests completed in 1.2s\n"
     "Tests Passed: 57, Failed: 1, Skipped: 0, Inconclusive: 0, NotRun: 0\n"
     "Pester run failed, because 1 test failed\n"
     + _AZ),
    # Output.ps1 ("[-] Discovery in $($Context.BlockContainer) failed with:"): the test file does not parse
    ("pester-discovery-failed-parse", "real",
     "+ pwsh -NoProfile -Command \"Invoke-Pester -Path ./tests -CI\"\n"
     "Pester v5.6.1\n"
     "\n"
     "Starting discovery in 4 files.\n"
     "[-] Discovery in /src/tests/Deploy.Tests.ps1 failed with:\n"
     "System.Management.Automation.ParseException: At /src/tests/Deploy.Tests.ps1:22 char:5\n"
     "+     It 'copies the bundle' {\n"
     "Missing closing '}' in statement block or type definition.\n"
     "Discovery found 41 tests in 380ms.\n"
     "Tests completed in 1.1s\n"
     "Tests Passed: 41, Failed: 0, Skipped: 0, Inconclusive: 0, NotRun: 0\n"
     "Container failed: 1\n"
     "  - /src/tests/Deploy.Tests.ps1\n"
     + _GHA),
    # Output.ps1 ("[-] $($Context.Block.FrameworkData.CommandUsed) $($Context.Block.Path -join '.') failed",
    # "BeforeAll \\ AfterAll failed: {0}"): the setup block threw a command the module does not export
    ("pester-beforeall-block-failed", "real",
     _PESTER +
     "[-] Describe Invoke-Deploy failed\n"
     " CommandNotFoundException: The term 'New-DeployBundle' is not recognized as a name of a cmdlet, "
     "function, script file, or executable program.\n"
     " at <ScriptBlock>, /src/tests/Deploy.Tests.ps1:4\n"
     "Tests completed in 980ms\n"
     "Tests Passed: 52, Failed: 6, Skipped: 0, Inconclusive: 0, NotRun: 0\n"
     "BeforeAll \\ AfterAll failed: 1\n"
     "  - Invoke-Deploy\n"
     + _GHA),
    # Pester's Should -Throw (src/functions/assertions/PesterThrow.ps1 "Expected an exception with message
    # like {0} to be thrown, but the message was {1}.") on a test ABOUT a timeout
    ("pester-should-throw-about-timeout", "real",
     _PESTER +
     "[-] Wait-Endpoint.throws after the timeout 3.02s (3.01s|4ms)\n"
     " Expected an exception with message like '*timed out*' to be thrown, but the message was 'Endpoint "
     "http://localhost:5050/health returned 404'.\n"
     " at { Wait-Endpoint -Uri http://localhost:5050/health -TimeoutSec 3 } | Should -Throw '*timed out*', "
     "/src/tests/Wait.Tests.ps1:11\n"
     "Tests completed in 4.6s\n"
     "Tests Passed: 57, Failed: 1, Skipped: 0, Inconclusive: 0, NotRun: 0\n"
     + _GHA),
    # Pester's -HaveCount (src/functions/assertions/HaveCount.ps1 "Expected a collection with size {0},
    # but got collection with size {1}")
    ("pester-have-count", "real",
     _PESTER +
     "[-] Get-Feature.lists the enabled features 14ms (11ms|3ms)\n"
     " Expected a collection with size 3, but got collection with size 2 @('search', 'export').\n"
     " at $features | Should -HaveCount 3, /src/tests/Feature.Tests.ps1:17\n"
     "Tests completed in 1.4s\n"
     "Tests Passed: 57, Failed: 1, Skipped: 0, Inconclusive: 0, NotRun: 0\n"
     + _CIRCLE),

    # ============================================================ PowerShell Gallery
    # PackageManagement's Find-Package via PowerShellGet 2 (learn.microsoft.com PowerShellGet Install-Module
    # docs: "PackageManagement\\Install-Package : No match was found for the specified search criteria and
    # module name '{0}'. Try Get-PSRepository to see all available registered module repositories."):
    # the name does not exist in the gallery, with no source warning above it
    ("psgallery-no-match-module-name", "real",
     _INSTALL.replace("Acme.Tools", "Acme.Tooling") +
     "PackageManagement\\Install-Package : No match was found for the specified search criteria and module "
     "name 'Acme.Tooling'. Try Get-PSRepository to see all available registered module repositories.\n"
     "At C:\\Program Files\\WindowsPowerShell\\Modules\\PowerShellGet\\1.0.0.1\\PSModule.psm1:1809 char:21\n"
     "+ ...          $null = PackageManagement\\Install-Package @PSBoundParameters\n"
     "    + CategoryInfo          : ObjectNotFound: (Microsoft.Power....InstallPackage:InstallPackage) "
     "[Install-Package], Exception\n"
     "    + FullyQualifiedErrorId : NoMatchFoundForCriteria,Microsoft.PowerShell.PackageManagement.Cmdlets."
     "InstallPackage\n" + _AZ),
    # the same for a version the gallery does not hold (-RequiredVersion)
    ("psgallery-no-match-required-version", "real",
     "+ pwsh -NoProfile -Command \"Install-Module -Name Acme.Tools -RequiredVersion 9.9.9 -Force\"\n"
     "Install-Package: No match was found for the specified search criteria and module name 'Acme.Tools'. "
     "Try Get-PSRepository to see all available registered module repositories.\n"
     + _GHA),
    # PSResourceGet (PowerShellGet 3) over HTTP: the gallery answered 503 (.NET's HttpRequestException text)
    ("psresourceget-gallery-503", "transient",
     "+ pwsh -NoProfile -Command \"Install-PSResource -Name Acme.Tools -TrustRepository\"\n"
     "Install-PSResource: Response status code does not indicate success: 503 (Service Unavailable).\n"
     + _GHA),

    # ============================================================ Cake and NUKE
    # cake-build/cake src/Cake.Core/Tooling/Tool.cs ("{0}: Process returned an error (exit code {1}).") and
    # src/Cake.Core/DefaultExecutionStrategy ("An error occurred when executing task '{0}'.") above a failed run
    ("cake-dotnet-test-failed", "real",
     "+ dotnet cake build.cake --target=Test\n"
     "========================================\n"
     "Test\n"
     "========================================\n"
     "  Failed Shop.Tests.CartTests.Total_includes_tax [12 ms]\n"
     "  Error Message:\n"
     "   Assert.Equal() Failure: Values differ\n"
     "Failed!  - Failed:     1, Passed:   211, Skipped:     0, Total:   212, Duration: 3 s - Shop.Tests.dll (net8.0)\n"
     "An error occurred when executing task 'Test'.\n"
     "Error: .NET CLI: Process returned an error (exit code 1).\n"
     + _GHA),
    # the same wrapper over a restore whose feed answered 503 (NuGet.Protocol Log_FailedToReadServiceIndex under
    # NU1301, then HttpClient's status)
    ("cake-restore-feed-503", "transient",
     "+ dotnet cake build.cake --target=Restore\n"
     "========================================\n"
     "Restore\n"
     "========================================\n"
     "  Determining projects to restore...\n"
     "/src/Shop/Shop.csproj : error NU1301: Unable to load the service index for source "
     "https://pkgs.example.dev/nuget/v3/index.json.\n"
     "/src/Shop/Shop.csproj : error NU1301:   Response status code does not indicate success: 503 "
     "(Service Unavailable).\n"
     "An error occurred when executing task 'Restore'.\n"
     "Error: .NET CLI: Process returned an error (exit code 1).\n"
     + _GHA),
    # nuke-build/nuke source/Nuke.Tooling/ProcessExtensions.cs ("Process '{0}' exited with code {1}.") and
    # source/Nuke.Build/Execution ("Target {TargetName} has thrown an exception") above a failed test run
    ("nuke-test-target-failed", "real",
     "+ ./build.sh Test\n"
     "═══════════════════════════════════════\n"
     "Test\n"
     "───────────────────────────────────────\n"
     "  Failed Shop.Tests.OrderTests.Cancels_paid_order [5 ms]\n"
     "  Error Message:\n"
     "   Expected order.Status to be OrderStatus.Cancelled, but found OrderStatus.Paid.\n"
     "Failed!  - Failed:     1, Passed:    30, Skipped:     0, Total:    31, Duration: 1 s - Shop.Tests.dll (net8.0)\n"
     "[ERR] Test: Target Test has thrown an exception\n"
     "ProcessException: Process 'dotnet' exited with code 1.\n"
     "Build failed on 01/12/2026 10:14:02. (╯°□°）╯︵ ┻━┻\n"
     + _GHA),
    # NUKE's wrapper over a test host that did not connect back on a slow agent (vstest's
    # ConnectionTimeoutErrorMessage as above)
    ("nuke-testhost-connect-timeout", "transient",
     "+ ./build.sh Test\n"
     "Test\n"
     "vstest.console process failed to connect to testhost process after 90 seconds. When the timeout "
     "happened, the process testhost -5120 was still running. This most often happens because of machine "
     "slowness, please set environment variable VSTEST_CONNECTION_TIMEOUT to increase timeout.\n"
     "Test Run Aborted.\n"
     "[ERR] Test: Target Test has thrown an exception\n"
     "ProcessException: Process 'dotnet' exited with code 1.\n"
     "Build failed on 01/12/2026 10:14:02. (╯°□°）╯︵ ┻━┻\n"
     + _GHA),

    # ============================================================ host lost under the run (added transient causes)
    # microsoft/vstest CommunicationUtilities Resources.resx (AbortedTestRun "The active test run was aborted.
    # Reason: {0}", TestHostProcessCrashed) with the kernel's OOM killer naming the testhost in the job log
    ("vstest-host-crashed-oom-killer", "transient",
     _DT +
     "[ 8123.441203] Out of memory: Killed process 4211 (testhost) total-vm:12201440kB, anon-rss:7301220kB\n"
     "The active test run was aborted. Reason: Test host process crashed\n"
     "Test Run Aborted.\n" + _GHA),
    # the same crash with Azure Pipelines' lost agent (the runner machine went away under the run)
    ("vstest-host-crashed-agent-lost", "transient",
     _DT +
     "The active test run was aborted. Reason: Test host process crashed\n"
     "##[error]We stopped hearing from agent Hosted Agent. Verify the agent machine is running and has a "
     "healthy network connection.\n"),
    # NuGet.Protocol's Log_FailedToRetrievePackage under NU1301 with .NET's socket error beneath it during
    # dotnet test's restore: a reset connection to the feed
    ("dotnet-test-restore-connection-reset", "transient",
     "+ dotnet test Shop.sln --configuration Release\n"
     "  Determining projects to restore...\n"
     "/src/tests/Shop.Tests/Shop.Tests.csproj : error NU1301: Failed to retrieve information about "
     "'Acme.Testing.Fakes' from remote source 'https://pkgs.example.dev/nuget/v3/flat/acme.testing.fakes/index.json'.\n"
     "/src/tests/Shop.Tests/Shop.Tests.csproj : error NU1301:   An error occurred while sending the request.\n"
     "/src/tests/Shop.Tests/Shop.Tests.csproj : error NU1301:   Connection reset by peer\n"
     "  Failed to restore /src/tests/Shop.Tests/Shop.Tests.csproj (in 31.9 sec).\n" + _CIRCLE),
    # NU1301 over a name the resolver could not find at that moment (.NET's SocketException text)
    ("dotnet-test-restore-dns-failure", "transient",
     "+ dotnet test Shop.sln\n"
     "  Determining projects to restore...\n"
     "/src/tests/Shop.Tests/Shop.Tests.csproj : error NU1301: Unable to load the service index for source "
     "https://api.nuget.org/v3/index.json.\n"
     "/src/tests/Shop.Tests/Shop.Tests.csproj : error NU1301:   Resource temporarily unavailable "
     "(api.nuget.org:443)\n" + _GL),
    # PSResourceGet answering 429 from the gallery (HttpRequestException's status text)
    ("psresourceget-gallery-429", "transient",
     "+ pwsh -NoProfile -Command \"Install-PSResource -Name Pester -Version 5.6.1 -TrustRepository\"\n"
     "Install-PSResource: Response status code does not indicate success: 429 (Too Many Requests).\n"
     + _GHA),
    # PowerShellGet 2's Install-Module over the gallery answering 503 (Invoke-WebRequest's WebException)
    ("install-module-gallery-503", "transient",
     _INSTALL +
     "Install-Package: The remote server returned an error: (503) Server Unavailable.\n"
     + _GHA),
    # Pester's block failure (src/functions/Output.ps1 "[-] Describe {0} failed") on an HttpRequestException from
    # a remote staging host that answered 502: the host, not the tests
    ("pester-beforeall-remote-502", "transient",
     _PESTER +
     "[-] Describe Staging smoke failed\n"
     " HttpResponseException: Response status code does not indicate success: 502 (Bad Gateway).\n"
     " at Invoke-RestMethod -Uri https://staging.example.dev/api/health, /src/tests/Smoke.Tests.ps1:3\n"
     "Tests completed in 31.2s\n"
     "Tests Passed: 0, Failed: 12, Skipped: 0, Inconclusive: 0, NotRun: 0\n"
     "BeforeAll \\ AfterAll failed: 1\n"
     "  - Staging smoke\n"
     + _GHA),
    # MSBuild's MSB4166 ("Child node \"{0}\" exited prematurely. Shutting down.") in dotnet test's build:
    # a node process killed under the build (dotnet/msbuild src/Build/Resources/Strings.resx)
    ("dotnet-test-build-child-node-exited", "transient",
     "+ dotnet test Shop.sln --configuration Release\n"
     "  Shop -> /src/Shop/bin/Release/net8.0/Shop.dll\n"
     "MSBUILD : error MSB4166: Child node \"3\" exited prematurely. Shutting down. Diagnostic information may "
     "be found in files in \"/tmp/MSBuildTempuser/\" and will be named MSBuild_*.failure.txt.\n"
     + _GHA),

    # ============================================================ more persistent causes
    # vstest.console Resources.resx (TestSourceFileNotFound "The test source file \"{0}\" provided was not found.")
    ("vstest-test-source-not-found", "real",
     "+ dotnet vstest tests/Shop.Tests/bin/Release/net8.0/Shop.Tests.dll\n"
     "VSTest version 17.11.0 (x64)\n"
     "The test source file \"/src/tests/Shop.Tests/bin/Release/net8.0/Shop.Tests.dll\" provided was not found.\n"
     + _GHA),
    # vstest.console's older plain summary (Resources.resx "Total tests: {0}", "     Failed: {0}", "Test Run
    # Failed.") with an NUnit adapter's "Expected: ... But was: ..."
    ("vstest-total-tests-nunit-adapter", "real",
     "+ vstest.console.exe build\\Shop.Tests.dll /logger:trx\n"
     "NUnit Adapter 4.6.0.0: Test execution started\n"
     "  Failed Sums_cart [21 ms]\n"
     "  Error Message:\n"
     "     Expected: 42\n"
     "  But was:  41\n"
     "NUnit Adapter 4.6.0.0: Test execution complete\n"
     "\n"
     "Test Run Failed.\n"
     "Total tests: 88\n"
     "     Passed: 87\n"
     "     Failed: 1\n"
     " Total time: 4.1 Seconds\n" + _AZ),
    # PowerShell/PSResourceGet src/code/InstallHelper.cs ("Package '{0}' with requested version range '{1}'
    # could not be installed as it was not found in any registered repositories")
    ("psresourceget-not-found-any-repository", "real",
     "+ pwsh -NoProfile -Command \"Install-PSResource -Name Acme.Tooling -TrustRepository\"\n"
     "Install-PSResource: Package 'Acme.Tooling' with requested version range '*' could not be installed as it "
     "was not found in any registered repositories\n"
     + _GHA),
    # Pester's Should -Invoke (src/functions/Mock.ps1 "Expected {0} to be called {1} times exactly, but was
    # called {2} times"): the mocked command names a web call, the assertion is the code's
    ("pester-should-invoke-rest-method", "real",
     _PESTER +
     "[-] Publish-Report.posts once per run 11ms (9ms|2ms)\n"
     " Expected Invoke-RestMethod to be called 1 times exactly, but was called 0 times\n"
     " at Should -Invoke Invoke-RestMethod -Times 1 -Exactly, /src/tests/Report.Tests.ps1:23\n"
     "Tests completed in 1.3s\n"
     "Tests Passed: 57, Failed: 1, Skipped: 0, Inconclusive: 0, NotRun: 0\n"
     + _GHA),
    # Pester's -BeExactly on strings (src/functions/assertions/BeString.ps1 "Expected strings to be the same,
    # but they were different.")
    ("pester-strings-differ", "real",
     _PESTER +
     "[-] Format-Version.pads the patch number 6ms (5ms|1ms)\n"
     " Expected strings to be the same, but they were different.\n"
     " Expected length: 6\n"
     " Actual length:   5\n"
     " Strings differ at index 4.\n"
     " Expected: '1.2.03'\n"
     " But was:  '1.2.3'\n"
     "Tests completed in 1.1s\n"
     "Tests Passed: 57, Failed: 1, Skipped: 0, Inconclusive: 0, NotRun: 0\n"
     + _GHA),
    # PackageManagement's provider bootstrap (learn.microsoft.com, "Unable to download the list of available
    # providers. Check your internet connection."): the provider list could not be fetched (an outage in
    # CI today; old Windows PowerShell without TLS 1.2 prints it too, which hosted images no longer are)
    ("psgallery-nuget-provider-download", "transient",
     "+ powershell -Command \"Install-PackageProvider -Name NuGet -MinimumVersion 2.8.5.201 -Force\"\n"
     "WARNING: Unable to download from URI 'https://go.microsoft.com/fwlink/?LinkID=627338&clcid=0x409' to ''.\n"
     "WARNING: Unable to download the list of available providers. Check your internet connection.\n"
     "Install-PackageProvider : No match was found for the specified search criteria for the provider 'NuGet'. "
     "The package provider requires 'PackageManagement' and 'Provider' tags.\n"
     + _AZ),

    # ============================================================ near-misses of this round's entries
    # microsoft/testfx HangDump ExtensionResources.resx ("Hang dump timeout of '{0}' expired") after tests had
    # already failed on their assertions: those failures decide
    ("mtp-hang-dump-after-failed-tests", "real",
     _MTP.replace("--report-trx", "--hangdump --hangdump-timeout 10m") +
     "failed Shop.Tests.OrderTests.Cancels_paid_order (5ms)\n"
     "  Assert.AreEqual failed. Expected:<Cancelled>. Actual:<Paid>.\n"
     "Hang dump timeout of '00:10:00' expired\n"
     "Creating dump file '/tmp/TestResults/Shop.Tests_4512_hang.dmp'\n"
     "Test run summary: Aborted - /src/tests/Shop.Tests/bin/Release/net8.0/Shop.Tests.dll (net8.0|x64)\n"
     "  total: 40\n"
     "  failed: 1\n"
     "##[error]Process completed with exit code 3.\n"),
    # PSResourceGet's not-found words (InstallHelper.cs) after the gallery answered 503 for the same package: the
    # lookup failed on the outage, not on the name
    ("psresourceget-503-then-not-found", "transient",
     "+ pwsh -NoProfile -Command \"Install-PSResource -Name Acme.Tools -TrustRepository\"\n"
     "Install-PSResource: Response status code does not indicate success: 503 (Service Unavailable).\n"
     "Install-PSResource: Package 'Acme.Tools' with requested version range '*' could not be installed as it "
     "was not found in any registered repositories\n"
     + _GHA),
    # Pester's summary with no failure (Output.ps1 "Tests Passed: {0}, Failed: 0, ..."), then the gallery answering
    # 503 to the publish step (PowerShellGet 2's "Failed to publish module '{0}': '{1}'." over HttpClient's status)
    ("pester-passed-then-publish-503", "transient",
     _PESTER +
     "Tests completed in 2.31s\n"
     "Tests Passed: 58, Failed: 0, Skipped: 0, Inconclusive: 0, NotRun: 0\n"
     "+ pwsh -NoProfile -Command \"Publish-Module -Path ./out/Acme.Tools -NuGetApiKey ***\"\n"
     "Publish-PSArtifactUtility: Failed to publish module 'Acme.Tools': 'Response status code does not indicate "
     "success: 503 (Service Unavailable).'.\n"
     + _GHA),
    # Pester's Be (Be.ps1 "Expected <expected>, but got <actual>.") comparing the status the job's own local
    # service returned: the service's answer is the code under test
    ("pester-compares-status-503", "real",
     _PESTER +
     "[-] Health endpoint.returns 200 when the cache is cold 38ms (35ms|3ms)\n"
     " Expected 200, but got 503.\n"
     " at (Invoke-WebRequest -Uri http://localhost:8080/health -SkipHttpErrorCheck).StatusCode | Should -Be 200, "
     "/src/tests/Health.Tests.ps1:12\n"
     "Tests completed in 1.7s\n"
     "Tests Passed: 57, Failed: 1, Skipped: 0, Inconclusive: 0, NotRun: 0\n"
     + _GHA),
    # NuGet's restore through Cake (NuGet.Protocol Log_FailedToReadServiceIndex under NU1301) from a feed that
    # wants credentials the job did not give: NU1301 over a 401 is a persistent cause
    ("cake-restore-feed-401", "real",
     "+ dotnet cake build.cake --target=Restore\n"
     "  Determining projects to restore...\n"
     "/src/Shop/Shop.csproj : error NU1301: Unable to load the service index for source "
     "https://pkgs.example.dev/_packaging/internal/nuget/v3/index.json.\n"
     "/src/Shop/Shop.csproj : error NU1301:   Response status code does not indicate success: 401 "
     "(Unauthorized).\n"
     "An error occurred when executing task 'Restore'.\n"
     "Error: .NET CLI: Process returned an error (exit code 1).\n"
     + _GHA),

]

# Words printed both for an outage and for a persistent cause: the verdict must not be surely transient.
NOT_SURELY_TRANSIENT: list[tuple[str, str]] = [
    # PowerShellGet 2 ("Unable to resolve package source '{0}'.") above PackageManagement's "No match was
    # found": the gallery unreachable for a moment, or a runner without TLS 1.2 (learn.microsoft.com, PowerShell
    # Gallery TLS support), or a proxy that blocks it: the same words
    ("psgallery-unable-to-resolve-source-no-match",
     _INSTALL +
     "WARNING: Unable to resolve package source 'https://www.powershellgallery.com/api/v2'.\n"
     "PackageManagement\\Install-Package : No match was found for the specified search criteria and module "
     "name 'Acme.Tools'. Try Get-PSRepository to see all available registered module repositories.\n"
     + _AZ),
    # microsoft/testfx src/Platform/Microsoft.Testing.Extensions.CrashDump/Resources/ExtensionResources.resx
    # ("Test host process with PID '{0}' crashed, a dump file was generated"): no reason named
    ("mtp-testhost-crashed-dump-generated",
     _MTP.replace("--report-trx", "--crashdump") +
     "Test host process with PID '4512' crashed, a dump file was generated\n"
     "The following tests were still running when the test host crashed (format: [<time-elapsed-since-start>] "
     "<name>):\n"
     "  [00:00:04.112] Shop.Tests.ImageTests.Resizes_large_png\n"
     "Test run summary: Aborted - /src/tests/Shop.Tests/bin/Release/net8.0/Shop.Tests.dll (net8.0|x64)\n"
     "##[error]Process completed with exit code 3.\n"),
    # microsoft/vstest BlameDataCollector Resources.resx (AbortedTestRun with "The test running when the crash
    # occurred:") and no exception above it: killed from outside, or the code's own Environment.FailFast
    ("vstest-blame-crash-no-reason",
     _DT +
     "The active Test Run was aborted because the host process exited unexpectedly. Please inspect the call "
     "stack above, if available, to get more information about where the exception originated from.\n"
     "The test running when the crash occurred: \n"
     "Shop.Tests.ImageTests.Resizes_large_png\n"
     "\n"
     "This test may, or may not be the source of the crash.\n"
     "Test Run Aborted.\n" + _GHA),
    # nunit/nunit-console src/NUnitEngine/nunit.engine/Agents/RemoteTestAgent ("Remote test agent exited with
    # non-zero exit code {0}"): a crash of the code or a killed agent
    ("nunit-remote-agent-exited-non-zero",
     "+ nunit3-console.exe build/Shop.Tests.dll\n"
     "NUnit Console Runner 3.18.1 (Release)\n"
     "Unhandled Exception: NUnit.Engine.NUnitEngineException: Remote test agent exited with non-zero exit "
     "code -1073741819\n"
     "   at NUnit.Engine.Runners.ProcessRunner.RunTests(ITestEventListener listener, TestFilter filter)\n"
     + _AZ),
]


@pytest.mark.parametrize(("verdict", "log"), labelled(CASES))
def test_dotnet_test_message_reads_right(verdict, log):
    reads(log, verdict)


@pytest.mark.parametrize("log", logs(NOT_SURELY_TRANSIENT))
def test_ambiguous_dotnet_test_failures_do_not_read_surely_transient(log):
    not_surely_transient(log)


def test_case_ids_are_unique():
    assert_unique_ids(CASES, NOT_SURELY_TRANSIENT)


# One line of 50,000 characters of each of these words is read by benchmarks/pattern_speed.py,
# which prints the seconds each takes (a guard against patterns that backtrack; a timing is a
# benchmark's, not a test's).
LONG_LINE_WORDS = [
    "No test is available in ",
    "The test source file \"",
    "The framework 'Microsoft.NETCore.App', version '",
    "Hang dump timeout of '",
    "failed Shop.Tests.",
    "[-] Discovery in ",
    "No match was found for the specified search criteria and module name '",
    "Package 'Acme' with requested version range '",
    "The minimum line coverage is below the specified ",
]
