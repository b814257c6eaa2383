"""Calibration of the offline engine's confidence: what 0.8 says should be right 8 times in 10.

The engine's raw confidence comes from summed log-likelihood ratios of signatures whose weights
were set by hand, so it is not a frequency. A Platt map ``sigmoid(a * logit(c) + b)`` fitted on
labelled cases (the development set) turns it into one; ``a`` and ``b`` are shrunk towards the
identity (a=1, b=0) so that a small set cannot make it extreme, and the result is capped. Only
the confidence of a decided verdict changes: which verdict is given is still decided on the raw
probability, so calibration never turns an unknown into a verdict or back.

Refit: ``python -m triage_agent.classify.calibration ../shared/eval/dev.jsonl`` prints the
parameters for ``calibration.toml``; ``triage-agent eval`` shows the calibration table and the
expected calibration error on any labelled set, so the map can be checked on held-out cases.
"""

from __future__ import annotations

import functools
import math
import sys
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources

CAP = 0.97
FLOOR = 0.5
# Strength of the pull towards the identity map (a Gaussian prior's precision on a-1 and b).
SHRINK = 4.0


@dataclass(frozen=True)
class Calibration:
    """A Platt map on log-odds, ``sigmoid(a * logit(c) + b)``, clipped to [FLOOR, CAP]."""

    a: float = 1.0
    b: float = 0.0

    def apply(self, confidence: float) -> float:
        """The calibrated confidence of a decided verdict."""
        c = min(max(confidence, 1e-6), 1 - 1e-6)
        z = self.a * math.log(c / (1 - c)) + self.b
        return round(min(CAP, max(FLOOR, 1.0 / (1.0 + math.exp(-z)))), 4)


IDENTITY = Calibration()


@functools.cache
def builtin() -> Calibration:
    """The map shipped with the package (``calibration.toml``), or the identity if it is absent."""
    try:
        text = resources.files(__package__).joinpath("calibration.toml").read_text(encoding="utf-8")
    except (FileNotFoundError, OSError):
        return IDENTITY
    data = tomllib.loads(text)
    return Calibration(float(data.get("a", 1.0)), float(data.get("b", 0.0)))


def fit(confidences: Sequence[float], correct: Sequence[bool], *, shrink: float = SHRINK) -> Calibration:
    """Fit a and b by penalised maximum likelihood (Newton's method, a few steps suffice)."""
    xs = [math.log(min(max(c, 1e-6), 1 - 1e-6) / (1 - min(max(c, 1e-6), 1 - 1e-6))) for c in confidences]
    ys = [1.0 if ok else 0.0 for ok in correct]
    a, b = 1.0, 0.0
    for _ in range(50):
        ga, gb = -shrink * (a - 1.0), -shrink * b
        haa, hab, hbb = -shrink, 0.0, -shrink
        for x, y in zip(xs, ys, strict=True):
            p = 1.0 / (1.0 + math.exp(-(a * x + b)))
            ga += (y - p) * x
            gb += y - p
            w = p * (1 - p)
            haa -= w * x * x
            hab -= w * x
            hbb -= w
        det = haa * hbb - hab * hab
        if det == 0:
            break
        da = (hbb * ga - hab * gb) / det
        db = (haa * gb - hab * ga) / det
        a, b = a - da, b - db
        if abs(da) + abs(db) < 1e-9:
            break
    return Calibration(round(a, 4), round(b, 4))


def main(argv: Sequence[str]) -> int:
    """Fit the map on a labelled JSONL file with the uncalibrated engine; print calibration.toml."""
    from ..models import FailureCase
    from .metrics import load_cases
    from .rules import RulesEngine

    if len(argv) != 1:
        print("usage: python -m triage_agent.classify.calibration CASES.jsonl", file=sys.stderr)
        return 2
    engine = RulesEngine(calibration=IDENTITY)
    confidences, correct = [], []
    for raw in load_cases(argv[0]):
        if raw.get("label") not in ("transient", "real"):
            continue
        verdict = engine.classify(FailureCase.from_dict(raw))
        if verdict.verdict in ("transient", "real"):
            confidences.append(verdict.confidence)
            correct.append(verdict.verdict == raw["label"])
    cal = fit(confidences, correct)
    print(f"# Fitted on {len(confidences)} decided cases of {argv[0]}\na = {cal.a}\nb = {cal.b}")
    return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main(sys.argv[1:]))
