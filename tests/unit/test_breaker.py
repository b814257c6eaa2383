"""The LLM circuit breaker: when it opens, how long it stays open, and how it closes again."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from triage_agent.classify.breaker import CLOSED, HALF_OPEN, OPEN, CircuitBreaker

T0 = datetime(2025, 3, 4, 12, 0, tzinfo=UTC)
TIMEOUT = "LLM request timed out (2 attempt(s))"
HTTP_500 = "LLM endpoint answered HTTP 500 after 2 attempt(s): boom"


@pytest.mark.parametrize(
    ("errors", "opens_after"),
    [
        ([TIMEOUT], 1),
        (["LLM endpoint rejected the API key (HTTP 401)"], 1),
        ([HTTP_500, HTTP_500, HTTP_500], 3),
        (["invalid LLM answer after 2 attempt(s): wrong schema", HTTP_500, HTTP_500], 3),
    ],
)
def test_it_opens_on_a_timeout_at_once_and_on_other_errors_after_a_streak(errors, opens_after):
    b = CircuitBreaker(max_errors=3, cooldown=timedelta(minutes=10))
    opened = [b.record_error(T0, e) for e in errors]
    assert opened.index(True) == opens_after - 1
    assert b.state(T0) == OPEN
    allowed, why = b.allow(T0 + timedelta(minutes=9))
    assert not allowed and why.startswith("LLM skipped until 2025-03-04T12:10")


def test_a_success_in_between_resets_the_streak():
    b = CircuitBreaker(max_errors=2)
    assert not b.record_error(T0, HTTP_500)
    b.record_success(T0)
    assert not b.record_error(T0, HTTP_500)
    assert b.state(T0) == CLOSED


def test_after_the_cool_down_one_trial_goes_out_and_decides():
    b = CircuitBreaker(max_errors=3, cooldown=timedelta(minutes=10))
    b.record_error(T0, TIMEOUT)
    later = T0 + timedelta(minutes=11)
    assert b.state(later) == HALF_OPEN
    assert b.allow(later) == (True, "")
    assert b.allow(later)[0] is False  # one trial at a time
    assert b.record_error(later, HTTP_500)  # the trial failed: open again at once
    assert b.state(later + timedelta(minutes=9)) == OPEN
    again = later + timedelta(minutes=11)
    assert b.allow(again) == (True, "")
    assert b.record_success(again) is True
    assert b.state(again) == CLOSED and b.errors_in_a_row == 0


def test_the_state_survives_a_round_trip_and_damage_starts_closed():
    b = CircuitBreaker(max_errors=3)
    b.record_error(T0, TIMEOUT)
    copy = CircuitBreaker.from_dict(b.to_dict(), max_errors=3)
    assert copy.state(T0) == OPEN and copy.reason == b.reason
    assert CircuitBreaker.from_dict({"open_until": 7, "errors_in_a_row": "x"}).state(T0) == CLOSED
