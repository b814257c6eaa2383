"""Thirteenth round, tool sources: test frameworks' own failure and crash output in the languages and
runners the catalogue knew less well (PHPUnit and Pest, ExUnit, Minitest, xUnit.net/NUnit/MSTest, GoogleTest,
Catch2, doctest, Boost.Test, CTest, XCTest and swift test, Kotest, ScalaTest, munit, specs2, hspec, tasty,
dune's expect tests, Julia's Test, Dart and Flutter test, zig test, elm-test, busted, Perl's prove, bats, Deno,
Bun, node:test, AVA, node-tap, Jasmine, QUnit, EUnit).

Each case is a short log written for the test around one message as the framework prints it. The wording was
read from the framework's own source (the comment above each case names the repository and file holding the
format string); where the source was not read, the comment says "(documented)" or "(recalled)" and names the
page or the framework. Hosts, packages, tests and paths are made up; no project's CI log is copied.

The rules the cases hold:
  * an assertion that failed, a diff of expected and actual output (an expect test, a golden file), a death
    test that did not die as it should, a leak check (leaked mocks, leaked async ops or resources, pending
    timers, a test allocator's leak report), a crash of the code under test (SIGSEGV, SIGABRT, a memory access
    violation) -> real, by a named signature, not unknown;
  * a test process killed from outside (SIGKILL from the kernel or a watchdog, "received signal: KILL",
    wstat 9, xcodebuild's "Test crashed with signal kill") -> transient;
  * a framework's plain per-test or per-file time limit (ExUnit.TimeoutError, Dart's TimeoutException, Bun's
    "this test timed out", node:test's testTimeoutFailure, AVA's "Timed out while running tests", bats'
    "# timeout after", EUnit's "*timed out*", CTest's "(Timeout)", tasty's "Timed out after", Kotest's and
    ScalaTest's "did not complete within", PHPUnit's enforced time limit) -> transient, modestly: the catalogue
    already reads mocha's, jest's, jasmine's, QUnit's, xUnit's, NUnit's, MSTest's and Ginkgo's per-test time
    limits that way (test-timeout, spec-timeout, async-test-timeout, test-runner-time-limit);
  * wordings printed both for an outage and for the change's own fault (a linked process's exit "killed",
    a child process that "ended unexpectedly", a GenServer call that timed out, Bun's own crash report,
    node:test's cancelledByParent) -> not surely transient. (ScalaTest's eventually with a compared value
    as its last failure stays test-timing's, transient, as test_timing_sensitive.py already decides.)
"""

from __future__ import annotations

import pytest
from judging import assert_unique_ids, labelled, logs, not_surely_transient, reads

_EXIT = "##[error]Process completed with exit code 1.\n"
_CIRCLE = "\nExited with code exit status 1\n"

CASES: list[tuple[str, str, str]] = [
    # ------------------------------------------------------------------ PHPUnit, Pest
    # sebastianbergmann/php-invoker src/Invoker.php ("Execution aborted after %d second%s"), which PHPUnit's
    # --enforce-time-limit runs each test under and reports as a risky test (checked)
    ("phpunit-enforced-time-limit", "transient",
     "PHPUnit 10.5.20 by Sebastian Bergmann and contributors.\n\n"
     "...........R....\n\n"
     "There was 1 risky test:\n\n"
     "1) Tests\\Import\\FeedImportTest::testImportsLargeFeed\n"
     "Execution aborted after 10 seconds\n\n"
     "/app/tests/Import/FeedImportTest.php:41\n\n"
     "OK, but there were issues!\n"
     "Tests: 16, Assertions: 52, Risky: 1.\n" + _EXIT),
    # sebastianbergmann/phpunit src/TextUI/Output/Default/ResultPrinter.php ("There was 1 error:"), PHP's own
    # "Call to undefined method" (recalled)
    ("phpunit-error-undefined-method", "real",
     "PHPUnit 10.5.20 by Sebastian Bergmann and contributors.\n\n"
     "....E.....\n\n"
     "There was 1 error:\n\n"
     "1) Tests\\Billing\\InvoiceTest::testTotalsLines\n"
     "Error: Call to undefined method App\\Billing\\Invoice::lineTotal()\n\n"
     "/app/tests/Billing/InvoiceTest.php:27\n\n"
     "ERRORS!\n"
     "Tests: 10, Assertions: 21, Errors: 1.\n" + _EXIT),
    # pestphp/pest src/Plugins ... the collision printer (" FAILED  ..."), Laravel's assertStatus ("Expected
    # response status code [%s] but received %s.") (recalled)
    ("pest-status-code-assertion", "real",
     "   PASS  Tests\\Feature\\HealthTest\n"
     "   FAILED  Tests\\Feature\\OrdersTest > it creates an order\n"
     "  Expected response status code [201] but received 422.\n"
     "Failed asserting that 422 is identical to 201.\n\n"
     "  at tests/Feature/OrdersTest.php:18\n\n"
     "  Tests:    1 failed, 41 passed (120 assertions)\n"
     "  Duration: 2.31s\n" + _EXIT),

    # ------------------------------------------------------------------ ExUnit (Elixir)
    # elixir-lang/elixir lib/ex_unit/lib/ex_unit/runner.ex (the test process killed at its timeout,
    # ExUnit.TimeoutError "test timed out after %dms. You can change the timeout: ...") (checked)
    ("exunit-timeout-error", "transient",
     "  1) test syncs the inventory (Acme.InventorySyncTest)\n"
     "     test/acme/inventory_sync_test.exs:22\n"
     "     ** (ExUnit.TimeoutError) test timed out after 60000ms. You can change the timeout:\n\n"
     "       1. per test by setting \"@tag timeout: x\" (accepts :infinity)\n"
     "       2. per test module by setting \"@moduletag timeout: x\" (accepts :infinity)\n"
     "       3. for the whole suite by setting \"ExUnit.start(timeout: x)\" (accepts :infinity)\n"
     "       4. or set it to :infinity for all tests when running with --trace\n\n"
     "Finished in 63.2 seconds (1.1s async, 62.1s sync)\n"
     "48 tests, 1 failure\n" + _CIRCLE),
    # ExUnit's formatter for a linked process's exit reason (Exception.format_exit: "an exception was raised:")
    ("exunit-exit-from-linked-raise", "real",
     "  1) test caches the lookup (Acme.CacheTest)\n"
     "     test/acme/cache_test.exs:11\n"
     "     ** (EXIT from #PID<0.412.0>) an exception was raised:\n"
     "         ** (ArgumentError) errors were found at the given arguments:\n\n"
     "           * 1st argument: the table identifier does not refer to an existing ETS table\n\n"
     "Finished in 0.4 seconds (0.3s async, 0.1s sync)\n"
     "31 tests, 1 failure\n" + _CIRCLE),
    # ExUnit's report of a MatchError in the test body

    # ------------------------------------------------------------------ Minitest
    # minitest/minitest lib/minitest/assertions.rb (diff: "--- expected", "+++ actual"), lib/minitest.rb
    # ("%d runs, %d assertions, %d failures, %d errors, %d skips") (recalled)
    ("minitest-diff-failure", "real",
     "Run options: --seed 4127\n\n"
     "# Running:\n\n"
     "..F...\n\n"
     "Failure:\n"
     "SlugTest#test_transliterates [test/slug_test.rb:14]:\n"
     "--- expected\n"
     "+++ actual\n"
     "@@ -1 +1 @@\n"
     "-\"creme-brulee\"\n"
     "+\"cr-me-br-l-e\"\n\n"
     "6 runs, 9 assertions, 1 failures, 0 errors, 0 skips\n" + _EXIT),
    # Ruby's Timeout (lib/timeout.rb: Timeout::Error "execution expired") around a test's own wait, reported in
    # Minitest's "Error:" block (recalled)
    ("minitest-timeout-execution-expired", "transient",
     "# Running:\n\n"
     "...E..\n\n"
     "Error:\n"
     "MirrorSyncTest#test_pulls_the_index:\n"
     "Timeout::Error: execution expired\n"
     "    test/mirror_sync_test.rb:18:in `block in test_pulls_the_index'\n\n"
     "6 runs, 8 assertions, 0 failures, 1 errors, 0 skips\n" + _EXIT),

    # ------------------------------------------------------------------ xUnit.net, NUnit, MSTest
    # nunit/nunit src/NUnitFramework/framework/Constraints/MessageWriter (the "Expected: ... But was: ..." pair)
    ("nunit-expected-but-was", "real",
     "  Failed RoundsToTwoPlaces [4 ms]\n"
     "  Error Message:\n"
     "     Expected: 12.35m\n"
     "  But was:  12.34m\n\n"
     "  Stack Trace:\n"
     "     at Acme.Pricing.Tests.RoundingTests.RoundsToTwoPlaces() in /src/Acme.Pricing.Tests/RoundingTests.cs:line 18\n\n"
     "Failed!  - Failed:     1, Passed:    63, Skipped:     0, Total:    64, Duration: 2 s - Acme.Pricing.Tests.dll (net8.0)\n"
     + _EXIT),
    # microsoft/testfx src/TestFramework/TestFramework/Resources/FrameworkMessages.resx (AreEqualFailMsg
    # "Expected:<{1}>. Actual:<{2}>.") (recalled)
    ("mstest-are-equal-failed", "real",
     "  Failed ComputesChecksum [8 ms]\n"
     "  Error Message:\n"
     "   Assert.AreEqual failed. Expected:<a41f>. Actual:<0000>. \n"
     "  Stack Trace:\n"
     "     at Acme.Files.Tests.ChecksumTests.ComputesChecksum() in /src/Acme.Files.Tests/ChecksumTests.cs:line 31\n\n"
     "Failed!  - Failed:     1, Passed:    19, Skipped:     0, Total:    20, Duration: 1 s - Acme.Files.Tests.dll (net8.0)\n"
     + _EXIT),
    # xunit/assert.xunit ThrowsException ("Assert.Throws() Failure: No exception was thrown") (recalled)
    ("xunit-throws-no-exception", "real",
     "[xUnit.net 00:00:01.42]     Acme.Api.Tests.ValidatorTests.RejectsEmptyName [FAIL]\n"
     "  Failed Acme.Api.Tests.ValidatorTests.RejectsEmptyName [3 ms]\n"
     "  Error Message:\n"
     "   Assert.Throws() Failure: No exception was thrown\n"
     "Expected: typeof(System.ArgumentException)\n"
     "Failed!  - Failed:     1, Passed:   140, Skipped:     0, Total:   141, Duration: 6 s - Acme.Api.Tests.dll (net8.0)\n"
     + _EXIT),

    # ------------------------------------------------------------------ GoogleTest, gMock
    # google/googletest googletest/src/gtest-death-test.cc ("Death test: ", "    Result: failed to die.",
    # "    Result: died but not with expected error.") (checked)
    ("gtest-death-test-failed-to-die", "real",
     "[ RUN      ] BufferDeathTest.AbortsOnOverflow\n"
     "/src/tests/buffer_test.cc:44: Failure\n"
     "Death test: buf.Append(std::string(8192, 'x'))\n"
     "    Result: failed to die.\n"
     " Error msg:\n"
     "[  DEATH   ] \n"
     "[  FAILED  ] BufferDeathTest.AbortsOnOverflow (3 ms)\n"
     "[==========] 24 tests from 5 test suites ran. (41 ms total)\n"
     "[  PASSED  ] 23 tests.\n"
     "[  FAILED  ] 1 test, listed below:\n"
     "[  FAILED  ] BufferDeathTest.AbortsOnOverflow\n\n"
     " 1 FAILED TEST\n" + _EXIT),
    ("gtest-death-test-wrong-message", "real",
     "[ RUN      ] ConfigDeathTest.RejectsNegativeSize\n"
     "/src/tests/config_test.cc:19: Failure\n"
     "Death test: Config::Load(\"size=-1\")\n"
     "    Result: died but not with expected error.\n"
     "  Expected: contains regular expression \"size must be positive\"\n"
     "Actual msg:\n"
     "[  DEATH   ] config.cc:88: Check failed: fd >= 0 open(/etc/acme/defaults.conf)\n"
     "[  FAILED  ] ConfigDeathTest.RejectsNegativeSize (12 ms)\n\n"
     " 1 FAILED TEST\n" + _EXIT),
    # googlemock/src/gmock-spec-builders.cc ("ERROR: this mock object (used in test %s) should be deleted but
    # never is.", "ERROR: %d leaked mock object(s) found at program exit.") (checked)
    ("gmock-leaked-mock-object", "real",
     "[==========] 18 tests from 3 test suites ran. (22 ms total)\n"
     "[  PASSED  ] 18 tests.\n\n"
     "/src/tests/session_test.cc:31: ERROR: this mock object (used in test SessionTest.ClosesTransport) should be "
     "deleted but never is. Its address is @0x55d0c3a1e2b0.\n"
     "ERROR: 1 leaked mock object found at program exit. Expectations on a mock object are verified when the object "
     "is destructed. Leaking a mock means that its expectations aren't verified, which is usually a test bug. If you "
     "really intend to leak a mock, you can suppress this error using testing::Mock::AllowLeak(mock_object), or you "
     "may use a fake or stub instead of a mock.\n" + _EXIT),
    # googlemock/src/gmock-spec-builders.cc ("Actual function call count doesn't match %s...") (recalled)
    ("gmock-call-count-mismatch", "real",
     "[ RUN      ] UploaderTest.RetriesOnce\n"
     "/src/tests/uploader_test.cc:52: Failure\n"
     "Actual function call count doesn't match EXPECT_CALL(transport, Send(_))...\n"
     "         Expected: to be called twice\n"
     "           Actual: called 3 times - over-saturated and active\n"
     "[  FAILED  ] UploaderTest.RetriesOnce (1 ms)\n\n"
     " 1 FAILED TEST\n" + _EXIT),

    # ------------------------------------------------------------------ Catch2, doctest, Boost.Test
    # catchorg/Catch2 src/catch2/reporters/catch_reporter_helpers / console reporter ("due to unexpected exception
    # with message", "due to a fatal error condition") (checked)
    ("catch2-require-expansion", "real",
     "-------------------------------------------------------------------------------\n"
     "Tokenizer splits on commas\n"
     "-------------------------------------------------------------------------------\n"
     "/src/tests/tokenizer_test.cpp:12\n"
     "...............................................................................\n\n"
     "/src/tests/tokenizer_test.cpp:15: FAILED:\n"
     "  REQUIRE( tokens.size() == 3 )\n"
     "with expansion:\n"
     "  2 == 3\n\n"
     "===============================================================================\n"
     "test cases:  9 |  8 passed | 1 failed\n"
     "assertions: 40 | 39 passed | 1 failed\n" + _EXIT),
    ("catch2-fatal-sigsegv", "real",
     "/src/tests/tree_test.cpp:30: FAILED:\n"
     "  {Unknown expression after the reported line}\n"
     "due to a fatal error condition:\n"
     "  SIGSEGV - Segmentation violation signal\n\n"
     "===============================================================================\n"
     "test cases:  6 |  5 passed | 1 failed\n"
     "assertions: 22 | 21 passed | 1 failed\n\n"
     "Segmentation fault (core dumped)\n" + _EXIT),
    # Catch2's handler for a SIGTERM from outside (a watchdog or the CI's own timeout stopping the binary)
    ("catch2-fatal-sigterm", "transient",
     "/src/tests/sync_test.cpp:51: FAILED:\n"
     "  {Unknown expression after the reported line}\n"
     "due to a fatal error condition:\n"
     "  SIGTERM - Termination request signal\n\n"
     "===============================================================================\n"
     "test cases:  6 |  5 passed | 1 failed\n"
     "assertions: 22 | 21 passed | 1 failed\n" + _EXIT),
    # doctest/doctest doctest/parts/doctest.cpp (ConsoleReporter: "ERROR: ... is NOT correct!", "values:",
    # "[doctest] test cases: ... | Status: FAILURE!") (recalled)
    ("doctest-check-not-correct", "real",
     "[doctest] doctest version is \"2.4.11\"\n"
     "===============================================================================\n"
     "/src/tests/path_test.cpp:9:\n"
     "TEST CASE:  normalizes dot segments\n\n"
     "/src/tests/path_test.cpp:12: ERROR: CHECK( normalize(\"a/./b\") == \"a/b\" ) is NOT correct!\n"
     "  values: CHECK( a/./b == a/b )\n\n"
     "===============================================================================\n"
     "[doctest] test cases: 14 | 13 passed | 1 failed | 0 skipped\n"
     "[doctest] assertions: 61 | 60 passed | 1 failed |\n"
     "[doctest] Status: FAILURE!\n" + _EXIT),
    # boostorg/test include/boost/test/impl/execution_monitor.ipp ("memory access violation at address: ...")
    # and unit_test_log ("*** %d failure is detected in the test module") (recalled)
    ("boost-test-memory-access-violation", "real",
     "Running 12 test cases...\n"
     "unknown location(0): fatal error: in \"graph/removes_edge\": memory access violation at address: 0x00000008: "
     "no mapping at fault address\n"
     "/src/tests/graph_test.cpp(40): last checkpoint: \"removes_edge\" test entry\n\n"
     "*** 1 failure is detected in the test module \"GraphTests\"\n" + _EXIT),

    # ------------------------------------------------------------------ CTest
    # Kitware/CMake Source/CTest/cmCTestRunTest.cxx ("***Timeout", "***Exception: SegFault", the summary's
    # "(Timeout)" / "(SEGFAULT)") and cmCTestTestHandler.cxx ("The following tests FAILED:") (recalled; the
    # "***Exception: ..." form was seen in the code index)
    ("ctest-test-timeout", "transient",
     "Test project /home/ci/build\n"
     "      Start  7: net_roundtrip\n"
     " 7/12 Test  #7: net_roundtrip ....................***Timeout 1500.01 sec\n"
     "      Start  8: parser_unit\n"
     " 8/12 Test  #8: parser_unit ......................   Passed    0.02 sec\n\n"
     "92% tests passed, 1 tests failed out of 12\n\n"
     "Total Test time (real) = 1512.40 sec\n\n"
     "The following tests FAILED:\n"
     "\t  7 - net_roundtrip (Timeout)\n"
     "Errors while running CTest\n" + _EXIT),
    ("ctest-exception-segfault", "real",
     "Test project /home/ci/build\n"
     "      Start 3: tree_unit\n"
     "3/9 Test #3: tree_unit ........................***Exception: SegFault  0.31 sec\n\n"
     "89% tests passed, 1 tests failed out of 9\n\n"
     "The following tests FAILED:\n"
     "\t  3 - tree_unit (SEGFAULT)\n"
     "Errors while running CTest\n" + _EXIT),
    ("ctest-subprocess-aborted", "real",
     "      Start 5: codec_unit\n"
     "5/9 Test #5: codec_unit .......................Subprocess aborted***Exception:   0.44 sec\n"
     "codec_unit: /src/codec.cc:120: void Codec::flush(): Assertion `pending_ == 0' failed.\n\n"
     "89% tests passed, 1 tests failed out of 9\n\n"
     "The following tests FAILED:\n"
     "\t  5 - codec_unit (Subprocess aborted)\n"
     "Errors while running CTest\n" + _EXIT),

    # ------------------------------------------------------------------ XCTest, swift test, swift-testing
    # Xcode's test runner (closed source): "Test crashed with signal <name>" after the watchdog or the
    # system killed the runner (seen in the code index; Apple's wording)
    ("xcodebuild-test-crashed-signal-kill", "transient",
     "Test Suite 'SyncTests' started at 2026-03-02 10:14:05.112.\n"
     "Test Case '-[AcmeTests.SyncTests testUploadsQueue]' started.\n"
     "Restarting after unexpected exit, crash, or test timeout in SyncTests.testUploadsQueue(); summary will include "
     "totals from previous launches.\n"
     "AcmeTests.SyncTests testUploadsQueue: Test crashed with signal kill.\n"
     "Testing failed:\n"
     "\tAcme (1 failure)\n"
     "** TEST FAILED **\n" + _EXIT),
    ("xcodebuild-test-crashed-signal-segv", "real",
     "Test Case '-[AcmeTests.ParserTests testParsesNested]' started.\n"
     "AcmeTests.ParserTests testParsesNested: Test crashed with signal segv.\n"
     "Testing failed:\n"
     "\tAcme (1 failure)\n"
     "** TEST FAILED **\n" + _EXIT),
    # swiftlang/swift-package-manager (the test runner's "Exited with unexpected signal code %d") (seen in the
    # code index; the trap of a failed precondition is signal 4 or 5)
    ("swift-test-unexpected-signal-trap", "real",
     "Test Suite 'All tests' started at 2026-03-02 10:20:41.004\n"
     "Test Case 'ParserTests.testParsesEmpty' started at 2026-03-02 10:20:41.010\n"
     "Acme/Parser.swift:41: Fatal error: Unexpectedly found nil while unwrapping an Optional value\n"
     "error: Exited with unexpected signal code 4\n" + _EXIT),
    ("swift-test-unexpected-signal-kill", "transient",
     "Test Suite 'All tests' started at 2026-03-02 10:20:41.004\n"
     "Test Case 'ImportTests.testImportsLargeArchive' started at 2026-03-02 10:20:41.010\n"
     "error: Exited with unexpected signal code 9\n" + _EXIT),
    # swiftlang/swift-testing Sources/Testing/Events/Recorder/Event.HumanReadableOutputRecorder.swift ("Test %@
    # recorded an issue at %@: %@", "Test run with %d tests failed after %@ seconds with %d issues.") (recalled)
    ("swift-testing-expectation-failed", "real",
     "􀟈 Test run started.\n"
     "􀢄 Test parsesInts() recorded an issue at ParserTests.swift:12:5: Expectation failed: (parse(\"1\") → 2) == 1\n"
     "􀢄 Test parsesInts() failed after 0.002 seconds with 1 issue.\n"
     "􀢄 Test run with 14 tests failed after 0.031 seconds with 1 issue.\n" + _EXIT),

    # ------------------------------------------------------------------ Kotest, ScalaTest, munit, specs2
    # kotest/kotest kotest-framework/kotest-framework-engine (TestTimeoutException: "Test '%s' did not complete
    # within %s") (recalled)
    ("kotest-test-did-not-complete-within", "transient",
     "> Task :app:test\n\n"
     "FeedSpec > fetches the remote feed FAILED\n"
     "    io.kotest.engine.test.interceptors.TestTimeoutException: Test 'fetches the remote feed' did not complete "
     "within 10s\n\n"
     "42 tests completed, 1 failed\n\n"
     "> Task :app:test FAILED\n" + _EXIT),
    # scalatest/scalatest jvm/core/src/main/resources/org/scalatest/ScalaTestBundle.properties
    # (timeoutFailAfter "The code passed to failAfter did not complete within {0}.") (recalled)
    ("scalatest-fail-after", "transient",
     "[info] FeedClientSpec:\n"
     "[info] - should fetch the remote feed *** FAILED ***\n"
     "[info]   The code passed to failAfter did not complete within 5 seconds. (FeedClientSpec.scala:28)\n"
     "[info] Run completed in 9 seconds, 12 milliseconds.\n"
     "[info] Tests: succeeded 17, failed 1, canceled 0, ignored 0, pending 0\n"
     "[info] *** 1 TEST FAILED ***\n"
     "[error] Failed tests:\n"
     "[error] \tacme.feed.FeedClientSpec\n" + _EXIT),
    ("scalatest-did-not-equal", "real",
     "[info] SlugSpec:\n"
     "[info] - should drop accents *** FAILED ***\n"
     "[info]   \"creme[-]brulee\" did not equal \"creme[_]brulee\" (SlugSpec.scala:11)\n"
     "[info] Tests: succeeded 8, failed 1, canceled 0, ignored 0, pending 0\n"
     "[info] *** 1 TEST FAILED ***\n"
     "[error] Failed tests:\n"
     "[error] \tacme.text.SlugSpec\n" + _EXIT),
    # scalameta/munit munit/shared/src/main/scala/munit/Assertions.scala (ComparisonFailException, "values are
    # not the same", "=> Obtained", "=> Diff (- obtained, + expected)") (recalled)
    ("munit-values-not-the-same", "real",
     "acme.ParserSuite:\n"
     "==> X acme.ParserSuite.parses ints  0.021s munit.ComparisonFailException: /src/test/scala/acme/ParserSuite.scala:9\n"
     "8:  test(\"parses ints\") {\n"
     "9:    assertEquals(Parser.int(\"12\"), 21)\n"
     "10:  }\n"
     "values are not the same\n"
     "=> Obtained\n"
     "12\n"
     "=> Diff (- obtained, + expected)\n"
     "-12\n"
     "+21\n"
     "[error] Failed: Total 6, Failed 1, Errors 0, Passed 5\n" + _EXIT),
    # etorreborre/specs2 (the "x" marker, "Total for specification", "%d examples, %d failure, %d error")
    ("specs2-example-failed", "real",
     "[info] ParserSpec\n"
     "[error] x parse a signed int\n"
     "[error]  '-3' is not equal to '3' (ParserSpec.scala:14)\n"
     "[info] Total for specification ParserSpec\n"
     "[info] Finished in 20 ms\n"
     "[info] 5 examples, 1 failure, 0 error\n"
     "[error] Failed: Total 5, Failed 1, Errors 0, Passed 4\n" + _EXIT),

    # ------------------------------------------------------------------ Haskell: hspec, tasty, QuickCheck
    # hspec/hspec hspec-core/src/Test/Hspec/Core/Formatters (failure list "expected: ...", " but got: ...",
    # "To rerun use: --match") (recalled)
    ("hspec-expected-but-got", "real",
     "Failures:\n\n"
     "  test/Acme/SlugSpec.hs:14:5: \n"
     "  1) Acme.Slug.slugify drops accents\n"
     "       expected: \"creme-brulee\"\n"
     "        but got: \"cr-me-br-l-e\"\n\n"
     "  To rerun use: --match \"/Acme.Slug/slugify/drops accents/\"\n\n"
     "Randomized with seed 1187236402\n\n"
     "Finished in 0.0042 seconds\n"
     "23 examples, 1 failure\n" + _EXIT),
    ("hspec-quickcheck-falsifiable", "real",
     "Failures:\n\n"
     "  test/Acme/CodecSpec.hs:20:5: \n"
     "  1) Acme.Codec round-trips any message\n"
     "       Falsifiable (after 38 tests and 4 shrinks):\n"
     "         Message {body = \"\\NUL\"}\n\n"
     "  To rerun use: --match \"/Acme.Codec/round-trips any message/\"\n\n"
     "23 examples, 1 failure\n" + _EXIT),
    # UnkindPartition/tasty core/Test/Tasty/Core.hs and Run.hs (TestTimedOut shown as "Timed out after %s",
    # "Use -p '...' to rerun this test only.", "%d out of %d tests failed") (recalled)
    ("tasty-timed-out-after", "transient",
     "acme-tests\n"
     "  feed\n"
     "    fetches the remote feed: FAIL (10.00s)\n"
     "      Timed out after 10s\n"
     "      Use -p '/fetches the remote feed/' to rerun this test only.\n\n"
     "1 out of 31 tests failed (10.41s)\n"
     "acme-tests: exited with: ExitFailure 1\n" + _EXIT),

    # ------------------------------------------------------------------ OCaml: dune runtest, expect tests
    # ocaml/dune src/dune_rules/diff_promotion / Print_diff ("File \"%s\", line 1, characters 0-0:" then the diff
    # of the file and its .corrected twin) (recalled)
    ("dune-expect-test-diff", "real",
     "File \"test/test_slug.ml\", line 1, characters 0-0:\n"
     "diff --git a/_build/default/test/test_slug.ml b/_build/default/test/test_slug.ml.corrected\n"
     "index 4b1c3a2..9e0f7d1 100644\n"
     "--- a/_build/default/test/test_slug.ml\n"
     "+++ b/_build/default/test/test_slug.ml.corrected\n"
     "@@ -6,4 +6,4 @@ let%expect_test \"drops accents\" =\n"
     "   print_endline (Slug.make \"creme brulee\");\n"
     "-  [%expect {| creme-brulee |}]\n"
     "+  [%expect {| cr-me-br-l-e |}]\n" + _EXIT),
    ("dune-cram-test-diff", "real",
     "File \"test/cli.t/run.t\", line 1, characters 0-0:\n"
     "diff --git a/_build/default/test/cli.t/run.t b/_build/default/test/cli.t/run.t.corrected\n"
     "--- a/_build/default/test/cli.t/run.t\n"
     "+++ b/_build/default/test/cli.t/run.t.corrected\n"
     "@@ -3,3 +3,4 @@\n"
     "   $ acme convert input.csv\n"
     "-  wrote 3 rows\n"
     "+  acme: unknown column \"price\"\n"
     "+  [2]\n" + _EXIT),

    # ------------------------------------------------------------------ Julia
    # JuliaLang/Pkg.jl src/Operations.jl ("Package %s errored during testing (received signal: %s)") (checked)
    ("julia-pkg-test-received-signal-kill", "transient",
     "     Testing Running tests...\n"
     "Test Summary: | Pass  Total  Time\n"
     "parsing       |   41     41  2.1s\n"
     "ERROR: LoadError: Package AcmeSolver errored during testing (received signal: KILL)\n"
     "Stacktrace:\n"
     " [1] pkgerror(msg::String)\n" + _EXIT),
    ("julia-pkg-test-received-signal-abort", "real",
     "     Testing Running tests...\n"
     "julia: /src/ccall_glue.c:88: acme_eval: Assertion `n > 0' failed.\n\n"
     "[4012] signal (6.-6): Aborted\n"
     "ERROR: LoadError: Package AcmeSolver errored during testing (received signal: 6)\n" + _EXIT),
    # JuliaLang/julia stdlib/Test/src/Test.jl ("Error During Test at %s", "Got exception outside of a @test",
    # "Unexpected Pass", "Got correct result, please change to @test if no longer broken.") (recalled)
    ("julia-error-during-test", "real",
     "Error During Test at /home/ci/work/AcmeSolver/test/runtests.jl:14\n"
     "  Got exception outside of a @test\n"
     "  BoundsError: attempt to access 3-element Vector{Float64} at index [4]\n"
     "Test Summary: | Pass  Error  Total  Time\n"
     "solver        |   12      1     13  1.4s\n"
     "ERROR: LoadError: Some tests did not pass: 12 passed, 0 failed, 1 errored, 0 broken.\n" + _EXIT),
    ("julia-unexpected-pass", "real",
     "Unexpected Pass\n"
     " Expression: solve(stiff_problem) ≈ reference\n"
     " Got correct result, please change to @test if no longer broken.\n\n"
     "Test Summary: | Pass  Broken  Unexpected Pass  Total  Time\n"
     "solver        |   12       0                1     13  1.4s\n"
     "ERROR: LoadError: Some tests did not pass: 12 passed, 0 failed, 1 errored, 0 broken.\n" + _EXIT),

    # ------------------------------------------------------------------ Dart, Flutter
    # dart-lang/test pkgs/test_api/src/backend/invoker.dart ("Test timed out after %s. See
    # https://pub.dev/packages/test#timeouts", thrown as a TimeoutException) (recalled)
    ("dart-test-timeout-exception", "transient",
     "00:31 +41 -1: test/feed_client_test.dart: FeedClient fetches the remote feed [E]\n"
     "  TimeoutException after 0:00:30.000000: Test timed out after 30 seconds. See "
     "https://pub.dev/packages/test#timeouts\n"
     "  dart:isolate  _RawReceivePort._handleMessage\n\n"
     "00:31 +41 -1: Some tests failed.\n" + _EXIT),
    ("dart-test-expected-actual", "real",
     "00:02 +12 -1: test/slug_test.dart: slugify drops accents [E]\n"
     "  Expected: 'creme-brulee'\n"
     "    Actual: 'cr-me-br-l-e'\n"
     "     Which: is different.\n"
     "           Expected: creme-brulee\n"
     "             Actual: cr-me-br-l-e\n"
     "                       ^\n"
     "            Differ at offset 2\n\n"
     "  package:matcher                expect\n"
     "  test/slug_test.dart 9:5        main.<fn>\n\n"
     "00:02 +12 -1: Some tests failed.\n" + _EXIT),
    # flutter/flutter packages/flutter_test/lib/src/binding.dart ("A Timer is still pending even after the widget
    # tree was disposed.") (recalled)
    ("flutter-timer-still-pending", "real",
     "══╡ EXCEPTION CAUGHT BY FLUTTER TEST FRAMEWORK ╞════════════════════════════════════════════════════\n"
     "The following assertion was thrown running a test:\n"
     "A Timer is still pending even after the widget tree was disposed.\n"
     "'package:flutter_test/src/binding.dart':\n"
     "Failed assertion: line 1542 pos 12: '!timersPending'\n"
     "════════════════════════════════════════════════════════════════════════════════════════════════════\n"
     "00:04 +19 -1: /home/ci/app/test/banner_test.dart: banner hides itself after a delay [E]\n"
     "  Test failed. See exception logs above.\n"
     "  The test description was: banner hides itself after a delay\n\n"
     "00:05 +23 -1: Some tests failed.\n" + _EXIT),
    # packages/flutter_test/lib/src/_goldens_io.dart ("Golden \"%s\": %s" with "Pixel test failed, %s%%, %dpx diff
    # detected.") (recalled)
    ("flutter-golden-pixel-diff", "real",
     "══╡ EXCEPTION CAUGHT BY FLUTTER TEST FRAMEWORK ╞════════════════════════════════════════════════════\n"
     "The following assertion was thrown while running async test code:\n"
     "Golden \"goldens/save_button.png\": Pixel test failed, 3.12%, 2140px diff detected.\n"
     "Failure feedback can be found at /home/ci/app/test/failures\n"
     "════════════════════════════════════════════════════════════════════════════════════════════════════\n"
     "00:06 +30 -1: Some tests failed.\n" + _EXIT),
    ("flutter-finder-found-zero", "real",
     "══╡ EXCEPTION CAUGHT BY FLUTTER TEST FRAMEWORK ╞════════════════════════════════════════════════════\n"
     "The following TestFailure was thrown running a test:\n"
     "Expected: exactly one matching candidate\n"
     "  Actual: _TextWidgetFinder:<Found 0 widgets with text \"Save\": []>\n"
     "   Which: means none were found but one was expected\n"
     "════════════════════════════════════════════════════════════════════════════════════════════════════\n"
     "00:03 +8 -1: Some tests failed.\n" + _EXIT),

    # ------------------------------------------------------------------ Zig
    # ziglang/zig lib/compiler/test_runner.zig ("%d passed; %d skipped; %d failed.", "%d tests leaked memory.")
    # and lib/std/Build/Step/Run.zig ("while executing test '%s', the following command terminated with
    # signal %d") (checked for the second)
    ("zig-test-expected-found", "real",
     "1/9 slug.test.drops accents...expected 12, found 9\n"
     "FAIL (TestExpectedEqual)\n"
     "/home/ci/src/slug.zig:31:5: 0x10a2f3c in test.drops accents (test)\n"
     "    try std.testing.expectEqual(@as(usize, 12), out.len);\n"
     "    ^\n"
     "8 passed; 0 skipped; 1 failed.\n"
     "error: the following test command failed with exit code 1:\n"
     "/home/ci/.cache/zig/o/3f1a/test\n" + _EXIT),
    ("zig-test-leaked-memory", "real",
     "1/9 list.test.appends...OK\n"
     "[gpa] (err): memory address 0x7f3a1c0a0000 leaked:\n"
     "/home/ci/src/list.zig:40:33: 0x10a31e0 in append (test)\n"
     "All 9 tests passed.\n"
     "1 errors were logged.\n"
     "1 tests leaked memory.\n"
     "error: the following test command failed with exit code 1:\n" + _EXIT),
    ("zig-build-test-terminated-signal-6", "real",
     "thread 4411 panic: attempt to use null value\n"
     "/home/ci/src/tree.zig:88:24: 0x10b1d2a in remove (test)\n"
     "error: while executing test 'tree.test.removes leaf', the following command terminated with signal 6 "
     "(expected exited with code 0):\n"
     "/home/ci/src/.zig-cache/o/8c1e/test --seed=0x1d2c --listen=-\n"
     "Build Summary: 3/5 steps succeeded; 1 failed; 40/41 tests passed\n" + _EXIT),
    ("zig-build-test-terminated-signal-9", "transient",
     "error: while executing test 'archive.test.extracts large file', the following command terminated with "
     "signal 9 (expected exited with code 0):\n"
     "/home/ci/src/.zig-cache/o/8c1e/test --seed=0x1d2c --listen=-\n"
     "Build Summary: 3/5 steps succeeded; 1 failed; 40/41 tests passed\n" + _EXIT),

    # ------------------------------------------------------------------ elm-test, busted
    # rtfeldman/node-test-runner (the "TEST RUN FAILED" summary, Expect.equal's boxed report) (recalled)
    ("elm-test-expect-equal", "real",
     "elm-test 0.19.1-revision12\n"
     "--------------------------\n\n"
     "Running 38 tests. To reproduce these results, run: elm-test --fuzz 100 --seed 2206291443\n\n"
     "↓ Slug\n"
     "✗ drops accents\n\n"
     "    \"cr-me-br-l-e\"\n"
     "    ╷\n"
     "    │ Expect.equal\n"
     "    ╵\n"
     "    \"creme-brulee\"\n\n"
     "TEST RUN FAILED\n\n"
     "Duration: 212 ms\n"
     "Passed:   37\n"
     "Failed:   1\n" + _EXIT),
    # lunarmodules/busted busted/outputHandlers/utfTerminal.lua ("%d successes / %d failures / %d errors /
    # %d pending", "Failure → %s @ %d") and luassert ("Expected objects to be the same.") (recalled)
    ("busted-expected-same", "real",
     "●●●◼●●\n"
     "5 successes / 1 failure / 0 errors / 0 pending : 0.014 seconds\n\n"
     "Failure → spec/slug_spec.lua @ 8\n"
     "slug drops accents\n"
     "spec/slug_spec.lua:10: Expected objects to be the same.\n"
     "Passed in:\n"
     "(string) 'cr-me-br-l-e'\n"
     "Expected:\n"
     "(string) 'creme-brulee'\n" + _EXIT),

    # ------------------------------------------------------------------ Perl: prove / TAP::Harness
    # Perl-Toolchain-Gang/Test-Harness lib/TAP/Formatter/Base.pm ("Dubious, test returned %d (wstat %d, 0x%x)")
    # and lib/TAP/Parser.pm ("Bad plan.  You planned %d tests but ran %d.") (recalled)
    ("prove-dubious-wstat-9-killed", "transient",
     "t/01-parse.t ....... ok\n"
     "t/02-import.t ...... Dubious, test returned 0 (wstat 9, 0x9)\n"
     "All 14 subtests passed \n\n"
     "Test Summary Report\n"
     "-------------------\n"
     "t/02-import.t    (Wstat: 9 (Signal: KILL) Tests: 14 Failed: 0)\n"
     "  Non-zero wait status: 9\n"
     "Files=2, Tests=31, 412 wallclock secs\n"
     "Result: FAIL\n" + _EXIT),
    ("prove-bad-plan-cant-locate", "real",
     "t/03-export.t ...... Can't locate Acme/Export/Csv.pm in @INC (you may need to install the Acme::Export::Csv "
     "module) (@INC contains: lib /usr/local/lib/perl5) at t/03-export.t line 6.\n"
     "# Looks like your test exited with 2 just after 3.\n"
     "t/03-export.t ...... Dubious, test returned 2 (wstat 512, 0x200)\n"
     "Failed 5/8 subtests \n\n"
     "Test Summary Report\n"
     "-------------------\n"
     "t/03-export.t    (Wstat: 512 (exited 2) Tests: 3 Failed: 0)\n"
     "  Non-zero exit status: 2\n"
     "  Parse errors: Bad plan.  You planned 8 tests but ran 3.\n"
     "Result: FAIL\n" + _EXIT),
    ("prove-wstat-11-segv", "real",
     "t/04-xs.t .......... Dubious, test returned 0 (wstat 11, 0xb)\n"
     "No subtests run \n\n"
     "Test Summary Report\n"
     "-------------------\n"
     "t/04-xs.t        (Wstat: 11 (Signal: SEGV) Tests: 0 Failed: 0)\n"
     "  Non-zero wait status: 11\n"
     "  Parse errors: No plan found in TAP output\n"
     "Result: FAIL\n" + _EXIT),

    # ------------------------------------------------------------------ bats
    # bats-core/bats-core libexec/bats-core/bats-exec-test (' # timeout after ${BATS_TEST_TIMEOUT}s' on the
    # "not ok" line) and bats-format-pretty ("%d timed out") (checked)
    ("bats-timeout-after", "transient",
     "1..6\n"
     "ok 1 prints the version\n"
     "not ok 2 syncs the mirror # timeout after 60s\n"
     "# (in test file test/sync.bats, line 14)\n"
     "#   `run acme sync --mirror https://mirror.example.org' failed\n"
     "ok 3 lists the targets\n" + _EXIT),
    # bats-exec-test ("# (in test file %s, line %d)", "#   `%s' failed"), bats-assert ("-- output differs --")
    ("bats-assert-output-differs", "real",
     "1..6\n"
     "ok 1 prints the version\n"
     "not ok 2 converts the sample\n"
     "# (from function `assert_output' in file test/test_helper/bats-assert/src/assert_output.bash, line 194,\n"
     "#  in test file test/convert.bats, line 11)\n"
     "#   `assert_output \"wrote 3 rows\"' failed\n"
     "#\n"
     "# -- output differs --\n"
     "# expected : wrote 3 rows\n"
     "# actual   : acme: unknown column \"price\"\n"
     "# --\n"
     "#\n"
     "6 tests, 1 failure\n" + _EXIT),

    # ------------------------------------------------------------------ Deno
    # denoland/deno cli/js/40_test.js ("Test case is leaking async ops.", "Test case is leaking %d resource")
    # (checked) and the newer "Leaks detected:" report (recalled)
    ("deno-leaking-async-ops", "real",
     "running 4 tests from ./feed_test.ts\n"
     "fetches the feed ... FAILED (12ms)\n\n"
     " ERRORS \n\n"
     "fetches the feed => ./feed_test.ts:5:6\n"
     "error: AssertionError: Test case is leaking async ops.\n\n"
     " - 1 async operation to sleep for a duration was started in this test, but never completed. This is often "
     "caused by not cancelling a `setTimeout` or `setInterval` call.\n\n"
     " FAILURES \n\n"
     "fetches the feed => ./feed_test.ts:5:6\n\n"
     "FAILED | 3 passed | 1 failed (40ms)\n\n"
     "error: Test failed\n" + _EXIT),
    ("deno-leaks-detected-resource", "real",
     "reads the config ... FAILED (5ms)\n\n"
     " ERRORS \n\n"
     "reads the config => ./config_test.ts:3:6\n"
     "error: Leaks detected:\n"
     "  - A file was opened during the test, but not closed during the test. Close the file handle by calling "
     "`file.close()`.\n\n"
     "FAILED | 7 passed | 1 failed (31ms)\n\n"
     "error: Test failed\n" + _EXIT),

    # ------------------------------------------------------------------ Bun
    # oven-sh/bun src/cli/test_command.zig ("^ this test timed out after %dms.") (seen in the code index)
    ("bun-test-timed-out", "transient",
     "test/feed.test.ts:\n"
     "✓ feed > parses the body [0.40ms]\n"
     "(fail) feed > fetches the remote feed [5001.21ms]\n"
     "  ^ this test timed out after 5000ms.\n\n"
     " 11 pass\n"
     " 1 fail\n"
     " 24 expect() calls\n"
     "Ran 12 tests across 3 files. [5.31s]\n" + _EXIT),

    # ------------------------------------------------------------------ node:test
    # nodejs/node lib/internal/test_runner/test.js (failureType 'testTimeoutFailure' with "test timed out after
    # %dms"; 'testCodeFailure') (seen in the code index)
    ("node-test-timeout-failure", "transient",
     "TAP version 13\n"
     "# Subtest: fetches the remote feed\n"
     "not ok 3 - fetches the remote feed\n"
     "  ---\n"
     "  duration_ms: 5002.31\n"
     "  location: '/home/ci/app/test/feed.test.js:14:1'\n"
     "  failureType: 'testTimeoutFailure'\n"
     "  error: 'test timed out after 5000ms'\n"
     "  code: 'ERR_TEST_FAILURE'\n"
     "  ...\n"
     "1..12\n"
     "# tests 12\n"
     "# pass 11\n"
     "# fail 1\n" + _EXIT),
    ("node-test-code-failure", "real",
     "not ok 2 - drops accents\n"
     "  ---\n"
     "  duration_ms: 0.91\n"
     "  failureType: 'testCodeFailure'\n"
     "  error: |-\n"
     "    Expected values to be strictly equal:\n"
     "    \n"
     "    'cr-me-br-l-e' !== 'creme-brulee'\n"
     "    \n"
     "  code: 'ERR_ASSERTION'\n"
     "  name: 'AssertionError'\n"
     "  ...\n"
     "# tests 12\n"
     "# pass 11\n"
     "# fail 1\n" + _EXIT),

    # ------------------------------------------------------------------ AVA
    # avajs/ava lib/reporters/default.js ("Timed out while running tests", "%d tests were pending in %s",
    # "%s exited due to %s") (checked for the first)
    ("ava-timed-out-while-running", "transient",
     "  ✔ feed › parses the body\n\n"
     "  ✘ Timed out while running tests\n\n"
     "  1 test was pending in test/feed.js\n\n"
     "  ◌ feed › fetches the remote feed\n\n"
     "  ─\n\n"
     "  11 tests passed\n" + _EXIT),
    ("ava-exited-due-to-sigkill", "transient",
     "  ✔ import › reads the header\n\n"
     "  ✘ test/import.js exited due to SIGKILL\n\n"
     "  ─\n\n"
     "  14 tests passed\n"
     "  1 uncaught exception\n" + _EXIT),
    ("ava-difference", "real",
     "  ✘ [fail]: slug › drops accents\n\n"
     "  slug › drops accents\n\n"
     "  test/slug.js:9\n\n"
     "   8: test('drops accents', t => {\n"
     "   9:   t.is(slugify('crème brûlée'), 'creme-brulee');\n"
     "  10: });\n\n"
     "  Difference (- actual, + expected):\n\n"
     "  - 'cr-me-br-l-e'\n"
     "  + 'creme-brulee'\n\n"
     "  ─\n\n"
     "  1 test failed\n" + _EXIT),

    # ------------------------------------------------------------------ node-tap
    # tapjs/libtap lib/base.js (a subtest or child process past its time limit fails with "timeout!", the
    # child killed with SIGTERM) (recalled)
    ("node-tap-timeout", "transient",
     "test/feed.js ....................................... 11/12 30s\n"
     "  not ok 12 - timeout!\n"
     "    ---\n"
     "    expired: TAP\n"
     "    signal: SIGTERM\n"
     "    test: test/feed.js\n"
     "    ...\n\n"
     "total ............................................. 40/41\n\n"
     "  40 passing (31s)\n"
     "  1 failing\n" + _EXIT),
    ("node-tap-should-be-equal", "real",
     "test/slug.js ........................................ 8/9\n"
     "  drops accents\n"
     "  not ok 9 - should be equal\n"
     "    ---\n"
     "    found: cr-me-br-l-e\n"
     "    wanted: creme-brulee\n"
     "    compare: ===\n"
     "    at:\n"
     "      line: 9\n"
     "      file: test/slug.js\n"
     "    ...\n\n"
     "  40 passing (1s)\n"
     "  1 failing\n" + _EXIT),

    # ------------------------------------------------------------------ Jasmine, QUnit
    # jasmine/jasmine-npm lib/reporters/console_reporter.js ("Failures:", "Message:", "%d specs, %d failure")
    ("jasmine-expected-to-be", "real",
     "Randomized with seed 41622\n"
     "Started\n"
     "....F...\n\n"
     "Failures:\n"
     "1) Slug drops accents\n"
     "  Message:\n"
     "    Expected 'cr-me-br-l-e' to be 'creme-brulee'.\n"
     "  Stack:\n"
     "        at <Jasmine>\n\n"
     "8 specs, 1 failure\n"
     "Finished in 0.021 seconds\n" + _EXIT),
    # qunitjs/qunit src/test.js ("Expected at least one assertion, but none were run - call expect(0) to accept
    # zero assertions.") (recalled)
    ("qunit-no-assertions-run", "real",
     "not ok 7 Chrome 122.0 - [3 ms] - Unit | Service | cart: applies the coupon\n"
     "    ---\n"
     "        message: >\n"
     "            Expected at least one assertion, but none were run - call expect(0) to accept zero assertions.\n"
     "        stack: >\n"
     "            at Object.<anonymous> (http://localhost:7357/assets/tests.js:812:7)\n"
     "    ...\n"
     "1..210\n# tests 210\n# pass  209\n# fail  1\n" + _EXIT),

    # ------------------------------------------------------------------ Erlang EUnit
    # erlang/otp lib/eunit/src/eunit_tty.erl ("*failed*", "*timed out*", "Failed: %w.  Skipped: %w.  Passed: %w.")
    # (recalled)
    ("eunit-timed-out", "transient",
     "======================== EUnit ========================\n"
     "module 'acme_feed_tests'\n"
     "  acme_feed_tests: fetch_test...*timed out*\n"
     "undefined\n"
     "  acme_feed_tests: parse_test...ok\n"
     "=======================================================\n"
     "  Failed: 1.  Skipped: 0.  Passed: 11.\n"
     "===> Error running tests\n" + _EXIT),
    ("eunit-assert-equal-failed", "real",
     "======================== EUnit ========================\n"
     "module 'acme_slug_tests'\n"
     "  acme_slug_tests: accents_test...*failed*\n"
     "in function acme_slug_tests:'-accents_test/0-fun-0-'/0 (test/acme_slug_tests.erl, line 9)\n"
     "**error:{assertEqual,[{module,acme_slug_tests},\n"
     "                      {line,9},\n"
     "                      {expression,\"acme_slug:make(<<\\\"crème\\\">>)\"},\n"
     "                      {expected,<<\"creme\">>},\n"
     "                      {value,<<\"cr-me\">>}]}\n"
     "  output:<<\"\">>\n\n"
     "=======================================================\n"
     "  Failed: 1.  Skipped: 0.  Passed: 11.\n"
     "===> Error running tests\n" + _EXIT),
]

# Wordings printed both for an outage and for the change's own fault: no transient verdict at 0.7 or more.
NOT_SURELY_TRANSIENT: list[tuple[str, str]] = [
    # ExUnit: the test process got a linked process's exit signal "killed" (a supervisor's kill, an Ecto
    # sandbox owner going away, or the code's own Process.exit(pid, :kill))
    ("exunit-exit-from-killed",
     "  1) test drains the queue (Acme.QueueTest)\n"
     "     test/acme/queue_test.exs:30\n"
     "     ** (EXIT from #PID<0.388.0>) killed\n\n"
     "Finished in 1.2 seconds (0.2s async, 1.0s sync)\n"
     "31 tests, 1 failure\n" + _CIRCLE),
    # a GenServer.call that timed out inside a test: a slow machine or a deadlock the change made
    ("exunit-genserver-call-time-out",
     "  1) test returns the cached value (Acme.CacheTest)\n"
     "     test/acme/cache_test.exs:19\n"
     "     ** (exit) exited in: GenServer.call(Acme.Cache, {:get, :rates}, 5000)\n"
     "         ** (EXIT) time out\n\n"
     "31 tests, 1 failure\n" + _CIRCLE),
    # sebastianbergmann/phpunit (process isolation: "Test was run in child process and ended unexpectedly")
    # (recalled): the child died (a fatal error of the code or a kill from outside)
    ("phpunit-child-process-ended-unexpectedly",
     "There was 1 error:\n\n"
     "1) Tests\\Export\\PdfExportTest::testRendersCover\n"
     "PHPUnit\\Framework\\Exception: Test was run in child process and ended unexpectedly\n\n"
     "ERRORS!\n"
     "Tests: 40, Assertions: 96, Errors: 1.\n" + _EXIT),
    # oven-sh/bun's own crash report ("Bun has crashed. This indicates a bug in Bun, not your code.") (recalled)
    ("bun-has-crashed",
     "test/render.test.ts:\n"
     "panic(main thread): Segmentation fault at address 0x10\n"
     "oh no: Bun has crashed. This indicates a bug in Bun, not your code.\n\n"
     "To send a redacted crash report to Bun's team,\n"
     "please file a GitHub issue using the link below:\n\n"
     " https://bun.report/1.1.30/lt1ab2cd\n" + _EXIT),
    # node:test's cancelledByParent: a subtest left pending when its parent ended (a parent's timeout or a
    # promise the change left unresolved)
    ("node-test-cancelled-by-parent",
     "not ok 4 - streams the export\n"
     "  ---\n"
     "  duration_ms: 12.4\n"
     "  failureType: 'cancelledByParent'\n"
     "  error: 'test did not finish before its parent and was cancelled'\n"
     "  code: 'ERR_TEST_FAILURE'\n"
     "  ...\n"
     "# tests 12\n"
     "# pass 11\n"
     "# cancelled 1\n" + _EXIT),
]


@pytest.mark.parametrize(("verdict", "log"), labelled(CASES))
def test_test_framework_message_reads_right(verdict, log):
    reads(log, verdict)


@pytest.mark.parametrize("log", logs(NOT_SURELY_TRANSIENT))
def test_ambiguous_test_framework_failures_do_not_read_surely_transient(log):
    not_surely_transient(log)


def test_case_ids_are_unique():
    assert_unique_ids(CASES, NOT_SURELY_TRANSIENT)


# One line of 50,000 characters of each of these words is read by benchmarks/pattern_speed.py,
# which prints the seconds each takes (a guard against patterns that backtrack; a timing is a
# benchmark's, not a test's).
LONG_LINE_WORDS = [
    "not ok 1 not ok 2 # timeout after # timeout after 5 ",
    "errored during testing (received signal: exited due to sig ",
]
