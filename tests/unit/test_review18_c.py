"""Review 18c of the eighteenth round's dotnet_test and jvm_tests sections (and the older entries they widened:
memory-exhausted, test-worker-lost, syntax-error, network-timeout, transfer-dropped): adversarial logs, made up.
A test's heap error beside a Gradle daemon the host killed is the host's memory; vstest's blame lines beside an OOM
kill or a lost agent stay transient; Microsoft.Testing.Platform's failed lines of an attempt its retry extension
passed later are no failure; a Docker disk the job capped itself (dind on a sized tmpfs) and a hang dump limit of
seconds the job set are not the runner's; a TLS handshake to the tests' own Kestrel on loopback is the job's server.
Guards: step wrappers' and scripts' echoes of the runners' words, outages beside Pester and Coverlet, Maven and
Gradle runs whose tests never ran because a download failed."""

from __future__ import annotations

import pytest
from judging import assert_unique_ids, judge, logs, not_surely_transient, reads

# vstest under --blame: the run's start, and the crash collector's report naming the test that was running
_BLAME_START = (
    '+ dotnet test Shop.sln --configuration Release --no-build --blame\n'
    'Test run for /src/tests/Shop.Tests/bin/Release/net8.0/Shop.Tests.dll (.NETCoreApp,Version=v8.0)\n'
    'VSTest version 17.11.0 (x64)\n'
    '\n'
    'Starting test execution, please wait...\n'
    'A total of 1 test files matched the specified pattern.\n'
)
_BLAME_CRASH = (
    'The active Test Run was aborted because the host process exited unexpectedly. Please inspect the call stack above, if available, to get more information about where the exception originated from.\n'
    'The test running when the crash occurred: \n'
    'Shop.Tests.ImageTests.Resizes_large_png\n'
    '\n'
    'This test may, or may not be the source of the crash.\n'
    'Test Run Aborted.\n'
)

REAL: list[tuple[str, str]] = [
    # a test outgrew the test JVM's heap the build sized (Gradle's FAILED block), nothing of the host's
    ('gradle-heap-oom-only',
     '> Task :reports:test\n'
     '\n'
     'PdfExportTest > exportsTenThousandPages() FAILED\n'
     '    java.lang.OutOfMemoryError: Java heap space\n'
     '        at java.base/java.util.Arrays.copyOf(Arrays.java:3541)\n'
     '\n'
     '48 tests completed, 1 failed\n'
     '\n'
     '> Task :reports:test FAILED\n'
     '\n'
     'FAILURE: Build failed with an exception.\n'
     '\n'
     '* What went wrong:\n'
     "Execution failed for task ':reports:test'.\n"
     '> There were failing tests. See the report at: file:///w/build/reports/tests/test/index.html\n'
     '##[error]Process completed with exit code 1.\n'),
    # Surefire's trimmed summary of a test's own heap error, no kill or lost runner
    ('sf-trimmed-summary-oom-only',
     '[ERROR] Errors: \n'
     '[ERROR]   ExportIT.bigExport:88 » OutOfMemory Java heap space\n'
     '[ERROR] Tests run: 40, Failures: 0, Errors: 1, Skipped: 0\n'
     '[INFO] BUILD FAILURE\n'
     '[INFO] ------------------------------------------------------------------------\n'
     '##[error]Process completed with exit code 1.\n'),
    # a test's heap error, then a cache save reset in the post job: the test's failure stands (read transient before the round)
    ('sf-heap-oom-then-cache-upload-reset',
     '[INFO] Running acme.reports.PdfExportTest\n'
     '[ERROR] Tests run: 6, Failures: 0, Errors: 1, Skipped: 0, Time elapsed: 41.2 s <<< FAILURE! -- in acme.reports.PdfExportTest\n'
     '[ERROR] acme.reports.PdfExportTest.exportsTenThousandPages -- Time elapsed: 38.9 s <<< ERROR!\n'
     'java.lang.OutOfMemoryError: Java heap space\n'
     '\tat java.base/java.util.Arrays.copyOf(Arrays.java:3541)\n'
     '[ERROR] Tests run: 212, Failures: 0, Errors: 1, Skipped: 0\n'
     '[INFO] BUILD FAILURE\n'
     '[INFO] ------------------------------------------------------------------------\n'
     'Post job cleanup.\n'
     '/usr/bin/tar --posix -cf cache.tzst\n'
     'Warning: Failed to save: read ECONNRESET\n'
     '##[error]Process completed with exit code 1.\n'),
    # the code's own Environment.FailFast above vstest's blame crash: the code's crash (read transient before the round)
    ('blame-failfast-code',
     _BLAME_START +
     'Process terminated. Invariant broken: ledger balance negative\n'
     '   at System.Environment.FailFast(System.String)\n'
     '   at Shop.Ledger.Post(Entry e) in /src/Shop/Ledger.cs:line 88\n'
     + _BLAME_CRASH +
     '##[error]Process completed with exit code 1.\n'),
    # the code's stack overflow above the blame crash
    ('blame-stack-overflow',
     _BLAME_START +
     'Stack overflow.\n'
     '   Repeat 19000 times:\n'
     '   at Shop.Tree.Depth(Node)\n'
     + _BLAME_CRASH +
     '##[error]Process completed with exit code 1.\n'),
    # the retry extension failed in all attempts: the test fails every time
    ('mtp-retry-exhausted',
     '+ dotnet run --project tests/Shop.Tests -c Release -- --retry-failed-tests 1\n'
     'Microsoft.Testing.Platform v1.5.0+8a1b2c3d (UTC 2026-01-12) [linux-x64 - .NET 8.0.11]\n'
     'failed Shop.Tests.ClockTests.Ticks_once (1s 02ms)\n'
     '  Assert.AreEqual failed. Expected:<1>. Actual:<2>.\n'
     'Test run summary: Failed! - /src/tests/Shop.Tests/bin/Release/net8.0/Shop.Tests.dll (net8.0|x64)\n'
     'Tests suite failed, total failed tests: 1, exit code: 2, attempt: 1/2\n'
     'failed Shop.Tests.ClockTests.Ticks_once (1s 01ms)\n'
     '  Assert.AreEqual failed. Expected:<1>. Actual:<2>.\n'
     'Test run summary: Failed! - /src/tests/Shop.Tests/bin/Release/net8.0/Shop.Tests.dll (net8.0|x64)\n'
     'Tests suite failed, total failed tests: 1, exit code: 2, attempt: 2/2\n'
     'Tests suite failed in all 2 attempts\n'
     '##[error]Process completed with exit code 1.\n'),
    # a snapshot repository's metadata timed out (a warning Maven goes past), the -Dtest pattern matched nothing (read transient before the round)
    ('sf-no-tests-with-harmless-snapshot-warning',
     '[WARNING] Could not transfer metadata acme:parent:1.0-SNAPSHOT/maven-metadata.xml from/to snapshots (https://snap.example.org/maven2): Connect timed out\n'
     '[INFO] --- maven-surefire-plugin:3.2.5:test (default-test) @ orders ---\n'
     '[ERROR] No tests matching pattern "RefundTest#refundsTwice" were executed! (Set -Dsurefire.failIfNoSpecifiedTests=false to ignore this error.)\n'
     '[INFO] BUILD FAILURE\n'
     '[INFO] ------------------------------------------------------------------------\n'
     '##[error]Process completed with exit code 1.\n'),
    # Failsafe's "No tests to run!" as the goal's error: the build's configuration
    ('failsafe-no-tests-docs',
     '[INFO] --- maven-failsafe-plugin:3.2.5:verify (default) @ api ---\n'
     '[ERROR] Failed to execute goal org.apache.maven.plugins:maven-failsafe-plugin:3.2.5:verify (default) on project api: No tests to run! -> [Help 1]\n'
     '##[error]Process completed with exit code 1.\n'),
    # a feed's TLS drop in restore warnings, then a C# syntax error the job ended on
    ('nu1301-eof-then-cs-error',
     '  Determining projects to restore...\n'
     'warning NU1801: Unable to load the service index for source https://pkgs.example.dev/nuget/v3/index.json.\n'
     '  The SSL connection could not be established, see inner exception.\n'
     '  Received an unexpected EOF or 0 bytes from the transport stream.\n'
     '/src/Shop/Cart.cs(41,18): error CS1002: ; expected [/src/Shop/Shop.csproj]\n'
     '##[error]Process completed with exit code 1.\n'),
    # the TLS handshake the test made to its own Kestrel on loopback failed: the job's server and certificate (read transient since the EOF line no longer read as a syntax error)
    ('xunit-kestrel-loopback-tls-eof',
     '+ dotnet test tests/Api.Tests\n'
     'info: Microsoft.Hosting.Lifetime[14]\n'
     '      Now listening on: https://127.0.0.1:5001\n'
     '[xUnit.net 00:00:02.11]     Api.Tests.HttpsTests.Serves_over_tls [FAIL]\n'
     '  Failed Api.Tests.HttpsTests.Serves_over_tls [210 ms]\n'
     '  Error Message:\n'
     '   System.Net.Http.HttpRequestException : The SSL connection could not be established, see inner exception.\n'
     '---- System.IO.IOException : Received an unexpected EOF or 0 bytes from the transport stream.\n'
     '  Stack Trace:\n'
     '     at Api.Tests.HttpsTests.Serves_over_tls() in /src/tests/Api.Tests/HttpsTests.cs:line 31\n'
     'Failed!  - Failed:     1, Passed:    44, Skipped:     0, Total:    45, Duration: 3 s - Api.Tests.dll (net8.0)\n'
     '##[error]Process completed with exit code 1.\n'),
]

TRANSIENT: list[tuple[str, str]] = [
    # a test's heap error and then the Gradle daemon killed under the build: the host ran out of memory (read unknown after the round)
    ('gradle-heap-oom-daemon-disappeared',
     '> Task :reports:test\n'
     '\n'
     'PdfExportTest > exportsTenThousandPages() FAILED\n'
     '    java.lang.OutOfMemoryError: Java heap space\n'
     '        at java.base/java.util.Arrays.copyOf(Arrays.java:3541)\n'
     '\n'
     '48 tests completed, 1 failed\n'
     '\n'
     'FAILURE: Build failed with an exception.\n'
     '\n'
     '* What went wrong:\n'
     'Gradle build daemon disappeared unexpectedly (it may have been killed or may have crashed)\n'
     '\n'
     'BUILD FAILED in 4m 2s\n'
     '##[error]Process completed with exit code 1.\n'),
    # the fork was SIGKILLed (137) after the heap error: the host's memory
    ('sf-heap-oom-then-fork-137',
     '[INFO] Running acme.reports.PdfExportTest\n'
     '[ERROR] Tests run: 6, Failures: 0, Errors: 1, Skipped: 0, Time elapsed: 41.2 s <<< FAILURE! -- in acme.reports.PdfExportTest\n'
     '[ERROR] acme.reports.PdfExportTest.exportsTenThousandPages -- Time elapsed: 38.9 s <<< ERROR!\n'
     'java.lang.OutOfMemoryError: Java heap space\n'
     '\tat java.base/java.util.Arrays.copyOf(Arrays.java:3541)\n'
     '[ERROR] Crashed tests:\n'
     '[ERROR] acme.reports.PdfExportTest\n'
     '[INFO] BUILD FAILURE\n'
     '[INFO] ------------------------------------------------------------------------\n'
     '[ERROR] Failed to execute goal org.apache.maven.plugins:maven-surefire-plugin:3.2.5:test (default-test) on project reports: \n'
     '[ERROR] ExecutionException The forked VM terminated without properly saying goodbye. VM crash or System.exit called?\n'
     '[ERROR] Command was /bin/sh -c cd /builds/reports && /opt/java/bin/java -Xmx6g -jar surefirebooter-5.jar\n'
     '[ERROR] Process Exit Code: 137\n'
     '##[error]Process completed with exit code 1.\n'),
    # the kernel's OOM killer took the JVM: the host's memory
    ('sf-heap-oom-dmesg-kill',
     '[ 9012.114] Out of memory: Killed process 3321 (java) total-vm:9123440kB, anon-rss:6301220kB\n'
     '[INFO] Running acme.reports.PdfExportTest\n'
     '[ERROR] Tests run: 6, Failures: 0, Errors: 1, Skipped: 0, Time elapsed: 41.2 s <<< FAILURE! -- in acme.reports.PdfExportTest\n'
     '[ERROR] acme.reports.PdfExportTest.exportsTenThousandPages -- Time elapsed: 38.9 s <<< ERROR!\n'
     'java.lang.OutOfMemoryError: Java heap space\n'
     '\tat java.base/java.util.Arrays.copyOf(Arrays.java:3541)\n'
     '[ERROR] Errors: \n'
     '[ERROR]   PdfExportTest.exportsTenThousandPages:52 » OutOfMemory Java heap space\n'
     '[ERROR] Tests run: 212, Failures: 0, Errors: 1, Skipped: 0\n'
     '[INFO] BUILD FAILURE\n'
     '[INFO] ------------------------------------------------------------------------\n'
     '##[error]Process completed with exit code 1.\n'),
    # the Gradle test executor ended on 137: killed from outside
    ('gradle-heap-oom-exit-137',
     '> Task :reports:test\n'
     '\n'
     'PdfExportTest > exportsTenThousandPages() FAILED\n'
     '    java.lang.OutOfMemoryError: Java heap space\n'
     '        at java.base/java.util.Arrays.copyOf(Arrays.java:3541)\n'
     '\n'
     "Process 'Gradle Test Executor 3' finished with non-zero exit value 137\n"
     'This problem might be caused by incorrect test process configuration.\n'
     '> Task :reports:test FAILED\n'
     '\n'
     'FAILURE: Build failed with an exception.\n'
     '\n'
     '* What went wrong:\n'
     "Execution failed for task ':reports:test'.\n"
     "> Process 'Gradle Test Executor 3' finished with non-zero exit value 137\n"
     '##[error]Process completed with exit code 1.\n'),
    # the runner shut down under the run
    ('gradle-heap-oom-runner-shutdown',
     '> Task :reports:test\n'
     '\n'
     'PdfExportTest > exportsTenThousandPages() FAILED\n'
     '    java.lang.OutOfMemoryError: Java heap space\n'
     '        at java.base/java.util.Arrays.copyOf(Arrays.java:3541)\n'
     '\n'
     '##[error]The runner has received a shutdown signal. This can happen when the runner service is stopped, or a manually started runner is canceled.\n'
     '##[error]The operation was canceled.\n'),
    # the kernel's OOM killer took vstest's testhost; the blame collector's crash lines are no code's crash
    ('blame-oom-dmesg',
     _BLAME_START +
     '[ 8123.441203] Out of memory: Killed process 4211 (testhost) total-vm:12201440kB, anon-rss:7301220kB\n'
     + _BLAME_CRASH +
     '##[error]Process completed with exit code 1.\n'),
    # Azure Pipelines lost the agent under the blame crash
    ('blame-agent-lost',
     _BLAME_START +
     _BLAME_CRASH +
     '##[error]We stopped hearing from agent Hosted Agent. Verify the agent machine is running and has a healthy network connection.\n'),
    # GitHub's hosted runner lost communication under the blame crash
    ('blame-gha-lost-comm',
     _BLAME_START +
     _BLAME_CRASH +
     '##[error]The hosted runner: GitHub Actions 12 lost communication with the server. Anything in your workflow that terminates the runner process, starves it for CPU/Memory, or blocks its network access can cause this error.\n'),
    # MTP's retry extension passed the suite on attempt 2; the job failed on a coverage upload's 503 (read real after the round)
    ('mtp-retry-passed-then-upload-503',
     '+ dotnet run --project tests/Shop.Tests -c Release -- --retry-failed-tests 3\n'
     'Microsoft.Testing.Platform v1.5.0+8a1b2c3d (UTC 2026-01-12) [linux-x64 - .NET 8.0.11]\n'
     'failed Shop.Tests.ClockTests.Ticks_once (1s 02ms)\n'
     '  Assert.AreEqual failed. Expected:<1>. Actual:<2>.\n'
     'Tests suite failed, total failed tests: 1, exit code: 2, attempt: 1/4\n'
     'Test run summary: Passed! - /src/tests/Shop.Tests/bin/Release/net8.0/Shop.Tests.dll (net8.0|x64)\n'
     '  total: 120\n'
     '  failed: 0\n'
     'Tests suite completed successfully in 2 attempts\n'
     '+ curl -sSf -X POST --data-binary @coverage.xml https://cov.example.io/upload\n'
     'curl: (22) The requested URL returned error: 503\n'
     '##[error]Process completed with exit code 1.\n'),
    # a step wrapper's "failed <step> (<time>)" echo under a connect timeout: no MTP test
    ('wrapper-failed-underscore-name-timeout',
     '+ ./ci/step.sh fetch_assets\n'
     'curl: (28) Connection timed out after 30001 milliseconds\n'
     'failed fetch_assets (30.2s)\n'
     '##[error]Process completed with exit code 1.\n'),
    # a script's Write-Host source line with Pester's words, then a 503
    ('pester-echo-in-script',
     '+ pwsh -File ./ci/run-tests.ps1\n'
     'Write-Host "Tests Passed: $($r.PassedCount), Failed: $($r.FailedCount), "\n'
     'Invoke-WebRequest: Response status code does not indicate success: 503 (Service Unavailable).\n'
     '##[error]Process completed with exit code 1.\n'),
    # Pester passed; publishing met the Gallery's 503
    ('pester-summary-passed-then-psgallery-503',
     '+ pwsh -NoProfile -Command "Invoke-Pester -Path ./tests -CI"\n'
     'Pester v5.6.1\n'
     '\n'
     'Starting discovery in 4 files.\n'
     'Discovery found 58 tests in 412ms.\n'
     'Running tests.\n'
     'Tests completed in 3.2s\n'
     'Tests Passed: 58, Failed: 0, Skipped: 0, Inconclusive: 0, NotRun: 0\n'
     '+ pwsh -Command "Publish-Module -Path ./out/Acme.Tools -NuGetApiKey ***"\n'
     "Publish-PSArtifactFromFileSystem: Failed to publish module 'Acme.Tools': 'Response status code does not indicate success: 503 (Service Unavailable).'.\n"
     '##[error]Process completed with exit code 1.\n'),
    # the only failed test met a remote staging host's 503
    ('pester-it-remote-503',
     '+ pwsh -NoProfile -Command "Invoke-Pester -Path ./tests -CI"\n'
     'Pester v5.6.1\n'
     '\n'
     'Starting discovery in 4 files.\n'
     'Discovery found 58 tests in 412ms.\n'
     'Running tests.\n'
     '[-] Staging smoke.health endpoint answers 1.21s (1.2s|4ms)\n'
     ' HttpResponseException: Response status code does not indicate success: 503 (Service Unavailable).\n'
     ' at Invoke-RestMethod -Uri https://staging.example.dev/api/health, /src/tests/Smoke.Tests.ps1:7\n'
     'Tests completed in 3.4s\n'
     'Tests Passed: 57, Failed: 1, Skipped: 0, Inconclusive: 0, NotRun: 0\n'
     'Pester run failed, because 1 test failed\n'
     '##[error]Process completed with exit code 1.\n'),
    # a wait script's "Container failed: 1 ..." over a registry TLS handshake timeout: no Pester container
    ('container-failed-compose',
     '+ ./ci/wait-services.sh\n'
     'Waiting for db ... \n'
     'Container failed: 1 of 3 services did not start: Error response from daemon: Get "https://registry-1.docker.io/v2/": net/http: TLS handshake timeout\n'
     '##[error]Process completed with exit code 1.\n'),
    # Maven could not download a test dependency: tests never ran, no no-tests message
    ('mvn-resolve-outage-no-surefire',
     '[INFO] --- maven-compiler-plugin:3.13.0:testCompile (default-testCompile) @ orders ---\n'
     '[INFO] BUILD FAILURE\n'
     '[INFO] ------------------------------------------------------------------------\n'
     '[ERROR] Failed to execute goal on project orders: Could not resolve dependencies for project acme:orders:jar:1.4.0: Could not transfer artifact org.junit.jupiter:junit-jupiter-api:jar:5.10.2 from/to central (https://repo.maven.apache.org/maven2): Connect timed out\n'
     '##[error]Process completed with exit code 1.\n'),
    # NuGet's feed closed the TLS connection (read unknown before the round)
    ('nu1301-eof-alone',
     '  Determining projects to restore...\n'
     '/src/Shop/Shop.csproj : error NU1301: Unable to load the service index for source https://pkgs.example.dev/nuget/v3/index.json.\n'
     '/src/Shop/Shop.csproj : error NU1301:   The SSL connection could not be established, see inner exception.\n'
     '/src/Shop/Shop.csproj : error NU1301:   Received an unexpected EOF or 0 bytes from the transport stream.\n'
     '##[error]Process completed with exit code 1.\n'),
    # the test expected a domain error and met a remote partner's read timeout
    ('spock-expected-notfound-got-remote-timeout',
     'CatalogSpec > missing sku is reported FAILED\n'
     "    Expected exception of type 'acme.catalog.SkuNotFoundException', but got 'java.net.SocketTimeoutException'\n"
     '        at org.spockframework.lang.SpecInternals.checkExceptionThrown(SpecInternals.java:84)\n'
     '        Caused by: java.net.SocketTimeoutException: Read timed out\n'
     '            at acme.catalog.RemoteCatalog.fetch(RemoteCatalog.java:51) [https://catalog.partner.example.com/api]\n'
     '\n'
     '31 tests completed, 1 failed\n'
     '> Task :catalog:test FAILED\n'
     '##[error]Process completed with exit code 1.\n'),
    # Surefire's pipe to a fork the host SIGKILLed
    ('sf-forked-pipe-oom-killed',
     '[INFO] BUILD FAILURE\n'
     '[INFO] ------------------------------------------------------------------------\n'
     '[ERROR] Failed to execute goal org.apache.maven.plugins:maven-surefire-plugin:3.2.5:test (default-test) on project ledger: Error while executing forked tests.\n'
     '[ERROR] java.io.IOException: Broken pipe\n'
     '[ERROR] org.apache.maven.surefire.booter.SurefireBooterForkException: Error while executing forked tests.\n'
     '[ERROR] Caused by: The forked VM terminated without properly saying goodbye. VM crash or System.exit called?\n'
     '[ERROR] Process Exit Code: 137\n'
     '##[error]Process completed with exit code 1.\n'),
    # Surefire's provider download was reset before the fork error
    ('sf-forked-pipe-after-artifact-reset',
     '[INFO] Downloading from central: https://repo.maven.apache.org/maven2/org/apache/maven/surefire/surefire-junit-platform/3.2.5/surefire-junit-platform-3.2.5.jar\n'
     '[WARNING] Could not transfer artifact org.apache.maven.surefire:surefire-junit-platform:jar:3.2.5 from/to central: Connection reset\n'
     '[INFO] BUILD FAILURE\n'
     '[INFO] ------------------------------------------------------------------------\n'
     '[ERROR] Failed to execute goal org.apache.maven.plugins:maven-surefire-plugin:3.2.5:test (default-test) on project ledger: Error while executing forked tests.\n'
     '[ERROR] java.io.IOException: Broken pipe\n'
     '##[error]Process completed with exit code 1.\n'),
    # Coverlet's threshold under a run cut short by the OOM killer
    ('coverlet-below-after-oom-kill',
     _BLAME_START +
     '[ 8123.441203] Out of memory: Killed process 4211 (testhost) total-vm:12201440kB, anon-rss:7301220kB\n'
     'The active test run was aborted. Reason: Test host process crashed\n'
     'Test Run Aborted.\n'
     '\n'
     'Calculating coverage result...\n'
     '/home/runner/.nuget/packages/coverlet.msbuild/6.0.2/build/coverlet.msbuild.targets(72,5): error : The total line coverage is below the specified 80 [/src/tests/Shop.Tests/Shop.Tests.csproj]\n'
     '##[error]Process completed with exit code 1.\n'),
    # a remote partner API closed the TLS connection in an integration test, no server of the job's
    ('xunit-remote-tls-eof-no-kestrel',
     '+ dotnet test tests/Api.IntegrationTests\n'
     '[xUnit.net 00:00:02.11]     Api.IntegrationTests.PartnerTests.Fetches_rates [FAIL]\n'
     '  Failed Api.IntegrationTests.PartnerTests.Fetches_rates [30 s]\n'
     '  Error Message:\n'
     '   System.Net.Http.HttpRequestException : The SSL connection could not be established, see inner exception.\n'
     '---- System.IO.IOException : Received an unexpected EOF or 0 bytes from the transport stream.\n'
     '  Stack Trace:\n'
     '     at Api.PartnerClient.GetRatesAsync() in /src/Api/PartnerClient.cs:line 40\n'
     'Failed!  - Failed:     1, Passed:    44, Skipped:     0, Total:    45, Duration: 33 s - Api.IntegrationTests.dll (net8.0)\n'
     '##[error]Process completed with exit code 1.\n'),
]

NOT_SURELY_TRANSIENT: list[tuple[str, str]] = [
    # the job gave dind a 1500m tmpfs: Testcontainers' 2GB check fails on every run (read transient after the round)
    ('dind-tmpfs-small-disk-check',
     '+ docker run -d --privileged --name dind --tmpfs /var/lib/docker:size=1500m -p 2375:2375 docker:26-dind\n'
     '+ export DOCKER_HOST=tcp://localhost:2375\n'
     '+ mvn -B verify\n'
     '[INFO] Running acme.repo.OrderRepositoryIT\n'
     '[ERROR] acme.repo.OrderRepositoryIT -- Time elapsed: 1.2 s <<< ERROR!\n'
     'java.lang.IllegalStateException: Check failed: Docker environment should have more than 2GB free disk space\n'
     '\tat org.testcontainers.DockerClientFactory.checkDiskSpace(DockerClientFactory.java:305)\n'
     '[ERROR] Tests run: 4, Failures: 0, Errors: 4, Skipped: 0\n'
     '[INFO] BUILD FAILURE\n'
     '[INFO] ------------------------------------------------------------------------\n'
     '##[error]Process completed with exit code 1.\n'),
    # the job set a 10 s hang dump limit, shorter than tests may take (read transient after the round)
    ('mtp-hangdump-10s-limit',
     '+ dotnet run --project tests/Shop.Tests -c Release -- --hangdump --hangdump-timeout 10s\n'
     'Microsoft.Testing.Platform v1.5.0+8a1b2c3d (UTC 2026-01-12) [linux-x64 - .NET 8.0.11]\n'
     "Hang dump timeout of '00:00:10' expired\n"
     'Dumping this process tree (from bottom):\n'
     '  4512 - Shop.Tests\n'
     'Test run summary: Aborted - /src/tests/Shop.Tests/bin/Release/net8.0/Shop.Tests.dll (net8.0|x64)\n'
     '  total: 3\n'
     '  failed: 0\n'
     '  succeeded: 3\n'
     '##[error]Process completed with exit code 3.\n'),
    # a test ABOUT a timeout that met a refused connection naming no host
    ('spock-expected-timeout-got-refused-local',
     'ClientSpec > gives up when the upstream hangs FAILED\n'
     "    Expected exception of type 'java.net.SocketTimeoutException', but got 'java.net.ConnectException'\n"
     '        at org.spockframework.lang.SpecInternals.checkExceptionThrown(SpecInternals.java:84)\n'
     '        Caused by: java.net.ConnectException: Connection refused\n'
     '\n'
     '31 tests completed, 1 failed\n'
     '> Task :http:test FAILED\n'
     '##[error]Process completed with exit code 1.\n'),
    # -fae: one module's download timed out, another's -Dtest pattern matched nothing: a rerun still fails (read transient before the round)
    ('fae-module-outage-and-other-no-tests',
     '[ERROR] Failed to execute goal on project billing: Could not resolve dependencies for project acme:billing:jar:1.4.0: Could not transfer artifact acme:money:jar:2.1.0 from/to central (https://repo.example.org/maven2): Connect timed out\n'
     '[INFO] --- maven-surefire-plugin:3.2.5:test (default-test) @ orders ---\n'
     '[ERROR] No tests matching pattern "RefundTest#refundsTwice" were executed! (Set -Dsurefire.failIfNoSpecifiedTests=false to ignore this error.)\n'
     '[INFO] Reactor Summary for acme 1.4.0:\n'
     '[INFO] billing ............................................ FAILURE [  31.2 s]\n'
     '[INFO] orders ............................................. FAILURE [  2.1 s]\n'
     '[INFO] BUILD FAILURE\n'
     '[INFO] ------------------------------------------------------------------------\n'
     '##[error]Process completed with exit code 1.\n'),
]

NOT_SURELY_REAL: list[tuple[str, str]] = [
    # NUnit's missing assembly after the build's restore failed on the feed
    ('nunit-invalid-after-build-outage',
     '+ dotnet build Shop.sln\n'
     '/src/Shop/Shop.csproj : error NU1301: Unable to load the service index for source https://api.nuget.org/v3/index.json.\n'
     '+ nunit3-console build/Shop.Tests.dll\n'
     'NUnit Console Runner 3.18.1 (Release)\n'
     '\n'
     'Errors, Failures and Warnings\n'
     '\n'
     '1) Invalid : /src/build/Shop.Tests.dll\n'
     'File not found: /src/build/Shop.Tests.dll\n'
     '##[error]Process completed with exit code 1.\n'),
    # Gradle's test compile could not resolve JUnit (read timeout): the tests never compiled
    ('gradle-no-tests-after-resolve-timeout',
     '> Task :orders:compileTestJava FAILED\n'
     '\n'
     'FAILURE: Build failed with an exception.\n'
     '\n'
     '* What went wrong:\n'
     "Execution failed for task ':orders:compileTestJava'.\n"
     "> Could not resolve all files for configuration ':orders:testCompileClasspath'.\n"
     '   > Could not resolve org.junit.jupiter:junit-jupiter:5.10.2.\n'
     "      > Could not get resource 'https://repo.maven.apache.org/maven2/org/junit/jupiter/junit-jupiter/5.10.2/junit-jupiter-5.10.2.pom'.\n"
     '         > Read timed out\n'
     '##[error]Process completed with exit code 1.\n'),
]
# Left: a Maven run whose test classes a non-fatal download step left out (tests never unpacked, then "No tests were
# executed!") reads real: Maven and Gradle fail the build on a failed dependency download before the test goal runs
# (guarded above), and an unless_log on any artifact transfer failure would turn -fae runs with a real no-tests module
# transient. A TLS failure inside a test with no host or server of the job's named reads transient (transfer-dropped's
# older reading; before this round the EOF line's misreading as a syntax error had held it at unknown).


@pytest.mark.parametrize("log", logs(REAL))
def test_reads_real(log):
    reads(log, "real")


@pytest.mark.parametrize("log", logs(TRANSIENT))
def test_reads_transient(log):
    reads(log, "transient")


@pytest.mark.parametrize("log", logs(NOT_SURELY_TRANSIENT))
def test_not_surely_transient(log):
    not_surely_transient(log)


@pytest.mark.parametrize("log", logs(NOT_SURELY_REAL))
def test_not_surely_real(log):
    v = judge(log)
    assert not (v.verdict == "real" and v.confidence >= 0.7), (v.confidence, v.rationale)


def test_case_ids_are_unique():
    assert_unique_ids(REAL, TRANSIENT, NOT_SURELY_TRANSIENT, NOT_SURELY_REAL)
