"""Calibration of the offline engine's confidence: what 0.8 says should be right 8 times in 10.

The engine's raw confidence comes from summed log-likelihood ratios of signatures whose weights
were set by hand, so it is not a frequency. A Platt map ``sigmoid(a * logit(c) + b)`` fitted on
labelled cases turns it into one; ``a`` and ``b`` are shrunk towards the identity (a=1, b=0) so
that a small set cannot make it extreme, and the result is capped. Only the confidence of a
decided verdict changes: which verdict is given is still decided on the raw probability, so
calibration never turns an unknown into a verdict or back.

One map does not fit every kind of evidence. A "real" that rests on failing tests alone (an
assertion, a test summary, no compiler or linter in sight) is right less often than its raw
confidence says: flaky tests fail on assertions too. Such verdicts (kind ``test``) get their own
map; every other verdict uses the default one.

A "real" that rests on nothing but an error line no signature explains (kind ``unexplained``:
no compiler, linter, test or mechanism recognised, and no sign of trouble either) is a lean, not
a diagnosis; its confidence is capped at ``UNEXPLAINED_CAP``.

A "transient" that rests on one mechanism seen in the log alone (a full disk, a daemon that did
not answer, one timeout), with nothing independent behind it (no flaky-test list, no history, no
CircleCI status, no second mechanism of another kind), is kind ``single``. A log cannot tell a
blip from the same trouble on every run (a disk too small for the build, an image that was
removed), so such a verdict is capped below the strong threshold: the LLM or a person looks
before it is acted on alone (see ``combine.py``, which never treats it as strong).

Refit: ``python -m triage_agent.classify.calibration FILE.jsonl...`` prints ``calibration.toml``;
``triage-agent eval`` shows the calibration table and the expected calibration error on any
labelled set, so the maps can be checked on held-out cases.
"""

from __future__ import annotations

import functools
import math
import sys
import tomllib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from importlib import resources
from typing import Any

from .catalogue import builtin_catalogue

CAP = 0.97
FLOOR = 0.5
# Strength of the pull towards the identity map (a Gaussian prior's precision on a-1 and b).
SHRINK = 4.0
# Categories of findings that are only "a test failed": the evidence of a kind-"test" verdict.
TEST_CATEGORIES = frozenset({"test-assertion", "test-failure"})
# Transient mechanisms by what failed: two lines of one group most likely describe one event (a
# DNS failure and the download it broke); lines of two groups are two witnesses.
MECHANISM_GROUPS = {
    "infrastructure": "machine", "resource": "machine", "flaky-test": "machine",
    "network": "network", "timeout": "time", "port": "port",
}
# Evidence from outside the log: the flaky-test list, the team's history, CircleCI's own status.
INDEPENDENT_SOURCES = frozenset({"flaky", "history", "job"})
# Findings that are no mechanism of their own: an absence of evidence, the general words for
# trouble, and marks the log prints itself that say the project knows the test is flaky.
_NOT_A_MECHANISM = frozenset({"no-real-signal", "no-transient-signal", "transient-wording"})
FLAKY_MARKS = frozenset({"known-flaky-mark"})
# The category of a real verdict resting on an error line no signature explains (structure.py):
# kind ``unexplained``, capped low: it says "an error, and no sign of trouble", not what broke.
UNRECOGNISED_CATEGORY = "unrecognised-error"
UNEXPLAINED_CAP = 0.75
# The most a transient resting on one uncorroborated mechanism may state: below the default
# classifier.strong_threshold (0.95), above policy.rerun_min_confidence (0.7).
SINGLE_CAP = 0.9
# A second mechanism must weigh this much (after where it sits in the log) to count as a witness.
WITNESS_WEIGHT = 0.7


@dataclass(frozen=True)
class Calibration:
    """A Platt map on log-odds, ``sigmoid(a * logit(c) + b)``, clipped to [FLOOR, CAP]; per kind."""

    a: float = 1.0
    b: float = 0.0
    # (kind, a, b): a map for verdicts of that kind (see kind_of); others use (a, b).
    kinds: tuple[tuple[str, float, float], ...] = ()
    # (kind, cap): the highest confidence a verdict of that kind may state (below CAP).
    caps: tuple[tuple[str, float], ...] = ()

    def apply(self, confidence: float, kind: str = "") -> float:
        """The calibrated confidence of a decided verdict of the given kind."""
        a, b = self.a, self.b
        for name, ka, kb in self.kinds:
            if name == kind:
                a, b = ka, kb
                break
        cap = min((c for name, c in self.caps if name == kind), default=CAP)
        c = min(max(confidence, 1e-6), 1 - 1e-6)
        z = a * math.log(c / (1 - c)) + b
        return round(min(CAP, cap, max(FLOOR, 1.0 / (1.0 + math.exp(-z)))), 4)

    def cap_of(self, kind: str) -> float:
        """The highest confidence a verdict of this kind may state."""
        return min((c for name, c in self.caps if name == kind), default=CAP)


IDENTITY = Calibration()


def kind_of(verdict: str, category: str, findings: Iterable[Any] | None = None) -> str:
    """The calibration kind of a decided verdict: ``test`` for a real resting on failing tests,
    ``single`` for a transient resting on one uncorroborated mechanism (needs the findings)."""
    if verdict == "real" and category in TEST_CATEGORIES:
        return "test"
    if verdict == "real" and category == UNRECOGNISED_CATEGORY:
        return "unexplained"
    if verdict == "transient" and findings is not None and uncorroborated(findings):
        return "single"
    return ""


def uncorroborated(findings: Iterable[Any]) -> bool:
    """Whether the transient evidence is one mechanism the log shows, and nothing else backs it.

    Backing is evidence from outside the log (flaky-test list, same-commit pass, confirmed
    reruns, similar failures, CircleCI's status), a flaky mark the log prints itself, a signature
    the team added itself (a rule accepted from its decisions, or its own entry: the team's
    judgement for its own builds), or a second mechanism of another group (a machine, the
    network, time, a port) on another line. Findings without any transient log mechanism (an
    LLM's verdict, a verdict from history alone) are not this kind.
    """
    builtin = builtin_catalogue()
    mechanisms = []
    for f in findings:
        if f.leaning != "transient" or f.signature in _NOT_A_MECHANISM:
            continue
        if f.source in INDEPENDENT_SOURCES or f.signature in FLAKY_MARKS:
            return False
        if f.source not in ("log", "tests"):
            continue
        if not f.signature.startswith("structure-") and f.signature not in builtin:
            return False
        mechanisms.append(f)
    if not mechanisms:
        return False
    groups = {
        MECHANISM_GROUPS.get(f.category, f.category)
        for f in mechanisms
        if f.weight >= WITNESS_WEIGHT and not f.signature.startswith("structure-")
    }
    return len(groups) < 2


@functools.cache
def builtin() -> Calibration:
    """The maps shipped with the package (``calibration.toml``), or the identity if it is absent."""
    try:
        text = resources.files(__package__).joinpath("calibration.toml").read_text(encoding="utf-8")
    except (FileNotFoundError, OSError):
        return IDENTITY
    return parse(tomllib.loads(text))


def parse(data: dict[str, Any]) -> Calibration:
    """A Calibration from the calibration.toml layout: a, b, and a [kind] table of a, b (and an
    optional cap) per kind."""
    tables = [(name, table) for name, table in data.items() if isinstance(table, dict)]
    kinds = tuple((name, float(t.get("a", 1.0)), float(t.get("b", 0.0))) for name, t in tables)
    caps = tuple((name, float(t["cap"])) for name, t in tables if "cap" in t)
    return Calibration(float(data.get("a", 1.0)), float(data.get("b", 0.0)), kinds, caps)


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
    """Fit the maps on labelled JSONL files with the uncalibrated engine; print calibration.toml.

    ``--not-for-tests SUBSTRING`` leaves cases whose ``source`` contains it out of the ``test``
    map (a data set whose test failures are real by construction says nothing about flakiness).
    """
    from ..core.models import FailureCase
    from .metrics import load_cases
    from .rules import RulesEngine

    files: list[str] = []
    excluded: list[str] = []
    args = list(argv)
    while args:
        arg = args.pop(0)
        if arg == "--not-for-tests" and args:
            excluded.append(args.pop(0))
        elif arg.startswith("-"):
            files = []
            break
        else:
            files.append(arg)
    if not files:
        print("usage: python -m triage_agent.classify.calibration CASES.jsonl... [--not-for-tests SUBSTRING]",
              file=sys.stderr)
        return 2
    engine = RulesEngine(calibration=IDENTITY)
    kinds = ("", "test", "single", "unexplained")
    samples: dict[str, tuple[list[float], list[bool]]] = {k: ([], []) for k in kinds}
    for path in files:
        for raw in load_cases(path):
            if raw.get("label") not in ("transient", "real"):
                continue
            verdict = engine.classify(FailureCase.from_dict(raw))
            if verdict.verdict not in ("transient", "real"):
                continue
            kind = kind_of(verdict.verdict, verdict.category, verdict.findings)
            if kind == "test" and any(x in str(raw.get("source", "")) for x in excluded):
                continue
            confidences, correct = samples[kind]
            confidences.append(verdict.confidence)
            correct.append(verdict.verdict == raw["label"])
    default, test, single, unexplained = (fit(*samples[k]) for k in kinds)
    print(f"# Fitted on {len(samples[''][0])} decided cases (default), {len(samples['test'][0])} "
          f"real verdicts resting on failing tests alone (test) and {len(samples['single'][0])} "
          f"transient verdicts resting on one uncorroborated mechanism (single) of {', '.join(files)}")
    print(f"a = {default.a}\nb = {default.b}\n\n[test]\na = {test.a}\nb = {test.b}\n\n"
          f"[single]\na = {single.a}\nb = {single.b}\ncap = {SINGLE_CAP}\n\n"
          f"[unexplained]\na = {unexplained.a}\nb = {unexplained.b}\ncap = {UNEXPLAINED_CAP}")
    return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main(sys.argv[1:]))
