"""The evidence that is not read from the log: flaky-test lists, rerun history, similar failures, the job's status.

Each becomes a _Scored finding with its log-likelihood ratio (_non_log, _sigmoid): the failed tests on the CI's
flaky-test list (_flaky_evidence), earlier reruns of the fingerprint and a pass on the same commit
(_history_evidence), similar failures of the organization that were decided (_similar_evidence: a person's decision
on a failure of the same fingerprint whose rerun the history counts comes here as a judged twin, its rerun not
again; classify.similar; and when a person decided a failure of the same fingerprint, on the same log, the log's
reading is held to a small prior, _decided_log_cap), and the CI's own verdict on how the job failed (_status_evidence). Used by rules.py, which weighs them with the log's findings.
Pure: no I/O, no clock.
"""

from __future__ import annotations

import math

from ..core.ci import JobFailure
from ..core.models import FailedTest, FailureCase, Finding
from .placement import _Scored

_STATUS_EVIDENCE: dict[str, tuple[float, str, str]] = {
    # The CI's own verdict on how a job failed (core.ci.JobFailure, the case format's words):
    # an infrastructure failure is its verdict on the executor.
    JobFailure.INFRASTRUCTURE: (0.88, "infrastructure", "CircleCI marked the job infrastructure_fail"),
    JobFailure.TIMED_OUT: (0.7, "timeout", "CircleCI stopped the job for running too long (timedout)"),
    JobFailure.TERMINATED: (0.6, "infrastructure", "the job was terminated for an unknown reason"),
}
# An earlier verdict's outcome for the same fingerprint (core.models.PriorVerdict.outcome, lower-cased, also in the
# rerun's own words): a rerun passed, or failed the same way (_rerun_outcomes).
_CONFIRMED = frozenset({"confirmed", "rerun_passed", "passed"})
_REFUTED = frozenset({"refuted", "rerun_failed", "failed"})


# --- non-log evidence ---------------------------------------------------------------------


def _flaky_evidence(case: FailureCase) -> _Scored | None:
    flaky = {name.strip() for name in case.known_flaky if name.strip()}
    tests = case.failed_tests
    if not flaky or not tests:
        return None
    on_list = [t for t in tests if _test_keys(t) & flaky]
    if not on_list:
        return None
    names = ", ".join(sorted({t.name for t in on_list}))
    if len(on_list) == len(tests):
        weight = 0.9
        line = f"all {len(tests)} failed test(s) are on CircleCI's flaky-test list: {names}"
    else:
        # Some flaky: the others may still be broken by the change.
        weight = 0.55 + 0.2 * len(on_list) / len(tests)
        line = f"{len(on_list)} of {len(tests)} failed tests are on CircleCI's flaky-test list: {names}"
    return _non_log("flaky-test-list", "transient", "flaky-test", weight, line, "flaky")


def _rerun_outcomes(case: FailureCase) -> tuple[int, int]:
    """How many earlier failures of this fingerprint a rerun confirmed, and how many it refuted."""
    outcomes = [p.outcome.lower() for p in case.history.prior]
    return sum(o in _CONFIRMED for o in outcomes), sum(o in _REFUTED for o in outcomes)


def _fingerprint_flaky(case: FailureCase) -> bool:
    """Whether earlier failures of this fingerprint were rerun and passed, and none failed a rerun."""
    confirmed, refuted = _rerun_outcomes(case)
    return confirmed > 0 and refuted == 0


def _history_evidence(case: FailureCase) -> list[_Scored]:
    history = case.history
    out: list[_Scored] = []
    if history.passed_on_same_commit:
        detail = history.same_commit_detail or "the same commit passed in another run"
        out.append(
            _non_log("same-commit-passed", "transient", "flaky-test", 0.93, detail, "history")
        )
    confirmed, refuted = _rerun_outcomes(case)
    if confirmed:
        weight = _repeat_weight(confirmed)
        line = (
            f"{confirmed} earlier rerun(s) of this failure fingerprint passed (transient confirmed)"
        )
        out.append(_non_log("history-confirmed", "transient", "history", weight, line, "history"))
    if refuted:
        weight = _repeat_weight(refuted)
        line = f"{refuted} earlier rerun(s) of this failure fingerprint failed the same way (transient refuted)"
        out.append(_non_log("history-refuted", "real", "history", weight, line, "history"))
    return out


# Log-odds one decided twin (similarity 1, a measured outcome) adds; at most CAP in all. A refuted
# twin weighs more than a confirmed one: a wrong transient hides a bug.
_SIMILAR_TRANSIENT_LLR, _SIMILAR_REAL_LLR, _SIMILAR_CAP = 1.0, 1.5, 3.2
_NEAR_TWIN = 0.5


def _similar_evidence(case: FailureCase) -> list[_Scored]:
    """Similar failures of the organization that the team's decisions or reruns labelled."""
    out: list[_Scored] = []
    for label, per_twin, category in (
        ("transient", _SIMILAR_TRANSIENT_LLR, "history"),
        ("real", _SIMILAR_REAL_LLR, "history"),
    ):
        twins = [s for s in case.history.similar if s.label == label and s.similarity >= _NEAR_TWIN]
        if not twins:
            continue
        llr = min(_SIMILAR_CAP, per_twin * sum(s.similarity * s.strength for s in twins))
        outcomes: dict[str, int] = {}
        for s in twins:
            kind = s.outcome.split(":", 1)[0]
            outcomes[kind] = outcomes.get(kind, 0) + 1
        said = ", ".join(f"{n} {kind}" for kind, n in outcomes.items())
        line = f"{len(twins)} similar earlier failure(s) in this organization: {said}"
        sig = "similar-confirmed" if label == "transient" else "similar-refuted"
        finding = Finding(sig, label, category, round(_sigmoid(llr), 4), line, "history")  # type: ignore[arg-type]
        out.append(_Scored(finding, llr if label == "transient" else -llr))
    return out


# (hist41) The most log-odds the log's own reading adds, either way, when a person decided a failure of the same
# fingerprint: a small prior. Their decision was a judgement given that very log; counting the log again against
# it would count it twice (a log read transient at 0.90 tied with "the rerun failed the same way and the person
# filed the report", and the failure came back unknown each time).
_DECIDED_LOG_CAP = 0.4


def _decided_log_cap(case: FailureCase, log_llr: float) -> _Scored | None:
    """The correction that holds the log's reading (``log_llr``: its findings' log-odds as the engine combines
    them) to at most _DECIDED_LOG_CAP against a person's decision on a failure of the same fingerprint
    (SimilarFailure.decided: a report filed, real; a report or rerun rejected with a reason), in words; None when
    there is none, or the log leans the decision's way (it is not counted against it then). That decision, with the
    measured rerun outcomes (_history_evidence), then decides the verdict. A similar failure of another fingerprint
    had another log: this one is new evidence there and counts in full."""
    decided = [s for s in case.history.similar if s.decided and s.label in ("transient", "real")]
    side = sum(s.similarity * s.strength * (1 if s.label == "transient" else -1) for s in decided)
    if not decided or abs(log_llr) <= _DECIDED_LOG_CAP or log_llr * side >= 0:
        return None
    adjust = math.copysign(_DECIDED_LOG_CAP, log_llr) - log_llr
    said = "; ".join(dict.fromkeys(s.outcome for s in decided))
    line = (f"the team decided this failure before, on the same log: {said}; the log's reading ({log_llr:+.2f}"
            f" log-odds) is not counted again against that decision (at most {_DECIDED_LOG_CAP:+.1f})")
    leaning = "transient" if adjust > 0 else "real"
    finding = Finding("team-decided", leaning, "history", round(_sigmoid(abs(adjust)), 4), line, "history")  # type: ignore[arg-type]
    return _Scored(finding, adjust)


def _repeat_weight(times: int) -> float:
    # One outcome could be chance; the same outcome again and again is the fingerprint's nature.
    return (0.78, 0.87)[times - 1] if times < 3 else 0.93


def _status_evidence(case: FailureCase) -> _Scored | None:
    known = _STATUS_EVIDENCE.get(case.job_status)
    if known is None:
        return None
    weight, category, line = known
    return _non_log(f"job-status-{case.job_status}", "transient", category, weight, line, "job")


def _non_log(
    sig: str, leaning: str, category: str, weight: float, line: str, source: str
) -> _Scored:
    llr = math.log(weight / (1.0 - weight)) * (1 if leaning == "transient" else -1)
    finding = Finding(sig, leaning, category, round(weight, 4), line, source)  # type: ignore[arg-type]
    return _Scored(finding, llr)


def _test_keys(test: FailedTest) -> set[str]:
    keys = {test.name}
    if test.classname:
        keys |= {
            f"{test.classname}.{test.name}",
            f"{test.classname}#{test.name}",
            f"{test.classname}::{test.name}",
        }
    if test.file:
        keys.add(f"{test.file}::{test.name}")
    return {k for k in keys if k}


def _sigmoid(x: float) -> float:
    if x >= 0:
        return 1.0 / (1.0 + math.exp(-x))
    z = math.exp(x)
    return z / (1.0 + z)
