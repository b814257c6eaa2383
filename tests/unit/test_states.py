"""The state enums: values equal the stored strings, and the queue's transition table."""

from __future__ import annotations

import itertools

import pytest

from triage_agent.core.states import (
    OPEN_STATUSES,
    TRANSITIONS,
    Action,
    DeliveryState,
    FailureState,
    ProposalKind,
    ProposalStatus,
    RerunOutcome,
    RerunStatus,
    can_move,
)

# Every move the queue allows; any pair not listed must be refused.
ALLOWED = {
    ("pending", "approved"), ("pending", "rejected"), ("pending", "expired"),
    ("approved", "executing"), ("approved", "expired"), ("approved", "rejected"), ("approved", "pending"),
    ("executing", "executed"), ("executing", "failed"), ("executing", "approved"),
    ("failed", "approved"),
}
STORED = ["pending", "approved", "rejected", "expired", "executing", "executed", "failed"]


@pytest.mark.parametrize(("source", "target"), list(itertools.product(STORED, STORED)))
def test_every_pair_of_statuses_moves_exactly_as_the_table_says(source, target):
    assert can_move(source, target) is ((source, target) in ALLOWED)
    assert (ProposalStatus(target) in TRANSITIONS[ProposalStatus(source)]) is ((source, target) in ALLOWED)


def test_final_statuses_go_nowhere_and_open_ones_are_the_three_in_flight():
    assert {s for s, targets in TRANSITIONS.items() if not targets} == {"rejected", "expired", "executed"}
    assert {"pending", "approved", "executing"} == OPEN_STATUSES


def test_an_unknown_status_moves_nowhere():
    assert not can_move("pending", "approve")
    assert not can_move("done", "approved")


@pytest.mark.parametrize(("enum", "stored"), [
    (FailureState, ["new", "collected", "classified", "decided", "error"]),
    (ProposalStatus, STORED),
    (Action, ["rerun_workflow", "file_report"]),
    (ProposalKind, ["rerun", "report", "incident", "refuted", "probe"]),
    (RerunOutcome, ["confirmed", "refuted", "different", "canceled", "unknown"]),
    (RerunStatus, ["running", "passed", "failed", "gone", "abandoned"]),
    (DeliveryState, ["pending", "processed", "ignored", "failed"]),
])
def test_values_are_the_strings_the_database_already_holds(enum, stored):
    # An existing install's rows must read back as the same members (and compare equal to them).
    assert [m.value for m in enum] == stored
    for text in stored:
        assert enum(text) == text
        assert f"{enum(text)}" == text
