"""Eighteenth round, tool sources: JVM test runners and the infrastructure around them.

Covered: Maven Surefire/Failsafe beyond the fork deaths, timeouts and flake counts that earlier files
hold (its "No tests were executed!", "No tests matching pattern", Failsafe's "No tests to run!", "There
was an error in the forked process" for a launcher/engine or class-version mismatch, "Error occurred in
starting fork" for a broken argLine, "Error while executing forked tests." over a pipe, the goodbye with
"Process Exit Code: 0" after a test's System.exit, a test's own OutOfMemoryError, the 2.x "Tests in
error:" summary), Gradle's test task ("No tests found for given includes", an OutOfMemoryError in a
test, compared HTTP statuses), the JUnit Platform console launcher's summary and engine discovery
failure, JUnit Jupiter's @TempDir clean-up, TestNG's suite summary with "Retries:" and "Configuration
Failures:", its "depends on nonexistent group" and "Cannot find class in classpath", Spock's
interaction and exception errors and its @Timeout, Kotest's and ScalaTest's summaries, sbt's forked
test JVM ("Running java with options ... failed with exit code"), Arquillian's managed containers,
JaCoCo's agent and check, and Testcontainers' disk-space pre-flight check. The fork deaths with exit
code 137/143, the fork timeout, failOnFlakeCount, the test-retry plugin's passed-after-retry, the
Gradle executor's exit values, PIT, JaCoCo's bundle rule and the other Testcontainers wait strategies are
in test_tool_sources_runners.py, test_tool_sources_test_runner_infra.py, test_tool_sources_retries.py,
test_tool_sources_mutation_snapshot_coverage.py, test_tool_sources_pr_checks_coverage.py and
test_tool_sources_services.py; they are not repeated.

Each case is a short log written for this test around one message as the tool prints it. The comment
above each case names the repository and file holding the format string: apache/maven-surefire,
testng-team/testng and spockframework/spock were read from their trees; gradle/test-retry-gradle-plugin
from its tree; JUnit's console summary, sbt's ForkTests, Arquillian's managed containers, JaCoCo's
instrumenter and Testcontainers' pre-flight check through the code index; Gradle's, JUnit's other
wordings, Kotest's and ScalaTest's from memory of those trees. Hosts, packages, tests and paths are made
up; no project's CI log is copied.

The rules the cases hold:
  * a forked test JVM that died is open (not surely transient) unless its exit code or a line shows
    the kernel or the agent took it (137/SIGKILL) -> transient; a test that called System.exit, a JVM
    that could not start on its argLine, an engine or class-version mismatch -> real;
  * an OutOfMemoryError in the tests' own heap (a heap the build sized) -> real;
  * a suite that found or ran no tests, a missing TestNG group or class, a coverage rule -> real;
  * a test's own time limit (Spock's @Timeout) alone -> transient, modestly; beside an assertion ->
    real;
  * a host that lost its disk under Testcontainers' pre-flight check, a configuration method that met
    a refused connection to an outside service, a database or a managed Arquillian server still starting,
    a port held on the host -> transient (as the catalogue reads these outages elsewhere);
  * Surefire's "Error while executing forked tests." over a broken pipe, a fork's exit code 1, an sbt
    fork's exit code 1, JUnit's @TempDir clean-up and an Arquillian server already running -> not surely
    transient;
  * near-misses: compared HTTP statuses, an expected exception named after an outage, a retried TestNG
    test that still failed, Flakes on a green run followed by a coverage rule -> real.
"""

from __future__ import annotations

import pytest
from judging import assert_unique_ids, labelled, logs, not_surely_transient, reads

_GHA = "##[error]Process completed with exit code 1.\n"
_CIRCLE = "\nExited with code exit status 1\n"
_GL = "ERROR: Job failed: exit code 1\n"

_MVN_FAIL = "[INFO] BUILD FAILURE\n[INFO] ------------------------------------------------------------------------\n"
_GRADLE_FAIL = "\nFAILURE: Build failed with an exception.\n\n* What went wrong:\n"

CASES: list[tuple[str, str, str]] = [
    # ================================================================== Maven Surefire / Failsafe
    # apache/maven-surefire maven-surefire-common/.../SurefireHelper.java ("No tests were executed!  (Set
    # -DfailIfNoTests=false to ignore this error.)")
    ("surefire-no-tests-executed", "real",
     "[INFO] --- maven-surefire-plugin:3.2.5:test (default-test) @ billing ---\n"
     "[INFO] Using auto detected provider org.apache.maven.surefire.junitplatform.JUnitPlatformProvider\n"
     "[INFO] Tests run: 0, Failures: 0, Errors: 0, Skipped: 0\n"
     + _MVN_FAIL +
     "[ERROR] Failed to execute goal org.apache.maven.plugins:maven-surefire-plugin:3.2.5:test (default-test) "
     "on project billing: No tests were executed!  (Set -DfailIfNoTests=false to ignore this error.) -> [Help 1]\n"
     + _GHA),
    # AbstractSurefireMojo.java ("No tests matching pattern \"%s\" were executed! (Set
    # -Dsurefire.failIfNoSpecifiedTests=false to ignore this error.)")
    ("surefire-no-tests-matching-pattern", "real",
     "$ mvn -B -Dtest=InvoiceRoundingTest test\n"
     "[INFO] --- maven-surefire-plugin:3.2.5:test (default-test) @ billing ---\n"
     + _MVN_FAIL +
     "[ERROR] Failed to execute goal org.apache.maven.plugins:maven-surefire-plugin:3.2.5:test (default-test) "
     "on project billing: No tests matching pattern \"InvoiceRoundingTest\" were executed! (Set "
     "-Dsurefire.failIfNoSpecifiedTests=false to ignore this error.) -> [Help 1]\n"
     + _CIRCLE),
    # maven-failsafe-plugin .../VerifyMojo.java ("No tests to run!" with failIfNoTests)
    ("failsafe-no-tests-to-run", "real",
     "[INFO] --- maven-failsafe-plugin:3.2.5:integration-test (default) @ gateway ---\n"
     "[INFO] --- maven-failsafe-plugin:3.2.5:verify (default) @ gateway ---\n"
     + _MVN_FAIL +
     "[ERROR] Failed to execute goal org.apache.maven.plugins:maven-failsafe-plugin:3.2.5:verify (default) "
     "on project gateway: No tests to run! -> [Help 1]\n"
     + _GL),
    # ForkStarter.java ("There was an error in the forked process") carrying JUnit's engine discovery failure
    # (junit-team/junit5 EngineDiscoveryOrchestrator: "TestEngine with ID '%s' failed to discover tests")
    ("surefire-error-in-fork-engine-discovery", "real",
     "[INFO] --- maven-surefire-plugin:3.2.5:test (default-test) @ catalog ---\n"
     + _MVN_FAIL +
     "[ERROR] Failed to execute goal org.apache.maven.plugins:maven-surefire-plugin:3.2.5:test (default-test) "
     "on project catalog: \n"
     "[ERROR] \n"
     "[ERROR] There was an error in the forked process\n"
     "[ERROR] TestEngine with ID 'junit-jupiter' failed to discover tests\n"
     "[ERROR] org.apache.maven.surefire.booter.SurefireBooterForkException: There was an error in the forked process\n"
     "[ERROR] Caused by: java.lang.NoSuchMethodError: 'java.util.Optional org.junit.platform.commons.util."
     "AnnotationUtils.findAnnotation(java.lang.Class, java.lang.Class, boolean)'\n"
     + _GHA),
    # ForkStarter.java's error in fork with a class compiled for a newer JDK (the JVM's
    # UnsupportedClassVersionError wording)
    ("surefire-error-in-fork-class-version", "real",
     _MVN_FAIL +
     "[ERROR] Failed to execute goal org.apache.maven.plugins:maven-surefire-plugin:3.2.5:test (default-test) "
     "on project catalog: There was an error in the forked process\n"
     "[ERROR] acme/catalog/SkuTest has been compiled by a more recent version of the Java Runtime (class file "
     "version 65.0), this version of the Java Runtime only recognizes class file versions up to 61.0\n"
     "[ERROR] org.apache.maven.surefire.booter.SurefireBooterForkException: There was an error in the forked process\n"
     + _CIRCLE),
    # ForkStarter.java ("Error occurred in starting fork, check output in log") under the goodbye: the JVM
    # could not start on an argLine property that was never set (the JVM's "Could not find or load main class")
    ("surefire-starting-fork-unset-argline", "real",
     "[INFO] --- maven-surefire-plugin:3.2.5:test (default-test) @ ledger ---\n"
     "Error: Could not find or load main class @{argLine}\n"
     "Caused by: java.lang.ClassNotFoundException: @{argLine}\n"
     + _MVN_FAIL +
     "[ERROR] Failed to execute goal org.apache.maven.plugins:maven-surefire-plugin:3.2.5:test (default-test) "
     "on project ledger: \n"
     "[ERROR] The forked VM terminated without properly saying goodbye. VM crash or System.exit called?\n"
     "[ERROR] Command was /bin/sh -c cd '/home/runner/work/ledger' && '/opt/java/17/bin/java' '@{argLine}' "
     "'-jar' '/home/runner/work/ledger/target/surefire/surefirebooter-2026.jar'\n"
     "[ERROR] Error occurred in starting fork, check output in log\n"
     "[ERROR] Process Exit Code: 1\n"
     + _GHA),
    # SurefireHelper.java / TestSetStats.java (a test's own OutOfMemoryError in the summary: the heap the
    # build gave the fork with -Xmx, a test that loads too much)
    ("surefire-test-own-heap-oom", "real",
     "[INFO] Running acme.reports.PdfExportTest\n"
     "[ERROR] Tests run: 6, Failures: 0, Errors: 1, Skipped: 0, Time elapsed: 41.2 s <<< FAILURE! -- in acme.reports.PdfExportTest\n"
     "[ERROR] acme.reports.PdfExportTest.exportsTenThousandPages -- Time elapsed: 38.9 s <<< ERROR!\n"
     "java.lang.OutOfMemoryError: Java heap space\n"
     "\tat java.base/java.util.Arrays.copyOf(Arrays.java:3541)\n"
     "\tat acme.reports.PdfExport.render(PdfExport.java:88)\n"
     "[ERROR] Errors: \n"
     "[ERROR]   PdfExportTest.exportsTenThousandPages:52 » OutOfMemory Java heap space\n"
     "[ERROR] Tests run: 212, Failures: 0, Errors: 1, Skipped: 0\n"
     + _MVN_FAIL + _CIRCLE),
    # ForkStarter.java's goodbye with "Process Exit Code: 0" and a test in progress: a test called System.exit
    ("surefire-goodbye-exit-0-system-exit", "real",
     "[INFO] Running acme.cli.MainTest\n"
     "Usage: acme-cli [--verbose] <command>\n"
     + _MVN_FAIL +
     "[ERROR] Failed to execute goal org.apache.maven.plugins:maven-surefire-plugin:3.2.5:test (default-test) "
     "on project cli: \n"
     "[ERROR] ExecutionException The forked VM terminated without properly saying goodbye. VM crash or System.exit called?\n"
     "[ERROR] Command was /bin/sh -c cd '/builds/cli' && '/usr/lib/jvm/java-21/bin/java' '-jar' '/builds/cli/target/surefire/surefirebooter-77.jar'\n"
     "[ERROR] Process Exit Code: 0\n"
     "[ERROR] Crashed tests:\n"
     "[ERROR] acme.cli.MainTest\n"
     + _GL),
    # Failsafe, the same goodbye with exit 137 during integration tests (the kernel's OOM killer)
    ("failsafe-goodbye-exit-137-crashed-it", "transient",
     "[INFO] --- maven-failsafe-plugin:3.2.5:integration-test (default) @ search ---\n"
     "[INFO] Running acme.search.IndexIT\n"
     + _MVN_FAIL +
     "[ERROR] Failed to execute goal org.apache.maven.plugins:maven-failsafe-plugin:3.2.5:integration-test "
     "(default) on project search: \n"
     "[ERROR] ExecutionException The forked VM terminated without properly saying goodbye. VM crash or System.exit called?\n"
     "[ERROR] Command was /bin/sh -c cd '/home/circleci/search' && '/opt/java/bin/java' '-Xmx2g' '-jar' 'surefirebooter-31.jar'\n"
     "[ERROR] Process Exit Code: 137\n"
     "[ERROR] Crashed tests:\n"
     "[ERROR] acme.search.IndexIT\n"
     + _CIRCLE),
    # SurefireHelper.java with the assertion summary ("There are test failures.") over a compared HTTP status
    ("surefire-compared-503-status", "real",
     "[ERROR] Tests run: 9, Failures: 1, Errors: 0, Skipped: 0, Time elapsed: 2.1 s <<< FAILURE! -- in acme.api.HealthControllerTest\n"
     "[ERROR] acme.api.HealthControllerTest.reportsDegradedWhenCacheDown -- Time elapsed: 0.4 s <<< FAILURE!\n"
     "org.opentest4j.AssertionFailedError: expected: <200> but was: <503>\n"
     "[ERROR] Failures: \n"
     "[ERROR]   HealthControllerTest.reportsDegradedWhenCacheDown:47 expected: <200> but was: <503>\n"
     "[ERROR] Tests run: 88, Failures: 1, Errors: 0, Skipped: 0\n"
     + _MVN_FAIL +
     "[ERROR] Failed to execute goal org.apache.maven.plugins:maven-surefire-plugin:3.2.5:test (default-test) "
     "on project api: There are test failures.\n"
     + _GHA),
    # surefire 2.x console summary ("Tests in error:") with a test that met a DNS failure for an outside host
    ("surefire-2x-tests-in-error-unknown-host", "transient",
     "Running acme.feeds.RemoteFeedIT\n"
     "Tests run: 3, Failures: 0, Errors: 1, Skipped: 0, Time elapsed: 5.02 sec <<< FAILURE!\n"
     "fetchesFeed(acme.feeds.RemoteFeedIT)  Time elapsed: 5.01 sec  <<< ERROR!\n"
     "java.net.UnknownHostException: feeds.example-partner.com: Temporary failure in name resolution\n"
     "Results :\n"
     "Tests in error: \n"
     "  RemoteFeedIT.fetchesFeed:31 » UnknownHost feeds.example-partner.com: Temporary failure in name resolution\n"
     "Tests run: 3, Failures: 0, Errors: 1, Skipped: 0\n"
     + _MVN_FAIL + _CIRCLE),
    # surefire 2.x ("Failed tests:") assertion
    ("surefire-2x-failed-tests-assertion", "real",
     "Running acme.tax.VatTest\n"
     "Tests run: 14, Failures: 1, Errors: 0, Skipped: 0, Time elapsed: 0.08 sec <<< FAILURE!\n"
     "Results :\n"
     "Failed tests: \n"
     "  VatTest.reducedRate:22 expected:<0.07> but was:<0.19>\n"
     "Tests run: 14, Failures: 1, Errors: 0, Skipped: 0\n"
     + _MVN_FAIL +
     "[ERROR] Failed to execute goal org.apache.maven.plugins:maven-surefire-plugin:2.22.2:test (default-test) "
     "on project tax: There are test failures.\n"
     + _GL),
    # SurefireHelper.java's Flakes on a green run, then JaCoCo's CheckMojo rule (jacoco/jacoco
    # jacoco-maven-plugin CheckMojo.java "Coverage checks have not been met. See log for details.")
    ("surefire-flakes-green-then-coverage-rule", "real",
     "[WARNING] Flakes: \n"
     "[WARNING] acme.sync.QueueDrainTest.drainsAll\n"
     "[ERROR]   Run 1: QueueDrainTest.drainsAll:40 expected: <10> but was: <9>\n"
     "[INFO]   Run 2: PASS\n"
     "[WARNING] Tests run: 301, Failures: 0, Errors: 0, Skipped: 0, Flakes: 1\n"
     "[INFO] --- jacoco-maven-plugin:0.8.12:check (check) @ sync ---\n"
     "[WARNING] Rule violated for package acme.sync: branches covered ratio is 0.58, but expected minimum is 0.70\n"
     + _MVN_FAIL +
     "[ERROR] Failed to execute goal org.jacoco:jacoco-maven-plugin:0.8.12:check (check) on project sync: "
     "Coverage checks have not been met. See log for details.\n"
     + _GHA),

    # ================================================================== Gradle test task
    # gradle/gradle testing-jvm .../AbstractTestTask.java / TestExecuter ("No tests found for given includes:
    # [%s](--tests filter)")
    ("gradle-no-tests-found-for-includes", "real",
     "$ ./gradlew :orders:test --tests 'acme.orders.RefundsTest'\n"
     "> Task :orders:test FAILED\n"
     + _GRADLE_FAIL +
     "Execution failed for task ':orders:test'.\n"
     "> No tests found for given includes: [acme.orders.RefundsTest](--tests filter)\n\n"
     "BUILD FAILED in 21s\n" + _GHA),
    # Gradle's test summary over a test's own OutOfMemoryError (the executor's maxHeapSize is the build's)
    ("gradle-test-own-heap-oom", "real",
     "> Task :reports:test\n\n"
     "PdfExportTest > exportsTenThousandPages() FAILED\n"
     "    java.lang.OutOfMemoryError: Java heap space\n"
     "        at java.base/java.util.Arrays.copyOf(Arrays.java:3541)\n"
     "        at acme.reports.PdfExport.render(PdfExport.java:88)\n\n"
     "48 tests completed, 1 failed\n\n"
     "> Task :reports:test FAILED\n"
     + _GRADLE_FAIL +
     "Execution failed for task ':reports:test'.\n"
     "> There were failing tests. See the report at: file:///home/runner/work/reports/build/reports/tests/test/index.html\n"
     + _GHA),
    # Gradle's test summary with a compared status in a Kotlin test (AssertionFailedError's values)
    ("gradle-compared-service-unavailable", "real",
     "> Task :gateway:test\n\n"
     "RoutingTest > returnsFallbackWhenUpstreamDown() FAILED\n"
     "    org.opentest4j.AssertionFailedError: expected: <200 OK> but was: <503 SERVICE_UNAVAILABLE>\n"
     "        at app//acme.gateway.RoutingTest.returnsFallbackWhenUpstreamDown(RoutingTest.kt:61)\n\n"
     "120 tests completed, 1 failed\n\n"
     "> Task :gateway:test FAILED\n"
     + _GRADLE_FAIL +
     "Execution failed for task ':gateway:test'.\n"
     "> There were failing tests. See the report at: file:///home/circleci/project/gateway/build/reports/tests/test/index.html\n"
     + _CIRCLE),
    # Gradle's worker process ending on SIGKILL after the test JVM stopped answering (exit value 137 is
    # covered; this is Gradle's "Process 'Gradle Test Executor %d' finished with non-zero exit value" with
    # the kernel's own line above it)
    ("gradle-executor-oom-killer-line", "transient",
     "> Task :indexer:test\n"
     "[ 4121.552301] Out of memory: Killed process 21877 (java) total-vm:9123456kB, anon-rss:3987654kB\n"
     "> Task :indexer:test FAILED\n"
     + _GRADLE_FAIL +
     "Execution failed for task ':indexer:test'.\n"
     "> Process 'Gradle Test Executor 2' finished with non-zero exit value 137\n"
     "  This problem might be caused by incorrect test process configuration.\n"
     + _GHA),

    # ================================================================== JUnit Platform console launcher
    # junit-team/junit5 junit-platform-launcher .../MutableTestExecutionSummary.java ("Test run finished after
    # %d ms", "[%10d tests failed          ]", "Failures (%d):") and the console's "=> " exception line
    ("junit-console-tests-failed", "real",
     "$ java -jar junit-platform-console-standalone.jar execute --class-path build/classes --scan-class-path\n"
     "Failures (1):\n"
     "  JUnit Jupiter:ParserTest:parsesNegativeNumbers()\n"
     "    MethodSource [className = 'acme.calc.ParserTest', methodName = 'parsesNegativeNumbers', methodParameterTypes = '']\n"
     "    => org.opentest4j.AssertionFailedError: expected: <-3> but was: <3>\n"
     "\n"
     "Test run finished after 412 ms\n"
     "[         3 containers found      ]\n"
     "[         0 containers failed     ]\n"
     "[        27 tests found           ]\n"
     "[        26 tests successful      ]\n"
     "[         1 tests failed          ]\n"
     + _GHA),
    # the console launcher with a container (a class's @BeforeAll) failing on a connection to an outside
    # service that refused while it restarted
    ("junit-console-container-connect-refused-remote", "transient",
     "Failures (1):\n"
     "  JUnit Jupiter:LedgerReplicaIT\n"
     "    ClassSource [className = 'acme.ledger.LedgerReplicaIT', filePosition = null]\n"
     "    => java.net.ConnectException: Connection refused: ledger-db.ci.example.net/10.20.4.17:5432\n"
     "\n"
     "Test run finished after 3120 ms\n"
     "[         2 containers found      ]\n"
     "[         1 containers failed     ]\n"
     "[         9 tests found           ]\n"
     "[         0 tests failed          ]\n"
     + _CIRCLE),
    # junit-team/junit5 EngineDiscoveryOrchestrator ("TestEngine with ID '%s' failed to discover tests") under
    # the console launcher
    ("junit-console-engine-discovery-failed", "real",
     "$ java -jar junit-platform-console-standalone.jar execute -cp out/test:out/main --select-package acme\n"
     "Exception in thread \"main\" org.junit.platform.commons.JUnitException: TestEngine with ID 'junit-vintage' failed to discover tests\n"
     "\tat org.junit.platform.launcher.core.EngineDiscoveryOrchestrator.discoverEngineRoot(EngineDiscoveryOrchestrator.java:160)\n"
     "Caused by: java.lang.NoClassDefFoundError: junit/runner/Version\n"
     + _GL),

    # ================================================================== TestNG
    # testng-team/testng testng-core/src/main/java/org/testng/SuiteRunnerWorker.java ("Total tests run: %d,
    # Passes: %d, Failures: %d, Skips: %d")
    ("testng-suite-failures", "real",
     "FAILED: acme.pricing.DiscountTest.appliesLoyaltyTier\n"
     "java.lang.AssertionError: expected [15.0] but found [10.0]\n"
     "\tat org.testng.Assert.fail(Assert.java:110)\n"
     "\n"
     "===============================================\n"
     "Pricing Suite\n"
     "Total tests run: 64, Passes: 63, Failures: 1, Skips: 0\n"
     "===============================================\n"
     + _GHA),
    # SuiteRunnerWorker.java (", Retries: %d"): a RetryAnalyzer retried, yet the test failed on every attempt
    ("testng-retries-still-failed", "real",
     "FAILED: acme.pricing.DiscountTest.appliesLoyaltyTier\n"
     "java.lang.AssertionError: expected [15.0] but found [10.0]\n"
     "\n"
     "===============================================\n"
     "Pricing Suite\n"
     "Total tests run: 66, Passes: 63, Failures: 1, Skips: 0, Retries: 2\n"
     "===============================================\n"
     + _CIRCLE),
    # SuiteRunnerWorker.java ("Configuration Failures: %d, Skips: %d") after a @BeforeClass that threw a
    # NullPointerException of the code
    ("testng-configuration-failure-npe", "real",
     "FAILED CONFIGURATION: @BeforeClass setUpFixtures\n"
     "java.lang.NullPointerException: Cannot invoke \"acme.inventory.Warehouse.getBins()\" because \"this.warehouse\" is null\n"
     "\tat acme.inventory.StockTest.setUpFixtures(StockTest.java:29)\n"
     "\n"
     "SKIPPED: acme.inventory.StockTest.reservesBin\n"
     "===============================================\n"
     "Inventory Suite\n"
     "Total tests run: 12, Passes: 0, Failures: 0, Skips: 12\n"
     "Configuration Failures: 1, Skips: 1\n"
     "===============================================\n"
     + _GL),
    # the same summary after a @BeforeSuite that met a broker refusing connections on another host
    ("testng-configuration-failure-remote-refused", "transient",
     "FAILED CONFIGURATION: @BeforeSuite connectBroker\n"
     "java.net.ConnectException: Connection refused\n"
     "\tat java.base/sun.nio.ch.Net.connect0(Native Method)\n"
     "\tat acme.events.BrokerFixture.connect(BrokerFixture.java:44) [broker.ci.example.net:9092]\n"
     "\n"
     "===============================================\n"
     "Events Suite\n"
     "Total tests run: 31, Passes: 0, Failures: 0, Skips: 31\n"
     "Configuration Failures: 1, Skips: 4\n"
     "===============================================\n"
     + _GHA),
    # testng-core .../invokers/TestInvoker.java ("Method %s depends on nonexistent group \"%s\"")
    ("testng-depends-on-nonexistent-group", "real",
     "[TestNG] Running:\n  /home/runner/work/shop/testng.xml\n"
     "org.testng.TestNGException: \n"
     "Method acme.shop.CheckoutTest.paysByCard() depends on nonexistent group \"cart-ready\"\n"
     "\tat org.testng.internal.invokers.TestInvoker.invokeTestMethods(TestInvoker.java:380)\n"
     + _GHA),
    # testng-core-api .../xml/XmlClass.java ("Cannot find class in classpath: %s")
    ("testng-cannot-find-class-in-classpath", "real",
     "[TestNG] Running:\n  /builds/shop/src/test/resources/smoke.xml\n"
     "org.testng.TestNGException: \n"
     "Cannot find class in classpath: acme.shop.LegacyCartTest\n"
     "\tat org.testng.xml.XmlClass.loadClass(XmlClass.java:72)\n"
     "[ERROR] Failed to execute goal org.apache.maven.plugins:maven-surefire-plugin:3.2.5:test (default-test) "
     "on project shop: There was an error in the forked process\n"
     + _GL),

    # ================================================================== Spock
    # spockframework/spock spock-core/.../mock/TooFewInvocationsError.java ("Too few invocations for:",
    # "Unmatched invocations (ordered by similarity):")
    ("spock-too-few-invocations", "real",
     "NotifierSpec > sends one mail per order FAILED\n"
     "    org.spockframework.mock.TooFewInvocationsError at NotifierSpec.groovy:27\n"
     "\n"
     "Too few invocations for:\n\n"
     "1 * mailer.send(_)   (0 invocations)\n\n"
     "Unmatched invocations (ordered by similarity):\n\n"
     "1 * mailer.queue(<acme.mail.Message@4f3a>)\n"
     "\n23 tests completed, 1 failed\n"
     "> Task :notify:test FAILED\n" + _GHA),
    # spock-core .../runtime/ConditionFailedWithExceptionError.java ("Condition failed with Exception:")
    ("spock-condition-failed-with-exception", "real",
     "Condition failed with Exception:\n\n"
     "parser.parse('12,5').amount == 12.5\n"
     "|      |\n"
     "|      java.lang.NumberFormatException: For input string: \"12,5\"\n"
     "acme.money.Parser@1c2b\n"
     "\n\tat acme.money.ParserSpec.parses decimal comma(ParserSpec.groovy:18)\n"
     "\n40 tests completed, 1 failed\n"
     "> Task :money:test FAILED\n" + _CIRCLE),
    # spock-core .../runtime/WrongExceptionThrownError.java ("Expected exception of type '%s', but no
    # exception was thrown"): a test ABOUT a timeout
    ("spock-expected-timeout-not-thrown", "real",
     "ClientSpec > gives up when the upstream hangs FAILED\n"
     "    Expected exception of type 'java.net.SocketTimeoutException', but no exception was thrown\n"
     "        at org.spockframework.lang.SpecInternals.checkExceptionThrown(SpecInternals.java:84)\n"
     "        at acme.http.ClientSpec.gives up when the upstream hangs(ClientSpec.groovy:51)\n"
     "\n31 tests completed, 1 failed\n"
     "> Task :http:test FAILED\n" + _GHA),
    # spock-core .../extension/builtin/TimeoutInterceptor.java ("Method timed out after %1.2f seconds",
    # SpockTimeoutError) alone: the test's own @Timeout
    ("spock-method-timed-out-alone", "transient",
     "FeedSpec > pulls the remote feed FAILED\n"
     "    org.spockframework.runtime.SpockTimeoutError: Method timed out after 10.00 seconds\n"
     "        at acme.feed.FeedSpec.pulls the remote feed(FeedSpec.groovy:22)\n"
     "\n18 tests completed, 1 failed\n"
     "> Task :feed:test FAILED\n"
     + _GRADLE_FAIL +
     "Execution failed for task ':feed:test'.\n"
     "> There were failing tests. See the report at: file:///home/runner/work/feed/build/reports/tests/test/index.html\n"
     + _GHA),
    # the same timeout beside a plain condition of another feature (ConditionNotSatisfiedError)
    ("spock-timeout-beside-condition", "real",
     "FeedSpec > pulls the remote feed FAILED\n"
     "    org.spockframework.runtime.SpockTimeoutError: Method timed out after 10.00 seconds\n"
     "FeedSpec > sorts entries by date FAILED\n"
     "    Condition not satisfied:\n\n"
     "    feed.entries*.date == [d1, d2]\n"
     "    |    |       |     |\n"
     "    |    |       |     false\n"
     "\n18 tests completed, 2 failed\n"
     "> Task :feed:test FAILED\n" + _GHA),

    # ================================================================== Kotest, ScalaTest, sbt
    # kotest/kotest kotest-assertions ("expected:<%s> but was:<%s>", io.kotest.assertions.AssertionFailedError)
    ("kotest-should-be-mismatch", "real",
     "CartTest > total includes shipping FAILED\n"
     "    io.kotest.assertions.AssertionFailedError: expected:<24.9> but was:<19.9>\n"
     "        at acme.cart.CartTest$1$1.invokeSuspend(CartTest.kt:14)\n"
     "\n57 tests completed, 1 failed\n"
     "> Task :cart:test FAILED\n" + _CIRCLE),
    # scalatest/scalatest ScalaTestBundle.properties ("*** {0} SUITE(S) ABORTED ***", "*** ABORTED ***",
    # "Run completed in", "Suites: completed %d, aborted %d") over a missing class
    ("scalatest-suite-aborted-no-class-def", "real",
     "[info] DbMigrationSpec:\n"
     "[info] acme.db.DbMigrationSpec *** ABORTED ***\n"
     "[info]   java.lang.NoClassDefFoundError: acme/db/Flyway$Config\n"
     "[info] Run completed in 4 seconds, 210 milliseconds.\n"
     "[info] Total number of tests run: 40\n"
     "[info] Suites: completed 5, aborted 1\n"
     "[info] Tests: succeeded 40, failed 0, canceled 0, ignored 0, pending 0\n"
     "[info] *** 1 SUITE ABORTED ***\n"
     "[error] Error during tests:\n"
     "[error] \tacme.db.DbMigrationSpec\n"
     "[error] (Test / test) sbt.TestsFailedException: Tests unsuccessful\n"
     + _GHA),
    # ScalaTest's "*** {0} TEST(S) FAILED ***" and sbt's TestResultLogger ("Failed: Total %d, Failed %d,
    # Errors %d, Passed %d", "Failed tests:") over compared statuses
    ("scalatest-tests-failed-compared-503", "real",
     "[info] - should answer 200 when the cache is up *** FAILED ***\n"
     "[info]   503 did not equal 200 (RouteSpec.scala:33)\n"
     "[info] Tests: succeeded 22, failed 1, canceled 0, ignored 0, pending 0\n"
     "[info] *** 1 TEST FAILED ***\n"
     "[error] Failed: Total 23, Failed 1, Errors 0, Passed 22\n"
     "[error] Failed tests:\n"
     "[error] \tacme.web.RouteSpec\n"
     "[error] (Test / test) sbt.TestsFailedException: Tests unsuccessful\n"
     + _CIRCLE),
    # sbt/sbt main-actions .../ForkTests.scala ("Running java with options %s failed with exit code %d") with
    # exit code 137: the forked test JVM was killed
    ("sbt-forked-tests-exit-137", "transient",
     "[info] IndexerSpec:\n"
     "[info] - should index the sample corpus\n"
     "[error] Error during tests:\n"
     "[error] \tRunning java with options -classpath /home/runner/work/indexer/target/scala-2.13/test-classes:"
     "/home/runner/.cache/coursier/v1/https/repo1.maven.org/maven2/org/scala-lang/scala-library/2.13.14/"
     "scala-library-2.13.14.jar sbt.ForkMain 40721 failed with exit code 137\n"
     "[error] (Test / test) sbt.TestsFailedException: Tests unsuccessful\n"
     "[error] Total time: 311 s (05:11), completed Mar 3, 2026, 10:42:11 AM\n"
     + _GHA),

    # ================================================================== Arquillian
    # arquillian container adapters (wildfly-arquillian ManagedDeployableContainer: "Could not deploy"
    # via DeploymentException "Cannot deploy: %s") with WildFly's missing services
    ("arquillian-cannot-deploy-missing-service", "real",
     "[INFO] Running acme.orders.OrderResourceIT\n"
     "[ERROR] Tests run: 1, Failures: 0, Errors: 1, Skipped: 0, Time elapsed: 14.1 s <<< FAILURE! -- in acme.orders.OrderResourceIT\n"
     "[ERROR] acme.orders.OrderResourceIT -- Time elapsed: 14.1 s <<< ERROR!\n"
     "org.jboss.arquillian.container.spi.client.container.DeploymentException: Cannot deploy: test.war\n"
     "Caused by: java.lang.Exception: {\"WFLYCTL0080: Failed services\" => {\"jboss.persistenceunit.\\\"test.war#orders\\\"\" "
     "=> \"WFLYJPA0023: Failed to find datasource java:jboss/datasources/OrdersDS\"}}\n"
     + _MVN_FAIL + _GHA),

    # ================================================================== JaCoCo
    # jacoco/jacoco org.jacoco.core .../instr/Instrumenter.java ("Error while instrumenting %s with JaCoCo
    # %s/%s.") printed by the agent for a JDK newer than the agent, then the check on empty data
    ("jacoco-instrumenting-unsupported-class-version", "real",
     "java.lang.instrument.IllegalClassFormatException: Error while instrumenting acme/orders/Order with JaCoCo 0.8.8.201207/2ad752e.\n"
     "\tat org.jacoco.agent.rt.internal_b6258fc.CoverageTransformer.transform(CoverageTransformer.java:94)\n"
     "Caused by: java.lang.IllegalArgumentException: Unsupported class file major version 65\n"
     "[INFO] Tests run: 140, Failures: 0, Errors: 0, Skipped: 0\n"
     "[INFO] --- jacoco-maven-plugin:0.8.8:check (check) @ orders ---\n"
     "[WARNING] Rule violated for bundle orders: instructions covered ratio is 0.00, but expected minimum is 0.80\n"
     + _MVN_FAIL +
     "[ERROR] Failed to execute goal org.jacoco:jacoco-maven-plugin:0.8.8:check (check) on project orders: "
     "Coverage checks have not been met. See log for details.\n"
     + _CIRCLE),
    # org.jacoco.core .../analysis/CoverageBuilder.java ("Can't add different class with same name: %s")
    ("jacoco-different-class-same-name", "real",
     "> Task :app:jacocoTestReport FAILED\n"
     + _GRADLE_FAIL +
     "Execution failed for task ':app:jacocoTestReport'.\n"
     "> Error while creating report\n"
     "   > Error while analyzing /home/runner/work/app/build/classes/java/main/acme/util/Strings.class.\n"
     "      > Can't add different class with same name: acme/util/Strings\n"
     + _GHA),
    # jacoco-maven-plugin CheckMojo with a class-level rule
    ("jacoco-rule-violated-for-class", "real",
     "[INFO] --- jacoco-maven-plugin:0.8.12:check (coverage-check) @ core ---\n"
     "[INFO] Analyzed bundle 'core' with 212 classes\n"
     "[WARNING] Rule violated for class acme.core.RetryPolicy: lines covered ratio is 0.41, but expected minimum is 0.60\n"
     + _MVN_FAIL +
     "[ERROR] Failed to execute goal org.jacoco:jacoco-maven-plugin:0.8.12:check (coverage-check) on project core: "
     "Coverage checks have not been met. See log for details.\n"
     + _GL),

    # ================================================================== Testcontainers
    # testcontainers/testcontainers-java core .../DockerClientFactory.java (the pre-flight checks, "Docker
    # environment should have more than 2GB free disk space", failing as "Check failed: ...")
    ("testcontainers-disk-space-check-failed", "transient",
     "INFO  org.testcontainers.DockerClientFactory - Connected to docker: Server Version: 26.1.3\n"
     "INFO  org.testcontainers.DockerClientFactory - Checking the system...\n"
     "INFO  org.testcontainers.DockerClientFactory - ✔︎ Docker server version should be at least 1.6.0\n"
     "[ERROR] acme.repo.OrderRepositoryIT -- Time elapsed: 2.3 s <<< ERROR!\n"
     "java.lang.IllegalStateException: Check failed: Docker environment should have more than 2GB free disk space\n"
     "\tat org.testcontainers.DockerClientFactory.checkDiskSpace(DockerClientFactory.java:305)\n"
     "[ERROR] Tests run: 4, Failures: 0, Errors: 4, Skipped: 0\n"
     + _MVN_FAIL + _GHA),

    # ================================================================== near-misses of this file's entries
    # testcontainers-java DockerClientFactory's passing check (the tick mark) above a test's own assertion
    ("testcontainers-disk-check-passed-then-assertion", "real",
     "INFO  org.testcontainers.DockerClientFactory - ✔︎ Docker environment should have more than 2GB free disk space\n"
     "[ERROR] Tests run: 7, Failures: 1, Errors: 0, Skipped: 0, Time elapsed: 9.8 s <<< FAILURE! -- in acme.repo.OrderRepositoryIT\n"
     "[ERROR] acme.repo.OrderRepositoryIT.findsByStatus -- Time elapsed: 0.2 s <<< FAILURE!\n"
     "org.opentest4j.AssertionFailedError: expected: <3> but was: <2>\n"
     "[ERROR] Failures: \n"
     "[ERROR]   OrderRepositoryIT.findsByStatus:58 expected: <3> but was: <2>\n"
     + _MVN_FAIL + _GHA),
    # Failsafe's passing "No tests to run." (VerifyMojo at INFO) in one module, a failing test in the next
    ("failsafe-no-tests-info-then-assertion", "real",
     "[INFO] --- maven-failsafe-plugin:3.2.5:verify (default) @ common ---\n"
     "[INFO] No tests to run.\n"
     "[INFO] --- maven-surefire-plugin:3.2.5:test (default-test) @ billing ---\n"
     "[ERROR] Failures: \n"
     "[ERROR]   InvoiceTest.totals:31 expected: <118.00> but was: <100.00>\n"
     "[ERROR] Tests run: 57, Failures: 1, Errors: 0, Skipped: 0\n"
     + _MVN_FAIL +
     "[ERROR] Failed to execute goal org.apache.maven.plugins:maven-surefire-plugin:3.2.5:test (default-test) "
     "on project billing: There are test failures.\n" + _CIRCLE),
    # testng-core .../invokers/TestInvoker.java ("Method %s() on instance %s depends on not successfully finished
    # methods") below the assertion that failed first
    ("testng-depends-on-failed-method", "real",
     "FAILED: acme.shop.CheckoutTest.addsToCart\n"
     "java.lang.AssertionError: expected [2] but found [1]\n"
     "SKIPPED: acme.shop.CheckoutTest.paysByCard\n"
     "java.lang.Throwable: Method CheckoutTest.paysByCard() on instance acme.shop.CheckoutTest@5a2e depends on not "
     "successfully finished methods \n[acme.shop.CheckoutTest.addsToCart]\n"
     "Total tests run: 2, Passes: 0, Failures: 1, Skips: 1\n"
     + _GHA),
    # a test's read timeout against an outside partner sandbox in Surefire's error block
    ("surefire-test-read-timeout-remote", "transient",
     "[ERROR] acme.pay.PartnerSandboxIT.authorizes -- Time elapsed: 30.1 s <<< ERROR!\n"
     "java.net.SocketTimeoutException: Read timed out\n"
     "\tat java.base/sun.nio.ch.NioSocketImpl.timedRead(NioSocketImpl.java:278)\n"
     "[ERROR] Errors: \n"
     "[ERROR]   PartnerSandboxIT.authorizes:44 » SocketTimeout Read timed out\n"
     "[ERROR] Tests run: 5, Failures: 0, Errors: 1, Skipped: 0\n"
     + _MVN_FAIL + _CIRCLE),
    # jacoco-maven-plugin ReportMojo/CheckMojo ("Skipping JaCoCo execution due to missing execution data file.")
    # under a test run that failed first: the skipped report is a consequence
    ("jacoco-skipping-missing-exec-after-failure", "real",
     "[ERROR] Failures: \n"
     "[ERROR]   SlugTest.stripsAccents:18 expected: <cafe> but was: <café>\n"
     "[ERROR] Tests run: 30, Failures: 1, Errors: 0, Skipped: 0\n"
     "[INFO] --- jacoco-maven-plugin:0.8.12:report (report) @ text ---\n"
     "[INFO] Skipping JaCoCo execution due to missing execution data file.\n"
     + _MVN_FAIL +
     "[ERROR] Failed to execute goal org.apache.maven.plugins:maven-surefire-plugin:3.2.5:test (default-test) "
     "on project text: There are test failures.\n" + _GHA),
    # ================================================================== read as the catalogue reads these outages
    # Surefire's trimmed error summary ("» Connect Connection refused") for a database the job started on localhost
    # that was still starting (as the other files read a refusal while a service starts)
    ("surefire-errors-localhost-refused", "transient",
     "[ERROR] Errors: \n"
     "[ERROR]   OrderRepositoryIT.savesOrder:33 » Connect Connection refused: localhost/127.0.0.1:5432\n"
     "[ERROR] Tests run: 12, Failures: 0, Errors: 1, Skipped: 0\n"
     + _MVN_FAIL + _GHA),
    # Arquillian managed containers (wildfly-arquillian / tomee / payara adapters: "Managed server was not
    # started within [%d] s" under LifecycleException "Could not start container"): the server's start on a slow
    # host ran past the adapter's default wait (as Testcontainers' wait strategies read in test_tool_sources_services.py)
    ("arquillian-managed-server-not-started", "transient",
     "[ERROR] acme.orders.OrderResourceIT -- Time elapsed: 61.4 s <<< ERROR!\n"
     "org.jboss.arquillian.container.spi.client.container.LifecycleException: Could not start container\n"
     "Caused by: java.util.concurrent.TimeoutException: Managed server was not started within [60] s\n"
     "\tat org.jboss.as.arquillian.container.managed.ManagedDeployableContainer.startInternal(ManagedDeployableContainer.java:211)\n"
     "[ERROR] Tests run: 1, Failures: 0, Errors: 1, Skipped: 0\n"
     + _MVN_FAIL + _GHA),
    # scalatest "*** ABORTED ***" over a port another process on the host held (java.net.BindException,
    # as the catalogue reads a port in use)
    ("scalatest-suite-aborted-bind", "transient",
     "[info] acme.web.ServerSpec *** ABORTED ***\n"
     "[info]   java.net.BindException: Address already in use\n"
     "[info] *** 1 SUITE ABORTED ***\n"
     "[error] Error during tests:\n"
     "[error] \tacme.web.ServerSpec\n"
     "[error] (Test / test) sbt.TestsFailedException: Tests unsuccessful\n"
     + _GHA),
]


NOT_SURELY_TRANSIENT: list[tuple[str, str]] = [
    # apache/maven-surefire ForkStarter.java ("Error while executing forked tests.") over a broken pipe to
    # the fork: the fork may have died on the host or on the code
    ("surefire-error-executing-forked-tests-pipe",
     _MVN_FAIL +
     "[ERROR] Failed to execute goal org.apache.maven.plugins:maven-surefire-plugin:3.2.5:test (default-test) "
     "on project ledger: Error while executing forked tests.\n"
     "[ERROR] java.io.IOException: Broken pipe\n"
     "[ERROR] org.apache.maven.surefire.booter.SurefireBooterForkException: Error while executing forked tests.\n"
     + _GHA),
    # ForkStarter.java's goodbye with exit code 1 and a crashed test, no kill and no OOM on the host: the
    # code's System.exit(1) or a JVM that aborted cannot be told apart
    ("surefire-goodbye-exit-1-crashed-it",
     _MVN_FAIL +
     "[ERROR] Failed to execute goal org.apache.maven.plugins:maven-failsafe-plugin:3.2.5:integration-test "
     "(default) on project payments: \n"
     "[ERROR] ExecutionException The forked VM terminated without properly saying goodbye. VM crash or System.exit called?\n"
     "[ERROR] Command was /bin/sh -c cd '/builds/payments' && '/opt/java/bin/java' '-jar' 'surefirebooter-12.jar'\n"
     "[ERROR] Process Exit Code: 1\n"
     "[ERROR] Crashed tests:\n"
     "[ERROR] acme.payments.SettlementIT\n"
     + _GL),
    # sbt ForkTests.scala's forked test JVM ending on exit code 1 (a test's System.exit or a crash)
    ("sbt-forked-tests-exit-1",
     "[error] Error during tests:\n"
     "[error] \tRunning java with options -classpath /builds/etl/target/scala-3.3.3/test-classes sbt.ForkMain 38811 "
     "failed with exit code 1\n"
     "[error] (Test / test) sbt.TestsFailedException: Tests unsuccessful\n"
     + _GL),
    # wildfly-arquillian ManagedDeployableContainer ("The server is already running! Managed containers do
    # not support connecting to running server instances ..."): a server left from another build on the host,
    # or one this build started twice
    ("arquillian-server-already-running",
     "org.jboss.arquillian.container.spi.client.container.LifecycleException: The server is already running! "
     "Managed containers do not support connecting to running server instances due to the possible harmful "
     "effect of connecting to the wrong server. Please stop server (or another process) before running, change "
     "to another type of container (e.g. remote) or use allowConnectingToRunningServer configuration property.\n"
     "[ERROR] Tests run: 3, Failures: 0, Errors: 3, Skipped: 0\n"
     + _MVN_FAIL + _CIRCLE),
    # junit-team/junit5 junit-jupiter-engine .../TempDirectory.java ("Failed to delete temp directory %s. The
    # following paths could not be deleted (see suppressed exceptions for details): %s"): a file the code left
    # open, or a scanner holding it on a Windows runner
    ("junit-tempdir-cleanup-failed",
     "ExportTest > writesCsv(Path) FAILED\n"
     "    java.io.IOException: Failed to delete temp directory C:\\Users\\runneradmin\\AppData\\Local\\Temp\\junit812. "
     "The following paths could not be deleted (see suppressed exceptions for details): <root>, out.csv\n"
     "\n64 tests completed, 1 failed\n"
     "> Task :export:test FAILED\n" + _GHA),
]


@pytest.mark.parametrize(("verdict", "log"), labelled(CASES))
def test_jvm_test_message_reads_right(verdict, log):
    reads(log, verdict)


@pytest.mark.parametrize("log", logs(NOT_SURELY_TRANSIENT))
def test_ambiguous_jvm_test_messages_do_not_read_surely_transient(log):
    not_surely_transient(log)


def test_case_ids_are_unique():
    assert_unique_ids(CASES, NOT_SURELY_TRANSIENT)


# One line of 50,000 characters of each of these words is read by benchmarks/pattern_speed.py,
# which prints the seconds each takes (a guard against patterns that backtrack; a timing is a
# benchmark's, not a test's).
LONG_LINE_WORDS = [
    "No tests were executed!  ",
    "No tests matching pattern ",
    "Running java with options -classpath ",
    "Total tests run: 1, Passes: 0, Failures: ",
    "Configuration Failures: 1, Skips: ",
    "Method timed out after ",
    "Check failed: Docker environment should have more than ",
]
