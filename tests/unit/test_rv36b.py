"""(rv36b) Review of the readings flaky36 added, where they may misread: a pasted line-number gutter stripped
(prefixes._strip_gutter), RSpec's and Mocha's numbered headings ending a failure's own report (placement._own_report),
Awaitility's condition time-out and its cause (placement._cause_of_wait), a clock read compared a second apart, a
measured time a tick under its floor, Playwright's strict-mode violation, and the memo of values_time.

Two kinds of whole logs:

(1) real failures beside these readings that must not read transient: a second failure inside one RSpec example
(aggregate_failures' "1.2)"), a floor in whole seconds missed by a second, a timestamp compared by its order that the code
never moved, a log's own numbered lines (a numbered list, a counter, a hexdump's offsets, process ids) that look like a
gutter, a strict-mode violation whose test passed on its retry beside a real failure;

(2) the transient forms in other runners' and tools' spellings: a gutter pasted with CRLF line ends, RSpec, Jest,
PHPUnit and Minitest comparing a clock read a second apart, Awaitility in Surefire's form, Spock's PollingConditions, a
floor missed by a fraction of a millisecond (performance.now()), Jest's strict "> 100" met exactly.

Each case is (id, expected, log). Every line here was written for this test in the tools' forms (RSpec's,
aggregate_failures', Jest's, Vitest's chai wording and code frame, PHPUnit's, Minitest's, ExUnit's, Spock's, Kotest's,
Awaitility's, Surefire's, Gradle's, Playwright's, Cypress's, Testing Library's); names, hosts and projects are made
up. The cases still misread are strict xfails (LEFT), each with why.
"""

from __future__ import annotations

import pytest
from judging import assert_unique_ids, judge, labelled

from triage_agent.classify import values_time
from triage_agent.classify.prefixes import _normalise

_GHA = "##[error]Process completed with exit code 1.\n"


def _gutter(text: str, first: int, sep: str = " ", end: str = "\n") -> str:
    """``text`` as a web log viewer's copy shows it: each line after its number and ``sep`` (an empty line its number
    alone), lines ended by ``end``."""
    return end.join(f"{n}{sep}{line}" if line else str(n) for n, line in enumerate(text.split("\n"), first))


# ---- RSpec: a clock read compared a second apart ------------------------------------------------------------------------
_RSPEC_CLOCK = (
    "Failures:\n\n"
    "  1) Session#refresh! stamps the refresh time\n"
    "     Failure/Error: expect(session.reload.refreshed_at.to_i).to eq(Time.now.to_i)\n\n"
    "       expected: 1751234525\n"
    "            got: 1751234524\n\n"
    "       (compared using ==)\n"
    "     # ./spec/models/session_spec.rb:27:in `block (3 levels) in <top (required)>'\n\n"
    "Finished in 1.84 seconds (files took 2.2 seconds to load)\n"
    "97 examples, 1 failure\n")

# RSpec's aggregate_failures: one example, its failures numbered "1.1)", "1.2)"
_RSPEC_AGGREGATE = (
    "Failures:\n\n"
    "  1) Session#refresh! stamps and labels the session\n"
    "     Got 2 failures from failure aggregation block.\n"
    "     # ./spec/models/session_spec.rb:24:in `block (3 levels) in <top (required)>'\n\n"
    "     1.1) Failure/Error: expect(session.refreshed_at.to_i).to eq(Time.now.to_i)\n\n"
    "            expected: 1751234525\n"
    "                 got: 1751234524\n\n"
    "            (compared using ==)\n"
    "          # ./spec/models/session_spec.rb:27:in `block (4 levels) in <top (required)>'\n\n"
    "     1.2) Failure/Error: {second}\n\n"
    "            expected: {expected}\n"
    "                 got: {got}\n\n"
    "            (compared using ==)\n"
    "          # ./spec/models/session_spec.rb:28:in `block (4 levels) in <top (required)>'\n\n"
    "Finished in 1.84 seconds (files took 2.2 seconds to load)\n"
    "97 examples, 1 failure\n")


def _rspec_aggregate(second: str, expected: str, got: str) -> str:
    return _RSPEC_AGGREGATE.format(second=second, expected=expected, got=got) + _GHA


# ---- Jest: a clock read compared, a floor on a measured time -------------------------------------------------------------
_JEST_CLOCK = (
    "FAIL src/db/rows.test.ts\n"
    "  ● rows › stamps the creation time\n\n"
    "    expect(received).toBe(expected) // Object.is equality\n\n"
    "    Expected: 1751234525000\n"
    "    Received: 1751234524000\n\n"
    "      10 |     {setup}\n"
    "      11 |     const row = await repo.insert({{ name: \"kestrel\" }});\n"
    "    > 12 |     expect(row.createdAt).toBe(Date.now());\n"
    "         |                           ^\n"
    "      13 |   }});\n\n"
    "      at Object.<anonymous> (src/db/rows.test.ts:12:27)\n\n"
    "Tests:       1 failed, 12 passed, 13 total\n")


def _jest_clock(setup: str = "await repo.reset();") -> str:
    return _JEST_CLOCK.format(setup=setup) + _GHA


_JEST_FLOOR = (
    "FAIL src/timer/poller.test.ts\n"
    "  ● poller › waits between polls\n\n"
    "    expect(received).{matcher}(expected)\n\n"
    "    Expected: {op} {floor}\n"
    "    Received:    {got}\n\n"
    "      31 |     await poller.tick();\n"
    "      32 |     const {name} = clock() - before;\n"
    "    > 33 |     expect({name}).{matcher}({arg});\n"
    "         |                   ^\n"
    "      34 |   }});\n\n"
    "      at Object.<anonymous> (src/timer/poller.test.ts:33:19)\n\n"
    "Tests:       1 failed, 41 passed, 42 total\n")


def _jest_floor(floor: str, got: str, name: str = "elapsedMs", strict: bool = False, arg: str | None = None) -> str:
    matcher = "toBeGreaterThan" if strict else "toBeGreaterThanOrEqual"
    return _JEST_FLOOR.format(matcher=matcher, op=">" if strict else ">=", floor=floor, got=got, name=name,
                              arg=arg or floor) + _GHA


# Vitest: chai's wording and a frame with no ">" marker
_VITEST_FLOOR = (
    " FAIL  src/timer/poller.test.ts > poller > waits between polls\n"
    "AssertionError: expected 249 to be greater than or equal to 250\n"
    " ❯ src/timer/poller.test.ts:33:19\n"
    "     31|     await poller.tick();\n"
    "     32|     const elapsedMs = Date.now() - before;\n"
    "     33|     expect(elapsedMs).toBeGreaterThanOrEqual(250);\n"
    "       |                   ^\n\n"
    " Test Files  1 failed | 8 passed (9)\n"
    "      Tests  1 failed | 120 passed (121)\n")

# ---- JVM waits --------------------------------------------------------------------------------------------------------
_SUREFIRE_AWAIT = (
    "[INFO] Running com.example.ledger.LedgerSyncTest\n"
    "[ERROR] Tests run: 4, Failures: 0, Errors: 1, Skipped: 0, Time elapsed: 16.2 s <<< FAILURE! - in "
    "com.example.ledger.LedgerSyncTest\n"
    "[ERROR] replicatesEntries  Time elapsed: 15.1 s  <<< ERROR!\n"
    "org.awaitility.core.ConditionTimeoutException: Assertion condition defined as a lambda expression in "
    "com.example.ledger.LedgerSyncTest replica list was empty within 15 seconds.\n"
    "\tat org.awaitility.core.ConditionAwaiter.await(ConditionAwaiter.java:167)\n"
    "\tat com.example.ledger.LedgerSyncTest.replicatesEntries(LedgerSyncTest.java:44)\n"
    "Caused by: java.lang.AssertionError: replica list was empty\n"
    "\tat com.example.ledger.LedgerSyncTest.lambda$replicatesEntries$0(LedgerSyncTest.java:45)\n"
    "\t... 3 more\n\n"
    "{other}"
    "[INFO] Results:\n"
    "[ERROR] Errors: \n"
    "[ERROR]   LedgerSyncTest.replicatesEntries:44 » ConditionTimeout Assertion condition defin...\n"
    "[ERROR] Tests run: 61, Failures: 0, Errors: 1, Skipped: 0\n"
    "[INFO] BUILD FAILURE\n")

_GRADLE_CALLABLE_AWAIT = (
    "> Task :worker:test\n\n"
    "LedgerSyncTest > replicatesEntries() FAILED\n"
    "    org.awaitility.core.ConditionTimeoutException: Condition with com.example.ledger.LedgerSyncTest was not "
    "fulfilled within 15 seconds.\n"
    "        at org.awaitility.core.ConditionAwaiter.await(ConditionAwaiter.java:167)\n"
    "        at org.awaitility.core.ConditionFactory.until(ConditionFactory.java:985)\n"
    "        at com.example.ledger.LedgerSyncTest.replicatesEntries(LedgerSyncTest.java:44)\n\n"
    "        Caused by:\n"
    "        java.lang.IllegalStateException: ledger schema version 7 is not supported by this replica\n"
    "            at com.example.ledger.Replica.open(Replica.java:88)\n\n"
    "61 tests completed, 1 failed\n\n"
    "> Task :worker:test FAILED\n")

_SPOCK_POLLING = (
    "LedgerSyncSpec > replicates entries FAILED\n"
    "    org.spockframework.runtime.SpockTimeoutError: Condition not satisfied after 10.00 seconds and 98 attempts\n"
    "        at spock.util.concurrent.PollingConditions.within(PollingConditions.groovy:185)\n"
    "        at com.example.ledger.LedgerSyncSpec.replicates entries(LedgerSyncSpec.groovy:31)\n\n"
    "        Caused by:\n"
    "        org.spockframework.runtime.ConditionNotSatisfiedError: Condition not satisfied:\n\n"
    "        replica.size() == 3\n"
    "        |       |      |\n"
    "        |       0      false\n\n"
    "61 tests completed, 1 failed\n\n"
    "> Task :worker:test FAILED\n")

_KOTEST_EVENTUALLY = (
    "LedgerSyncTest > replicates entries FAILED\n"
    "    java.lang.AssertionError: Eventually block failed after 10s; attempted 97 time(s); 100.0ms delay between "
    "attempts\n"
    "    The first error was caused by: expected:<3> but was:<0>\n"
    "        at io.kotest.assertions.nondeterministic.EventuallyKt.eventually(eventually.kt:80)\n\n"
    "61 tests completed, 1 failed\n\n"
    "> Task :worker:test FAILED\n")

# ---- Playwright and its look-alikes in other tools -------------------------------------------------------------------------
_PW_STRICT_FLAKY_AND_RESET = (
    "Running 48 tests using 2 workers\n\n"
    "  1) [chromium] › tests/e2e/cart.spec.ts:12:7 › cart › removes an item ────────────────────────\n\n"
    "    Error: locator.click: Error: strict mode violation: getByRole('button', { name: 'Remove' }) resolved to 2 "
    "elements:\n"
    "        1) <button class=\"remove\">Remove</button> aka getByRole('button', { name: 'Remove' }).first()\n"
    "        2) <button class=\"remove\">Remove</button> aka getByRole('button', { name: 'Remove' }).nth(1)\n\n"
    "    Call log:\n      - waiting for getByRole('button', { name: 'Remove' })\n\n"
    "  2) [chromium] › tests/e2e/checkout.spec.ts:40:7 › checkout › pays ────────────────────────────\n\n"
    "    Error: page.goto: net::ERR_CONNECTION_RESET at http://localhost:4173/checkout\n"
    "    Call log:\n      - navigating to \"http://localhost:4173/checkout\", waiting until \"load\"\n\n"
    "  1 flaky\n"
    "    [chromium] › tests/e2e/cart.spec.ts:12:7 › cart › removes an item ──────────────────────────\n"
    "  1 failed\n"
    "    [chromium] › tests/e2e/checkout.spec.ts:40:7 › checkout › pays ──────────────────────────────\n"
    "  46 passed (2.1m)\n")

_PLAYWRIGHT_PYTHON_STRICT = (
    "tests/test_cart.py::test_remove[chromium] FAILED\n\n"
    "E       playwright._impl._errors.Error: Locator.click: Error: strict mode violation: get_by_role(\"button\", "
    "name=\"Remove\") resolved to 2 elements:\n"
    "E           1) <button class=\"remove\">Remove</button> aka get_by_role(\"button\", name=\"Remove\").first\n"
    "E           2) <button class=\"remove\">Remove all</button> aka get_by_role(\"button\", name=\"Remove all\")\n\n"
    "=========================== short test summary info ============================\n"
    "FAILED tests/test_cart.py::test_remove[chromium] - playwright._impl._errors.Error: Locator.click: Error: strict "
    "mode violation: get_by_role(\"button\", name=\"Remove\") resolved to 2 elements:\n"
    "========================= 1 failed, 22 passed in 41.02s =========================\n")

_CYPRESS_MULTIPLE = (
    "  1) cart\n"
    "       removes an item:\n"
    "     CypressError: `cy.click()` can only be called on a single element. Your subject contained 2 elements. Pass "
    "`{ multiple: true }` if you want to serially click each element.\n"
    "      at Context.eval (webpack:///./cypress/e2e/cart.cy.ts:14:37)\n\n"
    "  12 passing (31s)\n"
    "  1 failing\n")

_TESTING_LIBRARY_MULTIPLE = (
    "  ● Cart › removes an item\n\n"
    "    TestingLibraryElementError: Found multiple elements with the role \"button\" and name \"Remove\"\n\n"
    "    (If this is intentional, then use the `*AllBy*` variant of the query (like `queryAllByText`, `getAllByText`, "
    "or `findAllByText`)).\n\n"
    "      12 |     render(<Cart items={items} />);\n"
    "    > 13 |     await user.click(screen.getByRole(\"button\", { name: \"Remove\" }));\n\n"
    "Tests:       1 failed, 30 passed, 31 total\n")

# ---- other runners comparing a clock read ----------------------------------------------------------------------------------
_PHPUNIT_CLOCK = (
    "There was 1 failure:\n\n"
    "1) Tests\\Unit\\TokenTest::testIssuedAtIsNow\n"
    "Failed asserting that 1751234524 matches expected 1751234525.\n\n"
    "/home/runner/work/tokens/tests/Unit/TokenTest.php:31\n\n"
    "FAILURES!\n"
    "Tests: 88, Assertions: 140, Failures: 1.\n")

_PHPUNIT_CLOCK_AND_OTHER = _PHPUNIT_CLOCK.replace("There was 1 failure:", "There were 2 failures:").replace(
    "\nFAILURES!",
    "2) Tests\\Unit\\TokenTest::testSubjectIsTheUser\n"
    "Failed asserting that two strings are identical.\n"
    "--- Expected\n+++ Actual\n@@ @@\n-'user:kestrel'\n+'user:'\n\n"
    "/home/runner/work/tokens/tests/Unit/TokenTest.php:40\n\nFAILURES!").replace("Failures: 1.", "Failures: 2.")

_EXUNIT_CLOCK = (
    "  1) test stamps the issue time (TokenTest)\n"
    "     test/token_test.exs:14\n"
    "     Assertion with == failed\n"
    "     code:  assert token.issued_at == System.os_time(:second)\n"
    "     left:  1751234524\n"
    "     right: 1751234525\n"
    "     stacktrace:\n"
    "       test/token_test.exs:16: (test)\n\n"
    "Finished in 0.4 seconds (0.1s async, 0.3s sync)\n"
    "38 tests, 1 failure\n")

_SPOCK_CLOCK = (
    "TokenSpec > stamps the issue time FAILED\n"
    "    Condition not satisfied:\n\n"
    "    token.issuedAt == Instant.now().epochSecond\n"
    "    |     |        |          |     |\n"
    "    |     |        false      |     1751234525\n"
    "    |     1751234524          2025-06-29T21:42:05.120Z\n"
    "    Token@1f2e3d\n"
    "        at com.example.TokenSpec.stamps the issue time(TokenSpec.groovy:21)\n\n"
    "12 tests completed, 1 failed\n\n"
    "> Task :test FAILED\n")

_MINITEST_CLOCK = (
    "  1) Failure:\n"
    "SessionTest#test_refresh_stamps_the_time [test/models/session_test.rb:12]:\n"
    "Expected: 1751234525\n"
    "  Actual: 1751234524\n\n"
    "{other}"
    "30 runs, 44 assertions, {n} failures, 0 errors, 0 skips\n")

# ---- a log's own numbered lines that look like a gutter -----------------------------------------------------------------
_NUMBERED_STEPS_THEN_TYPE_ERROR = (
    "Release checklist:\n"
    "1 install dependencies\n"
    "2 build the bundle\n"
    "3 run the unit tests\n"
    "$ tsc --noEmit\n"
    "src/ledger/entry.ts(12,7): error TS2322: Type 'string' is not assignable to type 'number'.\n"
    "Found 1 error in src/ledger/entry.ts:12\n")

_COUNTER_THEN_ASSERTION = (
    "Waiting for the ledger service\n"
    "1\n2\n3\n4\n5\n"
    "ledger service is up\n"
    "============================= test session starts ==============================\n"
    "tests/test_ledger.py F                                                   [100%]\n"
    "=================================== FAILURES ===================================\n"
    "_______________________________ test_balance ___________________________________\n\n"
    "    def test_balance():\n"
    ">       assert ledger.balance(\"acct-7\") == 120\n"
    "E       assert 100 == 120\n"
    "E        +  where 100 = <function balance at 0x7f3a>('acct-7')\n\n"
    "tests/test_ledger.py:9: AssertionError\n"
    "=========================== short test summary info ============================\n"
    "FAILED tests/test_ledger.py::test_balance - assert 100 == 120\n"
    "============================== 1 failed in 0.31s ===============================\n")

_HEXDUMP_THEN_MISMATCH = (
    "--- FAIL: TestEncodeHeader (0.00s)\n"
    "    header_test.go:31: encoded header differs from the golden file; got:\n"
    "0000000 457f 464c 0102 0001 0000 0000 0000 0000\n"
    "0000001 0003 003e 0001 0000 1040 0000 0000 0000\n"
    "0000002 0040 0000 0000 0000 3a98 0000 0000 0000\n"
    "FAIL\n"
    "FAIL\tgithub.example/ledger/header\t0.012s\n")

_PIDS_THEN_PANIC = (
    "$ strace -f -e trace=execve,exit_group cargo test -q\n"
    "4101 execve(\"/usr/bin/cargo\", [\"cargo\", \"test\", \"-q\"], 0x7ffd /* 21 vars */) = 0\n"
    "4102 execve(\"target/debug/deps/ledger-3f2a\", [\"ledger-3f2a\"], 0x55d1 /* 21 vars */) = 0\n"
    "4103 exit_group(101) = ?\n\n"
    "running 12 tests\n"
    "test entry::tests::balance_sums_credits ... FAILED\n\n"
    "failures:\n\n"
    "---- entry::tests::balance_sums_credits stdout ----\n"
    "thread 'entry::tests::balance_sums_credits' panicked at src/entry.rs:88:9:\n"
    "assertion `left == right` failed\n"
    "  left: 100\n"
    " right: 120\n\n"
    "failures:\n"
    "    entry::tests::balance_sums_credits\n\n"
    "test result: FAILED. 11 passed; 1 failed; 0 ignored; 0 measured; 0 filtered out; finished in 0.01s\n")


# a compile error pasted with its gutter: the code frame's bar lines ("816    |") are no gutter lines (_GUTTER_LINE's
# bar), so each ends a run; the error's own line, in the run above them, is read
_RUST_COMPILE_WITH_NETWORK_RETRY = (
    "   Compiling ledger v0.3.1 (/home/runner/work/ledger)\n"
    "warning: spurious network error (2 tries remaining): [28] Timeout was reached (failed to download from "
    "`https://index.crates.example/cr/at/crate-x`)\n"
    "error[E0308]: mismatched types\n"
    "  --> src/main.rs:4:18\n"
    "   |\n"
    "4  |     let x: i32 = \"a\";\n"
    "   |            ---   ^^^ expected `i32`, found `&str`\n"
    "   |            |\n"
    "   |            expected due to this\n\n"
    "For more information about this error, try `rustc --explain E0308`.\n"
    "error: could not compile `ledger` (bin \"ledger\") due to 1 previous error")

CASES: list[tuple[str, str, str]] = [
    # ------------------------------------------------ the gutter
    # (transient, other spellings) a gutter copied with Windows line ends, with a tab after the number
    ("gutter-crlf-rspec-clock-a-second-apart", "transient", _gutter(_RSPEC_CLOCK, 1268, end="\r\n") + "\r\n" + _GHA),
    ("gutter-tab-rspec-clock-a-second-apart", "transient", _gutter(_RSPEC_CLOCK, 1268, sep="\t") + "\n" + _GHA),
    ("gutter-jest-tick-under-floor", "transient", _gutter(_jest_floor("250", "249"), 402)),
    ("gutter-rust-compile-error-beside-a-network-retry-real", "real",
     _gutter(_RUST_COMPILE_WITH_NETWORK_RETRY, 812) + "\n" + _GHA),
    # (real) a log's own numbered lines: a numbered list, a counter, a hexdump's offsets, process ids
    ("own-numbered-list-then-type-error-real", "real", _NUMBERED_STEPS_THEN_TYPE_ERROR + _GHA),
    ("own-counter-then-wrong-balance-real", "real", _COUNTER_THEN_ASSERTION + _GHA),
    ("own-hexdump-offsets-then-go-mismatch-real", "real", _HEXDUMP_THEN_MISMATCH + _GHA),
    ("own-strace-pids-then-panic-real", "real", _PIDS_THEN_PANIC + _GHA),
    # ------------------------------------------------ a clock read compared a second apart
    ("rspec-clock-a-second-apart", "transient", _RSPEC_CLOCK + _GHA),
    ("jest-date-now-a-second-apart", "transient", _jest_clock()),
    ("phpunit-epoch-now-a-second-apart", "transient", _PHPUNIT_CLOCK + _GHA),
    ("minitest-epoch-a-second-apart", "transient", _MINITEST_CLOCK.format(other="", n=1) + _GHA),
    ("exunit-os-time-a-second-apart", "transient", _EXUNIT_CLOCK + _GHA),
    ("spock-instant-now-a-second-apart", "transient", _SPOCK_CLOCK),
    # the second failure of one RSpec example (aggregate_failures' "1.2)") is another assertion, on its own values
    ("rspec-aggregate-clock-and-a-wrong-label-real", "real",
     _rspec_aggregate("expect(session.label).to eq(\"Kestrel\")", "\"Kestrel\"", "\"kestrel\"")),
    ("rspec-aggregate-clock-twice", "transient",
     _rspec_aggregate("expect(session.touched_at.to_i).to eq(Time.now.to_i)", "1751234525", "1751234524")),
    # another test failed on its own values (PHPUnit's numbered heading "2)" ends the first one's report)
    ("phpunit-epoch-now-and-another-test-real", "real", _PHPUNIT_CLOCK_AND_OTHER + _GHA),
    ("minitest-epoch-and-another-test-real", "real", _MINITEST_CLOCK.format(
        other="  2) Failure:\nSessionTest#test_label [test/models/session_test.rb:20]:\n"
              "Expected: \"Kestrel\"\n  Actual: \"kestrel\"\n\n", n=2) + _GHA),
    # under a clock the test set (Jest's setSystemTime in the frame): a second off is the code's answer
    ("jest-date-now-under-set-system-time-real", "real", _jest_clock("jest.setSystemTime(frozenAt);")),
    # ------------------------------------------------ a measured time a tick under its floor
    ("jest-elapsed-ms-a-tick-under", "transient", _jest_floor("250", "249")),
    ("jest-performance-now-a-fraction-under", "transient", _jest_floor("100", "99.12")),
    ("jest-ten-ms-floor-a-tick-under", "transient", _jest_floor("10", "9")),
    ("jest-strict-floor-met-exactly", "transient", _jest_floor("100", "100", strict=True)),
    ("vitest-elapsed-ms-a-tick-under", "transient", _VITEST_FLOOR + _GHA),
    # (real) a floor in whole seconds missed by a second, or by most of it: the delay the change shortened
    ("jest-elapsed-seconds-a-second-under-real", "real", _jest_floor("2", "1", "elapsedSeconds")),
    ("jest-duration-seconds-most-of-a-second-under-real", "real", _jest_floor("5", "4.002", "durationSeconds")),
    ("jest-elapsed-a-twentieth-of-the-floor-real", "real", _jest_floor("1", "0.05", "elapsedSec")),
    # (real) a point in time compared by its order, equal: a timestamp the update never moved
    ("jest-updated-time-not-after-created-real", "real",
     _jest_floor("1751234525000", "1751234525000", "updatedTime", strict=True, arg="createdTime")),
    # ------------------------------------------------ JVM waits and their causes
    ("surefire-awaitility-until-asserted", "transient", _SUREFIRE_AWAIT.format(other="")),
    ("surefire-awaitility-and-another-test-real", "real", _SUREFIRE_AWAIT.format(
        other="[ERROR] rejectsNegative  Time elapsed: 0.01 s  <<< FAILURE!\n"
              "java.lang.AssertionError: expected:<REJECTED> but was:<ACCEPTED>\n"
              "\tat org.junit.Assert.fail(Assert.java:89)\n\n")),
    ("spock-polling-conditions-timed-out", "transient", _SPOCK_POLLING),
    ("kotest-eventually-timed-out", "transient", _KOTEST_EVENTUALLY),
    # (real) the exception Awaitility ignored while polling, the same lasting one each time
    ("gradle-awaitility-ignored-lasting-exception-real", "real", _GRADLE_CALLABLE_AWAIT),
    # ------------------------------------------------ Playwright's strict mode and its look-alikes
    ("playwright-python-strict-mode-real", "real", _PLAYWRIGHT_PYTHON_STRICT + _GHA),
    ("cypress-click-on-two-elements-real", "real", _CYPRESS_MULTIPLE + _GHA),
    ("testing-library-multiple-elements-real", "real", _TESTING_LIBRARY_MULTIPLE + _GHA),
    # the strict-mode test passed on its retry; the job failed on a reset connection
    ("playwright-strict-mode-flaky-beside-a-reset", "transient", _PW_STRICT_FLAKY_AND_RESET + _GHA),
]

# The cases still misread, each with why (a strict xfail: it passes once the reading changes).
LEFT = {
    "exunit-os-time-a-second-apart": (
        "ExUnit prints the assertion's code ('code:  assert ... == System.os_time(:second)') over 'left:'/'right:'; "
        "clock-read-compared-a-second-apart reads RSpec's Failure/Error line and Jest's code frame only, and the "
        "epoch entry wants the time named"),
    "spock-instant-now-a-second-apart": (
        "Spock's power assertion ('token.issuedAt == Instant.now().epochSecond' over its value rows) is read by no "
        "value check"),
    "vitest-elapsed-ms-a-tick-under": (
        "Vitest prints chai's 'expected 249 to be greater than or equal to 250' and a frame with no '>' marker; "
        "_tick_under_floor reads Jest's 'Expected: >= 250' / 'Received: 249' over its '> 33 |' frame only"),
    "kotest-eventually-timed-out": (
        "Kotest's 'Eventually block failed after 10s; attempted 97 time(s)' is no wait any entry reads"),
    "gradle-awaitility-ignored-lasting-exception-real": (
        "(before this round) test-timeout reads Awaitility's callable form and its strength discounts the "
        "IllegalStateException it gives as the last ignored cause; _cause_of_wait rightly takes no such cause as "
        "the wait's report"),
}


def test_case_ids_are_unique() -> None:
    assert_unique_ids(CASES)


def test_left_names_cases() -> None:
    assert set(LEFT) <= {c[0] for c in CASES}


@pytest.mark.parametrize(("verdict", "log"), labelled(CASES, LEFT))
def test_rv36b_reads_right(verdict: str, log: str) -> None:
    v = judge(log)
    assert v.verdict == verdict, v.rationale


# --- the gutter ----------------------------------------------------------------------------------------------------------

def test_gutter_is_read_across_windows_line_ends() -> None:
    # an empty line's bare number ends its line with the carriage return: still one of the run
    assert _normalise("1268 Failure/Error: x\r\n1269\r\n1270   expected: 1\r\n1271   got: 2\r\n") == (
        "Failure/Error: x\n\n  expected: 1\n  got: 2\n")
    # a progress bar's lone carriage returns are cut after the gutter is read: its line's number is one
    assert _normalise("12 fetching\n13 10%\r 60%\r100%\n14 done\n") == "fetching\n10%\n 60%\n100%\ndone\n"



@pytest.mark.parametrize(("text", "stripped"), [
    ("1 install dependencies\n2 build the bundle\n3 run the unit tests\n",
     "install dependencies\nbuild the bundle\nrun the unit tests\n"),
    ("waiting\n1\n2\n3\nready\n", "waiting\n\n\nready\n"),  # (the blank run then cut to two)
    ("0000000 457f 464c\n0000001 0003 003e\n0000002 0040 0000\n", "457f 464c\n0003 003e\n0040 0000\n"),
])
def test_gutter_takes_a_logs_own_consecutive_numbers_keeping_their_text(text: str, stripped: str) -> None:
    """What prefixes' comment says of a log's own numbered lines: three in a row lose their numbers, not their text."""
    assert _normalise(text) == stripped


def test_gutter_run_ends_at_an_indented_bar_line() -> None:
    # Jest's caret line under a pasted gutter is no gutter line: the two lines after it, fewer than three, keep theirs
    text = "40 a\n41 b\n42     > 7 | expect(x)\n43         |   ^\n44 c\n45 d\n"
    assert _normalise(text) == "a\nb\n    > 7 | expect(x)\n43         |   ^\n44 c\n45 d\n"

# --- values_time's memo ----------------------------------------------------------------------------------------------------

def test_second_apart_memo_answers_each_log_for_its_own_lines() -> None:
    """The memo is keyed by the lines list itself: two logs read in turn, the same index, each its own answer."""
    apart = ["  expected: 2025-06-29 21:42:05 UTC", "       got: 2025-06-29 21:42:04 UTC"]
    hour = ["  expected: 2025-06-29 21:42:05 UTC", "       got: 2025-06-29 20:42:05 UTC"]
    for _ in range(2):
        assert values_time._second_apart_values(apart, 1)
        assert not values_time._second_apart_values(hour, 1)
    held = values_time._APART_MEMO[0]
    assert held is not None and held[0] is hour and held[1] == {1: False}
