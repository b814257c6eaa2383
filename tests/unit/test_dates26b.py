"""Twenty-sixth round, dates26b: two report shapes of the day-apart flake the dates26 reading missed.

Covered: a failing test whose compared values are exactly one calendar day apart (the test and the code each took
"today" on two sides of midnight or in two zones), in two shapes tests/unit/test_dates26.py does not hold:
  1. RSpec's pair with a matcher's suffix after the actual value: the operator matcher's "     got: Tue, 20 Jan 2015
     (using ==)" (`should ==`), and "(compared using ==)" / "(compared using eql?)" where a log joined Eq's or Eql's
     own line to the value's; also with RSpec's "Diff:" block (an "@@" hunk, "-" the expected, "+" the actual) below;
  2. a plain Python traceback (pytest --tb=native, or a runner that prints the exception only): the test's bare source
     line "    assert record.first_seen == first", then "AssertionError: assert datetime.date(2022, 2, 1) ==
     datetime.date(2022, 2, 2)" and pytest's explanation " +  where datetime.date(2022, 2, 1) = <... object at 0x...>
     .first_seen"; and pytest's own listing ("E" lines) where an earlier, passing assert of the test's source stands
     above the failing one. The bare source line names, not values: it is no pair of compared values (it made every
     such log read as "another value compared otherwise", values_dates._other_values_compared). pytest's " +  where" /
     " +  and" line explains a value and is no diff's "+" line.
Against near misses that must not read transient in the same shapes: dates two days apart, a test of date arithmetic
(its title, its test function's name in the traceback), fixed literal dates in the test's source with no clock read,
another failure beside it on values that are not dates.

Where the wording comes from: RSpec's operator matcher, read in rspec/rspec-expectations
lib/rspec/matchers/built_in/operators.rb ("expected: %s\\n     got: %s (using %s)"); Eq's and Eql's, read in
built_in/eq.rb and eql.rb ("\\nexpected: %s\\n     got: %s\\n\\n(compared using ==)\\n", "... eql?)"); RSpec's "Diff:"
block with its "@@" hunk (recalled). pytest's explanation lines, read in pytest-dev/pytest
src/_pytest/assertion/util.py _format_lines (" +" + "  " * depth + "where " / "and   ") and in its
doc/en/example/reportingdemo.rst ("E        +  where 1 = <failure_demo...Foo object at 0xdeadbeef0018>.b"); the
native traceback's "AssertionError: assert ..." last line is the same rewritten message (recalled). Tests, files,
objects and dates are made up; no project's CI log is copied.

The rules the cases hold:
  * a day apart in these shapes, nothing else compared otherwise -> transient (dates-a-calendar-day-apart);
  * two days apart, date arithmetic, fixed literal dates, another failure on other values -> real.
"""

from __future__ import annotations

import pytest
from judging import assert_unique_ids, labelled, logs, not_surely_transient, reads, reads_as

_GHA = "##[error]Process completed with exit code 1.\n"
_DIFF = "\n       Diff:\n       @@ -1 +1 @@\n       -{want}\n       +{got}\n"


def _rspec_op(want: str, got: str, suffix: str = " (using ==)", source: str = "reminder.due_on.should == Date.today",
              title: str = "Reminder#due_on is today", diff: bool = False, more: str = "",
              count: str = "1 failure") -> str:
    """RSpec 2's operator matcher (or RSpec 3's Eq/Eql with its own line joined to the value's) under Failure/Error."""
    return ("+ bundle exec rspec\n..F.....\n\nFailures:\n\n"
            f"  1) {title}\n     Failure/Error: {source}\n"
            f"       expected: {want}\n            got: {got}{suffix}\n"
            + (_DIFF.format(want=want, got=got) if diff else "")
            + "     # ./spec/models/reminder_spec.rb:8:in `block (2 levels) in <top (required)>'\n\n"
            + more + f"Finished in 0.4 seconds\n12 examples, {count}\n\n"
            "Failed examples:\n\nrspec ./spec/models/reminder_spec.rb:7 # " + title + "\n" + _GHA)


def _rspec_eq_diff(want: str, got: str, title: str = "Reminder#due_on is today",
                   source: str = "expect(reminder.due_on).to eq(Date.today)") -> str:
    """RSpec 3's Eq with its "(compared using ==)" line and its Diff block."""
    return ("+ bundle exec rspec\n..F.....\n\nFailures:\n\n"
            f"  1) {title}\n     Failure/Error: {source}\n\n"
            f"       expected: {want}\n            got: {got}\n\n       (compared using ==)\n"
            + _DIFF.format(want=want, got=got)
            + "\n     # ./spec/models/reminder_spec.rb:8:in `block (3 levels) in <top (required)>'\n\n"
            "Finished in 0.4 seconds (files took 1.1 seconds to load)\n12 examples, 1 failure\n" + _GHA)


def _traceback(left: str, right: str, source: str = "assert record.first_seen == first",
               name: str = "test_first_seen", where: str = "<app.models.Shard object at 0x7f3a2c1d0e50>.first_seen",
               head: str = "+ python -m pytest --tb=native -q\n", more: str = "",
               tail: str = "1 failed, 40 passed in 1.20s\n") -> str:
    """A native Python traceback of pytest's rewritten assert, its explanation line below."""
    return (head + f"{'_' * 20} {name} {'_' * 20}\n"
            f"Traceback (most recent call last):\n  File \"/app/tests/test_shard.py\", line 22, in {name}\n"
            f"    {source}\nAssertionError: assert {left} == {right}\n"
            + (f" +  where {left} = {where}\n" if where else "") + more + tail + _GHA)


def _pytest_listing(left: str, right: str, above: str = "assert station.id == 7",
                    source: str = "assert record.first_seen == first", name: str = "test_first_seen") -> str:
    """pytest's own long report: the test's source (an earlier assert that passed above the failing one), "E" lines."""
    return ("+ python -m pytest -q\n" + f"{'_' * 27} {name} {'_' * 27}\n\n"
            f"    def {name}():\n        first = date.today()\n        station = make_shard()\n        {above}\n"
            f">       {source}\nE       AssertionError: assert {left} == {right}\n"
            f"E        +  where {left} = <app.models.Shard object at 0x7f3a2c1d0e50>.first_seen\n\n"
            "tests/test_shard.py:22: AssertionError\n"
            "=========================== short test summary info ============================\n"
            f"FAILED tests/test_shard.py::{name} - AssertionError: assert {left} == {right}\n"
            "1 failed, 40 passed in 1.20s\n" + _GHA)


_D1, _D2, _D3 = "datetime.date(2022, 2, 1)", "datetime.date(2022, 2, 2)", "datetime.date(2022, 2, 3)"

CASES: list[tuple[str, str, str]] = [
    # --- shape 1, RSpec's suffix after the actual value: transient
    ("rspec-operator-using-eq-a-day-apart", "transient", _rspec_op("Mon, 19 Jan 2015", "Tue, 20 Jan 2015")),
    ("rspec-operator-using-eq-month-end", "transient", _rspec_op("Sun, 01 Feb 2015", "Sat, 31 Jan 2015")),
    ("rspec-operator-using-eq-with-diff", "transient",
     _rspec_op("Mon, 19 Jan 2015", "Tue, 20 Jan 2015", diff=True)),
    ("rspec-compared-using-eql-joined", "transient",
     _rspec_op("Mon, 19 Jan 2015", "Tue, 20 Jan 2015", suffix=" (compared using eql?)",
               source="expect(reminder.due_on).to eql(Date.today)")),
    ("rspec-compared-using-eq-joined-iso", "transient",
     _rspec_op('"2024-03-01"', '"2024-02-29"', suffix=" (compared using ==)",
               source="expect(report.day).to eq(Date.current.iso8601)", title="Report#day is the current day")),
    # RSpec 3's Eq with its own "(compared using ==)" line and the Diff block
    ("rspec-eq-diff-block-a-day-apart", "transient", _rspec_eq_diff("Mon, 19 Jan 2015", "Tue, 20 Jan 2015")),
    # --- shape 2, a plain Python traceback's bare assert line: transient
    ("python-native-traceback-date-a-day-apart", "transient", _traceback(_D1, _D2)),
    # the traceback alone, no pytest command or summary around it
    ("python-traceback-only-date-a-day-apart", "transient", _traceback(_D1, _D2, head="", tail="")),
    # datetimes at midnight, 24 hours apart
    ("python-native-traceback-datetime-24h", "transient",
     _traceback("datetime.datetime(2022, 2, 1, 0, 0)", "datetime.datetime(2022, 2, 2, 0, 0)",
                source="assert window.start == start_of_today()", name="test_window_starts_today",
                where="<app.models.Window object at 0x7f3a2c1d0e50>.start")),
    # pytest's own listing: an earlier assert of the test's source above the failing one
    ("pytest-listing-earlier-assert-a-day-apart", "transient", _pytest_listing(_D1, _D2)),
    # --- near misses: real
    ("rspec-operator-two-days-apart", "real", _rspec_op("Mon, 19 Jan 2015", "Wed, 21 Jan 2015")),
    ("rspec-operator-next-business-day", "real",
     _rspec_op("Mon, 19 Jan 2015", "Tue, 20 Jan 2015", source="next_business_day(friday).should == monday",
               title="Calendar.next_business_day skips the weekend")),
    ("rspec-operator-day-apart-and-another-failure", "real",
     _rspec_op("Mon, 19 Jan 2015", "Tue, 20 Jan 2015", count="2 failures",
               more="  2) Cart#total sums the items\n     Failure/Error: cart.total.should == 30\n"
                    "       expected: 30\n            got: 20 (using ==)\n"
                    "     # ./spec/models/cart_spec.rb:12:in `block (2 levels) in <top (required)>'\n\n")),
    ("python-native-traceback-two-days-apart", "real", _traceback(_D1, _D3)),
    ("python-native-traceback-add-days-test", "real",
     _traceback("datetime.date(2022, 2, 28)", "datetime.date(2022, 3, 1)", name="test_add_days_across_month",
                source="assert add_days(start, 1) == expected")),
    ("python-native-traceback-fixed-literal-dates", "real",
     _traceback(_D1, _D2, source="assert invoice_due(date(2022, 1, 2)) == date(2022, 2, 2)",
                name="test_invoice_due", where="invoice_due(datetime.date(2022, 1, 2))")),
    ("python-native-traceback-and-another-failure", "real",
     _traceback(_D1, _D2, tail="2 failed, 39 passed in 1.30s\n",
                more=f"{'_' * 20} test_total {'_' * 20}\nTraceback (most recent call last):\n"
                     "  File \"/app/tests/test_cart.py\", line 9, in test_total\n    assert cart.total() == 30\n"
                     "AssertionError: assert 20 == 30\n"
                     " +  where 20 = <bound method Cart.total of <app.models.Cart object at 0x7f3a2c1d0f10>>()\n")),
    ("pytest-listing-two-days-apart", "real", _pytest_listing(_D1, _D3)),
]

# Near misses whose verdict is not this test's point but that must not be a confident rerun.
NOT_SURELY_TRANSIENT: list[tuple[str, str]] = [
    # an operator other than equality (a regex match) on dates: not the compared pair of an equality
    ("rspec-operator-match-dates", _rspec_op("/Mon, 19 Jan 2015/", "Tue, 20 Jan 2015", suffix=" (using =~)",
                                             source="reminder.label.should =~ /#{Date.today.to_s(:rfc822)}/")),
]

# LEFT: read wrong and left (strict expected failures): none.
KNOWN_MISREAD: dict[str, str] = {}

READS_AS: list[tuple[str, str, str]] = [
    (cid, "transient", "dates-a-calendar-day-apart") for cid, verdict, _ in CASES if verdict == "transient"
]


@pytest.mark.parametrize(("verdict", "log"), labelled(CASES, KNOWN_MISREAD))
def test_dates26b_reads_right(verdict: str, log: str) -> None:
    reads(log, verdict)


@pytest.mark.parametrize("log", logs(NOT_SURELY_TRANSIENT))
def test_dates26b_not_surely_transient(log: str) -> None:
    not_surely_transient(log)


@pytest.mark.parametrize(("case_id", "verdict", "signature"), READS_AS, ids=[c[0] for c in READS_AS])
def test_dates26b_reads_as(case_id: str, verdict: str, signature: str) -> None:
    reads_as(dict((c[0], c[2]) for c in CASES)[case_id], verdict, signature)


def test_dates26b_ids_unique() -> None:
    assert_unique_ids(CASES, NOT_SURELY_TRANSIENT)
    assert set(KNOWN_MISREAD) <= {c[0] for c in CASES}


@pytest.mark.parametrize("line", [
    " +  where datetime.date(2022, 2, 1) = <app.models.Shard object at 0x7f3a2c1d0e50>.first_seen",
    "E        +  where datetime.date(2022, 2, 1) = <app.models.Shard object at 0x7f3a2c1d0e50>.first_seen",
    " +  and   datetime.date(2022, 2, 2) = <function today at 0x7f3a2c1d0f70>()",
    " +    where <app.models.Shard object at 0x7f3a2c1d0e50> = make_shard()",
], ids=["native-where", "pytest-e-where", "native-and", "native-nested-where"])
def test_dates26b_explanation_line_is_no_diff_value(line: str) -> None:
    # pytest's explanation of a value under a diff's "-" line is not that diff's "+" value
    from triage_agent.classify.values_dates import _compared_pair

    assert _compared_pair(["  - datetime.date(2022, 2, 2)", line], 1) is None


def test_dates26b_bare_source_assert_is_no_pair() -> None:
    # a traceback's (or pytest's listing's) source line names the values; it compares none
    from triage_agent.classify.values_dates import _compared_pair

    assert _compared_pair(["    assert record.first_seen == first"], 0) is None
    assert _compared_pair([f"AssertionError: assert {_D1} == {_D2}"], 0) == (_D2, _D1, 0)


# One line of 50,000 characters of each of these words is read by benchmarks/pattern_speed.py.
LONG_LINE_WORDS = [
    "     got: Tue, 20 Jan 2015 (using ==)", " (compared using eql?)", " +  where datetime.date(2022, 2, 1) = ",
    "AssertionError: assert datetime.date(2022, 2, 1) == ", "    assert record.first_seen == first",
]
