"""(hist41) A person's decision on a failure of the same fingerprint outweighs re-reading the same log.

A person who decided a failure of the same fingerprint (a report filed; a report or a rerun rejected with a reason)
saw the same log: where the log leans against their decision it is held to a small prior (classify.evidence.
_decided_log_cap), and the decision with the measured rerun outcomes decides. A similar failure of another fingerprint
(not ``decided``) had another log, which counts in full."""

from __future__ import annotations

import pytest

from triage_agent.classify import similar
from triage_agent.classify.rules import RulesEngine
from triage_agent.core.models import FailureCase, History, PriorVerdict, SimilarFailure

ENGINE = RulesEngine()
# invented logs: a connection time-out the engine reads transient, an assertion it reads real
TIMEOUT_LOG = """\
Running integration tests
FAIL src/ledger.test.js
  ● posts the entry
    Error: connect ETIMEDOUT 10.20.30.40:5432
Exited with code exit status 1
"""
ASSERT_LOG = """\
Failures:
  1) Basket totals the items
     Failure/Error: expect(total).to eq(12)
       expected: 12
            got: 11
     # ./spec/basket_spec.rb:17
1 example, 1 failure
Exited with code exit status 1
"""
FILED = "report filed after the rerun failed the same way"
REJECTED = "report rejected: flaky: the cache warms slowly on CI"


def judge(log: str, prior: tuple[str, ...] = (), twin: tuple[str, str] | None = None, decided: bool = True):
    similar_ = () if twin is None else (SimilarFailure(failure_id=3, similarity=1.0, label=twin[0], strength=0.6,
                                                       outcome=twin[1], decided=decided),)
    case = FailureCase(id="c", log=log, history=History(
        prior=tuple(PriorVerdict("transient", 0.9, o) for o in prior), similar=similar_))
    return ENGINE.classify(case)


def test_the_logs_alone_read_as_the_tests_below_expect():
    assert judge(TIMEOUT_LOG).verdict == "transient" and judge(TIMEOUT_LOG).confidence >= 0.85
    assert judge(ASSERT_LOG).verdict == "real"


def test_a_filed_report_after_a_refuted_rerun_makes_the_same_log_real():
    v = judge(TIMEOUT_LOG, ("refuted",), ("real", FILED))
    assert v.verdict == "real", v
    assert any(e.startswith(f"the team decided this failure before, on the same log: {FILED}") for e in v.evidence)


def test_the_same_twin_of_another_fingerprint_holds_nothing():
    # the refuted rerun is this fingerprint's, the filed report a similar failure's (another log): as before, unknown
    v = judge(TIMEOUT_LOG, ("refuted",), ("real", FILED), decided=False)
    assert v.verdict == "unknown", v
    assert not any("the team decided" in e for e in v.evidence)


def test_a_log_leaning_the_persons_way_is_not_held():
    # rejected as flaky after a refuted rerun: the log reads transient, as the person said: counted in full
    assert judge(TIMEOUT_LOG, ("refuted",), ("transient", "report rejected after the rerun failed the same way: flaky"))\
        == judge(TIMEOUT_LOG, ("refuted",), ("transient", "report rejected after the rerun failed the same way: flaky"),
                 decided=False)
    # filed, on an assertion: the log agrees, the confidence is the log's and the history's
    assert judge(ASSERT_LOG, ("refuted",), ("real", "report filed")) == \
        judge(ASSERT_LOG, ("refuted",), ("real", "report filed"), decided=False)


def test_a_report_rejected_as_flaky_keeps_the_same_log_off_real():
    assert judge(ASSERT_LOG, (), ("transient", REJECTED)).verdict != "real"
    v = judge(ASSERT_LOG, ("confirmed",), ("transient", REJECTED))
    assert v.verdict == "transient", v


@pytest.mark.parametrize("prior", [("confirmed",), ("refuted",)])
def test_a_rerun_outcome_alone_holds_nothing(prior):
    # one outcome could be chance: with no person's decision the log is read in full
    log = ASSERT_LOG if prior == ("confirmed",) else TIMEOUT_LOG
    v = judge(log, prior)
    assert not any("the team decided" in e for e in v.evidence)
    if prior == ("confirmed",):
        assert v.verdict != "transient"


def test_the_mark_is_kept_with_the_history():
    twin = SimilarFailure(failure_id=3, similarity=1.0, label="real", strength=0.6, outcome=FILED, decided=True)
    data = History(similar=(twin,)).to_dict()
    assert data["similar"][0]["decided"] is True
    assert History.from_dict(data).similar == (twin,)
    assert History.from_dict({"similar": [{"failure_id": 3}]}).similar[0].decided is False


@pytest.mark.parametrize(("action", "status", "reason", "kind", "expected"), [
    ("file_report", "executed", "", "refuted", True),
    ("file_report", "approved", "", "report", True),
    ("file_report", "rejected", "flaky: slow cache", "report", True),
    ("file_report", "rejected", "  ", "report", False),
    ("rerun_workflow", "rejected", "not flaky: the change broke it", "rerun", True),
    ("rerun_workflow", "rejected", "", "rerun", False),
    ("rerun_workflow", "executed", "", "rerun", False),
    ("file_report", "executed", "", "incident", False),
    ("file_report", "pending", "", "report", False),
])
def test_which_rows_are_a_persons_decision(action, status, reason, kind, expected):
    row = {"failure_id": 1, "id": 1, "action": action, "status": status, "decision_reason": reason, "kind": kind,
           "outcome": None}
    assert similar.persons_decision(row) is expected  # type: ignore[arg-type]
