"""The offline engine as the judgement tests call it: one log (and case fields) in, a verdict out."""

from __future__ import annotations

from triage_agent.classify.rules import RulesEngine
from triage_agent.core.models import FailureCase, Verdict

ENGINE = RulesEngine()


def judge(log: str, **fields) -> Verdict:
    """The built-in engine's verdict on a case made of ``log`` and ``fields``."""
    return ENGINE.classify(FailureCase.from_dict({"id": "t", "log": log, **fields}))


# What an expectation word of a test table allows the verdict to be
ALLOWED = {"transient": {"transient"}, "real": {"real"}, "unknown": {"unknown"},
           "not_transient": {"real", "unknown"}, "not_real": {"transient", "unknown"}}


def assert_reads(log: str, expected: str, category: str | None = None, **fields) -> Verdict:
    """The built-in engine's verdict on ``log`` is one that ``expected`` allows (``ALLOWED``) and, where ``category`` is
    given, of that category; the verdict's confidence, category and rationale are the failure message."""
    v = judge(log, **fields)
    assert v.verdict in ALLOWED[expected], (v.verdict, v.confidence, v.category, v.rationale)
    if category is not None:
        assert v.category == category, (v.category, v.rationale)
    return v


def failed_test(name: str, classname: str = "", message: str = "") -> dict:
    """One entry of a case's failed-test list, as FailureCase.from_dict reads it."""
    return {"name": name, "classname": classname, "message": message}


def teamcity_lines(lines: list[str], *, clock: str, status: str = " ", step: str) -> list[str]:
    """TeamCity's downloaded build log lines: clock, status (" ", "E", "W"), colon, tab, the step, the line."""
    return [f"[{clock}]{status}:\t [{step}] {line}" for line in lines]


def signatures(verdict: Verdict) -> set[str]:
    """The ids of the findings behind a verdict."""
    return {f.signature for f in verdict.findings}


def overall(cases: list[dict]):
    """The built-in engine's overall figures (metrics.evaluate) on labelled cases."""
    from triage_agent.classify.metrics import evaluate

    return evaluate(cases, ENGINE.classify).overall


def assert_part_figures(cases: list[dict], n: int, precision: float | int, recall: float | None, real_recall: float,
                        unknown: int) -> None:
    """A blind part's figures stay at their bounds: ``n`` cases; transient precision at least ``precision`` (an int for
    an all-real part: how many transient verdicts at most); transient recall at least ``recall`` (None: no transient
    case); real recall at least ``real_recall``; at most ``unknown`` unknowns."""
    o = overall(cases)
    assert o.n == n
    if isinstance(precision, int):
        assert sum(o.matrix["transient"].values()) <= precision
    else:
        assert (o.precision("transient") or 0.0) >= precision
    if recall is not None:
        assert (o.recall("transient") or 0.0) >= recall
    assert (o.recall("real") or 0.0) >= real_recall
    assert o.unknown <= unknown


def reads_as(log: str, verdict: str, signature: str, **fields) -> Verdict:
    """The built-in engine's verdict on ``log``, checked to be ``verdict`` with ``signature`` among
    the findings behind it (the rationale is the failure message)."""
    v = judge(log, **fields)
    assert signature in signatures(v) and v.verdict == verdict, v.rationale
    return v


def not_surely_transient(log: str, **fields) -> Verdict:
    """The built-in engine's verdict on ``log``, checked not to be a transient at 0.7 or more: for
    outage words whose log may as well show a persistent cause (no rerun proposed with confidence)."""
    v = judge(log, **fields)
    assert not (v.verdict == "transient" and v.confidence >= 0.7), (v.confidence, v.rationale)
    return v


def assert_unique_ids(*groups: list[tuple]) -> None:
    """Every case of these lists (tuples whose first item is the case's id) has an id of its own."""
    ids = [case[0] for group in groups for case in group]
    assert len(set(ids)) == len(ids), sorted(i for i in set(ids) if ids.count(i) > 1)


def reads(log: str, verdict: str, **fields) -> Verdict:
    """The built-in engine's verdict on ``log``, checked to be ``verdict`` (the rationale is the
    failure message)."""
    v = judge(log, **fields)
    assert v.verdict == verdict, v.rationale
    return v


def labelled(cases: list[tuple[str, str, str]], known_misread: dict[str, str] | None = None) -> list:
    """pytest parameters (verdict, log) of ``(id, verdict, log)`` cases, each under its id; a case whose id
    is in ``known_misread`` is a strict expected failure, for the reason given there."""
    import pytest

    known = known_misread or {}
    return [pytest.param(verdict, log, id=cid,
                         marks=[pytest.mark.xfail(strict=True, reason=known[cid])] if cid in known else [])
            for cid, verdict, log in cases]


def logs(cases: list[tuple[str, str]]) -> list:
    """pytest parameters (log) of ``(id, log)`` cases, each under its id."""
    import pytest

    return [pytest.param(log, id=cid) for cid, log in cases]
