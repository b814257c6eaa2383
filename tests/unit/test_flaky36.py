"""Thirty-sixth round, flaky tests quoted by their failure: guards for the readings the round added.

Each new reading, with lines in its tool's own form that must read transient or real, and the look-alikes that must
not (signatures.toml, the section "flaky36", says why each is kept as narrow as it is):

  * a web log viewer's line-number gutter (prefixes._strip_gutter): removed where runs of consecutively numbered lines
    show one, so a pasted excerpt's lines read as the log's; a table's repeated numbers and a code frame's numbered rows
    ("27 |") are kept;
  * clock-read-compared-a-second-apart (values_time._clock_read_second_apart): RSpec's assertion source comparing with
    a live clock read, its compared values a second apart, reads transient (pytest's form stays the epoch entry's); a
    literal time in the source, values an hour apart, or another spec failing on its own values (placement._own_report
    now reads RSpec's and Mocha's numbered headings as another failure's) do not;
  * awaitility-condition-timeout and the cause chain under it (placement._cause_of_wait): Awaitility's "... within N
    seconds." with the assertion it gives as the cause reads transient; not where it found deadlocked threads, nor where
    its line quotes the condition's last compared value (an earlier round's decision, test_tool_sources_test_waits.py),
    and an assertion of another test below is no cause;
  * playwright-strict-mode-violation: a locator that resolved to several elements reads real; Playwright's wait that
    found no element is not this entry's;
  * elapsed-time-a-tick-under-floor (values_time._tick_under_floor): a measured time one unit under a Jest floor reads
    transient; ten under, a computed delay's floor, a count's floor or a fake clock's do not.

Every log is written for this test in the tools' forms (RSpec's, pytest's, Gradle's and Awaitility's ConditionAwaiter
wording read in awaitility/awaitility; Playwright's strict-mode report as its injected script prints it; Jest's
matcher report); names, hosts and projects are made up.
"""

from __future__ import annotations

import pytest
from judging import assert_part_figures, assert_unique_ids, judge, labelled, reads, signatures

from triage_agent.classify.placement import _cause_of_wait
from triage_agent.classify.prefixes import _normalise

_GHA = "##[error]Process completed with exit code 1.\n"


def _gutter(text: str, first: int) -> str:
    """``text`` as a web log viewer's copy shows it: each line after its number and a space."""
    return "\n".join(f"{n} {line}" for n, line in enumerate(text.split("\n"), first))


_RSPEC_CLOCK = (
    "Failures:\n\n"
    "  1) Invoice#finalize! stamps the finalized time\n"
    "     Failure/Error: expect(invoice.reload.finalized_at.to_i).to eq(Time.now.to_i)\n\n"
    "       expected: 1751234525\n"
    "            got: 1751234524\n\n"
    "       (compared using ==)\n"
    "     # ./spec/models/invoice_spec.rb:41:in `block (3 levels) in <top (required)>'\n\n"
    "Finished in 2.31 seconds (files took 1.9 seconds to load)\n"
    "212 examples, 1 failure\n")

_PYTEST_CLOCK = (
    "=================================== FAILURES ===================================\n"
    "____________________________ test_token_issued_now ____________________________\n\n"
    "    def test_token_issued_now():\n"
    "        token = issue_token(\"svc-reporting\")\n"
    ">       assert token.issued_at == int(time.time())\n"
    "E       assert 1751234524 == 1751234525\n\n"
    "tests/test_tokens.py:14: AssertionError\n"
    "=========================== short test summary info ============================\n"
    "FAILED tests/test_tokens.py::test_token_issued_now - assert 1751234524 == 1751234525\n"
    "========================= 1 failed, 88 passed in 4.02s =========================\n")

_AWAITILITY = (
    "> Task :core:test\n\n"
    "OrderEventsTest > publishesShippedEvent() FAILED\n"
    "    org.awaitility.core.ConditionTimeoutException: Assertion condition defined as a lambda expression in "
    "com.example.orders.OrderEventsTest None of the 0 recorded events matched the predicate within 10 seconds.\n"
    "        at org.awaitility.core.ConditionAwaiter.await(ConditionAwaiter.java:167)\n"
    "        at org.awaitility.core.AssertionCondition.await(AssertionCondition.java:119)\n"
    "        at org.awaitility.core.ConditionFactory.untilAsserted(ConditionFactory.java:769)\n"
    "        at com.example.orders.OrderEventsTest.publishesShippedEvent(OrderEventsTest.java:58)\n\n"
    "        Caused by:\n"
    "        org.opentest4j.AssertionFailedError: None of the 0 recorded events matched the predicate\n"
    "            at app//org.junit.jupiter.api.AssertionUtils.fail(AssertionUtils.java:39)\n"
    "            at app//org.junit.jupiter.api.Assertions.fail(Assertions.java:117)\n\n"
    "42 tests completed, 1 failed\n\n"
    "> Task :core:test FAILED\n")

_JEST_FLOOR = (
    "FAIL src/timer/debounce.test.ts\n"
    "  ● debounce › waits at least the interval before firing\n\n"
    "    expect(received).toBeGreaterThanOrEqual(expected)\n\n"
    "    Expected: >= 250\n"
    "    Received:    {got}\n\n"
    "      18 |     await flushed;\n"
    "      19 |     const {name} = Date.now() - startedAt;\n"
    "    > 20 |     expect({name}).toBeGreaterThanOrEqual(250);\n"
    "         |                       ^\n"
    "      21 |   }});\n\n"
    "      at Object.<anonymous> (src/timer/debounce.test.ts:20:23)\n\n"
    "Tests:       1 failed, 57 passed, 58 total\n")


def _jest_floor(got: int, name: str = "elapsedMs") -> str:
    return _JEST_FLOOR.format(got=got, name=name)


CASES: list[tuple[str, str, str]] = [
    # ------------------------------------------------ clock-read-compared-a-second-apart
    ("rspec-eq-time-now-a-second-apart", "transient", _RSPEC_CLOCK + _GHA),
    ("rspec-eq-time-now-a-second-apart-under-a-gutter", "transient", _gutter(_RSPEC_CLOCK, 1268) + "\n" + _GHA),
    ("pytest-eq-time-time-a-second-apart", "transient", _PYTEST_CLOCK + _GHA),
    # guard: a literal time in the source is the code's answer for a fixed input, every run
    ("rspec-eq-literal-time-a-second-apart-real", "real",
     _RSPEC_CLOCK.replace("eq(Time.now.to_i)", "eq(1751234525)") + _GHA),
    # guard: an hour apart is a zone or an offset the code got wrong, not a tick
    ("rspec-eq-time-now-an-hour-apart-real", "real",
     _RSPEC_CLOCK.replace("got: 1751234524", "got: 1751230925") + _GHA),
    # ------------------------------------------------ awaitility-condition-timeout
    ("gradle-awaitility-until-asserted-timed-out", "transient", _AWAITILITY),
    # guard: the same cause with no wait above it is an assertion of its own
    ("gradle-bare-assertion-failed-real", "real",
     "> Task :core:test\n\nOrderEventsTest > publishesShippedEvent() FAILED\n"
     "    org.opentest4j.AssertionFailedError: expected: <SHIPPED> but was: <PACKED>\n"
     "        at app//org.junit.jupiter.api.AssertionFailureBuilder.build(AssertionFailureBuilder.java:151)\n\n"
     "42 tests completed, 1 failed\n\n> Task :core:test FAILED\n"),
    # ------------------------------------------------ playwright-strict-mode-violation
    ("playwright-strict-mode-violation-real", "real",
     "  1) [chromium] › tests/e2e/settings.spec.ts:31:7 › settings › saves the display name ─────────\n\n"
     "    Error: locator.click: Error: strict mode violation: getByRole('button', { name: 'Save' }) resolved to 2 "
     "elements:\n"
     "        1) <button type=\"submit\" class=\"btn-primary\">Save</button> aka getByRole('button', { name: 'Save', "
     "exact: true })\n"
     "        2) <button class=\"btn-link\">Save as draft</button> aka getByRole('button', { name: 'Save as draft' })\n\n"
     "    Call log:\n      - waiting for getByRole('button', { name: 'Save' })\n\n"
     "  1 failed\n    [chromium] › tests/e2e/settings.spec.ts:31:7 › settings › saves the display name\n" + _GHA),
    # ------------------------------------------------ elapsed-time-a-tick-under-floor
    ("jest-elapsed-one-ms-under-floor", "transient", _jest_floor(249) + _GHA),
    # guard: ten under the floor is a delay the change shortened
    ("jest-elapsed-ten-ms-under-floor-real", "real", _jest_floor(240) + _GHA),
    # guard: a computed delay's floor (a backoff) is the code's answer
    ("jest-backoff-delay-one-under-floor-real", "real", _jest_floor(249, "backoffDelayMs") + _GHA),
    # guard: a count one under its floor is no time
    ("jest-item-count-one-under-floor-real", "real", _jest_floor(249, "itemCount") + _GHA),
]


def test_case_ids_are_unique() -> None:
    assert_unique_ids(CASES)


@pytest.mark.parametrize(("verdict", "log"), labelled(CASES))
def test_flaky36_reads_right(verdict: str, log: str) -> None:
    reads(log, verdict)


# --- which entry reads each case --------------------------------------------------------------------------------------

def test_clock_read_entry_reads_rspecs_form_and_pytests_is_the_epoch_entrys() -> None:
    assert "clock-read-compared-a-second-apart" in signatures(judge(_RSPEC_CLOCK + _GHA))
    # pytest's quoted source is code no transient entry reads; its "E assert" pair is the epoch entry's
    assert "epoch-timestamps-a-second-apart" in signatures(judge(_PYTEST_CLOCK + _GHA))


def test_clock_read_entry_stands_aside_for_a_literal_time_and_an_hour() -> None:
    literal = _RSPEC_CLOCK.replace("eq(Time.now.to_i)", "eq(1751234525)")
    hour = _RSPEC_CLOCK.replace("got: 1751234524", "got: 1751230925")
    for log in (literal, hour):
        assert "clock-read-compared-a-second-apart" not in signatures(judge(log + _GHA))


def test_clock_read_entry_stands_aside_where_another_test_failed_on_its_own_values() -> None:
    other = ("  2) Invoice#total sums the lines\n"
             "     Failure/Error: expect(invoice.total).to eq(42)\n\n"
             "       expected: 42\n            got: 40\n\n"
             "       (compared using ==)\n")
    log = _RSPEC_CLOCK.replace("Finished in", other + "\nFinished in") + _GHA
    v = judge(log)
    assert "clock-read-compared-a-second-apart" not in signatures(v)
    assert v.verdict != "transient"


def test_awaitility_entry_reads_the_wait_and_its_cause_is_its_report() -> None:
    v = judge(_AWAITILITY)
    assert "awaitility-condition-timeout" in signatures(v)
    assert v.verdict == "transient", v.rationale


def test_awaitility_entry_stands_aside_where_it_found_deadlocked_threads() -> None:
    deadlock = _AWAITILITY.replace(
        "        Caused by:\n        org.opentest4j.AssertionFailedError: None of the 0 recorded events matched the "
        "predicate\n",
        "        Caused by:\n        org.awaitility.core.DeadlockException: Deadlocked threads detected:\n")
    v = judge(deadlock)
    assert "awaitility-condition-timeout" not in signatures(v)


def test_awaitility_entry_stands_aside_where_the_line_quotes_the_last_compared_value() -> None:
    # the condition's last value may be a count that never arrived as well as one that came late
    valued = _AWAITILITY.replace("None of the 0 recorded events matched the predicate within 10 seconds.",
                                 "expected: <SHIPPED> but was: <PACKED> within 10 seconds.")
    assert "awaitility-condition-timeout" not in signatures(judge(valued))


def test_cause_of_wait_is_only_a_cause_chain_of_an_assertion() -> None:
    lines = _normalise(_AWAITILITY).split("\n")
    wait = next(i for i, ln in enumerate(lines) if "ConditionTimeoutException" in ln)
    cause = next(i for i, ln in enumerate(lines) if "AssertionFailedError" in ln)
    assert _cause_of_wait(wait, cause, lines)
    # another test's report between the wait and an assertion: no chain
    other = lines[:cause - 1] + ["OrderEventsTest > cancelsOrder() FAILED"] + lines[cause - 1:]
    assert not _cause_of_wait(wait, cause + 1, other)
    # a cause that is no assertion (a deadlock Awaitility found) is no condition not yet met
    deadlock = lines[:cause] + ["        org.awaitility.core.DeadlockException: Deadlocked threads detected:"]
    assert not _cause_of_wait(wait, cause, deadlock)


def test_strict_mode_entry_is_not_a_wait_that_found_nothing() -> None:
    log = ("  1) [chromium] › tests/e2e/settings.spec.ts:40:7 › settings › shows the confirm dialog ───────\n\n"
           "    Error: Timed out 5000ms waiting for expect(locator).toBeVisible()\n\n"
           "    Locator: getByRole('dialog', { name: 'Confirm' })\n"
           "    Expected: visible\n    Received: <element(s) not found>\n\n  1 failed\n" + _GHA)
    assert "playwright-strict-mode-violation" not in signatures(judge(log))


def test_tick_under_floor_entry_reads_only_a_measured_time_one_tick_short() -> None:
    assert "elapsed-time-a-tick-under-floor" in signatures(judge(_jest_floor(249) + _GHA))
    for log in (_jest_floor(240), _jest_floor(249, "backoffDelayMs"), _jest_floor(249, "itemCount"),
                _jest_floor(251), _jest_floor(249).replace("await flushed;", "jest.useFakeTimers();")):
        assert "elapsed-time-a-tick-under-floor" not in signatures(judge(log + _GHA))


# --- the gutter --------------------------------------------------------------------------------------------------------

def test_gutter_is_removed_from_consecutively_numbered_lines() -> None:
    text = "1) spec\n1268     Failure/Error: x\n1269\n1270       expected: 1\n1271            got: 2\nrest"
    assert _normalise(text) == "1) spec\n    Failure/Error: x\n\n      expected: 1\n           got: 2\nrest"


@pytest.mark.parametrize("text", [
    # a table whose rows repeat their number
    "10 (0.0086) : 19th\n10 (0.0086) : 20th\n10 (0.0086) : 21st\n",
    # two numbered lines are no gutter
    "1 passed\n2 skipped\n",
    # a code frame's numbered rows at the line's start (Bun's)
    "27 |   test(\"retries\", () => {\n28 |     const b = new Backoff();\n29 |     b.fail();\n",
])
def test_gutter_leaves_a_logs_own_numbered_lines(text: str) -> None:
    assert _normalise(text) == text


# --- the round's development threads ------------------------------------------------------------------------------------

def test_dev36a_threads_figures() -> None:
    """The round's 35 development threads (../shared/eval/threads-r36-dev/dev36a.jsonl, 21 transient): transient
    precision 0.750 -> 0.818, recall 0.286 -> 0.429, real recall 0.714 -> 0.786, unknown 7 -> 5 at the round's end."""
    from shared_data import shared_cases

    cases = shared_cases("eval", "threads-r36-dev", "dev36a.jsonl")
    assert_part_figures(cases, 35, 0.8, 0.42, 0.78, 5)
