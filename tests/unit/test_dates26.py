"""Twenty-sixth round, dates26: a test that compared two dates one calendar day apart.

Covered: a failing test whose compared values are exactly one calendar day apart and differ in nothing else (the test
and the code each took "today", in two zones or on two sides of midnight), in Ruby Test::Unit's, Minitest's and RSpec's
reports (Rails' Date and TimeWithZone inspect), pytest's and unittest's (Python's date and datetime reprs), PHPUnit's
(its string diff and "matches expected"), chai's under Mocha/Vitest (the words yesterday/today/tomorrow, a d/m/Y date
only one reading of which makes sense), Jest's (ISO Date values, JS Date#toDateString strings, RFC 2822 strings), JUnit
5's (Java's LocalDate), testify's and Go's own got/want. Against near misses that must not read transient: dates two
days apart, 'yesterday' for 'tomorrow', datetimes a day apart at different clock times or in different zones, datetimes
24 hours apart at another time than midnight, a slash date that reads a day or a month apart by its order, a test of
date arithmetic (business days, adding days, leap years, a calendar, a time zone conversion, formatting named in the
test's title or Surefire heading), a test under a frozen clock, a test whose source wrote both dates as literals and
read no clock, a changelog's or a release's date, a compile error quoting two dates, dates in the log's own timestamps,
and another test failing beside it on values that are not dates.

Where the wording comes from: the frameworks' report forms are recalled from their documented output (not read from
their sources in this round): test-unit's "<expected> expected but was" / "<actual>.", Minitest's "Expected:" /
"  Actual:", RSpec's "expected: ..." / "     got: ..." under "Failure/Error:", pytest's "E       AssertionError: assert
... == ...", unittest's "... != ...", PHPUnit's "Failed asserting that two strings are identical." diff and "Failed
asserting that '...' matches expected '...'.", chai's "expected 'a' to be 'b'", Jest's "Expected:" / "Received:",
JUnit 5's "expected: <...> but was: <...>", testify's "expected:" / "actual  :". Tests, files and dates are made up;
no project's CI log is copied.

The rules the cases hold:
  * two compared values a calendar day apart and the same otherwise (date-only values, datetimes in one zone both at
    midnight, today/yesterday/tomorrow a day apart) -> transient (dates-a-calendar-day-apart);
  * more than a day apart, datetimes at another time of day (a day added or not: the code's arithmetic) or not 24
    hours apart or in two zones, an ambiguous slash date -> not this entry: the test's failure -> real;
  * a test of date arithmetic, a frozen clock, fixed literal dates in the test's source with no clock read, a
    release's or changelog's date -> real (the code's answer, every run);
  * a compile error quoting dates, dates in the log's own timestamps -> real;
  * another test failing on values that are not dates -> real (what the failures share is the code).
"""

from __future__ import annotations

import pytest
from judging import assert_unique_ids, labelled, logs, not_surely_transient, reads, reads_as

_GHA = "##[error]Process completed with exit code 1.\n"
_GL = "ERROR: Job failed: exit code 1\n"


def _testunit(want: str, got: str, name: str = "test_due_today", case: str = "ReminderTest") -> str:
    return ("+ bundle exec rake test\nLoaded suite test\nStarted\nF\n" + "=" * 79 + "\n"
            f"Failure: {name}({case})\ntest/models/reminder_test.rb:12:in `{name}'\n"
            f"<{want}> expected but was\n<{got}>.\n" + "=" * 79 + "\n"
            "Finished in 0.21 seconds.\n14 tests, 30 assertions, 1 failures, 0 errors, 0 pendings, 0 omissions\n" + _GHA)


def _minitest(want: str, got: str, name: str = "test_due_on_is_today") -> str:
    return ("+ bin/rails test\nRun options: --seed 4242\n\n# Running:\n\n....F...\n\n"
            f"Failure:\nReminderTest#{name} [test/models/reminder_test.rb:9]:\n"
            f"Expected: {want}\n  Actual: {got}\n\n"
            "bin/rails test test/models/reminder_test.rb:7\n\n"
            "Finished in 0.31s, 25.8 runs/s, 38.7 assertions/s.\n8 runs, 12 assertions, 1 failures, 0 errors, 0 skips\n"
            + _GHA)


def _rspec(want: str, got: str, source: str = "expect(reminder.due_on).to eq(Date.today)",
           title: str = "Reminder#due_on is today", more: str = "", count: str = "1 failure") -> str:
    return ("+ bundle exec rspec\nRandomized with seed 1234\n..F.....\n\nFailures:\n\n"
            f"  1) {title}\n     Failure/Error: {source}\n\n"
            f"       expected: {want}\n            got: {got}\n\n       (compared using ==)\n"
            "     # ./spec/models/reminder_spec.rb:8:in `block (3 levels) in <top (required)>'\n\n"
            + more + f"Finished in 0.4 seconds (files took 1.1 seconds to load)\n12 examples, {count}\n\n"
            "Failed examples:\n\nrspec ./spec/models/reminder_spec.rb:7 # " + title + "\n" + _GHA)


def _pytest(compared: str, source: str = "assert order.created.date() == date.today()",
            name: str = "test_created_today") -> str:
    return ("+ python -m pytest -q\n" + f"{'_' * 27} {name} {'_' * 27}\n\n"
            f"    def {name}():\n        order = make_order()\n>       {source}\n"
            f"E       AssertionError: {compared}\n\ntests/test_orders.py:14: AssertionError\n"
            "=========================== short test summary info ============================\n"
            f"FAILED tests/test_orders.py::{name} - AssertionError: {compared}\n1 failed, 40 passed in 1.20s\n" + _GHA)


def _vitest(message: str, title: str = "relativeDay > labels a date from today", diff: str = "") -> str:
    return (f" FAIL  src/format.test.ts > {title}\nAssertionError: {message}\n\n" + diff
            + " ❯ src/format.test.ts:12:30\n\n Test Files  1 failed (1)\n      Tests  1 failed | 20 passed (21)\n" + _GHA)


def _jest(want: str, got: str, title: str = "Invoice › sets the due date to today",
          source: str = "expect(invoice.dueDate).toEqual(today())") -> str:
    return ("$ jest --ci\nFAIL src/invoice.test.ts\n"
            f"  ● {title}\n\n    expect(received).toEqual(expected) // deep equality\n\n"
            f"    Expected: {want}\n    Received: {got}\n\n"
            f"      10 |   const invoice = createInvoice();\n    > 11 |   {source};\n         |   ^\n\n"
            "      at Object.<anonymous> (src/invoice.test.ts:11:29)\n\n"
            "Tests:       1 failed, 33 passed, 34 total\n" + _GHA)


def _phpunit(body: str, name: str = "Tests\\Unit\\InvoiceTest::testDueDateIsToday") -> str:
    return ("+ vendor/bin/phpunit\nPHPUnit 10.5.20 by Sebastian Bergmann and contributors.\n\n"
            "....F.....                                                        10 / 10 (100%)\n\n"
            "Time: 00:00.402, Memory: 24.00 MB\n\nThere was 1 failure:\n\n"
            f"1) {name}\n{body}\n\n/home/runner/work/shop/shop/tests/Unit/InvoiceTest.php:21\n\n"
            "FAILURES!\nTests: 10, Assertions: 24, Failures: 1.\n" + _GHA)


def _junit(want: str, got: str, name: str = "dueDateIsToday()") -> str:
    return ("> Task :test\n\nInvoiceTest > " + name + " FAILED\n"
            f"    org.opentest4j.AssertionFailedError: expected: <{want}> but was: <{got}>\n"
            "        at app//org.junit.jupiter.api.AssertionFailureBuilder.build(AssertionFailureBuilder.java:151)\n"
            "        at app//com.acme.shop.InvoiceTest." + name.rstrip("()") + "(InvoiceTest.java:27)\n\n"
            "42 tests completed, 1 failed\n\n> Task :test FAILED\n\nFAILURE: Build failed with an exception.\n" + _GHA)


def _testify(want: str, got: str, name: str = "TestInvoiceDueToday") -> str:
    return ("$ go test ./...\n=== RUN   " + name + "\n    invoice_test.go:31: \n"
            "        \tError Trace:\t/home/runner/work/shop/invoice_test.go:31\n"
            "        \tError:      \tNot equal: \n"
            f"        \t            \texpected: \"{want}\"\n        \t            \tactual  : \"{got}\"\n"
            f"        \tTest:       \t{name}\n--- FAIL: {name} (0.00s)\n"
            "FAIL\nFAIL\tgithub.com/acme/shop\t0.021s\n" + _GL)


CASES: list[tuple[str, str, str]] = [
    # --- one calendar day apart: transient
    # Test::Unit with Rails' Date inspect (the blind thread's shape)
    ("testunit-rails-date-a-day-apart", "transient", _testunit("Wed, 08 Aug 2012", "Thu, 09 Aug 2012")),
    # Test::Unit with Rails' TimeWithZone at midnight, 24 hours apart
    ("testunit-rails-time-with-zone-24h", "transient",
     _testunit("Wed, 08 Aug 2012 00:00:00.000000000 UTC +00:00", "Thu, 09 Aug 2012 00:00:00.000000000 UTC +00:00")),
    # Minitest under Rails
    ("minitest-rails-date-a-day-apart", "transient", _minitest("Mon, 19 Jan 2015", "Tue, 20 Jan 2015")),
    # RSpec's expected/got (the blind thread's shape)
    ("rspec-rails-date-a-day-apart", "transient", _rspec("Mon, 19 Jan 2015", "Tue, 20 Jan 2015")),
    # RSpec across a month's end, the actual the earlier day
    ("rspec-date-month-end-a-day-apart", "transient", _rspec("Sun, 01 Feb 2015", "Sat, 31 Jan 2015")),
    # RSpec on ISO strings the code formatted
    ("rspec-iso-strings-a-day-apart", "transient",
     _rspec('"2024-03-01"', '"2024-02-29"', source="expect(report.day).to eq(Date.current.iso8601)",
            title="Report#day is the current day")),
    # pytest on date reprs (the blind thread's shape)
    ("pytest-date-repr-a-day-apart", "transient",
     _pytest("assert datetime.date(2022, 2, 1) == datetime.date(2022, 2, 2)")),
    # pytest on datetime reprs at midnight, 24 hours apart
    ("pytest-datetime-repr-24h", "transient",
     _pytest("assert datetime.datetime(2022, 2, 1, 0, 0) == datetime.datetime(2022, 2, 2, 0, 0)",
             source="assert start_of_today() == datetime.combine(date.today(), time())", name="test_start_today")),
    # unittest's assertEqual under pytest
    ("unittest-date-repr-a-day-apart", "transient",
     _pytest("datetime.date(2023, 12, 31) != datetime.date(2024, 1, 1)",
             source="self.assertEqual(report.period_end, date.today())", name="test_period_ends_today")),
    # chai under Vitest: the relative words (the blind thread's shape)
    ("vitest-chai-yesterday-for-today", "transient",
     _vitest("expected 'yesterday' to be 'today' // Object.is equality",
             diff="- Expected\n+ Received\n\n- today\n+ yesterday\n\n")),
    ("vitest-chai-tomorrow-for-today", "transient", _vitest("expected 'Due tomorrow' to equal 'Due today'",
                                                           title="dueLabel > labels an invoice due now")),
    # chai with d/m/Y strings: 20/01 has no month-first reading, so only one
    ("vitest-chai-day-first-unambiguous", "transient", _vitest("expected '20/01/2015' to equal '19/01/2015'",
                                                              title="shortDate > shows the current day")),
    # Jest's Date values (ISO, UTC midnight)
    ("jest-date-objects-24h", "transient", _jest("2015-01-19T00:00:00.000Z", "2015-01-20T00:00:00.000Z")),
    # Jest's strings from Date#toDateString
    ("jest-todatestring-a-day-apart", "transient", _jest('"Mon Jan 19 2015"', '"Tue Jan 20 2015"')),
    # Jest's RFC 2822 strings
    ("jest-rfc2822-strings-24h", "transient",
     _jest('"Mon, 19 Jan 2015 00:00:00 +0000"', '"Tue, 20 Jan 2015 00:00:00 +0000"')),
    # Jest's relative word strings
    ("jest-yesterday-today-strings", "transient", _jest('"today"', '"yesterday"', title="relativeDay › today",
                                                       source="expect(relativeDay(new Date())).toBe(\"today\")")),
    # Jest's object diff, the one changed key a date string
    ("jest-object-diff-date-key", "transient",
     "$ jest --ci\nFAIL src/invoice.test.ts\n  ● Invoice › sets the due date to today\n\n"
     "    expect(received).toEqual(expected) // deep equality\n\n    - Expected  - 1\n    + Received  + 1\n\n"
     "      Object {\n    -   \"dueDate\": \"2024-03-01\",\n    +   \"dueDate\": \"2024-03-02\",\n        \"id\": 7,\n      }\n\n"
     "      at Object.<anonymous> (src/invoice.test.ts:11:29)\n\nTests:       1 failed, 33 passed, 34 total\n" + _GHA),
    # PHPUnit's string diff
    ("phpunit-string-diff-a-day-apart", "transient",
     _phpunit("Failed asserting that two strings are identical.\n--- Expected\n+++ Actual\n@@ @@\n-'2024-03-01'\n"
              "+'2024-03-02'")),
    # PHPUnit's "matches expected"
    ("phpunit-matches-expected-a-day-apart", "transient",
     _phpunit("Failed asserting that '2024-03-02' matches expected '2024-03-01'.")),
    # JUnit 5 on LocalDate
    ("junit5-localdate-a-day-apart", "transient", _junit("2024-03-01", "2024-03-02")),
    # Surefire's report of a JUnit 5 test on LocalDate
    ("surefire-localdate-a-day-apart", "transient",
     "[INFO] Running com.acme.shop.InvoiceTest\n[ERROR] Tests run: 9, Failures: 1, Errors: 0, Skipped: 0, Time "
     "elapsed: 0.3 s <<< FAILURE! - in com.acme.shop.InvoiceTest\n"
     "[ERROR] com.acme.shop.InvoiceTest.dueDateIsToday  Time elapsed: 0.01 s  <<< FAILURE!\n"
     "org.opentest4j.AssertionFailedError: expected: <2024-03-01> but was: <2024-03-02>\n"
     "\tat com.acme.shop.InvoiceTest.dueDateIsToday(InvoiceTest.java:27)\n[INFO] BUILD FAILURE\n" + _GHA),
    # testify on formatted dates
    ("testify-date-strings-a-day-apart", "transient", _testify("2024-03-01", "2024-02-29")),
    # a Go test's own got/want
    ("go-got-want-dates-a-day-apart", "transient",
     "$ go test ./...\n--- FAIL: TestReportDay (0.00s)\n    report_test.go:22: got 2024-03-02, want 2024-03-01\n"
     "FAIL\nFAIL\tgithub.com/acme/shop/report\t0.012s\n" + _GL),
    # --- near misses: real
    # two days apart
    ("rspec-dates-two-days-apart", "real", _rspec("Mon, 19 Jan 2015", "Wed, 21 Jan 2015")),
    ("pytest-dates-two-days-apart", "real", _pytest("assert datetime.date(2022, 2, 1) == datetime.date(2022, 2, 3)")),
    ("vitest-yesterday-for-tomorrow", "real", _vitest("expected 'yesterday' to be 'tomorrow' // Object.is equality")),
    # datetimes a day apart at another clock time, or in two zones
    ("jest-datetimes-23h-apart", "real", _jest("2015-01-19T10:00:00.000Z", "2015-01-20T09:00:00.000Z")),
    # the same clock time other than midnight a day apart: a day added or not, the code's arithmetic (values_time's
    # reading since the nineteenth round, tests/unit/test_rules19_smells.py jest-iso-one-day)
    ("jest-datetimes-24h-not-midnight", "real", _jest("2015-01-19T10:00:00.000Z", "2015-01-20T10:00:00.000Z")),
    ("jest-datetimes-two-zones", "real", _jest('"2015-01-19T00:00:00+01:00"', '"2015-01-20T00:00:00+00:00"')),
    # a slash date whose two readings disagree (a day by day-first, a month by month-first)
    ("vitest-slash-date-ambiguous", "real", _vitest("expected '02/02/2022' to equal '01/02/2022'",
                                                    title="shortDate > shows the current day")),
    # a test of date arithmetic
    ("rspec-next-business-day", "real",
     _rspec("Mon, 19 Jan 2015", "Tue, 20 Jan 2015", source="expect(next_business_day(friday)).to eq(monday)",
            title="Calendar.next_business_day skips the weekend")),
    ("pytest-add-days-test", "real",
     _pytest("assert datetime.date(2022, 2, 28) == datetime.date(2022, 3, 1)",
             source="assert add_days(date(2022, 2, 27), 1) == date(2022, 2, 28)", name="test_add_days_across_month")),
    ("junit5-leap-year-test", "real", _junit("2024-02-29", "2024-03-01", name="handlesLeapYear()")),
    ("jest-time-zone-conversion-test", "real",
     _jest("2015-01-19T00:00:00.000Z", "2015-01-20T00:00:00.000Z", title="toTimeZone › converts to Tokyo",
           source="expect(toTimeZone(d, 'Asia/Tokyo')).toEqual(expected)")),
    # a day added to the clock's date in the test's own expectation: the code's arithmetic
    ("rspec-today-plus-one-expected", "real",
     _rspec("Tue, 20 Jan 2015", "Mon, 19 Jan 2015", source="expect(subscription.renews_on).to eq(Date.today + 1)",
            title="Subscription#renews_on is tomorrow")),
    ("pytest-timedelta-days-expected", "real",
     _pytest("assert datetime.date(2022, 2, 1) == datetime.date(2022, 2, 2)",
             source="assert trial.ends_on == date.today() + timedelta(days=1)", name="test_trial_ends_tomorrow")),
    # a test of formatting (values_time's time-arithmetic words): the formatter's answer
    ("vitest-format-date-test", "real", _vitest("expected 'yesterday' to be 'today' // Object.is equality",
                                                title="formatRelative > formats the current day")),
    # a test of formatting named in Surefire's heading and the stack frame only
    ("surefire-format-test-heading", "real",
     "[INFO] Running com.acme.feed.DateFormatTest\n[ERROR] Tests run: 7, Failures: 1, Errors: 0, Skipped: 0, Time "
     "elapsed: 0.3 s <<< FAILURE! - in com.acme.feed.DateFormatTest\n"
     "[ERROR] com.acme.feed.DateFormatTest.formatsIso  Time elapsed: 0.01 s  <<< FAILURE!\n"
     "org.opentest4j.AssertionFailedError: expected: <2024-01-02> but was: <2024-01-01>\n"
     "\tat com.acme.feed.DateFormatTest.formatsIso(DateFormatTest.java:41)\n[INFO] BUILD FAILURE\n" + _GHA),
    # a frozen clock: the day is set, so a day off is the code's
    ("rspec-travel-to-frozen-clock", "real",
     _rspec("Mon, 19 Jan 2015", "Tue, 20 Jan 2015",
            source="travel_to(Time.zone.local(2015, 1, 19, 23, 30)) { expect(reminder.due_on).to eq(Date.current) }")),
    # both dates literals in the test's source, no clock read
    ("pytest-fixed-literal-dates", "real",
     _pytest("assert datetime.date(2022, 2, 1) == datetime.date(2022, 2, 2)",
             source="assert invoice_due(date(2022, 1, 2)) == date(2022, 2, 1)", name="test_invoice_due")),
    # a changelog's date and a release's version
    ("junit5-changelog-date", "real", _junit("2024-03-01", "2024-03-02", name="changelogDateMatchesRelease()")),
    ("testunit-version-with-date", "real",
     _testunit("version 1.4.0 (2024-03-01)", "version 1.4.0 (2024-03-02)", name="test_banner", case="BannerTest")),
    # a compile error that quotes two dates
    ("tsc-compile-error-quoting-dates", "real",
     "$ tsc --noEmit\nsrc/release.ts(3,7): error TS2322: Type '\"2024-03-02\"' is not assignable to type '\"2024-03-01\"'.\n"
     "\nFound 1 error in src/release.ts:3\n\n" + _GHA),
    # dates in the log's own timestamps across midnight; the test failed on a count
    ("log-timestamps-across-midnight", "real",
     "2024-03-01 23:59:58 + bundle exec rspec\n2024-03-01 23:59:59 Randomized with seed 1\n"
     "2024-03-02 00:00:01 Failures:\n2024-03-02 00:00:01   1) Cart#total sums the items\n"
     "2024-03-02 00:00:01      Failure/Error: expect(cart.total).to eq(30)\n"
     "2024-03-02 00:00:01        expected: 30\n2024-03-02 00:00:01             got: 20\n"
     "2024-03-02 00:00:02 12 examples, 1 failure\n" + _GHA),
    # Jest's object diff with another key changed too: more than a day boundary differs
    ("jest-object-diff-date-and-status", "real",
     "$ jest --ci\nFAIL src/invoice.test.ts\n  ● Invoice › sets the due date to today\n\n"
     "    expect(received).toEqual(expected) // deep equality\n\n    - Expected  - 2\n    + Received  + 2\n\n"
     "      Object {\n    -   \"dueDate\": \"2024-03-01\",\n    -   \"status\": \"open\",\n"
     "    +   \"dueDate\": \"2024-03-02\",\n    +   \"status\": \"draft\",\n      }\n\n"
     "      at Object.<anonymous> (src/invoice.test.ts:11:29)\n\nTests:       1 failed, 33 passed, 34 total\n" + _GHA),
    # another test failing beside it on values that are not dates
    ("pytest-day-apart-and-another-failure", "real",
     "+ python -m pytest -q\n" + "_" * 27 + " test_created_today " + "_" * 27 + "\n\n"
     ">       assert order.created.date() == date.today()\n"
     "E       AssertionError: assert datetime.date(2022, 2, 1) == datetime.date(2022, 2, 2)\n\n"
     "tests/test_orders.py:14: AssertionError\n" + "_" * 27 + " test_total " + "_" * 27 + "\n\n"
     ">       assert cart.total() == 30\nE       assert 20 == 30\n\ntests/test_cart.py:9: AssertionError\n"
     "FAILED tests/test_orders.py::test_created_today - AssertionError: assert datetime.date(2022, 2, 1) == "
     "datetime.date(2022, 2, 2)\nFAILED tests/test_cart.py::test_total - assert 20 == 30\n2 failed, 40 passed in 1.20s\n"
     + _GHA),
    ("rspec-day-apart-and-another-failure", "real",
     _rspec("Mon, 19 Jan 2015", "Tue, 20 Jan 2015", count="2 failures",
            more="  2) Cart#total sums the items\n     Failure/Error: expect(cart.total).to eq(30)\n\n"
                 "       expected: 30\n            got: 20\n\n       (compared using ==)\n"
                 "     # ./spec/models/cart_spec.rb:12:in `block (2 levels) in <top (required)>'\n\n")),
]

# Near misses whose verdict is not this test's point but that must not be a confident rerun.
NOT_SURELY_TRANSIENT: list[tuple[str, str]] = [
    # a date-only value against a datetime a day later
    ("jest-date-against-datetime", _jest('"2015-01-19"', '"2015-01-20T10:00:00.000Z"')),
    # the day apart in a file's diff (a generated file's stamp), not a test's values
    ("git-diff-generated-date",
     "+ git diff --exit-code\ndiff --git a/docs/generated.md b/docs/generated.md\n--- a/docs/generated.md\n"
     "+++ b/docs/generated.md\n@@ -1,3 +1,3 @@\n # API\n-Generated: 2024-03-01\n+Generated: 2024-03-02\n" + _GHA),
]

# LEFT: read wrong and left (strict expected failures): none.
KNOWN_MISREAD: dict[str, str] = {}

READS_AS: list[tuple[str, str, str]] = [
    (cid, "transient", "dates-a-calendar-day-apart") for cid, verdict, _ in CASES if verdict == "transient"
]


@pytest.mark.parametrize(("verdict", "log"), labelled(CASES, KNOWN_MISREAD))
def test_dates26_reads_right(verdict: str, log: str) -> None:
    reads(log, verdict)


@pytest.mark.parametrize("log", logs(NOT_SURELY_TRANSIENT))
def test_dates26_not_surely_transient(log: str) -> None:
    not_surely_transient(log)


@pytest.mark.parametrize(("case_id", "verdict", "signature"), READS_AS, ids=[c[0] for c in READS_AS])
def test_dates26_reads_as(case_id: str, verdict: str, signature: str) -> None:
    reads_as(dict((c[0], c[2]) for c in CASES)[case_id], verdict, signature)


def test_dates26_ids_unique() -> None:
    assert_unique_ids(CASES, NOT_SURELY_TRANSIENT)
    assert set(KNOWN_MISREAD) <= {c[0] for c in CASES}


# One line of 50,000 characters of each of these words is read by benchmarks/pattern_speed.py.
LONG_LINE_WORDS = [
    "<Wed, 08 Aug 2012> expected but was", "     got: Tue, 20 Jan 2015", "+ 2024-03-01", "received: today",
    "datetime.date(2022, 2, 1) == datetime.date(2022, 2, 2)", "expected 'yesterday' to be 'today'",
    "Mon Jan 19 2015 but was Tue Jan 20 2015", "19/01/2015 == 20/01/2015", "2024-03-01 != ", "today but was ",
]
