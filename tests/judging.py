"""The offline engine as the judgement tests call it: one log (and case fields) in, a verdict out."""

from __future__ import annotations

from triage_agent.classify.rules import RulesEngine
from triage_agent.core.models import FailureCase, Verdict

ENGINE = RulesEngine()


def judge(log: str, **fields) -> Verdict:
    """The built-in engine's verdict on a case made of ``log`` and ``fields``."""
    return ENGINE.classify(FailureCase.from_dict({"id": "t", "log": log, **fields}))


def signatures(verdict: Verdict) -> set[str]:
    """The ids of the findings behind a verdict."""
    return {f.signature for f in verdict.findings}


def overall(cases: list[dict]):
    """The built-in engine's overall figures (metrics.evaluate) on labelled cases."""
    from triage_agent.classify.metrics import evaluate

    return evaluate(cases, ENGINE.classify).overall


def reads_as(log: str, verdict: str, signature: str, **fields) -> Verdict:
    """The built-in engine's verdict on ``log``, checked to be ``verdict`` with ``signature`` among
    the findings behind it (the rationale is the failure message)."""
    v = judge(log, **fields)
    assert signature in signatures(v) and v.verdict == verdict, v.rationale
    return v
