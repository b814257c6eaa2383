"""similar: a person's decision on a probe is no label (they chose only whether to measure); its rerun's outcome is."""

from __future__ import annotations

import pytest

from triage_agent.classify.similar import JUDGED, MEASURED, WEAK, _team_labels_of, persons_decision


def row(action: str, kind: str, status: str, outcome: str | None = None, reason: str = "") -> dict:
    return {"failure_id": 1, "id": 10, "action": action, "kind": kind, "status": status, "decision_reason": reason,
            "outcome": outcome}


@pytest.mark.parametrize(
    "decision, label",
    [
        pytest.param(row("rerun_workflow", "probe", "approved"), None, id="probe-approved"),
        pytest.param(row("rerun_workflow", "probe", "executed"), None, id="probe-executed-running"),
        pytest.param(row("rerun_workflow", "probe", "rejected", reason="not worth it"), None, id="probe-rejected"),
        pytest.param(row("rerun_workflow", "probe", "executed", "confirmed"), ("transient", MEASURED, "rerun passed"),
                     id="probe-passed"),
        pytest.param(row("rerun_workflow", "probe", "executed", "refuted"),
                     ("real", MEASURED, "rerun failed the same way"), id="probe-refuted"),
        # A rerun's decisions keep their labels.
        pytest.param(row("rerun_workflow", "rerun", "approved"), ("transient", WEAK, "rerun approved"),
                     id="rerun-approved"),
        pytest.param(row("rerun_workflow", "rerun", "rejected", reason="real"), ("real", JUDGED, "rerun rejected: real"),
                     id="rerun-rejected"),
    ],
)
def test_a_probe_is_labelled_by_its_outcome_alone(decision, label):
    assert _team_labels_of([decision]).get(1) == label


@pytest.mark.parametrize(
    "decision, decided",
    [
        pytest.param(row("rerun_workflow", "probe", "rejected", reason="not worth a rerun"), False, id="probe"),
        pytest.param(row("rerun_workflow", "rerun", "rejected", reason="not flaky"), True, id="rerun"),
    ],
)
def test_a_rejected_probe_is_no_persons_decision_on_the_failure(decision, decided):
    assert persons_decision(decision) is decided
