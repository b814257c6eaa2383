r"""Is there anything left in the words of a log that tells the transient failures the engine misses?

The held-out transient recall at a failure's first occurrence has stayed near 0.56-0.74 for many rounds while the
precision held. The misses are flaky tests named only by their failing assertion and transient failures worded as
lasting ones. This script asks whether a reader that learns from the labels could find them where the
engine's hand-written catalogue does not, which is the question behind issue 14's first-occurrence target.

It takes every labelled case of real CI logs that the engine does not call transient (its real and unknown verdicts)
and trains two plain learned readers on the words of the log's last lines and the failing tests' names, plus
the engine's category and strongest finding:
- a Bernoulli naive Bayes;
- an L2 logistic regression fitted by gradient descent.

Each case is scored only by a model that never saw its project: the folds are grouped by project (meta.project,
else the id's project part). Ranking the cases by that score, the script prints the largest share of the missed
transients a reader could recover while its own transient calls stay at or above a precision (0.95, 0.90, 0.80,
0.70). A share near zero at 0.95 means the log's words do not carry what it would take. The rerun's outcome, which
the team's history and probes supply, does.

Synthetic sets (the fault sweep; the probes* sets written from templates) are left out: their words were chosen.

    python benchmarks/separability.py --extra ../shared/eval/sets/*.jsonl ../shared/eval/threads-r*/*.jsonl

It needs no network and prints counts and fractions, never a log line.
"""

from __future__ import annotations

import bisect
import json
import math
import random
import re
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from _common import header, parse_args, progress, table
from labelled_moves import SETS, with_extra

from triage_agent.classify.rules import RulesEngine
from triage_agent.core.models import FailureCase

PRECISIONS = (0.95, 0.90, 0.80, 0.70)
TAIL_LINES = 60
FOLDS = 10
WORD = re.compile(r"[A-Za-z_]{3,}")


def synthetic(name: str) -> bool:
    """Sets whose logs were written from templates, not taken from a CI system."""
    return name.startswith(("probes", "fault"))


def project_of(case: dict) -> str:
    """The case's project: meta.project, else the id's project part (``logchunks:Go/owner@repo/123`` ->
    ``owner@repo``, ``gh-issue:owner/repo#7`` -> ``owner/repo``, ``family:rest/123`` -> ``family:rest``)."""
    meta = case.get("meta") or {}
    if meta.get("project"):
        return str(meta["project"])
    ident = str(case.get("id", ""))
    family, _, rest = ident.partition(":")
    if family == "logchunks" and rest.count("/") >= 2:
        return rest.split("/")[1]
    if family.startswith("gh-"):
        return rest.split("#")[0]
    return ident.rsplit("/", 1)[0] if "/" in ident else ident


def features(case: dict, verdict) -> frozenset[str]:
    """Lower-cased words of the log's last non-blank lines, the failing tests' names (prefixed ``t:``), and the
    engine's category and strongest finding (``cat:``, ``sig:``)."""
    lines = [line for line in str(case.get("log", "")).splitlines() if line.strip()][-TAIL_LINES:]
    words = {w.lower() for line in lines for w in WORD.findall(line)}
    words |= {"t:" + w.lower() for w in WORD.findall(json.dumps(case.get("failed_tests") or []))}
    words.add(f"cat:{verdict.category}")
    if verdict.findings:
        words.add(f"sig:{verdict.findings[0].signature}")
    return frozenset(words)


def folds_by_group(groups: Sequence[str], k: int, seed: int = 1) -> list[int]:
    """A fold number per row; every row of one group is in the same fold."""
    names = sorted(set(groups))
    random.Random(seed).shuffle(names)
    fold = {name: i % k for i, name in enumerate(names)}
    return [fold[g] for g in groups]


def naive_bayes(train_x, train_y, test_x) -> list[float]:
    """Bernoulli naive Bayes log-odds of transient for each of ``test_x`` (words seen at least twice in training)."""
    n = {True: 0, False: 0}
    seen = {True: Counter(), False: Counter()}
    for x, y in zip(train_x, train_y, strict=True):
        n[y] += 1
        seen[y].update(x)
    vocab = {w for c in seen.values() for w, v in c.items() if v >= 2}
    present, absent_sum = {}, 0.0
    for w in vocab:
        pt = (seen[True][w] + 1) / (n[True] + 2)
        pf = (seen[False][w] + 1) / (n[False] + 2)
        present[w] = math.log(pt / pf) - math.log((1 - pt) / (1 - pf))
        absent_sum += math.log((1 - pt) / (1 - pf))
    prior = math.log((n[True] + 1) / (n[False] + 1))
    return [prior + absent_sum + sum(present.get(w, 0.0) for w in x) for x in test_x]


def logistic(train_x, train_y, test_x, epochs: int = 30, rate: float = 0.2, l2: float = 1e-3) -> list[float]:
    """An L2 logistic regression on binary word features, fitted by stochastic gradient descent with the
    transient class weighted to balance the two; returns the log-odds for each of ``test_x``."""
    weights: dict[str, float] = {}
    bias = 0.0
    positives = sum(train_y) or 1
    weight_t = (len(train_y) - positives) / positives
    order = list(range(len(train_x)))
    rng = random.Random(7)
    for epoch in range(epochs):
        rng.shuffle(order)
        step = rate / (1 + epoch)
        for i in order:
            x, y = train_x[i], train_y[i]
            z = bias + sum(weights.get(w, 0.0) for w in x)
            p = 1 / (1 + math.exp(-max(-30.0, min(30.0, z))))
            g = (p - y) * (weight_t if y else 1.0)
            bias -= step * g
            for w in x:
                old = weights.get(w, 0.0)
                weights[w] = old - step * (g + l2 * old)
    return [bias + sum(weights.get(w, 0.0) for w in x) for x in test_x]


def recall_at_precision(scores: Sequence[float], labels: Sequence[bool], floors=PRECISIONS) -> dict[float, tuple]:
    """For each precision floor: the most positives a threshold on ``scores`` recovers while the share of positives
    among the calls stays at or above the floor, as (recovered, calls)."""
    ranked = sorted(zip(scores, labels, strict=True), key=lambda pair: -pair[0])
    best = {floor: (0, 0) for floor in floors}
    tp = calls = 0
    for i, (score, label) in enumerate(ranked):
        tp += label
        calls += 1
        if i + 1 < len(ranked) and ranked[i + 1][0] == score:
            continue  # a threshold cannot split tied scores
        for floor in floors:
            if tp / calls >= floor and tp > best[floor][0]:
                best[floor] = (tp, calls)
    return best


def auc(scores: Sequence[float], labels: Sequence[bool]) -> float:
    """The chance that a random positive scores above a random negative (ties count half): 0.5 is no signal."""
    pos = [s for s, y in zip(scores, labels, strict=True) if y]
    neg = [s for s, y in zip(scores, labels, strict=True) if not y]
    if not pos or not neg:
        return float("nan")
    ranked = sorted(neg)
    wins = sum(bisect.bisect_left(ranked, s) + (bisect.bisect_right(ranked, s) - bisect.bisect_left(ranked, s)) / 2
               for s in pos)
    return wins / (len(pos) * len(neg))


def cross_validated(x, y, groups, reader, k: int = FOLDS) -> list[float]:
    """Each row's score from ``reader`` trained on the folds that hold none of its group. The scores of all folds are
    ranked together afterwards, as is usual for pooled cross-validation: ten models' scales differ a little, which
    can only blur a ranking, and the control (every case) shows how much is left once it does."""
    fold = folds_by_group(groups, k)
    scores = [0.0] * len(x)
    for f in range(k):
        train = [i for i in range(len(x)) if fold[i] != f]
        test = [i for i in range(len(x)) if fold[i] == f]
        if not test or not train:
            continue
        out = reader([x[i] for i in train], [y[i] for i in train], [x[i] for i in test])
        for i, s in zip(test, out, strict=True):
            scores[i] = s
    return scores


def load(sets: dict[str, Path], everything: bool = False) -> tuple[list, Counter, Counter]:
    """(rows, transient per set, missed transient per set): a row per distinct case id the engine does not call
    transient (every case with ``everything``), as (set, features, label is transient, project)."""
    engine = RulesEngine()
    rows, transient, missed = [], Counter(), Counter()
    seen: set[str] = set()
    for name, path in sets.items():
        if synthetic(name):
            continue
        if not path.exists():
            progress("%s: %s is absent, left out", name, path)
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            case = json.loads(line)
            if case.get("label") not in ("transient", "real") or case.get("id") in seen:
                continue
            seen.add(case.get("id"))
            is_t = case["label"] == "transient"
            transient[name] += is_t
            verdict = engine.classify(FailureCase.from_dict(case))
            if verdict.verdict == "transient" and not everything:
                continue
            missed[name] += is_t and verdict.verdict != "transient"
            rows.append((name, features(case, verdict), is_t, project_of(case)))
    return rows, transient, missed


def main() -> int:
    def extra(parser):
        parser.add_argument("--extra", nargs="*", default=[], help="more labelled JSONL files")
        parser.add_argument("--control", action="store_true",
                            help="the same readers on every case, the engine's transient calls too: what they find "
                                 "where the words are there")

    args = parse_args(__doc__.splitlines()[0], extra)
    sets = dict(SETS)
    with_extra(sets, args.extra)
    header("What the words of a log hold beyond the engine's transient calls",
           "python benchmarks/separability.py --extra FILES")
    rows, transient, missed = load(sets, everything=args.control)
    if not rows or not any(r[2] for r in rows):
        print("No labelled transient case the engine misses: nothing to measure.")
        return 0
    x = [r[1] for r in rows]
    y = [r[2] for r in rows]
    groups = [r[3] for r in rows]
    total_t, total_missed = sum(transient.values()), sum(missed.values())
    print(f"The engine misses {total_missed} of {total_t} transients (recall {1 - total_missed / total_t:.3f}).\n")
    target = sum(y)
    if args.control:
        print(f"Control: the readers learn from all {len(rows)} cases ({len(set(groups))} projects, {target} "
              "transient), the engine's transient calls included.\n")
    else:
        print(f"{len(rows)} cases the engine does not call transient ({len(set(groups))} projects), {target} of "
              "them transient.\n")
    out = []
    for label, reader in (("naive Bayes", naive_bayes), ("logistic regression", logistic)):
        progress("cross-validating %s over %d folds", label, FOLDS)
        scores = cross_validated(x, y, groups, reader)
        best = recall_at_precision(scores, y)
        cells = [f"{auc(scores, y):.3f}"]
        for floor in PRECISIONS:
            got, calls = best[floor]
            cells.append(f"{got} of {target} ({calls} calls)")
        out.append((label, *cells))
    print(table(["learned reader, folds by project", "AUC", *(f"recovered at P >= {p:.2f}" for p in PRECISIONS)], out))
    print("\nPer set (cases the engine does not call transient):\n")
    per = Counter(r[0] for r in rows)
    print(table(["set", "transients", "missed by the engine", "non-transient reads"],
                [(name, transient[name], missed[name], per[name]) for name in per]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
