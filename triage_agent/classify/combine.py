"""How the offline verdict and the LLM's verdict combine into one, and when the LLM is asked.

The rule (pure; ``combine`` and ``should_call_llm`` below):

1. A strong offline verdict decides alone and costs no LLM call: "transient" or "real" with
   confidence >= the strong threshold (0.85 here; the product passes classifier.strong_threshold,
   0.95 of the calibrated confidence), which is what a strong signature, a flaky-list
   match or a pass of the same commit produce. If an LLM answer exists anyway, it changes
   nothing. A "transient" resting on one mechanism in the log with nothing independent behind
   it (calibration kind "single") is never strong, whatever its confidence and the threshold.
2. A repeated fingerprint costs no call either: when the latest earlier verdict for the same
   failure (``case.history.prior``) was "transient" or "real" with confidence >= 0.75 (an
   LLM-backed verdict reaches at most 0.85), its outcome was not "refuted", and the offline
   verdict does not contradict it, that earlier verdict is reused (``reuse_prior``): the offline
   one when it agrees, else the earlier one at 0.95 of its confidence (classifier "history").
3. Otherwise the LLM is asked. When it has no answer (disabled, over budget, transport error,
   invalid answer twice), the offline verdict stands, unchanged.
4. Offline "unknown": the LLM's verdict is taken, its confidence capped at 0.85, since no
   offline evidence backs it (classifier "llm").
5. Both say the same: the verdict stands and the confidence rises, bounded:
   ``c = hi + (1 - hi) * lo / 2``, at most 0.97, where hi and lo are the two confidences.
6. The LLM says "unknown" to a decided offline verdict: the offline verdict stands with its
   confidence lowered, ``c = offline * (1 - 0.2 * llm)``.
7. They disagree (one "transient", the other "real"); the confidence always drops:
   a. an LLM "transient" never overrides an offline "real" with confidence >= 0.6 (a false
      transient hides a real bug): the result is "real" at ``offline * (1 - 0.4 * llm)``;
   b. otherwise the side with the higher confidence wins, a "transient" needing a margin of
      0.15 over a "real", at ``winner * (1 - 0.4 * loser)``; with no winner, "unknown";
   c. a disagreement that leaves less than 0.5 confidence is "unknown".

The result's classifier is "rules+llm" when both contributed, "rules" or "llm" when one alone
did; its evidence is the union of both (offline first, duplicates dropped, at most 10) and its
findings are the offline engine's.
"""

from __future__ import annotations

from dataclasses import replace

from ..core.models import FailureCase, PriorVerdict, Verdict
from .calibration import kind_of

STRONG_THRESHOLD = 0.85
REPEAT_THRESHOLD = 0.75
REPEAT_DECAY = 0.95
LLM_ALONE_CAP = 0.85
AGREE_CAP = 0.97
REAL_GUARD = 0.6
DISAGREE_WEIGHT = 0.4
LLM_UNKNOWN_WEIGHT = 0.2
TRANSIENT_MARGIN = 0.15
MIN_DECISIVE = 0.5
MAX_EVIDENCE = 10
MAX_RATIONALE = 1200
CONFLICT_CATEGORY = "conflicting-evidence"

_DECIDED = ("transient", "real")


def _is_strong(verdict: Verdict, threshold: float) -> bool:
    # A transient resting on one uncorroborated mechanism is never strong, whatever the threshold:
    # a log cannot tell a blip from the same trouble on every run (calibration.kind_of).
    if kind_of(verdict.verdict, verdict.category, verdict.findings) == "single":
        return False
    return verdict.verdict in _DECIDED and verdict.confidence >= threshold


def _evidence(offline: Verdict, llm: Verdict) -> tuple[str, ...]:
    merged: list[str] = []
    for item in (*offline.evidence, *llm.evidence):
        if item not in merged:
            merged.append(item)
    return tuple(merged[:MAX_EVIDENCE])


def _rationale(summary: str, offline: Verdict, llm: Verdict) -> str:
    parts = [summary]
    if offline.rationale:
        parts.append(f"Offline engine: {offline.rationale}")
    if llm.rationale:
        parts.append(f"LLM: {llm.rationale}")
    text = " ".join(parts)
    return text if len(text) <= MAX_RATIONALE else text[: MAX_RATIONALE - 1] + "…"


def _clamp(value: float) -> float:
    return round(min(1.0, max(0.0, value)), 4)


def combine(offline: Verdict, llm: Verdict | None, *, strong_threshold: float = STRONG_THRESHOLD) -> Verdict:
    """Combine the offline verdict with the LLM's (or its absence) by the rule above."""
    if llm is None or _is_strong(offline, strong_threshold):
        return offline
    o, c = offline.confidence, llm.confidence

    def result(verdict: str, confidence: float, category: str, summary: str, classifier: str = "rules+llm") -> Verdict:
        return replace(
            offline,
            verdict=verdict,
            confidence=_clamp(confidence),
            category=category,
            rationale=_rationale(summary, offline, llm),
            evidence=_evidence(offline, llm),
            classifier=classifier,
        )

    if offline.verdict not in _DECIDED:
        return result(
            llm.verdict,
            min(c, LLM_ALONE_CAP),
            llm.category or offline.category,
            f"The offline engine was undecided; the LLM's {llm.verdict} stands, its confidence "
            f"capped at {LLM_ALONE_CAP:.2f}.",
            classifier="llm",
        )
    if llm.verdict == offline.verdict:
        hi, lo = max(o, c), min(o, c)
        return result(
            offline.verdict,
            min(AGREE_CAP, hi + (1 - hi) * lo / 2),
            offline.category or llm.category,
            f"The offline engine and the LLM agree: {offline.verdict}.",
        )
    if llm.verdict not in _DECIDED:
        return result(
            offline.verdict,
            o * (1 - LLM_UNKNOWN_WEIGHT * c),
            offline.category,
            f"The LLM could not decide; the offline {offline.verdict} stands with lower confidence.",
        )

    if offline.verdict == "real" and o >= REAL_GUARD:
        verdict, confidence, category = "real", o * (1 - DISAGREE_WEIGHT * c), offline.category
        summary = (
            f"The LLM says transient ({c:.2f}) but an LLM transient never overrides an offline "
            f"real verdict at {o:.2f}."
        )
    else:
        real_c = o if offline.verdict == "real" else c
        transient_c = o if offline.verdict == "transient" else c
        if transient_c >= real_c + TRANSIENT_MARGIN:
            verdict, confidence = "transient", transient_c * (1 - DISAGREE_WEIGHT * real_c)
        elif real_c > transient_c:
            verdict, confidence = "real", real_c * (1 - DISAGREE_WEIGHT * transient_c)
        else:
            verdict, confidence = "unknown", max(real_c, transient_c) * (1 - DISAGREE_WEIGHT)
        winner = offline if offline.verdict == verdict else llm
        category = winner.category if verdict != "unknown" else CONFLICT_CATEGORY
        summary = (
            f"The offline engine ({offline.verdict} {o:.2f}) and the LLM ({llm.verdict} {c:.2f}) "
            f"disagree; the result is {verdict}."
        )
    if confidence < MIN_DECISIVE and verdict != "unknown":
        summary += f" Too little confidence is left ({confidence:.2f}): unknown."
        verdict, category = "unknown", CONFLICT_CATEGORY
    return result(verdict, confidence, category, summary)


def _latest_prior(case: FailureCase) -> PriorVerdict | None:
    prior = list(case.history.prior)
    if not prior:
        return None
    # seen_at is ISO-8601 when present, so it sorts as text; ties keep the later position.
    return max(enumerate(prior), key=lambda ip: (ip[1].seen_at, ip[0]))[1]


def reusable_prior(offline: Verdict, case: FailureCase) -> PriorVerdict | None:
    """The earlier verdict of the same fingerprint that can stand in for an LLM call, if any."""
    prior = _latest_prior(case)
    if (
        prior is None
        or prior.verdict not in _DECIDED
        or prior.confidence < REPEAT_THRESHOLD
        or prior.outcome == "refuted"
        or offline.verdict not in ("unknown", prior.verdict)
    ):
        return None
    return prior


def reuse_prior(offline: Verdict, prior: PriorVerdict) -> Verdict:
    """The verdict for a repeated failure judged before (rule 2): no new LLM call."""
    if offline.verdict == prior.verdict:
        return offline
    seen = f" on {prior.seen_at[:10]}" if prior.seen_at else ""
    outcome = f", rerun {prior.outcome}" if prior.outcome else ""
    return replace(
        offline,
        verdict=prior.verdict,
        confidence=round(prior.confidence * REPEAT_DECAY, 4),
        rationale=(f"The same failure was judged {prior.verdict} ({prior.confidence:.2f}{outcome}){seen}; "
                   f"that verdict is reused. Offline alone: {offline.rationale}")[:MAX_RATIONALE],
        classifier="history",
    )


def should_call_llm(
    offline: Verdict, case: FailureCase, *, strong_threshold: float = STRONG_THRESHOLD
) -> tuple[bool, str]:
    """Whether the LLM is worth a call for this case, and why (rules 1 to 3 above)."""
    if _is_strong(offline, strong_threshold):
        backing = sorted(
            (f for f in offline.findings if f.leaning == offline.verdict),
            key=lambda f: f.weight,
            reverse=True,
        )
        why = f" ({backing[0].signature})" if backing else ""
        return False, f"strong offline verdict: {offline.verdict} {offline.confidence:.2f}{why}"
    prior = reusable_prior(offline, case)
    if prior is not None:
        outcome = prior.outcome or "not refuted"
        return False, (
            f"repeated fingerprint: earlier verdict {prior.verdict} {prior.confidence:.2f} ({outcome})"
        )
    if offline.verdict not in _DECIDED:
        return True, "offline verdict unknown"
    if kind_of(offline.verdict, offline.category, offline.findings) == "single":
        return True, (
            f"offline verdict {offline.verdict} {offline.confidence:.2f} rests on one mechanism in the "
            "log with nothing independent behind it"
        )
    return True, (
        f"offline verdict {offline.verdict} {offline.confidence:.2f} is below the strong "
        f"threshold {strong_threshold:.2f}"
    )
